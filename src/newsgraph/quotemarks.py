"""Quote marks: where direct quotes start and end in a text, before any parse; and the
labels that open a transcript's paragraphs ("PENCE: We are …").

Quotes are found from their marks ("…", “…”, «…», ''…'', and ‘…’ and '…' at word edges) one
paragraph at a time, so an unbalanced mark never runs past its paragraph; a quote left open at a
paragraph's end continues when the next paragraph opens with a mark; and a quote
interrupted by its attribution is joined into one.
"""

from __future__ import annotations

import re

#: Fewer words than this between marks, with no cue, is a scare quote or a title.
MIN_FREE_WORDS = 5
#: An attribution between two parts of one quote: "said Ana Lopez, a lawyer for the families."
MAX_GAP_WORDS = 40
#: Opening mark → closing mark. Two-character marks come first: archives such as the New
#: York Times' write ''…'' (and typeset text ``…''), which must not read as apostrophes.
#: A straight single mark ('…', as UK and South Asian outlets print quotes) is also the
#: apostrophe: it opens only at a word's start and closes only at a word's end (``_straight``).
MARKS = {"''": "''", "``": "''", "“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}
CLOSERS = frozenset({"”", "»", '"', "’", "''", "'"})
CLOSING_CHARS = "".join(sorted(set("".join(CLOSERS))))
#: Closing marks web text mixes up, taken when attached to the word before: “…," and “…,“
#: (a curly opening closed by a straight or a second opening mark), "…” likewise.
SLOPPY = {"“": ('"', "“"), '"': ("”",)}
WORD = re.compile(r"\w+")
#: Any character a mark may begin with: the scan jumps from one to the next.
_MARK_START = re.compile("[" + re.escape("".join(sorted({m[0] for m in MARKS}))) + "]")


def direct_spans(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of quoted text, marks included; multi-paragraph quotes come out whole."""
    found: list[tuple[int, int]] = []
    carried: int | None = None  # start of a quote still open at the last paragraph's end
    last_end = 0
    for p_start, p_end in paras:
        if carried is not None and _mark_at(text, p_start) is None:
            carried = None  # the open quote was a stray mark after all
        elif carried is not None and _attributed(text, p_start, p_end):
            found.append((carried, last_end))  # the next paragraph is a quote of its own
            carried = None
        last_end = p_end
        i = p_start
        while (found_mark := _MARK_START.search(text, i, p_end)) is not None:
            i = found_mark.start()
            mark = _mark_at(text, i)
            if mark is not None and _opens(text, i, p_start):
                close = _closing(text, i, mark, p_end)
                if (mark == "'" and (close is None or not _straight(text, i, close))) or (
                        _reopened(text, i, mark, close or p_end)):
                    i += 1  # an apostrophe ("rock 'n' roll", "the '90s"), or a stray mark
                    continue
                start = carried if carried is not None and i == p_start else i
                carried = None
                if close is None:
                    carried = start if _ends_open(text, i, p_end) and _opens_sentence(
                        text, p_start, start) else None
                    break
                found.append((start, close))
                i = close
                continue
            i += 1
    return found


def _mark_at(text: str, i: int) -> str | None:
    """The opening mark at ``i``, if any."""
    if text[i:i + 2] in MARKS:
        return text[i:i + 2]
    return text[i] if text[i] in MARKS else None


def _opens(text: str, i: int, p_start: int) -> bool:
    before = text[i - 1] if i > p_start else " "
    # after "=" a mark opens a markup attribute's value (tweet-date="…"), not a quote
    return not before.isalnum() and before != "=" and (
        text[i] not in "‘'" or before in " ([—–-\n\"“")


def _straight(text: str, i: int, end: int) -> bool:
    """Whether straight single marks at ``i`` and ``end - 1`` quote words rather than
    elide letters: the opening mark starts a word that is no number ("the '90s"), the
    closing one ends a word, and a word of two letters or more lies between ("'n'")."""
    inner = text[i + 1:end - 1]
    first = WORD.match(inner)
    return (first is not None and inner[:1].isalpha() and not inner[-1:].isspace()
            and first.group().lower() not in _ELISIONS
            and any(len(w) > 1 for w in WORD.findall(inner)))


#: Words English writes with a leading apostrophe for letters left out: "'cause", "rock
#: 'n' roll", "'til" — a mark before them opens no quote.
_ELISIONS = frozenset({"cause", "n", "til", "em", "tis", "twas", "bout", "round", "s",
                       "nother", "kay", "fraid"})


def _elided(text: str, j: int) -> bool:
    """Whether a straight mark at ``j`` closes an elided word ('n') rather than a quote."""
    k = j
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    return k > 0 and text[k - 1] == "'" and (k < 2 or not text[k - 2].isalnum()) and (
        text[k:j].lower() in _ELISIONS)


def _closing(text: str, i: int, mark: str, p_end: int) -> int | None:
    """The end of the closing mark that matches ``mark`` at ``i``."""
    closer = MARKS[mark]
    found = [_closer_end(text, i + len(mark), closer, p_end, attached=False),
             *(_closer_end(text, i + len(mark), c, p_end, attached=True)
               for c in SLOPPY.get(mark, ()))]
    return min((end for end in found if end is not None), default=None)


def _closer_end(text: str, j: int, closer: str, p_end: int, attached: bool) -> int | None:
    """The end of the first ``closer`` from ``j`` that can close a quote; a sloppy
    (``attached``) one cannot close a quote of its own inside: “Voters said "no" twice”."""
    start = j
    j = text.find(closer, j, p_end)
    while j != -1:
        end = j + len(closer)
        if closer == "''" and text[end:end + 1] == "'":
            end += 1  # ''… 'inner words''' : the inner quote closes first
        # "don’t" and "the U.S.’s" close nothing, but a mark after a comma does:
        # 'audiences,"Katie said'
        if (end >= p_end or not text[end].isalnum() or text[j - 1] == ",") and not (
                attached and _inside(text, start, j, closer)) and not (
                closer == "'" and (_possessive(text, j, p_end) or _elided(text, j))):
            return end
        j = text.find(closer, j + 1, p_end)
    return None


def _attributed(text: str, p_start: int, p_end: int) -> bool:
    """Whether the paragraph opens with a quote of its own, attributed in it to someone
    named: “…,” the minister said. — not the next part of a quote left open above it,
    which "she said" (or "said he") only goes on attributing."""
    mark = _mark_at(text, p_start)
    close = _closing(text, p_start, mark, p_end) if mark else None
    if close is None or text[p_start:close].rstrip(CLOSING_CHARS)[-1:] not in (",", "?", "!"):
        return False
    after = WORD.findall(text[close:p_end].lower())[:2]
    return len(after) == 2 and not _PRONOUNS.intersection(after)


_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "it"})


def _reopened(text: str, i: int, mark: str, end: int) -> bool:
    """Whether the same mark opens a quote again before the one at ``i`` closes: the first
    was never closed (called it a "disaster. … "We will vote," Reyes said), and pairing it
    with the next quote's closing mark would swallow the words between."""
    if mark in ("'", "‘"):
        return False  # (a single mark inside a quote is an apostrophe or an inner quote)
    k = text.find(mark, i + len(mark), end - 1)
    while k != -1:
        if text[k - 1].isspace() and text[k + len(mark):k + len(mark) + 1].isalnum():
            return True
        k = text.find(mark, k + 1, end - 1)
    return False


def _possessive(text: str, j: int, p_end: int) -> bool:
    """Whether a straight mark at ``j`` is a plural's apostrophe ("the workers' union")
    rather than a closing mark: after an s, before a word, with a later mark to close."""
    after = text[j + 2:j + 4].lstrip("'")
    return text[j - 1] == "s" and text[j + 1:j + 2] == " " and after[:1].isalnum() \
        and text.find("'", j + 1, p_end) != -1


def _inside(text: str, start: int, j: int, closer: str) -> bool:
    """Whether a sloppy closing mark at ``j`` closes a quote of its own opened after
    ``start`` instead: “Voters said "no" twice”, "Voters said “no” twice"."""
    if text[j - 1].isspace() or text.count(closer, start, j) % 2:
        return True
    return text.count("“", start, j) > text.count("”", start, j)


def _ends_open(text: str, i: int, p_end: int) -> bool:
    return len(WORD.findall(text[i:p_end])) >= MIN_FREE_WORDS


def _opens_sentence(text: str, p_start: int, i: int) -> bool:
    """Whether the mark at ``i`` opens a sentence (or follows a colon): only such a quote
    goes on into the next paragraph; one opened mid-sentence (said the plan was “a …) that
    never closes is a stray mark."""
    before = text[p_start:i].rstrip()
    return not before or before[-1] in ".!?:…"


def ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the quoted words ``text[start:end]`` end their sentence: “We won.”"""
    return text[start:end].rstrip(CLOSING_CHARS).endswith((".", "!", "?"))


def _new_report(text: str, prev: tuple[int, int], between: str, words: list[str]) -> bool:
    """Whether the words between two quotes introduce the second as a report of its own:
    "…terrorism.'' The company said its moves had worked, ''including …''". A quote
    interrupted mid-sentence ("“Only you,” she said, “would …”") ends in a comma instead."""
    return (ends_sentence(text, *prev) and len(words) > 4
            and between.rstrip().endswith(","))


def join_split(text: str, spans: list[tuple[int, int]], verbs: dict[str, str],
               direct: dict[str, str]) -> list[tuple[int, int, int, int]]:
    """A quote interrupted by its attribution is one quote: “Only you,” she said, “would …”,
    “It is nonsense,” said Ana Lopez, a lawyer for the families. “They know it.”, and two
    quotes with nothing between them — unless the second part has a cue of its own (then
    someone else may be speaking)."""
    joined: list[tuple[int, int, int, int]] = []  # start, end, and the words between parts
    for start, end in spans:
        if joined:
            prev_start, prev_end, gap_start, gap_end = joined[-1]
            if gap_start < gap_end:  # already joined once: keep three-part quotes apart
                joined.append((start, end, end, end))
                continue
            between = text[prev_end:start]
            words = WORD.findall(between.lower())
            after = WORD.findall(text[end:end + 40].split("\n")[0].lower())[:4]
            # a verb that cues only direct quotes ("he continued,") in a short gap only
            cued = any(w in verbs for w in words) or (
                len(words) <= 4 and any(w in direct for w in words))
            attribution = (0 < len(words) <= MAX_GAP_WORDS and cued
                           and between.rstrip().endswith((",", "."))
                           and not _new_report(text, (prev_start, prev_end), between, words))
            if "\n" not in between and (attribution or not words) and not any(
                    w in verbs for w in after):
                joined[-1] = (prev_start, end, prev_end, start)
                continue
        joined.append((start, end, end, end))
    return joined


#: A label that opens a paragraph: "PENCE: …", "Q: …", "Poll: …".
SPEAKER_LABEL = re.compile(r"([A-Z][A-Za-z.'’\- ]{0,40}):\s+(?=\S)")


def speaker_labels(text: str, paras: list[tuple[int, int]]
                   ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(label, words) spans of the paragraphs a label opens, when the words are a sentence
    or more, or a quote, and not a list of names ("Iowa: Tim Albrecht, Brad Lee, …")."""
    found = []
    for start, end in paras:
        label = SPEAKER_LABEL.match(text, start, end)
        if label is None:
            continue
        content = trim(text, label.end(), end)
        words = WORD.findall(text[content[0]:content[1]])
        commas = text.count(",", *content)
        # a headline's quote after its speaker's name may be short: Mayor: ‘We won’
        quoted = len(words) >= 2 and direct_spans(text, [content]) == [content]
        if (len(words) >= MIN_FREE_WORDS or quoted) and not (
                commas >= 4 and len(words) < 4 * commas):
            found.append(((start, label.end(1)), content))
    return found


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without the spaces and punctuation at either edge."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
        end -= 1
    return start, end


#: Words after which a short quoted name in title case is a title, not speech: a show, a
#: book or a slogan named ("on ABC's “Good Morning”", "the author of “Long Roads”", "the
#: radio show “City Hour”").
_TITLE_AFTER = frozenset({"of", "on", "in", "with", "the", "his", "her", "their", "its",
                          "show", "program", "programme", "podcast", "book", "film", "movie",
                          "song", "series", "column", "novel", "documentary", "titled",
                          "entitled"})
_TITLE_WORD = re.compile(r"[^\W\d_][\w’']*")


def is_title(text: str, start: int, end: int) -> bool:
    """Whether the quoted words at ``[start, end)`` name a work: at most four words, each
    longer than three letters capitalised, right after a preposition, a determiner or a
    possessive."""
    words = _TITLE_WORD.findall(text[start:end])
    if not words or len(words) > 4 or not all(w[0].isupper() for w in words if len(w) > 3):
        return False
    before = text[max(0, start - 30):start].split()
    last = before[-1] if before else ""
    return last.lower() in _TITLE_AFTER or last.endswith(("’s", "'s"))
