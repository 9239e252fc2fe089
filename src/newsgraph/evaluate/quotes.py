"""``newsgraph eval quotes``: attribution on PolNeAR (brat standoff, character offsets).

- Content: a predicted quote matches a gold content span when their character Jaccard is
  at least 0.5 (one-to-one, best pairs first); also reported at the Gender Gap Tracker's
  looser bar, an overlap of at least 30 % of the longer of the two spans.
- Source and cue: exact-span F1 over all predicted speaker mentions and cue words.
- Speaker accuracy, on content-matched quotes: right when the mention used, or any mention
  of the entity it resolves to, overlaps the gold source.
Each article's publication date comes from its file name (``outlet_YYYY-MM-DD_slug``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


@dataclass(slots=True)
class Gold:
    content: set[int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None


@dataclass(slots=True)
class Article:
    name: str
    text: str
    published: str | None
    gold: list[Gold] = field(default_factory=list)


def read_polnear(folder: Path) -> Iterator[Article]:
    """Articles of one PolNeAR split (``attributions/*.ann`` beside ``text/*.txt``)."""
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = ann.stem[:ann.stem.rfind("_")]
        text = (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        date = _DATE.search(ann.name)
        article = Article(ann.stem, text, date.group(1) if date else None)
        spans: dict[str, list[tuple[int, int]]] = {}
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if parts[0].startswith("T") and len(parts) >= 2:
                _, ranges = parts[1].split(" ", 1)
                spans[parts[0]] = [tuple(map(int, r.split())) for r in ranges.split(";")]  # type: ignore[misc]
            elif parts[0].startswith("E") and len(parts) >= 2:
                roles = dict(arg.split(":") for arg in parts[1].split()[1:])
                article.gold.append(_gold(roles, spans))
        yield article


def _gold(roles: dict[str, str], spans: dict[str, list[tuple[int, int]]]) -> Gold:
    def whole(key: str) -> tuple[int, int] | None:
        parts = spans.get(roles.get(key, ""))
        return (parts[0][0], parts[-1][1]) if parts else None

    content = {i for s, e in spans.get(roles.get("Content", ""), []) for i in range(s, e)}
    return Gold(content=content, source=whole("Source"), cue=whole("Cue"))


def _match(gold: list[Gold], predicted: list[dict[str, Any]], bar: float, jaccard: bool
           ) -> list[tuple[Gold, dict[str, Any]]]:
    pairs = []
    for g in gold:
        for q in predicted:
            chars = set(range(*q["span"]))
            common = len(g.content & chars)
            if not common:
                continue
            score = (common / len(g.content | chars) if jaccard
                     else common / max(len(g.content), len(chars)))
            if score >= bar:
                pairs.append((score, id(g), id(q), g, q))
    matched, used_g, used_q = [], set(), set()
    for _, gi, qi, g, q in sorted(pairs, key=lambda p: -p[0]):
        if gi not in used_g and qi not in used_q:
            used_g.add(gi)
            used_q.add(qi)
            matched.append((g, q))
    return matched


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(folder: Path, *, limit: int | None = None) -> dict[str, Any]:
    from ..pipeline import analyze

    counts = {"gold": 0, "predicted": 0, "jaccard": 0, "overlap": 0, "source_tp": 0,
              "source_pred": 0, "source_gold": 0, "cue_tp": 0, "cue_pred": 0, "cue_gold": 0,
              "speaker_ok": 0}
    articles = list(read_polnear(folder))[:limit]
    for article in articles:
        analysis = analyze(article.text, published=article.published)
        quotes = analysis.quotes
        mentions = {e.id: [*e.mentions, *e.coref] for e in analysis.entities}
        gold = [g for g in article.gold if g.content]
        counts["gold"] += len(gold)
        counts["predicted"] += len(quotes)
        matched = _match(gold, quotes, 0.5, jaccard=True)
        counts["jaccard"] += len(matched)
        counts["overlap"] += len(_match(gold, quotes, 0.3, jaccard=False))
        counts["speaker_ok"] += sum(_speaker_right(g, q, mentions) for g, q in matched)
        for role, key in (("source", "speaker_span"), ("cue", "cue_span")):
            got = {tuple(q[key]) for q in quotes if q[key]}
            want = {getattr(g, role) for g in gold if getattr(g, role)}
            counts[f"{role}_tp"] += len(got & want)
            counts[f"{role}_pred"] += len(got)
            counts[f"{role}_gold"] += len(want)
    return {
        "articles": len(articles), **counts,
        "content_jaccard": _prf(counts["jaccard"], counts["predicted"], counts["gold"]),
        "content_overlap": _prf(counts["overlap"], counts["predicted"], counts["gold"]),
        "source": _prf(counts["source_tp"], counts["source_pred"], counts["source_gold"]),
        "cue": _prf(counts["cue_tp"], counts["cue_pred"], counts["cue_gold"]),
        "speaker_accuracy": counts["speaker_ok"] / counts["jaccard"] if counts["jaccard"] else 0.0,
    }


def _speaker_right(gold: Gold, quote: dict[str, Any], mentions: dict[str, list[Any]]) -> bool:
    if gold.source is None:
        return False
    spans = [quote["speaker_span"]] if quote["speaker_span"] else []
    spans += mentions.get(quote["speaker"] or "", [])
    s, e = gold.source
    return any(a < e and s < b for a, b in spans)
