"""Entities v0: NER mentions grouped within an article."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.entities import Mention, group_mentions, trim


def mention(text: str, label: str, at: int) -> Mention:
    return Mention(at, at + len(text), label, text)


def names(entities: list) -> list[tuple[str, str, int]]:
    return [(e.name, e.type, len(e.mentions)) for e in entities]


def test_entities_surname_joins_earlier_full_name() -> None:
    found = group_mentions([mention("Vladimir Putin", "PERSON", 0),
                            mention("Putin", "PERSON", 50)])
    assert names(found) == [("Vladimir Putin", "PERSON", 2)]


def test_entities_surname_before_full_name_joins_it() -> None:
    found = group_mentions([mention("Putin", "PERSON", 0),
                            mention("Vladimir Putin", "PERSON", 50)])
    assert names(found) == [("Vladimir Putin", "PERSON", 2)]


def test_entities_surname_tagged_org_joins_the_person() -> None:
    found = group_mentions([mention("Xi", "ORG", 0), mention("Xi Jinping", "PERSON", 20)])
    assert names(found) == [("Xi Jinping", "PERSON", 2)]


def test_entities_shared_surname_stays_apart() -> None:
    found = group_mentions([mention("George Bush", "PERSON", 0),
                            mention("Laura Bush", "PERSON", 20),
                            mention("Bush", "PERSON", 40)])
    assert names(found) == [("George Bush", "PERSON", 1), ("Laura Bush", "PERSON", 1),
                            ("Bush", "PERSON", 1)]


def test_entities_same_name_different_labels_is_one_entity_with_majority_label() -> None:
    found = group_mentions([mention("Xinhua", "PERSON", 0), mention("Xinhua", "ORG", 20),
                            mention("Xinhua", "ORG", 40)])
    assert names(found) == [("Xinhua", "ORG", 3)]


def test_entities_ids_follow_first_mention_order() -> None:
    found = group_mentions([mention("China", "GPE", 0), mention("Russia", "GPE", 10),
                            mention("China", "GPE", 20)])
    assert [(e.id, e.name) for e in found] == [("E1", "China"), ("E2", "Russia")]


@pytest.mark.parametrize(("text", "expected", "offset"), [
    ("the United Nations", "United Nations", 4),
    ("Russia's", "Russia", 0),
    ("Xi\n\n", "Xi", 0),
    ("  NATO", "NATO", 2),
])
def test_entities_trim_keeps_offsets_exact(text: str, expected: str, offset: int) -> None:
    trimmed = trim(Mention(100, 100 + len(text), "ORG", text))
    assert trimmed is not None
    assert (trimmed.text, trimmed.start, trimmed.end) == (
        expected, 100 + offset, 100 + offset + len(expected))


@pytest.mark.parametrize("text", ["the", "'s", "  ", "123"])
def test_entities_trim_drops_mentions_without_a_name(text: str) -> None:
    assert trim(Mention(0, len(text), "ORG", text)) is None


@pytest.mark.slow
def test_entities_component_skips_boilerplate_and_groups(nlp: object) -> None:
    text = ("Putin visits Beijing\n\nRussian President Vladimir Putin met Xi Jinping in Beijing "
            "on Thursday. Putin said the talks went well.\nALSO READ | Macron meets Scholz\n")
    doc = nlp(text)  # type: ignore[operator]
    found = {e[1]: e for e in doc._.newsgraph_entities}
    assert "Macron" not in found and "Scholz" not in found
    assert len(found["Vladimir Putin"][3]) == 3
    assert all(span.id_ for span in doc.spans["newsgraph.entities"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=20),
                          st.sampled_from(["PERSON", "ORG", "GPE", "NORP"])), max_size=20))
def test_entities_grouping_keeps_every_mention_once(raw: list[tuple[str, str]]) -> None:
    mentions, at = [], 0
    for text, label in raw:
        mentions.append(mention(text, label, at))
        at += len(text) + 1
    found = group_mentions(mentions)
    spans = sorted(span for entity in found for span in entity.mentions)
    assert spans == sorted((m.start, m.end) for m in mentions)


@pytest.mark.slow
def test_entities_dateline_keeps_the_place_and_drops_the_agency(nlp: object) -> None:
    doc = nlp("NAIROBI (Reuters) - Kenyan officials opened shelters in Garissa on Tuesday.")  # type: ignore[operator]
    names = {e[1] for e in doc._.newsgraph_entities}
    assert "Reuters" not in names
    assert "NAIROBI" in names
