"""Loading the spaCy pipeline (the only place a model is loaded; nothing is downloaded)."""

from __future__ import annotations

import calendar
from functools import cache

from kg.config import DEFAULT_MODELS, model_install_command
from kg.errors import ModelError
from kg.extract.lexicon import capitals, country_names, lexicon, role_words, rows, state_names, struck_things
from kg.extract.syntax import CHARGES, aside, to_infinitive
from kg.extract.timeplace import dateline_end

__all__ = ["load_model"]


def _paragraph_breaks(doc):
    """A paragraph break always ends a sentence (headlines and subheads have no final stop), and so does
    a dateline: "MOSCOW, Nov. 9 (Xinhua) -- Russia and …" is parsed from "Russia" on."""
    for token in doc[1:]:
        if "\n\n" in doc[token.i - 1].text_with_ws or doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    end = dateline_end(doc.text)
    story = doc.char_span(end, len(doc.text), alignment_mode="expand") if end else None
    if story is not None and story.start > 0:
        story[0].is_sent_start = True
        for token in story[1:]:  # (and runs to its first full stop: "… (AFP) - Kyrgyz | and Tajik troops …" is
            if token.is_sent_start or doc[token.i - 1].text in (".", "!", "?"):  # no sentence of its own)
                break
            token.is_sent_start = False
    return doc


def _mend_headline_parses(doc):
    """Put right a parse that reads a sentence's verb as a participle describing its object, with no verb
    left: "Angola mediated talks between …", parsed as "[Angola-mediated] talks". The verb (VBD or VBN right
    after a name that opens the sentence, hung on the noun that roots it) becomes the root, the name its subject
    and the noun its object."""
    for sent in doc.sents:
        noun = sent.root
        if not noun.tag_.startswith("NN"):  # (tags: parts of speech are set after this)
            continue
        # (or read as an adjective: "The EU [relaxed] sanctions on Syria")
        verb = next((t for t in noun.lefts if t.dep_ == "amod" and (
            t.tag_ in ("VBD", "VBN") or t.tag_ == "JJ" and t.lower_.endswith("ed"))), None)
        # (or any subject the parser gave the "participle": "Qatar's emir telephoned Iranian President …")
        name = next((c for c in verb.lefts if c.dep_ in ("npadvmod", "compound", "nmod", "nsubj")
                     and (c.tag_ in ("NNP", "NNPS") or c.is_upper and len(c) > 1 or c.dep_ == "nsubj")), None) \
            if verb is not None else None
        # (or a name read as the noun's adjective beside the verb: "[Bhutan] voiced displeasure with …")
        name = name or next((c for c in noun.lefts if verb is not None and c.i == verb.i - 1
                             and doc[sent.start:c.i].text in ("", "The") and c.dep_ in ("amod", "compound")
                             and (c.is_title or c.is_upper and len(c) > 1) and c.tag_ in ("JJ", "NNP")), None)
        if name is None or name.right_edge.i + 1 != verb.i or doc[sent.start:name.left_edge.i].text not in ("", "The") \
                or any(t.head != noun or t.dep_ not in ("compound", "amod") for t in doc[verb.i + 1:noun.i]):
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        name.head, name.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"
    return doc


def _mend_headline_objects(doc):
    """Put right a headline whose verb the parser reads as a noun describing its object, the object as the verb:
    "Kenya, Ethiopia sign deal on trade", parsed as "[sign] deals". A noun that is a verb of the lexicon, right
    before a root read as a verb that is a word of pacts (&PACTS), becomes the verb, the root its object and the
    name before it its subject."""
    pacts = lexicon().synsets["PACTS"]
    for sent in doc.sents:
        root = sent.root
        verb = doc[root.i - 1] if root.i > sent.start else None
        if verb is None or root.tag_ not in ("VBP", "VBZ", "VB") or root.lower_ not in pacts \
                or verb.dep_ != "compound" or verb.tag_ != "NN" or verb.lower_ not in _trigger_verbs():
            continue
        names = [c for c in verb.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")]
        if not names:
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBP"
        root.head, root.dep_, root.tag_ = verb, "dobj", "NN"
        names[-1].dep_ = "nsubj"
        for child in [c for c in root.children if c.i < verb.i]:  # ("Kenya, Ethiopia sign …": the first name)
            child.head = verb
    return doc


def _headline(sent) -> bool:
    """Whether a sentence ends with no full stop, as headlines and subheads do."""
    return next((t.text for t in reversed(sent) if not t.is_space), ".") not in (".", "!", "?", '"', "”")


def _mend_headline_lists(doc):
    """Read two names a comma joins in a headline as a list, as headlines write "and": "Biden hosts Kishida,
    Marcos for summit", parsed with Marcos as Kishida's apposition (in a sentence with a full stop a name after a
    comma may be one: "met the envoy, Li Wei.")."""
    for sent in doc.sents:
        if not _headline(sent):
            continue
        for name in sent:
            first = name.head
            if name.dep_ == "appos" and first.tag_ == "NNP" and first.i + 2 == name.left_edge.i \
                    and doc[first.i + 1].text == "," and all(t.tag_ == "NNP" for t in doc[name.left_edge.i:name.i + 1]):
                name.dep_ = "conj"
    return doc


def _mend_headline_pairs(doc):
    """Join the two names a headline opens with, a comma between them, as the verb's subjects: in "Russia, India
    sign defence pact" the parser hangs "Russia" on the verb as a modifier (or a clause, or hangs the verb on it)
    and leaves India alone to sign."""
    for sent in doc.sents:
        if len(sent) < 4:
            continue
        first, comma, second = sent[0], sent[1], sent[2]
        verb = second.head
        # (or hangs the verb on the first name, as its apposition, in a headline: "Ghana, Togo condemn Mali")
        hung = first.dep_ == "ROOT" and verb.dep_ == "appos" and verb.head == first and _headline(sent)
        if not _name_like(first) or not (first.dep_ in ("npadvmod", "advcl", "dep") and first.head == verb or hung
                                         or first.dep_ == "nmod" and first.head == second) \
                or comma.text != "," or second.tag_ not in ("NNP", "NNPS") or second.dep_ != "nsubj" \
                or verb.tag_ not in ("VBP", "VB", "VBD", "VBZ"):
            continue  # (or hangs it on the second name: "Armenia, Azerbaijan accuse each other …")
        if hung:
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in first.children if c.i > verb.i]:
                child.head = verb
        first.head = verb
        first.dep_, second.head, second.dep_, comma.head = "nsubj", first, "conj", first
    return doc


def _mend_headline_owner_pairs(doc):
    """Join the two names a headline opens with, a comma between them, as owners of the plural noun after them:
    in "Vietnam, Cambodia leaders meet in Phnom Penh" the parser hangs "Vietnam" on the verb and leaves the
    leaders Cambodia's alone (as it reads "Vietnam and Cambodia leaders")."""
    for sent in doc.sents:
        if len(sent) < 5 or not _headline(sent):
            continue
        first, comma, second, noun = sent[0], sent[1], sent[2], sent[3]
        if _name_like(first) and comma.text == "," and second.tag_ in ("NNP", "NNPS") and second.dep_ == "compound" \
                and second.head == noun and noun.tag_ == "NNS" and noun.dep_ == "nsubj" and first.head == noun.head \
                and first.dep_ in ("npadvmod", "dep", "nsubj", "compound"):
            first.head, first.dep_ = noun, "nmod"
            second.head, second.dep_, comma.head = first, "conj", first
    return doc


def _mend_headline_subjects(doc):
    """Make the name a headline opens with the subject of its verb when the parser reads it as the verb's
    modifier (a state's name even if tagged as an adjective) and leaves the verb no subject: "Mali expels French
    ambassador over remarks" (and the noun after the verb, read as its adverb, the object: "Mali expels French
    ambassador")."""
    for sent in doc.sents:
        verb, first = sent.root, sent[0]
        if not _headline(sent) or verb.tag_ not in ("VBZ", "VBP", "VBD"):
            continue
        if (_name_like(first) or first.text in state_names()) and first.head == verb and first.i + 1 == verb.i \
                and first.dep_ in ("amod", "compound", "npadvmod", "nmod", "dep") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            first.dep_ = "nsubj"
        adverb = next((c for c in verb.rights if c.dep_ == "npadvmod" and c.tag_.startswith("NN")), None)
        if adverb is not None and any(c.dep_ == "nsubj" for c in verb.children) \
                and not any(c.dep_ == "dobj" for c in verb.children):
            adverb.dep_ = "dobj"
    return doc


def _mend_headline_verbs_as_nouns(doc):
    """Put right a headline whose verb, after the name it opens with, the parser reads as a plural noun describing
    the object: in "Niger expels Beninese ambassador" it roots the headline on "ambassador" with "expels" a word
    hung on it. A word of the lexicon's verbs in lower case, right after that name, becomes the verb; the name
    its subject, the root its object, and the phrases after the root its own."""
    verbs = _trigger_verbs()
    for sent in doc.sents:
        root, first = sent.root, sent[0]
        verb = doc[first.i + 1] if first.i + 1 < sent.end else None
        if verb is None or not _headline(sent) or not root.tag_.startswith("NN") or not _name_like(first) \
                or first.head != verb or not verb.is_lower or verb.tag_ not in ("NNS", "NN") or verb.head != root \
                or verb.lower_.removesuffix("s") not in verbs and verb.lower_.removesuffix("es") not in verbs \
                or any(t.head != root for t in doc[verb.i + 1:root.i]):
            continue
        _reroot(verb, root, "dobj", tag="VBZ")
        first.dep_ = "nsubj"
    return doc


def _name_like(token) -> bool:
    """Whether a word is tagged as a name, or is a country's name the model tags as a plural common noun
    ("Philippines", "Maldives")."""
    return token.tag_ in ("NNP", "NNPS") or token.tag_ == "NNS" and token.text in state_names()


def _mend_headline_appositions(doc):
    """Put right a headline that opens with two names and a verb the parser reads as a modifier of its object: in
    "India, Canada expel diplomats in escalating row" ("India, [Canada expel] diplomats") the two expel. The word
    (a verb of the lexicon, in lower case) becomes the verb, the names its subjects and the noun its object."""
    for sent in doc.sents:
        if len(sent) < 5 or not _headline(sent):
            continue
        first, comma, second, verb = sent[0], sent[1], sent[2], sent[3]
        noun = verb.head
        # (the object set beside the first name, or the root with the first name its modifier: "Chile, Bolivia
        # resume talks on sea access", read as "[Bolivia resume] talks")
        beside = first.dep_ == "ROOT" and noun.dep_ == "appos" and noun.head == first
        rooted = noun.dep_ == "ROOT" and first.head == noun and first.dep_ in ("npadvmod", "compound", "nmod", "dep")
        if not _name_like(first) or not (beside or rooted) or comma.text != "," or second.tag_ != "NNP" \
                or second.head not in (noun, verb) or verb.head != noun or verb.dep_ not in ("amod", "compound") \
                or not verb.is_lower or verb.lower_ not in _trigger_verbs():
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBP"
        first.head, first.dep_ = verb, "nsubj"
        second.head, second.dep_, comma.head = first, "conj", first
        noun.head, noun.dep_ = verb, "dobj"
    return doc


def _mend_headline_vows(doc):
    """Put right a headline whose verb after two names the parser reads as a noun set beside the first name: in
    "Macron, Scholz vow to back Ukraine" ("[Scholz vow]", a noun, with "to back" its clause) the two vow. The word
    (a verb or a modality word of the lexicon) becomes the verb, the names its subjects."""
    for sent in doc.sents:
        if len(sent) < 5 or not _headline(sent):
            continue
        first, comma, second, verb = sent[0], sent[1], sent[2], sent[3]
        # (the first name the root and the word beside it, or the word the root and the first name its modifier)
        if first.tag_ not in ("NNP", "NNPS") or comma.text != "," or second.tag_ not in ("NNP", "NNPS") \
                or second.head != verb or verb.tag_ != "NN" \
                or verb.lower_ not in _trigger_verbs() and verb.lower_ not in lexicon().modality \
                or not (first.dep_ == "ROOT" and verb.head == first or verb.dep_ == "ROOT" and first.head == verb):
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBP"
        first.head, first.dep_ = verb, "nsubj"
        second.head, second.dep_, comma.head = first, "conj", first
        for child in [c for c in first.children if c.i > verb.i]:
            child.head = verb
        for clause in [c for c in verb.children if c.dep_ in ("advcl", "acl")]:
            clause.dep_ = "xcomp"  # ("vow [to back] Ukraine": what they vow, and what it acts on)
            for thing in [c for c in verb.children if c.dep_ == "dobj" and c.i > clause.i]:
                thing.head = clause
    return doc


def _mend_headline_verbs(doc):
    """Put right a headline with no verb left, whose verb between names the parser reads as a noun: in "Egypt,
    Qatar press Hamas, Israel to accept truce" ("[Qatar press] Hamas") Egypt and Qatar press the two. A word of
    the lexicon's verbs in lower case, a name right before it and one right after, becomes the verb; the names
    before it its subjects, those after it its objects, and a clause hung on a name what they are pressed to do."""
    verbs = _trigger_verbs()
    for sent in doc.sents:
        if sent.root.tag_.startswith("VB") or not _headline(sent):
            continue
        verb = next((t for t in sent[1:-1] if t.is_lower and t.tag_ in ("NN", "NNS")
                     and (t.lower_ in verbs or t.lower_[:-1] in verbs) and doc[t.i - 1].tag_ == "NNP"
                     and doc[t.i + 1].tag_ == "NNP" and doc[t.i + 1].dep_ not in ("compound", "amod", "nmod")), None)
        if verb is None:
            continue
        before = [t for t in doc[sent.start:verb.i] if t.tag_ == "NNP" and (t.head == t or t.head.tag_ != "NNP")
                  or t.i == verb.i - 1]
        after = []
        for t in doc[verb.i + 1:sent.end]:
            if t.tag_ != "NNP" and t.text != ",":
                break
            if t.tag_ == "NNP" and (t.i + 1 == sent.end or doc[t.i + 1].tag_ != "NNP"):
                after.append(t)
        names = {t.i for t in (*before, *after)}
        clauses = [t for t in sent if t.dep_ in ("acl", "advcl", "relcl") and t.head.i in names]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBP"
        for group, role in ((before, "nsubj"), (after, "dobj")):
            for k, name in enumerate(group):
                name.head, name.dep_ = (verb, role) if k == 0 else (group[0], "conj")
        for clause in clauses:
            clause.head, clause.dep_ = verb, "xcomp"
        for t in sent:
            if t.text == "," and t.head.i not in names:
                t.head = verb
    return doc


def _mend_headline_remarks(doc):
    """Put right a word of remarks after "over" and a name that the parser reads as a verb whose subject is the
    object of the verb before: in "Colombia expels Argentine diplomats over Milei remarks" ("diplomats … remarks",
    a clause, or the root with the verb its subject) Colombia expels the diplomats, over remarks by Milei."""
    remarks = lexicon().synsets["REMARKS"]
    for word in doc[2:]:
        verb, name = word.head, doc[word.i - 1]
        prep = name.head
        things = [c for c in word.children if c.dep_ == "nsubj"]
        if word.dep_ == "ROOT":  # (or reads the verb as the root's subject or clause: "Peru [expels] Mexican
            #                        ambassador over Lopez Obrador remarks")
            verb = next((c for c in word.children if c.dep_ in ("nsubj", "ccomp") and c.tag_ == "VBZ"
                         and c.i < name.i), word)
            things = [c for c in things if c != verb]
        if word.tag_ != "VBZ" or word.lower_ not in remarks or verb == word \
                or word.dep_ not in ("ccomp", "conj", "advcl", "ROOT") or not verb.tag_.startswith("VB") \
                or len(things) != 1 or name.tag_ != "NNP" or name.dep_ != "pobj" or prep.head != things[0] \
                or prep.i != name.left_edge.i - 1:
            continue
        if word.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
            for subject in [c for c in verb.children if c.dep_ in ("compound", "nsubj") and c.tag_ == "NNP"][-1:]:
                subject.dep_ = "nsubj"
        things[0].head, things[0].dep_ = verb, "dobj"
        word.head, word.dep_, word.tag_ = prep, "pobj", "NNS"
        name.head, name.dep_ = word, "compound"
    return doc


def _mend_rooted_names(doc):
    """Put right a parse that gives a name an object and reads the verb after the name as a participle describing
    that object: "ECOWAS lifted sanctions on Guinea", parsed as "ECOWAS [lifted sanctions]" (a name takes no
    object). The verb (a past tense, VBD, right after the name and hung on the name's object) takes the name's
    place in the sentence, the name becomes its subject and the noun its object."""
    for name in doc[:-1]:
        verb = doc[name.i + 1]
        if name.tag_ not in ("NNP", "NNPS") or verb.tag_ != "VBD" or verb.dep_ != "amod" \
                or verb.head.head != name or verb.head.dep_ != "dobj":
            continue
        noun, after = verb.head, [c for c in name.children if c.i > verb.i and c != verb.head]
        verb.head, verb.dep_ = (verb if name.head == name else name.head), name.dep_
        name.head, name.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"
        for child in after:  # (what followed hangs on the verb: "after the junta agreed …", the full stop)
            child.head = verb
    return doc


def _mend_names_read_as_objects(doc):
    """Join a name the parser split in two, the second word read as the first's object: in "Anwar Ibrahim and
    Prabowo Subianto held their first meeting" it makes "Ibrahim" the object of "Anwar" (a name takes no object).
    The second word takes the first's place in the sentence, the first becomes its compound, and what else hung
    on the first ("and Prabowo Subianto") hangs on the second."""
    for name in doc[:-1]:
        last = doc[name.i + 1]
        if name.tag_ != "NNP" or last.tag_ != "NNP" or last.dep_ != "dobj" or last.head != name \
                or name.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue  # (not a first name heading a clause after a title: _mend_names_after_titles mends that)
        others = [c for c in name.children if c != last]
        last.head, last.dep_ = (last if name.head == name else name.head), name.dep_
        name.head, name.dep_ = last, "compound"
        for child in others:
            child.head = last
    return doc


def _mend_verbs_in_relative_clauses(doc):
    """Put right a sentence whose main verb the parser hangs inside the relative clause set off before it: in
    "ASEAN, of which both countries are members, called on …" the name is left the root and "called" a
    participle describing "members". The verb (right after the clause's closing comma) becomes the root and the
    name its subject, and the clause gets back the "of which" the parser hung on the verb's object."""
    for verb in doc[2:]:
        clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.nbor(-1).text != "," or clause is None:
            continue
        name = clause.head
        if name.dep_ != "ROOT" or not name.tag_.startswith("NN") or not aside(clause) \
                or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        after = [c for c in name.children if c.i > verb.i]
        for prep in doc[name.i:clause.i]:
            if prep.dep_ == "prep" and prep.head.i > verb.i and any(c.tag_ == "WDT" for c in prep.children):
                prep.head = clause
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        name.head, name.dep_ = verb, "nsubj"
        for child in after:  # (the full stop)
            child.head = verb
    return doc


# Forms of the verbs that keep or put their object as a participle after says (lemmas are not set yet)
_HOLDING_FORMS = frozenset({"keep", "keeps", "keeping", "kept", "hold", "holds", "holding", "held", "leave", "leaves",
                            "leaving", "left", "order", "orders", "ordering", "ordered", "declare", "declares",
                            "declaring", "declared"})


def _mend_object_complements(doc):
    """Put right a participle after the object of a verb of keeping or ordering that the parser reads as a clause
    of its own: in "has kept its border with Chad closed" or "ordered the crossings closed" what is kept or ordered
    closed is the verb's object (read as the participle's subject, or left as the object beside a clause) and the
    participle says what it is kept or made."""
    for participle in doc[2:]:
        verb = participle.head
        if participle.dep_ != "ccomp" or participle.tag_ not in ("VBN", "VBD") or verb.i > participle.i \
                or not participle.is_lower or verb.lower_ not in _HOLDING_FORMS or any(  # (not a name: "Said")
                c.dep_ in ("mark", "aux", "auxpass", "dobj", "nsubjpass") for c in participle.children):
            continue
        held = next((c for c in participle.children if c.dep_ == "nsubj"), None)
        if held is not None and (not held.tag_.startswith("NN") or held.right_edge.i + 1 != participle.i):
            continue
        if held is None and not any(c.dep_ == "dobj" and c.right_edge.i + 1 == participle.i for c in verb.children):
            continue
        if held is not None:
            held.head, held.dep_ = verb, "dobj"
        participle.dep_, participle.tag_ = "oprd", "VBN"
    return doc


# Forms of "help", whose bare infinitive says what it helps its object do (lemmas are not set yet)
_HELPING_FORMS = frozenset({"help", "helps", "helping", "helped"})


def _mend_bare_infinitives(doc):
    """Put right the infinitive after the object of "help" that the parser reads as a clause with the object as its
    subject: in "China helped Pakistan (to) build the port" Pakistan is who is helped."""
    for verb in doc[2:]:
        helper = verb.head
        helped = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        to = doc[verb.i - 1].tag_ == "TO"
        if verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ != "VB" or helper.lower_ not in _HELPING_FORMS \
                or helped is None or not helper.i < helped.i < verb.i or helped.right_edge.i + 1 != verb.i - to \
                or any(c.dep_ in ("mark", "aux", "dobj") for c in helper.children if c.i > helper.i) \
                or any(c.dep_ == "mark" or c.dep_ == "aux" and c.i != verb.i - to for c in verb.children):
            continue
        helped.head, helped.dep_ = helper, "dobj"
        verb.dep_ = "xcomp"
    return doc


def _mend_participles_read_as_adjectives(doc):
    """Put right a passive participle the tagger read as an adjective, in quotes or after an adverb: in 'said he was
    "deeply disappointed" by Togo's decision' the parser still gives it a passive auxiliary and a "by" agent, and
    it is the verb they belong to."""
    for word in doc:
        if word.tag_ == "JJ" and word.lower_.endswith("ed") and any(c.dep_ == "auxpass" for c in word.children) \
                and any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in word.children):
            word.tag_ = "VBN"
    return doc


# Forms of the verbs that call their object what an adjective after it says (lemmas are not set yet)
_CALLING_FORMS = frozenset(f"{stem}{end}" for stem in ("call", "term", "brand", "deem", "consider")
                           for end in ("", "s", "ed", "ing")) | {"label", "labels", "labelled", "labeled", "labelling",
                                                                "labeling", "dub", "dubs", "dubbed", "dubbing"}


def _mend_verdict_adjectives(doc):
    """Put right the adjective that ends the object of a verb of calling, which the parser hangs on the verb as an
    adverb, a clause or the object's qualifier: in "Beijing branded the Dutch curbs discriminatory" and "Tokyo
    deemed Seoul's move regrettable" the adjective is what the object is called, as in "called the curbs unfair"."""
    for adjective in doc[3:]:
        verb = adjective.head.head if adjective.dep_ in ("amod", "acomp") else adjective.head
        # (or on the object read as a clause of its own: "branded the [canal] plan reckless", "plan" a clause's
        # head and the noun before it its subject)
        noun = adjective.head
        if adjective.dep_ == "acomp" and noun.dep_ == "ccomp" and noun.tag_.startswith("NN") \
                and verb.lower_ in _CALLING_FORMS and not any(c.dep_ in ("aux", "cop") or c.dep_ == "nsubj" and (
                    not c.tag_.startswith("NN") or c.i != noun.i - 1) for c in noun.children):
            for c in noun.children:
                c.dep_ = "compound" if c.dep_ == "nsubj" else c.dep_
            noun.dep_, adjective.dep_ = "dobj", "amod"
        called = next((c for c in verb.children if c.dep_ == "dobj" and c.i < adjective.i), None)
        if adjective.tag_ != "JJ" or verb.lower_ not in _CALLING_FORMS or called is None \
                or adjective.dep_ not in ("advmod", "amod", "ccomp") or adjective.dep_ == "amod" \
                and adjective.head != called or adjective.i != called.right_edge.i + (adjective.dep_ != "amod") \
                or any(c.dep_ in ("oprd", "ccomp", "xcomp") and c != adjective for c in verb.children):
            continue
        adjective.head, adjective.dep_ = verb, "oprd"
    return doc


def _mend_said_no(doc):
    """Hang the preposition the parser puts under the "no" of "said no to …" on the verb, as in "said yes to"."""
    for no in doc:
        if no.lower_ == "no" and no.dep_ == "intj" and no.head.i < no.i:
            for prep in [c for c in no.children if c.dep_ == "prep"]:
                prep.head = no.head
    return doc


def _mend_active_agents(doc):
    """Put right a "by" phrase read as the agent of an active verb: in "opened an inquiry into war crimes by
    Myanmar's military" it tells whose crimes, so it hangs on the noun that ends right before it."""
    for by in doc:
        verb = by.head
        if by.dep_ != "agent" or verb.tag_ not in ("VBD", "VBZ", "VBP") or by.i == 0 \
                or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        noun = doc[by.i - 1]  # (tags only: parts of speech are set after this)
        if noun.tag_.startswith("NN") and noun.dep_ in ("pobj", "dobj", "conj") and verb.is_ancestor(noun):
            by.head, by.dep_ = noun, "prep"
    return doc


def _mend_passive_agents(doc):
    """Put right the agent of a passive verb read as a "by" phrase of the word in its "with" or "as" phrase: in
    "Iran was hit with sanctions by the United States" the parser hangs "by the United States" on "sanctions",
    in "the vote was rejected as fraudulent by Panama" on "fraudulent", and leaves the verb no agent. A "by"
    phrase right after the word of a passive verb's "with" or "as" phrase, the verb having no agent of its own,
    becomes that verb's agent."""
    for by in doc:
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.dep_ not in ("pobj", "amod", "acomp") \
                or by.head.head.lower_ not in ("with", "as") or by.head.head.dep_ != "prep":
            continue
        verb = by.head.head.head
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
                and not any(c.dep_ == "agent" for c in verb.children):
            by.head, by.dep_ = verb, "agent"
    return doc


def _mend_targets_after_agents(doc):
    """Put right the target of a passive verb read as a phrase of its agent's name: in "Sanctions imposed by the EU
    on Russia remain in force" the parser hangs "on Russia" on "EU". An "on", "against" or "to" phrase hung on a
    name in a "by" phrase of a past participle becomes the participle's (names take no such phrase)."""
    for prep in doc:
        name = prep.head
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "to") and name.tag_ in ("NNP", "NNPS") \
                and name.dep_ == "pobj" and name.head.dep_ == "agent" and name.head.head.tag_ == "VBN":
            prep.head = name.head.head
    return doc


# Nouns of a reason given with "in": "in protest at", "in response to", "in retaliation for", "in solidarity with".
_REASONS = frozenset({"protest", "response", "retaliation", "reply", "reaction", "solidarity", "defiance"})


def _mend_reasons_on_objects(doc):
    """Put right a reason given with "in" that the parser hangs on the verb's object, or whose own phrase it hangs
    there: in "Morocco recalled its ambassador in protest at Algeria's stance" the recall is the protest, not the
    ambassador, and in "Morocco boycotted the summit in protest at Algeria's stance" the protest is at the stance.
    "In" with such a noun (_REASONS), hung on a verb's direct object, becomes the verb's, and a phrase right after
    the noun hung on that object becomes the noun's."""
    for prep in doc:
        thing = prep.head
        reason = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in _REASONS), None)
        if prep.lower_ != "in" or prep.dep_ != "prep" or reason is None:
            continue
        if thing.dep_ == "dobj" and thing.i < prep.i:
            prep.head = thing = thing.head
        after = doc[reason.i + 1] if reason.i + 1 < len(doc) else None
        if after is not None and after.dep_ == "prep" and after.head.dep_ == "dobj" and after.head.head == thing:
            after.head = reason
    return doc


_CALENDAR = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)


def _mend_list_openers(doc):
    """Put right a list of subjects whose first name the parser cut off: in "Iraq, Syria and Jordan agreed …"
    it reads "Iraq" as a loose dependent (or a modifier of the verb, as if it said when: "Nauru, Kiribati and Palau
    said …") and "Syria and Jordan" as the subject; the first name heads the list."""
    for first in doc[:-2]:
        verb, comma = first.head, doc[first.i + 1]
        if first.dep_ not in ("dep", "advmod", "npadvmod") or not first.tag_.startswith("NNP") or comma.text != "," \
                or first.i > verb.i or first.text in _CALENDAR:  # (not "Friday, Chad and Niger said")
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == comma.i + 1), None)
        if subject is not None and any(c.dep_ == "conj" for c in subject.children):
            first.dep_ = "nsubj"
            subject.head, subject.dep_ = first, "conj"
            comma.head = first
    return doc


def _mend_infinitives(doc):
    """Put right a to-infinitive read as a preposition and a noun it describes: in "threatened on Monday to expel
    IAEA inspectors" the inspectors are what is expelled, and expelling is what was threatened."""
    for to in doc[:-2]:
        verb, head = doc[to.i + 1], to.head
        noun = verb.head
        if to.lower_ != "to" or to.dep_ != "prep" or verb.tag_ != "VB" or verb.dep_ != "amod" \
                or noun.head != to or noun.dep_ != "pobj" or not head.tag_.startswith("VB"):
            continue
        verb.head, verb.dep_ = head, "xcomp"
        to.head, to.dep_, to.tag_ = verb, "aux", "TO"
        noun.head, noun.dep_ = verb, "dobj"
    return doc


# Words that open a clause of time or cause, which the parser may read as a preposition before a name.
_OPENERS = frozenset({"after", "before", "since", "until", "as", "when", "because"})


def _mend_clause_openers(doc):
    """Put right a clause opened by "after" and a name, read as a preposition and its object: in "expelled the
    ambassador after Manila called for …" Manila is the subject of "called", and "after" opens that clause (when
    the verb right after the name has no subject of its own)."""
    for opener in doc[:-2]:
        if opener.lower_ not in _OPENERS or opener.dep_ != "prep":
            continue
        name = next((c for c in opener.children if c.dep_ == "pobj"), None)
        if name is None or not name.tag_.startswith("NNP") or name.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[name.right_edge.i + 1]
        if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ in ("advcl", "conj", "ccomp") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            name.head, name.dep_ = verb, "nsubj"
            opener.head, opener.dep_ = verb, "mark"
    return doc


def _mend_opening_phrases(doc):
    """Put right a sentence opened by a preposition and a bare noun that the parser took for the subject: in
    "After talks with Premier Li Qiang, Prime Minister Anthony Albanese said …" the talks are the preposition's
    object, and the name after the comma, read as an apposition inside the phrase, is the subject. So is a name
    after the phrase's gerund with no object: "After meeting President William Ruto, Abiy Ahmed flew …" (Ruto is
    whom he met)."""
    for opener in doc[:-3]:
        first, verb = doc[opener.i + 1], opener.head
        gerund = first.tag_ == "VBG" and first.head == opener and not any(c.dep_ == "dobj" for c in first.children)
        noun = next((t for t in verb.children if t.dep_ == "nsubj" and t.left_edge.i == first.i + 1), first) \
            if gerund else first
        if opener.i != opener.sent.start or opener.dep_ != "prep" or opener.tag_ != "IN" \
                or noun.dep_ != "nsubj" or noun.head != verb or not noun.tag_.startswith("NN"):
            continue
        comma = next((t for t in doc[noun.i:verb.i] if t.text == ","), None)
        subject = next((t for t in doc[comma.i + 1:verb.i] if t.dep_ == "appos" and t.tag_.startswith("NNP")
                        and noun.i <= t.head.i < comma.i), None) if comma is not None else None
        if subject is not None:
            noun.head, noun.dep_ = (first, "dobj") if gerund else (opener, "pobj")
            subject.head, subject.dep_ = verb, "nsubj"
    return doc


def _mend_subjects_in_openers(doc):
    """Put right the subject the parser hangs inside the phrase that opens its sentence: in "During their talks in
    Baku, Aliyev and Erdogan agreed …" the names after the comma, read as one more place of the phrase, are the
    subject of the verb right after them (when it has none)."""
    for opener in doc[:-3]:
        verb = opener.head
        if opener.i != opener.sent.start or opener.dep_ != "prep" or verb.tag_ not in ("VBD", "VBZ", "VBP") \
                or verb.i < opener.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        subject = next((t for t in opener.subtree if t.i > 0 and doc[t.i - 1].text == "," and t.tag_ == "NNP"
                        and t.dep_ in ("conj", "appos") and t.right_edge.i + 1 == verb.i), None)
        if subject is not None and subject.left_edge.i == subject.i:
            subject.head, subject.dep_ = verb, "nsubj"
    return doc


def _mend_owned_nouns(doc):
    """Hang a possessive on the noun it owns, not on a name before it: "Ukraine's EU bid" is Ukraine's bid, which
    the parser reads as Ukraine's EU; and in "threatened to block Sweden's NATO bid" it makes "NATO" (with Sweden's)
    the object and "bid" a participle beside it: the bid is the object, and NATO names what it is for."""
    for name in doc[:-1]:
        noun = doc[name.i + 1]
        if not name.tag_.startswith("NNP") or not any(c.dep_ == "poss" for c in name.children):
            continue
        if noun.dep_ == "dobj" and noun.tag_ in ("VBN", "VBD") and name.dep_ == "dobj" and name.head == noun.head:
            noun.tag_ = "NN"
            name.head, name.dep_ = noun, "compound"
        elif name.dep_ != "compound" or name.head != noun or noun.tag_ not in ("NN", "NNS"):
            continue
        for owner in [c for c in name.children if c.dep_ in ("poss", "det")]:
            owner.head = noun
    return doc


# Forms of the verbs that name what a free relative stands for ("what Moscow [called] terrorist positions").
_NAMING_FORMS = frozenset({"call", "calls", "called", "calling", "describe", "describes", "described", "term",
                           "termed", "label", "labelled", "labeled", "dub", "dubbed", "brand", "branded", "branding"})
_BE_FORMS = frozenset({"is", "are", "was", "were"})


def _named_by_clause(what, clause):
    """The noun a free relative's clause names ("what Delhi called [a camp]", "what it described as [positions]",
    "what the army said were [targets]"), or None."""
    if what.head == clause and what.dep_ == "dobj" and clause.lower_ in _NAMING_FORMS:
        return next((c for c in clause.children if c.dep_ in ("dobj", "oprd") and c.i > what.i), None) or next(
            (p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
             if p.dep_ == "pobj"), None)
    being = what.head
    if what.dep_ == "nsubj" and being.lower_ in _BE_FORMS and being.dep_ == "ccomp" and being.head == clause:
        return next((c for c in being.children if c.dep_ == "attr"), None)
    return None


def _mend_names_called(doc):
    """Make what someone is called the verb's second object, not the object's appositive: in "called his
    counterpart Gustavo Petro a murderous terrorist" Petro is called a terrorist (an indefinite noun phrase right
    after the object, with no comma: "called Petro, a former guerrilla, …" is an appositive)."""
    for what in doc:
        named = what.head if what.head.dep_ != "appos" else what.head.head  # ("his counterpart [Gustavo Petro]")
        verb = named.head
        if what.dep_ != "appos" or named.dep_ != "dobj" or verb.lower_ not in _NAMING_FORMS \
                or doc[what.left_edge.i - 1].text == "," \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i == what.left_edge.i
                           for c in what.children):
            continue
        what.head, what.dep_ = verb, "oprd"
    return doc


# Verbs whose own object takes a complement: "a plan to make the port free", "a bid to keep the border shut".
_COMPLEMENTED_FORMS = _HOLDING_FORMS | _NAMING_FORMS | frozenset({"make", "render", "turn", "name", "appoint", "elect",
                                                                  "consider", "deem", "find", "get", "set", "paint"})


def _mend_verdicts_on_infinitives(doc):
    """Hang what something is called on the verb of calling when the parser puts it under an infinitive in the
    object: in "called Bolivia's plan to divert the river unacceptable" or "called the decision to close the border
    a provocation" the plan and the decision are called so, not the river or the border (not an infinitive whose
    own object takes a complement: "called the plan to make the port free a good idea")."""
    for verb in doc:
        if verb.lower_ not in _NAMING_FORMS:
            continue
        for called in [c for c in verb.children if c.dep_ in ("dobj", "oprd")]:
            for infinitive in [c for c in called.children if c.dep_ == "acl" and c.tag_ == "VB"
                               and c.lower_ not in _COMPLEMENTED_FORMS
                               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]:
                # (the phrase that ends the infinitive's: its complement, or a second object after another one
                # under the same head: "to raise the dispute at the UN [a provocation]")
                last = next((t for t in infinitive.subtree if t.right_edge.i == infinitive.right_edge.i
                             and t != infinitive and (t.dep_ == "oprd" or t.dep_ in ("dobj", "pobj")
                             and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                             and any(o.dep_ == t.dep_ and o.i < t.i for o in t.head.children))), None)
                if last is not None:
                    called.dep_ = "dobj"
                    last.head, last.dep_ = verb, "oprd"
    return doc


def _mend_judged_compounds(doc):
    """Split what someone is called from the thing so called when the parser reads the two as one noun: in "Britain
    called the seizure piracy" the seizure is called piracy (a bare word of judgement, &WRONGS or &INSULTS, whose
    determiner and one noun before it the parser took for its own; or an adjective, in "India called the test
    provocative")."""
    sets = lexicon().synsets
    judging = sets.get("WRONGS", frozenset()) | sets.get("INSULTS", frozenset())
    for what in doc:
        verb = what.head
        if verb.lower_ not in _NAMING_FORMS or not (what.dep_ == "dobj" and what.lower_ in judging
                                                    or what.dep_ in ("dobj", "oprd") and what.tag_ == "JJ"):
            continue
        lefts = list(what.lefts)
        if len(lefts) != 2 or lefts[0].dep_ not in ("det", "poss") or lefts[1].dep_ != "compound" \
                or not lefts[1].tag_.startswith("NN") or lefts[1].i + 1 != what.i:
            continue
        owner, thing = lefts
        thing.head, thing.dep_ = verb, "dobj"
        owner.head = thing
        what.dep_ = "oprd"
    return doc


def _mend_as_after_asides(doc):
    """Hang an "as" phrase that follows a relative clause set off by commas on the verb whose object that clause
    describes: in "condemned the agreement, under which Ethiopia would gain access to the sea, as an act of
    aggression" the agreement is what is condemned as one (the parser hangs "as" on the clause's verb)."""
    for as_ in doc[1:]:
        clause = as_.head
        noun = clause.head
        if as_.lower_ != "as" or as_.dep_ != "prep" or doc[as_.i - 1].text != "," or clause.dep_ != "relcl" \
                or noun.dep_ != "dobj" or not noun.head.tag_.startswith("VB") or noun.right_edge.i >= len(doc) - 1 \
                or doc[clause.left_edge.i - 1].text != "," or as_.i < clause.i:
            continue
        as_.head = noun.head
    return doc


def _mend_subjects_read_as_described(doc):
    """Put right a sentence whose verb the parser read as a participle describing its subject, with no finite verb
    left: "The bloc called on Mali to hold elections", parsed as the noun "the bloc [called on Mali …]". The verb
    right after the noun that roots the sentence (with nothing but its determiner and modifiers before it), or
    after an aside on the noun set off by commas ("China, which has ties with both, offered to mediate"), becomes
    the root, in the past tense, and the noun its subject."""
    for sent in doc.sents:
        noun = sent.root
        aside = next((c for c in noun.children if c.dep_ in ("relcl", "appos") and c.i > noun.i), None)
        after = aside.right_edge.i + 2 if aside is not None and doc[noun.i + 1].text == "," \
            and aside.left_edge.i == noun.i + 2 and aside.right_edge.i + 1 < sent.end \
            and doc[aside.right_edge.i + 1].text == "," else noun.i + 1
        verb = doc[after] if after < sent.end else None
        if verb is None or not noun.tag_.startswith("NN") or verb.head != noun or verb.dep_ != "acl" \
                or verb.tag_ not in ("VBD", "VBN") or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent
                                                         if t != verb and not noun.i < t.i < after) \
                or any(t.head != noun or t.dep_ not in ("det", "amod", "compound") for t in doc[sent.start:noun.i]):
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        noun.head, noun.dep_ = verb, "nsubj"
        for child in [c for c in noun.children if c.i > verb.i]:  # (the full stop hangs on the verb)
            child.head = verb
    return doc


def _mend_main_clause_conjuncts(doc):
    """Hang on the sentence's verb a verb in the simple past, with no subject of its own, that the parser coordinated
    with a verb of the "that" clause before it whose tense differs: in "Minsk denied that its helicopters had
    crossed into Polish territory and accused Warsaw of …" Minsk accused Warsaw (not what is denied)."""
    for verb in doc:
        clause = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or clause.dep_ != "ccomp" or clause.tag_ == "VBD" \
                or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
                or not any(c.dep_ in ("aux", "auxpass") for c in clause.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        verb.head = clause.head
        for cc in (c for c in clause.children if c.dep_ == "cc" and c.i < verb.i):
            cc.head = clause.head
    return doc


def _mend_free_relatives(doc):
    """Put right a free relative after a verb, read as a clause the verb completes: in "struck what New Delhi
    called a training camp" the camp is what was struck, and the clause says who called it that (only for what
    force is used on: "condemned what it called attempts to coerce" names a stance's object in the speaker's
    words, which stays the clause)."""
    for what in doc[1:]:
        verb = doc[what.i - 1]
        if what.lower_ != "what" or what.tag_ != "WP" or not verb.tag_.startswith("VB"):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == what.i), None)
        named = _named_by_clause(what, clause) if clause is not None else None
        if named is not None and named.tag_.startswith("NN") and named.lower_ in struck_things():
            after = [c for c in clause.children if c.dep_ == "prep" and c.i > named.i]  # ("… camp [near Balakot]")
            named.head, named.dep_ = verb, "dobj"
            clause.head, clause.dep_ = named, "relcl"
            for prep in after:
                prep.head = named
    return doc


def _mend_including(doc):
    """Hang ", including <name>" on the plural noun whose clause it follows, not on a singular noun inside that
    clause: in "sanctions on five people it accuses of undermining Georgia's stability, including Boris
    Ivanishvili" he is one of the people, not of the stability."""
    for including in doc[1:]:
        if including.lower_ != "including" or including.dep_ != "prep" or doc[including.i - 1].text != "," \
                or including.head.tag_ != "NN" or not any(c.dep_ == "pobj" and c.tag_ == "NNP"
                                                          for c in including.children):
            continue
        group = next((a for a in including.head.ancestors if a.tag_ == "NNS"), None)
        if group is not None and any(a.dep_ in ("relcl", "acl") for a in including.head.ancestors
                                     if a.i > group.i):
            including.head = group
    return doc


# People who meet as a body ("EU foreign ministers meeting in Brussels"), and the participles of their meeting.
_MEETERS = frozenset({"ministers", "leaders", "officials", "diplomats", "envoys", "delegates", "lawmakers", "heads",
                      "negotiators", "representatives"})
_MEETING_FORMS = frozenset({"meeting", "gathering", "gathered", "assembled"})


def _mend_meeting_participle(doc):
    """Put right "EU foreign ministers meeting in Brussels demanded …", read as a "meeting" of ministers that
    demanded: the ministers are the subject, and "meeting in Brussels" says where they were."""
    for meeting in doc:
        if meeting.lower_ not in _MEETING_FORMS or meeting.tag_ not in ("NN", "VBN", "VBD") \
                or meeting.dep_ not in ("nsubj", "nsubjpass") or not any(
                    c.dep_ == "prep" and c.lower_ in ("in", "at") for c in meeting.children):
            continue
        people = next((c for c in meeting.children if c.dep_ == "compound" and c.lower_ in _MEETERS
                       and c.i == meeting.i - 1), None)
        if people is not None:
            for before in [c for c in meeting.children if c.i < people.i]:  # ("[ASEAN] foreign ministers meeting")
                before.head = people
            people.head, people.dep_ = meeting.head, meeting.dep_
            meeting.head, meeting.dep_ = people, "acl"
            meeting.tag_ = "VBG" if meeting.lower_.endswith("ing") else "VBN"
    return doc


# Past forms of the verbs by which a speaker goes on after what it says ("said … and urged Beijing to …").
_GOING_ON = frozenset({"urged", "asked", "called", "warned", "demanded", "pressed", "told", "added", "stressed",
                       "insisted", "appealed", "noted", "reiterated"})
_SAID = frozenset({"said", "told", "stated", "declared", "added", "noted", "stressed"})
_STATES_TOLD = frozenset({"was", "were", "had"})  # a reported clause's verb that tells a state, not an act


def _mend_said_and(doc):
    """Hang a speaker's next verb on the speech verb, not on the clause it reports: in "Lavrov said the West had
    ignored Russia's concerns and warned NATO against expanding" Lavrov warned, not the West (the reported verb's
    tense differs: a perfect, a present or a progressive, where the next verb is a simple past with no subject of
    its own: "said the vessels were conducting patrols and urged Malaysia to …"), or a state, told by "be" or
    "have" ("said the people had the right to decide and urged France to …")."""
    for verb in doc:
        said = verb.head.head
        if verb.lower_ not in _GOING_ON or verb.dep_ != "conj" or verb.tag_ != "VBD" \
                or verb.head.dep_ != "ccomp" or said.lower_ not in _SAID or said.i > verb.head.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        reported = verb.head
        if reported.tag_ in ("VBZ", "VBP", "VBG") or reported.lower_ in _STATES_TOLD or any(
                c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in reported.children):
            verb.head = said
    return doc


# Participles of a cargo's vehicle ("planes loaded with tents"), as written: the mends run before the lemmatizer.
_LADEN_FORMS = frozenset({"loaded", "laden", "packed", "filled", "stocked", "stacked", "crammed"})


def _mend_cargo(doc):
    """Hang the destination of a vehicle sent with a cargo on the verb that sends it: in "dispatched two planes
    loaded with tents and medicine to Peru" Peru is where the planes go, not part of the medicine."""
    for laden in doc:
        if laden.lower_ not in _LADEN_FORMS or laden.dep_ != "acl" or not laden.head.head.tag_.startswith("VB") \
                or laden.head.dep_ != "dobj":
            continue
        cargo = [laden, *(p for c in laden.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.subtree)]
        for to in [t for p in cargo for t in p.children if t.lower_ in ("to", "for") and t.dep_ == "prep"
                   and any(o.dep_ == "pobj" and o.tag_ == "NNP" for o in t.children)]:
            to.head = laden.head.head
    return doc


def _mend_split_objects(doc):
    """Join an object the parser split at a nationality: in "called the Thai claims baseless" it reads "Thai" as
    the object and "claims" as what they are called, beside "baseless"; the claims are the object, and "Thai"
    says whose they are (a proper noun right before a noun, both hung on the verb, and a second word of what the
    object is called after them)."""
    for name in doc[:-2]:
        noun, verb = doc[name.i + 1], name.head
        if name.tag_ != "NNP" or name.dep_ not in ("dobj", "oprd") or noun.dep_ != "oprd" or noun.head != verb \
                or not noun.tag_.startswith("NN") or not any(c.dep_ == "oprd" and c.i > noun.i for c in verb.children):
            continue
        name.head, name.dep_ = noun, "amod"
        noun.dep_ = "dobj"
    return doc


def _mend_verb_subjects(doc):
    """Tag as a noun a base verb the parser made a subject: "[Aid] from Japan has reached flood victims", read as an
    imperative verb at the start of the sentence (no bare verb is a subject); and as a name a capitalised
    participle made a subject: "[Blinken] urged both countries …" (no participle is one either); and as a noun a
    gerund subject of an act "between" two ("[Fighting] between Ethiopia and Eritrea …")."""
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.tag_ == "VB":
            token.tag_ = "NN"
        elif token.tag_ in ("VBN", "VBD") and token.is_title:
            token.tag_ = "NNP"
        elif token.tag_ == "VBG" and any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children):
            token.tag_ = "NN"  # ("[Fighting] between Ethiopia and Eritrea killed thousands": the noun of an act)
    return doc


def _mend_subjects_of_auxiliaries(doc):
    """Hang on its verb a subject the parser hung on the verb's auxiliary: in "Kenya's move has angered Uganda"
    "move" was the subject of "has", and "angered" had none (an auxiliary has no subject of its own; "Morocco is
    opposed to …")."""
    for token in doc:
        aux = token.head
        if token.dep_ in ("nsubj", "nsubjpass", "csubj") and aux.dep_ in ("aux", "auxpass") and aux.head.i > aux.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in aux.head.children):
            token.head = aux.head
    return doc


def _mend_subjects_described(doc):
    """Set as an apposition a plural noun of "all" or "both" set off by commas after the subject, which the parser
    made a second subject: "Estonia, Latvia and Lithuania, [all NATO members] bordering Russia, expelled …" (the
    three expelled; NATO did not)."""
    for token in doc:
        if token.dep_ != "nsubj" or token.tag_ != "NNS" or token.left_edge.i == 0 \
                or doc[token.left_edge.i - 1].text != "," or not any(c.dep_ == "det" and c.lower_ in ("all", "both")
                                                                     for c in token.children):
            continue
        first = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if first is not None:
            token.head, token.dep_ = first, "appos"
    return doc


def _mend_stranded_objects(doc):
    """Give a preposition left with no object the name right after it that the parser made a second subject of
    the clause's verb: in "Protesters demanding the resignation of Prime Minister Nikol Pashinyan blocked roads" it
    hangs "Pashinyan" on "blocked" beside "Protesters", and "of" on nothing; the name is what "of" governs. So is
    one made the verb's object: "called on Paraguayan President Santiago Pena" hangs "Pena" on "called"."""
    for prep in doc[:-1]:
        if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            continue
        name = doc[prep.i + 1]  # (the head of the phrase that starts there)
        while name.head.i > name.i and name.head.left_edge.i == prep.i + 1:
            name = name.head
        if name.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i < prep.i for c in name.head.children) or (
                name.dep_ == "dobj" and name.head == prep.head):
            name.head, name.dep_ = prep, "pobj"
    return doc


def _mend_border_phrases(doc):
    """Hang "with" or "between" right after a border named in a phrase of place on the border: in "held drills
    near the border with Azerbaijan" the parser hangs "with Azerbaijan" on "held", making Azerbaijan a partner
    of the drills (a border the verb acts on keeps it: "shut its land and air border with Haiti")."""
    for prep in doc[1:]:
        noun = doc[prep.i - 1]
        if prep.dep_ == "prep" and prep.lower_ in ("with", "between") and prep.head != noun and noun.dep_ == "pobj" \
                and noun.lower_ in _BORDER_WORDS and noun.tag_ in ("NN", "NNS"):  # (no lemmas yet)
            prep.head = noun
    return doc


_BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "boundaries"})


_BLAMING = frozenset({"blame", "blamed", "blames", "blaming"})


def _mend_blamed_on(doc):
    """Hang on "blame" the second of two "on" phrases after its object, which the parser hangs inside the first:
    in "Kuwait blamed the attack on its refinery on an Iraqi militia" the militia is blamed, and the refinery is
    what was attacked (whether the parser hangs the first phrase on the object or on the verb)."""
    for verb in doc:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.lower_ not in _BLAMING or obj is None:
            continue
        inner = next((c for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        outer = next((g for p in (inner.children if inner is not None else ()) if p.dep_ == "pobj"
                      for g in p.children if g.dep_ == "prep" and g.lower_ == "on"), None)
        if outer is not None:
            inner.head, outer.head = obj, verb
    return doc


def _mend_whose_clauses(doc):
    """Put right a relative clause opened by "whose" and a noun the parser set as an apposition, its verb joined
    to the sentence's: in "Tonga is a member of the Forum, whose secretary-general, Henry Puna, praised the
    response" the Forum's secretary-general praised it, not Tonga. The first verb of the sentence's after the
    noun, with no subject of its own, becomes the clause's, the noun its subject."""
    for whose in doc:
        noun = whose.head
        if whose.lower_ != "whose" or whose.dep_ != "poss" or noun.dep_ != "appos":
            continue
        main = next((a for a in noun.ancestors if a.tag_.startswith("VB")), None)
        verb = next((v for v in main.children if v.i > noun.i and v.dep_ == "conj" and v.tag_.startswith("VB")),
                    None) if main is not None else None
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or any(t.tag_.startswith("VB") for t in doc[noun.i + 1:verb.i]):
            continue
        verb.head, verb.dep_ = noun.head, "relcl"
        noun.head, noun.dep_ = verb, "nsubj"
    return doc


@cache
def _trigger_verbs() -> frozenset[str]:
    """The lemmas of the lexicon's verbs (triggers.tsv)."""
    return frozenset(lemma for lemma, pos in lexicon().triggers if pos == "VERB")


def _mend_demanded_verbs(doc):
    """Put right the verb of a "that" clause read as a noun a name describes: in "demanded that Armenia hand over
    the maps" ("[Armenia hand]", a noun) Armenia is to hand them over. A singular noun opening a clause after
    "that", a verb of the lexicon with a name right before it, becomes the verb (in the mood of a demand), the
    name its subject and a preposition right after it its particle ("over")."""
    verbs = _trigger_verbs()
    for verb in doc[2:]:
        name, mark = doc[verb.i - 1], doc[verb.i - 2]
        if verb.tag_ != "NN" or verb.dep_ != "ccomp" or verb.lower_ not in verbs or name.tag_ != "NNP" \
                or name.head != verb or name.dep_ != "compound" or mark.lower_ != "that" or mark.head != verb:
            continue
        verb.tag_, name.dep_ = "VB", "nsubj"
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if after is not None and after.head == verb and after.dep_ == "prep" and after.lower_ in ("over", "back"):
            thing = next((c for c in after.children if c.dep_ == "pobj"), None)
            after.dep_, after.tag_ = "prt", "RP"
            if thing is not None:
                thing.head, thing.dep_ = verb, "dobj"
    return doc


def _mend_demanded_compounds(doc):
    """Put right the verb of a "that" clause read as a word describing its object: in "demanded that India halt
    construction of a road" ("[halt] construction", a compound) India is to halt it. A bare verb after a name,
    describing a noun that "that" opens, under a verb, becomes the clause's verb, the name its subject and the noun
    its object."""
    for verb in doc[2:]:
        thing, name, mark = verb.head, doc[verb.i - 1], doc[verb.i - 2]
        if verb.tag_ != "VB" or verb.dep_ != "compound" or name.tag_ != "NNP" \
                or name.head not in (verb, thing) or mark.lower_ != "that" or mark.head != thing \
                or thing.i <= verb.i or not thing.head.tag_.startswith("VB"):
            continue
        verb.head, verb.dep_ = thing.head, "ccomp"
        thing.head, thing.dep_ = verb, "dobj"
        name.head, name.dep_ = verb, "nsubj"
        mark.head = verb
    return doc


def _mend_places_after_off(doc):
    """Read "off" and the name after it as the place of a verb whose object is told elsewhere: in "a ship it seized
    off Yemen" and "the tanker was seized off Oman" the parser makes "off" a particle and the place what was
    seized. A verb of a relative clause, or a passive, keeps its object where it is and "off" becomes the
    preposition of the name."""
    for off in doc[1:-1]:
        verb, name = off.head, doc[off.i + 1]
        if off.lower_ != "off" or off.dep_ != "prt" or name.tag_ != "NNP" or name.head not in (verb, off) \
                or not (verb.dep_ == "relcl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)):
            continue
        off.dep_, off.tag_ = "prep", "IN"
        name.head, name.dep_ = off, "pobj"
    return doc


def _mend_verbs_read_as_nouns(doc):
    """Put right a sentence's only verb read as a plural noun: "Brazil firmly abides by the one-China policy",
    "Laos adheres to …", parsed as the noun "abides" that the name describes. A root in -s, of no sentence with a
    verb, whose stem is a verb of the lexicon, with only a name and adverbs before it, becomes the verb (VBZ),
    the name its subject and the adverbs its adverbs."""
    for sent in doc.sents:
        root, before = sent.root, doc[sent.start:sent.root.i]
        if root.tag_ != "NNS" or root.lower_[:-1] not in _trigger_verbs() and root.lower_[:-2] not in _trigger_verbs() \
                or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent) or not before \
                or not before[0].is_title or any(t.head != root and t.head not in before for t in before):
            continue
        names = [t for t in before if t.head == root and t.tag_ != "RB"]
        if len(names) != 1 or any(t.tag_ != "RB" for t in before if t.head == root and t not in names):
            continue
        root.tag_ = "VBZ"
        for t in before:
            if t.head == root:
                t.dep_ = "nsubj" if t in names else "advmod"
    for token in doc:  # (or any such word the parser gave a subject and an object: 'said New Delhi "categorically
        #               rejects" the remarks', the quotation mark read as ending a noun phrase)
        if token.tag_ == "NNS" and token.lower_[:-1] in _trigger_verbs() \
                and {"nsubj", "dobj"} <= {c.dep_ for c in token.children}:
            token.tag_ = "VBZ"
    return doc


def _mend_verb_appositions(doc):
    """Read a noun the parser sets as a verb's apposition as its object (only nouns take appositions): in
    "Pakistan summons Afghan envoy over border attack" the envoy is summoned."""
    for noun in doc:
        verb = noun.head
        if noun.dep_ == "appos" and noun.tag_.startswith("NN") and verb.tag_ in ("VBZ", "VBP", "VBD") \
                and verb.i < noun.i and not any(c.dep_ == "dobj" for c in verb.children):
            noun.dep_ = "dobj"
    return doc


def _mend_lone_predicates(doc):
    """Read an object predicate with no object beside it, in an active clause, as the object: in "Erdogan called
    Pezeshkian on Monday" the parser reads "called [Pezeshkian]" as naming someone Pezeshkian."""
    for word in doc:
        verb = word.head
        if word.dep_ == "oprd" and word.tag_ in ("NNP", "NNPS") and verb.i < word.i and not any(
                c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
            word.dep_ = "dobj"
    return doc


def _mend_predicate_conjuncts(doc):
    """Read a noun the parser joins to a copula, with no subject of its own, as a second predicate of the copula: in
    "said the agreement was null and void and an attack on Somalia's sovereignty" the agreement is the attack."""
    for noun in doc:
        verb = noun.head
        if noun.dep_ == "conj" and noun.tag_ in ("NN", "NNS") and verb.lower_ in _BE_FORMS and verb.i < noun.i \
                and any(c.dep_ in ("acomp", "attr") and c.i < noun.i for c in verb.children) \
                and not any(c.dep_ == "nsubj" for c in noun.children):
            noun.dep_ = "attr"
    return doc


def _mend_place_countries(doc):
    """Read a country's name after a place and a comma as the place's apposition: in "met Lavrov in Vientiane, Laos on
    Thursday" the parser may hang "Laos" on the verb, as if Laos were met."""
    for name in doc[2:]:
        comma, place = doc[name.i - 1], doc[name.i - 2]
        if name.dep_ in ("npadvmod", "dobj", "appos", "conj") and name.head != place and name.text in state_names() \
                and comma.text == "," and place.dep_ == "pobj" and place.head.lower_ in ("in", "at") \
                and place.tag_ == "NNP" and (name.i + 1 == len(doc) or doc[name.i + 1].tag_ != "NNP"):
            name.head, name.dep_ = place, "appos"
            comma.head = place
    return doc


def _mend_finite_conjuncts(doc):
    """Join a verb in a finite form that the parser sets as the conjunct of a to-infinitive to the finite verb of the
    same form above it: in "China welcomes Russia's efforts to develop its economy and opposes any interference"
    China opposes, not the efforts to develop."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBD", "VBN") or head.tag_ != "VB" \
                or not to_infinitive(head) or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        # (a participle with no auxiliary is the simple past: "urged the rulers to set a date and [imposed] …")
        form = "VBD" if verb.tag_ == "VBN" else verb.tag_
        finite = next((a for a in head.ancestors if a.tag_ == form and a.i < head.i), None)
        if finite is not None:
            for cc in [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]:
                cc.head = finite
            verb.head, verb.tag_ = finite, form
    return doc


_SHIELDING = frozenset(f"{verb}{ending}" for verb in ("protect", "shield", "defend", "guard", "safeguard")
                       for ending in ("", "s", "ed", "ing"))  # (forms: lemmas are set after the mends)


def _mend_shielded_from(doc):
    """Hang the "from" phrase after the object of a verb of protecting on the verb: in "to protect shipping from
    Houthi attacks" the parser hangs it on the shipping, as if it said where the shipping comes from; it says what
    the shipping is protected from, which is no one it belongs to."""
    for prep in doc:
        thing = prep.head
        if prep.dep_ == "prep" and prep.lower_ == "from" and thing.dep_ == "dobj" and thing.i < prep.i \
                and thing.head.lower_ in _SHIELDING:
            prep.head = thing.head
    return doc


def _mend_removal_sources(doc):
    """Hang "from" after the "of" phrase of a removal on the removal: in "condemned the expulsion of its diplomats
    from Norway" the parser hangs "from Norway" on the diplomats, as if it said where they come from; the phrase
    says whom the removal is from, as it does right after the noun ("the expulsion of its envoy from Norway")."""
    for prep in doc:
        owner = prep.head
        if prep.dep_ == "prep" and prep.lower_ == "from" and owner.dep_ == "pobj" and owner.head.lower_ == "of" \
                and owner.head.head.lower_ in _REMOVALS and owner.i < prep.i:
            prep.head = owner.head.head
    return doc


def _mend_trade_sources(doc):
    """Hang a "from" or "to" phrase right after goods moved on the goods: in "lifted its ban on beef imports from
    Brazil" the parser hangs "from Brazil" on the verb, as if the ban were lifted from Brazil; the phrase says where
    the imports come from ("exports to Cuba": where they go)."""
    for prep in doc[1:]:
        goods = doc[prep.i - 1]
        if prep.dep_ == "prep" and (prep.lower_, goods.lower_) in _TRADE_WAYS and goods.dep_ == "pobj" \
                and prep.head.tag_.startswith("VB") and prep.head in goods.ancestors:
            prep.head = goods
    return doc


# The preposition of where goods moved come from or go to, and the goods.
_TRADE_WAYS = frozenset({("from", "imports"), ("from", "import"), ("to", "exports"), ("to", "export"),
                         ("from", "shipments"), ("to", "shipments"), ("from", "flights"), ("to", "flights")})


_REMOVALS = frozenset({"expulsion", "expulsions", "withdrawal", "withdrawals", "recall", "removal", "eviction",
                       "deportation", "deportations", "ouster"})


def _mend_said_as_name(doc):
    """Read "Said" as the given name it is inside a sentence, between a title and a surname: in "ordered ambassador
    Said Moussi home" the parser takes it for the verb "said", with the title as its subject. The name becomes
    what the verb it hung on acts on (its object), the title the name's modifier, and the rest of what hung on
    "Said" the verb's."""
    for said in doc[1:-1]:
        title, after = doc[said.i - 1], doc[said.i + 1]
        if said.text != "Said" or said.tag_ != "VBD" or after.tag_ != "NNP" or not title.tag_.startswith("NN") \
                or title.head != said or title.dep_ != "nsubj" or said.head == said:
            continue
        end = after
        while end.i + 1 < len(doc) and doc[end.i + 1].tag_ == "NNP" and doc[end.i + 1].head == end.head:
            end = doc[end.i + 1]
        verb, children = said.head, [c for c in said.children if not said.i < c.i <= end.i and c != title]
        end.head, end.dep_ = verb, "dobj"
        for name in doc[said.i:end.i]:
            name.head, name.dep_, name.tag_ = end, "compound", "NNP"
        title.head, title.dep_ = end, "compound"
        for child in children:
            child.head = verb
    return doc


def _mend_past_after_infinitive(doc):
    """Hang a verb in the simple past that the parser coordinated with an infinitive or a gerund on the verb in the
    past that governs them: in "Pashinyan accused Baku of seeking to cleanse the region and urged Russia to act"
    Pashinyan urged (a past tense is no infinitive's or gerund's conjunct; only one with no subject of its own)."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ not in ("VB", "VBG") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        finite = head
        while finite.tag_ in ("VB", "VBG", "IN") and finite.dep_ in ("xcomp", "pcomp", "prep") \
                and finite.head != finite:
            finite = finite.head
        if finite.tag_ == "VBD" and finite != head:
            verb.head = finite
            for cc in (c for c in head.children if c.dep_ == "cc" and c.i < verb.i):
                cc.head = finite
    return doc


def _mend_possessed_pairs(doc):
    """Put right a pair of titled names, each after its state's possessive, that the parser reads as one title with
    two names: in "Kenya's President William Ruto and Uganda's President Yoweri Museveni agreed …" it hangs
    "Uganda" on Ruto as his conjunct and Museveni on the first title as a second apposition. The second name
    becomes Ruto's conjunct and "Uganda" its possessor (or the second title its title: "Tajikistan's President
    Emomali Rahmon and Kyrgyz President Sadyr Japarov met")."""
    for title in doc:
        appositions = [c for c in title.children if c.dep_ == "appos"]
        if len(appositions) != 2:
            continue
        first, second = appositions
        owner = next((c for c in first.children if c.dep_ == "conj" and c.i < second.i), None)
        titled = owner is not None and owner.lower_ in lexicon().roles
        if owner is None or owner.right_edge.tag_ != "POS" and not titled \
                or not all(second.is_ancestor(t) for t in doc[owner.right_edge.i + 1:second.i]):
            continue
        second.head, second.dep_ = first, "conj"
        owner.head, owner.dep_ = second, "compound" if titled else "poss"
    return doc


def _mend_owned_titled_names(doc):
    """Put right a titled name after a possessive that the parser reads as owned by two: in "Egyptian President
    Sisi and Jordan's King Abdullah discussed Gaza" it makes "Sisi and Jordan" the possessors of one king, so
    that no one discussed anything. A name is no one's joint property: the first name becomes the subject's head
    and the titled one its conjunct, owned by the conjunct's state alone."""
    for owner in doc:
        name, state = owner.head, next((c for c in owner.children if c.dep_ == "conj"), None)
        if owner.dep_ != "poss" or owner.tag_ != "NNP" or name.tag_ != "NNP" or state is None \
                or not any(c.dep_ == "case" and c.tag_ == "POS" for c in state.children) \
                or not any(c.dep_ == "compound" and c.lower_ in lexicon().roles for c in name.children):
            continue
        owner.head, owner.dep_ = (owner, "ROOT") if name.head == name else (name.head, name.dep_)
        name.head, name.dep_ = owner, "conj"
        state.head, state.dep_ = name, "poss"
    return doc


def _mend_bodies_before_roles(doc):
    """Put right two names before a word of membership that the parser reads as the first name coordinated with
    that word: in "Hungary, an EU and NATO member, …" it makes "member" a conjunct of "EU" (as if Hungary were the
    EU and a NATO member). The word heads the phrase and the two names both describe it (not a title before a
    person's name: "Kenyan Defence Minister Duale and DRC Defence Minister Kabanda")."""
    for role in doc:
        first, second = role.head, next((c for c in role.children if c.dep_ == "compound"), None)
        if role.dep_ != "conj" or lexicon().roles.get(role.lower_, ("", ""))[1] != "member" \
                or first.tag_ != "NNP" or second is None or second.tag_ != "NNP" or not first.i < second.i < role.i \
                or not any(c.dep_ == "cc" and first.i < c.i < second.i for c in first.children):
            continue
        role.head, role.dep_ = (role, "ROOT") if first.head == first else (first.head, first.dep_)
        for det in [c for c in first.children if c.dep_ == "det"]:
            det.head = role
        first.head, first.dep_ = role, "nmod"
        second.head, second.dep_ = first, "conj"
    return doc


def _mend_wanted_acts(doc):
    """Hang a to-infinitive right after a noun of wanting (a demand, call, plan, bid …) on that noun: in "stood
    firm against Hanoi's demand to close the border" the parser hangs "to close" on "stood", as if the one who
    stood firm closed the border; it says what was demanded. So is a verb of the lexicon the parser reads as a
    noun after such a "to": "turned down Hungary's offer to host talks" (not talks held, "to" a "host talks")."""
    for verb in doc[2:]:
        to, noun = doc[verb.i - 1], doc[verb.i - 2]
        if verb.dep_ == "advcl" and verb.tag_ == "VB" and to.tag_ == "TO" and to.head == verb \
                and noun.lower_ in _WANTINGS and noun.dep_ in ("pobj", "dobj") and verb.head.is_ancestor(noun):
            verb.head, verb.dep_ = noun, "acl"
    for to in doc[1:-2]:  # "Hungary's offer to host talks", parsed as "offer [to] [host talks]" (a noun phrase;
        #                   or "any plan to [resettle] Palestinians", the verb read as an adjective)
        noun, verb, thing = doc[to.i - 1], doc[to.i + 1], doc[to.i + 1].head
        if noun.lower_ in _WANTINGS and to.lower_ == "to" and to.dep_ == "prep" \
                and (verb.dep_ == "compound" and verb.tag_ == "NN" or verb.dep_ == "amod" and verb.tag_ == "JJ") \
                and thing.head == to and thing.dep_ == "pobj" and verb.lower_ in _trigger_verbs():
            verb.head, verb.dep_, verb.tag_ = noun, "acl", "VB"
            to.head, to.dep_, to.tag_ = verb, "aux", "TO"
            thing.head, thing.dep_ = verb, "dobj"
    return doc


_WANTINGS = frozenset({"demand", "demands", "call", "calls", "request", "requests", "plan", "plans", "bid", "bids",
                       "proposal", "proposals", "offer", "offers", "decision", "attempt", "attempts", "refusal",
                       "order", "orders", "appeal", "appeals", "invitation", "ultimatum", "pledge", "promise",
                       "threat", "threats"})


def _mend_people_after_groups(doc):
    """Hang a titled person's name that the parser coordinates with the "of" phrase of a group, or with the place
    of the object before it, on the group or the object: in "met members of the African Union and Chinese Foreign
    Minister Wang Yi" he is one more met, not one of those the members belong to; in "urged the government in
    Maputo and opposition leader Venancio Mondlane to …" one more urged, not a place."""
    for name in doc:
        owner, prep = name.head, name.head.head
        if name.dep_ != "conj" or name.tag_ != "NNP" or owner.dep_ != "pobj" \
                or not any(c.dep_ == "compound" and c.lower_ in role_words() for c in name.children):
            continue
        if prep.lower_ == "of" and prep.head.tag_ in ("NNS", "NNPS") \
                or prep.lower_ == "in" and prep.head.tag_ == "NN" and prep.head.dep_ == "dobj":
            group = prep.head
        elif prep.lower_ == "in" and (group := next((c for c in prep.head.children if c.dep_ == "dobj"
                                                     and c.right_edge.i + 1 == prep.i), None)) is not None:
            prep.head = group  # (the place's phrase hung on the verb is the object's)
        else:
            continue
        name.head = group
        for cc in (c for c in owner.children if c.dep_ == "cc" and c.i < name.i):
            cc.head = group
    return doc


def _mend_subjects_read_as_objects(doc):
    """Make a name the subject of the verb right after it when the parser coordinated the name with the object of
    the verb before and left the next verb with no subject: in "The US and France condemned the offensive and
    Belgium said it was considering sanctions" Belgium said it, and was not condemned."""
    for verb in doc[1:]:
        name, head = doc[verb.i - 1], verb.head
        if verb.dep_ != "conj" or not verb.tag_.startswith("VB") or verb.tag_ in ("VB", "VBG", "VBN") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or name.dep_ != "conj" or name.tag_ not in ("NNP", "NNPS") or name.head.dep_ != "dobj" \
                or name.head.head != head:
            continue
        for cc in (c for c in name.head.children if c.dep_ == "cc" and c.i < name.i):
            cc.head = head
        name.head, name.dep_ = verb, "nsubj"
    return doc


def _mend_verbs_read_as_modifiers(doc):
    """Put right a second verb, after "and", that the parser reads as a participle describing the object it hangs
    on the first verb: in "the ministry said it was astonished …, and ordered ambassador Said Moussi home" the
    ministry ordered him home; it did not say "ordered ambassador Moussi". The participle becomes the first verb's
    conjunct, with the object and what follows it."""
    for verb in doc[1:]:
        head = verb.head
        while head.dep_ == "compound":
            head = head.head
        first = head.head
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or doc[verb.i - 1].lower_ != "and" \
                or doc[verb.i - 1].head != first or head.dep_ != "dobj" or head.left_edge != verb or first == head:
            continue
        after = [c for c in first.children if c.i > head.i]
        verb.head, verb.dep_, verb.tag_ = first, "conj", "VBD"
        head.head = verb
        for child in after:  # ("… home with immediate effect")
            child.head = verb
    return doc


def _mend_participles_after_infinitives(doc):
    """Put right a second finite verb, after "and", that the parser reads as a participle describing a noun it sets
    beside the object of a to-infinitive: in "ECOWAS urged the junta to hold elections and imposed travel bans on
    its members" ECOWAS imposed the bans; the junta was not asked to hold "imposed bans". The participle becomes the
    conjunct of the finite verb above the infinitive (of its form), the noun its object."""
    for verb in doc[1:]:
        noun, cc = verb.head, doc[verb.i - 1]
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or cc.lower_ != "and" or noun.dep_ != "conj" \
                or noun.left_edge != verb or noun.head.tag_ != "VB" or not to_infinitive(noun.head):
            continue
        finite = next((a for a in noun.head.ancestors if a.tag_ == "VBD"), None)
        if finite is not None:
            verb.head, verb.dep_, verb.tag_ = finite, "conj", "VBD"
            noun.head, noun.dep_ = verb, "dobj"
            cc.head = finite
    return doc


def _mend_possessed_subjects(doc):
    """Put right a sentence the parser reads as one noun phrase, its verb a participle after an owned noun: in
    "Qatar's emir hosted Hamas chief Ismail Haniyeh in Doha" the emir hosted him; no "emir-hosted chief" is named.
    The participle becomes the root, the owned noun its subject and the phrase's head its object, with the phrases
    after it but its "of"."""
    for verb in doc[3:]:
        noun, subject, owner = verb.head, doc[verb.i - 1], doc[verb.i - 3]
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or noun.dep_ != "ROOT" \
                or not noun.tag_.startswith("NN") or subject.head not in (verb, noun) \
                or not (subject.dep_ == "npadvmod" or subject.dep_ == "amod" and subject.lower_ in lexicon().roles) \
                or owner.dep_ != "poss" or doc[verb.i - 2].tag_ != "POS":  # ("sultan" may be read as an adjective)
            continue
        after = [c for c in noun.children if c.i > noun.i and (c.dep_ == "punct" or c.dep_ == "prep"
                                                               and c.lower_ != "of")]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        subject.head, subject.dep_, subject.tag_ = verb, "nsubj", "NN"
        owner.head = subject
        noun.head, noun.dep_ = verb, "dobj"
        for child in after:
            child.head = verb
    return doc


def _mend_means_read_as_modifiers(doc):
    """Put right a gerund after the "by" of an active verb that the parser reads as describing the noun after it: in
    "Israel responded by halting arms exports to Colombia" Israel halted the exports (not "the halting exports").
    The gerund takes the noun's place under "by" and the noun becomes its object ("driven by rising prices", a
    passive's agent, stays as it is)."""
    for by in doc[:-2]:
        gerund, verb = doc[by.i + 1], by.head
        noun = gerund.head
        if by.lower_ != "by" or by.dep_ != "prep" or gerund.tag_ != "VBG" or gerund.dep_ != "amod" \
                or noun.head != by or noun.dep_ != "pobj" or verb.tag_ not in ("VBD", "VBZ", "VBP") \
                or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        gerund.head, gerund.dep_ = by, "pcomp"
        noun.head, noun.dep_ = gerund, "dobj"
    return doc


def _mend_occasions_of_wanted_acts(doc):
    """Hang a meeting that an act came after or during on the clause's verb when the parser hangs it on the act
    a noun of wanting names: in "Erdogan lifted his veto on Sweden's bid to join NATO after talks with Kristersson"
    Erdogan lifted it after the talks, and held them; Sweden did not join NATO after them."""
    meetings = lexicon().synsets["MEETINGS"]
    for prep in doc:
        act = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "during", "following") or act.tag_ != "VB" \
                or act.dep_ != "acl" or act.head.lower_ not in _WANTINGS \
                or not any(p.dep_ == "pobj" and p.lower_ in meetings for p in prep.children):
            continue
        verb = next((t for t in act.head.ancestors if t.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG")), None)
        if verb is not None:
            prep.head = verb
    return doc


def _mend_agents_read_as_verbs(doc):
    """Put right a plural agent noun the parser reads as a verb: in "criticised Canada for allowing Sikh separatists
    to hold rallies" "separatists" is not a verb whose subject is "Sikh" but the object of "allowing", with "Sikh"
    its modifier and "to hold rallies" what they are allowed (the event data's agents, agents.tsv; not one that is
    also a verb of the lexicon: "said Finland hosts the drills")."""
    agents = lexicon().agents
    for noun in doc:
        verb = noun.head
        if noun.tag_ != "VBZ" or noun.lower_ not in agents or noun.dep_ not in ("ccomp", "xcomp") \
                or noun.lower_[:-1] in _trigger_verbs() \
                or verb == noun or not verb.tag_.startswith("VB") or any(c.dep_ == "mark" for c in noun.children) \
                or not any(c.dep_ == "nsubj" and c.i == noun.i - 1 for c in noun.children):
            continue
        noun.tag_, noun.dep_ = "NNS", "dobj"
        for child in list(noun.children):
            if child.dep_ == "nsubj":
                child.dep_ = "compound"
            elif child.i > noun.i:  # ("to hold rallies": what the verb allows them)
                child.head = verb
    return doc


def _mend_nouns_read_as_clauses(doc):
    """Put right a noun after a plural noun read as a clause whose subject is the phrase before: in "Norway praised
    Iceland's handling of the fisheries talks" the parser makes "talks" a clause of "praised" with "handling" its
    subject. A noun so parsed, right after the object of a preposition inside its "subject", becomes that object,
    with the word before as its modifier, and the "subject" the verb's object."""
    for noun in doc:
        if noun.dep_ != "ccomp" or not noun.tag_.startswith("NN"):
            continue
        verb, before = noun.head, doc[noun.i - 1] if noun.i else noun
        subject = next((c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i), None)
        if not verb.tag_.startswith("VB") or subject is None or before.dep_ != "pobj" \
                or not before.tag_.startswith("NN") or not subject.is_ancestor(before) \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for child in [c for c in before.children if c.i < before.i]:  # ("the")
            child.head = noun
        noun.head, noun.dep_ = before.head, "pobj"
        before.head, before.dep_ = noun, "compound"
        subject.head, subject.dep_ = verb, "dobj"
    return doc


def _mend_verbs_after_appositions(doc):
    """Put right a sentence's verb read as a participle describing the apposition set off before it: in "Malaysia,
    the current ASEAN chair, called for restraint" the parser makes "chair" the root, "called" a participle
    describing it and "Malaysia" its modifier. A past form right after the second comma, hung on the root noun
    between the commas, becomes the root verb, the name opening the sentence its subject and the noun the name's
    apposition."""
    for sent in doc.sents:
        noun, name = sent.root, sent[0]
        comma = name.i + 1
        verb = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                     and doc[c.i - 1].text == ","), None) if noun.tag_.startswith("NN") else None
        if verb is None or name.head != noun or name.tag_ not in ("NNP", "NNPS") or comma >= noun.i \
                or doc[comma].text != "," or any(t.head != noun and t.head.i not in range(comma, verb.i)
                                                 for t in doc[comma:verb.i - 1]):
            continue
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        name.head, name.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = name, "appos"
        for tok in sent:
            if tok.head == noun and tok.is_punct:
                tok.head = name if tok.i < verb.i else verb
    return doc


def _mend_participles_read_as_clauses(doc):
    """Put right an object described by a passive participle, read as a clause whose subject it is: in "Thailand
    released 18 Cambodian fishermen detained last month" the parser makes "detained" a clause of "released" with
    "fishermen" its subject and leaves "released" no object. A participle with a subject and no auxiliary, as the
    clause of a verb with no object, becomes a description of that subject, and the subject the verb's object."""
    for participle in doc:
        if participle.tag_ != "VBN" or participle.dep_ != "ccomp":
            continue
        verb = participle.head
        subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.i > subject.i \
                or not subject.tag_.startswith("NN") or not verb.tag_.startswith("VB") \
                or any(c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in participle.children) \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        subject.head, subject.dep_ = verb, "dobj"
        participle.head, participle.dep_ = subject, "acl"
    return doc


def _mend_verbs_read_as_titles(doc):
    """Put right a sentence's verb read as a word describing the title of the person after it: in "Kenyan President
    William Ruto hosted Ugandan leader Yoweri Museveni at State House" the parser makes "Museveni" the root,
    "hosted" a modifier of "leader" with "Ruto" its subject. A past form with a subject, hung on a noun of a
    sentence rooted on a noun, becomes the root verb, the root noun its object, and the phrases after the root
    (place, time, the full stop) its own."""
    for sent in doc.sents:
        root = sent.root
        # (the subject may be read as the verb's adverb, its owner as the object's: "Brazil's Lula hosted
        # Argentina's Milei")
        subject = next((c for t in sent if t.tag_ == "VBD" and t.dep_ == "amod" and t.i < root.i for c in t.lefts
                        if c.dep_ == "nsubj" or c.dep_ == "npadvmod" and c.tag_ == "NNP"), None)
        if subject is None or not root.tag_.startswith("NN"):
            continue
        verb = subject.head
        after = [c for c in root.children if c.i > root.i and c.dep_ in ("prep", "npadvmod", "punct")]
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "dobj"
        subject.dep_ = "nsubj"
        for child in after:
            child.head = verb
        for owner in sent[:subject.i - sent.start]:
            if owner.dep_ == "poss" and owner.head.i > verb.i:
                owner.head = subject
    return doc


def _reroot(verb, root, dep: str, *, tag: str = "VBD") -> None:
    """Make ``verb`` the root of its sentence (a past form, or ``tag``) and the old ``root`` its ``dep``; what the
    parser hung on the old root after them both (a place, a time, the full stop) becomes the verb's."""
    for child in [c for c in root.children if c.i > max(verb.i, root.i)]:
        child.head = verb
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", tag
    root.head, root.dep_ = verb, dep


def _mend_verbs_read_as_described(doc):
    """Put right a sentence's verb read as a participle describing its coordinated subject: in "Ghana's president
    and his Togolese counterpart conferred by video link" the parser roots the sentence on "president", with
    "conferred" a passive participle describing it. A past form right after the coordinated nouns that root a
    sentence with no verb of its own, whose "by" phrase, if any, names no one, is the sentence's verb."""
    for sent in doc.sents:
        root = sent.root
        joined = [c for c in root.children if c.dep_ == "conj"]
        if not root.tag_.startswith("NN") or not joined or joined[-1].right_edge.i + 1 >= sent.end:
            continue
        verb = doc[joined[-1].right_edge.i + 1]
        if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "acl" or verb.head != root \
                or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent if t not in verb.subtree) \
                or any(t.ent_type_ for c in verb.children if c.dep_ == "agent" for t in c.subtree):
            continue
        _reroot(verb, root, "nsubj")
        for child in verb.children:
            if child.dep_ == "agent":
                child.dep_ = "prep"  # ("by video link": the means, no agent)
    return doc


def _mend_names_before_appositions(doc):
    """Put right a sentence's subject set off before its apposition: in "Malaysia, this year's ASEAN chair,
    criticised Myanmar" the parser makes "chair" the subject and "Malaysia" its adverb; in "Ghana, last year's
    ECOWAS chair, criticised Mali" it roots the sentence on "Ghana", with "criticised" describing the chair. A
    name and a comma that open a sentence, with a noun set off by commas after them, make the name the subject of
    the verb after the second comma and the noun its apposition."""
    for sent in doc.sents:
        name = sent[0].head if sent[0].dep_ == "compound" else sent[0]
        if name.tag_ not in ("NNP", "NNPS") or name.i + 1 >= sent.end or doc[name.i + 1].text != "," \
                or name.left_edge.i != sent.start:
            continue
        # (the noun's own words: not the name, the commas or the verb the parser may have hung on it)
        def first(t): return min([t.i, *(c.left_edge.i for c in t.lefts if c.i > name.i + 1)])
        def last(t): return max([t.i, *(c.right_edge.i for c in t.rights if not c.is_punct and c.dep_ != "acl")])
        noun = next((t for t in doc[name.i + 2:sent.end] if t.tag_.startswith("NN") and first(t) == name.i + 2
                     and last(t) + 2 < sent.end and doc[last(t) + 1].text == ","), None)
        if noun is None:
            continue
        verb = doc[last(noun) + 2]
        read_as_subject = name.dep_ == "npadvmod" and noun.dep_ == "nsubj" and verb == noun.head
        read_as_described = name.dep_ == "ROOT" and noun.dep_ == "appos" and noun.head == name \
            and verb.dep_ == "acl" and verb.head == noun and verb.tag_ == "VBN" \
            and any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
        if not read_as_subject and not read_as_described:
            continue
        if read_as_described:
            _reroot(verb, name, "nsubj")
        name.head, name.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = name, "appos"
        for comma in (doc[name.i + 1], doc[last(noun) + 1]):
            comma.head = name
    return doc


_TIME_PREPOSITIONS = frozenset({"since", "after", "before", "until"})  # (_mend_verbs_after_relative_clauses)


def _mend_verbs_after_relative_clauses(doc):
    """Put right a sentence's verb read as a clause inside the relative clause before it: in "Sisi, who has been in
    power since the army's overthrow of Mohamed Morsi, hosted Abbas in Cairo" the parser roots the sentence on
    "Sisi" and makes "since … hosted" a clause with "overthrow" its subject. A verb whose subject is a noun
    between a preposition of time and the comma right before the verb, inside the relative clause of the name
    that roots the sentence, is the sentence's verb, the name its subject and the noun the preposition's object."""
    for sent in doc.sents:
        root = sent.root
        clause = next((c for c in root.children if c.dep_ == "relcl"), None)
        if not root.tag_.startswith("NN") or clause is None:
            continue
        for verb in (t for t in clause.subtree if t.dep_ == "advcl" and t.tag_ == "VBD" and t.i > 0):
            mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _TIME_PREPOSITIONS), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            if mark is None or subject is None or not mark.i < subject.left_edge.i \
                    or doc[verb.i - 1].text != "," or max(t.i for t in subject.subtree if not t.is_punct) != verb.i - 2:
                continue
            mark.head, mark.dep_ = verb.head, "prep"
            subject.head, subject.dep_ = mark, "pobj"
            _reroot(verb, root, "nsubj")
            doc[verb.i - 1].head = root
            break
    return doc


def _mend_verbs_read_as_names(doc):
    """Put right a sentence's verb the tagger read as a proper noun: in "Kenya's Ruto hosted Uganda's Museveni in
    Nairobi" it tags "hosted" as a name, the parser roots the sentence on "Museveni" and no one hosts. A lowercase
    past form of a verb of the lexicon, tagged a name, after a name and before the noun that roots its sentence,
    becomes the root verb, the name before it its subject (with what the parser hung past it) and the root its
    object, the phrases after the root its own."""
    for sent in doc.sents:
        root = sent.root
        verb = next((t for t in doc[sent.start + 1:root.i] if t.tag_ in ("NNP", "NNPS") and t.is_lower
                     and t.lower_.endswith("ed") and doc[t.i - 1].tag_ == "NNP"
                     and (t.lower_[:-2] in _trigger_verbs() or t.lower_[:-1] in _trigger_verbs())), None)
        if verb is None or not root.tag_.startswith("NN"):
            continue
        subject = doc[verb.i - 1]
        for token in doc[sent.start:subject.i]:
            if token.head.i > subject.i:
                token.head = subject  # ("Kenya's": the subject's owner, not the object's)
        _reroot(verb, root, "dobj")
        subject.head, subject.dep_ = verb, "nsubj"
    return doc


_GLOSSING = CHARGES | {f"{word}s" for word in CHARGES}  # (as written: lemmas are set after the mends)


def _mend_glossed_charges(doc):
    """Put right a charge glossed after its clause ("India accused Pakistan of sheltering militants, allegations
    Islamabad denies"), parsed with the denial as the sentence's verb, or with "claims" or "charges" read as one:
    the charge becomes a noun beside the clause before the comma, and what a name says of it after it (a verb with
    no object of its own) a relative clause describing it, as the parser reads "…, an allegation Islamabad denies"."""
    for sent in doc.sents:
        commas = [t.i for t in sent if t.text == "," and t.i + 1 < sent.end and doc[t.i + 1].lower_ in _GLOSSING]
        if len(commas) != 1:
            continue
        comma = commas[0]
        gloss = doc[comma + 1]
        subject = next((t for t in doc[gloss.i + 1:sent.end] if t.dep_ == "nsubj" and t.head.i > t.i), None)
        verb = subject.head if subject is not None else None
        first = [t for t in doc[sent.start:comma] if not sent.start <= t.head.i < comma or t.head == t]
        if subject is None or not gloss.i < subject.left_edge.i <= gloss.i + 2 or not verb.tag_.startswith("VB") \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > gloss.i for c in verb.children) \
                or len(first) != 1 or not first[0].tag_.startswith("VB") \
                or any(t.head.i < comma and t.i > comma for t in doc[comma:sent.end] if t != gloss and not t.is_punct):
            continue
        first = first[0]
        for tok in doc[comma:sent.end]:  # (the comma and the full stop, hung on the old root)
            if tok.head.i >= comma and tok.dep_ == "punct":
                tok.head = first
        first.head, first.dep_ = first, "ROOT"
        gloss.head, gloss.dep_ = first, "npadvmod"
        if gloss.tag_.startswith("VB"):
            gloss.tag_ = "NNS" if gloss.lower_.endswith("s") else "NN"
        verb.head, verb.dep_ = gloss, "relcl"
    return doc


def _verb_above(token):
    """The verb whose object (or its list) ``token`` is in, else None."""
    while token.dep_ in ("conj", "pobj", "prep", "dobj") and token.head != token:
        token = token.head
        if token.tag_.startswith("VB"):
            return token
    return None


def _mend_names_after_titles(doc):
    """Hang the name right after a title that is a verb's object on the title, when the parser hangs it on the
    verb: in "met his Slovak counterpart Juraj Blanar in Prague" the name is the counterpart's (not a phrase of
    "met"); so is a first name it reads as a verb taking the surname as its object ("counterpart [Andrii]
    Sybiha"). What hung on the name ("in Prague") hangs on the verb."""
    for name in doc[1:-1]:
        title, surname = doc[name.i - 1], doc[name.i + 1]
        if not name.is_title or title.lower_ not in role_words() or title.dep_ not in ("dobj", "pobj", "conj") \
                or surname.tag_ != "NNP":
            continue
        # (a verb by its tag, or by the clause it is read to head: "Minister [Andrii] Sybiha" as an adverbial clause)
        if (name.tag_.startswith("VB") or name.dep_ in ("advcl", "ccomp", "xcomp")) and surname.head == name \
                and name.head != name:
            verb, root = name.head, surname
            name.head, name.dep_, name.tag_ = surname, "compound", "NNP"
        elif name.tag_ == "NNP" and name.dep_ == "compound" and (last := name.head).i > name.i \
                and (last.dep_ in ("npadvmod", "dobj") and last.head == title.head
                     or last.dep_ == "conj" and title.dep_ == "conj" and last.head == _verb_above(title)) \
                and all(t.dep_ == "compound" and t.head == last for t in doc[name.i:last.i]):
            verb, root = last.head, last  # (of any length: "President [Umaro Sissoco] Embalo"; or a second title
            #   of a list, its name read as the verb's conjunct: "spoke with President Xi and Prime Minister [Modi]")
        else:
            continue
        for child in list(root.children) + list(name.children):
            if child.i > root.i:
                child.head = verb
        root.head, root.dep_ = title, "appos"
    return doc


# The parse mends, in the order they run (each sees what the ones before it mended).
_MENDS = (_mend_headline_parses, _mend_headline_objects, _mend_headline_lists, _mend_headline_pairs,
          _mend_headline_owner_pairs, _mend_headline_appositions, _mend_headline_vows, _mend_headline_verbs,
          _mend_headline_verbs_as_nouns, _mend_headline_remarks,
          _mend_rooted_names, _mend_names_read_as_objects, _mend_verbs_in_relative_clauses, _mend_object_complements,
          _mend_bare_infinitives, _mend_participles_read_as_adjectives, _mend_verdict_adjectives, _mend_said_no,
          _mend_active_agents, _mend_names_called, _mend_verdicts_on_infinitives,
          _mend_free_relatives, _mend_list_openers, _mend_infinitives, _mend_opening_phrases, _mend_subjects_in_openers,
          _mend_owned_nouns,
          _mend_clause_openers, _mend_including, _mend_cargo, _mend_said_and, _mend_meeting_participle,
          _mend_split_objects, _mend_verb_subjects, _mend_subjects_of_auxiliaries, _mend_subjects_described,
          _mend_stranded_objects,
          _mend_border_phrases, _mend_whose_clauses, _mend_blamed_on, _mend_demanded_verbs,
          _mend_demanded_compounds, _mend_places_after_off,
          _mend_verbs_read_as_nouns,
          _mend_verb_appositions, _mend_lone_predicates, _mend_judged_compounds, _mend_as_after_asides,
          _mend_subjects_read_as_described, _mend_main_clause_conjuncts, _mend_removal_sources,
          _mend_trade_sources, _mend_shielded_from,
          _mend_place_countries, _mend_predicate_conjuncts, _mend_finite_conjuncts, _mend_said_as_name,
          _mend_past_after_infinitive, _mend_possessed_pairs, _mend_owned_titled_names, _mend_bodies_before_roles,
          _mend_wanted_acts,
          _mend_people_after_groups, _mend_subjects_read_as_objects, _mend_verbs_read_as_modifiers,
          _mend_participles_after_infinitives,
          _mend_possessed_subjects, _mend_means_read_as_modifiers, _mend_occasions_of_wanted_acts,
          _mend_agents_read_as_verbs,
          _mend_names_after_titles, _mend_glossed_charges, _mend_nouns_read_as_clauses,
          _mend_verbs_after_appositions, _mend_participles_read_as_clauses, _mend_verbs_read_as_titles,
          _mend_verbs_read_as_described, _mend_names_before_appositions, _mend_verbs_after_relative_clauses,
          _mend_verbs_read_as_names,
          _mend_passive_agents, _mend_targets_after_agents, _mend_reasons_on_objects,
          _mend_headline_subjects)


def _mend_parses(doc):
    """Put right the parses the model gets wrong in ways the rules can tell (each mend says which)."""
    for mend in _MENDS:
        doc = mend(doc)
    return doc


def _mend_entities(doc):
    """Put right the names the model gets wrong in ways the rules can tell (each mend says which)."""
    for mend in _ENTITY_MENDS:
        doc = mend(doc)
    return doc


def _mend_places_read_as_times(doc):
    """Take a country's or capital's name out of a time the model ran it into: "a missile attack on [Kyiv overnight]"
    is Kyiv, a place, then a time (the name becomes a place of its own)."""
    from spacy.tokens import Span  # noqa: PLC0415

    places, mended = state_names() | capitals().keys(), False
    spans = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and len(ent) > 1 and ent[0].text in places and ent[0].tag_ == "NNP":
            spans += [Span(doc, ent.start, ent.start + 1, label="GPE"), Span(doc, ent.start + 1, ent.end, ent.label)]
            mended = True
        else:
            spans.append(ent)
    if mended:
        doc.set_ents(spans)
    return doc


_DASHES = frozenset({"-", "–", "—"})


def _mend_names_in_pieces(doc):
    """Join a person's name the parser hung on its verb piece by piece: in "Abdel Fattah al-Burhan, Sudan's army
    chief, visited Cairo" "Fattah", "al" and "Burhan" were each the verb's subject, and the title after the comma
    described only the last. The name's last word becomes its head, the other pieces its compounds."""
    for ent in doc.ents:
        loose = [t for t in ent if not ent.start <= t.head.i < ent.end]
        if ent.label_ != "PERSON" or len(loose) < 2 or loose[-1] != ent[-1] or len({t.head for t in loose}) > 1:
            continue
        for piece in loose[:-1]:
            piece.head, piece.dep_ = ent[-1], "punct" if piece.is_punct else "compound"
    return doc


_SPANS_OF_TIME = frozenset({"DATE", "TIME"})  # ("in May 2022, months after": a date's own comma)


def _mend_names_across_commas(doc):
    """Drop a name the model ran across a comma that ends a phrase: in "After meeting Ruto, Abiy said …" the
    model reads "Ruto, Abiy" as one title, but Ruto is whom the phrase's verb met and Abiy the subject of the
    next (parts hung on different words outside the name are no one title; the lexicon's names and the name scans
    find what each is)."""
    kept = [ent for ent in doc.ents if not _across_comma(ent)]
    if len(kept) < len(doc.ents):
        doc.set_ents(kept)
    return doc


def _across_comma(ent) -> bool:
    cut = next((t for t in ent[1:-1] if t.text == ","), None)
    if cut is None or ent.label_ in _SPANS_OF_TIME:
        return False
    left, right = ent.doc[ent.start:cut.i].root.head, ent.doc[cut.i + 1:ent.end].root.head
    return left != right and not any(ent.start <= head.i < ent.end for head in (left, right))


def _mend_names_across_dashes(doc):
    """Split a name the model ran across a dash set off by spaces: "[the Gulf Cooperation Council - Saudi Arabia],
    Qatar …" is the body, then the first state of the list the dash opens (a part that is a state's name is a
    place)."""
    from spacy.tokens import Span  # noqa: PLC0415

    spans, mended = [], False
    for ent in doc.ents:
        cut = next((t for t in ent[1:-1] if t.text in _DASHES and doc[t.i - 1].whitespace_ and t.whitespace_), None)
        if cut is None:
            spans.append(ent)
            continue
        after = doc[cut.i + 1:ent.end]
        spans += [Span(doc, ent.start, cut.i, label=ent.label_),
                  Span(doc, cut.i + 1, ent.end, label="GPE" if after.text in country_names() else ent.label_)]
        mended = True
    if mended:
        doc.set_ents(spans)
    return doc


_ENTITY_MENDS = (_mend_places_read_as_times, _mend_names_across_dashes, _mend_names_across_commas,
                 _mend_names_in_pieces)


@cache
def _lemma_fixes() -> dict[tuple[str, str], str]:
    """(word, part of speech) -> lemma, from lemmas.tsv."""
    return {(form, pos.upper()): lemma for form, pos, lemma in rows("lemmas.tsv")}


def _mend_lemmas(doc):
    """Put right the lemmas the rule lemmatizer gets wrong (lemmas.tsv: "waged" is "wage", not "wag"); and a
    verb's third person tagged as another present ("Ruto [hosts] Museveni for talks", read as "they host"): the
    lemmatizer keeps its "-s", so a lexicon verb without it is its lemma."""
    fixes = _lemma_fixes()
    for token in doc:
        if (lemma := fixes.get((token.lower_, token.pos_))) is not None:
            token.lemma_ = lemma
        elif token.tag_ == "VBP" and token.lemma_ == token.lower_ and token.lower_.endswith("s") \
                and token.lower_[:-1] in _trigger_verbs():
            token.lemma_, token.tag_ = token.lower_[:-1], "VBZ"
    return doc


@cache
def load_model(name: str = ""):
    """Load ``name`` (or the first installed of the default English models) without its unused parts."""
    import spacy  # noqa: PLC0415
    from spacy.symbols import ORTH  # noqa: PLC0415

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "kg_paragraph_breaks" not in spacy.registry.factories.get_all():
            spacy.Language.component("kg_paragraph_breaks", func=_paragraph_breaks)
        nlp.add_pipe("kg_paragraph_breaks", before="parser")
        if "kg_parse_mends" not in spacy.registry.factories.get_all():
            spacy.Language.component("kg_parse_mends", func=_mend_parses)
        nlp.add_pipe("kg_parse_mends", after="parser")
        if "ner" in nlp.pipe_names:
            if "kg_entity_mends" not in spacy.registry.factories.get_all():
                spacy.Language.component("kg_entity_mends", func=_mend_entities)
            nlp.add_pipe("kg_entity_mends", after="ner")
        for word in {form for form, _ in _lemma_fixes() if "-" in form}:  # "co-operate" stays one word
            for written in {word, word.capitalize(), word.title()}:  # ("Vice-President Kamala Harris")
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])
        if "lemmatizer" in nlp.pipe_names:
            if "kg_lemmas" not in spacy.registry.factories.get_all():
                spacy.Language.component("kg_lemmas", func=_mend_lemmas)
            nlp.add_pipe("kg_lemmas", after="lemmatizer")
        return nlp
    if name:
        raise ModelError(f"spaCy model {name} (the model setting, from --model or [tool.kg] model) is not installed; "
                         f"install it, or leave the setting out to use en_core_web_sm: {model_install_command()}")
    raise ModelError(f"the spaCy model en_core_web_sm is not installed; install it with: {model_install_command()}")
