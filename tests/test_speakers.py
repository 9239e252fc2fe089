"""Quotes: who the speaker is — pronouns by gender and salience, surnames, "quoted X as
saying", an office or a pair that speaks, follow-on paragraphs. Text written for these tests."""

from __future__ import annotations

import pytest

import newsgraph

pytestmark = pytest.mark.slow


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker's entity name, speaker span's words) of every quote."""
    analysis = newsgraph.analyze(text, published="2024-05-16")
    names = {e.id: e.name for e in analysis.entities}
    return [(q["text"], names.get(q["speaker"] or ""),
             text[slice(*q["speaker_span"])] if q["speaker_span"] else None)
            for q in analysis.quotes]


def speaker_of(text: str, words: str) -> str | None:
    return next(name for quoted, name, _ in speakers(text) if words in quoted)


@pytest.mark.parametrize(("text", "who"), [
    # a pronoun skips the latest person when the gender differs: by first name, title of
    # address, describing noun, or the article's own pronouns
    ("After meeting Governor Helen Ortiz, Mayor Daniel Webb left. “The bridge will open,” "
     "she said.", "Helen Ortiz"),
    ("After Mrs Okafor spoke, Mr Bello left the hall. “We need the road,” she said.",
     "Mrs Okafor"),
    ("After the spokeswoman, Dana Quill, arrived, chief executive Tom Ruiz opened the "
     "meeting. “Sales are up,” she said.", "Dana Quill"),
    ("Judge Arrow said his court would rule soon.\n\nAfter Lindqvist testified, Arrow "
     "adjourned the hearing. “The ruling will be fair,” she said.", "Lindqvist"),
    # a noun that describes someone else says nothing of the name after it
    ("After the sister of Juma Otieno spoke, Mayor Ann Ruiz closed the meeting. "
     "“We will find the driver,” he said.", "Juma Otieno"),
    # of two men, the main clause's subject or object, not a name inside what was asked
    ("Journalists asked Brenner whether Kowalczyk would resign. “He will not,” he replied.",
     "Brenner"),
])
def test_speakers_a_pronoun_takes_the_person_of_its_gender(text: str, who: str) -> None:
    assert speaker_of(text, "”") == who


def test_speakers_a_couple_take_turns() -> None:
    found = speakers("Rosa Delgado and her husband Marco came back to the village on "
                     "Sunday. “Our orchard is gone,” she said. “We will plant it again,” "
                     "he said.")
    assert [name for _, name, _ in found] == ["Rosa Delgado", "Marco"]


def test_speakers_a_place_tagged_as_a_person_is_no_antecedent() -> None:
    text = ("Interior Minister Rami Haddad visited Zaporizhzhia on Monday. “The shelters are "
            "ready,” he said.")
    assert speakers(text)[0][1] == "Rami Haddad"


def records(text: str) -> list[dict[str, str | None]]:
    """Each quote's words, and the names of its speaker and channel."""
    analysis = newsgraph.analyze(text, published="2024-05-16")
    names = {e.id: e.name for e in analysis.entities}
    return [{"text": q["text"], "speaker": names.get(q["speaker"] or ""),
             "speaker_span": text[slice(*q["speaker_span"])] if q["speaker_span"] else None,
             "channel": names.get(q["channel"] or "")} for q in analysis.quotes]


@pytest.mark.parametrize("text", [
    "Reuters quoted Olaf Scholz as saying that the pipeline would stay closed.",
    "Olaf Scholz was quoted by Reuters as saying that the pipeline would stay closed.",
])
def test_speakers_the_one_quoted_speaks_through_the_one_quoting(text: str) -> None:
    found = records(text)
    assert [(q["speaker"], q["channel"]) for q in found] == [("Olaf Scholz", "Reuters")]


@pytest.mark.parametrize(("text", "speaker", "span"), [
    ("Mayor Karen Holt's office said in a statement that the library would reopen.",
     "Karen Holt", "Mayor Karen Holt's office"),
    ("Senator Paul Brandt's critics said the bill would raise rents.", None,
     "Senator Paul Brandt's critics"),
    ("Olaf Scholz and Emmanuel Macron said in a joint statement that the fund must grow.",
     "Olaf Scholz", "Olaf Scholz and Emmanuel Macron"),
])
def test_speakers_the_span_is_the_whole_phrase_that_speaks(text: str, speaker: str | None,
                                                          span: str) -> None:
    found = records(text)
    assert [(q["speaker"], q["speaker_span"]) for q in found] == [(speaker, span)]


@pytest.mark.parametrize(("text", "who"), [
    # a surname alone after the full name, which the tagger may miss
    ("Chancellor Jonas Petrakis met union leaders in Oslo on Monday.\n\n"
     "“Nobody will lose their job,” Petrakis said.", "Jonas Petrakis"),
    # a surname the KB knows, with no full name in the text
    ("Zelenskyy said: “Our cities need more air defence.”", "Zelenskyy"),
])
def test_speakers_a_surname_alone_names_the_person(text: str, who: str) -> None:
    assert [q["speaker"] for q in records(text)] == [who]


def test_speakers_a_kb_surname_the_tagger_calls_an_organisation_is_a_person() -> None:
    analysis = newsgraph.analyze("Biden said the tariffs on steel would stay.",
                                 published="2024-05-16")
    assert [(e.name, e.type) for e in analysis.entities][:1] == [("Biden", "PERSON")]


@pytest.mark.parametrize(("text", "who"), [
    # after a paragraph of indirect speech, its reporter
    ("Health Minister Omar Castell said the new hospital would open in June.\n\n"
     "“Every ward will have twice the nurses it has today.”", "Omar Castell"),
    # after a paragraph that names one person and no report, that person
    ("Fire chief Grace Mbeki walked through the burnt market on Sunday.\n\n"
     "“Nobody could have stopped a fire this fast. The wind did the rest.”", "Grace Mbeki"),
])
def test_speakers_a_paragraph_of_quoted_words_is_the_last_reporters(text: str,
                                                                     who: str) -> None:
    assert [q["speaker"] for q in records(text)][-1] == who


def test_speakers_a_short_quote_paragraph_after_a_quote_goes_on() -> None:
    text = "“The dam will hold,” engineer Lukas Brenner said.\n\n“It always has.”"
    found = records(text)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("“The dam will hold,”", "Lukas Brenner"), ("“It always has.”", "Lukas Brenner")]
