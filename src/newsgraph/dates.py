"""Publication dates: every source's shape of date becomes ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date, datetime
from time import struct_time
from typing import Any

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: Any) -> str | None:
    """A publication date as ``YYYY-MM-DD``, from the many shapes sources give; else None."""
    if value is None or value == "":
        return None
    if isinstance(value, struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        match = _ISO_DATE.match(value)
        if match:
            try:
                return date(*(int(g) for g in match.groups())).isoformat()
            except ValueError:
                return None
    return None
