"""Checks on the quotes found, after every finder has run: what a careful reader would not
count as a quote, or as part of one.

- A dateline ("GENEVA, May 16 (Reuters) -", "NEW DELHI:") names where a story was filed:
  no speaker and no quoted words come from it.
- A short quoted noun phrase inside a noun phrase is a scare quote or a label, not anyone's
  words: their "no limits" partnership, labelled a "terrorist organisation".
- A thought or a stance inside a report by the same speaker is part of it ("said she
  thinks …"), and so is hearsay told by no one named ("said critics argue …").
- Repeats link: the same words again from the same speaker, a short direct quote inside a
  longer one.
- A cue span never overlaps the quoted words: "said in a statement" is the cue of "said in
  a statement that the strike …", never the clause as well.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .cuelexicon import cues
from .models import Zone
from .quotemarks import WORD
from .speakers import Owners

#: Subjects that, inside a report, are its speaker again: "X said she thinks …".
_SELF = frozenset({"he", "she", "they", "i", "we", "his", "her", "their", "my", "our"})
#: Speakers that name no one by themselves: a report of theirs inside another is hearsay.
_PRONOUNS = _SELF | {"it", "you", "him", "them", "us", "me"}


def _datelines(zones: list[Zone]) -> list[tuple[int, int]]:
    return [z.span for z in zones if z.kind == "dateline"]


def outside_datelines(owners: Owners, zones: list[Zone]) -> Owners:
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


def restated(quote: dict[str, Any], quotes: list[dict[str, Any]], text: str) -> bool:
    """Whether a thought, view or claim reported inside another report is that report's
    speaker's own: in "Lopez said she thinks the dam will hold", "she thinks" is part of
    Lopez's words, and so is "we see this as a turning point" in the minister's. A stance
    inside any report is part of it: "the poll found that voters back the plan"."""
    lex = cues()
    stance = quote["cue"] in lex.stances.values()
    if quote["speaker_span"] is None or not (quote["cue"] in lex.thoughts or quote["cue"] in (
            lex.views.values()) or stance or quote["cue"] in lex.report_nouns.values()):
        return False
    start, speaker = quote["cue_span"][0], quote["speaker"]
    unresolved = speaker is None and text[slice(*quote["speaker_span"])].lower() in _SELF
    return any(other is not quote and other["span"][0] <= start < other["span"][1] and (
        stance or unresolved or (speaker is not None and other["speaker"] == speaker))
        for other in quotes)


def hearsay(quote: dict[str, Any], quotes: list[dict[str, Any]], text: str) -> bool:
    """Whether a report is told inside another by someone it names no one for — a
    pronoun or a description no entity resolves ("Lopez said they had warned that …",
    "… said critics argue …"): it is part of the outer report's words, not a source of
    its own. A named source inside a report ("… said Mayor Price thinks …") keeps its
    report."""
    if quote["speaker_span"] is None or quote["cue_span"] is None or (
            quote["cue"] in cues().report_nouns.values()):
        return False  # ("doubted the mayor's claim that …" holds the mayor's own claim)
    pronoun = text[slice(*quote["speaker_span"])].lower() in _PRONOUNS
    if quote["speaker"] is not None and not pronoun:
        return False
    start = quote["cue_span"][0]
    return any(other is not quote and other["kind"] != "direct"
               and other["span"][0] <= start < other["span"][1] for other in quotes)


def number_and_link(quotes: list[dict[str, Any]]) -> None:
    """Number the quotes and link repeats: the same words again from the same speaker (or
    an unknown one), and a direct quote inside a longer direct one of the same speaker,
    whichever comes first ("…," Biden said. Later: "I said it before: …")."""
    for number, quote in enumerate(quotes, start=1):
        quote["id"] = f"Q{number}"
    words = [" ".join(WORD.findall(q["text"].lower())) for q in quotes]
    for j, later in enumerate(quotes):
        for i, earlier in enumerate(quotes[:j]):
            speakers = {earlier["speaker"], later["speaker"]}
            if not words[j] or (len(speakers) > 1 and None not in speakers):
                continue  # (two people who say "We will win" are not one quote)
            if words[j] == words[i]:
                later["repeat_of"] = earlier["id"]
                break
            if earlier["speaker"] is None or not later["kind"] == earlier["kind"] == "direct":
                continue
            if words[j] in words[i]:
                later["repeat_of"] = earlier["id"]
                break
            if words[i] in words[j] and earlier["repeat_of"] is None:
                earlier["repeat_of"] = later["id"]
