"""A store changed article by article holds the very quads of one built from its final articles at once."""

from __future__ import annotations

import dataclasses
import hashlib

import pyoxigraph as ox
import pytest

from kg.graph import Store, graph_kinds
from kg.graph.graph_files import graph_nquads
from kg.graph.iri import Iris
from kg.graph.namespace import KG, PROV
from kg.graph.rules import derive
from kg.records import Article, Entity, Extraction, Relation

ENDED = ox.NamedNode(str(PROV.endedAtTime))
MERGED = ox.NamedNode("https://kg.example.org/graph/merged")
DERIVED = ox.NamedNode("https://kg.example.org/graph/derived")
DEFAULT = ox.DefaultGraph()
BUILD = ox.NamedNode("https://kg.example.org/graph/build")
WANG, LAVROV = "Wang Yi", "Sergei Lavrov"
IRIS = Iris("https://kg.example.org/")


def article(id_: str, published: str | None, relations: list[tuple], entities: list[Entity] | None = None,
            *, body: str | None = None) -> Extraction:
    """An article whose sentences are the relations given as (subject, type, predicate, object, type, options)."""
    sentences = [f"{s} {p} {o} ({id_}, {k})." for k, (s, _, p, o, _, _) in enumerate(relations)]
    text = body or " ".join(sentences) or f"Nothing happened ({id_})."
    made = []
    for sentence, (s, st, p, o, ot, options) in zip(sentences, relations, strict=True):
        start = text.index(sentence) if sentence in text else 0
        made.append(Relation(s, st, p, o, ot, sentence, start, start + len(sentence), **options))
    named = entities if entities is not None else sorted(
        {Entity(name, type_) for s, st, _, o, ot, _ in relations for name, type_ in ((s, st), (o, ot))},
        key=lambda e: (e.name, e.type))
    meta = Article(id=id_, body=text, title=id_, published=published, source="Example Times",
                   url=f"https://news.example.com/{id_}", sha256=hashlib.sha256(text.encode()).hexdigest())
    return Extraction(article=meta, entities=tuple(named), relations=tuple(made))


def position(person: str, country: str) -> tuple:
    return person, "Person", "holdsPosition", country, "Country", {"role": "Foreign Minister"}


def meets(date: str | None = None, **options) -> tuple:
    return WANG, "Person", "meets", LAVROV, "Person", {"date": date, **options}


def quads(store: Store) -> list[str]:
    """Every quad of every graph as sorted N-Quads lines, the build time left out; checks that the
    N-Quads the store keeps of each graph for the exports (kg.graph.graph_files) are that graph's."""
    for g in [DEFAULT, *store.ox.named_graphs()]:
        kept = store.files.read(g)
        assert kept is not None or g == BUILD, f"no N-Quads kept of {g}"
        assert kept is None or kept == graph_nquads(store.ox, g), f"the N-Quads kept of {g} are not its quads"
    return sorted(str(q) for q in store.ox.quads_for_pattern(None, None, None, None) if q.predicate != ENDED)


def apply(store: Store, step) -> None:
    """Add a step's extractions and remove the article ids it names, then refresh."""
    for item in step:
        if isinstance(item, str):
            assert store.remove(item)
        else:
            store.add(item)
    store.refresh()


def batch(path, extractions: list[Extraction]) -> list[str]:
    with Store(path) as store:
        apply(store, extractions)
        return quads(store)


def changed(path, first: list[Extraction], *steps) -> list[str]:
    """Build ``first`` at once, then apply each step (extractions to add, ids to remove) and refresh."""
    with Store(path) as store:
        for step in (first, *steps):
            apply(store, step)
        return quads(store)


A = article("a.txt", "2022-10-28", [meets("2022-10-27", mode="phone"), position(WANG, "China"),
                                    ("China", "Country", "supports", "Russia", "Country", {})])
B = article("b.txt", "2022-10-29", [meets("2022-10-27"), position(LAVROV, "Russia"),
                                    ("China", "Country", "supports", "Russia", "Country", {})])
C = article("c.txt", "2022-11-20", [("European Union", "Organization", "sanctions", "Russia", "Country",
                                     {"date": "2022-03"}), position(WANG, "China")])


def test_adding_an_article_gives_the_batch_build(tmp_path):
    assert changed(tmp_path / "inc", [A], [B]) == batch(tmp_path / "batch", [A, B])


def test_removing_an_article_gives_the_batch_build_without_it(tmp_path):
    assert changed(tmp_path / "inc", [A, B, C], ["c.txt"]) == batch(tmp_path / "batch", [A, B])
    assert changed(tmp_path / "inc2", [A, B, C], ["a.txt"], ["b.txt"]) == batch(tmp_path / "batch2", [C])


def test_replacing_an_article_gives_the_batch_build_of_the_edited_one(tmp_path):
    edited = article("b.txt", "2022-10-30", [meets("2022-10-28"), ("Russia", "Country", "criticizes", "China",
                                                                  "Country", {})])
    assert changed(tmp_path / "inc", [A, B, C], [edited]) == batch(tmp_path / "batch", [A, edited, C])


def test_many_changes_at_once_and_back(tmp_path):
    assert changed(tmp_path / "inc", [A], [B, C, "a.txt"]) == batch(tmp_path / "batch", [B, C])
    assert changed(tmp_path / "back", [A, B, C], ["a.txt", "b.txt", "c.txt"], [A, B, C]) == batch(
        tmp_path / "all", [A, B, C])


def test_removing_everything_leaves_the_empty_views(tmp_path):
    assert changed(tmp_path / "inc", [A, B], ["a.txt", "b.txt"]) == batch(tmp_path / "batch", [])


def _activity(store: Store) -> dict[tuple[str, str], tuple[int, int]]:
    """The build graph's counts of how active each actor is (kg.graph.activity): (name, class) -> (pairs, articles)."""
    rows = store.ox.query("SELECT ?n ?c ?p ?a WHERE { GRAPH ?b { ?x a kg:ActorActivity ; kg:actorName ?n ; "
                          "kg:actorClass ?c ; kg:pairCount ?p ; kg:articleCount ?a } }",
                          prefixes={"kg": str(KG._NS)})
    return {(r["n"].value, r["c"].value.rsplit("#", 1)[1]): (int(r["p"].value), int(r["a"].value)) for r in rows}


def test_the_activity_counts_follow_each_change(tmp_path):
    with Store(tmp_path / "inc") as store:
        apply(store, [A, B, C])
        # supported by China (a, b), sanctioned by the European Union (c), where Sergei Lavrov holds office (b)
        assert _activity(store)[("Russia", "Country")] == (3, 3)
        apply(store, ["c.txt"])
        assert _activity(store)[("Russia", "Country")] == (2, 2)
        assert ("European Union", "Organization") not in _activity(store)
        counts = _activity(store)
        store.refresh()  # nothing changed: the counts are kept, not made again
        assert _activity(store) == counts



def _meetings(store: Store, person: str | None = None) -> list[list[tuple]]:
    """The rows of the saved query meetings, read from the rows the refresh listed (kg.graph.listed), and of its
    reference formulation, which finds them over the merged view."""
    return _saved_and_reference(store, "meetings", {"person": person} if person else None)


def _saved_and_reference(store: Store, name: str, params: dict[str, str] | None = None) -> list[list[tuple]]:
    """The rows of the saved query ``name`` and of its reference formulation."""
    from pathlib import Path

    from kg.query import bind_values, saved_query

    reference = Path(__file__).parents[1] / "interfaces" / "reference_queries" / f"{name}.rq"
    return [[tuple(row) for row in store.ox.query(bind_values(text, params))]
            for text in (saved_query(name), reference.read_text("utf-8"))]


def _listed(store: Store) -> set[ox.Triple]:
    """The triples of the row nodes the build graph holds (kg.graph.listed)."""
    from kg.graph.listed import LISTINGS

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    nodes = {q.subject for listing in LISTINGS for q in store.ox.quads_for_pattern(None, rdf_type, listing.term(), BUILD)}
    return {ox.Triple(q.subject, q.predicate, q.object) for node in nodes
            for q in store.ox.quads_for_pattern(node, None, None, BUILD)}


def test_the_listed_rows_follow_each_change(tmp_path):
    with Store(tmp_path / "inc") as store:
        apply(store, [A, C])
        listed, reference = _meetings(store)
        assert listed == reference and len(listed) == 1  # Wang Yi met Sergei Lavrov, by phone, reported by a.txt
        apply(store, [B])  # a second article reports the meeting, without its mode
        listed, reference = _meetings(store, LAVROV)
        assert listed == reference and len(listed) == 2
        rows = _listed(store)
        store.refresh()  # nothing changed: the rows are kept, not listed again
        assert _listed(store) == rows
        apply(store, ["a.txt", "b.txt"])
        assert _meetings(store) == [[], []] and not _listed(store)

def test_a_stance_on_itself_is_listed_and_relisted(tmp_path):
    """An entity's stance on itself is a row of stances, listed again with the pair of that entity with itself."""
    itself = article("d.txt", "2022-10-30", [("China", "Country", "criticizes", "China", "Country", {})])
    assert changed(tmp_path / "inc", [A], [itself]) == batch(tmp_path / "batch", [A, itself])
    assert changed(tmp_path / "back", [A, itself], ["d.txt"]) == batch(tmp_path / "without", [A])
    with Store(tmp_path / "inc") as store:
        listed, reference = _saved_and_reference(store, "stances", {"actor": "China"})
        assert listed == reference and ("China", "criticizes", "China") in [
            tuple(term.value for term in row[:3]) for row in listed]


def test_an_undated_event_cluster_joins_and_splits(tmp_path):
    # Undated reports merge when their articles are published at most two days apart (single linkage):
    # the middle article joins the first and last into one event; without it they are two.
    first, middle, last = (article(f"{d}.txt", f"2023-01-0{d}", [meets(), position(WANG, "China")]) for d in (1, 3, 5))
    assert changed(tmp_path / "split", [first, middle, last], ["3.txt"]) == batch(tmp_path / "two", [first, last])
    assert changed(tmp_path / "join", [first, last], [middle]) == batch(tmp_path / "one", [first, middle, last])
    with Store(tmp_path / "one") as store:
        assert len(events(store, "meets")) == 1
    with Store(tmp_path / "two") as store:
        assert len(events(store, "meets")) == 2


def events(store: Store, predicate: str) -> list:
    return list(store.ox.quads_for_pattern(None, ox.NamedNode(str(KG.predicate)), ox.NamedNode(str(KG[predicate])),
                                           MERGED))


def label(store: Store, name: str) -> str:
    entity = ox.NamedNode(str(store.iris.entity(name, "Person")))
    rdfs_label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    return next(store.ox.quads_for_pattern(entity, rdfs_label, None, MERGED)).object.value


def test_an_entity_vote_changes_with_the_articles(tmp_path):
    shout = [Entity("SERGEI LAVROV", "Person"), Entity(WANG, "Person")]
    loud = [article(f"loud{k}.txt", "2023-02-01", [(WANG, "Person", "meets", "SERGEI LAVROV", "Person", {})], shout)
            for k in (1, 2)]
    quiet = article("quiet.txt", "2023-02-01", [meets()])
    with Store(tmp_path / "inc") as store:
        for e in (*loud, quiet):
            store.add(e)
        store.refresh()
        assert label(store, LAVROV) == "SERGEI LAVROV"
        store.remove("loud1.txt")
        store.refresh()
        assert label(store, LAVROV) == "SERGEI LAVROV"  # a tie goes to the smallest
        store.add(article("quiet2.txt", "2023-02-02", [meets()]))
        store.refresh()
        assert label(store, LAVROV) == LAVROV
        incremental = quads(store)
    assert incremental == batch(tmp_path / "batch", [loud[1], quiet, article("quiet2.txt", "2023-02-02", [meets()])])


def direct(subject: str, type_: str, predicate: str, obj: str, obj_type: str, graph) -> ox.Quad:
    return ox.Quad(ox.NamedNode(str(IRIS.entity(subject, type_))), ox.NamedNode(str(KG[predicate])),
                   ox.NamedNode(str(IRIS.entity(obj, obj_type))), graph)


def test_a_triple_two_articles_state_survives_the_removal_of_one(tmp_path):
    supports = direct("China", "Country", "supports", "Russia", "Country", MERGED)
    with Store(tmp_path / "inc") as store:
        for e in (A, B):
            store.add(e)
        store.refresh()
        store.remove("a.txt")
        store.refresh()
        assert supports in store.ox
        assert ox.Quad(supports.subject, supports.predicate, supports.object, DEFAULT) in store.ox
        store.remove("b.txt")
        store.refresh()
        assert supports not in store.ox


def test_a_country_level_fact_follows_the_positions(tmp_path):
    meeting = article("m.txt", "2023-03-01", [meets("2023-02-28")])
    wang = article("w.txt", "2023-03-02", [position(WANG, "China")])
    lavrov = article("l.txt", "2023-03-03", [position(LAVROV, "Russia")])
    # meets is symmetric: merged in IRI order, Sergei Lavrov meets Wang Yi
    country = direct(LAVROV, "Person", "meets", "China", "Country", DERIVED)
    both = direct("Russia", "Country", "meets", "China", "Country", DERIVED)
    with Store(tmp_path / "inc") as store:
        store.add(meeting)
        store.refresh()
        assert country not in store.ox
        store.add(wang)
        store.refresh()
        assert country in store.ox
        store.add(lavrov)
        store.refresh()
        assert both in store.ox and country not in store.ox
        assert quads(store) == batch(tmp_path / "all", [meeting, wang, lavrov])
        store.remove("w.txt")
        store.refresh()
        assert both not in store.ox
        assert ox.Quad(both.subject, both.predicate, both.object, DEFAULT) not in store.ox
        assert quads(store) == batch(tmp_path / "no-wang", [meeting, lavrov])


def test_a_derived_triple_two_events_give_survives_the_removal_of_one(tmp_path):
    early = article("e.txt", "2023-04-01", [meets("2023-03-30"), position(WANG, "China"), position(LAVROV, "Russia")])
    late = article("l.txt", "2023-05-01", [meets("2023-04-30"), position(WANG, "China"), position(LAVROV, "Russia")])
    both = direct("Russia", "Country", "meets", "China", "Country", DERIVED)
    with Store(tmp_path / "inc") as store:
        for e in (early, late):
            store.add(e)
        store.refresh()
        store.remove("e.txt")
        store.refresh()
        assert both in store.ox
        assert quads(store) == batch(tmp_path / "late", [late])


def test_a_store_reopened_between_changes_is_still_right(tmp_path):
    with Store(tmp_path / "inc") as store:
        store.add(A)
        store.refresh()
    with Store(tmp_path / "inc") as store:
        store.add(B)
        store.refresh()
    with Store(tmp_path / "inc") as store:
        assert quads(store) == batch(tmp_path / "batch", [A, B])


def test_changes_never_refreshed_are_redone_in_full_by_the_next_process(tmp_path):
    with Store(tmp_path / "inc") as store:
        store.add(A)
        store.refresh()
        store.add(B)  # killed before the refresh
        assert not graph_kinds(store.ox)["build"]  # the store says its views are behind
    with Store(tmp_path / "inc") as store:
        store.add(C)
        store.refresh()
        assert quads(store) == batch(tmp_path / "batch", [A, B, C])


def test_an_unasserted_report_and_an_edited_sample(tmp_path, extractions):
    # The sample articles (tests/graph/conftest.py): codes, speakers, places, intentions, symmetric meetings.
    first, second, third = extractions
    edited = dataclasses.replace(second, relations=second.relations[1:], entities=second.entities[:3])
    assert changed(tmp_path / "inc", [first, second], [third], [edited], ["a1.txt"]) == batch(
        tmp_path / "batch", [edited, third])


@pytest.mark.parametrize("count", [1, 3])
def test_rules_restricted_to_events_give_what_they_give_in_full(tmp_path, extractions, count):
    with Store(tmp_path / "s") as store:
        for e in extractions:
            store.add(e)
        store.refresh()
        every = set(derive(store.ox, MERGED))
        merged_events = sorted({q.subject for q in store.ox.quads_for_pattern(
            None, ox.NamedNode(str(KG.predicate)), None, MERGED)}, key=str)
        parts = [merged_events[k::count] for k in range(count)]
        assert every and set().union(*(set(derive(store.ox, MERGED, events=part)) for part in parts)) == every


def test_the_default_graph_keeps_a_triple_merged_or_derived_still_holds(tmp_path):
    # "Russia meets China" is stated by one article and derived from a meeting of their ministers by the rules.
    ministers = article("m.txt", "2023-06-01",
                        [meets("2023-05-30"), position(WANG, "China"), position(LAVROV, "Russia")])
    stated = article("s.txt", "2023-06-02",
                     [("Russia", "Country", "meets", "China", "Country", {"date": "2023-05-30"})])
    both = direct("Russia", "Country", "meets", "China", "Country", DEFAULT)
    for gone, left in (("s.txt", ministers), ("m.txt", stated)):
        with Store(tmp_path / gone) as store:
            for e in (ministers, stated):
                store.add(e)
            store.refresh()
            store.remove(gone)
            store.refresh()
            assert both in store.ox
            assert quads(store) == batch(tmp_path / f"only-{gone}", [left])


def test_views_made_by_another_version_of_kg_are_redone_in_full(tmp_path, monkeypatch):
    import kg.graph.store

    with Store(tmp_path / "inc") as store:
        store.add(A)
        store.refresh()
    monkeypatch.setattr(kg.graph.store, "_version", lambda: "another")
    monkeypatch.setattr(kg.graph.store, "update", lambda *args: pytest.fail("an incremental refresh"))
    with Store(tmp_path / "inc") as store:
        store.add(B)
        store.refresh()
        assert quads(store) == batch(tmp_path / "batch", [A, B])
