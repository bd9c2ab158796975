"""Sentence starts at paragraph breaks, set before the parser so it never joins two paragraphs.

The small English parser often runs a headline, a dateline or a closing quotation on into the next
paragraph ("…a 'Disgusting Fraud.'\\n\\nWASHINGTON ― Donald Trump's …" as one sentence), which
then loses the subject of the verb that follows. A blank line always starts a sentence; a single
line break does when the line before it ends a sentence or is short (a headline, a dateline, a
paragraph's last line), and not when it looks like a hard wrap inside a paragraph (a long line, a
line ending on a function word, a next line starting in lower case). A dateline opening a
paragraph ("ISTANBUL (Wire) - Russia and Ukraine signed …") is a sentence of its own, or the parser
makes the city the subject of the story's first verb.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "eventwire_paragraphs"
WRAP_WIDTH = 60
"""A line at least this long that ends mid-sentence is taken as hard-wrapped, not a paragraph."""
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "»", "’", "'", ")")

DATELINE_RE = re.compile(
    r"[A-Z][A-Z.'\- ]*[A-Z.](?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2})?){0,2}"  # KYIV, Ukraine; Feb 24
    r"(?:\s*\([^)\n]{1,30}\))?"  # (Reuters)
    r"\s*[―—–-]+\s+(?=[A-Z“\"])"  # a dash, then the story's first word
)
"""A dateline at a paragraph's start: "WASHINGTON ― ", "KYIV, Ukraine (Reuters) - "."""
_FIRST_SENTENCE_REACH = 12
"""Tokens after a dateline kept in one sentence with the story's first word."""


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after each paragraph break as a sentence start."""
    text = doc.text
    line_start = 0
    last_word = None
    for token in doc:
        if token.is_space:
            continue
        if last_word is None or token.is_sent_start:
            _after_dateline(doc, token)
        gap = text[last_word.idx + len(last_word) : token.idx] if last_word is not None else ""
        if "\n" in gap:
            assert last_word is not None
            line = text[line_start : last_word.idx + len(last_word)]
            ended = last_word.text.endswith(_SENTENCE_END)
            runs_on = (last_word.is_stop and last_word.is_lower) or token.text[:1].islower()
            short = len(line.strip()) < WRAP_WIDTH and not runs_on
            if gap.count("\n") > 1 or ended or short:
                token.is_sent_start = True
            line_start = last_word.idx + len(last_word) + gap.rindex("\n") + 1
        last_word = token
    return doc


def _after_dateline(doc: Doc, first: Token) -> None:
    """Start a sentence after a dateline that opens the paragraph at ``first``."""
    found = DATELINE_RE.match(doc.text, first.idx)
    if found is None:
        return
    span = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
    if span is None or span.start <= first.i:
        return
    doc[span.start].is_sent_start = True
    # The parser, seeing a fresh start, may cut the story's first words off ("Russia | accused
    # Ukraine …"): the first sentence runs on to its first full stop or line break.
    for token in doc[span.start + 1 : span.start + _FIRST_SENTENCE_REACH]:
        if token.is_space or "\n" in token.whitespace_:
            break
        token.is_sent_start = False
        if token.text in (".", "!", "?") or token.text.endswith("."):
            break


def add_paragraph_breaks(nlp: Language) -> None:
    """Put the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
