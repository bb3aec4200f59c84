"""Separate the story from page furniture in plain-text news: title, dateline, source, body."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.ingest.dates import parse_date

__all__ = ["CleanText", "clean_text"]

# A dateline: "Published: Oct 28, 2022 02:04 AM", "Xinhua,December 23, 2020", "RT, December 25, 2022 — text".
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted|date)\s*:\s*(?P<stamp>.{6,40}?)\s*$"
    r"|(?P<source>[A-Z][\w.&' -]{0,30}?)\s*,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"\s*(?:[—–-]+\s*(?P<rest>.*))?$)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…\"”’]$")


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
    flags = re.IGNORECASE
    return {
        "drop": [re.compile(p, flags) for p in data["drop_line"]],
        "strip": [re.compile(p, flags) for p in data["strip_phrase"]],
        "cut": [re.compile(p, flags) for p in data["cut_from"]],
        "footer": re.compile(data["source_footer"], flags),
        "separators": tuple(data["list_separators"]),
    }


def _is_link_list(line: str, separators: tuple[str, ...]) -> bool:
    """A run of headlines joined by bullets: three or more separators, no sentence inside."""
    return any(line.count(f" {sep} ") + line.count(f"{sep} ") >= 3 for sep in separators)


def _looks_like_heading(line: str) -> bool:
    return len(line) <= 200 and not _SENTENCE_END.search(line.rstrip("'‘’")) or len(line.split()) <= 4


def clean_text(raw: str) -> CleanText:
    """Split raw article text into title, publication date, source and story paragraphs."""
    rules = _rules()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.replace("\r\n", "\n").split("\n")]
    for index, line in enumerate(lines):
        if any(p.match(line) for p in rules["cut"]):
            lines = lines[:index]
            break
    counts: dict[str, int] = {}
    for line in lines:
        if line:
            counts[line] = counts.get(line, 0) + 1

    published = source = None
    kept: list[str] = []
    for line in lines:
        for pattern in rules["strip"]:
            line = pattern.sub("", line).strip()
        if not line or any(p.match(line) for p in rules["drop"]) or _is_link_list(line, rules["separators"]):
            continue
        # A short line printed twice is a teaser of another story ("Read more" blocks), not the story.
        if counts.get(line, 0) > 1 and _looks_like_heading(line):
            continue
        match = _DATELINE.match(line) if len(kept) < 4 else None
        if match:
            date = parse_date(match["stamp"] or match["date"])
            if date:
                published = published or date
                source = source or (match["source"] or None)
                if match["rest"]:
                    kept.append(match["rest"])
                continue
        kept.append(line)

    # Footer: "Source: Newsroom" or a bare outlet name closing the text.
    if kept:
        footer = rules["footer"].match(kept[-1])
        if footer:
            source = footer["source"].strip()
            kept.pop()
        elif len(kept[-1].split()) <= 3 and not _SENTENCE_END.search(kept[-1]) and kept[-1][:1].isupper():
            source = source or kept[-1]
            kept.pop()

    title = None
    if len(kept) > 1 and _looks_like_heading(kept[0]):
        title = kept.pop(0)
    return CleanText(title=title, published=published, source=source, paragraphs=tuple(kept))
