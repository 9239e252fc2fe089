"""Events: who did what to whom, coded in PLOVER, with the evidence and a status.

The ``newsgraph_events`` component runs last. A trigger is a verb or noun of
``data/events.yaml`` (our own lexicon), some only with the right object or preposition
("sign an agreement", "call for", "impose sanctions"). Who does it to whom comes from the
parse (``eventroles``); with no one else named, the place the event happened in receives
it (PLOVER's convention). No actor, no event.

What an act is depends on how it is said, as CAMEO codes it: an act its actor says is
coming is a statement of intent ("will provide aid" is an AGREE, "will not accept" a
REJECT, "vowed to retaliate" a THREATEN), and a clause someone says another "must" do is
a REQUEST. What an agreement, demand or accusation is about is not an event of its own.

Each event says how sure it is: ``attributed_to`` the quote it sits in ("The West has
accused China of helping Russia" is an accusation by the West, not aid asserted by the
outlet), and ``aux``: negated, future, hypothetical, or historical (dated well before
publication). The date is the time expression nearest the trigger in its sentence, else
the publication date; the place is a location in the trigger's locative phrase
(``places.place_of``), else a town or region a physical act is done to ("shelled
Kharkiv"). A country or capital that receives what is said or granted is its government
("accused Kyiv"): its place's role becomes ``actor``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]  # no stub, but public
from spacy.tokens import Doc, Span, Token

from .entities import token_spans
from .eventroles import (
    OBJECTS,
    SUBJECTS,
    about,
    condition,
    demand_sides,
    dependents,
    owners_of,
    participants,
)
from .kb import parse
from .places import narrowness, place_of

SPANS_KEY = "newsgraph.events"
_YEAR = re.compile(r"\d{4}(?:-|$)")  # a value that starts with a year ("200" is a decade)
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
#: Entity types whose words name something; a trigger word inside one is no trigger.
_NAMES = frozenset({"ORG", "PERSON", "GPE", "FAC", "LOC", "NORP", "WORK_OF_ART", "LAW",
                    "PRODUCT"})
#: Prepositions that set a noun event as the background of another ("after the attack",
#: "following the invasion"): mentioned, usually reported before, not coded again.
#: Modals that state an intent only with a condition ("may halt mediation if …").
_MAYBE = frozenset({"may", "might", "could"})
_BACKGROUND = frozenset({"after", "following", "since", "before", "amid", "despite"})
#: Events whose object is another event, said or intended rather than done.
_FRAMES = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT",
                     "CONSULT", "PROTEST"})  # "marched, demanding …": the march

if not Doc.has_extension("newsgraph_events"):
    Doc.set_extension("newsgraph_events", default=None)


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None
    objects: frozenset[str]
    preps: frozenset[str]
    subjects: frozenset[str]
    not_objects: frozenset[str]
    cameo: str
    quad: int
    score: float


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]  # every form: "met", "meeting" → meet's triggers
    nouns: dict[str, tuple[Trigger, ...]]  # singular and plural
    future: frozenset[str]
    hypothetical: frozenset[str]
    hashes: frozenset[int]  # spaCy's hashes of every form, to find candidates in bulk
    intent: Intent
    demand: frozenset[str]  # "Sudan must return the helicopter, Russia said"
    request: Trigger
    contexts: dict[str, tuple[str, ...]]  # word or phrase → the PLOVER contexts it signals


@dataclass(frozen=True, slots=True)
class Intent:
    """The words that make an act a stated intent, and what each kind of act becomes."""
    auxiliaries: frozenset[str]  # "will provide"
    words: frozenset[str]  # "ready to contribute", "vowed to retaliate"
    cooperative: frozenset[str]  # types whose intent is an AGREE (refused: a REJECT)
    hostile: frozenset[str]  # types whose intent is a THREATEN
    beliefs: frozenset[str]  # verbs whose clause is another's expectation ("fears")
    agree: Trigger
    reject: Trigger
    threaten: Trigger


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = parse(resources.files("newsgraph").joinpath("data/events.yaml").read_text("utf-8"))
    types = raw["types"]

    def trigger(entry: Any) -> Trigger:
        entry = {"type": entry} if isinstance(entry, str) else entry
        kind = types[entry["type"]]
        return Trigger(entry["type"], entry.get("mode"), frozenset(entry.get("objects", ())),
                       frozenset(entry.get("preps", ())), frozenset(entry.get("subjects", ())),
                       frozenset(entry.get("not_objects", ())), entry.get("cameo", kind["cameo"]),
                       int(kind["quad"]), float(entry.get("score", kind["score"])))
    irregular = raw["irregular"]
    def triggers(entry: Any) -> tuple[Trigger, ...]:
        return tuple(trigger(e) for e in (entry if isinstance(entry, list) else [entry]))
    verbs = {form: triggers(entry) for lemma, entry in raw["verbs"].items()
             for form in verb_forms(lemma, irregular.get(lemma, ()))}
    nouns = {form: triggers(entry) for lemma, entry in raw["nouns"].items()
             for form in (lemma, *plurals(lemma))}
    said = raw["intent"]
    intent = Intent(frozenset(said["auxiliaries"]), frozenset(said["words"]),
                    frozenset(said["cooperative"]), frozenset(said["hostile"]),
                    frozenset(form for verb in said["beliefs"] for form in verb_forms(verb)),
                    trigger("AGREE"), trigger("REJECT"), trigger("THREATEN"))
    demand = frozenset(raw["demand"])
    contexts: dict[str, tuple[str, ...]] = {}
    for context, words in raw["contexts"].items():
        for word in words:
            contexts[word] = (*contexts.get(word, ()), context)
    return Lexicon(verbs, nouns, frozenset(raw["future"]), frozenset(raw["hypothetical"]),
                   frozenset(hash_string(form) for form in {*verbs, *nouns, *demand}), intent,
                   demand, trigger("REQUEST"), contexts)


def verb_forms(lemma: str, irregular: Iterable[str] = ()) -> set[str]:
    """A verb's forms by the regular English endings, plus the irregular ones given."""
    forms = {lemma, *irregular, *plurals(lemma)}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        if len(lemma) <= 4 and lemma[-1] not in "wxy" and lemma[-2:-1] in set("aeiou") \
                and lemma[-3:-2] not in set("aeiou"):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "banned"
    return forms


def plurals(word: str) -> set[str]:
    if word.endswith(("s", "x", "ch", "sh")):
        return {word + "es"}
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return {word[:-1] + "ies"}
    return {word + "s"}


def _base(word: str) -> set[str]:
    """A noun's possible singulars: "sanctions" → sanction, "supplies" → supply."""
    word = word.lower()
    found = {word}
    if word.endswith("ies"):
        found.add(word[:-3] + "y")
    if word.endswith("es"):
        found.add(word[:-2])
    if word.endswith("s"):
        found.add(word[:-1])
    return found


def find_events(doc: Doc, published: str | None = None) -> list[dict[str, Any]]:
    """The events of ``doc`` as contract records, in text order."""
    words = lexicon()
    published = published if published and _DAY.match(published) else None
    # only tokens spelled like a trigger are looked at: making a Token for every word of
    # the article would cost more than the whole stage otherwise does
    spelled = [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in words.hashes]
    found = {i: trigger for i in spelled if (trigger := _trigger(doc[i], words))}
    demands = {i: said for i in spelled if doc[i].lower_ in words.demand
               and (said := _demanded(doc[i], found))}
    found.update({i: words.request for i in demands})
    if not found:
        return []
    owners = owners_of(doc)
    # what each act becomes when its actor states it as coming (a demand is already said)
    stated = {i: _intended(doc[i], t, words.intent) for i, t in found.items()
              if i not in demands}
    framed = _framed(doc, found, demands, stated)
    events: list[dict[str, Any]] = []
    for i, trigger in sorted(found.items()):
        token = doc[i]
        if i in framed or _restates(token, trigger, found):
            continue
        if i in demands:
            actors, recipients = demand_sides(token, demands[i], owners)
            token = demands[i]  # the saying is the event; the modal stays its trigger span
        else:
            actors, recipients = participants(token, owners, trigger.type)
        if not actors:
            continue  # no event without an actor evidenced in the sentence
        intent = stated.get(i)
        if not _physical(trigger):  # (a threat to strike a town aims at the town)
            _as_governments(doc, token, recipients)
        events.append(_record(len(events) + 1, doc, token, intent or trigger, actors,
                              recipients, published, words, intent is not None))
        if i in demands:
            events[-1]["trigger_span"] = [doc[i].idx, doc[i].idx + len(doc[i])]
    return events


def _demanded(modal: Token, found: dict[int, Trigger]) -> Token | None:
    """The verb of saying when ``modal`` makes a said clause a demand on someone: "Russia
    said Sudan must return the helicopter" (CAMEO 10). None when the saying is already
    a request of the lexicon ("demanded that Sudan must …") or the clause is not said."""
    verb = modal.head
    if modal.dep_ != "aux" or verb.dep_ != "ccomp" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    said = verb.head
    if said.i in found and found[said.i].type in _FRAMES:
        return None
    return said


def _framed(doc: Doc, found: dict[int, Trigger], demands: dict[int, Token],
            stated: dict[int, Trigger | None]) -> set[int]:
    """Tokens inside what another event is about: "agreed to provide aid" is an agreement,
    "threatened to attack" a threat, "accused China of helping Russia" an accusation —
    the aid, the attack and the help are not asserted, so they are not events of their own."""
    framed = {t.i for i in demands for t in doc[i].head.subtree if t.i != i}
    for i, trigger in found.items():
        token = doc[i]
        if token.dep_ == "pobj" and token.head.lower_ in _BACKGROUND:
            framed.add(i)  # "after violent protests": background
        if token.dep_ in {"acl", "relcl"} and _infinitive(token):
            framed.add(i)  # "plans to lift the embargo", "efforts to end the war": not done
        promise = trigger.type in _FRAMES or stated.get(i) is not None
        for child in dependents(token):
            if (trigger.type in _FRAMES and about(child)) or _purpose(child) or (
                    promise and condition(child)):
                framed.update(t.i for t in child.subtree)
    return framed


def _purpose(child: Token) -> bool:
    """An infinitive saying what an act was for ("staged rallies to demand reforms", "used
    tear gas to disperse the crowd"): intended, so not an event of its own."""
    return child.dep_ in {"advcl", "relcl"} and _infinitive(child)


def _infinitive(token: Token) -> bool:
    return token.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in token.children)


def _intended(token: Token, trigger: Trigger, intent: Intent) -> Trigger | None:
    """What an act becomes when its actor states it as coming (CAMEO's "express intent"):
    "will provide aid" is an AGREE, "will not accept" a REJECT, "vowed to retaliate" a
    THREATEN. None when the act is not so stated."""
    if token.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"auxpass", "nsubjpass"}
                                                  for c in token.children):
        return None  # "will be sentenced" is no one's stated intent
    if _believed(token, intent):
        return None  # "Ukraine fears Russia will attack": someone else's expectation
    conditions = [c for c in token.children if condition(c)]
    conditional = bool(conditions)
    modals = intent.auxiliaries | (_MAYBE if conditional else frozenset())  # "may halt … if"
    markers = [c for c in token.children if c.dep_ == "aux" and c.lower_ in modals]
    if token.dep_ in {"xcomp", "advcl"} and token.head.lower_ in intent.words:
        markers.append(token.head)  # "is ready to contribute", "plans to visit"
    if not markers:
        return None
    around = [token, *markers, *(m.head for m in markers if m.dep_ in {"acomp", "xcomp"})]
    refused = any(c.dep_ == "neg" for t in around for c in t.children) or any(
        m.lower_.startswith("unwilling") for m in markers)
    if not refused and any(m.lower_ == "unless" for c in conditions for m in c.children):
        return intent.threaten  # "will withdraw … unless": an ultimatum (CAMEO 139)
    if trigger.type in intent.cooperative:
        return intent.reject if refused else intent.agree
    if trigger.type in intent.hostile and not refused:
        return intent.threaten
    return None


def _believed(token: Token, intent: Intent) -> bool:
    """Whether the clause of ``token`` is what someone believes, fears or asks rather than
    what its actor states: "Ukraine fears Russia will attack", "doubt whether Russia will
    invade"."""
    clause = token
    while clause.dep_ in {"xcomp", "acomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children):
        return True
    return clause.dep_ == "ccomp" and clause.head.lower_ in intent.beliefs


def _restates(token: Token, trigger: Trigger, found: dict[int, Trigger]) -> bool:
    """A noun trigger that only names the event of the verb it hangs on ("launched an
    offensive", "visit … for talks"), or that the verb acts on ("halted aid", "ended the
    blockade"): one event, the verb's."""
    if token.pos_ in {"VERB", "AUX"}:
        return False
    head = token.head if token.dep_ != "pobj" else token.head.head
    if head.i == token.i or head.i not in found:
        return False
    return found[head.i].type == trigger.type or (
        token.dep_ in OBJECTS and head.pos_ in {"VERB", "AUX"})


def _trigger(token: Token, words: Lexicon) -> Trigger | None:
    """The trigger ``token`` is, when its form is in the lexicon and its conditions hold."""
    if token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod":
        options = words.verbs.get(token.lower_, ())
    elif token.pos_ in {"NOUN", "PROPN"}:
        options = words.nouns.get(token.lower_, ())
    else:
        return None
    if not options or token.ent_type_ in _NAMES:
        return None  # "Asia-Pacific Economic Cooperation" names a body, not an act
    direct = set(_direct_words(token))
    objects = direct | set(_phrase_words(token))
    preps = {c.lower_ for c in token.children if c.dep_ in {"prep", "prt", "agent", "mark"}}
    if any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in token.children):
        preps.add("to+verb")  # "declined to resign"
    subjects = {w for c in token.children if c.dep_ in SUBJECTS  # "peacekeeping troops"
                for m in (c, *c.children) if m.dep_ in SUBJECTS | {"compound", "amod"}
                for w in _base(m.text)}
    for found in options:
        if (not found.objects or found.objects & objects) and (
                not found.preps or found.preps & preps) and (
                not found.subjects or found.subjects & subjects) and not (
                found.not_objects & direct):
            return found
    return None


def _direct_words(token: Token) -> Iterator[str]:
    """The singulars of a verb's objects; a noun's modifiers ("hunger strike", "general
    strike")."""
    for child in token.children:
        if child.dep_ in {"compound", "amod"} and token.pos_ in {"NOUN", "PROPN"}:
            yield child.lower_
        elif child.dep_ in OBJECTS or child.dep_ == "nsubjpass":
            yield from _object_words(child)
    if token.dep_ in {"acl", "relcl"}:  # "the sanctions imposed on …"
        yield from _base(token.head.text)


def _phrase_words(token: Token) -> Iterator[str]:
    """The singulars of the nouns in a trigger's prepositional phrases ("called for a ban",
    "agreed on a plan"): they may satisfy a condition, never exclude a reading."""
    for child in token.children:
        if child.dep_ in {"prep", "prt"}:
            yield from (w for g in child.children if g.dep_ == "pobj" for w in _base(g.text))


def _object_words(child: Token) -> Iterator[str]:
    """The singulars of an object, its conjuncts and modifiers, PERSON for a person, and
    the nouns of its "of" phrase ("tons of food aid", "millions of dollars")."""
    for word in (child, *child.conjuncts,
                 *(c for c in child.children if c.dep_ in {"compound", "amod"})):
        yield from _base(word.text)  # "martial law", "food aid"
        if word.ent_type_ in _NAMES:
            yield word.ent_type_  # "PERSON", "GPE": objects named by the tagger
    for of in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"):
        yield from (w for g in of.children if g.dep_ == "pobj" for w in _base(g.text))


def _record(number: int, doc: Doc, token: Token, trigger: Trigger, actors: list[str],
            recipients: list[str], published: str | None, words: Lexicon,
            stated: bool = False) -> dict[str, Any]:
    sentence = token.sent
    date = _date(doc, token, sentence, published)
    place = place_of(doc, token)
    acted_on = _place_acted_on(doc, recipients) if _physical(trigger) else None
    if acted_on and (place is None or narrowness(acted_on) < narrowness(place)):
        place = acted_on  # the town attacked, not its region: "hit Rafah in southern Gaza"
    # PLOVER's convention: with no one named, the place receives the event — the host of
    # a visit ("arrived in Amman"), the people under a curfew ("in Montenegro"), the town
    # a threat is aimed at ("threatened to impose a curfew in Algiers")
    target = place or next((found for c in token.children if c.dep_ in {"xcomp", "ccomp"}
                            if (found := place_of(doc, c))), None)
    if not recipients and target and target.get("entity") and target["entity"] not in actors:
        recipients = [target["entity"]]
    aux = _aux(token, words, date, published)
    if stated and aux != "historical":
        aux = None  # the statement of intent is the event, and it has happened
    return {"id": f"V{number}", "type": trigger.type, "mode": trigger.mode,
            "context": contexts_of(sentence.text, words.contexts),
            "actors": actors, "recipients": recipients,
            "trigger_span": [token.idx, token.idx + len(token)],
            "sentence_span": [sentence.start_char, sentence.end_char],
            "date": date, "place": place["id"] if place else None,
            "status": {"attributed_to": _quote_of(doc, token), "aux": aux},
            "cameo": trigger.cameo, "quad": trigger.quad, "score": trigger.score,
            "confidence": _confidence(trigger, actors, recipients, aux)}


def contexts_of(sentence: str, contexts: dict[str, tuple[str, ...]]) -> list[str]:
    """The PLOVER contexts a sentence's words signal ("nuclear" → cbrn, "refugees" →
    refugee), in the order the lexicon lists them."""
    text = " ".join(_WORD.findall(_POSSESSIVE.sub("", sentence.lower())))
    words = set(text.split())
    found = {c for word, signalled in contexts.items()
             if (word in words if " " not in word else f" {word} " in f" {text} ")
             for c in signalled}
    order = list(dict.fromkeys(c for signalled in contexts.values() for c in signalled))
    return [c for c in order if c in found]


_WORD = re.compile(r"[\w-]+")
_POSSESSIVE = re.compile(r"['’]s\b")  # "the army's" is "army"


def _place_acted_on(doc: Doc, recipients: list[str]) -> dict[str, Any] | None:
    """A town or region a physical act is done to ("shelled Kharkiv") is where it
    happened; the narrowest of them ("attacked the Red Sea port of Aden": Aden)."""
    done_to = [p for p in doc._.newsgraph_places or []
               if p["entity"] in recipients and p["feature"] in _LOCAL]
    if not done_to:
        return None
    narrowest: dict[str, Any] = min(done_to, key=narrowness)
    return dict(narrowest)  # (a copy: the doc extension is untyped)


def _physical(trigger: Trigger) -> bool:
    """Whether an act is done at a place (an attack, a raid, a deployment, a visit)
    rather than said or granted to a government ("accused Kyiv", "backed Moscow")."""
    return trigger.type in _PHYSICAL or trigger.mode == "visit"


def _as_governments(doc: Doc, token: Token, recipients: list[str]) -> None:
    """A country or capital that receives what is said or granted — the trigger's object,
    or after "on" or "against" by it or its object — stands for its government: "Beijing
    has backed Moscow", "sanctions on Tehran" (role ``actor``); not one a locative places
    ("filed for bankruptcy in the US")."""
    heads = {token.i, *(c.i for c in token.children if c.dep_ in OBJECTS)}
    for place in doc._.newsgraph_places or []:
        if place["entity"] not in recipients or place["feature"] not in {
                "country", "capital"} or place["role"] != "location":
            continue
        span = doc.char_span(place["span"][0], place["span"][1], alignment_mode="expand")
        root = span.root if span is not None else token
        while root.dep_ == "conj" and root.head.i != root.i:  # "accused Kyiv and Warsaw"
            root = root.head
        if (root.dep_ in OBJECTS and root.head.i == token.i) or (
                root.dep_ == "pobj" and root.head.lower_ in {"on", "against"}
                and root.head.head.i in heads):
            place["role"] = "actor"


_LOCAL = frozenset({"city", "capital", "admin1", "admin2", "region"})
_PHYSICAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})


def _aux(token: Token, words: Lexicon, date: dict[str, str | None] | None,
         published: str | None) -> str | None:
    """negated, future, hypothetical or historical — the first that applies, read from the
    trigger and the two words it hangs from ("has not refused", "could impose")."""
    chain = [token, *islice(token.ancestors, 2)]
    children = [c for t in chain for c in t.children]
    if any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in children):
        return "negated"
    lowered = {c.lower_ for c in children} | {t.lower_ for t in chain[1:]}
    if lowered & words.hypothetical:
        return "hypothetical"  # "could", "if", "unless"
    if lowered & words.future:
        return "future"
    year = (date or {}).get("value") or ""
    if published and _YEAR.match(year) and int(year[:4]) < int(published[:4]) - 1:
        return "historical"  # "launched his assault on Ukraine in 2022"
    return None


def _date(doc: Doc, token: Token, sentence: Span, published: str | None
          ) -> dict[str, str | None] | None:
    """The value of a time expression in the trigger's sentence, the nearest first; else
    the publication date."""
    times = [t for t in doc._.newsgraph_times or []
             if sentence.start_char <= t["span"][0] < sentence.end_char
             and t["type"] in {"DATE", "TIME"} and t["value"] and t["value"][:1].isdigit()]
    if times:
        nearest = min(times, key=lambda t: abs(t["span"][0] - token.idx))
        value = nearest["value"]
        precision = ("week" if "-W" in value else "quarter" if "-Q" in value
                     else "time" if "T" in value else
                     {4: "year", 7: "month", 10: "day"}.get(len(value), "other"))
        return {"value": value, "precision": precision, "time": nearest["id"]}
    return {"value": published, "precision": "day", "time": None} if published else None


def _quote_of(doc: Doc, token: Token) -> str | None:
    """The quote whose reported words hold the trigger, if any."""
    for quote in doc._.newsgraph_quotes or []:
        start, end = quote["span"]
        if start <= token.idx < end:
            return str(quote["id"])
    return None


def _confidence(trigger: Trigger, actors: list[str], recipients: list[str],
                aux: str | None) -> float:
    """A rough 0–1 confidence: conditioned triggers and recipients make a reading surer."""
    value = 0.5 + (0.15 if trigger.objects or trigger.preps else 0.0)
    value += 0.15 if recipients else 0.0
    value -= 0.1 if aux in {"hypothetical", "negated"} else 0.0
    return round(min(max(value, 0.05), 0.95), 2)


def set_annotations(doc: Doc, events: list[dict[str, Any]]) -> None:
    doc._.newsgraph_events = events
    doc.spans[SPANS_KEY] = token_spans(doc, ((*e["trigger_span"], e["type"], e["id"])
                                             for e in events))


@Language.factory("newsgraph_events", requires=["token.dep"],
                  assigns=["doc._.newsgraph_events", "doc.spans", "doc._.newsgraph_places"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()


class EventsComponent:
    """Codes PLOVER events from the parse, the entities, quotes, times and places."""

    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find_events(doc, getattr(doc._, "newsgraph_published", None)))
        return doc
