"""The networkx entity graph and kg stats."""

from __future__ import annotations


from kg.graph import entity_graph, open_store, remove, stats
from kg.graph.iri import Iris

IRIS = Iris("https://kg.example.org/")


def test_entity_graph_nodes_and_weighted_edges(out, extractions):
    with open_store(out) as store:
        g = entity_graph(store.dataset)
        with_derived = entity_graph(store.dataset, derived=True)
    names = {(x.name, x.type) for e in extractions for x in e.entities}
    assert {(d["label"], d["type"]) for _, d in g.nodes(data=True)} == names
    china, russia = str(IRIS.entity("China", "Country")), str(IRIS.entity("Russia", "Country"))
    support = g.get_edge_data(china, russia)["supports"]
    assert support["weight"] == 3 and support["articles"] == "a1.txt; b 2.txt; c3.txt"
    wang, lavrov = str(IRIS.entity("Wang Yi", "Person")), str(IRIS.entity("Sergei Lavrov", "Person"))
    meets = (g.get_edge_data(wang, lavrov) or g.get_edge_data(lavrov, wang))["meets"]
    assert meets["weight"] == 2 and meets["symmetric"]
    assert all(not d["derived"] for *_, d in g.edges(data=True))
    assert with_derived.number_of_edges() == g.number_of_edges() + 2  # China-Russia meets, Borrell memberOf EU


def test_stats_counts(out, extractions):
    s = stats(out=out)
    assert s.articles == 3
    assert sum(s.reports.values()) == sum(len(e.relations) for e in extractions)
    assert s.relations["meets"] == 1 and s.relations["supports"] == 2
    assert s.entities["Person"] == 3 and s.entities["Country"] == 2
    assert s.derived == 2
    assert s.central[0][0] in {"China", "Russia"}
    assert any({"China", "Russia"} <= set(c) for c in s.communities)
    assert "most central actors" in s.text


def test_remove_shrinks_the_build_and_rewrites_outputs(out):
    from kg.export import export

    with open_store(out) as store:
        export(store.dataset, "relations", out / "relations.jsonl")
    before = (out / "relations.jsonl").read_text().count("\n")
    assert remove("c3.txt", out=out)
    after = (out / "relations.jsonl").read_text()
    assert after.count("\n") == before - 4 and "c3.txt" not in after
    assert stats(out=out).articles == 2
    assert not remove("c3.txt", out=out)
