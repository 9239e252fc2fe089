"""Every place the pipeline finds in a sample of a folder of articles, one line each.

    .venv/bin/python scripts/list_places.py ../shared/eval/corpus/bbc --every 5 > after.txt

Run it before and after a change and diff the two sorted lists: each line names the file,
the words around the place, and its reading (name, country, feature, role). This is how
changes to the places stage are read on our BBC sample (docs/quality.md, places).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph.pipeline import analyze


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of .txt articles (searched deeply)")
    parser.add_argument("--every", type=int, default=5, help="take every Nth file")
    args = parser.parse_args()
    for path in sorted(args.folder.rglob("*.txt"))[::args.every]:
        text = path.read_text(errors="replace")
        for place in analyze(text).places:
            start, end = place["span"]
            around = text[max(0, start - 30):end + 20].replace("\n", " ")
            print(f"{path.parent.name}/{path.name}", repr(around), place["name"],
                  place["country"], place["feature"], place["role"])


if __name__ == "__main__":
    main()
