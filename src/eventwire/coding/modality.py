"""Polarity, status and attribution of an event from the parse around its trigger.

PLOVER's auxiliary modes: an event is ``negated`` or ``asserted``; its status is ``actual``,
``future``, ``hypothetical`` or ``historical``. Small closed word lists live here as constants.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "'d"})
DEONTIC_MODALS = frozenset({"must", "should", "ought"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Verbs that carry an event in their complement as an intention or a failure.
FUTURE_HEADS = frozenset(
    {
        "plan",
        "intend",
        "expect",
        "prepare",
        "aim",
        "hope",
        "seek",
        "want",
        "set",
        "due",
        "poise",
        "ready",
        "willing",
        "prepared",
        "determined",
        "eager",
        "vow",
        "swear",
        "pledge",
        "promise",
    }
)
FUTURE_NOUNS = frozenset({"plan", "intention", "proposal", "readiness"})
# Nouns whose infinitive names a possibility, not an act: "the ability of its forces to command
# troops", "the right to fire".
POSSIBILITY_NOUNS = frozenset(
    {"ability", "capacity", "capability", "right", "power", "chance", "opportunity", "option",
     "means", "freedom", "authority", "prospect", "possibility", "likelihood"}
)  # fmt: skip
NEGATING_HEADS = frozenset(
    {"fail", "refuse", "decline", "deny", "reject", "halt", "stop", "refusal", "failure"}
)
REPORTING_VERBS = frozenset(
    {
        "say", "tell", "add", "state", "announce", "claim", "report", "write", "insist", "note",
        "confirm", "stress", "declare", "explain", "argue", "acknowledge", "assert", "allege",
        "tweet", "post", "believe", "think", "suggest", "indicate", "reveal", "disclose", "warn",
        "reiterate", "repeat", "conclude", "maintain", "emphasise", "emphasize", "underline",
        "assure", "promise", "vow", "caution",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Modality:
    """Polarity and status of one event, and the token of its attributed speaker if any."""

    polarity: str
    status: str
    conditional: bool
    reporter: Token | None
    condition: bool = False
    deontic: bool = False
    unless: bool = False
    failed: bool = False


def _control_chain(token: Token) -> list[Token]:
    """The trigger and the verbs or nouns that govern it by control ("plans to send")."""
    chain = [token]
    current = token
    while (
        current.dep_ in ("xcomp", "acl", "pcomp", "pobj", "prep", "auxpass") or _to_clause(current)
    ) and current.head.i != current.i:
        current = current.head
        chain.append(current)
        if len(chain) > 6:
            break
    return chain


DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
CLAIM_NOUNS = frozenset(
    {"claim", "report", "allegation", "accusation", "suggestion", "charge", "assertion", "rumour",
     "rumor"}
)  # fmt: skip


DENIERS_OWN = frozenset(
    {"call", "accuse", "blame", "condemn", "describe", "dismiss", "say", "add", "insist", "warn",
     "urge", "demand"}
)  # fmt: skip
"""Verbs that, coordinated after a denied clause, are the denier's own next words ("denied that
its troops had killed civilians and called the images a provocation")."""


def _denied(token: Token) -> bool:
    """The clause is what someone denies: "denied that its forces had struck the port",
    "rejected claims that its troops had shelled the town"."""
    current = token
    while (
        current.dep_ == "conj"
        and current.head.i != current.i
        and current.lemma_.lower() not in DENIERS_OWN
    ):
        current = current.head  # "denied that they had struck and killed", not "… and called"
    head = current.head
    if current.dep_ == "ccomp" and head.lemma_.lower() in DENYING_VERBS:
        return True
    return (
        current.dep_ in ("acl", "ccomp", "relcl")
        and head.lemma_.lower() in CLAIM_NOUNS
        and head.dep_ in ("dobj", "obj")
        and head.head.lemma_.lower() in DENYING_VERBS
    )


def _to_clause(token: Token) -> bool:
    """An infinitive parsed as an adverbial clause ("have sworn to fight")."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _condition_role(token: Token) -> str | None:
    """Whether the trigger is the condition ("if Russia invades") or its consequence.

    Returns ``"condition"`` when the trigger sits in an "if"/"unless" clause or inside "in the
    event of …", ``"consequence"`` when its clause governs one, else None.
    """
    if _in_case_of(token):
        return "condition"
    current: Token | None = token
    steps = 0
    while current is not None and steps < 8:
        for child in current.children:
            if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
                return "condition"
        for child in current.children:
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in child.children
            ):
                return "consequence"
            if child.dep_ == "prep" and child.lower_ == "in" and _case_pobj(child):
                return "consequence"
        if current.dep_ in ("ROOT", "ccomp") or current.head.i == current.i:
            break
        current = current.head
        steps += 1
    return None


def _case_pobj(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and g.lower_ in ("event", "case") for g in prep.children)


def _in_case_of(token: Token) -> bool:
    for ancestor in token.ancestors:
        if ancestor.lower_ in ("event", "case") and ancestor.dep_ == "pobj":
            prep = ancestor.head
            if prep.lower_ == "in":
                return True
    return False


NO_ONE = frozenset({"none", "nobody", "neither", "nothing", "no one"})


def _no_one(subject: Token) -> bool:
    """A subject that denies the act: "neither side", "no country", "none of them"."""
    if subject.lower_ in NO_ONE:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


GENERIC_HEADS = frozenset({"anyone", "anybody", "whoever"})


def _generic(token: Token) -> bool:
    """An act told of anyone who might do it, not of someone who did: "anyone who destroyed
    property would be prosecuted", "whoever attacks us will pay"."""
    if token.dep_ == "relcl" and token.head.lower_ in GENERIC_HEADS:
        return True
    return any(c.dep_ == "nsubj" and c.lower_ in ("whoever", "whomever") for c in token.children)


def modality_of(token: Token, noun: Token | None) -> Modality:
    """Decide polarity and status for an event whose trigger is ``token`` (and ``noun``)."""
    chain = _control_chain(token)
    negated = False
    future = False
    hypothetical = False
    deontic = False
    failed = False
    backshift_only = True  # every hypothetical marker so far is "would" (reported "will")
    for position, link in enumerate(chain):
        # "had not stopped shelling": a denied stop is no denial of the shelling
        cancels = position > 0 and link.lemma_.lower() in NEGATING_HEADS
        for child in link.children:
            word = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "det" and word == "no"):
                if cancels:
                    cancels = False
                    continue
                negated = not negated if position == 0 else True
            elif position == 0 and child.dep_ in ("nsubj", "nsubjpass") and _no_one(child):
                negated = True  # "Neither side gave details", "No country has sent troops"
            elif child.dep_ == "aux" or child.tag_ == "MD":
                if word in DEONTIC_MODALS and position == 0:
                    deontic = True
                elif word in FUTURE_MODALS:
                    future = True
                elif word in HYPOTHETICAL_MODALS:
                    hypothetical = True
                    backshift_only = backshift_only and word in ("would", "'d")
        lemma = link.lemma_.lower()
        if position > 0 and lemma in FUTURE_HEADS:
            future = True
        if position > 0 and lemma in FUTURE_NOUNS:
            future = True
        if position > 0 and lemma in POSSIBILITY_NOUNS and link.pos_ == "NOUN":
            hypothetical = True
            backshift_only = False
        if position > 0 and lemma in NEGATING_HEADS and cancels:
            negated = True
            failed = failed or lemma == "fail"
        if link.lower_ == "going" and position > 0:
            future = True
        if _denied(link):
            negated = True
    if noun is not None:
        for child in noun.children:
            if child.dep_ == "det" and child.lower_ == "no":
                negated = True
    if _generic(token):
        hypothetical, backshift_only = True, False
    role = _condition_role(token)
    conditional = role is not None
    reporter = reporter_of(token)
    if hypothetical and backshift_only and not conditional and _past_report(reporter):
        # "Kirby said troops would deploy": reported speech shifts "will" back to "would".
        hypothetical, future = False, True
    if conditional or (deontic and reporter is None):
        hypothetical = True
    status = "hypothetical" if hypothetical else "future" if future else "actual"
    first = _first_conjunct(token)
    if first is not None:
        # "will tighten sanctions and impose a blockade": the second verb shares the first's
        # auxiliaries, and its negation when the two are alternatives ("won't send or sell").
        shared = modality_of(first, None)
        if status == "actual":
            status = shared.status
        between = token.doc[first.i + 1 : token.i]
        if shared.polarity == "negated" and any(
            w.dep_ == "cc" and w.lower_ in ("or", "nor") for w in between
        ):
            negated = True
    return Modality(
        polarity="negated" if negated else "asserted",
        status=status,
        conditional=conditional,
        reporter=reporter,
        condition=role == "condition",
        deontic=deontic,
        failed=failed,
        unless=role == "consequence" and _governs_unless(token),
    )


def _first_conjunct(token: Token) -> Token | None:
    """The verb a bare conjunct verb hangs on: no subject or auxiliary of its own."""
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX") or token.head.i == token.i:
        return None
    if token.head.pos_ not in ("VERB", "AUX") or token.head.tag_ != token.tag_:
        return None  # "planned to return the troops and accused …": not one verb group
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return None
    return token.head


def _governs_unless(token: Token) -> bool:
    """True when the trigger's clause carries an "unless" clause (an ultimatum)."""
    for node in (token, *token.ancestors):
        for child in node.children:
            if child.dep_ == "advcl" and any(g.lower_ == "unless" for g in child.children):
                return True
        if node.dep_ in ("ROOT", "ccomp"):
            break
    return False


def _past_report(reporter: Token | None) -> bool:
    """True for a past-tense reporting verb ("said", "told"), whose "would" means "will"."""
    return reporter is not None and reporter.lower_ != "according" and reporter.tag_ == "VBD"


def reporter_of(token: Token) -> Token | None:
    """Return the reporting verb whose complement holds the trigger ("…, Blinken said")."""
    current = token
    steps = 0
    while current.head.i != current.i and steps < 10:
        head = current.head
        if current.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in REPORTING_VERBS:
            return head
        if current.dep_ == "ROOT":
            break
        current = head
        steps += 1
    for child in token.sent:
        if child.lower_ == "according" and child.dep_ == "prep":
            return child
    return None
