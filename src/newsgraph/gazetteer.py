"""Names the knowledge base knows, found in text the NER may have missed.

One ``PhraseMatcher`` over every KB name as written (plus an upper-case form for
headlines) is built once per pipeline; matching a document is a hash lookup per token.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .kb import KnowledgeBase

#: Short upper-case names (US, UK, WHO, AU) are matched only as written: in an all-caps
#: headline they collide with ordinary words ("WHO WON").
MIN_UPPER = 4


class Gazetteer:
    """Finds KB names in a ``Doc``: ``(start_char, end_char, label)``, longest first."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[int, str] = {}
        for label in sorted(set(kb.surface.values())):
            forms = {t for t, lab in kb.surface.items() if lab == label and t.strip()}
            forms |= {t.upper() for t in forms if len(t) >= MIN_UPPER}
            key = f"newsgraph_kb_{label}"
            self.matcher.add(key, [nlp.make_doc(form) for form in sorted(forms)])
            self.labels[nlp.vocab.strings[key]] = label

    def __call__(self, doc: Doc) -> list[tuple[int, int, str]]:
        spans = sorted(((s, e, self.labels[m]) for m, s, e in self.matcher(doc)),
                       key=lambda span: (span[0], span[0] - span[1]))
        kept: list[tuple[int, int, str]] = []
        last_end = -1
        for start, end, label in spans:
            if start >= last_end:
                kept.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label))
                last_end = end
        return kept
