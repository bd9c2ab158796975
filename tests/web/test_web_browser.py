"""A real headless Chromium draws the charts under the strict CSP, without console errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Injected by the browser's devtools before any page script (not subject to the page's CSP), so
# every violation is recorded even if no console message is printed for it.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


@pytest.fixture(scope="module")
def browser() -> Any:
    """Headless Chromium (skipped when missing, unless EVENTWIRE_REQUIRE_BROWSER=1, as in make)."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is not installed (make test installs it)"
        if os.environ.get("EVENTWIRE_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.mark.parametrize(
    ("path", "chart"),
    [
        ("/dyads/RUS-UKR?freq=day", "#chart-timeline"),
        ("/network", "#chart-network"),
        ("/map", "#chart-map"),
    ],
)
def test_chart_is_drawn_without_errors(
    browser: Any, live_server: str, tmp_path: Path, path: str, chart: str
) -> None:
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(live_server + path)
    assert response is not None and response.status == 200
    page.wait_for_selector(f"{chart}[data-drawn='true']", timeout=60_000)
    page.wait_for_selector(f"{chart} svg, {chart} canvas", timeout=10_000)
    if path == "/map":
        page.wait_for_selector(f"{chart} svg path", timeout=20_000)
    page.wait_for_timeout(300)
    page.screenshot(path=str(tmp_path / "chart.png"), full_page=True)
    assert (tmp_path / "chart.png").stat().st_size > 0
    assert page.evaluate("window.__violations") == []
    assert problems == []
    page.close()
