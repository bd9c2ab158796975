"""The exception tree.

::

    EventwireError
    ├── ConfigError          a setting has a bad value
    ├── InputError           one input could not be read; the batch goes on
    │   ├── InputTooLarge    over the configured size limit
    │   └── MalformedInput   unreadable bytes, bad JSON/CSV, missing ``text``
    ├── ModelError           the spaCy model could not be loaded
    ├── StoreError           the database could not be opened or written
    │   └── DatabaseBusy     another process holds the file (a writer, or an ingest's lock)
    ├── ClusterError         the Dask scheduler could not be reached
    └── EvalError            a gold set could not be read
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class ConfigError(EventwireError):
    """A setting has a bad value."""


class InputError(EventwireError):
    """One input could not be read.

    Args:
        source: the path (and line, ``path:line``) of the bad input.
        reason: what was wrong, in words a user can act on.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class InputTooLarge(InputError):
    """An input is over the configured size limit."""


class MalformedInput(InputError):
    """An input's bytes or structure cannot be read as an article."""


class ModelError(EventwireError):
    """The spaCy model could not be loaded."""


class StoreError(EventwireError):
    """The database could not be opened, migrated or written."""


class DatabaseBusy(StoreError):
    """Another process holds the database file: DuckDB lets in one writer or many readers, and
    an ingest keeps a lock beside the file for its whole run."""


class ClusterError(EventwireError):
    """The Dask scheduler given by ``--cluster`` could not be reached."""


class EvalError(EventwireError):
    """A gold set could not be read."""
