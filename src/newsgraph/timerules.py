"""The time rules: one per kind of time expression, each turning a match of its pattern in
``timegrammar.py`` ("last week", "the third quarter", "Thanksgiving", "3 p.m.") into a
``Hit`` with its TIMEX3 type and value; and what all rules share (the vocabulary, the parse
context). Counts of time ("two days ago", "every Tuesday") are in ``timecounts.py``;
``times.py`` runs the rules and settles overlaps, clock times and anchors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from . import timex
from .kb import parse

SPACE = r"[^\S\n]+"  # spaces within a line
_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo", "would"})
#: Verbs that look ahead: "planned a rally on Saturday", "is expected to join in April".
_AHEAD = frozenset({"expected", "expect", "expects", "scheduled", "planned", "plans", "plan",
                    "due", "set", "slated", "planning", "intends", "intend", "hopes", "hope"})
#: "as soon as Tuesday", "as early as Friday": the coming day.
_SOON = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.I)
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
    holidays: dict[str, str]  # name → dating rule (see data/times.yaml)


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
        directions=raw["directions"], frequencies=raw["frequencies"],
        holidays=_inverse(raw["holidays"]))


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
        if "to" in auxes and _governing_verb(token).tag_ == "VBD":
            return 0  # "staged celebrations to mark it on Friday": ahead of the past only
        if auxes & _FUTURE_AUX or token.lower_ in _AHEAD or "to" in auxes:
            return 1  # "will meet", "is expected", "wants to admit in March"
        if token.tag_ == "VBD" or (auxes & _PAST_AUX and token.tag_ in {"VBN", "VBG"}):
            return -1
        if token.tag_ == "VBN" and token.dep_ == "acl" and not auxes:
            return -1  # "the year ended March 31", "the plan approved Tuesday"
        if token.tag_ == "VBG" and auxes & {"is", "are", "am", "'s", "’s", "'re", "’re"}:
            return 1  # "is meeting on Friday"
        return 0


def _governing_verb(token: Token) -> Token:
    """The verb an infinitive hangs on, through a noun it may modify ("concerts to mark")."""
    head = token.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"} or head.head is head:
            break
        head = head.head
    return head


Rule = Callable[[re.Match[str], Context], Hit | None]



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
        return f"{timex.named_month_year(dct, month, step):04d}-{month:02d}"
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
    if step is None and _SOON.search(ctx.text, max(0, m.start() - 16), m.start()):
        step = 1  # "as early as Tuesday"

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
    """ "today", "yesterday afternoon", "tonight", "this morning", "last night",
    "mid-afternoon" (today's)."""
    word = re.sub(r"\s+", " ", (m["word"] or "today").lower())
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
    if unit is None or step is None or m["unit"][:1].isupper():
        return None  # ABC's "This Week": a title
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


def _clock(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "3 p.m.", "10:30 am EST", "noon", "midnight"."""
    if m["noon"] and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "high noon", a showdown
    if m["noon"]:
        hour, minute = (24, 0) if m["noon"].lower() == "midnight" else (12, 0)
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


def _holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "Thanksgiving Day", "last Christmas", "Easter 1998", "Election Day"."""
    name = re.sub(r"\s+", " ", m["name"].lower()).replace("’", "'")
    rule = ctx.vocab.holidays[name]
    token = ctx.doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    if token is not None and token.root.dep_ == "compound" and not m["dir"]:
        return None  # "Christmas trees", "Easter eggs": the holiday names a kind of thing
    if m["year"]:
        day = timex.holiday(int(m["year"]), rule)
        return Hit(m.start(), m.end(), "DATE", day.isoformat()) if day else None
    step = ctx.vocab.directions.get((m["dir"] or "").lower())

    def make(dct: date, direction: int) -> str:
        day = timex.holiday_near(dct, rule, direction if step is None else step)
        return day.isoformat() if day else f"{dct.year:04d}"
    return _resolved(ctx, m.start(), m.end(), "DATE", make, None)


def _year_end(m: re.Match[str], ctx: Context) -> Hit:
    """ "by year-end", "the end of the year": this year's end, last year's when the
    sentence looks back ("since year-end")."""
    back = re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I)

    def make(dct: date, direction: int) -> str:
        return f"{dct.year - (1 if back or direction < 0 else 0):04d}"
    return _with(_resolved(ctx, m.start(), m.end(), "DATE", make, None), mod="END")


def _that(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "that year", "later that day", "that same month": the date last named (no value
    when none was)."""
    unit = _unit(m["unit"], ctx.vocab)
    if unit is None:
        return None
    return Hit(m.start(), m.end(), "DATE", None, anchor=(unit, 0, False))


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
    """ "the quarter": the quarter in hand, else the last one ended; "the latest quarter"
    is always the last one ended."""
    def make(dct: date, direction: int) -> str:
        return timex.at(timex.shift(dct, "Q", -1), "Q")
    hit = _resolved(ctx, m.start(), m.end(), "DATE", make, None)
    return hit if "latest" in m[0].lower() else replace(hit, anchor=("Q", 0, True))


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
    """ "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven",
    as broadcast transcripts write years."""
    if m["c"]:
        tens = ctx.vocab.numbers.get(m["tens"].lower())
        ones = ctx.vocab.numbers.get((m["ones"] or "").lower(), 0)
        century = 19 if m["c"].lower() == "nineteen" else 20
    else:
        noun = re.match(r"\s+[a-z]", ctx.text[m.end():m.end() + 3], re.I)
        if not (m["year"] or m["mon"] or m["season"]) and noun:
            return None  # "two thousand people"
        tens, ones, century = 0, ctx.vocab.numbers.get((m["past"] or "").lower(), 0), 20
    if not isinstance(tens, int) or not isinstance(ones, int):
        return None
    value = f"{century}{tens + ones:02d}"
    if m["mon"] and _month_of(m["mon"], ctx) is not None:
        value += f"-{_month_of(m['mon'], ctx):02d}"
    elif m["season"]:
        value += "-" + ctx.vocab.seasons[m["season"].lower()]
    return Hit(m.start(), m.end(), "DATE", value)


def _spoken_decade(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the nineties": the latest such decade by the DCT."""
    tens = ctx.vocab.numbers.get(m["tens"].lower() + "y")
    if not isinstance(tens, int) or tens < 20:
        return None
    latest = (ctx.dct or date.today()).year
    value = f"20{tens // 10}" if 2000 + tens <= latest else f"19{tens // 10}"
    return Hit(m.start(), m.end(), "DATE", value)


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
