"""Derived facts: the SPARQL CONSTRUCT rules of ontology/rules/*.rq, run over the merged graph.

Each rule starts from one merged event ``?e`` and states its own provenance in what it constructs
(``kg:rule "rules/<file>"`` and ``prov:wasDerivedFrom ?e``); :func:`derive` checks that it does.
Besides the derived event, a rule may construct one direct triple, its agent, predicate and target.
Beyond ``?e`` itself, a rule reads only the :data:`PARTICIPANT_FACTS` of the event's participants
(kg:agent, kg:target) and the class of what they hold positions in: an incremental refresh
(kg.graph.refresh) re-derives an event when one of those changes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.config import ONTOLOGY_DIR
from kg.errors import KgError
from kg.graph.namespace import KG

__all__ = ["PARTICIPANT_FACTS", "derive", "rules"]

_RULE = ox.NamedNode(str(KG.rule))
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PARTICIPANT_FACTS = frozenset({RDF_TYPE, ox.NamedNode(str(KG.holdsPosition))})
_CHUNK = 500  # events per restricted query


def rules(folder: Path | None = None) -> dict[str, str]:
    """Rule name (``rules/<file>.rq``) → SPARQL text, in file-name order."""
    folder = folder or ONTOLOGY_DIR / "rules"
    return {f"rules/{p.name}": p.read_text("utf-8") for p in sorted(folder.glob("*.rq"))}


def restricted(name: str, text: str, events: Collection[ox.NamedNode] | None) -> Iterator[str]:
    """The rule's query, or (with ``events``) queries that start from those events only."""
    if events is None:
        yield text
        return
    head, where, body = text.partition("WHERE {")
    if not where or "?e " not in body:
        raise KgError(f"{name} must start from a merged event ?e in its WHERE clause")
    ordered = sorted(events, key=str)
    for start in range(0, len(ordered), _CHUNK):
        values = " ".join(map(str, ordered[start:start + _CHUNK]))
        yield f"{head}WHERE {{ VALUES ?e {{ {values} }}{body}"


def derive(store: ox.Store, graph: ox.NamedNode, folder: Path | None = None, *,
           events: Collection[ox.NamedNode] | None = None) -> Iterator[ox.Triple]:
    """Every triple the rules construct from ``graph`` of ``store`` (only from ``events``, when given)."""
    for name, text in rules(folder).items():
        for query in restricted(name, text, events):
            triples = list(store.query(query, default_graph=graph))
            stated = {t.object.value for t in triples if t.predicate == _RULE}
            if triples and stated != {name}:
                raise KgError(f"{name} must record itself as kg:rule \"{name}\" on what it derives "
                              f"(found {sorted(stated)})")
            yield from triples
