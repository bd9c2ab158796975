"""Charts of dyad series, rendered offline by vl-convert."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli.app import app
from eventwire.errors import ConfigError
from eventwire.signals.chart import chart_data, chart_spec, write_chart
from eventwire.store.db import Database
from eventwire.store.mentions import update_story_events

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG = "{http://www.w3.org/2000/svg}"


def row(dyad: str, period: str, q1: int, q4: int, escalation: float) -> dict[str, Any]:
    """One row shaped like :func:`eventwire.signals.series` output."""
    return {"dyad": dyad, "period": period, "events": q1 + q4, "q1": q1, "q2": 0, "q3": 0,
            "q4": q4, "escalation": escalation}  # fmt: skip


ROWS = [
    row("RUS-UKR", "2022-02-07", 2, 0, -3.5),
    row("RUS-UKR", "2022-02-08", 1, 3, 4.0),
    row("RUS-USA", "2022-02-08", 1, 0, -1.0),
]


def test_the_data_fold_quad_classes_into_cooperation_and_conflict() -> None:
    assert chart_data(ROWS)[1] == {
        "dyad": "RUS-UKR", "period": "2022-02-08", "cooperation": 1, "conflict": 3,
        "escalation": 4.0,
    }  # fmt: skip


def test_the_spec_is_vega_lite_with_inline_data() -> None:
    spec = chart_spec(ROWS, title="t")
    assert "vega-lite" in spec["$schema"]
    assert len(spec["vconcat"]) == 2  # one panel pair per dyad
    assert "url" not in str(spec.get("data", ""))


def test_png_starts_with_the_png_signature(tmp_path: Path) -> None:
    path = write_chart(ROWS, tmp_path / "c.png")
    assert path.read_bytes().startswith(PNG_SIGNATURE)


def test_svg_parses_as_xml_with_marks(tmp_path: Path) -> None:
    root = ET.parse(write_chart(ROWS, tmp_path / "c.svg")).getroot()
    assert root.tag == f"{SVG}svg"
    classes = [element.get("class") or "" for element in root.iter()]
    assert sum("mark-line" in c for c in classes) >= 4  # counts and escalation, per dyad
    assert any("mark-symbol" in c for c in classes)


def test_an_empty_series_still_renders(tmp_path: Path) -> None:
    assert ET.parse(write_chart([], tmp_path / "empty.svg")).getroot().tag == f"{SVG}svg"


def test_other_suffixes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\.png or \.svg"):
        write_chart(ROWS, tmp_path / "c.jpg")


def test_cli_writes_the_chart(tmp_path: Path) -> None:
    db_path = tmp_path / "empty.duckdb"
    with Database(db_path) as db:
        update_story_events(db)
    runner = CliRunner()
    out = tmp_path / "chart.svg"
    result = runner.invoke(app, ["signals", "--db", str(db_path), "--chart", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and "wrote chart" in result.stderr
    bad = runner.invoke(app, ["signals", "--db", str(db_path), "--chart", str(tmp_path / "c.gif")])
    assert bad.exit_code == 2 and ".png or .svg" in bad.stderr
