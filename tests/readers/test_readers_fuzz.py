"""Readers never raise: any bytes become articles or rejections."""

from __future__ import annotations

import gzip

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.models import Article, Rejected
from newsgraph.readers import read_bytes
from newsgraph.settings import Options

# Openings that steer the sniffer into each reader, so the fuzzing reaches all of them.
PREFIXES = [b"", b"WARC/1.0\r\n", b"filedesc://", b"<?xml version='1.0'?><rss>",
            b"<feed xmlns='http://www.w3.org/2005/Atom'>", b"<html><body><p>",
            b'{"text": ', b"https://", b"\xef\xbb\xbf", b"\xff\xfe"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PREFIXES), st.binary(max_size=600), st.booleans())
def test_readers_any_bytes_give_items_not_exceptions(prefix: bytes, body: bytes,
                                                     zipped: bool) -> None:
    data = prefix + body
    if zipped:
        data = gzip.compress(data)
    # Any URL lines must not reach the network: point them at a closed local port.
    data = data.replace(b"https://", b"http://127.0.0.1:9/")
    items = list(read_bytes(data, "fuzz", Options(timeout=0.2)))
    assert all(isinstance(item, Article | Rejected) for item in items)
