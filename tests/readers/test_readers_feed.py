"""RSS and Atom feeds: one item per entry, linked local pages read from disk, bad feeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.errors import Rejection
from newsgraph.models import Article, Rejected
from newsgraph.readers import iter_files, read
from newsgraph.readers.feed import read_feed

PAGE_PARAGRAPH = (
    "Engineers finished replacing the worn cables on the three largest cranes at the eastern "
    "quay on Thursday, letting container ships that had waited offshore begin unloading again."
)
PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour cranes return to work</title>
<meta name="author" content="Wendell Ashcroft">
</head><body><article><h1>Harbour cranes return to work</h1>
<p>{PAGE_PARAGRAPH}</p>
<p>The port authority said the repair had cost less than expected and that no further
closures were planned this year, although the smaller cranes are due an inspection.</p>
<p>Shipping agents said it would take at least a week to clear the queue of vessels.</p>
</article></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Quayside Gazette</title><link>https://q.example/</link><description>d</description>
<item><title>Cranes back</title><link>pages/cranes.html</link><guid isPermaLink="false">q-1</guid>
<pubDate>Thu, 07 Mar 2024 09:15:00 +0100</pubDate><description>Teaser only.</description></item>
<item><title>Ferry timetable</title><link>https://q.example/ferry</link>
<guid isPermaLink="false">q-2</guid><pubDate>Fri, 08 Mar 2024 10:00:00 GMT</pubDate>
<description>Short teaser.</description><content:encoded><![CDATA[<p>Ferries run hourly.</p>
<p>Night boats return in May.</p>]]></content:encoded></item>
<item><title>Dredging</title><link>https://q.example/dredge</link>
<guid isPermaLink="false">q-3</guid><pubDate>Sat, 09 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Dredging of the channel starts next month.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title><id>urn:x</id>
<updated>2024-04-03T00:00:00Z</updated>
<entry><title>Atom one</title><id>urn:a1</id><link href="https://a.example/1"/>
<updated>2024-04-01T12:00:00Z</updated>
<content type="html">&lt;p&gt;Atom body one.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content></entry>
<entry><title>Atom two</title><id>urn:a2</id><link href="https://a.example/2"/>
<published>2024-04-02T08:00:00Z</published><updated>2024-04-03T08:00:00Z</updated>
<summary>Atom summary two.</summary></entry>
</feed>"""


def _articles(items: list[Article | Rejected]) -> list[Article]:
    assert all(isinstance(item, Article) for item in items), items
    return [item for item in items if isinstance(item, Article)]


@pytest.fixture()
def rss_folder(tmp_path: Path) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "cranes.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    return tmp_path


def _rss_items(folder: Path) -> list[Article]:
    return _articles(list(read([folder / "feed.xml"])))


def test_feed_rss_one_article_per_item_in_order(rss_folder: Path) -> None:
    titles = [a.title for a in _rss_items(rss_folder)]
    assert titles == ["Cranes back", "Ferry timetable", "Dredging"]


def test_feed_rss_relative_link_reads_saved_page(rss_folder: Path) -> None:
    cranes = _rss_items(rss_folder)[0]
    assert PAGE_PARAGRAPH in cranes.text
    assert "Teaser only." not in cranes.text
    assert cranes.author == "Wendell Ashcroft"


def test_feed_rss_entry_metadata_wins_over_page(rss_folder: Path) -> None:
    cranes = _rss_items(rss_folder)[0]
    assert (cranes.title, cranes.outlet, cranes.published) == (
        "Cranes back", "Quayside Gazette", "2024-03-07")


def test_feed_rss_content_encoded_beats_description(rss_folder: Path) -> None:
    ferry = _rss_items(rss_folder)[1]
    assert ferry.text == "Ferries run hourly.\n\nNight boats return in May."
    assert ferry.url == "https://q.example/ferry"


def test_feed_rss_description_only_item_uses_description(rss_folder: Path) -> None:
    assert _rss_items(rss_folder)[2].text == "Dredging of the channel starts next month."


def test_feed_rss_sources_name_feed_and_guid(rss_folder: Path) -> None:
    feed = rss_folder / "feed.xml"
    assert [a.source for a in _rss_items(rss_folder)] == [f"{feed}#q-{i}" for i in (1, 2, 3)]


def test_feed_rss_dates_normalised(rss_folder: Path) -> None:
    assert [a.published for a in _rss_items(rss_folder)] == [
        "2024-03-07", "2024-03-08", "2024-03-09"]


def test_feed_linked_page_over_max_bytes_rejected_too_large(rss_folder: Path) -> None:
    items = list(read_feed(RSS.encode(), "feed.xml", folder=rss_folder, max_bytes=100))
    assert isinstance(items[0], Rejected)
    assert items[0].code == Rejection.TOO_LARGE
    assert isinstance(items[1], Article)


def test_feed_folder_does_not_read_linked_page_twice(rss_folder: Path) -> None:
    assert list(iter_files(rss_folder)) == [rss_folder / "feed.xml"]
    assert len(list(read([rss_folder]))) == 3


@pytest.mark.parametrize(
    ("link", "name"),
    [("my%20page.html", "my page.html"), ("https://q.example/news/story.html", "story.html")],
    ids=["percent-encoded", "absolute-url-saved-copy"],
)
def test_feed_folder_skips_every_page_the_feed_reads(tmp_path: Path, link: str, name: str) -> None:
    (tmp_path / name).write_text(PAGE, encoding="utf-8")
    rss = re.sub(r"<link>pages/cranes\.html</link>", f"<link>{link}</link>", RSS)
    (tmp_path / "feed.xml").write_text(rss, encoding="utf-8")
    items = _articles(list(read([tmp_path])))
    assert sum(PAGE_PARAGRAPH in a.text for a in items) == 1


def test_feed_atom_entries(tmp_path: Path) -> None:
    (tmp_path / "atom.xml").write_text(ATOM, encoding="utf-8")
    one, two = _articles(list(read([tmp_path / "atom.xml"])))
    assert (one.text, one.published, one.outlet) == ("Atom body one.\n\nSecond.", "2024-04-01",
                                                     "Atom Outlet")
    assert (two.text, two.published, two.url) == ("Atom summary two.", "2024-04-02",
                                                  "https://a.example/2")


@pytest.mark.parametrize(
    "data",
    [
        b"<rss version='2.0'><channel><title>Cut off</ti",
        b"<feed xmlns='http://www.w3.org/2005/Atom'>\x00\x01 broken",
    ],
    ids=["unclosed-rss", "garbage-atom"],
)
def test_feed_malformed_rejected(data: bytes) -> None:
    (item,) = read_feed(data, "bad.xml", max_bytes=1000)
    assert isinstance(item, Rejected)
    assert item.code == Rejection.MALFORMED_FEED
    assert item.source == "bad.xml"


def test_feed_malformed_file_rejected_through_read(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b"<?xml version='1.0'?>\n<rss version='2.0'><channel><title>Cut</ti")
    (item,) = read([path])
    assert isinstance(item, Rejected)
    assert item.code == Rejection.MALFORMED_FEED


def test_feed_entry_without_text_rejected() -> None:
    rss = b"<rss version='2.0'><channel><title>T</title><item><title>Empty</title></item>"
    (item,) = read_feed(rss + b"</channel></rss>", "f.xml", max_bytes=1000)
    assert isinstance(item, Rejected)
    assert item.code == Rejection.MALFORMED_FEED


def test_feed_sample_folder_yields_dated_articles(sample_dir: Path) -> None:
    articles = _articles(list(read([sample_dir / "feed"])))
    assert len(articles) == 5
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.published or "") for a in articles)
    assert all(a.title and a.text.strip() for a in articles)


def test_feed_sample_folder_reads_pages_only_through_feed(sample_dir: Path) -> None:
    folder = sample_dir / "feed"
    assert list(iter_files(folder)) == [folder / "feed.xml"]
    sources = [item.source for item in read([folder])]
    assert all("#" in source and "/pages/" not in source for source in sources)


def test_feed_sample_linked_pages_give_page_text(sample_dir: Path) -> None:
    articles = _articles(list(read([sample_dir / "feed"])))
    # Only the saved pages carry author metadata; a relative link is not kept as a URL.
    from_pages = [a for a in articles if a.author]
    assert len(from_pages) == 3
    assert not any((a.url or "").startswith("pages/") for a in articles)
