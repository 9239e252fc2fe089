"""``newsgraph eval places``: toponyms on GeoWebNews (``../shared/eval/geo/GWN.xml``).

GeoWebNews marks every toponym of 200 news articles with its kind (literal, metonymic,
modifier, embedded …) and, where it can be placed, coordinates and often a GeoNames id.
The toponyms that can be placed (the ones with coordinates) are the gold set:

- recognition P/R/F1: a found place is right when it overlaps a gold toponym (one-to-one);
  one that overlaps only a toponym the data leaves unplaced (a demonym, a language) counts
  neither way;
- accuracy within 161 km (100 miles, the field's usual bar) and exact GeoNames id, both
  **given the gold toponym** (each gold name resolved in its article, as Mordecai reports)
  and **end to end** (a gold toponym counts only when a found place overlaps it and is
  right), over the gold toponyms that have coordinates (ids: over those that have one).

The peer row is the naive lookup the issue names: a country's name → its most populous
town, a division's → its most populous town, any other name → the most populous town of
that name.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..placeindex import Candidate, PlaceIndex, km, load
from .scoring import best_pairs, prf

KM = 161.0


@dataclass(slots=True)
class Toponym:
    span: tuple[int, int]
    name: str
    kind: str
    point: tuple[float, float] | None
    geonames_id: int | None


@dataclass(slots=True)
class Article:
    text: str
    toponyms: list[Toponym] = field(default_factory=list)

    @property
    def gold(self) -> list[Toponym]:
        return [t for t in self.toponyms if t.point is not None]


def read_gwn(path: Path) -> Iterator[Article]:
    """GeoWebNews articles; offsets are into the text with XML entities decoded."""
    raw = path.read_text(encoding="utf-8")
    for block in re.findall(r"<article\b.*?</article>", raw, re.S):
        body = re.search(r"<text>(.*?)</text>", block, re.S)
        article = Article(html.unescape(body.group(1)) if body else "")
        for item in re.findall(r"<toponym>(.*?)</toponym>", block, re.S):
            values = {k: html.unescape(v.strip()) for k, v in
                      re.findall(r"<(\w+)>(.*?)</\1>", item, re.S)}
            lat, lon = values.get("latitude"), values.get("longitude")
            article.toponyms.append(Toponym(
                (int(values["start"]), int(values["end"])), values.get("extractedName", ""),
                values.get("type", ""), (float(lat), float(lon)) if lat and lon else None,
                int(values["geonamesID"]) if values.get("geonamesID") else None))
        yield article


class Tally:
    """Counts for one way of resolving: right within 161 km, and exact ids."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(("gold", "gold_ids", "near", "exact", "unread",
                                     "unread_no_id"), 0)
        #: right GeoNames id but a point more than 161 km from the gold one, by feature
        self.far: Counter[str] = Counter()

    def add(self, gold: Toponym, found: Candidate | None) -> None:
        self.counts["gold"] += 1
        self.counts["gold_ids"] += gold.geonames_id is not None
        if found is None:  # no reading: the ceiling's count (most have no GeoNames id)
            self.counts["unread"] += 1
            self.counts["unread_no_id"] += gold.geonames_id is None
        if found is None or gold.point is None:  # (the gold set is the placed toponyms)
            return
        near = found.lat is not None and found.lon is not None and km(
            gold.point, (found.lat, found.lon)) <= KM
        self.counts["near"] += near
        if gold.geonames_id is not None:
            self.counts["exact"] += found.geonames_id == gold.geonames_id
            if found.geonames_id == gold.geonames_id and not near:
                self.far[found.feature] += 1

    def result(self) -> dict[str, Any]:
        c = self.counts
        return {**c, "accuracy_161km": c["near"] / c["gold"] if c["gold"] else 0.0,
                "exact_id": c["exact"] / c["gold_ids"] if c["gold_ids"] else 0.0,
                "right_id_far_point": dict(self.far)}


def evaluate(path: Path, *, limit: int | None = None, peer: bool = True) -> dict[str, Any]:
    """Score newsgraph (and the naive lookup, when ``peer``) on GeoWebNews."""
    from ..pipeline import analyze
    from ..placeresolver import Resolver

    index = load()
    naive = _Naive(index) if peer else None
    articles = list(read_gwn(path))[:limit]
    counts = dict.fromkeys(("found", "recognised"), 0)
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # kind → recognised, gold
    given, end_to_end, peer_tally, sites = Tally(), Tally(), Tally(), Tally()
    for article in articles:
        gold = article.gold
        places = analyze(article.text).places
        found = {id(p): _candidate(p) for p in places}
        pairs = best_pairs(_overlaps(gold, places))
        paired = {id(p) for _, p in pairs}
        unplaced = [t.span for t in article.toponyms if t.point is None
                    and t.kind != "Non_Toponym"]  # demonyms, languages: named, not placed
        counts["found"] += sum(1 for p in places if id(p) in paired
                               or not any(_overlap(s, p["span"]) > 0 for s in unplaced))
        counts["recognised"] += len(pairs)
        matched = {id(g): found[id(p)] for g, p in pairs}
        for toponym in gold:
            kinds[toponym.kind][0] += id(toponym) in matched
            kinds[toponym.kind][1] += 1
        resolver = Resolver(index, article.text, [g.name for g in gold])
        for toponym in gold:
            reading = resolver.resolve(toponym.name, toponym.span[1])
            if reading is None and (site := resolver.site(toponym.name, toponym.span[1])):
                reading = site
                sites.add(toponym, site)  # a name the index lacks, placed at its town
            given.add(toponym, reading)
            end_to_end.add(toponym, matched.get(id(toponym)))
            if naive is not None:
                peer_tally.add(toponym, naive(toponym.name))
    result: dict[str, Any] = {
        "articles": len(articles), "gold": sum(len(a.gold) for a in articles),
        "found": counts["found"],
        "recognition": prf(counts["recognised"], counts["found"],
                           sum(len(a.gold) for a in articles)),
        "given_gold": given.result(), "given_gold_sites": sites.result(),
        "end_to_end": end_to_end.result(),
        "recognised_by_kind": {kind: tuple(pair) for kind, pair in kinds.items()}}
    if naive is not None:
        result["naive"] = peer_tally.result()
    return result


def _overlaps(gold: list[Toponym], places: list[dict[str, Any]]
              ) -> Iterator[tuple[int, Toponym, dict[str, Any]]]:
    for toponym in gold:
        for place in places:
            if (overlap := _overlap(toponym.span, place["span"])) > 0:
                yield overlap, toponym, place


def _overlap(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _candidate(place: dict[str, Any]) -> Candidate:
    return Candidate(place["geonames_id"], place["name"], place["lat"], place["lon"],
                     place["country"], None, 0, place["feature"])


class _Naive:
    """The peer: country → its most populous town; division → its most populous town;
    else the most populous town of the name."""

    def __init__(self, index: PlaceIndex) -> None:
        self.index = index
        self.biggest: dict[str, Candidate] = {}
        for c in index.all():
            if c.feature in {"city", "capital"}:
                for key in (c.country, c.admin1):
                    if key and (key not in self.biggest
                                or c.population > self.biggest[key].population):
                        self.biggest[key] = c

    def __call__(self, name: str) -> Candidate | None:
        candidates = self.index.lookup(name)
        for feature in ("country", "admin1"):
            for c in candidates:
                if c.feature == feature and getattr(c, feature) in self.biggest:
                    return self.biggest[getattr(c, feature)]
        towns = [c for c in candidates if c.feature in {"city", "capital"}]
        return max(towns, key=lambda c: c.population) if towns else None
