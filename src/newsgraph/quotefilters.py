"""Checks on the quotes found, after every finder has run: what a careful reader would not
count as a quote, or as part of one.

- A dateline ("GENEVA, May 16 (Reuters) -", "NEW DELHI:") names where a story was filed:
  no speaker and no quoted words come from it.
- A short quoted noun phrase inside a noun phrase is a scare quote or a label, not anyone's
  words: their "no limits" partnership, labelled a "terrorist organisation".
- A cue span never overlaps the quoted words: "said in a statement" is the cue of "said in
  a statement that the strike …", never the clause as well.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

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


#: Most words a scare quote or a label holds.
_SCARE_WORDS = 4
_NOUNS = frozenset({"NOUN", "PROPN"})
_MODIFIERS = frozenset({"compound", "nmod", "amod"})


def scare_quote(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the quoted words at ``span`` (marks included) are a noun phrase inside a
    noun phrase: a modifier of the noun after them (their "no limits" partnership) or a
    noun phrase whose article stands before the mark (a "terrorist organisation"). An
    adjective (an "obvious" foul) and a clause are someone's words."""
    inner = doc.char_span(span[0] + 1, span[1] - 1, alignment_mode="contract")
    if inner is None or not 0 < len(inner) <= _SCARE_WORDS or any(
            t.pos_ in ("VERB", "AUX") or t.is_punct for t in inner):
        return False
    root = inner.root
    if root.pos_ not in _NOUNS or inner.start <= root.head.i < inner.end:
        return False
    modifier = root.dep_ in _MODIFIERS and root.head.pos_ in _NOUNS and root.head.i >= inner.end
    opened = any(c.dep_ in ("det", "poss") and c.i < inner.start for c in root.children)
    return modifier or opened


def plain_if_scared(text: str, quote: dict[str, Any], scares: list[tuple[int, int]],
                    directs: list[tuple[int, int]]) -> None:
    """A report mixed only by scare quotes is an indirect one: "praised their “no limits”
    partnership" quotes no one's words."""
    start, end = quote["span"]
    if quote["kind"] != "mixed" or not scares or any(start <= a < end for a, _ in directs):
        return
    marks = [i for i in range(start, end) if text[i] in "“”«»\"'‘’"]
    if marks and all(any(a <= i < b for a, b in scares) for i in marks):
        quote["kind"] = "indirect"


def within_another(quote: dict[str, Any], quotes: list[dict[str, Any]]) -> bool:
    """Whether a mixed quote lies inside another by the same cue: two quoted fragments of
    one report ("called him “reckless” and “out of touch”") make one mixed quote."""
    start, end = quote["span"]
    return quote["kind"] == "mixed" and any(
        other is not quote and other["cue_span"] == quote["cue_span"]
        and other["span"][0] <= start and end <= other["span"][1]
        and other["span"] != quote["span"] for other in quotes)
