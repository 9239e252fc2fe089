"""Shared helpers for readers: decoding bytes and making rejections."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import Rejection
from ..models import Rejected

_WINDOWS_SINGLE_BYTE = frozenset({"cp1250", "cp1252", "cp1254", "cp1257", "latin_1",
                                  "iso8859_2", "iso8859_15", "mac_roman"})


def decode(data: bytes) -> str | None:
    """Decode text bytes: BOMs first, then UTF-8, then the detected encoding.

    Returns ``None`` when no encoding fits. ``\\r\\n`` becomes ``\\n``: that is the only
    change ever made to an article's text.
    """
    text: str | None = None
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detected(data)
            if text is None:
                return None
    return text.replace("\r\n", "\n")


def _detected(data: bytes) -> str | None:
    """Decode with the detected encoding, preferring Windows-1252 on a near tie.

    The detector scores the single-byte Windows code pages alike on Latin text and may
    pick Central European cp1250 ("Hélène" → "Hélčne"); English news in a legacy
    encoding is far more often cp1252.
    """
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is not None and best.encoding in _WINDOWS_SINGLE_BYTE and (
        western.chaos <= best.chaos + 0.02
    ):
        best = western
    return str(best)


def reject(source: str, stage: str, code: Rejection, detail: str | None = None) -> Rejected:
    """A ``Rejected`` record whose reason reads well on its own."""
    reason = code.hint if detail is None else f"{code.hint} ({detail})"
    return Rejected(source=source, stage=stage, code=code, reason=reason)
