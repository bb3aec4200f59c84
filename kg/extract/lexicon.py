"""The data files under kg/extract/data/ as frozen lookup tables (read once, on first use)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import SimpleNamespace

from kg.places import fold

__all__ = ["NAMED", "PERSON", "BODY", "CLAUSE", "INFINITIVE", "MANDATE", "OBJECT", "NAMING_AFTER", "CONDITIONS", "Country", "Trigger", "PredicateSpec", "Plover", "Lexicon", "lexicon", "rows", "ACTOR_TYPES", "plover_of",
           "predicate_of_code", "Actor", "actors", "actor_records", "fold", "dictionary_organizations", "summary", "lookup"]

ACTOR_TYPES = frozenset({"Person", "Country", "Organization"})


def rows(name: str, *, header: bool = False) -> list[list[str]]:
    """The rows of a tab-separated data file (``name`` may be ``folder/file``), comments and blank
    lines left out, and the header row too when ``header`` says the file has one."""
    text = resources.files("kg.extract").joinpath("data", *name.split("/")).read_text("utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    table = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return table[1:] if header else table


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@dataclass(frozen=True, slots=True)
class Country:
    """A country: canonical name, ISO code and the words that name it."""

    name: str
    code: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]


NAMED = "NAMED"  # the "needs" of a trigger whose object must itself be a named actor
PERSON = "PERSON"  # the "needs" of a trigger whose object must be a person named ("welcomed Ruto": a host's welcome)
BODY = "BODY"  # the "needs" of a trigger whose object must be an organisation's name ("quit ECOWAS")
HELP = ">HELP"  # the end of a "needs" that also wants a purpose clause of help ("sent [troops] to help …")
MISSION = ">MISSION"  # … that also wants a mission they come for ("landed [to lead] a multinational mission")
# Ends of a "needs" whose words are in the phrase the object is put in instead, and its preposition ("added X [to
# its sanctions list]", "put Nigeria [on its grey list]"), or in the means the act is done by ("retaliated [with
# tariffs]")
PLACED = {f">{word.upper()}": word
          for word in ("to", "on", "over", "at", "into", "under", "by", "with", "from", "as", "until")}
CLAUSE = "CLAUSE"  # the "needs" of a verb with a clause after it ("called on Chile [to …]"; !CLAUSE: none)
INFINITIVE = "INFINITIVE"  # the "needs" of a verb a to-infinitive completes ("told Serbia [to …]", not "that …")
MANDATE = "MANDATE"  # the "needs" of a verb whose clause says what must be done ("insisted that Serbia [align]")
OBJECT = "OBJECT"  # the "needs" of a verb with a direct object (!OBJECT: none, "flew to Lima", not "flew aid to Lima")
# the "needs" of a verb a participle of naming follows ("attacked the UN office, [calling] its reports lies": in words)
NAMING_AFTER = "NAMING_AFTER"
CONDITIONS = frozenset({NAMED, PERSON, BODY, CLAUSE, INFINITIVE, MANDATE, OBJECT, NAMING_AFTER})  # "needs" the syntax checks


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon entry: a word (and particle) that states a predicate, and where its target is."""

    lemma: str
    particle: str
    pos: str
    predicate: str
    objects: tuple[str, ...]
    cameo: str
    block: str = ""  # the event-data dictionary's synonym block, whose patterns refine the code
    needs: str = ""  # a word set (synsets.tsv) the object must contain: "sent [doctors] to" is aid,
    #                  or NAMED: the object is itself a named actor ("struck Hezbollah", not "struck a deal"),
    #                  or PERSON: the object is a person's name ("welcomed Ruto", not "welcomed Kenya's decision"),
    #                  or CLAUSE: a clause completes the verb, INFINITIVE: a to-infinitive does,
    #                  MANDATE: a clause of what must be done does ("insisted that Serbia align", not "… pursues"),
    #                  or !SET: the object holds no word of SET
    kind: str = ""  # event | stance, when the word differs from its predicate ("joint exercises" happen)
    # coordinated actors with no target act on each other ("India and China clashed"); None: as the predicate
    # says; False: never, though the predicate is mutual ("India and the US raised concerns" met no one)
    mutual: bool | None = None


@dataclass(frozen=True, slots=True)
class PredicateSpec:
    """Types a predicate links, whether it is symmetric, and its event class."""

    name: str
    subject_types: frozenset[str]
    object_types: frozenset[str]
    symmetric: bool
    event_class: str
    kind: str  # event | stance | state (see predicates.tsv)
    mutual: bool = False  # coordinated actors with no target act on each other ("Chile and Peru agreed")


@dataclass(frozen=True, slots=True)
class Plover:
    """The PLOVER event type of a CAMEO code, with its mode and context where the map gives them."""

    type: str
    mode: str | None = None
    context: str | None = None


def _types(cell: str) -> frozenset[str]:
    names = set()
    for part in _split(cell.replace(",", "|")):
        names |= ACTOR_TYPES if part == "actor" else {part}
    return frozenset(names)


def _plural(demonym: str) -> str:
    """The plural that names a country's people ("Serbians"), or "" when it has none ("Chinese", "Swiss")."""
    return "" if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")) or " " in demonym else demonym + "s"


def _countries() -> tuple[Country, ...]:
    import pycountry  # noqa: PLC0415

    extra = {row[0]: row + [""] * (6 - len(row)) for row in rows("countries.tsv")}
    dictionary_demonyms: dict[str, list[str]] = {}
    for code, demonym in rows("eventdata/demonyms.tsv", header=True):
        dictionary_demonyms.setdefault(code, []).append(demonym)
    # an alias this table gives a country is that country's alone ("Congo", as the news writes it, is the
    # Democratic Republic's, not the Republic's that the ISO list names so)
    claimed = {alias: code for code, row in extra.items() for alias in _split(row[2])}
    result = []
    known = {record.alpha_3 for record in pycountry.countries}
    unlisted = [SimpleNamespace(alpha_3=code, name=row[1]) for code, row in extra.items() if code not in known]
    for record in [*pycountry.countries, *unlisted]:
        code = record.alpha_3
        row = extra.get(code, [code, "", "", "", "", ""])
        common = getattr(record, "common_name", None) or record.name
        name = row[1] or common
        aliases = {record.name, common, getattr(record, "official_name", None) or record.name, *_split(row[2])}
        aliases = {a for a in aliases if claimed.get(a, code) == code} - {name}
        own, capitals, seats = _split(row[3]), _split(row[4]), _split(row[5])
        # (a city the table names as a capital or seat is no demonym: the dictionary's "Tunis")
        demonyms = own + tuple(sorted(set(dictionary_demonyms.get(code, ())) - {*own, *capitals, *seats}))
        demonyms += tuple(sorted({_plural(d) for d in demonyms} - set(demonyms) - {name, *aliases} - {""}))
        result.append(Country(name, code, tuple(sorted(a for a in aliases if "," not in a)),
                              demonyms, capitals, seats))
    return tuple(result)


@dataclass(frozen=True)
class Lexicon:
    """Every table extraction reads."""

    countries: tuple[Country, ...]
    organizations: dict[str, tuple[str, ...]]  # canonical -> aliases
    state_bodies: dict[str, str]  # canonical name of a body of one state -> that country
    policies: dict[str, tuple[str, ...]]
    people: dict[str, tuple[str, ...]]
    name_variants: dict[str, str]
    roles: dict[str, tuple[str, str]]  # title -> (role, kind)
    title_countries: dict[str, str]  # title -> the one country whose office it is ("chief cabinet secretary": Japan)
    predicates: dict[str, PredicateSpec]
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]  # (lemma, pos) -> entries
    negators: frozenset[str]
    negator_exceptions: dict[str, frozenset[str]]  # negator -> direct objects it does not negate ("cut a deal")
    speech: frozenset[str]
    modality: dict[str, str]
    infinitive_only: frozenset[str]  # modality words that count only before their to-infinitive
    mandate_only: frozenset[str]  # modality words that count only over a clause in the mood of a demand
    noun_only: frozenset[str]  # modality words that count only as nouns
    predicate_only: frozenset[str]  # modality words that count only as what something is said to be ("is open to")
    plover: dict[str, Plover]  # CAMEO code -> PLOVER type
    cameo_predicates: dict[str, str]  # CAMEO code prefix -> predicate
    dictionary_codes: frozenset[str]  # CAMEO code prefixes the event-data dictionary's verbs alone may state
    patterns: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]  # block -> ((words, preposition, code), ...)
    synsets: dict[str, frozenset[str]]  # &NAME -> words
    agents: dict[str, str]  # generic agent noun (singular and plural) -> sector code ("officials" -> GOV)
    intents: dict[str, tuple[str, str]]  # verb announcing an act -> (predicate, CAMEO code)
    patients: frozenset[str]  # nouns whose "of" names the one acted upon ("the killing of civilians")
    policy_heads: dict[str, bool]  # noun or "-suffix" -> whether it heads an unnamed policy (policy_heads.tsv)


def _plover() -> dict[str, Plover]:
    return {r[0]: Plover(r[1], r[2].strip() or None, r[3].strip() or None)
            for r in rows("eventdata/plover.tsv", header=True)}


def _predicate_of(code: str, table: dict[str, str]) -> str | None:
    return next((table[code[:n]] for n in range(len(code), 1, -1) if code[:n] in table), None)


# Where the target of a dictionary verb is looked for, in order: "attacked X", "protested against X" ...
DICTIONARY_OBJECTS = ("dobj", "against", "on", "with")


def _dictionary_triggers(predicates: dict[str, str]) -> list[Trigger]:
    """Verbs of the event-data dictionary that state an event a predicate covers."""
    found, senses = [], {r[0] for r in rows("dictionary_senses.tsv")}
    for verb, code, block, *_ in rows("eventdata/verbs.tsv", header=True):
        words = verb.split()
        if verb in senses:
            continue  # (a word news uses in a sense of no event: dictionary_senses.tsv)
        predicate = _predicate_of(code, predicates) if code != "---" else None
        if words:  # a verb whose own code states nothing ("---", 01x) may still state an event through a pattern
            found.append(Trigger(words[0], " ".join(words[1:]), "VERB", predicate or "", DICTIONARY_OBJECTS,
                                 code, block))
    return found


def _patterns() -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """Dictionary patterns, and the project's own (patterns.tsv), as (content words, preposition or "", code)
    per block."""
    table: dict[str, list] = {}
    dictionary, own = rows("eventdata/patterns.tsv", header=True), rows("patterns.tsv", header=True)
    for block, pattern, code, *_ in ((r[3], r[1], r[2]) for r in (*dictionary, *own)):
        prep = ""
        inner = pattern.split("*", 1)[-1].strip()
        if inner.startswith("("):
            prep, _, inner = inner[1:].partition(" ")
        words = tuple(w for w in inner.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ")
                      .lower().split() if w not in ("and", "or"))
        if words or prep:
            table.setdefault(block, []).append((words, prep.lower(), code))
    # Longer patterns first: the most specific one that fits decides.
    return {b: tuple(sorted(p, key=lambda x: (-len(x[0]) - bool(x[1]), x))) for b, p in table.items()}


def _agents() -> dict[str, str]:
    table = {}
    for agent, code, plural in rows("eventdata/agents.tsv", header=True):
        for word in (agent, *_split(plural)):
            table.setdefault(word.lower(), code)
    for agent, code in rows("agents.tsv"):  # the project's own entries win
        table[agent] = code
    # (and a hyphenated one as the parser splits it: "the UN secretary-general" read as "secretary general")
    return {word.replace("-", " "): code for word, code in table.items() if "-" in word} | table


def plover_of(code: str | None) -> Plover | None:
    """The PLOVER type of a CAMEO code (falling back to its three- and two-digit parents)."""
    if not code or code == "---":
        return None
    table = lexicon().plover
    return next((table[code[:n]] for n in range(len(code), 1, -1) if code[:n] in table), None)


def predicate_of_code(code: str, *, dictionary: bool = False) -> str | None:
    """The predicate a CAMEO code states (cameo_predicates.tsv), or None (public statements; with
    ``dictionary``, also the codes a dictionary verb alone may not state)."""
    lex = lexicon()
    prefix = next((code[:n] for n in range(len(code), 1, -1) if code[:n] in lex.cameo_predicates), None)
    if prefix is None or dictionary and prefix not in lex.dictionary_codes:
        return None
    return lex.cameo_predicates[prefix]


@dataclass(frozen=True, slots=True)
class Actor:
    """A named actor of the event-data dictionary: a CAMEO actor code valid between two dates."""

    name: str
    code: str
    start: str  # ISO date or ""
    end: str
    source: str = ""  # countries | international | milnonstate


def actor_records(name: str) -> tuple[Actor, ...]:
    """The dictionary actor's codes over time for a name or alias, or ()."""
    return actors().get(fold(name), ())


@cache
def actors() -> dict[str, tuple[Actor, ...]]:
    """Folded alias (:func:`fold`) -> the dictionary actor's codes over time (loaded on first use: ~50k names)."""
    codes: dict[str, list[Actor]] = {}
    for name, code, start, end, source in rows("eventdata/actors.tsv", header=True):
        codes.setdefault(name, []).append(Actor(name, code, start, end, source))
    table: dict[str, tuple[Actor, ...]] = {}
    for alias, name in rows("eventdata/actor_aliases.tsv", header=True):
        if name in codes:
            table.setdefault(fold(alias), tuple(codes[name]))
    for row in rows("officeholders.tsv", header=True):  # the project's records of later office holders
        name, code, start, end = (row + ["", ""])[:4]
        record = Actor(name, code, start, end, "officeholders")
        for alias in dict.fromkeys((name, *_split(row[4] if len(row) > 4 else ""))):
            table[fold(alias)] = (*table.get(fold(alias), ()), record)
    return table


@cache
def lexicon() -> Lexicon:
    """Load the lexicon data files."""
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    cameo_table = rows("cameo_predicates.tsv")
    cameo_predicates = {r[0]: r[1] for r in cameo_table}
    curated = []
    for row in rows("triggers.tsv", header=True):
        words = row[0].split()
        needs = row[5].replace("&", "").upper() if len(row) > 5 else ""  # ("!&PAPERS": anything but)
        kind = row[6] if len(row) > 6 else ""
        mutual = {"yes": True, "no": False}.get(row[7] if len(row) > 7 else "")
        curated.append(Trigger(words[0], " ".join(words[1:]), row[1], row[2], _split(row[3]), row[4], "", needs,
                               kind, mutual))
    for entry in curated:
        triggers.setdefault((entry.lemma, entry.pos), []).append(entry)
    own = {(e.lemma, e.pos, e.particle) for e in curated}
    for entry in _dictionary_triggers(cameo_predicates):  # the project's own entries win for a phrase
        if (entry.lemma, entry.pos, entry.particle) not in own:
            triggers.setdefault((entry.lemma, entry.pos), []).append(entry)
    return Lexicon(
        countries=_countries(),
        organizations={r[0]: _split(r[1]) if len(r) > 1 else ()
                       for r in (*rows("organizations.tsv"), *rows("country_groups.tsv"))},
        state_bodies={r[0]: r[2] for r in rows("organizations.tsv") if len(r) > 2 and r[2]},
        policies={r[0]: _split(r[1]) if len(r) > 1 else () for r in rows("policies.tsv")},
        people={r[0]: _split(r[1]) if len(r) > 1 else () for r in rows("people.tsv")},
        name_variants={r[0]: r[1] for r in rows("name_variants.tsv")},
        roles={r[0]: (r[1], r[2]) for r in rows("roles.tsv")},
        title_countries={r[0]: r[3] for r in rows("roles.tsv") if len(r) > 3 and r[3]},
        predicates={r[0]: PredicateSpec(r[0], _types(r[1]), _types(r[2]), r[3] == "yes", r[4], r[5],
                                        r[3] in ("yes", "mutual"))
                    for r in rows("predicates.tsv")},
        triggers={k: tuple(v) for k, v in triggers.items()},
        negators=frozenset(r[0] for r in rows("negators.tsv")),
        negator_exceptions={r[0]: frozenset(_split(r[1])) for r in rows("negators.tsv") if len(r) > 1},
        speech=frozenset(r[0] for r in rows("speech.tsv")),
        modality={r[0]: r[1] for r in rows("modality.tsv")},
        infinitive_only=frozenset(r[0] for r in rows("modality.tsv") if r[2:3] == ["infinitive"]),
        mandate_only=frozenset(r[0] for r in rows("modality.tsv") if r[2:3] == ["mandate"]),
        noun_only=frozenset(r[0] for r in rows("modality.tsv") if r[2:3] == ["noun"]),
        predicate_only=frozenset(r[0] for r in rows("modality.tsv") if r[2:3] == ["predicate"]),
        plover=_plover(),
        cameo_predicates=cameo_predicates,
        dictionary_codes=frozenset(r[0] for r in cameo_table if r[2] == "yes"),
        patterns=_patterns(),
        synsets=_synsets(),
        agents=_agents(),
        intents={r[0]: (r[1], r[2]) for r in rows("intents.tsv")},
        patients=frozenset(r[0] for r in rows("patients.tsv")),
        policy_heads={r[0]: r[1] == "yes" for r in rows("policy_heads.tsv")},
    )


def _synsets() -> dict[str, frozenset[str]]:
    """Set name -> words; a word that is itself a set's name (``&AID_GOODS``) stands for that set's words."""
    sets: dict[str, set[str]] = {}
    for name, word in [*rows("eventdata/synsets.tsv", header=True), *rows("synsets.tsv")]:
        sets.setdefault(name.lstrip("&").upper(), set()).add(word.lower())
    return {k: frozenset(_words(sets, k, ())) for k in sets}


def _words(sets: dict[str, set[str]], name: str, within: tuple[str, ...]) -> set[str]:
    """The words of set ``name``, those of the sets it names included (a set that names itself adds nothing)."""
    words = set()
    for word in sets.get(name, ()):
        inner = word.lstrip("&").upper()
        if not word.startswith("&"):
            words.add(word)
        elif inner not in within:
            words |= _words(sets, inner, (*within, name))
    return words


# Words that make a name an organisation's, not a person's or a place's ("Amnesty International").
_ORGANISATION_WORDS = frozenset(
    "organization organisation union council fund bank agency programme program commission court forces front "
    "army movement party league association committee international group community alliance brigade brigades "
    "network watch federation office mission institute society authority tribunal secretariat assembly force "
    "militia cartel coalition parliament".split())


@cache
def role_words() -> frozenset[str]:
    """Titles and their last words ("foreign minister", "minister", "councilor"), lower case: a word of them
    read as a name ("Councilor"), or a title read as a name's conjunct ("he and Foreign [Minister] …")."""
    titles = lexicon().roles
    return frozenset(titles) | {title.split()[-1] for title in titles}


@cache
def struck_things() -> frozenset[str]:
    """What force is used on, people or places (synsets.tsv: &TARGETS, &INSURGENTS)."""
    sets = lexicon().synsets
    return sets.get("TARGETS", frozenset()) | sets.get("INSURGENTS", frozenset())


@cache
def country_names() -> frozenset[str]:
    """The names and aliases of the lexicon's countries, as written ("Saudi Arabia", "Niger")."""
    return frozenset(name for c in lexicon().countries for name in (c.name, *c.aliases))


@cache
def state_names() -> frozenset[str]:
    """The one-word names of the lexicon's countries, as written ("Niger", "Philippines")."""
    return frozenset(name for name in country_names() if " " not in name)


@cache
def capitals() -> dict[str, str]:
    """Capital or seat of government -> its country ("Kigali" -> Rwanda)."""
    return {seat: country.name for country in lexicon().countries for seat in (*country.capitals, *country.seats)}


@cache
def officeholder_names() -> dict[str, tuple[str, ...]]:
    """Office holders' names of two words or more (officeholders.tsv) with such aliases: people to find by name
    where the model misses or mistypes them ("Ararat Mirzoyan" read as a mountain and a nationality)."""
    roles = lexicon().roles
    untitled = lambda name: " ".join(name.split()[1:]) if name.split()[0].lower() in roles else name  # "King …"
    table: dict[str, tuple[str, ...]] = {}
    for row in rows("officeholders.tsv", header=True):
        names = [n for n in dict.fromkeys(untitled(n) for n in (row[0], *_split(row[4] if len(row) > 4 else "")))
                 if len(n.split()) >= 2]
        if names:
            table[names[0]] = tuple(dict.fromkeys((*table.get(names[0], ()), *names[1:])))
    return table


@cache
def dictionary_organizations() -> dict[str, tuple[str, ...]]:
    """International organisations and armed groups of the event-data dictionary (IGO, NGO and non-state
    records) that are names of organisations: an acronym, a one-word armed group ("Hezbollah"), or a
    name with an organisation word ("Amnesty International"); companies and people are left out."""
    table: dict[str, set[str]] = {}
    for alias, entries in actors().items():
        for actor in entries:
            if actor.source == "milnonstate" or actor.code.startswith(("IGO", "NGO")):
                table.setdefault(actor.name, set())
    for alias, name in rows("eventdata/actor_aliases.tsv", header=True):
        if name in table and _names_organisation(alias, name):
            table[name].add(alias)
    return {name: tuple(sorted(a for a in aliases if a != name)) for name, aliases in table.items()
            if _names_organisation(name, name)}


def _names_organisation(alias: str, name: str) -> bool:
    words = alias.replace("-", " ").split()
    acronym = len(words) == 1 and alias.isupper() and sum(c.isalpha() for c in alias) >= 3
    armed = len(words) == 1 and alias[:1].isupper() and alias[:3].lower() == name[:3].lower() and any(
        a.source == "milnonstate" for a in actor_records(name))  # "Hizbollah", not its leader's name
    named = len(words) >= 2 and alias[:1].isupper() and bool(_ORGANISATION_WORDS & {w.lower() for w in words})
    return acronym or armed or named


def summary() -> dict[str, int]:
    """What the lexicon holds, table by table (``kg lexicon``)."""
    lex = lexicon()
    entries = [e for es in lex.triggers.values() for e in es]
    verbs = {(e.lemma, e.particle) for e in entries if e.pos == "VERB"}
    return {
        "verbs and phrasal verbs in all": len(verbs),
        "triggers (kg's own: triggers.tsv)": sum(not e.block for e in entries),
        "dictionary verbs and phrasal verbs (eventdata/verbs.tsv)": len({(e.lemma, e.particle) for e in entries
                                                                        if e.block}),
        "dictionary verbs with a CAMEO code": sum(bool(e.block) and e.cameo != "---" for e in entries),
        "dictionary verbs not taken (dictionary_senses.tsv)": len(rows("dictionary_senses.tsv")),
        "patterns (eventdata/patterns.tsv, patterns.tsv)": sum(len(p) for p in lex.patterns.values()),
        "synonym sets (eventdata/synsets.tsv)": len(lex.synsets),
        "CAMEO codes mapped to PLOVER (eventdata/plover.tsv)": len(lex.plover),
        "predicates (predicates.tsv)": len(lex.predicates),
        "named actors with codes (eventdata/actors.tsv)": len({a.name for aa in actors().values() for a in aa}),
        "organisations and armed groups named by the dictionary": len(dictionary_organizations()),
        "actor names and aliases (eventdata/actor_aliases.tsv)": len(actors()),
        "office holders since the dictionary (officeholders.tsv)": len(rows("officeholders.tsv", header=True)),
        "generic agents (agents.tsv + eventdata/agents.tsv)": len(lex.agents),
        "countries (pycountry + countries.tsv)": len(lex.countries),
        "organizations (organizations.tsv)": len(lex.organizations),
        "people (people.tsv)": len(lex.people),
        "policies (policies.tsv)": len(lex.policies),
        "titles (roles.tsv)": len(lex.roles),
        "modality words (modality.tsv)": len(lex.modality),
        "negators (negators.tsv)": len(lex.negators),
        "lemmas put right (lemmas.tsv)": len(rows("lemmas.tsv")),
        "given names and titles with a sex (given_names.tsv)": len(rows("given_names.tsv")),
    }


def lookup(word: str) -> list[str]:
    """What the lexicon says of a word, one line per entry (``kg lexicon WORD``)."""
    lex, key = lexicon(), word.strip().lower()
    lines = []
    for pos in ("VERB", "NOUN", "ADJ", "ADV"):
        for e in lex.triggers.get((key.split()[0] if key else "", pos), ()):
            source = f"dictionary block {e.block}" if e.block else "triggers.tsv"
            kind = plover_of(e.cameo)
            code = predicate_of_code(e.cameo, dictionary=bool(e.block)) if e.cameo != "---" else None
            lines.append(f"{' '.join(filter(None, (e.lemma, e.particle)))} ({pos}): {e.predicate or code or 'no event'}"
                         f" cameo={e.cameo} plover={kind.type if kind else '-'} target={'|'.join(e.objects)}"
                         f" [{source}]")
    if key in lex.agents:
        lines.append(f"{key}: generic agent, sector {lex.agents[key]}")
    for actor in actor_records(key):
        lines.append(f"{word}: actor {actor.name} {actor.code} {actor.start or '…'}..{actor.end or '…'}")
    if key in lex.modality:
        lines.append(f"{key}: modality {lex.modality[key]}")
    return lines
