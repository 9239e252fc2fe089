"""read() over folders: the whole sample corpus, hidden files, size caps, unreadable paths."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsgraph.errors import Rejection
from newsgraph.gate import check
from newsgraph.models import Article, Rejected
from newsgraph.readers import iter_files, read
from newsgraph.settings import Options

Item = Article | Rejected


def _by_source(items: list[Item]) -> dict[str, Item]:
    return {item.source: item for item in items}


@pytest.fixture(scope="module")
def sample_items(sample_dir: Path) -> list[Item]:
    return list(read([sample_dir]))


def test_folder_every_sample_file_yields_an_item(sample_dir: Path) -> None:
    for file in iter_files(sample_dir):
        assert list(read([file])), file


def test_folder_iter_files_is_sorted_and_excludes_feed_pages(sample_dir: Path) -> None:
    files = list(iter_files(sample_dir))
    assert files == sorted(files)
    assert not [f for f in files if f.parent.name == "pages"]
    assert sample_dir / "feed" / "feed.xml" in files


def test_folder_sample_items_come_in_file_order(sample_dir: Path, sample_items: list[Item]) -> None:
    files = [str(f) for f in iter_files(sample_dir)]
    order = [next(i for i, f in enumerate(files) if item.source.startswith(f))
             for item in sample_items if item.source.startswith(str(sample_dir))]
    assert order == sorted(order)


def test_folder_sample_only_rejection_is_the_png(sample_items: list[Item]) -> None:
    rejected = [item for item in sample_items if isinstance(item, Rejected)]
    assert [(Path(r.source).name, r.code) for r in rejected] == [("chart.png", Rejection.BINARY)]


@pytest.mark.parametrize(
    ("sub", "count"),
    [("text", 10), ("html", 5), ("feed", 5), ("jsonl", 5), ("warc", 3), ("other", 5)],
)
def test_folder_sample_subfolder_item_counts(sample_dir: Path, sub: str, count: int) -> None:
    assert len(list(read([sample_dir / sub]))) == count


def test_folder_html_pages_have_title_and_date(sample_dir: Path) -> None:
    items = list(read([sample_dir / "html"]))
    assert all(isinstance(i, Article) and i.title and i.outlet and i.author for i in items)
    assert all(isinstance(i, Article) and (i.published or "").startswith("2024-") for i in items)


def test_folder_blank_file_reads_as_whitespace_article(sample_dir: Path) -> None:
    (item,) = read([sample_dir / "other" / "blank.txt"])
    assert isinstance(item, Article)
    assert item.text and not item.text.strip()


@pytest.mark.parametrize(
    ("name", "code"),
    [("blank.txt", Rejection.EMPTY), ("brief.txt", Rejection.TOO_SHORT),
     ("nachrichten_de.txt", Rejection.NOT_ENGLISH), ("actualite_fr.txt", Rejection.NOT_ENGLISH)],
)
def test_folder_other_files_rejected_by_gate(sample_dir: Path, name: str, code: Rejection) -> None:
    (item,) = read([sample_dir / "other" / name])
    assert isinstance(item, Article)
    gated = check(item, Options())
    assert isinstance(gated, Rejected)
    assert (gated.code, gated.stage) == (code, "gate")


def test_folder_cp1252_file_decodes(sample_dir: Path) -> None:
    path = sample_dir / "text" / "cp1252_crlf.txt"
    (item,) = read([path])
    assert isinstance(item, Article)
    assert len(item.text) == len(path.read_bytes().replace(b"\r\n", b"\n"))
    assert "é" in item.text and "’" in item.text and "€" in item.text
    assert "\r" not in item.text and "\ufffd" not in item.text


def test_folder_text_files_have_headline_titles(sample_dir: Path) -> None:
    items = list(read([sample_dir / "text"]))
    assert all(isinstance(i, Article) and i.title and i.text.startswith(i.title) for i in items)


def test_folder_hidden_files_and_folders_skipped(tmp_path: Path) -> None:
    (tmp_path / "seen.txt").write_text("Visible story.\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden story.\n", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "inside.txt").write_text("Cached story.\n", encoding="utf-8")
    assert [item.source for item in read([tmp_path])] == [str(tmp_path / "seen.txt")]


def test_folder_hidden_root_itself_is_read(tmp_path: Path) -> None:
    root = tmp_path / ".drafts"
    root.mkdir()
    (root / "story.txt").write_text("Draft story.\n", encoding="utf-8")
    assert [item.source for item in read([root])] == [str(root / "story.txt")]


def test_folder_file_over_max_bytes_rejected_too_large(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text("tiny", encoding="utf-8")
    items = list(read([tmp_path], Options(max_bytes=100)))
    assert [(Path(i.source).name, getattr(i, "code", None)) for i in items] == [
        ("big.txt", Rejection.TOO_LARGE), ("small.txt", None)]


def test_folder_nonexistent_path_rejected_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "no-such-file.txt"
    (item,) = read([path])
    assert isinstance(item, Rejected)
    assert (item.source, item.code) == (str(path), Rejection.UNREADABLE)


def test_folder_broken_symlink_given_directly_rejected_unreadable(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    (item,) = read([link])
    assert isinstance(item, Rejected)
    assert item.code == Rejection.UNREADABLE


def test_folder_broken_symlink_inside_folder_rejected_unreadable(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    codes = [getattr(item, "code", None) for item in read([tmp_path])]
    assert codes == [Rejection.UNREADABLE]


def test_folder_copy_of_sample_reads_same_number_of_items(
    sample_dir: Path, sample_items: list[Item], tmp_path: Path
) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(sample_dir, copy)
    (copy / ".notes.txt").write_text("Hidden notes are never read.\n", encoding="utf-8")
    assert len(list(read([copy]))) == len(sample_items)
