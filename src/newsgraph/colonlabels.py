"""Quotes introduced by a name and a colon inside a paragraph: 'The result surprised
pollster Ana Ruiz: “Nobody saw it coming.”' or 'More from the mayor: “…”'. No verb
says who speaks, but the name right before the colon does; the colon is the cue (as
PolNeAR marks it). A label that names no entity of the article ("The verdict: “…”")
is left alone: it says what the words are, not whose.
"""

from __future__ import annotations

from .quotemarks import ends_sentence
from .speakers import Owners

#: What may stand between the name and the colon: a possessive, spaces.
_BETWEEN = frozenset(" ’'s")
#: Words before a name that make it a place, not a speaker: "Blinken in Kyiv:".
_WHERE = [["in"], ["at"], ["from"], ["near"], ["outside"]]


def colon_label(text: str, span: tuple[int, int], para_end: int, owners: Owners
                ) -> tuple[str, list[int], list[int]] | None:
    """The entity, mention span and colon span of a name right before a colon that
    opens the quoted words at ``span``, or None. The words must be whole: end their
    sentence or their paragraph (a headline's "Ruiz: ‘A Tax’ On Families" is not)."""
    start, end = span
    if not ends_sentence(text, start, end) and any(ch.isalnum() for ch in text[end:para_end]):
        return None
    colon = start - 1
    while colon >= 0 and text[colon] in " \t":
        colon -= 1
    if colon < 1 or text[colon] != ":":
        return None
    owner = next((o for o in owners if o[1] <= colon
                  and set(text[o[1]:colon]) <= _BETWEEN and colon - o[1] <= 3), None)
    if owner is None or text[max(0, owner[0] - 6):owner[0]].split()[-1:] in _WHERE:
        return None  # ("Blinken in Kyiv: “…”": Kyiv says where, not who)
    return owner[2], [owner[0], owner[1]], [colon, colon + 1]
