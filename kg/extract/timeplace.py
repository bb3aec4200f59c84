"""When and where: event dates resolved against the article's date, places, and meeting modes."""

from __future__ import annotations

import datetime as dt
import re

from kg.ingest.dates import parse_date

__all__ = ["sentence_date", "meeting_mode"]

# A date precise to the day: a weekday, or a month with a day number, or a numeric date.
_DAY_PRECISE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_MONTH_DAY = re.compile(r"[a-z]{3}[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+[a-z]{3}", re.I)
_YEAR = re.compile(r"\b\d{4}\b")
_MODES = (("video", re.compile(r"\bvideo\s*(?:link|call|conference)?\b", re.I)),
          ("phone", re.compile(r"\b(?:phone|telephone|phoned|called)\b", re.I)))


def resolve_date(text: str, published: str | None) -> str | None:
    """A day-precise date expression as ISO (``--MM-DD`` when neither it nor the article has a year)."""
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
    if not _MONTH_DAY.search(cleaned):
        return None  # "Thursday", "yesterday" in an undated article: no date to count from
    parsed = parse_date(f"{cleaned} 2000", require_year=True)
    return f"--{parsed[5:]}" if parsed else None


def sentence_date(expressions, published: str | None) -> str | None:
    """The first day-precise date among a sentence's date expressions."""
    return next((date for text in expressions if (date := resolve_date(text, published))), None)


def meeting_mode(sentence: str) -> str:
    """phone, video or in_person, from the words of the sentence."""
    return next((mode for mode, pattern in _MODES if pattern.search(sentence)), "in_person")
