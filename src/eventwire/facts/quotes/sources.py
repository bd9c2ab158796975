"""Reported speech named without a cue verb's clause: ``Label: …`` paragraphs, a reporting noun
with its holder ("the senator's claim that …") and ``according to X``."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.facts.quotes.context import Context
from eventwire.facts.quotes.lexicon import label_titles
from eventwire.facts.quotes.speakers import speaker_span

MAX_LABEL_TOKENS = 6
_HOLDERS = frozenset({"ORG", "PERSON"})  # a named source before its noun, not a place it is about
_VERBAL = frozenset({"VERB", "AUX"})
_LABEL_LINKS = frozenset({"of", "the", "for", "and", "'s", "’s", "de", "von", "van", "al"})
_NOT_SPEAKER_LABELS = frozenset(
    {"update", "updated", "note", "editor's note", "editor’s note", "watch", "related", "photo",
     "photos", "video", "source", "sources", "read more", "correction", "listen", "see also",
     "q", "a", "advertisement", "more", "breaking", "exclusive", "analysis", "opinion"}
)  # fmt: skip


def held(ctx: Context, noun: Token) -> None:
    """A reporting noun with its holder: "the senator's claim that …", "his promise to …"."""
    holder = next((child for child in noun.children if child.dep_ == "poss"), None)
    if holder is None:  # "a Reuters report that …", "a New York Times report that …"
        holder = next(
            (
                child
                for child in noun.children
                if child.dep_ == "compound"
                and child.pos_ == "PROPN"
                and child.ent_type_ in _HOLDERS
            ),
            None,
        )
    if holder is None or ctx.regions.inside(noun):
        return
    entry = ctx.nouns[noun.lemma_.lower()]
    for clause in noun.rights:
        said = any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)
        # "that" as a mark: a relative clause by its label is what was said all the same
        clause_deps = ("acl", "ccomp", "relcl") if said else ("acl", "ccomp")
        if clause.dep_ in clause_deps and (said or (entry.xcomp and infinitive(clause))):
            end = min(clause.right_edge.i + 1, noun.sent.end, ctx.paragraph(noun)[1])
            ctx.add_reported(noun.text, _owner(holder), clause.left_edge.i, end)
            return


def _owner(holder: Token) -> Span:
    """The possessor as written, without its "'s" ('the senator' of "the senator's")."""
    span = speaker_span(holder.doc, holder)
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].dep_ == "case":
        end -= 1
    return span.doc[span.start : end]


def labelled(ctx: Context, first: int) -> None:
    """A paragraph that opens with a name and a colon (``Kremlin: talks are over``)."""
    doc = ctx.doc
    _, hi = ctx.paragraph(doc[first])
    for index in range(first, min(first + MAX_LABEL_TOKENS + 1, hi - 1)):
        token = doc[index]
        if token.text == ":":
            label = doc[first:index]
            said = doc[index + 1 : hi]
            if index > first and is_label(ctx, label) and any(t.pos_ in _VERBAL for t in said):
                ctx.add_reported(":", label, index + 1, hi)
            return
        if "\n" in token.text_with_ws:
            return


def is_label(ctx: Context, label: Span) -> bool:
    """Whether words before a colon can name a speaker (capitalised names, no verb)."""
    named = any(t.pos_ in {"PROPN", "NOUN"} for t in label)
    words = ctx.text[label.start_char : label.end_char]
    if words.lower() in _NOT_SPEAKER_LABELS or len(words) < 2 or not named:
        return False
    headline = not ctx.text[: label.start_char].rstrip(" \t")[-1:].strip()
    titled = _ends_in_title(label, headline=headline)
    shape = (
        t.is_title or t.is_upper or t.is_punct or t.lower_ in _LABEL_LINKS or titled for t in label
    )
    return all(shape) and not any(t.tag_[:2] == "VB" or t.like_num or t.is_space for t in label)


def _ends_in_title(label: Span, *, headline: bool) -> bool:
    """A capitalised word and lower-case ones naming an office ("Police chief", "UN envoy",
    "Defence minister"): lower case is fine in a headline label when an office ends it, and a
    label that opens its paragraph may be all lower case ("foreign minister: …")."""
    first, last = label[0], label[-1]
    capitalised = first.is_title or first.is_upper
    if not (capitalised or headline):
        return False
    words = label[1:] if capitalised else label
    lower = [t for t in words if t.is_lower and t.lower_ not in _LABEL_LINKS]
    nominal = all(t.tag_.startswith(("NN", "JJ")) for t in lower)  # "Ukraine's foreign ministry"
    return nominal and last.is_lower and last.text in label_titles()


def according_to(ctx: Context, token: Token) -> None:
    """``according to X, …`` and ``…, according to X``."""
    doc = ctx.doc
    to = doc[token.i + 1]
    if to.lower_ != "to" or ctx.regions.inside(token):
        return
    objects = [child for child in to.children if child.dep_ == "pobj"]
    misparsed = _name_after_to(to) if not objects else None
    if misparsed is not None:
        objects = [misparsed]  # "according to Dirk van den Broek": the name hung elsewhere
    if not objects:
        return
    sent = token.sent
    phrase_end = max(to.right_edge.i + 1, token.i + 2, objects[0].right_edge.i + 1)
    comma = next((t.i for t in doc[objects[0].i : phrase_end] if t.text == ","), None)
    if comma is not None and token.i < sent.start + 1:
        phrase_end = comma  # "According to X, the move reeks …" parsed as one noun phrase
    before = sum(1 for t in doc[sent.start : token.i] if not t.is_punct)
    after = sum(1 for t in doc[phrase_end : sent.end] if not t.is_punct)
    front = before <= 1 or (after > before and not _joins_clause(doc, phrase_end, sent.end))
    bounds = (phrase_end, sent.end) if front else (sent.start, token.i)
    ctx.add_reported("according to", objects[0], *bounds)


def _name_after_to(to: Token) -> Token | None:
    """The head of the noun phrase right after a "to" the parser left without an object, when
    that phrase is hung elsewhere ("according to Dirk van den Broek" with "Broek" an object of
    the main verb)."""
    doc = to.doc
    if to.i + 1 >= len(doc):
        return None
    word = doc[to.i + 1]
    while word.dep_ in ("compound", "det", "amod", "poss") and word.head.i > word.i:
        word = word.head
    if word.pos_ not in ("PROPN", "NOUN") or (word.i == to.i + 1 and word.pos_ != "PROPN"):
        return None
    return word


def _joins_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after a mid-sentence "according to X" open a second clause ('A, according
    to X, and the chancellor spent …'): the source vouches for the clause before it."""
    first = next((t for t in doc[start:end] if not t.is_punct), None)
    return first is not None and first.dep_ == "cc"


def infinitive(verb: Token) -> bool:
    """A verb with its own 'to' ('to spend', 'to withdraw')."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
