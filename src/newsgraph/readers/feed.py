"""RSS and Atom feeds → one ``Article`` per entry.

An entry whose link points at an HTML page saved beside the feed is read from that page;
otherwise its ``content`` (or, failing that, its ``summary``) is the article.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import feedparser

from ..dates import normalise_date
from ..errors import Rejection
from ..models import Article, Rejected
from .base import reject
from .html import html_fragment_text, read_html


def read_feed(
    data: bytes, source: str, *, folder: Path | None = None, max_bytes: int
) -> Iterator[Article | Rejected]:
    """Yield an article or a rejection for every entry of the feed."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        detail = str(parsed.get("bozo_exception", "no entries"))[:200]
        yield reject(source, "read", Rejection.MALFORMED_FEED, detail)
        return
    if not parsed.entries:
        yield reject(source, "read", Rejection.MALFORMED_FEED, "the feed has no entries")
        return
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries):
        entry_source = f"{source}#{entry.get('id') or entry.get('link') or index}"
        yield _read_entry(entry, entry_source, outlet, folder, max_bytes)


def _read_entry(
    entry: Any, source: str, outlet: str | None, folder: Path | None, max_bytes: int
) -> Article | Rejected:
    link = entry.get("link") or None
    title = entry.get("title") or None
    published = normalise_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    page = saved_page(link, folder)
    if link and not urlparse(link).scheme:
        link = None  # a path beside the feed is not a URL
    if page is not None:
        try:
            if page.stat().st_size > max_bytes:
                return reject(source, "read", Rejection.TOO_LARGE, f"{page.name}")
            data = page.read_bytes()
        except OSError as exc:
            return reject(source, "read", Rejection.UNREADABLE, f"{page.name}: {exc}")
        return read_html(data, source, url=link, title=title, outlet=outlet,
                         published=published)
    contents = entry.get("content") or []
    body = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = html_fragment_text(body or "")
    if not text.strip():
        return reject(source, "read", Rejection.MALFORMED_FEED, "the entry carries no text")
    return Article(text=text, source=source, url=link, title=title, outlet=outlet,
                   published=published)


def saved_page(link: str | None, folder: Path | None) -> Path | None:
    """The local file an entry's link names: a relative path, a file: URL, or a saved copy.

    Only files inside the feed's folder count, so a feed cannot make newsgraph read
    ``../../etc/passwd``.
    """
    if not link or folder is None:
        return None
    parsed = urlparse(link)
    candidates: list[Path] = []
    if parsed.scheme == "file":
        candidates.append(Path(unquote(parsed.path)))
    elif not parsed.scheme:
        candidates.append(folder / unquote(parsed.path))
    else:
        name = Path(unquote(parsed.path)).name
        if name:
            candidates += [folder / name, folder / f"{name}.html"]
    root = folder.resolve()
    for candidate in candidates:
        try:
            if candidate.is_file() and candidate.resolve().is_relative_to(root):
                return candidate
        except (OSError, ValueError):
            continue
    return None
