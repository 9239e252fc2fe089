"""The ``newsgraph eval`` commands: each scores one stage against public data and prints
the table that docs/quality.md quotes. The scoring lives in ``newsgraph.evaluate``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .clierrors import friendly_errors


@click.group("eval")
def eval_group() -> None:
    """Measure a stage against public data, scored the way its anchors score it."""


@eval_group.command("extract")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path),
              required=True, help="The article-extraction-benchmark folder "
                                  "(ground-truth.json and html/*.html.gz).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_extract_cli(data: Path, as_json: bool) -> None:
    """Main-text extraction from HTML: shingle precision/recall/F1 per the benchmark.

    \b
    article_text  the text newsgraph stores (what offsets index into)
    body_text     the same minus heading and boilerplate zones (what extractors read)
    """
    from .evaluate.extract import evaluate

    result = evaluate(data)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"pages {result['pages']}")
    for name in ("article_text", "body_text"):
        row = result[name]
        click.echo(f"{name:13} precision {row['precision']:.3f}  recall {row['recall']:.3f}"
                   f"  F1 {row['f1']:.3f}")
    for name, f1 in result["reference"].items():
        click.echo(f"reference     {name}: F1 {f1:.3f}")


@eval_group.command("ner")
@click.option("--data", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True,
              help="A CoNLL-2003 file (e.g. ../shared/eval/ner/conll2003/eng.testa).")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only the first N documents.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_ner_cli(data: Path, model: str | None, limit: int | None, as_json: bool) -> None:
    """CoNLL-2003 entity F1 (conlleval: exact span and type) beside bare spaCy."""
    from .evaluate.ner import CLASSES, evaluate

    with friendly_errors():
        result = evaluate(data, model=model, limit=limit)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"documents {result['documents']}  model {result['model']}")
    click.echo(f"{'class':6} {'gold':>5}  {'spaCy F1':>8}  {'newsgraph F1':>12}  {'change':>7}")
    for cls in (*CLASSES, "ALL"):
        bare, ours = result["spacy"][cls], result["newsgraph"][cls]
        click.echo(f"{cls:6} {bare['gold']:5.0f}  {bare['f1']:8.3f}  {ours['f1']:12.3f}  "
                   f"{ours['f1'] - bare['f1']:+7.3f}")


@eval_group.command("actors")
@click.option("--data", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="PLOVER_GSR_CAMEO.json.")
@click.option("--misses", type=click.IntRange(min=0), default=0,
              help="Also list the first N actors coded wrongly.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_actors_cli(data: Path, misses: int, as_json: bool) -> None:
    """Country and sector accuracy of actor coding on the PLOVER gold records."""
    from .evaluate.actors import evaluate

    with friendly_errors():
        result = evaluate(data)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    click.echo(f"records {result['records']}  actors {result['country_n']}"
               f" (+{result.get('unlocated', 0)} whose text is not in the sentence)")
    click.echo(f"country accuracy {result['country_accuracy']:.3f}"
               f"  ({result['country_ok']}/{result['country_n']})")
    click.echo(f"sector accuracy  {result['sector_accuracy']:.3f}"
               f"  ({result['sector_ok']}/{result['sector_n']})")
    for miss in result["misses"][:misses]:
        click.echo(f"  {miss['text'][:50]:50}  gold {miss['gold']:8}  got {miss['got']}")


@eval_group.command("quotes")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path),
              required=True, help="A PolNeAR split (e.g. ../shared/eval/quotes/polnear/dev).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--peer/--no-peer", default=True, show_default=True,
              help="Also score textacy's direct_quotations on the same texts.")
def eval_quotes_cli(data: Path, limit: int | None, as_json: bool, peer: bool) -> None:
    """Quote attribution on PolNeAR: content P/R/F1 (Jaccard ≥ 0.5 and ≥ 30 % overlap),
    source and cue exact F1, speaker and cue accuracy on matched quotes — beside textacy's
    direct_quotations when textacy is installed (pip install 'newsgraph[peer]')."""
    from .evaluate.quotes import evaluate

    with friendly_errors():
        result = evaluate(data, limit=limit, peer=peer)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"articles {result['articles']}  gold attributions {result['gold']}")
    rows = [("newsgraph", result)]
    if result["peer"] is not None:
        rows.append(("textacy", result["peer"]))
    elif peer:
        click.echo("peer: textacy is not installed (pip install 'newsgraph[peer]')")
    click.echo(f"{'':10} {'quotes':>6}  {'content Jaccard ≥ 0.5':<24}  {'overlap ≥ 30 %':<24}  "
               f"{'source F1':>9}  {'cue F1':>6}  {'speaker':>7}  {'cue acc':>7}")
    for name, row in rows:
        j, o = row["content_jaccard"], row["content_overlap"]
        click.echo(f"{name:10} {row['predicted']:6d}  "
                   f"P {j['precision']:.3f} R {j['recall']:.3f} F1 {j['f1']:.3f}  "
                   f"P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f}  "
                   f"{row['source']['f1']:9.3f}  {row['cue']['f1']:6.3f}  "
                   f"{row['speaker_accuracy']:7.3f}  {row['cue_accuracy']:7.3f}")
    click.echo("speaker and cue accuracy are on content-matched quotes")


@eval_group.command("times")
@click.option("--data", type=click.Path(exists=True, path_type=Path), required=True,
              help="A TimeML file or folder (e.g. ../shared/eval/time/Training/TBAQ-cleaned).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only the first N documents.")
@click.option("--misses", type=click.IntRange(min=0), default=0,
              help="Also list the first N found expressions with a wrong value.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--peer/--no-peer", default=True, show_default=True,
              help="Also score dateparser's search_dates on the same texts.")
@click.option("--export", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write newsgraph's tags as TimeML files into this folder, for "
                   "TempEval-3's own scorer.")
def eval_times_cli(data: Path, limit: int | None, misses: int, as_json: bool,
                   peer: bool, export: Path | None) -> None:
    """Time expressions on TimeML, scored as TempEval-3 does: extent P/R/F1 (strict and
    relaxed) and value F1 (value accuracy on relaxed matches × relaxed F1), each file's
    creation time being the publication date."""
    from .evaluate.times import evaluate

    with friendly_errors():
        result = evaluate(data, limit=limit, peer=peer, export=export)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    systems = [name for name in ("newsgraph", "dateparser") if name in result]
    click.echo(f"documents {result['documents']}  gold expressions "
               f"{result['newsgraph']['gold']}")
    click.echo(f"{'':10} {'found':>5}  {'strict P/R/F1':<20}  {'relaxed P/R/F1':<20}  "
               f"{'value F1':>8}  {'type F1':>7}  {'value acc':>9}")
    for name in systems:
        row = result[name]
        extents = "  ".join(f"{row[k]['precision']:.3f} {row[k]['recall']:.3f} "
                            f"{row[k]['f1']:.3f}" for k in ("strict", "relaxed"))
        click.echo(f"{name:10} {row['found']:5d}  {extents}  {row['value_f1']:8.3f}  "
                   f"{row['type_f1']:7.3f}  {row['value_accuracy']:9.3f}")
    if peer and "dateparser" not in result:
        click.echo("peer: dateparser is not installed (pip install dateparser)")
    for miss in result["newsgraph"]["misses"][:misses]:
        click.echo(f"{miss['doc']}: {miss['text']!r} gold {miss['gold']}  "
                   f"found {miss['found_text']!r} {miss['found']}")


@eval_group.command("places")
@click.option("--data", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="GeoWebNews XML (e.g. ../shared/eval/geo/GWN.xml).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--peer/--no-peer", default=True, show_default=True,
              help="Also score the naive lookup (country or division → its biggest town, "
                   "else the biggest town of the name).")
def eval_places_cli(data: Path, limit: int | None, as_json: bool, peer: bool) -> None:
    """Toponyms on GeoWebNews: recognition P/R/F1, and accuracy within 161 km and exact
    GeoNames id, both given the gold toponym and end to end, over the toponyms that have
    coordinates."""
    from .evaluate.places import evaluate

    with friendly_errors():
        result = evaluate(data, limit=limit, peer=peer)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    rec = result["recognition"]
    click.echo(f"articles {result['articles']}  gold toponyms with coordinates {result['gold']}"
               f"  found {result['found']}")
    click.echo(f"recognition  P {rec['precision']:.3f}  R {rec['recall']:.3f}  "
               f"F1 {rec['f1']:.3f}")
    click.echo(f"{'':24} {'≤ 161 km':>9} {'exact id':>9}")
    rows = [("newsgraph, given gold", "given_gold"), ("newsgraph, end to end", "end_to_end"),
            ("naive lookup, given gold", "naive")]
    for label, key in rows:
        if key in result:
            row = result[key]
            click.echo(f"{label:24} {row['accuracy_161km']:9.3f} {row['exact_id']:9.3f}")
    sites = result["given_gold_sites"]
    click.echo(f"given gold, sites the index lacks placed at their town: {sites['gold']}"
               f" ({sites['near']} within 161 km)")
    given = result["given_gold"]
    click.echo(f"given gold, no reading at all: {given['unread']} ({given['unread_no_id']}"
               " without a GeoNames id)")
    far = given["right_id_far_point"]
    click.echo(f"given gold, right GeoNames id but our point over 161 km from its: "
               f"{sum(far.values())} (" + ", ".join(
                   f"{feature} {n}" for feature, n in sorted(far.items())) + ")")
    kinds = sorted(result["recognised_by_kind"].items(), key=lambda kv: -kv[1][1])
    click.echo("recognised, by the data's kind of toponym: " + ", ".join(
        f"{kind} {found}/{gold}" for kind, (found, gold) in kinds))


@eval_group.command("events")
@click.option("--data", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True,
              help="PLOVER gold records (e.g. ../shared/eval/events/PLOVER_GSR_CAMEO.json).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only the first N records.")
@click.option("--misses", type=click.IntRange(min=0), default=0,
              help="Also list the first N records whose event was not coded right.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_events_cli(data: Path, limit: int | None, misses: int, as_json: bool) -> None:
    """PLOVER event coding: per-type and micro P/R/F1 on event type, triple accuracy
    (type + actor code + recipient code), extra events per sentence, and the recall of the
    records' contexts."""
    from .evaluate.events import evaluate

    with friendly_errors():
        result = evaluate(data, limit=limit)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    micro = result["micro"]
    click.echo(f"records {result['records']}")
    click.echo(f"{'type':10} {'P':>5} {'R':>5} {'F1':>5} {'gold':>5}")
    for name, row in result["per_type"].items():
        click.echo(f"{name:10} {row['precision']:5.2f} {row['recall']:5.2f} {row['f1']:5.2f} "
                   f"{row['gold']:5d}")
    click.echo(f"{'micro':10} {micro['precision']:5.3f} {micro['recall']:5.3f} "
               f"{micro['f1']:5.3f}")
    click.echo(f"triple accuracy {result['triple_accuracy']:.3f}   extra events per sentence "
               f"{result['extra_per_sentence']:.3f}")
    click.echo(f"context recall {result['context_recall']:.3f} (on {result['context_records']} "
               "records with a gold context and an event of the gold type), "
               f"{result['contexts_per_event']:.1f} contexts per event")
    for miss in result["misses"][:misses]:
        click.echo(f"{miss['id']}: gold {miss['gold']} found {','.join(miss['found']) or '-'}"
                   f"  {miss['text'][:100]}")
