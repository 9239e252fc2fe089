"""Plain-text files → ``Article``."""

from __future__ import annotations

from ..clean import is_heading
from ..errors import Rejection
from ..models import Article, Rejected
from .base import decode, reject


def read_text(data: bytes, source: str, *, published: str | None = None) -> Article | Rejected:
    """Decode bytes (UTF-8 or the detected encoding); ``\\r\\n``→``\\n`` is the only change."""
    text = decode(data)
    if text is None:
        return reject(source, "read", Rejection.UNDECODABLE)
    return Article(text=text, source=source, title=title_of(text), published=published)


def title_of(text: str) -> str | None:
    """The first line, when it stands alone and reads as a headline."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if first and rest.strip() and is_heading(first):
        return first
    return None
