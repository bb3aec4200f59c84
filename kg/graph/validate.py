"""``kg validate``: SHACL (pyshacl, ontology/shapes.ttl) over every article graph and the merged view."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.config import ONTOLOGY_DIR

__all__ = ["ValidationReport", "validate", "validate_graph"]


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of a SHACL check: ``conforms`` is False on any violation (warnings are allowed)."""

    conforms: bool
    text: str
    graphs: int = 0
    violations: int = 0
    warnings: int = 0

    def __bool__(self) -> bool:
        return self.conforms


def _shapes():
    from rdflib import Graph

    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl"), Graph().parse(ONTOLOGY_DIR / "kg.ttl")


def validate_graph(graph, shapes=None, ontology=None) -> tuple[bool, str, int, int]:
    """SHACL-check one rdflib graph: (conforms, report text, violations, warnings)."""
    from pyshacl import validate as shacl
    from rdflib import BNode, Namespace

    if shapes is None or ontology is None:
        shapes, ontology = _shapes()
    blanks = sum(1 for triple in graph for term in triple if isinstance(term, BNode))
    conforms, results, text = shacl(graph, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                    allow_warnings=True, advanced=True)
    sh = Namespace("http://www.w3.org/ns/shacl#")
    severities = list(results.objects(None, sh.resultSeverity))
    violations = sum(1 for s in severities if s == sh.Violation)
    if blanks:
        text += f"\n{blanks} blank node(s) found: kg graphs must have none.\n"
    return conforms and not blanks, text, violations + (1 if blanks else 0), len(severities) - violations


def validate(*, out: str | Path) -> ValidationReport:
    """Check the build at ``out`` against ontology/shapes.ttl: each article graph, then merged + derived."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.graph.store import graph_kinds
    from kg.snapshot import open_for_reading

    path = Path(out) / "store"
    if not path.exists():
        from kg.errors import KgError

        raise KgError(f"no kg build in {out} (run kg build first)")
    store = open_for_reading(out)
    kinds = graph_kinds(store)
    checks = [[g] for g in kinds["article"]] + [kinds["merged"] + kinds["derived"] + kinds["build"]]
    shapes, ontology = _shapes()
    parts, conforms, violations, warnings = [], True, 0, 0
    for graphs in checks:
        if not graphs:
            continue
        data = b"".join(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) for g in graphs)
        ok, text, v, w = validate_graph(Graph().parse(data=data, format="nt"), shapes, ontology)
        conforms, violations, warnings = conforms and ok, violations + v, warnings + w
        if not ok or w:
            parts.append(f"# {' + '.join(g.value for g in graphs)}\n{text}")
    del store
    summary = (f"{'Conforms' if conforms else 'Does not conform'}: {len(checks)} graph set(s) checked, "
               f"{violations} violation(s), {warnings} warning(s).")
    return ValidationReport(conforms, "\n".join([summary, *parts]), len(checks), violations, warnings)
