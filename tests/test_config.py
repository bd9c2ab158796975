"""Settings: shipped defaults, overridden by EVENTWIRE_* environment variables."""

from __future__ import annotations

import pytest

from eventwire.config import Config
from eventwire.errors import ConfigError


def test_no_variables_give_the_defaults() -> None:
    assert Config.from_env({}) == Config()
    assert Config.from_env({"EVENTWIRE_MAX_BYTES": "  "}) == Config()  # empty is ignored


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("300", 300),
        ("20MB", 20_000_000),
        ("20 mb", 20_000_000),
        ("512kB", 512_000),
        ("1MiB", 1_048_576),
        ("1.5GB", 1_500_000_000),
    ],
)
def test_max_bytes_takes_a_size_with_a_unit(raw: str, expected: int) -> None:
    assert Config.from_env({"EVENTWIRE_MAX_BYTES": raw}).max_bytes == expected


def test_every_setting_can_be_set() -> None:
    config = Config.from_env(
        {
            "EVENTWIRE_MODEL": "en_core_web_sm",
            "EVENTWIRE_BATCH_SIZE": "8",
            "EVENTWIRE_MIN_CONFIDENCE": "0.5",
            "EVENTWIRE_REQUIRE_PARTY": "true",
            "EVENTWIRE_ATTRIBUTIONS": "1",
            "EVENTWIRE_OTHER": "ignored",
        }
    )
    assert (config.model, config.batch_size, config.min_confidence) == ("en_core_web_sm", 8, 0.5)
    assert config.require_party is True and config.attributions is True


@pytest.mark.parametrize(
    ("variable", "raw", "reason"),
    [
        ("EVENTWIRE_MAX_BYTES", "lots", "expected a size"),
        ("EVENTWIRE_MAX_BYTES", "0", "greater than 0"),
        ("EVENTWIRE_BATCH_SIZE", "-3", "greater than 0"),
        ("EVENTWIRE_BATCH_SIZE", "eight", "integer"),
        ("EVENTWIRE_MIN_CONFIDENCE", "2", "less than or equal to 1"),
        ("EVENTWIRE_REQUIRE_PARTY", "maybe", "valid boolean"),
    ],
)
def test_a_bad_value_names_the_variable(variable: str, raw: str, reason: str) -> None:
    with pytest.raises(ConfigError, match=rf"^{variable}='{raw}': .*{reason}"):
        Config.from_env({variable: raw})


def test_require_party_drops_events_no_one_is_coded_in() -> None:
    from eventwire.runner.pipeline import Pipeline
    from eventwire.schema import Article

    text = "Officials agreed on Monday. Germany pledged 50 million euros in aid to Moldova."
    article = Article(id="a", published="2022-02-16", text=text)
    kept = next(Pipeline(Config(require_party=True)).extract_many([article])).events
    every = next(Pipeline(Config()).extract_many([article])).events
    assert [e.type for e in kept] == ["AGREE"] and kept[0].actor[0].code == "DEU"
    assert len(every) > len(kept)


def test_attributions_adds_beliefs_and_findings_to_quotes() -> None:
    from eventwire.runner.pipeline import Pipeline
    from eventwire.schema import Article

    text = (
        "Most economists believe that the downturn will end next year. A Gallup poll showed "
        "that voters trust the senator. The senator said on Monday that she would run."
    )
    article = Article(id="a", published="2022-02-16", text=text)
    said = next(Pipeline(Config()).extract_many([article])).quotes
    wider = next(Pipeline(Config(attributions=True)).extract_many([article])).quotes
    assert [q.cue for q in said] == ["said"]
    assert [(q.cue, q.text) for q in wider] == [
        ("believe", "the downturn will end next year"),
        ("showed", "voters trust the senator"),
        ("said", "she would run"),
    ]
    assert Config(attributions=True).fingerprint() != Config().fingerprint()
