"""Actors: every entity resolved to a canonical actor with country, sector and a stable id.

The ``newsgraph_actors`` component runs after ``newsgraph_entities``. It codes each entity
from the knowledge base (people by the office they held on the publication date,
organisations, countries, capitals acting as governments, metonyms such as the Kremlin)
or, failing that, from the words around it ("British Defence Secretary Tom King" → GBR,
GOV). It adds actors the NER cannot see — agent phrases such as "Russian forces" — and
links title-only mentions ("the Chinese leader") and subject pronouns to the people they
refer to (see ``coref``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .clean import text_of
from .coref import link_pronouns, link_reported_pronouns, link_titles
from .entities import entities_of, set_annotations
from .kb import KnowledgeBase, norm
from .kb import load as load_kb
from .models import Actor, Entity
from .phrases import COUNTRY_READINGS, country_in, singular, without_determiners

if not Doc.has_extension("newsgraph_published"):
    Doc.set_extension("newsgraph_published", default=None)

#: Words before a name that mark an office as past.
FORMER = frozenset({"former", "ex", "ousted", "deposed", "exiled", "late", "then",
                    "outgoing", "ex-"})
#: Dependency roles in which a capital or a country acts (metonymy): "Beijing has backed".
AGENTIVE = frozenset({"nsubj", "nsubjpass", "agent", "poss", "dobj", "iobj", "dative"})
PARTY_PREPOSITIONS = frozenset({"with", "against", "by", "toward", "towards", "between"})
_MODIFIER_POS = frozenset({"PROPN", "NOUN", "ADJ", "PART", "NUM"})
_MODIFIER_WORDS = frozenset({"of", "-", ".", "for", "and"})
GROUP = "GROUP"
#: Sectors that are arms of a state: named alone, they belong to the article's country.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
#: Sectors a story's own people usually belong to: named without a country ("protesters",
#: "rebels", "the opposition"), they are the article's country's, as CAMEO codes domestic
#: groups. Refugees and international bodies are not: they are often from elsewhere.
DOMESTIC_SECTORS = STATE_SECTORS | frozenset({"CVL", "OPP", "LAB", "EDU", "REB", "UAF",
                                              "PTY", "BUS", "HLH", "AGR", "CRM", "REL"})
#: Heads that name people only through their modifier: "rebel leaders", "army officers".
GENERIC_HEADS = frozenset({"leader", "official", "commander", "member", "chief", "figure",
                           "group", "officer", "source", "representative", "coalition",
                           "faction", "unit", "movement", "spokesman", "spokeswoman",
                           "spokesperson", "delegation", "delegate"})


@dataclass(frozen=True, slots=True)
class Context:
    """What the words right before a mention say about it."""

    country: str | None = None
    role: str | None = None
    sector: str | None = None
    former: bool = False
    org: str | None = None  # an organisation named before the title ("Arab League Secretary…")


def publication_day(doc: Doc) -> date:
    value = doc._.newsgraph_published
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError:
        return date.today()


def context_before(span: Span, kb: KnowledgeBase) -> Context:
    """Country, title and "former" from the modifiers before ``span`` in its sentence."""
    words: list[Token] = []
    doc = span.doc
    i = span.start - 1
    # ``is_sent_start`` of the next token marks the sentence edge (``token.sent`` would
    # rescan the whole document on every call).
    while i >= 0 and len(words) < 8 and not doc[i + 1].is_sent_start:
        token = doc[i]
        if (token.pos_ not in _MODIFIER_POS and token.lower_ not in _MODIFIER_WORDS
                and token.lower_ not in FORMER):
            break
        words.insert(0, token)
        i -= 1
    return read_modifiers(words, kb)


def read_modifiers(words: list[Token], kb: KnowledgeBase) -> Context:
    lowered = [w.lower_ for w in words]
    country = country_in(words, kb)
    role, sector = None, None
    for size in range(min(4, len(lowered)), 0, -1):  # the longest title wins
        for i in range(len(lowered) - size + 1):
            found = kb.titles.get(" ".join(lowered[i:i + size]))
            if found:
                role, sector = found
                break
        if role:
            break
    if role is None:  # "U.S. negotiator Dennis Ross", "rebel leader John Garang"
        sector = next((kb.agents[w] for w in reversed(lowered) if w in kb.agents), None)
        role = "agent" if sector else None
    former = any(w in FORMER for w in lowered)
    org = next((k.key for w in _phrases(words) for k in kb.lookup(w) if k.kind == "org"), None)
    return Context(country=country, role=role, sector=sector, former=former, org=org)


def _phrases(words: list[Token]) -> list[str]:
    """Every run of up to four words, longest first."""
    return [" ".join(w.text for w in words[i:i + n]) for n in (4, 3, 2, 1)
            for i in range(len(words) - n + 1)]


def _agentive(span: Span) -> bool:
    """Does the place act rather than locate? As a subject, an object or a possessor
    ("Beijing has backed Moscow", "Tehran's reply"), or after a preposition that takes a
    party ("talks with Tehran") — not "in Moscow", "to Beijing"."""
    root = span.root
    if root.dep_ == "conj":
        root = root.head
    if root.dep_ in AGENTIVE:
        return True
    return root.dep_ == "pobj" and (root.head.dep_ == "agent"
                                    or root.head.lower_ in PARTY_PREPOSITIONS)


def resolve(entity: Entity, doc: Doc, kb: KnowledgeBase, day: date,
            home: str | None = None) -> Actor | None:
    """The actor an entity stands for, or ``None`` when nothing says."""
    spans = [s for s in (doc.char_span(a, b, alignment_mode="expand")
                         for a, b in entity.mentions) if s is not None]
    readings = Counter(k for s in spans for k in kb.lookup(s.text))
    readings.update(kb.lookup(entity.name))
    kinds = {k.kind: k.key for k, _ in readings.most_common()}
    context = _merged_context(spans, kb)
    if entity.type == "PERSON" or "person" in kinds:
        return _person(entity, kinds.get("person"), context, kb, day, home)
    if "org" in kinds:
        return kb.org_actor(kb.orgs[kinds["org"]])
    if "metonym" in kinds:
        return kb.country_actor(kinds["metonym"], "GOV")
    if "mil_metonym" in kinds:
        return kb.country_actor(kinds["mil_metonym"], "MIL")
    if "country" in kinds:
        return kb.country_actor(kinds["country"])
    if "capital" in kinds:  # a capital acting is its government; named, its country
        agentive = any(map(_agentive, spans))
        return kb.country_actor(kinds["capital"], "GOV" if agentive else None)
    if "demonym" in kinds:  # "Libyans" as actors are the country's people
        return kb.country_actor(kinds["demonym"], "CVL")
    for kind in ("adjective", "region"):
        if kind in kinds:
            return kb.country_actor(kinds[kind])
    if entity.type == "ORG":
        return _unknown_org(entity.name, context, kb)
    return None


def _merged_context(spans: list[Span], kb: KnowledgeBase) -> Context:
    """What the words before each mention, the title inside it ("King Hassan") and an
    "of Morocco" after it say, merged over all mentions."""
    found = [context_before(s, kb) for s in spans]
    found += [read_modifiers(list(s[:-1]), kb) for s in spans if len(s) > 1]
    found += [Context(country=c) for c in map(lambda s: _of_country(s, kb), spans) if c]
    country = next((c.country for c in found if c.country), None)
    titled = next((c for c in found if c.role), Context())
    org = next((c.org for c in found if c.org), None)
    return Context(country=country, role=titled.role, sector=titled.sector,
                   former=titled.former, org=org)


def _of_country(span: Span, kb: KnowledgeBase) -> str | None:
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        return country_in(list(doc[span.end + 1:span.end + 4]), kb)
    return None


def _person(entity: Entity, person_id: str | None, context: Context, kb: KnowledgeBase,
            day: date, fallback: str | None = None) -> Actor | None:
    """A person's actor: the KB's (by the office held on ``day``), else what the title
    before the name says; a titled person with no country named belongs to ``fallback``,
    the country the article is most about ("President Bouteflika" in a story on Algeria).
    """
    if person_id is None:
        person_id = _by_surname(entity.name, kb, day)
    sector = "ELI" if context.former and context.sector else context.sector
    if person_id is not None:
        actor = kb.person_actor(kb.people[person_id], day)
        if context.former and actor.sector == "GOV" and actor.country:
            return dataclasses.replace(actor, code=f"{actor.country}ELI", sector="ELI")
        if actor.sector is None and sector and actor.country:  # titled, outside the KB's dates
            return dataclasses.replace(actor, code=f"{actor.country}{sector}", sector=sector)
        return actor
    if context.org and sector and kb.orgs[context.org].sector == "IGO":
        org = kb.orgs[context.org]
        return Actor(code=org.code, country=None, sector=sector, kb_id=None)
    if context.country or sector:
        country = context.country or (fallback if sector else None)
        return Actor(code=f"{country or ''}{sector or ''}", country=country,
                     sector=sector, kb_id=None)
    return None


def _by_surname(name: str, kb: KnowledgeBase, day: date) -> str | None:
    """A KB person by surname (or "First Last" with that surname), if only one fits."""
    candidates = kb.surnames.get(norm(name.split()[-1]), []) if name.split() else []
    if " " in name.strip():
        first = norm(name.split()[0])
        candidates = [p for p in candidates if norm(kb.people[p].name).startswith(first)]
    in_office = [p for p in candidates if any(r.holds_on(day) for r in kb.people[p].roles)]
    pool = in_office or candidates
    return pool[0] if len(pool) == 1 else None


def _unknown_org(name: str, context: Context, kb: KnowledgeBase) -> Actor | None:
    """An organisation the KB lacks, coded from its own words ("Ukrainian Defence
    Ministry" → UKR, GOV) or from the words before it."""
    words = name.split()
    country = context.country
    sector = None
    for i, word in enumerate(words):
        country = country or next((k.key for k in kb.lookup(word)
                                   if k.kind in {"country", "adjective"}), None)
        pair = " ".join(words[i:i + 2]).lower()
        sector = kb.agents.get(pair) or kb.agents.get(word.lower()) or sector
    if country is None and sector is None:
        return None
    return Actor(code=f"{country or ''}{sector or ''}", country=country, sector=sector,
                 kb_id=None)


def agent_phrases(doc: Doc, kb: KnowledgeBase, entities: list[Entity],
                  chunks: list[Span] | None = None, home: str | None = None) -> list[Entity]:
    """Actors named by an agent noun: "Russian forces", "Sudan's government", "protesters".
    An arm of the state named without a country ("the government", "police") belongs to
    ``home``, the country the article is most about."""
    text = text_of(doc)
    named = sorted(m for e in entities for m in e.mentions)
    owners = {m: e for e in entities for m in e.mentions}
    groups: dict[str, Entity] = {}
    for chunk in doc.noun_chunks if chunks is None else chunks:
        sector = _agent_sector(chunk, kb)
        if sector is None or any(s <= chunk.root.idx < e for s, e in named):
            continue
        for start, actor in _agent_readings(chunk, sector, kb, owners):
            if actor.country is None and actor.code == sector and home in kb.countries \
                    and sector in DOMESTIC_SECTORS:
                actor = kb.country_actor(home, sector)
            phrase = text[start:chunk.end_char]
            key = norm(phrase)
            entity = groups.get(key)
            if entity is None:
                entity = Entity(id="", name=" ".join(phrase.split()), type=GROUP, actor=actor)
                groups[key] = entity
            entity.mentions.append((start, chunk.end_char))
    return list(groups.values())


def _agent_readings(chunk: Span, sector: str, kb: KnowledgeBase,
                    owners: dict[tuple[int, int], Entity]) -> list[tuple[int, Actor]]:
    """(start, actor) per actor the chunk names: "Hungarian and Romanian officials" is
    Hungary's officials (the whole phrase) and Romania's ("Romanian officials")."""
    start = without_determiners(chunk)
    conjoined = [t for t in chunk if t.dep_ == "conj" and t.head.i != chunk.root.i
                 and t.idx > start and any(k.kind == "adjective" for k in kb.lookup(t.text))]
    readings = [(start, _agent_actor(chunk, sector, kb, owners))]
    for token in conjoined:
        country = next(k.key for k in kb.lookup(token.text) if k.kind == "adjective")
        readings.append((int(token.idx), kb.country_actor(country, sector)))
    return readings


def _agent_sector(chunk: Span, kb: KnowledgeBase) -> str | None:
    """The sector an agent noun phrase names; in "rebel leaders" or "police officers" the
    modifier says it, the head only says "people"."""
    root = chunk.root
    before = chunk.doc[root.i - 1] if root.i > chunk.start else None
    if before is not None and before.text == "-":  # "secretary-general" is no general
        return None
    keys = [f"{before.lower_} {root.lower_}"] if before is not None else []
    if before is not None and singular(root.lower_) in GENERIC_HEADS:
        keys += [before.lower_, singular(before.lower_)]
    keys += [root.lower_, singular(root.lower_)]
    return next((kb.agents[k] for k in keys if k in kb.agents), None)


def _agent_actor(chunk: Span, sector: str, kb: KnowledgeBase,
                 owners: dict[tuple[int, int], Entity]) -> Actor:
    for (start, end), owner in owners.items():  # an organisation inside: "UN peacekeepers"
        if chunk.start_char <= start and end <= chunk.end_char and owner.actor is not None:
            # The head noun says who acts; the organisation says whose they are.
            base = owner.actor
            if base.country is None:
                code = base.code[:-3] if base.sector and base.code.endswith(base.sector) \
                    else base.code
                return Actor(code=f"{code}{sector}", country=None, sector=sector,
                             kb_id=base.kb_id)
            return kb.country_actor(base.country, sector)
    words = [t for t in chunk if t.i != chunk.root.i]
    of = [c for c in chunk.root.children if c.lower_ == "of"]
    words += [t for prep in of for t in prep.subtree]
    # Then what the phrase goes on to say: "refugees fleeing the war in Liberia".
    tail = [t for t in chunk.root.subtree if t.i >= chunk.end][:12]
    country = country_in(words, kb) or country_in(tail, kb)
    if country is not None:
        return kb.country_actor(country, sector)
    return Actor(code=sector, country=None, sector=sector, kb_id=None)


def code_ethnic_groups(doc: Doc, kb: KnowledgeBase, entities: list[Entity],
                       home: str | None) -> None:
    """"Ethnic Albanians" and "the Albanians of southern Serbia" are coded by the country
    they live in, as CAMEO codes ethnic groups: the country named after them ("in" or "of"
    for an "ethnic" group, "of" for others), else (for an "ethnic" group) the country the
    article is about, when that is another than the one their name comes from."""
    for entity in entities:
        actor = entity.actor
        span = doc.char_span(*entity.mentions[0], alignment_mode="expand") \
            if entity.mentions and actor and actor.country else None
        if span is None:
            continue
        ethnic = span.start > 0 and doc[span.start - 1].lower_ == "ethnic"
        if not ethnic and entity.type != "NORP":
            continue
        # "ethnic Albanians in Macedonia"; without "ethnic", only "of" says belonging:
        # "the Albanians of southern Serbia", not "the Americans in Iraq"
        linking = {"in", "of"} if ethnic else {"of"}
        after = [t for r in span.root.rights if r.dep_ == "prep" and r.lower_ in linking
                 for t in r.subtree]
        country = country_in(after, kb) or (home if ethnic else None)
        if actor is not None and country and country != actor.country and country in kb.countries:
            entity.actor = kb.country_actor(country, actor.sector)


def home_country(entities: list[Entity], kb: KnowledgeBase) -> str | None:
    """The country the article names most often (by its name, people, capital or adjective,
    or a group of that country: UNITA for Angola)."""
    votes: Counter[str] = Counter()
    for entity in entities:
        for known in kb.lookup(entity.name):
            org = kb.orgs.get(known.key) if known.kind in {"org", "group"} else None
            country = known.key if known.kind in COUNTRY_READINGS else org and org.country
            if country:
                votes[country] += len(entity.mentions)
    return votes.most_common(1)[0][0] if votes else None


def resolve_all(doc: Doc, kb: KnowledgeBase) -> list[Entity]:
    """The document's entities with actors, agent phrases and coreference added."""
    day = publication_day(doc)
    entities = entities_of(doc)
    home = home_country(entities, kb)
    for entity in entities:
        entity.actor = resolve(entity, doc, kb, day, home)
    chunks = list(doc.noun_chunks)
    entities += agent_phrases(doc, kb, entities, chunks, home)
    code_ethnic_groups(doc, kb, entities, home)
    entities = link_titles(doc, kb, day, entities, chunks)
    link_pronouns(doc, kb, entities)
    link_reported_pronouns(doc, entities)
    entities.sort(key=lambda e: min([*e.mentions, *e.coref]))
    for number, entity in enumerate(entities, start=1):
        entity.id = f"E{number}"
    return entities


@Language.factory(
    "newsgraph_actors",
    requires=["doc._.newsgraph_entities", "token.dep"],
    assigns=["doc._.newsgraph_entities", "doc.spans"],
)
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent()


class ActorsComponent:
    """Codes every entity as an actor; adds agent phrases and coreferent mentions."""

    def __init__(self) -> None:
        self.kb = load_kb()

    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, resolve_all(doc, self.kb))
        return doc
