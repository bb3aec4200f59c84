"""The data files under kg/extract/data/ as frozen lookup tables (read once, on first use)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Country", "Trigger", "PredicateSpec", "Lexicon", "lexicon", "rows", "ACTOR_TYPES"]

ACTOR_TYPES = frozenset({"Person", "Country", "Organization"})


def rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated data file, comments and blank lines left out."""
    text = resources.files("kg.extract").joinpath("data", name).read_text("utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    return list(csv.reader(lines, delimiter="\t"))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@dataclass(frozen=True, slots=True)
class Country:
    """A country: canonical name, ISO code and the words that name it."""

    name: str
    code: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon entry: a word (and particle) that states a predicate, and where its target is."""

    lemma: str
    particle: str
    pos: str
    predicate: str
    objects: tuple[str, ...]
    cameo: str
    plover: str


@dataclass(frozen=True, slots=True)
class PredicateSpec:
    """Types a predicate links, whether it is symmetric, and its event class."""

    name: str
    subject_types: frozenset[str]
    object_types: frozenset[str]
    symmetric: bool
    event_class: str


def _types(cell: str) -> frozenset[str]:
    names = set()
    for part in _split(cell.replace(",", "|")):
        names |= ACTOR_TYPES if part == "actor" else {part}
    return frozenset(names)


def _countries() -> tuple[Country, ...]:
    import pycountry  # noqa: PLC0415

    extra = {row[0]: row + [""] * (6 - len(row)) for row in rows("countries.tsv")}
    result = []
    for record in pycountry.countries:
        code = record.alpha_3
        row = extra.get(code, [code, "", "", "", "", ""])
        common = getattr(record, "common_name", None) or record.name
        name = row[1] or common
        aliases = {record.name, common, getattr(record, "official_name", None) or record.name, *_split(row[2])}
        aliases.discard(name)
        result.append(Country(name, code, tuple(sorted(a for a in aliases if "," not in a)),
                              _split(row[3]), _split(row[4]), _split(row[5])))
    return tuple(result)


@dataclass(frozen=True)
class Lexicon:
    """Every table extraction reads."""

    countries: tuple[Country, ...]
    organizations: dict[str, tuple[str, ...]]  # canonical -> aliases
    policies: dict[str, tuple[str, ...]]
    people: dict[str, tuple[str, ...]]
    name_variants: dict[str, str]
    roles: dict[str, tuple[str, str]]  # title -> (role, kind)
    predicates: dict[str, PredicateSpec]
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]  # (lemma, pos) -> entries
    negators: frozenset[str]
    speech: frozenset[str]
    modality: dict[str, str]


@cache
def lexicon() -> Lexicon:
    """Load the lexicon data files."""
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    table = rows("triggers.tsv")
    for row in table[1:]:
        words = row[0].split()
        entry = Trigger(words[0], " ".join(words[1:]), row[1], row[2], _split(row[3]), row[4], row[5])
        triggers.setdefault((entry.lemma, entry.pos), []).append(entry)
    return Lexicon(
        countries=_countries(),
        organizations={r[0]: _split(r[1]) if len(r) > 1 else () for r in rows("organizations.tsv")},
        policies={r[0]: _split(r[1]) if len(r) > 1 else () for r in rows("policies.tsv")},
        people={r[0]: _split(r[1]) if len(r) > 1 else () for r in rows("people.tsv")},
        name_variants={r[0]: r[1] for r in rows("name_variants.tsv")},
        roles={r[0]: (r[1], r[2]) for r in rows("roles.tsv")},
        predicates={r[0]: PredicateSpec(r[0], _types(r[1]), _types(r[2]), r[3] == "yes", r[4])
                    for r in rows("predicates.tsv")},
        triggers={k: tuple(v) for k, v in triggers.items()},
        negators=frozenset(r[0] for r in rows("negators.tsv")),
        speech=frozenset(r[0] for r in rows("speech.tsv")),
        modality={r[0]: r[1] for r in rows("modality.tsv")},
    )
