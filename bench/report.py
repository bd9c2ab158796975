"""Append a dated benchmark entry, with the machine and the command, to BENCHMARKS.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path


def append_entry(title: str, lines: list[str]) -> None:
    """Append ``## DATE — title``, the machine, the command and ``lines`` to BENCHMARKS.md."""
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    entry = [
        f"## {dt.date.today().isoformat()} — {title}",
        "",
        f"Machine: {machine}. Command: `{' '.join(['python', *sys.argv])}`.",
        "",
        "```",
        *lines,
        "```",
        "",
    ]
    target = Path(__file__).resolve().parents[1] / "BENCHMARKS.md"
    with target.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(entry) + "\n")
