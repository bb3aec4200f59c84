"""How big is the HTML explorer and how fast does its overview open? Two measurements:

    python benchmarks/bench_html.py --articles 300 --entities 10000 --relations 100000

1. A build of ``--articles`` generated articles (the corpus generator of bench_build.py): the
   size of html/ (bytes and files) and the time of the HTML export alone.
2. A synthetic graph of ``--entities`` entities and ``--relations`` relation events (skewed
   degrees, dates over five years, a third undated, one or two evidence sentences from one of
   ``--relations``/30 articles whose text is the graph's): the export's time and size, and the
   first paint of its overview in headless Chromium (from navigation start to vis-network's
   first drawing, median of three loads from file://).

``--articles 0`` or ``--entities 0`` skips a part. Without Chromium (/usr/bin/chromium) and
Playwright the first paint is not measured.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
CLASSES = [("Country", 0.25), ("Person", 0.35), ("Organization", 0.2), ("Place", 0.08), ("Policy", 0.08),
           ("Event", 0.02), ("Document", 0.02)]
PREDICATES = ["meets", "visits", "supports", "opposes", "criticizes", "praises", "cooperatesWith", "urges",
              "sanctions", "agrees", "demands", "threatens", "aids"]
PLOVER = {"meets": "CONSULT", "visits": "CONSULT", "supports": "SUPPORT", "opposes": "REJECT", "criticizes": "ACCUSE",
          "praises": "SUPPORT", "cooperatesWith": "COOPERATE", "urges": "DEMAND", "sanctions": "SANCTION",
          "agrees": "AGREE", "demands": "DEMAND", "threatens": "THREATEN", "aids": "AID"}


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under ``folder``."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def synthetic_view(entities: int, relations: int, seed: int = 1):
    """A GraphView with skewed degrees: a few hubs, a long tail, as news graphs have."""
    from kg.export.view import ArticleInfo, Edge, Evidence, GraphView, Node

    rng = random.Random(seed)
    base = "https://kg.example.org/"
    nodes = {}
    for k in range(entities):
        cls = rng.choices([c for c, _ in CLASSES], [w for _, w in CLASSES])[0]
        iri = f"{base}entity/{cls.lower()}/e{k}"
        nodes[iri] = Node(iri, f"{cls} {k}", cls, (f"E{k}",) if k % 3 == 0 else ())
    ids = list(nodes)
    cumulative, total = [], 0.0
    for rank in range(entities):
        total += 1 / (rank + 1) ** 0.9
        cumulative.append(total)
    article_count = max(1, relations // 30)
    texts: list[list[str]] = [[] for _ in range(article_count)]
    edges = []
    for k in range(relations):
        source, target = rng.choices(ids, cum_weights=cumulative, k=2)
        if source == target:
            target = ids[(int(source.rsplit("e", 1)[1]) + 1 + k % (entities - 1)) % entities]
        predicate = rng.choice(PREDICATES)
        date = None if rng.random() < 0.33 else f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        evidence = []
        for _ in range(rng.choice((1, 1, 2))):
            a = rng.randrange(article_count)
            sentence = f"{nodes[source].label} {predicate} {nodes[target].label} on {date or 'an unknown day'}."
            start = sum(len(s) + 1 for s in texts[a])
            texts[a].append(sentence)
            evidence.append(Evidence(sentence, f"{base}article/a{a}.txt", start, start + len(sentence)))
        edges.append(Edge(f"{base}event/{k}", predicate, source, target, date=date, cameo="040",
                          plover=PLOVER[predicate], confidence=0.8, evidence=tuple(evidence)))
    articles = {f"{base}article/a{a}.txt": ArticleInfo(f"{base}article/a{a}.txt", f"Article {a}",
                                                       f"2022-{a % 12 + 1:02d}-01", "Wire", None, f"a{a}.txt",
                                                       " ".join(texts[a]))
                for a in range(article_count)}
    return GraphView(nodes, tuple(edges), articles)


def first_paint(page_path: Path, runs: int = 3) -> float | None:
    """Median milliseconds from navigation start to the overview's first drawing, or None without a browser."""
    if not Path(CHROMIUM).exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=60_000)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_path.as_uri())
            deadline = time.monotonic() + 120
            # polled from outside: wait_for_function would eval() in the page, which its CSP refuses
            while page.evaluate("window.kgFirstPaint") is None and time.monotonic() < deadline:
                page.wait_for_timeout(20)
            times.append(page.evaluate("window.kgFirstPaint"))
            if errors:
                raise RuntimeError(f"{page_path}: {errors[0]}")
            page.close()
        browser.close()
    return statistics.median(times)


def bench_articles(count: int, tmp: Path) -> None:
    """Build ``count`` generated articles; print the size of html/ and the time of the HTML export."""
    from bench_build import make_corpus

    from kg import build
    from kg.config import load_config
    from kg.export import export
    from kg.graph import open_store

    corpus = tmp / "articles"
    corpus.mkdir()
    make_corpus(corpus, count)
    config = load_config(progress=False)
    started = time.perf_counter()
    report = build([corpus], out=tmp / "out", config=config, formats=["html"], progress=False)
    build_s = time.perf_counter() - started
    with open_store(tmp / "out") as store:
        started = time.perf_counter()
        export(store.dataset, "html", tmp / "out" / "html", config=config)
        export_s = time.perf_counter() - started
    size, files = folder_size(tmp / "out" / "html")
    paint = first_paint(tmp / "out" / "html" / "overview.html")
    print(f"articles          {report.articles_built} built in {build_s:.1f} s ({report.entities} entities, "
          f"{report.relations} relations)")
    print(f"html/             {size / 2**20:7.1f} MiB in {files} files; HTML export {export_s:.1f} s")
    if paint is not None:
        print(f"first paint       {paint:7.0f} ms (overview of this build)")


def bench_synthetic(entities: int, relations: int, tmp: Path, max_nodes: int, max_edges: int) -> None:
    """Export a synthetic graph; print time, size and the overview's first paint."""
    from kg.export.html import write_views

    started = time.perf_counter()
    view = synthetic_view(entities, relations)
    made_s = time.perf_counter() - started
    dest = tmp / "synthetic"
    started = time.perf_counter()
    write_views(view, dest, max_nodes=max_nodes, max_edges=max_edges)
    export_s = time.perf_counter() - started
    size, files = folder_size(dest)
    overview = (dest / "overview.html").stat().st_size
    print(f"synthetic graph   {len(view.nodes)} entities, {len(view.edges)} relations, {len(view.articles)} articles "
          f"(made in {made_s:.1f} s)")
    print(f"html/             {size / 2**20:7.1f} MiB in {files} files; export {export_s:.1f} s; "
          f"overview.html {overview / 2**10:.0f} KiB")
    paint = first_paint(dest / "overview.html")
    if paint is None:
        print("first paint       not measured (no Chromium or Playwright)")
    else:
        print(f"first paint       {paint:7.0f} ms (overview, median of 3, headless Chromium)")


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=300, help="generated articles to build (default 300; 0 skips)")
    options.add_argument("--entities", type=int, default=10_000, help="entities of the synthetic graph (default 10000)")
    options.add_argument("--relations", type=int, default=100_000, help="relations of the synthetic graph (default 100000)")
    args = options.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).parent))
    from kg.config import Config

    with tempfile.TemporaryDirectory(prefix="kg-bench-html-") as tmp:
        if args.articles:
            bench_articles(args.articles, Path(tmp))
        if args.entities:
            bench_synthetic(args.entities, args.relations, Path(tmp), Config().html_max_nodes, Config().html_max_edges)


if __name__ == "__main__":
    main()
