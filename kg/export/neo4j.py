"""Neo4j export: ``nodes.csv`` and ``relationships.csv`` with neo4j-admin headers, plus ``import.cypher``.

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j
    cypher-shell -f import.cypher     # without admin access: LOAD CSV + MERGE from the import folder

Entities are ``:Entity:<Class>`` nodes and articles ``:Article`` nodes, keyed by IRI; every
relation event is one relationship typed by its predicate (``meets`` → ``MEETS``) carrying date,
confidence, the first evidence sentence and the IRIs of the articles that state it. Symmetric
predicates (MEETS, COOPERATES_WITH) are stored once, agent → target: query them undirected.

As in the RDF, an event stated by the articles is also a node, ``:Relation:<Kind>`` (Meeting,
PhoneCall ...), with the same IRI as the relationship's ``event``, so that articles link to what
they report::

    (:Article)-[:MENTIONS {mentions}]->(:Entity)      an entity the article names, and how often
    (:Article)-[:REPORTS {sentence}]->(:Relation)     an event the article states, with its sentence
    (:Relation)-[:AGENT]->(:Entity)  (:Relation)-[:TARGET]->(:Entity)

Text a spreadsheet would run as a formula (``=...``) starts with a quote in the CSVs (kg.csv_cells).
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.atomic import write_text
from kg.csv_cells import csv_text
from kg.export import register
from kg.export._folder import folder_export
from kg.export.view import SYMMETRIC, Edge, GraphView, graph_view

__all__ = ["to_neo4j", "relationship_type", "NODE_COLUMNS", "RELATIONSHIP_COLUMNS", "LINKS"]

# (header as neo4j-admin reads it, property name, Cypher conversion for LOAD CSV)
NODE_COLUMNS = (
    ("iri:ID", "iri", "{}"), (":LABEL", None, None), ("name", "name", "{}"), ("class", "class", "{}"),
    ("aliases:string[]", "aliases", "split({}, ';')"), ("iso3166", "iso3166", "{}"),
    ("date:date", "date", "date({})"), ("source", "source", "{}"), ("url", "url", "{}"), ("file", "file", "{}"),
    ("predicate", "predicate", "{}"), ("cameo", "cameo", "{}"), ("plover", "plover", "{}"),
    ("confidence:float", "confidence", "toFloat({})"), ("articles:int", "articles", "toInteger({})"),
)
RELATIONSHIP_COLUMNS = (
    (":START_ID", None, None), (":END_ID", None, None), (":TYPE", None, None),
    ("event", "event", "{}"), ("predicate", "predicate", "{}"), ("kind", "kind", "{}"),
    ("date:date", "date", "date({})"), ("mode", "mode", "{}"), ("place", "place", "{}"), ("role", "role", "{}"),
    ("modality", "modality", "{}"), ("cameo", "cameo", "{}"), ("confidence:float", "confidence", "toFloat({})"),
    ("sentence", "sentence", "{}"), ("articles:string[]", "articles", "split({}, ';')"),
    ("evidence:int", "evidence", "toInteger({})"), ("symmetric:boolean", "symmetric", "toBoolean({})"),
    ("mentions:int", "mentions", "toInteger({})"), ("derived:boolean", "derived", "toBoolean({})"),
)
# Relationships linking articles and event nodes: type -> (label of the start node, of the end node).
LINKS = {"MENTIONS": ("Article", "Entity"), "REPORTS": ("Article", "Relation"), "AGENT": ("Relation", "Entity"),
         "TARGET": ("Relation", "Entity")}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def relationship_type(predicate: str) -> str:
    """``holdsPosition`` → ``HOLDS_POSITION``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", predicate).upper()


def _cell(value) -> str:
    # One line per record (neo4j-admin's default); ';' is the array separator inside a cell.
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())


def _array(values) -> str:
    return ";".join(_cell(v).replace(";", ",") for v in values)


def _date(value: str | None) -> str:
    return value if value and _DATE.fullmatch(value) else ""


def _stated(view: GraphView) -> dict[str, Edge]:
    """The events the articles state (not derived by a rule), one per IRI: the ``:Relation`` nodes."""
    return {e.iri: e for e in view.edges if not e.derived}


def _node_rows(view: GraphView) -> list[list[str]]:
    rows = [[n.iri, f"Entity;{n.cls}", n.label, n.cls, _array(n.aliases), n.iso3166, "", "", "", "",
             "", "", "", "", ""]
            for n in sorted(view.nodes.values(), key=lambda n: n.iri)]
    rows += [[a.iri, "Article", a.title, "Article", "", "", _date(a.date), a.source, a.url, a.file,
              "", "", "", "", ""]
             for a in sorted(view.articles.values(), key=lambda a: a.iri)]
    for iri, e in sorted(_stated(view).items()):
        name = f"{view.nodes[e.source].label} {e.predicate} {view.nodes[e.target].label}"
        rows.append([iri, f"Relation;{e.kind}", name, e.kind, "", "", _date(e.date), "", "", "",
                     e.predicate, e.cameo, e.plover, e.confidence, len({ev.article for ev in e.evidence if ev.article})])
    return [[_cell(v) for v in row] for row in rows]


_SENTENCE, _MENTIONS = (next(k for k, c in enumerate(RELATIONSHIP_COLUMNS) if c[0] == h)
                        for h in ("sentence", "mentions:int"))


def _link(start: str, end: str, rtype: str, *, sentence: str | None = None, mentions: int | None = None) -> list:
    row: list = [start, end, rtype] + [None] * (len(RELATIONSHIP_COLUMNS) - 3)
    row[_SENTENCE], row[_MENTIONS] = sentence, mentions
    return row


def _relationship_rows(view: GraphView, mentions: dict[tuple[str, str], int]) -> list[list[str]]:
    rows = []
    for e in view.edges:
        articles = sorted({ev.article for ev in e.evidence if ev.article})
        rows.append([e.source, e.target, relationship_type(e.predicate), e.iri, e.predicate, e.kind, _date(e.date),
                     e.mode, e.place, e.role, e.modality, e.cameo, e.confidence,
                     e.evidence[0].sentence if e.evidence else None, _array(articles), len(e.evidence),
                     e.predicate in SYMMETRIC, None, e.derived])
    for (article, entity), count in sorted(mentions.items()):
        if article in view.articles and entity in view.nodes:
            rows.append(_link(article, entity, "MENTIONS", mentions=count))
    for iri, e in sorted(_stated(view).items()):
        first: dict[str, str] = {}
        for ev in e.evidence:  # sorted by article and offset: the article's first sentence stating it
            first.setdefault(ev.article, ev.sentence)
        rows += [_link(article, iri, "REPORTS", sentence=sentence)
                 for article, sentence in sorted(first.items()) if article in view.articles]
        rows += [_link(iri, e.source, "AGENT"), _link(iri, e.target, "TARGET")]
    return [[_cell(v) for v in row] for row in rows]


def _set_clause(var: str, columns, skip: int) -> str:
    sets = [f"{var}.{prop} = " + conv.format(f"row.`{header}`") for header, prop, conv in columns[skip:] if prop]
    return ",\n    ".join(sets)


def import_cypher(view: GraphView) -> str:
    """LOAD CSV statements (constraints first, then MERGE) for the files this exporter writes."""
    lines = ["// Load kg's Neo4j export without neo4j-admin: put nodes.csv and relationships.csv in the",
             "// database's import folder, then run:  cypher-shell -f import.cypher",
             "// Symmetric relationships (MEETS, COOPERATES_WITH) are stored once: match them undirected.",
             "CREATE CONSTRAINT kg_entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE;",
             "CREATE CONSTRAINT kg_article_iri IF NOT EXISTS FOR (n:Article) REQUIRE n.iri IS UNIQUE;",
             "CREATE CONSTRAINT kg_relation_iri IF NOT EXISTS FOR (n:Relation) REQUIRE n.iri IS UNIQUE;", ""]
    node_sets = _set_clause("n", NODE_COLUMNS, 2)
    labels = {f"Entity;{n.cls}" for n in view.nodes.values()} | ({"Article"} if view.articles else set())
    labels |= {f"Relation;{e.kind}" for e in _stated(view).values()}
    for label in sorted(labels):
        key, *extra = label.split(";")
        add = "".join(f" SET n:{x}" for x in extra)
        lines += ["LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
                  f"WITH row WHERE row.`:LABEL` = '{label}'",
                  f"MERGE (n:{key} {{iri: row.`iri:ID`}}){add}",
                  f"SET {node_sets};", ""]
    rel_sets = _set_clause("r", RELATIONSHIP_COLUMNS, 4)
    for rtype in sorted({relationship_type(e.predicate) for e in view.edges}):
        lines += ["LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row",
                  f"WITH row WHERE row.`:TYPE` = '{rtype}'",
                  "MATCH (a:Entity {iri: row.`:START_ID`}), (b:Entity {iri: row.`:END_ID`})",
                  f"MERGE (a)-[r:{rtype} {{event: row.event}}]->(b)",
                  f"SET {rel_sets};", ""]
    for rtype, (start, end) in LINKS.items():
        sets = {"MENTIONS": "\nSET r.mentions = toInteger(row.`mentions:int`)",
                "REPORTS": "\nSET r.sentence = row.sentence"}.get(rtype, "")
        lines += ["LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row",
                  f"WITH row WHERE row.`:TYPE` = '{rtype}'",
                  f"MATCH (a:{start} {{iri: row.`:START_ID`}}), (b:{end} {{iri: row.`:END_ID`}})",
                  f"MERGE (a)-[r:{rtype}]->(b){sets};", ""]
    return "\n".join(lines)


def write_neo4j(view: GraphView, dest: Path, mentions: dict[tuple[str, str], int] | None = None) -> list[Path]:
    """Write nodes.csv, relationships.csv and import.cypher for ``view`` into the folder ``dest``."""
    rows = _relationship_rows(view, mentions or {})
    return [
        write_text(dest / "nodes.csv", csv_text([c[0] for c in NODE_COLUMNS], _node_rows(view))),
        write_text(dest / "relationships.csv", csv_text([c[0] for c in RELATIONSHIP_COLUMNS], rows)),
        write_text(dest / "import.cypher", import_cypher(view)),
    ]


@register("neo4j", description="Neo4j import folder: nodes.csv, relationships.csv (neo4j-admin) and import.cypher")
def to_neo4j(dataset, dest: Path | None = None, **_options) -> bytes | None:
    """Write the Neo4j CSVs and Cypher script into the folder ``dest`` (zip bytes when ``dest`` is None)."""
    from kg.export.jsonl import mention_counts  # read with entities.jsonl, in one pass over the article graphs

    return folder_export(dest, lambda folder: write_neo4j(graph_view(dataset), folder, mention_counts(dataset)))
