"""Speakers: the subject of a cue, and the span that names the speaker as written."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from eventwire.facts.quotes.lexicon import reporting_vehicles, reporting_verbs
from eventwire.facts.quotes.misparsed import TIME_LABELS

_SPEAKER_DROP_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advcl", "parataxis"})
_INVERTING_LEMMAS = frozenset({"say", "add", "write", "ask", "explain", "reply", "continue"})
_QUOTING_LEMMAS = frozenset({"quote"})  # the one quoted speaks, not the one who quotes
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_VERBAL = frozenset({"VERB", "AUX"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "acomp"})
_MISREAD_CUES = frozenset({"read", "reads", "said", "says", "stated", "states"})
_VEHICLE_DEPS = frozenset({"amod", "compound", "nsubj"})
_MISREAD_DEPS = frozenset({"advmod", "npadvmod", "compound"})


def subject(verb: Token, quoted: Callable[[Token], bool] | None = None) -> Token | None:
    """The speaker's head token: the verb's subject, its agent, or a governing verb's.

    ``quoted`` tells whether a word lies in quoted text: a word inside a quotation is never the
    speaker, though the parser may make it a subject ('"Full panic mode," said X'; '"The offer,"
    X said, "does not …"').
    """
    through = ""
    for _ in range(4):
        # "X was quoted as saying", "the agency quoted X as saying"; and the one heard or asked
        # to speak: "X can be heard yelling …", "X was asked to comment"
        quoting = verb.lemma_ in _QUOTING_LEMMAS
        raised = ("nsubjpass", "dobj") if quoting else ("nsubjpass",) if through == "xcomp" else ()
        for child in verb.children if raised else ():
            if child.dep_ in raised and not (quoted is not None and quoted(child)):
                return child
        for child in _subjects_last_first(verb):
            if quoted is not None and quoted(child):
                continue
            if child.dep_ == "nsubj":
                if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head
                return _named_title(verb, child) or child
            if child.dep_ == "agent":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if misread_cue(verb):
            return next(c for c in reversed(list(verb.lefts)) if c.dep_ in _VEHICLE_DEPS)
        misread = _misread_name(verb)
        if misread is not None:
            return misread
        for child in verb.rights if verb.lemma_ in _INVERTING_LEMMAS else ():
            if child.dep_ in {"dobj", "attr"} and child.left_edge.i == verb.i + 1:
                return child  # "…," said a senior official.
        if verb.lemma_ in _INVERTING_LEMMAS and cue_in_name(verb):
            return verb.head  # 'Said Ellis: "…"': the parser took the cue for part of the name
        following = _name_after(verb) if verb.lemma_ in _INVERTING_LEMMAS else None
        if following is not None:
            return following
        issuer = _issuer(verb)
        if issuer is not None:
            through, verb = "acl", issuer
            continue
        if _finite_acl(verb):
            return verb.head  # "The coup leaders, who …, announced …" read as "leaders announced"
        if verb.dep_ not in _SUBJECT_INHERIT_DEPS or verb.head.i == verb.i:
            return None
        if through == "" and second_cue(verb, _is_reporting):
            verb = reported_clause(verb)  # 'said the attack was "unacceptable" and called …'
        through, participle = verb.dep_, verb.tag_ == "VBG"
        verb = verb.head
        if through == "pcomp" and verb.dep_ == "prep" and verb.head.pos_ in _VERBAL:
            verb = verb.head  # 'began by saying …', 'after saying …': the verb the phrase modifies
        elif (
            through == "advcl" and participle and verb.dep_ == "ccomp" and verb.head.pos_ in _VERBAL
        ):
            verb = verb.head  # 'insisted the policy was working, saying …': the one who insisted
    return None


def _subjects_last_first(verb: Token) -> list[Token]:
    """The verb's children with a second subject before it first: the parser may make a
    dateline a subject too ("ACCRA, Dec 9 (Reuters) - Ghana's Electoral Commission said"), and
    the subject nearer the verb is the one that speaks."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2:
        return children
    return [subjects[-1], *(c for c in children if c is not subjects[-1])]


def misread_cue(token: Token) -> bool:
    """A cue before a colon that the tagger read as a noun, taking the noun before it for its
    modifier ('The ruling read: "…"', 'The decree read: "…"'): the root of its sentence, tagged
    as a noun, with the noun that wrote it to its left."""
    doc = token.doc
    return (
        token.dep_ == "ROOT"
        and token.tag_ in ("NN", "NNS")
        and token.lower_ in _MISREAD_CUES
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text == ":"
        and any(c.dep_ in _VEHICLE_DEPS and c.i == token.i - 1 for c in token.lefts)
    )


def _misread_name(verb: Token) -> Token | None:
    """A name the parser took for another word of a verb with no subject of its own: an adverb
    or part of a compound ('Baerbock said …', '"…," Bozell answers'), or a modal after a
    quotation ('"…," Will wrote'). It stands just before the verb, opening its clause."""
    if not verb.tag_.startswith("VB") or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    opening = name.i == verb.sent.start
    if name.head.i != verb.i or not (opening or verb.doc[name.i - 1].is_punct):
        return None
    if name.ent_type_ in TIME_LABELS or not name.is_title:
        return None
    if name.tag_ == "NNP" and name.dep_ in _MISREAD_DEPS:
        return name
    if name.tag_ == "NN" and name.dep_ == "compound" and not opening:
        return name  # '"…," Dunmore answers': a capitalised word after a quotation, as a noun
    return name if name.tag_ == "MD" and name.dep_ == "aux" and not opening else None


def _name_after(verb: Token) -> Token | None:
    """The name just after an inverted cue with no subject that the parser gave to a later verb
    ('"…," said Robin Maynard, half joking': 'Maynard' taken for the subject of 'joking')."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].tag_ != "NNP" or verb.tag_ not in _FINITE_TAGS:
        return None
    if verb.i == 0 or not doc[verb.i - 1].is_punct:
        return None  # the cue closes a quotation: '"…," said X' ('saying X would …' is what X did)
    name = doc[verb.i + 1]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.tag_ == "NNP":
        name = name.head
    later = name.head
    ends = name.i + 1 >= len(doc) or doc[name.i + 1].is_punct
    subject_of_later = name.dep_ == "nsubj" and later.i > name.i and later.pos_ in _VERBAL
    return name if subject_of_later and ends else None


def second_cue(verb: Token, is_cue: Callable[[Token], bool]) -> bool:
    """A cue the parser joined to what another cue reports ('said the bridge would reopen and
    added that …'): with no subject of its own, the first cue's tense and a form the reported
    verb cannot be coordinated with, it is the first speaker's second saying; not a verb of the
    reported clause ('said they should change the laws rather than criticize him', 'said they
    learned of it and disclosed it') nor a second report of its subject ('says Ana promised …
    and said …'). A finite verb joined to an infinitive ('said Moscow planned to pull back and
    accused …') or to a state of a subject that cannot speak ('said the risk was "real" and
    accused …') is never the reported clause's own."""
    clause = reported_clause(verb)
    auxiliary = any(child.dep_ in ("aux", "auxpass") for child in clause.children)
    return (
        verb.dep_ == "conj"
        and clause.dep_ == "ccomp"
        and verb.tag_ in _FINITE_TAGS
        and verb.tag_ == clause.head.tag_
        and (auxiliary or clause.tag_ != verb.tag_ or clause != verb.head or _mute_state(clause))
        and is_cue(verb)
        and is_cue(clause.head)
        and (not is_cue(clause) or _shifted(clause, verb))
        and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
    )


def _shifted(clause: Token, verb: Token) -> bool:
    """A past verb joined to a present reported clause keeps the report's tense, not the
    clause's ('said the proposal "responds to his conditions" and accused …')."""
    return clause.tag_ in ("VBZ", "VBP") and verb.tag_ == "VBD"


def reported_clause(verb: Token) -> Token:
    """The clause a joined verb hangs on, up through the infinitives it cannot be coordinated
    with ('planned to return the troops and accused …': 'planned')."""
    clause = verb.head
    while clause.dep_ == "xcomp" and clause.tag_ == "VB" and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _mute_state(clause: Token) -> bool:
    """A copula whose subject is no one who could speak ('the threat … was "very high"'): not a
    pronoun or a named person, group or place."""
    subjects = [child for child in clause.children if child.dep_ == "nsubj"]
    return (
        clause.lemma_ == "be"
        and bool(subjects)
        and all(s.pos_ == "NOUN" and not s.ent_type_ for s in subjects)
    )


def _is_reporting(token: Token) -> bool:
    """A verb of the reporting lexicon (speech, writing or stance; not a belief or plan)."""
    entry = reporting_verbs().get(token.lemma_.lower())
    return entry is not None and not entry.broad and token.tag_.startswith("VB")


def _issuer(verb: Token) -> Token | None:
    """The verb whose subject issued the thing a cue hangs on: 'issued a statement saying …',
    'said at a news conference announcing …'; None when the cue hangs on no such thing."""
    thing = verb.head
    if verb.dep_ != "acl" or thing.lemma_.lower() not in reporting_vehicles():
        return None
    if thing.dep_ == "dobj" and thing.head.pos_ in _VERBAL:
        return thing.head
    preposition = thing.head
    if thing.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.head.pos_ in _VERBAL:
        return preposition.head
    return None


def _finite_acl(verb: Token) -> bool:
    """A past-tense verb the parser hung on the sentence's head noun as a clause describing it
    ("The coup leaders, who call themselves …, announced on television that …", the noun the
    root): the noun is its subject."""
    head = verb.head
    reports = any(c.dep_ == "ccomp" for c in verb.children)  # a sentence with no other verb
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and reports
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def speaker_span(doc: Doc, head: Token) -> Span:
    """The words that name the speaker around its head (appositions and clauses cut off), but
    a name in apposition to a title is kept: "Russia's foreign minister, Sergei Lavrov", "the head
    of the delegation, Vladimir Medinsky"."""
    indices = [head.i]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if _set_off(token, child):
                continue  # '…," said Fatima Noor, a mother of four, in the camp': where, not who
            if (child.dep_ not in _SPEAKER_DROP_DEPS or _names_title(child)) and not cue_in_name(
                child
            ):
                indices.append(child.i)
                stack.append(child)
    lo, hi = min(indices), max(indices) + 1
    for index in range(lo, head.i):
        if "\n" in doc[index].text_with_ws:
            lo = index + 1
    for index in range(head.i, hi):
        if "\n" in doc[index].text_with_ws:
            hi = index + 1
            break
    while lo < head.i and doc[lo].is_punct:
        lo += 1
    while hi > head.i + 1 and doc[hi - 1].is_punct:
        hi -= 1
    return doc[lo:hi]


def _named_title(verb: Token, title: Token) -> Token | None:
    """The name right after a common noun the parser made a second subject of the same verb
    ('asked councillor Ruth Adeyemi': 'councillor' and 'Adeyemi'): the name is who speaks."""
    if title.pos_ != "NOUN":
        return None
    after = title.right_edge.i + 1
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.left_edge.i == after
        ),
        None,
    )


def _set_off(token: Token, child: Token) -> bool:
    """A prepositional phrase a comma sets apart from the name it hangs on."""
    return child.dep_ == "prep" and any(
        sibling.text == "," and token.i < sibling.i < child.i for sibling in token.children
    )


def cue_in_name(token: Token) -> bool:
    """A verb the parser made part of the name after it ('Said Ellis: "…"')."""
    return token.dep_ == "compound" and token.tag_.startswith("VB") and token.head.i > token.i


def _names_title(child: Token) -> bool:
    """An apposition that names the person a common noun describes ("the minister, Lavrov")."""
    untagged_name = not child.ent_type_ and all(t.tag_ == "NNP" for t in child.subtree)
    return (
        child.dep_ == "appos"
        and child.head.pos_ == "NOUN"
        and child.pos_ == "PROPN"
        and (child.ent_type_ == "PERSON" or untagged_name)  # 'one farmer, Jan de Vries'
    )
