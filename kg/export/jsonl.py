"""relations.jsonl and entities.jsonl, exactly as GOLD.md specifies, from the per-article graphs.

One line per relation found in one article (the per-article event nodes, not the merged events)
and one line per entity per article; lines sorted so that files are byte-stable. Both files (and
the Neo4j export's mention counts) come from the article graphs, a graph at a time; what a graph
gives is kept by its content (kg.export._parts), so a build reads only the article graphs it added or
replaced. After GOLD.md's fields and the event codes, a relation line carries the IRIs that join it
back to the graph and to events.csv: ``subject_iri``, ``object_iri``, ``event_iri`` (the merged
event it is part of), ``relation_iri`` (its node in the article's graph) and ``article_iri``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS, SKOS

from kg.export import register
from kg.graph.namespace import KG, PROV, SCHEMA
from kg.records import ENTITY_TYPES

__all__ = ["entity_rows", "relation_rows"]

_KG = str(KG._NS)
_RDF_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_NEWS = str(SCHEMA.NewsArticle)
_ENTITY_TYPES = ENTITY_TYPES
# Optional relation fields: JSON key -> kg property of the event node.
_FIELDS = {"date": "date", "confidence": "confidence", "date_source": "dateSource", "mode": "mode", "place": "place",
           "role": "role", "speaker": "speaker", "modality": "modality", "cameo": "cameo", "plover": "plover",
           "plover_mode": "ploverMode", "plover_context": "ploverContext", "subject_code": "agentCode",
           "object_code": "targetCode", "subject_text": "agentText", "object_text": "targetText", "rule": "rule",
           "trigger": "trigger"}
_ENTITY_VALUED = frozenset({"place", "speaker"})


def _merged_events(dataset) -> dict[str, str]:
    """IRI of a per-article relation node -> IRI of the merged event made from it."""
    from kg.graph.store import graph_kinds
    from kg.graph.view import ox_store

    store = ox_store(dataset)
    derived_from = ox.NamedNode(str(PROV.wasDerivedFrom))
    merged: dict[str, str] = {}
    for g in graph_kinds(store)["merged"]:
        for event in store.quads_for_pattern(None, ox.NamedNode(_KG + "predicate"), None, g):
            for q in store.quads_for_pattern(event.subject, derived_from, None, g):
                merged[q.object.value] = event.subject.value
    return merged


def _article_part(quads) -> dict | None:
    """What one article graph gives relations.jsonl (``event_iri`` left to fill), entities.jsonl and the
    Neo4j mention counts; None for a graph without an article."""
    subjects: dict = defaultdict(lambda: defaultdict(list))
    for q in quads:
        subjects[q.subject.value][q.predicate.value].append(q.object)
    article = next((s for s, node in subjects.items() if any(o.value == _NEWS for o in node[_RDF_TYPE])), None)
    if article is None:
        return None
    names = subjects[article].get(_KG + "fileName", [])
    name = names[0].value if names else article
    return {"relations": _relation_rows(name, subjects), "entities": _entity_rows(name, subjects),
            "mentions": [[a, e, n] for (a, e), n in _mentions(subjects).items()]}


def _type(node: dict) -> str | None:
    types = [o.value[len(_KG):] for o in node.get(_RDF_TYPE, []) if o.value.startswith(_KG)]
    return next((t for t in types if t in _ENTITY_TYPES), types[0] if types else None)


def _first(node: dict, prop: str):
    values = sorted(node.get(_KG + prop, []), key=str)
    return values[0] if values else None


def relation_rows(dataset) -> list[dict]:
    """One dict per relation per article, in GOLD.md's field order, sorted."""
    return list(_rows(dataset)[0])


def entity_rows(dataset) -> list[dict]:
    """One dict per entity per article (name, type, iri, mentions, aliases, CAMEO actor code, article IRI), sorted."""
    return list(_rows(dataset)[1])


def mention_counts(dataset) -> dict[tuple[str, str], int]:
    """(article IRI, entity IRI) -> how many times the article names the entity (its kg:Occurrence)."""
    return dict(_rows(dataset)[2])


def _rows(dataset) -> tuple[list[dict], list[dict], dict[tuple[str, str], int]]:
    """Relation rows, entity rows and mention counts, from the article graphs, once per store state."""
    from kg.export._parts import per_article
    from kg.export._shared import graph_reader, shared

    def read():
        relations, entities, mentions = [], [], {}
        merged = _merged_events(dataset)
        # computed for the article graphs a build added or replaced only; with none, the dataset is one article
        parts = [part for _, part in per_article(dataset, "article-rows", _article_part)]
        for part in parts or [_article_part(graph_reader(dataset)(None))]:
            if part is None:
                continue
            for row in part["relations"]:
                row["event_iri"] = merged.get(row["relation_iri"])
            relations += part["relations"]
            entities += part["entities"]
            mentions.update(((a, e), n) for a, e, n in part["mentions"])
        # What the text states comes first, in text order; what kg infers from it (visits from meetings
        # abroad) after, so that a reader, or a scorer matching rows in order, meets the stated fact first.
        relations = _sorted_relations(relations)
        entities.sort(key=lambda r: (r["article"], r["type"] or "", r["name"], r["iri"]))
        return relations, entities, mentions

    return shared(dataset, "article_rows", read)


def _relation_key(r: dict) -> tuple:
    return (r["article"], (r.get("rule") or "").startswith("derived:"), r["start"] or 0, r["end"] or 0,
            _trigger_at(r), r["predicate"], r["subject"] or "", r["object"] or "")


def _trigger_at(r: dict) -> int:
    """Where the relation's trigger word first stands in its sentence (after every word when it names none): the
    order of a sentence's relations is the order of their words ("travelled to Guatemala City for talks": the
    visit, then the meeting)."""
    found = re.search(rf"\b{re.escape(r['trigger'])}\b", r["sentence"] or "") if r.get("trigger") else None
    return found.start() if found else len(r["sentence"] or "")


def _sorted_relations(rows: list[dict]) -> list[dict]:
    """``rows`` by :func:`_relation_key`, then by the whole row as sorted JSON (made only for rows whose keys tie)."""
    rows = sorted(rows, key=_relation_key)
    out: list[dict] = []
    for _, tied in groupby(rows, key=_relation_key):
        tied = list(tied)
        out += sorted(tied, key=lambda r: json.dumps(r, sort_keys=True)) if len(tied) > 1 else tied
    return out


def _relation_rows(article: str, subjects: dict) -> list[dict]:
    rows = []

    def label(term, subjects=subjects) -> str | None:
        return None if term is None else (subjects.get(term.value, {}).get(_LABEL) or [term])[0].value

    article_iri = next((s for s, node in subjects.items() if any(o.value == _NEWS for o in node[_RDF_TYPE])), None)
    for iri, node in subjects.items():
        predicate, agent, target = (_first(node, p) for p in ("predicate", "agent", "target"))
        evidence = _first(node, "evidence")
        if predicate is None or agent is None or target is None or evidence is None:
            continue
        if any(o.value == "false" for o in node.get(_KG + "asserted", [])):
            continue  # planned, expected, conditional ...: kept in the graph, never listed as having happened
        ev = subjects.get(evidence.value, {})
        row = {"article": article,
               "subject": label(agent), "subject_type": _type(subjects.get(agent.value, {})),
               "predicate": predicate.value[len(_KG):],
               "object": label(target), "object_type": _type(subjects.get(target.value, {})),
               "sentence": _first(ev, "sentence").value if _first(ev, "sentence") else None,
               "start": int(_first(ev, "start").value) if _first(ev, "start") else None,
               "end": int(_first(ev, "end").value) if _first(ev, "end") else None}
        for key, prop in _FIELDS.items():
            value = _first(node, prop)
            if value is not None and key in _ENTITY_VALUED:
                value = label(value)
            elif value is not None:
                value = float(value.value) if key == "confidence" else value.value
            row[key] = value
        row.update(subject_iri=agent.value, object_iri=target.value, event_iri=None,
                   relation_iri=iri, article_iri=article_iri)
        rows.append(row)
    return rows


def _entity_rows(article: str, subjects: dict) -> list[dict]:
    rows = []
    article_iri = next((s for s, node in subjects.items() if any(o.value == _NEWS for o in node[_RDF_TYPE])), None)
    for node in subjects.values():
        if not any(o.value == _KG + "Occurrence" for o in node.get(_RDF_TYPE, [])):
            continue
        entity = _first(node, "entity")
        enode = subjects.get(entity.value, {})
        count = _first(node, "mentionCount")
        code = _first(enode, "actorCode")
        rows.append({"article": article, "name": (enode.get(_LABEL) or [entity])[0].value,
                     "type": _type(enode), "iri": entity.value,
                     "mentions": int(count.value) if count is not None else 0,
                     "aliases": sorted(o.value for o in enode.get(_ALT, [])),
                     "actor_code": code.value if code is not None else None, "article_iri": article_iri})
    return rows


def _mentions(subjects: dict) -> dict[tuple[str, str], int]:
    found = {}
    for node in subjects.values():
        count, entity = _first(node, "mentionCount"), _first(node, "entity")
        article = min(node.get(str(PROV.wasDerivedFrom), []), key=str, default=None)
        if count is not None and entity is not None and article is not None:
            found[(article.value, entity.value)] = int(count.value)
    return found


def _jsonl(rows: list[dict], dest: Path | None) -> bytes | None:
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    if dest is None:
        return data
    from kg.atomic import write_bytes

    write_bytes(dest, data)
    return None


@register("relations", suffixes=("relations.jsonl",))
def to_relations(dataset, dest: Path | None = None, **options) -> bytes | None:
    """relations.jsonl: one line per relation found in one article (what kg eval scores)."""
    return _jsonl(relation_rows(dataset), dest)


@register("entities", suffixes=("entities.jsonl",))
def to_entities(dataset, dest: Path | None = None, **options) -> bytes | None:
    """entities.jsonl: one line per entity mentioned in one article (what kg eval scores)."""
    return _jsonl(entity_rows(dataset), dest)
