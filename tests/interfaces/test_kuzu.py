"""The Neo4j CSVs load into an embedded openCypher engine (Kùzu) with every node and relationship."""

from __future__ import annotations

import csv

import pytest

from kg.export import export
from kg.export.neo4j import LINKS, NODE_COLUMNS, RELATIONSHIP_COLUMNS
from kg.export.view import graph_view

pytestmark = pytest.mark.integration
# neo4j-admin type suffix -> Kùzu column type
_TYPES = {"": "STRING", "ID": "STRING", "LABEL": "STRING", "TYPE": "STRING", "string[]": "STRING",
          "date": "DATE", "float": "DOUBLE", "int": "INT64", "boolean": "BOOLEAN"}


def _column(header: str) -> tuple[str, str]:
    name, _, kind = header.partition(":")
    return (name or kind.lower()).replace(":", "_"), _TYPES[kind]


def test_csvs_load_into_kuzu_with_the_same_counts(sample_dataset, tmp_path):
    kuzu = pytest.importorskip("kuzu")
    export(sample_dataset, "neo4j", tmp_path / "neo4j")
    view = graph_view(sample_dataset)
    nodes = [_column(h) for h, *_ in NODE_COLUMNS]
    rels = [_column(h) for h, *_ in RELATIONSHIP_COLUMNS[2:]]  # :START_ID and :END_ID are the endpoints
    db = kuzu.Database(str(tmp_path / "db"))
    conn = kuzu.Connection(db)
    conn.execute(f"CREATE NODE TABLE Node({', '.join(f'{n} {t}' for n, t in nodes)}, PRIMARY KEY (iri))")
    conn.execute(f"CREATE REL TABLE Rel(FROM Node TO Node, {', '.join(f'{n} {t}' for n, t in rels)})")
    conn.execute(f"COPY Node FROM '{tmp_path / 'neo4j' / 'nodes.csv'}' (header=true)")
    conn.execute(f"COPY Rel FROM '{tmp_path / 'neo4j' / 'relationships.csv'}' (header=true)")

    def one(cypher: str):
        result = conn.execute(cypher)
        return result.get_next()[0]

    stated = {e.iri for e in view.edges if not e.derived}
    assert one("MATCH (n:Node) WHERE n.label = 'Article' RETURN count(n)") == len(view.articles)
    assert one("MATCH (n:Node) WHERE n.label STARTS WITH 'Entity;' RETURN count(n)") == len(view.nodes)
    assert one("MATCH (n:Node) WHERE n.label STARTS WITH 'Relation;' RETURN count(n)") == len(stated)
    links = " OR ".join(f"r.type = '{t}'" for t in LINKS)
    assert one(f"MATCH ()-[r:Rel]->() WHERE NOT ({links}) RETURN count(r)") == len(view.edges)
    # articles reach the people in the events they report: Article -REPORTS-> Relation -AGENT/TARGET-> Entity
    assert one("MATCH (a:Node)-[r:Rel]->(e:Node)-[s:Rel]->(p:Node) WHERE r.type = 'REPORTS' AND s.type = 'AGENT' "
               "AND a.file = 'two.txt' AND p.name = 'Sergei Lavrov' RETURN count(*)") == 1
    assert one("MATCH ()-[r:Rel]->() WHERE r.type = 'MEETS' AND r.date = date('2022-11-01') RETURN count(r)") >= 1
    # a typed query: who met whom, undirected, as a Neo4j user would ask
    pairs = conn.execute("MATCH (a:Node)-[r:Rel]-(b:Node) WHERE r.type = 'MEETS' AND a.name = 'Wang Yi' "
                         "RETURN DISTINCT b.name")
    names = set()
    while pairs.has_next():
        names.add(pairs.get_next()[0])
    assert "Sergei Lavrov" in names
    with (tmp_path / "neo4j" / "relationships.csv").open(newline="", encoding="utf-8") as f:
        assert sum(1 for r in csv.DictReader(f) if r[":TYPE"] not in LINKS) == len(view.edges)
