"""The benchmark runs end to end on a few sample articles (its figures are in quality.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.bench import SIDES, run_bench

pytestmark = pytest.mark.slow


def test_bench_measures_every_side_on_the_same_articles(sample_dir: Path) -> None:
    result = run_bench(sample_dir / "text", limit=4)
    assert [result[side]["articles"] for side in SIDES] == [4, 4, 4]
    assert all(result[side]["seconds"] > 0 and result[side]["peak_rss_mb"] > 100
               for side in SIDES)
    assert "newsgraph_quotes" in result["newsgraph"]["pipes"]
    assert "lemmatizer" in result["spacy"]["pipes"]
    assert "lemmatizer" not in result["spacy_same_pipes"]["pipes"]
    assert result["ratio"] > 0
