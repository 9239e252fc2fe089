"""How the command line shows a library error: one line with its code and hint."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from .errors import NewsgraphError


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Show library errors as one line with their code and hint, exit status 1."""
    try:
        yield
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from exc
