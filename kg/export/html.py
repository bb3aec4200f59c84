"""Interactive HTML views of the entity graph (vis-network, shipped by pyvis), usable offline from file://.

``dest`` is a folder: ``index.html`` links ``overview.html`` (the whole graph, capped at
``max_nodes`` most connected entities), one ego view per main entity (``entity/*.html``) and one
view per article (``article/*.html``). The overview inlines vis-network so it is one standalone
file; the many small views share one copy in ``assets/`` instead of carrying 0.5 MB each.
Article text reaches the page only as JSON read with ``textContent``: markup in it never runs.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from functools import cache
from importlib import resources
from pathlib import Path

from kg.atomic import write_text
from kg.export import register
from kg.export._folder import folder_export
from kg.export.view import SYMMETRIC, Edge, GraphView, graph_view

__all__ = ["to_html", "CLASS_STYLES", "PREDICATE_COLORS"]

# Colour and vis-network shape per entity class: the legend is drawn from this table.
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
}
_TEMPLATE = Path(__file__).with_name("html_view.html")
_PLACEHOLDER = re.compile(r"\{\{(TITLE|SUBTITLE|CAP_NOTE|INDEX_HREF|DATA|VIS_SCRIPT)\}\}")
MANIFEST = ".kg-files"  # the pages the last export wrote: the only ones it may remove
_VIS_JS = "lib/vis-9.1.2/vis-network.min.js"
DEFAULT_MAX_NODES = 300


def _pages(iris, root: str) -> dict[str, str]:
    """A page per IRI under ``root/``; IRIs whose slugs clash (they differ only in case) get numbered pages."""
    pages, used = {}, set()
    for iri in sorted(iris):
        slug = base = _slug(iri, root)
        number = 1
        while slug in used:
            number += 1
            slug = f"{base}-{number}"
        used.add(slug)
        pages[iri] = f"{root}/{slug}.html"
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
    # JSON inside <script>: escape what could close the element or start markup.
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _aggregate(edges: list[Edge]) -> dict[tuple[str, str, str], list[Edge]]:
    """One drawn edge per (predicate, pair); symmetric pairs are unordered."""
    groups: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
    for e in edges:
        s, t = (sorted((e.source, e.target)) if e.predicate in SYMMETRIC else (e.source, e.target))
        groups[(e.predicate, s, t)].append(e)
    return groups


def _page_data(view: GraphView, node_ids: set[str], edges: list[Edge], degree: Counter, pages: dict[str, str],
               focus: str | None, page_root: str) -> dict:
    groups = _aggregate([e for e in edges if e.source in node_ids and e.target in node_ids])
    used_articles = {ev.article for es in groups.values() for e in es for ev in e.evidence}
    nodes = [{"id": i, "label": view.nodes[i].label, "cls": view.nodes[i].cls, "aliases": list(view.nodes[i].aliases),
              "degree": degree[i], "focus": i == focus, "page": pages.get(i)} for i in sorted(node_ids)]
    drawn = [{"id": f"e{n}", "source": s, "target": t, "predicate": p, "directed": p not in SYMMETRIC,
              "sourceLabel": view.nodes[s].label, "targetLabel": view.nodes[t].label,
              "derived": all(e.derived for e in es),
              "events": [{"kind": e.kind, "date": e.date, "mode": e.mode, "place": e.place, "role": e.role,
                          "rule": e.rule if e.derived else None,
                          "modality": e.modality, "confidence": e.confidence,
                          "evidence": [{"sentence": v.sentence, "article": v.article} for v in e.evidence]}
                         for e in sorted(es, key=lambda e: (e.date or "", e.iri))]}
             for n, ((p, s, t), es) in enumerate(sorted(groups.items()))]
    return {
        "nodes": nodes, "edges": drawn, "styles": CLASS_STYLES, "predColors": PREDICATE_COLORS,
        "symmetric": sorted(SYMMETRIC), "pageRoot": page_root,
        "classesPresent": [c for c in CLASS_STYLES if any(n["cls"] == c for n in nodes)],
        "predicatesPresent": sorted({d["predicate"] for d in drawn}),
        "articles": {a: {"title": view.articles[a].title, "date": view.articles[a].date, "source": view.articles[a].source}
                     for a in sorted(used_articles) if a in view.articles},
    }


def _render(data: dict, *, title: str, subtitle: str, cap_note: str, depth: int, inline: bool) -> str:
    up = "../" * depth
    vis = (f"<script>{_vis_js()}</script>" if inline
           else f'<script src="{up}assets/vis-network.min.js"></script>')
    fill = {"TITLE": html.escape(title), "SUBTITLE": html.escape(subtitle), "CAP_NOTE": html.escape(cap_note),
            "INDEX_HREF": f"{up}index.html", "DATA": _script_json(data), "VIS_SCRIPT": vis}
    # One pass over the template: text put in is never searched for placeholders itself.
    return _PLACEHOLDER.sub(lambda m: fill[m.group(1)], _template())


@cache
def _template() -> str:
    return _TEMPLATE.read_text("utf-8")


def _cap(ids: set[str], degree: Counter, limit: int, keep: str | None = None) -> set[str]:
    if len(ids) <= limit:
        return ids
    ranked = sorted(ids - {keep}, key=lambda i: (-degree[i], i))[: limit - (keep is not None)]
    return set(ranked) | ({keep} if keep else set())


def _cap_note(shown: int, total: int) -> str:
    if shown >= total:
        return ""
    return (f"Showing the {shown} most connected of {total} entities (edges among them only); "
            "raise html_max_nodes to see more.")


def write_views(view: GraphView, dest: Path, *, max_nodes: int = DEFAULT_MAX_NODES) -> list[Path]:
    """Write index.html, overview.html and the ego/article views of ``view`` into ``dest``."""
    edges = list(view.edges)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        neighbours[e.source].add(e.target)
        neighbours[e.target].add(e.source)
    degree = Counter({i: len(n) for i, n in neighbours.items()})
    main = sorted(_cap(set(neighbours), degree, max_nodes), key=lambda i: (-degree[i], view.nodes[i].label))
    pages = _pages(main, "entity")
    written = [write_text(dest / "assets" / "vis-network.min.js", _vis_js())]

    all_ids = set(view.nodes)
    shown = _cap(all_ids, degree, max_nodes)
    note = _cap_note(len(shown), len(all_ids))
    written.append(write_text(dest / "overview.html", _render(
        _page_data(view, shown, edges, degree, pages, None, ""), title="Overview",
        subtitle=f"{len(all_ids)} entities, {len(edges)} relations from {len(view.articles)} articles",
        cap_note=note, depth=0, inline=True)))
    for i in main:
        ego = _cap({i} | neighbours[i], degree, max_nodes, keep=i)
        node = view.nodes[i]
        written.append(write_text(dest / pages[i], _render(
            _page_data(view, ego, edges, degree, pages, i, "../"), title=node.label,
            subtitle=f"{node.cls}: {len(neighbours[i])} neighbours", cap_note=_cap_note(len(ego), len(neighbours[i]) + 1),
            depth=1, inline=False)))
    by_article: dict[str, list[Edge]] = defaultdict(list)
    for e in edges:
        for a in {ev.article for ev in e.evidence}:
            by_article[a].append(e)
    article_pages = _pages(sorted(view.articles), "article")
    for a, info in sorted(view.articles.items()):
        a_edges = by_article.get(a, [])
        ids = {x for e in a_edges for x in (e.source, e.target)}
        kept = _cap(ids, degree, max_nodes)
        written.append(write_text(dest / article_pages[a], _render(
            _page_data(view, kept, a_edges, degree, pages, None, "../"), title=info.title,
            subtitle=" \u2014 ".join(x for x in (info.date, info.source) if x), cap_note=_cap_note(len(kept), len(ids)),
            depth=1, inline=False)))
    written.append(write_text(dest / "index.html", _index(view, main, pages, article_pages, degree, note)))
    _remove_stale(dest, written)
    return written


def _index(view: GraphView, main: list[str], pages: dict, article_pages: dict, degree: Counter, note: str) -> str:
    esc = html.escape
    by_class: dict[str, list[str]] = defaultdict(list)
    for i in main:
        by_class[view.nodes[i].cls].append(i)
    parts = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Knowledge graph</title>",
             "<style>body{font:15px/1.5 system-ui,sans-serif;margin:2em;max-width:60em}li{margin:2px 0}"
             ".n{color:#666;font-size:13px}</style></head><body><h1>Knowledge graph</h1>",
             f"<p><a href='overview.html'>Overview of the whole graph</a> <span class='n'>"
             f"{len(view.nodes)} entities, {len(view.edges)} relations, {len(view.articles)} articles. {esc(note)}</span></p>"]
    parts.append("<h2>Entities</h2>")
    for cls in CLASS_STYLES:
        if by_class.get(cls):
            parts.append(f"<h3>{esc(cls)}</h3><ul>" + "".join(
                f"<li><a href='{pages[i]}'>{esc(view.nodes[i].label)}</a> <span class='n'>{degree[i]} link(s)</span></li>"
                for i in by_class[cls]) + "</ul>")
    parts.append("<h2>Articles</h2><ul>")
    for a, info in sorted(view.articles.items(), key=lambda kv: (kv[1].date or "", kv[1].title)):
        meta = " \u2014 ".join(esc(x) for x in (info.date, info.source) if x)
        parts.append(f"<li><a href='{article_pages[a]}'>{esc(info.title)}</a> <span class='n'>{meta}</span></li>")
    parts.append("</ul></body></html>\n")
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


@register("html", description="interactive HTML views (a folder: index.html, overview, ego and article views)")
def to_html(dataset, dest: Path | None = None, *, max_nodes: int | None = None, config=None, **_options) -> bytes | None:
    """Write the HTML views of ``dataset`` into the folder ``dest`` (a zip archive's bytes when ``dest`` is None)."""
    limit = max_nodes or (config.html_max_nodes if config is not None else DEFAULT_MAX_NODES)
    return folder_export(dest, lambda folder: write_views(graph_view(dataset), folder, max_nodes=limit))
