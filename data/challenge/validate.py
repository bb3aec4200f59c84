"""Check the challenge gold files: python data/challenge/validate.py (from the repo root or anywhere).

Checks that both gold files are valid JSON in the GOLD.md format, that every input (each line of
sentences/sentences.jsonl, each articles/*.txt) has exactly one gold entry, that every PLOVER type
and predicate is known and consistent, that every actor name is in the alias table, and that the
sentence set has at least 320 sentences and at least 18 sentences per PLOVER type. Prints counts.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLOVER = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "ACCUSE", "DEMAND", "REJECT",
          "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"]
PREDICATES = ["meets", "visits", "holdsPosition", "memberOf", "supports", "opposes", "criticizes", "praises",
              "congratulates", "cooperatesWith", "urges", "sanctions", "agrees", "demands", "threatens", "protests",
              "mobilizes", "coerces", "attacks", "aids", "concedes", "investigates"]
PRED_PLOVER = {"meets": {"CONSULT"}, "visits": {"CONSULT"}, "supports": {"SUPPORT"}, "praises": {"SUPPORT"},
               "congratulates": {"SUPPORT"}, "cooperatesWith": {"COOPERATE"}, "criticizes": {"ACCUSE"},
               "investigates": {"ACCUSE"}, "opposes": {"REJECT"}, "urges": {"DEMAND"}, "demands": {"DEMAND"},
               "sanctions": {"SANCTION", "COERCE"}, "agrees": {"AGREE"}, "threatens": {"THREATEN"},
               "protests": {"PROTEST"}, "mobilizes": {"MOBILIZE"}, "coerces": {"COERCE"}, "attacks": {"ASSAULT"},
               "aids": {"AID"}, "concedes": {"RETREAT"}}
TYPES = {"Person", "Country", "Organization", "Place", "Event", "Document", "Policy", "Group"}
ROLES = {"holdsPosition", "memberOf"}


def normalize(name: str) -> str:
    """The normalisation of GOLD.md (same as kg.eval.normalize)."""
    text = unicodedata.normalize("NFKC", name)
    text = re.sub(r"['’]s\b\s*$", "", text.strip())
    text = " ".join(re.sub(r"[\"'‘’“”«»`´]", "", text).lower().split())
    text = re.sub(r"^the\s+", "", text)
    return text.strip(" \t.,;:!?()[]{}-–—")


def check_gold(gold: dict, expected: list[str], errors: list[str], label: str) -> None:
    if gold.get("version") != 1:
        errors.append(f"{label}: version must be 1")
    if gold.get("predicates") != PREDICATES:
        errors.append(f"{label}: predicates list differs")
    if gold.get("symmetric") != ["meets", "cooperatesWith"]:
        errors.append(f"{label}: symmetric list differs")
    entities = gold["entities"]
    alias: dict[str, str] = {}
    for name, info in entities.items():
        if not set(info["types"]) <= TYPES:
            errors.append(f"{label}: {name}: unknown type {info['types']}")
        alias.setdefault(normalize(name), name)
    for name, info in entities.items():
        for a in info["aliases"]:
            other = alias.setdefault(normalize(a), name)
            if other != name and normalize(a) != normalize(other):
                errors.append(f"{label}: alias {a!r} of {name} already names {other}")
    ids = [a["article"] for a in gold["articles"]]
    if sorted(ids) != sorted(expected) or len(set(ids)) != len(ids):
        errors.append(f"{label}: articles differ from the inputs: "
                      f"missing {sorted(set(expected) - set(ids))[:5]}, extra {sorted(set(ids) - set(expected))[:5]}")
    for art in gold["articles"]:
        where = f"{label}:{art['article']}"
        date.fromisoformat(art["published"])
        for key in ("entities", "optional_entities", "relations", "negative"):
            if not isinstance(art.get(key), list):
                errors.append(f"{where}: {key} missing")
        if set(art["entities"]) & set(art["optional_entities"]):
            errors.append(f"{where}: entity both required and optional")
        for rel in art["relations"] + art["negative"]:
            p = rel["predicate"]
            if p is not None and p not in PREDICATES:
                errors.append(f"{where}: unknown predicate {p}")
            for n in rel["subject"] + rel["object"]:
                if normalize(n) not in alias:
                    errors.append(f"{where}: {n!r} not in the entity table")
            if p in ROLES:
                if "plover" in rel:
                    errors.append(f"{where}: {p} carries a plover type")
                if p == "holdsPosition" and not rel.get("role"):
                    errors.append(f"{where}: holdsPosition without role")
                continue
            if rel.get("plover") not in PLOVER:
                errors.append(f"{where}: bad plover {rel.get('plover')}")
            elif p is not None and rel["plover"] not in PRED_PLOVER[p]:
                errors.append(f"{where}: predicate {p} does not fit plover {rel['plover']}")
            if not rel["subject"]:
                errors.append(f"{where}: empty subject")
        for rel in art["relations"]:
            if not isinstance(rel.get("required"), bool):
                errors.append(f"{where}: relation without required flag")
        for rel in art["negative"]:
            if not rel.get("why"):
                errors.append(f"{where}: negative without why")


def stats(gold: dict) -> dict:
    plover_rel, plover_sent, preds = Counter(), Counter(), Counter()
    traps = pure = 0
    for art in gold["articles"]:
        seen = set()
        for rel in art["relations"]:
            preds[rel["predicate"] or "(null)"] += 1
            if "plover" in rel:
                plover_rel[rel["plover"]] += 1
                if rel["required"]:
                    seen.add(rel["plover"])
        plover_sent.update(seen)
        traps += bool(art["negative"])
        pure += bool(art["negative"]) and not any(r["required"] for r in art["relations"])
    countries = {n for art in gold["articles"] for n in art["entities"] + art["optional_entities"]
                 if gold["entities"].get(n, {}).get("types", [""])[0] == "Country"}
    return {"plover_relations": plover_rel, "plover_items": plover_sent, "predicates": preds,
            "items_with_negatives": traps, "pure_traps": pure, "negatives": sum(len(a["negative"]) for a in gold["articles"]),
            "countries": countries}


def main() -> int:
    errors: list[str] = []
    # sentences
    lines = (HERE / "sentences" / "sentences.jsonl").read_text(encoding="utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()
    for i, line in enumerate(lines, 1):
        rec = json.loads(line)
        if not rec.get("text") or not rec.get("title"):
            errors.append(f"sentences.jsonl#{i}: text and title needed")
        if not "1995-01-01" <= rec.get("published", "") <= "2025-12-31":
            errors.append(f"sentences.jsonl#{i}: published out of range")
    sgold = json.loads((HERE / "sentences.gold.json").read_text(encoding="utf-8"))
    check_gold(sgold, [f"sentences.jsonl#{i}" for i in range(1, len(lines) + 1)], errors, "sentences")
    # articles
    files = sorted(p.name for p in (HERE / "articles").glob("*.txt"))
    for name in files:
        raw = (HERE / "articles" / name).read_text(encoding="utf-8").split("\n")
        datetime.strptime(raw[1], "Published: %b %d, %Y %I:%M %p")
        if raw[2] != "":
            errors.append(f"{name}: third line must be blank")
        words = len(" ".join(raw[3:]).split())
        if not 150 <= words <= 350:
            errors.append(f"{name}: {words} words")
    agold = json.loads((HERE / "articles.gold.json").read_text(encoding="utf-8"))
    check_gold(agold, files, errors, "articles")

    s, a = stats(sgold), stats(agold)
    if len(lines) < 320:
        errors.append(f"only {len(lines)} sentences")
    for t in PLOVER:
        if s["plover_items"][t] < 18:
            errors.append(f"only {s['plover_items'][t]} sentences of type {t}")
    print(f"sentences: {len(lines)}; articles: {len(files)}")
    print(f"{'PLOVER':<10}{'sent':>6}{'s.rels':>8}{'art.rels':>10}")
    for t in PLOVER:
        print(f"{t:<10}{s['plover_items'][t]:>6}{s['plover_relations'][t]:>8}{a['plover_relations'][t]:>10}")
    print(f"{'predicate':<16}{'sent':>6}{'art':>6}")
    for p in PREDICATES + ["(null)"]:
        print(f"{p:<16}{s['predicates'][p]:>6}{a['predicates'][p]:>6}")
    print(f"trap sentences (with negatives): {s['items_with_negatives']} ({s['negatives']} negative entries, "
          f"{s['pure_traps']} with no required relation); "
          f"articles with negatives: {a['items_with_negatives']} ({a['negatives']} entries)")
    print(f"countries: {len(s['countries'] | a['countries'])} "
          f"(sentences {len(s['countries'])}, articles {len(a['countries'])})")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
