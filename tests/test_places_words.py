"""Places the words around a name settle: a class noun ("the town of …"), a locative before
a name the tagger took for a product, and a dateline's place."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph
from newsgraph.models import Entity
from newsgraph.placeindex import load
from newsgraph.toponyms import classed, in_groups, named_after

pytestmark = pytest.mark.slow


def places_of(text: str) -> list[dict[str, Any]]:
    return newsgraph.analyze(text, published="2024-05-16").places


def by_text(text: str) -> dict[str, dict[str, Any]]:
    return {p["text"]: p for p in places_of(text)}


@pytest.mark.parametrize(("text", "mention", "country"), [
    # small towns the tagger called an organisation or a person, or missed
    ("The bridge, 20 km south of Sibenik, was closed after the storm.", "Sibenik", "HRV"),
    ("Rescuers reached Kodiak, a fishing port on the island, before dawn.", "Kodiak", "USA"),
    ("The ferry docked at Seward, a small port in the south, at noon.", "Seward", "USA"),
])
def test_places_a_small_town_the_words_around_call_one(text: str, mention: str,
                                                      country: str) -> None:
    place = by_text(text)[mention]
    assert (place["country"], place["feature"], place["role"]) == (country, "city", "location")


def test_places_a_big_town_the_tagger_took_for_a_product_after_in() -> None:
    place = by_text("The nuns ran a hospice in Calcutta for decades.")["Calcutta"]
    assert (place["name"], place["country"]) == ("Kolkata", "IND")


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("Flooding hit the village of Hardham overnight.", 28, 35, "town"),
    ("Hardham, a market town in the west, flooded.", 0, 7, "town"),
    ("Hardham, located on the river, flooded.", 0, 7, "located"),
    ("Jordan, a city councillor, objected.", 0, 6, None),  # a councillor, no town
    ("Smith, the capital's mayor, objected.", 0, 5, None),
    ("The state of Emergency Services is poor.", 13, 32, "area"),  # (the index decides)
    ("Rain fell on the island of Hardham again.", 27, 34, "island"),
    ("North of Hardham, the road was shut.", 9, 16, "town"),  # a direction opening a sentence
    ("Hardham, a province in the north, flooded.", 0, 7, "area"),
    ("Hardham said the plan was late.", 0, 7, None),
    ("The film City of Hardham opened.", 17, 24, None),  # a title, not a town
    ("The governor of Hardham Bay hotel group resigned.", 16, 27, None),  # a firm
])
def test_classed_reads_the_class_noun_beside_a_name(text: str, start: int, end: int,
                                                     expected: str | None) -> None:
    assert classed(text, start, end) == expected


@pytest.mark.parametrize(("text", "mention"), [
    ("Ajax, located in Amsterdam, won the league again.", "Ajax"),  # no town in Canada
    ("Volcanoes dot the island of Java, home to most Indonesians.", "Java"),  # no town
    ("Growers in the region of Champagne fear a late frost.", "Champagne"),  # no commune
    ("The film City of God was shown at the festival.", "God"),  # no town in Hungary
])
def test_places_words_around_that_call_a_name_no_town_keep_it_from_one(
        text: str, mention: str) -> None:
    assert mention not in by_text(text)


def test_places_located_in_keeps_a_town_in_that_country() -> None:
    place = by_text("Orvieto, located in Italy, draws crowds in summer.")["Orvieto"]
    assert (place["country"], place["feature"]) == ("ITA", "city")


def test_places_a_datelines_capital_is_a_location_not_an_actor() -> None:
    text = "KYIV, Ukraine (AP) — Russian troops shelled the port overnight, officials said."
    roles = [(p["text"], p["role"]) for p in newsgraph.analyze(text).places]
    assert roles[0] == ("KYIV", "location")
    text = "KYIV, Ukraine (AP) — Ukraine signed a grain deal on Friday, officials said."
    roles = [(p["text"], p["role"]) for p in newsgraph.analyze(text).places]
    assert ("Ukraine", "actor") in roles  # the country that signs still acts


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Analysts said Wall Street banks would cut jobs.", "Wall Street", "Wall Street"),
    ("Kharkiv residents queued for water on Monday.", "Kharkiv", "Kharkiv"),
])
def test_places_a_place_that_opens_a_groups_words(text: str, mention: str, name: str) -> None:
    place = by_text(text)[mention]
    assert (place["name"], place["role"]) == (name, "location")


def test_places_a_small_town_the_tagger_calls_an_organisation_after_in() -> None:
    text = ("Refugees in northeast Bosnia said they would march to Doboj on Sunday, and "
            "troops were sent to Doboj.")
    assert [p["country"] for p in places_named(text, "Doboj")] == ["BIH", "BIH"]


def places_named(text: str, mention: str) -> list[dict[str, Any]]:
    return [p for p in newsgraph.analyze(text).places if p["text"] == mention]


@pytest.mark.parametrize(("text", "mention", "feature", "country"), [
    ("Flights out of Heathrow were cancelled because of fog.", "Heathrow", "facility", "GBR"),
    ("Passengers at Gatwick Airport waited for hours.", "Gatwick Airport", "facility", "GBR"),
    ("A storm hit Heathrow, Florida, on Monday.", "Heathrow", "city", "USA"),  # the town
])
def test_places_airports_of_our_own_and_the_towns_that_share_their_names(
        text: str, mention: str, feature: str, country: str) -> None:
    place = by_text(text)[mention]
    assert (place["feature"], place["country"]) == (feature, country)


def test_places_a_division_after_a_comma_is_the_biggest_of_its_name() -> None:
    # (Florida is also a municipality of Puerto Rico)
    assert named_after(load(), "Ocala, Florida", 5) == "US.FL"


def test_places_headline_short_forms_of_country_names() -> None:
    assert by_text("S. Korea and N. Korea met at the border.")["S. Korea"]["name"] == (
        "South Korea")


@pytest.mark.parametrize(("words", "place"), [
    ("the Wall Street banks", "Wall Street"),  # after "the"
    ("Kharkiv residents", "Kharkiv"),
    ("U.S. Tennis Association officials", None),  # a name of its own around the place
])
def test_in_groups_takes_the_capitalised_words_before_the_groups_word(
        words: str, place: str | None) -> None:
    text = f"Analysts said {words} were worried."
    start = text.index(words)
    group = Entity("E1", words, "GROUP", [(start, start + len(words))])
    assert [m.text for m in in_groups(load(), [group], text, set())] == (
        [place] if place else [])


def test_places_a_place_name_that_speaks_of_herself_is_a_woman() -> None:
    assert "Victoria" not in by_text("Victoria said she would not stand again.")
    assert "Georgia" not in by_text("Georgia said she would not run for the seat again.")
    state = by_text("Victoria said it would lift the curfew on Monday.")["Victoria"]
    assert (state["country"], state["feature"], state["role"]) == ("AUS", "admin1", "actor")


def test_places_a_country_that_speaks_of_someone_else_stays_a_country() -> None:
    country = by_text("Russia said he would be tried in Moscow.")["Russia"]
    assert (country["feature"], country["role"]) == ("country", "actor")


def test_places_a_beauty_title_holds_a_place_as_a_name() -> None:
    place = by_text("The crown went to Miss Georgia, who is 19.")["Georgia"]
    assert place["role"] == "name"


@pytest.mark.parametrize("text", [
    "The coach said he was fit, but England say he is still injured.",
    "The coach said he was fit, but Scotland say he is still injured.",
])
def test_places_a_place_that_speaks_of_him_stays_a_place(text: str) -> None:
    assert [p["feature"] for p in by_text(text).values()] == ["admin1"]


def test_places_no_place_is_read_out_of_a_hyphened_town_name() -> None:
    found = by_text("Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said the plan was late.")
    assert "Thames" not in found and found["Oxfordshire"]["country"] == "GBR"


def test_places_a_class_noun_for_a_division_reads_the_division_that_once() -> None:
    found = places_of("The governor of New York signed the bill. New York is cold.")
    assert [(p["name"], p["feature"]) for p in found] == [("New York", "admin1"),
                                                          ("New York City", "city")]
    assert by_text("Fighting spread across the province of Kandahar.")["Kandahar"][
        "feature"] == "admin1"
    assert by_text("The state of Israel was founded in 1948.")["Israel"]["feature"] == "country"
    georgia = by_text("Lawmakers in the state of Georgia passed the bill.")["Georgia"]
    assert (georgia["feature"], georgia["country"]) == ("admin1", "USA")


@pytest.mark.parametrize(("text", "mention", "name", "feature"), [
    ("The governor of Kharkiv said two people were killed.", "Kharkiv",
     "Kharkivska oblast", "admin1"),
    ("The island of Crete was hit by wildfires.", "Crete", "Kríti", "admin1"),
    ("The island of Tenerife saw protests.", "Tenerife", "Santa Cruz de Tenerife", "city"),
])
def test_places_a_class_noun_for_an_area_or_an_island_keeps_the_place(
        text: str, mention: str, name: str, feature: str) -> None:
    place = by_text(text)[mention]
    assert (place["name"], place["feature"]) == (name, feature)


@pytest.mark.parametrize(("text", "mention"), [
    ("Kharkiv, located near the Russian border, was shelled again.", "Kharkiv"),
    ("Lviv, located in Ukraine's west, took in refugees.", "Lviv"),
    ("Mosul, located on the Tigris, was retaken in 2017.", "Mosul"),
])
def test_places_located_with_no_known_place_after_it_vetoes_nothing(text: str,
                                                                   mention: str) -> None:
    assert by_text(text)[mention]["feature"] == "city"


@pytest.mark.parametrize("text", [
    "California argued that she had no standing to sue.",
    "Scotland said she would be fit to face Wales.",
])
def test_places_a_place_whose_name_no_woman_bears_keeps_its_reading(text: str) -> None:
    assert places_of(text)[0]["feature"] == "admin1"


@pytest.mark.parametrize(("text", "mentions"), [
    ("The Kyiv-Lviv train was delayed.", ["Kyiv", "Lviv"]),
    ("The London-Edinburgh line reopened.", ["London", "Edinburgh"]),
])
def test_places_both_places_of_a_hyphened_pair(text: str, mentions: list[str]) -> None:
    assert [p["text"] for p in places_of(text)] == mentions


def test_places_a_region_of_ours_outweighs_a_small_town_of_its_name() -> None:
    found = by_text("The Thames burst its banks near Oxford.")
    assert (found["Thames"]["country"], found["Oxford"]["country"]) == ("GBR", "GBR")


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Fires spread across Corsica on Monday.", "Corsica", "Corse"),  # the tagger's PRODUCT
    ("He grew up in Tuscany.", "Tuscany", "Toscana"),
])
def test_places_a_division_by_its_english_name(text: str, mention: str, name: str) -> None:
    place = by_text(text)[mention]
    assert (place["name"], place["feature"]) == (name, "admin1")


@pytest.mark.parametrize(("text", "mention", "country"), [
    # the object of an attack, whatever the tagger said (a person, an organisation, none)
    ("Ukrainian troops liberated Kupiansk in September.", "Kupiansk", "UKR"),
    ("Rebels besieged Homs for months.", "Homs", "SYR"),
    ("Russian forces shelled Kherson overnight.", "Kherson", "UKR"),
    ("Missiles hit Kramatorsk on Monday.", "Kramatorsk", "UKR"),
    ("Aid convoys entered Khan Yunis.", "Khan Yunis", "PSE"),
    # a name the tagger gave a work or a person after "to", "in"
    ("Tourists took the overnight ferry to Corsica.", "Corsica", "FRA"),
    ("Air strikes were reported in Khan Younis again.", "Khan Younis", "PSE"),
])
def test_places_a_mislabelled_town_that_is_attacked_or_reached(text: str, mention: str,
                                                                country: str) -> None:
    place = by_text(text)[mention]
    assert (place["country"], place["role"]) == (country, "location")


@pytest.mark.parametrize(("text", "absent"), [
    ("Injuries hit Chelsea before the final.", "Chelsea"),  # the team
    ("Investors lost interest in Ajax after the sale.", "Ajax"),  # the club
    ("The lifetime award went to Cher on Sunday.", "Cher"),  # the singer, not the département
    ("The club sold its captain to Lazio in August.", "Lazio"),  # the club
])
def test_places_a_club_or_a_person_hit_or_reached_stays_no_town(text: str,
                                                                 absent: str) -> None:
    assert absent not in by_text(text)
