"""The article reader shows an article's whole text: the graph stores it (schema:articleBody).

The text below has sentences and a paragraph that state no relation; before the body was stored,
the reader showed only the sentences that state relations, with ``[…]`` for the rest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.records import Article, Entity, Extraction, Relation

pytestmark = pytest.mark.integration
CHROMIUM = "/usr/bin/chromium"
STATED = "Wang Yi met Sergei Lavrov in Beijing on Monday."
BODY = (f"The weather in Beijing was cold. {STATED} Reporters waited outside.\n\n"
        "A second paragraph says nothing about relations at all.")
BODY_IRI = "https://schema.org/articleBody"


def _extraction() -> Extraction:
    start = BODY.index(STATED)
    article = Article("plain.txt", BODY, title="A meeting", published="2023-01-09", sha256="c" * 64)
    people = (Entity("Wang Yi", "Person"), Entity("Sergei Lavrov", "Person"), Entity("China", "Country", ("Beijing",)))
    meets = Relation("Wang Yi", "Person", "meets", "Sergei Lavrov", "Person", STATED, start, start + len(STATED),
                     date="2023-01-09", confidence=0.9, rule="meet")
    return Extraction(article, people, (), (meets,))


@pytest.fixture()
def stored(tmp_path: Path):
    from kg.graph import Store

    store = Store(tmp_path / "store")
    store.add(_extraction())
    store.refresh()
    yield store
    store.close()


def test_the_article_graph_and_the_merged_view_hold_the_text(stored):
    rows = stored.ox.query(f"SELECT ?g ?body WHERE {{ GRAPH ?g {{ ?a <{BODY_IRI}> ?body }} }}")
    graphs = {str(row["g"].value).rsplit("/", 2)[-2]: row["body"].value for row in rows}
    assert graphs == {"article": BODY, "graph": BODY}  # .../graph/article/plain.txt and .../graph/merged


def test_the_reader_shows_the_whole_text_with_no_gap(stored, tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    from kg.export import export

    export(stored.dataset, "html", tmp_path / "html")
    page_file = next((tmp_path / "html" / "article").glob("*.html"))
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], timeout=60_000)
        try:
            page = browser.new_page()
            problems: list[str] = []
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(page_file.as_uri())
            page.wait_for_selector("#reader .text")
            text = page.evaluate("document.querySelector('#reader .text').textContent")
            assert text == BODY  # every character, in order; no "[…]" stands for a missing part
            assert page.locator("#reader .gap").count() == 0
            stated = page.evaluate("Array.from(document.querySelectorAll('#reader .stated')).map(e => e.textContent).join('')")
            assert stated == STATED  # only the sentence that states the meeting is marked
            assert problems == []
        finally:
            browser.close()
