"""Walking spaCy's dependency tree: subjects, objects, coordination, negation, modality, speaker.

Functions take and return spaCy tokens; they never leave kg/extract/.
"""

from __future__ import annotations

import calendar
from functools import cache, wraps

from kg.extract.lexicon import lexicon, role_words, state_names

__all__ = ["per_doc", "text_of", "expand", "first_of_list", "own_subject", "subjects", "governing_verb", "objects", "is_negated",
           "modality_of", "speech_verb", "is_reciprocal", "intent_verb", "refusal_verb", "called_off", "points_back",
           "forms", "in_condition", "stray_by", "target_by", "kept", "compass_of", "joined_owners", "stray_from",
           "joined_objects", "blamed_on", "stray_in", "stands_for", "phoned", "names_as", "requesters", "to_infinitive",
           "LINKING", "FORCE_CODES", "owned_grounds", "is_time", "misplaced_object", "appositive_participle",
           "bare_state_act", "names_what", "ACT_TARGETS",
           "mandative", "occasion", "calls_off", "aside", "hyphened", "NAMING", "DENIALS", "CHARGES", "BEING", "FAVOUR"]

_SUBJECT = {"nsubj", "nsubjpass", "csubj"}
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Texts others vote on or sign, which say what they say themselves ("vetoed a statement criticising China")
MOTIONS = frozenset({"resolution", "motion", "bill", "amendment", "draft", "statement", "declaration", "communique"})
# ... except for those who make them ("passed a resolution backing Ukraine", "issued a statement condemning …")
_ADOPTING = frozenset({"pass", "adopt", "approve", "table", "introduce", "sponsor", "submit", "propose", "draft",
                       "issue", "release", "sign", "publish", "make", "deliver", "read"})
_FOR = frozenset({"for", "favour", "favor"})  # ("voted for", "voted in favour of")


def _voted_for(verb, motion) -> bool:
    """Whether ``verb`` votes for the ``motion`` ("voted for a resolution", "… in favour of a motion")."""
    return verb.lemma_.lower() == "vote" and not is_negated(verb) and any(
        t.lower_ in _FOR for t in motion.ancestors if verb.i < t.i < motion.i)


_APPEALS = frozenset({"urge", "call", "ask", "appeal", "implore", "exhort"})  # acts of asking someone
# CAMEO roots of acts done in words (appeal, demand, disapprove, reject, threaten, and praise among the statements)
_SAID_ACTS = ("02", "10", "11", "12", "13", "051")
_OBJECT_CONTROL = {"urge", "call", "ask", "press", "persuade", "encourage", "invite", "request", "tell", "force", "push",
                   "pressure", "lean", "appeal", "plead",
                   "lead", "prompt", "cause", "spur", "compel", "oblige"}  # ("led the kingdom to expel …")
# Verbs whose to-infinitive says what their subject means to do with whom it calls in: "summoned the envoy to
# protest" (the summoner protests)
_SUMMONING = frozenset({"summon", "recall", "convene"})
# Verbs of contact whose "to" infinitive is the caller's purpose: "telephoned his counterpart to congratulate him".
_CONTACTING = frozenset({"telephone", "phone", "ring", "visit", "meet", "receive", "host"})
# Verbs whose object is the place or side acted on, so that a to-infinitive the parser hangs on them is their
# subject's purpose: "troops entered Gambia to force Jammeh out" (the troops force him, not Gambia).
_REACHING = frozenset({"enter", "invade", "cross", "storm", "occupy", "seize", "capture", "attack", "raid", "bomb",
                       "strike", "shell", "blockade", "surround", "tour", "leave"})
_CLIMB = {"conj", "xcomp", "advcl", "pcomp", "acl", "prep", "pobj", "dobj", "relcl", "attr", "appos", "npadvmod",
          "oprd", "acomp", "advmod"}


class _Memo:
    """What the functions of the parse (:func:`per_doc`) found for the document being read."""

    doc = None
    found: dict = {}


def _memo(doc) -> dict:
    """What was found for ``doc``, emptied when another document is read."""
    if _Memo.doc is not doc:
        _Memo.doc, _Memo.found = doc, {}
    return _Memo.found


def per_doc(function):
    """Remember what ``function`` of a token of the parse (and plain arguments) returns, for the document being read:
    the rules ask the same of a word many times (its subjects, its mode), and the parse does not change under them.
    A list comes back as a copy of its own."""
    @wraps(function)
    def remembered(token, *args, **kwargs):
        memo = _memo(token.doc)
        key = (function, token.i, args, tuple(kwargs.items())) if args or kwargs else (function, token.i)
        found = memo.get(key, _Memo)
        if found is _Memo:  # (nothing remembered: the class itself stands for no answer, which None may be)
            found = memo[key] = function(token, *args, **kwargs)
        return found.copy() if type(found) is list else found
    return remembered


def text_of(doc) -> str:
    """The text of ``doc`` (which spaCy joins anew from its tokens on every access), joined once for the document
    being read."""
    memo = _memo(doc)
    if "text" not in memo:
        memo["text"] = doc.text
    return memo["text"]


def first_of_list(token):
    """The first of the list ``token`` is in ("Latvia" in "Poland and Latvia": Poland), else ``token``."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


@per_doc
def expand(token) -> list:
    """A token with the tokens coordinated with it ("China and Russia" → China, Russia)."""
    result, stack = [], [token]
    while stack:
        tok = stack.pop()
        result.append(tok)
        # (not an owner the parser coordinated: "Kazakhstan's Tokayev and [Uzbekistan]'s Mirziyoyev"; but a pair
        # that owns together does: "Norway and [Iceland]'s fisheries ministers")
        # (nor one denied: "praised Uganda but not Tanzania")
        owned_apart = any(g.dep_ == "case" for g in tok.children)
        conjuncts = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "NUM", "ADJ")
                     and not any(g.dep_ == "case" and owned_apart or g.dep_ == "neg" for g in c.children)]
        # (not the body of the next one's title the parser made a conjunct of its own: "Feridun Sinirlioglu and
        # [Council] of Europe Secretary General Alain Berset")
        stack.extend(named or c for c in conjuncts if (named := _named_after(tok, c)) is not None or not any(
            d.dep_ in ("conj", "appos") and d.left_edge.i == c.right_edge.i + 1 and d.ent_type_ == "PERSON"
            for d in tok.children))
        # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": a list the parser reads as appositions
        listed = any(g.dep_ == "cc" for g in tok.children)
        # (not a relative clause read as one: "Lithuania and Poland, [which border Belarus], welcomed …")
        stack.extend(c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and tok.pos_ == "PROPN"
                     and (listed or any(g.dep_ in ("conj", "cc") for g in c.children))
                     and not any(g.tag_ in ("WDT", "WP") for g in c.subtree))
        # "Ethiopia's prime minister Abiy Ahmed and Eritrea's president Isaias Afwerki": the parser may hang the
        # second title on the first, as an apposition after the name that holds the "and"
        stack.extend(c for c in tok.children if tok.pos_ == "NOUN" and coordinated_apposition(c))
        # "Mirzoyan of Armenia and Bayramov of Azerbaijan": the parser may hang the second "Y of B" on A
        stack.extend(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "PROPN"
                     for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "conj"
                     and g.pos_ == "PROPN" and any(x.dep_ == "prep" and x.lower_ == "of" for x in g.children))
        # "Cold War thinking and separatist provocations" is often parsed as a modifier holding the "and", and
        # so is a name before a titled one: "met President Murmu and Foreign Minister Jaishankar"
        # (or on any word of a long compound: "NATO Secretary General [Jens Stoltenberg] and EU Commission
        # President Ursula von der Leyen", the first name hung on "Commission")
        chain = [tok]
        for k in chain:
            chain.extend(c for c in k.children if c.dep_ == "compound")
        result.extend(c for t in chain for c in t.children  # (whose own conjunct is the rest of this name)
                      if c.dep_ == "nmod" and any(g.dep_ == "cc" for g in c.children)
                      # ("[Yoon] and Japanese Prime Minister Ishiba", the name read as an adjective, as
                      # "Japanese" is, holding an "and" with no conjunct of its own)
                      or c.dep_ == "amod" and c.is_title and c.i == tok.left_edge.i
                      and any(g.dep_ == "cc" for g in c.children) and not any(g.dep_ == "conj" for g in c.children))
        # ("Mongolian President [Khurelsukh] and South Korean President Yoon": a titled name before another, its
        # title read as a modifier of the second title and the name as that title's apposition holding the "and")
        stack.extend(a for k in tok.children if k.dep_ == "compound" for c in k.children if c.dep_ == "nmod"
                     for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                     and any(g.dep_ == "cc" for g in a.children))
    return sorted(result, key=lambda t: t.i)


def _named_after(token, title):
    """The name the parser hung as an apposition of ``token`` right after a coordinated title: "He and Ukrainian
    Foreign [Minister] [Andrii Sybiha] signed …" (the name, not the title, is the second doer), or None."""
    if title.lower_ not in role_words():
        return None
    return next((a for a in token.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                 and a.left_edge.i == title.i + 1), None)


def coordinated_apposition(token) -> bool:
    """An apposition of a title that comes after another one holding an "and": a second titled name, not the
    first title's holder ("Kenya's president William Ruto and Uganda's leader Yoweri [Museveni]")."""
    return token.dep_ == "appos" and any(
        c.dep_ == "appos" and c.i < token.i and any(g.dep_ == "cc" for g in c.children) for c in token.head.children)


def _stative(participle) -> bool:
    """Whether a participle is one the lexicon lists as an adjective with its preposition ("opposed to",
    "committed to"), so that its subject is the one who holds the stance, not one acted on."""
    return any(has_particle(participle, e.particle) for e in lexicon().triggers.get((participle.lower_, "ADJ"), ()))


def _agent(verb):
    """What the verb's "by" phrase names as its doer, or None; a medium is none ("conferred by telephone")."""
    return next((c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"
                 and c.lemma_.lower() not in lexicon().synsets["REMOTE"]), None)


def with_participle(noun) -> list:
    """A noun's dependents and those of a participle that describes it: "the agreement [reached] between X and Y"."""
    # (a participle the tagger took for a past tense: "the truce [concluded] between …")
    return [*noun.children, *(g for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                              for g in c.children)]


@per_doc
def own_subject(verb):
    """The doer named in the verb's own clause (the agent of a passive), or None."""
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        return None  # "stood in solidarity with other countries to push for …": not the doer
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        # the doer of a passive is its agent ("imposed by the West"), also when the parser takes the patient
        # for the subject ("a group that Kinshasa says is backed by Rwanda")
        if child.dep_ == "nsubjpass" or child.dep_ == "nsubj" and passive:
            if any(c.dep_ == "agent" for c in verb.children):
                return _agent(verb)
            if passive and _stative(verb):  # "Canada is opposed to …": the adjective read as a passive
                return child
            continue
        if child.dep_ in _SUBJECT:
            return child
    if _shares_patient(verb) or reduced_passive(verb) or _shared_passive_subject(verb) is not None:
        # "Peters arrived and was received by Sovaleni", "welcomed by Algeria but criticised by Morocco",
        # "Backed by France, Chad …": the agent
        return _agent(verb)
    # (a subject hung on the auxiliary is the verb's already: model._mend_subjects_of_auxiliaries)
    hung = None
    if verb.tag_ in ("VBD", "VBZ", "VBP"):  # "Azerbaijan massed troops", the name read as a
        # modifier of a verb the parser took for a participle
        hung = next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and not is_time(c)), None)
    if hung is None and verb.tag_ in ("VBD", "VBZ", "VBP"):  # ("Tonga, like Fiji, is a member …", the name read
        # as an adverb that opens the sentence)
        hung = next((c for c in verb.lefts if c.dep_ == "advmod" and c.ent_type_ in ("GPE", "ORG", "NORP")
                     and c.i == c.sent.start), None)
    return hung


_FREEING = frozenset({"free", "release", "pardon"})  # verbs by which one who held captives lets them go


def reduced_passive(verb) -> bool:
    """A participle with a doer and no subject, said of its clause's subject or of an actor: "[Backed] by France,
    Chad launched …", "the M23 rebels, [backed] by Rwanda, seized …" (not of a thing: "the declaration
    [signed] by the two countries" names an act of the past)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ in _SUBJECT or c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
        and (verb.dep_ == "advcl" or verb.dep_ == "acl" and (
            verb.head.ent_type_ in _ACTOR_LABELS or verb.head.lower_ in lexicon().agents))


_ATTRIBUTIVE_GERUNDS = frozenset({"visiting"})  # used as adjectives before a person's name


def object_participle(verb):
    """The participle right after ``verb`` that the parser read as a clause of its own, though it describes
    ``verb``'s object: "met [detained] former leader Aung San Suu Kyi", "received [visiting] Foreign Minister
    Peres" (the participle with no subject, no auxiliary and a noun the verb has not, as its object or
    modifier); or None."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc) or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    after = verb.doc[verb.i + 1]
    if not (after.tag_ == "VBN" or after.lower_ in _ATTRIBUTIVE_GERUNDS) \
            or after.dep_ not in ("advcl", "ccomp", "conj", "xcomp") \
            or any(c.dep_ in (*_SUBJECT, "nsubjpass", "aux", "auxpass", "agent", "cc") for c in after.children):
        return None
    return after if any(c.dep_ in ("dobj", "npadvmod") and c.pos_ in ("PROPN", "NOUN") for c in after.children) \
        else None


def _shares_patient(verb) -> bool:
    """A passive coordinated with the verb before it, whose subject it shares as the one acted on: "Peters
    arrived in Nuku'alofa and was received by Sovaleni"."""
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "agent" for c in verb.children) and not any(c.dep_ in _SUBJECT for c in verb.children)


def _raised_object(verb):
    """The object a verb shares with the verb coordinated right after it, which the parser hangs on that verb
    alone: "Uganda criticised and rejected the World Bank's decision" (the decision, criticised too), or None."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "prt") for c in verb.children):
        return None
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                   and all(t.dep_ in ("cc", "advmod") for t in verb.doc[verb.i + 1:c.i])
                   and any(t.dep_ == "cc" for t in verb.doc[verb.i + 1:c.i])), None)
    return next((c for c in second.children if c.dep_ == "dobj"), None) if second is not None else None


def _shared_passive_subject(verb):
    """The subject a passive shares with the passive before it: "the decision was welcomed by Algeria but
    [criticised] by Morocco" (the decision; its doer is its own agent), or None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_ in _SUBJECT for c in verb.children) \
            or not any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _opening_appositive(verb):
    """The name right before a sentence's verb that has no subject, read as an apposition (or a conjunct) inside
    the phrase the sentence opens with ("In a call with Mahama, [Ouattara] discussed …"), or None."""
    name = verb.doc[verb.i - 1] if verb.i else verb
    if name.dep_ == "compound" and name.head.dep_ in ("appos", "conj"):
        name = name.head
    # (or as a conjunct with no "and": "In a phone call with Ruto, [Museveni] discussed …")
    listed = name.dep_ == "conj" and not any(c.dep_ == "cc" for c in (*name.children, *name.head.children))
    if not (name.dep_ == "appos" or listed) or name.pos_ != "PROPN" or name.right_edge.i != verb.i - 1 \
            or name.left_edge.i == 0 or verb.doc[name.left_edge.i - 1].text != ",":
        return None
    opening = name
    while opening.head != verb and opening.head != opening:
        opening = opening.head
    return name if opening.dep_ == "prep" and opening.i < name.i else None


def _visiting_guest(verb):
    """The guest of "met visiting X" when the parser reads "visiting" as a verb of its own, with X its object
    (and the meeting verb with none), or None."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((o for c in verb.children if c.lower_ == "visiting" and c.i == verb.i + 1
                 for o in c.children if o.dep_ == "dobj"), None)


def _split_from(verb):
    """The verb of the sentence before, when the parser cut a sentence in two before a coordinated verb: "X
    flew to Ceuta | and then to Melilla, and accused Rabat …" (the second part opens in lower case)."""
    sent = verb.sent
    first = sent[0]
    if sent.start == 0 or not first.is_lower or not first.is_alpha:
        return None
    root = verb.doc[sent.start - 1].sent.root
    return root if root.pos_ in ("VERB", "AUX") else None


_THEN = frozenset({"then", "later"})


def _then_phrases(verb) -> list:
    """The prepositions of "X flew to Ceuta and then to Melilla" that the parser hung apart from the verb: on
    "then" or "later" (or with it), or as a sentence of its own cut off after the verb's (in lower case)."""
    doc, end = verb.doc, verb.sent.end
    cut = verb.dep_ == "ROOT" and end < len(doc) and doc[end].is_lower  # (the sentence after goes on this one)
    found = [t for t in doc[verb.i + 1:doc[end].sent.end if cut else end] if t.dep_ == "prep" and (
        t.head.lower_ in _THEN or any(c.dep_ == "advmod" and c.lower_ in _THEN and c.i == t.i - 1 for c in t.children))]
    return found + ([root] if cut and (root := doc[end].sent.root).pos_ == "ADP" else [])


@per_doc
def coordinated_with(verb):
    """The verb a coordinated verb goes with: its head, except that after ", and" (or a copula) a verb the
    parser hangs on a reported clause goes with the verb reporting it ("agreed that the launch posed a
    threat, and urged Pyongyang to stop": the urging is the agreeing side's, and as asserted as the agreeing)."""
    head = verb.head
    if (glossed := _gloss_host(head)) is not None:
        return glossed  # "Bangkok blamed Phnom Penh …, a charge Cambodia rejected, and downgraded relations"
    if verb.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "relcl" \
            and any(c.dep_ in ("aux", "auxpass") for c in head.children):
        # "said they were alarmed by the arrest of Badawi, whose brother has been jailed since 2012, and urged
        # Riyadh to free her": a past tense shares no auxiliary of the relative clause's participle; it goes on
        # with the last active past tense above
        above = head.head
        while above.head != above and not (above.tag_ == "VBD" and above.pos_ == "VERB"
                                           and not any(c.dep_ == "auxpass" for c in above.children)):
            above = above.head
        if above.tag_ == "VBD" and above.pos_ == "VERB":
            return above
    cc = next((c for c in (*verb.children, *head.children) if c.dep_ == "cc" and c.i < verb.i), None)
    after_comma = cc is not None and cc.i > 0 and verb.doc[cc.i - 1].text == ","
    if head.tag_ in ("VBG", "VB") and verb.tag_ in ("VBD", "VBZ", "VBP") and head.head != head and (
            head.dep_ in ("xcomp", "pcomp") or head.dep_ == "advcl" and to_infinitive(head)
            or head.dep_ == "ccomp" and head.tag_ == "VB" and verb.tag_ in ("VBD", "VBZ") and not to_infinitive(head)):
        # (or with a bare infinitive: "said Belarus would never let anyone drive a wedge … and accused Poland")
        # a tensed verb cannot go with a gerund or an infinitive: "denies arming them and accuses", "said the
        # matter was for Nepal and India to settle and urged them …"
        head = head.head
        if head.dep_ != "ccomp":
            return head
    # (or after a copula: "agreed that a ceasefire was essential and called on Israel to …"; or when a finite
    # verb follows one under a modal, where no past tense can stand: "… would not be intimidated and said …")
    broken = after_comma or head.lemma_ == "be" and verb.pos_ == "VERB" or verb.tag_ in ("VBD", "VBZ") and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    # (or when an appeal to someone follows a clause whose subject is a thing, which appeals to no one: "said the
    # move dealt a blow and urged Tehran to restore …")
    # (or any act done in words: "said no Eritrean unit had crossed and dismissed Djibouti's claims")
    speaking = verb.lemma_.lower() in _APPEALS or _said_act(verb)
    thing = speaking and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lower_ not in lexicon().agents
        for c in head.children)  # ("said the decision had been taken without consultation and threatened …")
    # (or after a passive, which a word act does not share: "denied that Serbia was involved and blamed Kurti")
    thing = thing or speaking and verb.tag_ == "VBD" and any(c.dep_ == "auxpass" for c in head.children)
    if head.dep_ == "relcl" and speaking and any(
            c.dep_ == "nsubj" and c.tag_ == "WDT" for c in head.children) and head.head.lower_ not in lexicon().agents \
            and (clause := governing_verb(head.head)) is not None and clause.dep_ == "ccomp" and clause.head != clause:
        return clause.head  # (or to a relative clause of a thing: "said Cairo would not accept any deal that harmed
        #                      its interests and urged Kenya to reconsider": the sayer appeals, not the deal)
    if not (head.dep_ == "ccomp" and (broken or thing) and head.head != head):
        return head
    head = head.head
    while head.dep_ == "ccomp" and head.head != head and any(  # ("said the visit showed that Minsk was a
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ not in lexicon().agents  # co-aggressor and called
            for c in head.children):  # on the EU …": what a thing showed is no one's to go on with)
        head = head.head
    return head


def _gloss_host(verb):
    """The clause that a gloss the parser made its head comments on, or None: in "Bangkok blamed Phnom Penh
    for laying mines, a charge Cambodia rejected, and …", "rejected" is read as the sentence's verb, "blamed" as
    its reported clause and "a charge", set off by a comma, as its object (before its subject) or subject."""
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in CHARGES), None)
    if noun is None or verb.doc[max(noun.left_edge.i - 1, 0)].text != ",":
        return None
    # (or "a charge" read as the subject, the denier as its apposition: "…, a charge Mogadishu rejected, and …")
    if noun.dep_ == "dobj" and ((subject := own_subject(verb)) is None or subject.i < noun.i):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < noun.i), None)


def is_time(token) -> bool:
    """Whether a phrase is a day or time naming no actor ("on Sunday"; not "the Eritrean border days", a phrase
    the parser ran together, nor a country's name the model took for a date: "to flood-hit Niger")."""
    return token.ent_type_ in ("DATE", "TIME") and token.text not in state_names() and not any(
        t.ent_type_ in _ACTOR_LABELS for t in token.subtree if t != token)


def _said_act(verb) -> bool:
    """A verb whose every sense is an act done in words ("dismissed", "condemned", "praised")."""
    entries = lexicon().triggers.get((verb.lemma_.lower(), "VERB"), ())  # (of those that fit, one at least: not
    return any(has_particle(verb, e.particle) for e in entries) and all(  # "said", of "said no to")
        e.cameo.startswith(_SAID_ACTS) for e in entries)


_PRO_VERBS = frozenset({"do", "have"})  # verbs that stand for one said before: "as did Germany"


@per_doc
def subjects(verb, _depth: int = 0) -> list:
    """Who does what ``verb`` says: its subject, or the one it inherits (conj, control, adverbial clauses)."""
    if _depth > 8:
        return []
    own = own_subject(verb)
    if own is not None:  # all of them: the parser sometimes splits "X and his counterpart Y" in two
        others = [c for c in verb.children if c.dep_ == "nsubj" and c.i != own.i]
        # ("was congratulated by Macron and by the AU chairman": every "by" phrase of the passive)
        others += [p for c in own.head.children if own.head.dep_ == "agent" and c.dep_ == "conj" and c.lower_ == "by"
                   for p in c.children if p.dep_ == "pobj"]
        # ("Japan, along with South Korea, protested …": the companion acts too)
        companions = [p for h in (verb, own) for c in h.children if c.dep_ == "prep"
                      and c.lower_ in ("along", "together") for w in c.children
                      if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
        companions += [p for h in (verb, own) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                       and any(a.dep_ == "advmod" and a.lower_ in ("along", "together") for a in c.children)
                       for p in c.children if p.dep_ == "pobj"]  # ("Together with France, Germany urged …")
        # ("Spain recognised Palestine, joining Ireland and Norway": those it joins did so before)
        # (set off by a comma: not "is in favour of Moldova joining the EU")
        companions += [o for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ == "join"
                       and c.i > verb.i and c.doc[c.i - 1].text == "," and not any(g.dep_ == "prep" for g in c.children)
                       for o in c.children if o.dep_ == "dobj" and o.pos_ == "PROPN"]
        # ("France condemned the coup, as did Germany", "…, and so did Uganda": who did it too, by a pro-verb)
        companions += [o for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_ in _PRO_VERBS
                       and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "so") for m in c.children)
                       for o in c.children if o.dep_ == "nsubj" and o.pos_ != "PRON"]
        found = (own, *others)  # (not a title split from the name right after it: "[WTO chief] Ngozi …")
        found = [s for s in found if not (s.lower_ in role_words() and any(
            o.left_edge.i == s.i + 1 for o in found if o is not s))]
        return sorted({t.i: t for s in (*found, *companions) for t in expand(s)}.values(), key=lambda t: t.i)
    if (held := _held_doer(verb)) is not None:
        return expand(held)  # "is in favour of Moldova joining the EU": Moldova joins
    if (given := _given_time(verb)) is not None:
        return expand(given)  # "gave Baku 48 hours to expel the envoy": Baku is to expel him
    stray = verb.doc[verb.i - 1] if verb.i else verb
    if stray.lower_ in ("two", "both") and stray.dep_ == "conj":
        return [stray]  # "spoke with Duda and the two agreed …": "the two" read as a second partner of the talks
    if verb.head == verb and (cut := _opening_appositive(verb)) is not None:
        return expand(cut)  # "In a call with Mahama, Ouattara discussed …": the name read as Mahama's apposition
    if verb.head == verb:  # (a sentence's verb, or one the parser cut off from its subject)
        return subjects(before, _depth + 1) if (before := _split_from(verb)) is not None else []
    if verb.dep_ == "ccomp" or verb.dep_ in ("relcl", "advcl") and any(c.dep_ == "nsubjpass" for c in verb.children) \
            and not (verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in _FREEING):
        # ("Castillo, who was arrested in December", "protested after a border guard was killed": by no one named,
        # not by the main clause's subject; but "freed an economist who had been jailed for two years": the one
        # freeing held him)
        return []
    head = verb.head
    if verb.dep_ == "acomp" or kept(verb) is not None:  # "Kenya is opposed to …": the subject of the copula; "kept
        return subjects(head, _depth + 1)  # its border shut": who keeps it so
    if verb.dep_ == "acl" and head.dep_ == "dobj" and (refusing := refusal_verb(verb)) is not None \
            and refusing != head:  # (but "backs Serbia's refusal to recognise Kosovo": Serbia's, below)
        return subjects(refusing, _depth + 1)  # "Milei turned down an invitation to attend the summit": Milei's
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and (
            verb.tag_ in ("VBD", "VBZ") or verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
            or verb.tag_ == "VBN" and head.dep_ == "ROOT" and _agent(verb) is None):
        # "Israeli air strikes killed 20 people, officials said", parsed as a clause of the noun (a
        # participle with an object of its own is no passive one: "the people killed in the strikes"; nor
        # one of the noun the parser made the sentence's head: "Thousands of Vietnamese protested outside …")
        return expand(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and (agent := _agent(verb)) is not None:
        return expand(agent)  # "agreed to restore ties in a deal brokered by China": the one the "by" names
    if verb.dep_ == "amod" and verb.tag_ == "VBN" and (doer := next(
            (c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < verb.i
             and c.pos_ == "PROPN"), None)) is not None:
        return expand(doer)  # "a Qatari-brokered truce", "the US-led coalition": the name before the participle
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and (head.pos_ == "PROPN" or verb.i == head.i + 2
                                                      and verb.doc[head.i + 1].text == ","):
        return expand(head)  # "Tuggar, speaking after talks with Ablakwa, said …": the one named speaks
    if (done := appositive_participle(verb)) is not None:
        return expand(done.head)  # "Nauseda, visiting Kyiv, said …"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ == "NOUN" and (
            head.lower_ in lexicon().agents or head.lower_ in lexicon().synsets["PROTESTERS"]):
        return expand(head)  # "backed protesters demanding the resignation of Boluarte": the protesters demand
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in lexicon().synsets["CARRIERS"]:
        return [head]  # "intercepted a ship carrying aid to Gaza": the ship carries it
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in MOTIONS and not (
            (carrier := governing_verb(head)) is not None and (carrier.lemma_.lower() in _ADOPTING or _voted_for(
                carrier, head))):
        # "voted against the resolution condemning Russia": the text condemns, not the voter (but "passed a
        # resolution backing Ukraine", "voted for a resolution condemning Israel": those who adopt it)
        return expand(head)
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and to_infinitive(verb):
        # "welcomed Latvia's decision to expel …", "the move by Togo to close …", "the US decision to send …":
        # whose decision it is
        owner = next((g for c in head.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"
                      or c.dep_ == "prep" and c.lower_ == "by"
                      for g in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])), None)
        if owner is not None:
            return expand(owner)
        if any(c.dep_ == "amod" and c.is_title and not c.is_sent_start for c in head.children):
            return [head]  # "rejected an Israeli offer to withdraw", "objected to Western attempts to pressure
            #                Bamako": the noun, whose owner its adjective names (capitalised as a name, not as the
            #                sentence's first word)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "agent") for c in verb.children) \
            and (carrier := governing_verb(head)) is not None and carrier.lemma_ == "be":
        return []  # "was among seven people [killed] in an Israeli strike": the copula's subject is what the
        #            passive participle was done to, not its doer
    if verb.dep_ == "conj" and (partner := coordinated_with(verb)) != head:
        return subjects(partner, _depth + 1)
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and (patient := next(
            (c for c in head.children if c.dep_ == "nsubjpass"), None)) is not None \
            and any(c.dep_ == "agent" for c in head.children):
        # "Prabowo was greeted by Iwaya and later held a summit with Ishiba": the one greeted holds it, not
        # the greeter
        return expand(patient)
    if trailing_participle(verb) and head.dep_ == "ccomp" and _verbal(verb) \
            and head.head.lemma_.lower() in lexicon().speech:
        # "said the vessels had rammed a boat, calling the move reckless", "said the talks had failed, accusing
        # Addis Ababa of …": the reporter names it so, or accuses (not "…, injuring a sailor": what the reported
        # act did)
        return subjects(head.head, _depth + 1)
    if trailing_participle(verb) and _verbal(verb) and (saying := next(
            (c for c in head.children if c.dep_ == "parataxis" and c.lemma_.lower() in lexicon().speech
             and head.i < c.i < verb.i), None)) is not None:
        # "Niger has sealed the border, the government in Porto-Novo said, accusing its neighbour of …": the
        # one who says it accuses (not "…, officials said, killing 20 people": what the act did)
        return subjects(saying, _depth + 1)
    if trailing_participle(verb) and head.dep_ == "xcomp":
        # "ordered Belarus's envoy to leave within 72 hours, accusing Minsk of …": a participle after a comma
        # tells of the clause's subject, not of the one told to leave
        return subjects(head.head, _depth + 1)
    if verb.dep_ == "advcl" and _stance_on(verb) and (named := verb.doc[verb.i - 1]).dep_ == "pobj" \
            and named.pos_ == "PROPN":
        return expand(named)  # "dropped its objection to Finland joining NATO", parsed as a clause of the verb
    if verb.dep_ == "pcomp" and head.head.pos_ == "NOUN" and head.head.dep_ == "pobj" \
            and (told := governing_verb(head.head)) is not None and (obj := next(
                (c for c in told.children if c.dep_ == "dobj"), None)) is not None:
        return expand(obj)  # "warned Chinese firms of consequences for supporting Russia": the firms
    if verb.dep_ == "pcomp" and head.lower_ == "for" and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.dep_ == "dobj" and verb.tag_ == "VBG":
        return expand(head.head)  # "blacklisted three Chinese firms for supplying drones": the firms, the reason
        #                           hung on them
    if verb.dep_ == "pcomp" and head.lower_ in _WHEN and head.head.pos_ == "VERB" and (patient := next(
            (c for c in head.head.children if c.dep_ == "nsubjpass"), None)) is not None:
        return expand(patient)  # "he was greeted by the minister before heading to the palace": he heads there
    if verb.dep_ == "pcomp" and head.head.pos_ == "VERB" and head.lower_ not in _WHEN:
        # "criticized China for supporting Russia" (or "China was criticized for supporting Russia": the one the
        # passive is about; but "before flying to Cairo, the king met X": the subject flies)
        if head.lower_ == "with" and head.head.lemma_.lower() in _MEANS_WITH or head.lower_ in _MEANS_BY \
                and not any(c.dep_ == "auxpass" for c in head.head.children):
            return subjects(head.head, _depth + 1)  # "threatened Sweden with blocking its bid": the threatener's act
            #                                         (and "punished Uganda by closing the border": the punisher's)
        if head.lower_ == "for" and head.head.dep_ == "acl" and head.head.tag_ == "VBN":
            return expand(head.head.head)  # "released a dissident jailed for criticising Castro": the one jailed
        obj = _done_to(head.head, head)
        if obj is not None and head.head.lemma_.lower() in ("join", "follow") and head.lower_ == "in":
            return sorted({t.i: t for t in (*expand(obj), *subjects(head.head, _depth + 1))}.values(),
                          key=lambda t: t.i)  # "Canada joined the US in sanctioning …", "Norway followed Finland
            #                                   in expelling …": both do it
        if obj is not None:
            return expand(obj)
    # "urged China to stop", "called on Europe to impose sanctions": the one appealed to is the doer (not
    # of a participle: "told a news conference, praising Yoon": the teller praises)
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ("use", "employ") and any(
            c.dep_ == "dobj" and lexicon().agents.get(c.lower_) == "MIL" for c in head.children):
        return subjects(head, _depth + 1)  # "used drones to strike Kyiv": who uses the weapons
    if not phoned(head) and (verb.dep_ == "xcomp" and head.lemma_.lower() not in _SUMMONING | _CONTACTING | _REACHING
                             or verb.dep_ == "advcl" and head.lemma_.lower() in _OBJECT_CONTROL and verb.tag_ != "VBG"):
        # (the one told comes before what it is told to do: not "sought to repair ties …, [a move] that …")
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)
        prep_obj = next((g for c in head.children if c.dep_ == "prep" and (c.lower_ in ("on", "upon") or c.lower_ in (
            "to", "with") and head.lemma_.lower() in _PLEADING) for g in c.children
                         if g.dep_ == "pobj" and not is_time(g)), None)  # (or "appealed to Kenya to reopen …")
        if obj is not None or prep_obj is not None:
            return expand(obj if obj is not None else prep_obj)
        # "Ruto is expected to meet Museveni": the subject of a passive raising verb does the act.
        raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        # (and so does the one a passive urges, whoever urged it: "Bulgaria was urged by the EU to lift …")
        if verb.dep_ == "xcomp" and raised is not None and (head.lemma_.lower() in _OBJECT_CONTROL or not any(
                c.dep_ == "agent" for c in head.children)):
            return expand(raised)
    while head.pos_ not in ("VERB", "AUX") and head.head != head and head.dep_ in _CLIMB:
        head = head.head
    if head.head == head and head.pos_ not in ("VERB", "AUX") and (before := _split_from(head)) is not None:
        return subjects(before, _depth + 1)  # "… flew to Sfax | and then to Gabes, and accused Tripoli …"
    if head == verb or head.pos_ not in ("VERB", "AUX"):
        return []
    return subjects(head, _depth + 1)


_PLEADING = frozenset({"appeal", "plead"})  # verbs whose "to" or "with" names the one asked to act
_MEANS_BY = frozenset({"by", "through"})  # prepositions of the means by which the subject acts on the object
_MEANS_WITH = frozenset({"threaten", "punish"})  # verbs whose "with" names what their doer would do (not "charged
#                                                  Kenya with spying": what the one charged did)


def phoned(verb) -> bool:
    """Whether ``verb`` is a telephone call: "called Manalo (to discuss the incident)", not an appeal
    ("called on Manila to …", "called for talks"), a naming ("called Putin a war criminal") or "called off"."""
    return verb.lemma_.lower() == "call" and bool(objects(verb, ("dobj",))) and not names_as(verb) and not any(
        c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")
        and not any(is_time(g) for g in c.children) for c in verb.children)  # ("called Macron on Sunday")


def _object_read_as_complement(verb):
    """A name the parser read as what the verb's object is called, when a to-infinitive follows and nothing is
    called anything: "called Pezeshkian to congratulate him" (not "called Vucic a true friend")."""
    if any(c.dep_ == "dobj" for c in verb.children) \
            or not any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN" and c.i > verb.i), None)


def names_as(verb) -> bool:
    """Whether the verb says what its object is called or made: "called Vucic a true friend", "named Ruto envoy"
    (or "called Xi a dictator" with the name read as set beside its object, or "called Arias "a traitor"" with
    the quoted name read as a sentence of its own)."""
    named = [c for c in verb.children if c.dep_ == "dobj"]
    if named and any(c.dep_ == "oprd" for c in verb.children):
        return True
    named = named or [c for c in verb.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON"]
    # (an appositive naming: "a dictator", or one with no comma between: "called Bush the devil")
    return any(a.dep_ == "appos" and a.pos_ == "NOUN" and (any(d.lower_ in ("a", "an") for d in a.children)
                                                          or a.left_edge.i == o.i + 1)
               for o in named for a in o.children) or any(
        i + 2 < len(verb.doc) and verb.doc[i + 1].text in _OPENING_QUOTES and verb.doc[i + 2].pos_ in ("DET", "ADJ")
        for o in named for i in {o.i, o.right_edge.i})


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})


@per_doc
def governing_verb(token):
    """The nearest verb above a noun ("held talks", "in a phone conversation …, Wang noted")."""
    head = token
    while head.head != head and head.dep_ in _CLIMB | {"nsubj", "nsubjpass", "dative", "compound"}:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


_MEDIUM = frozenset({"by", "via"})  # "by phone", "via video link"


def _medium_phrases(token) -> list:
    """What a verb's "by"/"via" phrase names ("spoke by telephone with …": "telephone"), which may carry its partner."""
    return [p for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in _MEDIUM
            for p in c.children if p.dep_ == "pobj"]


def _up_to(token, top) -> list:
    """``token`` and its heads below ``top`` ("by telephone with X and with Y": the second "with" hangs on "by")."""
    chain = [token]
    while chain[-1] != top and chain[-1].head != chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    return [t for t in chain if t != top]


def _phrase_object(prep, words: list[str]):
    """The object of a preposition of several words ("in front of" the embassy: "in" → "front" → "of" → its
    object), or None when ``prep`` does not begin that phrase."""
    if len(words) != 3 or prep.lower_ != words[0]:
        return None
    noun = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ == words[1]), None)
    inner = next((c for c in (noun.children if noun is not None else ()) if c.dep_ == "prep" and c.lower_ == words[2]),
                 None)
    if inner is None and noun is not None and words[2] == "of":  # ("in Lula's honour", "in his honour")
        return next((c for c in noun.children if c.dep_ == "poss"), None)
    return next((g for g in inner.children if g.dep_ == "pobj"), None) if inner is not None else None


def _misread_subject(clause):
    """The subject of a "that" clause the parser read as a noun phrase, its verb taken for a noun ("demanded
    that [Guyana] halt oil exploration": "Guyana halt oil exploration" one noun): the name that opens it."""
    if clause.pos_ != "NOUN" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    first = next((c for c in clause.children if c.dep_ in ("compound", "amod")), None)
    return first if first is not None and (first.pos_ == "PROPN" or first.ent_type_ in ("GPE", "NORP", "ORG")) \
        and first.i + 1 < clause.i and first.doc[first.i + 1].pos_ == "NOUN" else None


def aimed_at(noun):
    """What an act noun is said to be aimed at: "new sanctions targeting Belarusian state firms", "the
    sanctions, announced on Monday, target three commanders", "measures which hit Russian banks"."""
    aiming = [c for c in noun.children if c.dep_ in ("acl", "relcl")] + ([noun.head] if noun.dep_ == "nsubj" else [])
    return next((g for c in aiming if c.lemma_.lower() in _AIMING for g in c.children if g.dep_ == "dobj"), None)


def _reported_before(verb) -> list:
    """The words a speech verb reports when they come first and the parser made the verb their conjunct: "Not a
    drop of oil would pass … if the US imposed sanctions, Iran's vice-president warned" (the clause of "pass")."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.lemma_.lower() not in lexicon().speech \
            or verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != "," \
            or any(c.dep_ in ("ccomp", "dobj", "cc") for c in verb.children):
        return []
    return [verb.head]


# Verbs that keep or put their object as a participle after says (kept): "kept its border shut", "ordered the
# crossings closed", "declared the embassy closed"
_HOLDING_AS = frozenset({"keep", "leave", "hold", "order", "declare"})


def kept(participle):
    """What a verb of keeping keeps as the participle after its object says, the participle's own object: "kept
    its border with Benin [closed]" (the border); else None."""
    if participle.dep_ not in ("oprd", "xcomp") or participle.tag_ not in ("VBN", "VBD") \
            or participle.head.lemma_.lower() not in _HOLDING_AS or any(c.dep_ == "dobj" for c in participle.children):
        return None
    return next((c for c in participle.head.children if c.dep_ == "dobj"), None)


@per_doc
def objects(trigger, where: tuple[str, ...], also=None) -> list:
    """Targets of a trigger: its direct object or the object of one of the prepositions in ``where``."""
    for place in where:
        for owner in (trigger, also):
            if owner is None:
                continue
            if place == "ccomp":  # "demanded that Serbia hand over …", "its demand that India withdraw",
                # "called for Venezuela to publish …"
                clause = next((c for c in owner.children if c.dep_ in ("ccomp", "acl")), None) \
                    or next(iter(_for_clauses(owner)), None)
                # (or the subject of a passive with no doer: "allegations that Indian agents were linked to …")
                subject = None if clause is None else own_subject(clause) or next(
                    (c for c in clause.children if c.dep_ == "nsubjpass"), None) or _misread_subject(clause)
                if subject is not None:
                    return expand(subject)
                continue
            if place == "if":  # "threatened to close the strait if the US imposed an embargo": whom it is aimed at
                # (also under a participle: "threatened to impose a tariff, rising to 25% by October, unless …")
                # (or on what it says will be done: "warned that it would deploy missiles if NATO expanded")
                clause = next((c for o in (owner, *(c for c in owner.children
                                                    if c.dep_ in ("xcomp", "advcl", "ccomp")), *_reported_before(owner))
                               for c in o.children if c.dep_ == "advcl"
                               and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
                subject = own_subject(clause) if clause is not None else None
                if subject is not None:
                    return expand(subject)
                continue
            if place in _PURPOSES:  # "sent troops to help Mozambique fight …", "… to allow UN trucks in"
                clause = helping(owner, place)
                helped = (_served(clause) if clause is not None else []) \
                    or (requesters(owner) if place == "help" else [])
                if helped:
                    return sorted({t.i: t for h in helped for t in expand(h)}.values(), key=lambda t: t.i)
                continue
            if place == "xcomp":  # "threatened to launch strikes against the YPG": what the announced act targets
                # (or the one it says it will do: "warned it would turn Seoul into a sea of fire")
                clause = next((c for c in owner.children if c.dep_ == "xcomp" or _said_of_self(c)), None)
                found = objects(clause, ("dobj", *ACT_TARGETS)) if clause is not None else []
                if found:
                    return found
                continue
            # "cut ties with Qatar", "lifted its ban on Twitter", "a memorandum of understanding with
            # Australia": the preposition may hang on the object or on an "of" phrase
            # (or what a passive acts on: "aid to Afghanistan was frozen by the World Bank")
            nested = [c for c in owner.children if c.dep_ in ("dobj", "nsubjpass")] if place != "dobj" else []
            nested += [c for c in owner.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _PARTICLES]
            nested += _manner_adjectives(owner)  # ("stood firm against Beijing's demand")
            # ("the EU's sanctions package against Belarus": the noun a modifying trigger describes)
            nested += [owner.head] if owner.pos_ == "NOUN" and owner.dep_ == "compound" and place != "dobj" else []
            # ("moved tanks close to the border", the particle read as a modifier of the object)
            nested += [c for d in nested if d.dep_ == "dobj" for c in d.children
                       if c.dep_ in ("amod", "advmod") and c.lower_ in _PARTICLES]
            # "spoke by telephone with Tshisekedi": the medium's phrase may carry the partner
            nested += _medium_phrases(owner)
            # "put its army on high alert over Kosovo": so may the state the forces are put in
            # (or a level of it: "on the highest level of combat readiness near Kosovo")
            states = [[p, *(g for o in p.children if o.dep_ == "prep" and o.lower_ == "of"
                            for g in o.children if g.dep_ == "pobj")]
                      for c in owner.children if c.dep_ == "prep" and c.lower_ == "on"
                      for p in c.children if p.dep_ == "pobj"]
            nested += [r for state in states if any(r.lemma_.lower() in _READINESS for r in state) for r in state]
            if owner.pos_ in ("NOUN", "PROPN"):  # "the sanctions imposed on Iran", "aid sent to Gaza"
                nested += [c for c in owner.children if c.dep_ == "acl" and c.tag_ == "VBN"]
                if (aimed := aimed_at(owner)) is not None and place in ACT_TARGETS and not any(
                        c.dep_ == "prep" and c.lower_ in ACT_TARGETS for c in owner.children):
                    return expand(aimed)  # (what its own phrase names first: "sanctions on X hit Y")
            # "dispatched a ship carrying relief supplies to Myanmar", "provided aid worth $2 million to Bangladesh"
            # (the value's phrase hung on the object or on the verb)
            # (not what a route joins: "discussed a railway linking the two countries with China")
            nested += [a for d in (*nested, owner) for a in d.children if d.dep_ == "dobj" and a.dep_ == "acl"
                       and a.tag_ == "VBG" and a.lemma_.lower() not in LINKING or a.lower_ == "worth"]
            nested += [p for o in (owner, *nested) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                       and place not in ("dobj", "of") for p in c.children if p.dep_ == "pobj"]
            # ("restricted exports of gallium and germanium to the US": the phrase hung on a conjunct of either)
            nested += [c for d in list(nested) if d.dep_ in ("dobj", "pobj") for c in d.children if c.dep_ == "conj"]
            # "talks on migration [with Guatemalan officials]": a partner hung on the topic's noun
            nested += [p for c in owner.children if c.dep_ == "prep" and c.lower_ in _TOPICS and place == "with"
                       and owner.pos_ == "NOUN" for p in c.children if p.dep_ == "pobj"]
            # "rallied in Mexico City [against U.S. tariffs]", "granted 120 million euros in budget support
            # [to Jordan]", "approved 450 million euros in aid [for Ukraine]": the parser may hang the target on a
            # setting's noun
            # (not one that opens the sentence: "In a rebuke to Washington, Riyadh agreed to …")
            nested += [p for o in (owner, *nested) for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                       and c.i > owner.i and place in (*ACT_TARGETS, "for") for p in c.children if p.dep_ == "pobj"]
            # "lodged a complaint with the Security Council [against Chad]": or on the body addressed
            nested += [p for o in (owner, *nested) for c in o.children if c.dep_ == "prep"
                       and c.lower_ in ("with", "to") and place == "against" for p in c.children if p.dep_ == "pobj"]
            # (a phrase after the trigger first: "On Monday, Kenya called on Uganda to …")
            after = sorted(owner.children, key=lambda c: c.i < owner.i) if owner is trigger else [
                c for c in owner.children if c.i > owner.i]  # (only what follows the light verb)
            if place == "dobj" and owner is trigger and (shared := _shared_passive_subject(owner)) is not None:
                return expand(shared)  # "the decision was welcomed by Algeria but criticised by Morocco"
            if place == "dobj" and owner is trigger and (raised := _raised_object(owner)) is not None:
                return expand(raised)  # "criticised and rejected the decision"
            if place == "dobj" and owner is trigger and _shares_patient(owner):
                return subjects(coordinated_with(owner))
            if place == "dobj" and owner is trigger and (held := kept(owner)) is not None:
                return expand(held)  # "kept its border with Benin [closed]": the border is closed
            if place == "dobj" and owner is trigger and reduced_passive(owner):
                return expand(owner.head) if owner.dep_ == "acl" else subjects(owner.head)
            if place == "dobj" and owner is trigger and bare_state_act(owner):
                return expand(owner.head)  # "a journalist [jailed] in Minsk": the one a state's act was done to
            if place == "dobj" and owner.dep_ == "relcl" and _object_gap(owner):
                return expand(owner.head)  # "a view Mitsotakis rejected": what the clause describes
            if owner.dep_ == "relcl" and (stranded := _stranded(owner)) is not None and stranded.lower_ == place:
                return expand(owner.head)  # "a deal China had lobbied against": the object its preposition left
            if place == "dobj" and owner is trigger and (misread := _object_read_as_complement(owner)) is not None:
                return expand(misread)  # "called Pezeshkian to congratulate him"
            if place == "dobj" and (named := _what_is_called(owner)):
                return named  # "denounced what it called interference by Argentina"
            if place == "dobj" and owner is trigger and (done := appositive_participle(owner)) is not None:
                return expand(done)  # "Nauseda, visiting Kyiv, said …"
            if place == "dobj" and owner is trigger and (guest := _visiting_guest(owner)) is not None:
                return expand(guest)  # "met visiting Kazakh President Tokayev", "visiting" read as a verb
            if place == "dobj" and owner is trigger and (shifted := _shifted_object(owner)) is not None:
                return expand(shifted)  # "rejected as absurd the allegation by Trudeau"
            if place == "dobj" and (participle := object_participle(owner)) is not None:
                return expand(next(c for c in participle.children if c.dep_ in ("dobj", "npadvmod")))
            tails = _list_tails(owner)
            for child in [*after, *(g for d in nested for g in d.children)]:
                if place == "dobj" and child.dep_ in ("dobj",) and child not in tails:
                    return expand(child)
                if place == "dobj" and child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.head == owner \
                        and child.i > owner.i and not is_time(child) and child not in tails \
                        and not any(c.dep_ == "dobj" for c in owner.children):
                    return expand(child)  # "met Prime Minister Abiy Ahmed", parsed as a modifier of the verb
                if place == "dobj" and child.dep_ == "oprd" and child.ent_type_ == "PERSON" and child.head == owner \
                        and not any(c.dep_ in ("dobj", "oprd") and c != child for c in owner.children):
                    return expand(child)  # "called Czech Prime Minister Petr Fiala", parsed as what one was called
                    #                        (not "called Bush 'the devil'": one is what the other is called)
                if place == "dobj" and child.dep_ == "nsubjpass":
                    return expand(child)
                if place == "dative" and child.dep_ == "nsubjpass" and any(c.dep_ == "dobj" for c in owner.children):
                    return expand(child)  # "Glas was granted asylum by Mexico": the passive of "granted Glas asylum"
                if (place == "dative" or place == "to" and owner is also) and child.dep_ == "dative" \
                        and child.pos_ in ("PROPN", "NOUN"):
                    return expand(child)  # "gave Ukraine more tanks" (or a noun's "to" said by its light verb's
                    #                        dative: "handed the envoy a protest note")
                if " " in place and child.dep_ == "prep" and (target := _phrase_object(child, place.split())):
                    return expand(target)  # "protested in front of the embassy", "voted in favour of the plan"
                if child.dep_ in ("prep", "dative", "prt", "agent") and child.lower_ == place:
                    pobj = next((g for g in child.children if g.dep_ in ("pobj", "dobj", "pcomp")
                                 and not is_time(g)), None) or next(iter(joined_objects(child)), None)
                    #         (not "on Sunday"; "flights to and from Mali")
                    if pobj is not None and pobj.dep_ == "pcomp" and pobj.tag_ == "VBG":
                        # "committed to advancing the economic corridor": what the gerund acts on
                        pobj = next((g for g in pobj.children if g.dep_ == "dobj"), pobj)
                    if pobj is not None:  # "with Tshisekedi and with Kagame": coordinated prepositions too
                        pobj = misplaced_object(pobj)
                        more = [g for h in _up_to(child, owner) for c in h.children if c.dep_ == "conj"
                                and c.lower_ == place for g in c.children if g.dep_ == "pobj"]
                        more += [g for c in _joined_siblings(child) for g in c.children if g.dep_ == "pobj"]
                        more += [g for c in _then_phrases(owner) if c.lower_ == place
                                 for g in c.children if g.dep_ == "pobj"]
                        more += [g for g in tails if g.i > pobj.i]
                        # ("cut ties with the West African bloc ECOWAS", the name read as a second object)
                        more += [g for g in child.children if g.dep_ == "pobj" and g.i == pobj.right_edge.i + 1]
                        return sorted({t.i: t for p in (pobj, *more) for t in expand(p)}.values(), key=lambda t: t.i)
    return []


def bare_state_act(verb) -> bool:
    """Whether ``verb`` is a state's act (STATE_ACTS) told by a passive participle that names no doer and describes
    the one it was done to: "demanded the release of a journalist [jailed] in Minsk"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in lexicon().synsets["STATE_ACTS"] \
        and verb.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("dobj", "agent") for c in verb.children)


def appositive_participle(verb):
    """What a participle set off by commas after a name acts on, when the parser reads the participle as its
    adjective and the two as the name's appositive ("Nauseda, [visiting] Kyiv, said …"), else None."""
    head = verb.head
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and head.dep_ == "appos" and verb.i < head.i \
            and verb.doc[verb.left_edge.i - 1].text == ",":
        return head
    return None


def _list_tails(verb) -> list:
    """Names the parser hangs on the verb, after a comma that follows a preposition's object: the end of that
    object's list ("met with President X, President Y and Prime Minister Z")."""
    objects = [g for c in verb.children if c.dep_ == "prep" and c.i > verb.i for g in c.children if g.dep_ == "pobj"]
    return [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.pos_ == "PROPN" and not is_time(c)
            and any(o.i < c.i and "," in c.doc[o.i:c.i].text for o in objects)]


def misplaced_object(pobj):
    """The object a preposition should have had, when the parser hung it elsewhere: "held talks with visiting
    Prime Minister X" (the guest, object of "visiting"), "paid a courtesy call on Lao President X" (the name
    after a demonym it took for the object; "by Riga Mayor Martins Stakis", the name hung on the verb)."""
    if pobj.dep_ == "pcomp" and pobj.lower_ == "visiting":
        return next((c for c in pobj.children if c.dep_ == "dobj"), pobj)
    if pobj.dep_ == "pcomp" and (pobj.lemma_.lower() in lexicon().speech or pobj.lemma_.lower() in NAMING):
        # "fired missiles at what it said were Israeli spy headquarters", "at what it called militant bases": what
        # the free relative names
        said = next((c for c in pobj.children if c.dep_ == "ccomp" and any(s.lower_ == "what" for s in c.children)),
                    None)
        named = next((c for c in (said or pobj).children if c.dep_ == ("attr" if said is not None else "oprd")), None)
        if named is not None:
            return named
    doc = pobj.doc
    if pobj.pos_ in ("PROPN", "ADJ") and not any(c.i > pobj.i for c in pobj.children) and pobj.i + 1 < len(doc) \
            and (name := doc[pobj.i + 1]).dep_ == "compound" and name.pos_ in ("PROPN", "VERB"):
        while name.dep_ == "compound" and name.head != name:
            name = name.head
        if name.pos_ == "PROPN" and name.dep_ in ("dobj", "appos", "npadvmod"):
            return name
    return pobj


def _shifted_object(verb):
    """The object put after the verb's "as" verdict, which the parser reads as that verdict's noun: "rejected as
    'absurd' the allegation by …" (a noun after its article, with the verdict's adjective before it)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep, noun in ((c, p) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                       if p.dep_ == "pobj"):
        article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("the", "a", "an")), None)
        if article is not None and any(t.pos_ == "ADJ" for t in verb.doc[prep.i + 1:article.i]):
            return noun
        # (or a bare plural after the verdict: "dismissed as 'absurd' claims by Kyiv"; not of a passive, whose
        # "as" is its subject's: "were dismissed as baseless claims")
        verdict = [t for t in verb.doc[prep.i + 1:noun.i] if not t.is_punct]
        if article is None and noun.tag_ == "NNS" and len(verdict) == 1 and verdict[0].pos_ == "ADJ" \
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return noun
    return None


def _joined_siblings(prep) -> list:
    """The same preposition repeated on the same head after an "and" ("flew to Ceuta and then to Melilla")."""
    head = prep.head
    joins = [c.i for c in head.children if c.dep_ == "cc" and c.i > prep.i]
    return [c for c in head.children if c.dep_ in ("prep", "conj") and c.lower_ == prep.lower_ and c.i > prep.i
            and any(prep.i < j < c.i for j in joins)]


def _done_to(verb, prep):
    """Whom a verb acts on, as the one its phrase ``prep`` ("for …") gives a reason about: its object, the
    subject of its passive, or whom its "against", "at" or "on" names before "for" ("vowed to retaliate
    against Finland for joining NATO", "lashed out at Kenya for hosting …")."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None) \
        or next((c for c in verb.children if c.dep_ == "nsubjpass"), None) \
        or next((g for c in verb.children if prep.lower_ == "for" and c.dep_ == "prep" and c.i < prep.i
                 and c.lower_ in ("against", "at", "on") for g in c.children if g.dep_ == "pobj"), None) \
        or (verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
            else None)  # ("three firms [accused] of supplying drones": the firms)


def stray_by(noun) -> list:
    """The "by" phrase the parser hangs on an active verb after its object, which is the object's doer:
    "denounced the detention of two gendarmes [by Burkina Faso]" (not after another phrase of the verb's: "launched
    an inquiry into the spying on its phones by Morocco")."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
            and not any(noun.i < o.i < c.i and o.dep_ != "punct" for o in verb.children)]


def target_by(noun) -> list:
    """The "by" phrase the parser hangs on what an act noun is done to, which is the act's doer: "the attack on
    its embassy [by NATO forces]", "the detention of two journalists [by Iran]"."""
    return [b for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon", "of")
            for p in c.children if p.dep_ == "pobj" for b in p.children if b.dep_ == "prep" and b.lower_ == "by"]


def joined_objects(prep) -> list:
    """The objects of a preposition joined to ``prep``, which has none of its own: "flights [to] and from Mali"."""
    return [g for c in prep.children if c.dep_ == "conj" for g in c.children if g.dep_ == "pobj"]


def blamed_on(noun) -> list:
    """Whom a relative clause blames the act ``noun`` names on: "the attack, which Kuwait blamed on [an Iraqi
    militia]" (the parser may hang the clause on what the act was done to: "the attack on a refinery, which Kuwait
    blamed on …")."""
    # (or on a place in that: "the shelling of a hospital in Kherson, which Ukraine blamed on …")
    hosts = [noun, *(g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
    hosts += [g for h in hosts[1:] for p in h.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return [p for h in hosts for clause in h.children
            if clause.dep_ == "relcl" and clause.lemma_.lower() == "blame"
            and any(o.dep_ == "dobj" and o.tag_ in ("WDT", "WP") for o in clause.children)
            for c in clause.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]


_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def compass_of(noun) -> list:
    """The "of" phrase of a point of the compass that says where ``noun`` lies: "waters [east of Taiwan]",
    "a village north of Kharkiv" (which the parser may hang on the verb right after its object, or the object of
    the verb's phrase)."""
    points = [c for c in noun.children if c.dep_ in ("advmod", "amod", "npadvmod")]
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        points += [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i == noun.right_edge.i + 1]
    return [g for c in points if c.lower_ in _COMPASS for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]


def joined_owners(owner) -> list:
    """The owners joined to ``owner`` by "and", each with its own "'s", which the parser hangs on the first or side
    by side on the noun they own: "[Romania]'s" after "Bulgaria's and" in "Bulgaria's and Romania's bid"."""
    if owner.dep_ != "poss" or not any(c.dep_ == "cc" for c in owner.children):
        return []
    return [*owner.conjuncts, *(c for c in owner.head.children if c.dep_ == "poss" and c.i > owner.i)]


def stray_from(noun) -> list:
    """The "from" phrase the parser hangs on a verb right after a noun of its object's phrase or of its own, which
    says where that noun comes from: "imposed duties on palm oil [from Malaysia]", "banned imports of beef [from
    Brazil]"."""
    held = noun.head.head if noun.dep_ == "pobj" else None  # (the phrase of the object, or of the verb itself:
    verb = held.head if held is not None and held.dep_ == "dobj" else held  # "imposed duties [on rice] from …")
    if verb is None or verb.pos_ not in ("VERB", "AUX") or noun.right_edge.i != noun.i:
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == noun.i + 1]


def stands_for(word, verb):
    """The noun a relative pronoun object of ``verb`` stands for ("the bloc, which Niger left": the bloc), else
    ``word`` itself."""
    return verb.head if word.tag_ == "WDT" and verb.dep_ == "relcl" else word


def stray_in(noun) -> list:
    """The "in" phrase right after a verb's object that the parser hangs on the verb, which says where the
    object is: "would not recognise the government [in Kabul]"."""
    if noun.dep_ != "dobj":
        return []
    return [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == noun.right_edge.i + 1]


def _object_gap(clause) -> bool:
    """Whether a relative clause lacks its object, which the noun it describes then is: it has a subject of its
    own and no object ("a view [Mitsotakis rejected]", not "the leaders who met" or "the plan that Chile rejected")."""
    deps = {c.dep_: c for c in clause.children}
    subject = deps.get("nsubj")
    return subject is not None and subject.tag_ not in ("WDT", "WP") \
        and not {"dobj", "nsubjpass", "ccomp"} & deps.keys() and _stranded(clause) is None


def _stranded(clause):
    """The preposition a relative clause ends with, whose object the noun it describes is ("a deal China had
    lobbied [against]"), or None."""
    return next((c for c in clause.children if c.dep_ == "prep" and c.i == clause.right_edge.i), None)


def names_what(verb) -> bool:
    """Whether a verb of naming heads a free relative: "what it [called] a smear campaign"."""
    return verb.lemma_ in NAMING and any(o.dep_ == "dobj" and o.tag_ == "WP" for o in verb.children)


def _what_is_called(verb) -> list:
    """What a free relative names as the object: "rejected what it called a smear campaign by Croatia" is
    Croatia's campaign, "foreign diktats from the IMF" the IMF's (the parser may hang the "by" or "from" phrase on
    the verb of naming)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and names_what(c)), None)
    said = next((g for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in lexicon().speech
                 for g in c.children if g.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.tag_ == "WP"
                                                                  for s in g.children)), None)
    if clause is None and said is None:
        return []
    if clause is None:  # "bombed what they said was a rebel camp in Venezuela": what the copula says it was
        clause = said
        named = [c for c in said.children if c.dep_ == "attr"]
    else:
        named = [g for c in clause.children if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
                 for g in ([c] if c.dep_ == "oprd" else c.children) if g.dep_ in ("oprd", "pobj")]
    doers = [g for c in clause.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
             for g in c.children if g.dep_ == "pobj"]
    found = (doers or named)[:1]  # (only what names someone: not "what it called baseless accusations")
    return expand(found[0]) if found and any(t.ent_type_ or t.pos_ == "PROPN" for t in found[0].subtree) else []


_REQUESTS = frozenset({"request", "invitation", "behest"})


def requesters(verb) -> list:
    """Who asked for what a verb does: "sent 2,000 soldiers at Tokayev's request", "at the invitation of
    Mozambique" (troops sent on request come to help)."""
    # (the parser may hang the request on what was sent: "2,000 soldiers, most of them paratroopers, at …")
    sent = [o for o in verb.children if o.dep_ in ("dobj", "npadvmod")]
    holders = [verb, *sent, *(a for o in sent for a in o.children if a.dep_ == "appos")]
    asks = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "upon", "on")
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _REQUESTS]
    return [t for a in asks for c in a.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
            for t in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])]


def _served(clause) -> list:
    """Whom a purpose clause serves: its object, or the subject of what it helps with ("to help Somalia fight
    al-Shabaab"), not whom that one acts on nor what a verb coordinated with the clause acts on ("… and urged
    Ethiopia to do the same")."""
    aside = {t.i for c in clause.children if c.dep_ == "conj" for t in c.subtree}
    # (or what it helps to mend or guard: "to help rebuild [Iraq]", not "to help fight [the Taliban]")
    mending = {c.i for c in clause.children if c.dep_ == "xcomp" and c.lemma_.lower() in _MENDING}
    served = [t for t in clause.subtree if t.i not in aside and (t.dep_ == "nsubj" or (
        t.head == clause or t.head.i in mending) and (
        t.dep_ == "dobj" or t.dep_ == "ccomp" and t.pos_ in ("NOUN", "PROPN")))]  # ("help [Mozambique]" misread)
    if served or not any(t.lower_ == "there" and t.dep_ == "advmod" for t in clause.subtree):
        return served
    # (or the place "there" names, the last one told before the clause: "arrived in Mozambique, a year after his
    # country sent troops to help fight an insurgency [there]")
    return [t for t in reversed(clause.doc[clause.sent.start:clause.left_edge.i])
            if t.ent_type_ in ("GPE", "LOC") and t.dep_ in ("pobj", "poss", "dobj")][:1]


def helping(verb, purpose: str = "help"):
    """The clause that says whom an act is meant to help ("sent troops [to help] Mozambique fight …"), or None
    (or what it helps to mend, when the parser reads "help" as an auxiliary: "to help [stabilise] Haiti")."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and (
        c.lemma_ in _PURPOSES[purpose] and to_infinitive(c) or purpose == "help" and c.lemma_.lower() in _MENDING
        and any(a.dep_ == "aux" and a.lemma_ == "help" and to_infinitive(a) for a in c.children))), None)


_HOME_DEPS = frozenset({"dobj", "npadvmod", "pobj"})
LINKING = frozenset({"link", "connect", "join"})  # verbs of what runs between places (a road, a bridge, a route)


_ADVERB_PARTICLES = frozenset({"over", "up", "down", "off", "out", "back", "away"})


def particle_first(trigger, word: str) -> bool:
    """Whether an adverb particle ("over", "up", "off" …) of a phrasal verb is the verb's own: a particle, or a
    preposition with no other phrase between the verb and it ("took over the city", not "took Venezuela to the
    court over the region"); any other word is the verb's as it comes."""
    if word not in _ADVERB_PARTICLES:
        return True
    between = [p.i for p in trigger.children if p.i > trigger.i and p.dep_ in ("prep", "dobj", "dative")
               and not (p.dep_ == "prep" and any(is_time(g) for g in p.children))]  # (not "on Monday")
    return any(c.lower_ == word and (c.dep_ == "prt" or c.dep_ == "prep" and not any(i < c.i for i in between))
               for c in trigger.children)


def _manner_adjectives(verb) -> list:
    """Adjectives after a verb that tell how one does it, the verb's particle hung on them: "stood [firm] against"."""
    return [c for c in verb.children if c.dep_ in ("advcl", "acomp", "advmod") and c.tag_ == "JJ" and c.i == verb.i + 1
            and any(g.dep_ == "prep" for g in c.children)]


def has_particle(trigger, particle: str) -> bool:
    """Whether "call" comes with "on" (urges) or "for" (supports)."""
    if not particle:
        return True
    if any(c.dep_ == "oprd" for c in trigger.children):
        return False  # "calling it divisive for the EU" names, it does not call for
    needed = particle.split()  # "lash out at": both "out" and "at"
    words = {c.lower_ for c in trigger.children  # ("said [no] to", the parser's interjection)
             if c.dep_ in ("prep", "prt", "dative", "advmod", "acomp", "agent", "intj")
             and c.i > trigger.i  # ("On Cyprus, he repeated his call for …" calls on no one; "spoke [by] phone")
             and not (c.dep_ == "prep" and any(is_time(g) for g in c.children))}  # ("called Xi on Monday")
    words |= {m.lower_ for c in _for_clauses(trigger) for m in c.children if m.dep_ == "mark"}  # "called for X to …"
    # ("struck back at India": the preposition the parser hangs on the particle, or on an adjective of manner:
    # "stood firm against")
    words |= {g.lower_ for c in trigger.children if c.dep_ in ("prt", "advmod") and c.i > trigger.i
              for g in c.children if g.dep_ == "prep"}
    words |= {g.lower_ for c in _manner_adjectives(trigger) for g in c.children if g.dep_ == "prep"}
    if "home" in needed:  # ("ordered ambassador X home": the parser may read "home" as the object's noun)
        words |= {t.lower_ for t in trigger.subtree if t.lower_ == "home" and t.i > trigger.i and t.dep_ in _HOME_DEPS}
    if all(word in words for word in needed):
        return True
    words |= {c.lower_ for p in _medium_phrases(trigger) for c in p.children if c.dep_ == "prep"}  # "by phone with"
    return all(word in words for word in needed)


# Predicates of acts done in words: a participle of one of them after a saying is the sayer's.
_IN_WORDS = frozenset({"criticizes", "urges", "demands", "praises", "opposes", "supports", "threatens",
                       "congratulates"})


def _verbal(verb) -> bool:
    """Whether a verb tells an act done in words: saying, naming, accusing, urging, praising …"""
    lemma = verb.lemma_.lower()
    return lemma in NAMING or lemma in lexicon().speech or any(
        e.predicate in _IN_WORDS and has_particle(verb, e.particle)
        for e in lexicon().triggers.get((lemma, "VERB"), ()))


def hyphened(token) -> list:
    """The words the parser hangs on ``token`` that a hyphen joins to it right before it: "China" of "China-Russia",
    "Franco" of "Franco-German", "British" of "British-Iranian" (or to the words of its name before it: "US" of
    "US-South Korean")."""
    return [c for c in token.children if c.dep_ in ("compound", "amod", "npadvmod") and c.i + 2 <= token.i
            and c.nbor(1).tag_ == "HYPH" and all(t.head == token and t.dep_ in ("amod", "compound")
                                                 for t in token.doc[c.i + 2:token.i])]
    # (read as an adverb of the adjective: "[US]-Israeli air strikes")


def aside(clause) -> bool:
    """Whether a clause of a noun is set off by a comma: "the deal, brokered by China,", "the memorandum, which
    would give Ethiopia access …," (it describes what was named, it does not pick it out)."""
    return clause.dep_ in ("acl", "relcl") and clause.left_edge.i > 0 \
        and clause.doc[clause.left_edge.i - 1].text == ","


def trailing_participle(verb) -> bool:
    """Whether the verb is a participle set off by a comma after its clause ("…, accusing Minsk of …",
    "…, injuring a sailor"): it tells of the clause's act and its subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def to_infinitive(verb) -> bool:
    """Whether a verb is a to-infinitive ("[to] agree", "[to] leave")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _infinitive_after_for(noun):
    """The subjectless infinitive right after "for" and a noun, which the parser hangs on the verb: "called for
    [the ban on Somali flights] [to be lifted]" (the noun is what the infinitive acts on or with), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    return next((c for c in noun.head.head.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)
                 and c.left_edge.i == noun.right_edge.i + 1
                 and not any(s.dep_.startswith("nsubj") for s in c.children)), None)


def _for_clauses(verb) -> list:
    """Clauses of the verb's "for X to …" ("called for Venezuela to publish the records")."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and to_infinitive(c)]


def points_back(words) -> bool:
    """Whether a determiner among ``words`` (a noun's dependents) points back to something told: "the", "this",
    "that" ("the launch", "this invasion"; not "a launch")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in words)


def is_reciprocal(tokens: list) -> bool:
    """The object is "each other" / "one another", or "the other" of a subject that is "each" ("each side
    accused the other", "Chad and Sudan each blamed the other")."""
    # (or owns the object: "expelled each other's diplomats", "… each other's top diplomats")
    tokens = [*tokens, *(c for t in tokens for c in t.children if c.dep_ == "poss")]
    return any(t.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in t.children)
               or t.lower_ in ("each", "one") and t.i + 1 < len(t.doc) and t.nbor(1).lower_ in ("other", "another")
               or t.lower_ == "other" and any(c.lower_ == "the" for c in t.children) and _each_acts(t.head)
               for t in tokens)


def _each_acts(verb) -> bool:
    """ "each side accused …", "Chad and Sudan each blamed …": the verb's subject is taken one by one."""
    return any(w.lower_ == "each" and w.dep_ in ("det", "appos", "nsubj", "advmod")
               for s in subjects(verb) for w in s.subtree)


def _negates(token, *, by_meaning: bool = True) -> bool:
    negators = lexicon().negators
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or c.dep_ == "preconj" and c.lower_ == "neither"
           and token.pos_ in ("VERB", "AUX") or c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in _NO_ONE or any(g.dep_ in ("preconj", "det") and g.lower_ in ("neither", "no")
                                       for g in c.children)) or c.dep_ == "dobj" and token.pos_ == "VERB" and any(
            g.dep_ == "det" and g.lower_ == "no" for g in c.children) or c.dep_ == "advmod" and c.lower_ in (
            "longer", "more") and any(g.dep_ == "neg" and g.lower_ == "no" for g in c.children)
           for c in token.children):
        return True  # ("neither Israel nor Hamas has accepted", "no country recognised", "none of them attended",
        #              "signed no agreement", "sent no troops", "would no longer recognise")
    if not by_meaning:  # a trigger's own meaning ("rejected", "suspended") is its act, not its negation
        return False
    lemma = token.lemma_.lower()
    kept = lexicon().negator_exceptions.get(lemma, frozenset())
    if lemma in negators and not any(c.dep_ == "dobj" and c.lemma_.lower() in kept for c in token.children):
        return True  # (but "cut a deal" strikes one)
    if token.pos_ == "NOUN" and (stem := token.lower_.removesuffix("ing")) != token.lower_ \
            and {stem, stem + "e"} & negators:  # "the lifting of sanctions", "the easing of curbs"
        return True
    return any(f"{lemma} {c.lower_}" in negators or c.dep_ == "prep" and lemma in _phrase_negators() and any(
        f"{lemma} {c.lower_} {g.lower_}" in negators for g in c.children) for c in token.children)


_NO_ONE = frozenset({"neither", "none", "nobody", "nothing"})  # subjects that deny their verb (_negates)

# Paths along which a negation above reaches an act: "failed to [persuade]", "abstained from the vote
# [condemning]", "the [meeting] was cancelled".
_CEASING = {"stop", "cease", "halt", "abandon"}
_PERMITTING = frozenset({"allow", "permit", "let"})
_REASONS = frozenset({"over", "amid", "after", "following", "despite", "against"})
_NEGATION_PATH = {"xcomp", "pcomp", "pobj", "prep", "dobj", "advmod", "acomp", "aux", "acl", "nsubjpass", "compound"}
_OCCURRING = frozenset({"take", "happen", "occur", "materialize", "materialise", "proceed", "go"})  # (is_negated)
_ENDING = frozenset({"end", "conclude", "finish"})  # verbs that close an occasion that took place
_VISITS = frozenset({"visit", "trip", "tour", "stay"})


def _set_off(token) -> bool:
    """Whether a phrase opens its sentence or follows a comma ("On his visit to Lima, …", "X, on a trip to Y,")."""
    return token.i == token.sent.start or token.doc[token.i - 1].text == ","


def occasion(token) -> bool:
    """Whether a word names a meeting or a visit, which ends when it is over ("ended a round of talks")."""
    return bool({token.lemma_.lower(), token.lower_} & (lexicon().synsets["MEETINGS"] | _VISITS))


# Plans and threats that can be called off, and the verbs that call them off: "called off plans to tax Mexican
# imports", "dropped its threat to impose tariffs".
_PLANS = frozenset({"plan", "threat", "proposal", "decision", "intention", "move", "order"})
_CALLING_OFF = frozenset({"drop", "scrap", "shelve", "abandon", "cancel", "rescind", "revoke", "withdraw", "suspend",
                          "lift"})
# Stances that can be dropped the same way: "dropped its objection to Finland's bid", "lifted its veto".
_OBJECTIONS = frozenset({"objection", "opposition", "veto", "reservation", "reservations"})


def called_off(trigger):
    """The verb that calls off the plan or threat ``trigger``'s act was the content of, the objection
    ``trigger`` is ("dropped its objection to Finland's bid") or the act itself ("revoked the expulsion of the
    Montenegrin ambassador"), or None."""
    if trigger.lemma_.lower() in _OBJECTIONS and trigger.dep_ == "dobj":
        return calls_off(trigger.head)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and (undone := calls_off(trigger.head)) is not None:
        return undone
    token = trigger
    for _ in range(5):
        if token.dep_ not in ("xcomp", "acl", "dobj", "pobj", "prep", "aux") or token.head == token:
            return None
        token = token.head
        if token.lemma_.lower() in _PLANS and token.dep_ == "dobj":
            return calls_off(token.head)
    return None


def calls_off(verb):
    """``verb`` when it calls off its object ("dropped", "called off"), else None."""
    calling_off = verb.lemma_.lower() in _CALLING_OFF or verb.lemma_.lower() == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return verb if calling_off and not _negates(verb, by_meaning=False) else None


@per_doc
def presupposed(noun) -> bool:
    """Whether an act named with its doer is what a judgement is passed on, so that it happened whether the
    judgement is passed or not: "did not condemn Russia's invasion", "refused to condemn Russia's invasion" (but a
    veto is no judgement: "vetoed the EU's aid package")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or not any(c.dep_ == "poss" for c in noun.children):
        return False
    return any(e.predicate in ("criticizes", "praises") or e.cameo.startswith("11")
               for e in lexicon().triggers.get((noun.head.lemma_.lower(), "VERB"), ()))


# "far from …", "instead of …", "rather than …": an act named as the one not done
_PASSING_OVER = frozenset({("far", "from"), ("instead", "of"), ("rather", "than")})


_BEGINNING = frozenset({"begin", "start", "open", "commence"})  # (is_negated: "collapsed before they began")


def _passed_over(verb) -> bool:
    """Whether a gerund (or a verb after "rather than") names the act not done, in place of the one done: "Far from
    criticising Beijing, Serbia praised …", "called for dialogue instead of condemning Russia", "Rather than
    condemning Russia, …"."""
    prep = verb.head
    if verb.dep_ == "conj" and verb.i > 0 and (than := verb.doc[verb.i - 1]).lower_ == "than" \
            and than.dep_ == "cc" and any(c.lower_ == "rather" for c in than.children):
        return True  # "abstained rather than vote against Russia"
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and any(
        (c.lower_, prep.lower_) in _PASSING_OVER for c in (prep.head, *prep.children) if c.dep_ == "advmod")


def is_negated(trigger, *, ceasing_counts: bool = True) -> bool:
    """Not done: "has not provided support", "failed to persuade", "stopped short of condemning".

    With ``ceasing_counts=False`` a call to stop ("should stop smearing China") does not negate:
    it still says the act is going on.
    """
    if presupposed(trigger):
        return False
    if _passed_over(trigger):
        return True
    if trigger.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "advcl" and c.lemma_.lower() in _BEGINNING and any(
                m.dep_ == "mark" and m.lower_ == "before" for m in c.children) for c in trigger.head.children):
        return True  # "talks … collapsed before they began": they were never held
    if trigger.dep_ == "dobj" and trigger.lemma_.lower() in lexicon().synsets["REMARKS"] \
            and trigger.head.lemma_.lower() in _REJECTING:
        return _negates(trigger, by_meaning=False)  # "denied Burundi's accusations": what they say is denied, not
        #                                             that they were made
    token = trigger
    for _ in range(6):
        if token != trigger and _held_out(token):
            return False  # "would not hesitate to use force", "did not rule out strikes": an act held out
        if _negates(token, by_meaning=token != trigger) and (ceasing_counts or token.lemma_.lower() not in _CEASING) \
                and not (token.lemma_.lower() in _ENDING and occasion(trigger)):
            return True  # (but "ended two days of talks", "ended his visit to Pyongyang": over, not undone)
        if (clause := _infinitive_after_for(token)) is not None and _negates(clause):
            return True  # "called for the [ban] on Somali flights to be lifted"
        purpose = token.dep_ == "advcl" and to_infinitive(token)
        # ("has not allowed Marsudi to meet Suu Kyi": what is permitted is the permission's object)
        permitted = token.dep_ == "ccomp" and token.head.lemma_.lower() in _PERMITTING
        # ("did not shake hands or exchange pleasantries": an alternative shares the negation of the first)
        alternative = token.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor")
                                                   for c in token.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
        # ("the [meeting] never took place": an occasion whose taking place is denied)
        occurring = token.dep_ == "nsubj" and (token.head.lemma_.lower() in _OCCURRING or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _OCCURRING for c in token.head.children))  # ("… has yet to
        #                                                                                     materialise")
        if token.dep_ not in _NEGATION_PATH and not purpose and not permitted and not alternative \
                and not occurring and not gerund_object(token) or token.head == token:
            return False  # ("was not asked to send warships [to counter] …": a purpose shares the negation)
        if token != trigger and token.dep_ == "pobj" and token.head.lower_ == "in" \
                and (token.lemma_.lower() in _RESPONSES or token.lemma_.lower() == "protest"):
            return False  # "suspended talks in protest at joint [drills]", "in response to …": what a stop answers
            #               is not stopped
        if token.dep_ == "prep" and token.lower_ in _REASONS:
            return False  # "froze its participation over Moscow's [failure]", "ruled out retaliating against U.S.
            #              [tariffs]": the reason, or what is answered, is not undone
        if token.dep_ == "prep" and token.lower_ in _SETTING and (token.i < token.head.i or token.lower_ == "during"):
            return False  # ("In a [rebuke] to Moscow, Kazakhstan refused …": the setting set before the clause;
            #               "did not arrest Putin during his [visit]": the time it did not happen in)
        token = token.head
    return False


def gerund_object(token) -> bool:
    """Whether a gerund the parser hung on a verb as an adverbial clause is its object, set right after the verb
    or its particle with no comma or conjunction between ("ruled out [recognising] Kosovo")."""
    head = token.head
    return token.dep_ == "advcl" and token.tag_ == "VBG" and head.i < token.i <= head.i + 2 \
        and all(t.dep_ == "prt" and t.head == head for t in token.doc[head.i + 1:token.i]) \
        and not any(c.dep_ in ("mark", "nsubj") for c in token.children)


_CONDITIONS = frozenset({"if", "unless", "provided", "once"})
# Verbs that name something in the speaker's words: "what it called Rwanda's support for M23" is alleged.
NAMING = frozenset({"call", "describe", "term", "label", "brand", "dub", "regard", "view", "deem", "characterize",
                    "characterise"})
# Dependencies along which a word above an act gives its mode ("hopes for a [meeting]", "a request to [arrest]").
_MODAL_PATH = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "acl", "oprd", "amod"})
# Particles whose own preposition names the target: "pulled out of", "moved away from", "pulled back from".
_PARTICLES = frozenset({"out", "away", "back", "off", "close", "closer", "nearer"})  # ("moved troops closer to …")
_TOPICS = frozenset({"on", "over", "about"})  # prepositions of what talks or a deal are about
BEING = frozenset({"be", "remain", "stand"})  # verbs of being for or against something: "is against", "stands"
FAVOUR = frozenset({"favour", "favor"})  # "is in favour of"
# States forces are put "on": "put its army on high alert over Kosovo" (the target may hang on them).
_READINESS = frozenset({"alert", "standby", "readiness", "footing"})
_TEMPORAL = frozenset({"when", "after", "before", "until", "once", "while"})
# A time clause in the present tense after these tells what is still to come: the mode it has then.
_STILL_TO_COME = {"until": "conditional", "before": "expected"}
_WHEN = frozenset({"after", "before", "since", "until", "upon", "while"})  # prepositions of a gerund's time
# Prepositions that set a verb's act in a place or an occasion, not in its content.
_SETTING = frozenset({"at", "during", "in", "after", "following", "amid"})
_OCCASIONS = frozenset({"at", "during", "in"})  # settings of a visit or meeting as done as the act set in it
_TO_COME = frozenset({"intended", "expected"})  # modes of acts still to come
# Prepositions naming the target of an act announced by another verb ("threatened to retaliate against").
ACT_TARGETS = ("against", "on", "at", "to", "with", "from")
_AIMING = frozenset({"target", "hit"})  # verbs whose object an act noun is aimed at ("the sanctions target …")
# Verbs after "help" whose object is the one helped: "to help rebuild Iraq", "to help defend Ukraine".
_MENDING = frozenset({"rebuild", "reconstruct", "restore", "stabilize", "stabilise", "defend", "protect", "feed",
                      "secure", "repair"})
# Verbs of a purpose clause that name a target: "help" (whom it helps: "sent troops to help …"), "allow"
# (whom it lets in or through: "reopened the crossing to allow UN trucks in").
_PURPOSES = {"help": frozenset({"help", "assist", "aid", "support"}),
             "allow": frozenset({"allow", "let", "permit", "enable"}),
             "protest": frozenset({"protest", "demonstrate"})}


_REFUSALS = frozenset({"refuse", "decline"})
# Acceptance an actor says it will never give is refused now: "Serbia will never recognise Kosovo",
# "Mexico will not accept any interference by the United States", "will not negotiate with Hamas".
_ACCEPTANCE = frozenset({"accept", "recognize", "recognise", "tolerate", "condone", "endorse", "approve", "support",
                         "back", "negotiate"})
_BACKING = frozenset({"support", "back"})  # acceptance that is also an act, which "has never" denies was done
_ACCEPTANCE_TO = frozenset({"agree", "consent"})  # acceptance with "to": "will never agree to an Armenian proposal"
_FUTURE = frozenset({"will", "would", "shall", "'ll"})
_ABLE = frozenset({"do", "can", "could"})  # acceptance denied now: "does not", "cannot", "could not accept"
_RESPONSES = frozenset({"response", "retaliation", "reply", "answer", "reaction", "revenge", "reprisal", "reprisals",
                        "countermeasure", "countermeasures"})  # nouns of answering an act (modality_of)
_SELF = frozenset({"it", "they", "we"})  # who says what it will do: "warned it would strike …"
_SCHEDULED = frozenset({"plan", "expect", "schedule", "slate", "set", "propose", "envisage", "arrange", "prepare",
                        "organise", "organize"})  # "talks are planned", "the visit was being arranged"
# Stances taken on what another would do: "opposed Sweden joining NATO" says nothing of its joining.
_STANCES_ON_ACTS = frozenset({"oppose", "object", "support", "back", "endorse", "favour", "favor", "resist",
                              "veto", "reject", "block", "objection", "opposition", "resistance", "backing",
                              "approval", "consent", "stand", "campaign"})
# Verbs of warning: what one warns against one takes a stand against (_stance_on); their object a condition they
# set is about ("warned Kyiv it would respond if …", resolve)
WARNING = frozenset({"warn", "threaten", "caution"})
# Those who hold a stance on an act ("a critic of military aid to Ukraine", "an advocate of talks with Hamas").
_STANCE_HOLDERS = frozenset({"critic", "opponent", "supporter", "proponent", "advocate", "champion", "backer",
                             "foe", "sceptic", "skeptic"})
_JOINING = frozenset({"membership", "accession", "admission"})  # nouns of joining a body a stance may be taken on
# Words of asking to join: "applied for membership", "its bid for accession".
_SEEKING = frozenset({"apply", "application", "bid", "seek", "request", "candidacy", "quest"})


# What one is asked or offered to do, and refuses by declining it: "declined an invitation to join BRICS".
_OFFERS = frozenset({"invitation", "offer", "request"})
_DECLINING = _REFUSALS | {"reject", "rebuff", "spurn"}


def _given_time(verb):
    """Whom a verb of giving gives the time to do what its to-infinitive says ("gave Baku 48 hours to expel …",
    "gave the junta a week to restore …", "… a deadline to withdraw"), or None."""
    if not to_infinitive(verb) or verb.dep_ not in ("advcl", "xcomp", "acl"):
        return None
    giver = verb.head.head if verb.dep_ == "acl" else verb.head
    if giver.lemma_.lower() != "give":
        return None
    return next((c for c in giver.children if c.dep_ == "dative"), None)


def refusal_verb(token):
    """The verb refusing ``token``'s act ("refused to [hand over]"), ``token`` itself for acceptance
    denied ("will never [accept]", "does not [recognise]", "has never [recognised]"), or None."""
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _REFUSALS and not _negates(token.head, by_meaning=False):
        return token.head
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.dep_ == "xcomp":  # "refused to hold [talks]"
        return refusal_verb(token.head) if token.head.head.lemma_.lower() in _REFUSALS \
            and not presupposed(token) else None  # (not "refused to condemn Russia's [invasion]")
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.dep_ == "acl":  # "… an invitation to attend [the
        return refusal_verb(token.head)  # summit]"
    offer, declining = token.head, token.head.head
    if token.dep_ == "acl" and to_infinitive(token) and offer.lemma_.lower() == "refusal":
        return offer  # "Belgrade's refusal to recognise Kosovo"
    if token.dep_ == "acl" and to_infinitive(token) and offer.lemma_.lower() in _OFFERS and offer.dep_ == "dobj" \
            and (declining.lemma_.lower() in _DECLINING or declining.lemma_.lower() == "turn"
                 and has_particle(declining, "down")) and not _negates(declining, by_meaning=False):
        return declining  # "declined an invitation to join BRICS", "turned down an offer to mediate": the act refused
    accepting = token.lemma_.lower() in _ACCEPTANCE or token.lemma_.lower() in _ACCEPTANCE_TO and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in token.children)  # (not "did not agree on a date")
    if accepting and token.pos_ == "VERB" and _negates(token, by_meaning=False) \
            and any(c.dep_ == "aux" and (c.lower_ in _FUTURE or c.lemma_ in _ABLE) or c.lower_ == "never"
                    for c in token.children) \
            and not any(c.lower_ == "yet" for c in token.children) and not in_condition(token) \
            and not (token.lemma_.lower() in _BACKING and (token.tag_ == "VBD" or any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in token.children))):
        return token  # ("does not recognise Guyana's claim"; not "has not yet recognised Kosovo"; nor backing
        #               denied as done: "Rwanda has never supported the M23" answers a charge, it refuses nothing)
    if accepting and (gerund_object(token) or token.dep_ in ("xcomp", "pcomp")) and token.head.lemma_ == "rule" \
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.head.children) \
            and not _negates(token.head, by_meaning=False):
        return token.head  # "ruled out recognising Kosovo": acceptance refused now
    return None


def _said_of_self(clause) -> bool:
    """Whether a clause says what its speaker will do: "warned (that) it would strike …"."""
    return clause.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in _SELF for c in clause.children) \
        and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in clause.children)


def intent_verb(token):
    """The verb announcing ``token``'s act ("vowed to [visit]", "threatened to [impose]"; intents.tsv), or None."""
    intents = lexicon().intents
    for _ in range(3):
        # (a to-infinitive read as an adverbial clause after a time phrase: "threatened on Tuesday to expel …")
        misread = token.dep_ == "advcl" and to_infinitive(token) and token.head.lemma_.lower() in intents
        if token.dep_ not in ("xcomp", "conj") and not misread and not _said_of_self(token) or token.head == token:
            return None
        token = token.head
        if token.lemma_.lower() in intents:
            return token
    return None


_KEEPING = frozenset({"keep", "continue", "persist", "maintain"})  # "if Israel [kept] up its bombardment …"


def in_condition(trigger) -> bool:
    """The act is itself the condition: "if Serbia recognises Kosovo, …" (not one going on, whose going on is:
    "if Israel kept up its bombardment of Beirut" tells of a bombardment)."""
    token = trigger
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
            return token.lemma_.lower() not in _KEEPING
        if token.dep_ not in ("conj", "xcomp", "dobj", "pobj", "prep") or token.head == token:
            return False
        token = token.head
    return False


def _conditional(trigger) -> bool:
    """The act depends on a condition: "will visit if the talks succeed" (not a threat or warning that names
    one, which is made all the same: "threatened countermeasures if Manila continued"; nor the occasion a
    conditional pledge was made during: "pledging aid if either is attacked, during Putin's visit")."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "during":
        return False
    token, below = trigger, None
    for _ in range(6):  # (a condition the act is told in is no condition it depends on: "… if Israel kept up
        #                 its bombardment of Beirut", in_condition)
        if any(c.dep_ == "advcl" and c != below and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS
                                                            for m in c.children) for c in token.children):
            lemma = token.lemma_.lower()
            return not (token == trigger and (lemma in lexicon().intents or lemma in lexicon().speech))
        if token.head == token or token.dep_ in ("ccomp", "parataxis") or _reported_before(token):
            return False  # (nor the words a speech verb after them reports: "… if X, the minister warned")
        token, below = token.head, token
    return False


DENIALS = frozenset({"deny", "refute", "dismiss"})
CHARGES = frozenset({"charge", "accusation", "allegation", "claim"})
_HEARSAY = CHARGES | {"report", "rumour", "rumor", "suggestion", "speculation", "story"}  # what is said to have been
UNTRUE = frozenset({"false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "fake", "wrong",
                    "incorrect", "inaccurate", "fabrication", "lie", "nonsense", "absurd", "ridiculous",
                    "preposterous"})  # what hearsay is said to be
_REJECTING = DENIALS | {"reject"}  # verbs that deny what reports of it said ("rejected reports that …")


def _glossed(clause) -> bool:
    """Whether a clause is only commented on by the verb the parser hangs it under: "X accused Y of …,
    charges Y rejected", "X threatened sanctions, a step Beijing warned would hurt ties" (a clause before
    its head, with a noun for the charge or the move between them)."""
    return clause.dep_ in ("ccomp", "parataxis") and clause.i < clause.head.i and any(
        clause.doc[k].lemma_.lower() in _glosses() and clause.doc[k].pos_ in ("NOUN", "VERB")
        for k in range(clause.right_edge.i + 1, clause.head.i + 1))


@cache
def _phrase_negators() -> frozenset[str]:
    """The verbs of negators.tsv rows that name a preposition and its object ("put on hold")."""
    return frozenset(row.split()[0] for row in lexicon().negators if row.count(" ") == 2)


@cache
def _glosses() -> frozenset[str]:
    return CHARGES | lexicon().synsets.get("MOVES", frozenset())


def _denied(trigger) -> bool:
    """The act is reported only to be denied: "Iran denied that it had attacked the tanker"."""
    token = trigger
    for _ in range(6):
        if token.head == token or _glossed(token):
            return False
        if token.dep_ in ("ccomp", "xcomp", "pcomp") and token.head.lemma_.lower() in DENIALS:
            # (not "X accused Y of …, a charge Accra denies": what is denied is named by its own object, or by
            # the charge noun the parser left between the clause and the denial)
            return not any(c.dep_ == "dobj" for c in token.head.children) and not (
                token.i < token.head.i and any(t.lemma_.lower() in CHARGES for t in token.doc[token.i:token.head.i]))
        hearsay = token.head  # (the clause of what it says, however parsed)
        if token.dep_ in ("acl", "ccomp", "relcl") and hearsay.pos_ == "NOUN" and hearsay.lemma_.lower() in _HEARSAY \
                and (hearsay.dep_ == "dobj" and hearsay.head.lemma_.lower() in _REJECTING
                     or hearsay.dep_ == "nsubj" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in UNTRUE
                                                         for c in hearsay.head.children)):
            return True  # "rejected reports that Khartoum had expelled the envoy", "reports that Ankara had sold
            #              drones to Kyiv were false"
        token = coordinated_with(token) if token.dep_ == "conj" else token.head
    return False


def _questioned(trigger) -> bool:
    """The sentence asks whether the act happens ("Will Turkey attack Syria?"), or leaves it open ("did not
    say whether she had met Suu Kyi", "it is unclear if the talks took place")."""
    token = trigger
    for _ in range(3):
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if "whether" in marks or "if" in marks and token.dep_ == "ccomp":
            return True
        if token.dep_ not in ("conj", "xcomp") or token.head == token:
            break
        token = token.head
    root = trigger
    while root.head != root:
        root = root.head
    return root.doc[root.right_edge.i].text == "?"


def _stance_on(verb) -> bool:
    """Whether a gerund says what a stance is taken on: "opposed Sweden joining NATO", "dropped its objection
    to Finland joining NATO" (not the participle of an act of its own: "backed Russia, sending arms")."""
    head = verb.head  # (not a progressive of its own: "said Rwanda was supporting the rebels")
    if verb.tag_ != "VBG" or head.i > verb.i or any(t.is_punct for t in verb.doc[head.i:verb.i]) \
            or any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.dep_ == "pcomp":  # through its preposition: "objected to sending troops", "is against sending",
        # "voiced opposition to sending", "is in favour of sending", "said no to sending" (not "backed
        # Russia in blaming the West": the way it backed it)
        if head.lower_ not in ("to", "against", "of", "for"):
            return False
        holder = head.head
        words = [holder, *holder.children, *(g for c in holder.children if c.dep_ == "prep" for g in c.children)]
        if head.lower_ == "against" and holder.lemma_.lower() in WARNING:
            return True  # "warned against lifting sanctions": a stance against it, no call for it
        return _held_by(head) or any(t.lemma_.lower() in _STANCES_ON_ACTS | FAVOUR or t.dep_ == "intj"
                                     and t.lower_ == "no" for t in words if t not in (head, verb))
    return any(t.lemma_.lower() in _STANCES_ON_ACTS for t in (head, *head.children) if t != verb)


def _topic_gerund(verb) -> bool:
    """Whether a gerund is only what a noun is about: "talks on joining the EU", "a referendum on leaving the
    bloc" (not "his role in brokering the deal": what one had a part in was done)."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in _TOPICS \
        and verb.head.head.pos_ == "NOUN"


def _held_against(verb) -> bool:
    """Whether a gerund with a doer of its own is what one is against or in favour of: "is against Turkey
    joining the EU", "is in favour of Moldova joining" (the gerund may be read as a clause of the verb)."""
    return _held_doer(verb) is not None or verb.dep_ == "pcomp" and verb.tag_ == "VBG" \
        and any(c.dep_ == "nsubj" for c in verb.children) and _held_by(verb.head)


def _held_by(prep) -> bool:
    """Whether a preposition says what a stance is held on: "is [against]", "in favour [of]"."""
    return prep.lower_ == "against" and prep.head.lemma_.lower() in BEING \
        or prep.lower_ == "of" and prep.head.lemma_.lower() in FAVOUR


def _held_doer(gerund):
    """The doer of a gerund the parser hung on the clause's verb, right after what a stance is held on: "is in
    favour of [Moldova] joining the EU"; else None."""
    before = gerund.doc[gerund.i - 1] if gerund.i else gerund
    return before if gerund.dep_ == "advcl" and gerund.tag_ == "VBG" and before.dep_ == "pobj" \
        and before.pos_ in ("PROPN", "NOUN") and _held_by(before.head) else None


_DECIDED = frozenset({"decision", "move"})  # what is taken, not offered: its act is done (_proposed)


def _proposed(verb) -> bool:
    """Whether an act is only the content of a proposal a stance is taken on: "voted against a motion to
    condemn Mexico", "rejected a plan to expel …", "backed a bill to sanction …" (not "adopted a resolution to
    condemn …": what is adopted is done; nor what was decided: "rejected the US decision to impose tariffs")."""
    noun = verb.head
    if verb.dep_ != "acl" or not to_infinitive(verb) or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj") \
            or noun.lemma_.lower() in _DECIDED:
        return False
    taking = noun.head if noun.dep_ == "dobj" else noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "against" or taking.lemma_.lower() in _STANCES_ON_ACTS


def _held_out(verb) -> bool:
    """A verb of holding back from an act, denied, which holds the act out: "would not hesitate", "did not rule
    out"."""
    holding_back = verb.lemma_.lower() == "hesitate" or verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return holding_back and _negates(verb, by_meaning=False)


_CLAIMING = frozenset({"claim", "take", "accept", "admit"})


def claimed_by(noun):
    """The verb by which its subject owns the act a noun names, or None: "claimed responsibility for the
    bombing", "took responsibility for a missile attack", "claimed the attack" (a claim of one's own act, no
    hearsay)."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "claim" and noun.lower_ in lexicon().synsets["CLAIMABLE"]:
        return noun.head  # (or the act itself: "al-Shabaab claimed the bombing")
    owned = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or owned.lemma_.lower() != "responsibility" \
            or owned.dep_ != "dobj" or owned.head.lemma_.lower() not in _CLAIMING:
        return None
    return owned.head


# Prepositions that give the grounds of an act, which an owned act noun after them names as done.
_GROUNDS = frozenset({"over", "after", "since", "following", "despite"})
FORCE_CODES = frozenset({"15", "17", "18", "19", "20"})  # CAMEO: force shown, coercion, assault, fighting


_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "substantiate"})  # (modality_of)


@per_doc
def modality_of(trigger) -> str:
    """asserted, or the mode of an act not reported as done: intended ("will", "vowed to"), called_for
    ("should", "must"), expected, invited, hypothetical ("could"), conditional ("if") or questioned."""
    if in_condition(trigger):
        return "hypothetical"
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in trigger.children):
        return "asserted"  # "demanded the return of its citizens detained in Belarus": what describes them is so
    if (claimer := claimed_by(trigger)) is not None:
        return modality_of(claimer)  # "claimed responsibility for the attack": as done as the claiming
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and (trigger.head.lower_ == "of" and trigger.head.head.lower_
                                                             == "ahead" or trigger.head.lower_ == "before"):
        return "expected"  # "coordinated their positions ahead of the summit", "a day before a summit of ECOWAS": it
        #                    is still to come, and the clause's doers are none of its parties
    mark = next((c.lower_ for c in trigger.children if c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL), None)
    timed = trigger.dep_ == "advcl" and mark in _TEMPORAL and trigger.head != trigger
    if timed:
        # "would discuss it when Putin visits Turkey": the visit is as future as the discussion; but a clause
        # set off by a comma tells when the whole sentence's act was, not its infinitive's ("agreed to set up
        # patrols, after Faye held talks in Nouakchott": the talks were held)
        head = trigger.head  # (as does one in the simple past: "vowed to defend its land after Ethiopia signed …")
        if trigger.left_edge.i > 0 and trigger.doc[trigger.left_edge.i - 1].text == "," or trigger.tag_ == "VBD":
            while head.dep_ == "xcomp":
                head = head.head
        framing = modality_of(head)
        if framing not in ("asserted", "alleged"):
            return framing
        # (but what an accusation is timed by is told as done: "accused Kenya of interfering after Nairobi hosted
        # Madobe")
        if trigger.tag_ in ("VBP", "VBZ") and mark in _STILL_TO_COME:
            return _STILL_TO_COME[mark]  # "ruled out talks until its troops withdraw": what has not happened yet
    if _conditional(trigger):
        return "conditional"
    if trigger.dep_ in ("advcl", "xcomp") and to_infinitive(trigger) and any(
            o.dep_ == "dobj" and o.lower_ in lexicon().synsets["FORCES"] for o in trigger.head.children) and not any(
            e.predicate == "supports" for e in lexicon().triggers.get((trigger.lemma_.lower(), "VERB"), ())):
        return "intended"  # "sent soldiers to attack the FDLR", "deployed troops to block the advance": forces sent
        #                    for an act have not done it yet (but sent "to back the government", they back it)
    if trigger.dep_ in ("ccomp", "advcl", "xcomp", "pcomp") and _stance_on(trigger) or _held_against(trigger):
        return "hypothetical"  # "opposed Sweden joining NATO", "is against Turkey joining the EU"
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be" and to_infinitive(trigger):
        return "expected"  # "was to visit Oslo", "was to have met Stubb": what was arranged, not what was done
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
            and trigger.head.head.lemma_.lower() in _STANCE_HOLDERS:
        return "hypothetical"  # "Hungary, an opponent of sanctions on Russia": a stance on them, none imposed
    if _proposed(trigger) or _topic_gerund(trigger):
        return "hypothetical"  # "voted against a motion to condemn Mexico", "rejected a plan to expel …", "held
        #                        talks on joining the EU"
    if trigger.lemma_.lower() in _JOINING and trigger.dep_ in ("dobj", "pobj") and (
            trigger.head if trigger.dep_ == "dobj" else trigger.head.head).lemma_.lower() in _STANCES_ON_ACTS:
        return "hypothetical"  # "opposes Ukraine's membership of NATO", "support for Kosovo's admission"
    if trigger.lemma_.lower() in _JOINING and trigger.dep_ in ("dobj", "pobj") and (
            trigger.head if trigger.dep_ == "dobj" else trigger.head.head).lemma_.lower() in _SEEKING:
        return "intended"  # "applied for membership of the EU", "its bid for NATO membership": not yet a member
    if trigger.lemma_.lower() == "join" and trigger.dep_ == "acl" and to_infinitive(trigger) \
            and trigger.head.lemma_.lower() in _SEEKING | _DECIDED:
        return "intended"  # "Armenia's decision to join the ICC", "its request to join BRICS": not yet joined
    if _denied(trigger):
        return "denied"
    if (trigger.dep_ == "dobj" or gerund_object(trigger)) and _held_out(trigger.head):
        return "hypothetical"  # "did not rule out strikes on Moldova", "has not ruled out accepting": held out
    if _questioned(trigger):
        return "questioned"
    table = lexicon().modality
    for child in trigger.children:  # "his expected visit", "a possible meeting", "the planned talks" (or an adverb
        #                              of hearsay: "soldiers allegedly fired on farmers")
        if child.dep_ in ("amod", "advmod") and (mode := next((table[f] for f in forms(child) if f in table
                                                               and f not in lexicon().predicate_only), None)):
            return mode
        if child.dep_ == "det" and child.lower_ == "any" and trigger.pos_ == "NOUN":
            return "hypothetical"  # "opposed to any military intervention": none has happened
    if owned_grounds(trigger) and any(
            e.cameo[:2] in FORCE_CODES for e in lexicon().triggers.get((trigger.lemma_.lower(), "NOUN"), ())):
        return "asserted"  # "threatened sanctions over Russia's annexation of Crimea": force given as the grounds
        #                    is told as used (not a pact or words: "over its security pact with China")
    if trigger.dep_ == "nsubjpass" and (lemma := trigger.head.lemma_.lower()) in _SCHEDULED:
        return table.get(lemma, "intended")  # "talks are planned for next week", "a visit is expected"
    if trigger.dep_ in ("nsubj", "nsubjpass"):  # "a meeting … is now seen as unlikely", "talks are possible"
        said = [c for c in trigger.head.children if c.dep_ in ("acomp", "oprd")]
        # ("a visit by Xi to Brazil is under consideration")
        said += [g for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in ("as", "under")
                 for g in c.children]
        if mode := next((table[f] for c in said for f in forms(c) if f in table), None):
            return mode
    token, shared, via, to_clause, clause = trigger, False, "", False, trigger
    for _ in range(4 + 2 * _of_depth(trigger)):  # (an act inside a noun's "of" is as far from the verb as the noun)
        for child in token.children:  # (a verb coordinated with one shares its "will", not its "ready to":
            #                                "stood ready to defend every ally and praised Poland")
            if child.dep_ in ("aux", "auxpass") or child.dep_ == "acomp" and not shared:
                if child.lemma_.lower() in table:
                    return table[child.lemma_.lower()]
        lemma = "" if phoned(token) else next((form for form in forms(token) if form in table or form in NAMING), "")
        if lemma in NAMING and via == "oprd":
            return "alleged"
        # (a gerund after "to" reads as the infinitive: "their commitment to resolving the dispute")
        gerund_to = via == "prep" and clause.lower_ == "to" and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in clause.children)
        if lemma in table and token != trigger and not shared and (via in ("xcomp", "acl", "relcl") or to_clause
                                                                   or via == "advcl" and to_infinitive(clause)
                                                                   or gerund_to
                                                                   or lemma not in lexicon().infinitive_only) \
                and (lemma not in lexicon().mandate_only or via == "ccomp" and mandative(clause)) \
                and (lemma not in lexicon().noun_only or token.pos_ == "NOUN") \
                and (lemma not in lexicon().predicate_only or token.dep_ == "acomp") \
                and not (via == "dobj" and names_as(token)):  # ("called the agreement a violation": what is named)
            if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass") \
                    and token.head.lemma_.lower() in _CONFIRMING:
                return "asserted"  # "confirmed reports that Togo had recalled its envoy", "reports that … were
                #                    confirmed": told as done
            return _asked(token, table[lemma], clause if via == "ccomp" else None)
        if token.dep_ == "conj" and _reported_before(token):
            break  # "… if the US imposed sanctions, Iran's vice-president warned": it reports that clause, and does
            #        not share its mode
        if token.dep_ == "conj" and any(c.tag_ == "TO" for c in token.children) \
                and (asked := modality_of(coordinated_with(token))) in ("requested", "called_for"):
            return asked  # "urged Belgrade and Podgorica to show restraint and to settle their differences"
        if token.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
            # "must oppose X, oppose Y": the second act shares the first's "must", not the first act itself
            # ("called for peace … and blamed the West" is a blame, not a call)
            token, shared, via = coordinated_with(token), True, "conj"
            continue
        shared = False
        # "a request to arrest …", "hopes for a meeting": the noun above says the act is not done;
        # "accused Kigali of sending troops to support M23": a purpose shares its clause's mode
        # ("candidates [to join] the bloc": an infinitive the parser hangs on a noun as a relative clause)
        infinitive = to_infinitive(token)
        purpose = token.dep_ in ("advcl", "relcl") and infinitive
        if token.head == token and token.tag_ == "VB" and infinitive:
            return "hypothetical"  # an infinitive the parser made the sentence's verb: what governs it was lost
        if token.dep_ not in _MODAL_PATH and not purpose or token.head == token or _glossed(token) \
                or _not_its_content(token) or timed and token == trigger:
            break
        gerund_in = via == "pcomp" and token.lower_ in ("in", "at")  # ("aimed at containing China")
        if token.dep_ == "prep" and token.lower_ == "on" and _set_off(token) \
                and any(c.dep_ == "pobj" and occasion(c) for c in token.children):
            break  # "On his first visit to Moldova, Ciolacu pledged support": the visit is when, not what is pledged
        if token.dep_ == "prep" and token.lower_ in _SETTING and not gerund_in and (
                token.head.pos_ in ("VERB", "AUX") or clause is trigger and (occasion(trigger) or any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children))):
            if token.lower_ in _OCCASIONS and occasion(trigger) and token.head.pos_ in ("VERB", "AUX") \
                    and not _past_frame(token.head) and (framing := modality_of(token.head)) in _TO_COME:
                return framing  # "is expected to raise it during a visit to Beijing": the visit is to come too (not
                #                 of a past promise, where it may be the promise's: "agreed to … during a visit")
            break  # "agreed at a meeting in Phnom Penh to …": the meeting is where, not what, they agreed (and
            #        so is "urged restraint [in a phone call with Arce]", hung on what was urged; but "promised to
            #        cooperate in fighting Boko Haram": "in" or "at" and a gerund is what is promised)
        if token.dep_ == "prep" and token.lower_ in ("to", "for", "against") and via == "pobj" \
                and token.head.lemma_.lower() in _RESPONSES:
            break  # "vowed a harsh response to the Israeli strike": what is answered is told as done
        if via == "pcomp" and token.lower_ == "for" and token.head.pos_ == "VERB" \
                and token.head.lemma_.lower() not in table and _done_to(token.head, token) is not None:
            break  # "vowed to retaliate against Finland for joining NATO": the reason is told as done (but
            #        "blamed the army for fighting alongside …": what one is blamed for is alleged)
        # ("implored Israel and Hamas to agree …", which the parser may read as a clause with its own subject)
        to_clause = token.dep_ == "ccomp" and infinitive
        clause, via, token = token, token.dep_, token.head
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children) and to_infinitive(trigger):
        return "hypothetical"  # "it would be a mistake for Finland to join NATO": an act only talked of
    if _dated_ahead(trigger):
        return "expected"  # "travels to Beijing next week", "talks resume in the coming days"
    return "asserted"


# Words that put a time ahead of the telling ("next week", "in the coming days"), and the units they do it with (not
# "the next day", a day after the one told).
_AHEAD = frozenset({"next", "coming"})
_TIME_UNITS = frozenset({"day", "week", "weekend", "month", "year", "summer", "winter", "spring", "autumn", "fall",
                         *(day.lower() for day in calendar.day_name)})


def _dated_ahead(trigger) -> bool:
    """Whether the time of the act, or of the verb it is the subject, object or purpose of ("travels to Beijing next
    week for talks"), is ahead of the telling (not a time the act is about: "talks on next year's budget")."""
    heads = (trigger, trigger.head) if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else (trigger,)
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("for", "during") and trigger.head.head.pos_ == "VERB":
        heads = (trigger, trigger.head.head)
    if trigger.pos_ == "VERB":  # (or the time the parser hangs on the verb's object: "hosts Lula in Paris next week")
        heads += tuple(c for c in trigger.children if c.dep_ == "dobj")
    times = [c for h in heads for c in h.children if c.dep_ in ("npadvmod", "advmod")]
    times += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "over", "within")
              for p in c.children if p.dep_ == "pobj"]
    return any(t.lower_ == "tomorrow" or t.lemma_.lower() in _TIME_UNITS and _ahead_of_telling(t) for t in times)


def _ahead_of_telling(unit) -> bool:
    """ "[next] week", "the [coming] days" (not "the next day")."""
    words = {w.lower_ for w in unit.children if w.dep_ in ("amod", "nmod")} & _AHEAD  # ("next" tagged either way)
    return "coming" in words or "next" in words and not any(d.lower_ == "the" for d in unit.children)


def _past_frame(verb) -> bool:
    """Whether a verb or one it is the infinitive of is in the simple past ("agreed to expand …")."""
    while verb.dep_ == "xcomp" and verb.head != verb and verb.tag_ != "VBD":
        verb = verb.head
    return verb.tag_ == "VBD"


def owned_grounds(noun) -> bool:
    """Whether a noun names someone's act or thing, or one known, given as the grounds of the clause ("over
    Russia's annexation of Crimea", "over its security pact with China", "over the raid on its embassy"), which
    the clause presupposes (not "over a possible strike")."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in _GROUNDS \
        and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _of_depth(token) -> int:
    """How many nouns' "of" phrases hold the act ("called for the resumption of peace talks": one), or phrases of
    what they include ("called for tougher measures, including a ban on …", "such as a ban")."""
    depth = 0
    while token.dep_ == "pobj" and token.head.lower_ in ("of", "including", "as") and token.head.head.pos_ == "NOUN" \
            and (token.head.lower_ != "as" or any(c.lower_ == "such" for c in token.head.children)) and depth < 3:
        token, depth = token.head.head, depth + 1
    return depth


def forms(token) -> tuple[str, ...]:
    """The token's lemma and the base forms of its text: the tagger's lemma is sometimes wrong
    ("hopes" -> "hop")."""
    lower = token.lower_
    stems = [lower[:-1] if lower.endswith("s") else "", lower[:-1] if lower.endswith("ed") else "",
             lower[:-2] if lower.endswith("ed") else "", lower[:-3] if lower.endswith("ing") else ""]
    return tuple(dict.fromkeys(f for f in (token.lemma_.lower(), lower, *stems) if f))


def mandative(clause) -> bool:
    """Whether a clause is in the mood of a demand: a bare verb ("insisted that Bolivia withdraw its troops", "that
    they hand over"), or should or must (not "insisted that its troops had withdrawn", "insists it pursues …")."""
    return clause.tag_ in ("VB", "VBP") and not any(c.dep_ == "aux" for c in clause.children) \
        or any(c.lower_ in ("should", "must") for c in clause.children)


def _asked(verb, modality: str, clause=None) -> str:
    """ "urged the US to adhere": requested of someone; "called for cooperation", asking no one, is a
    call the speaker takes part in; so is a clause of one's own ("demanded that it be heard"), not one of
    another's ("demanded that Bolivia respect the ruling")."""
    if modality != "requested" or verb.pos_ not in ("VERB", "AUX"):
        return modality
    asks = any(c.dep_ in ("dobj", "dative", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("on", "upon")
               for c in verb.children)  # (or "Serbia was urged to …": the one a passive asks)
    asks = asks or clause is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                                              for c in clause.children)
    return modality if asks else "called_for"


def _not_its_content(clause) -> bool:
    """Whether a clause the parser hangs before a verb is not what the verb says, the verb having its own
    complement after it ("…, a step Beijing warned [would hurt ties]")."""
    verb = clause.head
    return clause.i < verb.i and any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)


def speech_verb(trigger):
    """The verb of saying whose content holds ``trigger`` ("Wang said [Beijing should oppose …]")."""
    speech = lexicon().speech
    token = trigger
    for _ in range(10):
        if token.head == token:
            if token.pos_ not in ("VERB", "AUX"):
                return None
            # "the real danger, Oman said, is …": the saying set off inside its content
            return next((c for c in token.children if c.dep_ == "parataxis" and c.lemma_.lower() in speech
                         and any(s.dep_ == "nsubj" for s in c.children)), None)
        parent = token.head
        if parent.lemma_.lower() in speech and token.dep_ in ("ccomp", "parataxis", "xcomp", "dobj", "advcl", "conj"):
            if token.dep_ == "conj" and token.pos_ not in ("VERB", "AUX"):
                return None
            if _glossed(token) or _not_its_content(token):
                return None  # "the EU threatened sanctions, a step Beijing warned would hurt ties"
            return parent
        token = parent
    return None
