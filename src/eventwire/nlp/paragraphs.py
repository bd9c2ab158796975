"""Sentence starts at paragraph breaks, set before the parser so it never joins two paragraphs.

The small English parser often runs a headline, a dateline or a closing quotation on into the next
paragraph ("…a 'Disgusting Fraud.'\\n\\nWASHINGTON ― Donald Trump's …" as one sentence), which
then loses the subject of the verb that follows. A blank line always starts a sentence; a single
line break does when the line before it ends a sentence or is short (a headline, a dateline, a
paragraph's last line), and not when it looks like a hard wrap inside a paragraph (a long line, a
line ending on a function word, a next line starting in lower case).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "eventwire_paragraphs"
WRAP_WIDTH = 60
"""A line at least this long that ends mid-sentence is taken as hard-wrapped, not a paragraph."""
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", "'", ")")


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after each paragraph break as a sentence start."""
    text = doc.text
    line_start = 0
    last_word = None
    for token in doc:
        if token.is_space:
            continue
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


def add_paragraph_breaks(nlp: Language) -> None:
    """Put the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
