"""Quotes: one case per construction, in text written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph
from newsgraph.clean import paragraphs
from newsgraph.quotes import direct_spans

pytestmark = pytest.mark.slow


def quotes(text: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    analysis = newsgraph.analyze(text, published="2024-05-16")
    return analysis.quotes, {e.id: e.name for e in analysis.entities}


def only(text: str) -> tuple[dict[str, Any], dict[str, str]]:
    found, names = quotes(text)
    assert len(found) == 1, found
    return found[0], names


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”"), ("«", "»")])
def test_quotes_direct_with_any_marks(marks: tuple[str, str]) -> None:
    o, c = marks
    text = f"{o}We are open to a dialogue on trade,{c} Vladimir Putin said on Tuesday."
    quote, names = only(text)
    expected = f"{o}We are open to a dialogue on trade,{c}"
    assert (quote["kind"], quote["text"]) == ("direct", expected)
    assert names[quote["speaker"]] == "Vladimir Putin" and quote["cue"] == "say"


def test_quotes_inverted_cue() -> None:
    quote, names = only("“The talks were useful and frank,” said Foreign Minister Wang Yi.")
    assert names[quote["speaker"]] == "Wang Yi"


def test_quotes_channel_of_tell() -> None:
    quote, names = only('"We will not back down," Vladimir Putin told Xinhua on Monday.')
    assert names[quote["channel"]] == "Xinhua" and quote["cue"] == "tell"


def test_quotes_pronoun_speaker_resolves_to_the_person() -> None:
    found, names = quotes("Vladimir Putin arrived in Beijing on Thursday. He said the two "
                          "countries would sign new energy deals.")
    quote = found[0]
    assert quote["kind"] == "indirect" and names[quote["speaker"]] == "Vladimir Putin"
    assert quote["text"] == "the two countries would sign new energy deals"


def test_quotes_organisation_speaker_and_statement() -> None:
    quote, names = only("The Kremlin said in a statement that the talks would cover energy.")
    assert names[quote["speaker"]] == "Kremlin"
    assert quote["text"] == "that the talks would cover energy"


def test_quotes_according_to() -> None:
    quote, _ = only("According to Chinese officials, the visit will last two days.")
    assert quote["cue"] == "according to" and quote["text"] == "the visit will last two days"


def test_quotes_accused_of_reports_the_accusation_and_its_target() -> None:
    quote, _ = only("Volodymyr Zelensky accused Moscow of stalling the talks.")
    assert (quote["cue"], quote["text"]) == ("accuse", "Moscow of stalling the talks")


def test_quotes_urged_to_reports_whom_it_urges() -> None:
    quote, _ = only("The mayor urged the council to close the harbour before the storm.")
    assert (quote["cue"], quote["text"]) == ("urge", "the council to close the harbour before "
                                                     "the storm")


def test_quotes_mixed_quote_is_the_whole_reported_clause() -> None:
    quote, _ = only('The minister said the government would "act without delay" on prices.')
    assert quote["kind"] == "mixed"
    assert quote["text"].startswith("the government would")


def test_quotes_split_by_its_cue_is_one_quote() -> None:
    text = "“Only a fool,” she said, “would sign such a deal today.”"
    quote, _ = only(text)
    assert quote["text"].endswith("today.”") and quote["text"].startswith("“Only")
    assert [text[s:e] for s, e in quote["parts"]] == [
        "“Only a fool,”", "“would sign such a deal today.”"]


def test_quotes_unsplit_quote_is_one_part() -> None:
    quote, _ = only("“We will sign the deal today,” she said.")
    assert quote["parts"] == [[0, len("“We will sign the deal today,”")]]


@pytest.mark.parametrize("text", [
    'The so-called "no limits" partnership was signed in 2022.',
    'The film "Dune" opened in Paris on Friday to long queues.',
])
def test_quotes_scare_quotes_and_titles_are_not_quotes(text: str) -> None:
    assert quotes(text)[0] == []


@pytest.mark.parametrize(("text", "words"), [
    ('The mayor praised the "green corridor" scheme on Monday.',
     'the "green corridor" scheme'),
    ('The ministry condemned the so-called "peace march" in the capital.',
     'the so-called "peace march" in the capital'),
])
def test_quotes_a_scare_quote_in_a_noun_phrase_makes_no_mixed_quote(
        text: str, words: str) -> None:
    quote, _ = only(text)
    assert (quote["kind"], quote["text"]) == ("indirect", words)


def test_quotes_a_label_in_quotes_is_no_quote() -> None:
    text = 'The militia has been labelled a "criminal network" by two governments.'
    assert quotes(text)[0] == []


def test_quotes_quote_interrupted_by_its_cue_is_one_quote() -> None:
    found, names = quotes("“We will rebuild,” said Mayor Ana Lopez. “Every school will "
                          "reopen before the winter comes.”")
    assert len(found) == 1 and names[found[0]["speaker"]] == "Ana Lopez"
    assert found[0]["text"].endswith("winter comes.”")


def test_quotes_follow_on_paragraph_inherits_the_speaker() -> None:
    found, names = quotes("“We will rebuild,” said Mayor Ana Lopez.\n“Every school will "
                          "reopen before the winter comes, and every road too.”")
    assert len(found) == 2 and found[1]["speaker"] == found[0]["speaker"]
    assert found[1]["cue"] is None and names[found[1]["speaker"]] == "Ana Lopez"


def test_quotes_repeat_links_to_the_first() -> None:
    found, _ = quotes("“We will never give up,” Ana Lopez said.\nLater she repeated it: "
                      "“We will never give up,” Lopez said.")
    assert [q["repeat_of"] for q in found] == [None, found[0]["id"]]


def test_quotes_a_short_quote_inside_a_later_longer_one_links_to_it() -> None:
    found, _ = quotes("“The port stays open,” said Mayor Ana Lopez on Monday.\nOn Tuesday she went "
                      "further. “I said it before and I say it again: the port stays open,” "
                      "Lopez told the council.")
    assert [q["repeat_of"] for q in found] == [found[1]["id"], None]


def test_quotes_the_same_words_from_two_speakers_are_two_quotes() -> None:
    found, names = quotes("“We will win this election,” said Mayor Ana Lopez.\n“We will win "
                          "this election,” said her rival, Senator Tom Reyes.")
    assert [names[q["speaker"]] for q in found] == ["Ana Lopez", "Tom Reyes"]
    assert [q["repeat_of"] for q in found] == [None, None]


def test_quotes_nothing_from_boilerplate() -> None:
    found, _ = quotes("Markets rose on Monday as traders bought shares.\n"
                      "ALSO READ | “We will win,” said the coach before the final match")
    assert found == []


def test_quotes_multi_paragraph_quote_is_one_span() -> None:
    text = ("Ana Lopez said:\n\n“The river rose faster than anyone expected this year.\n\n"
            "“We moved the families out of the valley before dawn.”")
    assert direct_spans(text, paragraphs(text)) == [(17, len(text))]


@pytest.mark.parametrize("text", [
    'He said "this is odd and then nothing closes the mark at all in this paragraph.\n'
    'Later, "Fine, we will see about that," said Ana Lopez.',
    '"""" "" " said Ana Lopez about the “ and the ” marks.',
])
def test_quotes_unbalanced_marks_stay_in_their_paragraph(text: str) -> None:
    found, _ = quotes(text)
    for quote in found:
        assert text[quote["span"][0]:quote["span"][1]] == quote["text"]
        assert "\n" not in quote["text"]


def test_quotes_participle_cue_takes_its_clause_subject() -> None:
    found, names = quotes("Emmanuel Macron left the hall, saying the vote had been rigged.")
    quote = next(q for q in found if q["cue"] == "say")
    assert names[quote["speaker"]] == "Emmanuel Macron"
    assert quote["text"] == "the vote had been rigged"


def test_quotes_transcript_label_introduces_the_speaker() -> None:
    text = ("Interview transcript\n\nMACRON: We have rebuilt every school in the valley since "
            "May.\n\nQ: And the roads?\n\nMACRON: The roads come next, before the winter.")
    found, _ = quotes(text)
    quote = next(q for q in found if q["cue"] == ":")
    assert quote["text"] == "We have rebuilt every school in the valley since May"
    assert text[quote["speaker_span"][0]:quote["speaker_span"][1]] == "MACRON"


def test_quotes_colon_introduced_quote_takes_the_cue_before() -> None:
    text = "Emmanuel Macron said:\n\n“The river rose faster than anyone expected this year.”"
    found, names = quotes(text)
    assert len(found) == 1 and names[found[0]["speaker"]] == "Emmanuel Macron"


def test_quotes_parenthetical_cue() -> None:
    found, names = quotes("The plan, Emmanuel Macron said, would fail within a year.")
    assert found and names[found[0]["speaker"]] == "Emmanuel Macron"
    assert "would fail within a year" in found[0]["text"]


def test_quotes_archive_double_apostrophe_marks() -> None:
    quote, names = only("''The harbour will reopen in the spring,'' Mayor Ana Lopez said.")
    assert quote["text"] == "''The harbour will reopen in the spring,''"
    assert names[quote["speaker"]] == "Ana Lopez"


def test_direct_spans_double_apostrophes_hold_an_inner_quote() -> None:
    text = "''He told me: 'Stay home,''' she said. Rock 'n' roll is no quote."
    assert [text[s:e] for s, e in direct_spans(text, [(0, len(text))])] == [
        "''He told me: 'Stay home,'''"]


def test_quotes_cue_span_is_the_verb_group() -> None:
    text = "Ana Lopez has repeatedly said the harbour will reopen."
    quote, _ = only(text)
    start, end = quote["cue_span"]
    assert text[start:end] == "has repeatedly said" and quote["cue"] == "say"


@pytest.mark.parametrize(("text", "cue"), [
    ("Ana Lopez recently said the harbour will reopen.", "recently said"),
    ("Ana Lopez said Tuesday that the harbour will reopen.", "said Tuesday"),
    ("Ana Lopez said Monday night that the harbour will reopen.", "said Monday night"),
])
def test_quotes_time_words_next_to_the_verb_belong_to_the_cue(text: str, cue: str) -> None:
    start, end = only(text)[0]["cue_span"]
    assert text[start:end] == cue


@pytest.mark.parametrize(("text", "words"), [
    ("The army said in a statement that the attack was a war crime.",
     "that the attack was a war crime"),
    ("The Kremlin said in a statement that Lavrov would veto the plan.",
     "that Lavrov would veto the plan"),
])
def test_quotes_a_clause_hung_on_the_statement_is_not_part_of_the_cue(
        text: str, words: str) -> None:
    quote, _ = only(text)
    assert (text[slice(*quote["cue_span"])], quote["text"]) == (
        text[text.index("said"):text.index(" that")], words)


def test_quotes_content_after_a_preposition() -> None:
    text = "The union called for a national strike over the pension reform."
    quote, _ = only(text)
    start, end = quote["cue_span"]
    assert text[start:end] == "called for"
    assert quote["text"] == "a national strike over the pension reform"


def test_quotes_content_is_a_speech_acts_object() -> None:
    quote, names = only("Prime Minister Keir Starmer denounced the attack on the embassy.")
    assert (quote["cue"], quote["text"]) == ("denounce", "the attack on the embassy")
    assert names[quote["speaker"]] == "Keir Starmer"


def test_quotes_pronoun_object_is_no_content() -> None:
    found, _ = quotes("The minister repeated it twice.")
    assert found == []


def test_quotes_attribution_after_the_words() -> None:
    text = ("The senator remains committed to the race, his campaign manager, Ana Lopez, "
            "told reporters.")
    quote, _ = only(text)
    assert quote["text"] == "The senator remains committed to the race"
    assert quote["cue"] == "tell"


def test_quotes_report_stops_before_another_report() -> None:
    found, _ = quotes("Some voters said the mayor had made a good case, while other voters "
                      "said they had not heard enough.")
    assert [q["text"] for q in found] == ["the mayor had made a good case",
                                         "they had not heard enough"]


def test_quotes_writers_aside_about_a_name_is_not_reported() -> None:
    quote, _ = only("Several voters said they would stay with Ana Lopez, who held a rally "
                    "in the town on Sunday.")
    assert quote["text"] == "they would stay with Ana Lopez"


def test_quotes_mixed_clause_before_the_cue() -> None:
    quote, _ = only("The city needs leaders “who understand the river and its floods,” "
                    "Ana Lopez said.")
    assert quote["kind"] == "mixed"
    assert quote["text"].startswith("The city needs leaders “who understand")


def test_quotes_long_attribution_between_two_parts_is_one_quote() -> None:
    text = ("“The water came in the night,” said Ana Lopez, a farmer who has lived in the "
            "valley for forty years. “We lost everything we had planted.”")
    quote, names = only(text)
    assert quote["span"] == [0, len(text)] and names[quote["speaker"]] == "Ana Lopez"


def test_quotes_attribution_that_opens_the_sentence() -> None:
    quote, _ = only("As the Harbour Gazette noted, the port handled more ships than ever.")
    assert (quote["cue"], quote["text"]) == ("note", "the port handled more ships than ever")


def test_quotes_participle_after_a_preposition_takes_the_clause_subject() -> None:
    text = "Ana Lopez caused an uproar by saying that the dam was unsafe."
    quote, _ = only(text)
    start, end = quote["speaker_span"]
    assert quote["text"] == "that the dam was unsafe" and text[start:end] == "Ana Lopez"


def test_quotes_object_with_its_reason() -> None:
    quote, _ = only("The advertisement slams the mayor for closing the harbour.")
    assert quote["text"] == "the mayor for closing the harbour"


def test_quotes_cue_in_the_sentence_after_a_question() -> None:
    text = "“Who will pay for the new dam?” Ana Lopez asked the council."
    quote, _ = only(text)
    start, end = quote["speaker_span"]
    assert (quote["kind"], quote["cue"], text[start:end]) == ("direct", "ask", "Ana Lopez")


def test_quotes_the_cue_whose_clause_holds_the_quote_wins() -> None:
    found, _ = quotes("The mayor is insisting that the city has “turned the corner,” claiming "
                      "that tourism doubled.")
    assert [(q["kind"], q["cue"]) for q in found] == [("mixed", "insist"),
                                                     ("indirect", "claim")]


@pytest.mark.parametrize("text", [
    "“The budget is a fraud on voters,\" Maria Lopez said. \"We will vote against it next week.\"",
    "“The budget is a fraud on voters,“ Maria Lopez said. “We will vote against it next week.”",
])
def test_quotes_mixed_up_marks_still_pair(text: str) -> None:
    quote, names = only(text)
    assert quote["text"] == text and len(quote["parts"]) == 2
    assert names[quote["speaker"]] == "Maria Lopez" and quote["cue"] == "say"


@pytest.mark.parametrize("text", [
    "“Voters said \"no\" twice and we listened to them,” the mayor said.",
    "\"Voters said “no” twice and we listened to them,\" the mayor said.",
    "‘This is the U.S.’s problem and not ours at all,’ the mayor said.",
])
def test_quotes_inner_mark_or_possessive_is_no_closer(text: str) -> None:
    quote, _ = only(text)
    assert quote["text"] == text[:text.index(" the mayor")]


def test_quotes_direct_only_cue_in_the_gap_wins() -> None:
    text = ("Senator Ana Ruiz said the vote was close. “We counted every ballot twice,” "
            "she continued. “Nobody should doubt the result.”")
    found, _ = quotes(text)
    direct = [q for q in found if q["kind"] == "direct"]
    assert len(direct) == 1 and direct[0]["cue"] == "continue"
    assert direct[0]["text"].endswith("doubt the result.”")


def test_quotes_direct_only_cue_with_an_object_reports_nothing() -> None:
    found, _ = quotes("The senator continued her tour of “the hardest hit farms in the county.”")
    assert found == []


def test_quotes_a_new_report_between_quotes_keeps_them_apart() -> None:
    text = ("The union said it “rejects the offer outright.” The company said its offer was "
            "fair, “given the losses of the last two years.”")
    found, _ = quotes(text)
    assert [q["text"] for q in found] == [
        "it “rejects the offer outright.”",
        "its offer was fair, “given the losses of the last two years.”"]


def test_quotes_sentence_running_on_past_the_mark_is_mixed() -> None:
    text = ("“Many would call it a defeat” if the party lost ten seats, said Tom Price, "
            "an analyst.")
    quote, names = only(text)
    assert quote["kind"] == "mixed" and names[quote["speaker"]] == "Tom Price"
    assert quote["text"] == "“Many would call it a defeat” if the party lost ten seats"


@pytest.mark.parametrize("text", [
    "Investors seem to agree: shares rose nine percent on the news of the merger today.",
    "Even on age: the two candidates are among the youngest to run for the office.",
    "Iowa: Tim Albrecht, Brad Lee, Rob Barron, Jeff Boyd, Ann Hall, Dave Caris.",
    "Intro\n\nContributing: Ana Lopez and Tom Price in Lyon, and Maria Ruiz in Nice.",
    "Revealed: The Mayor Just Closed The Harbour For Good And Nobody Noticed.",
])
def test_quotes_a_label_that_names_no_speaker_is_no_transcript(text: str) -> None:
    found, _ = quotes(text)
    assert [q for q in found if q["cue"] == ":"] == []


def test_quotes_transcript_label_with_a_persons_name() -> None:
    text = "Interview\n\nJohn Smith: We will rebuild every school in the valley before the winter."
    quote = next(q for q in quotes(text)[0] if q["cue"] == ":")
    assert quote["text"] == "We will rebuild every school in the valley before the winter"


def test_quotes_headline_label_is_the_source() -> None:
    text = "Poll: Ruiz and Lopez are tied in the race for the state senate seat."
    quote = next(q for q in quotes(text)[0] if q["cue"] == ":")
    assert quote["text"] == "Ruiz and Lopez are tied in the race for the state senate seat"
    assert text[quote["speaker_span"][0]:quote["speaker_span"][1]] == "Poll"


def test_quotes_interview_answer_is_one_quote_without_reports_inside() -> None:
    text = ("Q: What did you do when the plant closed?\n\n"
            "A: I think we all felt lost. I wanted to leave town, but my mother said we "
            "should stay and fight for the jobs.")
    found, _ = quotes(text)
    answer = [q for q in found if q["text"].startswith("I think")]
    assert len(answer) == 1 and answer[0]["cue"] == ":"
    assert text[slice(*answer[0]["speaker_span"])] == "A"
    assert [q for q in found if q["cue"] not in (":", None)] == []


def test_quotes_cue_with_nothing_to_report_before_the_quote() -> None:
    text = ("Professor Dianne Bystrom agreed. “Moderate voters are running out of time "
            "to find another candidate.”")
    found, names = quotes(text)
    direct = [q for q in found if q["kind"] == "direct"]
    assert len(direct) == 1 and direct[0]["cue"] == "agree"
    assert names[direct[0]["speaker"]] == "Dianne Bystrom"


def test_quotes_inverted_cue_the_parser_gave_no_subject() -> None:
    text = ("“Having two people who understand the file is valuable,” said Skelly, explaining "
            "he worked more closely with Chrabaszcz.")
    quote = next(q for q in quotes(text)[0] if q["kind"] == "direct")
    assert quote["cue"] == "say" and text[slice(*quote["speaker_span"])] == "Skelly"


@pytest.mark.parametrize("text", [
    "NEW DELHI: Prime Minister Narendra Modi said on Sunday that India would double its "
    "solar capacity by 2030.",
    "Update: The company said in a statement that it would close the plant next year.",
])
def test_quotes_dateline_or_newsroom_label_gives_way_to_the_report(text: str) -> None:
    quote, _ = only(text)
    assert quote["kind"] == "indirect" and quote["cue"] == "say"


@pytest.mark.parametrize("text", [
    "Oil prices declined. “This is the worst week for oil traders since the crisis.”",
    "The chief executive did not comment. “This is the worst week for oil traders.”",
])
def test_quotes_sentence_before_needs_a_speech_verb_not_negated(text: str) -> None:
    assert [q for q in quotes(text)[0] if q["cue"] is not None] == []


def test_quotes_narration_with_a_direct_only_verb_joins_no_quotes() -> None:
    text = ("“We lost the game and we know it.” The team continued training on Monday "
            "morning. “We will be back next season, stronger than ever.”")
    assert all(len(q["parts"]) == 1 for q in quotes(text)[0])


def test_quotes_relative_clause_verb_is_not_the_cue() -> None:
    text = ("“I am fine.” Smith, who spoke to reporters after the match on Sunday, said, "
            "“We will be back next year.”")
    found, _ = quotes(text)
    assert [q["text"] for q in found] == ["“I am fine.”", "“We will be back next year.”"]
    assert {q["cue"] for q in found} == {"say"}


def test_quotes_direct_only_cue_with_a_time_phrase() -> None:
    quote, _ = only("“It is over for all of us now,” she continued on Tuesday.")
    assert quote["cue"] == "continue"


def test_quotes_according_to_inside_a_quote_is_the_speakers_own_words() -> None:
    found, _ = quotes("“It all went according to plan,” said Ana Lopez, the harbour master.")
    assert [q["cue"] for q in found] == ["say"]


@pytest.mark.parametrize(("text", "words"), [
    ("The mayor cancelled the fair because, according to the organisers, nobody bought "
     "tickets.", "nobody bought tickets"),
    ("The port hired Ana Lopez, who, according to her colleagues, knows every ship by name.",
     "knows every ship by name"),
])
def test_quotes_according_to_in_a_subordinate_clause_reports_that_clause(
        text: str, words: str) -> None:
    quote = next(q for q in quotes(text)[0] if q["cue"] == "according to")
    assert quote["text"] == words


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("Ana Lopez went on to say that the harbour would reopen in May.", "Ana Lopez",
     "went on to say"),
    ("The fishermen were quick to point out that the harbour had been closed for years.",
     "fishermen", "were quick to point out"),
])
def test_quotes_a_lead_into_the_infinitive_gives_speaker_and_cue(
        text: str, speaker: str, cue: str) -> None:
    quote, _ = only(text)
    assert text[slice(*quote["speaker_span"])] == speaker
    assert text[slice(*quote["cue_span"])] == cue


def test_quotes_a_statement_saying_is_its_issuers_report() -> None:
    text = "The ministry issued a statement saying the talks had failed."
    quote, _ = only(text)
    assert text[slice(*quote["speaker_span"])] == "ministry"
    assert text[slice(*quote["cue_span"])] == "issued a statement saying"


@pytest.mark.parametrize(("text", "cue"), [
    ("Ana Lopez plans to announce her candidacy on Monday.", "plan"),
    ("Ana Lopez refused to say whether the harbour would reopen.", "refuse"),
])
def test_quotes_an_infinitive_under_another_verb_is_not_said(text: str, cue: str) -> None:
    assert [q["cue"] for q in quotes(text)[0]] == [cue]


@pytest.mark.parametrize("text", [
    "Ana Lopez visited the harbour and has said that it will reopen in May.",
    "Ana Lopez toured the harbour and had warned that the storm would be severe.",
])
def test_quotes_second_verb_of_a_pair_shares_the_subject(text: str) -> None:
    quote, _ = only(text)
    assert text[slice(*quote["speaker_span"])] == "Ana Lopez"


def test_quotes_clause_the_parser_hung_on_a_noun_is_still_reported() -> None:
    text = "Critics say the reforms the minister announced go too far."
    quote = next(q for q in quotes(text)[0] if q["cue"] == "say")
    assert quote["text"] == "the reforms the minister announced go too far"


@pytest.mark.parametrize("text", [
    "The farmers know the river that floods every spring.",
    "The minister spoke after the harbour reopened on Monday.",
])
def test_quotes_a_clause_that_only_qualifies_is_not_reported(text: str) -> None:
    assert quotes(text)[0] == []


@pytest.mark.parametrize(("text", "holder", "words"), [
    ("Fishermen doubted the mayor's claim that the harbour was safe.", "mayor",
     "that the harbour was safe"),
    ("Fishermen dismissed a warning from the agency that the storm would reach the coast.",
     "agency", "that the storm would reach the coast"),
])
def test_quotes_reporting_noun_with_its_holder_reports_the_clause(
        text: str, holder: str, words: str) -> None:
    quote = next(q for q in quotes(text)[0] if q["cue"] in ("claim", "warning"))
    assert text[slice(*quote["speaker_span"])] == holder  # (no possessive "'s")
    assert quote["text"] == words and text[slice(*quote["cue_span"])] in (
        "claim", "warning")


def test_quotes_reporting_noun_without_a_holder_is_no_quote() -> None:
    found, _ = quotes("Fishermen doubted the claim that the harbour was safe.")
    assert [q for q in found if q["cue"] == "claim"] == []


def test_quotes_main_cue_whose_subject_an_aside_cut_off() -> None:
    text = "Speaking in Lyon, Ana Lopez, without naming him, also said the mayor had lied."
    quote, _ = only(text)
    assert text[slice(*quote["speaker_span"])] == "Ana Lopez"
    assert quote["text"] == "the mayor had lied"


def test_quotes_cue_inside_the_quoted_words_is_no_report_of_its_own() -> None:
    found, _ = quotes("He said the council “believes the harbour is safe” for now.")
    assert [q["cue"] for q in found] == ["say"]


@pytest.mark.parametrize(("text", "words"), [
    ("The mayor called the new dam “a disaster for the valley” on Tuesday.",
     "the new dam “a disaster for the valley”"),
    ("The minister described the protests as “largely peaceful”.",
     "the protests as “largely peaceful”"),
    ("Ana Lopez vowed to “fight on until the harbour reopens” this spring.",
     "to “fight on until the harbour reopens” this spring"),
])
def test_quotes_quoted_fragment_of_what_a_speech_act_reports_is_mixed(
        text: str, words: str) -> None:
    quote, _ = only(text)
    assert (quote["kind"], quote["text"]) == ("mixed", words)


@pytest.mark.parametrize(("text", "cue", "words"), [
    ("The minister assured farmers that the dam was safe.", "assure", "that the dam was safe"),
    ("Ana Lopez reminded voters that the harbour had reopened.", "remind",
     "that the harbour had reopened"),
    ("The mayor railed against the new tax on fishing boats.", "rail",
     "the new tax on fishing boats"),
    ("Ana Lopez suspects that the council sold the harbour.", "suspect",
     "that the council sold the harbour"),
])
def test_quotes_more_speech_and_thought_verbs(text: str, cue: str, words: str) -> None:
    quote, _ = only(text)
    assert (quote["cue"], quote["text"]) == (cue, words)


@pytest.mark.parametrize(("text", "words"), [
    ("Many fishermen see the new dam as a threat to the river.",
     "the new dam as a threat to the river"),
    ("Most voters view the mayor favourably.", "the mayor favourably"),
])
def test_quotes_a_view_is_its_object_and_what_it_is_seen_as(text: str, words: str) -> None:
    quote, _ = only(text)
    assert quote["text"] == words


@pytest.mark.parametrize("text", [
    "The town saw a rise in prices last year.",
    "“We will see about the dam,” Ana Lopez said.",
])
def test_quotes_seeing_without_as_is_no_view(text: str) -> None:
    assert [q["cue"] for q in quotes(text)[0] if q["cue"] == "see"] == []


def test_quotes_content_ends_before_the_paragraph_break() -> None:
    quote, _ = only("Farmers praise the new dam\n\nThe valley has changed.")
    assert not quote["text"][-1].isspace()


def test_quotes_a_subject_with_no_name_is_not_swapped_for_a_name_nearby() -> None:
    text = "“We will rebuild the harbour before winter,” the old fisherman said in Marseille."
    quote, _ = only(text)
    assert quote["speaker"] is None
    assert text[slice(*quote["speaker_span"])] == "old fisherman"


def test_quotes_a_place_in_the_subject_is_not_the_speaker() -> None:
    text = "“We will rebuild the harbour before winter,” said a fisherman in Marseille."
    quote, _ = only(text)
    assert quote["speaker"] is None
    assert text[slice(*quote["speaker_span"])] == "fisherman in Marseille"


def test_quotes_a_speakers_own_thought_inside_the_report_is_not_reported_again() -> None:
    quote, _ = only("Ana Lopez said she thinks the dam will hold.")
    assert (quote["cue"], quote["text"]) == ("say", "she thinks the dam will hold")


def test_quotes_someone_elses_thought_inside_a_report_is_still_reported() -> None:
    found, names = quotes("Ana Lopez said Mayor Tom Price thinks the dam will hold.")
    thought = next(q for q in found if q["cue"] == "think")
    assert names[thought["speaker"]] == "Tom Price"


@pytest.mark.parametrize(("text", "words"), [
    ("The river rose faster than anyone had expected this spring, the mayor said.",
     "The river rose faster than anyone had expected this spring"),
    ("The mayor said the harbour closed because the council feared a storm.",
     "the harbour closed because the council feared a storm"),
])
def test_quotes_a_clause_inside_the_words_does_not_cut_them(text: str, words: str) -> None:
    quote = next(q for q in quotes(text)[0] if q["cue"] == "say")
    assert quote["text"] == words


def test_quotes_mixed_quote_runs_to_the_end_of_its_quoted_words() -> None:
    quote, _ = only("Ana Lopez said the harbour was “a mistake. We will fix it before the "
                    "winter.”")
    assert quote["kind"] == "mixed"
    assert quote["text"] == "the harbour was “a mistake. We will fix it before the winter.”"


def test_quotes_mixed_quote_stops_before_a_report_of_its_own() -> None:
    found, _ = quotes("The mayor said the dam is “a disaster,” describing the engineers as "
                      "careless.")
    quote = next(q for q in found if q["cue"] == "say")
    assert (quote["kind"], quote["text"]) == ("mixed", "the dam is “a disaster,”")


def test_quotes_two_quoted_fragments_of_one_report_are_one_mixed_quote() -> None:
    quote, _ = only("Critics called the mayor “reckless” and “out of touch with the valley.”")
    assert quote["text"] == "the mayor “reckless” and “out of touch with the valley.”"


def test_quotes_a_list_the_parser_split_into_objects_is_reported_whole() -> None:
    text = ("They bring their own experience, whether discussing the economy, women's health, "
            "the river or a candidate for mayor.")
    quote = next(q for q in quotes(text)[0] if q["cue"] == "discuss")
    assert quote["text"] == "the economy, women's health, the river or a candidate for mayor"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The fishermen were told that the harbour would close in May.", None),
    ("The fishermen were told by the mayor that the harbour would close in May.", "mayor"),
])
def test_quotes_who_was_told_is_not_the_speaker(text: str, speaker: str | None) -> None:
    quote, _ = only(text)
    span = quote["speaker_span"]
    assert (text[slice(*span)] if span else None) == speaker


def test_direct_spans_skip_a_markup_attributes_value() -> None:
    text = '<post author="@harbour" date="May 2, 2024">“We are ready for the storm,” she said.'
    assert [text[s:e] for s, e in direct_spans(text, [(0, len(text))])] == [
        "“We are ready for the storm,”"]


def test_quotes_as_reported_by_names_the_source() -> None:
    text = "As reported by the Harbour Gazette, the council closed the port on Monday."
    quote, names = only(text)
    assert quote["text"] == "the council closed the port on Monday"
    assert names[quote["speaker"]] == "Harbour Gazette"


def test_quotes_the_next_verb_of_a_list_is_no_trailing_attribution() -> None:
    found, _ = quotes("The mayor toured the harbour, talked over the fishermen and left early.")
    assert [q for q in found if q["cue"] == "talk"] == []


@pytest.mark.parametrize(("text", "words"), [
    ("The mayor acknowledged that the repairs will take time, which will become harder as "
     "the winter nears.", "that the repairs will take time"),
    ("The mayor said the plan, which the council approved, would fail.",
     "the plan, which the council approved, would fail"),
])
def test_quotes_a_closing_which_clause_is_the_writers_aside(text: str, words: str) -> None:
    quote, _ = only(text)
    assert quote["text"] == words


def test_quotes_agreeing_with_reports_what_is_agreed_with() -> None:
    text = "The fishermen agreed with the mayor's decision to close the harbour."
    quote, _ = only(text)
    assert quote["text"] == "the mayor's decision to close the harbour"
    assert text[slice(*quote["cue_span"])] == "agreed with"


@pytest.mark.parametrize("text", [
    "The bank credited the money to the wrong account.",
    "China and Japan dispute the islands in the East China Sea.",
    "The fans taunted the visiting team.",
    "The minister considered the request carefully.",
    "The firm is keen to announce a deal.",
])
def test_quotes_acts_on_things_are_no_reports(text: str) -> None:
    assert quotes(text)[0] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("A spokesman at the Pentagon said the strikes would continue.", "Pentagon"),
    ("Analysts at Goldman Sachs said rates would fall.", "Goldman Sachs"),
])
def test_quotes_a_speaker_at_an_organisation_speaks_for_it(text: str, speaker: str) -> None:
    quote, _ = only(text)
    assert text[slice(*quote["speaker_span"])] == speaker


def test_quotes_a_mixed_quote_ends_before_a_paragraph_break() -> None:
    text = "The mayor called the plan “a disaster”  \n\nThe council met on Monday."
    quote = next(q for q in quotes(text)[0] if q["cue"] == "call")
    assert quote["text"] == "the plan “a disaster”"


def test_quotes_a_reporting_noun_whose_clause_swallowed_the_verb_is_no_quote() -> None:
    text = "The mayor's statement that the city was safe drew criticism."
    assert not any(q["cue"] == "statement" for q in quotes(text)[0])


@pytest.mark.parametrize("text", [
    "The coach said he sees the team as contenders this season.",
    "We see this as a turning point, the minister said.",
])
def test_quotes_a_speakers_own_view_inside_the_report_is_not_reported_again(text: str) -> None:
    assert [q["cue"] for q in quotes(text)[0]] == ["say"]


@pytest.mark.parametrize(("text", "cue", "words"), [
    ("The teachers' union backs the new school budget.", "back", "the new school budget"),
    ("Several senators oppose the pipeline expansion.", "oppose", "the pipeline expansion"),
    ("The governor is seeking a second term.", "seek", "a second term"),
])
def test_quotes_a_stance_reports_its_object(text: str, cue: str, words: str) -> None:
    quote, _ = only(text)
    assert (quote["cue"], quote["text"]) == (cue, words)


@pytest.mark.parametrize("text", [
    "Voters who support the mayor gathered outside the hall.",
    "The survey found that most farmers support the new tariff.",
])
def test_quotes_a_stance_in_a_description_or_a_report_is_no_quote_of_its_own(
        text: str) -> None:
    found, _ = quotes(text)
    assert [q["cue"] for q in found if q["cue"] == "support"] == []


@pytest.mark.parametrize(("text", "cue", "mixed"), [
    ("The mayor described the budget as “reckless,” adding that taxes would rise.",
     "describe", "the budget as “reckless,”"),
    ("The coach called the referee “a disgrace,” adding that the league should act.",
     "call", "the referee “a disgrace,”"),
])
def test_quotes_fragment_in_an_object_is_cued_by_its_verb_not_the_next_report(
        text: str, cue: str, mixed: str) -> None:
    found, _ = quotes(text)
    assert [(q["kind"], q["cue"]) for q in found] == [("mixed", cue), ("indirect", "add")]
    assert found[0]["text"] == mixed and found[1]["text"].startswith("that ")


def test_quotes_a_clause_that_opens_with_quoted_words_is_mixed() -> None:
    quote, _ = only('The general said "regional troops" must lead the fight.')
    assert (quote["kind"], quote["text"]) == ("mixed", '"regional troops" must lead the fight')


def test_quotes_a_pronoun_object_with_what_it_is_called_is_content() -> None:
    quote, _ = only("The mayor called it a disgrace.")
    assert (quote["cue"], quote["text"]) == ("call", "it a disgrace")


def test_quotes_a_preposition_the_parser_hung_on_the_object_is_still_content() -> None:
    quote, _ = only('The minister accused the press of printing "pure fiction" about the deal.')
    assert (quote["kind"], quote["text"]) == (
        "mixed", 'the press of printing "pure fiction" about the deal')


def test_quotes_a_clause_hung_on_the_cue_after_the_words_is_reported() -> None:
    quote, _ = only("Investors may want to wait a week, especially if rates keep rising.")
    assert quote["text"] == "to wait a week, especially if rates keep rising"


@pytest.mark.parametrize("text", [
    "“We will not close the harbour,” the mayor said on the radio show “City Hour.”",
    "“Prices will fall,” the economist told the hosts of “Money Matters” on Friday.",
])
def test_quotes_a_title_named_beside_a_quote_is_no_quote(text: str) -> None:
    found, _ = quotes(text)
    assert [q["text"][1:4] for q in found] == [text[1:4]]


def test_quotes_an_aside_with_a_report_of_its_own_closes_the_words() -> None:
    found, _ = quotes("The coach said the team needed a new stadium, which she claimed would "
                      "pay for itself.")
    assert found[0]["text"] == "the team needed a new stadium"


@pytest.mark.parametrize(("text", "words"), [
    ("Most economists consider the reforms a success.", "the reforms a success"),
    ("Many voters consider him a phony.", "him a phony"),
])
def test_quotes_a_view_the_parser_read_as_a_verbless_clause(text: str, words: str) -> None:
    quote, _ = only(text)
    assert (quote["cue"], quote["text"]) == ("consider", words)


@pytest.mark.parametrize("text", [
    "All told, the storm destroyed more than 300 homes across the county.",
    "That said, the council will still vote on the budget next week.",
])
def test_quotes_all_told_and_that_said_are_no_reports(text: str) -> None:
    found, _ = quotes(text)
    assert found == []


def test_quotes_a_clause_cut_from_a_quote_at_its_closing_mark_is_no_quote() -> None:
    quote, _ = only('He denied saying "of course" the mayor had the votes.')
    assert quote["cue_span"] is not None and quote["text"].startswith("saying")


def test_quotes_a_title_in_the_speakers_aside_is_not_the_speaker() -> None:
    text = ("“Prices will fall,” said Ana Ruiz, the author of “Cheap Money,” in an interview "
            "on Monday.")
    quote, _ = only(text)
    assert text[slice(*quote["speaker_span"])] == "Ana Ruiz"


def test_quotes_a_cue_the_parser_hung_on_the_speakers_name() -> None:
    text = "Jones, a council member, called the city budget “sound.”"
    quote, _ = only(text)
    assert quote["kind"] == "mixed" and text[slice(*quote["speaker_span"])] == "Jones"
    assert quote["cue"] == "call" and quote["text"] == "the city budget “sound.”"


def test_quotes_the_attribution_inside_the_words_is_not_part_of_them() -> None:
    text = ("The governor defended the new tax, which she claimed would pay for itself "
            "within five years.")
    found, _ = quotes(text)
    quote = next(q for q in found if q["cue"] == "claim")
    assert [text[a:b] for a, b in quote["parts"]] == [
        "which", "would pay for itself within five years"]


def test_quotes_a_mark_opened_mid_sentence_does_not_run_into_the_next_paragraph() -> None:
    text = ("The mayor said the plan was “a first step toward fixing the roads and bridges "
            "of the city.\n\n“We will start in May,” she said.")
    found, _ = quotes(text)
    assert all("\n" not in q["text"] for q in found) and len(found) == 2


def test_quotes_a_poll_in_front_of_a_clause_vouches_for_it() -> None:
    text = "In a poll released on Monday, most voters backed the plan for a new park."
    quote, _ = only(text)
    assert quote["text"] == "most voters backed the plan for a new park"
    assert text[slice(*quote["cue_span"])] == "In" and quote["cue"] == "in"


@pytest.mark.parametrize("text", [
    "In a poll released on Monday, the firm found that most voters backed the park.",
    "Most voters backed the plan for a new park, which pleased the mayor in the end.",
])
def test_quotes_a_poll_whose_clause_reports_itself_vouches_for_nothing(text: str) -> None:
    found, _ = quotes(text)
    assert not any(q["cue"] == "in" for q in found)


@pytest.mark.parametrize("text", [
    "The mayor, who backs the plan for a new park, spoke to residents on Monday.",
    "Ana Ruiz, who opposed the new tariff last year, will run for the council.",
])
def test_quotes_a_stance_in_a_clause_set_off_by_commas_is_the_holders(text: str) -> None:
    found, _ = quotes(text)
    assert [q["text"] for q in found if q["cue"] in ("back", "oppose")] in (
        ["the plan for a new park"], ["the new tariff"])


@pytest.mark.parametrize(("text", "words"), [
    ("Only a third of the voters said the same of the governor.", "the same of the governor"),
    ("The drivers' union wants a new contract before the summer.",
     "a new contract before the summer"),
])
def test_quotes_say_and_want_report_their_object(text: str, words: str) -> None:
    quote, _ = only(text)
    assert quote["text"] == words


def test_quotes_quoted_words_in_a_clause_an_aside_attributes_make_it_mixed() -> None:
    text = "Cheap loans, the senator said, would only “feed the bubble” in the housing market."
    quote, _ = only(text)
    assert quote["kind"] == "mixed" and quote["cue"] == "say"
    assert [text[a:b] for a, b in quote["parts"]] == [
        "Cheap loans", "would only “feed the bubble” in the housing market"]


def test_quotes_a_clause_joined_after_the_aside_is_not_the_quotes() -> None:
    text = "“Follow me,” the guide said, and the tourists walked behind her to the square."
    found, _ = quotes(text)
    assert [q["text"] for q in found] == ["“Follow me,”"]


def test_quotes_quoted_words_in_what_the_cue_governs_make_it_mixed() -> None:
    text = "The coach chided the referee for ignoring an “obvious” foul in the second half."
    quote, _ = only(text)
    assert quote["kind"] == "mixed" and quote["cue"] == "chide"
    assert quote["text"] == "the referee for ignoring an “obvious” foul in the second half"


def test_quotes_headline_label_with_quoted_words_inside_is_a_mixed_quote() -> None:
    text = ("Ana Ruiz: New Tariffs Are ‘A Tax On Every Family’ In The State\n\n"
            "The senator spoke in Denver on Monday.")
    quote, _ = only(text)
    assert quote["kind"] == "mixed" and quote["cue"] == ":"
    assert quote["text"] == "New Tariffs Are ‘A Tax On Every Family’ In The State"
    assert text[slice(*quote["speaker_span"])] == "Ana Ruiz"


def test_quotes_a_report_in_the_attribution_between_two_parts_is_its_own() -> None:
    text = ("“We will win this one,” said Ana Ruiz, referring to the city council race. "
            "“Nobody doubts it any more.”")
    found, _ = quotes(text)
    assert [(q["cue"], q["text"]) for q in found if q["kind"] == "indirect"] == [
        ("refer", "the city council race")]
    assert text[slice(*found[1]["speaker_span"])] == "Ana Ruiz"


def test_quotes_a_participle_after_a_noun_is_that_nouns_report() -> None:
    text = "Last year a group backing the mayor spent two million dollars on television ads."
    quote, _ = only(text)
    assert (quote["cue"], quote["text"]) == ("back", "the mayor")
    assert text[slice(*quote["speaker_span"])] == "group"


@pytest.mark.parametrize(("text", "cue"), [
    ("The senator released statements condemning the raid on the newspaper.",
     "released statements condemning"),
    ("The council heard from families seeking shelter in the old school.", None),
])
def test_quotes_papers_and_aims_are_not_the_speaker(text: str, cue: str | None) -> None:
    found, _ = quotes(text)
    assert [text[slice(*q["cue_span"])] for q in found] == ([cue] if cue else [])
    assert all(text[slice(*q["speaker_span"])] == "senator" for q in found)


def test_quotes_the_second_of_two_joined_participles_has_the_clauses_speaker() -> None:
    text = ("The mayor ducked the question, pointing to her record and saying that the "
            "budget was balanced.")
    found, _ = quotes(text)
    said = next(q for q in found if q["cue"] == "say")
    assert said["text"] == "that the budget was balanced"
    assert text[slice(*said["speaker_span"])] == "mayor"


@pytest.mark.parametrize(("text", "cue", "words", "holder"), [
    ("The teachers' union is deeply skeptical of the new testing plan.",
     "is deeply skeptical of", "the new testing plan", "teachers' union"),
    ("Many farmers were worried that the drought would last another year.",
     "were worried", "that the drought would last another year", "Many farmers"),
])
def test_quotes_an_attitude_after_a_linking_verb_is_its_holders(
        text: str, cue: str, words: str, holder: str) -> None:
    quote, _ = only(text)
    assert (text[slice(*quote["cue_span"])], quote["text"]) == (cue, words)
    assert text[slice(*quote["speaker_span"])] == holder


@pytest.mark.parametrize("text", [
    "A skeptical voter wrote to the paper on Monday.",
    "The new testing plan is sure to pass the council in June.",
    "The union is wary.",
])
def test_quotes_an_adjective_holding_nothing_is_no_attitude(text: str) -> None:
    assert quotes(text)[0] == []


@pytest.mark.parametrize(("text", "cue"), [
    ("The mayor made it clear that she would not resign.", "made it clear"),
    ("The mayor has made clear on Monday that she would not resign.", "has made clear"),
])
def test_quotes_made_clear_declares_its_that_clause(text: str, cue: str) -> None:
    quote, _ = only(text)
    assert (text[slice(*quote["cue_span"])], quote["text"]) == (
        cue, "that she would not resign")
    assert text[slice(*quote["speaker_span"])] == "mayor"


@pytest.mark.parametrize("text", [
    "The council requested documents from the mayor's office.",
    "The firm intends to open a new plant in Ohio.",
    "Prosecutors charged the driver with reckless endangerment.",
])
def test_quotes_requests_intentions_and_indictments_are_no_reports(text: str) -> None:
    assert quotes(text)[0] == []


def test_quotes_charged_reports_a_clause() -> None:
    text = "Critics charged that the plan was a giveaway to developers."
    quote, _ = only(text)
    assert (quote["cue"], quote["text"]) == ("charge", "that the plan was a giveaway to developers")


@pytest.mark.parametrize(("text", "words"), [
    ("The minister said she had met the new envoy, a former banker from Lyon.",
     "she had met the new envoy"),
    ("The mayor said the plan would help Ruiz, the council and the schools.",
     "the plan would help Ruiz, the council and the schools"),
])
def test_quotes_a_closing_gloss_on_a_name_is_the_writers(text: str, words: str) -> None:
    quote, _ = only(text)
    assert quote["text"] == words


def test_quotes_would_like_reports_its_wish() -> None:
    text = "The union would like to see the contract signed before June."
    quote, _ = only(text)
    assert (quote["cue"], quote["text"]) == ("like", "to see the contract signed before June")


def test_quotes_a_title_case_headline_reports_by_its_shape() -> None:
    text = "Mayor Ruiz Slams Council Over New Parking Rules\n\nThe mayor spoke on Monday."
    quote, _ = only(text)
    assert (text[slice(*quote["cue_span"])], quote["text"]) == (
        "Slams", "Council Over New Parking Rules")
    assert text[slice(*quote["speaker_span"])] == "Mayor Ruiz"


def test_quotes_no_headline_report_without_a_cue() -> None:
    assert quotes("Floods Hit The Valley Again After Storms\n\nThe river rose on Monday.")[0] == []
