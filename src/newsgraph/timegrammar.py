"""The time grammar's patterns: one regular expression per kind of time expression, built
once from the words of ``data/times.yaml`` and paired with the rule of ``timerules.py`` that
reads its matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .timecounts import HALF, _ago, _every, _frequency, _length, _stretch, _vague
from .timerules import (
    SPACE,
    Rule,
    Vocabulary,
    _century,
    _clock,
    _day_word,
    _decade,
    _full_date,
    _holiday,
    _month,
    _month_of_year,
    _month_year,
    _numeric_date,
    _quarter,
    _reference,
    _relative,
    _season,
    _spoken_decade,
    _spoken_year,
    _that,
    _the_quarter,
    _the_weekend,
    _weekday,
    _year,
    _year_ago,
    _year_end,
    _year_period,
    alternation,
    vocabulary,
)

Entry = tuple[str, Rule, tuple[str, ...] | None]


@dataclass(frozen=True, slots=True)
class _Words:
    """Regex pieces built from the vocabulary, shared by the patterns."""

    months: tuple[str, ...]
    mon: str
    weekday_any: str
    weekday: str
    part: str
    unit: str
    tens: str
    ones: str
    number: str
    edge: str
    year: str
    steps: str
    unit_words: tuple[str, ...] = ("second", "minute", "hour", "day", "night", "week",
                                   "month", "quarter", "year", "decade", "centur",
                                   "millenni", "fortnight")
    ago_words: tuple[str, ...] = ("ago", "earlier", "from now", "hence")
    clock_words: tuple[str, ...] = ("a.m", "p.m", "am", "pm", "noon", "midday", "midnight")
    holiday: str = ""
    holiday_words: tuple[str, ...] = ()

    @classmethod
    def of(cls, v: Vocabulary) -> _Words:
        units = {f for w in v.units if w not in {"second", "quarter"} for f in (w, w + "s")}
        numbers = {w: n for w, n in v.numbers.items() if isinstance(n, int)}
        tens = alternation(w for w, n in numbers.items() if 20 <= n <= 90)
        ones = alternation(w for w, n in numbers.items() if 1 <= n <= 9)
        return cls(
            months=tuple(v.months), mon=alternation(v.months) + r"\.?",
            weekday_any=alternation(v.weekdays) + r"\.?",
            weekday=alternation(w for w in v.weekdays if len(w) > 5),  # "Sun": a newspaper
            part=alternation(v.day_parts),
            unit=alternation(units | {"seconds", "quarters", "centuries", "millennia"}),
            tens=tens, ones=ones,
            number=(rf"(?:\d+(?:\.\d+)?|(?:a{SPACE})?couple{SPACE}of|a{SPACE}(?:few|dozen)|"
                    rf"{tens}(?:[- ]{ones})?|{alternation(v.numbers)})(?:{HALF})?"),
            edge=rf"(?:(?P<mod>early|mid|late)(?:-|{SPACE}))?",
            year=r"(?P<year>1[6-9]\d\d|20\d\d)", steps=alternation(v.directions),
            holiday=alternation(v.holidays).replace("'", "['’]"),
            holiday_words=tuple({name.split("'")[0] for name in v.holidays}))


def _calendar_rules(v: Vocabulary, w: _Words) -> list[Entry]:
    """Dates named by the calendar or by their distance from the publication date."""
    return [
        (rf"(?:(?P<dir>last|next|this){SPACE})?(?:{w.weekday_any},?{SPACE})?(?P<mon>{w.mon})"
         rf"{SPACE}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?{SPACE}{w.year})?",
         _full_date, w.months),
        (rf"(?:{w.weekday_any},?{SPACE})?(?:the{SPACE})?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
         rf"{SPACE}(?:of{SPACE})?(?P<mon>{w.mon})(?:,?{SPACE}{w.year})?", _full_date, w.months),
        (r"(?P<iso>(?P<year>\d{4})-(?P<a>\d{2})-(?P<b>\d{2}))", _numeric_date, ("-",)),
        (r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?P<iso>)", _numeric_date,
         ("/",)),
        (rf"{w.edge}(?P<mon>{w.mon}),?{SPACE}{w.year}", _month_year, w.months),
        (rf"(?:(?P<dir>last|next|this|past|coming){SPACE})?{w.edge}(?P<mon>{w.mon})", _month,
         w.months),
        (rf"(?<![$£€]){w.edge}{w.year}(?!{SPACE}?(?:%|percent|GMT|UTC|hours?|hrs)\b|[.,]\d)",
         _year, ("16", "17", "18", "19", "20")),
        (rf"(?:the{SPACE})?{w.edge}(?:(?P<full>1\d{{3}}|20\d0)['’]?s|['’](?P<short>\d)0s)",
         _decade, ("0s",)),
        (rf"(?:the{SPACE})?{w.edge}(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{alternation(v.ordinals)})"
         rf"(?:-|{SPACE})century", _century, ("centur",)),
        (rf"(?:the{SPACE})?(?:(?P<pre>1[6-9]\d\d|20\d\d){SPACE}|(?P<yrel>next|last|this)"
         rf"{SPACE}year['’]s{SPACE}|(?P<ago>year-(?:ago|earlier)){SPACE})?(?:fiscal{SPACE})?"
         rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:-|{SPACE})(?:fiscal{SPACE})?"
         rf"(?P<part>quarter|half)(?:(?:{SPACE}of{SPACE}|,?{SPACE}){w.year})?", _quarter,
         ("quarter", "half")),
        (rf"(?:(?P<dir>last|next|this|coming|past){SPACE})?(?P<wd>{w.weekday})(?P<plural>s)?"
         rf"(?:{SPACE}(?P<part>{w.part}))?", _weekday, ("day",)),
        (rf"(?P<word>today|tonight|yesterday|tomorrow)(?:{SPACE}(?P<part>{w.part}))?",
         _day_word, ("today", "tonight", "yesterday", "tomorrow")),
        (rf"(?P<word>this|last){SPACE}(?P<part>{w.part})", _day_word, tuple(v.day_parts)),
        (rf"(?:early|mid|late)(?:-|{SPACE})(?P<part>{w.part})(?:{SPACE}(?P<word>today|"
         rf"yesterday|tomorrow))?", _day_word, tuple(v.day_parts)),
        (rf"(?P<the>the{SPACE})?(?P<dir>{w.steps}){SPACE}"
         r"(?P<unit>week|weekend|month|year|quarter|decade|century|fortnight)", _relative,
         w.unit_words),
    ]


def _span_rules(v: Vocabulary, w: _Words) -> list[Entry]:
    """Stretches, anchored dates, repeats, clock times, references and seasons."""
    return [
        (rf"(?:the{SPACE})?(?P<dir>past|last|next|previous|coming|first|final|following)"
         rf"{SPACE}(?P<num>{w.number}){SPACE}(?P<unit>{w.unit})", _stretch, w.unit_words),
        (rf"(?P<num>{w.number})(?:{SPACE}|-)(?P<unit>{w.unit}){SPACE}"
         rf"(?P<rel>ago|earlier|from{SPACE}now|hence)", _ago, w.ago_words),
        (r"(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period|results?))?", _year_ago,
         ("year-",)),
        (rf"the{SPACE}(?:(?:latest|current|fiscal|same|recent){SPACE})?quarter|"
         rf"the{SPACE}latest{SPACE}period", _the_quarter, ("quarter", "period")),
        (rf"year(?:-|{SPACE})end|year['’]s{SPACE}end|the{SPACE}end{SPACE}of{SPACE}the{SPACE}year",
         _year_end, ("year",)),
        (rf"(?:(?P<dir>last|next|this){SPACE})?(?P<name>{w.holiday})(?:,?{SPACE}{w.year})?",
         _holiday, w.holiday_words),
        (r"the\s+weekend", _the_weekend, ("weekend",)),
        (rf"(?:(?:earlier|later){SPACE}(?:in{SPACE})?)?that{SPACE}(?:same{SPACE})?"
         r"(?P<unit>day|week|month|year)", _that, ("that",)),
        (rf"the{SPACE}{w.year}{SPACE}(?:period|quarter)", _year_period, ("period", "quarter")),
        (rf"(?:(?:(?P<mon>{w.mon})|(?:the{SPACE})?(?P<season>{alternation(v.seasons)})"
         rf"(?:{SPACE}of)?){SPACE})?(?:(?P<c>nineteen|twenty){SPACE}(?P<tens>{w.tens})"
         rf"(?:[- ](?P<ones>{w.ones}))?|(?P<year>the{SPACE}year{SPACE})?two{SPACE}thousand"
         rf"(?:{SPACE}(?:and{SPACE})?(?P<past>{w.ones}))?)", _spoken_year,
         ("nineteen", "twenty", "thousand")),
        (rf"the{SPACE}(?P<tens>{w.tens.replace('y', '')})ies", _spoken_decade, ("ties",)),
        (rf"(?P<mon>{w.mon}){SPACE}(?P<dir>this|last|next){SPACE}year", _month_of_year, w.months),
        (rf"(?P<num>{w.number}|per)(?:{SPACE}|-)(?:(?:more|additional|further|extra)"
         rf"{SPACE})?(?P<unit>{w.unit})(?P<half>{HALF})?"
         rf"(?:-long|(?:-|{SPACE})(?P<old>old))?", _length, w.unit_words),
        (rf"(?:(?P<lead>recent|the{SPACE}coming|coming|upcoming|past){SPACE}|"
         rf"(?:for|over|within){SPACE})(?P<unit>years|months|weeks|days|decades|hours|centuries)",
         _vague, w.unit_words),
        (rf"(?:every|each){SPACE}(?:other{SPACE})?(?:(?P<num>{w.number}){SPACE})?"
         rf"(?P<what>{w.unit}|{w.weekday}|{w.mon})", _every, ("every", "each")),
        (alternation(v.frequencies), _frequency, tuple(v.frequencies)),
        (r"(?P<h>\d{1,2})(?::(?P<min>\d{2})[^\S\n]?(?P<ampm>[ap]\.?m\.?)|[^\S\n]?"
         r"(?P<ampm2>[ap]\.m\.?))|(?P<noon>noon|midday|midnight)", _clock, w.clock_words),
        (alternation(v.references), _reference, tuple(v.references)),
        (rf"(?:(?P<dir>last|next|this|past|coming){SPACE}|(?P<the>the){SPACE})?{w.edge}"
         rf"(?P<season>{alternation(v.seasons)})(?:{SPACE}(?:of{SPACE})?{w.year})?", _season,
         tuple(v.seasons)),
    ]


@lru_cache(maxsize=1)
def grammar() -> tuple[tuple[re.Pattern[str], Rule, tuple[str, ...] | None], ...]:
    """The patterns, compiled once, each with the rule that normalises its matches and the
    words one of which a text must hold for the pattern to be worth running (a cheap test
    that spares most texts most patterns). Where hits overlap, the longest wins, and on a
    tie the earlier pattern."""
    v = vocabulary()
    w = _Words.of(v)
    rules = [*_calendar_rules(v, w), *_span_rules(v, w)]
    return tuple((re.compile(rf"(?<![\w'’])(?:{pattern})(?![\w])", re.IGNORECASE), rule,
                  needles) for pattern, rule, needles in rules)
