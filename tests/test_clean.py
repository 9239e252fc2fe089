"""Zones: boilerplate, repeats, headings, bylines and datelines are marked, never cut."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.clean import find_zones, in_ignored_zone, is_heading, paragraphs
from newsgraph.models import Zone


def kinds(text: str) -> list[tuple[str, str]]:
    return [(z.kind, text[z.span[0]:z.span[1]]) for z in find_zones(text)]


BODY = "The ministry said the talks would continue next week in the capital, officials added."


@pytest.mark.parametrize("line", [
    "ALSO READ | Markets rally as oil prices fall",
    "Also Read: Floods hit the north",
    "Read more: Why the port strike matters",
    "(with inputs from agencies)",
    "(With inputs from PTI)",
    "(Reporting by Jane Roe; Editing by John Doe)",
    "Follow us on Twitter and Facebook for the latest updates",
    "Sign up for our morning newsletter",
    "We use cookies to improve your experience on our site.",
    "Photo: AFP / Jane Doe",
    "A man walks past a flooded shop in the old town on Monday. REUTERS/Jane Doe",
    "© 2024 Example News. All rights reserved.",
])
def test_clean_boilerplate_line_is_marked(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY.replace('next', 'this')}"
    assert ("boilerplate", line) in kinds(text)


@pytest.mark.parametrize("line", [
    BODY,
    "Follow-up talks are planned for June, the minister said.",
    "Photographers gathered outside the court as the verdict was read.",
])
def test_clean_article_sentence_is_not_boilerplate(line: str) -> None:
    assert all(kind != "boilerplate" for kind, _ in kinds(f"Headline here\n\n{line}"))


@pytest.mark.parametrize(("line", "expected"), [
    ("BEIJING (Reuters) - Chinese officials met on Tuesday.", "BEIJING (Reuters) -"),
    ("GENEVA, May 14 (AP) — The talks resumed.", "GENEVA, May 14 (AP) —"),
    ("KYIV, Ukraine (AP) — Air raid sirens sounded.", "KYIV, Ukraine (AP) —"),
    ("NEW YORK, June 3 (Reuters) -- Stocks rose.", "NEW YORK, June 3 (Reuters) --"),
    ("WASHINGTON — The Senate voted.", "WASHINGTON —"),
    ("LIMA, Peru, June 18 (AP) — A quake struck.", "LIMA, Peru, June 18 (AP) —"),
    ("SARAJEVO, Bosnia and Herzegovina (AP) — Police made arrests.",
     "SARAJEVO, Bosnia and Herzegovina (AP) —"),  # a country's name of several words
    ("BANGUI, Central African Republic, May 2 (Reuters) - Talks began.",
     "BANGUI, Central African Republic, May 2 (Reuters) -"),
    ("GOMA, Democratic Republic of the Congo — Rebels advanced.",
     "GOMA, Democratic Republic of the Congo —"),
    ("Lyon, March 3 (AFP) - The river flooded.", "Lyon, March 3 (AFP) -"),
    ("Buenos Aires (Reuters) - Prices rose.", "Buenos Aires (Reuters) -"),
])
def test_clean_dateline_covers_only_the_dateline(line: str, expected: str) -> None:
    assert ("dateline", expected) in kinds(line)


@pytest.mark.parametrize("line", ["NATO leaders met on Tuesday - briefly.",
                                  "Leaders met (again) - briefly, on Tuesday."])
def test_clean_sentence_start_is_not_a_dateline(line: str) -> None:
    assert all(kind != "dateline" for kind, _ in kinds(line))


@pytest.mark.parametrize("line", ["By Maria Chen", "By Maria Chen and Tom Ade, Reuters",
                                  "BY JOHN SMITH"])
def test_clean_byline_is_marked(line: str) -> None:
    assert ("byline", line) in kinds(f"{line}\n{BODY}")


@pytest.mark.parametrize(("line", "heading"), [
    ("Kenya opens flood shelters as river bursts its banks", True),
    ("Floods displace thousands", True),
    ("The minister said the talks had ended.", False),
    ("Talks end. Ministers leave", False),
    ("x" * 200, False),
    ("lowercase start is not a heading", False),
])
def test_clean_is_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_clean_repeated_paragraph_is_marked_once() -> None:
    text = f"{BODY}\nSomething else happened in the afternoon session.\n{BODY}"
    zones = find_zones(text)
    repeats = [z for z in zones if z.kind == "repeat"]
    assert [z.span for z in repeats] == [(text.rindex(BODY), len(text))]


def test_clean_repeated_sentence_inside_a_new_paragraph_is_marked() -> None:
    sentence = "The central bank held its key rate at 5.5 percent on Thursday."
    text = f"{sentence} Markets were calm.\nTraders were surprised. {sentence}"
    repeats = [text[z.span[0]:z.span[1]] for z in find_zones(text) if z.kind == "repeat"]
    assert repeats == [sentence]
    first = next(z.span[0] for z in find_zones(text) if z.kind == "repeat")
    assert text.rindex(sentence) == first


def test_clean_hard_wrapped_text_is_read_as_blocks() -> None:
    wrapped = ("The government announced on Monday that it would\n"
               "raise the minimum wage by ten percent from next\n"
               "year, a move unions had demanded for months and\n"
               "employers had opposed.\n\n"
               "Opposition parties said the rise came too late.")
    spans = paragraphs(wrapped)
    assert len(spans) == 2
    assert wrapped[spans[0][0]:spans[0][1]].endswith("employers had opposed.")


def test_clean_one_paragraph_per_line_by_default() -> None:
    text = "Heading\n\nFirst paragraph here.\nSecond paragraph here."
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "Heading", "First paragraph here.", "Second paragraph here."]


@pytest.mark.parametrize(("span", "ignored"), [((0, 5), True), ((10, 20), False),
                                                ((3, 12), True), ((9, 10), False)])
def test_clean_in_ignored_zone(span: tuple[int, int], ignored: bool) -> None:
    zones = [Zone("boilerplate", (0, 9)), Zone("heading", (10, 30))]
    assert in_ignored_zone(zones, span) is ignored


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_clean_zones_are_valid_spans_on_any_text(text: str) -> None:
    for zone in find_zones(text):
        start, end = zone.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
