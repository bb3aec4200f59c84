"""Positions and memberships: "Russian President Vladimir Putin", "Wang Yi, a member of the Political
Bureau …", "his Russian counterpart, Sergey Lavrov", "elected as General Secretary of the CPC Central
Committee", "as permanent members of the UN Security Council, China and Russia …"."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import syntax
from kg.extract.codes import (STATE_SECTORS, country_named, dictionary_record, home_state, office_state,
                              state_of_place)
from kg.extract.entities import canonical, of_a_people_elsewhere
from kg.extract.lexicon import actor_records, capitals, lexicon
from kg.extract.resolve import BODY_ANAPHORS, SETTING_OFF, Arg

__all__ = ["find_positions"]

_WINDOW = 14  # tokens before a name that may hold its title ("Chairman of State Affairs of the DPRK …")
# What one takes up when taking a post, the object of "took office as …", "took the oath as …"
_TAKEN_UP = frozenset({"office", "power", "post", "helm", "reins", "oath", "charge", "seat", "role", "duty", "duties"})
# Prepositions inside a title that name where an envoy is sent, not whom the office belongs to.
_ACCREDITED = frozenset({"to", "for", "on"})
# Roles held for a country at a body, or in another country.
_POSTED = frozenset({"Ambassador", "Envoy", "Special Envoy", "Charge d'Affaires"})
_RECALLING = frozenset({"recall", "withdraw"})  # verbs by which a state calls its own envoy home
_SENDING_HOME = frozenset({"order", "call", "summon", "bring"})  # ... with "home"
_SENDING_OFF = frozenset({"expel", "summon", "eject"})  # verbs by which a state acts on another's envoy
# … or tells one to leave ("gave the envoy 48 hours to leave": also read by relations)
TELLING = frozenset({"give", "tell", "ask", "instruct", "order"})
LEAVING = frozenset({"leave", "depart", "quit", "go"})
# Titles whose "for" names the employer: "a spokeswoman for Pakistan's Foreign Office".
_SPEAKS_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "negotiator"})
_COPULAS = frozenset({"be", "become", "remain"})  # "Pakistan is / remains a member of the SCO"
# Nouns that name a body's members: "ECOWAS members Nigeria and Ghana", "EU member states, including …".
# Words by which a body's member is named ("NATO allies Turkey and Greece"; a body's chair is one: "Thailand, the
# current chair of ASEAN,", "ASEAN chair Laos")
_MEMBER_WORDS = frozenset({"member", "members", "states", "ally", "allies", "chair"})
# Verbs by which a body names its members: "the GCC, which groups Saudi Arabia, Kuwait and Qatar".
_GROUPING = frozenset({"group", "comprise", "include", "unite"})
_FOUNDED = frozenset({"form", "found", "create", "establish", "launch"})
# Verbs of leading a body, and the title they give its leader.
_LEADS = {"lead": "Leader", "head": "Head", "chair": "Chair", "rule": "Ruler", "govern": "Leader"}
_HOLDING = frozenset({"hold", "assume", "take"})  # "holds / assumed / took over the presidency of"
_PRESIDENCIES = frozenset({"presidency", "chairmanship", "chair"})
_LEADING_CLAUSES = frozenset({"ROOT", "conj", "ccomp", "relcl"})  # clauses whose subject leads what they name
_GUEST_BODIES = frozenset({"delegation", "delegations", "mission", "team"})
# Nouns for a state's people in office, whom a titled name may be listed among ("U.S. officials, including …").
_GROUPS_OF_OFFICIALS = _GUEST_BODIES | frozenset({"official", "minister", "leader", "diplomat", "negotiator",
                                                   "envoy", "representative", "dignitary"})
# Words before a title that say it is no longer held, or that it is no office of a state.
# ("self-proclaimed", "self-styled": a claim to the office)
_NOT_HELD = frozenset({"former", "ex", "late", "previous", "ousted", "deposed", "toppled", "overthrown", "slain",
                       "assassinated", "self", "proclaimed", "styled"})
# Words before a title that say how it is held, which the parser may read as verbs ("acting high commissioner").
_HOLDING_AS = frozenset({"acting", "interim", "caretaker", "outgoing", "incoming"})
# Offices whose holders act at home: one speaking in a capital holds the office of its country.
_DOMESTIC = frozenset({"interior", "home", "justice", "information", "attorney", "police", "senate"})
# Sectors of the dictionary's records of people in office ("Ethiopia's Abiy Ahmed"): government, military,
# elite, legislature.
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "ELI", "LEG"})
_NON_STATE = frozenset({"opposition", "rebel", "rebels", "militant", "militia", "insurgent", "separatist", "gang",
                        "guerrilla", "exiled", "dissident",
                        # a people or a faith within a state: "Bosnian Serb leader", "Iraqi Kurdish leader"
                        "serb", "croat", "kurdish", "kurd", "tamil", "tutsi", "hutu", "uighur", "uyghur", "pashtun",
                        "shiite", "shi'ite", "sunni", "druze"})
_GLUE = {"and", "'s", "’s", "-", "of", "the", "for", "to"}


@cache
def _titles() -> tuple[tuple[str, re.Pattern, str, str, str], ...]:
    lex = lexicon()
    roles = sorted(lex.roles.items(), key=lambda item: -len(item[0]))
    return tuple((title, re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w-])"), role, kind,
                  lex.title_countries.get(title, "")) for title, (role, kind) in roles)


@cache
def _title_words() -> frozenset[str]:
    """Every word of every title ("foreign", "minister", "state" …)."""
    return frozenset(word for title in lexicon().roles for word in title.split())


def _text(tokens) -> str:
    """Tokens as written ("Secretary-General", not "Secretary - General")."""
    return "".join(t.text_with_ws for t in tokens)


def _roles_in(text: str) -> list[tuple[str, str, str]]:
    """Titles in a phrase, longest first and not overlapping: [(role, kind, country of a one-country title)]."""
    text, found = text.lower(), []
    for title, pattern, role, kind, country in _titles():
        if title not in text:
            continue  # (a title not in the phrase at all: no need to search for it as a whole word)
        match = pattern.search(text)
        if match:
            found.append((role, kind, country))
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return found


def _holders(b, role: str, kind: str, holder: Arg, places: list[Arg], orgs: list[Arg], token, rule: str,
             country: str = "") -> None:
    if kind in ("counterpart", "honorific"):
        return
    if kind == "member" or holder.type != "Person":
        for org in orgs:
            b.add("memberOf", holder, org, token, rule=rule, role=role if kind != "member" else None)
        return
    # the body the title names, else the country nearest it; an envoy's country before the body it is posted
    # to ("Pakistan's UN envoy, Munir Akram")
    targets = places[-1:] if role in _POSTED and places else orgs[:1] or places[-1:]
    if not targets and role in _POSTED and (home := _recalled_by(b, token)):
        targets, rule = home, f"{rule}+recalled"  # "Algeria recalled ambassador Karim Bensalem": Algeria's
    if not targets and role in _POSTED and (home := _sent_off_by(b, token)):
        targets, rule = home, f"{rule}+sent-off"  # "Peru expelled ambassador Pablo Ruiz, accusing Mexico …"
    if not targets and (sent := _leading(b, token)):
        targets, rule = sent, f"{rule}+led"  # "the Indian delegation was led by Foreign Secretary Vikram Misri"
    if not targets and country:  # "Chief Cabinet Secretary Yoshimasa Hayashi": an office of one country (or body:
        #                            "Trade Commissioner Valdis Dombrovskis")
        owner = canonical(country)
        targets, rule = [Arg(country, owner[0] if owner else "Country", "name")], f"{rule}+title"
    if not targets:  # "President Irfaan Ali said Guyana would …": the title names no country
        targets, rule = _unnamed_country(b, holder, token, rule, envoy=role in _POSTED)
    for target in targets:
        b.add("holdsPosition", holder, target, token, rule=rule, role=role or None)  # ("": no title was said)
        if target.type == "Country":
            b.ctx.positions.setdefault(holder.name, []).append((role, target.name))


def _name_end(b, token):
    """The last word of the name mentioned at ``token``, by which the parse hangs the whole name (the token
    itself when no mention covers it)."""
    span = b.ctx.mention(token)
    return token.doc[span.end - 1] if span is not None else token


def _sent_off_by(b, token) -> list[Arg]:
    """The state of the envoy named at ``token`` whom another state expels or summons, when the sentence names
    one other country ("Peru expelled ambassador Pablo Ruiz, accusing Mexico of interference": Mexico's)."""
    named = _name_end(b, token)
    verb = named.head
    if named.dep_ not in ("dobj", "dative") or syntax.has_particle(verb, "home") or not (
            verb.lemma_.lower() in _SENDING_OFF or _told_to_leave(verb)):
        return []
    acting = {a.name for t in syntax.subjects(verb) for a in b.ctx.resolve(t) if a.type == "Country"}
    others = _other_countries(b, token, acting) if acting else set()
    return [Arg(others.pop(), "Country", "name")] if len(others) == 1 else []


def _told_to_leave(verb) -> bool:
    """Whether a verb gives or tells someone time or orders to leave: "gave ambassador Dennis Horak 24 hours to
    leave the country"."""
    return verb.lemma_.lower() in TELLING and any(
        t.lemma_.lower() in LEAVING and syntax.to_infinitive(t) for t in verb.subtree)


def _leading(b, token) -> list[Arg]:
    """The state or body whose delegation the person named at ``token`` leads: "the Indian delegation was led by
    Foreign Secretary X", "a White House delegation headed by coordinator X"."""
    named = _name_end(b, token)
    if named.dep_ != "pobj" or named.head.lower_ != "by" or named.head.head.lemma_.lower() not in ("lead", "head"):
        return []
    led = named.head.head
    groups = [led.head] if led.dep_ == "acl" else [c for c in led.children if c.dep_ == "nsubjpass"]
    return [a for g in groups if g.lemma_.lower() in _GUEST_BODIES
            for a in b.ctx.resolve(g) if a.type in ("Country", "Organization")][:1]


def _recalled_by(b, token) -> list[Arg]:
    """The states that call home the envoy named at ``token``: "recalled ambassador X", "ordered ambassador X
    home" (one's own envoy; not "expelled", "summoned")."""
    named = _name_end(b, token)
    if named.dep_ == "appos" and named.head.dep_ == "compound":
        named = named.head  # ("ordered [ambassador] X home", the name read as the title's apposition)
    if named.dep_ == "compound" and named.head.lower_ == "home":
        named = named.head  # ("ordered ambassador X home", read as one noun)
    verb = named.head
    if named.dep_ != "dobj" or not (verb.lemma_.lower() in _RECALLING or verb.lemma_.lower() in _SENDING_HOME
                                    and syntax.has_particle(verb, "home")):
        return []
    return [a for t in syntax.subjects(verb) for a in b.ctx.resolve(t) if a.type == "Country"]


def _unnamed_country(b, holder: Arg, token, rule: str, envoy: bool = False) -> tuple[list[Arg], str]:
    """The country of a title that names none, from the event-data dictionary's record of the person as
    of the article's date: background knowledge, marked so in the rule ("…+dictionary")."""
    record = dictionary_record(holder.name, b.published)  # (an office of the state, not a rebel or party post)
    country = office_state(record)
    if country and _stale(record, b.published) and country not in _countries_named(b):
        country = None  # an office recorded long ago with no end, of a country the article never names
    if record is None and b.published and rule == "position:premodifier":  # offices the dictionary says ended
        # (or had not begun) by the date: still the titled person's country, when all the records agree and the
        # article names it ("Senate President Hun Sen", prime minister until 2023)
        year = int(b.published[:4])
        homes = {country_named(a.code[:3]) for a in actor_records(holder.name) if a.code[3:6] in ("GOV", "MIL")
                 and (not a.end or int(a.end[:4]) >= year - 5) and (not a.start or int(a.start[:4]) <= year + 5)}
        country = homes.pop() if len(homes) == 1 and homes <= _countries_named(b) else None
    if country:
        return [Arg(country, "Country", "name")], f"{rule}+dictionary"
    if (opening := _opening_country(b, token)) is not None:
        # "In Hanoi, foreign ministry spokeswoman Pham Thu Hang said …": the capital the sentence opens with
        return [Arg(opening, "Country", "name")], f"{rule}+place"
    subjects = _subject_countries(b, token) if _acting(b, token) else set()
    if len(subjects) == 1 and not _other_countries(b, token, subjects):
        # "Sweden joined NATO when Prime Minister Ulf Kristersson handed over …" (not "Spain withdrew its
        # ambassador to Argentina after President Javier Milei …": another country is named)
        return [Arg(subjects.pop(), "Country", "name")], f"{rule}+subject"
    if _domestic(b, token) and _acting(b, token) \
            and (home := _capital_in(b, token)) is not None and not _other_countries(b, token, {home}):
        # "Interior Minister Martin Niteretse told reporters in Bujumbura": an office kept at home, speaking there
        return [Arg(home, "Country", "name")], f"{rule}+capital"
    if _domestic(b, token) and b.dateline is not None and (
            home := home_state(b.dateline.place)) is not None \
            and not _other_countries(b, token, {home}):
        # "PRAGUE (Reuters) - … Interior Minister Jan Novak said": an office kept at home, in a story filed there
        return [Arg(home, "Country", "name")], f"{rule}+dateline"
    if not envoy and not subjects and _acting(b, token) and len(before := _subjects_before(b, token)) == 1:
        # "Neighbouring Uzbekistan has taken a softer line. Foreign Minister Abdulaziz Kamilov hosted …": a
        # title told with no country, right after one country acted, is that country's office (not an envoy's:
        # "Peru expelled Mexico's ambassador. … ambassador Pablo Monroy had …")
        return [Arg(before.pop(), "Country", "name")], f"{rule}+previous"
    return [], rule


def _subjects_before(b, token) -> set[str]:
    """The countries that are subjects in the sentence before the token's (none for an article's first)."""
    number = b.ctx.sentence_number(token)
    if number == 0:
        return set()
    first = b.ctx.sentences[number - 1][0]  # (the teller's, else the news's: "India summoned …, the ministry said")
    return _subject_countries(b, first) or _subject_countries(b, first, news=True)


def _domestic(b, token) -> bool:
    """Whether the title before the person named at ``token`` is an office kept at home ("Interior Minister")."""
    span = b.ctx.mention(token)
    return span is not None and any(t.lower_ in _DOMESTIC for t in b.ctx.doc[max(0, span.start - 3):span.start])


def _capital_in(b, token) -> str | None:
    """The country of the seat of government the token's sentence names after "in" ("… told reporters
    in Bujumbura")."""
    for tok in b.ctx.sentence(token):
        span = b.ctx.mention(tok)
        if span is not None and tok.i == span.start and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            if span.kind == "capital":
                return span.name
            if span.type == "Place" and (country := capitals().get(span.name)) is not None:
                return country
    return None


def _opening_country(b, token) -> str | None:
    """The country whose capital (or whose name) opens the sentence as "In X, …" (not "In Geneva, …")."""
    sent = b.ctx.sentence(token)
    if len(sent) < 4 or sent[0].lower_ != "in" or (span := b.ctx.mention(sent[1])) is None \
            or span.end >= sent.end or b.ctx.doc[span.end].text != ",":
        return None
    return span.name if span.type == "Country" else capitals().get(span.name)


def _countries_named(b) -> set[str]:
    """Countries the article names, by name, demonym, capital or a place in them."""
    return {m.name if m.type != "Place" else state_of_place(m.name) for m in b.ctx.mentions} - {None}


def _stale(record, date: str | None) -> bool:
    """A record with no end that began more than ten years before ``date`` (the dictionary's knowledge
    stops there: "Abdoulaye Diop" the Senegalese minister of 2003 is not Mali's foreign minister of 2023)."""
    return bool(record.start and not record.end and date and int(date[:4]) - int(record.start[:4]) > 10)


def _other_countries(b, token, subjects: set[str]) -> set[str]:
    """Countries the token's sentence names besides ``subjects``, leaving out those naming another
    person's office ("… handed the documents to U.S. Secretary of State Antony Blinken")."""
    doc, found = b.ctx.doc, set()
    for tok in b.ctx.sentence(token):
        span = b.ctx.mention(tok)
        if span is None or tok.i != span.start or not (span.type == "Country" or span.kind == "demonym"):
            continue
        after = span.end
        while after < len(doc) and b.ctx.mention(doc[after]) is None and (
                doc[after].lower_ in _title_words() or doc[after].lower_ in _GLUE):
            after += 1
        titled = after > span.end and after < len(doc) and (m := b.ctx.mention(doc[after])) is not None \
            and m.type == "Person" and m.start != b.ctx.mention(token).start
        # (nor one of a counterpart's or of a title set beside another name: "her Kazakh counterpart", "Timur
        # Bekov, Kazakhstan's foreign minister")
        office = doc[span.end - 1].head
        while office.dep_ == "compound" and office.head != office:
            office = office.head
        if not titled and not (office.lemma_.lower() == "counterpart" or office.dep_ == "appos"
                               and office.lower_ in _title_words()):
            found.add(span.name)
    return found - subjects


def _acting(b, token) -> bool:
    """Whether the person named at ``token`` is the subject of a clause (not someone met, hosted or named)."""
    span = b.ctx.mention(token)
    return span is not None and b.ctx.doc[span.end - 1].dep_ in ("nsubj", "nsubjpass")


def _subject_countries(b, token, *, news: bool = False) -> set[str]:
    """The countries that are the subject of a clause of the token's sentence ("Canada expelled a
    diplomat, whom Foreign Minister Melanie Joly identified …"); an office named without its country
    is, in news style, one of the country the sentence is about."""
    found = set()
    for tok in b.ctx.sentence(token):
        span = b.ctx.mention(tok)
        if any(t.dep_ == "ccomp" and (t.i > t.head.i or not news) for t in tok.ancestors):
            continue  # "spokesperson Arindam Bagchi said that Canada had not shared …": what is reported (but with
            #           ``news``, the news itself before the words that say who told it: "India summoned …, the
            #           ministry said")
        if tok.dep_ in ("nsubj", "nsubjpass") and span is not None and span.kind != "demonym" and (
                span.type == "Country" or span.kind in ("metonym", "capital")):
            found.update(a.name for t in syntax.expand(tok) for a in b.ctx.resolve(t) if a.type == "Country")
        elif tok.dep_ in ("nsubj", "nsubjpass") and span is None:  # "China's foreign ministry", "French police"
            found.update(a.name for a in b.ctx.resolve(tok) if a.type == "Country" and a.how == "agent"
                         and a.sector in STATE_SECTORS)
        elif tok.dep_ in ("nsubj", "nsubjpass") and span.type == "Organization":  # "China's Ministry of National
            found.update(a.name for c in tok.children if c.dep_ == "poss"   # Defense announced": a body its
                         for a in b.ctx.resolve(c) if a.type == "Country")  # state's name owns
        elif news and tok.dep_ in ("nsubj", "nsubjpass") and span.type == "Person" and tok.i == span.end - 1:
            # ("Foreign Minister Ana Gervasi said …": the state whose office a person acting holds)
            found.update(country for _, country in b.ctx.positions.get(span.name, []))
    return found


def _state_body(name: str) -> str | None:
    """The country of a body of its state: one the organisation lexicon says is, or one no lexicon names,
    named by a demonym and a body noun: "Pakistani Foreign Office", "Kenyan Defence Ministry" (their staff
    hold office in that country)."""
    if name in lexicon().state_bodies:  # "State Department spokesman …" (organizations.tsv)
        return lexicon().state_bodies[name]
    words = name.split()
    found = canonical(words[0]) if len(words) > 1 and canonical(name) is None else None
    body = lexicon().agents.get(" ".join(words[1:]).lower()) or lexicon().agents.get(words[-1].lower())
    return found[1] if found and found[0] == "Country" and body in STATE_SECTORS else None


def _phrase(b, tokens) -> tuple[str, list[Arg], list[Arg]]:
    """Text of a title phrase, the countries and the organisations it names."""
    places, orgs, seen = [], [], set()
    inside = {t.i for t in tokens}
    speaks_for = any(t.lower_ in _SPEAKS_FOR for t in tokens)
    for tok in tokens:
        if tok.dep_ == "poss" and (tok.lower_ in ("its", "their", "whose")  # "Canberra sent its Pacific minister, …"
                                   or tok.pos_ == "NOUN" and b.ctx.mention(tok) is None):  # "the bloc's chair, …"
            for a in (_whose(b, tok) if tok.lower_ == "whose" else b.ctx.resolve(tok)):
                if a.type in ("Country", "Organization") and a.name not in seen:
                    seen.add(a.name)  # (and "the Arab League, whose secretary-general, …")
                    (places if a.type == "Country" else orgs).append(Arg(a.name, a.type, "pronoun"))
            continue
        span = b.ctx.mention(tok)
        if span is None and tok.dep_ == "pobj" and tok.lemma_ in BODY_ANAPHORS:  # "members of the council"
            orgs += [Arg(a.name, a.type, "pronoun") for a in b.ctx.resolve(tok)
                     if a.type == "Organization" and a.how == "pronoun" and a.name not in seen]
            seen.update(a.name for a in orgs)
        if span is None or span.name in seen:
            continue
        seen.add(span.name)
        at = span.start - 1 - (b.ctx.doc[span.start - 1].lower_ == "the")  # ("ambassador to the United States")
        before = b.ctx.doc[at].lower_ if at in inside else ""
        if before in _ACCREDITED and not (before == "for" and speaks_for):
            continue  # "U.S. special envoy for Afghanistan": the office's brief, not its holder's country
            #           (but "a spokeswoman for Pakistan's Foreign Office" speaks for her employer)
        if span.type == "Country":
            places.append(Arg(span.name, "Country", "name"))
        elif span.type == "Organization" and (country := _state_body(span.name)):
            places.append(Arg(country, "Country", "name"))  # "Pakistani Foreign Office spokeswoman …"
        elif span.type == "Organization":
            orgs.append(Arg(span.name, "Organization", "name"))
    return _text(tokens), places, orgs


def _whose(b, token) -> list[Arg]:
    """What "whose" stands for: the noun its relative clause describes (or that the parser hangs its
    phrase on as an apposition)."""
    for _ in range(4):
        if token.dep_ in ("relcl", "appos") and token.lower_ != "whose":
            return b.ctx.resolve(token.head)
        if token.head == token:
            return []
        token = token.head
    return []


def _np_tokens(head) -> list:
    """A noun phrase without its clauses, without what is coordinated with it (at any depth) and without what it
    denies ("a member of the EU but [not of NATO]")."""
    skip = set()
    for tok in head.subtree:
        hyphened = tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_  # "secretary-[general]"
        if tok != head and (tok.dep_ in ("relcl", "acl", "conj", "cc", "appos") or tok.pos_ == "VERB"
                            or any(c.dep_ == "neg" for c in tok.children)) and not hyphened:
            skip.update(t.i for t in tok.subtree)
    return [t for t in head.subtree if t.i not in skip]


def _parts(head) -> list:
    """A title phrase and every phrase coordinated anywhere inside it ("a member of X and Chinese Minister …"), but
    one denied ("an EU member but not a NATO member")."""
    return [head] + [t for t in head.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")
                     and not any(c.dep_ == "neg" for c in t.children)]


def _premodifiers(b, doc, span) -> None:
    """ "Chinese State Councilor and Foreign Minister Wang Yi": the title right before a name."""
    window, i = [], span.start - 1
    while i >= 0 and len(window) < _WINDOW:
        tok = doc[i]
        if not (tok.is_title or tok.lower_ in _GLUE or b.ctx.mention(tok) is not None
                or tok.lower_ in _title_words() or tok.pos_ == "ADJ" and window  # ("Hamas political chief")
                or tok.pos_ == "NOUN" and tok.dep_ == "compound" and window  # ("Egyptian intelligence chief")
                or tok.lower_ in _HOLDING_AS and window):
            break
        span_here = b.ctx.mention(tok)
        opens_name = tok.lower_ == "the" and b.ctx.mention(doc[i + 1]) is not None  # "… of the DPRK Kim Jong Un"
        if tok.lower_ == "the" and not opens_name or (span_here is not None and span_here.type == "Person"):
            break  # "Russian President Putin and Chinese President Xi": Xi's title stops at Putin
        window.insert(0, tok)
        i -= 1
    lead = ([doc[i]] if i >= 0 else []) + window  # "met leaders of the AU and [U.S. Secretary of State] Blinken":
    groups = [k for k, t in enumerate(lead[:-1]) if t.tag_ in ("NNS", "NNPS") and lead[k + 1].lower_ == "of"]
    ands = [k for k, t in enumerate(lead) if t.lower_ == "and" and groups and k > groups[0]]
    if ands:  # the "of" phrase is a group's (plural: "members of the AU"), the title starts after its "and"
        window = lead[ands[-1] + 1:]
    while window and window[0].lower_ in _GLUE:  # "paves the way for [Pakistani Prime Minister] …"
        window.pop(0)
    # "Prime Minister Narendra Modi of India": the country may follow the name
    after = [t for c in doc[span.end - 1].children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj" and (m := b.ctx.mention(p)) is not None and m.type == "Country"
             for t in doc[m.start:m.end]]
    if not window:  # "Ernest Bai Koroma of Sierra Leone": no title, only whose
        if after:
            _possessed(b, Arg(span.name, "Person"), b.ctx.mention(after[0]), doc[span.start])
        return
    if len(window) == 2 and window[1].tag_ == "POS":  # "Nigeria's Muhammadu Buhari": no title, only whose
        _possessed(b, Arg(span.name, "Person"), b.ctx.mention(window[0]), doc[span.start])
        return
    around = {t.lower_ for t in window} | ({doc[i].lower_} if i >= 0 else set())
    if around & _NOT_HELD:
        return  # "Former Prime Minister Ehud Barak", "the late President Chavez": not held now
    if around & _NON_STATE and not any((m := b.ctx.mention(t)) is not None and m.type == "Organization"
                                       for t in window):
        return  # "Kenyan opposition leader Raila Odinga" leads no state ("Hamas leader" leads Hamas)
    if _people_within(b, window):
        return  # "Kosovo Albanian leader Ibrahim Rugova", "Turkish Cypriot leader …": a people, not a state
    if not after and not any((m := b.ctx.mention(t)) is not None and m.type in ("Country", "Organization")
                             for t in window):
        after = _group_of(b, doc, i + 1)
    _assign(b, Arg(span.name, "Person"), window + after, doc[span.start], "position:premodifier")


def _people_within(b, window) -> bool:
    """Whether a title's words name a people by a state's demonym after another state or its demonym:
    "Kosovo Albanian", "Turkish Cypriot" (Albanians of Kosovo, not Albania's), "Bosnian Serb"."""
    states = [m for t in window if (m := b.ctx.mention(t)) is not None and t.i == m.start and m.type == "Country"]
    return any(first.end == second.start and first.name != second.name and second.kind == "demonym"
               for first, second in zip(states, states[1:])) \
        or any(of_a_people_elsewhere(t.doc, t.i) for t in window)


def _group_of(b, doc, start: int) -> list:
    """The country of the officials a titled name is listed among: "U.S. officials, among them Vice President
    Mike Pence", "a delegation from Ghana, including Vice President …" (the tokens that name it)."""
    if start >= 2 and doc[start - 1].lower_ == "including" and doc[start - 2].text == ",":
        group = doc[start - 3] if start >= 3 else None
    elif start >= 3 and [t.lower_ for t in doc[start - 3:start]] == [",", "among", "them"]:
        group = doc[start - 4] if start >= 4 else None
    else:
        return []
    while group is not None and group.dep_ == "pobj" and group.head.lower_ in ("from", "of") \
            and group.head.head.tag_ in ("NNS", "NN"):
        group = group.head.head  # (the country named last: "a delegation from Ghana, including …")
    if group is None or group.pos_ != "NOUN" or group.lemma_.lower() not in _GROUPS_OF_OFFICIALS:
        return []
    return [t for c in group.children if c.dep_ in ("compound", "amod", "poss")
            or c.dep_ == "prep" and c.lower_ in ("from", "of") for t in c.subtree
            if (m := b.ctx.mention(t)) is not None and m.type == "Country"]


def _possessed(b, holder: Arg, owner, token) -> None:
    """ "Ethiopia's Abiy Ahmed", "Ernest Bai Koroma of Sierra Leone": a person a country's possessive (or "of")
    names holds an office of it when the
    dictionary records the person among that country's state or elite actors (not "Russia's Alexei
    Navalny", an opposition figure)."""
    if owner is None or owner.type != "Country":
        return
    record = dictionary_record(holder.name, b.published)
    code = record.code if record is not None else ""
    if country_named(code[:3]) == owner.name and code[3:6] in _OFFICE_SECTORS:
        _holders(b, "", "position", holder, [Arg(owner.name, "Country", "name")], [], token,
                 "position:possessive+dictionary")


def _assign(b, holder: Arg, tokens, token, rule: str) -> None:
    """Relate ``holder`` to what the title phrase ``tokens`` names; a counterpart mirrors the other's role."""
    text, places, orgs = _phrase(b, tokens)
    if not places and not orgs:  # "Foreign Ministry spokesperson Lin Jian", after "the Chinese Foreign Ministry"
        places = _ministry_named_before(b, text, token) or _title_told_before(b, tokens) or _appointers_state(b, token)
    if not places and not orgs and {t.lower_ for t in tokens} & _NON_STATE:
        return  # "Lee, leader of the opposition Democratic Party": no office of a state, whichever is near
    for role, kind, country in _roles_in(text):
        if kind == "counterpart":  # takes the role of the nearest other person with a known one (of the one
            #                          the possessive names: "his counterpart" is no one's when his role is unknown)
            owners = {a.name for t in tokens if t.dep_ == "poss" for a in b.ctx.resolve(t) if a.type == "Person"}
            others = [m for m in b.ctx.mentions if m.type == "Person" and m.name != holder.name
                      and b.ctx.positions.get(m.name) and (not owners or m.name in owners)]
            roles = [b.ctx.positions[m.name][0][0] for m in sorted(others, key=lambda m: abs(m.start - token.i))]
            if roles or owners:  # (an office of the country said or known, no title: "")
                _holders(b, roles[0] if roles else "", "position", holder, places, orgs, token, rule)
            continue
        _holders(b, role, kind, holder, places, orgs, token, rule, country)


def _appointers_state(b, token) -> list[Arg]:
    """The state of whoever puts someone in a post "as" a title that names none: "Ghana's president appointed
    Kwame Boateng as finance minister" (Ghana)."""
    verb = token.head if token.lower_ == "as" else None
    return _appointers(b, verb)[:1] if verb is not None and verb.lemma_.lower() in _APPOINTING else []


# The one-word titles of those offices, as a bare title before a name ("Ambassador Pablo Monroy").
_SENT_ENVOYS = frozenset(role.lower() for role in _POSTED if " " not in role)


def _title_told_before(b, tokens) -> list[Arg]:
    """The country of "the envoy" named after a title told before it with its country, in its sentence or the one
    before: "Peru expelled Mexico's envoy. The envoy, Pablo Monroy, had 72 hours to leave" (Mexico); so of an
    envoy's bare title too ("… Ambassador Pablo Monroy was being expelled")."""
    head = next((t for t in tokens if t.dep_ not in ("det", "punct") and t.head not in tokens), None)
    if head is None or [c.lower_ for c in head.lefts] != ["the"] and not (
            not list(head.lefts) and head.is_title and head.lemma_.lower() in _SENT_ENVOYS):
        return []  # (only "the envoy": not "the Mexican envoy", which names its country)
    start = b.ctx.sentence_before(head)
    for told in reversed(b.ctx.doc[start:tokens[0].i]):
        if any(c.dep_ == "appos" for c in told.children):
            continue  # (a title told with its own holder's name: "its ambassador, Diana Mickeviciene")
        if told.lemma_.lower() == head.lemma_.lower() and told.pos_ == "NOUN":
            owners = [c for c in told.children if c.dep_ in ("poss", "amod", "compound")]
            return ([Arg(m.name, "Country", "name") for c in owners if (m := b.ctx.mention(c)) is not None
                     and m.type == "Country"]  # ("Mexico's envoy", "the Mexican envoy"; "its envoy": its state's)
                    or [a for c in owners if c.tag_ == "PRP$" for a in b.ctx.resolve(c) if a.type == "Country"])[:1]
    return []


def _ministry_named_before(b, text: str, token) -> list[Arg]:
    """The country of a ministry a title names without its country, when the text named that country's
    ministry of the same name before ("the Chinese Foreign Ministry said … Foreign Ministry spokesperson …")."""
    words = text.lower().split()
    at = words.index("ministry") if "ministry" in words else 0
    if not at:
        return []
    kind, bodies = words[at - 1], lexicon().state_bodies  # ("foreign", "defence", …)
    named = [m for m in b.ctx.mentions if m.end <= token.i and m.type == "Organization" and m.name in bodies
             and kind in " ".join((m.name, *lexicon().organizations.get(m.name, ()))).lower()]
    return [Arg(bodies[named[-1].name], "Country", "name")] if named else []


def _said_not(copula) -> bool:
    """Whether a copula is negated: "is not a member of NATO", "is no longer a member of the CIS"."""
    return syntax.is_negated(copula) or any(g.dep_ == "neg" for c in copula.children if c.dep_ == "advmod"
                                            for g in c.children)


def _appositive(b, holder: Arg, role_head, token, rule: str) -> None:
    member = False
    # (not what is coordinated with the name itself: "Tajikistan's President Emomali Rahmon and Kyrgyz President
    # Sadyr Japarov", the second title the parser hangs on "Rahmon", is Japarov's)
    inside = token == role_head or token.is_ancestor(role_head)  # ("is a member of the AU and BRICS": its own)
    for part in (p for p in _parts(role_head) if inside or not token.is_ancestor(p)):
        tokens = _np_tokens(part)
        # (or the name set after it: "President Paul Kagame and his Congolese counterpart Felix Tshisekedi")
        # (or the name right after it, whatever the parse: in "Mali's President Assimi Goita and Burkinabe President
        # Ibrahim Traore", parsed as one compound of "Traore", the second title is Traore's)
        next_i = max(t.i for t in tokens) + 1
        after = [b.ctx.doc[next_i]] if part != role_head and next_i < len(b.ctx.doc) else []
        named = {s.name for t in (*tokens, *after, *(g for c in part.children if c.dep_ == "appos"
                                                     and part != role_head for g in c.subtree))
                 if (s := b.ctx.mention(t)) is not None and s.type == "Person"}
        if named - {holder.name}:
            continue  # "…, Chinese Foreign Minister Wang Yi": the title is Wang's, not the first name's
        if {t.lower_ for t in (*tokens, *(c for c in part.children if c.dep_ == "amod"))} & _NOT_HELD:
            continue  # "the late Japanese prime minister Shinzo Abe", "Malaysia's previous prime minister, …",
            #           "Bolivia's ousted president Evo Morales" (a participle the phrase's words leave out)
        text, _, orgs = _phrase(b, tokens)
        kinds = {kind for _, kind, _ in _roles_in(text)}
        # (a body's name the parser made the head of the title after it is no other noun: "Rutte is NATO
        # secretary-general", the title read as the name's modifier)
        body = part.pos_ == "PROPN" and (m := b.ctx.mention(part)) is not None and m.type == "Organization"
        own = {kind for _, kind, _ in _roles_in(_text([t for t in tokens if t.i <= part.i or body]))}
        # "a member of the European Union and NATO": a body with no title of its own; "a close ally of the Russian
        # president": a membership only, the title after it another's
        if member and not kinds or own == {"member"}:
            for org in orgs:
                b.add("memberOf", holder, org, token, rule=rule)
            member = True
            continue
        if not own:
            continue  # "Modi landed in Kyiv, the first visit by an Indian leader since …": a title in another
            #           noun's phrase is no title of the one the apposition describes
        member = member or "member" in kinds
        _assign(b, holder, tokens, token, rule)


def _opening_as(b, sent) -> None:
    """ "As permanent members of the UN Security Council, China and Russia …": read off the surface,
    since parsers often take the opening phrase for the subject."""
    if len(sent) < 4 or sent[0].lower_ != "as":
        return
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return
    holders, i = [], comma + 1
    while i < sent.end:
        span = b.ctx.mention(b.ctx.doc[i])
        if span is not None:
            holders.append(Arg(span.name, "Country" if span.kind == "metonym" else span.type))
            i = span.end
        elif b.ctx.doc[i].lower_ in ("and", ",", "both"):
            i += 1
        else:
            break
    role_tokens = b.ctx.doc[sent.start + 1:comma]
    for part in _parts(role_tokens.root):
        for holder in holders:
            _assign(b, holder, _np_tokens(part), sent[0], "position:as")


_LETTING_IN = frozenset({"admit", "invite", "accept"})  # verbs that let new members in, who are none yet
_APPOINTING = frozenset({"appoint", "name", "nominate", "elect", "make"})  # "named Sonko prime minister"


def _appointed(b, doc) -> None:
    """An appointment told without "as": "Faye named Ousmane Sonko prime minister" (the name read as the title's
    modifier), "Sonko, named prime minister on Tuesday, …" (a participle describing the name), "Sonko was named
    prime minister" (a passive); not an appointment denied or still to come."""
    for verb in doc:
        if verb.lemma_.lower() not in _APPOINTING or verb.pos_ != "VERB" or syntax.is_negated(verb) \
                or syntax.modality_of(verb) != "asserted":
            continue
        for title in (c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.pos_ == "NOUN"):
            roles = _roles_in(_text(_np_tokens(title)))
            if not roles:
                continue
            named = [s for c in title.children if c.dep_ in ("compound", "nmod") and c.i < title.i
                     and (s := b.ctx.mention(c)) is not None and s.type == "Person"]
            if not named and verb.dep_ == "acl" and verb.tag_ == "VBN" and title.dep_ == "oprd":
                named = [s for s in [b.ctx.mention(verb.head)] if s is not None and s.type == "Person"]
            if not named and title.dep_ == "oprd":  # ("Youssouf was elected chairperson of the AU Commission")
                named = [s for c in verb.children if c.dep_ == "nsubjpass"
                         for s in [b.ctx.mention(c)] if s is not None and s.type == "Person"]
            for span in named:
                holder, before = Arg(span.name, "Person"), len(b.relations)
                _appositive(b, holder, title, verb, "position:appointed")
                if len(b.relations) == before and (states := _appointers(b, verb)):
                    # (a title of no country said or known is one of the appointer's state: "Ghanaian President
                    # John Mahama appointed Kofi Mensah finance minister")
                    for role, kind, _ in roles:
                        _holders(b, role, kind, holder, states, [], verb, "position:appointed+appointer")


def _appointers(b, verb) -> list[Arg]:
    """The states of those who make an appointment: a state, the state whose office its subject holds (told, or
    the dictionary's on the date), or the state of a body of one (organizations.tsv)."""
    states, bodies = {}, lexicon().state_bodies
    for actor in (a for t in syntax.subjects(verb) for a in b.ctx.resolve(t)):
        names = [actor.name] if actor.type == "Country" else b.ctx.governed(actor.name) if actor.type == "Person" \
            else [bodies[actor.name]] if actor.name in bodies else []
        states.update({name: Arg(name, "Country", "name") for name in names})
    return list(states.values())


# Marks that set off the list of a body's members after its name ("the Quad - the US, Japan, India and
# Australia -"), and the words that may come between ("the G7 countries - Britain, Canada, … -").
_SETTING_OFF = SETTING_OFF | {":"}
_LISTED_AS = frozenset({"countries", "nations", "states", "members", "leaders", "group", "bloc"})
_IN_LISTS = frozenset({",", "and", "the"})


def _members_set_off(b, doc) -> None:
    """Countries listed, set off by dashes or brackets, right after a body's name: they are its members."""
    for body in (m for m in b.ctx.mentions if m.type == "Organization"):
        i = body.end + (body.end < len(doc) and doc[body.end].lower_ in _LISTED_AS)
        if i >= len(doc) or doc[i].text not in _SETTING_OFF:
            continue
        listed, j = [], i + 1
        while j < len(doc) and doc[j].text not in _SETTING_OFF and doc[j].text not in (")", ".", ";"):
            span = b.ctx.mention(doc[j])
            if span is not None and span.type == "Country" and span.kind == "name":
                listed.append(span)
                j = span.end
            elif doc[j].lower_ in _IN_LISTS:
                j += 1
            else:
                break
        if len(listed) >= 2 and j < len(doc) and doc[j].text in (*_SETTING_OFF, ")"):
            for span in listed:
                b.add("memberOf", Arg(span.name, "Country"), Arg(body.name, "Organization", "name"), doc[span.start],
                      rule="position:set-off")


def _members(b, doc) -> None:
    """Countries named as members of a body: "fellow ASEAN member Indonesia", "ECOWAS members Nigeria and
    Ghana", "Armenia, a member of the CSTO,", "the 27 EU member states, including France and Germany", "the
    alliance, formed by Mali, Burkina Faso and Niger," (its founders are its members)."""
    member_words, founded, grouping = [], [], []
    for t in doc:  # one pass over the document: the few words that can say membership
        if t.lower_ in _MEMBER_WORDS or t.i > 0 and doc[t.i - 1].lower_ == "member" and t.tag_ == "NNS":
            member_words.append(t)  # (and "member countries", "member nations")
        elif t.dep_ == "acl" and t.lemma_.lower() in _FOUNDED:
            founded.append(t)
        elif t.lemma_.lower() in _GROUPING and (t.dep_ == "relcl" or t.dep_ == "ROOT" and t.pos_ == "VERB"
                                                or t.dep_ == "acl" and t.tag_ == "VBG"):
            grouping.append(t)  # (or the sentence's verb: "the Eurasian Economic Union comprises Russia, …"; or a
            #                     participle: "the Gulf Cooperation Council, comprising Saudi Arabia, …")
    if not member_words and not founded and not grouping:
        return
    for span in (m for m in b.ctx.mentions if m.type == "Country" and m.kind == "name"):
        head = doc[span.end - 1]
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in _MEMBER_WORDS:
            bodies = [m for t in doc[max(0, before.i - 4):before.i] if (m := b.ctx.mention(t)) is not None
                      and m.type == "Organization" and t.i == m.end - 1]
            for body in bodies[-1:]:
                for t in syntax.expand(head):
                    for holder in b.ctx.resolve(t):
                        if holder.type == "Country":
                            b.add("memberOf", holder, Arg(body.name, "Organization", "name"), t,
                                  rule="position:premodifier")
        for child in head.children:
            if child.dep_ == "appos" and (child.pos_ == "NUM" or child.lower_ in ("both", "all")):
                # "China and Russia, two of the five permanent members of the Security Council,"
                child = next((p for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                              for p in c.children if p.dep_ == "pobj" and p.tag_ == "NNS"), child)
            if child.dep_ in ("appos", "pobj") and child.lower_ in _MEMBER_WORDS and b.ctx.mention(child) is None \
                    and not any(t.lower_ in _DENYING for t in child.subtree if t.i < child.i):  # ("not a member")
                plural = child.tag_ == "NNS"  # "China and Russia, both permanent members of the council,"
                for holder in [a for t in syntax.expand(head) for a in b.ctx.resolve(t) if a.type == "Country"] \
                        if plural else [Arg(span.name, "Country")]:
                    _appositive(b, holder, child, head, "position:appositive")
    for verb in grouping:  # "the Gulf Cooperation Council, which groups Saudi Arabia, Kuwait and Qatar,"
        founded += [verb] if verb.dep_ == "acl" or any(c.dep_ == "nsubj" and (c.tag_ == "WDT" or verb.dep_ == "ROOT")
                                                       for c in verb.children) else []
    for acl in founded:
        body = acl.head if acl.dep_ != "ROOT" else next(c for c in acl.children if c.dep_ == "nsubj")
        # (or the body named before its common noun: "the 10-member ASEAN bloc, which includes …")
        bodies = [a for t in (body, *(c for c in body.children if c.dep_ == "compound"))
                  for a in b.ctx.resolve(t) if a.type == "Organization"]
        grouped = acl.dep_ in ("relcl", "ROOT") or acl.tag_ == "VBG"  # (else "formed by Mali, …")
        named = [c for c in acl.children if c.dep_ == "dobj"] if grouped else \
            [p for c in acl.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        founders = [a for p in named for t in syntax.expand(p) for a in b.ctx.resolve(t) if a.type == "Country"]
        for body in bodies[:1]:
            for founder in founders:
                b.add("memberOf", founder, body, acl, rule=f"position:{'grouping' if grouped else 'founder'}")
    for token in member_words:
        if token.tag_ not in ("NNS", "NNPS") or _to_be_admitted(token):
            continue
        _both_members(b, token)
        _fellow_members(b, token)
        lists = [c for c in token.children if c.dep_ == "prep" and (c.lower_ == "including" or c.lower_ == "as"
                 and any(g.lower_ == "such" for g in c.children) or c.lower_ == "as" and c.nbor(-1).lower_ == "such")]
        if token.dep_ == "nsubj" and token.head.lemma_.lower() == "include":  # "ASEAN members include …"
            lists.append(token.head)
        listed = [a for c in lists for p in c.children if p.dep_ in ("pobj", "dobj")
                  for t in syntax.expand(p) for a in b.ctx.resolve(t)]
        if not listed:
            continue
        heads = [token] + [c for c in token.children if c.lower_ == "member"]  # ("EU member states")
        owners = [m for h in heads for c in h.children if (m := b.ctx.mention(c)) is not None
                  and m.type == "Organization"]
        owners += [m for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if (m := b.ctx.mention(p)) is not None and m.type == "Organization"]
        if not owners and token.lower_ != "states":  # "the OAS failed … after several member countries,
            # including Brazil and Colombia, abstained": the body named before them in the sentence
            start = b.ctx.sentence(token).start
            owners = [m for m in b.ctx.mentions if m.type == "Organization" and start <= m.start and m.end <= token.i][-1:]
        for owner in owners[:1]:
            for holder in (a for a in listed if a.type == "Country"):
                b.add("memberOf", holder, Arg(owner.name, "Organization", "name"), token, rule="position:including")


def _fellow_members(b, token) -> None:
    """A state that speaks of its "fellow members" of a body is one itself: "Portugal urged its fellow EU members to
    …", "Croatia's prime minister said he would ask fellow NATO allies to …" (a person speaks for the state of the
    office the article gives them)."""
    verb = syntax.governing_verb(token)
    if verb is None or not any(c.dep_ == "amod" and c.lower_ == "fellow" for c in token.children):
        return
    owners = [c for c in token.children if c.dep_ == "compound"]
    owners += [t for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj" for t in syntax.expand(p)]
    bodies = [m for t in owners if (m := b.ctx.mention(t)) is not None and m.type == "Organization"]
    selves = [a for s in syntax.subjects(verb) for a in b.ctx.resolve(s)]
    states = {a.name for a in selves if a.type == "Country"} | {
        country for a in selves if a.type == "Person" for country in b.ctx.office_state(a.name)}
    for body in bodies:
        for state in states:
            b.add("memberOf", Arg(state, "Country"), Arg(body.name, "Organization", "name"), token,
                  rule="position:fellow")


def _to_be_admitted(token) -> bool:
    """Whether members are only to be let in: "agreed to admit six new members, including Iran", "invited new
    members" (not "the bloc's members, including Iran, met")."""
    verb = syntax.governing_verb(token)
    return verb is not None and verb.lemma_.lower() in _LETTING_IN


def _both_members(b, token) -> None:
    """ "Ethiopia and Egypt, both members of the African Union, …" read on the surface (the parser may take
    "both members" for the subject): the countries listed right before the comma belong to the body."""
    doc = b.ctx.doc
    if token.i < 3 or doc[token.i - 1].lower_ not in ("both", "all") or doc[token.i - 2].text != "," \
            or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return
    after = token.i + 2 + (doc[token.i + 2].lower_ == "the")
    body = b.ctx.mention(doc[after]) if after < len(doc) else None
    if body is None or body.type != "Organization":
        return
    holders, i = [], token.i - 3
    start = b.ctx.sentence(token).start
    while i >= start and ((m := b.ctx.mention(doc[i])) is not None or doc[i].lower_ in (",", "and", "the")):
        if m is not None:
            holders += [a for a in b.ctx.resolve(doc[m.end - 1]) if a.type == "Country"]
            i = m.start
        i -= 1
    for holder in dict.fromkeys(holders):
        b.add("memberOf", holder, Arg(body.name, "Organization", "name"), token, rule="position:appositive")


# What one leads that is an undertaking, not a body one holds a post in: "leads the EAC's peace efforts".
_ENDEAVOURS = frozenset({"effort", "initiative", "process", "mediation", "campaign", "drive", "push", "bid",
                         "negotiation", "talk", "response", "investigation", "inquiry"})


def _led(b, doc) -> None:
    """ "The Malian junta has been led by Colonel Assimi Goita", "Argentina's security ministry, led by
    Patricia Bullrich,", "Ruto chairs the EAC": who leads a body of a state, or an organisation, holds a position
    in it (not a delegation: who leads it may be a guest); a country that chairs a body, or holds its presidency,
    is its member."""
    for verb in doc:
        role = _LEADS.get(verb.lemma_.lower())
        held = _presidency(verb) if role is None else None
        if role is None and held is None or syntax.modality_of(verb) != "asserted" or syntax.is_negated(verb):
            continue
        if verb.tag_ == "VBN" and held is None and not _perfect(verb):
            body = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            leaders = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                       for a in b.ctx.resolve(p) if a.type == "Person"]
        elif (held is not None or verb.dep_ in _LEADING_CLAUSES) and (subject := syntax.own_subject(verb)) is not None:
            # "Sonia Backes, who heads …", "Kenya chairs the EAC", "Brazil, which holds the rotating presidency
            # of the G20," (a member that chairs it)
            role, body = ("Chair", held) if held is not None else (role, next(
                (c for c in verb.children if c.dep_ == "dobj"), None))
            if body is not None and {body.lemma_.lower(), body.lower_} & lexicon().synsets.get("MEETINGS", set()):
                body = None  # (not "chaired a meeting")
            # ("the Nigerian economist who heads the WTO" is a person, not Nigeria)
            leaders = [a for a in b.ctx.resolve(subject) if a.type == "Person" or a.type == "Country"
                       and subject.lower_ != "who"]
        else:
            continue
        if body is None or body.lower_ in _GUEST_BODIES:
            continue
        sector = lexicon().agents.get(body.lemma_.lower())
        if body.lemma_.lower() in _ENDEAVOURS:
            continue  # ("is leading the EAC's peace efforts": efforts of a body, not the body)
        for target in b.ctx.resolve(body, descend=True)[:1]:
            if target.type == "Organization" or target.type == "Country" and (
                    sector in STATE_SECTORS or _leads_now(verb)):
                for leader in leaders:
                    _holders(b, role, "position", leader, [target] if target.type == "Country" else [],
                             [target] if target.type == "Organization" else [], verb, "position:led")


def _perfect(verb) -> bool:
    """A present perfect: "has ruled", "have led"."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _leads_now(verb) -> bool:
    """A state led by someone now: "who leads Rwanda", "who has ruled Rwanda since 2000" (not "who led Uganda
    in the 1990s")."""
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and _perfect(verb)


def _presidency(verb):
    """The presidency or chair of a body that ``verb`` holds or takes ("holds the rotating presidency of the
    G20", "holds the EU presidency"), or None."""
    if verb.lemma_.lower() not in _HOLDING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PRESIDENCIES), None)


_DENYING = frozenset({"not", "neither", "never", "no", "nor"})


def _belonging(b, doc) -> None:
    """ "Kenya belongs to the EAC", "the EAC, to which both countries belong": the subjects are members."""
    if "belong" not in b.ctx.text:  # (the word is rare: no pass over the tokens without it)
        return
    for verb in (t for t in doc if t.lemma_ == "belong" and t.pos_ == "VERB" and not syntax.is_negated(t)
                 and syntax.modality_of(t) == "asserted"):  # (not "does not belong to NATO")
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
            for body in (p for p in prep.children if p.dep_ == "pobj"):
                if body.tag_ == "WDT" and verb.dep_ == "relcl":
                    # ("the EAC, to which …": the noun the clause describes, or the name just before its comma:
                    # "the Commission, the executive arm of the Eurasian Economic Union, to which …")
                    before = _body_before_comma(b, prep.i)
                    body = before if before is not None else verb.head
                bodies = [a for a in b.ctx.resolve(body) if a.type == "Organization"] or _named_before(b, body)
                holders = [a for s in syntax.subjects(verb) for a in b.ctx.resolve(s)
                           if a.type in ("Country", "Person", "Organization")]
                for holder in holders:
                    for org in bodies:
                        b.add("memberOf", holder, org, verb, rule="position:belong")


def _members_of_which(b, doc) -> None:
    """ "the SADC, of which both countries are members": the subjects of the clause are members of the body it
    describes."""
    for noun in (t for t in doc if t.lemma_ == "member" and t.dep_ == "attr"):
        copula = noun.head
        if copula.dep_ != "relcl" or copula.lemma_ not in _COPULAS or _said_not(copula) or not any(
                c.dep_ == "prep" and c.lower_ == "of" and any(p.tag_ == "WDT" for p in c.children)
                for c in (*copula.children, *noun.children)):
            continue
        # (the parser may hang the subject on "of" beside "which": "of which Zambia and Malawi are members")
        beside = [p for c in copula.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and p.tag_ != "WDT"]
        subject = syntax.own_subject(copula) or next(iter(beside), None)
        holders = [a for t in (syntax.expand(subject) if subject is not None else []) for a in b.ctx.resolve(t)
                   if a.type in ("Country", "Person", "Organization")]
        for org in (a for a in b.ctx.resolve(_described_name(b, copula.head)) if a.type == "Organization"):
            for holder in (h for h in holders if h.name != org.name):
                b.add("memberOf", holder, org, noun, rule="position:member-of-which")


def _described_name(b, noun):
    """The name a noun set off after it describes ("the CSTO, a military alliance of which …", also when the
    parser does not read the noun as its appositive), else the noun."""
    if noun.dep_ == "appos":
        return noun.head
    named = _body_before_comma(b, noun.left_edge.i)
    return named if named is not None else noun


def _body_before_comma(b, index: int):
    """The last word of a body's name that ends just before a comma at ``index`` ("the Commission, the
    executive arm of the Eurasian Economic Union, to which …", "the CSTO, a military alliance of which …"), or
    None."""
    doc = b.ctx.doc
    named = b.ctx.mention(doc[index - 2]) if index > 1 and doc[index - 1].text == "," else None
    return doc[named.end - 1] if named is not None and named.type == "Organization" else None


_ADMITTING = frozenset({"admit", "readmit", "reinstate"})
_FOUNDING = frozenset({"found", "co-found", "establish", "create", "form"})
_MAKING_MEMBERS = _ADMITTING | _FOUNDING  # (joined once, not for every word of a text)


def _made_members(b, doc) -> None:
    """A body admitting or reinstating a state makes it a member: "ASEAN admitted Timor-Leste", "the African
    Union readmitted Gabon" (the passive, "was admitted to", is a trigger of its own); so do the states that
    found a body: "Kazakhstan, Russia and Belarus founded the Eurasian Economic Union"."""
    for verb in (t for t in doc if t.lemma_.lower() in _MAKING_MEMBERS and t.pos_ == "VERB"
                 and not syntax.is_negated(t) and syntax.modality_of(t) == "asserted"):
        doers = [a for s in syntax.subjects(verb) for a in b.ctx.resolve(s)]
        done = [a for o in syntax.objects(verb, ("dobj",)) for a in b.ctx.resolve(o)]
        if verb.lemma_.lower() in _FOUNDING:
            doers, done = done, doers  # (the founded body, its founders)
        # (admitted into the body, not into something of it: "admitted Iraq's team to its tournament")
        if any(b.ctx.mention(p) is None and p.lemma_.lower() not in BODY_ANAPHORS
               for p in syntax.objects(verb, ("to", "into"))):
            continue
        for member in (a for a in done if a.type == "Country"):
            for body in (a for a in doers if a.type == "Organization"):
                b.add("memberOf", member, body, verb, rule=f"position:{verb.lemma_.lower()}")


def _named_before(b, noun) -> list[Arg]:
    """The organisation named just before a word for a body in the same sentence: "ASEAN, the regional bloc
    to which …"."""
    if noun.lemma_.lower() not in BODY_ANAPHORS:
        return []
    sent = b.ctx.sentence(noun)
    named = [m for m in b.ctx.mentions if m.type == "Organization" and sent.start <= m.start and m.end <= noun.i]
    return [Arg(named[-1].name, "Organization", "name")] if named else []


def _copula_of(token):
    """The copula whose predicate noun ``token`` is: "Pakistan [is] a member of the SCO", "Egypt and Ethiopia
    [are] among the new members of BRICS", or "are founding members", read as "founding" with an object; else
    None."""
    head = token.head
    if token.dep_ == "attr" and head.lemma_ in _COPULAS:
        return head
    if token.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_ in _COPULAS:
        return head.head
    if token.dep_ == "dobj" and head.lower_ == "founding" and any(c.dep_ == "aux" and c.lemma_ == "be"
                                                                  for c in head.children):
        return head
    return None


def _one_of(attr):
    """The title a copula's "one of" picks out ("Ghana is one of the 15 members of ECOWAS": the members), else the
    attribute itself."""
    if attr.lower_ != "one":
        return attr
    return next((p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), attr)


def _along_with(attr) -> list:
    """Those a copular clause adds to its subject: "X and Y are members of the Andean Community, along with
    Peru and Bolivia", "Samoa, like Fiji, is a member of …"."""
    subject = syntax.own_subject(attr.head)
    preps = [c for owner in (attr, attr.head) for c in owner.children if c.dep_ == "prep"]
    preps += [w for p in preps if p.lower_ == "along" for w in p.children if w.dep_ == "prep"]  # ("along" > "with")
    likened = [c for owner in (attr.head, subject) if owner is not None for c in owner.children
               if c.dep_ == "prep" and c.lower_ == "like" and c.i < attr.head.i]
    return [t for prep in preps if prep.lower_ == "with" and prep.i > 0 and prep.nbor(-1).lower_ == "along"
            for p in prep.children if p.dep_ == "pobj" for t in syntax.expand(p)] \
        + [t for prep in likened for p in prep.children if p.dep_ == "pobj" for t in syntax.expand(p)]


def _addressed(b, owner) -> list[Arg]:
    """Whom "his"/"her" stands for after a verb with a person as object: "congratulated To Lam on his election
    as …" (the one congratulated, not the congratulator)."""
    owned = next((c for c in owner.children if c.dep_ == "poss"), None)
    if owned is None or owned.tag_ != "PRP$" or owner.dep_ != "pobj" or owner.head.dep_ != "prep":
        return []
    verb = owner.head.head  # (its object may be a name the parser reads as a phrase: "To Lam")
    objects = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and b.ctx.mention(c) is not None]
    # (or the one a message is sent to: "sent a congratulatory message to Sheinbaum on her election as …")
    objects += [p for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj"]
    return [a for c in objects for a in b.ctx.resolve(c) if a.type == "Person"]


def find_positions(b, doc) -> None:
    """Add holdsPosition and memberOf relations for titles, appositions and "as ROLE of ORG"."""
    people = [s for s in b.ctx.mentions if s.type == "Person" and s.kind == "name"]
    for span in people:  # titles first: appositions and counterparts build on them
        _premodifiers(b, doc, span)
    for span in people:
        head = doc[span.start:span.end].root
        holder = Arg(span.name, "Person")
        for child in head.children:
            if child.dep_ == "appos" and b.ctx.mention(child) is None:
                _appositive(b, holder, child, head, "position:appositive")
        if head.dep_ == "appos" and b.ctx.mention(head.head) is None and not syntax.coordinated_apposition(head):
            _appositive(b, holder, head.head, head, "position:appositive")
        elif head.dep_ == "appos" and head.head.dep_ == "pobj" and head.head.head.lower_ in ("of", "for", "to") \
                and _roles_in(head.head.head.head.text):  # "the head of the IAEA, Mohamed ElBaradei,"
            _appositive(b, holder, head.head.head.head, head, "position:appositive")
    _members(b, doc)
    _members_set_off(b, doc)
    _belonging(b, doc)
    _members_of_which(b, doc)
    _made_members(b, doc)
    _appointed(b, doc)
    _led(b, doc)
    for token in doc:  # "Pakistan is a member of the SCO"
        if (copula := _copula_of(token)) is not None and _roles_in(_text(_np_tokens(token))) \
                and not _said_not(copula):
            subject = syntax.own_subject(copula)
            holders = [a for t in (syntax.expand(subject) if subject is not None else []) for a in b.ctx.resolve(t)]
            holders += [a for t in _along_with(token) for a in b.ctx.resolve(t)]  # ("…, along with Peru and Bolivia")
            for holder in holders:
                _appositive(b, holder, _one_of(token), token, "position:copula")
    for sent in b.ctx.sentences:
        _opening_as(b, sent)
    for token in doc:
        if token.lower_ != "as" or token.dep_ != "prep" or token.i == b.ctx.sentence(token).start:
            continue
        role_head = next((c for c in token.children if c.dep_ == "pobj"), None)
        if role_head is None or not _roles_in(_text(role_head.subtree)):
            continue
        owner = token.head
        owned = next((c for c in owner.children if c.dep_ == "poss"), None) if owner.pos_ == "NOUN" else None
        if b.ctx.mention(owner) is not None:
            holders = b.ctx.resolve(owner)
        elif owned is not None:  # "his re-election as Russian president", "Kagame's election as chairman"
            holders = [a for a in _addressed(b, owner) or b.ctx.resolve(owned) if a.type == "Person"]
        elif owner.pos_ in ("VERB", "AUX") and not syntax.is_negated(owner) and syntax.refusal_verb(owner) is None:
            # "X was elected as …", "elected X as …"; an opening "As members of …, X …" describes the subject
            # (not "does not recognise Maduro as Venezuela's leader", "refused to accept X as …").
            held = next((c for c in owner.children if c.dep_ == "nsubjpass"), None)
            if held is None and token.i > owner.i:
                held = next((c for c in owner.children if c.dep_ == "dobj"), None)
                # (or whom a message is sent to: "sent a message to Ramaphosa on his re-election as …")
                if held is not None and b.ctx.mention(held) is None:
                    held = next((p for c in owner.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                                 for p in c.children if p.dep_ == "pobj" and b.ctx.mention(p) is not None), held)
            # (only the verb's own subject: "congratulated Xi after Xi was re-elected as president" is not
            # the congratulator's position; and the subject's own when what is taken is the post: "took office as")
            own = syntax.own_subject(owner)
            if held is not None and held.lemma_.lower() in _TAKEN_UP and b.ctx.mention(held) is None:
                held = None
            holders = [a for t in (syntax.expand(held) if held is not None else syntax.expand(own) if own is not None
                                   else [])
                       for a in b.ctx.resolve(t)]
        else:
            continue
        for holder in holders:
            _appositive(b, holder, role_head, token, "position:as")
