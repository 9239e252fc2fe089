"""Small readings of noun phrases shared by the actor and coreference stages."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .kb import KnowledgeBase

#: Readings of a name that point at a country.
COUNTRY_READINGS = frozenset({"country", "adjective", "demonym", "capital", "metonym",
                              "region"})


def country_in(words: list[Token], kb: KnowledgeBase) -> str | None:
    """The country named among ``words``: an adjective, a name, a possessive name."""
    for size in (3, 2, 1):
        for i in range(len(words) - size, -1, -1):
            text = " ".join(w.text for w in words[i:i + size])
            for known in kb.lookup(text):
                if known.kind in COUNTRY_READINGS:
                    return known.key
    return None


def singular(noun: str) -> str:
    """A lower-case English plural made singular, well enough for KB keys ("militias",
    "leaders"); newsgraph runs without spaCy's lemmatizer, which it has no other use for."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun


def without_determiners(chunk: Span) -> int:
    """Where a noun chunk starts once "the", "his", "their" are left out."""
    for token in chunk:
        if token.pos_ != "DET" and token.tag_ != "PRP$" and not token.is_space:
            return int(token.idx)
    return int(chunk.start_char)
