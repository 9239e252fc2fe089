"""Stance nouns with a named holder, in text written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph

pytestmark = pytest.mark.slow


def quotes(text: str) -> list[dict[str, Any]]:
    return newsgraph.analyze(text, published="2024-05-16").quotes


@pytest.mark.parametrize(("text", "cue", "speaker", "words"), [
    ("Senator Ruiz's sharp attacks on the governor drew applause.",
     "sharp attacks on", "Ruiz", "the governor"),
    ("Senator Ruiz's endorsement of Ode surprised the party.",
     "endorsement of", "Ruiz", "Ode"),
])
def test_stance_nouns_report_what_a_named_holder_takes_a_stance_on(
        text: str, cue: str, speaker: str, words: str) -> None:
    found = quotes(text)
    assert [(text[slice(*q["cue_span"])], text[slice(*q["speaker_span"])], q["text"])
            for q in found] == [(cue, speaker, words)]


@pytest.mark.parametrize("text", [
    "Criticism of the harbour plan grew over the summer.",
    "The senator's attacks on the governor drew applause.",  # a holder that names no one
])
def test_stance_nouns_without_a_named_holder_report_nothing(text: str) -> None:
    assert quotes(text) == []
