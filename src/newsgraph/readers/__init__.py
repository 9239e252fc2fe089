"""Readers: any source → a stream of ``Article`` or ``Rejected``, in input order.

A path may be a file of any supported kind, a folder (read recursively, each file sniffed
by its content), or an ``http(s)://`` URL. Nothing here raises on bad data: each bad item
becomes a ``Rejected`` record and the stream goes on.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import feedparser

from ..errors import Rejection
from ..models import Article, Rejected
from ..settings import Options
from .base import decode, reject
from .feed import read_feed, saved_page
from .html import read_html
from .jsonl import read_jsonl
from .sniff import HEAD_BYTES, Kind, sniff
from .text import read_text
from .urls import read_urls
from .warc import read_warc

__all__ = ["iter_files", "read", "read_bytes"]

Item = Article | Rejected


def read(paths: Iterable[str | Path], options: Options | None = None) -> Iterator[Item]:
    """Read every path (file, folder or URL) and yield its articles and rejections."""
    options = options or Options()
    for path in paths:
        name = str(path)
        if name.startswith(("http://", "https://")):
            yield from read_urls([name], timeout=options.timeout, max_bytes=options.max_bytes)
            continue
        for file in iter_files(Path(path)):
            yield from _read_file(file, options)


def iter_files(path: Path) -> Iterator[Path]:
    """The files under ``path`` in a stable order, skipping hidden ones; ``path`` if a file.

    A folder holding a feed reads the pages the feed links to from the feed itself, so
    those pages are not read a second time on their own.
    """
    if not path.is_dir():
        yield path
        return
    # A broken link is kept so that it is reported (R012), not silently passed over.
    files = sorted(p for p in path.rglob("*")
                   if (p.is_file() or p.is_symlink()) and not _hidden(p, path))
    linked = _pages_linked_from_feeds(files)
    yield from (f for f in files if f not in linked)


def read_bytes(
    data: bytes, source: str, options: Options, folder: Path | None = None
) -> Iterator[Item]:
    """Read one blob of bytes whose kind is sniffed from its content."""
    yield from _dispatch(sniff(data[:HEAD_BYTES]), data, source, options, folder)


def _read_file(file: Path, options: Options) -> Iterator[Item]:
    source = str(file)
    try:
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        yield reject(source, "read", Rejection.UNREADABLE, exc.strerror or str(exc))
        return
    kind = sniff(head)
    if kind in {"warc", "arc"} or (kind == "gzip" and _gzip_holds_archive(head)):
        # Archives stream record by record, however large the file.
        with file.open("rb") as handle:
            yield from read_warc(handle, source, max_bytes=options.max_bytes, size=size)
        return
    if kind == "jsonl":
        with file.open("rb") as handle:
            yield from read_jsonl(handle, source, max_bytes=options.max_bytes)
        return
    if size > options.max_bytes:
        yield reject(source, "read", Rejection.TOO_LARGE, f"{size} bytes > {options.max_bytes}")
        return
    try:
        data = file.read_bytes()
    except OSError as exc:
        yield reject(source, "read", Rejection.UNREADABLE, exc.strerror or str(exc))
        return
    yield from _dispatch(kind, data, source, options, file.parent)


def _dispatch(
    kind: Kind, data: bytes, source: str, options: Options, folder: Path | None
) -> Iterator[Item]:
    if kind == "gzip":
        inner = _gunzip(data, options.max_bytes)
        if inner is None:
            yield reject(source, "read", Rejection.UNDECODABLE, "broken or oversized gzip")
        else:
            yield from read_bytes(inner, source, options, folder)
    elif kind in {"warc", "arc"}:
        yield from read_warc(io.BytesIO(data), source, max_bytes=options.max_bytes,
                             size=len(data))
    elif kind == "jsonl":
        yield from read_jsonl(data.splitlines(), source, max_bytes=options.max_bytes)
    elif kind == "feed":
        yield from read_feed(data, source, folder=folder, max_bytes=options.max_bytes)
    elif kind == "html":
        yield read_html(data, source)
    elif kind == "urls":
        yield from _read_url_list(data, options)
    elif kind == "binary":
        yield reject(source, "read", Rejection.BINARY)
    else:
        yield read_text(data, source)


def _read_url_list(data: bytes, options: Options) -> Iterator[Item]:
    text = decode(data) or ""
    urls = [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]
    yield from read_urls(urls, timeout=options.timeout, max_bytes=options.max_bytes)


def _gunzip(data: bytes, max_bytes: int) -> bytes | None:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            inner = handle.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error):
        return None
    return inner if len(inner) <= max_bytes else None


def _gzip_holds_archive(head: bytes) -> bool:
    try:
        inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return False
    return inner.startswith((b"WARC/", b"filedesc://"))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _pages_linked_from_feeds(files: list[Path]) -> set[Path]:
    """Files the feeds among ``files`` read as their entries' pages."""
    linked: set[Path] = set()
    for file in files:
        try:
            with file.open("rb") as handle:
                head = handle.read(HEAD_BYTES)
            if sniff(head) != "feed":
                continue
            for entry in feedparser.parse(file.read_bytes()).entries:
                page = saved_page(entry.get("link"), file.parent)
                if page is not None:
                    linked.add(page.resolve())
        except OSError:
            continue
    return {f for f in files if f.resolve() in linked}
