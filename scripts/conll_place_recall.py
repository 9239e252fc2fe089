"""How many of CoNLL-2003's LOC names the places stage finds, and what else it finds.

    .venv/bin/python scripts/conll_place_recall.py ../shared/eval/ner/conll2003/eng.train

CoNLL-2003 has no coordinates, so this measures recognition only: a gold LOC counts as
found when a place record overlaps it — not an adjective the tagger calls NORP
("Russian"), but a country's own name before a noun ("U.S. officials", role modifier)
is a LOC. Places on a gold ORG, PER or MISC name are listed apart: most are towns
standing for teams ("NEW YORK" in a baseball table), which GeoWebNews counts as toponyms
too. Used on the train split to find what the stage misses (docs/quality.md, places);
``--show`` prints the misses.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc

from newsgraph import nlp as pipeline
from newsgraph.evaluate.ner import ConllDoc, read_conll
from newsgraph.models import Article

_SKIP = ["newsgraph_quotes", "newsgraph_times", "newsgraph_events"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="a CoNLL-2003 file (eng.train)")
    parser.add_argument("--start", type=int, default=0, help="first document")
    parser.add_argument("--limit", type=int, default=None, help="at most N documents")
    parser.add_argument("--show", type=int, default=0, help="print the N commonest misses")
    args = parser.parse_args()
    docs = list(read_conll(args.data))[args.start:]
    docs = docs[:args.limit] if args.limit is not None else docs
    found, missed, other = 0, Counter[str](), Counter[str]()
    for conll, doc in zip(docs, _parsed(docs), strict=True):
        gold = _char_spans(conll)
        types = {row[0]: row[2] for row in doc._.newsgraph_entities or []}
        places = [p["span"] for p in doc._.newsgraph_places
                  if p["role"] != "modifier" or types.get(p["entity"]) not in ("NORP", None)]
        for start, end, label in gold:
            hit = any(s < end and start < e for s, e in places)
            if label == "LOC":
                found += hit
                missed[conll.text[start:end]] += not hit
        for s, e in places:
            if not any(s < end and start < e and label == "LOC" for start, end, label in gold):
                other[next((label for start, end, label in gold if s < end and start < e),
                           "none")] += 1
    total = found + sum(missed.values())
    print(f"documents {len(docs)}  gold LOC {total}  found {found}  recall {found / total:.3f}")
    print("places on other gold names:", dict(other.most_common()))
    for name, count in missed.most_common(args.show):
        if count:
            print(f"  missed {count:3}  {name}")


def _parsed(docs: list[ConllDoc]) -> Iterator[Doc]:
    nlp = pipeline.load(None)

    def articles() -> Iterator[Doc]:
        for conll in docs:
            pipeline.allow_length(nlp, len(conll.text))
            yield pipeline.make_doc(nlp, Article(text=conll.text, source="conll"))

    with nlp.select_pipes(disable=_SKIP):
        yield from nlp.pipe(articles(), batch_size=16)


def _char_spans(conll: ConllDoc) -> list[tuple[int, int, str]]:
    starts = {token: char for char, token in conll.starts.items()}
    ends = {token: char for char, token in conll.ends.items()}
    return [(starts[first], ends[last], label) for first, last, label in conll.gold]


if __name__ == "__main__":
    main()
