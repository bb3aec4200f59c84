"""The ``kg:`` vocabulary as a closed rdflib namespace: a thin mirror of ontology/kg.ttl.

A test checks that every term here is defined in the ontology and vice versa, so a typo such as
``KG.meet`` fails at once instead of writing an undefined predicate.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = [
    "KG",
    "ONTOLOGY_IRI",
    "PREDICATES",
    "PREFIXES",
    "PROV",
    "RELATION_CLASS",
    "SCHEMA",
    "SEM",
    "SYMMETRIC",
    "VERSION_IRI",
]

ONTOLOGY_IRI = URIRef("https://kg.example.org/ontology")
VERSION_IRI = URIRef("https://kg.example.org/ontology/0.1")

SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")


class KG(DefinedNamespace):
    """kg ontology terms (https://kg.example.org/ontology#)."""

    _fail = True

    # entity classes
    Entity: URIRef  # A real thing mentioned in the news.
    Actor: URIRef  # A person, country or organization.
    Location: URIRef  # A place or a country.
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    Event: URIRef  # A named event mentioned in the news (not a kg:Relation).
    Document: URIRef
    Policy: URIRef

    # relation (n-ary event) classes
    Relation: URIRef
    Meeting: URIRef
    PhoneCall: URIRef
    Visit: URIRef
    Support: URIRef
    Opposition: URIRef
    Criticism: URIRef
    Praise: URIRef
    Congratulation: URIRef
    Cooperation: URIRef
    Appeal: URIRef
    Sanction: URIRef
    Agreement: URIRef
    Demand: URIRef
    Threat: URIRef
    Protest: URIRef
    Mobilization: URIRef
    Coercion: URIRef
    Assault: URIRef
    Aid: URIRef
    Concession: URIRef
    Investigation: URIRef
    Position: URIRef
    Membership: URIRef

    # evidence, occurrences, graphs, builds
    Evidence: URIRef
    Occurrence: URIRef
    Graph: URIRef
    ArticleGraph: URIRef
    MergedGraph: URIRef
    DerivedGraph: URIRef
    BuildGraph: URIRef
    Build: URIRef
    ActorActivity: URIRef
    QueryRow: URIRef
    MeetingRow: URIRef
    ContactRow: URIRef
    StanceRow: URIRef
    EventRow: URIRef

    # the twelve relation predicates (GOLD.md names)
    meets: URIRef
    visits: URIRef
    holdsPosition: URIRef
    memberOf: URIRef
    supports: URIRef
    opposes: URIRef
    criticizes: URIRef
    praises: URIRef
    congratulates: URIRef
    cooperatesWith: URIRef
    urges: URIRef
    sanctions: URIRef
    # predicates for the PLOVER event types the twelve above do not cover
    agrees: URIRef
    demands: URIRef
    threatens: URIRef
    protests: URIRef
    mobilizes: URIRef
    coerces: URIRef
    attacks: URIRef
    aids: URIRef
    concedes: URIRef
    investigates: URIRef

    # event, evidence and bookkeeping properties
    predicate: URIRef
    agent: URIRef
    target: URIRef
    topic: URIRef
    holder: URIRef
    organization: URIRef
    place: URIRef
    speaker: URIRef
    evidence: URIRef
    source: URIRef
    entity: URIRef
    date: URIRef
    mode: URIRef
    role: URIRef
    modality: URIRef
    cameo: URIRef
    plover: URIRef
    ploverMode: URIRef
    ploverContext: URIRef
    agentCode: URIRef
    targetCode: URIRef
    agentText: URIRef
    targetText: URIRef
    dateSource: URIRef
    asserted: URIRef
    actorCode: URIRef
    confidence: URIRef
    rule: URIRef
    trigger: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    iso3166: URIRef
    countryCode: URIRef
    sha256: URIRef
    fileName: URIRef
    mentionCount: URIRef
    articleCount: URIRef
    softwareVersion: URIRef
    # named counts of a build (kg.graph.counts), on its kg:Build node
    entityCount: URIRef
    entityMentionCount: URIRef
    relationCount: URIRef
    unassertedRelationCount: URIRef
    eventCount: URIRef
    factCount: URIRef
    derivedEventCount: URIRef
    # how active each actor is (kg.graph.activity), on its kg:ActorActivity node in the build graph
    actorName: URIRef
    actorClass: URIRef
    pairCount: URIRef
    activityRank: URIRef
    # the rows of the saved queries meetings, contacts, stances and events (kg.graph.listed), on kg:QueryRow nodes
    # in the build graph
    meetingRowRank: URIRef
    meetingRowParty: URIRef
    meetingRowDate: URIRef
    meetingRowWho: URIRef
    meetingRowMet: URIRef
    meetingRowMode: URIRef
    meetingRowPlace: URIRef
    meetingRowArticle: URIRef
    contactRowRank: URIRef
    contactRowParty: URIRef
    contactRowDate: URIRef
    contactRowFrom: URIRef
    contactRowContact: URIRef
    contactRowTo: URIRef
    contactRowMode: URIRef
    contactRowSentence: URIRef
    stanceRowRank: URIRef
    stanceRowParty: URIRef
    stanceRowActor: URIRef
    stanceRowWho: URIRef
    stanceRowStance: URIRef
    stanceRowWhat: URIRef
    stanceRowDate: URIRef
    stanceRowSentence: URIRef
    eventRowRank: URIRef
    eventRowParty: URIRef
    eventRowPlover: URIRef
    eventRowCameo: URIRef
    eventRowSource: URIRef
    eventRowSourceCode: URIRef
    eventRowPredicate: URIRef
    eventRowTarget: URIRef
    eventRowTargetCode: URIRef
    eventRowDate: URIRef
    eventRowSentence: URIRef

    _NS = Namespace("https://kg.example.org/ontology#")


# Predicate local name -> event class of its n-ary node (a phone meeting becomes kg:PhoneCall).
RELATION_CLASS: dict[str, URIRef] = {
    "meets": KG.Meeting,
    "visits": KG.Visit,
    "holdsPosition": KG.Position,
    "memberOf": KG.Membership,
    "supports": KG.Support,
    "opposes": KG.Opposition,
    "criticizes": KG.Criticism,
    "praises": KG.Praise,
    "congratulates": KG.Congratulation,
    "cooperatesWith": KG.Cooperation,
    "urges": KG.Appeal,
    "sanctions": KG.Sanction,
    "agrees": KG.Agreement,
    "demands": KG.Demand,
    "threatens": KG.Threat,
    "protests": KG.Protest,
    "mobilizes": KG.Mobilization,
    "coerces": KG.Coercion,
    "attacks": KG.Assault,
    "aids": KG.Aid,
    "concedes": KG.Concession,
    "investigates": KG.Investigation,
}
PREDICATES: tuple[str, ...] = tuple(RELATION_CLASS)
SYMMETRIC: frozenset[str] = frozenset({"meets", "cooperatesWith"})

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "prov": str(PROV),
}
