"""Shared fixtures: the sample corpus, a loaded pipeline, fresh databases, a span checker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsgraph
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample"


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The newsgraph pipeline on the installed small model (loaded once per session)."""
    from newsgraph import nlp as loader

    return loader.load(None)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with newsgraph.open(tmp_path / "kb.db") as kb:
        yield kb


def spans_of(record: dict[str, Any]) -> Iterator[tuple[str, list[int], str | None]]:
    """Every span a ``newsgraph.analysis/1`` record reports: (where, [s, e], claimed text)."""
    for zone in record["zones"]:
        yield "zone", zone["span"], None
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            yield "mention", mention, None
    for quote in record["quotes"]:
        yield "quote", quote["span"], quote.get("text")
        for part in quote.get("parts", []):
            yield "quote.part", part, None
        for key in ("speaker_span", "cue_span"):  # the cue is a lemma, not the words
            if quote.get(key):
                yield f"quote.{key}", quote[key], None
    for event in record["events"]:
        yield "event.trigger", event["trigger_span"], None
        yield "event.sentence", event["sentence_span"], None
    for time in record["times"]:
        yield "time", time["span"], time.get("text")
    for place in record["places"]:
        yield "place", place["span"], place.get("text")


def assert_spans_exact(record: dict[str, Any]) -> None:
    """Each span lies inside the text, is non-empty, and matches any text it claims."""
    text = record["article"]["text"]
    for where, (start, end), claimed in spans_of(record):
        assert 0 <= start < end <= len(text), (where, start, end, len(text))
        if claimed is not None:
            assert text[start:end] == claimed, (where, text[start:end], claimed)
    ids = {entity["id"] for entity in record["entities"]}
    for quote in record["quotes"]:  # speakers and channels are entities of the article
        assert {quote["speaker"], quote["channel"]} - {None} <= ids, quote
        cue = quote["cue_span"]  # and a cue is never part of the words it reports
        assert cue is None or not any(cue[0] < b and a < cue[1] for a, b in quote["parts"]), quote
    for place in record["places"]:  # a place is a mention of one of the entities
        assert place["entity"] is None or place["entity"] in ids, place
    for entity in record["entities"]:
        mentions = [text[s:e] for s, e in entity["mentions"]]
        assert all(m == m.strip() for m in mentions), mentions
        assert " ".join(entity["name"].split()) in {" ".join(m.split()) for m in mentions}
