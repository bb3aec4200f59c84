"""Node positions for the HTML views, computed once per export so a page looks the same on every load.

The overview places its most connected entities with networkx's spring layout (seeded); every
other entity is placed next to the first placed neighbour a breadth-first walk from them reaches,
fanned out on a golden-angle spiral, and entities that walk never reaches go on a spiral outside.
That costs time linear in the graph, so positions exist for every entity: an entity added to the
overview later (expanded, or found by search) appears where it will always appear.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Mapping

__all__ = ["overview_positions", "ego_positions", "SEED"]

SEED = 7
SPRING_LIMIT = 400  # networkx lays out larger graphs with scipy, which kg does not need otherwise
_GOLDEN = math.pi * (3 - math.sqrt(5))
_SPACING = 60.0  # pixels between neighbouring nodes, roughly


def overview_positions(order: list[str], neighbours: Mapping[str, Iterable[str]],
                       weight: Mapping[tuple[str, str], int], core_size: int, seed: int = SEED) -> dict[str, tuple[int, int]]:
    """Positions of every id in ``order`` (most connected first).

    The first ``core_size`` (at most ``SPRING_LIMIT``) that have links among them get a spring layout.
    """
    core = order[: max(1, min(core_size, SPRING_LIMIT))] if order else []
    pos = _spring(core, neighbours, weight, seed)
    core = [n for n in core if n in pos]
    radius = max((math.hypot(*p) for p in pos.values()), default=0.0)
    _fan_out(list(core), pos, neighbours)
    outer = 0
    for node in order:  # other components: each grows from its best connected member
        if node in pos:
            continue
        outer += 1
        r = radius + 4 * _SPACING + _SPACING * math.sqrt(outer) * 1.5
        pos[node] = (r * math.cos(outer * _GOLDEN), r * math.sin(outer * _GOLDEN))
        _fan_out([node], pos, neighbours)
    return {n: (round(x), round(y)) for n, (x, y) in pos.items()}


def _spring(core: list[str], neighbours, weight, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout of each connected part of the core, the parts packed around the largest."""
    import networkx as nx

    members = {n: k for k, n in enumerate(core)}
    graph = nx.Graph()
    graph.add_nodes_from(core)  # insertion order fixes the result together with the seed
    for a in core:
        for b in neighbours.get(a, ()):
            if b in members and a < b:
                graph.add_edge(a, b, weight=1 + math.log1p(weight.get((a, b), 1)))
    parts = sorted((sorted(c, key=members.__getitem__) for c in nx.connected_components(graph) if len(c) > 1),
                   key=lambda c: (-len(c), members[c[0]]))
    pos: dict[str, tuple[float, float]] = {}
    placed: list[tuple[float, float, float]] = []  # (x, y, radius) of each part
    for number, part in enumerate(parts):
        radius = _SPACING * (0.5 + 1.3 * math.sqrt(len(part)))
        raw = nx.spring_layout(_ordered_subgraph(graph, part), seed=seed, iterations=150,
                               k=2.2 / math.sqrt(len(part))) if len(part) > 2 else {
            part[0]: (-0.5, 0.0), part[-1]: (0.5, 0.0)}
        cx, cy = _free_spot(placed, radius, number)
        placed.append((cx, cy, radius))
        for n in part:
            pos[n] = (cx + float(raw[n][0]) * radius, cy + float(raw[n][1]) * radius)
    return pos


def _ordered_subgraph(graph, part: list[str]):
    """``graph.subgraph(part)`` with its nodes in ``part``'s order.

    networkx's subgraph view lists its nodes in the order of a set of strings, which changes from
    one Python process to the next (hash randomisation), and the seeded layout with it.
    """
    import networkx as nx

    members = set(part)
    sub = nx.Graph()
    sub.add_nodes_from(part)
    sub.add_edges_from((a, b, data) for a in part for b, data in graph.adj[a].items() if b in members)
    return sub


def _free_spot(placed: list[tuple[float, float, float]], radius: float, number: int) -> tuple[float, float]:
    """The first point on a spiral round the origin where a circle of ``radius`` overlaps no placed one."""
    if not placed:
        return 0.0, 0.0
    step = 0
    while True:
        step += 1
        r, angle = 12.0 * math.sqrt(step) * math.sqrt(number + 1), step * _GOLDEN
        x, y = r * math.cos(angle), r * math.sin(angle)
        if all(math.hypot(x - px, y - py) >= radius + pr + _SPACING / 2 for px, py, pr in placed):
            return x, y


def _fan_out(start: list[str], pos: dict[str, tuple[float, float]], neighbours) -> None:
    """Breadth-first from ``start``: each unplaced neighbour goes on a spiral around the node that reached it."""
    queue = deque(start)
    while queue:
        node = queue.popleft()
        x, y = pos[node]
        base = math.atan2(y, x) if (x or y) else 0.0
        fresh = [n for n in neighbours.get(node, ()) if n not in pos]
        for j, other in enumerate(fresh):
            r = _SPACING * (1.2 + 0.55 * math.sqrt(j))
            angle = base + j * _GOLDEN
            pos[other] = (x + r * math.cos(angle), y + r * math.sin(angle))
            queue.append(other)


def ego_positions(focus: str, ring_order: list[str]) -> dict[str, tuple[int, int]]:
    """The focus at the centre and its neighbours on concentric rings, in ``ring_order``."""
    pos = {focus: (0, 0)}
    ring, index = 1, 0
    while index < len(ring_order):
        radius = 90 + 110 * ring if ring > 1 else 170
        capacity = max(6, int(2 * math.pi * radius / 75))
        members = ring_order[index: index + capacity]
        offset = 0.5 * ring  # stagger the rings so labels do not line up
        for j, node in enumerate(members):
            angle = offset + 2 * math.pi * j / len(members)
            pos[node] = (round(radius * math.cos(angle)), round(radius * math.sin(angle)))
        index += len(members)
        ring += 1
    return pos
