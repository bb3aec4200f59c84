"""Typed frozen records passed between the stages: strings, ints and offsets only.

    Article ──extract──▶ Extraction(article, entities, mentions, relations)

Offsets (``start``/``end``) are character positions in ``Article.body``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Article", "Mention", "Entity", "Relation", "Extraction", "Problem", "ENTITY_TYPES"]

ENTITY_TYPES = ("Person", "Country", "Organization", "Place", "Event", "Document", "Policy")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article with clean body text and its metadata."""

    id: str
    body: str
    title: str | None = None
    published: str | None = None  # ISO date, yyyy-mm-dd
    source: str | None = None
    url: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the body that refers to an entity."""

    text: str
    start: int
    end: int
    entity: str  # canonical name
    type: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One real thing mentioned in an article, under its canonical name."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    code: str | None = None  # ISO 3166 alpha-3: a country's, or that of the country a place lies in
    actor_code: str | None = None  # CAMEO actor code (RUSGOV, IGOUNO ...) where one is known


@dataclass(frozen=True, slots=True)
class Relation:
    """Who did what to whom, with the sentence that says so."""

    subject: str
    subject_type: str
    predicate: str
    object: str
    object_type: str
    sentence: str
    start: int
    end: int
    date: str | None = None
    place: str | None = None
    mode: str | None = None  # phone | in_person | video
    role: str | None = None  # for holdsPosition
    speaker: str | None = None
    # asserted | intended | called_for | requested | alleged | expected | invited | conditional | hypothetical | questioned | denied
    modality: str = "asserted"
    cameo: str | None = None
    rule: str = ""
    confidence: float = 0.5
    trigger: str = ""
    plover: str | None = None  # PLOVER event type of the CAMEO code
    plover_mode: str | None = None
    plover_context: str | None = None
    subject_code: str | None = None  # CAMEO actor codes (country + sector: HUNGOV, IGOUNO ...)
    object_code: str | None = None
    subject_text: str | None = None  # the words that named a generic actor ("Hungarian officials")
    object_text: str | None = None
    date_source: str | None = None  # sentence | dateline | published: where the date comes from
    factual: bool = True  # False: planned, expected, conditional ... kept, never asserted as having happened


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be used (or was used with a caveat)."""

    path: str
    message: str
    line: int | None = None
    fatal: bool = True  # False: a warning, the article was still built

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{'error' if self.fatal else 'warning'}: {where}: {self.message}"
