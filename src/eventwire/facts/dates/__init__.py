"""Date expressions: finding them in text and resolving them against the publication date.

News convention: a bare weekday means the publication day when it is that weekday, else the most
recent past one (the next one in future-tense clauses); a month without a year means the most
recent past such month; a month and day without a year means the nearest such day, past preferred
(the last one not after publication on a past-tense verb, the next one in a future clause).

A resolved value is always one ISO day (``YYYY-MM-DD``); ``granularity`` tells how much of it is
known. For ``week`` the value is the Monday that starts the week ("last week"), for ``month`` the
first of the month, for ``year`` 1 January; "N weeks/months/years ago" is the exact day N units
before publication, with the unit as granularity (a point estimate, not a known day). The value
is None when the expression cannot be placed on a calendar (no publication date for a relative
expression, or an expression we do not read).
"""

from eventwire.facts.dates.mentions import DateMention, find_dates
from eventwire.facts.dates.resolve import DAY, MONTH, WEEK, YEAR, resolve_date
from eventwire.facts.dates.tense import cue_of_date, is_future_context, is_past_context

__all__ = [
    "DAY",
    "MONTH",
    "WEEK",
    "YEAR",
    "DateMention",
    "cue_of_date",
    "find_dates",
    "is_future_context",
    "is_past_context",
    "resolve_date",
]
