"""Calendar arithmetic and the pattern pieces the date rules share.

Day shifts that respect month lengths, the weekday at an offset, small counts as written ("a
couple of"), and the regular-expression fragments for weekdays, months, days and years that both
the resolver (:mod:`eventwire.facts.dates.resolve`) and the mention finder use.
"""

from __future__ import annotations

import datetime
import re

DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"
FUTURE, PAST = "future", "past"  # the tense a rule is told; "" when the clause says neither
Resolution = tuple[str | None, str]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
}  # fmt: skip

# --- resolution: full-match patterns over a normalised (lowercase) expression ---------------

WEEKDAY_RE = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
ORDINAL_DAYS = {word: number for number, word in enumerate(_ORDINALS, start=1)}
ORDINAL_DAYS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
ORDINAL_DAYS |= {f"twenty-{word}": 20 + number for number, word in enumerate(_ORDINALS[:9], 1)}
DAY_RE = (
    r"(?P<day>[12]\d|3[01]|0?[1-9]|"
    + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))
    + r")(?:st|nd|rd|th)?"
)
YEAR_RE = r"(?P<year>(?:1[89]|20)\d\d)"
WEEKDAY_PREFIX = r"(?:(?:(?:this coming|this|next|last|on)\s+)?" + WEEKDAY_RE + r"\s+)?"
PART_RE = r"(?:\s+(?:morning|afternoon|evening|night))?"
AMOUNT_RE = r"(?P<n>\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"  # noqa: E501

DURATION = re.compile(
    r"(?:(?:the|an?|some|about|nearly|almost|more than|over|up to|at least|just)\s+)*"
    + AMOUNT_RE.replace("?P<n>", "?:")
    + r"(?:\s+or\s+(?:so|more))?[\s-]+(?:full\s+)?(?:day|week|fortnight|month|year|hour|minute)s?"
    + r"(?:[\s-]+long)?",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^(?:(?:earlier|later|around|about|approximately|as early as|as late as|as soon as"
    r"|on|in|at|over|during|since|by|until|till|from|of|the|early|late|mid|mid-)\s+)+"
)
_NORMALISE = re.compile(r"[.,]|'s\b|’s\b")


def normalise(expr: str) -> str:
    """Lowercase, drop punctuation and possessives, and strip leading prepositions and hedges."""
    text = _NORMALISE.sub(" ", expr.lower().replace("mid-", "mid "))
    text = " ".join(text.split())
    stripped = _LEADING.sub("", text)
    # "the weekend" must keep something to match; the bare word is enough
    return stripped or text


def small_count(written: str | None) -> int:
    """A small count as written ("3", "two", "a couple of"); one when none is written."""
    if written is None:
        return 1
    return int(written) if written.isdigit() else SMALL_NUMBERS[written]


def shift_weekday(published: datetime.date, weekday: int, lo: int, hi: int) -> datetime.date:
    """The day with ``weekday`` at an offset in [lo, hi] from published (the range spans 7)."""
    for offset in range(lo, hi + 1):
        day = published + datetime.timedelta(days=offset)
        if day.weekday() == weekday:
            return day
    raise ValueError(f"no weekday {weekday} between offsets {lo} and {hi}")


def monday(day: datetime.date) -> datetime.date:
    """The Monday of the week ``day`` is in."""
    return day - datetime.timedelta(days=day.weekday())


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month ``months`` after (before, when negative) ``day``'s."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_number(name: str) -> int:
    """The month number (1-12) of an English month name or abbreviation."""
    return MONTHS.index(name[:3]) + 1


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or None when the day does not exist ("February 30")."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def two_digit_year(text: str) -> int:
    """A year written with two digits ('21 is 2021, '98 is 1998); four digits as written."""
    year = int(text)
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def shift(day: datetime.date, amount: int, unit: str) -> datetime.date:
    """The same day ``amount`` units later (earlier when negative); 31 Jan + 1 month is 28 Feb."""
    if unit in (DAY, WEEK):
        return day + datetime.timedelta(days=amount * (7 if unit == WEEK else 1))
    first = add_months(day, amount * (12 if unit == YEAR else 1))
    last_day = (add_months(first, 1) - datetime.timedelta(days=1)).day
    return first.replace(day=min(day.day, last_day))
