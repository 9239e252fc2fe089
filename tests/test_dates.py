"""Publication dates from every source shape."""

from __future__ import annotations

import time
from datetime import date, datetime
from typing import Any

import pytest

from newsgraph import NewsgraphError, Options
from newsgraph.dates import normalise_date


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-05-16", "2024-05-16"),
    ("2024-05-16T10:30:00Z", "2024-05-16"),
    (" 2024-05-16 ", "2024-05-16"),
    (datetime(2024, 5, 16, 23, 59), "2024-05-16"),
    (date(2024, 5, 16), "2024-05-16"),
    (time.strptime("16 May 2024", "%d %B %Y"), "2024-05-16"),
    ("2024-02-30", None),
    ("16/05/2024", None),
    ("last week", None),
    ("", None),
    (None, None),
    (20240516, None),
])
def test_dates_normalise(value: Any, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize("published", ["last week", "2024-13-01", "2024-05-16T10:00"])
def test_dates_options_refuse_a_bad_default_date(published: str) -> None:
    with pytest.raises(NewsgraphError, match="E007"):
        Options(published=published)
