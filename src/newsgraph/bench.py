"""Throughput of newsgraph against bare spaCy on the same texts, in one run.

Three phases: ``spacy`` is ``nlp.pipe`` with the model as ``spacy.load`` gives it (what a
spaCy user runs); ``spacy_same_pipes`` leaves out the pipes newsgraph does not run, so the
gap to it is newsgraph's own cost; ``newsgraph`` is the whole analyze path. Each
measurement runs in a fresh process, so model loading stays out of the timing and peak
memory (``ru_maxrss``) is the phase's own. Phases are interleaved over several rounds and
the best time of each is kept, which damps the noise of a shared machine.
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path
from typing import Any

from .readers import iter_files
from .settings import Options

PHASES = ("spacy", "spacy_same_pipes", "newsgraph")


def run_bench(corpus: Path, *, limit: int = 200, model: str | None = None,
              rounds: int = 2) -> dict[str, Any]:
    """Measure ``spacy`` (bare ``nlp.pipe``) and ``newsgraph`` (read → JSON) on ``corpus``."""
    from .nlp import resolve_model

    files = [str(f) for f in list(iter_files(corpus))[:limit]]
    name = resolve_model(model)
    best: dict[str, dict[str, Any]] = {}
    for _ in range(rounds):
        for phase in PHASES:
            row = _in_child(phase, files, name)
            if phase not in best or row["seconds"] < best[phase]["seconds"]:
                best[phase] = row
    for row in best.values():
        row["articles_per_s"] = row["articles"] / row["seconds"] if row["seconds"] else 0.0
    return {
        "corpus": str(corpus), "model": name, "articles": best["spacy"]["articles"],
        "chars": best["spacy"]["chars"], "rounds": rounds, **best,
        "ratio": best["newsgraph"]["articles_per_s"] / best["spacy"]["articles_per_s"],
        "ratio_same_pipes": (best["newsgraph"]["articles_per_s"]
                             / best["spacy_same_pipes"]["articles_per_s"]),
    }


def _in_child(phase: str, files: list[str], model: str) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[str] = context.Queue()
    process = context.Process(target=_phase, args=(phase, files, model, queue))
    process.start()
    row: dict[str, Any] = json.loads(queue.get())
    process.join()
    return row


def _phase(phase: str, files: list[str], model: str, queue: Any) -> None:
    """One timed phase; runs in its own process and reports through ``queue``."""
    from . import nlp as nlp_loader
    from .pipeline import analyze_paths
    from .readers import read

    options = Options(model=model)
    texts = [a.text for a in read(files, options) if hasattr(a, "text")]
    if phase != "newsgraph":
        nlp = nlp_loader.bare(model, same_pipes=phase == "spacy_same_pipes")
        list(nlp.pipe(texts[:2]))  # warm-up, as the newsgraph phase gets below
        started = time.perf_counter()
        count = sum(1 for _ in nlp.pipe(texts, batch_size=options.batch_size))
    else:
        nlp_loader.load(model)
        list(analyze_paths(files[:2], options))
        started = time.perf_counter()
        count = 0
        for result in analyze_paths(files, options):
            json.dumps(result.to_dict(), ensure_ascii=False)
            count += hasattr(result, "entities")
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is KiB on Linux, bytes on macOS
    queue.put(json.dumps({"articles": count, "chars": sum(len(t) for t in texts),
                          "pipes": nlp_loader.load(model).pipe_names if phase == "newsgraph"
                          else nlp.pipe_names,
                          "seconds": seconds, "peak_rss_mb": peak * scale / 1e6}))
