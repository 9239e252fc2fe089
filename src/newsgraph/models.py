"""Typed records passed between stages: ``Article`` in, ``Analysis`` out, ``Rejected`` aside.

Every span is a half-open ``(start, end)`` pair of Python ``str`` indices into
``Article.text``; ``text[start:end]`` is exactly the text the fact reports.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from .errors import Rejection

SCHEMA = "newsgraph.analysis/1"

Span = tuple[int, int]
ZoneKind = Literal["boilerplate", "repeat", "heading", "byline", "dateline"]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``newsgraph.analysis/1`` shipped inside the package."""
    from importlib import resources

    raw = resources.files("newsgraph").joinpath("schema/analysis-1.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(raw)
    return schema


def content_id(text: str) -> str:
    """The article id: a content hash, so the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from a source; ``text`` never changes once offsets exist."""

    text: str
    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None

    @property
    def id(self) -> str:
        return content_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "language": self.language,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Rejected:
    """An item that was not analysed, with a stable code and a reason a person understands."""

    source: str
    stage: str
    code: Rejection
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "stage": self.stage,
            "code": self.code.value,
            "label": self.code.label,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Zone:
    kind: ZoneKind
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "span": list(self.span)}


@dataclass(frozen=True, slots=True)
class Actor:
    code: str
    country: str | None
    sector: str | None
    kb_id: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "country": self.country, "sector": self.sector,
                "kb_id": self.kb_id}


@dataclass(slots=True)
class Entity:
    """One referent within an article. ``mentions`` are where it is named; ``coref`` where
    a title ("the Russian President") or a pronoun refers to it. The contract's
    ``mentions`` lists both, in text order; ``coref`` repeats the second kind."""

    id: str
    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    actor: Actor | None = None
    coref: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "actor": self.actor.to_dict() if self.actor else None,
            "mentions": [list(m) for m in sorted([*self.mentions, *self.coref])],
            "coref": [list(m) for m in sorted(self.coref)],
        }


@dataclass(slots=True)
class Analysis:
    """Everything newsgraph found in one article: the ``newsgraph.analysis/1`` record.

    ``quotes``, ``events``, ``times`` and ``places`` hold contract-shaped dicts; each
    extractor that fills them documents its fields in ``schema/analysis-1.json``.
    """

    article: Article
    zones: list[Zone] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "zones": [z.to_dict() for z in self.zones],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": list(self.quotes),
            "events": list(self.events),
            "times": list(self.times),
            "places": list(self.places),
        }
