"""How long do the saved queries take on a build of a few hundred articles, and on a million triples?

    python benchmarks/bench_queries.py --articles 200          # generate, build (needs the model), time
    python benchmarks/bench_queries.py --out output            # time the queries on an existing build
    python benchmarks/bench_queries.py --triples 1000000       # a store of ~1M quads cloned from a small build

The corpus is bench_build's (varied copies of the sample articles). Every saved query runs as
``kg query`` runs it (a child process within the query limits), without parameters and with the
parameters a user would give, taken from the build itself: its most active person and country,
and the pair of people who meet most. Each is run ``--repeat`` times and the fastest is printed,
with its row count.

``--triples N`` times the queries in-process instead: it builds ``--articles`` generated articles
(50 by default in this mode), then writes a bigger store by loading renamed copies of that build
until it holds at least N quads. Each copy renames the article graphs, articles, events, evidence
and occurrences (a suffix on their IRIs) and marks its headlines, file names and sentences, and
keeps the entities and the merged, derived and build graph names: the copies read as more articles
about the same actors, each event reported once (a real corpus of that size would merge repeated
reports and name more entities). What a refresh writes ahead into the build graph for the saved
queries (how active each actor is, which ``active`` reads; the rows of ``meetings``, ``contacts``,
``stances`` and ``events``) is made again over the copies, as a refresh would, and the time it takes
printed. Each query runs
on the open store (``open_graph``, ``bind_values``, ``Store.query``, every row read); the time of
``kg.open(out).query(...)``, which forks a child held to the query limits and opens the store
there, is shown next to it.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_PREFIXES = """PREFIX kg: <https://kg.example.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# Whom the parameterised queries ask about: the build's most active person and country, and a pair that met.
_TOP = _PREFIXES + """SELECT ?name (COUNT(*) AS ?n) WHERE {
  GRAPH ?m { ?m a kg:MergedGraph . ?x kg:agent ?e . ?e a kg:%s ; rdfs:label ?name } }
GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1"""
_PAIR = _PREFIXES + """SELECT ?a ?b (COUNT(*) AS ?n) WHERE {
  GRAPH ?m { ?m a kg:MergedGraph . ?x kg:predicate kg:meets ; kg:agent ?p ; kg:target ?q .
  ?p a kg:Person ; rdfs:label ?a . ?q a kg:Person ; rdfs:label ?b } FILTER(?p != ?q) }
GROUP BY ?a ?b ORDER BY DESC(?n) ?a ?b LIMIT 1"""


def cases(out: Path) -> list[tuple[str, dict[str, str]]]:
    """(saved query, parameters) pairs: each query bare, then as a user would narrow it on this build."""
    from kg.query import open_graph, saved_queries

    store = open_graph(out)

    def one(text: str) -> list[str]:
        rows = list(store.query(text))
        return [rows[0][i].value for i in range(len(rows[0]) - 1)] if rows else []

    person, country, pair = one(_TOP % "Person"), one(_TOP % "Country"), one(_PAIR)
    narrowed = {
        "meetings": {"person": person[0]} if person else None,
        "stances": {"actor": country[0]} if country else None,
        "contacts": {"first": pair[0], "second": pair[1]} if pair else None,
        "positions": {"person": person[0]} if person else None,
        "evidence": {"subject": pair[0], "predicate": "meets", "object": pair[1]} if pair else None,
        "events": {"actor": country[0]} if country else None,
    }
    found = []
    for name in saved_queries():
        found.append((name, {}))
        if narrowed.get(name):
            found.append((name, narrowed[name]))
    return found


def time_queries(out: Path, *, repeat: int = 3, timeout: float = 120.0) -> list[tuple[str, dict, int | None, float]]:
    """(query, parameters, rows or None when stopped, fastest seconds) for every case."""
    from kg.errors import QueryError
    from kg.query import Limits, query

    results = []
    for name, params in cases(out):
        best, rows = float("inf"), None
        for _ in range(repeat):
            started = time.perf_counter()
            try:
                rows = len(query(name, out=out, params=params or None, limits=Limits(timeout=timeout)))
            except QueryError:
                rows, best = None, timeout  # stopped: do not run it again
                break
            best = min(best, time.perf_counter() - started)
        results.append((name, params, rows, best))
    return results


# IRIs that a copy renames (everything an article brings) and literals it marks (so rows stay distinct).
_COPIED_IRI = re.compile(rb"<(https://kg\.example\.org/(?:event|evidence|article|occurrence|graph/article)/[^>]*)>")
_MARKED = rb"(?:https://schema\.org/headline|https://kg\.example\.org/ontology#(?:fileName|sentence))"
_COPIED_TEXT = re.compile(rb'^(.*<' + _MARKED + rb'> "(?:[^"\\]|\\.)*)"', re.M)


def clone_store(small: Path, big: Path, quads: int) -> tuple[int, int, tuple[float, float]]:
    """Write at least ``quads`` quads into a new store at ``big`` from renamed copies of the build in ``small``.

    Returns (copies, quads in the new store, seconds the build graph's activity counts and listed rows took).
    """
    import pyoxigraph as ox

    from kg.query import open_graph

    dump = open_graph(small).dump(format=ox.RdfFormat.N_QUADS)
    lines = dump.count(b"\n")
    shared = sum(1 for line in dump.splitlines() if not _COPIED_IRI.search(line))  # the same in every copy
    copies = 1 + max(0, math.ceil((quads - lines) / max(1, lines - shared)))
    big.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(suffix=".nq", dir=big.parent) as copied:
        copied.write(dump)
        for copy in range(1, copies):
            suffix = f"-c{copy}".encode()
            text = _COPIED_IRI.sub(lambda m: b"<" + m.group(1) + suffix + b">", dump)
            copied.write(_COPIED_TEXT.sub(lambda m: m.group(1) + f" [{copy}]".encode() + b'"', text))
        copied.flush()
        target = ox.Store(str(big))
        target.bulk_load(path=copied.name, format=ox.RdfFormat.N_QUADS)
    made = _make_ahead(target)
    size = len(target)
    target.flush()
    del target
    return copies, size, made


def _make_ahead(store) -> tuple[float, float]:
    """Count how active each actor is and list the rows of meetings, contacts and stances over the copies, as a refresh
    of that store would (kg.graph.activity, kg.graph.listed); the seconds each took."""
    import pyoxigraph as ox

    from kg.graph.activity import activity
    from kg.graph.iri import Iris
    from kg.graph.listed import LISTINGS, listed
    from kg.graph.namespace import KG
    from kg.query import DEFAULT_BASE

    iris = Iris(DEFAULT_BASE)
    build = ox.NamedNode(str(iris.graph("build")))
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    made = {q.subject for cls in (ox.NamedNode(str(KG.ActorActivity)), *(listing.term() for listing in LISTINGS))
            for q in store.quads_for_pattern(None, rdf_type, cls, build)}
    for quad in [q for node in made for q in store.quads_for_pattern(node, None, None, build)]:
        store.remove(quad)
    started = time.perf_counter()
    triples = activity(store, iris)
    counted = time.perf_counter()
    triples += listed(store, iris)
    seconds = counted - started, time.perf_counter() - counted
    store.extend([ox.Quad(t.subject, t.predicate, t.object, build) for t in triples])
    return seconds


_TARGET = 0.05  # seconds per saved query at a million triples (issue 10, item 5)


def _rows(answer) -> int:
    """How many rows, every value read (as kg query materialises them)."""
    return sum(1 for solution in answer if tuple(solution) is not None)


def time_in_process(out: Path, *, repeat: int = 5) -> list[tuple[str, dict, int, float, float]]:
    """(query, parameters, rows, fastest seconds on the open store, fastest seconds through kg.open().query)."""
    import kg
    from kg.query import Limits, bind_values, open_graph, query, saved_query

    store = open_graph(out)
    graph = kg.open(out)
    results = []
    for name, params in cases(out):
        text = bind_values(saved_query(name), params or None)
        best, rows = float("inf"), 0
        for _ in range(repeat):
            started = time.perf_counter()
            rows = _rows(store.query(text))
            best = min(best, time.perf_counter() - started)
        forked = float("inf")
        for _ in range(max(1, repeat // 2)):
            started = time.perf_counter()
            query(name, out=graph.out, params=params or None, limits=Limits(timeout=600.0, max_rows=10**7))
            forked = min(forked, time.perf_counter() - started)
        results.append((name, params, rows, best, forked))
    return results


def _big(args, tmp: Path) -> None:
    """The ``--triples`` mode: clone a small build into a big store and time the queries in-process."""
    import pyoxigraph as ox

    from kg.query import open_graph

    small = args.out or _build(tmp, args.articles or 50)
    big = Path(tmp) / "big"
    started = time.perf_counter()
    copies, size, (counting, listing) = clone_store(small, big / "store", args.triples)
    made = time.perf_counter() - started
    store = open_graph(big)
    default = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    view = ox.NamedNode("https://kg.example.org/graph/merged")
    merged = sum(1 for _ in store.quads_for_pattern(None, None, None, view))
    graphs = sum(1 for _ in store.named_graphs())
    small_size = len(open_graph(small))
    del store
    made_of = f"a {small_size:,}-quad build" + ("" if args.out else f" of {args.articles or 50} generated articles")
    print(f"store: {size:,} quads ({default:,} in the default graph, {merged:,} in the merged view, "
          f"{graphs:,} named graphs), made in {made:.1f} s from {copies} renamed copies of "
          f"{made_of}; the copies share the entities")
    print(f"what a refresh makes ahead: activity counted in {counting * 1000:.0f} ms, the rows of meetings, contacts, "
          f"stances and events listed in {listing * 1000:.0f} ms")
    print(f"{'query':<10} {'in-process':>10}  {'rows':>6}  {'kg.open().query':>15}   parameters")
    timed = time_in_process(big, repeat=args.repeat)
    for name, params, rows, seconds, forked in timed:
        given = ", ".join(f"{k}={v}" for k, v in params.items()) or "-"
        print(f"{name:<10} {seconds * 1000:7.1f} ms  {rows:6d}  {forked * 1000:12.1f} ms   {given}")
    over = sum(1 for *_, seconds, _ in timed if seconds >= _TARGET)
    print(f"{'total':<10} {sum(t[3] for t in timed) * 1000:7.1f} ms   (target {_TARGET * 1000:.0f} ms each, "
          f"in-process: {over} of {len(timed)} over)")


def _build(tmp: Path, articles: int) -> Path:
    """Generate ``articles`` articles and build them (needs the model)."""
    from benchmarks.bench_build import make_corpus
    from kg import build
    from kg.config import load_config

    corpus = Path(tmp) / "articles"
    corpus.mkdir()
    make_corpus(corpus, articles)
    out = Path(tmp) / "out"
    build([corpus], out=out, config=load_config(progress=False), formats=["nquads"], progress=False)
    return out


def main(argv: list[str] | None = None) -> None:
    """Build (or open) a graph and print the time of every saved query."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, help="how many generated articles (default 200; 50 with --triples)")
    options.add_argument("--out", type=Path, help="an existing build folder: time its queries, build nothing")
    options.add_argument("--triples", type=int, help="clone the build into a store of at least this many quads "
                         "and time the queries in-process")
    options.add_argument("--repeat", type=int, help="runs per query; the fastest counts (default 3; 5 with --triples)")
    options.add_argument("--timeout", type=float, default=120.0, help="seconds before a query is stopped")
    args = options.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        if args.triples:
            args.repeat = args.repeat or 5
            return _big(args, Path(tmp))
        args.repeat = args.repeat or 3
        out = args.out or _build(Path(tmp), args.articles or 200)
        from kg.graph.counts import counts

        print(counts(out=out).text)
        total = 0.0
        for name, params, rows, seconds in time_queries(out, repeat=args.repeat, timeout=args.timeout):
            total += seconds
            given = ", ".join(f"{k}={v}" for k, v in params.items()) or "-"
            shown = f"{rows:6d} rows" if rows is not None else "   stopped"
            print(f"{name:<10} {seconds:8.3f} s  {shown}   {given}")
        print(f"{'total':<10} {total:8.3f} s")


if __name__ == "__main__":
    main()
