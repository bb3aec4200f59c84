"""When and where: event dates resolved against the article's date, places, and meeting modes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.ingest.dates import parse_date

__all__ = ["Dateline", "dateline_end", "find_dateline", "period_date", "past_month", "relative_period", "sentence_date",
           "meeting_mode", "NUMBER_WORDS"]

# The months by the first three letters of their names, in order (a month's number is its place here plus one).
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
# A date precise to the day: a weekday, or a month with a day number, or a numeric date.
_DAY_PRECISE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
    rf"|\b{_MONTH}[a-z]*\.?\s+\d{{1,2}}\b"
    rf"|\b\d{{1,2}}\s+{_MONTH}[a-z]*\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_YEAR = re.compile(r"\b\d{4}\b")
_MODES = (("video", re.compile(r"\bvideo\s*(?:link|call|conference)?\b|\bvirtual(?:ly)?\b", re.I)),
          # (not "called on", "called for unity", "called off"; but "in a call with Zelensky", "a call from Ruto")
          ("phone", re.compile(r"\b(?:(?:tele)?phon(?:e|ed|es|ing)|called(?!\s+(?:on|upon|for|off)\b)"
                               r"|calls?\s+(?:with|from))\b", re.I)))


# "MOSCOW, Nov. 9 (Xinhua) --", "NAIROBI (Reuters) -", "GENEVA, June 2 -", "PYONGYANG, June 19. /TASS/.",
# "KINGSTOWN, St Vincent, Dec 14 -":
# a place in capitals, an optional date and agency, then a dash, at the start of a paragraph.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})(?:/[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})?"
    r"(?:,\s*[A-Z][a-z]*\.?(?:\s+(?:[A-Z][a-z]*\.?|and|the|of))*)?"  # (a region or state: ", St. Vincent")
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^()\n]{2,40})\)\s*(?:--|[—–-]|:)|\.?\s*/(?P<slashed>[A-Za-z-]{2,20})/\.?|--|[—–-]|:)\s+"
)


# A dateline with its place in title case, which only a date and an agency together set apart from a sentence
# ("Beijing, Jan. 5 (Xinhua) --", "Kathmandu, March 3 (IANS)").
_TITLED_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*\((?P<agency>[^()\n]{2,40})\)"
    r"\s*(?:(?:--|[—–-]|:)\s+|(?=[A-Z]))"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place and date an article reports from, and where its dateline ends in the body."""

    place: str | None
    date: str | None
    start: int
    end: int


def _dateline_match(body: str):
    start = len(body) - len(body.lstrip())
    match = _DATELINE.match(body, start)
    if match is None or not (match["date"] or match["agency"] or match["slashed"] or len(match["place"]) > 3):
        return _TITLED_DATELINE.match(body, start)
    return match


def dateline_end(body: str) -> int | None:
    """Where the dateline opening ``body`` ends (the story's first sentence starts there), or None."""
    match = _dateline_match(body)
    return match.end() if match else None


def find_dateline(body: str, published: str | None) -> Dateline | None:
    """The dateline opening the article's first paragraph, if any ("MOSCOW, Nov. 9 (Xinhua) --")."""
    match = _dateline_match(body)
    if match is None:
        return None
    place = match["place"].title().replace("’S", "’s").replace("'S", "'s")
    date = resolve_date(match["date"], published) if match["date"] else None
    return Dateline(place, date or published, match.start(), match.end())


@lru_cache(maxsize=4096)  # (the same weekday against the same publication date recurs in every article)
def resolve_date(text: str, published: str | None) -> str | None:
    """A day-precise date expression as ISO, or None (a month and day without any year gives no date)."""
    if not _DAY_PRECISE.search(text):
        return None
    cleaned = re.sub(r"\b(?:on|local time|last|this|earlier|later)\b", " ", text, flags=re.I).strip()
    if published:
        date = parse_date(cleaned, relative_to=published)
        # "said on Sunday" in a Sunday paper is that day, not a week before.
        if date and _WEEKDAY.search(cleaned) and (dt.date.fromisoformat(published) - dt.date.fromisoformat(date)).days == 7:
            return published
        return date
    if _YEAR.search(cleaned):
        return parse_date(cleaned)
    return None  # "Thursday", "September 18" in an undated article: no year to count from


# A year, or a month of a year ("2021", "September 2019").
_PERIOD = re.compile(rf"^(?:({_MONTH})[a-z]*\.?\s+)?(\d{{4}})$", re.I)


def period_date(text: str) -> str | None:
    """A year or a month of a year as a partial ISO date ("2021", "September 2019" -> "2019-09"), or None."""
    match = _PERIOD.match(text.strip())
    if match is None:
        return None
    month, year = match.groups()
    return f"{year}-{_MONTHS.index(month.lower()[:3]) + 1:02d}" if month else year


_LONE_MONTH = re.compile(rf"^({_MONTH})[a-z]*$", re.I)


def past_month(text: str, published: str | None) -> str | None:
    """A month named alone ("October") as the last such month up to the ``published`` date ("2023-10" in December
    2023, "2022-10" in May 2023), or None."""
    match = _LONE_MONTH.match(text.strip())
    if match is None or not published:
        return None
    month, year = _MONTHS.index(match.group(1).lower()[:3]) + 1, int(published[:4])
    return f"{year if month <= int(published[5:7]) else year - 1}-{month:02d}"


_RELATIVE_PERIOD = re.compile(r"^(?:earlier\s+|late\s+|early\s+)?(last|this)\s+(month|year)$", re.I)
_DAYS_AGO = re.compile(r"^(\w+)\s+days?\s+ago$", re.I)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10}


def relative_period(text: str, published: str | None) -> str | None:
    """A period told relative to the ``published`` date as a partial ISO date: "last month" ("2023-11" in December
    2023), "earlier this year" ("2023"), "three days ago" (a day), or None."""
    if not published:
        return None
    day = dt.date.fromisoformat(published[:10])
    if match := _RELATIVE_PERIOD.match(text.strip()):
        which, unit = match.group(1).lower(), match.group(2).lower()
        if unit == "year":
            return str(day.year - (which == "last"))
        month = day.replace(day=1) - dt.timedelta(days=1) if which == "last" else day
        return f"{month.year}-{month.month:02d}"
    if match := _DAYS_AGO.match(text.strip()):
        count = int(word) if (word := match.group(1).lower()).isdigit() else NUMBER_WORDS.get(word)
        return (day - dt.timedelta(days=count)).isoformat() if count else None
    return None


def sentence_date(expressions, published: str | None) -> str | None:
    """The first day-precise date among a sentence's date expressions."""
    return next((date for text in expressions if (date := resolve_date(text, published))), None)


def meeting_mode(sentence: str) -> str:
    """phone, video or in_person, from the words of the sentence."""
    return next((mode for mode, pattern in _MODES if pattern.search(sentence)), "in_person")
