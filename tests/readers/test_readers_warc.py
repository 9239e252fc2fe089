"""WARC archives: one Article per HTML response, other records skipped, damage rejected."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.errors import Rejection
from newsgraph.models import Article, Rejected
from newsgraph.readers import read, read_bytes
from newsgraph.readers.warc import read_warc
from newsgraph.settings import Options

URI_A = "https://news.example/2024/05/alpha"
URI_B = "https://news.example/2024/05/beta"


def _page(word: str) -> bytes:
    paragraphs = "".join(
        f"<p>{word} paragraph {i} carries enough ordinary words to count as article text.</p>"
        for i in range(5)
    )
    return (f"<html><head><title>{word} story</title></head><body><article><h1>{word} story"
            f"</h1>{paragraphs}</article></body></html>").encode()


def _response(writer: WARCWriter, uri: str, content_type: str, body: bytes) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                          ("Content-Length", str(len(body)))],
                               protocol="HTTP/1.1")
    # An explicit length keeps warcio from spooling the payload to an unclosed temp file.
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                       length=len(body), http_headers=headers)
    writer.write_record(record)


def build_warc(gzip: bool) -> tuple[bytes, list[int]]:
    """HTML, image, HTML responses then a request; also each record's start offset."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    offsets = [out.tell()]
    _response(writer, URI_A, "text/html; charset=utf-8", _page("Alpha"))
    offsets.append(out.tell())
    _response(writer, "https://news.example/chart.png", "image/png",
              b"\x89PNG\r\n\x1a\n" + bytes(24))
    offsets.append(out.tell())
    _response(writer, URI_B, "text/html", _page("Beta"))
    offsets.append(out.tell())
    request = StatusAndHeaders("GET /2024/05/alpha HTTP/1.1", [("Host", "news.example")],
                               is_http_request=True)
    writer.write_record(writer.create_warc_record(
        URI_A, "request", payload=io.BytesIO(b""), length=0, http_headers=request))
    return out.getvalue(), offsets


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def warc_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    data, _ = build_warc(gzip=request.param)
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    path.write_bytes(data)
    return path


def test_warc_yields_only_html_responses(warc_file: Path) -> None:
    items = list(read([warc_file]))
    assert all(isinstance(item, Article) for item in items), items
    assert len(items) == 2


def test_warc_articles_carry_url_and_source(warc_file: Path) -> None:
    items = [item for item in read([warc_file]) if isinstance(item, Article)]
    assert [a.url for a in items] == [URI_A, URI_B]
    assert [a.source for a in items] == [f"{warc_file}#{URI_A}", f"{warc_file}#{URI_B}"]


def test_warc_article_text_comes_from_the_page(warc_file: Path) -> None:
    first = next(iter(read([warc_file])))
    assert isinstance(first, Article)
    assert "Alpha paragraph 0 carries enough ordinary words" in first.text
    assert "Beta" not in first.text


def test_warc_gzip_detected_by_content_not_name(tmp_path: Path) -> None:
    path = tmp_path / "archive.bin"
    path.write_bytes(build_warc(gzip=True)[0])
    assert [getattr(item, "url", None) for item in read([path])] == [URI_A, URI_B]


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_warc_from_bytes_in_memory(gzip: bool) -> None:
    items = list(read_bytes(build_warc(gzip=gzip)[0], "mem", Options()))
    assert [item.source for item in items] == [f"mem#{URI_A}", f"mem#{URI_B}"]


def test_warc_html_record_over_max_bytes_rejected_too_large() -> None:
    data, _ = build_warc(gzip=False)
    items = list(read_warc(io.BytesIO(data), "w", max_bytes=200))
    assert [(i.source, i.code) for i in items if isinstance(i, Rejected)] == [
        (f"w#{URI_A}", Rejection.TOO_LARGE), (f"w#{URI_B}", Rejection.TOO_LARGE)]


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_warc_garbage_after_records_keeps_articles_then_rejects(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / "damaged.warc"
    path.write_bytes(build_warc(gzip=gzip)[0] + b"garbage\r\n\r\n")
    items = list(read([path]))
    assert [type(item) for item in items] == [Article, Article, Rejected]
    assert items[-1].source == str(path)
    assert isinstance(items[-1], Rejected)
    assert items[-1].code == Rejection.MALFORMED_WARC


def test_warc_garbage_between_records_keeps_earlier_article(tmp_path: Path) -> None:
    data, offsets = build_warc(gzip=True)
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(data[:offsets[2]] + b"\x00\x01 not a record\r\n" + data[offsets[2]:])
    items = list(read([path]))
    assert [getattr(item, "url", None) for item in items[:-1]] == [URI_A]
    assert isinstance(items[-1], Rejected)
    assert items[-1].code == Rejection.MALFORMED_WARC


@pytest.mark.parametrize("head", [b"filedesc://junk", b"\x1f\x8b\x08 not really gzip"],
                         ids=["arc-garbage", "gzip-garbage"])
def test_warc_garbage_archive_rejected(head: bytes) -> None:
    (item,) = read_warc(io.BytesIO(head), "bad", max_bytes=10_000)
    assert isinstance(item, Rejected)
    assert (item.source, item.code) == ("bad", Rejection.MALFORMED_WARC)


def test_warc_cut_inside_record_headers_is_rejected_not_raised(tmp_path: Path) -> None:
    data, offsets = build_warc(gzip=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:offsets[2] + 40])
    items = list(read([path]))
    assert isinstance(items[-1], Rejected)
    assert items[-1].code == Rejection.MALFORMED_WARC


def test_warc_gz_cut_mid_record_is_reported(tmp_path: Path) -> None:
    data, offsets = build_warc(gzip=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:(offsets[2] + offsets[3]) // 2])
    items = list(read([path]))
    assert [getattr(item, "url", None) for item in items[:1]] == [URI_A]
    assert any(isinstance(i, Rejected) and i.code == Rejection.MALFORMED_WARC for i in items)


def test_warc_header_line_then_noise_is_rejected() -> None:
    items = list(read_bytes(b"WARC/1.0\r\nnonsense\r\n\r\n", "noise.warc", Options()))
    assert [getattr(i, "code", None) for i in items] == [Rejection.MALFORMED_WARC]


def test_warc_sample_archive_gives_three_articles(sample_dir: Path) -> None:
    items = list(read([sample_dir / "warc" / "crawl.warc.gz"]))
    assert len(items) == 3
    assert all(isinstance(i, Article) and i.url and i.source.endswith(f"#{i.url}") for i in items)
