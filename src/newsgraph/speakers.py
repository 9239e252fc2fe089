"""Who speaks and to whom: a cue's subject resolved to the entity mention that names it
("the Russian President" → Putin), the channel the words went through ("told Xinhua";
"Xinhua quoted Xi as saying" is Xi's through Xinhua), the speaker of a paragraph of
quoted words with no cue, and the contract record of one quote. ``quotes.py`` and the
finders beside it share these.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from .kb import parse
from .models import Entity
from .reportclauses import cue_words

#: (start, end, entity id) of every mention and coreferent of the article's entities.
Owners = list[tuple[int, int, str]]
#: Prepositions that place a speaker rather than name whom they speak for.
#: ("at" and "inside" name employers too: "a spokesman at the Pentagon")
_WHERE = frozenset({"in", "on", "near", "outside", "across", "during", "after", "before",
                    "around"})
CHANNEL_PREPS = frozenset({"with", "on", "to"})


def mention_index(entities: list[Entity]) -> Owners:
    """Every mention of the entities, in text order."""
    return sorted((s, e, entity.id) for entity in entities
                  for s, e in (*entity.mentions, *entity.coref))


def speaker_of(subject: Token | None, owners: Owners, cue: Token | None = None
             ) -> tuple[str | None, list[int] | None]:
    """The entity a cue's subject names, and the mention used; else the subject's words
    before the cue ("a group backing the mayor" is the group)."""
    if subject is None:
        return None, None
    left, right = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    if cue is not None and subject.i < cue.i <= subject.right_edge.i:
        right = subject.idx + len(subject)
    head = (subject.idx, subject.idx + len(subject))
    inside = [o for o in owners if left <= o[0] and o[1] <= right]
    # a name in a modifier is not the speaker: "a fisherman in Marseille"
    naming = [o for o in inside if not _in_modifier(subject, o)]
    best = next((o for o in inside if o[0] <= head[0] < o[1]), None) or (
        naming[-1] if naming else None)
    if best is not None:
        return _whole_phrase(subject, best)
    start = next((t.idx for t in subject.subtree if t.pos_ != "DET"), left)
    last = subject if subject.pos_ == "PROPN" or right <= subject.right_edge.idx else (
        subject.right_edge)  # not its aside, nor what it is said to do
    while last.i > subject.i and (last.dep_ == "case" or last.is_space):
        last = subject.doc[last.i - 1]  # "the governor's claim": the governor
    return None, [start, last.idx + len(last)]


def _whole_phrase(subject: Token, best: tuple[int, int, str]
                  ) -> tuple[str | None, list[int] | None]:
    """The speaker a mention in a subject names, with the span of the whole phrase that
    speaks: both of "Putin and Xi said" (by the first), all of "Zelenskyy's office said"
    (by the person it speaks for, when the noun is one of ``voices`` in data/people.yaml;
    "Putin's critics" speak for no one named)."""
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    if conjuncts and best[0] <= subject.idx < best[1]:
        last = conjuncts[-1].right_edge
        return best[2], [best[0], last.idx + len(last)]
    owner = subject.doc.char_span(best[0], best[1], alignment_mode="expand")
    if owner is None or subject.pos_ != "NOUN" or owner.root.dep_ != "poss" or (
            owner.root.head.i != subject.i):
        return best[2], [best[0], best[1]]
    start = next(t.idx for t in subject.subtree if t.pos_ != "DET")
    speaker = best[2] if subject.lower_ in _voices() else None
    return speaker, [start, subject.idx + len(subject)]


@lru_cache(maxsize=1)
def _voices() -> frozenset[str]:
    raw = parse(resources.files("newsgraph").joinpath("data/people.yaml").read_text("utf-8"))
    return frozenset(raw["voices"])


def nearest_speaker(cue: Token, span: tuple[int, int], owners: Owners
                    ) -> tuple[str | None, list[int] | None] | None:
    """The mention closest to the cue, within a few words of it and outside the quote."""
    outside = [o for o in owners if not span[0] <= o[0] < span[1]]
    near = [o for o in outside if min(abs(o[0] - cue.idx), abs(cue.idx - o[1])) <= 40]
    if not near:
        return None
    best = min(near, key=lambda o: abs(o[0] - cue.idx))
    return best[2], [best[0], best[1]]


def _in_modifier(subject: Token, mention: tuple[int, int, str]) -> bool:
    """Whether a mention inside a subject only places it or sits in a relative clause
    about it ("a fisherman in Marseille", "a man who met Lopez"); "a spokesman for the
    ministry" and "a survey conducted by the institute" speak for the ministry and the
    institute."""
    span = subject.doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.i != subject.i and token.head.i != token.i:
        if token.dep_ == "relcl" or (token.dep_ == "pobj" and token.head.lower_ in _WHERE) or (
                token.dep_ == "appos" and subject.pos_ == "PROPN"):  # "Ruiz, the author of …"
            return True
        token = token.head
    return False


def channel_of(cue: Token, owners: Owners, nouns: frozenset[str]) -> str | None:
    """Whom or through what the words went: "told Xinhua", "in an interview with CNN"."""
    candidates: list[Token] = []
    for child in cue.children:
        if child.dep_ in {"dobj", "dative"} and cue.lower_.startswith(("tell", "told")):
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ in CHANNEL_PREPS:
            candidates += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ == "in":
            for noun in (c for c in child.children if c.dep_ == "pobj"):
                if noun.lower_ in nouns:
                    candidates += [p for prep in noun.children if prep.lower_ in CHANNEL_PREPS
                                   for p in prep.children if p.dep_ == "pobj"]
    for token in candidates:
        owner = next((o for o in owners if o[0] <= token.idx < o[1]), None)
        if owner is not None:
            return owner[2]
    return None


def quoted_as(cue: Token, owners: Owners
              ) -> tuple[tuple[str | None, list[int] | None], str | None] | None:
    """Speaker and channel of "Xinhua quoted Xi as saying …" and "Xi was quoted by Xinhua
    as saying …": the one quoted speaks, the one quoting is the channel."""
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.lower_ != "as" or not prep.head.lower_.startswith("quot"):
        return None
    verb = prep.head
    quoted = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if quoted is None:
        return None
    quoting = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (p for c in verb.children if c.dep_ == "agent" for p in c.children
         if p.dep_ == "pobj"), None)
    channel = None if quoting is None else next(
        (o[2] for o in owners if o[0] <= quoting.idx < o[1]), None)
    return speaker_of(quoted, owners), channel


def previous_paragraph(paras: list[tuple[int, int]], para: tuple[int, int], at: int) -> bool:
    """Whether offset ``at`` is in the paragraph right before ``para``."""
    before = [p for p in paras if p[1] <= para[0]]
    return bool(before) and before[-1][0] <= at < before[-1][1]


def follow_on_speakers(quotes: list[dict[str, Any]], paras: list[tuple[int, int]],
                       owners: Owners, people: set[str]) -> None:
    """The speaker of a paragraph of quoted words with no cue: whoever reported something
    last in the paragraph before, directly or not ("Berg said the budget was balanced." /
    "“Inflation is under control …”"), else the one person that paragraph names ("Central
    bank governor Maria Silva spoke on Tuesday."), else the last quote's (as found)."""
    for quote in quotes:
        if not quote.pop("_follow_on", False):
            continue
        start = quote["span"][0]
        before = [p for p in paras if p[1] <= start]
        if not before:
            continue
        first, last = before[-1]
        reports = [q for q in quotes if q is not quote and q["speaker_span"] is not None
                   and first <= q["span"][0] < last]
        named = [o for o in owners if first <= o[0] < last and o[2] in people]
        if reports:
            quote["speaker"], quote["speaker_span"] = (reports[-1]["speaker"],
                                                       reports[-1]["speaker_span"])
        elif named and len({o[2] for o in named}) == 1:
            quote["speaker"], quote["speaker_span"] = named[-1][2], [named[-1][0], named[-1][1]]


def quote_record(kind: str, span: tuple[int, int], text: str, cue: Token | None, lemma: str | None,
            speaker: tuple[str | None, list[int] | None], channel: str | None
            ) -> dict[str, Any]:
    """A quote as the contract writes it (``id`` and ``parts`` are filled in later)."""
    return {"id": "", "kind": kind, "span": list(span), "text": text[span[0]:span[1]],
            "parts": [list(span)], "speaker": speaker[0], "speaker_span": speaker[1], "cue": lemma,
            "cue_span": list(cue_words(cue)) if cue is not None else None,
            "channel": channel, "repeat_of": None}
