"""Score a build against gold annotations, exactly as the gold contract describes.

Relations are de-duplicated per article on (predicate, resolved subject, resolved object),
symmetric predicates ignoring order; each takes the first unmatched gold relation it fits
(required ones first). Precision counts every fitting relation, recall only required ones.
A gold relation that names a PLOVER type is also fitted by a relation of that type with fitting
actors, whatever its predicate (``"predicate": null``: by type alone). Scores are reported per
predicate and per PLOVER type.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

__all__ = ["evaluate", "score", "EvalReport", "Scores", "normalize"]

_QUOTES = re.compile(r"[\"'‘’“”«»`´]")
# Older PLOVER names of the same types.
_PLOVER_SYNONYMS = {"DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "CONCEDE": "RETREAT", "REQUEST": "DEMAND",
                    "RETREAT/CONCEDE": "RETREAT"}


def plover_type(name: str | None) -> str | None:
    """A PLOVER type under its current name (DISAPPROVE and INVESTIGATE are ACCUSE, CONCEDE is RETREAT)."""
    if not name:
        return None
    name = name.strip().upper()
    return _PLOVER_SYNONYMS.get(name, name)


def normalize(name: str) -> str:
    """NFKC, quotes removed, lower case, spaces collapsed, leading 'the ' and trailing ''s' dropped."""
    text = unicodedata.normalize("NFKC", name)
    text = re.sub(r"['’]s\b\s*$", "", text.strip())
    text = " ".join(_QUOTES.sub("", text).lower().split())
    text = re.sub(r"^the\s+", "", text)
    return text.strip(" \t.,;:!?()[]{}-–—")


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts and the ratios derived from them."""

    tp: int = 0
    fp: int = 0
    required: int = 0
    matched_required: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.matched_required / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "required": self.required, "matched_required": self.matched_required,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Overall, per-predicate and entity scores, with the misses and false positives to look at."""

    relations: Scores
    per_predicate: dict[str, Scores]
    entities: Scores
    negation_errors: int
    per_plover: dict[str, Scores] = field(default_factory=dict)
    misses: tuple[dict, ...] = ()
    false_positives: tuple[dict, ...] = ()
    entity_misses: tuple[dict, ...] = ()
    entity_false_positives: tuple[dict, ...] = ()

    def as_dict(self) -> dict:
        return {
            "relations": self.relations.as_dict(),
            "per_predicate": {k: v.as_dict() for k, v in sorted(self.per_predicate.items())},
            "per_plover": {k: v.as_dict() for k, v in sorted(self.per_plover.items())},
            "entities": self.entities.as_dict(),
            "negation_errors": self.negation_errors,
            "misses": list(self.misses), "false_positives": list(self.false_positives),
            "entity_misses": list(self.entity_misses), "entity_false_positives": list(self.entity_false_positives),
        }

    def to_json(self) -> str:
        """The whole report as JSON."""
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False)

    @property
    def text(self) -> str:
        """The report for people (see ``to_text``)."""
        return self.to_text()

    def to_text(self) -> str:
        """A report for people: tables first, then every miss and false positive with its sentence."""
        lines = [f"{'predicate':<16}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'req':>5}"]
        rows = [*sorted(self.per_predicate.items()), ("ALL relations", self.relations), ("entities", self.entities)]
        if self.per_plover:
            rows += [("", None), ("PLOVER type", None), *sorted(self.per_plover.items())]
        for name, s in rows:
            if s is None:
                lines.append(name)
                continue
            lines.append(f"{name:<16}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>5}{s.fp:>5}{s.required:>5}")
        lines.append(f"negation errors: {self.negation_errors}")
        for title, items in (("missed relations", self.misses), ("false positives", self.false_positives)):
            lines.append(f"\n{title} ({len(items)}):")
            for item in items:
                neg = "  [NEGATION]" if item.get("negation") else ""
                kind = f" ({item['plover']})" if item.get("plover") else ""
                rule = f"  [{item['rule']}]" if item.get("rule") else ""
                lines.append(f"  {item['article']}: {item['subject']} {item['predicate']}{kind} {item['object']}{neg}{rule}")
                if item.get("sentence"):
                    lines.append(f"      “{item['sentence']}”")
        for title, items in (("missed entities", self.entity_misses), ("false-positive entities", self.entity_false_positives)):
            lines.append(f"\n{title} ({len(items)}):")
            lines.extend(f"  {i['article']}: {i['name']} ({i.get('type', '')}) {i.get('why', '')}".rstrip() for i in items)
        return "\n".join(lines)


class _Resolver:
    def __init__(self, entities: dict) -> None:
        self.alias: dict[str, str] = {}
        self.types: dict[str, set[str]] = {}
        # An entity's own name names it, before any other entity's alias list is consulted.
        for canonical, info in entities.items():
            key = normalize(canonical)
            self.types[key] = set(info.get("types", []))
            self.alias[key] = key
        for canonical, info in entities.items():
            for alias in info.get("aliases", []):
                self.alias.setdefault(normalize(alias), normalize(canonical))

    def __call__(self, name: str) -> str:
        key = normalize(name)
        return self.alias.get(key, key)

    def many(self, names) -> frozenset[str]:
        return frozenset(self(n) for n in ([names] if isinstance(names, str) else names))


def _read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise InputError(f"{path} not found: build first (kg build ... -o {path.parent})")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _fits(rel: dict, gold: dict, resolve: _Resolver, symmetric: set[str]) -> bool:
    same_type = gold.get("plover") and plover_type(rel.get("plover")) == plover_type(gold["plover"])
    if rel["predicate"] != gold.get("predicate") and not same_type:
        return False
    subjects, objects = resolve.many(gold["subject"]), resolve.many(gold["object"])
    s, o = resolve(rel["subject"]), resolve(rel["object"])
    either_way = rel["predicate"] in symmetric or (gold.get("predicate") or rel["predicate"]) in symmetric
    return (s in subjects and o in objects) or (either_way and s in objects and o in subjects)


def _label(gold: dict) -> str:
    return gold.get("predicate") or f"({plover_type(gold.get('plover'))})"


def score(gold: dict, relations: list[dict], entities: list[dict]) -> EvalReport:
    """Score system relations and entities (dicts as in relations/entities.jsonl) against a gold dict."""
    resolve = _Resolver(gold.get("entities", {}))
    symmetric = set(gold.get("symmetric", []))
    by_article_rel, by_article_ent = defaultdict(list), defaultdict(list)
    for rel in relations:
        by_article_rel[rel["article"]].append(rel)
    for ent in entities:
        by_article_ent[ent["article"]].append(ent)

    counts: dict[str, Counter] = defaultdict(Counter)
    by_type: dict[str, Counter] = defaultdict(Counter)
    ent_counts: Counter = Counter()
    negation_errors = 0
    misses, fps, ent_misses, ent_fps = [], [], [], []
    for article in gold["articles"]:
        name = article["article"]
        golds = sorted(article["relations"], key=lambda g: not g.get("required", True))
        for g in golds:
            if g.get("required", True):
                counts[_label(g)]["required"] += 1
                if g.get("plover"):
                    by_type[plover_type(g["plover"])]["required"] += 1
        matched: set[int] = set()
        seen: set = set()
        for rel in by_article_rel.get(name, []):
            s, o = resolve(rel["subject"]), resolve(rel["object"])
            key = (rel["predicate"], *((sorted((s, o))) if rel["predicate"] in symmetric else (s, o)))
            if key in seen:
                continue
            seen.add(key)
            fitting = [i for i, g in enumerate(golds) if _fits(rel, g, resolve, symmetric)]
            kind = plover_type(rel.get("plover"))
            if not fitting:
                counts[rel["predicate"]]["fp"] += 1
                if kind:
                    by_type[kind]["fp"] += 1
                negative = any(_fits(rel, n, resolve, symmetric) for n in article.get("negative", []))
                negation_errors += negative
                fps.append({"article": name, "subject": rel["subject"], "predicate": rel["predicate"],
                            "object": rel["object"], "plover": kind, "rule": rel.get("rule"),
                            "sentence": rel.get("sentence", ""), "negation": negative})
                continue
            free = [i for i in fitting if i not in matched]
            if free:
                matched.add(free[0])
                g = golds[free[0]]
                label = rel["predicate"] if rel["predicate"] == g.get("predicate") else _label(g)
                counts[label]["tp"] += 1
                typed = plover_type(g.get("plover"))
                if typed:
                    by_type[typed]["tp"] += 1
                if g.get("required", True):
                    counts[label]["matched_required"] += 1
                    if g.get("plover"):
                        by_type[typed]["matched_required"] += 1
        for i, g in enumerate(golds):
            if g.get("required", True) and i not in matched:
                misses.append({"article": name, "subject": " | ".join(g["subject"]), "predicate": g.get("predicate"),
                               "object": " | ".join(g["object"]), "plover": plover_type(g.get("plover")),
                               "sentence": article.get("text", "")})

        required = {resolve(n) for n in article.get("entities", [])}
        allowed = required | {resolve(n) for n in article.get("optional_entities", [])}
        ent_counts["required"] += len(required)
        found: set[str] = set()
        for ent in by_article_ent.get(name, []):
            key = resolve(ent["name"])
            types = resolve.types.get(key)
            if key not in allowed:
                ent_counts["fp"] += 1
                ent_fps.append({"article": name, "name": ent["name"], "type": ent.get("type"), "why": "not in gold"})
            elif types and ent.get("type") not in types:
                ent_counts["fp"] += 1
                ent_fps.append({"article": name, "name": ent["name"], "type": ent.get("type"),
                                "why": f"type should be {'/'.join(sorted(types))}"})
            elif key in required and key not in found:
                found.add(key)
                ent_counts["tp"] += 1
                ent_counts["matched_required"] += 1
        ent_misses.extend({"article": name, "name": n} for n in sorted(required - found))

    per_predicate = {p: Scores(c["tp"], c["fp"], c["required"], c["matched_required"]) for p, c in counts.items()}
    typed_gold = any(g.get("plover") for a in gold["articles"] for g in a["relations"])
    per_plover = {p: Scores(c["tp"], c["fp"], c["required"], c["matched_required"])
                  for p, c in by_type.items()} if typed_gold else {}
    total = Counter()
    for c in counts.values():
        total.update(c)
    return EvalReport(
        relations=Scores(total["tp"], total["fp"], total["required"], total["matched_required"]),
        per_predicate=per_predicate,
        entities=Scores(ent_counts["tp"], ent_counts["fp"], ent_counts["required"], ent_counts["matched_required"]),
        negation_errors=negation_errors, per_plover=per_plover,
        misses=tuple(misses), false_positives=tuple(fps),
        entity_misses=tuple(ent_misses), entity_false_positives=tuple(ent_fps),
    )


def evaluate(gold: str | Path, *, out: str | Path = "output") -> EvalReport:
    """Score ``out/relations.jsonl`` and ``out/entities.jsonl`` against the gold file ``gold``."""
    gold_path, out = Path(gold), Path(out)
    try:
        gold_data = json.loads(gold_path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file {gold_path}: {exc}") from None
    return score(gold_data, _read_jsonl(out / "relations.jsonl"), _read_jsonl(out / "entities.jsonl"))
