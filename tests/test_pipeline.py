"""The pipeline end to end: contract shape, exact offsets, order, robustness."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from conftest import assert_spans_exact
from newsgraph import Analysis, Article, Options, Rejected, Rejection
from newsgraph import pipeline as pipeline_module

pytestmark = pytest.mark.slow

STORY = (
    "Putin visits China for talks with Xi\n\n"
    "By Maria Chen\n\n"
    "BEIJING (Reuters) - Russian President Vladimir Putin arrived in China on Tuesday for a "
    "two-day state visit and talks with Xi Jinping, the Kremlin said.\n"
    "ALSO READ | Macron and Scholz meet in Paris\n"
    "\"We are open to a dialogue,\" Putin told Xinhua before the visit.\n"
    "(with inputs from agencies)\n"
)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(newsgraph.json_schema())


def test_pipeline_analyze_text_gives_a_valid_contract(validator: Any) -> None:
    record = newsgraph.analyze(STORY, published="2024-05-14").to_dict()
    validator.validate(record)
    assert record["article"]["published"] == "2024-05-14"
    assert record["article"]["language"] == "en"
    assert_spans_exact(record)


def test_pipeline_boilerplate_mentions_are_not_reported() -> None:
    record = newsgraph.analyze(STORY).to_dict()
    names = {e["name"] for e in record["entities"]}
    assert "Vladimir Putin" in names
    assert not names & {"Macron", "Scholz", "Paris"}


def test_pipeline_heading_is_its_own_sentence(nlp: Any) -> None:
    doc = nlp("Floods hit the north\nThousands of people left their homes on Monday.")
    assert [s.text.strip() for s in doc.sents][:2] == [
        "Floods hit the north", "Thousands of people left their homes on Monday."]


def test_pipeline_doc_text_is_article_text(nlp: Any) -> None:
    assert nlp(STORY).text == STORY


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_pipeline_analyze_rejects_wrong_types(bad: Any) -> None:
    with pytest.raises(TypeError, match="E001"):
        newsgraph.analyze(bad)


def test_pipeline_items_keep_input_order_with_rejections() -> None:
    long = STORY * 2
    items: list[Article | Rejected] = [
        Article(text="", source="empty"),
        Article(text=long, source="first"),
        Rejected("broken", "read", Rejection.BINARY, "binary"),
        Article(text=long.replace("Tuesday", "Monday"), source="second"),
        Article(text="short", source="short"),
    ]
    results = list(newsgraph.analyze_items(items, Options(batch_size=1)))
    assert [(type(r).__name__, getattr(r, "source", None) or r.article.source)
            for r in results] == [("Rejected", "empty"), ("Analysis", "first"),
                                  ("Rejected", "broken"), ("Analysis", "second"),
                                  ("Rejected", "short")]


def test_pipeline_one_failing_article_does_not_stop_the_batch(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline_module.from_doc

    def flaky(doc: Any, article: Article) -> Analysis:
        if article.source == "bad":
            raise RuntimeError("injected failure")
        return real(doc, article)

    monkeypatch.setattr(pipeline_module, "from_doc", flaky)
    items = [Article(text=STORY + suffix, source=name)
             for name, suffix in (("good", ""), ("bad", " "), ("also good", "  "))]
    results = list(newsgraph.analyze_items(items))
    assert [type(r).__name__ for r in results] == ["Analysis", "Rejected", "Analysis"]
    assert isinstance(results[1], Rejected)
    assert results[1].code is Rejection.ANALYSIS_FAILED


def test_pipeline_every_sample_article_is_valid(sample_dir: Path, validator: Any) -> None:
    results = list(newsgraph.analyze_paths([sample_dir]))
    analyses = [r for r in results if isinstance(r, Analysis)]
    assert len(analyses) >= 20
    for analysis in analyses:
        record = analysis.to_dict()
        validator.validate(record)
        assert_spans_exact(record)


_WORDS = st.sampled_from([
    "Putin", "Xi Jinping", "the", "said", "on", "Tuesday", "NATO", "Kyiv", "Russian forces",
    "\"We will talk,\"", "he", "told", "Reuters", ".", ",", "United Nations", "Ms Hewitt",
    "Washington", "—", "'s", "(AP)", "é", "中国", "🙂", "\u200b", "\t", "Paris, Texas",
    "in the Kharkiv region", "Kiev", "the Middle East", "Calif.", "Washington, D.C.", "EU",
    "attacked", "will visit", "sanctions on", "did not", "accused", "of helping", "agreed to",
    "must", "unless", "if", "ethnic Albanians", "it", "they", "Nuevo", "León", "South Lebanon",
    "to protest against", "after the attack", "called off", "nuclear talks", "quay",
    "the governor of", "the island of", "located in", "-on-", "-", "Victoria", "she",
    "called on", "by the ministry", "the poll shows", "and that", "Miss", "Thames",
])
_LINES = st.one_of(
    st.lists(_WORDS, min_size=1, max_size=25).map(" ".join),
    st.sampled_from(["ALSO READ | Other news", "By Jane Roe", "LONDON (Reuters) - ",
                     "(with inputs from agencies)", "", "Photo: AFP"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, min_size=1, max_size=12).map("\n".join))
def test_pipeline_every_span_points_at_its_text(text: str) -> None:
    assert_spans_exact(newsgraph.analyze(text).to_dict())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_pipeline_analyze_never_raises_on_any_unicode(text: str) -> None:
    record = newsgraph.analyze(text).to_dict()
    assert record["article"]["text"] == text
    assert_spans_exact(record)
