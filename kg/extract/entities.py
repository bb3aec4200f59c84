"""Entity mentions in a parsed article: lexicon names, text shapes and spaCy's NER, merged and resolved.

Longest span wins; the lexicon beats shapes, shapes beat NER. Names are then resolved within the
article: short person names to the full name, transliteration variants to one spelling, capitals
to their country unless they are where something happens.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from kg.extract.codes import country_code, country_of_place, state_of_place
from kg.extract.lexicon import (actor_records, dictionary_organizations, lexicon, officeholder_names, role_words,
                                rows)
from kg.extract.syntax import appositive_participle, text_of
from kg.places import locate

__all__ = ["Span", "find_mentions", "canonical", "NER_TYPES", "NAMED_BODIES", "VESSELS", "PLACE_NOUNS",
           "of_a_people_elsewhere", "holder_name"]

# spaCy NER label → kg class (labels not listed are not entities of ours). NORP names an entity only
# through the lexicon ("Chinese" → China), never by itself.
NER_TYPES = {"PERSON": "Person", "GPE": "Place", "LOC": "Place", "FAC": "Place", "ORG": "Organization",
             "EVENT": "Event", "WORK_OF_ART": "Document", "LAW": "Document", "NORP": "Organization"}
_PRIORITY = {"lexicon": 0, "shape": 1, "ner": 2}
# Lowercase words that end Central Asian and Caucasian names: "son of", "daughter of".
_PATRONYMIC_WORDS = frozenset({"uulu", "kyzy", "ogly", "oglu", "qizi", "ugli", "uly", "qyzy"})
# Prepositions after which a capital is the place where something happens, not its government.
_LOCATIVE = {"in", "at", "from", "into", "near", "inside", "outside", "across", "within", "around"}
_MOTION = {"visit", "trip", "travel", "go", "come", "fly", "arrive", "return", "journey", "head", "tour"}
# Title words whose capitalised premodifier is a portfolio, not an organisation ("External Affairs Minister",
# "Home Affairs Commissioner", "Indo-Pacific coordinator").
# Endings of the words that describe a state before its name, which the tagger may take for names at a sentence's
# start: "Neighbouring Mali", "Landlocked Ethiopia".
_DESCRIBING = ("ing", "ed")
_PORTFOLIO_OF = frozenset({"minister", "leader", "commissioner", "secretary", "coordinator", "czar", "tsar",
                           "representative"})
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_CODED = re.compile(r"-\d+$")  # a name ending in a hyphen and a number: "COVID-19", "F-16"


@dataclass(frozen=True, slots=True)
class Span:
    """A mention: token range, kg class, canonical name; ``kind`` says how it names its entity."""

    start: int
    end: int
    type: str
    name: str
    # name | demonym | capital | metonym (a capital acting for its country) | nested (inside another
    # mention) | candidate (an unseen policy shape: an entity only once someone takes a stance on it)
    kind: str = "name"
    source: str = "ner"


@cache
def _alias_table() -> dict[str, tuple[str, str, str]]:
    """Lower-cased alias → (type, canonical name, kind)."""
    lex = lexicon()
    table: dict[str, tuple[str, str, str]] = {}

    def add(alias: str, value: tuple[str, str, str]) -> None:
        table.setdefault(alias.lower(), value)

    for country in lex.countries:
        for alias in (country.name, *country.aliases):
            add(alias, ("Country", country.name, "name"))
        for demonym in country.demonyms:
            add(demonym, ("Country", country.name, "demonym"))
        for capital in (*country.capitals, *country.seats):
            add(capital, ("Country", country.name, "capital"))
    for kind, entries in (("Organization", lex.organizations), ("Policy", lex.policies), ("Person", lex.people)):
        for name, aliases in entries.items():
            for alias in (name, *aliases):
                add(alias, (kind, name, "name"))
    for name, aliases in officeholder_names().items():  # (as the text writes them: people resolve later)
        for alias in (name, *aliases):
            add(alias, ("Person", _clean(alias), "name"))
    # The dictionary's organisations keep the name the text gives them: its records sometimes lump
    # distinct groups under one name ("FDLR" filed under its predecessor's).
    for name, aliases in dictionary_organizations().items():
        for alias in (name, *aliases):
            add(alias, ("Organization", alias, "name"))
    return table


def canonical(text: str) -> tuple[str, str, str] | None:
    """Look a name up in the lexicon: (type, canonical name, kind), or None."""
    table = _alias_table()
    key = _clean(text).lower()
    raw = re.sub(r"^the\s+", "", " ".join(text.split()).lower())
    # (a name with a possessive inside: "the African Union's Commission" is the African Union Commission)
    return table.get(raw) or table.get(key) or table.get(re.sub(r"^the\s+", "", key)) \
        or ("'s " in key and table.get(re.sub(r"^the\s+", "", key.replace("'s ", " ")))) or None


def _unaccented(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" \"'“”‘’.,;:()")
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return _POSSESSIVE.sub("", text).strip()


@cache
def _matchers(vocab):
    from spacy.matcher import PhraseMatcher  # noqa: PLC0415

    exact, lower = PhraseMatcher(vocab, attr="ORTH"), PhraseMatcher(vocab, attr="LOWER")
    tokenizer = _tokenizer(vocab)
    by_exact, by_lower = {}, {}
    lex = lexicon()
    names: list[str] = []
    for country in lex.countries:
        names += [country.name, *country.aliases, *country.demonyms, *country.capitals, *country.seats]
    for entries in (lex.organizations, lex.policies, lex.people, officeholder_names(), dictionary_organizations()):
        for name, aliases in entries.items():
            names += [name, *aliases]
    for name in set(names):
        if name.islower():
            by_lower.setdefault(name.lower(), tokenizer(name.lower()))
        else:
            by_exact.setdefault(name, tokenizer(name))
            if len(name) >= 4 and name.isalpha() and name.isupper():  # (an acronym as some papers print it:
                by_exact.setdefault(name.title(), tokenizer(name.title()))  # "Ecowas", "Asean", "Nato")
    exact.add("exact", list(by_exact.values()))
    lower.add("lower", list(by_lower.values()))
    return exact, lower


@cache
def _tokenizer(vocab):
    from spacy.lang.en import English  # noqa: PLC0415

    return English(vocab=vocab).tokenizer


@cache
def _shapes() -> tuple[tuple[str, re.Pattern, str], ...]:
    return tuple((row[0], re.compile(row[1]), row[2] if len(row) > 2 else "") for row in rows("shapes.tsv"))


def _lexicon_spans(doc) -> list[Span]:
    exact, lower = _matchers(doc.vocab)
    found = ((start, end, canonical(doc[start:end].text)) for _, start, end in [*exact(doc), *lower(doc)])
    return [Span(start, end, *hit, "lexicon") for start, end, hit in found
            if hit and not (hit[2] == "name" and _begins_longer_name(doc, start, end))
            and not (hit[2] == "demonym" and start > 0 and doc[start - 1].text in _REGION_WORDS)
            and not _hyphened_qualifier(doc, start, end)
            and not of_a_people_elsewhere(doc, start)]


def of_a_people_elsewhere(doc, start: int) -> bool:
    """Whether a people's name that also names a state's people follows another state's name or demonym:
    "Bosnian Serb forces", "Kosovo Serb protesters" are of Bosnia and Kosovo, not Serbia (but "Turkish
    Cypriot police" are Cyprus's: "Cypriot" is no such name)."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and doc[start].lower_ in _ETHNONYMS and before.is_title \
        and before.dep_ in ("amod", "compound") and before.head.i >= start and canonical(before.text) is not None


def _states_paired(doc, start: int, end: int) -> bool:
    """Whether a name and the word hyphened after it are both countries' names ("Mali-Russia")."""
    names = (doc[start:end].text, doc[end + 1].text)
    return all((found := canonical(name)) is not None and found[0] == "Country" for name in names)


def _hyphened_qualifier(doc, start: int, end: int) -> bool:
    """Whether a name only qualifies a word joined to it by a hyphen that makes it no actor: the side one is for
    or against ("pro-Russian separatists", "anti-American protests"), or a people living somewhere
    ("Serb-majority municipalities", "Russian-speaking regions")."""
    return start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
        and doc[start - 2].lower_ in _FOR_OR_AGAINST \
        or end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and doc[end + 1].lower_ in _POPULATED


def _begins_longer_name(doc, start: int, end: int) -> bool:
    """Whether a name ends where a longer place's or people's name the model read from inside it goes on:
    "the [West Bank]", "the [West African] neighbours" name neither the West nor any body."""
    return end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].is_alpha \
        and doc[end].ent_type_ in ("GPE", "LOC", "NORP") and any(t.ent_iob_ == "B" for t in doc[start:end])


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a headline in Title Case, whose capitals mark no names."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _shape_spans(doc) -> list[Span]:
    spans: list[Span] = []
    text = text_of(doc)
    for kind, pattern, template in _shapes():
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or _title_case_line(text, match.start()):
                continue
            name = _clean(template.format(match.group(), **match.groupdict()) if template else match.group())
            found = canonical(name)
            if found and found[2] == "name":
                kind_, name, how = found[0], found[1], "name"
            else:  # an unseen shape: "authoritarianism", "Gaza conflict"
                kind_, name = kind, name.lower() if name[0].islower() else name
                how = "candidate" if kind == "Policy" else "name"
            spans.append(Span(span.start, span.end, kind_, name, how, "shape"))
            for group in ("org", "owner"):  # "NATO's eastward expansion" also mentions NATO
                if match.groupdict().get(group):
                    inner = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
                    hit = canonical(match[group])
                    if inner is not None and hit and hit[2] in ("name", "capital"):
                        spans.append(Span(inner.start, inner.end, hit[0], hit[1], "nested", "shape"))
    return spans


# Prepositions before a place: "rallied in Puno" (not "The Commonwealth suspended Fiji", though a town bears the name).
_AT_PLACE = frozenset({"in", "at", "near", "from", "to", "outside"})
# Words before a nationality that make it a region's ("Latin American", "Central Asian"; a state's longer names,
# "South African", "Central African", are the lexicon's own and matched whole).
_REGION_WORDS = frozenset({"Latin", "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
                           "Western", "Sub-Saharan"})
# Words NER takes into a name that are not part of it: "[the] United Nations", "[Fellow] EU member Hungary".
_LEADING = frozenset({"the", "fellow"})
# Words that make a name a body's, whatever the model's label ("Korean Central News Agency").
# A state's missions abroad ("the Ugandan High Commission": the state's, not a body of its own).
_MISSIONS = frozenset({"embassy", "high commission", "consulate", "consulate general", "mission"})
_BODY_WORDS = frozenset({"agency", "committee", "ministry", "council", "commission", "party", "front", "union",
                         "army", "forces", "court", "bank", "authority", "movement", "organization", "organisation",
                         "institute", "association", "federation", "coalition", "alliance", "parliament", "assembly",
                         "office", "bureau", "department", "directorate", "secretariat"})
_FOR_OR_AGAINST = frozenset({"pro", "anti"})
# Names of peoples living on both sides of borders, which another state's name before them places ("Croatian Serbs").
_ETHNONYMS = frozenset({"serb", "serbs", "croat", "croats", "albanian", "albanians", "bosniak", "bosniaks"})
_POPULATED = frozenset({"majority", "minority", "speaking", "populated", "inhabited", "dominated"})
# Last words of a name that make it a body's, whatever the model's label (not "office" or "bank": the Oval Office,
# the West Bank).
_BODY_HEADS = _BODY_WORDS - {"office", "bank"}
_MEDIA = frozenset({"twitter", "x", "facebook", "telegram", "instagram", "youtube", "tiktok", "wechat", "weibo",
                    "whatsapp", "truth social"})  # ("announced on Twitter": a medium, no actor)
# Words for a body that the body's name comes right before ("the Ansar-ul-Islam group", "the Hamas movement").
NAMED_BODIES = frozenset({"group", "movement", "faction", "militia", "network", "organisation", "organization"})
# Nouns of groups a people's name qualifies ("Hutu extremists"): the people, not a person.
_GROUPS = frozenset({"people", "extremist", "community", "militia", "rebel", "fighter", "population", "tribe",
                     "minority", "majority", "leader", "group", "activist", "protester"})
# Ships, whose names are no actors: "the tanker Stena Impero".
VESSELS = frozenset({"tanker", "ship", "vessel", "freighter", "frigate", "destroyer", "warship", "yacht", "ferry",
                     "boat", "cruiser", "trawler", "submarine"})
# Nouns that make the name before or after them a place ("the town of Gatumba", "the Desaguadero crossing").
PLACE_NOUNS = frozenset({"town", "city", "village", "port", "district", "crossing", "checkpoint", "airport",
                         "post", "valley", "river", "island", "islands", "enclave", "neighbourhood", "neighborhood",
                         "province", "region", "state", "county", "governorate", "prefecture"})
# Nouns of events named after where they happened: "the Srebrenica genocide", "the Bucha massacre".
_SITE_NOUNS = frozenset({"massacre", "genocide", "siege", "killing", "killings", "earthquake", "uprising"})


def _demonym_words(doc, start: int, end: int) -> int:
    """How many words from ``start`` (before ``end``) are a demonym: "Kazakh", "Sri Lankan" (0 when none, or
    when they begin a longer known name: "[Dominican] Republic and Uruguay")."""
    for n in (2, 1):
        words = doc[start:start + n]
        if start + n < end and (words[0].pos_ == "ADJ" or words[0].is_title) \
                and (hit := canonical(words.text)) is not None and hit[2] == "demonym":
            longer = (canonical(doc[start:k].text) for k in range(start + n + 1, end + 1))
            return 0 if any(h is not None and h[2] == "name" for h in longer) else n
    return 0


def _ner_spans(doc) -> list[Span]:
    spans: list[Span] = []
    for ent in doc.ents:
        ktype = NER_TYPES.get(ent.label_)
        if not ktype:
            continue
        if ent.label_ == "WORK_OF_ART" and (clause := _clause_as_title(ent)):
            spans += clause
            continue
        start = ent.start + (1 if ent[0].lower_ in _LEADING else 0)
        end = ent.end - (1 if ent[-1].tag_ == "POS" else 0)
        first = start  # "Neighbouring Mali", "Landlocked Ethiopia": a word about a known name is no part of it
        # (but a body named after a state keeps its first word, a noun: "Air France suspended flights")
        while start < end - 1 and (doc[start].pos_ in ("ADJ", "VERB") and doc[start].text not in _REGION_WORDS
                                   or doc[start].is_sent_start and canonical(doc[start].text) is None and not (
                                       ent.label_ == "ORG" and not doc[start].lower_.endswith(_DESCRIBING))) \
                and canonical(doc[start + 1:end].text):  # (but "[Latin] American" names no American)
            start += 1
        stripped = start > first
        # "[Mozambique's] Cabo Delgado", "[Russia's] Gazprom": a known country's possessive opens the name of what
        # is its own (the country is found on its own, by the lexicon)
        start = next((t.i + 1 for t in doc[start + 1:end - 1] if t.tag_ == "POS"
                      and (hit := canonical(doc[start:t.i].text)) is not None and hit[0] == "Country"), start)
        end = next((t.i for t in doc[start:end] if t.text == "(" and t.i > start), end)  # "… Development (IGAD"
        # "[the Great Hall of the People] in Beijing": a venue and the city it is in, read as one name
        end = next((t.i for t in doc[start + 1:end - 1] if t.lower_ == "in" and ent.label_ in ("FAC", "ORG", "LOC")
                    and (canonical(doc[t.i + 1:end].text) or locate(doc[t.i + 1:end].text, other_names=False))), end)
        end = _before_country_of(doc, start, end, ent.label_)
        # NER may stop short of a name's last part: "João Gomes [Cravinho]" (a compound of the next word).
        # ("Mohammed bin Abdulrahman [Al Thani]": the compound may point past the next word to the head)
        while ent.label_ == "PERSON" and end < len(doc) and doc[end].pos_ == "PROPN" \
                and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end \
                and doc[end - 1].head.pos_ == "PROPN" and doc[end - 1].lower_ not in role_words() \
                and (doc[end - 1].head.i == end or doc[end].dep_ == "compound"):
            end += 1
        # "Nurlanbek Turgunbek uulu": a lowercase patronymic word ends the name
        if ent.label_ == "PERSON" and end < len(doc) and doc[end].text in _PATRONYMIC_WORDS:
            end += 1
        # "Moon Jae-in": NER may stop at a hyphen inside a name (not a pair of states: "the Mali-Russia pact")
        while ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and not _states_paired(doc, start, end):
            end += 2
        # ... or start late: "[Gilberto] Teodoro, the Philippine defence secretary" (a given name compounded
        # onto the surname that is no title, place or known name)
        while ent.label_ == "PERSON" and not stripped and start > 0 and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].is_title and canonical(doc[start:end].text) is None \
                and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
                and doc[start - 1].lower_ not in role_words() and canonical(doc[start - 1].text) is None:
            start -= 1
        start = _body_head_before(doc, start) if ent.label_ == "ORG" else start
        if ent.label_ == "ORG" and (split := _body_title_name(doc, start, end)) is not None:
            spans += split  # "USAID Administrator Samantha Power", read as one organisation
            continue
        if (split := _brief_then_name(doc, start, end)) is not None:
            spans += split  # "Ambassador to [China Igor Morgulov]", read as one name
            continue
        titled = False  # "Kazakh President Kassym-Jomart Tokayev": the name starts after the title
        has_title = any(_title_word(doc, t) for t in doc[start:end])  # "Indian Army" stays whole
        while start < end - 1 and (ent.label_ in ("PERSON", "GPE", "NORP") or has_title) and (
                (title := _title_words(doc, start, end)) or (step := _demonym_words(doc, start, end))):
            titled = titled or bool(title)
            start += title or step
        if of_a_people_elsewhere(doc, start) or _hyphened_qualifier(doc, start, end):
            continue  # "[Bosnian] Serb": the Serbs of Bosnia (the lexicon names Bosnia); "pro-Russian"
        ktype = "Person" if titled and doc[end - 1].pos_ == "PROPN" else ktype
        if ktype == "Place" and doc[end - 1].lower_ in _BODY_HEADS and doc[end - 1].is_title:
            ktype = "Organization"  # "the Sudan People's Liberation Movement", which the model took for a place
        if ktype == "Person" and any(t.lower_ in _BODY_WORDS for t in doc[start:end]):
            ktype = "Organization"  # "Korean Central News Agency", "Committee for National Security": no person
        if ktype == "Person" and start > 0 and doc[start - 1].lower_ == "the" and end < len(doc) \
                and doc[end].lower_ in NAMED_BODIES:
            ktype = "Organization"  # "the Ansar-ul-Islam group", "the Wagner group": a body's name
        if start >= end or end < len(doc) and f"{doc[start:end].text.lower()} {doc[end].lower_}" in lexicon().agents:
            continue  # ("[Riot] police fired tear gas": the first word of an agent the model took for a name)
        text = doc[start:end].text
        parts = _parts(text)
        if len(parts) > 1 and all(canonical(p) is not None for p in parts):
            continue  # "Mali, Burkina Faso": a list of known names the model took for one
        if ent.label_ == "ORG" and text.lower() in lexicon().agents:
            continue  # "Army", "Foreign Ministry": a generic agent, not a name
        if ent.label_ == "ORG" and end - start > 1 and all(t.is_lower for t in doc[start + 1:end]) \
                and (hit := canonical(doc[start].text)) is not None and hit[2] == "demonym":
            continue  # "the Zambian health ministry": a state's body named by what it is, not a name
        if ent.label_ == "ORG" and doc[end - 1].lower_ == "ministry" and _owned_by_state(doc, start) \
                and not any(canonical(t.text) for t in doc[start:end]):
            continue  # "Brazil's Mines and Energy Ministry": a state's ministry named by its portfolio, the state
            #           found alone (as "Peru's Interior Ministry")
        if ent.label_ in ("ORG", "FAC") and doc[start + 1:end].text.lower() in _MISSIONS \
                and (hit := canonical(doc[start].text)) is not None and hit[0] == "Country":
            continue  # "the Ugandan High Commission", "the Chilean Embassy": a state's mission, the state found alone
        if ent.label_ == "ORG" and _before_title(doc, end):
            continue  # "External Affairs Minister", "Supreme Leader": a title's portfolio, not a body
        if ent.label_ == "ORG" and any(doc[start:k].text.lower() in lexicon().roles
                                       for k in range(end + 1, min(end + 3, len(doc) + 1))):
            continue  # "Kuwait's [Crown] Prince": the first word of a title
        if ent.label_ == "ORG" and end < len(doc) and doc[end].pos_ == "PROPN":
            # "[Abu Dhabi Crown] Prince Khaled", "[Abu Dhabi Crown Prince] Khaled": a name run into a title before
            # a name (not "[Indian Army] chief …")
            end = next((k for k in range(start + 1, end) if (doc[k:end].text.lower() not in lexicon().agents
                                                              or doc[k:end].text.lower() in lexicon().roles)
                        and any(doc[k:j].text.lower() in lexicon().roles
                                for j in range(end, min(end + 3, len(doc) + 1)))), end)
            text = doc[start:end].text
        if text in _KOREAS and start > 0 and doc[start - 1].lower_ == "the":
            continue  # (_koreas: "the South" is no place of the gazetteer, a region of another state so called)
        found = canonical(text)
        cut = end
        while not found and cut - start > 1 and doc[cut - 1].is_lower:
            cut -= 1  # "the European Union days after …": a known name and common words the model ran on into
        if not found and cut < end and (found := canonical(doc[start:cut].text)):
            end, text = cut, doc[start:cut].text
        if not found and _no_name(doc, ent.label_, start, end):
            continue
        # (the gazetteer is asked only of a name no lexicon knows)
        at_city = not found and start > 0 and doc[start - 1].lower_ in _AT_PLACE \
            and locate(_clean(text), other_names=False)
        if found:
            spans.append(Span(start, end, *found, "ner"))
        elif (ent.label_ != "NORP" or at_city) and any(c.isupper() for c in text) \
                and text.lower() not in role_words():
            if not titled and (country_of_place(_clean(text)) or _struck_city(doc, start, end)):
                ktype = "Place"  # "shelled Goma", "struck Khan Younis": a city, whatever NER says
            elif ent.label_ in ("ORG", "PERSON", "NORP") and at_city:
                ktype = "Place"  # "rallied in Puno", "flew to Ceuta": a city of the gazetteer the model took for a body
            elif _named_as_place(doc, ent.label_, start, end):
                ktype = "Place"  # "the town of Gatumba", "the Desaguadero crossing", "envoy for the Sahel"
            spans.append(Span(start, end, ktype, _clean(text), "name", "ner"))
    spans += _koreas(doc, spans)
    # "Stakis and Rinkevics": people named in full elsewhere, or office holders the lexicon knows by one name
    # ("Lula and Petro"), which the model took for one organisation
    surnames = {doc[s.end - 1].text for s in spans if s.type == "Person" and s.end - s.start > 1}
    return [s for s in spans if s.type != "Organization" or not _listed(s.name, surnames)]


_KOREAS = frozenset({"North", "South"})  # "the North", "the South": the two Koreas by their halves


def _koreas(doc, spans: list[Span]) -> list[Span]:
    """"The North" and "the South" in a story that names a Korea: the two Koreas ("fired shells at the South",
    "Seoul accused the North of …"); no name before another ("the South China Sea") and none elsewhere."""
    if not any(t.text in ("Korea", "Korean", "Koreas") for t in doc):
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    return [Span(t.i, t.i + 1, "Country", f"{t.text} Korea", "name", "ner") for t in doc[1:]
            if t.text in _KOREAS and doc[t.i - 1].lower_ == "the" and t.i not in taken
            and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ != "PROPN")]


def _clause_as_title(ent) -> list[Span]:
    """The names of a clause the model took for a title, one unquoted and holding its sentence's verb ("[Japarov
    and Rahmon met] for the first time"): its subjects, each one name (a known one, else a person's)."""
    if ent.start > 0 and ent.doc[ent.start - 1].is_quote or not any(t.dep_ == "ROOT" and t.pos_ == "VERB" for t in ent):
        return []
    spans = []
    for t in ent:
        if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "conj") and t.head.i < ent.end:
            start = t.left_edge.i if all(g.pos_ == "PROPN" for g in ent.doc[t.left_edge.i:t.i]) else t.i
            text = ent.doc[max(start, ent.start):t.i + 1].text
            spans.append(Span(max(start, ent.start), t.i + 1, *(canonical(text) or ("Person", text, "name")), "ner"))
    return spans


def _body_head_before(doc, start: int) -> int:
    """Where a body's name starts when NER began it after its head: "the [Movement for the] Self-Determination of
    Kabylie", "the [Popular Front for the] Liberation of Palestine" (a capitalised body word, "for" or "of")."""
    at = start - (2 if start >= 2 and doc[start - 1].lower_ == "the" else 1)
    if at < 1 or doc[at].lower_ not in ("for", "of") or not doc[at - 1].is_title \
            or doc[at - 1].lower_ not in _BODY_WORDS:
        return start
    at -= 1
    while at > 0 and doc[at - 1].is_title and doc[at - 1].pos_ in ("PROPN", "ADJ") and not doc[at - 1].is_sent_start:
        at -= 1  # ("Popular Front for …")
    return at


def _before_country_of(doc, start: int, end: int, label: str) -> int:
    """Where a name ends that the model read together with the country after it: "[Gustavo Petro] of
    Colombia" (an organisation's name only when the lexicons know the person: not "the Bank of England")."""
    for t in doc[start + 1:end - 1]:
        if t.lower_ == "of" and canonical(doc[t.i + 1:end].text):
            person = canonical(doc[start:t.i].text)
            if label == "PERSON" or label == "ORG" and person is not None and person[0] == "Person":
                return t.i
    return end


def _titled_names(doc) -> list[Span]:
    """Two to four capitalised words right after a capitalised title, which the model left unnamed: a person
    ("Indian National Security Adviser [Ajit Doval]"), not a title, a body or a place."""
    found, titles = [], role_words()
    for title in doc:
        if not title.is_title or title.lower_ not in titles:
            continue
        end = _name_run(doc, title.i + 1, unlabelled=True)
        if 2 <= end - title.i - 1 <= 4 and (end == len(doc) or doc[end].pos_ != "PROPN"):
            found.append(Span(title.i + 1, end, "Person", doc[title.i + 1:end].text, "name", "ner"))
    return found


@cache
def _not_name_words() -> frozenset[str]:
    """Words that are no part of a person's name: titles and words of bodies."""
    return role_words() | _NOT_PEOPLE


def _name_word(token, *, unlabelled: bool) -> bool:
    """Whether a word may be part of a person's name no model or table gave: a capitalised proper noun no table
    knows, no title or word of a body, with no entity label (``unlabelled``) or any but a person's."""
    return token.pos_ == "PROPN" and token.is_title \
        and (not token.ent_type_ if unlabelled else token.ent_type_ != "PERSON") \
        and token.lower_ not in _not_name_words() and canonical(token.text) is None


def _name_run(doc, start: int, *, unlabelled: bool) -> int:
    """Where a run of up to four words of a name (_name_word) from ``start`` ends."""
    end = start
    while end < len(doc) and end - start < 4 and _name_word(doc[end], unlabelled=unlabelled):
        end += 1
    return end


def _appositive_names(doc) -> list[Span]:
    """Two to four capitalised words set off by commas right after a title's phrase, which the model left
    unnamed or took for a place or body no table knows: "Australia's minister for the Pacific, [Zed Seselja],
    said …" (the title within the five words before the first comma, none of them a comma)."""
    found, titles = [], role_words()
    for comma in doc[1:-3]:
        if comma.text != ",":
            continue
        end = _name_run(doc, comma.i + 1, unlabelled=False)
        phrase, name = doc[max(0, comma.i - 5):comma.i], doc[comma.i + 1:end].text
        if 2 <= end - comma.i - 1 <= 4 and end < len(doc) and doc[end].text in (",", ".") \
                and any(t.lower_ in titles for t in phrase) and not any(t.text == "," for t in phrase) \
                and canonical(name) is None and locate(name) is None:
            found.append(Span(comma.i + 1, end, "Person", name, "name", "ner"))
    return found


def _names_before_titles(doc) -> list[Span]:
    """Two to four capitalised words no model or table named, right before a comma and a title's phrase set off by
    commas: "[Sanae Takaichi], Japan's first female prime minister, met …" (the title, within the six words after
    the comma and before the next one, in apposition to the name; not "Camp Humphreys, the largest US base")."""
    found, titles = [], role_words()
    for comma in doc[2:-3]:
        if comma.text != ",":
            continue
        start = comma.i  # (the run of name words that ends at the comma)
        while start > 0 and comma.i - start < 4 and _name_word(doc[start - 1], unlabelled=True):
            start -= 1
        if comma.i - start < 2:
            continue
        close = next((t.i for t in doc[comma.i + 1:comma.i + 8] if t.text == ","), None)
        name = doc[start:comma.i].text
        if (start == 0 or doc[start - 1].pos_ != "PROPN") and close is not None \
                and any(t.lower_ in titles and t.dep_ == "appos" and start <= t.head.i < comma.i
                        for t in doc[comma.i + 1:close]) \
                and canonical(name) is None and locate(name) is None:
            found.append(Span(start, comma.i, "Person", name, "name", "ner"))
    return found


def _destinations(doc) -> list[Span]:
    """A city the model left unnamed where one goes, "flew to Ceuta" (a one-word name of the gazetteer after
    a verb or noun of motion), or where a force strikes or a city is named as one, "shelled Odesa", "bombed the
    city of Lashio" (a big city's name of one or more words: _struck_city)."""
    found = []
    for t in doc:
        if t.ent_type_ or t.pos_ != "PROPN" or not t.is_title:
            continue
        start = min([t.i, *(c.left_edge.i for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN")])
        if any(doc[k].ent_type_ or not doc[k].is_title for k in range(start, t.i)):
            continue
        going = start == t.i and t.dep_ == "pobj" and t.head.lower_ in ("to", "into") \
            and t.head.head.lemma_.lower() in _MOTION and locate(t.text, other_names=False) is not None
        if going or _struck_city(doc, start, t.i + 1):
            found.append(Span(start, t.i + 1, "Place", doc[start:t.i + 1].text, "name", "ner"))
    return found


def _names_no_party(token) -> bool:
    """Whether a name before a word of pacts names a place or the pact itself, not a party to it: a capital is a
    place here ("the Minsk agreements"); a country, person or body of the lexicon, or a person or people the model
    finds, is a party."""
    known = canonical(token.text)
    if known is not None:
        return known[2] == "capital" or known[0] not in ("Country", "Person", "Organization")
    return token.ent_type_ not in ("PERSON", "NORP")


def _named_pacts(doc) -> list[Span]:
    """A pact news names by a place or a name of its own before a lowercase word of pacts, "the Prespa agreement",
    "the Minsk agreements", "the Paris climate accord" (a document; not "the China-Russia agreement", whose names
    are its parties, nor "the Putin deal")."""
    words, found = lexicon().synsets["PACTS"] | lexicon().synsets["JOINT_TEXTS"], []
    for head in doc:
        if head.pos_ != "NOUN" or not head.is_lower or head.lemma_.lower() not in words \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue
        start = head.i
        while start > 0 and doc[start - 1].head.i in range(start - 1, head.i + 1) \
                and doc[start - 1].dep_ in ("compound", "amod", "nmod") \
                and (doc[start - 1].is_lower and doc[start - 1].pos_ in ("NOUN", "ADJ") or doc[start - 1].is_title):
            start -= 1
        names = [t for t in doc[start:head.i] if t.is_title]
        if not names or doc[start].is_lower or not all(map(_names_no_party, names)):
            continue
        found.append(Span(start, head.i + 1, "Document", doc[start:head.i + 1].text, "name", "shape"))
    return found


@cache
def _force_verbs() -> frozenset[str]:
    """The verbs triggers.tsv reads as attacks ("shelled", "struck", "bombed")."""
    return frozenset(lemma for (lemma, pos), entries in lexicon().triggers.items()
                     if pos == "VERB" and any(e.predicate == "attacks" and not e.particle for e in entries))


def _struck_city(doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a big city of the gazetteer (state_of_place) that a verb of force acts
    on, or that a place noun names: "drones struck Zaporizhzhia", "jets bombed Khan Younis", "the city of
    Lashio" (names the model may take for a person's or a body's, or leave unnamed)."""
    head = doc[end - 1]
    while head.dep_ == "conj" and head.head.pos_ == "PROPN":  # ("hit Dnipro and Kryvyi Rih")
        head = head.head
    slot = head.dep_ == "dobj" and head.head.lemma_.lower() in _force_verbs() or head.dep_ == "pobj" \
        and head.head.lower_ == "of" and head.head.head.lemma_.lower() in PLACE_NOUNS
    return slot and state_of_place(_clean(doc[start:end].text)) is not None


def _no_name(doc, label: str, start: int, end: int) -> bool:
    """What the model tags as a person or a place but is no actor's name here: a medium ("wrote on Twitter"),
    a name with a number ("COVID-19"), an adjective or verb ("Exiled …"), a plural with an article or adjective
    ("the enslaved Africans"), a people qualifying a group ("Hutu extremists", "the Kanak people") or a region
    qualifying a common noun ("the Baltic response", "the Gulf crisis")."""
    first, text = doc[start], doc[start:end].text
    if start > 0 and doc[start - 1].lower_ in ("on", "via") and text.lower() in _MEDIA \
            and not (start > 1 and doc[start - 2].lemma_.lower() in lexicon().synsets["RESTRICTIONS"]):  # ("ban on X")
        return True
    if _CODED.search(text) or label == "PERSON" and any(c.isdigit() for c in text):
        return True  # ("COVID-19", "F-16": a disease or a weapon the model took for a body or a person)
    if start > 0 and doc[start - 1].lemma_.lower() in VESSELS or end < len(doc) \
            and doc[end].lemma_.lower() in VESSELS and any(t.head.i == end for t in doc[start:end]):
        return True  # "the tanker Stena Impero", "the Grace 1 tanker": a ship, no actor
    if label != "PERSON" and label != "LOC" or end - start > 1:
        return False
    qualifies = first.dep_ in ("compound", "amod") and first.head.pos_ == "NOUN" and first.head.i > first.i
    if label == "LOC":
        return qualifies
    plural = first.tag_ == "NNPS" and any(c.dep_ in ("det", "amod") for c in first.children)  # "the … Africans"
    return first.pos_ in ("ADJ", "VERB") or plural \
        or qualifies and first.head.lemma_.lower() in _GROUPS


def _named_as_place(doc, label: str, start: int, end: int) -> bool:
    """Whether the words around a name say it is a place: "the western town of Gatumba", "the Desaguadero
    crossing", "the Lebombo border post" (nouns of PLACE_NOUNS), "the Bucha massacre" (_SITE_NOUNS); a
    one-word "person" after a preposition and "the" ("the envoy for the Sahel")."""
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in PLACE_NOUNS:
        return True
    if label == "PERSON" and end - start == 1 and start > 1 and doc[start - 1].lower_ == "the" \
            and doc[start - 2].pos_ == "ADP" and not (doc[start].dep_ == "compound"  # (not "by the Lukashenko
                                                      and doc[start].head.lower_ in lexicon().agents):  # regime")
        return True
    last = doc[end - 1]
    return last.dep_ == "compound" and last.head.i >= end and last.head.lemma_.lower() in PLACE_NOUNS | _SITE_NOUNS \
        and all(t.dep_ == "compound" for t in doc[end:last.head.i])


def _listed(text: str, surnames: set[str]) -> bool:
    parts = _parts(text)
    return len(set(parts)) == len(parts) > 1 and all(
        p in surnames or holder_name(p) or (known := canonical(p)) is not None and known[0] == "Person" for p in parts)


def _parts(text: str) -> list[str]:
    """The names of a list ("Mali, Burkina Faso and Niger")."""
    return [p.strip() for p in re.split(r",|\band\b", text) if p.strip()]


def _body_title_name(doc, start: int, end: int) -> list[Span] | None:
    """A body or a capital, a title and a name that the model took for one organisation ("USAID Administrator
    Samantha Power", "Riga Mayor Martins Stakis"): the body and the person, or None."""
    title = next((t.i for t in doc[start + 1:end - 1] if t.lower_ in role_words()), None)
    if title is None:
        return None
    name = title
    while name < end and doc[name].lower_ in role_words():
        name += 1
    # (a body the lexicon does not know is taken when no word of it is a known name: not "Kenyan Defence Ministry")
    unknown = all((t.pos_ == "PROPN" or t.is_upper) and canonical(t.text) is None for t in doc[start:title])
    body = canonical(doc[start:title].text) or (("Organization", _clean(doc[start:title].text), "name")
                                                if unknown else None)
    if name >= end or body is None or body[0] not in ("Organization", "Country") or body[2] == "demonym":
        return None
    if not all(t.is_title and t.is_alpha for t in doc[name:end]):  # (the tagger may take "Martins" for a verb)
        return None
    if all(t.lower_ in _BODY_WORDS for t in doc[name:end]):
        return None  # "Taiwan Affairs Office": a body named by its portfolio, no title and name
    return [Span(start, title, *body, "ner"), Span(name, end, "Person", _clean(doc[name:end].text), "name", "ner")]


def _brief_then_name(doc, start: int, end: int) -> list[Span] | None:
    """A title's country or body and the holder's name that the model took for one name ("Russian Ambassador
    to [China Igor Morgulov]", "envoy to [Sudan Ramtane Lamamra]", "ambassador to [NATO Dmitry Rogozin]",
    "Foreign Minister of [Kenya Alfred Mutua]"): the country or body and the person, or None."""
    # ("ambassador to the [UN Zhang Jun]")
    before = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if before < 2 or doc[before - 1].lower_ not in ("to", "for", "in", "of") \
            or doc[before - 2].lower_ not in role_words():
        return None
    for cut in range(start + 1, min(start + 4, end - 1)):
        place = canonical(doc[start:cut].text)
        rest = doc[cut:end]
        if place is not None and place[0] in ("Country", "Organization") and place[2] == "name" and len(rest) >= 2 \
                and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in rest) \
                and (canonical(rest.text) or ("Person",))[0] == "Person" \
                and not any(t.lower_ in _BODY_WORDS or t.lower_ in role_words() for t in rest) \
                and rest.text.lower() not in lexicon().agents:  # (not "China Coast Guard")
            return [Span(start, cut, *place, "ner"), Span(cut, end, "Person", _clean(rest.text), "name", "ner")]
    return None


def _owned_by_state(doc, start: int) -> bool:
    """Whether the words of a portfolio from ``start`` (and those NER left out before it: "[Lands and] Natural
    Resources Ministry") follow a country's possessive: "Ghana's …"."""
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in ("and", "&")):
        start -= 1
    return start > 1 and doc[start - 1].tag_ == "POS" and (hit := canonical(doc[start - 2].text)) is not None \
        and hit[0] == "Country"


def _before_title(doc, end: int) -> bool:
    """Whether capitalised words from ``end`` on run into a title of _PORTFOLIO_OF ("[Home] Affairs Minister")."""
    while end < len(doc) and doc[end].is_title and doc[end].lower_ not in _PORTFOLIO_OF:
        end += 1
    return end < len(doc) and doc[end].lower_ in _PORTFOLIO_OF


# A last word of a title that names no one on its own: "[Secretary of] State Antony Blinken" is titled, "State
# House" is a name.
_PORTFOLIOS = frozenset({"state"})


def _title_words(doc, start: int, end: int) -> int:
    """How many words from ``start`` (before ``end``) are a title: one title word, or a title of two or three
    whose first word is none on its own ("Crown Prince"); 0 if none."""
    if _title_word(doc, doc[start]):
        return 1
    return next((n for n in (2, 3) if start + n < end and doc[start:start + n].text.lower() in lexicon().roles), 0)


def _title_word(doc, token) -> bool:
    """Whether ``token`` is a title or the last word of one ("Councilor"; a portfolio only after "of")."""
    return token.lower_ in role_words() and (
        token.lower_ not in _PORTFOLIOS or token.i > 0 and doc[token.i - 1].lower_ == "of")


def _select(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), _PRIORITY[s.source], s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def _variant(name: str) -> str:
    variants = lexicon().name_variants
    return " ".join(variants.get(part, part) for part in name.split())


# Titles a monarch or a pope is known by with one name: "King Salman", "Sultan Qaboos", "Queen Elizabeth II".
_ROYAL = frozenset({"king", "queen", "sultan", "emir", "prince", "princess", "pope"})
_REGNAL = re.compile(r"[IVX]+")


def _royal_title(doc, span: Span) -> str:
    """The title of a person named by one given name (and a regnal number) right after it, else ""."""
    words = span.name.split()
    if span.start == 0 or not 1 <= len(words) <= 2 or len(words) == 2 and not _REGNAL.fullmatch(words[1]):
        return ""
    before = doc[span.start - 1]
    return before.text if before.lower_ in _ROYAL and before.is_title else ""


_ARTICLE = re.compile(r"^(?:al|el|as|ad|ash|at|az|ar)-(?=[A-Z])", re.I)  # "al-Sisi", "el-Sisi": "Sisi" too


def _name_parts(name: str) -> list[str]:
    """The words of a full name by which it may be cut short, a surname with its Arabic article and without:
    "Abdel Fattah al-Sisi" is also "Sisi"."""
    words = name.split()
    return words + [bare for w in words if (bare := _ARTICLE.sub("", w)) != w]


def _resolve_people(doc, spans: list[Span]) -> list[Span]:
    """Full names get one spelling; a lone surname or given name becomes the full name it abbreviates."""
    people = lexicon().people
    full: list[tuple[int, str]] = []
    resolved: list[Span] = []
    for span in spans:
        if span.type == "Person" and (royal := _royal_title(doc, span)):  # "King Abdullah", "Sultan Qaboos"
            # (or a royal named in full before by the same title: "Crown Prince Mohammed bin Salman … Prince
            # Mohammed")
            named = [name for start, name in full if name.split()[0] == span.name and start > 0
                     and doc[start - 1].lower_ in _ROYAL]
            span = replace(span, name=named[-1] if named else f"{royal} {span.name}")
        if span.type == "Person" and " " in span.name:
            name = _variant(span.name)
            name = next((p for p, aliases in people.items() if name == p or name in aliases), name)
            written = _clean(doc[span.start:span.end].text)
            name = written if name != written and _unaccented(name) == written else name  # ("Antonio Guterres"
            #                                                      as the article spells him, not "António")
            full.append((span.start, name))
            span = replace(span, name=name)
        resolved.append(span)
    # A lone surname that spaCy did not tag ("Lavrov accused …") is still that person.
    covered = {i for s in resolved for i in range(s.start, s.end)}
    parts = {}
    parts_of = {name: _name_parts(name) for _, name in full}  # (looked up once per full name)
    for name, words in parts_of.items():
        for part in words:
            if part.lower() not in _ROYAL:  # ("King Salman … Salman said", not the title alone)
                parts.setdefault(part, name)
    for token in doc:
        if token.i not in covered and token.text in parts and (
                token.pos_ == "PROPN" or token.pos_ in ("NOUN", "ADJ") and token.is_title):  # ("Tuggar, speaking
            #                             …", "Yoon and Japanese Prime Minister Ishiba", read as adjectives)
            resolved.append(Span(token.i, token.i + 1, "Person", token.text, "name", "ner"))
    for part in (p for p in parts if "-" in p):  # ("Sall-Diouf", three tokens)
        for found in re.finditer(rf"\b{re.escape(part)}\b", text_of(doc)):
            span = doc.char_span(found.start(), found.end())
            if span is not None and covered.isdisjoint(range(span.start, span.end)):
                resolved.append(Span(span.start, span.end, "Person", part, "name", "ner"))
    resolved.sort(key=lambda s: s.start)
    result = []
    for span in resolved:
        single = " " not in span.name  # (a one-word name, hyphenated or not: "Akufo-Addo")
        if single and span.type in ("Person", "Organization", "Place", "Document") and span.source != "lexicon" or (
            single and span.type == "Person"
        ):
            token = span.name
            matches = [(pos, name) for pos, name in full if token in parts_of[name]]
            if matches:
                before = [m for m in matches if m[0] <= span.start]
                span = replace(span, type="Person", name=(before or matches)[-1][1])
            elif span.type in ("Person", "Place"):
                # ("Turkey's Erdogan hit out at …": a known person's surname the model took for a place)
                known = [p for p in people if token in p.split()] if span.type == "Person" or locate(token) is None \
                    else []
                if not known and span.type == "Place":  # ("Brazil's Lula met …": an office holder's one-word
                    # name, though a town somewhere has it too)
                    known = sorted({a.name for a in actor_records(token) if a.source == "officeholders"})
                span = replace(span, type="Person", name=known[0]) if len(known) == 1 else span
            elif span.type == "Organization" and (bodies := [s.name for s in result if s.type == "Organization"
                                                             and s.name.split()[-1] == token]):
                span = replace(span, name=bodies[-1])  # "the European Commission … The Commission said": the
                #                                        body named before whose last word it is
        elif span.type == "Person" and (longer := [(pos, name) for pos, name in full
                                                   if name.lower().endswith(f" {span.name.lower()}")
                                                   or name.lower().startswith(f"{span.name.lower()} ")]):
            # a name cut to its last words is the full name they end ("Luis Lacalle Pou … Lacalle Pou met"; "Alberto
            # van Klaveren … Van Klaveren said", its particle capitalised to open the sentence), and one cut to its
            # first words the name they open ("Nik Nazmi Nik Ahmad … Nik Nazmi told reporters")
            before = [m for m in longer if m[0] <= span.start]
            span = replace(span, name=(before or longer)[-1][1])
        result.append(span)
    return result


# Sectors of the dictionary's records of people (its country files also list places and agencies).
_PEOPLE_SECTORS = frozenset({"GOV", "MIL", "ELI", "LEG", "OPP", "JUD"})
# Words of names that are no person's, though the dictionary lists them under a country.
_NOT_PEOPLE = _BODY_WORDS | frozenset({
    "government", "republic", "kingdom", "state", "states", "island", "islands", "region", "province", "national",
    "congress", "police", "guard", "guards", "service", "services", "brigade", "brigades", "corps", "militia",
    "group", "news"})


def _titled(doc, span: Span) -> Span:
    """A name right after a title ("President Kassym-Jomart Tokayev") is a person's, whatever NER said (but not
    a body's: "Kyrgyzstan's State Committee for National Security")."""
    if any(t.lower_ in _BODY_WORDS for t in doc[span.start:span.end]):
        return span
    before = doc[span.start - 1] if span.start else None
    if span.source == "ner" and span.type != "Person" and before is not None and before.lower_ in role_words() \
            and (before.is_title or span.end - span.start >= 2 and all(t.pos_ == "PROPN" for t in doc[span.start:span.end])):
        return replace(span, type="Person")  # also "spokeswoman Yolande Makolo"
    root = doc[span.start:span.end].root
    # the title, or a title whose phrase the parser hung the name on: "the UN envoy for Western Sahara, X,"
    title = root.head.head.head if root.head.dep_ == "pobj" else root.head
    if span.source == "ner" and span.type != "Person" and before is not None and before.text == "," \
            and root.dep_ == "appos" and title.lower_ in role_words() and span.end - span.start >= 2 \
            and all(t.pos_ == "PROPN" or t.is_lower and t.is_alpha and len(t) <= 3 for t in doc[span.start:span.end]):
        return replace(span, type="Person")  # "its commission chairman, Moussa Faki Mahamat,"
    tokens = doc[span.start:span.end]
    if span.source == "ner" and span.type != "Person" and len(tokens) >= 2 and all(t.pos_ == "PROPN" for t in tokens) \
            and span.end < len(doc) and doc[span.end].text == "," and any(
                c.dep_ == "appos" and c.i > root.i and c.lower_ in role_words() for c in root.children):
        return replace(span, type="Person")  # "Vassily Nebenzia, Russia's envoy to the UN,": the title after
    if span.source == "ner" and span.type != "Person" and len(tokens) >= 2 \
            and all(t.pos_ == "PROPN" and t.lower_ not in _NOT_PEOPLE or t.text == "-" for t in tokens) \
            and any(a.source in ("countries", "officeholders") and a.code[3:6] in _PEOPLE_SECTORS
                    for a in actor_records(span.name)) and country_of_place(span.name) is None:
        return replace(span, type="Person")  # "Ethiopia's Abiy Ahmed": a person the dictionary knows
    return span


def _is_place_use(doc, span: Span) -> bool:
    """A capital is a place after a locative preposition ("in Moscow", "visit to Beijing")."""
    last = doc[span.end - 1]
    acting = next((c for c in last.children if appositive_participle(c) == last), None)  # ("X, visiting Kyiv,")
    head = acting if acting is not None else last.head
    if last.dep_ == "dobj" or acting is not None:  # "visited Moscow"
        return any("Place" in lexicon().predicates[e.predicate].object_types and "dobj" in e.objects
                   for e in lexicon().triggers.get((head.lemma_.lower(), "VERB"), ()) if not e.block)
    if head.dep_ != "prep" and head.pos_ != "ADP":
        return False
    word, governor = head.lower_, head.head.lemma_.lower()
    if word == "from" and any(c.dep_ == "dobj" and any(not e.block for e in lexicon().triggers.get(
            (c.lemma_.lower(), "NOUN"), ())) for c in head.head.children):
        return False  # "drew a sharp rebuke from Beijing", "won support from Moscow": who gave it
    for pos in ("NOUN", "VERB") if head.head.pos_ not in ("NOUN", "VERB") else (head.head.pos_,):
        # (the event-data dictionary's verbs are too general to tell a place from an actor)
        taking = [e for e in lexicon().triggers.get((governor, pos), ()) if not e.block and word in e.objects]
        if taking:  # the target of an act: "a visit to Beijing" vs "a jab at Washington" (any of the word's
            #         entries: "landed in Lusaka" is a visit, though aid may land there too)
            return any("Place" in lexicon().predicates[e.predicate].object_types for e in taking)
    return word in _LOCATIVE or (word == "to" and governor in _MOTION)


def _halves(spans: list[Span]) -> dict[str, str]:
    """ "North" and "South" for the one country of each the text names by them: "the North" is North Korea
    where North Korea is named."""
    named: dict[str, set[str]] = {}
    for span in spans:
        half = span.name.split()[0] if span.type == "Country" and " " in span.name else ""
        if half in ("North", "South"):
            named.setdefault(half, set()).add(span.name)
    return {half: names.pop() for half, names in named.items() if len(names) == 1}


@cache
def _surnames() -> dict[tuple[str, str], frozenset[str]]:
    """(surname, country code) -> the full names of that country's people in office (officeholders.tsv and
    the event-data dictionary's records of people)."""
    titles = {*lexicon().roles, "crown"}

    def index(records) -> dict[tuple[str, str], set[str]]:
        table: dict[tuple[str, str], set[str]] = {}
        for name, code in records:
            words = name.split()
            while words and words[0].lower() in titles:  # ("Crown Prince Haakon": a title and one name)
                words = words[1:]
            if len(words) > 1 and not any(w.lower() in _NOT_PEOPLE for w in words):
                table.setdefault((words[-1], code[:3]), set()).add(name)
        return table

    recent = index((name, a.code) for name in officeholder_names() for a in actor_records(name)
                   if a.source == "officeholders")
    older = index((row[0], row[1]) for row in rows("eventdata/actors.tsv", header=True)
                  if row[1][3:6] in _PEOPLE_SECTORS and row[4] == "countries")
    return {key: frozenset(recent.get(key) or names) for key, names in (older | recent).items()}  # (recent first)


def _owned_surnames(doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a surname a country owns ("Algeria's Tebboune", "Senegal's Faye"), which the model
    seldom tags as a person, named in full: the one office holder of that country with that surname, when the
    lexicons know one."""
    # (a lone surname the model did tag, or mistook for a place or a body, is still to be named in full:
    # "Russia's Lavrov", "Uganda's Museveni")
    covered = {i for s in spans if s.source == "lexicon" or " " in s.name for i in range(s.start, s.end)}
    countries = {i: s.name for s in spans if s.type == "Country" for i in range(s.start, s.end)}
    found = {}
    for owner in (doc[i] for i in countries if doc[i].dep_ == "poss"):
        token = owner.head
        if token.i in covered or token.pos_ != "PROPN" or not token.is_title:
            continue
        names = _surnames().get((token.text, country_code(countries[owner.i]) or ""), frozenset())
        if len(names) == 1:
            found[token.i] = Span(token.i, token.i + 1, "Person", next(iter(names)), "name", "lexicon")
    return sorted([*(s for s in spans if s.start not in found), *found.values()], key=lambda s: s.start)


def holder_name(word: str) -> bool:
    """Whether ``word`` is a name an office holder of officeholders.tsv goes by alone ("Sanchez", "Abiy")."""
    return word in _surname_holders()


@cache
def _surname_holders() -> dict[str, frozenset[str]]:
    """Word -> the office holders of officeholders.tsv whose name begins or ends with it, in any country: the
    surname, or the name a person goes by alone ("Abiy", "Prabowo") or the family name said first ("Yoon")."""
    table: dict[str, set[str]] = {}
    for name in officeholder_names():
        for word in {name.split()[0], name.split()[-1]}:
            table.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in table.items()}


def _lone_name(token, span: Span | None) -> bool:
    """Whether a title-case word may be an office holder's lone name: one no mention covers, the model left
    unlabelled or took for a person, place, body or nationality, and not a modifier; or the model's own one-word
    mention of a place no gazetteer knows (and no modifier: "Baloch militants"), of a body no lexicon knows, or
    of a person still named by that word alone."""
    # (or a name the tagger took for a plural noun and the model for a nationality, a person or a body: "Albanese
    # extended his congratulations", "Guterres welcomed the deal")
    named = token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.ent_type_ in ("NORP", "PERSON", "ORG")
    if not named or not token.is_title or not token.is_alpha:
        return False
    if span is None:
        return token.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP") and token.dep_ not in ("amod", "compound")
    return span.source == "ner" and span.end - span.start == 1 and (
        span.type == "Place" and locate(token.text) is None and token.dep_ not in ("amod", "compound")
        or span.type == "Person" and span.name == token.text
        or span.type == "Organization" and canonical(token.text) is None)  # ("Lavrov met …" tagged as a body)


def _lone_surnames(doc, spans: list[Span], published: str | None = None) -> list[Span]:
    """``spans`` with a lone surname that the model missed, took for a place no gazetteer knows or left as one
    word ("Scholz urged Putin …", "called Pezeshkian to …", "Yoon met Kishida") named in full: the one office
    holder with that surname, when the lexicons know exactly one, or exactly one in office on the ``published``
    date ("Orban" in 2024: not Romania's prime minister of 2019-20) (a month, a number, a known place or a
    modifier is never one: "in May", "English settlers")."""
    at = {i: s for s in spans for i in range(s.start, s.end)}
    found = {}
    for token in doc:
        if not _lone_name(token, at.get(token.i)):
            continue
        names = _surname_holders().get(token.text, frozenset())
        if len(names) > 1 and published:
            names = {n for n in names if any(a.source == "officeholders" and a.start <= published[:10]
                                             and (not a.end or published[:10] <= a.end) for a in actor_records(n))}
        if len(names) == 1:  # (by the name the people lexicon gives them, if it knows them: "António Guterres")
            name = next(iter(names))
            known = canonical(name)
            found[token.i] = Span(token.i, token.i + 1, "Person", known[1] if known and known[0] == "Person" else name,
                                  "name", "lexicon")
    return sorted([*(s for s in spans if s.start not in found), *found.values()], key=lambda s: s.start)


def _outside_agents(doc, spans: list[Span]) -> list[Span]:
    """A known name inside a generic agent the model tagged as one name is part of the agent's words: "the
    Philippines' [National Security Council]" names no "Security Council" of the UN; nor does a generic agent's
    name a state owns: "Russia's [Security Council]", "the Russian [Security Council]"."""
    agents = [(start, e.end) for e in doc.ents if e.label_ == "ORG"
              and doc[(start := e.start + (e[0].lower_ in _LEADING)):e.end].text.lower() in lexicon().agents]
    return [s for s in spans if not any(start <= s.start and s.end <= end and (s.start, s.end) != (start, end)
                                        for start, end in agents)
            and not (s.start > 0 and _owning_state(doc[s.start - 1]) and s.source == "lexicon"
                     and doc[s.start:s.end].text.lower() in lexicon().agents)]


def _owning_state(word) -> bool:
    """Whether a word before a generic agent's name says whose it is: a possessive ("Russia's Security Council") or a
    state's demonym ("the Russian Security Council")."""
    return word.tag_ == "POS" or (found := canonical(word.text)) is not None and found[2] == "demonym"


def find_mentions(doc, published: str | None = None) -> list[Span]:
    """Every entity mention of ``doc``, resolved within the document (and the office holders of the
    ``published`` date), in text order."""
    candidates = [*_lexicon_spans(doc), *_shape_spans(doc), *_ner_spans(doc), *_destinations(doc),
                  *_titled_names(doc), *_named_pacts(doc)]
    # (a name set off after a title wins over a model's span of it, or one run across the comma before it)
    appositives = _appositive_names(doc) + _names_before_titles(doc)
    candidates = [s for s in candidates if all(s.end <= a.start or s.start >= a.end for a in appositives)] \
        + appositives
    candidates = _outside_agents(doc, candidates)
    nested = [s for s in candidates if s.kind == "nested"]
    spans = _resolve_people(doc, [_titled(doc, s) for s in _select([s for s in candidates if s.kind != "nested"])])
    spans = _lone_surnames(doc, _owned_surnames(doc, spans), published)
    result = []
    halves = _halves(spans)
    for span in spans:
        if span.name in halves and span.start > 0 and doc[span.start - 1].lower_ == "the":
            span = replace(span, name=halves[span.name], type="Country")  # "the North's provocations"
        if span.kind == "capital":
            if _is_place_use(doc, span):
                span = replace(span, type="Place", name=_clean(doc[span.start:span.end].text), kind="name")
            else:
                span = replace(span, kind="metonym")
        result.append(span)
    # One type per name: a vote over its mentions (names from the lexicon keep their type).
    votes: dict[str, Counter] = {}
    for span in result:
        votes.setdefault(span.name, Counter())[span.type] += 3 if span.source == "lexicon" else 1
    voted = [replace(s, type=votes[s.name].most_common(1)[0][0]) if s.kind != "name" or s.source != "lexicon"
             else s for s in result]
    return voted + nested
