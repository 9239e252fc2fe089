"""The actor knowledge base: countries, organisations, armed groups, media and office-holders.

Facts live in ``data/kb/*.yaml``, written by this project; ISO 3166 codes and official
country names come from pycountry. Everything is loaded once and indexed in dictionaries,
so resolving a name is a lookup, never a scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import pycountry
import yaml

from .models import Actor

#: Sector codes (PLOVER/CAMEO "agents") the knowledge base may use.
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "CVL", "REF",
    "JRN", "BUS", "LAB", "EDU", "HLH", "REL", "NGO", "IGO", "CRM", "SPY", "ELI", "AGR", "ENV",
})
ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister",
                   "defence_minister", "leader"})
_DOTS = re.compile(r"\.(?=\w|$)")
_SPACE = re.compile(r"\s+")
_LEAD = re.compile(r"^(?:the|The|THE)\s+")


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lookup key of a name: no leading "the", no dots in "U.S.", one space, lower case."""
    text = _LEAD.sub("", text.strip())
    text = text.replace("’", "'")
    return _SPACE.sub(" ", _DOTS.sub("", text)).lower()


@dataclass(frozen=True, slots=True)
class Known:
    """One reading of a name: what it names and how."""

    kind: str   # country, capital, metonym, mil_metonym, adjective, demonym, org, person
    key: str    # ISO alpha-3 for country readings; the entry id otherwise
    label: str  # the NER label the name deserves: GPE, ORG, NORP, PERSON


@dataclass(frozen=True, slots=True)
class Role:
    country: str
    role: str
    title: str
    start: date
    end: date | None
    group: str | None = None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    surname: str
    gender: str | None
    qid: str | None
    roles: tuple[Role, ...]

    @property
    def kb_id(self) -> str:
        return self.qid or f"newsgraph:person/{self.id}"


@dataclass(frozen=True, slots=True)
class Org:
    id: str
    kind: str          # org, group, media
    name: str
    code: str
    country: str | None
    sector: str
    qid: str | None
    parent: str | None = None

    @property
    def kb_id(self) -> str:
        return self.qid or f"newsgraph:{self.kind}/{self.id}"


@dataclass(slots=True)
class Country:
    code: str
    name: str
    names: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: str | None = None
    metonyms: list[str] = field(default_factory=list)
    mil_metonyms: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    leader: str = "head_of_state"
    qid: str | None = None

    @property
    def kb_id(self) -> str:
        return self.qid or f"newsgraph:country/{self.code}"


@dataclass(slots=True)
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    orgs: dict[str, Org] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    names: dict[str, list[Known]] = field(default_factory=dict)
    surnames: dict[str, list[str]] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Role, str]]] = field(default_factory=dict)
    surface: dict[str, str] = field(default_factory=dict)  # name as written → NER label
    by_kb_id: dict[str, Person] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    # -- lookups -----------------------------------------------------------------------

    def lookup(self, text: str) -> list[Known]:
        return self.names.get(norm(text), [])

    def holder(self, country: str, role: str, day: date) -> Person | None:
        """Who held ``role`` in ``country`` on ``day`` (the latest to take office)."""
        found = [pid for r, pid in self.holders.get((country, role), []) if r.holds_on(day)]
        return self.people[found[-1]] if found else None

    def person_actor(self, person: Person, day: date) -> Actor:
        """A person's actor code on ``day``: the office then held, else former, else none."""
        current = [r for r in person.roles if r.holds_on(day)]
        if current:
            return self._role_actor(current[0], person.kb_id)
        past = [r for r in person.roles if r.end is not None and r.end <= day]
        roles = past or list(person.roles)
        code = roles[0].country if roles else None
        if past and code in self.countries:
            return Actor(code=f"{code}ELI", country=code, sector="ELI", kb_id=person.kb_id)
        return Actor(code=code or "", country=code if code in self.countries else None,
                     sector=None, kb_id=person.kb_id)

    def _role_actor(self, role: Role, kb_id: str) -> Actor:
        if role.group and role.group in self.orgs:
            group = self.orgs[role.group]
            return Actor(code=group.code, country=group.country, sector=group.sector,
                         kb_id=kb_id)
        if role.country in self.countries:
            return Actor(code=f"{role.country}GOV", country=role.country, sector="GOV",
                         kb_id=kb_id)
        return Actor(code=role.country, country=None, sector="IGO", kb_id=kb_id)

    def org_actor(self, org: Org) -> Actor:
        # CAMEO puts an IGO where a country goes (code UNO, NATO, EUR) and codes its
        # governing bodies as government.
        if org.sector == "IGO":
            return Actor(code=org.code, country=None, sector="GOV", kb_id=org.kb_id)
        if org.country is None:
            return Actor(code=org.code, country=None, sector=org.sector, kb_id=org.kb_id)
        return Actor(code=f"{org.country}{org.sector}", country=org.country, sector=org.sector,
                     kb_id=org.kb_id)

    def country_actor(self, code: str, sector: str | None = None) -> Actor:
        country = self.countries[code]
        return Actor(code=f"{code}{sector or ''}", country=code, sector=sector,
                     kb_id=country.kb_id)


# libyaml's parser when PyYAML has it: ten times faster on the people files.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """YAML that refuses a key given twice in one mapping (plain YAML keeps the last)."""


def _mapping(loader: Any, node: yaml.MappingNode) -> dict[Any, Any]:
    keys = [loader.construct_object(key) for key, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(
            None, None, f"keys given twice: {', '.join(twice)}", node.start_mark)
    return dict(loader.construct_pairs(node))


def _boolean(loader: Any, node: yaml.ScalarNode) -> Any:
    """Only true and false are booleans: YAML 1.1 would read the words on, off, yes and no
    as booleans too, and our lexicons list prepositions ("call on", "call off")."""
    value = loader.construct_scalar(node)
    return {"true": True, "false": False}.get(value.lower(), value)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_StrictLoader.add_constructor("tag:yaml.org,2002:bool", _boolean)


def parse(text: str) -> Any:
    return yaml.load(text, Loader=_StrictLoader)


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """The knowledge base shipped in the package, loaded and indexed once per process."""
    folder = resources.files("newsgraph").joinpath("data/kb")
    files = {entry.name: parse(entry.read_text("utf-8"))
             for entry in folder.iterdir() if entry.name.endswith(".yaml")}
    return build(files)


def build(files: dict[str, Any]) -> KnowledgeBase:
    """Index the parsed YAML files (by file name) into a ``KnowledgeBase``."""
    kb = KnowledgeBase()
    _add_countries(kb, files.get("countries.yaml") or {})
    for name, kind in (("organisations.yaml", "org"), ("groups.yaml", "group"),
                       ("media.yaml", "media")):
        _add_orgs(kb, files.get(name) or [], kind)
    for name in sorted(files):
        if name.startswith("people"):
            _add_people(kb, files[name] or [], name)
    kb.agents = {str(k).lower(): str(v) for k, v in (files.get("agents.yaml") or {}).items()}
    kb.titles = {str(k).lower(): (str(v.get("role")), str(v.get("sector")))
                 for k, v in (files.get("titles.yaml") or {}).items()}
    for holders in kb.holders.values():
        holders.sort(key=lambda pair: pair[0].start)
    kb.by_kb_id = {person.kb_id: person for person in kb.people.values()}
    return kb


def _name(kb: KnowledgeBase, text: str, known: Known) -> None:
    kb.surface.setdefault(text, known.label)
    readings = kb.names.setdefault(norm(text), [])
    if known not in readings:
        readings.append(known)


def _add_countries(kb: KnowledgeBase, raw: dict[str, Any]) -> None:
    for record in pycountry.countries:
        entry = raw.get(record.alpha_3) or {}
        kb.countries[record.alpha_3] = _country(record.alpha_3, entry, record)
    for code, entry in raw.items():
        if code not in kb.countries:  # user-assigned codes such as XKX (Kosovo)
            kb.countries[code] = _country(code, entry or {}, None)
    for code, c in kb.countries.items():
        for text in [c.name, *c.names]:
            _name(kb, text, Known("country", code, "GPE"))
        for text in c.adjectives:
            _name(kb, text, Known("adjective", code, "NORP"))
        for text in c.demonyms:
            _name(kb, text, Known("demonym", code, "NORP"))
        if c.capital:
            _name(kb, c.capital, Known("capital", code, "GPE"))
        for text in c.metonyms:
            _name(kb, text, Known("metonym", code, "ORG"))
        for text in c.mil_metonyms:
            _name(kb, text, Known("mil_metonym", code, "ORG"))
        for text in c.regions:
            _name(kb, text, Known("region", code, "GPE"))


def _country(code: str, entry: dict[str, Any], record: Any) -> Country:
    official = [getattr(record, a) for a in ("name", "official_name", "common_name")
                if record is not None and getattr(record, a, None)]
    name = entry.get("name") or (official[0] if official else code)
    return Country(
        code=code, name=name, names=_unique([*official, *_list(entry.get("aliases"))]),
        adjectives=_list(entry.get("adjectives")), demonyms=_list(entry.get("demonyms")),
        capital=entry.get("capital"), metonyms=_list(entry.get("metonyms")),
        mil_metonyms=_list(entry.get("mil_metonyms")), regions=_list(entry.get("regions")),
        leader=entry.get("leader") or "head_of_state", qid=entry.get("qid"))


def _add_orgs(kb: KnowledgeBase, raw: list[dict[str, Any]], kind: str) -> None:
    for entry in raw:
        org_id = str(entry["id"])
        if org_id in kb.orgs:
            kb.problems.append(f"{kind} id {org_id!r} is defined twice")
        sector = entry.get("sector") or ("JRN" if kind == "media" else "IGO")
        code = entry.get("code") or (f"{entry.get('country') or ''}{sector}" or org_id.upper())
        org = Org(id=org_id, kind=kind, name=entry["name"], code=str(code),
                  country=entry.get("country"), sector=sector, qid=entry.get("qid"),
                  parent=entry.get("parent"))
        kb.orgs[org_id] = org
        for text in [org.name, *_list(entry.get("aliases"))]:
            _name(kb, text, Known("org", org_id, "ORG"))


def _add_people(kb: KnowledgeBase, raw: list[dict[str, Any]], source: str) -> None:
    for entry in raw:
        roles = tuple(_role(r) for r in entry.get("roles") or [])
        name = str(entry["name"])
        person = Person(id=str(entry["id"]), name=name,
                        surname=str(entry.get("surname") or name.split()[-1]),
                        gender=entry.get("gender"), qid=entry.get("qid"), roles=roles)
        if person.id in kb.people:
            previous = kb.people[person.id]
            person = Person(person.id, previous.name, previous.surname, previous.gender,
                            previous.qid or person.qid, previous.roles + roles)
        kb.people[person.id] = person
        for text in [name, *_list(entry.get("aliases"))]:
            _name(kb, text, Known("person", person.id, "PERSON"))
        surname_key = norm(person.surname)
        if person.id not in kb.surnames.setdefault(surname_key, []):
            kb.surnames[surname_key].append(person.id)
        for role in roles:
            kb.holders.setdefault((role.country, role.role), []).append((role, person.id))


def _role(raw: dict[str, Any]) -> Role:
    return Role(country=str(raw["country"]), role=str(raw["role"]),
                title=str(raw.get("title") or ""), start=_day(raw["from"]),
                end=_day(raw["to"]) if raw.get("to") else None, group=raw.get("group"))


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _list(value: Any) -> list[str]:
    if not value:
        return []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def check(kb: KnowledgeBase | None = None) -> list[str]:
    """Problems in the knowledge-base files: duplicate aliases, overlapping terms, unknown
    codes. An empty list means the files are sound."""
    kb = kb or load()
    return [*kb.problems, *_alias_clashes(kb), *_code_problems(kb), *_term_problems(kb)]


def _alias_clashes(kb: KnowledgeBase) -> Iterator[str]:
    for key, readings in kb.names.items():
        targets = {(k.kind, k.key) for k in readings if k.kind in {"org", "person"}}
        if len(targets) > 1:
            yield f"alias {key!r} names several entries: {sorted(targets)}"
        countries = {k.key for k in readings if k.kind not in {"org", "person"}}
        if len(countries) > 1:
            yield f"alias {key!r} names several countries: {sorted(countries)}"


def _code_problems(kb: KnowledgeBase) -> Iterator[str]:
    yield from _org_problems(kb)
    yield from _people_problems(kb)
    for noun, sector in kb.agents.items():
        if sector not in SECTORS:
            yield f"agent noun {noun!r} has unknown sector {sector!r}"
    for title, (_, sector) in kb.titles.items():
        if sector not in SECTORS:
            yield f"title {title!r} has unknown sector {sector!r}"


def _org_problems(kb: KnowledgeBase) -> Iterator[str]:
    for org in kb.orgs.values():
        if org.sector not in SECTORS:
            yield f"{org.kind} {org.id!r} has unknown sector {org.sector!r}"
        if org.country and org.country not in kb.countries:
            yield f"{org.kind} {org.id!r} has unknown country {org.country!r}"
        if org.kind == "org" and org.code in kb.countries:
            yield f"organisation {org.id!r} uses a country code {org.code!r}"
        if org.parent and org.parent not in kb.orgs:
            yield f"organisation {org.id!r} has unknown parent {org.parent!r}"


def _people_problems(kb: KnowledgeBase) -> Iterator[str]:
    codes = {o.code for o in kb.orgs.values()}
    for person in kb.people.values():
        for role in person.roles:
            if role.country not in kb.countries and role.country not in codes:
                yield f"person {person.id!r} has a role in unknown country {role.country!r}"
            if role.role not in ROLES:
                yield f"person {person.id!r} has unknown role {role.role!r}"
            if role.group and role.group not in kb.orgs:
                yield f"person {person.id!r} leads unknown group {role.group!r}"


def _term_problems(kb: KnowledgeBase) -> Iterator[str]:
    for person in kb.people.values():
        for role in person.roles:
            if role.end is not None and role.end < role.start:
                yield f"person {person.id!r}: a {role.role} term ends before it starts"
    for (country, office), terms in kb.holders.items():
        if office == "leader":  # group and IGO leaderships may share a country
            continue
        for (a, pa), (b, pb) in pairwise(terms):
            overlap = a.end is None or b.start < a.end
            # An acting holder may stand in while the suspended holder keeps the office.
            acting = "acting" in f"{a.title} {b.title}".lower()
            if overlap and pa != pb and not acting and (
                a.end is None or (a.end - b.start).days > 1
            ):
                yield (f"{country} {office}: {pa} ({a.start}–{a.end or 'now'}) overlaps "
                       f"{pb} (from {b.start})")
