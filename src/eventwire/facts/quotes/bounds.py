"""Where reported content ends: the phrase of a stated position (``called for a ceasefire``,
``accused Kyiv of stalling``), a reported clause without the sayings the parser hung on it, and
the words a verb governs without a second verb of its subject."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.facts.quotes.context import Context
from eventwire.facts.quotes.lexicon import comment_nouns
from eventwire.facts.quotes.misparsed import SUBJECT_DEPS, TIME_LABELS
from eventwire.facts.quotes.sources import infinitive
from eventwire.facts.quotes.speakers import second_cue

_VERBAL = frozenset({"VERB", "AUX"})
_PHRASE_DEPS = frozenset({"dobj", "oprd", "ccomp", "xcomp", "attr", "dative"})
_PHRASE_STOP_DEPS = frozenset({"punct", "advcl", "parataxis", "mark", "relcl"})
_NAMED_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp"})
_LIKENING = frozenset({"liken", "compare"})  # 'likened the plan to a blank check' says what it is
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})  # 'the proposed cuts': no clause
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
_PREPOSITION_LIKE = frozenset({"include", "exclude"})  # '…, including conspiracy': a list goes on
_COMMENT_MARKS = frozenset({",", "—", "–", ";"})
_COMMENT_CLAUSES = frozenset({"relcl", "acl"})


def phrase(ctx: Context, cue: Token, sent_end: int) -> tuple[int, int] | None:
    """The object phrase of a stance cue, or the object of one of its prepositions."""
    entry = ctx.lexicon[cue.lemma_.lower()]
    if _adverbial(cue):
        return None
    for child in cue.rights:
        if child.lower_ in entry.preps and child.dep_ in {"prep", "prt"}:
            if _temporal(child):
                continue  # 'called on Friday' is a time, not whom the call was on
            if entry.naming and any(c.dep_ == "dobj" and c.i < child.i for c in cue.children):
                continue  # 'which Seoul calls rehearsals for an invasion' names, asks for nothing
            end = min(_phrase_end(cue, child) + 1, sent_end)
            if _bare_pronoun(cue.doc[child.i + 1 : end]):
                return None  # 'cautioned against it': the thing was named before, not here
            return (child.i + 1, end) if end > child.i + 1 else None
    if entry.phrase or entry.naming:
        parts = [child for child in cue.rights if child.dep_ in _PHRASE_DEPS]
        if entry.event_object:
            parts = [part for part in parts if not _names_a_thing(part)]
        if parts and (not entry.naming or _names(cue, parts[0])):
            end = min(_phrase_end(cue, parts[0]) + 1, sent_end)
            return _gerund_start(parts[0], entry.preps, parts[0].left_edge.i), end
    return None


def bare_object(ctx: Context, cue: Token, start: int, end: int) -> bool:
    """Whether a stated position's phrase ``[start, end)`` is a bare noun phrase: a short act
    done to a thing ('called for calm', 'promised new aid', 'denies the charges', 'asked for a
    sentence of five years'), with no verb of a clause, infinitive or gerund in it, nothing in
    quotation marks and no predicate the cue gives its object ('called the plan a disgrace',
    'described the talks as ominous', 'likened the plan to a blank check'); a relative clause
    ('his manager, who took over in October') only says which thing it is. What people say, in
    the GenderGapTracker's sense, is a clause or words quoted; this is only an attribution
    (PolNeAR counts it)."""
    words = ctx.doc[start:end]
    described = {t.i for clause in words if clause.dep_ == "relcl" for t in clause.subtree}
    if any(
        t.pos_ in _VERBAL and t.dep_ not in _MODIFIER_DEPS and t.i not in described for t in words
    ):
        return False
    if ctx.regions.within(words.start_char, words.end_char):
        return False
    thing = next((c for c in cue.rights if c.dep_ in _PHRASE_DEPS), None)
    if thing is not None and cue.lemma_ in _LIKENING:
        return not any(c.dep_ == "prep" and c.lower_ == "to" for c in cue.rights)
    return thing is None or not _names(cue, thing)


def _bare_pronoun(words: Span) -> bool:
    """Whether a content is one pronoun and nothing else ('it', 'them')."""
    kept = [t for t in words if not t.is_punct]
    return len(kept) == 1 and kept[0].pos_ == "PRON"


def _gerund_start(thing: Token, preps: frozenset[str], start: int) -> int:
    """Where the stated position starts when the parser hangs the cue's preposition on its
    object ('accused the president of misleading voters': 'misleading voters', as when 'of'
    hangs on the cue), else ``start``."""
    for child in thing.rights:
        gerund = any(grand.dep_ == "pcomp" for grand in child.children)
        if child.dep_ == "prep" and child.lower_ in preps and gerund:
            return child.i + 1
    return start


def _phrase_end(cue: Token, first: Token) -> int:
    """The last token of a cue's phrase from ``first`` on: its objects, prepositions and
    infinitives ('called on Kyiv to withdraw', 'criticized the plan for its cost'), not a
    clause of its own after a comma or a second verb ('…, saying …', '… and left')."""
    end = first.right_edge.i
    for child in cue.rights:
        if child.i <= first.i or child.dep_ == "cc":
            continue
        gerund = child.tag_ == "VBG" and cue.tag_ != "VBG"  # 'mentioned X and forcing Y'
        if (child.dep_ in _PHRASE_STOP_DEPS and not infinitive(child)) or (
            child.dep_ == "conj" and child.pos_ in _VERBAL and not gerund
        ):
            break  # 'called on Moscow to back …' keeps what it calls for, whatever the label
        if _temporal(child):
            continue  # 'endorsed the mayor on Tuesday': when it was said is no part of it
        end = child.right_edge.i
    return end


def _adverbial(cue: Token) -> bool:
    """A participle that sets the scene of another verb ('while commenting on the strike',
    'when asked about sanctions', 'called to the scene'), not the speaker's own statement."""
    if cue.tag_ not in ("VBG", "VBN") or cue.dep_ == "ROOT":
        return False  # the tagger may take a main verb in "-ed" for a participle
    if any(c.dep_ in ("aux", "auxpass", "nsubj") for c in cue.children):
        return False
    return cue.tag_ == "VBN" or any(c.dep_ == "mark" for c in cue.children)


def _temporal(token: Token) -> bool:
    """A time phrase ('Friday', 'on Tuesday', 'last week')."""
    if token.dep_ == "prep":
        return any(_temporal(o) for o in token.children if o.dep_ == "pobj")
    return token.ent_type_ in TIME_LABELS


def _names_a_thing(part: Token) -> bool:
    """A noun object that names an act or thing ('announced a new loan', 'announced
    sanctions'), not a plan stated with an infinitive ('announced plans to spend …')."""
    nominal = part.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and part.dep_ in ("dobj", "dative")
    return nominal and not any(infinitive(child) for child in part.children if child.dep_ == "acl")


def _names(cue: Token, thing: Token) -> bool:
    """Whether a naming cue says what its object is ('called the plan a disgrace',
    'called the charges unsubstantiated', 'dismissed the charges as baseless'), not just names
    it ('called a meeting', 'dismissed his chief of staff')."""
    return any(
        (c.dep_ in _NAMED_DEPS or (c.dep_ == "prep" and c.lower_ == "as")) and c.i > thing.i
        for c in cue.rights
    ) or any(c.dep_ in ("dobj", "attr", "oprd") or c.lower_ == "as" for c in thing.rights)


def self_named(cue: Token) -> bool:
    """A reflexive object named with a proper name ('called itself "Nordsturm"', 'calls
    himself Dr Doom'), not a description ('calls himself a patriot'): a name given, nothing
    said."""
    thing = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if thing is None or not thing.lower_.endswith(("self", "selves")):
        return False
    after = [c for c in [*cue.rights, *thing.rights] if c.i > thing.i and not c.is_punct]
    if not after:
        return False
    named = [t for t in after[0].subtree if t.is_alpha]
    return bool(named) and all(t.text[:1].isupper() for t in named)


def without_comment(ctx: Context, start: int, end: int) -> int:
    """Where reported content ends before a comment the reporter set after it, a noun of the
    lexicon's ``comments`` in apposition with a clause of its own closing the content ('…, a claim
    the police denied', '…, a figure that could not be verified'); ``end`` when there is none.
    A noun phrase that only describes ('…, a charge of 40 euros a month') is still what was said."""
    doc = ctx.doc
    last = end - 1
    while last > start and doc[last].is_punct:
        last -= 1
    for mark in range(start + 1, last):
        if doc[mark].text not in _COMMENT_MARKS:
            continue
        at = mark + 1
        while at < last and doc[at].pos_ in ("DET", "ADJ", "ADV"):
            at += 1
        noun = doc[at]
        if (
            noun.pos_ == "NOUN"
            and noun.lemma_.lower() in comment_nouns()
            and noun.right_edge.i >= last
            and noun.left_edge.i > mark
            and any(child.dep_ in _COMMENT_CLAUSES for child in noun.rights)
        ):
            return mark
    return end


def clause_end(ctx: Context, clause: Token) -> int:
    """The last token of a reported clause, without a saying the parser hung on its end
    ('insisted the policy was working, saying …': the saying is a quote of its own), or before
    the source that vouches for it ('told Putin that …, according to his office, and …')."""
    source = next((c for c in clause.rights if c.dep_ == "prep" and c.lower_ == "according"), None)
    if source is not None:
        return source.i - 1
    end = clause.right_edge.i
    for child in reversed(list(clause.rights)):
        if child.dep_ == "xcomp" and child.right_edge.i == end:
            return clause_end(ctx, child)  # 'said Moscow planned to return them and accused …'
        if not (_saying(ctx, child) or second_cue(child, ctx.is_cue)):
            break
        end = child.left_edge.i - 1
    return end


def _saying(ctx: Context, child: Token) -> bool:
    """A saying hung on a verb as a participle clause ('…, saying …', '…, adding that …')."""
    return child.dep_ == "advcl" and child.tag_ == "VBG" and ctx.is_cue(child)


def holds_quotation(ctx: Context, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold a whole quoted region after their first word."""
    first, last = ctx.doc[start].idx, ctx.doc[end - 1].idx
    regions = ctx.regions.within(first, last)
    return any(r.start > first and r.end <= last + 1 for _, r in regions)


def own_right_edge(ctx: Context, verb: Token) -> int:
    """The last token of what a verb governs, without a second verb of the sentence's subject:
    'called the invasion "premeditated" and vowed …', 'told his generals to "prepare …" and left'
    (a finite verb cannot be coordinated with an infinitive; the parser may say otherwise). A
    second verb with words of its own in quotation marks stays, as still what was said, unless it
    is a cue with a quote of its own ('called the strike "barbaric" and said it would …')."""
    end = verb.i
    for child in verb.rights:
        if child.dep_ == "cc":
            continue
        second_verb = (
            child.dep_ == "conj"
            and child.pos_ in ("VERB", "AUX")
            and (verb.dep_ not in ("xcomp", "ccomp") or (verb.tag_ == "VB" and child.tag_ != "VB"))
            and (ctx.is_cue(child) or not any(ctx.regions.inside(t) for t in child.subtree))
        )
        if second_verb or _own_clause(ctx, child) or _saying(ctx, child) or _aside(child):
            break  # 'called the vote "a sham," adding that …': the adding is a quote of its own
        end = child.right_edge.i
    return end


def _aside(child: Token) -> bool:
    """A participle clause set off by a comma just after the quoted words, with no subject of its
    own: what the speaker did while saying it ('described the plan as "a betrayal," citing the
    cuts'); the quotation closes what was said."""
    doc = child.doc
    at = child.left_edge.i - 1
    marks = 0
    while at > 0 and doc[at].text in ('"', "”", "»", "'", "’", ","):
        marks += doc[at].text != ","
        at -= 1
    before = doc[at + 1 : child.left_edge.i]
    return (
        child.dep_ == "advcl"
        and child.tag_ in ("VBG", "VBN")
        and child.lemma_ not in _PREPOSITION_LIKE
        and marks > 0
        and any(t.text == "," for t in before)
        and not any(grand.dep_ in SUBJECT_DEPS for grand in child.children)
    )


def _own_clause(ctx: Context, child: Token) -> bool:
    """A clause with a subject of its own that sets another statement against the cue's ('called
    the bill "a gift," while the governor said …', '…, whereas critics see …')."""
    if child.dep_ not in ("advcl", "parataxis"):
        return False
    if not any(grand.dep_ in SUBJECT_DEPS for grand in child.children):
        return False
    contrast = any(g.dep_ == "mark" and g.lower_ in _CONTRAST_MARKS for g in child.children)
    return contrast or ctx.is_cue(child)
