"""What an article says about a person's gender, so that "he" and "she" can skip people of
the other gender (``coref.link_pronouns``).

The evidence, strongest first: the knowledge base; a title of address before a name
("Mrs Holt", "Sir Keir"); a gendered noun that describes the person ("spokeswoman Anna
Lind", "Tom Berg, her husband" — the noun heads the apposition); the first name ("Lisa
Murkowski"); the article's own pronouns after a mention that is the only person of its
sentence ("Holt said she …"). The lists are in ``data/people.yaml``; women's names
that are also places' names come from ``data/places.yaml`` (``given_names``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from .kb import KnowledgeBase, parse
from .models import Entity

#: Pronouns that tell a person's gender, wherever they stand in the clause.
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}


@dataclass(frozen=True, slots=True)
class GenderWords:
    honorifics: dict[str, str]  # "mrs" → "f"
    nouns: dict[str, str]  # "spokeswoman" → "f"
    names: dict[str, str]  # "lisa" → "f"


@lru_cache(maxsize=1)
def gender_words() -> GenderWords:
    """The lists of ``data/people.yaml`` (and the women's names of ``data/places.yaml``)."""
    data = resources.files("newsgraph").joinpath("data")
    raw = parse(data.joinpath("people.yaml").read_text("utf-8"))
    places = parse(data.joinpath("places.yaml").read_text("utf-8"))

    def table(section: dict[str, list[str]]) -> dict[str, str]:
        return {word.lower(): gender for gender, words in section.items() for word in words}
    names = table(raw["given_names"])
    names.update({name.lower(): "f" for name in places["given_names"]})
    return GenderWords(table(raw["honorifics"]), table(raw["nouns"]), names)


def genders(doc: Doc, people: list[Entity], kb: KnowledgeBase) -> list[str | None]:
    """The gender of each of ``people`` ("m", "f") where the article or the KB tells it."""
    words = gender_words()
    told = _pronoun_votes(doc, people)
    found: list[str | None] = []
    for number, entity in enumerate(people):
        person = kb.by_kb_id.get(entity.actor.kb_id or "") if entity.actor else None
        first = entity.name.split()[0].lower() if " " in entity.name else ""
        found.append((person.gender if person else None)
                     or _described(doc, entity, words)
                     or words.names.get(first)
                     or (told[number].most_common(1)[0][0] if told[number] else None))
    return found


def _described(doc: Doc, entity: Entity, words: GenderWords) -> str | None:
    """The gender a title of address or a noun describing a mention gives."""
    for start, end in entity.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        i = span.start - (span.start > 0 and doc[span.start - 1].text == ".")  # "Mrs. Holt"
        for word in (doc[i - 1] if i > 0 else None, span[0]):  # "Mrs Holt", the NER's or not
            if word is not None and (gender := words.honorifics.get(word.lower_)):
                return gender
        nouns: list[Token] = []  # the title words right before: "spokeswoman Anna Lind"
        while i > 0 and len(nouns) < 3 and doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            i -= 1
            nouns.append(doc[i])
        root = span.root
        nouns += [c for c in root.children if c.dep_ in ("appos", "compound")]
        nouns += [root.head] if root.dep_ == "appos" else []
        gender = next((words.nouns[t.lower_] for t in nouns if t.lower_ in words.nouns), None)
        if gender:
            return gender
    return None


def _pronoun_votes(doc: Doc, people: list[Entity]) -> list[Counter[str]]:
    """For each person, the genders of the pronouns that follow their mention in sentences
    where no other person is named: in "Mayor Holt said her city was ready", "her"."""
    votes: list[Counter[str]] = [Counter() for _ in people]
    for sentence in doc.sents:
        named = {number: start for number, entity in enumerate(people)
                 for start, _ in entity.mentions
                 if sentence.start_char <= start < sentence.end_char}
        if len(named) != 1:
            continue
        number, start = next(iter(named.items()))
        pronoun = next((GENDERED[t.lower_] for t in sentence
                        if t.idx > start and t.lower_ in GENDERED), None)
        if pronoun:
            votes[number][pronoun] += 1
    return votes
