"""Named days: holidays that a story names instead of a date ("found on Thanksgiving Day").

Only names that mean one day wherever the story is set, plus the United States federal days of
the American wire (Thanksgiving, Memorial Day, ...). Names that differ by country ("Independence
Day", "Labor Day", "Election Day") are left unread rather than guessed.
"""

from __future__ import annotations

import datetime

_FIXED: dict[str, tuple[int, int]] = {
    "new year day": (1, 1),
    "valentine day": (2, 14),
    "may day": (5, 1),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year eve": (12, 31),
    "year-end": (12, 31),
    "year end": (12, 31),
}
# (month, weekday, earliest day): the first such weekday on or after that day of the month
_NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {
    "martin luther king day": (1, 0, 15),
    "martin luther king jr day": (1, 0, 15),
    "presidents day": (2, 0, 15),
    "presidents' day": (2, 0, 15),
    "memorial day": (5, 0, 25),
    "thanksgiving": (11, 3, 22),
    "thanksgiving day": (11, 3, 22),
}
_FROM_EASTER: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "good friday": -2,
    "easter monday": 1,
}
# as written in the text, for finding them; the keys above are the normalised forms
HOLIDAY_PATTERN = (
    r"New Year's (?:Day|Eve)|Valentine's Day|May Day|Halloween|Veterans Day"
    r"|Christmas(?: Eve| Day)?|Boxing Day|Martin Luther King(?: Jr\.?)? Day|Presidents'? Day"
    r"|Memorial Day|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday|[Yy]ear[- ]end"
)
# longest first, so that "christmas day" is read whole
HOLIDAY_NAMES = tuple(sorted({*_FIXED, *_NTH_WEEKDAY, *_FROM_EASTER}, key=len, reverse=True))


def _easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def holiday(name: str, year: int) -> datetime.date | None:
    """The day a holiday falls on in a year, or None for a name we do not know.

    Args:
        name: the normalised name (lowercase, "'s" dropped: "new year day", "thanksgiving").
        year: the calendar year.
    """
    if name in _FIXED:
        month, day = _FIXED[name]
        return datetime.date(year, month, day)
    if name in _NTH_WEEKDAY:
        month, weekday, earliest = _NTH_WEEKDAY[name]
        first = datetime.date(year, month, earliest)
        return first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
    if name in _FROM_EASTER:
        return _easter(year) + datetime.timedelta(days=_FROM_EASTER[name])
    return None
