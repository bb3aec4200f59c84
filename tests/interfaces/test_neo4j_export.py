"""Neo4j export: neo4j-admin headers, one row per entity/article and per relation event, Cypher script."""

from __future__ import annotations

import csv

from kg.export import export
from kg.export.neo4j import LINKS, relationship_type
from kg.export.view import graph_view


def _rows(path):
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_headers_are_what_neo4j_admin_reads(sample_dataset, tmp_path):
    export(sample_dataset, "neo4j", tmp_path / "neo4j")
    nodes_header = (tmp_path / "neo4j" / "nodes.csv").read_text("utf-8").splitlines()[0].split(",")
    rels_header = (tmp_path / "neo4j" / "relationships.csv").read_text("utf-8").splitlines()[0].split(",")
    assert nodes_header[:2] == ["iri:ID", ":LABEL"] and "date:date" in nodes_header
    assert rels_header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"confidence:float", "date:date", "articles:string[]"} <= set(rels_header)


def test_one_node_per_entity_and_article_one_relationship_per_event(sample_dataset, tmp_path):
    export(sample_dataset, "neo4j", tmp_path / "neo4j")
    view = graph_view(sample_dataset)
    nodes = _rows(tmp_path / "neo4j" / "nodes.csv")
    all_rels = _rows(tmp_path / "neo4j" / "relationships.csv")
    rels = [r for r in all_rels if r[":TYPE"] not in LINKS]
    stated = {e.iri for e in view.edges if not e.derived}
    assert len(nodes) == len(view.nodes) + len(view.articles) + len(stated)
    assert len({n["iri:ID"] for n in nodes}) == len(nodes)
    assert len(rels) == len(view.edges)
    ids = {n["iri:ID"] for n in nodes}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in all_rels)
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
    labels = {n[":LABEL"] for n in nodes}
    assert {"Entity;Person", "Entity;Country", "Article"} <= labels
    meets = [r for r in rels if r[":TYPE"] == "MEETS" and r["symmetric:boolean"] == "true"]
    assert {r["date:date"] for r in meets} >= {"2022-10-27", "2022-11-01"}
    for r in rels:
        assert r["confidence:float"] == "" or 0 <= float(r["confidence:float"]) <= 1
        assert all(a in ids for a in r["articles:string[]"].split(";") if a)


def test_relationship_types_are_upper_snake_case():
    assert relationship_type("holdsPosition") == "HOLDS_POSITION"
    assert relationship_type("cooperatesWith") == "COOPERATES_WITH"
    assert relationship_type("meets") == "MEETS"


def test_cypher_script_creates_constraints_and_merges_every_label_and_type(sample_dataset, tmp_path):
    export(sample_dataset, "neo4j", tmp_path / "neo4j")
    script = (tmp_path / "neo4j" / "import.cypher").read_text("utf-8")
    rels = _rows(tmp_path / "neo4j" / "relationships.csv")
    assert script.index("CREATE CONSTRAINT") < script.index("LOAD CSV")
    for rtype in {r[":TYPE"] for r in rels} - set(LINKS):
        assert f"MERGE (a)-[r:{rtype} {{event: row.event}}]->(b)" in script
    for rtype, (start, end) in LINKS.items():
        assert f"MATCH (a:{start} {{iri: row.`:START_ID`}}), (b:{end} {{iri: row.`:END_ID`}})" in script
        assert f"MERGE (a)-[r:{rtype}]->(b)" in script
    assert "SET n:Person" in script and "MERGE (n:Article" in script and "MERGE (n:Relation" in script
    assert script.count("LOAD CSV WITH HEADERS") == len({r[":TYPE"] for r in rels} | set(LINKS)) + len(
        {n[":LABEL"] for n in _rows(tmp_path / "neo4j" / "nodes.csv")})


def test_articles_link_to_what_they_mention_and_report(sample_dataset, tmp_path):
    export(sample_dataset, "neo4j", tmp_path / "neo4j")
    view = graph_view(sample_dataset)
    nodes = {n["iri:ID"]: n for n in _rows(tmp_path / "neo4j" / "nodes.csv")}
    rels = _rows(tmp_path / "neo4j" / "relationships.csv")
    by_type = {t: [r for r in rels if r[":TYPE"] == t] for t in LINKS}
    # one MENTIONS per entity named in an article (entities.jsonl's lines), with the mention count
    from kg.export.jsonl import entity_rows

    named = entity_rows(sample_dataset)
    assert len(by_type["MENTIONS"]) == len(named)
    wang_one = next(r for r in named if r["name"] == "Wang Yi" and r["article"] == "one.txt")
    one = next(iri for iri, a in view.articles.items() if a.file == "one.txt")
    assert {(r[":START_ID"], r[":END_ID"], int(r["mentions:int"])) for r in by_type["MENTIONS"]} >= {
        (one, wang_one["iri"], wang_one["mentions"])}
    # every stated event is a :Relation node that its articles REPORT, with its AGENT and TARGET
    stated = {e.iri: e for e in view.edges if not e.derived}
    assert {n["iri:ID"] for n in nodes.values() if n[":LABEL"].startswith("Relation;")} == set(stated)
    reported = {(r[":START_ID"], r[":END_ID"]) for r in by_type["REPORTS"]}
    assert reported == {(ev.article, iri) for iri, e in stated.items() for ev in e.evidence}
    assert all(r["sentence"] for r in by_type["REPORTS"])
    assert {(r[":START_ID"], r[":END_ID"]) for r in by_type["AGENT"]} == {(i, e.source) for i, e in stated.items()}
    assert {(r[":START_ID"], r[":END_ID"]) for r in by_type["TARGET"]} == {(i, e.target) for i, e in stated.items()}
    meeting = next(e for e in stated.values() if e.predicate == "meets" and len(e.evidence) == 1)
    assert nodes[meeting.iri]["articles:int"] == "1" and nodes[meeting.iri]["predicate"] == "meets"
