"""Plain-text reading: encodings, BOMs, CRLF handling, rejections and headline titles."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from newsgraph.errors import Rejection
from newsgraph.models import Article, Rejected
from newsgraph.readers import read, read_bytes
from newsgraph.readers.base import decode
from newsgraph.readers.text import read_text, title_of
from newsgraph.settings import Options

HEADLINE = "Harbour cranes return to work after repair"
BODY = (
    "The port authority said on Thursday that the “eastern quay” had reopened, and the "
    "café by the gate — shut for a week — served its first résumé of the news at noon. "
    "Shipping agents said it would take days to clear the queue of vessels offshore."
)
ORIGINAL = f"{HEADLINE}\r\n\r\n{BODY}\r\n\r\nA second paragraph ends the story.\r\n"
EXPECTED = ORIGINAL.replace("\r\n", "\n")


def _article(item: Article | Rejected) -> Article:
    assert isinstance(item, Article), item
    return item


@pytest.mark.parametrize(
    "data",
    [
        ORIGINAL.encode("utf-8"),
        codecs.BOM_UTF8 + ORIGINAL.encode("utf-8"),
        ORIGINAL.encode("utf-16"),
        codecs.BOM_UTF16_LE + ORIGINAL.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ORIGINAL.encode("utf-16-be"),
        ORIGINAL.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-native-bom", "utf16-le-bom", "utf16-be-bom", "cp1252"],
)
def test_text_decodes_encoding_and_only_changes_crlf(data: bytes) -> None:
    article = _article(read_text(data, "story.txt"))
    assert article.text == EXPECTED


def test_text_cp1252_keeps_curly_quotes_and_accents() -> None:
    text = _article(read_text(ORIGINAL.encode("cp1252"), "s.txt")).text
    assert "“eastern quay”" in text
    assert "café" in text
    assert "\ufffd" not in text


def test_text_cp1252_e_grave_not_read_as_cp1250() -> None:
    original = "The mayor thanked the engineers for their “très bon” work on the quay."
    text = _article(read_text(original.encode("cp1252"), "s.txt")).text
    assert text == original


def test_text_bom_is_not_part_of_the_text() -> None:
    text = _article(read_text(codecs.BOM_UTF8 + b"Hello there.", "s.txt")).text
    assert text == "Hello there."


def test_text_keeps_lone_cr_tabs_and_trailing_spaces() -> None:
    original = "Line one\rstill line one\t \r\n  indented line  \n\n\n"
    assert decode(original.encode()) == original.replace("\r\n", "\n")


def test_text_undecodable_bytes_rejected_via_read_bytes() -> None:
    data = bytes(range(0x80, 0x100)) * 4
    (item,) = read_bytes(data, "noise.txt", Options())
    assert isinstance(item, Rejected)
    assert item.code == Rejection.UNDECODABLE
    assert item.source == "noise.txt"


def test_text_undecodable_bytes_rejected_by_read_text() -> None:
    item = read_text(bytes(range(0x80, 0x100)), "noise.txt")
    assert isinstance(item, Rejected)
    assert item.code == Rejection.UNDECODABLE


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(40), b"words and a NUL \x00 byte", bytes(range(1, 9)) * 20],
    ids=["png", "nul", "control-noise"],
)
def test_text_binary_bytes_rejected_as_binary(data: bytes) -> None:
    (item,) = read_bytes(data, "blob.txt", Options())
    assert isinstance(item, Rejected)
    assert item.code == Rejection.BINARY


def test_text_read_file_gives_article_with_title(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(ORIGINAL.encode("cp1252"))
    (item,) = read([path])
    article = _article(item)
    assert article.source == str(path)
    assert article.title == HEADLINE
    assert article.text == EXPECTED


def test_text_gzipped_file_is_read_through(tmp_path: Path) -> None:
    path = tmp_path / "story.bin"
    path.write_bytes(gzip.compress(ORIGINAL.encode("utf-8")))
    (item,) = read([path])
    assert _article(item).text == EXPECTED


def test_text_broken_gzip_rejected_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "story.gz"
    path.write_bytes(gzip.compress(ORIGINAL.encode("utf-8"))[:30])
    (item,) = read([path])
    assert isinstance(item, Rejected)
    assert item.code == Rejection.UNDECODABLE


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"{HEADLINE}\n\n{BODY}", HEADLINE),
        (f"\n\n  {HEADLINE}  \n{BODY}", HEADLINE),
        ("2024 budget passes in late vote\n\nBody.", "2024 budget passes in late vote"),
        (f"{BODY}\n\nMore text.", None),
        ("The council met. It voted\n\nBody.", None),
        ("Is the port open again?\n\nBody.", None),
        ("lower-case start is no headline\n\nBody.", None),
        (HEADLINE, None),
        ("", None),
    ],
    ids=["headline", "leading-blank-lines", "digit-start", "sentence", "two-sentences",
         "question", "lower-case", "single-line", "empty"],
)
def test_text_title_of(text: str, title: str | None) -> None:
    assert title_of(text) == title


def test_text_plain_article_has_no_metadata_but_source() -> None:
    article = _article(read_text(b"Just a body line.", "x.txt", published="2024-05-01"))
    assert (article.url, article.outlet, article.author) == (None, None, None)
    assert article.published == "2024-05-01"
