"""Syntax helpers on parses built by hand: the parser's mistakes the rules recover from, reproduced exactly."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract import syntax


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_name_hung_on_the_verb_after_a_title_is_the_agent():
    # "… was changed by Riga Mayor Martins Ozols", parsed with the title as the agent and the name as an object
    doc = parsed(["The", "flag", "was", "changed", "by", "Riga", "Mayor", "Martins", "Ozols", "."],
                 [1, 3, 3, 3, 3, 6, 4, 8, 3, 3],
                 ["det", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "compound", "dobj", "punct"],
                 ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"])
    assert syntax.misplaced_object(doc[6]).text == "Ozols"


def test_the_guest_of_with_visiting_is_the_object():
    doc = parsed(["talks", "with", "visiting", "Premier", "Li", "."],
                 [0, 0, 1, 4, 2, 0],
                 ["ROOT", "prep", "pcomp", "compound", "dobj", "punct"],
                 ["NOUN", "ADP", "VERB", "PROPN", "PROPN", "PUNCT"])
    assert syntax.misplaced_object(doc[2]).text == "Li"


def test_an_object_in_its_place_stays():
    doc = parsed(["talks", "with", "Premier", "Li", "."],
                 [0, 0, 3, 1, 0],
                 ["ROOT", "prep", "compound", "pobj", "punct"],
                 ["NOUN", "ADP", "PROPN", "PROPN", "PUNCT"])
    assert syntax.misplaced_object(doc[3]).text == "Li"
