"""Extraction: Articles → Extractions (entities, mentions, relations). The only package importing spaCy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

from kg.config import Config
from kg.extract.entities import find_mentions
from kg.extract.lexicon import lexicon
from kg.extract.model import load_model
from kg.extract.relations import find_relations
from kg.extract.resolve import Context
from kg.records import Article, Entity, Extraction, Mention

__all__ = ["extract", "extract_doc"]


@cache
def _iso_codes() -> dict[str, str]:
    return {country.name: country.code for country in lexicon().countries}


def _entities(doc, spans, relations) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    codes = _iso_codes()
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
    entities = tuple(
        Entity(name, types[name], tuple(sorted(aliases[name] - {name})), counts[name],
               codes.get(name) if types[name] == "Country" else None)
        for name in sorted(counts) if name in named or name in in_relations
    )
    return entities, tuple(mentions)


def extract_doc(doc, article: Article) -> Extraction:
    """Extract from an already parsed article."""
    spans = find_mentions(doc)
    ctx = Context(doc, spans)
    relations = find_relations(doc, ctx, published=article.published)
    entities, mentions = _entities(doc, spans, relations)
    return Extraction(article=article, entities=entities, mentions=mentions, relations=tuple(relations))


def extract(articles: Iterable[Article], *, config: Config | None = None) -> Iterator[Extraction]:
    """Parse articles in batches with spaCy and yield one Extraction per Article, in order."""
    config = config or Config()
    nlp = load_model(config.model)
    stream = ((article.body, article) for article in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=config.batch_size):
        yield extract_doc(doc, article)
