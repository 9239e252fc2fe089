"""``newsgraph eval times``: time expressions on TimeML files, scored as TempEval-3 does.

TempEval-3's scorer (``../shared/eval/time/Tools``) aligns system and gold TIMEX3 tags that
share a token, then reports for time expressions:

- relaxed P/R/F1: a gold expression is found when a system expression overlaps it;
- strict P/R/F1: … and covers exactly the same text;
- value (and type) F1: the share of relaxed matches with the right value, times relaxed F1.

Here the alignment is on characters (one-to-one, largest overlap first), which is the same
thing for whole tokens. Each file's creation time (its ``<DCT>``) is the publication date
the expressions are normalised against. The peer row is dateparser's ``search_dates`` with
the same date as its base, each hit read as a day (dateparser has no granularity).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .scoring import best_pairs, prf

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class Timex:
    span: tuple[int, int]
    type: str
    value: str


@dataclass(slots=True)
class Document:
    name: str
    text: str
    dct: str | None
    gold: list[Timex] = field(default_factory=list)
    path: Path | None = None


def read_timeml(path: Path) -> Document:
    """One TimeML file: the text of its ``<TEXT>`` element, its DCT and its TIMEX3s."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>\s*<TIMEX3[^>]*value="([^"]*)"', raw)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    doc = Document(path.stem, "", dct.group(1)[:10] if dct else None, path=path)
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    source = body.group(1) if body else ""
    position = 0
    for tag in _TAG.finditer(source):
        chunk = html.unescape(source[position:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            open_timex = (length, {key: html.unescape(value)
                                   for key, value in _ATTR.findall(tag.group(3))})
        elif open_timex is not None:
            start, attrs = open_timex
            doc.gold.append(Timex((start, length), attrs.get("type", ""),
                                  attrs.get("value", "")))
            open_timex = None
    pieces.append(html.unescape(source[position:]))
    doc.text = "".join(pieces)
    return doc


def read_folder(folder: Path) -> Iterator[Document]:
    """Every ``*.tml`` file under ``folder`` (or ``folder`` itself), in name order; a file
    name seen twice (TBAQ keeps a copy of one TimeBank file in ``testpipeline``) is read
    once."""
    seen: set[str] = set()
    paths = [folder] if folder.is_file() else folder.rglob("*.tml")
    for path in sorted(paths, key=lambda p: (p.name, str(p))):
        if path.name not in seen:
            seen.add(path.name)
            yield read_timeml(path)


def _pairs(gold: list[Timex], found: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one alignment of overlapping expressions, largest overlap first."""
    return best_pairs((min(g.span[1], f.span[1]) - max(g.span[0], f.span[0]), g, f)
                      for g in gold for f in found
                      if min(g.span[1], f.span[1]) > max(g.span[0], f.span[0]))


class Tally:
    """TempEval-3 counts for one system."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(("gold", "found", "relaxed", "strict", "value", "type"), 0)
        self.misses: list[dict[str, Any]] = []

    def add(self, doc: Document, found: list[Timex]) -> None:
        pairs = _pairs(doc.gold, found)
        c = self.counts
        c["gold"] += len(doc.gold)
        c["found"] += len(found)
        c["relaxed"] += len(pairs)
        c["strict"] += sum(g.span == f.span for g, f in pairs)
        c["value"] += sum(g.value == f.value for g, f in pairs)
        c["type"] += sum(g.type == f.type for g, f in pairs)
        self.misses += [{"doc": doc.name, "text": doc.text[g.span[0]:g.span[1]],
                         "gold": g.value, "found": f.value,
                         "found_text": doc.text[f.span[0]:f.span[1]]}
                        for g, f in pairs if g.value != f.value]

    def result(self) -> dict[str, Any]:
        c = self.counts
        out: dict[str, Any] = dict(c)
        for kind in ("relaxed", "strict"):
            out[kind] = prf(c[kind], c["found"], c["gold"])
        relaxed_f1 = out["relaxed"]["f1"]
        for attribute in ("value", "type"):
            accuracy = c[attribute] / c["relaxed"] if c["relaxed"] else 0.0
            out[f"{attribute}_accuracy"] = accuracy
            out[f"{attribute}_f1"] = accuracy * relaxed_f1
        return out


def _newsgraph() -> Callable[[Document], list[Timex]]:
    from ..pipeline import analyze

    def run(doc: Document) -> list[Timex]:
        analysis = analyze(doc.text, published=doc.dct)
        return [Timex((t["span"][0], t["span"][1]), t["type"], t["value"] or "")
                for t in analysis.times]
    return run


def _dateparser() -> Callable[[Document], list[Timex]] | None:
    """dateparser's ``search_dates``, each hit located in the text in order."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    from datetime import datetime

    def run(doc: Document) -> list[Timex]:
        base = datetime.fromisoformat(doc.dct) if doc.dct else datetime.now()
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        found, cursor = [], 0
        for words, when in search_dates(doc.text, languages=["en"], settings=settings) or []:
            start = doc.text.find(words, cursor)
            if start < 0:
                continue
            cursor = start + len(words)
            found.append(Timex((start, cursor), "DATE", when.date().isoformat()))
        return found
    return run


def evaluate(folder: Path, *, limit: int | None = None, peer: bool = True,
             export: Path | None = None) -> dict[str, Any]:
    """Score newsgraph (and dateparser, when ``peer``) on every TimeML file of ``folder``;
    with ``export``, also write newsgraph's tags as TimeML files there."""
    docs = list(read_folder(folder))[:limit]
    systems: dict[str, Callable[[Document], list[Timex]]] = {"newsgraph": _newsgraph()}
    if peer and (dateparser := _dateparser()) is not None:
        systems["dateparser"] = dateparser
    tallies = {name: Tally() for name in systems}
    for doc in docs:
        for name, run in systems.items():
            found = run(doc)
            tallies[name].add(doc, found)
            if export is not None and name == "newsgraph" and doc.path is not None:
                export.mkdir(parents=True, exist_ok=True)
                export_timeml(doc.path, found, export)
    return {"documents": len(docs),
            **{name: {**tally.result(), "misses": tally.misses}
               for name, tally in tallies.items()}}


def export_timeml(path: Path, found: list[Timex], folder: Path) -> Path:
    """Write ``path``'s TimeML again with ``found`` as its only TIMEX3 tags (EVENT and
    SIGNAL tags and the links after the text dropped, so no tag can cross another and no
    link names a missing tag), for TempEval-3's own scorer."""
    raw = path.read_text(encoding="utf-8")
    start, end = raw.index("<TEXT>") + len("<TEXT>"), raw.index("</TEXT>")
    opens = {t.span[0]: t for t in found}
    closes = {t.span[1] for t in found}
    out: list[str] = []
    plain = 0
    for number, piece in enumerate(_pieces(raw[start:end])):
        if piece.startswith("<"):
            continue  # every tag of the gold text
        i = 0
        while i < len(piece):
            if plain in closes:
                out.append("</TIMEX3>")
            if plain in opens:
                t = opens[plain]
                out.append(f'<TIMEX3 tid="t{number}_{plain}" type="{t.type}" '
                           f'value="{html.escape(t.value)}">')
            j = piece.index(";", i) + 1 if piece[i] == "&" and ";" in piece[i:i + 10] else i + 1
            out.append(piece[i:j])
            plain += 1
            i = j
    if plain in closes:
        out.append("</TIMEX3>")
    target = folder / path.name
    # the gold's links after </TEXT> name gold tags: the copy ends with the text
    target.write_text(raw[:start] + "".join(out) + "</TEXT>\n\n</TimeML>\n", encoding="utf-8")
    return target


def _pieces(body: str) -> Iterator[str]:
    position = 0
    for tag in _TAG.finditer(body):
        if tag.start() > position:
            yield body[position:tag.start()]
        yield tag.group()
        position = tag.end()
    if position < len(body):
        yield body[position:]
