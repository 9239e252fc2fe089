"""The knowledge base: one SQLite file in WAL mode, written by one writer.

Articles are content-addressed, so storing the same text again is a no-op (its new source
is remembered). Each ``write`` is one transaction: a process killed mid-ingest loses only
the batch it was writing, and the next run picks up from there.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from ..errors import Errors, NewsgraphError
from ..models import Analysis, Article, Rejected
from .migrate import migrate


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A newsgraph knowledge base. Use ``newsgraph.open(path)``; close it (or use ``with``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 10000")
            self.conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL keeps every committed transaction across a killed process.
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.version = migrate(self.conn, self.path)
        except sqlite3.DatabaseError as exc:
            raise NewsgraphError(Errors.E004.format(path=self.path, reason=exc)) from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored already."""
        wanted = list(ids)
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    def write(self, items: Iterable[Analysis | Rejected | Article]) -> None:
        """Store a batch in one transaction. An ``Article`` alone records another source
        of text that is stored already."""
        with self._transaction() as conn:
            for item in items:
                if isinstance(item, Analysis):
                    _insert_analysis(conn, item)
                elif isinstance(item, Rejected):
                    _insert_rejected(conn, item)
                else:
                    _insert_source(conn, item.id, item)

    def _transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    # -- reading -----------------------------------------------------------------------

    def articles(self, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles, newest publication first, with entity counts."""
        rows = self.conn.execute(
            "SELECT a.id, a.published, a.outlet, a.title, a.source, length(a.text) AS chars,"
            " (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities"
            " FROM articles a ORDER BY a.published IS NULL, a.published DESC, a.ingested_at, a.id"
            " LIMIT ? OFFSET ?", (limit, offset))
        return [dict(row) for row in rows]

    def analysis(self, article_id: str) -> dict[str, Any]:
        """The stored ``newsgraph.analysis/1`` record of one article (id or unique prefix)."""
        rows = self.conn.execute(
            "SELECT text, analysis FROM articles WHERE id LIKE ? || '%' LIMIT 2",
            (article_id,)).fetchall()
        if len(rows) != 1 or not article_id:
            raise NewsgraphError(Errors.E006.format(id=article_id, path=self.path))
        record: dict[str, Any] = json.loads(rows[0]["analysis"])
        record["article"]["text"] = rows[0]["text"]
        return record

    def actors(self, *, limit: int = 50, known: bool = False) -> list[dict[str, Any]]:
        """Actors by the number of articles and mentions that name them; with ``known``,
        only those with a country or a knowledge-base id (not bare "officials")."""
        where = " AND (e.country IS NOT NULL OR e.kb_id IS NOT NULL)" if known else ""
        rows = self.conn.execute(
            "SELECT e.actor_code AS code, e.country, e.sector, e.kb_id,"
            " (SELECT name FROM entities x WHERE x.actor_code = e.actor_code"
            "  AND x.kb_id IS e.kb_id GROUP BY name ORDER BY count(*) DESC LIMIT 1) AS name,"
            " count(DISTINCT e.article_id) AS articles, count(m.start) AS mentions"
            " FROM entities e JOIN mentions m"
            " ON m.article_id = e.article_id AND m.entity_id = e.entity_id"
            f" WHERE e.actor_code IS NOT NULL{where} GROUP BY e.actor_code, e.kb_id"
            " ORDER BY articles DESC, mentions DESC, code LIMIT ?", (limit,))
        return [dict(row) for row in rows]

    def rejected(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT source, stage, code, label, reason FROM rejected ORDER BY id")
        return [dict(row) for row in rows]

    def stats(self, *, top: int = 10) -> dict[str, Any]:
        """Counts for a first look: articles, rejections by code, facts, top entities."""
        one = self._scalar
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "sources": one("SELECT count(*) FROM article_sources"),
            "outlets": one("SELECT count(DISTINCT outlet) FROM articles"),
            "rejected": {row["code"] + " " + row["label"]: row["n"] for row in self.conn.execute(
                "SELECT code, label, count(*) AS n FROM rejected GROUP BY code ORDER BY code")},
            "entities": one("SELECT count(*) FROM entities"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "events": one("SELECT count(*) FROM events"),
            "times": one("SELECT count(*) FROM times"),
            "places": one("SELECT count(*) FROM places"),
            "zones": {row["kind"]: row["n"] for row in self.conn.execute(
                "SELECT kind, count(*) AS n FROM zones GROUP BY kind ORDER BY kind")},
            "top_actors": self.actors(limit=top, known=True),
            "top_entities": [dict(row) for row in self.conn.execute(
                "SELECT e.name, e.type, count(DISTINCT e.article_id) AS articles,"
                " count(m.start) AS mentions FROM entities e JOIN mentions m"
                " ON m.article_id = e.article_id AND m.entity_id = e.entity_id"
                " WHERE e.type != 'GROUP'"  # agent phrases ("officials") are no names
                " GROUP BY e.name, e.type ORDER BY articles DESC, mentions DESC, e.name LIMIT ?",
                (top,))],
        }

    def _scalar(self, sql: str) -> int:
        return int(self.conn.execute(sql).fetchone()[0])


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any error."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")


def _insert_analysis(conn: sqlite3.Connection, analysis: Analysis) -> None:
    article = analysis.article
    record = analysis.to_dict()
    record["article"] = {k: v for k, v in record["article"].items() if k != "text"}
    cursor = conn.execute(
        "INSERT OR IGNORE INTO articles (id, sha256, source, url, outlet, title, author,"
        " published, language, text, analysis, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article.id, hashlib.sha256(article.text.encode("utf-8")).hexdigest(), article.source,
         article.url, article.outlet, article.title, article.author, article.published,
         article.language, article.text, json.dumps(record, ensure_ascii=False), _now()))
    _insert_source(conn, article.id, article)
    if cursor.rowcount == 0:  # the same text was stored before: nothing more to add
        return
    aid = article.id
    conn.executemany("INSERT INTO zones VALUES (?, ?, ?, ?)",
                     [(aid, z.kind, *z.span) for z in analysis.zones])
    conn.executemany(
        "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(aid, e.id, e.name, e.type, *(_actor_columns(e.actor))) for e in analysis.entities])
    conn.executemany(
        "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(aid, q["id"], q["kind"], *q["span"], q["speaker"], *(q["speaker_span"] or (None, None)),
          q["cue"], *(q["cue_span"] or (None, None)), q["channel"], q["repeat_of"])
         for q in analysis.quotes])
    conn.executemany(
        "INSERT INTO quote_parts (article_id, quote_id, start, \"end\") VALUES (?, ?, ?, ?)",
        [(aid, q["id"], *part) for q in analysis.quotes for part in q.get("parts") or []])
    conn.executemany(
        "INSERT INTO times (article_id, start, \"end\", type, value, time_id, mod, range,"
        " resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(aid, *t["span"], t["type"], t["value"], t["id"], t["mod"], t["range"],
          int(t["resolved"])) for t in analysis.times])
    conn.executemany(
        "INSERT INTO events (article_id, event_id, type, mode, trigger_start, trigger_end,"
        " sentence_start, sentence_end, date_value, date_precision, place, attributed_to, aux,"
        " cameo, quad, score, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?)",
        [(aid, v["id"], v["type"], v["mode"], *v["trigger_span"], *v["sentence_span"],
          *((v["date"]["value"], v["date"]["precision"]) if v["date"] else (None, None)),
          v["place"], v["status"]["attributed_to"], v["status"]["aux"], v["cameo"], v["quad"],
          v["score"], v["confidence"]) for v in analysis.events])
    conn.executemany(
        "INSERT INTO event_participants (article_id, event_id, entity_id, role)"
        " VALUES (?, ?, ?, ?)",
        [(aid, v["id"], entity, role) for v in analysis.events
         for role, key in (("actor", "actors"), ("recipient", "recipients"))
         for entity in v[key]])
    conn.executemany(
        "INSERT INTO places (article_id, place_id, start, \"end\", name, country, lat, lon,"
        " geonames_id, feature, text, entity_id, role, within) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, ?)",
        [(aid, p["id"], *p["span"], p["name"], p["country"], p["lat"], p["lon"],
          p["geonames_id"], p["feature"], p["text"], p["entity"], p["role"], p.get("within"))
         for p in analysis.places])
    conn.executemany(
        "INSERT INTO mentions (article_id, entity_id, start, \"end\", kind) VALUES (?, ?, ?, ?, ?)",
        [(aid, e.id, s, t, kind) for e in analysis.entities
         for kind, spans in (("name", e.mentions), ("coref", e.coref)) for s, t in spans])


def _actor_columns(actor: Any) -> tuple[Any, Any, Any, Any]:
    if actor is None:
        return (None, None, None, None)
    return (actor.code, actor.country, actor.sector, actor.kb_id)


def _insert_source(conn: sqlite3.Connection, article_id: str, article: Article) -> None:
    # Only for a stored article: the copy of a text whose analysis failed has no row to join.
    conn.execute(
        "INSERT OR IGNORE INTO article_sources SELECT ?, ?, ?, ?, ?, ?"
        " WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
        (article_id, article.source, article.url, article.outlet, article.published, _now(),
         article_id))


def _insert_rejected(conn: sqlite3.Connection, item: Rejected) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO rejected (source, stage, code, label, reason, seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (item.source, item.stage, item.code.value, item.code.label, item.reason, _now()))

