"""The event table: one row per merged event, in the shape event-data users work from (GDELT, PLOVER).

    events.csv     the table as CSV (UTF-8, a header line, empty cell = no value, text that a
                   spreadsheet would run as a formula after a quote: kg.csv_cells)
    events.jsonl   the same rows as JSON objects (null = no value)

A row is one event of the merged graph: every report of one act by one actor toward another,
merged across articles (derived facts and unasserted reports are not events). Its date is the
event's own (a full date, or a year-month or year as the text gives it), else the publication
date of the first article reporting it (``date_source`` "published"). Codes are strings: read
the CSV with :data:`PANDAS_DTYPES` (``pandas.read_csv(path, dtype=PANDAS_DTYPES,
keep_default_na=False, na_values=[""])``) so that CAMEO "050" stays "050", and the JSON lines with
``pandas.read_json(path, lines=True, dtype=False, convert_dates=False)``.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.csv_cells import csv_text
from kg.export import register
from kg.graph.namespace import KG, PROV, SCHEMA

__all__ = ["COLUMNS", "PANDAS_DTYPES", "event_rows", "to_events_csv", "to_events_jsonl"]

# (column, pandas dtype, meaning): the data dictionary of the table, in column order.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("event_iri", "string", "IRI of the merged event in the graph (join key with relations.jsonl event_iri)"),
    ("date", "string", "ISO 8601: yyyy-mm-dd, or yyyy-mm / yyyy when the text gives no day"),
    ("date_precision", "string", "day, month or year"),
    ("date_source", "string", "sentence, dateline or published (the first reporting article's date)"),
    ("source_name", "string", "who acts: canonical name (for meets/cooperatesWith, the first of the pair)"),
    ("source_iri", "string", "IRI of the source entity"),
    ("source_type", "string", "Person, Country, Organization, Place, Event, Document or Policy"),
    ("source_code", "string", "CAMEO actor code of the source (CHN, RUSGOV, IGOUNO ...)"),
    ("predicate", "string", "the relation: meets, supports, criticizes, sanctions ..."),
    ("target_name", "string", "whom or what the act is directed at: canonical name"),
    ("target_iri", "string", "IRI of the target entity"),
    ("target_type", "string", "class of the target entity"),
    ("target_code", "string", "CAMEO actor code of the target"),
    ("cameo", "string", "CAMEO event code, a string: leading zeros matter (036, 0311)"),
    ("quad_class", "Int64", "CAMEO quad class of the code's root: 1 verbal cooperation, 2 material cooperation, "
                            "3 verbal conflict, 4 material conflict"),
    ("plover", "string", "PLOVER event type (AGREE, CONSULT, SUPPORT ...)"),
    ("plover_mode", "string", "PLOVER mode, where the CAMEO-to-PLOVER map gives one"),
    ("plover_context", "string", "PLOVER context, where the map gives one"),
    ("mode", "string", "how a meeting took place: phone, video or in_person"),
    ("place_name", "string", "where it happened"),
    ("place_iri", "string", "IRI of the place entity"),
    ("place_country", "string", "ISO 3166-1 alpha-3 code of the country the place lies in (its own, for a country)"),
    ("place_lat", "float64", "latitude of the place in degrees (WGS 84), where GeoNames lists it"),
    ("place_lon", "float64", "longitude of the place in degrees (WGS 84), where GeoNames lists it"),
    ("modality", "string", "asserted, or how the text reports a stance (intended, called_for ...)"),
    ("num_articles", "Int64", "articles reporting the event"),
    ("num_sources", "Int64", "distinct publishers of those articles (an article without one counts as one)"),
    ("num_sentences", "Int64", "evidence sentences stating the event"),
    ("first_article", "string", "file name of the first article reporting it (earliest published, then by name)"),
    ("first_url", "string", "URL of that article"),
    ("first_sentence", "string", "the first sentence of that article stating the event"),
    ("confidence", "float64", "highest extraction confidence of its reports, 0 to 1"),
)
PANDAS_DTYPES: dict[str, str] = {name: dtype for name, dtype, _ in COLUMNS}

_KG, _SCHEMA = str(KG._NS), str(SCHEMA)
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_PRECISION = {_XSD + "date": "day", _XSD + "gYearMonth": "month", _XSD + "gYear": "year"}
_ENTITY_TYPES = ("Person", "Country", "Organization", "Place", "Event", "Document", "Policy")
# CAMEO root code -> quad class (the CAMEO codebook's grouping, as GDELT's QuadClass).
_QUAD = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2), **dict.fromkeys(range(9, 14), 3),
         **dict.fromkeys(range(14, 21), 4)}


def _one(node: dict, prop: str):
    values = node.get(prop, [])
    return min(values, key=str) if values else None


def _value(node: dict, prop: str) -> str | None:
    term = _one(node, prop)
    return term.value if term is not None else None


def _number(value: str | None) -> float | None:
    return float(value) if value is not None else None


def _type(node: dict) -> str | None:
    types = {o.value[len(_KG):] for o in node.get(_RDF_TYPE, []) if o.value.startswith(_KG)}
    return next((t for t in _ENTITY_TYPES if t in types), None)


def _code(event: dict, role: str, entity: dict) -> str | None:
    """The event's CAMEO actor code for ``role``, else the entity's own code (a country's ISO code)."""
    return _value(event, _KG + role) or _value(entity, _KG + "actorCode") or _value(entity, _KG + "iso3166")


def _quad_class(cameo: str | None) -> int | None:
    return _QUAD.get(int(cameo[:2])) if cameo and len(cameo) >= 2 and cameo[:2].isdigit() else None


def _row(iri: str, node: dict, subjects: dict) -> dict:
    agent, target = _value(node, _KG + "agent"), _value(node, _KG + "target")
    a, t = subjects.get(agent, {}), subjects.get(target, {})
    articles = sorted((subjects.get(s.value, {}) | {"iri": s.value} for s in node.get(_KG + "source", [])),
                      key=lambda art: (_value(art, _SCHEMA + "datePublished") or "9999",
                                       _value(art, _KG + "fileName") or art["iri"]))
    first = articles[0] if articles else {}
    evidence = [subjects.get(e.value, {}) for e in node.get(_KG + "evidence", [])]
    first_iri = first.get("iri")
    stated = sorted((ev for ev in evidence if _value(ev, str(PROV.wasDerivedFrom)) == first_iri) or evidence,
                    key=lambda ev: (int(_value(ev, _KG + "start") or 0), _value(ev, _KG + "sentence") or ""))
    date_term = _one(node, _KG + "date")
    precision = _PRECISION.get(date_term.datatype.value) if date_term is not None else None
    if precision is not None:
        date, date_source = date_term.value, _value(node, _KG + "dateSource")
    else:  # no date the text gives (or none with a year): the first report's publication date
        date = next((_value(art, _SCHEMA + "datePublished") for art in articles
                     if _value(art, _SCHEMA + "datePublished")), None)
        precision, date_source = ("day", "published") if date else (None, None)
    publishers = {_value(art, _SCHEMA + "publisher") or art["iri"] for art in articles}
    place = _value(node, _KG + "place")
    where = subjects.get(place, {}) if place else {}
    cameo = _value(node, _KG + "cameo")
    confidence = _value(node, _KG + "confidence")
    return {
        "event_iri": iri, "date": date, "date_precision": precision, "date_source": date_source,
        "source_name": _value(a, _LABEL), "source_iri": agent, "source_type": _type(a),
        "source_code": _code(node, "agentCode", a),
        "predicate": (_value(node, _KG + "predicate") or "")[len(_KG):] or None,
        "target_name": _value(t, _LABEL), "target_iri": target, "target_type": _type(t),
        "target_code": _code(node, "targetCode", t),
        "cameo": cameo, "quad_class": _quad_class(cameo), "plover": _value(node, _KG + "plover"),
        "plover_mode": _value(node, _KG + "ploverMode"), "plover_context": _value(node, _KG + "ploverContext"),
        "mode": _value(node, _KG + "mode"),
        "place_name": _value(where, _LABEL), "place_iri": place,
        "place_country": _value(where, _KG + "countryCode") or _value(where, _KG + "iso3166"),
        "place_lat": _number(_value(where, _SCHEMA + "latitude")),
        "place_lon": _number(_value(where, _SCHEMA + "longitude")),
        "modality": _value(node, _KG + "modality"),
        "num_articles": len(articles), "num_sources": len(publishers), "num_sentences": len(evidence),
        "first_article": _value(first, _KG + "fileName"), "first_url": _value(first, _SCHEMA + "url"),
        "first_sentence": _value(stated[0], _KG + "sentence") if stated else None,
        "confidence": _number(confidence),
    }


def event_rows(dataset) -> list[dict]:
    """One dict per merged event, with the keys of :data:`COLUMNS`, sorted by date, predicate and names."""
    from kg.export._shared import shared  # events.csv and events.jsonl: one read of the merged graph

    return list(shared(dataset, "event_rows", lambda: _event_rows(dataset)))


def _event_rows(dataset) -> list[dict]:
    from kg.export._shared import merged_nodes

    subjects = merged_nodes(dataset)  # {subject: {predicate: [objects]}} of the merged graph
    rows = [_row(iri, node, subjects) for iri, node in subjects.items()
            if _KG + "predicate" in node and _KG + "agent" in node and _KG + "target" in node
            and all(o.value != "false" for o in node.get(_KG + "asserted", []))]
    return sorted(rows, key=lambda r: (r["date"] or "", r["predicate"] or "", r["source_name"] or "",
                                       r["target_name"] or "", r["event_iri"]))


def _emit(data: bytes, dest: Path | None) -> bytes | None:
    if dest is None:
        return data
    from kg.atomic import write_bytes

    write_bytes(dest, data)
    return None


@register("events", suffixes=("events.csv",))
def to_events_csv(dataset, dest: Path | None = None, **_options) -> bytes | None:
    """events.csv: one row per merged event (GDELT-style: date, actors and codes, CAMEO/PLOVER, counts)."""
    names = [name for name, _, _ in COLUMNS]
    text = csv_text(names, ([row[n] for n in names] for row in event_rows(dataset)))
    return _emit(text.encode("utf-8"), dest)


@register("events-jsonl", suffixes=("events.jsonl",))
def to_events_jsonl(dataset, dest: Path | None = None, **_options) -> bytes | None:
    """events.jsonl: the rows of events.csv as JSON lines."""
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in event_rows(dataset))
    return _emit(text.encode("utf-8"), dest)
