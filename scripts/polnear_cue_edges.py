"""How PolNeAR's annotators end a cue: with the words after the verb inside it, or not.

    .venv/bin/python scripts/polnear_cue_edges.py ../shared/eval/quotes/polnear/train --limit 600

For gold cues that begin with "said", "says", "told" or "wrote" and are followed in the
text by "in a statement", "in an interview", a weekday and so on, counts how often the
annotators put those words inside the cue and how often outside: the reason no rule for
the cue's edge can match every gold cue (docs/quality.md, quotes).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from newsgraph.evaluate.quotes import read_polnear

_VERBS = ("said", "says", "told", "wrote")
_AFTER = re.compile(r"\s+(in an? (?:statement|interview|email)|(?:on )?(?:Mon|Tues|Wednes|Thurs"
                    r"|Fri|Satur|Sun)day)\b")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="a PolNeAR split folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    counts: Counter[tuple[str, bool]] = Counter()
    for article in list(read_polnear(args.split))[:args.limit]:
        for gold in article.gold:
            if gold.cue is None:
                continue
            start, end = gold.cue
            first = article.text[start:end].split()[0].lower()
            after = _AFTER.match(article.text, start + len(first)) if first in _VERBS else None
            if after is not None:
                kind = "weekday" if after.group(1).endswith("day") else after.group(1)
                counts[(kind, end >= after.end())] += 1
    for kind in sorted({k for k, _ in counts}):
        print(f"{kind:22} inside the cue {counts[(kind, True)]:4}   "
              f"outside {counts[(kind, False)]:4}")


if __name__ == "__main__":
    main()
