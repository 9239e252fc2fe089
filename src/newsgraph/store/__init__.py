"""Storage: the SQLite knowledge base behind numbered migrations."""

from .db import Store

__all__ = ["Store"]
