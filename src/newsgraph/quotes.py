"""Quotes: direct, indirect and mixed quotations with speaker, cue verb and channel.

The ``newsgraph_quotes`` component runs after ``newsgraph_actors``, whose entities (with
their coreferent "he" and "the Russian President") are what speakers resolve to.

- Direct quotes are found from their marks (``quotemarks.py``), one paragraph at a time,
  so an unbalanced mark never runs past its paragraph.
- A cue (a reporting verb from ``data/cues.yaml``) in the quote's sentence gives the
  speaker (its subject, before or after: "Putin said" / "said Putin"); a quote with no
  cue that fills its paragraph is the last reporter's of the paragraph before (see
  ``speakers.follow_on_speakers``); a short quoted phrase with no cue is a scare quote
  or a title and is not reported, unless it is a paragraph after a quote's.
- Indirect speech is the clause a cue verb governs ("X said (that) …", "X warned …"),
  read from the parse by ``reportclauses.py``; it is *mixed* when it holds a quoted
  fragment. "According to X, …" reports the rest of its sentence; a reporting noun with
  a named holder, its that-clause ("the mayor's claim that …").
- The channel is whom or where the words went: "told Xinhua", "in an interview with CNN",
  "wrote on X".
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from .attitudes import attitude_reports
from .clean import in_ignored_zone, paragraphs, text_of, zones_of
from .colonlabels import colon_label
from .cuelexicon import Cues, cues
from .entities import entities_of, token_spans
from .headlines import headline_report
from .models import Entity, Zone
from .quotefilters import (
    after_dateline,
    clear_cue,
    hearsay,
    number_and_link,
    outside_datelines,
    plain_if_scared,
    restated,
    scare_quote,
    within_another,
)
from .quotemarks import (
    CLOSERS,
    MIN_FREE_WORDS,
    WORD,
    direct_spans,
    ends_sentence,
    is_title,
    join_split,
    speaker_labels,
    trim,
)
from .reportclauses import (
    WH_TAGS,
    according_clause,
    acts_on,
    aside_clause,
    before_apposition,
    before_next_report,
    content_of,
    fronted,
    idiom,
    non_restrictive,
    outside_attribution,
    proper_name_after,
    stray_subject,
    subject_of,
    trailing,
    vouching,
    what_follows,
    with_adjuncts,
)
from .speakers import (
    Owners,
    channel_of,
    follow_on_speakers,
    mention_index,
    nearest_speaker,
    previous_paragraph,
    quote_record,
    quoted_as,
    speaker_of,
)
from .stancenouns import stance_noun_reports, stance_nouns

if not Doc.has_extension("newsgraph_quotes"):
    Doc.set_extension("newsgraph_quotes", default=None)

SPANS_KEY = "newsgraph.quotes"
#: Cues whose passive subject is who heard the words, not who spoke: "voters were told …".
_TO_SOMEONE = frozenset({"tell", "ask", "urge", "remind", "assure", "reassure", "inform", "warn"})
_HEADLINE_WORDS = 30


def find_quotes(doc: Doc, entities: list[Entity], zones: list[Zone]) -> list[dict[str, Any]]:
    """All quotes of ``doc`` as contract records, in text order."""
    text = text_of(doc)
    lex = cues()
    owners = outside_datelines(mention_index(entities), zones)
    sents = list(doc.sents)
    paras = paragraphs(text)
    quotes: list[dict[str, Any]] = []
    parts = [p for p in join_split(text, direct_spans(text, paras), lex.verbs, lex.direct)
             if not in_ignored_zone(zones, p[:2])]
    scares = [p[:2] for p in parts if p[2] == p[3] and scare_quote(doc, p[:2])]
    parts = [p for p in parts if p[:2] not in scares]
    directs = [(p[0], p[1]) for p in parts]
    people = {e.id for e in entities if e.type == "PERSON"}
    transcripts = [q for q in _transcript(text, paras, owners, people, zones, lex)
                   if _labelled_words(q, directs, text)]
    # a speaker's turn is direct speech: no reports are drawn from inside it
    directs += [(q["span"][0], q["span"][1]) for q in transcripts if q.pop("_turn")]
    used_cues: set[int] = set()
    for start, end, gap_start, gap_end in parts:
        record = _direct(doc, text, (start, end), (gap_start, gap_end), lex, owners,
                         quotes, sents, paras)
        if record is not None:
            used_cues.update(record.pop("_cue_tokens", []))
            quotes.append(record)
    anchors = _anchors(doc)
    for token in anchors:
        if token.i in used_cues or token.pos_ != "VERB" or not (
                token.lower_ in lex.verbs or lex.held(token.lower_)):
            continue
        record = _indirect(doc, text, token, lex, _quoted_words(token.idx, parts, directs),
                           owners, zones)
        if record is not None:
            quotes.append(record)
    quotes += _according_to(anchors, text, owners, directs, zones, sents)
    quotes += _noun_reports(anchors, text, owners, directs, zones, lex)
    quotes += attitude_reports(anchors, text, owners, directs, zones)
    quotes += stance_noun_reports(anchors, text, owners, directs, zones)
    headline = headline_report(doc, text, lex, owners,
                               [q["span"] for q in (*quotes, *transcripts)])
    quotes += [headline] if headline else []
    taken = [q["span"] for q in quotes]  # a headline's label gives way to a report in it
    quotes += [q for q in transcripts
               if not any(a < q["span"][1] and q["span"][0] < b for a, b in taken)]
    quotes.sort(key=lambda q: q["span"][0])
    # two cues can report the same words ("said … was announced"): keep the first record
    quotes = [q for i, q in enumerate(quotes) if not i or q["span"] != quotes[i - 1]["span"]]
    quotes = [q for q in quotes if not restated(q, quotes, text) and not within_another(q, quotes)
              and not hearsay(q, quotes, text)]
    quotes = [q for q in (after_dateline(text, q, zones, directs) for q in quotes) if q]
    follow_on_speakers(quotes, paras, owners, people)
    for quote in quotes:
        quote["parts"] = outside_attribution(text, quote)
        clear_cue(text, quote)
        plain_if_scared(text, quote, scares, directs)
    number_and_link(quotes)
    return quotes


def _quoted_words(at: int, parts: list[tuple[int, int, int, int]],
                  directs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted words as a cue at ``at`` sees them: a cue in the attribution between two
    parts of a quote sees the two parts, not the attribution, which may report words of
    its own ("“…,” she said, referring to the mayor. “…”")."""
    split = next(((start, gap, end_gap, end) for start, end, gap, end_gap in parts
                  if gap <= at < end_gap), None)
    if split is None:
        return directs
    return [*(d for d in directs if d != (split[0], split[3])),
            (split[0], split[1]), (split[2], split[3])]


def _anchors(doc: Doc) -> list[Token]:
    """The tokens that may report something — cue verbs, views, reporting nouns,
    "according" — found by one array look-up rather than a Python pass over every token."""
    lowers = doc.to_array([LOWER])
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(lowers, _anchor_hashes()))]


@lru_cache(maxsize=1)
def _anchor_hashes() -> Any:
    lex, strings = cues(), StringStore()  # a word's hash is the same in every vocabulary
    words = {*lex.verbs, *lex.views, *lex.stances, *lex.report_nouns, *lex.findings,
             *lex.attitudes, *lex.plain, *stance_nouns(), "according"}
    return numpy.array(sorted(strings[w] for w in words), dtype=numpy.uint64)


def _sentences_around(sents: list[Span], start: int, end: int) -> list[Span]:
    """The sentences a span touches."""
    return [s for s in sents if s.start_char < end and start < s.end_char]


def _direct(doc: Doc, text: str, span: tuple[int, int], gap: tuple[int, int],
            lex: Cues, owners: Owners,
            previous: list[dict[str, Any]], sents: list[Span], paras: list[tuple[int, int]]
            ) -> dict[str, Any] | None:
    """A direct quote with the cue around it (or in the ``gap`` between its two parts),
    or inheriting the last speaker, or none."""
    start, end = span
    if is_title(text, start, end):
        return None  # "said on ABC's “Good Morning”": the show is not what was said
    para = next(((a, b) for a, b in paras if a <= start < b), (start, end))
    cue = _find_cue(text, span, gap, lex, sents, para)
    if cue is not None:
        kind, span = _mixed_or_direct(text, cue, span)
        if kind == "direct":
            kind, span = _run_on(text, cue, span)
        subject = subject_of(cue)
        speaker = speaker_of(subject, owners)
        # the parser can take a closing mark (») for the subject, or find none
        if subject is None or subject.is_punct:
            speaker = nearest_speaker(cue, span, owners) or speaker
        if speaker[1] is None:  # "…,” said Skelly": a name no tagger found is still named
            speaker = (None, proper_name_after(cue))
        speaker, channel = quoted_as(cue, owners) or (speaker, channel_of(cue, owners, lex.nouns))
        record = quote_record(kind, span, text, cue, lex.direct[cue.lower_], speaker, channel)
        _split(record, (start, end), gap)
        # a cue whose own clause is elsewhere still reports that clause
        clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
        if clause is None or (clause.left_edge.idx < span[1] and span[0] < (
                clause.right_edge.idx + len(clause.right_edge))):
            record["_cue_tokens"] = [cue.i]
        return record
    if (label := colon_label(text, span, para[1], owners)) is not None:  # 'surprised Ana Ruiz: “…”'
        record = quote_record("direct", span, text, None, ":", (label[0], label[1]), None)
        record["cue_span"] = label[2]
        _split(record, span, gap)
        return record
    words = len(WORD.findall(text[start:end]))
    fills = (end - start) >= 0.8 * (para[1] - para[0])
    last = previous[-1] if previous else None
    # A whole sentence quoted right after another quote in the paragraph goes on it, and
    # so does a paragraph of quoted words, however short, right after a quote's paragraph.
    sentence = text[end - 2] in ".!?…"
    follows = last is not None and para[0] <= last["span"][0] and sentence
    after = last is not None and fills and sentence and previous_paragraph(
        paras, para, last["span"][0])
    if (words < MIN_FREE_WORDS and not after) or not (fills or follows):
        return None  # a scare quote, a title, or words with no speech around them
    speaker = (last["speaker"], last["speaker_span"]) if last else (None, None)
    record = quote_record("direct", span, text, None, None, speaker, None)
    record["_follow_on"] = True
    _split(record, span, gap)
    return record


def _find_cue(text: str, span: tuple[int, int], gap: tuple[int, int], lex: Cues,
              sents: list[Span], para: tuple[int, int]) -> Token | None:
    """The cue of a direct quote: in the sentences it touches (and the one before a colon
    that opens its paragraph: 'X said:'), else in the sentence right after it, else a cue
    with nothing to report that ends the sentence before it ("Smith disagreed. “…”")."""
    start, end = span
    around = _sentences_around(sents, start, end)
    before = para[0] - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    if para[0] == start and before >= 0 and text[before] == ":":  # 'X said:' then the quote
        around = [*_sentences_around(sents, before, before + 1), *around]
    cue = _cue_of(around, span, gap, lex) or _cue_of(_next_sentence(sents, end, para),
                                                      span, gap, lex)
    if cue is not None:
        return cue
    last = next((s for s in reversed(sents) if s.end_char <= start), None)
    if last is None or last.start_char < para[0] or text[last.end_char:start].strip():
        return None
    return next((t for t in last if lex.direct.get(t.lower_) in lex.before
                 and t.pos_ == "VERB" and t.dep_ == "ROOT" and subject_of(t) is not None
                 and not acts_on(t) and not any(c.dep_ in ("ccomp", "neg", "prep")
                                                  for c in t.children)), None)


def _split(record: dict[str, Any], span: tuple[int, int], gap: tuple[int, int]) -> None:
    """The quoted words of a quote its attribution interrupts, without the attribution:
    parts [“Only you,”] and [“would …”] of “Only you,” she said, “would …”."""
    if gap[0] < gap[1] and record["span"] == list(span):
        record["parts"] = [[span[0], gap[0]], [gap[1], span[1]]]


def _cue_of(sents: list[Span], span: tuple[int, int], gap: tuple[int, int], lex: Cues
            ) -> Token | None:
    """The reporting verb of a direct quote in ``sents``: one whose clause holds the quote
    first ("insisting that he has “expanded the party,” claiming …"), else the nearest."""
    start, end = span
    candidates = [t for s in sents for t in s
                  if (not start <= t.idx < end or gap[0] <= t.idx < gap[1])
                  and lex.direct.get(t.lower_) and t.pos_ == "VERB"
                  # "so-called" is no cue; "…,” said Skelly" is, whatever the parse
                  and (subject_of(t) is not None or 0 <= t.idx - end <= 3
                       or 0 <= t.idx - gap[0] <= 3)
                  and (t.lower_ in lex.verbs or not acts_on(t))]

    def holds(cue: Token) -> bool:
        if any(c.dep_ == "ccomp" and c.left_edge.idx <= start
               and end <= c.right_edge.idx + len(c.right_edge) + 2 for c in cue.children):
            return True
        # the object or phrase a speech act reports opens before the quote: "called the
        # bill “a giveaway,” adding …" is cued by "called", not by the nearer "adding"
        subject = subject_of(cue)
        bounds = content_of(cue, lex.direct[cue.lower_], subject, lex) if subject else None
        return bounds is not None and bounds[0].idx < start < bounds[1].idx + len(bounds[1])
    def distance(cue: Token) -> int:  # a cue between the quote's two parts is its own
        return 0 if gap[0] <= cue.idx < gap[1] else min(abs(cue.idx - start), abs(cue.idx - end))
    # a verb of a relative clause ("Smith, who spoke to reporters, said") comes last
    return min(candidates, default=None,
               key=lambda t: (not holds(t), t.dep_ == "relcl", distance(t)))


def _next_sentence(sents: list[Span], end: int, para: tuple[int, int]) -> list[Span]:
    """The sentence right after a quote that closes its own: "“… help?” Renteria told
    The Hill." is split after the question mark."""
    return [s for s in sents if end <= s.start_char <= end + 2 and s.start_char < para[1]]


def _mixed_or_direct(text: str, cue: Token, span: tuple[int, int]
                     ) -> tuple[str, tuple[int, int]]:
    """A quote that opens inside what the cue reports makes the whole of it a mixed quote,
    to the quote's end even when the parse ends the clause sooner: said the campaign will
    "compete vigorously"; America needs leaders "who …," Clinton said; called the plan "a
    disaster"; vowed to "fight on". A report of its own after the words stays out."""
    lex = cues()
    reported = [(c.left_edge, c.right_edge) for c in cue.children if c.dep_ == "ccomp"]
    subject = subject_of(cue)
    if not reported and subject is not None:
        found = content_of(cue, lex.direct[cue.lower_], subject, lex) or (
            what_follows(cue, span[0]) if subject.i < cue.i else None)
        reported = [found] if found else []
    for first, last in reported:
        # "…, describing the team as …" after the words is a report of its own
        last = before_next_report(cue.doc, cue, first, last, lex)
        while last.i > first.i and last.is_space:
            last = cue.doc[last.i - 1]
        start, end = first.idx, last.idx + len(last)
        # the clause holds quoted words, not just the opening mark the parser gave it;
        # or it opens with them and goes on past them: said "local forces" must lead
        covers = start < span[0] and any(ch.isalnum() for ch in text[span[0]:end])
        opens = span[0] <= start < span[1] and not any(
            ch.isalnum() for ch in text[span[0]:start]) and any(
            ch.isalnum() for ch in text[span[1]:end])
        if (covers or opens) and not start <= cue.idx < end:
            return "mixed", (min(start, span[0]), max(end, span[1]))
    around = aside_clause(text, cue, span)  # "Loyalty, he noted, keeps the “old guard”"
    return ("mixed", around) if around else ("direct", span)


def _run_on(text: str, cue: Token, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """A quote whose sentence goes on past the closing mark before the attribution is
    mixed, the unquoted rest included: "“Many would call it a defeat” if she won by less,
    said an analyst."."""
    subject = subject_of(cue)
    attribution = min(cue.idx, subject.left_edge.idx if subject is not None else cue.idx)
    rest = text[span[1]:attribution]
    if ends_sentence(text, *span):
        return "direct", span  # the quoted words ended their sentence
    if (span[1] < attribution and rest[:1] == " " and rest.rstrip().endswith(",")
            and not any(ch in rest for ch in ".!?;:\n\"“”«»")):
        return "mixed", (span[0], span[1] + len(rest.rstrip()) - 1)
    return "direct", span


def _indirect(doc: Doc, text: str, cue: Token, lex: Cues,
              directs: list[tuple[int, int]], owners: Owners, zones: list[Zone]
              ) -> dict[str, Any] | None:
    """What a reporting verb governs: "X said (that) …", "X accused Y of …", "X called for
    …", "X denounced …"."""
    if any(a <= cue.idx < b for a, b in directs):
        return None  # the cue is the quoted speaker's own word
    subject = subject_of(cue) or stray_subject(cue) or (_agent(cue) if fronted(cue) else None)
    if subject is None or idiom(subject, cue):
        return None  # "All told, …" means "in all", "That said, …" "even so"
    lemma = lex.verbs.get(cue.lower_) or lex.held(cue.lower_) or ""
    if cue.lower_ in lex.stances and (subject.tag_ in WH_TAGS or cue.dep_ == "relcl") and not (
            non_restrictive(cue)):  # "voters who back him": a description, not a stance
        return None  # (but "the mayor, who backs the plan, …" tells the mayor's)
    bounds = content_of(cue, lemma, subject, lex)
    if bounds is None:
        if lex.held(cue.lower_):
            return None
        if cue.dep_ == "parataxis" or trailing(cue) or fronted(cue):
            return _parenthetical(doc, text, cue, subject, lex, directs, owners, zones)
        return None
    first, last = bounds
    if first.i > cue.i:
        last = with_adjuncts(cue, last)
    last = before_apposition(doc, first, before_next_report(doc, cue, first, last, lex))
    while last.i > first.i and (last.is_space or last.dep_ in ("cc", "mark") or (
            last.is_punct and last.text not in CLOSERS)):
        last = doc[last.i - 1]  # (nor "and" before a paragraph break)
    start, end = first.idx, last.idx + len(last)
    if end <= start or in_ignored_zone(zones, (start, end)):
        return None
    if any((a <= start and end <= b) or a < start < b for a, b in directs):
        return None  # inside a direct quote, or cut from one ('saying "of course" he …')
    kind = "mixed" if any(start <= a < end for a, _ in directs) or any(
        ch in text[start:end] for ch in "“”«»\"") else "indirect"
    if subject.dep_ == "nsubjpass" and (lemma in _TO_SOMEONE or _agent(cue) is not None):
        subject = _agent(cue)  # "voters were told …"; "it was announced by the ministry"
    speaker, channel = quoted_as(cue, owners) or (
        speaker_of(subject, owners, cue), channel_of(cue, owners, lex.nouns))
    return quote_record(kind, (start, end), text, cue, lemma, speaker, channel)


def _agent(cue: Token) -> Token | None:
    """Who did what a passive cue says: "told by the mayor", "as reported by the Times"."""
    return next((p for c in cue.children if c.dep_ == "agent"
                 for p in c.children if p.dep_ == "pobj"), None)


def _parenthetical(doc: Doc, text: str, cue: Token, subject: Token, lex: Cues,
                   directs: list[tuple[int, int]], owners: Owners, zones: list[Zone]
                   ) -> dict[str, Any] | None:
    """"The plan, he said, will fail", "The plan will fail, his aide told CNN" and "As the
    Times noted, the plan failed" ("As reported by the Times, …"): the cue sits inside,
    after or before what it reports, the clause around it."""
    head = cue.head
    first, last = head.left_edge, head.right_edge
    inner = (cue.left_edge.idx, cue.right_edge.idx + len(cue.right_edge))
    start, end = first.idx, last.idx + len(last)
    if inner[1] >= end:
        end = inner[0]  # the attribution closes the sentence: the words are all before it
    elif inner[0] <= start:
        start = inner[1]  # the attribution opens it: the words are all after it
    start, end = trim(text, start, end)
    if not (start < inner[0] or inner[1] <= start) or in_ignored_zone(zones, (start, end)) or any(
            a <= start and end <= b for a, b in directs):
        return None
    return quote_record("indirect", (start, end), text, cue, lex.verbs[cue.lower_],
                        speaker_of(subject, owners), channel_of(cue, owners, lex.nouns))


def _according_to(anchors: list[Token], text: str, owners: Owners, directs: list[tuple[int, int]],
                  zones: list[Zone], sents: list[Span]) -> list[dict[str, Any]]:
    """"According to X, …" and "In a poll …, …": X, the poll, is the speaker of the clause
    the phrase belongs to (inside a quote, "according to plan" is the speaker's own)."""
    found = []
    for token in anchors:
        found_at = vouching(token) if token.lower_ in ("according", *cues().findings) else None
        if found_at is None or any(a <= token.idx < b for a, b in directs):
            continue
        (to, source), first = found_at, min(token, found_at[0], key=lambda t: t.i)
        if (sentence := next((s for s in sents if s.start <= first.i < s.end), None)) is None:
            continue
        start, end = trim(text, *according_clause(first, source, sentence))
        if end <= start or in_ignored_zone(zones, (start, end)) or any(
                a <= start and end <= b for a, b in directs):
            continue
        record = quote_record("indirect", (start, end), text, None,
                              "according to" if first is token else first.lower_,
                              speaker_of(source, owners), None)
        record["cue_span"] = [first.idx, to.idx + len(to)]
        found.append(record)
    return found


def _noun_reports(anchors: list[Token], text: str, owners: Owners, directs: list[tuple[int, int]],
                  zones: list[Zone], lex: Cues) -> list[dict[str, Any]]:
    """"The mayor's claim that …", "a warning from the agency that …": the that-clause of a
    reporting noun whose holder is named — by a possessive or "by", "from", "among"."""
    found = []
    for noun in anchors:
        if noun.lower_ not in lex.report_nouns or noun.pos_ != "NOUN":
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        holder = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
            (p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "among")
             for p in c.children if p.dep_ == "pobj"), None)
        if clause is None or holder is None or holder.pos_ == "DET" or noun.dep_ == "ROOT":
            continue  # (a noun as the root: the parser took the sentence's verb into the
            # clause, "The mayor's statement that the city was safe drew criticism")
        last = clause.right_edge
        while last.i > clause.left_edge.i and last.is_punct and last.text not in CLOSERS:
            last = noun.doc[last.i - 1]
        start, end = clause.left_edge.idx, last.idx + len(last)
        if in_ignored_zone(zones, (start, end)) or any(a <= noun.idx < b for a, b in directs):
            continue
        kind = "mixed" if any(start <= a < end for a, _ in directs) else "indirect"
        found.append(quote_record(kind, (start, end), text, noun,
                                  lex.report_nouns[noun.lower_], speaker_of(holder, owners),
                                  None))
    return found


def _transcript(text: str, paras: list[tuple[int, int]], owners: Owners, people: set[str],
                zones: list[Zone], lex: Cues) -> list[dict[str, Any]]:
    """Interview transcripts ("PENCE: We are …") and headlines ("Poll: Trump leads …"): the
    paragraph after a label (``speaker_labels``) that names a person of the article or is
    a short name in title case or capitals — not a sentence ("Investors seem to agree:"),
    a dateline ("NEW DELHI:") or a newsroom's label ("Update:"). ``_turn`` marks a person's
    or an interview's turn (Q, A, a name in capitals)."""
    datelines = [z for z in zones if z.kind == "dateline"]
    labelled = speaker_labels(text, paras)
    turns = Counter(text[start:colon] for (start, colon), _ in labelled)
    found = []
    for (start, colon), content in labelled:
        label = text[start:colon]
        # "LONDON:" opens an article once; a speaker in capitals takes turns
        dateline = turns[label] < 2 and any(z.span[0] <= start < z.span[1] for z in datelines)
        if in_ignored_zone(zones, (start, content[1])) or label.lower() in lex.not_speakers \
                or dateline:
            continue
        # a person in the label, else a name that opens it: not "Kyiv" in "Blinken in Kyiv:"
        inside = [o for o in owners if start <= o[0] < colon]
        owner = next((o for o in inside if o[2] in people), None) or next(
            (o for o in inside if o[0] == start), None)
        person = owner is not None and owner[2] in people
        words = label.split()
        if not (person or (len(words) <= 3 and all(w[0].isupper() for w in words))):
            continue
        speaker = (owner[2], [owner[0], owner[1]]) if owner else (None, [start, colon])
        record = quote_record("direct", content, text, None, None, speaker, None)
        record["cue_span"], record["cue"] = [colon, colon + 1], ":"
        record["_turn"] = person or label in ("Q", "A") or label.isupper()
        found.append(record)
    return found


def _labelled_words(quote: dict[str, Any], directs: list[tuple[int, int]], text: str) -> bool:
    """Whether a label's words stand apart from the direct quotes: none among them, or
    only quoted fragments inside a headline's words, which make them mixed ("Ruiz:
    Tariffs ‘a tax on families’"). A longer turn with quotes inside is left to them and
    to the reports it holds."""
    start, end = quote["span"]
    inside = [(a, b) for a, b in directs if a < end and start < b]
    if not inside or inside == [(start, end)]:
        return True  # (a headline's quote after a name: Mayor: “We won”)
    if len(WORD.findall(text[start:end])) > _HEADLINE_WORDS or any(
            a < start or end < b for a, b in inside) or not any(
            ch.isalnum() and not any(a <= i < b for a, b in inside)
            for i, ch in enumerate(text[start:end], start)):
        return False
    quote["kind"] = "mixed"
    return True


def set_annotations(doc: Doc, quotes: list[dict[str, Any]]) -> None:
    doc._.newsgraph_quotes = quotes
    doc.spans[SPANS_KEY] = token_spans(doc, ((*q["span"], q["kind"], q["id"]) for q in quotes))


@Language.factory(
    "newsgraph_quotes",
    requires=["doc._.newsgraph_entities", "token.dep"],
    assigns=["doc._.newsgraph_quotes", "doc.spans"],
)
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


class QuotesComponent:
    """Finds direct, indirect and mixed quotes with speaker, cue and channel."""

    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find_quotes(doc, entities_of(doc), zones_of(doc)))
        return doc
