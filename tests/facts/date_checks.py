"""The check the date batteries share: an expression found and resolved to the expected day."""

from __future__ import annotations

from eventwire.facts.dates import DateMention


def assert_resolves(mentions: list[DateMention], expression: str, expected: str | None) -> None:
    """``expression`` is among the mentions with value ``expected``; with ``expected`` None, every
    mention overlapping it is unresolved (nothing to count from, or no day at all)."""
    found = [
        m
        for m in mentions
        if m.text.lower() in expression.lower() or expression.lower() in m.text.lower()
    ]
    if expected is None:
        assert all(m.value is None for m in found), [(m.text, m.value) for m in found]
        return
    assert found, f"{expression!r} not found in {[m.text for m in mentions]}"
    assert any(m.value == expected for m in found), [(m.text, m.value) for m in found]
