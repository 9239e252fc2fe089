"""The time rules: one per kind of time expression, each turning a match of its pattern in
``timegrammar.py`` ("last week", "the third quarter", "two days ago", "every Tuesday") into a
``Hit`` with its TIMEX3 type and value; and what they share (the vocabulary, the parse
context). ``times.py`` runs them and settles overlaps, clock times and anchors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from . import timex
from .kb import parse

SPACE = r"[^\S\n]+"  # spaces within a line
_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo", "would"})
#: Verbs that look ahead: "planned a rally on Saturday", "is expected to join in April".
_AHEAD = frozenset({"expected", "expect", "expects", "scheduled", "planned", "plans", "plan",
                    "due", "set", "slated", "planning", "intends", "intend", "hopes", "hope"})
_PAST_AUX = frozenset({"did", "was", "were", "had", "has", "have"})
#: Words after which a number is a year even before a plural noun: "in 1998 sales fell".
_YEAR_LEADS = frozenset({"in", "since", "by", "until", "of", "from", "before", "after",
                         "during", "through", "to", "and", "or", "between"})


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The words of ``data/times.yaml``, each mapped to what it means."""

    months: dict[str, int]
    full_months: frozenset[str]  # "may", "march": the names a sentence's full stop may follow
    weekdays: dict[str, int]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, int | str]
    ordinals: dict[str, int]
    modifiers: dict[str, str]
    references: dict[str, str]
    day_words: dict[str, int]
    directions: dict[str, int]
    frequencies: dict[str, str]


def _inverse(table: dict[Any, list[str]]) -> dict[str, Any]:
    return {word: key for key, words in table.items() for word in words}


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    raw = parse(resources.files("newsgraph").joinpath("data/times.yaml").read_text("utf-8"))
    return Vocabulary(
        months=_inverse(raw["months"]),
        full_months=frozenset(words[0] for words in raw["months"].values()),
        weekdays=_inverse(raw["weekdays"]),
        seasons=_inverse(raw["seasons"]), day_parts=_inverse(raw["day_parts"]),
        units=raw["units"], numbers=raw["number_words"], ordinals=raw["ordinals"],
        modifiers=raw["modifiers"], references=raw["references"], day_words=raw["day_words"],
        directions=raw["directions"], frequencies=raw["frequencies"])


def alternation(words: Any) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any spacing."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", SPACE) for w in ordered) + ")"


@dataclass(frozen=True, slots=True)
class Hit:
    """A recognised expression before normalisation's result is attached."""

    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    relative: bool = False  # its value depends on the DCT
    #: (unit, step, quarters only): the value is the last date named before, shifted —
    #: "the following year", "a year earlier", and in earnings reports "a year ago".
    anchor: tuple[str, int, bool] | None = None


@dataclass(slots=True)
class Context:
    """What a rule needs besides its match: the text, the DCT and the parse."""

    doc: Doc
    text: str
    dct: date | None
    vocab: Vocabulary

    def direction(self, start: int, end: int) -> int:
        """-1, 0 or +1: the tense of the verb the expression at ``[start, end)`` hangs on."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return 0
        token = span.root
        for _ in range(6):  # "in November" → "in" → "manhunt" → … → "became"
            if token.pos_ in {"VERB", "AUX"} or token.head is token:
                break
            token = token.head
        if token.pos_ not in {"VERB", "AUX"}:
            return 0
        auxes = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        if auxes & _FUTURE_AUX or token.lower_ in _AHEAD or "to" in auxes:
            return 1  # "will meet", "is expected", "decided to admit in March"
        if token.tag_ == "VBD" or (auxes & _PAST_AUX and token.tag_ in {"VBN", "VBG"}):
            return -1
        if token.tag_ == "VBG" and auxes & {"is", "are", "am", "'s", "’s", "'re", "’re"}:
            return 1  # "is meeting on Friday"
        return 0


Rule = Callable[[re.Match[str], Context], Hit | None]


def _number(word: str, vocab: Vocabulary) -> float | str | None:
    """A count in digits or words: 3, 2.5, "twenty-four", "several" (→ "X")."""
    word = word.lower().replace(",", "")
    try:
        return float(word)
    except ValueError:
        pass
    parts = re.split(r"[-\s]+", word)
    total = 0.0
    for part in parts:
        value = vocab.numbers.get(part)
        if value is None:
            if part in {"of", "a", "an"}:
                continue
            return None
        if value == "X":
            return "X"
        total += float(value)
    return total or None


def _unit(word: str, vocab: Vocabulary) -> str | None:
    word = word.lower()
    for form in (word, word[:-1], word[:-2], word.replace("ies", "y"), word.replace("ia", "ium")):
        if form in vocab.units:
            return vocab.units[form]
    return None


def _resolved(ctx: Context, start: int, end: int, kind: str, make: Callable[[date, int], str],
              unknown: str | None) -> Hit:
    """A DCT-relative DATE/TIME: ``make(dct, direction)``, or ``unknown`` without a DCT."""
    if ctx.dct is None:
        return Hit(start, end, kind, unknown, relative=True)
    return Hit(start, end, kind, make(ctx.dct, ctx.direction(start, end)), relative=True)


def _part(m: re.Match[str], ctx: Context) -> str:
    part = m.groupdict().get("part")
    return "T" + ctx.vocab.day_parts[part.lower()] if part else ""


def _month_of(word: str, ctx: Context) -> int | None:
    """A month name, capitalised as one ("may" and "march" are verbs)."""
    if not word[:1].isupper():
        return None
    return ctx.vocab.months.get(word.lower().rstrip("."))


def _full_date(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "Jan. 8, 1998", "8 January", "Tuesday, Jan. 6"."""
    month = _month_of(m["mon"], ctx)
    if month is None:
        return None
    day = int(m["day"])
    if m["year"]:
        found = timex.day_of(int(m["year"]), month, day)
        return Hit(m.start(), m.end(), "DATE", found.isoformat()) if found else None
    unknown = f"XXXX-{month:02d}-{day:02d}"
    step = ctx.vocab.directions.get((m.groupdict().get("dir") or "").lower())

    def make(dct: date, direction: int) -> str:
        found = timex.month_day(dct, month, day, step or direction)
        return found.isoformat() if found else unknown
    return _resolved(ctx, m.start(), m.end(), "DATE", make, unknown)


def _numeric_date(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "2024-05-16" and the American "5/16/2024"."""
    year = int(m["year"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    first, second = int(m["a"]), int(m["b"])
    month, day = (first, second) if m["iso"] or first <= 12 else (second, first)
    found = timex.day_of(year, month, day)
    return Hit(m.start(), m.end(), "DATE", found.isoformat()) if found else None


def _month_year(m: re.Match[str], ctx: Context) -> Hit | None:
    month = _month_of(m["mon"], ctx)
    if month is None:
        return None
    return Hit(m.start(), m.end(), "DATE", f"{int(m['year']):04d}-{month:02d}",
               _edge_mod(m["mod"]))


def _month(m: re.Match[str], ctx: Context) -> Hit | None:
    """A month alone: "in March", "last February", "early May"."""
    word = m["mon"]
    month = _month_of(word, ctx)
    name = word.lower().rstrip(".")
    if month is None or (name not in ctx.vocab.full_months and not word.endswith(".")):
        return None  # "Jan" alone is likelier a name
    end = m.end() - 1 if word.endswith(".") and name in ctx.vocab.full_months else m.end()
    token = ctx.doc.char_span(m.start("mon"), m.end("mon"), alignment_mode="expand")
    if token is not None and token.root.tag_ in {"MD", "VB", "VBP", "VBZ", "VBD"}:
        return None  # "May" the modal, "March" the verb
    step = ctx.vocab.directions.get((m["dir"] or "").lower())

    def make(dct: date, direction: int) -> str:
        if step is None:
            return f"{timex.month_year(dct, month, direction):04d}-{month:02d}"
        year = dct.year + step  # "last February" is last year's, "this March" this year's
        if step > 0 and month > dct.month:
            year -= 1  # "next June" said in March
        return f"{year:04d}-{month:02d}"
    hit = _resolved(ctx, m.start(), end, "DATE", make, f"XXXX-{month:02d}")
    return _with(hit, mod=_edge_mod(m["mod"]))


def _year(m: re.Match[str], ctx: Context) -> Hit | None:
    """A year: "in 1998", "the 2024 budget" — but not "2000 people"."""
    span = ctx.doc.char_span(m.start("year"), m.end("year"), alignment_mode="expand")
    if span is not None and span.end < len(ctx.doc) and not m["mod"]:
        after, before = ctx.doc[span.end], ctx.doc[span.start - 1] if span.start else None
        introduced = before is not None and before.lower_ in _YEAR_LEADS
        if after.tag_ == "NNS" and not introduced and _unit(after.lower_, ctx.vocab) is None:
            return None
    return Hit(m.start(), m.end(), "DATE", m["year"], _edge_mod(m["mod"]))


def _decade(m: re.Match[str], ctx: Context) -> Hit:
    """ "the 1990s" → 199; "the '80s" → the latest such decade by the DCT."""
    if m["full"]:
        value = m["full"][:3]
    else:
        latest = (ctx.dct or date.today()).year
        value = f"20{m['short']}" if int(f"20{m['short']}0") <= latest else f"19{m['short']}"
    return Hit(m.start(), m.end(), "DATE", value, _edge_mod(m["mod"]))


def _century(m: re.Match[str], ctx: Context) -> Hit | None:
    number = _ordinal(m["ord"], ctx.vocab)
    if number is None or number < 1:
        return None
    return Hit(m.start(), m.end(), "DATE", f"{number - 1:02d}", _edge_mod(m["mod"]))


def _ordinal(word: str, vocab: Vocabulary) -> int | None:
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else vocab.ordinals.get(word.lower())


def _quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the third quarter", "third-quarter", "the first half of 1998"."""
    number = _ordinal(m["ord"], ctx.vocab)
    letter = "Q" if m["part"].lower().startswith("quarter") else "H"
    if number is None or not 1 <= number <= (4 if letter == "Q" else 2):
        return None
    if m["year"] or m["pre"]:
        return Hit(m.start(), m.end(), "DATE", f"{m['year'] or m['pre']}-{letter}{number}")
    if m["yrel"] or m["ago"]:
        step = ctx.vocab.directions[m["yrel"].lower()] if m["yrel"] else -1
        return _resolved(ctx, m.start(), m.end(), "DATE",
                         lambda dct, _: f"{dct.year + step:04d}-{letter}{number}",
                         f"XXXX-{letter}{number}")

    def make(dct: date, direction: int) -> str:
        year = timex.quarter_year(dct, number if letter == "Q" else number * 2, direction)
        return f"{year:04d}-{letter}{number}"
    return _resolved(ctx, m.start(), m.end(), "DATE", make, f"XXXX-{letter}{number}")


def _weekday(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "Tuesday", "last Friday", "Friday morning", "Tuesday nights" (a set)."""
    word = m["wd"]
    if len(word) <= 4 and not word[:1].isupper():
        return None
    iso_day = ctx.vocab.weekdays[word.lower().rstrip(".")]
    part = _part(m, ctx)
    kind = "TIME" if part else "DATE"
    if m["plural"]:
        return Hit(m.start(), m.end(), "SET", f"XXXX-WXX-{iso_day}{part}")
    step = ctx.vocab.directions.get((m["dir"] or "").lower())

    def make(dct: date, direction: int) -> str:
        if step is not None and step < 0:
            found = dct - timedelta(days=(dct.isoweekday() - iso_day - 1) % 7 + 1)
        elif step is not None and step > 0:
            found = dct + timedelta(days=(iso_day - dct.isoweekday() - 1) % 7 + 1)
        else:
            # an unmarked tense reads as the past: news mostly reports what happened,
            # and "Wednesday's ruling" has happened whatever the sentence's verb
            possessive = ctx.text[m.end():m.end() + 2] in {"'s", "’s"}
            found = timex.weekday(dct, iso_day, 0 if step == 0 else (
                -1 if possessive else direction or -1))
        return found.isoformat() + part
    return _resolved(ctx, m.start(), m.end(), kind, make, f"XXXX-WXX-{iso_day}{part}")


def _day_word(m: re.Match[str], ctx: Context) -> Hit:
    """ "today", "yesterday afternoon", "tonight", "this morning", "last night"."""
    word = re.sub(r"\s+", " ", m["word"].lower())
    offset = ctx.vocab.day_words.get(word, -1 if word == "last" else 0)
    part = _part(m, ctx) or ("TNI" if word == "tonight" else "")
    kind = "TIME" if part else "DATE"

    def make(dct: date, direction: int) -> str:
        return (dct + timedelta(days=offset)).isoformat() + part
    return _resolved(ctx, m.start(), m.end(), kind, make, None)


def _relative(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "last week", "this year", "next month" — and "the past week" (a duration)."""
    unit = _unit(m["unit"], ctx.vocab)
    step = ctx.vocab.directions.get(re.sub(r"\s+", " ", m["dir"].lower()))
    if unit is None or step is None:
        return None
    word = m["dir"].lower()
    if m["the"] and word in {"past", "last", "coming"}:
        return Hit(m.start(), m.end(), "DURATION", _duration(1.0, unit))
    if unit == "W2":
        unit = "W"
    base = "W" if unit == "WE" else unit

    def make(dct: date, direction: int) -> str:
        return timex.at(timex.shift(dct, base, step), unit)
    hit = _resolved(ctx, m.start(), m.end(), "DATE", make, None)
    if m["the"] and word not in {"current", "this"}:  # "the following year": after the last
        return replace(hit, anchor=(base, step, False))
    return hit


def _duration(amount: float | str, unit: str) -> str:
    """A duration's value; weeks for fortnights, years for decades and centuries (P10Y is
    what news corpora write for "a decade")."""
    times = {"W2": (2, "W"), "DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y")}
    if unit in times:
        factor, unit = times[unit]
        amount = amount * factor if isinstance(amount, float) else amount
    return timex.duration(amount, unit)


def _stretch(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the past three years", "the next few days", "the first nine months"."""
    amount = _number(m["num"], ctx.vocab)
    unit = _unit(m["unit"], ctx.vocab)
    if amount is None or unit is None:
        return None
    return Hit(m.start(), m.end(), "DURATION", _duration(amount, unit))


def _ago(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "two days ago", "a year earlier", "three weeks from now"."""
    amount = _number(m["num"], ctx.vocab)
    unit = _unit(m["unit"], ctx.vocab)
    if amount is None or unit is None:
        return None
    rel = m["rel"].lower()
    sign = -1 if rel in {"ago", "earlier"} else 1
    if amount == "X" or unit in {"H", "MIN", "S"}:
        return Hit(m.start(), m.end(), "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    base = {"W2": "W", "WE": "W"}.get(unit, unit)
    count = round(float(amount) * (2 if unit == "W2" else 1))
    # "a decade ago" is a year ten years back, not the decade before this one
    shown = "Y" if base in {"DE", "CE"} else base

    def make(dct: date, direction: int) -> str:
        return timex.at(timex.shift(dct, base, sign * count), shown)
    hit = _resolved(ctx, m.start(), m.end(), "DATE", make, None)
    if rel == "earlier":  # earlier than the date last named
        return replace(hit, anchor=(base, -count, False))
    return replace(hit, anchor=("Y", -count, True)) if base == "Y" else hit


def _length(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "three days", "a decade", "10-hour", "six-month"; "twice a year" is a set."""
    unit = _unit(m["unit"], ctx.vocab)
    before = ctx.text[max(0, m.start() - 12):m.start()].lower()
    if unit is not None and (m["num"].lower() == "per" or re.search(
            r"(?:times|twice|once)\s*$", before)):
        return Hit(m.start(), m.end(), "SET", _duration(1.0, unit))
    amount = _number(m["num"], ctx.vocab)
    if amount is None or unit is None or m["old"]:
        return None  # "a 6-year-old", "52 years old": an age
    return Hit(m.start(), m.end(), "DURATION", _duration(amount, unit))


def _vague(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "recent years" (the past), "the coming weeks" (the future), "for years"."""
    unit = _unit(m["unit"], ctx.vocab)
    if unit is None:
        return None
    lead = re.sub(r"\s+", " ", (m["lead"] or "").lower())  # None after "for", "over"
    if not lead:
        return Hit(m.start("unit"), m.end("unit"), "DURATION", _duration("X", unit))
    if lead in {"recent", "past"}:
        return Hit(m.start(), m.end(), "DATE", "PAST_REF")
    return Hit(m.start(), m.end(), "DATE", "FUTURE_REF")


def _every(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "every week", "each July", "every two years", "every Tuesday"."""
    word = m["what"].lower().rstrip(".")
    if word in ctx.vocab.weekdays:
        return Hit(m.start(), m.end(), "SET", f"XXXX-WXX-{ctx.vocab.weekdays[word]}")
    if word in ctx.vocab.months and m["what"][:1].isupper():
        return Hit(m.start(), m.end(), "SET", f"XXXX-{ctx.vocab.months[word]:02d}")
    unit = _unit(word, ctx.vocab)
    amount = _number(m["num"], ctx.vocab) if m["num"] else 1.0
    if "other" in m.group().lower() and isinstance(amount, float):
        amount *= 2  # "every other week"
    if unit is None or amount is None:
        return None
    return Hit(m.start(), m.end(), "SET", _duration(amount, unit))


def _frequency(m: re.Match[str], ctx: Context) -> Hit | None:
    if not m.group()[:1].islower():
        return None  # "Daily Mail"
    return Hit(m.start(), m.end(), "SET", ctx.vocab.frequencies[m.group().lower()])


def _clock(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "3 p.m.", "10:30 am EST", "noon", "midnight"."""
    if m["noon"]:
        hour, minute = (12, 0) if m["noon"].lower() == "noon" else (24, 0)
    else:
        hour, minute = int(m["h"]), int(m["min"] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        pm = (m["ampm"] or m["ampm2"]).lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    clock = f"T{hour:02d}:{minute:02d}"

    def make(dct: date, direction: int) -> str:
        return dct.isoformat() + clock
    return _resolved(ctx, m.start(), m.end(), "TIME", make, "XXXX-XX-XX" + clock)


def _reference(m: re.Match[str], ctx: Context) -> Hit:
    word = re.sub(r"\s+", " ", m.group().lower())
    return Hit(m.start(), m.end(), "DATE", ctx.vocab.references[word])


def _season(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "this summer", "last winter", "spring 2024", "early autumn"."""
    season = ctx.vocab.seasons[m["season"].lower()]
    if m["year"]:
        return Hit(m.start(), m.end(), "DATE", f"{m['year']}-{season}", _edge_mod(m["mod"]))
    if not (m["dir"] or m["mod"] or m["the"]):
        return None  # "prices fall", "a hot spring": no season without a marker
    step = ctx.vocab.directions.get((m["dir"] or "").lower())

    if m["the"] and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return None  # "the fall of Rome"

    def make(dct: date, direction: int) -> str:
        year = timex.season_year(dct, season, direction if step is None else step)
        return f"{year:04d}-{season}"
    return _with(_resolved(ctx, m.start(), m.end(), "DATE", make, f"XXXX-{season}"),
                 mod=_edge_mod(m["mod"]))


def _year_ago(m: re.Match[str], ctx: Context) -> Hit:
    """ "the year-earlier quarter", "year-ago results": a year before the period in hand."""
    hit = _resolved(ctx, m.start(), m.end(), "DATE", lambda dct, _: f"{dct.year - 1:04d}",
                    None)
    return replace(hit, anchor=("Y", -1, True))


def _the_quarter(m: re.Match[str], ctx: Context) -> Hit:
    """ "the quarter", "the latest quarter": the quarter in hand, else the last one ended."""
    def make(dct: date, direction: int) -> str:
        return timex.at(timex.shift(dct, "Q", -1), "Q")
    return replace(_resolved(ctx, m.start(), m.end(), "DATE", make, None),
                   anchor=("Q", 0, True))


def _year_period(m: re.Match[str], ctx: Context) -> Hit:
    """ "the 1988 period": in an earnings report, that year's quarter in hand."""
    return Hit(m.start(), m.end(), "DATE", m["year"], anchor=("Q", 0, True))


def _the_weekend(m: re.Match[str], ctx: Context) -> Hit:
    """ "the weekend": the one just past (or under way), the coming one in future tense."""
    def make(dct: date, direction: int) -> str:
        back = direction < 0 and dct.isoweekday() < 6
        return timex.at(dct - timedelta(days=7) if back else dct, "WE")
    return _resolved(ctx, m.start(), m.end(), "DATE", make, None)


def _spoken_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "nineteen ninety-six", as broadcast transcripts write years."""
    tens = ctx.vocab.numbers.get(m["tens"].lower())
    ones = ctx.vocab.numbers.get((m["ones"] or "").lower(), 0)
    if not isinstance(tens, int) or not isinstance(ones, int):
        return None
    century = 19 if m["c"].lower() == "nineteen" else 20
    return Hit(m.start(), m.end(), "DATE", f"{century}{tens + ones:02d}")


def _month_of_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "June last year", "April next year", "January this year"."""
    month = _month_of(m["mon"], ctx)
    if month is None:
        return None
    step = ctx.vocab.directions[m["dir"].lower()]
    return _resolved(ctx, m.start(), m.end(), "DATE",
                     lambda dct, _: f"{dct.year + step:04d}-{month:02d}", f"XXXX-{month:02d}")


def _edge_mod(word: str | None) -> str | None:
    return {"early": "START", "late": "END", "mid": "MID"}.get((word or "").lower())


def _with(hit: Hit, *, mod: str | None) -> Hit:
    return hit if mod is None else replace(hit, mod=mod)
