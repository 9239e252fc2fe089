"""Docs match the code: the CLI reference is generated, the README's commands exist."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from newsgraph.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _reference() -> str:
    spec = importlib.util.spec_from_file_location("cli_reference",
                                                  ROOT / "scripts" / "cli_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text: str = module.reference()
    return text


def test_docs_cli_reference_is_current() -> None:
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == _reference(), (
        "docs/cli.md is out of date: run `make docs`")


def test_docs_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:1500]
    assert "make run" in head and "make test" in head


def test_docs_readme_commands_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # Commands as written in code: at a line start, after bin/, or after a backtick.
    used = set(re.findall(r"(?:^|/|`)newsgraph ([a-z]+)", readme, flags=re.MULTILINE))
    assert used, "README shows no newsgraph commands"
    assert used <= set(main.commands)  # type: ignore[attr-defined]


def test_docs_every_rejection_code_is_documented() -> None:
    from newsgraph.errors import Rejection

    schema_doc = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert all(code.value in schema_doc for code in Rejection)
