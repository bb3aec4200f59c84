"""The store: an rdflib Dataset on Oxigraph (oxrdflib) on disk, one named graph per article.

    graph/article/{id}   what was extracted from one article; replaced whole by ``add``
    graph/merged         derived from the article graphs by ``refresh`` (kg.graph.merge)
    graph/derived        constructed by ontology/rules/*.rq from the merged graph
    graph/build          build metadata (time, software version, named counts) and what is made ahead for
                         the saved queries (how active each actor is: kg.graph.activity, the rows of
                         meetings, contacts, stances and events: kg.graph.listed), apart from content
    default graph        a copy of merged + derived: what a query without GRAPH sees, each fact once

``refresh`` redoes only what the articles added, replaced or removed since the last refresh reach
(kg.graph.refresh), and everything when the store cannot vouch for its views: the first change
after a refresh removes the build node from the build graph, which only a finished refresh writes
again, so a process killed in between leaves a store that the next refresh re-derives in full; so
does a build graph written by another version of kg. What the build graph holds for the saved
queries stays, to be patched by an incremental refresh for what its change reaches (kg.graph.touched).

The default graph is written by ``refresh`` so that every engine agrees on it without settings:
``kg query``, ``kg serve`` and a triplestore loading ``graph.nq`` all see the merged view plus the
derived facts there, and reach the article graphs with ``GRAPH`` (see kg.graph.counts for the counts).

Bulk writes go straight to pyoxigraph; ``dataset`` is the rdflib view of the same store. Each graph
written is also kept as N-Quads in ``kg-graphs/`` inside the store folder, for the exports
(kg.graph.graph_files); ``kg-parts/`` beside it holds what exporters computed from each article graph
(kg.export._parts).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef

from kg.config import Config
from kg.graph.activity import activity, recount
from kg.graph.convert import article_triples
from kg.graph.iri import Iris
from kg.graph.counts import Counts, count_store, read_counts
from kg.graph.graph_files import FOLDER as GRAPH_FILES, GraphFiles
from kg.graph.listed import listed, relist
from kg.graph.merge import merge
from kg.graph.namespace import KG, PREFIXES, PROV
from kg.graph.refresh import Before, before, read_graph, update
from kg.graph.rules import derive
from kg.graph.touched import touched
from kg.records import Extraction

__all__ = ["Store", "build_time", "graph_kinds", "to_ox"]

DEFAULT_BASE_IRI = Config().base_iri
_WRITE_STEP = 50_000  # quads per transaction when an article graph is written
_GATHER = 50_000  # article quads a build gathers before writing them with the bulk loader (Store.gathering)
_GATHER_MIN = 5_000  # fewer are written in one transaction (the bulk loader writes new files each time)
_KINDS = {"article": KG.ArticleGraph, "merged": KG.MergedGraph, "derived": KG.DerivedGraph, "build": KG.BuildGraph}


def to_ox(term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    """An rdflib IRI or literal as a pyoxigraph term (the data has no blank nodes)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"no blank nodes or other terms in a kg graph: {term!r}")


def graph_kinds(store: ox.Store) -> dict[str, list[ox.NamedNode]]:
    """Named graphs by kind (article, merged, derived, build), found by how each describes itself."""
    found: dict[str, list[ox.NamedNode]] = {kind: [] for kind in _KINDS}
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for kind, cls in _KINDS.items():
        for quad in store.quads_for_pattern(None, rdf_type, ox.NamedNode(str(cls)), None):
            if quad.subject == quad.graph_name:
                found[kind].append(quad.graph_name)
    for graphs in found.values():
        graphs.sort(key=str)
    return found


def build_time() -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds: two builds of one input, one output)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch.isdigit() else dt.datetime.now(dt.UTC)
    return when.replace(microsecond=0)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("kg")
    except Exception:  # noqa: BLE001  (a source checkout that is not installed)
        import kg

        return getattr(kg, "__version__", "0")


class Store:
    """The kg dataset on disk at ``path``; use as a context manager."""

    def __init__(self, path: str | Path, *, base_iri: str = DEFAULT_BASE_IRI) -> None:
        from oxrdflib import OxigraphStore

        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.iris = Iris(base_iri)
        self.ox = ox.Store(str(self.path))
        self.dataset = Dataset(store=OxigraphStore(store=self.ox))
        self.files = GraphFiles(self.path / GRAPH_FILES)  # each graph's N-Quads, for the exports (kg.graph.graph_files)
        self.dataset.kg_graph_files = self.files
        self.dataset.kg_parts = self.path / "kg-parts"  # what exporters computed per article graph (kg.export._parts)
        self.dataset.kg_changes = 0  # articles changed and refreshes made through this object (kg.export._shared)
        for prefix, namespace in PREFIXES.items():
            self.dataset.bind(prefix, namespace)
        self._changed: dict[ox.NamedNode, Before] | None = None  # article graphs changed since the last refresh
        self._totals: Counts | None = None  # the counts of the views before those changes; None: redo them all
        self._gathered: list[tuple[ox.NamedNode, set[ox.Quad]]] | None = None  # added, not yet written (gathering)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _node(self, term: URIRef) -> ox.NamedNode:
        return ox.NamedNode(str(term))

    def article_hashes(self) -> dict[str, str]:
        """Article id → sha256 of the version stored."""
        rows = self.ox.query(
            "SELECT ?id ?sha WHERE { GRAPH ?g { ?g a kg:ArticleGraph ; prov:wasDerivedFrom ?a . "
            "?a kg:fileName ?id . OPTIONAL { ?a kg:sha256 ?sha } } }",
            prefixes=PREFIXES,
        )
        return {row["id"].value: row["sha"].value if row["sha"] is not None else "" for row in rows}

    def add(self, extraction: Extraction) -> None:
        """Store one article's extraction, replacing whatever that article's graph held."""
        g = self._node(self.iris.article_graph(extraction.article.id))
        terms: dict[URIRef, ox.NamedNode] = {}  # subjects and predicates recur: convert each once

        def node(term: URIRef) -> ox.NamedNode:
            found = terms.get(term)
            if found is None:
                found = terms[term] = to_ox(term)
            return found

        quads = {ox.Quad(node(s), node(p), to_ox(o), g) for s, p, o in article_triples(extraction, self.iris)}
        if self._gathered is not None and any(g == h for h, _ in self._gathered):
            self._write_gathered()  # the same article twice: the first is written before it is replaced
        self._touch(g)
        self.files.drop(g)
        self.ox.remove_graph(g) if self.ox.contains_named_graph(g) else None
        if self._gathered is not None:
            self._gathered.append((g, quads))
            if sum(len(q) for _, q in self._gathered) >= _GATHER:
                self._write_gathered()
            return
        # A long article is written in steps (one transaction for all its quads takes far more memory than
        # the quads), its content hash last: a build killed in between leaves a graph without one, which
        # the next build sees as changed and writes anew (article_hashes).
        rest, last = self._hash_last(quads)
        for start in range(0, len(rest), _WRITE_STEP):
            self.ox.extend(rest[start:start + _WRITE_STEP])
            if len(rest) > _WRITE_STEP:
                self.ox.flush()  # (the store's write buffers would otherwise hold every step in memory)
        self.ox.extend(last)
        self.files.write_quads(g, quads)

    @contextmanager
    def gathering(self) -> Iterator[Self]:
        """Article graphs added inside are written together, ``_GATHER`` quads at a time and on leaving, by the
        store's bulk loader (about four times faster than a transaction per article), each batch's content
        hashes after it in one transaction: a build killed before those leaves articles without one, which the
        next build sees as changed and writes anew. On an error, what is still gathered is not written."""
        self._gathered = []
        try:
            yield self
            self._write_gathered()
        finally:
            self._gathered = None

    def _write_gathered(self) -> None:
        gathered, self._gathered = self._gathered or [], []
        rest, last = self._hash_last(q for _, qs in gathered for q in qs)
        (self.ox.bulk_extend if len(rest) >= _GATHER_MIN else self.ox.extend)(rest)
        self.ox.extend(last)
        for g, qs in gathered:
            self.files.write_quads(g, qs)

    def _hash_last(self, quads: Iterable[ox.Quad]) -> tuple[list[ox.Quad], list[ox.Quad]]:
        """Article quads split into the content hashes, written last, and all the rest."""
        sha = self._node(KG.sha256)
        rest: list[ox.Quad] = []
        last: list[ox.Quad] = []
        for q in quads:
            (last if q.predicate == sha else rest).append(q)
        return rest, last

    def remove(self, article_id: str, *, refresh: bool = True) -> bool:
        """Retract one article (by id, file path or IRI); True if it was stored. Re-derives the views."""
        candidates = {article_id, Path(article_id).name}
        graphs = [g for g in graph_kinds(self.ox)["article"]
                  if any(self._node(self.iris.article_graph(c)) == g for c in candidates)
                  or self._has_article(g, article_id)]
        for g in graphs:
            self._touch(g)
            self.files.drop(g)
            self.ox.remove_graph(g)
        if graphs and refresh:
            self.refresh()
        return bool(graphs)

    def _has_article(self, g: ox.NamedNode, iri: str) -> bool:
        node = ox.NamedNode(iri) if "://" in iri else None
        return node is not None and any(
            True for _ in self.ox.quads_for_pattern(g, self._node(PROV.wasDerivedFrom), node, g))

    def _touch(self, g: ox.NamedNode) -> None:
        """Note what article graph ``g`` holds, before it is replaced or removed."""
        self.dataset.kg_changes += 1
        if self._changed is None:  # the first change since the views were made
            self._totals = read_counts(self.ox) if self._views_current() else None
            self._changed = {}
            for view in self._views():  # kept to be patched by the refresh, no longer current
                self.files.set_aside(view) if self._totals is not None else self.files.drop(view)
            self._drop_build_node()  # the views are behind the articles until refresh is done
        if self._totals is not None and g not in self._changed:
            self._changed[g] = before(self.ox, g)

    def _views_current(self) -> bool:
        """Whether a refresh by this version of kg finished after the last change (its build graph says so)."""
        build, b = self._node(self.iris.graph("build")), self._node(self.iris.build())
        version = next(self.ox.quads_for_pattern(b, self._node(KG.softwareVersion), None, build), None)
        return version is not None and version.object.value == _version()

    def refresh(self) -> None:
        """Bring the merged, derived, default and build graphs up to date with the article graphs."""
        self.dataset.kg_changes += 1
        made: list[ox.Triple] = []  # what the build graph holds for the saved queries, when made in full
        if self._changed is None and self._views_current():  # nothing changed: a new build time
            totals = read_counts(self.ox)
            self._drop_build_node()
        elif self._changed is not None and self._totals is not None:
            delta: dict = {}
            totals = update(self.ox, self.iris, self._changed, self._totals, delta)
            for view in self._views():
                removed, added = delta.get(view, ((), ()))
                self.files.patch(view, (ox.Quad(t.subject, t.predicate, t.object, view) for t in removed),
                                 (ox.Quad(t.subject, t.predicate, t.object, view) for t in added))
            merged = self._node(self.iris.graph("merged"))
            reached = touched(self.ox, merged, *delta.get(merged, ((), ())))
            recount(self.ox, self.iris, reached.actors)  # how active the actors it reaches are, and
            relist(self.ox, self.iris, reached.pairs)  # the rows of the pairs it reaches, made again
        else:
            totals = self._refresh_all()
            made = activity(self.ox, self.iris) + listed(self.ox, self.iris)
        self._changed = self._totals = None
        self.ox.extend(self._build_quads(totals, made))

    def _drop_build_node(self) -> None:
        """Remove the build node (and the build graph's own) from the build graph: not current until a refresh
        writes it again. What the build graph holds for the saved queries stays."""
        build, b = self._node(self.iris.graph("build")), self._node(self.iris.build())
        for quad in [q for s in (build, b) for q in self.ox.quads_for_pattern(s, None, None, build)]:
            self.ox.remove(quad)

    def _views(self) -> tuple:
        """The merged, derived and default graphs."""
        return (*(self._node(self.iris.graph(k)) for k in ("merged", "derived")), ox.DefaultGraph())

    def _refresh_all(self) -> Counts:
        """Re-derive the merged and derived graphs from all article graphs; their counts.

        The views are written with the store's bulk loader (new files, no write-ahead log: about three
        times faster, and the snapshot after it a hard link): a build killed before the build graph is
        written leaves views that are not current, and the next build redoes them all."""
        kinds = graph_kinds(self.ox)
        graphs = {g: read_graph(self.ox, g) for g in kinds["article"]}
        merged, derived, build = (self._node(self.iris.graph(k)) for k in ("merged", "derived", "build"))
        for g in (merged, derived, build, *kinds["merged"], *kinds["derived"], *kinds["build"]):
            self.files.drop(g)
            if self.ox.contains_named_graph(g):
                self.ox.remove_graph(g)
        self.files.drop(ox.DefaultGraph())
        view = list(merge(graphs, self.iris))
        merged_quads = [ox.Quad(t.subject, t.predicate, t.object, merged) for t in view]
        self.ox.bulk_extend(merged_quads)
        self.files.write_quads(merged, merged_quads)
        rdf_type = self._node(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))
        quads = {ox.Quad(t.subject, t.predicate, t.object, derived) for t in derive(self.ox, merged)}
        quads |= {ox.Quad(derived, rdf_type, self._node(KG.DerivedGraph), derived),
                  ox.Quad(derived, self._node(PROV.wasDerivedFrom), merged, derived)}
        self.ox.bulk_extend(quads)
        self.files.write_quads(derived, quads)
        view += [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        self._fill_default_graph(view)
        return count_store(self.ox)

    def _fill_default_graph(self, triples: list[ox.Triple]) -> None:
        """Make the default graph the merged view plus the derived facts (a set: shared triples once)."""
        default = ox.DefaultGraph()
        self.files.drop(default)
        self.ox.clear_graph(default)
        quads = {ox.Quad(t.subject, t.predicate, t.object, default) for t in triples}
        self.ox.bulk_extend(quads)
        self.files.write_quads(default, quads)

    def _build_quads(self, counts: Counts, made: list[ox.Triple]) -> list[ox.Quad]:
        """The build graph's own quads: the build node with ``counts``, and the triples ``made`` ahead for the saved
        queries (those kept or patched in place are not among them)."""
        build, merged, derived = (self._node(self.iris.graph(k)) for k in ("build", "merged", "derived"))
        b, n = self._node(self.iris.build()), self._node
        now = build_time().isoformat().replace("+00:00", "Z")
        integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
        rdf_type = n(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))
        triples = [
            (build, rdf_type, n(KG.BuildGraph)),
            (b, rdf_type, n(KG.Build)),
            (b, n(PROV.endedAtTime), ox.Literal(now, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime"))),
            (b, n(KG.softwareVersion), ox.Literal(_version())),
            (b, n(KG.articleCount), ox.Literal(str(counts.articles), datatype=integer)),
            (b, n(PROV.generated), merged),
            (b, n(PROV.generated), derived),
            *((b, n(KG[prop]), ox.Literal(str(value), datatype=integer))
              for prop, value in counts.properties().items()),
        ]
        triples += [(t.subject, t.predicate, t.object) for t in made]
        return [ox.Quad(s, p, o, build) for s, p, o in triples]

    def snapshot(self, path: str | Path) -> None:
        """A read-only copy of the store in the new folder ``path``: a checkpoint, hard links to the store's files."""
        self.ox.backup(str(path))

    def close(self) -> None:
        """Flush and release the on-disk store."""
        if getattr(self, "ox", None) is not None:
            self.ox.flush()
            self.dataset.store.close()
            self.dataset = None  # type: ignore[assignment]
            self.ox = None  # type: ignore[assignment]
