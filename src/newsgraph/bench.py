"""Throughput of newsgraph against bare spaCy on the same texts, in one run.

Three sides: ``spacy`` is ``nlp.pipe`` with the model as ``spacy.load`` gives it (what a
spaCy user runs); ``spacy_same_pipes`` leaves out the pipes newsgraph does not run, so the
gap to it is newsgraph's own cost; ``newsgraph`` is the whole analyze path, from reading
the files to serialising the JSON.

A shared two-core machine changes speed by tens of percent from one minute to the next,
so the sides are timed in one process, taking turns on small slices of the corpus (the
order rotating), and each side's times are summed: a slow spell costs all sides alike.
Peak memory is measured separately, each side in a fresh process.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .readers import iter_files
from .settings import Options

SIDES = ("spacy", "spacy_same_pipes", "newsgraph")
SLICE = 8           # articles per turn
MEMORY_SAMPLE = 40  # articles each side parses when its peak memory is measured
#: Single-threaded maths on every side: BLAS threads that spin make timings erratic.
THREADS = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

Runner = Callable[[list[str]], int]


def run_bench(corpus: Path, *, limit: int = 200, model: str | None = None) -> dict[str, Any]:
    """Measure the three sides on the first ``limit`` articles of ``corpus``."""
    from .nlp import resolve_model

    files = [str(f) for f in list(iter_files(corpus))[:limit]]
    name = resolve_model(model)
    os.environ.update(THREADS)  # inherited by the child processes below
    result: dict[str, Any] = _in_child(_timing, files, name)
    for side in SIDES:
        row = result[side]
        row["articles_per_s"] = row["articles"] / row["seconds"] if row["seconds"] else 0.0
        memory = _in_child(_memory, files[:MEMORY_SAMPLE], name, side)
        row["peak_rss_mb"] = memory["peak_rss_mb"]
    per_s = {side: result[side]["articles_per_s"] for side in SIDES}
    return {
        "corpus": str(corpus), "model": name, "slice": SLICE, **result,
        "ratio": per_s["newsgraph"] / per_s["spacy"],
        "ratio_same_pipes": per_s["newsgraph"] / per_s["spacy_same_pipes"],
    }


def _in_child(target: Callable[..., None], *args: Any) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[str] = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    row: dict[str, Any] = json.loads(queue.get())
    process.join()
    return row


def _runners(model: str, files: list[str], sides: tuple[str, ...] = SIDES
             ) -> dict[str, tuple[Runner, list[str]]]:
    """Each side's function over a slice of files, with the pipes it runs; only the
    pipelines of ``sides`` are loaded. Bare spaCy gets the texts already read."""
    from . import nlp as nlp_loader
    from .pipeline import analyze_paths
    from .readers import read

    options = Options(model=model)
    texts = {item.source: item.text for item in read(files, options) if hasattr(item, "text")}

    def bare(nlp: Any) -> Runner:
        def run(part: list[str]) -> int:
            return sum(1 for _ in nlp.pipe([texts[f] for f in part if f in texts],
                                           batch_size=options.batch_size))
        return run

    def newsgraph(part: list[str]) -> int:
        count = 0
        for result in analyze_paths(part, options):
            json.dumps(result.to_dict(), ensure_ascii=False)
            count += hasattr(result, "entities")
        return count

    runners: dict[str, tuple[Runner, list[str]]] = {}
    if "spacy" in sides:
        plain = nlp_loader.bare(model)
        runners["spacy"] = (bare(plain), plain.pipe_names)
    if "spacy_same_pipes" in sides:
        same = nlp_loader.bare(model, same_pipes=True)
        runners["spacy_same_pipes"] = (bare(same), same.pipe_names)
    if "newsgraph" in sides:
        runners["newsgraph"] = (newsgraph, nlp_loader.load(model).pipe_names)
    return runners


def _timing(files: list[str], model: str, queue: Any) -> None:
    """All sides in turns over slices of ``files``; runs in its own process."""
    runners = _runners(model, files)
    for run, _ in runners.values():  # warm-up: first calls load lazily built tables
        run(files[:2])
    seconds = dict.fromkeys(SIDES, 0.0)
    articles = dict.fromkeys(SIDES, 0)
    for turn, start in enumerate(range(0, len(files), SLICE)):
        part = files[start:start + SLICE]
        for side in SIDES[turn % 3:] + SIDES[:turn % 3]:
            began = time.perf_counter()
            articles[side] += runners[side][0](part)
            seconds[side] += time.perf_counter() - began
    chars = sum(len(Path(f).read_text(encoding="utf-8", errors="replace")) for f in files)
    queue.put(json.dumps({"articles": len(files), "chars": chars, **{
        side: {"articles": articles[side], "seconds": seconds[side],
               "pipes": runners[side][1]} for side in SIDES}}))


def _memory(files: list[str], model: str, side: str, queue: Any) -> None:
    """One side alone over ``files``; reports its peak resident memory."""
    runners = _runners(model, files, (side,))
    runners[side][0](files)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is KiB on Linux, bytes on macOS
    queue.put(json.dumps({"peak_rss_mb": peak * scale / 1e6}))
