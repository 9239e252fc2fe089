"""Who does an event to whom: its actors and recipients, read from the dependency parse.

Actors come from the trigger's subject (or the agent of a passive, or the possessor or
adjective of a noun: "Russia's offensive", "Palestinian riots"); recipients from its
object, the subject of a passive, the "with", "against", "on", "to" … phrases of the
trigger or its object, the subject of a demanded clause, and — for a frame such as an
agreement or a demand — whom the act it is about is done to. Each is an entity of the
article (``owners_of``): a name, a title or pronoun the actors stage resolved, or an agent
phrase ("Hungarian officials").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .entities import entities_of

#: Prepositions whose object receives the event ("talks with", "sanctions against").
_TO_WHOM = frozenset({"with", "against", "on", "to", "at", "upon", "toward", "towards"})
SUBJECTS = frozenset({"nsubj", "csubj"})
#: Types whose "from" phrase says who receives: withdrawing or expelling from, demanding
#: autonomy from, seizing weapons from.
_FROM_WHOM = frozenset({"RETREAT", "SANCTION", "REQUEST", "COERCE"})
OBJECTS = frozenset({"dobj", "obj", "dative", "attr"})
#: Types whose noun's "from" phrase is where it leaves, not who makes it ("the withdrawal
#: from Kherson" against "demands from UNITA").
_PLACE_FROM = frozenset({"RETREAT", "SANCTION", "COERCE"})
#: Types whose noun's "of" phrase is who it is done to ("the invasion of Kuwait"), not who
#: does it (as in "the withdrawal of Serbian forces").
_OF_WHOM = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def demand_sides(modal: Token, said: Token, owners: dict[int, str]
                 ) -> tuple[list[str], list[str]]:
    """Who demands (the sayer) and of whom (the subject of the demanded clause); no actor
    when they are the same ("Russia said it must defend itself" is no demand)."""
    actors = unique(e for c in said.children if c.dep_ in SUBJECTS for e in named(c, owners))
    recipients = unique(e for c in modal.head.children if c.dep_ in SUBJECTS
                        for e in named(c, owners))
    if not recipients or set(recipients) & set(actors):
        return [], []
    return actors, recipients


def about(child: Token) -> bool:
    """Whether a dependent of a trigger says what the event is about: its clause ("to
    provide aid", "that X cancel", "the demand that Israel ease"), its object noun
    ("demanded the withdrawal"), an "of"/"for"/"against"/"over" phrase ("accused X of
    helping", "called for a ban"), or a participle ("marched, demanding …") — not a clause
    of time or cause ("met after Russia attacked")."""
    if child.dep_ in {"xcomp", "ccomp"}:
        return True
    if child.dep_ == "acl":  # "the demand that Israel ease …"
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
    if child.dep_ in OBJECTS:  # "demanded the withdrawal of …": asked for, not done
        return child.pos_ == "NOUN"
    if child.dep_ == "prep":
        return child.lower_ in {"of", "for", "against", "over"}
    return child.dep_ == "advcl" and child.tag_ == "VBG" and not any(
        c.dep_ == "mark" for c in child.children)


def owners_of(doc: Doc) -> dict[int, str]:
    """Which entity each token names or refers to (titles and pronouns included)."""
    owners: dict[int, str] = {}
    for entity in entities_of(doc):
        for start, end in [*entity.mentions, *entity.coref]:
            span = doc.char_span(start, end, alignment_mode="expand")
            for token in span or ():
                owners.setdefault(token.i, entity.id)
    return owners


def participants(token: Token, owners: dict[int, str], kind: str = ""
                 ) -> tuple[list[str], list[str]]:
    """Actors and recipients of the event at ``token`` (of PLOVER type ``kind``) as entity
    ids: those its own dependents name, else those it implies."""
    actors, recipients = _dependents(token, owners, kind)
    recipients += _by_type(token, owners, kind)
    actors = unique(actors or _inherited(token, owners))
    recipients = recipients or _implied(token, owners)
    return actors, [r for r in unique(recipients) if r not in actors]


def _dependents(token: Token, owners: dict[int, str], kind: str
                ) -> tuple[list[str], list[str]]:
    """Actors and recipients named by the trigger's own dependents."""
    actors: list[str] = []
    recipients: list[str] = []
    verb = token if token.pos_ in {"VERB", "AUX"} else None
    for child in dependents(token):
        if verb is not None and child.dep_ in SUBJECTS:
            actors += named(child, owners)
        elif child.dep_ == "agent" or (verb is None and child.dep_ == "prep" and (
                child.lower_ == "by" or (child.lower_ == "from" and kind not in _PLACE_FROM))):
            actors += [e for g in child.children for e in named(g, owners)]  # "demands from X"
        elif child.dep_ == "nsubjpass" or child.dep_ in OBJECTS:
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children)
            recipients += ([] if own else named(child, owners))  # not "its troops"
            recipients += _to_whom(child, owners)  # "held talks with X"
        elif child.dep_ in {"poss", "amod", "compound"} and verb is None:
            actors += named(child, owners)  # "Russia's offensive", "Palestinian riots"
        elif child.dep_ in {"ccomp", "acl"} and (verb is not None or any(
                m.lower_ == "that" for m in child.children) or child.head.i != token.i):
            recipients += [e for c in child.children if c.dep_ in SUBJECTS
                           for e in named(c, owners)]
        elif child.dep_ == "prep" and child.lower_ == "for":  # "arrived for talks with Xi"
            recipients += [e for g in child.children if g.dep_ == "pobj"
                           for e in _to_whom(g, owners)]
    return actors, recipients + _to_whom(token, owners)


def dependents(token: Token) -> list[Token]:
    """The trigger's dependents; for a noun that is a verb's object, also that verb's
    clause, which English puts there: "reiterated its demand that Israel ease …"."""
    found = list(token.children)
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in OBJECTS:
        found += [c for c in token.head.children if c.dep_ == "ccomp"]
    return found


def _by_type(token: Token, owners: dict[int, str], kind: str) -> list[str]:
    """Recipients some types name in their own way: "the invasion of Kuwait", "withdrew
    its troops from Mali", "demanded autonomy from Serbia"."""
    found: list[str] = []
    if token.pos_ not in {"VERB", "AUX"} and kind in _OF_WHOM:
        found += [e for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" for e in named(g, owners)]
    if kind in _FROM_WHOM:  # also "the withdrawal of forces from X"
        found += [e for c in token.subtree if c.dep_ == "prep" and c.lower_ == "from"
                  and (c.head.i == token.i or c.head.pos_ in {"NOUN", "PROPN"})
                  for g in c.children if g.dep_ == "pobj" for e in named(g, owners)]
    return found


def _implied(token: Token, owners: dict[int, str]) -> list[str]:
    """Recipients no dependent names but the event implies: whom what it is about is done
    to ("agreed to provide aid for Romania"), whoever must meet its condition ("threatened
    to strike unless Israel withdrew"), whom its purpose is aimed at ("began a hunger
    strike to protest against Sweden's decision")."""
    found = [e for child in token.children if about(child) for e in _done_to(child, owners)]
    found = found or [e for clause in _conditions(token) for c in clause.children
                      if c.dep_ in SUBJECTS for e in named(c, owners)]
    return found or [e for clause in _purposes(token)
                     for e in _done_to(clause, owners) + _to_whom(clause, owners)]


def _inherited(token: Token, owners: dict[int, str]) -> list[str]:
    """The actors of a trigger with no subject of its own: those of the verb it hangs on
    ("agreed to cooperate", "is ready to contribute", "held talks")."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return []  # "… should be killed": a passive's doer is its agent, or unknown
    if token.pos_ in {"VERB", "AUX"} and token.dep_ in {"xcomp", "conj", "advcl"}:
        head = token.head.head if token.head.dep_ == "acomp" else token.head
        by = [e for c in head.children if c.dep_ == "agent"  # "was attacked by X, killing"
              for g in c.children for e in named(g, owners)]
        return by or [e for c in head.children if c.dep_ in SUBJECTS | {"nsubjpass"}
                      for e in named(c, owners)]
    if token.pos_ not in {"VERB", "AUX"} and token.dep_ in OBJECTS | {"pobj"}:
        head = token.head if token.dep_ != "pobj" else token.head.head
        return [e for c in head.children if c.dep_ in SUBJECTS for e in named(c, owners)]
    return []


def _done_to(clause: Token, owners: dict[int, str]) -> list[str]:
    """Whom the act a frame is about is done to: the objects of its verb ("to democratize
    Serbia") and their "to"/"for" phrases, or the "of"/"by" phrase of an event noun ("the
    withdrawal of Serbian forces")."""
    if clause.dep_ == "prep":  # "accused X of helping Russia", "called for sanctions on Y"
        return [e for g in clause.children if g.dep_ in {"pobj", "pcomp"}
                for e in _done_to(g, owners)]
    found = _to_whom(clause, owners) + _for_whom(clause, owners)
    for child in clause.children:
        if child.dep_ in OBJECTS or child.dep_ == "dative":
            found += named(child, owners) + _to_whom(child, owners) + _for_whom(child, owners)
        elif child.dep_ in {"prep", "agent"} and child.lower_ in {"of", "by", "from"} \
                and clause.pos_ in {"NOUN", "PROPN"}:  # "rejected an offer from Kabul"
            found += [e for g in child.children if g.dep_ == "pobj" for e in named(g, owners)]
    return unique(found)


def _conditions(token: Token) -> list[Token]:
    """The "if"/"unless" clauses of a trigger or of the clause it is about: a threat or an
    offer is made to whoever must meet the condition."""
    holders = [token, *(c for c in token.children if c.dep_ in {"xcomp", "ccomp"})]
    return [c for h in holders for c in h.children if condition(c)]


def condition(child: Token) -> bool:
    """Whether a dependent is an "if"/"unless" clause: the condition of a threat or an
    offer, not an event of its own."""
    return child.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in child.children)


def _purposes(token: Token) -> list[Token]:
    """The clauses that say what an act was for: "to protest against …", "demanding …",
    "in protest of …" — on the trigger, or on the verb whose object the trigger is."""
    holders = [token, token.head] if token.dep_ in OBJECTS else [token]
    found = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in {"advcl", "xcomp", "relcl"} and child.pos_ == "VERB" and (
                    child.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to"
                                               for c in child.children)):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ == "in":
                found += [g for g in child.children if g.dep_ == "pobj"
                          and g.lower_ in {"protest", "response", "retaliation"}]
    return found


def _for_whom(token: Token, owners: dict[int, str]) -> list[str]:
    """Entities of the "for" phrases of ``token`` ("aid for Romania and Poland")."""
    return [e for child in token.children if child.dep_ == "prep" and child.lower_ == "for"
            for g in child.children if g.dep_ == "pobj" for e in named(g, owners)]


def _to_whom(token: Token, owners: dict[int, str]) -> list[str]:
    """Entities in the phrases of ``token`` that say to whom (``_TO_WHOM``: "with",
    "against", "on", "to" …)."""
    return [e for child in token.children if child.dep_ == "prep" and child.lower_ in _TO_WHOM
            for g in child.children if g.dep_ == "pobj" for e in named(g, owners)]


def named(head: Token, owners: dict[int, str]) -> list[str]:
    """The entities a noun phrase names: its head's, those of its modifiers ("Hungarian
    and Romanian officials") and those of the phrases coordinated with it."""
    if head.pos_ == "ADP":  # a dative "to" ("grant asylum to Castillo"): its object
        return unique(e for g in head.children if g.dep_ == "pobj" for e in named(g, owners))
    found: list[str] = []
    for item in [head, *head.conjuncts]:
        tokens = [t for t in item.subtree if t.i <= item.i]  # "Hungarian … officials"
        tokens += [t for r in item.rights if r.dep_ in {"appos", "compound"} for t in r.subtree]
        if item.i not in owners:  # "thousands of Kurds", "a member of X", "doctors from X",
            tokens += [t for r in item.rights if r.dep_ == "prep"  # "a camp for refugees"
                       and r.lower_ in {"of", "from", "for", "by"} for t in r.subtree]
        found += [owners[t.i] for t in tokens if t.i in owners]
    return unique(found)


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
