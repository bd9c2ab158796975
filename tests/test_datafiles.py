"""Our YAML data files read strictly: YAML 1.2 booleans, no duplicate keys."""

from __future__ import annotations

import pytest

from eventwire.datafiles import load_yaml
from eventwire.errors import ConfigError


def test_bare_words_that_yaml_1_1_reads_as_booleans_stay_strings() -> None:
    data = load_yaml("preps: [on, off, yes, no, y, n]\ncountry: NO\nflag: true\n", "t.yaml")
    assert data == {
        "preps": ["on", "off", "yes", "no", "y", "n"],
        "country": "NO",
        "flag": True,
    }


def test_a_key_given_twice_is_refused_with_file_and_line() -> None:
    with pytest.raises(ConfigError, match=r"t\.yaml: line 2: key given twice: impose"):
        load_yaml("verbs:\n  impose: 1\n  impose: 2\n", "t.yaml")


def test_invalid_yaml_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_yaml("a: [1, 2\n", "t.yaml")


def test_the_shipped_trigger_lexicon_keeps_on_as_a_preposition() -> None:
    from eventwire.coding.lexicon import load_triggers

    lexicon = load_triggers()
    assert "on" in lexicon.verbs["impose"].recipient_preps
