"""Direct quotes: quoted regions tied to a cue before or after them, and their continuations."""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.facts.quotes.context import Context
from eventwire.facts.quotes.lexicon import referent_words
from eventwire.facts.quotes.regions import Region
from eventwire.facts.quotes.sources import MAX_LABEL_TOKENS, is_label
from eventwire.facts.quotes.speakers import cue_in_name, speaker_span, subject
from eventwire.schema import Quote

_SENTENCE_END_RE = re.compile(r"[.!?][\"”»'’]?\s")
_DIRECT_END_RE = re.compile(r"[,?!—–…-]\s*$")
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?—–)]|$)")
_SIGNATURE_RE = re.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*([^\n,;:]+?)[ \t\u00a0.]*(?:\n|$)")
_MAX_SIGNATURE_TOKENS = 5
_MAX_FRAME_TOKENS = 25
_MIN_DIRECT_WORDS = 3
_MAX_SPLIT_CHARS = 80
_MAX_TITLE_WORDS = 6
_VERBS = frozenset({"VERB", "AUX"})
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_TITLE_LINKS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "&"})


def find_direct(ctx: Context) -> None:
    """Tie each quoted region to a cue just before (``X said: "…"``) or after it."""
    text = ctx.text
    for number, region in enumerate(ctx.regions.items):
        inner = text[region.start : region.end]
        short = len(inner.split()) < _MIN_DIRECT_WORDS and inner[-1] not in ".?!"
        opens, split = opens_its_sentence(ctx, region), opens_split(ctx, number, region)
        # '"Shameful," says opposition leader', '"Yes," she said, "we will …"': a capitalised
        # word opening its sentence on a comma is a word said, not a title; a few capitalised
        # words opening a split quote may still be one ('"Morning Joe," calling it …')
        one_word = len(inner.split()) == 1
        titled = is_title(inner) and not (opens and inner.endswith(",") and (one_word or not split))
        if titled or (short and not split and not opens):
            continue
        cue = leading_cue(ctx, number, region, colon_only=True)
        if cue is None:
            cue = trailing_cue(ctx, number, region)
            if cue is not None and runs_into(ctx, number, region):
                continue  # '… a top priority "is …," Kamin said': mixed, left to find_indirect
        if cue is None:
            cue = leading_cue(ctx, number, region, colon_only=False)
        if cue is None:
            if not labelled_by(ctx, number, region) and not introduced_by(ctx, number, region):
                signed_by(ctx, number, region)
            continue
        speaker = subject(cue, ctx.regions.inside) or _named_before(ctx, region, cue)
        if speaker and _spans_quote(ctx, speaker, region):
            continue
        ctx.used_cues.add(cue.i)
        ctx.used_regions.add(number)
        end = region.end - 1 if text[region.end - 1] == "," else region.end
        ctx.add_direct(cue.text, speaker, region.start, end)


def _named_before(ctx: Context, region: Region, cue: Token) -> Token | None:
    """The name that opens the words between a quotation and the cue that closes it, which the
    parser hung inside the quotation ('"…," Ramos, 58, told AFP': an age or title in apposition
    after the name); no verb may stand between."""
    if cue.idx < region.close:
        return None
    first = ctx.token_at(region.close)
    between = [t for t in ctx.doc[first : cue.i] if not t.is_punct]
    if not between or between[0].tag_ != "NNP" or any(t.pos_ in _VERBS for t in between):
        return None
    name = between[0]
    while name.dep_ == "compound" and name.head.i < cue.i and name.head.tag_ == "NNP":
        name = name.head
    return name


def _spans_quote(ctx: Context, speaker: Token, region: Region) -> bool:
    """Whether the speaker's phrase holds the quotation (the parser's error, not a speaker);
    a name the parser made the root of 'Said Ellis: "…"' holds it only through its clauses."""
    if any(cue_in_name(child) for child in speaker.lefts):
        phrase = speaker_span(ctx.doc, speaker)
        return phrase.start_char <= region.open < phrase.end_char
    return speaker.left_edge.idx <= region.open < speaker.right_edge.idx


def opens_split(ctx: Context, number: int, region: Region) -> bool:
    """Whether a short quotation opens a sentence the cue splits ('"The offer," X said, "does
    not …"'): it opens its sentence, ends in a comma, and the next one, shortly after, goes on
    in lower case."""
    items = ctx.regions.items
    if number + 1 >= len(items) or ctx.text[region.end - 1] != ",":
        return False
    opening = ctx.doc[ctx.token_at(region.open)].sent.start_char
    if any(char.isalnum() for char in ctx.text[opening : region.open]):
        return False  # 'in a box labeled "medical problem," a doctor typed "…"'
    following = items[number + 1]
    between = ctx.text[region.close : following.open]
    near = following.open - region.close <= _MAX_SPLIT_CHARS and "\n" not in between
    return near and not _SENTENCE_END_RE.search(between) and ctx.text[following.start].islower()


def opens_its_sentence(ctx: Context, region: Region) -> bool:
    """Whether a short quotation opens its sentence and closes on a comma, as a cue follows
    ('"Never again," says UN chief'), not words in a sentence ('called it "a farce," and left')."""
    if ctx.text[region.end - 1] not in ",?!" and not ctx.text.startswith(",", region.close):
        return False
    opening = ctx.doc[ctx.token_at(region.open)].sent.start_char
    line = ctx.text.rfind("\n", 0, region.open) + 1
    return not any(char.isalnum() for char in ctx.text[max(opening, line) : region.open])


def runs_into(ctx: Context, number: int, region: Region) -> bool:
    """Whether the quotation continues unquoted words of its sentence ('The answers are "not
    meeting the demand," says …'), rather than opening it or following a comma or colon."""
    frame_start, _ = ctx.frame_bounds(number)
    opening = ctx.doc[ctx.token_at(region.open)].sent.start_char
    before = ctx.text[max(opening, frame_start) : region.open].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ")")


def is_title(inner: str) -> bool:
    """A show, book or slogan in quotation marks ("State of the Union,"), not words said:
    a few capitalised words with no sentence end."""
    words = inner.rstrip(",").split()
    capitalised = all(word[:1].isupper() or word in _TITLE_LINKS for word in words)
    return len(words) <= _MAX_TITLE_WORDS and capitalised and inner[-1] not in ".?!"


def labelled_by(ctx: Context, number: int, region: Region) -> bool:
    """A quotation introduced by a name and a colon: ``Analysts weighed in. Jane Roe: "…"``."""
    frame_start, _ = ctx.frame_bounds(number)
    before = ctx.text[frame_start : region.open].rstrip()
    if not before.endswith(":"):
        return False
    doc = ctx.doc
    colon = ctx.token_at(frame_start + len(before) - 1)
    first = colon
    while first > 0 and colon - first < MAX_LABEL_TOKENS and doc[first - 1].idx >= frame_start:
        previous = doc[first - 1]
        if previous.is_space or previous.text in ".!?":
            break
        first -= 1
        if previous.is_sent_start:
            break
    opens = doc[first].is_sent_start or (first > 0 and doc[first - 1].text in ".!?")
    if first == colon or not opens:
        return False
    label = doc[first:colon]
    if not is_label(ctx, label):
        return False
    ctx.used_regions.add(number)
    ctx.add_direct(":", label, region.start, region.end)
    return True


def introduced_by(ctx: Context, number: int, region: Region) -> bool:
    """Whole sentences quoted after a colon that closes a clause whose subject is one who speaks,
    with no reporting verb: 'Meissner put the main worry plainly: "…"', 'X, speaking in Mombasa,
    defended the plan: "…"' (not 'The rules were simple: "No phones."')."""
    frame_start, _ = ctx.frame_bounds(number)
    before = ctx.text[frame_start : region.open].rstrip()
    inner = ctx.text[region.start : region.end].rstrip()
    if not before.endswith(":") or inner[-1:] not in ".!?" or len(inner.split()) < 3:
        return False
    words = ctx.doc[ctx.token_at(region.start) : ctx.token_at(region.end - 1) + 1]
    if not inner[:1].isupper() or not any(t.pos_ in _VERBS for t in words):
        return False  # 'He listed three reasons: "cost, time and risk."' is a list, not words said
    verb = ctx.doc[ctx.token_at(frame_start + len(before) - 1)]
    colon = verb.i
    while verb.pos_ not in _VERBS and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in _VERBS or verb.i > colon or ctx.regions.inside(verb):
        return False
    speaker = subject(verb, ctx.regions.inside)
    if speaker is None or not _may_speak(speaker):
        return False
    ctx.used_regions.add(number)
    ctx.add_direct(verb.text, speaker, region.start, region.end)
    return True


def _may_speak(token: Token) -> bool:
    """A name, a personal pronoun or a word for a person or body ("the minister", "the union")."""
    words = referent_words("people") | referent_words("bodies") | referent_words("firms")
    return token.pos_ == "PROPN" or token.lower_ in _SPEAKING_PRONOUNS or token.lemma_ in words


def signed_by(ctx: Context, number: int, region: Region) -> None:
    """A quoted paragraph signed with a dash and a name: ``"…" ― Jane Roe``."""
    match = _SIGNATURE_RE.match(ctx.text, region.close)
    _, frame_end = ctx.frame_bounds(number)
    if match is None or match.end() > frame_end:
        return
    doc = ctx.doc
    first = last = ctx.token_at(match.start(1))
    while last < len(doc) and doc[last].idx < match.end(1):
        last += 1
    name = doc[first:last]
    if 0 < len(name) <= _MAX_SIGNATURE_TOKENS and all(t.is_title or t.is_punct for t in name):
        ctx.used_regions.add(number)
        ctx.add_direct(match.group(0).strip()[0], name, region.start, region.end)


def trailing_cue(ctx: Context, number: int, region: Region) -> Token | None:
    """``"…," Blinken said`` / ``"…?" he asked`` / ``"…" said Ned Price``."""
    text, doc = ctx.text, ctx.doc
    after_close = text[region.close : region.close + 2]
    ends_open = _DIRECT_END_RE.search(text[region.start : region.end]) is not None
    if not (ends_open or after_close.lstrip().startswith(",")):
        return None
    _, frame_end = ctx.frame_bounds(number)
    first = ctx.token_at(region.close)
    if doc[first].idx < region.close:
        return None
    for index in range(first, min(doc[first].sent.end, first + _MAX_FRAME_TOKENS)):
        token = doc[index]
        if token.idx >= frame_end:
            return None
        if ctx.is_cue(token):
            if _participle(token):
                return None  # '"State of the Union," while commenting on …' is a title
            between = doc[first:index]
            # '"…," a voice can be heard shouting': the words before the cue hang from "heard"
            top = (
                token.head if token.dep_ == "xcomp" and token.head.lemma_ in _PERCEIVING else token
            )
            if all(t.is_punct or top.is_ancestor(t) or t == top for t in between):
                return token
            return None
    return None


_PERCEIVING = frozenset({"hear", "see"})


def _participle(cue: Token) -> bool:
    """A cue in "-ing" or "-ed" form without an auxiliary: not one that closes a quote
    ('"…," he said'), except the participle of a saying that follows a comma ('…," saying …')."""
    if cue.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        return False
    return any(c.dep_ == "mark" for c in cue.children) or cue.tag_ == "VBN"


def leading_cue(ctx: Context, number: int, region: Region, *, colon_only: bool) -> Token | None:
    """``Blinken said: "…"`` / ``he told reporters, "…"`` / ``said "…"``."""
    text, doc = ctx.text, ctx.doc
    frame_start, _ = ctx.frame_bounds(number)
    before = text[frame_start : region.open].rstrip()
    if (colon_only and not before.endswith(":")) or before.endswith((".", "!", "?")):
        return None
    mark = ctx.token_at(region.open)
    if mark == 0:
        return None
    sent_start = min(doc[mark].sent.start, doc[mark - 1].sent.start)
    lowest = max(sent_start, mark - _MAX_FRAME_TOKENS)
    for index in range(mark - 1, lowest - 1, -1):
        token = doc[index]
        if token.idx < frame_start:
            return None
        if not ctx.is_cue(token):
            continue
        between = [t for t in doc[index + 1 : mark] if not t.is_space]
        verbs = (t for t in between if t.dep_ == "ccomp" or t.tag_.startswith("VB"))
        if any(not in_aside(token, t) for t in verbs):
            return None
        plain = [t for t in between if not t.is_punct and t.lower_ != "that" and t.dep_ != "cc"]
        if before.endswith((":", ",")):
            return token
        closes = text[region.end - 1] in ".,?!" or _CLAUSE_END_RE.match(text, region.close)
        return token if not plain and (closes or _next_act(ctx, token, region)) else None
    return None


def _next_act(ctx: Context, cue: Token, region: Region) -> bool:
    """Whether the quotation is followed by a second verb of the cue's subject ('chanted "Pay
    us what we are worth" and sang struggle songs', '… and then left'): the words said end at
    the "and"."""
    after = ctx.token_at(region.close)
    doc = ctx.doc
    if after + 1 >= len(doc) or doc[after].idx < region.close or doc[after].dep_ != "cc":
        return False
    verb = doc[after + 1]
    while verb.dep_ == "advmod" and verb.i + 1 < len(doc):  # 'and then dispersed'
        verb = doc[verb.i + 1]
    # the parser may hang the second verb on the last one quoted ('shouted "Go home" and left')
    inside = region.start <= verb.head.idx < region.end
    return verb.pos_ in _VERBS and verb.dep_ == "conj" and (verb.head.i == cue.i or inside)


def in_aside(cue: Token, token: Token) -> bool:
    """Whether a token lies in a participle aside of the cue (``said, referring to …, "…"``),
    or is a participle between commas just after it, however parsed ('said, pausing, "…"')."""
    doc = cue.doc
    after = token.right_edge.i + 1
    placed = token.tag_ == "VBG" and cue.i + 2 == token.left_edge.i and after < len(doc)
    if placed and doc[cue.i + 1].text == "," and doc[after].text == ",":
        return True
    while token.head.i != token.i and token.head.i != cue.i:
        token = token.head
    return token.head.i == cue.i and token.dep_ == "advcl" and token.tag_ == "VBG"


def find_continuations(ctx: Context) -> None:
    """A quoted sentence or paragraph with no cue continues the last speaker."""
    found = sorted(ctx.quotes, key=lambda quote: quote.span[0])
    merged: list[Quote] = []
    last: Quote | None = None
    index = 0
    for number, region in enumerate(ctx.regions.items):
        while index < len(found) and found[index].span[0] < region.start:
            merged.append(found[index])
            last = found[index] if found[index].speaker else last
            index += 1
        if number in ctx.used_regions or last is None or is_heading(ctx, region):
            continue
        if stands_alone(ctx, number, region):
            text, span = ctx.text[region.start : region.end], [region.start, region.end]
            update = {"cue": None, "kind": "direct", "text": text, "span": span}
            merged.append(last.model_copy(update=update))
    ctx.quotes = merged + found[index:]


def is_heading(ctx: Context, region: Region) -> bool:
    """A section heading in quotation marks that fills its paragraph ("'All Bets Are Off.'"):
    a few capitalised words, set apart from the quotes around it."""
    text = ctx.text
    alone = text[: region.open].endswith("\n") and text[region.close :].startswith("\n")
    return alone and is_title(text[region.start : region.end].rstrip(".!"))


def stands_alone(ctx: Context, number: int, region: Region) -> bool:
    """Whether only punctuation stands between the region and its sentence boundaries."""
    doc, text = ctx.doc, ctx.text
    frame_start, frame_end = ctx.frame_bounds(number)
    first = ctx.token_at(region.open)
    last = ctx.token_at(max(region.close - 1, region.open))
    start = max(doc[first].sent.start_char, frame_start)
    end = min(doc[last].sent.end_char, frame_end)
    leading = _SENTENCE_END_RE.split(text[start : region.open])[-1]
    trailing = "" if text[region.end - 1] in ".!?" else text[region.close : end]
    return not any(char.isalnum() for char in leading + trailing)
