"""JSONL records → ``Article``: one JSON object per line with ``text`` or ``html``.

Optional keys: ``id`` (becomes the source), ``url``, ``title``, ``outlet``, ``published``.
A record's own ``published`` wins over the run's default.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..dates import normalise_date
from ..errors import Rejection
from ..models import Article, Rejected
from .base import reject
from .html import read_html


def read_jsonl(
    lines: Iterable[bytes], source: str, *, max_bytes: int
) -> Iterator[Article | Rejected]:
    """Yield one item per non-blank line; a bad line is rejected and the rest go on."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        line_source = f"{source}:{number}"
        if len(raw) > max_bytes:
            yield reject(line_source, "read", Rejection.TOO_LARGE, f"line over {max_bytes} bytes")
            continue
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield reject(line_source, "read", Rejection.MALFORMED_JSONL, str(exc)[:120])
            continue
        yield _from_record(record, line_source)


def _from_record(record: Any, line_source: str) -> Article | Rejected:
    if not isinstance(record, dict):
        return reject(line_source, "read", Rejection.MALFORMED_JSONL, "not an object")
    meta = {key: _string(record.get(key)) for key in ("url", "title", "outlet")}
    source = _string(record.get("id")) or line_source
    published = normalise_date(record.get("published"))
    text, markup = record.get("text"), record.get("html")
    if isinstance(text, str):
        return Article(text=text.replace("\r\n", "\n"), source=source, published=published,
                       **meta)
    if isinstance(markup, str):
        return read_html(markup, source, published=published, **meta)
    return reject(source, "read", Rejection.MALFORMED_JSONL, "no 'text' or 'html' string")


def _string(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)
