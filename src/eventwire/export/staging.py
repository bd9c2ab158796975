"""Write an export into a hidden folder beside ``--out``, then move it into place in one rename.

A reader never sees half an export: the files are written into ``.<out>.partial-XXXX`` in the same
parent folder (so the final rename stays on one file system) and that folder is renamed to
``out`` only when every file is complete. A failed export leaves ``out`` as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eventwire.errors import EventwireError


class ExportError(EventwireError):
    """An export could not be written: the output folder is taken, or a write failed."""


def check_target(out: Path, *, force: bool) -> None:
    """Refuse an ``out`` that is a file or a link, or a non-empty folder unless ``force``.

    Raises:
        ExportError: ``out`` is a file or a link, or a folder with something in it (without
            ``force``).
    """
    if out.is_symlink():
        raise ExportError(f"--out {out} is a symbolic link; choose a real folder to export into")
    if out.exists() and not out.is_dir():
        raise ExportError(f"--out {out} is a file, not a folder; choose a folder to export into")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise ExportError(
            f"--out {out} is not empty; choose a new folder, or pass --force to replace it"
        )


@contextmanager
def staged(out: Path, *, force: bool) -> Iterator[Path]:
    """Yield a fresh folder to write into; on success it replaces ``out``.

    With ``force`` an existing ``out`` is replaced whole (its old files do not linger beside the
    new ones); it is deleted only after the new export is in place.

    Raises:
        ExportError: ``out`` is refused (see :func:`check_target`) or cannot be created.
    """
    check_target(out, force=force)
    parent = out.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=parent))
    except OSError as error:
        raise ExportError(f"cannot create the output folder {out}: {error}") from error
    try:
        yield staging
        _replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _replace(staging: Path, out: Path) -> None:
    """Move ``staging`` to ``out``, keeping the old ``out`` aside until the move succeeded."""
    old: Path | None = None
    try:
        if out.is_dir():
            # rename() replaces an empty folder but not a full one: move a full one aside first.
            if any(out.iterdir()):
                old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=staging.parent))
                os.replace(out, old / out.name)
            else:
                out.rmdir()
        os.replace(staging, out)
    except OSError as error:
        if old is not None and not out.exists():
            os.replace(old / out.name, out)
        raise ExportError(f"cannot move the export into {out}: {error}") from error
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
