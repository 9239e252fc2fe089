"""Fetching URLs from a real local HTTP server: order, failures, timeouts and size caps."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from newsgraph.errors import Rejection
from newsgraph.models import Article, Rejected
from newsgraph.readers import read
from newsgraph.settings import Options


def _page(word: str) -> str:
    return (f"<html><head><title>{word} page</title></head><body><article>"
            f"<p>{word} is the word this served page is about, said the test.</p>"
            "</article></body></html>")


class _Handler(SimpleHTTPRequestHandler):
    """Serves files from the test's folder, plus a few misbehaving paths."""

    release: threading.Event

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        if self.path == "/slow.html":
            self.release.wait(5)  # held until the fixture tears down
        elif self.path == "/delayed.html":
            time.sleep(0.2)
        elif self.path == "/bad-status":
            self.wfile.write(b"SPAM nonsense\r\n\r\nnot http at all")
            return
        elif self.path == "/broken-chunks":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"100\r\n<p>the chunk stops here")
            return
        # The client may have given up already (the timeout test).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().do_GET()


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    for word in ("alpha", "delayed", "beta", "gamma", "slow"):
        (root / f"{word}.html").write_text(_page(word.capitalize()), encoding="utf-8")
    (root / "notes.txt").write_text("Plain text served as text.\n", encoding="utf-8")
    (root / "big.html").write_text(_page("Big") + " " * 5_000, encoding="utf-8")
    release = threading.Event()
    handler = type("Handler", (_Handler,), {"release": release})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _url_list(tmp_path: Path, urls: list[str]) -> Path:
    path = tmp_path / "urls.txt"
    path.write_text("# today's list\n\n" + "\n".join(urls) + "\n", encoding="utf-8")
    return path


def _rejected(item: Article | Rejected, code: Rejection) -> None:
    assert isinstance(item, Rejected), item
    assert item.code == code
    assert item.stage == "fetch"


def test_urls_list_file_gives_articles_in_list_order(server: str, tmp_path: Path) -> None:
    urls = [f"{server}/{name}.html" for name in ("delayed", "alpha", "beta", "gamma")]
    items = list(read([_url_list(tmp_path, urls)]))
    assert all(isinstance(item, Article) for item in items), items
    assert [item.source for item in items] == urls
    assert [getattr(item, "url", None) for item in items] == urls


def test_urls_article_text_comes_from_page(server: str, tmp_path: Path) -> None:
    (item,) = read([_url_list(tmp_path, [f"{server}/beta.html"])])
    assert isinstance(item, Article)
    assert "Beta is the word this served page is about" in item.text


def test_urls_plain_text_body_read_as_text(server: str) -> None:
    (item,) = read([f"{server}/notes.txt"])
    assert isinstance(item, Article)
    assert (item.text, item.url) == ("Plain text served as text.\n", f"{server}/notes.txt")


def test_urls_http_url_given_directly_to_read(server: str) -> None:
    (item,) = read([f"{server}/alpha.html"])
    assert isinstance(item, Article)
    assert item.url == f"{server}/alpha.html"


def test_urls_not_found_rejected_fetch_failed(server: str) -> None:
    (item,) = read([f"{server}/missing.html"])
    _rejected(item, Rejection.FETCH_FAILED)
    assert "404" in item.reason


def test_urls_failure_does_not_stop_the_list(server: str, tmp_path: Path) -> None:
    urls = [f"{server}/missing.html", f"{server}/alpha.html"]
    items = list(read([_url_list(tmp_path, urls)]))
    assert [type(item) for item in items] == [Rejected, Article]


def test_urls_slower_than_timeout_rejected_fetch_failed(server: str) -> None:
    started = time.monotonic()
    (item,) = read([f"{server}/slow.html"], Options(timeout=0.5))
    _rejected(item, Rejection.FETCH_FAILED)
    assert time.monotonic() - started < 4


def test_urls_body_over_max_bytes_rejected_too_large(server: str) -> None:
    (item,) = read([f"{server}/big.html"], Options(max_bytes=1_000))
    _rejected(item, Rejection.TOO_LARGE)


def test_urls_connection_refused_rejected_fetch_failed() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/page.html"
    (item,) = read([url])
    _rejected(item, Rejection.FETCH_FAILED)
    assert item.source == url


def test_urls_garbage_status_line_rejected_not_raised(server: str) -> None:
    (item,) = read([f"{server}/bad-status"])
    _rejected(item, Rejection.FETCH_FAILED)


def test_urls_cut_chunked_body_rejected_not_raised(server: str) -> None:
    (item,) = read([f"{server}/broken-chunks"])
    _rejected(item, Rejection.FETCH_FAILED)
