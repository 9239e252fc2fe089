"""Quotes: more report constructions, one case each, in text written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.clean import paragraphs
from newsgraph.quotemarks import direct_spans

pytestmark = pytest.mark.slow


def quotes(text: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    analysis = newsgraph.analyze(text, published="2024-05-16")
    return analysis.quotes, {e.id: e.name for e in analysis.entities}


def cue_of(quote: dict[str, Any], text: str) -> str:
    start, end = quote["cue_span"]
    return text[start:end]


@pytest.mark.parametrize(("text", "words"), [
    ("Ana Lopez said the harbour was safe and that she expects the ferries to run again.",
     "the harbour was safe and that she expects the ferries to run again"),
    ("The governor said the state must repair its bridges, but that he would not raise "
     "the fuel tax.",
     "the state must repair its bridges, but that he would not raise the fuel tax"),
])
def test_quotes_a_second_that_clause_belongs_to_the_same_report(text: str, words: str) -> None:
    found, _ = quotes(text)
    assert [q["text"] for q in found] == [words]


@pytest.mark.parametrize(("text", "cue", "words"), [
    ("Maria Costa called on the regional council to reopen the clinic.",
     "called on", "the regional council to reopen the clinic"),
    ("The union called for the director to step down.",
     "called for", "the director to step down"),
])
def test_quotes_an_appeal_reports_whom_it_is_made_to(text: str, cue: str, words: str) -> None:
    found, _ = quotes(text)
    assert [(cue_of(q, text), q["text"]) for q in found] == [(cue, words)]


def test_quotes_a_passive_cue_with_an_agent_is_spoken_by_the_agent() -> None:
    text = "It was announced by the port authority that the ferry terminal would close."
    found, _ = quotes(text)
    assert [(text[slice(*q["speaker_span"])], q["text"]) for q in found] == [
        ("port authority", "that the ferry terminal would close")]


def test_quotes_a_passive_speech_act_reports_its_subject() -> None:
    text = "The harbour plan was denounced by the fishermen's union."
    found, _ = quotes(text)
    assert [(q["text"], text[slice(*q["speaker_span"])]) for q in found] == [
        ("The harbour plan", "fishermen's union")]


@pytest.mark.parametrize(("text", "words"), [
    ("A new survey shows the mayor ahead in the northern districts.",
     "the mayor ahead in the northern districts"),
    ("The audit found serious errors in the port's accounts.",
     "serious errors in the port's accounts"),
])
def test_quotes_what_a_record_shows_is_reported(text: str, words: str) -> None:
    found, _ = quotes(text)
    assert [q["text"] for q in found] == [words]


def test_quotes_what_a_person_shows_is_no_report() -> None:
    assert quotes("The mayor showed great patience with the crowd.")[0] == []


@pytest.mark.parametrize(("text", "words"), [
    ("The harbour contractor has been criticized for the long delays.", "the long delays"),
    ("The senator apologized for his remarks about the flood.",
     "his remarks about the flood"),
    ("The two councillors argued over the harbour budget.", "the harbour budget"),
])
def test_quotes_what_praise_blame_or_an_argument_is_about(text: str, words: str) -> None:
    found, _ = quotes(text)
    assert [q["text"] for q in found] == [words]


def test_quotes_the_paper_the_words_went_out_in_is_part_of_the_cue() -> None:
    text = "The ministry said in a statement that the port would reopen on Friday."
    found, _ = quotes(text)
    assert [cue_of(q, text) for q in found] == ["said in a statement"]


def test_quotes_a_verbal_attack_reports_its_target_and_grounds() -> None:
    text = "The senator attacked the governor for the school closures."
    found, _ = quotes(text)
    assert [(cue_of(q, text), q["text"]) for q in found] == [
        ("attacked", "the governor for the school closures")]


def test_quotes_a_threat_by_a_thing_is_no_report() -> None:
    assert quotes("Rising costs threaten the harbour's future.")[0] == []


@pytest.mark.parametrize("text", [
    "Ana Lopez said they had warned for years that the old dam would fail.",
    "Ana Lopez said some engineers believe the old dam will fail.",
])
def test_quotes_hearsay_inside_a_report_is_part_of_it(text: str) -> None:
    found, _ = quotes(text)
    assert [q["cue"] for q in found] == ["say"]


@pytest.mark.parametrize(("text", "words"), [
    ("Lee won the coastal towns, while Ode carried most of the farming districts, according "
     "to the official count.",
     "Lee won the coastal towns, while Ode carried most of the farming districts"),
    ("Turnout rose sharply in the north, as younger voters went to the polls in large "
     "numbers, according to the electoral board.",
     "Turnout rose sharply in the north, as younger voters went to the polls in large numbers"),
])
def test_quotes_according_to_after_a_subordinate_clause_vouches_for_the_sentence(
        text: str, words: str) -> None:
    quote = next(q for q in quotes(text)[0] if q["cue"] == "according to")
    assert quote["text"] == words


@pytest.mark.parametrize("text", [
    "A spokesman for the harbour board declined to comment.",
    "The ferry company refused to comment on the delays.",
    "Troops attacked positions along the river overnight.",
    "The mayor welcomed Ana Lopez at the town hall.",
])
def test_quotes_no_words_no_quote(text: str) -> None:
    assert quotes(text)[0] == []


def test_quotes_a_refusal_to_say_something_named_still_reports_it() -> None:
    found, _ = quotes("The harbour board refused to say how many ferries were damaged.")
    assert [q["text"] for q in found] == ["to say how many ferries were damaged"]


def test_quotes_a_cue_the_parser_hung_on_a_root_noun_is_the_main_report() -> None:
    text = ("Two harbour inspectors, Lena Fisk and Omar Haddad, found in March that the pier "
            "was unsafe.")
    found, _ = quotes(text)
    assert [(text[slice(*q["speaker_span"])], q["text"]) for q in found] == [
        ("Two harbour inspectors", "that the pier was unsafe")]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Lena Fisk tried to win back the port workers by praising their long strike.",
     "Lena Fisk", "their long strike"),
    ("Omar Haddad began courting rural voters by denouncing the new water tax.",
     "Omar Haddad", "the new water tax"),
])
def test_quotes_a_gerund_after_a_preposition_takes_the_subject_of_the_verbs_above(
        text: str, speaker: str, words: str) -> None:
    found, names = quotes(text)
    assert [(names[q["speaker"]], q["text"]) for q in found] == [(speaker, words)]


def test_quotes_the_paper_in_the_cue_ends_before_a_clause_hung_on_it() -> None:
    import spacy
    from spacy.tokens import Doc

    from newsgraph.reportclauses import cue_words

    words = ["The", "union", "said", "in", "a", "statement", "that", "the", "pay", "was",
             "fair", "."]
    heads = [1, 2, 2, 2, 5, 3, 9, 8, 9, 5, 9, 2]  # the parser hung the clause on the paper
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "mark", "det", "nsubj", "acl",
            "acomp", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
              pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "SCONJ", "DET", "NOUN",
                   "AUX", "ADJ", "PUNCT"])
    start, end = cue_words(doc[2])
    assert doc.text[start:end] == "said in a statement"


@pytest.mark.parametrize(("text", "cue"), [
    ("Mayor Lopez began tweeting out photos of the flooded pier.", "began tweeting out"),
    ("The senator started saying that the harbour plan was a mistake.", "started saying"),
])
def test_quotes_a_lead_into_a_gerund_cue_is_part_of_the_cue(text: str, cue: str) -> None:
    found, _ = quotes(text)
    assert [cue_of(q, text) for q in found] == [cue]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The early count did not surprise Senator Elizabeth Warren: “Turnout in the cities was "
     "always going to decide this race.”", "Elizabeth Warren"),
    ("The count surprised nobody at the Harbour Institute. More from its director, David "
     "Miller: “The port will need another decade to recover.”", "David Miller"),
])
def test_quotes_a_name_and_a_colon_inside_a_paragraph_introduce_a_quote(
        text: str, speaker: str) -> None:
    found, names = quotes(text)
    assert [(names[q["speaker"]], cue_of(q, text), q["kind"]) for q in found] == [
        (speaker, ":", "direct")]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("CAIRO, March 3 (Reuters) - The Arab League said on Monday that talks were failing.",
     "Arab League", "that talks were failing"),
    ("ROME, March 3 (Reuters) - Italian Prime Minister Giorgia Meloni said on Tuesday that "
     "prices were rising.", "Giorgia Meloni", "that prices were rising"),
    ("Lyon, March 3 (AFP) - French Interior Minister Gerald Darmanin said on Monday that the "
     "river had peaked.", "Gerald Darmanin", "that the river had peaked"),
])
def test_quotes_a_dateline_is_never_the_speaker(text: str, speaker: str, words: str) -> None:
    found, _ = quotes(text)
    assert [(text[slice(*q["speaker_span"])], q["text"]) for q in found] == [(speaker, words)]


@pytest.mark.parametrize(("text", "speaker"), [
    ('OSLO, March 3 (Reuters) - "The camps are full," aid worker Lena Berg said on Monday.',
     "Lena Berg"),
    ('OSLO: "The camps are full," aid worker Lena Berg said on Monday.', "Lena Berg"),
    ('CAPE TOWN: "The camps are full," aid worker Lena Berg said on Monday.', "Lena Berg"),
    ('FLASH: "The camps are full," aid worker Lena Berg said on Monday.', "Lena Berg"),
])
def test_quotes_a_dateline_is_not_part_of_the_quoted_words(text: str, speaker: str) -> None:
    found, names = quotes(text)
    assert [(q["kind"], q["text"], names.get(q["speaker"])) for q in found] == [
        ("direct", '"The camps are full,"', speaker)]


def spans_of(text: str) -> list[str]:
    return [text[a:b] for a, b in direct_spans(text, paragraphs(text))]


@pytest.mark.parametrize(("text", "words"), [
    ("'The ferry will sail,' the captain said.", "'The ferry will sail,'"),
    ("The captain said: 'The ferry will sail at noon.'", "'The ferry will sail at noon.'"),
    ("'The dockers' union will strike,' its leader said.",
     "'The dockers' union will strike,'"),
    ("'We can't wait,' said the mayor.", "'We can't wait,'"),
])
def test_direct_spans_straight_single_marks_quote(text: str, words: str) -> None:
    assert spans_of(text) == [words]


#: Words with apostrophes that quote nothing, in any order.
_APOSTROPHES = st.sampled_from([
    "don't", "Jones'", "the dockers'", "rock 'n' roll", "the '90s", "'cause", "o'clock",
    "Ireland's", "can't", "the Smiths' house", "'em", "y'all", "ma'am", "it's", "'til",
    "boss'", "the", "harbour", "said", "opened", "in",
])
_PUNCTUATION = st.sampled_from([",", ".", "(", ")", "—", ":"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_APOSTROPHES | _PUNCTUATION, min_size=1, max_size=12).map(" ".join))
def test_direct_spans_apostrophes_are_no_quote_marks(text: str) -> None:
    assert spans_of(text) == []


@settings(max_examples=100, deadline=None)
@given(st.lists(_APOSTROPHES, min_size=1, max_size=8).map(" ".join))
def test_direct_spans_a_quote_holding_apostrophes_is_one_span(words: str) -> None:
    text = f"The mayor spoke. 'We rebuilt {words} harbour,' she said. Trade {words} rose."
    assert spans_of(text) == [f"'We rebuilt {words} harbour,'"]


def test_quotes_straight_single_marks_are_a_direct_quote() -> None:
    text = ("'Nobody has called us,' the harbour master said. 'We will wait for their "
            "letter.'")
    found, _ = quotes(text)
    assert [(q["kind"], q["text"]) for q in found] == [
        ("direct", "'Nobody has called us,' the harbour master said. 'We will wait for their "
                   "letter.'")]
    assert [q["parts"] for q in found] == [[[0, text.index(" the")],
                                             [text.index("'We"), len(text)]]]


@pytest.mark.parametrize(("text", "words", "label"), [
    ('Mayor Ruiz: "The harbour stays open"\n\nMayor Ana Ruiz spoke at the docks on Monday.',
     '"The harbour stays open"', "Mayor Ruiz"),
    ("Lopez: ‘Ferries will run’\n\nThe mayor, Ana Lopez, met dock workers on Monday.",
     "‘Ferries will run’", "Lopez"),
])
def test_quotes_a_headlines_quote_after_a_name_is_that_persons(
        text: str, words: str, label: str) -> None:
    found, _ = quotes(text)
    headline = [(q["kind"], q["text"], text[slice(*q["speaker_span"])]) for q in found
                if q["span"][0] < text.index("\n")]
    assert headline == [("direct", words, label)]


@pytest.mark.parametrize(("text", "words"), [
    ('Critics called the budget a "fraud. The council met on Tuesday. "We will vote in '
     'June," councillor Ben Ortiz said.', ['"We will vote in June,"']),
    ("The mayor said: “The harbour is safe. “We will reopen it.\n\n“The ferries are late,” "
     "port manager Ana Ruiz said.", ["“The ferries are late,”"]),
    ('The mayor said: "We rebuilt the harbour in a single year.\n\n"The ferries are late," '
     'port manager Ana Ruiz said.',
     ['"We rebuilt the harbour in a single year.', '"The ferries are late,"']),
    ("The mayor spoke to the council.\n\n“The harbour is rebuilt. The cranes are back.\n\n"
     "“But the ferries are late,” she said.",
     ["“The harbour is rebuilt. The cranes are back.\n\n“But the ferries are late,”"]),
])
def test_direct_spans_an_unclosed_mark_swallows_no_other_quote(
        text: str, words: list[str]) -> None:
    assert spans_of(text) == words


def test_quotes_an_unclosed_mark_leaves_the_next_quote_its_speaker() -> None:
    text = ('Critics called the budget a "fraud. The council met on Tuesday. "We will vote in '
            'June," councillor Ben Ortiz said.')
    found, names = quotes(text)
    direct = [(q["text"], names.get(q["speaker"])) for q in found if q["kind"] == "direct"]
    assert direct == [('"We will vote in June,"', "Ben Ortiz")]


@pytest.mark.parametrize(("text", "place"), [
    ('Mayor Lopez in Lyon: "The ferries will run again"', "Lyon"),
    ('Okafor in Lagos: "We will win the north"', "Lagos"),
])
def test_quotes_a_place_in_a_headline_label_is_not_the_speaker(text: str, place: str) -> None:
    found, _ = quotes(text)
    assert place not in [text[slice(*q["speaker_span"])] for q in found]
