"""newsgraph: news articles → a verifiable knowledge base with character offsets for every fact."""

from __future__ import annotations

__version__ = "0.1.0"
