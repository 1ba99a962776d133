"""Dates: resolve expressions such as 'Last week' or 'Earlier on Tuesday' against the publication date.

dateparser does the resolution; this module only prepares news phrasing it does not take as is
("Earlier on Tuesday", "a few days back", "The October 7 attacks") and applies the newsroom reading of
a bare weekday: in an article published on a Wednesday, "on Wednesday" means that same day, while
dateparser's past preference would give the week before. Weekdays, "yesterday" and spans before
publication ("three years ago", "last week"), the commonest dates in news, are answered without
dateparser (about 1 ms a call, the largest cost of coding after the parse), and durations ("two weeks",
"six-year") are not dates at all.

No silent clock: without a publication date only a full date with its year ("12 March 2023",
"2023-03-12") is resolved; a relative expression ("Tuesday", "last week", "March 12") is never read
against the machine's clock. :func:`needs_anchor` tells such an expression from one that is no date, so
the coder can keep its text, leave its date empty and warn (``NO_PUBLISHED_WARNING``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Optional

from dateparser.date import DateDataParser

_LEADING = re.compile(r"^(?:the|earlier|later|late|early|on|in|since|by|until|from|as of|during)\s+", re.I)
_VAGUE_DAYS = re.compile(r"^(?:a few|several|some) days? (?:back|ago|earlier)$", re.I)
_FEW_WEEKS = re.compile(r"^(?:a few|several|some) weeks? (?:back|ago|earlier)$", re.I)
_THIS_PERIOD = re.compile(r"^(?:this|earlier this|later this) (?:week|month|year)$", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Durations and ages, not points in time: "56 years", "two weeks", "a day", "six-year", "10-month-old".
_QUANTITY = (r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
             r"forty|fifty|hundred|several|a few|a couple of|many|some)")
_NOT_DATES = re.compile(rf"^{_QUANTITY}[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)"
                        r"(?:[\s-]+(?:old|long))?$", re.I)
_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
# The warning a result carries when relative dates were left unresolved for want of a publication date.
NO_PUBLISHED_WARNING = "no publication date: relative dates left unresolved; pass --published"
_REFERENCE = dt.date(2000, 1, 5)  # any date: only to ask whether an expression would resolve with one
_WEEKDAY_TIME = re.compile(rf"^({'|'.join(_WEEKDAYS)})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?$", re.I)


# 'three years ago', '15 months ago', 'a week ago', 'last month': the publication date less that span, as
# dateparser's freshness parser reads it (a day past the end of the month goes back to its last day).
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SPAN_AGO = re.compile(rf"^(?:({'|'.join(_NUMBER_WORDS)}|[1-9]\d?) (day|week|month|year)s? ago|last (week|month|year))$")


def _span_ago(lower: str, published: dt.date) -> Optional[dt.date]:
    """The date a lower-cased span before publication names ('three years ago', 'last week'), or None
    when the expression is no such span. Answered here, not by dateparser (about 1 ms a call)."""
    found = _SPAN_AGO.match(lower)
    if found is None:
        return None
    number, unit, last = found.groups()
    count = 1 if last else _NUMBER_WORDS.get(number) or int(number)
    unit = last or unit
    if unit in ("day", "week"):
        return published - dt.timedelta(days=count * (7 if unit == "week" else 1))
    year, month = divmod(published.year * 12 + published.month - 1 - count * (12 if unit == "year" else 1), 12)
    return published.replace(year=year, month=month + 1,
                             day=min(published.day, calendar.monthrange(year, month + 1)[1]))


def parse_published(value: Optional[str]) -> Optional[dt.date]:
    """An ISO date or datetime string → date; None for None. Raises ValueError on impossible dates."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"[E003] published date {value!r} is not a valid ISO date (YYYY-MM-DD)") from None


def _normalise(expression: str) -> str:
    text = " ".join(expression.replace("’", "'").split()).strip(" ,.")
    text = re.sub(r"'s$", "", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text)
    return text


@functools.lru_cache(maxsize=4096)
def resolve(expression: str, published: Optional[dt.date]) -> Optional[dt.date]:
    """The calendar date an expression refers to, or None when it is not a point in time.

    >>> resolve("Last week", dt.date(2023, 11, 1))
    datetime.date(2023, 10, 25)
    """
    text = _normalise(expression)
    lower = text.lower()
    if not text or _NOT_DATES.match(lower):
        return None
    if published is not None:
        if _VAGUE_DAYS.match(lower):
            return published - dt.timedelta(days=3)
        if _FEW_WEEKS.match(lower):
            return published - dt.timedelta(weeks=3)
        if _THIS_PERIOD.match(lower) or lower in ("today", "tonight", "this morning", "this afternoon",
                                                   "this evening", "now"):
            return published
        weekday = _WEEKDAY_TIME.match(lower)
        if weekday:  # the commonest date in news: that day of the week, the publication day included
            return published - dt.timedelta(days=(published.weekday() - _WEEKDAYS.index(weekday.group(1))) % 7)
        if lower in ("yesterday", "last night"):
            return published - dt.timedelta(days=1)
        span_ago = _span_ago(lower, published)
        if span_ago is not None:
            return span_ago
    elif not _YEAR.search(text):  # no anchor and no year written: never the machine's clock
        return None
    try:
        data = _parser(published).get_date_data(text)
    except (ValueError, OverflowError):  # dateparser raises these on odd inputs such as huge numbers
        return None
    if data.date_obj is None:
        return None
    if published is None and data.period not in ("day", "time"):  # 'March 2023': its day would be today's
        return None
    return data.date_obj.date()


def needs_anchor(expression: str) -> bool:
    """Whether an expression is a date that only a publication date could resolve ('Tuesday', 'last week',
    'March 12'): it resolves against some reference date but not without one."""
    return resolve(expression, None) is None and resolve(expression, _REFERENCE) is not None


@functools.lru_cache(maxsize=64)
def _parser(published: Optional[dt.date]) -> DateDataParser:
    """One dateparser parser per publication date: ``dateparser.parse`` builds a parser and reloads its
    English data on every call, which was most of its cost."""
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    return DateDataParser(languages=["en"], settings=settings)
