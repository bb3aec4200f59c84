"""Long articles in pieces: paragraph batches under a size the model parses in bounded memory, and back.

    split(article, limit)  → [Piece(offset, article)]    each piece a slice of the body, cut between paragraphs
    join(article, parts)   → Extraction                   offsets shifted back into the whole body

A paragraph longer than ``limit`` is cut between sentences, then at a space. Relations and
mentions never cross a cut: the pieces are parsed on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from kg.records import Article, Entity, Extraction

__all__ = ["PIECE_CHARS", "Piece", "split", "join"]

# Far below spaCy's 1,000,000-character limit, and small enough that parsing stays in bounded memory.
PIECE_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Piece:
    """A slice of an article's body, as an article of its own, and where it starts in the whole."""

    offset: int
    article: Article


def _cuts(spans: Iterable[tuple[int, int]], start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``start..end`` as runs of whole ``spans`` of at most ``limit`` characters (longer spans on their own)."""
    runs: list[tuple[int, int]] = []
    run_start = None
    last_end = start
    for s, e in spans:
        if s < start or e > end:
            continue
        if run_start is not None and e - run_start > limit:
            runs.append((run_start, last_end))
            run_start = None
        run_start = s if run_start is None else run_start
        last_end = e
    if run_start is not None:
        runs.append((run_start, last_end))
    return runs


def _at_spaces(body: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut ``start..end`` at the last space before every ``limit`` characters (hard cut where there is none)."""
    runs = []
    while end - start > limit:
        cut = body.rfind(" ", start + 1, start + limit)
        cut = cut if cut > start else start + limit
        runs.append((start, cut))
        start = cut
    runs.append((start, end))
    return runs


def _spans(article: Article, limit: int) -> list[tuple[int, int]]:
    paragraphs = article.paragraphs or ((0, len(article.body)),)
    pieces: list[tuple[int, int]] = []
    for s, e in _cuts(paragraphs, 0, len(article.body), limit):
        if e - s <= limit:
            pieces.append((s, e))
            continue
        for ss, se in _cuts(article.sentences, s, e, limit) or [(s, e)]:
            pieces.extend(_at_spaces(article.body, ss, se, limit) if se - ss > limit else [(ss, se)])
    return pieces


def _within(spans: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple((s - start, e - start) for s, e in spans if s >= start and e <= end)


def split(article: Article, limit: int = PIECE_CHARS) -> list[Piece]:
    """``article`` itself when it is short, else its pieces of at most ``limit`` characters each."""
    if len(article.body) <= limit:
        return [Piece(0, article)]
    return [Piece(s, replace(article, body=article.body[s:e], paragraphs=_within(article.paragraphs, s, e),
                             sentences=_within(article.sentences, s, e)))
            for s, e in _spans(article, limit)]


def _entities(parts: Sequence[Extraction]) -> tuple[Entity, ...]:
    merged: dict[str, Entity] = {}
    for part in parts:
        for e in part.entities:
            seen = merged.get(e.name)
            if seen is None:
                merged[e.name] = e
            else:
                merged[e.name] = replace(seen, aliases=tuple(sorted(set(seen.aliases) | set(e.aliases))),
                                         mentions=seen.mentions + e.mentions, code=seen.code or e.code)
    return tuple(merged[name] for name in sorted(merged))


def join(article: Article, parts: Sequence[tuple[int, Extraction]]) -> Extraction:
    """One Extraction of ``article`` from its pieces' extractions, given with each piece's offset."""
    if len(parts) == 1 and parts[0][0] == 0 and parts[0][1].article is article:
        return parts[0][1]
    return Extraction(
        article=article,
        entities=_entities([x for _, x in parts]),
        mentions=tuple(replace(m, start=m.start + o, end=m.end + o) for o, x in parts for m in x.mentions),
        relations=tuple(replace(r, start=r.start + o, end=r.end + o) for o, x in parts for r in x.relations),
    )
