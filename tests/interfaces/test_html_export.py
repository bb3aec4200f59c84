"""HTML views: the files written, offline resources, escaping of article text, the node cap."""

from __future__ import annotations

import json
import re
import zipfile
from io import BytesIO

from interfaces_sample import HOSTILE_ORG, HOSTILE_SENTENCE, HOSTILE_TITLE

from kg.export import export
from kg.export.view import graph_view

_DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


def _data(page: str) -> dict:
    return json.loads(_DATA.search(page).group(1))


def test_writes_index_overview_and_one_view_per_connected_entity_and_article(sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html")
    view = graph_view(sample_dataset)
    connected = {x for e in view.edges for x in (e.source, e.target)}
    assert (tmp_path / "html" / "index.html").is_file()
    assert (tmp_path / "html" / "overview.html").is_file()
    assert len(list((tmp_path / "html" / "entity").glob("*.html"))) == len(connected)
    assert len(list((tmp_path / "html" / "article").glob("*.html"))) == len(view.articles) == 2
    index = (tmp_path / "html" / "index.html").read_text("utf-8")
    for href in re.findall(r"href='([^']+)'", index):
        assert (tmp_path / "html" / href).is_file(), href


def test_pages_load_nothing_from_the_network(sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html")
    for page in (tmp_path / "html").rglob("*.html"):
        text = page.read_text("utf-8")
        assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", text, re.I), page
    overview = (tmp_path / "html" / "overview.html").read_text("utf-8")
    assert "vis.Network" in overview and len(overview) > 400_000  # vis-network itself is inlined


def test_article_text_never_appears_as_markup(sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html")
    pages = [p.read_text("utf-8") for p in (tmp_path / "html").rglob("*.html")]
    joined = "\n".join(pages)
    for hostile in (HOSTILE_TITLE, HOSTILE_ORG, HOSTILE_SENTENCE, "<b>Evil</b>", "<img", "<script>window"):
        assert hostile not in joined
    # ...yet the text is all there, as data
    article = next(p for p in pages if "Talks &lt;script&gt;" in p and "kg-data" in p)
    data = _data(article)
    sentences = [ev["sentence"] for e in data["edges"] for x in e["events"] for ev in x["evidence"]]
    assert HOSTILE_SENTENCE in sentences
    assert HOSTILE_TITLE in [a["title"] for a in data["articles"].values()]


def test_edges_carry_evidence_with_article_title_date_and_source(sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html")
    data = _data((tmp_path / "html" / "overview.html").read_text("utf-8"))
    meets = [e for e in data["edges"] if e["predicate"] == "meets" and not e["derived"]]
    assert len(meets) == 1 and not meets[0]["directed"]  # symmetric: one undirected edge, two events
    assert [x["date"] for x in meets[0]["events"]] == ["2022-10-27", "2022-11-01"]
    for event in meets[0]["events"]:
        (evidence,) = event["evidence"]
        article = data["articles"][evidence["article"]]
        assert article["date"] and article["source"] and article["title"]
    assert all(e["directed"] for e in data["edges"] if e["predicate"] in ("opposes", "holdsPosition"))


def test_overview_is_capped_and_says_so(sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html", max_nodes=3)
    page = (tmp_path / "html" / "overview.html").read_text("utf-8")
    data = _data(page)
    assert len(data["nodes"]) == 3
    total = len(graph_view(sample_dataset).nodes)
    assert f"Showing the 3 most connected of {total} entities" in page
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])


def test_no_destination_gives_a_zip_of_the_folder(sample_dataset):
    archive = zipfile.ZipFile(BytesIO(export(sample_dataset, "html")))
    names = set(archive.namelist())
    assert {"index.html", "overview.html", "assets/vis-network.min.js"} <= names


def test_views_of_entities_no_longer_in_the_graph_are_removed_and_files_kg_did_not_write_stay(sample_dataset, tmp_path):
    export(sample_dataset, "html", tmp_path / "html")
    manifest = tmp_path / "html" / ".kg-files"
    stale, mine = tmp_path / "html" / "entity" / "person-nobody.html", tmp_path / "html" / "entity" / "my-notes.html"
    stale.write_text("a view an earlier export wrote")
    manifest.write_text(manifest.read_text("utf-8") + "entity/person-nobody.html\n", "utf-8")
    mine.write_text("the user's own page")
    export(sample_dataset, "html", tmp_path / "html")
    assert not stale.exists()
    assert mine.read_text("utf-8") == "the user's own page"
    assert "entity/person-nobody.html" not in manifest.read_text("utf-8")


def test_template_placeholders_in_article_text_are_not_substituted(tmp_path):
    from kg.export.html import _render

    placeholders = "{{VIS_SCRIPT}} {{DATA}} {{TITLE}} {{INDEX_HREF}} <script>alert(1)</script>"
    page = _render({"sentence": placeholders}, title=placeholders, subtitle=placeholders, cap_note=placeholders,
                   depth=1, inline=False)
    assert page.count('<script src="../assets/vis-network.min.js"></script>') == 1
    assert "<script>alert(1)</script>" not in page
    assert page.count("{{VIS_SCRIPT}}") == 5  # as text: title (twice), subtitle, cap note and the JSON data
    assert json.loads(_DATA.search(page).group(1)) == {"sentence": placeholders}


def test_articles_whose_ids_differ_only_in_case_get_a_page_each():
    from kg.export.html import _pages

    pages = _pages(["https://x.org/article/News.txt", "https://x.org/article/news.txt", "https://x.org/article/b.txt"],
                   "article")
    assert len(set(pages.values())) == 3
    assert pages["https://x.org/article/News.txt"] == "article/news-txt.html"
