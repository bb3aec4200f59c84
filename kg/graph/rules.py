"""Derived facts: the SPARQL CONSTRUCT rules of ontology/rules/*.rq, run over the merged graph.

Each rule states its own provenance in what it constructs (``kg:rule "rules/<file>"`` and
``prov:wasDerivedFrom`` the event it starts from); :func:`derive` checks that it does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.config import ONTOLOGY_DIR
from kg.errors import KgError
from kg.graph.namespace import KG

__all__ = ["derive", "rules"]

_RULE = ox.NamedNode(str(KG.rule))


def rules(folder: Path | None = None) -> dict[str, str]:
    """Rule name (``rules/<file>.rq``) → SPARQL text, in file-name order."""
    folder = folder or ONTOLOGY_DIR / "rules"
    return {f"rules/{p.name}": p.read_text("utf-8") for p in sorted(folder.glob("*.rq"))}


def derive(store: ox.Store, graph: ox.NamedNode, folder: Path | None = None) -> Iterator[ox.Triple]:
    """Every triple the rules construct from ``graph`` of ``store``."""
    for name, text in rules(folder).items():
        triples = list(store.query(text, default_graph=graph))
        stated = {t.object.value for t in triples if t.predicate == _RULE}
        if triples and stated != {name}:
            raise KgError(f"{name} must record itself as kg:rule \"{name}\" on what it derives (found {sorted(stated)})")
        yield from triples
