"""The gate between reading and NLP: emptiness, size and language checks, default dates."""

from __future__ import annotations

import pytest

from newsgraph.errors import Rejection
from newsgraph.gate import check, identify_language
from newsgraph.models import Article, Rejected
from newsgraph.settings import Options

ENGLISH = (
    "The city council decided on Tuesday evening to fully repair the old bridge over the river "
    "next spring. According to the town hall, the work will take about eight months and cost "
    "around twelve million euros. During construction, people on foot and on bicycles will use "
    "a temporary wooden bridge, while cars are sent along the bypass north of the town. Many "
    "residents welcomed the decision."
)
GERMAN = (
    "Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke über den Fluss im kommenden "
    "Frühjahr vollständig zu sanieren. Nach Angaben der Verwaltung werden die Arbeiten etwa acht "
    "Monate dauern und rund zwölf Millionen Euro kosten. Während der Bauzeit sollen Fußgänger und "
    "Radfahrer eine provisorische Holzbrücke nutzen können, während der Autoverkehr über die "
    "Umgehungsstraße im Norden der Stadt umgeleitet wird. Viele Anwohner begrüßten die "
    "Entscheidung."
)
FRENCH = (
    "Le conseil municipal a décidé mardi soir de rénover entièrement le vieux pont qui traverse la "
    "rivière au printemps prochain. Selon la mairie, les travaux dureront environ huit mois et "
    "coûteront près de douze millions d'euros. Pendant le chantier, les piétons et les cyclistes "
    "pourront emprunter une passerelle provisoire en bois, tandis que les voitures seront déviées "
    "par la rocade au nord de la ville. De nombreux habitants ont salué cette décision."
)
SHORT_OK = Options(min_chars=100)


def _rejected(item: Article | Rejected, code: Rejection) -> Rejected:
    assert isinstance(item, Rejected), item
    assert (item.code, item.stage) == (code, "gate")
    return item


def _passed(item: Article | Rejected) -> Article:
    assert isinstance(item, Article), item
    return item


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n"], ids=["empty", "spaces", "mixed"])
def test_gate_whitespace_rejected_empty(text: str) -> None:
    rejected = _rejected(check(Article(text, "a.txt"), Options()), Rejection.EMPTY)
    assert rejected.source == "a.txt"


def test_gate_empty_wins_over_min_chars_zero() -> None:
    _rejected(check(Article("  \n ", "a"), Options(min_chars=0)), Rejection.EMPTY)


def test_gate_short_text_rejected_too_short() -> None:
    rejected = _rejected(check(Article(ENGLISH, "a"), Options(min_chars=len(ENGLISH) + 1)),
                         Rejection.TOO_SHORT)
    assert str(len(ENGLISH)) in rejected.reason


def test_gate_min_chars_counts_stripped_text() -> None:
    padded = "\n" * 50 + ENGLISH + " " * 50
    _rejected(check(Article(padded, "a"), Options(min_chars=len(ENGLISH) + 1)),
              Rejection.TOO_SHORT)


def test_gate_text_at_min_chars_passes() -> None:
    _passed(check(Article(ENGLISH, "a"), Options(min_chars=len(ENGLISH))))


def test_gate_long_text_rejected_too_large() -> None:
    _rejected(check(Article(ENGLISH, "a"), Options(min_chars=10, max_chars=len(ENGLISH) - 1)),
              Rejection.TOO_LARGE)


def test_gate_text_at_max_chars_passes() -> None:
    _passed(check(Article(ENGLISH, "a"), Options(min_chars=10, max_chars=len(ENGLISH))))


@pytest.mark.parametrize(("text", "language"), [(GERMAN, "de"), (FRENCH, "fr")],
                         ids=["german", "french"])
def test_gate_non_english_rejected(text: str, language: str) -> None:
    rejected = _rejected(check(Article(text, "a"), SHORT_OK), Rejection.NOT_ENGLISH)
    assert f"'{language}'" in rejected.reason


def test_gate_english_passes_with_language_en() -> None:
    assert _passed(check(Article(ENGLISH, "a"), SHORT_OK)).language == "en"


def test_gate_passing_article_otherwise_unchanged() -> None:
    article = Article(ENGLISH, "a", url="https://u.example", outlet="O", title="T", author="A")
    passed = _passed(check(article, SHORT_OK))
    assert passed.to_dict() | {"language": None} == article.to_dict()


def test_gate_fills_missing_published_from_options() -> None:
    passed = _passed(check(Article(ENGLISH, "a"), Options(min_chars=100, published="2024-05-02")))
    assert passed.published == "2024-05-02"


def test_gate_keeps_articles_own_published() -> None:
    article = Article(ENGLISH, "a", published="2024-01-31")
    passed = _passed(check(article, Options(min_chars=100, published="2024-05-02")))
    assert passed.published == "2024-01-31"


def test_gate_no_default_published_leaves_none() -> None:
    assert _passed(check(Article(ENGLISH, "a"), SHORT_OK)).published is None


def test_gate_check_language_off_keeps_german() -> None:
    passed = _passed(check(Article(GERMAN, "a"), Options(min_chars=100, check_language=False)))
    assert passed.language == "de"


def test_gate_unsure_language_falls_back_to_english() -> None:
    numbers = "2024 1 500 3,2 % 17:45 12 400 " * 10
    language, probability = identify_language(numbers)
    assert language != "en" and probability < 0.5  # the identifier is unsure on digits
    assert _passed(check(Article(numbers, "a"), Options(min_chars=10))).language == "en"


@pytest.mark.parametrize("text", ["", "  \n\t "], ids=["empty", "whitespace"])
def test_gate_identify_language_undetermined_on_empty(text: str) -> None:
    assert identify_language(text) == ("und", 0.0)


@pytest.mark.parametrize(("text", "language"), [(ENGLISH, "en"), (GERMAN, "de"), (FRENCH, "fr")])
def test_gate_identify_language_confident_on_paragraphs(text: str, language: str) -> None:
    found, probability = identify_language(text)
    assert found == language
    assert probability >= 0.9


def test_gate_identify_language_looks_only_at_the_start() -> None:
    assert identify_language(ENGLISH * 10 + GERMAN * 10)[0] == "en"
