"""The bundled demo corpus: one fictional crisis week (10–17 February 2022) in wire style.

``articles/crisis-week.jsonl`` holds 20 short articles written for eventwire, one JSON object a
line with the fields ``id``, ``title``, ``outlet``, ``published``, ``url`` and ``text``
(paragraphs separated by a blank line). ``articles/wirecopy/`` holds three raw wire-copy exports
(title line with an outlet suffix, repeated title, photo credit, byline, contributor line,
trailing "Original Source") used to exercise ``eventwire extract`` on plain-text input.
The events are invented; the public figures and their offices are real (see
``articles/README.md``). The hand-coded gold events for the JSONL articles live in the test
suite (``tests/data/demo_gold.jsonl``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from eventwire.errors import ConfigError

__all__ = ["demo_paths", "wirecopy_paths"]


def _articles_dir() -> Path:
    """Return the installed ``articles`` folder as a file-system path."""
    root = resources.files(__name__).joinpath("articles")
    if not isinstance(root, Path) or not root.is_dir():
        raise ConfigError(
            f"the demo articles are not readable as files at {root!r}; "
            "expected an unzipped installation of eventwire"
        )
    return root


def demo_paths() -> list[Path]:
    """Return the bundled demo article files (JSON Lines), sorted by name.

    Returns:
        The paths of the ``.jsonl`` files in the package's ``articles`` folder.

    Raises:
        ConfigError: the package data is not on the file system (e.g. a zipped install).
    """
    return sorted(path for path in _articles_dir().glob("*.jsonl") if path.is_file())


def wirecopy_paths() -> list[Path]:
    """Return the bundled raw wire-copy exports (``.txt``, one article each), sorted by name.

    Returns:
        The paths of the ``.txt`` files in the package's ``articles/wirecopy`` folder.

    Raises:
        ConfigError: the package data is not on the file system (e.g. a zipped install).
    """
    folder = _articles_dir() / "wirecopy"
    return sorted(path for path in folder.glob("*.txt") if path.is_file())
