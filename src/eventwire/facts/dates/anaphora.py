"""Dates counted from the day the story last named: "the next day", "two days later", "that
day", "the previous Friday", "the 25th".
"""

from __future__ import annotations

import datetime
import re

from eventwire.facts.dates.days import (
    AMOUNT_RE,
    DAY,
    FUTURE,
    MONTH,
    PART_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    Resolution,
    safe_date,
    shift,
    shift_weekday,
    small_count,
)


def _from_anchor(
    match: re.Match[str], anchor: datetime.date | None, tense: str, published: datetime.date | None
) -> Resolution:
    """'the next day', 'two days later', 'a year earlier', 'that day', 'the previous Friday', 'the
    25th': counted from the day the story last named, not from publication; only a bare day of
    the month with no day named before it falls back to publication ("fighting resumed on the
    10th": this month's, or last month's when the 10th is still ahead)."""
    groups = match.groupdict()
    unit = groups.get("unit") or DAY
    if anchor is None and groups.get("dom") and published is not None:
        return _nearest_day_of_month(int(groups["dom"]), published, tense), DAY
    if anchor is None:
        return None, unit
    if groups.get("dom"):
        # "on April 24 and 25": a bare day of the month is in the month last named
        day = safe_date(anchor.year, anchor.month, int(groups["dom"]))
        return (day.isoformat() if day else None), DAY
    if groups.get("wd"):
        weekday = WEEKDAYS.index(groups["wd"])
        before = groups["rel"] in ("previous", "preceding")
        day = (
            shift_weekday(anchor, weekday, -7, -1)
            if before
            else shift_weekday(anchor, weekday, 1, 7)
        )
        return day.isoformat(), DAY
    amount = small_count(groups.get("n"))
    step = {"next": 1, "following": 1, "later": 1, "after": 1, "previous": -1, "preceding": -1,
            "earlier": -1, "before": -1}.get(groups.get("rel") or "", 0)  # fmt: skip
    return shift(anchor, step * amount, unit).isoformat(), unit


def _nearest_day_of_month(dom: int, published: datetime.date, tense: str) -> str | None:
    """The day ``dom`` of publication's month, or of the month before when that day is still
    ahead (of the month after in a future clause when it is past)."""
    day = safe_date(published.year, published.month, dom)
    if tense == FUTURE and (day is None or day < published):
        ahead = shift(published.replace(day=1), 1, MONTH)
        day = safe_date(ahead.year, ahead.month, dom)
    elif tense != FUTURE and (day is None or day > published):
        back = shift(published.replace(day=1), -1, MONTH)
        day = safe_date(back.year, back.month, dom)
    return day.isoformat() if day else None


_ANAPHORIC_RULES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?P<rel>next|following|previous|preceding|same)\s+(?:day|morning|afternoon|evening|night)",
        r"that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)",
        # "later in the day", "the day": normalise leaves the bare word
        r"day",
        r"(?:" + AMOUNT_RE + r"\s+)?days?\s+(?P<rel>later|earlier|before|after)",
        r"(?:" + AMOUNT_RE + r"[\s-]+)?(?P<unit>week|month|year)s?[\s-]+(?P<rel>later|earlier)",
        r"(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        r"(?P<rel>previous|preceding|following)\s+" + WEEKDAY_RE + PART_RE,
    )
)


def resolve_anaphoric(
    text: str, anchor: datetime.date | None, tense: str, published: datetime.date | None
) -> Resolution | None:
    """The resolution of a normalised expression counted from ``anchor``, or None when the
    expression is not of that kind (the caller then reads it against publication)."""
    for pattern in _ANAPHORIC_RULES:
        match = pattern.fullmatch(text)
        if match:
            return _from_anchor(match, anchor, tense, published)
    return None
