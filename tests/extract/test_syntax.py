"""Syntax helpers on parses built by hand: the parser's mistakes the rules recover from, reproduced exactly."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract import syntax


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def tagged(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    """A parse as the mends see it: fine-grained tags, before parts of speech and lemmas are set."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


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


def test_a_second_destination_after_then_is_the_verbs_however_the_parser_hangs_it():
    words = ["Orpo", "flew", "to", "Tallinn", "and", "then", "to", "Riga", ",", "and", "accused", "Moscow", "."]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "ADV", "ADP", "PROPN", "PUNCT", "CCONJ", "VERB", "PROPN", "PUNCT"]
    # "then" on the second "to", which hangs on the next verb
    on_next_verb = parsed(words, [1, 1, 1, 2, 10, 6, 10, 6, 10, 10, 1, 10, 1],
                          ["nsubj", "ROOT", "prep", "pobj", "cc", "advmod", "prep", "pobj", "punct", "cc", "conj",
                           "dobj", "punct"], pos)
    # the second "to" on "then", which hangs on "and"
    on_then = parsed(words, [1, 1, 1, 2, 10, 4, 5, 6, 10, 10, 1, 10, 1],
                     ["nsubj", "ROOT", "prep", "pobj", "cc", "advmod", "prep", "pobj", "punct", "cc", "conj", "dobj",
                      "punct"], pos)
    for doc in (on_next_verb, on_then):
        assert [t.text for t in syntax.objects(doc[1], ("to",))] == ["Tallinn", "Riga"]
    # (a place another verb goes to is not the first verb's: "flew to Tallinn and went to Riga")
    other = parsed(["Orpo", "flew", "to", "Tallinn", "and", "went", "to", "Riga", "."],
                   [1, 1, 1, 2, 1, 1, 5, 6, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "prep", "pobj", "punct"],
                   ["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "ADP", "PROPN", "PUNCT"])
    assert [t.text for t in syntax.objects(other[1], ("to",))] == ["Tallinn"]


def test_what_someone_is_called_is_the_second_object_not_an_appositive():
    from kg.extract.model import _mend_names_called  # noqa: PLC0415

    # "Milei called his counterpart Petro a terrorist", parsed with "terrorist" as Petro's appositive
    words = ["Milei", "called", "his", "counterpart", "Petro", "a", "terrorist", "."]
    doc = parsed(words, [1, 1, 3, 1, 3, 6, 4, 1],
                 ["nsubj", "ROOT", "poss", "dobj", "appos", "det", "appos", "punct"],
                 ["PROPN", "VERB", "PRON", "NOUN", "PROPN", "DET", "NOUN", "PUNCT"])
    _mend_names_called(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("oprd", "called")
    assert (doc[4].dep_, doc[4].head.text) == ("appos", "counterpart")
    # "… called Petro, a former guerrilla, …": set off by a comma, an appositive stays one
    doc = parsed(["Milei", "called", "Petro", ",", "a", "guerrilla", ",", "twice", "."], [1, 1, 1, 2, 5, 2, 2, 1, 1],
                 ["nsubj", "ROOT", "dobj", "punct", "det", "appos", "punct", "advmod", "punct"],
                 ["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "ADV", "PUNCT"])
    _mend_names_called(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("appos", "Petro")


def test_a_capitalised_participle_made_a_subject_is_a_name():
    from kg.extract.model import _mend_verb_subjects  # noqa: PLC0415

    # "Blinken urged both countries …", the name tagged as a participle (the parser still made it the subject)
    words = ["Blinken", "urged", "both", "countries", ".", "Trained", "troops", "arrived", "."]
    doc = tagged(words, [1, 1, 3, 1, 1, 6, 7, 7, 7],
                 ["nsubj", "ROOT", "det", "dobj", "punct", "amod", "nsubj", "ROOT", "punct"],
                 ["VBN", "VBD", "DT", "NNS", ".", "VBN", "NNS", "VBD", "."])
    _mend_verb_subjects(doc)
    assert doc[0].tag_ == "NNP"
    assert doc[5].tag_ == "VBN"  # (a participle describing the subject stays one)


def test_a_gerund_subject_of_an_act_between_two_is_a_noun():
    from kg.extract.model import _mend_verb_subjects  # noqa: PLC0415

    # "Fighting between Chad and Sudan killed dozens", "fighting" tagged as a gerund
    words = ["Fighting", "between", "Chad", "and", "Sudan", "killed", "dozens", ".", "Fleeing", "Chad", "failed", "."]
    doc = tagged(words, [5, 0, 1, 2, 2, 5, 5, 5, 10, 8, 10, 10],
                 ["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "dobj", "punct", "csubj", "dobj", "ROOT", "punct"],
                 ["VBG", "IN", "NNP", "CC", "NNP", "VBD", "NNS", ".", "VBG", "NNP", "VBD", "."])
    _mend_verb_subjects(doc)
    assert doc[0].tag_ == "NN"
    assert doc[8].tag_ == "VBG"  # (a gerund with no "between" stays one: "Fleeing Chad failed")


def test_a_plural_noun_with_a_subject_and_an_object_is_a_verb():
    from kg.extract.model import _mend_verbs_read_as_nouns  # noqa: PLC0415

    # 'Chile said Santiago "rejects" the demands', "rejects" tagged as a plural noun
    words = ["Chile", "said", "Santiago", '"', "rejects", '"', "the", "demands", "."]
    heads = [1, 1, 4, 4, 1, 4, 7, 4, 1]
    deps = ["nsubj", "ROOT", "nsubj", "punct", "ccomp", "punct", "det", "dobj", "punct"]
    doc = _mend_verbs_read_as_nouns(tagged(words, heads, deps, ["NNP", "VBD", "NNP", "``", "NNS", "''", "DT", "NNS",
                                                                "."]))
    assert doc[4].tag_ == "VBZ"
    assert doc[7].tag_ == "NNS"  # (a noun with no subject stays one)


def test_a_verb_read_as_an_adjective_after_the_opening_name_is_the_verb():
    from kg.extract.model import _mend_headline_parses  # noqa: PLC0415

    # "The EU relaxed sanctions on Syria", parsed as one noun phrase with "relaxed" an adjective
    words = ["The", "EU", "relaxed", "sanctions", "on", "Syria", "."]
    doc = tagged(words, [3, 3, 3, 3, 3, 4, 3],
                 ["det", "compound", "amod", "ROOT", "prep", "pobj", "punct"],
                 ["DT", "NNP", "JJ", "NNS", "IN", "NNP", "."])
    _mend_headline_parses(doc)
    assert [(doc[i].dep_, doc[i].head.i) for i in (1, 2, 3)] == [("nsubj", 2), ("ROOT", 2), ("dobj", 2)]
    assert doc[2].tag_ == "VBD"
    # (an adjective with no name before it describes the noun: "The revised rules on Syria")
    words = ["The", "revised", "rules", "on", "Syria", "."]
    doc = tagged(words, [2, 2, 2, 2, 3, 2],
                 ["det", "amod", "ROOT", "prep", "pobj", "punct"],
                 ["DT", "JJ", "NNS", "IN", "NNP", "."])
    _mend_headline_parses(doc)
    assert (doc[1].dep_, doc[2].dep_) == ("amod", "ROOT")


def test_with_after_a_border_in_a_phrase_of_place_is_the_borders():
    from kg.extract.model import _mend_border_phrases  # noqa: PLC0415

    # "Iran held drills near the border with Azerbaijan", "with" hung on "held"
    words = ["Iran", "held", "drills", "near", "the", "border", "with", "Azerbaijan", "."]
    doc = tagged(words, [1, 1, 1, 1, 5, 3, 1, 6, 1],
                 ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
                 ["NNP", "VBD", "NNS", "IN", "DT", "NN", "IN", "NNP", "."])
    _mend_border_phrases(doc)
    assert doc[6].head.text == "border"
    # (a border the verb acts on keeps it: "Chile shut its border with Peru")
    words = ["Chile", "shut", "its", "border", "with", "Peru", "."]
    doc = tagged(words, [1, 1, 3, 1, 1, 4, 1],
                 ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"],
                 ["NNP", "VBD", "PRP$", "NN", "IN", "NNP", "."])
    _mend_border_phrases(doc)
    assert doc[4].head.text == "shut"


def test_from_after_the_of_phrase_of_a_removal_hangs_on_the_removal():
    from kg.extract.model import _mend_removal_sources  # noqa: PLC0415

    # "Chad condemned the expulsion of its diplomats from Sudan", "from" hung on "diplomats"
    words = ["Chad", "condemned", "the", "expulsion", "of", "its", "diplomats", "from", "Sudan", "."]
    doc = tagged(words, [1, 1, 3, 1, 3, 6, 4, 6, 7, 1],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "poss", "pobj", "prep", "pobj", "punct"],
                 ["NNP", "VBD", "DT", "NN", "IN", "PRP$", "NNS", "IN", "NNP", "."])
    _mend_removal_sources(doc)
    assert doc[7].head.text == "expulsion"
    # (where people come from stays theirs after any other noun: "the arrival of diplomats from Sudan")
    words = ["Chad", "hailed", "the", "arrival", "of", "diplomats", "from", "Sudan", "."]
    doc = tagged(words, [1, 1, 3, 1, 3, 4, 5, 6, 1],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                 ["NNP", "VBD", "DT", "NN", "IN", "NNS", "IN", "NNP", "."])
    _mend_removal_sources(doc)
    assert doc[6].head.text == "diplomats"


def test_said_between_a_title_and_a_surname_is_a_given_name():
    from kg.extract.model import _mend_said_as_name  # noqa: PLC0415

    # "Tunisia recalled ambassador Said Ferjani home", parsed with "Said" as a verb whose subject is the title
    words = ["Tunisia", "recalled", "ambassador", "Said", "Ferjani", "home", "."]
    doc = tagged(words, [1, 1, 3, 1, 5, 3, 1],
                 ["nsubj", "ROOT", "nsubj", "ccomp", "compound", "advmod", "punct"],
                 ["NNP", "VBD", "NN", "VBD", "NNP", "NN", "."])
    _mend_said_as_name(doc)
    assert (doc[4].head.text, doc[4].dep_) == ("recalled", "dobj")
    assert [(t.head.text, t.dep_) for t in doc[2:4]] == [("Ferjani", "compound"), ("Ferjani", "compound")]
    assert doc[5].head.text == "recalled"
    # (the verb "said" after its subject stays a verb: "Officials said Ferjani left")
    words = ["Officials", "said", "Ferjani", "left", "."]
    doc = tagged(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                 ["NNS", "VBD", "NNP", "VBD", "."])
    _mend_said_as_name(doc)
    assert doc[1].dep_ == "ROOT"


def test_a_past_tense_coordinated_with_an_infinitive_hangs_on_the_past_tense_governing_it():
    from kg.extract.model import _mend_past_after_infinitive  # noqa: PLC0415

    # "Chad accused Sudan of trying to arm rebels and recalled its envoy", "recalled" hung on "arm"
    words = ["Chad", "accused", "Sudan", "of", "trying", "to", "arm", "rebels", "and", "recalled", "its", "envoy", "."]
    doc = tagged(words, [1, 1, 1, 1, 3, 6, 4, 6, 6, 6, 11, 9, 1],
                 ["nsubj", "ROOT", "dobj", "prep", "pcomp", "aux", "xcomp", "dobj", "cc", "conj", "poss", "dobj",
                  "punct"],
                 ["NNP", "VBD", "NNP", "IN", "VBG", "TO", "VB", "NNS", "CC", "VBD", "PRP$", "NN", "."])
    _mend_past_after_infinitive(doc)
    assert doc[9].head.text == "accused" and doc[8].head.text == "accused"
    # (one with a subject of its own keeps its place: "… to arm rebels and Sudan denied it")
    words = ["Chad", "wanted", "to", "arm", "rebels", "and", "Sudan", "denied", "it", "."]
    doc = tagged(words, [1, 1, 3, 1, 3, 3, 7, 3, 7, 1],
                 ["nsubj", "ROOT", "aux", "xcomp", "dobj", "cc", "nsubj", "conj", "dobj", "punct"],
                 ["NNP", "VBD", "TO", "VB", "NNS", "CC", "NNP", "VBD", "PRP", "."])
    _mend_past_after_infinitive(doc)
    assert doc[7].head.text == "arm"


def test_two_titled_names_after_possessives_are_conjuncts_each_with_its_state():
    from kg.extract.model import _mend_possessed_pairs  # noqa: PLC0415

    # "Chad's President Deby and Niger's President Tiani met", parsed as one title with two appositions and
    # "Niger" as Deby's conjunct
    words = ["Chad", "'s", "President", "Deby", "and", "Niger", "'s", "President", "Tiani", "met", "."]
    deps = ["poss", "case", "nsubj", "appos", "cc", "conj", "case", "compound", "appos", "ROOT", "punct"]
    tags = ["NNP", "POS", "NNP", "NNP", "CC", "NNP", "POS", "NNP", "NNP", "VBD", "."]
    doc = tagged(words, [2, 0, 9, 2, 3, 3, 5, 8, 2, 9, 9], deps, tags)
    _mend_possessed_pairs(doc)
    assert (doc[8].head.text, doc[8].dep_) == ("Deby", "conj")
    assert (doc[5].head.text, doc[5].dep_) == ("Tiani", "poss")
    # (a conjunct with no possessive of its own is left as it is: "Chad's President, Deby and Niger, Tiani")
    words = ["Chad", "'s", "President", "Deby", "and", "Niger", ",", "Tiani", "met", "."]
    doc = tagged(words, [2, 0, 8, 2, 3, 3, 2, 2, 8, 8],
                 ["poss", "case", "nsubj", "appos", "cc", "conj", "punct", "appos", "ROOT", "punct"],
                 ["NNP", "POS", "NNP", "NNP", "CC", "NNP", ",", "NNP", "VBD", "."])
    _mend_possessed_pairs(doc)
    assert (doc[7].head.text, doc[7].dep_) == ("President", "appos")
    # ("Chad's President Deby and Nigerien President Tiani met", the second title hung on Deby as his conjunct: it
    # is Tiani's title)
    words = ["Chad", "'s", "President", "Deby", "and", "Nigerien", "President", "Tiani", "met", "."]
    doc = tagged(words, [2, 0, 8, 2, 3, 6, 3, 2, 8, 8],
                 ["poss", "case", "nsubj", "appos", "cc", "compound", "conj", "appos", "ROOT", "punct"],
                 ["NNP", "POS", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "VBD", "."])
    _mend_possessed_pairs(doc)
    assert (doc[7].head.text, doc[7].dep_) == ("Deby", "conj")
    assert (doc[6].head.text, doc[6].dep_) == ("Tiani", "compound")


def test_a_titled_name_after_a_possessive_is_no_joint_property_of_the_name_before():
    from kg.extract.model import _mend_owned_titled_names  # noqa: PLC0415

    # "President Boric and Peru's President Boluarte met", parsed as Boric and Peru owning one president
    words = ["President", "Boric", "and", "Peru", "'s", "President", "Boluarte", "met", "."]
    deps = ["compound", "poss", "cc", "conj", "case", "compound", "nsubj", "ROOT", "punct"]
    tags = ["NNP", "NNP", "CC", "NNP", "POS", "NNP", "NNP", "VBD", "."]
    doc = tagged(words, [1, 6, 1, 1, 3, 6, 7, 7, 7], deps, tags)
    _mend_owned_titled_names(doc)
    assert (doc[1].head.text, doc[1].dep_) == ("met", "nsubj")
    assert (doc[6].head.text, doc[6].dep_) == ("Boric", "conj")
    assert (doc[3].head.text, doc[3].dep_) == ("Boluarte", "poss")
    # (two owners of what is no titled name stay joint owners: "Chile and Peru's border talks")
    words = ["Chile", "and", "Peru", "'s", "border", "talks", "ended", "."]
    doc = tagged(words, [5, 0, 0, 2, 5, 6, 6, 6], ["poss", "cc", "conj", "case", "compound", "nsubj", "ROOT", "punct"],
                 ["NNP", "CC", "NNP", "POS", "NN", "NNS", "VBD", "."])
    _mend_owned_titled_names(doc)
    assert (doc[0].head.text, doc[0].dep_) == ("talks", "poss")


def test_two_bodies_before_a_word_of_membership_both_describe_it():
    from kg.extract.model import _mend_bodies_before_roles  # noqa: PLC0415

    # "Bulgaria is an EU and NATO member", parsed with "member" as a conjunct of "EU"
    words = ["Bulgaria", "is", "an", "EU", "and", "NATO", "member", "."]
    deps = ["nsubj", "ROOT", "det", "attr", "cc", "compound", "conj", "punct"]
    tags = ["NNP", "VBZ", "DT", "NNP", "CC", "NNP", "NN", "."]
    doc = _mend_bodies_before_roles(tagged(words, [1, 1, 3, 1, 3, 6, 3, 1], deps, tags))
    assert [(t.head.text, t.dep_) for t in doc[2:7]] == [("member", "det"), ("member", "nmod"), ("EU", "cc"),
                                                        ("EU", "conj"), ("is", "attr")]
    # (a title before a second person's name is left alone: "Kenyan Minister Duale and DRC Minister Kabanda")
    words[6] = "minister"
    doc = _mend_bodies_before_roles(tagged(words, [1, 1, 3, 1, 3, 6, 3, 1], deps, tags))
    assert (doc[6].head.text, doc[6].dep_) == ("EU", "conj")


def test_an_infinitive_after_a_noun_of_wanting_says_what_is_wanted():
    from kg.extract.model import _mend_wanted_acts  # noqa: PLC0415

    # "Laos rejected Hanoi's demand to close the border", "to close" hung on "rejected"
    words = ["Laos", "rejected", "Hanoi", "'s", "demand", "to", "close", "the", "border", "."]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "aux", "advcl", "det", "dobj", "punct"]
    tags = ["NNP", "VBD", "NNP", "POS", "NN", "TO", "VB", "DT", "NN", "."]
    doc = tagged(words, [1, 1, 4, 2, 1, 6, 1, 8, 6, 1], deps, tags)
    _mend_wanted_acts(doc)
    assert (doc[6].head.text, doc[6].dep_) == ("demand", "acl")
    # (a purpose after any other noun stays the verb's: "Laos used the talks to press Hanoi")
    words = ["Laos", "used", "the", "talks", "to", "press", "Hanoi", "."]
    doc = tagged(words, [1, 1, 3, 1, 5, 1, 5, 1], ["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "dobj", "punct"],
                 ["NNP", "VBD", "DT", "NNS", "TO", "VB", "NNP", "."])
    _mend_wanted_acts(doc)
    assert (doc[5].head.text, doc[5].dep_) == ("used", "advcl")


def test_a_verb_read_as_an_adjective_after_the_to_of_a_plan_is_the_planned_act():
    from kg.extract.model import _mend_wanted_acts  # noqa: PLC0415

    # "Jordan rejects any plan to resettle Palestinians", parsed as "rejects … [to] [resettle Palestinians]"
    words = ["Jordan", "rejects", "any", "plan", "to", "resettle", "Palestinians", "."]
    doc = _mend_wanted_acts(tagged(words, [1, 1, 3, 1, 1, 6, 4, 1],
                                   ["nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj", "punct"],
                                   ["NNP", "VBZ", "DT", "NN", "IN", "JJ", "NNPS", "."]))
    assert [(t.head.text, t.dep_) for t in doc[4:7]] == [("resettle", "aux"), ("plan", "acl"), ("resettle", "dobj")]
    # (an adjective that is no verb of the lexicon stays one: "a plan to [bilateral] talks")
    words[5] = "bilateral"
    doc = _mend_wanted_acts(tagged(words, [1, 1, 3, 1, 1, 6, 4, 1],
                                   ["nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj", "punct"],
                                   ["NNP", "VBZ", "DT", "NN", "IN", "JJ", "NNS", "."]))
    assert doc[5].dep_ == "amod"


def test_a_name_coordinated_with_the_object_before_a_verb_with_no_subject_is_that_verbs_subject():
    from kg.extract.model import _mend_subjects_read_as_objects  # noqa: PLC0415

    # "Chile condemned the coup and Peru said …", parsed with Peru as a second thing condemned
    words = ["Chile", "condemned", "the", "coup", "and", "Peru", "said", "it", "was", "worried", "."]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "conj", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "CC", "NNP", "VBD", "PRP", "VBD", "JJ", "."]
    doc = tagged(words, [1, 1, 3, 1, 3, 3, 1, 8, 6, 8, 1], deps, tags)
    _mend_subjects_read_as_objects(doc)
    assert (doc[5].head.text, doc[5].dep_) == ("said", "nsubj")
    assert doc[4].head.text == "condemned"
    # (a verb with a subject of its own leaves the object's conjunct alone: "condemned Chile and Peru, said Lima")
    words = ["Bolivia", "condemned", "Chile", "and", "Peru", "said", "Lima", "."]
    doc = tagged(words, [1, 1, 1, 2, 2, 1, 5, 1], ["nsubj", "ROOT", "dobj", "cc", "conj", "conj", "nsubj", "punct"],
                 ["NNP", "VBD", "NNP", "CC", "NNP", "VBD", "NNP", "."])
    _mend_subjects_read_as_objects(doc)
    assert (doc[4].head.text, doc[4].dep_) == ("Chile", "conj")


def test_a_name_after_a_comma_in_a_headline_is_a_conjunct_and_in_a_sentence_an_apposition():
    from kg.extract.model import _mend_headline_lists  # noqa: PLC0415

    words = ["Lula", "hosts", "Petro", ",", "Boric", "in", "Brasilia"]
    heads, deps = [1, 1, 1, 2, 2, 1, 5], ["nsubj", "ROOT", "dobj", "punct", "appos", "prep", "pobj"]
    tags = ["NNP", "VBZ", "NNP", ",", "NNP", "IN", "NNP"]
    doc = _mend_headline_lists(tagged(words, heads, deps, tags))
    assert doc[4].dep_ == "conj"
    doc = _mend_headline_lists(tagged([*words, "."], [*heads, 1], [*deps, "punct"], [*tags, "."]))
    assert doc[4].dep_ == "appos"


def test_a_participle_after_and_that_opens_the_object_of_the_verb_before_is_that_verbs_conjunct():
    from kg.extract.model import _mend_verbs_read_as_modifiers  # noqa: PLC0415

    # "Oman said it was surprised, and recalled envoy Salim home", parsed as "said … [recalled envoy] Salim"
    words = ["Oman", "said", "it", "was", "surprised", ",", "and", "recalled", "envoy", "Salim", "home", "."]
    doc = tagged(words, [1, 1, 3, 1, 3, 1, 1, 8, 9, 1, 1, 1],
                 ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct", "cc", "amod", "compound", "dobj", "advmod",
                  "punct"],
                 ["NNP", "VBD", "PRP", "VBD", "JJ", ",", "CC", "VBN", "NN", "NNP", "RB", "."])
    _mend_verbs_read_as_modifiers(doc)
    assert (doc[7].head.text, doc[7].dep_) == ("said", "conj")
    assert doc[9].head.text == "recalled" and doc[10].head.text == "recalled"
    # (a participle describing an object of its own stays: "said and signed the revised deal")
    words = ["Oman", "said", "it", "agreed", "and", "signed", "revised", "deals", "."]
    doc = tagged(words, [1, 1, 3, 1, 1, 1, 7, 5, 1],
                 ["nsubj", "ROOT", "nsubj", "ccomp", "cc", "conj", "amod", "dobj", "punct"],
                 ["NNP", "VBD", "PRP", "VBD", "CC", "VBD", "VBN", "NNS", "."])
    _mend_verbs_read_as_modifiers(doc)
    assert (doc[6].head.text, doc[6].dep_) == ("deals", "amod")


def test_a_participle_after_an_aside_on_the_noun_that_roots_the_sentence_is_its_verb():
    from kg.extract.model import _mend_subjects_read_as_described  # noqa: PLC0415

    # "Qatar, which hosts both, offered to mediate", parsed as "Qatar, which hosts both, [offered to mediate]"
    words = ["Qatar", ",", "which", "hosts", "both", ",", "offered", "to", "mediate", "."]
    doc = tagged(words, [0, 0, 3, 0, 3, 0, 0, 8, 6, 0],
                 ["ROOT", "punct", "nsubj", "relcl", "dobj", "punct", "acl", "aux", "xcomp", "punct"],
                 ["NNP", ",", "WDT", "VBZ", "DT", ",", "VBN", "TO", "VB", "."])
    _mend_subjects_read_as_described(doc)
    assert (doc[6].dep_, doc[6].tag_, doc[0].dep_, doc[0].head.text, doc[9].head.text) == (
        "ROOT", "VBD", "nsubj", "offered", "offered")
    # (an aside not closed by a comma before the participle leaves it alone: "Qatar, which hosts talks offered …")
    words = ["Qatar", ",", "which", "hosts", "talks", "offered", "to", "mediate", "."]
    doc = tagged(words, [0, 0, 3, 0, 3, 0, 7, 5, 0],
                 ["ROOT", "punct", "nsubj", "relcl", "dobj", "acl", "aux", "xcomp", "punct"],
                 ["NNP", ",", "WDT", "VBZ", "NNS", "VBN", "TO", "VB", "."])
    _mend_subjects_read_as_described(doc)
    assert doc[5].dep_ == "acl"


def test_a_gerund_after_the_by_of_an_active_verb_is_the_means_and_takes_the_noun_as_its_object():
    from kg.extract.model import _mend_means_read_as_modifiers  # noqa: PLC0415

    # "Chad replied by closing border crossings", parsed as "by [closing border crossings]" (a noun phrase)
    words = ["Chad", "replied", "by", "closing", "border", "crossings", "."]
    heads, deps = [1, 1, 1, 5, 5, 2, 1], ["nsubj", "ROOT", "prep", "amod", "compound", "pobj", "punct"]
    doc = _mend_means_read_as_modifiers(tagged(words, heads, deps, ["NNP", "VBD", "IN", "VBG", "NN", "NNS", "."]))
    assert (doc[3].head.text, doc[3].dep_, doc[5].head.text, doc[5].dep_) == ("by", "pcomp", "closing", "dobj")
    # (a passive's "by" keeps its noun: "Chad was hurt by rising prices")
    words = ["Chad", "was", "hurt", "by", "rising", "prices", "."]
    doc = _mend_means_read_as_modifiers(tagged(
        words, [2, 2, 2, 2, 5, 3, 2], ["nsubjpass", "auxpass", "ROOT", "prep", "amod", "pobj", "punct"],
        ["NNP", "VBD", "VBN", "IN", "VBG", "NNS", "."]))
    assert (doc[4].head.text, doc[4].dep_) == ("prices", "amod")


def test_a_plural_agent_noun_read_as_a_verb_is_the_object_of_the_verb_before():
    from kg.extract.model import _mend_agents_read_as_verbs  # noqa: PLC0415

    # "blamed Mali for allowing Tuareg rebels to cross", parsed as "allowing [Tuareg] [rebels] (a verb) to cross"
    words = ["blamed", "Mali", "for", "allowing", "Tuareg", "rebels", "to", "cross", "."]
    doc = _mend_agents_read_as_verbs(tagged(
        words, [0, 0, 0, 2, 5, 3, 7, 5, 0],
        ["ROOT", "dobj", "prep", "pcomp", "nsubj", "ccomp", "aux", "xcomp", "punct"],
        ["VBD", "NNP", "IN", "VBG", "NNP", "VBZ", "TO", "VB", "."]))
    assert (doc[5].tag_, doc[5].dep_, doc[4].dep_, doc[7].head.text) == ("NNS", "dobj", "compound", "allowing")
    # (a verb that is no agent noun stays, and so does an agent noun that is also a verb: "said Togo hosts it")
    for verb in ("denies", "hosts"):
        doc = _mend_agents_read_as_verbs(tagged(["said", "Togo", verb, "it"], [0, 2, 0, 2],
                                                ["ROOT", "nsubj", "ccomp", "dobj"], ["VBD", "NNP", "VBZ", "PRP"]))
        assert (doc[2].tag_, doc[2].dep_) == ("VBZ", "ccomp")


def test_a_name_after_a_title_that_is_an_object_is_the_titles():
    from kg.extract.model import _mend_names_after_titles  # noqa: PLC0415

    # "met his counterpart Ilir Meta in Tirana", parsed as "met his counterpart, [Ilir] (a verb) Meta in Tirana"
    words = ["Rama", "met", "his", "counterpart", "Ilir", "Meta", "in", "Tirana", "."]
    tags = ["NNP", "VBD", "PRP$", "NN", "VB", "NNP", "IN", "NNP", "."]
    doc = _mend_names_after_titles(tagged(
        words, [1, 1, 3, 1, 1, 4, 4, 6, 1], ["nsubj", "ROOT", "poss", "dobj", "advcl", "dobj", "prep", "pobj", "punct"],
        tags))
    assert [(t.head.text, t.dep_) for t in doc[4:7]] == [("Meta", "compound"), ("counterpart", "appos"), ("met", "prep")]
    # (or with the name hung on the verb as its modifier: "met his counterpart [Ilir Meta] [in Tirana]")
    doc = _mend_names_after_titles(tagged(
        words, [1, 1, 3, 1, 5, 1, 5, 6, 1],
        ["nsubj", "ROOT", "poss", "dobj", "compound", "npadvmod", "prep", "pobj", "punct"], [*tags[:4], "NNP", *tags[5:]]))
    assert [(t.head.text, t.dep_) for t in doc[4:7]] == [("Meta", "compound"), ("counterpart", "appos"), ("met", "prep")]
    # (or with the first name tagged as a name but heading an adverbial clause of its own)
    doc = _mend_names_after_titles(tagged(
        words, [1, 1, 3, 1, 1, 4, 4, 6, 1], ["nsubj", "ROOT", "poss", "dobj", "advcl", "dobj", "prep", "pobj", "punct"],
        [*tags[:4], "NNP", *tags[5:]]))
    mended = [(t.head.text, t.dep_) for t in doc[4:7]]
    assert mended == [("Meta", "compound"), ("counterpart", "appos"), ("met", "prep")]
    # (or the second title of a list, with its name read as the verb's conjunct: "spoke with President Ali and
    # Prime Minister [Sam] Oto about …")
    words = ["Ito", "spoke", "with", "President", "Ali", "and", "Minister", "Sam", "Oto", "about", "trade", "."]
    doc = _mend_names_after_titles(tagged(
        words, [1, 1, 1, 4, 2, 4, 4, 8, 1, 1, 9, 1],
        ["nsubj", "ROOT", "prep", "compound", "pobj", "cc", "conj", "compound", "conj", "prep", "pobj", "punct"],
        ["NNP", "VBD", "IN", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "IN", "NN", "."]))
    assert [(t.head.text, t.dep_) for t in doc[7:10]] == [("Oto", "compound"), ("Minister", "appos"), ("spoke", "prep")]
    # (a verb in lower case after a title stays one: "urged his counterpart [to] sign")
    doc = _mend_names_after_titles(tagged(
        ["urged", "counterpart", "sign", "Oslo", "."], [0, 0, 0, 2, 0], ["ROOT", "dobj", "xcomp", "dobj", "punct"],
        ["VBD", "NN", "VB", "NNP", "."]))
    assert (doc[2].dep_, doc[2].tag_) == ("xcomp", "VB")


def test_a_verb_of_a_that_clause_read_as_a_noun_a_name_describes_is_the_verb():
    from kg.extract.model import _mend_demanded_verbs  # noqa: PLC0415

    # "demanded that Chad hand over the men", parsed as "that [Chad hand] over the men"
    words = ["Sudan", "demanded", "that", "Chad", "hand", "over", "the", "men", "."]
    doc = _mend_demanded_verbs(tagged(
        words, [1, 1, 4, 4, 1, 4, 7, 5, 1], ["nsubj", "ROOT", "mark", "compound", "ccomp", "prep", "det", "pobj", "punct"],
        ["NNP", "VBD", "IN", "NNP", "NN", "IN", "DT", "NNS", "."]))
    assert [(t.dep_, t.tag_) for t in doc[3:6]] == [("nsubj", "NNP"), ("ccomp", "VB"), ("prt", "RP")]
    assert (doc[7].head.text, doc[7].dep_) == ("hand", "dobj")
    # (a noun that is no verb of the lexicon stays one: "said that Chad oil flows")
    doc = _mend_demanded_verbs(tagged(["said", "that", "Chad", "oil", "."], [0, 3, 3, 0, 0],
                                      ["ROOT", "mark", "compound", "ccomp", "punct"], ["VBD", "IN", "NNP", "NN", "."]))
    assert (doc[3].tag_, doc[2].dep_) == ("NN", "compound")


def test_a_noun_set_as_a_verbs_apposition_is_its_object():
    from kg.extract.model import _mend_verb_appositions  # noqa: PLC0415

    # "Chile summons Peruvian envoy over remarks", parsed with the envoy as the verb's apposition
    words = ["Chile", "summons", "Peruvian", "envoy", "over", "remarks"]
    deps = ["nsubj", "ROOT", "amod", "appos", "prep", "pobj"]
    tags = ["NNP", "VBZ", "JJ", "NN", "IN", "NNS"]
    doc = _mend_verb_appositions(tagged(words, [1, 1, 3, 1, 3, 4], deps, tags))
    assert (doc[3].head.text, doc[3].dep_) == ("summons", "dobj")
    # (a verb with an object keeps the apposition as it is: "summons envoy, a veteran")
    doc = _mend_verb_appositions(tagged(["Chile", "summons", "envoy", ",", "veteran"], [1, 1, 1, 1, 1],
                                        ["nsubj", "ROOT", "dobj", "punct", "appos"], ["NNP", "VBZ", "NN", ",", "NN"]))
    assert doc[4].dep_ == "appos"


def test_a_headline_verb_read_as_a_modifier_of_its_object_after_two_names_is_their_verb():
    from kg.extract.model import _mend_headline_appositions  # noqa: PLC0415

    # "Peru, Chile expel diplomats in row", parsed as "Peru, [Chile expel] diplomats" (the noun Peru's apposition)
    words = ["Peru", ",", "Chile", "expel", "diplomats", "in", "row"]
    tags = ["NNP", ",", "NNP", "JJ", "NNS", "IN", "NN"]
    doc = _mend_headline_appositions(tagged(words, [0, 0, 4, 4, 0, 4, 5],
                                            ["ROOT", "punct", "compound", "amod", "appos", "prep", "pobj"], tags))
    assert (doc[3].dep_, doc[0].head.text, doc[0].dep_, doc[2].dep_, doc[4].head.text, doc[4].dep_) == (
        "ROOT", "expel", "nsubj", "conj", "expel", "dobj")
    # (or the noun the root, the first name its modifier: "Peru, Chile resume talks")
    words = ["Peru", ",", "Chile", "resume", "talks", "on", "trade"]
    doc = _mend_headline_appositions(tagged(words, [4, 4, 3, 4, 4, 4, 5],
                                            ["npadvmod", "punct", "compound", "compound", "ROOT", "prep", "pobj"],
                                            ["NNP", ",", "NNP", "NN", "NNS", "IN", "NN"]))
    assert (doc[3].dep_, doc[0].dep_, doc[4].head.text, doc[4].dep_) == ("ROOT", "nsubj", "resume", "dobj")
    # (a sentence with a full stop is no headline)
    doc = _mend_headline_appositions(tagged([*words, "."], [4, 4, 3, 4, 4, 4, 5, 4],
                                            ["npadvmod", "punct", "compound", "compound", "ROOT", "prep", "pobj",
                                             "punct"], ["NNP", ",", "NNP", "NN", "NNS", "IN", "NN", "."]))
    assert doc[4].dep_ == "ROOT"


def test_a_country_named_as_a_plural_opens_a_headline_pair():
    from kg.extract.model import _mend_headline_pairs  # noqa: PLC0415

    # "Maldives, Sri Lanka agree to …", parsed with "Maldives" (a plural noun) as the verb's modifier
    words = ["Maldives", ",", "Lanka", "agree", "to", "talk"]
    heads, deps = [3, 3, 3, 3, 5, 3], ["npadvmod", "punct", "nsubj", "ROOT", "aux", "xcomp"]
    doc = _mend_headline_pairs(tagged(words, heads, deps, ["NNS", ",", "NNP", "VBP", "TO", "VB"]))
    assert (doc[0].dep_, doc[2].head.text, doc[2].dep_) == ("nsubj", "Maldives", "conj")
    # (or with the verb hung on the first name as its apposition: "Ghana, Togo condemn Mali")
    words = ["Ghana", ",", "Togo", "condemn", "Mali", "over", "closure"]
    doc = _mend_headline_pairs(tagged(words, [0, 3, 3, 0, 3, 3, 5],
                                      ["ROOT", "punct", "nsubj", "appos", "dobj", "prep", "pobj"],
                                      ["NNP", ",", "NNP", "VBD", "NNP", "IN", "NN"]))
    assert (doc[3].dep_, doc[0].head.text, doc[0].dep_, doc[2].dep_) == ("ROOT", "condemn", "nsubj", "conj")
    # (a plural that names no country stays: "Protesters, police clash")
    doc = _mend_headline_pairs(tagged(["Farmers", ",", "Police", "clash", "in", "town"], [3, 3, 3, 3, 3, 4],
                                      ["npadvmod", "punct", "nsubj", "ROOT", "prep", "pobj"],
                                      ["NNS", ",", "NNP", "VBP", "IN", "NN"]))
    assert doc[0].dep_ == "npadvmod"


def test_a_word_of_remarks_read_as_the_root_with_the_verb_its_subject_is_what_the_verb_is_over():
    from kg.extract.model import _mend_headline_remarks  # noqa: PLC0415

    # "Chile expels Cuban envoy over Diaz Canel remarks", parsed as "[Chile expels] … envoy … remarks" (the root)
    words = ["Chile", "expels", "Cuban", "envoy", "over", "Diaz", "Canel", "remarks"]
    doc = _mend_headline_remarks(tagged(words, [1, 7, 3, 7, 3, 6, 4, 7],
                                        ["compound", "nsubj", "amod", "nsubj", "prep", "compound", "pobj", "ROOT"],
                                        ["NNP", "VBZ", "JJ", "NN", "IN", "NNP", "NNP", "VBZ"]))
    assert (doc[1].dep_, doc[0].dep_, doc[3].head.text, doc[3].dep_, doc[7].head.text, doc[7].dep_) == (
        "ROOT", "nsubj", "expels", "dobj", "over", "pobj")
    # (or with the verb a clause of the root, its name its subject)
    doc = _mend_headline_remarks(tagged(words, [1, 7, 3, 7, 3, 6, 4, 7],
                                        ["nsubj", "ccomp", "amod", "nsubj", "prep", "compound", "pobj", "ROOT"],
                                        ["NNP", "VBZ", "JJ", "NN", "IN", "NNP", "NNP", "VBZ"]))
    assert (doc[1].dep_, doc[0].dep_, doc[3].head.text, doc[3].dep_) == ("ROOT", "nsubj", "expels", "dobj")


def test_an_object_predicate_with_no_object_in_an_active_clause_is_the_object():
    from kg.extract.model import _mend_lone_predicates  # noqa: PLC0415

    # "Ruto called Museveni on Monday", parsed as naming someone Museveni
    words = ["Ruto", "called", "Museveni", "on", "Monday", "."]
    heads, deps = [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "oprd", "prep", "pobj", "punct"]
    doc = _mend_lone_predicates(tagged(words, heads, deps, ["NNP", "VBD", "NNP", "IN", "NNP", "."]))
    assert doc[2].dep_ == "dobj"
    # (a passive keeps it: "Ruto was named Chairman")
    doc = _mend_lone_predicates(tagged(["Ruto", "was", "named", "Chairman"], [2, 2, 2, 2],
                                       ["nsubjpass", "auxpass", "ROOT", "oprd"], ["NNP", "VBD", "VBN", "NNP"]))
    assert doc[3].dep_ == "oprd"


def test_what_an_object_is_protected_from_hangs_on_the_verb():
    from kg.extract.model import _mend_shielded_from  # noqa: PLC0415

    # "to protect shipping from pirate attacks", parsed with "from" on the shipping, as where it comes from
    words = ["to", "protect", "shipping", "from", "pirate", "attacks"]
    heads, deps = [1, 1, 1, 2, 5, 3], ["aux", "ROOT", "dobj", "prep", "compound", "pobj"]
    doc = _mend_shielded_from(tagged(words, heads, deps, ["TO", "VB", "NN", "IN", "NN", "NNS"]))
    assert doc[3].head.text == "protect"
    # (the object of another verb keeps it: "to buy oil from Iraq")
    doc = _mend_shielded_from(tagged(["to", "buy", "oil", "from", "Iraq"], [1, 1, 1, 2, 3],
                                     ["aux", "ROOT", "dobj", "prep", "pobj"], ["TO", "VB", "NN", "IN", "NNP"]))
    assert doc[3].head.text == "oil"


def test_a_finite_verb_set_as_the_conjunct_of_an_infinitive_joins_the_finite_verb_above():
    from kg.extract.model import _mend_finite_conjuncts  # noqa: PLC0415

    # "Peru backs Chile's plan to reform trade and rejects any tariffs", parsed with "rejects" joined to "reform"
    words = ["Peru", "backs", "Chile", "'s", "plan", "to", "reform", "trade", "and", "rejects", "any", "tariffs"]
    heads = [1, 1, 4, 2, 1, 6, 4, 6, 6, 6, 11, 9]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "aux", "acl", "dobj", "cc", "conj", "det", "dobj"]
    tags = ["NNP", "VBZ", "NNP", "POS", "NN", "TO", "VB", "NN", "CC", "VBZ", "DT", "NNS"]
    doc = _mend_finite_conjuncts(tagged(words, heads, deps, tags))
    assert (doc[9].head.text, doc[8].head.text) == ("backs", "backs")
    # (an infinitive's own conjunct stays: "plans to reform trade and cut tariffs")
    tags[9] = "VB"
    doc = _mend_finite_conjuncts(tagged(words, heads, deps, tags))
    assert doc[9].head.text == "reform"
    # (a participle with no auxiliary, after a verb in the past, is the simple past: "Peru urged Chile to reform
    # trade and imposed tariffs"; with one it stays: "… and has imposed" is no conjunct of "urged")
    words[1], words[9], tags[1], tags[9] = "urged", "imposed", "VBD", "VBN"
    doc = _mend_finite_conjuncts(tagged(words, heads, deps, tags))
    assert (doc[9].head.text, doc[9].tag_) == ("urged", "VBD")
    doc = _mend_finite_conjuncts(tagged([*words[:9], "has", *words[9:]], [h + (h >= 9) for h in heads[:9]] + [10] + [
        h + (h >= 9) for h in heads[9:]], [*deps[:9], "aux", *deps[9:]], [*tags[:9], "VBZ", *tags[9:]]))
    assert doc[10].head.text == "reform"


def test_a_country_after_a_place_and_a_comma_is_the_places_apposition():
    from kg.extract.model import _mend_place_countries  # noqa: PLC0415

    # "Lula met Boric in Montevideo, Uruguay on Friday", parsed with Uruguay hung on the verb
    words = ["Lula", "met", "Boric", "in", "Montevideo", ",", "Uruguay", "on", "Friday", "."]
    heads = [1, 1, 1, 1, 3, 1, 1, 1, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "npadvmod", "prep", "pobj", "punct"]
    tags = ["NNP", "VBD", "NNP", "IN", "NNP", ",", "NNP", "IN", "NNP", "."]
    doc = _mend_place_countries(tagged(words, heads, deps, tags))
    assert (doc[6].head.text, doc[6].dep_) == ("Montevideo", "appos")
    # (a name that is no country stays: "met Boric in Montevideo, Petro on Friday")
    words[6] = "Petro"
    doc = _mend_place_countries(tagged(words, heads, deps, tags))
    assert doc[6].dep_ == "npadvmod"


def test_a_noun_joined_to_a_copula_with_no_subject_of_its_own_is_a_second_predicate():
    from kg.extract.model import _mend_predicate_conjuncts  # noqa: PLC0415

    # "the pact was illegal and an affront", parsed with "affront" joined to "was" as a clause of its own
    words = ["the", "pact", "was", "illegal", "and", "an", "affront"]
    heads, deps = [1, 2, 2, 2, 3, 6, 2], ["det", "nsubj", "ROOT", "acomp", "cc", "det", "conj"]
    tags = ["DT", "NN", "VBD", "JJ", "CC", "DT", "NN"]
    doc = _mend_predicate_conjuncts(tagged(words, heads, deps, tags))
    assert doc[6].dep_ == "attr"
    # (a noun with a subject of its own keeps it: in "the pact was illegal and Rabat the loser" Rabat is the loser)
    words = ["the", "pact", "was", "illegal", "and", "Rabat", "the", "loser"]
    heads, deps = [1, 2, 2, 2, 3, 7, 7, 2], ["det", "nsubj", "ROOT", "acomp", "cc", "nsubj", "det", "conj"]
    doc = _mend_predicate_conjuncts(tagged(words, heads, deps, ["DT", "NN", "VBD", "JJ", "CC", "NNP", "DT", "NN"]))
    assert doc[7].dep_ == "conj"


def test_a_participle_after_an_owned_noun_that_opens_a_verbless_sentence_is_its_verb():
    from kg.extract.model import _mend_possessed_subjects  # noqa: PLC0415

    # "Oman's sultan received Iran's envoy in Muscat", parsed as one noun phrase: "the sultan-received envoy"
    words = ["Oman", "'s", "sultan", "received", "Iran", "'s", "envoy", "in", "Muscat", "."]
    heads, deps = [6, 0, 3, 6, 6, 4, 6, 6, 7, 6], ["poss", "case", "npadvmod", "amod", "poss", "case", "ROOT", "prep",
                                                    "pobj", "punct"]
    tags = ["NNP", "POS", "NN", "VBN", "NNP", "POS", "NN", "IN", "NNP", "."]
    doc = _mend_possessed_subjects(tagged(words, heads, deps, tags))
    assert [(t.dep_, t.head.text) for t in (doc[3], doc[2], doc[0], doc[6], doc[7])] == [
        ("ROOT", "received"), ("nsubj", "received"), ("poss", "sultan"), ("dobj", "received"), ("prep", "received")]
    # (a participle inside a phrase that is not the sentence stays: "… met Oman's sultan-backed envoy")
    heads[6], deps[6] = 6, "dobj"
    doc = _mend_possessed_subjects(tagged(words, heads, deps, tags))
    assert doc[3].dep_ == "amod"


def test_where_goods_come_from_or_go_to_hangs_on_the_goods():
    from kg.extract.model import _mend_trade_sources  # noqa: PLC0415

    # "Chile lifted its curbs on fruit imports from Peru", parsed with "from Peru" on the verb
    words = ["Chile", "lifted", "its", "curbs", "on", "fruit", "imports", "from", "Peru"]
    heads, deps = [1, 1, 3, 1, 3, 6, 4, 1, 7], ["nsubj", "ROOT", "poss", "dobj", "prep", "compound", "pobj", "prep",
                                                 "pobj"]
    tags = ["NNP", "VBD", "PRP$", "NNS", "IN", "NN", "NNS", "IN", "NNP"]
    doc = _mend_trade_sources(tagged(words, heads, deps, tags))
    assert doc[7].head.text == "imports"
    # (other goods keep it: "took its troops on patrols from Peru" is no trade)
    words[6] = "patrols"
    doc = _mend_trade_sources(tagged(words, heads, deps, tags))
    assert doc[7].head.text == "lifted"


def test_a_bare_verb_read_as_describing_the_object_of_a_that_clause_is_the_clause_verb():
    from kg.extract.model import _mend_demanded_compounds  # noqa: PLC0415

    # "Chad demanded that Libya halt flights", parsed as "[Libya [halt] flights]", a noun phrase
    words = ["Chad", "demanded", "that", "Libya", "halt", "flights"]
    heads, deps = [1, 1, 5, 4, 5, 1], ["nsubj", "ROOT", "mark", "nsubj", "compound", "dobj"]
    tags = ["NNP", "VBD", "IN", "NNP", "VB", "NNS"]
    doc = _mend_demanded_compounds(tagged(words, heads, deps, tags))
    assert [(t.dep_, t.head.text) for t in doc[2:]] == [("mark", "halt"), ("nsubj", "halt"), ("ccomp", "demanded"),
                                                        ("dobj", "halt")]
    # (a word the tagger read as a noun stays: "demanded that Libya trade flights …" as a compound)
    tags[4] = "NN"
    doc = _mend_demanded_compounds(tagged(words, heads, deps, tags))
    assert doc[4].dep_ == "compound"


def test_off_and_a_name_after_a_verb_whose_object_is_told_elsewhere_is_a_place():
    from kg.extract.model import _mend_places_after_off  # noqa: PLC0415

    # "the ship was seized off Oman", parsed with "off" a particle and Oman what was seized
    words = ["the", "ship", "was", "seized", "off", "Oman"]
    heads, deps = [1, 3, 3, 3, 3, 3], ["det", "nsubjpass", "auxpass", "ROOT", "prt", "dobj"]
    tags = ["DT", "NN", "VBD", "VBN", "RP", "NNP"]
    doc = _mend_places_after_off(tagged(words, heads, deps, tags))
    assert [(t.dep_, t.head.text) for t in doc[4:]] == [("prep", "seized"), ("pobj", "off")]
    # (an active verb's is its object: "Riyadh cut off Qatar")
    words, heads, deps = ["Riyadh", "cut", "off", "Qatar"], [1, 1, 1, 1], ["nsubj", "ROOT", "prt", "dobj"]
    doc = _mend_places_after_off(tagged(words, heads, deps, ["NNP", "VBD", "RP", "NNP"]))
    assert [(t.dep_, t.head.text) for t in doc[2:]] == [("prt", "cut"), ("dobj", "cut")]


def test_a_name_of_three_words_after_a_title_object_is_the_title_s_apposition():
    from kg.extract.model import _mend_names_after_titles  # noqa: PLC0415

    # "Kenya pressed President Ali Hassan Mwinyi to resign", parsed with the title and the name two objects
    words = ["Kenya", "pressed", "President", "Ali", "Hassan", "Mwinyi", "to", "resign"]
    heads, deps = [1, 1, 1, 5, 5, 1, 7, 1], ["nsubj", "ROOT", "dobj", "compound", "compound", "dobj", "aux", "advcl"]
    tags = ["NNP", "VBD", "NNP", "NNP", "NNP", "NNP", "TO", "VB"]
    doc = _mend_names_after_titles(tagged(words, heads, deps, tags))
    assert [(t.dep_, t.head.text) for t in doc[2:]] == [
        ("dobj", "pressed"), ("compound", "Mwinyi"), ("compound", "Mwinyi"), ("appos", "President"),
        ("aux", "resign"), ("advcl", "pressed")]


def test_forces_set_off_as_part_of_a_force_are_on_its_mission_wherever_the_apposition_hangs():
    from kg.extract.relations import _on_mission  # noqa: PLC0415

    # "officers landed in Haiti, the vanguard of a force", the apposition hung on the subject
    words = ["officers", "landed", "in", "Haiti", ",", "the", "vanguard", "of", "a", "force"]
    heads, deps = [1, 1, 1, 2, 0, 6, 0, 6, 9, 7], ["nsubj", "ROOT", "prep", "pobj", "punct", "det", "appos", "prep",
                                                    "det", "pobj"]
    tags = ["NNS", "VBD", "IN", "NNP", ",", "DT", "NN", "IN", "DT", "NN"]
    assert _on_mission(tagged(words, heads, deps, tags)[1])
    words[9] = "festival"  # (a part of what is no force or mission is none)
    assert not _on_mission(tagged(words, heads, deps, tags)[1])


def test_all_and_a_plural_set_off_after_the_subject_describe_it_and_are_no_second_subject():
    from kg.extract.model import _mend_subjects_described  # noqa: PLC0415

    # "Chile and Peru, all APEC members, protested", parsed with "members" a second subject of "protested"
    words = ["Chile", "and", "Peru", ",", "all", "APEC", "members", ",", "protested"]
    heads, deps = [8, 0, 0, 8, 6, 6, 8, 6, 8], ["nsubj", "cc", "conj", "punct", "det", "compound", "nsubj", "punct",
                                                "ROOT"]
    tags = ["NNP", "CC", "NNP", ",", "DT", "NNP", "NNS", ",", "VBD"]
    doc = _mend_subjects_described(tagged(words, heads, deps, tags))
    assert (doc[6].dep_, doc[6].head.text) == ("appos", "Chile")
    # (a second subject with no "all" stays one: "Chile, its neighbours protested")
    doc = _mend_subjects_described(tagged(words[:4] + ["its"] + words[5:], heads, deps, tags[:4] + ["PRP$"] + tags[5:]))
    assert doc[6].dep_ == "nsubj"


def test_a_bare_noun_after_an_opening_preposition_is_its_object_and_the_name_after_the_comma_the_subject():
    from kg.extract.model import _mend_opening_phrases  # noqa: PLC0415

    # "After talks with Premier Li, Prime Minister Albanese said …", parsed with "talks" as the subject and
    # "Albanese" as an apposition of "Li"
    words = ["After", "talks", "with", "Premier", "Li", ",", "Prime", "Minister", "Albanese", "said", "."]
    doc = tagged(words, [9, 9, 1, 4, 2, 4, 7, 8, 4, 9, 9],
                 ["prep", "nsubj", "prep", "compound", "pobj", "punct", "compound", "compound", "appos", "ROOT",
                  "punct"],
                 ["IN", "NNS", "IN", "NNP", "NNP", ",", "NNP", "NNP", "NNP", "VBD", "."])
    _mend_opening_phrases(doc)
    assert (doc[1].dep_, doc[1].head.text) == ("pobj", "After")
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "said")
    # (a subject of its own stays: "After all, talks resumed")
    words = ["After", "all", ",", "talks", "resumed", "."]
    doc = tagged(words, [4, 0, 4, 4, 4, 4], ["prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
                 ["IN", "DT", ",", "NNS", "VBD", "."])
    _mend_opening_phrases(doc)
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "resumed")


def test_a_name_after_an_opening_gerund_with_no_object_is_its_object_and_the_name_after_the_comma_the_subject():
    from kg.extract.model import _mend_opening_phrases  # noqa: PLC0415

    # "After meeting President Boric, President Arce flew to Lima", parsed with Boric as the subject and Arce as
    # his apposition
    words = ["After", "meeting", "President", "Boric", ",", "President", "Arce", "flew", "to", "Lima", "."]
    heads = [7, 0, 3, 7, 3, 6, 3, 7, 7, 8, 7]
    deps = ["prep", "pcomp", "compound", "nsubj", "punct", "compound", "appos", "ROOT", "prep", "pobj", "punct"]
    tags = ["IN", "VBG", "NNP", "NNP", ",", "NNP", "NNP", "VBD", "IN", "NNP", "."]
    doc = _mend_opening_phrases(tagged(words, heads, deps, tags))
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "meeting")
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "flew")
    # (a gerund with an object of its own leaves the subject: "After meeting them, Boric, the president, flew")
    words[2:4] = ["them", "Boric"]
    doc = _mend_opening_phrases(tagged(words, [7, 0, 1, 7, 3, 6, 3, 7, 7, 8, 7],
                                       ["prep", "pcomp", "dobj", "nsubj"] + deps[4:], ["IN", "VBG", "PRP"] + tags[3:]))
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "flew")


def test_a_name_run_across_the_comma_that_ends_an_opening_phrase_is_no_name():
    from kg.extract.model import _mend_names_across_commas  # noqa: PLC0415

    # "After meeting Ruto, Abiy said …", with "Ruto, Abiy" read as one title
    words = ["After", "meeting", "Ruto", ",", "Abiy", "said", "it", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[5, 0, 1, 5, 5, 5, 5, 5],
              deps=["prep", "pcomp", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
              ents=["O", "O", "B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "O", "O", "O"])
    assert not _mend_names_across_commas(doc).ents
    # (a name whose parts hang on one another is one: "Washington, D.C.", and so is a date: "May 2022, months")
    words = ["Talks", "in", "Washington", ",", "D.C.", "ended", "in", "May", "2022", ",", "months", "ago", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[5, 0, 1, 2, 2, 5, 5, 6, 7, 7, 11, 7, 5],
              deps=["nsubj", "prep", "pobj", "punct", "appos", "ROOT", "prep", "pobj", "nummod", "punct", "npadvmod",
                    "advmod", "punct"],
              ents=["O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE",
                    "O"])
    assert [e.text for e in _mend_names_across_commas(doc).ents] == ["Washington , D.C.", "May 2022 , months ago"]


def test_a_person_s_name_hung_on_its_verb_piece_by_piece_is_joined_under_its_last_word():
    from kg.extract.model import _mend_names_in_pieces  # noqa: PLC0415

    # "Abdel Fattah al-Burhan, the army chief, spoke", each piece of the name the verb's subject
    words = ["Abdel", "Fattah", "al", "-", "Burhan", ",", "the", "chief", ",", "spoke", "."]
    heads = [1, 9, 9, 9, 9, 4, 7, 4, 9, 9, 9]
    deps = ["compound", "nsubj", "nsubj", "punct", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = _mend_names_in_pieces(Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents))
    assert [(t.head.text, t.dep_) for t in doc[1:5]] == [("Burhan", "compound"), ("Burhan", "compound"),
                                                         ("Burhan", "punct"), ("spoke", "nsubj")]
    # (pieces hung on different words outside are left alone: one name's pieces share one head)
    heads = [1, 9, 4, 4, 7, 4, 7, 1, 9, 9, 9]
    doc = _mend_names_in_pieces(Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents))
    assert doc[1].head.text == "spoke"


def test_a_subject_hung_on_an_auxiliary_is_its_verb_s():
    from kg.extract.model import _mend_subjects_of_auxiliaries  # noqa: PLC0415

    # "Kenya's move has angered Uganda", parsed with "move" as the subject of "has"
    words = ["Kenya", "'s", "move", "has", "angered", "Uganda", "."]
    deps = ["poss", "case", "nsubj", "aux", "ROOT", "dobj", "punct"]
    doc = _mend_subjects_of_auxiliaries(tagged(words, [2, 0, 3, 4, 4, 4, 4], deps,
                                               ["NNP", "POS", "NN", "VBZ", "VBN", "NNP", "."]))
    assert doc[2].head.text == "angered"
    # (a verb with a subject of its own keeps it: "What Kenya has, Uganda has angered")
    words = ["it", "has", "Uganda", "angered", "."]
    doc = _mend_subjects_of_auxiliaries(tagged(words, [1, 3, 3, 3, 3], ["nsubj", "aux", "nsubj", "ROOT", "punct"],
                                               ["PRP", "VBZ", "NNP", "VBN", "."]))
    assert doc[0].head.text == "has"


def test_a_verb_hung_inside_the_relative_clause_before_it_is_the_main_verb_of_the_name_left_the_root():
    from kg.extract.model import _mend_verbs_in_relative_clauses  # noqa: PLC0415

    # "The Union, of which both states are members, urged calm", "urged" read as describing "members" and "of"
    # hung on "calm"
    words = ["The", "Union", ",", "of", "which", "both", "states", "are", "members", ",", "urged", "calm", "."]
    doc = tagged(words, [1, 1, 1, 11, 3, 6, 7, 1, 7, 8, 8, 10, 1],
                 ["det", "ROOT", "punct", "prep", "pobj", "det", "nsubj", "relcl", "attr", "punct", "acl", "dobj",
                  "punct"],
                 ["DT", "NNP", ",", "IN", "WDT", "DT", "NNS", "VBP", "NNS", ",", "VBN", "NN", "."])
    _mend_verbs_in_relative_clauses(doc)
    assert (doc[10].dep_, doc[10].head.i) == ("ROOT", 10)
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "urged")
    assert (doc[3].head.text, doc[12].head.text) == ("are", "urged")
    # (a participle of the clause with no comma before it stays: "the Union, which states joined fearing war")
    words = ["The", "Union", ",", "which", "states", "joined", "fearing", "war", "."]
    doc = tagged(words, [1, 1, 1, 5, 5, 1, 5, 6, 1],
                 ["det", "ROOT", "punct", "dobj", "nsubj", "relcl", "advcl", "dobj", "punct"],
                 ["DT", "NNP", ",", "WDT", "NNS", "VBD", "VBG", "NN", "."])
    _mend_verbs_in_relative_clauses(doc)
    assert (doc[1].dep_, doc[6].dep_) == ("ROOT", "advcl")


def test_a_participle_after_what_is_ordered_or_kept_says_what_the_verb_makes_of_its_object():
    from kg.extract.model import _mend_object_complements  # noqa: PLC0415

    # "Gabon ordered the embassy closed", "embassy" read as the subject of a clause "closed"
    words = ["Gabon", "ordered", "the", "embassy", "closed", "."]
    doc = tagged(words, [1, 1, 3, 4, 1, 1], ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
                 ["NNP", "VBD", "DT", "NN", "VBD", "."])
    _mend_object_complements(doc)
    assert (doc[3].dep_, doc[3].head.text, doc[4].dep_, doc[4].tag_) == ("dobj", "ordered", "oprd", "VBN")
    # "Chad has kept the border closed", the participle read as a clause beside the object
    words = ["Chad", "has", "kept", "the", "border", "closed", "."]
    doc = tagged(words, [2, 2, 2, 4, 2, 2, 2], ["nsubj", "aux", "ROOT", "det", "dobj", "ccomp", "punct"],
                 ["NNP", "VBZ", "VBN", "DT", "NN", "VBD", "."])
    _mend_object_complements(doc)
    assert (doc[5].dep_, doc[5].tag_) == ("oprd", "VBN")
    # (a clause of its own stays: "Gabon ordered that the embassy closed")
    words = ["Gabon", "ordered", "that", "the", "embassy", "closed", "."]
    doc = tagged(words, [1, 1, 5, 4, 5, 1, 1], ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"],
                 ["NNP", "VBD", "IN", "DT", "NN", "VBD", "."])
    _mend_object_complements(doc)
    assert (doc[4].dep_, doc[5].dep_) == ("nsubj", "ccomp")
    # (nor a name read as a participle: "Libya ordered envoy Said Hamdi home")
    words = ["Libya", "ordered", "envoy", "Said", "Hamdi", "home", "."]
    doc = tagged(words, [1, 1, 3, 1, 5, 1, 1], ["nsubj", "ROOT", "nsubj", "ccomp", "compound", "dobj", "punct"],
                 ["NNP", "VBD", "NN", "VBD", "NNP", "NN", "."])
    _mend_object_complements(doc)
    assert (doc[2].dep_, doc[3].dep_) == ("nsubj", "ccomp")


def test_what_is_called_so_under_an_infinitive_in_the_object_hangs_on_the_verb_of_calling():
    from kg.extract.model import _mend_verdicts_on_infinitives  # noqa: PLC0415

    # "Fiji called Tonga's plan to close the port unfair", "unfair" read as the infinitive's complement
    words = ["Fiji", "called", "Tonga", "'s", "plan", "to", "close", "the", "port", "unfair", "."]
    doc = tagged(words, [1, 1, 4, 2, 1, 6, 4, 8, 6, 6, 1],
                 ["nsubj", "ROOT", "poss", "case", "dobj", "aux", "acl", "det", "dobj", "oprd", "punct"],
                 ["NNP", "VBD", "NNP", "POS", "NN", "TO", "VB", "DT", "NN", "JJ", "."])
    _mend_verdicts_on_infinitives(doc)
    assert (doc[9].dep_, doc[9].head.text) == ("oprd", "called")
    # "… the move to shut the port a provocation", the noun read as the infinitive's second object
    words = ["Fiji", "called", "the", "move", "to", "shut", "the", "port", "a", "provocation", "."]
    doc = tagged(words, [1, 1, 3, 1, 5, 3, 7, 5, 9, 5, 1],
                 ["nsubj", "ROOT", "det", "dobj", "aux", "acl", "det", "dobj", "det", "dobj", "punct"],
                 ["NNP", "VBD", "DT", "NN", "TO", "VB", "DT", "NN", "DT", "NN", "."])
    _mend_verdicts_on_infinitives(doc)
    assert (doc[9].dep_, doc[9].head.text) == ("oprd", "called")
    # (an infinitive whose own object takes a complement keeps it: "called the bid to make the port free wise")
    words = ["Fiji", "called", "the", "bid", "to", "make", "the", "port", "free", "."]
    doc = tagged(words, [1, 1, 3, 1, 5, 3, 7, 5, 5, 1],
                 ["nsubj", "ROOT", "det", "dobj", "aux", "acl", "det", "dobj", "oprd", "punct"],
                 ["NNP", "VBD", "DT", "NN", "TO", "VB", "DT", "NN", "JJ", "."])
    _mend_verdicts_on_infinitives(doc)
    assert (doc[8].dep_, doc[8].head.text) == ("oprd", "make")


def test_the_preposition_of_said_no_hangs_on_the_verb():
    from kg.extract.model import _mend_said_no  # noqa: PLC0415

    # "Peru said no to Chile's plan", "to" read as the interjection's
    words = ["Peru", "said", "no", "to", "Chile", "'s", "plan", "."]
    doc = tagged(words, [1, 1, 1, 2, 6, 4, 3, 1], ["nsubj", "ROOT", "intj", "prep", "poss", "case", "pobj", "punct"],
                 ["NNP", "VBD", "UH", "IN", "NNP", "POS", "NN", "."])
    _mend_said_no(doc)
    assert (doc[3].dep_, doc[3].head.text) == ("prep", "said")


def test_names_after_the_comma_of_an_opening_phrase_are_the_subject_of_the_verb_without_one():
    from kg.extract.model import _mend_subjects_in_openers  # noqa: PLC0415

    # "During their talks in Quito, Noboa and Petro agreed …", "Noboa" read as a conjunct of "Quito"
    words = ["During", "their", "talks", "in", "Quito", ",", "Noboa", "and", "Petro", "agreed", "."]
    doc = tagged(words, [9, 2, 0, 2, 3, 4, 4, 6, 6, 9, 9],
                 ["prep", "poss", "pobj", "prep", "pobj", "punct", "conj", "cc", "conj", "ROOT", "punct"],
                 ["IN", "PRP$", "NNS", "IN", "NNP", ",", "NNP", "CC", "NNP", "VBD", "."])
    _mend_subjects_in_openers(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "agreed")
    assert (doc[8].dep_, doc[8].head.text) == ("conj", "Noboa")
    # (a verb with a subject of its own keeps it: "In Lima, Quito and Bogota, officials met")
    words = ["In", "Lima", ",", "Quito", "and", "Bogota", ",", "officials", "met", "."]
    doc = tagged(words, [8, 0, 1, 1, 3, 3, 8, 8, 8, 8],
                 ["prep", "pobj", "punct", "conj", "cc", "conj", "punct", "nsubj", "ROOT", "punct"],
                 ["IN", "NNP", ",", "NNP", "CC", "NNP", ",", "NNS", "VBD", "."])
    _mend_subjects_in_openers(doc)
    assert (doc[3].dep_, doc[3].head.text) == ("conj", "Lima")


def test_a_name_whose_second_word_was_read_as_its_object_is_one_name():
    from kg.extract.model import _mend_names_read_as_objects  # noqa: PLC0415

    # "Anwar Ibrahim and Prabowo Subianto held talks", parsed as "Anwar" with the object "Ibrahim"
    words = ["Anwar", "Ibrahim", "and", "Prabowo", "Subianto", "held", "talks", "."]
    doc = tagged(words, [5, 0, 1, 4, 1, 5, 5, 5], ["nsubj", "dobj", "cc", "compound", "conj", "ROOT", "dobj", "punct"],
                 ["NNP", "NNP", "CC", "NNP", "NNP", "VBD", "NNS", "."])
    _mend_names_read_as_objects(doc)
    assert [(t.dep_, t.head.i) for t in doc[:5]] == [("compound", 1), ("nsubj", 5), ("cc", 1), ("compound", 4),
                                                     ("conj", 1)]


def test_a_name_read_as_a_second_subject_or_as_the_verbs_object_is_what_a_preposition_left_bare_governs():
    from kg.extract.model import _mend_stranded_objects  # noqa: PLC0415

    # "Protesters demanding the resignation of Nikol Pashinyan blocked roads", "Pashinyan" hung on "blocked"
    words = ["Protesters", "demanding", "the", "resignation", "of", "Nikol", "Pashinyan", "blocked", "roads", "."]
    doc = parsed(words, [7, 0, 3, 1, 3, 6, 7, 7, 7, 7],
                 ["nsubj", "acl", "det", "dobj", "prep", "compound", "nsubj", "ROOT", "dobj", "punct"],
                 ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"])
    _mend_stranded_objects(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("pobj", "of")
    # (a preposition with an object keeps it, and so does a verb its one subject)
    words = ["Envoys", "of", "Chad", "met", "Ruto", "."]
    doc = parsed(words, [3, 0, 1, 3, 3, 3], ["nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
                 ["NOUN", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"])
    _mend_stranded_objects(doc)
    assert [(t.dep_, t.head.i) for t in doc] == [("nsubj", 3), ("prep", 0), ("pobj", 1), ("ROOT", 3), ("dobj", 3),
                                                 ("punct", 3)]
    # "Ruto called on Tanzanian President Samia Hassan", the name made the verb's object beside an empty "on"
    words = ["Ruto", "called", "on", "Tanzanian", "President", "Samia", "Hassan", "."]
    doc = parsed(words, [1, 1, 1, 4, 6, 6, 1, 1], ["nsubj", "ROOT", "prep", "amod", "compound", "compound", "dobj",
                                                   "punct"],
                 ["PROPN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"])
    _mend_stranded_objects(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("pobj", "on")


def test_a_verb_of_the_lexicon_read_as_a_plural_noun_after_a_name_is_the_verb():
    from kg.extract.model import _mend_verbs_read_as_nouns  # noqa: PLC0415

    # "Chile firmly abides by the one-China policy", parsed as the noun "abides" the name and adverb describe
    words = ["Chile", "firmly", "abides", "by", "the", "policy", "."]
    doc = tagged(words, [2, 2, 2, 2, 5, 3, 2], ["nmod", "amod", "ROOT", "prep", "det", "pobj", "punct"],
                 ["NNP", "RB", "NNS", "IN", "DT", "NN", "."])
    _mend_verbs_read_as_nouns(doc)
    assert (doc[2].tag_, doc[0].dep_, doc[1].dep_) == ("VBZ", "nsubj", "advmod")
    # (a noun no verb of the lexicon spells stays one: "Chile elections in May")
    words = ["Chile", "elections", "in", "May", "."]
    doc = tagged(words, [1, 1, 1, 2, 1], ["compound", "ROOT", "prep", "pobj", "punct"],
                 ["NNP", "NNS", "IN", "NNP", "."])
    _mend_verbs_read_as_nouns(doc)
    assert doc[1].tag_ == "NNS"


def test_a_bare_word_of_judgement_after_the_thing_called_is_what_it_is_called():
    from kg.extract.model import _mend_judged_compounds  # noqa: PLC0415

    # "Chile called the seizure piracy", parsed as one noun "the seizure piracy"
    words = ["Chile", "called", "the", "seizure", "piracy", "."]
    doc = tagged(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                 ["NNP", "VBD", "DT", "NN", "NN", "."])
    _mend_judged_compounds(doc)
    assert (doc[3].dep_, doc[3].head.text, doc[4].dep_, doc[2].head.text) == ("dobj", "called", "oprd", "seizure")
    # (a noun that judges nothing stays the compound's head: "called the border crossing")
    words = ["Chile", "called", "the", "border", "crossing", "."]
    doc = tagged(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                 ["NNP", "VBD", "DT", "NN", "NN", "."])
    _mend_judged_compounds(doc)
    assert (doc[3].dep_, doc[4].dep_) == ("compound", "dobj")


def test_an_as_phrase_after_a_relative_clause_set_off_by_commas_is_the_verbs():
    from kg.extract.model import _mend_as_after_asides  # noqa: PLC0415

    # "Chad condemned the deal, under which Sudan would gain a port, as aggression", "as" hung on "gain"
    words = ["Chad", "condemned", "the", "deal", ",", "under", "which", "Sudan", "would", "gain", "a", "port", ",",
             "as", "aggression", "."]
    doc = tagged(words, [1, 1, 3, 1, 3, 9, 5, 9, 9, 3, 11, 9, 9, 9, 13, 1],
                 ["nsubj", "ROOT", "det", "dobj", "punct", "prep", "pobj", "nsubj", "aux", "relcl", "det", "dobj",
                  "punct", "prep", "pobj", "punct"],
                 ["NNP", "VBD", "DT", "NN", ",", "IN", "WDT", "NNP", "MD", "VB", "DT", "NN", ",", "IN", "NN", "."])
    _mend_as_after_asides(doc)
    assert doc[13].head.text == "condemned"
    # (a clause not set off by commas keeps it: "condemned the deal Sudan signed as a gesture")
    words = ["Chad", "condemned", "the", "deal", "Sudan", "signed", "as", "a", "gesture", "."]
    doc = tagged(words, [1, 1, 3, 1, 5, 3, 5, 8, 6, 1],
                 ["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "prep", "det", "pobj", "punct"],
                 ["NNP", "VBD", "DT", "NN", "NNP", "VBD", "IN", "DT", "NN", "."])
    _mend_as_after_asides(doc)
    assert doc[6].head.text == "signed"


def test_a_verb_read_as_a_participle_of_the_noun_that_roots_a_sentence_is_its_verb():
    from kg.extract.model import _mend_subjects_read_as_described  # noqa: PLC0415

    # "The bloc called on Chad to hold elections", parsed as "the bloc [called on Chad …]"
    words = ["The", "bloc", "called", "on", "Chad", "to", "hold", "elections", "."]
    doc = tagged(words, [1, 1, 1, 2, 3, 6, 2, 6, 1],
                 ["det", "ROOT", "acl", "prep", "pobj", "aux", "advcl", "dobj", "punct"],
                 ["DT", "NN", "VBN", "IN", "NNP", "TO", "VB", "NNS", "."])
    _mend_subjects_read_as_described(doc)
    assert (doc[2].dep_, doc[2].tag_, doc[1].dep_, doc[1].head.text, doc[8].head.text) == (
        "ROOT", "VBD", "nsubj", "called", "called")
    # (a sentence with a verb of its own keeps its participle: "The deal signed in Doha holds")
    words = ["The", "deal", "signed", "in", "Doha", "holds", "."]
    doc = tagged(words, [1, 5, 1, 2, 3, 5, 5], ["det", "nsubj", "acl", "prep", "pobj", "ROOT", "punct"],
                 ["DT", "NN", "VBN", "IN", "NNP", "VBZ", "."])
    _mend_subjects_read_as_described(doc)
    assert doc[2].dep_ == "acl"


def test_a_past_verb_with_no_subject_after_a_that_clause_is_the_sentences_own():
    from kg.extract.model import _mend_main_clause_conjuncts  # noqa: PLC0415

    # "Baku denied that its drones had crossed the border and accused Yerevan", "accused" hung on "crossed"; a verb
    # that shares the clause's auxiliary (tagged VBN: "had crossed the border and [reached] Yerevan") stays in it
    words = ["Baku", "denied", "that", "its", "drones", "had", "crossed", "the", "border", "and", "accused", "Yerevan",
             "."]
    heads = [1, 1, 6, 4, 6, 6, 1, 8, 6, 6, 6, 10, 1]
    deps = ["nsubj", "ROOT", "mark", "poss", "nsubj", "aux", "ccomp", "det", "dobj", "cc", "conj", "dobj", "punct"]
    for tag, head in (("VBD", "denied"), ("VBN", "crossed")):
        doc = tagged(words, heads, deps, ["NNP", "VBD", "IN", "PRP$", "NNS", "VBD", "VBN", "DT", "NN", "CC", tag,
                                          "NNP", "."])
        _mend_main_clause_conjuncts(doc)
        assert doc[10].head.text == head


def test_a_verb_after_a_whose_phrase_read_as_an_apposition_is_the_relative_clauses():
    from kg.extract.model import _mend_whose_clauses  # noqa: PLC0415

    # "Tonga is a member of the Forum, whose chief, Henry Puna, praised the response", "praised" joined to "is"
    words = ["Tonga", "is", "a", "member", "of", "the", "Forum", ",", "whose", "chief", ",", "Henry", "Puna", ",",
             "praised", "the", "response", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 9, 6, 9, 12, 9, 6, 1, 16, 14, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "det", "pobj", "punct", "poss", "appos", "punct", "compound",
            "appos", "punct", "conj", "det", "dobj", "punct"]
    tags = ["NNP", "VBZ", "DT", "NN", "IN", "DT", "NNP", ",", "WP$", "NN", ",", "NNP", "NNP", ",", "VBD", "DT", "NN",
            "."]
    doc = tagged(words, heads, deps, tags)
    _mend_whose_clauses(doc)
    assert (doc[14].dep_, doc[14].head.text, doc[9].dep_, doc[9].head.text) == ("relcl", "Forum", "nsubj", "praised")
    # (a verb with a subject of its own stays the sentence's: "…, whose chief, Henry Puna, spoke, and Fiji praised")
    doc = tagged([*words[:14], "Fiji", *words[14:]], [h + (h >= 14) for h in heads[:14]] + [15] + [
        h + (h >= 14) for h in heads[14:]], [*deps[:14], "nsubj", *deps[14:]], [*tags[:14], "NNP", *tags[14:]])
    _mend_whose_clauses(doc)
    assert (doc[15].dep_, doc[15].head.text) == ("conj", "is")


def test_the_second_on_phrase_inside_what_is_blamed_is_whom_it_is_blamed_on():
    from kg.extract.model import _mend_blamed_on  # noqa: PLC0415

    # "Chad blamed the raid on its garrison on Sudanese rebels", the rebels hung on "garrison"
    words = ["Chad", "blamed", "the", "raid", "on", "its", "garrison", "on", "Sudanese", "rebels", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 9, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "poss", "pobj", "prep", "amod", "pobj", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "PRP$", "NN", "IN", "JJ", "NNS", "."]
    doc = tagged(words, heads, deps, tags)
    _mend_blamed_on(doc)
    assert (doc[7].head.text, doc[4].head.text) == ("blamed", "raid")
    # (the first phrase hung on the verb, the second inside it)
    doc = tagged(words, [1, 1, 3, 1, 1, 6, 4, 6, 9, 7, 1], deps, tags)
    _mend_blamed_on(doc)
    assert (doc[7].head.text, doc[4].head.text) == ("blamed", "raid")
    # (one "on" inside the object, with none after it, stays where it is: "blamed the raid on its garrison")
    doc = tagged(words[:7] + ["."], heads[:7] + [1], deps[:7] + ["punct"], tags[:7] + ["."])
    _mend_blamed_on(doc)
    assert doc[4].head.text == "raid"


def test_a_participle_after_and_beside_an_infinitives_object_is_the_finite_verbs_conjunct():
    from kg.extract.model import _mend_participles_after_infinitives  # noqa: PLC0415

    # "Brussels pressed the rulers to set dates and imposed curbs on their allies", "imposed curbs" read as a noun
    # phrase joined to the verb of "dates"
    words = ["Brussels", "pressed", "the", "rulers", "to", "set", "dates", "and", "imposed", "curbs", "on", "their",
             "allies", "."]
    heads = [1, 1, 3, 1, 5, 1, 5, 5, 9, 5, 9, 12, 10, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "dobj", "cc", "amod", "conj", "prep", "poss", "pobj",
            "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "TO", "VB", "NNS", "CC", "VBN", "NNS", "IN", "PRP$", "NNS", "."]
    doc = tagged(words, heads, deps, tags)
    _mend_participles_after_infinitives(doc)
    assert (doc[8].dep_, doc[8].head.text, doc[9].dep_, doc[9].head.text, doc[7].head.text) == (
        "conj", "pressed", "dobj", "imposed", "pressed")
    # (not with no finite verb in the past above the infinitive: "Brussels will press the rulers to set … and …")
    doc = tagged(words, heads, deps, ["NNP", "VB", *tags[2:]])
    _mend_participles_after_infinitives(doc)
    assert (doc[8].dep_, doc[9].head.text) == ("amod", "set")
