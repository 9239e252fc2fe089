"""Quote scoring on brat standoff written here, and a floor on PolNeAR dev when present."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.evaluate.quotes import Article, Gold, Tally, evaluate, read_polnear

DATA = Path(__file__).resolve().parents[3] / "shared" / "eval" / "quotes" / "polnear" / "dev"

TEXT = "Ana Lopez said the dam will hold. “We are ready,” the mayor told reporters.\n"
#: One plain attribution and one whose content comes in two pieces around its cue.
ANN = (
    "T1\tSource 0 9\tAna Lopez\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 32\tthe dam will hold\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    "T4\tContent 34 45;46 49\tWe are ready\n"
    "T5\tSource 50 59\tthe mayor\n"
    "T6\tCue 60 64\ttold\n"
    "E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5\n"
)


def _split(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "paper_2016-03-01_dam.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "paper_2016-03-01_dam_ab12.ann").write_text(ANN, "utf-8")
    return tmp_path


def _quote(span: tuple[int, int], speaker: tuple[int, int] | None,
           cue: tuple[int, int] | None) -> dict[str, Any]:
    return {"span": list(span), "speaker_span": list(speaker) if speaker else None,
            "cue_span": list(cue) if cue else None, "speaker": None}


def test_read_polnear_reads_discontinuous_content_and_the_date(tmp_path: Path) -> None:
    (article,) = read_polnear(_split(tmp_path))
    assert article.published == "2016-03-01"
    second = article.gold[1]
    assert second.content == set(range(34, 45)) | set(range(46, 49))
    assert (second.source, second.cue) == ((50, 59), (60, 64))


def test_tally_perfect_prediction_scores_one(tmp_path: Path) -> None:
    (article,) = read_polnear(_split(tmp_path))
    tally = Tally()
    tally.add(article, [_quote((15, 32), (0, 9), (10, 14)),
                        _quote((33, 49), (50, 59), (60, 64))], {})
    result = tally.result()
    assert result["content_jaccard"]["f1"] == 1.0 and result["source"]["f1"] == 1.0
    assert result["speaker_accuracy"] == 1.0 and result["cue_accuracy"] == 1.0


def test_tally_partial_prediction_costs_recall_and_wrong_cue_costs_accuracy(
        tmp_path: Path) -> None:
    (article,) = read_polnear(_split(tmp_path))
    tally = Tally()
    # Only the first quote, with a cue one word too long and the speaker right.
    tally.add(article, [_quote((15, 32), (0, 9), (10, 18))], {})
    result = tally.result()
    assert result["content_jaccard"]["precision"] == 1.0
    assert result["content_jaccard"]["recall"] == 0.5
    assert result["cue"]["f1"] == 0.0 and result["cue_accuracy"] == 0.0
    assert result["speaker_accuracy"] == 1.0


def test_tally_low_overlap_is_no_match() -> None:
    # Jaccard 10/60 and overlap 10/40: below both bars.
    article = Article("a", TEXT, None, [Gold(content=set(range(0, 40)), source=None, cue=None)])
    tally = Tally()
    tally.add(article, [_quote((30, 60), None, None)], {})
    assert (tally.result()["jaccard"], tally.result()["overlap"]) == (0, 0)


@pytest.mark.skipif(not DATA.exists(), reason="evaluation data not found")
def test_evaluate_quotes_polnear_dev_floor() -> None:
    result = evaluate(DATA, peer=False)
    # Issue 4: content F1 ≥ 0.60 and speaker accuracy ≥ 0.88 (docs/quality.md).
    assert result["content_jaccard"]["f1"] >= 0.60
    assert result["speaker_accuracy"] >= 0.88
