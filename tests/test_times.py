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
    ("It was January nineteen ninety-seven.", {"January nineteen ninety-seven": (
        "DATE", "1997-01")}),
    ("Unemployment was to halve by the year two thousand.",
     {"the year two thousand": ("DATE", "2000")}),
    ("Crime fell through the nineties.", {"the nineties": ("DATE", "199")}),
    ("The talks took 2 1/2 years.", {"2 1/2 years": ("DURATION", "P2Y6M")}),
    ("The call lasted an hour and a half.", {"an hour and a half": ("DURATION", "PT1H30M")}),
    ("The march took two and a half days.", {"two and a half days": ("DURATION", "P2DT12H")}),
    ("The base stays for 20 more years.", {"20 more years": ("DURATION", "P20Y")}),
    ("Rates will rise over the next couple of years.",
     {"the next couple of years": ("DURATION", "P2Y")}),
    ("The boy was found on Thanksgiving Day.", {"Thanksgiving Day": ("DATE", "2023-11-23")}),
    ("The church was full at Easter 2025.", {"Easter 2025": ("DATE", "2025-04-20")}),
    ("Shops will close next Christmas.", {"next Christmas": ("DATE", "2024-12-25")}),
    ("The blast came mid-afternoon yesterday.",
     {"mid-afternoon yesterday": ("TIME", "2024-05-15TAF")}),
    ("The court rules at midday.", {"midday": ("TIME", "2024-05-16T12:00")}),
    ("Profit in the latest quarter rose.", {"the latest quarter": ("DATE", "2024-Q1")}),
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
    "Rooms cost $55 a night and four flights a week leave.",
    "Iraq imports about three-quarters of its food.",
    "Two thousand people marched.",
    "Baker spoke on ABC's This Week about the war.",
    "For Poland, high noon has come.",
    "They sold Christmas trees.",
])
def test_times_non_times_do_not_fire(text: str) -> None:
    assert times(text) == []


def test_times_tense_sets_the_direction_of_a_weekday() -> None:
    past = values("The envoy arrived on Tuesday.")
    future = values("The envoy will arrive on Tuesday.")
    assert past["Tuesday"][1] == "2024-05-14" and future["Tuesday"][1] == "2024-05-21"


def test_times_soon_as_a_weekday_looks_ahead() -> None:
    found = values("Officials said the group could leave as early as Tuesday.")
    assert found["Tuesday"][1] == "2024-05-21"


def test_times_infinitive_under_a_past_verb_is_not_the_future() -> None:
    found = values("The city staged concerts to mark the anniversary on Wednesday.")
    assert found["Wednesday"][1] == "2024-05-15"


def test_times_participle_dates_are_past() -> None:
    found = values("Revenue for the year ended Sept. 30 rose 4%.")
    assert found["Sept. 30"][1] == "2023-09-30"


def test_times_last_month_name_is_the_latest_but_not_the_month_just_gone() -> None:
    assert values("The plan was approved last January.")["last January"][1] == "2024-01"
    assert values("The plan was approved last April.")["last April"][1] == "2023-04"
    assert values("The plan will start next April.")["next April"][1] == "2025-04"


def test_times_year_end() -> None:
    (found,) = times("The deal should close by year-end.")
    assert (found["value"], found["mod"]) == ("2024", "END")
    assert values("Shares have risen 8% since year-end.")["year-end"][1] == "2023"


def test_times_that_year_takes_the_date_named_before() -> None:
    found = {t["text"]: t for t in times(
        "He fled in June 1998 and returned later that year. That day was long.")}
    assert found["later that year"]["value"] == "1998"
    assert found["That day"]["value"] is None and not found["That day"]["resolved"]


def test_times_tense_sets_the_year_of_a_month() -> None:
    assert values("The minister resigned in September.")["September"][1] == "2023-09"
    assert values("The minister will resign in September.")["September"][1] == "2024-09"


def test_times_clock_and_day_are_one_expression() -> None:
    assert values("The blast came at 10 p.m. Wednesday.") == {
        "10 p.m. Wednesday": ("TIME", "2024-05-15T22:00")}
    assert values("He landed at 4 a.m. EDT Thursday.") == {
        "4 a.m. EDT Thursday": ("TIME", "2024-05-16T04:00")}


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


def test_timex_holidays() -> None:
    assert timex.easter(2024) == date(2024, 3, 31) and timex.easter(2000) == date(2000, 4, 23)
    assert timex.holiday(2024, "11 4 4") == date(2024, 11, 28)  # fourth Thursday
    assert timex.holiday(2024, "5 1 -1") == date(2024, 5, 27)  # last Monday
    assert timex.holiday(2024, "11 1 1 1") == date(2024, 11, 5)  # the day after a Monday
    assert timex.holiday_near(date(2024, 1, 5), "12-25", -1) == date(2023, 12, 25)
    assert timex.holiday_near(date(2024, 12, 20), "12-25", 0) == date(2024, 12, 25)


def test_timex_weekday_on_the_dct_itself() -> None:
    thursday = date(2024, 5, 16)
    assert timex.weekday(thursday, 4, -1) == thursday == timex.weekday(thursday, 4, 1)


def test_timex_durations() -> None:
    assert timex.duration(3.0, "D") == "P3D" and timex.duration(2.5, "Y") == "P2Y6M"
    assert timex.duration(1.5, "MIN") == "PT1M30S" and timex.duration(2.5, "W") == "P2.5W"
    assert timex.duration(4.0, "H") == "PT4H" and timex.duration("X", "MIN") == "PTXM"
    assert timex.duration(2.0, "WE") == "P2WE" and timex.duration(2.5, "WE") == "PXWE"


# fuzzing: time words in any order never break the stage, and every value is TIMEX3

_TIMEX3 = re.compile(
    r"(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?=[\dXT])(?:(?:\d+(?:\.\d+)?|X)[YMWD]|(?:\d+|X)WE)*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?"
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
    "and a half", "1/2", "more", "Christmas", "Thanksgiving", "Easter", "year-end", "that",
    "same", "two thousand", "the nineties", "as early as", "EDT", "midday", "latest",
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
