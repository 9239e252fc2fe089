"""WARC and ARC web archives → one ``Article`` per HTML response record."""

from __future__ import annotations

import http.client
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import Rejection
from ..models import Article, Rejected
from .base import reject
from .html import read_html

# What warcio raises on damaged input: its own error, and whatever a half-parsed header
# or gzip member leads to.
_DAMAGE = (ArchiveLoadFailed, ValueError, OSError, EOFError, AttributeError, TypeError,
           IndexError, KeyError, zlib.error, http.client.HTTPException)


def read_warc(
    stream: BinaryIO, source: str, *, max_bytes: int, size: int | None = None
) -> Iterator[Article | Rejected]:
    """Yield every HTML response in the archive; other records are skipped silently.

    A damaged archive cannot be resynchronised, so the first broken record ends it with
    one rejection; everything read before it is kept. ``size`` (the archive's length in
    bytes) lets a cut-off tail, which warcio passes over in silence, be reported too.
    """
    count = 0
    records = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in records:
            if record.rec_type is None:  # warcio's reading of bytes that are no record
                yield reject(f"{source}#offset={records.offset}", "read",
                             Rejection.MALFORMED_WARC, "a record without a WARC-Type header")
                continue
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record-{count}"
            count += 1
            item_source = f"{source}#{uri}"
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield reject(item_source, "read", Rejection.TOO_LARGE, f"over {max_bytes} bytes")
                continue
            yield read_html(body, item_source, url=uri)
    except _DAMAGE as exc:
        detail = f"{type(exc).__name__}: {exc}"[:200]
        yield reject(source, "read", Rejection.MALFORMED_WARC, detail)
        return
    if size is not None and records.offset < size:
        yield reject(source, "read", Rejection.MALFORMED_WARC,
                     f"bytes {records.offset}–{size} hold no readable record")
