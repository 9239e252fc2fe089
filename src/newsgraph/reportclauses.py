"""Reports in the dependency parse: a cue's verb group and subject, and
which words a cue reports — the clause it governs ("said (that) …"), the object of a speech
act ("denounced the raid"), what a preposition introduces ("called for a ban") — cut
before a second report or a writer's aside joined to it.

``quotes.py`` finds the quotes; these helpers only read tokens and return tokens or
character bounds.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from .clean import in_dateline
from .cuelexicon import Cues, cues
from .quotemarks import CLOSERS

_GROUP_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})
#: A day named right after the cue is part of it: "said Tuesday", "said Monday night".
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday"})
#: Papers a cue's words went out in, which belong to the cue: "said in a statement".
_WRITTEN = frozenset({"statement", "email", "e-mail"})
_FINITE_OR_ING = frozenset({"VBG", "VBD", "VBZ", "VBP"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Names of places and times, which a participle after them does not speak for: "a rally
#: in Ohio blasting the plan" is the rally's.
_NOT_HOLDERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})
_LEAD_DEPS = _GROUP_LEFT | {"prt", "acomp", "det", "amod", "compound", "poss"}
_GLOSS_OPENERS = frozenset({"det", "amod", "compound", "nummod"})
#: Prepositions that name whom an appeal is made to: "called on the council to act".
_APPEAL_PREPS = frozenset({"on", "upon"})


def cue_words(cue: Token) -> tuple[int, int]:
    """The cue's verb group: "has said", "later said", "did not deny", "points out",
    "called for", "said Tuesday", "said in a statement" — auxiliaries, negation and adverbs
    (of time too) right before it, a particle, the preposition that introduces what was
    said, the day named or the paper the words went out in right after (annotators put
    "in a statement" inside the cue more often than not, "in an interview" less often);
    and the words that lead into
    it: "went on to say", "was quick to point out", "issued a statement saying"."""
    lex = cues()
    preps = lex.preps.get(lex.verbs.get(cue.lower_, ""), frozenset())
    first = cue
    group = {c.i for c in cue.children if c.dep_ in _GROUP_LEFT} | _lead_in(cue)
    while first.i > 0 and first.i - 1 in group:
        first = first.nbor(-1)
    last = cue
    for right in (c for c in cue.children if c.i > cue.i):
        if right.left_edge.i != last.i + 1:
            break
        if right.i == last.i + 1 and (right.dep_ == "prt" or (
                right.dep_ == "prep" and (right.lower_ in preps or _addressed(cue, right)))):
            last = right
        elif (marker := _for_to(right)) is not None and marker.i == last.i + 1 and (
                marker.lower_ in preps):  # "called for the minister to resign"
            last = marker
        elif right.dep_ == "npadvmod" and any(  # "said Tuesday", "said Monday night"
                t.lower_ in _DAYS for t in right.subtree):
            last = right.right_edge
        elif right.dep_ == "prep" and right.lower_ == "in" and (paper := next((
                p for p in right.children if p.dep_ == "pobj" and p.lower_ in _WRITTEN), None)):
            last = paper  # "said in a statement", not the that-clause the parser hung on it
        else:
            break
    end = last.idx + len(last)
    if cue.doc[last.i + 1:last.i + 2].text == ":" and not last.whitespace_:
        end += 1  # 'said:' introducing the words
    return first.idx, end


def _addressed(cue: Token, prep: Token) -> bool:
    """Whether ``prep`` names whom the cue appeals to: "called on the council to act"."""
    return prep.lower_ in _APPEAL_PREPS and any(
        c.dep_ == "xcomp" and c.i > prep.i for c in cue.children)


def _lead_in(cue: Token) -> set[int]:
    """The words before a cue that belong to its group when the cue's speaker is theirs
    (``subject_of``): a lead into its infinitive and its verb ("went on to say", "are
    all quick to point out"), the verb whose object a statement is ("issued a statement
    saying")."""
    if subject_of(cue) is None:
        return set()
    heads: list[Token] = []
    if cue.head.lower_ in cues().leads and (  # "went on to say", "began tweeting out"
            (cue.dep_ in ("xcomp", "advcl") and cue.tag_ == "VB")
            or (cue.dep_ == "xcomp" and cue.tag_ == "VBG")):
        heads = [cue.head, cue.head.head] if cue.head.dep_ == "acomp" else [cue.head]
    elif cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.dep_ == "dobj" \
            and cue.head.lower_ in cues().nouns:
        heads = [cue.head, cue.head.head]
    return {t.i for head in heads for t in (head, *head.children)
            if t is head or t.dep_ in _LEAD_DEPS}


def acts_on(verb: Token) -> bool:
    """Whether a verb has an object or an infinitive: "continued his attacks" and
    "continued with the tour" report no words; "he continued on Tuesday," does."""
    return any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ == "with")
               for c in verb.children)


def subject_of(cue: Token) -> Token | None:
    """The cue's subject; for a participle ("…, saying that …", "a statement saying …") or
    an infinitive ("went on to say …") its clause's subject."""
    # (the parser can take a dateline for a second subject: "GENEVA, May 16 (Reuters) - The
    # agency said …")
    found = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}
                  and not in_dateline(c)), None)
    head = cue.head
    if found is not None or cue.i == head.i:
        return found
    if cue.dep_ == "pcomp" and cue.tag_ == "VBG":  # "landed in trouble by saying that …"
        head = _subject_holder(head.head)
    elif cue.dep_ in ("xcomp", "advcl") and cue.tag_ == "VB":
        return _controller(cue)
    elif cue.dep_ == "acl" and cue.tag_ == "VBG" and head.lower_ in cues().nouns:
        head = head.head.head if head.dep_ == "pobj" else head.head  # "a statement saying"
    elif cue.dep_ == "acl" and cue.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN", "PRON") \
            and head.ent_type_ not in _NOT_HOLDERS and cue.lower_ not in cues().aims:
        return head  # "a group backing the mayor", "polls showing her behind"
    elif cue.dep_ == "acl" and cue.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" and (
            head.pos_ in ("PROPN", "NOUN")) and head.i < cue.i:
        return head  # "Jones, a council member, called …": the parser made the name the root
    elif cue.dep_ == "conj" and cue.tag_ in ("VB", "VBN"):
        pass  # "visited the port and has said …", "oppose the dam and feel that …"
    elif cue.dep_ not in {"advcl", "xcomp", "conj"} or cue.tag_ not in _FINITE_OR_ING:
        return None
    found = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}
                  and not in_dateline(c)), None)
    if found is None and cue.dep_ == "conj" and cue.tag_ == "VBG" and head.tag_ == "VBG":
        return subject_of(head)  # "…, pointing to his record and saying that …"
    return found


def _subject_holder(verb: Token) -> Token:
    """The verb that holds the subject ``verb`` shares: up through the infinitives and the
    joined verbs without one ("started winning races by denouncing …" → "started")."""
    while verb.dep_ in ("xcomp", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def proper_name_after(cue: Token) -> list[int] | None:
    """The span of the proper nouns right after a cue ("said Skelly"), or None."""
    doc, end = cue.doc, cue.i + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "ADV", "NOUN"):
        end += 1
    if end == cue.i + 1:
        return None
    return [doc[cue.i + 1].idx, doc[end - 1].idx + len(doc[end - 1])]


def stray_subject(cue: Token) -> Token | None:
    """The speaker of a sentence's main cue that the parser left without a subject when a
    long aside stands between them ("Jeffrey Salkin, a rabbi helping to organise the
    boycott, said …", "Speaking in Harlem, Clinton, without naming him, accused …"): the
    first proper name before the cue that an aside's comma follows, when a comma also
    closes the aside right before the cue."""
    if cue.dep_ != "ROOT" or cue.tag_ not in _FINITE:
        return None
    before = next((t for t in reversed(cue.doc[cue.sent.start:cue.i])
                   if t.dep_ not in ("advmod", "npadvmod", "amod")), None)
    if before is None or before.text != ",":
        return None
    return next((t for t in cue.doc[cue.sent.start:before.i] if t.pos_ == "PROPN"
                 and t.dep_ in ("nsubj", "appos", "npadvmod") and t.nbor(1).text == ","), None)


def _controller(cue: Token) -> Token | None:
    """Who speaks in "went on to say" and "was quick to point out": the subject of a word
    that leads into the infinitive; none under any other verb ("plans to announce")."""
    head = cue.head
    if head.lower_ not in cues().leads:
        return None
    if head.dep_ == "acomp":  # "quick to point out": the adjective's verb
        head = head.head
    return next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def non_restrictive(cue: Token) -> bool:
    """Whether a cue's relative clause is set off by a comma, so it tells
    where someone stands rather than which ones are meant: "the mayor, who backs the
    plan, …" against "voters who back the plan"."""
    clause = cue if cue.dep_ == "relcl" else cue.head
    return clause.dep_ == "relcl" and clause.left_edge.i > 0 \
        and clause.left_edge.nbor(-1).text == ","


def idiom(subject: Token, cue: Token) -> bool:
    """A cue and its "subject" that make a fixed phrase opening the sentence: "All told,
    …" (in all), "That said, …" (even so)."""
    return (subject.lower_, cue.lower_) in (("all", "told"), ("that", "said")) and (
        cue.i == subject.i + 1 and cue.doc[cue.i + 1:cue.i + 2].text == ",")


def fronted(cue: Token) -> bool:
    """An attribution that opens the sentence: "As the Times noted, Clinton raised …"."""
    return cue.dep_ == "advcl" and cue.i < cue.head.i and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def trailing(cue: Token) -> bool:
    """An attribution set off by a comma after the words it reports, which the parser
    joins as a second clause: "Sanders remains committed, his aide told CNN" — with a
    subject of its own, unlike the next verb of a list ("He mocked them, talked over …")."""
    if cue.dep_ not in {"conj", "ccomp"} or cue.i < cue.head.i or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    left = cue.left_edge
    joined = any(c.dep_ == "cc" and left.i > c.i > cue.head.i for c in cue.head.children)
    return left.i > 0 and left.nbor(-1).text == "," and not joined


def content_of(cue: Token, lemma: str, subject: Token, lex: Cues
             ) -> tuple[Token, Token] | None:
    """First and last token of what ``cue`` reports, by the first construction that fits."""
    if cue.lower_ in lex.views:
        return _view(cue)
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    if clauses:  # "He said: X" parses X after the cue; "X, he said" before it
        after = [c for c in clauses if c.i > cue.i]
        clause = after[0] if after and subject.i < cue.i else clauses[0]
        # "said A, but that B": the parser may join the second clause to the cue itself
        more = [c for c in cue.children if c.i > clause.i and _second_clause(c)]
        return clause.left_edge, (more[-1] if more else clause).right_edge
    appeal = _appeal(cue, lemma, lex)
    if appeal is not None:
        return appeal
    # "said in a statement that …": the clause hangs on the noun
    found = next((clause for prep in cue.children if prep.dep_ == "prep"
                  for noun in prep.children if noun.lower_ in lex.nouns
                  for clause in noun.children if clause.dep_ in {"acl", "ccomp"}
                  and any(m.dep_ == "mark" for m in clause.children)), None)
    found = found or next((p for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pcomp"), None)
    # "vowed to fight on", "urged them to leave" (but "declined to comment" says nothing)
    infinitive = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if infinitive is not None and _says_nothing(infinitive, lex):
        return None
    found = found or infinitive
    # "called for a ban", "warned of a crisis"; "accused the press of lying", where the
    # parser may hang the preposition on the object
    holders = [cue, *(c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i)]
    found = found or next((p for h in holders for c in h.children if c.dep_ == "prep"
                           and c.i > cue.i and c.lower_ in lex.preps.get(lemma, ())
                           for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
    if found is not None:
        # "accused Moscow of stalling", "urged Congress to act": whom it is about too
        obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < found.i), None)
        return (obj or found).left_edge, found.right_edge
    record = lemma in lex.record_objects and subject.lower_ in lex.records
    if lemma not in lex.objects and not record:
        return _misparsed_clause(cue) if subject.i < cue.i else None
    return _object(cue, subject, record, deed=lemma in lex.deeds,
                   greeting=lemma in lex.greetings)


def _says_nothing(verb: Token, lex: Cues) -> bool:
    """Whether an infinitive is a bare speech verb, naming no words: "declined to
    comment", "refused to elaborate" (but "refused to say how many died" names them)."""
    return verb.lower_ in lex.verbs and not any(
        c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children)  # ("comment on X")


def _object(cue: Token, subject: Token, record: bool, *, deed: bool = False,
            greeting: bool = False) -> tuple[Token, Token] | None:
    """What a speech act's object says: "denounced the raid", "called the report a rush
    to judgment", "described X as Y"; a record's ("shows Lopez ahead"). A ``deed``'s
    object says something only with what it is called or done for ("attacked the plan as
    reckless"; not "attacked targets in the south"), a ``greeting``'s only when it is no
    name ("welcomed the decision"; not "welcomed Xi")."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:  # "the plan was denounced by the union": the passive subject
        by = subject.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in cue.children)
        return (subject.left_edge, subject.right_edge) if by and subject.i < cue.i else None
    # a list the parser split into several objects ("discussing the economy, health, …")
    # and what the object is called or done for
    tail = [c for c in cue.children if c.i > obj.i and (
        c.dep_ in {"oprd", "xcomp", "ccomp", "dobj"}
        or (c.dep_ == "prep" and c.lower_ in {"as", "for"})
        # where a record puts its object: "shows Lopez ahead", "found her with 40 percent"
        or (record and c.dep_ in {"prep", "advmod", "acomp", "npadvmod"}))]
    if obj.pos_ == "PRON" and obj.n_lefts + obj.n_rights == 0 and not tail:
        return None  # "repeated it": the words are elsewhere; "called it a sham" holds them
    if not tail and (deed or (greeting and all(t.pos_ in {"PROPN", "DET", "PUNCT", "CCONJ"}
                                              for t in obj.subtree))):
        return None
    return obj.left_edge, (tail[-1] if tail else obj).right_edge


def _view(cue: Token) -> tuple[Token, Token] | None:
    """What a view holds: its object and what the object is seen as — "see him as a
    threat", "consider themselves moderates", "view the plan favourably"; else nothing
    ("saw a rise in prices", "considered selling the house")."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:
        # "consider him a phony": the parser reads the object and what it is held to be as
        # a clause with no verb; a clause with one is a thought ("saw that it failed")
        small = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i
                      and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
        return (small.left_edge, small.right_edge) if small is not None else None
    tail = [c for c in cue.children if c.i > obj.i and (
        c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
        or (c.dep_ == "advmod" and c.lower_ in cues().view_adverbs))]
    if tail:
        return obj.left_edge, tail[-1].right_edge
    # the parser may hang "as …" on the object: "see the dam as a threat"
    held = any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children)
    return (obj.left_edge, obj.right_edge) if held else None


def _appeal(cue: Token, lemma: str, lex: Cues) -> tuple[Token, Token] | None:
    """Whom an appeal is to and what they are to do: "called on the council to act" (the
    addressee after "on"), "called for the minister to resign" (a for-to clause the
    parser hangs on the cue) — both the who and the what are reported."""
    for child in cue.children:
        if child.i < cue.i:
            continue
        marker = _for_to(child)
        if marker is not None and marker.lower_ in lex.preps.get(lemma, ()):
            return cue.doc[marker.i + 1], child.right_edge
        if child.dep_ == "prep" and child.lower_ in _APPEAL_PREPS:
            addressee = next((p for p in child.children if p.dep_ == "pobj"), None)
            act = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > child.i), None)
            if addressee is not None and act is not None and act.tag_ == "VB":
                return addressee.left_edge, act.right_edge
    return None


def _for_to(clause: Token) -> Token | None:
    """The "for" that opens an infinitive clause with a subject of its own ("for the
    minister to resign"), or None."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.tag_ != "VB":
        return None
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"
                 and c.i < clause.i), None)


def _misparsed_clause(cue: Token) -> tuple[Token, Token] | None:
    """A clause after the cue that the parser hung on a noun instead ("Aides say the more
    delegates he wins, the more …", "said for the first time that some emails were …"):
    the rest of the cue's words when they hold a finite verb with a subject of its own
    that no wh-word or subordinating mark ("after", "when") makes a mere modifier."""
    doc = cue.doc
    rest = [t for t in doc[cue.i + 1:cue.right_edge.i + 1] if not (t.is_punct or t.is_space)]
    for verb in rest:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.tag_ not in _FINITE or subject is None or subject.tag_ in WH_TAGS:
            continue
        chain = [verb, *(a for a in verb.ancestors if a.i > cue.i)]
        if not any(t.dep_ in ("advcl", "conj", "parataxis", "pobj", "pcomp") or any(
                c.dep_ == "mark" and c.lower_ != "that" for c in t.children) for t in chain):
            return rest[0], rest[-1]
    return None


def with_adjuncts(cue: Token, last: Token) -> Token:
    """The reported words with the adverbial clause the parser hung on the cue right after
    them: "said the plan was sound, even if it came late" reports both; a clause of its own
    ("…, adding that …") is cut off after by ``before_next_report``."""
    for child in cue.children:
        if child.i <= last.i:
            continue
        if child.dep_ == "advcl" and child.left_edge.i <= last.i + 2:
            last = child.right_edge
        elif not child.is_punct:
            break
    return last


def what_follows(cue: Token, at: int) -> tuple[Token, Token] | None:
    """The words the cue governs after its verb group up to the phrase that holds the
    quoted words at ``at``, for quoted words that no construction of ``content_of``
    reaches: "chided the senator for raising doubts about his “natural born” status"."""
    end = cue_words(cue)[1]
    after = [c for c in cue.children if c.idx >= end and not c.is_punct
             and c.dep_ not in ("cc", "conj", "advcl", "parataxis")]
    holder = next((c for c in after if c.left_edge.idx <= at <= c.right_edge.idx), None)
    if holder is None:
        return None
    return after[0].left_edge, holder.right_edge


def aside_clause(text: str, cue: Token, span: tuple[int, int]) -> tuple[int, int] | None:
    """The clause a parenthetical cue interrupts, when quoted words at ``span`` are only
    part of it: "Loyalty, he noted, keeps the party's “old guard” engaged" reports the
    whole clause, not the two quoted words. None when the cue is no aside, or when the
    quoted words are all the clause holds besides the attribution."""
    if cue.dep_ != "parataxis" or not any(c.dep_ == "nsubj" for c in cue.children):
        return None
    head = cue.head
    last = head.right_edge
    while last.i > head.left_edge.i and (last.is_space or (
            last.is_punct and last.text not in CLOSERS)):
        last = cue.doc[last.i - 1]
    start, end = head.left_edge.idx, last.idx + len(last)
    aside = range(cue.left_edge.idx, cue.right_edge.idx + len(cue.right_edge))
    after = cue.doc[cue.right_edge.i + 1:cue.right_edge.i + 3]
    if not start <= span[0] < end or aside.start < span[0] < aside.stop or any(
            t.pos_ == "CCONJ" for t in after):
        return None  # (“Follow us,” she said, and the boys followed: a clause of its own)
    words = any(ch.isalnum() for i, ch in enumerate(text[start:end], start)
                if not (span[0] <= i < span[1] or i in aside))
    return (start, max(end, span[1])) if words else None


def before_next_report(doc: Doc, cue: Token, first: Token, last: Token, lex: Cues) -> Token:
    """Cut the content before a report of its own joined to it: "… said A, while others
    said B", "… said A but did not suggest B"."""
    for token in doc[first.i + 1:last.i + 1]:
        if _aside(token, last):
            return _before(doc, first, token.left_edge.i - 1, last)
        if token is cue or token.dep_ not in {"conj", "advcl"} or token.pos_ != "VERB" or (
                _second_clause(token)):
            continue
        # a clause inside the words ("faster than anyone expected") is no report of its own
        inside = token.dep_ == "advcl" and token.left_edge.i > 0 and not doc[
            token.left_edge.i - 1].is_punct
        if token.lower_ in lex.verbs and not inside and (
                token.dep_ == "conj" or subject_of(token) is not None):
            return _before(doc, first, token.left_edge.i - 1, last)
    return last


def _second_clause(token: Token) -> bool:
    """A clause joined to the reported words by "and that" or "but that": the same cue's
    second report ("said the plan works and that she wants more"), not one of its own."""
    return token.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def before_apposition(doc: Doc, first: Token, last: Token) -> Token:
    """Cut the words before a noun phrase set off by a comma that closes them: the
    writer's gloss on the last name ("… met the envoy, a former banker"), not the source's
    words. A list ("Israel, the trade deal and the court") is no gloss."""
    for comma in doc[first.i + 1:last.i]:
        if comma.text != ",":
            continue
        gloss = doc[comma.i + 1].head
        if doc[comma.i + 1].dep_ in _GLOSS_OPENERS and gloss.dep_ == "appos" and (
                gloss.right_edge.i >= last.i - 1) and not any(
                t.dep_ == "cc" for t in gloss.subtree):
            return _before(doc, first, comma.i - 1, last)
    return last


def _aside(token: Token, last: Token) -> bool:
    """The writer's aside set off by a comma: about a name ("…, Mr. Sanders, who also held
    a rally in Mason City"), or about anything when it closes the words ("…, which will
    become harder as the election nears", "…, which he argued would help") — not the
    source's words, or a report of their own."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    closes = token.right_edge.i >= last.i and any(
        c.lower_ == "which" or token.lower_ in cues().verbs for c in subjects)
    return (token.dep_ == "relcl" and (token.head.pos_ == "PROPN" or closes)
            and token.left_edge.i > 0 and token.left_edge.nbor(-1).text == ",")


def _before(doc: Doc, first: Token, cut: int, last: Token) -> Token:
    """The last token up to ``cut`` that is not punctuation or a joining word; ``last``
    when nothing is left."""
    while cut > first.i and (doc[cut].is_punct or doc[cut].dep_ in {"cc", "mark"}):
        cut -= 1
    return doc[cut] if cut >= first.i else last


def vouching(token: Token) -> tuple[Token, Token] | None:
    """The cue's last word and the source of "according to X, …" at "according", and of
    "In a poll released Monday, …" at the poll, which must open its clause."""
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        return (to, source) if to is not None and source is not None else None
    prep = token.head
    if (token.dep_ == "pobj" and prep.lower_ == "in" and prep.dep_ == "prep"
            and prep.i < prep.head.i and prep.head.pos_ in ("VERB", "AUX")
            and prep.head.lower_ not in cues().verbs):  # "In a poll, the firm found …"
        return prep, token
    return None


def according_clause(token: Token, source: Token, sentence: Span) -> tuple[int, int]:
    """What "according to X" vouches for: the longer side of its sentence — or of the
    relative or subordinate clause it sits in ("…, because, according to the organisers,
    nobody bought tickets") — unless it trails a subordinate clause, which it then vouches
    for with the rest of its sentence ("Lee won the city, while Ode won the farms, according
    to the count")."""
    head = token.head
    if head.dep_ == "relcl" or (head.dep_ == "advcl" and token.i < head.i and any(
            c.dep_ == "mark" for c in head.children)):
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    else:
        start, end = sentence.start_char, sentence.end_char
    phrase_end = source.right_edge.idx + len(source.right_edge)
    if token.idx - start < end - phrase_end:
        return phrase_end, end
    return start, token.idx


#: An article right before a speaker named without it: "(the) senator said".
_ARTICLE_BEFORE = re.compile(r"\b(the|a|an|The|A|An) $")


def outside_attribution(text: str, quote: dict[str, Any]) -> list[list[int]]:
    """The parts of a quote's words without the attribution that stands inside them:
    "which [she claimed] would pay for itself" — the speaker and cue are not what was
    said. A quote already in parts, or whose cue is outside it, keeps its parts."""
    parts: list[list[int]] = quote["parts"]
    cue, speaker = quote["cue_span"], quote["speaker_span"]
    start, end = quote["span"]
    if len(parts) > 1 or cue is None or not start < cue[0] < end:
        return parts
    cut = list(cue)
    if speaker is not None and start <= speaker[0] and speaker[1] <= end:
        # the speaker next to the cue: "she claimed", "…, said Ana Lopez, …"
        if 0 <= cue[0] - speaker[1] <= 12 and "," not in text[speaker[1]:cue[0]]:
            cut[0] = speaker[0]
            article = _ARTICLE_BEFORE.search(text, start, cut[0])
            cut[0] = article.start(1) if article else cut[0]  # "the senator said"
        elif 0 <= speaker[0] - cue[1] <= 2:
            cut[1] = speaker[1]
    left = len(text[start:cut[0]].rstrip(" ,"))
    right = len(text[cut[1]:end]) - len(text[cut[1]:end].lstrip(" ,"))
    head, tail = [start, start + left], [cut[1] + right, end]
    if not (any(c.isalnum() for c in text[slice(*head)])
            and any(c.isalnum() for c in text[slice(*tail)])):
        return parts
    return [head, tail]
