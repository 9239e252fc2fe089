"""Extraction scoring, and a quality floor on the public benchmark when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.extract import evaluate, match, score, shingles

DATA = Path(__file__).resolve().parents[3] / "shared" / "eval" / "extract"


def test_evaluate_extract_shingles_are_four_word_windows() -> None:
    assert list(shingles("one two three four five")) == [
        ("one", "two", "three", "four"), ("two", "three", "four", "five")]


def test_evaluate_extract_short_text_is_one_shingle() -> None:
    assert list(shingles("just two")) == [("just", "two")]


def test_evaluate_extract_perfect_match() -> None:
    text = "the quick brown fox jumps over the lazy dog"
    assert match(text, text) == (1.0, 0.0, 0.0)
    assert score([match(text, text)]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_evaluate_extract_extra_text_costs_precision_not_recall() -> None:
    gold = "the quick brown fox jumps over the lazy dog"
    row = match(gold, gold + " subscribe to our newsletter for more stories today")
    result = score([row])
    assert result["recall"] == 1.0
    assert result["precision"] < 0.5


def test_evaluate_extract_empty_prediction_scores_zero() -> None:
    assert score([match("some words in the gold text", "")])["recall"] == 0.0


@pytest.mark.skipif(not DATA.exists(), reason=f"evaluation data not found at {DATA}")
def test_evaluate_extract_benchmark_floor() -> None:
    result = evaluate(DATA)
    assert result["pages"] == 92
    # Measured 0.964 (docs/quality.md); the floor leaves room for library updates only.
    assert result["article_text"]["f1"] >= 0.95
