"""``newsgraph eval events``: PLOVER event coding on the PLOVER gold standard records.

``../shared/eval/events/PLOVER_GSR_CAMEO.json`` holds 322 one-sentence records, each with
one event: its PLOVER type (in the file's older labels: DEMAND is now REQUEST, DISAPPROVE
and INVESTIGATE are ACCUSE, FIGHT is ASSAULT), and its source and target actors' codes.
Each sentence is analysed alone, dated by the record. Reported:

- per-type and micro P/R/F1 on event type: a sentence's predicted types against its gold
  type (a type predicted twice counts once);
- triple accuracy: the share of records with an event of the gold type whose actors carry
  a gold source code and whose recipients carry a gold target code (a side the record
  leaves empty is not checked); an actor's codes are its actor code, country and sector,
  read as ``eval actors`` reads this same file: the records code every intergovernmental
  body "IGO" and every non-governmental one "NGO", and misspell three countries ("JAP");
- extra events per sentence: events beyond the one right event, per record;
- context recall: of the records with a gold context and an event of the gold type, the
  share where that event carries one of the gold contexts (the file's spellings read as
  newsgraph's: "refugees" is refugee, "rights" human_rights, "government" political), and
  how many contexts an event carries on average.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .actors import GOLD_TYPOS, country_of
from .scoring import prf

#: The file's context spellings, in newsgraph's (contexts it has no word for are left out).
CONTEXTS = {"refugees": "refugee", "resources": "resource", "rights": "human_rights",
            "discrimination": "human_rights", "politics": "political",
            "government": "political"}
#: The file's PLOVER v0.5 labels, in today's PLOVER.
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
           "FIGHT": "ASSAULT"}


def read_records(path: Path) -> list[dict[str, Any]]:
    """The event records (not the file's DOCUMENT note), with today's type names."""
    records = json.loads(path.read_text(encoding="utf-8"))
    return [{**r, "event": RENAMED.get(r["event"], r["event"])} for r in records
            if r.get("event") != "DOCUMENT" and r.get("text")]


def _codes(side: Any) -> set[str]:
    """The actor codes of a record's side (a few records leave a side as a bare string)."""
    items = side if isinstance(side, list) else []
    codes = [str(a["code"]) for a in items if isinstance(a, dict) and a.get("code")]
    return {GOLD_TYPOS.get(code, code) for code in codes}


def evaluate(path: Path, *, limit: int | None = None) -> dict[str, Any]:
    from ..pipeline import analyze

    records = read_records(path)[:limit]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    triples = extra = contexts = with_context = events = labels = 0
    misses: list[dict[str, Any]] = []
    for record in records:
        analysis = analyze(record["text"], published=record.get("date"))
        codes: dict[str, set[str]] = {
            e.id: {c for c in (e.actor.code, e.actor.country, e.actor.sector,
                               country_of(e.actor)) if c}
            if e.actor else set() for e in analysis.entities}
        gold = record["event"]
        predicted = {e["type"] for e in analysis.events}
        tp.update(predicted & {gold})
        fp.update(predicted - {gold})
        fn.update({gold} - predicted)
        right = [e for e in analysis.events if e["type"] == gold]
        extra += len(analysis.events) - (1 if right else 0)
        events += len(analysis.events)
        labels += sum(len(e["context"]) for e in analysis.events)
        gold_contexts = _contexts(record.get("context"))
        if right and gold_contexts:
            with_context += 1
            contexts += any(gold_contexts & set(e["context"]) for e in right)
        if any(_side_ok(e["actors"], codes, _codes(record.get("source")))
               and _side_ok(e["recipients"], codes, _codes(record.get("target")))
               for e in right):
            triples += 1
        elif len(misses) < 400:
            misses.append({"id": record["id"], "gold": gold, "text": record["text"],
                           "found": sorted(predicted)})
    types = sorted(set(tp) | set(fp) | set(fn))
    return {"records": len(records),
            "micro": prf(sum(tp.values()), sum(tp.values()) + sum(fp.values()),
                         sum(tp.values()) + sum(fn.values())),
            "per_type": {t: {**prf(tp[t], tp[t] + fp[t], tp[t] + fn[t]),
                             "gold": tp[t] + fn[t]} for t in types},
            "triple_accuracy": triples / len(records) if records else 0.0,
            "extra_per_sentence": extra / len(records) if records else 0.0,
            "context_recall": contexts / with_context if with_context else 0.0,
            "context_records": with_context,
            "contexts_per_event": labels / events if events else 0.0,
            "misses": misses}


def _contexts(value: Any) -> set[str]:
    """A record's contexts ("military", "refugees; economic") in newsgraph's spelling."""
    items = value if isinstance(value, list) else str(value or "").replace(";", ",").split(",")
    return {CONTEXTS.get(c.strip(), c.strip()) for c in items if c and c.strip()}


def _side_ok(entities: list[str], codes: dict[str, set[str]], gold: set[str]) -> bool:
    if not gold:
        return True
    found = set().union(*(codes.get(e, set()) for e in entities)) if entities else set()
    return bool(found & gold)
