"""Tense around a date expression: whether "Thursday" is the coming one or the last one."""

from __future__ import annotations

from spacy.tokens import Token

FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
# "would" is the future seen from a past report ("said he would travel Thursday"); "would have"
# is not.
_FUTURE_IN_PAST = "would"
FUTURE_GOVERNORS = frozenset({"schedule", "plan", "due", "expect", "set", "intend", "going"})
# Governors that also name a finished act: "a record set on Aug. 6" is the day it was set.
_DONE_ON = frozenset({"set"})
# Adjectives whose infinitive lies ahead: "likely to vote Tuesday", "poised to sign Friday".
_EXPECTED = frozenset({"likely", "unlikely", "poise", "due", "certain", "sure", "bound", "ready"})
# Verbs that ask for an act: the act asked for comes after the asking ("urged them to vote on
# Tuesday"), unless the asking is itself told as further back ("had urged …").
_REQUESTS = frozenset(
    {"urge", "ask", "call", "demand", "order", "press", "request", "invite", "encourage",
     "appeal", "instruct", "tell", "direct", "summon"}
)  # fmt: skip
_FORECAST_PHRASES = ("as soon as", "as early as", "no sooner than", "no earlier than")
_DEFERRING = frozenset({"postpone", "delay", "adjourn", "defer", "suspend", "extend", "push"})
# Verbs whose past tense is spelled as the present: "stocks hurt the index on Friday" is past.
_SAME_IN_PAST = frozenset({
    "hurt", "cut", "put", "set", "hit", "let", "cost", "quit", "shut", "spread", "cast", "bid",
    "burst", "split", "upset", "broadcast", "forecast", "shed", "bet", "read", "beat",
})  # fmt: skip
# Prepositions that put a day on a verb as its time, not as a limit ahead ("extended to", "by")
_POINT_PREPOSITIONS = frozenset({"on", "at", "in", "since", "from", "after"})
# Present-tense verbs that report rather than schedule ("the ministry says Tuesday …").
_OBLIGATION = frozenset({"must", "should"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
_PRESENT_REPORTS = frozenset({"say", "tell", "report", "announce", "confirm", "claim", "be"})


def is_future_context(token: Token) -> bool:
    """Whether the clause governing ``token`` is in the future tense ("will meet on Thursday")."""
    if token.dep_ == "poss":
        return False  # "Wednesday's ruling" names something that already happened
    if _since(token):
        return False
    first = token.left_edge.i
    before = " ".join(t.lower_ for t in token.doc[max(first - 3, 0) : first])
    if before.endswith(_FORECAST_PHRASES):
        return True  # "as soon as Tuesday", "as early as next week"
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    verb = cue_of_date(token, verb)
    if verb.lemma_ in _DEFERRING and "until" in before.split()[-1:]:
        return True  # "postponed until Tuesday": the deferred day is ahead
    present = verb.tag_ == "VBZ" or (verb.tag_ == "VBP" and verb.lower_ not in _SAME_IN_PAST)
    if present and verb.lemma_ not in _PRESENT_REPORTS and not _perfect(verb):
        return True  # "The ministers meet Thursday": the news present is a future
    if _progressive(verb) and verb.lemma_ not in _PRESENT_REPORTS and _on_verb(token, verb):
        # "The minister is travelling to Beijing on Friday": an arrangement; not "police are
        # investigating an attack on Monday", where the day is the attack's
        return True
    reduced = not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
    if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and not _auxiliaries(verb) and reduced:
        # "the decision, announced Wednesday": done; "a summit planned for Saturday" is ahead
        # unless the sentence says it is over ("… was canceled")
        main = verb.head.head if verb.dep_ == "acl" else verb.head
        return _schedules(verb, token) and not _past(main)
    for _ in range(3):  # the verb, then up through xcomp/ccomp chains ("is scheduled to meet")
        children = _auxiliaries(verb)
        if FUTURE_AUXILIARIES.intersection(children) or _would(children) or _obliged(children):
            return True
        if _schedules(verb, token):
            return True
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            break
        if verb.head.lemma_ == "be" and verb.dep_ == "xcomp":
            return True  # "is to resume trading Tuesday"
        if verb.dep_ == "xcomp" and verb.head.lemma_ in _EXPECTED:
            return True  # "are likely to back the plan on Tuesday"
        if verb.dep_ == "xcomp" and verb.head.lemma_ in _REQUESTS and not _pluperfect(verb.head):
            return True  # "urged workers to strike on Thursday": what is asked for lies ahead
        verb = verb.head
        if verb.pos_ == "ADV" and verb.dep_ == "advmod":
            verb = verb.head  # "buy as soon as trading opens Monday": the clause "soon" modifies
    return False


def is_past_context(token: Token) -> bool:
    """Whether the clause governing ``token`` tells of what is over ("the quarter ended Sept. 30",
    "was killed on May 6"); False when it is future or its tense is not plain."""
    if _since(token):
        return True
    if is_future_context(token):
        return False
    # only a date on the verb itself: "payable Dec. 1", "extended to Nov. 16" may lie ahead
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in _POINT_PREPOSITIONS:
        verb = verb.head
    verb = cue_of_date(token, verb)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in FUTURE_GOVERNORS:
        return False
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not _auxiliaries(verb):
        return True  # "the quarter ended Sept. 30", "the decision, announced on Jan. 5"
    return _past(verb) or (verb.tag_ == "VBN" and bool({"has", "have"} & set(_auxiliaries(verb))))


def cue_of_date(date: Token, verb: Token) -> Token:
    """The verb a date belongs to: the reporting verb before it when the parser hung the date on
    the reported clause ("said on Friday the government would seek …": said on Friday), else
    ``verb``. Only a date between the two verbs and before the clause's subject moves."""
    phrase = date.head if date.dep_ == "pobj" else date
    if verb.dep_ != "ccomp" or phrase.head.i != verb.i or not verb.head.i < phrase.i < verb.i:
        return verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].left_edge.i <= phrase.right_edge.i:
        return verb
    cue = verb.head
    between = range(cue.i + 1, phrase.left_edge.i)
    if any(date.doc[i].head.i == verb.i or date.doc[i].dep_ == "mark" for i in between):
        return verb  # "said that on Friday the government would …": the clause's own date
    return cue


def _since(date: Token) -> bool:
    """Whether the date follows "since": a day something has lasted since is past, whatever the
    verb ("prices will stay high, as they have been since Feb. 20")."""
    return date.dep_ == "pobj" and date.head.lower_ == "since"


def _schedules(verb: Token, date: Token) -> bool:
    """Whether a verb puts the date ahead ("planned for Saturday"), not "a record set on Aug. 6"."""
    if verb.lemma_ not in FUTURE_GOVERNORS:
        return False
    on_verb = date.dep_ == "pobj" and date.head.lower_ == "on" and date.head.head == verb
    if on_verb and date.i < verb.i and verb.tag_ == "VBD" and not _auxiliaries(verb):
        # put before the clause, the day dates the plan itself: "On Friday, the government
        # planned to pay …"; after it, "planned a rally on Saturday" can be the rally's day
        return False
    return not (on_verb and verb.lemma_ in _DONE_ON and not _auxiliaries(verb))


def _progressive(verb: Token) -> bool:
    """A present progressive ("is travelling", "are meeting"), not "has been meeting"."""
    auxiliaries = _auxiliaries(verb)
    return verb.tag_ == "VBG" and bool(_PRESENT_BE & set(auxiliaries)) and "been" not in auxiliaries


def _on_verb(date: Token, verb: Token) -> bool:
    """Whether the date modifies the verb itself ("travels on Friday", "travels Friday")."""
    return date.head == verb or (date.head.dep_ == "prep" and date.head.head == verb)


def _obliged(auxiliaries: list[str]) -> bool:
    """'must respond by Friday', 'should vote on Tuesday': an obligation is ahead; 'must have
    known' is not."""
    return bool(_OBLIGATION.intersection(auxiliaries)) and "have" not in auxiliaries


def _would(auxiliaries: list[str]) -> bool:
    """'would travel', 'would be traveling'; not the unreal past 'would have met'."""
    return _FUTURE_IN_PAST in auxiliaries and "have" not in auxiliaries


def _auxiliaries(verb: Token) -> list[str]:
    return [child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")]


def _past(verb: Token) -> bool:
    """Whether a verb is in a past tense ("was canceled", "fell")."""
    auxiliaries = _auxiliaries(verb)
    return verb.tag_ == "VBD" or any(a in ("was", "were", "had", "did") for a in auxiliaries)


def _perfect(verb: Token) -> bool:
    """Whether a present-tense form is an auxiliary of a perfect or progressive ("has met")."""
    auxiliaries = (c for c in verb.children if c.dep_ in ("aux", "auxpass"))
    return verb.dep_ in ("aux", "auxpass") or any(c.lemma_ in ("have", "be") for c in auxiliaries)


def _pluperfect(verb: Token) -> bool:
    """A past perfect ("had urged"), which tells of what came before the story's own past."""
    return "had" in _auxiliaries(verb)
