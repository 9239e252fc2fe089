"""HTML pages → Article with main text and metadata; fragments → one line per block."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import Rejection
from newsgraph.models import Article, Rejected
from newsgraph.readers import read
from newsgraph.readers.html import html_fragment_text, read_html

TITLE = "Harbour cranes return to work after week-long repair"
PARAGRAPH = (
    "Engineers finished replacing the worn cables on the three largest cranes at the eastern "
    "quay on Thursday, letting container ships that had waited offshore begin unloading again."
)
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE}</title>
<meta property="og:site_name" content="The Quayside Gazette">
<meta name="author" content="Wendell Ashcroft">
<meta property="article:published_time" content="2024-03-07T09:15:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/ports">Ports</a> <a href="/weather">Weather</a></nav>
<article>
<h1>{TITLE}</h1>
<p>{PARAGRAPH}</p>
<p>The port authority said the repair had cost less than expected and that no further
closures were planned this year, although the smaller cranes are due an inspection.</p>
<p>Shipping agents welcomed the news but said it would take at least a week to clear the
queue of vessels anchored outside the breakwater.</p>
</article>
<footer>Copyright 2024 The Quayside Gazette. Sign up for our newsletter.</footer>
</body></html>""".encode()


def _article(item: Article | Rejected) -> Article:
    assert isinstance(item, Article), item
    return item


def test_html_page_text_holds_the_paragraph() -> None:
    assert PARAGRAPH in _article(read_html(PAGE, "page.html")).text


def test_html_page_text_drops_navigation_and_footer() -> None:
    text = _article(read_html(PAGE, "page.html")).text
    assert "Weather" not in text
    assert "newsletter" not in text


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", TITLE),
        ("outlet", "The Quayside Gazette"),
        ("author", "Wendell Ashcroft"),
        ("published", "2024-03-07"),
        ("source", "page.html"),
    ],
)
def test_html_page_metadata(field: str, value: str) -> None:
    assert getattr(_article(read_html(PAGE, "page.html")), field) == value


def test_html_page_accepts_str_input() -> None:
    assert PARAGRAPH in _article(read_html(PAGE.decode(), "page.html")).text


def test_html_callers_published_wins_over_page_date() -> None:
    article = _article(read_html(PAGE, "page.html", published="2024-03-09"))
    assert article.published == "2024-03-09"


def test_html_callers_title_outlet_url_win_over_page() -> None:
    article = _article(read_html(PAGE, "p", url="https://q.example/a", title="Given title",
                                 outlet="Given outlet"))
    assert (article.url, article.title, article.outlet) == (
        "https://q.example/a", "Given title", "Given outlet")


def test_html_text_uses_lf_only() -> None:
    page = PAGE.replace(b"\n", b"\r\n")
    assert "\r" not in _article(read_html(page, "page.html")).text


@pytest.mark.parametrize(
    "page",
    [
        b"",
        b"<html><head><title>Only a title</title></head><body></body></html>",
        b"<html><body>  \n  </body></html>",
        b"<html><body><script>var x = 1;</script><style>p {}</style></body></html>",
    ],
    ids=["empty", "title-only", "whitespace-body", "script-only"],
)
def test_html_page_without_text_rejected_no_main_text(page: bytes) -> None:
    item = read_html(page, "empty.html")
    assert isinstance(item, Rejected)
    assert item.code == Rejection.NO_MAIN_TEXT
    assert item.source == "empty.html"


def test_html_page_with_head_but_no_body_is_rejected_not_raised() -> None:
    item = read_html(b"<html><head><title>Breaking</title></head></html>", "cut.html")
    assert isinstance(item, Rejected)
    assert item.code == Rejection.NO_MAIN_TEXT


def test_html_short_page_falls_back_to_fragment_text() -> None:
    page = b"<html><head><title>T</title></head><body><p>Short para here.</p></body></html>"
    article = _article(read_html(page, "short.html", published="2024-01-02"))
    assert article.text == "Short para here."
    assert article.published == "2024-01-02"


def test_html_file_read_through_read(tmp_path: Path) -> None:
    path = tmp_path / "page.bin"
    path.write_bytes(PAGE)
    (item,) = read([path])
    article = _article(item)
    assert article.source == str(path)
    assert article.title == TITLE


def test_html_fragment_text_one_paragraph_per_block() -> None:
    fragment = "<p>First <b>bold</b> one.</p>\n<p>Second\n   one.</p><h2>Sub head</h2><li>Item</li>"
    assert html_fragment_text(fragment) == "First bold one.\n\nSecond one.\n\nSub head\n\nItem"


def test_html_fragment_text_nested_blocks_not_repeated() -> None:
    assert html_fragment_text("<div><p>Inner</p></div><div>Outer only</div>") == (
        "Inner\n\nOuter only")


def test_html_fragment_text_drops_scripts_and_styles() -> None:
    fragment = "<p>Kept.</p><script>alert(1)</script><style>p{}</style><noscript>x</noscript>"
    assert html_fragment_text(fragment) == "Kept."


def test_html_fragment_text_plain_string_passes_through_stripped() -> None:
    assert html_fragment_text(b"  Just text,\r\nno tags.  ") == "Just text,\nno tags."


def test_html_fragment_text_inline_only_markup() -> None:
    assert html_fragment_text("Some <em>inline</em> text") == "Some inline text"
