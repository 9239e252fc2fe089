"""Ingest: read → analyse → store, with one writer and a summary at the end.

Articles whose text is stored already are not analysed again (their new source is
recorded), so re-running an ingest — after a crash or on a grown folder — only does
the new work.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import Analysis, Article, Rejected
from .pipeline import analyze_items
from .readers import read
from .settings import Options
from .store import Store

#: Results per transaction: small enough that a killed run loses little, large enough
#: that commits cost nothing next to the parse.
COMMIT_EVERY = 16


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did. ``rejected`` counts by "code label" (e.g. "R005 not_english")."""

    stored: int = 0
    already_stored: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def read(self) -> int:
        return self.stored + self.already_stored + sum(self.rejected.values())

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "stored": self.stored, "already_stored": self.already_stored,
                "rejected": dict(sorted(self.rejected.items())),
                "seconds": round(self.seconds, 2)}


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    options: Options | None = None,
    *,
    progress: Callable[[Analysis | Rejected], object] | None = None,
) -> IngestSummary:
    """Read every path, analyse what is new, and store everything (rejections too)."""
    options = options or Options()
    summary = IngestSummary()
    started = time.perf_counter()
    duplicates: list[Article] = []

    def new_items() -> Iterator[Article | Rejected]:
        seen: set[str] = set()
        for item in read(paths, options):
            if isinstance(item, Article) and (item.id in seen or store.known([item.id])):
                duplicates.append(item)
                continue
            if isinstance(item, Article):
                seen.add(item.id)
            yield item

    batch: list[Analysis | Rejected | Article] = []
    for result in analyze_items(new_items(), options):
        _count(summary, result)
        batch.append(result)
        if len(batch) >= COMMIT_EVERY:
            store.write(batch)
            batch = []
        if progress is not None:
            progress(result)
    # Copies are recorded last, once the article they repeat is surely stored.
    summary.already_stored = len(duplicates)
    store.write([*batch, *duplicates])
    summary.seconds = time.perf_counter() - started
    return summary


def _count(summary: IngestSummary, result: Analysis | Rejected) -> None:
    if isinstance(result, Analysis):
        summary.stored += 1
    else:
        summary.rejected[f"{result.code.value} {result.code.label}"] += 1
