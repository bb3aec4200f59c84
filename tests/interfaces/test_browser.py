"""The HTML explorer in a real headless Chromium (Debian's, driven by Playwright; no browser is downloaded)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from interfaces_sample import HOSTILE_SENTENCE

from kg.export import export
from kg.export.view import SYMMETRIC, graph_view

pytestmark = pytest.mark.integration
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[2]
FIRST = "Chinese Foreign Minister Wang Yi talked with Sergei Lavrov via phone on Thursday."
COOPERATE = "China will work with the UN."


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=60_000)
        yield instance
        instance.close()


@pytest.fixture()
def site(sample_dataset, tmp_path) -> Path:
    export(sample_dataset, "html", tmp_path / "html")
    return tmp_path / "html"


def watch(page) -> list[str]:
    """Console errors and warnings, uncaught exceptions and any request that leaves file:// (for this tab)."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.on("request", lambda r: problems.append(f"request: {r.url}") if not r.url.startswith(("file:", "data:")) else None)
    return problems


def wait_until(page, expression: str, timeout: float = 30.0) -> None:
    """Poll ``expression`` from outside the page: Playwright's wait_for_function evaluates strings with
    eval() inside it, which the pages' Content-Security-Policy rightly refuses."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        page.wait_for_timeout(50)


def ready(page) -> None:
    wait_until(page, "window.kgReady === true")


def open_view(browser, path: Path, fragment: str = ""):
    """Open a page from file://, recording problems; returns (page, problems)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    problems = watch(page)
    page.goto(path.as_uri() + fragment)
    ready(page)
    return page, problems


def _pair(e) -> tuple[str, str, str]:
    return (e.predicate, *(sorted((e.source, e.target)) if e.predicate in SYMMETRIC else (e.source, e.target)))


def shown(page, what: str) -> list:
    """The ids of the nodes or edges vis-network draws now (after the filters)."""
    return page.evaluate(f"kgNetwork.body.data.{what}.getIds()")


def click_edge(page, predicate: str) -> str:
    """Click with the mouse on the middle of the first straight, stated ``predicate`` edge; returns its id."""
    edge, x, y = page.evaluate("""(p) => {
        const e = kgEdges.get().find(e => kgEdgeInfo(e.id).predicate === p && !kgEdgeInfo(e.id).derived && !kgEdgeInfo(e.id).curve);
        const pos = kgNetwork.getPositions([e.from, e.to]);
        const a = kgNetwork.canvasToDOM(pos[e.from]), b = kgNetwork.canvasToDOM(pos[e.to]);
        const box = document.getElementById("network").getBoundingClientRect();
        return [e.id, box.left + (a.x + b.x) / 2, box.top + (a.y + b.y) / 2];
    }""", predicate)
    page.mouse.click(x, y)
    return edge


def test_overview_opens_offline_at_the_positions_computed_at_build_time(browser, site, sample_dataset):
    view = graph_view(sample_dataset)
    page, problems = open_view(browser, site / "overview.html")
    connected = {x for e in view.edges for x in (e.source, e.target)}
    assert sorted(shown(page, "nodes")) == sorted(connected)
    assert len(shown(page, "edges")) == len({_pair(e) for e in view.edges})
    placed = page.evaluate("kgNetwork.getPositions()")
    wanted = page.evaluate("Object.fromEntries(kgData.nodes.map(n => [n.id, {x: n.x, y: n.y}]))")
    assert placed == wanted  # nothing moves: no physics, no random start
    legend = page.inner_text("#classes")
    assert "Person" in legend and "Country" in legend
    assert problems == []
    page.close()


def test_clicking_an_edge_shows_its_sentences_and_leads_to_the_sentence_in_its_article(browser, site):
    page, problems = open_view(browser, site / "overview.html")
    click_edge(page, "meets")
    page.wait_for_selector("#details .ev")
    details = page.inner_text("#details")
    assert "Sergei Lavrov \u2014 meets \u2014 Wang Yi" in details and "2 event(s)" in details
    assert FIRST in details and "Wang Yi talks with Lavrov" in details and "2022-10-27" in details
    link = page.locator("#details a.evidence-link").first
    assert link.get_attribute("href") == "article/one-txt.html#e-0-81"
    link.click()
    page.wait_for_url("**/article/one-txt.html#e-0-81")
    ready(page)
    hit = page.evaluate("Array.from(document.querySelectorAll('#reader .hit')).map(e => e.textContent).join('')")
    assert hit == FIRST  # the sentence is marked where it stands in the story
    assert page.evaluate("document.querySelector('#reader .hit').getBoundingClientRect().top") < 800
    assert page.get_attribute("a.source-url", "href") == "https://example.org/one"
    assert problems == []
    page.close()


def test_article_reader_marks_mentions_and_sentences_and_runs_nothing_from_the_text(browser, site):
    article = next(a for a in (site / "article").glob("*.html") if "two" in a.name)
    page, problems = open_view(browser, article)
    reader = page.inner_text("#reader")
    assert HOSTILE_SENTENCE in reader and COOPERATE in reader  # the markup in the text shows as text
    assert page.locator("#reader img, #reader script, #side img, #side b:has-text('Evil')").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.title().startswith("Talks <script>") and "{{VIS_SCRIPT}} {{DATA}}" in page.title()
    assert "<b>Evil</b> Wire" in page.inner_text("#subtitle")
    mentions = page.evaluate("Array.from(document.querySelectorAll('#reader .m')).map(e => [e.textContent, e.title])")
    assert ["Lavrov", "Sergei Lavrov (Person)"] in mentions and ["Wang", "Wang Yi (Person)"] in mentions
    # a mention selects its entity; a relation of the list jumps to its sentence
    page.locator("#reader .m", has_text="Lavrov").first.click()
    assert "Sergei Lavrov" in page.inner_text("#details") and page.locator("#reader .m.sel").count() >= 1
    page.locator(".rels li", has_text="cooperatesWith").click()
    assert page.evaluate("Array.from(document.querySelectorAll('#reader .hit')).map(e => e.textContent).join('')") == COOPERATE
    assert page.url.endswith("#e-110-138")
    # the side list of entities jumps to their mentions
    page.locator(".ents a.jump", has_text="Wang Yi").click()
    assert page.locator("#reader .m.sel").first.text_content() == "Wang"
    page.mouse.move(10, 10)
    assert page.evaluate("window.__pwned") is None
    assert problems == []
    page.close()


def test_entity_page_shows_codes_aliases_neighbourhood_and_a_timeline(browser, site, sample_dataset):
    view = graph_view(sample_dataset)
    wang = "https://kg.example.org/entity/person/wang-yi"
    own = [e for e in view.edges if wang in (e.source, e.target)]
    page, problems = open_view(browser, site / "entity" / "person-wang-yi.html")
    neighbours = {x for e in own for x in (e.source, e.target)}
    assert sorted(shown(page, "nodes")) == sorted(neighbours)
    assert page.locator("#timeline tr.event").count() == len(own)
    side = page.inner_text("#side")
    assert "Also called: Wang" in side and "Mentioned in 2 article(s)" in side
    undated = page.locator("#timeline tr.event[data-date='']")
    assert undated.count() == 1 and "holdsPosition" in undated.inner_text() and "undated" in undated.inner_text()
    assert page.locator("#timeline tr.group", has_text="Without a date").count() == 1
    assert page.locator("#timeline a", has_text="Sergei Lavrov").count() == 2  # the counterpart's page, per meeting
    # clicking the meeting edge marks its rows in the timeline
    click_edge(page, "meets")
    assert page.locator("#timeline tr.hit").count() == 2
    assert problems == []
    page.close()
    china, problems = open_view(browser, site / "entity" / "country-china.html")
    assert "ISO 3166 CHN" in china.inner_text("#side")
    assert problems == []
    china.close()


def _set_dates(page, start: str, end: str, undated: bool) -> None:
    page.fill("#date-from", start)
    page.fill("#date-to", end)
    if page.is_checked("#date-undated") != undated:
        page.click("#date-undated")
    page.dispatch_event("#date-to", "change")


def test_date_filter_on_the_overview_and_on_an_entity_page(browser, site, sample_dataset):
    view = graph_view(sample_dataset)
    page, problems = open_view(browser, site / "overview.html")

    def pairs(keep) -> int:
        groups: dict = {}
        for e in view.edges:
            groups.setdefault(_pair(e), []).append(e)
        return sum(1 for es in groups.values() if any(keep(e) for e in es))

    _set_dates(page, "2022-11-01", "2022-11-30", undated=False)
    assert len(shown(page, "edges")) == pairs(lambda e: (e.date or "").startswith("2022-11")) == 3
    _set_dates(page, "2022-11-01", "2022-11-30", undated=True)  # events without a date stay, shown as such
    assert len(shown(page, "edges")) == pairs(lambda e: e.date is None or e.date.startswith("2022-11"))
    assert "links have events in range" in page.inner_text("#date-summary")
    page.click("#date-reset")
    assert len(shown(page, "edges")) == pairs(lambda e: True)
    assert problems == []
    page.close()

    page, problems = open_view(browser, site / "entity" / "person-wang-yi.html")
    _set_dates(page, "2022-10-01", "2022-10-31", undated=False)
    visible = page.evaluate("Array.from(document.querySelectorAll('#timeline tr.event')).filter(r => r.style.display !== 'none')"
                            ".map(r => r.dataset.date)")
    assert visible == ["2022-10-27"]
    assert "1 of 3 events in range" in page.inner_text("#date-summary")
    _set_dates(page, "2022-10-01", "2022-10-31", undated=True)
    assert page.locator("#timeline tr.event:visible").count() == 2
    assert problems == []
    page.close()


def test_search_reaches_entities_the_overview_does_not_draw_and_expand_adds_neighbours(browser, sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html", max_nodes=2)
    page, problems = open_view(browser, tmp_path / "html" / "overview.html")
    assert len(shown(page, "nodes")) == 2
    hegemonism = "https://kg.example.org/entity/policy/hegemonism"
    assert hegemonism not in shown(page, "nodes")
    page.fill("#search", "hegemon")
    page.locator("#results a.pick", has_text="hegemonism").click()
    wait_until(page, f"kgNetwork.getSelectedNodes()[0] === '{hegemonism}'")
    assert hegemonism in shown(page, "nodes")
    assert "hegemonism" in page.inner_text("#details")
    page.fill("#search", "")
    before = len(shown(page, "nodes"))
    page.evaluate("kgNetwork.body.emitter.emit('click', {nodes: ['https://kg.example.org/entity/country/china'], edges: [], "
                  "event: {}, pointer: {}})")
    page.click("#expand")
    wait_until(page, f"kgNetwork.body.data.nodes.length > {before}")
    assert "neighbour(s) added" in page.inner_text("#details")
    # an entity without relations is found too, and its page opens from the results
    page.fill("#search", "united nations")
    assert page.locator("#results li").count() == 1
    assert problems == []
    page.close()


def test_filters_hide_classes_and_predicates(browser, site, sample_dataset):
    view = graph_view(sample_dataset)
    page, _ = open_view(browser, site / "overview.html")
    connected = {x for e in view.edges for x in (e.source, e.target)}
    people = sum(1 for i in connected if view.nodes[i].cls == "Person")
    page.click("#classes input[data-key=Person]")
    assert len(shown(page, "nodes")) == len(connected) - people
    page.click("#predicates input[data-key=opposes]")
    opposes = len({_pair(e) for e in view.edges if e.predicate == "opposes"})
    assert len(shown(page, "edges")) == len({_pair(e) for e in view.edges}) - opposes
    page.fill("#search", "lavrov")
    page.click("#classes input[data-key=Person]")
    labels = page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.label)")
    assert "Sergei Lavrov" in labels and "hegemonism" not in labels
    assert page.locator("#results li", has_text="Sergei Lavrov").count() == 1
    page.close()


def test_a_hub_draws_its_neighbourhood_capped_and_its_timeline_a_page_at_a_time(browser, tmp_path):
    from benchmarks.bench_html import synthetic_view
    from kg.export.html import _pages, write_views

    view = synthetic_view(300, 3000)
    write_views(view, tmp_path / "html", max_nodes=50, max_edges=200)
    hub = max(view.nodes, key=lambda i: sum(i in (e.source, e.target) for e in view.edges))
    events = [e for e in view.edges if hub in (e.source, e.target)]
    assert len(events) > 500  # the most connected of a skewed graph
    page, problems = open_view(browser, tmp_path / "html" / _pages(view.nodes, "entity")[hub])
    assert len(shown(page, "nodes")) == 50  # html_max_nodes: the hub and its 49 most linked neighbours
    rows = page.locator("#timeline tr.event")
    assert rows.count() == 250
    page.click("#timeline-more")
    assert rows.count() == 500
    _set_dates(page, "2021-01-01", "2021-12-31", undated=False)
    in_2021 = sum(1 for e in events if (e.date or "").startswith("2021"))
    assert rows.count() == min(in_2021, 500)
    assert f"{in_2021} of {len(events)} events in range" in page.inner_text("#date-summary")
    assert problems == []
    page.close()


def test_every_page_opens_without_console_errors(browser, site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 8
    for path in pages:
        page, problems = open_view(browser, path)
        assert problems == [], (path, problems)
        page.close()


@pytest.mark.slow
def test_sample_corpus_screenshots(browser, tmp_path):
    """Build the sample corpus and photograph the overview, an entity page and an article
    (KG_UPDATE_SCREENSHOT=1 saves them as docs/screenshot*.png)."""
    import kg.pipeline

    report = kg.pipeline.build([ROOT / "data" / "articles"], out=tmp_path / "out", formats=["html"], progress=False)
    html = tmp_path / "out" / "html"
    assert report.html == html / "index.html"
    shots = {}
    page, problems = open_view(browser, html / "overview.html")
    # show the evidence of the most reported meeting, as a reader would by clicking it
    edge = page.evaluate("kgEdges.getIds().map(kgEdgeInfo).filter(e => e.predicate === 'meets' && !e.derived)"
                         ".sort((a, b) => b.n - a.n).map(e => `${e.predicate}|${e.source}|${e.target}`)[0]")
    if edge is not None:
        page.evaluate("(id) => kgNetwork.body.emitter.emit('click', {nodes: [], edges: [id], event: {}, pointer: {}})", edge)
        page.wait_for_selector("#details .ev")
    shots["screenshot.png"] = page
    china = next(p for p in (html / "entity").glob("*.html") if p.name == "country-china.html")
    entity, more = open_view(browser, china)
    shots["screenshot-entity.png"] = entity
    article = max((html / "article").glob("*.html"), key=lambda p: p.stat().st_size)
    reader, most = open_view(browser, article)
    reader.locator(".rels li").nth(2).click()
    reader.evaluate("document.getElementById('side').scrollTop = 0")
    shots["screenshot-article.png"] = reader
    assert problems + more + most == []
    for name, tab in shots.items():
        shot = tmp_path / name
        tab.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        if os.environ.get("KG_UPDATE_SCREENSHOT"):  # refresh the README's pictures on request only
            (ROOT / "docs").mkdir(exist_ok=True)
            shutil.copyfile(shot, ROOT / "docs" / name)
        tab.close()
