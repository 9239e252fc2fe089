"""Cleaning as zones, never as cuts.

``find_zones`` reads an article's text and marks boilerplate lines, repeated paragraphs and
sentences, headings, bylines and datelines as ``[start, end)`` zones. The text itself is
never changed. The ``newsgraph_zones`` spaCy component stores the zones on the ``Doc`` and
starts a new sentence at every paragraph, so a heading is never merged into the sentence
after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Token

from .models import Span, Zone

# Plain lists, not objects: spaCy ships Doc user data between processes as msgpack.
if not Doc.has_extension("newsgraph_zones"):
    Doc.set_extension("newsgraph_zones", default=None)
if not Doc.has_extension("newsgraph_text"):
    Doc.set_extension("newsgraph_text", default=None)


def text_of(doc: Doc) -> str:
    """``doc.text``, from the string the doc was made from when ``nlp.make_doc`` kept it:
    spaCy rebuilds ``doc.text`` from the tokens on every access, a cost each stage would
    otherwise pay again."""
    text: str | None = doc._.newsgraph_text
    return text if text is not None else doc.text

#: Zone kinds whose text no extractor reports facts from.
IGNORED_KINDS = frozenset({"boilerplate"})

# Headings: short, one line, no sentence-final punctuation.
HEADING_MAX_CHARS = 110
HEADING_MAX_WORDS = 18
# Paragraphs and sentences shorter than this are too generic to call repeats ("He said.").
REPEAT_MIN_CHARS = 40

_FINAL_PUNCT = tuple(".,;:!?…\"”’'»)]")
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})"   # BEIJING / NEW YORK / ST. LOUIS
    r"(?:\s*,\s*[A-Z][A-Za-z.]+(?:(?:\s+(?:of|and|the))*\s+[A-Z][A-Za-z.]+){0,3}"
    r"(?:\s+\d{1,2})?){0,2}"  # , Peru, June 18 / , Democratic Republic of Congo
    r"(?:\s*\([A-Za-z][A-Za-z.&'’ ]{0,40}\))?"             # (Reuters)
    r"\s*(?:--|-|–|—|:)(?=\s)"
    # a place in title case is a dateline only with its agency: "Paris, May 16 (AFP) -"
    r"|[A-Z][a-z.'’\-]+(?:\s+[A-Z][a-z.'’\-]+){0,2}"
    r"(?:\s*,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?(?:\s+\d{1,2})?){0,2}"
    r"\s*\([A-Z][A-Za-z.&'’ ]{0,40}\)\s*(?:--|-|–|—)(?=\s)"
)
_BYLINE = re.compile(
    r"(?i:by)\s+[A-Z][\w.'’\-]+(?:[\s,]+(?:and\s+|&\s+)?[A-Z][\w.'’\-]+){0,6}"
    r"(?:\s*[,|/–—\-]\s*[\w .'’&]{1,50})?"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def boilerplate_pattern() -> re.Pattern[str]:
    """All boilerplate line patterns from ``data/boilerplate.yaml`` as one compiled regex."""
    raw = resources.files("newsgraph").joinpath("data/boilerplate.yaml").read_text("utf-8")
    groups: dict[str, list[str]] = yaml.safe_load(raw)
    alternatives = [pattern for patterns in groups.values() for pattern in patterns]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in alternatives) + r")\Z", re.I)


def find_zones(text: str, paras: list[Span] | None = None) -> list[Zone]:
    """Mark the zones of ``text``; pure, never raises, never changes the text.

    ``paras`` are the paragraph spans if the caller already has them.
    """
    zones: list[Zone] = []
    seen_paragraphs: set[str] = set()
    seen_sentences: set[str] = set()
    boilerplate = boilerplate_pattern()
    for start, end in paragraphs(text) if paras is None else paras:
        para = text[start:end]
        if boilerplate.match(para):
            zones.append(Zone("boilerplate", (start, end)))
            continue
        if len(para) <= 120 and _BYLINE.fullmatch(para):
            zones.append(Zone("byline", (start, end)))
            continue
        key = _SPACES.sub(" ", para)
        if len(key) >= REPEAT_MIN_CHARS and key in seen_paragraphs:
            zones.append(Zone("repeat", (start, end)))
            continue
        seen_paragraphs.add(key)
        if is_heading(para):
            zones.append(Zone("heading", (start, end)))
            continue
        dateline = _DATELINE.match(para)
        # "SOCCER - JAPAN WIN" is a headline: a dateline opens a sentence-case paragraph.
        if dateline and any(ch.islower() for ch in para[dateline.end():dateline.end() + 80]):
            zones.append(Zone("dateline", (start, start + dateline.end())))
        zones.extend(_repeated_sentences(text, start, end, seen_sentences))
    return zones


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans, whitespace-trimmed.

    Most sources put one paragraph per line. Hard-wrapped text (lines broken mid-sentence,
    as in e-mail or old wire copy) uses blank lines between paragraphs instead.
    """
    lines = list(_line_spans(text))
    if _hard_wrapped(text, lines):
        return list(_block_spans(text))
    return lines


def in_ignored_zone(zones: list[Zone], span: Span) -> bool:
    """True if ``span`` overlaps a zone no extractor should report facts from."""
    start, end = span
    return any(
        zone.kind in IGNORED_KINDS and zone.span[0] < end and start < zone.span[1]
        for zone in zones
    )


def is_heading(para: str) -> bool:
    """Short, one line, no sentence inside and no final punctuation."""
    return (
        "\n" not in para
        and len(para) <= HEADING_MAX_CHARS
        and not para.endswith(_FINAL_PUNCT)
        and ". " not in para
        and len(para.split()) <= HEADING_MAX_WORDS
        and (para[0].isupper() or para[0].isdigit())
    )


def _repeated_sentences(text: str, start: int, end: int, seen: set[str]) -> Iterator[Zone]:
    cursor = start
    for boundary in [*(m.end() for m in _SENTENCE_END.finditer(text, start, end)), end]:
        sentence = text[cursor:boundary].strip()
        if len(sentence) >= REPEAT_MIN_CHARS:
            key = _SPACES.sub(" ", sentence)
            if key in seen:
                s = text.index(sentence, cursor)
                yield Zone("repeat", (s, s + len(sentence)))
            seen.add(key)
        cursor = boundary


def _line_spans(text: str) -> Iterator[Span]:
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            yield start, start + len(stripped)
        offset += len(line) + 1


def _block_spans(text: str) -> Iterator[Span]:
    for match in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text):
        block = match.group().rstrip()
        yield match.start(), match.start() + len(block)


def _hard_wrapped(text: str, lines: list[Span]) -> bool:
    """Lines broken mid-sentence: most lines run into a next line without ending one."""
    if len(lines) < 4:
        return False
    runs_on = 0
    for (s1, e1), (s2, _) in pairwise(lines):
        if text.count("\n", e1, s2) == 1 and not text[s1:e1].endswith(_FINAL_PUNCT):
            runs_on += 1
    return runs_on / (len(lines) - 1) > 0.4


def in_dateline(token: Token) -> bool:
    """Whether ``token`` lies in a dateline ("GENEVA, May 16 (Reuters) -"), which names
    where a story was filed, never who speaks in it."""
    return any(kind == "dateline" and start <= token.idx < end
               for kind, start, end in token.doc._.newsgraph_zones or [])


def zones_of(doc: Doc) -> list[Zone]:
    """The zones ``newsgraph_zones`` stored on ``doc`` (none if it did not run)."""
    stored = doc._.newsgraph_zones or []
    return [Zone(kind, (start, end)) for kind, start, end in stored]


def set_annotations(doc: Doc, zones: list[Zone], paras: list[Span]) -> None:
    """Store the zones and start a sentence at every paragraph (before the parser runs)."""
    doc._.newsgraph_zones = [[z.kind, z.span[0], z.span[1]] for z in zones]
    for start, _ in paras:
        token = doc.char_span(start, start + 1, alignment_mode="expand")
        if token is not None and token.start > 0 and token[0].idx == start:
            token[0].is_sent_start = True


@Language.factory(
    "newsgraph_zones",
    assigns=["doc._.newsgraph_zones", "token.is_sent_start"],
)
def make_zones(nlp: Language, name: str) -> ZonesComponent:
    return ZonesComponent()


class ZonesComponent:
    """Marks zones; place it before the parser so paragraph starts bind sentences."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        paras = paragraphs(text)
        set_annotations(doc, find_zones(text, paras), paras)
        return doc
