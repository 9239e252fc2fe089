"""TimeML reading and TempEval-3 scoring on a file written here; a floor on TBAQ when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.times import Document, Tally, Timex, evaluate, read_timeml

DATA = Path(__file__).resolve().parents[3] / "shared/eval/time/Training/TBAQ-cleaned"

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>test</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-16" '
    'functionInDocument="CREATION_TIME">20240516</TIMEX3></DCT>\n'
    '<TEXT>\nShips &amp; trucks <EVENT eid="e1">left</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="2024-05-14">Tuesday</TIMEX3> after '
    '<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.\n</TEXT>\n</TimeML>\n'
)


def _doc(tmp_path: Path) -> Document:
    path = tmp_path / "test.tml"
    path.write_text(TML, encoding="utf-8")
    return read_timeml(path)


def test_read_timeml_unescapes_text_and_keeps_offsets(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    assert doc.dct == "2024-05-16" and doc.text.startswith("\nShips & trucks left")
    assert [(doc.text[s:e], t.value) for t in doc.gold for s, e in [t.span]] == [
        ("Tuesday", "2024-05-14"), ("three days", "P3D")]


def test_tally_strict_relaxed_and_value(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    tuesday, days = doc.gold
    tally = Tally()
    # Tuesday exactly and right; "three days." one character long and with a wrong value.
    tally.add(doc, [Timex(tuesday.span, "DATE", "2024-05-14"),
                    Timex((days.span[0], days.span[1] + 1), "DURATION", "P4D")])
    result = tally.result()
    assert result["relaxed"]["f1"] == 1.0 and result["strict"]["f1"] == 0.5
    assert result["value_accuracy"] == 0.5 and result["value_f1"] == 0.5


def test_tally_unmatched_expression_costs_precision(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    tally = Tally()
    tally.add(doc, [Timex((1, 6), "DATE", "2024")])  # "Ships"
    result = tally.result()
    assert result["relaxed"]["precision"] == 0.0 and result["relaxed"]["recall"] == 0.0


@pytest.mark.skipif(not DATA.exists(), reason="evaluation data not found")
def test_evaluate_times_tbaq_floor() -> None:
    result = evaluate(DATA, limit=60, peer=False)["newsgraph"]
    # Measured 0.941 relaxed F1 and 0.786 value F1 on these 60 files (docs/quality.md).
    assert result["relaxed"]["f1"] >= 0.90 and result["value_f1"] >= 0.75


def test_export_timeml_puts_our_tags_where_the_text_is(tmp_path: Path) -> None:
    from newsgraph.evaluate.times import export_timeml

    doc = _doc(tmp_path)
    ours = [Timex((doc.gold[0].span[0], doc.gold[0].span[1]), "DATE", "2024-05-14"),
            Timex((1, 6), "DATE", "X&Y")]  # "Ships", with a value to escape
    out = tmp_path / "out"
    out.mkdir()
    again = read_timeml(export_timeml(tmp_path / "test.tml", ours, out))
    assert again.text == doc.text and again.dct == doc.dct
    assert [(t.span, t.value) for t in again.gold] == [((1, 6), "X&Y"),
                                                     (doc.gold[0].span, "2024-05-14")]
