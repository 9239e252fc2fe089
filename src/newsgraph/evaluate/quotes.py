"""``newsgraph eval quotes``: attribution on PolNeAR (brat standoff, character offsets).

- Content: a predicted quote matches a gold content span when their character Jaccard is
  at least 0.5 (one-to-one, best pairs first); also reported at the Gender Gap Tracker's
  looser bar, an overlap of at least 30 % of the longer of the two spans.
- Source and cue: exact-span F1 over all predicted speaker mentions and cue words.
- Speaker accuracy, on content-matched quotes: right when the mention used, or any mention
  of the entity it resolves to, overlaps the gold source. Cue accuracy, on the same
  quotes: the cue's words are exactly the gold cue's.
- The peer row is textacy's ``direct_quotations`` on the same texts, parsed by the same
  spaCy model.
Each article's publication date comes from its file name (``outlet_YYYY-MM-DD_slug``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .scoring import best_pairs, prf

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
    scored = []
    for g in gold:
        for q in predicted:
            chars = {i for s, e in q.get("parts") or [q["span"]] for i in range(s, e)}
            common = len(g.content & chars)
            if not common:
                continue
            score = (common / len(g.content | chars) if jaccard
                     else common / max(len(g.content), len(chars)))
            if score >= bar:
                scored.append((score, g, q))
    return best_pairs(scored)


class Tally:
    """Counts for one system over a split."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(
            ("gold", "predicted", "jaccard", "overlap", "source_tp", "source_pred",
             "source_gold", "cue_tp", "cue_pred", "cue_gold", "speaker_ok", "cue_ok"), 0)

    def add(self, article: Article, quotes: list[dict[str, Any]],
            mentions: dict[str, list[Any]]) -> None:
        counts = self.counts
        gold = [g for g in article.gold if g.content]
        counts["gold"] += len(gold)
        counts["predicted"] += len(quotes)
        matched = _match(gold, quotes, 0.5, jaccard=True)
        counts["jaccard"] += len(matched)
        counts["overlap"] += len(_match(gold, quotes, 0.3, jaccard=False))
        counts["speaker_ok"] += sum(_speaker_right(g, q, mentions) for g, q in matched)
        counts["cue_ok"] += sum(g.cue is not None and tuple(q["cue_span"] or ()) == g.cue
                                for g, q in matched)
        for role, key in (("source", "speaker_span"), ("cue", "cue_span")):
            got = {tuple(q[key]) for q in quotes if q[key]}
            want = {getattr(g, role) for g in gold if getattr(g, role)}
            counts[f"{role}_tp"] += len(got & want)
            counts[f"{role}_pred"] += len(got)
            counts[f"{role}_gold"] += len(want)

    def result(self) -> dict[str, Any]:
        c = self.counts
        return {
            **c,
            "content_jaccard": prf(c["jaccard"], c["predicted"], c["gold"]),
            "content_overlap": prf(c["overlap"], c["predicted"], c["gold"]),
            "source": prf(c["source_tp"], c["source_pred"], c["source_gold"]),
            "cue": prf(c["cue_tp"], c["cue_pred"], c["cue_gold"]),
            "speaker_accuracy": c["speaker_ok"] / c["jaccard"] if c["jaccard"] else 0.0,
            "cue_accuracy": c["cue_ok"] / c["jaccard"] if c["jaccard"] else 0.0,
        }


def evaluate(folder: Path, *, limit: int | None = None, peer: bool = True) -> dict[str, Any]:
    """Score newsgraph on a PolNeAR split, and textacy's ``direct_quotations`` beside it
    when ``peer`` is set and textacy is installed (``pip install 'newsgraph[peer]'``)."""
    from ..pipeline import analyze

    textacy_quotes = _textacy() if peer else None
    ours, theirs = Tally(), Tally()
    articles = list(read_polnear(folder))[:limit]
    for article in articles:
        analysis = analyze(article.text, published=article.published)
        mentions = {e.id: [*e.mentions, *e.coref] for e in analysis.entities}
        ours.add(article, analysis.quotes, mentions)
        if textacy_quotes is not None:
            theirs.add(article, textacy_quotes(article.text), {})
    return {"articles": len(articles), **ours.result(),
            "peer": {"name": "textacy direct_quotations", **theirs.result()}
            if textacy_quotes is not None else None}


def _textacy() -> Callable[[str], list[dict[str, Any]]] | None:
    """textacy's direct-quotation finder on plain spaCy, in our record shape; None when
    textacy is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    from ..nlp import bare

    nlp = bare()

    def edges(tokens: Any) -> list[int] | None:
        tokens = list(tokens)
        if not tokens:
            return None
        return [tokens[0].idx, tokens[-1].idx + len(tokens[-1])]

    def run(text: str) -> list[dict[str, Any]]:
        try:
            found = list(direct_quotations(nlp(text)))
        except ValueError:  # textacy gives up on an odd number of quote marks
            return []
        return [{"span": edges(q.content), "speaker_span": edges(q.speaker),
                 "cue_span": edges(q.cue), "speaker": None} for q in found]
    return run


def _speaker_right(gold: Gold, quote: dict[str, Any], mentions: dict[str, list[Any]]) -> bool:
    if gold.source is None:
        return False
    spans = [quote["speaker_span"]] if quote["speaker_span"] else []
    spans += mentions.get(quote["speaker"] or "", [])
    s, e = gold.source
    return any(a < e and s < b for a, b in spans)
