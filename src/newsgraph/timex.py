"""TIMEX3 values: calendar arithmetic against the publication date (DCT).

Everything here is a pure function of its arguments, so the rules can be tested one by one:
which Tuesday "on Tuesday" means, which year "the fourth quarter" is in, what week "last
week" was. ``direction`` is -1 when the sentence speaks of the past, +1 of the future and 0
when it does not say.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

#: Units a date can be shifted by, as TIMEX3 letters.
_MONTHS_PER = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}
_DAYS_PER = {"D": 1, "W": 7}


def parse_dct(value: str | None) -> date | None:
    """The day of a publication date string ("2024-05-16" or a longer ISO timestamp)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (D, W, M, Q, Y, DE, CE); month ends are clamped."""
    if unit in _DAYS_PER:
        try:
            return day + timedelta(days=_DAYS_PER[unit] * amount)
        except OverflowError:
            return day
    months = day.year * 12 + day.month - 1 + _MONTHS_PER.get(unit, 0) * amount
    year, month = divmod(months, 12)
    if not 1 <= year <= 9999:
        return day
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def at(day: date, unit: str) -> str:
    """The TIMEX3 value of the ``unit`` (D, W, M, Q, H, Y, DE, CE) that holds ``day``."""
    if unit == "D":
        return day.isoformat()
    if unit in {"W", "WE"}:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "DE":
        return f"{day.year:04d}"[:3]
    if unit == "CE":
        return f"{day.year:04d}"[:2]
    return f"{day.year:04d}"


def weekday(dct: date, iso_day: int, direction: int) -> date:
    """The day named by a weekday: on or before the DCT for the past, on or after it for
    the future, else the nearer of the two ("said Tuesday" on a Tuesday is that day)."""
    back = (dct.isoweekday() - iso_day) % 7
    ahead = (iso_day - dct.isoweekday()) % 7
    if direction < 0:
        return dct - timedelta(days=back)
    if direction > 0:
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back) if back <= ahead else dct + timedelta(days=ahead)


def month_year(dct: date, month: int, direction: int) -> int:
    """The year of a month named without one: the DCT's, unless the sentence looks back at
    a month still to come this year (then last year's) or ahead at one already past; when
    the tense does not say, the year that puts the month nearer the DCT."""
    near = dct.year
    if abs(month - dct.month) > 6:
        near = dct.year - 1 if month > dct.month else dct.year + 1
    wanted = dct.year
    if direction < 0 and month > dct.month:
        wanted = dct.year - 1
    elif direction > 0 and month < dct.month:
        wanted = dct.year + 1
    elif direction == 0:
        wanted = near
    # a tense that puts the month most of a year off, when the other reading is close,
    # is the parse's mistake ("to make the late-November trip" read in January)
    def offset(year: int) -> int:
        return abs((year - dct.year) * 12 + month - dct.month)
    if offset(wanted) >= 10 and offset(near) <= 2:
        return near
    return wanted


def month_day(dct: date, month: int, day: int, direction: int) -> date | None:
    """A month and day without a year ("Jan. 8"): the nearer of this year's and the
    neighbouring year's, unless the tense points the other way — but a tense that would
    put the day most of a year off when the other reading is weeks away is taken to be
    the parse's mistake ("payable Dec. 7" in a sentence whose verb is past)."""
    options = [d for y in (dct.year - 1, dct.year, dct.year + 1)
               if (d := day_of(y, month, day)) is not None]  # 29 February: leap years only
    if not options:
        return None
    near = min(options, key=lambda d: abs((d - dct).days))
    if direction == 0:
        return near
    side = [d for d in options if (d - dct).days * direction >= 0]
    wanted = min(side, key=lambda d: abs((d - dct).days)) if side else near
    if abs((wanted - dct).days) > 270 and abs((near - dct).days) < 120:
        return near
    return wanted


def day_of(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is no such day."""
    try:
        return date(year, month, day)
    except ValueError:  # 30 February, 29 February outside a leap year
        return None


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_c, leap_r = divmod(century, 4)
    moon = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_c - moon + 15) % 30
    quarter, left = divmod(rest, 4)
    week = (32 + 2 * leap_r + 2 * quarter - epact - left) % 7
    shift_back = (golden + 11 * epact + 22 * week) // 451
    month, day = divmod(epact + week - 7 * shift_back + 114, 31)
    return date(year, month, day + 1)


def holiday(year: int, rule: str) -> date | None:
    """A holiday's day in ``year`` by its rule (see ``holidays`` in data/times.yaml):
    "12-25", "11 4 4" (the fourth Thursday of November), "5 1 -1" (the last Monday of
    May), "11 1 1 1" (the day after the first Monday of November), "easter -2"."""
    parts = rule.split()
    if parts[0] == "easter":
        return easter(year) + timedelta(days=int(parts[1]) if len(parts) > 1 else 0)
    if len(parts) == 1:
        month, day = (int(p) for p in parts[0].split("-"))
        return day_of(year, month, day)
    month, iso_day, nth = (int(p) for p in parts[:3])
    if nth > 0:
        first = date(year, month, 1)
        found = first + timedelta(days=(iso_day - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        found = last - timedelta(days=(last.isoweekday() - iso_day) % 7)
    return found + timedelta(days=int(parts[3]) if len(parts) > 3 else 0)


def holiday_near(dct: date, rule: str, direction: int) -> date | None:
    """The holiday a sentence means: the last one before the DCT when it looks back, the
    next one when it looks ahead, else the nearer (the DCT's own day when it is one)."""
    days = [d for d in (holiday(y, rule) for y in range(dct.year - 1, dct.year + 2)) if d]
    before = [d for d in days if d < dct]
    after = [d for d in days if d > dct]
    if dct in days:
        return dct if direction == 0 else (before[-1] if direction < 0 else after[0])
    if direction < 0 or (direction == 0 and (dct - before[-1]) <= (after[0] - dct)):
        return before[-1]
    return after[0]


def named_month_year(dct: date, month: int, step: int) -> int:
    """The year of "last April", "next June", "this March". "last" is the latest such month
    before the DCT's, but not the month just gone: "last February" said in March means the
    year before (the month just gone would be "last month" or plain "February"). "next" is
    the first such month after the DCT's."""
    if step < 0:
        back = (dct.month - month) % 12 or 12
        return dct.year - (1 if month >= dct.month else 0) - (1 if back < 2 else 0)
    if step > 0:
        return dct.year + (1 if month <= dct.month else 0)
    return dct.year


def quarter_year(dct: date, quarter: int, direction: int) -> int:
    """The year of "the third quarter": this year's, unless the sentence looks back at a
    quarter that has not begun yet."""
    current = (dct.month - 1) // 3 + 1
    if direction < 0 and quarter > current:
        return dct.year - 1
    return dct.year


def season_year(dct: date, season: str, direction: int) -> int:
    """The year of a season named without one, placed like ``month_year``."""
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}.get(season, 6)
    if direction < 0 and start > dct.month:
        return dct.year - 1
    if direction > 0 and start + 2 < dct.month:
        return dct.year + 1
    return dct.year


#: The unit below each, and how many of it make one: a fraction is written in it.
_SMALLER = {"Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def duration(amount: float | str, unit: str) -> str:
    """A TIMEX3 duration: P3D, PT4H, P1DE, PXY (an unknown number); a fraction goes into
    the next unit down where it comes out whole (2.5 years → P2Y6M, 1.5 hours → PT1H30M)."""
    smaller = _SMALLER.get(unit)
    if isinstance(amount, float) and not amount.is_integer() and smaller:
        rest = (amount % 1) * smaller[1]
        if rest.is_integer():
            whole = duration(float(int(amount)), unit) if amount >= 1 else "P"
            tail = duration(rest, smaller[0])[1:]
            if whole.count("T") and tail.startswith("T"):
                tail = tail[1:]  # one T before the time part: PT1H30M
            return whole + tail
    if isinstance(amount, float) and not amount.is_integer() and unit == "WE":
        number = "X"  # TIMEX3 counts weekends whole: "two and a half weekends" is vague
    elif isinstance(amount, float):
        number = str(int(amount)) if amount.is_integer() else f"{amount:g}"
    else:
        number = amount
    time = "T" if unit in {"H", "MIN", "S"} else ""
    letter = "M" if unit == "MIN" else unit
    return f"P{time}{number}{letter}"
