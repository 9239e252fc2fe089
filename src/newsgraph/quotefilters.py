"""Checks on the quotes found, after every finder has run: what a careful reader would not
count as a quote, or as part of one.

- A dateline ("GENEVA, May 16 (Reuters) -", "NEW DELHI:") names where a story was filed:
  no speaker and no quoted words come from it.
- A cue span never overlaps the quoted words: "said in a statement" is the cue of "said in
  a statement that the strike …", never the clause as well.
"""

from __future__ import annotations

from typing import Any

from .models import Zone

#: (start, end, entity id) of the mentions a speaker may be, as ``speakers.Owners``.
_Owners = list[tuple[int, int, str]]


def _datelines(zones: list[Zone]) -> list[tuple[int, int]]:
    return [z.span for z in zones if z.kind == "dateline"]


def outside_datelines(owners: _Owners, zones: list[Zone]) -> _Owners:
    """The mentions that may speak: none in a dateline."""
    datelines = _datelines(zones)
    return [o for o in owners if not any(a <= o[0] < b for a, b in datelines)]


def after_dateline(text: str, quote: dict[str, Any], zones: list[Zone],
                   directs: list[tuple[int, int]]) -> dict[str, Any] | None:
    """``quote`` without the dateline its clause opened with ("KYIV, May 16 (Reuters) -
    “We are holding,” …" quotes only the quoted words), or None if nothing is left."""
    start, end = quote["span"]
    dateline = next(((a, b) for a, b in _datelines(zones) if a <= start < b), None)
    if dateline is None:
        return quote
    start = dateline[1]
    while start < end and text[start].isspace():
        start += 1
    if start >= end or not any(ch.isalnum() for ch in text[start:end]):
        return None
    quote["span"], quote["text"] = [start, end], text[start:end]
    quote["parts"] = [[max(a, start), b] for a, b in quote["parts"] if b > start]
    if quote["kind"] == "mixed" and (start, end) in directs:
        quote["kind"] = "direct"  # the quoted words were all the clause held
    return quote


def clear_cue(text: str, quote: dict[str, Any]) -> None:
    """Cut the cue span of ``quote`` back to the words outside its parts."""
    if quote["cue_span"] is None:
        return
    start, end = quote["cue_span"]
    for a, b in quote["parts"]:
        if start < b and a < end:
            start, end = (start, a) if start < a else (b, end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    quote["cue_span"] = [start, end] if start < end else None
