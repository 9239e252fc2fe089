"""Build the ``Analysis`` record of one article from its processed ``Doc``."""

from __future__ import annotations

from spacy.tokens import Doc

from .clean import zones_of
from .entities import entities_of
from .models import Analysis, Article


def from_doc(doc: Doc, article: Article) -> Analysis:
    """Collect what the newsgraph components stored on ``doc``.

    ``doc.text`` is ``article.text``, so every span points into the article as stored.
    """
    if doc.text != article.text:  # a pipeline that rewrote the text would break every offset
        raise ValueError("doc.text differs from article.text; offsets would not hold")
    return Analysis(article=article, zones=zones_of(doc), entities=entities_of(doc),
                    quotes=list(doc._.newsgraph_quotes or []),
                    times=list(doc._.newsgraph_times or []),
                    places=list(doc._.newsgraph_places or []),
                    events=list(doc._.newsgraph_events or []))
