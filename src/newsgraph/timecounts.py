"""The rules for counts of time: durations ("six years", "2 1/2 hours"), stretches ("the
past three years"), distances from the publication date ("two days ago") and repeats
("every two years", "daily"). Calendar rules are in ``timerules.py``, with what all rules
share.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import timex
from .timerules import SPACE, Context, Hit, Vocabulary, _duration, _resolved, _unit

#: A half after a count or a unit: "2 1/2 years", "two and a half days", "an hour and a half".
HALF = rf"{SPACE}(?:1/2|½|and{SPACE}a{SPACE}half)"
_HALF = re.compile(HALF + "$", re.I)


def _number(word: str, vocab: Vocabulary) -> float | str | None:
    """A count in digits or words: 3, 2.5, "twenty-four", "two and a half", "several" (→ "X")."""
    half = _HALF.search(word)
    if half:
        whole = _number(word[:half.start()], vocab)
        return whole + 0.5 if isinstance(whole, float) else whole
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
    if _is_rate_or_share(m, ctx, unit):
        return None
    if m["half"] and isinstance(amount, float):
        amount += 0.5  # "a minute and a half"
    return Hit(m.start(), m.end(), "DURATION", _duration(amount, unit))


def _is_rate_or_share(m: re.Match[str], ctx: Context, unit: str) -> bool:
    """ "$55 a night", "four flights a week": a rate, not a stretch of time; "three-quarters
    of its food": a share."""
    if unit == "Q" and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return True
    if m["num"].lower() not in {"a", "an"}:
        return False
    span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    before = ctx.doc[span.start - 1] if span is not None and span.start else None
    return before is not None and (before.tag_ in {"CD", "NNS"} or before.text == "$")


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
