"""JSONL: one object per line with text or html; bad lines rejected, the rest read on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.errors import Rejection
from newsgraph.gate import check
from newsgraph.models import Article, Rejected
from newsgraph.readers import read, read_bytes
from newsgraph.readers.jsonl import read_jsonl
from newsgraph.settings import Options

ENGLISH = (
    "The regional council approved a plan on Monday to rebuild the flood walls along the lower "
    "river, after two winters in which water reached the market square. Work is due to start "
    "in the spring and should be finished before the autumn rains, officials said."
)


def _line(record: Any) -> bytes:
    return json.dumps(record).encode()


def _write(tmp_path: Path, lines: list[bytes]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _one(record: Any) -> Article | Rejected:
    (item,) = read_jsonl([_line(record)], "r.jsonl", max_bytes=1_000_000)
    return item


def test_jsonl_text_record_with_metadata() -> None:
    item = _one({"id": "w-1", "text": "Body.", "url": "https://u.example/1", "title": "T",
                 "outlet": "Wire", "published": "2024-05-01T10:00:00Z"})
    assert item == Article(text="Body.", source="w-1", url="https://u.example/1", outlet="Wire",
                           title="T", published="2024-05-01")


def test_jsonl_text_crlf_becomes_lf() -> None:
    item = _one({"text": "One\r\nTwo\rThree"})
    assert isinstance(item, Article)
    assert item.text == "One\nTwo\rThree"


def test_jsonl_without_id_source_is_path_and_line() -> None:
    item = _one({"text": "Body."})
    assert item.source == "r.jsonl:1"


def test_jsonl_numeric_id_becomes_string_source() -> None:
    assert _one({"id": 42, "text": "Body."}).source == "42"


def test_jsonl_html_record_is_extracted() -> None:
    item = _one({"id": "h", "html": "<div><p>First para.</p><script>x()</script>"
                 "<p>Second para.</p></div>", "title": "Given"})
    assert isinstance(item, Article)
    assert "First para." in item.text and "Second para." in item.text
    assert "x()" not in item.text
    assert item.title == "Given"


def test_jsonl_text_wins_over_html() -> None:
    item = _one({"text": "Plain wins.", "html": "<p>Markup loses.</p>"})
    assert isinstance(item, Article)
    assert item.text == "Plain wins."


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2024-05-01", "2024-05-01"), ("2024-13-40", None), ("yesterday", None), (20240501, None)],
)
def test_jsonl_published_normalised(published: Any, expected: str | None) -> None:
    item = _one({"text": "Body.", "published": published})
    assert isinstance(item, Article)
    assert item.published == expected


@pytest.mark.parametrize(
    "record",
    [[1, 2], "a string", None, 7, {"title": "no body"}, {"text": 5}, {"html": ["<p>x</p>"]}],
    ids=["array", "string", "null", "number", "no-text-or-html", "text-not-string",
         "html-not-string"],
)
def test_jsonl_non_article_line_rejected(record: Any) -> None:
    item = _one(record)
    assert isinstance(item, Rejected)
    assert item.code == Rejection.MALFORMED_JSONL


def test_jsonl_bad_line_rejected_with_line_number_and_rest_read(tmp_path: Path) -> None:
    path = _write(tmp_path, [_line({"text": "one"}), b'{"text": "unterminated',
                             _line({"text": "three"})])
    items = list(read([path]))
    assert [getattr(i, "text", None) for i in items] == ["one", None, "three"]
    assert isinstance(items[1], Rejected)
    assert (items[1].source, items[1].code) == (f"{path}:2", Rejection.MALFORMED_JSONL)


def test_jsonl_array_line_rejected_with_line_number(tmp_path: Path) -> None:
    path = _write(tmp_path, [_line({"text": "one"}), _line(["text", "two"])])
    last = list(read([path]))[-1]
    assert isinstance(last, Rejected)
    assert (last.source, last.code) == (f"{path}:2", Rejection.MALFORMED_JSONL)


def test_jsonl_blank_lines_skipped_but_counted(tmp_path: Path) -> None:
    path = _write(tmp_path, [_line({"text": "one"}), b"", b"   ", _line({"text": "four"})])
    assert [i.source for i in read([path])] == [f"{path}:1", f"{path}:4"]


def test_jsonl_invalid_utf8_line_rejected() -> None:
    (item,) = read_jsonl([b'{"text": "caf\xe9"}'], "r.jsonl", max_bytes=1000)
    assert isinstance(item, Rejected)
    assert item.code == Rejection.MALFORMED_JSONL


def test_jsonl_line_over_max_bytes_rejected_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path, [_line({"text": "x" * 500}), _line({"text": "short"})])
    items = list(read([path], Options(max_bytes=100)))
    assert [getattr(i, "code", None) for i in items] == [Rejection.TOO_LARGE, None]


def test_jsonl_bytes_path_matches_file_path(tmp_path: Path) -> None:
    lines = [_line({"text": "one"}), b"{bad", _line({"id": "z", "text": "three"})]
    path = _write(tmp_path, lines)
    from_file = [(i.source, type(i)) for i in read([path])]
    from_bytes = [(i.source, type(i)) for i in read_bytes(path.read_bytes(), str(path), Options())]
    assert from_file == from_bytes


def test_jsonl_gate_keeps_records_own_published() -> None:
    article = _one({"text": ENGLISH, "published": "2024-05-01"})
    assert isinstance(article, Article)
    checked = check(article, Options(published="2030-01-01"))
    assert isinstance(checked, Article)
    assert checked.published == "2024-05-01"


def test_jsonl_gate_fills_missing_published_from_options() -> None:
    article = _one({"text": ENGLISH})
    assert isinstance(article, Article)
    checked = check(article, Options(published="2030-01-01"))
    assert isinstance(checked, Article)
    assert checked.published == "2030-01-01"


def test_jsonl_sample_file_records(sample_dir: Path) -> None:
    items = list(read([sample_dir / "jsonl" / "wire.jsonl"]))
    assert len(items) == 5
    assert all(isinstance(i, Article) and i.published and i.title for i in items)
    assert all(not i.source.startswith(str(sample_dir)) for i in items)


def test_jsonl_sample_file_one_empty_record_fails_gate(sample_dir: Path) -> None:
    items = [i for i in read([sample_dir / "jsonl" / "wire.jsonl"]) if isinstance(i, Article)]
    codes = [getattr(check(i, Options(check_language=False)), "code", None) for i in items]
    assert (codes.count(None), codes.count(Rejection.EMPTY)) == (4, 1)
