"""Tell what a file holds from its first bytes, not from its name."""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["gzip", "warc", "arc", "feed", "html", "jsonl", "urls", "text", "binary"]

HEAD_BYTES = 16_384

# Signatures of common binary formats a news folder may hold beside its articles.
_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"BZh", b"\xfd7zXZ",
    b"7z\xbc\xaf", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00", b"II*\x00", b"MM\x00*",
    b"\x7fELF", b"SQLite format 3", b"wOFF", b"wOF2",
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|article|p|div)[\s>/]", re.IGNORECASE)
_URL_LINE = re.compile(rb"^https?://\S+$")


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text: a known binary signature, NULs, or control noise."""
    if head.startswith(_MAGIC):
        return True
    if head.startswith(_UTF16_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def sniff(head: bytes) -> Kind:
    """Classify a file by its first bytes (``HEAD_BYTES`` of them are plenty)."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://"):
        return "arc"
    if looks_binary(head):
        return "binary"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        if _FEED.search(stripped[:2048]) and not stripped[:512].lower().startswith(
            (b"<!doctype html", b"<html")
        ):
            return "feed"
        if _HTML.search(stripped):
            return "html"
    if stripped.startswith(b"{") and _first_line_is_json_object(stripped):
        return "jsonl"
    lines = [line.strip() for line in stripped.splitlines() if line.strip()]
    head_lines = lines[:50]
    if (any(_URL_LINE.match(line) for line in head_lines)
            and all(_URL_LINE.match(line) or line.startswith(b"#") for line in head_lines)):
        return "urls"
    return "text"


def _first_line_is_json_object(data: bytes) -> bool:
    line = data.split(b"\n", 1)[0].strip()
    return line.startswith(b"{") and line.endswith(b"}")
