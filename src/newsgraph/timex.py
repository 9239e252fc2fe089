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


def duration(amount: float | str, unit: str) -> str:
    """A TIMEX3 duration: P3D, PT4H, P1DE, PXY (an unknown number)."""
    if isinstance(amount, float):
        number = str(int(amount)) if amount.is_integer() else f"{amount:g}"
    else:
        number = amount
    time = "T" if unit in {"H", "MIN", "S"} else ""
    letter = "M" if unit == "MIN" else unit
    return f"P{time}{number}{letter}"
