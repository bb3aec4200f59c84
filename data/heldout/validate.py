"""Check the held-out gold: python data/heldout/validate.py [FOLDER] [--sentences N] (from anywhere).

FOLDER defaults to this script's folder (15 articles and 150 sentences expected there); another held-out
folder has the same layout, ``diplomacy/`` and ``diplomacy.gold.json`` being optional.

Checks that diplomacy.gold.json and sentences.gold.json are valid JSON in the GOLD.md format, that every
article in diplomacy/ and every line of sentences.jsonl has exactly one gold entry, that articles have a
headline, a ``Published:`` line, a blank line and 200-400 words, that predicates and PLOVER types are known
and consistent, that every name is in the alias table and that required entities are named in the text.
Prints counts per predicate and PLOVER type, traps and countries.
"""

from __future__ import annotations

import argparse
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
    """The normalisation of GOLD.md."""
    text = unicodedata.normalize("NFKC", name)
    text = re.sub(r"['’]s\b\s*$", "", text.strip())
    text = " ".join(re.sub(r"[\"'‘’“”«»`´]", "", text).lower().split())
    text = re.sub(r"^the\s+", "", text)
    return text.strip(" \t.,;:!?()[]{}-–—")


def check(gold: dict, inputs: dict[str, str], errors: list[str], warnings: list[str], label: str) -> None:
    if gold.get("version") != 1 or gold.get("predicates") != PREDICATES:
        errors.append(f"{label}: version or predicate list differs")
    if gold.get("symmetric") != ["meets", "cooperatesWith"]:
        errors.append(f"{label}: symmetric list differs")
    entities, alias = gold["entities"], {}
    for name, info in entities.items():
        if not info["types"] or not set(info["types"]) <= TYPES:
            errors.append(f"{label}: {name}: bad types {info['types']}")
        alias.setdefault(normalize(name), name)
    for name, info in entities.items():
        for a in info["aliases"]:
            other = alias.setdefault(normalize(a), name)
            if other != name:
                errors.append(f"{label}: alias {a!r} of {name} already names {other}")
    ids = [a["article"] for a in gold["articles"]]
    if sorted(ids) != sorted(inputs) or len(set(ids)) != len(ids):
        errors.append(f"{label}: gold entries differ from the inputs: missing {sorted(set(inputs) - set(ids))[:5]}, "
                      f"extra {sorted(set(ids) - set(inputs))[:5]}")
    for art in gold["articles"]:
        where, text = f"{label}:{art['article']}", inputs.get(art["article"], "")
        date.fromisoformat(art["published"])
        for key in ("entities", "optional_entities", "relations", "negative"):
            if not isinstance(art.get(key), list):
                errors.append(f"{where}: {key} missing")
        if set(art["entities"]) & set(art["optional_entities"]):
            errors.append(f"{where}: entity both required and optional")
        for n in art["entities"] + art["optional_entities"]:
            if n not in entities:
                errors.append(f"{where}: entity {n!r} not in the table")
        for n in art["entities"]:
            names = [n] + entities.get(n, {}).get("aliases", [])
            if not any(re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", text, re.I) for x in names):
                warnings.append(f"{where}: required entity {n!r} named only indirectly (demonym or description)")
        for rel in art["relations"] + art["negative"]:
            p = rel["predicate"]
            if p is not None and p not in PREDICATES:
                errors.append(f"{where}: unknown predicate {p}")
            if not rel["subject"] or not rel["object"]:
                errors.append(f"{where}: empty subject or object")
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
        for rel in art["relations"]:
            if not isinstance(rel.get("required"), bool):
                errors.append(f"{where}: relation without required flag")
        for rel in art["negative"]:
            if not rel.get("why"):
                errors.append(f"{where}: negative without why")


def stats(gold: dict) -> dict:
    req_pred, opt_pred, req_type, opt_type, items_type = Counter(), Counter(), Counter(), Counter(), Counter()
    neg_pred, neg_type = Counter(), Counter()
    for art in gold["articles"]:
        seen = set()
        for rel in art["relations"]:
            key = rel["predicate"] or "(null)"
            (req_pred if rel["required"] else opt_pred)[key] += 1
            if "plover" in rel:
                (req_type if rel["required"] else opt_type)[rel["plover"]] += 1
                if rel["required"]:
                    seen.add(rel["plover"])
        items_type.update(seen)
        for rel in art["negative"]:
            neg_pred[rel["predicate"] or "(null)"] += 1
            if "plover" in rel:
                neg_type[rel["plover"]] += 1
    countries = {n for art in gold["articles"] for n in art["entities"] + art["optional_entities"]
                 if gold["entities"][n]["types"][0] == "Country" and n != "the West"}
    with_neg = [a for a in gold["articles"] if a["negative"]]
    pure = [a for a in with_neg if not any(r["required"] for r in a["relations"])]
    return {"req_pred": req_pred, "opt_pred": opt_pred, "req_type": req_type, "opt_type": opt_type,
            "items_type": items_type, "neg_pred": neg_pred, "neg_type": neg_type, "countries": countries,
            "with_neg": len(with_neg), "pure": len(pure), "negatives": sum(len(a["negative"]) for a in with_neg)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check a held-out gold folder.")
    parser.add_argument("folder", nargs="?", type=Path, default=HERE, help="the held-out folder (default: this one)")
    parser.add_argument("--sentences", type=int, default=None, help="expected number of sentences (default: 150 here)")
    parser.add_argument("--articles", type=int, default=None, help="expected number of articles (default: 15 here)")
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    default = folder == HERE
    want_sentences = args.sentences if args.sentences is not None else (150 if default else None)
    want_articles = args.articles if args.articles is not None else (15 if default else None)
    errors: list[str] = []
    warnings: list[str] = []
    articles = {}
    for path in sorted((folder / "diplomacy").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        lines = raw.split("\n")
        datetime.strptime(lines[1], "Published: %b %d, %Y %I:%M %p")
        if lines[2] != "" or not lines[0].strip():
            errors.append(f"{path.name}: headline, Published line, blank line expected")
        words = len(" ".join(lines[3:]).split())
        if not 200 <= words <= 400:
            errors.append(f"{path.name}: {words} words")
        articles[path.name] = raw
    sentences = {}
    raw_lines = (folder / "sentences.jsonl").read_text(encoding="utf-8").split("\n")
    if raw_lines[-1] == "":
        raw_lines.pop()
    for i, line in enumerate(raw_lines, 1):
        rec = json.loads(line)
        if set(rec) != {"text", "published", "title"} or not rec["text"] or not rec["title"]:
            errors.append(f"sentences.jsonl#{i}: text, published and title needed")
        date.fromisoformat(rec["published"])
        sentences[f"sentences.jsonl#{i}"] = rec["text"]
    dpath = folder / "diplomacy.gold.json"
    if dpath.is_file() or articles:
        dgold = json.loads(dpath.read_text(encoding="utf-8"))
        check(dgold, articles, errors, warnings, "diplomacy")
    else:
        dgold = {"entities": {}, "articles": []}
    sgold = json.loads((folder / "sentences.gold.json").read_text(encoding="utf-8"))
    check(sgold, sentences, errors, warnings, "sentences")
    d, s = stats(dgold), stats(sgold)

    print(f"articles: {len(articles)}; sentences: {len(sentences)}")
    print(f"{'predicate':<16}{'art.req':>8}{'art.opt':>8}{'art.neg':>8}{'sen.req':>8}{'sen.opt':>8}{'sen.neg':>8}")
    for p in PREDICATES + ["(null)"]:
        print(f"{p:<16}{d['req_pred'][p]:>8}{d['opt_pred'][p]:>8}{d['neg_pred'][p]:>8}"
              f"{s['req_pred'][p]:>8}{s['opt_pred'][p]:>8}{s['neg_pred'][p]:>8}")
    print(f"{'PLOVER':<16}{'art.req':>8}{'art.opt':>8}{'art.neg':>8}{'sen.req':>8}{'sen.opt':>8}{'sen.neg':>8}{'sent':>6}")
    for t in PLOVER:
        print(f"{t:<16}{d['req_type'][t]:>8}{d['opt_type'][t]:>8}{d['neg_type'][t]:>8}"
              f"{s['req_type'][t]:>8}{s['opt_type'][t]:>8}{s['neg_type'][t]:>8}{s['items_type'][t]:>6}")
    print(f"traps: articles with negatives {d['with_neg']}/{len(articles)} ({d['negatives']} entries); "
          f"sentences with negatives {s['with_neg']} ({s['negatives']} entries, {s['pure']} with no required relation)")
    print(f"countries: {len(d['countries'] | s['countries'])} "
          f"(articles {len(d['countries'])}, sentences {len(s['countries'])})")
    for t in PLOVER:
        if s["items_type"][t] < 10:
            errors.append(f"only {s['items_type'][t]} sentences with a required {t} relation")
    if want_sentences is not None and len(sentences) != want_sentences:
        errors.append(f"expected {want_sentences} sentences, found {len(sentences)}")
    if want_articles is not None and len(articles) != want_articles:
        errors.append(f"expected {want_articles} articles, found {len(articles)}")
    for w in warnings:
        print("note", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
