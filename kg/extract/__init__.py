"""Extraction: Articles → Extractions (entities, mentions, relations). The only package importing spaCy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from kg.config import Config
from kg.extract.codes import actor_code, country_code, state_of_place
from kg.extract.entities import find_mentions
from kg.extract.model import load_model
from kg.extract.relations import find_relations
from kg.extract.resolve import Arg, Context
from kg.extract.timeplace import find_dateline
from kg.records import Article, Entity, Extraction, Mention

__all__ = ["extract", "extract_doc"]


def _code(name: str, etype: str) -> str | None:
    """The ISO 3166 alpha-3 code of a country, or of the country a place lies in."""
    if etype == "Place":
        return country_code(country) if (country := state_of_place(name)) else None
    return country_code(name) if etype == "Country" else None


def _entities(doc, spans, relations, ctx, date) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    mentions, aliases, counts, types = [], {}, Counter(), {}
    named = set()
    for span in spans:
        words = doc[span.start:span.end]
        text = words.text
        etype = "Country" if span.kind == "metonym" else span.type
        mentions.append(Mention(text, words.start_char, words.end_char, span.name, etype))
        counts[span.name] += 1
        types.setdefault(span.name, etype)
        aliases.setdefault(span.name, set()).add(text)
        if span.kind not in ("demonym", "candidate"):  # adjectives and unseen -isms alone name nothing
            named.add(span.name)
    in_relations = {n for r in relations for n in (r.subject, r.object)}
    for r in relations:  # actors named by no mention of their own: "Gaza City" shelled is Palestine's
        for name, etype, text in ((r.subject, r.subject_type, r.subject_text), (r.object, r.object_type, r.object_text)):
            if name not in counts:
                counts[name] = 1
                types[name] = etype
                aliases[name] = {text} if text else set()
    entities = tuple(
        Entity(name, types[name], tuple(sorted(aliases[name] - {name})), counts[name],
               _code(name, types[name]),
               actor_code(ctx, Arg(name, types[name]), date))
        for name in sorted(counts) if name in named or name in in_relations
    )
    return entities, tuple(mentions)


def extract_doc(doc, article: Article) -> Extraction:
    """Extract from an already parsed article."""
    dateline = find_dateline(article.body, article.published)
    # A dateline ("MOSCOW, Nov. 9 (Xinhua) --") says where the story was filed, by whom: no actor of it.
    spans = [s for s in find_mentions(doc, article.published) if dateline is None or doc[s.start].idx >= dateline.end]
    ctx = Context(doc, spans, published=article.published)
    relations = find_relations(doc, ctx, published=article.published, dateline=dateline)
    entities, mentions = _entities(doc, spans, relations, ctx, article.published)
    return Extraction(article=article, entities=entities, mentions=mentions, relations=tuple(relations))


def _checked(article) -> Article:
    if not isinstance(article, Article):
        raise TypeError(f"extract() takes Article records, not {type(article).__name__}; "
                        "for a plain text use kg.extract_text(text)")
    return article


def extract(articles: Iterable[Article], *, config: Config | None = None) -> Iterator[Extraction]:
    """Parse articles in batches with spaCy and yield one Extraction per Article, in order.

    For a plain string use ``kg.extract_text(text)``.
    """
    if isinstance(articles, str):
        raise TypeError("extract() takes Article records; for a plain text use kg.extract_text(text)")
    config = config or Config()
    nlp = load_model(config.model)
    stream = ((_checked(article).body, article) for article in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=config.batch_size):
        yield extract_doc(doc, article)
