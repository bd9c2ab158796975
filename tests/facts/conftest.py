"""Shared fixtures for the facts tests: the pipeline and the gazetteer, loaded once a session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.facts.places import Gazetteer
from eventwire.nlp.pipeline import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer()
