"""The lexicon data files hold together: every predicate, code and word set they name exists, and
the event-data dictionaries are loaded at their full scale (no spaCy model needed)."""

from __future__ import annotations

from kg.cli import main
from kg.extract.lexicon import (CONDITIONS, actors, dictionary_organizations, lexicon, plover_of,
                                predicate_of_code, rows)
from kg.graph.namespace import RELATION_CLASS

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "ACCUSE", "DEMAND", "REJECT",
                "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}


def test_every_predicate_named_by_a_table_exists_in_the_ontology():
    lex = lexicon()
    named = {e.predicate for es in lex.triggers.values() for e in es if not e.block}
    named |= set(lex.cameo_predicates.values()) | {p for p, _ in lex.intents.values()}
    assert named <= set(lex.predicates) == set(RELATION_CLASS)


def test_every_event_code_has_a_plover_type():
    lex = lexicon()
    codes = {e.cameo for es in lex.triggers.values() for e in es if e.cameo != "---"}
    codes |= {code for _, code in lex.intents.values()}
    missing = {code for code in codes if plover_of(code) is None and predicate_of_code(code) is not None}
    assert not missing
    assert {p.type for p in lex.plover.values()} <= PLOVER_TYPES
    assert plover_of("036").type == "AGREE" and plover_of("163").type == "COERCE" and plover_of("0871").type == "RETREAT"


def test_word_sets_named_by_triggers_exist():
    lex = lexicon()
    # ("!SET": none of; "SET>HELP": and a clause of help; "SET>TO", "SET>ON": in the "to" or "on" phrase)
    needed = {e.needs.lstrip("!").partition(">")[0]
              for es in lex.triggers.values() for e in es if e.needs}
    assert needed and needed <= set(lex.synsets) | CONDITIONS


def test_a_word_set_may_hold_another_by_name():
    # (synsets.tsv: "&RECEIPTS &AID_GOODS" puts every word of aid in what is received, not met)
    sets = lexicon().synsets
    assert sets["AID_GOODS"] <= sets["RECEIPTS"] and {"letter", "maize"} <= sets["RECEIPTS"]
    assert not any(word.startswith("&") for words in sets.values() for word in words)


def test_the_project_tables_repeat_no_row():
    # (a row written twice reads the same, but hides which of two edits a reader should make)
    from importlib import resources  # noqa: PLC0415

    data = resources.files("kg.extract").joinpath("data")
    for name in sorted(p.name for p in data.iterdir() if p.name.endswith(".tsv")):
        found = [tuple(r) for r in rows(name)]
        assert len(found) == len(set(found)), (name, sorted({r for r in found if found.count(r) > 1}))


def test_the_event_data_dictionaries_are_loaded_in_full():
    lex = lexicon()
    # every verb of the dictionary is read: as its own entry, or under the project's entries for the word; but
    # not one that dictionary_senses.tsv leaves out
    left_out = {r[0] for r in rows("dictionary_senses.tsv")}
    verbs = {(words[0], " ".join(words[1:])) for verb, *_ in rows("eventdata/verbs.tsv", header=True)
             if (words := verb.split()) and verb not in left_out}
    assert len(verbs) >= 1700 and all((lemma, "VERB") in lex.triggers for lemma, _ in verbs)
    assert {"overtake", "tarnish"} <= left_out and not {("overtake", "VERB"), ("tarnish", "VERB")} & lex.triggers.keys()
    assert len({(e.lemma, e.particle) for es in lex.triggers.values() for e in es if e.block}) >= 1400
    assert sum(len(p) for p in lex.patterns.values()) >= 4000
    names = {a.name for entries in actors().values() for a in entries}
    assert len(names) >= 10000
    putin = actors()["vladimir putin"]
    assert any(a.code == "RUSGOV" and a.start == "2008-05-08" for a in putin)
    assert lex.agents["troops"] == "MIL" and lex.agents["officials"] == "GOV"
    assert "Amnesty International" in dictionary_organizations()


def test_every_dictionary_row_has_its_licence_beside_it():
    from importlib import resources  # noqa: PLC0415

    folder = resources.files("kg.extract").joinpath("data", "eventdata")
    assert {"LICENSE-petrarch2", "LICENSE-plover", "README.md"} <= {p.name for p in folder.iterdir()}
    assert rows("eventdata/plover.tsv", header=True)[0][0].isdigit()


def test_kg_lexicon_shows_counts_and_words(capsys):
    assert main(["lexicon"]) == 0
    out = capsys.readouterr().out
    assert "named actors with codes" in out and "verbs and phrasal verbs in all" in out
    assert main(["lexicon", "expel"]) == 0
    assert "sanctions cameo=166 plover=SANCTION" in capsys.readouterr().out
    assert main(["lexicon", "no-such-word-here"]) == 0
    assert "not in the lexicons" in capsys.readouterr().out


def test_a_capital_of_the_country_table_is_no_demonym_of_the_dictionary():
    countries = {c.name: c for c in lexicon().countries}
    assert "Tunis" in countries["Tunisia"].capitals and "Tunis" not in countries["Tunisia"].demonyms
    assert "Tunisian" in countries["Tunisia"].demonyms


def test_the_projects_own_entries_win_only_for_their_own_phrase():
    """triggers.tsv's "look into" replaces the dictionary's "look into", not its "look over" or "look after"."""
    entries = lexicon().triggers[("look", "VERB")]
    assert {e.particle for e in entries if not e.block} == {"into"}
    assert {"over", "after"} <= {e.particle for e in entries if e.block}
    assert not any(e.block and e.particle == "into" for e in entries)
