"""kg eval: the scoring contract on a small hand-made gold with a known answer."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.eval import evaluate, normalize, score

GOLD = {
    "predicates": ["meets", "supports", "opposes", "sanctions"],
    "symmetric": ["meets"],
    "entities": {
        "Ann Lee": {"types": ["Person"], "aliases": ["Lee", "Ann Lee"]},
        "Bob Ray": {"types": ["Person"], "aliases": ["Ray"]},
        "Freedonia": {"types": ["Country"], "aliases": ["Freedonian side", "Fredville"]},
        "Sylvania": {"types": ["Country"], "aliases": []},
        "Fredville": {"types": ["Place"], "aliases": []},
    },
    "articles": [{
        "article": "a.txt",
        "entities": ["Ann Lee", "Freedonia", "Sylvania", "Fredville"],
        "optional_entities": ["Bob Ray"],
        "relations": [
            {"subject": ["Ann Lee"], "predicate": "meets", "object": ["Bob Ray"], "required": True},
            {"subject": ["Freedonia", "Ann Lee"], "predicate": "supports", "object": ["Sylvania"], "required": True},
            {"subject": ["Sylvania"], "predicate": "supports", "object": ["Freedonia"], "required": True},
            {"subject": ["Sylvania"], "predicate": "opposes", "object": ["Freedonia"], "required": False},
        ],
        "negative": [{"subject": ["Freedonia"], "predicate": "sanctions", "object": ["Sylvania"], "why": "failed to"}],
    }],
}


def rel(s, p, o, article="a.txt"):
    return {"article": article, "subject": s, "predicate": p, "object": o, "sentence": f"{s} {p} {o}."}


def test_normalize_follows_the_contract():
    assert normalize("  The  “White House”'s ") == "white house"
    assert normalize("ＦＵＬＬ width") == "full width"
    assert normalize("(Freedonia),") == "freedonia"


def test_known_answer():
    relations = [
        rel("Bob Ray", "meets", "Lee"),                 # symmetric, alias: TP
        rel("Ann Lee", "meets", "Ray"),                 # duplicate after resolution: ignored
        rel("Freedonian side", "supports", "Sylvania"),  # alias: TP
        rel("Ann Lee", "supports", "Sylvania"),         # fits an already matched gold: ignored
        rel("Sylvania", "opposes", "Freedonia"),        # optional: TP, no recall credit
        rel("Freedonia", "sanctions", "Sylvania"),      # FP and a negation error
        rel("Sylvania", "supports", "Ann Lee"),         # FP
        rel("Freedonia", "supports", "Sylvania", article="other.txt"),  # article without gold: not scored
    ]
    entities = [
        {"article": "a.txt", "name": "Lee", "type": "Person"},            # TP
        {"article": "a.txt", "name": "Ann Lee", "type": "Person"},        # same entity again: not counted twice
        {"article": "a.txt", "name": "Freedonia", "type": "Place"},       # wrong type: FP
        {"article": "a.txt", "name": "Bob Ray", "type": "Person"},        # optional: neither
        {"article": "a.txt", "name": "Fredville", "type": "Place"},       # own name beats another's alias: TP
        {"article": "a.txt", "name": "Atlantis", "type": "Place"},        # not in gold: FP
    ]
    report = score(GOLD, relations, entities)
    assert (report.relations.tp, report.relations.fp) == (3, 2)
    assert (report.relations.matched_required, report.relations.required) == (2, 3)
    assert report.relations.precision == pytest.approx(3 / 5)
    assert report.relations.recall == pytest.approx(2 / 3)
    assert report.relations.f1 == pytest.approx(2 * 0.6 * (2 / 3) / (0.6 + 2 / 3))
    assert report.negation_errors == 1
    assert report.per_predicate["meets"].tp == 1 and report.per_predicate["sanctions"].fp == 1
    assert [m["predicate"] for m in report.misses] == ["supports"]
    assert {(f["subject"], f["predicate"]) for f in report.false_positives} == {
        ("Freedonia", "sanctions"), ("Sylvania", "supports")}
    assert (report.entities.tp, report.entities.fp, report.entities.required) == (2, 2, 4)
    assert {m["name"] for m in report.entity_misses} == {"freedonia", "sylvania"}
    text = report.to_text()
    assert "[NEGATION]" in text and "ALL relations" in text and "Freedonia sanctions Sylvania." in text


def test_evaluate_reads_a_build_folder(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), "utf-8")
    (tmp_path / "relations.jsonl").write_text(json.dumps(rel("Lee", "meets", "Bob Ray")) + "\n", "utf-8")
    (tmp_path / "entities.jsonl").write_text("", "utf-8")
    report = evaluate(gold, out=tmp_path)
    assert report.relations.tp == 1 and report.relations.fp == 0
    assert json.loads(report.to_json())["relations"]["tp"] == 1


def test_missing_build_is_a_clear_error(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), "utf-8")
    with pytest.raises(InputError, match="relations.jsonl not found"):
        evaluate(gold, out=tmp_path)


TYPED = {
    "symmetric": ["meets"],
    "entities": {"Freedonia": {"types": ["Country"], "aliases": ["Freedonian officials"]}},
    "articles": [{
        "article": "t.txt", "entities": [],
        "relations": [
            {"subject": ["Freedonia"], "predicate": "opposes", "object": ["Sylvania"], "plover": "REJECT"},
            {"subject": ["Sylvania"], "predicate": None, "object": ["Freedonia"], "plover": "CONCEDE"},
            {"subject": ["Freedonia"], "predicate": "meets", "object": ["Sylvania"], "plover": "CONSULT"},
        ],
        "negative": [{"subject": ["Freedonia"], "predicate": "attacks", "object": ["Sylvania"], "plover": "ASSAULT"}],
    }],
}


def typed(s, p, o, kind):
    return {**rel(s, p, o, "t.txt"), "plover": kind}


def test_a_typed_gold_relation_is_matched_by_type_whatever_the_predicate():
    report = score(TYPED, [
        typed("Freedonian officials", "demands", "Sylvania", "REJECT"),  # another predicate, the same type
        typed("Sylvania", "concedes", "Freedonia", "RETREAT"),           # CONCEDE is RETREAT's older name
        typed("Sylvania", "meets", "Freedonia", "CONSULT"),               # symmetric either way
        typed("Freedonia", "attacks", "Sylvania", "ASSAULT"),             # a modality trap stated as fact
    ], [])
    assert (report.relations.tp, report.relations.fp, report.relations.matched_required) == (3, 1, 3)
    assert report.negation_errors == 1
    assert report.per_plover["REJECT"].tp == 1 and report.per_plover["RETREAT"].recall == 1.0
    assert report.per_plover["ASSAULT"].fp == 1 and report.per_predicate["(RETREAT)"].tp == 1
    assert "PLOVER type" in report.text and "(ASSAULT)" in report.text


def test_untyped_gold_reports_no_types():
    assert score(GOLD, [rel("Ann Lee", "meets", "Bob Ray")], []).per_plover == {}
