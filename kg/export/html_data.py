"""The data each HTML view reads: plain dicts, turned into JSON by kg.export.html.

Every string here comes from the graph (article text included) and stays data: the pages insert
it with ``textContent``, never as markup. Sizes stay linear in the graph: an event is written on
the data files of its two entities and on the pages of its articles, the overview carries only
the edges it draws (with their dates, not their events), the search index one row per entity and
the article table one row per article. To keep that small, an event's evidence is ``[sentence,
article key, start, end]`` (the key indexes the article table, ``data/articles.js``), written
once per entity file (``sentences``; events hold indices into it), and an entity's edges and
events name the counterpart by its index in the entity's ``neighbours``. Facts a rule derived
are on entity pages only: an article page lists what the article states.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from kg.export.view import SYMMETRIC, ArticleInfo, Edge, GraphView

__all__ = ["Site", "event_json", "overview_data", "entity_data", "article_data", "index_rows", "article_table",
           "group_edges", "anchor"]

EVIDENCE_PER_EVENT = 20  # sentences kept per event (a rule-made event can gather hundreds)
EXPAND_LIMIT = 200  # neighbours one "expand" adds to the overview


@dataclass
class Site:
    """What every view needs to know about the others: pages, degrees and positions."""

    view: GraphView
    degree: dict[str, int]
    neighbours: dict[str, list[str]]  # most connected first
    pages: dict[str, str]  # entity IRI -> "entity/x.html" (its data file: "entity/x.js")
    article_pages: dict[str, str]  # article IRI -> "article/x.html"
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    by_entity: dict[str, list[Edge]] = field(default_factory=dict)
    by_article: dict[str, list[Edge]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # every entity, most connected first
    weight: dict[tuple[str, str], int] = field(default_factory=dict)  # events per unordered pair
    mentioned_in: dict[str, list[str]] = field(default_factory=dict)  # entity -> articles, oldest first
    article_keys: dict[str, str] = field(default_factory=dict)  # article IRI -> short key, the same on every page
    article_iris: dict[str, str] = field(default_factory=dict)  # and back
    event_fields: dict[tuple, dict] = field(default_factory=dict)  # (event, agent, target) -> its fields, once


def anchor(start: int | None, end: int | None) -> str:
    """The id of an evidence sentence on its article page."""
    return f"e-{start}-{end}" if start is not None and end is not None else ""


def _drop_empty(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None and v != "" and v is not False}


def event_json(e: Edge, site: Site, table: dict[tuple, int] | None = None) -> dict:
    """One relation event: what happened, when, its codes, and the sentences that state it.

    With a ``table``, each sentence is its index there (added when new): a sentence that states
    several events, or an event and the facts derived from it, is written once per file.
    """
    keys, evidence = site.article_keys, []
    for v in e.evidence[:EVIDENCE_PER_EVENT]:
        item = (v.sentence, keys.get(v.article, v.article), v.start, v.end)
        evidence.append(list(item) if table is None else table.setdefault(item, len(table)))
    more = len(e.evidence) - EVIDENCE_PER_EVENT
    return {**_event_fields(e, site), "evidence": evidence, **({"moreEvidence": more} if more > 0 else {})}


def _event_fields(e: Edge, site: Site) -> dict:
    """What an event shows besides its evidence: made once per event, which two entity pages and
    the pages of its articles all show."""
    key = (e.iri, e.source, e.target)
    found = site.event_fields.get(key)
    if found is None:
        found = site.event_fields[key] = _drop_empty({
            "predicate": e.predicate, "kind": e.kind if e.kind != "Relation" else None, "date": e.date,
            "dateSource": e.date_source, "plover": e.plover, "ploverMode": e.plover_mode,
            "ploverContext": e.plover_context, "cameo": e.cameo, "agentCode": e.agent_code,
            "targetCode": e.target_code, "agentText": e.agent_text, "targetText": e.target_text, "mode": e.mode,
            "place": e.place, "role": e.role, "modality": e.modality if e.modality != "asserted" else None,
            "confidence": e.confidence, "rule": e.rule if e.derived else None, "derived": e.derived})
    return found


def group_edges(edges) -> dict[tuple[str, str, str], list[Edge]]:
    """One drawn edge per (predicate, pair); symmetric pairs are unordered."""
    groups: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
    for e in edges:
        s, t = (sorted((e.source, e.target)) if e.predicate in SYMMETRIC else (e.source, e.target))
        groups[(e.predicate, s, t)].append(e)
    return groups


def _by_date(e: Edge) -> tuple:
    return (e.date is None, e.date or "", e.predicate, e.iri, e.source, e.target)


def _articles(site: Site, keys) -> dict[str, dict]:
    out = {}
    for key in sorted(set(keys)):
        info = site.view.articles.get(site.article_iris.get(key, ""))
        if info is not None:
            out[key] = _drop_empty({"title": info.title, "date": info.date, "source": info.source, "url": info.url,
                                    "page": site.article_pages.get(info.iri)})
    return out


def _node(site: Site, i: str, **extra) -> dict:
    n = site.view.nodes[i]
    x, y = site.positions.get(i, (0, 0))
    return {"id": i, "label": n.label, "cls": n.cls, "degree": site.degree.get(i, 0), "page": site.pages.get(i),
            "x": x, "y": y, **extra}


def _curves(keys) -> dict[tuple[str, str, str], int]:
    """Parallel edges between one pair get different curvatures so each stays clickable."""
    seen: dict[frozenset, int] = defaultdict(int)
    out = {}
    for key in keys:
        pair = frozenset(key[1:])
        out[key] = seen[pair]
        seen[pair] += 1
    return out


def overview_data(site: Site, shown: set[str], max_edges: int) -> tuple[dict, int]:
    """The overview's nodes and at most ``max_edges`` of the edges among them (the most reported first).

    An edge carries its dates (for the date filter) but not its events: a click reads them from
    the data file of one of its entities, so the overview stays small at any scale.
    """
    groups = group_edges(e for e in site.view.edges if e.source in shown and e.target in shown)
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    kept = sorted(ranked[:max_edges])
    curves = _curves(k for k, _ in kept)
    edges = []
    for (p, s, t), events in kept:
        events = sorted(events, key=_by_date)
        edges.append({"source": s, "target": t, "predicate": p, "directed": p not in SYMMETRIC,
                      "sourceLabel": site.view.nodes[s].label, "targetLabel": site.view.nodes[t].label,
                      "derived": all(e.derived for e in events), "n": len(events), "curve": curves[(p, s, t)],
                      "dates": [e.date or "" for e in events]})
    nodes = [_node(site, i, aliases=list(site.view.nodes[i].aliases))
             for i in sorted(shown, key=lambda i: (-site.degree.get(i, 0), i))]
    return {"kind": "overview", "nodes": nodes, "edges": edges}, len(groups)


def entity_data(site: Site, focus: str, max_nodes: int) -> dict:
    """An entity's codes, aliases, neighbourhood (at most ``max_nodes`` drawn) and every event it takes part in."""
    from kg.export.html_layout import ego_positions

    node = site.view.nodes[focus]
    own = site.by_entity.get(focus, [])
    groups = group_edges(own)
    weight: dict[str, int] = defaultdict(int)
    for (_, s, t), es in groups.items():
        weight[t if s == focus else s] += len(es)
    ranked = sorted(weight, key=lambda i: (-weight[i], -site.degree.get(i, 0), i))
    position = {i: k for k, i in enumerate(ranked)}
    drawn = ranked[: max(0, max_nodes - 1)]
    ego = ego_positions(focus, drawn)
    events = sorted(own, key=_by_date)
    index = {(e.iri, e.source, e.target): n for n, e in enumerate(events)}

    def direction(predicate: str, source: str) -> str:
        return "both" if predicate in SYMMETRIC else ("out" if source == focus else "in")

    kept = sorted(groups.items())
    curves = _curves(k for k, _ in kept)
    edges = [{"p": p, "o": position[t if s == focus else s], "dir": direction(p, s), "curve": curves[(p, s, t)],
              "ev": [index[(e.iri, e.source, e.target)] for e in sorted(es, key=_by_date)]}
             for (p, s, t), es in kept]
    table: dict[tuple, int] = {}
    rows = []
    for e in events:
        row = event_json(e, site, table)
        row["o"], row["dir"] = position[e.target if e.source == focus else e.source], direction(e.predicate, e.source)
        code = e.target_code if e.source == focus else e.agent_code  # the counterpart's actor code
        if code:
            row["oc"] = code
        rows.append(row)
    codes = sorted({c for e in own for c, who in ((e.agent_code, e.source), (e.target_code, e.target))
                    if c and who == focus})
    mentioned = [site.article_keys[a] for a in site.mentioned_in.get(focus, [])]
    neighbours = [_node(site, i, weight=weight[i], **({"ex": ego[i][0], "ey": ego[i][1]} if i in ego else {}))
                  for i in ranked]
    return {
        "kind": "entity", "focus": _node(site, focus, ex=0, ey=0, aliases=list(node.aliases)), "iso3166": node.iso3166,
        "actorCode": node.actor_code, "codes": codes, "neighbours": neighbours, "drawn": len(drawn), "edges": edges,
        "events": rows, "sentences": [list(item) for item in table], "mentionedIn": mentioned,
        "expandLimit": EXPAND_LIMIT,
    }


# --- the article reader ---------------------------------------------------------------------------

# What one or two characters between two sentences are: ingestion joins paragraphs with a blank line.
_JOINS = {1: " ", 2: "\n\n"}
_WORD = re.compile(r"\w+")


def _known_text(info: ArticleInfo, spans: list[tuple[int, int, str]]) -> list[list]:
    """Runs ``[start, text]`` of the article: the whole body if the graph holds it, else its evidence sentences."""
    if info.body:
        return [[0, info.body]]
    runs: list[list] = []
    for start, end, sentence in sorted(spans):
        if len(sentence) != end - start:
            continue  # offsets that do not fit the text cannot be placed
        last_end = runs[-1][0] + len(runs[-1][1]) if runs else None
        if last_end is not None and start - last_end in _JOINS:  # the next sentence or paragraph
            runs[-1][1] += _JOINS[start - last_end]
            last_end = start
        if last_end is not None and start <= last_end:
            if end > last_end:
                runs[-1][1] += sentence[last_end - start:]
        else:
            runs.append([start, sentence])
    return runs


def _names(site: Site, ids) -> dict[str, str]:
    """Name or alias -> entity: labels win over aliases, then the more connected entity."""
    found: dict[str, tuple] = {}
    for i in ids:
        n = site.view.nodes[i]
        for rank, name in [(0, n.label)] + [(1, a) for a in n.aliases]:
            if len(name) < 2:
                continue
            key = (rank, -site.degree.get(i, 0), i)
            if name not in found or key < found[name][0]:
                found[name] = (key, i)
    return {name: i for name, (_, i) in found.items()}


def _mentions(runs: list[list], names: dict[str, str], entity_index: dict[str, int]) -> list[list[int]]:
    """``[start, end, entity]`` of every whole-word occurrence of a name, longest first, left to right."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in names:
        first = _WORD.match(name)
        if first:
            by_first[first.group()].append(name)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)
    found: list[list[int]] = []
    for start, text in runs:
        taken = 0
        for word in _WORD.finditer(text):
            at = word.start()
            if at < taken:
                continue
            for name in by_first.get(word.group(), ()):
                end = at + len(name)
                if text.startswith(name, at) and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                    found.append([start + at, start + end, entity_index[names[name]]])
                    taken = end
                    break
    return found


def article_data(site: Site, a: str) -> dict:
    """An article's text (or what the graph keeps of it), its mentions, relation sentences and events."""
    info = site.view.articles[a]

    def first_offset(e: Edge) -> int:
        return min((v.start or 0 for v in e.evidence if v.article == a), default=0)

    # what the article states: facts a rule derived from them are on the entity pages
    events = sorted((e for e in site.by_article.get(a, []) if not e.derived), key=lambda e: (first_offset(e), _by_date(e)))
    spans = {(v.start, v.end, v.sentence) for e in events for v in e.evidence
             if v.article == a and v.start is not None and v.end is not None}
    runs = _known_text(info, list(spans))
    nodes = site.view.nodes
    ids = sorted({i for i in info.mentions if i in nodes} | {x for e in events for x in (e.source, e.target)},
                 key=lambda i: (nodes[i].cls, nodes[i].label, i))
    entity_index = {i: n for n, i in enumerate(ids)}
    sentences: dict[tuple[int, int], list[int]] = defaultdict(list)
    rows = []
    for number, e in enumerate(events):
        own = [v for v in e.evidence if v.article == a and v.start is not None and v.end is not None]
        for v in own:
            sentences[(v.start, v.end)].append(number)
        rows.append({**event_json(e, site), "evidence": [], "source": entity_index[e.source],
                     "target": entity_index[e.target], "directed": e.predicate not in SYMMETRIC,
                     "anchors": [anchor(v.start, v.end) for v in own]})
    return {
        "kind": "article", "id": a, "title": info.title, "date": info.date, "source": info.source, "url": info.url,
        "file": info.file, "full": bool(info.body), "runs": runs,
        "sentences": [{"id": anchor(s, t), "start": s, "end": t, "events": ev} for (s, t), ev in sorted(sentences.items())],
        "mentions": _mentions(runs, _names(site, ids), entity_index),
        "entities": [{"label": nodes[i].label, "cls": nodes[i].cls, "page": site.pages.get(i)} for i in ids],
        "events": rows,
    }


def index_rows(site: Site) -> dict:
    """The search index: one row per entity, most connected first (its data file is its page's, ending .js)."""
    rows = []
    for i in site.order:
        n = site.view.nodes[i]
        x, y = site.positions.get(i, (0, 0))
        rows.append([i, n.label, n.cls, site.degree.get(i, 0), site.pages.get(i), x, y, list(n.aliases)])
    return {"columns": ["id", "label", "cls", "degree", "page", "x", "y", "aliases"], "rows": rows}


def article_table(site: Site) -> dict[str, dict]:
    """Every article by its short key: title, date, source, URL and page."""
    return _articles(site, site.article_iris)
