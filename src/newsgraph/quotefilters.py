"""Checks on the quotes found, after every finder has run: what a careful reader would not
count as a quote, or as part of one.

- A cue span never overlaps the quoted words: "said in a statement" is the cue of "said in
  a statement that the strike …", never the clause as well.
"""

from __future__ import annotations

from typing import Any


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
