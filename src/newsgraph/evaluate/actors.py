"""``newsgraph eval actors``: actor coding against the PLOVER gold-standard records.

For each gold actor (sources and targets) whose text is found in its sentence, the
newsgraph actor is the one on the entity whose mention overlaps that text most (ties go to
the mention ending last: the head of an English noun phrase comes last). Country accuracy
compares country codes — "IGO" and "NGO" gold codes match any intergovernmental or
non-governmental actor; sector accuracy compares the first three letters of the gold
sector where the gold has one.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..kb import load as load_kb
from ..models import Actor, Analysis

#: Misspelt country codes in the gold file, read as what they plainly mean.
GOLD_TYPOS = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: Gold sectors spelt differently from newsgraph's: the gold file writes MED for doctors
#: and medical aid (newsgraph: HLH) and CIV beside CVL for civilians.
GOLD_SECTORS = {"MED": "HLH", "CIV": "CVL"}


def gold_records(data: Path) -> list[dict[str, Any]]:
    records = json.loads(data.read_text(encoding="utf-8"))
    return [r for r in records if isinstance(r, dict) and r.get("text")]


def gold_actors(record: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for role in ("source", "target"):
        value = record.get(role) or []
        for actor in value if isinstance(value, list) else [value]:
            if isinstance(actor, dict) and actor.get("actorText") and actor.get("code"):
                found.append(actor)
    return found


def predicted(analysis: Analysis, start: int, end: int) -> Actor | None:
    best: tuple[bool, float, int, int] | None = None
    actor = None
    for entity in analysis.entities:
        if entity.actor is None:
            continue
        for s, e in [*entity.mentions, *entity.coref]:
            overlap = min(end, e) - max(start, s)
            if overlap > 0:
                # The most specific actor (one with a sector) covering the gold phrase,
                # then the mention that best coincides with it, then the one ending last
                # (an English noun phrase ends with its head).
                rank = (entity.actor.sector is not None,
                        overlap / (max(end, e) - min(start, s)), e, -(e - s))
                if best is None or rank > best:
                    best, actor = rank, entity.actor
    return actor


def country_of(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    if actor.country:
        return actor.country
    sectors = _org_sectors()
    # The longest organisation code the actor's code starts with ("UNOMIL" → UNO).
    base = next((code for code in sectors if actor.code.startswith(code)), "")
    return {"IGO": "IGO", "NGO": "NGO"}.get(sectors.get(base, ""), actor.sector)


@lru_cache(maxsize=1)
def _org_sectors() -> dict[str, str]:
    orgs = sorted(load_kb().orgs.values(), key=lambda o: -len(o.code))
    return {o.code: o.sector for o in orgs}


def evaluate(data: Path) -> dict[str, Any]:
    from ..pipeline import analyze

    counts: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    for record in gold_records(data):
        text = record["text"]
        analysis = analyze(text, published=record.get("date") or None)
        for gold in gold_actors(record):
            start = text.find(gold["actorText"])
            if start < 0:
                counts["unlocated"] += 1
                continue
            actor = predicted(analysis, start, start + len(gold["actorText"]))
            _score(counts, misses, gold, actor)
    return {
        "records": len(gold_records(data)), **counts,
        "country_accuracy": _ratio(counts["country_ok"], counts["country_n"]),
        "sector_accuracy": _ratio(counts["sector_ok"], counts["sector_n"]),
        "misses": misses,
    }


def _score(counts: Counter[str], misses: list[dict[str, Any]], gold: dict[str, Any],
           actor: Actor | None) -> None:
    code = GOLD_TYPOS.get(gold["code"], gold["code"])
    counts["country_n"] += 1
    got_country = country_of(actor)
    counts["country_ok"] += got_country == code
    sector = str(gold.get("sector") or "")[:3].upper()
    sector = GOLD_SECTORS.get(sector, sector)
    got_sector = actor.sector if actor else None
    if sector and sector != "***":
        counts["sector_n"] += 1
        counts["sector_ok"] += got_sector == sector
    if got_country != code or (sector and sector != "***" and got_sector != sector):
        misses.append({"text": gold["actorText"], "gold": f"{code} {sector}".strip(),
                       "got": actor.code if actor else None})


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
