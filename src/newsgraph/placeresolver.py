"""Place resolution: which of a name's readings in the place index the article means.

A ``Resolver`` holds one article's names. What they set beyond doubt — the countries and
first-level divisions the article is about — is its context; a name with several readings
is settled by a division or country named right after it ("Paris, Texas"), then by a score:
log10 of the population plus a prior for the kind of place, with bonuses for the article's
countries and divisions. One name keeps one reading through the article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .placeindex import Candidate, PlaceIndex, fold
from .toponyms import AREA_WORDS, AREAS, BIG_CITY, classed, named_after

#: Priors by kind of place, added to log10 of the population: a capital outranks a bigger
#: division of its name ("in Washington" is the capital, unless the story names the state)
_PRIOR = {"country": 3.0, "continent": 3.0, "capital": 2.0, "admin1": 0.5, "admin2": -0.6,
          "city": 0.0}
#: Bonuses for the article's context: a country it names (more for its share of all the
#: countries named: an article mostly about Britain makes "Burton" the English town) and a
#: division it names (for the towns in it and for the division itself).
_COUNTRY, _COUNTRY_SHARE, _DIVISION = 0.5, 2.5, 1.5
_REGION_SCORE = 9.5  # a region of ours outranks a hamlet that shares its name
_LANDMARK_SCORE = 7.5  # ("Whitehall" the ministries, unless the story is set in the US)
OURS = frozenset({"region", "facility"})  # (the index's only facilities are our landmarks)
_OTHER_NAME = 2.0  # a reading found under another of the place's names
WORLD_CITY = 1_000_000  # named as an organisation, still the city ("Chicago beat Boston")
_DIVISIONS = frozenset({"admin1", "admin2"})

#: A town this small does not outweigh a country named with a direction ("South Lebanon").
_REGION_TOWN = 100_000
#: How many times bigger than the next a name's biggest reading must be to set the context.
_DWARFS = 20
TOWNS = frozenset({"city", "capital", "admin2"})
#: What links a site to the town it is in, and the town's name: "… in Brooklyn", "…, Paris".
SITE_LINK = re.compile(r"(?:,| in) (?=[A-ZÀ-Þ])")
#: The town before a comma and a name: "Savannah" in "the mayor of Savannah, Georgia".
_TOWN_BEFORE = re.compile(r"((?:[A-ZÀ-Þ][\w.'’-]*\s){0,2}[A-ZÀ-Þ][\w.'’-]*),\s*$")
#: A name joined to another by "and": "Washington and Oregon", "Georgia and Ukraine".
_PAIR_AFTER = re.compile(r" and ([A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*)?)\b(?![\w'’])")
_PAIR_BEFORE = re.compile(r"(?<![\w.'’-])([A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*)?) and $")
_CITY_WORD = re.compile(r"\s+[Cc]ity$")  # (a town's word, not an area's: see AREA_WORDS)
_TOWN_WORDS = re.compile(r"(?:[A-ZÀ-Þ][\w.'’-]*\s?){1,3}")


def bears(place: Candidate, key: str) -> bool:
    """Whether a place bears the (folded) name, or a longer form of it ("New York City")."""
    own = fold(place.name).removeprefix("city of ")  # ("Westminster", "City of Westminster")
    key = key.removeprefix("city of ")
    return own == key or own.startswith(f"{key} ")


class Resolver:
    """Resolves the toponyms of one article: the names it holds set the context, and one
    name keeps one reading (unless a division named after it says otherwise)."""

    def __init__(self, index: PlaceIndex, text: str, names: list[str]) -> None:
        self.index, self.text = index, text
        self.readings = {fold(n): c for n in names if (c := _readings(index, n))}
        self.mentions = Counter(fold(n) for n in names if fold(n) in self.readings)
        self.context = _context(index, [self.readings[fold(n)] for n in names
                                        if fold(n) in self.readings])
        self.chosen: dict[str, Candidate] = {}

    def resolve(self, name: str, end: int, *, exact: bool = False) -> Candidate | None:
        """The place ``name`` (ending at ``end`` in the text) means, or None; ``exact``
        takes only places of that very name (a building's name is not a town's old one)."""
        key = fold(name)
        head, _, after = name.partition(",")  # "Paris, Texas" as one mention
        if after and key not in self.index.names:  # ("Washington, D.C." is a name itself)
            name, key = head, fold(head)
            within = named_after(self.index, f", {after.strip()}", 0)
        else:
            within = named_after(self.index, self.text, end, inside=True)
        # "the province of Kandahar", "the governor of Lagos": the division, this once
        area = classed(self.text, end - len(name), end) == "area"
        candidates = _candidates(self.index, name, placed=within is not None)
        holding = self._holding(candidates, end - len(name))
        if key in self.chosen and not within and not area and not holding:
            return self.chosen[key]
        candidates = holding or self._paired(candidates, end - len(name), end) or candidates
        if area or AREA_WORDS.search(name):
            candidates = _with_divisions(self.index, candidates)
        if area:  # "the state of Georgia" is the US state; "the state of Israel" the country
            candidates = [c for c in candidates if c.feature in _DIVISIONS] or [
                c for c in candidates if c.feature == "country"] or candidates
        elif AREA_WORDS.search(name):  # "the Kharkiv region": a division if there is one;
            # a country stays one ("Montenegro province" of a 1990 Yugoslavia)
            candidates = [c for c in candidates if c.feature == "country"] or [
                c for c in candidates if c.feature in _DIVISIONS] or candidates
        if exact:  # (our own landmarks list every name they go by: "Gatwick Airport")
            candidates = [c for c in candidates if fold(c.name) == key or c.feature in OURS]
        modifier = self.index.modifiers.get(key)
        if modifier is not None and not any(c.feature in AREAS and fold(c.name) == key
                                            for c in candidates):
            candidates = [self.index.candidate(modifier)]  # "Russian", "European"
        if key in self.index.abbreviations and ("." in name or name.isupper()) and (
                not candidates or self.text.endswith(", ", 0, end - len(name))):
            # "Calif."; "LA" after a town and a comma is Louisiana, not Los Angeles
            division = self.index.admin1.get(self.index.abbreviations[key])
            candidates = [self.index.candidate(division)] if division is not None else []
        best = resolve(candidates, self.context, within, key)
        if best is not None and not within and not area:
            self.chosen[key] = best
        return best

    def _holding(self, candidates: list[Candidate], start: int) -> list[Candidate]:
        """The readings of a name after a town and a comma that hold the town: the state or
        country that placed it (``named_after``) reads as that one too ("Savannah, Georgia"
        is the US state, "Tbilisi, Georgia" the country); empty when no town comes before."""
        town = _TOWN_BEFORE.search(self.text, max(0, start - 40), start)
        if town is None or named_after(self.index, self.text, town.end(1)) is None:
            return []
        words = town.group(1).split()
        for size in range(len(words), 0, -1):
            towns = [t for t in self.index.lookup(" ".join(words[-size:]))
                     if t.feature not in AREAS]
            holding = [c for c in candidates if towns and (
                (c.feature == "admin1" and any(t.admin1 == c.admin1 for t in towns)) or (
                    c.feature == "country" and any(t.country == c.country for t in towns)))]
            if holding:
                return holding
        return []

    def _paired(self, candidates: list[Candidate], start: int, end: int) -> list[Candidate]:
        """The readings of a name joined by "and" to a name that is surely a state or a
        country, of that kind and in that country: names so joined are alike
        ("Washington and Oregon" are two states, "Georgia and Ukraine" two countries)."""
        after = _PAIR_AFTER.match(self.text, end)
        before = _PAIR_BEFORE.search(self.text, max(0, start - 40), start)
        for other in [m.group(1) for m in (after, before) if m is not None]:
            readings = self.index.lookup(other)
            top = resolve(readings, self.context, None, fold(other))
            if top is None or setting(readings)[0] is None or top.feature not in {
                    "admin1", "country"}:  # (its reading is beyond doubt: not "Kharkiv")
                continue
            alike = [c for c in candidates if c.feature == top.feature and (
                top.feature == "country" or c.country == top.country)]
            if alike:
                return alike
        return []

    def site(self, name: str, end: int) -> Candidate | None:
        """A site the index lacks, placed at the town the text names it in: "the Barclays
        Center in Brooklyn", "Royal Street, New Orleans" — a ``facility`` at the town's
        point, with no GeoNames id of its own; None when no town follows."""
        link = SITE_LINK.match(self.text, end)
        words = _TOWN_WORDS.match(self.text, link.end()) if link else None
        if words is None:
            return None
        parts = words.group(0).split()
        for size in range(len(parts), 0, -1):
            town_name = " ".join(parts[:size]).rstrip(",.")
            town = self.resolve(town_name, words.start() + len(town_name))
            if town is not None and town.feature in TOWNS and self.supports(town, town_name):
                return town._replace(geonames_id=None, name=name, population=0,
                                     feature="facility")
        return None

    def sure(self, place: Candidate, name: str) -> bool:
        """Whether a reading is beyond doubt: every reading of the name is in one country,
        or the reading is supported (``supports``)."""
        readings = self.readings.get(fold(name), [])
        return len({c.country for c in readings}) == 1 or self.supports(place, name)

    def supports(self, place: Candidate, name: str) -> bool:
        """Whether a town is plausible by more than its own name: it is big, or another
        name of the article is in its country."""
        if place.feature not in {"city", "capital"} or place.population >= BIG_CITY:
            return True
        return self.backed(place, name)

    def backed(self, place: Candidate, name: str, *, division: bool = False) -> bool:
        """Whether another name of the article is in the place's country (or, with
        ``division``, in its first-level division)."""
        key = fold(name)
        country, admin1 = setting(self.readings.get(key, []))
        if division:
            own, count = admin1 == place.admin1, self.context.admin1[place.admin1 or ""]
        else:
            own, count = country == place.country, self.context.countries[place.country or ""]
        return count - (self.mentions[key] if own else 0) > 0


def _readings(index: PlaceIndex, name: str) -> list[Candidate]:
    """A name's candidates, or the country its adjective names ("Swiss" sets Geneva)."""
    modifier = index.modifiers.get(fold(name))
    return _candidates(index, name) or ([index.candidate(modifier)] if modifier is not None
                                        else [])


def _candidates(index: PlaceIndex, name: str, *, placed: bool = False) -> list[Candidate]:
    """A name's readings; ``placed`` when a division after it places it ("East Palestine,
    Ohio" is the village, not the country)."""
    found = index.lookup(name)
    if not found and (AREA_WORDS.search(name) or _CITY_WORD.search(name)):
        found = index.lookup(_CITY_WORD.sub("", AREA_WORDS.sub("", name)))
        if _CITY_WORD.search(name):  # "Sheffield city": the town, not its district
            found = [c for c in found if c.feature in {"city", "capital"}] or found
    first, _, rest = name.partition(" ")
    if rest and not placed and fold(first) in index.generic and all(
            c.feature == "city" and c.population < _REGION_TOWN for c in found):
        # "South Lebanon" is the south of Lebanon, not a village of that name in Ohio
        found = [c for c in index.lookup(rest) if c.feature == "country"] or found
    return found


def _with_divisions(index: PlaceIndex, candidates: list[Candidate]) -> list[Candidate]:
    """The readings and the first-level divisions named after a town among them, which
    the sources list under the name's adjective alone ("the Kursk region" is Kurskaya
    oblast', "the Odessa region" Odeska oblast, around the towns of the names)."""
    found = {c.admin1 for c in candidates if c.feature == "admin1"}
    for town in [c for c in candidates if c.feature in {"city", "capital"}]:
        number = index.admin1.get(town.admin1 or "")
        stem = fold(town.name)[:-1]  # ("Kursk" → "Kursk-aya", "Odesa" → "Odes-ka")
        if number is None or town.admin1 in found or len(stem) < 3:
            continue
        division = index.candidate(number)
        if fold(division.name).startswith(stem):
            candidates = [*candidates, division]
            found.add(town.admin1)
    return candidates


@dataclass(slots=True)
class Context:
    """What the article names elsewhere: its countries and first-level divisions."""

    countries: Counter[str]
    admin1: Counter[str]


def _context(index: PlaceIndex, readings: list[list[Candidate]]) -> Context:
    """Countries and divisions the article names without doubt: names with one reading,
    whose readings all lie in one country, or whose biggest reading dwarfs the others
    ("Paris" the capital, not Paris, Texas; "Normandy" the region, not a village)."""
    countries: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    for candidates in readings:
        code, division = setting(candidates)
        if code is not None:
            countries[code] += 1
        if division is not None:
            admin1[division] += 1  # "Ohio", or a town only Ohio has
    return Context(countries, admin1)


def setting(candidates: list[Candidate]) -> tuple[str | None, str | None]:
    """The country and division a name sets for the article, if it sets them beyond doubt."""
    codes = {c.country for c in candidates}
    divisions = {c.admin1 for c in candidates}
    if len(candidates) > 1:  # the biggest reading against the biggest one elsewhere
        # (Perth's city and its district are one place in one country: no rivals)
        top = max(candidates, key=_size)
        abroad = max((_size(c) for c in candidates if c.country != top.country), default=0)
        if _size(top) >= _DWARFS * max(abroad, 1):
            codes = {top.country}
        apart = max((_size(c) for c in candidates if c.admin1 != top.admin1), default=0)
        if _size(top) >= _DWARFS * max(apart, 1):
            divisions = {top.admin1}
    return (codes.pop() if len(codes) == 1 else None,
            divisions.pop() if len(divisions) == 1 else None)


def _size(c: Candidate) -> int:
    """A reading's weight against its rivals: its people, or for a landmark or a region of
    ours (which have no count) as much as a big city's ("Heathrow" the airport dwarfs a
    village in Florida, the Thames a town in New Zealand)."""
    return c.population or (WORLD_CITY if c.feature in OURS else 0)


def resolve(candidates: list[Candidate], context: Context | None = None,
            within: str | None = None, key: str = "") -> Candidate | None:
    """The reading of a name: inside ``within`` (a country's ISO3 or a division's code)
    when given, else the best by the article's context, kind of place and population."""
    if within:
        inside = [c for c in candidates if c.country == within
                  or (c.admin1 == within and c.feature != "admin1")]
        candidates = inside or candidates
    if not candidates:
        return None
    context = context or Context(Counter(), Counter())
    best = max(candidates, key=lambda c: _score(c, context, key))
    if best.feature in {"admin1", "admin2"}:  # "New York", "Kyiv", "Barcelona": the big
        # city over its division
        # (under the division's own name, or as "<name> City" when it holds a quarter of
        # the division's people: "New York", but "Oklahoma" is the state)
        towns = [c for c in candidates if c.feature in {"city", "capital"}
                 and c.admin1 == best.admin1 and c.population >= BIG_CITY and (
                     not key or fold(c.name) == key or 4 * c.population >= best.population)]
        best = max(towns, key=lambda c: c.population) if towns else best
    return best


def _score(c: Candidate, context: Context, key: str) -> float:
    if c.feature in OURS:  # a landmark gives way to a town in the article's own country
        score = _REGION_SCORE if c.feature == "region" else _LANDMARK_SCORE
    else:
        score = math.log10(c.population + 10) + _PRIOR.get(c.feature, 0.0)
    if key and (not bears(c, key) or (c.feature == "admin2" and fold(c.name) != key)) and (
            not _spelling(fold(c.name), key)):
        # "Salisbury" is a town in England before Harare's old name; a short form is no
        # other name ("Newcastle" for Newcastle upon Tyne, "Rio" for Rio de Janeiro),
        # except a county's ("St. Louis" is the city before Saint Louis County); another
        # spelling is none either ("Odessa" is Odesa, Ukraine before Odessa, Texas)
        score -= _OTHER_NAME
    if c.country is not None and c.country in context.countries:
        share = context.countries[c.country] / sum(context.countries.values())
        score += _COUNTRY + _COUNTRY_SHARE * share
    if c.admin1 is not None and c.admin1 in context.admin1:
        score += _DIVISION
    return score



def _spelling(name: str, key: str) -> bool:
    """Whether two names are one spelling of a name, one with a letter doubled ("Odessa"
    and "Odesa", "Tallinn" and "Tallin"), not two names ("Pueblo" is no Puebla)."""
    short, long = sorted((name, key), key=len)
    return len(long) == len(short) + 1 and any(
        long[i] == long[i - 1] and long[:i] + long[i + 1:] == short
        for i in range(1, len(long)))
