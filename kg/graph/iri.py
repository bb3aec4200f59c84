"""Deterministic IRIs: the same name and class give the same IRI in every run and article.

    <base>entity/{class}/{slug}          entity/person/wang-yi, entity/country/china
    <base>article/{id}                   article/000_6b3b4fc02d8024ab.txt (percent-encoded)
    <base>event/{hash}                   an event node (per article or merged)
    <base>evidence/{hash}                a sentence of an article
    <base>occurrence/{hash}              an entity as mentioned in one article
    <base>graph/article/{id}             the named graph of an article
    <base>graph/merged|derived|build     the other named graphs
    <base>build/latest                   the node describing the latest build
    <base>build/actor/{hash}             how active an actor (a name and class) is, in the build graph
    <base>build/row/{hash}               a row of a saved query and a pair it is about, in the build graph

A slug is readable when the name is plain words ("Wang Yi" -> wang-yi); any other name
("U.S.", "Erdoğan") gets its readable part plus ``--`` and a hash of the normalised name, so two
different names never share an IRI, while case and spacing variants ("WANG  Yi") do.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

__all__ = ["Iris", "digest", "id_slug", "normalise", "slug"]

_PLAIN = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_HASH_LEN = 10


def normalise(name: str) -> str:
    """The identity key of a name: NFKC, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def digest(*parts: object, length: int = 16) -> str:
    """A short stable hex hash of ``parts`` (joined with a separator no text contains)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def slug(name: str) -> str:
    """A readable, IRI-safe slug, injective on ``normalise(name)``."""
    key = normalise(name)
    if _PLAIN.fullmatch(key):
        return key.replace(" ", "-")
    ascii_ = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode("ascii")
    readable = _NOT_ALNUM.sub("-", ascii_).strip("-")[:60].strip("-") or "x"
    # "--" never occurs in a plain slug, so hashed and plain slugs cannot meet.
    return f"{readable}--{digest(key, length=_HASH_LEN)}"


def id_slug(identifier: str) -> str:
    """An article identifier as one IRI path segment: unreserved characters kept, others %-encoded."""
    return quote(identifier, safe="") or "%00"


class Iris:
    """Mints every IRI of a dataset under one base IRI."""

    __slots__ = ("base",)

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, name: str, type_: str) -> URIRef:
        """The IRI of entity ``name`` of class ``type_`` (Person, Country, ...)."""
        return URIRef(f"{self.base}entity/{slug(type_)}/{slug(name)}")

    def article(self, article_id: str) -> URIRef:
        """The IRI of an article (its input file name)."""
        return URIRef(f"{self.base}article/{id_slug(article_id)}")

    def article_graph(self, article_id: str) -> URIRef:
        """The named graph holding what was extracted from one article."""
        return URIRef(f"{self.base}graph/article/{id_slug(article_id)}")

    def graph(self, kind: str) -> URIRef:
        """The named graph ``merged``, ``derived`` or ``build``."""
        return URIRef(f"{self.base}graph/{kind}")

    def event(self, *key: object) -> URIRef:
        """An event node identified by ``key`` (predicate, subject, object, date or article, ...)."""
        return URIRef(f"{self.base}event/{digest(*key)}")

    def evidence(self, article_id: str, start: int, end: int) -> URIRef:
        """A sentence (character span) of an article."""
        return URIRef(f"{self.base}evidence/{digest(article_id, start, end)}")

    def occurrence(self, article_id: str, entity: URIRef) -> URIRef:
        """An entity as mentioned in one article."""
        return URIRef(f"{self.base}occurrence/{digest(article_id, entity)}")

    def build(self) -> URIRef:
        """The node describing the latest build."""
        return URIRef(f"{self.base}build/latest")

    def activity(self, name: object, class_: object) -> URIRef:
        """The node counting how active the actors of one name and class are (kg.graph.activity)."""
        return URIRef(f"{self.base}build/actor/{digest(class_, name)}")

    def row(self, *key: object) -> URIRef:
        """The node of a row of a saved query and the pair of entities it is about (kg.graph.listed)."""
        return URIRef(f"{self.base}build/row/{digest(*key)}")
