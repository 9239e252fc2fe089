"""WARC and ARC web archives → one ``Article`` per HTML response record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import Rejection
from ..models import Article, Rejected
from .base import reject
from .html import read_html


def read_warc(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[Article | Rejected]:
    """Yield every HTML response in the archive; other records are skipped silently.

    A damaged archive cannot be resynchronised, so the first broken record ends it with
    one rejection; everything read before it is kept.
    """
    count = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
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
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        yield reject(source, "read", Rejection.MALFORMED_WARC, str(exc)[:200])
