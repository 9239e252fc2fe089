"""The cue lexicon of ``data/cues.yaml``: the words that report speech, thought and
stance, read once into sets and maps for the quote finders."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .kb import parse


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lexicon of ``data/cues.yaml``."""

    verbs: dict[str, str]  # every form → lemma
    nouns: frozenset[str]  # "statement", "interview": what carries words from a source
    objects: frozenset[str]  # lemmas whose direct object is what was said
    preps: dict[str, frozenset[str]]  # lemma → prepositions that introduce what was said
    #: every form → lemma of the verbs that cue a direct quote only: "he continued"
    direct: dict[str, str]
    #: lemmas that cue the quote after their sentence when they report nothing themselves
    before: frozenset[str]
    not_speakers: frozenset[str]  # labels that open a paragraph but name no one: "update"
    #: words whose subject speaks through their infinitive: "went on to say"
    leads: frozenset[str]
    #: every form → lemma of the nouns that report a that-clause: "her claim that …"
    report_nouns: dict[str, str]
    #: lemmas of thoughts and wishes, which a speaker's own words may hold: "said she thinks"
    thoughts: frozenset[str]
    #: every form → lemma of the verbs that report a view only as "sees Y as Z"
    views: dict[str, str]
    view_adverbs: frozenset[str]  # "favourably": a view after the object
    #: every form → lemma of the verbs that report a stance by their object: "backs the bill"
    stances: dict[str, str]
    findings: frozenset[str]  # "In a poll released Monday, …": what vouches for a clause
    aims: frozenset[str]  # "anyone seeking refuge": a participle whose noun says nothing
    #: adjective → the prepositions that say what it is about: "skeptical" → of, about
    attitudes: dict[str, frozenset[str]]
    links: frozenset[str]  # verbs that link a subject to an attitude: "is", "seems"
    making: frozenset[str]  # forms of "make" that with ``plain`` declare: "made it clear"
    plain: frozenset[str]  # "clear", "plain", "known"
    #: lemmas whose object is what a record (``records``) says: "the poll shows …"
    record_objects: frozenset[str]
    records: frozenset[str]  # "poll", "survey", "audit"
    #: lemmas that are deeds as often as words: their object alone is no content
    deeds: frozenset[str]
    greetings: frozenset[str]  # lemmas whose named object is whom they greet: "welcomed Xi"

    def held(self, form: str) -> str | None:
        """The lemma of a view or a stance: what a speaker holds rather than says."""
        return self.views.get(form) or self.stances.get(form)


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue lexicon, read once."""
    raw = parse(resources.files("newsgraph").joinpath("data/cues.yaml").read_text("utf-8"))
    verbs = {form: lemma for lemma, forms in raw["verbs"].items() for form in forms}
    return Cues(verbs=verbs,
                nouns=frozenset(raw["nouns"]), objects=frozenset(raw["object_content"]),
                preps={lemma: frozenset(ps) for lemma, ps in raw["prepositions"].items()},
                direct={**{form: lemma for lemma, forms in raw["direct_verbs"].items()
                           for form in forms}, **verbs},
                before=frozenset(raw["cue_before_quote"]),
                not_speakers=frozenset(w.lower() for w in raw["not_speakers"]),
                leads=frozenset(raw["infinitive_leads"]),
                report_nouns={form: lemma for lemma, forms in raw["report_nouns"].items()
                              for form in forms},
                thoughts=frozenset(raw["thoughts"]),
                views={form: lemma for lemma, forms in raw["views"].items() for form in forms},
                view_adverbs=frozenset(raw["view_adverbs"]),
                stances={form: lemma for lemma, forms in raw["stances"].items()
                         for form in forms},
                findings=frozenset(raw["findings"]), aims=frozenset(raw["aim_participles"]),
                attitudes={adjective: frozenset(preps)
                           for adjective, preps in raw["attitudes"].items()},
                links=frozenset(raw["link_verbs"]), making=frozenset(raw["making"]),
                plain=frozenset(raw["made_plain"]),
                record_objects=frozenset(raw["record_objects"]),
                deeds=frozenset(raw["deeds"]), greetings=frozenset(raw["greetings"]),
                records=frozenset(raw["records"]))
