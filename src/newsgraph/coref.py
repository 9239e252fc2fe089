"""Within-article coreference for actors: titles and subject pronouns.

"the Russian President" becomes a mention of whoever held that office on the publication
date (a new entity if the article has not named them); "his Chinese counterpart" takes
the office of the person just mentioned; "the president" with no country refers back to
the last office-holder named; "he"/"she" as a subject refers to the most salient person
of the same or the previous sentence, of its gender where that is known; "it"/"they"
as the subject of a reported clause is the state or group that reports it ("Japan said it
had halted aid").
"""

from __future__ import annotations

from datetime import date

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from . import placeindex
from .gender import genders
from .kb import KnowledgeBase, Person
from .models import Entity
from .phrases import country_in, without_determiners

STATE_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister",
                         "defence_minister"})
PRONOUNS = {"he": "m", "she": "f"}
SUBJECT = frozenset({"nsubj", "nsubjpass"})
#: How many sentences back a pronoun may reach for its antecedent.
PRONOUN_REACH = 2
#: How far back it may reach for a person known to be of its gender, when none is nearer.
WIDE_REACH = 5


def link_titles(doc: Doc, kb: KnowledgeBase, day: date, entities: list[Entity],
                chunks: list[Span] | None = None) -> list[Entity]:
    """Add title-only mentions to the people they name; returns the (grown) entity list."""
    by_person = {e.actor.kb_id: e for e in entities if e.actor and e.actor.kb_id}
    # A chunk that names someone ("President Vladimir Putin") is no title-only mention;
    # one whose modifier is named ("the Chinese leader") is.
    people = [m for e in entities if e.type == "PERSON" for m in (*e.mentions, *e.coref)]
    for chunk in doc.noun_chunks if chunks is None else chunks:
        role = _title_role(chunk, kb)
        if role is None or any(s < chunk.end_char and chunk.start_char < e for s, e in people):
            continue
        span = (without_determiners(chunk), chunk.end_char)
        person = _office_holder(chunk, role, kb, day, entities)
        if person is None:
            _unnamed_holder(chunk, span, role, kb, entities)
            continue
        entity = by_person.get(person.kb_id)
        if entity is None:
            entity = Entity(id="", name=person.name, type="PERSON",
                            actor=kb.person_actor(person, day))
            entities.append(entity)
            by_person[person.kb_id] = entity
        entity.coref.append(span)
    return entities


def _unnamed_holder(chunk: Span, span: tuple[int, int], role: str, kb: KnowledgeBase,
                    entities: list[Entity]) -> None:
    """An office the KB cannot fill ("the president of Armenia" in 1995) is still an
    actor: the country's government, as an entity named by its title."""
    country = _chunk_country(chunk, kb)
    if country is None or role not in STATE_ROLES:
        return
    text = chunk.text[span[0] - chunk.start_char:]
    entities.append(Entity(id="", name=" ".join(text.split()), type="PERSON",
                           actor=kb.country_actor(country, "GOV"), coref=[span]))


def _chunk_country(chunk: Span, kb: KnowledgeBase) -> str | None:
    words = [t for t in chunk if t.i != chunk.root.i]
    words += [t for c in chunk.root.children if c.lower_ == "of" for t in c.subtree]
    return country_in(words, kb)


def _title_role(chunk: Span, kb: KnowledgeBase) -> str | None:
    root = chunk.root
    if root.pos_ == "PROPN" and root.lower_ not in kb.titles:
        return None
    before = chunk.doc[root.i - 1] if root.i > chunk.start else None
    for key in ([f"{before.lower_} {root.lower_}"] if before is not None else []) + [root.lower_]:
        found = kb.titles.get(key)
        if found and found[0] in STATE_ROLES:
            return found[0]
    if root.lower_ in {"leader", "counterpart"}:
        return root.lower_
    return None


def _office_holder(chunk: Span, role: str, kb: KnowledgeBase, day: date,
                   entities: list[Entity]) -> Person | None:
    country = _chunk_country(chunk, kb)
    if role == "counterpart":
        role = _last_role(chunk, kb, day, entities) or ""
    elif role == "leader" and country is not None:
        role = kb.countries[country].leader
    if country is None:
        return _last_holder(chunk, role, kb, day, entities)
    return kb.holder(country, role, day) if role in STATE_ROLES else None


def _last_role(chunk: Span, kb: KnowledgeBase, day: date, entities: list[Entity]) -> str | None:
    """The office of the last office-holder mentioned before ``chunk``."""
    for person in _people_before(chunk.start_char, kb, entities):
        roles = [r.role for r in person.roles if r.holds_on(day) and r.role in STATE_ROLES]
        if roles:
            return roles[0]
    return None


def _last_holder(chunk: Span, role: str, kb: KnowledgeBase, day: date,
                 entities: list[Entity]) -> Person | None:
    """"the president" with no country: the last person named who held that office."""
    for person in _people_before(chunk.start_char, kb, entities):
        if any(r.role == role and r.holds_on(day) for r in person.roles):
            return person
    return None


def _people_before(offset: int, kb: KnowledgeBase, entities: list[Entity]) -> list[Person]:
    found = []
    for entity in entities:
        if entity.actor is None or entity.actor.kb_id not in kb.by_kb_id:
            continue
        earlier = [s for s, _ in entity.mentions if s < offset]
        if earlier:
            found.append((max(earlier), kb.by_kb_id[entity.actor.kb_id]))
    return [person for _, person in sorted(found, reverse=True)]


def link_pronouns(doc: Doc, kb: KnowledgeBase, entities: list[Entity]) -> None:
    """Add "he"/"she" in subject position to the person they most likely refer to: of the
    people of its own sentence (before it), else of the sentence before, the most salient
    — the main clause's subject, then its object, then the latest named ("Reporters asked
    Peskov whether Putin would come. “No,” he replied." is Peskov) — skipping people of
    the other gender (``gender.genders``) and names the article uses as places ("visited
    Kharkiv")."""
    people = [e for e in entities if e.type == "PERSON" and not _used_as_place(doc, e)]
    if not people:
        return
    known = genders(doc, people, kb)
    sentences = list(doc.sents)
    index = {s.start: n for n, s in enumerate(sentences)}
    wanted = {doc.vocab.strings.add(word): sex for word, sex in PRONOUNS.items()}
    for i, lowered in enumerate(doc.to_array(LOWER).tolist()):  # (no Token per word)
        gender = wanted.get(lowered)
        if gender is None or doc[i].dep_ not in SUBJECT:
            continue
        token = doc[i]
        here = index.get(token.sent.start, 0)
        floor = sentences[max(0, here - PRONOUN_REACH + 1)].start_char
        best = _antecedent(doc, token, people, known, floor, gender)
        if best is None:  # (a couple: "…," she said. "…," he said — he is further back)
            wide = sentences[max(0, here - WIDE_REACH + 1)].start_char
            best = _antecedent(doc, token, people, known, wide, gender, sure=True)
        if best is not None:
            best.coref.append((token.idx, token.idx + len(token)))
            n = people.index(best)  # ("she" said it of Rosa Delgado: a later "he" is not)
            known[n] = known[n] or gender


def _antecedent(doc: Doc, token: Token, people: list[Entity], known: list[str | None],
                floor: int, gender: str, *, sure: bool = False) -> Entity | None:
    """The most salient person named between ``floor`` and the pronoun, skipping the
    other gender (with ``sure``, anyone not known to be of the pronoun's)."""
    best = None
    for entity, sex in zip(people, known, strict=True):
        if (sex is not None or sure) and sex != gender:
            continue
        for start, end in (*entity.mentions, *entity.coref):
            if floor <= start < token.idx:
                rank = (start < token.sent.start_char, _salience(doc, start, end), -start)
                if best is None or rank < best[0]:
                    best = (rank, entity)
    return best[1] if best is not None else None


#: Objects of the main verb that rank after its subject as a pronoun's antecedent.
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})


def _salience(doc: Doc, start: int, end: int) -> int:
    """0 for the subject of a sentence's main verb, 1 for its object, 2 for the rest."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 2
    root = span.root
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head  # "Tom Reyes, the chair," / "Reyes and Lopez"
    if root.head.dep_ != "ROOT":
        return 2
    return 0 if root.dep_ in SUBJECT else 1 if root.dep_ in _OBJECTS else 2


#: Prepositions and verbs whose object is a place: "in Kharkiv", "visited Kharkiv".
_PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "into", "outside", "around",
                          "across", "toward", "towards", "through"})
_PLACE_VERBS = ("visit", "tour", "enter", "reach", "left", "leave", "captur", "shell",
                "occup", "liberat", "evacuat")


def _used_as_place(doc: Doc, entity: Entity) -> bool:
    """Whether a one-word name the place index knows is, in this article, only a place:
    some mention is where someone goes or is, none is anyone's subject."""
    if " " in entity.name.strip() or (entity.actor is not None and entity.actor.kb_id):
        return False
    roots = [span.root for s, e in entity.mentions
             if (span := doc.char_span(s, e, alignment_mode="expand")) is not None]
    if any(r.dep_ in SUBJECT for r in roots) or not any(
            (r.dep_ == "pobj" and r.head.lower_ in _PLACE_PREPS) or (
                r.dep_ == "dobj" and r.head.lower_.startswith(_PLACE_VERBS)) for r in roots):
        return False
    return bool(placeindex.load().lookup(entity.name))


#: Pronouns that stand for a state, an organisation or a group.
COLLECTIVE = ("it", "they")


def link_reported_pronouns(doc: Doc, entities: list[Entity]) -> None:
    """Add "it"/"they" as the subject of a reported clause to the entity that reports it:
    in "Japan said it had halted aid" and "Palestinian leaders said they would boycott …"
    the pronoun is the sayer, the commonest way news names a state or group twice."""
    mentions = sorted(((s, e, entity) for entity in entities if entity.type != "PERSON"
                       for s, e in entity.mentions), key=lambda m: m[:2])
    if not mentions:
        return
    wanted = {doc.vocab.strings.add(word) for word in COLLECTIVE}
    for i, lowered in enumerate(doc.to_array(LOWER).tolist()):
        if lowered not in wanted:
            continue
        token = doc[i]
        clause = token.head
        if token.dep_ not in SUBJECT or clause.dep_ != "ccomp" or _dummy(clause):
            continue
        sayer = _sayer(clause.head, mentions)
        if sayer is not None:
            sayer.coref.append((token.idx, token.idx + len(token)))


#: Predicates after which "it" stands for nothing: "it was unclear who attacked".
DUMMY_PREDICATES = frozenset({"clear", "unclear", "likely", "unlikely", "possible",
                              "impossible", "important", "necessary", "difficult", "hard",
                              "easy", "true", "false", "obvious", "time", "known", "unknown",
                              "certain", "uncertain", "essential", "vital", "right", "wrong"})


def _dummy(clause: Token) -> bool:
    """Whether the clause's "it" is a placeholder for a later clause ("it was not clear
    who …", "it is time to …") rather than a reference to someone."""
    return any(c.dep_ in {"acomp", "attr"} and c.lower_ in DUMMY_PREDICATES
               for c in clause.children)


def _sayer(verb: Token, mentions: list[tuple[int, int, Entity]]) -> Entity | None:
    """The non-person entity the subject of ``verb`` names: the one its head word is part
    of ("the Japanese government"), else the first named before it ("Palestinian leaders")."""
    for subject in verb.children:
        if subject.dep_ not in SUBJECT:
            continue
        left, head = subject.left_edge.idx, subject.idx
        inside = [m for m in mentions if m[0] <= head < m[1]]
        before = [m for m in mentions if left <= m[0] and m[1] <= head + len(subject)]
        for _, _, entity in inside or before:
            return entity
    return None
