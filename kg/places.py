"""Where a place lies: its position from the gazetteer kg/data/places.tsv (the GeoNames cities of 15,000
people or more, written by scripts/convert_gazetteer.py), found by name within the country the
lexicons put it in (the graph asks only for places of a known country: "Asia" is no town of that
name). A place the gazetteer does not list (a region, a site, a small town) has none; a country's
first-level regions are known by name only, from ISO 3166-2 (region_country)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Location", "locate", "fold", "region_country"]


@dataclass(frozen=True, slots=True)
class Location:
    latitude: float
    longitude: float
    country: str | None  # ISO 3166-1 alpha-3 (None for a code pycountry does not list, such as Kosovo's)
    population: int = 0


@cache
def _rows() -> tuple[tuple[str, str, tuple], ...]:
    """The gazetteer's rows: (name, other names, (population, -row, latitude, longitude, country))."""
    text = resources.files("kg").joinpath("data", "places.tsv").read_text("utf-8")
    found = []
    for number, line in enumerate(text.splitlines()):
        if not line.startswith("#"):
            name, country, latitude, longitude, population, others = line.split("\t")
            found.append((name, others, (int(population), -number, float(latitude), float(longitude), country or None)))
    return tuple(found)


def fold(name: str) -> str:
    """A name in lower case without accents: "Nouméa" and "Noumea" are one key (as are "Nicolás" and
    "Nicolas" in the actor table)."""
    if name.isascii():
        return name.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


@cache
def _index(by_other_name: bool) -> dict[str, list[tuple]]:
    """Cities by lower-case name, or by lower-case other name (built only when a name is not found)."""
    table: dict[str, list[tuple]] = {}
    for name, others, record in _rows():
        for key in (others.lower().split("|") if others else ()) if by_other_name else (fold(name),):
            table.setdefault(key, []).append(record)
    return table


def locate(name: str, country: str | None = None, *, other_names: bool = True) -> Location | None:
    """The position of the place ``name`` ("Moscow", "Kiev"), within ``country`` (ISO alpha-3) when
    given: a city of that name first (accents aside), then (unless ``other_names`` is False) one it is another name of;
    of several, the most populous."""
    for by_other_name in (False, True) if other_names else (False,):
        key = name.lower() if by_other_name else fold(name)
        found = [c for c in _index(by_other_name).get(key, ()) if country is None or c[4] == country]
        if found:
            population, _, latitude, longitude, code = max(found)
            return Location(latitude, longitude, code, population)
    return None


# ISO 3166-2 kinds of subdivision that are a country's first-level regions, under the names news gives them
# ("Sindh", "Kachin", "Borno", "Cabo Delgado"); not districts, municipalities or parishes.
_REGION_KINDS = frozenset({
    "Province", "Region", "State", "Governorate", "Prefecture", "Administrative region", "Regional state",
    "Autonomous region", "Republic", "Oblast", "Autonomous community", "Land", "Voivodship", "Division",
    "Union territory", "Emirate", "Autonomous province", "Territory", "Autonomous district", "Department"})

# Words of a region's name that also name a sea, lake or coast news means by them ("attacks on shipping in
# the Red Sea" are not in Sudan's Red Sea state).
_FEATURES = frozenset({"sea", "gulf", "ocean", "lake", "river", "bay", "coast", "desert", "valley", "mountains"})


@cache
def _regions() -> dict[str, str]:
    """First-level regions by folded name -> the ISO alpha-3 code of their country, for names only one country's
    region bears ("Punjab", in India and Pakistan, is left out)."""
    import pycountry  # noqa: PLC0415  (loaded only when a region is asked for)

    countries: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        name = fold(region.name)
        if region.type in _REGION_KINDS and not region.parent_code and _FEATURES.isdisjoint(name.split()):
            countries.setdefault(name, set()).add(region.country_code)
    found = {}
    for name, codes in countries.items():
        country = pycountry.countries.get(alpha_2=next(iter(codes))) if len(codes) == 1 else None
        if country is not None:
            found[name] = country.alpha_3
    return found


def region_country(name: str) -> str | None:
    """The ISO alpha-3 code of the country whose first-level region is called ``name``, or None."""
    return _regions().get(fold(name))
