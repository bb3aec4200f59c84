"""The store: article graphs replace each other, the merged view is always re-derived, remove retracts."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS, URIRef

from kg.graph import Store, graph_kinds, open_store
from kg.graph.iri import Iris
from kg.graph.namespace import KG, PROV
from kg.records import Entity, Extraction

BASE = "https://kg.example.org/"
IRIS = Iris(BASE)


def content(store: Store) -> set[str]:
    """Every quad except build metadata, as N-Quads lines."""
    build = graph_kinds(store.ox)["build"]
    return {str(q) for q in store.ox.quads_for_pattern(None, None, None, None) if q.graph_name not in build}


def build(path, extractions, *, steps=(None,)) -> set[str]:
    with Store(path) as store:
        for step in steps:
            for e in extractions if step is None else [extractions[i] for i in step]:
                store.add(e)
            store.refresh()
        return content(store)


def n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def triples(store: Store, graph: URIRef, s=None, p=None, o=None) -> list[ox.Quad]:
    as_ox = (lambda t: None if t is None else n(t) if isinstance(t, URIRef) else ox.Literal(str(t)))
    return list(store.ox.quads_for_pattern(as_ox(s), as_ox(p), as_ox(o), n(graph)))


def test_one_named_graph_per_article_plus_views(tmp_path, extractions):
    with Store(tmp_path / "store") as store:
        for e in extractions:
            store.add(e)
        store.refresh()
        kinds = graph_kinds(store.ox)
        assert sorted(g.value for g in kinds["article"]) == sorted(str(IRIS.article_graph(e.article.id)) for e in extractions)
        assert [len(kinds[k]) for k in ("merged", "derived", "build")] == [1, 1, 1]
        assert store.article_hashes() == {e.article.id: e.article.sha256 for e in extractions}


def test_hashes_survive_reopening(tmp_path, extractions):
    with open_store(tmp_path) as store:
        store.add(extractions[0])
        store.refresh()
    with open_store(tmp_path) as store:
        assert store.article_hashes() == {extractions[0].article.id: extractions[0].article.sha256}


def test_incremental_build_equals_build_at_once(tmp_path, extractions):
    at_once = build(tmp_path / "a", extractions)
    assert build(tmp_path / "b", extractions, steps=([0, 2], [1])) == at_once
    assert build(tmp_path / "c", extractions, steps=([2], [1], [0], [0, 1])) == at_once  # rebuilds change nothing


def test_add_replaces_the_article_graph(tmp_path, extractions):
    first = extractions[0]
    fewer = dataclasses.replace(first, relations=first.relations[:1], entities=first.entities[:2])
    with Store(tmp_path / "s") as store:
        store.add(first)
        store.add(fewer)
        store.refresh()
        replaced = content(store)
    assert replaced == build(tmp_path / "fresh", [fewer])


def test_remove_retracts_what_only_that_article_supported(tmp_path, extractions):
    without = build(tmp_path / "without", [extractions[0], extractions[2]])
    with Store(tmp_path / "s") as store:
        for e in extractions:
            store.add(e)
        store.refresh()
        before = content(store)
        assert store.remove("some/folder/b 2.txt")  # a path is reduced to its file name
        assert content(store) == without
        assert len(without) < len(before)
        assert not store.remove("b 2.txt")
        assert not store.remove("never-built.txt")


def test_no_blank_nodes_anywhere(tmp_path, extractions):
    with Store(tmp_path / "s") as store:
        for e in extractions:
            store.add(e)
        store.refresh()
        quads = list(store.ox.quads_for_pattern(None, None, None, None))
    assert quads
    assert not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object, q.graph_name))


def test_every_relation_is_a_direct_triple_and_an_event_with_evidence(tmp_path, extractions):
    with Store(tmp_path / "s") as store:
        for e in extractions:
            store.add(e)
        for e in extractions:
            g = IRIS.article_graph(e.article.id)
            for r in e.relations:
                s, o = IRIS.entity(r.subject, r.subject_type), IRIS.entity(r.object, r.object_type)
                assert triples(store, g, s, KG[r.predicate], o), r
                events = {q.subject for q in triples(store, g, None, KG.agent, s)} & {
                    q.subject for q in triples(store, g, None, KG.target, o)} & {
                    q.subject for q in triples(store, g, None, KG.predicate, KG[r.predicate])}
                assert events, r
                evidence = {q.object for x in events for q in store.ox.quads_for_pattern(x, n(KG.evidence), None, n(g))}
                starts = {int(q.object.value) for v in evidence for q in store.ox.quads_for_pattern(v, n(KG.start), None, n(g))}
                assert r.start in starts


def test_merge_joins_reports_of_one_event(tmp_path, extractions):
    with Store(tmp_path / "s") as store:
        for e in extractions:
            store.add(e)
        store.refresh()
        merged = IRIS.graph("merged")
        meetings = {q.subject for q in triples(store, merged, None, KG.predicate, KG.meets)}
        assert len(meetings) == 1  # a1 and "b 2" report the same phone call, with the roles reversed
        (meeting,) = meetings
        assert {q.object for q in store.ox.quads_for_pattern(meeting, n(RDF.type), None, n(merged))} == {n(KG.PhoneCall)}
        sources = {q.object.value for q in store.ox.quads_for_pattern(meeting, n(KG.source), None, n(merged))}
        assert sources == {str(IRIS.article("a1.txt")), str(IRIS.article("b 2.txt"))}
        # China supports Russia: undated in a1 and "b 2" (published a day apart) -> one event; c3 is weeks later.
        china, russia = IRIS.entity("China", "Country"), IRIS.entity("Russia", "Country")
        supports = {q.subject for q in triples(store, merged, None, KG.predicate, KG.supports)}
        counts = sorted(len(list(store.ox.quads_for_pattern(x, n(KG.source), None, n(merged)))) for x in supports)
        assert counts == [1, 2]
        assert triples(store, merged, china, KG.supports, russia)


def test_entities_are_voted_and_aliases_collected(tmp_path, extractions):
    e1, e2, e3 = extractions
    shouting = dataclasses.replace(e3, entities=(*e3.entities, Entity("WANG YI", "Person", mentions=1)))
    with Store(tmp_path / "s") as store:
        for e in (e1, e2, shouting):
            store.add(e)
        store.refresh()
        merged, wang, china = IRIS.graph("merged"), IRIS.entity("Wang Yi", "Person"), IRIS.entity("China", "Country")
        assert [q.object.value for q in triples(store, merged, wang, RDFS.label)] == ["Wang Yi"]  # 2 votes to 1
        assert {q.object.value for q in triples(store, merged, wang, SKOS.altLabel)} == {"WANG YI", "Wang"}
        assert {q.object.value for q in triples(store, merged, china, SKOS.altLabel)} == {"Beijing", "Chinese"}
        assert [q.object.value for q in triples(store, merged, china, KG.articleCount)] == ["3"]
        assert [q.object.value for q in triples(store, merged, china, KG.iso3166)] == ["CHN"]


def test_rules_derive_country_level_facts_with_provenance(tmp_path, extractions):
    with Store(tmp_path / "s") as store:
        for e in extractions:
            store.add(e)
        store.refresh()
        derived, merged = IRIS.graph("derived"), IRIS.graph("merged")
        china, russia = IRIS.entity("China", "Country"), IRIS.entity("Russia", "Country")
        pair = triples(store, derived, china, KG.meets, russia) + triples(store, derived, russia, KG.meets, china)
        assert len(pair) == 1
        events = {q.subject for q in triples(store, derived, None, KG.predicate, KG.meets)}
        assert len(events) == 1
        (event,) = events
        rule = [q.object.value for q in store.ox.quads_for_pattern(event, n(KG.rule), None, n(derived))]
        assert rule == ["rules/country-level.rq"]
        origin = [q.object for q in store.ox.quads_for_pattern(event, n(PROV.wasDerivedFrom), None, n(derived))]
        assert len(origin) == 1 and list(store.ox.quads_for_pattern(origin[0], n(KG.predicate), n(KG.meets), n(merged)))
        borrell, eu = IRIS.entity("Josep Borrell", "Person"), IRIS.entity("European Union", "Organization")
        assert triples(store, derived, borrell, KG.memberOf, eu)
        assert not triples(store, merged, borrell, KG.memberOf, eu)  # derived facts stay apart


def test_unknown_predicates_are_skipped_with_a_warning(tmp_path, extractions):
    bad = dataclasses.replace(extractions[0].relations[0], predicate="befriends")
    with Store(tmp_path / "s") as store, pytest.warns(UserWarning, match="befriends"):
        store.add(Extraction(extractions[0].article, extractions[0].entities, (), (bad,)))
    with Store(tmp_path / "s") as store:
        assert store.article_hashes()  # the article itself is stored
        assert not list(store.ox.quads_for_pattern(None, n(KG.predicate), None, None))


def test_base_iri_is_a_setting(tmp_path, extractions):
    with open_store(tmp_path, base_iri="http://example.org/news") as store:
        store.add(extractions[0])
        store.refresh()
        subjects = {q.subject.value for q in store.ox.quads_for_pattern(None, None, None, None)}
    assert subjects and all(s.startswith("http://example.org/news/") for s in subjects)
    with open_store(tmp_path) as store:  # reopened without a base: the stored one is kept
        assert store.iris.base == "http://example.org/news/"


def test_positions_are_states_merged_across_distant_reports(tmp_path, extractions):
    first = extractions[0]
    later = dataclasses.replace(first, article=dataclasses.replace(first.article, id="later.txt", published="2023-10-28"))
    with Store(tmp_path / "s") as store:
        for e in (first, later):
            store.add(e)
        store.refresh()
        merged = IRIS.graph("merged")
        positions = {q.subject for q in triples(store, merged, None, KG.predicate, KG.holdsPosition)}
        assert len(positions) == 2  # Wang Yi and Lavrov, each reported by both articles
        for x in positions:
            assert len(list(store.ox.quads_for_pattern(x, n(KG.source), None, n(merged)))) == 2
        # an undated stance a year apart is not taken for the same event
        assert len({q.subject for q in triples(store, merged, None, KG.predicate, KG.supports)}) == 2


def test_an_article_written_in_steps_carries_its_hash_last(tmp_path, extractions, monkeypatch):
    import kg.graph.store as store_module  # noqa: PLC0415

    monkeypatch.setattr(store_module, "_WRITE_STEP", 7)  # many steps for a small article
    article = extractions[0].article
    with open_store(tmp_path / "whole") as store:
        store.add(extractions[0])
        assert store.article_hashes() == {article.id: article.sha256}
    with open_store(tmp_path / "killed") as store:
        writes, inner = [], store.ox

        def killed_at_the_last_step(quads):
            writes.append(list(quads))
            if any(q.predicate.value == str(KG.sha256) for q in writes[-1]):
                raise KeyboardInterrupt  # the build is killed before the hash is written
            inner.extend(writes[-1])

        monkeypatch.setattr(store, "ox", _Spy(inner, killed_at_the_last_step))
        with pytest.raises(KeyboardInterrupt):
            store.add(extractions[0])
        assert len(writes) > 2 and all(q.predicate.value == str(KG.sha256) for q in writes[-1])
        assert store.article_hashes().get(article.id) != article.sha256  # seen as changed: written anew


class _Spy:
    """A pyoxigraph store whose extend (and any method named) is replaced."""

    def __init__(self, inner, extend, **replaced) -> None:
        self._inner, self.extend = inner, extend
        self.__dict__.update(replaced)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_articles_gathered_for_the_bulk_loader_are_the_articles_added_one_by_one(tmp_path, extractions, monkeypatch):
    import kg.graph.store as store_module  # noqa: PLC0415

    monkeypatch.setattr(store_module, "_GATHER", 60)  # several batches for a few small articles
    monkeypatch.setattr(store_module, "_GATHER_MIN", 1)  # each by the bulk loader
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # one build time for both stores
    with open_store(tmp_path / "one") as store:
        for e in extractions:
            store.add(e)
        store.refresh()
        one_by_one = set(store.ox)
    with open_store(tmp_path / "gathered") as store:
        writes, inner = [], store.ox

        def bulk(quads):
            writes.append(list(quads))
            inner.bulk_extend(writes[-1])

        monkeypatch.setattr(store, "ox", _Spy(inner, inner.extend, bulk_extend=bulk))
        with store.gathering():
            for e in [*extractions, extractions[0]]:  # (an article met twice: the second replaces the first)
                store.add(e)
        assert len(writes) > 1 and not any(q.predicate.value == str(KG.sha256) for w in writes for q in w)
        assert store.article_hashes() == {e.article.id: e.article.sha256 for e in extractions}
        store.refresh()
        assert set(inner) == one_by_one
