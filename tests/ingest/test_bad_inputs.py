"""Inputs an unlucky or hostile user gives: each is reported by name with one line, the others are read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import BUILD_MARKER, read_articles, xml_safe
from kg.records import Problem

STORY = "Minister Wang met Sergei Lavrov in Moscow on Monday to discuss trade and security."
XML_CHAR = "[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


def read(*inputs, **kwargs) -> tuple[list, list[Problem]]:
    problems: list[Problem] = []
    articles = list(read_articles([str(i) for i in inputs], on_problem=problems.append, **kwargs))
    return articles, problems


def named(problems: list[Problem]) -> list[str]:
    return sorted(Path(p.path).name for p in problems)


def test_link_loops_are_reported_not_followed(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "back").symlink_to(tmp_path)  # a folder link into its own ancestor
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # a link to itself
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"]
    assert named(problems) == ["back", "self.txt", "x.txt", "y.txt"]
    assert [p.fatal for p in problems if p.path.endswith("back")] == [False]
    assert read(tmp_path / "self.txt")[1][0].fatal


def test_a_linked_folder_outside_the_walk_is_read(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text(STORY, "utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "more").symlink_to(tmp_path / "elsewhere")
    assert [a.id for a in read(tmp_path / "in")[0]] == ["b.txt"]


def test_an_unreadable_sub_folder_is_reported_by_name(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(STORY, "utf-8")
    real_scandir = os.scandir

    def scandir(path):  # as chmod 000 does for anyone but root
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"]
    assert [(Path(p.path).name, p.message, p.fatal) for p in problems] == [
        ("locked", "cannot read folder: Permission denied", True)]


def test_files_without_a_readable_suffix_are_not_articles_in_a_folder(tmp_path):
    for name in ("CURRENT", "LOG", "MANIFEST-000005", "notes.md", "a.txt"):
        (tmp_path / name).write_text(STORY, "utf-8")
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"] and problems == []


def test_a_kg_build_folder_is_never_read_as_input(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    build = tmp_path / "output"
    (build / "html").mkdir(parents=True)
    (build / BUILD_MARKER).write_text("{}", "utf-8")
    (build / "html" / "index.html").write_text(f"<p>{STORY}</p>", "utf-8")
    (build / "relations.jsonl").write_text(json.dumps({"text": STORY}) + "\n", "utf-8")
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"]
    assert [(Path(p.path).name, p.fatal) for p in problems] == [("output", False)]
    articles, problems = read(build)
    assert articles == [] and problems[0].fatal and "kg build folder" in problems[0].message


def test_jsonl_nul_byte_costs_only_its_line(tmp_path):
    lines = [json.dumps({"text": STORY}), '{"text": "broken\x00 line"}', json.dumps({"text": STORY + " Again."})]
    (tmp_path / "news.jsonl").write_bytes("\n".join(lines).encode("utf-8"))
    articles, problems = read(tmp_path / "news.jsonl")
    assert [a.id for a in articles] == ["news.jsonl#1", "news.jsonl#3"]
    assert [(p.line, p.message) for p in problems] == [(2, "NUL byte in the line")]


def test_jsonl_nested_too_deeply_costs_only_its_line(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "news.jsonl").write_text(f"{deep}\n{json.dumps({'text': STORY})}\n", "utf-8")
    articles, problems = read(tmp_path / "news.jsonl")
    assert [a.id for a in articles] == ["news.jsonl#2"]
    assert [(p.line, p.message) for p in problems] == [(1, "JSON nested too deeply")]


def test_jsonl_line_separators_inside_strings_do_not_split_a_record(tmp_path):
    record = {"text": STORY + "\u2028" + STORY, "title": "Talks\u0085in Oslo"}
    (tmp_path / "news.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    articles, problems = read(tmp_path / "news.jsonl")
    assert problems == [] and len(articles) == 1


def test_control_characters_are_removed_where_text_enters(tmp_path):
    record = {"text": f"Wang\x01 Yi met \x1bSergei\x0bLavrov.\x00 {STORY}", "title": "Talks\x08 \ud800in Oslo",
              "source": "News\x7f\x0c Agency"}
    (tmp_path / "news.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    (tmp_path / "odd\x02name.txt").write_text("Talks\x1f in Oslo\n\n" + STORY, "utf-8")
    articles, problems = read(tmp_path)
    assert problems == []
    for article in articles:
        for text in (article.id, article.body, article.title or "", article.source or ""):
            assert xml_safe(text) == text, text
            text.encode("utf-8")  # no lone surrogate left
    news = next(a for a in articles if a.id.startswith("news"))
    assert news.body.startswith("Wang Yi met Sergei Lavrov.")
    assert news.title == "Talks in Oslo" and news.source == "News\x7f  Agency"  # form feed: a space
    assert {a.id for a in articles} == {"news.jsonl#1", "oddname.txt"}


@given(st.text())
def test_xml_safe_leaves_only_characters_xml_can_hold(text):
    import re

    cleaned = xml_safe(text)
    assert re.fullmatch(f"{XML_CHAR}*", cleaned)
    assert xml_safe(cleaned) == cleaned


_LINES = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
                     ["text", "title", "date", "source", "url", "body"]), inner, max_size=4),
                 max_leaves=12).map(lambda v: json.dumps(v).encode()),
    st.builds(lambda n: b"[" * n + b"]" * n, st.integers(0, 50_000)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(st.sampled_from([".txt", ".jsonl", ".html", ".htm", ""]),
                                st.lists(_LINES, max_size=5).map(b"\n".join)), max_size=5))
def test_any_bytes_are_read_or_reported_never_raised(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "good.txt").write_text("Oslo talks\n\n" + STORY, "utf-8")
    for number, (suffix, data) in enumerate(files):
        (folder / f"f{number}{suffix}").write_bytes(data)
    articles, problems = read(folder)
    assert "good.txt" in [a.id for a in articles]
    for problem in problems:
        assert "\n" not in str(problem)
    for article in articles:
        assert xml_safe(article.body) == article.body and article.body.strip()
        for start, end in article.paragraphs:
            assert article.body[start:end].strip()
