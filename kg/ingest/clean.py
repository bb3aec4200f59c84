"""Separate the story from page furniture in plain-text news: title, dateline, source, body.

The rules are data (``boilerplate.json``); this module only applies them, line by line:

* ``cut_from``: a comments section ends the story (once some story text has been seen);
* ``drop_line`` / ``strip_phrase``: credits, breadcrumbs, share buttons, "Enditem";
* ``list_heading``: "Off the wire", "Related": drops the headline links after it, up to a blank line
  or the first real sentence; bullet runs ("a • b • c • d") go wherever they are;
* ``teaser``: "Read more" drops itself and the headline after it; a short line printed twice is
  a teaser too;
* ``dateline``: the first lines may carry the date and outlet ("Xinhua, December 23, 2020"); a wire
  dateline opening the story ("OSLO, March 3 (NTB) --") gives them too and stays in the story;
* ``source_footer``: "Source: Newsroom" or a bare outlet name closing the text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.ingest.dates import parse_date
from kg.places import locate

__all__ = ["CleanText", "clean_text", "xml_safe"]

_SENTENCE_END = re.compile(r"[.!?…\"”’]$")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # zero-width characters, soft hyphen
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\f\v]+")
_BULLET = re.compile(r"^[•·▪►■*-]\s")
_DATELINE_LINES = 4  # a dateline is looked for among the first kept lines only
# Characters XML 1.0 cannot hold (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF):
# removed where text enters, so every export (RDF/XML, GraphML, GEXF, HTML) can carry every string.
_NOT_XML = {c: None for c in (*range(0x20), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF) if c not in (9, 10, 13)}
_NOT_XML.update({0x0B: " ", 0x0C: " "})
_HAS_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class CleanText:
    """A plain-text article split into metadata and story paragraphs."""

    title: str | None
    published: str | None
    source: str | None
    paragraphs: tuple[str, ...]


@cache
def _rules() -> dict:
    data = json.loads(resources.files("kg.ingest").joinpath("boilerplate.json").read_text("utf-8"))

    def compile_all(key: str, flags: int = re.IGNORECASE) -> list[re.Pattern[str]]:
        return [re.compile(p, flags) for p in data[key]]

    return {
        "drop": compile_all("drop_line") + compile_all("teaser_inline"),
        "strip": compile_all("strip_phrase"),
        "list_heading": compile_all("list_heading"),
        "teaser": compile_all("teaser"),
        "cut": compile_all("cut_from"),
        "dateline": compile_all("dateline", 0),
        "footer": re.compile(data["source_footer"], re.IGNORECASE),
        "separators": tuple(data["list_separators"]),
    }


def _matches(patterns: list[re.Pattern[str]], line: str) -> bool:
    return any(p.match(line) for p in patterns)


def _is_link_list(line: str, separators: tuple[str, ...]) -> bool:
    """A run of headlines joined by bullets: three or more separators in one line."""
    return any(line.count(f" {sep} ") + line.count(f"{sep} ") >= 3 for sep in separators)


def _looks_like_heading(line: str) -> bool:
    """Short, or not ending like a sentence: a title, a sub-heading or a headline link."""
    return len(line) <= 200 and not _SENTENCE_END.search(line.rstrip("'‘’")) or len(line.split()) <= 4


def _is_sentence(line: str) -> bool:
    return not _looks_like_heading(line)


def _normalise(raw: str) -> list[str]:
    text = _INVISIBLE.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    return [_SPACES.sub(" ", line).strip() for line in text.split("\n")]


def _cut_comments(lines: list[str], rules: dict) -> list[str]:
    """Drop everything from a comments section on, once the story has begun."""
    started = False
    for index, line in enumerate(lines):
        if started and _matches(rules["cut"], line):
            return lines[:index]
        started = started or _is_sentence(line)
    return lines


def _story_lines(lines: list[str], rules: dict) -> list[str]:
    """Lines left after dropping furniture, headline lists and teasers (blank lines removed)."""
    counts = Counter(line for line in lines if line)
    kept: list[str] = []
    block: str | None = None  # "list" after a list heading, "teaser" after "Read more"
    items = 0
    for line in lines:
        for pattern in rules["strip"]:
            line = pattern.sub("", line).strip()
        if block == "list":
            if not line:
                block = None if items else block
                continue
            if _looks_like_heading(line) or _BULLET.match(line) or _is_link_list(line, rules["separators"]):
                items += 1
                continue
            block = None  # a real sentence: the story goes on
        elif block == "teaser":
            if not line:
                continue
            block = None
            if _looks_like_heading(line):
                continue
        if not line:
            continue
        if _matches(rules["list_heading"], line):
            block, items = "list", 0
        elif _matches(rules["teaser"], line):
            block = "teaser"
        elif _matches(rules["drop"], line) or _is_link_list(line, rules["separators"]):
            pass
        # A short line printed twice is a teaser of another story ("Read more" blocks), not the story.
        elif not (counts[line] > 1 and _looks_like_heading(line)):
            kept.append(line)
    return kept


def _dateline(kept: list[str], rules: dict) -> tuple[str | None, str | None, list[str]]:
    """Find a dateline among the first lines: (published, source, lines without it)."""
    for index, line in enumerate(kept[:_DATELINE_LINES]):
        for pattern in rules["dateline"]:
            match = pattern.match(line)
            if not match:
                continue
            groups = match.groupdict()
            if groups.get("place") and not groups.get("source") and locate(groups["place"].title()) is None:
                continue  # (a town's name opens a dateline with no agency: "LIMA, May 3, 2024 - "; not "RT, …")
            date = parse_date(groups.get("date"))
            source, rest = (groups.get("source") or "").strip() or None, groups.get("rest")
            if date or (source and rest):
                # (a wire dateline opening the story stays in it: its place and date are the events' defaults)
                replacement = [line] if groups.get("place") else [rest.strip()] if rest and rest.strip() else []
                return date, source, kept[:index] + replacement + kept[index + 1:]
    return None, None, kept


def _footer(kept: list[str], rules: dict) -> tuple[str | None, bool]:
    """Pop the outlet named by the last line: ("Newsroom", True) for "Source: Newsroom", (name, False) for a bare name."""
    if len(kept) < 2:
        return None, False
    last = kept[-1]
    footer = rules["footer"].match(last)
    if footer:
        kept.pop()
        return footer["source"].strip(), True
    if len(last.split()) <= 3 and not _SENTENCE_END.search(last) and last[:1].isupper():
        kept.pop()
        return last, False
    return None, False


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (vertical tab and form feed become spaces)."""
    return text.translate(_NOT_XML) if _HAS_NOT_XML.search(text) else text


def clean_text(raw: str) -> CleanText:
    """Split raw article text into title, publication date, source and story paragraphs."""
    rules = _rules()
    kept = _story_lines(_cut_comments(_normalise(raw), rules), rules)
    published, source, kept = _dateline(kept, rules)
    footer, explicit = _footer(kept, rules)
    source = footer if explicit else source or footer
    title = kept.pop(0) if len(kept) > 1 and _looks_like_heading(kept[0]) else None
    return CleanText(title=title, published=published, source=source, paragraphs=tuple(kept))
