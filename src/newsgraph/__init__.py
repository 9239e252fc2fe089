"""newsgraph: news articles → a verifiable knowledge base with character offsets for every fact.

>>> import newsgraph
>>> analysis = newsgraph.analyze("Putin arrived in Beijing on Tuesday for talks with Xi Jinping.")
>>> with newsgraph.open("newsgraph.db") as kb:
...     summary = newsgraph.ingest(["sample/"], kb)
"""

from __future__ import annotations

__version__ = "0.1.0"

from pathlib import Path

from .errors import NewsgraphError, Rejection
from .ingest import IngestSummary, ingest
from .models import SCHEMA, Analysis, Article, Entity, Rejected, Zone, json_schema
from .pipeline import analyze, analyze_items, analyze_paths
from .readers import read
from .settings import Options
from .store import Store

__all__ = [
    "SCHEMA",
    "Analysis",
    "Article",
    "Entity",
    "IngestSummary",
    "NewsgraphError",
    "Options",
    "Rejected",
    "Rejection",
    "Store",
    "Zone",
    "__version__",
    "analyze",
    "analyze_items",
    "analyze_paths",
    "ingest",
    "json_schema",
    "open",
    "read",
]


def open(path: str | Path) -> Store:
    """Open (creating if needed) the knowledge base at ``path``."""
    return Store(path)
