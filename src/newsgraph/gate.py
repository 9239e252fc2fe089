"""The gate between reading and NLP: size, emptiness and language checks.

An article that passes comes out with its ``language`` and default ``published`` set;
one that fails becomes a ``Rejected`` record with a stable code.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any

from .errors import Rejection
from .models import Article, Rejected
from .readers.base import reject
from .settings import Options

#: Characters given to the language identifier: plenty for a verdict, cheap to score.
LANGUAGE_SAMPLE = 2_000
#: Below this confidence a non-English verdict is not trusted (names and numbers confuse it).
LANGUAGE_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # py3langid ships its model inside the wheel: loading it needs no network.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str, float]:
    """The most likely language of ``text`` (ISO 639-1) and its probability."""
    sample = text[:LANGUAGE_SAMPLE]
    if not sample.strip():
        return "und", 0.0
    language, probability = _identifier().classify(sample)
    return str(language), float(probability)


def check(article: Article, options: Options) -> Article | Rejected:
    """Pass an article on to NLP, or reject it with a reason."""
    text = article.text
    stripped_length = len(text.strip())
    if stripped_length == 0:
        return reject(article.source, "gate", Rejection.EMPTY)
    if len(text) > options.max_chars:
        return reject(article.source, "gate", Rejection.TOO_LARGE,
                      f"{len(text)} characters > {options.max_chars}")
    if stripped_length < options.min_chars:
        return reject(article.source, "gate", Rejection.TOO_SHORT,
                      f"{stripped_length} characters < {options.min_chars}")
    language, probability = identify_language(text)
    if options.check_language and language != "en" and probability >= LANGUAGE_CONFIDENCE:
        return reject(article.source, "gate", Rejection.NOT_ENGLISH,
                      f"looks like '{language}' (p={probability:.2f})")
    return dataclasses.replace(
        article,
        # An unsure verdict falls back to English, the language the pipeline is built for.
        language=language if probability >= LANGUAGE_CONFIDENCE else "en",
        published=article.published or options.published,
    )
