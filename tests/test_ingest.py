"""Ingest: everything read is stored or rejected; re-runs are no-ops; kills lose nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsgraph
from newsgraph.store import Store

pytestmark = pytest.mark.slow

PLACES = ["Nairobi", "Geneva", "Oslo", "Lima", "Hanoi", "Rabat", "Warsaw", "Seoul", "Cairo"]
TOPICS = ["port strike", "flood relief", "rail link", "tariff talks", "power shortage"]


def write_corpus(folder: Path, count: int) -> None:
    """Distinct small wire stories, generated so the test owns every word."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        place, topic = PLACES[i % len(PLACES)], TOPICS[i % len(TOPICS)]
        body = (f"{place} officials discuss {topic} (item {i})\n\n"
                f"{place.upper()} (Reuters) - Officials in {place} met on Tuesday to discuss "
                f"the {topic}, the city council said in statement number {i}. "
                f"Minister Anna Berg said the talks with the United Nations went well.\n"
                f"Berg added that a second round would follow in {PLACES[(i + 1) % 9]}.\n")
        (folder / f"story_{i:04d}.txt").write_text(body, encoding="utf-8")


def test_ingest_sample_stores_every_article_and_rejection(sample_dir: Path, store: Store) -> None:
    summary = newsgraph.ingest([sample_dir], store)
    stats = store.stats()
    assert summary.stored == stats["articles"] >= 20
    assert summary.read == summary.stored + summary.already_stored + sum(
        summary.rejected.values())
    assert sum(stats["rejected"].values()) == sum(summary.rejected.values()) >= 4


def test_ingest_twice_is_a_no_op(sample_dir: Path, store: Store) -> None:
    first = newsgraph.ingest([sample_dir], store)
    before = store.stats()
    second = newsgraph.ingest([sample_dir], store)
    assert second.stored == 0
    assert second.already_stored == first.stored + first.already_stored
    assert store.stats() == before


def test_ingest_same_text_twice_in_one_run_is_stored_once(tmp_path: Path, store: Store) -> None:
    write_corpus(tmp_path / "a", 3)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "copy.txt").write_bytes((tmp_path / "a" / "story_0001.txt").read_bytes())
    summary = newsgraph.ingest([tmp_path / "a", tmp_path / "b"], store)
    assert (summary.stored, summary.already_stored) == (3, 1)
    assert store.stats()["sources"] == 4


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_ingest_killed_with_sigkill_resumes_cleanly(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "kb.db"
    write_corpus(corpus, 400)
    command = [sys.executable, "-m", "newsgraph", "ingest", str(corpus), "--db", str(db),
               "--batch-size", "4"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 40 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_at_kill = _count(db)
    assert 0 < stored_at_kill < 400, "the ingest must be killed mid-run"

    with newsgraph.open(db) as kb:
        assert kb.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        summary = newsgraph.ingest([corpus], kb)
        assert summary.already_stored >= stored_at_kill
        assert summary.stored + summary.already_stored == 400
        stats = kb.stats()
        assert stats["articles"] == 400
        orphans = kb.conn.execute(
            "SELECT count(*) FROM mentions m LEFT JOIN entities e USING (article_id, entity_id)"
            " WHERE e.entity_id IS NULL").fetchone()[0]
        assert orphans == 0
