"""Share of the pipeline's time one newsgraph stage takes, on a corpus folder.

    .venv/bin/python scripts/stage_share.py newsgraph_quotes ../shared/eval/corpus/bbc/politics

Parses the texts with every pipe but the stage, then runs the stage alone on the parsed
docs, so the figure is the stage's own cost and not the machine's drift between two runs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsgraph import nlp
from newsgraph.models import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stage", help="a pipe name, e.g. newsgraph_quotes")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    pipeline = nlp.load(None)
    files = sorted(args.folder.glob("*.txt"))[:args.limit]
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    start = time.perf_counter()
    articles = [Article(text=text, source=str(f)) for text, f in zip(texts, files, strict=True)]
    with pipeline.select_pipes(disable=[args.stage]):  # docs made as analyze() makes them
        docs = list(pipeline.pipe(nlp.make_doc(pipeline, a) for a in articles))
    parsed = time.perf_counter()
    stage = pipeline.get_pipe(args.stage)
    for doc in docs:
        stage(doc)
    done = time.perf_counter()
    print(f"{len(texts)} texts: other pipes {parsed - start:.2f} s, {args.stage} "
          f"{done - parsed:.2f} s = {(done - parsed) / (done - start):.1%} of the pipeline")


if __name__ == "__main__":
    main()
