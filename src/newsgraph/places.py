"""Places: toponyms found in the text and resolved to a point, a country and a GeoNames id.

The ``newsgraph_places`` component runs after the entities (and actors). The toponyms
``toponyms.py`` finds are looked up in the place index (``placeindex.py``) and read by
``placeresolver.py``: a name with several candidates is settled by, in order of weight: a
division or country named right after it ("Paris, Texas"; "Boise, Ida."), the countries
and divisions the article names elsewhere, what kind of place it is (countries before
towns of the same name), and how many people live there. One name keeps one reading
through the article. This module decides which readings are plausible for what the
tagger said of the name, and what role the place plays. A name the index
lacks gives no place rather than a guess — unless it is a site (a building, street or
square) the text names in a town: then it is a ``facility`` at that town's point.

Each place has a ``role``: ``actor`` for a country or capital acting as a government
("Beijing has backed Moscow"), ``modifier`` for an adjective ("Russian forces", "US
officials"), ``name`` for a place inside another name ("Chicago" in "the Chicago Bulls"),
else ``location``; ``place_of`` returns only locations as an event's place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from .clean import text_of, zones_of
from .entities import entities_of, token_spans
from .kb import parse
from .models import Actor, Entity
from .placeindex import Candidate, PlaceIndex, fold, load
from .placeresolver import OURS, SITE_LINK, TOWNS, WORLD_CITY, Resolver, bears, setting
from .toponyms import (
    ACTED_TOWN,
    ACTS,
    AREA_WORDS,
    AREAS,
    ARMED,
    BIG_CITY,
    FOUND_TOWN,
    IN_NAME,
    LOCATIVE,
    Mention,
    after_act,
    after_locative,
    after_placing,
    classed,
    in_groups,
    in_names,
    located_in,
    named,
    named_after,
    untagged,
    worth_finding,
)

SPANS_KEY = "newsgraph.places"
_SMALL_TOWN = 15_000  # the least a town named only inside a name or as an ORG must have,
# and below which a GPE the tagger found needs its country named
#: Verbs after which a country or capital as subject is still a place, not an actor.
#: (As written: newsgraph runs no lemmatizer.)
_PLACE_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s",
                          "lies", "lie", "lay", "borders", "border", "bordered", "sits", "sit",
                          "sat", "remains", "remain", "remained", "stretches", "stretch",
                          "stretched", "has", "have", "had", "hosts", "host", "hosted"})

if not Doc.has_extension("newsgraph_places"):
    Doc.set_extension("newsgraph_places", default=None)


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
    missed = untagged(doc, index, entities, {fold(words[-1]) for words in people}) + (
        in_groups(index, entities, text, surnames))
    mentions = named(index, entities, text, surnames) + missed
    groups = in_names(index, entities, text, surnames | {fold(w[0]) for w in people})
    resolver = Resolver(index, text, [m.text for m in mentions + [g[0] for g in groups]
                                      if not m.weak and not (m.label == IN_NAME and fold(
                                          m.text) in index.modifiers)])
    # (an adjective inside a name sets no country: "the American Express office in Brighton")
    inside = [found for group in groups if (found := _first_placed(resolver, group))]
    mentions = sorted(mentions + inside, key=lambda m: (m.start, m.label == IN_NAME))
    records: list[dict[str, Any]] = []
    # a dateline's place is where the report was filed: "KYIV, Ukraine (AP) — Russian …"
    datelines = [z.span for z in zones_of(doc) if z.kind == "dateline"]
    for mention in mentions:
        best = resolver.resolve(mention.text, mention.end, exact=mention.label == "FAC")
        if best is None or not _plausible(resolver, best, mention):
            continue
        if records and mention.start < records[-1]["span"][1]:
            continue  # a place inside a name the tagger gave a place is that place
        if _speaks_as_person(doc, index, mention, best):
            continue
        in_name = (mention.label == IN_NAME and not _part_named(index, text, mention)) or (
            _PAGEANT.search(text, max(0, mention.start - 5), mention.start) is not None) or (
            mention.text in _ours()["organisations"])  # ("the EU said": not Europe acting)
        role = "name" if in_name or (
            best.feature in TOWNS and _cut_from_a_name(doc, index, mention)) \
            else "modifier" if fold(mention.text) in index.modifiers and (
                mention.label == "NORP") else _role(doc, mention, best, index, datelines)
        records.append(_record(len(records) + 1, mention, best, role))
        if sure is not None and mention.entity and resolver.sure(best, mention.text):
            sure.add(mention.entity)
    return _with_sites(entities, records, text, resolver)


def _part_named(index: PlaceIndex, text: str, mention: Mention) -> bool:
    """Whether the name a place is in names a part of it: "Sydney Harbour"."""
    after = _NEXT_WORD.match(text, mention.end)
    return after is not None and after.group(1) in index.parts


def _speaks_as_person(doc: Doc, index: PlaceIndex, mention: Mention, place: Candidate
                      ) -> bool:
    """Whether a place's name is a woman's here: a name women bear (``given_names`` in
    data/places.yaml), the subject of a verb whose reported clause has "she" as its subject
    ("Victoria said she would not stand again", "Georgia said she was proud"; a country
    says "it" of itself). A capital keeps its reading, and so does any other place: it
    speaks through its government or its team of someone else ("California argued that
    she had no standing", "England say he is injured")."""
    if place.feature == "capital" or fold(mention.text) not in index.given_names:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj":
        return False
    return any(t.lower_ == "she" and t.dep_ in {"nsubj", "nsubjpass"}
               for clause in span.root.head.children if clause.dep_ == "ccomp"
               for t in clause.children)  # (not a later clause: "…, and she agreed")


def _cut_from_a_name(doc: Doc, index: PlaceIndex, mention: Mention) -> bool:
    """Whether the tagger cut a town out of a club's or a team's name: an opener right
    before it ("Real Madrid signed …"), or right after it a word that ends such names or a
    plural it tagged as a name of its own ("Denver Broncos fans", "the Phoenix Suns")."""
    if mention.label != "GPE":
        return False
    text = text_of(doc)
    before = text[max(0, mention.start - 12):mention.start]
    if before.endswith(" ") and before.split() and before.split()[-1] in index.name_openers:
        return True
    after = _NEXT_WORD.match(text, mention.end)
    if after is None or AREA_WORDS.search(after.group(0)):
        return False  # ("New York State" is the state)
    word = after.group(1)
    if word in index.name_heads:
        return word not in index.parts  # ("Sydney Harbour" is in Sydney)
    token = doc.char_span(after.start(1), after.end(1))
    return token is not None and word.endswith("s") and token[0].ent_type_ in _NAME_LABELS


def _first_placed(resolver: Resolver, group: list[Mention]) -> Mention | None:
    """The first of the places a name may hold that resolves to a plausible reading
    ("Victoria University of Wellington": not Victoria, Wellington)."""
    for mention in group:
        best = resolver.resolve(mention.text, mention.end)
        if best is not None and _plausible(resolver, best, mention):
            return mention
    return None


def _with_sites(entities: list[Entity], records: list[dict[str, Any]], text: str,
                resolver: Resolver) -> list[dict[str, Any]]:
    """``records`` and the sites the index lacks that the text places in a town found as a
    place of its own (see ``Resolver.site``), each ``within`` that town's record; a site
    named with no town is left out (placed in the article's one town, most such sites in
    our BBC sample went wrong)."""
    # (a town inside the site's name yields to it: "Oxford Street in London" is in London)
    taken = [p["span"] for p in records if p["role"] != "name"]
    starts = {p["span"][0]: p["id"] for p in records}
    sites = []
    for entity in entities:
        for start, end in entity.mentions:
            name = text[start:end]
            if any(a < end and start < b for a, b in taken) or not _site(
                    resolver.index, entity, name):
                continue
            link = SITE_LINK.match(text, end)
            within = starts.get(link.end()) if link else None
            town = resolver.site(name, end) if within else None
            if town is not None:
                sites.append({**_record(0, Mention(start, end, name, entity.id, entity.type),
                                        town, "location"), "within": within})
    if not sites:
        return records
    records = [p for p in records if not any(
        s["span"][0] <= p["span"][0] and p["span"][1] <= s["span"][1] for s in sites)]
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


def _plausible(resolver: Resolver, place: Candidate, mention: Mention) -> bool:
    """Whether a reading is more than a guess for what the tagger did not call a town: a
    town under another name is no word the article also writes in lower case; a LOC or FAC
    must be a big town or one in a country the article names ("Lake Geneva" in a Swiss
    story is no town in Wisconsin), and so must a GPE read as a hamlet, unless a division
    follows after a comma ("Woodbridge, Suffolk"); a ``weak`` name (only a small town's) needs
    its division named, and a place inside a name ``_in_name_plausible``; an ORG, a
    PERSON or a name the tagger missed must be a country, a region, a landmark of ours, a
    capital or a city of a million, lie in a country the article names by other words, or
    be a big town or a division after "in", "near" … (Munster the rugby side is no German
    city in an Irish story; "blocked roads in Lyon" names a town, "a stake in Ajax" does
    not; "fires across Corsica" names the division)."""
    if place.feature in TOWNS and place.population < FOUND_TOWN and not bears(
            place, fold(mention.text)) and _written_as_word(resolver.text, mention.text):
        return False  # another name of a town that the article writes as a word ("Tsunami")
    said = classed(resolver.text, mention.start, mention.end)
    where = located_in(resolver.index, resolver.text, mention.end) if said == "located" \
        else set()
    if where and place.country not in where:
        return False  # "Ajax, located in Amsterdam" is no town in Canada
    if said in ("area", "island") and (place.feature in {"admin1", "admin2"} or (
            place.feature in TOWNS and bears(place, fold(mention.text)) and (
                place.population >= _SMALL_TOWN or resolver.backed(place, mention.text)))):
        return True  # "the governor of Kharkiv" (the resolver read the division), "the
        # island of Lampedusa" in an Italian story (but "the island of Java" is no
        # village in Georgia)
    if (place.feature in TOWNS and fold(place.name) == fold(mention.text) and said in (
            "town", "located")) or _acted_on(resolver.text, place, mention):
        return True  # the words around say it is a town: "the town of Taibe", "Whittier,
        # a port in Alaska" (whatever the tagger said, and however small), or "shelled
        # Belgorod" (see ``_acted_on``)
    if mention.label in ("LOC", "FAC"):
        return resolver.supports(place, mention.text)
    if mention.label == "GPE" and place.feature in TOWNS and place.population < _SMALL_TOWN:
        # the tagger's GPE on a hamlet's name with nothing else of its country or division
        # named is a word, a person or a title ("no Santa listed", "Elton plays Paris")
        return (resolver.backed(place, mention.text) or named_after(
            resolver.index, resolver.text, mention.end) is not None) and (
            place.feature != "admin2" or fold(place.name) == fold(mention.text)
            or resolver.backed(place, mention.text, division=True))
    if mention.weak:  # a small town's name: its division must be named ("Muncie police",
        # a story that names Indiana), or its country when a preposition places it ("in
        # Doboj", a Bosnian story; but "at Villa Park" is a ground, not a town); a hamlet
        # is more likely a word or a surname, and a name the article also writes in lower
        # case is a word ("Rugby World Cup")
        placed = mention.label == "ORG" and _placed(resolver.text, mention.start) and (
            mention.text.split()[-1] not in resolver.index.sites)  # (not inside a name:
        # "according to Asahi Breweries", "come to Lansdowne Road")
        return place.feature in TOWNS and place.population >= _SMALL_TOWN and fold(
            place.name) == fold(mention.text) and (resolver.backed(
                place, mention.text, division=True) or (placed and resolver.backed(
                    place, mention.text))) and not _written_as_word(
            resolver.text, mention.text)
    if mention.label == IN_NAME:
        return _in_name_plausible(resolver, place, mention.text)
    key = fold(AREA_WORDS.sub("", mention.text))
    if (mention.label == "ORG" and place.feature in {"city", "admin2"} and not bears(
            place, key) and not _placed(resolver.text, mention.start)) or (
            mention.label in ("ORG", "PERSON") and place.feature == "admin2"
            and fold(place.name) != key):
        return False  # a firm is no town under the town's old name ("Kirin" for Jilin;
        # a capital keeps its, "Kiev wants …", and so does a town a preposition places:
        # "flew to Calcutta"), nor a firm or a person a county by its short name ("Harris")
    if mention.label == "PROPN" and not worth_finding(place, mention.text) and not any(
            worth_finding(c, mention.text) and c.country == place.country
            for c in resolver.index.lookup(mention.text)):
        return False  # found by a big reading, it may not settle on a hamlet abroad
        # ("Sussex", the English county, is no village in the story's California)
    if mention.label in ("ORG", "PERSON", "PROPN"):  # PROPN: a name the tagger missed
        return place.feature in OURS or place.feature in AREAS or _capital(
            place, mention.text) or (place.feature == "city"
                                     and place.population >= WORLD_CITY) or resolver.backed(
            place, mention.text) or ((place.population >= BIG_CITY or place.feature == "admin1")
                                     and after_locative(resolver.text, mention.start))
    return True


def _acted_on(text: str, place: Candidate, mention: Mention) -> bool:
    """Whether the words before a name the tagger mislabelled or missed make a town or a
    division of it: the object of an attack ("shelled Belgorod", "captured Avdiivka": a
    town of 15,000 or more; of armed force if the tagger said an organisation, as
    "Injuries hit Chelsea" is the team); a name it gave a person or a work after "in",
    "near" … (a town of 100,000 or more: "fighting in Khan Younis"; but not an
    organisation's name, "a stake in Ajax"), or a work's after "to", "on" … (a division:
    "sailed to Corsica"; but "sold to Lazio" is the club the tagger called a person)."""
    if mention.label not in ("ORG", "PERSON", "PROPN") or (
            place.feature not in TOWNS and place.feature != "admin1"):
        return False
    if after_act(text, mention.start, ARMED if mention.label == "ORG" else ACTS):
        return place.feature == "admin1" or place.population >= ACTED_TOWN
    work = mention.label == "PROPN" and mention.entity is not None  # (a work, a people)
    if after_placing(text, mention.start):
        return (work or mention.label == "PERSON") and (
            place.feature == "admin1" or place.population >= FOUND_TOWN)
    return work and place.feature == "admin1" and _placed(text, mention.start)


def _written_as_word(text: str, name: str) -> bool:
    """Whether the article also writes the name in lower case, as a word ("rugby")."""
    return re.search(rf"\b{re.escape(name.lower())}\b", text) is not None


def _placed(text: str, start: int) -> bool:
    """Whether "in", "at", "to", "from" … come right before ``start``."""
    return after_locative(text, start) or text[max(0, start - 5):start].split()[-1:] in (
        ["to"], ["from"])


def _capital(place: Candidate, name: str) -> bool:
    """Whether a reading is a capital by its own name and of some size: "Roma" the people
    is not Rome, nor "Douglas" a surname the Isle of Man's capital."""
    return place.feature == "capital" and bears(place, fold(name)) and (
        place.population >= FOUND_TOWN)


def _in_name_plausible(resolver: Resolver, place: Candidate, name: str) -> bool:
    """Whether a place inside a name is that place: it bears the name itself or a longer
    form of it ("New York City"), but no county by its short form ("Orange" is no Orange
    County); and it is a country, a region, a capital or a city of a million, or lies in a
    country the article names (a word such as "Centre" or "Bar" opens many names)."""
    key = fold(name)  # (the index's own names of a country are all its names: "America";
    # an adjective names its country or continent: "British Airways")
    if not (bears(place, key) or place.feature == "country" or (
            place.feature == "continent" and key in resolver.index.modifiers)) or (
            fold(place.name) != key and place.feature == "admin2"):
        return False
    rivals = [c for c in resolver.index.lookup(name) if bears(c, key)]
    if place.feature in AREAS or _capital(place, name) or (
            place.feature in {"city", "admin1"} and place.population >= WORLD_CITY
            and setting(rivals)[0] == place.country):
        return True  # ("Texas", "Milan": no rival of their size bears the name)
    return resolver.backed(place, name)


def _record(number: int, mention: Mention, place: Candidate, role: str) -> dict[str, Any]:
    return {"id": f"P{number}", "span": [mention.start, mention.end], "text": mention.text,
            "name": place.name, "country": place.country,
            "lat": None if place.lat is None else round(place.lat, 5),
            "lon": None if place.lon is None else round(place.lon, 5),
            "geonames_id": place.geonames_id, "feature": place.feature,
            "entity": mention.entity, "role": role}


def _role(doc: Doc, mention: Mention, place: Candidate, index: PlaceIndex,
          datelines: list[tuple[int, int]]) -> str:
    """"actor" for a country, capital, division or state of the past that acts — the
    subject of a verb other than being, or a possessor ("Moscow's offensive"), but not of
    a site it holds ("London's Leicester Square", "Scotland's Hampden Park") nor of a
    part of it ("Russia's Belgorod region", "Ukraine's power grid"): it stands
    for its government — and for any town the tagger took for an organisation that acts
    (a team: "Portsmouth have signed …"); "modifier" for a country's name that qualifies
    a noun ("US officials", as "American officials"); else "location", as the place of a
    dateline always is (``datelines``: where the report was filed)."""
    if any(start <= mention.start < end for start, end in datelines):
        return "location"
    if place.feature not in {"country", "capital", "admin1"} and mention.label != "ORG" and (
            place.name not in index.polities):
        return "location"  # (a town the tagger took for an organisation may act: a team)
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return "location"
    root = span.root
    while root.dep_ == "conj" and root.head is not root:  # "Russia and China held talks"
        root = root.head
    head = root.head
    if place.feature == "country" and root.dep_ == "compound" and head.pos_ == "NOUN" and (
            head.lower_ not in _locating_nouns()):
        return "modifier"  # a country's name as an adjective: "US officials", "UK troops"
    holds_site = head.lower_ in _locating_nouns() or (head.pos_ == "PROPN" and (
        head.ent_type_ in {"FAC", "LOC", "GPE"} or head.text in index.sites))
    # (what a place's possessive holds decides: "Russia's Belgorod region" locates)
    acts = (root.dep_ == "poss" and not holds_site) or (
        root.dep_ == "nsubj" and root.head.lower_ not in _PLACE_VERBS) or (
        root.dep_ == "pobj" and root.head.dep_ == "agent")  # "was attacked by Ukraine"
    return "actor" if acts else "location"


def _locating_nouns() -> frozenset[str]:
    """The nouns a place's possessive locates (``locating_nouns`` in data/places.yaml)."""
    return _ours()["locating_nouns"]


@lru_cache(maxsize=1)
def _ours() -> dict[str, frozenset[str]]:
    """Our word lists of data/places.yaml that this module reads."""
    text = resources.files("newsgraph").joinpath("data/places.yaml").read_text("utf-8")
    data = parse(text)
    return {key: frozenset(data[key]) for key in ("locating_nouns", "organisations")}


def place_of(doc: Doc, trigger: Token) -> dict[str, Any] | None:
    """The place an event at ``trigger`` happened: a non-metonymic place in a locative
    phrase of the trigger or within its object ("in Harbin", "in the Kharkiv region", "near
    Bakhmut", "blocked roads in Algiers", "blew up lines leading into Kabul"), the nearest
    first and, in one phrase, the narrowest ("on the Black Sea port of Odesa"), but not one
    behind another preposition ("in its war against Ukraine"); else None."""
    places = [p for p in doc._.newsgraph_places or [] if p["role"] == "location"]
    if not places:
        return None
    found: list[tuple[int, int, dict[str, Any]]] = []
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    for child in [*trigger.children, *(c for o in objects for c in o.subtree)]:
        if child.dep_ != "prep" or child.lower_ not in LOCATIVE:
            continue
        start, end = child.idx, child.right_edge.idx + len(child.right_edge)
        found += [(abs(child.i - trigger.i), narrowness(place), place) for place in places
                  if start <= place["span"][0] and place["span"][1] <= end
                  and _in_phrase(doc, place, child)]
    return min(found, key=lambda f: f[:2])[2] if found else None


def narrowness(place: dict[str, Any]) -> int:
    """How wide a place is: a town 0, a county 1, a state 2, a region 3, a country 4 …"""
    return _WIDTH.get(place["feature"], 0)


def _in_phrase(doc: Doc, place: dict[str, Any], prep: Token) -> bool:
    """Whether a place within a locative phrase is placed by it, not reached through
    another preposition ("in its war against Ukraine", "in talks with Iran"; but "in the
    north of Syria")."""
    start, end = place["span"]
    span = doc.char_span(start, end, alignment_mode="expand")
    token = span.root if span is not None else prep
    while token.i != prep.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ not in LOCATIVE and token.lower_ != "of":
            return False
        token = token.head
    return True


_WIDTH = {"admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}

_CODED = frozenset({"country", "city", "capital", "admin1", "admin2"})
_NEXT_WORD = re.compile(r" ([A-Z][\w&]*)\b")
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "PERSON"})
#: A beauty title holds a place's name, as names do: "Miss Georgia" is a woman's title
_PAGEANT = re.compile(r"\bMiss $")


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
