"""Scoring shared by the evaluations: precision/recall/F1 and one-to-one span matching."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": f1(p, r)}


def best_pairs(scored: Iterable[tuple[float, G, P]]) -> list[tuple[G, P]]:
    """A one-to-one matching of gold and predicted items, best scores first: each item is
    used once (items are told apart by identity, so equal records stay distinct)."""
    pairs: list[tuple[G, P]] = []
    used_gold: set[int] = set()
    used_found: set[int] = set()
    for _, gold, found in sorted(scored, key=lambda item: -item[0]):
        if id(gold) not in used_gold and id(found) not in used_found:
            used_gold.add(id(gold))
            used_found.add(id(found))
            pairs.append((gold, found))
    return pairs
