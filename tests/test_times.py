"""Times: every pattern family, tense direction, calendar edges, no DCT, non-times — in
sentences written for these tests."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph import timex

pytestmark = pytest.mark.slow

DCT = "2024-05-16"  # a Thursday, in ISO week 20 and the second quarter


def times(text: str, published: str | None = DCT) -> list[dict[str, Any]]:
    return newsgraph.analyze(text, published=published).times


def values(text: str, published: str | None = DCT) -> dict[str, tuple[str, str | None]]:
    return {t["text"]: (t["type"], t["value"]) for t in times(text, published)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The treaty was signed on March 3, 2019.", {"March 3, 2019": ("DATE", "2019-03-03")}),
    ("Talks opened on 8 January 2024.", {"8 January 2024": ("DATE", "2024-01-08")}),
    ("The file is dated 2023-11-30.", {"2023-11-30": ("DATE", "2023-11-30")}),
    ("The mine closed in June 2021.", {"June 2021": ("DATE", "2021-06")}),
    ("The war began in 2014.", {"2014": ("DATE", "2014")}),
    ("It was built in the 1990s.", {"the 1990s": ("DATE", "199")}),
    ("The empire fell in the 18th century.", {"the 18th century": ("DATE", "17")}),
    ("Profits fell in the first quarter of 2023.",
     {"the first quarter of 2023": ("DATE", "2023-Q1")}),
    ("The vote is due this summer.", {"this summer": ("DATE", "2024-SU")}),
    ("The team arrived yesterday.", {"yesterday": ("DATE", "2024-05-15")}),
    ("The ministers met this morning.", {"this morning": ("TIME", "2024-05-16TMO")}),
    ("The rally began at 3 p.m.", {"3 p.m.": ("TIME", "2024-05-16T15:00")}),
    ("Troops left two days ago.", {"two days ago": ("DATE", "2024-05-14")}),
    ("Prices rose last month.", {"last month": ("DATE", "2024-04")}),
    ("Sales doubled last year.", {"last year": ("DATE", "2023")}),
    ("The court sits next week.", {"next week": ("DATE", "2024-W21")}),
    ("The siege lasted six years.", {"six years": ("DURATION", "P6Y")}),
    ("The strike lasted 90 days.", {"90 days": ("DURATION", "P90D")}),
    ("A 10-hour shift ended.", {"10-hour": ("DURATION", "PT10H")}),
    ("Exports grew over the past three years.", {"the past three years": ("DURATION", "P3Y")}),
    ("Fighting has gone on for years.", {"years": ("DURATION", "PXY")}),
    ("Tensions grew in recent years.", {"recent years": ("DATE", "PAST_REF")}),
    ("Prices are high now.", {"now": ("DATE", "PRESENT_REF")}),
    ("The council meets every two years.", {"every two years": ("SET", "P2Y")}),
    ("The market opens on Tuesdays.", {"Tuesdays": ("SET", "XXXX-WXX-2")}),
    ("The paper is printed daily.", {"daily": ("SET", "P1D")}),
    ("The newspaper published it in nineteen ninety-six.",
     {"nineteen ninety-six": ("DATE", "1996")}),
])
def test_times_pattern_families(text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert values(text) == expected


def test_times_modifiers_are_part_of_the_expression() -> None:
    found = {t["text"]: t["mod"] for t in times(
        "Nearly two years passed. The dam was built in early 1998.")}
    assert found == {"Nearly two years": "APPROX", "early 1998": "START"}


def test_times_open_ended_range() -> None:
    (found,) = times("The plan runs until at least 2030.")
    assert (found["text"], found["value"], found["mod"], found["range"]) == (
        "at least 2030", "2030", "EQUAL_OR_MORE", "until")
    (since,) = times("Since 2022 the port has been closed.")
    assert since["range"] == "since"


def test_times_75_years_since_is_a_duration() -> None:
    assert values("It is 75 years since the war ended.") == {"75 years": ("DURATION", "P75Y")}


@pytest.mark.parametrize("text", [
    "The government unveiled a 12-point plan.",
    "About 8,000 people marched through the city.",
    "Police said 2000 people were detained.",
    "A 6-year-old boy was found safe.",
    "She may run again, officials said.",
    "Prices fall when supply rises.",
])
def test_times_non_times_do_not_fire(text: str) -> None:
    assert times(text) == []


def test_times_tense_sets_the_direction_of_a_weekday() -> None:
    past = values("The envoy arrived on Tuesday.")
    future = values("The envoy will arrive on Tuesday.")
    assert past["Tuesday"][1] == "2024-05-14" and future["Tuesday"][1] == "2024-05-21"


def test_times_tense_sets_the_year_of_a_month() -> None:
    assert values("The minister resigned in September.")["September"][1] == "2023-09"
    assert values("The minister will resign in September.")["September"][1] == "2024-09"


def test_times_clock_and_day_are_one_expression() -> None:
    assert values("The blast came at 10 p.m. Wednesday.") == {
        "10 p.m. Wednesday": ("TIME", "2024-05-15T22:00")}


def test_times_following_year_is_anchored_to_the_date_named_before() -> None:
    found = values("He was promoted on May 22, 1995, and the following year he retired.")
    assert found["the following year"] == ("DATE", "1996")


def test_times_a_year_ago_after_a_quarter_is_that_quarter() -> None:
    found = values("Net income rose in the third quarter, from $5 million a year ago.")
    assert found["the third quarter"][1] == "2023-Q3"
    assert found["a year ago"][1] == "2022-Q3"


def test_times_without_a_dct_relative_values_say_so() -> None:
    by_text = {t["text"]: t for t in times("Talks resumed on Tuesday, after the 2019 accord.",
                                           published=None)}
    assert by_text["Tuesday"]["value"] == "XXXX-WXX-2" and not by_text["Tuesday"]["resolved"]
    assert by_text["2019"]["value"] == "2019" and by_text["2019"]["resolved"]


def test_times_dateline_gives_the_dct() -> None:
    text = "LONDON, March 4, 2024 (Reuters) - The talks resumed on Friday after a pause."
    by_text = {t["text"]: t for t in times(text, published=None)}
    assert by_text["Friday"]["value"] == "2024-03-01" and by_text["Friday"]["resolved"]


def test_times_nothing_from_boilerplate() -> None:
    found = times("Markets rose on Monday as traders bought shares across the region.\n"
                  "ALSO READ | Talks collapse on Friday")
    assert [t["text"] for t in found] == ["Monday"]


# calendar arithmetic


def test_timex_week_of_a_day_across_a_year_end() -> None:
    assert timex.at(date(2024, 12, 30), "W") == "2025-W01"
    assert timex.at(timex.shift(date(2021, 1, 7), "W", -1), "W") == "2020-W53"


def test_timex_quarter_year_looks_back_across_a_year_end() -> None:
    assert timex.quarter_year(date(2024, 1, 10), 4, -1) == 2023
    assert timex.quarter_year(date(2024, 1, 10), 1, -1) == 2024


def test_timex_month_shift_clamps_a_leap_day() -> None:
    assert timex.shift(date(2024, 2, 29), "Y", -1) == date(2023, 2, 28)
    assert timex.shift(date(2024, 1, 31), "M", 1) == date(2024, 2, 29)


def test_timex_leap_day_without_a_year() -> None:
    assert timex.month_day(date(2025, 3, 1), 2, 29, -1) == date(2024, 2, 29)
    assert timex.day_of(2023, 2, 29) is None


def test_timex_weekday_on_the_dct_itself() -> None:
    thursday = date(2024, 5, 16)
    assert timex.weekday(thursday, 4, -1) == thursday == timex.weekday(thursday, 4, 1)


def test_timex_durations() -> None:
    assert timex.duration(3.0, "D") == "P3D" and timex.duration(2.5, "Y") == "P2.5Y"
    assert timex.duration(4.0, "H") == "PT4H" and timex.duration("X", "MIN") == "PTXM"


# fuzzing: time words in any order never break the stage, and every value is TIMEX3

_TIMEX3 = re.compile(
    r"(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:T?(?:\d+(?:\.\d+)?|X)[YMWDHS]|(?:\d+|X)WE)"
    r"|(?:\d{2,4}|XXXX)(?:-(?:W(?:\d{2}|XX)(?:-(?:\d|WE))?|Q[1-4X]|H[12]|SP|SU|FA|WI"
    r"|\d{2}|XX)(?:-(?:\d{2}|XX))?)?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?"
    r"|XXXX-WXX-\d(?:T(?:MO|AF|EV|NI))?)$")
_WORDS = st.sampled_from([
    "last", "next", "this", "the", "past", "early", "late", "mid-", "about", "at least",
    "every", "each", "since", "until", "ago", "earlier", "from now", "year-earlier",
    "Monday", "Tuesdays", "night", "morning", "May", "March", "Sept.", "Feb.", "29", "30",
    "31", "0", "1", "12", "2024", "1999", "1990s", "'80s", "21st", "0th", "century",
    "quarter", "third", "half", "week", "weekend", "weeks", "month", "year", "years",
    "decade", "days", "hours", "two", "twenty-one", "a few", "nineteen ninety", "a.m.",
    "p.m.", "noon", "today", "yesterday", "tonight", "now", "recent", "summer", "fall",
    "daily", "per", "old", "-", ",", ".", "of", "in", "on", "at", "said", "will meet",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=14).map(" ".join),
       st.sampled_from([DCT, "2024-02-29", "2021-01-01", "2020-12-31", None]))
def test_times_fuzzed_time_words(text: str, published: str | None) -> None:
    for found in times(text, published):
        start, end = found["span"]
        assert 0 <= start < end <= len(text) and text[start:end] == found["text"]
        assert found["value"] is None or _TIMEX3.match(found["value"]), found


def test_times_ids_run_on_past_boilerplate() -> None:
    found = times("Markets rose on Monday as traders bought shares across the region.\n"
                  "ALSO READ | Talks collapse on Friday\nPrices fell on Tuesday in Asia too.")
    assert [(t["id"], t["text"]) for t in found] == [("T1", "Monday"), ("T2", "Tuesday")]
