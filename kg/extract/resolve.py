"""Turning a noun phrase into the entities it stands for: names, metonymy, pronouns, roles, groups."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from kg.extract.codes import (OUTSIDE_STATE_SECTORS, STATE_SECTORS, actor_records, dictionary_record, office_state,
                              state_of_place)
from kg.extract.entities import NAMED_BODIES, Span, canonical, of_a_people_elsewhere
from kg.extract.lexicon import ACTOR_TYPES, INFINITIVE, capitals, lexicon, rows
from kg.extract.syntax import (FORCE_CODES, MOTIONS, NAMING, WARNING, aside, blamed_on, compass_of, expand,
                               first_of_list, governing_verb, hyphened, in_condition, is_negated, is_time,
                               joined_objects, joined_owners, names_what, own_subject, points_back, speech_verb,
                               stray_by, stray_from, objects, stray_in, target_by, text_of, to_infinitive)
from kg.extract.syntax import subjects as clause_subjects
from kg.extract.timeplace import NUMBER_WORDS, past_month, period_date, relative_period

__all__ = ["Arg", "ATTEMPTS", "Context", "GATHERINGS", "OPENING_QUOTES", "CLOSING_QUOTES", "VICTIMS", "kind_named",
           "unnamed_policy"]

OPENING_QUOTES, CLOSING_QUOTES = "“«", "”»"

# "the two countries", "both sides": a pair of the most salient actors of a kind.
_GROUP_NOUNS = {"side": "Country", "country": "Country", "nation": "Country", "neighbor": "Country",
                "neighbour": "Country", "power": "Country", "minister": "Person", "leader": "Person",
                "president": "Person", "diplomat": "Person", "party": "Country", "government": "Country",
                "rival": "Country", "state": "Country", "delegation": "Country", "man": "Person", "woman": "Person",
                "head": "Person",  # ("the two heads of state")
                "army": "Country", "military": "Country",  # ("the two armies": their states)
                "capital": "Country",  # ("urged both capitals")
                "junta": "Country", "regime": "Country"}  # ("the three juntas": their states)
# Words by which a group noun names a pair ("both sides", "the two countries", "the warring parties").
_PAIRING = frozenset({"two", "both", "warring", "rival", "opposing"})
# Where an act names whom it is on: two who acted together on someone named there are one side, not two.
_SIDED_TARGETS = ("dobj", "with", "to", "against", "on", "for")
# The group nouns that name only states ("both countries"; not "both sides", "the two parties").
STATE_GROUPS = frozenset(n for n, kind in _GROUP_NOUNS.items() if kind == "Country") - {"side", "party", "delegation"}
_COUNTS = {word: n for word, n in NUMBER_WORDS.items() if n > 2}  # "the three …" (two is a pair, below)
# People who act for someone, or face them, without being them: "met Suu Kyi's representatives" is no meeting
# with her, "met his Tanzanian counterpart" none with himself.
_STAND_INS = frozenset({"representative", "envoy", "aide", "spokesman", "spokeswoman", "spokesperson", "lawyer",
                        "adviser", "advisor", "delegate", "supporter", "ally", "counterpart"})
# A person's family are not that person, but nationals of the person's country ("granted asylum to the wife
# and children of Peru's ousted president": Peru's people, as event data codes them).
_FAMILY = frozenset({"wife", "husband", "child", "children", "son", "daughter", "family", "relative", "relatives"})
# Words of likeness a demonym may qualify without naming its state: "a Russian-style law", "a Soviet-type economy".
_LIKENESS = frozenset({"style", "type", "like", "inspired", "era"})
_ANTECEDENT_WINDOW = 300  # tokens back in which "the launch" finds "North Korea's launch"
# State nouns "neighbouring" may describe, for the other state of two ("soldiers from the neighbouring country").
_NEIGHBOURING_STATES = frozenset({"country", "nation", "state"})
# Words by which a state noun says which one among others it is ("the other nation", "the neighbouring country").
_WHICH = frozenset({"other", "neighbouring", "neighboring", "same", "first", "second", "third", "last", "next",
                    "host", "new", "only", "sole", "smaller", "larger", "bigger", "poorer", "richer"})
# Nouns that, after "the" and alone, point back to the body or country named last: "accusing the alliance
# of failing to defend Armenia", "the kingdom's execution of a cleric".
_ANAPHORS = {"alliance": "Organization", "bloc": "Organization", "organisation": "Organization",
             "organization": "Organization", "watchdog": "Organization", "agency": "Organization",
             "kingdom": "Country", "emirate": "Country", "republic": "Country", "government": "Country",
             "nation": "Country", "island": "Country",
             "council": "Organization", "commission": "Organization", "court": "Organization",
             "league": "Organization", "forum": "Organization", "community": "Organization",
             "movement": "Organization", "group": "Organization", "junta": "Country"}
_ARMED_SECTORS = frozenset({"REB", "INS"})  # CAMEO sectors of armed groups that fight a state
# Nouns that, after "the" and alone, point back to the place named last: "… in Tigray, … visited the region".
_PLACE_ANAPHORS = frozenset({"region", "province", "area", "enclave"})
# Words that tell a state named beside them is under military rule, for "the junta" to stand for it.
_MILITARY_RULE = frozenset({"junta", "military", "coup", "putsch"})
# Verbs of taking power by force, and what is taken: "officers seized power in Gabon".
_POWER_SEIZED = frozenset({"seize", "grab", "take", "assume", "usurp"})
# Those who rule a state, whose adjective names it for "the government" after: "the Malian government".
_RULERS = frozenset({"government", "authorities", "regime", "junta", "administration", "cabinet"})
_BLOCS = frozenset({"alliance", "bloc"})
# Gatherings that, as the subject of what is said or done, speak for the body that held them: "The meeting
# commended Indonesia's efforts", "the summit called for a ceasefire".
GATHERINGS = frozenset({"meeting", "summit", "conference", "ministerial"})
BODY_ANAPHORS = frozenset(word for word, kind in _ANAPHORS.items() if kind == "Organization")  # "the bloc"
# Nouns of a relation between states: "its ally" is another country than its owner.
_RELATIONAL = frozenset({"ally", "neighbour", "neighbor", "partner"})
# Words of offices among the event data's agents of rule and force ("defence ministry", GOVMIL): no military rulers.
_OFFICE_WORDS = frozenset({"ministry", "minister", "department", "secretary", "staff"})
# Offices whose holders "the two leaders" are: heads of state or government (not "Foreign Minister").
_LEADERS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
                      "crown prince", "leader"})
# Nouns for a person's own state: "his country", "her government".
_HOMELAND = frozenset({"country", "nation", "government", "homeland"})
# Those who speak for an office holder, unnamed: "Chapo's spokesman", "the president's office" (for the state).
_SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "office"})
# Anaphors that stand only for a body whose name holds the word ("the council": the Security Council).
NAMING_ANAPHORS = frozenset({"council", "commission", "court", "league", "forum", "community"})
_SPOKESPEOPLE = _SPEAKING_FOR - {"aide", "office"}  # who speak "for" a body ("a spokesman for the embassy")
# Verbs whose object is the reason for the clause's act, someone else's act: "citing attacks on civilians".
CITING = frozenset({"cite", "invoke"})
# Bodies that act for the people who own them: "Bolivian farmers' groups", "Kenyan teachers' unions".
_BODIES_OF = frozenset({"group", "union", "association", "organisation", "organization", "federation"})
_HARM_CODES = FORCE_CODES - {"15"}  # CAMEO: coercion, assault, fighting; force used, not shown (_harmed_sayer)
# Nouns of quantity whose "of" phrase names who acts: "thousands of Bolivians".
QUANTITIES = {"ten", "thousand", "hundred", "dozen", "million", "score", "crowd", "group", "number"}
# Prepositions through which a target is reached inside a noun phrase that names no entity.
# Not "against" or "on": "support for sanctions against Russia" is no support for Russia.
_DESCEND = {"of", "by", "with", "from"}
# Verbs by which an actor authors what others then answer: "issued a statement", "put forward a plan",
# "lodged a protest" (not "describe": "described the closure as aggression by X" judges X).
_AUTHORING = frozenset({"issue", "make", "present", "submit", "publish", "release", "table", "propose", "draft",
                        "unveil", "announce", "put", "adopt", "approve", "pass", "send", "express", "voice", "state",
                        "repeat",
                        "reiterate", "lodge", "file", "register"})
_RELATIVE = {"which", "who", "that", "whom"}
_COUNTED = frozenset({"nation", "member", "country", "state"})  # "the 16-nation community", "the 27-member bloc"
# Adjectives that say what kind of rule a government is, or how it fares, not which state's: "urged the military
# government", "sent troops to back the weak federal government".
_REGIMES = frozenset({"military", "interim", "transitional", "caretaker", "ruling", "civilian", "new", "federal",
                      "central", "national", "elected", "legitimate", "unity", "incoming", "outgoing", "weak",
                      "fragile", "embattled", "beleaguered", "fledgling", "democratic", "unelected"})
# Sectors of generic actors that act in their own name, with no country: rights groups, NGOs, green groups.
_STANDALONE = ("HRI", "NGO", "ENV")
# "a ship linked to Israel", "vessels belonging to Iran" are theirs (not "the road linking Armenia to …")
_TIED = frozenset({"link", "belong", "tie", "affiliate", "connect"})
# Goods are theirs where they come from: "steel imported from China", "cars made in Japan".
_MADE = frozenset({"import", "ship", "produce", "make", "manufacture", "source", "originate", "grow"})
# Who brings others to a deal is no party to it: "a truce brokered by Saudi Arabia" is not Saudi Arabia's.
_BROKERING = frozenset({"broker", "mediate", "facilitate"})
_GOING_BETWEEN = _BROKERING | {"host", "convene", "chair", "sponsor"}  # third parties to what is between two
# Things two sides share, whose "with" phrase names the other side: "its border with Armenia".
BORDERS = frozenset({"border", "frontier", "boundary", "line"})  # lines two countries share
_NEUTER = {"it", "its", "itself"}
VICTIMS = frozenset({"victim", "casualty", "survivor"})  # those an act befell, whose "of" names the act
_OF_UNDERGONE = VICTIMS | {"violation", "breach", "infringement", "contravention"}  # ("of" the act, what was broken)
_HELPING = frozenset({"help", "assist"})  # verbs whose clause's subject is another than their own
_PRONOUN_SEX = {"he": "M", "him": "M", "his": "M", "himself": "M", "she": "F", "her": "F", "hers": "F", "herself": "F"}
_PERSONAL = frozenset(_PRONOUN_SEX)
_PRAISING = frozenset({"praise", "commend", "hail", "applaud", "laud", "salute"})  # stances on another's acts
# Stances on another's words, and verbs naming them ("called his remarks outrageous": not his own; but "criticised
# his detention" may be of what was done to him).
_FAULTING = frozenset({"criticise", "criticize", "condemn", "denounce", "slam", "reject", "call", "describe",
                       "brand", "term", "label", "dub"})
# Stances taken up from another ("Mirziyoyev backed his call for …": the call of one named before).
_BACKING = frozenset({"back", "support", "endorse", "echo", "second"})
_OF_ANOTHER = _PRAISING | _BACKING  # verbs whose object's "his" or "her" is another's than the subject's
# ... but for the subject's own others ("Yoon praised his host", "backed his counterpart")
_OWN_RELATIONS = frozenset({"host", "guest", "visitor", "counterpart", "predecessor", "successor"})
_LOOKING_BACK = _FAULTING | _BACKING  # … who may be named in the sentence before
_PLURAL = {"they", "them", "their", "themselves"}
_ARRIVING = frozenset({"arrive", "land"})  # a guest's coming, which one greeting him is there for
_REFLEXIVE = {"itself", "themselves", "himself", "herself"}
_FIRST_PERSON = {"we", "us", "our", "ourselves"}
# Hyphenated participles whose first part owns or leads the noun they describe: "a British-flagged
# tanker", "the Saudi-led coalition", "a Houthi-held port", "the U.S.-backed plan" (not "Russian-made").
_OWNED = frozenset({"flagged", "led", "owned", "registered", "run", "operated", "controlled", "held", "backed",
                    "linked", "drafted", "sponsored", "funded", "proposed", "authored"})
# (a state backing forces is not the one acting through them: "Saudi-backed government forces" are Yemen's)
_BACKED = frozenset({"backed", "sponsored", "funded"})
# Nouns that call a body by what it is, after its name: "the Wagner group", "the Hamas movement".
_BODIES = frozenset({"group", "movement", "organisation", "organization", "faction", "network", "outfit"})
# Bodies a state or organisation sends out, named by a compound: "the UN mission", "the EU delegation".
_SENT_OUT = frozenset({"mission", "delegation", "team", "force", "forces", "troops", "panel"})


# Nouns in -ing whose "of" names who acts: "the ruling of the ICJ", "a meeting of ASEAN ministers".
_DOER_OF = frozenset({"ruling", "finding", "warning", "meeting", "briefing", "hearing", "gathering", "proceeding"})


def _acted_upon(noun) -> bool:
    """Whether the noun's "of" names the one its act is done to ("the killing of civilians", patients.tsv)."""
    lemma = noun.lemma_.lower()
    if lemma in _DOER_OF or lemma in lexicon().synsets["CONTINUATIONS"]:  # ("the tightening of EU sanctions")
        return False
    return lemma in lexicon().patients or lemma.endswith(("ization", "isation", "ing"))


def _ethnic(token) -> bool:
    """Whether a demonym names an ethnic group, not a state's people ("ethnic Albanian guerrillas")."""
    return any(t.lower_ == "ethnic" for t in (*token.lefts, *token.head.lefts) if t.i < token.i)


# Marks that set a list off after what it lists the members of: "the Quad - the US, Japan, India and Australia -".
SETTING_OFF = frozenset({"-", "–", "—", "("})
# Words that open a noun phrase without being part of what it names: "any military action".
_OPENERS = frozenset({"det", "predet", "poss", "nummod", "quantmod"})
_OPEN_WORDS = frozenset({"any", "all", "every", "such", "further", "continued", "so-called"})
# Parts of a noun phrase that say more about it than its name: "…, which …", "(CPEC)", "and …".
_ASIDES = frozenset({"relcl", "appos", "punct", "cc", "conj", "parataxis"})
_POLICY_WORDS = 8  # a longer phrase is cut to its head and the words before it
_OF_PEOPLES = frozenset({"REB", "OPP", "LEG"})  # agents who may be a people's, of no state: "Tamil lawmakers"
_INSURGENT = frozenset({"rebel", "insurgent", "militant", "jihadist"})  # "the rebel offensive": the rebels'
# "any form of [hegemony]"; or a batch of acts: "the latest round of [US sanctions]"
_KINDS = frozenset({"form", "kind", "type", "sort", "manner", "round", "wave", "package", "batch", "series", "spate",
                    "raft", "string", "flurry"})


def _policy_head(noun) -> bool:
    """Whether a noun heads a policy or course of action (policy_heads.tsv: listed nouns, then suffixes)."""
    heads, lemma = lexicon().policy_heads, noun.lemma_.lower()
    if lemma in heads:
        return heads[lemma]
    return any(heads.get(f"-{lemma[-n:]}", False) for n in range(3, 9) if len(lemma) > n + 2)


def kind_named(noun):
    """What a noun of kind is a kind of ("any form of [hegemony]", "a new round of [sanctions]"), else the noun
    itself."""
    if noun.lemma_.lower() not in _KINDS:
        return noun
    return next((kind_named(p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), noun)


# Nouns of trying, and the verbs of making whose object an attempt of that kind is about: "attempts to impose
# unilateral sanctions" are a stance on the sanctions ("in a bid to destabilise": the doer of the clause's act).
ATTEMPTS = frozenset({"attempt", "effort", "bid", "move", "plan", "scheme", "drive", "push"})
_MAKING = frozenset({"create", "impose", "form", "build", "provoke", "stoke", "spread", "establish", "incite",
                     "foment", "promote", "start", "revive", "expand"})


def _acted_on(token) -> bool:
    """Whether a noun names those an act was done to: an object, a passive's subject, the object of a preposition
    other than "by"."""
    return token.dep_ in ("dobj", "nsubjpass") or token.dep_ == "pobj" and token.head.lower_ != "by"


def unnamed_policy(noun) -> Arg | None:
    """The policy a noun phrase names when it names no entity: "opposed the politicization of
    counter-terrorism" -> "politicization of counter-terrorism". A head alone with only an article
    ("rejected the plan") points back to something named before, and names nothing new."""
    if (kind := kind_named(noun)) is not noun:  # "any form of hegemony": what it is a form of
        return unnamed_policy(kind)
    if noun.lemma_.lower() in ATTEMPTS and (made := next((
            o for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _MAKING and to_infinitive(c)
            for o in c.children if o.dep_ == "dobj"), None)) is not None and (policy := unnamed_policy(made)):
        return policy  # "any attempt to create bloc confrontation": the confrontation
    if noun.pos_ != "NOUN" or not _policy_head(noun):
        return None
    # (nor a verdict the parser hangs on the noun: "rejected the resolution [as politically motivated]")
    skip = {t.i for child in noun.children
            if child.dep_ in _ASIDES or child.i > noun.i and child.left_edge.lower_ == "as"
            or child.dep_ == "acl" and child.tag_ == "VBD" for t in child.subtree}  # (nor a finite verb the parser
    #                                                hung on it: "Brazil's vote against the resolution [angered] Cuba")
    words = [t for t in noun.subtree if t.i not in skip]
    while words and (words[0].dep_ in _OPENERS and words[0].head == noun or words[0].lower_ in _OPEN_WORDS):
        words.pop(0)
    cut = next((k for k, (a, b) in enumerate(zip(words, words[1:])) if b.i != a.i + 1), None)
    words = words[: cut + 1] if cut is not None else words  # a phrase the parser spread over an aside
    if len(words) > _POLICY_WORDS:
        words = [t for t in words if t.i <= noun.i]
    while words and (words[-1].is_punct or words[-1].dep_ in ("case", "prep")):
        words.pop()
    # "opposes tariffs" (not "rejected attempts by … to …" cut to its head: a word of an act's mode names none)
    generic = noun.tag_ == "NNS" and not any(c.dep_ in _OPENERS for c in noun.children) \
        and noun.lemma_.lower() not in lexicon().modality
    if not words or len(words) == 1 and not generic:
        return None
    act = noun.head  # "objected to [lifting] sanctions on Russia": the act done to the policy is what is opposed
    if noun.dep_ == "dobj" and act.tag_ == "VBG" and act.dep_ == "pcomp" and act.i == noun.left_edge.i - 1:
        words.insert(0, act)
    text = "".join(t.text_with_ws for t in words[:-1]) + words[-1].text
    return Arg(text, "Policy", "candidate", text=text)


@cache
def _regions() -> dict[str, str]:
    return dict(rows("regions.tsv"))


@cache
def _given_names() -> dict[str, str]:
    """Given names and titles -> F or M (given_names.tsv)."""
    return {name: sex for name, sex in rows("given_names.tsv")}


def _from_after(token) -> list:
    """The "from" phrase the parser hangs on a meeting verb, not on the people met named right before it: "met
    regional leaders and officials [from] the US, Canada and France", "received an envoy [from] Sudan" (not
    "expelled diplomats from Vienna")."""
    if not token.tag_.startswith("NN") or any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
        return []
    verb = token.head.head if token.dep_ == "conj" else token.head
    if token.dep_ not in ("dobj", "conj") or verb.pos_ != "VERB" or not any(
            e.predicate == "meets" for e in lexicon().triggers.get((verb.lemma_.lower(), "VERB"), ())):
        return []
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == token.right_edge.i + 1
            for p in c.children if p.dep_ == "pobj" for o in expand(p)]


@cache
def _country_groups() -> dict[str, tuple[str, ...]]:
    return {name: tuple(members.split("|")) for name, _, members in rows("country_groups.tsv")}


# Nouns for one state that a region's word picks out of a group named in country_groups.tsv ("the Gulf state").
_STATE_NOUNS = frozenset({"state", "country", "nation", "republic", "monarchy", "kingdom", "emirate"})


@cache
def _group_regions() -> dict[str, frozenset[str]]:
    """The region words of the country groups ("Gulf", "Nordic", "Central Asian": every name of a group but its
    last word) -> the group's members."""
    return {region: frozenset(members.split("|")) for name, more, members in rows("country_groups.tsv")
            for written in (name, *more.split("|")) if " " in written
            for region in [written.rsplit(" ", 1)[0]]}


@cache
def _seats() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for city, body in rows("seats.tsv"):
        table[city] = (*table.get(city, ()), body)
    return table


@cache
def _state_forms() -> dict[str, frozenset[str]]:
    return {noun: frozenset(names.split("|")) for noun, names in rows("state_forms.tsv")}


def _bare(noun) -> bool:
    """Whether a noun stands after "the" with nothing that says which one ("the bloc", "the bloc of serving
    …" as parsed, "the military government"; not "the African bloc", "the alliance of democracies")."""
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    # (a clause set off by commas tells more of it, not which: "the junta, which seized power last week,")
    # (nor whom it is against: "to back the government against Islamist militias"; nor what it is accused of, the
    # parser hanging the charge on it: "accused the bloc of meddling")
    charged = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CHARGING
    said = [c for c in noun.children if c.dep_ not in ("det", "prep", "punct", "case")
            and not (c.dep_ == "relcl" and aside(c)) or c.dep_ == "prep" and c.lower_ != "against"
            and not (charged and c.lower_ == "of" and not any(t.pos_ == "PROPN" for t in c.subtree))
            and any(p.dep_ == "pobj" for p in c.children)]
    counted = [c for c in said if c.lemma_.lower() in _COUNTED and any(t.like_num for t in c.subtree)
               or c.dep_ == "amod" and c.lower_ in _REGIMES and noun.lemma_.lower() == "government"]
    return dets == ["the"] and len(said) == len(counted) and not stray_in(noun)  # (a size says no more: "the
    #                                                          16-nation community"; a place does: "… in Kabul")


_CHARGING = frozenset({"accuse", "suspect", "charge", "convict"})  # verbs whose "of" names the charge
# Role words that may name a person of any office ("the Russian leader" is the president named before, "his Chinese
# counterpart" its foreign minister).
_ANY_OFFICE = frozenset({"leader", "head", "chief", "official", "diplomat", "ruler", "strongman", "monarch",
                         "statesman", "politician", "boss", "counterpart", "host", "guest", "visitor"})
_MEETING_VERBS = frozenset({"meet", "host", "receive", "welcome"})  # whose subject and object are two sides
# Verbs whose subjects hold the talks that are their object ("held talks", "resumed talks"; not "called for talks").
_TALKS_HELD = frozenset({"hold", "resume", "begin", "start", "open", "conclude", "continue", "have"})


def _told_as_done(word) -> bool:
    """Whether a word's act is told in a past tense: a verb in one, or a noun of such a verb ("thanked Xi for the
    reception during his visit in October")."""
    verb = word if word.pos_ in ("VERB", "AUX") else governing_verb(word)
    return verb is not None and verb.tag_ in ("VBD", "VBN")


def _titled_subjects(sentence) -> list:
    """The subjects of a sentence's main verb named by title ("Pakistan's army chief met …")."""
    return [t for t in sentence.root.children if t.dep_ == "nsubj" and t.lemma_.lower() in lexicon().roles]


def _between(token) -> bool:
    """Whether a noun is one of the sides named after "between" ("talks between the government and [rebels] in
    Doha"), or the one talks are held "with" ("resumed talks with communist [rebels] in Oslo"), where an "in"
    phrase the parser hangs on the last side is the meeting's place."""
    meetings = lexicon().synsets["MEETINGS"]
    return any(a.dep_ == "prep" and (a.lower_ == "between" or a.lower_ == "with" and a.head.lower_ in meetings)
               for a in list(token.ancestors)[:3])


def _of_states(name: str) -> bool:
    """Whether an organisation is one of states: the event-data dictionary codes it so (IGO: the EU, ASEAN,
    NATO), or its name says so ("Collective Security Treaty Organization"; not "M23")."""
    record = dictionary_record(name, None)
    return record is not None and record.code.startswith("IGO") or bool(_STATES_BODY & set(name.split()))


# Sectors of agents whose place says whose they are even when the parser hangs it on the verb: a government and
# those who act against one ("the government [in Kabul]", "rebels [in Aceh]"), not forces sent abroad.
_WHERE_THEY_ARE = OUTSIDE_STATE_SECTORS | {"GOV"}
# People sent somewhere: where they are says nothing of whose they are.
# Agents that only a body has: "G7 countries", "ASEAN nations" (agents.tsv); a region's are its states, not the
# body that speaks for it ("West African nations such as Ghana").
_MEMBER_STATES = frozenset({"countries", "nations"})
_MEMBERS = frozenset({"members", "member states", "member countries"})  # a body's members, named by no body
# People who are somewhere without being of it: those who came there ("opposition delegations in Geneva") or fled
# there ("Rohingya refugees in Bangladesh").
_VISITORS = frozenset({"delegation", "team", "negotiator", "envoy", "diplomat", "mission", "delegate", "refugee",
                       "exile", "asylum-seeker", "evacuee", "migrant", "immigrant"})
# Words that say agents are not of where they act: "interference by external forces in Russia's affairs".
_OUTSIDERS = frozenset({"external", "outside", "overseas"})
# Fire that falls somewhere: where it falls is its target, not its owner ("drone strikes in northern Iraq").
_FIRE = frozenset({"strike", "airstrike", "barrage", "missile", "rocket", "shelling", "shell", "bomb", "drone",
                   "attack", "raid", "bombing", "bombardment", "ambush"})
_STATES_BODY = frozenset({"Organization", "Organisation", "Union", "Community", "Council", "League", "Alliance",
                          "Association", "Forum", "Treaty", "Cooperation"})


def _actor_type(span: Span) -> str:
    """The class of the actor a mention stands for: demonyms and capitals act for their country."""
    return "Country" if span.kind in ("demonym", "metonym", "capital") else span.type


def _main_clause(token) -> bool:
    """True when ``token`` stands in its sentence's main clause (or one joined to it by "and"), not in a
    subordinate one."""
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and first_of_list(verb).dep_ == "ROOT"


def _free_relative_namer(pronoun):
    """The verb whose free relative ``pronoun`` names, when it is the namer: "praised what it called Turkey's
    stance" (it praises), "condemned what they termed an invasion", or None."""
    naming = pronoun.head
    return naming.head if names_what(naming) and naming.dep_ in ("ccomp", "pcomp", "pobj", "dobj") else None


@dataclass(frozen=True, slots=True)
class Arg:
    """One entity an argument stands for, and how it was found (for confidence)."""

    name: str
    type: str
    how: str = "name"  # name | metonym | pronoun | group | role | possessor | agent
    sector: str | None = None  # CAMEO sector of a generic agent ("officials" -> GOV)
    text: str | None = None  # the words of a generic agent ("Hungarian officials")


def _said_of(noun):
    """What "this" or "that" act in quoted words stands for when the words are said "of" it: '"We condemn this
    barbaric act," Jordan said of the Israeli strike' (the strike)."""
    if not any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in noun.children):
        return None
    clause = noun
    while clause.dep_ != "ccomp" and clause.head != clause:  # (tokens are made anew on each access: never `is`)
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() != "say":
        return None
    return next((p for c in clause.head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


@dataclass
class Context:
    """What one article has said so far: mentions by token, positions, salience."""

    doc: object
    mentions: list[Span]
    positions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # person -> [(role, country)]
    _at: dict[int, Span] = field(default_factory=dict)
    _inside: dict[int, Span] = field(default_factory=dict)  # token -> the mention nested in a larger one there
    sentences: list = field(default_factory=list)
    text: str = ""
    quoted: bool = False  # whether the text has any opening quotation mark
    published: str | None = None  # the article's date, for the dictionary's records of who held which office
    _dates: dict[int, list[str]] = field(default_factory=dict)
    _periods: dict[int, list[tuple]] = field(default_factory=dict)
    _sentence_of: list[int] = field(default_factory=list)
    _nouns: dict[str, list[int]] | None = None  # noun lemma -> positions (for "the launch" and its antecedent)
    _sexes: dict[str, str | None] = field(default_factory=dict)  # person -> F, M or None (_sex)

    def __post_init__(self) -> None:
        # token.sent walks the whole document on every call; look sentences up once instead.
        self.sentences = list(self.doc.sents)
        self.text = text_of(self.doc)
        self.quoted = any(mark in self.text for mark in OPENING_QUOTES)
        self._sentence_of = [0] * len(self.doc)
        for number, sent in enumerate(self.sentences):
            self._sentence_of[sent.start:sent.end] = [number] * len(sent)
        for ent in self.doc.ents:  # Span.ents scans the whole document: collect per sentence once
            if ent.label_ in ("DATE", "TIME"):
                self._dates.setdefault(self._sentence_of[ent.start], []).append(ent.text)
            # ("held joint drills in 2021", "clashed in September 2019": a year or month the act was done in; or a
            # month alone, of an act told as done: "visited Beijing in October", the last October)
            if ent.label_ == "DATE" and ent.start and (prep := self.doc[ent.start - 1]).lower_ == "in" \
                    and prep.dep_ == "prep" and ent.root.head == prep and (date := period_date(ent.text) or (
                        _told_as_done(prep.head) and past_month(ent.text, self.published))):
                self._periods.setdefault(self._sentence_of[ent.start], []).append((prep, date))
            # (or one told relative to the article's date: "visited Beijing last month", "three days ago")
            elif ent.label_ == "DATE" and ent.root.dep_ in ("npadvmod", "advmod") and _told_as_done(ent.root.head) \
                    and (date := relative_period(ent.text, self.published)):
                self._periods.setdefault(self._sentence_of[ent.start], []).append((ent.root, date))
        for span in self.mentions:
            if span.kind == "nested":  # inside a larger mention: listed as an entity, never an argument (but
                self._inside.update(dict.fromkeys(range(span.start, span.end), span))  # an owner: nested_in)
                continue
            for i in range(span.start, span.end):
                self._at[i] = span

    def sentence(self, token):
        """The sentence holding ``token``."""
        return self.sentences[self._sentence_of[token.i]]

    def sentence_number(self, token) -> int:
        return self._sentence_of[token.i]

    def dates(self, sent) -> list[str]:
        """The date expressions of a sentence, in order."""
        return self._dates.get(self._sentence_of[sent.start], [])

    def periods(self, sent) -> list[tuple]:
        """The years and months a sentence says something was done "in": (the "in", the partial ISO date)."""
        return self._periods.get(self._sentence_of[sent.start], [])

    def mention(self, token) -> Span | None:
        """The mention a token belongs to."""
        return self._at.get(token.i)

    def inside_quote(self, index: int) -> bool:
        """Whether the word at ``index`` is inside a quotation its sentence opens."""
        sent = self.sentence(self.doc[index])
        before = self.text[sent.start_char:self.doc[index].idx]
        return before.count('"') % 2 == 1 \
            or sum(before.count(c) for c in OPENING_QUOTES) > sum(before.count(c) for c in CLOSING_QUOTES)

    def _demonym_hyphened(self, token) -> list[Span]:
        """The demonym a hyphen joins to a name right after it, which the parser hangs beside the name:
        "South Korean" of "the Japan-South Korean drills"."""
        after = self.doc[token.i + 2] if token.i + 2 < len(self.doc) and token.nbor(1).tag_ == "HYPH" else None
        span = self.mention(after) if after is not None else None
        return [span] if span is not None and span.kind == "demonym" else []

    def nested_in(self, token) -> Span | None:
        """The mention nested at ``token`` inside a larger one: "NATO" in the policy "NATO's expansion"."""
        return self._inside.get(token.i)

    def _before(self, index: int, types: set[str], skip: set[str] = frozenset()) -> list[Span]:
        return [m for m in self.mentions if m.end <= index and m.type in types and m.name not in skip
                and m.kind not in ("demonym", "nested")]

    def _state_of_places(self, token) -> list[Span]:
        """The place named last before ``token`` in its sentence, when the places it names there are of one state
        only and none of its names is that state's or one of its leaders' (the place stands for the state, as a
        mention would)."""
        named = [m for m in self.mentions if token.sent.start <= m.start and m.end <= token.i]
        states = {state_of_place(m.name) for m in named if m.type == "Place"} - {None}
        if len(states) != 1 or states & {m.name for m in named if m.type == "Country"} \
                or states & {c for m in named if m.type == "Person" for c in self.governed(m.name)}:
            return []
        return [replace(m, name=states.pop(), type="Country") for m in named if m.type == "Place"][-1:]

    def _state_set_in(self, token) -> list[Span]:
        """The one state its sentence names before ``token``, as where something is ("urged an end to the violence
        in Myanmar and called on the junta"), when it names no other state there."""
        named = [m for m in self.mentions if token.sent.start <= m.start and m.end <= token.i
                 and m.type == "Country" and m.kind not in ("demonym", "nested")]
        setting = [m for m in named if self.doc[m.end - 1].dep_ == "pobj" and self.doc[m.end - 1].head.lower_ == "in"]
        return setting[-1:] if setting and len({m.name for m in named}) == 1 else []

    def _under_military_rule(self, span: Span) -> bool:
        """Whether a word of military rule stands within three words before a mention or eight after it, in its
        sentence ("Gabon's army seized power in a coup"; not "the junta" itself: "Nigeria urged the junta"), or
        the mention is where power was seized ("officers seized power in Gabon")."""
        sent = self.doc[span.start].sent
        near = self.doc[max(span.start - 3, sent.start):min(span.end + 8, sent.end)]
        seat = self.doc[span.end - 1]
        return any(t.lower_ in _MILITARY_RULE and not (t.lower_ == "junta" and _bare(t)) for t in near) \
            or seat.dep_ == "pobj" and seat.head.lower_ == "in" and seat.head.head.lemma_.lower() in _POWER_SEIZED \
            and any(c.dep_ == "dobj" and c.lower_ == "power" for c in seat.head.head.children)

    def _sex(self, person: Span) -> str | None:
        """F or M when the person's given name or the title before a mention of them says so, else None (looked
        up once per person: every pronoun asks of everyone named before it)."""
        if person.name not in self._sexes:
            names = _given_names()
            found = names.get(person.name.split()[0].lower())
            if found is None:  # ("Queen Rania", "Ms. Wong")
                titles = (t.lower_ for m in self.mentions if m.name == person.name
                          for t in self.doc[max(m.start - 2, 0):m.start])
                found = next((names[t] for t in titles if t in names), None)
            self._sexes[person.name] = found
        return self._sexes[person.name]

    def _seated(self, span: Span) -> str | None:
        """The body seated in the city ``span`` names that the article named last before it (seats.tsv)."""
        bodies = _seats().get(self.doc[span.start:span.end].text, ())
        named = [m.name for m in self._before(span.start, {"Organization"}) if m.name in bodies]
        return named[-1] if named else None

    def office_state(self, person: str) -> list[str]:
        """The country of the first office the article gives a person ("his country", "his troops"), or none."""
        return [country for _, country in self.positions.get(person, [])[:1]]

    def governed(self, person: str, *, ever: bool = False) -> list[str]:
        """The state a person governs: that of the office the article gives, else of the dictionary's record of
        a government or military office held on the article's date ("the Maduro government"), or none; ``ever``:
        or of the one state whose such office the dictionary says the person ever held (a government named for a
        leader may be a past one: "the Clinton administration")."""
        if found := self.office_state(person):
            return found
        # (the dictionary may know a leader's government by its name only: "Clinton Administration")
        names = (person, f"{person} administration") if ever else (person,)
        country = next((state for name in names if (state := office_state(dictionary_record(name, self.published)))),
                       None) if self.published else None
        if country is None and ever and len(held := {office_state(r) for name in names for r in actor_records(name)}
                                            - {None}) == 1:
            country = held.pop()
        return [country] if country else []

    def _object_before(self, pronoun) -> list[Arg]:
        """The state "it" stands for as one said to act, when its own clause's subject names the state it would
        otherwise be: the last one its sentence names as an object ("severed ties with Kenya, accusing it of
        meddling", "thanked it for helping", "accusing it of interference", "contacted China and asked it to
        withdraw"); an object is not its clause's doer. Else nothing."""
        verb = pronoun.head
        if not any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" or g.dep_ == "pobj" for g in c.children) for c in verb.children) \
                and not any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > pronoun.i for c in verb.children):
            return []
        if (found := self._done_to(pronoun, verb)) or verb.dep_ not in ("advcl", "xcomp"):
            return found
        # ("criticised the government, accusing it of …": the object of the clause the participle follows, when
        # no name is)
        return [Arg(a.name, a.type, "pronoun") for c in verb.head.children if c.dep_ == "dobj"
                and self.mention(c) is None for a in self.resolve(c, _depth=1) if a.type in ("Country", "Organization")]

    def _thing_after(self, start: int, pronoun) -> bool:
        """Whether a text agreed on is told between ``start`` and the pronoun, as the subject or object of a
        clause ("the deal", "this agreement", &JOINT_TEXTS), which "it" then stands for (not an act, whose doer
        "it" may stand for: "Russia expelled two diplomats. Estonia condemned it")."""
        texts = lexicon().synsets["JOINT_TEXTS"]
        return any(t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.lemma_.lower() in texts
                   and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
                   for t in self.doc[start:pronoun.i])

    def _reason_owner(self, pronoun) -> list[Arg]:
        """Whose "its" is, in the reason given for an act on another state: that state's ("suspended aid to
        Rwanda over [its] support for the rebels", "praised Chile for [its] leadership", "cut ties with Israel, citing
        [its] offensive"). Else nothing."""
        prep = pronoun.head.head
        if pronoun.head.dep_ == "dobj" and prep.lemma_.lower() in CITING and prep.pos_ == "VERB":
            return self._done_to(pronoun, prep)  # "severed ties with Israel, citing [its] offensive in Gaza"
        if pronoun.head.dep_ != "pobj" or prep.lower_ not in ("over", "for") or prep.head.pos_ != "VERB":
            return []
        return self._done_to(pronoun, prep.head)

    def _done_to(self, pronoun, verb) -> list[Arg]:
        """The last state or body before ``pronoun`` that its sentence names as an object of ``verb``'s clause and not
        as its doer, when the clause names its doer; else nothing."""
        bound = {a.name for t in clause_subjects(verb) if t != pronoun for a in self.resolve(t)}
        if not bound and verb.dep_ == "acl" and (sender := governing_verb(verb.head)) is not None:
            # ("sent a letter to the Security Council asking it to …": the letter's sender is the doer)
            bound = {a.name for t in clause_subjects(sender) for a in self.resolve(t)}
        start = self.sentence(pronoun).start
        # (or a capital that stands for it: "took a swipe at Washington over [its] support for Israel")
        # (or a body acted on or addressed: "thanked the EU and urged it to go further", "wrote to the Security
        # Council asking it to …"; not one a phrase sets the act at: "brought a complaint against Russia before the
        # Human Rights Council, charging it with …")
        done_to = [(m.start, name, kind) for m in self._before(pronoun.i, {"Country", "Organization", "Place"}, bound)
                   if m.start >= start and ((root := self.doc[m.start:m.end].root).dep_ == "dobj" or root.dep_ == "pobj"
                                            and (m.type != "Organization" or root.head.lower_ in ("to", "with")))
                   and (name := m.name if m.type != "Place" else capitals().get(m.name)) and name not in bound
                   and (kind := "Organization" if m.type == "Organization" else "Country")] if bound else []
        # (or a state or body named by an epithet: "cut ties with the gas-rich emirate, accusing it of …", "thanked
        # the bloc and urged it to …")
        done_to += [(t.i, a.name, a.type) for t in self.doc[start:pronoun.i] if bound and t.pos_ == "NOUN" and (
                        t.dep_ in ("dobj", "pobj") and t.lemma_.lower() in _state_forms()
                        or t.dep_ == "dobj" and t.lemma_.lower() in BODY_ANAPHORS)
                    and self.mention(t) is None
                    for a in self.resolve(t, _depth=2) if a.type in ("Country", "Organization") and a.name not in bound]
        return [Arg(max(done_to)[1], max(done_to)[2], "pronoun")] if done_to else []

    def _is_subject(self, mention: Span) -> bool:
        """Whether a mention is the subject of its clause (by the head of its words: "[Organization] of
        American States", or a word of it the parser made one), or the name set beside one ("Its foreign minister,
        [Gordan Grlic Radman], said")."""
        words = self.doc[mention.start:mention.end]
        root = words.root
        # (or a word of it the parser made the subject when it split the name: "Adel al[-]Jubeir said")
        subject = ("nsubj", "nsubjpass")
        return root.dep_ in subject or root.dep_ == "appos" and root.head.dep_ in subject \
            or any(t.dep_ in subject and not mention.start <= t.head.i < mention.end for t in words)

    def sentence_before(self, token) -> int:
        """Where the sentence before ``token``'s begins (its own, in the first sentence)."""
        sent = self.sentence(token)
        return self.sentence(self.doc[sent.start - 1]).start if sent.start > 0 else sent.start

    def armed_before(self, token) -> str | None:
        """The armed group named last before ``token`` in its sentence (or, for "the rebels", in the sentence
        before it too: "The ELN kidnapped a police officer. The rebels released him"): one the text follows with
        rebels or a militia, or the event-data dictionary codes as rebels or insurgents."""
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        start = self.sentence_before(token) if definite else self.sentence(token).start
        armed = self._armed()
        groups = [m.name for m in self._before(token.i, {"Organization"}) if m.start >= start and (
            m.name in armed or (record := dictionary_record(m.name, None)) is not None
            and record.code[3:6] in _ARMED_SECTORS)]
        return groups[-1] if groups else None

    def _armed(self) -> set[str]:
        """The bodies whose name the text follows with rebels or a militia somewhere ("the M23 rebels", a name
        whose alias holds the word too)."""
        agents = lexicon().agents
        return {m.name for m in self.mentions if m.type == "Organization"
                and any(agents.get(t.lower_) == "REB" for t in self.doc[m.end - 1:m.end + 2])}

    def salient(self, kind: str, index: int, count: int = 2) -> list[Arg]:
        """The ``count`` most mentioned actors of ``kind`` up to ``index``, demonyms counted ("Australian and New
        Zealand aircraft landed in Tonga … The two countries said …" are Australia and New Zealand), and capitals
        named as places for their country ("Chinh visited Canberra. The two countries …")."""
        towns = capitals() if kind == "Country" else {}
        seen = Counter(m.name if m.type == kind else towns[m.name] for m in self.mentions if m.end <= index
                       and m.kind != "nested" and (m.type == kind or m.type == "Place" and m.name in towns))
        return [Arg(name, kind, "group") for name, _ in seen.most_common(count)] if len(seen) >= count else []

    def other_pair(self, index: int, exclude: set[str], kinds: set[str]) -> list[Arg]:
        """The two most mentioned actors of ``kinds`` up to ``index`` other than ``exclude``: "both sides"
        urged by a third party are the two parties of the conflict."""
        named = [m for m in self._before(index, kinds) if m.name not in exclude]
        types = {m.name: m.type for m in named}
        seen = Counter(m.name for m in named)
        return [Arg(n, types[n], "group") for n, _ in seen.most_common(2)] if len(seen) >= 2 else []

    def last_person(self, index: int, skip: set[str] = frozenset(), *, speaking: bool = False,
                    pronoun: str = "") -> list[Arg]:
        """The person mentioned last before ``index``, preferring grammatical subjects (of saying,
        when ``speaking``: "…, he said" continues the article's speaker, not whoever was quoted); one
        ``pronoun`` ("he", "her") may stand for (given_names.tsv)."""
        people = self._before(index, {"Person"}, skip)
        if (sex := _PRONOUN_SEX.get(pronoun)) is not None:
            people = [m for m in people if self._sex(m) in (None, sex)]
        subjects = [m for m in people if self._is_subject(m)]
        if speaking:  # subjects of saying that is not itself reported ("Wang noted that Putin stressed …"), or of
            #            a sentence's own verb ("Mohamud struck a similar tone. '…,' he said")
            speech = lexicon().speech
            subjects = [m for m in subjects if (verb := self.doc[m.end - 1].head).lemma_.lower() in speech
                        and speech_verb(verb) is None or verb.dep_ == "ROOT"] or subjects
        chosen = (subjects or people)[-1:] if people else []
        return [Arg(m.name, "Person", "pronoun") for m in chosen]

    def _titled_before(self, pronoun) -> list[Arg]:
        """For "he" or "she" (or "his", "her" owning a thing) when no person is named before: the official the
        sentence before opens with, named by title only ("Pakistan's army chief met Taliban officials in Kabul. He
        urged them …": Pakistan; "… Phnom Penh rejected his remarks"), or its own sentence, when the pronoun's
        clause hangs on its main one ("The Emirati foreign minister visited Damascus, where he met Assad")."""
        sent = self.sentence(pronoun)
        if (pronoun.lower_, pronoun.dep_) not in (("he", "nsubj"), ("she", "nsubj"), ("his", "poss"), ("her", "poss")):
            return []
        # (an owner's own sentence, when it opens with an official: "The Kenyan president ended his visit")
        if pronoun.dep_ == "nsubj" and pronoun.head.dep_ in ("relcl", "advcl", "conj") and sent.root.i < pronoun.i \
                or pronoun.dep_ == "poss" and any(t.i < pronoun.i for t in _titled_subjects(sent)):
            before = sent
        elif sent.start > 0:
            before = self.sentence(self.doc[sent.start - 1])
        else:
            return []
        titled = _titled_subjects(before)
        return [a for a in self.resolve(titled[0], _depth=2) if a.type != "Person"] if titled else []

    def resolve(self, token, *, speaker: list[Arg] | None = None, descend: bool = False, through_of: bool = True,
                # through_of=False: not into the "of" phrase of an act done to someone (patients.tsv)
                _depth: int = 0) -> list[Arg]:
        """The entities the phrase headed by ``token`` refers to (empty when none)."""
        span = self.mention(token)
        if span is not None:
            if span.kind == "demonym":  # "Hundreds of Filipinos rallied": nationals act for their country
                following = token.nbor(1) if token.i + 1 < len(self.doc) else None
                heading = token.dep_ in ("nsubj", "nsubjpass", "conj", "dobj", "pobj") and token.i == span.end - 1 \
                    and (following is None or following.pos_ not in ("PROPN", "NOUN"))  # not "Azerbaijani Foreign …"
                nationals = token.pos_ in ("NOUN", "PROPN") and (token.tag_ in ("NNS", "NNPS") or heading) \
                    and not _ethnic(token)  # ("ethnic Serbs" are no state's people)
                if following is not None and following.head == token.head and following.dep_ == token.dep_ \
                        and following.pos_ == "NOUN" and _depth < 2:  # "accused [Azerbaijani] [troops] of …",
                    return self.resolve(following, speaker=speaker, _depth=_depth + 1)  # parsed as two objects
                return [Arg(span.name, "Country", "agent", "CVL", token.text)] if nationals else []
            if (span.kind in ("capital", "metonym") or span.type == "Place") and (body := self._seated(span)):
                return [Arg(body, "Organization", "metonym")]  # "pressure from Brussels" in a story of the EU
            # "the Baltic states": those of them the story named before
            if (members := _country_groups().get(span.name)) and (named := members if len(members) == 2 else [
                    m.name for m in self._before(token.i, {"Country"}) if m.name in members]):
                return [Arg(name, "Country", "group") for name in dict.fromkeys(named)]  # (a pair: both, always)
            if span.type == "Place" and state_of_place(span.name) is None and (home := next(
                    (m for c in token.children if c.dep_ == "appos" and (m := self.mention(c)) is not None
                     and m.type == "Country"), None)):
                return [Arg(home.name, "Country", "name")]  # "struck a camp in Balakot, Pakistan": a town no gazetteer
                #                                             knows stands for the state named after it
            return [Arg(span.name, "Country" if span.kind == "metonym" else span.type,
                        "metonym" if span.kind == "metonym" else "name")]
        lower = token.lower_
        if token.tag_ == "NNPS" and of_a_people_elsewhere(self.doc, token.i) \
                and (home := canonical(self.doc[token.i - 1].text)) is not None and home[0] == "Country":
            return [Arg(home[1], "Country", "agent", "CVL", self.doc[token.i - 1:token.i + 1].text)]  # "thousands
            #                                        of Kosovo Albanians marched": a people of the state named before it
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon().roles and token.i + 1 < len(self.doc) \
                and (named := self.mention(self.doc[token.i + 1])) is not None and named.type == "Person" \
                and named.start == token.i + 1 and self.doc[token.i + 1].head == token:
            return [Arg(named.name, "Person", "name")]  # "Vietnam's top leader To Lam" (read as the title's phrase)
        if token.lemma_.lower() in lexicon().roles and token.tag_ == "NNP" \
                and not any(c.dep_ == "det" for c in token.children) and (named := next(
                    (m for c in token.children if c.dep_ == "conj" and (m := self.mention(c)) is not None
                     and m.type == "Person" and self.doc[token.i + 1].lower_ == "and" and c.left_edge.i == token.i + 2
                     and any(t.lemma_.lower() in lexicon().roles for t in self.doc[token.i + 2:m.start])), None)):
            return [Arg(named.name, "Person", "name")]  # "Deputy Prime Minister and Foreign Minister Murat Nurtleu":
            #                                             two titles of one person (not "the president and …")
        if token.lemma_.lower() in lexicon().roles and token.dep_ in ("nsubj", "nsubjpass") \
                and token.right_edge.i > token.i + 1 and (named := self.mention(token.right_edge)) is not None \
                and named.type == "Person" and named.end == token.right_edge.i + 1 \
                and all(t.dep_ in ("pobj", "prep", "compound") for t in (token.right_edge, *token.right_edge.ancestors)
                        if token in t.ancestors):
            # "General Secretary of the Communist Party of Vietnam To Lam received …": the name ends the title's
            # phrase (not "Ethiopia's prime minister Abiy Ahmed and Eritrea's president Isaias Afwerki")
            return [Arg(named.name, "Person", "name")]
        if lower == "whose" and token.dep_ == "poss" and token.head.head.dep_ == "relcl" and _depth < 2:
            # "Kosovo, whose independence Serbia does not recognise": the noun the clause describes
            return self.resolve(token.head.head.head, speaker=speaker, _depth=_depth + 1)
        if lower in _RELATIVE and token.head.dep_ == "relcl" and _depth < 2:
            # "Saudi Arabia, which has been holding talks …": the relative pronoun is its antecedent
            antecedent = token.head.head  # ("a joint statement, which Peru rejected": its authors)
            if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "among" and antecedent.head.head.lemma_ == "be" \
                    and (among := own_subject(antecedent.head.head)) is not None:
                antecedent = among  # ("Ruto was among the leaders who met Biden": Ruto did)
            # (every one of a list: "Egypt and Qatar, which have mediated …"; the clause hung on the last of a list
            # that is the sentence's subject: "Iraq and Oman, which hosted talks …, praised …", not "which has")
            if antecedent.dep_ == "conj" and antecedent.head.dep_ in ("nsubj", "nsubjpass") \
                    and token.head.tag_ != "VBZ" and token.dep_ in ("nsubj", "nsubjpass"):
                antecedent = antecedent.head
            found = [a for t in (expand(antecedent) if token.dep_ in ("nsubj", "nsubjpass") else [antecedent])
                     for a in self.resolve(t, speaker=speaker, _depth=_depth + 1)]
            # ("a resolution that condemned …": its authors speak by it)
            return found or (self._authors_above(antecedent) if descend or token.dep_ == "nsubj"
                             and antecedent.lemma_.lower() in MOTIONS else [])
        if (token.dep_ in ("nsubj", "nsubjpass", "dobj") or token.dep_ == "pobj" and token.head.lower_ == "between"
                or token.dep_ == "conj" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "VERB") \
                and (lower == "both" or lower in ("two", "pair") and any(c.lower_ == "the" for c in token.children)
                     and not any(c.dep_ == "prep" for c in token.children)):
            # "X spoke with Y, and both agreed", "when the two met", "talks between the two", "urged both to show
            # restraint" (or "the two" read as a conjunct before its verb; "Chaves met Mulino. The pair agreed …",
            # not "a pair of drones")
            return self._pair_before(token)
        if token.pos_ == "PRON":
            if lower in _REFLEXIVE and token.dep_ in ("dobj", "pobj"):  # "defending themselves": the doer itself
                verb = token.head.head if token.dep_ == "pobj" else token.head
                return [a for t in clause_subjects(verb) for a in self.resolve(t, _depth=_depth + 1)
                        ] if _depth < 2 else []
            if (lower in _PLURAL and token.dep_ in ("nsubj", "nsubjpass") or lower == "them") \
                    and (group := self._plural_before(token)):
                return self.resolve(group, descend=True, _depth=_depth) if _depth < 2 else []  # (a noun: no loop)
            if lower == "their" and token.head.dep_ == "conj" and token.head.head.tag_ in ("NNS", "NNPS") \
                    and self.mention(token.head.head) is None:  # "junta members and their relatives": theirs
                return self.resolve(token.head.head, descend=True, _depth=_depth + 1) if _depth < 2 else []
            opened = token if token.dep_ in ("nsubj", "nsubjpass") else token.head \
                if token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass") else None
            if lower in _PERSONAL and opened is not None and _depth < 2 and (
                    said_by := self._said_by(opened, 2)) and all(a.how == "agent" for a in said_by):
                return said_by  # "Iceland's prime minister said she was …", "… said his government …": the
                #                 unnamed speaker
            if lower in _PERSONAL | _NEUTER | _PLURAL and token.dep_ == "nsubj" and _depth < 2 \
                    and (namer := _free_relative_namer(token)) is not None \
                    and (named_by := [a for t in clause_subjects(namer) for a in self.resolve(t, _depth=_depth + 1)]):
                return named_by  # "Hamas, which praised what it called …", "the EU's foreign policy chief condemned
                #                  what he called …": who names it is who praises or condemns
            if lower in _PERSONAL:
                speaking = token.dep_ == "nsubj" and token.head.lemma_.lower() in lexicon().speech
                # "Mottley declared Rihanna a hero, praising her": an object pronoun is not its own clause's
                # subject, but the other person named last in its sentence
                verb = token.head.head if token.dep_ == "pobj" else token.head  # (or "met with him")
                # (so is the one honoured: "hosted a banquet in his honour" is a guest's)
                honoured = token.dep_ == "poss" and token.head.lemma_.lower() in ("honour", "honor") \
                    and (verb := governing_verb(token.head)) is not None
                # ("met Pena and praised his leadership": what one praises is another's, named before in the sentence;
                # remarks one faults, or a call one backs, in the one before it too: "… Duda called his remarks
                # outrageous", "… Mirziyoyev backed his call for a common market")
                praised = token.dep_ == "poss" and token.head.dep_ == "dobj" and lower in ("his", "her") \
                    and token.head.lemma_.lower() not in _OWN_RELATIONS \
                    and ((verb := token.head.head).lemma_.lower() in _OF_ANOTHER or verb.lemma_.lower()
                         in _FAULTING and token.head.lemma_.lower() in lexicon().synsets["REMARKS"]) and _depth < 2
                if praised and (near := [m for m in self._before(token.i, {"Person"}, {
                        a.name for t in clause_subjects(verb) for a in self.resolve(t, _depth=2)})
                        if m.start >= (self.sentence_before(token) if verb.lemma_.lower() in _LOOKING_BACK
                                       else self.sentence(token).start)
                        and self._sex(m) in (None, _PRONOUN_SEX[lower])]):
                    return [Arg(near[-1].name, "Person", "pronoun")]
                if (token.dep_ in ("dobj", "dative") or token.dep_ == "pobj" and verb.pos_ == "VERB") \
                        and lower in ("him", "her") and _depth < 2 or honoured and _depth < 2:
                    bound = {a.name for t in clause_subjects(verb) for a in self.resolve(t, _depth=2)}
                    start = self.sentence(token).start
                    if bound and (near := [m for m in self._before(token.i, {"Person"}, bound) if m.start >= start
                                           and self._sex(m) in (None, _PRONOUN_SEX[lower])]):
                        return [Arg(near[-1].name, "Person", "pronoun")]
                    # "expelled the German ambassador, accusing him of …": an official the sentence names by title
                    # only, or one of an agent's kind ("a Russian diplomat"), when no person's name stands between
                    named = max((m.end for m in self._before(token.i, {"Person"}) if m.start >= start), default=start)
                    doers = {t.i for s in clause_subjects(verb) for t in s.subtree}  # (not who does it to him)
                    titled = [t for t in self.doc[named:token.i] if t.tag_ == "NN"
                              and (t.lemma_.lower() in lexicon().roles or t.lemma_.lower() in lexicon().agents)
                              and t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.i not in doers
                              and self.mention(t) is None]
                    # ("telephoned his Sri Lankan counterpart to congratulate him": the counterpart's state)
                    if titled and (found := self.agent(titled[-1]) or [
                            a for a in self.resolve(titled[-1], descend=True, _depth=2) if a.type != "Person"]):
                        return found
                    return self.last_person(token.i, bound, pronoun=lower)  # ("… hosted Ruto. Museveni later
                    #                                                          met him")
                if token.dep_ == "nsubj" and _depth < 2 and (guests := self._arriving(token)):
                    return guests
                sent = self.sentence(token)
                if token.dep_ == "nsubj" and token.head.dep_ in ("relcl", "advcl", "conj") and sent.root.i < token.i \
                        and _depth < 2 and (titled := _titled_subjects(sent)) \
                        and not any(m.start >= sent.start for m in self._before(token.i, {"Person"})) \
                        and (found := self.resolve(titled[0], _depth=_depth + 1)):
                    return found  # "The Uruguayan minister then flew to Brasilia, where he is due to meet …": the
                    #               official its sentence opens with, not a person of the sentences before
                if token.head.dep_ == "ROOT" and (titled := self._titled_before(token)):
                    return titled  # "Uganda's trade minister dismissed the complaint. He accused Nairobi …": the
                    #                official the sentence before opens with, not a person named before it
                return self.last_person(token.i, speaking=speaking, pronoun=lower) or self._titled_before(token)
            # "Myanmar's government said it was ready", "Turkey said its forces had …": the speaker, when it
            # is a country or body
            subject = token if token.dep_ in ("nsubj", "nsubjpass") else token.head if token.dep_ == "poss" \
                and token.head.dep_ in ("nsubj", "nsubjpass") else None
            if token.dep_ == "poss" and _depth < 2 and any(c.lower_ == "own" for c in token.head.children) \
                    and (verb := governing_verb(token.head)) is not None and (own := own_subject(verb)) is not None:
                # "SADC approved its own standby force": "own" binds it to the clause's subject
                return self.resolve(own, speaker=speaker, _depth=_depth + 1)
            owned = token.head  # ("would defend every inch of its territory": the object the phrase is of; not
            #                     one counted from it: "rammed one of its patrol boats")
            if owned.dep_ == "pobj" and owned.head.lower_ == "of" and owned.head.head.dep_ == "dobj" \
                    and owned.head.head.pos_ == "NOUN":
                owned = owned.head.head
            if lower in ("its", "their") and token.dep_ == "poss" and owned.dep_ == "dobj" and _depth < 2:
                # "demanded that it recall its ambassador": the owner is the one doing the act (not "… recalled
                # its ambassador", which the rules below already give)
                verb = owned.head
                own = own_subject(verb)
                if own is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
                    # ("his country's resolve to defend its rights": whose resolve it is)
                    own = next((c for c in verb.head.children if c.dep_ == "poss"), None)
                if own is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and (doer := [
                        a for t in clause_subjects(verb) if t.pos_ == "NOUN" and self.mention(t) is None
                        for a in self.resolve(t, speaker=speaker, _depth=_depth + 1)
                        if a.type in ("Country", "Organization")]):
                    return doer  # "…, the government in Tripoli said, accusing its neighbour": the sayer's
                if own is not None and (own.pos_ == "PRON" or own.dep_ == "poss" or owned != token.head) \
                        and (doer := [
                        a for a in self.resolve(own, speaker=speaker, _depth=_depth + 1)
                        if a.type in ("Country", "Organization")]):
                    return doer
            if lower in ("its", "their") and token.dep_ == "poss" and _depth < 2 \
                    and (owner := self._reason_owner(token) or self._harmed_sayer(token)):
                return owner
            if lower in _NEUTER | _PLURAL and token.dep_ == "nsubj" and token.head.dep_ == "relcl" and _depth < 2 \
                    and token.head.head.dep_ in ("dobj", "pobj") \
                    and (verb := governing_verb(token.head.head)) is not None \
                    and (own := own_subject(verb)) is not None and own.pos_ != "PRON" and (doer := [
                        a for t in expand(own) for a in self.resolve(t, _depth=_depth + 1)
                        if a.type in ("Country", "Organization")]):
                return [Arg(a.name, a.type, "pronoun") for a in doer]  # "Britain freed a tanker it seized": the
                #                                                       doer of the clause the thing is in
            if lower in _NEUTER | _PLURAL and subject is not None and (
                    addressed := self._addressed(subject) or self._warned(subject)):
                return addressed  # "accused Lithuania of … and demanded that it recall …": not the one demanding
            if lower in _NEUTER | _PLURAL and subject is not None:
                said_by = [a for a in self._said_by(subject, _depth + 1) if a.type != "Person"]
                # ("they" of one body with a plural name: "the Houthis said they would …", or of one state's
                # people: "Vietnamese officials insist their country …")
                if lower in _NEUTER and len(said_by) == 1 or lower in _PLURAL and (
                        len(said_by) >= 2 or len(said_by) == 1 and (said_by[0].type == "Organization"
                                                                    or said_by[0].how == "agent")):
                    return [Arg(a.name, a.type, "pronoun") for a in said_by]
            if lower == "it" and token.dep_ == "dobj" and _depth == 0 and (done_to := self._object_before(token)):
                return done_to
            if lower == "it" and token.dep_ == "dobj" and (texts := [
                    m for m in self._before(token.i, {"Document"}) if m.start >= self.sentence_before(token)]) \
                    and not any(m.start >= texts[-1].end and not self._is_subject(m)
                                for m in self._before(token.i, {"Country", "Organization"})):
                # "… signed the Prespa agreement. Ivanov said he would refuse to sign it": the document named last,
                # with no state or body named after it but who acts
                return [Arg(texts[-1].name, "Document", "pronoun")]
            if lower in _NEUTER:
                actors = self._before(token.i, {"Country", "Organization"})
                subjects = [m for m in actors if self._is_subject(m)]
                chosen = (subjects or actors)[-1:]
                if lower == "it" and token.dep_ == "dobj" and chosen and self._thing_after(chosen[0].end, token):
                    return []  # "China criticised the deal … New Zealand welcomed it": the deal, not China
                if lower == "it" and token.dep_ == "dobj" and any(
                        t.lower_ in ("this", "that") and t.dep_ == "nsubj" and t.pos_ == "PRON"
                        for t in self.doc[self.sentence(token).start:token.i]):
                    return []  # "This is a provocation, and we will not tolerate it": what "this" points at
                if _depth == 0 and (before := self._subject_before(token)) is not None \
                        and (not subjects or subjects[-1].end <= before.i) and (
                        (found := self.resolve(before, _depth=1)) or before.lower_ in lexicon().agents) \
                        and all(a.type in ("Country", "Organization") for a in found):
                    # (the body the sentence before was about, or no one when it cannot be told: "The junta's
                    # foreign ministry lodged a protest with Jakarta … Its spokesman …" is not Jakarta's)
                    return [Arg(a.name, a.type, "pronoun") for a in found]
                return [Arg(m.name, m.type, "pronoun") for m in chosen]
            if lower == "their" and _depth < 2 and (listed := self._subjects_listed(token)):
                return listed
            if lower in _PLURAL and token.dep_ == "nsubj" and _depth < 2 and (
                    pair := self._pair_above(token) or self._pair_told_before(token)):
                return pair
            if lower == "their" and _depth < 2 and (group := self._plural_owner(token)):
                return group
            if lower in _PLURAL:
                return self.salient("Country", token.i)
            if lower in _FIRST_PERSON and speaker:
                return [Arg(a.name, a.type, "pronoun") for a in speaker]
            return []
        for child in token.children:  # "his Russian counterpart, Sergey Lavrov"; "the advisers, A, B and C,"
            if child.dep_ == "appos" and self.mention(child) is not None:
                return [a for t in expand(child) for a in self.resolve(t)]
        if token.lemma_.lower() in lexicon().roles:  # "the head of the IAEA, Mohamed ElBaradei," (parsed
            for prep in token.children:              # as the IAEA's apposition; "the envoy for Western Sahara, X,")
                for owner in (p for p in prep.children if prep.lower_ in ("of", "for", "to") and p.dep_ == "pobj"):
                    named = [c for c in owner.children if c.dep_ == "appos" and (m := self.mention(c)) is not None
                             and m.type == "Person"]
                    if named:
                        return self.resolve(named[0])
        lemma = token.lemma_.lower()
        quantity = {c.lower_ for c in token.children if c.dep_ in ("nummod", "det", "predet", "preconj", "amod")}
        owned = any(c.dep_ in ("amod", "compound", "poss") and self.mention(c) is not None for c in token.children)
        if lemma in _GROUP_NOUNS and token.tag_ in ("NNS", "NNPS") and not owned and (
                quantity & _PAIRING or token.dep_ == "pobj" and token.head.lower_ == "between") \
                and quantity & {"both", "the", "these", "those"}:  # ("arrested two men": two not named before;
            #                                                     "the warring parties": the two at war; "mediated
            #                                                     between the neighbours": a pair)
            kind = _GROUP_NOUNS[lemma]  # ("two Colombian diplomats" are Colombia's)
            # (the post with its kind: "the two foreign ministers" are not a prime minister and another minister)
            title = " ".join([c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.is_lower
                              and self.mention(c) is None] + [lemma])
            if kind == "Person":
                found = self._last_pair(token, title)
            else:  # "the two countries": the two its sentence names ("urged both sides": others' sides)
                # ("Sanchez wrote to King Mohammed VI … Rabat welcomed the letter, and the two countries agreed":
                # the two of this sentence and the one before, when it names no two)
                # ("talks between Burhan and Dagalo. Both sides accused each other": the two the talks are between)
                found = self._parties(token) \
                    or (self.between_before(token) if lemma in ("side", "party") and _depth < 2 else []) \
                    or (self._met_pair(token) if _depth < 2 else []) \
                    or (self._doers_before(token) if lemma in ("side", "party") and _depth < 2 else []) \
                    or (self._sentence_pair(token) or self._pair_told_just_before(token) if "two" in quantity else []) \
                    or self._coordinated_pair(token)  # ("the ministers of Chad and Sudan … both governments")
            salient = self.salient(kind, token.i)
            if lemma in ("minister", "president"):  # ("spoke with both foreign ministers": not a president named
                #                                      more, only those known to hold the post, if any)
                salient = [a for a in salient if any(title in r.lower() for r, _ in self.positions.get(a.name, []))]
                # (else the two states whose ministers they are: "hosted a meeting between the two foreign
                # ministers" of the states the article is about)
                salient = salient or self._sentence_pair(token) or self.salient("Country", token.i)
            elif lemma in STATE_GROUPS and token.dep_ == "dobj" and _depth < 2:
                # "Wang urged the two countries to …": two others than the doer's, who is no party (but "praised the
                # negotiators of both countries" may be one's own)
                own = {n for a in self._doers(token.head) for n in (
                    self.office_state(a.name) if a.type == "Person" else [a.name])}
                salient = [a for a in self.salient(kind, token.i, 2 + len(own)) if a.name not in own][:2] \
                    if own & {a.name for a in salient} else salient
                # (the two the article named as one "X and Y", when they are among the most named: "Ghana and Togo
                # agreed … Nigeria praised the two governments", though Burkina Faso is named more often)
                paired = self._coordinated_pair(token, whole=True)
                top = {a.name for a in self.salient(kind, token.i, 3 + len(own))} - own
                salient = paired if paired and {a.name for a in paired} <= top \
                    and not own & {a.name for a in paired} else salient
            # ("Xi held talks with Putin. Both sides expressed concern …": the two people just named, when the text
            # names no state)
            return found or salient or (self._sayers_pair(token) if kind == "Country" else []) \
                or (self._last_pair(token, lemma) if lemma == "side" else [])
        if lemma in _GROUP_NOUNS and _GROUP_NOUNS[lemma] == "Country" and token.tag_ == "NNS" and _depth < 2 and (
                theirs := [a for c in token.children if c.dep_ == "poss" and c.lower_ == "their"
                           for a in self.resolve(c, _depth=_depth + 1) if a.type == "Country"]):
            return theirs  # "the juntas of Niger, Mali and Burkina Faso said their countries were leaving …"
        if lemma in _GROUP_NOUNS and _GROUP_NOUNS[lemma] == "Country" and token.tag_ == "NNS" and not owned \
                and (count := max((_COUNTS.get(q, 0) for q in quantity), default=0)):
            return self._listed(token, count)  # "Niger, Mali and Burkina Faso … urged the three countries"
        if lemma in ("country", "nation", "state") and token.tag_ == "NNS" and quantity == {"the"} and not owned \
                and not any(c.dep_ == "prep" for c in token.children):
            return self._listed(token, None)  # "Niger, Mali and Burkina Faso quit … The countries formed a pact"
        if lemma in _GROUP_NOUNS and _GROUP_NOUNS[lemma] == "Country" and token.tag_ == "NN" \
                and quantity & {"each", "either"} and not owned:  # "each side accused the other"
            return self._sentence_pair(token) or self.salient("Country", token.i)
        if lemma in _GROUP_NOUNS and _GROUP_NOUNS[lemma] == "Person" and token.tag_ == "NNS" and not owned \
                and quantity and quantity <= {"the", "these", "those"} and not any(c.dep_ == "prep" for c in token.children) \
                and (group := self._named_group(token)):
            return group  # "… included Buhari, Mahama and Koroma. The leaders met Jammeh"
        if lemma in _STATE_NOUNS and token.tag_ == "NN" and any(c.lower_ == "the" for c in token.children) \
                and (members := _group_regions().get(
                    " ".join(c.text for c in token.lefts if c.dep_ in ("compound", "amod")))):
            # "the Gulf state", "the Nordic country": the last of the group's members named before (a nationality too)
            named = [m for m in self.mentions if m.end <= token.i and m.type == "Country" and m.name in members]
            return [Arg(named[-1].name, "Country", "pronoun")] if named else []
        if lemma in _PLACE_ANAPHORS and token.tag_ == "NN" and _bare(token):
            # "attacked villages in Tigray, as Guterres visited the region": the place named last, in this sentence
            # or the one before (a region further back may be another: "the region" of a whole story)
            start = self.sentence_before(token)
            places = [m for m in self._before(token.i, {"Place"}) if m.start >= start]
            return [Arg(places[-1].name, "Place", "pronoun")] if places else []
        if lemma in _NEIGHBOURING_STATES and token.tag_ == "NN" and _depth < 2 and [
                c.lower_ for c in token.children if c.dep_ == "det"] == ["the"] and any(
                c.dep_ in ("amod", "compound") and c.lower_ in ("neighbouring", "neighboring") for c in token.children):
            # "Ecuador summoned Colombia's ambassador after soldiers from the neighbouring country detained …": the
            # last other state named in its sentence or the one before (not the one its sentence is about)
            root = self.sentence(token).root
            own = {a.name for s in clause_subjects(root) if not s.is_ancestor(token) and s != token
                   for a in self.resolve(s, _depth=_depth + 1)}
            start = self.sentence_before(token)
            named = [m for m in self._before(token.i, {"Country"}) if m.start >= start and m.name not in own]
            return [Arg(named[-1].name, "Country", "pronoun")] if named else []
        if lemma in _ANAPHORS and (token.tag_ == "NN" or token.tag_ == "NNP" and token.is_lower) and (
                (bare := _bare(token)) or _ANAPHORS[lemma] == "Country" and self._epithet(token)):
            if lemma in _HOMELAND and _depth < 2 and (citizens := [  # "a Thai senator urged the government":
                    a for t in clause_subjects(governing_verb(token) or token) for a in self.resolve(t, _depth=2)
                    if a.type == "Country" and a.how == "agent"]):  # the speaker's own
                # ("Thousands of Georgians protested against the government": its rulers, a part of its own)
                return [Arg(a.name, "Country", "pronoun", "GOV" if lemma in _RULERS else None) for a in citizens]
            named = self._before(token.i, {_ANAPHORS[lemma]})
            if _ANAPHORS[lemma] == "Country":  # ("The Malian government … The government": a state named by the
                # adjective of its rulers)
                named = sorted(named + [m for m in self.mentions if m.end <= token.i and m.kind == "demonym"
                                        and m.type == "Country" and self.doc[m.end - 1].head.lemma_.lower() in _RULERS
                                        and self.doc[m.end - 1].head.i != token.i], key=lambda m: m.start)
            if lemma in _RULERS and (ruled := [m for m in named if self.doc[m.end - 1].head.lemma_.lower() in _RULERS
                                               and self.doc[m.end - 1].head.i != token.i]):
                named = ruled  # ("Colombia's government … Norway's envoy … the government": the state whose rulers
                #                were named, not the state named last)
            if lemma in _RULERS and (led := [
                    (m.start, state) for m in self.mentions if m.end <= token.i and m.type == "Person"
                    and self.doc[m.end - 1].head.lemma_.lower() in _RULERS and self.doc[m.end - 1].head.i != token.i
                    for state in self.governed(m.name)]) and (not ruled or led[-1][0] > ruled[-1].start):
                return [Arg(led[-1][1], "Country", "pronoun")]  # ("Kurti's government … Washington condemned the
                #                                                 government's decision": the state he governs)
            if lemma in _state_forms():  # "the kingdom": the last monarchy named, else none (not a republic)
                named = [m for m in named if m.name in _state_forms()[lemma]]
                if not bare:  # ("joined Saudi Arabia and the UAE in cutting ties with the gas-rich emirate": an
                    # epithet names a state told of before its sentence, not one the sentence has just named)
                    named = [m for m in named if m.start < self.sentence(token).start] or named
            if lemma in _BLOCS:  # "the bloc": not a body the text calls rebels ("the RED-Tabara rebel group"),
                armed = self._armed()  # and a body of states when one was named ("the seven-nation bloc")
                named = [m for m in named if m.name not in armed]
                named = [m for m in named if _of_states(m.name)] or named
            if lemma == "junta":  # "the junta": the last state told to be under military rule ("Mali, whose
                # military government …", "the coup in Guinea"), else the one state whose place its sentence names
                # and whose name it does not ("flew into Niamey for talks with the junta"), else none
                named = [m for m in named if self._under_military_rule(m)] or self._state_of_places(token) \
                    or self._state_set_in(token)
            if lemma in NAMING_ANAPHORS:  # "the council": only a body whose name says it is one
                named = [m for m in named if lemma in m.name.lower().split()]
            if _ANAPHORS[lemma] == "Country":  # not a state its own sentence acts on: "Thailand closed its border
                # with Cambodia. The kingdom accused Cambodia …" is Thailand
                acted_on = {m.name for m in self.mentions if token.i < m.start < token.sent.end}
                named = [m for m in named if m.name not in acted_on] or named
            if named and not bare and lemma not in _state_forms():  # an epithet ("the island nation"): the state
                # that acted just before, else the state named most so far, the story's own (but one of a state's
                # form is the last state of that form named: "the gas-rich emirate")
                found = [a for a in self._acting_state(token) if a.name not in acted_on] or [
                    a for a in self.salient("Country", token.i, 1) if a.name not in acted_on]
                if found:
                    return [Arg(found[0].name, "Country", "pronoun")]
            if named and bare and lemma in _RULERS and token.dep_ == "nsubj" and self.inside_quote(named[-1].start) \
                    and (acting := [a for a in self._acting_state(token, 3) if a.name not in acted_on]):
                return [Arg(acting[0].name, "Country", "pronoun")]  # (the state that acted before a quote: "Gabon's
                #   minister accused Malabo … '…,' he said. The government asked the AU …")
            return [Arg(named[-1].name, named[-1].type, "pronoun")] if named else []
        if lemma in GATHERINGS and token.dep_ == "nsubj" and _bare(token) and (
                bodies := self._before(token.i, {"Organization"})):
            return [Arg(bodies[-1].name, "Organization", "pronoun")]  # "ASEAN ministers met … The meeting commended"
        if lemma in lexicon().roles and token.tag_ not in ("NNS", "NNPS"):  # "the minister", "his counterpart"
            found = self._role_reference(token)  # (not "the leaders of South Korea, Japan and China")
            if found:
                return found
            if lemma == "counterpart" and (states := [s.name for c in token.children if c.dep_ in ("amod", "compound")
                                                      and (s := self.mention(c)) is not None and s.kind == "demonym"]):
                return [Arg(states[0], "Country", "agent", "GOV", token.text)]  # "Blinken and his Chinese
                #                                                                 counterpart met": one of China's
        if lemma in ("host", "guest") and token.tag_ == "NN" and (owner := next(
                (c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)) is not None and _depth < 2:
            # "Mahama later praised his host", "… his guest": the last other person named before (as "his
            # counterpart" is)
            owners = {a.name for a in self.resolve(owner, speaker=speaker, _depth=_depth + 1)}
            others = [m for m in self._before(token.i, {"Person"}) if m.name not in owners]
            return [Arg(others[-1].name, "Person", "role")] if owners and others else []
        if lemma in _BODIES and token.tag_ == "NN" and (bodies := [
                m for c in token.children if c.dep_ in ("compound", "nmod", "amod")
                and (m := self.mention(c)) is not None and m.type == "Organization"]):
            # "the Wagner group", "the Hamas movement" (a hyphened name read in pieces: "the Jaish-e-Mohammed group")
            return [Arg(bodies[0].name, "Organization", "name")]
        if lemma in _RELATIONAL and token.tag_ == "NNS" and (bodies := [
                m for c in token.children if c.dep_ in ("compound", "nmod") and (m := self.mention(c)) is not None
                and m.type == "Organization"]):
            return [Arg(bodies[0].name, "Organization", "agent")]  # "pressed European Union partners to …"
        if (lemma in _HOMELAND or lemma in _SPEAKING_FOR) and token.tag_ == "NN" and (owner := next(
                (c for c in token.children if c.dep_ == "poss" and (c.lower_ in ("his", "her") or (
                    m := self.mention(c)) is not None and m.type == "Person")), None)) is not None \
                and _depth < 2:  # "Arevalo reaffirmed his country's support", "Kurti's government": the state
            # whose office the person holds (or the state of one named by office: "Mexico's president said his
            # government …")
            states = [country for a in self.resolve(owner, speaker=speaker, _depth=_depth + 1)
                      for country in (self.office_state(a.name) if a.type == "Person"
                                      else [a.name] if a.type == "Country" and a.how == "agent" else [])]
            if states or owner.tag_ == "PRP$":  # (a government, a part of its state: "the opposition accused
                #                                    Kenyatta's government" is Kenya's opposition on its government)
                # ("Chapo's spokesman dismissed the remarks": one who speaks for an office holder, for the state)
                governing = ("agent", "GOV", token.text) if lemma == "government" or lemma in _SPEAKING_FOR \
                    else ("pronoun", None, None)
                return [Arg(states[0], "Country", *governing)] if states else []
        if lemma in _RELATIONAL and token.tag_ == "NNS" and quantity & _PAIRING and (owner := next(
                (c for c in token.children if c.dep_ == "poss"), None)) is not None and _depth < 2:
            # "urged its two allies to resolve their differences": the last two other states named before
            owners = {a.name for a in self.resolve(owner, speaker=speaker, _depth=_depth + 1)}
            others = list(dict.fromkeys(m.name for m in reversed(self._before(token.i, {"Country"}))
                                        if m.name not in owners))[:2]
            return [Arg(name, "Country", "pronoun") for name in others] if owners and len(others) == 2 else []
        if lemma in _RELATIONAL and token.tag_ == "NN" and (owner := next(
                (c for c in token.children if c.dep_ == "poss"), None)) is not None and _depth < 2:
            # "its NATO ally", "its southern neighbour": the last other country named before
            owners = {name for a in self.resolve(owner, speaker=speaker, _depth=_depth + 1)  # (and a person's state)
                      for name in (a.name, *(country for _, country in self.positions.get(a.name, [])))}
            # (unless the owner was called that of a country: "the US, a treaty ally of the Philippines, … vowed
            # to defend its ally")
            called = [a for t in self.doc[max(0, token.i - _ANTECEDENT_WINDOW):token.i]
                      if t.lemma_.lower() == lemma and t.dep_ == "appos"
                      and any(a.name in owners for a in self.resolve(t.head, _depth=2))
                      for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj" for a in self.resolve(p, _depth=2) if a.type == "Country"]
            # (not a state its sentence sets the owner against: "stood with its ally against China's actions")
            sent = self.sentence(token)
            opposed = {m.name for m in self.mentions if sent.start <= m.start < sent.end and any(
                a.dep_ == "prep" and a.lower_ == "against" for a in self.doc[m.start].ancestors)}
            others = [m for m in self._before(token.i, {"Country"}) if m.name not in owners | opposed]
            if owners and called:
                return [Arg(called[-1].name, "Country", "pronoun")]
            if not owners or not others:
                return []
            if lemma != "ally":
                return [Arg(others[-1].name, "Country", "pronoun")]
            # ("Moscow stood with its ally": the other state the story names most, the last of those on a tie)
            counts = Counter(m.name for m in others)
            return [Arg(max(reversed([m.name for m in others]), key=counts.__getitem__), "Country", "pronoun")]
        if lemma == "general" and token.tag_ == "NNS" and _bare(token) and (ruled := [
                m for m in self._before(token.i, {"Country"}) if self._under_military_rule(m)]):
            # "Myanmar's junta bombed villages … called on the generals to halt": the state under military rule
            return [Arg(ruled[-1].name, "Country", "agent", "MIL", token.text)]
        if token.tag_ in ("NNS", "NNPS") and (members := self._members(token)):
            return members  # "several EU members, including Hungary": those named, not the body
        if found := self.agent(token):  # "Hungarian officials", when no known person holds the role
            return found
        if lemma in _BODIES_OF and _depth < 2 and (found := [  # "Bolivian farmers' groups": the farmers'
                a for c in token.children if c.dep_ == "poss" and c.lower_ in lexicon().agents
                for a in self.agent(c)]):
            return found
        if lemma in lexicon().roles and token.tag_ in ("NNS", "NNPS"):  # "his counterparts from Qatar and Jordan"
            found = [a for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                     for p in c.children if p.dep_ == "pobj" for t in expand(p) for a in self.resolve(t)
                     if a.type == "Country"]
            # ("his Thai and Cambodian counterparts": the states their nationalities name)
            found = found or [a for c in token.children if c.dep_ in ("amod", "nmod", "compound") and c.i < token.i
                              for t in expand(c) if (s := self.mention(t)) is not None and s.kind == "demonym"
                              for a in [Arg(s.name, "Country", "agent")]] if lemma == "counterpart" else found
            if found:
                return [Arg(a.name, "Country", "agent", text=token.text) for a in found]
        if members := self._members(token):  # "leaders of several countries, including Kazakhstan and Belarus"
            return members
        if lemma in QUANTITIES:  # "thousands of Bolivians", "dozens of Hamas supporters"
            return [a for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" for a in self.resolve(p, speaker=speaker, descend=descend)]
        if descend and (lemma in BORDERS or any(c.dep_ == "compound" and c.lemma_.lower() in BORDERS
                                                for c in token.children)):
            # "its border with Armenia" (or "its border crossings with Armenia"): the other side ("the border
            # between Sudan and South Sudan": both)
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                    # (or a region of one: "its border with Sudan's Darfur region", "… the Darfur region of Sudan")
                    found = [a for p in child.children if p.dep_ == "pobj" for t in expand(p)
                             for a in self.resolve_land(t)]
                    if found:
                        return [Arg(a.name, a.type, "possessor") for a in found]
            if found := self._other_side(token):
                return found
        if descend:
            # ("European Union farm policies"; deeper, only a paper or a body of those it names: "the findings of
            # the UN report", "the peacekeepers of the UN mission", not "the development of the BRICS mechanism")
            if _depth == 0:
                owners = ("poss", "compound", "nmod")
            elif lemma in _SENT_OUT or lemma in lexicon().synsets.get("PAPERS", ()):
                owners = ("poss", "compound")
            else:
                owners = ("poss",)
            # ("Suu Kyi's representatives", "Putin's spokesman": people acting for a person are not that person)
            # (and a person's minister holds an office of that person's state: "Assad's foreign minister" is Syria's)
            stand_ins = lemma in _STAND_INS
            family = lemma in _FAMILY or lemma in lexicon().roles and not stand_ins
            # ("concern over Castillo's treatment", "condemned Navalny's arrest": the person who owns an act done to
            # someone undergoes it, unless an "of" names who does: "Trump's treatment of migrants")
            undergone = not through_of and _acted_upon(token) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
            if _depth == 0 and any(c.dep_ == "amod" and c.lower_ in _INSURGENT for c in token.children) \
                    and (group := self.armed_before(token)) is not None:
                return [Arg(group, "Organization", "possessor")]  # "the rebel offensive": the rebels told before
            for child in token.children:  # (through a compound that names no one: "the EU migration pact")
                if child.dep_ == "poss" and lemma == "counterpart":
                    continue  # ("their Philippine counterparts": the other side's, never the owners')
                nested = child.dep_ == "compound" and self.mention(child) is None
                # (or a name the parser read as an adjective: "the Kyiv region")
                named = child.dep_ == "amod" and _depth == 0 and (m := self.mention(child)) is not None \
                    and m.kind != "demonym"
                if (child.dep_ in owners or named) and (found := [  # (and the name hyphened to it: "the
                        a for t in (child, *hyphened(child), *joined_owners(child))  # Ethiopia-Somaliland deal":
                        #                                       both; so "Bulgaria's and Romania's bid")
                        for a in self._kin(self.resolve(t, descend=nested, _depth=_depth), family)
                        if not ((stand_ins or undergone) and a.type == "Person")]):
                    return [Arg(a.name, a.type, "possessor", a.sector, a.text) for a in found] + [
                        Arg(m.name, "Country", "possessor") for m in self._demonym_hyphened(child)]
            for child in token.children:  # "an Indian proposal", "the Russian invasion"
                span = self.mention(child)
                if child.dep_ in ("amod", "compound") and span is not None and span.kind == "demonym" \
                        and lemma not in _LIKENESS and not _ethnic(child):  # (not "a Russian-style law": a
                    #                                   likeness, not Russia's; nor "ethnic Armenian forces")
                    # (both of "an Egyptian-Qatari proposal", "the US-South Korean drills", "American and
                    # British interests")
                    joined = [m for g in child.children if (g.dep_ in ("amod", "compound", "npadvmod")
                                                            and g.i + 2 == span.start
                                                            and self.doc[g.i + 1].text == "-" or g.dep_ == "conj")
                              and (m := self.mention(g)) is not None and (m.kind == "demonym" or m.type == "Country")]
                    return [Arg(m.name, "Country", "possessor") for m in (*joined, span)]
            if (span := self.owner(token)) is not None:  # "a British-flagged tanker"
                return [Arg(span.name, _actor_type(span), "possessor")]
            captives = lemma in lexicon().synsets["CAPTIVES"]  # ("hostages held by the rebels" are not theirs)
            for acl in (c for c in token.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and _depth < 2
                        and not captives and c.lemma_.lower() not in _BROKERING and not any(
                            g.dep_ in ("mark", "nsubjpass", "nsubj") for g in c.children)):
                # (not a claim's content: "claims that it was funded by X")
                # "the sanctions imposed by the US"; "any ship linked to Israel", "vessels belonging to Iran"
                tied = acl.lemma_.lower() in _TIED and not any(c.dep_ == "dobj" for c in acl.children)
                blamed = acl.lemma_.lower() == "blame"  # ("killings blamed on Mali's army": the army's)
                made = acl.lemma_.lower() in _MADE  # ("steel imported from China", "cars made in Japan")
                for by in (c for c in acl.children if c.dep_ == "agent" or c.dep_ == "prep" and (
                        tied and c.lower_ == "to" or blamed and c.lower_ == "on"
                        or made and c.lower_ in ("from", "in"))):
                    found = [a for p in by.children if p.dep_ == "pobj" for t in expand(p) for a in self.resolve(t)]
                    if found:
                        return [Arg(a.name, a.type, "possessor", a.sector, a.text) for a in found]
            if _depth < 2 and (found := [a for p in blamed_on(token) for a in self.resolve(p, _depth=_depth + 1)]):
                return found  # "the attack, which Kuwait blamed on an Iraqi militia": the militia's
            if found := self._authors(token):  # "the statement Argentina issued", "the statement" issued before
                return found
            # "the coup in Niger", "the crackdown in Belarus", "the treatment of the Polish minority in Belarus": the
            # state's own rulers do it
            usurped = lemma in lexicon().synsets.get("USURPATIONS", ())
            if (usurped or lemma in lexicon().synsets.get("MISTREATMENT", ())) and (
                    found := self._state_where(token) or usurped and _depth == 0 and self._usurped(token)):
                return [Arg(a.name, a.type, "possessor") for a in found]
            meeting = lemma in lexicon().synsets.get("MEETINGS", ())  # ("called for talks with X": no stance on X)
            # "the expansion of NATO", "calls by Kofi Annan", "the border with Georgia"; the doer first
            # ("the release of the sailors by Peru")
            # (or hung on what it was done to: "the attack on its embassy by NATO forces"; or where trade goes:
            # "lifted restrictions on exports to Cuba")
            for child in sorted((*token.children, *stray_by(token), *target_by(token), *stray_from(token),
                                 *compass_of(token)), key=lambda c: c.lower_ != "by"):
                if child.dep_ in ("prep", "agent") and (child.lower_ in _DESCEND or child.lower_ == "to" and lemma
                                                         in lexicon().synsets["TRADE"]) and _depth < 2 and (
                        through_of or child.lower_ != "of" or not _acted_upon(token)) and not (
                        meeting and child.lower_ == "with") and not (child.lower_ == "of" and lemma in _OF_UNDERGONE):
                    # (not the "of" of victims, which names what befell them: "paid tribute to the victims of the
                    # bombing of Hiroshima" praises no state; nor of a breach, which names what was broken:
                    # "condemned any violation of the Vienna Convention" is no stance on the convention)
                    # ("the renewal of the US embargo" is the embargo's, at the depth of the embargo itself)
                    deeper = _depth + (child.lower_ != "of" or lemma not in lexicon().synsets["CONTINUATIONS"])
                    # ("restraint from both India and Pakistan": each; "flights to and from Mali": the object of
                    # the preposition joined to this one)
                    # (what a remark's "of" says it is about is no one's, unless it names someone: "dismissed
                    # reports of a rift with Peru", not "the claims of Venezuela")
                    told = child.lower_ == "of" and lemma in lexicon().synsets["REMARKS"]
                    for pobj in (*child.children, *joined_objects(child)):
                        if told and self.mention(pobj) is None and not any(
                                c.dep_ == "poss" and self.mention(c) is not None for c in pobj.children):
                            continue
                        if pobj.dep_ == "pobj" and (found := [a for t in expand(pobj) for a in self._kin(self.resolve(
                                t, descend=True, through_of=through_of, _depth=deeper), family)
                                if not (stand_ins and a.type == "Person")]):
                            return found
            if _depth == 0 and (earlier := self._antecedent(token)) is not None:
                # (or the name set before it there: "a World Trade Organization ruling … welcomed the ruling")
                found = self.resolve(earlier, descend=True, through_of=through_of, _depth=1) or [
                    Arg(a.name, a.type, "possessor") for c in earlier.children
                    if c.dep_ == "compound" and self.mention(c) is not None for a in self.resolve(c, _depth=1)]
                sets = lexicon().synsets
                if earlier.dep_ == "dobj" and (found and lemma in sets["PACTS"] or earlier.lower_ in sets["MEETINGS"]
                                               and earlier.head.lemma_.lower() in _TALKS_HELD):
                    # (a pact made "with" one is also its makers': "they signed security agreements with Zelensky
                    # … dismissed the agreements"; and talks held, their holders': "Kenya's minister held talks with
                    # Ethiopian officials … welcomed the talks")
                    makers = [a for t in clause_subjects(earlier.head) for a in self.resolve(t, _depth=1)]
                    found = list({a.name: a for a in (*makers, *found)}.values())
                return found
        return []

    def _harmed_sayer(self, pronoun) -> list[Arg]:
        """Who says another did harm to what "its" names: "the Philippine navy said a Chinese vessel rammed one of
        its supply boats" (the navy's boats, not the vessel's)."""
        verb = governing_verb(pronoun.head)
        said = speech_verb(verb) if verb is not None else None
        if said is None or not any(e.cameo[:2] in _HARM_CODES for e in lexicon().triggers.get(
                (verb.lemma_.lower(), "VERB"), ())) or any(t.lower_ == "own" for t in pronoun.head.children):
            return []
        subjects = clause_subjects(verb)
        if any(t.left_edge.i <= pronoun.i <= t.right_edge.i for t in subjects):
            return []  # ("Turkey said its forces had killed …": "its" is the doers' own, and resolving them would
            #            come back here)
        doers = {a.name for t in subjects for a in self.resolve(t, _depth=1)}
        sayers = [a for t in clause_subjects(said) for a in self.resolve(t, _depth=1)
                  if a.type in ("Country", "Organization")]
        return [Arg(a.name, a.type, "pronoun") for a in sayers] if doers and not doers & {a.name for a in sayers} \
            else []

    def _said_by(self, subject, depth: int) -> list[Arg]:
        """Who says the clause ``subject`` opens: "Turkey said it …", "Iceland's prime minister said she …"."""
        verb = speech_verb(subject.head)
        return [a for t in (clause_subjects(verb) if verb is not None else []) for a in self.resolve(t, _depth=depth)]

    def resolve_land(self, token) -> list[Arg]:
        """What ``resolve`` finds, and for a word for part of a land, whose land it is: "Sudan's Darfur region", "the
        breakaway region of Somaliland"."""
        return self.resolve(token, descend=token.lemma_.lower() in _PLACE_ANAPHORS)

    def _state_where(self, noun) -> list[Arg]:
        """The state in which the act ``noun`` names is done, by its "in" phrase or that of whom it is done to: "the
        crackdown in Belarus", "the persecution of Uyghurs in Xinjiang" (China), "… in Ukraine's Zakarpattia
        region"."""
        places = [p for t in (noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                      for p in c.children if p.dep_ == "pobj"))
                  for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        found = {}
        for a in (a for p in places for a in self.resolve_land(p)):
            state = a.name if a.type == "Country" else state_of_place(a.name) if a.type == "Place" else None
            if state:
                found.setdefault(state, Arg(state, "Country", "name"))
        return list(found.values())

    def _usurped(self, noun) -> list[Arg]:
        """The state where power was seized, for a coup named again ("Guinean soldiers seized power … China
        opposed the coup"): that of the last who seized power before (&SEIZING "power") or of the one they seized
        next, or of the leader last ousted or those who ousted them (&OUSTING: "toppled President Bazoum")."""
        if any(c.dep_ not in ("det", "punct", "amod") for c in noun.children) or not points_back(noun.children):
            return []
        sets = lexicon().synsets
        for verb in reversed(self.doc[max(0, noun.i - _ANTECEDENT_WINDOW):noun.i]):
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in sets.get("SEIZING", ()) and lemma not in sets.get("OUSTING", ()):
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if lemma in sets.get("SEIZING", ()) and any(o.lemma_.lower() == "power" for o in objects):
                # (or whom they acted on next, when they are named by no state: "army officers seized power and
                # placed President Ali Bongo under house arrest")
                sides = [*clause_subjects(verb), *(o for c in verb.children if c.dep_ == "conj"
                                                   for o in c.children if o.dep_ == "dobj")]
            elif lemma in sets.get("OUSTING", ()):
                sides = [*objects, *clause_subjects(verb)]  # (whom they ousted, else who ousted them)
            else:
                continue
            found = [Arg(country, "Country") for t in sides for a in self.resolve(t, descend=True, _depth=1)
                     for country in ([a.name] if a.type == "Country" else self.office_state(a.name))]
            if found:
                return found
        return []

    def _antecedent(self, noun):
        """The earlier mention of an act named again with "the" or "this": "North Korea's launch … The
        United States also condemned the launch" (the nearest earlier noun of the same lemma)."""
        if noun.pos_ != "NOUN" or not points_back(noun.children):
            return None
        if any(c.dep_ not in ("det", "punct", "amod", "compound") for c in noun.children):
            return _said_of(noun)  # "the launch of a satellite" says more than a reference back (but '"this act of
            #                        aggression," Iraq said of the strike' is the strike)
        if self._nouns is None:  # noun lemma -> positions, built once per document
            self._nouns = {}
            for t in self.doc:
                if t.pos_ == "NOUN":
                    self._nouns.setdefault(t.lemma_.lower(), []).append(t.i)
        places = self._nouns.get(noun.lemma_.lower(), [])
        before = places[bisect_left(places, noun.i) - 1] if places and places[0] < noun.i else None
        if before is None or noun.i - before > _ANTECEDENT_WINDOW:
            return _said_of(noun)
        # (with the words that set it apart, said before too: "its annual white paper … the white paper"; a word
        # that only describes it may be new: "China's fishing ban … opposed the unilateral ban")
        said = {c.lower_ for c in self.doc[before].children if c.dep_ in ("amod", "compound")}
        describing = lexicon().synsets["DESCRIBING"]
        return self.doc[before] if all(c.lower_ in said or c.dep_ == "amod" and c.lower_ in describing
                                       for c in noun.children if c.dep_ in ("amod", "compound")) else None

    def _addressed(self, subject) -> list[Arg]:
        """Whom "it" or "they" stands for as the subject of what is demanded, or helped: the last other country
        or body named earlier in the sentence ("Turkey accused Sweden of … and demanded that it extradite …")."""
        clause = subject.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _HELPING and not any(
                e.predicate in ("urges", "demands") and e.needs != INFINITIVE
                for e in lexicon().triggers.get((clause.head.lemma_.lower(), "VERB"), ())):
            # (not "told Somalia that it would …": what one tells is no demand; but whom one helps is another:
            # "sent troops to Somalia to help it fight al-Shabaab")
            return []
        own = {a.name for t in clause_subjects(clause.head) for a in self.resolve(t, _depth=2)}
        sent = self.sentence(subject)
        others = [m for m in self._before(subject.i, {"Country", "Organization"}) if m.start >= sent.start
                  and m.name not in own]
        return [Arg(others[-1].name, others[-1].type, "pronoun")] if own and others else []

    def _warned(self, subject) -> list[Arg]:
        """Whom "it" or "they" stands for as the subject of the condition a warning sets: the one warned ("warned
        Beijing of consequences if it supplied weapons to Russia", "warned Armenia that it would respond if it
        kept up the shelling"), not the one warning."""
        clause, verb = subject.head, subject.head.head
        if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                             for m in clause.children):
            return []
        while verb.dep_ in ("ccomp", "xcomp") and verb.lemma_.lower() not in WARNING:
            verb = verb.head
        if verb.lemma_.lower() not in WARNING:
            return []
        warners = {a.name for t in clause_subjects(verb) for a in self.resolve(t, _depth=2)}
        return [Arg(a.name, a.type, "pronoun") for c in verb.children if c.dep_ == "dobj" for t in expand(c)
                for a in self.resolve(t, _depth=2) if a.type in ("Country", "Organization") and a.name not in warners]

    def _arriving(self, pronoun) -> list[Arg]:
        """The guest a pronoun arriving stands for: the person the clause it hangs on greets or meets ("X embraced
        the emir when he arrived in Al-Ula", "welcomed Y as she landed"), not the host."""
        verb = pronoun.head
        if verb.lemma_.lower() not in _ARRIVING or verb.dep_ != "advcl" or verb.head.pos_ != "VERB":
            return []
        return [Arg(a.name, "Person", "pronoun") for c in verb.head.children if c.dep_ == "dobj"
                for t in expand(c) for a in self.resolve(t, _depth=2) if a.type == "Person"]

    def _parties(self, sides) -> list[Arg]:
        """The parties to the conflict or talks "both sides" are said to be in: "both sides in the
        Ethiopia-Eritrea war", "the two sides in the dispute between Guyana and Venezuela"."""
        after = sides.doc[sides.i + 1] if sides.i + 1 < len(sides.doc) else None  # (its phrase, or one the parser
        if after is None or after.dep_ != "prep" or after.lower_ not in ("in", "of", "to"):  # hung on the verb)
            return []
        found: dict[str, Arg] = {}
        for noun in (p for p in after.children if p.dep_ == "pobj"):
            named = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod")
                     and self.mention(t) is not None]
            named += [p for b in noun.children if b.dep_ == "prep" and b.lower_ == "between"
                      for p in b.children if p.dep_ == "pobj"]
            for t in (e for t in named for e in expand(t)):
                span = self.mention(t)  # ("the Armenian-Azerbaijani dispute": the states of the demonyms)
                parties = [Arg(span.name, "Country")] if span is not None and span.kind == "demonym" \
                    else self.resolve(t, _depth=2)
                for a in parties:
                    if a.type in ("Country", "Organization"):
                        found.setdefault(a.name, Arg(a.name, a.type, "group"))
            if not named and after.lower_ == "in":
                found.update((a.name, a) for a in self.resolve(noun, _depth=2) if a.type == "Country"
                             and a.how == "name")  # (a state named, not a capital: "the two sides in Doha")
        # (or the one state a war is in: "the warring sides in Sudan" are its own)
        return list(found.values()) if len(found) >= 2 or len(found) == 1 and after.lower_ == "in" else []

    def _pair_above(self, pronoun) -> list[Arg]:
        """The two or more actors that are together the subject of a clause above the one "they" opens: "Ali and
        Maduro met on St. Vincent, where they agreed …"; else nothing."""
        verb = pronoun.head
        while verb.dep_ in ("relcl", "advcl", "conj", "ccomp") and verb.head != verb:
            verb = verb.head
            if len(named := self._doers(verb)) >= 2:
                return named
        return []

    def _doers(self, verb, *, places: bool = True) -> list[Arg]:
        """Each one the subjects of ``verb`` stand for, once, as a pronoun's referents (without places, or not)."""
        return list({a.name: Arg(a.name, a.type, "pronoun") for s in clause_subjects(verb)
                     for a in self.resolve(s, _depth=2) if places or a.type != "Place"}.values())

    def _pair_told_before(self, pronoun) -> list[Arg]:
        """The two or more actors that are together the subject of the sentence before, when "they" is the subject
        of its own sentence's main verb: "Japarov and Rahmon met on the sidelines. They agreed …"; else nothing."""
        if pronoun.head != self.sentence(pronoun).root:
            return []
        named = self._subjects_before(pronoun)
        return named if len(named) >= 2 else []

    def _plural_owner(self, pronoun) -> list[Arg]:
        """Whom "their" stands for when its sentence names, before it, a plural object noun of an actor's: "The
        United States blacklisted two Chinese firms over their support for Russia" (China's firms, not the two
        states the article names most)."""
        sent = self.sentence(pronoun)
        group = next((t for t in reversed(self.doc[sent.start:pronoun.i]) if t.tag_ == "NNS" and t.dep_ == "dobj"
                      and self.mention(t) is None), None)
        return [a for a in self.resolve(group, descend=True, _depth=2) if a.type in ("Country", "Organization")] \
            if group is not None else []

    def _doers_before(self, token) -> list[Arg]:
        """The two actors that are together the subject of the sentence before: "Armenian and Azerbaijani officials
        held talks in Washington hosted by the United States. Both sides agreed …" (not the host); not two that
        acted together on a third, who are one side ("Argentina and Uruguay expressed solidarity with Chile. Brazil
        called for calm on both sides")."""
        named = self._subjects_before(token)
        if len(named) != 2:
            return []
        root = self.sentence(self.doc[self.sentence(token).start - 1]).root
        third = [a for place in _SIDED_TARGETS for t in objects(root, (place,)) for a in self.resolve(t, _depth=2)
                 if a.type in ACTOR_TYPES and a.name not in {n.name for n in named}]
        return [] if third else self._as_sides(named)

    def _subjects_before(self, token) -> list[Arg]:
        """Who the main verb of the sentence before ``token``'s says acted (none before the first)."""
        sent = self.sentence(token)
        return self._doers(self.sentence(self.doc[sent.start - 1]).root, places=False) if sent.start else []

    def _as_sides(self, actors: list[Arg]) -> list[Arg]:
        """Two actors as the sides they are, a person as the state the article or the dictionary of office holders
        says they govern; none when both are one."""
        pair = [Arg(state[0], "Country", "group") if a.type == "Person" and (state := self.governed(a.name))
                else Arg(a.name, a.type, "group") for a in actors]
        return pair if pair[0].name != pair[1].name else []

    def _subjects_listed(self, pronoun) -> list[Arg]:
        """The states or bodies listed last as a subject ("A, B and C" opening a clause, however the parser hangs
        the list), in the pronoun's sentence before it or the sentence before that, other than its own clause's
        doers: "Argentina, Chile and Peru demanded a review. Venezuela responded by expelling [their] diplomats";
        else nothing."""
        sent = self.sentence(pronoun)
        verb = governing_verb(pronoun)
        own = {a.name for t in (clause_subjects(verb) if verb is not None else []) for a in self.resolve(t, _depth=2)}
        first = self.sentence(self.doc[sent.start - 1]).start if sent.start > 0 else sent.start
        lists, run, i = [], [], first
        while i < pronoun.i:
            span = self.mention(self.doc[i])
            if span is not None and span.type in ("Country", "Organization") and span.kind != "demonym":
                run.append((span, i))
                i = span.end
                continue
            if not (run and self.doc[i].lower_ in (",", "and")):
                lists.append(run)
                run = []
            i += 1
        lists.append(run)
        for listed in reversed([r for r in lists if len(r) >= 2]):
            head = self.doc[listed[0][1]]
            if head.dep_ in ("nsubj", "nsubjpass") or head.i == self.sentence(head).start:
                found = [Arg(span.name, span.type, "pronoun") for span, _ in listed if span.name not in own]
                return found if len(found) >= 2 else []
        return []

    def _plural_before(self, pronoun):
        """The plural noun earlier in the sentence that "they" (a subject before it) or "them" (any plural
        noun) takes up: "only if the rebels ignored demands to leave the areas they had seized", "froze the
        assets of junta members and barred them from travel"; None when there is none."""
        sent = self.sentence(pronoun)
        roles = ("nsubj", "nsubjpass") if pronoun.lower_ != "them" else ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
        # ("thanked EU member states and urged them to …": "them" takes up a named plural too)
        # (not what "their" owns: "froze their assets and banned them from travel" are the owners)
        found = next((t for t in reversed(self.doc[sent.start:pronoun.i]) if t.dep_ in roles
                      and t.tag_ in ("NNS", "NNPS") and (self.mention(t) is None or pronoun.lower_ == "them")
                      and not any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children)), None)
        if found is not None and found.dep_ == "conj" and found.head.tag_ in ("NNS", "NNPS"):
            found = found.head  # ("Belarusian officials and companies": the first holds what the list shares)
        if found is None and pronoun.lower_ == "them" and sent.start > 0:
            # (or the people named by role at the end of the sentence before: "… for talks with Niger's military
            # leaders. He urged them to release Bazoum")
            before = self.sentence(self.doc[sent.start - 1])
            found = next((t for t in reversed(before) if t.dep_ in ("dobj", "pobj") and t.tag_ == "NNS"
                          and self.mention(t) is None and t.lemma_.lower() in lexicon().roles
                          and self.resolve(t, descend=True, _depth=2)), None)
            # (or the things the sentence before's own verb acted on: "Germany and France backed the measures.
            # Hungary opposed them" are the measures, not their backers)
            # (or the states it names by a group noun: "The EU backed the three countries … solidarity with them")
            found = found or next((t for t in before.root.children if t.dep_ == "dobj" and t.tag_ == "NNS"
                                   and self.mention(t) is None and (t.lower_ not in lexicon().agents
                                                                    or _GROUP_NOUNS.get(t.lemma_.lower()) == "Country")),
                                  None)
        return found

    def _authors(self, noun) -> list[Arg]:
        """Who issued or made the document or proposal the noun names: the subject of the verb of authorship
        it is the object of ("Argentina and Bolivia issued a joint statement") or that qualifies it ("the
        plan that Chile put forward")."""
        if noun.dep_ == "appos":  # "made an offer, a proposal Chile rejected": the offer's authors
            noun = noun.head
        # ("voiced sympathy for X, a view Chile rejected": the noun after the clause stands for what was said)
        verbs = [noun.head] if noun.dep_ == "dobj" or noun.dep_ == "npadvmod" and noun.head.pos_ == "VERB" else []
        verbs += [c for c in noun.children if c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP")]
        # ("described Hamas as a resistance movement, a view Athens rejected": a view glossing what was said
        # after a comma is the sayer's, whatever the verb)
        gloss = noun.dep_ in ("dobj", "npadvmod", "appos") and noun.lemma_.lower() in lexicon().synsets["VIEWS"] \
            and noun.left_edge.i > 0 and self.doc[noun.left_edge.i - 1].text == ","
        return [Arg(a.name, a.type, "possessor", a.sector, a.text) for verb in verbs
                if verb.lemma_.lower() in _AUTHORING or gloss and verb.i == noun.head.i
                for s in clause_subjects(verb) for t in expand(s)
                for a in self.resolve(t) if a.type in ("Country", "Organization", "Person")]

    def _authors_above(self, noun) -> list[Arg]:
        """The authors of the document a relative clause may follow at a distance: "a joint statement on the
        dispute, which Peru rejected", "a statement with Mexico voicing concern over X, which …" (the parser
        hangs the clause on the last noun; not past a policy: "his call for a two-state solution, which …")."""
        for _ in range(4):
            if (found := self._authors(noun)) or unnamed_policy(noun) is not None and not any(
                    self.mention(w) is not None for left in noun.lefts for w in left.subtree):
                return found  # (a policy nobody owns is what is rejected; "X's treatment" is X's)
            up = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" and noun.head.dep_ == "acl" \
                else None
            if up is not None and up.pos_ == "VERB":  # "a statement voicing concern", "issued a statement on …"
                up = up.head if up.dep_ == "acl" else next((c for c in up.children if c.dep_ == "dobj"), None)
            if up is None or up.pos_ != "NOUN":
                return []
            noun = up
        return []

    def _members(self, token) -> list[Arg]:
        """The named members of a group that names none itself: "several states, such as Kenya and Ghana",
        "leaders of several countries, including Belarus" (the list may hang on the "of" phrase)."""
        owners = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        if any((m := self.mention(p)) is not None and m.name not in _country_groups() for p in owners):
            return []  # "the actions of the West, including …": the group is named
        if any(c.dep_ in ("amod", "compound", "poss") and (m := self.mention(c)) is not None
               and m.type == "Country" for c in token.children):
            return []  # "seven Iranian individuals and entities, including Iran Air": its state names the group
        for head in [token, *owners]:
            for prep in [*head.children, *self._stray_including(head)]:
                if prep.dep_ == "prep" and (prep.lower_ == "including" or prep.lower_ == "as" and any(
                        c.lower_ == "such" for c in head.children if c.i == prep.i - 1)):
                    found = [a for p in prep.children if p.dep_ == "pobj" for t in expand(p) for a in self.resolve(t)]
                    if found:
                        return [Arg(a.name, a.type, "group") for a in found]
        return []

    def _stray_including(self, noun) -> list:
        """An "including" list the parser hung on a later verb belongs to the last plural noun before it:
        "talks with foreign ministers since the war began, including his counterparts from Qatar"."""
        if noun.tag_ not in ("NNS", "NNPS") or "including" not in self.text:
            return []
        sent = self.sentence(noun)
        found = []
        for prep in (t for t in sent if t.lower_ == "including" and t.dep_ == "prep" and t.i > noun.i
                     and t.head.pos_ in ("VERB", "AUX")):
            plural = [t for t in self.doc[noun.i:prep.i] if t.tag_ in ("NNS", "NNPS")]
            if plural and plural[-1] == noun:
                found.append(prep)
        return found

    def owner(self, token, words: frozenset[str] = _OWNED) -> Span | None:
        """The country or body named before a hyphenated participle of ownership (``words``) in the noun's
        modifiers: "a British-flagged tanker" (United Kingdom), "Saudi-led coalition aircraft", "the U.S.-backed
        plan"; or the flag a ship flies."""
        for t in token.lefts:
            for word in t.subtree:
                if word.lower_ in words and word.i >= 2 and self.doc[word.i - 1].text == "-":
                    span = self.mention(self.doc[word.i - 2])
                    if span is not None and span.type in ("Country", "Organization"):
                        return span
                head, _, tail = word.text.rpartition("-")  # "U.S.-backed": one token
                if tail.lower() in words and head and (found := canonical(head)) is not None \
                        and found[0] in ("Country", "Organization"):
                    return Span(word.i, word.i + 1, found[0], found[1], found[2], "lexicon")
        for flying in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() == "fly"):
            # "a tanker flying the flag of Panama", "a ship flying the Liberian flag"
            for flag in (c for c in flying.children if c.dep_ == "dobj" and c.lemma_.lower() == "flag"):
                named = [m for t in flag.subtree if t != flag and (m := self.mention(t)) is not None
                         and m.type == "Country"]
                if named:
                    return named[0]
        return None

    def _last_pair(self, token, role: str) -> list[Arg]:
        """The two people of this sentence and the one before who are named most in the article: "… travelled
        to Budapest to meet Viktor Orban. During that visit the two leaders agreed …" (not two named often
        but not lately); "the two ministers" are two who hold a minister's post."""
        start = self.sentence_before(token)
        verb = token.head if token.dep_ in ("dobj", "dative") else token.head.head if token.dep_ == "pobj" \
            and token.head.dep_ == "prep" else None  # ("Zelensky thanked the two leaders", "spoke with both
        doers = {a.name for t in clause_subjects(verb) for a in self.resolve(t, _depth=2)} if verb is not None \
            else set()  # leaders": two others than the one thanking or speaking)
        people = self._before(token.i, {"Person"}, doers)
        holds = lambda name: any(role in r.lower() or role == "leader" and r.lower() in _LEADERS
                                 for r, _ in self.positions.get(name, []))  # (holds the post)
        near = [m for m in people if m.start >= start]
        # ("the two presidents": two who hold that post, when two do; "the two ministers" only those)
        holding = [m for m in near if holds(m.name)]
        held = {m.name for m in holding}
        if len(held) == 1 and not role.endswith("minister") and (other := next(
                (m.name for m in reversed(people) if holds(m.name) and m.name not in held), None)):
            # ("Srettha arrived … He was welcomed by the deputy prime minister and held talks with Prime Minister
            # Sonexay. The two leaders discussed …": the one holder named lately and the last other one before)
            return [Arg(held.pop(), "Person", "group"), Arg(other, "Person", "group")]
        near = holding if len(held) >= 2 or role.endswith("minister") else near
        own = [m for m in near if m.start >= self.sentence(token).start]  # (two its own sentence names first)
        near = {m.name for m in (own if len({m.name for m in own}) >= 2 else near)}
        seen = Counter(m.name for m in people if m.name in near)
        if len(seen) == 1 and (met := self._counterpart_before(token, set(seen))):
            return [Arg(next(iter(seen)), "Person", "group"), met]  # ("X spoke with his Philippine counterpart. The
            #                                                       two leaders agreed …": X and the Philippines)
        if len(seen) < 2:  # (named further back: the last two who hold the post)
            seen = Counter(list(dict.fromkeys(m.name for m in reversed(people) if holds(m.name)))[:2])
        return [Arg(name, "Person", "group") for name, _ in seen.most_common(2)] if len(seen) >= 2 else []

    def _counterpart_before(self, token, skip: set[str]) -> Arg | None:
        """The one an unnamed counterpart in this sentence or the one before stands for, other than ``skip``."""
        found = [a for t in self.doc[self.sentence_before(token):token.i] if t.lemma_.lower() == "counterpart"
                 for a in self.resolve(t, _depth=2) if a.name not in skip]
        return Arg(found[-1].name, found[-1].type, "group") if found else None

    def _listed(self, token, count: int | None) -> list[Arg]:
        """The countries of the last list of ``count`` (of two or more, when None) that this sentence or the five
        before name, else all this sentence and the one before name when they are ``count``."""
        start = self.sentence(self.doc[max(self.sentence(token).start - 1, 0)]).start
        number = self.sentence_number(token)
        listed_from = self.sentences[max(0, number - 5)].start
        for m in reversed(self._before(token.i, {"Country"})):
            if m.start < listed_from:
                break
            head = first_of_list(self.doc[m.end - 1])
            names = list(dict.fromkeys(a.name for t in expand(head) for a in self.resolve(t, _depth=2)
                                       if a.type == "Country"))
            if len(names) == count or count is None and len(names) >= 2:
                return [Arg(name, "Country", "group") for name in names]
        if count is None:
            return []
        # (or the countries those sentences name, when they are as many: "Somalia has moved closer to Eritrea and
        # Egypt. The three countries' leaders met")
        named = list(dict.fromkeys(m.name for m in self._before(token.i, {"Country"}) if m.start >= start))
        if len(named) != count:  # (or the states that acted, as subjects, in those sentences and the two before:
            # "Lithuania closed … Poland and Latvia reinforced their borders … The EU backed the three countries";
            # not those who only spoke of it: "Minsk called it a provocation")
            acted_from = self.sentences[max(0, number - 3)].start
            named = list(dict.fromkeys(m.name for m in self._before(token.i, {"Country"}) if m.start >= acted_from
                                       and (first := first_of_list(self.doc[m.start:m.end].root)).dep_
                                       in ("nsubj", "nsubjpass") and first.head.lemma_.lower() not in NAMING
                                       and first.head.lemma_.lower() not in lexicon().speech))
        return [Arg(name, "Country", "group") for name in named] if len(named) == count else []

    def _sentence_pair(self, token, start: int | None = None) -> list[Arg]:
        """The two countries the sentence names before ``token`` (or the text from ``start``), by name,
        nationality or the office of a person: "Dong Jun held talks with his Cambodian counterpart …, pledging
        to deepen cooperation between the two countries" (China and Cambodia, whoever else the article is
        about)."""
        third = self._go_betweens(token)
        names = [name for name in self._countries_named(token, start) if name not in third]
        return [Arg(name, "Country", "group") for name in names] if len(names) == 2 else []

    def _countries_named(self, token, start: int | None = None) -> list[str]:
        """The countries named from ``start`` (the sentence's start) to ``token``, by name, nationality, the office
        of a person or a capital, once each in order."""
        start = self.sentence(token).start if start is None else start
        return list(dict.fromkeys(
            name for m in self.mentions if start <= m.start and m.end <= token.i and m.kind != "nested"
            for name in ([m.name] if m.type == "Country" else self.office_state(m.name) if m.type == "Person"
                         else [capitals()[m.name]] if m.type == "Place" and m.name in capitals() else [])))

    def _pair_told_just_before(self, token) -> list[Arg]:
        """The two countries the sentence before names, when this one names none before ``token`` but one
        of them ("Sanchez wrote to King Mohammed VI … Rabat welcomed the letter, and the two countries agreed")."""
        pair = self._sentence_pair(token, self.sentence_before(token))
        own = set(self._countries_named(token))
        # (and who the article is most about: not two others named there, "the US and France urged calm")
        salient = {a.name for a in self.salient("Country", token.i, 3) or self.salient("Country", token.i)}
        return pair if own <= {a.name for a in pair} and {a.name for a in pair} <= salient else []

    def _met_pair(self, token) -> list[Arg]:
        """The one who met and the one met in the clause that a clause of "the two sides" is joined to, as the states
        they govern where the article or the dictionary of office holders gives one: "Kamilov hosted a Taliban
        delegation in Termez, and the two sides agreed …" (not the two states the article names most)."""
        verb = governing_verb(token)
        while verb is not None and verb.dep_ in ("conj", "advcl") and verb.head != verb:
            verb = verb.head
            if verb.lemma_.lower() not in _MEETING_VERBS or is_negated(verb):
                continue
            met = [p for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with"
                   for p in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])]
            guests = {a.name: a for t in met for a in self.resolve(t, _depth=2) if a.type in ACTOR_TYPES}
            sides = [self._doers(verb, places=False), list(guests.values())]
            if any(len(side) != 1 for side in sides):
                return []
            return self._as_sides([a for side in sides for a in side])
        return []

    def _go_betweens(self, token) -> set[str]:
        """Those who host or broker what is between the sides ``token`` names, who are not of them: "Iraq and
        Oman, which hosted talks between the two sides"."""
        verb = governing_verb(token)
        hosts = [] if verb is None or verb.lemma_.lower() not in _GOING_BETWEEN else [
            t for s in clause_subjects(verb) for t in (expand(verb.head) if s.tag_ in ("WDT", "WP") else [s])]
        return {a.name for t in hosts for a in self.resolve(t, _depth=2)}

    def _coordinated_pair(self, token, *, whole: bool = False) -> list[Arg]:
        """The last two countries its sentence (``whole``: the text) names before ``token`` as one "X and Y":
        "invited the ministers of Chad and Sudan to Doha after raids that both governments blamed on each other"
        (not Qatar)."""
        start = 0 if whole else self.sentence(token).start
        pairs = [(self.mention(t.head), m) for m in self.mentions if start <= m.start and m.end <= token.i
                 and m.type == "Country" and (t := self.doc[m.end - 1]).dep_ == "conj"]
        third = self._go_betweens(token)
        return [Arg(m.name, "Country", "group") for m in next(
            (p for p in reversed(pairs) if p[0] is not None and p[0].type == "Country" and p[0].name != p[1].name
             and not {p[0].name, p[1].name} & third), ())]

    def between_before(self, token, *, within: bool = False) -> list[Arg]:
        """The two actors the last "between A and B" names before ``token``, in its sentence or the one before
        (``within``: in its sentence): "ready to host talks between army chief Burhan and RSF commander Dagalo.
        Both sides accused …"."""
        start = self.sentence(token).start if within else self.sentence_before(token)
        betweens = [t for t in self.doc[start:token.i] if t.lower_ == "between"
                    and not t.is_ancestor(token)]  # (not its own: "talks between the two sides")
        for prep in reversed(betweens):
            found = {a.name: Arg(a.name, a.type, "group") for p in prep.children if p.dep_ == "pobj"
                     for t in expand(p) for a in self.resolve(t, _depth=2) if a.type in ACTOR_TYPES}
            if len(found) == 2:
                return list(found.values())
        return []

    def _sayers_pair(self, token) -> list[Arg]:
        """The two countries whose voices report the sentence after ``token``, when none are named before it:
        "Both sides agreed to swap prisoners, the Russian and Ukrainian defence ministries said"."""
        root = self.sentence(token).root
        if root.lemma_.lower() not in lexicon().speech or root.i < token.i:
            return []
        names = dict.fromkeys(a.name for s in clause_subjects(root) if s.i > token.i for t in expand(s)
                              for a in self.resolve(t) if a.type == "Country")
        return [Arg(name, "Country", "group") for name in names] if len(names) == 2 else []

    def _other_side(self, shared) -> list[Arg]:
        """For "the border" that no one owns, the one country its sentence names besides those acting at it:
        "Armenia said Azerbaijani troops were massing near the border" (Armenia)."""
        if any(c.dep_ in ("poss", "amod", "compound", "nmod", "prep") for c in shared.children):
            return []
        verb = governing_verb(shared)
        acting = {a.name for s in (clause_subjects(verb) if verb is not None else []) for t in expand(s)
                  for a in self.resolve(t)}
        # (nor the doer of a clause beside it: "Warsaw moved troops to the frontier, and Riga declared …")
        beside = [] if verb is None else [c for c in (*verb.children, verb.head) if c.dep_ == "conj" or (
            verb.dep_ == "conj" and c == verb.head)]
        sent = self.sentence(shared)
        besides = acting | {a.name for c in beside for s in clause_subjects(c) for a in self.resolve(s)}
        others = {m.name for m in self.mentions if sent.start <= m.start < sent.end and m.type == "Country"
                  and m.kind != "nested"} - besides
        if not others:  # (or, when it names none, the state the story has named most besides them: "Bolivia
            #                accused Paraguay … Last month Bolivia closed the border"; none of two named as often)
            ranked = Counter(m.name for m in self._before(shared.i, {"Country"})
                             if m.kind != "nested" and m.name not in besides).most_common(2)
            others = {ranked[0][0]} if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else set()
        return [Arg(others.pop(), "Country", "possessor")] if acting and len(others) == 1 else []

    def _kin(self, found: list[Arg], family: bool) -> list[Arg]:
        """For a person's family, the country of the person's office instead of the person, else the person (one
        who holds none: "the wife and children of Bolivia's ousted president Evo Morales")."""
        if not family:
            return found
        return [b for a in found if a.type == "Person"
                for b in [Arg(country, "Country", "possessor") for country in self.office_state(a.name)] or [a]] \
            + [a for a in found if a.type != "Person"]

    def _named_group(self, token) -> list[Arg]:
        """ "the leaders", "the ministers": every person the sentence before names, when it names two or more
        and this sentence names none before them."""
        sent = self.sentence(token)
        if sent.start == 0 or any(m.start >= sent.start for m in self._before(token.i, {"Person"})):
            return []
        before = self.sentence(self.doc[sent.start - 1])
        people = list(dict.fromkeys(m.name for m in self._before(before.end, {"Person"}) if m.start >= before.start))
        return [Arg(name, "Person", "group") for name in people] if len(people) >= 2 else []

    def _pair_before(self, token) -> list[Arg]:
        """The last two people (else countries) named earlier in the sentence; else the two of a kind the
        sentence before names ("Mudavadi later met Odongo. The two discussed …"), or the two most salient
        countries."""
        sent = self.sentence(token)
        named = [m for m in self.mentions if sent.start <= m.start and m.end <= token.i and m.kind not in ("demonym", "nested")]
        for kind in ("Person", "Country", "Organization"):
            names = list(dict.fromkeys(m.name for m in named if m.type == kind))
            if len(names) >= 2:
                return [Arg(name, kind, "group") for name in names[-2:]]
        start = self.sentence_before(token)
        before = [m for m in self.mentions if start <= m.start < sent.start and m.kind != "nested"]
        for kind in ("Person", "Country", "Organization"):
            names = list(dict.fromkeys(m.name for m in before if m.type == kind))
            if len(names) == 2:
                return [Arg(name, kind, "group") for name in names]
        return self.salient("Country", token.i)

    def agent(self, token, *, back: bool = True) -> list[Arg]:
        """A generic agent acting for a country or organisation: "Hungarian officials", "the Sudanese
        government", "troops of Russia", "the Chinese side" (Phoenix-style agents, agents.tsv); "the army"
        with no owner of its own is the one last named with an owner ("Sudan's army … The army struck")."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return []
        agents = lexicon().agents
        words = [t.lower_ for t in token.subtree if t.i < token.i and t.dep_ in ("compound", "amod")
                 and self.mention(t) is None] + [token.lower_]
        phrase = next((p for n in range(len(words)) if (p := " ".join(words[n:])) in agents), token.lower_)
        sector = agents.get(phrase) or agents.get(token.lemma_.lower())  # "human rights groups", "troops"
        if sector is None:
            return []
        # "Colombian and Venezuelan ministers", "the presidents of Poland and Lithuania": every owner acts (also
        # when the parser hangs them on the agent's own first word: "Kyrgyz and Tajik [border] guards")
        lead = phrase.split()[:-1]
        owners = [o for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                  for o in (expand(c) if c.lower_ not in lead else [
                      g for d in c.children if d.dep_ in ("amod", "compound", "poss") for g in expand(d)])]
        # ("a British-Iranian aid worker": both nationalities, the first hyphened to the second; not the backer
        # hyphened to a participle: "Turkish-backed Syrian fighters")
        owners += [g for o in list(owners) if o.pos_ != "VERB" for g in hyphened(o)]
        # ("the Saudi-led coalition": the one that leads it)
        owners += [g for c in token.children if c.dep_ == "amod" and c.lemma_.lower() == "lead" and c.tag_ == "VBN"
                   for g in c.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod")]
        # ("accused Azerbaijani troops of …" with the demonym parsed as an object of its own)
        before = self.doc[token.i - 1] if token.i else None
        if before is not None and before.head != token and (m := self.mention(before)) is not None \
                and m.kind == "demonym" and m.end == token.i:
            owners.append(before)
        # ("a spokesman for the Chinese embassy": the body one speaks for)
        owning = ("of", "from", "for") if token.lemma_.lower() in _SPOKESPEOPLE else ("of", "from")
        owners += [o for c in token.children if c.dep_ == "prep" and c.lower_ in owning
                   and not any(g.dep_ == "poss" for g in token.children)  # ("Nigeria's leadership of ECOWAS")
                   for p in c.children if p.dep_ == "pobj" for o in expand(p)]
        owners += _from_after(token)
        # ("fighters loyal to the Houthi movement": the one they answer to)
        owners += [o for c in token.children if c.dep_ == "amod" and c.lower_ == "loyal" for g in c.children
                   if g.dep_ == "prep" and g.lower_ == "to" for p in g.children if p.dep_ == "pobj" for o in expand(p)]
        first = min([token.i, *(t.i for t in token.children if t.i < token.i and t.dep_ not in ("det", "nummod")
                                and t.tag_ != "PRP$")])  # ("its opposition activists", "280 protesters": the kind)
        text = self.doc[first:token.i + 1].text
        found: dict[str, Arg] = {}
        # ("ethnic Albanian guerrillas" are no agents of Albania; "delegations from Sudan's army" are Sudan's)
        # ("a Ugandan army spokesman": the owner of the body the agent speaks for; "a bomber from the
        # Jaish-e-Mohammed group": the body named before the word for a body)
        spans = [self.mention(owner) or next((m for c in owner.children if (c.dep_ == "poss" or c.dep_ in (
            "amod", "compound") and (owner.lower_ in lexicon().agents or owner.lower_ in NAMED_BODIES))
            and (m := self.mention(c)) is not None), None)
                 for owner in owners if not _ethnic(owner) and not self._people_of_place(owner)] \
            + [self.owner(token, _OWNED - _BACKED)]
        # (every state of an agent's own agent: "commanders of the Lao and Vietnamese armies")
        spans += [m for owner in owners if owner.lower_ in lexicon().agents and not _ethnic(owner)
                  for c in owner.children if c.dep_ in ("amod", "compound", "nmod") for g in expand(c)
                  if (m := self.mention(g)) is not None and m.type == "Country"]
        # ("ministers of several Gulf states, including Oman": the members listed, not the group)
        spans = [s for s in spans if s is None or s.name not in _country_groups()]
        # ("Sudan's U.N. ambassador": the state an envoy serves, not the body it is posted to)
        if token.lemma_.lower() in lexicon().synsets["ENVOY"] and any(s is not None and s.type == "Country"
                                                                     for s in spans):
            spans = [s for s in spans if s is None or s.type != "Organization"]
        # ("leaders of the Quad - the US, Japan, India and Australia -": the members set off after a body, not it)
        states = [s for s in spans if s is not None and s.type == "Country"]
        spans = [s for s in spans if s is None or s.type != "Organization" or len(states) < 2 or not any(
            t.text in SETTING_OFF for t in self.doc[s.end:states[0].start])]
        crowd = token.tag_ in ("NNS", "NNPS") and token.lower_ in lexicon().synsets["PROTESTERS"] and sector == "OPP"
        # ("protesters marched in Caracas", "thousands of protesters rallied in Tbilisi": where a crowd acts says
        # whose it is, as "protesters in Caracas" does)
        counted = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in QUANTITIES else token
        # (or where what they acted on is: "protesters occupied the parliament building in Bishkek"; but not for
        # a crowd of a people no state is named for: "Kurdish activists held a protest in Athens")
        stateless = any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" and self.mention(c) is None
                        for c in token.children)
        acted_in = [c for h in (counted.head, *(o for o in counted.head.children if o.dep_ == "dobj"))
                    for c in h.children if c.dep_ == "prep" and c.lower_ == "in"] \
            if crowd and counted.dep_ == "nsubj" and not stateless else []
        if crowd:  # (or where a clause on them says they acted: "arrested protesters who had blocked roads in Abuja")
            told = [r for r in token.children if r.dep_ == "relcl"]
            acted_in += [c for h in (*told, *(o for r in told for o in r.children if o.dep_ == "dobj"))
                         for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
        taken = [o for o in token.head.children if o.dep_ == "dobj" and o.lower_ == "power"]
        if sector == "MIL" and token.dep_ == "nsubj" and not any(spans) and taken:
            # "soldiers seized power in Guinea": forces that take power in a state are its own
            spans = [self.mention(p) for h in (token.head, *taken) for c in h.children
                     if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        if sector == "COP" and token.dep_ == "nsubj":  # (so do police: "police fired tear gas at protesters in
            # Nairobi", "… to disperse crowds in Lagos", the place of their act or of those they act on)
            verbs = [token.head, *(c for c in token.head.children if c.dep_ in ("xcomp", "advcl"))]
            acted_in = [c for h in (*verbs, *(o for v in verbs for o in v.children if o.dep_ == "dobj"),
                                    *(o for v in verbs for p in v.children if p.dep_ == "prep"
                                      for o in p.children if o.dep_ == "pobj"))
                        for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
        if sector == "COP" and token.dep_ == "compound":  # ("the police raid on its embassy in Quito": the place
            act = token.head  # of the act or of what it was done to)
            acted_in += [c for h in (act, *(o for p in act.children if p.dep_ == "prep" for o in p.children
                                           if o.dep_ == "pobj"))
                         for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
        if crowd and not any(spans) and not acted_in \
                and not any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
            # "demonstrators set lorries alight": a crowd no country or place owns is a group of its own, named as
            # the text names it ("Mozambican protesters", "protesters in Nairobi" act for their country)
            return [Arg(text, "Organization", "agent", sector, text)]
        # (the region's name may be read as a place: "Pacific Island leaders")
        if not any(s is not None and s.name not in _regions() for s in spans) and sector in ("GOV", "MIL") \
                and phrase not in _MEMBER_STATES and (body := next(
                (_regions()[p] for c in token.children if c.dep_ in ("amod", "compound")
                 if (p := self.doc[c.left_edge.i:c.i + 1].text) in _regions()), None)):
            return [Arg(body, "Organization", "agent", sector, text)]  # "West African leaders": ECOWAS
        if not any(spans):  # "the government, headed by Abiy Ahmed,": the country whose office its leader holds
            leaders = [a for acl in token.children if acl.dep_ == "acl" and acl.lemma_.lower() in ("lead", "head")
                       for by in acl.children if by.dep_ == "agent" for p in by.children if p.dep_ == "pobj"
                       for a in self.resolve(p) if a.type == "Person"]
            for country in dict.fromkeys(c for a in leaders for c in self.office_state(a.name)):
                found.setdefault(country, Arg(country, "Country", "agent", sector, text))
        # (nor forces the text calls outsiders: "interference by external forces in Russia's affairs")
        outsiders = _OUTSIDERS if sector == "GOV" else _OUTSIDERS | {"foreign"}  # (a foreign ministry is at home)
        if not any(spans) and token.lemma_.lower() not in _VISITORS | _FIRE \
                and not any(c.dep_ == "poss" or c.dep_ == "amod" and c.lower_ in outsiders for c in token.children) \
                and not _between(token):
            # "students in Dhaka": where they are, when nothing else says whose they are (not "opposition
            # delegations in Geneva", who came there; nor "its embassy in Tehran", whose owner the pronoun names;
            # nor "talks between the government and rebels in Doha", where the talks were)
            # ("in Kenya's parliament", "in the Russian parliament", "the government [in Kabul]", "accused rebels
            # [in Aceh] of …": the "in" the parser hangs on the verb, for those who stay where they are)
            spans = [self.mention(p) or next((self.mention(c) for c in p.children if c.dep_ == "poss" or c.dep_ in (
                "amod", "compound") and p.lower_ in lexicon().agents), None)
                     for c in (*token.children, *(stray_in(token) if sector in _WHERE_THEY_ARE else ()), *acted_in)
                     if c.dep_ == "prep" and c.lower_ == "in" for q in c.children if q.dep_ == "pobj"
                     for p in expand(q)]  # ("police in Ireland and Britain": both)
            if sector in _WHERE_THEY_ARE and token.dep_ == "nsubj" \
                    and token.head.lemma_.lower() in lexicon().synsets["LAUNCHES"]:
                # ("militants fired rockets from Gaza into Israel": where fire comes from is whose it is, the
                # "from" hung on the verb or on what is fired)
                fired = [token.head, *(o for o in token.head.children if o.dep_ == "dobj")]
                spans += [self.mention(q) for h in fired for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                          for q in c.children if q.dep_ == "pobj"]
        for span in spans:
            if span is not None and span.type == "Place" and (home := state_of_place(span.name)):
                found.setdefault(home, Arg(home, "Country", "agent", sector, text))  # "students in Dhaka"
            elif span is not None and span.type in ("Country", "Organization"):
                found.setdefault(span.name, Arg(span.name, _actor_type(span), "agent", sector, text))
            elif span is not None and span.type == "Person" and sector in ("GOV", "MIL"):
                for country in self.governed(span.name, ever=True):  # "the Maduro government", "Assad's regime"
                    found.setdefault(country, Arg(country, "Country", "agent", sector, text))
        for owner in owners if not found else ():  # "a spokesperson for the bloc": the body it points back to
            if owner.lemma_.lower() in _ANAPHORS and self.mention(owner) is None:
                for a in self.resolve(owner):
                    if a.type in ("Country", "Organization"):
                        found.setdefault(a.name, Arg(a.name, a.type, "agent", sector, text))
        if not any(spans):  # "Turkey said its forces had …": the owner the pronoun stands for (and "Aliyev said
            # his forces would …": the state whose office the person holds, for its soldiers or officials; "Mali,
            # whose military government expelled …": the noun the clause describes)
            for owner in (c for c in token.children if c.dep_ == "poss"  # (or a group's: "the three countries'
                          and (c.lower_ in ("its", "their", "his", "her", "whose")  # leaders")
                               or c.lemma_.lower() in _GROUP_NOUNS)):
                for a in self.resolve(owner):
                    if a.type in ("Country", "Organization"):
                        found.setdefault(a.name, Arg(a.name, a.type, "agent", sector, text))
                    elif a.type == "Person" and sector in STATE_SECTORS and (  # (who act: not "praised his team")
                            token.dep_ in ("nsubj", "nsubjpass")
                            or any(c.dep_ == "xcomp" for c in token.head.children)):
                        for country in self.office_state(a.name):
                            found.setdefault(country, Arg(country, "Country", "agent", sector, text))
        if not found and back and not any(spans) and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            earlier = next((named for t in reversed(self.doc[:token.i]) if t.lower_ == token.lower_
                            and (named := self.agent(t, back=False) or self._named_right_before(t))), [])
            if not earlier and (token.lemma_.lower() == "ministry" or any(  # "The Philippines lodged a protest …
                    c.dep_ == "compound" and c.lemma_.lower() in ("ministry", "government") for c in token.children)):
                earlier = self._acting_state(token) or self._acting_state(token, 3)  # The foreign ministry summoned
                #   China's ambassador" (or two sentences on: "… It was the third protest this month. The ministry";
                #   or its spokesman: "The government spokesman accused Kyiv …")
            if not earlier and (sector == "MIL" or sector == "GOVMIL" and not _OFFICE_WORDS & set(phrase.split())):
                # "special forces seized power in Guinea … called on the soldiers to hold elections" (or military
                # rulers: "Niger's junta … the ruling generals", not a defence ministry): the last forces of a
                # state named by another word, in the three sentences before, that acted (not "fired on Cambodian
                # soldiers … condemned the attack": those acted on)
                start = self.sentences[max(0, self.sentence_number(token) - 3)].start
                # (forces named by a phrase: "army officers")
                earlier = next((named for t in reversed(self.doc[start:token.i]) if t.tag_ in ("NN", "NNS")
                                and not _acted_on(t) and (named := [
                                    a for a in self.agent(t, back=False)
                                    if a.type == "Country" and (a.sector or "").endswith("MIL")])), [])
            if earlier or sector != "REB":  # ("the rebels" named so for the first time: the armed group, below)
                return [Arg(a.name, a.type, "agent", sector, text) for a in earlier]
        if not found and sector.startswith(_STANDALONE) and phrase in agents and token.tag_ in ("NNS", "NNPS"):
            # "human rights groups demanded …": non-governmental actors named by what they are (an acronym as
            # written: "NGOs")
            written = self.doc[token.i + 1 - len(phrase.split()):token.i + 1].text
            return [Arg(written if any(c.isupper() for c in written[1:]) else phrase, "Organization", "agent", sector,
                        text)]
        if not found and not any(spans) and sector == "REB" and first == token.i \
                and (group := self.armed_before(token)):
            # "talks with the NPA after rebels attacked …": rebels named by no more than the word are the armed group
            # their sentence named last
            return [Arg(group, "Organization", "agent", sector, text)]
        if not found and not any(spans) and sector in _OF_PEOPLES and first < token.i and token.tag_ in ("NNS", "NNPS"):
            # "communist rebels", "pro-Russian separatists", "Pakistan-based militants": armed groups of no state
            # the text names, by the words it names them with (and others of a people no state is named for:
            # "Tamil lawmakers", "Sikh activists")
            # (a name or a creed among the words: not "local militias", "armed rebels")
            start = next(t.i for t in self.doc[token.left_edge.i:token.i] if t.dep_ not in ("det", "nummod")
                         and t.tag_ != "PRP$")
            named = self.doc[start:token.i + 1]
            if any(t.ent_type_ == "NORP" or sector == "REB" and (t.ent_type_ or t.text[:1].isupper())
                   for t in named[:-1]):
                return [Arg(named.text, "Organization", "agent", sector, named.text)]
        if sector not in STATE_SECTORS and any(a.type == "Organization" for a in found.values()):
            # "Colombia's ELN rebels": the named group acts, not the state it is of
            found = {name: a for name, a in found.items() if a.type != "Country"}
        if phrase in _MEMBER_STATES:  # "ASEAN nations", "G7 countries": a body's members (not "five Micronesian
            found = {name: a for name, a in found.items() if a.type == "Organization"}  # nations": no state's)
        if not found and not any(spans) and sector in ("MIL", "COP") and first == token.i \
                and (reporting := self._forces_reporting(token)):
            # "a spokesman for the Nigerian army said troops had killed …": the reporting force's own
            return [Arg(a.name, a.type, "agent", sector, text) for a in reporting]
        if not found and not any(spans) and phrase in _MEMBERS and not any(c.dep_ == "det" for c in token.children):
            # "Leaders of the Pacific Islands Forum met in Suva. Members agreed to …": the body of states named
            # last, in its sentence or the one before
            start = self.sentence_before(token)
            bodies = [m for m in self._before(token.i, {"Organization"}) if m.start >= start and _of_states(m.name)]
            return [Arg(bodies[-1].name, "Organization", "agent", sector, text)] if bodies else []
        return list(found.values())

    def _named_right_before(self, token) -> list[Arg]:
        """The state or body named right before a word, whatever the parser made of the two: "[Myanmar's] military
        seized power", read as one noun phrase of "power"."""
        end = token.i - (token.i > 0 and self.doc[token.i - 1].tag_ == "POS")
        span = self.mention(self.doc[end - 1]) if end > 0 else None
        return [Arg(span.name, _actor_type(span))] if span is not None and span.end == end \
            and span.type in ("Country", "Organization") else []

    def _forces_reporting(self, token) -> list[Arg]:
        """The state whose army, forces or police say what the bare forces ``token`` did, in the clause their
        saying reports: "the army said troops had killed 15 fighters"; else nothing."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lexicon().speech:
            return []
        agents = lexicon().agents
        return [a for s in clause_subjects(verb.head)
                if any(agents.get(t.lower_) in ("MIL", "COP") for t in s.subtree)
                for a in self.resolve(s) if a.type == "Country"]

    def _subject_before(self, pronoun):
        """The subject of the sentence before, when ``pronoun`` opens its own: "The junta's foreign ministry
        lodged a protest with Jakarta … Its spokesman …" (the one the story was about, not the last one named)."""
        sent = self.sentence(pronoun)
        if sent.start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") for t in self.doc[sent.start:pronoun.i]):
            return None
        root = self.sentence(self.doc[sent.start - 1]).root  # (its grammatical subject: "Germany was criticized")
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _people_of_place(self, token) -> bool:
        """Whether a demonym names the origin of a people of another place: "Kosovo Albanian rebels", "Turkish
        Cypriot police" (of Kosovo and Cyprus, not of Albania and Turkey)."""
        named = self.mention(token)
        if named is None or named.kind != "demonym":
            return False
        before = self.mention(self.doc[named.start - 1]) if named.start else None
        after = self.mention(self.doc[named.end]) if named.end < len(self.doc) else None
        return before is not None and before.end == named.start and before.kind != "demonym" \
            and before.type in ("Country", "Place") and before.name != named.name \
            or after is not None and after.start == named.end and after.kind == "demonym" and after.name != named.name

    def _epithet(self, noun) -> bool:
        """Whether a state noun after "the" is described by words that name no state, as news names a state it
        has just named: "the Himalayan nation", "the North African kingdom", "the former Soviet republic"."""
        # (a time the parser hangs on the noun says nothing of which it is: "cut ties with the gas-rich emirate in
        # 2017")
        others = [c for c in noun.children if c.dep_ != "det" and not (c.dep_ == "prep" and all(
            is_time(p) for p in c.children if p.dep_ == "pobj") and any(p.dep_ == "pobj" for p in c.children))]
        former = any(c.lower_ == "former" for c in others)
        return [c.lower_ for c in noun.children if c.dep_ == "det"] == ["the"] and bool(others) and all(
            c.dep_ in ("amod", "compound") and (self.mention(c) is None or former) and c.lower_ not in _WHICH
            for c in others)

    def _acting_state(self, token, back: int = 1) -> list[Arg]:
        """The country that acted, as the subject of a clause or the owner of its agents ("Georgian prosecutors"),
        in this sentence or the ``back`` before."""
        start = self.sentences[max(0, self.sentence_number(token) - back)].start
        owning = lambda root: root.dep_ in ("amod", "compound", "poss") and root.head.dep_ in ("nsubj", "nsubjpass") \
            and root.head.lower_ in lexicon().agents
        subjects = [m for m in self.mentions if start <= m.start and m.end <= token.i and m.type == "Country" and (
            m.kind not in ("demonym", "nested") and self._is_subject(m) or owning(self.doc[m.start:m.end].root))]
        # (a main clause's first: "The Philippines lodged a protest after a Chinese ship fired …"; else one not in a
        # condition: "Russia would impose sanctions if Finland joined NATO, the ministry warned")
        main = [m for m in subjects if _main_clause(self.doc[m.start:m.end].root)]
        unconditioned = [m for m in subjects if not in_condition(self.doc[m.start:m.end].root.head)]
        return [Arg((main or unconditioned or subjects)[-1].name, "Country", "pronoun")] if subjects else []

    def _office_of_subject(self, token) -> str:
        """The head word of the office held by the subject of the clause ``token`` is in ("minister" for "the
        foreign minister" or for a foreign minister named), or ""."""
        verb = governing_verb(token)
        for subject in clause_subjects(verb) if verb is not None else []:
            if subject.lemma_.lower() in lexicon().roles:
                return subject.lemma_.lower()
            named = self.mention(subject)
            if named is not None and (held := self.positions.get(named.name)):
                return held[0][0].lower().split()[-1]
        return ""

    def _role_reference(self, token) -> list[Arg]:
        """ "the Chinese foreign minister", "the minister" → the person known to hold that role."""
        if not any(c.lower_ in ("the", "this", "that", "his", "her") for c in token.children
                   if c.dep_ in ("det", "poss")):
            return []
        countries = {s.name for c in token.children if (s := self.mention(c)) is not None and s.type == "Country"}
        # "the head of the ECOWAS Commission": whoever holds that role there, not the last person named
        # (or the state owning it: "the speaker of Somalia's parliament" is no one named from elsewhere)
        bodies = {s for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  for t in (p, *(g for g in p.children if g.dep_ in ("poss", "compound", "amod")))
                  if (s := self.mention(t)) is not None}
        if any(b.type != "Country" for b in bodies):
            return []
        countries |= {b.name for b in bodies}
        candidates = [m for m in self._before(token.i, {"Person"})
                      if not countries or any(c in countries for _, c in self.positions.get(m.name, []))]
        if token.lemma_.lower() == "counterpart" and countries and (office := self._office_of_subject(token)):
            # "its foreign minister spoke with his Somali counterpart": the one of that state named before who holds
            # the office its owner holds (not Somalia's president), else no one named (the state's office, above)
            held = [m for m in candidates if any(office in role.lower().split() and state in countries
                                                 for role, state in self.positions.get(m.name, []))]
            return [Arg(held[-1].name, "Person", "role")] if held else []
        if token.lemma_.lower() == "counterpart" and not countries:
            # "his counterpart" is someone other than the last person named: the last one named before who holds an
            # office of another state than its owner's ("… watched by Tsipras and Zaev. Tsipras praised his
            # counterpart's courage"), if the owner's is known
            owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
            owners = {a.name for a in self.resolve(owner, _depth=2)} if owner is not None else set()
            states = {c for name in owners for _, c in self.positions.get(name, [])}
            others = [m for m in candidates if m.name not in owners and self.positions.get(m.name)
                      and not states & {c for _, c in self.positions[m.name]}]
            return [Arg(others[-1].name, "Person", "role")] if states and others else []
        lemma = token.lemma_.lower()
        known = [m for m in candidates if self.positions.get(m.name)]
        # ("the queen": the one titled so, not the president named since)
        titled = [m for m in known if any(lemma in role.lower().split() for role, _ in self.positions[m.name])]
        if lemma in _ANY_OFFICE:  # ("the Russian leader": the president named before)
            candidates = known or candidates
        elif not titled:
            # ("the spokesman" is no president named before it, but may be one named with no office, unless words
            # say which office: "the government spokesman")
            said = any(c.dep_ in ("compound", "amod") and self.mention(c) is None for c in token.children)
            candidates = [] if said else [m for m in candidates if not self.positions.get(m.name)]
        # ("the Maldivian envoy" is no one named by another office: an envoy is sent, not a leader)
        envoys = lexicon().synsets["ENVOY"]
        if lemma in envoys:
            candidates = [m for m in candidates if any(set(role.lower().split()) & envoys
                                                       for role, _ in self.positions.get(m.name, []))]
        candidates = titled or candidates
        return [Arg(candidates[-1].name, "Person", "role")] if candidates else []
