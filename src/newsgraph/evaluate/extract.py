"""``newsgraph eval extract``: main-text extraction on the article-extraction-benchmark.

Scoring follows the benchmark's own method so figures compare with its published table:
texts become word tokens (``\\w+``), tokens become overlapping 4-token shingles, and each
page gets true/false positive and false negative shingle counts, normalised to sum to one
so long pages weigh no more than short ones. Precision and recall are the means over
pages; F1 combines the two means.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from statistics import mean
from typing import Any

from ..clean import find_zones
from ..models import Article
from ..readers.html import read_html

SHINGLE = 4
_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text)
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def match(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of the shingles of ``pred`` against ``true``."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    """Mean precision and recall over pages (pages with nothing to score are skipped)."""
    precisions = [_ratio(tp, fp, fn, fp) for tp, fp, fn in rows if tp + fp > 0]
    recalls = [_ratio(tp, fp, fn, fn) for tp, fp, fn in rows if tp + fn > 0]
    p = mean(precisions) if precisions else 0.0
    r = mean(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _ratio(tp: float, fp: float, fn: float, miss: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + miss) if tp + miss else 0.0


def body_text(article: Article) -> str:
    """The article text outside heading and boilerplate zones: what extractors read."""
    zones = sorted(z.span for z in find_zones(article.text)
                   if z.kind in {"heading", "boilerplate"})
    parts, cursor = [], 0
    for start, end in zones:
        parts.append(article.text[cursor:start])
        cursor = max(cursor, end)
    parts.append(article.text[cursor:])
    return "".join(parts)


def evaluate(data: Path) -> dict[str, Any]:
    """Score the HTML reader's text, as stored and without zoned-off lines."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    stored, body = [], []
    for key, page in _pages(data, truth):
        gold = truth[key].get("articleBody", "")
        result = read_html(page, key)
        text = result.text if isinstance(result, Article) else ""
        stored.append(match(gold, text))
        body.append(match(gold, body_text(result) if isinstance(result, Article) else ""))
    return {"pages": len(stored), "article_text": score(stored), "body_text": score(body),
            "reference": {"trafilatura 2.3.1 (benchmark README)": 0.960}}


def _pages(data: Path, truth: dict[str, Any]) -> Iterator[tuple[str, bytes]]:
    for key in sorted(truth):
        path = data / "html" / f"{key}.html.gz"
        if path.exists():
            yield key, gzip.decompress(path.read_bytes())
