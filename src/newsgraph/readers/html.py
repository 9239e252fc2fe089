"""HTML pages and fragments → ``Article`` (main text, title, author, date, site name)."""

from __future__ import annotations

import logging

import trafilatura
from lxml import etree
from lxml.etree import ParserError
from trafilatura.settings import Document

from ..dates import normalise_date
from ..errors import Rejection
from ..models import Article, Rejected
from .base import reject

log = logging.getLogger(__name__)

# Block elements whose text becomes one line each when a fragment is flattened.
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "td")


def read_html(
    data: bytes | str,
    source: str,
    *,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
) -> Article | Rejected:
    """Extract the main text of a whole page with trafilatura.

    The caller's metadata (from a feed entry or JSONL record) wins over the page's own;
    the page's date becomes ``published`` only when none is given.
    """
    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError, ParserError) as exc:  # trafilatura's own parse failures
        log.debug("trafilatura failed on %s: %s", source, exc)
        doc = None
    if not isinstance(doc, Document) or not doc.text:
        fallback = html_fragment_text(data)
        if not fallback.strip():
            return reject(source, "read", Rejection.NO_MAIN_TEXT)
        return Article(text=fallback, source=source, url=url, title=title, outlet=outlet,
                       published=published)
    return Article(
        text=doc.text.replace("\r\n", "\n"),
        source=source,
        url=url or doc.url,
        outlet=outlet or doc.sitename or doc.hostname,
        title=title or doc.title,
        author=doc.author,
        published=published or normalise_date(doc.date),
    )


def html_fragment_text(data: bytes | str) -> str:
    """Plain text of an HTML fragment (a feed's ``content:encoded``), one line per block."""
    if isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    if "<" not in data:
        return data.replace("\r\n", "\n").strip()
    # The forgiving HTML parser takes fragments, whole pages and torn downloads alike
    # (``fragment_fromstring`` asserts on a page without a body).
    root = etree.fromstring(f"<div>{data}</div>", etree.HTMLParser())
    if root is None:
        return ""
    etree.strip_elements(root, "head", "title", "script", "style", "noscript", with_tail=False)
    lines: list[str] = []
    for element in root.iter(*_BLOCKS):
        # Only leaf-most blocks, so nested <div><p> is not emitted twice.
        if any(child.tag in _BLOCKS for child in element.iterdescendants()):
            continue
        line = " ".join("".join(element.itertext()).split())
        if line:
            lines.append(line)
    if not lines:
        lines = [" ".join("".join(root.itertext()).split())]
    return "\n\n".join(line for line in lines if line)
