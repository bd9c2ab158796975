"""Resolving a date expression against the publication date (and the day the story last named).

The conventions (which weekday a bare "Friday" is, what a value with ``week`` granularity means,
when the value is None) are those of the package, :mod:`eventwire.facts.dates`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from eventwire.facts.dates.anaphora import resolve_anaphoric
from eventwire.facts.dates.days import (
    AMOUNT_RE,
    DAY,
    DAY_RE,
    DURATION,
    FUTURE,
    MONTH,
    MONTH_RE,
    ORDINAL_DAYS,
    PART_RE,
    PAST,
    WEEK,
    WEEKDAY_PREFIX,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR,
    YEAR_RE,
    Resolution,
    add_months,
    monday,
    month_number,
    normalise,
    safe_date,
    shift,
    shift_weekday,
    small_count,
    two_digit_year,
)
from eventwire.facts.dates.holidays import HOLIDAY_NAMES, holiday

__all__ = ["DAY", "MONTH", "WEEK", "YEAR", "resolve_date"]


def _weekday(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    if published is None:
        return None, DAY
    weekday = WEEKDAYS.index(match["wd"])
    modifier = match["mod"] or ""
    if modifier == "last" or modifier == "this past":
        day = shift_weekday(published, weekday, -7, -1)
    elif modifier == "this coming":
        day = shift_weekday(published, weekday, 0, 6)
    elif modifier == "next":
        day = shift_weekday(published, weekday, 1, 7)
    elif tense == FUTURE or modifier == "this":
        day = shift_weekday(published, weekday, 0, 6)
    else:
        day = shift_weekday(published, weekday, -6, 0)
    return day.isoformat(), DAY


def _deictic(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    if published is None:
        return None, DAY
    word = match["word"]
    offset = {"yesterday": -1, "last": -1, "tomorrow": 1, "before yesterday": -2,
              "after tomorrow": 2}.get(word, 0)  # fmt: skip
    return (published + datetime.timedelta(days=offset)).isoformat(), DAY


def _weekend(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    if published is None:
        return None, DAY
    modifier = match["mod"] or ""
    in_weekend = published.weekday() >= 5
    latest = shift_weekday(published, 5, -6, 0)  # the most recent Saturday, today included
    upcoming = latest if in_weekend else latest + datetime.timedelta(weeks=1)
    if modifier == "last":
        day = latest - datetime.timedelta(weeks=1) if in_weekend else latest
    elif modifier == "next":
        day = upcoming + datetime.timedelta(weeks=1) if in_weekend else upcoming
    elif modifier == "this":
        day = latest if in_weekend or (published.weekday() <= 1 and tense != FUTURE) else upcoming
    else:
        day = upcoming if tense == FUTURE else latest
    return day.isoformat(), DAY


def _period(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    unit = match["unit"]
    if published is None:
        return None, unit
    step = {"last": -1, "next": 1}.get(match["mod"], 0)
    if unit == WEEK:
        day = monday(published) + datetime.timedelta(weeks=step)
    elif unit == MONTH:
        day = add_months(published, step)
    else:
        day = datetime.date(published.year + step, 1, 1)
    return day.isoformat(), unit


def _ago(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    amount, unit = _counted(match)
    if published is None:
        return None, unit
    return shift(published, -amount, unit).isoformat(), unit


def _hence(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    """'will vote in two weeks': N units after publication, only in a future clause ("the worst
    shelling in two weeks" is a span of time, not a date)."""
    amount, unit = _counted(match)
    if published is None or tense != FUTURE:
        return None, unit
    return shift(published, amount, unit).isoformat(), unit


def _counted(match: re.Match[str]) -> tuple[int, str]:
    """The count and unit written ("three weeks"); a fortnight is two weeks."""
    amount = small_count(match["n"])
    if match["unit"] == "fortnight":
        return 2 * amount, WEEK
    return amount, match["unit"]


_HENCE = re.compile(
    r"in\s+" + AMOUNT_RE + r"\s+(?P<unit>day|week|fortnight|month|year)s?(?:'\s+time)?"
)


def _month_day(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    month = month_number(match["mon"])
    day = ORDINAL_DAYS.get(match["day"]) or int(match["day"])
    if match["year"]:
        resolved = safe_date(int(match["year"]), month, day)
        return (resolved.isoformat() if resolved else None), DAY
    if published is None:
        return None, DAY
    candidates = [
        c for y in (-1, 0, 1) if (c := safe_date(published.year + y, month, day)) is not None
    ]
    if not candidates:
        return None, DAY
    if match.groupdict().get("wd"):
        # a weekday written beside the date ("Monday, Oct. 26") tells the year
        weekday = WEEKDAYS.index(match["wd"])
        candidates = [c for c in candidates if c.weekday() == weekday] or candidates
    return _nearest(candidates, published, tense).isoformat(), DAY


_DATELINE_SLACK = datetime.timedelta(days=2)


def _nearest(
    candidates: list[datetime.date], published: datetime.date, tense: str
) -> datetime.date:
    """The day a yearless date means: the first one ahead in a future clause, the last one not
    ahead in a past one ("the quarter ended Oct. 31"), else the nearest, a day ahead of
    publication counting double (so past is preferred)."""
    if tense == FUTURE:
        return min((c for c in candidates if c >= published), default=candidates[-1])
    if tense == PAST:
        # a day or two ahead is a time zone or a late dateline, not last year
        latest = published + _DATELINE_SLACK
        return max((c for c in candidates if c <= latest), default=candidates[0])
    return min(
        candidates,
        key=lambda c: (published - c).days if c <= published else 2 * (c - published).days,
    )


def _holiday(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    """'Thanksgiving Day', 'last Christmas', 'Easter 1998': a named day, placed like a date."""
    name = match["holiday"]
    if match["year"]:
        day = holiday(name, int(match["year"]))
        return (day.isoformat() if day else None), DAY
    if published is None:
        return None, DAY
    candidates = [day for y in (-1, 0, 1) if (day := holiday(name, published.year + y)) is not None]
    if not candidates:
        return None, DAY
    modifier = match["mod"] or ""
    if modifier == "last":
        best = max((c for c in candidates if c < published), default=candidates[0])
    elif modifier == "next":
        best = min((c for c in candidates if c > published), default=candidates[-1])
    else:
        best = _nearest(candidates, published, "" if modifier == "this" else tense)
    return best.isoformat(), DAY


def _month(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    month = month_number(match["mon"])
    if match["year"]:
        return datetime.date(int(match["year"]), month, 1).isoformat(), MONTH
    if published is None:
        return None, MONTH
    modifier = match["mod"] or ""
    year = published.year
    if modifier == "last":
        year -= 1 if month >= published.month else 0
    elif modifier == "next":
        year += 1 if month <= published.month else 0
    elif tense == FUTURE and modifier != "this":
        year += 1 if month < published.month else 0
    elif modifier != "this":
        year -= 1 if month > published.month else 0
    return datetime.date(year, month, 1).isoformat(), MONTH


def _year(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    return f"{match['year']}-01-01", YEAR


def _numeric(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    groups = match.groupdict()
    if groups.get("iy"):
        year, month, day = int(groups["iy"]), int(groups["im"]), int(groups["id"])
    else:
        year, month, day = two_digit_year(groups["uy"]), int(groups["um"]), int(groups["ud"])
    resolved = safe_date(year, month, day)
    return (resolved.isoformat() if resolved else None), DAY


def _days_from(match: re.Match[str], published: datetime.date | None, tense: str) -> Resolution:
    """'the day before last Tuesday', 'two days after Feb. 5': a day counted from another date."""
    anchor, granularity = resolve_date(
        match["anchor"], published, future=tense == FUTURE, past=tense == PAST
    )
    if anchor is None or granularity != DAY:
        return None, DAY
    amount = small_count(match["n"])
    step = -amount if match["dir"] == "before" else amount
    return (datetime.date.fromisoformat(anchor) + datetime.timedelta(days=step)).isoformat(), DAY


_Rule = Callable[[re.Match[str], datetime.date | None, str], Resolution]
_RULES: tuple[tuple[re.Pattern[str], _Rule], ...] = tuple(
    (re.compile(pattern), rule)
    for pattern, rule in (
        (r"(?P<word>today|tonight|this (?:morning|afternoon|evening))", _deictic),
        (r"(?P<word>yesterday|tomorrow)" + PART_RE, _deictic),
        (r"day (?P<word>before yesterday|after tomorrow)", _deictic),
        (r"(?P<word>last) night", _deictic),
        (
            r"(?:(?P<mod>last|next|this past|this coming|this|on|early|late)\s+)?"
            + WEEKDAY_RE
            + PART_RE,
            _weekday,
        ),
        (r"(?:(?P<mod>last|next|this past|this|past)\s+)?weekend", _weekend),
        (
            r"(?:(?:earlier|later)\s+)?(?P<mod>this|last|next|this past|current)\s+"
            r"(?P<unit>week|month|year)",
            _period,
        ),
        (AMOUNT_RE + r"\s+(?P<unit>day|week|fortnight|month|year)s?(?:\s+or\s+so)?\s+ago", _ago),
        (
            r"(?:" + AMOUNT_RE + r"\s+)?days?\s+(?P<dir>before|after)\s+(?:the\s+)?(?P<anchor>.+)",
            _days_from,
        ),
        (WEEKDAY_PREFIX + MONTH_RE + r"\s+" + DAY_RE + r"(?:\s+" + YEAR_RE + r")?", _month_day),
        (
            WEEKDAY_PREFIX + DAY_RE + r"\s+(?:of\s+)?" + MONTH_RE + r"(?:\s+" + YEAR_RE + r")?",
            _month_day,
        ),
        (r"(?:(?P<mod>last|next|this)\s+)?" + MONTH_RE + r"(?:\s+" + YEAR_RE + r")?", _month),
        (
            r"(?:(?P<mod>last|next|this)\s+)?(?P<holiday>"
            + "|".join(re.escape(name) for name in HOLIDAY_NAMES)
            + r")(?:\s+"
            + YEAR_RE
            + r")?",
            _holiday,
        ),
        (YEAR_RE, _year),
        (r"(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)", _numeric),
        (r"(?P<iy>(?:19|20)\d\d)(?P<im>[01]\d)(?P<id>[0-3]\d)", _numeric),
        (r"(?P<um>\d{1,2})/(?P<ud>\d{1,2})/(?P<uy>\d{2}|\d{4})", _numeric),
    )
)
_DATEPARSER_CUE = re.compile(r"\d|\b" + MONTH_RE.replace("?P<mon>", "?:") + r"\b")
_FOUR_DIGITS = re.compile(r"\d{4}")


@lru_cache(maxsize=32)
def _date_data_parser(future: bool, base: datetime.datetime | None) -> Any:
    # imported lazily: dateparser takes about a second to import and build its tables
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future" if future else "past"}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


_DECADE = re.compile(r"\b\d{3}0s\b|'\d0s\b")


def _with_dateparser(text: str, published: datetime.date | None, tense: str) -> Resolution:
    """Last resort for DATE entity texts our own rules do not read. A bare length of time ("10
    days", "48 hours", "a 10-day") is no date: dateparser would read it as so long ago."""
    if not _DATEPARSER_CUE.search(text) or (published is None and not _FOUR_DIGITS.search(text)):
        return None, DAY
    if DURATION.fullmatch(text):
        return None, DAY
    if _DECADE.search(text):
        return None, YEAR  # "the 1960s", "the early '90s": no day (dateparser gives today's)
    base = None
    if published is not None:
        base = datetime.datetime(published.year, published.month, published.day, 12)
    data = _date_data_parser(tense == FUTURE, base).get_date_data(text)
    if data.date_obj is None:
        return None, DAY
    period = data.period if data.period in (DAY, WEEK, MONTH, YEAR) else DAY
    return data.date_obj.date().isoformat(), period


def resolve_date(
    expr: str,
    published: datetime.date | None,
    *,
    future: bool = False,
    past: bool = False,
    anchor: datetime.date | None = None,
) -> tuple[str | None, str]:
    """Resolve a date expression against the publication date.

    Args:
        expr: the expression as written ("on Sunday", "Feb. 5, 2021", "three weeks ago").
        published: the article's publication date; relative expressions need it.
        future: the expression sits in a future-tense clause ("will meet on Thursday").
        past: it sits on a past-tense verb ("the quarter ended Oct. 31"): a yearless date is then
            the last one not after publication. ``future`` wins when both are set.
        anchor: the day the text last named, for "the next day", "two days later", "that day"
            and "the previous Friday"; without it these stay unresolved.

    Returns:
        ``(value, granularity)``: value is an ISO day or None when unresolved; granularity is
        ``day``, ``week``, ``month`` or ``year`` (value is then the first day of that period).
    """
    tense = FUTURE if future else PAST if past else ""
    hence = _HENCE.fullmatch(" ".join(expr.lower().split()))
    if hence:  # before normalising, which drops the "in" that makes it a date
        return _hence(hence, published, tense)
    text = normalise(expr)
    counted = resolve_anaphoric(text, anchor, tense, published)
    if counted is not None:
        return counted
    for pattern, rule in _RULES:
        match = pattern.fullmatch(text)
        if match:
            return rule(match, published, tense)
    return _with_dateparser(text, published, tense)
