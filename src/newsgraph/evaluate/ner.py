"""``newsgraph eval ner``: CoNLL-2003 entity F1, newsgraph beside bare spaCy.

Scoring is conlleval's: an entity counts only if its type and its exact token span match
the gold one; precision, recall and F1 per class (PER, ORG, LOC, MISC) and overall (micro).
spaCy's OntoNotes labels map onto CoNLL's four the usual way: PERSON→PER, ORG→ORG,
GPE/LOC/FAC→LOC, NORP/EVENT/PRODUCT/WORK_OF_ART/LAW/LANGUAGE→MISC; the rest are dropped.
Each CoNLL document becomes one text, a sentence per line, tokens joined by spaces.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CLASSES = ("PER", "ORG", "LOC", "MISC")
TO_CONLL = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
    "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC",
}

Labelled = set[tuple[int, int, str]]  # (first token, last token + 1, class)


@dataclass(slots=True)
class ConllDoc:
    text: str
    starts: dict[int, int]  # char offset → token index, for token starts
    ends: dict[int, int]    # char offset → token index + 1, for token ends
    gold: Labelled


def read_conll(path: Path) -> Iterator[ConllDoc]:
    """CoNLL-2003 documents (IOB1 tags in the last column)."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
                current = []
            if sentences:
                yield _document(sentences)
            sentences = []
        elif not parts:
            if current:
                sentences.append(current)
            current = []
        else:
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    if sentences:
        yield _document(sentences)


def _document(sentences: list[list[tuple[str, str]]]) -> ConllDoc:
    lines, starts, ends, gold = [], {}, {}, set()
    offset, index = 0, 0
    for sentence in sentences:
        words = [w for w, _ in sentence]
        for word in words:
            starts[offset] = index
            ends[offset + len(word)] = index + 1
            offset += len(word) + 1
            index += 1
        lines.append(" ".join(words))
        gold |= _spans(index - len(words), [tag for _, tag in sentence])
    return ConllDoc("\n".join(lines), starts, ends, gold)


def _spans(first: int, tags: list[str]) -> Labelled:
    """Entities from IOB1 tags: I-X continues X, B-X starts a new X next to another."""
    spans: Labelled = set()
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        kind, _, cls = tag.partition("-")
        if start is not None and (kind in {"O", "B"} or cls != label):
            spans.add((first + start, first + i, str(label)))
            start, label = None, None
        if kind in {"I", "B"} and start is None:
            start, label = i, cls
    return spans


def to_tokens(doc: ConllDoc, spans: Iterable[tuple[int, int, str]]) -> Labelled:
    """Character spans with spaCy labels → CoNLL token spans (misaligned spans are kept as
    impossible spans, so they count as false positives)."""
    result: Labelled = set()
    for start, end, label in spans:
        cls = TO_CONLL.get(label)
        if cls is None:
            continue
        first, last = doc.starts.get(start, -1 - start), doc.ends.get(end, -1 - end)
        result.add((first, last, cls))
    return result


def prf(gold: Labelled, predicted: Labelled) -> dict[str, dict[str, float]]:
    """conlleval precision/recall/F1 per class and overall."""
    counts: dict[str, Counter[str]] = {c: Counter() for c in (*CLASSES, "ALL")}
    for cls in CLASSES:
        g = {s for s in gold if s[2] == cls}
        p = {s for s in predicted if s[2] == cls}
        counts[cls].update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
        counts["ALL"].update(counts[cls])
    return {cls: _scores(c) for cls, c in counts.items()}


def _scores(c: Counter[str]) -> dict[str, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold": c["tp"] + c["fn"]}


def evaluate(data: Path, *, model: str | None = None, limit: int | None = None
             ) -> dict[str, Any]:
    """Score bare spaCy's ``doc.ents`` and newsgraph's entity mentions on the same texts."""
    from .. import nlp as loader
    from ..entities import entities_of

    docs = list(read_conll(data))[:limit]
    texts = [d.text for d in docs]
    bare, ours = loader.bare(model), loader.load(model)
    gold: Labelled = set()
    predicted: dict[str, Labelled] = {"spacy": set(), "newsgraph": set()}
    for n, (doc, b, o) in enumerate(zip(docs, bare.pipe(texts), ours.pipe(texts), strict=True)):
        shift = n * 1_000_000  # keep token ids of different documents apart
        gold |= _shifted(doc.gold, shift)
        predicted["spacy"] |= _shifted(
            to_tokens(doc, ((e.start_char, e.end_char, e.label_) for e in b.ents)), shift)
        # Named mentions only: a pronoun or a title is coreference, which CoNLL does not tag.
        mentions = ((s, e, entity.type) for entity in entities_of(o) for s, e in entity.mentions)
        predicted["newsgraph"] |= _shifted(to_tokens(doc, mentions), shift)
    return {"documents": len(docs), "model": loader.resolve_model(model),
            **{name: prf(gold, spans) for name, spans in predicted.items()}}


def _shifted(spans: Labelled, shift: int) -> Labelled:
    return {(s + shift, e + shift, c) for s, e, c in spans}
