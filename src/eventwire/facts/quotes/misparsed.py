"""Reported clauses the parser hides: a that-clause taken for a relative clause of the cue's
object, a complement taken for an adverbial clause, an object or an infinitive."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.facts.quotes.lexicon import reporting_vehicles

TIME_LABELS = frozenset({"DATE", "TIME"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_DEGREE = frozenset({"so", "such"})
_SAYING_CLASSES = frozenset({"speech", "writing"})
# Gatherings and audiences a speaker tells or addresses things at ("told a news conference that
# …", "said at a briefing that …"), which a that-clause after them reports to, not describes.
_AUDIENCES = frozenset(
    {"conference", "briefing", "meeting", "rally", "crowd", "audience", "session", "hearing",
     "summit", "forum", "parliament", "assembly", "council", "committee", "reporter",
     "journalist", "lawmaker", "legislator", "senator", "supporter", "delegate", "gathering"}
)  # fmt: skip  # 'tweeted on Friday that …' as 'said …'


def misparsed_relative(cue: Token, sent_end: int) -> tuple[int, int] | None:
    """A reported clause the parser hung on the cue's object as a relative one: "told a meeting
    of leaders that few people understood …", "reported at the time that the editor …". Its
    "that" takes no place in the clause, which has a subject of its own; a time ('said on the day
    that he resigned') is a relative clause indeed. A thing a source issues may hold the clause
    as its own complement ("said in a statement that fares would rise")."""
    for noun in _objects(cue):
        issued = noun.lemma_.lower() in reporting_vehicles()
        if noun.ent_type_ in TIME_LABELS or _degree(noun):
            continue  # 'so many layers that it would …' is a result, not what was said
        for clause in noun.rights:
            tensed = clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                child.dep_ in ("aux", "auxpass") for child in clause.children
            )
            if clause.dep_ not in ("relcl", "acl") or (clause.dep_ == "acl" and not issued):
                continue
            if not tensed:
                continue
            that = clause.doc[clause.left_edge.i]
            # 'that' cannot be the object of 'be' ("… to the guards that the man was unarmed")
            free = that.dep_ in ("mark", "advmod") or (
                that.dep_ == "dobj" and clause.lemma_ == "be"
            )
            placed = not free or that.head.i != clause.i
            if placed and noun.lemma_.lower() in _AUDIENCES and that.head.i == clause.i:
                # "told a news conference that police had acted …": a news conference is told
                # things, not acted; the parser made "that" the clause's object
                placed = that.dep_ not in ("dobj", "obj") or any(
                    c.dep_ == "ccomp" for c in clause.children
                )
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            if that.lower_ != "that" or placed or any(c.i == that.i for c in subjects):
                continue
            return that.i + 1, min(clause.right_edge.i + 1, sent_end)
    return None


def _degree(noun: Token) -> bool:
    """A noun with "so" or "such" before it ('so many layers', 'such a mess')."""
    return any(t.lower_ in _DEGREE for t in noun.subtree if t.i < noun.i)


def _objects(cue: Token) -> list[Token]:
    """The cue's object and the objects of its prepositions and of its object's ('told a meeting
    of leaders', 'reported at the time')."""
    found = []
    for child in cue.rights:
        if child.dep_ in ("dobj", "dative"):
            found.append(child)
        elif child.dep_ == "prep":
            found.extend(o for o in child.children if o.dep_ == "pobj")
    for noun in list(found):
        for prep in (c for c in noun.rights if c.dep_ == "prep"):
            found.extend(o for o in prep.children if o.dep_ == "pobj")
    return found


def misparsed_clause(cue: Token, sent_end: int) -> tuple[int, int] | None:
    """A clause the parser hung under a speech verb as an object or infinitive: "said legalizing
    it could put …" (``legalizing`` as xcomp); it must hold a finite verb of its own."""
    for child in cue.rights:
        if child.dep_ not in ("xcomp", "dobj") or child.tag_ not in ("VBG", "NN", "NNS"):
            continue
        if any(_finite_clause(grand) for grand in child.children if grand.dep_ == "ccomp"):
            return child.left_edge.i, min(child.right_edge.i + 1, sent_end)
    return None


def misparsed_complement(child: Token, cue: Token, cls: str) -> bool:
    """A reported clause the parser took for an adverbial one: "said after the convention he
    would not accept …", "tweeted in the early hours that …" (a finite clause after a verb of
    saying or writing, with no conjunction of its own: the "that" taken for an adverb is none).
    A 'when' clause is a time ('what she said when she resigned'), unless it asks what is to come
    ('have not said when they would vote')."""
    time = any(c.tag_ == "WRB" for c in child.children) and not any(
        c.tag_ == "MD" for c in child.children
    )
    return (
        cls in _SAYING_CLASSES
        and child.dep_ == "advcl"
        and child.i > cue.i
        and _finite_clause(child)
        and not time
        and not any(c.dep_ == "mark" for c in child.children)
    )


def _finite_clause(verb: Token) -> bool:
    """A verb with a subject and a tense of its own ("it could put", "prices rose")."""
    subject = any(child.dep_ in SUBJECT_DEPS for child in verb.children)
    modal = any(child.tag_ == "MD" for child in verb.children)
    return subject and (verb.tag_ in ("VBD", "VBZ", "VBP") or modal)
