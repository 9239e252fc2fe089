"""A file listing URLs → fetch each (timeout, size cap) → ``Article``.

Fetches run in a small thread pool; results come back in the order of the list.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from .. import __version__
from ..errors import Rejection
from ..models import Article, Rejected
from .base import reject
from .html import read_html
from .sniff import sniff
from .text import read_text

USER_AGENT = f"newsgraph/{__version__} (+https://pypi.org/project/newsgraph/)"
FETCH_THREADS = 8


def read_urls(
    urls: Iterable[str], *, timeout: float, max_bytes: int
) -> Iterator[Article | Rejected]:
    """Fetch every URL; a failure becomes a rejection (R010) and the rest go on."""
    with ThreadPoolExecutor(max_workers=FETCH_THREADS) as pool:
        yield from pool.map(partial(fetch, timeout=timeout, max_bytes=max_bytes), urls)


def fetch(url: str, *, timeout: float, max_bytes: int) -> Article | Rejected:
    """Fetch one URL and read it as HTML or plain text, by its bytes."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            final_url = response.geturl()
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        return reject(url, "fetch", Rejection.FETCH_FAILED, str(exc)[:200])
    if len(body) > max_bytes:
        return reject(url, "fetch", Rejection.TOO_LARGE, f"over {max_bytes} bytes")
    kind = sniff(body[:16_384])
    if kind == "html":
        return read_html(body, url, url=final_url)
    if kind == "binary":
        return reject(url, "fetch", Rejection.BINARY)
    article = read_text(body, url)
    if isinstance(article, Article):
        return Article(text=article.text, source=url, url=final_url)
    return article
