"""Entities v0: spaCy's named-entity mentions grouped into one entity per referent.

Within an article, "Vladimir Putin" and a later "Putin" are one entity, as are repeated
mentions of "China". The ``newsgraph_entities`` component writes every kept mention to
```doc._.newsgraph_entities`` (exact character offsets) and to
``doc.spans["newsgraph.entities"]`` (token spans) with the entity's type as label and
its id (``E1`` …) as ``span.id_``; mentions inside boilerplate zones are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .clean import IGNORED_KINDS, in_ignored_zone, text_of, zones_of
from .gazetteer import Gazetteer
from .kb import KnowledgeBase, norm
from .kb import load as load_kb
from .models import Actor, Entity, Zone

# Plain lists, not objects: spaCy ships Doc user data between processes as msgpack.
if not Doc.has_extension("newsgraph_entities"):
    Doc.set_extension("newsgraph_entities", default=None)

SPANS_KEY = "newsgraph.entities"

#: spaCy labels that name actors, places and things; numbers and dates are left to the
#: times extractor.
ENTITY_LABELS = frozenset({
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE",
})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# ("PARIS", "NEW DELHI", and in title case "Paris", "Buenos Aires": not the month after it)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b"
_DATELINE_PLACE = re.compile(rf"(?!{_MONTH})[A-Z][\w.'’\-]*(?:\s+(?!{_MONTH})[A-Z][\w.'’\-]*)*")
# spaCy's small model often tags a surname alone as ORG ("Xi" in a headline).
_PERSONLIKE = frozenset({"PERSON", "ORG"})
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’])$")
_PUNCT = re.compile(r"[^\w\s]")
_NOT_NAMES = frozenset({"", "the", "a", "an", "this", "that"})


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    label: str
    text: str


def trim(mention: Mention) -> Mention | None:
    """Drop whitespace, a leading "the" and a trailing possessive, keeping offsets exact."""
    text, start = mention.text.rstrip(), mention.start
    stripped = text.lstrip()
    text, start = stripped, start + len(text) - len(stripped)
    lead = _LEADING.match(text)
    if lead:
        text, start = text[lead.end():], start + lead.end()
    tail = _TRAILING.search(text)
    if tail:
        text = text[: tail.start()].rstrip()
    if text.lower() in _NOT_NAMES or not any(ch.isalpha() for ch in text):
        return None
    return Mention(start, start + len(text), mention.label, text)


def group_mentions(mentions: list[Mention]) -> list[Entity]:
    """Group mentions (in text order) into entities; pure and never raises.

    The same normalised name is the same entity, whatever label spaCy gave each mention
    (the most frequent label wins). A one-word person (or person-like ORG) mention joins
    the one multi-word person whose name contains that word ("Putin" → "Vladimir Putin"),
    whichever comes first; if two people share the word, it stays on its own.
    """
    keys = [_key(m.text) for m in mentions]
    multiword_people: dict[str, set[str]] = {}
    for m, key in zip(mentions, keys, strict=True):
        if m.label == "PERSON" and " " in key:
            for word in key.split():
                multiword_people.setdefault(word, set()).add(key)
    canonical: list[str] = []
    for m, key in zip(mentions, keys, strict=True):
        owners = multiword_people.get(key, set()) if m.label in _PERSONLIKE else set()
        if len(owners) == 1 and " " not in key:
            key = next(iter(owners))
        canonical.append(key)
    return _build(mentions, canonical)


def _build(mentions: list[Mention], canonical: list[str]) -> list[Entity]:
    groups: dict[str, list[Mention]] = {}
    for m, group in zip(mentions, canonical, strict=True):
        groups.setdefault(group, []).append(m)
    entities = []
    for number, members in enumerate(groups.values(), start=1):
        # The fullest mention names the entity; "New York" reads better than "NEW YORK".
        named = max(members, key=lambda m: (len(m.text), not m.text.isupper(), -m.start))
        votes = Counter(m.label for m in members)
        # The most frequent label; on a tie, the label of the fullest name.
        label = max(votes, key=lambda lab: (votes[lab], lab == named.label))
        entities.append(Entity(id=f"E{number}", name=" ".join(named.text.split()), type=label,
                               mentions=[(m.start, m.end) for m in members]))
    return entities


def _key(text: str) -> str:
    return " ".join(_PUNCT.sub("", text).lower().split())


def entities_of(doc: Doc) -> list[Entity]:
    """The entities stored on ``doc`` by ``newsgraph_entities`` (and ``newsgraph_actors``)."""
    found = []
    for record in doc._.newsgraph_entities or []:
        entity_id, name, label, mentions = record[:4]
        actor = Actor(**record[4]) if len(record) > 4 and record[4] else None
        coref = [(s, e) for s, e in record[5]] if len(record) > 5 else []
        found.append(Entity(id=entity_id, name=name, type=label,
                            mentions=[(s, e) for s, e in mentions], actor=actor, coref=coref))
    return found


def find_entities(doc: Doc, gazetteer: Gazetteer | None = None,
                  kb: KnowledgeBase | None = None) -> list[Entity]:
    """Entities of ``doc``: NER mentions, KB names the NER missed, and later repeats of
    names already found; outside ignored zones, with labels the KB corrects."""
    zones = zones_of(doc)
    datelines = [z.span for z in zones if z.kind == "dateline"]
    text = text_of(doc)
    mentions = [dateline_place(text, span) for span in datelines]
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        mention = trim(Mention(ent.start_char, ent.end_char, ent.label_, ent.text))
        if mention is None or in_ignored_zone(zones, (mention.start, mention.end)):
            continue
        # In "BEIJING (Reuters) -" the place is news (added above); the agency is a credit.
        in_dateline = any(s <= mention.start < e for s, e in datelines)
        if in_dateline and (mention.label not in PLACE_LABELS or _starts_at(mention, datelines)):
            continue
        mentions.append(_as_surname(doc, _corrected(mention, kb), kb))
    # Names found beyond the NER never come from ignored zones or datelines (whose place
    # is already taken and whose agency is a credit).
    closed = [*(z for z in zones if z.kind in IGNORED_KINDS),
              *(z for z in zones if z.kind == "dateline")]
    if gazetteer is not None:
        extra = [Mention(s, e, label, text[s:e]) for s, e, label in gazetteer(doc)]
        mentions = _merge(mentions, [m for m in extra if not _inside(closed, m)], wider=True)
    if kb is not None:  # "Modi said": a KB surname the NER missed, as a clause's subject
        mentions = _merge(mentions, [m for m in _subject_surnames(doc, kb)
                                     if not _inside(closed, m)])
    repeats = [m for m in _repeats(doc, text, mentions) if not _inside(closed, m)]
    return group_mentions(_merge(mentions, repeats))


def _inside(zones: list[Zone], mention: Mention) -> bool:
    return any(z.span[0] < mention.end and mention.start < z.span[1] for z in zones)


def _corrected(mention: Mention, kb: KnowledgeBase | None) -> Mention:
    """The KB's label where it knows the name unambiguously (Xinhua is no person)."""
    if kb is None:
        return mention
    labels = {known.label for known in kb.lookup(mention.text)}
    if len(labels) == 1 and mention.label not in labels:
        return Mention(mention.start, mention.end, labels.pop(), mention.text)
    return mention


#: Labels the NER gives a surname it takes for a place or a people ("Zelenskyy" as GPE).
_PLACELIKE = frozenset({"GPE", "LOC", "NORP"})


def _as_surname(doc: Doc, mention: Mention, kb: KnowledgeBase | None) -> Mention:
    """A one-word ORG, or a place that is a clause's subject, whose word the KB knows only
    as a person's surname, is that person ("Biden said", "Zelenskyy said")."""
    if kb is None or mention.label == "PERSON" or " " in mention.text or kb.lookup(
            mention.text) or norm(mention.text) not in kb.surnames:
        return mention
    if mention.label in _PLACELIKE:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            return mention
    elif mention.label != "ORG":
        return mention
    return Mention(mention.start, mention.end, "PERSON", mention.text)


def _subject_surnames(doc: Doc, kb: KnowledgeBase) -> Iterator[Mention]:
    """Names standing alone as a clause's subject that the KB knows only as a person's
    surname."""
    for token in doc:
        # (the tagger can take an unfamiliar name for a noun: "Zelenskyy said")
        if token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() and token.dep_ in (
                "nsubj", "nsubjpass") and not token.ent_type_ and not any(
                c.dep_ == "compound" for c in token.children) and (
                norm(token.text) in kb.surnames and not kb.lookup(token.text)):
            yield Mention(token.idx, token.idx + len(token), "PERSON", token.text)


def _merge(mentions: list[Mention], extra: list[Mention], *, wider: bool = False
           ) -> list[Mention]:
    """Mentions plus the extra ones that overlap none of them, in text order. With
    ``wider``, an extra mention that strictly contains existing ones replaces them (the KB
    knows "Liberation Tigers of Tamil Eelam" where the NER saw "Tamil Eelam")."""
    if wider:
        for big in extra:
            inside = [m for m in mentions if big.start <= m.start and m.end <= big.end
                      and (m.end - m.start) < (big.end - big.start)]
            if inside and not any(m.start < big.end and big.start < m.end
                                  and m not in inside for m in mentions):
                mentions = [m for m in mentions if m not in inside]
    taken = sorted((m.start, m.end) for m in mentions)
    kept = [m for m in extra if not _overlaps(taken, m.start, m.end)]
    return sorted([*mentions, *kept], key=lambda m: m.start)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, index - 8):index])


def _repeats(doc: Doc, text: str, mentions: list[Mention]) -> Iterator[Mention]:
    """Later (or earlier) occurrences of a name already found, which the NER skipped."""
    # Single words only when they name a person: a one-word ORG or place ("Men", "Real")
    # is too often an ordinary word elsewhere in the text.
    names = {m.text: m.label for m in mentions
             if len(m.text) >= 3 and m.text[0].isupper() and not m.text.isupper()
             and (" " in m.text or m.label == "PERSON")}
    # a person's surname alone ("Olaf Scholz" … "Scholz said"), as a proper noun
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    surnames = {w for w in surnames if len(w) >= 3 and w[0].isupper() and not w.isupper()
                and w not in names}
    names.update(dict.fromkeys(surnames, "PERSON"))
    if not names:
        return
    # One pass over the text for all names, longest first so "New York City" beats "New York".
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    for match in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text):
        start, end = match.span()
        span = doc.char_span(start, end)
        if span is not None and (match.group() not in surnames or (
                span.root.pos_ == "PROPN" and span.root.ent_type_ in ("", "PERSON", "ORG"))):
            yield Mention(start, end, names[match.group()], match.group())


def dateline_place(text: str, span: tuple[int, int]) -> Mention:
    """The place that opens a dateline ("NEW YORK" in "NEW YORK, June 3 (Reuters) -")."""
    start = span[0]
    place = _DATELINE_PLACE.match(text, start, span[1])
    end = place.end() if place else start + 1
    return Mention(start, end, "GPE", text[start:end])


def _starts_at(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start == s for s, _ in spans)


def set_annotations(doc: Doc, entities: list[Entity]) -> None:
    """Store entities exactly on ``doc._.newsgraph_entities`` and as token spans for spaCy users."""
    doc._.newsgraph_entities = [
        [e.id, e.name, e.type, [list(m) for m in e.mentions],
         e.actor.to_dict() if e.actor else None, [list(m) for m in e.coref]]
        for e in entities
    ]
    doc.spans[SPANS_KEY] = token_spans(doc, (
        (start, end, entity.type, entity.id) for entity in entities
        for start, end in sorted([*entity.mentions, *entity.coref])))


def token_spans(doc: Doc, items: Iterable[tuple[int, int, str, str]]) -> list[Span]:
    """Token spans for ``(start_char, end_char, label, id)`` facts, for spaCy users'
    ``doc.spans``; the exact character offsets live in newsgraph's own extensions."""
    spans = []
    for start, end, label, fact_id in items:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            span.id_ = fact_id
            spans.append(span)
    return spans


@Language.factory(
    "newsgraph_entities",
    requires=["doc.ents", "doc._.newsgraph_zones"],
    assigns=["doc._.newsgraph_entities", "doc.spans"],
)
def make_entities(nlp: Language, name: str, use_kb: bool = True) -> EntitiesComponent:
    return EntitiesComponent(nlp, use_kb=use_kb)


class EntitiesComponent:
    """Groups ``doc.ents`` (plus the KB names the NER missed) into within-article entities."""

    def __init__(self, nlp: Language, *, use_kb: bool = True) -> None:
        self.kb = load_kb() if use_kb else None
        self.gazetteer = Gazetteer(nlp, self.kb) if self.kb is not None else None

    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find_entities(doc, self.gazetteer, self.kb))
        return doc
