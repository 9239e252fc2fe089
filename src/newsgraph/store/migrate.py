"""Numbered, transactional schema migrations (``migrations/NNNN_name.sql``)."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from importlib import resources

from ..errors import Errors, NewsgraphError

_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")


def available() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped with the package, in order."""
    folder = resources.files("newsgraph.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    return sorted(found)


def current_version(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Apply every migration newer than the database; each in its own transaction."""
    version = current_version(conn)
    migrations = available()
    known = migrations[-1][0] if migrations else 0
    if version > known:
        raise NewsgraphError(Errors.E005.format(path=path, found=version, known=known))
    for number, name, sql in migrations:
        if number <= version:
            continue
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        script = (
            f"BEGIN;\n{sql}\nINSERT INTO schema_migrations VALUES "
            f"({number}, '{name}', '{stamp}');\nCOMMIT;"
        )
        try:
            conn.executescript(script)
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version = number
    return version
