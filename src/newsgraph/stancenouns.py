"""Stances named by a noun with a named holder: "the mayor's criticism of the plan", "their
support for the strike", "his attacks on the press". PolNeAR counts these as attributions
(the holder is the source, the noun and its preposition the cue, what the preposition
introduces the content). Without a holder in front ("criticism of the plan grew") the
noun says nothing of whose the stance is, so it reports nothing; nor does a holder that
names no one ("its support for …" resolving to no entity).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from .clean import in_ignored_zone
from .kb import parse
from .models import Zone
from .quotemarks import CLOSERS
from .speakers import Owners, quote_record, speaker_of

#: Modifiers right before the noun that the annotators keep in the cue: "strong support for".
_CUE_LEFT = frozenset({"amod", "advmod"})


@lru_cache(maxsize=1)
def stance_nouns() -> dict[str, tuple[str, frozenset[str]]]:
    """Every form of a stance noun → its lemma and the prepositions that say what about."""
    raw = parse(resources.files("newsgraph").joinpath("data/stancenouns.yaml").read_text("utf-8"))
    return {form: (lemma, frozenset(entry["preps"]))
            for lemma, entry in raw.items() for form in entry["forms"]}


def stance_noun_reports(anchors: list[Token], text: str, owners: Owners,
                        directs: list[tuple[int, int]], zones: list[Zone]
                        ) -> list[dict[str, Any]]:
    """The stance nouns among ``anchors`` with a named holder, as quote records."""
    lexicon = stance_nouns()
    found = []
    for noun in anchors:
        entry = lexicon.get(noun.lower_)
        if entry is None or noun.pos_ != "NOUN" or any(a <= noun.idx < b for a, b in directs):
            continue  # (in quoted words the stance is the quoted speaker's own)
        held = _held(noun, entry[1], owners)
        if held is None:
            continue
        holder, prep, about = held
        first, last = about.left_edge, about.right_edge
        while last.i > first.i and (last.is_punct or last.is_space) and last.text not in CLOSERS:
            last = noun.doc[last.i - 1]
        start, end = first.idx, last.idx + len(last)
        if end <= start or in_ignored_zone(zones, (start, end)) or any(
                a <= start and end <= b for a, b in directs):
            continue
        kind = "mixed" if any(start <= a < end for a, _ in directs) else "indirect"
        record = quote_record(kind, (start, end), text, None, entry[0],
                              speaker_of(holder, owners), None)
        record["cue_span"] = [_cue_start(noun), prep.idx + len(prep)]
        found.append(record)
    return found


def _held(noun: Token, preps: frozenset[str], owners: Owners
          ) -> tuple[Token, Token, Token] | None:
    """The holder, the preposition and its object of a stance noun: a possessive that
    names someone (a name, or a pronoun resolved to an entity) and a preposition of the
    noun's right after it."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None or (holder.pos_ != "PROPN" and speaker_of(holder, owners)[0] is None):
        return None
    prep = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if prep is None or prep.head.i != noun.i or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    about = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return (holder, prep, about) if about is not None else None


def _cue_start(noun: Token) -> int:
    """Where the cue's words begin: the noun, or the modifiers right before it."""
    first = noun
    while first.i > 0 and (left := noun.doc[first.i - 1]).head.i == noun.i and (
            left.dep_ in _CUE_LEFT):
        first = left
    return first.idx
