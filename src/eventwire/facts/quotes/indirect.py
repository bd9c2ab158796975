"""Reported speech: the complement of a cue, ``according to X``, and ``Label: …`` paragraphs.

This module finds the cues and where their content sits (after the cue, around an inserted one,
after an "as"); ``bounds`` says how far the content reaches."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.facts.quotes.bounds import (
    bare_object,
    clause_end,
    holds_quotation,
    own_right_edge,
    phrase,
    self_named,
    without_comment,
)
from eventwire.facts.quotes.context import Context
from eventwire.facts.quotes.misparsed import (
    SUBJECT_DEPS,
    TIME_LABELS,
    misparsed_clause,
    misparsed_complement,
    misparsed_relative,
)
from eventwire.facts.quotes.sources import according_to, held, infinitive, labelled
from eventwire.facts.quotes.speakers import subject

_INVERTED_DEPS = frozenset({"parataxis", "ccomp", "advcl"})
_INSERT_MARKS = frozenset({",", "—", "–", "―"})
_MAX_FRONTED_TOKENS = 6
_VERBAL = frozenset({"VERB", "AUX"})
_REFUSING_LEMMAS = frozenset({"decline", "refuse"})
_COMMENTING_LEMMAS = frozenset(
    {"comment", "say", "elaborate", "discuss", "confirm", "specify", "answer", "respond", "speak"}
)
_REMARKING_LEMMAS = frozenset({"comment", "elaborate", "discuss", "specify"})
_NAMING_LEMMAS = frozenset({"name", "identify"})
_SAYING = frozenset({"speech", "writing"})
_ADVERBIAL_DEPS = frozenset({"advcl", "prep", "advmod", "npadvmod", "mark", "agent"})
_BIDDEN_DEPS = frozenset({"dobj", "dative", "nsubjpass"})  # whom a cue bids to speak


def find_indirect(ctx: Context) -> None:
    """Report the complement of every cue not already used by a direct quote."""
    doc = ctx.doc
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc):
            according_to(ctx, token)
        elif token.i not in ctx.used_cues and ctx.is_cue(token):
            reported(ctx, token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in ctx.nouns:
            held(ctx, token)
    for start in [0, *(at + 1 for at in ctx.breaks)]:
        if start < len(ctx.text) and not ctx.text[start].isspace():
            labelled(ctx, ctx.token_at(start))


def reported(ctx: Context, cue: Token) -> None:
    """Record what a cue reports; thoughts, plans and stances need someone who holds them."""
    if _withheld(cue) or _bidden_saying(ctx, cue):
        return
    found = complement(ctx, cue)
    if found is None:
        return
    start, end, needs_subject = found
    speaker = subject(cue)
    if speaker is None and (
        needs_subject or ctx.lexicon[cue.lemma_.lower()].broad or _imperative(cue)
    ):
        return
    ctx.add_reported(cue.text, speaker, start, end)


def _withheld(cue: Token) -> bool:
    """Words not said: 'declined to comment on …', 'refused to say whether …', the source's
    wish to stay unnamed ('who asked not to be named', 'asked not to be identified'), and what
    the speaker was asked or told ('Asked whether he would resign, the minister said …'), and a
    remark refused ('would not comment on the talks')."""
    opening = cue.tag_ == "VBD" and cue.i == cue.sent.start  # "Asked" tagged as past tense
    if (
        (cue.tag_ == "VBN" or opening)
        and cue.dep_ == "advcl"
        and not any(
            child.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for child in cue.children
        )
    ):
        return True
    if cue.lemma_ in _REMARKING_LEMMAS and any(child.dep_ == "neg" for child in cue.children):
        return True  # 'would not comment on the talks': no words on them
    if cue.lemma_ == "call" and any(
        child.dep_ in ("dobj", "obj") and child.lower_ in _REFLEXIVES for child in cue.children
    ):
        return True  # 'who call themselves the High Military Command': a name they go by
    if cue.dep_ == "xcomp" and cue.head.lemma_ in _REFUSING_LEMMAS:
        return cue.lemma_ in _COMMENTING_LEMMAS  # 'refused to release his tax returns' stays
    return any(
        child.dep_ == "xcomp"
        and child.lemma_ in _NAMING_LEMMAS
        and any(grand.dep_ == "neg" for grand in child.children)
        for child in cue.children
    )


_REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself", "ourselves", "myself"})


def _bidden_saying(ctx: Context, cue: Token) -> bool:
    """A saying that is what another cue reports someone was urged or asked to do ('urged Russia
    to declare that …', 'Kyiv was asked to confirm …'): part of that quote, and no one's
    statement yet; not what the subject itself sets out to say ('plans to call on …')."""
    head = cue.head
    if cue.dep_ != "xcomp" or not ctx.is_cue(head) or not ctx.lexicon[head.lemma_.lower()].xcomp:
        return False
    return any(child.dep_ in _BIDDEN_DEPS and child.i < cue.i for child in head.children)


def _imperative(cue: Token) -> bool:
    """A cue that bids the reader ('Now tell us this is no witch hunt', 'and ask would you …'):
    a bare verb of a main clause, with no subject, auxiliary or 'to' of its own."""
    return (
        cue.tag_ == "VB"
        and cue.dep_ in ("ROOT", "conj")
        and not any(child.dep_ in ("aux", "auxpass") for child in cue.children)
        and (cue.dep_ == "ROOT" or cue.head.tag_ == "VB")
    )


def complement(ctx: Context, cue: Token) -> tuple[int, int, bool] | None:
    """Token bounds of what the cue reports (within its paragraph), and whether that content
    is a plain phrase (``called for a ceasefire``) that only counts with a subject; or None."""
    if ctx.lexicon[cue.lemma_.lower()].naming and self_named(cue):
        return None  # 'a group calling itself "Nordsturm"'
    lo, hi = ctx.paragraph(cue)
    block = _block_after(ctx, cue, hi)
    if block is not None:
        return block[0], block[1], False
    sent_start, sent_end = max(cue.sent.start, lo), min(cue.sent.end, hi)
    bounds = _complement(ctx, cue, sent_start, sent_end)
    needs_subject = False
    if bounds is None:
        # a stated position's phrase ('accused Kyiv of stalling', 'called for a ceasefire');
        # the broad cues that take one ('endorsed the senator') are only cues in broad mode
        bounds, needs_subject = phrase(ctx, cue, sent_end), True
        if bounds is not None and not ctx.broad and bare_object(ctx, cue, *bounds):
            return None  # 'called for calm': an attribution, said only in the broad mode
    if bounds is None:
        return None
    start, end = max(bounds[0], lo), min(bounds[1], hi)  # the parser may run across paragraphs
    end = without_comment(ctx, start, end)
    if end <= start or (start <= cue.i < end and not lo <= bounds[0] < bounds[1] <= hi):
        return None
    return start, end, needs_subject


def _block_after(ctx: Context, cue: Token, hi: int) -> tuple[int, int] | None:
    """The paragraph after a cue whose colon ends its own ('The governor added:'), as set out
    in a block quotation."""
    colon = colon_after(cue)
    doc = ctx.doc
    if colon is None or any(not t.is_space for t in doc[colon + 1 : hi]) or hi >= len(doc):
        return None
    start = hi
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc):
        return None
    return start, ctx.paragraph(doc[start])[1]


def _complement(ctx: Context, cue: Token, sent_start: int, sent_end: int) -> tuple[int, int] | None:
    entry = ctx.lexicon[cue.lemma_.lower()]
    colon = colon_after(cue)
    if colon is not None:
        return colon + 1, sent_end
    complements = [
        child
        for child in cue.children
        if sent_start <= child.i < sent_end
        and (
            child.dep_ == "ccomp"
            or (child.dep_ == "parataxis" and child.i < cue.i and not _inserted(ctx, child))
            or misparsed_complement(child, cue, entry.cls)
        )
    ]
    if cue.lemma_ == "continue":  # '…, he continued.' only: "continued shelling" is no cue
        if _embedded(cue) or _going_on(ctx, cue):
            return None  # '… and Putin agreed that the dialogue should continue'
        before = [child for child in complements if child.i < cue.i]
        if before:
            return before[0].left_edge.i, before[-1].right_edge.i + 1
        return _around(cue, sent_start, sent_end) if cue.dep_ in _INVERTED_DEPS else None
    after = [child for child in complements if child.i > cue.i]
    if after:  # the parser may split what was said into clauses: keep those with no cue of
        # their own ("said A, and when asked, the minister replied B" stops before "replied")
        end = clause_end(ctx, after[0])
        for child in after[1:]:
            if any(ctx.is_cue(t) for t in child.subtree):
                break
            end = clause_end(ctx, child)
        return _fronted(cue, after[0], sent_start), end + 1
    if complements:  # "…, X said": the parser may split what comes before into several clauses
        return complements[0].left_edge.i, complements[-1].right_edge.i + 1
    aside = _as_aside(cue, entry.preps, sent_start, sent_end)
    if aside is not None:
        return aside
    if (
        not entry.broad
        and cue.dep_ in _INVERTED_DEPS
        and cue.head.i != cue.i
        # "warned that it would respond", "condemned what he called …", "said it would
        # respond": an embedded clause, not "…, X said"
        and not _embedded(cue)
        and not any(c.tag_ in ("WP", "WDT") for c in cue.children)
        and (not ctx.is_cue(cue.head) or _inserted(ctx, cue))
    ):
        bounds = _around(cue, sent_start, sent_end)
        if bounds is not None:
            return bounds
    if entry.cls in _SAYING and cue.dep_ == "ROOT":
        bounds = _closing_root(cue, sent_start, sent_end) or _split_root(cue, sent_start, sent_end)
        if bounds is not None:
            return bounds
    if not entry.broad:
        clause = misparsed_relative(cue, sent_end)
        if clause is not None:
            return clause
    if entry.xcomp:
        for child in cue.children:
            if child.dep_ == "xcomp" or _bidden(cue, child):
                return child.left_edge.i, own_right_edge(ctx, child) + 1
    elif entry.cls == "speech":
        clause = misparsed_clause(cue, sent_end)
        if clause is not None:
            return clause
    if entry.object and own_right_edge(ctx, cue) > cue.i:
        start, end = cue.i + 1, own_right_edge(ctx, cue) + 1
        if holds_quotation(ctx, start, end):
            return start, end
    return None


def _inserted(ctx: Context, cue: Token) -> bool:
    """A cue with its subject set between commas before the verb it hangs on ('The agency, the
    senator said, called …'): a saying inserted in the sentence, not what that verb reports."""
    doc = cue.doc
    speaker = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    if cue.dep_ != "parataxis" or speaker is None or cue.i > cue.head.i or not ctx.is_cue(cue):
        return False
    left, right = speaker.left_edge.i, cue.right_edge.i
    before = left > 0 and doc[left - 1].text in _INSERT_MARKS
    after = doc[right].text in _INSERT_MARKS or doc[right + 1].text in _INSERT_MARKS
    return before and after


def _closing_root(cue: Token, sent_start: int, sent_end: int) -> tuple[int, int] | None:
    """What comes before a cue the parser made the root of its sentence when nothing of what was
    said hangs on it ('Those who …, even with a "good" job, he said.'): the words before the
    comma that sets off its subject, the cue ending the sentence."""
    speaker = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    if speaker is None or not _finite(cue):
        return None
    comma = speaker.left_edge.i - 1
    if comma <= sent_start + 1 or cue.doc[comma].text not in _INSERT_MARKS:
        return None
    if any(not t.is_punct for t in cue.doc[cue.i + 1 : sent_end]):
        return None
    said = cue.doc[sent_start:comma]
    if any(t.head.i == cue.i and t.dep_ in _ADVERBIAL_DEPS for t in said):
        return None  # 'As she told them the news, a man shouted.': when, not what
    return (sent_start, comma) if any(t.pos_ in _VERBAL for t in said) else None  # not a time


def _split_root(cue: Token, sent_start: int, sent_end: int) -> tuple[int, int] | None:
    """A cue set between commas that the parser made the root, hanging the subject of what was
    said on it as a loose noun and its verb as a conjunct ("The closure, he told the hearing,
    left 300 families …"): the whole sentence is what was said."""
    doc = cue.doc
    speaker = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    loose = next((c for c in cue.lefts if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN")), None)
    verb = next((c for c in cue.rights if c.dep_ == "conj" and c.pos_ in _VERBAL), None)
    if speaker is None or loose is None or verb is None or not _finite(cue):
        return None
    opens = doc[speaker.left_edge.i - 1].text in _INSERT_MARKS
    closes = doc[verb.left_edge.i - 1].text in _INSERT_MARKS
    own = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return (sent_start, sent_end) if opens and closes and not own else None


def _going_on(ctx: Context, cue: Token) -> bool:
    """'continue' as an act going on ('had continued to add forces', 'continued shelling'), or
    inside what another cue reports ('said Russia had continued …'): no saying of its own."""
    acting = any(child.dep_ in ("xcomp", "dobj") for child in cue.children)
    return acting or (cue.dep_ == "ccomp" and ctx.is_cue(cue.head))


def _bidden(cue: Token, child: Token) -> bool:
    """An infinitive the parser took for a purpose clause after the one told or asked ('told his
    supporters at a rally to "go to your place"'): what they were bidden to do."""
    told = any(c.dep_ in ("dobj", "dative") and c.i < child.i for c in cue.children)
    marked = any(c.dep_ == "mark" for c in child.children)  # 'after the game to explain …'
    return child.dep_ == "advcl" and child.i > cue.i and told and infinitive(child) and not marked


def _embedded(cue: Token) -> bool:
    """A verb in a clause of its own ("that the talks should continue", "when he called the
    bank": the parser takes 'when' for an adverb), not a speaker's."""
    return any(
        child.dep_ == "mark"
        or child.tag_ == "MD"
        or (child.tag_ == "WRB" and child.dep_ == "advmod" and child.i < cue.i)
        for child in cue.children
    )


def _around(cue: Token, sent_start: int, sent_end: int) -> tuple[int, int] | None:
    """Content around an inserted cue: ``…, X said.``, ``…, X said, …`` or ``X said, …``."""
    doc = cue.doc
    left, right = cue.left_edge.i, cue.right_edge.i
    speaker = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    if speaker is not None:  # the parser may hang the start of what was said on the cue
        left = speaker.left_edge.i  # ('To understand the vote, Roberts said, one should …')
    while left < cue.i and doc[left].is_punct:  # the parser may hang the commas on the cue
        left += 1
    while right > cue.i and doc[right].is_punct:
        right -= 1
    if left <= sent_start:
        return None
    if not _finite(cue):
        return None
    if cue.head.i < cue.i and right >= sent_end - 2:
        return sent_start, left
    inserted = doc[left - 1].text in _INSERT_MARKS and right + 1 < sent_end - 1
    if inserted and doc[right + 1].text in _INSERT_MARKS:
        before = cue.head.i < cue.i
        if not before or (cue.dep_ == "parataxis" and subject_before(cue)):
            return sent_start, sent_end
    return None


def _as_aside(
    cue: Token, preps: frozenset[str], sent_start: int, sent_end: int
) -> tuple[int, int] | None:
    """What a cue in an 'as' clause vouches for: ``As the minister noted, …``, ``…, as X put it,
    …``, ``…, as X said.`` A clause of its own ('as she told them the news', 'as he said
    goodbye') or a participle ('as expected') is a time or a manner, not a source."""
    marks = [child for child in cue.children if child.dep_ == "mark" and child.lower_ == "as"]
    if cue.dep_ != "advcl" or not marks or not _finite(cue) or cue.head.pos_ not in _VERBAL:
        return None
    if marks[0].i > 0 and cue.doc[marks[0].i - 1].lower_ == "even":
        return None  # 'even as he says …' concedes, it does not cite
    told = any(child.dep_ == "dative" for child in cue.children) or cue.lemma_ != "tell"
    for child in cue.children:  # "told reporters": whom it was told; "told them the news": what
        thing = child.dep_ == "dobj" and child.lower_ not in ("it", "so") and told
        content = child.dep_ == "prep" and child.lower_ in preps  # 'as she called for …'
        if child.dep_ in ("ccomp", "xcomp") or thing or content:
            return None
    doc = cue.doc
    left, right = cue.left_edge.i, cue.right_edge.i
    before = [t for t in doc[sent_start:left] if not t.is_punct]
    after = [t for t in doc[right + 1 : sent_end] if not t.is_punct]
    if len(before) <= 1 and after:  # 'As X noted, …', 'Yet, as X observed, …'
        return right + 1, sent_end
    if before and not after:
        return sent_start, left
    return (sent_start, sent_end) if before and after else None


def _fronted(cue: Token, clause: Token, sent_start: int) -> int:
    """Where a complement starts, with its subject put before the cue when the parser split it
    off (``Kyiv, the mayor said, was calm``: the clause after the cue has no subject)."""
    start = clause.left_edge.i
    if clause.i > cue.i:
        start = _past_cue_date(clause, start)
    if clause.i < cue.i or any(child.dep_ in SUBJECT_DEPS for child in clause.children):
        return start
    swallowed = _subject_in_date(cue, start)
    if swallowed is not None:
        return swallowed
    speaker = subject(cue)
    if speaker is None or speaker.head.i != cue.i:
        return start
    opening = speaker.left_edge.i
    if opening - 1 > sent_start and cue.doc[opening - 1].text in _INSERT_MARKS:
        fronted = cue.doc[sent_start : opening - 1]
        if _noun_phrase(fronted):
            return sent_start
    return start


_DATE_PREPS = frozenset({"on", "in", "at", "late", "early", "earlier", "later"})


def _past_cue_date(clause: Token, start: int) -> int:
    """Where the complement starts past a date the parser hung on it though it dates the cue
    ("told reporters on Friday the talks had failed"): only a date before the clause's subject."""
    first = next((c for c in clause.children if c.i == start or c.left_edge.i == start), None)
    subjects = [c.left_edge.i for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if first is None or not subjects or first.right_edge.i >= min(subjects):
        return start
    words = list(first.subtree)
    dated = any(t.ent_type_ in TIME_LABELS for t in words)
    if not dated or (first.dep_ == "prep" and first.lower_ not in _DATE_PREPS):
        return start
    if first.dep_ not in ("prep", "npadvmod", "advmod"):
        return start
    end = first.right_edge.i + 1
    while end < min(subjects) and clause.doc[end].is_punct:
        end += 1
    return end


def _subject_in_date(cue: Token, start: int) -> int | None:
    """Where the clause's subject starts when the parser made it the object of the cue's date
    ("said on Friday Kenya would seek …": "Friday Kenya" one noun phrase after "on")."""
    prep = cue.doc[start - 1].head if start > 0 else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != cue.i:
        return None
    pobj = cue.doc[start - 1]
    if pobj.dep_ != "pobj" or pobj.ent_type_ in TIME_LABELS:
        return None
    dated = [t for t in cue.doc[prep.i + 1 : pobj.i] if t.ent_type_ in TIME_LABELS]
    if not dated:
        return None
    return dated[-1].i + 1


def _noun_phrase(words: Span) -> bool:
    """Whether a few words before a comma can be a split-off subject ("Kyiv", "The new bridge"),
    not an adverbial ("Sunday", "On CNN", "While commenting on …")."""
    return (
        0 < len(words) <= _MAX_FRONTED_TOKENS
        and words.root.pos_ in ("NOUN", "PROPN", "PRON")
        and words.root.ent_type_ not in TIME_LABELS
        and not any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") for t in words)
    )


def _finite(cue: Token) -> bool:
    """Whether a cue is a finite verb (``said``, ``has said``), not a participle (``saying``)
    or an infinitive (``to call``)."""
    if any(c.dep_ == "aux" and c.tag_ != "TO" for c in cue.children):
        return True
    # the tagger may take a present tense for a base form ('…, advisers to the president say, …')
    subject = any(c.dep_ == "nsubj" for c in cue.children)
    inserted = cue.tag_ == "VB" and cue.dep_ == "parataxis" and subject
    return cue.tag_ in {"VBD", "VBZ", "VBP"} or inserted


def subject_before(cue: Token) -> bool:
    """Whether the cue's own subject stands just before it (``…, he told me, …``)."""
    return any(child.dep_ == "nsubj" and child.i < cue.i for child in cue.children)


def colon_after(cue: Token) -> int | None:
    """Index of a colon that closes the cue's clause (``wrote on Telegram: …``)."""
    doc = cue.doc
    limit = min(cue.sent.end - 1, cue.i + 10)
    for index in range(cue.i + 1, limit):
        token = doc[index]
        if token.text == ":":
            return index
        if token.tag_.startswith("VB") or not cue.is_ancestor(token):
            return None
    return None
