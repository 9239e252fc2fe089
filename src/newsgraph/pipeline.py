"""One way through: items → gate → spaCy (with newsgraph components) → ``Analysis``."""

from __future__ import annotations

import dataclasses
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc

from . import nlp as nlp_loader
from .analysis import from_doc
from .dates import normalise_date
from .errors import Errors, Rejection
from .gate import check, identify_language
from .models import Analysis, Article, Rejected
from .readers import read
from .readers.base import reject
from .settings import Options

log = logging.getLogger(__name__)

Result = Analysis | Rejected


def analyze(
    text_or_article: str | Article,
    published: str | None = None,
    *,
    options: Options | None = None,
) -> Analysis:
    """Analyse one text or ``Article``. Never gates: any string gets an ``Analysis``.

    >>> analysis = analyze("Putin arrived in Beijing on Tuesday.", published="2024-05-16")
    """
    if isinstance(text_or_article, str):
        article = Article(text=text_or_article, source="<text>")
    elif isinstance(text_or_article, Article):
        article = text_or_article
    else:
        raise TypeError(Errors.E001.format(expected="str or Article", got=text_or_article))
    options = options or Options()
    language, _ = identify_language(article.text)
    article = dataclasses.replace(
        article,
        published=normalise_date(published) or article.published or options.published,
        language=article.language or language,
    )
    nlp = nlp_loader.load(options.model)
    nlp_loader.allow_length(nlp, len(article.text))
    return from_doc(nlp(nlp_loader.make_doc(nlp, article)), article)


def analyze_paths(paths: Iterable[str | Path], options: Options | None = None) -> Iterator[Result]:
    """Read, gate and analyse every article under ``paths``, in input order."""
    options = options or Options()
    yield from analyze_items(read(paths, options), options)


def analyze_items(
    items: Iterable[Article | Rejected], options: Options | None = None
) -> Iterator[Result]:
    """Analyse a stream of items in batches; rejections pass through in their place.

    A failure while building one article's analysis becomes a rejection (R013) for that
    article only: a batch never dies on one bad article.
    """
    options = options or Options()
    pending: deque[tuple[int, Rejected]] = deque()

    nlp = nlp_loader.load(options.model)
    nlp_loader.allow_length(nlp, options.max_chars)

    def accepted() -> Iterator[tuple[Doc, tuple[int, Article]]]:
        for seq, item in enumerate(items):
            checked = check(item, options) if isinstance(item, Article) else item
            if isinstance(checked, Rejected):
                pending.append((seq, checked))
            else:
                yield nlp_loader.make_doc(nlp, checked), (seq, checked)

    docs = nlp.pipe(accepted(), as_tuples=True, batch_size=options.batch_size,
                    n_process=options.workers)
    for doc, (seq, article) in docs:
        while pending and pending[0][0] < seq:
            yield pending.popleft()[1]
        yield _to_analysis(doc, article)
    while pending:
        yield pending.popleft()[1]


def _to_analysis(doc: object, article: Article) -> Result:
    try:
        return from_doc(doc, article)  # type: ignore[arg-type]
    except Exception as exc:  # one article's failure must not end the batch (DESIGN §4)
        log.exception("analysis failed for %s", article.source)
        return reject(article.source, "extract", Rejection.ANALYSIS_FAILED, repr(exc)[:200])
