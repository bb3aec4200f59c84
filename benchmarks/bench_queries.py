"""How long do the saved queries take on a build of a few hundred articles?

    python benchmarks/bench_queries.py --articles 200          # generate, build (needs the model), time
    python benchmarks/bench_queries.py --out output            # time the queries on an existing build

The corpus is bench_build's (varied copies of the sample articles). Every saved query runs as
``kg query`` runs it (a child process within the query limits), without parameters and with the
parameters a user would give, taken from the build itself: its most active person and country,
and the pair of people who meet most. Each is run ``--repeat`` times and the fastest is printed,
with its row count.
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> None:
    """Build (or open) a graph and print the time of every saved query."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=200, help="how many generated articles (default 200)")
    options.add_argument("--out", type=Path, help="an existing build folder: time its queries, build nothing")
    options.add_argument("--repeat", type=int, default=3, help="runs per query; the fastest counts (default 3)")
    options.add_argument("--timeout", type=float, default=120.0, help="seconds before a query is stopped")
    args = options.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        out = args.out
        if out is None:
            from benchmarks.bench_build import make_corpus
            from kg import build
            from kg.config import load_config

            corpus = Path(tmp) / "articles"
            corpus.mkdir()
            make_corpus(corpus, args.articles)
            out = Path(tmp) / "out"
            build([corpus], out=out, config=load_config(progress=False), formats=["nquads"], progress=False)
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
