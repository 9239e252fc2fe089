"""sniff() tells a file's kind from its first bytes; looks_binary() spots non-text."""

from __future__ import annotations

import gzip

import pytest

from newsgraph.readers.sniff import looks_binary, sniff

PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (gzip.compress(b"plain words inside a gzip member"), "gzip"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n", "warc"),
        (b"filedesc://crawl.arc 0.0.0.0 20240101000000 text/plain 70\n", "arc"),
        (b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>', "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>', "feed"),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "feed"),
        (b"<!DOCTYPE html>\n<html><head><title>T</title></head>", "html"),
        (b"<html lang='en'><body><p>Hello</p></body></html>", "html"),
        (b"<p>A bare paragraph fragment.</p>", "html"),
        (b"\xef\xbb\xbf  \n<div class='story'>Text</div>", "html"),
        (b'{"text": "first"}\n{"text": "second"}\n', "jsonl"),
        (b"https://a.example/one\nhttp://b.example/two\n", "urls"),
        (b"# morning list\n\nhttps://a.example/one\r\n", "urls"),
        (b"Plain words in an ordinary sentence.\n", "text"),
        (b"", "text"),
        (b"{ not json, just a brace at the start", "text"),
        (b"# only a comment line\n", "text"),
        (b"https://a.example/one\nand then some prose\n", "text"),
        ("Hello in UTF-16".encode("utf-16"), "text"),
        (PNG_HEAD, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary"),
        (b"PK\x03\x04\x14\x00\x00\x00", "binary"),
        (b"text with a NUL\x00 inside", "binary"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_sniff_classifies_kind(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_sniff_html_page_mentioning_rss_tag_stays_html() -> None:
    head = b"<!DOCTYPE html><html><body><p>Subscribe: <rss version='2.0'></p></body></html>"
    assert sniff(head) == "html"


def test_sniff_xml_prolog_before_html_tag_without_feed_is_html() -> None:
    assert sniff(b'<?xml version="1.0"?>\n<html><body><p>x</p></body></html>') == "html"


def test_sniff_gzip_wins_over_content_inside() -> None:
    assert sniff(gzip.compress(b"WARC/1.0\r\n")) == "gzip"


def test_sniff_only_first_fifty_lines_decide_url_list() -> None:
    head = b"".join(b"https://a.example/%d\n" % i for i in range(50)) + b"prose line\n"
    assert sniff(head) == "urls"


@pytest.mark.parametrize(
    "head",
    [
        PNG_HEAD,
        b"GIF89a\x01\x00\x01\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"\x7fELF\x02\x01\x01",
        b"SQLite format 3\x00",
        b"ascii then \x00 a NUL",
        b"\x01\x02\x03\x04\x05\x06" + b"a" * 50,
    ],
    ids=["png", "gif", "jpeg", "elf", "sqlite", "nul", "control-noise"],
)
def test_looks_binary_true_for_non_text(head: bytes) -> None:
    assert looks_binary(head) is True


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"Plain ASCII prose.\n",
        b"Tabs\tand\r\nnewlines\fand a form feed are fine.",
        "Caf\u00e9 \u201cquotes\u201d in UTF-8".encode(),
        "UTF-16 with a BOM has NULs".encode("utf-16"),
        b"\xfe\xff" + "big-endian too".encode("utf-16-be"),
        b"\x1b" + b"a" * 40,
    ],
    ids=["empty", "ascii", "whitespace-controls", "utf8", "utf16-le-bom", "utf16-be-bom",
         "one-escape-in-forty"],
)
def test_looks_binary_false_for_text(head: bytes) -> None:
    assert looks_binary(head) is False
