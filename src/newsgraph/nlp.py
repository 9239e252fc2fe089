"""Load the spaCy pipeline once and add newsgraph's components to it."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import is_package

# Imported for their side effect: they register the newsgraph_* factories with spaCy.
from . import actors, clean, entities, events, places, quotes, times  # noqa: F401
from .errors import Errors, NewsgraphError
from .models import Article
from .settings import MODEL_PREFERENCE

log = logging.getLogger(__name__)

#: Pipes of the English models that no newsgraph stage reads: the parser gives sentences,
#: and the lemmatizer's lemmas are not used (cue and agent words are listed in all forms).
UNUSED_PIPES = ("senter", "lemmatizer")


def resolve_model(model: str | None) -> str:
    """The model to load: the one named, else the best installed ``en_core_web_*``."""
    if model:
        return model
    for name in MODEL_PREFERENCE:
        if is_package(name):
            return name
    raise NewsgraphError(Errors.E003.format(model=MODEL_PREFERENCE[-1]))


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """The spaCy pipeline with ``newsgraph_zones`` before the parser and
    ``newsgraph_entities`` after NER. Cached: a process loads each model once."""
    name = resolve_model(model)
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError as exc:
        raise NewsgraphError(Errors.E003.format(model=name)) from exc
    # Paragraph starts must be set before the parser decides sentence boundaries.
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_zones", before="parser")
    else:
        nlp.add_pipe("newsgraph_zones", first=True)
    nlp.add_pipe("newsgraph_entities", last=True)
    if "parser" in nlp.pipe_names:  # actors, quotes and times read the dependency parse
        nlp.add_pipe("newsgraph_actors", last=True)
        nlp.add_pipe("newsgraph_quotes", last=True)
        nlp.add_pipe("newsgraph_times", last=True)
        nlp.add_pipe("newsgraph_places", last=True)
        nlp.add_pipe("newsgraph_events", last=True)
    log.info("loaded %s with pipes %s", name, nlp.pipe_names)
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """The tokenised ``Doc`` of an article, carrying its publication date for the stages
    that read text against it (offices held, relative dates)."""
    doc = nlp.make_doc(article.text)
    doc._.newsgraph_published = article.published
    doc._.newsgraph_text = article.text  # the tokenizer keeps every character
    return doc


def allow_length(nlp: Language, chars: int) -> None:
    """Let ``nlp`` take texts of ``chars`` characters (the gate enforces our own cap)."""
    nlp.max_length = max(nlp.max_length, chars + 1)


def bare(model: str | None = None, *, same_pipes: bool = False) -> Language:
    """Plain spaCy, the speed baseline: the model as ``spacy.load`` gives it, or with
    ``same_pipes`` only the pipes newsgraph runs (which isolates newsgraph's own cost)."""
    return spacy.load(resolve_model(model), exclude=list(UNUSED_PIPES) if same_pipes else [])
