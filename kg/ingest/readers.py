"""Readers: one function per file kind, each turning a path into Articles or raising InputError."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import clean_text, xml_safe
from kg.ingest.dates import parse_date
from kg.records import Article, Problem

__all__ = ["READERS", "MANY_PER_FILE", "BY_FILE", "reader", "decode", "make_article", "utf16_without_bom"]

Warn = Callable[[Problem], None]
# suffix -> reader(path, data, warn, *, max_bytes) yielding Articles or raising InputError
READERS: dict[str, Callable[..., Iterator[Article]]] = {}
# Suffixes of files holding many articles: max_bytes applies to each article, not to the file.
MANY_PER_FILE: set[str] = set()
# Suffixes of files holding one article whose id is the file's name and whose sha256 is that of the file's bytes.
BY_FILE: set[str] = set()
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# UTF-16 without a byte order mark: share of pairs with a NUL on one side, at most on the other side,
# and of the decoded characters that must be printable.
_WIDE_NUL_SHARE, _WIDE_OTHER_SHARE, _PRINTABLE_SHARE = 0.10, 0.05, 0.95

_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+[\"”’)]*|$)")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|U\.S|U\.N))\.$")


def reader(*suffixes: str, many: bool = False, by_file: bool = False):
    """Register a reader for file suffixes (``many``: one file holds many articles; ``by_file``: one article,
    named by the file, its sha256 the file's); returns it unchanged."""

    def register(func):
        for suffix in suffixes:
            READERS[suffix] = func
            if many:
                MANY_PER_FILE.add(suffix)
            if by_file:
                BY_FILE.add(suffix)
        return func

    return register


def decode(data: bytes, path: Path, warn: Warn) -> str:
    """UTF-8 or UTF-16, with or without BOM; otherwise cp1252/Latin-1 with a warning. Binary data is refused."""
    if not data.strip():
        raise InputError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"starts like {encoding} but is not: {exc.reason}") from None
    sample = data[:8192]
    wide = utf16_without_bom(sample)
    if wide is not None:
        text = _printable(data, wide)
        if text is not None:
            return text
        raise InputError("binary file, not text")
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in sample)
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        for encoding in ("cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            warn(Problem(str(path), f"not UTF-8 (byte {exc.start}); decoded as {encoding}", fatal=False))
            return text
    raise InputError("undecodable text")  # pragma: no cover  (latin-1 decodes any bytes)


def utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the NUL bytes of ``sample`` all stand at odd or all at even places.

    Text in UTF-16 has a NUL byte beside every ASCII letter, space and digit, always on the same
    side of the pair; binary data has them anywhere. Whether the text really is text is checked
    after decoding (see ``_printable``).
    """
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    low = sample[0:2 * pairs:2].count(0)  # NUL as the first byte of a pair: the high byte of big-endian text
    high = sample[1:2 * pairs:2].count(0)
    for nul, other, encoding in ((high, low, "utf-16-le"), (low, high, "utf-16-be")):
        # Even Cyrillic or Greek prose has ASCII spaces and punctuation; a few characters such as
        # U+4E00 ("一") put a NUL on the other side.
        if nul >= pairs * _WIDE_NUL_SHARE and other <= pairs * _WIDE_OTHER_SHARE:
            return encoding
    return None


def _printable(data: bytes, encoding: str) -> str | None:
    """``data`` decoded, if it decodes and nearly all of it is printable text; else None."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    sample = text[:4096]
    readable = sum(c.isprintable() or c in "\t\n\r\f" for c in sample)
    return text if readable >= len(sample) * _PRINTABLE_SHARE else None


def _sentences(body: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Rough sentence offsets for readers and viewers; extraction re-splits with spaCy."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        start = None
        for match in _SENTENCE.finditer(body, p_start, p_end):
            if not match.group().strip():
                continue
            begin = match.start() + len(match.group()) - len(match.group().lstrip())
            start = begin if start is None else start
            if _ABBREVIATION.search(match.group().rstrip()) and match.end() < p_end:
                continue
            spans.append((start, match.end()))
            start = None
        if start is not None:
            spans.append((start, p_end))
    return tuple(spans)


def make_article(
    id: str, paragraphs: tuple[str, ...] | list[str], *, raw: bytes, **meta: str | None
) -> Article:
    """Join paragraphs into a body and record their offsets; text XML cannot hold is removed here, once."""
    paragraphs = [p for p in (xml_safe(p).strip() for p in paragraphs) if p]
    meta = {key: xml_safe(value) if value is not None else None for key, value in meta.items()}
    offsets, cursor = [], 0
    for paragraph in paragraphs:
        offsets.append((cursor, cursor + len(paragraph)))
        cursor += len(paragraph) + 2
    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise InputError("no article text left after removing page furniture")
    spans = tuple(offsets)
    return Article(
        id=xml_safe(id), body=body, paragraphs=spans, sentences=_sentences(body, spans),
        sha256=hashlib.sha256(raw).hexdigest(), **meta,
    )


@reader(".txt", ".text", by_file=True)
def read_text(path: Path, data: bytes, warn: Warn, *, max_bytes: int = 0) -> Iterator[Article]:
    """Plain text: title, dateline and source found by ``clean_text``."""
    clean = clean_text(decode(data, path, warn))
    yield make_article(
        path.name, clean.paragraphs, raw=data, title=clean.title, published=clean.published, source=clean.source
    )


@reader(".html", ".htm", by_file=True)
def read_html(path: Path, data: bytes, warn: Warn, *, max_bytes: int = 0) -> Iterator[Article]:
    """HTML pages: the story and its metadata found by trafilatura."""
    import trafilatura  # noqa: PLC0415  (lazy: heavy, only for HTML)

    text = decode(data, path, warn)
    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    doc = extracted.as_dict() if hasattr(extracted, "as_dict") else extracted
    if not doc or not (doc.get("text") or "").strip():
        raise InputError("no article text found in the HTML")
    paragraphs = [p.strip() for p in doc["text"].split("\n") if p.strip()]
    yield make_article(
        path.name, paragraphs, raw=data, title=doc.get("title"), published=parse_date(doc.get("date")),
        source=doc.get("sitename") or doc.get("hostname"), url=doc.get("url"),
    )


@reader(".jsonl", many=True)
def read_jsonl(path: Path, data: bytes, warn: Warn, *, max_bytes: int = 0) -> Iterator[Article]:
    """One JSON object per line with ``text`` (or ``body``/``content``) and optional title, date, source, url."""
    lines = data.split(b"\n")
    # A NUL byte costs its own line, not the file: blank it before the file is judged text or binary.
    wide = data.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(data[:8192]) is not None  # full of NULs
    nul = [] if wide else [number for number, line in enumerate(lines, 1) if b"\x00" in line]
    if nul and len(nul) * 2 > len([line for line in lines if line.strip()]):
        raise InputError("binary file, not text")
    text = decode(b"\n".join(b"" if b"\x00" in line else line for line in lines) if nul else data, path, warn)
    bad = set(nul)
    # JSON Lines are split at "\n" only: U+2028 and friends may stand inside a JSON string.
    for number, line in enumerate(text.split("\n"), 1):
        if number in bad:
            warn(Problem(str(path), "NUL byte in the line", line=number))
            continue
        if not line.strip():
            continue
        try:
            yield _jsonl_article(f"{path.name}#{number}", line.removesuffix("\r"), max_bytes)
        except json.JSONDecodeError as exc:
            warn(Problem(str(path), f"bad JSON: {exc.msg} (column {exc.colno})", line=number))
        except RecursionError:
            warn(Problem(str(path), "JSON nested too deeply", line=number))
        except InputError as exc:
            warn(Problem(str(path), str(exc), line=number))


def _jsonl_article(id: str, line: str, max_bytes: int) -> Article:
    raw = line.encode("utf-8")
    if max_bytes and len(raw) > max_bytes:
        raise InputError(f"too large ({len(raw):,} bytes > max_bytes {max_bytes:,})")
    record = json.loads(line)
    if not isinstance(record, dict):
        raise InputError(f"not a JSON object but {type(record).__name__}")
    meta = {key: record.get(key) for key in ("title", "date", "published", "source", "url")}
    body = next((record[k] for k in ("text", "body", "content") if isinstance(record.get(k), str)), None)
    if not body or not body.strip():
        raise InputError("no 'text' field")
    if any(value is not None and not isinstance(value, str) for value in meta.values()):
        raise InputError("title, date, published, source and url must be strings")
    clean = clean_text(body)
    paragraphs = list(clean.paragraphs)
    # The record's own title wins; a different first line that clean_text took for one stays in the body.
    if meta["title"] and clean.title and clean.title != meta["title"]:
        paragraphs.insert(0, clean.title)
    return make_article(
        id, paragraphs, raw=raw, title=meta["title"] or clean.title,
        published=parse_date(meta["date"] or meta["published"]) or clean.published,
        source=meta["source"] or clean.source, url=meta["url"],
    )
