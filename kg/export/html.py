"""An HTML explorer of the graph (vis-network, shipped by pyvis), usable offline from file://.

``dest`` is a folder::

    index.html            entities by class, articles by date, search over every entity
    overview.html         the ``max_nodes`` most connected entities at fixed positions; expand and search add others
    entity/<x>.html, .js  one page per entity: codes, aliases, neighbourhood, timeline of its events
    article/<x>.html      the article reader: its text, mentions by class, the sentences that state relations
    data/entities.js      the search index (one row per entity, with its position)
    data/articles.js      title, date, source and page of every article, for the evidence on entity pages
    assets/               vis-network, explorer.js and explorer.css, shared by every page

Positions are computed here, once (kg.export.html_layout), so the layout is the same on every
load. Text from articles reaches a page only as JSON data inserted with ``textContent``: markup
in it never runs. Sizes grow with entities plus articles (see kg.export.html_data).
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from kg.atomic import write_bytes, write_text
from kg.export import register
from kg.export._folder import folder_export
from kg.export.html_data import Site, article_data, article_table, entity_data, index_rows, overview_data
from kg.export.html_layout import overview_positions
from kg.export.view import SYMMETRIC, Edge, GraphView, graph_view

__all__ = ["to_html", "write_views", "counts_text", "CLASS_STYLES", "PREDICATE_COLORS"]

# Colour and vis-network shape per entity class: the legend and the reader's highlights come from this table.
CLASS_STYLES = {
    "Person": {"color": "#f4a261", "shape": "dot"},
    "Country": {"color": "#2a9d8f", "shape": "diamond"},
    "Organization": {"color": "#8ab17d", "shape": "square"},
    "Place": {"color": "#e9c46a", "shape": "triangle"},
    "Event": {"color": "#e76f51", "shape": "star"},
    "Document": {"color": "#a8dadc", "shape": "box"},
    "Policy": {"color": "#b5838d", "shape": "hexagon"},
}
PREDICATE_COLORS = {
    "meets": "#264653", "visits": "#6d597a", "holdsPosition": "#adb5bd", "memberOf": "#868e96",
    "supports": "#2b9348", "opposes": "#d00000", "criticizes": "#e85d04", "praises": "#52b788",
    "congratulates": "#4cc9f0", "cooperatesWith": "#4361ee", "urges": "#b5179e", "sanctions": "#6a040f",
    "agrees": "#1b998b", "demands": "#9d4edd", "threatens": "#ae2012", "protests": "#ca6702",
    "mobilizes": "#5f0f40", "coerces": "#9b2226", "attacks": "#370617", "aids": "#38b000",
    "concedes": "#577590", "investigates": "#7f5539",
}
_HERE = Path(__file__).parent
_TEMPLATE = _HERE / "html_view.html"
_ASSETS = ("explorer.js", "explorer.css")
_PLACEHOLDER = re.compile(r"\{\{(TITLE|SUBTITLE|CAP_NOTE|INDEX_HREF|DATA|VIS_SCRIPT|ROOT|KIND)\}\}")
MANIFEST = ".kg-files"  # the pages the last export wrote: the only ones it may remove
_VIS_JS = "lib/vis-9.1.2/vis-network.min.js"
DEFAULT_MAX_NODES = 300
DEFAULT_MAX_EDGES = 2000


def _pages(iris, root: str, suffix: str = ".html") -> dict[str, str]:
    """A page per IRI under ``root/``; IRIs whose slugs clash (they differ only in case) get numbered pages."""
    pages, used = {}, set()
    for iri in sorted(iris):
        slug = base = _slug(iri, root)
        number = 1
        while slug in used:
            number += 1
            slug = f"{base}-{number}"
        used.add(slug)
        pages[iri] = f"{root}/{slug}{suffix}"
    return pages


def _slug(iri: str, root: str) -> str:
    tail = iri.split(f"/{root}/", 1)[-1] if f"/{root}/" in iri else iri.rsplit("/", 1)[-1]
    return re.sub(r"[^a-z0-9]+", "-", tail.lower()).strip("-")[:80] or "x"


def _vis_js() -> str:
    # Found without importing pyvis: its package imports IPython, which kg's lean install leaves out.
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        from kg.errors import ExportError

        raise ExportError("the HTML views need the vis-network script of pyvis: pip install --no-deps pyvis==0.3.2")
    return Path(next(iter(spec.submodule_search_locations)), _VIS_JS).read_text("utf-8")


def _script_json(obj) -> str:
    # JSON inside <script> or a .js file: escape what could close the element, start markup or end a JS line.
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _data_file(path: str, obj) -> str:
    """A data file a page loads with <script src> (fetch() is refused on file://)."""
    return f"(window.kgFiles = window.kgFiles || {{}})[{json.dumps(path)}] = {_script_json(obj)};\n"


def _common() -> dict:
    return {"styles": CLASS_STYLES, "predColors": PREDICATE_COLORS, "symmetric": sorted(SYMMETRIC)}


def _render(data: dict, *, title: str, subtitle: str, cap_note: str, depth: int, inline: bool = False,
            kind: str = "graph", vis: bool = True) -> str:
    up = "../" * depth
    script = ""
    if vis:
        script = f"<script>{_vis_js()}</script>" if inline else f'<script src="{up}assets/vis-network.min.js"></script>'
    fill = {"TITLE": html.escape(title), "SUBTITLE": html.escape(subtitle), "CAP_NOTE": html.escape(cap_note),
            "INDEX_HREF": f"{up}index.html", "DATA": _script_json(data), "VIS_SCRIPT": script, "ROOT": up,
            "KIND": html.escape(kind)}
    # One pass over the template: text put in is never searched for placeholders itself.
    return _PLACEHOLDER.sub(lambda m: fill[m.group(1)], _template())


@cache
def _template() -> str:
    return _TEMPLATE.read_text("utf-8")


def _cap_note(shown: int, total: int, connected: int | None = None) -> str:
    if shown >= total:
        return ""
    if connected is not None and shown >= connected:
        return f"Showing the {shown} entities that have relations; search finds all {total}."
    return (f"Showing the {shown} most connected of {total} entities (edges among them only); "
            "expand a node or search to add others, or raise html_max_nodes.")


def _write(dest: Path, text: str) -> Path:
    """Write ``text`` to ``dest`` unless it already holds it: a rebuild rewrites only the pages that changed."""
    data = text.encode("utf-8")
    try:
        if dest.stat().st_size == len(data) and dest.read_bytes() == data:
            return dest
    except OSError:
        pass
    return write_bytes(dest, data)


def _site(view: GraphView) -> Site:
    if any(e.source == e.target for e in view.edges):  # graph_view makes none; an entity is not its own neighbour
        view = GraphView(view.nodes, tuple(e for e in view.edges if e.source != e.target), view.articles)
    by_entity: dict[str, list[Edge]] = defaultdict(list)
    by_article: dict[str, list[Edge]] = defaultdict(list)
    linked: dict[str, set[str]] = defaultdict(set)
    weight: Counter = Counter()
    for e in view.edges:
        by_entity[e.source].append(e)
        by_entity[e.target].append(e)
        linked[e.source].add(e.target)
        linked[e.target].add(e.source)
        weight[tuple(sorted((e.source, e.target)))] += 1
        for a in {v.article for v in e.evidence}:
            by_article[a].append(e)
    degree = {i: len(n) for i, n in linked.items()}
    rank = {i: (-degree.get(i, 0), i) for i in view.nodes}
    neighbours = {i: sorted(n, key=rank.__getitem__) for i, n in linked.items()}
    order = sorted(view.nodes, key=rank.__getitem__)
    mentioned: dict[str, list[str]] = defaultdict(list)
    for a, info in sorted(view.articles.items(), key=lambda kv: (kv[1].date or "", kv[0])):
        for i in info.mentions:
            mentioned[i].append(a)
    return Site(view, degree, neighbours, _pages(view.nodes, "entity"), _pages(view.articles, "article"),
                by_entity=by_entity, by_article=by_article, order=order, weight=weight, mentioned_in=mentioned,
                article_keys={a: str(n) for n, a in enumerate(sorted(view.articles))},
                article_iris={str(n): a for n, a in enumerate(sorted(view.articles))})


def counts_text(view: GraphView, counts=None) -> str:
    """The build's named counts (kg.graph.counts), as the build summary and ``kg stats`` print them.

    Without ``counts`` (a view made by hand), the ones the view itself holds, under the same names.
    """
    if counts is not None:
        return counts.text
    stated = [e for e in view.edges if not e.derived]
    return (f"{len(view.articles)} articles: {len(view.nodes)} entities, {len({e.iri for e in stated})} events "
            f"({len({(e.predicate, e.source, e.target) for e in stated})} distinct subject-predicate-object facts), "
            f"{len({e.iri for e in view.edges if e.derived})} derived events")


def write_views(view: GraphView, dest: Path, *, max_nodes: int = DEFAULT_MAX_NODES,
                max_edges: int = DEFAULT_MAX_EDGES, counts=None) -> list[Path]:
    """Write the index, the overview, a page per entity and per article, and the shared assets into ``dest``.

    ``counts`` (a kg.graph.counts.Counts) names what the graph holds on the index and the overview.
    """
    site = _site(view)
    order = site.order
    site.positions = overview_positions(order, site.neighbours, site.weight, max_nodes)
    written = [_write(dest / "assets" / "vis-network.min.js", _vis_js())]
    written += [_write(dest / "assets" / name, (_HERE / "html_assets" / name).read_text("utf-8")) for name in _ASSETS]
    written.append(_write(dest / "data" / "entities.js", _data_file("data/entities.js", index_rows(site))))
    written.append(_write(dest / "data" / "articles.js", _data_file("data/articles.js", article_table(site))))

    shown = set([i for i in order if site.degree.get(i)][:max_nodes])  # entities without relations: by search
    data, pairs = overview_data(site, shown, max_edges)
    note = _cap_note(len(shown), len(view.nodes), len(site.degree))
    if len(data["edges"]) < pairs:
        note = (note + " " if note else "") + (f"Drawing the {len(data['edges'])} most reported of {pairs} links "
                                               "among them; raise html_max_edges to see more.")
    subtitle = counts_text(view, counts)
    written.append(_write(dest / "overview.html", _render(
        {**data, **_common(), "root": ""}, title="Overview", subtitle=subtitle,
        cap_note=note, depth=0, kind="overview")))
    for i in order:
        node = view.nodes[i]
        payload, data_file = entity_data(site, i, max_nodes), site.pages[i][: -len(".html")] + ".js"
        written.append(_write(dest / data_file, _data_file(data_file, payload)))
        drawn, neighbours = payload["drawn"], len(payload["neighbours"])
        cap = (f"Drawing the {drawn} most linked of {neighbours} neighbours; the timeline lists every event."
               if drawn < neighbours else "")
        written.append(_write(dest / site.pages[i], _render(
            {"kind": "entity", "root": "../", "file": data_file, **_common()}, title=node.label,
            subtitle=f"{node.cls}: {neighbours} neighbours, {len(site.by_entity.get(i, ()))} events", cap_note=cap,
            depth=1, kind="entity")))
    for a, info in sorted(view.articles.items()):
        written.append(_write(dest / site.article_pages[a], _render(
            {**article_data(site, a), **_common(), "root": "../"}, title=info.title,
            subtitle=" \u2014 ".join(x for x in (info.date, info.source) if x), cap_note="", depth=1, kind="article",
            vis=False)))
    written.append(_write(dest / "index.html", _index(site, order[:max_nodes], note, subtitle)))
    _remove_stale(dest, written)
    return written


def _index(site: Site, main: list[str], note: str, counts: str) -> str:
    esc, view = html.escape, site.view
    by_class: dict[str, list[str]] = defaultdict(list)
    for i in main:
        by_class[view.nodes[i].cls].append(i)
    parts = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
             "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; script-src 'self' 'unsafe-inline'; "
             "style-src 'self' 'unsafe-inline'; img-src data:; connect-src 'none'\">",
             "<title>Knowledge graph</title><link rel='stylesheet' href='assets/explorer.css'></head>",
             "<body class='kind-index'><div class='page'><h1>Knowledge graph</h1>",
             f"<p><a href='overview.html'>Overview of the whole graph</a> <span class='n'>"
             f"{esc(counts)}. {esc(note)}</span></p>",
             "<div id='controls'></div>"]
    parts.append("<h2>Entities</h2><p class='n'>The most connected; search above reaches every entity.</p>")
    for cls in CLASS_STYLES:
        if by_class.get(cls):
            parts.append(f"<h3>{esc(cls)}</h3><ul class='cols'>" + "".join(
                f"<li><a href='{site.pages[i]}'>{esc(view.nodes[i].label)}</a> "
                f"<span class='n'>{site.degree.get(i, 0)} link(s)</span></li>" for i in by_class[cls]) + "</ul>")
    parts.append("<h2>Articles</h2><ul id='articles'>")
    for a, info in sorted(view.articles.items(), key=lambda kv: (kv[1].date or "", kv[1].title, kv[0])):
        meta = " \u2014 ".join(esc(x) for x in (info.date, info.source) if x)
        parts.append(f"<li data-date='{esc(info.date or '')}'><a href='{site.article_pages[a]}'>{esc(info.title)}</a> "
                     f"<span class='n'>{meta or 'undated'}</span></li>")
    data = _script_json({"kind": "index", "root": "", **_common()})
    parts.append(f"</ul></div><script type='application/json' id='kg-data'>{data}</script>"
                 "<script src='assets/explorer.js'></script></body></html>\n")
    return "".join(parts)


def _remove_stale(dest: Path, written: list[Path]) -> None:
    """Remove the pages the last export wrote and this one did not; files kg did not write stay."""
    names = sorted(p.relative_to(dest).as_posix() for p in written)
    try:
        before = (dest / MANIFEST).read_text("utf-8").splitlines()
    except OSError:
        before = []
    keep = set(names)
    stale = [name for name in before if name not in keep and not Path(name).is_absolute() and ".." not in Path(name).parts]
    if stale:  # recorded until removed, so a build killed in between still removes them next time
        write_text(dest / MANIFEST, "".join(f"{name}\n" for name in sorted(keep | set(stale))))
        for name in stale:
            (dest / name).unlink(missing_ok=True)
    write_text(dest / MANIFEST, "".join(f"{name}\n" for name in names))


@register("html", description="an HTML explorer (a folder: index, overview, entity timelines, article reader)")
def to_html(dataset, dest: Path | None = None, *, max_nodes: int | None = None, max_edges: int | None = None,
            config=None, **_options) -> bytes | None:
    """Write the HTML views of ``dataset`` into the folder ``dest`` (a zip archive's bytes when ``dest`` is None).

    Limits come from ``max_nodes``/``max_edges``, else from ``config``, else from the settings
    file (``[tool.kg]`` of pyproject.toml), so ``kg build``, ``kg export`` and ``kg remove`` agree.
    """
    if config is None:
        from kg.config import load_config

        config = load_config()
    from kg.graph.counts import read_counts
    from kg.graph.store import graph_kinds
    from kg.graph.view import ox_store

    nodes = max_nodes or config.html_max_nodes
    edges = max_edges or config.html_max_edges
    store = ox_store(dataset)  # a build's counts as its build node records them; a lone article graph has none
    counts = read_counts(store) if graph_kinds(store)["merged"] else None
    return folder_export(dest, lambda folder: write_views(graph_view(dataset), folder, max_nodes=nodes,
                                                          max_edges=edges, counts=counts))
