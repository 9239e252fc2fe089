"""Places: toponyms found in the text and resolved to a point, a country and a GeoNames id.

The ``newsgraph_places`` component runs after the entities (and actors). Mentions of GPE,
LOC and FAC entities, of NORP adjectives that name a place ("Russian"), of ORG or PERSON
entities whose whole name is a place's ("the EU said"), and proper nouns the tagger missed
that are wholly a place's name are looked up in the place index (``placeindex.py``); a name
with
several candidates is settled by, in order of weight: a division or country named right
after it ("Paris, Texas"; "Boise, Ida."), the countries and divisions the article names
elsewhere, what kind of place it is (countries before towns of the same name), and how
many people live there. One name keeps one reading through the article. A name the index
lacks gives no place rather than a guess — unless it is a site (a building, street or
square) the text names in a town: then it is a ``facility`` at that town's point.

Each place has a ``role``: ``actor`` for a country or capital acting as a government
("Beijing has backed Moscow"), ``modifier`` for an adjective ("Russian forces"), else
``location``; ``place_of`` returns only locations as an event's place.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from spacy.attrs import ENT_IOB, IS_TITLE, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Token

from .clean import text_of
from .entities import PLACE_LABELS, entities_of, token_spans
from .models import Actor, Entity
from .placeindex import Candidate, PlaceIndex, fold, load

SPANS_KEY = "newsgraph.places"
#: Words after a name that say what kind of area it is: "the Kharkiv region".
_AREA_WORDS = re.compile(r"[\s-]+(?:region|province|oblast|state|county|governorate|district"
                         r"|prefecture|territory|city|municipality)$", re.I)
#: One or two capitalised words straight after a mention: the rest of a name, perhaps.
_NAME_GOES_ON = re.compile(r"( [A-ZÀ-Þ][\w'’-]*)(?: [A-ZÀ-Þ][\w'’-]*)?")
_AREA_AFTER = re.compile(r"[ -](?:region|province|oblast|governorate|district|prefecture"
                         r"|county)\b")
#: Priors by kind of place, added to log10 of the population.
_PRIOR = {"country": 3.0, "continent": 3.0, "capital": 1.2, "admin1": 0.5, "admin2": -0.6,
          "city": 0.0}
#: Bonuses for the article's context: a country it names (more for its share of all the
#: countries named: an article mostly about Britain makes "Burton" the English town) and a
#: division it names (for the towns in it and for the division itself).
_COUNTRY, _COUNTRY_SHARE, _DIVISION = 0.5, 2.5, 1.5
_REGION_SCORE = 9.5  # a curated region name outranks a hamlet that shares it
_OTHER_NAME = 2.0  # a reading found under another of the place's names
_BIG_CITY = 250_000
_FOUND_TOWN = 100_000  # a town the tagger missed is taken from this size up
_WORLD_CITY = 1_000_000  # named as an organisation, still the city ("Chicago beat Boston")
_AREAS = frozenset({"country", "continent", "region"})
_DIVISIONS = frozenset({"admin1", "admin2"})
#: Verbs after which a country or capital as subject is still a place, not an actor.
#: (As written: newsgraph runs no lemmatizer.)
_PLACE_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s",
                          "lies", "lie", "lay", "borders", "border", "bordered", "sits", "sit",
                          "sat", "remains", "remain", "remained", "stretches", "stretch",
                          "stretched", "has", "have", "had", "hosts", "host", "hosted"})

if not Doc.has_extension("newsgraph_places"):
    Doc.set_extension("newsgraph_places", default=None)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    entity: str | None
    label: str


def find_places(doc: Doc, index: PlaceIndex | None = None, sure: set[str] | None = None
                ) -> list[dict[str, Any]]:
    """The places of ``doc`` as contract records, in text order; ``sure``, when given,
    receives the entities whose reading is beyond doubt (see ``Resolver.sure``)."""
    index = index or load()
    text = text_of(doc)
    entities = entities_of(doc)
    people = [e.name.split() for e in entities if e.type == "PERSON" and e.name.split()]
    # a one-word "person" may be the tagger's mistake for the place ("Munster beat …")
    surnames = {fold(words[-1]) for words in people if len(words) > 1}
    named = [_with_area_word(_whole_name(index, Mention(s, e, text[s:e], entity.id,
                                                        entity.type), text), text)
             for entity in entities for s, e in entity.mentions
             if _toponym(index, entity, text[s:e]) and not _surname(index, text, s, e, surnames)]
    missed = _missed(doc, index, entities, {fold(words[-1]) for words in people})
    mentions = sorted(named + missed, key=lambda m: m.start)
    resolver = Resolver(index, text, [m.text for m in mentions])
    records: list[dict[str, Any]] = []
    for mention in mentions:
        best = resolver.resolve(mention.text, mention.end, exact=mention.label == "FAC")
        if best is not None and not _plausible(resolver, best, mention):
            continue
        if best is not None:
            role = "modifier" if fold(mention.text) in index.modifiers and (
                mention.label == "NORP") else _role(doc, mention, best)
            records.append(_record(len(records) + 1, mention, best, role))
            if sure is not None and mention.entity and resolver.sure(best, mention.text):
                sure.add(mention.entity)
    return _with_sites(entities, records, text, resolver)


def _with_sites(entities: list[Entity], records: list[dict[str, Any]], text: str,
                resolver: Resolver) -> list[dict[str, Any]]:
    """``records`` and the sites the index lacks that the text places in a town found as a
    place of its own (see ``Resolver.site``), each ``within`` that town's record; a site
    named with no town is left out."""
    taken = [p["span"] for p in records]
    starts = {p["span"][0]: p["id"] for p in records}
    sites = []
    for entity in entities:
        for start, end in entity.mentions:
            name = text[start:end]
            if any(a < end and start < b for a, b in taken) or not _site(
                    resolver.index, entity, name):
                continue
            link = _SITE_LINK.match(text, end)
            within = starts.get(link.end()) if link else None
            town = resolver.site(name, end) if within else None
            if town is not None:
                sites.append({**_record(0, Mention(start, end, name, entity.id, entity.type),
                                        town, "location"), "within": within})
    if not sites:
        return records
    ordered = sorted([*records, *sites], key=lambda p: p["span"][0])
    renumber = {p["id"]: f"P{n}" for n, p in enumerate(ordered, 1) if "within" not in p}
    for n, place in enumerate(ordered, 1):
        place["id"] = f"P{n}"
        if "within" in place:
            place["within"] = renumber[place["within"]]
    return ordered


def _site(index: PlaceIndex, entity: Entity, name: str) -> bool:
    """A building, street or site: a FAC or LOC mention, or a name that ends in a word
    such as "Street" or "Center" (the tagger takes many for organisations)."""
    words = name.split()
    return entity.type in ("FAC", "LOC") or (
        entity.type == "ORG" and len(words) > 1 and words[-1] in index.sites)


def code_towns(doc: Doc, places: list[dict[str, Any]], sure: set[str]) -> None:
    """Give each place the actors stage left uncoded its country's code, as CAMEO codes
    places: "shelled Jericho" is done to PSE, "demonstrated in Kirkuk" to IRQ, "in
    Montenegro province" to MNE."""
    stored = {row[0]: row for row in doc._.newsgraph_entities or [] if len(row) > 4}
    for place in places:
        row = stored.get(place["entity"] or "")
        # a person named like a town stays a person; a town is coded only when its
        # reading is sure (a misread town would mislead as an actor)
        if row is not None and row[4] is None and row[2] != "PERSON" and place["country"] \
                and place["feature"] in _CODED and place["entity"] in sure:
            row[4] = Actor(code=place["country"], country=place["country"], sector=None,
                           kb_id=None).to_dict()


def _whole_name(index: PlaceIndex, mention: Mention, text: str) -> Mention:
    """The mention with the rest of its name when the tagger stopped short: "Nuevo" in
    "Nuevo León" (the accent ends its entity)."""
    rest = _NAME_GOES_ON.match(text, mention.end)
    if rest is None:
        return mention
    for end in sorted({rest.end(), rest.end(1)}, reverse=True):
        name = text[mention.start:end]
        if any(fold(c.name) == fold(name) for c in index.lookup(name)):
            return Mention(mention.start, end, name, mention.entity, mention.label)
    return mention


def _with_area_word(mention: Mention, text: str) -> Mention:
    """The mention with the word after it that says it is an area: "Kharkiv" in "the
    Kharkiv region" is the region, not the city."""
    after = _AREA_AFTER.match(text, mention.end)
    if after is None or _AREA_WORDS.search(mention.text):
        return mention
    return Mention(mention.start, after.end(), text[mention.start:after.end()],
                   mention.entity, mention.label)


def _plausible(resolver: Resolver, place: Candidate, mention: Mention) -> bool:
    """Whether a reading is more than a guess for what the tagger did not call a town: a
    LOC or FAC must be a big town or one in a country the article names ("Lake Geneva" in
    a Swiss story is no town in Wisconsin); an ORG, a PERSON or a name the tagger missed
    must be a country, a region, a capital or a city of a million, lie in a country the
    article names by other words, or be a big town after "in", "near" … (Munster the
    rugby side is no German city in an Irish story; "blocked roads in Lyon" names a town,
    "a stake in Ajax" does not)."""
    if mention.label in ("LOC", "FAC"):
        return resolver.supports(place, mention.text)
    if mention.label in ("ORG", "PERSON", "PROPN"):  # PROPN: a name the tagger missed
        return place.feature in _AREAS or place.feature == "capital" or (
            place.feature == "city" and place.population >= _WORLD_CITY) or resolver.backed(
            place, mention.text) or (place.population >= _BIG_CITY
                                     and _after_locative(resolver.text, mention.start))
    return True


def _surname(index: PlaceIndex, text: str, start: int, end: int, surnames: set[str]) -> bool:
    """Whether a town's name is the surname of a person the article names: "Davenport
    puts retirement on hold", after Lindsay Davenport. A country's name stays a place, and
    so does a town the words around it place: "near Austin, Texas", "in Austin"."""
    name = text[start:end]
    if fold(name) not in surnames or any(c.feature == "country" for c in index.lookup(name)):
        return False
    return not (_named_after(index, text, end) or _after_locative(text, start))


def _after_locative(text: str, start: int) -> bool:
    """Whether "in", "near", "outside" … comes right before ``start``."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1] in _LOCATIVE


def _missed(doc: Doc, index: PlaceIndex, entities: list[Entity], surnames: set[str]
            ) -> list[Mention]:
    """Places the tagger missed ("Kharkiv" is often no entity at all): a name of up to three
    proper nouns outside any entity, not opening a sentence, that is wholly the name of a
    country, division or region, or of a town of 100,000 people or more."""
    found: list[Mention] = []
    taken = {i for entity in entities for s, e in [*entity.mentions, *entity.coref]
             for i in range(s, e)}  # characters already in an entity
    # proper nouns in title case outside the tagger's entities and not opening a sentence,
    # read in bulk: a Token for every word would cost more than the rest of the stage
    rows = doc.to_array([POS, ENT_IOB, IS_TITLE, SENT_START]).tolist()
    starts = [i for i, (pos, iob, title, first) in enumerate(rows)
              if pos == PROPN and iob in (0, 2) and title and first != 1]
    done = -1
    for i in starts:
        token = doc[i]
        if i <= done or token.idx in taken:
            continue
        for size in (3, 2, 1):
            span = doc[i:i + size]
            if len(span) < size or any(t.ent_type_ or t.pos_ != "PROPN" or t.idx in taken
                                       for t in span):
                continue
            if fold(span.text) not in surnames and any(
                    _worth_finding(c, span.text) for c in index.lookup(span.text)):
                found.append(Mention(span.start_char, span.end_char, span.text, None, "PROPN"))
                done = i + size - 1
                break
    return found


def _worth_finding(c: Candidate, text: str) -> bool:
    if fold(c.name) != fold(text) and c.population < _BIG_CITY:
        return False  # under another name only when big: "Kharkov"
    return c.feature in _AREAS or c.feature == "admin1" or c.population >= _FOUND_TOWN


def _toponym(index: PlaceIndex, entity: Entity, text: str) -> bool:
    """Whether a mention names a place: a GPE, LOC or FAC; a NORP that is a place's
    adjective ("Russian"); or an ORG or PERSON the tagger gave a name that is wholly a
    country, division, region or big city's ("the EU said", "Tamil Nadu") — not a
    surname ("Jordan" for "Michael Jordan") nor a name the knowledge base knows as an
    organisation; never a word in lower case (the tagger's "quay")."""
    if text.islower():
        return False
    if entity.type in PLACE_LABELS:
        return True
    if entity.type == "NORP":
        return fold(text) in index.modifiers
    if entity.type not in {"ORG", "PERSON"} or fold(entity.name) != fold(text):
        return False
    if entity.actor is not None and entity.actor.sector not in {None, "GOV", "IGO"}:
        return False
    return any(_worth_finding(c, text) for c in index.lookup(text))


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
            within = _named_after(self.index, f", {after.strip()}", 0)
        else:
            within = _named_after(self.index, self.text, end)
        if key in self.chosen and not within:
            return self.chosen[key]
        candidates = _candidates(self.index, name)
        if _AREA_WORDS.search(name):  # "the Kharkiv region": a division if there is one;
            # a country stays one ("Montenegro province" of a 1990 Yugoslavia)
            candidates = [c for c in candidates if c.feature == "country"] or [
                c for c in candidates if c.feature in _DIVISIONS] or candidates
        if exact:
            candidates = [c for c in candidates if fold(c.name) == key]
        modifier = self.index.modifiers.get(key)
        if modifier is not None and not any(c.feature in _AREAS and fold(c.name) == key
                                            for c in candidates):
            candidates = [self.index.candidate(modifier)]  # "Russian", "European"
        if not candidates and "." in name and key in self.index.abbreviations:
            division = self.index.admin1.get(self.index.abbreviations[key])  # "Calif."
            candidates = [self.index.candidate(division)] if division is not None else []
        best = resolve(candidates, self.context, within, key)
        if best is not None and not within:
            self.chosen[key] = best
        return best

    def site(self, name: str, end: int) -> Candidate | None:
        """A site the index lacks, placed at the town the text names it in: "the Barclays
        Center in Brooklyn", "Royal Street, New Orleans" — a ``facility`` at the town's
        point, with no GeoNames id of its own; None when no town follows."""
        link = _SITE_LINK.match(self.text, end)
        words = _TOWN_WORDS.match(self.text, link.end()) if link else None
        if words is None:
            return None
        parts = words.group(0).split()
        for size in range(len(parts), 0, -1):
            town_name = " ".join(parts[:size]).rstrip(",.")
            town = self.resolve(town_name, words.start() + len(town_name))
            if town is not None and town.feature in _TOWNS and self.supports(town, town_name):
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
        if place.feature not in {"city", "capital"} or place.population >= _BIG_CITY:
            return True
        return self.backed(place, name)

    def backed(self, place: Candidate, name: str) -> bool:
        """Whether another name of the article is in the place's country."""
        key = fold(name)
        own, _ = _setting(self.readings.get(key, []))
        count = self.context.countries[place.country or ""]
        return count - (self.mentions[key] if own == place.country else 0) > 0


def _readings(index: PlaceIndex, name: str) -> list[Candidate]:
    """A name's candidates, or the country its adjective names ("Swiss" sets Geneva)."""
    modifier = index.modifiers.get(fold(name))
    return _candidates(index, name) or ([index.candidate(modifier)] if modifier is not None
                                        else [])


def _candidates(index: PlaceIndex, name: str) -> list[Candidate]:
    found = index.lookup(name)
    if not found and _AREA_WORDS.search(name):
        found = index.lookup(_AREA_WORDS.sub("", name))
    first, _, rest = name.partition(" ")
    if rest and fold(first) in index.generic and all(
            c.feature == "city" and c.population < _REGION_TOWN for c in found):
        # "South Lebanon" is the south of Lebanon, not a village of that name in Ohio
        found = [c for c in index.lookup(rest) if c.feature == "country"] or found
    return found


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
        code, division = _setting(candidates)
        if code is not None:
            countries[code] += 1
        if division is not None:
            admin1[division] += 1  # "Ohio", or a town only Ohio has
    return Context(countries, admin1)


def _setting(candidates: list[Candidate]) -> tuple[str | None, str | None]:
    """The country and division a name sets for the article, if it sets them beyond doubt."""
    codes = {c.country for c in candidates}
    divisions = {c.admin1 for c in candidates}
    if len(candidates) > 1:  # the biggest reading against the biggest one elsewhere
        # (Perth's city and its district are one place in one country: no rivals)
        top = max(candidates, key=lambda c: c.population)
        abroad = max((c.population for c in candidates if c.country != top.country), default=0)
        if top.population >= _DWARFS * max(abroad, 1):
            codes = {top.country}
        apart = max((c.population for c in candidates if c.admin1 != top.admin1), default=0)
        if top.population >= _DWARFS * max(apart, 1):
            divisions = {top.admin1}
    return (codes.pop() if len(codes) == 1 else None,
            divisions.pop() if len(divisions) == 1 else None)


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
    if best.feature == "admin1":  # "New York", "Kyiv": the big city over its division
        towns = [c for c in candidates if c.feature in {"city", "capital"}
                 and c.admin1 == best.admin1 and c.population >= _BIG_CITY]
        best = max(towns, key=lambda c: c.population) if towns else best
    return best


def _score(c: Candidate, context: Context, key: str) -> float:
    if c.feature == "region":
        score = _REGION_SCORE
    else:
        score = math.log10(c.population + 10) + _PRIOR.get(c.feature, 0.0)
    if key and fold(c.name) != key and not fold(c.name).startswith(f"{key} "):
        # "Salisbury" is a town in England before Harare's old name; a short form is no
        # other name ("Newcastle" for Newcastle upon Tyne, "Rio" for Rio de Janeiro)
        score -= _OTHER_NAME
    if c.country is not None and c.country in context.countries:
        share = context.countries[c.country] / sum(context.countries.values())
        score += _COUNTRY + _COUNTRY_SHARE * share
    if c.admin1 is not None and c.admin1 in context.admin1:
        score += _DIVISION
    return score


def _named_after(index: PlaceIndex, text: str, end: int) -> str | None:
    """The country or division named just after a place and a comma: "Paris, Texas" →
    "US.TX"; "Tbilisi, Georgia" → "GEO" (a country) or "US.GA" (a state)."""
    match = re.match(r",\s*((?:[A-Z][\w.'’-]*\s?){1,3})", text[end:end + 40])
    if match is None:
        return None
    words = match.group(1).split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size]).rstrip(",")
        abbreviation = index.abbreviations.get(fold(name))
        if abbreviation and ("." in name or name.isupper()):
            return abbreviation
        for candidate in index.lookup(name):
            if candidate.feature == "admin1":
                return candidate.admin1
            if candidate.feature == "country":
                return candidate.country
    return None


def _record(number: int, mention: Mention, place: Candidate, role: str) -> dict[str, Any]:
    return {"id": f"P{number}", "span": [mention.start, mention.end], "text": mention.text,
            "name": place.name, "country": place.country,
            "lat": None if place.lat is None else round(place.lat, 5),
            "lon": None if place.lon is None else round(place.lon, 5),
            "geonames_id": place.geonames_id, "feature": place.feature,
            "entity": mention.entity, "role": role}


def _role(doc: Doc, mention: Mention, place: Candidate) -> str:
    """"actor" for a country, capital or division that acts — the subject of a verb other
    than being, or a possessor ("Moscow's offensive"): it stands for its government; else
    "location"."""
    if place.feature not in {"country", "capital", "admin1"}:
        return "location"
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return "location"
    root = span.root
    while root.dep_ == "conj" and root.head is not root:  # "Russia and China held talks"
        root = root.head
    acts = root.dep_ == "poss" or (
        root.dep_ == "nsubj" and root.head.lower_ not in _PLACE_VERBS) or (
        root.dep_ == "pobj" and root.head.dep_ == "agent")  # "was attacked by Ukraine"
    return "actor" if acts else "location"


def place_of(doc: Doc, trigger: Token) -> dict[str, Any] | None:
    """The place an event at ``trigger`` happened: a non-metonymic place in a locative
    phrase of the trigger or within its object ("in Harbin", "in the Kharkiv region", "near
    Bakhmut", "blocked roads in Algiers", "blew up lines leading into Kabul"), the nearest
    first; else None."""
    places = [p for p in doc._.newsgraph_places or [] if p["role"] == "location"]
    if not places:
        return None
    found: list[tuple[int, dict[str, Any]]] = []
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    for child in [*trigger.children, *(c for o in objects for c in o.subtree)]:
        if child.dep_ != "prep" or child.lower_ not in _LOCATIVE:
            continue
        start, end = child.idx, child.right_edge.idx + len(child.right_edge)
        found += [(abs(child.i - trigger.i), place) for place in places
                  if start <= place["span"][0] and place["span"][1] <= end]
    return min(found, key=lambda f: f[0])[1] if found else None


#: A town this small does not outweigh a country named with a direction ("South Lebanon").
_REGION_TOWN = 100_000
#: How many times bigger than the next a name's biggest reading must be to set the context.
_DWARFS = 20
_CODED = frozenset({"country", "city", "capital", "admin1", "admin2"})
_TOWNS = frozenset({"city", "capital", "admin2"})
#: What links a site to the town it is in, and the town's name: "… in Brooklyn", "…, Paris".
_SITE_LINK = re.compile(r"(?:,| in) (?=[A-ZÀ-Þ])")
_TOWN_WORDS = re.compile(r"(?:[A-ZÀ-Þ][\w.'’-]*\s?){1,3}")
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into",
                       "throughout", "within", "on", "off", "over"})


def set_annotations(doc: Doc, places: list[dict[str, Any]]) -> None:
    doc._.newsgraph_places = places
    doc.spans[SPANS_KEY] = token_spans(doc, ((*p["span"], p["feature"], p["id"])
                                             for p in places))


@Language.factory("newsgraph_places", requires=["doc.ents"],
                  assigns=["doc._.newsgraph_places", "doc.spans"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent()


class PlacesComponent:
    """Resolves the article's toponyms against the place index (loaded on first use)."""

    def __call__(self, doc: Doc) -> Doc:
        sure: set[str] = set()
        places = find_places(doc, sure=sure)
        set_annotations(doc, places)
        code_towns(doc, places, sure)
        return doc
