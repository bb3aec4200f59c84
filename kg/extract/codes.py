"""CAMEO actor codes: a country's ISO code plus a sector (HUNGOV), an organisation's or a person's
code from the event-data dictionary valid on the event's date, or a person's from the position the
text gives them (CHN + GOV for a Chinese minister)."""

from __future__ import annotations

from functools import cache

from kg.extract.lexicon import actor_records, capitals, lexicon
from kg.places import locate, region_country

__all__ = ["actor_code", "country_code", "country_named", "country_of_place", "state_of_place", "dictionary_code",
           "dictionary_record", "office_state", "STATE_SECTORS", "OUTSIDE_STATE_SECTORS"]

# Sectors of the positions of roles.tsv: every office named there is a government's.
_POSITION_SECTOR = "GOV"
# Sectors of a state's own agents and bodies (CAMEO actor codes): "Pakistani Foreign Office", "his troops".
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Sectors of those who act against their own state: "Rwandan rebels", "Kenyan opposition leaders".
OUTSIDE_STATE_SECTORS = frozenset({"REB", "INS", "OPP"})


@cache
def _iso() -> dict[str, str]:
    return {country.name: country.code for country in lexicon().countries}


def country_code(name: str) -> str | None:
    """The ISO 3166 alpha-3 code of a country by its canonical name (CAMEO's country codes)."""
    return _iso().get(name)


@cache
def _by_code() -> dict[str, str]:
    return {country.code: country.name for country in lexicon().countries}


def country_named(code: str) -> str | None:
    """The canonical name of the country with ISO alpha-3 ``code``, or None."""
    return _by_code().get(code)


def country_of_place(name: str) -> str | None:
    """The country a city or region belongs to, by the event-data dictionary's country records (which
    list "Kharkiv" under Ukraine, "Gaza Strip" under Palestine, today's country), or None when they do not."""
    records = [a for a in actor_records(name) if a.source == "countries" and _territory(a.code)]
    latest = max(records, key=lambda a: (a.start, a.end or "9999"), default=None)
    return country_named(latest.code[:3]) if latest is not None and len({a.name for a in records}) == 1 else None


# A city of the gazetteer this big is the one a story means by its name ("shelled Odesa"), not a namesake
# town: smaller ones are too often another place's or a person's name.
_CITY_POPULATION = 50_000


@cache
def state_of_place(name: str) -> str | None:
    """The country a place lies in: by the dictionary's records (country_of_place), else the country of the
    gazetteer's most populous city of that name, when it is a city of 50,000 people or more ("shelled Odesa",
    "jets struck Khan Younis"), else the country of the one first-level region of that name ("Sindh")."""
    if (country := country_of_place(name)) is not None:
        return country
    city = locate(name)
    if city is not None and city.country and city.population >= _CITY_POPULATION:
        return country_named(city.country)
    region = region_country(name)  # ("clashes in Cabo Delgado": a country's region)
    return country_named(region) if region else None


def home_state(name: str) -> str | None:
    """The country of a capital or seat of government ("Kigali", "Downing Street"), else the one a place lies in
    (state_of_place)."""
    return capitals().get(name) or state_of_place(name)


@cache
def _sectors() -> frozenset[str]:
    return frozenset(code[:3] for code in lexicon().agents.values() if code)


def _territory(code: str) -> bool:
    """Whether an actor code is a country's or a territory's (UKR, PSEGZA), not a person's (UKRGOV)."""
    return len(code) == 3 or code[3:6] not in _sectors()


def dictionary_code(name: str, date: str | None) -> str | None:
    """The event-data dictionary's actor code for ``name`` valid on ``date`` (the latest when undated)."""
    return _dictionary(name, date)


def dictionary_record(name: str, date: str | None):
    """The dictionary's record (code, start, end) for ``name`` valid on ``date`` (the latest when undated)."""
    entries = actor_records(name)
    if date:
        valid = [a for a in entries if (not a.start or a.start <= date) and (not a.end or date <= a.end)]
        entries = valid or ()
    return max(entries, key=lambda a: (a.start, a.end or "9999")) if entries else None


def office_state(record) -> str | None:
    """The country of a dictionary record of a government or military office (CAMEO sector GOV or MIL), else
    None (a rebel, party or business post, or no record)."""
    return country_named(record.code[:3]) if record is not None and record.code[3:6] in ("GOV", "MIL") else None


def _dictionary(name: str, date: str | None) -> str | None:
    record = dictionary_record(name, date)
    return record.code if record is not None else None


def actor_code(ctx, arg, date: str | None) -> str | None:
    """The CAMEO actor code of a resolved argument, or None when nothing says it."""
    if arg.type == "Country":
        code = country_code(arg.name)
        return f"{code}{arg.sector or ''}" if code else None
    if arg.type == "Organization":
        return _dictionary(arg.name, date)
    if arg.type == "Person":
        homes = (country_code(place) for _, place in ctx.positions.get(arg.name, []))
        stated = next((code for code in homes if code), None)
        return f"{stated}{_POSITION_SECTOR}" if stated else _dictionary(arg.name, date)
    return None
