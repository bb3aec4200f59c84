"""HTML views in a real headless Chromium (Debian's, driven by Playwright; no browser is downloaded)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from interfaces_sample import HOSTILE_SENTENCE

from kg.export import export
from kg.export.view import SYMMETRIC, graph_view

pytestmark = pytest.mark.integration
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=60_000)
        yield instance
        instance.close()


def open_view(browser, path: Path):
    """Open a page from file://, failing on any network request; returns (page, console problems)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.on("request", lambda r: problems.append(f"request: {r.url}") if not r.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri())
    page.wait_for_function("window.kgNetwork !== undefined", timeout=20_000)
    return page, problems


def _drawn_edges(edges) -> int:
    return len({(e.predicate, *(sorted((e.source, e.target)) if e.predicate in SYMMETRIC else (e.source, e.target)))
                for e in edges})


def test_overview_loads_offline_with_every_node_and_edge(browser, sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html")
    view = graph_view(sample_dataset)
    page, problems = open_view(browser, tmp_path / "html" / "overview.html")
    counts = page.evaluate("[kgNetwork.body.data.nodes.length, kgNetwork.body.data.edges.length]")
    assert counts == [len(view.nodes), _drawn_edges(view.edges)]
    legend = page.inner_text("#classes")
    assert "Person" in legend and "Country" in legend
    assert problems == []
    page.close()


def test_hostile_article_runs_no_script_and_its_text_shows_as_text(browser, sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html")
    view = graph_view(sample_dataset)
    article = next(a for a in (tmp_path / "html" / "article").glob("*.html") if "Evil" in a.read_text("utf-8"))
    page, problems = open_view(browser, article)
    edges = [e for e in view.edges if any("two" in ev.article for ev in e.evidence)]
    assert page.evaluate("kgNetwork.body.data.edges.length") == _drawn_edges(edges)
    # click the meeting edge: its evidence appears in the details panel as text
    edge_id = page.evaluate("kgEdges.get().find(e => e._e.predicate === 'meets' && !e._e.derived).id")
    page.evaluate(f"kgNetwork.body.emitter.emit('click', {{nodes: [], edges: ['{edge_id}'], event: {{}}, pointer: {{}}}})")
    details = page.inner_text("#details")
    assert HOSTILE_SENTENCE in details and "Evil" in details and "2022-11-02" in details
    assert page.locator("#details img, #details script").count() == 0
    assert page.locator("#details b", has_text="Evil").count() == 0  # the source's <b> stayed text
    page.mouse.move(10, 10)
    assert page.evaluate("window.__pwned") is None
    assert page.title().startswith("Talks <script>")  # the title is text, not markup
    assert "{{VIS_SCRIPT}} {{DATA}}" in page.title()  # placeholders in text stay text
    assert problems == []
    page.close()


def test_filters_hide_classes_and_predicates(browser, sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html")
    view = graph_view(sample_dataset)
    page, _ = open_view(browser, tmp_path / "html" / "overview.html")
    people = sum(1 for n in view.nodes.values() if n.cls == "Person")
    page.click("#classes input[data-key=Person]")
    assert page.evaluate("kgNetwork.body.data.nodes.length") == len(view.nodes) - people
    page.click("#predicates input[data-key=opposes]")
    opposes = _drawn_edges([e for e in view.edges if e.predicate == "opposes"])
    assert page.evaluate("kgNetwork.body.data.edges.length") == _drawn_edges(view.edges) - opposes
    page.fill("#search", "lavrov")
    page.click("#classes input[data-key=Person]")
    shown = page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.label)")
    assert "Sergei Lavrov" in shown and "hegemonism" not in shown
    page.close()


def test_ego_views_share_the_local_library(browser, sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html")
    page, problems = open_view(browser, tmp_path / "html" / "entity" / "country-china.html")
    focus = page.evaluate("kgData.nodes.filter(n => n.focus).map(n => n.label)")
    assert focus == ["China"]
    assert problems == []
    page.close()


@pytest.mark.slow
def test_sample_corpus_overview_screenshot(browser, tmp_path):
    """Build the sample corpus and open its overview (KG_UPDATE_SCREENSHOT=1 saves docs/screenshot.png)."""
    import kg.pipeline

    root = Path(__file__).resolve().parents[2]
    report = kg.pipeline.build([root / "data" / "articles"], out=tmp_path / "out", formats=["html"], progress=False)
    page, problems = open_view(browser, tmp_path / "out" / "html" / "overview.html")
    page.wait_for_timeout(3000)  # let the layout settle
    nodes = page.evaluate("kgNetwork.body.data.nodes.length")
    assert nodes > 0 and problems == [], problems
    # show the evidence of the most reported meeting, as a reader would by clicking it
    edge = page.evaluate("(kgEdges.get().filter(e => e._e.predicate === 'meets' && !e._e.derived)"
                         ".sort((a, b) => b._e.events.length - a._e.events.length)[0] || {}).id")
    if edge is not None:
        page.evaluate(f"kgNetwork.body.emitter.emit('click', {{nodes: [], edges: ['{edge}'], event: {{}}, pointer: {{}}}})")
        assert "\u201c" in page.inner_text("#details")  # a quoted evidence sentence
    assert report.html is not None and report.html.name == "index.html"
    shot = tmp_path / "screenshot.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("KG_UPDATE_SCREENSHOT"):  # refresh the README's picture on request only
        (root / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, root / "docs" / "screenshot.png")
    page.close()
