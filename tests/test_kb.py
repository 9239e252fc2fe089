"""The knowledge base: lookups, dated offices, and the checks that catch broken entries."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from newsgraph import kb as kb_module
from newsgraph.kb import build, check, load, norm, parse


@pytest.fixture(scope="module")
def kb() -> kb_module.KnowledgeBase:
    return load()


def test_kb_shipped_files_are_sound(kb: kb_module.KnowledgeBase) -> None:
    assert check(kb) == []


@pytest.mark.parametrize(("name", "kind", "key"), [
    ("Britain", "country", "GBR"),
    ("U.K.", "country", "GBR"),
    ("Côte d'Ivoire", "country", "CIV"),
    ("British", "adjective", "GBR"),
    ("Libyans", "demonym", "LBY"),
    ("Kremlin", "metonym", "RUS"),
    ("the White House", "metonym", "USA"),
    ("Pentagon", "mil_metonym", "USA"),
    ("Moscow", "capital", "RUS"),
    ("Darfur", "region", "SDN"),
    ("Xinhua", "org", "xinhua"),
    ("NATO", "org", "nato"),
    ("Hamas", "org", "hamas"),
])
def test_kb_lookup_knows_names(kb: kb_module.KnowledgeBase, name: str, kind: str,
                               key: str) -> None:
    assert (kind, key) in {(k.kind, k.key) for k in kb.lookup(name)}


@pytest.mark.parametrize(("text", "key"), [
    ("The U.S.", "us"),
    ("  Downing   Street ", "downing street"),
    ("Côte d’Ivoire", "côte d'ivoire"),
])
def test_kb_norm(text: str, key: str) -> None:
    assert norm(text) == key


@pytest.mark.parametrize(("country", "role", "day", "person"), [
    ("USA", "head_of_state", date(2016, 6, 1), "Barack Obama"),
    ("USA", "head_of_state", date(2017, 6, 1), "Donald Trump"),
    ("GBR", "head_of_government", date(2019, 6, 1), "Theresa May"),
    ("GBR", "head_of_government", date(2019, 8, 1), "Boris Johnson"),
    ("RUS", "head_of_state", date(2010, 1, 1), "Dmitry Medvedev"),
    ("RUS", "head_of_government", date(2010, 1, 1), "Vladimir Putin"),
    ("CHN", "head_of_state", date(2024, 5, 16), "Xi Jinping"),
])
def test_kb_office_holder_on_a_day(kb: kb_module.KnowledgeBase, country: str, role: str,
                                   day: date, person: str) -> None:
    holder = kb.holder(country, role, day)
    assert holder is not None and holder.name == person


def test_kb_former_office_holder_is_an_elite(kb: kb_module.KnowledgeBase) -> None:
    blair = next(p for p in kb.people.values() if p.name == "Tony Blair")
    assert kb.person_actor(blair, date(2005, 1, 1)).code == "GBRGOV"
    assert kb.person_actor(blair, date(2010, 1, 1)).code == "GBRELI"


GOOD_ORG = {"id": "acme", "name": "Acme Pact", "code": "ACME", "sector": "IGO"}
PERSON = {"id": "a", "name": "Ann Example", "gender": "f",
          "roles": [{"country": "FRA", "role": "head_of_state", "title": "President",
                     "from": "2001-01-01", "to": "2005-01-01"}]}


@pytest.mark.parametrize(("files", "problem"), [
    ({"organisations.yaml": [GOOD_ORG, {**GOOD_ORG, "id": "acme2"}]}, "names several entries"),
    ({"organisations.yaml": [{**GOOD_ORG, "sector": "XYZ"}]}, "unknown sector"),
    ({"organisations.yaml": [{**GOOD_ORG, "code": "FRA"}]}, "uses a country code"),
    ({"groups.yaml": [{"id": "g", "name": "G Front", "country": "ZZZ", "sector": "REB"}]},
     "unknown country"),
    ({"people_x.yaml": [PERSON, {**PERSON, "id": "b", "name": "Bo Example",
                                 "roles": [{**PERSON["roles"][0], "from": "2003-01-01"}]}]},
     "overlaps"),
    ({"people_x.yaml": [{**PERSON, "roles": [{**PERSON["roles"][0], "to": "2000-01-01"}]}]},
     "ends before it starts"),
    ({"people_x.yaml": [{**PERSON, "roles": [{**PERSON["roles"][0], "role": "emperor"}]}]},
     "unknown role"),
    ({"agents.yaml": {"goblins": "GOB"}}, "unknown sector"),
])
def test_kb_check_catches_a_broken_entry(files: dict[str, object], problem: str) -> None:
    problems = check(build(files))
    assert any(problem in p for p in problems), problems


def test_kb_check_accepts_an_acting_stand_in() -> None:
    acting = {**PERSON, "id": "b", "name": "Bo Example",
              "roles": [{**PERSON["roles"][0], "title": "Acting President",
                         "from": "2003-01-01", "to": "2003-03-01"}]}
    assert check(build({"people_x.yaml": [PERSON, acting]})) == []


def test_kb_yaml_refuses_a_key_given_twice() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="twice: police"):
        parse("police: COP\nsoldiers: MIL\npolice: MIL\n")
