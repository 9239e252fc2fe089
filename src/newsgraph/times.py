"""Times: time expressions, normalised to TIMEX3 values against the publication date.

The ``newsgraph_times`` component runs after the parser. The grammar (patterns in
``timegrammar.py``, rules in ``timerules.py``, words in ``data/times.yaml``) finds dates,
times, durations and sets in the text; overlapping hits keep the longest, a clock time joins
its day, and expressions anchored to another ("the following year") take the date last
named. Values are normalised (``timex.py`` does the calendar arithmetic) against the
document creation time (DCT): the publication date, or failing that a full date in the
article's dateline. Which Tuesday "on Tuesday" is depends on the tense of the verb the
expression hangs on ("arrived on Tuesday" → the last one, "will meet on Friday" → the
coming one). Without a DCT, relative expressions keep an underspecified value
("XXXX-WXX-2") or none, and say so with ``resolved: false``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import timex
from .clean import in_ignored_zone, text_of, zones_of
from .entities import token_spans
from .models import Zone
from .timegrammar import grammar
from .timerules import SPACE, Context, Hit, Vocabulary, alternation, vocabulary

if not Doc.has_extension("newsgraph_times"):
    Doc.set_extension("newsgraph_times", default=None)

SPANS_KEY = "newsgraph.times"
_RANGE_WORDS = {"since": "since", "until": "until", "till": "until", "through": "until",
                "by": "by", "before": "before", "after": "after", "from": "from"}


@lru_cache(maxsize=1)
def _modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A modifier right before an expression ("nearly two years", "the end of 1998"), a
    range word before that ("since 2022", "until at least 2030"), and a count's start."""
    words = vocabulary().modifiers
    modifier = re.compile(rf"(?<![\w])(?P<mod>{alternation(words)}){SPACE}$", re.IGNORECASE)
    bound = re.compile(rf"(?<![\w])(?P<range>{alternation(_RANGE_WORDS)}){SPACE}$", re.IGNORECASE)
    counted = re.compile(rf"(?:\d|{alternation(vocabulary().numbers)}(?!\w))", re.IGNORECASE)
    return modifier, bound, counted


def find_times(doc: Doc, text: str, dct: date | None, zones: list[Zone]
               ) -> list[dict[str, Any]]:
    """All time expressions of ``doc`` outside boilerplate, as contract records in text
    order (a date in boilerplate neither is reported nor anchors another)."""
    ctx = Context(doc, text, dct, vocabulary())
    hits: list[tuple[int, int, Hit]] = []
    lower = text.lower()
    for order, (pattern, rule, needles) in enumerate(grammar()):
        for start, end in _windows(lower, needles):
            for match in pattern.finditer(text, start, end):
                hit = rule(match, ctx)
                if hit is not None and hit.end > hit.start:
                    hits.append((hit.start - hit.end, order, hit))
    chosen: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for _, _, hit in sorted(hits, key=lambda h: (h[0], h[1])):
        if not any(a < hit.end and hit.start < b for a, b in taken):
            taken.append((hit.start, hit.end))
            if not in_ignored_zone(zones, (hit.start, hit.end)):
                chosen.append(hit)
    chosen = _with_clocks(sorted(chosen, key=lambda h: h.start), text)
    chosen = _anchored(chosen)
    return [_record(number, _modified(hit, text, ctx.vocab), text, dct)
            for number, hit in enumerate(chosen, start=1)]


#: How far around one of its words a pattern's match may reach (the longest, "the winter
#: of nineteen ninety-four" or "Monday, September 30, 2024", stay well inside).
_REACH = 80


def _windows(lower: str, needles: tuple[str, ...] | None) -> list[tuple[int, int]]:
    """The stretches of the text a pattern can match in: around each of its words, merged
    (scanning only these spares the regex engine most of a long text); all of it for a
    pattern without words."""
    if needles is None:
        return [(0, len(lower))]
    around = sorted((max(0, at - _REACH), at + len(needle) + _REACH) for needle in needles
                    for at in _occurrences(lower, needle))
    merged: list[tuple[int, int]] = []
    for start, end in around:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return [(start, min(end, len(lower))) for start, end in merged]


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_QUARTER = re.compile(r"(\d{4})-Q(\d)$")
_COARSE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d\d))?(?:-[A-Z]\w*)?$")
#: What may stand between a clock time and its day: "10 p.m. EDT Thursday", "Friday at 9".
_CLOCK_GAP = re.compile(r"[^\S\n]*(?:(?:[ECMP][SD]T|GMT|UTC)\b,?[^\S\n]*)?(?:,|on|at)?"
                        r"[^\S\n]*$")


def _with_clocks(hits: list[Hit], text: str) -> list[Hit]:
    """A clock time next to the day it belongs to is one expression: "10 p.m. Wednesday",
    "noon Thursday", "Friday at 9 a.m."."""
    out: list[Hit] = []
    for hit in hits:
        last = out[-1] if out else None
        if last is not None and _CLOCK_GAP.match(text[last.end:hit.start]):
            clock, day = (last, hit) if last.type == "TIME" else (hit, last)
            if (clock.type == "TIME" and clock.value and "T" in clock.value
                    and day.type == "DATE" and day.value and _DAY.match(day.value)):
                out[-1] = replace(day, start=last.start, end=hit.end, type="TIME",
                                  value=day.value + clock.value[clock.value.index("T"):])
                continue
        out.append(hit)
    return out


def _anchored(hits: list[Hit]) -> list[Hit]:
    """Resolve expressions anchored to the date last named: "the following year" after
    "May 22, 1995" is 1996; in an earnings report "a year ago" after "the third quarter"
    is that quarter a year back."""
    out: list[Hit] = []
    last: str | None = None  # the last calendar value named
    last_quarter: str | None = None  # the last quarter named: earnings reports compare to it
    for hit in hits:
        anchor = last_quarter if hit.anchor and hit.anchor[2] else last
        resolved = _from_anchor(hit, anchor) if hit.anchor and anchor else None
        if resolved is not None:
            hit = resolved
        elif hit.type == "DATE" and hit.value and hit.value[:1].isdigit():
            last = hit.value  # values taken from an anchor never anchor others: no drift
            last_quarter = hit.value if _QUARTER.match(hit.value) else last_quarter
        out.append(hit)
    return out


def _from_anchor(hit: Hit, last: str) -> Hit | None:
    """``hit`` resolved against the date ``last`` named, or None when it does not apply."""
    assert hit.anchor is not None
    unit, step, quarters_only = hit.anchor
    quarter = _QUARTER.match(last)
    if quarter and unit in {"Y", "Q"}:
        year = int(quarter.group(1)) + (step if unit == "Y" else 0)
        if unit == "Q" and hit.value and hit.value[:4].isdigit() and len(hit.value) == 4:
            year = int(hit.value)  # "the 1988 period": that year's quarter in hand
        return replace(hit, value=f"{year:04d}-Q{quarter.group(2)}")
    if quarters_only:
        return None
    coarse = _COARSE.match(last)
    if not _DAY.match(last) and coarse and unit in {"Y", "M"}:
        # a year or month named: "that year" after "June 1998"; a month only from a month
        if unit == "M" and not coarse["month"]:
            return None
        month = int(coarse["month"] or 1)
        moved = timex.shift(date(int(coarse["year"]), month, 1), unit, step)
        return replace(hit, value=timex.at(moved, unit))
    day = timex.parse_dct(last)
    if day is None or not _DAY.match(last):
        return None
    return replace(hit, value=timex.at(timex.shift(day, unit, step), unit))


def _modified(hit: Hit, text: str, vocab: Vocabulary) -> Hit:
    """``hit`` with a modifier just before it taken in: approximations and bounds for
    counts ("about 30 years", "at least 2030"), edges for dates ("the end of 1998")."""
    modifier, _, counts = _modifier_patterns()
    found = modifier.search(text, max(0, hit.start - 24), hit.start)
    if found is None or hit.mod is not None:
        return hit
    word = re.sub(r"\s+", " ", found["mod"].lower())
    mod = vocab.modifiers[word]
    starts_with_count = counts.match(text, hit.start) is not None
    counted = hit.type == "DURATION" or starts_with_count
    edge = mod in {"START", "END", "MID"}
    if (edge and hit.type != "DATE") or (not edge and not counted) or (
            word in {"over", "under", "some"} and not starts_with_count):
        return hit
    return replace(hit, start=found.start(), mod=mod)


def _record(number: int, hit: Hit, text: str, dct: date | None) -> dict[str, Any]:
    _, bound, _ = _modifier_patterns()
    found = bound.search(text, max(0, hit.start - 12), hit.start)
    return {"id": f"T{number}", "span": [hit.start, hit.end], "text": text[hit.start:hit.end],
            "type": hit.type, "value": hit.value, "mod": hit.mod,
            "range": _RANGE_WORDS[found["range"].lower()] if found else None,
            "resolved": hit.value is not None and (not hit.relative or dct is not None)}


def document_time(doc: Doc, text: str) -> date | None:
    """The DCT: the publication date, else a full date in the article's dateline (or, when
    the zones found none, in its opening words: "LONDON, March 4, 2024 (Reuters) -")."""
    published = timex.parse_dct(getattr(doc._, "newsgraph_published", None))
    if published is not None:
        return published
    places = [z.span for z in zones_of(doc) if z.kind == "dateline"] or [(0, min(len(text), 80))]
    pattern, rule, _ = grammar()[0]
    context = Context(doc, text, None, vocabulary())
    for start, end in places:
        for match in pattern.finditer(text, start, end):
            if match["year"] and (hit := rule(match, context)) is not None:
                return timex.parse_dct(hit.value)
    return None


def set_annotations(doc: Doc, times: list[dict[str, Any]]) -> None:
    doc._.newsgraph_times = times
    doc.spans[SPANS_KEY] = token_spans(doc, ((*t["span"], t["type"], t["id"]) for t in times))


@Language.factory("newsgraph_times", requires=["token.dep"],
                  assigns=["doc._.newsgraph_times", "doc.spans"])
def make_times(nlp: Language, name: str) -> TimesComponent:
    return TimesComponent()


class TimesComponent:
    """Finds time expressions and normalises them against the publication date."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        set_annotations(doc, find_times(doc, text, document_time(doc, text), zones_of(doc)))
        return doc
