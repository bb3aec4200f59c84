"""read_articles: the sample corpus, every reader, and inputs that must be reported, not crash."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.records import Problem

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "articles"
GOLD = json.loads((ROOT / "data" / "gold" / "seeds.json").read_text("utf-8"))["articles"]
STORY = "Minister Wang met Sergei Lavrov in Moscow on Monday to discuss trade and security.\n"
_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")


def read(*inputs, **kwargs) -> tuple[list, list[Problem]]:
    problems: list[Problem] = []
    articles = list(read_articles([str(i) for i in inputs], on_problem=problems.append, **kwargs))
    return articles, problems


def fold(text: str | None) -> str | None:
    """Curly quotes as straight ones: the gold file is typed in ASCII."""
    return unicodedata.normalize("NFC", text).translate(_QUOTES) if text else text


# -- the sample corpus ------------------------------------------------------------------------


@pytest.mark.parametrize("expected", GOLD, ids=[g["article"] for g in GOLD])
def test_sample_metadata(expected):
    (article,), problems = read(SAMPLES / expected["article"])
    assert problems == []
    assert article.id == expected["article"]
    assert fold(article.title) == expected["title"]
    assert article.published == expected["published"]
    assert article.source == expected["source"]


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()))
def test_sample_bodies_hold_no_furniture_and_consistent_offsets(name):
    (article,), _ = read(SAMPLES / name)
    for furniture in ("Photo:", "Read more", "Leave a Reply", "Required fields", "You are here",
                      "Adjust font size", "Off the wire", "Source:", "\u2022"):
        assert furniture not in article.body
    if article.title:
        assert article.title not in article.body
    assert article.paragraphs and article.sentences
    assert [article.body[s:e] for s, e in article.paragraphs] == article.body.split("\n\n")
    for start, end in article.sentences:
        assert article.body[start:end].strip() == article.body[start:end] != ""
    assert len(article.sha256) == 64


def test_folder_is_read_in_name_order():
    articles, problems = read(SAMPLES)
    assert problems == []
    assert [a.id for a in articles] == sorted(p.name for p in SAMPLES.iterdir())


# -- readers ----------------------------------------------------------------------------------


def test_html_page(tmp_path):
    html = ("<html><head><title>Oslo talks</title><meta property='og:site_name' content='NTB'>"
            "<meta name='date' content='2021-03-03'></head><body><nav>Home | World</nav><article>"
            f"<h1>Oslo talks</h1><p>{STORY}</p><p>{STORY.replace('Monday', 'Tuesday')}</p></article>"
            "<footer>Copyright NTB</footer></body></html>")
    (tmp_path / "page.html").write_text(html, "utf-8")
    (article,), problems = read(tmp_path / "page.html")
    assert problems == []
    assert article.title == "Oslo talks"
    assert article.published == "2021-03-03"
    assert "Sergei Lavrov" in article.body and "Home | World" not in article.body


def test_broken_html_still_gives_its_text(tmp_path):
    (tmp_path / "broken.html").write_text(f"<html><body><div><p>Unclosed <b>bold <i>{STORY}", "utf-8")
    (article,), problems = read(tmp_path / "broken.html")
    assert problems == []
    assert "Sergei Lavrov in Moscow" in article.body


def test_html_without_text_is_reported(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><script>var x = 1;</script></body></html>", "utf-8")
    articles, problems = read(tmp_path / "empty.html")
    assert articles == []
    assert [p.path for p in problems] == [str(tmp_path / "empty.html")] and problems[0].fatal


def test_jsonl_reports_bad_lines_by_number_and_reads_the_rest(tmp_path):
    lines = [
        json.dumps({"text": STORY, "title": "Oslo talks", "date": "March 3, 2021", "source": "NTB"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": STORY, "title": 7}),
        json.dumps({"body": "Lavrov flew to Beijing.\n\n" + STORY}),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    articles, problems = read(tmp_path / "news.jsonl")
    assert [a.id for a in articles] == ["news.jsonl#1", "news.jsonl#7"]
    assert (articles[0].title, articles[0].published, articles[0].source) == ("Oslo talks", "2021-03-03", "NTB")
    assert [(p.line, p.fatal) for p in problems] == [(2, True), (4, True), (5, True), (6, True)]
    assert all(p.path == str(tmp_path / "news.jsonl") for p in problems)
    assert "JSON" in problems[0].message and "object" in problems[1].message


def test_jsonl_record_title_wins_and_a_different_first_line_stays_in_the_body(tmp_path):
    record = {"text": "Talks in Oslo\n\n" + STORY, "title": "Ministers meet"}
    (tmp_path / "one.jsonl").write_text(json.dumps(record), "utf-8")
    (article,), _ = read(tmp_path / "one.jsonl")
    assert article.title == "Ministers meet"
    assert article.body.startswith("Talks in Oslo\n\n")


def test_jsonl_size_limit_applies_per_article(tmp_path):
    small, big = json.dumps({"text": STORY}), json.dumps({"text": STORY * 20})
    (tmp_path / "mixed.jsonl").write_text(f"{small}\n{big}\n{small}\n", "utf-8")
    articles, problems = read(tmp_path / "mixed.jsonl", max_bytes=len(small) + 10)
    assert [a.id for a in articles] == ["mixed.jsonl#1", "mixed.jsonl#3"]
    assert [(p.line, "too large" in p.message) for p in problems] == [(2, True)]


# -- bad input --------------------------------------------------------------------------------


def test_bad_files_are_reported_by_name_and_the_good_one_is_read(tmp_path):
    (tmp_path / "good.txt").write_text("Oslo talks\n\n" + STORY, "utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n\t\n", "utf-8")
    (tmp_path / "furniture.txt").write_text("Photo: AFP\nRead more\nShare\n", "utf-8")
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["good.txt"]
    reported = {Path(p.path).name: p.message for p in problems}
    assert set(reported) == {"binary.txt", "empty.txt", "blank.txt", "furniture.txt"}
    assert "binary" in reported["binary.txt"] and "empty" in reported["empty.txt"]
    assert all(p.fatal for p in problems)


def test_latin1_file_is_built_with_a_warning(tmp_path):
    text = "Caf\u00e9 diplomacy\n\nThe minister of Fran\u00e7a met his counterpart in S\u00e3o Paulo on Monday.\n"
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    (article,), problems = read(tmp_path / "latin.txt")
    assert "S\u00e3o Paulo" in article.body and article.title == "Caf\u00e9 diplomacy"
    assert len(problems) == 1 and not problems[0].fatal
    assert problems[0].path == str(tmp_path / "latin.txt") and "UTF-8" in problems[0].message


def test_utf16_with_bom_is_read(tmp_path):
    (tmp_path / "u16.txt").write_bytes(("Oslo talks\n\n" + STORY).encode("utf-16"))
    (article,), problems = read(tmp_path / "u16.txt")
    assert problems == [] and "Sergei Lavrov" in article.body


def test_file_over_max_bytes_is_skipped(tmp_path):
    (tmp_path / "big.txt").write_text("Oslo talks\n\n" + STORY * 10, "utf-8")
    (tmp_path / "small.txt").write_text("Oslo talks\n\n" + STORY, "utf-8")
    articles, problems = read(tmp_path, max_bytes=200)
    assert [a.id for a in articles] == ["small.txt"]
    assert [(Path(p.path).name, "too large" in p.message) for p in problems] == [("big.txt", True)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_is_reported(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(STORY, "utf-8")
    path.chmod(0)
    try:
        articles, problems = read(path)
    finally:
        path.chmod(0o644)
    assert articles == [] and "cannot read" in problems[0].message


def test_broken_link_directory_and_fifo_named_like_articles_are_reported(tmp_path):
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "folder.txt" / "inner.txt").write_text("Oslo talks\n\n" + STORY, "utf-8")
    articles, problems = read(tmp_path)  # must not block on the FIFO
    assert [a.id for a in articles] == ["inner.txt"]
    assert sorted(Path(p.path).name for p in problems) == ["link.txt", "pipe.txt"]
    articles, problems = read(tmp_path / "link.txt", tmp_path / "missing.txt", tmp_path / "*.none")
    assert articles == [] and len(problems) == 3


def test_same_input_twice_is_read_once_and_a_clashing_name_is_reported(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("Oslo talks\n\n" + STORY, "utf-8")
    articles, problems = read(tmp_path / "a", tmp_path / "a" / "story.txt", tmp_path / "b")
    assert [a.id for a in articles] == ["story.txt"]
    assert [Path(p.path).parent.name for p in problems] == ["b"]


def test_glob_pattern(tmp_path):
    for name in ("one.txt", "two.txt", "three.md"):
        (tmp_path / name).write_text("Oslo talks\n\n" + STORY, "utf-8")
    articles, problems = read(tmp_path / "*.txt")
    assert sorted(a.id for a in articles) == ["one.txt", "two.txt"] and problems == []


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path, encoding):
    (tmp_path / "u16.txt").write_bytes(("Oslo talks\n\n" + STORY).encode(encoding))
    (article,), problems = read(tmp_path / "u16.txt")
    assert problems == [] and article.title == "Oslo talks" and article.body == STORY.strip()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_in_other_scripts_is_read(tmp_path, encoding):
    # Cyrillic and Chinese letters have no NUL byte: the spaces, digits and punctuation do.
    story = "Министр Лавров встретился с Ван И в Москве 9 мая. 王毅 与 拉夫罗夫 会谈。\n"
    (tmp_path / "u16.txt").write_bytes(("Talks\n\n" + story).encode(encoding))
    (article,), problems = read(tmp_path / "u16.txt")
    assert problems == [] and article.body == story.strip()


def test_utf16_jsonl_without_bom_is_read(tmp_path):
    lines = "\n".join(json.dumps({"title": f"Talks {n}", "text": STORY}) for n in (1, 2))
    (tmp_path / "u16.jsonl").write_bytes(lines.encode("utf-16-le"))
    articles, problems = read(tmp_path / "u16.jsonl")
    assert problems == [] and [a.title for a in articles] == ["Talks 1", "Talks 2"]


def test_binary_files_with_nul_bytes_on_one_side_are_still_refused(tmp_path):
    # 16-bit little-endian integers: every high byte NUL, like UTF-16 text, but control characters once decoded
    (tmp_path / "samples.txt").write_bytes(b"".join(n.to_bytes(2, "little") for n in range(1, 32)) * 40)
    # an odd length cannot be UTF-16
    (tmp_path / "odd.txt").write_bytes(("Oslo talks\n\n" + STORY).encode("utf-16-le") + b"x")
    articles, problems = read(tmp_path)
    assert articles == []
    assert {Path(p.path).name: p.message for p in problems} == {"samples.txt": "binary file, not text",
                                                                "odd.txt": "binary file, not text"}
