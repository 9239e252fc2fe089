"""The SQLite knowledge base: migrations, idempotent writes, reading back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import newsgraph
from newsgraph import Analysis, Article, Entity, NewsgraphError, Rejected, Rejection, Zone
from newsgraph.store import Store
from newsgraph.store.migrate import available

TEXT = "Putin met Xi in Beijing on Tuesday. Putin said the talks were useful."


def analysis(text: str = TEXT, source: str = "a.txt") -> Analysis:
    return Analysis(
        article=Article(text=text, source=source, outlet="Wire", published="2024-05-14"),
        zones=[Zone("heading", (0, 9))],
        entities=[Entity(id="E1", name="Putin", type="PERSON", mentions=[(0, 5), (36, 41)]),
                  Entity(id="E2", name="Beijing", type="GPE", mentions=[(24, 31)])],
    )


def test_store_is_wal_and_fully_migrated(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.version == available()[-1][0]


@pytest.mark.parametrize("table", ["articles", "rejected", "zones", "entities", "mentions",
                                   "quotes", "events", "event_participants", "times", "places",
                                   "article_sources", "quote_parts"])
def test_store_has_table(store: Store, table: str) -> None:
    assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_store_write_is_idempotent(store: Store) -> None:
    store.write([analysis()])
    store.write([analysis()])
    counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "entities", "mentions", "zones")]
    assert counts == [1, 2, 3, 1]


def test_store_same_text_from_another_source_is_remembered(store: Store) -> None:
    store.write([analysis(source="outlet-a.txt")])
    store.write([Article(text=TEXT, source="outlet-b.txt")])
    sources = {r[0] for r in store.conn.execute("SELECT source FROM article_sources")}
    assert sources == {"outlet-a.txt", "outlet-b.txt"}
    assert store.stats()["articles"] == 1


def test_store_analysis_round_trips_with_text(store: Store) -> None:
    original = analysis()
    store.write([original])
    assert store.analysis(original.article.id[:8]) == original.to_dict()


@pytest.mark.parametrize("article_id", ["", "nope"])
def test_store_unknown_article_is_a_coded_error(store: Store, article_id: str) -> None:
    with pytest.raises(NewsgraphError, match="E006"):
        store.analysis(article_id)


def test_store_rejections_are_stored_once(store: Store) -> None:
    item = Rejected("x.png", "read", Rejection.BINARY, "binary")
    store.write([item, item])
    assert store.rejected() == [{"source": "x.png", "stage": "read", "code": "R002",
                                 "label": "binary", "reason": "binary"}]


def test_store_failed_batch_leaves_nothing(store: Store) -> None:
    with pytest.raises(AttributeError):
        store.write([analysis(), "not a record"])  # type: ignore[list-item]
    assert store.stats()["articles"] == 0


def test_store_stats_and_articles(store: Store) -> None:
    store.write([analysis()])
    stats = store.stats()
    assert (stats["articles"], stats["entities"], stats["mentions"]) == (1, 2, 3)
    assert stats["top_entities"][0] == {"name": "Putin", "type": "PERSON", "articles": 1,
                                        "mentions": 2}
    assert [row["outlet"] for row in store.articles()] == ["Wire"]


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with newsgraph.open(path) as kb:
        kb.conn.execute("INSERT INTO schema_migrations VALUES (9999, 'future', 'now')")
    with pytest.raises(NewsgraphError, match="E005"):
        newsgraph.open(path)


def test_store_refuses_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for" * 100)
    with pytest.raises(NewsgraphError, match="E004"):
        newsgraph.open(path)


def test_store_reopen_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    with newsgraph.open(path) as kb:
        kb.write([analysis()])
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_store_keeps_actors_and_how_mentions_refer(store: Store) -> None:
    from newsgraph.models import Actor

    record = analysis()
    record.entities[0].actor = Actor(code="RUSGOV", country="RUS", sector="GOV", kb_id="Q7747")
    record.entities[0].coref = [(58, 60)]
    store.write([record])
    kinds = dict(store.conn.execute("SELECT kind, count(*) FROM mentions GROUP BY kind"))
    assert kinds == {"name": 3, "coref": 1}
    assert store.actors()[0] == {"code": "RUSGOV", "country": "RUS", "sector": "GOV",
                                 "kb_id": "Q7747", "name": "Putin", "articles": 1,
                                 "mentions": 3}


def test_store_keeps_times_with_their_details(store: Store) -> None:
    record = analysis()
    record.times = [{"id": "T1", "span": [27, 34], "text": "Tuesday", "type": "DATE",
                     "value": "2024-05-14", "mod": None, "range": None, "resolved": True}]
    store.write([record])
    rows = store.conn.execute(
        'SELECT time_id, start, "end", type, value, resolved FROM times').fetchall()
    assert [tuple(row) for row in rows] == [("T1", 27, 34, "DATE", "2024-05-14", 1)]
    assert store.stats()["times"] == 1


def test_store_keeps_places_and_events_with_their_participants(store: Store) -> None:
    record = analysis()
    record.places = [{"id": "P1", "span": [0, 5], "text": "Putin", "name": "Kyiv",
                      "country": "UKR", "lat": 50.45, "lon": 30.52, "geonames_id": 703448,
                      "feature": "capital", "entity": "E1", "role": "location"}]
    record.events = [{"id": "V1", "type": "CONSULT", "mode": "visit", "context": [],
                      "actors": ["E1"], "recipients": [], "trigger_span": [6, 10],
                      "sentence_span": [0, 20],
                      "date": {"value": "2024-05-14", "precision": "day", "time": None},
                      "place": "P1", "status": {"attributed_to": None, "aux": "future"},
                      "cameo": "04", "quad": 1, "score": 1.0, "confidence": 0.5}]
    store.write([record])
    place = store.conn.execute("SELECT geonames_id, role, entity_id FROM places").fetchone()
    assert tuple(place) == (703448, "location", "E1")
    event = store.conn.execute(
        "SELECT type, mode, date_value, place, aux, quad FROM events").fetchone()
    assert tuple(event) == ("CONSULT", "visit", "2024-05-14", "P1", "future", 1)
    dyads = store.conn.execute("SELECT entity_id, role FROM event_participants").fetchall()
    assert [tuple(d) for d in dyads] == [("E1", "actor")]
    assert store.stats()["events"] == 1 and store.stats()["places"] == 1


def test_store_keeps_facilities_within_their_town_and_quote_parts(store: Store) -> None:
    text = "“Only you,” she said, “would sign it.” Fans met at Hall Square in Kyiv."
    record = analysis(text=text)
    square, kyiv, second = text.index("Hall"), text.index("Kyiv"), text.index("“would")
    town = {"id": "P2", "span": [kyiv, kyiv + 4], "text": "Kyiv", "name": "Kyiv",
            "country": "UKR", "lat": 50.45, "lon": 30.52, "geonames_id": 703448,
            "feature": "capital", "entity": None, "role": "location"}
    record.places = [{**town, "id": "P1", "span": [square, square + 11], "text": "Hall Square",
                      "name": "Hall Square", "geonames_id": None, "feature": "facility",
                      "within": "P2"}, town]
    record.quotes = [{"id": "Q1", "kind": "direct", "span": [0, second + 16],
                      "text": text[:second + 16], "parts": [[0, 11], [second, second + 16]],
                      "speaker": None, "speaker_span": None, "cue": "say",
                      "cue_span": [16, 20], "channel": None, "repeat_of": None}]
    store.write([record])
    rows = store.conn.execute("SELECT place_id, feature, within FROM places ORDER BY place_id")
    assert [tuple(r) for r in rows] == [("P1", "facility", "P2"), ("P2", "capital", None)]
    parts = store.conn.execute('SELECT quote_id, start, "end" FROM quote_parts ORDER BY start')
    assert [tuple(r) for r in parts] == [("Q1", 0, 11), ("Q1", second, second + 16)]
