"""Relations from a parsed article: lexicon triggers on dependency paths, plus position patterns.

Each trigger (a verb or noun of triggers.tsv) finds its actors (subject, possessive, "between X and Y",
or the subject of the verb governing a noun) and its targets (object or preposition named in the
lexicon), both resolved to entities; coordinated actors are distributed, "each other" makes pairs,
negated acts are dropped, reported speech records its speaker.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from itertools import permutations

from kg.extract import syntax
from kg.extract.codes import (OUTSIDE_STATE_SECTORS, STATE_SECTORS, actor_code, country_code, country_named,
                              home_state, state_of_place)
from kg.extract.entities import PLACE_NOUNS, VESSELS, canonical, holder_name
from kg.extract.lexicon import (ACTOR_TYPES, BODY, CLAUSE, HELP, INFINITIVE, MANDATE, MISSION, NAMED, NAMING_AFTER,
                                OBJECT, PERSON, PLACED, Plover, Trigger, capitals, lexicon, plover_of, predicate_of_code,
                                rows, struck_things)
from kg.extract.positions import LEAVING, TELLING, find_positions
from kg.extract.resolve import (ATTEMPTS, BORDERS, CITING, CLOSING_QUOTES, GATHERINGS, OPENING_QUOTES, QUANTITIES,
                                VICTIMS, Arg, Context, STATE_GROUPS, kind_named, unnamed_policy)
from kg.extract.timeplace import Dateline, meeting_mode, sentence_date
from kg.places import locate
from kg.records import Relation

__all__ = ["find_relations"]

_PENALTY = {"name": 0.0, "metonym": 0.05, "possessor": 0.1, "pronoun": 0.15, "group": 0.1, "role": 0.1, "agent": 0.05}
# Stances stay stances when promised, called for or conditional ("China will support …", "both sides should
# oppose …", "warned Moscow of consequences if it used chemical weapons");
# events are facts only when reported as done.
_AIMS = frozenset({"opposes", "criticizes"})  # hostile stances that, as an act's purpose, are its aim only
_STANCE_MODALITIES = frozenset({"asserted", "intended", "called_for", "conditional"})
# An actor promising an event expresses intent (CAMEO 03x, PLOVER AGREE): predicate -> CAMEO code.
_OBLIGATIONS = frozenset({"must"})
# Prepositions that name what a noun's act is aimed at ("tariffs on", "sanctions against", "aid to").
_TARGETING = frozenset({"on", "against", "to"})
# PLOVER types of cooperation: refusing one of them is a rejection (CAMEO 12).
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"})
_NO_TYPE = Plover("")
# Acts a rejection of "the accusation" or "the claims" answers.
_ANSWERED = frozenset({"ACCUSE", "DEMAND", "THREATEN", "PROTEST"})
_HOSTILE = frozenset({"ACCUSE", "REJECT", "DEMAND", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"})
# (joining a body is one: "Sweden joined NATO … Stoltenberg welcomed the accession")
_FRIENDLY = frozenset({"AGREE", "COOPERATE", "AID", "RETREAT", "SUPPORT", "memberOf"})
# Acts one may be dismayed by besides hostile ones: a pact others made (signing one, CAMEO 057, is PLOVER SUPPORT).
_PACTS = frozenset({"AGREE", "SUPPORT"})
# Stances on "the move" or "the decision", and the acts before them they answer: any act ("Ecuador expelled the
# Mexican ambassador. Peru welcomed the move").
_ON_MOVES = dict.fromkeys(("opposes", "criticizes", "supports", "praises"), _HOSTILE | _FRIENDLY)
_FAULTING_STANCES = frozenset({"opposes", "criticizes"})  # (stances that also answer &INCIDENTS: _moves)
# Stances on an act named by its kind, and the kinds of act they answer: criticism of any act ("criticized the
# deal"), praise of a friendly one, of a visit or talks, or of force used ("lauded the visit", "defended the attack";
# not "defended the tariff", the other side's, on oneself).
_ON_TOLD = {"opposes": _HOSTILE | _FRIENDLY, "criticizes": _HOSTILE | _FRIENDLY | {"CONSULT"},
            "supports": _FRIENDLY | {"SANCTION", "COERCE", "ASSAULT"},
            "praises": _FRIENDLY | {"CONSULT", "SANCTION", "COERCE", "ASSAULT"}}
# Acts whose target may be a city or region, standing for its country ("shelled Kharkiv"); a stance on
# "the Almaty meeting" is no stance on Kazakhstan (a capital stands for its country in any act).
_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})  # acts of force, aimed at a place's state
_TOWNS = frozenset({"town", "city", "village", "port"})  # "the town of …": a place, not a person
_ON_PLACES = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "RETREAT", "THREATEN"})
_LINKING_TO = frozenset({"link", "tie", "connect"})  # a charge "linking" someone to a wrong names them
_AID_PLEDGED = "033"  # CAMEO: intent to provide material aid, pledged to a place's state as aid is given to it
# Material acts (and investigations) done to people or things somewhere are done to the place's country (when
# nothing else is named).
_DONE_WHERE = frozenset({"ASSAULT", "COERCE", "AID"})
_WHERE = frozenset({"in", "across", "near", "inside"})
_NEAR = frozenset({"near", "off", "around"})  # where forces are sent close to a state: "waters off Japan"
# Words that make an exercise or a drill a joint one (cooperation, not a show of force).
_TOGETHER = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "peacekeeping"})
# The protest (CAMEO 14x) that force or coercion used by protesters, or to protest, is: riot, blockade.
_PROTEST_CODES = {"ASSAULT": "145", "COERCE": "144"}
# Force or pressure announced is a threat: the act's PLOVER type -> CAMEO code of the threat.
_THREAT_CODES = {"ASSAULT": "138", "MOBILIZE": "138", "COERCE": "130", "SANCTION": "132"}
# Measures that are taken once decided: "agreed to ban Belarusian airlines" is the ban, no promise of one.
_DECIDING, _DECIDED = frozenset({"agree", "decide", "vote", "resolve"}), frozenset({"SANCTION", "COERCE"})
_OFFERING = frozenset({"promise", "pledge", "offer", "agree", "commit", "undertake"})  # words of a friendly intent
_PLEDGING = _OFFERING - {"agree"}  # (one side's word to others, not an agreement between the sides)
_INTENT_CODES = {"meets": "036", "visits": "036", "aids": "033", "concedes": "035", "cooperatesWith": "030",
                 "mobilizes": "0332"}
_DENYING = syntax.DENIALS | {"reject", "dispute", "decline"}  # (", a charge Kigali denies / Beijing rejects")
_GLOSSES = syntax.CHARGES | {"proposal", "suggestion", "offer", "idea", "demand", "plan", "request",
                              "account", "version", "assertion", "statement", "narrative"}  # (", an account X rejects")
_STATES = {"holdsPosition", "memberOf"}  # standing facts, not dated events
_MEANS = frozenset({"through", "via"})  # prepositions of the means an act is done by
_STAYING = frozenset({"stay", "remain"})  # memberships kept, which one holds already ("will stay in the AU")
# Words of plain support whose object may be a policy the text describes rather than names ("backs a
# two-state solution"; not "promote", "adhere to", "call for", whose objects are more often aims than policies);
# every word of opposition may ("rejected any military action", "refused third-party mediation").
_ON_POLICIES = frozenset({"support", "back", "endorse", "backing", "committed", "vote", "favour", "favor"})
# Papers whose authors, named in them, act through them as a verb's subject: "the G7 statement called on …".
_STATEMENTS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "message"})
# Verbs that voice a stance named by a noun: "voiced its protest", "expressed strong opposition".
_VOICING = frozenset({"express", "voice", "lodge", "register", "file", "reiterate", "repeat", "state", "raise"})
# Verbs of contact whose other side an appeal that follows them is made to.
_CONTACTS = frozenset({"speak", "talk", "meet", "call", "telephone", "phone"})
# Verbs that talk about an act rather than do it: "recalled the cooperation", "stressed the importance of …".
_ABOUT = {"recall", "discuss", "review", "address", "mention", "describe", "call", "term", "investigate", "probe",
          "examine", "study", "regard", "view", "deem", "raise"}  # ("raised the detention of Cheng Lei with Li")


@cache
def _accusations() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Verbs of wrongdoing: lemma -> its rows, each (the preposition that must come with it, the word sets one of
    which its object must hold, if any); a lemma may have several ("fire on", "open fire" is another's)."""
    table: dict[str, tuple] = {}
    for row in rows("accusations.tsv"):
        lemma, *particle = row[0].split()
        needs = tuple(s.replace("&", "").upper() for s in row[1].split("|")) if len(row) > 1 else ()  # (as in
        #                                                                  triggers.tsv: "&SET>as", "!&SET")
        table[lemma] = (*table.get(lemma, ()), (" ".join(particle), needs))
    return table


def _type_of(cameo: str | None) -> str:
    """The PLOVER type of a CAMEO code, or "" when it has none."""
    return (plover_of(cameo) or _NO_TYPE).type


def _sentence(sent):
    text = sent.text.rstrip()
    start = sent.start_char + len(text) - len(text.lstrip())
    return text.strip(), start, sent.start_char + len(text)


def _confidence(base: float, *args: Arg) -> float:
    return round(max(0.3, base - sum(_PENALTY.get(a.how, 0.1) for a in args)), 2)


class _Builder:
    """Collects the relations of one article."""

    def __init__(self, ctx: Context, published: str | None, lead_date: str | None,
                 dateline: Dateline | None = None) -> None:
        self.ctx, self.published, self.lead_date, self.dateline = ctx, published, lead_date, dateline
        self.relations: list[Relation] = []
        self._dates: dict[int, str | None] = {}
        self._texts: dict[int, tuple[str, int, int]] = {}

    def _date(self, sent) -> str | None:
        if sent.start not in self._dates:
            self._dates[sent.start] = sentence_date(self.ctx.dates(sent), self.published)
        return self._dates[sent.start]

    def _when(self, predicate: str, sent, token) -> tuple[str | None, str | None]:
        """The event's date and where it comes from: the sentence (a day, else the year or month its clause says
        it was done in), the lead (meetings and visits), the dateline, or the article's publication."""
        if predicate in _STATES:
            return None, None
        if date := self._date(sent):
            return date, "sentence"
        clause = token if token.pos_ in ("VERB", "AUX") else syntax.governing_verb(token)
        if period := next((date for prep, date in self.ctx.periods(sent) if prep.head in (token, clause)), None):
            return period, "sentence"
        if predicate in ("meets", "visits") and self.lead_date:
            return self.lead_date, "sentence"
        if self.dateline is not None and self.dateline.date:
            return self.dateline.date, "dateline"
        return (self.published, "published") if self.published else (None, None)

    def add(self, predicate: str, subject: Arg, obj: Arg, token, *, rule: str, base: float = 0.9,
            trigger: Trigger | None = None, cameo: str | None = None, speaker: list[Arg] | None = None,
            modality: str = "asserted", role: str | None = None, place: str | None = None) -> None:
        spec = lexicon().predicates[predicate]
        cameo = cameo or (trigger.cameo if trigger else None)
        own_land = False  # ("Spain deployed soldiers to Ceuta": forces sent into one's own land go to that place)
        if obj.type == "Place" and "Place" not in spec.object_types:  # ("pledged aid to Gaza": the aid's; "an
            # investigation into killings in Darfur": Sudan's)
            kinds = {_type_of(cameo), _type_of(trigger.cameo if trigger else None)}
            if (kinds & _ON_PLACES or (cameo or "").startswith(_AID_PLEDGED) or predicate == "investigates"
                    or obj.name in capitals()) and (
                    home := home_state(obj.name)
                    or (kinds & _FORCE and _town_of_named(self.ctx, obj.name))):
                own_land = "MOBILIZE" in kinds and _state_of(self, subject).name == home
                if not own_land:
                    obj = Arg(home, "Country", "metonym", text=obj.text or obj.name)  # "shelled Kharkiv": Ukraine
        if spec.symmetric and _own_office(self.ctx, subject, obj, recorded=True) or spec.kind != "state" \
                and predicate not in _MUTINOUS and _own_office(self.ctx, subject, obj, one_way=True):
            return  # "Azerbaijani Foreign Minister Bayramov" parsed as two actors: no country meets its minister;
            #         "Boric defended his government's decision": no office holder stands for or against their state
        if subject.name == obj.name and not _domestic(subject, obj) \
                or subject.type not in spec.subject_types or obj.type not in spec.object_types and not own_land:
            return
        sent = self.ctx.sentence(token)
        if sent.start not in self._texts:
            self._texts[sent.start] = _sentence(sent)
        text, start, end = self._texts[sent.start]
        date, date_source = self._when(predicate, sent, token)
        plover = plover_of(cameo) if spec.kind != "state" else None
        kind = trigger.kind if trigger is not None and trigger.kind else spec.kind
        if predicate in _AIMS and token.dep_ == "advcl" and syntax.to_infinitive(token):
            return  # "deployed troops to counter al-Shabaab incursions": what an act is for, no stance taken
        if place is None and spec.kind != "state" and self.dateline is not None:
            place = self.dateline.place
        obj_code = actor_code(self.ctx, obj, date)
        if predicate in _FOR_STATES and obj_code and obj_code.endswith(_PEOPLES):
            return  # "stood with the Belarusian people": a people, not its state
        self.relations.append(Relation(
            subject=subject.name, subject_type=subject.type, predicate=predicate, object=obj.name,
            object_type=obj.type, sentence=text, start=start, end=end, date=date, place=place,
            mode=meeting_mode(text) if predicate == "meets" else None, role=role,
            speaker=", ".join(a.name for a in speaker) if speaker else None, modality=modality,
            cameo=cameo if spec.kind != "state" else None, rule=rule,
            confidence=_confidence(base, subject, obj), trigger=token.text,
            plover=plover.type if plover else None, plover_mode=plover.mode if plover else None,
            plover_context=plover.context if plover else None,
            subject_code=actor_code(self.ctx, subject, date), object_code=obj_code,
            subject_text=subject.text, object_text=obj.text, date_source=date_source,
            factual=kind == "state" or modality == "asserted" or (kind == "stance" and modality in _STANCE_MODALITIES),
        ))


def _bare_light_verb(noun, verb) -> bool:
    """Whether ``noun`` is the direct object of ``verb`` and no preposition of the verb names a target (days
    aside): then the verb's setting is the act's ("carried out air strikes in Pakistan")."""
    return verb is not None and noun.dep_ == "dobj" and noun.head == verb and not any(
        c.dep_ == "prep" and c.lower_ in _TARGETING and any(p.dep_ == "pobj" and not syntax.is_time(p)
                                                            for p in c.children) for c in verb.children)


def _town_of_named(ctx: Context, place: str) -> str | None:
    """The country of a town the gazetteer knows, when the article names that country ("shelled the Batken
    region" in a story of Kyrgyzstan and Tajikistan; not Spain's Palma in a story of Mozambique's) or calls it a
    town ("captured the city of Kherson": no person's name)."""
    city = locate(place, other_names=False)
    home = country_named(city.country) if city is not None and city.country else None
    return home if home is not None and (any(m.name == home for m in ctx.mentions) or any(
        m.name == place and m.start > 1 and ctx.doc[m.start - 1].lower_ == "of"
        and ctx.doc[m.start - 2].lemma_.lower() in _TOWNS for m in ctx.mentions)) else None


def _and_offices(ctx: Context, args: list[Arg]) -> set[str]:
    """The names of ``args`` and of the countries whose offices they hold ("Netanyahu" speaks for Israel)."""
    return {a.name for a in args} | {c for a in args for _, c in ctx.positions.get(a.name, [])}


def _domestic(a: Arg, b: Arg) -> bool:
    """Whether two actors of one country are different parts of it ("Kenyan protesters" and "the Kenyan
    government", "Serbian police" and "Serbian students"): their acts on each other are events too."""
    if a.type != "Country" or b.type != "Country":
        return False
    # (or a part outside the state against the state itself: "Rwandan rebels threatened attacks on Rwandan
    # territory")
    return bool(a.sector) and bool(b.sector) and a.sector != b.sector \
        or bool(a.sector) != bool(b.sector) and (a.sector or b.sector) in OUTSIDE_STATE_SECTORS


def _without_offices(ctx: Context, args: list[Arg]) -> list[Arg]:
    """Actors without a country named only by the title of a person among them ("Armenian Foreign Minister
    Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov", parsed as three actors; "Albanese and New
    Zealand Prime Minister Christopher Luxon", the country's name read as an actor of its own)."""
    held = {country for a in args if a.type == "Person" for _, country in ctx.positions.get(a.name, [])}
    return [a for a in args if not (a.type == "Country" and a.name in held)]


# Stances that, taken towards a people ("stood with the Belarusian people", "Guatemalans"), are not taken towards
# its state; the actor-code sectors of a people.
_FOR_STATES = frozenset({"supports"})
_PEOPLES = ("PPL", "CVL")
# What an officer of a state may do to it (a mutiny, a coup): threaten it, attack it, move forces against it.
_MUTINOUS = frozenset({"threatens", "attacks", "mobilizes"})


def _own_office(ctx: Context, a: Arg, b: Arg, *, one_way: bool = False, recorded: bool = False) -> bool:
    """Whether one of two actors (``a``, when ``one_way``) is a person holding office in the other (a country), as
    the article says (or, ``recorded``, as the dictionary of office holders records on its date: "Macron … after
    talks in Paris" meets no France)."""
    return any(other.name in (*(country for _, country in ctx.positions.get(person.name, [])),
                              *(ctx.governed(person.name) if recorded else ()))
               for person, other in ((a, b), (b, a))[:1 if one_way else 2] if person.type == "Person")


def _speaker(ctx: Context, token) -> list[Arg]:
    verb = syntax.speech_verb(token)
    if verb is not None:  # (or who a text that says it is from: "a statement from the Iranian foreign ministry said")
        return [a for t in syntax.subjects(verb) for a in ctx.resolve(t) or (
            ctx.resolve(t, descend=True) if t.pos_ == "NOUN" and syntax.objects(t, ("from", "by")) else [])]
    clause = token if token.pos_ in ("VERB", "AUX") else syntax.governing_verb(token)
    while clause is not None:
        for prep in clause.children:  # "According to Wang, …"
            if prep.lower_ == "according":
                return [a for to in prep.children for p in to.children if p.dep_ == "pobj" for a in ctx.resolve(p)]
        clause = clause.head if clause.dep_ in ("conj", "xcomp", "ccomp") and clause.head != clause else None
    return _quote_speaker(ctx, token)


def _quote_speaker(ctx: Context, token) -> list[Arg]:
    """Inside a quotation spanning sentences, the speaker is named where it closes ("…,” Wang Yi stated.)."""
    doc, text = ctx.doc, ctx.text
    if not ctx.quoted:
        return []
    start = text.rfind("\n\n", 0, token.idx) + 1
    end = text.find("\n\n", token.idx)
    end = len(text) if end < 0 else end
    before = text[start:token.idx]
    if sum(before.count(c) for c in OPENING_QUOTES) <= sum(before.count(c) for c in CLOSING_QUOTES):
        return []
    close = min((i for c in CLOSING_QUOTES if (i := text.find(c, token.idx, end)) >= 0), default=-1)
    if close < 0:
        return []
    tail = doc.char_span(close + 1, end, alignment_mode="expand")
    for verb in tail or ():
        if verb.lemma_.lower() in lexicon().speech and verb.pos_ == "VERB":
            who = [a for t in syntax.subjects(verb) if t.idx > close for a in ctx.resolve(t)]
            if who:
                return who
        if verb.is_sent_start and verb.idx > close + 2:
            break
    return []


_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})  # "met on the sidelines of the summit"


def _place(ctx: Context, token) -> str | None:
    owners = [token, syntax.governing_verb(token) if token.pos_ != "VERB" else None]
    # "met Lavrov in Moscow", "meeting with Lavrov in Moscow": the parser may hang the place on the one met
    # ("… with his Peruvian counterpart, Javier Gonzalez-Olaechea, in Lima": or on the name in apposition)
    # (not a topic's setting: "discussed the situation in Myanmar")
    # ("met visiting Premier Li in Moscow": or on the participle that describes the one met, or its object)
    verbs = [token, participle] if (participle := syntax.object_participle(token)) is not None else [token]
    # ("talks hosted by Erdogan in Ankara": or on the host's participle that describes the meeting, or the host)
    verbs += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HOSTING] \
        if token.pos_ == "NOUN" else []
    met = [n for v in verbs for c in v.children if c.dep_ in ("dobj", "prep", "agent")  # (or on the host: "was
           for n in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])  # received by X in
           if ctx.mention(n) is not None or n.pos_ == "PRON" or n.lemma_.lower() in lexicon().roles]  # Tehran")
    owners += verbs[1:] + [x for n in met for x in (n, *(a for a in n.children if a.dep_ == "appos"))]
    # "met on the sidelines of the G20 summit in New Delhi", "talks during a summit in Astana", "hosted Lula
    # for talks in Beijing": where the occasion was
    # (not a topic's setting: "exchanged views with Lula on the crisis in Gaza")
    occasions = [p for o in owners[:2] if o is not None for c in o.children if c.dep_ == "prep"
                 and c.lower_ in ("on", "at", "during", "for") for p in c.children if p.dep_ == "pobj"
                 and (c.lower_ != "on" or p.lemma_.lower() in _SIDELINES or syntax.occasion(p))]
    owners += occasions + [g for o in occasions if o.lemma_.lower() in _SIDELINES
                           for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        for child in owner.children if owner is not None else ():
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                for pobj in child.children:
                    span = ctx.mention(pobj)
                    if span is not None and (span.type == "Place" or span.type == "Country" and span.kind == "name"):
                        # "talks in Almaty", "talks in Kazakhstan" ("at the Great Hall of the People in Beijing":
                        # the city the venue is in)
                        city = next((m for c in pobj.children if c.dep_ == "prep" and c.lower_ == "in"
                                     for g in c.children if (m := ctx.mention(g)) is not None and m.type == "Place"),
                                    span)
                        return city.name
    # "travelled to Dhaka for talks with Uddin": talks one travels somewhere for are held there
    verb = owners[1]
    if token.dep_ == "pobj" and token.head.lower_ == "for" and verb is not None and token.head.head == verb \
            and any(e.predicate == "visits" and "to" in e.objects for e in _triggers(verb)):
        if (span := next((m for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                          if (m := ctx.mention(p)) is not None and m.type in ("Place", "Country")), None)):
            return span.name
    # "was in Budapest on Monday, where he met Orban": the place "where" stands for, named before it
    where = next((c for o in owners[:2] if o is not None for c in o.children
                  if c.dep_ == "advmod" and c.lower_ == "where" and o.dep_ == "relcl"), None)
    named = [m for m in ctx.mentions if where is not None and where.sent.start <= m.start and m.end <= where.i
             and (m.type == "Place" or m.type == "Country" and m.kind == "name")]
    return named[-1].name if named else None


def _senders(ctx: Context, noun) -> list[Arg]:
    """Who sent what a subject received: "Faye received a congratulatory message from Macron" (Macron)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() != "receive":
        return []
    return [a for h in (noun, noun.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj" for t in syntax.expand(p) for a in ctx.resolve(t, descend=True)]


def _named_before(ctx: Context, pronoun, verb) -> bool:
    """Whether a person is named before a possessive pronoun in its sentence while the clause's doers all come
    after it: "Mohamud, on [his] visit to Nairobi, was received by Ruto" (his is Mohamud's, not Ruto's)."""
    return verb is not None and all(t.i > pronoun.i for t in syntax.subjects(verb)) and any(
        m.type == "Person" and pronoun.sent.start <= m.start and m.end <= pronoun.i for m in ctx.mentions)


def _claimed(subject, arms: frozenset[str]):
    """The verb of a claim of the act (or weapon, of ``arms``) a subject names, or of the one a relative pronoun stands
    for ("al-Shabaab claimed the bombing, which killed …"), or None."""
    act = subject.head.head if subject.tag_ == "WDT" and subject.head.dep_ == "relcl" else subject
    return syntax.claimed_by(act) if act.lower_ in arms else None


_FORCE_SECTORS = frozenset({"COP", "MIL"})  # agents whose word before an act names its doer ("a police raid")


def _noun_actors(ctx: Context, noun, speaker, predicate: str) -> tuple[list[Arg], list[Arg]]:
    """Actors of a noun trigger, and the pair named by "between X and Y" / "X-Y" if any."""
    if _under_attack(ctx, noun) is not None:
        return [], []  # "came under attack from M23": the attack is M23's on the clause's subject (_attacked_from)
    if (claimer := syntax.claimed_by(noun)) is not None:  # "the Houthis claimed responsibility for an attack"
        return _clause_doers(ctx, claimer), []
    if predicate == "meets" and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and any(e.needs == "ENVOY" for e in _triggers(noun.head.head)):
        return [], []  # "Chile and Colombia recalled their ambassadors for consultations": called home, no talks
    # ("talks were held between X and Y", "clashes erupted between X and Y")
    held = noun.head.children if noun.dep_ in ("nsubjpass", "nsubj") and noun.head.pos_ in ("VERB", "AUX") else ()
    # ("an exchange of prisoners between X and Y": the parser hangs the pair on what is exchanged)
    exchanged = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" for g in p.children]
    for child in (*syntax.with_participle(noun), *held, *exchanged):
        if child.dep_ == "prep" and child.lower_ in ("between", "among", "amongst"):
            pair = [a for p in child.children if p.dep_ == "pobj" for t in syntax.expand(p)
                    for a in ctx.resolve_land(t)]  # ("… and the breakaway region of Somaliland")
            if len(pair) < 2:  # "between a team led by X and U.S. officials": the parser hangs the second on X
                pair += [a for p in child.children if p.dep_ == "pobj" for t in p.subtree
                         if t.dep_ == "conj" and t.head.dep_ == "pobj" and t.head != p for a in ctx.resolve(t)]
            # ("the meeting between Erdogan and Assad was hosted by Putin": the host is at the table)
            hosted = noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _HOSTING
            named = {a.name for a in pair}
            pair += [a for a in _by_agents(ctx, [noun.head] if hosted else []) if a.name not in named]
            if len(pair) >= 2:
                return pair, pair
    if _meeting(noun):  # "a meeting of the foreign ministers of Laos and Vietnam": those who met
        met = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj" for t in syntax.expand(p) for a in ctx.resolve(t, descend=True)]
        if len({a.name for a in met}) >= 2:
            return met, met
    # (a conjunct shares the names before the first noun unless it has its own: "the China-Central Asia summit and
    # the Russia-ASEAN dialogue" is no dialogue of China's)
    owners = [noun] + ([noun.head] if noun.dep_ == "conj" and not any(
        c.dep_ in ("compound", "amod") for c in noun.children) else [])
    # ("China-Russia cooperation": the first name hung on the second by the hyphen; "the Franco-German summit":
    # a combining form on a nationality)
    hyphened = {c.i: syntax.hyphened(c) for o in owners for c in o.children}
    compounds = [a for o in owners for c in o.children if c.dep_ == "compound" or c.dep_ == "amod" and hyphened[c.i]
                 for t in (*hyphened[c.i], c) for a in ctx.resolve(t) or [
                     Arg(m.name, m.type, "possessor") for m in [ctx.mention(t)] if m is not None and m.kind == "demonym"]]
    if len(compounds) >= 2:
        return compounds, compounds
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TAKING_UP \
            and noun.lemma_.lower() in lexicon().synsets["RESTRICTIONS"]:
        # "Norway joined the EU's sanctions against Iran", "Switzerland adopted the EU's sanctions": who joins or
        # adopts a measure takes it too, with its owner
        owners = [a for c in noun.children if c.dep_ in ("poss", "compound") for a in ctx.resolve(c)
                  if a.type in ("Country", "Organization")]
        return [a for t in syntax.subjects(noun.head) for a in ctx.resolve(t, speaker=speaker)] + owners, []
    # "an attack by Russian forces on …", "the sanctions imposed on both countries by the United States"
    # (not "talks hosted by Cuba", "brokered by Qatar": the host of an act is not its doer)
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _DONE_BY)]
    agents = _by_phrases(heads) + [p for c in (*syntax.stray_by(noun), *syntax.target_by(noun)) for p in c.children
                                   if p.dep_ == "pobj"]  # (or hung on its target: "the attack on Kyiv by Russia")
    by = [a for p in agents for t in syntax.expand(p) for a in ctx.resolve(t, speaker=speaker)]
    if by and not (predicate == "investigates" and _by_after_into(noun)):
        return by, []
    # "the sanctions, which the US imposed on Monday,", "the aid Japan sent": who did what the clause says of it
    done = [a for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _DONE_BY
            and all(o.tag_ in ("WDT", "WP") for o in c.children if o.dep_ == "dobj")
            for t in syntax.subjects(c) if t.tag_ not in ("WDT", "WP") for a in ctx.resolve(t, speaker=speaker)]
    if done:
        return done, []
    # "the attack on a refinery, which Kuwait blamed on an Iraqi militia": whom the clause blames for it
    blamed = [a for p in syntax.blamed_on(noun) for a in ctx.resolve(p, speaker=speaker) if a.type in ACTOR_TYPES]
    if blamed:
        return blamed, []
    if noun.lemma_.lower() in _DRAWING_BACK:  # "the withdrawal of French troops from Niger": whose forces leave
        movers = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj" for a in ctx.resolve(p, speaker=speaker)]
        if movers:
            return movers, []
    for child in noun.children:  # "Chinese support for Russia", "Western criticism": the adjective names the doer
        span = ctx.mention(child)  # (also read as a compound: "Togolese allegations")
        if child.dep_ in ("amod", "compound") and span is not None and span.kind == "demonym":
            return [Arg(span.name, "Country", "possessor")], []
        # ("talks with the NPA … after a rebel attack on an army post": the armed group named just before)
        if child.dep_ in ("amod", "compound") and span is None and lexicon().agents.get(child.lower_) == "REB" \
                and (group := ctx.armed_before(child)):
            return [Arg(group, "Organization", "agent", "REB", child.text)], []
    named = [a for c in noun.children if c.dep_ == "compound" and (span := ctx.mention(c)) is not None
             and span.type in ("Country", "Organization") for a in ctx.resolve(c)]
    if len(named) == 1 and (any(c.dep_ == "prep" and (c.lower_ in _TARGETING or c.lower_ == "for" and predicate in (
            "supports", "aids") or c.lower_ == "into" and predicate == "investigates") for c in noun.children)
                            # ("US support for Israel", "EU aid for Gaza", "a UN investigation into …")
                            or _answering(noun) is not None  # (or "banned them in response to US sanctions")
                            or syntax.aimed_at(noun) is not None  # (or "US sanctions target Russian banks")
                            or _harmed_in(noun)):  # (or "soldiers were killed in a PKK attack")
        return named, []  # "U.S. tariffs on Mexican steel", "EU sanctions against Belarus": the name before the act
    forces = [a for c in noun.children if c.dep_ == "compound" and ctx.mention(c) is None
              and lexicon().agents.get(c.lower_) in _FORCE_SECTORS for a in ctx.resolve(c) if a.type == "Country"]
    if forces and any(c.dep_ == "prep" and c.lower_ in _TARGETING for c in noun.children):
        return forces, []  # "the police raid on its embassy in Quito": the forces' state
    if predicate == "criticizes" and speaker and noun.dep_ == "attr" and noun.head.lemma_ == "be" \
            and any(c.dep_ == "expl" for c in noun.head.children):
        return speaker, []  # "Tusk said there were allegations tying Minsk to …": the one saying so makes them
    if _glossing(noun):  # "…, a jab at France", "in a swipe at Argentina": the one saying it
        return [a for t in syntax.subjects(noun.sent.root) for a in ctx.resolve(t, speaker=speaker)], []
    if predicate == "visits" and noun.dep_ == "pobj" and noun.head.lower_ == "on" \
            and noun.head.head.pos_ in ("PROPN", "NOUN") and noun.head.head.dep_ != "pobj":
        # "Jaishankar, on a visit to Moscow, met …": the person the phrase describes is the one travelling
        travellers = [a for a in ctx.resolve(noun.head.head, speaker=speaker) if a.type == "Person"]
        if travellers:
            return travellers, []
    if (judged := _judged_for(ctx, noun)) is not None:
        # "criticized Egyptian authorities for the mass arrest of …", "blamed Rwanda for the attack": the act
        # judged is the one judged's, not the judge's
        return [a for t in syntax.expand(judged) for a in ctx.resolve(t, speaker=speaker, descend=True)
                if a.type in ACTOR_TYPES], []
    meeting = _meeting(noun)
    verb = syntax.governing_verb(noun)
    if verb is not None and _outside_clause(noun, verb, provoking=predicate not in _SHARED_ACTS):
        verb = None  # "defended Iraq against criticism", "their response to cyber attacks": not the clause's act
    if verb is not None and _is_object_of(noun, verb) and syntax.called_off(noun) is None and any(
            e.predicate != predicate and not e.block and _type_of(e.cameo) == "SANCTION" for e in _triggers(verb)):
        return [], []  # "cut its aid to Niger": the aid stopped, not given (but "suspended the tariffs on …" is
        #                called off, a concession)
    if verb is not None and (_is_object_of(noun, verb) or noun.dep_ == "nsubjpass") and (
            any(_go_between(e) for e in _triggers(verb))
            or predicate == "concedes" and verb.lemma_.lower() in _GETTING):
        return [], []  # "Egypt brokered the release of …", "Oman secured the withdrawal of …", "the meeting was
        #                brokered by Brazil": another's act
    spec = lexicon().predicates[predicate]
    if verb is not None and (spec.symmetric or spec.mutual) and (
            _is_object_of(noun, verb) or noun in syntax.objects(verb, ("for",))) \
            and any(e.predicate in ("urges", "demands") for e in _triggers(verb)) \
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return [], []  # "Egypt and Qatar called for a ceasefire in Gaza": who call for a pact are not its parties
        #                (but "Kenya called for talks with Somalia" is one)
    if predicate == "visits" and noun.dep_ == "pobj" and noun.head.lower_ == "during" \
            and (thanks := _thanking(noun.head.head)) is not None:
        # "thanked Morocco for training its police during a visit to Rabat": the visit, hung on what the thanks are
        # for, is the thanker's
        return [a for t in syntax.subjects(thanks) for a in ctx.resolve(t, speaker=speaker)], []
    if predicate == "visits" and (guests := _guests(ctx, noun, speaker)):
        return guests, []  # "hosted his Uzbek counterpart for a state visit": the guest visits
    if (thanked := _thanked_for(noun)) is not None:  # "Argentina thanked Brazil for its help": Brazil helped
        return [a for t in syntax.expand(thanked) for a in ctx.resolve(t, speaker=speaker)], []
    doers = [a for t in syntax.subjects(verb) for a in ctx.resolve(
        t, speaker=speaker, descend=t == verb.head and verb.dep_ == "acl")] if verb is not None else []
    for child in noun.children:
        if child.dep_ == "poss":
            # A possessive pronoun is the clause's doer when it fits: "Lavrov … during his visit",
            # "Putin and Xi pledged to deepen their partnership", "China reaffirmed its support"; of a passive,
            # the one the clause is about: "During his visit to Moscow, Xi was received by Putin".
            fitting = _POSSESSIVE_FITS.get(child.lower_)
            told_of = [a for c in (verb.children if verb is not None and fitting else ()) if c.dep_ == "nsubjpass"
                       for t in syntax.expand(c) for a in ctx.resolve(t, speaker=speaker)]
            if fitting and (chosen := fitting(told_of) or fitting(doers)) and not _named_before(ctx, child, verb):
                return chosen, []
            if child.lower_ == "their" and meeting and len(doers) == 1 and (told := [
                    a for c in verb.children if c.dep_ in ("dobj", "dative") for t in syntax.expand(c)
                    for a in ctx.resolve(t, speaker=speaker) if a.type == doers[0].type]):
                return [*doers, *told], [*doers, *told]  # "Lavrov told Wang during their talks": the two of them
            echoers = _echoers(ctx, noun, speaker) if lexicon().predicates[predicate].kind == "stance" else []
            return ctx.resolve(child, speaker=speaker) + echoers, []  # (a stance only: not "endorsed Serbia's
            #                                                          call for talks" as a phone call)
    if verb is not None and verb.pos_ == "AUX" and noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on", "in") \
            and noun.head.head == verb:  # "Todd was in Caracas for talks with …", "who is on a visit to Beijing",
        #                                  "was in talks with"
        return doers, []
    if verb is not None and verb.lemma_.lower() == "join" and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.head == verb and meeting and not any(c.dep_ == "prep" and c.lower_ == "with"
                                                               for c in noun.children):
        # "Lula joined Fernandez for talks in Buenos Aires": the one joined is at the table
        joined = [a for c in verb.children if c.dep_ == "dobj" for t in syntax.expand(c)
                  for a in ctx.resolve(t, speaker=speaker)]
        if doers and joined:
            return [*doers, *joined], [*doers, *joined]
    if verb is not None and verb.pos_ == "AUX" and noun.dep_ == "nsubj" and speaker and meeting \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return speaker, []  # "Tokayev said the talks with Mirziyoyev had been constructive": the speaker's talks
    if verb is None or verb.pos_ == "AUX" or (
        verb.lemma_.lower() in _ABOUT | lexicon().speech and verb.lemma_.lower() not in lexicon().intents
        and _is_object_of(noun, verb)  # (but "vowed an attack on Israel" announces the act)
        and not (verb.lemma_.lower() in _VOICING and spec.kind == "stance"  # (nor "raised objections to": a
                 and any(c.dep_ == "prep" for c in noun.children)  # stance voiced on what it names; but "raised
                 and not syntax.points_back(noun.children))  # the security pact with Manele" names a topic)
        and not _idiom_verb(noun, verb)  # (nor "pointed the finger at": the idiom's own verb)
        and not (verb.lemma_.lower() in _STRIKING and _is_object_of(noun, verb, direct=True))  # (nor "concluded a
        #                                                             treaty", "concluded talks": made or held)
        and not (predicate in ("sanctions", "aids") and verb.lemma_.lower() in _ENACTING  # ("announced
                 and _is_object_of(noun, verb, direct=True))  # sanctions on", "announced aid for")
        and not (predicate == "cooperatesWith" and verb.lemma_.lower() in _ENACTING - {"raise"}  # ("announced
                 and _is_object_of(noun, verb, direct=True))  # the elevation of ties", not "raised the pact")
    ) or predicate == "agrees" and verb.lemma_.lower() == "have" and _is_object_of(noun, verb, direct=True):
        # "were satisfied with the cooperation", "recalled the cooperation": about an act, not doing it; "has a
        # mutual defence treaty with Manila": an agreement in force, not one made
        return [], []
    if _announcing(verb) is None and not (predicate in ("sanctions", "aids") and verb.lemma_.lower() in _ENACTING
                                          and _is_object_of(noun, verb, direct=True)) and not _going_on(noun) and any(
            e.predicate != predicate and not e.block and lexicon().predicates[e.predicate].kind == "stance"
            and (_is_object_of(noun, verb) or noun in syntax.objects(verb, e.objects)
                 or noun.dep_ == "nsubjpass" and noun.head == verb)  # ("the attack was blamed on Iran by …")
            for e in _triggers(verb)):
        return [], []  # "condemned the attacks on civilians", "distanced itself from the sanctions on Russia": the
        #                act judged is someone else's ("threatened strikes" announces the threatener's own)
    hosts = _by_agents(ctx, [c for c in noun.children if meeting and c.dep_ == "acl" and c.lemma_.lower() in _HOSTING],
                       speaker)
    if hosts and doers:  # "A, B and C took part in the talks hosted by Tanzania": the host is at the table
        everyone = [*doers, *(h for h in hosts if h.name not in {d.name for d in doers})]
        return everyone, everyone
    if not doers and predicate == "criticizes" and speaker and noun.lemma_.lower() in syntax.CHARGES \
            and verb is not None and syntax.subjects(verb):
        return speaker, []  # "Tusk said prosecutors had documented accusations that Belarus …": those who
        #                    document them are no one's, so the one saying so makes them
    return doers, []


# Verbs by which an act meets others' stances on it: "drew criticism from", "won praise from" (_drawn).
# Verbs by which one gets a stance from others, whose "of" names the giver: "won the backing of the United States".
_GETTING = frozenset({"receive", "win", "earn", "gain", "secure", "get", "obtain", "garner"})
_DRAWING = _GETTING | frozenset({"draw", "attract", "provoke", "spark", "prompt", "trigger", "face", "meet", "incur",
                                 "elicit", "cause", "stir"})
# Verbs by which one answers another's act, a threat when still to come: "would respond if …" (_retaliation).
_ANSWERING = frozenset({"respond", "retaliate", "react", "answer", "reply"})
_WORRIES = frozenset({"concern", "alarm", "worry", "unease", "disquiet"})  # stances on what is feared, not its teller
_KEEPING_UP = frozenset({"extend", "renew", "prolong", "preserve", "maintain", "uphold"})  # what is kept up is there
_CESSATIONS = frozenset({"end", "halt", "stop", "cease", "cessation"})  # what an appeal asks of an act: "an end to …"

_CALMS = frozenset({"ceasefire", "truce", "calm", "restraint", "de-escalation"})  # asked for where fighting is
# Verbs by which one withstands a hostile act done to oneself: "repelled an attack by Eritrean forces".
_REPELLING = frozenset({"repel", "repulse", "thwart", "foil", "withstand", "rebuff", "survive"})
_STRIKING_BACK = frozenset({"hit", "strike"})  # with "back", an answer too: "would hit back if …" (_retaliation)
# Verbs by which a deal is reached, said in the passive of talks' parties (_reached_in_talks).
_STRIKING = frozenset({"strike", "reach", "sign", "conclude", "seal", "clinch", "finalize", "finalise"})
# Verbs that tie a stance to a condition: "tied its approval to Washington's sale of jets" is no approval of the sale.
_LINKING = frozenset({"tie", "link", "condition"})
_ANSWERING_TO = frozenset({"respond", "reply", "react", "response", "reaction"})  # "responding to criticism from …"
_DISOWNING = frozenset({"distance"})  # verbs by which one sets aside words of its own side ("distanced itself from")
_TAKING_UP = frozenset({"join", "adopt", "implement", "enforce", "apply"})  # verbs of taking up others' measures
_BESIDE_MEMBERS = frozenset({"observer", "partner", "guest"})  # what one joins a body as who is no member of it
_HAVING = frozenset({"have", "enjoy", "retain"})  # "had the solidarity of the EU" (_drawn)
_MET_WITH = frozenset({"meet", "greet", "receive"})  # "was met with condemnation from Manila" (_drawn)
# What one comes under from others (_drawn): "came under fire from the EU" (criticism), "… under pressure" (appeal).
_UNDER = {"fire": ("criticizes", "111"), "pressure": ("urges", "020")}
# Fights that between people are words (_fire; "quarrel", "feud" and the like are words between anyone: triggers.tsv).
_SPARRING = frozenset({"clash"})
_STAYING_AWAY = frozenset({"boycott"})  # verbs of staying away from an occasion, whose holder is their target
_SPANS = frozenset({"hour", "day", "week", "month", "year", "decade", "century"})  # "after years of [feuding]"
_APPEALS = frozenset({"urges", "demands"})  # appeals one goes ahead despite, heeds or ignores (_drawn)
# Verbs by which one answers others' appeals or stances, which were made all the same: "ignored demands from ASEAN".
_HEEDING = frozenset({"heed", "ignore", "defy", "disregard", "rebuff", "reject", "dismiss", "resist", "grant",
                      "accept"})
_ECHOING = frozenset({"echo", "share", "second", "endorse"})  # verbs by which one takes another's stance
_ON_PAIRS = frozenset({"praises", "criticizes", "opposes"})  # judgements of what two did together (_targets)
_BACKING = frozenset({"supports", "aids"})  # what an act done "with the backing of" someone has (_with_backing)
# Verbs by which someone is said to meet reprisals (REPRISALS, synsets.tsv): "would face consequences".
_FACING = frozenset({"face", "meet", "suffer", "bear", "pay"})
_AGAINST = frozenset({"against", "despite", "amid", "under", "over"})  # ("broke off ties over an attack on …")
# Participles whose "by" names the doer of the act a noun names: "the sanctions imposed by the US".
_DONE_BY = frozenset({"impose", "carry", "launch", "conduct", "make", "issue", "level", "announce", "provide",
                      "deliver", "send", "stage", "mount", "give", "extend", "offer", "lodge", "file", "order", "sign",
                      "reach", "strike", "conclude", "seal", "ink"})
_BEARING = frozenset({"bear", "carry", "have"})  # "bore responsibility for" (_blamed)
# Verbs that enact the measures they name ("raised tariffs", "approved new sanctions against Russia").
_ENACTING = frozenset({"announce", "unveil", "raise", "approve", "adopt"})
_RECEIVING = frozenset({"receive", "get", "obtain", "accept", "secure"})  # "received tanks from Poland" (_received)
_DRAWING_BACK = frozenset({"withdrawal", "pullout"})  # nouns whose "of" names who draws back (_noun_actors)
# ("received vaccines donated by China": the giver a participle names)
_DONATING = frozenset({"donate", "give", "provide", "supply", "send", "deliver", "gift", "ship", "fund", "finance"})
_DECLARING = frozenset({"declare", "name", "pronounce", "make"})  # "declared the envoy persona non grata"
# Verbs by which someone hosts a meeting others take part in: "the talks hosted by Tanzania".
_HOSTING = frozenset({"host", "chair", "convene", "organise", "organize", "call"})
_RECEIVING_GUESTS = frozenset({"host", "receive", "welcome"})  # "hosted X for a visit" (_guests)
# Prepositions that keep a noun's act the clause's when they hang on another noun: "a letter of
# congratulation", "agreed to a ceasefire at talks in Havana" (the parser hangs the setting on the noun).
_INSIDE = frozenset({"of", "between", "with", "at", "during"})
# Nouns whose "in" phrase says how the clause's subject acts, wherever the parser hangs it: "walked out of the
# conference [in protest] at …", "rallied [in support] of …" (_outside_clause).
_MANNERS = frozenset({"protest", "solidarity", "support"})


def _echoers(ctx: Context, noun, speaker) -> list[Arg]:
    """Those who echo or share another's stance, and so take it too: "Iraq's condemnation was echoed by the Arab
    League", "South Africa echoed Namibia's criticism of Germany"."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ECHOING or syntax.is_negated(verb):
        return []
    if noun.dep_ == "nsubjpass":
        return _by_agents(ctx, [verb], speaker)
    found = syntax.subjects(verb) if noun.dep_ == "dobj" else []
    return [a for t in found for e in syntax.expand(t) for a in ctx.resolve(e, speaker=speaker)]


_ALSO = frozenset({"also", "too", "likewise", "similarly"})
_DEEDS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})  # acts "the incident" may name (no words)
_TRADED = frozenset({"exchange", "trade", "swap"})  # light verbs of what two sides give each other


@cache
def _moves(predicate: str) -> frozenset[str]:
    """The nouns that name an act told before for a stance of ``predicate`` to answer: "the move" (&MOVES), and for
    a stance of fault "the operation" too (&INCIDENTS)."""
    sets = lexicon().synsets
    return sets["MOVES"] | sets["INCIDENTS"] if predicate in _FAULTING_STANCES else sets["MOVES"]


def _echoed(b: _Builder, token, actors: list[Arg], kind_of: str) -> list[Arg]:
    """The targets of a stance said to be taken also, naming none: those of the last stance of its kind told
    before its sentence by others ("The US condemned China's actions. Japan and Australia also expressed
    concern": at China)."""
    verb = token if token.pos_ == "VERB" else syntax.governing_verb(token)
    if verb is None or not any(c.dep_ == "advmod" and c.lower_ in _ALSO for c in verb.children):
        return []
    own, start = {a.name for a in actors}, b.ctx.sentence(token).start_char
    last = next((r for r in reversed(b.relations) if r.start < start and r.factual and r.subject not in own
                 and r.object not in own and _type_of(r.cameo) == kind_of
                 and lexicon().predicates[r.predicate].kind == "stance"), None)
    return [Arg(r.object, r.object_type) for r in b.relations
            if last is not None and r.start == last.start and r.predicate == last.predicate
            and r.subject == last.subject and r.object not in own]


def _sent_to(ctx: Context, token, targets: list[Arg]) -> bool:
    """Whether forces are sent "to" a target state itself, or a place in it that is no border ("would send a
    brigade of soldiers to Lithuania": to the state they go to), rather than against it or to its border."""
    names = {a.name for a in targets}
    return bool(names) and any(
        (a.name if a.type != "Place" else home_state(a.name)) in names
        for c in token.subtree if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        and (c.head == token or c.head.pos_ == "NOUN")
        for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() not in BORDERS for a in ctx.resolve(p))


def _year_named(noun) -> bool:
    """Whether a noun names its thing by a year ("the 2015 Declaration of Principles", "the 1994 accord")."""
    return any(t.text.isdigit() and len(t.text) == 4 for t in noun.lefts)


def _breach_before(b: _Builder, token, actors: list[Arg]) -> list[Arg]:
    """Whom an envoy is recalled from when no post is named: the other side of the last break in relations told
    in its sentence or the one before ("Bolivia cut ties with Israel, while Chile and Colombia recalled their
    ambassadors": from Israel; "Morocco expelled two Algerian diplomats. Algeria recalled its ambassador": from
    Morocco)."""
    own = _and_offices(b.ctx, actors)
    start, end = b.ctx.doc[b.ctx.sentence_before(token)].idx, b.ctx.sentence(token).start_char
    last = next((r for r in reversed(b.relations) if start <= r.start <= end and r.factual
                 and _type_of(r.cameo) == "SANCTION" and r.subject not in own), None)
    return [_other_party(last, own)] if last is not None else []


def _other_party(rel: Relation, own: set[str]) -> Arg:
    """The side of a relation that is not one of ``own``."""
    return Arg(rel.subject, rel.subject_type) if rel.object in own else Arg(rel.object, rel.object_type)


def _by_agents(ctx: Context, verbs, speaker=None) -> list[Arg]:
    """The actors the "by" phrases of passive ``verbs`` name ("hosted by Tanzania", "echoed by the Arab League")."""
    return [a for v in verbs for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            for t in syntax.expand(p) for a in ctx.resolve(t, speaker=speaker)]


def _meeting(token) -> bool:
    """Whether ``token`` names a meeting ("talks", "summit"; MEETINGS, synsets.tsv)."""
    return bool({token.lemma_.lower(), token.lower_} & lexicon().synsets["MEETINGS"])


def _contact(noun) -> bool:
    """Whether ``noun`` names a meeting, or a contact with someone ("a phone call with Boluarte")."""
    return _meeting(noun) or any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children) and any(
        e.predicate == "meets" and "with" in e.objects for e in _triggers(noun))


def _in_return(ctx: Context, verb) -> list[Arg]:
    """The actors named after "in return for" or "in exchange for" in the clause of ``verb``: those who give what
    the agreement is made for ("… in return for aid that the United States said it would provide")."""
    given = next((t.nbor() for t in verb.subtree if t.lower_ in ("return", "exchange") and t.dep_ == "pobj"
                  and t.head.lower_ == "in" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "for"), None)
    if given is None:
        return []
    return [a for m in ctx.mentions if given.i < m.start < verb.sent.end and m.kind != "nested"
            for a in ctx.resolve(ctx.doc[m.end - 1]) if a.type in ACTOR_TYPES]


def _contacted_in(verb) -> list:
    """Those with whom the clause of ``verb`` was said in a meeting or call: "urged restraint in a phone call
    with Boluarte", "Boric, during talks with Arce, urged …" (the parser hangs the phrase on any word of it)."""
    clause = {verb, verb.head} if verb.dep_ == "conj" else {verb}
    for noun in verb.sent:
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and _contact(noun):
            head = noun.head.head
            while head.pos_ not in ("VERB", "AUX") and head.head != head:
                head = head.head
            if head in clause:
                return syntax.objects(noun, ("with",))
    return []


# Nouns that, set off by a comma, gloss what a sentence says as a jibe: "…, a jab at France", "in a swipe at Kyiv".
_JIBES = frozenset({"jab", "swipe", "dig", "rebuke"})


def _glossing(noun) -> bool:
    """Whether ``noun`` glosses the whole saying it is set off from by a comma, which the parser hangs on
    a word inside it: "warned that members kept blocking deals, a jab at France"."""
    phrase = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun
    edge = phrase.left_edge.i
    return noun.lemma_.lower() in _JIBES and edge > noun.sent.start and noun.doc[edge - 1].text == ","


# Participles of those who convene talks others attend: "talks brokered by Qatar", "US-brokered talks".
_CONVENED = frozenset({"brokered", "mediated", "hosted", "sponsored", "convened", "organised", "organized"})


def _guests(ctx: Context, noun, speaker) -> list[Arg]:
    """Whom a host receives for the visit ``noun`` names: "hosted his Uzbek counterpart for a state visit"."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on") else None
    if verb is None or verb.lemma_.lower() not in _RECEIVING_GUESTS:
        return []
    return [a for c in verb.children if c.dep_ == "dobj" for t in syntax.expand(c)
            for a in ctx.resolve(t, speaker=speaker, descend=True)]


def _conveners(ctx: Context, noun) -> list[Arg]:
    """Who host, broker or sponsor the talks ``noun`` names: "talks brokered by Qatar", "US-brokered talks"."""
    by = _by_agents(ctx, [c for c in noun.children if c.dep_ == "acl" and c.lower_ in _CONVENED])
    named = ctx.owner(noun, _CONVENED)
    return by or ([Arg(named.name, named.type, "possessor")] if named is not None else [])


_HOSTED = frozenset({"summit", "conference", "games", "olympics", "ceremony", "celebration", "celebrations",
                     "inauguration", "parade", "tournament", "championship", "championships", "cup", "festival",
                     "expo", "exhibition"})  # occasions a state holds where they are held (not "talks in Geneva")


def _held_occasion(noun) -> bool:
    """Whether ``noun`` names an occasion a state holds where it is held (_HOSTED)."""
    return bool({noun.lemma_.lower(), noun.lower_} & _HOSTED)


def _hosts(ctx: Context, noun, place: str | None, actors: list[Arg]) -> list[Arg]:
    """The state an occasion ``noun`` is held in (its host), when another's than the actors': "a summit in
    Bogota"."""
    state = home_state(place) if place and _held_occasion(noun) else None
    return [Arg(state, "Country", "metonym")] if state and state not in _and_offices(ctx, actors) else []


def _mutual(spec, entry: Trigger) -> bool:
    """Whether coordinated actors with no target act on each other: as the trigger says, else as its predicate."""
    return spec.mutual if entry.mutual is None else entry.mutual


def _purpose_place(ctx: Context, verb, actors: list[Arg]) -> list[Arg]:
    """The place abroad the purpose of sending forces names after "in": "sent troops to fight insurgents [in
    Cabo Delgado]" go there (its state, once the place is added: Mozambique); not a place of the senders' own
    ("scrambled a jet to force a flight to land in Minsk")."""
    own = {a.name for a in actors}
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and syntax.to_infinitive(c)):
        for holder in (clause, *(o for o in clause.children if o.dep_ == "dobj")):
            found = [a for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "in"
                     for p in prep.children if p.dep_ == "pobj" for a in ctx.resolve(p)
                     if a.type == "Country" and a.name not in own
                     or a.type == "Place" and state_of_place(a.name) not in own | {None}]
            if found:
                return found
    return []


_STOPPING = frozenset({"stop", "halt", "cease", "suspend"})  # verbs that stop an act going on (_stopped)


def _stopped(token) -> bool:
    """Whether the act is one a verb of stopping stops: "stopped [sending] weapons", "halted [supplying] gas"."""
    head = token.head
    return token.tag_ == "VBG" and token.dep_ in ("xcomp", "dobj", "ccomp", "pcomp") \
        and head.lemma_.lower() in _STOPPING and not syntax.is_negated(head)


def _go_between(entry: Trigger) -> bool:
    """Whether the trigger is a go-between's act, whose doers are not its parties ("brokered", "mediated")."""
    return entry.objects == ("between",)


def _by_after_into(noun) -> bool:
    """ "an investigation into war crimes by Russian troops": the parser hangs the doer of what is
    investigated on the investigation; its "by" is then the one investigated, not the investigator
    (as in "an investigation by Kenya into the shooting")."""
    into = next((c.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "into"), None)
    return into is not None and any(c.dep_ == "prep" and c.lower_ == "by" and c.i > into for c in noun.children)


def _judged_for(ctx: Context, noun):
    """The actor a verb of judging, said as done, names as its object when the noun's act, of no owner of its
    own, is its "for" or "over" phrase ("criticized Egyptian authorities for the arrest of …", "sanctioned Russia
    over the invasion"; not "suspended aid to Uganda over its support for …"), else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "over") or (verb := noun.head.head).pos_ != "VERB" \
            or any(c.dep_ == "poss" for c in noun.children) or syntax.modality_of(verb) != "asserted":
        return None
    if not any(lexicon().predicates[e.predicate].kind == "stance" or e.predicate == "sanctions"
               for e in _triggers(verb) if e.predicate and not e.block):
        return None
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)  # (an actor: not "suspended [aid] …")
    return judged if judged is not None and any(a.type in ACTOR_TYPES and a.how in ("name", "agent")
                                                for a in ctx.resolve(judged)) else None


# Nouns whose "of" names an event as the occasion of a stance, not as the stance-taker's act: "the holding of the
# summit", "the success of the talks".
_OCCASIONED = frozenset({"holding", "success", "outcome", "result", "anniversary", "conclusion", "opening"})


def _outside_clause(noun, verb, *, provoking: bool = False) -> bool:
    """Whether the noun's act is someone else's: set against the clause ("defended Iraq against
    criticism"), held inside another noun's phrase ("their response to attacks"; "a letter of
    congratulation" is still the clause's), or, when ``provoking``, what the clause's act came after
    ("put its army on alert after clashes in Kosovo"; but "signed the deal after talks": their own), or what it
    cites as its reason ("severed ties, citing attacks on civilians")."""
    if verb.lemma_.lower() in CITING:
        return True
    token = noun
    # ("agreed to a ceasefire in talks in Jeddah": talks one acts "in" are the setting of the clause's act)
    inside = _INSIDE | ({"in"} if _contact(noun) or _manner(noun) else set())
    while token.head != verb and token.head != token:
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in _AGAINST:
            return True
        if token.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN") and (
                token.lower_ not in inside or head.lemma_.lower() in _SUFFERERS | _OCCASIONED):
            return True  # (and "paid tribute to the victims of the attack": whoever attacked, not the mourner; nor
            #              "congratulated each other on the successful holding of the summit": whoever held it)
        token = head
    # ("put its army on alert after clashes in Kosovo": whose the clashes were, the clause does not say)
    # (but "asked for help after clashes with Azerbaijan": the partner says the clashes were its own)
    provoking = provoking and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    # ("vowed revenge against Israel for the strike": what a reprisal answers is the other side's)
    answered = token.dep_ == "prep" and token.lower_ == "for" and any(
        t.lower_ in lexicon().synsets.get("REPRISALS", ()) for t in (verb, *verb.children) if t.dep_ != "prep")
    return token.dep_ == "prep" and (token.lower_ in _AGAINST or provoking and token.lower_ in _PROVOKED) \
        or (token.dep_ == "pobj" and token.head.lower_ in _AGAINST) or answered


def _manner(noun) -> bool:
    """Whether a noun says how its clause's subject acts: "[in protest]", "[in solidarity] with" (_MANNERS)."""
    return noun.lemma_.lower() in _MANNERS and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and all(c.dep_ == "prep" for c in noun.children)  # (not "granted 120 million euros in [budget] support")


def _between(ctx: Context, nouns) -> list[Arg]:
    """Those the "between" phrase of each of ``nouns`` names, or of a participle describing it, as the two who did
    it together: "the agreement [reached] between Saudi Arabia and Qatar" (both); none for fighting, which takes
    neither's side ("the clashes between …")."""
    if any(e.predicate == "attacks" for t in nouns for e in _triggers(t)):
        return []
    return [a for t in nouns for prep in syntax.with_participle(t) if prep.dep_ == "prep" and prep.lower_ == "between"
            for p in prep.children if p.dep_ == "pobj" for e in syntax.expand(p) for a in ctx.resolve(e)]


def _coordinated_antecedent(ctx: Context, verb, speaker) -> list[Arg]:
    """Those a relative clause hung on the last of coordinated names is about, when it tells a shared act with
    no other party: "Macron and Scholz, who met in Paris" (the parser hangs it on Scholz); else []."""
    subject = syntax.own_subject(verb)
    if verb.dep_ != "relcl" or subject is None or subject.tag_ not in ("WP", "WDT") or verb.head.dep_ != "conj":
        return []
    named = [a for t in syntax.expand(syntax.first_of_list(verb.head)) for a in ctx.resolve(t, speaker=speaker)]
    return named if len({a.name for a in named}) >= 2 else []


def _appeal(noun) -> bool:
    """Whether a noun names an appeal or demand someone makes ("Serbia's call", "Chile's request"), which others
    may back: an act of its maker's, not a stance the verb over it restates."""
    return any(e.predicate in ("urges", "demands") for e in _triggers(noun) if not e.block)


def _idiom_verb(noun, verb) -> bool:
    """Whether ``verb`` is the verb of an idiom of the trigger ``noun`` ("[pointed] the finger at", "[took] issue
    with"), a word of the set its entry needs."""
    return any(e.needs and verb.lemma_.lower() in lexicon().synsets.get(e.needs, ())
               for e in lexicon().triggers.get((noun.lemma_.lower(), "NOUN"), ()))


def _met_for(noun, verb) -> bool:
    """Whether ``noun`` is a meeting that ``verb``, a move done "with" someone, was made "for": "crossed the border
    with Zaev for lunch", "travelled with Petro to Leticia for talks" (the one it was done with is at the table)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head == verb \
        and any(e.predicate == "meets" for e in _triggers(noun)) \
        and all(e.predicate == "visits" for e in _triggers(verb)) \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children) \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _carried_by(noun, verb) -> bool:
    """Whether ``noun`` is what ``verb`` acts on, directly, as "a letter of [noun]", "a [protest] note" or
    coordinated ("expressed support and [solidarity] with")."""
    token = noun
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in lexicon().synsets["PAPERS"]:
        token = noun.head  # "handed a protest note to the Turkish envoy"
    while token.head != verb and token.head != token:
        if token.dep_ not in ("dobj", "pobj", "conj") or (token.dep_ == "pobj" and token.head.lower_ != "of"):
            return False
        token = token.head.head if token.dep_ == "pobj" else token.head
    return token.head == verb and token.dep_ in ("dobj", "attr", "nsubjpass")


def _personal_fit(doers: list[Arg]) -> list[Arg]:
    """The doers "his" or "her" fits: people, else one named by office ("Morocco's king expressed his
    gratitude": a person acting for the state)."""
    return [a for a in doers if a.type == "Person"] or [a for a in doers if a.how == "agent"]


_POSSESSIVE_FITS = {
    "his": _personal_fit,
    "her": _personal_fit,
    "its": lambda doers: [a for a in doers if a.type != "Person"][:1] if len(doers) == 1 else [],
    "their": lambda doers: doers if len(doers) >= 2 or len(doers) == 1 and doers[0].how == "agent" else [],
    #        (one state's agents in the plural too: "Russian forces completed their withdrawal")
}


def _is_object_of(noun, verb, *, direct: bool = False) -> bool:
    """Whether ``noun`` sits in the object of ``verb`` (not in an adverbial "In a phone call with …"); with
    ``direct``, in its direct object ("announced aid for Turkey", not "announced that aid … was stopped")."""
    token = noun
    while token.head != verb and token.head != token:
        token = token.head
        if token.dep_ == "prep" and token.head != verb and (
                token.lower_ in ("at", "during") or token.lower_ == "in" and noun.head == token and _contact(noun)):
            return False  # ("pledged to boost ties at their summit", "urged restraint in a call with Arce": the
            #              setting, hung on the object)
    if direct:
        return token.dep_ == "dobj"
    return token.dep_ in ("dobj", "attr", "ccomp", "xcomp") or (token.dep_ == "prep" and token.lower_ == "of")


# Verbs by which a party leaves or breaks a pact: "quit the agreement", "pulled out of the deal".
_QUITTING = frozenset({"quit", "leave", "exit", "withdraw", "pull", "abandon", "scrap", "suspend", "tear", "renounce",
                       "terminate", "violate", "breach", "break", "rescind", "revoke", "cancel", "denounce"})


def _quitting(noun):
    """The verb that leaves or breaks the pact ``noun`` names (its object, or its "from" or "of"), or None."""
    if noun.lemma_.lower() not in lexicon().synsets["PACTS"]:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "of") else noun.head
    if verb.lower_ == "out" and verb.dep_ == "prep":
        verb = verb.head  # ("pull out of the deal" read as two prepositions)
    if noun.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in _QUITTING:
        return None
    return verb


def _going_on(noun) -> bool:
    """Whether an act named by a noun is going on: one that others ask or demand to be stopped ("demanded that
    Israel halt its offensive in Lebanon", "called for an end to the Israeli offensive in Gaza"; not "Russia halted
    its offensive": stopped; nor "an end to the attacks" by no one named), or one that some cooperate with or refuse
    to ("refused to cooperate with a UN investigation"), or one others would keep up ("sought to extend the truce
    between Israel and Hamas": the truce is there)."""
    if noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _KEEPING_UP:
        if syntax.is_negated(noun.head):
            return False  # ("would not renew the fishing agreement with the EU": a pact let lapse is no act)
        return all(lexicon().predicates[e.predicate].kind == "event" for e in _triggers(noun) if e.predicate)
        #          (an act, not a stance: "urged Cambodia to uphold its commitments" tells of none)
    if noun.pos_ != "NOUN" or not any(c.dep_ in ("poss", "amod", "compound") and c.pos_ in ("PROPN", "PRON", "ADJ")
                                      for c in noun.children):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CESSATIONS:
        stop = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("to", "of") and noun.head.head.lemma_.lower() in _CESSATIONS:
        stop = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() == "cooperate":
        return True  # ("refused to cooperate with a UN investigation into …": the investigation is under way)
    else:
        return False
    return syntax.modality_of(stop) in ("requested", "called_for")


_DEPARTING = frozenset({"leave", "quit", "exit", "depart"})  # what one expelled is ordered to do


def _leaving(ctx: Context, token, entry: Trigger, kind_of: str) -> str:
    """What a party leaves, when the act is leaving rather than an agreement made or a retreat: "left" (the pact
    noun of "quit the security agreement with Benin": no agreement made), "pact" (the verb of "withdrew from the
    defence pact with France": relations with the other party cut, CAMEO 161, as the field's verb dictionary codes
    "withdraw from" a treaty), "body" ("withdrew from the OAS", "quit ECOWAS", "their withdrawal from ECOWAS":
    relations with it cut, CAMEO 161), else ""."""
    if entry.pos == "NOUN" and kind_of in _COOPERATIVE and _quitting(token) is not None:
        return "left"
    if entry.needs and ">" in entry.needs:
        return ""  # (what one puts somewhere or takes from it is no body left: "removed the Houthis from its list")
    where = ("dobj",) if entry.objects == ("dobj",) else ("from", "of")  # ("quit ECOWAS", "withdrew from the OAS")
    left = syntax.objects(token, where) if entry.predicate == "concedes" else []
    if any(_quitting(p) == token for p in left):
        return "pact"
    left = [syntax.stands_for(p, token) for p in left]  # ("ECOWAS, which Mali left")
    forces = lexicon().synsets["FORCES"]  # (troops leave places, not bodies: "Eritrean troops withdrew from Shire")
    return "body" if any((m := ctx.mention(p)) is not None and m.type == "Organization" for p in left) and (
        where == ("dobj",) or not syntax.objects(token, ("dobj",))) and not any(  # (not "withdrew its troops from …")
            w.lemma_.lower() in forces for s in syntax.subjects(token) for w in s.subtree) else ""


# Words of a fight that, between states and over a matter, are a quarrel (_words_over).
_CLASHING = frozenset({"clash"})


def _words_over(ctx: Context, token) -> bool:
    """Whether a clash is over a matter ("clashed over the EU budget", "clashes over trade"), not over a place
    or a time ("clashed over the border", "over the weekend"), and no one with arms takes part."""
    matters = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "over" for p in c.children
               if p.dep_ == "pobj" and not syntax.is_time(p) and p.lemma_.lower() not in BORDERS
               and p.lemma_.lower() not in lexicon().synsets["TERRITORY"]
               and not any(m.type == "Place" or m.kind == "capital" for t in p.subtree
                           if (m := ctx.mention(t)) is not None)]
    armed = lexicon().synsets["FORCES"]
    sides = [*syntax.subjects(token), *syntax.objects(token, ("with", "between"))]
    return bool(matters) and not any(w.lemma_.lower() in armed or w.lower_ in armed for s in sides
                                     for w in s.subtree)


def _fire(b: _Builder, token, entry: Trigger) -> None:
    ctx = b.ctx
    if entry.pos == "NOUN" and (named := ctx.mention(token)) is not None and named.type in _NAMES_OF_THINGS:
        return  # "the Ministry of Foreign Affairs and International Cooperation": part of a name, no act
    if entry.pos == "ADJ":  # "a congratulatory message to Xi" acts through the noun it describes;
        if entry.particle and token.dep_ == "acomp":  # "is opposed to", "was critical of": as a verb would
            entry = replace(entry, pos="VERB")
        elif token.dep_ in ("amod", "compound") and not entry.particle:
            token, entry = token.head, replace(entry, pos="NOUN")
        else:
            return
    if entry.pos == "ADV":  # "will jointly patrol the border" acts through its verb, not a stance said
        token, entry = token.head, replace(entry, pos="VERB")  # together ("jointly condemned the coup")
        if any(lexicon().predicates[e.predicate].kind == "stance" for e in _triggers(token) if e.predicate):
            return
    kind_of = _type_of(entry.cameo)
    if entry.pos == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in _GETTING and entry.predicate \
            and lexicon().predicates[entry.predicate].kind == "stance" \
            and any(c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and token.head.lemma_.lower()
                                          not in _RECEIVING) for c in token.children):
        return  # "Kosovo won the backing of Albania", "… support from Chile": others' stance on who gets it (_drawn;
        #         what is received from them is theirs as _received tells: "received congratulatory calls from …")
    if token.lower_ == "visiting" and token.dep_ == "pcomp" and token.head.lower_ == "with" and any(
            c.dep_ == "dobj" and any(a.type == "Person" for a in ctx.resolve(c)) for c in token.children):
        return  # "met with [visiting] Foreign Minister Vieira in Beijing": the guest described, read as a verb
    if token.tag_ == "VBG" and token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in _SPANS:
        return  # "opening a new chapter after years of feuding": a period told as the background, no event
    if (kind_of in ("CONSULT", "COOPERATE") or entry.block) and token.dep_ == "relcl" \
            and token.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return  # "Qatar, which mediates between Hamas and Israel", "Uganda, which trades with both": a standing
        #         role, told in the present, no meeting or joint act (nor, for the dictionary's general verbs, an
        #         act: "Senegal, which surrounds the Gambia")
    refusal = syntax.refusal_verb(token)  # "refused to hand over bin Laden to the US": a rejection
    if refusal is not None and kind_of not in _COOPERATIVE and entry.predicate != "memberOf":
        return  # "refused to condemn Russia" rejects nobody: the refusal of a hostile act is no act (but "declined
        #         to join BRICS" rejects the body)
    if refusal is not None and token.dep_ == "acl" and token.head.lemma_.lower() == "offer" and any(
            c.dep_ in ("poss", "amod", "compound") and ctx.mention(c) is not None for c in token.head.children):
        return  # "rejected an Australian offer to send troops to East Timor": the act offered is the owner's, and
        #         the refusal opposes the owner (the refusing verb says so), not those the act was for
    undone = None
    if refusal is None and syntax.is_negated(token):
        if kind_of == "AID" and _stopped(token):
            # "stopped sending weapons to Ukraine": aid cut off is a sanction (CAMEO 162, reduce or stop aid)
            entry = replace(entry, predicate="sanctions", cameo="162")
        elif _going_on(token):
            pass  # "demanded that Israel halt its offensive": the offensive goes on (asserted below)
        elif kind_of not in _HOSTILE or (undone := syntax.called_off(token)) is None:
            return  # (but "called off plans to tax Mexican imports" yields to those it would have hit)
        else:
            entry = replace(entry, predicate="concedes", cameo="080")
        kind_of = _type_of(entry.cameo)
    if entry.pos == "VERB" and entry.predicate in ("supports", "agrees") and any(
            lexicon().predicates[e.predicate].kind == "stance" for o in token.children if o.dep_ == "dobj"
            and not _appeal(o) for e in _triggers(o) if not e.block):
        return  # "reaffirmed Kenya's support for Somalia", "pledged solidarity with Niger": the noun states the
        #         stance, and whose it is (but "backed Serbia's call for talks" backs the one who calls)
    if entry.pos == "VERB" and token.tag_ == "VBG" and token.dep_ in ("advcl", "acl") and kind_of in _COOPERATIVE \
            and any(e.predicate == "agrees" for h in (token.head, token.head.head) for e in _triggers(h)):
        return  # "signed a declaration with Qatar restoring full relations": what was agreed, not a second act
    if entry.pos == "NOUN" and entry.predicate == "agrees" and token.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)
            or c.dep_ == "det" and c.lower_ in ("a", "an") and syntax.objects(token, ("between",))
            for c in token.children):
        return  # "the 1951 treaty extends to …": an agreement spoken of is no new agreement (but "a deal signed by
        #         Armenia and Azerbaijan last year has not been implemented" tells who made it, and "a port deal
        #         between Ethiopia and Somaliland angered Mogadishu" tells a new one)
    if (leaving := _leaving(ctx, token, entry, kind_of)) == "left":
        return
    if leaving:
        entry = replace(entry, predicate="sanctions", cameo="161")
        kind_of = _type_of(entry.cameo)
    if token.lemma_.lower() in _CLASHING and _words_over(ctx, token):
        return  # "Hungary and Poland clashed over the EU budget": a quarrel, no fighting
    if entry.predicate == "memberOf" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in token.children):
        return  # "Japan joined the G7 in sanctioning Russian diamonds": joining others in an act, no membership
    if token.lemma_.lower() in _REQUESTS and token.dep_ == "pobj" and token.head.lower_ in ("at", "upon", "on"):
        return  # "arrested the executive at Washington's request": who was asked is the doer (_at_request)
    if entry.predicate == "memberOf" and any(p.lemma_.lower() in _BESIDE_MEMBERS
                                             for p in syntax.objects(token, ("as",))):
        return  # "Mongolia joined the SCO as an observer": a standing beside the members, not one of them
    if token.lemma_.lower() == "blame" and token.dep_ == "acl" and token.tag_ == "VBN" \
            and not any(c.dep_ == "agent" for c in token.children):
        return  # "an inquiry into killings blamed on Mali's army": a charge whose author goes unnamed
    if token.dep_ == "acl" and token.tag_ == "VBN" and _year_named(token.head):
        return  # "a breach of the 2015 Declaration of Principles signed by the two countries": a past act, named
    if entry.needs.startswith(("DEADLINES", "DAYS")) and any(v.lemma_.lower() in LEAVING and syntax.to_infinitive(v)
                                                             for v in token.subtree):
        return  # "gave the ambassador 48 hours (or until Friday) to leave": an expulsion (_sent_away), no ultimatum
    if entry.pos == "NOUN" and (kind_of == "ACCUSE" and (token.dep_ == "pobj" and token.head.lower_ == "into" or any(
            e.predicate == "investigates" for e in _triggers(token.head))) and token.dep_ in ("pobj", "dobj")
                                or _looked_into(token)) \
            and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in token.children):
        return  # "a probe into allegations that Hungary misused funds": a charge looked into, of no author named
        #         (nor any act a probe looks into: "launched an inquiry into the shelling of the hospital")
    speaker = _speaker(ctx, token)
    if entry.pos == "VERB":  # ("the G7 statement called on Russia …": a paper says what its authors do)
        # (and harm done by a weapon or an attack is its user's: "a drone strike by the Turkish army killed …",
        # "a bombing claimed by al-Shabaab killed …", "al-Shabaab claimed the bombing, which killed …")
        arms = lexicon().synsets["WEAPONS"] | lexicon().synsets["CLAIMABLE"] if kind_of == "ASSAULT" else frozenset()
        claims = [(t, _claimed(t, arms)) for t in syntax.subjects(token)]
        actors = [a for t, claim in claims for a in (_clause_doers(ctx, claim) if claim is not None else ctx.resolve(
            t, speaker=speaker, descend=t.lower_ in _STATEMENTS | arms or t == token.head and token.dep_ == "acl"))]
        # (a noun an infinitive describes stands for its owner: "the Senegalese decision to expel …")
        if not actors and (kind_of == "MOBILIZE" or entry.predicate == "memberOf") \
                and not any(c.dep_ == "agent" for c in token.children):
            # "Serbia's army was placed on high alert", "Turkish troops were deployed to the border": forces
            # moved by no one named move for their state; "Egypt and Iran were admitted to BRICS": members
            actors = [a for c in token.children if c.dep_ == "nsubjpass" for t in syntax.expand(c)
                      for a in ctx.resolve(t, descend=True) if a.type == "Country"]
        if not actors and entry.predicate == "sanctions" and "from" in entry.objects \
                and any(c.dep_ == "nsubjpass" for c in token.children):
            # "Gabon was suspended from the Commonwealth": the body one is put out of did it
            actors = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                      if p.dep_ == "pobj" for a in ctx.resolve(p) if a.type == "Organization"]
        if not actors and entry.cameo == "166" and any(c.dep_ == "nsubjpass" for c in token.children) \
                and not any(c.dep_ == "agent" for c in token.children):
            # "two Pakistani diplomats were ordered to leave India": the state they must leave expels them
            actors = [a for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in _DEPARTING
                      for p in syntax.objects(c, ("dobj",)) for a in map(_as_actor, ctx.resolve(p))
                      if a.type == "Country"]
        # (a state's officials or forces of no state named: "a senior military officer", "army officers")
        doers = [] if actors else syntax.subjects(token)
        officials = bool(doers) and all(lexicon().agents.get(t.lemma_.lower()) in STATE_SECTORS for t in doers)
        if officials and entry.predicate == "threatens":
            # "China will take resolute measures to counter …, a senior military officer warned": they warn for the
            # state whose will the warning tells (not an analyst foretelling another's act: "Russia will invade, an
            # analyst warned")
            actors = [a for c in token.children if c.dep_ == "ccomp" and c.i < token.i and _with_will(c)
                      for t in syntax.subjects(c) for a in ctx.resolve(t) if a.type == "Country"]
        if officials and kind_of == "COERCE":
            # "army officers seized power and placed President Ali Bongo under house arrest": who hold a state's
            # leader are that state's own
            sector = lexicon().agents[doers[0].lemma_.lower()]
            actors = [Arg(state, "Country", "agent", sector, doers[0].text) for o in syntax.objects(token, ("dobj",))
                      for a in ctx.resolve(o) if a.type == "Person" for state in ctx.governed(a.name)]
        held = syntax.bare_state_act(token)  # ("a journalist [jailed] in Minsk")
        if held or not actors and token.lemma_.lower() in lexicon().synsets["STATE_ACTS"] \
                and not any(c.dep_ == "agent" for c in token.children) \
                and any(c.dep_ == "nsubjpass" for c in token.children):
            # "four diplomats were expelled from India", "two Britons were arrested in Tehran": acts only the state
            # of that place does (or of the office one was called to: "was summoned to the Iranian foreign ministry"),
            # not the clause's subject ("demanded the release of a journalist jailed in Minsk")
            actors = [a for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "in", "to")
                      for p in c.children if p.dep_ == "pobj" for a in map(_as_actor, ctx.resolve(p))
                      if a.type == "Country" and c.lower_ != "to"] or [
                s for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj" for a in ctx.resolve(p)
                if (s := _office_state(a)) is not None] or (actors if held else []) \
                or (_own_officials_state(ctx, token) if kind_of == "COERCE" else [])
        if not actors and refusal is token and any(c.dep_ == "nsubjpass" for c in token.children) \
                and not any(c.dep_ == "agent" for c in token.children):
            actors = speaker or []  # "'Russia's meddling will not be tolerated,' the minister said": the speaker
        pair: list[Arg] = []
        light, base = None, 0.9
    else:
        actors, pair = _noun_actors(ctx, token, speaker, entry.predicate)
        if "to" in entry.objects and (senders := _senders(ctx, token)):
            actors, pair = senders, []  # "received congratulatory calls from the leaders of France and Morocco"
        light, base = syntax.governing_verb(token), 0.8
        if light is not None and _hosting_others(light):
            return  # "Iraq and Oman, which hosted earlier rounds of talks": talks held by others, not the hosts'
    if entry.predicate == "visits":  # "thousands of Syrians left Lebanon for Germany": people on the move, no
        # visit of their state (nor do drones or missiles visit: "intercepted Iranian drones heading for Israel")
        actors = [a for a in actors if a.sector not in _TRAVELLERS
                  and not (a.text and a.text.split()[-1].lower() in lexicon().synsets["CRAFT"])]
    if kind_of == "MOBILIZE" and entry.pos == "NOUN" and (len({a.name for a in actors}) > 1 or _together(token, light)):
        return  # "a joint exercise", "joined Kazakh forces in the exercise": cooperation, not a show of force
    if not actors:
        return  # an act with no actor states no relation, whatever it is done to: its targets are not looked for
    if entry.predicate == "criticizes" and "to" in entry.objects and kind_of == "ACCUSE" \
            and all(a.how == "agent" and a.sector in _CROWDS for a in actors):
        return  # "Armenians protested in Yerevan against the handover … to Azerbaijan": a crowd lodges no complaint
        #         with a state (its protest is in the street)
    # "sent a letter of congratulation to Xi": the light verb carries the noun's target, but not in
    # "expressed appreciation to Putin for Russia's support" (support is not what was expressed); or "walked out
    # [in protest] at Algeria's remarks": the verb's phrase is the protest's.
    carrier = light if entry.pos == "NOUN" and light is not None and light.lemma_.lower() not in _LINKING and (
        _carried_by(token, light) or _manner(token) and not any(c.dep_ == "prep" for c in token.children)
        or _met_for(token, light)) else None
    if entry.pos == "VERB" and token.dep_ == "advcl" and token.tag_ == "VBG" \
            and not any(c.dep_ == "nsubj" for c in token.children):
        carrier = token.head  # "signed a declaration with Qatar restoring full diplomatic relations" (not an absolute
        #                       clause with a subject of its own: "…, the two sides agreeing to expand drills")
    if entry.predicate == "visits" and any(t.lower_ in lexicon().synsets["MISSIONS"]
                                           for t in syntax.objects(token, entry.objects)):
        return  # "headed to the Mexican embassy": a state's mission abroad is no visit to that state
    targets, reciprocal = _targets(ctx, token, entry, carrier, speaker, actors)
    if not targets and entry.predicate == "investigates" and _going_on(token) and token.head.lower_ == "with":
        # "Israel refused to cooperate with the UN inquiry": those asked to cooperate are the ones looked into
        targets = [a for t in syntax.subjects(token.head.head) for a in ctx.resolve(t) if a.type in ACTOR_TYPES]
    if leaving == "pact":  # "withdrew from its defence pact with France": the pact's other party (not "its")
        targets = [a for p in syntax.objects(token, entry.objects) if _quitting(p) == token
                   for t in syntax.objects(p, ("with", "between")) for a in ctx.resolve(t) if a.type in ACTOR_TYPES]
    if not targets and kind_of == "MOBILIZE" and entry.pos == "VERB":
        # "sent troops to fight insurgents in Cabo Delgado"; or the other side of the border whose guards are moved:
        # "Latvia put its border guards on alert"
        own = {a.name for a in actors}
        targets = _purpose_place(ctx, token, actors) or [
            a for o in syntax.objects(token, ("dobj",)) for c in o.children
            if c.dep_ == "compound" and c.lemma_.lower() in BORDERS
            for a in ctx.resolve(c, descend=True) if a.type == "Country" and a.name not in own]
    spec = lexicon().predicates[entry.predicate] if entry.predicate else None
    if not targets and len(actors) == 1 and spec is not None and _mutual(spec, entry) \
            and (pair := _coordinated_antecedent(ctx, token, speaker)):
        actors = pair  # "Macron and Scholz, who met in Paris, …": the relative clause is both of theirs
    if kind_of == "ASSAULT" and entry.pos == "VERB" and (shot := syntax.objects(token, ("into",))) \
            and all(t.lemma_.lower() in _WATERS for t in shot):
        # "fired missiles into waters near Taiwan", "… off Japan": a show of force near whoever's waters they are,
        # no attack
        entry = replace(entry, predicate="mobilizes", cameo="150")
        # (the phrase of place hung on the waters or, "off" read as the verb's, on the verb)
        targets = targets or [a for t in (*shot, token) for c in t.children if c.dep_ == "prep" and c.lower_ in _NEAR
                              for p in c.children if p.dep_ == "pobj" for a in ctx.resolve(p) if a.type == "Country"]
        kind_of = _type_of(entry.cameo)
    if entry.lemma in _SPARRING and all(a.type == "Person" for a in (*actors, *targets)):
        # "Milei has clashed with Lula": a fight between people is one of words
        entry = replace(entry, predicate="criticizes", cameo="111")
        kind_of = _type_of(entry.cameo)
    if entry.predicate == "protests" and entry.pos == "NOUN" and not _manner(token) and actors and all(
            a.type == "Country" and a.how in ("name", "possessor", "metonym") for a in actors):
        # "rejected a Chinese protest over its exploration": a state's protest is a complaint (CAMEO 114), not a
        # demonstration (but an act done "in protest" is one: "walked out in protest at …")
        entry = replace(entry, predicate="criticizes", cameo="114")
        kind_of = _type_of(entry.cameo)
    # "agreed to boost cooperation during Marcos's visit": a noun in the setting of the clause is not its act
    setting = entry.pos == "NOUN" and light is not None and token.dep_ not in ("nsubj", "nsubjpass") \
        and not _is_object_of(token, light)
    anchor = token if setting else light or token
    modality = syntax.modality_of(token)
    if modality == "asserted" and anchor is not token:  # "talks … could set the stage": the clause's modal
        modality = syntax.modality_of(anchor)
    if modality == "asserted" and token.dep_ == "pobj" and token.head.lower_ in _MEANS \
            and (means := syntax.modality_of(token.head.head)) in ("intended", "hypothetical"):
        modality = means  # "committed to resolving the dispute [through] dialogue": the means of an act promised
    if entry.needs == "PACTS" and syntax.owned_grounds(token):
        modality = "asserted"  # "won't cut aid over its security pact with China": the pact is there, and with it
        #                        the cooperation (not its signing, whose time the clause does not tell)
    if _going_on(token):  # "demanded that Israel halt its offensive": the offensive goes on
        modality = "asserted"
    if entry.predicate == "memberOf" and entry.lemma in _STAYING and modality == "intended":
        modality = "asserted"  # "Barbados will stay in the Commonwealth": it is a member now
    source = "cameo" if entry.block else entry.pos.lower()
    common = dict(rule=f"{source}:{entry.lemma}{' ' + entry.particle if entry.particle else ''}", base=base,
                  trigger=entry, speaker=speaker, modality=modality, place=_place(ctx, token))
    if entry.predicate == "visits" and targets and all(a.type == "Person" for a in targets) and common["place"]:
        # "paid a visit to Premier Li Qiang in Beijing": a visit to a host is to where the host received it
        targets = [Arg(m.name, m.type) for m in ctx.mentions if m.name == common["place"]][:1]
    if undone is not None:  # the calling off is what happened
        common.update(modality=syntax.modality_of(undone), rule=f"called-off:{undone.lemma_.lower()}+{entry.lemma}")
    predicate = entry.predicate
    announced = None if setting else syntax.intent_verb(anchor) or _announcing(light)
    if announced is not None and syntax.modality_of(announced) != "asserted":
        announced = None  # "urged both sides to agree on a ceasefire": the promise itself is only asked for
    refusers = set() if refusal is None else {a.name for t in syntax.subjects(refusal)
                                              for a in ctx.resolve(t, speaker=speaker)}
    if entry.predicate == "agrees" and refusers and actors and not {a.name for a in actors} & refusers:
        refusal = None  # "refuses to recognise the agreement signed by Ethiopia and Sudan": their pact, refused by
        #                 another, is still theirs
    if refusal is not None:
        predicate = "opposes"
        targets = targets or [a for t in syntax.objects(token, ("dobj",)) for a in ctx.resolve(t, descend=True)] \
            or (_conveners(ctx, token) or _hosts(ctx, token, common["place"], actors) if _meeting(token) else [])
        # ("declined to attend US-brokered talks"; "refused to attend a summit in Bogota": its host)
        if entry.predicate == "memberOf":  # (a body one declines to join, not a measure: "join Western sanctions")
            targets = [a for a in targets if a.type == "Organization"]
        # ("Mali declined to attend the talks hosted by Algeria": the one who refuses opposes the others there)
        if pair and refusers & {a.name for a in actors}:
            targets = targets or [a for a in actors if a.name not in refusers]
            actors, pair = [a for a in actors if a.name in refusers], []
        refused = "never" if refusal is token else refusal.lemma_.lower()  # ("will never accept": said now)
        # (the refusing's own mode: "declined an invitation to join" is no invitation still open)
        common.update(cameo="120", rule=f"refusal:{refused}+{entry.lemma}",
                      modality=syntax.modality_of(refusal) if refusal is not token
                      else "asserted" if modality in ("intended", "hypothetical") else modality)
    elif announced is not None and announced.lemma_.lower() in _DECIDING and kind_of in _DECIDED:
        common.update(modality="asserted")  # "EU leaders agreed to ban Belarusian airlines": a measure decided
    elif lexicon().predicates[predicate].kind == "event" and (
            modality in ("intended", "conditional") and announced is not None and _announces(ctx, announced, actors)
            or modality in ("intended", "conditional", "hypothetical") and kind_of in _THREAT_CODES
            and _own_word(ctx, actors, speaker) and not syntax.in_condition(token)
            or modality == "conditional" and kind_of in _THREAT_CODES and not speaker
            and _on_targets_conduct(ctx, token, anchor, targets)):
        # ("said it could use force"): one's own force held out, not the condition of a warning ("warned Moscow
        # of consequences if it used chemical weapons").
        # "Japan promised to send aid to Manila": the announcement is the event (CAMEO 03x), not the aid;
        # promising force ("vowed to retaliate against", "said they would strike"), or announcing it on a
        # condition ("said it would strike Hezbollah targets if the rocket fire continued"), is a threat (13x).
        word = announced.lemma_.lower() if announced is not None else "will"
        predicate, code = lexicon().intents.get(word, ("agrees", "030"))
        if predicate in ("agrees", "threatens") and kind_of in _THREAT_CODES and not (
                kind_of == "MOBILIZE" and (word in _OFFERING
                                           or predicate == "agrees" and _sent_to(ctx, token, targets))):
            # threatened strikes: 138 (not "pledged to send police to Haiti", "would send a brigade to Lithuania":
            # forces offered to the state they go to, no threat)
            predicate, code = "threatens", _THREAT_CODES[kind_of]
        code = _INTENT_CODES.get(entry.predicate, code) if predicate == "agrees" else code
        common.update(cameo=code, modality="asserted", rule=f"intent:{word}+{entry.lemma}")
        if predicate == "agrees" and _go_between(entry):
            return  # "offered to mediate between Chad and Sudan": a go-between's offer binds it to neither
        if predicate == "threatens" and not any(a.type in ACTOR_TYPES for a in targets):
            # "would cut off gas supplies unless Peru paid", "would close the Strait of Hormuz if …": at whom
            # (the condition may hang on the vow: "vowed to retaliate if Lithuania allowed …")
            targets = _conditioned(ctx, token, announced)
    protesters, told = lexicon().synsets["PROTESTERS"], entry
    if kind_of in _PROTEST_CODES and (syntax.helping(token, "protest") is not None or actors and all(
            a.how == "agent" and a.text and a.text.split()[-1].lower() in protesters for a in actors)
                                      or actors and _in_protest(token) and all(
            a.how == "agent" and a.sector not in STATE_SECTORS for a in actors)):
        # "protesters stormed the Swedish embassy", "farmers blocked the crossings to protest …" (or "in protest
        # at …", not a state's act: "Pakistan blocked NATO supply routes in protest at the strike"): a protest
        predicate = "protests"
        common.update(cameo=_PROTEST_CODES[kind_of])
        # (and implies what a protest does: "protesters occupied the parliament building")
        told = replace(entry, predicate="protests", cameo=_PROTEST_CODES[kind_of])
        if not targets and (purpose := syntax.helping(token, "protest")) is not None:
            # "miners blocked roads to protest Chile's use of the waters": whom the protest is aimed at
            named = {a.name for a in actors}
            targets = [a for t in syntax.objects(purpose, ("dobj", "against"))
                       for a in ctx.resolve(t, descend=True, through_of=False)
                       if a.type in ACTOR_TYPES and a.name not in named]
    # (not one's own goods: "sent tents", which resolve to the sender; nor a sanction on oneself: "imposed travel
    # bans on its members" after "urged the junta to …")
    found = [a for a in targets if not (a.name in {x.name for x in actors}
                                        and (a.how == "possessor" or entry.predicate == "sanctions"))]
    if (not entry.block or told is not entry) and all(a.type == "Place" for a in found) \
            and (implied := _implied_targets(b, token, told, actors)) \
            and (not found or all(a.how == "agent" for a in implied)):
        targets = implied  # (people acted on, not the place it was done in: "broke up a rally in Nairobi")
    if not targets and predicate == "threatens" and token.pos_ == "VERB":
        targets = _vowed_before(ctx, token, actors) or _war_warned(b, token, actors)
    if not targets and predicate == "opposes" and token.pos_ == "VERB" and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "nsubjpass") for c in token.children):
        # "Argentina demanded a public apology … Madrid refused": a refusal with nothing refused answers the last
        # demand or appeal made of the one refusing
        targets = _answered(b, token, actors, _ANSWERED - {"ACCUSE"}, done_to=True)
    if not targets and predicate == "demands" and _object_has(token, "AMENDS"):
        # "Milei called Lula a corrupt communist, and the Brazilian leader demanded an apology": of the last one
        # who wronged the one demanding
        targets = _answered(b, token, actors, _HOSTILE)
    if predicate == "opposes" and (let_in := _permitted(ctx, token)) is not None:
        targets = let_in  # "refused entry to a Chinese ship": whom it would have let in, not the entry
    if not targets and predicate == "opposes" and _object_has(token, "REMARKS") and entry.lemma not in _DISOWNING:
        # "Rwanda rejected the accusation": whoever made it (or the one the words answer: "'We reject these
        # allegations,' Rwanda said in response to Congo's claims"; not remarks one distances oneself from, which
        # are one's own side's: "The Kremlin distanced itself from the lawmaker's comments")
        targets = _in_response_to(b, token) or _answered(b, token, actors)
    if not targets and entry.lemma in _STAYING_AWAY and entry.pos == "VERB":
        # "boycotted the summit in India", "… the games in Moscow": the state that holds what one stays away from
        # (not "the talks in Geneva")
        own = {a.name for a in actors}
        targets = [a for o in syntax.objects(token, ("dobj",)) if _held_occasion(o) for prep in o.children
                   if prep.dep_ == "prep" and prep.lower_ in ("in", "at") for p in prep.children if p.dep_ == "pobj"
                   for a in map(_as_actor, ctx.resolve(p)) if a.type == "Country" and a.name not in own][:1]
    if not targets and entry.particle == "back" and entry.predicate == "criticizes":
        targets = _answered(b, token, actors)  # "Lithuania criticised Hungary … Hungary hit back": at the critic
    if not targets and entry.pos == "NOUN" and predicate in ("opposes", "criticizes") and not any(
            c.dep_ == "prep" for c in token.children) and (voiced := syntax.governing_verb(token)) is not None \
            and voiced.lemma_.lower() in _VOICING and _bare_light_verb(token, voiced):
        # "Russia expelled two Estonian diplomats. Estonia voiced its protest": at whoever did it to them
        targets = _answered(b, token, actors, _HOSTILE, done_to=True)
    # (the project's own words of stance answer acts told before, not the dictionary's: "demanded that Bolivia
    # respect the ruling" praises no one)
    answering = not targets and predicate in _ON_MOVES and not entry.block
    # (what a verb's object or a noun's phrase names: "condemned the attack", "voiced opposition to the accord"; or
    # a verb's own preposition: "reacted angrily to the release")
    said_places = entry.objects if entry.pos != "VERB" else tuple(
        p for p in entry.objects if p in syntax.ACT_TARGETS) or ("dobj",)
    said_on = syntax.objects(token, said_places, also=carrier) if answering else []
    if answering and token.dep_ == "relcl" and token.head.lemma_.lower() in lexicon().synsets["MOVES"] \
            and (clause := _clause_judged(token.head, token)) is not None:
        # "Mali expelled French troops, a decision Senegal criticised": the doer of the act the move is set after
        # (before any act told in the sentences before it)
        targets = [a for a in _clause_doers(ctx, clause) if a.name not in {o.name for o in actors}]
    if answering and not targets and any(o.lemma_.lower() in _moves(predicate) and not any(
            c.dep_ == "poss" for c in o.children) for o in said_on):
        # "China recalled its envoy … Lithuania regretted the move", "… signed a deal. The EU welcomed the move"
        # (not "rejected the proposed code of conduct": a move is what the object is, not a word in its phrase;
        # nor "Castillo's treatment": one owned by whom it was done to)
        # (one backs no move done against oneself: "Serbia recalled its envoy … Montenegro's prime minister
        # defended the move" is not Serbia's)
        backing = predicate in ("praises", "supports")
        incident = next((o for o in said_on if o.lemma_.lower() in _moves(predicate)), None)
        if incident is not None and incident.lemma_.lower() in lexicon().synsets["INCIDENTS"]:
            # ("… rammed a Philippine boat. Manila filed a protest. Japan expressed concern over the incident": the
            # last deed told, not the words told after it)
            targets = _answered(b, token, actors, _ON_MOVES[predicate] & _DEEDS, told=incident)
        else:
            targets = _answered(b, token, actors, _ON_MOVES[predicate], backing=backing) or _moved(
                b, token, actors, lead=backing)
    if answering and not targets and entry.lemma in _WORRIES and any(
            o.lemma_.lower() in syntax.CHARGES and syntax.points_back(o.children) for o in said_on):
        # "Canada tied India to the killing … The US expressed concern over the allegations": worry over what the
        # accused is said to have done, not over the accuser
        targets = _accused_before(b, token, actors)
        answering = False
    if answering and not targets and (acts := frozenset(p for o in said_on for p in _told(o, _ON_TOLD[predicate]))):
        # "Russia shelled Odesa … Poland condemned the attack": an act named by its kind, told anywhere before
        targets = _answered(b, token, actors, acts, told=said_on[0], backing=predicate in ("supports", "praises"))
    if answering and not targets and said_on:
        # "North Korea launched a spy satellite … Japan condemned the launch": an act told by its verb, with no one
        # it was done to
        targets = _told_by_verb(b, said_on[0], actors)
    if not targets and predicate == "threatens" and _object_has(token, "REPRISALS"):
        targets = _answered(b, token, actors, _HOSTILE)  # "Moldova expelled a Russian diplomat. Moscow promised
        #                                                  a response": on whoever did it the reprisal falls
    if not targets and entry.pos == "NOUN" and kind_of in _HOSTILE and (answer := _answering(token)) is not None \
            and not syntax.objects(token, entry.objects):
        targets = [a for t in syntax.subjects(answer) for a in ctx.resolve(t)]  # "expelled two diplomats in
        #                                                         response to German sanctions": on the expeller
        #                                                         (not "… to the group's attacks on shipping")
    if not targets and lexicon().predicates[predicate].kind == "stance" and not (len(actors) > 1 and (
            _mutual(lexicon().predicates[predicate], entry) or light is not None and light.lemma_.lower() in _TRADED)):
        # (not coordinated actors who act on each other: "Li Qiang and Mishustin also exchanged congratulatory
        # messages")
        targets = _echoed(b, token, actors, kind_of)
    if syntax.trailing_participle(token) and _object_has(token, "RESTRICTIONS") \
            and {a.name for a in targets} <= {o.name for o in actors}:
        # "Japan restored South Korea to its list of trusted partners, easing export curbs": curbs a participle
        # eases or tightens, naming no one they are on, are on the clause's object (not "freeing 71 hostages")
        targets = [a for t in syntax.objects(token.head, ("dobj",)) for a in ctx.resolve(t, descend=True)
                   if a.type in ACTOR_TYPES]
    if predicate == "meets":  # "speaking to reporters in Minsk": the press is told, not met; "protesters greeted
        # the premier": a crowd meets no one
        targets = [a for a in targets if not (a.sector or "").endswith("MED")]
        actors = [a for a in actors if (a.sector or "")[-3:] not in _CROWDS]
    if entry.block and not targets:
        return  # a dictionary verb states an event only with a target
    if entry.cameo in _SENT_AWAY:  # "expelled the French ambassador, Joel Meyer": France's envoy is sent away
        targets = [_state_of(b, a) for a in targets]
    if not pair:
        targets = _other_than(ctx, token, actors, targets) or _thankers(b, token, kind_of)
    _emit(b, token, predicate, entry, actors, targets, common, pair=pair, reciprocal=reciprocal)


_THANKING = frozenset({"thank", "praise", "commend", "hail", "laud", "applaud"})


def _thanking(token):
    """The verb of thanks or praise whose "for" phrase holds ``token`` ("thanked Cuba for [sending] doctors",
    "… for its [help]"), or None."""
    verb = token.head.head if token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "for" else None
    return verb if verb is not None and verb.lemma_.lower() in _THANKING else None


def _thanked_for(noun):
    """The one thanked or praised for the act a noun names, owned by no one else ("thanked Brazil for its
    help"), or None."""
    verb = _thanking(noun) if noun.dep_ == "pobj" else None
    if verb is None or any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _thankers(b: _Builder, token, kind_of: str) -> list[Arg]:
    """Who thanks the doer for aid that names no one else, as its recipient: "Nicaragua thanked Cuba for
    sending doctors", "… for its help"."""
    thanking = _thanking(token)
    if kind_of != "AID" or thanking is None or thanking.lemma_.lower() != "thank":
        return []
    # (aid goes to a state: a leader thanks for the help his state received)
    return [_state_of(b, a) for t in syntax.subjects(thanking) for a in b.ctx.resolve(t)]


# Envoys expelled or recalled (CAMEO 166, 161): the act is on the state they serve.
_SENT_AWAY = frozenset({"161", "166"})
# Acts that, named after "after" or "following", are the clause's own doers' ("signed the deal after talks").
_SHARED_ACTS = frozenset({"meets", "agrees", "cooperatesWith", "visits"})
# What introduces the act a show of force answers: "after India's air strikes", "amid tension with Armenia"
# (and the clause "as tensions with Kosovo rose").
_PROVOKED = frozenset({"after", "following", "amid"})
# Sectors of the state and its parties (CAMEO actor codes): its protests are no protests against its own government.
_OFFICIAL_SECTORS = STATE_SECTORS | {"PTY"}
# Acts that, named with no target after an act on someone, fall on that someone (_implied_targets).
_FOLLOWING_UP = frozenset({"sanctions", "threatens", "demands", "mobilizes", "coerces"})
_HARM = frozenset({"kill", "die", "wound", "injure", "hurt"})  # verbs of what an attack did to its victims
# Those an act befell, whose "of" names the act, not one of the clause's own (_outside_clause).
_SUFFERERS = VICTIMS | {"family", "relative", "toll"}
_CROWDS = frozenset({"CVL", "OPP"})  # agents that are people at large (a crowd's protest is in the street)
_TRAVELLERS = frozenset({"CVL", "REF", "CRM"})  # sectors whose travel is no visit: civilians, refugees, criminals


def _new_party(noun) -> bool:
    """Whether a noun names people or a body as new to the text, with no article or with "a": "northern
    rebels", "a militia" (not "the emirate", which may be one named before; nor "alert")."""
    return (noun.lower_ in lexicon().agents or noun.lemma_.lower() in lexicon().agents) and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)


# People named as someone's followers: a state's agents who act on them act on the one they follow.
_FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "member"})
# Acts whose undoing is a release: who did one holds those whose release is demanded.
_SEIZING = frozenset({"COERCE"})


def _captors(b: _Builder, releases: list) -> list[Arg]:
    """Who seized the ones whose release is asked for, named ("Petrov's release", "the release of Petrov"): the
    doers of the last act of seizing told before that was done to them."""
    held = {a.name for t in releases for a in b.ctx.resolve(t, descend=True) if a.type == "Person"}
    last = next((r for r in reversed(b.relations) if r.object in held and r.plover in _SEIZING and r.factual), None)
    return [_state_of(b, Arg(last.subject, last.subject_type, "pronoun"))] if last is not None else []


_WAYS = frozenset({"across", "through", "via", "over", "into"})  # a way named for what is sent (_implied_targets)
_PROMPTING = frozenset({"prompt", "lead", "push", "drive", "spur", "cause", "provoke"})  # (_implied_targets)


_WAR_WORDS = frozenset({"war", "aggression"})  # what an act is warned to amount to ("a declaration of war")


def _war_warned(b: _Builder, token, actors: list[Arg]) -> list[Arg]:
    """Whom a warning that an act would amount to war is made against: the act's doer ("warned that any attack by
    Azerbaijan would be considered an act of war"), else the last other one told to threaten, move against or
    attack the state the act would be done in ("… that any military intervention in Niger would be considered a
    declaration of war", after ECOWAS threatened to use force there)."""
    own = _and_offices(b.ctx, actors)
    for clause in (c for c in token.children if c.dep_ == "ccomp" and _with_will(c)
                   and any(t.lemma_.lower() in _WAR_WORDS for t in c.subtree if t.i > c.i)):
        for act in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"):
            if doers := [a for a in b.ctx.resolve(act, descend=True) if a.type in ACTOR_TYPES and a.name not in own]:
                return doers
            lands = {state for c in act.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "against")
                     for p in c.children if p.dep_ == "pobj" for a in b.ctx.resolve_land(p)
                     if (state := a.name if a.type == "Country" else state_of_place(a.name))}
            last = next((r for r in reversed(b.relations) if r.object in lands and r.subject not in own
                         and r.plover in ("THREATEN", "MOBILIZE", "ASSAULT") and r.factual), None)
            if last is not None:
                return [Arg(last.subject, last.subject_type, "pronoun")]
            if token.dep_ == "advcl" and token.tag_ == "VBG":  # ("rejected Ethiopia's plan to fill the dam,
                # warning that any attempt to cut its share would be an act of aggression": whom the clause answers)
                return [a for o in syntax.objects(token.head, ("dobj",)) for a in b.ctx.resolve(o, descend=True)
                        if a.type in ACTOR_TYPES and a.name not in own]
    return []


def _move_told(noun) -> bool:
    """Whether a noun names a move told before, by a word of moves and "the" or "this": "the decision", "the
    actions"."""
    return noun.lemma_.lower() in lexicon().synsets["MOVES"] and syntax.points_back(noun.children)


def _move_maker(b: _Builder, noun, actors: list[Arg], kinds: frozenset[str]) -> list[Arg]:
    """Who made the move ``noun`` names (_move_told): the last who did an act of ``kinds`` to the actors, else who
    made the move the sentence before tells."""
    return _answered(b, noun, actors, kinds) or _moved(b, noun, actors)


def _vowed_before(ctx: Context, token, actors: list[Arg]) -> list[Arg]:
    """Whom the warners' own side says, in a clause told before the warning, it will act against: "Turkey would
    counter any move by Greece …, the Turkish defence minister warned", "… will take steps to counter …" (not
    "Russia would invade Ukraine, the US warned": another's act foretold)."""
    own = {a.name for a in actors}
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i < token.i and _with_will(c)), None)
    if clause is None or not own & {a.name for s in syntax.subjects(clause) for a in ctx.resolve(s)}:
        return []
    # (and what it will do it for: "would take steps to counter …")
    acts = (clause, *(c for c in clause.children if c.dep_ in ("xcomp", "advcl") and syntax.to_infinitive(c)))
    return [a for act in acts for t in syntax.objects(act, ("dobj", "against", "on", "at"))
            for a in ctx.resolve(t, descend=True) if a.type in ACTOR_TYPES and a.name not in own]


def _implied_targets(b: _Builder, token, entry: Trigger, actors: list[Arg]) -> list[Arg]:
    """Targets the sentence implies without naming a country for them:

    - people of no stated country acted on or threatened by one country's agents are its own ("Kenyan police
      arrested dozens of protesters": KENCOP on KENOPP), unless they came from elsewhere ("detained migrants"), or
      the one they follow ("detained supporters of Imran Khan");
    - a protest takes the target of what it is held for ("rallied to demand Pashinyan's resignation"),
      else the protesters' own government ("Nigerian unions began a nationwide strike": NGALAB on NGAGOV).
    """
    kind_of = _type_of(entry.cameo)
    homes = {a.name for a in actors if a.type == "Country" and a.how == "agent" and a.sector}
    # (CAMEO's coercion, repression too; and a threat of it: "Kenyan police warned protest organisers that …", not
    # advice: "the government warned residents to take shelter")
    if len(homes) == 1 and (kind_of == "COERCE" or entry.cameo[:2] == "17" or kind_of == "THREATEN" and not any(
            c.dep_ in ("xcomp", "advcl") and syntax.to_infinitive(c) for c in token.children)):
        home = homes.pop()
        # (or what the means it used was for: "used tear gas to break up a rally")
        acted_on = [*syntax.objects(token, entry.objects),
                    *(o for c in token.children if c.dep_ in ("xcomp", "advcl") and syntax.to_infinitive(c)
                      for o in syntax.objects(c, ("dobj",)))]
        for t in acted_on:
            for p in _people_in(t):
                if p.lemma_.lower() in _FOLLOWERS and (led := [
                        a for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children
                        if q.dep_ == "pobj" for a in b.ctx.resolve(q) if a.type in ("Person", "Organization")]):
                    return led  # "detained hundreds of supporters of Imran Khan": his
                sector = lexicon().agents.get(p.lower_) or lexicon().agents.get(p.lemma_.lower())
                # (not those a name or nationality claims: "two Malawian drivers"; but "opposition supporters")
                if sector and not any(c.dep_ in ("poss", "amod", "compound") and (
                        c.dep_ == "poss" or b.ctx.mention(c) is not None) for c in p.children) \
                        and sector not in {*(a.sector for a in actors), "REF"} \
                        and p.lemma_.lower() not in VESSELS | PLACE_NOUNS | {"mission"}:
                    # (a ship, a place or a mission is no one's people: "the Iranian navy seized a tanker", "retook the
                    # village", "blocked a resupply mission")
                    # (but in the other state the clause it follows acts on: "raided a Lebanese village, arresting
                    # five men")
                    raided = [a.name for o in syntax.objects(token.head, ("dobj",)) for a in b.ctx.resolve(o)
                              if a.type == "Country" and a.name != home] if syntax.trailing_participle(token) else []
                    return [Arg(state, "Country", "agent", sector, p.text) for state in raided[:1] or [home]]
    clause = token if entry.pos == "VERB" else syntax.governing_verb(token)
    first = syntax.coordinated_with(clause) if clause is not None and clause.dep_ == "conj" else None
    if entry.predicate in _FOLLOWING_UP and first is not None and not syntax.to_infinitive(first) \
            and not any(_type_of(e.cameo) in _FRIENDLY for e in _triggers(first)) \
            and not any(_new_party(t) for t in syntax.objects(token, tuple(p for p in entry.objects if p != "dobj"))) \
            and not any(t.lemma_.lower() in lexicon().roles and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                     for c in t.children)
                        for t in syntax.objects(token, ("dobj",))):
        # "accused Morocco of hostile acts and cut diplomatic ties", "summoned the Chinese ambassador and issued
        # a warning": the second act falls on whom the first was done to (not in a plan: "a decision to see
        # China as a rival and engage in a blockade"; nor after a friendly act: "supported Guyana's sovereignty
        # and would hold flight exercises", with Guyana; nor when the second names a new other side of its own,
        # with no article or "a": "… and ended a peace deal with northern rebels"; "the Gulf emirate" may be the
        # first's again; nor when it is done to someone a new office names: "stormed the Mexican embassy and
        # arrested a former vice president")
        # (not the first's doer, in what it did with its own: "Kenya strengthened its forces …, and Al-Shabaab
        # fighters seized the town of Kismayo")
        own = {a.name for a in actors} | {a.name for t in syntax.subjects(first) for a in b.ctx.resolve(t)}
        found = [a for t in syntax.objects(first, ("dobj",))
                 for a in b.ctx.resolve(t, descend=True) if a.type in ("Country", "Organization") and a.name not in own]
        if found:
            return found
    releases = [t for t in syntax.objects(token, entry.objects) if t.lemma_.lower() in lexicon().synsets["RELEASES"]] \
        if entry.predicate in ("demands", "urges") else []
    if releases and (held_by := _captors(b, releases) or _answered(b, token, actors, _SEIZING)):
        # "Zimbabwean police detained two Malawian drivers. Malawi demanded their release": made of who holds them
        # (one named: whoever seized that one, however far before)
        return held_by
    if clause is not None and clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after"
                                                             for m in clause.children) and (
            entry.predicate in ("demands", "urges") or kind_of in ("ASSAULT", "SANCTION")
            and any(_type_of(e.cameo) == kind_of for e in _triggers(clause.head))):
        # "Saudi Arabia expelled the Canadian envoy after Ottawa called for the release of activists": an appeal
        # naming no one, that the clause's act answered, was made of the one who answered it (as was fire that
        # fire answered: "Israeli jets struck southern Lebanon after Hezbollah fired rockets across the border"; and
        # a sanction a sanction answered: "expelled the Chinese envoy after Beijing downgraded ties")
        own = {a.name for a in actors}
        return [a for t in syntax.subjects(clause.head) for a in b.ctx.resolve(t)
                if a.type in ACTOR_TYPES and a.name not in own]
    if kind_of in ("SANCTION", "ACCUSE", "PROTEST", "MOBILIZE") and clause is not None and clause.dep_ == "xcomp" \
            and clause.head.lemma_.lower() in _PROMPTING:
        # "stormed the Mexican embassy, prompting Mexico to sever relations": an answer to whoever prompted it
        # ("flew joint patrols near Alaska, prompting the US to scramble jets")
        own = {a.name for a in actors}
        return [a for t in syntax.subjects(clause.head) for a in b.ctx.resolve(t, descend=True)
                if a.type in ("Country", "Organization") and a.name not in own]
    if kind_of == "MOBILIZE":  # ("ordered a general mobilisation amid tensions with Ethiopia": the light verb's)
        return _provoker(b, token) or (_provoker(b, clause) if entry.pos == "NOUN" and clause is not None else [])
    # a complaint named by a noun answers the act it follows: "lodged a formal protest after Japanese lawmakers
    # visited the shrine" (when nothing follows, the targets found below)
    # (the light verb's own object: not "showed hostility toward China and Russia's concerns, as it stated …")
    if entry.pos == "NOUN" and entry.predicate in ("criticizes", "protests") and (
            provoker := _provoker(b, token) or (_provoker(b, clause) if clause is not None and token.head == clause
                                                 and token.dep_ == "dobj" else [])):
        return provoker
    if entry.predicate == "visits" and entry.pos == "NOUN" and clause is not None and clause is not token:
        # "India and Bangladesh signed a deal during a visit by Hasina": the visitor's hosts are the others the
        # clause names
        own = _and_offices(b.ctx, actors)
        hosts = [_state_of(b, a) for t in syntax.subjects(clause) for a in b.ctx.resolve(t)]
        return [a for a in hosts if a.type == "Country" and a.name not in own] if own else []
    if kind_of == "ASSAULT" and entry.pos == "NOUN" and any(
            c.dep_ in ("amod", "compound", "poss") and b.ctx.mention(c) is not None for c in token.children):
        # "two Turkish soldiers were killed in a PKK attack": on whom the attacker the noun names killed
        return [a for t in _harmed_in(token) for a in b.ctx.resolve(t, descend=True)
                if a.type in ("Country", "Organization") and a.name not in {x.name for x in actors}]
    if kind_of == "SANCTION" and clause is not None and (provoker := [
            a for a in _provoker(b, clause) if a.name not in _and_offices(b.ctx, actors)]):
        return provoker  # "recalled its envoy after Burkina Faso expelled two Ghanaian diplomats": in answer to it
    if entry.needs == "ENVOY" and entry.cameo == "161":
        return _breach_before(b, token, actors)
    if kind_of == "AID" and entry.pos == "VERB" and "to" in entry.objects and b.dateline is not None \
            and b.dateline.place and (state := state_of_place(b.dateline.place)) is not None \
            and state not in _and_offices(b.ctx, actors) and not syntax.objects(token, ("to", "dative")) \
            and not any(c.dep_ == "prep" and c.lower_ in _WAYS for c in token.children):
        # "Fiji sent a team of engineers to restore power" under a NUKU'ALOFA dateline: aid sent to no one named
        # goes where the story is filed from, a state of others (not when sent by a way of its own: "sent a convoy
        # across the Friendship Bridge")
        return [Arg(state, "Country", "dateline")]
    if kind_of == "SANCTION" and any(_meeting(t) and syntax.points_back(t.children)
                                     for t in syntax.objects(token, ("dobj",))):
        # "Colombia and the ELN held talks in Havana. The ELN suspended the talks": with the other side of them
        own = {a.name for a in actors}
        held = next((r for r in reversed(b.relations) if r.predicate == "meets" and r.factual
                     and (r.subject in own) != (r.object in own)), None)
        if held is not None:
            return [_other_party(held, own)]
    if entry.predicate == "meets" and entry.cameo == "043" and entry.pos == "VERB" and any(
            _meeting(m) and not any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in m.children)
            for t in syntax.objects(token, ("dobj",))
            for m in (t, *(p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children))):
        # "offered to mediate between Somalia and Ethiopia and hosted two rounds of talks in Ankara": talks of no
        # parties named are between the two the sentence's last "between" named
        return b.ctx.between_before(token, within=True)
    if _go_between(entry) and token.dep_ == "acl" and token.tag_ == "VBN" \
            and (clause := syntax.governing_verb(token.head)) is not None:
        # "Saudi Arabia and Iran agreed to restore ties in a deal brokered by China": the go-between meets the
        # deal's parties
        own = {a.name for a in actors}
        return [a for t in syntax.subjects(clause) for a in b.ctx.resolve(t)
                if a.type in ACTOR_TYPES and a.name not in own]
    if kind_of != "PROTEST":
        return []
    for clause in (c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"):
        found = [a for t in syntax.objects(clause, ("dobj", "against", "on"))
                 for a in b.ctx.resolve(t, descend=True) if a.type in ("Country", "Person", "Organization")]
        if found:
            return found
    sent = b.ctx.sentence(token)  # (not "rallied outside the French embassy", "against U.S. tariffs")
    if any(m.name not in {a.name for a in actors} for m in b.ctx.mentions if sent.start <= m.start < sent.end
           and m.type in ("Country", "Organization")):
        return []
    if any(_manner(p) and p.lemma_.lower() != "protest" for c in token.children if c.dep_ == "prep"
           for p in c.children):
        return []  # "rallied in support of the president's policy": not against their government
    return [Arg(a.name, "Country", "agent", "GOV") for a in actors
            if a.type == "Country" and a.how == "agent" and a.sector and a.sector not in _OFFICIAL_SECTORS]


def _people_in(noun) -> list:
    """The words for the people a noun acted on names: those of a quantity ("dozens of protesters"), those who
    gathered for a rally ("an opposition rally", "a march by opposition supporters"), else the noun itself."""
    lemma = noun.lemma_.lower()
    if lemma in QUANTITIES:
        return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"]
    if lemma in lexicon().synsets["RALLIES"]:
        return [c for c in noun.children if c.dep_ == "compound"] + [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    return [noun]


def _harmed_in(noun) -> list:
    """Who were killed or hurt in the attack a noun names: the subject of the verb of harm its "in" or "by"
    phrase hangs on ("Three Indian soldiers died in a Pakistani mortar attack")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "by") or prep.head.lemma_.lower() not in _HARM:
        return []
    return [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _provoker(b: _Builder, token) -> list[Arg]:
    """Whom a show of force answers, when it names no target: the doer of the act it follows ("put its
    air force on high alert after Indian jets crossed …", "called up reservists amid tension with Armenia"; the
    parser may hang it on the noun of a phrase before: "raised its readiness to the highest level amid clashes")."""
    hung = [g for c in token.children if c.dep_ == "prep" and c.lower_ not in _PROVOKED
            for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep" and g.lower_ in _PROVOKED]
    for child in (*token.children, *hung):
        if child.dep_ == "prep" and child.lower_ in _PROVOKED:
            # (or where it happened: "after clashes in northern Kosovo")
            found = [a for p in child.children if p.dep_ == "pobj"
                     for a in b.ctx.resolve(p, descend=True) or [a for t in syntax.objects(p, ("in",))
                                                                 for a in b.ctx.resolve(t)]
                     if a.type in ("Country", "Organization")]
        elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _PROVOKED | {"as"} for m in child.children):
            subject = syntax.own_subject(child)
            found = [a for a in (b.ctx.resolve(subject, descend=True) if subject is not None else [])
                     if a.type in ("Country", "Organization")]
        else:
            continue
        if found:
            return found
    return []


def _accused_before(b: _Builder, token, actors: list[Arg]) -> list[Arg]:
    """Those the last accusation told before ``token`` (in its sentence or the three before) accuses, other than
    ``actors``."""
    names = _and_offices(b.ctx, actors)
    number = b.ctx.sentence_number(token)
    start = b.ctx.sentences[max(0, number - 3)].start_char
    told = [r for r in b.relations if start <= r.start < token.idx and r.plover == "ACCUSE"
            and r.object not in names and r.subject not in names]
    return [Arg(r.object, r.object_type, "pronoun") for r in told if r.start == told[-1].start
            and r.trigger == told[-1].trigger] if told else []


def _answered(b: _Builder, token, actors: list[Arg], kinds: frozenset[str] = _ANSWERED, *,
              told=None, done_to: bool = False, backing: bool = False) -> list[Arg]:
    """Whom a rejection of "the accusation", "the claims" or "the remarks" answers: the last actor of the
    three sentences before who accused, threatened or made demands of the one rejecting, else who spoke
    in the sentence just before ("Blinken said … The Kremlin rejected the remark"). With other ``kinds``
    (PLOVER types, or predicates: regretting "the move", condemning "the attack"), the last actor who did
    one of them to the one answering, else in the sentence before. With ``told`` (the noun naming an act by
    its kind, "the closure"), the act may be told anywhere before: the last sentence that tells one is searched,
    one told with the same word first ("the strikes": who struck, not who was said to be targeting ships).
    With ``done_to``, only who did such an act to the one answering, anywhere before ("Peru barred Bolivians from
    entering … La Paz voiced its rejection" paragraphs later); with ``backing``, never who did a hostile one
    to them (defending "the expulsion" backs one's own, not the other side's in return) nor the other party of a
    pact of their own ("Ethiopia defended the deal" it signed with Somaliland)."""
    names = _and_offices(b.ctx, actors)
    number = b.ctx.sentence_number(token)
    # (and what came before in the sentence itself: "X accused Y of …, a charge Y denies")
    sents = b.ctx.sentences[0 if told is not None or done_to else max(0, number - 3):number + 1]
    if not names:
        return []
    start, end = sents[0].start_char, sents[-1].end_char
    mutual = lambda r: lexicon().predicates[r.predicate].mutual
    own = lambda r: mutual(r) and bool({r.subject, r.object} & names)  # a pact or meeting one is party to

    def answerable(r) -> bool:  # (an act on a fellow office holder's state is one on theirs: "the government of
        #                           President Petro" answered by his minister; so is one on a body of their state:
        #                           sanctions on "Iran's Revolutionary Guards" answered by Tehran)
        return start <= r.start < end and r.subject not in names and (r.plover in kinds or r.predicate in kinds) \
            and (r.object in names or _state_of(b, Arg(r.object, r.object_type)).name in names
                 or lexicon().state_bodies.get(r.object) in names) \
            and not (backing and (r.plover in _HOSTILE or own(r)))

    if (last := next((r for r in reversed(b.relations) if answerable(r)), None)) is not None:
        # (every doer of that act: "Lithuania, Latvia and Poland accused Minsk … Belarus rejected the accusations")
        doers = [Arg(r.subject, r.subject_type, "pronoun") for r in b.relations if r.start == last.start
                 and r.trigger == last.trigger and answerable(r)]
        # (a state answers a minister's words with his state)
        doers = doers if kinds is _ANSWERED and any(a.type == "Person" for a in actors) else [
            _state_of(b, d) for d in doers]
        return list({d.name: d for d in doers}.values())
    if len(sents) < 2 or done_to:
        return []
    if kinds is not _ANSWERED:
        # else the doers of such acts in the sentence before ("… The EU condemned the move"), or for an act named
        # by its kind in the last one that tells it ("… signed a declaration. … Guterres hailed the accord")
        for same in (True, False) if told is not None else (False,):
            for last in reversed(sents[:-1] if told is not None else sents[-2:-1]):
                acts = [r for r in b.relations if last.start_char <= r.start < last.end_char and r.factual
                        and (r.plover in kinds or r.predicate in kinds)
                        and (not same or r.rule.rpartition(":")[2] == told.lemma_.lower())
                        and not (backing and r.plover in _HOSTILE and _state_of(b, Arg(r.object, r.object_type)).name
                                 in names)]
                # (both sides of a meeting or a pact: "Kishida met Yoon … Pyongyang denounced the meeting"; not an
                # act only wanted: "approved Sweden's bid to join NATO … praised the decision" is Hungary's, not
                # Sweden's)
                doers = {name: kind for r in acts if not (backing and own(r)) for name, kind in (
                    (r.subject, r.subject_type), *([(r.object, r.object_type)] if mutual(r) else []))
                    if name not in names}
                # (for an act named by its kind, the last one told is the one meant, though the one answering did
                # it with another: "Britain agreed to hand the islands to Mauritius … The deal was criticized by
                # lawmakers in London" is not an older deal of others)
                if doers or acts and told is not None:
                    return [_state_of(b, Arg(name, kind, "pronoun")) for name, kind in doers.items()]
        return []
    root = sents[-2].root  # "Blinken said …", "…, Blinken said"
    verbs = [t for t in (root, *root.children) if (t is root or t.dep_ in ("parataxis", "conj"))
             and t.lemma_.lower() in lexicon().speech]
    said = [a for t in (syntax.subjects(verbs[0]) if verbs else []) for a in b.ctx.resolve(t)]
    return [Arg(a.name, a.type, "pronoun") for a in said if a.name not in names]


def _permitted(ctx: Context, verb) -> list[Arg] | None:
    """Whom a permission refused would have let in, or None when the verb's object is no permission: the "to"
    or "for" phrase, the subject of what it would have let them do ("refused permission for a Chinese vessel
    to dock") or the one it is given to ("denied Chinese vessels permission")."""
    permits = [n for n in syntax.objects(verb, ("dobj",)) if n.lemma_.lower() in lexicon().synsets["PERMITS"]]
    if not permits:
        return None
    words = [c for c in verb.children if c.dep_ == "dative"]
    for noun in permits:
        words += [p for head in (noun, verb) for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                  for p in c.children if p.dep_ == "pobj"]
        words += [s for c in noun.children if c.dep_ in ("acl", "advcl") for s in c.children if s.dep_ == "nsubj"]
        words += [noun]  # ("a Chinese research vessel permission", the vessel read as the permission's compound)
    return [a for t in words for a in ctx.resolve(t, descend=True) if a.type in ACTOR_TYPES]


def _said_done(b: _Builder, verb) -> tuple[list[Arg], list[Arg]] | None:
    """For a participle trailing a reported clause ("Kenya said Mogadishu had auctioned the blocks, calling the move
    an affront"), the speaker and who did what the clause reports; else None."""
    head = verb.head
    if not syntax.trailing_participle(verb):
        return None
    said, clause = (head.head, head) if head.dep_ == "ccomp" else (
        head, next((c for c in head.children if c.dep_ == "ccomp"), None))
    if said.lemma_.lower() not in lexicon().speech or clause is None:
        return None
    judges = [a for t in syntax.subjects(said) for a in b.ctx.resolve(t)]
    names = _and_offices(b.ctx, judges)
    doers = [_state_of(b, a) for a in _clause_doers(b.ctx, clause) if a.name not in names]
    return (judges, doers) if judges and doers else None


def _moved(b: _Builder, token, actors: list[Arg], *, lead: bool = False) -> list[Arg]:
    """Who made the move the sentence before tells by a verb of an event kind, or of calling one off, when it names
    no one it was done to: "Sri Lanka banned foreign research ships. China regretted the move", "Japan began
    releasing treated water … China condemned the move", "Trump cancelled his visit … disappointed by the
    cancellation" (not "Chile said …": a statement)."""
    number = b.ctx.sentence_number(token)
    if number == 0:
        return []
    names = _and_offices(b.ctx, actors)
    previous = b.ctx.sentences[number - 1]
    # (with ``lead``, else the article's first sentences, whomever their act was done to: "ASEAN barred Myanmar's
    # junta chief from its summit … [four paragraphs on] The United States welcomed the decision")
    leads = [s for s in b.ctx.sentences[:2] if s.start < previous.start] if lead else []
    for sent in (previous, *leads):
        # (not acts on the one answering, which _answered finds; in a lead sentence such an act is none it backs:
        # "Serbia recalled its ambassador to Montenegro … Montenegro's prime minister defended the decision"; but an
        # act on another is the move: "Lithuania let Taiwan open an office. The decision angered Beijing")
        told = {r.trigger for r in b.relations if sent.start_char <= r.start < sent.end_char and r.object in names}
        for verb in (sent.root, *(c for c in sent.root.children if c.dep_ in ("conj", "xcomp") and c.pos_ == "VERB")):
            if verb.text not in told and (_of_an_event(verb) or syntax.calls_off(verb) is not None) \
                    and not syntax.is_negated(verb) and syntax.modality_of(verb) == "asserted" and (doers := [
                        _state_of(b, a) for t in syntax.subjects(verb) for a in b.ctx.resolve(t)
                        if a.type in ACTOR_TYPES and a.name not in names]):
                return doers
    return []


def _of_an_event(verb) -> bool:
    """Whether a verb states an event of some kind ("banned", "expelled"), not a statement ("said", "announced";
    nor a naming: "called the ban an attack"; nor a charge answered)."""
    if verb.lemma_.lower() in syntax.NAMING and any(c.dep_ == "oprd" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in syntax.CHARGES for c in verb.children):
        return False  # ("denied the charge", "rejected the accusations": an answer, not a move)
    return any(e.predicate and e.cameo[:2] not in ("01", "--") and syntax.has_particle(verb, e.particle)
               for e in lexicon().triggers.get((verb.lemma_.lower(), "VERB"), ())) or any(  # (not "said": "said no
        e.predicate and e.cameo[:2] not in ("01", "--") for c in verb.children if c.dep_ == "dobj"  # to")
        for e in lexicon().triggers.get((c.lemma_.lower(), "NOUN"), ()))  # (or its object: "declared a fishing ban")


def _of_kind(prep) -> bool:
    """Whether an "of" phrase names only the kind of what it follows, a bare singular noun: "memorandum [of
    understanding]", "letter [of intent]" (not "the expulsion of diplomats", "the attack of Russia")."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and all(
        p.dep_ == "pobj" and p.tag_ == "NN" and all(c.is_punct or syntax.aside(c) for c in p.children)
        for p in prep.children)


def _told(noun, kinds: frozenset[str]) -> frozenset[str]:
    """The predicates of the act a noun names as one told before, without its doer, of the PLOVER
    ``kinds``: "the attack", "this invasion" (not "an attack", "Russia's attack", "the attack on Kyiv by
    Russia"); an act, not a stance on one ("the deal" answers who agreed, not who hailed it)."""
    if noun is None or noun.pos_ != "NOUN":
        return frozenset()
    words = [*noun.children, *(noun.head.children if noun.dep_ == "compound" else ())]  # ("the closure regrettable")
    if not syntax.points_back(words) \
            or any(c.dep_ in ("poss", "prep", "amod", "compound", "acl", "relcl") and c.lower_ != "as"
                   and not (c.dep_ == "compound" and c.pos_ == "NOUN")  # (but "the power deal" is told before)
                   and not _of_kind(c)  # (nor "the memorandum of understanding")
                   and not syntax.aside(c)  # (nor one set off by commas: "the deal, brokered by China, was welcomed")
                   for c in noun.children):  # ("denounced the expulsion as a provocation": the verdict's phrase)
        return frozenset()
    entries = lexicon().triggers.get((noun.lemma_.lower(), "NOUN"), ())  # (whatever it was done to: "the expulsion")
    told = frozenset(e.predicate for e in entries if not e.block and (_type_of(e.cameo) or e.predicate) in kinds)
    # (a visit is also told by its host's meeting: "Qatar's emir received Iran's president … criticised the visit")
    return told | {"meets"} if "visits" in told else told


# Word sets whose nouns name an act told before by any verb of the set ("fired a missile … the launch").
_TOLD_KINDS = ("LAUNCHES", "INCURSIONS", "RAPPROCHEMENTS")


def _told_by_verb(b: _Builder, noun, actors: list[Arg]) -> list[Arg]:
    """Who did the act that "the" and a noun of its verb's word name, told before it in its sentence or in the
    three sentences before: "North Korea launched a spy satellite … Japan condemned the launch" (not "the launch
    of …", "Iran's test"); a missile fired is launched too (&LAUNCHES: "fired a ballistic missile … condemned the
    launch"), a border crossed or airspace entered is an incursion (&INCURSIONS: "troops crossed into Kenyan
    territory … Nairobi denounced the incursion"), ties restored a rapprochement (&RAPPROCHEMENTS: "restored ties
    with Israel … condemned the normalisation"), and a noun made from a verb of the lexicon names its act
    ("suspended its participation … regretted the suspension"); or the same noun as the object of an act done
    ("Azerbaijan launched an offensive in Karabakh … France condemned the offensive")."""
    if noun.pos_ != "NOUN" or not syntax.points_back(noun.children) \
            or any(c.dep_ in ("poss", "prep", "amod", "compound", "nmod") for c in noun.children):
        return []
    names = _and_offices(b.ctx, actors)
    words = next((words for name in _TOLD_KINDS if noun.lemma_.lower() in (words := lexicon().synsets[name])),
                 {noun.lemma_.lower()})
    # (its own sentence first: "North Korea fired two missiles, and South Korea condemned the launch")
    for verb in (*reversed(noun.doc[noun.sent.start:noun.i]), *_words_before(b, noun, 3)):
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.lemma_.lower() == noun.lemma_.lower() \
                and verb.head.lemma_.lower() in _DONE_BY | {"hold"}:
            verb = verb.head
        elif verb.pos_ != "VERB" or verb.lemma_.lower() not in words and not (
                _derived_from(noun.lemma_.lower(), verb.lemma_.lower()) and _triggers(verb)):
            continue
        if not syntax.is_negated(verb) and syntax.modality_of(verb) in ("asserted", "alleged"):
            doers = [_state_of(b, a) for t in _doers(verb) for a in b.ctx.resolve(t)
                     if a.type in ACTOR_TYPES and a.name not in names]
            if doers:
                return doers
    return []


_NOMINAL_ENDINGS = ("ion", "ment", "al", "ure", "ance", "ence")


def _derived_from(noun: str, verb: str) -> bool:
    """Whether an act's noun is made from a verb: it ends as nouns of acts do and shares all of the verb but its
    last letter or two ("suspension" from "suspend", "seizure" from "seize", "withdrawal" from "withdraw"; not
    "invasion" from "invade", which a word set would have to give)."""
    shared = len(os.path.commonprefix((noun, verb)))
    return noun != verb and noun.endswith(_NOMINAL_ENDINGS) and shared >= max(4, len(verb) - 2)


def _words_before(b: _Builder, token, count: int):
    """The words of the ``count`` sentences before ``token``'s, the last first."""
    number = b.ctx.sentence_number(token)
    return (t for sent in reversed(b.ctx.sentences[max(0, number - count):number]) for t in reversed(sent))


def _state_of(b: _Builder, actor: Arg) -> Arg:
    """The country whose office a person holds, for a state's act ("regretted the decision"), else the actor."""
    offices = b.ctx.positions.get(actor.name, []) if actor.type == "Person" else []
    return Arg(offices[0][1], "Country", "pronoun") if offices else actor


_RESPONSES = frozenset({"response", "retaliation", "reaction", "reply", "answer", "riposte"})


def _in_response_to(b: _Builder, verb) -> list[Arg]:
    """Whose words or acts the verb, or the saying it is reported by, answers: "… Rwanda said in response to
    Congo's claims"."""
    return [a for v in (verb, syntax.speech_verb(verb)) if v is not None for prep in v.children
            if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children
            if p.dep_ == "pobj" and p.lemma_.lower() in _RESPONSES for to in p.children
            if to.dep_ == "prep" and to.lower_ == "to" for q in to.children if q.dep_ == "pobj"
            for a in b.ctx.resolve(q, descend=True) if a.type in ACTOR_TYPES]


def _answering(noun):
    """The verb whose act answers the act ``noun`` names: "banned 500 Americans in response to [US sanctions]",
    "imposed tariffs in retaliation for …"; None when the noun is not what an act answers."""
    token = noun
    for _ in range(6):
        if token.dep_ not in ("pobj", "prep") or token.head == token:
            return None
        token = token.head
        if token.lemma_.lower() in _RESPONSES and token.dep_ == "pobj":
            verb = token.head.head
            return verb if verb.pos_ == "VERB" else None
    return None


def _together(noun, verb) -> bool:
    """Whether a noun's act is done with others: "a joint exercise with Russia", "joined Kazakh forces in the
    drill" (not one army's "joint drills around Taiwan", with no partner named)."""
    joint = any(t.lower_ in _TOGETHER for left in noun.lefts for t in left.subtree)
    # (or by several: "the two allies would hold joint exercises")
    doers = syntax.subjects(verb) if joint and verb is not None else []
    several = len(doers) > 1 or any(c.lower_ in ("two", "both") for d in doers for c in d.children)
    return verb is not None and verb.lemma_.lower() == "join" or several or joint and any(
        c.dep_ == "prep" and c.lower_ == "with" for h in (noun, verb) if h is not None for c in h.children)


def _announcing(light):
    """The light verb of a noun when it announces the noun's act ("pledged $500 million in aid"), or None."""
    return light if light is not None and light.lemma_.lower() in lexicon().intents else None


def _announces(ctx: Context, announced, actors: list[Arg]) -> bool:
    """Whether the one announcing is among the act's actors ("Japan promised to send aid"; not "Qatar offered
    to host talks between the Taliban and the US", which promises no act of the two)."""
    announcers = [a for t in syntax.subjects(announced) for a in ctx.resolve(t)]
    return not announcers or bool(_and_offices(ctx, announcers) & _and_offices(ctx, actors))


def _on_targets_conduct(ctx: Context, token, anchor, targets: list[Arg]) -> bool:
    """Whether the act hangs on what its target does: "the EU will impose sanctions on Belarus if Minsk does
    not free the journalist" is a threat, told as the writer's own sentence."""
    names = {a.name for a in targets}
    conditions = _conditioned(ctx, token, anchor)
    return bool(conditions) and all(a.name in names for a in conditions)


def _conditioned(ctx: Context, token, also) -> list[Arg]:
    """Whom the condition of the act names ("… if Minsk does not free …", also on the clause ``also``)."""
    return [a for t in syntax.objects(token, ("if",), also=also) for a in ctx.resolve(t)]


def _own_word(ctx: Context, actors: list[Arg], speaker: list[Arg]) -> bool:
    """Whether the actors announce their own act ("the Houthis said they would strike …"), or their
    leader does ("Netanyahu said Israel would strike …"; one the dictionary of office holders knows too)."""
    governed = {c for a in speaker if a.type == "Person" for c in ctx.governed(a.name)}
    return bool(actors) and {a.name for a in actors} <= _and_offices(ctx, speaker) | governed


_FILING = frozenset({"file", "lodge", "submit", "bring", "register", "raise", "take"})


def _filed(noun, light) -> bool:
    """Whether a complaint is filed, lodged or raised (with a body it goes to), not a feeling voiced with the one
    it is about ("voiced anger with the EU")."""
    return noun.pos_ == "NOUN" and light is not None and light.lemma_.lower() in _FILING


def _paper_sent(token):
    """The verb by which a paper is sent that a participle tells the content of ("sent a note to Germany demanding
    reparations", "sent a letter to Berlin, calling for talks", "sent Germany a note demanding …"), else None."""
    papers = lexicon().synsets["PAPERS"]
    if token.dep_ == "acl" and token.head.dep_ == "dobj" and token.head.lemma_.lower() in papers:
        return token.head.head
    if token.dep_ == "advcl" and token.tag_ == "VBG" and any(
            c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in papers for h in (token, token.head)
            for c in h.children):
        return token.head
    return None


def _targets(ctx: Context, token, entry: Trigger, carrier, speaker, actors: list[Arg]) -> tuple[list[Arg], bool]:
    """The entities the act is done to, and whether the target is "each other". The first of the
    trigger's places that names an entity other than the actors wins ("suspended flights to Niamey": not
    the flights; "suspended its agreement with the US": not "its"); the project's triggers reach into
    "Serbia's crackdown", "an Indian proposal", dictionary verbs do not."""
    own = {a.name for a in actors}
    kind_of = _type_of(entry.cameo)
    # What a hostile act is done to is not named by "of": "opposed the politicization of counter-terrorism",
    # "condemned the killing of civilians" oppose neither.
    of = kind_of not in _HOSTILE
    where = entry.objects
    if entry.particle and "dobj" in where and not any(c.dep_ == "dobj" for c in token.children) \
            and any((c.dep_ == "prep" or c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children))
                    and c.lower_ == entry.particle for c in token.children):
        where = (*where, entry.particle)  # "brushed off the criticism", the particle read as a preposition (or
        #                                   as a particle with an object: "sealed off the West Bank")
    # (what a noun of kind is a kind of: "opposes any form of official exchanges between the US and Taiwan")
    places = [[kind_named(t) for t in syntax.objects(token, (place,), also=carrier)] for place in where]
    if _manner(token):  # "came out in support of South Africa's case", "in protest of the ruling" (first: not a
        places.insert(0, syntax.objects(token, ("of",)))  # "for" inside it, "… bid for full UN membership")
        where = ("of", *where)
    if entry.block and places[0]:  # a dictionary verb's thing done "with" someone is done with, not to, them:
        places = [[] if place == "with" else ts for place, ts in zip(where, places)]  # "took steps with Laos"
    # (nor is one who undergoes an act its target: "defended the expulsion of the Serbian ambassador")
    of = of and not any(t.lemma_.lower() in lexicon().patients for ts in places for t in ts)
    # (a dictionary verb's object stands for its owner only when it is a symbol, or its air or waters: "burned an
    # effigy of Modi", "violated Romanian airspace")
    symbols = lexicon().synsets["SYMBOLS"] | lexicon().synsets["SOVEREIGN_SPACE"]
    descend = (not entry.block or any(t.lemma_.lower() in symbols for ts in places[:1] for t in ts)) \
        and not _act_object(entry, places)
    if entry.predicate == "demands":  # (nor "the release of X": the one released; nor a line two sides share:
        #                                  "we want this border to be a bridge")
        places = [[t for t in ts if not (t.head.lower_ == "of" and t.head.head.lemma_.lower() in _undergone())
                   and t.lemma_.lower() not in BORDERS] for ts in places]
    types = lexicon().predicates[entry.predicate].object_types if entry.predicate else frozenset()

    def fits(a: Arg) -> bool:  # (not "threatened to close [the Strait of Hormuz] if the US …": no target)
        return a.name not in own and (not types or a.type in types
                                      or a.type == "Place" and state_of_place(a.name) is not None)

    resolved: dict[int, list[Arg]] = {}

    def named(t) -> list[Arg]:  # (a place's words are resolved once: to choose the place, then for its targets)
        if t.i not in resolved:
            resolved[t.i] = ctx.resolve(t, speaker=speaker, descend=descend, through_of=of)
        return resolved[t.i]

    def addressed(t) -> bool:
        """The body a complaint goes to, which is no target of it: "filed a complaint with the Eurasian Economic
        Commission", "complained to the OSCE about …"."""
        return t.dep_ == "pobj" and (t.head.lower_ == "to" or t.head.lower_ == "with" and _filed(token, carrier)) \
            and bool(named(t)) and all(a.type == "Organization" for a in named(t))

    if kind_of == "ACCUSE" and token.lemma_.lower() not in _ANSWERING:  # (but "reacted angrily to NATO's decision")
        places = [[] if ts and all(map(addressed, ts)) else ts for ts in places]
    found = next((tokens for tokens in places if syntax.is_reciprocal(tokens)
                  or any(fits(a) for t in tokens for a in named(t))),
                 next((tokens for tokens in places if tokens), []))
    if syntax.is_reciprocal(found) or len(actors) > 1 and any(
            t.lemma_.lower() in BORDERS and any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children)
            for ts in places for t in ts) and not any(fits(a) for t in found for a in named(t)):
        return [], True  # ("India and Pakistan moved troops to their common border": each toward the other; so do
        #                   "Colombia and Venezuela reopened their border to commercial traffic")
    targets = [a for t in found for a in named(t)]
    if targets and types and not any(fits(a) or a.type in ACTOR_TYPES for a in targets):
        # "took aim at India's foreign interference": a policy named, of one whom the stance cannot be on, is
        # its owner's act
        targets = [a for t in found for c in t.children if c.dep_ == "poss" for a in ctx.resolve(c) if fits(a)] \
            or targets
    if entry.predicate == "praises" and targets and all(
            (m := ctx.mention(t)) is not None and m.kind == "candidate" for t in found):
        # "praised Boric's pragmatism", "the professionalism of the Kenyan police": a quality no policy list
        # names is its owner's
        targets = [a for t in found for c in t.children for w in ((c,) if c.dep_ == "poss" else (
            p for p in c.children if p.dep_ == "pobj") if c.dep_ == "prep" and c.lower_ == "of" else ())
            for a in ctx.resolve(w, descend=True) if a.type in ACTOR_TYPES and a.name not in own] or targets
    if targets and all(a.type == "Place" and state_of_place(a.name) is None for a in targets):
        # "the Essequibo region of Guyana": a place no gazetteer knows, of a state named
        targets = [a for t in found for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" for a in ctx.resolve(p) if a.type == "Country"] or targets
    if not targets and kind_of == "ACCUSE" and entry.pos == "NOUN":
        # "rejected Canadian allegations of Indian involvement in the killing": the one whose act the charge names
        # (or of the one doing what a gerund names: "accusations of Argentine spying")
        charged = [*syntax.objects(token, ("of",)), *(g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                                                       for g in c.children if g.dep_ == "pcomp")]
        targets = [a for t in charged for a in _owners(ctx, t) if fits(a)] or [
            a for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in _LINKING_TO
            for t in syntax.objects(c, ("dobj",)) for a in ctx.resolve(t) if fits(a)]  # ("allegations linking
        #                                                                                Indian agents to the killing")
    if not targets and entry.predicate in _APPEALS and (sending := _paper_sent(token)) is not None:
        # "sent a note to Germany demanding reparations": to whom the paper goes
        targets = [a for t in syntax.objects(sending, ("dative", "to")) for a in ctx.resolve(t) if fits(a)]
    if not targets and entry.predicate == "urges" and entry.pos == "VERB":
        # "called for a ceasefire between Israel and Hezbollah": an appeal for an act is made to those who would do it
        targets = [a for ts in places for t in ts if t.pos_ == "NOUN" and _triggers(t)
                   for a in _noun_actors(ctx, t, speaker, entry.predicate)[0] if fits(a)]
    if not targets and kind_of in _HOSTILE and entry.predicate != "demands":
        # "vowed countermeasures against any U.S. arms sale to Taiwan": a hostile act aimed at an act is aimed at
        # whoever does it; "will take countermeasures if the United States sells arms …": at whoever sets it off
        targets = [a for ts in places for t in ts if _triggers(t) for a in (*_owners(ctx, t), *(
            a for c in t.children if c.dep_ == "compound" and ctx.mention(c) is not None for a in ctx.resolve(c)))
            if fits(a)] or [a for c in token.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for t in syntax.subjects(c) for a in ctx.resolve(t) if a.type in ACTOR_TYPES and fits(a)]
    if entry.predicate == "supports" and entry.lemma == "call":  # "repeated its call for a political settlement of
        # the crisis" backs the policy, not what or whom it concerns (the verb "called for" is an appeal: urges)
        targets = [a for t in found if (a := unnamed_policy(t)) is not None] \
            or [a for a in targets if a.type not in ACTOR_TYPES]
    if entry.needs == "ENVOY":  # "recalled its ambassador in Tel Aviv": from the state of the city of the post
        targets = [Arg(state, "Country") if a.type == "Place" and (state := state_of_place(a.name)) else a
                   for a in targets]
    if not targets and entry.needs == "CROSSINGS":
        # "closed all crossings along the Cambodian border", "… on its border with Cambodia" (the phrase may hang on
        # the verb): the border's
        targets = [a for t in (*found, token) for prep in t.children
                   if prep.dep_ == "prep" and prep.lower_ in ("along", "on", "at")
                   for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in BORDERS
                   for a in named(p) if fits(a)]
    if not targets and entry.needs == "CROSSINGS":
        # "closed the road linking Armenia with Nagorno-Karabakh", "… the trade route between the two countries": the
        # places the way links (not the closer's own)
        links = [c for t in found for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in syntax.LINKING]
        ends = [p for link in links for c in link.children
                for p in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                          else [])]
        ends += [e for t in found for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
                 for p in c.children if p.dep_ == "pobj" for e in syntax.expand(p)]
        targets = [a for p in ends for a in named(p) if fits(a)]
    if not targets and entry.predicate == "investigates":
        # "is investigating reports that Rwanda armed the rebels", "a probe into allegations that Hungary misused
        # funds": those the claim says did it
        targets = [a for t in found if t.lemma_.lower() in lexicon().synsets["REMARKS"]
                   for c in t.children if c.dep_ in ("acl", "ccomp") for s in syntax.subjects(c)
                   for a in ctx.resolve(s) if fits(a)]
    if not targets and (not entry.block or kind_of == "ASSAULT") \
            and (kind_of in _DONE_WHERE or entry.predicate == "investigates"):
        # "bombed a school in Gaza", "delivered food to displaced people in Tigray", "investigated abuses in
        # Tigray": the place's country
        # ("camps on the Chadian side": "on" where the people are, not "clashes on the border")
        # (or where the noun's light verb was done: "carried out air strikes in Pakistan")
        light = [carrier] if entry.pos == "NOUN" and not found and _bare_light_verb(token, carrier) else []
        # (or where it harmed its victims: "a bombing that killed 30 people in Peshawar")
        light += [h for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in _HARM
                  for h in (c, *(o for o in c.children if o.dep_ == "dobj"))] \
            if entry.pos == "NOUN" and kind_of == "ASSAULT" else []
        # (or where they were taken from: "abducted 100 girls from a school in Dapchi"; or where what the object is
        # of stands: "funded the reconstruction of 1,000 homes in Gaza")
        taken = [p for h in (token, *found) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                 for p in c.children if p.dep_ == "pobj"] if kind_of in ("ASSAULT", "COERCE") else []
        taken += [p for h in found for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                  for p in c.children if p.dep_ == "pobj"]  # ("attacked a camp for displaced people in Darfur")
        # (or where a participle describing it puts it: "bombed a school sheltering displaced people in Gaza")
        taken += [c for h in found for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
        # (or where what the verb launches or wages is: "launched a military operation in northern Syria")
        taken += [c for c in token.children if c.dep_ == "dobj"] if entry.pos == "VERB" and not found else []
        targets = [a for t in (*found, token, *light, *taken) for prep in t.children if prep.dep_ == "prep"
                   and (prep.lower_ in _WHERE or prep.lower_ == "on" and t not in (token, *light))
                   for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() not in BORDERS  # (not "clashed
                   #                                                    near the Iraqi border": both sides of it)
                   for a in (*ctx.resolve(p, descend=True),  # ("in Russia's Kursk region", "Afghanistan's Khost
                             *(a for c in p.children if c.dep_ == "poss" for a in ctx.resolve(c)))  # province")
                   if (a.type in ("Country", "Organization") or _located(a))
                   and not (prep.lower_ == "near" and a.type == "Country" and a.how == "name")]
                   # (not "bombed towns near Turkey": a place near a state named is outside it)
        if len(sides := {a.name for a in actors}) >= 2:  # ("Thai and Cambodian troops clashed near the Preah
            targets = [a for a in targets  # Vihear temple": on each other, wherever in their lands)
                       if a.name not in sides and (a.type != "Place" or state_of_place(a.name) not in sides)]
    if not targets and kind_of == "ACCUSE":  # "condemned the arrest of opposition leaders in Tunisia": a state's
        # coercion told by no doer, in a state, is that state's (not a bombing: "condemned the bombing in Kabul")
        # ("denounced the crackdown on protesters in Georgia", the place hung on the verb)
        targets = [a for t in found if t.pos_ == "NOUN" and "COERCE" in {
                       _type_of(e.cameo) for pos in ("NOUN", "VERB") for e in lexicon().triggers.get(
                           (t.lemma_.lower(), pos), ())}
                   and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in t.children)
                   for w in (*t.subtree, *(p for c in token.children if c.dep_ == "prep" for p in c.children))
                   if w.dep_ == "pobj" and w.head.lower_ == "in"  # (or a city of it: "… traders in Lome")
                   for a in map(_as_actor, ctx.resolve(w)) if a.type == "Country" and a.name not in own]
    if not targets and entry.predicate and lexicon().predicates[entry.predicate].kind == "stance":
        # "Iran's Revolutionary Guards seized a tanker. … Saudi Arabia condemned the seizure": the act told before;
        # "Belarus held a presidential election … The EU refused to recognise the result": the state that held it
        polls = lexicon().synsets["ELECTIONS"] | _TALLIES
        targets = [a for t in found for a in _earlier_doers(ctx, t, own)] or [
            a for t in found if t.lemma_.lower() in polls and syntax.points_back(t.children)
            for a in _poll_holders(ctx, t, actors)]
    if not targets and not entry.block and kind_of == "MOBILIZE" and not any(
            w.lower_ in _TOGETHER for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for w in c.subtree):
        # "sent warships into waters near Taiwan" (not "… off the Philippines for joint patrols"); or where drills
        # are held: "held missile exercises in waters near Taiwan"
        held_in = [p for h in (token, carrier) if h is not None and entry.pos == "NOUN" for c in h.children
                   if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        targets = [a for t in (*found, *held_in) for prep in t.children if prep.dep_ == "prep" and prep.lower_ in _NEAR
                   for p in prep.children if p.dep_ == "pobj" for a in ctx.resolve(p) if a.type == "Country"]
    if kind_of == "MOBILIZE" and all(a.type == "Place" and state_of_place(a.name) is None for a in targets):
        # "scrambled jets to intercept Russian bombers", "sent a warship to shadow a Chinese carrier": whom the
        # forces are sent to meet (also when sent to a sea of no state: "sent a carrier group to the eastern
        # Mediterranean to deter Hezbollah")
        countering = lexicon().synsets["COUNTERING"]
        targets = [a for c in token.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in countering
                   and syntax.to_infinitive(c) for o in c.children if o.dep_ == "dobj" for t in syntax.expand(o)
                   for a in ctx.resolve(t, descend=True) if a.type in ACTOR_TYPES and a.name not in own] or targets
    if not targets and not entry.block and kind_of == "MOBILIZE":
        # "deployed troops in Sinai for an operation against Islamic State militants": whom it is meant against
        targets = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for w in c.subtree
                   if w.dep_ == "prep" and w.lower_ == "against" for p in w.children if p.dep_ == "pobj"
                   for a in ctx.resolve(p) if a.type in ACTOR_TYPES and a.name not in own]
    if not targets and entry.predicate in ("demands", "urges") and entry.pos == "VERB" \
            and token.dep_ in ("advcl", "xcomp") and syntax.to_infinitive(token):
        # "called Tshisekedi and Kagame to urge restraint": an appeal made in a call, a meeting or a summons, that
        # names no one, is made to those called, met or summoned
        targets = [a for o in token.head.children if o.dep_ == "dobj" for t in syntax.expand(o)
                   for a in ctx.resolve(t, speaker=speaker) if a.type in ACTOR_TYPES and a.name not in own]
    if not targets and entry.predicate in ("demands", "urges"):  # "demanded an end to Israeli strikes on Lebanon":
        # whoever does what is to end
        targets = [a for t in found if t.lemma_.lower() in _CESSATIONS for prep in t.children
                   if prep.dep_ == "prep" and prep.lower_ == "to" for p in prep.children if p.dep_ == "pobj"
                   for a in _owners(ctx, p) if a.name not in own]
    if not targets and entry.predicate in ("demands", "urges"):  # "demanded a ceasefire in Sudan": of the state
        # where the fighting is to stop
        # (the "in" phrase may hang on the verb right after the noun: "called for a truce [in Libya]")
        targets = [a for t in found if t.lemma_.lower() in _CALMS
                   for prep in (*t.children, *(c for c in token.children if c.i == t.right_edge.i + 1))
                   if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children if p.dep_ == "pobj"
                   for a in map(_as_actor, ctx.resolve(p)) if a.type == "Country" and a.name not in own]
    if not targets and entry.predicate in ("demands", "urges"):  # "demanded the release of its nationals held in
        # Togo": of whoever holds them, named by the participle or clause on them, or on their release as the
        # parser may hang it ("the return of its citizens detained in Belarus", "…, who is jailed in Belarus")
        releases = lexicon().synsets["RELEASES"]
        targets = [a for t in found if t.lemma_.lower() in releases
                   for p in (t, *(p for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                  for p in prep.children if p.dep_ == "pobj"))
                   for held in p.children if (held.dep_ == "acl" and held.tag_ == "VBN" or held.dep_ == "relcl")
                   and held.lemma_.lower() in _HOLDING for by in held.children if by.dep_ in ("agent", "prep")
                   and by.lower_ in ("by", "in") for w in by.children if w.dep_ == "pobj"
                   for a in map(_as_actor, ctx.resolve(w, descend=True)) if a.type in ACTOR_TYPES
                   and a.name not in own]
    if not targets and entry.pos == "NOUN" and kind_of in _HOSTILE and token.dep_ == "dobj" \
            and token.head.lemma_.lower() in _REPELLING:  # "Ethiopia's army repelled an attack by Eritrean forces"
        targets = [a for t in syntax.subjects(token.head) for a in ctx.resolve(t, speaker=speaker) if a.name not in own]
    if not targets and entry.pos == "NOUN" and "to" in entry.objects and _senders(ctx, token):  # (who received it)
        targets = [a for t in syntax.subjects(token.head) for a in ctx.resolve(t, speaker=speaker) if a.name not in own]
    if not targets and not entry.block and entry.predicate in _ON_PAIRS:
        # "hailed the agreement between Saudi Arabia and Qatar": praise for what two did together is praise of both
        # (and so is blame: "criticised the agreement between Israel and the UAE")
        targets = _between(ctx, found)
    if not targets and not entry.block and entry.predicate == "agrees" and token.pos_ == "VERB":
        # "agreed to freeze its nuclear programme in exchange for fuel oil from the United States": agreed with
        # whoever gives in return
        targets = [a for a in _in_return(ctx, token) if a.name not in own]
    if not targets and not entry.block and (entry.predicate == "urges" or entry.predicate == "agrees"
                                            and len(actors) == 1):
        # "spoke with Gil and urged restraint", "urged restraint in a phone call with Gil": Gil is urged
        # ("met Xi and agreed on joint development": agreed with Xi; but "both sides vowed …" agree with each other)
        # (or "held talks with Xi and agreed …": with whom the talks the clause before held were)
        first = token.head if token.dep_ == "conj" else None
        met = syntax.objects(first, ("with", "dobj")) if first is not None and first.lemma_.lower() in _CONTACTS \
            else [p for t in syntax.objects(first, ("dobj",)) if _meeting(t)
                  for p in syntax.objects(t, ("with",), also=first)] if first is not None else []
        met = met or (_contacted_in(token) if token.pos_ == "VERB" else [])
        targets = [a for p in met for a in ctx.resolve(p) if a.name not in own]
    if not targets and not entry.block and entry.pos == "NOUN" and entry.predicate \
            and lexicon().predicates[entry.predicate].kind == "stance" and (voiced := syntax.governing_verb(token)) \
            and (voiced.dep_ in ("advcl", "xcomp") and syntax.to_infinitive(voiced)
                 or voiced.dep_ == "conj" and entry.predicate in ("supports", "praises", "congratulates")) \
            and voiced.head.lemma_.lower() in _CONTACTS:
        # "called Maduro to express his support", "met the king to express gratitude", "spoke with Landsbergis and
        # reaffirmed Washington's solidarity": the one called or met (but "met Zelensky and expressed concern" is
        # most often concern with a third)
        targets = [a for p in syntax.objects(voiced.head, ("with", "dobj")) for a in ctx.resolve(p)
                   if a.name not in own]
    if not targets and entry.predicate == "meets" and entry.pos == "NOUN" and token.lemma_.lower() not in GATHERINGS \
            and len(actors) == 1 and actors[0].type == "Person" \
            and not syntax.objects(token, ("with", "between"), also=carrier):
        # "UN envoy Grundberg held talks in Sanaa": one person's talks with no partner named, held in another state's
        # capital, are with the state that seats there (not a body's summit or meeting there: its members')
        home = _and_offices(ctx, actors)
        targets = [_as_actor(a) for p in syntax.objects(token, ("in",), also=carrier) for a in ctx.resolve(p)
                   if a.type == "Place" and capitals().get(a.name) not in (None, *home)]
    if not targets and not entry.block and (entry.predicate == "opposes" or entry.lemma in _ON_POLICIES):
        # "opposed the politicization of counter-terrorism": a stance on a policy no lexicon names
        # (not "the U.S.-backed plan": a policy someone owns is a stance on its owner, left unsaid here)
        # ("a two-state solution, which Athens rejects": the noun "which" stands for)
        nouns = [syntax.stands_for(t, t.head) for t in found]
        targets = [a for t in nouns if not any(ctx.mention(w) is not None for left in t.lefts for w in left.subtree)
                   and (a := unnamed_policy(t)) is not None]
    if not targets and entry.predicate == "visits" and entry.pos == "NOUN":
        # "his Moscow visit", "Lula's China trip": the place named before the noun
        # (a capital read as standing for its state is the city visited)
        targets = [Arg(c.text, "Place", "name") if span.kind == "metonym" and c.text in capitals()
                   else Arg(span.name, span.type, "name") for c in token.children
                   if c.dep_ in ("compound", "amod") and (span := ctx.mention(c)) is not None
                   and span.type in ("Place", "Country") and span.kind != "demonym" and span.name not in own]
    if entry.predicate == "investigates":  # "are investigating the attack on the Chinese consulate", "the bombing
        #                                     of …": not the one attacked (but "abuses by British soldiers": its doers)
        victims = {a.name for t in found for c in t.children if c.dep_ == "prep" and (
            c.lower_ in ("on", "against") or c.lower_ == "of" and any(_type_of(e.cameo) in ("ASSAULT", "COERCE")
                                                                      for e in _triggers(t)))
                   for p in c.children if p.dep_ == "pobj" for a in ctx.resolve(p, descend=True)}
        targets = [a for a in targets if a.name not in victims]
    return targets, False


# Participles of holding captives: "its nationals [held] in Togo", "sailors [detained] by Iran".
_HOLDING = frozenset({"hold", "detain", "jail", "imprison", "keep", "capture", "abduct", "kidnap", "seize", "arrest"})


@cache
def _undergone() -> frozenset[str]:
    """Act nouns whose owner or "of" undergoes the act: "Navalny's arrest", "the release of X"."""
    return lexicon().patients | lexicon().synsets["RELEASES"]


def _act_object(entry: Trigger, places: list[list]) -> bool:
    """Whether the trigger's object is an act whose owner is not its target: an act called for is no one's
    to be supported ("called for the withdrawal of Ugandan troops", "for Pakistan's support"; not "for a
    two-state solution", "for Taiwan"), and one whose release is demanded is not the one the demand is made
    of ("demanded Protasevich's release", "called for the release of …"; but "demanded Pashinyan's resignation"
    is made of Pashinyan)."""
    words = {t.lemma_.lower() for ts in places for t in ts}
    if entry.predicate in ("demands", "urges"):  # (or called for: "called for the release of a journalist")
        return bool(words & _undergone())
    return entry.predicate == "supports" and entry.particle == "for" and bool(
        words & (_undergone() | lexicon().synsets["ACTS"]) or any(_triggers(t) for ts in places for t in ts))


def _other_than(ctx: Context, token, actors: list[Arg], targets: list[Arg]) -> list[Arg]:
    """Targets that are not the actors themselves ("Russia and China voted against it"); "both sides"
    urged by one of them are the two parties of the conflict instead."""
    names = {a.name for a in actors}
    # (and a group holds no state a person among them holds office in: "Venezuela's foreign minister called
    # on both countries" is two others)
    own = _and_offices(ctx, actors)
    if not any(t.name in names or t.how == "group" and t.name in own for t in targets):
        return targets
    kept = [t for t in targets if t.how != "group" and (
        t.name not in names or any(_domestic(a, t) for a in actors if a.name == t.name))]
    if kept or not any(t.how == "group" for t in targets):
        return kept
    # ("urged both countries": two states, not a news agency the text cites; "both sides" may be a body)
    states = any(t.tag_ == "NNS" and t.lemma_.lower() in STATE_GROUPS for c in token.children
                 if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree)
    return ctx.other_pair(token.i, own, {"Country"} if states else {"Country", "Organization"})


def _for_others(ctx: Context, token, actors: list[Arg]) -> bool:
    """Whether what ``token`` promises is done to someone else: "Washington and Tokyo pledged to help the
    Philippines" is no pledge to each other (but "Russia and Ukraine agreed to let UN inspectors in" is an
    agreement between them)."""
    if token.lemma_.lower() not in _PLEDGING:
        return False
    names = {a.name for a in actors}
    done_to = [o for c in token.children if c.dep_ == "xcomp" for o in (*c.children, *(  # (or "help X do …")
        s for g in c.children if g.dep_ == "ccomp" for s in g.children if s.dep_ == "nsubj"))
        if o.dep_ in ("dobj", "dative", "nsubj")]
    # (or whom it is sent to or shared with: "pledged to send more troops to Somalia")
    done_to += [o for c in token.children if c.dep_ == "xcomp" for o in syntax.objects(c, ("to", "with"))]
    return any(a.name not in names and a.type in ACTOR_TYPES for o in done_to for a in ctx.resolve(o))


def _partner_unnamed(token) -> bool:
    """Whether the act is done "with" actors no entity names ("flew in for talks with the junta", "agreed with
    the rebels"): the coordinated actors then act on them, not on each other."""
    partners = syntax.objects(token, ("with",))
    return not syntax.is_reciprocal(partners) and any(t.lemma_.lower() in lexicon().agents for t in partners)


def _hosting_others(token) -> bool:
    """Whether the act is hosting talks with no one named to hold them: "Iraq and Oman, which hosted earlier rounds
    of talks" is no meeting of the two hosts, nor are the talks theirs (but "hosted talks with Iran" is the hosts',
    and "hosted talks between Israel and Hamas" those two's)."""
    meetings = lexicon().synsets["MEETINGS"]
    held = [t for o in syntax.objects(token, ("dobj",)) for t in (o, *syntax.objects(o, ("of",)))]
    return token.lemma_.lower() == "host" and any(t.lower_ in meetings for t in held) \
        and not any(syntax.objects(t, ("with", "between")) for t in (token, *held))


def _emit(b: _Builder, token, predicate: str, entry: Trigger, actors: list[Arg], targets: list[Arg], common: dict,
          *, pair: list[Arg], reciprocal: bool) -> None:
    spec = lexicon().predicates[predicate]
    actors = _without_offices(b.ctx, actors)
    # (not a go-between's act: "talks brokered by Qatar and Egypt"; a promise binds both sides to each other only
    # as what is promised does: "agreed to hold talks", not "Norway and Iceland offered assistance")
    act = lexicon().predicates[entry.predicate] if predicate == "agrees" and entry.predicate else spec
    # (a place the act cannot be done to is where it was done: "Indian and Chinese troops disengaged from Pangong
    # Lake", a place no gazetteer puts in either state)
    aimed = [a for a in targets if a.type in spec.object_types or a.type == "Place" and state_of_place(a.name)]
    hosting = _hosting_others(token)  # (nor do hosts of others' talks meet each other)
    if reciprocal and len(actors) == 1 and token.dep_ in ("advcl", "xcomp"):
        # ("is willing to work with Russia to support each other": the one worked with is the other)
        actors = [*actors, *(a for p in syntax.objects(token.head, ("with",)) for a in b.ctx.resolve(p)
                             if a.type in ACTOR_TYPES and a.name != actors[0].name)]
    if reciprocal or (_mutual(act, entry) and not aimed and len(actors) >= 2 and not _go_between(entry)
                      and not _for_others(b.ctx, token, actors) and not _partner_unnamed(token) and not hosting) \
            or (pair and not targets and not hosting):
        for a, o in permutations(actors, 2):  # "each other", "Chile and Peru agreed"
            if not (spec.symmetric and a.name > o.name):
                b.add(predicate, a, o, token, **common)
        return
    done: set[tuple[str, str]] = set()
    for actor in actors:
        for target in targets:
            if spec.symmetric and (target.name, actor.name) in done:
                continue  # "partnership between Beijing and Moscow": one relation, not one each way
            done.add((actor.name, target.name))
            if predicate == "visits" and (entry.lemma in _ARRIVALS or actor.type == "Country") \
                    and _home_capital(b.ctx, actor, target):
                continue  # "Hichilema flew into Lusaka after a visit to the UAE": home, not a visit (nor does a
                #           state visit its capital: "thanked China for its loans during a visit to Beijing")
            b.add(predicate, actor, target, token, **common)
            if entry.mutual and predicate == entry.predicate and not spec.symmetric \
                    and not common["rule"].startswith("intent:") and not _one_sided(token, predicate):
                b.add(predicate, target, actor, token, **common)  # "signed a pact with China" (a vow to settle with
                #                                                    India binds only the one who made it)
    if predicate == "cooperatesWith":  # "cooperation between China and Russia against NATO expansion"
        for target in (a for t in syntax.objects(token, ("against",)) for a in b.ctx.resolve(t, descend=True)):
            for actor in actors:
                b.add("opposes", actor, target, token, **{**common, "rule": "cooperation-against", "trigger": None,
                                                           "cameo": "120"})


def _one_sided(noun, predicate: str) -> bool:
    """Whether a noun of a two-sided act is what a verb of one side's act acts on: "ratified the treaty with
    Azerbaijan" is the ratifier's act alone, though "a treaty with" binds both sides."""
    verb = syntax.governing_verb(noun) if noun.pos_ == "NOUN" else None
    entries = [e for e in _triggers(verb) if e.predicate == predicate] if verb is not None else []
    return bool(entries) and _carried_by(noun, verb) and not any(e.mutual for e in entries)


_ARRIVALS = frozenset({"arrive", "fly", "land", "return"})  # verbs of arriving somewhere, home too (_emit)


def _located(a: Arg) -> bool:
    """Whether ``a`` is a place whose country is known (a capital, or a place of the gazetteer)."""
    return a.type == "Place" and (a.name in capitals() or state_of_place(a.name) is not None)


def _homes(ctx: Context, actor: Arg) -> set[str]:
    """The actor's own states: a person's, those of the offices the text gives, else of the one the dictionary
    records held on the article's date ("William Ruto is in Washington"); a state's, itself."""
    if actor.type != "Person":
        return {actor.name}
    return {country for _, country in ctx.positions.get(actor.name, [])} or set(ctx.governed(actor.name))


def _home_capital(ctx: Context, actor: Arg, place: Arg) -> bool:
    """Whether ``place`` is the capital of the actor's own state."""
    return capitals().get(place.name) in _homes(ctx, actor)


_PERSONS = frozenset({"he", "she", "him", "her"})  # pronouns that stand for a person
_NAMED_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"})  # named entity labels of actors and places
_NAMES_OF_THINGS = frozenset({"Organization", "Document", "Event"})  # names a noun trigger may be part of
_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ", "ADV": "ADV"}


def _earlier_doers(ctx: Context, noun, own) -> list[Arg]:
    """The doers of an act that a noun with "the" and no owner of its own names again: those of the nearest
    act of its kind told before its sentence, a verb of the same event predicate and stem ("Iran's Revolutionary
    Guards seized a tanker. … Saudi Arabia condemned the seizure": Iran's); else nobody."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ in ("poss", "amod", "compound") or c.dep_ == "prep" and c.lower_ == "by"
                   for c in noun.children):
        return []
    # (acts done to another: not a meeting, whose subject is not all of it, nor a visit, its visitor's state's)
    kinds = {e.predicate for e in _triggers(noun) if e.predicate and (spec := lexicon().predicates[e.predicate])
             and spec.kind == "event" and not spec.symmetric and ACTOR_TYPES <= spec.object_types}
    if not kinds:
        return []
    stem = noun.lemma_.lower()[:4]
    act = next((t for t in reversed(ctx.doc[:noun.sent.start]) if t.pos_ == "VERB"
                and t.lemma_.lower().startswith(stem) and kinds & {e.predicate for e in _triggers(t)}), None)
    return [] if act is None else [a for s in _doers(act) for a in ctx.resolve(s)
                                   if a.type in ACTOR_TYPES and a.name not in own]


def _doers(verb) -> list:
    """Who does a verb's act: its subjects, but the accused for an act one is accused of ("Malawi accused Lusaka of
    seizing trucks … Kenya condemned the seizures": Lusaka's, as the accuser tells it)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and syntax.modality_of(verb) == "alleged":
        above = verb.head.head  # (the "of" phrase on the verb, or on its object: "[Lusaka] of seizing")
        accused = [above] if above.dep_ == "dobj" else [c for c in above.children if c.dep_ == "dobj"]
        if accused:
            return accused
    return syntax.subjects(verb)


@cache
def _trigger_words() -> frozenset[str]:
    """Every word the trigger table holds an entry for, whatever its part of speech."""
    return frozenset(word for word, _ in lexicon().triggers)


def _looked_into(noun) -> bool:
    """Whether a noun is what a probe looks into, the "into" phrase on the probe or on the verb whose object the
    probe is: "an investigation into the killing", "opened an inquiry into the shelling"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "into":
        return False
    probes = (noun.head.head, *(c for c in noun.head.head.children if c.dep_ == "dobj"))
    return any(e.predicate == "investigates" for probe in probes for e in _triggers(probe))


@syntax.per_doc  # (the rules ask for a word's triggers many times: as a trigger, a light verb's noun, a deal's head)
def _triggers(token) -> list[Trigger]:
    words = _trigger_words()
    if token.lemma_.lower() not in words and token.lower_ not in words:
        return []  # (most words are no trigger: the table is asked before anything else about them)
    pos = _POS.get(token.pos_)
    if pos is None or token.dep_ == "advcl" and token.head.i != token.i and syntax.helping(token.head) == token \
            and any("help" in e.objects for e in _triggers(token.head)):
        return []  # "sent aid to help Pakistan": the help is what the sending is for, no act of its own (but "work
        #            with Russia to support each other" is a stance of its own)
    if pos == "VERB" and token.dep_ in ("amod", "compound") and token.tag_ == "VBG" \
            and syntax.appositive_participle(token) is None:
        return []  # "return to the negotiating table", "the warring sides": a kind of thing, no act (but
        #            "Nauseda, visiting Kyiv, said …", misread as such)
    if pos == "NOUN" and token.dep_ == "compound" and f"{token.lower_} {token.head.lower_}" in lexicon().agents:
        return []  # "met opposition leaders": who they are (a phrase of the agent table), no act of opposing
    table = lexicon().triggers
    kinds = (pos, "ADJ") if pos == "NOUN" and token.dep_ == "compound" else (pos,)  # "a [security] pact"
    found = dict.fromkeys(e for key in dict.fromkeys((token.lemma_.lower(), token.lower_)) for kind in kinds
                          for e in table.get((key, kind), ()))
    if not found or token.i > 0 and syntax.object_participle(token.doc[token.i - 1]) == token:
        return []  # ("met [detained] former leader Bazoum": a participle describing the object, no act of its own)
    fitting = [e for e in found if syntax.has_particle(token, e.particle)]
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    if particle is not None and any(e.particle.split()[:1] == [particle] for e in fitting):
        # "called out Hungary for blocking aid": the verb's own particle, not a preposition after its object
        fitting = [e for e in fitting if not e.particle or e.particle.split()[0] == particle]
    if pos == "VERB" and token.lemma_.lower() in _VOICING and any(
            c.dep_ == "dobj" and any(e.predicate and lexicon().predicates[e.predicate].kind == "stance"
                                     for e in _triggers(c)) for c in token.children):
        return []  # "raised a protest with Togo": the verb voices the stance its object names, no meeting
    own = [e for e in fitting if not e.block]
    if own or not fitting:  # the project's own entries win over the dictionary's
        own = [e for e in own if not e.needs or _object_has(token, e.needs)
               or e.pos == "ADJ" and _described(token).lemma_.lower() in lexicon().synsets.get(e.needs, ())]
        own = [e for e in own if e.pos != "ADV" or token.dep_ == "advmod" and token.head.pos_ == "VERB"]
        if token.lemma_.lower() in TELLING and any(c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING
                                                     and syntax.to_infinitive(c) for c in token.children):
            own = [e for e in own if e.predicate != "mobilizes"]  # "ordered French troops to leave": sent away
        # "hit back at the Philippines": an idiom of particle and preposition that fits is what is said, not
        # the verb alone ("hit" a target); a verb and its preposition ("landed in") may still mean more
        longest = max((len(e.particle.split()) for e in own), default=0)
        own = [e for e in own if len(e.particle.split()) == longest] if longest > 1 else own
        # "deployed [tanks]", "blocked Sweden's [bid]": the first entry whose word set fits, in file order
        # (an idiom of the verb's own preposition still says its part: "fought [alongside] M23 rebels")
        # (and the other rows of that phrase and set, which say what it does to whom by another preposition:
        # "switched ties [from] Taiwan [to] China")
        needing = [e for e in own if e.needs]
        own = [e for e in needing if (e.lemma, e.particle, e.needs) == (needing[0].lemma, needing[0].particle,
                                                                        needing[0].needs)] \
            + [e for e in own if e.particle and not e.needs and e.particle != needing[0].particle] if needing else own
        if pos == "NOUN" and {"protests", "criticizes"} <= {e.predicate for e in own}:
            lodged = _lodged(token)  # "lodged a protest with Jakarta", "filed a protest against China": a
            own = [e for e in own if (e.predicate == "criticizes") == lodged]  # complaint; else a demonstration
        unique = {(e.predicate, e.particle): e for e in sorted(own, key=lambda e: e.lemma)}  # "talks"/"talk"
        return list(unique.values())
    # (a participle after a comma tells what an act did to whom: "blocked a convoy, injuring a sailor"; of the
    # dictionary's verbs only the harm it did, not "became a republic, swearing in a president")
    harm = syntax.trailing_participle(token)
    if token.pos_ != "VERB" or token.dep_ in ("prep", "amod", "acl") or token.dep_ == "advcl" and not harm \
            and not _told_clause(token):
        return []  # "According to", "a united front" (but "after Belarus forced an airliner to land" tells an act)
    if any(c.dep_ == "dobj" and _triggers(c) or c.dep_ == "prep" and c.lower_ == "in"
           and any(p.dep_ == "pobj" and _triggers(p) for p in c.children) for c in token.children):
        return []  # "voiced support for Egypt", "engaged in talks with": a light verb, whose noun states the event
    # Dictionary verbs: the longest particle that fits, its code refined by the block's patterns. Of the
    # blocks holding it, the first with a pattern that fits decides; else the first whose own code states
    # an event ("asked Kenya for help": ASK, not INVITE's "ask for")
    # (an adverb particle read as a preposition belongs to the verb when no other phrase comes between:
    # "took over the city", not "took Venezuela to the court over the region")
    fitting = [e for e in fitting if syntax.particle_first(token, e.particle.split()[0] if e.particle else "")]
    if not fitting:
        return []
    longest = max(len(e.particle.split()) for e in fitting)
    entries = sorted((e for e in fitting if len(e.particle.split()) == longest), key=lambda e: (e.lemma, e.cameo),
                     reverse=True)
    patterned = next(((e, code) for e in entries if (code := _pattern_code(token, e))), None)
    for entry, code in [patterned] if patterned else [(e, e.cameo) for e in entries]:
        if code != "---" and (predicate := predicate_of_code(code, dictionary=True)) \
                and (not harm or predicate == "attacks"):
            return [replace(entry, cameo=code, predicate=predicate)]
    return []


_LODGING = frozenset({"lodge", "file", "register", "deliver", "submit", "send", "hand"})


def _lodged(noun) -> bool:
    """Whether a protest is a complaint made to someone, not a demonstration: "lodged a protest with Jakarta",
    "a protest to the embassy", "filed a protest over the raid"."""
    verb = syntax.governing_verb(noun)
    lemma = verb.lemma_.lower() if verb is not None else ""
    # ("voiced its protest"; "drew a protest from India": a state's or a body's, not a crowd's "from farmers")
    return any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in noun.children) \
        or lemma in _LODGING | _VOICING or lemma in _DRAWING and any(
            t.ent_type_ in ("GPE", "ORG", "NORP") for c in (*noun.children, *verb.children)
            if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree)


_TELLING_MARKS = frozenset({"after", "when", "because", "since", "before"})


def _in_protest(verb) -> bool:
    """Whether an act is done "in protest" ("blocked the border crossings in protest at cheap imports")."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() == "protest" for p in c.children)
               for h in (verb, *(o for o in verb.children if o.dep_ == "dobj"))  # (or its object's)
               for c in h.children)


def _told_clause(verb) -> bool:
    """Whether an adverbial clause tells an act with a subject of its own: "… after Belarus forced a Ryanair
    airliner to land" (not a participle: "…, saying", nor a condition: "if Kenya sends troops")."""
    return any(c.dep_ == "mark" and c.lower_ in _TELLING_MARKS for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children)


def _described(adjective):
    """The noun an adjective describes, through the nouns set before it: "a joint [fisheries] programme" (the
    programme)."""
    noun = adjective.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _on_mission(verb) -> bool:
    """Whether a move of forces is said to be for a mission or force (&DEPLOYMENTS) they come to join or lead
    ("landed in Port-au-Prince [to lead] a security mission"), come "as part of" ("as part of a regional force"),
    or are a part of ("soldiers of a regional force landed", "landed in Haiti, the first contingent of a force")."""
    words = lexicon().synsets["DEPLOYMENTS"]
    told = [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and syntax.to_infinitive(c)
            for o in c.children if o.dep_ == "dobj"]
    told += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for part in c.children
             if part.lower_ == "part" for of in part.children if of.lower_ == "of" for p in of.children
             if p.dep_ == "pobj"]
    # (the apposition may hang on the subject: "[officers] landed in Haiti, [the first contingent] of a force")
    set_off = [c for h in (verb, *syntax.subjects(verb)) for c in h.children
               if c.dep_ in ("dobj", "npadvmod", "appos") and c.left_edge.i > 0
               and verb.doc[c.left_edge.i - 1].text == ","]  # (or whose part they are: "soldiers [of] a force")
    told += set_off + [p for c in (*set_off, *syntax.subjects(verb)) for of in c.children if of.lower_ == "of"
                       for p in of.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in told)


def _object_has(token, needs: str) -> bool:
    """Whether what a verb acts on holds a word of the set ``needs`` ("sent [doctors] to Haiti"); for a
    noun, its modifiers, its "of" phrase or the subject of its verb ("a [general] strike", "the expulsion of
    a [diplomat]", "[workers] went on strike")."""
    if needs.startswith("!"):  # "handed over [Arabic] documents" is no concession: anything but papers is
        return not _object_has(token, needs[1:])
    if needs.endswith(HELP):  # "sent [troops] to help Mozambique": forces, and a clause of help for their purpose
        #                       (or someone who asked for them: "sent troops at Tokayev's request")
        return _object_has(token, needs.removesuffix(HELP)) and (syntax.helping(token) is not None
                                                                  or bool(syntax.requesters(token)))
    if needs.endswith(MISSION):  # "Kenyan police landed in Haiti to lead a multinational mission": forces, and
        #                          the mission or force they come to join or lead (or "as part of")
        return _object_has(token, needs.removesuffix(MISSION)) and _on_mission(token)
    if (placed := next((p for end, p in PLACED.items() if needs.endswith(end)), None)) is not None:
        # "added three firms [to its sanctions list]", "put Nigeria [on its grey list]": where the object was put
        words = lexicon().synsets.get(needs.partition(">")[0], frozenset())
        # (a noun's phrase may hang on the verb that voices it: "expressed regret on Friday [over] the decision")
        # (or on the verb's object: "using hospitals [as] shields")
        hosts = (token, token.head) if token.pos_ == "NOUN" and token.dep_ == "dobj" else (
            token, *(c for c in token.children if c.dep_ == "dobj"))
        return any(t.lower_ in words or t.lemma_.lower() in words for h in hosts for c in h.children
                   if c.dep_ == "prep" and c.lower_ == placed for t in c.subtree)
    if needs == CLAUSE:  # "called on Chile to free them", not the courtesy call "called on President Boric"
        return any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and c.lower_ == "for"
                   for c in token.children)  # (or what is called for: "called on Peru for talks")
    if needs == INFINITIVE:  # "told Serbia to normalise relations", not "told Somalia that it would …"
        return any(c.dep_ == "xcomp" and syntax.to_infinitive(c) for c in token.children)
    if needs == NAMING_AFTER:  # "attacked the UN office, calling its reports lies": an attack in words
        return any(c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in syntax.NAMING
                   for c in token.children)
    if needs == OBJECT:  # "flew aid to Lima" (not "flew to Lima")
        return any(c.dep_ == "dobj" for c in token.children)
    if needs == MANDATE:  # "insisted that Serbia align its policy" (or "should align"), not "insist it pursues …"
        return any(c.dep_ == "ccomp" and syntax.mandative(c) for c in token.children)
    if needs == PERSON:  # "welcomed Ruto", "arrived and was welcomed by the king": a guest, not a stance
        #                   (nor what one is called: "called Vucic a true friend")
        #                   (a name the model missed, or took for a people's or a place's that no lexicon or
        #                   gazetteer knows: "called Pezeshkian", "welcomed Macron to Berlin"; or for a body's,
        #                   when an office holder goes by it: "welcomed Sanchez to Brasilia")
        return not syntax.names_as(token) and any(
            t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and not t.ent_type_
            or t.pos_ == "PROPN" and t.ent_type_ in ("NORP", "GPE", "ORG") and canonical(t.text) is None
            and (locate(t.text) is None if t.ent_type_ != "ORG" else holder_name(t.text))
            or t.lemma_.lower() in lexicon().roles  # (or one named by office: "the Syrian president")
            or t.lower_ in ("him", "her", "he", "she")  # (or a person named before: "Putin welcomed him at the
            #                                           Kremlin", "He was welcomed at the airport by …")
            for t in syntax.objects(token, ("dobj", "with")))  # (or "engaged with Albanese")
    if needs == BODY:  # "quit ECOWAS", not "quit Kherson" (nor "the bloc, which Niger left": the bloc)
        return any((body := syntax.stands_for(c, token)).ent_type_ == "ORG" or body.ent_type_ == "" and (
            known := canonical(body.text)) is not None and known[0] == "Organization"  # ("quit ECOWAS", untagged)
            for c in syntax.objects(token, ("dobj", "to")))  # (or "returned to the AU")
    if needs == NAMED:  # "struck Hezbollah", not "struck a deal with Iran"
        # (the object of a particle read as a preposition too: "sealed [off] the West Bank")
        misread = [p for c in token.children if c.dep_ == "prt" for p in c.children if p.dep_ == "pobj"]
        # (not a people counted: "hosts about one million Rohingya" are a population, no guests)
        return any((c.dep_ in ("dobj", "nsubjpass") or c in misread)  # ("was greeted by …": what a passive acts on)
                   and not any(g.dep_ == "nummod" for g in c.children)
                   and (c.ent_type_ in _NAMED_LABELS or c.pos_ == "PROPN" and not c.ent_type_
                        or c.dep_ == "nsubjpass" and c.lower_ in _PERSONS  # ("… where he was greeted by")
                        or c.dep_ == "dobj" and (c.lemma_.lower() in struck_things() or c.lemma_ in _GROUPS)
                        and any(g.dep_ == "compound" and g.ent_type_ in _NAMED_LABELS for g in c.children))
                   # ("fought the Houthi movement", "struck Hamas positions"; not "ordered UN monitors to leave")
                   for c in (*token.children, *misread))  # (a surname the model did not tag: "hosted Ruto")
    words = lexicon().synsets.get(needs, frozenset())
    if token.pos_ in ("NOUN", "PROPN"):
        verb = syntax.governing_verb(token)
        if verb is not None and verb.lemma_.lower() in words and token.dep_ == "dobj" \
                and not any(c.dep_ == "poss" and c.tag_ != "PRP$" or c.dep_ == "det" and (c.lower_ != "the" or any(
                    p.dep_ == "prt" for p in verb.children)) for c in token.children):
            # the verb of an idiom whose bare object the noun is: "[took] issue with", "[found] fault", "[pointed]
            # the finger at", "[voiced] its concern" (not "took up the issue with", "shared Egypt's concerns")
            return True
        # (or what is left: "its withdrawal [from] the Paris agreement")
        heads = [*token.lefts, *(syntax.subjects(verb) if verb is not None else []),
                 *(p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in c.children)]
    else:
        # (an object the parser reads as a dative when no other follows: "provided [aid] worth $2 million to …")
        passive = any(c.dep_ == "auxpass" for c in token.children)  # (whose patient may be read as its subject)
        heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and passive] \
            or [c for c in token.children if c.dep_ == "dative"] or [c for c in [syntax.kept(token)] if c is not None]
        heads += [c for c in token.children if c.dep_ == "npadvmod"]  # ("gave the junta [a week] to …")
        clause = token if token.dep_ == "relcl" else token.head if token.dep_ == "ccomp" else None
        if clause is not None and clause.dep_ == "relcl" and all(h.tag_ in ("WDT", "WP") for h in heads):
            # "…, a charge (that) China rejects", "a group that Kinshasa says is backed by Rwanda": the noun
            # the clause describes
            heads = [clause.head]
        # (or the trade a verb stops: "stopped [buying] Australian coal")
        heads = heads or [c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
        # (or a particle read as a preposition, with no object of its own: "brushed off [the criticism]")
        heads = heads or [g for c in token.children if c.dep_ == "prep" and c.lower_ == "off" for g in c.children]
        if not heads and token.dep_ == "acl" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children):
            heads = [token.head]  # "[doctors] sent by Cuba to Mexico"
        if not heads or all(h.lemma_.lower() in _LINES for h in heads):  # what moves on its own: "[police
            # officers] landed in Haiti to help …", "[troops] crossed the border into Sudan"
            heads += [c for c in token.children if c.dep_ == "nsubj"]
        # ("fought alongside [rebels]"; what one leaves: "withdrew from [talks]", "pulled out of [the summit]"; what
        # one asks for, with no object: "called for [the withdrawal] of …", not "hosted Boric for [breakfast]")
        preps = [c for c in token.children if c.dep_ in ("prep", "prt")]
        preps += [g for c in preps if c.lower_ == "out" for g in c.children if g.dep_ == "prep"]
        asked = () if any(c.dep_ == "dobj" for c in token.children) else ("for",)
        heads += [g for c in preps if c.lower_ in ("with", "of", "alongside", "from", *asked) for g in c.children]
    return any(t.lower_ in words or t.lemma_.lower() in words for h in heads for t in _phrase(h))


# Prepositions whose phrase is part of what a noun names ("a shipment [of] wheat", "equipment [including]
# generators"); another one says what it is about or for ("a protest [over] the oil rig"), not what it is.
_NAMING_PREPS = frozenset({"of", "including", "like", "such"})
_GROUPS = frozenset({"movement", "group"})  # nouns a name before them makes that name's ("the Houthi movement")
_WATERS = frozenset({"sea", "water", "ocean", "gulf"})  # where missiles fired into hit no one (_fire)
_LINES = frozenset({"border", "frontier", "line", "boundary"})  # what forces cross, itself no force (_object_has)
_LADEN = frozenset({"load", "laden", "pack", "fill", "stock", "stack", "cram"})  # "planes loaded [with] tents"


def _phrase(head) -> Iterator:
    """The words of ``head``'s phrase, less the prepositional phrases that do not say what it is and the
    clauses that tell what it is for or more of it ("a decision [to recall its ambassador]" is no ambassador;
    "a ship carrying relief supplies" is one of supplies)."""
    yield head
    for c in head.children:
        if not (c.dep_ == "prep" and c.lower_ not in _NAMING_PREPS
                and not (c.lower_ == "with" and head.lemma_.lower() in _LADEN) or c.dep_ == "relcl"
                or c.dep_ == "acl" and syntax.to_infinitive(c)):
            yield from _phrase(c)


_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})  # model labels


def _pattern_code(verb, entry: Trigger) -> str | None:
    """The code of the first (most specific) dictionary pattern of the verb's block that its
    object or prepositional phrase fits ("- * (FOR TALKS) [036]"), or None."""
    patterns = lexicon().patterns.get(entry.block)
    if not patterns:
        return None
    phrases = {"": [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]}
    for child in verb.children:
        if child.dep_ in ("prep", "agent", "dative", "prt"):
            phrases.setdefault(child.lower_, []).append(child)
    synsets = lexicon().synsets
    words_of: dict[str, set[str]] = {}  # the words of each phrase, read once
    for needed, prep, code in patterns:
        if prep not in phrases:
            continue
        if prep not in words_of:
            # (common words only, not those of a name: "awarded him the Order of Freedom" gives no order; but
            # the head of a name a preposition governs says where: "took Guyana to the International [Court] of
            # Justice")
            words_of[prep] = {w for head in phrases[prep] for t in head.subtree
                              if t.pos_ != "PROPN" and t.ent_type_ not in _NAMES or prep and t.dep_ == "pobj"
                              and t.head == head for w in (t.lower_, t.lemma_.lower())}
        words = words_of[prep]
        if all(not words.isdisjoint(synsets.get(w[1:].upper(), ())) if w.startswith("&") else w in words
               for w in needed):
            return code
    return None


def _doer(verb):
    """The subject of a wrongdoing verb, named in its clause or in the clause it completes or continues
    ("should stop spreading lies and smearing China"), never inherited through an adverbial or a
    noun's complement ("oppose the acts of undermining multilateralism" accuses nobody); but a participle
    after a comma tells what its clause's act did ("had blocked an evacuation, injuring a sailor")."""
    token = verb
    for _ in range(6):
        subject = syntax.own_subject(token)
        if subject is not None and subject.dep_ == "csubj":
            subject = syntax.own_subject(subject)  # "What China is doing … is bullying": who does it
        if subject is None and (tried := _tried_by(token)) is not None:
            token = tried  # "was arming Somalia in a bid to destabilise the region": the arming's doer
            continue
        if subject is not None or token.dep_ not in ("xcomp", "conj") and not syntax.trailing_participle(token) \
                or token.head == token:
            return subject
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "conj"):  # conj misparsed onto a noun
            token = token.head
    return None


_SETTLING = frozenset({"agree", "reach", "settle", "resolve", "bridge", "break", "conclude"})  # outcomes of two sides
_UNLAWFULLY = frozenset({"illegally", "unlawfully", "illicitly"})


def _tried_by(verb):
    """The verb whose act ``verb`` is the aim of, through a noun of trying: "was arming Somalia [in a bid to]
    destabilise the region" (arming); else None."""
    bid = verb.head
    if verb.dep_ != "acl" or bid.lemma_.lower() not in ATTEMPTS or bid.dep_ != "pobj" \
            or bid.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return bid.head.head


def _accusation(b: _Builder, token) -> None:
    """A speaker reporting wrongdoing criticizes its doer."""
    # (an idiom's noun stands where a particle would: "opened [fire]"; "committing [genocide]", "spreading
    # [propaganda]": the wrong is in the object)
    # (or any act said to be done unlawfully: "said the boat had been fishing illegally in Chinese waters")
    if token.pos_ != "VERB" or not any(
            (syntax.has_particle(token, particle) or any(c.dep_ == "dobj" and c.lower_ == particle
                                                         for c in token.children)
             or particle and any(g.dep_ == "prep" and g.lower_ == particle for c in token.children
                                 if c.dep_ == "dobj" for g in c.children))  # ("using hospitals [as] shields")
            and (not needs or any(_object_has(token, n) for n in needs))
            for particle, needs in _accusations().get(token.lemma_.lower(), ())) \
            and not any(c.dep_ == "advmod" and c.lower_ in _UNLAWFULLY for c in token.children):
        return
    if syntax.is_negated(token, ceasing_counts=False):  # "the US should stop smearing China" still accuses
        return
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _SETTLING for c in token.children):
        return  # "Kurti and Vucic failed to agree on …": an outcome no one side is blamed for
    if syntax.modality_of(_tried_by(token) or token) in ("hypothetical", "questioned") or _with_will(token):
        return  # "would respond if China attacked its vessels", "said ECOWAS would punish …": no wrong reported
    speaker = _speaker(b.ctx, token) or _claimants(b.ctx, token)
    # (nor a body of the doer's own state: "Iran seized a tanker, the Revolutionary Guards said")
    own = _and_offices(b.ctx, speaker) | {s.name for a in speaker if (s := _office_state(a)) is not None}
    subject = _doer(token)
    if subject is None and any(p == "for" for p, _ in _accusations().get(token.lemma_.lower(), ())):
        # ("said Israel should be tried for war crimes": the one tried for a wrong did it)
        subject = next((c for c in token.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if subject is not None and subject.lemma_.lower() in GATHERINGS:
        return  # "the meeting failed because …": a gathering does no wrong
    # ("Turkey said its troops had killed …": no accusation of itself; "said Manila's actions had violated …":
    # Manila's)
    doers = [a for t in (syntax.expand(subject) if subject is not None else [])
             for a in b.ctx.resolve(t) or [a for c in t.children if c.dep_ == "poss" for a in b.ctx.resolve(c)]]
    if not doers and subject is not None and _move_told(subject):
        # ("Chinese ships fired flares near a Philippine plane. Manila said the actions violated international
        # law": who did the act told before)
        doers = _move_maker(b, subject, speaker, _HOSTILE)
    if not doers and subject is not None:  # ("Israel struck targets in Lebanon. Beirut said the strikes violated
        doers = _told_by_verb(b, subject, speaker)  # its sovereignty": who did what the noun names, told before)
    for doer in (a for a in doers if a.name not in own):
        for who in speaker:
            b.add("criticizes", who, doer, token, rule=f"accusation:{token.lemma_.lower()}", base=0.75,
                  cameo="112", speaker=speaker)  # (CAMEO 112: accuse)


_CLAIMING = frozenset({"claim", "allege", "contend", "assert"})  # verbs whose content is a claim (_claimants)


def _claimants(ctx: Context, token) -> list[Arg]:
    """Who claims what a clause tells ("Guatemala claimed Belizean soldiers had [harassed] its farmers"): the
    subjects of the verb of claiming whose content it is, else none."""
    clause = token
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _CLAIMING:
        return []
    return [a for t in syntax.subjects(clause.head) for a in ctx.resolve(t)]


def _owners(ctx: Context, noun) -> list[Arg]:
    """Whose act a noun names by its own words: "Somalia's interference", "Saudi aggression", "aggression by
    Saudi Arabia", "crimes committed by Russia"; a joint act's, those "between" whom it is: "drills between South
    Korea and the United States" (not a fight's: "clashes between Ethiopia and Eritrea" are neither's alone)."""
    joint = any(_type_of(e.cameo) in _COOPERATIVE for e in _triggers(noun))
    owners = [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "nsubj" and noun.pos_ == "VERB"] \
        + _by_phrases((noun, *_participles(noun))) + [
        p for c in noun.children if joint and c.dep_ == "prep" and c.lower_ == "between"
        for p in c.children if p.dep_ == "pobj"]
    # (the nationality may describe a word compounded with the noun: "Malian [drone] strikes")
    described = (noun, *(c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"))
    return [a for o in owners for t in syntax.expand(o) for a in ctx.resolve(t)] + [
        Arg(span.name, "Country", "possessor") for h in described for c in h.children
        if c.dep_ == "amod" and (span := ctx.mention(c)) is not None and span.kind == "demonym"]


def _participles(noun) -> list:
    """The past participles that describe a noun ("crimes [committed] by Russia")."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def _remarks_before(b: _Builder, noun, judges: list[Arg]) -> list[Arg]:
    """The authors of the remarks the two sentences before name by their author ("summoned Spain's ambassador
    over remarks by a Spanish minister … said the comments were unacceptable"), other than ``judges``."""
    names = _and_offices(b.ctx, judges)
    remarks = lexicon().synsets["REMARKS"]
    for said in (t for t in _words_before(b, noun, 2) if t.pos_ == "NOUN" and t.lemma_.lower() in remarks):
        authors = [a for t in (*_by_phrases((said,)), *(c for c in said.children if c.dep_ == "poss"))
                   for a in b.ctx.resolve(t) if a.type in ACTOR_TYPES and a.name not in names]
        if authors:
            return [_state_of(b, a) for a in authors]
    return []


def _by_phrases(heads) -> list:
    """What the "by" phrases of ``heads`` name ("aggression by Saudi Arabia", "committed by Russia")."""
    return [p for h in heads for prep in h.children if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
            for p in prep.children if p.dep_ == "pobj"]


def _named_wrong(b: _Builder, noun) -> None:
    """A speaker naming a wrong by its doer criticizes the doer: "said the Houthis were defending themselves
    against aggression by Saudi Arabia", "said Somalia's interference must stop", "vowed to resist the Turkish
    occupation" as reported (IMPUTED, synsets.tsv; not denied: "denied any interference by Rwanda")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().synsets.get("IMPUTED", ()):
        return
    speaker = _speaker(b.ctx, noun)
    if not speaker or syntax.is_negated(noun) or syntax.modality_of(noun) in ("hypothetical", "questioned"):
        return
    own = _and_offices(b.ctx, speaker)
    for doer in (a for a in _owners(b.ctx, noun) or _undergone_from(b, noun) if a.name not in own
                 and a.type in ACTOR_TYPES):
        for who in speaker:
            b.add("criticizes", who, doer, noun, rule=f"wrong:{noun.lemma_.lower()}", base=0.7, cameo="112",
                  speaker=speaker)


_UNDERGOING = frozenset({"face", "suffer", "endure", "experience", "undergo"})  # verbs of undergoing a wrong


def _undergone_from(b: _Builder, noun) -> list[Arg]:
    """Who a wrong that someone undergoes comes from: "said Manila had faced harassment and intimidation from
    Beijing" (the "from" on the verb, the wrong or another wrong of its list)."""
    first = noun
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "dobj" or first.head.lemma_.lower() not in _UNDERGOING:
        return []
    return _named_by(b, [c for h in (first.head, first, *first.conjuncts) for c in h.children
                         if c.dep_ == "prep" and c.lower_ == "from"])


_BEING_UNDER = frozenset({"come", "be", "remain"})  # verbs of being under something: "came under attack from M23"
_ARMED = frozenset({"MIL", "REB", "COP"})  # sectors of those who bear arms


def _under_attack(ctx: Context, noun) -> tuple[list[Arg], list[Arg]] | None:
    """(attackers, attacked) when the subject of a clause comes under an attack or fire the noun names, from
    armed sides ("Nigerian peacekeepers came under attack from RUF rebels"; not "Hungary came under fire from
    the EU over its media law", a criticism); else None."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "under" else None
    if verb is None or verb.lemma_.lower() not in _BEING_UNDER \
            or not any(e.predicate == "attacks" for e in _triggers(noun)):
        return None
    sources = [t for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
               for p in c.children if p.dep_ == "pobj" for t in syntax.expand(p)]
    attackers = [a for t in sources for a in ctx.resolve(t, descend=True) if a.type in ACTOR_TYPES]
    attacked = [a for t in syntax.subjects(verb) for a in ctx.resolve(t, speaker=_speaker(ctx, verb))
                if a.type in ACTOR_TYPES]
    forces = lexicon().synsets["FORCES"]
    armed = any(w.lemma_.lower() in forces or w.lower_ in forces for t in (*sources, *syntax.subjects(verb))
                for w in t.subtree) or any(a.sector in _ARMED for a in (*attackers, *attacked))
    return (attackers, attacked) if armed else None


def _attacked_from(b: _Builder, noun) -> None:
    """Those named by "from" attack the subject of the clause that comes under their attack or fire: "Indian
    troops came under fire from Pakistani positions" (CAMEO 190)."""
    if (sides := _under_attack(b.ctx, noun)) is None or syntax.is_negated(noun.head.head):
        return
    attackers, attacked = sides
    speaker = _speaker(b.ctx, noun.head.head)
    for who in attackers:
        for whom in attacked:
            b.add("attacks", who, whom, noun, rule=f"under:{noun.lemma_.lower()}", base=0.8, cameo="190",
                  speaker=speaker)


def _brought_together(b: _Builder, verb) -> None:
    """Those a gathering or a host "brought together" meet each other, and the host meets them: "The summit
    brought together the leaders of Brazil, India and South Africa" (CAMEO 040; a host's 043)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "bring" or not syntax.has_particle(verb, "together") \
            or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    met = list({a.name: a for t in syntax.objects(verb, ("dobj",)) for a in b.ctx.resolve(t, descend=True)
                if a.type in ACTOR_TYPES}.values())
    hosts = [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t) if a.type in ACTOR_TYPES]
    for i, one in enumerate(met):
        for other in met[i + 1:]:
            b.add("meets", one, other, verb, rule="brought-together", base=0.8, cameo="040")
    for host in hosts:
        for guest in met:
            b.add("meets", host, guest, verb, rule="brought-together", base=0.8, cameo="043")


def _charge_denied(b: _Builder, noun) -> None:
    """A clause glossed by a remark that an actor denies, rejects or calls untrue (", a charge Kigali denies",
    ", proposals that both Maduro and the opposition rejected", ", charges Berlin called baseless"): the actor
    rejects whoever made the remark, the accuser the sentence reports or else the subject of its first clause.
    Read on the surface (comma, remark noun, actors, denial verb), since parsers break the idiom apart."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _GLOSSES:
        return
    doc, sent = b.ctx.doc, b.ctx.sentence(noun)
    comma = noun.i - 1 - (noun.i > 0 and doc[noun.i - 1].lower_ in ("a", "an"))
    if comma <= sent.start or doc[comma].text != ",":
        return
    deniers, verb = [], None
    for tok in doc[noun.i + 1:min(noun.i + 9, sent.end)]:
        if tok.is_punct or tok.lower_ in ("not", "n't", "never"):
            return
        if tok.lemma_.lower() in _DENYING or tok.lemma_.lower() in syntax.NAMING and tok.i + 1 < sent.end \
                and doc[tok.i + 1].lower_ in syntax.UNTRUE:  # (", charges Berlin called baseless")
            verb = tok
            break
        if (span := b.ctx.mention(tok)) is not None and tok.i == span.end - 1:
            deniers += b.ctx.resolve(tok)
    if verb is None:
        return
    start = _sentence(sent)[1]
    accusers = [Arg(r.subject, r.subject_type) for r in b.relations
                if r.predicate == "criticizes" and r.start == start and r.modality == "asserted"]
    if not accusers:
        subject = next((s for t in doc[sent.start:comma]
                        if t.pos_ == "VERB" and (s := syntax.own_subject(t)) is not None), None)
        accusers = [a for t in (syntax.expand(subject) if subject is not None else []) for a in b.ctx.resolve(t)]
    for denier in deniers:
        for accuser in dict.fromkeys(accusers):
            b.add("opposes", denier, accuser, verb, rule="charge-denied", base=0.75, cameo="120")


# Verbs of condemnation whose "as" phrase is a verdict on their object: "condemned the strikes as a violation".
_CONDEMNING = frozenset({"condemn", "denounce", "decry", "deplore", "slam", "blast", "criticize", "criticise",
                         "lambast", "castigate"})
# Verbs that liken their object to what their "to" phrase names: "likened Ortega's rule to a dictatorship".
_LIKENING = frozenset({"liken", "compare", "equate"})
# Verbs of rejection whose "as" phrase is a verdict on their object: "dismissed Kurti as a liar".
_DISMISSING = frozenset({"dismiss"})
# Verbs whose subject passes the verdict on their object.
_JUDGING = syntax.NAMING | _CONDEMNING | _LIKENING | _DISMISSING


_IN_BREACH = frozenset({"violation", "breach", "contravention"})  # "… in violation of": a wrong the act is done in


def _judgement(noun):
    """(the verb that judges, what it judges) when ``noun`` names a wrong in a verdict, else None."""
    # (not a verb with a particle: "called off talks with Pakistan after the attack")
    naming = lambda v: v.lemma_.lower() in syntax.NAMING and not any(c.dep_ == "prt" for c in v.children)
    # (or the noun a relative clause with no object of its own describes: "a move Madrid called a provocation")
    # (or the subject of the passive: "the expulsions were described by Moscow as a hostile act")
    dobj = lambda v: next((c for c in v.children if c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT")
                           or c.dep_ == "nsubjpass"),
                          v.head if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") else None)
    word = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "an act of aggression": the phrase stands where the wrong does
    while noun.dep_ == "conj" and noun.head.dep_ in ("attr", "acomp", "oprd"):
        noun = noun.head  # "… was biased and [unacceptable]": a second word stands where the first does
    head = noun.head
    if noun.dep_ in ("attr", "acomp") and head.lemma_.lower() in _VERDICT_COPULAS:  # "… was a violation", "… illegal"
        return head, syntax.own_subject(head)
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(c.lower_ == "the" for c in noun.children):
        # "the real problem was Hezbollah's grip on Lebanon": the judged act comes after the copula (unless it
        # names a wrong itself: "the attack was a violation of Kuwait's sovereignty" judges the attack)
        attr = next((c for c in head.children if c.dep_ == "attr"), None)
        return (head, attr) if attr is None or _verdict_of(attr) is None else None
    if noun.dep_ == "dobj" and head.lemma_.lower() in _EQUATING \
            or noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "amount":
        verb = head if noun.dep_ == "dobj" else head.head  # "… constituted a violation", "… amounted to genocide"
        return verb, syntax.own_subject(verb)
    if noun.dep_ == "pobj" and head.lower_ in ("to", "with") and (
            likening := next((v for v in (head.head, head.head.head) if v.lemma_.lower() in _LIKENING), None)):
        # "likened the blockade to collective punishment" (the phrase may hang on the object)
        return likening, dobj(likening) or (head.head if head.head != likening else None)  # (or its misparse)
    if noun.dep_ == "oprd":  # "called the raid a violation"
        # (a small clause; or "called the closure regrettable" misparsed as one noun phrase)
        # ("called Pyongyang's launch reckless" read as one phrase: the owner hangs on the adjective)
        # ("called Guyanese President Ali a despot", the name read as a second predicate before the word)
        judged = dobj(head) or next((c for dep in ("nsubj", "poss", "compound") for c in noun.children
                                     if c.dep_ == dep), None) \
            or next((c for c in head.children if c.dep_ == "oprd" and c.i < noun.i and c.pos_ in ("PROPN", "NOUN")),
                    None) \
            or next((c for c in head.children if c.dep_ == "dobj" and c.lower_ == "what" and _in_what(head)),
                    None)  # (a free relative set after a clause: "…, in what Athens called …")
        # "over what it called Moscow's failure to protect it": the wrong names its doer
        return head, noun if judged is not None and judged.tag_ in ("WP", "WDT") else judged
    if noun.dep_ == "dobj" and naming(head) and (judged := next((c for c in head.children if c.dep_ == "dative"),
                                                                None)) is not None:
        return head, judged  # ("branded the Guyanese president a puppet", the one judged read as indirect object)
    if noun.dep_ in ("dobj", "npadvmod") and head.dep_ in ("dobj", "oprd", "ccomp", "dep") and naming(head.head):
        # the verdict read as the move's object or its adverb ("called Seoul's move a grave provocation", "… a
        # mockery of the accord"), the move's noun even read as a verb ("called China's drills a provocation")
        if head.pos_ == "NOUN" or any(c.dep_ in ("poss", "det") for c in head.children):
            return head.head, head
        before = head.doc[head.i - 1]  # ("called China's military drills …": the modifier read as the object)
        if head.dep_ in ("ccomp", "oprd", "dep") and before.head == head.head and before.dep_ in ("dobj", "oprd"):
            return head.head, before
    if noun.dep_ == "appos" and head.dep_ in ("dobj", "oprd") and naming(head.head):
        return head.head, head  # ("called Milei a fascist", the name read as the predicate and the word its appositive)
    if noun.dep_ == "amod" and noun.i > head.i and head.dep_ == "dobj" and naming(head.head):
        return head.head, head  # "called Ecuador's decision unacceptable"
    if noun.dep_ == "ccomp" and naming(head):  # "branded the Chilean decision illegitimate"
        return head, syntax.own_subject(noun)
    if noun.dep_ in ("pobj", "amod", "acomp") and head.lower_ == "as":  # "described Ecuador's move as a
        # provocation", "… as unacceptable"
        verb = head.head if head.head.pos_ == "VERB" else head.head.head
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and naming(verb.head.head):
            verb = verb.head.head  # "described Togo's decision to close the crossing as …", hung on "close"
        if verb.lemma_.lower() in ("act", "serve", "behave") and verb.pos_ == "VERB":
            return verb, syntax.own_subject(verb)  # "said Guyana was acting as a puppet of ExxonMobil"
        return (verb, dobj(verb)) if verb.lemma_.lower() in _JUDGING else None
    if noun.dep_ == "dobj" and naming(head) and (judged := dobj(head)) != noun:
        return head, judged  # "branded the ship's presence a violation", read as two objects
    if noun.dep_ == "dobj" and naming(head) and head.dep_ == "relcl" and head.head.pos_ == "NOUN":
        return head, head.head  # "…, a move Beijing called a provocation"
    if noun.dep_ in ("advmod", "advcl") and naming(head) and any(c.lower_ == "as" for c in noun.children):
        return head, dobj(head)  # "described Moscow's move as unfriendly", the adjective read as an adverb
    if word.dep_ in ("appos", "pobj") and (verb := syntax.governing_verb(word)) is not None and naming(verb) \
            and (judged := dobj(verb)) is not None and judged.i < word.i == judged.right_edge.i \
            and not any(c.dep_ in ("oprd", "ccomp") for c in verb.children) \
            and all(c.dep_ in ("det", "compound") for c in word.children if c.i < word.i):
        # "called China's treatment of Uyghurs genocide", "… Israel's actions in Gaza genocide": the verdict read
        # into the object's last phrase
        return verb, judged
    if noun.dep_ == "pobj" and head.lower_ == "in" and noun.lemma_.lower() in _IN_BREACH and head.head.pos_ == "VERB":
        # "said Ethiopia had filled the dam in violation of the accord": the act done so, judged by who reports it
        return head.head, next(iter(syntax.subjects(head.head)), None)
    return None


# Nouns that sum up the act of the clause they are set after: "…, a move that drew criticism from Croatia".
_SUMMING = frozenset({"move", "step", "decision", "action", "act", "measure"})


def _drawn(b: _Builder, noun) -> None:
    """A stance someone's act draws from others is theirs on its doer: "Bolivia's seizure of the trucks drew
    sharp criticism from Brasilia", "the raid drew condemnation from Kenya", "the deal won praise from the AU" (and
    the sanctions it draws: "the coup drew sanctions from ECOWAS");
    so is a stance one has or wins of others: "Spain had the full solidarity of the European Union", "Guaido won
    the backing of the United States", and one someone
    comes under: "Hungary came under fire from the EU", "came under pressure from Washington to …"; one it
    goes ahead despite: "Georgia passed the law despite warnings from the EU", "… despite pressure from
    Washington"; and one it answers: "Petro wrote on X, responding to criticism from Washington"."""
    under = noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.lower_ in _UNDER  # "came under fire"
    despite = noun.dep_ == "pobj" and noun.head.lower_ in ("despite", "amid")
    answering = noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in _ANSWERING_TO
    # ("Beijing's response was met with condemnation from Manila", "… was received with praise by Malawi")
    met = noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in _MET_WITH
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" and not under and not despite and not answering and not met \
            or under and _under_attack(b.ctx, noun) is not None:  # ("came under fire from Pakistani positions")
        return
    verb = noun.head.head if under or despite or answering or met else noun.head
    if answering and verb.pos_ != "VERB":  # ("said in response to criticism from …": the verb the answer is of)
        verb = syntax.governing_verb(verb) or verb
    lemma = verb.lemma_.lower()
    # (a participle after the comma that ends a relative clause tells of the main clause's act: "vetoed a resolution
    # that would have demanded a ceasefire, drawing criticism from Britain")
    acting = verb
    if syntax.trailing_participle(verb) and verb.head.dep_ == "relcl" \
            and (main := syntax.governing_verb(verb.head.head)) is not None:
        acting = main
    # (what one refuses despite others was said all the same: "refused to reopen it despite appeals from China";
    # and what one heeds or ignores, whether one heeds it or not: "did not heed calls from ASEAN")
    # (named by its maker, not told again: "the agency's appeal" was told before, with whom it was made to)
    heeding = lemma in _HEEDING and noun.dep_ == "dobj" and any(
        t.pos_ == "PROPN" for c in noun.children if c.dep_ in ("poss", "compound", "prep") for t in c.subtree)
    if not (under or despite or answering or heeding) and lemma not in _DRAWING and lemma not in _HAVING or (
            syntax.modality_of(acting) in ("conditional", "hypothetical", "questioned") if despite or heeding
            else syntax.is_negated(acting) or syntax.modality_of(acting) != "asserted"):
        return
    found = _triggers(noun)
    if any(e.predicate == "meets" for e in found) and (not heeding or any(
            c.dep_ == "compound" and any(e.predicate == "meets" for e in _triggers(c)) for c in noun.children)):
        return  # "received a phone call from the Saudi crown prince": a contact, no stance (a call heeded is one)
    # (an act answered is no stance on the one answering: "fired missiles in response to the joint drills")
    entries = [(e.predicate, e.cameo, e) for e in found if e.pos == "NOUN" and not e.block and (
        lexicon().predicates[e.predicate].kind == "stance" and not (answering and e.predicate == "cooperatesWith")
        or (despite or heeding) and e.predicate in _APPEALS or e.predicate == "sanctions" and lemma in _DRAWING)] \
        if not under and not (noun.lower_ == "pressure" and (despite or lemma in _DRAWING)) \
        else [(*_UNDER[noun.lower_], None)]
    #   ("despite appeals from China": an appeal, not a stance; "despite pressure from Washington": pressing)
    critics = _named_by(b, [c for h in (noun, verb) for c in h.children if c.dep_ == "prep" and (
        c.lower_ == "from" or c.lower_ == "of" and h is noun and (lemma in _HAVING or lemma in _GETTING))
        or met and c.dep_ == "agent"])
    #   ("drew criticism of X": X's; "was received with praise by Tanzania": the agent's)
    # (or the name or nationality before the noun: "despite British protests", "despite EU warnings")
    critics += [a for c in noun.children if c.dep_ in ("amod", "compound") and (span := b.ctx.mention(c)) is not None
                for a in ([Arg(span.name, "Country", "possessor")] if span.kind == "demonym" else b.ctx.resolve(c))
                if a.type in ("Country", "Organization") and a.name not in {k.name for k in critics}]
    if heeding:  # "heeded Senegal's call": the owner's
        critics += [_as_actor(a) for c in noun.children if c.dep_ == "poss" for a in b.ctx.resolve(c)]
    if not under and lemma in _DRAWING:  # "Lithuania drew Beijing's ire": the owner's; "sparked anger in Seoul":
        critics += [_as_actor(a) for c in noun.children if c.dep_ == "poss" for a in b.ctx.resolve(c)]
        critics += [a for a in _named_by(b, [c for h in (noun, verb) for c in h.children  # the state there
                                             if c.dep_ == "prep" and c.lower_ == "in"]) if a.type == "Country"]
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] if met else syntax.subjects(acting)
    if verb.dep_ == "relcl" and verb.head.dep_ in ("npadvmod", "appos") and verb.head.lemma_.lower() in _SUMMING \
            and all(t.tag_ in ("WDT", "WP") for t in subjects) \
            and (clause := next((a for a in verb.head.ancestors if a.pos_ == "VERB"), None)) is not None:
        # ("agreed to expand access to the bases, a move that drew a rebuke from Beijing": the clause's act it sums up)
        subjects = syntax.subjects(clause)
    doers = [a for t in subjects for o in (t, *(c for c in t.children if c.dep_ == "poss"))
             for a in b.ctx.resolve(o, descend=True, through_of=False) if a.type in ACTOR_TYPES] \
        or [a for t in subjects for a in _owners(b.ctx, t) if a.type in ACTOR_TYPES]  # ("the deal between …")
    if not doers and entries and critics and (moves := [t for t in subjects if _move_told(t)]):
        # "Peru expelled the Mexican ambassador. The decision drew sharp criticism from Mexico": who made it
        doers = _move_maker(b, moves[0], critics, _HOSTILE if _type_of(entries[0][1]) in _HOSTILE else _FRIENDLY)
    for predicate, cameo, entry in entries[:1]:
        for critic in critics:
            for doer in doers:
                b.add(predicate, critic, doer, noun, rule=f"drawn:{noun.lemma_.lower()}", base=0.7, trigger=entry,
                      cameo=cameo)


# Prepositions of an act refused that say whom it would have been done to or with.
_REFUSED_TO = frozenset({"to", "with", "for", "from", "on", "of"})


def _refused(b: _Builder, verb) -> None:
    """An act no trigger names, refused, rejects the one it would have been done to or with (CAMEO 120): "refused
    to renew the lease on a U.S. air base", "declined to share intelligence with Israel" (not what one declines to
    tell: "declined to comment on Togo's claims"; an act a trigger names is refused where it fires)."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and syntax.to_infinitive(c)), None)
    if verb.pos_ != "VERB" or act is None or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted" \
            or act.lemma_.lower() in lexicon().synsets["TELLING"] or act.lemma_.lower() in lexicon().speech \
            or any(not e.block for t in (act, *(c for c in act.children if c.dep_ == "dobj")) for e in _triggers(t)):
        return
    refusers = [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t, descend=True) if a.type in ACTOR_TYPES]
    own = {a.name for a in refusers}
    # (the object, or what it or the act is to, with, on or of: "the lease on a British base")
    objects = [c for c in act.children if c.dep_ == "dobj"]
    done_to = [*objects, *(p for h in (act, *objects) for c in h.children if c.dep_ == "prep"
                           and c.lower_ in _REFUSED_TO for p in c.children if p.dep_ == "pobj")]
    targets = next(([a] for t in done_to for a in b.ctx.resolve(t, descend=True)
                    if a.type in ACTOR_TYPES and a.name not in own), [])
    for refuser in refusers:
        for target in targets:
            b.add("opposes", refuser, target, verb, rule=f"refusal:{verb.lemma_.lower()}+{act.lemma_.lower()}",
                  cameo="120")


def _represented(b: _Builder, verb) -> None:
    """One who represents a state at an occasion in a place visits the place: "Kenya was represented at the
    summit in Addis Ababa by its foreign minister", "… the summit in Astana, where India was represented by …"."""
    if verb.pos_ != "VERB" or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    # (where: "at the summit in X", or the place a "where" clause hangs on)
    at = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in") for p in c.children
          if p.dep_ == "pobj"]
    at += [verb.head] if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) else []
    # (the one who represents: the passive's "by", which the parser may hang on the occasion)
    envoys = _by_phrases((verb, *at)) if any(c.dep_ == "auxpass" for c in verb.children) else syntax.subjects(verb)
    places = [a for t in (*at, *(p for t in at for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                                 for p in c.children if p.dep_ == "pobj"))
              for a in b.ctx.resolve(t) if _located(a)]
    for envoy in (a for t in envoys for a in b.ctx.resolve(t) if a.type == "Person"):
        for place in places[:1]:
            if _as_actor(place).name not in _homes(b.ctx, envoy):
                b.add("visits", envoy, place, verb, rule="represented", base=0.7, cameo="042")


def _received(b: _Builder, verb) -> None:
    """Aid one receives from others is theirs to it: "Ukraine received air defence systems from the Netherlands",
    "Cambodia received doses of a vaccine donated by Beijing" (CAMEO 070, 072 for arms)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECEIVING or syntax.is_negated(verb) \
            or syntax.modality_of(verb) != "asserted" or not _object_has(verb, "AID_GOODS"):
        return
    donors = _named_by(b, [c for h in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for c in h.children
                           if c.dep_ == "prep" and c.lower_ == "from"] or [  # ("a bailout from the IMF")
        by for o in verb.children if o.dep_ == "dobj" for t in o.subtree
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in _DONATING
        for by in t.children if by.dep_ == "agent"])
    cameo = "072" if _object_has(verb, "ARMS") else "070"
    for recipient in (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)):
        for donor in donors:
            b.add("aids", donor, recipient, verb, rule=f"received:{verb.lemma_.lower()}", base=0.7, cameo=cameo)


_ARRIVING = frozenset({"arrive", "reach", "land"})  # verbs by which goods come where they are sent (_aid_arrived)


_GIFTS = frozenset({"aid", "assistance", "relief", "donation"})  # goods that are given by what they are called


def _aid_arrived(b: _Builder, verb) -> None:
    """Aid goods a donor gave that arrive somewhere are the donor's aid to it: "Medicine donated by Japan arrived in
    Gaza", "trucks carrying flour donated by Qatar reached Khartoum", "aid from Japan reached flood victims in
    Bangladesh" (CAMEO 070)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ARRIVING or syntax.is_negated(verb) \
            or syntax.modality_of(verb) != "asserted":
        return
    goods = lexicon().synsets.get("AID_GOODS", frozenset())
    carried = [t for s in verb.children if s.dep_ == "nsubj" for t in s.subtree]
    if not any(t.lower_ in goods or t.lemma_.lower() in goods for t in carried):
        return
    donors = _named_by(b, [c for t in carried for c in t.children if c.dep_ == "agent" and t.tag_ == "VBN"
                           and t.lemma_.lower() in _DONATING or c.dep_ == "prep" and c.lower_ == "from"
                           and t.lemma_.lower() in _GIFTS])  # (not "grain from Ukraine", which may be sold;
    #                                                          but "aid from Japan" is given)
    where = ("in", "dobj") if verb.lemma_.lower() != "reach" else ("dobj", "in")  # ("reached victims in Laos")
    places = next((found for place in where if (found := [a for p in syntax.objects(verb, (place,))
                                                         for a in b.ctx.resolve(p, descend=True)])), [])
    for donor in donors:
        for place in places:
            b.add("aids", donor, place, verb, rule=f"aid-arrived:{verb.lemma_.lower()}", base=0.7, cameo="070")


_SIGHTING = frozenset({"detect", "spot", "track", "sight", "monitor"})  # verbs by which a state sees forces near it


def _sighted(b: _Builder, verb) -> None:
    """A state's forces another state reports seeing near it are a show of force to that state (CAMEO 150):
    "Taiwan's defence ministry said it had detected 25 Chinese military aircraft near the island", "Japan spotted
    Russian warships off Hokkaido" (the craft's state acts; the one seeing them, or the place named, is shown)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SIGHTING or syntax.is_negated(verb) \
            or syntax.modality_of(verb) != "asserted":
        return
    forces = lexicon().synsets["FORCES"] | lexicon().synsets["CRAFT"]
    seen = [o for o in syntax.objects(verb, ("dobj",)) if o.lemma_.lower() in forces or o.lower_ in forces]
    owners = [a for o in seen for a in b.ctx.resolve(o, descend=True) if a.type == "Country"]
    if not owners:
        return
    near = [a for p in syntax.objects(verb, ("near", "around", "off")) for a in b.ctx.resolve(p, descend=True)]
    # (a place of no known state shows force to the one that saw it: "near Thitu Island", the Philippines said)
    shown = [a for a in near if a.type == "Country"] + [Arg(home, "Country", "metonym") for a in near
                                                        if a.type == "Place" and (home := state_of_place(a.name))]
    shown = shown or [_state_of(b, a) for t in syntax.subjects(verb) for a in b.ctx.resolve(t) if a.type in ACTOR_TYPES]
    for owner in owners:
        for state in shown:
            if state.name != owner.name:
                b.add("mobilizes", owner, state, verb, rule=f"sighted:{verb.lemma_.lower()}", base=0.7, cameo="150")


_GREETINGS = frozenset({"welcome", "reception"})  # what a host gives a guest: "a warm welcome", "a reception"
_GIVING = frozenset({"give", "accord", "extend"})


def _welcome_given(b: _Builder, noun) -> None:
    """A welcome a host gives a guest is the host's meeting with the guest (CAMEO 043): "Xi gave Khurelsukh a
    warm welcome", "extended a warm welcome to Xi", "Khurelsukh received a warm welcome from Xi", "the emir was
    accorded a red-carpet welcome by Ruto"."""
    if noun.lemma_.lower() not in _GREETINGS or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in _GIVING and not any(c.dep_ == "nsubjpass" for c in verb.children):  # ("extended a welcome to Xi")
        guests = [c for c in verb.children if c.dep_ == "dative"] + syntax.objects(noun, ("to",)) \
            + syntax.objects(verb, ("to",))
        hosts = [_as_actor(a) for t in syntax.subjects(verb) for e in syntax.expand(t) for a in b.ctx.resolve(e)]
    else:
        guests = [c for c in verb.children if c.dep_ == "nsubjpass"] if lemma in _GIVING \
            else syntax.subjects(verb) if lemma in _RECEIVING else []
        hosts = _named_by(b, [c for h in (verb, noun) for c in h.children
                              if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")])
    if not guests or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    for guest in (a for t in guests for e in syntax.expand(t) for a in b.ctx.resolve(e)):
        for host in hosts:
            b.add("meets", host, guest, noun, rule=f"greeting:{noun.lemma_.lower()}", base=0.7, cameo="043")


# "… in a phone call", "during a telephone conversation", "during a meeting at the White House"
_CALLS = frozenset({"call", "conversation", "meeting", "talks"})


def _on_a_call(b: _Builder, noun) -> None:
    """What one says or does to someone "in a phone call" or "during a meeting" (with no one else named for it)
    is said on a call with them or at a meeting with them: "Lula extended his solidarity to Arce in a phone
    call", "Zelensky thanked Biden for the aid during a meeting at the White House" (CAMEO 040)."""
    if noun.lower_ not in _CALLS or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during", "over", "at") \
            or any(c.dep_ == "prep" and c.lower_ in ("with", "between", "of") for c in noun.children):
        return  # (nor "at a meeting of NATO ministers": a body's meeting, of many)
    verb = noun.head.head
    if verb.pos_ != "VERB" or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    fronted = noun.i < verb.i  # ("In a phone call, Sisi told Blinken …"; but "discussed Taiwan": a topic)
    partners = [a for c in verb.children if c.dep_ in ("dobj", "dative") and (c.i < noun.i or fronted)
                and verb.lemma_.lower() not in _ABOUT
                or c.dep_ == "prep" and c.lower_ in ("to", "with") for p in ([c] if c.dep_ != "prep" else c.children)
                if p.dep_ in ("dobj", "dative", "pobj") for t in syntax.expand(p) for a in b.ctx.resolve(t)
                if a.type in ("Person", "Country") and a.how == "name"]
    for caller in (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)):
        for partner in partners:
            b.add("meets", caller, partner, noun, rule="call:partner", base=0.7, cameo="040", place=_place(b.ctx, verb))


def _named_by(b: _Builder, preps) -> list[Arg]:
    """The actors prepositional phrases name, a capital as its country ("criticism from Brasilia")."""
    return [_as_actor(a) for c in preps for p in c.children if p.dep_ == "pobj" for t in syntax.expand(p)
            for a in b.ctx.resolve(t)]


def _office_state(actor: Arg) -> Arg | None:
    """The state whose office one is called to: "summoned to the Iranian foreign ministry" (an agent of Iran), "to
    the State Department" (a body of one state, organizations.tsv); None for any other place or body."""
    if actor.type == "Country" and actor.how == "agent":
        return actor
    home = lexicon().state_bodies.get(actor.name) if actor.type == "Organization" else None
    return Arg(home, "Country", "agent", text=actor.text or actor.name) if home else None


def _own_officials_state(ctx: Context, verb) -> list[Arg]:
    """The state whose office, held now or before, titles the one an act of state is done to, where no place says
    whose act it is: "Kazakhstan's former security chief, Karim Masimov, was arrested", "Former Peruvian president
    Pedro Castillo was detained" (a state acts on its own officials)."""
    roles = lexicon().roles
    titles = [t for p in verb.children if p.dep_ == "nsubjpass" for t in (p, *p.children)
              if (t is p or t.dep_ == "compound") and roles.get(t.lemma_.lower(), ("", ""))[1] == "position"]
    return list({m.name: Arg(m.name, "Country", "agent", "GOV") for t in titles for c in t.children
                 if c.dep_ in ("poss", "amod") and (m := ctx.mention(c)) is not None and m.type == "Country"}.values())


def _as_actor(actor: Arg) -> Arg:
    """A capital or another place named as an actor is its country ("criticism from Brasilia", "arrested in
    Tehran", "deported from Guangzhou")."""
    home = home_state(actor.name) if actor.type == "Place" else None
    return Arg(home, "Country", "metonym", text=actor.text or actor.name) if home else actor


def _with_backing(b: _Builder, noun) -> None:
    """An act done with someone's backing or help has their support: "the flag was changed by the mayor with
    the backing of the foreign minister", "Syria retook the town with the help of Russia"."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.head.pos_ != "VERB":
        return
    verb = noun.head.head
    entries = [e for e in _triggers(noun) if e.pos == "NOUN" and not e.block and e.predicate in _BACKING]
    if not entries or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    backers = _named_by(b, [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")])
    agents = [syntax.misplaced_object(p) for c in verb.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    doers = [_as_actor(a) for p in agents for t in syntax.expand(p) for a in b.ctx.resolve(t)] if agents else [
        a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)]
    for backer in backers:
        for doer in doers:
            if backer.name != doer.name and doer.type in ACTOR_TYPES:
                b.add(entries[0].predicate, backer, doer, noun, rule=f"backing:{noun.lemma_.lower()}", base=0.7,
                      trigger=entries[0], cameo=entries[0].cameo)


# What one comes "to" someone's side in (_came_to): "came to the defence of Petro", "rushed to Tonga's aid".
_COMING_TO = {"defence": ("supports", "050"), "defense": ("supports", "050"), "aid": ("aids", "070"),
              "rescue": ("aids", "070"), "assistance": ("aids", "070")}
_COMING = frozenset({"come", "rush", "leap", "spring", "jump", "run", "race", "hurry", "step"})


def _came_to(b: _Builder, noun) -> None:
    """One who comes or rushes to someone's defence backs them, to their aid or rescue aids them: "Lopez Obrador
    came to the defence of Petro", "Australia rushed to Tonga's aid"."""
    verb = noun.head.head
    if noun.lower_ not in _COMING_TO or noun.dep_ != "pobj" or noun.head.lower_ != "to" \
            or verb.lemma_.lower() not in _COMING or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    predicate, cameo = _COMING_TO[noun.lower_]
    helped = [c for c in noun.children if c.dep_ == "poss"] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    targets = [a for t in helped for w in syntax.expand(t) for a in b.ctx.resolve(w) if a.type in ACTOR_TYPES]
    for doer in (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t) if a.type in ACTOR_TYPES):
        for target in targets:
            if target.name != doer.name:
                b.add(predicate, doer, target, noun, rule=f"came-to:{noun.lower_}", base=0.7, cameo=cameo)


def _visiting(b: _Builder, token) -> None:
    """Someone who acts on a "visiting" guest meets the guest: "Sisi told visiting Sudanese leader Burhan …",
    "held talks with the visiting Kenyan delegation"."""
    if token.lower_ != "visiting":
        return
    if token.dep_ in ("amod", "compound") and token.head.dep_ in ("dobj", "dative", "pobj"):  # ("the visiting …")
        guest, kinds = token.head, ("Country", "Person")
        verb = guest.head if guest.dep_ != "pobj" else guest.head.head
    elif token.dep_ == "xcomp" and token.i == token.head.i + 1 and not any(
            c.dep_ == "dobj" for c in token.head.children):  # "thanked visiting President Hassan", read as a verb
        guest, kinds, verb = next((c for c in token.children if c.dep_ == "dobj"), None), ("Person",), token.head
    else:
        return
    if guest is None or verb.pos_ != "VERB" or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    guests = [a for t in syntax.expand(guest) for a in b.ctx.resolve(t) if a.type in kinds]
    for host in (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t) if a.type in ("Country", "Person")):
        for visitor in guests:
            b.add("meets", host, visitor, token, rule="visiting", base=0.8, cameo="040")


def _invited(b: _Builder, token) -> None:
    """One who arrives or flies in "at the invitation of" a state, its government or its leader, with no place
    named, visits that state: "Charles, who flew in at the invitation of Mottley's government, held talks …"."""
    if token.lower_ != "invitation" or token.dep_ != "pobj" or token.head.lower_ != "at":
        return
    verb = token.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ARRIVALS | {"come"} or syntax.is_negated(verb) \
            or syntax.modality_of(verb) != "asserted" \
            or any(c.dep_ == "prep" and c.lower_ in ("to", "in", "into") for c in verb.children):
        return  # (a place named is the visit's: "arrived in Beijing at the invitation of Xi")
    lands = {a.name: a for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj" for x in b.ctx.resolve(p) if (a := _state_of(b, x)).type == "Country"}
    for guest in (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t) if a.type in ("Person", "Country")):
        for land in lands.values():
            if _state_of(b, guest).name != land.name:
                b.add("visits", guest, land, token, rule="invited", base=0.75, cameo="042")


def _their_hosts(b: _Builder, token) -> None:
    """Someone whose hosts are of a country is visiting it: "Ruto and his Ethiopian hosts signed three deals",
    "thanked his Vietnamese hosts"."""
    if token.lower_ not in ("host", "hosts") or token.pos_ != "NOUN" \
            or syntax.is_negated(token.head) or syntax.modality_of(token.head) != "asserted":
        return
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    lands = [Arg(span.name, "Country", "possessor") for c in token.children if c.dep_ in ("amod", "compound")
             and (span := b.ctx.mention(c)) is not None and span.type == "Country"]
    for guest in (a for a in (b.ctx.resolve(owner) if owner is not None else ()) if a.type in ("Person", "Country")):
        for land in lands:
            if land.name != guest.name:
                b.add("visits", guest, land, token, rule="hosts", base=0.75, cameo="042")


def _welcomed_to(b: _Builder, verb) -> None:
    """A guest welcomed or received "to" a place visits it: "Macron welcomed Modi to Paris"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECEIVING_GUESTS or syntax.is_negated(verb) \
            or syntax.modality_of(verb) != "asserted":
        return
    places = [a for p in syntax.objects(verb, ("to",)) for a in b.ctx.resolve(p)
              if a.type == "Country" or _located(a)]
    guests = [a for p in syntax.objects(verb, ("dobj",)) for a in b.ctx.resolve(p) if a.type in ("Person", "Country")]
    for guest in guests if places else ():
        for place in places:
            if place.name != guest.name:
                b.add("visits", guest, place, verb, rule="welcomed-to", base=0.75, cameo="042")


_PRESENT = frozenset({"be", "speak"})  # verbs that put their subject where their "in" phrase says (_abroad)


def _abroad(b: _Builder, verb) -> None:
    """A person or official of one country said to be, or speaking, in a city or country of another visits it: "Saudi
    Crown Prince Mohammed bin Salman was in Paris on Friday", "Speaking in Tokyo, Scholz said …" (not "Ruto was in
    Nairobi": his own capital; nor "spoke in Russian")."""
    if verb.lemma_ not in _PRESENT:
        return
    places = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
              if p.dep_ == "pobj" and ((m := b.ctx.mention(p)) is None or m.kind != "demonym")
              for a in b.ctx.resolve(p) if a.type in ("Place", "Country")]
    if not places or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    # (or an official named by office alone: "The Japanese foreign minister is in Manila", for the state)
    for visitor in (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)
                    if a.type == "Person" or a.type == "Country" and a.how == "agent" and a.sector == "GOV"):
        homes = _homes(b.ctx, visitor)
        for place in places:
            if homes and (home_state(place.name) or place.name) not in homes:
                b.add("visits", visitor, place, verb, rule="abroad", base=0.75, cameo="042")


def _unwelcome(b: _Builder, token) -> None:
    """Declaring an envoy persona non grata expels them: a sanction on the envoy's country (CAMEO 166),
    "Peru declared Mexico's ambassador persona non grata" (however the parser reads the Latin)."""
    doc = b.ctx.doc
    if token.lower_ != "grata" or token.i < 2 or doc[token.i - 2].lower_ != "persona":
        return
    verb = next((a for a in token.ancestors if a.lemma_.lower() in _DECLARING), None)
    if verb is None:
        return
    envoy = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if envoy is not None:  # ("the Bolivian ambassador was declared persona non grata by Paraguay": by its agent,
        #                     wherever the parser hangs the "by")
        hosts = [a for t in verb.subtree if t.lower_ == "by" and t.i > token.i for p in t.children
                 if p.dep_ == "pobj" for a in b.ctx.resolve(p)]
        _expel(b, verb, list(envoy.subtree), token, "persona-non-grata", anyone=True, hosts=hosts)
    else:
        _expel(b, verb, doc[verb.i + 1:token.i - 2], token, "persona-non-grata", anyone=True)


def _sent_away(b: _Builder, verb) -> None:
    """Telling an envoy or a country's troops to leave, or giving them hours to, expels them (CAMEO 166): "gave
    Lebanon's ambassador 48 hours to leave", "told the German ambassador to leave the country"."""
    if verb.lemma_.lower() not in LEAVING or not syntax.to_infinitive(verb):
        return
    teller = next((a for a in verb.ancestors if a.lemma_.lower() in TELLING), None)
    if teller is not None:
        told = [c for c in teller.children if c.dep_ in ("dobj", "dative") and c.i < verb.i]
        _expel(b, teller, [t for c in told for t in c.subtree], verb, f"sent-away:{teller.lemma_.lower()}")


def _expel(b: _Builder, verb, window, token, rule: str, *, anyone: bool = False,
           hosts: list[Arg] | None = None) -> None:
    """A sanction by ``verb``'s subject (or ``hosts``) on the country of the envoy named in ``window`` (CAMEO
    166); with ``anyone``, of any person named there ("declared Mexico's president persona non grata")."""
    if syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    # (and a country's forces, mission or inspectors told to leave: "ordered French troops to leave the country",
    # "ordered U.N. weapons inspectors to leave")
    envoys = lexicon().synsets.get("ENVOY", frozenset()) | {"official", "embassy", "attache", "mission", "peacekeeper"} \
        | lexicon().synsets["FORCES"] | lexicon().synsets["MONITORS"]
    titled = any(t.lemma_.lower() in envoys for t in window)

    def named(t) -> bool:  # (anyone: also one named by office only, "declared the Mexican leader persona non grata";
        # and the envoy a title names: "gave ambassador Lars Berg 48 hours to leave", whose state is his office's)
        return (anyone or titled) and t.ent_type_ == "PERSON" \
            or anyone and t.tag_.startswith("NN") and t.lemma_.lower() in lexicon().roles

    if not titled and not any(named(t) for t in window):
        return
    # ("a Russian embassy official", "Venezuela's charge d'affaires", "Serbian ambassador Vladimir Bozovic", "the
    # United Nations special envoy Volker Perthes")
    guests = [s for t in window if t.dep_ in ("poss", "nmod") or t.tag_.startswith("NN") and t.lemma_.lower() in envoys
              or named(t) for a in b.ctx.resolve(t, descend=True)
              if (s := _state_of(b, a)).type in ("Country", "Organization")]
    for host in hosts if hosts is not None else (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)):
        for country in guests[:1]:
            b.add("sanctions", host, country, token, rule=rule, base=0.8, cameo="166")


def _against(b: _Builder, prep) -> None:
    """Being against something opposes it (CAMEO 120): "Vietnam is against China's claims", "most members
    remain firmly against new sanctions"; being in favour of it supports it (050): "Spain is in favour of
    Morocco's autonomy plan"."""
    if prep.dep_ != "prep":
        return
    objects = _prep_objects(prep)
    if prep.lower_ == "against":
        predicate, cameo, rule = "opposes", "120", "against"
    elif prep.lower_ == "in" and objects and objects[0].lemma_.lower() in syntax.FAVOUR:
        predicate, cameo, rule = "supports", "050", "in favour of"
        objects = [p for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_objects(c)]
    else:
        return
    verb = prep.head
    if verb.lemma_.lower() not in syntax.BEING or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    _hold(b, verb, syntax.subjects(verb), objects, predicate, cameo, rule)


# Those who hold a stance, named by it (_stance_holder): "a staunch supporter of Ukraine", "a vocal critic of Kagame".
_HOLDERS = {"supporter": ("supports", "050"), "backer": ("supports", "050"), "proponent": ("supports", "050"),
            "advocate": ("supports", "050"), "champion": ("supports", "050"), "critic": ("criticizes", "111"),
            "opponent": ("opposes", "120"), "foe": ("opposes", "120")}


def _stance_holder(b: _Builder, noun) -> None:
    """One said to be a supporter, backer, critic or opponent of someone holds that stance on them: "Poland is a
    staunch supporter of Ukraine", "… is among the staunchest supporters of Ukraine", "Iran is one of the main
    backers of Hezbollah" (not one only described so: "Slovakia, an opponent of sanctions on Belarus, hosted …",
    background to what the sentence tells)."""
    if (stance := _HOLDERS.get(noun.lemma_.lower())) is None:
        return
    one = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"
    said = noun.head.head if one else noun  # ("one of the backers")
    if said.dep_ == "attr":
        verb = said.head  # "is a supporter of"
    elif said.dep_ == "pobj" and said.head.lower_ == "among":
        verb = said.head.head  # "is among the supporters of"
    else:
        return
    if verb.lemma_.lower() not in syntax.BEING or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    held = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_objects(c)]
    _hold(b, verb, syntax.subjects(verb), held, *stance, f"holder:{noun.lemma_.lower()}")


def _prep_objects(prep) -> list:
    """What a preposition's phrase names: its object, or the doer of its gerund ("against Bulgaria joining the
    Schengen area": Bulgaria, whose act it is)."""
    return [p for p in prep.children if p.dep_ == "pobj"] + [
        s for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG" for s in g.children if s.dep_ == "nsubj"]


def _hold(b: _Builder, verb, holders: list, held: list, predicate: str, cameo: str, rule: str) -> None:
    """A stance of the actors ``holders`` name on what the noun phrases ``held`` name (an unnamed policy when
    they name no one), said by ``verb``'s speaker if reported."""
    speaker = _speaker(b.ctx, verb)
    actors = [a for t in holders for a in b.ctx.resolve(t, speaker=speaker) if a.type in ACTOR_TYPES]
    targets = [a for p in held for t in syntax.expand(p)  # (not the victim of an act: "against any displacement
               for a in b.ctx.resolve(t, speaker=speaker, descend=True, through_of=False)  # of Palestinians")
               ] or [a for p in held if (a := unnamed_policy(p)) is not None]
    for actor in actors:
        for target in targets:
            b.add(predicate, actor, target, verb, rule=rule, base=0.8, cameo=cameo, speaker=speaker)


_DISMAYING = frozenset({"disappoint", "dismay", "outrage", "anger", "appal", "appall", "infuriate", "irk", "incense",
                        "enrage", "offend", "irritate", "annoy", "upset", "displease", "exasperate", "frustrate",
                        "alarm"})
_BY_WHAT = frozenset({"by", "with", "at", "over"})


def _dismayed(b: _Builder, verb) -> None:
    """Being dismayed by someone's act criticizes them (CAMEO 111): "Guterres said he was deeply disappointed
    by Moscow's decision", "Chile was angered by Argentina's vote" (the one who feels it is the subject); so
    does an act that dismays: "Mexico's decision infuriated Lima" (the one who feels it is the object)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DISMAYING or syntax.is_negated(verb) \
            or syntax.modality_of(verb) != "asserted":
        return
    causes = [p for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in _BY_WHAT
              for p in c.children if p.dep_ == "pobj"]
    if verb.tag_ == "VBN" and (verb.dep_ == "acomp" or verb.dep_ == "conj" and verb.head.dep_ == "acomp"):
        felt = syntax.subjects(verb)  # "said he was (surprised and) disappointed by …": the copula's subject
    elif verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):  # (its own subject, not the
        felt = [t for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") for t in syntax.expand(c)]  # agent)
    elif objects := [t for c in verb.children if c.dep_ == "dobj" for t in syntax.expand(c)]:
        # (a participle's, its clause's subject: "Armenia joined the ICC, angering Moscow")
        felt = objects
        causes = [c for c in verb.children if c.dep_ == "nsubj"] or (
            syntax.subjects(verb) if syntax.trailing_participle(verb) else [])
    else:
        return
    rule = f"dismayed:{verb.lemma_.lower()}"
    # "Peru closed its border … Chile said it was disappointed by the closure": whoever did it before (or made
    # the move the sentence before tells: "Trump cancelled his visit … said she was disappointed by the
    # cancellation")
    # (or a pact between others: "… signed a security pact with China. New Zealand was disappointed by the deal")
    told = next(((c, acts) for c in causes if (acts := _told(c, _HOSTILE | _PACTS))), None)
    moved = None if told else next((c for c in causes if _move_told(c)
                                    and not any(g.dep_ == "poss" for g in c.children)), None)
    # (or an act of any kind its noun names again: "Modi visited Arunachal Pradesh … The visit irked China")
    again = None if told or moved is not None else next(
        (c for c in causes if _told(c, _HOSTILE | _COOPERATIVE)), None)
    if told or moved is not None or again is not None:
        speaker = _speaker(b.ctx, verb)
        feeling = [a for t in felt for a in b.ctx.resolve(t, speaker=speaker) if a.type in ACTOR_TYPES]
        # (an act of that kind with no one named to have suffered it is told by its verb: "Hungary vetoed the aid
        # package. The veto angered Kyiv")
        doers = (_answered(b, told[0], feeling, told[1], told=told[0]) or _told_by_verb(b, told[0], feeling)) if told \
            else _move_maker(b, moved, feeling, _HOSTILE) if moved is not None else _told_by_verb(b, again, feeling)
        for doer in doers:
            for who in feeling:
                b.add("criticizes", who, doer, verb, rule=rule, base=0.7, cameo="111", speaker=speaker)
        return
    _hold(b, verb, felt, causes, "criticizes", "111", rule)


# Verdicts: words that judge an act -> the stance, its CAMEO code and the acts it answers. Each is
# (nouns of judgement, or None for any noun; the word sets one of which must qualify the noun, an adjective
# then a verb of a relative clause, or None; adjectives that judge alone).
# Copulas a verdict follows: "… was a violation", "… had become a dictatorship" (not "remain": "would remain close
# friends" is no praise).
_VERDICT_COPULAS = frozenset({"be", "become"})
# Verbs that say what something is, as "be" does (or what one did: "Canada made a big mistake").
_EQUATING = frozenset({"constitute", "represent", "make", "set", "pose"})  # ("… set a dangerous precedent")
_VERDICTS = (("WRONGS", None, "WRONGFUL", "criticizes", "111", _HOSTILE),  # "a violation", "unacceptable"
             ("INSULTS", None, None, "criticizes", "111", _HOSTILE),  # "called Boric a lackey of the empire"
             (None, ("WRONGFUL",), None, "criticizes", "111", _HOSTILE),  # "a despicable act", "a reckless move"
             (None, ("WORTHY", "ESTEEM"), "WORTHY", "praises", "051", _FRIENDLY),  # "a reliable partner",
             #                                                                    "a partner we trust"
             ("FRIENDS", ("KIND",), None, "praises", "051", _FRIENDLY),  # "a good neighbour", "an ironclad friend"
             ("EXEMPLARS", None, None, "praises", "051", _FRIENDLY),  # "a beacon of democracy"
             ("MOVES", ("HEARTENING",), None, "praises", "051", _FRIENDLY),  # "a positive step"
             ("STRIDES", None, None, "praises", "051", _FRIENDLY),  # "a breakthrough"
             ("AIMED_AT", ("FAIR_GAME",), None, "threatens", "130", _HOSTILE),  # "… were now legitimate targets"
             (None, ("UNFOUNDED",), "UNFOUNDED", "opposes", "120", _ANSWERED))  # "said Russia's claims were baseless"


def _verdict_of(noun) -> tuple[str, str, frozenset[str]] | None:
    """The stance a word of judgement takes: a wrong ("a violation", "unacceptable"), a merit ("commendable",
    "a reliable partner": the nouns of merit are only those a praising word qualifies) or a claim rejected
    ("baseless"); an adjective the tagger read as a participle still judges as what something is called
    ("called Germany's plans [shortsighted]"), and so does a noun it read as a verb or an adjective."""
    pos = noun.pos_
    if pos not in ("NOUN", "ADJ", "ADV") and not (pos == "VERB" and noun.dep_ == "oprd"):
        return None
    # (every word of a text is asked: its forms and a noun's qualifiers are read once, not once per row)
    lemma, lower = noun.lemma_.lower(), noun.lower_
    qualifiers = [(c.dep_, c.lower_, c) for c in noun.children if c.dep_ in ("amod", "relcl")] if pos == "NOUN" else []
    for nouns, qualified, adjectives, verbs, alone, verdict in _verdict_table():
        if pos == "NOUN" and (nouns is None or lemma in nouns) and (
                not qualified or any(dep == "amod" and word in adjectives or dep == "relcl"
                                     and c.lemma_.lower() in verbs and not syntax.is_negated(c)
                                     for dep, word, c in qualifiers)) \
                or lower in alone and (pos != "NOUN" or _bare_predicate(noun)) \
                or (pos == "VERB" or pos == "ADJ" and noun.dep_ == "acomp") and not qualified \
                and nouns is not None and lower in nouns:  # ("called the claims lies", "lies" read as a verb;
            return verdict  # "said what Israel is doing is genocide", "genocide" read as an adjective)
    return None


def _bare_predicate(noun) -> bool:
    """Whether a word the tagger read as a noun is an adjective by use: what something is called, with no
    determiner ("called Togo's decision [senseless]", "described the sanctions as [inhuman]")."""
    return (noun.dep_ == "oprd" or noun.dep_ == "pobj" and noun.head.lower_ == "as") \
        and not any(c.dep_ == "det" for c in noun.children)


@cache
def _verdict_table() -> tuple:
    """_VERDICTS with their word sets looked up: (nouns or None, qualified, adjectives, verbs, alone, verdict)."""
    sets = lexicon().synsets

    def words(name: str | None) -> frozenset[str]:
        return sets.get(name, frozenset()) if name else frozenset()

    table = []
    for nouns, qualifiers, alone, predicate, cameo, answers in _VERDICTS:
        adjectives, verbs = (*(qualifiers or ()), None, None)[:2]
        table.append((None if nouns is None else words(nouns), qualifiers is not None, words(adjectives),
                      words(verbs), words(alone), (predicate, cameo, answers)))
    return tuple(table)


def _verdict(b: _Builder, noun) -> None:
    """Calling an actor's act a wrong criticizes the actor, a merit praises it: "Brazil said the Ecuadorean
    action was a clear violation of the Vienna Convention", "Ukraine called Russia's vote a sham", "Peru called
    Chile's decision unacceptable", "Portugal described Angola as a reliable partner" (_VERDICTS)."""
    denied_merit = noun.pos_ == "ADJ" and noun.lower_ in lexicon().synsets.get("PROPER", ())
    if (verdict := _verdict_of(noun) or (("criticizes", "111", _HOSTILE) if denied_merit else None)) is None:
        return
    predicate, cameo, answers = verdict
    found = _judgement(noun)
    if found is None:
        return
    verb, judged = found
    if judged is not None and judged.lower_ == "it" and syntax.trailing_participle(verb) and (
            shared := next((c for c in verb.head.children if c.dep_ == "dobj"), None)) is not None:
        judged = shared  # "condemned the attack, calling it reckless": "it" is what the clause acts on
    negated = syntax.is_negated(verb) or any(c.dep_ == "neg" for c in noun.children)
    if denied_merit and not negated:
        return  # "said China's new map was not acceptable": what is proper judges only when denied
    if judged is not None and judged.dep_ == "csubj":
        judged = syntax.own_subject(judged) or judged  # "What Russia is doing amounts to blackmail": who does it
    # "described the tariffs as an act of aggression by Ecuador", "this is an act of aggression by Azerbaijan"
    # ("a hybrid attack directed by the regime in Minsk": the agent of a participle describing a wrong, when the
    # noun itself names one; not "condemned what they termed unlawful sanctions imposed by the West")
    done_by = _participles(noun) if noun.lemma_.lower() in lexicon().synsets["WRONGS"] else []
    by = _by_phrases((noun, noun.head.head, *done_by)) if noun.pos_ == "NOUN" else []
    named = [a for p in by for a in b.ctx.resolve(p)]
    # ("'This is a provocation,' Serbia said of Croatia's decision": what the words were said of)
    said = syntax.speech_verb(verb) if judged is not None and judged.lower_ in ("this", "that", "it") else None
    named += [a for c in (said.children if said is not None else ()) if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"
              for a in b.ctx.resolve(p, descend=True, through_of=False) if a.type in ACTOR_TYPES]
    # ("'This is an unacceptable violation,' Tanzania said", "called it an act of aggression": the act told before)
    # (not when the words name a doer of their own, known or not: "an attack by the junta")
    pointing = judged is not None and not by and not named and (
        judged.lower_ in ("this", "that") or judged.lower_ == "it" and judged.dep_ == "dobj") \
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    if judged is None or judged.tag_ in ("PRP", "DT", "EX") and judged.lower_ not in ("him", "her", "them") \
            and not (named and judged.lower_ in ("this", "that", "it")) and not pointing \
            or negated != denied_merit \
            or syntax.modality_of(verb) in ("hypothetical", "questioned"):
        return  # ("it is unacceptable that …": no act of anyone's judged)
    judges = [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)] if verb.lemma_.lower() in _JUDGING \
        else _speaker(b.ctx, verb)  # the caller judges; "… was a violation": the speaker
    if verb.lemma_.lower() in _JUDGING and any(c.dep_ == "auxpass" for c in verb.children):
        judges = _by_agents(b.ctx, [verb])  # ("… were described by Moscow as a hostile act": the agent)
    doers = (_answered(b, noun, judges, answers) if pointing else []) or [
        a for a in b.ctx.resolve(judged, descend=True, through_of=False) if a.type in ACTOR_TYPES] or named \
        or ([Arg(span.name, "Country", "name")] if judged.pos_ == "ADJ" and (span := b.ctx.mention(judged))
            and span.kind == "demonym" else [])  # ("called the Chinese drills …", the act read apart from its owner)
    if not doers:  # "called the agreement between Ethiopia and Somaliland a violation": what two did together
        doers = [a for a in _between(b.ctx, [judged]) if a.type in ACTOR_TYPES]
    doers = [a for a in doers if a.name not in {j.name for j in judges}]  # ("… Lithuania called it a farce": not
    #                                                                        its own act, what "it" points back to)
    if not doers and (acts := _told(judged, _ON_TOLD.get(predicate, answers))):
        # "Burundi shut the border … Rwanda called the closure regrettable": whoever did it before
        doers = _answered(b, noun, judges, acts, told=judged)
    if not doers and not _move_told(judged):  # "Colombian soldiers crossed the border … Ecuador said the incursion
        doers = _told_by_verb(b, judged, judges)  # was a violation of its sovereignty": who did what the noun names
    if not doers and (clause := _clause_judged(judged, verb)) is not None:
        # "Algeria recalled its envoy, a move Madrid called regrettable", "Kosovo banned the dinar, a decision
        # Belgrade called illegal": the act of the clause the phrase is set after
        doers = _clause_doers(b.ctx, clause)
    elif not doers and judged.lemma_.lower() in lexicon().synsets["INCIDENTS"] and syntax.points_back(judged.children):
        # "… fired on Cambodian soldiers. Phnom Penh called the shooting a provocation": the last deed told
        doers = _answered(b, judged, judges, answers & _DEEDS, told=judged)
    elif not doers and _move_told(judged):
        if reported := _said_done(b, verb):  # ("Kenya said Mogadishu had auctioned the blocks, calling the move an
            judges, doers = reported  # affront": the speaker judges what the clause reports, wherever the parser
            #                           hangs the participle)
        doers = doers or _answered(b, judged, judges, answers) or _told_by_verb(b, judged, judges) \
            or _moved(b, judged, judges)  # "Chad expelled … Sudan called the decision unjustified"; "after
        # Montenegro voted for … Vucic described the vote as …"; "Venezuela ordered its oil company to issue
        # licences. Guyana called the move a direct threat"
    elif not doers and predicate == "opposes" and judged.lemma_.lower() in syntax.CHARGES \
            and syntax.points_back(judged.children):
        doers = _answered(b, judged, judges)  # "Poland accused Belarus … Minsk said the claims were baseless"
    elif not doers and predicate == "criticizes" and judged.lemma_.lower() in lexicon().synsets["REMARKS"] \
            and syntax.points_back(judged.children) and verb.lemma_.lower() not in _CONDEMNING:
        doers = _answered(b, judged, judges) or _remarks_before(b, judged, judges)  # "… Kathmandu called the
        #   remarks insulting": who made them (whose remarks a third side condemns, the sentence before does not say)
    if not doers and (pointing or judged.lemma_.lower() in lexicon().synsets["ELECTIONS"]
                      and syntax.points_back(judged.children)):
        doers = _poll_holders(b.ctx, judged, judges)  # "Belarus held an election … Lithuania called it a farce"
    for doer in doers:
        for who in judges:
            b.add(predicate, who, doer, noun, rule=f"verdict:{noun.lemma_.lower()}", base=0.7, cameo=cameo,
                  speaker=judges)


_TALLIES = frozenset({"result", "outcome"})  # what a vote gives, judged as the vote is ("rejected the result")


def _poll_holders(ctx: Context, noun, judges: list[Arg]) -> list[Arg]:
    """The state that held the vote ``noun`` names again, told in its sentence or the one before: "Belarus held a
    presidential election", "Russia's election", "the election in Belarus", "according to Kazakhstan's election
    commission", or whose leader won it; other than the judges."""
    polls, own = lexicon().synsets["ELECTIONS"], {a.name for a in judges}
    for told in reversed(ctx.doc[ctx.sentence_before(noun):noun.i]):
        if told.lemma_.lower() not in polls:
            continue
        owner = told.head if told.dep_ == "compound" else told  # ("Kazakhstan's election commission")
        places = [p for c in told.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                  if p.dep_ == "pobj"]
        held = syntax.subjects(told.head) if told.dep_ == "dobj" and told.head.lemma_ == "hold" else []
        # (or whose leader won it: "Putin won 87 percent of the vote", the winner's state)
        share = told.head.head if told.dep_ == "pobj" and told.head.lower_ == "of" else told
        won = syntax.subjects(share.head) if share.dep_ == "dobj" and share.head.lemma_ == "win" else []
        found = [a for t in (*(c for c in owner.children if c.dep_ in ("poss", "amod", "compound")), *places, *held)
                 for a in ctx.resolve(t, descend=True) if a.type == "Country" and a.name not in own]
        found += [Arg(state, "Country") for t in won for a in ctx.resolve(t) if a.type == "Person"
                  for _, state in ctx.positions.get(a.name, [])[:1] if state not in own]
        if found:
            return found[:1]
    return []


def _clause_doers(ctx: Context, clause) -> list[Arg]:
    """Who did what ``clause`` tells: the one allowing, not the one allowed ("allowed Taiwan to open an office in
    Vilnius, a move Beijing called a provocation")."""
    while clause.dep_ == "xcomp" or clause.dep_ == "ccomp" and syntax.to_infinitive(clause):
        clause = clause.head
    return [a for t in syntax.subjects(clause) for a in ctx.resolve(t) if a.type in ACTOR_TYPES]


def _in_what(verb) -> bool:
    """Whether a verb is the clause of a free relative hung by "in" on another clause's verb: "seized a tanker, in
    what Athens [called] an act of piracy"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.dep_ == "prep" and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def _clause_judged(judged, verb):
    """The verb of the clause a verdict set after it judges, or None: "…, a move Madrid called regrettable" (a
    phrase naming a move), "fired a missile into the sea, which Tokyo condemned as a grave threat" (a relative
    clause set off by a comma on the clause's last noun, when that noun names no actor), "…, in what Athens called
    an act of piracy" (a free relative hung on the clause's verb)."""
    if judged.lemma_.lower() in lexicon().synsets["MOVES"] and (judged.dep_ in ("npadvmod", "appos") or (
            judged.dep_ == "dobj" and judged.left_edge.i and judged.doc[judged.left_edge.i - 1].text == ",")):
        head = judged.head  # (or read as a second object: "expelled French troops, a move …")
    elif verb.dep_ == "relcl" and verb.head == judged and any(
            c.dep_ == "dobj" and c.lower_ == "which" and c.doc[c.i - 1].text == "," for c in verb.children):
        head = judged
    elif _in_what(verb):
        head = verb.head.head  # "seized a tanker, in what Athens called an act of piracy"
    else:
        return None
    return head if head.pos_ == "VERB" else syntax.governing_verb(head)


def _blamed(b: _Builder, token) -> None:
    """A clause laying the blame for a harm on an actor criticizes it, when someone reports it: "said Russia
    bore full responsibility for the crisis", "said Moscow was to blame for the violence", "said Kigali was
    responsible for the attack", "said Russia was behind the sabotage", "said Russian officers were involved in the
    blasts"; so does holding it to blame: "held Kabul responsible for the attack" (harms of &HARMS, wrongs of
    &WRONGS; not "took responsibility", a claim of one's own act)."""
    lemma = token.lemma_.lower()
    # (the one held may carry the adjective as its modifier, as parsed: "held [Islamabad responsible] for …")
    holder = token.head.head if token.dep_ == "amod" and token.head.dep_ == "dobj" else token.head
    held = lemma in ("responsible", "accountable") and holder.lemma_ == "hold"  # (as any complement it is parsed)
    if lemma == "responsibility" and token.dep_ == "dobj" and token.head.lemma_.lower() in _BEARING or held:
        verb = holder if held else token.head
    elif lemma == "responsible" and token.dep_ == "acomp" or lemma == "blame" and token.pos_ == "VERB" \
            and syntax.to_infinitive(token) or lemma == "behind" and token.dep_ == "prep":
        verb = token.head if token.head.lemma_ == "be" else None
    elif token.lower_ == "involved" and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        verb = token  # "said Russian officers were involved in the blasts"
    else:
        return
    harms = lexicon().synsets.get("HARMS", frozenset()) | lexicon().synsets.get("WRONGS", frozenset())
    caused = [p for p in token.children if p.dep_ == "pobj"] if lemma == "behind" else [
        p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == ("in" if verb is token else "for")
        for p in prep.children]
    if verb is None or not held and not any(p.lemma_.lower() in harms or p.lower_ in harms for p in caused):
        return  # (holding one responsible blames it for whatever it is: "held Russia responsible for downing …")
    if syntax.is_negated(verb) or syntax.modality_of(verb) in ("hypothetical", "questioned"):
        return
    if held:  # (the holder blames the one held: "Pakistan would hold Kabul …" blames no one yet)
        if syntax.modality_of(verb) != "asserted":
            return
        speaker = [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)]
        subject = next((c for h in (verb, token) for c in h.children if c.dep_ in ("dobj", "nsubj")
                        and c.i > verb.i), None)  # (the one held, or the small clause's subject)
    else:  # (the one involved is the passive's subject)
        speaker = _speaker(b.ctx, verb)
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is token \
            else syntax.own_subject(verb)
    for doer in (a for t in (syntax.expand(subject) if subject is not None else []) for a in b.ctx.resolve(t)):
        for who in speaker:
            b.add("criticizes", who, doer, token, rule=f"blame:{lemma}", base=0.7, cameo="112", speaker=speaker)


def _no_right(b: _Builder, token) -> None:
    """Saying an actor has no right to do something criticizes it (CAMEO 111): "Tanzania said Kenya had no right
    to deport its citizens", "… does not have the right to interfere"."""
    if token.lower_ != "right" or token.dep_ != "dobj" or token.head.lemma_ != "have":
        return
    verb = token.head
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or syntax.is_negated(verb)
    if not denied or syntax.modality_of(verb) in ("hypothetical", "questioned"):
        return
    speaker, subject = _speaker(b.ctx, verb), syntax.own_subject(verb)
    for doer in (a for t in (syntax.expand(subject) if subject is not None else []) for a in b.ctx.resolve(t)):
        for who in speaker:
            b.add("criticizes", who, doer, token, rule="no-right", base=0.7, cameo="111", speaker=speaker)


def _reached_in_talks(b: _Builder, noun) -> None:
    """A deal reached, struck or signed, said in the passive with no doer, binds the parties of the talks it
    came from: "The deal was struck after three days of talks between Ghana and Togo"."""
    if noun.dep_ != "nsubjpass" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().synsets["DEALS"]:
        return
    verb = noun.head
    if verb.lemma_.lower() not in _STRIKING or any(c.dep_ == "agent" for c in verb.children) \
            or any(c.lower_ == "no" for c in noun.children) or syntax.is_negated(verb) \
            or syntax.modality_of(verb) != "asserted":
        return  # (not "No agreement was reached")
    parties = [a for t in verb.subtree if _meeting(t) for a in _noun_actors(b.ctx, t, [], "meets")[1]]
    entry = next((e for e in _triggers(noun) if e.predicate == "agrees"), None)
    for a, o in permutations(dict.fromkeys(parties), 2):
        if a.name != o.name:
            b.add("agrees", a, o, noun, rule=f"reached:{noun.lemma_.lower()}", base=0.7, trigger=entry,
                  cameo=entry.cameo if entry else "057")


def _obligation(b: _Builder, verb) -> None:
    """ "Iraq must hand over the suspects, Kuwait's foreign minister said": a demand by the speaker on
    the one who must act (never on the speaker's own side, "both sides" or "we")."""
    if verb.pos_ != "VERB":
        return
    if any(c.dep_ == "aux" and c.lemma_.lower() in _OBLIGATIONS for c in verb.children):
        _on_subject(b, verb, "demands", "obligation:must", "100")
    elif (verb.lemma_.lower() in _STOPPING or any(_type_of(e.cameo) == "RETREAT" for e in _triggers(verb))) \
            and any(c.dep_ == "aux" and c.lower_ == "should" for c in verb.children):
        # "Lin said the Philippines should stop its provocations": what someone should stop is demanded of them,
        # and so is what they should give up ("Ghana said Togo should release the detained traders")
        _on_subject(b, verb, "demands", "obligation:should", "100")


def _reprisal(b: _Builder, verb) -> None:
    """ "Yoon warned that the North's provocations would meet a resolute response", "… would be met with a
    befitting response": a speaker who says someone will face reprisals threatens them (CAMEO 130), though
    the reprisal is still to come."""
    if verb.lemma_.lower() not in _FACING or syntax.is_negated(verb):
        return
    reprisals = lexicon().synsets.get("REPRISALS", frozenset())
    met_with = any(p.lower_ in reprisals for p in syntax.objects(verb, ("with",))) and any(
        c.dep_ == "auxpass" for c in verb.children)
    if met_with or _object_has(verb, "REPRISALS"):
        _on_subject(b, verb, "threatens", f"reprisal:{verb.lemma_.lower()}", "130", descend=True)


def _with_will(verb) -> bool:
    """Whether a verb is told as still to come, by "will" or "would" ("Togo would regret it")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.children)


def _reprisal_if(b: _Builder, verb) -> None:
    """ "Russia said there would be a military-technical response if Sweden joined NATO": a speaker who says a
    reprisal will come if someone acts threatens them (CAMEO 130)."""
    if verb.lemma_.lower() != "be" or syntax.is_negated(verb) or not _with_will(verb) \
            or not any(c.dep_ == "expl" for c in verb.children) \
            or not any(c.dep_ == "attr" and c.lower_ in lexicon().synsets["REPRISALS"]
                       and not any(d.lower_ == "no" for d in c.children) for c in verb.children):
        return  # (not "there would be no response")
    speaker = _speaker(b.ctx, verb)
    own = _and_offices(b.ctx, speaker)
    for who in _conditioned(b.ctx, verb, None):
        if who.type in ACTOR_TYPES and who.name not in own:
            for by in speaker:
                b.add("threatens", by, who, verb, rule="reprisal:if", base=0.7, cameo="130", speaker=speaker)


_RUING = frozenset({"regret", "rue"})  # what one will regret is what one will be made to pay for (_ruing)


def _ruing(b: _Builder, verb) -> None:
    """ "Ghana said Togo would regret any move to close the border": a speaker who says someone will regret an act
    threatens them (CAMEO 130), as one who says they will pay for it does (_reprisal)."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _RUING and verb.dep_ == "ccomp" and not syntax.is_negated(verb) \
            and _with_will(verb):
        _on_subject(b, verb, "threatens", f"reprisal:{verb.lemma_.lower()}", "130")


# Verbs by which a speaker foretells harm (_harm_foretold): "warned that …", "vowed that Israel would be punished",
# "said Taiwan's independence forces would be crushed".
_FORETELLING = frozenset({"warn", "threaten", "vow", "swear", "say", "declare"})


def _harm_foretold(b: _Builder, verb) -> None:
    """ "Pyongyang warned that Seoul would be turned into a sea of fire", "… warned that any ship entering the zone
    would be attacked": a speaker who foretells harm that will be done to someone threatens them (CAMEO 138; the
    verbs of &DESTROYING, or a turning into &RUIN; 137, repression, for a verb of coercion: "would be arrested")."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _FORETELLING \
            or not any(c.dep_ == "auxpass" for c in verb.children) or syntax.is_negated(verb) or not _with_will(verb):
        return
    sets = lexicon().synsets
    lemma = verb.lemma_.lower()
    if lemma in sets.get("DESTROYING", ()) or lemma == "turn" and any(
            p.lower_ in sets.get("RUIN", ()) for t in syntax.objects(verb, ("into",)) for p in t.subtree):
        _on_subject(b, verb, "threatens", f"foretold:{lemma}", "138", descend=True)
    elif any(e.cameo[:2] == "17" for e in lexicon().triggers.get((lemma, "VERB"), ()) if not e.block):
        # "warned that Taiwanese separatists would be arrested": repression foretold (CAMEO 137, a verb of 17)
        _on_subject(b, verb, "threatens", f"foretold:{lemma}", "137", descend=True)


def _retaliation(b: _Builder, verb) -> None:
    """ "The Taliban would respond if Dushanbe armed the rebels", "Moscow will respond to the expulsion by
    Moldova": one who says it will answer an act threatens its doer (CAMEO 130)."""
    answering = verb.lemma_.lower() in _ANSWERING or verb.lemma_.lower() in _STRIKING_BACK \
        and syntax.has_particle(verb, "back")  # ("would hit back hard if Hezbollah attacked")
    if verb.pos_ != "VERB" or not answering or syntax.is_negated(verb) \
            or syntax.modality_of(verb) not in ("intended", "conditional"):
        return
    sets = lexicon().synsets
    acts = sets.get("WRONGS", frozenset()) | sets.get("MOVES", frozenset()) | lexicon().patients
    answered = [t for t in syntax.objects(verb, ("to", "against", "dobj"))  # (an act: not "answer the letter")
                if t.lemma_.lower() in acts or t.pos_ == "NOUN" and _triggers(t)]
    targets = [a for t in syntax.objects(verb, ("if",)) for a in b.ctx.resolve(t)] or [
        a for t in answered for a in b.ctx.resolve(t, descend=True, through_of=False)]
    if not any(a.type in ACTOR_TYPES for a in targets):  # ("would respond to NATO's expansion", a policy: the
        targets = [Arg(m.name, m.type, "possessor") for t in answered for c in t.children  # body named in it)
                   if c.dep_ == "poss" and (m := b.ctx.nested_in(c)) is not None and m.type in ACTOR_TYPES] or targets
    if not targets and verb.lemma_.lower() in _STRIKING_BACK:  # "vowed to strike back at Israel": at whom
        targets = [a for t in syntax.objects(verb, ("at",)) for a in b.ctx.resolve(t) if a.type in ACTOR_TYPES]
    speaker = _speaker(b.ctx, verb)
    actors = [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t, speaker=speaker)]
    # "Moscow expelled … Tallinn would respond in kind"; "… would answer with duties of its own if the tariffs took
    # effect": an act told before, named again
    if not targets and all(syntax.points_back(t.children) and (t.lemma_.lower() in acts or _triggers(t))
                           for t in syntax.objects(verb, ("to", "against", "dobj", "if"))):
        targets = _answered(b, verb, actors, _HOSTILE)
    for actor in actors:
        for target in targets:
            b.add("threatens", actor, target, verb, rule=f"retaliation:{verb.lemma_.lower()}", base=0.7,
                  cameo="130", speaker=speaker)


def _returned_fire(b: _Builder, verb) -> None:
    """Returning fire fights the one who fired: "Thai troops returned fire after Cambodian soldiers opened fire on
    a patrol", "… shelled Indian posts. Indian troops returned fire" (CAMEO 190, at the doers of the clause it
    follows, else at the last who assaulted the one returning it)."""
    if syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted" or not any(
            o.lemma_.lower() in lexicon().synsets["FIRE"] for o in syntax.objects(verb, ("dobj",))):
        return
    speaker = _speaker(b.ctx, verb)
    actors = [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t, speaker=speaker)]
    names = {a.name for a in actors}
    firing = [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("after", "when", "as") for m in c.children)]
    targets = [a for c in firing for t in syntax.subjects(c) for a in b.ctx.resolve(t)
               if a.type in ACTOR_TYPES and a.name not in names] \
        or _answered(b, verb, actors, frozenset({"ASSAULT"}), done_to=True)
    for actor in actors:
        for target in targets:
            b.add("attacks", actor, target, verb, rule="returned-fire", base=0.7, cameo="190", speaker=speaker)


def _did_the_same(b: _Builder, verb) -> None:
    """Doing "the same" or likewise, following suit, or "as did" someone, repeats the act told before with a new
    doer: "France recognised the Palestinian state; Spain did the same", "Mali quit the bloc and Niger followed
    suit", "Pakistan condemned Israel, as did China" (the act of the clause it follows, or of the sentence before:
    its verb's, else those of the words it governs, "Mali announced its exit from the G5 Sahel")."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    the_same = doc[verb.i + 1:verb.i + 3].text.lower() == "the same"
    same = lemma == "do" and (the_same or any(c.lower_ == "likewise" for c in verb.children)) \
        or lemma == "follow" and any(c.dep_ == "dobj" and c.lower_ == "suit" for c in verb.children)
    echoing = lemma == "do" and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                                              for c in verb.children)
    if not (same or echoing) or syntax.is_negated(verb):
        return
    number = b.ctx.sentence_number(verb)
    after = verb.dep_ == "conj" and verb.head.i < verb.i  # ("…, and the Philippines followed suit")
    told = verb.head if echoing or after else next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")
                                                    and c.i < verb.i), None) or (
        b.ctx.sentences[number - 1].root if number > 0 else None)
    if told is None:
        return
    start = b.ctx.sentence(told).start_char
    acts = [r for r in b.relations if r.start == start and r.factual and not r.rule.startswith("derived:") and (
        lexicon().predicates[r.predicate].kind != "state" or r.rule.startswith("verb:"))]  # (and "joined NATO")
    acts = [r for r in acts if r.trigger == told.text] or [r for r in acts if r.trigger in {
        t.text for t in told.subtree if t.i < verb.i}]
    for doer in (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t) if a.type in ACTOR_TYPES):
        for r in acts:
            b.add(r.predicate, doer, Arg(r.object, r.object_type), verb, rule=f"same:{r.rule.partition(':')[2]}",
                  base=0.7, cameo=r.cameo, modality=syntax.modality_of(verb))


_TAKING_PART = frozenset({"attend", "participate", "take"})  # ("took part")


def _meeting_sides(b: _Builder, noun) -> list[Arg]:
    """Who hold the meeting ``noun`` names in its own sentence: its hosts ("Ghana hosted a summit", "the talks were
    hosted by Qatar")."""
    verb = noun.head
    if verb.lemma_.lower() not in _HOSTING or noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    return _by_agents(b.ctx, [verb]) if noun.dep_ == "nsubjpass" \
        else [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)]


def _told_again(noun, before) -> bool:
    """Whether a meeting's noun tells again one the sentence ``before`` tells, by its noun or its verb: "the
    talks" after "held talks", "the meeting" after "met" (not "the summit" after "co-chaired the meeting")."""
    lemma = noun.lemma_.lower()
    return any(c.lower_ in ("the", "that", "this") for c in noun.children) and any(
        t.lemma_.lower() == lemma if t.pos_ == "NOUN" else t.pos_ == "VERB" and lemma.startswith(t.lemma_.lower())
        for t in before)


def _took_part(b: _Builder, verb) -> None:
    """Taking part in a meeting is meeting those who hold it: its hosts in the sentence ("Kenya hosted the talks,
    which were attended by Uganda"), else the sides and hosts of the meeting told in the sentence before, when the
    meeting is unnamed or told again ("Ghana hosted a summit in Accra. Togo and Benin took part"; CAMEO 040); and
    hosting or chairing a meeting told again is meeting its sides ("Chile and Peru met in Lima. The meeting was
    hosted by Boric"). Those who took part meet no one else by this rule; a meeting's own words name whom it was
    with."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part"
                                                          for c in verb.children) \
            or syntax.is_negated(verb) or syntax.modality_of(verb) != "asserted":
        return
    passive = any(c.dep_ == "auxpass" for c in (verb.head if verb.dep_ == "conj" else verb).children)
    hosting = lemma in _HOSTING
    if hosting:  # (the meeting hosted, or that of the verb it is coordinated with: "hosted by … and chaired by …")
        noun = next((c for v in (verb, verb.head) for c in v.children if c.dep_ in ("dobj", "nsubjpass")
                     and _meeting(c) and (v == verb or verb.dep_ == "conj")), None)
        if noun is None:
            return
    else:
        held = syntax.objects(verb, ("dobj",) if lemma == "attend" else ("in",))
        noun = verb.head if verb.dep_ == "relcl" and (passive or not held) else next(iter(held), None)
    if noun is not None and (not _meeting(noun) or syntax.objects(noun, ("with", "between"))):
        return
    doers = _by_agents(b.ctx, [verb]) if passive else [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)]
    sides = _meeting_sides(b, noun) if noun is not None and not hosting else []
    number = b.ctx.sentence_number(verb)
    before = b.ctx.sentences[number - 1] if number > 0 else None
    if not sides and before is not None and (noun is None or _told_again(noun, before)):
        sides = [Arg(name, kind) for r in b.relations if r.start == before.start_char and r.predicate == "meets"
                 and r.factual and not r.rule.startswith("derived:")
                 for name, kind in ((r.subject, r.subject_type), (r.object, r.object_type))]
        sides += [a for t in before if _meeting(t) for a in _meeting_sides(b, t)]
    named = {d.name for d in doers}
    for doer in (d for d in doers if d.type in ACTOR_TYPES):
        for side in {a.name: a for a in sides if a.name not in named and a.type in ACTOR_TYPES}.values():
            b.add("meets", doer, side, verb, rule=f"attended:{lemma}", base=0.7, cameo="040")

_WARNING = frozenset({"threaten", "warn"})


def _ultimatum(b: _Builder, verb) -> None:
    """A threat made unless someone acts demands that act of them: "Turkey threatened to block Finland's bid
    unless Helsinki extradited the militants" (CAMEO 100; the threat is coded by its own trigger)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _WARNING or syntax.is_negated(verb) \
            or syntax.modality_of(verb) != "asserted":
        return
    clauses = [c for h in (verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))) for c in h.children
               if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)]
    targets = [a for c in clauses if (s := syntax.own_subject(c)) is not None for t in syntax.expand(s)
               for a in b.ctx.resolve(t) if a.type in ACTOR_TYPES]
    if not targets:
        return
    speaker = _speaker(b.ctx, verb)
    for actor in (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t, speaker=speaker)):
        for target in targets:
            b.add("demands", actor, target, verb, rule=f"ultimatum:{verb.lemma_.lower()}", base=0.7, cameo="100",
                  speaker=speaker)


_FUTURE = frozenset({"will", "would", "'ll"})


def _until(b: _Builder, mark) -> None:
    """A state said to be kept until another acts demands that act of them: "the border would stay closed until
    Rwanda handed over the men", "will not send its envoy back until Togo apologises" (CAMEO 100), and so does an
    act refused unless another acts ("would not attend the talks unless Turkey withdrew its troops"); of the one
    who keeps it, else of the one who says so."""
    clause = mark.head
    verb = clause.head
    if mark.dep_ != "mark" or clause.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children) \
            or mark.lower_ == "unless" and not any(c.dep_ == "neg" for c in verb.children) \
            or (subject := syntax.own_subject(clause)) is None:
        return
    targets = [a for t in syntax.expand(subject) for a in b.ctx.resolve(t) if a.type in ACTOR_TYPES]
    speaker = _speaker(b.ctx, verb)
    keepers = [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t, speaker=speaker) if a.type in ACTOR_TYPES]
    for actor in keepers or speaker:
        for target in targets:
            if actor.name != target.name:
                b.add("demands", actor, target, verb, rule="until", base=0.7, cameo="100", speaker=speaker)


# Nouns of asking that an act is done "at": "at the request of the United States", "at Washington's behest".
_REQUESTS = frozenset({"request", "behest", "urging"})


def _at_request(b: _Builder, noun) -> None:
    """Who an act is done at the request of asked its doer for it (CAMEO 020): "Saudi Arabia raised oil output at
    the request of the United States", "… at Washington's behest", "agreed to … at the request of"; not an act
    only planned or talked of."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "upon", "on"):
        return
    verb = noun.head.head
    if verb.pos_ in ("NOUN", "PROPN"):  # (hung on the verb's object: "agreed to host the talks [at] Colombia's …")
        verb = syntax.governing_verb(verb) or verb
    told = verb
    while told.dep_ == "xcomp":  # ("agreed to raise output at the request of …": asked, whatever was agreed)
        told = told.head
    if verb.pos_ not in ("VERB", "AUX") or syntax.is_negated(told) or syntax.modality_of(told) != "asserted":
        return
    askers = [a for c in noun.children if c.dep_ == "poss" for a in map(_as_actor, b.ctx.resolve(c))] + _named_by(
        b, [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"])
    speaker = _speaker(b.ctx, verb)
    doers = [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t, speaker=speaker) if a.type in ACTOR_TYPES]
    for asker in (a for a in askers if a.type in ACTOR_TYPES):
        for doer in doers:
            if asker.name != doer.name:
                b.add("urges", asker, doer, noun, rule=f"request:{noun.lemma_.lower()}", base=0.7, cameo="020")


_WARNING_TOLD = frozenset({"tell", "warn", "remind", "inform"})  # verbs whose object hears what it must do


def _on_subject(b: _Builder, verb, predicate: str, rule: str, cameo: str, *, descend: bool = False) -> None:
    """The speaker of a clause acts on its subject (never on the speaker's own side, a group or "we")."""
    speaker = _speaker(b.ctx, verb)
    subject = syntax.own_subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if not speaker or subject is None:
        return
    own = _and_offices(b.ctx, speaker)
    # ("told Hungary it must respect …": the one told, whom the clause's pronoun stands for)
    told = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")] \
        if subject.lower_ in ("it", "they", "he", "she") and verb.dep_ == "ccomp" \
        and verb.head.lemma_.lower() in _WARNING_TOLD else []
    for who in [a for t in told for a in b.ctx.resolve(t)] or b.ctx.resolve(subject, descend=descend):
        if who.name not in own and (told or who.how not in ("group", "pronoun")):
            for by in speaker:
                b.add(predicate, by, who, verb, rule=rule, base=0.7, cameo=cameo, speaker=speaker)


# Stances a speaker may report as a wrong: backing or arming rebels ("Kinshasa said Rwanda was backing the M23").
_WRONGFUL_BACKING = frozenset({"supports", "aids"})


def _accused_backing(b: _Builder) -> None:
    """Backing a speaker reports as a wrong of the backer's (accusations.tsv: "said Rwanda was backing the M23
    rebels") is alleged, as a charge makes it ("charged that Azerbaijan is backing Hamas"): the accusation is
    the event."""
    accused = {(r.start, r.object, r.trigger) for r in b.relations if r.rule.startswith("accusation:")}
    b.relations[:] = [replace(r, modality="alleged", factual=False)
                      if r.predicate in _WRONGFUL_BACKING and (r.start, r.subject, r.trigger) in accused else r
                      for r in b.relations]


_NOUNS, _VERBS = frozenset({"NOUN", "PROPN"}), frozenset({"VERB"})
# The rules asked of every word, in order, each with what a word it can start from is: a part of speech, or the
# word's form or lemma (each rule checks the rest; a word that is none of these is not offered to it).
_PER_TOKEN = (
    (_accusation, _VERBS), (_named_wrong, _NOUNS), (_verdict, frozenset({"NOUN", "PROPN", "ADJ", "ADV", "VERB"})),
    (_charge_denied, _NOUNS), (_attacked_from, _NOUNS), (_brought_together, frozenset({"bring"})),
    (_blamed, frozenset({"responsibility", "responsible", "accountable", "blame", "behind", "involved"})),
    (_no_right, frozenset({"right"})), (_reached_in_talks, _NOUNS), (_against, frozenset({"against", "in"})),
    (_dismayed, _DISMAYING), (_drawn, _NOUNS), (_with_backing, _NOUNS), (_came_to, frozenset(_COMING_TO)),
    (_stance_holder, frozenset(_HOLDERS)),
    (_visiting, frozenset({"visiting"})),
    (_on_a_call, _CALLS), (_unwelcome, frozenset({"grata"})), (_abroad, _PRESENT), (_welcomed_to, _RECEIVING_GUESTS),
    (_their_hosts, frozenset({"host", "hosts"})), (_invited, frozenset({"invitation"})), (_sent_away, LEAVING),
    (_received, _RECEIVING), (_aid_arrived, _ARRIVING), (_sighted, _SIGHTING), (_welcome_given, _GREETINGS),
    (_obligation, _VERBS), (_reprisal, _FACING), (_reprisal_if, frozenset({"be"})), (_ruing, _RUING),
    (_retaliation, _VERBS), (_ultimatum, _WARNING),
    (_until, frozenset({"until", "unless"})),
    (_did_the_same, frozenset({"do", "follow"})), (_took_part, _TAKING_PART | _HOSTING), (_harm_foretold, _VERBS),
    (_refused, frozenset({"refuse", "decline"})),
    (_represented, frozenset({"represent"})), (_returned_fire, frozenset({"return"})), (_at_request, _REQUESTS),
)


def find_relations(doc, ctx: Context, *, published: str | None, dateline: Dateline | None = None) -> list[Relation]:
    """Every relation stated in ``doc`` (positions first, so that role references can use them)."""
    lead_date = next((d for sent in ctx.sentences[:2] if (d := sentence_date(ctx.dates(sent), published))), None)
    builder = _Builder(ctx, published, lead_date, dateline)
    find_positions(builder, doc)
    for token in doc:
        for entry in sorted(_triggers(token), key=lambda e: e.predicate):
            _fire(builder, token, entry)
        keys = (token.pos_, token.lower_, token.lemma_.lower())
        for rule, starts in _PER_TOKEN:
            if not starts.isdisjoint(keys):
                rule(builder, token)
    _visits_from_meetings(builder)
    _accused_backing(builder)
    # The same statement found by two rules counts once ("issued a warning": the verb and the noun);
    # the project's own lexicon goes before the event-data dictionary.
    unique: dict[tuple, Relation] = {}
    typed: set[tuple] = set()  # (and a dictionary verb adds no second event of a type already found there)
    for rel in sorted(builder.relations, key=lambda r: r.rule.startswith("cameo:")):
        same_type = (rel.plover, rel.subject, rel.object, rel.start, rel.modality)
        if rel.rule.startswith("cameo:") and same_type in typed:
            continue
        typed.add(same_type)
        unique.setdefault((rel.predicate, rel.subject, rel.object, rel.start, rel.modality), rel)
    return sorted(unique.values(), key=builder.relations.index)


def _acting_place(b: _Builder, rel: Relation) -> bool:
    """The dateline's city, which the sentence names only as an actor ("… without consulting Bamako")."""
    doc = b.ctx.doc
    return b.dateline is not None and rel.place == b.dateline.place and any(
        m.kind == "metonym" and rel.start <= doc[m.start].idx < rel.end and doc[m.start:m.end].text == rel.place
        for m in b.ctx.mentions)


def _coded_home(code: str | None, kind: str) -> set[str]:
    """The country of a person's or group's actor code ("TURGOV": Turkey, "PSEREBHMS": Palestine), as a set of none
    or one."""
    home = country_named(code[:3]) if code and kind in ("Person", "Organization") else None
    return {home} if home else set()


def _met_visiting(rel) -> bool:
    """Whether the sentence names the one met as "visiting" ("met with visiting Kazakh President Tokayev"; not
    "visiting Russia for talks with Putin": the words between name no one's title)."""
    name = re.escape(rel.object.split()[-1])
    return re.search(rf"\bvisiting\s+(?:(?!(?:for|with|to|in|and)\b)[^\s,;]+\s+){{0,5}}{name}\b",
                     rel.sentence) is not None


# Discussing by telephone (CAMEO 041), where no one travels: "received a phone call from Erdogan".
_BY_PHONE = "041"
# A visit told with no destination: "on a three-day visit", "during a state visit" (not "a visit to Lima", nor
# "during that visit", one told before, to wherever it went).
_UNPLACED_VISIT = re.compile(r"(?<!\bthat )(?<!\bthis )(?<!\bthe )\b(?:visit|trip|tour)\b(?!\s+(?:to|of|by)\b)")


def _state_at(place: str) -> str | None:
    """The country a capital, country, region or city is in (None for a place the gazetteer does not know)."""
    return capitals().get(place) or (place if country_code(place) else state_of_place(place)) \
        or ((city := locate(place)) is not None and country_named(city.country)) or None


# Envoys who live where they are posted: a state met through one of them did not come ("special envoys" travel).
_RESIDENT = frozenset({"ambassador", "ambassadors", "commissioner", "consul", "charge", "chargé", "d'affaires"})


def _visits_from_meetings(b: _Builder) -> None:
    """Meeting someone in a foreign capital, city or country is visiting it (a person's country is known
    from their office; a country meeting abroad is its delegation)."""
    seats = capitals()
    for rel in list(b.relations):
        # "met visiting Kazakh President Tokayev": the one met came, to the place the story is filed from or the
        # host's state
        visiting = rel.predicate == "meets" and rel.subject_type == "Person" and _met_visiting(rel)
        told = bool(rel.place) and rel.place in rel.sentence
        filed = b.dateline is not None and rel.place == b.dateline.place and not told  # (no place but the dateline)
        hosts = {c for _, c in b.ctx.positions.get(rel.subject, [])} if rel.predicate == "meets" \
            and rel.subject_type == "Person" and (visiting or rel.cameo == "043" and (not rel.place or filed)) \
            else set()
        hosted = len(hosts) == 1 and not told or visiting and bool(rel.place) and not hosts
        if hosted and hosts:  # "Mongolia's President Khurelsukh hosted Putin", no place said: the guest came to
            rel = replace(rel, place=hosts.pop())  # the host's state
        signed = rel.predicate == "agrees" and rel.cameo == "057" and rel.subject_type == rel.object_type == "Person"
        # (a meeting told with a visit of no destination, under a dateline, is where the story is filed from:
        # "NAIROBI - Modi, on a three-day visit, met Ruto")
        visit_filed = filed and _UNPLACED_VISIT.search(rel.sentence) is not None
        if rel.predicate != "meets" and not signed or not rel.place or _acting_place(b, rel) \
                or rel.cameo == _BY_PHONE \
                or rel.place not in rel.sentence and not hosted and not visit_filed:
            continue  # (a dateline's place is where the story was filed, not where the meeting was; two people who
            #          sign a pact in a place meet there: "Prabowo and Marles inked the deal in Canberra")
        # (a venue the gazetteer does not know is in the city the story is filed from: "met … at the National
        # Palace" under a MEXICO CITY dateline)
        place = rel.place if _state_at(rel.place) or b.dateline is None or not b.dateline.place else b.dateline.place
        if (home := _state_at(place)) is None:
            continue
        where = (place, "Place") if place in seats else (home, "Country")
        # (a person's country is known from an office the story names, else from the dictionary's code for them)
        sides = [(guest, kind, {guest} if kind == "Country" else {c for _, c in b.ctx.positions.get(guest, [])}
                  or _coded_home(code, kind))
                 for guest, kind, code in ((rel.subject, rel.subject_type, rel.subject_code),
                                           (rel.object, rel.object_type, rel.object_code))]
        if all(homes and home not in homes for _, _, homes in sides):
            continue  # (two sides meeting where neither is at home: a venue, not a visit to the host)
        for (guest, kind, homes), text in zip(sides, (rel.subject_text, rel.object_text)):
            if kind == "Country" and text and text.lower().split()[-1] in _RESIDENT:
                continue  # ("met the Zambian high commissioner in Lilongwe": an envoy posted there, no visitor)
            if homes and home not in homes:
                plover = plover_of("042")
                b.relations.append(replace(
                    rel, subject=guest, subject_type=kind, predicate="visits", object=where[0],
                    object_type=where[1], mode=None, cameo="042", rule="derived:meeting-abroad",
                    confidence=round(rel.confidence - 0.1, 2), plover=plover.type, plover_mode=plover.mode,
                    plover_context=plover.context, subject_code=actor_code(b.ctx, Arg(guest, kind), rel.date),
                    object_code=None, subject_text=None, object_text=None,
                ))
