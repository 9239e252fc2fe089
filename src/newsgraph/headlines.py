"""Reports in a title-case headline: "Pence Endorses Paul Ryan With Trump’s Blessing". In
Title Case the tagger reads the whole line as a run of names, so the cue verb has no
subject or object in the parse; the line's own shape gives them instead: the capitalised
words before a cue verb ending in -s or -ed are the speaker, the words after it what was
reported.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from .cuelexicon import Cues
from .quotemarks import CLOSERS, WORD
from .speakers import Owners, quote_record

#: Share of a line's words that must be capitalised for it to be a title-case headline.
_TITLE_SHARE = 0.8
_MIN_WORDS = 4


def headline_report(doc: Doc, text: str, lex: Cues, owners: Owners,
                    taken: list[list[int]]) -> dict[str, Any] | None:
    """The report the article's first line makes when it is a title-case headline that no
    other quote covers, or None."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    words = WORD.findall(text[:end])
    if len(words) < _MIN_WORDS or sum(w[0].isupper() for w in words) < _TITLE_SHARE * len(
            words) or any(a < end for a, _ in taken):
        return None
    span = doc.char_span(0, end, alignment_mode="contract")
    line = [t for t in span if not t.is_space] if span is not None else []
    for k, token in enumerate(line[1:], start=1):
        if token.text in (":", ";"):
            return None  # a label ("Poll: …") or two headlines: not one report
        if _cue(token, lex) and all(t.text[:1].isupper() or t.is_punct for t in line[:k]):
            return _report(text, line[:k], token, line[k + 1:], lex, owners)
    return None


def _cue(token: Token, lex: Cues) -> bool:
    """A cue verb as a headline writes it: "Endorses", "Slammed"."""
    return token.text[:1].isupper() and token.lower_ in lex.verbs and token.lower_.endswith(
        ("s", "ed")) and token.pos_ in ("PROPN", "NOUN", "VERB")


def _report(text: str, speaker: list[Token], cue: Token, rest: list[Token], lex: Cues,
            owners: Owners) -> dict[str, Any] | None:
    while rest and rest[-1].is_punct and rest[-1].text not in CLOSERS:
        rest = rest[:-1]
    if len(rest) < 2:
        return None
    start, end = speaker[0].idx, speaker[-1].idx + len(speaker[-1])
    # a name the tagger ran on into the verb ("Ted Cruz Refuses") is not the speaker's
    owner = next((o for o in owners if start <= o[0] and o[1] <= end), None)
    who = (owner[2], [owner[0], owner[1]]) if owner else (None, [start, end])
    record = quote_record("indirect", (rest[0].idx, rest[-1].idx + len(rest[-1])), text, None,
                          lex.verbs[cue.lower_], who, None)
    record["cue_span"] = [cue.idx, cue.idx + len(cue)]
    return record
