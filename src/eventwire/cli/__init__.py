"""The command line: ``eventwire`` (Typer)."""

from __future__ import annotations


def main() -> None:
    """Run the ``eventwire`` command."""
    from eventwire.cli.app import app

    app()


__all__ = ["main"]
