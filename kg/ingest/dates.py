"""Dates as ISO strings, parsed by dateparser (imported lazily: it is slow to import)."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

__all__ = ["parse_date"]

_SETTINGS = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": False}


@cache
def _parser():
    import dateparser  # noqa: PLC0415  (lazy: importing dateparser takes ~0.5 s)

    return dateparser


def parse_date(text: str | None, *, relative_to: str | None = None, require_year: bool = True) -> str | None:
    """``"Oct 28, 2022 02:04 AM"`` → ``"2022-10-28"``; relative words resolve against ``relative_to``."""
    if not text or not text.strip():
        return None
    settings = dict(_SETTINGS)
    if not require_year:
        settings["REQUIRE_PARTS"] = ["day", "month"]
    if relative_to:  # "Thursday", "yesterday": the base supplies the missing parts
        settings.pop("REQUIRE_PARTS")
        settings["RELATIVE_BASE"] = datetime.combine(date.fromisoformat(relative_to), datetime.min.time())
    parsed = _parser().parse(text.strip(), languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None
