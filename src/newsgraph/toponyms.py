"""Toponyms: the words of an article that name places, before they are resolved.

A mention of a GPE, LOC or FAC entity; a NORP adjective that names a place ("Russian"); an
ORG or PERSON whose whole name is a place's ("the EU said"); a proper noun the tagger
missed that is wholly a place's name ("Kharkiv"); and a place inside another name
("Chicago" in "the Chicago Bulls"). ``places.py`` resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ENT_IOB, IS_TITLE, POS, SENT_START
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc

from .clean import text_of
from .entities import PLACE_LABELS
from .models import Entity
from .placeindex import Candidate, PlaceIndex, fold

#: Words after a name that say what kind of area it is: "the Kharkiv region".
#: (Not "city": "X City" is a town's name or a club's — "Mexico City", "Manchester City".)
AREA_WORDS = re.compile(r"[\s-]+(?:region|province|oblast|state|county|governorate|district"
                        r"|prefecture|territory|municipality)$", re.I)
#: Prepositions before which a country or a big town is a place, not an organisation.
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into",
                      "throughout", "within", "on", "off", "over"})
#: Verbs of a physical act done to a place: their object, if a town's name, is the town
#: ("shelled Belgorod", "captured Avdiivka", "Rockets hit Ashkelon"). (As written.)
#: Only armed force for a name the tagger took for an organisation ("Injuries hit
#: Chelsea" is the team).
ARMED = frozenset({"shelled", "bombed", "bombarded", "raided", "stormed", "captured",
                   "recaptured", "seized", "invaded", "besieged", "encircled", "pounded",
                   "liberated"})
ACTS = ARMED | {"attacked", "struck", "hit", "entered"}
#: The smallest town the object of such an act is taken to be
ACTED_TOWN = 15_000
#: Prepositions that put something in or near a place, before which a name the tagger
#: gave a person is a town's: "fighting in Khan Younis" (not "went to Cher", "capitalising
#: on Brits success")
PLACING = frozenset({"in", "near", "outside", "inside", "across", "around", "throughout",
                     "within"})
BIG_CITY = 250_000
AREAS = frozenset({"country", "continent", "region"})
IN_NAME = "IN_NAME"  # the label of a place named inside another name
FOUND_TOWN = 100_000  # a town the tagger missed is taken from this size up
#: One or two capitalised words straight before a mention: the start of its name, perhaps.
_NAME_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][\w'’-]*) (?:([A-Z][\w'’-]*) )?$")
#: One or two capitalised words straight after a mention: the rest of a name, perhaps.
_NAME_GOES_ON = re.compile(r"( [A-ZÀ-Þ][\w'’-]*)(?: [A-ZÀ-Þ][\w'’-]*)?")
_AREA_AFTER = re.compile(r"[ -](?:region|province|oblast|governorate|district|prefecture"
                         r"|county|state)\b")
_WORKS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})  # other names
_PLACEABLE = _WORKS | {"ORG", "PERSON"}
_NAMED_IN = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "NORP"})
_NAME_LINKS = frozenset({"of", "for", "in", "at", "de", "du", "des", "di", "del"})
#: A person's initial right before a name: "D Garland", "J. Smith"
_INITIAL = re.compile(r"(?<![^\s(])[B-HJ-Z] $")  # (not "A", "I", nor "plan B. Paris")
#: A title of nobility before a place: "the Duke of Sussex" names a person
_TITLE_OF = re.compile(r"\b(?:Duke|Duchess|Earl|Countess|Marquess|Prince|Princess|Baron"
                       r"|Baroness|Viscount|Lord|Lady) of $")
#: A courtesy title before a name: "Mr Houston" is a person (not "Miss", a beauty title)
_COURTESY = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.? $")
_SHIRES = frozenset({"GBR", "IRL"})  # counties named after a town and a comma
#: Words that say the name next to them is a town or an area, whatever its size: before it
#: ("the town of Taibe", "30 km north of Zadar") or set off after it ("Whittier, a port in
#: Alaska", "Orvieto, located in Umbria")
_TOWN_CLASS = r"town|city|village|port|hamlet|suburb|resort|capital|municipality"
_AREA_CLASS = r"province|region|district|county|island|state"
#: (in lower case: "City of God" is a title, "the city of Basra" a town)
_CLASS_BEFORE = re.compile(rf"\b(?:({_TOWN_CLASS}|mayor|outskirts"
                           r"|(?i:north|south)(?:-?(?:east|west))?|(?i:east|west))"
                           rf"|{_AREA_CLASS}|governor) of $")
_CLASS_AFTER = re.compile(
    rf",\s+(?:(?:an?|the)\s+(?:(?!(?:in|of|at|for|from|on|to|by|the|an?|its)\s)[\w-]+\s+)"
    rf"{{0,3}}?(?:({_TOWN_CLASS})|{_AREA_CLASS})(?=\s+(?:in|of|on|near|north"
    r"|south|east|west|outside|close|about|some|with|that|where|which)\b|\s*[,.;:)—–])"
    r"|(located|situated|nestled) (?:in|on|near)\b)")
#: "in", perhaps a direction, and a name after a place: "Tripoli in northern Lebanon"
_INSIDE = re.compile(r" in (?:(?:north|south)(?:-?(?:east|west))?(?:ern)?\s|(?:east|west)(?:ern)?\s"
                     r"|central\s)?((?:[A-Z][\w.'’-]*\s?){1,3})")
#: A noun after a name that makes the name a firm's: "the governor of Victoria Falls hotel
#: group" governs no town
_FIRM_NOUN = re.compile(r"\s+(?:hotels?|group|company|firm|bank|airlines?|chain|brand"
                        r"|holdings|corporation)\b")
_LOCATED = re.compile(r",\s+(?:located|situated|nestled) in (?:the )?"
                      r"((?:[A-ZÀ-Þ][\w.'’-]*\s?){1,3})")
_POSSESSIVE = re.compile(r"['’]s?$")  # "located in Ukraine's west"
#: Words that join the parts of a hyphened place name ("Stratford-upon-Avon")
_HYPHEN_LINKS = frozenset({"on", "upon", "under", "in", "le", "la", "les", "sur", "en",
                           "de", "am", "an", "im"})
#: A word of a name; an apostrophe inside ("O'Hare"), but not the possessive's
_WORD = re.compile(r"[\w.&-]+(?:['’](?!s\b)[\w.&-]+)*")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    entity: str | None
    label: str
    #: a name only a small town bears, inside another name or said by the tagger to be an
    #: organisation: resolved, but it does not set the article's countries
    weak: bool = False


def named(index: PlaceIndex, entities: list[Entity], text: str, surnames: set[str]
          ) -> list[Mention]:
    """The mentions of entities that name places (``is_toponym``), the rest of their name
    taken in (``whole_name``, ``with_area_word``); a town named like a person the article
    names is left out (``is_surname``)."""
    found = []
    for entity in entities:
        for start, end in entity.mentions:
            name = text[start:end]
            label = entity.type
            if not is_toponym(index, entity, name):
                if label not in _PLACEABLE or not _placed_name(index, entity, text, start,
                                                               end):
                    continue
                label = "PROPN"  # read as a name the tagger missed
            elif label == "NORP" and fold(name) not in index.modifiers:
                label = "PROPN"  # a place's name, not its adjective: read as missed
            if is_surname(index, text, start, end, surnames):
                continue
            weak = entity.type == "ORG" and not any(
                worth_finding(c, name) for c in index.lookup(name))
            mention = whole_name(index, _whole_of(index, _bare(index, Mention(
                start, end, name, entity.id, label, weak))), text)
            # (an adjective takes no area word: "the Argentine state" is the nation)
            found.append(mention if fold(name) in index.modifiers
                         else with_area_word(mention, text))
    return found


def _placed_name(index: PlaceIndex, entity: Entity, text: str, start: int, end: int
                 ) -> bool:
    """Whether a name the tagger took for something else is a place by the words around
    it: a big place's name after "in", "near" … ("a hospice in Calcutta", the tagger's
    PRODUCT; "a Paris perfume" is none), or a town's own name, however small, that they
    call a town ("Kodiak, a fishing port", the tagger's PERSON); or a town or division by
    any of its names as the object of an attack ("captured Avdiivka", the tagger's
    PERSON), or after "in", "near" … (``PLACING``) unless the tagger said an organisation
    ("fighting in Khan Younis"), or after "to" … if it said a work ("sailed to
    Corsica")."""
    name = text[start:end]
    if fold(entity.name) != fold(name) or name.islower():
        return False
    readings = index.lookup(name)
    if (entity.type in _WORKS and after_locative(text, start) and any(
        worth_finding(c, name) for c in readings)) or (
        classed(text, start, end) is not None and any(
            fold(c.name) == fold(name) for c in readings)):
        return True
    # (``_plausible`` in places.py weighs the reading these give)
    placed = after_act(text, start, ARMED) if entity.type == "ORG" else after_act(
        text, start) or (not text.startswith(("'s", "’s"), end) and (after_placing(
            text, start) or (entity.type in _WORKS and _led_to(text, start))))
    # (not a person's: "into Barrie's imagination")
    return placed and any(c.feature == "admin1" or c.population >= ACTED_TOWN
                          for c in readings)


def _bare(index: PlaceIndex, mention: Mention) -> Mention:
    """The mention without a word in lower case the tagger took into it, when the rest is
    a place's name and the whole is none: a direction before it ("west London"), "city"
    after it ("Birmingham city centre"); and "City" after a town the index holds under no
    such name ("Manchester City")."""
    if index.lookup(mention.text):
        return mention
    first, _, rest = mention.text.partition(" ")
    if rest and first.islower() and fold(first) in index.generic and index.lookup(rest):
        start = mention.end - len(rest)
        return Mention(start, mention.end, rest, mention.entity, mention.label, mention.weak)
    head, _, last = mention.text.rpartition(" ")
    if head and last in ("city", "City") and index.lookup(head):  # ("Hull City": a club
        # named after its town, which ``_cut_from_a_name`` then finds in the role "name")
        return Mention(mention.start, mention.start + len(head), head, mention.entity,
                       mention.label, mention.weak)
    return mention


def _whole_of(index: PlaceIndex, mention: Mention) -> Mention:
    """The big town a part of it is named after, when the index lacks the part: "Boston"
    in "Boston Harbor", "Guantanamo" in "Guantanamo Bay" (the entity is the part's, not the
    town's); not a small one ("Pearl Harbor" is not in Pearl, Mississippi)."""
    words = mention.text.split()
    if len(words) < 2 or words[-1] not in index.parts or index.lookup(mention.text):
        return mention
    head = mention.text[:mention.text.rindex(words[-1])].rstrip()
    if not any(c.feature in {"city", "capital"} and c.population >= BIG_CITY
               and fold(c.name) == fold(head) for c in index.lookup(head)):
        return mention
    return Mention(mention.start, mention.start + len(head), head, None, mention.label,
                   mention.weak)


def is_toponym(index: PlaceIndex, entity: Entity, text: str) -> bool:
    """Whether a mention names a place: a GPE, LOC or FAC; a NORP that is a place's
    adjective ("Russian"); or an ORG or PERSON the tagger gave a name that is wholly a
    place's ("the EU said", "Tamil Nadu"; an ORG even a small town's: "Muncie") — not a
    surname ("Jordan" for "Michael Jordan") nor a name the knowledge base knows as an
    organisation; never a word in lower case (the tagger's "quay")."""
    if text.islower():
        return False
    if entity.type in PLACE_LABELS:
        return True
    if entity.type == "NORP":  # (or a big place's own name: "Auckland police", "Punjab")
        return fold(text) in index.modifiers or any(
            worth_finding(c, text) and fold(c.name) == fold(text) for c in index.lookup(text))
    if entity.type not in {"ORG", "PERSON"} or fold(entity.name) != fold(text):
        return False
    readings = index.lookup(text)
    # An organisation's sector comes from the KB or its own words ("University of Texas" is
    # also a town's name); a person's from a word before it ("farmer"), which a misread
    # place can have too — so for a person only the KB's word counts.
    actor = entity.actor
    if actor is not None and (entity.type == "ORG" or actor.kb_id is not None) and (
            actor.sector not in {None, "GOV", "IGO"}) and not any(
            c.feature == "facility" for c in readings):  # (the Pentagon is a landmark too)
        return False
    return any(worth_finding(c, text) or (entity.type == "ORG" and fold(c.name) == fold(
        text)) for c in readings)


def whole_name(index: PlaceIndex, mention: Mention, text: str) -> Mention:
    """The mention with the rest of its name when the tagger stopped short: "Nuevo" in
    "Nuevo León" (the accent ends its entity), "Wales" in "New South Wales"."""
    before = _NAME_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if before is not None:
        for start in (before.start(), before.start(2)):
            name = text[start:mention.end]
            if start >= 0 and text[start:mention.start].split()[0] not in {
                    "The", "A", "An"} and any(fold(c.name) == fold(name)
                                              for c in index.lookup(name)):
                mention = Mention(start, mention.end, name, mention.entity, mention.label,
                                  mention.weak)
                break
    rest = _NAME_GOES_ON.match(text, mention.end)
    if rest is None:
        return mention
    for end in sorted({rest.end(), rest.end(1)}, reverse=True):
        name = text[mention.start:end]
        if any(fold(c.name) == fold(name) for c in index.lookup(name)):
            return Mention(mention.start, end, name, mention.entity, mention.label,
                           mention.weak)
    return mention


def with_area_word(mention: Mention, text: str) -> Mention:
    """The mention with the word after it that says it is an area: "Kharkiv" in "the
    Kharkiv region" is the region, not the city; a name the tagger missed is then as good
    as its GPE ("across the Odesa region")."""
    after = _AREA_AFTER.match(text, mention.end)
    if after is None or AREA_WORDS.search(mention.text):
        return mention
    return Mention(mention.start, after.end(), text[mention.start:after.end()],
                   mention.entity, "GPE" if mention.label == "PROPN" else mention.label,
                   mention.weak)


def is_surname(index: PlaceIndex, text: str, start: int, end: int, surnames: set[str]) -> bool:
    """Whether a town's name is the surname of a person the article names ("Davenport
    puts retirement on hold", after Lindsay Davenport), follows an initial ("D Garland") or
    a title ("the Duke of Sussex", "Mr Houston").
    A country's name stays a place, and so does a town the words around it place: "near
    Austin, Texas", "in Austin"."""
    name = text[start:end]
    if _TITLE_OF.search(text, max(0, start - 12), start) or _COURTESY.search(
            text, max(0, start - 6), start):
        return True  # a title: "the Duke of Sussex", "the Prince of Wales", "Mr Houston"
    readings = index.lookup(name)
    if any(c.feature == "country" for c in readings):
        return False
    if _INITIAL.search(text, max(0, start - 4), start) and readings and all(
            c.feature in {"city", "capital", "admin2"} for c in readings):  # (not "W Virginia")
        return True  # "D Garland (Channel Islands AC)": an athlete, not Garland, Texas
    if fold(name) not in surnames:
        return False
    # (a county after a comma may be the next name of a list: "Cueto, Dawson, Ellis")
    return not (named_after(index, text, end, counties=False) or after_locative(text, start))


def classed(text: str, start: int, end: int) -> str | None:
    """What the words around ``text[start:end]`` call it: "town" for a town ("the town of
    Taibe", "north of Zadar", "Whittier, a port in Alaska"), "area" for a division ("the
    province of Gilan", "the governor of Lagos"), "island" ("the island of Crete"), "located"
    for a place said to lie in another ("Orvieto, located in …": ``located_in`` tells
    where); else None."""
    before = _CLASS_BEFORE.search(text, max(0, start - 16), start)
    if before is not None and not _FIRM_NOUN.match(text, end):
        return "town" if before.group(1) else _area_or_island(before.group(0))
    after = _CLASS_AFTER.match(text, end)
    if after is None:
        return None
    return "town" if after.group(1) else "located" if after.group(2) else _area_or_island(
        after.group(0))


def _area_or_island(words: str) -> str:
    # (an island is often no division of its name: "the island of Tenerife")
    return "island" if "island" in words else "area"


def located_in(index: PlaceIndex, text: str, end: int) -> set[str]:
    """The countries the name after "located in" (right after ``end``) may lie in:
    "Ajax, located in Amsterdam" → {"NLD"}; empty when no known name follows."""
    match = _LOCATED.match(text, end)
    if match is None:
        return set()
    words = match.group(1).split()
    for size in range(len(words), 0, -1):
        found = index.lookup(_POSSESSIVE.sub("", " ".join(words[:size]).rstrip(",.")))
        if found:
            return {c.country for c in found if c.country}
    return set()


def after_locative(text: str, start: int) -> bool:
    """Whether "in", "near", "outside" … comes right before ``start``."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1] in LOCATIVE


def after_act(text: str, start: int, verbs: frozenset[str] = ACTS) -> bool:
    """Whether a verb of a physical act comes right before ``start`` ("raided Tulkarm")."""
    before = text[max(0, start - 14):start].split()
    return bool(before) and before[-1] in verbs


def after_placing(text: str, start: int) -> bool:
    """Whether "in", "near", "across" … (``PLACING``) comes right before ``start``."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1] in PLACING


def _led_to(text: str, start: int) -> bool:
    """Whether "in", "near" … or "to", "from" come right before ``start``."""
    return after_locative(text, start) or text[max(0, start - 6):start].split()[-1:] in (
        ["to"], ["from"])


def named_after(index: PlaceIndex, text: str, end: int, *, counties: bool = True,
                inside: bool = False) -> str | None:
    """The country or division named just after a place and a comma: "Paris, Texas" →
    "US.TX"; "Tbilisi, Georgia" → "GEO" (a country) or "US.GA" (a state); with
    ``counties``, a county too ("Woodbridge, Suffolk" → England); with ``inside``, one
    after "in" too ("Tripoli in northern Lebanon" → "LBN")."""
    match = re.match(r",\s*((?:[A-Z][\w.'’-]*\s?){1,3})", text[end:end + 40])
    linked = _INSIDE.match(text, end, end + 60) if inside and match is None else None
    if linked is not None:  # (a country or a division only: "Paris in April", "in LA")
        match, counties = linked, False
    if match is None:
        return None
    words = match.group(1).split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size]).rstrip(",")
        abbreviation = index.abbreviations.get(fold(name))
        if abbreviation and ("." in name or name.isupper()) and linked is None:
            return abbreviation
        candidates = index.lookup(name)
        areas = [c for c in candidates if c.feature in {"admin1", "country"}]
        if areas:  # the biggest: "Florida" the state, not a municipality of Puerto Rico
            area = max(areas, key=lambda c: c.population)
            return area.admin1 if area.feature == "admin1" else area.country
        shires = [c for c in candidates if c.feature == "admin2" and c.country in _SHIRES
                  and fold(c.name) == fold(name)]  # "Woodbridge, Suffolk": the English
        # county, not Suffolk County, N.Y. (nor, in "Elton, Paris", a French département)
        if shires and counties:
            county = max(shires, key=lambda c: c.population)
            return county.admin1 or county.country
    return None


def untagged(doc: Doc, index: PlaceIndex, entities: list[Entity], surnames: set[str]
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
    text = text_of(doc)  # (once: each read of Doc.text joins every token again)
    bare = [pos == PROPN and iob in (0, 2) and title for pos, iob, title, _ in rows]
    starts = [i for i, row in enumerate(rows) if bare[i]]
    done = -1
    for i in starts:
        token = doc[i]
        if i <= done or token.idx in taken or (i > 0 and bare[i - 1]) or _hyphened(doc, i):
            continue  # (the end of a name the tagger missed: "the Whitney Houston film"; a
            # part of a hyphened one: "Thames" in "Henley-on-Thames")
        for size in (3, 2, 1):
            span = doc[i:i + size]
            if len(span) < size or any(t.ent_type_ or t.pos_ != "PROPN" or t.idx in taken
                                       for t in span):
                continue
            # a town of any size where the words around call it one ("the town of Orvieto"),
            # even opening a sentence; else a big place, not opening one
            sized = classed(text, span.start_char, span.end_char) is not None
            if fold(span.text) not in surnames and not _TITLE_OF.search(
                    text, max(0, span.start_char - 12), span.start_char) and (
                    sized or rows[i][3] != 1) and any(
                    worth_finding(c, span.text) or (sized and fold(c.name) == fold(span.text))
                    for c in index.lookup(span.text)):
                found.append(with_area_word(Mention(span.start_char, span.end_char, span.text,
                                                    None, "PROPN"), text))
                done = i + size - 1
                break
    return found


def _hyphened(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a part of a hyphened name, joined by a linking word: "Thames"
    in "Henley-on-Thames", "Stratford" in "Stratford-upon-Avon"; not a place of a pair
    ("the Kyiv-Lviv line") nor one before a plain word ("Moscow-backed")."""
    if i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and (
            not doc[i - 2].whitespace_) and doc[i - 2].lower_ in _HYPHEN_LINKS:
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and (
        not doc[i + 1].whitespace_) and doc[i + 2].lower_ in _HYPHEN_LINKS


def in_groups(index: PlaceIndex, entities: list[Entity], text: str, surnames: set[str]
              ) -> list[Mention]:
    """Places that open the words for a group of people: "Wall Street" in "Wall Street
    firms", "Auckland" in "Auckland police" — all the capitalised words before the
    group's own word, up to three, wholly a place's name (not "U.S." in "U.S. Tennis
    Association officials", a name of its own); read like names the tagger missed."""
    found: list[Mention] = []
    for entity in entities:
        if entity.type != "GROUP":
            continue
        for start, end in entity.mentions:
            words = list(_WORD.finditer(text, start, end))
            first = 1 if words and words[0].group(0).lower() == "the" else 0
            size = next((i for i, w in enumerate(words[first:]) if not w.group(0)[0].isupper()),
                        len(words) - first)  # ("the Salford MP": two words after "the")
            if not 0 < size <= 3:
                continue
            a, b = words[first].start(), words[first + size - 1].end()
            name = text[a:b]
            if fold(name) not in surnames and any(
                    worth_finding(c, name) for c in index.lookup(name)):
                found.append(Mention(a, b, name, None, "PROPN"))
    return found


def worth_finding(c: Candidate, text: str) -> bool:
    if fold(c.name) != fold(text) and c.population < BIG_CITY and c.feature not in {
            "region", "facility", "admin1"}:  # (our own regions and landmarks list all
        # their names, and a division's other names are its English ones: "Corsica")
        return False  # under another name only when big: "Kharkov"
    return c.feature in AREAS or c.feature in {"admin1", "facility"} or (
        c.population >= FOUND_TOWN)


def in_names(index: PlaceIndex, entities: list[Entity], text: str, personal: set[str]
             ) -> list[list[Mention]]:
    """Places named inside the name of an organisation or an event: "Chicago" in "the
    Chicago Bulls", "Texas" in "the University of Texas", "Madrid" in "Real Madrid" — for
    each such name, the places it may hold, best first (the resolver keeps the first it
    can place). The place stands where ``_name_slots`` says, bears the name itself and is
    no person's name; a small town's name is ``weak``."""
    found: list[list[Mention]] = []
    for entity in entities:
        if entity.type not in _NAMED_IN:
            continue
        for start, end in entity.mentions:
            words = list(_WORD.finditer(text, start, end))
            if len(words) < 2 or (len(words) == 2 and any(
                    fold(w.group(0)) in personal for w in words)):
                continue  # "Marion Jones", the tagger's ORG, after "Jones said"
            lower = [w.group(0).lower() for w in words]
            places = [place for first, last in _name_slots(index, words)
                      if (place := _place_in(
                          index, text, words[first].start(), words[last].end(), personal,
                          adjective=words[last].end() < end,
                          alias=first > (lower[0] == "the"))) is not None
                      and (place.start, place.end) != (start, end)]
            # the longest place at a word: "Indian Wells", not India
            places = [p for p in places if not any(
                q.start == p.start and q.end > p.end for q in places)]
            if places:  # a big place before a small one: "Bank" is a town, "England" the place
                found.append(sorted(places, key=lambda m: m.weak))
    return found


def _place_in(index: PlaceIndex, text: str, start: int, end: int, personal: set[str], *,
              adjective: bool = False, alias: bool = False) -> Mention | None:
    """A place at ``text[start:end]`` inside a name. With ``adjective``, also the country
    or continent an adjective there names ("British" in "British Airways", but not at the
    end of a name: "Anglo American" is a firm). A country counts under another of its
    names when that is an acronym ("the US Army") or of several words ("Great Britain"),
    or, with ``alias``, not the name's first word ("Bank of America", "BBC America"; not
    "Holland Park"), never under one word of its own name ("the Emirates Stadium" is the
    airline's)."""
    name = text[start:end]
    if fold(name) in personal:
        return None
    number = index.modifiers.get(fold(name)) if adjective else None
    if number is not None and index.candidate(number).feature in {"country", "continent"}:
        return Mention(start, end, name, None, IN_NAME)
    alias = alias or _acronym(name) or " " in name
    readings = [c for c in index.lookup(name) if fold(c.name) == fold(name) or (
        alias and c.feature == "country" and fold(name) not in fold(c.name).split())]
    if not readings:
        return None
    return Mention(start, end, name, None, IN_NAME,
                   not any(worth_finding(c, name) for c in readings))


def _acronym(word: str) -> bool:
    word = word.replace(".", "")  # ("U.S.")
    return word.isalpha() and word.isupper()  # "AC", "BBC"; not a model number ("E200")


def _country(index: PlaceIndex, word: str) -> bool:
    """Whether a word is a country's name, or an acronym of one ("UK")."""
    return any(c.feature == "country" and (fold(c.name) == fold(word) or _acronym(word))
               for c in index.lookup(word))


def _name_slots(index: PlaceIndex, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Where in a name of ``words`` a place may stand, longest first: its opening words
    (after "The"), the words after "of", "for" …, and its closing words ("Imperial
    College London"); in a name of two words, only beside a word that makes it no
    person's name (see ``name_heads`` in ``data/places.yaml``)."""
    lower = [w.group(0).lower() for w in words]
    opening = 1 if lower[0] == "the" else 0
    if len(words) - opening == 2:
        first, second = words[opening].group(0), words[opening + 1].group(0)
        head = second in index.name_heads or _acronym(second) or (
            second.endswith("s") and not second.endswith("ss"))
        opener = first in index.name_openers or _acronym(first) or _country(index, second)
        head = head or (_country(index, first) and (_acronym(first) or second.islower()))
        # ("Amazon UK", "Cricket Australia", "the US Treasury", "the Iraq war"; but a
        # country before a name is no sign: "Jordan Brand", "Turkey Hill", "India Knight")
        slots = [slot for slot, ok in (((opening, opening), head),
                                       ((opening + 1, opening + 1), opener)) if ok]
    else:
        slots = [(opening, opening + n - 1) for n in (3, 2, 1)]
        for i, word in enumerate(lower):
            if word in _NAME_LINKS:
                slots += [(i + 1, i + n) for n in (3, 2, 1)]
        last = len(words) - 1
        slots += [(last - n + 1, last) for n in (2, 1) if last - n + 1 > opening]
    return [(a, b) for a, b in slots if b < len(words) and all(
        words[i].group(0)[0].isupper() for i in range(a, b + 1))]
