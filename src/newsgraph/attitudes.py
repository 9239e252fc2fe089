"""Attitudes held as adjectives: "the union is skeptical of the plan", "voters remain wary
of him", "she is convinced that the dam will hold". The subject of the linking verb holds
the attitude; what the adjective's preposition, that-clause or infinitive introduces is
what it is held about — reported, like a stance, with the adjective as its cue and the
linking verb group as the cue's words ("are deeply skeptical of"). "Made (it) clear that …"
declares its that-clause.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .clean import in_ignored_zone
from .cuelexicon import Cues, cues
from .models import Zone
from .quotemarks import CLOSERS
from .reportclauses import subject_of
from .speakers import Owners, quote_record, speaker_of

_GROUP = frozenset({"aux", "neg", "advmod"})
_WH = frozenset({"WRB", "WDT"})  # "where … made clear", "when … was wary": not the cue's


def attitude_reports(anchors: list[Token], text: str, owners: Owners,
                     directs: list[tuple[int, int]], zones: list[Zone]) -> list[dict[str, Any]]:
    """The attitudes among ``anchors`` as quote records, outside quoted words."""
    lex = cues()
    found = []
    for adjective in anchors:
        held = _made_plain(adjective, lex) if adjective.lower_ in lex.plain else (
            _held(adjective, lex))
        if held is None or any(a <= adjective.idx < b for a, b in directs):
            continue  # (in quoted words the attitude is the quoted speaker's own)
        subject, (first, last), cue = held
        while last.i > first.i and (last.is_punct or last.is_space) and last.text not in CLOSERS:
            last = adjective.doc[last.i - 1]
        start, end = first.idx, last.idx + len(last)
        if end <= start or in_ignored_zone(zones, (start, end)) or any(
                a <= start and end <= b for a, b in directs):
            continue
        kind = "mixed" if any(start <= a < end for a, _ in directs) else "indirect"
        record = quote_record(kind, (start, end), text, None, adjective.lower_,
                              speaker_of(subject, owners), None)
        record["cue_span"] = list(cue)
        found.append(record)
    return found


def _made_plain(adjective: Token, lex: Cues
                ) -> tuple[Token, tuple[Token, Token], tuple[int, int]] | None:
    """"She made (it) clear that …": the speaker, the that-clause and the cue's words, for
    "clear" after a form of "make"; the parser hangs the clause on either word."""
    verb = adjective.head
    if adjective.dep_ not in ("ccomp", "oprd", "acomp") or verb.lower_ not in lex.making:
        return None
    subject = subject_of(verb)
    clause = next((c for c in (*adjective.children, *verb.children)
                   if c.dep_ in ("ccomp", "advcl") and c.i > adjective.i and any(
                       m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if subject is None or clause is None:
        return None
    first = min((verb, *(c for c in verb.children if c.dep_ in _GROUP and c.i < verb.i
                          and c.tag_ not in _WH)), key=lambda t: t.i)
    return subject, (clause.left_edge, clause.right_edge), (
        first.idx, adjective.idx + len(adjective))


def _held(adjective: Token, lex: Cues
          ) -> tuple[Token, tuple[Token, Token], tuple[int, int]] | None:
    """Who holds an attitude, the first and last token of what about, and the cue's
    characters — or None when the adjective is no attitude after a linking verb with a
    subject ("a skeptical voter") or says of nothing what it holds ("she is wary")."""
    preps = lex.attitudes.get(adjective.lower_)
    verb = adjective.head
    if preps is None or adjective.dep_ != "acomp" or verb.lower_ not in lex.links:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    about: tuple[Token, Token] | None = None
    group = [verb, adjective]
    for child in (c for c in adjective.children if c.i > adjective.i):
        if child.dep_ in ("ccomp", "xcomp"):
            about = child.left_edge, child.right_edge
        elif child.dep_ == "prep" and child.lower_ in preps:
            objects = [p for p in child.children if p.dep_ in ("pobj", "pcomp")]
            if objects:
                about, group = (objects[0].left_edge, objects[-1].right_edge), [*group, child]
        if about is not None:
            break
    if about is None:
        return None
    # the verb group around them: "are deeply skeptical of", not "when … was eager"
    group += [c for c in verb.children if c.dep_ in _GROUP and c.i < verb.i
              and c.tag_ not in _WH]
    group += [c for c in adjective.children if c.dep_ == "advmod" and c.i < adjective.i]
    last = max(group, key=lambda t: t.i)
    return subject, about, (min(t.idx for t in group), last.idx + len(last))
