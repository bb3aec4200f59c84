"""Event coding on short hand-written newswire sentences (none taken from any corpus): PLOVER types
and CAMEO codes, generic actors and their codes, datelines, nominal events and modality."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts, triples

pytestmark = pytest.mark.slow

# text, (subject, predicate, object, PLOVER type) that must be stated as facts
CODED = {
    "generic agent as subject, that-clause target": (
        "Chilean officials demanded that Bolivia return the seized trucks.",
        ("Chile", "demands", "Bolivia", "DEMAND")),
    "expel diplomats": (
        "The Moroccan government expelled three Algerian diplomats on Friday.",
        ("Morocco", "sanctions", "Algeria", "SANCTION")),
    "light verb + opposition": (
        "The Vietnamese side expressed firm opposition to Cambodia's dam project.",
        ("Vietnam", "opposes", "Cambodia", "REJECT")),
    "voiced support for a possessive generic agent": (
        "Norway voiced support for the Colombian government's peace plan.",
        ("Norway", "supports", "Colombia", "SUPPORT")),
    "lodged representations": (
        "South Korea lodged solemn representations with Japan over the textbook.",
        ("South Korea", "criticizes", "Japan", "ACCUSE")),
    "reached a consensus": (
        "Peru reached a consensus with Ecuador on the fishing quotas.",
        ("Peru", "agrees", "Ecuador", "AGREE")),
    "issued a warning": (
        "Azerbaijan issued a warning to Armenia after the border clash.",
        ("Azerbaijan", "threatens", "Armenia", "THREATEN")),
    "threaten with": (
        "Somalia threatened Kenya with legal action over the maritime border.",
        ("Somalia", "threatens", "Kenya", "THREATEN")),
    "veto": (
        "France vetoed a Brazilian proposal on farm subsidies.",
        ("France", "opposes", "Brazil", "REJECT")),
    "passive with a generic by-agent": (
        "Malawi was accused by Zambian officials of hoarding maize.",
        ("Zambia", "criticizes", "Malawi", "ACCUSE")),
    "deploy troops toward a neighbour": (
        "Sudan deployed troops to the border with Chad.",
        ("Sudan", "mobilizes", "Chad", "MOBILIZE")),
    "release prisoners of a demonym": (
        "Iran released two Australian academics on Sunday.",
        ("Iran", "concedes", "Australia", "RETREAT")),
    "generic police arrest": (
        "Ugandan police arrested four Kenyan traders in Kampala.",
        ("Uganda", "coerces", "Kenya", "COERCE")),
    "attack": (
        "Mali's army attacked rebels of Niger near the frontier.",
        ("Mali", "attacks", "Niger", "ASSAULT")),
    "a dictionary verb the project's table lacks": (
        "Kenya castigated Tanzania over the tariffs.",
        ("Kenya", "criticizes", "Tanzania", "ACCUSE")),
    "aid": (
        "Canada sent humanitarian aid to Haiti.",
        ("Canada", "aids", "Haiti", "AID")),
    "a promise is an expressed intent": (
        "New Zealand promised to send aid to Tonga.",
        ("New Zealand", "agrees", "Tonga", "AGREE")),
}


@pytest.mark.parametrize("name", list(CODED))
def test_event_type_and_actors(run, name):
    text, (subject, predicate, obj, plover) = CODED[name]
    found = {(r.subject, r.predicate, r.object): r for r in run(text).relations if r.factual}
    assert (subject, predicate, obj) in found, found
    relation = found[(subject, predicate, obj)]
    assert relation.plover == plover and relation.cameo and relation.cameo.isdigit()


def test_generic_agent_keeps_its_words_and_sector_code(run):
    rel = next(r for r in run("Hungarian officials condemned Serbia's crackdown.").relations
               if r.predicate == "opposes")
    assert (rel.subject, rel.subject_code, rel.subject_text) == ("Hungary", "HUNGOV", "Hungarian officials")
    assert (rel.object, rel.object_code) == ("Serbia", "SRB")


def test_dateline_is_no_actor_and_gives_place_and_date(run):
    text = "LIMA, March 4 (Andean Wire) -- Chile expelled Peru's ambassador."
    extraction = run(text, published="2019-03-05")
    assert ("Chile", "sanctions", "Peru") in facts(extraction)
    assert all("Lima" not in (r.subject, r.object) for r in extraction.relations)
    rel = next(r for r in extraction.relations if r.predicate == "sanctions")
    assert (rel.place, rel.date, rel.date_source) == ("Lima", "2019-03-04", "dateline")


@pytest.mark.parametrize("dateline", ["Santiago, March 4 (Andean Wire) --", "Santiago, March 4 (Andean Wire)"])
def test_a_dateline_in_title_case_with_a_date_and_an_agency_gives_place_and_date(run, dateline):
    extraction = run(f"{dateline} Bolivia expelled Peru's ambassador.", published="2019-03-05")
    rel = next(r for r in extraction.relations if r.predicate == "sanctions")
    assert (rel.subject, rel.object, rel.place, rel.date, rel.date_source) == (
        "Bolivia", "Peru", "Santiago", "2019-03-04", "dateline")
    assert all(r.subject != "Chile" and r.object != "Chile" for r in extraction.relations)


def test_a_wire_dateline_opening_a_text_file_gives_its_events_their_place(run, tmp_path):
    from kg.ingest import read_articles  # noqa: PLC0415

    (tmp_path / "envoy.txt").write_text("Chile expels envoy\n\nLIMA, March 4 (Andean Wire) -- Chile expelled Peru's "
                                        "ambassador.\n", encoding="utf-8")
    article = next(read_articles([tmp_path / "envoy.txt"]))
    rel = next(r for r in run(article.body, published=article.published).relations if r.predicate == "sanctions")
    assert (rel.subject, rel.object, rel.place) == ("Chile", "Peru", "Lima")


def test_a_dateline_of_two_cities_is_no_actor_either(run):
    text = "HANOI/VIENTIANE, May 6 (Mekong Wire) - Laotian police detained 11 Vietnamese loggers, accusing them of theft."
    extraction = run(text, published="2021-05-07")
    assert "Mekong Wire" not in {e.name for e in extraction.entities}
    rel = next(r for r in extraction.relations if r.predicate == "coerces")
    assert (rel.subject, rel.object, rel.place, rel.date) == ("Laos", "Vietnam", "Hanoi", "2021-05-06")


@pytest.mark.parametrize("dateline", ["BASSETERRE, St Kitts and Nevis, June 3 -", "CASTRIES, St. Lucia (Isles Wire) -",
                                      "PORT LOUIS, Mauritius, June 3 -"])
def test_a_dateline_naming_the_state_of_several_words_is_no_actor(run, dateline):
    extraction = run(f"{dateline} Jamaica and Barbados agreed on Monday to lift visa rules.", published="2022-06-04")
    assert {("Jamaica", "agrees", "Barbados"), ("Barbados", "agrees", "Jamaica")} == facts(extraction)


def test_undated_sentence_takes_the_publication_date(run):
    rel = next(r for r in run("Ghana praised Togo.", published="2018-07-02").relations)
    assert (rel.date, rel.date_source) == ("2018-07-02", "published")


def test_an_act_done_in_a_year_or_month_is_dated_to_it_as_a_partial_date(run):
    text = ("Benin and Niger held joint patrols in 2021. In March 2019, Chad expelled a Sudanese diplomat. Mali, "
            "which quit the bloc in 2024, praised Algeria.")
    dated = {(r.subject, r.predicate, r.object): (r.date, r.date_source)
             for r in run(text, published="2025-02-03").relations}
    assert dated[("Benin", "cooperatesWith", "Niger")] == ("2021", "sentence")
    assert dated[("Chad", "sanctions", "Sudan")] == ("2019-03", "sentence")
    # (a year another clause of the sentence was done in is not this act's)
    assert dated[("Mali", "praises", "Algeria")] == ("2025-02-03", "published")


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto is expected to meet Ugandan President Yoweri Museveni next week.",
    "Narendra Modi will visit Nepal if the border talks succeed.",
    "Talks between Armenia and Azerbaijan could set the stage for a settlement.",
    "Is Turkey going to attack Syria?",
    "Iran denied that it had attacked the Saudi tanker.",
    "Kenya will impose sanctions on Somalia next month.",
    "The European Union will decide next week whether to impose sanctions on Belarus.",
    "The European Union may agree to impose sanctions on Belarus.",
])
def test_unrealised_events_are_kept_but_not_facts(run, text):
    extraction = run(text)
    events = [r for r in extraction.relations if r.predicate in ("meets", "visits", "attacks", "sanctions")]
    assert events, "the event is kept, with its modality"
    assert all(not r.factual and r.modality != "asserted" for r in events)


def test_a_stance_said_with_will_stays_a_stance(run):
    assert ("Vietnam", "supports", "Laos") in facts(run("Vietnam will support Laos in the talks."))


def test_urging_someone_is_not_their_stance(run):
    found = facts(run("India urged the United States to adhere to the one-China principle."))
    assert ("India", "urges", "United States") in found
    assert not any(s == "United States" and p == "supports" for s, p, _ in found)


def test_roles_carry_no_event_codes(run):
    extraction = run("Kenyan President William Ruto met Ugandan President Yoweri Museveni.")
    positions = [r for r in extraction.relations if r.predicate == "holdsPosition"]
    assert positions and all(r.plover is None and r.cameo is None for r in positions)
    meeting = next(r for r in extraction.relations if r.predicate == "meets")
    assert meeting.plover == "CONSULT" and meeting.plover_mode is None
    assert {meeting.subject_code, meeting.object_code} == {"KENGOV", "UGAGOV"}  # from the titles the text gives


def test_triples_helper_sees_unrealised_events_too(run):
    extraction = run("Kenyan President William Ruto is expected to meet Ugandan President Yoweri Museveni.")
    assert ("William Ruto", "meets", "Yoweri Museveni") in triples(extraction) - facts(extraction)


# More shapes of the same events, each a general pattern (sentences written for these tests):
# text, the facts it must state, and (optional) patterns of facts it must not state (None: any part).
MORE = {
    "a visit under consideration has not happened": (
        "A visit by the Kenyan president to Angola is under consideration. Angola's president visited Namibia.",
        {("Angola", "visits", "Namibia")}, {("Kenya", None, None)}),
    "talks that are set to resume, or set for a day, are expected, not held": (
        "Talks between Eritrea and Djibouti are set to resume in Doha. Talks between Laos and Thailand were set "
        "for Monday. Laos and Cambodia held talks in Vientiane.",
        {("Cambodia", "meets", "Laos")},
        {("Eritrea", None, None), (None, None, "Eritrea"), ("Laos", None, "Thailand")}),
    "forces moved 'close to' a border, the particle read as the object's modifier, move against its state": (
        "Belarus moved tanks close to the Lithuanian border. Serbia moved troops close to Kosovo's border.",
        {("Belarus", "mobilizes", "Lithuania"), ("Serbia", "mobilizes", "Kosovo")}),
    "one greeted 'when he arrived' is the one arriving, not the host": (
        "Omani Sultan Haitham bin Tariq embraced Kuwaiti Emir Mishal al-Ahmad when he arrived in Muscat. "
        "Zambian President Hakainde Hichilema welcomed Malawian President Lazarus Chakwera as he landed in Lusaka.",
        {("Mishal al-Ahmad", "visits", "Muscat"), ("Lazarus Chakwera", "visits", "Lusaka")},
        {("Haitham bin Tariq", "visits", None), ("Hakainde Hichilema", "visits", None)}),
    "embracing a person is meeting them; embracing an idea is not": (
        "Gabonese President Brice Oligui Nguema embraced Congolese President Denis Sassou Nguesso at the airport. "
        "Chad embraced the idea of a ceasefire in Sudan.",
        {("Brice Oligui Nguema", "meets", "Denis Sassou Nguesso")}, {("Chad", None, None)}),
    "scapegoating, smearing or demonising a state criticizes it": (
        "Burundi said Rwanda was scapegoating Burundi. Venezuela's foreign minister accused Guyana of smearing "
        "Caracas. Cuba said Washington was demonising Havana.",
        {("Rwanda", "criticizes", "Burundi"), ("United States", "criticizes", "Cuba")}),
    "'them' with no plural in its sentence takes up the people named by role at the end of the one before": (
        "Senegalese Foreign Minister Yassine Fall travelled to Bamako for talks with Mali's military rulers. She "
        "urged them to hold elections.",
        {("Yassine Fall", "urges", "Mali")}),
    "a role told in the present ('X, which mediates between …') is no meeting; one told as done is": (
        "Norway, which mediates between Colombia and the ELN, welcomed the ceasefire. Kuwait, which met Iraqi "
        "officials on Monday, said the talks were useful.",
        {("Kuwait", "meets", "Iraq")}, {("Norway", "meets", None)}),
    "a rapprochement is cooperation of the two; a senseless decision is a wrong": (
        "The rapprochement between Rwanda and Burundi was welcomed by the African Union. Ghana called Togo's "
        "decision senseless.",
        {("Rwanda", "cooperatesWith", "Burundi"), ("Ghana", "criticizes", "Togo")}),
    "misgivings and reservations about an act disapprove of its doer; a judging word read as a participle": (
        "Malawi voiced reservations about Zambia's mining law. Gabon expressed misgivings about Cameroon's plan. "
        "Latvia called Belarus's demands shortsighted. Panama said Cuba's treatment of its envoy was unconscionable.",
        {("Malawi", "criticizes", "Zambia"), ("Gabon", "criticizes", "Cameroon"), ("Latvia", "criticizes", "Belarus"),
         ("Panama", "criticizes", "Cuba")}),
    "a welcome a host gives a guest, or a guest gets from or is given by a host, is their meeting": (
        "Kenyan President William Ruto got a warm reception from Ghanaian President John Mahama. The Emir of Qatar "
        "was accorded a red-carpet welcome by Rwandan President Paul Kagame. Peru's president gave Daniel Noboa "
        "a warm welcome. The plan received a cautious welcome from Oman. Egyptian President Abdel Fattah al-Sisi "
        "extended a warm welcome to Turkish President Recep Tayyip Erdogan.",
        {("John Mahama", "meets", "William Ruto"), ("Paul Kagame", "meets", "Qatar"), ("Peru", "meets", "Daniel Noboa"),
         ("Abdel Fattah al-Sisi", "meets", "Recep Tayyip Erdogan")},
        {("Oman", None, None)}),
    "ruling out recognising or accepting refuses it; throwing out a proposal rejects it": (
        "Romania ruled out recognising Kosovo. Kuwait ruled out accepting the Iraqi offer. Peru's congress "
        "threw out a proposed trade pact with Bolivia. Zambia threw out the Malawian traders.",
        {("Romania", "opposes", "Kosovo"), ("Kuwait", "opposes", "Iraq"), ("Peru", "opposes", "Bolivia")},
        {("Romania", "supports", None), ("Kuwait", "agrees", None), ("Zambia", None, None)}),
    "hitting, slapping or targeting a state with sanctions sanctions it, no attack": (
        "Canada hit Eritrea with new sanctions. Britain slapped Belarus with tariffs on potash. Norway targeted "
        "Myanmar's state banks with financial sanctions. Iran hit Erbil with missiles.",
        {("Canada", "sanctions", "Eritrea"), ("United Kingdom", "sanctions", "Belarus"),
         ("Norway", "sanctions", "Myanmar"), ("Iran", "attacks", "Iraq")},
        {("Canada", "attacks", None), ("United Kingdom", "attacks", None)}),
    "a possessive set after a person named and before the clause's doer is the named one's": (
        "Ghanaian President John Mahama, on his first visit to Lome, was received by Togolese President Faure "
        "Gnassingbe.",
        {("John Mahama", "visits", "Lome"), ("Faure Gnassingbe", "meets", "John Mahama")},
        {("Faure Gnassingbe", "visits", None)}),
    "a passive relative clause names no doer but its own (save one freeing a captive, who held him)": (
        "Chile demanded the release of Juan Perez, who was detained in Bolivia in May. Bolivia freed a Chilean "
        "journalist who had been jailed for a year.",
        {("Bolivia", "coerces", "Chile")}, {("Chile", "coerces", None)}),
    "a leader named by office only and declared persona non grata is sent away from the declarer's land": (
        "Honduras's Congress declared the Nicaraguan president persona non grata.",
        {("Honduras", "sanctions", "Nicaragua")}),
    "a small clause read as two predicates: the first is what is judged": (
        "The Maltese prime minister called Libya's plans shortsighted.",
        {("Malta", "criticizes", "Libya")}),
    "'he' after a subject named beside its title is that one, not an earlier subject": (
        "Latvian President Edgars Rinkevics criticised Moscow. Estonia's foreign minister, Margus Tsahkna, said he "
        "had urged Finland to close the border.",
        {("Margus Tsahkna", "urges", "Finland")}, {("Edgars Rinkevics", "urges", None)}),
    "'the government' after a state's rulers named by its adjective is that state": (
        "The Chadian government closed the border. The government also expelled the Sudanese ambassador.",
        {("Chad", "sanctions", "Sudan")}),
    "'the raid' names a raid told before, which those condemning it answer": (
        "Bolivian police raided the Peruvian consulate in La Paz. Chile condemned the raid.",
        {("Bolivia", "attacks", "Peru"), ("Chile", "opposes", "Bolivia")}),
    "'the envoy' of a state is no leader of it named before": (
        "Sri Lankan President Anura Kumara Dissanayake met Modi. India later summoned the Sri Lankan envoy over the "
        "fishermen's arrest.",
        {("India", "criticizes", "Sri Lanka")}, {("India", "criticizes", "Anura Kumara Dissanayake")}),
    "greeting one named by office meets them, as greeting one named does": (
        "Chilean President Gabriel Boric greeted the Argentine president at La Moneda. The Bolivian foreign "
        "minister was greeted by Paraguayan President Santiago Pena.",
        {("Gabriel Boric", "meets", "Argentina"), ("Santiago Pena", "meets", "Bolivia")}),
    "', which X condemned as …' on a clause's last noun naming no actor judges the clause's doer": (
        "Iran fired a missile into the Gulf, which Bahrain condemned as a reckless provocation.",
        {("Bahrain", "criticizes", "Iran")}),
    "one who was among people killed did not kill them": (
        "An Irish nurse was among five people killed in a Sudanese air strike. A Belgian priest was among the "
        "hostages freed by Mali.",
        set(), {("Ireland", None, None), ("Belgium", None, None)}),
    "'his remarks' judged by another are the one who made them, named in the sentence before": (
        "Hungarian Foreign Minister Peter Szijjarto accused Ukraine of blackmail. Ukrainian President Volodymyr "
        "Zelensky called his remarks shameful.",
        {("Volodymyr Zelensky", "criticizes", "Peter Szijjarto")}),
    "'his proposal' one backs is another's, named in the sentence before": (
        "Senegalese President Bassirou Diomaye Faye proposed a regional force. Ivorian President Alassane Ouattara "
        "supported his proposal.",
        {("Alassane Ouattara", "supports", "Bassirou Diomaye Faye")}),
    "the visit a conditional pledge was made during took place": (
        "Belarusian President Alexander Lukashenko and Iranian President Masoud Pezeshkian signed a pact on Monday "
        "pledging mutual assistance if either country is attacked, during Lukashenko's first visit to Tehran in 20 "
        "years.",
        {("Alexander Lukashenko", "visits", "Tehran")}),
    "putting or exerting pressure on a state to act appeals to it": (
        "Italy put pressure on Tunisia to stop the boats. Washington exerted pressure on Cairo to open the crossing.",
        {("Italy", "urges", "Tunisia"), ("United States", "urges", "Egypt")}),
    "who joins another's sanctions imposes them too, and joins no body by it": (
        "Iceland joined the EU's sanctions against Belarus. Albania joined the EU sanctions on Iran. Moldova joined "
        "the EU's sanctions regime against Russia. North Macedonia joined NATO in 2020.",
        {("Iceland", "sanctions", "Belarus"), ("Albania", "sanctions", "Iran"),
         ("North Macedonia", "memberOf", "North Atlantic Treaty Organization")},
        {(None, "memberOf", "European Union")}),
    "a medium is no doer: 'conferred by telephone' leaves the conferring to its subject": (
        "The Malawian and Zambian presidents conferred by telephone on Sunday.",
        {("Malawi", "meets", "Zambia")}),
    "annexing a state's land coerces the state; a region no gazetteer knows stands for the state it is of": (
        "Armenia accused Azerbaijan of planning to annex the Syunik region of Armenia. Russia annexed four "
        "regions of Ukraine in 2022. Eritrea threatened to annex the Badme district of Ethiopia.",
        {("Russia", "coerces", "Ukraine"), ("Eritrea", "threatens", "Ethiopia")}),
    "condemning coercion done in a state by no one named condemns that state (not a bombing there)": (
        "The EU condemned the arrest of opposition leaders in Azerbaijan. Chile criticised the detention of "
        "journalists in Nicaragua. Norway denounced the crackdown on protesters in Serbia. Spain condemned the "
        "bombing in Mogadishu.",
        {("European Union", "opposes", "Azerbaijan"), ("Chile", "criticizes", "Nicaragua"),
         ("Norway", "criticizes", "Serbia")}, {("Spain", None, None)}),
    "an act one is called a critic, opponent or advocate of is a stance on it, not done": (
        "Hungary, an opponent of sanctions on Iran, blocked the package. Austrian Chancellor Karl Nehammer, a critic "
        "of military aid to Armenia, met Azerbaijani President Ilham Aliyev. Qatar, an advocate of talks with the "
        "Houthis, hosted the delegation. Chile imposed sanctions on Nicaragua.",
        {("Karl Nehammer", "meets", "Ilham Aliyev"), ("Chile", "sanctions", "Nicaragua")},
        {("Hungary", None, "Iran"), ("Karl Nehammer", "aids", None), ("Qatar", "meets", None)}),
    "a verdict on 'a move' set after a clause judges the clause's doer": (
        "Morocco recalled its ambassador from Tunisia, a move Tunis described as regrettable. Latvia allowed "
        "Kosovo to open an office in Riga, a step Belgrade called a provocation. Guyana banned Venezuelan "
        "fishing boats, a decision Caracas called illegal.",
        {("Tunisia", "criticizes", "Morocco"), ("Serbia", "criticizes", "Latvia"),
         ("Venezuela", "criticizes", "Guyana")}, {("Serbia", None, "Kosovo")}),
    "a gerund of time ('before flying to …') is done by the clause's subject, not its object": (
        "Before flying to Nairobi, the Ethiopian prime minister met Somali President Hassan Sheikh Mohamud in "
        "Mogadishu.",
        {("Ethiopia", "visits", "Nairobi"), ("Ethiopia", "meets", "Hassan Sheikh Mohamud")},
        {("Hassan Sheikh Mohamud", "visits", None)}),
    "what reports said, rejected or dismissed, is denied; a visit put on hold or put off did not happen": (
        "Sudanese officials rejected reports that Khartoum had expelled the Egyptian envoy. Denmark dismissed claims "
        "that Norway had summoned the Russian ambassador. The visit by Iran's president to Saudi Arabia has been "
        "put on hold. Kenya put talks with Somalia off. Ghana confirmed reports that Togo had recalled its envoy "
        "from Benin.",
        {("Togo", "sanctions", "Benin")},
        {("Sudan", None, None), ("Norway", None, None), ("Iran", None, None), ("Kenya", None, None)}),
    "what was supposed, slated, meant or 'was to' happen was arranged, not done": (
        "The Estonian president was supposed to meet his Latvian counterpart on Friday. Chile's foreign minister "
        "is slated to visit Bolivia. Nepal's prime minister was meant to visit Bhutan in May. The Kenyan president "
        "was to have met Ugandan President Yoweri Museveni on Monday. Denmark said Vietnam's premier was to visit "
        "Ghana. Bhutan's king visited Nepal in June.",
        {("Bhutan", "visits", "Nepal")}, {(None, "meets", None), (None, "visits", "Bolivia"),
                                          (None, "visits", "Bhutan"), (None, "visits", "Ghana")}),
    "an act only proposed, in a motion or plan a stance is taken on, is not done; one adopted is": (
        "Peru's congress voted against a motion to condemn Mexico. Hungary vetoed a proposal to sanction Serbia. "
        "Lawmakers in Bogota rejected a plan to criticize Panama. The UN General Assembly adopted a resolution to "
        "condemn Russia.",
        {("United Nations General Assembly", "opposes", "Russia")},
        {("Peru", None, "Mexico"), ("Hungary", "sanctions", None), ("Colombia", None, "Panama")}),
    "a verb the parser hangs deep in a reported clause goes with the reporter": (
        "Belarusian President Alexander Lukashenko said Belarus would never let anyone drive a wedge between the two "
        "nations and accused Poland and Lithuania of militarising the border. Ukrainian Foreign Minister Dmytro "
        "Kuleba said the visit showed that Minsk was a co-aggressor and called on the European Union to expand "
        "sanctions against Belarus.",
        {("Alexander Lukashenko", "criticizes", "Poland"), ("Alexander Lukashenko", "criticizes", "Lithuania"),
         ("Dmytro Kuleba", "urges", "European Union")}),
    "one met as 'visiting' came to the host, also when the parser reads 'visiting' as a verb": (
        "HANOI, May 17 (VNA) -- Vietnamese President Vo Van Thuong met with visiting Lao President Thongloun "
        "Sisoulith on Friday. Chinese President Xi Jinping met visiting Kazakh President Kassym-Jomart Tokayev on "
        "Friday.",
        {("Vo Van Thuong", "meets", "Thongloun Sisoulith"), ("Thongloun Sisoulith", "visits", "Vietnam"),
         ("Xi Jinping", "meets", "Kassym-Jomart Tokayev"), ("Kassym-Jomart Tokayev", "visits", "China")}),
    "a verb's participle that only says what kind a thing is ('the negotiating table') is no act": (
        "The EU envoy urged Armenia and Azerbaijan to return to the negotiating table.",
        {("European Union", "urges", "Armenia")}, {("Armenia", "meets", "Azerbaijan")}),
    "a doer the parser hangs on the name before it, in the phrase a sentence opens with, still acts": (
        "In a phone call with Kenyan President William Ruto, Ugandan President Yoweri Museveni discussed the "
        "security situation in the region.",
        {("Yoweri Museveni", "meets", "William Ruto")}),
    "a titled name the parser hangs on the next title, before 'and', is a second doer": (
        "Mongolian President Ukhnaagiin Khurelsukh and South Korean President Yoon Suk Yeol held a joint press "
        "conference in Seoul.",
        {("Ukhnaagiin Khurelsukh", "meets", "Yoon Suk Yeol")}),
    "'the two' that the parser reads as a second partner of talks is the subject of the verb after it": (
        "Czech President Petr Pavel spoke by phone with his Slovak counterpart Peter Pellegrini and the two agreed "
        "to coordinate their response.",
        {("Petr Pavel", "agrees", "Peter Pellegrini"), ("Peter Pellegrini", "agrees", "Petr Pavel")}),
    "an investigation into acts in a region investigates the region's country": (
        "The African Union launched an investigation into the killing of civilians in Darfur.",
        {("African Union", "investigates", "Sudan")}),
    "a wrong done by someone, by way of a participle, is that one's wrong": (
        "Latvian Interior Minister Rihards Kozlovskis said the crossings were a hybrid attack orchestrated by Minsk. "
        "Serbia condemned what it called illegal sanctions imposed by the West.",
        {("Rihards Kozlovskis", "criticizes", "Belarus")}, {("Serbia", "criticizes", None)}),
    "one greeted by someone, then acting, acts himself; the two leaders are heads of state or government": (
        "Angolan President Joao Lourenco arrived in Maputo on Monday. Lourenco was welcomed at the airport by "
        "Foreign Minister Maria Manuela Lucas and later held talks with President Daniel Chapo. The two leaders "
        "signed a trade accord.",
        {("Joao Lourenco", "meets", "Daniel Chapo"), ("Joao Lourenco", "agrees", "Daniel Chapo")},
        {("Maria Manuela Lucas", "meets", "Daniel Chapo"), ("Joao Lourenco", "agrees", "Maria Manuela Lucas")}),
    "one who met someone and agreed on something agreed with the one met": (
        "Chilean President Gabriel Boric met Argentine President Javier Milei and agreed on a new border crossing.",
        {("Gabriel Boric", "agrees", "Javier Milei")}),
    "breaking ties with a state cuts relations; abstaining in a vote on one yields it nothing": (
        "The Gambia broke diplomatic ties with Taiwan. Brazil and India abstained in the last UN vote on Myanmar.",
        {("Gambia", "sanctions", "Taiwan")}, {(None, "concedes", "Myanmar")}),
    "a temporal clause set off by a comma after an agreed act tells what was done": (
        "Kenya and Somalia agreed on Monday to set up joint naval patrols in their disputed waters, after Kenyan "
        "President William Ruto held talks with his Somali counterpart Hassan Sheikh Mohamud in Mogadishu. Chad said "
        "it would sign the pact after Sudan signed it.",
        {("William Ruto", "meets", "Hassan Sheikh Mohamud"), ("William Ruto", "visits", "Mogadishu")},
        {("Sudan", "agrees", None)}),
    "a generic agent owned by 'whose' is the noun the relative clause describes": (
        "Ghana discussed the crisis in Burkina Faso, whose military government has expelled French troops.",
        {("Burkina Faso", "sanctions", "France")}),
    "'the junta' stands for the last state told to be under military rule, and for no other": (
        "Mali's military rulers have expelled the French ambassador. Ghana's president Kwame Osei met Senegal's "
        "foreign minister, who urged the junta to hold elections. Togo urged the junta to free detainees.",
        {("Senegal", "urges", "Mali"), ("Togo", "urges", "Mali")},
        {(None, "urges", "Ghana"), (None, "urges", "Senegal")}),
    "dining with someone is a meeting, and ringing a person a phone call (ringing a city encircles it)": (
        "Kenyan President William Ruto dined with Ghanaian President John Mahama in Nairobi. Chile and Peru dined "
        "together. Bolivian President Luis Arce rang his Paraguayan counterpart Santiago Pena. Russian troops "
        "ringed Mariupol.",
        {("William Ruto", "meets", "John Mahama"), ("Chile", "meets", "Peru"), ("Luis Arce", "meets", "Santiago Pena"),
         ("Russia", "attacks", "Ukraine")},
        {("Luis Arce", "attacks", "Santiago Pena")}),
    "harsh words for someone criticize, kind words praise": (
        "Namibia's foreign minister had harsh words for Botswana. Uruguay had kind words for Argentina.",
        {("Namibia", "criticizes", "Botswana"), ("Uruguay", "praises", "Argentina")}),
    "holding someone responsible for the shells or rockets that hit is blame": (
        "Armenia held Azerbaijan responsible for the shells that landed in Jermuk.",
        {("Armenia", "criticizes", "Azerbaijan")}),
    "a stance noun modifying a paper handed over reaches the light verb's target": (
        "The Ghanaian foreign ministry handed a protest note to the Togolese ambassador over the border incident.",
        {("Ghana", "criticizes", "Togo")}),
    "a country named in a coordinated person's title is no actor of its own": (
        "Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon held talks "
        "in Auckland.",
        {("Anthony Albanese", "meets", "Christopher Luxon")}, {("Anthony Albanese", "meets", "New Zealand")}),
    "a video conference, a shared meal, and two sides discussing a matter are meetings": (
        "Indian Prime Minister Narendra Modi held a video conference with ASEAN leaders. Chilean President Gabriel "
        "Boric and Argentine President Javier Milei shared a meal in Santiago. Chile and Peru discussed migration.",
        {("Narendra Modi", "meets", "Association of Southeast Asian Nations"),
         ("Gabriel Boric", "meets", "Javier Milei"), ("Chile", "meets", "Peru")}),
    "a leader hosting a foreign guest, no place said, has the guest visit the host's state": (
        "Mongolia's President Ukhnaagiin Khurelsukh hosted Vladimir Putin on Tuesday. Kenyan President William "
        "Ruto welcomed Somali President Hassan Sheikh Mohamud.",
        {("Vladimir Putin", "visits", "Mongolia"), ("Hassan Sheikh Mohamud", "visits", "Kenya")},
        {("William Ruto", "visits", None), ("Ukhnaagiin Khurelsukh", "visits", None)}),
    "declining or refusing to join a body rejects it; refusing to join a measure is no membership refused": (
        "Argentina declined to join BRICS. Norway refused to join the European Union. Mexico refused to join "
        "Western sanctions against Iran.",
        {("Argentina", "opposes", "BRICS"), ("Norway", "opposes", "European Union")},
        {("Mexico", None, None)}),
    "a membership one stands or campaigns against is no fact; campaigning against it opposes the joiner": (
        "Serbia stands against Kosovo's membership in the Council of Europe. Hungary campaigned against "
        "Moldova's accession to the EU.",
        {("Serbia", "opposes", "Kosovo"), ("Hungary", "opposes", "Moldova")},
        {(None, "memberOf", None)}),
    "demanding an end to someone's act is a demand on its doer": (
        "The Gulf Cooperation Council demanded an end to Iranian strikes on Kuwait. Chile demanded a halt to "
        "Peru's deportations.",
        {("Gulf Cooperation Council", "demands", "Iran"), ("Chile", "demands", "Peru")}),
    "a leader known by one name the lexicon lists is that person": (
        "Lula asked President Emmanuel Macron to back the trade deal. Jokowi thanked Lula for his support.",
        {("Luiz Inacio Lula da Silva", "urges", "Emmanuel Macron"),
         ("Joko Widodo", "praises", "Luiz Inacio Lula da Silva")}),
    "a title the parser splits off as a subject of its own before the name is no second doer": (
        "WTO chief Ngozi Okonjo-Iweala visited Lagos.",
        {("Ngozi Okonjo-Iweala", "visits", "Lagos")}, {("World Trade Organization", None, None)}),
    "'Brunei' is a country's name, not only its demonym; 'in support of' takes its 'of' phrase": (
        "Malaysia expressed appreciation for Brunei's assistance during the floods. Norway came out in support of "
        "Chile's case against Bolivia.",
        {("Malaysia", "praises", "Brunei"), ("Norway", "supports", "Chile")}),
    "speaking or stopping in a foreign city visits it; speaking in a language or at home does not": (
        "Speaking in Nairobi, Indian Prime Minister Narendra Modi praised Kenya. Blinken stopped in Amman on "
        "Sunday. German Chancellor Olaf Scholz spoke in Russian at the meeting. French President Emmanuel Macron "
        "spoke in Paris on Monday.",
        {("Narendra Modi", "visits", "Nairobi"), ("Antony Blinken", "visits", "Amman")},
        {("Olaf Scholz", "visits", None), ("Emmanuel Macron", "visits", None)}),
    "a naming participle hung on a reported clause is the reporter's; its doers do not judge the reporter": (
        "Philippine Foreign Secretary Enrique Manalo said Chinese vessels had rammed a Philippine supply boat, "
        "calling the move reckless.",
        {("China", "attacks", "Philippines")}, {("China", "criticizes", None)}),
    "a named armed group of a state acts, not the state; an attack repelled was done to the repeller": (
        "Myanmar's Arakan Army rebels captured a Bangladeshi border post. Chad's army said it had repelled an "
        "attack by Sudanese forces. Kenya thwarted an assault by Somali militants.",
        {("Arakan Army", "coerces", "Bangladesh"), ("Sudan", "attacks", "Chad"), ("Somalia", "attacks", "Kenya")},
        {("Myanmar", None, "Bangladesh")}),
    "a body's board acts for it; export curbs 'to' a state sanction it; a mobilisation answers tensions": (
        "The WHO's executive board censured Russia. China imposed export curbs on rare earths to Japan. Armenia "
        "ordered a partial mobilisation amid tensions with Azerbaijan.",
        {("World Health Organization", "criticizes", "Russia"), ("China", "sanctions", "Japan"),
         ("Armenia", "mobilizes", "Azerbaijan")}),
    "an 'in' phrase hung on the last side of talks 'between' is where they were, not whose that side is": (
        "Talks between Myanmar and the rebels in Beijing ended without agreement. Talks between Yemen and the "
        "opposition in Muscat ended on Friday.",
        set(), {(None, None, "China"), ("China", None, None), (None, None, "Oman"), ("Oman", None, None)}),
    "a speaker naming a wrong by its doer criticizes the doer; a wrong denied or one's own does not": (
        "Yemen's minister said the tribes were defending themselves against aggression by Oman. Kenya said "
        "Somalia's interference must stop. Syria said it would fight the Turkish occupation. Rwanda denied any "
        "interference by Uganda. Ghana said Ghana's provocations had ended.",
        {("Yemen", "criticizes", "Oman"), ("Kenya", "criticizes", "Somalia"), ("Syria", "criticizes", "Turkey")},
        {("Rwanda", None, None), ("Ghana", None, None)}),
    "'in protest' says how the clause's subject acts wherever the parser hangs it, and at whom": (
        "Morocco walked out of the conference in protest at Algeria's remarks. The European Union granted 50 "
        "million euros in budget support to Jordan.",
        {("Morocco", "protests", "Algeria")}, {("European Union", "supports", "Jordan")}),
    "a dictionary verb's act in an 'after' clause with a subject is told; under 'if' it is not": (
        "Lithuania summoned Belarus's envoy after Belarus forced a Lithuanian airliner to land in Minsk. Chile "
        "will protest if Peru forces the ship to turn back.",
        {("Belarus", "coerces", "Lithuania")}, {("Peru", "coerces", None)}),
    "taking someone's side is no seizure (a pattern of the project's own on the dictionary's block)": (
        "Both Gulf states took Riyadh's side in the dispute with Qatar. Eritrea took sides in the crisis.",
        set(), {(None, "coerces", None)}),
    "'its embassy in Tehran' is its owner's, not the host city's country (whose people the protesters there are)": (
        "Kuwait recalled its ambassador after protesters stormed its embassy in Baghdad.",
        {("Iraq", "protests", "Kuwait")}, {(None, "protests", "Iraq"), (None, "attacks", "Iraq")}),
    "insecurity is a harm one is blamed for": (
        "Chad's junta said Sudan was to blame for the insecurity along the border.",
        {("Chad", "criticizes", "Sudan")}),
    "an occasion ended took place ('ended two days of talks', 'ended his visit'); support ended is undone": (
        "Kenya and Tanzania ended two days of talks in Arusha. Brazilian President Luiz Inacio Lula da Silva ended "
        "his visit to Luanda on Friday. Peru ended its support for the Bolivian opposition.",
        {("Kenya", "meets", "Tanzania"), ("Luiz Inacio Lula da Silva", "visits", "Luanda")}, {("Peru", None, None)}),
    "'X did it, as did Y' / '…, and so did Y': Y does it too, named by a pro-verb": (
        "Chile praised Bolivia's mediation, as did Peru. Norway imposed sanctions on Belarus, as have Iceland and "
        "Canada. Ghana hailed the Togolese plan, and so did Benin. Israel shelled Gaza, as it did last year.",
        {("Peru", "praises", "Bolivia"), ("Iceland", "sanctions", "Belarus"), ("Canada", "sanctions", "Belarus"),
         ("Benin", "praises", "Togo")}),
    "'the government in Kabul', its place hung on the verb, is that place's government, not the speaker's": (
        "Tashkent would not recognise the government in Kabul. Ankara recognised the new government in "
        "Damascus.",
        {("Uzbekistan", "opposes", "Afghanistan"), ("Turkey", "supports", "Syria")},
        {("Uzbekistan", None, "Uzbekistan"), ("Turkey", None, "Turkey")}),
    "raising someone's detention with a leader consults him; the detention is not the raiser's": (
        "Irish Prime Minister Simon Harris raised the detention of aid worker Ciaran Nolan with Egyptian President "
        "Abdel Fattah al-Sisi. Canada raised the arrest of two of its citizens with China. China raised tariffs on "
        "US goods.",
        {("Simon Harris", "meets", "Abdel Fattah al-Sisi"), ("Canada", "meets", "China"),
         ("China", "sanctions", "United States")},
        {("Simon Harris", "coerces", None)}),
    "welcoming a delegation hosts it (a meeting with its country), welcoming talks praises": (
        "Nigeria's Senate President Godswill Akpabio welcomed a delegation from Ghana's parliament. Kenya "
        "welcomed the talks between Ethiopia and Somalia.",
        {("Godswill Akpabio", "meets", "Ghana"), ("Kenya", "praises", "Ethiopia")},
        {("Godswill Akpabio", "praises", None), ("Kenya", "meets", None)}),
    "'took issue with', a verb's idiom with a bare noun, criticizes; 'took up the issue' does not": (
        "Kenya took issue with remarks by the Ugandan army chief. Japan took strong exception to the Chinese "
        "ambassador's comments. Seoul took up the issue with Tokyo. Peru raised the issue with Chile.",
        {("Kenya", "criticizes", "Uganda"), ("Japan", "criticizes", "China")},
        {("South Korea", None, "Japan"), ("Peru", "criticizes", "Chile")}),
    "a dictionary verb's thing done with someone is not done to them": (
        "Kenya took the lead in talks with Somalia. Ghana took steps with Togo to curb smuggling.",
        {("Kenya", "meets", "Somalia")}, {(None, "coerces", None)}),
    "'he and Foreign Minister X', the title read as the second subject and X as its apposition: X acts": (
        "Polish Foreign Minister Radoslaw Sikorski visited Kyiv on Friday. He and Ukrainian Foreign Minister Andrii "
        "Sybiha signed a memorandum on reconstruction.",
        {("Radoslaw Sikorski", "agrees", "Andrii Sybiha")}, {("Radoslaw Sikorski", "agrees", "Ukraine")}),
    "holding someone responsible for strikes blames them, also when parsed as the name's modifier": (
        "Baghdad held Ankara responsible for the drone strikes in Sinjar.",
        {("Iraq", "criticizes", "Turkey")}),
    "a statement or letter does what its authors, named in it, do": (
        "A statement by the Chinese foreign ministry urged Japan to stop the release. The EU's statement condemned "
        "Russia's annexation of four Ukrainian regions. The letter from Kenya's foreign ministry accused Somalia of "
        "meddling.",
        {("China", "urges", "Japan"), ("European Union", "opposes", "Russia"), ("Kenya", "criticizes", "Somalia")}),
    "a leader thanking others for their help received it for his state": (
        "Greek Prime Minister Kyriakos Mitsotakis thanked Turkey for its help after the floods in Thessaly.",
        {("Turkey", "aids", "Greece")}, {("Turkey", "aids", "Kyriakos Mitsotakis")}),
    "the meeting or summit a body held speaks for it, and does no wrong": (
        "SADC ministers met in Gaborone. The meeting commended Zambia's efforts as chair. \"The meeting failed "
        "because Malawi was not ready,\" Lesotho's foreign minister said.",
        {("Southern African Development Community", "praises", "Zambia")},
        {(None, "criticizes", "Southern African Development Community")}),
    "a protest or opposition voiced with no target answers whoever acted against the one voicing it": (
        "Russia expelled two Estonian diplomats. Estonia voiced its protest. China imposed tariffs on Australian "
        "wine. Canberra expressed its strong opposition. Kenya signed a trade deal with Uganda. Tanzania voiced "
        "its opposition.",
        {("Estonia", "criticizes", "Russia"), ("Australia", "opposes", "China")}, {("Tanzania", None, None)}),
    "bodies the lexicon names: Fano, ALBA, OPEC+": (
        "Ethiopia's army clashed with the Fano militia in Amhara. Venezuela thanked ALBA for its support. Russia "
        "praised OPEC+ for its discipline.",
        {("Ethiopia", "attacks", "Fano"), ("Russia", "praises", "OPEC+"),
         ("Venezuela", "praises", "Bolivarian Alliance for the Peoples of Our America")}),
    "a state no ISO code names is still a state (Somaliland, its capital Hargeisa)": (
        "Ethiopia signed a memorandum of understanding with Somaliland. Hargeisa welcomed Kenya's decision to open "
        "a consulate.",
        {("Ethiopia", "agrees", "Somaliland"), ("Somaliland", "praises", "Kenya")}),
    "an accusation followed by 'a charge X denied' is made; only its content is denied": (
        "Sudan's army chief Gen. Abdel Fattah Burhan rejected the plan. Burhan's government also accused the United "
        "Arab Emirates of supplying weapons to the RSF, a charge the Gulf state has repeatedly denied.",
        {("Sudan", "criticizes", "United Arab Emirates")}, {("United Arab Emirates", "aids", None)}),
    "a phone call received is a contact, no stance drawn": (
        "Kuwait's emir received a phone call from the Saudi crown prince on Monday.",
        {("Kuwait", "meets", "Saudi Arabia")}, {("Saudi Arabia", "supports", None)}),
    "forces that cross or push into a state attack it; a navy that sinks boats attacks their owners": (
        "Ethiopian troops crossed into Somalia. Turkish forces pushed into northern Syria. The Sri Lankan navy sank "
        "three Tamil Tiger boats. A Ugandan trade delegation crossed into Kenya.",
        {("Ethiopia", "attacks", "Somalia"), ("Turkey", "attacks", "Syria"),
         ("Sri Lanka", "attacks", "Liberation Tigers of Tamil Eelam")}, {(None, "attacks", "Kenya")}),
    "a state's mediators act for it": (
        "Egyptian and Qatari mediators met Hamas officials in Cairo.",
        {("Egypt", "meets", "Hamas"), ("Qatar", "meets", "Hamas")}),
    "a state put on a blacklist, its firms on an entity list, or visas halted for its people: sanctioned": (
        "The FATF put Nigeria on its grey list. The US Commerce Department added six Chinese firms to its entity "
        "list. India halted visas for Canadian citizens.",
        {("FATF", "sanctions", "Nigeria"), ("U.S. Commerce Department", "sanctions", "China"),
         ("India", "sanctions", "Canada")}),
    "greetings sent to a leader congratulate; a partner called indispensable is praised": (
        "Tunisian President Kais Saied sent greetings to Algerian President Abdelmadjid Tebboune after his "
        "re-election. Japan's foreign minister said Australia was \"an indispensable partner\".",
        {("Kais Saied", "congratulates", "Abdelmadjid Tebboune"), ("Japan", "praises", "Australia")}),
    "a wrong foretold with will or would is no accusation; one planned is": (
        "Ghana's president said the AU would punish the coup plotters in Gabon. Kyiv said Moscow was planning to "
        "attack the power grid again.",
        {("Ukraine", "criticizes", "Russia")}, {("Ghana", "criticizes", None)}),
    "calling an act genocidal judges its doer": (
        "Bolivia said Chile's blockade was genocidal.",
        {("Bolivia", "criticizes", "Chile")}),
    "meeting 'where' a place named before stands for, abroad for a leader the dictionary knows, visits it": (
        "Cyril Ramaphosa was in Luanda on Tuesday, where he met Angolan President Joao Lourenco.",
        {("Cyril Ramaphosa", "visits", "Luanda")}),
    "reaching a named place travels there": (
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani reached Beirut on Sunday. The two sides "
        "reached a deal. The migrants reached Italy after a week at sea.",
        {("Sheikh Mohammed bin Abdulrahman Al Thani", "visits", "Beirut")}, {(None, "visits", "Italy")}),
    "'the military government' is the state named last, as 'the government' is": (
        "Thai Prime Minister Srettha Thavisin voiced concern over the fighting in Myanmar's Karen state and urged the "
        "military government to stop air strikes.",
        {("Srettha Thavisin", "urges", "Myanmar")}),
    "a known person's name the model took for a title of a work is still the person": (
        "President Prabowo Subianto hosted Malaysian Prime Minister Anwar Ibrahim in Bogor. \"Malaysia is not just a "
        "neighbour, it is family,\" Prabowo told reporters after the talks, thanking Anwar for his support.",
        {("Prabowo Subianto", "praises", "Anwar Ibrahim")}),
    "a participle set off after a name is the named one's act, a surname read as a noun still the person": (
        "Kenyan Foreign Minister Musalia Mudavadi condemned the raid. Mudavadi, speaking after talks with his Ugandan "
        "counterpart Jeje Odongo in Nairobi, said the border would stay open. Chilean Foreign Minister Alberto van "
        "Klaveren criticised Peru. Klaveren, speaking after a meeting with Bolivian Foreign Minister Celinda Sosa, "
        "said the talks went well.",
        {("Musalia Mudavadi", "meets", "Jeje Odongo"), ("Alberto van Klaveren", "meets", "Celinda Sosa")}),
    "holding someone responsible for a harm blames them, once it is done": (
        "Kenya holds Somalia fully accountable for the killings of its soldiers. Islamabad held Kabul responsible "
        "for the attack. Iran will hold Israel responsible for any attack.",
        {("Kenya", "criticizes", "Somalia"), ("Pakistan", "criticizes", "Afghanistan")},
        {("Iran", "criticizes", None)}),
    "a participle listed as an adjective, read as a passive, is its subject's stance": (
        "Norway is opposed to Israel's annexation of the West Bank.",
        {("Norway", "opposes", "Israel")}),
    "every word of opposition may take a policy the text describes": (
        "Malaysia dismissed the planned expansion of the naval base.",
        {("Malaysia", "opposes", "planned expansion of the naval base")}),
    "a stance on a move answers who moved only when the move is what it is taken on": (
        "Vietnam condemned China's seizure of the reef. Thailand turned down the proposed maritime code of conduct.",
        {("Vietnam", "opposes", "China")}, {("Thailand", "opposes", None)}),
    "an order withdrawn undoes the act it ordered": (
        "Lithuania withdrew its order expelling the Belarusian consul.",
        {("Lithuania", "concedes", "Belarus")}, {("Lithuania", "sanctions", None)}),
    "he or she with no one named before is the official the sentence before opens with": (
        "Uganda's defence minister visited Kinshasa on Monday. He urged Rwanda to withdraw its troops.",
        {("Uganda", "urges", "Rwanda")}),
    "a capital visited counts for its country among the two sides": (
        "Lao President Thongloun Sisoulith visited Hanoi on Monday. The two sides agreed to build a railway.",
        {("Laos", "agrees", "Vietnam"), ("Vietnam", "agrees", "Laos")}),
    "the names a state's foes give it are the state's": (
        "Syria's foreign ministry condemned the Zionist entity's strike on Damascus airport. The Islamic Republic "
        "rejected the accusation by Canada.",
        {("Syria", "opposes", "Israel"), ("Israel", "attacks", "Syria"), ("Iran", "opposes", "Canada")}),
    "a leader arriving in the capital of his own state comes home, not on a visit": (
        "Malawian President Lazarus Chakwera flew into Lilongwe after a visit to Zambia. Ghanaian President "
        "Nana Akufo-Addo arrived in Abuja on Monday.",
        {("Lazarus Chakwera", "visits", "Zambia"), ("Nana Akufo-Addo", "visits", "Abuja")},
        {(None, "visits", "Lilongwe"), (None, "visits", "Malawi")}),
    "a state that stops buying or importing the goods of another sanctions it": (
        "Japan stopped buying Norwegian salmon. Egypt halted importing Brazilian beef. The rebels in Mali stopped "
        "fighting.",
        {("Japan", "sanctions", "Norway"), ("Egypt", "sanctions", "Brazil")}, {(None, "sanctions", "Mali")}),
    "forces sent into waters near a state move against it, unless they go for joint patrols": (
        "Russia sent two frigates into waters off Norway. Australia sent a destroyer to waters near Fiji for joint "
        "patrols.",
        {("Russia", "mobilizes", "Norway")}, {("Australia", "mobilizes", None)}),
    "what a state has never accepted it rejects, what it has not yet it does not": (
        "Belize has never accepted Guatemala's claim to its territory. Peru has not yet recognised the new "
        "government of Haiti.",
        {("Belize", "opposes", "Guatemala")}, {("Peru", "opposes", None)}),
    "a word act after a passive clause reported is the reporter's": (
        "Moldovan President Maia Sandu spoke on Friday. Sandu denied that Moldova was involved and blamed Russia "
        "for staging the incident.",
        {("Maia Sandu", "criticizes", "Russia")}, {("Moldova", "criticizes", None)}),
    "dismay at an act told before criticizes whoever did it": (
        "Bolivia closed its border with Paraguay on Monday. Paraguay said it was disappointed by the closure.",
        {("Paraguay", "criticizes", "Bolivia")}),
    "a guest welcomed or received to a place visits it": (
        "Tanzanian President Samia Suluhu Hassan welcomed Mozambican President Filipe Nyusi to Dodoma. Norway "
        "welcomed Sweden's decision to join the talks.",
        {("Filipe Nyusi", "visits", "Tanzania")}, {(None, "visits", "Norway"), ("Sweden", "visits", None)}),
    "a generic body a state owns is that state's, not the UN's of the same name": (
        "Ali Akbar Ahmadian, secretary of Iran's Security Council, met Chinese Foreign Minister Wang Yi in Beijing.",
        {("Ali Akbar Ahmadian", "holdsPosition", "Iran"), ("Ali Akbar Ahmadian", "meets", "Wang Yi")},
        {(None, None, "United Nations Security Council")}),
    "riot gear used against others coerces them, and the act a vowed response answers was done": (
        "Georgian police used tear gas against Armenian traders. Pakistan vowed a firm response to the Afghan "
        "shelling of its border posts.",
        {("Georgia", "coerces", "Armenia"), ("Pakistan", "threatens", "Afghanistan"),
         ("Afghanistan", "attacks", "Pakistan")}),
    "one on a visit or a tour travels, and a repeated call for a policy backs the policy": (
        "Foreign Minister Penny Wong of Australia, on a visit to Fiji, met local leaders. Chilean President Gabriel "
        "Boric began a tour of Vietnam. Jordan renewed its call for a political settlement of the war in Yemen.",
        {("Penny Wong", "visits", "Fiji"), ("Gabriel Boric", "visits", "Vietnam"),
         ("Jordan", "supports", "political settlement of the war in Yemen")},
        {("Jordan", "supports", "Yemen")}),
    "lamenting a move or voicing disagreement with it criticizes, and what one cannot accept is opposed": (
        "Uruguay lamented Paraguay's decision to close the bridge. Kenya expressed its disagreement with Uganda's "
        "plan. Mongolia said it could not accept Kazakhstan's claim to the river.",
        {("Uruguay", "criticizes", "Paraguay"), ("Kenya", "criticizes", "Uganda"),
         ("Mongolia", "opposes", "Kazakhstan")}),
    "a coup named again is the state's where power was seized or a leader ousted": (
        "Army officers in Gabon seized power on Wednesday. Angola condemned the coup. Soldiers in Burkina Faso "
        "toppled President Roch Kabore. Senegal said the takeover was unacceptable.",
        {("Angola", "opposes", "Gabon"), ("Senegal", "criticizes", "Burkina Faso")}),
    "dismay joined to another feeling still criticizes its cause, and endangering is a wrong": (
        "Peru said it was surprised and disappointed by Chile's decision. Norway said Russian jets had "
        "jeopardized the safety of civilian flights.",
        {("Peru", "criticizes", "Chile"), ("Norway", "criticizes", "Russia")}),
    "a participle after a comma tells the harm an act did, and a speaker reporting it accuses the doer": (
        "Morocco said Algerian border guards had blocked a convoy, injuring two Moroccan drivers. Israeli jets struck "
        "a depot near Homs, wounding four Syrian soldiers. Barbados became a republic, swearing in Sandra Mason as "
        "its first president.",
        {("Morocco", "criticizes", "Algeria"), ("Algeria", "attacks", "Morocco"), ("Israel", "attacks", "Syria")},
        {("Barbados", None, "Sandra Mason")}),
    "sailors, crews, nationals, hostages, personnel and hackers of a country are its people": (
        "Vietnamese coast guard personnel detained six Chinese sailors. Houthi rebels seized the Indian crew of "
        "the tanker. Estonia said Russian hackers had attacked its ministries.",
        {("Vietnam", "coerces", "China"), ("Houthis", "coerces", "India"), ("Estonia", "criticizes", "Russia")}),
    "a body named by a generic agent's words is no known body whose name it holds": (
        "Ecuador's National Security Council condemned the attack by Colombian rebels.",
        {("Ecuador", "opposes", "Colombia")}, {("United Nations Security Council", None, None)}),
    "a passive the parser gives a subject still has its agent as doer, inside a relative clause too": (
        "The ADF, a rebel group that Uganda says is backed by Sudan, raided the village. The Houthis, a militia "
        "that Riyadh says is armed by Iran, fired missiles at Jeddah.",
        {("Uganda", "criticizes", "Sudan"), ("Saudi Arabia", "criticizes", "Iran")}),
    "a subject of neither, none or no denies its verb, and what a denied object names is not done": (
        "Neither Israel nor Hamas has accepted the ceasefire proposal. None of the Gulf states attended the summit "
        "with Iran. Both Egypt and Qatar accepted the truce plan.",
        {("Egypt", "agrees", "Qatar")}, {("Israel", "agrees", None), ("Hamas", "agrees", None), (None, "meets", None)}),
    "a coup or crackdown in a country is its own rulers' doing": (
        "The European Union condemned the crackdown in Belarus. Ghana said the coup in Burkina Faso was "
        "unacceptable.",
        {("European Union", "opposes", "Belarus"), ("Ghana", "criticizes", "Burkina Faso")}),
    "a punitive act held out on the target's own conduct is a threat": (
        "The European Union will impose sanctions on Belarus if Minsk does not free the journalist. Egypt would "
        "send troops to Sudan if the African Union asked.",
        {("European Union", "threatens", "Belarus")}, {("Egypt", "threatens", None)}),
    "a waterway held out to be closed threatens whom the condition names, not the waterway": (
        "Iran said it would close the Strait of Hormuz if Washington imposed new sanctions on its oil exports.",
        {("Iran", "threatens", "United States")}),
    "a demand for what another owes names that other": (
        "Namibia repeated its demand for compensation from Germany.",
        {("Namibia", "demands", "Germany")}),
    "land seized or captured from a side is taken from it, and captives are coerced": (
        "Armenian troops seized two villages from Azerbaijani forces. Rebels of the ADF captured the town of Beni "
        "from Ugandan troops. Kenyan soldiers captured three Somali gunmen.",
        {("Armenia", "coerces", "Azerbaijan"), ("Kenya", "coerces", "Somalia")}, {("Armenia", None, "Armenia")}),
    "controls relaxed or softened are curbs eased, not imposed": (
        "Taiwan relaxed its export controls on Vietnam. Chile softened its restrictions on Peruvian fruit.",
        {("Taiwan", "concedes", "Vietnam")}, {(None, "sanctions", None)}),
    "a membership or readmission told is one, but one a stance is taken on is not done": (
        "Fiji's membership of the Pacific Islands Forum was restored in 2014. Gabon was readmitted to the "
        "Commonwealth. Russia opposes Moldova's membership of the European Union.",
        {("Fiji", "memberOf", "Pacific Islands Forum"), ("Gabon", "memberOf", "Commonwealth")},
        {("Moldova", "memberOf", None)}),
    "striking inside or across a state attacks it": (
        "Ethiopian jets struck inside Eritrea on Sunday. Sudanese drones struck across South Sudan overnight.",
        {("Ethiopia", "attacks", "Eritrea"), ("Sudan", "attacks", "South Sudan")}),
    "a guest hosted for a visit visits the host's state": (
        "Malawian President Lazarus Chakwera hosted Zambian President Hakainde Hichilema for a state visit.",
        {("Hakainde Hichilema", "visits", "Malawi")}, {("Lazarus Chakwera", "visits", None)}),
    "what an owned agent's 'of' phrase names is what it leads, not another owner": (
        "Benin lauded Senegal's leadership of ECOWAS.",
        {("Benin", "praises", "Senegal")}, {("Benin", "praises", "Economic Community of West African States")}),
    "crediting a named actor with an act praises it": (
        "Ecuador's president credited Chile with helping to end the blockade.",
        {("Ecuador", "praises", "Chile")}),
    "blocking a budget, bill or treaty rejects its authors": (
        "Slovakia blocked the EU budget over the climate clause. Kenya held up the ratification of Uganda's "
        "pipeline treaty.",
        {("Slovakia", "opposes", "European Union"), ("Kenya", "opposes", "Uganda")},
        {("Slovakia", "coerces", None), ("Kenya", "coerces", None)}),
    "a visit with no destination is to the others the clause names": (
        "Peru and Chile signed a trade pact during a visit by Chilean President Gabriel Boric.",
        {("Gabriel Boric", "visits", "Peru")}, {("Gabriel Boric", "visits", "Chile")}),
    "saying one will never negotiate with a side rejects it": (
        "Eritrea's president said Asmara would never negotiate with Addis Ababa under pressure.",
        {("Eritrea", "opposes", "Ethiopia")}, {("Eritrea", "meets", None)}),
    "settling or resolving a dispute is an agreement of both sides": (
        "Belize and Guatemala settled their border dispute. Nepal resolved its row with India.",
        {("Belize", "agrees", "Guatemala"), ("Guatemala", "agrees", "Belize"), ("Nepal", "agrees", "India")}),
    "a second infinitive of an appeal is asked for too": (
        "The African Union urged Chad and Sudan to show restraint and to settle their differences through dialogue.",
        {("African Union", "urges", "Chad"), ("African Union", "urges", "Sudan")},
        {("Chad", "agrees", None), ("Sudan", "agrees", None), ("Chad", "meets", None), ("Sudan", "meets", None)}),
    "a demonym that names a people's origin, not its place, is no state's act": (
        "Kosovo Albanian rebels ambushed a Serbian police patrol. Turkish Cypriot police detained two British "
        "tourists.",
        {("Kosovo", "attacks", "Serbia"), ("Cyprus", "coerces", "United Kingdom")},
        {("Albania", None, None), ("Turkey", None, None)}),
    "a jibe set off by a comma is the sayer's, wherever the parser hangs it": (
        "Malawi's president warned that the bloc risked losing relevance if members kept blocking deals, a jab at "
        "Zambia. The Ghanaian president said the region needed unity, in a thinly veiled swipe at Burkina Faso.",
        {("Malawi", "criticizes", "Zambia"), ("Ghana", "criticizes", "Burkina Faso")}),
    "a participle after a comma tells of the clause's subject, not of the one told to leave": (
        "Latvia ordered Russia's ambassador to leave the country within 72 hours on Tuesday, accusing Moscow of "
        "helping smuggle weapons to separatists.",
        {("Latvia", "criticizes", "Russia")}),
    "an unnamed ministry acts for the state whose agents acted just before": (
        "Senegal warned Mali against provocations. Malian prosecutors opened an investigation, and the interior "
        "ministry said it had arrested a Guinean citizen.",
        {("Mali", "coerces", "Guinea")}, {("Senegal", "coerces", None)}),
    "a state rejecting a minister's accusation opposes the minister's state": (
        "Peruvian Foreign Minister Ana Gervasi accused Bolivia of meddling. Bolivia rejected the accusation.",
        {("Bolivia", "opposes", "Peru")}, {("Bolivia", "opposes", "Ana Gervasi")}),
    "an appeal the parser joins to a relative clause of a thing is the sayer's": (
        "Chad's foreign minister said N'Djamena would not accept any plan that weakened its army and urged Niger "
        "to rethink.",
        {("Chad", "urges", "Niger")}),
    "a deal told before and named again with a common-noun modifier answers its parties": (
        "Benin and Togo signed a gas deal on Monday. Ghana criticised the gas deal.",
        {("Ghana", "criticizes", "Benin"), ("Ghana", "criticizes", "Togo")}),
    "a verb written with a hyphen is read as one verb": (
        "Fiji and Tonga re-established diplomatic ties on Monday. Norway said it would co-operate with Iceland on "
        "fisheries. The United Nations called on Ghana and Togo to de-escalate.",
        {("Fiji", "cooperatesWith", "Tonga"), ("Norway", "cooperatesWith", "Iceland"),
         ("United Nations", "urges", "Ghana"), ("United Nations", "urges", "Togo")},
        {("United Nations", "meets", None)}),
    "refusing talks a third side brokers or hosts opposes that side": (
        "Eritrea declined to attend Qatari-brokered talks in Doha. Belize refused to join talks mediated by "
        "Mexico. Armenia attended the US-brokered talks.",
        {("Eritrea", "opposes", "Qatar"), ("Belize", "opposes", "Mexico")}, {("Armenia", "opposes", None)}),
    "fire that falls in a state is aimed at it, and condemning it as a wrong criticizes who fired": (
        "Sudan carried out air strikes in eastern Chad on Sunday. The Chadian government condemned the strikes as "
        "a violation of its sovereignty.",
        {("Sudan", "attacks", "Chad"), ("Chad", "opposes", "Sudan"), ("Chad", "criticizes", "Sudan")},
        {("Chad", None, "Chad")}),
    "a seizure is coercion, and condemning it opposes the seizer": (
        "Venezuela seized a Guyanese fishing boat on Friday. Guyana condemned the seizure. Morocco's seizure of "
        "a Spanish trawler angered Madrid.",
        {("Venezuela", "coerces", "Guyana"), ("Guyana", "opposes", "Venezuela"), ("Morocco", "coerces", "Spain")}),
    "extraditing suspects to a state is judicial cooperation with it, and refusing to rejects it": (
        "Georgia extradited three suspects to Armenia. Paraguay refused to extradite the banker to Brazil.",
        {("Georgia", "cooperatesWith", "Armenia"), ("Paraguay", "opposes", "Brazil")},
    ),
    "writing off or forgiving a state's debt, or releasing a tranche to it, is aid": (
        "China wrote off part of Angola's debt. France forgave Chad's debts. The IMF released a $300 million "
        "tranche to Ghana.",
        {("China", "aids", "Angola"), ("France", "aids", "Chad"), ("International Monetary Fund", "aids", "Ghana")},
    ),
    "the host of talks between two sides is at the table": (
        "The talks between Serbia and Kosovo were hosted by Norway in Oslo.",
        {("Kosovo", "meets", "Serbia"), ("Norway", "meets", "Serbia"), ("Kosovo", "meets", "Norway")},
    ),
    "an act set before a clause of refusal is not refused: 'In a rebuke to Moscow, … refused …'": (
        "In a rebuke to Moscow, Armenia refused to attend the summit. Estonia said Hungary's stance was naive.",
        {("Armenia", "criticizes", "Russia"), ("Estonia", "criticizes", "Hungary")},
    ),
    "saying one would hit or strike back threatens whom it would answer": (
        "India said it would hit back hard if Pakistan attacked again. Iran vowed to strike back at Israel.",
        {("India", "threatens", "Pakistan"), ("Iran", "threatens", "Israel")},
    ),
    "vilifying a state criticizes it": (
        "Eritrea's information minister vilified Ethiopia.",
        {("Eritrea", "criticizes", "Ethiopia")},
    ),
    "reacting angrily or sharply to an act criticizes its doer, a body too": (
        "Serbia reacted angrily to the European Parliament's resolution on Kosovo. Vietnam responded sharply to "
        "China's new map.",
        {("Serbia", "criticizes", "European Parliament"), ("Vietnam", "criticizes", "China")},
    ),
    "a name the parser read as an adverb opening the sentence is its subject": (
        "Tonga, like Samoa, is a member of the Commonwealth.",
        {("Tonga", "memberOf", "Commonwealth")},
    ),
    "who echoes or shares another's stance takes it too": (
        "Ghana's criticism of Togo was echoed by Benin. Portugal shared Spain's support for Morocco.",
        {("Ghana", "criticizes", "Togo"), ("Benin", "criticizes", "Togo"), ("Portugal", "supports", "Morocco")},
    ),
    "a host meets the officials or negotiators of a state it hosts": (
        "Oman hosted Yemeni negotiators in Muscat. Malawi hosted Zambian officials in Lilongwe.",
        {("Oman", "meets", "Yemen"), ("Malawi", "meets", "Zambia")},
    ),
    "contesting a claim or repudiating a statement rejects whoever made it": (
        "Belize contested Guatemala's claim to the cays. Tunisia repudiated the statement issued by the Libyan "
        "foreign ministry.",
        {("Belize", "opposes", "Guatemala"), ("Tunisia", "opposes", "Libya")},
    ),
    "who is joined for talks is at the table": (
        "Colombian President Gustavo Petro joined Ecuadorian President Daniel Noboa for talks in Quito.",
        {("Daniel Noboa", "meets", "Gustavo Petro")},
    ),
    "a summit the parser hangs on the object as its setting is still the subjects' own": (
        "Greece and Turkey pledged to improve relations at their summit in Athens.",
        {("Greece", "meets", "Turkey")},
    ),
    "a policing, intelligence or counterterrorism pact is security cooperation": (
        "Fiji and Samoa signed a policing agreement. Niger and Chad signed a counterterrorism pact.",
        {("Fiji", "cooperatesWith", "Samoa"), ("Chad", "cooperatesWith", "Niger")},
    ),
    "civilian buildings are what a strike hits, and a brawl or skirmish is a clash": (
        "Russian missiles struck a shopping centre in Odesa. Thai and Cambodian troops skirmished near the temple.",
        {("Russia", "attacks", "Ukraine"), ("Thailand", "attacks", "Cambodia")},
    ),
    "what a passive urges is asked of its subject, not done by the one urging nor by the subject yet": (
        "Serbia was urged by Germany to recognise Kosovo. Kosovo was pressed by the EU to lift its ban on Serbian "
        "goods.",
        {("Germany", "urges", "Serbia"), ("European Union", "urges", "Kosovo")},
        {(None, "supports", "Kosovo"), (None, "concedes", "Serbia")},
    ),
    "blame for what two did together is blame of both, but condemning their clashes takes neither's side": (
        "Turkey criticised the defence pact between Greece and Cyprus. Kenya condemned the clashes between "
        "Ethiopia and Eritrea.",
        {("Turkey", "criticizes", "Greece"), ("Turkey", "criticizes", "Cyprus")},
        {("Kenya", None, "Ethiopia"), ("Kenya", None, "Eritrea")},
    ),
    "talks with someone that a speaker judges were the speaker's own": (
        "Malaysian Prime Minister Anwar Ibrahim said the talks with Thai Prime Minister Srettha Thavisin had been "
        "fruitful.",
        {("Anwar Ibrahim", "meets", "Srettha Thavisin")},
    ),
    "a named place, as well as a named actor, is what a strike hits": (
        "Russian missiles hit Kharkiv.",
        {("Russia", "attacks", "Ukraine")},
    ),
    "a demonym the parser made an object of its own still owns the agent after it": (
        "Armenia accused Azerbaijani troops of shelling its positions.",
        {("Armenia", "criticizes", "Azerbaijan")},
    ),
    "felicitations are congratulations": (
        "Nepal's prime minister conveyed his felicitations to the new Bhutanese king.",
        {("Nepal", "congratulates", "Bhutan")},
    ),
    "what one says to someone in a phone call named first is said on a call with them": (
        "In a phone call on Monday, Turkish President Tayyip Erdogan told Swedish Prime Minister Ulf Kristersson "
        "that Ankara expected more.",
        {("Tayyip Erdogan", "meets", "Ulf Kristersson")},
    ),
    "the subject of a relative clause that imposed the sanctions owns them": (
        "The sanctions, which Canada imposed on Monday, target three Haitian gang leaders.",
        {("Canada", "sanctions", "Haiti")},
    ),
    "calling a person a name in abuse criticizes that person": (
        "Bolivian President Luis Arce called Argentine President Javier Milei a fascist. Cuban President Miguel "
        "Diaz-Canel called Ecuadorian President Daniel Noboa a lackey of the empire. Venezuelan President Nicolas "
        "Maduro called Guyanese President Irfaan Ali a despot.",
        {("Luis Arce", "criticizes", "Javier Milei"), ("Miguel Diaz-Canel", "criticizes", "Daniel Noboa"),
         ("Nicolas Maduro", "criticizes", "Irfaan Ali")},
    ),
    "who refuses to attend talks another hosts opposes the host, not the other way": (
        "Eritrea declined to attend the talks hosted by Kenya.",
        {("Eritrea", "opposes", "Kenya")},
        {("Kenya", "opposes", "Eritrea")},
    ),
    "a demand whose clause the parser read as a noun phrase is still made of the name that opens it": (
        "Ghana demanded that Togo halt oil exploration near the border.",
        {("Ghana", "demands", "Togo")},
    ),
    "who undergoes an act one defends or backs is not the one supported": (
        "Latvia's president defended the expulsion of the Belarusian consul. Tajikistan backed Iran's arrest of "
        "the Afghan traders.",
        {("Tajikistan", "supports", "Iran")},
        {(None, "supports", "Belarus"), (None, "supports", "Afghanistan")},
    ),
    "an offer to mediate between two sides is no agreement with either": (
        "Kenya offered to mediate between Ethiopia and Eritrea. Kenya promised to send aid to Somalia.",
        {("Kenya", "agrees", "Somalia")},
        {("Kenya", "agrees", "Ethiopia"), ("Kenya", "agrees", "Eritrea")},
    ),
    "an office of another state's body is not held by a person named before": (
        "Ghanaian President Nana Akufo-Addo received a delegation of Togolese lawmakers led by the speaker of "
        "Togo's parliament.",
        {("Nana Akufo-Addo", "holdsPosition", "Ghana")},
        {("Nana Akufo-Addo", "holdsPosition", "Togo")},
    ),
    "an electoral council or commission acts for its state": (
        "Bolivia's electoral council rejected the criticism from Peru. Chile did not recognise the results "
        "announced by Ecuador's electoral commission.",
        {("Bolivia", "opposes", "Peru"), ("Chile", "opposes", "Ecuador")},
    ),
    "holding up, stalling or delaying another's bid opposes it, and the bid is not granted": (
        "Greece held up North Macedonia's accession to the EU. Spain stalled Kosovo's bid to join Interpol.",
        {("Greece", "opposes", "North Macedonia"), ("Spain", "opposes", "Kosovo")},
        {("North Macedonia", "memberOf", None)},
    ),
    "a meeting boycotted, skipped or left is not held, and leaving talks is no retreat": (
        "Ghana boycotted the summit convened by Togo. Laos skipped the meeting with Thailand. Chad stayed away "
        "from the talks with Sudan. Mali pulled out of the negotiations with Algeria. Niger pulled its troops "
        "out of Benin.",
        {("Ghana", "protests", "Togo"), ("Niger", "concedes", "Benin")},
        {(None, "meets", None), ("Mali", "concedes", None)},
    ),
    "a deadlock or instability is a harm one is blamed for or stokes": (
        "Bolivia said Paraguay was to blame for the impasse in the talks. Georgia said Russia was stoking "
        "instability in the region.",
        {("Bolivia", "criticizes", "Paraguay"), ("Georgia", "criticizes", "Russia")},
    ),
    "a spokesperson speaks for the body named after 'for', and that body's state acts": (
        "A spokeswoman for the Peruvian foreign ministry criticised Ecuador. A spokesman for the Iranian embassy "
        "in London said Britain's decision was unacceptable.",
        {("Peru", "criticizes", "Ecuador"), ("Iran", "criticizes", "United Kingdom")},
    ),
    "more words of verdict: harsh or unwise acts, ridiculous claims, a state playing with fire": (
        "Togo said the Ghanaian tariffs were harsh and unwise. Chile said Peru's claims were ridiculous. "
        "Russia said Finland was playing with fire.",
        {("Togo", "criticizes", "Ghana"), ("Chile", "opposes", "Peru"), ("Russia", "criticizes", "Finland")},
    ),
    "who broker or mediate talks do not meet each other, and who act in talks meet": (
        "The truce between Somalia and the militia, brokered by Kenya and Uganda, held. Chad and Niger agreed to "
        "a prisoner swap in talks in Doha.",
        {("Chad", "meets", "Niger")},
        {("Kenya", "meets", "Uganda"), ("Uganda", "meets", "Kenya")},
    ),
    "the sanctions one names as subject of 'target' or 'hit' are aimed at its object": (
        "The sanctions, announced by Britain on Friday, target three Syrian generals. The new US sanctions hit "
        "Cuban state firms.",
        {("United Kingdom", "sanctions", "Syria"), ("United States", "sanctions", "Cuba")},
    ),
    "ending or abrogating a pact with a state sanctions it, as scrapping one does": (
        "Mali ended its defence pact with France. Egypt abrogated its peace treaty with Israel.",
        {("Mali", "sanctions", "France"), ("Egypt", "sanctions", "Israel")},
    ),
    "trade suspended or restricted sanctions the state it comes from or goes to, whatever goods it holds": (
        "Poland suspended imports of Ukrainian grain. Canada suspended trade preferences for Nicaragua. Chile "
        "restricted exports of copper to Bolivia.",
        {("Poland", "sanctions", "Ukraine"), ("Canada", "sanctions", "Nicaragua"), ("Chile", "sanctions", "Bolivia")},
    ),
    "cutting off exports to a state sanctions it, and saying one could is a threat": (
        "Kenya cut off electricity exports to Uganda. Russia could cut grain exports to Georgia, its trade minister "
        "said.",
        {("Kenya", "sanctions", "Uganda"), ("Russia", "threatens", "Georgia")},
    ),
    "what one rejects, called by its name, comes from whom the 'from' phrase names": (
        "Tunisia's president Kais Saied rejected what he called foreign diktats from the IMF.",
        {("Kais Saied", "opposes", "International Monetary Fund")},
    ),
    "two titled names joined by 'and' both act, however the parser hangs the second title": (
        "Ethiopia's prime minister Abiy Ahmed and Eritrea's president Isaias Afwerki met in Asmara.",
        {("Abiy Ahmed", "meets", "Isaias Afwerki")},
    ),
    "the leadership one praises is another's, named before it in the sentence": (
        "Antony Blinken met Santiago Pena and praised his leadership.",
        {("Antony Blinken", "praises", "Santiago Pena")},
    ),
    "a call for a state to do something urges that state": (
        "Norway's foreign minister repeated his call for Israel to halt the offensive. Chile renewed calls for "
        "Peru to free the fishermen.",
        {("Norway", "urges", "Israel"), ("Chile", "urges", "Peru")},
    ),
    "a law in another state's style is not that state's": (
        "Georgian opposition supporters protested outside parliament against the Russian-style law. Serbs rallied "
        "against the Croatian law.",
        {("Serbia", "protests", "Croatia")},
        {(None, None, "Russia")},
    ),
    "an understanding reached binds its parties": (
        "Ghana and Burkina Faso reached an understanding on joint border patrols. Sudan reached an understanding "
        "with South Sudan on oil transit fees.",
        {("Ghana", "agrees", "Burkina Faso"), ("Sudan", "agrees", "South Sudan")},
    ),
    "who brokered or led what a participle before a noun says is the name hyphened to it": (
        "Ethiopia and Eritrea signed a US-brokered deal.",
        {("Ethiopia", "agrees", "Eritrea")},
        {(None, "meets", None)},
    ),
    "standing with a people is no support of its state": (
        "Latvia said it stood with the Belarusian people. Chile backed Bolivia's bid.",
        {("Chile", "supports", "Bolivia")},
        {("Latvia", "supports", None)},
    ),
    "hitting a state's vehicle, aircraft or patrol attacks the state": (
        "An Azerbaijani drone hit an Armenian military vehicle. Indian troops hit a Pakistani army patrol.",
        {("Azerbaijan", "attacks", "Armenia"), ("India", "attacks", "Pakistan")},
    ),
    "forces sent or deployed into a state move against it, and threatening to is a threat": (
        "Serbia sent troops into northern Kosovo. Albania threatened to deploy troops into Montenegro.",
        {("Serbia", "mobilizes", "Kosovo"), ("Albania", "threatens", "Montenegro")},
    ),
    "force one will not rule out is held out, a threat; force ruled out is none": (
        "Russia said it would not rule out military action against Moldova. Ukraine ruled out strikes on Belarus.",
        {("Russia", "threatens", "Moldova")},
        {("Ukraine", None, "Belarus"), ("Russia", "attacks", None)},
    ),
    "refusing to hold talks, said with a light verb and its noun, rejects the other side": (
        "Venezuela refused to hold talks with Guyana over the Essequibo region.",
        {("Venezuela", "opposes", "Guyana")},
        {(None, "meets", None)},
    ),
    "brushing off or shrugging off what another says, and standing in the way of its aim, reject it": (
        "Ethiopia brushed off Egypt's warnings. Ghana shrugged off Togo's complaints. Turkey stood in the way of "
        "Sweden's NATO membership for more than a year.",
        {("Ethiopia", "opposes", "Egypt"), ("Ghana", "opposes", "Togo"), ("Turkey", "opposes", "Sweden")},
    ),
    "a decision named by its owner's name does that owner's act": (
        "Mexico disagreed with the US decision to send troops to the border.",
        {("Mexico", "criticizes", "United States"), ("United States", "mobilizes", "Mexico")},
        {("Mexico", "mobilizes", None)},
    ),
    "a participle before the one met describes the one met, whatever clause the parser makes of it": (
        "Nigeria's president met detained former leader Mohamed Bazoum.",
        {("Nigeria", "meets", "Mohamed Bazoum")},
        {(None, "coerces", None)},
    ),
    "whom aid worth a sum goes to, whether the parser hangs the value on the aid or on the verb": (
        "Japan provided emergency aid worth two million dollars to flood-hit Bangladesh. Japan provided aid worth "
        "two million dollars to Nepal.",
        {("Japan", "aids", "Bangladesh"), ("Japan", "aids", "Nepal")},
    ),
    "a ban on goods sent to a state sanctions that state": (
        "The Dutch government imposed an export ban on advanced chip machines to China.",
        {("Netherlands", "sanctions", "China")},
    ),
    "strikes carried out inside a state attack it": (
        "Pakistan carried out air strikes inside Iran against what it called militant hideouts.",
        {("Pakistan", "attacks", "Iran")},
    ),
    "forces moved close to a border mobilize against the state beyond it": (
        "Belarus moved tanks and artillery close to the Ukrainian border.",
        {("Belarus", "mobilizes", "Ukraine")},
    ),
    "a protest delivered to a state criticizes it, and what it is over is not what was delivered": (
        "Vietnam delivered a formal protest to China over the oil rig.",
        {("Vietnam", "criticizes", "China")},
        {(None, "aids", None)},
    ),
    "calling a state a dictatorship judges it, and so does saying it has become one": (
        "\"The Venezuelan regime is a dictatorship,\" Panama's foreign minister told reporters. Costa Rica said "
        "Nicaragua had become a tyranny.",
        {("Panama", "criticizes", "Venezuela"), ("Costa Rica", "criticizes", "Nicaragua")},
    ),
    "a verdict adjective the parser hangs on the naming verb as a clause still judges": (
        "Botswana's foreign minister described South Africa's new visa rules as unfriendly.",
        {("Botswana", "criticizes", "South Africa")},
    ),
    "an act named as a refusal or a failure is not done": (
        "Poland denounced Hungary's refusal to send weapons to Ukraine. Kenya criticised Uganda's failure to "
        "supply electricity to Rwanda.",
        {("Poland", "criticizes", "Hungary"), ("Kenya", "criticizes", "Uganda")},
        {("Hungary", "aids", None), ("Uganda", "aids", None)},
    ),
    "a hostile act revoked, withdrawn or suspended concedes to whom it was aimed at": (
        "Croatia revoked the expulsion of the Serbian ambassador. The EU withdrew the sanctions on Belarusian potash. "
        "Peru suspended the tariffs on Bolivian goods. Ghana suspended aid to Togo.",
        {("Croatia", "concedes", "Serbia"), ("European Union", "concedes", "Belarus"), ("Peru", "concedes", "Bolivia"),
         ("Ghana", "sanctions", "Togo")},
        [("Croatia", "sanctions", None), ("Peru", "sanctions", None), ("Ghana", "aids", None)]),
    "arms handed over to a state aid it; one's own arsenal handed over is given up": (
        "Turkey handed over 40 armoured vehicles to the Somali army. Belarus handed over its nuclear warheads to "
        "Russia.",
        {("Turkey", "aids", "Somalia"), ("Belarus", "concedes", "Russia")},
        [("Belarus", "aids", None)]),
    "a call made to congratulate someone is the caller's congratulation of the one called": (
        "The Thai prime minister telephoned his Malaysian counterpart to congratulate him on his election victory.",
        {("Thailand", "meets", "Malaysia"), ("Thailand", "congratulates", "Malaysia")},
        [("Malaysia", "congratulates", None)]),
    "rejecting the claims a saying answers rejects whoever made them": (
        "'We reject these baseless allegations,' the Burundian government said in response to Rwanda's claims. "
        "Laos dismissed the accusations in response to Thailand's report.",
        {("Burundi", "opposes", "Rwanda"), ("Laos", "opposes", "Thailand")},
        []),
    "exercises or drills held with a state are cooperation with it, held near one a show of force": (
        "Egypt held naval exercises with Greece. Belarus will hold drills with Russia. Turkey held drills near Cyprus.",
        {("Egypt", "cooperatesWith", "Greece"), ("Turkey", "mobilizes", "Cyprus")},
        [("Egypt", "mobilizes", None)]),
    "a show of force after a friendly act does not fall on the one befriended": (
        "Japan said it backed the Philippines' claims and would hold naval exercises with the Philippine navy.",
        {("Japan", "supports", "Philippines")},
        [("Japan", "threatens", None), ("Japan", "mobilizes", None)]),
    "a verb the parser read as a participle of the sentence's head noun has that noun for its subject": (
        "Thousands of Vietnamese protested outside the Chinese embassy.",
        {("Vietnam", "protests", "China")},
        []),
    "aid a state is thanked for, its own, went to the one who thanks": (
        "Chile thanked Peru for its help in fighting the fires. Kyiv thanked Oslo for its military assistance.",
        {("Peru", "aids", "Chile"), ("Norway", "aids", "Ukraine")},
        [("Chile", "aids", None), ("Ukraine", "aids", None)]),
    "a state's vessel, unit, inspector or coastguard acts for its state or body, as their other forms do": (
        "A Chinese vessel rammed a Philippine supply boat near the shoal. A Russian unit shelled a Ukrainian village. "
        "An IAEA inspector visited the Iranian site. The Vietnamese coastguard detained a Chinese trawler.",
        {("China", "attacks", "Philippines"), ("Russia", "attacks", "Ukraine"),
         ("International Atomic Energy Agency", "visits", "Iran"), ("Vietnam", "coerces", "China")},
        []),
    "drawing a state's ire or anger is its criticism of the one who drew it": (
        "Norway drew Moscow's anger by expelling two diplomats. Sweden's decision drew Turkey's ire.",
        {("Russia", "criticizes", "Norway"), ("Turkey", "criticizes", "Sweden")},
        []),
    "an asset freeze, visas revoked and entry banned curb a state's people": (
        "The EU ordered an asset freeze on Belarusian officials. Latvia revoked the visas of two Russian diplomats. "
        "Iran banned entry to 50 American officials.",
        {("European Union", "sanctions", "Belarus"), ("Latvia", "sanctions", "Russia"),
         ("Iran", "sanctions", "United States")},
        []),
    "forces sent into one's own land go to that place, into another's to that state": (
        "Spain deployed soldiers to Ceuta. China sent troops to Xinjiang. Russia sent troops to Kharkiv. Turkey "
        "dispatched a frigate to the eastern Mediterranean.",
        {("Spain", "mobilizes", "Ceuta"), ("China", "mobilizes", "Xinjiang"), ("Russia", "mobilizes", "Ukraine")},
        [("Turkey", "mobilizes", None)]),
    "demolishing a people's homes destroys their property": (
        "Saudi forces demolished Yemeni homes near the border.",
        {("Saudi Arabia", "attacks", "Yemen")},
        []),
    "saying a state supports, backs, trains or fights alongside rebels accuses it": (
        "Burundi said Rwandan soldiers were fighting alongside the rebels. Chad said Libya was supporting the FACT "
        "rebels. Niger said Benin was training militants.",
        {("Burundi", "criticizes", "Rwanda"), ("Chad", "criticizes", "Libya"), ("Niger", "criticizes", "Benin")},
        []),
    "a progressive said of a state is its act, not a stance's content": (
        "Uganda said it was supporting Somalia's army.",
        {("Uganda", "supports", "Somalia")},
        []),
    "calling an act warfare or theft judges its doer": (
        "Cuba said the US embargo amounted to economic warfare. Venezuela said the seizure of its gold by Britain "
        "was theft.",
        {("Cuba", "criticizes", "United States"), ("Venezuela", "criticizes", "United Kingdom")},
        []),
    "speaking to reporters somewhere meets no one there": (
        "Speaking to reporters in Tashkent, Mirziyoyev praised Kazakhstan. Speaking to journalists in Baku, Aliyev "
        "criticised Armenia.",
        {("Shavkat Mirziyoyev", "praises", "Kazakhstan"), ("Ilham Aliyev", "criticizes", "Armenia")},
        [(None, "meets", None)]),
    "favouring a state's cause, or being in favour of it, supports the state": (
        "Lithuania favoured early membership for Moldova. Portugal is in favour of Angola's proposal. Austria is "
        "not in favour of Serbia's bid.",
        {("Lithuania", "supports", "Moldova"), ("Portugal", "supports", "Angola")},
        [("Austria", "supports", None)]),
    "a rejection of a state's claim, and brushing its complaints aside, oppose it": (
        "Bolivia renewed its rejection of Chilean sovereignty over the coast. The Laotian government brushed aside "
        "Vietnamese complaints about the dam.",
        {("Bolivia", "opposes", "Chile"), ("Laos", "opposes", "Vietnam")},
        []),
    "support withheld is no support": (
        "Chad withheld its support for the Sudanese plan.",
        set(),
        [("Chad", "supports", None)]),
    "hitting back with no one named answers whoever accused or criticised the one hitting back": (
        "Chile criticised Peru's fishing quotas. Peruvian Foreign Minister Javier Gonzalez-Olaechea hit back, "
        "saying Lima would not take lessons from anyone. Malaysia hit back on Friday.",
        {("Javier Gonzalez-Olaechea", "criticizes", "Chile")},
        [("Malaysia", "criticizes", None)]),
    "a verdict of wrong on the remarks told before criticizes who made them": (
        "Ugandan army chief Muhoozi Kainerugaba said his troops could reach Nairobi in two weeks. Kenya described "
        "the remarks as offensive. Guatemala's defence minister Henry Saenz said Belize had no claim to the cays. "
        "Belize said the comments were inappropriate.",
        {("Kenya", "criticizes", "Muhoozi Kainerugaba"), ("Belize", "criticizes", "Henry Saenz")},
        []),
    "a tensed verb after an infinitive goes with the clause above it, not with the infinitive's subjects": (
        "Egypt said the dispute was for Sudan and Ethiopia to resolve and urged them to show restraint.",
        {("Egypt", "urges", "Sudan"), ("Egypt", "urges", "Ethiopia")},
        []),
    "help helps its own object, not whom the helped fight or whom a coordinated verb acts on": (
        "Chad sent troops to help Niger fight Boko Haram and urged Benin to do the same.",
        {("Chad", "aids", "Niger"), ("Chad", "urges", "Benin"), ("Niger", "attacks", "Boko Haram")},
        [("Chad", "aids", "Boko Haram"), ("Chad", "aids", "Benin")]),
    "pledging, promising or offering money or aid to a state agrees to aid it": (
        "Oman pledged $400 million to help Yemen's central bank. Norway promised 20 million euros to Malawi. "
        "Kuwait offered Tunisia a $500 million loan.",
        {("Oman", "agrees", "Yemen"), ("Norway", "agrees", "Malawi"), ("Kuwait", "agrees", "Tunisia")},
        []),
    "declaring any state's person persona non grata sanctions that state": (
        "Chile declared Venezuelan President Nicolas Maduro persona non grata.",
        {("Chile", "sanctions", "Venezuela")},
        []),
    "a complaint over a state's act, and saying it prepares or plots a wrong, accuse it": (
        "Cyprus lodged a formal complaint with the EU over Turkish drilling. Moldova said Russia was preparing "
        "an invasion. Egypt said Israel was plotting attacks on its border.",
        {("Cyprus", "criticizes", "Turkey"), ("Moldova", "criticizes", "Russia"), ("Egypt", "criticizes", "Israel")},
        [("Israel", "attacks", None)]),
    "a deal struck in the passive binds the parties of the talks it came from": (
        "The accord was reached after two days of talks between Benin and Niger. No agreement was reached at the "
        "talks between Serbia and Kosovo.",
        {("Benin", "agrees", "Niger"), ("Niger", "agrees", "Benin")},
        [("Serbia", "agrees", None), ("Kosovo", "agrees", None)]),
    "answering with one's own measures if the act told before goes ahead threatens its doer": (
        "Canada threatened to impose tariffs on Brazil. Brazil's trade minister warned that Brazil would answer "
        "with duties of its own if the tariffs took effect.",
        {("Brazil", "threatens", "Canada")},
        []),
    "criticizing a visit told before criticizes the visitor": (
        "Serbian President Aleksandar Vucic visited Minsk on Monday. The European Union criticized the visit.",
        {("European Union", "criticizes", "Serbia")},
        [("European Union", "criticizes", "Belarus")]),
    "a reciprocal that owns the object makes the act go both ways": (
        "Chad and Sudan expelled each other's diplomats.",
        {("Chad", "sanctions", "Sudan"), ("Sudan", "sanctions", "Chad")},
        []),
    "wanting a state to act demands it of that state": (
        "Laos wants Thailand to reopen the bridge, the foreign ministry said. Peru wants to join the bloc.",
        {("Laos", "demands", "Thailand")},
        [("Peru", "demands", None)]),
    "an owner the parser coordinates with a name is no actor of its own": (
        "Kazakhstan's Tokayev and Uzbekistan's Mirziyoyev met on the sidelines of the summit in Astana.",
        {("Kassym-Jomart Tokayev", "meets", "Shavkat Mirziyoyev")},
        [(None, "meets", "Uzbekistan"), ("Uzbekistan", "meets", None)]),
    "a verdict on 'this' or 'it' judges the act told before": (
        "Zambia detained three Malawian truck drivers. \"This is an unacceptable violation of their rights,\" "
        "Malawi's foreign minister said. Eritrea closed its border with Djibouti. Djibouti called it an act of "
        "aggression. It is unacceptable that the talks failed, Ghana said.",
        {("Malawi", "criticizes", "Zambia"), ("Djibouti", "criticizes", "Eritrea")},
        [("Ghana", "criticizes", None)]),
    "forces moved closer to a border are aimed across it": (
        "Tbilisi said Moscow had moved an artillery brigade closer to the Georgian border.",
        {("Russia", "mobilizes", "Georgia")},
        []),
    "an object the parser hangs elsewhere is still the partner: a visiting guest, a name after a demonym": (
        "Cambodian Prime Minister Hun Manet held talks here on Monday with visiting Thai Prime Minister Srettha "
        "Thavisin, with both sides pledging to expand trade. Thai Prime Minister Srettha Thavisin also paid a "
        "courtesy call on Lao President Thongloun Sisoulith, who praised the visit.",
        {("Hun Manet", "meets", "Srettha Thavisin"), ("Srettha Thavisin", "meets", "Thongloun Sisoulith")},
        []),
    "an office holder's unnamed spokesman or office speaks for the holder's state": (
        "Tanzanian President Samia Suluhu Hassan's spokesman criticised Burundi. Ugandan President Yoweri "
        "Museveni's office said Kenya was to blame for the violence.",
        {("Tanzania", "criticizes", "Burundi"), ("Uganda", "criticizes", "Kenya")},
        []),
    "forces put or placed on a border on alert are aimed at the state across it": (
        "Serbia placed its troops on the border with Kosovo on high alert. Chile put its navy on high alert.",
        {("Serbia", "mobilizes", "Kosovo")},
        [("Chile", "mobilizes", None)]),
    "welcoming a guest named by office meets the guest's state, welcoming a decision praises it": (
        "The Qatari emir welcomed the Iranian president at Doha airport. Oman welcomed the Yemeni decision.",
        {("Qatar", "meets", "Iran"), ("Oman", "praises", "Yemen")},
        [("Qatar", "praises", "Iran")]),
    "what is proper, said of an act only to be denied, judges it a wrong": (
        "Bhutan said Nepal's new map was not acceptable. Oman called the Yemeni decision not legitimate. Fiji "
        "said Tonga's offer was acceptable.",
        {("Bhutan", "criticizes", "Nepal"), ("Oman", "criticizes", "Yemen")},
        [("Fiji", "criticizes", None)]),
    "acting or behaving as a wrong is judged as being one": (
        "Mali said Algeria was acting as a puppet of France. Laos said Cambodia was behaving as an aggressor. "
        "Kenya acted as a mediator between the two sides.",
        {("Mali", "criticizes", "Algeria"), ("Laos", "criticizes", "Cambodia")},
        [("Kenya", "criticizes", None)]),
    "saying an actor has no right to act criticizes it": (
        "Uganda said Rwanda had no right to close the border. Iran said Britain does not have the right to seize "
        "the tanker. Chile has the right to defend itself, Peru said.",
        {("Uganda", "criticizes", "Rwanda"), ("Iran", "criticizes", "United Kingdom")},
        [("Peru", "criticizes", None)]),
    "attacking a plan or a pact criticizes its authors, and selfish is a wrong": (
        "Hungary's prime minister attacked the EU's migration pact. Seoul said Tokyo's release of the water was "
        "selfish.",
        {("Hungary", "criticizes", "European Union"), ("South Korea", "criticizes", "Japan")},
        [("Hungary", "attacks", None)]),
    "a paper or a body named by a compound, deeper in an 'of' phrase, is that actor's": (
        "Rwanda rejected the findings of the UN report. Ghana praised the soldiers of the AU mission. Serbia "
        "welcomed the development of the BRICS cooperation mechanism.",
        {("Rwanda", "opposes", "United Nations"), ("Ghana", "praises", "African Union")},
        [("Serbia", None, "BRICS")]),
    "a name the parser hangs on its verb as a modifier is still its subject": (
        "Azerbaijan massed troops on the border with Armenia. On Monday Georgia said nothing.",
        {("Azerbaijan", "mobilizes", "Armenia")},
        [(None, None, "Monday")]),
    "one whose hosts are of a country is visiting it": (
        "Ghanaian President John Mahama and his Nigerian hosts signed two accords. Chilean President Gabriel "
        "Boric thanked his Argentine hosts. Qatar will not be the host of the Sudan talks.",
        {("John Mahama", "visits", "Nigeria"), ("Gabriel Boric", "visits", "Argentina")},
        [("Qatar", "visits", None), (None, "visits", "Qatar")]),
    "an act done with someone's backing or help has their support or aid": (
        "The border was reopened by Mayor Ivan Petrov with the backing of Serbia. Iraq retook the town with the "
        "help of Iran. Mali expelled the envoy without the backing of Niger. Chad may act with the support of France.",
        {("Serbia", "supports", "Ivan Petrov"), ("Iran", "aids", "Iraq")},
        [("Niger", "supports", None), ("France", "supports", None)]),
    "a tensed verb after a denied gerund goes with the denial, not into it": (
        "Niger denies arming the smugglers and accuses Chad of shielding them. Laos denied helping the rebels and "
        "blamed Thailand for the clashes.",
        {("Niger", "criticizes", "Chad"), ("Laos", "criticizes", "Thailand")},
        []),
    "the problem, the obstacle or the threat named first, the judged act after the copula": (
        "The Chilean minister said the real problem was Bolivia's refusal to negotiate. Ghana said the main "
        "obstacle to peace was Togo's blockade. The biggest danger, Oman said, is Iran's missile programme. Peru "
        "said the problem was not Ecuador's army.",
        {("Chile", "criticizes", "Bolivia"), ("Ghana", "criticizes", "Togo"), ("Oman", "criticizes", "Iran")},
        [("Peru", "criticizes", None)]),
    "distancing oneself from sanctions on a state rejects them and imposes none": (
        "South Africa distanced itself from the sanctions on Russia. Hungary distanced itself from the EU statement "
        "on Israel.",
        {("Hungary", "opposes", "European Union")},
        [("South Africa", "sanctions", None)]),
    "what a state is doing, judged or called a wrong, is that state's": (
        "\"What Turkey is doing in the Aegean is bullying,\" the Greek president said. \"What Serbia is doing in "
        "the north is a crime,\" Kosovo's prime minister said.",
        {("Greece", "criticizes", "Turkey"), ("Kosovo", "criticizes", "Serbia")},
        []),
    "saying a state broke its word, a ceasefire or a deal, or reneged on it, accuses it": (
        "The Kenyan minister said Uganda had broken its promise to reopen the border. Israel said Hamas had broken "
        "the truce. Peru accused Bolivia of reneging on the deal. Chile's team broke the record.",
        {("Kenya", "criticizes", "Uganda"), ("Israel", "criticizes", "Hamas"), ("Peru", "criticizes", "Bolivia")},
        [(None, "criticizes", "Chile")]),
    "a meeting still ahead is no meeting yet": (
        "Kenya and Uganda coordinated their positions ahead of the summit.",
        {("Kenya", "cooperatesWith", "Uganda")},
        [(None, "meets", None)]),
    "aid granted, sent or supplied to a state named as the indirect object": (
        "China granted Laos a 300 million dollar loan. Japan sent Nepal 40 rescue teams.",
        {("China", "aids", "Laos"), ("Japan", "aids", "Nepal")},
        []),
    "allies of a body, and states chairing it or holding its presidency, are its members": (
        "NATO allies Norway and Denmark held drills. Ghana, which holds the rotating presidency of the African "
        "Union, proposed a summit. Tanzania chairs the East African Community. Chile led the talks.",
        {("Norway", "memberOf", "North Atlantic Treaty Organization"),
         ("Denmark", "memberOf", "North Atlantic Treaty Organization"), ("Ghana", "memberOf", "African Union"),
         ("Tanzania", "memberOf", "East African Community")},
        [("Chile", "memberOf", None)]),
    "nudging or prodding a state to act urges it": (
        "Norway nudged Sweden to resume the talks. The EU prodded Montenegro to act.",
        {("Norway", "urges", "Sweden"), ("European Union", "urges", "Montenegro")},
        []),
    "he or she is the last person of that sex, by given name or title": (
        "Peruvian President Carla Mendoza hosted Kenyan President Samuel Otieno in Lima before he met "
        "Bolivian President Luis Arce.",
        {("Samuel Otieno", "meets", "Luis Arce")},
        [("Carla Mendoza", "meets", "Luis Arce")]),
    "ruling out or denying a state's offer or request rejects it; leaving a body is no retreat": (
        "Peru ruled out Chile's offer to mediate. Laos denied Vietnam's request for overflight rights. Japan "
        "disputed Russia's account of the incident. Canada challenged the Chinese canola tariffs. Venezuela "
        "withdrew from the Organization of American States.",
        {("Peru", "opposes", "Chile"), ("Laos", "opposes", "Vietnam"), ("Japan", "opposes", "Russia"),
         ("Canada", "opposes", "China")},
        [("Venezuela", "concedes", None)]),
    "banning a state's imports, tightening controls on it or closing one's embassy there sanctions it": (
        "Turkey banned Greek olive imports. The Netherlands tightened export controls to China. Ghana "
        "closed its embassy in Tehran. Latvia tightened checks on the border with Belarus.",
        {("Turkey", "sanctions", "Greece"), ("Netherlands", "sanctions", "China"), ("Ghana", "sanctions", "Iran"),
         ("Latvia", "coerces", "Belarus")},
        []),
    "directors-general, chief executives, speakers and crown princes hold posts": (
        "FAO Director-General Maria Ortiz visited Kabul. Hong Kong Chief Executive Peter Chan met officials. Turkish "
        "parliament speaker Ahmet Yildiz met Iranian officials. Qatar's Crown Prince Sheikh Hamad al-Thani "
        "visited Riyadh.",
        {("Maria Ortiz", "holdsPosition", "Food and Agriculture Organization"),
         ("Peter Chan", "holdsPosition", "Hong Kong"), ("Ahmet Yildiz", "holdsPosition", "Turkey"),
         ("Sheikh Hamad al-Thani", "holdsPosition", "Qatar")},
        [(None, "holdsPosition", "Crown")]),
    "a body's facilitator, mediator or special representative holds a post in it": (
        "The African Union's mediator, Kwame Mensah, met both sides. UN Special Representative Ana Silva briefed "
        "the council.",
        {("Kwame Mensah", "holdsPosition", "African Union"), ("Ana Silva", "holdsPosition", "United Nations")},
        []),
    "an envoy called home is the caller's, and calling him home sanctions no one": (
        "Tunisia recalled ambassador Karim Bensalem for consultations. The Libyan foreign ministry ordered "
        "ambassador Omar Haddad home. Egypt ordered its ambassador home from Ankara.",
        {("Karim Bensalem", "holdsPosition", "Tunisia"), ("Omar Haddad", "holdsPosition", "Libya"),
         ("Egypt", "sanctions", "Turkey")},
        [(None, "sanctions", "Omar Haddad"), (None, "sanctions", "Libya")]),
    "calling a state's act an attack on one's sovereignty accuses it": (
        "Colombia's president said the Ecuadorean tariffs were an attack on Colombian sovereignty.",
        {("Colombia", "criticizes", "Ecuador")},
        [(None, "attacks", None)]),
    "saying a state is behind a harm or wrong accuses it": (
        "Latvia's president said Russia was behind the sabotage. Estonia said Moscow was behind the cyberattacks "
        "on its ministries. The minister said Chile was behind the new trade plan.",
        {("Latvia", "criticizes", "Russia"), ("Estonia", "criticizes", "Russia")},
        [(None, "criticizes", "Chile")]),
    "a partner the parser hangs on the topic of the talks": (
        "Chile's foreign minister flew to Lima for talks on migration with Peruvian officials.",
        {("Chile", "meets", "Peru")},
        []),
    "aid a state is thanked for, naming no recipient, went to the one who thanks": (
        "Honduras thanked Mexico for sending doctors after the storm. Nepal thanked India for hosting the talks.",
        {("Mexico", "aids", "Honduras")},
        [("India", "aids", None)]),
    "a plan or resolution backed or drafted by a state is that state's": (
        "Venezuela expressed firm opposition to the U.S.-backed plan for elections. Russia vetoed a "
        "French-drafted resolution on Mali. Iran rejected the EU-sponsored proposal.",
        {("Venezuela", "opposes", "United States"), ("Russia", "opposes", "France"),
         ("Iran", "opposes", "European Union")},
        []),
    "an objection or veto dropped, and captives returned or repatriated, concede": (
        "Austria dropped its objection to Croatia's Schengen bid. Greece withdrew its veto of Albania's EU "
        "talks. Russia returned the captured Georgian sailors. Pakistan repatriated the detained Indian fishermen.",
        {("Austria", "concedes", "Croatia"), ("Greece", "concedes", "Albania"), ("Russia", "concedes", "Georgia"),
         ("Pakistan", "concedes", "India")},
        [("Austria", "opposes", None), ("Greece", "opposes", None)]),
    "gunners and rocketing attack; fighting near a border is on neither side's soil": (
        "Syrian gunners fired on Turkish jets. Israeli helicopters rocketed Hamas positions. Sudanese troops "
        "attacked rebels near the Chadian border.",
        {("Syria", "attacks", "Turkey"), ("Israel", "attacks", "Hamas")},
        [("Sudan", "attacks", "Chad")]),
    "a threat, demand or show of force after an act on a state falls on that state": (
        "Nepal blamed India for the shooting and vowed revenge. Brazil criticized Guyana and demanded an "
        "explanation. Serbia accused Croatia of provocations and put its troops on alert. Peru announced a "
        "plan to court Chile and impose a blockade.",
        {("Nepal", "threatens", "India"), ("Brazil", "demands", "Guyana"), ("Serbia", "mobilizes", "Croatia")},
        [("Peru", "coerces", None), ("Peru", "sanctions", None)]),
    "a break coordinated with an act on a state falls on that state": (
        "Tunisia accused Libya of hostile acts and cut diplomatic ties. Estonia summoned the Russian envoy and "
        "expelled two diplomats. Kenya welcomed the deal and lifted the ban.",
        {("Tunisia", "sanctions", "Libya"), ("Estonia", "sanctions", "Russia")},
        [("Kenya", None, None)]),
    "leaving or heading for a capital visits it; civilians and refugees on the move visit nothing": (
        "Cuba's foreign minister left Havana for Caracas on Sunday. The Chilean president departed for Lima. "
        "Thousands of Haitians left Chile for Mexico. Afghan refugees travelled to Iran.",
        {("Cuba", "visits", "Caracas"), ("Chile", "visits", "Lima")},
        [("Haiti", "visits", None), ("Afghanistan", "visits", None)]),
    "training given to a state's forces aids it": (
        "India provided military training to Maldivian coast guard officers.",
        {("India", "aids", "Maldives")},
        []),
    "rockets fired or launched into a state attack it; charging a state with a wrong accuses it": (
        "Militias in Gaza fired rockets into southern Israel. Hezbollah launched missiles into northern Israel. "
        "Guinea charged Sierra Leone with violating the border accord.",
        {("Hezbollah", "attacks", "Israel"), ("Guinea", "criticizes", "Sierra Leone")},
        []),
    "aides, deputy ministers, attorneys general and princes hold their state's positions": (
        "Kremlin aide Igor Petrov said the summit was over. Peru's Attorney General Ana Rojas opened an inquiry. "
        "Hungarian Deputy Minister Laszlo Kovacs visited Vienna. Norway's Prince Haakon toured Kenya.",
        {("Igor Petrov", "holdsPosition", "Russia"), ("Ana Rojas", "holdsPosition", "Peru"),
         ("Laszlo Kovacs", "holdsPosition", "Hungary"), ("Prince Haakon", "holdsPosition", "Norway")},
        []),
    "a pact left or pulled out of is neither made nor a retreat, but ties with its other party cut": (
        "Niger quit the security agreement with Benin. Mali withdrew from its defence pact with France. Laos "
        "threatened to pull out of the river treaty with Cambodia. Russia withdrew its troops from Moldova.",
        {("Russia", "concedes", "Moldova"), ("Niger", "sanctions", "Benin"), ("Mali", "sanctions", "France"),
         ("Laos", "threatens", "Cambodia")},
        [(None, "agrees", None), (None, "cooperatesWith", None), ("Mali", "concedes", None),
         ("Laos", "sanctions", None), ("Mali", None, "Mali")]),
    "agreeing to a state's plan never, or not, rejects it": (
        "Georgia said it would never agree to a Russian proposal on the border. Chile will not consent to Bolivia's "
        "demand. Chad did not agree on a date with Niger.",
        {("Georgia", "opposes", "Russia"), ("Chile", "opposes", "Bolivia")},
        [("Chad", "opposes", None)]),
    "verbs the lemmatizer strips wrongly still fire": (
        "Kenya lambasted Uganda over the tariffs. Zambia fined two Malawian truckers. Botswana hoped to meet Namibia.",
        {("Kenya", "criticizes", "Uganda"), ("Zambia", "coerces", "Malawi")},
        [("Botswana", "meets", "Namibia")]),
    "attacking a state's handling or words criticizes it": (
        "Laos's premier attacked Vietnam's handling of the dam dispute. Kenya attacked Uganda's remarks on the "
        "lake. Chad attacked rebel positions near the border.",
        {("Laos", "criticizes", "Vietnam"), ("Kenya", "criticizes", "Uganda")},
        [("Chad", "criticizes", None)]),
    "a verdict the parser hangs on the judged act's clause or a second object": (
        "Ghana described Togo's decision to close the crossing as regrettable. Peru branded the presence of "
        "Chilean warships in its waters a serious violation. Bolivia called Paraguay's export ban unfair.",
        {("Ghana", "criticizes", "Togo"), ("Peru", "criticizes", "Chile"), ("Bolivia", "criticizes", "Paraguay")},
        []),
    "saying a state wages war on another, or calling its act one of hostility, accuses it": (
        "Latvia said Belarus was waging a hybrid war against Europe. Zambia said Malawi's new levy was an act of "
        "economic hostility.",
        {("Latvia", "criticizes", "Belarus"), ("Zambia", "criticizes", "Malawi")},
        []),
    "blacklisting a country's officials or restricting trade with it sanctions it": (
        "Britain blacklisted three Belarusian officials. Turkey restricted trade with Israel. Iran restricted the "
        "movement of Swiss diplomats.",
        {("United Kingdom", "sanctions", "Belarus"), ("Turkey", "sanctions", "Israel"),
         ("Iran", "coerces", "Switzerland")},
        []),
    "calling an act terrorist or a state an occupying power criticizes it": (
        "Serbia said Kosovo's police raid was a terrorist act. Argentina said Britain was an occupying power. "
        "Beijing said Manila's actions infringed on China's sovereignty.",
        {("Serbia", "criticizes", "Kosovo"), ("Argentina", "criticizes", "United Kingdom"),
         ("China", "criticizes", "Philippines")},
        []),
    "a titled name the parser makes a modifier of the verb is still its object": (
        "Kenyan President William Ruto, who flew to Addis Ababa for the summit, met Ethiopian Prime Minister Abiy "
        "Ahmed.",
        {("William Ruto", "meets", "Abiy Ahmed")},
        []),
    "receiving someone is meeting them; receiving a country's support or letter is not": (
        "Qatar's emir received the support of Turkey. The Jordanian king received a letter from Iraq. Kenyan "
        "President William Ruto received Ugandan President Yoweri Museveni.",
        {("William Ruto", "meets", "Yoweri Museveni")},
        [(None, "meets", "Turkey"), (None, "meets", "Iraq")]),
    "jailing or imprisoning a country's national coerces that country": (
        "Myanmar's military jailed a Japanese filmmaker. Iran imprisoned a Swedish diplomat.",
        {("Myanmar", "coerces", "Japan"), ("Iran", "coerces", "Sweden")},
        []),
    "a body's secretary-general, named by title only, acts for the body (the parser splits the hyphen)": (
        "The UN secretary-general praised Oman's mediation. The NATO secretary general thanked Norway.",
        {("United Nations", "praises", "Oman"), ("North Atlantic Treaty Organization", "praises", "Norway")},
        []),
    "balking at, lobbying or voting against someone's proposal opposes them": (
        "China balked at the Japanese proposal for new talks. Egypt lobbied against Ethiopia's bid to host the "
        "summit.",
        {("China", "opposes", "Japan"), ("Egypt", "opposes", "Ethiopia")},
        []),
    "an act others press for, or 'any' act opposed, is not done": (
        "South Africa resisted Western pressure to condemn Russia. Nigeria is opposed to any military "
        "intervention in Niger.",
        set(),
        [("South Africa", "opposes", "Russia"), ("Nigeria", "attacks", "Niger")]),
    "a reported wrong continued, intensified or waged is an accusation; talks continued are none": (
        "Ukraine said Russia was continuing its aggression. Somalia said Ethiopia had intensified its "
        "interference. Ghana said Togo would continue talks with Benin.",
        {("Ukraine", "criticizes", "Russia"), ("Somalia", "criticizes", "Ethiopia")},
        [("Ghana", "criticizes", None)]),
    "rejecting the pretexts or insinuations answers whoever made them": (
        "Tunisia accused Libya of harbouring smugglers on Monday. Libya rejected the false pretexts.",
        {("Libya", "opposes", "Tunisia")},
        []),
    "'the Baltic states' are those of them the story names, else the group itself": (
        "Belarus pushed migrants into Lithuania and Latvia. Germany said it stood with Poland and the Baltic states. "
        "Russia accused the Nordic countries of hostility.",
        {("Germany", "supports", "Lithuania"), ("Germany", "supports", "Latvia"),
         ("Russia", "criticizes", "Nordic countries")},
        [("Germany", "supports", "Estonia"), ("Russia", "criticizes", "Norway")]),
    "one who will respond in kind, naming no one, threatens whoever acted against it": (
        "Belarus expelled Lithuania's ambassador on Monday. Lithuania said it would respond in kind. Chile said it "
        "would respond to the letter from Peru.",
        {("Lithuania", "threatens", "Belarus")},
        [("Chile", "threatens", None)]),
    "a named office holder's government is their state's": (
        "Maldives President Mohamed Muizzu expelled the Indian troops. Sri Lanka urged Muizzu's government to "
        "reconsider. Maldivian opposition leaders accused Muizzu's government of lying.",
        {("Sri Lanka", "urges", "Maldives"), ("Maldives", "criticizes", "Maldives")},
        [(None, None, "Mohamed Muizzu")]),
    "a threat made after a reported clause about a thing is the reporter's": (
        "EU foreign policy chief Josep Borrell said the decision had been taken without consultation and "
        "threatened to delay Montenegro's path to membership.",
        {("Josep Borrell", "threatens", "Montenegro")},
        []),
    "'whose' stands for the one the clause describes": (
        "Kosovo, whose independence Serbia does not recognise, applied to join the Council of Europe.",
        {("Serbia", "opposes", "Kosovo")},
        []),
    "'the two heads of state' are the two leaders named before": (
        "Angolan President Joao Lourenco held talks with Namibian President Nangolo Mbumba. The two heads of state "
        "signed a memorandum on water.",
        {("Joao Lourenco", "agrees", "Nangolo Mbumba")},
        []),
    "'his Tanzanian counterpart', named no further, is Tanzania's official, not the one whose counterpart": (
        "Kenyan President William Ruto met his Tanzanian counterpart in Arusha. French Foreign Minister Catherine "
        "Colonna spoke with her Nigerian counterpart.",
        {("William Ruto", "meets", "Tanzania"), ("Catherine Colonna", "meets", "Nigeria")},
        []),
    "what is rejected 'as absurd' before it is named is still what is rejected": (
        "Nepal's foreign ministry rejected as \"baseless\" the allegation by Bhutan's king that Kathmandu had "
        "armed the rebels.",
        {("Nepal", "opposes", "Bhutan")},
        []),
    "raising an issue or a dispute with someone is consulting them": (
        "Kenyan President William Ruto raised the border dispute with Ugandan President Yoweri Museveni. Germany "
        "raised funds with its partners.",
        {("William Ruto", "meets", "Yoweri Museveni")},
        [("Germany", "meets", None)]),
    "'the government' a country's people or lawmakers call on is their own, not the last state named": (
        "Cambodia and Laos were blamed for the smoke. A Thai senator urged the government to act.",
        set(),
        [(None, "urges", "Laos"), (None, "urges", "Cambodia")]),
    "environmental or green groups act in their own name, or for the country they are in": (
        "Environmental groups accused Indonesia of ignoring the fires. Green groups in Chile blamed Argentina "
        "for the spill.",
        {("environmental groups", "criticizes", "Indonesia"), ("Chile", "criticizes", "Argentina")},
        []),
    "an office holder defending or praising their own state's act takes no stance on that state": (
        "Peruvian President Dina Boluarte defended her government's decision to close the border. Bolivian "
        "President Luis Arce praised Bolivia's farmers.",
        {("Dina Boluarte", "holdsPosition", "Peru")},
        [("Dina Boluarte", "supports", None), ("Luis Arce", "praises", None)]),
    "'both countries' a minister calls on are two others than the minister's own": (
        "Bolivia said Chile and Argentina had closed their border crossings to Bolivian trucks. Bolivia's foreign "
        "minister, Celinda Sosa, called on both countries to reopen them.",
        {("Celinda Sosa", "urges", "Chile"), ("Celinda Sosa", "urges", "Argentina")},
        [("Celinda Sosa", "urges", "Bolivia")]),
    "an ousted, deposed or self-proclaimed president holds no office; an outgoing one still does": (
        "Ousted Bolivian President Evo Morales flew to Mexico. Deposed Sudanese President Omar al-Bashir was "
        "jailed. Self-proclaimed Libyan leader Khalifa Haftar met Outgoing Tunisian President Kais Saied.",
        {("Kais Saied", "holdsPosition", "Tunisia")},
        [("Evo Morales", "holdsPosition", None), ("Omar al-Bashir", "holdsPosition", None),
         ("Khalifa Haftar", "holdsPosition", None)]),
    "an envoy summoned or recalled 'to protest' is the summoner's protest, not the envoy's": (
        "Lithuania summoned Belarus's charge d'affaires to protest against the border incidents. Chile recalled "
        "its ambassador to protest against the Peruvian ruling.",
        {("Lithuania", "criticizes", "Belarus"), ("Chile", "protests", "Peru")},
        [("Belarus", "protests", None)]),
    "a crowd counted is named by what it is, not by its number": (
        "Serbian police have detained more than 150 protesters.",
        {("Serbia", "coerces", "protesters")},
        [(None, None, "150 protesters")]),
    "giving in, bowing or yielding to a country's demands, or conceding something to it, concedes": (
        "Italy gave in to EU demands for budget cuts. Pakistan bowed to pressure from the United States. "
        "Ghana conceded the oil block to Togo. Bhutan eased its visa requirements for Indian tourists.",
        {("Italy", "concedes", "European Union"), ("Pakistan", "concedes", "United States"),
         ("Ghana", "concedes", "Togo"), ("Bhutan", "concedes", "India")},
        []),
    "troops ordered to a border are mobilized against its other side; an envoy ordered out is expelled": (
        "The Kremlin ordered troops to the Finnish border. Algeria ordered the Moroccan ambassador to leave.",
        {("Russia", "mobilizes", "Finland"), ("Algeria", "sanctions", "Morocco")},
        [("Algeria", "mobilizes", None)]),
    "an aid package, a loan, grant or donation to or for a country aids it; a stimulus package does not": (
        "Canada announced a $15 million aid package for Haiti. Kuwait made a donation of $5 million to Sudan. "
        "Peru unveiled a stimulus package for Chile's miners.",
        {("Canada", "aids", "Haiti"), ("Kuwait", "aids", "Sudan")},
        [("Peru", "aids", None)]),
    "a veto lifted on a country's bid is a concession to it": (
        "Hungary lifted its veto on Ukraine's EU membership talks.",
        {("Hungary", "concedes", "Ukraine")},
        []),
    "troops firing on a country's soldiers or planes attack it; firing a minister does not": (
        "Sudanese troops fired on Chadian soldiers near the border. Kenya fired its finance minister.",
        {("Sudan", "attacks", "Chad")},
        [(None, "attacks", "Kenya"), ("Kenya", "attacks", None)]),
    "warning or threatening that it will act against someone threatens them": (
        "North Korea warned it would turn Tokyo into ashes. Beijing threatened that it would impose tariffs on "
        "Canadian canola.",
        {("North Korea", "threatens", "Japan"), ("China", "threatens", "Canada")},
        []),
    "what it would be a mistake, or is time, for a country to do is not done": (
        "Moscow warned it would be a mistake for Sweden to join NATO. It is time for Armenia to recognise Turkey.",
        set(),
        [("Sweden", "memberOf", None), ("Armenia", "supports", None)]),
    "states of the past act in older news: the Soviet Union, Czechoslovakia, East and West Germany, Zaire": (
        "Soviet Foreign Minister Eduard Shevardnadze met West German Foreign Minister Hans-Dietrich Genscher in "
        "Bonn. Czechoslovakia expelled two East German diplomats. Zaire accused Rwanda of arming rebels.",
        {("Eduard Shevardnadze", "holdsPosition", "Soviet Union"), ("Hans-Dietrich Genscher", "holdsPosition",
                                                                     "Germany"),
         ("Czechoslovakia", "sanctions", "East Germany"),
         ("Democratic Republic of the Congo", "criticizes", "Rwanda")},
        [(None, "holdsPosition", "the West")]),
    "the leader of a people or faith within a state holds no post of the state": (
        "Bosnian Serb leader Milorad Dodik met Hungarian Prime Minister Viktor Orban. Iraqi Kurdish leader Masoud "
        "Barzani visited Ankara.",
        {("Viktor Orban", "holdsPosition", "Hungary")},
        [("Milorad Dodik", "holdsPosition", None), ("Masoud Barzani", "holdsPosition", None)]),
    "'the bloc' is the body named before it, also when the parser tags it a proper noun": (
        "The SADC executive secretary, Elias Magosi, said the bloc stood with Mozambique. The ASEAN "
        "secretary-general said the bloc backed Timor-Leste.",
        {("Southern African Development Community", "supports", "Mozambique"),
         ("Association of Southeast Asian Nations", "supports", "Timor-Leste")},
        []),
    "'the three countries' are the three a list in the sentence before names, not others named since": (
        "The juntas of Chad, Sudan and Libya left the bloc, blaming Turkey. Egypt urged the three countries to "
        "return.",
        {("Egypt", "urges", "Chad"), ("Egypt", "urges", "Sudan"), ("Egypt", "urges", "Libya")},
        [("Egypt", "urges", "Turkey")]),
    "a name the parser hangs on the titled name coordinated after it is met too": (
        "Anwar Ibrahim later met President Prabowo Subianto and Foreign Affairs Minister Sugiono.",
        {("Anwar Ibrahim", "meets", "Prabowo Subianto"), ("Anwar Ibrahim", "meets", "Sugiono")},
        []),
    "said to arm, fund or harbour insurgents, or fuel a war, is an accusation; to fund a school, none": (
        "Niger said Benin was arming rebels. Chad's army said Libya was harbouring militants. Burkina Faso "
        "said Ivory Coast was stoking tensions. Gabon said Cameroon was funding a new school in Oyem.",
        {("Niger", "criticizes", "Benin"), ("Chad", "criticizes", "Libya"), ("Burkina Faso", "criticizes",
                                                                              "Ivory Coast")},
        [("Gabon", "criticizes", None)]),
    "export controls, travel or visa restrictions put on a country sanction it; domestic ones do not": (
        "Peru slapped export controls on Bolivian miners. Latvia imposed travel restrictions on Belarusian officials "
        "in March. Estonia put visa restrictions on Russian ones. Uganda lifted restrictions on rallies in Kampala.",
        {("Peru", "sanctions", "Bolivia"), ("Latvia", "sanctions", "Belarus"), ("Estonia", "sanctions", "Russia")},
        [(None, "sanctions", "Uganda")]),
    "a reprisal vowed or promised if a country acts threatens that country": (
        "Belarus vowed a response if Poland hosted American troops. Serbia promised countermeasures if Croatia "
        "went ahead with the ban.",
        {("Belarus", "threatens", "Poland"), ("Serbia", "threatens", "Croatia")},
        []),
    "forces put on a level of readiness near a country are mobilized against it": (
        "Armenia put its army on the highest level of combat readiness near Azerbaijan.",
        {("Armenia", "mobilizes", "Azerbaijan")},
        []),
    "a request the parser hangs on the forces sent still says whom they help": (
        "The African Union sent more than 2,000 soldiers, most of them Ugandan paratroopers, at Somalia's request "
        "after attacks on Mogadishu.",
        {("African Union", "aids", "Somalia")},
        []),
    "a region's leaders or ministers act as the body that speaks for it; a region's nations do not": (
        "Southeast Asian foreign ministers rebuked Myanmar's junta. East African leaders urged Burundi to reopen "
        "the border. West African nations such as Ghana condemned Guinea.",
        {("Association of Southeast Asian Nations", "criticizes", "Myanmar"),
         ("East African Community", "urges", "Burundi")},
        [("Economic Community of West African States", None, None)]),
    "approval given to, or endorsement of, someone's act supports them": (
        "Turkey's parliament gave its approval to Finland's accession. Chile announced its endorsement of "
        "Argentina's candidate.",
        {("Turkey", "supports", "Finland"), ("Chile", "supports", "Argentina")},
        []),
    "a verdict on 'this' judges what the words were said of": (
        "\"This is a blatant provocation,\" the Bolivian foreign ministry said of Chile's decision. \"It is a "
        "violation,\" Kenya said.",
        {("Bolivia", "criticizes", "Chile")},
        [("Kenya", "criticizes", None)]),
    "a wrongful act, an aggressor, a puppet, and a theft reported: verdicts on their doer; a good step is none": (
        "Peru called Chile's decision a dangerous step. \"Eritrea is the aggressor,\" Ethiopia's foreign minister "
        "told reporters. Belarus said Lithuania was a puppet of Washington. Mali said Niger had stolen its cattle. "
        "Laos said the agreement with Thailand was an important step.",
        {("Peru", "criticizes", "Chile"), ("Ethiopia", "criticizes", "Eritrea"), ("Belarus", "criticizes", "Lithuania"),
         ("Mali", "criticizes", "Niger")},
        [("Laos", "criticizes", None)]),
    "a guest received by a host in a city visits it; a working session with someone is a meeting": (
        "Egyptian Foreign Minister Badr Abdelatty was received by Algerian President Abdelmadjid Tebboune in "
        "Algiers. Lao Prime Minister Sonexay Siphandone had a working session with a delegation from the Asian "
        "Development Bank.",
        {("Badr Abdelatty", "visits", "Algiers"), ("Sonexay Siphandone", "meets", "Asian Development Bank")},
        []),
    "calling an act coercion or intimidation judges its doer": (
        "Lithuania said China's pressure on its companies was economic coercion. Guyana called Venezuela's naval "
        "patrols an act of intimidation.",
        {("Lithuania", "criticizes", "China"), ("Guyana", "criticizes", "Venezuela")},
        []),
    "a reprisal threatened reaches its target through 'to' or 'if'; not hesitating to use force holds it out": (
        "Armenia threatened a military response to any Azerbaijani provocation. China threatened countermeasures "
        "if Lithuania allowed the office to open. Iran said it would not hesitate to use force against Israel.",
        {("Armenia", "threatens", "Azerbaijan"), ("China", "threatens", "Lithuania"), ("Iran", "threatens", "Israel")},
        []),
    "a day is never a target: 'on Sunday' is when, and a phrase the parser ran into a day still names its state": (
        "Russia imposed sanctions on Sunday against Moldova. Ethiopia massed troops near the Eritrean border days "
        "before the fighting broke out.",
        {("Russia", "sanctions", "Moldova"), ("Ethiopia", "mobilizes", "Eritrea")},
        []),
    "strikes carried out in a country are on that country, unless the light verb names a target": (
        "Israel carried out air strikes in Syria on Sunday. Rioters set fire to Chinese-owned shops in Honiara.",
        {("Israel", "attacks", "Syria")},
        [(None, None, "Solomon Islands")]),
    "aid announced for a country is aid to it, as sanctions announced on one are sanctions": (
        "South Korea announced emergency humanitarian aid for Pakistan. Canada announced "
        "new sanctions on Iran.",
        {("South Korea", "aids", "Pakistan"), ("Canada", "sanctions", "Iran")},
        []),
    "flying aid to a country aids it and visits nothing; a leader flying there visits; lending to a country aids it": (
        "Oman flew medical supplies to Yemen. The Omani foreign minister flew to Sanaa on Monday. The World Bank "
        "agreed to lend Ghana 300 million dollars.",
        {("Oman", "aids", "Yemen"), ("Oman", "visits", "Sanaa"), ("World Bank", "agrees", "Ghana")},
        [("Oman", "visits", "Yemen")]),
    "forces promised or offered to a country are an intent to help, no threat; forces threatened are one": (
        "Benin pledged to send 2,000 soldiers to Haiti. Russia threatened to send troops to Moldova.",
        {("Benin", "agrees", "Haiti"), ("Russia", "threatens", "Moldova")},
        [("Benin", "threatens", None)]),
    "a city that seats a body the story names stands for that body; a capital alone for its country": (
        "The EU opened accession talks with Serbia. Brussels later criticised Belgrade for its ties with Moscow. "
        "Belgium expelled a Russian diplomat.",
        {("European Union", "criticizes", "Serbia"), ("Belgium", "sanctions", "Russia")},
        [("Belgium", "criticizes", None)]),
    "a day one agreed 'on' is no one appealed to: the agreeing side does what it agreed to": (
        "The African Union agreed on Monday to impose sanctions on Guinea. Kenya called on Uganda to withdraw.",
        {("African Union", "sanctions", "Guinea"), ("Kenya", "urges", "Uganda")},
        []),
    "forces moved or deployed toward a frontier are mobilized against the other side": (
        "Eritrea and Ethiopia traded accusations on Monday. Ethiopia moved tanks and artillery toward the "
        "frontier, Eritrean officials said.",
        {("Ethiopia", "mobilizes", "Eritrea")},
        []),
    "force used on a town of a country the story names is used on that country; weapons used are their user's": (
        "Armenia and Azerbaijan traded accusations. Azerbaijani forces used drones and artillery to shell the "
        "Goris region. Analysts said Baku was using the dispute to warn Western governments.",
        {("Azerbaijan", "attacks", "Armenia")},
        [(None, "threatens", None)]),
    "who a claim's content names as a doer is not the claimant": (
        "Ghana rejected claims that the operation was funded by Togo. Peru rejected claims by Chile that the "
        "fence was illegal.",
        {("Peru", "opposes", "Chile")},
        [("Ghana", "opposes", "Togo")]),
    "opposition as what an act is for is its aim, no stance taken; support pushed for together is support": (
        "Kenya deployed more troops to its border to counter al-Shabaab incursions. Japan and South Korea held "
        "joint drills to counter North Korea's missile threat. Brazil and India joined hands to push for "
        "multilateralism.",
        {("Brazil", "supports", "multilateralism")},
        [("Kenya", "opposes", None), ("Japan", "opposes", None), ("South Korea", "opposes", None)]),
    "meeting abroad is visiting the host, but two sides meeting where neither is at home visit no one": (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala. Serbian President "
        "Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels.",
        {("William Ruto", "visits", "Kampala")},
        [("Aleksandar Vucic", "visits", None), ("Albin Kurti", "visits", None)]),
    "a banquet hosted in someone's honour, or in 'his' honour, is a meeting with that guest; praising one's own "
    "team praises no state": (
        "Kenyan President William Ruto arrived in Kampala on Monday. Ugandan President Yoweri Museveni hosted a "
        "state banquet in his honour. Ghanaian President John Mahama arrived in Lome, and Togolese President Faure "
        "Gnassingbe hosted a dinner in Mahama's honour. Mahama praised his team.",
        {("Yoweri Museveni", "meets", "William Ruto"), ("Faure Gnassingbe", "meets", "John Mahama")},
        [("John Mahama", "praises", None)]),
    "a capital one arrives in counts as its country among 'the two countries'": (
        "Chilean President Gabriel Boric arrived in Montevideo on Monday, and the two countries signed a trade "
        "agreement.",
        {("Chile", "agrees", "Uruguay")},
        []),
    "the two men or the two women are the two people just named": (
        "Senegalese President Bassirou Diomaye Faye flew to Nouakchott on Monday, where Mauritanian President "
        "Mohamed Ould Ghazouani had opened a gas plant. The two men later held talks on fishing.",
        {("Bassirou Diomaye Faye", "meets", "Mohamed Ould Ghazouani")},
        []),
    "a high commissioner recalled or expelled is an envoy, as an ambassador is": (
        "Malawi recalled its high commissioner to Zambia. Ghana expelled the Nigerian high commissioner.",
        {("Malawi", "sanctions", "Zambia"), ("Ghana", "sanctions", "Nigeria")},
        []),
    "the two presidents are the two the sentence names, or the last two who hold the post": (
        "Foreign Minister Ana Lopez visited Lima. Her deputy said Lopez was pleased. Chilean President Gabriel "
        "Boric later spoke by telephone with Peruvian President Dina Boluarte, and the two leaders agreed to set "
        "up a joint committee, Boric's office said. The Andean Community called for calm. Its secretary-general, "
        "Jorge Pedraza, praised the two presidents for their restraint.",
        {("Gabriel Boric", "agrees", "Dina Boluarte"), ("Jorge Pedraza", "praises", "Gabriel Boric"),
         ("Jorge Pedraza", "praises", "Dina Boluarte")},
        [("Ana Lopez", "agrees", None), (None, "praises", "Ana Lopez")]),
    "a right reserved to respond or a consequence to face threatens; a leader's troops are the state's": (
        "Eritrea said it reserved the right to respond to Ethiopia's aggression. Kenyan President William Ruto "
        "said Somalia would face a grave consequence if it seized the ship. Armenian Prime Minister Nikol "
        "Pashinyan said his troops had shelled Azerbaijani positions.",
        {("Eritrea", "threatens", "Ethiopia"), ("William Ruto", "threatens", "Somalia"),
         ("Armenia", "attacks", "Azerbaijan")},
        []),
    "ruling out talks with someone rejects them; ruling out an act of one's own is no stance on anyone": (
        "Colombia ruled out negotiations with the ELN. Panama ruled out sending troops to Venezuela.",
        {("Colombia", "opposes", "National Liberation Army")},
        [("Panama", "opposes", None)]),
    "what an act amounts to or constitutes is a verdict on its doer, as what it is": (
        "Chile said Peru's blockade amounted to aggression. Nepal said India's new map constituted a violation of "
        "its sovereignty. The Lao minister said the talks represented a useful step.",
        {("Chile", "criticizes", "Peru"), ("Nepal", "criticizes", "India")},
        [("Laos", "criticizes", None)]),
    "anger or fury over an act done by a state's border agents is criticism of that state": (
        "Honduras expressed anger over the shooting of a fisherman by Nicaraguan border agents. Fiji voiced fury "
        "at Vanuatu's decision.",
        {("Honduras", "criticizes", "Nicaragua"), ("Fiji", "criticizes", "Vanuatu")},
        []),
    "an act done in words after a reported clause about a thing is the reporter's": (
        "Foreign Minister Luis Ortega said the border post had stayed open and dismissed Venezuela's claims as "
        "lies. The Thai spokesman said the bridge was safe and accused Cambodia of spreading rumours.",
        {("Luis Ortega", "opposes", "Venezuela"), ("Thailand", "criticizes", "Cambodia")},
        []),
    "support thrown behind someone is support of them": (
        "Algeria threw its support behind the Polisario Front.",
        {("Algeria", "supports", "Polisario Front")},
        []),
    "a speaker reporting that someone commits or spreads a wrong criticizes them; being committed to peace is none": (
        "Chilean President Gabriel Boric said Israel was committing genocide. Pakistan's foreign office said India "
        "was spreading propaganda. Nepal said it was committed to peace.",
        {("Gabriel Boric", "criticizes", "Israel"), ("Pakistan", "criticizes", "India")},
        [("Nepal", "criticizes", None)]),
    "troops sent at someone's request or invitation come to help them; troops sent to a border do not": (
        "Rwanda deployed 1,000 troops to Cabo Delgado at the invitation of Mozambique. Russia sent troops to "
        "the border.",
        {("Rwanda", "aids", "Mozambique")},
        [("Russia", "aids", None)]),
    "a state that stays or remains in a body is its member; one who stays in a city is no member of it": (
        "Barbados stayed in the Commonwealth after becoming a republic. Hungary remained in the European Union. "
        "The Kenyan minister remained in Kampala for talks.",
        {("Barbados", "memberOf", "Commonwealth"), ("Hungary", "memberOf", "European Union")},
        [("Kenya", "memberOf", None)]),
    "a joint news conference, a dinner or a lunch together is a meeting; a news conference alone is not": (
        "The presidents of Rwanda and Burundi held a joint news conference in Kigali. Spanish Prime Minister Pedro "
        "Sanchez had lunch with Portuguese Prime Minister Luis Montenegro. The Kenyan president held a news "
        "conference in Nairobi.",
        {("Burundi", "meets", "Rwanda"), ("Pedro Sanchez", "meets", "Luis Montenegro")},
        [("Kenya", "meets", None)]),
    "an ultimatum given, a warning whose condition names its target, weapons held out and warships targeted": (
        "Ethiopia gave Eritrea an ultimatum to withdraw. Belarus warned that it would deploy missiles on its border "
        "if Poland built the fence. Pyongyang said it was ready to use nuclear weapons against Japan. The rebels "
        "said they would target any French warship.",
        {("Ethiopia", "threatens", "Eritrea"), ("Belarus", "threatens", "Poland"), ("North Korea", "threatens", "Japan")},
        []),
    "what a warning's condition says someone might do is no threat by the one warning": (
        "Canada warned Beijing of severe consequences if it used force against Taiwan.",
        {("Canada", "threatens", "China")},
        [("Canada", "threatens", "Taiwan")]),
    "training a state's forces or funding an actor is aid; training one's own is not": (
        "France trained Malian soldiers at a base in Bamako. Iran funded Hezbollah for years. Russia trained its "
        "own pilots.",
        {("France", "aids", "Mali"), ("Iran", "aids", "Hezbollah")},
        [("Russia", "aids", None)]),
    "a 'by' phrase the parser hangs on the verb after its object names the object's doer": (
        "Benin denounced the detention of three Beninese soldiers by Niger.",
        {("Benin", "criticizes", "Niger"), ("Niger", "coerces", "Benin")},
        []),
    "a body's 'partners' or 'allies' named by the body are the body": (
        "Lithuania urged its NATO allies to send more air defences. Hungary criticized its EU partners for the delay.",
        {("Lithuania", "urges", "North Atlantic Treaty Organization"), ("Hungary", "criticizes", "European Union")},
        []),
    "fighting alongside someone is military cooperation, an idiom a verb's other senses do not hide": (
        "Chadian troops fought alongside Nigerien forces against Boko Haram near Lake Chad.",
        {("Chad", "cooperatesWith", "Niger")},
        []),
    "what one is blamed for is alleged, not told as done": (
        "Sudan blamed the Chadian army for fighting alongside the rebels.",
        {("Sudan", "criticizes", "Chad")},
        [("Chad", "cooperatesWith", None)]),
    "those a state joins in an act ('…, joining Ireland and Norway') did it too": (
        "Slovenia recognised the State of Palestine, joining Spain and Ireland.",
        {("Slovenia", "supports", "Palestine"), ("Spain", "supports", "Palestine"),
         ("Ireland", "supports", "Palestine")},
        []),
    "'his country' is the state whose office he holds": (
        "Paraguayan President Santiago Pena reaffirmed his country's support for Taiwan. Chilean President "
        "Gabriel Boric said his government would recall its ambassador from Israel.",
        {("Paraguay", "supports", "Taiwan")},
        [("Santiago Pena", "supports", None)]),
    "officers named by a nationality are their state's": (
        "Ugandan and South Sudanese customs officers jointly inspected the trucks at the border.",
        {("South Sudan", "cooperatesWith", "Uganda")},
        []),
    "lifting a state's suspension concedes to it; lifting one's own ban names no one": (
        "The African Union lifted Mali's suspension. Nigeria lifted its ban.",
        {("African Union", "concedes", "Mali")},
        [("Nigeria", "concedes", None)]),
    "a state suspended or expelled from a body, no one else named, is sanctioned by the body": (
        "Mali was suspended from the African Union after the coup. Belarus was expelled from the Council of "
        "Europe. The diplomats were expelled from Kenya.",
        {("African Union", "sanctions", "Mali"), ("Council of Europe", "sanctions", "Belarus")},
        [("Kenya", "sanctions", None)]),
    "who brokers a deal mediates between its parties and is no party to it": (
        "Ethiopia and Eritrea agreed to a ceasefire brokered by Kenya. Qatar brokered a prisoner exchange between "
        "Armenia and Azerbaijan.",
        {("Ethiopia", "agrees", "Eritrea"), ("Qatar", "meets", "Armenia"), ("Qatar", "meets", "Azerbaijan")},
        [(None, "agrees", "Kenya")]),
    "'his host' is the other person named before; 'his Vietnamese hosts' are Vietnam's": (
        "Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbe in Lome. Mahama later "
        "praised his host for his efforts to mediate. Lao Prime Minister Sonexay Siphandone and his Vietnamese "
        "hosts signed four agreements in Hanoi.",
        {("John Mahama", "praises", "Faure Gnassingbe"), ("Sonexay Siphandone", "agrees", "Vietnam")},
        [("John Mahama", "praises", "John Mahama")]),
    "a meeting at a venue in a foreign capital is a visit to the capital": (
        "Chinese Premier Li Qiang held talks with Vietnamese Prime Minister Pham Minh Chinh at the Great Hall of "
        "the People in Beijing.",
        {("Pham Minh Chinh", "visits", "Beijing")},
        []),
    "hosting a banquet for a guest, playing host to one, being greeted by one are meetings": (
        "Senegalese President Bassirou Diomaye Faye hosted a state banquet for Gambian President Adama Barrow. "
        "Rwandan President Paul Kagame played host to Burundian President Evariste Ndayishimiye in Kigali. "
        "Czech President Petr Pavel was greeted by Slovak President Peter Pellegrini in Bratislava.",
        {("Bassirou Diomaye Faye", "meets", "Adama Barrow"), ("Paul Kagame", "meets", "Evariste Ndayishimiye"),
         ("Evariste Ndayishimiye", "visits", "Kigali"), ("Peter Pellegrini", "meets", "Petr Pavel")},
        []),
    "a guest hosted for talks in a capital visits it": (
        "Indian Prime Minister Narendra Modi hosted Bangladeshi Prime Minister Sheikh Hasina for talks in New Delhi.",
        {("Sheikh Hasina", "visits", "New Delhi")},
        []),
    "the setting of a topic discussed is not where the meeting was": (
        "Thai Prime Minister Srettha Thavisin met Lao Prime Minister Sonexay Siphandone in Bangkok. The two "
        "leaders also discussed the situation in Myanmar.",
        {("Sonexay Siphandone", "visits", "Bangkok")},
        [(None, "visits", "Myanmar")]),
    "imploring two sides to agree urges both, and their agreeing is only asked": (
        "Pope Francis implored Armenia and Azerbaijan to agree to a lasting peace. Antonio Guterres implored "
        "Israel and Hamas to agree to a ceasefire.",
        {("Pope Francis", "urges", "Armenia"), ("Pope Francis", "urges", "Azerbaijan")},
        [("Armenia", "agrees", None), ("Azerbaijan", "agrees", None), ("Israel", "agrees", None)]),
    "who did what one is punished for is the one it is aimed at, and it is told as done": (
        "Russia vowed to retaliate against Montenegro for joining NATO. China lashed out at Lithuania for "
        "allowing Taiwan to open an office.",
        {("Russia", "threatens", "Montenegro"), ("Montenegro", "memberOf", "North Atlantic Treaty Organization"),
         ("China", "criticizes", "Lithuania"), ("Lithuania", "concedes", "Taiwan")},
        [("Russia", "memberOf", None), ("China", "concedes", None)]),
    "questioning someone's motives criticizes them, as do railing at, ridiculing and scoffing at": (
        "Mali questioned Algeria's motives in hosting the talks. Burkina Faso railed at Ivory Coast for harbouring "
        "dissidents. Belarus ridiculed Lithuania's decision. Eritrea scoffed at Ethiopia's offer.",
        {("Mali", "criticizes", "Algeria"), ("Burkina Faso", "criticizes", "Ivory Coast"),
         ("Belarus", "criticizes", "Lithuania"), ("Eritrea", "criticizes", "Ethiopia")},
        []),
    "questioning a suspect is no criticism": (
        "Thai police questioned a Cambodian diplomat for hours.",
        set(),
        [(None, "criticizes", None)]),
    "what one does to someone 'in a phone call' is a call with them; a call with someone else named is not": (
        "Indonesian President Joko Widodo extended his condolences to Turkish President Recep Tayyip Erdogan in a "
        "phone call. Widodo praised Erdogan in a call with Malaysian Prime Minister Anwar Ibrahim.",
        {("Joko Widodo", "meets", "Recep Tayyip Erdogan")},
        [("Recep Tayyip Erdogan", "meets", "Anwar Ibrahim")]),
    "a meeting with the host on the sidelines of a summit abroad is a visit to the summit's country": (
        "Kenyan President William Ruto met British Prime Minister Boris Johnson on the sidelines of the climate "
        "summit in Glasgow.",
        {("William Ruto", "visits", "United Kingdom"), ("William Ruto", "meets", "Boris Johnson")},
        []),
    "a meeting in a city the gazetteer knows by another name is a visit to its country": (
        "Malaysian Foreign Minister Saifuddin Abdullah said he had met junta leader Min Aung Hlaing in Naypyitaw.",
        {("Saifuddin Abdullah", "visits", "Myanmar")},
        []),
    "welcoming 'the accession' told before praises the state that joined": (
        "Montenegro became the 29th member of NATO on Monday. NATO Secretary General Jens Stoltenberg welcomed "
        "the accession.",
        {("Jens Stoltenberg", "praises", "Montenegro")},
        []),
    "a preposition repeated after 'and then' takes its object too": (
        "President Bola Tinubu flew to Accra and then to Lome on Monday.",
        {("Bola Tinubu", "visits", "Accra"), ("Bola Tinubu", "visits", "Lome")},
        []),
    "'the queen' is the one titled queen, not the president named since; a message sent someone congratulates them": (
        "Barbados swore in Sandra Mason as its first president, removing Britain's Queen Elizabeth II as head of "
        "state. The queen did not attend, but sent Mason a message of congratulations.",
        {("Queen Elizabeth II", "congratulates", "Sandra Mason")},
        [("Sandra Mason", "congratulates", None)]),
    "calling off a plan or threat of a hostile act yields to those it would have hit; failing to act does not": (
        "The US dropped its plan to impose tariffs on Mexican goods. India shelved its plan to ban Chinese apps. "
        "Brazil called off plans to tax Argentine imports. The EU failed to impose sanctions on Hungary.",
        {("United States", "concedes", "Mexico"), ("India", "concedes", "China"), ("Brazil", "concedes", "Argentina")},
        [("United States", "sanctions", None), ("India", "coerces", None), ("European Union", None, "Hungary")]),
    "ministers speaking by telephone speak with each other, whatever the parser makes of 'by'": (
        "The foreign ministers of Egypt and Turkey spoke by telephone on Sunday. Kenya's president spoke by "
        "phone with his Ugandan counterpart.",
        {("Egypt", "meets", "Turkey"), ("Kenya", "meets", "Uganda")}),
    "coming out against a plan opposes its owner; disagreeing with someone's view criticizes them": (
        "Brazil came out against the proposed EU deforestation law. India disagreed with the US assessment. "
        "The two leaders came out of the meeting smiling.",
        {("Brazil", "opposes", "European Union"), ("India", "criticizes", "United States")}),
    "one who joins another in acting, or acts along with another, acts with them": (
        "Canada joined the United States in sanctioning Nicaraguan officials. Japan, along with South Korea, "
        "protested China's new map. India criticized China for supporting Pakistan.",
        {("Canada", "sanctions", "Nicaragua"), ("United States", "sanctions", "Nicaragua"),
         ("Japan", "protests", "China"), ("South Korea", "protests", "China"), ("China", "supports", "Pakistan")},
        [("India", "supports", None)]),
    "opposing or supporting someone doing something is a stance on them; an act regarded as a wrong is not done": (
        "China firmly opposes the US overstretching the concept of national security. Germany supports Ukraine "
        "joining NATO. Kenya deemed Uganda's move unacceptable. Moscow regarded the expulsion of its diplomats "
        "from Moldova as a hostile step.",
        {("China", "opposes", "United States"), ("Germany", "supports", "Ukraine"), ("Kenya", "criticizes", "Uganda")},
        [("Russia", "sanctions", None)]),
    "a congratulatory message received from someone is theirs to the receiver": (
        "Senegal's new president received congratulatory calls from the leaders of France and Morocco.",
        {("France", "congratulates", "Senegal"), ("Morocco", "congratulates", "Senegal")},
        [("Senegal", "congratulates", None), ("France", "meets", "Morocco")]),
    "'his' gratitude of a king named by office is his state's; a salute is praise": (
        "Morocco's king expressed his gratitude to Saudi Arabia for its support. Egypt saluted the Sudanese "
        "army's efforts to restore stability.",
        {("Morocco", "praises", "Saudi Arabia"), ("Egypt", "praises", "Sudan")}),
    "insisting that someone act demands it of them; insisting that one's own country acts so asserts it": (
        "The EU insisted that Serbia align its foreign policy with the bloc. Kenya insisted on the withdrawal of "
        "Somali troops. Russia and China signed a deal. Vietnamese officials insist their country pursues an "
        "independent foreign policy.",
        {("European Union", "demands", "Serbia"), ("Kenya", "demands", "Somalia")},
        [("Vietnam", "demands", None)]),
    "'the decision' called unjustified judges who took it; a body's head acts for the body": (
        "Chad expelled four Sudanese diplomats on Tuesday. The Sudanese government called the decision "
        "unjustified. The chairman of the African Union Commission urged Chad and Sudan to de-escalate.",
        {("Sudan", "criticizes", "Chad"), ("African Union Commission", "urges", "Chad"),
         ("African Union Commission", "urges", "Sudan")}),
    "a protest lodged with someone and then rejected: the rejection answers who lodged it": (
        "Uzbekistan lodged a formal protest with Afghanistan's Taliban administration on Tuesday. "
        "The Taliban rejected the protest.",
        {("Uzbekistan", "criticizes", "Taliban"), ("Taliban", "opposes", "Uzbekistan")},
        [("Taliban", "opposes", "Afghanistan")]),
    "states admitted to a bloc or acceding to it are its members; a fact admitted is none": (
        "Egypt and Iran were admitted to BRICS. South Sudan acceded to the East African Community in 2016. "
        "Kenya admitted that it had erred.",
        {("Egypt", "memberOf", "BRICS"), ("Iran", "memberOf", "BRICS"),
         ("South Sudan", "memberOf", "East African Community")},
        [("Kenya", None, None)]),
    "calling for someone to act, requesting that they act or lobbying them urges them; what they are to do is asked": (
        "Brazil called for Venezuela to publish the voting records. Japan requested that China lift its ban. "
        "Washington is lobbying Turkey to approve Sweden's membership. Chile called for calm.",
        {("Brazil", "urges", "Venezuela"), ("Japan", "urges", "China"), ("United States", "urges", "Turkey")},
        [("Turkey", "supports", "Sweden"), ("Chile", "urges", None)]),
    "strikes on targets where a group holds sway hit it; targeting, ramming and air strikes are attacks": (
        "American jets struck targets in Houthi-held areas of Yemen. Chinese coast guard vessels rammed a "
        "Philippine supply boat. An Iranian missile barrage targeted Israeli air bases. Pakistani jets killed "
        "eight people in Afghanistan's Khost province.",
        {("United States", "attacks", "Houthis"), ("China", "attacks", "Philippines"), ("Iran", "attacks", "Israel"),
         ("Pakistan", "attacks", "Afghanistan")}),
    "'the strikes' condemned are the strikes told before, not another attack told since": (
        "Kenyan jets struck al-Shabaab camps in Somalia on Monday. The militants, who say they are targeting "
        "Ethiopian convoys, vowed revenge. Somalia condemned the strikes.",
        {("Kenya", "attacks", "Al-Shabaab"), ("Somalia", "opposes", "Kenya")},
        [("Somalia", None, "Al-Shabaab")]),
    "exports banned to a country sanction it, and sanctions targeting someone are on them": (
        "Japan banned exports of semiconductors to Russia. Canada announced new sanctions targeting Belarusian "
        "state enterprises. Kenya banned opposition rallies.",
        {("Japan", "sanctions", "Russia"), ("Canada", "sanctions", "Belarus")},
        [("Kenya", "sanctions", None)]),
    "a deployment answered, or an aggression to be met with a response, threatens its doer": (
        "Russia said it would respond to any deployment of US missiles in Germany. Pakistan said any Indian "
        "aggression would be met with a befitting response. The Ghanaian delegation was met with a warm welcome.",
        {("Russia", "threatens", "United States"), ("Pakistan", "threatens", "India")},
        [(None, "threatens", "Ghana")]),
    "an emir acts for his state; leaders sitting down together meet; an exchange of fire or accusations is mutual": (
        "Qatar's emir met Hamas leaders in Doha. The leaders of France and Germany sat down for dinner in Paris. "
        "An exchange of fire between Indian and Pakistani troops killed two soldiers. The protesters sat down "
        "outside the embassy.",
        {("Qatar", "meets", "Hamas"), ("France", "meets", "Germany"), ("India", "attacks", "Pakistan"),
         ("Pakistan", "attacks", "India")},
        [("protesters", "meets", None)]),
    "genocide, piracy or an occupation called so judges its doer, never the one it is done to": (
        "South Africa described Israel's actions in Gaza as genocide. Britain called Iran's seizure of the tanker "
        "an act of piracy. Kenya said the capture of the Somali port was a violation. Rwanda railed against the West.",
        {("South Africa", "criticizes", "Israel"), ("United Kingdom", "criticizes", "Iran"),
         ("Rwanda", "criticizes", "the West")},
        [("Kenya", "criticizes", "Somalia")]),
    "decrying, chiding or faulting criticizes the owner of what is decried; hitting back at someone too": (
        "Algeria decried Morocco's normalisation with Israel. Moscow chided Kazakhstan for hosting the event. "
        "The Chinese embassy hit back at the Philippines. Nigeria faulted ECOWAS for its handling of the coups.",
        {("Algeria", "criticizes", "Morocco"), ("Russia", "criticizes", "Kazakhstan"),
         ("China", "criticizes", "Philippines"), ("Nigeria", "criticizes", "Economic Community of West African States")},
        [("Algeria", "criticizes", "Israel"), ("China", "attacks", None)]),
    "support an actor says it will not give is refused; support not given so far is no stance": (
        "Poland will not support the EU migration pact. The United States does not back Somaliland's "
        "independence. China has not supported Russia militarily.",
        {("Poland", "opposes", "European Union")},
        [("China", None, "Russia")]),
    "a detention, deportation or expulsion names its victim in an 'of' phrase, and an envoy expelled there": (
        "China's detention of Australian writer Yang Hengjun angered Canberra. Lebanon protested the deportation "
        "of 300 Lebanese workers by the UAE. Latvia announced the expulsion of a Russian diplomat.",
        {("China", "coerces", "Australia"), ("United Arab Emirates", "coerces", "Lebanon"),
         ("Latvia", "sanctions", "Russia")}),
    "a crowd owned by a pronoun is named without it": (
        "Uganda arrested its opposition activists.",
        {("Uganda", "coerces", "opposition activists")}),
    "a verdict on 'this' with its doer named is on the doer; a border closed or reopened is the other side's": (
        '"This is an act of aggression by Azerbaijan," Armenian Prime Minister Nikol Pashinyan said. '
        "Pakistan closed the border after Afghan forces fired on a checkpoint. It is unacceptable, Chad said.",
        {("Nikol Pashinyan", "criticizes", "Azerbaijan"), ("Pakistan", "coerces", "Afghanistan")},
        [("Chad", "criticizes", None)]),
    "a rap is criticism, and sanctions mulled are not yet imposed": (
        "Seoul rapped Tokyo over the textbook claims. Egypt is mulling sanctions on Sudan.",
        {("South Korea", "criticizes", "Japan")},
        [("Egypt", "sanctions", "Sudan")]),
    "a participle's doer acts on the clause's subject or on the actor it describes, not on a thing": (
        "Backed by France, Chad launched an offensive. The M23 rebels, supported by Rwanda, seized Bunagana. "
        "Kenya cited the 2015 declaration signed by Uganda and Tanzania.",
        {("France", "supports", "Chad"), ("Rwanda", "supports", "M23")},
        [("Uganda", "agrees", None), ("Tanzania", "agrees", None)]),
    "talks held between two sides are their meeting": (
        "Talks were held between Serbian and Croatian negotiators in Brussels.",
        {("Croatia", "meets", "Serbia")}),  # (stored once)
    "a person flying into a capital or heading to it visits it; drones flying into airspace do not": (
        "Ugandan President Yoweri Museveni flew into Nairobi on Monday. Japan's foreign minister headed to Seoul. "
        "Russian drones flew into Romanian airspace.",
        {("Yoweri Museveni", "visits", "Nairobi"), ("Japan", "visits", "Seoul")},
        [("Russia", "visits", None)]),
    "each side accusing the other, one another, and accusations traded are criticism both ways": (
        "Chadian and Sudanese troops clashed, each side accusing the other of starting it. Peru and Chile blamed one "
        "another for the delay. Kosovo and Serbia traded accusations. Ghana and Togo each blamed the other.",
        {("Chad", "criticizes", "Sudan"), ("Sudan", "criticizes", "Chad"), ("Peru", "criticizes", "Chile"),
         ("Chile", "criticizes", "Peru"), ("Kosovo", "criticizes", "Serbia"), ("Serbia", "criticizes", "Kosovo"),
         ("Ghana", "criticizes", "Togo"), ("Togo", "criticizes", "Ghana")}),
    "forces massing or gathering at a border nobody owns face the one other state their sentence names": (
        "Russia massed troops near the border. Ukraine said Belarusian units were massing near the border. "
        "Venezuelan forces gathered along the frontier with Guyana. Chinese warships encircled Taiwan.",
        {("Belarus", "mobilizes", "Ukraine"), ("Venezuela", "mobilizes", "Guyana"), ("China", "mobilizes", "Taiwan")},
        [("Russia", "mobilizes", None), ("Ukraine", "mobilizes", None)]),
    "scrapping tariffs, unfreezing assets or resuming trade eases a sanction, and the tariff is no new one": (
        "Seoul removed the tariffs on Japanese steel. India unfroze the assets of the Afghan central bank. "
        "China resumed imports of Australian wine. Canada resumed flights to Mexico.",
        {("South Korea", "concedes", "Japan"), ("India", "concedes", "Afghanistan"), ("China", "concedes", "Australia"),
         ("Canada", "concedes", "Mexico")},
        [("South Korea", "sanctions", None)]),
    "halting an offensive or dropping charges against someone yields to them; resuming strikes does not": (
        "Colombia suspended its offensive against the FARC. Peru dropped the charges against two Bolivian activists. "
        "Russia resumed strikes on Ukraine's power grid. Hungary stopped arms shipments to Ukraine.",
        {("Colombia", "concedes", "Revolutionary Armed Forces of Colombia"), ("Peru", "concedes", "Bolivia"),
         ("Russia", "attacks", "Ukraine"), ("Hungary", "sanctions", "Ukraine")},
        [("Russia", "concedes", None), ("Hungary", "concedes", None)]),
    "a security, defence or military pact is cooperation, and so is sharing intelligence": (
        "Poland and Lithuania signed a mutual defence pact. The security agreement between Japan and Australia "
        "took effect. Ghana and Togo agreed to deepen intelligence sharing. Mongolia and Laos signed a trade deal.",
        {("Lithuania", "cooperatesWith", "Poland"), ("Japan", "cooperatesWith", "Australia"),  # (stored once)
         ("Ghana", "cooperatesWith", "Togo")},
        [("Mongolia", "cooperatesWith", None), ("Laos", "cooperatesWith", None)]),
    "what is done jointly or closely together is cooperation, what is said jointly is not": (
        "Vietnam and Cambodia will jointly patrol the Mekong. Peru jointly hosted the summit with Ecuador. "
        "Kenya and Tanzania jointly condemned the coup. Japan works closely with Australia on defence.",
        {("Peru", "cooperatesWith", "Ecuador"), ("Japan", "cooperatesWith", "Australia")},
        [("Kenya", "cooperatesWith", None), ("Tanzania", "cooperatesWith", None)]),
    "delegations somewhere are not that place's, as students there are": (
        "Talks between Yemeni government and rebel delegations in Stockholm ended. Students in Dhaka protested "
        "against India.",
        {("Bangladesh", "protests", "India")},
        [(None, None, "Sweden"), ("Sweden", None, None)]),
    "interests declared legitimate targets are threatened, every nationality of them": (
        "Hezbollah said American and French interests were now legitimate targets.",
        {("Hezbollah", "threatens", "United States"), ("Hezbollah", "threatens", "France")}),
    "a reprisal promised with no target falls on whoever acted against the promiser": (
        "Latvia expelled a Belarusian diplomat on Monday. Minsk promised a response. Kenya and Uganda signed a deal. "
        "Moscow promised a response.",
        {("Belarus", "threatens", "Latvia")},
        [("Russia", "threatens", None)]),
    "'the foreign ministry' with no owner is the state that acted just before": (
        "Vietnam lodged a protest with China on Monday. The foreign ministry demanded that Beijing withdraw its "
        "survey ship. The foreign ministry said it was concerned.",
        {("Vietnam", "demands", "China")}),
    "forces moved in a passive with no doer move for their state": (
        "Armenia's army was placed on high alert over Azerbaijan. Turkish troops were deployed to the Syrian border.",
        {("Armenia", "mobilizes", "Azerbaijan"), ("Turkey", "mobilizes", "Syria")}),
    "a commitment to someone supports them": (
        "Japan reaffirmed its ironclad commitment to the Philippines. Kenya made a commitment to spend more.",
        {("Japan", "supports", "Philippines")},
        [("Kenya", "supports", None)]),
    "talking to someone meets them": (
        "Narendra Modi talked to Foreign Minister Sergei Lavrov. Narendra Modi talked to reporters.",
        {("Narendra Modi", "meets", "Sergei Lavrov")}),
    "an investigation of what happened somewhere investigates the place's country": (
        "The International Criminal Court opened an investigation into alleged crimes in Burundi.",
        {("International Criminal Court", "investigates", "Burundi")}),
    "a hostile act the clause came after is not the clause subject's, unless its partner says so": (
        "Serbia placed its army on high alert after clashes in northern Kosovo. Armenia asked Russia for help after "
        "clashes with Azerbaijan. Chile and Peru signed the deal after talks in Lima.",
        {("Armenia", "attacks", "Azerbaijan"), ("Chile", "meets", "Peru"), ("Serbia", "mobilizes", "Kosovo")},
        [("Serbia", "attacks", None)]),
    "Western allies, partners and leaders are the West": (
        "Moldova urged Western partners to speed up deliveries of gas.",
        {("Moldova", "urges", "the West")}),
    "gratitude, admiration and a high evaluation praise": (
        "Kyrgyzstan is grateful to Turkey for its support. Brazil admires China's development model. "
        "Kassym-Jomart Tokayev gave a high evaluation of Uzbekistan's reforms. The IMF gave an assessment of "
        "Pakistan's economy.",
        {("Kyrgyzstan", "praises", "Turkey"), ("Brazil", "praises", "China"),
         ("Kassym-Jomart Tokayev", "praises", "Uzbekistan")},
        [(None, "praises", "Pakistan")]),
    "calling someone a threat criticizes them; a possessor's actions reported as a wrong are the possessor's": (
        "NATO called Iran a threat to regional security. Vietnam said Beijing's actions had violated its "
        "sovereignty. Peru said the talks with Chile had undermined trust.",
        {("North Atlantic Treaty Organization", "criticizes", "Iran"), ("Vietnam", "criticizes", "China")},
        [("Peru", "criticizes", None)]),
    "a body named in a compound's own compound owns the thing": (
        "Poland vetoed the EU migration pact. Chile's coast guard seized a Peruvian trawler.",
        {("Poland", "opposes", "European Union"), ("Chile", "coerces", "Peru")}),
    "criticism of an act named by its kind is criticism of whoever did it, whatever the act": (
        "Qatar and Bahrain signed a border deal in Riyadh. Kuwait criticized the deal.",
        {("Kuwait", "criticizes", "Qatar"), ("Kuwait", "criticizes", "Bahrain")}),
    "an act answered 'in response to' or 'in retaliation for' was done to the one answering": (
        "Iran expelled two German diplomats in response to German sanctions. Russia banned 500 Americans in "
        "retaliation for a new round of US sanctions.",
        {("Germany", "sanctions", "Iran"), ("United States", "sanctions", "Russia")}),
    "a gerund in a noun's 'for' phrase is done by the one the verb acts on": (
        "The EU warned Serbia of consequences for backing Russia.",
        {("European Union", "threatens", "Serbia"), ("Serbia", "supports", "Russia")},
        [("European Union", "supports", None)]),
    "one army's joint drills near another are a show of force; joint drills with a partner are cooperation": (
        "The Chinese military launched joint drills around Taiwan. Vietnam held joint naval drills with India.",
        {("China", "mobilizes", "Taiwan"), ("Vietnam", "cooperatesWith", "India")},
        [("Vietnam", "mobilizes", None)]),
    "'the two countries' are the two the sentence names, whoever else the article is about": (
        "Japan criticized China on Monday. Japan and China traded barbs. Chinese Defense Minister Dong Jun held talks "
        "with his Cambodian counterpart Tea Seiha, agreeing to deepen cooperation between the two countries.",
        {("China", "cooperatesWith", "Cambodia")},
        [(None, "cooperatesWith", "Japan"), ("Japan", "cooperatesWith", None)]),
    "adding someone to a sanctions list or blacklist sanctions them": (
        "The EU added three Iranian officials to its sanctions list. The U.S. Commerce Department added "
        "Huawei to its export blacklist. China added 2 billion dollars to its aid budget.",
        {("European Union", "sanctions", "Iran"), ("U.S. Commerce Department", "sanctions", "Huawei")},
        [("China", "sanctions", None)]),
    "a clause glossed as a step, or before a verb of saying with content of its own, is not what it says": (
        "The European Union has also threatened to impose sanctions on Chinese entities, a step Beijing warned "
        "would hurt China-EU relations. Canada has also threatened to impose sanctions on Iranian entities, a step "
        "Tehran warned would hurt relations.",
        {("European Union", "threatens", "China"), ("Canada", "threatens", "Iran")},
        [("China", "criticizes", "European Union")]),
    "a kind word for a friend or neighbour praises whom it is said of": (
        "Xi Jinping said Laos is a good neighbour and an ironclad friend of China. Russia is a close ally of Serbia.",
        {("Xi Jinping", "praises", "Laos")},
        [(None, "praises", "Serbia")]),
    "a host of a banquet for a guest meets the guest; calling someone a dear friend praises them": (
        "Cyril Ramaphosa hosted a state banquet for Luiz Inacio Lula da Silva. Narendra Modi welcomed Anthony "
        "Albanese in Delhi, calling him a dear friend.",
        {("Cyril Ramaphosa", "meets", "Luiz Inacio Lula da Silva"), ("Narendra Modi", "praises", "Anthony Albanese")}),
    "'him' after a preposition is another than the clause's subject, in its sentence or before": (
        "Vice President Ana Lima attended the inauguration of President Jose Mujica and met with him afterwards. "
        "Prime Minister Pedro Sanchez arrived in Rabat. Aziz Akhannouch later met with him.",
        {("Ana Lima", "meets", "Jose Mujica"), ("Aziz Akhannouch", "meets", "Pedro Sanchez")}),
    "forces put on alert over a row, aid suspended in a country, frozen funds released": (
        "Armenia put its army on high alert over Azerbaijan. Sweden suspended its aid programmes in Mali. The World "
        "Bank released 2 billion dollars of frozen funds to Sudan.",
        {("Armenia", "mobilizes", "Azerbaijan"), ("Sweden", "sanctions", "Mali"), ("World Bank", "concedes", "Sudan")}),
    "an act named by its kind is the one told before, whatever it was done to": (
        "Estonia expelled a Russian diplomat on Monday. Moscow denounced the expulsion as a provocation.",
        {("Russia", "criticizes", "Estonia")}),
    "a vow's condition names whom the threat is aimed at": (
        "Algeria vowed to retaliate if Morocco allowed Israel to open a base.",
        {("Algeria", "threatens", "Morocco")}),
    "a noun of merit praises: an adjective of merit, or a clause of esteem": (
        "Kenya described Uganda as a partner it trusts. Malawi called Zambia a loyal friend. Peru called Chile a "
        "country it does not trust.",
        {("Kenya", "praises", "Uganda"), ("Malawi", "praises", "Zambia")},
        [("Peru", "praises", None)]),
    "what a free relative names is the object, with the doer it names": (
        "Paraguay denounced what it called interference by Brazil. Laos rejected what it described as "
        "Thai provocations. Fiji condemned what it called baseless accusations.",
        {("Paraguay", "criticizes", "Brazil"), ("Laos", "opposes", "Thailand")},
        [("Fiji", None, None)]),
    "the doer of a named act is found before what it acted on": (
        "Ghana welcomed the release of the detained Ghanaian fishermen by Liberia.",
        {("Ghana", "praises", "Liberia")}),
    "firefighters sent are aid": (
        "Spain dispatched firefighters to Portugal.", {("Spain", "aids", "Portugal")}),
    "'the kingdom' is not the state its own sentence acts on": (
        "Morocco recalled its ambassador from Spain on Monday. The kingdom accused Spain of hosting a rebel leader.",
        {("Morocco", "criticizes", "Spain")}),
    "an envoy expelled by name is the expulsion of the envoy's state": (
        "Niger ordered the French ambassador, Jules Armand, to leave within 48 hours. Chad expelled the Sudanese "
        "envoy, Omar Daoud.",
        {("Niger", "sanctions", "France"), ("Chad", "sanctions", "Sudan")},
        [(None, "sanctions", "Jules Armand"), (None, "sanctions", "Omar Daoud")]),
    "being committed to someone or to a policy supports it": (
        "Norway remains committed to Colombia. Egypt remained committed to a two-state solution.",
        {("Norway", "supports", "Colombia"), ("Egypt", "supports", "two-state solution")}),
    "what is alleged or demanded in a passive with no doer is about its subject": (
        "Ghanaian allegations that Togolese officials were linked to the smuggling angered Lome. The AU demanded "
        "that Rwandan troops be withdrawn.",
        {("Ghana", "criticizes", "Togo"), ("African Union", "demands", "Rwanda")}),
    "a view that glosses what was said is the sayer's, whatever the verb of saying": (
        "Kenyan President William Ruto described the deal as historic, a view Ugandan President Yoweri Museveni "
        "rejected.", {("Yoweri Museveni", "opposes", "William Ruto")}),
    "a body led by someone acts for the country of its leader's office": (
        "The government, headed by Prime Minister Abiy Ahmed, rejected the Egyptian plan. A delegation led by "
        "Kenyan Foreign Minister Musalia Mudavadi arrived in Mogadishu.",
        {("Ethiopia", "opposes", "Egypt"), ("Kenya", "visits", "Mogadishu")}),
    "a proposal of two hyphened nations is both of theirs": (
        "Sudan rejected a Saudi-Emirati proposal for a truce.",
        {("Sudan", "opposes", "Saudi Arabia"), ("Sudan", "opposes", "United Arab Emirates")}),
    "letting someone do something concedes it to them, as allowing does; refusing to is a rejection": (
        "Venezuela agreed to let UN inspectors visit its prisons. Myanmar refused to let ASEAN envoys enter.",
        {("Venezuela", "agrees", "United Nations"), ("Myanmar", "opposes", "Association of Southeast Asian Nations")}),
    "restrictions relaxed on someone are a concession to them": (
        "India relaxed its restrictions on Bangladeshi rice.", {("India", "concedes", "Bangladesh")}),
    "forces or a named group fought are attacked; corruption fought is no one": (
        "Colombian soldiers fought the ELN in Arauca. Peru vowed to fight corruption.",
        {("Colombia", "attacks", "National Liberation Army")}, {("Peru", None, None)}),
    "revenge vowed against someone threatens them": (
        "The Houthis vowed revenge against Israel.", {("Houthis", "threatens", "Israel")}),
    "a threat that names its condition is made all the same; a visit on a condition is not made": (
        "Japan threatened sanctions if Pyongyang tested another missile. Peru will visit Chile if the talks succeed.",
        {("Japan", "threatens", "North Korea")}, {("Peru", "visits", "Chile")}),
    "officials of two countries convening meet each other": (
        "Kenyan and Ugandan officials convened in Arusha on Monday.", {("Kenya", "meets", "Uganda")}),
    "a statement vetoed says what it says, not its vetoer; one issued is its issuer's": (
        "Slovakia vetoed a joint EU statement criticising Israel. Chile issued a statement condemning Peru.",
        {("Chile", "opposes", "Peru")}, {("Slovakia", None, "Israel")}),
    "a crowd nobody owns is a group named as the text names it; one a country owns acts for it": (
        "Demonstrators rallied outside the Danish embassy. Moroccan protesters marched against Algeria.",
        {("Demonstrators", "protests", "Denmark"), ("Morocco", "protests", "Algeria")}),
    "land handed back or ceded to someone is a concession to them; an agreement to do so is an agreement": (
        "Tajikistan returned three villages to Kyrgyzstan. Kenya agreed to cede the islet to Uganda.",
        {("Tajikistan", "concedes", "Kyrgyzstan"), ("Kenya", "agrees", "Uganda")}),
    "displeasure voiced with someone's decision criticizes them": (
        "Algeria voiced displeasure with Spain's decision.", {("Algeria", "criticizes", "Spain")}),
    "an allegation made that someone did wrong criticizes them; one investigated is not the investigator's": (
        "Guyana made allegations that Venezuelan soldiers had crossed the river. The OAS investigated allegations "
        "that Nicaraguan police abused protesters.",
        {("Guyana", "criticizes", "Venezuela")}, {("Organization of American States", "criticizes", None)}),
    "snubbing an invitation rejects whoever made it": (
        "Colombia snubbed the Mercosur invitation.", {("Colombia", "opposes", "Mercosur")}),
    "the doer of an act a passive is blamed or sanctioned for is the one it is about": (
        "Bolivia was sanctioned by Mercosur for raising tariffs on Paraguayan goods.",
        {("Mercosur", "sanctions", "Bolivia"), ("Bolivia", "sanctions", "Paraguay")},
        {("Mercosur", "sanctions", "Paraguay")}),
    "an envoy's expulsion by a country's possessive": (
        "Latvia's expulsion of a Belarusian diplomat drew protests from Minsk.",
        {("Latvia", "sanctions", "Belarus")}),
    "a country's troops told to leave are expelled": (
        "Burkina Faso ordered French troops to leave its territory within a month.",
        {("Burkina Faso", "sanctions", "France")}),
    "him after an official named by title only is that official's country": (
        "Mali expelled the French ambassador, accusing him of meddling in its affairs.",
        {("Mali", "sanctions", "France"), ("Mali", "criticizes", "France")}),
    "forces put on alert over a row with someone are mobilised against them": (
        "Guyana put its defence force on alert over the dispute with Venezuela.",
        {("Guyana", "mobilizes", "Venezuela")}),
    "an appeal after a call is made to the one called": (
        "Chilean Foreign Minister Ana Soto spoke with her Bolivian counterpart Luis Arce Catacora and urged calm.",
        {("Ana Soto", "urges", "Luis Arce Catacora")}),
    "an appeal after a clause about a thing is the reporter's": (
        "UN aid chief Martin Griffiths said the closure had hurt patients and urged Egypt to reopen the crossing.",
        {("Martin Griffiths", "urges", "Egypt")}),
    "coordinated actors agreeing act on each other": (
        "Bolivia and Paraguay agreed on Friday to reopen the river crossing.",
        {("Bolivia", "agrees", "Paraguay"), ("Paraguay", "agrees", "Bolivia")}),
    "a list the parser reads as appositions": (
        "Norway, Denmark, Iceland and Sweden signed a fisheries accord with Greenland.",
        {("Norway", "agrees", "Greenland"), ("Denmark", "agrees", "Greenland"), ("Sweden", "agrees", "Greenland")}),
    "refusing a cooperative act is a rejection": (
        "Eritrea refused to hand over the smugglers to Sudan.",
        {("Eritrea", "opposes", "Sudan")}),
    "acceptance an actor says it will never give is a rejection": (
        "Cyprus will never recognise the breakaway state, and Greece would never accept Turkey's claim to the islands.",
        {("Greece", "opposes", "Turkey")}),
    "a wrong the speaker names in its words": (
        "Tajikistan suspended its participation in the bloc over what it called Moscow's betrayal.",
        {("Tajikistan", "criticizes", "Russia")}),
    "ending an agreement with a country is a sanction on it, and no agreement": (
        "Burkina Faso revoked its defence accord with Denmark.",
        {("Burkina Faso", "sanctions", "Denmark")},
        {(None, "agrees", None)}),
    "restoring relations is cooperation": (
        "Morocco restored diplomatic relations with Iran on Tuesday.",
        {("Morocco", "cooperatesWith", "Iran")}),
    "pushing back against an actor's words": (
        "Zimbabwe pushed back against criticism from Botswana.",
        {("Zimbabwe", "opposes", "Botswana")}),
    "a wrong the speaker calls by an adjective": (
        "Uruguay branded the Paraguayan decision illegitimate.",
        {("Uruguay", "criticizes", "Paraguay")}),
    "a wrong the speaker describes as done by an actor": (
        "Georgia described the border closure as an act of aggression by Azerbaijan.",
        {("Georgia", "criticizes", "Azerbaijan")}),
    "hosting a named guest is a meeting": (
        "Chad's President Mahamat Deby hosted Sudanese General Abdel Fattah al-Burhan for talks on Monday.",
        {("Mahamat Deby", "meets", "Abdel Fattah al-Burhan")}),
    "aircraft landing with relief goods bring aid": (
        "Indian military aircraft landed in Mauritius on Monday with generators, blankets and water.",
        {("India", "aids", "Mauritius")}),
    "a cut announced on a condition threatens whom the condition names": (
        "Uzbekistan warned it would cut off gas supplies unless Kyrgyzstan paid its arrears.",
        {("Uzbekistan", "threatens", "Kyrgyzstan")}),
    "a named actor before an act on a target is its doer": (
        "Ghana's exporters struggled under EU tariffs on Ghanaian cocoa.",
        {("European Union", "sanctions", "Ghana")}),
    "what an actor answers is not undone by its refusal to answer": (
        "Brazil's president ruled out retaliating against U.S. tariffs on Brazilian ethanol.",
        {("United States", "sanctions", "Brazil")}),
    "the leaders are those the sentence before named": (
        "The delegation was led by Senegalese President Macky Sall and included Ghana's Nana Akufo-Addo and "
        "Liberia's George Weah. The leaders met Guinean junta leader Mamady Doumbouya in Conakry.",
        {("Macky Sall", "meets", "Mamady Doumbouya"), ("Nana Akufo-Addo", "meets", "Mamady Doumbouya"),
         ("George Weah", "meets", "Mamady Doumbouya")}),
    "a target the parser hangs on the place of the act": (
        "Chilean fishermen rallied in Valparaiso against Peruvian quotas on anchovy.",
        {("Chile", "protests", "Peru")}),
    "a protest held outside an embassy": (
        "Bolivian miners held a protest outside the Chilean embassy in La Paz.",
        {("Bolivia", "protests", "Chile")}),
    "a light verb before 'in' and an event noun adds no event of its own": (
        "Kenya's foreign minister engaged in talks with Uganda's foreign minister in Kampala.",
        {("Kenya", "meets", "Uganda")},
        {(None, "attacks", None)}),
    "working together": (
        "Bhutanese and Indian engineers worked together to rebuild the bridge.",
        {("Bhutan", "cooperatesWith", "India")}),
    "a threat made on a condition is a threat now": (
        "Spain threatened to suspend aid to Morocco unless it stopped the crossings.",
        {("Spain", "threatens", "Morocco")}),
    "a must-clause in reported speech is a demand": (
        "Zambia must reopen the border at once, Malawi's foreign minister said.",
        {("Malawi", "demands", "Zambia")}),
    "the relative pronoun stands for its antecedent": (
        "Qatar, which has hosted the talks, praised Chad.",
        {("Qatar", "praises", "Chad")}),
    "a country's pronoun in its own statement": (
        "Ecuador's government said it had expelled two Colombian diplomats.",
        {("Ecuador", "sanctions", "Colombia")}),
    "the other side of a border": (
        "Guinea deployed troops along its border with Liberia.",
        {("Guinea", "mobilizes", "Liberia")}),
    "both, after two named leaders": (
        "Ghanaian President John Mahama spoke by telephone with Togolese President Faure Gnassingbe, and both "
        "agreed to reopen the crossings.",
        {("John Mahama", "meets", "Faure Gnassingbe"), ("John Mahama", "agrees", "Faure Gnassingbe")}),
    "material cooperation needs its concrete object": (
        "Senegalese and Gambian coast guards carried out joint patrols.",
        {("Gambia", "cooperatesWith", "Senegal")}),
    "aid is what is sent": (
        "Morocco sent 200 doctors to Libya after the floods.",
        {("Morocco", "aids", "Libya")}),
    "lifting sanctions concedes, and the sanctions are no new sanctions": (
        "Canada lifted its sanctions on Belarus.",
        {("Canada", "concedes", "Belarus")},
        {("Canada", "sanctions", "Belarus")}),
    "a hyphenated owner names the target": (
        "Eritrean gunboats detained a Yemeni-flagged fishing boat.",
        {("Eritrea", "coerces", "Yemen")}),
    "a hyphenated leader names the actor": (
        "Nigerian-led troops raided a rebel camp in Chad.",
        {("Nigeria", "attacks", "Chad")}),
    "a city attacked is its country attacked": (
        "Rwandan artillery shelled Goma overnight.",
        {("Rwanda", "attacks", "Democratic Republic of the Congo")}),
    "what is done to people somewhere is done to the place's country": (
        "Turkish drones struck a fuel depot near Mosul.",
        {("Turkey", "attacks", "Iraq")}),
    "the named members of an unnamed group act": (
        "Ministers of several Gulf states, including Oman and Bahrain, praised Kuwait.",
        {("Oman", "praises", "Kuwait"), ("Bahrain", "praises", "Kuwait")}),
    "after ', and' a second act hung on the reported clause is the reporter's": (
        "Uruguay said the tariffs were unfair, and called on Paraguay to withdraw them.",
        {("Uruguay", "urges", "Paraguay")}),
    "promising force is a threat": (
        "Azerbaijan vowed to retaliate against Armenia for the shelling.",
        {("Azerbaijan", "threatens", "Armenia")},
        {("Azerbaijan", "agrees", "Armenia")}),
    "a body announcing its own attack threatens": (
        "The Taliban said they would attack Pakistani posts along the border.",
        {("Taliban", "threatens", "Pakistan")}),
    "a threat aims at the subject of its condition": (
        "Algeria threatened to cut gas exports if Spain backed the plan.",
        {("Algeria", "threatens", "Spain")}),
    "drills near a neighbour are a show of force": (
        "Belarus staged military drills near the Lithuanian border.",
        {("Belarus", "mobilizes", "Lithuania")}),
    "plural nationals protest outside an embassy": (
        "Hundreds of Armenians protested outside the Turkish embassy in Paris.",
        {("Armenia", "protests", "Turkey")}),
    "people in a capital act for its country": (
        "Students in Kathmandu demonstrated against India's blockade.",
        {("Nepal", "protests", "India")}),
    "military craft act for their country": (
        "Turkish helicopters fired rockets at a PKK camp.",
        {("Turkey", "attacks", "Kurdistan Workers' Party")}),
    "two sides pledging agree with each other": (
        "Nepal and Bhutan pledged to reopen the refugee talks.",
        {("Nepal", "agrees", "Bhutan"), ("Bhutan", "agrees", "Nepal")}),
    "a pledged stance is the pledger's": (
        "Laos pledged support for Vietnam's bid.",
        {("Laos", "supports", "Vietnam")}),
    "a delegation flying in visits": (
        "A Malaysian delegation flew to Bangkok for border talks.",
        {("Malaysia", "visits", "Bangkok")}),
    "a call after a reported copula is the reporters'": (
        "Chile and Peru agreed that the truce was vital and called on Bolivia to respect it.",
        {("Chile", "urges", "Bolivia"), ("Peru", "urges", "Bolivia")}),
    "delegates from a country's army act for it": (
        "Delegations from Libya's army and the Wagner Group held talks in Algiers.",
        {("Libya", "meets", "Wagner Group")}),
    "a noun's by-phrase names its doer": (
        "Laos condemned the rocket attack by Thai forces on Vientiane.",
        {("Thailand", "attacks", "Laos")}),
    "measures imposed by someone are theirs": (
        "Cuba condemned the embargo imposed by the United States.",
        {("Cuba", "opposes", "United States")}),
    "ratifying a country's accession supports it": (
        "Croatia's parliament ratified Montenegro's membership bid.",
        {("Croatia", "supports", "Montenegro")}),
    "agreeing at a meeting is meeting": (
        "Malian and Algerian envoys agreed at a meeting in Bamako to reopen the border.",
        {("Algeria", "meets", "Mali"), ("Mali", "agrees", "Algeria")}),
    "a ceasefire agreed at talks: the talks took place": (
        "Yemen's government and the Houthis agreed to a truce at talks hosted by Oman in Muscat.",
        {("Houthis", "meets", "Yemen")}),
    "pledged aid is a promise": (
        "Norway pledged $50 million in humanitarian aid to Somalia.",
        {("Norway", "agrees", "Somalia")},
        {("Norway", "aids", "Somalia")}),
    "threatened strikes are a threat of force": (
        "Pakistan threatened air strikes on Afghanistan.",
        {("Pakistan", "threatens", "Afghanistan")}),
    "arms supplied are military aid": (
        "Turkey supplied drones to Azerbaijan.",
        {("Turkey", "aids", "Azerbaijan")}),
    "an inquiry into what someone did investigates them": (
        "Botswana opened an inquiry into the shooting of its fishermen by Namibian soldiers.",
        {("Botswana", "investigates", "Namibia")}),
    "a labour strike is a protest, not an attack": (
        "Chilean workers staged a general strike against the Peruvian port deal.",
        {("Chile", "protests", "Peru")},
        {("Chile", "attacks", "Peru")}),
    "blocking a proposal rejects it": (
        "Greece blocked North Macedonia's accession bid.",
        {("Greece", "opposes", "North Macedonia")},
        {("Greece", "coerces", "North Macedonia")}),
    "the first word set that fits decides": (
        "Venezuela deployed tanks to its border with Guyana.",
        {("Venezuela", "mobilizes", "Guyana")},
        {("Venezuela", "aids", "Guyana")}),
    "consumers act for their country": (
        "Malaysian consumers boycotted French cosmetics brands.",
        {("Malaysia", "protests", "France")}),
    "reinforcing troops along the border with a country targets it": (
        "Chad reinforced its troops along the border with Sudan.",
        {("Chad", "mobilizes", "Sudan")}),
    "a name the parser marks as a noun modifier owns the noun": (
        "Irish farmers marched in Dublin to protest against European Union agricultural policies.",
        {("Ireland", "protests", "European Union")}),
    "an act in a country's region targets the country": (
        "Armenian drones struck an ammunition depot in Azerbaijan's Tovuz region.",
        {("Armenia", "attacks", "Azerbaijan")}),
    "strikes the parser reads as a noun's clause still do the killing": (
        "Turkish air strikes killed at least 12 people in northern Iraq, Iraqi officials said.",
        {("Turkey", "attacks", "Iraq")}),
    "trade frozen is a sanction": (
        "Bolivia has frozen trade with Chile after the border incident.",
        {("Bolivia", "sanctions", "Chile")}),
    "a resolution backing a bid is its passers' support": (
        "Latvian lawmakers passed a resolution backing Moldova's bid for EU membership.",
        {("Latvia", "supports", "Moldova")}),
    "fire exchanged across a line is mutual": (
        "Armenia and Azerbaijan exchanged fire across the Line of Contact on Tuesday.",
        {("Armenia", "attacks", "Azerbaijan"), ("Azerbaijan", "attacks", "Armenia")}),
    "tariffs on a country are sanctions": (
        "Ottawa imposed tariffs on Chinese electric vehicles.",
        {("Canada", "sanctions", "China")}),
    "anti-dumping duties on a country are sanctions": (
        "The European Union imposed anti-dumping duties on Chinese biodiesel.",
        {("European Union", "sanctions", "China")}),
    "the doer of an act named by a participle's by-phrase": (
        "Havana denounced the sanctions imposed on Cuba by the United States.",
        {("United States", "sanctions", "Cuba"), ("Cuba", "criticizes", "United States")}),
    "an including-list the parser hangs on a later verb": (
        "Kenyan Foreign Minister Musalia Mudavadi held phone talks with several foreign ministers after the "
        "summit ended, including his counterparts from Chile and Uruguay.",
        {("Musalia Mudavadi", "meets", "Chile"), ("Musalia Mudavadi", "meets", "Uruguay")}),
    "an act named again with the": (
        "Pakistan's missile test alarmed India. Japan also condemned the test.",
        {("Japan", "opposes", "Pakistan")}),
    "rejecting the accusation answers the accuser": (
        "Guyana accused Venezuela of massing troops near the border. Venezuela rejected the accusation.",
        {("Venezuela", "opposes", "Guyana")}),
    "rejecting the remarks answers the last speaker": (
        "Lithuania's foreign minister said Minsk was a threat to the region. Belarus dismissed the remarks.",
        {("Belarus", "opposes", "Lithuania")}),
    "force a leader says his country will use on a condition is its threat": (
        "Pakistani Prime Minister Shehbaz Sharif said Pakistan would strike the Taliban if the attacks continued.",
        {("Pakistan", "threatens", "Taliban")}),
    "striking a named group is an attack, striking a deal none": (
        "Turkey struck the PKK in northern Iraq on Friday.",
        {("Turkey", "attacks", "Kurdistan Workers' Party")}),
    "aid to people on a country's side of a border is aid to that country": (
        "The International Committee of the Red Cross delivered medicine to hospitals on the Lebanese side of "
        "the frontier.",
        {("International Committee of the Red Cross", "aids", "Lebanon")}),
    "withdrawing an envoy is a sanction, withdrawing troops a retreat": (
        "Ecuador withdrew its ambassador to Mexico after the embassy raid.",
        {("Ecuador", "sanctions", "Mexico")}),
    "withholding aid is a sanction": (
        "Germany withheld 50 million euros in development aid to Niger.",
        {("Germany", "sanctions", "Niger")}),
    "a ship carrying aid somewhere takes it there": (
        "Indonesia dispatched a hospital ship carrying medicines to Vanuatu.",
        {("Indonesia", "aids", "Vanuatu")}),
    "people of no stated country coerced by one country's police are its own": (
        "Ugandan police detained dozens of students who had marched in Kampala.",
        {("Uganda", "coerces", "Uganda")}),
    "a protest targets whom it is held to demand something of": (
        "Thousands of Peruvians rallied in Lima to demand President Dina Boluarte's resignation.",
        {("Peru", "protests", "Dina Boluarte")}),
    "a strike with no target is against the strikers' own government": (
        "Zambian mine workers began a nationwide strike over unpaid wages.",
        {("Zambia", "protests", "Zambia")}),
    "forces put on alert answer whoever provoked it": (
        "Colombia put its troops on high alert after Venezuelan soldiers crossed the border.",
        {("Colombia", "mobilizes", "Venezuela")}),
    "a raised alert level answers the act it follows": (
        "Taiwan raised its alert level after Chinese warships entered its waters.",
        {("Taiwan", "mobilizes", "China")}),
    "reservists called up amid tension": (
        "Guyana called up reservists amid tension with Venezuela.",
        {("Guyana", "mobilizes", "Venezuela")}),
    "returning prisoners is a concession": (
        "Ethiopia returned 40 Eritrean prisoners of war.",
        {("Ethiopia", "concedes", "Eritrea")}),
    "lifting a blockade of a country is a concession to it": (
        "Egypt lifted its blockade of Libya.",
        {("Egypt", "concedes", "Libya")}),
    "retaliation announced against a country's act is a threat": (
        "Tehran said it would retaliate against any deployment of Israeli jets in Azerbaijan.",
        {("Iran", "threatens", "Israel")}),
    "what is given to a country named as the indirect object is aid": (
        "Norway gave Mozambique 30 million dollars in budget support.",
        {("Norway", "aids", "Mozambique")}),
    "a participle clause acts on what its main clause names": (
        "Egypt rejected Ethiopia's plan to fill the dam, warning that any harm to its water share would be "
        "an act of aggression.",
        {("Egypt", "threatens", "Ethiopia")}),
    "the two leaders are the pair just named, not the pair named most": (
        "Kenyan President William Ruto met Emmanuel Macron in Paris. Macron later praised Ruto. Ruto then flew to "
        "Kigali to meet President Paul Kagame. During that visit the two leaders agreed on a trade deal.",
        {("William Ruto", "agrees", "Paul Kagame"), ("Paul Kagame", "agrees", "William Ruto")}),
    "handing over anything but papers is a concession": (
        "The M23 handed over the town to the Congolese army.",
        {("M23", "concedes", "Democratic Republic of the Congo")}),
    "talks by telephone with two partners": (
        "Ghanaian President Nana Akufo-Addo, the bloc's mediator, spoke by telephone with Malian President "
        "Assimi Goita and with Guinean President Mamady Doumbouya.",
        {("Nana Akufo-Addo", "meets", "Assimi Goita"), ("Nana Akufo-Addo", "meets", "Mamady Doumbouya")}),
    "an accusation the accused denies was still made": (
        "Niger has accused Benin of sheltering rebels, a charge Cotonou denies.",
        {("Niger", "criticizes", "Benin")}),
    "the government is the country just named": (
        "Chad's army said rebels had attacked a base. The government blamed Sudan for the raid.",
        {("Chad", "criticizes", "Sudan")}),
    "deploring an act criticizes its doer": (
        "Uruguay deplored Paraguay's seizure of the cargo.",
        {("Uruguay", "criticizes", "Paraguay")}),
    "dismay at an actor's act criticizes it": (
        "Fiji expressed dismay at Vanuatu's decision.",
        {("Fiji", "criticizes", "Vanuatu")}),
    "a protest lodged with a country by verb": (
        "Cambodia protested to Thailand over the shooting.",
        {("Cambodia", "criticizes", "Thailand")}),
    "reporting that a country failed to do something criticizes it": (
        "Georgia said Russia had failed to honour the ceasefire.",
        {("Georgia", "criticizes", "Russia")}),
    "the host of talks between two meets both": (
        "Tanzanian President Samia Suluhu Hassan hosted talks between Burundian President Evariste Ndayishimiye "
        "and Rwandan President Paul Kagame in Arusha.",
        {("Samia Suluhu Hassan", "meets", "Evariste Ndayishimiye"), ("Samia Suluhu Hassan", "meets", "Paul Kagame")}),
    "calling an actor's act a wrong criticizes the actor": (
        "Chile said the Bolivian decision was a clear violation of the treaty.",
        {("Chile", "criticizes", "Bolivia")}),
    "calling an actor's vote a sham": (
        "Moldova called Russia's referendum a sham.",
        {("Moldova", "criticizes", "Russia")}),
    "a courtesy call on someone is a meeting, a call on someone to act an appeal": (
        "Nepali Prime Minister K.P. Sharma Oli paid a courtesy call on Chinese President Xi Jinping. "
        "The UN renewed its call on Myanmar to free political prisoners.",
        {("K.P. Sharma Oli", "meets", "Xi Jinping"), ("United Nations", "urges", "Myanmar")}),
    "being somewhere for talks with someone is meeting them": (
        "Bhutanese Foreign Minister D.N. Dhungyel was in Dhaka for talks with Bangladeshi officials.",
        {("D.N. Dhungyel", "meets", "Bangladesh")}),
    "rejecting a ruling of a court opposes the court": (
        "Belize rejected the ruling of the International Court of Justice.",
        {("Belize", "opposes", "International Court of Justice")}),
    "hailing an agreement between two praises both": (
        "Oman hailed the agreement between Bahrain and Qatar.",
        {("Oman", "praises", "Bahrain"), ("Oman", "praises", "Qatar")}),
    "paying tribute to an actor praises it": (
        "Malaysia paid tribute to Indonesia's efforts.",
        {("Malaysia", "praises", "Indonesia")}),
    "force an actor says it could use is a threat": (
        "The African Union said it could use force in Gambia.",
        {("African Union", "threatens", "Gambia")}),
    "cutting aid to a country is a sanction, not aid": (
        "The World Bank cut its aid to Burundi.",
        {("World Bank", "sanctions", "Burundi")},
        {("World Bank", "aids", "Burundi")}),
    "downgrading relations and freezing assets are sanctions": (
        "Argentina downgraded its relations with Spain. The United States froze the assets of Nicaraguan officials.",
        {("Argentina", "sanctions", "Spain"), ("United States", "sanctions", "Nicaragua")}),
    "an adjective of wrongdoing in quotes criticizes the act's doer": (
        "Argentine President Javier Milei called Santiago's decision \"disgraceful\".",
        {("Javier Milei", "criticizes", "Chile")}),
    "calling an act a mistake criticizes its doer": (
        "The Nepali government called the Indian move a grave mistake.",
        {("Nepal", "criticizes", "India")}),
    "criticism an act draws from others is theirs on its doer": (
        "Laos's dam project drew sharp criticism from Hanoi. The Ethiopian raid drew condemnation from Djibouti.",
        {("Vietnam", "criticizes", "Laos"), ("Djibouti", "opposes", "Ethiopia")}),
    "a stance one has of others is theirs": (
        "Estonia had the full solidarity of the Nordic Council. Bhutan enjoys the backing of India.",
        {("Nordic Council", "supports", "Estonia"), ("India", "supports", "Bhutan")}),
    "disappointment with an actor criticizes it": (
        "Kazakhstan voiced disappointment with Kyrgyzstan over the water talks.",
        {("Kazakhstan", "criticizes", "Kyrgyzstan")}),
    "two people each of a country, coordinated, are two actors": (
        "Ararat Mirzoyan of Armenia and Jeyhun Bayramov of Azerbaijan met in Geneva on Friday.",
        {("Ararat Mirzoyan", "meets", "Jeyhun Bayramov")}),
    "the host of talks others take part in meets them": (
        "Delegates of Rwanda and Burundi took part in the talks hosted by Tanzania.",
        {("Burundi", "meets", "Rwanda"), ("Rwanda", "meets", "Tanzania"), ("Burundi", "meets", "Tanzania")}),
    "acting on a visiting guest is meeting them": (
        "President Paul Kagame thanked visiting Ghanaian President Nana Akufo-Addo for his support. Peruvian "
        "Foreign Minister Javier Gonzalez-Olaechea gave the visiting Bolivian minister a tour of the port.",
        {("Paul Kagame", "meets", "Nana Akufo-Addo"), ("Javier Gonzalez-Olaechea", "meets", "Bolivia")}),
    "granting an audience is a meeting": (
        "Jordan's King Abdullah II granted an audience to Iraqi Prime Minister Mohammed Shia al-Sudani.",
        {("King Abdullah II", "meets", "Mohammed Shia al-Sudani")}),
    "a minister rejecting an accusation made against their president answers its maker": (
        "Paraguayan President Santiago Pena accused the government of Bolivian President Luis Arce of ignoring "
        "smugglers. Bolivian Interior Minister Eduardo del Castillo rejected the accusation.",
        {("Eduardo del Castillo", "opposes", "Santiago Pena")}),
    "a call on someone with no appeal is a courtesy call": (
        "Chilean President Gabriel Boric arrived in Lima. He later called on Peruvian Prime Minister Gustavo Adrianzen.",
        {("Gabriel Boric", "meets", "Gustavo Adrianzen")}),
    "charging or alleging that an actor did wrong accuses it": (
        "Armenian Prime Minister Nikol Pashinyan has charged that Azerbaijani President Ilham Aliyev is arming "
        "militias. Georgian officials alleged that Armenia was arming the rebels.",
        {("Nikol Pashinyan", "criticizes", "Ilham Aliyev"), ("Georgia", "criticizes", "Armenia")}),
    "questioning an actor's handling of something criticizes it": (
        "Uruguayan President Luis Lacalle Pou questioned Argentine President Javier Milei's handling of the strike.",
        {("Luis Lacalle Pou", "criticizes", "Javier Milei")}),
    "a person's neighbour is another country than the person's": (
        "Guinea-Bissau closed its border crossings after Senegal's President Bassirou Diomaye Faye accused his "
        "southern neighbour of sheltering rebels.",
        {("Bassirou Diomaye Faye", "criticizes", "Guinea-Bissau")}),
    "two surnames the model reads as one organisation are two people": (
        "Czech Foreign Minister Jan Lipavsky met Slovak Foreign Minister Juraj Blanar. Opposition leader "
        "Petr Fiala thanked Lipavsky and Blanar for the talks.",
        {("Petr Fiala", "praises", "Jan Lipavsky"), ("Petr Fiala", "praises", "Juraj Blanar")}),
    "declaring an envoy persona non grata is a sanction on the envoy's country": (
        "Ecuador declared Venezuela's charge d'affaires persona non grata. Lithuania declared a Belarusian "
        "embassy official persona non grata.",
        {("Ecuador", "sanctions", "Venezuela"), ("Lithuania", "sanctions", "Belarus")}),
    "freezing or suspending one's membership in a body is a sanction on the body": (
        "Burkina Faso froze its participation in the Economic Community of West African States. "
        "The Pacific Islands Forum suspended Fiji's membership.",
        {("Burkina Faso", "sanctions", "Economic Community of West African States"),
         ("Pacific Islands Forum", "sanctions", "Fiji")}),
    "saying one will answer an act, or answer if someone acts, threatens its doer": (
        "Azerbaijani officials said Baku would respond if Yerevan armed the separatists. Serbian President "
        "Aleksandar Vucic warned that Belgrade would answer any provocation by Pristina in kind.",
        {("Azerbaijan", "threatens", "Armenia"), ("Serbia", "threatens", "Kosovo")}),
    "a stance coordinated with another keeps the light verb's target": (
        "Laos expressed full support and solidarity with the Cambodian government.",
        {("Laos", "supports", "Cambodia")}),
    "aid received from others is theirs to the one receiving it": (
        "Moldova received armoured vehicles and weapons from Romania. Haiti received food aid from the Dominican "
        "Republic.",
        {("Romania", "aids", "Moldova"), ("Dominican Republic", "aids", "Haiti")}),
    "forces that arrive to help someone are aid to them": (
        "About 300 Ghanaian police officers landed in Liberia on Monday to help the Liberian police restore order.",
        {("Ghana", "aids", "Liberia")}),
    "pausing aid to a country sanctions it": (
        "The European Union paused budget support programmes for Guinea-Bissau.",
        {("European Union", "sanctions", "Guinea-Bissau")}),
    "an accusation the parser hangs under its denial was still made": (
        "Mali accused Niger of arming militias, charges Niamey rejected. Tunisia accused Libya of hosting the "
        "smugglers and financing the group, a charge Tripoli denies.",
        {("Mali", "criticizes", "Niger"), ("Tunisia", "criticizes", "Libya")}),
    "verbs of harsh criticism": (
        "Paraguay's president blasted Bolivia's export ban. Serbia took aim at Croatia over the arrests. "
        "Iraq rounded on Iran over the shelling. Jamaica lambasted Haiti for its silence.",
        {("Paraguay", "criticizes", "Bolivia"), ("Serbia", "criticizes", "Croatia"),
         ("Iraq", "criticizes", "Iran"), ("Jamaica", "criticizes", "Haiti")},
        {(None, "attacks", None)}),
    "verdicts with an adjective after as, or on a small clause": (
        "Namibia described Angola's visa rule as unreasonable. The Zambian foreign ministry called Malawi's "
        "decision unacceptable.",
        {("Namibia", "criticizes", "Angola"), ("Zambia", "criticizes", "Malawi")}),
    "a charge rejected in a relative clause answers its maker": (
        "Bhutan accused Nepal of sheltering militants, a charge that Kathmandu rejected.",
        {("Bhutan", "criticizes", "Nepal"), ("Nepal", "opposes", "Bhutan")}),
    "an envoy given hours to leave, or told to, is expelled": (
        "Gabon gave Cameroon's ambassador 48 hours to leave. Ecuador told the Colombian envoy to leave the country.",
        {("Gabon", "sanctions", "Cameroon"), ("Ecuador", "sanctions", "Colombia")}),
    "a crossing closed into a country coerces it": (
        "Senegal closed its main crossing into Gambia on Monday.",
        {("Senegal", "coerces", "Gambia")}),
    "a measure agreed on is taken": (
        "Arab League ministers agreed to suspend Syria's membership. The league decided to impose sanctions "
        "on Yemen.",
        {("Arab League", "sanctions", "Syria"), ("Arab League", "sanctions", "Yemen")}),
    "a past tense after a modal is no part of the modal's phrase": (
        "Estonian Prime Minister Kaja Kallas told reporters that her country would not bow to pressure and said "
        "she had discussed the matter with Finnish President Sauli Niinisto by phone.",
        {("Kaja Kallas", "meets", "Sauli Niinisto")}),
    "a seat of government other than the capital acts for its country": (
        "Kenya urged Bujumbura to reopen the border.",
        {("Kenya", "urges", "Burundi")}),
    "an object pronoun is not its own clause's subject": (
        "Ghanaian President John Mahama met the footballer Abedi Pele in Accra, praising him for his charity work.",
        {("John Mahama", "praises", "Abedi Pele")}),
    "dismay felt at someone's act criticizes them": (
        "Iceland's prime minister said she was deeply disappointed by Norway's decision. Latvia was angered by "
        "Russia's vote.",
        {("Iceland", "criticizes", "Norway"), ("Latvia", "criticizes", "Russia")}),
    "a guest welcomed or received after arriving is met by the host": (
        "Portuguese President Marcelo Rebelo de Sousa arrived in Praia and was received by Cape Verdean "
        "President Jose Maria Neves. Senegalese President Macky Sall welcomed Umaro Sissoco Embalo at the airport.",
        {("Jose Maria Neves", "meets", "Marcelo Rebelo de Sousa"), ("Macky Sall", "meets", "Umaro Sissoco Embalo")},
        {(None, "praises", None)}),
    "the two just named meet": (
        "Bolivian Foreign Minister Rogelio Mayta raised the dispute with his Chilean counterpart, Antonia Urrejola, "
        "when the two met in Lima.",
        {("Antonia Urrejola", "meets", "Rogelio Mayta")}),
    "weight thrown behind someone is support": (
        "Ghana threw its weight behind Togo's bid for a seat on the council.",
        {("Ghana", "supports", "Togo")}),
    "pushing someone to act urges them, who then is the one to act": (
        "The European Union pushed Montenegro to settle its dispute with Croatia.",
        {("European Union", "urges", "Montenegro")},
        {("European Union", None, "Croatia")}),
    "restraint urged from two countries is urged of each": (
        "The African Union urged restraint from both Chad and Sudan.",
        {("African Union", "urges", "Chad"), ("African Union", "urges", "Sudan")}),
    "checks tightened along a border coerce the neighbour": (
        "Uzbekistan tightened controls along its border with Tajikistan on Monday.",
        {("Uzbekistan", "coerces", "Tajikistan")}),
    "relations established or upgraded are cooperation on both sides": (
        "Oman and Brunei established diplomatic relations in 1984. Vietnam upgraded ties with Indonesia.",
        {("Brunei", "cooperatesWith", "Oman"), ("Vietnam", "cooperatesWith", "Indonesia")}),
    "agents in a country's body act for the country": (
        "Lawmakers in Ghana's parliament criticised Togo's decision.",
        {("Ghana", "criticizes", "Togo")}),
    "an act vowed or promised by noun is announced by its subject": (
        "Eritrea vowed an attack on Ethiopia. Norway promised aid to Sudan.",
        {("Eritrea", "threatens", "Ethiopia"), ("Norway", "agrees", "Sudan")}),
    "asking someone for help, or requesting or seeking it from them, is an appeal to them": (
        "Malawi asked Zambia for emergency food aid. Fiji requested military assistance from New Zealand after "
        "the cyclone, and Tonga sought loans from Japan.",
        {("Malawi", "urges", "Zambia"), ("Fiji", "urges", "New Zealand"), ("Tonga", "urges", "Japan")}),
    "force used by protesters, or to protest, is a protest": (
        "Albanian protesters stormed the Greek consulate in Tirana. Slovak truckers blocked the crossings with "
        "Hungary to protest against the new tolls.",
        {("Albania", "protests", "Greece"), ("Slovakia", "protests", "Hungary")},
        {(None, "attacks", None), (None, "coerces", None)}),
    "money lent, extended or deposited is aid": (
        "Kuwait extended a $400 million loan to Jordan. Saudi Arabia deposited $2 billion in Tunisia's central bank.",
        {("Kuwait", "aids", "Jordan"), ("Saudi Arabia", "aids", "Tunisia")}),
    "what is linked to or belongs to an actor is theirs": (
        "Al-Shabaab threatened to attack any convoy linked to Kenya. Ukrainian drones struck tankers belonging to "
        "Russia.",
        {("Al-Shabaab", "threatens", "Kenya"), ("Ukraine", "attacks", "Russia")}),
    "an act a noun says someone decided on is theirs, not the one speaking of it": (
        "Estonia welcomed Finland's decision to expel two Russian diplomats. Benin condemned the move by Niger "
        "to close the border with Nigeria.",
        {("Finland", "sanctions", "Russia"), ("Niger", "coerces", "Nigeria")},
        {("Estonia", "sanctions", None), ("Benin", "coerces", None)}),
    "hitting back at someone or speaking out against them criticizes them": (
        "Guyana hit back at Venezuela on Monday. Croatia spoke out against Serbia's arms purchases.",
        {("Guyana", "criticizes", "Venezuela"), ("Croatia", "criticizes", "Serbia")}),
    "a ban laid or slapped on someone sanctions them": (
        "Saudi Arabia's ban on Lebanese produce stayed in place. Canada slapped travel bans on Nicaraguan officials.",
        {("Saudi Arabia", "sanctions", "Lebanon"), ("Canada", "sanctions", "Nicaragua")},
        {(None, "attacks", None)}),
    "a preposition of several words names the target: in front of, in support of, in favour of": (
        "Pakistani students protested in front of the Chinese consulate in Karachi. Thousands of Moldovans rallied "
        "in support of Ukraine. Ecuador voted in favour of Guatemala's candidacy.",
        {("Pakistan", "protests", "China"), ("Moldova", "supports", "Ukraine"), ("Ecuador", "supports", "Guatemala")}),
    "a place in front of no one is no target": (
        "The rally in front of parliament drew thousands. Opposition supporters protested in front of the palace.",
        set(), {(None, "protests", None)}),
    "a charge an actor denies, closing a report of it, rejects the accuser": (
        "Ukraine accused Belarus of letting foreign troops use its territory, an accusation Minsk has always denied. "
        "Somalia blamed Ethiopia for the raid, a claim Addis Ababa disputes. Kenya praised Uganda, a claim nobody denies.",
        {("Ukraine", "criticizes", "Belarus"), ("Belarus", "opposes", "Ukraine"), ("Ethiopia", "opposes", "Somalia")},
        {("Uganda", "opposes", None)}),
    "a proposal or offer an actor rejects, glossing the clause that made it, rejects its maker": (
        "Chad offered to mediate, an offer Sudan rejected on Monday. Kenya said Uganda had shelled the border post, "
        "a claim Kampala does not deny.",
        {("Sudan", "opposes", "Chad"), ("Kenya", "criticizes", "Uganda")}, {("Uganda", "opposes", None)}),
    "punitive measures introduced or announced against someone sanction them; measures alone do not": (
        "Norway introduced punitive measures against Belarus. Canada announced new sanctions on Nicaraguan "
        "officials. Kenya took measures against Somali pirates. Chile discussed sanctions against Peru.",
        {("Norway", "sanctions", "Belarus"), ("Canada", "sanctions", "Nicaragua")},
        {("Kenya", "sanctions", None), ("Chile", None, None)}),
    "a generic agent with no owner of its own is the one last named with an owner": (
        "Nigeria's army and Boko Haram clashed near Maiduguri. The army later bombed Boko Haram camps.",
        {("Nigeria", "attacks", "Boko Haram")}),
    "a generic agent no earlier mention owns acts for nobody": (
        "The army bombed Boko Haram camps near Maiduguri.", set(), {(None, "attacks", None)}),
    "a reported clause laying the blame for a harm on an actor criticizes it": (
        "Finland said Russia bore full responsibility for the crisis. Georgia said Moscow was to blame for the "
        "violence. Kenya said Uganda was responsible for the attack on the border post.",
        {("Finland", "criticizes", "Russia"), ("Georgia", "criticizes", "Russia"), ("Kenya", "criticizes", "Uganda")}),
    "responsibility taken, denied or for no harm blames nobody": (
        "Ghana said Togo did not bear any responsibility for the crisis. Chad said Niger was responsible for "
        "security at the summit. Al-Shabaab took responsibility for the attack.",
        set(), {(None, "criticizes", None)}),
    "calling an actor a partner a praising adjective qualifies praises it, and so does a verdict of merit": (
        "Portugal described Angola as a reliable partner. Kenya said Tanzania's handling of the crisis was "
        "commendable.",
        {("Portugal", "praises", "Angola"), ("Kenya", "praises", "Tanzania")}),
    "merit denied or of nobody named praises nobody": (
        "Spain said Morocco was not a reliable partner. Sweden said a reliable partner would never do that.",
        set(), {(None, "praises", None)}),
    "acceptance an actor does not give is a rejection, unless it is only not given yet": (
        "Venezuela said it does not recognise Guyana's claim over Essequibo. Poland did not accept Germany's "
        "proposal. Serbia has not yet recognised Montenegro's new flag.",
        {("Venezuela", "opposes", "Guyana"), ("Poland", "opposes", "Germany")}, {("Serbia", None, None)}),
    "a text voted on does what it says, not its voters; those who pass it do": (
        "Nicaragua voted against the resolution condemning Russia. Lithuanian lawmakers passed a resolution "
        "backing Moldova's bid to join the EU.",
        {("Lithuania", "supports", "Moldova")}, {("Nicaragua", None, "Russia")}),
    "joining forces or teaming up is cooperation, both ways when both are named as actors": (
        "Norway joined forces with Iceland to monitor the fishing grounds. Brazil and Argentina teamed up to fight "
        "the wildfires.",
        {("Norway", "cooperatesWith", "Iceland"), ("Argentina", "cooperatesWith", "Brazil")}),  # (stored once)
    "encouraging someone to act urges them, and the act is only asked for; encouraging efforts praises": (
        "The EU encouraged Serbia and Kosovo to resume talks. Kenya encouraged Ethiopia's efforts to end the war.",
        {("European Union", "urges", "Serbia"), ("European Union", "urges", "Kosovo"), ("Kenya", "praises", "Ethiopia")},
        {("European Union", "praises", None), ("Kosovo", "meets", "Serbia"), ("Serbia", "meets", "Kosovo")}),
    "going somewhere, a stop there or being there on a visit is a visit": (
        "Chile's president went to Bolivia to sign the accord. Erdogan began a Gulf tour with a stop in Qatar. "
        "Angolan President Joao Lourenco, who is on a visit to Vietnam, met To Lam.",
        {("Chile", "visits", "Bolivia"), ("Recep Tayyip Erdogan", "visits", "Qatar"), ("Joao Lourenco", "visits", "Vietnam")}),
    "a person of one country said to be in another's city visits it, not their own": (
        "Pakistani Foreign Minister Ishaq Dar was in China on Tuesday. Kenyan President William Ruto was in "
        "Nairobi on Monday. Indian Prime Minister Narendra Modi was not in Moscow.",
        {("Ishaq Dar", "visits", "China")}, {("William Ruto", "visits", None), ("Narendra Modi", "visits", None)}),
    "water cannon or tear gas fired at someone coerces them; services suspended for someone sanction them": (
        "Chinese coast guard vessels fired water cannon at a Vietnamese fishing boat. India suspended visa services "
        "for Canadian citizens. Kenya suspended talks for two weeks.",
        {("China", "coerces", "Vietnam"), ("India", "sanctions", "Canada")},
        {("China", "attacks", None), ("Kenya", None, None)}),
    "an act said to be planned, scheduled or expected is not yet done; one held is": (
        "Talks between Egypt and Ethiopia are planned for next week. A visit by the Kenyan president to Uganda is "
        "scheduled for May. Talks between Chad and Niger were held in Niamey.",
        {("Chad", "meets", "Niger")}, {("Egypt", "meets", None), ("Ethiopia", "meets", None), ("Kenya", "visits", None)}),
    "coordinating with someone, or agreeing to, is cooperation with them (a stance, like cooperating)": (
        "Kenya will coordinate with Uganda on security. Rwanda and Burundi agreed to coordinate their border patrols.",
        {("Kenya", "cooperatesWith", "Uganda"), ("Burundi", "cooperatesWith", "Rwanda")}),
    "the two countries are the two named most, by name or demonym": (
        "Kenyan and Ugandan aircraft landed in Malawi with food. The two countries said they were coordinating "
        "their relief flights.",
        {("Kenya", "cooperatesWith", "Uganda")}, {(None, "cooperatesWith", "Malawi"), ("Malawi", None, None)}),
    "coming under fire or under pressure from someone is their criticism or appeal": (
        "Hungary came under fire from the European Union over its media law. Thailand came under pressure from "
        "Japan to hold elections. The town came under fire from Russian artillery.",
        {("European Union", "criticizes", "Hungary"), ("Japan", "urges", "Thailand")}, {("Russia", "criticizes", None)}),
    "verdicts the parser reads oddly, and claims called baseless": (
        "Seoul called Pyongyang's launch reckless. Lithuania described Moscow's move as unfriendly. Latvia said "
        "the Russian statement was pure propaganda. Finland said Russia's claims were baseless.",
        {("South Korea", "criticizes", "North Korea"), ("Lithuania", "criticizes", "Russia"),
         ("Latvia", "criticizes", "Russia"), ("Finland", "opposes", "Russia")}),
    "a response or countermeasures vowed against someone threaten them; aid pledged is a promise": (
        "India vowed a strong response to Pakistan. China vowed countermeasures against Lithuania. Japan pledged "
        "aid to Vietnam.",
        {("India", "threatens", "Pakistan"), ("China", "threatens", "Lithuania"), ("Japan", "agrees", "Vietnam")},
        {("Japan", "threatens", None)}),
    "telling someone to act urges them, and the act is only asked for": (
        "The European Union told Georgia to drop the foreign agents law.",
        {("European Union", "urges", "Georgia")}),
    "siding or rallying with someone supports them": (
        "Bhutan sided with India in the dispute. Botswana and Namibia rallied behind Lesotho.",
        {("Bhutan", "supports", "India"), ("Botswana", "supports", "Lesotho"), ("Namibia", "supports", "Lesotho")}),
    "an act named by its kind answers the one who did it before": (
        "Eritrea closed its border with Djibouti on Monday. Trade between the two had grown for years. "
        "Djibouti called the closure regrettable. Sudan shelled villages in South Sudan overnight. "
        "Uganda condemned the attack.",
        {("Djibouti", "criticizes", "Eritrea"), ("Uganda", "opposes", "Sudan")}),
    "reporting that an actor breached or flouted a rule criticizes it": (
        "Ghana said Togo had breached the border accord. Cyprus said Turkey was flouting the law of the sea.",
        {("Ghana", "criticizes", "Togo"), ("Cyprus", "criticizes", "Turkey")}),
    "pounding or opening fire on someone attacks them": (
        "Eritrean artillery pounded Ethiopian positions. Indian troops opened fire on Chinese patrols.",
        {("Eritrea", "attacks", "Ethiopia"), ("India", "attacks", "China")}),
    "an investigation into wrongs done by someone investigates them": (
        "The African Union opened an investigation into abuses by Ethiopian troops. An investigation by Ghana "
        "into the shooting by Togolese police began.",
        {("African Union", "investigates", "Ethiopia"), ("Ghana", "investigates", "Togo")}),
    "rules or curbs eased for someone are a concession to them": (
        "Uzbekistan eased visa rules for Tajik traders. Vietnam eased import curbs on Thai rice.",
        {("Uzbekistan", "concedes", "Tajikistan"), ("Vietnam", "concedes", "Thailand")}),
    "a stance dropped or withdrawn is no longer held": (
        "Kenya dropped its objections to Somalia's bid. Hungary withdrew its support for Ukraine's bid.",
        set(), {("Kenya", "opposes", None), ("Hungary", "supports", None)}),
    "an act called for supports nobody, and sanctions whose lifting is sought are none": (
        "Kenya called for the withdrawal of Ugandan troops. India called for Nepal's support. Russia pushed for "
        "the lifting of sanctions on Iran.",
        set(), {(None, "supports", None), ("Russia", "sanctions", "Iran")}),
    "a demand for someone's release is made of whoever holds them, for a resignation of the one to resign": (
        "Armenian protesters demanded the resignation of Nikol Pashinyan. Sweden demanded the release of Ahmadreza "
        "Djalali. Denmark demanded Dawit Isaak's release.",
        {("Armenia", "demands", "Nikol Pashinyan")},
        {(None, "demands", "Ahmadreza Djalali"), (None, "demands", "Dawit Isaak")}),
    "aid stopped is a sanction, stopping an attack none": (
        "Japan stopped aid to Myanmar. Azerbaijan stopped shelling Armenian villages.",
        {("Japan", "sanctions", "Myanmar")}, {(None, "aids", None), ("Azerbaijan", None, None)}),
    "a participle after telling or asking is the teller's own act": (
        "Kenyan President William Ruto told a news conference, praising Tanzanian President Samia Suluhu Hassan "
        "for her help.",
        {("William Ruto", "praises", "Samia Suluhu Hassan")}),
    "a deal named by its kind answers those who made it, not those who hailed it": (
        "Ethiopia and Eritrea signed a peace declaration in Asmara. The deal ends two decades of war. UN "
        "Secretary-General Antonio Guterres hailed the accord. The African Union also welcomed the deal.",
        {("African Union", "praises", "Ethiopia"), ("African Union", "praises", "Eritrea")},
        {("African Union", "praises", "Antonio Guterres")}),
    "a complaint lodged with a body against a country criticizes the country, not the body": (
        "Guyana lodged a complaint with the UN Security Council against Venezuela. Malawi filed a complaint with "
        "the African Union. Chile lodged a protest with Peru.",
        {("Guyana", "criticizes", "Venezuela"), ("Chile", "criticizes", "Peru")},
        {(None, "criticizes", "United Nations Security Council"), (None, "criticizes", "African Union")}),
    "a fire that breaks out attacks nobody": (
        "A fire broke out in the Kenyan parliament.",
        set(), {(None, "attacks", None)}),
    "parties in a country act for it": (
        "The African Union called on all parties in Sudan to stop fighting.",
        {("African Union", "urges", "Sudan")}),
    # sentences that must state nothing of a kind ((None, None, None): nothing at all)
    "joint patrols announced are no cooperation yet": (
        "Senegal and Gambia will hold joint patrols next year.",
        set(), {("Gambia", "cooperatesWith", "Senegal")}),
    "a letter sent is no aid": (
        "Morocco sent a letter to Libya.",
        set(), {(None, "aids", None)}),
    "joint drills are no show of force": (
        "Ghanaian and Togolese troops held joint drills near Lome.",
        set(), {(None, "mobilizes", None)}),
    "hosting a guest next week is no meeting yet": (
        "Kenya will host visiting Nigerian President Bola Tinubu next week.",
        set(), {(None, "meets", None)}),
    "calling on someone to act or for talks is no courtesy call": (
        "Chile called on Peru to release the fishermen. Chile called on Peru for talks.",
        set(), {(None, "meets", None)}),
    "an envoy one may declare persona non grata is no sanction yet": (
        "Ecuador may declare Venezuela's ambassador persona non grata.",
        set(), {("Ecuador", "sanctions", "Venezuela")}),
    "answering a letter or a proposal threatens nobody": (
        "Chile would answer the Peruvian letter next week. Chile responded to Peru's proposal.",
        set(), {(None, "threatens", None)}),
    "a legal charge accuses no actor": (
        "Prosecutors charged the Kenyan officer with murder.",
        set(), {(None, None, None)}),
    "a stance one does not have is none": (
        "Bhutan does not have the backing of India.",
        set(), {("India", "supports", "Bhutan")}),
    "criticism an act could draw is none yet": (
        "Laos's dam project could draw criticism from Hanoi.",
        set(), {(None, None, None)}),
    "strikes on a country are attacks": (
        "Ukrainian strikes on Russia continued.",
        {("Ukraine", "attacks", "Russia")}),
    "a host of talks is no party to them": (
        "Kenya and Uganda agreed to a truce at talks hosted by Tanzania.",
        set(), {("Tanzania", "meets", "Kenya")}),
    "a protest at a foreign embassy is none at home": (
        "Chilean students rallied outside the Argentine embassy in Santiago.",
        set(), {("Chile", "protests", "Chile")}),
    "a state's own police protesting is no protest of the state against itself": (
        "Ghanaian police officers staged a protest over pay.",
        set(), {("Ghana", "protests", "Ghana")}),
    "troops killing civilians of no stated country attack nobody named": (
        "Eritrean troops killed civilians in the town.",
        set(), {("Eritrea", "attacks", "Eritrea")}),
    "raising tariffs mobilizes nothing": (
        "India raised tariffs on steel after Chinese imports surged.",
        set(), {(None, None, None)}),
    "handing over a letter concedes nothing": (
        "The Thai ambassador handed over a letter to the Cambodian government.",
        set(), {(None, None, None)}),
    "denying one's own act is no accusation": (
        "Benin denied that it had sheltered rebels.",
        set(), {(None, None, None)}),
    "talks failing wrong nobody": (
        "The talks failed, Qatar said.",
        set(), {(None, None, None)}),
    "denying a wrong is no verdict": (
        "China said the Japanese patrol was not a provocation.",
        set(), {(None, None, None)}),
    "what one is warned against doing is not done": (
        "Venezuela warned Guyana against allowing a US military base on its territory.",
        set(), {("Guyana", "concedes", "United States")}),
    "withdrawing troops is no sanction": (
        "Russia withdrew its troops from Kherson.",
        set(), {(None, "sanctions", None)}),
    "striking a deal is no attack": (
        "Morocco struck a deal with Senegal on fishing rights.",
        set(), {(None, "attacks", None)}),
    "rejecting an accusation no one made answers nobody": (
        "Venezuela rejected the accusation.",
        set(), {("Venezuela", "opposes", "Guyana")}),
    "force used by armed fighters stays an attack": (
        "Malian opposition fighters attacked a Nigerien army post.",
        {("Mali", "attacks", "Niger")}),
    "a road linking two places belongs to neither": (
        "Georgian troops blocked the road linking Armenia to Russia.",
        set(), {("Georgia", "coerces", "Russia")}),
    "a threat is no act done": (
        "Mali stayed in the bloc despite threats by its junta to expel the French ambassador.",
        set(), {("Mali", "sanctions", "France")}),
    "lifting a ban is no ban": (
        "Jordan lifted its ban on Syrian trucks.",
        set(), {("Jordan", "sanctions", "Syria")}),
    "what one is told to do is not done, and telling what one will do urges nobody": (
        "Zambia told Malawi to reopen the border. Kenya told Somalia that it would withdraw its troops.",
        {("Zambia", "urges", "Malawi")}, {("Malawi", "concedes", "Zambia"), ("Kenya", "urges", "Somalia")}),
    "calling someone is a telephone call for the caller's purpose; calling one a name is none": (
        "Estonian Prime Minister Kaja Kallas called Finnish President Alexander Stubb on Sunday to express support "
        "for Finland. Slovenian President Natasa Pirc Musar called Croatian President Zoran Milanovic to urge him to "
        "reopen the border crossing. Belgian Prime Minister Alexander De Croo called Dutch Prime Minister Mark Rutte "
        "a true friend of Belgium.",
        {("Kaja Kallas", "meets", "Alexander Stubb"), ("Kaja Kallas", "supports", "Finland"),
         ("Natasa Pirc Musar", "meets", "Zoran Milanovic"), ("Natasa Pirc Musar", "urges", "Zoran Milanovic")},
        {("Alexander Stubb", "supports", None), ("Zoran Milanovic", "urges", None), ("Alexander De Croo", "meets", None)}),
    "a day after 'on' is when one called, not whom one called on": (
        "Slovak Prime Minister Robert Fico called Czech Prime Minister Petr Fiala on Monday.",
        {("Robert Fico", "meets", "Petr Fiala")}),
    "'the two' with no pair in their sentence are the two of a kind the sentence before names": (
        "Lesotho and Botswana quarrelled over water rights. Later, Lesotho's Foreign Minister Lejone Mpotjoane met "
        "Namibian Foreign Minister Peya Mushelenga. The two agreed to share rainfall data.",
        {("Lejone Mpotjoane", "agrees", "Peya Mushelenga")}, {("Lesotho", "agrees", None), ("Botswana", "agrees", None)}),
    "a name right after its title is the person, however the parser hangs it": (
        "Vietnam's party chief To Lam arrived in Vientiane on Monday and was greeted by Lao President Thongloun "
        "Sisoulith.",
        {("To Lam", "visits", "Vientiane"), ("Thongloun Sisoulith", "meets", "To Lam")}, {("Vietnam", "visits", None)}),
    "a second judging word joined to the first judges as it does; bias is a wrong": (
        "Armenia said the Azerbaijani statement was one-sided and unacceptable. Kenya said Uganda's claims were "
        "partisan.",
        {("Armenia", "criticizes", "Azerbaijan"), ("Kenya", "criticizes", "Uganda")}),
    "attacking a body and calling its work names is an attack in words": (
        "Bolivia's government attacked the Organization of American States mission, calling its audit a fraud.",
        {("Bolivia", "criticizes", "Organization of American States")}, {("Bolivia", "attacks", None)}),
    "'the' and a noun of a verb told before name that act and its doer; one only planned is none": (
        "Iran tested a ballistic missile on Sunday. Germany condemned the test. Iraq will test a rocket next week. "
        "Kuwait condemned the test.",
        {("Germany", "opposes", "Iran")}, {("Kuwait", None, "Iraq")}),
    "a verdict the parser hangs on what it judges still judges it": (
        "Eritrea closed its border with Ethiopia. Addis Ababa called Asmara's move a grave provocation.",
        {("Ethiopia", "criticizes", "Eritrea")}),
    "a wire service's spelling of a known name is the same person": (
        "Canada's prime minister signed a security agreement with Zelenskiy.",
        {("Canada", "agrees", "Volodymyr Zelensky")}),
    "'the comments' one judges are those the sentence before names by their author": (
        "Remarks by a Ugandan general about Kenya's elections drew anger on Sunday. Nairobi said the comments were "
        "provocative.",
        {("Kenya", "criticizes", "Uganda")}),
    "two titled names joined by 'and' both act, however long the second title": (
        "OSCE Secretary General Helga Schmid and EU Council President Charles Michel visited Chisinau on Monday.",
        {("Helga Schmid", "visits", "Chisinau"), ("Charles Michel", "visits", "Chisinau")},
        {("Council of the European Union", "visits", None)}),
    "'calling it' after condemning an act judges that act's doer, not the last speaker's foe": (
        "Azerbaijani forces shelled villages in Armenia's Syunik province. Armenia's foreign ministry called the "
        "shelling a gross violation of the ceasefire. France also condemned the attack, calling it unacceptable.",
        {("France", "criticizes", "Azerbaijan")}, {("France", "criticizes", "Armenia")}),
    "what a free relative says an act was aimed at is its target": (
        "Pakistan launched air strikes on what it said were militant hideouts in Afghanistan's Khost province.",
        {("Pakistan", "attacks", "Afghanistan")}),
    "judging a meeting told before judges both sides of it": (
        "Armenia's prime minister met Turkey's president in Ankara on Friday. Azerbaijan's foreign ministry "
        "denounced the meeting.",
        {("Azerbaijan", "criticizes", "Armenia"), ("Azerbaijan", "criticizes", "Turkey")}),
    "what a free relative object is said to be is what was struck": (
        "Turkish jets bombed what the army said were militant shelters in Iraq's Duhok province.",
        {("Turkey", "attacks", "Iraq")}),
    "the body of the next name's title is no conjunct of its own": (
        "NATO Secretary General Mark Rutte and Council of Europe Secretary General Alain Berset visited Kyiv on "
        "Tuesday.",
        {("Mark Rutte", "visits", "Kyiv"), ("Alain Berset", "visits", "Kyiv")}, {("Council of Europe", "visits", None)}),
    "refusing with nothing refused, or rejecting 'the request', answers the demand or appeal made before": (
        "Bolivia demanded that Brazil extradite a former minister. Brasilia refused. Chad asked Niger to return the "
        "seized trucks. Niamey rejected the request. Mali accused Algeria of meddling. Algiers declined to comment.",
        {("Brazil", "opposes", "Bolivia"), ("Niger", "opposes", "Chad")}, {("Algeria", "opposes", None)}),
    "an act not told before answers nobody": (
        "Sudan shelled villages in South Sudan. Uganda condemned an attack on its embassy.",
        set(), {("Uganda", None, None)}),
    "joining others in a body joins the body, not them; joining them in an act is no membership": (
        "Croatia joined Slovenia and Hungary in the European Union in 2013. Ghana joined Togo in the ECOWAS bloc. "
        "Iceland joined Norway in protesting the whaling ban.",
        {("Croatia", "memberOf", "European Union"), ("Ghana", "memberOf", "Economic Community of West African States")},
        {(None, "memberOf", "Slovenia"), (None, "memberOf", "Togo"), ("Iceland", "memberOf", None)}),
    "a missile fired, launched or tested is 'the launch' or 'the test' judged after": (
        "Pakistan fired a ballistic missile over the Arabian Sea. India condemned the launch. Iran launched a "
        "satellite rocket on Sunday. France denounced the test.",
        {("India", "opposes", "Pakistan"), ("France", "criticizes", "Iran")}),
    "'the launch' judged in the sentence that tells it": (
        "Iran test-fired a ballistic missile on Sunday, and Israel denounced the launch.",
        {("Israel", "criticizes", "Iran")}),
    "'his host' or 'his counterpart' of one praising is his own, though what he praises may be another's": (
        "Chilean President Gabriel Boric and Argentine President Javier Milei held talks in Buenos Aires on Friday. "
        "Milei thanked Chile for its support, and Boric praised his host for his openness.",
        {("Gabriel Boric", "praises", "Javier Milei")}),
    "what an accusation is timed by is told as done; what a future act is timed by is not": (
        "Somalia accused Kenya of interfering after Nairobi hosted the Jubaland leader Ahmed Madobe. Laos will sign "
        "the deal when Thailand hosts the Lao rebel leader Kham Sing.",
        {("Kenya", "meets", "Ahmed Madobe")}, {("Thailand", None, None)}),
    "a verdict of collective punishment, a mockery or a charade judges the act's doer": (
        "Jordan described Israel's siege of Gaza as collective punishment. Armenia called Azerbaijan's vote a "
        "mockery of democracy. Chile called Venezuela's recount a charade.",
        {("Jordan", "criticizes", "Israel"), ("Armenia", "criticizes", "Azerbaijan"),
         ("Chile", "criticizes", "Venezuela")}),
    "one 'in talks with' another meets them": (
        "Malaysian Foreign Minister Mohamad Hasan was in talks with his Thai counterpart Maris Sangiampongsa.",
        {("Mohamad Hasan", "meets", "Maris Sangiampongsa")}),
    "what two discuss on a call is its topic, not its partner": (
        "In a phone call, Polish President Andrzej Duda and German Chancellor Olaf Scholz discussed Ukraine.",
        {("Andrzej Duda", "meets", "Olaf Scholz")}, {(None, "meets", "Ukraine")}),
    "an alternative to an act not done is not done either ('did not … or …', 'neither … nor …')": (
        "Brazil did not condemn Russia or criticise its invasion. South Africa neither condemned Russia nor voted "
        "against it.",
        set(), {("Brazil", None, None), ("South Africa", None, None)}),
    "Croat, Azeri and Bosniak are demonyms of their states": (
        "Croat forces attacked Bosniak villages in 1993. Azeri troops shelled Armenian positions.",
        {("Croatia", "attacks", "Bosnia and Herzegovina"), ("Azerbaijan", "attacks", "Armenia")}),
    "the end of a list of those met, which the parser hangs on the verb, is met too": (
        "In Samarkand, Modi also met with Iranian President Ebrahim Raisi, Turkish President Recep Tayyip "
        "Erdogan and Uzbek President Shavkat Mirziyoyev.",
        {("Narendra Modi", "meets", "Ebrahim Raisi"), ("Narendra Modi", "meets", "Recep Tayyip Erdogan"),
         ("Narendra Modi", "meets", "Shavkat Mirziyoyev")}),
    "a participle between commas after a name is the name's act, however the parser reads it": (
        "Lithuanian President Gitanas Nauseda, visiting Kyiv, said Vilnius stood with Moldova. Latvian President "
        "Edgars Rinkevics, visiting Kyiv, said Riga stood with Ukraine.",
        {("Gitanas Nauseda", "visits", "Kyiv"), ("Edgars Rinkevics", "visits", "Kyiv")}),
    "a surname the parser reads as an adjective before a coordinated titled name is a doer too": (
        "South Korean President Yoon Suk Yeol flew to Canberra. Yoon and Australian Prime Minister Anthony Albanese "
        "agreed to expand trade.",
        {("Yoon Suk Yeol", "agrees", "Anthony Albanese")}),
    "an act called inhuman or vulgar is judged a wrong; claims called ludicrous are rejected": (
        "A spokesman for the Malian government described the ECOWAS sanctions as inhuman. Nicaragua called the "
        "U.S. indictment a vulgar show. Cuba said the US claims were ludicrous.",
        {("Mali", "criticizes", "Economic Community of West African States"), ("Nicaragua", "criticizes", "United States"),
         ("Cuba", "opposes", "United States")}),
    "a deal told before is 'the deal' though a participle between commas describes it": (
        "Armenia and Azerbaijan agreed to open the border. The accord, brokered by the United States, was "
        "welcomed by Georgia and Iran.",
        {("Georgia", "praises", "Armenia"), ("Georgia", "praises", "Azerbaijan"), ("Iran", "praises", "Armenia")}),
    "the Dalai Lama is a person": (
        "China opposed the visit of the Dalai Lama to Mongolia.",
        {("China", "opposes", "Dalai Lama")}),
    "who names in a free relative is who judges, though a relative pronoun stands for them": (
        "Sudan closed its airspace. The step was welcomed by the African Union, which praised what it called "
        "Kenya's wise mediation. Chile expelled a diplomat. Peru, which condemned what it termed Bolivia's "
        "meddling, recalled its envoy.",
        {("African Union", "praises", "Kenya"), ("Peru", "criticizes", "Bolivia")},
        {("Sudan", "praises", None), ("Chile", "criticizes", None)}),
    "praise of 'the decision' or 'the vote' is of who decided, not of who only wants to act": (
        "Romania's senate approved Moldova's request to join the Schengen area. Austria praised the decision. "
        "Estonia's parliament ratified the treaty with Latvia. Finland hailed the vote.",
        {("Austria", "praises", "Romania"), ("Finland", "praises", "Estonia")},
        {("Austria", None, "Moldova")}),
    "welcoming 'the move' after a hostile act praises who did it, condemning it after a friendly one opposes": (
        "Ecuador expelled the Mexican ambassador. Peru welcomed the move. Ghana suspended its trade with Togo. The "
        "decision was welcomed by Benin. Morocco and Israel restored diplomatic ties. Algeria condemned the move.",
        {("Peru", "praises", "Ecuador"), ("Benin", "praises", "Ghana"), ("Algeria", "opposes", "Morocco")},
        {("Peru", None, "Mexico"), ("Benin", None, "Togo")}),
    "'it' accused of an act is the state its sentence names as an object, not the accuser": (
        "Djibouti recalled its envoy from Eritrea, accusing it of arming rebels. Mongolia sent a letter to "
        "Kazakhstan, thanking it for supplying fuel.",
        {("Djibouti", "criticizes", "Eritrea"), ("Mongolia", "praises", "Kazakhstan")}),
    "likening an act to a wrong judges its doer": (
        "Bolivia likened Chile's port policy to colonialism. Fiji's prime minister compared Tonga's claims with a "
        "hoax. Laos compared the talks to a marathon. Belize likened Honduras's offshore drilling round to piracy.",
        {("Bolivia", "criticizes", "Chile"), ("Fiji", "criticizes", "Tonga"), ("Belize", "criticizes", "Honduras")},
        {("Laos", None, None)}),
    "'the three countries' (and their leaders) are the three the sentence before names, listed or not": (
        "Mali has grown closer to Niger and Burkina Faso. The three countries' leaders met in Niamey.",
        {("Mali", "meets", "Niger"), ("Burkina Faso", "meets", "Mali"), ("Burkina Faso", "meets", "Niger")}),
    "a document named again with the words that set it apart is its authors'": (
        "Azerbaijan released an annual defence report. Armenia denounced the defence report.",
        {("Armenia", "criticizes", "Azerbaijan")}),
    "being against, or in favour of, someone's act is a stance on its doer": (
        "The Netherlands is against Romania joining the Schengen area. Portugal is in favour of Moldova joining "
        "the EU.",
        {("Netherlands", "opposes", "Romania"), ("Portugal", "supports", "Moldova")},
        {(None, "memberOf", None), ("European Union", None, None)}),
    "one greeted by pronoun in a passive is met": (
        "Slovak Prime Minister Robert Fico travelled to Budapest, where he was greeted by Hungarian Prime "
        "Minister Viktor Orban.",
        {("Viktor Orban", "meets", "Robert Fico")}),
    "firms put on an export control list are sanctioned": (
        "The Netherlands added six Iranian firms to its export control list.",
        {("Netherlands", "sanctions", "Iran")}),
    "an act that talks or a referendum are about is not done": (
        "Georgia began talks on joining the EU. Bosnia will hold a referendum on joining NATO. Albania signed a "
        "pact with Kosovo.",
        {("Albania", "agrees", "Kosovo")}, {(None, "memberOf", None)}),
    "a state's representative acts for it": (
        "Peru urged Ecuador to reopen the border. Ecuador's representative rejected the call.",
        {("Ecuador", "opposes", "Peru")}),
    "'its' in a resolve to act is the resolve's owner's": (
        "China sent ships into the area. Malaysian Prime Minister Anwar Ibrahim said the incident had "
        "strengthened his country's resolve to defend its rights.",
        set(), {("Malaysia", "supports", "China")}),
    "a permission refused or denied opposes whom it would have let in, not the permission": (
        "Malta refused permission for a Libyan tanker to dock. Cyprus denied visas to Turkish officials. Greece "
        "denied an Iranian ship permission to refuel. Chile refused permission to hold the rally.",
        {("Malta", "opposes", "Libya"), ("Cyprus", "opposes", "Turkey"), ("Greece", "opposes", "Iran")},
        {("Chile", None, None)}),
    "echoing or sharing another's position supports them": (
        "Oman echoed Kuwait's position on the dispute. Jordan shared Egypt's concerns about the pipeline.",
        {("Oman", "supports", "Kuwait"), ("Jordan", "supports", "Egypt")}),
    "calling someone a murderous one, or a claim untenable or a distortion, judges them": (
        "Paraguayan President Santiago Pena called Bolivian President Luis Arce a murderous tyrant. Uruguay "
        "described Brazil's position as untenable. Peru rejected Ecuador's claim, calling it a distortion.",
        {("Santiago Pena", "criticizes", "Luis Arce"), ("Uruguay", "opposes", "Brazil"),
         ("Peru", "criticizes", "Ecuador")}),
    "dismissing someone as a wrongdoer criticizes them": (
        "Georgian Prime Minister Irakli Kobakhidze dismissed Armenian President Vahagn Khachaturyan as a liar.",
        {("Irakli Kobakhidze", "criticizes", "Vahagn Khachaturyan")}),
    "'the move' after an act with no one it was done to answers its doer": (
        "Nepal banned foreign fishing boats for a year. India regretted the move. Bhutan began releasing water "
        "from the dam. Sri Lanka welcomed the move. Laos said it would review the treaty. Thailand criticised the "
        "move.",
        {("India", "criticizes", "Nepal"), ("Sri Lanka", "praises", "Bhutan")}, {("Thailand", None, None)}),
    "praising a visit told before praises the visitor": (
        "Senegalese President Bassirou Diomaye Faye arrived in Banjul for a state visit. Mali lauded the visit.",
        {("Mali", "praises", "Senegal")}),
    "one speaking for 'the bloc' speaks for the body named before": (
        "The African Union stood by Sudan. A spokesperson for the bloc said Chad's measures were disproportionate.",
        {("African Union", "criticizes", "Chad")}),
    "a particle read as a preposition is still the phrasal verb's, and its object what it acts on": (
        "Peru criticised Chile's border wall. Chile's foreign ministry brushed off the criticism.",
        {("Chile", "opposes", "Peru")}),
    "an act named again with a word that only describes it is the one told before": (
        "Ghana lashed out at Togo's new export tax. Accra opposed the unilateral tax. Benin objected to Niger's "
        "ban. Nigeria opposed the new ban.",
        {("Ghana", "opposes", "Togo")}, {("Nigeria", None, "Niger")}),
    "a protest lodged with a state is a complaint to it, not a demonstration": (
        "Cambodia's foreign ministry lodged a protest with Bangkok over the incident. Laos filed a protest over "
        "the raid by Vietnam.",
        {("Cambodia", "criticizes", "Thailand")}, {(None, "protests", None)}),
    "'its' in a participle after a saying is the sayer's, however the sayer is named": (
        "Niger has closed the crossings, the government in Cotonou said, accusing its neighbour of strangling trade.",
        {("Benin", "criticizes", "Niger")}),
    "a named policy the stance cannot be on is its owner's act": (
        "Australia took aim at Russia's foreign interference.",
        {("Australia", "criticizes", "Russia")}),
    "thwarting or torpedoing someone's bid or attempt opposes them": (
        "Greece thwarted Turkey's attempt to join the programme. Austria torpedoed Romania's bid to join Schengen.",
        {("Greece", "opposes", "Turkey"), ("Austria", "opposes", "Romania")}),
    "a threat's to-infinitive after a time phrase is still what is threatened, not done": (
        "Iraq threatened on Tuesday to expel U.N. weapons inspectors. Chile vowed on Friday to recall its "
        "ambassador from Argentina.",
        {("Iraq", "threatens", "United Nations"), ("Chile", "threatens", "Argentina")},
        {(None, "sanctions", None)}),
    "the names states had in older news are theirs": (
        "Swaziland criticised South Africa. Macedonia accused Greece of a blockade. Kampuchea denounced Vietnam. "
        "East Timor thanked Australia.",
        {("Eswatini", "criticizes", "South Africa"), ("North Macedonia", "criticizes", "Greece"),
         ("Cambodia", "criticizes", "Vietnam"), ("Timor-Leste", "praises", "Australia")}),
    "an accusation after a saying set in the middle is the sayer's": (
        "Togo has closed the crossings, the government in Porto-Novo said, accusing its neighbour of strangling trade.",
        {("Benin", "criticizes", "Togo")}, {("Benin", None, "Benin")}),
    "a verdict on 'the vote' after a vote that named no one is on the voter": (
        "Albania recalled its envoy after Kosovo voted for the resolution. Albanian Prime Minister Edi Rama "
        "described the vote as a stab in the back.",
        {("Edi Rama", "criticizes", "Kosovo")}),
    "a suspension of trade, visas or flights named by its noun is a sanction": (
        "Kuwait ordered the suspension of all visas for Syrians. Moldova announced the suspension of flights "
        "to Belarus.",
        {("Kuwait", "sanctions", "Syria"), ("Moldova", "sanctions", "Belarus")}),
    "being angry at, unhappy with or upset over another's act criticizes them": (
        "Bolivia was angry at Paraguay's decision. Kenya said it was upset with Tanzania over the remarks. "
        "Farmers are angry about low prices.",
        {("Bolivia", "criticizes", "Paraguay"), ("Kenya", "criticizes", "Tanzania")}),
    "armed groups of older news are actors": (
        "Shining Path guerrillas attacked a Peruvian army patrol. The Khmer Rouge accused Thailand of arming "
        "the government.",
        {("Shining Path", "attacks", "Peru"), ("Khmer Rouge", "criticizes", "Thailand")}),
    "saying no to something opposes it; a stance against an act done to someone is none against them": (
        "Denmark and Finland said no to the European Commission's asylum plan. Jordan stands firmly against any "
        "expulsion of Syrians.",
        {("Denmark", "opposes", "European Commission"), ("Finland", "opposes", "European Commission")},
        {("Jordan", None, "Syria")}),
    "an act one objects to, is against or says no to is not done": (
        "Austria objected to sending troops to Moldova. Ireland is against sending warships to Taiwan. Malta "
        "said no to shipping arms to Libya.",
        set(),
        {(None, "mobilizes", None), (None, "aids", None)}),
    "a visit paid to a host in a place visits the place, and a meeting 'their' names is the teller's and told's": (
        "Spanish Prime Minister Pedro Sanchez paid a visit to Moroccan King Mohammed VI in Rabat. Turkish Foreign "
        "Minister Hakan Fidan told Greek Foreign Minister Giorgos Gerapetritis during their meeting in Athens that "
        "the dispute could be settled.",
        {("Pedro Sanchez", "visits", "Rabat"), ("Giorgos Gerapetritis", "meets", "Hakan Fidan")}),
    "a feeling voiced with a body is about it; a complaint lodged with a body goes to it": (
        "Pretoria voiced strong displeasure with the African Union over the vote. Mexico expressed anger with "
        "NATO. Uruguay lodged a complaint with the United Nations against Paraguay.",
        {("South Africa", "criticizes", "African Union"), ("Mexico", "criticizes", "North Atlantic Treaty Organization"),
         ("Uruguay", "criticizes", "Paraguay")},
        {("Uruguay", None, "United Nations")}),
    "a bare plural put after the verdict of 'dismissed as' is what is dismissed": (
        "Hanoi dismissed as baseless reports by Phnom Penh that Vietnamese troops had crossed the border.",
        {("Vietnam", "opposes", "Cambodia")}),
    "one who does what a verb's later phrase tells is its subject, not a noun set after it": (
        "Lisbon has sought to mend ties with Luanda after backing Namibia's bid for the seat, a move that upset "
        "Angola.",
        {("Portugal", "supports", "Namibia")}, {("Angola", "supports", None), (None, "supports", "Angola")}),
    "a memorandum of understanding, described by a clause set off by commas, is the pact told before": (
        "Kenya signed a fishing pact with Somaliland in May. Somalia denounced the memorandum of understanding, "
        "which would let Kenyan boats fish off Berbera, as an attack on its unity.",
        {("Somalia", "criticizes", "Kenya"), ("Somalia", "criticizes", "Somaliland")}),
    "mocking or pointing the finger at another criticizes them; a death's 'of' is its victim": (
        "Laos mocked Thailand's claims. Nepal pointed the finger at India for the blockade. Tonga condemned the "
        "death of a Samoan sailor.",
        {("Laos", "criticizes", "Thailand"), ("Nepal", "criticizes", "India")},
        {("Tonga", None, None)}),
    "huddling or engaging with a leader meets them; troops engaging with others attack them": (
        "Mexican President Claudia Sheinbaum huddled with Canadian Prime Minister Justin Trudeau in Lima. Chilean "
        "President Gabriel Boric engaged with Uruguayan President Luis Lacalle Pou at the summit. Sudanese troops "
        "engaged with Chadian soldiers near the border.",
        {("Claudia Sheinbaum", "meets", "Justin Trudeau"), ("Gabriel Boric", "meets", "Luis Lacalle Pou"),
         ("Sudan", "attacks", "Chad")}),
    "a relative clause of a shared act hung on the last of coordinated names is all of theirs": (
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev, who met in Khiva, signed "
        "a water accord.",
        {("Kassym-Jomart Tokayev", "meets", "Shavkat Mirziyoyev")}),
    "valuing another's part or giving it high marks praises it; a price valued is no praise": (
        "Kenyan President William Ruto said he valued Ethiopia's contribution to the talks. Chilean President "
        "Gabriel Boric gave high marks to the work of Peru's negotiators. The stake was valued at $3 million.",
        {("William Ruto", "praises", "Ethiopia"), ("Gabriel Boric", "praises", "Peru")}),
    "a joint programme is cooperation, the adjective describing the noun that the nouns before it qualify": (
        "Chile and Peru launched a joint fisheries programme.",
        {("Chile", "cooperatesWith", "Peru")}),
    "a hyphenated pair before a shared act are its parties; joining hands with another cooperates with them": (
        "Peru-Chile cooperation has grown. Ghana joined hands with Togo to fight piracy.",
        {("Chile", "cooperatesWith", "Peru"), ("Ghana", "cooperatesWith", "Togo")}),
    "backing or endorsing another's call or demand supports its maker, and no call for talks is a phone call": (
        "Uruguay backed Paraguay's call for the release of the fishermen. Ecuador endorsed Colombia's call for "
        "talks.",
        {("Uruguay", "supports", "Paraguay"), ("Ecuador", "supports", "Colombia")},
        {(None, "meets", None)}),
    "welcoming or hosting 'him' or 'her', a person named before, meets them and praises no one": (
        "Brazilian President Luiz Inacio Lula da Silva arrived in Santiago. Chilean President Gabriel Boric "
        "welcomed him at La Moneda. Colombian Foreign Minister Luis Gilberto Murillo visited Quito. Ecuadorian "
        "Foreign Minister Gabriela Sommerfeld hosted him.",
        {("Gabriel Boric", "meets", "Luiz Inacio Lula da Silva"),
         ("Gabriela Sommerfeld", "meets", "Luis Gilberto Murillo")},
        {(None, "praises", None)}),
    "a 'by' phrase hung on what an act was done to names the act's doer": (
        "Kenya strongly condemns the attack on its embassy by Somali forces.",
        {("Kenya", "opposes", "Somalia"), ("Somalia", "attacks", "Kenya")}),
    "a topic's setting is no meeting's place": (
        "Macron exchanged views with Lula on the fighting in Khartoum.",
        {("Emmanuel Macron", "meets", "Luiz Inacio Lula da Silva")}, {(None, "visits", None)}),
    "raising objections to something or a protest over it voices them; raising a case with someone meets them": (
        "Greece raised objections to Turkey's plan. Ghana raised a protest with Togo over the border closure. "
        "Australia raised the detention of its citizen with Chinese Premier Li Qiang.",
        {("Greece", "opposes", "Turkey"), ("Ghana", "criticizes", "Togo"), ("Australia", "meets", "Li Qiang")},
        {("Ghana", "meets", None)}),
    "a call or talks an appeal is made in meet the other side, who is the one urged": (
        "Chilean President Gabriel Boric urged restraint in a phone call with Peruvian President Dina Boluarte. "
        "Kenyan President William Ruto, in a telephone conversation with Ethiopian Prime Minister Abiy Ahmed, "
        "called for calm.",
        {("Gabriel Boric", "meets", "Dina Boluarte"), ("Gabriel Boric", "urges", "Dina Boluarte"),
         ("William Ruto", "meets", "Abiy Ahmed"), ("William Ruto", "urges", "Abiy Ahmed")}),
    "a demonym that begins a longer name in a list is no title to strip: every listed country is named": (
        "Venezuela ordered diplomats from Argentina, Chile, Peru, the Dominican Republic and Uruguay to leave.",
        {("Venezuela", "sanctions", "Dominican Republic"), ("Venezuela", "sanctions", "Uruguay")}),
    "a meeting of two sides' ministers is a meeting between the two": (
        "A meeting of the foreign ministers of Laos and Vietnam took place in Vientiane. The accord was reached at "
        "a meeting of Bolivian and Paraguayan defence ministers in Asuncion. A meeting of ASEAN ministers opened.",
        {("Laos", "meets", "Vietnam"), ("Bolivia", "meets", "Paraguay")}),
    "states clashing over a matter quarrel; troops clashing over a weekend or along a border fight": (
        "Hungary and Poland clashed over the EU budget. Kyrgyz and Tajik troops clashed over the weekend. "
        "Chad and Sudan clashed along their border.",
        {("Kyrgyzstan", "attacks", "Tajikistan"), ("Chad", "attacks", "Sudan")},
        {("Hungary", "attacks", None), ("Poland", "attacks", None)}),
    "'his government' or 'her country' of one named only by office is that office's state": (
        "Peru's president said his government disagrees with Bolivia's decision. Ghana's foreign minister said "
        "her country rejects the plan by Togo.",
        {("Peru", "criticizes", "Bolivia"), ("Ghana", "opposes", "Togo")}),
    "'he' who names what he condemns is the one condemning, not the person named last": (
        "Austrian President Alexander Van der Bellen voiced support for Chisinau. The European Union's foreign "
        "policy chief condemned what he called Belarus's hybrid attacks on Lithuania.",
        {("European Union", "criticizes", "Belarus")}, {("Alexander Van der Bellen", "criticizes", None)}),
    "a royal named again by title and given name is the royal named in full before": (
        "Saudi Crown Prince Mohammed bin Salman met Iran's foreign minister. Prince Mohammed later criticized "
        "Sweden. King Charles III met Charles Michel. King Charles later praised Kenya.",
        {("Mohammed bin Salman", "criticizes", "Sweden")},
        {("Prince Mohammed", None, None), ("Charles Michel", "praises", None)}),
    "leaning on someone to act presses them, and the act is only asked of them": (
        "Washington leaned on Israel to allow more aid into Gaza. Vilnius leaned on Minsk. Canberra leaned on "
        "Tokyo to cut chip exports to China.",
        {("United States", "urges", "Israel"), ("Lithuania", "urges", "Belarus"), ("Australia", "urges", "Japan")},
        {(None, "sanctions", None)}),
    "a stance voiced in the purpose of a call or meeting is on the one called or met": (
        "Cuban President Miguel Diaz-Canel called Nicaraguan President Daniel Ortega to express his solidarity. "
        "Spanish Prime Minister Pedro Sanchez met Moroccan Prime Minister Aziz Akhannouch to express gratitude. "
        "Lula met Biden to discuss support for Haiti.",
        {("Miguel Diaz-Canel", "supports", "Daniel Ortega"), ("Pedro Sanchez", "praises", "Aziz Akhannouch")},
        {(None, "supports", "Joe Biden")}),
    "a stance noun voiced on an act told before is on whoever did it, as its verb is": (
        "Mongolia and Kazakhstan signed a transit deal on Friday. Kyrgyzstan voiced opposition to the deal. "
        "Azerbaijan recalled its envoy from Paris. Greece voiced strong criticism of the move.",
        {("Kyrgyzstan", "opposes", "Mongolia"), ("Kyrgyzstan", "opposes", "Kazakhstan"),
         ("Greece", "criticizes", "Azerbaijan")}),
    "wishes extended to a new office holder congratulate them; a wish to act does not": (
        "Indian Prime Minister Narendra Modi extended his warm wishes to Nepal's new prime minister, K.P. Sharma "
        "Oli. Chile's wish to join the pact was rejected.",
        {("Narendra Modi", "congratulates", "K.P. Sharma Oli")}, {("Chile", None, None)}),
    "talks between 'the two' are between the pair named before": (
        "Saudi Arabia and Iran restored diplomatic relations in 2023. Oman has since hosted several rounds of talks "
        "between the two.",
        {("Iran", "meets", "Saudi Arabia")}),
    "a verdict on an act whose noun the parser reads as a verb": (
        "Japan called China's drills a provocation. Seoul called Pyongyang's missile launch a violation of "
        "international law. Athens called Ankara's plans a threat to peace.",
        {("Japan", "criticizes", "China"), ("South Korea", "criticizes", "North Korea"),
         ("Greece", "criticizes", "Turkey")}),
    "a stance tied to a condition is not on the condition": (
        "Erdogan tied his approval to Washington's sale of fighter jets. Budapest linked its support to the "
        "release of EU funds.",
        set(), {(None, "supports", "United States"), (None, "supports", "European Union")}),
    "an application, aspiration or readiness to act is no act": (
        "Turkey's parliament approved Sweden's application to join NATO. Georgia reaffirmed its aspiration to "
        "join the EU. Iran signalled its readiness to resume talks with Egypt.",
        {("Turkey", "supports", "Sweden")}, {(None, "memberOf", None), ("Iran", "meets", "Egypt")}),
    "diplomats thrown out are expelled; a case thrown out is not": (
        "Ottawa threw out an Indian diplomat. New Delhi threw out two Canadian diplomats. The court threw out "
        "the case against Nigeria.",
        {("Canada", "sanctions", "India"), ("India", "sanctions", "Canada")}, {(None, "sanctions", "Nigeria")}),
    "taking someone to task or to court is blame, not a seizure": (
        "The Philippines took Beijing to task over the water cannon attack. Guyana took Venezuela to court "
        "over the border. Britain took Iran to task for the detentions.",
        {("Philippines", "criticizes", "China"), ("Guyana", "criticizes", "Venezuela"),
         ("United Kingdom", "criticizes", "Iran")}, {(None, "coerces", None)}),
    "pouring cold water on a proposal rejects it": (
        "The Netherlands poured cold water on Turkey's proposal.", {("Netherlands", "opposes", "Turkey")}),
    "people in a state's parliament act for the state": (
        "Lawmakers in the Russian parliament criticised Japan. Officials in the Kenyan foreign ministry "
        "condemned Somalia's decision.",
        {("Russia", "criticizes", "Japan"), ("Kenya", "opposes", "Somalia")}),
    "talks in what is called for are only called for": (
        "China and Brazil called for the resumption of peace talks.", set(), {(None, "meets", None)}),
    "a state's department of foreign affairs acts for it": (
        "The Philippine Department of Foreign Affairs protested the actions of China's coast guard. The "
        "South African Department of Foreign Affairs criticised Israel.",
        {("Philippines", "protests", "China"), ("South Africa", "criticizes", "Israel")}),
    "names of a troublemaker or a disruptor blame": (
        "Manila called Beijing a troublemaker. Philippine Defence Secretary Gilberto Teodoro said China was the "
        "biggest disruptor of peace in the region.",
        {("Philippines", "criticizes", "China"), ("Gilberto Teodoro", "criticizes", "China")}),
    "a name that ends a title's phrase is the one who acts": (
        "General Secretary of the Communist Party of Vietnam Nguyen Phu Trong received Russian Prime Minister "
        "Mikhail Mishustin in Hanoi on Tuesday.",
        {("Nguyen Phu Trong", "meets", "Mikhail Mishustin")}),
    "a lone surname of the one office holder known by it is that person, not a place": (
        "Scholz urged Putin to withdraw his troops. Macron met Scholz in Berlin on Monday.",
        {("Olaf Scholz", "urges", "Vladimir Putin"), ("Emmanuel Macron", "meets", "Olaf Scholz")}),
    "what one does to someone during a meeting is done at a meeting with them, not at a body's meeting": (
        "Zelensky thanked Biden for the aid during a meeting at the White House. At a meeting in Rome, Meloni "
        "assured Zelensky of Italy's support. At a meeting of NATO ministers, Blinken criticised Hungary.",
        {("Volodymyr Zelensky", "meets", "Joe Biden"), ("Giorgia Meloni", "meets", "Volodymyr Zelensky")},
        {("Antony Blinken", "meets", None)}),
    "two people who sign a pact in a foreign city meet there, so the guest visits it": (
        "Indonesian Defence Minister Prabowo Subianto and his Australian counterpart Richard Marles inked the "
        "deal in Canberra.",
        {("Prabowo Subianto", "visits", "Canberra")}, {("Richard Marles", "visits", None)}),
    "'the offensive' condemned is the one launched before, whatever it was launched on": (
        "Azerbaijan launched an offensive in Karabakh. Armenia denounced the offensive. Russia held a referendum "
        "in the occupied regions. Ukraine condemned the referendum. Chile opposed the test. Peru condemned the test.",
        {("Armenia", "criticizes", "Azerbaijan"), ("Ukraine", "opposes", "Russia")}, {("Peru", None, "Chile")}),
    "valuing another's position or stance praises them": (
        "Lavrov said Moscow highly values Beijing's balanced position on the Ukraine crisis. India values "
        "Russia's stance on Kashmir. Brazil values its relations with China.",
        {("Russia", "praises", "China"), ("India", "praises", "Russia")}, {("Brazil", "praises", None)}),
    "a surname the parser reads as what someone is called, before a to-infinitive, is the one called": (
        "Erdogan called Pezeshkian to congratulate him on his election victory. Hundreds of English settlers "
        "arrived.",
        {("Recep Tayyip Erdogan", "congratulates", "Masoud Pezeshkian")}, {("Bill English", None, None)}),
    "'his' visit or stay in a passive clause is the one the clause is about, not the doer's": (
        "During his visit to Moscow, Xi was received by Putin. During his three-day stay in Hanoi, Lula signed "
        "several agreements. Sierra Leone's president stayed in Freetown.",
        {("Xi Jinping", "visits", "Moscow"), ("Luiz Inacio Lula da Silva", "visits", "Hanoi")},
        {("Vladimir Putin", "visits", None), (None, "visits", "Freetown")}),
    "curbing or limiting trade with a state restricts it": (
        "The Netherlands curbed exports of chip machines to China. India limited rice exports to Bangladesh. "
        "The treaty limits the number of troops.",
        {("Netherlands", "sanctions", "China"), ("India", "sanctions", "Bangladesh")}),
    "states raising a concern together meet no one; raising it with a state meets that state": (
        "India and the United States raised concerns about Chinese ships. Kenya raised the matter with Uganda.",
        {("Kenya", "meets", "Uganda")}, {("India", "meets", None), ("United States", "meets", None)}),
    "someone and 'his Chinese counterpart' are two sides, the counterpart China's": (
        "Antony Blinken and his Chinese counterpart met in Bali. Lavrov and his Turkish counterpart agreed to keep "
        "talking.",
        {("Antony Blinken", "meets", "China"), ("Sergei Lavrov", "agrees", "Turkey")}),
    "a complaint named by a noun answers the act it follows": (
        "Seoul lodged a formal protest after Japanese lawmakers visited the Yasukuni shrine. Manila voiced strong "
        "criticism after Chinese ships blocked a resupply mission. Nigerian labour unions began a nationwide strike "
        "over the removal of fuel subsidies.",
        {("South Korea", "criticizes", "Japan"), ("Philippines", "criticizes", "China"),
         ("Nigeria", "protests", "Nigeria")}),
    "an office holder named alone by the name they go by, or a family name said first, is that person": (
        "Yoon met Kishida in Tokyo. Prabowo met Albanese in Canberra. Abiy met Ruto in Nairobi.",
        {("Yoon Suk Yeol", "meets", "Fumio Kishida"), ("Prabowo Subianto", "meets", "Anthony Albanese"),
         ("Abiy Ahmed", "meets", "William Ruto")}),
    "a name after 'pro-' or 'anti-', or before '-majority' or '-speaking', is no actor": (
        "Georgia and pro-Russian rebels signed a truce in Sochi. Estonia shelled Russian-speaking villages, Moscow "
        "claimed. Anti-Turkish protesters marched in Yerevan.",
        set(), {("Russia", "agrees", None), ("Georgia", "agrees", "Russia"), ("Estonia", "attacks", "Russia"),
                ("Turkey", None, None), (None, None, "Turkey")}),
    "a body's name the model took for a place is a body's: it signs and is signed with": (
        "The Mozambican government and the Niassa People's Liberation Movement signed a peace accord in Maputo.",
        {("Mozambique", "agrees", "Niassa People's Liberation Movement"),
         ("Niassa People's Liberation Movement", "agrees", "Mozambique")}),
    "a people's name after another country's is that country's people: 'Bosnian Serb', 'Kosovo Serb'": (
        "Bosnian Serb units shelled Gorazde. NATO jets bombed Serb artillery near Gorazde.",
        {("North Atlantic Treaty Organization", "attacks", "Serbia")}, {("Serbia", "attacks", None)}),
    "regret voiced over another's decision or move criticizes it, not over a death": (
        "Hanoi voiced regret over Manila's decision to expel the fishermen. The minister expressed deep regret over "
        "the death of a Ghanaian soldier.",
        {("Vietnam", "criticizes", "Philippines")}, {(None, "criticizes", "Ghana")}),
    "offering to do something with another is intent towards it; promising to act in a fight is not a fight yet": (
        "Japan offered to share intelligence with Vietnam. Mali promised to cooperate with Niger in fighting Boko "
        "Haram.",
        {("Japan", "agrees", "Vietnam")}, {("Mali", "attacks", None)}),
    "an attack, strike or raid a country's name qualifies is that country's act, also on those killed in it": (
        "A Turkish drone strike killed three PKK commanders in Sinjar. Two Malian soldiers died in a JNIM ambush "
        "near Mopti. An Azerbaijani artillery attack wounded four Armenian border guards.",
        {("Turkey", "attacks", "Kurdistan Workers' Party"), ("Jama'at Nusrat al-Islam wal-Muslimin", "attacks", "Mali"),
         ("Azerbaijan", "attacks", "Armenia")}),
    "the leader of an 'X-led' coalition is its actor": (
        "The French-led coalition struck jihadist camps in northern Mali. The Nigerian-led coalition shelled rebel "
        "positions near Freetown.",
        {("France", "attacks", "Mali"), ("Nigeria", "attacks", "Sierra Leone")}),
    "barring entry to a state's people coerces that state, as barring them from entering does": (
        "Estonia barred entry to six Belarusian judges. Georgia barred two Russian reporters from entering.",
        {("Estonia", "coerces", "Belarus"), ("Georgia", "coerces", "Russia")}),
    "a town the text calls a town is its country's; retaking a town from a group acts on the group": (
        "Armenian forces captured the city of Shusha. Iraqi forces retook the town of Tikrit from Islamic State. "
        "ADF rebels overran a Ugandan army base.",
        {("Armenia", "coerces", "Azerbaijan"), ("Iraq", "coerces", "Islamic State"),
         ("Allied Democratic Forces", "attacks", "Uganda")}),
    "exchanging or swapping prisoners is a release by each side to the other (not fire)": (
        "Ethiopia and Eritrea exchanged prisoners at the Zalambessa crossing. Sudan carried out a prisoner swap with "
        "South Sudan. India and Pakistan exchanged fire across the Line of Control.",
        {("Ethiopia", "concedes", "Eritrea"), ("Eritrea", "concedes", "Ethiopia"), ("Sudan", "concedes", "South Sudan")},
        {("India", "concedes", None), ("Pakistan", "concedes", None)}),
    "a lone surname the model tagged as a body is the one office holder of that name": (
        "Lavrov met Wang Yi in Beijing on Tuesday.",
        {("Sergei Lavrov", "meets", "Wang Yi"), ("Sergei Lavrov", "visits", "Beijing")}, {("Lavrov", None, None)}),
    "freezing aid to a state sanctions it; aid a veto blocks is never given": (
        "Sweden froze all financial assistance to Uganda. Poland vetoed the European Union's loan package for Serbia.",
        {("Sweden", "sanctions", "Uganda"), ("Poland", "opposes", "European Union")},
        {("European Union", "aids", None)}),
    "a passive act only a state does, with no doer named, is the state's it was done in or from": (
        "Six Egyptian fishermen were detained in Libya. Two Turkish reporters were expelled from Azerbaijan. "
        "A Sudanese activist was arrested in Cairo.",
        {("Libya", "coerces", "Egypt"), ("Azerbaijan", "sanctions", "Turkey"), ("Egypt", "coerces", "Sudan")}),
    "offering a deal or membership is intent to cooperate; an amnesty or a pardon releases": (
        "Australia offered Fiji a security pact. Uzbekistan granted an amnesty to 40 Tajik prisoners.",
        {("Australia", "agrees", "Fiji"), ("Uzbekistan", "concedes", "Tajikistan")}),
    "an agreement 'reached between' two is theirs, and praise of it is praise of both": (
        "Oman hailed the truce concluded between Yemen and Saudi Arabia.",
        {("Yemen", "agrees", "Saudi Arabia"), ("Oman", "praises", "Yemen"), ("Oman", "praises", "Saudi Arabia")}),
    "a stance taken in a clause on 'a move' set after an act is taken on the act's doer": (
        "Burundi closed its embassy in Kigali, a decision that Tanzania regretted. Nepal banned Indian films, a step "
        "India has condemned.",
        {("Tanzania", "criticizes", "Burundi"), ("India", "opposes", "Nepal")}),
    "what reports said is not done when the reports are called false": (
        "Claims that Uganda had deployed troops to South Sudan were untrue, the army said. Reports that Peru "
        "expelled the Bolivian ambassador were confirmed.",
        {("Peru", "sanctions", "Bolivia")}, {("Uganda", None, None)}),
    "clashes that broke out between two, fighting between them and an incursion are force": (
        "Clashes broke out between Kyrgyz and Tajik border guards on Thursday. Heavy fighting between Ethiopia and "
        "Eritrea resumed in May. A Venezuelan incursion into Guyana was condemned by Brazil.",
        {("Kyrgyzstan", "attacks", "Tajikistan"), ("Tajikistan", "attacks", "Kyrgyzstan"),
         ("Ethiopia", "attacks", "Eritrea"), ("Eritrea", "attacks", "Ethiopia"), ("Venezuela", "attacks", "Guyana")}),
    "a surtax on a state's goods sanctions it; a handshake between two is a meeting": (
        "Mexico imposed a surtax on Chinese footwear. The handshake between the Serbian and Albanian prime ministers "
        "in Tirana drew applause.",
        {("Mexico", "sanctions", "China"), ("Serbia", "meets", "Albania")}),
    "forces another state backs or funds do not act for it; forces it leads do": (
        "Emirati-backed separatists seized the airport in Aden. Ethiopian-led forces attacked al-Shabaab bases.",
        {("Ethiopia", "attacks", "Al-Shabaab")}, {("United Arab Emirates", None, None)}),
    "sending or deploying peacekeepers to a state is peacekeeping aid, not a show of force": (
        "Bangladesh deployed 800 peacekeepers in South Sudan. ECOWAS sent a peacekeeping force to Liberia.",
        {("Bangladesh", "aids", "South Sudan"), ("Economic Community of West African States", "aids", "Liberia")},
        {(None, "mobilizes", None)}),
    "challenging another to do something urges it": (
        "Uganda challenged Kenya to reopen the border crossing at Busia.",
        {("Uganda", "urges", "Kenya")}, {("Uganda", "criticizes", None)}),
    "deepening, strengthening or improving ties with another is cooperation, also when two do it together": (
        "Kenya strengthened relations with Ethiopia. Chile and Argentina deepened their defence ties.",
        {("Kenya", "cooperatesWith", "Ethiopia"), ("Argentina", "cooperatesWith", "Chile")}),
    "the one a host meets as visiting is the visitor, also where the place hangs on that participle": (
        "Lula met visiting Argentine President Alberto Fernandez in Brasilia on Tuesday.",
        {("Luiz Inacio Lula da Silva", "meets", "Alberto Fernandez"), ("Alberto Fernandez", "visits", "Brasilia")},
        {("Luiz Inacio Lula da Silva", "visits", None)}),
    "a protest filed against a state is a complaint to it; one held against it in the street a demonstration": (
        "Greece filed a formal protest against Turkey over the overflights. Kurdish activists held a protest "
        "against Turkey in Athens.",
        {("Greece", "criticizes", "Turkey"), ("Kurdish activists", "protests", "Turkey")},
        {("Greece", "protests", None)}),
    "calling someone a name is no telephone call, also when the parser reads both as complements": (
        'Venezuela\'s Nicolas Maduro called Colombian President Ivan Duque "a puppet" on Sunday. Iran\'s Hassan '
        'Rouhani called US President Donald Trump "a warmonger" at the UN.',
        {("Nicolas Maduro", "criticizes", "Ivan Duque"), ("Hassan Rouhani", "criticizes", "Donald Trump")},
        {(None, "meets", None)}),
    "freeing captives another holds concedes nothing to their captor": (
        "Colombian troops raided a jungle camp, freeing 15 hostages held by FARC guerrillas.",
        set(), {(None, "concedes", None)}),
    "withdrawing observers or inspectors from a state is a sanction, not a retreat": (
        "The African Union withdrew its observers from Burundi.",
        {("African Union", "sanctions", "Burundi")}, {(None, "concedes", None)}),
    "a stance on a peace plan or initiative is a stance on the one whose plan it is": (
        "Serbia rejected Croatia's Balkan peace plan. Armenia welcomed the Iranian Caucasus peace initiative.",
        {("Serbia", "opposes", "Croatia"), ("Armenia", "praises", "Iran")}),
    "'its' in the reason for an act on another state is that state's": (
        "Canada cut aid to Eritrea over its support for al-Shabaab.",
        {("Canada", "sanctions", "Eritrea"), ("Eritrea", "supports", "Al-Shabaab")}, {("Canada", "supports", None)}),
    "an envoy summoned to a state's ministry is summoned by that state": (
        "The Norwegian ambassador was summoned to the Russian foreign ministry on Friday.",
        {("Russia", "criticizes", "Norway")}),
    "welcoming a decision to act on an envoy praises the one deciding and meets no one": (
        "Peru welcomed Ecuador's decision to expel the Colombian ambassador.",
        {("Peru", "praises", "Ecuador")}, {(None, "meets", None)}),
    "a demonym before a two-word agent owns it; shooting at or shooting someone is an attack": (
        "Armenian border guards shot at Azerbaijani positions. Israeli troops shot two Palestinian teenagers. Kyrgyz "
        "border guards detained two Uzbek traders.",
        {("Armenia", "attacks", "Azerbaijan"), ("Israel", "attacks", "Palestine"),
         ("Kyrgyzstan", "coerces", "Uzbekistan")}),
    "taking a state to an international court is a complaint against it, not a taking over": (
        "Ukraine took Russia to the International Court of Justice over the dam.",
        {("Ukraine", "criticizes", "Russia")}, {(None, "coerces", None)}),
    "ordering a state's troops to leave sends them away and mobilizes nothing": (
        "Burkina Faso expelled two French diplomats and ordered French troops to leave.",
        {("Burkina Faso", "sanctions", "France")}, {(None, "mobilizes", None)}),
    "claiming responsibility for an attack is owning it as done": (
        "Boko Haram claimed responsibility for the raid on a Nigerian army base. No group has claimed "
        "responsibility for the bombing of the Chadian embassy.",
        {("Boko Haram", "attacks", "Nigeria")}, {(None, "attacks", "Chad")}),
    "'he' in a clause on the main one is the official its sentence opens with": (
        "The Ghanaian foreign minister flew to Lome, where he met President Gnassingbe.",
        {("Ghana", "meets", "Faure Gnassingbe")}),
    "a visit set off as when something was promised is made, not promised": (
        "On his first trip to Kenya as president, Lula promised closer trade ties. Ruto agreed on a visit to "
        "Brasilia next year.",
        {("Luiz Inacio Lula da Silva", "visits", "Kenya")}, {("William Ruto", "visits", None)}),
    "condemning 'the shelling' told before condemns those who shelled; 'the meeting' stays with both sides": (
        "Myanmar troops shelled a village near the Thai border on Sunday, killing five people. Aid groups said they "
        "were alarmed. Thailand condemned the shelling on Monday. Serbian President Aleksandar Vucic met Kosovo Prime "
        "Minister Albin Kurti in Brussels. Russia criticised the meeting.",
        {("Thailand", "opposes", "Myanmar"), ("Russia", "criticizes", "Serbia"), ("Russia", "criticizes", "Kosovo")}),
    "storming a building in a state's city is an attack on that state": (
        "Taliban fighters stormed a police station in Kunduz.",
        {("Taliban", "attacks", "Afghanistan")}),
    "'both sides' named by no one before are the two states whose ministries report the sentence": (
        "Both sides agreed to release detained fishermen, the Indian and Sri Lankan foreign ministries said.",
        {("India", "agrees", "Sri Lanka"), ("Sri Lanka", "agrees", "India")}),
    "a second act that names a new other side of its own does not fall on the first act's object": (
        "Niger accused Benin of hostility and ended a security pact with local militias. Bahrain cut diplomatic "
        "ties with Qatar and closed its border with the emirate.",
        {("Bahrain", "sanctions", "Qatar"), ("Bahrain", "coerces", "Qatar")}, {("Niger", "sanctions", None)}),
    "money pledged to help rebuild or stabilise a state is aid promised to it, a fight helped is not": (
        "Saudi Arabia pledged $500 million to help rebuild Iraq. Canada promised $20 million to help stabilise "
        "Haiti. Britain sent 300 troops to help fight the Taliban in Afghanistan.",
        {("Saudi Arabia", "agrees", "Iraq"), ("Canada", "agrees", "Haiti")},
        {("United Kingdom", "aids", "Taliban"), ("United Kingdom", "agrees", "Taliban")}),
    "a ship carrying aid carries it, not whoever stops it; 'Trinidad' is its state": (
        "The Israeli navy intercepted a ship carrying aid to Gaza. Jamaica and Trinidad signed a trade pact.",
        {("Jamaica", "agrees", "Trinidad and Tobago")}, {("Israel", "aids", None)}),
    "expropriation takes from the owner's state; an envoy called to a state's office is called by it": (
        "Bolivia expropriated a Spanish-owned power company. Moscow's ambassador to Washington was summoned to "
        "the State Department.",
        {("Bolivia", "coerces", "Spain"), ("United States", "criticizes", "Russia")}),
    "a protest a state draws is its complaint; accusations denied were still made": (
        "Pakistan tested a missile, drawing a protest from India. Tanzania denied Burundi's accusations that it "
        "was harbouring rebels.",
        {("India", "criticizes", "Pakistan"), ("Burundi", "criticizes", "Tanzania")}),
    "reopening an embassy in a state restores ties with it; embassies to reopen name no one by themselves": (
        "Iceland reopened its embassy in Moscow. Ethiopia and Eritrea agreed to reopen embassies.",
        {("Iceland", "cooperatesWith", "Russia")}, {("Ethiopia", "cooperatesWith", "Eritrea")}),
    "an attack claimed by naming it is the claimer's, on the state where it killed its victims": (
        "Al-Shabaab claimed a car bombing that killed 12 people in Mogadishu. Russia claimed the support of China "
        "for its position.",
        {("Al-Shabaab", "attacks", "Somalia")}, {("China", "supports", None), ("Russia", "supports", None)}),
    "a meeting that never took place was not held; help sent 'there' goes to the place told before": (
        "The meeting between Modi and Sharif never took place. Fighting broke out in Sudan, and Egypt sent troops "
        "to help fight the rebels there.",
        {("Egypt", "aids", "Sudan")}, {("Narendra Modi", "meets", None), (None, "meets", "Narendra Modi")}),
    "a passive's subject holds the target; an act blamed on one is not the blamer's; a note handed over": (
        "Military aid to Egypt was suspended by the United States. The attack on the Saudi oil facilities was "
        "blamed on Iran by Washington. Ghana's foreign ministry handed the Nigerian envoy a protest note.",
        {("United States", "sanctions", "Egypt"), ("United States", "criticizes", "Iran"),
         ("Ghana", "criticizes", "Nigeria")}, {("United States", "attacks", None)}),
    "a name called 'the devil', quoted or not, is abused, not telephoned": (
        'Hugo Chavez called George W. Bush the devil in a UN speech. Kim Jong Un called Moon Jae-in "a snake".',
        {("Hugo Chavez", "criticizes", "George W. Bush")}, {("Hugo Chavez", "meets", None)}),
    "lifting an objection or a threat concedes to whom it was aimed at": (
        "Turkey lifted its objection to Finland's membership of NATO. Russia lifted its threat to cut gas supplies "
        "to Moldova.",
        {("Turkey", "concedes", "Finland"), ("Russia", "concedes", "Moldova")}, {("Turkey", "opposes", None)}),
    "a case brought against a state accuses it; a body's panel acts for the body": (
        "South Africa brought a case against Israel at the World Court. A UN panel accused Rwanda of arming the "
        "M23 rebels.",
        {("South Africa", "criticizes", "Israel"), ("United Nations", "criticizes", "Rwanda")}),
    "forces that disengage draw back from each other, or from the land they leave": (
        "Armenian and Azerbaijani forces disengaged along the border. Israeli forces disengaged from Gaza in 2005.",
        {("Armenia", "concedes", "Azerbaijan"), ("Azerbaijan", "concedes", "Armenia"),
         ("Israel", "concedes", "Palestine")}),
    "cutting or scaling back cooperation or aid sanctions; cutting a deal strikes one": (
        "Ukraine cut military cooperation with Russia. Japan reduced its aid to Myanmar. Canada scaled back its "
        "cooperation with Saudi Arabia. Turkey cut a deal with the European Union.",
        {("Ukraine", "sanctions", "Russia"), ("Japan", "sanctions", "Myanmar"), ("Canada", "sanctions", "Saudi Arabia"),
         ("Turkey", "agrees", "European Union")},
        {("Ukraine", "cooperatesWith", None), ("Japan", "aids", None), ("Canada", "cooperatesWith", None),
         ("Turkey", "sanctions", None)}),
    "troops entering a state to force its leader out force him; hardliners act for their state": (
        "Senegalese troops entered Gambia to force President Yahya Jammeh to step down. Iranian hardliners stormed "
        "the British embassy in Tehran.",
        {("Senegal", "coerces", "Yahya Jammeh"), ("Iran", "attacks", "United Kingdom")}, {("Gambia", "coerces", None)}),
    "inspectors ordered to leave are expelled, a body's as a state's": (
        "Iraq ordered U.N. weapons inspectors to leave the country. Eritrea ordered American inspectors to leave.",
        {("Iraq", "sanctions", "United Nations"), ("Eritrea", "sanctions", "United States")}),
    "concern voiced over another's act criticizes it; one whose treatment is regretted is not faulted": (
        "Australia voiced concern over China's military buildup. The EU expressed alarm at Hungary's media law. "
        "Mexico voiced concern over Castillo's treatment. Germany condemned Navalny's arrest.",
        {("Australia", "criticizes", "China"), ("European Union", "criticizes", "Hungary")},
        {("Mexico", "criticizes", None), ("Germany", "opposes", None)}),
    "a withdrawal from a state draws back from it; one from an accord or from talks does not": (
        "Israel completed its withdrawal from southern Lebanon. The United States announced its withdrawal from "
        "the Paris climate agreement.",
        {("Israel", "concedes", "Lebanon")}, {("United States", "concedes", None)}),
    "a withdrawal's 'of' names who draws back; one called for or talked about has not happened": (
        "The withdrawal of French troops from Niger was completed in December. The EU called for the withdrawal "
        "of Russian forces from Georgia. Talks on the withdrawal of Syrian troops from Lebanon resumed.",
        {("France", "concedes", "Niger")}, {("Russia", "concedes", None), ("Syria", "concedes", None)}),
    "goods received that a participle says another donated are its aid, and no meeting": (
        "Cambodia received doses of a Chinese vaccine donated by Beijing. Ukraine received tanks supplied by Poland.",
        {("China", "aids", "Cambodia"), ("Poland", "aids", "Ukraine")}, {("Ukraine", "meets", None)}),
    "a sum approved 'in aid for' a state aids it; troops mobilised to a border face its other side": (
        "The European Union approved 450 million euros in military assistance for Ukraine. Venezuela mobilised "
        "troops to the border with Guyana.",
        {("European Union", "aids", "Ukraine"), ("Venezuela", "mobilizes", "Guyana")}),
    "holding one responsible blames it for anything; a 'by' after another phrase is not the object's": (
        "The Netherlands held Russia responsible for downing flight MH17. Spain launched an inquiry into the spying "
        "on its prime minister's phone by Morocco.",
        {("Netherlands", "criticizes", "Russia")}, {("Morocco", "investigates", None)}),
    "rebels of no state are named as the text names them; the town talks are held in is no side": (
        "The Philippine government resumed peace talks with communist rebels in Oslo. Ukraine signed a ceasefire "
        "with pro-Russian separatists. India blamed the attack on Pakistan-based militants.",
        {("Philippines", "meets", "communist rebels"), ("Ukraine", "agrees", "pro-Russian separatists"),
         ("India", "criticizes", "Pakistan-based militants")}, {(None, "meets", "Norway")}),
    "suing a state accuses it (115), no arrest; halting purchases or sales of its goods is an embargo": (
        "Nicaragua sued Germany at the International Court of Justice. Colombia suspended the purchase of Israeli "
        "weapons.",
        {("Nicaragua", "criticizes", "Germany"), ("Colombia", "sanctions", "Israel")},
        {("Nicaragua", "coerces", None)}),
    "grain received from a donor is its aid, no meeting; one held responsible in a complement is blamed": (
        "Malawi received maize donated by Zambia after the floods. Ghana held Togo responsible for the deaths of "
        "six fishermen.",
        {("Zambia", "aids", "Malawi"), ("Ghana", "criticizes", "Togo")}, {("Malawi", "meets", None)}),
    "a stance an act goes ahead despite is its giver's on the doer": (
        "Georgia passed the law despite warnings from the European Union. Serbia held the vote despite criticism "
        "from Croatia.",
        {("European Union", "threatens", "Georgia"), ("Croatia", "criticizes", "Serbia")}),
    "access offered to a state agrees with it; a leader's minister holds an office of the leader's state": (
        "Djibouti offered Ethiopia access to a port. Jordan's King Abdullah received Syrian President Bashar "
        "al-Assad's foreign minister in Amman.",
        {("Djibouti", "agrees", "Ethiopia"), ("King Abdullah", "meets", "Syria")},
        {("King Abdullah", "meets", "Bashar al-Assad")}),
    "jets scrambled after another's flights are a show of force against it": (
        "Japan scrambled fighter jets after Russian bombers flew near its airspace.",
        {("Japan", "mobilizes", "Russia")}),
    "a state's ships or planes act for it": (
        "Chinese ships blocked Philippine supply boats near the shoal. Russian planes bombed rebel positions in "
        "Idlib.",
        {("China", "coerces", "Philippines"), ("Russia", "attacks", "Syria")}),
    "'them' takes up a named plural object before it": (
        "Exiled opposition leader Sviatlana Tsikhanouskaya thanked EU member states and urged them to keep up "
        "the pressure.",
        {("Sviatlana Tsikhanouskaya", "praises", "European Union"),
         ("Sviatlana Tsikhanouskaya", "urges", "European Union")}),
    "an unnamed ministry is the main clause's state, not a subordinate clause's": (
        "The Philippines lodged a protest with China after a Chinese coast guard ship fired water cannon at a "
        "Philippine boat. The foreign ministry summoned China's ambassador and demanded that Beijing stop.",
        {("Philippines", "demands", "China")}, {("China", "criticizes", None), ("China", "demands", None)}),
    "briefing a counterpart consults him; concerns raised with officials fault their state": (
        "Singapore's foreign minister briefed his Malaysian counterpart on the outcome of the talks. The Swiss "
        "ambassador raised concerns with Chinese officials about the detention of a Swiss citizen.",
        {("Singapore", "meets", "Malaysia"), ("Switzerland", "criticizes", "China")}),
    "an insult may name the one judged as the verb's indirect object": (
        "The Venezuelan leader branded the Guyanese president a puppet. Israel's prime minister called the "
        "Turkish president an antisemite.",
        {("Venezuela", "criticizes", "Guyana"), ("Israel", "criticizes", "Turkey")}),
    "arms sold cooperate militarily; arms sales banned do not": (
        "France sold Rafale jets to India. Germany banned arms sales to Saudi Arabia.",
        {("France", "cooperatesWith", "India"), ("Germany", "sanctions", "Saudi Arabia")},
        {("Germany", "cooperatesWith", None)}),
    "what a quantity counts is owned as the counted noun is": (
        "Indonesian navy vessels seized dozens of Vietnamese fishing boats.",
        {("Indonesia", "coerces", "Vietnam")}),
    "a meeting hosted of a state's opposition or civilian groups meets that state": (
        "Egypt hosted a meeting of Sudanese opposition groups in Cairo.",
        {("Egypt", "meets", "Sudan")}),
    "meeting at a venue the gazetteer does not know visits the dateline's city": (
        "MEXICO CITY, Dec. 28, 2023 - Mexican President Andres Manuel Lopez Obrador met U.S. Secretary of State "
        "Antony Blinken and Homeland Security Secretary Alejandro Mayorkas at the National Palace on Wednesday.",
        {("Antony Blinken", "visits", "Mexico City")}),
    "rounding up or apprehending people arrests them": (
        "Egyptian police rounded up members of the Muslim Brotherhood. Kenyan police apprehended two Somali men.",
        {("Egypt", "coerces", "Muslim Brotherhood"), ("Kenya", "coerces", "Somalia")}),
    "'both sides' in a conflict between two states or of two states' dispute are those states": (
        "The UN urged both sides in the conflict between Ethiopia and Eritrea to show restraint. The US urged both "
        "sides in the Armenian-Azerbaijani dispute to return to talks.",
        {("United Nations", "urges", "Ethiopia"), ("United Nations", "urges", "Eritrea"),
         ("United States", "urges", "Armenia"), ("United States", "urges", "Azerbaijan")}),
    "a country's possessive opening a place's name is the country's own mention": (
        "Rwanda deployed 1,000 soldiers to Mozambique's Cabo Delgado province.",
        {("Rwanda", "mobilizes", "Mozambique")}),
    "states that ratify a treaty together agree with each other": (
        "Uzbekistan and Kyrgyzstan ratified a border demarcation treaty.",
        {("Uzbekistan", "agrees", "Kyrgyzstan"), ("Kyrgyzstan", "agrees", "Uzbekistan")}),
    "a compact is an agreement": (
        "The Marshall Islands renewed its compact of free association with the United States.",
        {("Marshall Islands", "agrees", "United States"), ("United States", "agrees", "Marshall Islands")}),
    "a requirement lifted for a people's travellers is a concession to their state": (
        "Morocco lifted its visa requirement for Israeli tourists.",
        {("Morocco", "concedes", "Israel")}),
    "the name an atrocity is called after is where it happened, not who is condemned": (
        "Montenegro's parliament passed a resolution condemning the Srebrenica genocide. Ukraine condemned the "
        "Bucha massacre. Kenya condemned the Hamas massacre.",
        {("Kenya", "opposes", "Hamas")}, [("Montenegro", "opposes", None), ("Ukraine", "opposes", None)]),
    "a second act done to someone a new office names does not fall on the first act's target": (
        "Ecuadorian soldiers stormed the Mexican embassy and arrested a former vice president. Moldova accused "
        "Russia of meddling and expelled the ambassador.",
        {("Ecuador", "attacks", "Mexico"), ("Moldova", "sanctions", "Russia")}, [("Ecuador", "coerces", "Mexico")]),
    "'the group' is the organisation named last": (
        "Hezbollah's leader said the group would strike Israeli cities.",
        {("Hezbollah", "threatens", "Israel")}),
    "a hostile act answered falls on the answerers only when it names no target of its own": (
        "American and British warplanes hit Houthi targets in Yemen in response to Houthi attacks on shipping.",
        {("United States", "attacks", "Houthis"), ("United Kingdom", "attacks", "Houthis")},
        [("Houthis", "attacks", None)]),
    "backing won 'of' someone is theirs, not the winner's": (
        "Kosovo won the backing of Albania for its bid. Moldova received the support of Romania.",
        {("Albania", "supports", "Kosovo"), ("Romania", "supports", "Moldova")},
        {("Kosovo", None, "Albania"), ("Moldova", None, "Romania")}),
    "an act called for is asked of whoever does it": (
        "Norway called for the withdrawal of Ethiopian troops from Somalia. Chile called for an end to "
        "Azerbaijan's blockade.",
        {("Norway", "urges", "Ethiopia"), ("Chile", "urges", "Azerbaijan")}, {("Norway", None, "Somalia")}),
    "a crowd acts for the country of the city it marches in": (
        "Protesters rallied in Lima against President Dina Boluarte.", {("Peru", "protests", "Dina Boluarte")}),
    "a rebuke drawn 'from' a capital is the capital's state's, and so is its relative clause": (
        "The drills drew a rebuke from Canberra, which accused Beijing of intimidation.",
        {("Australia", "criticizes", "China")}),
    "leaving a body cuts relations with it": (
        "Nicaragua withdrew from the Organization of American States. Burundi announced its withdrawal from the "
        "International Criminal Court. Venezuela quit the Andean Community. Mali quit its defence pact with France.",
        {("Nicaragua", "sanctions", "Organization of American States"),
         ("Burundi", "sanctions", "International Criminal Court"), ("Venezuela", "sanctions", "Andean Community")},
        {(None, "concedes", None), ("Mali", None, "France")}),
    "a joint offensive is cooperation, and forces sent 'towards' a state move against it": (
        "Mali and Burkina Faso launched a joint offensive against jihadists. Russia sent warships towards Norway.",
        {("Burkina Faso", "cooperatesWith", "Mali"), ("Russia", "mobilizes", "Norway")}),
    "a city of some 50,000 people is known to lie in its country": (
        "Russian artillery shelled Kherson overnight.", {("Russia", "attacks", "Ukraine")}),
    "a hyphenated vice-president is one word, an agent of the state": (
        "Nigeria's vice-president met the Ghanaian president in Accra. Vice-President Kamala Harris met the "
        "Honduran president in Tegucigalpa.",
        {("Nigeria", "meets", "Ghana"), ("Kamala Harris", "meets", "Honduras")}),
    "forces moved to 'their' border by two states move against each other": (
        "Ethiopia and Eritrea moved troops to their common border. Peru and Ecuador deployed soldiers along their "
        "border.",
        {("Ethiopia", "mobilizes", "Eritrea"), ("Eritrea", "mobilizes", "Ethiopia"),
         ("Peru", "mobilizes", "Ecuador"), ("Ecuador", "mobilizes", "Peru")}),
    "forces sent for an operation against someone move against them": (
        "Nigeria deployed troops in Borno for an offensive against Boko Haram.", {("Nigeria", "mobilizes",
                                                                                  "Boko Haram")}),
    "control handed or transferred to a state is conceded to it": (
        "Portugal handed control of Macau to China. Ukraine transferred control of the dam to Moldova.",
        {("Portugal", "concedes", "China"), ("Ukraine", "concedes", "Moldova")}),
    "an act one is reluctant or unwilling to do is not done": (
        "Italy criticised Austria over its reluctance to send firefighters to Greece. Spain was unwilling to sell "
        "arms to Morocco. Norway balked at sending troops to Mali.",
        {("Italy", "criticizes", "Austria")},
        {("Austria", None, "Greece"), ("Spain", None, "Morocco"), ("Norway", None, "Mali")}),
    "remarks protested are an official complaint about their speaker": (
        "Algeria protested remarks by the French president.", {("Algeria", "criticizes", "France")},
        {("Algeria", "protests", None)}),
    "'this act' in quoted words said 'of' an act is that act": (
        '"We strongly condemn this cowardly act," the Omani foreign ministry said of the Houthi drone attack. '
        'Chile said of the Peruvian decree: "We reject this measure."',
        {("Oman", "opposes", "Houthis"), ("Chile", "opposes", "Peru")}),
    "a sit-in, a vigil or a march on a mission is a protest at its state": (
        "Bolivian students staged a sit-in outside the Chilean consulate. Hundreds of Georgians held a vigil "
        "outside the Russian embassy. Thousands of Albanians joined a march on the Serbian embassy.",
        {("Bolivia", "protests", "Chile"), ("Georgia", "protests", "Russia"), ("Albania", "protests", "Serbia")}),
    "ratifying a treaty with a state agrees with it and backs no one; the state does nothing yet": (
        "Kenya ratified the border treaty with Tanzania.",
        {("Kenya", "agrees", "Tanzania")}, {("Kenya", "supports", None), ("Tanzania", "agrees", None)}),
    "a state's mission the model takes for a body is the state's": (
        "Nigerian students held a vigil outside the Ghanaian High Commission in Abuja.",
        {("Nigeria", "protests", "Ghana")}),
    "'accusing it' after an object named by what it is stands for that object": (
        "Uruguay praised the agreement. Opposition senators in Argentina attacked the government, accusing it of "
        "ceding the islands.",
        set(), {(None, "criticizes", "Uruguay")}),
    "a body a state left, told in a clause on it, is one it cut relations with": (
        "The African Union, which Morocco left in 1984, met in Addis Ababa. Gambia left the Commonwealth in 2013.",
        {("Morocco", "sanctions", "African Union"), ("Gambia", "sanctions", "Commonwealth")}),
    "a road blocked by people 'in protest' is a protest, by a state a blockade": (
        "Farmers in northern Romania blocked border crossings in protest at cheap imports from Moldova. "
        "Turkey blocked the supply routes in protest at the raid on Syria.",
        {("Romania", "protests", "Moldova")}, {("Romania", "coerces", None), ("Turkey", "protests", None)}),
    "opposition figures and politicians are the opposition of their state": (
        "Venezuelan opposition figures accused Nicolas Maduro of fraud. Georgian opposition politicians accused "
        "Irakli Kobakhidze of betraying the country.",
        {("Venezuela", "criticizes", "Nicolas Maduro"), ("Georgia", "criticizes", "Irakli Kobakhidze")}),
    "an appeal made in a call that names no one is made to those called": (
        "Kenyan President William Ruto called Prime Minister Abiy Ahmed and his Eritrean counterpart Isaias "
        "Afwerki to urge restraint. China summoned the Philippine ambassador to demand an apology.",
        {("William Ruto", "urges", "Abiy Ahmed"), ("William Ruto", "urges", "Isaias Afwerki"),
         ("China", "demands", "Philippines")}),
    "'the Solomons' is the Solomon Islands": (
        "New Zealand sent troops to the Solomons.", {("New Zealand", "mobilizes", "Solomon Islands")}),
    "a warning after the words it reports, parsed as their conjunct, names whom they aim at": (
        "Not a single tanker would leave the Gulf if Britain and France imposed an embargo on Iraqi oil, Iraq's "
        "deputy prime minister warned on Sunday.",
        {("Iraq", "threatens", "United Kingdom"), ("Iraq", "threatens", "France")}),
    "a dictionary verb told in the present in a clause on a state is a standing fact": (
        "South Africa, which surrounds Lesotho, sent police to Eswatini.",
        set(), {("South Africa", None, "Lesotho")}),
    "military operations scaled back in a state are a de-escalation toward it": (
        "Kenya scaled back its military operations in Somalia. Saudi Arabia paused air strikes in Yemen.",
        {("Kenya", "concedes", "Somalia"), ("Saudi Arabia", "concedes", "Yemen")}),
    "the renewal of a state's embargo is that state's": (
        "Cuba condemned the renewal of the US embargo. Iran denounced the tightening of EU sanctions.",
        {("Cuba", "opposes", "United States"), ("Iran", "criticizes", "European Union")}),
    "an exchange of prisoners between two states is theirs, not the mediator's": (
        "Oman mediated the exchange of prisoners between Iran and the United States.",
        {("Iran", "concedes", "United States"), ("United States", "concedes", "Iran"),
         ("Oman", "meets", "Iran")}, {("Oman", "concedes", None), (None, "concedes", "Oman")}),
    "a government named after its leader acts for the leader's state": (
        "The Maduro government expelled the Spanish ambassador. Erdogan's government accused Sweden of harbouring "
        "militants.",
        {("Venezuela", "sanctions", "Spain"), ("Turkey", "criticizes", "Sweden")}),
    "a place near a named state is outside it": (
        "Syrian jets bombed rebel-held towns near Turkey.", set(), {("Syria", None, "Turkey")}),
    "a verb read as a participle of its object is put right": (
        "Angola mediated talks between Rwanda and Congo.",
        {("Angola", "meets", "Rwanda"), ("Angola", "meets", "Democratic Republic of the Congo")}),
    "a verdict read into the object's last phrase judges the object": (
        "The Dutch parliament called China's treatment of Uyghurs genocide.",
        {("Netherlands", "criticizes", "China")}),
    "troops withdrawing from a place named like a body retreat": (
        "Eritrean troops withdrew from Shire.", set(), {("Eritrea", "sanctions", None)}),
    "aid let into a territory eases its blockade": (
        "Israel allowed 200 trucks of aid into Gaza.", {("Israel", "concedes", "Palestine")}),
    "people's act to protest another's deed protests its doer": (
        "Peruvian farmers blocked highways to protest Bolivia's use of the river.",
        {("Peru", "protests", "Bolivia")}),
    "a rally in support of a leader is no protest against the rallies' own government": (
        "Thousands of Kenyans rallied in support of President Ruto's tax plan.",
        set(), {("Kenya", "protests", None)}),
    "burning a symbol of someone protests them": (
        "Afghan students burned an effigy of Pakistan's army chief. Protesters in Cairo burned Israeli flags.",
        {("Afghanistan", "protests", "Pakistan"), ("Egypt", "protests", "Israel")}),
    "what a route links is no partner of those discussing it": (
        "Tokayev and Japarov discussed a railway linking their countries with China.",
        set(), {(None, "meets", "China")}),
    "a passive of giving names the receiver first": (
        "Jorge Glas was granted asylum by Mexico.", {("Mexico", "aids", "Jorge Glas")}),
    "breaking into an embassy is an attack on its state": (
        "Ecuadorean police broke into the Mexican embassy in Quito.", {("Ecuador", "attacks", "Mexico")}),
    "aid pledged for a state is pledged to it": (
        "Japan pledged 20 million dollars in humanitarian aid for Chad.", {("Japan", "agrees", "Chad")}),
    "an envoy recalled from a seat of government is recalled from its state": (
        "Chad recalled its ambassador from Port Sudan.", {("Chad", "sanctions", "Sudan")}),
    "applying for membership of a body is not being a member": (
        "Moldova applied for membership of the European Union. Georgia's bid for NATO membership stalled.",
        set(), {(None, "memberOf", None)}),
    "coming under armed attack from someone is their attack": (
        "Ghanaian peacekeepers came under attack from Houthi fighters near the port. Kenya's government came "
        "under fire from the opposition over the budget.",
        {("Houthis", "attacks", "Ghana")}, {(None, "attacks", "Kenya")}),
    "what one is punished for, hung on the punished, is theirs": (
        "The EU blacklisted three Chinese companies for supplying drones to Russia.",
        {("European Union", "sanctions", "China")}, {("European Union", "aids", None)}),
    "a stance also taken, naming no one, is on the target of the like stance before": (
        "An Eritrean patrol boat fired on a Yemeni dhow. Saudi Arabia condemned Eritrea's actions. Oman and Qatar "
        "also expressed concern.",
        {("Oman", "criticizes", "Eritrea"), ("Qatar", "criticizes", "Eritrea")}),
    "'its ally' is the state its owner was called the ally of": (
        "France, a close ally of Chad, condemned Sudan's raid and vowed to protect its ally.",
        {("France", "opposes", "Sudan"), ("France", "agrees", "Chad")}, {("France", "agrees", "Sudan")}),
    "a body's name read as a second object after its description is the object": (
        "Guinea cut ties with the West African bloc ECOWAS.",
        {("Guinea", "sanctions", "Economic Community of West African States")}),
    "an act named again is the one the name set before it owned": (
        "Chile will appeal a WTO ruling on its copper tariffs. Peru welcomed the ruling. Morocco rejected an African "
        "Union decision on the Sahara. Algeria welcomed the decision.",
        {("Peru", "praises", "World Trade Organization"), ("Algeria", "praises", "African Union")},
        {("Algeria", "praises", "Morocco")}),
    "'their' takes up the states listed last as a subject": (
        "Egypt, Jordan and Qatar condemned Israel on Monday, while Russia and China stayed silent. Saudi Arabia, "
        "Oman, Kuwait and Bahrain demanded an inquiry. Israel responded by expelling their diplomats.",
        {("Israel", "sanctions", "Oman"), ("Israel", "sanctions", "Bahrain")}, {("Israel", "sanctions", "China")}),
    "two sides clashing in one's land fight each other": (
        "Thai and Cambodian soldiers exchanged fire near the Preah Vihear temple.",
        {("Thailand", "attacks", "Cambodia"), ("Cambodia", "attacks", "Thailand")}),
    "a ship linked to a state by a hyphen is that state's": (
        "Somali pirates hijacked a Greek-linked tanker. The Houthis fired missiles at a British-linked freighter.",
        {("Houthis", "attacks", "United Kingdom")}),
    "an envoy's withdrawal or recall, an apology and a release of captives named by nouns": (
        "Chile's withdrawal of its ambassador from Nicaragua drew praise from Peru. Germany's apology to Namibia was "
        "welcomed. Morocco's release of 12 Algerian prisoners eased tensions.",
        {("Chile", "sanctions", "Nicaragua"), ("Germany", "concedes", "Namibia"), ("Morocco", "concedes", "Algeria")},
        {("Chile", "concedes", "Nicaragua")}),
    "a state gifting arms or goods to another aids it": (
        "Turkey gifted two patrol boats to Gambia. Japan gifted rice to Laos.",
        {("Turkey", "aids", "Gambia"), ("Japan", "aids", "Laos")}),
    "'Delhi' stands for India as 'New Delhi' does": (
        "Delhi and Dhaka traded accusations over the border killings.",
        {("India", "criticizes", "Bangladesh"), ("Bangladesh", "criticizes", "India")}),
    "voting for a motion takes its stance, voting against it does not": (
        "Chile voted in favour of a resolution condemning Russia. Hungary voted against a resolution condemning "
        "China.",
        {("Chile", "opposes", "Russia")}, {("Hungary", "opposes", "China")}),
    "those a summit or a host brought together meet": (
        "The forum brought together the leaders of Fiji, Samoa and Tonga. Qatar's emir brought together the "
        "foreign ministers of Chad and Sudan.",
        {("Fiji", "meets", "Samoa"), ("Samoa", "meets", "Tonga"), ("Chad", "meets", "Sudan"),
         ("Qatar", "meets", "Chad")}),
    "intercepting a state's ship takes hold of it": (
        "The Greek navy intercepted a Turkish cargo ship near Crete.", {("Greece", "coerces", "Turkey")}),
    "an offer made together is made to a third party, not to each other": (
        "Germany and Sweden offered to help with the investigation. Norway and Iceland offered assistance. Kenya "
        "and Uganda agreed to reopen the border.",
        {("Kenya", "agrees", "Uganda"), ("Uganda", "agrees", "Kenya")},
        {("Germany", None, "Sweden"), ("Sweden", None, "Germany"), ("Norway", None, "Iceland"),
         ("Iceland", None, "Norway")}),
    "a pact raised with someone is a topic of talks, not cooperation with them": (
        "The Indian minister raised the security pact with Manele. Vanuatu raised concerns about the deal with "
        "China.",
        {("India", "meets", "Jeremiah Manele"), ("Vanuatu", "criticizes", "China")},
        {("India", "cooperatesWith", None)}),
    "funding or financing for a state is aid to it, funding frozen is none": (
        "Japan announced $10 million in funding for the Philippine coast guard. The World Bank announced new "
        "financing for Kenya. Germany froze development funding for Niger.",
        {("Japan", "aids", "Philippines"), ("World Bank", "aids", "Kenya"), ("Germany", "sanctions", "Niger")},
        {("Germany", "aids", "Niger")}),
    "both countries urged by a third are two states, not a news agency the text cites": (
        "Iranian Foreign Minister Abbas Araqchi arrived in Riyadh on Tuesday, his second visit to the kingdom in a "
        "month, and was received by Saudi Crown Prince Mohammed bin Salman. The two men reviewed bilateral "
        "relations and regional developments, the Saudi Press Agency said. Araqchi also met his Saudi counterpart, "
        "Prince Faisal bin Farhan, with whom he co-chaired a meeting of the trilateral committee that China set up "
        "to monitor the 2023 agreement restoring ties between Riyadh and Tehran. Chinese Vice Foreign Minister Sun "
        "Weidong attended the meeting. Beijing, which brokered the 2023 deal, has urged both countries to keep "
        "building trust.",
        {("China", "urges", "Iran"), ("China", "urges", "Saudi Arabia")}, {("China", "urges", "Saudi Press Agency")}),
    "what a state's people or firms own, taken by a dictionary verb, is taken from that state": (
        "Ukraine nationalised the property of Russian banks. Bolivia confiscated the assets of Chilean firms.",
        {("Ukraine", "coerces", "Russia"), ("Bolivia", "coerces", "Chile")}),
    "concern conveyed to a state over an act no one is named for is concern with that state": (
        "Mexico conveyed its deep concern to Washington over the planned deportations. Egypt expressed concern to "
        "the UN about Israel's operations in Rafah.",
        {("Mexico", "criticizes", "United States"), ("Egypt", "criticizes", "Israel")},
        {("Egypt", "criticizes", "United Nations")}),
    "a body called a group or movement after its name is that body": (
        "The Hamas movement attacked an Israeli village. The Wagner group withdrew its fighters from Mali.",
        {("Hamas", "attacks", "Israel"), ("Wagner Group", "concedes", "Mali")}),
    "'them' after a sentence whose verb acted on things takes up the things, not their backers": (
        "Russia and China blocked the resolution. The US criticized them. Germany and France backed the measures. "
        "Hungary opposed them.",
        {("United States", "criticizes", "Russia"), ("United States", "criticizes", "China")},
        {("Hungary", "opposes", None)}),
    "an act after a denied charge is the accuser's, though the parser heads the sentence with the denial": (
        "Bangkok blamed Phnom Penh for laying new mines, a charge Cambodia rejected, and downgraded diplomatic "
        "relations. Kenya accused Somalia of harbouring militants, a charge Mogadishu rejected, and downgraded "
        "diplomatic relations.",
        {("Thailand", "criticizes", "Cambodia"), ("Cambodia", "opposes", "Thailand"),
         ("Thailand", "sanctions", "Cambodia"), ("Kenya", "sanctions", "Somalia")}),
    "'they' in a clause under a pair's meeting is that pair": (
        "Irfaan Ali and Nicolas Maduro met on the island of St. Vincent, where they agreed not to use force.",
        {("Irfaan Ali", "agrees", "Nicolas Maduro"), ("Nicolas Maduro", "agrees", "Irfaan Ali")}),
    "a verdict on 'the move' judges whoever made the move the sentence before tells": (
        "Venezuela ordered its oil company to issue licences in the region. Guyana called the move a direct threat.",
        {("Guyana", "criticizes", "Venezuela")}),
    "a pledge two make to help a third is no pledge to each other": (
        "Washington and Tokyo have both pledged to help the Philippines strengthen its coast guard. Russia and "
        "Ukraine agreed to let UN inspectors visit the plant.",
        {("Russia", "agrees", "Ukraine"), ("Ukraine", "agrees", "Russia")},
        {("Japan", "agrees", "United States"), ("United States", "agrees", "Japan")}),
    "an agreement one has with another is in force, not made": (
        "Chile has a free trade agreement with China. Peru signed a free trade agreement with South Korea.",
        {("Peru", "agrees", "South Korea")}, {("Chile", "agrees", "China"), ("China", "agrees", "Chile")}),
    "a country's parliament speaker acts for its legislature": (
        "Georgia's parliament speaker requested clarification from the US embassy. The Slovak parliament speaker "
        "criticized Hungary.",
        {("Georgia", "urges", "United States"), ("Slovakia", "criticizes", "Hungary")}),
    "one said to have crossed a red line is accused; one crossing a border is not": (
        "\"Canada has crossed a red line,\" the Indian foreign ministry said. Officials said Venezuelan troops "
        "crossed the border into Guyana.",
        {("India", "criticizes", "Canada")}, {(None, "criticizes", "Venezuela")}),
    "'his guest' is the other person named before, as 'his host' is": (
        "Ruto received Museveni in Nairobi. Ruto praised his guest's wisdom.",
        {("William Ruto", "praises", "Yoweri Museveni")}),
    "a decision welcomed paragraphs after the lead is the lead's": (
        "The Arab League suspended Syria's membership on Saturday. The vote followed months of violence. Diplomats "
        "said the debate was long. Several members abstained. Turkey welcomed the decision.",
        {("Turkey", "praises", "Arab League")}),
    "a past tense after a relative clause's perfect goes on with the clause above": (
        "Foreign Minister Melanie Joly and her department said they were deeply alarmed by the arrest of Nasrin "
        "Sotoudeh, a lawyer whose husband, the activist Reza Khandan, has been jailed since 2018, and urged Tehran to "
        "free her.",
        {("Melanie Joly", "urges", "Iran")}),
    "'his counterpart' is the last one named before who holds another state's office": (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni. Ruto thanked his counterpart for the "
        "invitation.",
        {("William Ruto", "praises", "Yoweri Museveni")}),
    "one travelling with another for talks meets them": (
        "Lula travelled with Gustavo Petro to Leticia for talks. Kenya cooperated with Uganda for the summit.",
        {("Luiz Inacio Lula da Silva", "meets", "Gustavo Petro")}, {("Kenya", "meets", "Uganda")}),
    "one who arrives at a state's invitation, no place named, visits that state": (
        "Macron arrived at the invitation of the Indian government. Kenyan President William Ruto came at the "
        "invitation of Ethiopian Prime Minister Abiy Ahmed.",
        {("Emmanuel Macron", "visits", "India"), ("William Ruto", "visits", "Ethiopia")}),
    "dismay at a move told before, or at its calling off, criticizes who made it": (
        "Mali expelled the French ambassador. Paris said it was dismayed by the decision. Brazilian President "
        "Lula cancelled a state visit to Peru. Peruvian President Dina Boluarte said she was disappointed by the "
        "cancellation.",
        {("France", "criticizes", "Mali"), ("Dina Boluarte", "criticizes", "Brazil")}),
    "support voiced by one who spoke with another is support for them; concern is not": (
        "Blinken spoke with Lithuanian Foreign Minister Gabrielius Landsbergis and expressed support. Macron met "
        "Zelensky and expressed concern.",
        {("Antony Blinken", "supports", "Gabrielius Landsbergis")}, {("Emmanuel Macron", "criticizes", None)}),
    "stopping a state's trade, or clearing its goods, sanctions it": (
        "China stopped imports of Lithuanian goods. Belarus has stopped clearing Polish goods through customs.",
        {("China", "sanctions", "Lithuania"), ("Belarus", "sanctions", "Poland")}),
    "an agreement made in return for what another gives is made with the giver": (
        "Iran agreed to limit its enrichment in exchange for fuel supplies from Russia. Kenya agreed to release "
        "the ship in return for a ransom.",
        {("Iran", "agrees", "Russia")}, {("Kenya", "agrees", None)}),
    "bodies or remains handed over are returned as captives are": (
        "North Korea returned the remains of American soldiers. Hamas handed over the bodies of four Israeli "
        "hostages.",
        {("North Korea", "concedes", "United States"), ("Hamas", "concedes", "Israel")}),
    "'their' of one state's agents in the plural is that state's": (
        "Russian forces completed their withdrawal from Kherson on Friday. Hungarian lawmakers voiced their "
        "opposition to the Czech plan.",
        {("Russia", "concedes", "Ukraine"), ("Hungary", "opposes", "Czechia")}),
    "rushing arms or aid to a state aids it, rushing troops to its border mobilizes; trainers sent aid": (
        "France rushed air defence batteries to Poland. Russia rushed troops to the border with Georgia. Canada "
        "sent military trainers to Latvia to help its army.",
        {("France", "aids", "Poland"), ("Russia", "mobilizes", "Georgia"), ("Canada", "aids", "Latvia")}),
    "curbs on trade 'to' a state are curbs on that state": (
        "The US eased restrictions on exports to Cuba. China tightened controls on exports to Japan.",
        {("United States", "concedes", "Cuba"), ("China", "coerces", "Japan")}),
    "agents 'in' two states act for both": (
        "Officials in Kenya and Uganda agreed to reopen the border. Police in Spain and Portugal cooperated closely.",
        {("Kenya", "agrees", "Uganda"), ("Uganda", "agrees", "Kenya"), ("Portugal", "cooperatesWith", "Spain")}),
    "a flight forced down is its airline's": (
        "Russia forced a Lufthansa flight to land in Moscow.", {("Russia", "coerces", "Lufthansa")}),
    "regret voiced by a light verb takes the move its verb's 'over' names": (
        "Japan expressed regret on Friday over South Korea's decision to scrap a military pact.",
        {("Japan", "criticizes", "South Korea")}),
    "a state's own body telling its act accuses no one": (
        "Iran seized a Greek tanker in the Gulf, the Revolutionary Guards said.",
        {("Iran", "coerces", "Greece")}, {("Islamic Revolutionary Guard Corps", "criticizes", None)}),
    "stones hurled at an embassy are a violent protest, grenades thrown an attack": (
        "Protesters in Tirana hurled rocks at the Serbian embassy. Azerbaijani soldiers threw grenades into "
        "Armenian positions.",
        {("Albania", "protests", "Serbia"), ("Azerbaijan", "attacks", "Armenia")}),
    "the 'from' phrase a meeting verb takes names whose officials were met": (
        "Barbadian Prime Minister Mia Mottley met regional leaders and officials from the United States, Canada and "
        "Spain on Monday.",
        {("Mia Mottley", "meets", "United States"), ("Mia Mottley", "meets", "Spain")}),
    "a 'by' phrase after an act's object is the act's doer, wherever the parser hangs it": (
        "The ICC opened an inquiry into alleged war crimes by Myanmar's military. France denounced the detention of "
        "two journalists by Iran. Canada opened an investigation into the shooting of a Sikh leader by Indian agents.",
        {("International Criminal Court", "investigates", "Myanmar"), ("France", "criticizes", "Iran"),
         ("Canada", "investigates", "India")}),
    "a meeting told with a visit of no destination is a visit to where the story is filed from": (
        "LUSAKA, June 4 (Reuters) - Tanzanian President Samia Suluhu Hassan, on a two-day state visit, met Zambian "
        "President Hakainde Hichilema on Tuesday.",
        {("Samia Suluhu Hassan", "meets", "Hakainde Hichilema"), ("Samia Suluhu Hassan", "visits", "Lusaka")},
        {(None, "visits", "Tanzania"), ("Hakainde Hichilema", "visits", None)}),
    "a guest received where the story is filed from, no other place told, came to the host's state": (
        "RABAT, March 2 - Moroccan Foreign Minister Nasser Bourita received his Spanish counterpart, Jose Manuel "
        "Albares, on Thursday.",
        {("Nasser Bourita", "meets", "Jose Manuel Albares"), ("Jose Manuel Albares", "visits", "Morocco")},
        {("Nasser Bourita", "visits", None)}),
    "a surname with a particle capitalised to open a sentence is the full name": (
        "Chilean Foreign Minister Alberto van Klaveren flew to Lima on Monday. Van Klaveren thanked Peru for its "
        "help in the rescue.",
        {("Alberto van Klaveren", "praises", "Peru")}),
    "a clause set off by commas leaves 'the junta' bare": (
        "Guinea's military rulers dissolved the government. The junta, which took power on Sunday, accused France "
        "of meddling.",
        {("Guinea", "criticizes", "France")}),
    "a body's name NER began after its head starts at the head": (
        "Indonesia accused the Movement for the Self-Determination of West Papua of attacking soldiers.",
        {("Indonesia", "criticizes", "Movement for the Self-Determination of West Papua")}),
    "backing of separatists a speaker reports is an accusation, and the backing only alleged": (
        "Ethiopia said Eritrea had backed the separatist rebels in Tigray.",
        {("Ethiopia", "criticizes", "Eritrea")}, {("Eritrea", "supports", None)}),
    "sending a delegation or an envoy to a state visits it; sending one's ambassador back does not": (
        "The African Union sent a delegation to Khartoum. Oman dispatched an envoy to Sanaa for talks with the "
        "Houthis. Japan sent its ambassador to Seoul back after a two-month absence.",
        {("African Union", "visits", "Khartoum"), ("Oman", "visits", "Sanaa")}, {("Japan", "visits", None)}),
    "support for sanctions told before backs who imposed them, never who they were imposed on": (
        "Norway, Denmark and Sweden expelled Iranian diplomats. Finland voiced support for the expulsions. Iran "
        "expelled two Swedish diplomats in return. Sweden's prime minister defended the expulsions.",
        {("Finland", "supports", "Norway"), ("Finland", "supports", "Sweden")}, {(None, "supports", "Iran")}),
    "a group's governments or leaders are the group, or its members named before": (
        "Kuwait, Qatar and Oman recalled their envoys from Beirut. Lebanon accused the Gulf governments of meddling.",
        {("Lebanon", "criticizes", "Kuwait"), ("Lebanon", "criticizes", "Oman")}),
    "a free relative naming what force was used on is its object": (
        "Turkish jets struck what Ankara called militant hideouts near Qandil in Iraq. Israeli jets struck what the "
        "army said were weapons depots in Syria.",
        {("Turkey", "attacks", "Iraq"), ("Israel", "attacks", "Syria")}),
    "an agent from a named group is the group's": (
        "A bomber from the Jaish-e-Mohammed group attacked an Indian army convoy in Kashmir.",
        {("Jaish-e-Mohammed", "attacks", "India")}),
    "a threat over an owned act of force is aimed at its owner, and the act is told as done": (
        "The EU threatened new sanctions over Russia's annexation of four Ukrainian regions.",
        {("European Union", "threatens", "Russia"), ("Russia", "coerces", "Ukraine")}),
    "a threat made unless someone acts demands that act of them": (
        "Morocco threatened to recall its ambassador unless Algeria reopened its airspace. The EU warned it would "
        "suspend talks with Georgia unless Tbilisi dropped the foreign agents law.",
        {("Morocco", "demands", "Algeria"), ("European Union", "demands", "Georgia")}),
    "curbs a trailing participle eases, on no one named, are on the clause's object": (
        "China added Australia to its list of approved beef suppliers, easing import curbs imposed in 2020. Kenyan "
        "commandos stormed the hijacked ship, freeing 20 hostages held by pirates. Japan put South Korea back on its "
        "list of trusted partners, easing export controls.",
        {("China", "concedes", "Australia"), ("Japan", "concedes", "South Korea")}, {("Kenya", "concedes", None)}),
    "people taken from a place somewhere are taken from its state": (
        "Boko Haram fighters abducted 40 students from a college in Gusau in northwest Nigeria. Al-Shabaab "
        "militants kidnapped two aid workers from a camp in Dadaab in Kenya.",
        {("Boko Haram", "attacks", "Nigeria"), ("Al-Shabaab", "attacks", "Kenya")}),
    "troops landing or arriving, or a captive flown out, make no visit; a leader arriving does": (
        "Rwandan troops landed in Mozambique to fight insurgents. Guinean soldiers seized the president and flew "
        "him into exile in Senegal. The Chinese premier arrived in Dhaka on Sunday.",
        {("China", "visits", "Dhaka")}, {("Rwanda", "visits", None), ("Guinea", "visits", None)}),
    "'its own' is the clause subject's": (
        "Chad sent soldiers to Niger. The Economic Community of West African States, of which Niger is a member but "
        "Chad is not, approved its own intervention force.",
        {("Chad", "mobilizes", "Niger")}, {(None, "supports", None)}),
    "doing 'the same' repeats the act told before with a new doer, in its own mode": (
        "Slovenia recognised the Palestinian state on Tuesday; Malta and Ireland did the same last year. Latvia "
        "expelled two Russian diplomats. Lithuania did the same on Friday. Estonia said it would do the same.",
        {("Malta", "supports", "Palestine"), ("Ireland", "supports", "Palestine"),
         ("Lithuania", "sanctions", "Russia")},
        {("Estonia", None, None)}),
    "a relative pronoun subject stands for every one of the list it describes": (
        "Kenya and Rwanda, which have sent troops to Mozambique, criticised the delay. Oman and Qatar, which hosted "
        "Iranian officials last week, condemned the strikes.",
        {("Kenya", "mobilizes", "Mozambique"), ("Rwanda", "mobilizes", "Mozambique"), ("Qatar", "meets", "Iran")}),
    "a list of subjects whose first name the parser cut off keeps it": (
        "Iraq, Syria and Jordan agreed to set up a joint security committee.",
        {("Iraq", "agrees", "Syria"), ("Jordan", "agrees", "Iraq")}),
    "a people protesting against 'the government' protests its own rulers, however many they are": (
        "Thousands of Armenians protested against the government. Tens of thousands of Slovaks marched against the "
        "government.",
        {("Armenia", "protests", "Armenia"), ("Slovakia", "protests", "Slovakia")}),
    "a combining form hyphened to a nationality names a state, but not the Indo-Pacific": (
        "The Franco-Italian summit focused on migration. Sino-Vietnamese talks on the border resumed. Japan and "
        "Australia pledged to defend a free Indo-Pacific.",
        {("France", "meets", "Italy"), ("China", "meets", "Vietnam")}, {("India", None, None), (None, None, "India")}),
    "releasing a dual national held is a concession to the other nationality, aid workers included": (
        "Egypt released a Canadian-Egyptian aid worker after two years in jail.",
        {("Egypt", "concedes", "Canada")}, {("Egypt", "aids", None)}),
    "a to-infinitive misread as a preposition, and a name misread as an adjective, are mended": (
        "Syria threatened on Monday to expel IAEA experts. Chad voiced displeasure with the African Union over the "
        "vote.",
        {("Syria", "threatens", "International Atomic Energy Agency"), ("Chad", "criticizes", "African Union")}),
    "'the junta' is the state whose army the sentence before told seized power in a coup": (
        "Burkina Faso's army seized power in a coup on Friday. Ghana urged the junta to restore civilian rule. "
        "Senegal condemned the coup in Guinea. Mali urged the junta to hold elections.",
        {("Ghana", "urges", "Burkina Faso"), ("Mali", "urges", "Guinea")}, {("Mali", "urges", "Senegal")}),
    "forces sent into waters 'off' a state are sent against it, wherever the parser hangs 'off'": (
        "Japan sent two destroyers into waters off North Korea after the launch.",
        {("Japan", "mobilizes", "North Korea")}),
    "aid to what stands somewhere goes to the place's state; an acronym opening a sentence is its subject": (
        "Oman funded the reconstruction of 2,000 homes in the Gaza Strip. UNICEF shipped polio vaccines to Somalia. "
        "The RSF shelled a shelter for refugees in El Fasher.",
        {("Oman", "aids", "Palestine"), ("United Nations Children's Fund", "aids", "Somalia"),
         ("Rapid Support Forces", "attacks", "Sudan")}),
    "a capital the parser reads as an adjective of a region names the region's state": (
        "Russian troops pulled out of the Kyiv region last spring.",
        {("Russia", "concedes", "Ukraine")}),
    "members set off after a body are the actors, not the body beside them": (
        "Leaders of the Quad - the United States, Japan, India and Australia - pledged to counter coercion at sea.",
        {("Japan", "agrees", "India"), ("Australia", "agrees", "United States")}, {("Quad", None, None)}),
    "rebels acting against their own state make a domestic event; its officials on it do not": (
        "Congolese rebels threatened to resume attacks on Congolese territory. Kenyan officials criticised Kenya's "
        "budget plan.",
        {("Democratic Republic of the Congo", "threatens", "Democratic Republic of the Congo")},
        {("Kenya", None, "Kenya")}),
    "two sides disengaging from a place no gazetteer puts in a state concede to each other": (
        "Indian and Chinese troops disengaged from the Galwan Valley area.",
        {("India", "concedes", "China"), ("China", "concedes", "India")}),
    "calling a state's act a wrong criticizes the state even when the parser splits the act from its owner": (
        "Hanoi called the Chinese drills a provocation.", {("Vietnam", "criticizes", "China")}),
    "calling an act a wrong criticizes its doer when the parser reads the act's noun as a verb of its own": (
        "Tokyo called the North Korean missile launch a grave provocation.", {("Japan", "criticizes", "North Korea")}),
    "an act cited as the reason for a step is not the actor's own": (
        "Kenya severed ties with Somalia, citing attacks on civilians in Mogadishu.",
        {("Kenya", "sanctions", "Somalia")}, {("Kenya", "attacks", None)}),
    "a release demanded with no holder named is demanded of who seized those to be released": (
        "Iranian forces seized a Greek-flagged tanker in the Gulf. Athens demanded the release of the ship and its "
        "crew. Russia arrested an American journalist on spying charges. Washington demanded his release.",
        {("Greece", "demands", "Iran"), ("United States", "demands", "Russia")}),
    "calling a pact told before a wrong criticizes its parties, as condemning it does": (
        "Serbia and Hungary signed an energy accord in Belgrade. Croatia called the accord a violation of EU rules.",
        {("Croatia", "criticizes", "Serbia"), ("Croatia", "criticizes", "Hungary")}),
    "him after an agent named by kind and nationality is that agent, standing for its state": (
        "Estonia expelled a Russian diplomat, accusing him of undermining its security.",
        {("Estonia", "sanctions", "Russia"), ("Estonia", "criticizes", "Russia")}),
    "ships and boats supplied to a state are arms given, as jets and tanks are": (
        "Japan supplied six patrol vessels to Vietnam. South Korea delivered two corvettes to the Philippines.",
        {("Japan", "aids", "Vietnam"), ("South Korea", "aids", "Philippines")}),
    "crossings closed along or on a border are closed to the state across it": (
        "Thailand closed all crossings along the Cambodian border. Peru shut the checkpoints on its border with "
        "Bolivia.",
        {("Thailand", "coerces", "Cambodia"), ("Peru", "coerces", "Bolivia")}),
    "a phone call received from a leader abroad is a call, not a visit to the receiver's country": (
        "Kenyan President William Ruto received a phone call from Tanzanian President Samia Suluhu Hassan in Nairobi.",
        {("William Ruto", "meets", "Samia Suluhu Hassan")}, {("Samia Suluhu Hassan", "visits", None)}),
    "a relative clause the parser reads as an apposition adds no one to the list before it": (
        "The EU imposed new sanctions on Belarus. Lithuania and Poland, which border Belarus, welcomed the decision.",
        {("Lithuania", "praises", "European Union"), ("Poland", "praises", "European Union")},
        {("Belarus", "praises", None)}),
    "them after what their owns takes up the owners, the first of a list holding what the list shares": (
        "The European Union added 30 Belarusian officials and companies to its sanctions list over support for "
        "Russia's war, freezing their assets and banning them from travel in the bloc.",
        {("European Union", "sanctions", "Belarus")}, {("European Union", None, "Russia")}),
    "its ally is the other state the story names most, not merely the last one named": (
        "The EU froze the assets of Belarusian officials over Belarus's support for Russia. Belarus called the "
        "sanctions illegal. Hungary had delayed the package. Moscow said it stood in solidarity with its ally.",
        {("Russia", "supports", "Belarus")}, {("Russia", "supports", "Hungary")}),
    "police breaking up a rally coerce those who gathered, their own state's people": (
        "Kenyan police broke up an opposition rally in Nairobi.", {("Kenya", "coerces", "Kenya")}),
    "police using tear gas to disperse a rally coerce those the means was used on": (
        "Tanzanian police used tear gas to disperse an opposition rally in Arusha.",
        {("Tanzania", "coerces", "Tanzania")}),
    "a security pact still to be signed is no cooperation yet; one given as the grounds of an act is": (
        "Kenya hopes to sign a defence pact with Ethiopia next month. Britain will not cut aid to Vanuatu over its "
        "security pact with China.",
        {("Vanuatu", "cooperatesWith", "China")}, {("Kenya", "cooperatesWith", None)}),
    "an envoy recalled from his post in a capital is recalled from that capital's state": (
        "Algeria recalled its ambassador in Madrid for consultations.", {("Algeria", "sanctions", "Spain")}),
    "both foreign ministers are those known to hold the post, not a president the story names more": (
        "Ecuadorean President Daniel Noboa accused Mexico of meddling. Mexico's foreign minister Alicia Barcena "
        "rejected the charge. Peru called for calm. The OAS said its secretary general, Luis Almagro, had spoken "
        "with both foreign ministers.",
        {("Luis Almagro", "meets", "Alicia Barcena")}, {("Luis Almagro", "meets", "Daniel Noboa")}),
    "a possessive before a name and a noun owns the noun: blocking Ukraine's EU bid threatens Ukraine": (
        "Hungary threatened to block Ukraine's EU bid over its treatment of ethnic Hungarians.",
        {("Hungary", "threatens", "Ukraine")}, {("Hungary", "threatens", "European Union")}),
    "a hostile act aimed at an act is aimed at whoever does it": (
        "Beijing vowed to take countermeasures against any Japanese arms sale to the Philippines.",
        {("China", "threatens", "Japan")}),
    "a hostile act promised on a condition is aimed at whoever would set it off": (
        "Moscow will take resolute countermeasures if Finland hosts American nuclear weapons.",
        {("Russia", "threatens", "Finland")}),
    "a state hyphened to a participle of backing is the backer, not one of the actors": (
        "Turkish-backed Syrian fighters clashed with Kurdish forces near Manbij.", set(),
        {("Turkey", "attacks", None), (None, "attacks", "Turkey")}),
    "the Gulf state or the Nordic country is the last of that group's members named before": (
        "Kuwait's emir arrived in Tehran on Tuesday. The Gulf state has mediated between Iran and Bahrain's rivals. "
        "Norway's prime minister visited Kyiv. The Nordic country accused Moscow of war crimes.",
        {("Kuwait", "meets", "Iran"), ("Norway", "criticizes", "Russia")}),
    "the kingdom is a monarchy named before, else no one": (
        "Iran's president visited Cairo. The kingdom praised the Egyptian role as a mediator.", set(),
        {(None, "praises", None)}),
    "an envoy recalled from a city of his post is recalled from the city's state, a capital or not": (
        "Ghana recalled its ambassador in Lagos for consultations.", {("Ghana", "sanctions", "Nigeria")}),
    "declining an invitation to do something refuses to do it, now": (
        "Indonesia declined an invitation to join the BRICS group. Kenya turned down an invitation to attend talks "
        "hosted by Uganda.",
        {("Indonesia", "opposes", "BRICS"), ("Kenya", "opposes", "Uganda")}),
    "a wrong named in a free relative set after a clause judges the clause's doer": (
        "Iran's navy seized a Greek tanker in the Gulf of Oman, in what Athens called an act of piracy.",
        {("Iran", "coerces", "Greece"), ("Greece", "criticizes", "Iran")}),
    "an appeal naming no one that a clause's act answered was made of the one who answered it": (
        "Kuwait expelled the Philippine ambassador after Manila called for the release of detained workers.",
        {("Kuwait", "sanctions", "Philippines"), ("Philippines", "urges", "Kuwait")}),
    "a demand naming no one, after which another acted, is made of that other": (
        "Rwanda recalled its ambassador after Belgium demanded an end to the fighting.",
        {("Belgium", "demands", "Rwanda")}),
    "forces driving fighters from their positions attack them; a car driven from a city is no attack": (
        "Nigerian forces drove Boko Haram fighters from their last strongholds in the Sambisa forest. The minister "
        "drove her car from Lagos to Abuja.",
        {("Nigeria", "attacks", "Boko Haram")}, {(None, "attacks", "Nigeria")}),
    "two sides adopting a joint text agree with each other; one body adopting its own text agrees with no one": (
        "Mercosur and the European Union adopted a framework for a trade agreement. Kenya adopted a new "
        "constitution in 2010.",
        {("Mercosur", "agrees", "European Union"), ("European Union", "agrees", "Mercosur")},
        {("Kenya", "agrees", None)}),
    "talks hosted by a leader in his capital take place there, and the guests visit it": (
        "Eritrean President Isaias Afwerki and Sudanese leader Abdel Fattah al-Burhan agreed to reopen the border "
        "after talks hosted by Egyptian President Abdel Fattah el-Sisi in Cairo.",
        {("Abdel Fattah el-Sisi", "meets", "Isaias Afwerki"), ("Isaias Afwerki", "visits", "Cairo")}),
    "a speaker saying another's forces opened fire accuses them": (
        "Thailand's army said Cambodian forces opened fire first.", {("Thailand", "criticizes", "Cambodia")}),
    "drones or missiles heading for a state are no visit of their state's": (
        "Jordan intercepted Iranian drones heading for Israel.", set(), {("Iran", "visits", None)}),
    "an official named by office alone who is in another state's city visits it for the state": (
        "The Japanese foreign minister is in Manila for a two-day visit. Kenyan police are in Haiti.",
        {("Japan", "visits", "Manila")}, {("Kenya", "visits", None)}),
    "an act that angers a state is criticized by it; anger it draws in a capital is that state's": (
        "Mexico's decision infuriated Lima. India's remarks irked Kathmandu. Tokyo's decision sparked outrage in "
        "Seoul. The remarks by the Indian minister caused anger in Dhaka.",
        {("Peru", "criticizes", "Mexico"), ("Nepal", "criticizes", "India"), ("South Korea", "criticizes", "Japan"),
         ("Bangladesh", "criticizes", "India")}),
    "an ethnic name that is also a surname is no person when it qualifies a noun": (
        "Pakistan accused India of funding Baloch militants. Pakistan's army attacked Baloch militants near the "
        "Iranian border.", {("Pakistan", "criticizes", "India")}, {(None, None, "Mumtaz Zahra Baloch")}),
    "a speaker saying a state's agents were involved in a harm accuses the state, not itself": (
        "Prime Minister Petr Fiala said Russian intelligence officers were involved in the blasts. Ankara said its "
        "troops were involved in the assault on the town. Warsaw said Belarusian agents were behind the sabotage.",
        {("Petr Fiala", "criticizes", "Russia"), ("Poland", "criticizes", "Belarus")}, {("Turkey", None, None)}),
    "backing of armed groups told in a relative clause a speaker says is an accusation": (
        "Al-Shabaab militants, who Mogadishu says are funded by Asmara, attacked the base. Kenya fought al-Shabaab, "
        "a militant group that Nairobi says is backed by Eritrea.",
        {("Somalia", "criticizes", "Eritrea"), ("Kenya", "criticizes", "Eritrea")}),
    "a name listed with 'including' after a relative clause is one of the group the clause describes": (
        "The United States last month slapped sanctions on five people it accuses of undermining Georgia's "
        "stability, including the oligarch Boris Ivanishvili.",
        {("United States", "sanctions", "Boris Ivanishvili"), ("United States", "criticizes", "Boris Ivanishvili")}),
    "an agreement still being negotiated or drafted is no agreement reached": (
        "Ghana and Togo are negotiating an agreement on the border. Chad and Niger are drafting an accord on "
        "grazing routes.", {("Ghana", "meets", "Togo")}, {("Ghana", "agrees", None), ("Chad", "agrees", None)}),
    "a vehicle sent laden with relief goods is aid to where it goes": (
        "Ecuador dispatched two air force planes loaded with tents, water purifiers and medicine to northern Peru.",
        {("Ecuador", "aids", "Peru")}),
    "two men with no article are no two people named before": (
        "Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels. Kosovo police said "
        "they had arrested two men for throwing stones at officers.",
        {("Aleksandar Vucic", "meets", "Albin Kurti")}, {(None, "coerces", "Aleksandar Vucic"),
                                                          (None, "coerces", "Albin Kurti")}),
    "troops of war landing abroad are a mobilization; police sent on a mission are not": (
        "Russian warplanes landed in Venezuela. The first Kenyan soldiers touched down in the Haitian capital on "
        "Saturday. Rwandan police officers arrived in Bangui to lead a security mission.",
        {("Russia", "mobilizes", "Venezuela"), ("Kenya", "mobilizes", "Haiti")}, {("Rwanda", "mobilizes", None)}),
    "a bailout or loan secured from a lender is the lender's aid": (
        "Sri Lanka secured a $2.9 billion bailout from the IMF. The loans helped Egypt secure a bailout from the "
        "International Monetary Fund.",
        {("International Monetary Fund", "aids", "Sri Lanka"), ("International Monetary Fund", "aids", "Egypt")}),
    "a sum of money announced, earmarked or allocated for a state is aid to it": (
        "Japan announced $50 million in aid for Ukraine. Britain announced 10 million pounds in humanitarian aid "
        "for Yemen. China allocated $1 billion to Pakistan for the corridor. The government announced $10 million "
        "for its own army.",
        {("Japan", "aids", "Ukraine"), ("United Kingdom", "aids", "Yemen"), ("China", "aids", "Pakistan")}),
    "a speaker who says what another had done and then urges or warns is the one who urges or warns": (
        "Lavrov said the West had ignored Russia's concerns and warned NATO against expanding. Kagame said the "
        "rebels had attacked the town and asked Kinshasa to open talks.",
        {("Sergei Lavrov", "threatens", "North Atlantic Treaty Organization"),
         ("Paul Kagame", "urges", "Democratic Republic of the Congo")}, {("the West", "threatens", None)}),
    "an angry response an act draws is criticism of its doer": (
        "Tokyo's criticism of Beijing's maritime law drew an angry response from Chinese officials. The ministry "
        "promised a response to the letter.", {("China", "criticizes", "Japan")}),
    "a speaker who warns that harm will be done to another threatens it": (
        "Pyongyang warned that Seoul would be turned into a sea of fire. Israel warned that Hezbollah would be "
        "crushed. The ministry warned that the talks would be postponed.",
        {("North Korea", "threatens", "South Korea"), ("Israel", "threatens", "Hezbollah")}),
    "ministers meeting in a city act as themselves, not as a meeting": (
        "EU foreign ministers meeting in Brussels demanded that Russia withdraw its troops. ASEAN foreign ministers "
        "meeting in Vientiane urged Myanmar's junta to end the violence.",
        {("European Union", "demands", "Russia"), ("Association of Southeast Asian Nations", "urges", "Myanmar")}),
    "a ministry named without its state speaks for the state acting, not for one named in a condition": (
        "Russia would impose sanctions if Finland joined NATO, the ministry warned.",
        {("Russia", "threatens", "Finland")}, {("Finland", "threatens", None)}),
    "the warring parties are the two sides at war named before": (
        "Sudan's army retook the city from the Rapid Support Forces. The United States called on the warring parties "
        "to protect civilians.",
        {("United States", "urges", "Sudan"), ("United States", "urges", "Rapid Support Forces")}),
    "aid a donor gave that arrives somewhere is the donor's aid to it; goods from a state may be sold": (
        "Medicine donated by Japan arrived in Gaza on Monday. Trucks carrying flour donated by Qatar reached Khartoum. "
        "A cargo of oil from Russia reached India.",
        {("Japan", "aids", "Palestine"), ("Qatar", "aids", "Sudan")}, {("Russia", "aids", None)}),
    "a state named again by an epithet is the story's state": (
        "Morocco recalled its ambassador from Madrid. The North African kingdom accused Spain of harbouring a rebel "
        "leader. Fiji welcomed Chinese police trainers. The island nation also signed a deal with Australia.",
        {("Morocco", "criticizes", "Spain"), ("Fiji", "agrees", "Australia")}, {("China", "agrees", None)}),
    "an act whose going on is a condition is told as done": (
        "Hezbollah threatened to fire rockets at Haifa if Israel kept up its bombardment of Beirut. Russia will "
        "retaliate if Finland joins NATO.",
        {("Hezbollah", "threatens", "Israel"), ("Israel", "attacks", "Lebanon"), ("Russia", "threatens", "Finland")},
        {("Finland", "memberOf", None)}),
    "an inquiry into acts blamed on a state's forces investigates the state; the blame is no one's named": (
        "The ICC opened an investigation into abuses blamed on Ugandan troops. The ICC looked into killings blamed on "
        "Mali's army.",
        {("International Criminal Court", "investigates", "Uganda"), ("International Criminal Court", "investigates",
                                                                       "Mali")},
        {("International Criminal Court", "criticizes", None)}),
    "force used on a group or positions a name qualifies is used on that name's owner": (
        "The Saudi-led coalition has fought the Houthi movement since 2015. Israel struck Hamas positions in Rafah. "
        "Laos ordered U.N. human rights monitors to leave the country.",
        {("Saudi Arabia", "attacks", "Houthis"), ("Israel", "attacks", "Hamas")}, {("Laos", "demands", None)}),
    "captives or land handed back are a concession, as handed over": (
        "Russia handed back 95 Ukrainian prisoners of war. Armenia handed back four villages to Azerbaijan. China "
        "handed back the documents.",
        {("Russia", "concedes", "Ukraine"), ("Armenia", "concedes", "Azerbaijan")}, {("China", "concedes", None)}),
    "a trip or tour ended or begun in a place visits it": (
        "Lula ended his Africa tour in Angola. Blinken wrapped up his trip in Manila. The trip in 2019 was cancelled.",
        {("Luiz Inacio Lula da Silva", "visits", "Angola"), ("Antony Blinken", "visits", "Manila")}),
    "ties switched from one state to another break with the first and bind with the second": (
        "Nauru switched diplomatic ties from Taiwan to China in January. Kenya switched its focus to trade.",
        {("Nauru", "cooperatesWith", "China"), ("Nauru", "sanctions", "Taiwan")}, {("Kenya", None, None)}),
    "states that talk with actors no entity names talk with them, not with each other": (
        "The presidents of Ghana, Senegal and Togo flew into Bamako for talks with the junta. Chile and Peru held "
        "talks with the rebels. Chile and Peru held talks on Monday.",
        {("Chile", "meets", "Peru"), ("Ghana", "meets", "Mali"), ("Senegal", "meets", "Mali")},
        {(a, "meets", b) for a in ("Ghana", "Senegal", "Togo") for b in ("Ghana", "Senegal", "Togo")}),
    "a diplomat from a state holds a position of it": (
        "The vote went to Emeka Okafor, a veteran diplomat from Nigeria, over a lawyer from Ghana.",
        {("Emeka Okafor", "holdsPosition", "Nigeria")}, {(None, "holdsPosition", "Ghana")}),
    "a quality praised that no policy list names is its owner's": (
        "Milei praised Boric's pragmatism. Ruto praised the professionalism of the Kenyan police. China praised "
        "multilateralism.",
        {("Javier Milei", "praises", "Gabriel Boric"), ("William Ruto", "praises", "Kenya"),
         ("China", "praises", "multilateralism")}, {(None, "praises", "pragmatism")}),
    "forces sent to intercept or shadow another's are mobilized against it": (
        "Japan scrambled jets to intercept Russian bombers near Hokkaido. Britain sent a warship to shadow a Russian "
        "flotilla in the English Channel. Poland sent troops to protect Ukrainian refugees at the border.",
        {("Japan", "mobilizes", "Russia"), ("United Kingdom", "mobilizes", "Russia")},
        {("Poland", "mobilizes", "Ukraine")}),
    "forcing another's people or craft to act coerces their state": (
        "Poland scrambled a fighter jet to force a Lithuanian airliner to land in Warsaw. Ethiopia forced Sudanese "
        "farmers off the disputed land. Mass protests forced the Kenyan president to resign.",
        {("Poland", "coerces", "Lithuania"), ("Ethiopia", "coerces", "Sudan")}, {(None, "coerces", "Kenya")}),
    "an act no trigger names, refused, rejects the one it would be done to or with": (
        "Kenya refused to renew the lease on a British army training base in Nanyuki. Turkey refused to share "
        "intelligence with Israel. Ghana declined to comment on Togo's claims. Spain has not refused to renew the "
        "lease on the Moroccan port.",
        {("Kenya", "opposes", "United Kingdom"), ("Turkey", "opposes", "Israel")},
        {("Ghana", None, None), ("Spain", None, None)}),
    "police no state owns act for the state where they act": (
        "Police arrested 20 Ugandan traders in Nairobi. Security forces detained a French journalist in Bamako.",
        {("Kenya", "coerces", "Uganda"), ("Mali", "coerces", "France")}),
    "what a stop is made in protest at is not stopped": (
        "Chad suspended talks with Sudan in protest at joint military drills between Libyan and Egyptian forces.",
        {("Chad", "sanctions", "Sudan"), ("Egypt", "cooperatesWith", "Libya")}),
    "a stance on a joint act between two is on both": (
        "Ghana protested against military exercises between Togo and Benin.",
        {("Ghana", "protests", "Togo"), ("Ghana", "protests", "Benin")}),
    "drills held in waters near a state are a show of force at it": (
        "Iran held naval exercises in waters near the United Arab Emirates. Japan held drills in Okinawa.",
        {("Iran", "mobilizes", "United Arab Emirates")}, {("Japan", "mobilizes", None)}),
    "a country's first-level region is in that country": (
        "Chad sent food aid to displaced people in Borno. Nigerian troops were deployed to Cabo Delgado.",
        {("Chad", "aids", "Nigeria"), ("Nigeria", "mobilizes", "Mozambique")}),
    "the region or province visited is the place named just before": (
        "Fighting flared in Cabo Delgado, and Rwandan President Paul Kagame visited the province on Sunday.",
        {("Paul Kagame", "visits", "Cabo Delgado")}),
    "aid from a donor that reaches people somewhere is the donor's aid to that state": (
        "Aid from Japan has reached flood victims in Bangladesh. Grain from Ukraine reached Egypt.",
        {("Japan", "aids", "Bangladesh")}, {("Ukraine", "aids", None)}),
    "a crowd a clause tells acted in a place is of that place's state": (
        "Nigerian police arrested dozens of protesters who had blocked roads in Abuja.",
        {("Nigeria", "coerces", "Nigeria"), ("Nigeria", "protests", "Nigeria")}, {(None, None, "protesters")}),
    "'the government' is the state whose government was named, not the state named last": (
        "Colombia's government and the ELN extended their ceasefire. Norway's envoy praised both delegations. The "
        "government thanked Cuba for hosting the talks.",
        {("Colombia", "praises", "Cuba")}, {("Norway", "praises", "Cuba")}),
    "rebels named by no more than the word are the armed group named just before": (
        "The Philippines suspended talks with the New People's Army after rebels attacked an army post in Mindanao. "
        "Mali's army said rebels attacked a convoy near Kidal.",
        {("New People's Army", "attacks", "Philippines")}, {(None, "attacks", "Mali")}),
    "claims a nationality qualifies, called baseless or lies, are that state's": (
        "Cambodia called the Thai claims \"baseless\". The Laotian prime minister called the Thai claims lies.",
        {("Cambodia", "opposes", "Thailand"), ("Laos", "criticizes", "Thailand")}),
    "a visit cut short took place; aid cut is withdrawn": (
        "Ruto cut short his visit to Lome. Japan cut aid to Myanmar.",
        {("William Ruto", "visits", "Lome"), ("Japan", "sanctions", "Myanmar")}, {("Japan", "aids", None)}),
    "a state that will stay in a body is a member of it now": (
        "Morocco will also stay in the African Union, the king said. Armenia may stay in the Collective Security "
        "Treaty Organization.",
        {("Morocco", "memberOf", "African Union")}, {("Armenia", "memberOf", None)}),
    "peacekeepers withdrawn are a sanction on where they kept the peace, both sides of a border": (
        "Egypt withdrew its peacekeepers from the border between Sudan and South Sudan. Chad pulled its "
        "peacekeepers out of Mali. Ghana withdrew its troops from Mali.",
        {("Egypt", "sanctions", "Sudan"), ("Egypt", "sanctions", "South Sudan"), ("Chad", "sanctions", "Mali"),
         ("Ghana", "concedes", "Mali")}, {("Ghana", "sanctions", None)}),
    "a vote judged again is the judging of the state that held it": (
        "Belarus held a presidential election on Sunday. Lithuania called the election a farce. Tokayev won 81 "
        "percent of the vote, according to Kazakhstan's election commission. Kyrgyzstan called the vote a sham.",
        {("Lithuania", "criticizes", "Belarus"), ("Kyrgyzstan", "criticizes", "Kazakhstan")}),
    "a stance on a vote or its result told before is on the state that held it": (
        "Venezuela held a presidential election on Sunday. Argentina rejected the result. Russia held a presidential "
        "election in March. Poland condemned the vote.",
        {("Argentina", "opposes", "Venezuela"), ("Poland", "opposes", "Russia")}),
    "a stance on a deal two names share by a hyphen is on both": (
        "Somalia condemned the Ethiopia-Somaliland deal.",
        {("Somalia", "opposes", "Ethiopia"), ("Somalia", "opposes", "Somaliland")}),
    "a state that is one of a body's members is a member": (
        "Ghana is one of the 15 members of ECOWAS. Togo is not one of the members of the Commonwealth. Mali is one "
        "of the largest states in the region.",
        {("Ghana", "memberOf", "Economic Community of West African States")},
        {("Togo", None, None), ("Mali", None, None)}),
    "one among those who did something did it": (
        "Ruto was among the leaders who met Biden at the White House. Ghana was among the states that backed "
        "Morocco's plan.",
        {("William Ruto", "meets", "Joe Biden"), ("Ghana", "supports", "Morocco")}),
    "concern at arrests in a state's city, by no one named, is at that state": (
        "Ghana expressed deep concern about the arrest of Ghanaian traders in Lome.",
        {("Ghana", "criticizes", "Togo")}),
    "a stopover somewhere visits it": (
        "Ruto made a stopover in Addis Ababa on his way to Cairo.",
        {("William Ruto", "visits", "Addis Ababa")}),
    "a release demanded of captives held somewhere or by someone is demanded of the captor": (
        "Ghana demanded the release of its nationals held in Togo. Britain demanded the release of sailors "
        "detained by Iran. Peru demanded the release of the hostages.",
        {("Ghana", "demands", "Togo"), ("United Kingdom", "demands", "Iran")}, {("Peru", None, None)}),
    "two states' names hyphened are two names, even when the first is read as a person's": (
        "Chad condemned the Niger-Russia defence pact. Senegal criticised the Mali-Turkey drone deal.",
        {("Chad", "opposes", "Niger"), ("Chad", "opposes", "Russia"), ("Senegal", "criticizes", "Mali"),
         ("Senegal", "criticizes", "Turkey")}, {(None, None, "Niger-Russia"), (None, None, "Mali-Turkey")}),
    "aid that opens a sentence is aid, not a verb, and reaches the state where its people are": (
        "Aid from Norway has reached flood victims in Malawi.",
        {("Norway", "aids", "Malawi")}),
    "one person's talks held in another state's capital with no partner named are with that state": (
        "UN envoy Hans Grundberg held talks in Sanaa on Monday. Kenyan President William Ruto held talks in Nairobi. "
        "ECOWAS held a summit in Accra.",
        {("Hans Grundberg", "meets", "Yemen")}, {("William Ruto", "meets", None), (None, "meets", "Ghana")}),
    "one who represents a state at an occasion abroad visits its place": (
        "Ruto did not attend the AU summit in Addis Ababa, where Kenya was represented by Foreign Minister Musalia "
        "Mudavadi. Kenyan Foreign Minister Musalia Mudavadi represented Kenya at a forum in Nairobi.",
        {("Musalia Mudavadi", "visits", "Addis Ababa")}, {(None, "visits", "Nairobi")}),
    "a passive clause of time names no doer: the main clause's subject did not do it": (
        "Kyrgyzstan protested to Tajikistan after a border guard was killed. Ghana recalled its envoy from Togo "
        "when two Ghanaian traders were detained.",
        {("Kyrgyzstan", "criticizes", "Tajikistan")}, {("Kyrgyzstan", "attacks", None), ("Ghana", "coerces", None),
                                                       ("Kyrgyzstan", "protests", None)}),
    "a hostile answer that names no one is aimed at whoever prompted it": (
        "Bolivia's police raided the Peruvian consulate, prompting Peru to sever diplomatic relations. Uganda's "
        "remarks led Kenya to lodge a protest. The vote prompted Serbia to cut ties with Montenegro.",
        {("Peru", "sanctions", "Bolivia"), ("Kenya", "criticizes", "Uganda"), ("Serbia", "sanctions", "Montenegro")},
        {("Serbia", None, "Bolivia"), ("Serbia", None, "Uganda")}),
    "a state does not visit its own capital; a visit hung on what thanks are for is the thanker's": (
        "Ghana's president thanked Turkey for building a hospital during a visit to Ankara. Malawi thanked India for "
        "its grain during a visit to New Delhi.",
        {("Malawi", "visits", "New Delhi"), ("Ghana", "visits", "Ankara")}, {("Turkey", "visits", None)}),
    "a charge 'of' an act someone owns accuses that owner, and the act is only alleged": (
        "India rejected Canadian allegations of Indian involvement in the killing. Kinshasa repeated its "
        "accusations of Rwandan support for the M23 rebels. Beijing dismissed charges of Chinese espionage.",
        {("Canada", "criticizes", "India"), ("Democratic Republic of the Congo", "criticizes", "Rwanda"),
         ("India", "opposes", "Canada")}, {("Rwanda", "supports", None)}),
    "an act not done 'during' a visit leaves the visit done": (
        "Tajikistan did not arrest Vladimir Putin during his visit to Dushanbe. Kenya did not send troops during the "
        "talks in Addis Ababa.",
        {("Vladimir Putin", "visits", "Dushanbe")}, {("Tajikistan", None, None), ("Kenya", None, None)}),
    "a name cut to its first words is the full name they open": (
        "Malaysian Environment Minister Nik Nazmi Nik Ahmad flew to Jakarta on Monday. Nik Nazmi thanked Indonesia for "
        "its help.",
        {("Nik Nazmi Nik Ahmad", "praises", "Indonesia"), ("Indonesia", "aids", "Malaysia")},
        {("Nik Nazmi", None, None), (None, None, "Nik Nazmi")}),
    "rebels 'in' a place the parser hangs on the verb are of the place's state; troops sent there are not": (
        "Nigeria accused militants in Borno of killing 12 farmers. Peru deployed troops in Bolivia.",
        {("Nigeria", "criticizes", "Nigeria")}, {(None, None, "Bolivia")}),
    "a name set before support or aid 'for' someone is whose it is": (
        "Iran condemned US support for Israel. Protesters in Dhaka rallied against Indian support for the "
        "government. Japan welcomed EU aid for Ukraine. Kenya signed the Ukraine aid package.",
        {("United States", "supports", "Israel"), ("European Union", "aids", "Ukraine")},
        {("Ukraine", "aids", None), (None, "aids", "Kenya")}),
    "a verb whose object 'no' denies is not done": (
        "Laos signed no agreement with Vietnam. Kenya sent no troops to Somalia. China imposed no sanctions on "
        "Lithuania. Russia sent no fewer than 200 troops to Niger.",
        {("Russia", "mobilizes", "Niger")}, {("Laos", None, None), ("Kenya", None, None), ("China", None, None)}),
    "a charge of a gerund, or of an act a nationality owns through a compound, accuses that owner": (
        "Peru rejected Bolivian accusations of Peruvian spying on its army. Ghana rejected Togolese allegations of "
        "Ghanaian drone flights over the border.",
        {("Bolivia", "criticizes", "Peru"), ("Togo", "criticizes", "Ghana")}),
    "an object pronoun after a charge is the one the clause acted on; a trailing participle that angers is the "
    "clause's doer's act": (
        "Bolivia expelled the Peruvian consul, accusing it of meddling. Georgia closed its airspace to Russian "
        "airlines, infuriating Moscow.",
        {("Bolivia", "criticizes", "Peru"), ("Russia", "criticizes", "Georgia")},
        {("Bolivia", "criticizes", "Bolivia")}),
    "a name the parser gives an object, with the verb read as the object's participle, is the verb's subject": (
        "ECOWAS lifted sanctions on Niger. ECOWAS lifted sanctions on Mali, the bloc said.",
        {("Economic Community of West African States", "concedes", "Niger"),
         ("Economic Community of West African States", "concedes", "Mali")}, {(None, "sanctions", None)}),
    "one placed or put under arrest is coerced; troops placed under a command are not": (
        "Iranian authorities placed two French tourists under house arrest. Pakistan put the Indian pilot under "
        "arrest. Kenya placed its troops under UN command.",
        {("Iran", "coerces", "France"), ("Pakistan", "coerces", "India")}, {("Kenya", None, None)}),
    "'the junta' with no state told under military rule is the one state whose place its sentence names": (
        "Senegal's foreign minister flew to Conakry for talks with the junta. Speaking in Abuja, Tinubu warned the "
        "junta.",
        {("Senegal", "meets", "Guinea")}, {(None, None, "Nigeria")}),
    "'the rebels' named first so are the armed group the sentence before named": (
        "Boko Haram fighters stormed a village in Borno. The rebels later clashed with Nigerian troops. The EU "
        "imposed sanctions on Niger. The rebels demanded talks.",
        {("Nigeria", "attacks", "Boko Haram")}, {("European Union", "demands", None)}),
    "a common given name tells 'she' from 'he'": (
        "Foreign Minister Vera Okonjo met Ambassador Luis Arce in Lima. He thanked Chile for its support.",
        {("Luis Arce", "praises", "Chile")}, {("Vera Okonjo", "praises", None)}),
    "retaliation by tariffs or sanctions is a sanction, not an attack": (
        "India retaliated against Turkey by imposing tariffs on its steel. Japan retaliated against China with "
        "restrictions on chip exports. Pakistan retaliated against India.",
        {("India", "sanctions", "Turkey"), ("Japan", "sanctions", "China"), ("Pakistan", "attacks", "India")},
        {("India", "attacks", None), ("Japan", "attacks", None)}),
    "closing another state's mission is a sanction on that state, wherever the mission is": (
        "Latvia closed the Belarusian consulate in Daugavpils. Moldova ordered the closure of the Russian embassy "
        "office in Balti. Lithuania closed its embassy in Minsk.",
        {("Latvia", "sanctions", "Belarus"), ("Moldova", "sanctions", "Russia"),
         ("Lithuania", "sanctions", "Belarus")}),
    "one received 'from' a state, the phrase hung on the verb, is that state's, one person as many": (
        "Zambian President Hakainde Hichilema received an envoy from Angola in Lusaka. Namibia expelled a diplomat "
        "from Windhoek.",
        {("Hakainde Hichilema", "meets", "Angola")}, {(None, None, "Namibia")}),
    "fire that fire answered after it, naming no target, was aimed at the one who answered": (
        "Indian troops shelled posts in Kashmir after Pakistani forces fired mortars across the line. Kenya "
        "expelled the envoy after Somali gunmen fired shots.",
        {("Pakistan", "attacks", "India")}, {("Somalia", "attacks", "Kenya")}),
    "forces sent around a state move against it; forces an act prompted move against its doer": (
        "Turkey sent frigates around Cyprus. Iranian drones flew near the Saudi border, prompting Riyadh to "
        "scramble fighter jets.",
        {("Turkey", "mobilizes", "Cyprus"), ("Saudi Arabia", "mobilizes", "Iran")}),
    "a complaint to a body is about the doer of the act it names, a gerund's subject too": (
        "Armenia complained to the OSCE about Azerbaijani shelling. Kenya filed a complaint with the African "
        "Union.",
        {("Armenia", "criticizes", "Azerbaijan")},
        {("Armenia", "criticizes", "Organization for Security and Co-operation in Europe"),
         ("Kenya", "criticizes", None)}),
    "appeals one goes ahead or refuses despite are the appellants' on the one who does": (
        "Niger refused to reopen the border despite appeals from China. Chile signed the deal despite demands "
        "from Bolivia. If Laos builds the dam despite appeals from Vietnam, talks will end.",
        {("China", "urges", "Niger"), ("Bolivia", "demands", "Chile")}, {("Vietnam", None, "Laos")}),
    "people a present participle describes do what it says, not the clause's subject": (
        "Ecuadorian President Daniel Noboa voiced support for protesters demanding the resignation of Colombian "
        "President Gustavo Petro.",
        {("protesters", "demands", "Gustavo Petro")},
        {("Daniel Noboa", "demands", None), ("Ecuador", "demands", None)}),
    "a naming ('called the ban an insult') is no move a protest of 'the decision' answers": (
        "Uganda barred former Kenyan president Uhuru Kenyatta from entering the country. Kenyatta called the ban an "
        "insult to Kenyans. Ruto's government summoned Uganda's charge d'affaires in Nairobi to protest the "
        "decision.",
        {("Kenya", "criticizes", "Uganda")}, {("Kenya", None, "Uhuru Kenyatta")}),
    "a speaker's next verb after a progressive it reports is the speaker's": (
        "The Turkish embassy in Athens said the jets were flying in international airspace and urged Greece to end "
        "its complaints.",
        {("Turkey", "urges", "Greece")}),
    "a clause of time in the simple past under a vow tells what was done": (
        "Somalia recalled its envoy and vowed to defend its land after Ethiopia signed a deal with Somaliland. Chad "
        "promised to reopen the border when Sudan withdraws its troops.",
        {("Ethiopia", "agrees", "Somaliland")}, {("Sudan", None, None)}),
    "states that exchange ambassadors take up ties; notes exchanged are no ties": (
        "Morocco exchanged ambassadors with Israel. Chile and Bolivia exchanged diplomatic notes.",
        {("Morocco", "cooperatesWith", "Israel")}, {("Chile", "cooperatesWith", "Bolivia")}),
    "one called a name is judged, not phoned, however the parser hangs the name": (
        "Colombia on Wednesday ordered the expulsion of several Argentine diplomats after Argentine President Javier "
        "Milei called his Colombian counterpart Gustavo Petro a \"murderous terrorist\" in a television interview.",
        {("Javier Milei", "criticizes", "Gustavo Petro")}, {("Javier Milei", "meets", "Gustavo Petro")}),
    "a clash between people is one of words, each way; between forces, one of arms": (
        "Colombian President Gustavo Petro has clashed with Salvadoran President Nayib Bukele. Indian troops clashed "
        "with Chinese soldiers in Ladakh.",
        {("Gustavo Petro", "criticizes", "Nayib Bukele"), ("Nayib Bukele", "criticizes", "Gustavo Petro"),
         ("India", "attacks", "China")},
        {("Gustavo Petro", "attacks", None), ("Nayib Bukele", "attacks", None)}),
    "one who comes to another's defence backs them, to their aid aids them; not when it is only promised": (
        "Brazil came to the defence of Venezuela at the summit. Australia and New Zealand rushed to Tonga's aid. The "
        "United States will come to the defence of the Philippines if it is attacked. No state came to the rescue "
        "of Sri Lanka.",
        {("Brazil", "supports", "Venezuela"), ("Australia", "aids", "Tonga"), ("New Zealand", "aids", "Tonga")},
        {("United States", None, "Philippines"), (None, None, "Sri Lanka")}),
    "remarks called disrespectful are a wrong of their author's": (
        "Mexican President Andres Manuel Lopez Obrador called Argentine President Javier Milei's remarks "
        "disrespectful.",
        {("Andres Manuel Lopez Obrador", "criticizes", "Javier Milei")}),
    "websites and servers are targets an attack can hit": (
        "Chinese hackers targeted Taiwanese government websites. Iranian hackers hit Albanian state servers.",
        {("China", "attacks", "Taiwan"), ("Iran", "attacks", "Albania")}),
    "a seat of government stands for its state in an office holder's title": (
        "Blue House spokesman Kang Min-seok said Seoul welcomed the offer. Quai d'Orsay spokeswoman Anne-Claire "
        "Legendre criticised the ruling. Kantei spokesman Hirokazu Matsuno said Tokyo would respond.",
        {("Kang Min-seok", "holdsPosition", "South Korea"), ("Anne-Claire Legendre", "holdsPosition", "France"),
         ("Hirokazu Matsuno", "holdsPosition", "Japan")}),
    "a call for the release of one held is made of whoever holds them": (
        "Poland called for the release of a Polish journalist held by Belarus. Chile called for the release of "
        "Peru's former president.",
        {("Poland", "urges", "Belarus")}, {("Chile", "urges", "Peru")}),
    "a state's act told by a bare participle is the state's of the place, done to the one it describes": (
        "Poland demanded the release of a Polish journalist jailed in Minsk.",
        {("Poland", "demands", "Belarus"), ("Belarus", "coerces", "Poland")}, {("Poland", "coerces", "Belarus")}),
    "refugees and exiles in a place are not that state's": (
        "Refugees in Chad appealed to the UN for food. Students in Dhaka protested against India.",
        {("Bangladesh", "protests", "India")}, {("Chad", None, None)}),
    "the companion 'together with' whom one acts acts too": (
        "Together with France, Germany urged Serbia to de-escalate. Kenya, together with Ethiopia, condemned the "
        "attack by al-Shabaab.",
        {("France", "urges", "Serbia"), ("Germany", "urges", "Serbia"), ("Ethiopia", "opposes", "Al-Shabaab"),
         ("Kenya", "opposes", "Al-Shabaab")}),
    "a body's members, member states, countries or nations act for the body; no state has countries": (
        "NATO members backed Finland's bid. EU member states agreed to sanction Iran. ASEAN nations condemned the "
        "attack by Myanmar. Five Micronesian nations said they would leave the Pacific Islands Forum.",
        {("North Atlantic Treaty Organization", "supports", "Finland"), ("European Union", "sanctions", "Iran"),
         ("Association of Southeast Asian Nations", "opposes", "Myanmar")},
        {("Federated States of Micronesia", None, None)}),
    "a verb read as a participle of the title after it, with a subject of its own, is the sentence's verb": (
        "Qatar's emir telephoned Iranian President Masoud Pezeshkian on Tuesday.",
        {("Qatar", "meets", "Masoud Pezeshkian")}),
    "the Pope stands for the Holy See": (
        "The Pope received Argentine President Javier Milei at the Vatican.",
        {("Holy See", "meets", "Javier Milei")}),
    "two names a headline opens with, a comma between, are both the verb's subjects": (
        "Egypt, Sudan hold talks on Nile dam. Chad, Sudan hold talks on border security.",
        {("Egypt", "meets", "Sudan"), ("Chad", "meets", "Sudan")}),
    "the UN's agencies named by what they do are those agencies": (
        "The head of the U.N. nuclear watchdog, Rafael Grossi, will travel to Tehran next week. The UN food agency "
        "praised Malawi's response to the drought.",
        {("Rafael Grossi", "holdsPosition", "International Atomic Energy Agency"),
         ("World Food Programme", "praises", "Malawi")},
        {("Rafael Grossi", "holdsPosition", "United Nations")}),
    "Caribbean, Southern African and Pacific Island leaders act as their region's body": (
        "Caribbean leaders urged Haiti's transitional council to set a date for elections. Southern African leaders "
        "condemned the coup in Lesotho. Pacific Island leaders criticised Japan's plan to release treated water. "
        "Caribbean tourists visited Cuba.",
        {("Caribbean Community", "urges", "Haiti"), ("Southern African Development Community", "opposes", "Lesotho"),
         ("Pacific Islands Forum", "criticizes", "Japan")}, {("Caribbean Community", "visits", None)}),
    "'their counterparts' are the other side's, not the owners'": (
        "Japan and the Philippines signed a defence pact on Monday. Japanese Foreign Minister Yoko Kamikawa and "
        "Defence Minister Minoru Kihara signed the Reciprocal Access Agreement with their Philippine counterparts, "
        "Enrique Manalo and Gilberto Teodoro, in Manila.",
        {("Yoko Kamikawa", "agrees", "Enrique Manalo")},
        {("Yoko Kamikawa", "agrees", "Japan"), ("Japan", None, "Yoko Kamikawa")}),
    "a state's fire or shells that kill act for it, as its strikes do": (
        "Israeli fire killed two Lebanese soldiers near the border. Syrian shells killed a Turkish border guard.",
        {("Israel", "attacks", "Lebanon"), ("Syria", "attacks", "Turkey")}),
    "forces that damage or destroy a target attack its owner; a storm attacks no one": (
        "Russian missiles damaged a Ukrainian power station. The storm destroyed Cuban farms.",
        {("Russia", "attacks", "Ukraine")}, {(None, "attacks", "Cuba")}),
    "forces reduced or drawn down near a state and property returned to it are concessions to it": (
        "Serbia reduced its troop presence near Kosovo. The Netherlands returned looted artefacts to Indonesia. "
        "Russia reduced gas supplies to Europe.",
        {("Serbia", "concedes", "Kosovo"), ("Netherlands", "concedes", "Indonesia")}, {("Russia", "concedes", None)}),
    "the one a cause leads or compels to act is the doer": (
        "Saudi Arabia and Canada agreed on Wednesday to restore full diplomatic relations, five years after a row "
        "over human rights led the kingdom to expel the Canadian ambassador.",
        {("Saudi Arabia", "sanctions", "Canada")}),
    "'its two allies' are the last two other states named before": (
        "Saudi Arabia and Canada agreed to restore full diplomatic relations. The United States had urged its two "
        "allies to resolve their differences.",
        {("United States", "urges", "Saudi Arabia"), ("United States", "urges", "Canada")}),
    "an act named with its doer that a judgement is withheld on happened all the same; one vetoed did not": (
        "India has yet to condemn Russia's invasion of Ukraine. Hungary vetoed the European Union's financial aid "
        "package for Ukraine.",
        {("Russia", "attacks", "Ukraine")}, {("European Union", "aids", "Ukraine")}),
    "one said to be a supporter, backer or critic of someone holds that stance; one described so does not": (
        "Poland is among the staunchest supporters of Ukraine. Iran is one of the main backers of Hezbollah. Mali "
        "is not a supporter of the plan. Slovakia, an opponent of sanctions on Belarus, hosted the talks.",
        {("Poland", "supports", "Ukraine"), ("Iran", "supports", "Hezbollah")},
        {("Mali", None, None), ("Slovakia", "opposes", None)}),
    "a state that intercepts another's vessel coerces it; intercepted missiles are no coercion": (
        "The Indonesian navy intercepted a Vietnamese fishing boat near the Natuna Islands. Israeli air defences "
        "intercepted Iranian missiles.",
        {("Indonesia", "coerces", "Vietnam")}, {("Israel", "coerces", "Iran")}),
    "striking or hitting back at someone with weapons attacks them; with words criticizes them": (
        "Pakistan struck back at India with missile strikes on Saturday. Israel hit back at Hezbollah with air "
        "strikes. China struck back at the United States, calling its claims lies.",
        {("Pakistan", "attacks", "India"), ("Israel", "attacks", "Hezbollah"),
         ("China", "criticizes", "United States")},
        {("Israel", "criticizes", "Hezbollah"), ("China", "attacks", "United States")}),
    "a state that chases or drives another's vessels away coerces it": (
        "The Philippine coast guard chased away Chinese fishing boats from Scarborough Shoal. The Turkish navy drove "
        "off a Greek research vessel.",
        {("Philippines", "coerces", "China"), ("Turkey", "coerces", "Greece")}),
    "a licence, permit or accreditation revoked or cancelled sanctions its holder": (
        "Niger's junta revoked the licence of a French uranium company. Mali cancelled the accreditation of a French "
        "journalist.",
        {("Niger", "sanctions", "France"), ("Mali", "sanctions", "France")}),
    "non-governmental actors named by an acronym keep it as written": (
        "Burkina Faso expelled two foreign NGOs. Human rights groups criticised Egypt.",
        {("Burkina Faso", "sanctions", "NGOs"), ("human rights groups", "criticizes", "Egypt")},
        {("Burkina Faso", "sanctions", "ngos")}),
    "migrants a state's agents detain are not its own people": (
        "Greek coast guards detained a group of migrants who had sailed from Turkey. Italian police arrested "
        "dozens of protesters who had blocked roads in Rome.",
        {("Italy", "coerces", "Italy")}, {("Greece", "coerces", "Greece")}),
    "a crowd counted in thousands acts where its verb says it did": (
        "Thousands of protesters rallied in Bishkek against the government.",
        {("Kyrgyzstan", "protests", "Kyrgyzstan")}, {("protesters", None, None)}),
    "instructors are a state's military agents": (
        "Egyptian instructors trained Libyan army recruits near Benghazi.",
        {("Egypt", "aids", "Libya")}),
    "what is looked into is done by those the claim names, and the claim has no author": (
        "The African Union launched an inquiry into allegations that Eritrea had sent troops into Tigray.",
        {("African Union", "investigates", "Eritrea")}, {("African Union", "criticizes", "Eritrea")}),
    "what reports say was done is alleged, not told as done": (
        "The OSCE is investigating reports that Azerbaijan shelled villages in Armenia. Xinhua reported that Lula "
        "met Ramaphosa in Pretoria.",
        {("Organization for Security and Co-operation in Europe", "investigates", "Azerbaijan"),
         ("Luiz Inacio Lula da Silva", "meets", "Cyril Ramaphosa")},
        {("Azerbaijan", "attacks", "Armenia")}),
    "a deadline given to act is an ultimatum; one given to leave is an expulsion": (
        "The African Union gave Sudan's generals two weeks to agree on a civilian government. Mozambique gave "
        "Malawi's ambassador 72 hours to go.",
        {("African Union", "threatens", "Sudan"), ("Mozambique", "sanctions", "Malawi")},
        {("Mozambique", "threatens", None)}),
    "a stance drawn by 'a move' is on those of the clause the move sums up, and by a pact on both its sides": (
        "Serbia and Hungary agreed to build an oil pipeline, a move that drew criticism from Croatia. The accord "
        "between Morocco and Israel drew a rebuke from Algeria.",
        {("Croatia", "criticizes", "Serbia"), ("Croatia", "criticizes", "Hungary"),
         ("Algeria", "criticizes", "Morocco"), ("Algeria", "criticizes", "Israel")}),
    "a body named by a hyphened name before its word is that body": (
        "Nigeria blamed the Ansar-ul-Islam group for the ambush. Delhi condemned the Jaish-e-Mohammed group over "
        "the grenade attack.",
        {("Nigeria", "criticizes", "Ansar-ul-Islam"), ("India", "opposes", "Jaish-e-Mohammed")}),
    "'its' in the reason cited for an act on another state is that state's": (
        "Bolivia cut diplomatic ties with Israel, citing its offensive in Gaza.",
        {("Bolivia", "sanctions", "Israel"), ("Israel", "attacks", "Palestine")}, {("Bolivia", "attacks", None)}),
    "an envoy recalled from no named post is recalled from the other side of the break told just before": (
        "Belize cut diplomatic ties with Israel, while Honduras and Chad recalled their ambassadors for "
        "consultations. Tunisia expelled two Libyan diplomats. Libya recalled its ambassador in response.",
        {("Honduras", "sanctions", "Israel"), ("Chad", "sanctions", "Israel"), ("Libya", "sanctions", "Tunisia")},
        {("Honduras", "meets", "Chad")}),
    "forces a state says it will send to another state are offered, not threatened; to a border they threaten": (
        "Rwanda said it would send a battalion of 1,000 soldiers to the Central African Republic. Serbia said it "
        "would deploy troops to its border with Kosovo.",
        {("Rwanda", "agrees", "Central African Republic"), ("Serbia", "threatens", "Kosovo")},
        {("Rwanda", "threatens", None)}),
    "measures tightened, widened or extended on a state are sanctions on it; trade ties expanded are not": (
        "Canada tightened restrictions on steel exports to Turkey. Australia widened its sanctions against Myanmar. "
        "Peru and Chile expanded trade ties.",
        {("Canada", "sanctions", "Turkey"), ("Australia", "sanctions", "Myanmar")},
        {("Peru", "sanctions", None), ("Chile", "sanctions", None)}),
    "a pact the subject names with its makers by 'by' was made by them; a thing sent by a state is its act": (
        "An accord signed by Serbia and Albania on Monday was welcomed by the EU. Medics sent by Japan to "
        "Tonga will stay another month.",
        {("Serbia", "agrees", "Albania"), ("Albania", "agrees", "Serbia"), ("Japan", "aids", "Tonga")}),
    "a state's agents who act on someone's followers act on the one they follow": (
        "Bangladeshi police detained hundreds of supporters of former prime minister Khaleda Zia.",
        {("Bangladesh", "coerces", "Khaleda Zia")}),
    "a crowd that occupies a building somewhere protests its own government there": (
        "Protesters occupied the parliament building in Tbilisi, demanding the resignation of Prime Minister Irakli "
        "Kobakhidze. Protesters demanding the resignation of Prime Minister Robert Fico blocked roads in Bratislava.",
        {("Georgia", "protests", "Irakli Kobakhidze"), ("Slovakia", "demands", "Robert Fico")},
        {("Protesters", None, None)}),
    "an office kept at home with no country named is the country the story is filed from": (
        "NAIROBI, March 3 (Reuters) - Interior Minister Daniel Otieno said police had arrested 40 people after the "
        "clashes.",
        {("Daniel Otieno", "holdsPosition", "Kenya")}),
    "an envoy a state expels or summons, named with no country, is of the one other country the sentence names": (
        "Guatemala expelled ambassador Ramon Ortiz, accusing Honduras of meddling in its election.",
        {("Ramon Ortiz", "holdsPosition", "Honduras"), ("Guatemala", "sanctions", "Honduras")},
        {("Guatemala", "sanctions", "Ramon Ortiz")}),
    "a stance pledged is the stance, no agreement": (
        "Ghana pledged solidarity with Burkina Faso after the attack.",
        {("Ghana", "supports", "Burkina Faso")}, {("Ghana", "agrees", None)}),
    "the one a passive participle's 'by' names does what it says; an act a year names is past": (
        "Qatar and Bahrain agreed to restore diplomatic relations in a deal brokered by Kuwait. Iraq accused Iran "
        "of a breach of the 1975 treaty signed by the two countries.",
        {("Kuwait", "meets", "Qatar"), ("Kuwait", "meets", "Bahrain")},
        {("Qatar", "meets", "Kuwait"), ("Iraq", "agrees", "Iran"), ("Iran", "agrees", "Iraq")}),
    "what one directs or instructs others to do is asked of them, not done; a trade told in the present stands": (
        "Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera directed their ministers to "
        "cut border fees within a month and to meet again in Lusaka. Botswana, which trades with both countries, "
        "welcomed the deal.",
        {("Hakainde Hichilema", "holdsPosition", "Zambia")},
        {("Lazarus Chakwera", "meets", None), ("Hakainde Hichilema", "meets", None),
         ("Botswana", "cooperatesWith", None)}),
    "ties elevated or an elevation of ties announced are cooperation": (
        "Indonesia and Brazil announced the elevation of bilateral ties to a strategic partnership. Peru elevated "
        "ties with South Korea.",
        {("Brazil", "cooperatesWith", "Indonesia"), ("Peru", "cooperatesWith", "South Korea")}),
    "an epithet of a state's form is the last state of that form told of before its sentence": (
        "Kuwait and Iraq agreed to reopen their embassies. The kingdom of Jordan had joined Egypt in cutting ties "
        "with the oil-rich emirate in 1990, accusing it of aggression.",
        {("Jordan", "sanctions", "Kuwait"), ("Egypt", "sanctions", "Kuwait"), ("Jordan", "criticizes", "Kuwait")}),
    "an office one does not or will not recognise someone as holding is not said to be theirs": (
        "Canada, which does not recognise Alexander Lukashenko as Belarus's president, urged Minsk to free "
        "prisoners. The African Union refused to recognise Assimi Goita as Mali's president.",
        {("Canada", "urges", "Belarus")},
        {("Alexander Lukashenko", "holdsPosition", None), ("Assimi Goita", "holdsPosition", None)}),
    "a body listed as terrorist is sanctioned; one taken off a terrorist list is conceded to": (
        "Australia listed Hezbollah as a terrorist organisation. Washington removed the Houthis from its terrorist "
        "list.",
        {("Australia", "sanctions", "Hezbollah"), ("United States", "concedes", "Houthis")},
        {("United States", "coerces", None), ("United States", "sanctions", None)}),
    "an act whose victims a clause speaks of is not that clause's subject's act": (
        "Scholz paid tribute to the victims of the bombing in Kabul. Chile sent condolences to the families of "
        "those killed in the attack on Lima.",
        set(), {("Olaf Scholz", "attacks", None), ("Chile", "attacks", None)}),
    "one who shuttles between two sides mediates between them": (
        "Norwegian envoys shuttled between Colombian and ELN negotiators in Havana.",
        {("Norway", "meets", "Colombia"), ("Norway", "meets", "National Liberation Army")}),
    "members named by no body are the body of states named just before; Pacific island leaders are the Forum": (
        "Leaders of the Southern African Development Community met in Lusaka. Members agreed to strengthen "
        "security cooperation with Angola. Pacific island leaders rejected a Chinese proposal.",
        {("Southern African Development Community", "cooperatesWith", "Angola"),
         ("Pacific Islands Forum", "opposes", "China")}),
    "the talks one suspends are those told before, with their other side": (
        "The Philippine government and communist rebels held talks in Oslo. Manila suspended the talks in May.",
        {("Philippines", "sanctions", "communist rebels")}),
    "one who bristles at another's act criticizes them": (
        "Cyprus bristled at Turkey's plans to drill off its coast.",
        {("Cyprus", "criticizes", "Turkey")}),
    "an attack a word for rebels qualifies is the armed group's named just before": (
        "The Philippines suspended talks with the New People's Army after a rebel attack on an army post in "
        "Mindanao killed three soldiers.",
        {("New People's Army", "attacks", "Philippines")}),
    "one backs no move done against oneself": (
        "Ecuador said it would join the lawsuit. Peru recalled its ambassador to Quito. Ecuadorean President Daniel "
        "Noboa defended the move.",
        {("Peru", "sanctions", "Ecuador")}, {("Daniel Noboa", "supports", None), ("Ecuador", "supports", None)}),
    "curbs on travel and remittances to a state are on that state": (
        "The United States eased restrictions on remittances and travel to Cuba. China suspended group travel to "
        "Japan.",
        {("United States", "concedes", "Cuba"), ("China", "sanctions", "Japan")}),
    "a title coordinated with a name is the next name's, not that name's": (
        "Mali's President Assimi Goita and Burkinabe President Ibrahim Traore also attended, as did Niger's "
        "Abdourahamane Tiani.",
        {("Assimi Goita", "holdsPosition", "Mali"), ("Ibrahim Traore", "holdsPosition", "Burkina Faso")},
        {("Assimi Goita", "holdsPosition", "Burkina Faso")}),
    "a clause the model took for a title names people; 'they' opening a sentence is the subjects before": (
        "Benin's President Patrice Talon and Egyptian President Abdel Fattah al-Sisi attended the summit in Addis "
        "Ababa. On the sidelines, Talon and Sisi met for the first time since the row over the stranded cargo ship. "
        "They agreed to settle the claims of its crew.",
        {("Abdel Fattah al-Sisi", "meets", "Patrice Talon"), ("Patrice Talon", "agrees", "Abdel Fattah al-Sisi")},
        {("Benin", "agrees", None), ("Egypt", "agrees", None)}),
    "an envoy declared persona non grata is of the body the envoy's title names": (
        "Burundi declared the African Union special envoy Jean Ping persona non grata.",
        {("Burundi", "sanctions", "African Union")}),
    "'the military' is the state named right before an earlier 'military', however the parser read it": (
        "Guinea's military seized power in September. Senegal urged the military to free President Alpha Conde.",
        {("Senegal", "urges", "Guinea")}),
    "'it' asked to act is the state contacted before, not the one asking": (
        "Laos contacted Thailand and asked it to return the refugees.",
        {("Laos", "urges", "Thailand")}, {("Laos", "urges", "Laos")}),
    "contacting a state, or making contact with it, consults it": (
        "Cambodia made contact with Thailand's foreign ministry. Vietnam contacted the Lao embassy. Myanmar "
        "remained in close contact with China.",
        {("Cambodia", "meets", "Thailand"), ("Vietnam", "meets", "Laos")}, {("Myanmar", "meets", None)}),
    "steps to an act are no act done; failing to agree blames neither side": (
        "Belgrade and Pristina discussed steps to normalise relations. Kurti and Vucic failed to agree on the plan, "
        "Borrell said.",
        {("Kosovo", "meets", "Serbia")}, {(None, "cooperatesWith", None), ("Josep Borrell", "criticizes", None)}),
    "accusing after saying the talks failed is the sayer's accusation": (
        "Sudan said the latest round of talks with South Sudan had failed, accusing Juba of stalling on the border "
        "deal.",
        {("Sudan", "criticizes", "South Sudan")}),
    "an act said to be done in breach of a law is criticized by the one who says so": (
        "Kenya said Somalia had auctioned oil blocks in breach of international law. Ethiopia filled the dam in "
        "violation of the accord.",
        {("Kenya", "criticizes", "Somalia")}, {(None, "criticizes", "Ethiopia")}),
    "surrendering to a side concedes to it": (
        "Karabakh separatists surrendered to Azerbaijan. The ELN surrendered its weapons to the Colombian army.",
        {("Karabakh separatists", "concedes", "Azerbaijan"), ("National Liberation Army", "concedes", "Colombia")}),
    "bare troops in what an army's spokesman reports are that army's state's": (
        "A spokesman for the Malian army said troops had killed 30 JNIM fighters near Mopti.",
        {("Mali", "attacks", "Jama'at Nusrat al-Islam wal-Muslimin")}),
    "criticism one responds to is the critic's on the one responding": (
        "Mexican President Andres Manuel Lopez Obrador defended his security policy on Monday, responding to "
        "criticism from Washington. Serbia said in response to criticism from the EU that the law was fair.",
        {("United States", "criticizes", "Andres Manuel Lopez Obrador"), ("European Union", "criticizes", "Serbia")}),
    "members a bloc agrees to admit or invites are none yet": (
        "Kenya hosted the EAC summit in Nairobi, where leaders agreed to admit two new members, including Somalia. "
        "Several EAC members, including Uganda, opposed the plan.",
        {("Uganda", "memberOf", "East African Community")}, {("Somalia", "memberOf", None)}),
    "a body designated a terrorist or criminal entity is sanctioned, however the parser reads the verdict": (
        "Australia designated the Wagner Group a transnational criminal organisation. Canada designated the IRGC a "
        "terrorist entity. The EU designated Ukraine a candidate country.",
        {("Australia", "sanctions", "Wagner Group"), ("Canada", "sanctions", "Islamic Revolutionary Guard Corps")},
        {("European Union", "sanctions", None)}),
    "executing people of another state assaults that state; executing a plan does nothing": (
        "Saudi Arabia executed two Bahraini men. Russia executed the plan agreed with Belarus.",
        {("Saudi Arabia", "attacks", "Bahrain")}, {("Russia", "attacks", None)}),
    "curbs eased on what goes to a state are eased on that state, whatever the phrase hangs on": (
        "Canada eased restrictions on travel and remittances to Haiti. The EU relaxed sanctions on Syria.",
        {("Canada", "concedes", "Haiti"), ("European Union", "concedes", "Syria")},
        {("European Union", "sanctions", None)}),
    "a debt cancelled or restructured by a creditor is aid to the debtor": (
        "France cancelled Haiti's debt. Japan cancelled its visit to China. China restructured Zambia's loans.",
        {("France", "aids", "Haiti"), ("China", "aids", "Zambia")}, {("Japan", "aids", None)}),
    "a senate president named with no country is of the country the story is filed from": (
        "MANILA, Aug 2 (Reuters) - Senate President Rosa Dimaguiba said the chamber would debate the treaty.",
        {("Rosa Dimaguiba", "holdsPosition", "Philippines")}),
    "a crowd lodges no complaint with a state; a state does": (
        "Tajiks protested in Dushanbe against the handover of border villages to Kyrgyzstan. Georgia protested to "
        "Russia over the shooting.",
        {("Georgia", "criticizes", "Russia")}, {("Tajikistan", "criticizes", None)}),
    "'that account' rejected in no quoted words is the account told before (and ends)": (
        "Thailand said Cambodian soldiers had fired first. Cambodia rejected that account.",
        {("Cambodia", "opposes", "Thailand")}),
    "a group its state names is that state's, whatever members are listed; the decision condemned is on it": (
        "The EU imposed sanctions on seven Belarusian individuals and entities, including Belavia. Belarus's foreign "
        "ministry condemned the decision as a hostile act.",
        {("European Union", "sanctions", "Belarus"), ("Belarus", "criticizes", "European Union")}),
    "sanctions welcomed some sentences on are the sanctioning side's": (
        "The EU imposed sanctions on seven Belarusian individuals and entities on Monday. EU foreign policy chief "
        "Josep Borrell said Minsk had helped Moscow evade earlier measures. Poland and Lithuania announced similar "
        "steps last month. Belarus called the decision a hostile act. Ukraine's foreign minister Dmytro Kuleba "
        "welcomed the sanctions.",
        {("Dmytro Kuleba", "praises", "European Union")}),
    "an envoy given hours to leave, named with no country, is of the one other country the sentence names": (
        "The Kuwaiti foreign ministry gave ambassador Paolo Ricci 48 hours to leave the country and recalled its "
        "own envoy from Rome, describing Italy's remarks as interference.",
        {("Paolo Ricci", "holdsPosition", "Italy")}, {("Paolo Ricci", "holdsPosition", "Kuwait")}),
    "drills near a border with a state show force to it and are no drills with it": (
        "Iran held large-scale military drills near the border with Azerbaijan.",
        {("Iran", "mobilizes", "Azerbaijan")}, {("Iran", "cooperatesWith", None)}),
    "an envoy a title names, given hours to leave, is expelled: a sanction on the envoy's state": (
        "The Omani foreign ministry gave ambassador Lars Berg 48 hours to leave the country, describing Sweden's "
        "remarks as interference.",
        {("Oman", "sanctions", "Sweden"), ("Lars Berg", "holdsPosition", "Sweden")}),
    "an act one is criticized or sanctioned for is the act of the one judged; arrests named as an act are coercion": (
        "Human Rights Watch criticized Bahraini authorities for the mass arrest of Shiite protesters. Mali "
        "arrested four French workers. France said the arrests were unjustified.",
        {("Bahrain", "coerces", "Shiite protesters"), ("France", "criticizes", "Mali")},
        {("Human Rights Watch", "coerces", None)}),
    "the two sides of talks a pair hosted are not the hosts": (
        "Ethiopia and Eritrea agreed to reopen the border. Kenya and Uganda, which hosted earlier rounds of talks "
        "between the two sides, praised the deal.",
        {("Eritrea", "meets", "Ethiopia")}, {("Kenya", "meets", "Uganda")}),
    "a state's forces another reports seeing near it show force to it; none seen, none shown": (
        "Japan's defence ministry said it had detected 12 Chinese military aircraft near Okinawa. South Korea "
        "spotted two Russian warships off Busan. Vietnam has not detected any Chinese aircraft near its coast.",
        {("China", "mobilizes", "Japan"), ("Russia", "mobilizes", "South Korea")}, {("China", "mobilizes", "Vietnam")}),
    "a body's mission acts for the body; an attack a generic force is blamed for is that force's state's": (
        "A UN fact-finding mission accused Nicaragua's government of crimes against humanity. The OPCW blamed the "
        "Syrian air force for a chlorine attack on Idlib.",
        {("United Nations", "criticizes", "Nicaragua")}, {("OPCW", "attacks", None)}),
    "a phrase hung on a conjunct of the object is the act's; forces seen near an unknown place, the seer's": (
        "Beijing restricted exports of gallium and germanium to Japan. The Philippine coast guard said it had "
        "detected 40 Chinese militia vessels and two Chinese warships near Thitu Island.",
        {("China", "sanctions", "Japan"), ("China", "mobilizes", "Philippines")}),
    "a vow to settle with another binds only the one who vows; an act after 'until' in the present is to come": (
        "Bhutan's prime minister vowed to resolve the boundary dispute with China through dialogue. Honduras ruled "
        "out any talks with Nicaragua until its troops withdraw from the border area.",
        {("Bhutan", "agrees", "China"), ("Honduras", "opposes", "Nicaragua")},
        {("China", "agrees", "Bhutan"), ("Nicaragua", "concedes", "Honduras"), ("Honduras", "concedes", "Nicaragua")}),
    "who brokers or secures a release does not release; a state's patrol boat acts for it": (
        "Algeria brokered the release of two Malian hostages. Norway secured the withdrawal of Sudanese troops from "
        "the border zone. An Iranian patrol boat detained three Iraqi fishermen near Basra.",
        {("Iran", "coerces", "Iraq")}, {("Algeria", "concedes", "Mali"), ("Norway", "concedes", "Sudan")}),
    "fire by unnamed militants is of the state it comes from, the 'from' on the verb or on what is fired": (
        "Militants fired mortar shells from Lebanon into northern Israel on Sunday. Gunmen launched rockets from Syria "
        "at Turkish border posts.",
        {("Lebanon", "attacks", "Israel"), ("Syria", "attacks", "Turkey")}),
    "'it' after a pact told since the last state stands for the pact, not for that state": (
        "Russia's foreign ministry attacked the pact, saying it threatened regional stability. Kyrgyzstan has long "
        "objected to Tajikistan's border posts. Mirziyoyev, who visited Kazakhstan in June, said the pact was aimed "
        "at no one. Mongolia's foreign minister welcomed it.",
        {("Kyrgyzstan", "opposes", "Tajikistan")}, {("Mongolia", "praises", "Kyrgyzstan")}),
    "'both governments' are the two its sentence names as one pair, not a host named before them": (
        "Turkey invited the foreign ministers of Armenia and Azerbaijan to Ankara after clashes that both "
        "governments blamed on each other.",
        {("Armenia", "criticizes", "Azerbaijan"), ("Azerbaijan", "criticizes", "Armenia")},
        {("Turkey", "criticizes", "Armenia"), ("Armenia", "criticizes", "Turkey")}),
    "a wrong said to be done by someone is theirs, not the act told before; 'the X regime' is no place": (
        "Poland and Lithuania closed their borders to Belarus. \"This is a hybrid attack by smuggling gangs,\" "
        "Latvia's interior minister said. Chile and Peru recalled their envoys. \"This is a hostile act by the "
        "Ortega regime,\" Chile's foreign minister told reporters in Santiago.",
        {("Chile", "criticizes", "Nicaragua")}, {("Latvia", "criticizes", "Poland"), ("Latvia", "criticizes", None)}),
    "a rejection of accusations answers every state that made them; 'the three countries' listed sentences before": (
        "Greece, Cyprus and Bulgaria closed their airspace to Turkish military flights on Monday, accusing Ankara of "
        "repeated violations. He said fighter jets had been scrambled twice. Turkey rejected the accusations. Its "
        "foreign ministry summoned the Greek ambassador. Officials in Ankara called the closures illegal. The "
        "European Council said it stood in solidarity with the three countries.",
        {("Turkey", "opposes", "Greece"), ("Turkey", "opposes", "Cyprus"), ("Turkey", "opposes", "Bulgaria"),
         ("European Council", "supports", "Cyprus"), ("European Council", "supports", "Bulgaria")}),
    "'the two foreign ministers' are none of a prime minister and an information minister": (
        "Kenyan President William Ruto met Tanzanian Prime Minister Kassim Majaliwa and Uganda's information "
        "minister Chris Baryomunsi in Arusha. Qatar later hosted a meeting between the two foreign ministers in Doha.",
        {("William Ruto", "meets", "Kassim Majaliwa")},
        {("Qatar", "meets", "Kassim Majaliwa"), ("Qatar", "meets", "Chris Baryomunsi"),
         ("Chris Baryomunsi", "meets", "Kassim Majaliwa")}),
    "states that quarrel or feud trade words, not blows": (
        "Morocco, which has long quarrelled with Algeria over Western Sahara, did not attend. Peru and Bolivia "
        "feuded over the lithium deal.",
        {("Morocco", "criticizes", "Algeria"), ("Algeria", "criticizes", "Morocco"), ("Peru", "criticizes", "Bolivia")},
        {("Morocco", "attacks", None), ("Peru", "attacks", None)}),
    "a dictionary verb of fighting that news uses for a ranking, a pledge or a reputation states nothing": (
        "India overtook China as the world's most populous country. Japan matched the European pledge. The "
        "scandal tarnished Peru. Serbia and Croatia were locked in a dispute, and Serbia dominated Croatia at the "
        "talks. Azerbaijani troops clashed with Armenian forces near Lachin. Vietnam competes with Thailand for rice "
        "buyers.",
        {("Azerbaijan", "attacks", "Armenia")},
        {("India", "attacks", None), ("Japan", "attacks", None), ("Serbia", "attacks", None),
         ("Vietnam", "criticizes", None)}),
    "support won or garnered from another is the other's; talks aborted or deferred were not held": (
        "Kosovo won support from Albania for its bid. Moldova garnered criticism from Romania. Georgia aborted the "
        "talks with Armenia. Laos deferred its visit to Thailand.",
        {("Albania", "supports", "Kosovo"), ("Romania", "criticizes", "Moldova")},
        {("Kosovo", "supports", "Albania"), ("Georgia", "meets", "Armenia"), ("Laos", "visits", "Thailand")}),
    "returning fire fights whoever fired first, in the clause it follows or a sentence before": (
        "Armenia's defence ministry said its troops had returned fire after Azerbaijani forces opened fire on a "
        "border post. Eritrean soldiers shelled Ethiopian positions near Zalambessa. Ethiopian troops returned fire. "
        "Kenya's army said it did not return fire.",
        {("Armenia", "attacks", "Azerbaijan"), ("Ethiopia", "attacks", "Eritrea")}, {("Kenya", "attacks", None)}),
    "a place a state's forces take back is no people of that state acted on": (
        "Armenian forces retook the village on Tuesday. Georgian police detained dozens of protesters.",
        {("Georgia", "coerces", "protesters")}, {("Armenia", "coerces", "Armenia")}),
    "'after years of feuding' is a period told as background, no event": (
        "Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet agreed on Friday to resume "
        "regular visits between their leaders, opening a new chapter after years of feuding over the temple.",
        {("Srettha Thavisin", "agrees", "Hun Manet")}, {("Srettha Thavisin", "criticizes", None)}),
    "'the two countries' may be the two main ones the sentence before names, when its own names no other": (
        "Greece hosted a Balkan summit in Athens. Greece's prime minister said Serbia and Albania should settle "
        "their dispute. Serbian President Aleksandar Vucic wrote to Albanian Prime Minister Edi Rama about the "
        "railway. Tirana welcomed the letter, and the two countries agreed to restore direct flights.",
        {("Serbia", "agrees", "Albania")}, {("Greece", "agrees", None), (None, "agrees", "Greece")}),
    "talks a sentence opens with are those of the one named after the comma": (
        "After talks with Chinese Premier Li Qiang, New Zealand Prime Minister Christopher Luxon said trade "
        "barriers had been lifted. After talks with Indonesian President Prabowo Subianto, Malaysian Prime Minister "
        "Anwar Ibrahim said the border survey would be finished this year.",
        {("Christopher Luxon", "meets", "Li Qiang"), ("Anwar Ibrahim", "meets", "Prabowo Subianto")}),
    "control seized or wrested from a state's forces is seized from that state": (
        "The Taliban seized control of the Torkham crossing from Pakistani border guards. Azerbaijan wrested control "
        "of Lachin from Armenian forces.",
        {("Taliban", "coerces", "Pakistan"), ("Azerbaijan", "coerces", "Armenia")}),
    "an envoy presenting credentials to a head of state meets them; a plan presented meets no one": (
        "Ambassador Liu Jin presented his credentials to Kenyan President William Ruto at State House. Kenya "
        "presented a plan to the African Union.",
        {("Liu Jin", "meets", "William Ruto")}, {("Kenya", "meets", None)}),
    "a name the model leaves unnamed, set off by commas after a title's phrase, is the title holder": (
        "The foreign minister of Tuvalu, Paulson Panapa, visited Taipei. Britain's minister for the Pacific, Kez "
        "Varuna, said London was sending a naval vessel.",
        {("Paulson Panapa", "holdsPosition", "Tuvalu"), ("Kez Varuna", "holdsPosition", "United Kingdom")}),
    "taking in another's refugees aids that state, it seizes no one": (
        "Moldova, which has taken in more than 100,000 Ukrainian refugees, said it needed more help. Chad took in "
        "600,000 Sudanese refugees last year. Kenya took in the Somali delegation at State House.",
        {("Moldova", "aids", "Ukraine"), ("Chad", "aids", "Sudan")},
        {("Moldova", "coerces", None), ("Chad", "coerces", None), ("Kenya", "aids", None)}),
    "aid a state stops giving is a sanction on the one it went to; aid not stopped is no act": (
        "Slovakia stopped sending weapons to Ukraine. Qatar did not stop sending aid to Gaza.",
        {("Slovakia", "sanctions", "Ukraine")}, {("Qatar", "sanctions", None), ("Qatar", "aids", None)}),
    "forces sent to fight or protect 'in' a place abroad go there; a place at home is no target": (
        "Uganda sent troops to hunt rebels in Beni. Chad sent soldiers to protect civilians in the Central African "
        "Republic. Niger sent soldiers to fight bandits in Tillaberi.",
        {("Uganda", "mobilizes", "Democratic Republic of the Congo"),
         ("Chad", "mobilizes", "Central African Republic")},
        {("Niger", "mobilizes", None)}),
    "interference by external forces in a state's affairs is not that state's; its foreign ministry is": (
        "Beijing opposes interference by external forces in Kazakhstan's internal affairs. The foreign ministry in "
        "Tashkent protested to Kyrgyzstan.",
        {("Uzbekistan", "criticizes", "Kyrgyzstan")},
        {("China", "opposes", "Kazakhstan"), ("China", "criticizes", "Kazakhstan")}),
    "a bare title right after a state's named body spoke is that state's": (
        "Chinese and Cambodian marines will hold joint drills near Ream next month, China's Ministry of National "
        "Defense announced on Thursday. Spokesperson Wu Qian said the drills targeted no third party.",
        {("Wu Qian", "holdsPosition", "China")}),
    "a road, corridor or bridge to another state reopened is a concession, closed a coercion": (
        "Azerbaijan reopened the road to Armenia after a long blockade. Serbia closed the bridge to Kosovo. "
        "Workers reopened the road after the landslide.",
        {("Azerbaijan", "concedes", "Armenia"), ("Serbia", "coerces", "Kosovo")}),
    "what a bloc is 'aimed at' doing is its aim, not an act done": (
        "Beijing has warned Canberra against joining blocs aimed at containing China.",
        {("China", "threatens", "Australia")}, {("Australia", "coerces", "China")}),
    "a border wished to be something is no one asked to do anything": (
        "Chile and Peru agreed to open their shared border. \"We want this border to be a bridge,\" Boric said. "
        "Peru wants Chile to extradite the suspect.",
        {("Peru", "demands", "Chile")}, {("Gabriel Boric", "demands", None)}),
    "'both sides' after talks 'between' two are those two, not the hosts": (
        "Kenya and Uganda said they were ready to host talks between the Ethiopian government and the Tigray "
        "People's Liberation Front. Both sides have accused each other of violating the truce. Qatar hosted talks "
        "between the United States and the Taliban, and the two sides agreed to meet again.",
        {("Ethiopia", "criticizes", "Tigray People's Liberation Front"),
         ("Tigray People's Liberation Front", "criticizes", "Ethiopia"), ("United States", "agrees", "Taliban")},
        {("Kenya", "criticizes", None), ("Qatar", "agrees", None)}),
    "forces that land or arrive abroad for a mission or force, or as part of one, are aid; alone, a mobilization": (
        "The first 400 Jamaican police officers landed in Port-au-Prince on Tuesday to lead a multinational security "
        "mission. Burundian troops arrived in Bunia as part of a regional force. The first Tanzanian soldiers of a "
        "Southern African force touched down in Pemba on Saturday. About 300 Malawian soldiers landed in Mozambique "
        "on Monday, the first contingent of a regional force. Ugandan troops arrived in Bunia on Monday.",
        {("Jamaica", "aids", "Haiti"), ("Burundi", "aids", "Democratic Republic of the Congo"),
         ("Tanzania", "aids", "Mozambique"), ("Malawi", "aids", "Mozambique"),
         ("Uganda", "mobilizes", "Democratic Republic of the Congo")},
        {("Uganda", "aids", None)}),
    "an official of a state, in office or before, arrested where no place is named, is arrested by that state": (
        "Uzbekistan's former interior minister, Rustam Nazarov, was arrested on suspicion of bribery. Former "
        "Ecuadorean president Jorge Paz was detained after the vote. A Dutch journalist was arrested on Monday.",
        {("Uzbekistan", "coerces", "Rustam Nazarov"), ("Ecuador", "coerces", "Jorge Paz")},
        {("Netherlands", "coerces", None)}),
    "'it' doing the act of a relative clause on a thing is the doer of the clause the thing is in": (
        "Britain freed the Iranian tanker it had seized in July, an Iranian official said. Sweden lifted the "
        "restrictions it had imposed on Turkish arms sales, Turkish officials said.",
        {("United Kingdom", "coerces", "Iran"), ("Sweden", "coerces", "Turkey")}),
    "recognition is an act: one promised or agreed is not yet done": (
        "Slovenia will recognise a Palestinian state next week. Armenia and Turkey agreed to recognise each other. "
        "Norway recognised Palestine on Tuesday.",
        {("Norway", "supports", "Palestine")}, {("Slovenia", "supports", None), ("Armenia", "supports", None)}),
    "a group's delegation hosted abroad visits the host's place, as a person would": (
        "Uzbekistan's Foreign Minister Bakhtiyor Saidov hosted a Taliban delegation in the border city of Termez on "
        "Thursday. Turkey hosted a Hamas delegation in Ankara.",
        {("Taliban", "visits", "Uzbekistan"), ("Hamas", "visits", "Ankara")}),
    "soldiers who seize power in a state are its forces, and so are 'the soldiers' after them": (
        "Soldiers seized power in Gabon and detained President Ali Bongo. Angola urged the soldiers to release "
        "Bongo.",
        {("Gabon", "coerces", "Ali Bongo"), ("Angola", "urges", "Gabon")}),
    "a visit or trip to a state cancelled, or talks with it, reduces relations with it (CAMEO 160, 164)": (
        "President Javier Milei has cancelled a state visit to Spain. Japan cancelled talks with South Korea. The "
        "minister cancelled his visit because of illness.",
        {("Javier Milei", "sanctions", "Spain"), ("Japan", "sanctions", "South Korea")}),
    "'called off' is no naming: what follows it is no verdict": (
        "Israel called off talks with Hamas after the attack.", set(), {("Israel", "criticizes", None)}),
    "what a pact is condemned 'as', after a clause set off by commas, judges its parties": (
        "Ethiopia signed a port deal with Somaliland on Monday. Somalia's president condemned the agreement, under "
        "which Ethiopia would gain access to the sea, as an act of aggression.",
        {("Somalia", "criticizes", "Ethiopia")}),
    "a named corridor, initiative or strategy is a policy one is committed to advancing or backs": (
        "Zambia remains committed to advancing the Lobito Corridor. Angola is committed to building the Lobito "
        "Corridor. Russia opposes the Indo-Pacific Strategy. Kenya committed 500 police officers to Haiti.",
        {("Zambia", "supports", "Lobito Corridor"), ("Angola", "supports", "Lobito Corridor"),
         ("Russia", "opposes", "Indo-Pacific Strategy")},
        {("Kenya", "supports", None)}),
    "a state's short name is the state ('Bosnia', 'Burkina')": (
        "The United States offered $10 million in aid to help rebuild Bosnia's power grid. Serbia recalled its "
        "ambassador from Bosnia. Mali and Burkina signed a defence pact.",
        {("United States", "agrees", "Bosnia and Herzegovina"), ("Serbia", "sanctions", "Bosnia and Herzegovina"),
         ("Mali", "agrees", "Burkina Faso")}),
    "a state that protests over another's act, to a body or to no one, criticizes the doer": (
        "Syria protested to the United Nations over Turkish air raids. Cyprus protested over Turkey's drilling.",
        {("Syria", "criticizes", "Turkey"), ("Cyprus", "criticizes", "Turkey")}),
    "a state that sends a minister somewhere visits it, as one that sends an envoy does": (
        "Qatar sent its foreign minister to Kabul. The United States sent Secretary of State Antony Blinken to Hanoi.",
        {("Qatar", "visits", "Kabul"), ("United States", "visits", "Hanoi")}),
    "'both sides' after two people met, where no state is named, are those two": (
        "Lula held talks with Cyril Ramaphosa in Brasilia. Both sides expressed concern over the growing military "
        "presence of the United States in the South Atlantic.",
        {("Luiz Inacio Lula da Silva", "criticizes", "United States"),
         ("Cyril Ramaphosa", "criticizes", "United States")}),
    "an exchange of views, as a noun, is a meeting; an exchange of fire is not": (
        "Shehbaz Sharif had an exchange of views with Recep Tayyip Erdogan. An exchange of views between Hanoi and "
        "Manila took place on Monday. Thai and Cambodian troops had an exchange of fire.",
        {("Shehbaz Sharif", "meets", "Recep Tayyip Erdogan"), ("Vietnam", "meets", "Philippines")},
        {("Thailand", "meets", None)}),
    "forces of an ethnic group are not the forces of the state its name is the adjective of": (
        "Georgia gave ethnic Russian forces in Tskhinvali 24 hours to lay down their arms. Georgia attacked "
        "Russian forces.",
        {("Georgia", "attacks", "Russia")}, {("Georgia", "threatens", "Russia")}),
    "'the soldiers' after forces that seized power are those forces' state's": (
        "The army seized power in Burkina Faso on Friday. ECOWAS froze the assets of junta members. The bloc "
        "called on the soldiers to hold elections.",
        {("Economic Community of West African States", "urges", "Burkina Faso")}),
    "two states that reopen their shared border to something reopen it to each other": (
        "Guyana and Suriname reopened their border to commercial traffic after two years.",
        {("Guyana", "concedes", "Suriname"), ("Suriname", "concedes", "Guyana")}),
    "a call for a truce or talks between two is an appeal to those two": (
        "Qatar called for an immediate ceasefire between Israel and Hamas. India called for talks between Armenia "
        "and Azerbaijan.",
        {("Qatar", "urges", "Israel"), ("Qatar", "urges", "Hamas"), ("India", "urges", "Armenia"),
         ("India", "urges", "Azerbaijan")}),
    "an ousted president named after a title holds no office, and aid to his family is aid to him": (
        "Brazil granted political asylum to the wife and children of Bolivia's ousted president Evo Morales.",
        {("Brazil", "aids", "Evo Morales")}, {("Evo Morales", "holdsPosition", None)}),
    "warning that someone will be punished or arrested threatens them with repression": (
        "Beijing warned that Taiwanese separatists would be arrested. Tehran warned that Israeli spies would be "
        "detained.", {("China", "threatens", "Taiwan"), ("Iran", "threatens", "Israel")}),
    "an accusation after a denial's clause is the denier's own act, not what is denied": (
        "Baku denied that its drones had crossed into Armenian territory and accused Yerevan of inventing the "
        "incident.",
        {("Azerbaijan", "criticizes", "Armenia")}),
    "a dictionary verb's act on a state's airspace or waters is on the state": (
        "Two Belarusian military helicopters violated Lithuanian airspace. Russian drones violated Moldova's airspace.",
        {("Belarus", "mobilizes", "Lithuania"), ("Russia", "mobilizes", "Moldova")}),
    "calling the claims before baseless rejects whoever made them": (
        "Lithuania accused Belarus of violating its airspace. Minsk said the claims were baseless.",
        {("Belarus", "opposes", "Lithuania")}),
    "investigating whether someone did something investigates them": (
        "The United Nations is investigating whether Eritrean forces used chemical weapons.",
        {("United Nations", "investigates", "Eritrea")}),
    "joining a body in an act is no membership of it": (
        "Norway joined the European Union in sanctioning Russian banks. Sweden joined NATO in March.",
        {("Norway", "sanctions", "Russia"), ("Sweden", "memberOf", "North Atlantic Treaty Organization")},
        {("Norway", "memberOf", None)}),
    "a vote a leader won, called a sham, is his state's": (
        "Belarusian leader Alexander Lukashenko won the election. Poland called the election a sham.",
        {("Poland", "criticizes", "Belarus")}),
    "an election called a farce by 'it' is the state's that held it or whose leader won it, not the speaker's": (
        "Belarus held a presidential election on Sunday. Latvia called it a farce. Russian President Vladimir Putin "
        "won the election. Estonia called it a sham.",
        {("Latvia", "criticizes", "Belarus"), ("Estonia", "criticizes", "Russia")}),
    "'met with visiting' describes the guest: the host visits nowhere": (
        "Chilean President Gabriel Boric on Monday met with visiting Peruvian Foreign Minister Ana Cecilia Gervasi "
        "in Santiago.",
        {("Gabriel Boric", "meets", "Ana Cecilia Gervasi")}, {("Gabriel Boric", "visits", None)}),
    "one 'who is visiting' a country is the visitor, not the one met": (
        "Indonesian President Joko Widodo, who is visiting Kenya, met President William Ruto on Tuesday.",
        {("Joko Widodo", "visits", "Kenya"), ("Joko Widodo", "meets", "William Ruto")},
        {("William Ruto", "visits", None)}),
    "a removal 'of' diplomats 'from' a state is that state's": (
        "Moscow protested strongly against the expulsion of its diplomats from Finland. Iran condemned the "
        "expulsion of its diplomats from Argentina.",
        {("Russia", "protests", "Finland"), ("Iran", "opposes", "Argentina")}),
    "two titles joined by 'and' before one name are that person's, not a second, unnamed official": (
        "Japan's foreign minister met Deputy Prime Minister and Foreign Minister Ayman Safadi of Jordan in Amman.",
        {("Japan", "meets", "Ayman Safadi")}, {(None, "meets", "Jordan")}),
    "saying another should stop or halt an act demands it of them, not of oneself or both sides": (
        "Vietnam should stop its survey in the disputed waters, Beijing said. Both sides should halt the fighting, "
        "the Arab League said. We should cease these quarrels, Ramaphosa said.",
        {("China", "demands", "Vietnam")}, {("Arab League", "demands", None), ("Cyril Ramaphosa", None, None)}),
    "calling a state a beacon, a pillar or a champion of something praises it": (
        "Norway described Ghana as a beacon of democracy. Japan called Vietnam a pillar of stability in Asia.",
        {("Norway", "praises", "Ghana"), ("Japan", "praises", "Vietnam")}),
    "a passive with two 'by' phrases has two doers": (
        "Tinubu was congratulated by Ramaphosa and by the Kenyan president, William Ruto.",
        {("Cyril Ramaphosa", "congratulates", "Bola Tinubu"), ("William Ruto", "congratulates", "Bola Tinubu")}),
    "an acronym printed in title case is the body, and quitting one the model did not tag leaves it": (
        "Ecowas suspended Guinea. Asean foreign ministers urged Myanmar to free the prisoners. Mali quit ECOWAS in "
        "January.",
        {("Economic Community of West African States", "sanctions", "Guinea"),
         ("Association of Southeast Asian Nations", "urges", "Myanmar"),
         ("Mali", "sanctions", "Economic Community of West African States")}),
    "one's counterparts of two nationalities are those two states": (
        "Indonesian Foreign Minister Retno Marsudi spoke with her Thai and Cambodian counterparts by phone.",
        {("Retno Marsudi", "meets", "Thailand"), ("Retno Marsudi", "meets", "Cambodia")}),
    "a relative clause after a list that is the subject is every one's, unless its verb is singular": (
        "Qatar and Egypt, which mediated between Israel and Hamas, welcomed the truce. Kenya and Uganda, which "
        "has a long border with South Sudan, condemned the coup.",
        {("Qatar", "meets", "Israel"), ("Egypt", "meets", "Israel")}, {("Kenya", "cooperatesWith", None)}),
    "gas transit or deliveries cut off are trade cut, and threatening it threatens the state": (
        "Algeria threatened to cut gas transit to Spain. Russia halted gas deliveries to Bulgaria.",
        {("Algeria", "threatens", "Spain"), ("Russia", "sanctions", "Bulgaria")}),
    "talks hosted with no parties named are between the two the sentence's 'between' named before": (
        "Kuwait offered to mediate between Qatar and Bahrain and hosted two rounds of talks in Kuwait City. Egypt "
        "brokered a truce between Israel and Hamas. Oman hosted talks in Muscat.",
        {("Kuwait", "meets", "Qatar"), ("Kuwait", "meets", "Bahrain")}, {("Oman", "meets", None)}),
    "a verb in the past after an accusation's infinitive is the accuser's act": (
        "Armenian Prime Minister Nikol Pashinyan accused Baku of seeking to ethnically cleanse the region and urged "
        "Russian peacekeepers to stop the attack.",
        {("Nikol Pashinyan", "urges", "Russia")}, {("Azerbaijan", "urges", None)}),
    "'the project' told before is theirs who agreed on it": (
        "Nigeria and Morocco signed an agreement to build a gas pipeline. Algeria criticised the project.",
        {("Algeria", "criticizes", "Nigeria"), ("Algeria", "criticizes", "Morocco")}),
    "backing denied as done answers a charge, it is no opposition; backing refused from now on is": (
        "Burundi has never supported the RED-Tabara rebels, its foreign minister said. Chile never backed the coup "
        "in Bolivia. Ecuador will never support Venezuela's claim.",
        {("Ecuador", "opposes", "Venezuela")}, {("Burundi", "opposes", None), ("Chile", "opposes", None)}),
    "'its' in the reason for a stance taken by a state's official is the capital's the stance is on": (
        "Indonesia's president took a swipe at Washington over its support for Israel.",
        {("Indonesia", "criticizes", "United States"), ("United States", "supports", "Israel")},
        {("Indonesia", "supports", None)}),
    "being disappointed by a pact others signed criticizes those who signed it": (
        "Vanuatu signed a policing pact with China. Australia said it was disappointed by the deal.",
        {("Australia", "criticizes", "Vanuatu"), ("Australia", "criticizes", "China")}),
    "talks one travels somewhere for are held there, not where the story is filed from": (
        "NAIROBI, March 3 (Reuters) - Kenyan Foreign Minister Musalia Mudavadi travelled to Kampala on Monday for "
        "talks with his Ugandan counterpart Jeje Odongo, the first such visit in two years.",
        {("Musalia Mudavadi", "meets", "Jeje Odongo")}, {("Jeje Odongo", "visits", None)}),
    "vowing that a state will be punished threatens it; destroying a state's consulate attacks it": (
        "Pakistan vowed that India would be punished for the raid. Ukrainian drones destroyed Russia's consulate in "
        "Kharkiv. The president vowed that the killers would be punished.",
        {("Pakistan", "threatens", "India"), ("Ukraine", "attacks", "Russia")}, {(None, "threatens", "killers")}),
    "a meeting after 'before' is still to come when the clause's act is done, and none of its doers' yet": (
        "Chad, Sudan and Libya signed a border pact a day before a summit of the African Union.",
        {("Chad", "agrees", "Sudan")}, {("Chad", "meets", None), ("Sudan", "meets", None)}),
    "two who exchange congratulatory messages congratulate each other; a candid exchange is a talk": (
        "Modi and Lula exchanged congratulatory messages on the anniversary of their ties. Ruto and Samia Suluhu "
        "Hassan had a frank and constructive exchange in Arusha.",
        {("Narendra Modi", "congratulates", "Luiz Inacio Lula da Silva"),
         ("Luiz Inacio Lula da Silva", "congratulates", "Narendra Modi"),
         ("Samia Suluhu Hassan", "meets", "William Ruto")},
        {("Narendra Modi", "meets", None), (None, "meets", "Narendra Modi")}),
    "joining a body's drills or operations is cooperation with it, no membership": (
        "Tajikistan joined the CSTO's joint exercises in Kyrgyzstan. Uzbekistan joined the Shanghai Cooperation "
        "Organisation in 2001.",
        {("Tajikistan", "cooperatesWith", "Collective Security Treaty Organization"),
         ("Uzbekistan", "memberOf", "Shanghai Cooperation Organisation")},
        {("Tajikistan", "memberOf", None)}),
    "a particle hung on an adjective of manner is the verb's; an opening phrase names no target of the verb": (
        "Laos stood firm against Vietnam's demand to close the border. In a rebuke to Paris, Mali agreed to buy "
        "Russian wheat.",
        {("Laos", "opposes", "Vietnam"), ("Mali", "criticizes", "France")},
        {("Laos", "coerces", None), ("Mali", "agrees", None)}),
    "the first of a list of subjects the parser read as the verb's modifier is one of them": (
        "Tonga, Fiji and Samoa said they would leave the Pacific Islands Forum. Friday, Fiji and Samoa said they "
        "would stay.",
        {("Tonga", "threatens", "Pacific Islands Forum"), ("Fiji", "threatens", "Pacific Islands Forum")}),
    "a pact told last is the one meant, though the one judging it made it with another": (
        "Chile and Peru signed a fishing accord in May. Months later, Denmark agreed to hand sovereignty over the "
        "islands to Iceland. The deal was criticized by opposition lawmakers in Copenhagen.",
        {("Denmark", "agrees", "Iceland")}, {("Denmark", "criticizes", "Chile"), ("Denmark", "criticizes", "Peru")}),
    "a broadcaster whose name holds a country's is the broadcaster, not the country": (
        "Guinea suspended France 24 over its coverage of the protests.",
        {("Guinea", "sanctions", "France 24")}, {("Guinea", "sanctions", "France")}),
    "a stance on any form of an act is one on the act": (
        "Moscow firmly opposes any kind of military contacts between Georgia and NATO.",
        {("Russia", "opposes", "Georgia"), ("Russia", "opposes", "North Atlantic Treaty Organization")}),
    "'the rebel attack' is the attack of the rebels told before, a name whose alias holds the word too": (
        "ELN rebels bombed an oil pipeline in Arauca. Ecuador condemned the rebel attack.",
        {("Ecuador", "opposes", "National Liberation Army")}),
    "a stance voiced with no target answers the last hostile act done to its holder, however far before": (
        "Ghana barred two Togolese activists from entering the country on Monday. The immigration service said the "
        "two had incited unrest in the Volta region. Officials cited security concerns. A court is expected to rule "
        "on the case next week. Lome voiced its displeasure through Foreign Minister Robert Dussey.",
        {("Togo", "criticizes", "Ghana")}),
    "the release of one named is asked of whoever seized that one, however far before": (
        "Nicaraguan police detained activist Ana Vargas in Managua on Friday. Her family said she had been beaten. "
        "Rights groups voiced alarm. Church leaders appealed for calm. Costa Rica demanded the immediate release of "
        "Vargas.",
        {("Costa Rica", "demands", "Nicaragua")}),
    "a titled name after the place of the object before it is one more object, not a place": (
        "Zambian President Hakainde Hichilema urged the government in Lilongwe and opposition leader Peter Banda to "
        "take their dispute to the courts.",
        {("Hakainde Hichilema", "urges", "Malawi"), ("Hakainde Hichilema", "urges", "Peter Banda")}),
    "a headline's verb the parser read as a noun before its object is the verb": (
        "Ghana, Togo sign deal on fishing rights",
        {("Ghana", "agrees", "Togo"), ("Togo", "agrees", "Ghana")}),
    "two names a comma joins in a headline are a list": (
        "Modi hosts Hasina, Oli for regional summit",
        {("Narendra Modi", "meets", "Sheikh Hasina"), ("Narendra Modi", "meets", "K.P. Sharma Oli")}),
    "'the two armies' are the two states told before": (
        "Laos and Vietnam traded accusations on Friday, a day after a Laotian soldier was killed in a brief exchange "
        "of fire between the two armies. Regional commanders of the two militaries met at a border post and agreed "
        "to pull their units back.",
        {("Laos", "attacks", "Vietnam"), ("Vietnam", "attacks", "Laos"), ("Laos", "meets", "Vietnam"),
         ("Laos", "agrees", "Vietnam"), ("Vietnam", "agrees", "Laos")}),
    "agents of the armies of two states act for both": (
        "Commanders of the Lao and Vietnamese armies met at a border post on Thursday.",
        {("Laos", "meets", "Vietnam")}),
    "a state said to be kept until another acts demands that act of them": (
        "Ghana said the border would stay closed until Togo handed over the suspects. Talks will continue until a "
        "deal is reached.",
        {("Ghana", "demands", "Togo")}),
    "a pact named by a place before a lowercase word of pacts is a document; one named by its parties is none": (
        "Tanzania rejected the Entebbe accord. Kenya and Uganda signed the Kenya-Uganda agreement.",
        {("Tanzania", "opposes", "Entebbe accord"), ("Kenya", "agrees", "Uganda")},
        {(None, None, "Kenya-Uganda agreement")}),
    "'it' as an object after a document named is the document, unless a state or body is named after it": (
        "Uganda signed the Entebbe treaty in May. Kenya refused to sign it.",
        {("Kenya", "opposes", "Entebbe treaty")}),
    "'the two leaders' after one spoke with an unnamed counterpart are that one and the counterpart's state": (
        "Malaysian Prime Minister Anwar Ibrahim telephoned his Indonesian counterpart on Sunday. The two leaders "
        "agreed to reopen the border crossings.",
        {("Anwar Ibrahim", "agrees", "Indonesia"), ("Indonesia", "agrees", "Anwar Ibrahim")}),
    "'he' opening a sentence after one whose subject is an official named by title only is that official's": (
        "Ramaphosa criticised Zimbabwe over the border closure. Zimbabwe's information minister brushed aside the "
        "complaint. He accused Pretoria of meddling in the elections.",
        {("Zimbabwe", "criticizes", "South Africa")}, {("Cyril Ramaphosa", "criticizes", "South Africa")}),
    "a body named by the last word of one named before is that body": (
        "Poland's government wrote to the European Commission on Monday. The Commission criticized Warsaw over its "
        "judicial reforms.",
        {("European Commission", "criticizes", "Poland")}, {("Commission", None, None)}),
    "refusing another's offer to act opposes the one offering, not those the act was for": (
        "Sudan rejected a Kenyan offer to send peacekeepers to Chad.",
        {("Sudan", "opposes", "Kenya")}, {("Sudan", "opposes", "Chad")}),
    "talks another offers to host are refused, not held (a verb after an offer's 'to' read as a noun)": (
        "Kosovo turned down Albania's offer to host talks with Serbia.",
        {("Kosovo", "opposes", "Albania")}, {("Kosovo", "meets", "Serbia")}),
    "an act refused unless another acts demands that act of them": (
        "Seoul will not reopen the factory park unless Pyongyang releases the detained workers.",
        {("South Korea", "demands", "North Korea")}),
    "a visit criticised after its host received the guest is the host's and the guest's state's": (
        "Bahrain's king received Israeli President Isaac Herzog in Manama on Monday. Kuwait criticised the visit.",
        {("Kuwait", "criticizes", "Bahrain"), ("Kuwait", "criticizes", "Israel")}),
    "military rulers named by other words after a state's junta are that state's": (
        "Guinea's military junta accused Senegal of harbouring dissidents. The ruling generals expelled Senegal's "
        "ambassador on Friday.",
        {("Guinea", "sanctions", "Senegal")}),
    "'the two leaders' one thanks are two others than the one thanking": (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a pipeline deal with Tanzanian "
        "President Samia Suluhu Hassan. Hassan thanked the two leaders.",
        {("Samia Suluhu Hassan", "praises", "William Ruto"), ("Samia Suluhu Hassan", "praises", "Yoweri Museveni")}),
    "a pact named again is its makers' as well as the one it was made with": (
        "Poland and Lithuania signed defence agreements with Ukraine on Monday. Belarus dismissed the agreements as "
        "provocative.",
        {("Belarus", "opposes", "Poland"), ("Belarus", "opposes", "Lithuania"), ("Belarus", "opposes", "Ukraine")}),
    "talks after which one dropped an objection to another's bid are the one's, not the bid's": (
        "Hungarian Prime Minister Viktor Orban dropped his objection to Finland's bid to join NATO after talks with "
        "Finnish President Alexander Stubb.",
        {("Viktor Orban", "meets", "Alexander Stubb")}),
    "a response promised to a named policy of a body threatens the body": (
        "Belarus said it would respond to NATO's expansion with countermeasures.",
        {("Belarus", "threatens", "North Atlantic Treaty Organization")}),
    "a move judged by a participle after a reported clause is the clause doer's, judged by the speaker": (
        "Morocco said Algeria had renamed the street, calling the move a provocation.",
        {("Morocco", "criticizes", "Algeria")}),
    "a body's name with a possessive inside is the body's": (
        "The African Union's Commission chairman Moussa Faki Mahamat called for restraint.",
        {("Moussa Faki Mahamat", "holdsPosition", "African Union Commission")}),
    "a removal from office criticised is its doer's": (
        "Guatemala's Congress removed President Jorge Serrano from office. Honduras criticised the removal.",
        {("Honduras", "criticizes", "Guatemala")}),
    "states that hosted talks with no one named to hold them did not meet each other": (
        "Turkey and Qatar, which hosted earlier rounds of talks, welcomed the agreement.",
        set(), {(None, "meets", None)}),
    "heading to a state's embassy is no visit to that state": (
        "Police detained Evo Morales as he headed to the Argentine embassy.",
        set(), {(None, "visits", None)}),
    "a mission blocked by a state's forces is no people of that state": (
        "Chinese coast guard ships blocked a resupply mission on Sunday.",
        set(), {("China", "coerces", "China")}),
    "talks one has only an idea of are not held; sounding the alarm over a plan criticizes its owner": (
        "Belgrade poured cold water on the idea of talks with Pristina. Algiers sounded the alarm over Morocco's plans "
        "to build a naval base.",
        {("Serbia", "opposes", "Kosovo"), ("Algeria", "criticizes", "Morocco")}, {("Serbia", "meets", "Kosovo")}),
    "the first word of an agent the model took for a name is no one's name": (
        "Riot police in Yerevan fired tear gas at protesters outside parliament.",
        {("Armenia", "coerces", "protesters")}, {("Riot", None, None)}),
    "forces sent to do an act have not done it yet": (
        "Chad deployed troops to attack Boko Haram.",
        set(), {("Chad", "attacks", "Boko Haram")}),
    "a town no gazetteer knows stands for the state named after it": (
        "Turkish jets struck a militant camp in Gara, Iraq, on Sunday.",
        {("Turkey", "attacks", "Iraq")}),
    "'the government' after a quote naming the other side is the state that acted before the quote": (
        "Kenya's interior minister accused Somalia of harbouring militants. \"Mogadishu's inaction threatens our "
        "security,\" he said. The government asked the African Union to intervene.",
        {("Kenya", "urges", "African Union")}, {("Somalia", "urges", "African Union")}),
    "headlines with a verb read as a noun beside or between names, and a word of remarks read as a verb": (
        "Tusk, Fiala vow to back Kyiv\n\nSaudi Arabia, Egypt press Sudan, RSF to accept truce\n\nArmenia, Azerbaijan "
        "accuse each other of ceasefire violations\n\nColombia expels Argentine diplomats over Milei remarks",
        {("Donald Tusk", "supports", "Ukraine"), ("Petr Fiala", "supports", "Ukraine"),
         ("Saudi Arabia", "urges", "Sudan"), ("Egypt", "urges", "Rapid Support Forces"),
         ("Armenia", "criticizes", "Azerbaijan"), ("Azerbaijan", "criticizes", "Armenia"),
         ("Colombia", "sanctions", "Argentina")}),
    "the frontier no one owns is not the border of a state acting in a clause beside it": (
        "Slovakia closed its border with Hungary. Bratislava moved troops to the frontier, and Vienna declared a "
        "state of emergency.",
        {("Slovakia", "coerces", "Hungary")}, {("Slovakia", "mobilizes", "Austria")}),
    "'the three countries' with no list of three are the three states that acted just before, not who spoke": (
        "Estonia closed a crossing with Russia. Moscow called it a provocation. Finland and Norway have also "
        "reinforced their borders. The European Union backed the three countries. Its commissioner said the bloc "
        "stood in solidarity with them.",
        {("European Union", "supports", "Estonia"), ("European Union", "supports", "Finland"),
         ("European Union", "supports", "Norway")}, {("European Union", "supports", "Russia")}),
    "a statement from a body says what the body says": (
        "A statement from the Egyptian foreign ministry said Ethiopia was responsible for the crisis.",
        {("Egypt", "criticizes", "Ethiopia")}),
    "a people named after another state's name is that state's people": (
        "Thousands of Kosovo Albanians marched in Pristina to demand independence from Serbia.",
        {("Kosovo", "protests", "Serbia")}, {("Albania", None, None)}),
    "whom one agrees to allow access is the one agreed with": (
        "Iran agreed on Monday to allow U.N. weapons inspectors unconditional access to military sites.",
        {("Iran", "agrees", "United Nations")}),
    "giving a state until a day to act is an ultimatum; giving an envoy until a day to leave an expulsion": (
        "Serbia gave Montenegro until Friday to release the detained officers. Chad gave the French ambassador until "
        "Monday to leave the country.",
        {("Serbia", "threatens", "Montenegro"), ("Chad", "sanctions", "France")}, {("Chad", "threatens", "France")}),
    "aid pledged to a city is pledged to its state": (
        "Kuwait pledged $1 billion to help rebuild Mosul.",
        {("Kuwait", "agrees", "Iraq")}),
    "allegations one says there are, linking others to a wrong, are one's charge against them": (
        "Albanese said there were credible allegations linking Chinese agents to the hacking.",
        {("Anthony Albanese", "criticizes", "China")}),
    "a body's secretary or commissioner named by title only acts for the body": (
        "The East African Community offered to mediate. The bloc's executive secretary urged Rwanda and Burundi to "
        "show restraint.",
        {("East African Community", "urges", "Rwanda"), ("East African Community", "urges", "Burundi")}),
    "'both' as the object of an appeal are the two named before it": (
        "Armenia and Azerbaijan accused each other of shelling, as the EU urged both to show restraint.",
        {("European Union", "urges", "Armenia"), ("European Union", "urges", "Azerbaijan")}),
    "the warring sides in one state are that state's": (
        "IGAD urged the warring sides in South Sudan to respect the ceasefire.",
        {("Intergovernmental Authority on Development", "urges", "South Sudan")}),
    "defending an attack named by its kind backs the attacker": (
        "Eritrea shelled the Ethiopian town of Zalambessa. Sudan defended the attack.",
        {("Sudan", "supports", "Eritrea")}),
    "a country's name the model reads as a date is still a target": (
        "Ghana sent emergency aid to storm-hit Niger.",
        {("Ghana", "aids", "Niger")}),
    "a border crossed or airspace entered is the incursion condemned after it": (
        "Eritrean troops crossed into Djiboutian territory last week. Djibouti has denounced the incursion. Belarusian "
        "helicopters entered Polish airspace on Friday. Warsaw condemned the violation.",
        {("Djibouti", "criticizes", "Eritrea"), ("Poland", "opposes", "Belarus")}),
    "talks welcomed are those who held them": (
        "Chile's foreign minister held talks with Bolivian officials in La Paz. Brazil welcomed the talks.",
        {("Brazil", "praises", "Chile"), ("Brazil", "praises", "Bolivia")}),
    "joining talks makes no member of their parties": (
        "Colombia and the ELN rebels resumed talks in Havana. Norway joined the talks as a guarantor.",
        {("Colombia", "meets", "National Liberation Army")}, {("Norway", "memberOf", None)}),
    "'his' after an official named by title only is that official's state": (
        "Latvia's defence minister criticised the pipeline. Berlin rejected his remarks. Estonia's prime minister "
        "praised the deal. The Finnish president ended his visit to Sweden on Friday.",
        {("Germany", "opposes", "Latvia"), ("Finland", "visits", "Sweden")}, {("Estonia", "visits", None)}),
    "forces sent to back a government back it; a weak or federal government is that of where they go": (
        "Chad sent hundreds of soldiers into the Central African Republic to back the embattled federal government "
        "against rebel groups.",
        {("Chad", "supports", "Central African Republic")}),
    "what the warners' own side will do, told before the warning, is their threat": (
        "Serbia would take firm steps to counter any attempt by Kosovo to seize the monastery, the Serbian general "
        "staff warned. Japan would counter any incursion by China, the Japanese defence minister warned. Sudan would "
        "attack Chad within days, the United States warned.",
        {("Serbia", "threatens", "Kosovo"), ("Japan", "threatens", "China")}, {("United States", "threatens", None)}),
    "a pledge to send troops to a third state is made to it, not between the pledgers": (
        "Rwanda and Burundi pledged to send more police to the Central African Republic.",
        {("Rwanda", "agrees", "Central African Republic")}, {("Rwanda", "agrees", "Burundi")}),
    "an apology demanded with no one named is demanded of the last who wronged the one demanding": (
        "Bukele called Petro a liar on Monday. The Colombian government demanded an apology. Indonesia accused a "
        "Malaysian patrol boat of ramming an Indonesian fishing vessel. Jakarta demanded compensation for the crew.",
        {("Colombia", "demands", "Nayib Bukele"), ("Indonesia", "demands", "Malaysia")}),
    "envoys ordered to leave a state, by no one named, are expelled by it": (
        "Three Moldovan diplomats were ordered to leave Belarus within 72 hours.",
        {("Belarus", "sanctions", "Moldova")}, {("Moldova", "concedes", None)}),
    "an investigation of an attack is not of the one attacked": (
        "Peru's police are investigating the attack on the Bolivian embassy. Chilean prosecutors are investigating the "
        "bombing of the Argentine consulate. The ICC opened an investigation into abuses by Burundian troops.",
        {("International Criminal Court", "investigates", "Burundi")},
        {("Peru", "investigates", "Bolivia"), ("Chile", "investigates", "Argentina")}),
    "headlines the model misreads: a verb's apposition, a verb read as a modifier, a plural country, rooted remarks": (
        "Chile summons Peruvian envoy over border incident\n\nMaldives, Sri Lanka agree to boost fisheries "
        "cooperation\n\nGhana, Togo condemn Mali over border closure\n\nEcuador, Colombia resume talks on border "
        "security\n\nChile expels Cuban ambassador over Diaz Canel remarks",
        {("Chile", "criticizes", "Peru"), ("Maldives", "agrees", "Sri Lanka"), ("Ghana", "opposes", "Mali"),
         ("Colombia", "meets", "Ecuador"), ("Chile", "sanctions", "Cuba")}),
    "an official named by a title another named person does not hold is not that person": (
        "Croatian President Zoran Milanovic criticised Ljubljana. His foreign minister summoned the Slovenian "
        "ambassador. Milanovic criticised Slovenia again. Slovenian officials rejected the criticism. The government "
        "spokesman accused Zagreb of arrogance.",
        {("Croatia", "criticizes", "Slovenia"), ("Slovenia", "criticizes", "Croatia")},
        {("Zoran Milanovic", "criticizes", "Croatia")}),
    "both capitals are the two states named before": (
        "Sudan and South Sudan traded accusations. The African Union urged both capitals to show restraint.",
        {("African Union", "urges", "Sudan"), ("African Union", "urges", "South Sudan")}),
    "a body's secretariat acts for the body": (
        "Ghana and Togo agreed to reopen their border. The ECOWAS secretariat welcomed the move and urged both "
        "countries to keep trade open.",
        {("Economic Community of West African States", "praises", "Ghana"),
         ("Economic Community of West African States", "urges", "Togo")}),
    "a noun made from a verb of the lexicon names the act told before with that verb": (
        "Belarus suspended its membership in the treaty. Lithuania criticised the suspension. Armenia deployed troops "
        "to the border. Azerbaijan denounced the deployment.",
        {("Lithuania", "criticizes", "Belarus"), ("Azerbaijan", "criticizes", "Armenia")}),
    "ties restored are the normalisation or rapprochement named after": (
        "Sudan restored diplomatic ties with Israel. Libya condemned the normalisation.",
        {("Libya", "opposes", "Sudan")}),
    "an act a speaker says was done unlawfully accuses its doer": (
        "Cyprus said Turkish warships had illegally entered its waters. Israel said it would never unlawfully seize "
        "land.",
        {("Cyprus", "criticizes", "Turkey")}, {("Israel", "criticizes", None)}),
    "control or sovereignty handed back is territory conceded": (
        "Britain returned control of the Suez Canal to Egypt. Britain handed sovereignty over the Chagos Islands to "
        "Mauritius.",
        {("United Kingdom", "concedes", "Egypt"), ("United Kingdom", "concedes", "Mauritius")}),
    "an office holder's lone surname the tagger takes for a plural noun is the office holder": (
        "Albanese extended his congratulations to Keir Starmer.",
        {("Anthony Albanese", "congratulates", "Keir Starmer")}),
    "a name called with nothing to call it is the one phoned, even one the model takes for a people's": (
        "Erdogan called Pezeshkian on Monday.",
        {("Recep Tayyip Erdogan", "meets", "Masoud Pezeshkian")}),
    "an act done allegedly is alleged, not asserted": (
        "Chadian soldiers allegedly fired on Sudanese herders near the border.",
        set(), {("Chad", "attacks", "Sudan")}),
    "criticism drawn after the comma that ends a relative clause is drawn by the main clause's act": (
        "China vetoed a draft resolution on Tuesday that would have demanded aid access to Myanmar, drawing sharp "
        "criticism from Ecuador and Malta.",
        {("Ecuador", "criticizes", "China"), ("Malta", "criticizes", "China")}),
    "forces sent to protect something from attackers do not aid the attackers": (
        "France sent a frigate to the Gulf of Aden to help protect shipping from Houthi attacks.",
        set(), {("France", "aids", None)}),
    "the three juntas are the states named before; the bloc accused of a wrong is the bloc named before": (
        "Guinea, Mali and Gabon were suspended by the African Union. The three juntas accused the AU of meddling. "
        "Chad was suspended by the African Union. Niger accused the bloc of bias.",
        {("Guinea", "criticizes", "African Union"), ("Gabon", "criticizes", "African Union"),
         ("Niger", "criticizes", "African Union")}),
    "forcing one's way into a place is a raid on it": (
        "Nicaraguan police forced their way into the Costa Rican embassy in Managua. San Jose called the raid an "
        "outrage.",
        {("Nicaragua", "attacks", "Costa Rica"), ("Costa Rica", "criticizes", "Nicaragua")}),
    "an operation, incident or crackdown condemned answers the act of force before it; support for one does not": (
        "Moroccan police raided a migrant camp near Ceuta. Algeria condemned the operation. Serbian police detained "
        "dozens of Kosovo Albanians. Albania condemned the crackdown. Chile and Peru provided support for the "
        "operation.",
        {("Algeria", "opposes", "Morocco"), ("Albania", "opposes", "Serbia")}, {("Chile", "supports", None)}),
    "a finite verb after an infinitive's object is the sentence subject's act": (
        "Egypt welcomes Libya's efforts to develop its economy and opposes any interference in Libya's internal "
        "affairs, Sisi said.",
        {("Egypt", "opposes", "interference in Libya's internal affairs")}, {("Libya", "opposes", None)}),
    "a state's security council named by its demonym is no body of the UN": (
        "Lavrov held talks with Iranian Security Council Secretary Ali Akbar Ahmadian in Moscow.",
        {("Ali Akbar Ahmadian", "holdsPosition", "Iran")},
        {("Ali Akbar Ahmadian", "holdsPosition", "United Nations Security Council")}),
    "an absolute clause with a subject of its own takes no target from the clause it follows": (
        "Indian Defence Minister Rajnath Singh met with Japanese Defence Minister Minoru Kihara in Tokyo on Monday, "
        "the two sides agreeing to expand joint exercises.",
        {("India", "agrees", "Japan")}, {("India", "agrees", "Minoru Kihara")}),
    "a country after a place and a comma is where the place is, not one met": (
        "Wang Yi met with Sergei Lavrov in Vientiane, Laos on Thursday.\n\nThe two ministers also exchanged views on "
        "the Korean Peninsula.",
        {("Wang Yi", "meets", "Sergei Lavrov")}, {("Wang Yi", "meets", "Laos")}),
    "a stance on a round or wave of acts is on their owner": (
        "Tehran condemned the latest wave of EU sanctions. Pyongyang expressed firm opposition to the new round of US "
        "sanctions.",
        {("Iran", "opposes", "European Union"), ("North Korea", "opposes", "United States")}),
    "two who exchange messages act on each other, not on one named before": (
        "Erdogan congratulated Azerbaijan on its national day. Turkish Vice President Cevdet Yilmaz and Azerbaijani "
        "Prime Minister Ali Asadov also exchanged congratulatory messages.",
        {("Cevdet Yilmaz", "congratulates", "Ali Asadov")}, {("Ali Asadov", "congratulates", "Azerbaijan")}),
    "the purpose one heads somewhere for is no destination": (
        "Luxon headed to Beijing on Monday for the first visit by a New Zealand leader since 2019. Albanese left for "
        "Jakarta on Sunday.",
        {("Christopher Luxon", "visits", "Beijing"), ("Anthony Albanese", "visits", "Jakarta")},
        {("Christopher Luxon", "visits", "New Zealand")}),
    "an attempt to make something opposed is a stance on what it would make": (
        "Iran opposes attempts to impose unilateral sanctions. Belarus rejects any attempt to stoke bloc "
        "confrontation.",
        {("Iran", "opposes", "unilateral sanctions"), ("Belarus", "opposes", "bloc confrontation")}),
    "each other, after working with one, are the two": (
        "Brazil is willing to work with Argentina to support each other on issues of their core interests.",
        {("Brazil", "supports", "Argentina"), ("Argentina", "supports", "Brazil")}),
    "a summit congratulated on is no meeting of those congratulating; a conjunct with names of its own borrows none": (
        "Xi Jinping spoke with Vladimir Putin on Thursday. The two heads of state also congratulated each other on the "
        "successful holding of the China-Central Asia Summit and the Russia-ASEAN dialogue.",
        {("Xi Jinping", "congratulates", "Vladimir Putin")},
        {("Vladimir Putin", "meets", "Xi Jinping"), ("China", "meets", None)}),
    "the two sides of a clause joined to a reception are the host's state and the guest, whom the sentence names": (
        "Israel and Egypt clashed over the Rafah crossing on Thursday. Turkey has taken a softer line. Foreign "
        "Minister Hakan Fidan received a Hamas delegation in Ankara on Friday, and the two sides agreed to keep an "
        "aid corridor open.",
        {("Turkey", "agrees", "Hamas"), ("Hamas", "agrees", "Turkey")},
        {(None, "agrees", "Israel"), ("Israel", "agrees", None)}),
    "a pair of states named together ('the two Koreas') is both of them, named before or not": (
        "The two Koreas exchanged artillery fire near their disputed sea border on Wednesday. Japan urged both "
        "Sudans to return to talks.",
        {("North Korea", "attacks", "South Korea"), ("South Korea", "attacks", "North Korea"),
         ("Japan", "urges", "Sudan"), ("Japan", "urges", "South Sudan")}),
    "a fraud, a stunt, weaponising: words of wrongdoing said of another's act": (
        "Chile's government branded the Peruvian referendum 'a fraud'. Latvia dismissed Moscow's complaint as a "
        "publicity stunt. Estonia said Minsk was weaponising migrants.",
        {("Chile", "criticizes", "Peru"), ("Latvia", "criticizes", "Russia"), ("Latvia", "opposes", "Russia"),
         ("Estonia", "criticizes", "Belarus")}),
    "defending a pact of one's own backs no other party of it; a third side's welcome praises its maker": (
        "The United Arab Emirates signed a port agreement with Somaliland on Monday. The Emirati government "
        "defended the deal. Kenya welcomed the move.",
        {("United Arab Emirates", "agrees", "Somaliland"), ("Somaliland", "agrees", "United Arab Emirates"),
         ("Kenya", "praises", "United Arab Emirates")},
        {("United Arab Emirates", "supports", None), ("United Arab Emirates", "praises", None)}),
    "a pact called void, or null and void and an attack, is criticized in its makers": (
        "Morocco signed a fishing agreement with Mauritania on Monday. Algeria's president said the agreement was "
        "\"null and void\" and an attack on the Sahrawi people. Guyana said Venezuela's referendum was invalid.",
        {("Algeria", "criticizes", "Morocco"), ("Algeria", "criticizes", "Mauritania"),
         ("Guyana", "criticizes", "Venezuela")}),
    "a border with another state's region is one with that state": (
        "Niger massed troops along its border with Nigeria's Sokoto region. Chad deployed soldiers near its "
        "frontier with the Diffa region of Niger.",
        {("Niger", "mobilizes", "Nigeria"), ("Chad", "mobilizes", "Niger")}),
    "closing a road that links two places coerces those it links; starving a people is a wrong reported": (
        "Georgian police shut the only road linking Armenia with Russia. Armenia's prime minister said Tbilisi was "
        "trying to starve Armenian towns.",
        {("Georgia", "coerces", "Armenia"), ("Georgia", "coerces", "Russia"), ("Armenia", "criticizes", "Georgia")}),
    "an office owned by a state and a verb the parser reads as one noun phrase: the office holder acted": (
        "Oman's sultan hosted Houthi negotiator Mohammed Abdulsalam in Muscat for talks on a truce.",
        {("Oman", "meets", "Mohammed Abdulsalam")}),
    "what a state does to people in its land is done by that state, where the phrase of those it is done to names it": (
        "Romania voiced concern over the treatment of the Romanian minority in Serbia. Sweden complained about the "
        "persecution of Kurds in Turkey's Hakkari province.",
        {("Romania", "criticizes", "Serbia"), ("Sweden", "criticizes", "Turkey")}),
    "lifting a ban on imports from a state eases it for that state": (
        "South Korea lifted its ban on pork imports from Spain.",
        {("South Korea", "concedes", "Spain")}),
    "turning back or away another state's vessels coerces that state; turning back a clock is nothing": (
        "Malaysia's coast guard turned back three Vietnamese fishing boats. Palau turned away a Chinese survey "
        "ship. Myanmar's junta turned back the clock on reforms.",
        {("Malaysia", "coerces", "Vietnam"), ("Palau", "coerces", "China")}, {("Myanmar", None, None)}),
    "states invited as members are none yet; a team admitted to a body's tournament makes no member": (
        "The Shanghai Cooperation Organization invited three new members, including Laos. The Arab League admitted "
        "Libya's football team to its regional tournament.",
        set(), {(None, "memberOf", None)}),
    "a message sent to someone on his re-election names his office, not the sender's": (
        "Lula sent a congratulatory letter to Bola Tinubu on his re-election as Nigerian president.",
        {("Bola Tinubu", "holdsPosition", "Nigeria")}, {("Luiz Inacio Lula da Silva", "holdsPosition", None)}),
    "a pact between two sides told as news, as a sentence's subject, is their agreement; one spoken of is not": (
        "A grazing deal between Kenya and Uganda angered herders on both sides. The 1964 treaty between Mali and "
        "Senegal remains in force.",
        {("Kenya", "agrees", "Uganda"), ("Uganda", "agrees", "Kenya")}, {("Mali", "agrees", None)}),
    "a pact between a state and a region named by its owner's name is the owner's": (
        "Talks were held in Addis Ababa, days after a grazing deal between Kenya and the breakaway region of "
        "Somaliland angered Mogadishu.",
        {("Kenya", "agrees", "Somaliland"), ("Somaliland", "agrees", "Kenya")}),
    "drills held in the waters around a state are a show of force at it": (
        "Russia held live-fire drills in the waters around Estonia on Tuesday.",
        {("Russia", "mobilizes", "Estonia")}),
    "an act named as the one not done ('far from', 'instead of', 'rather than') is not done": (
        "Far from criticising Tehran, Oman praised Iran's restraint. Rather than condemning Kenya, Uganda called for "
        "talks. Ghana urged calm instead of denouncing Togo.",
        {("Oman", "praises", "Iran")},
        {("Oman", "criticizes", None), ("Uganda", "opposes", None), ("Ghana", "criticizes", None)}),
    "a leader's talks in his own capital, his office known from the dictionary only, meet no state of his own": (
        "Lula left for Luanda after talks in Brasilia.",
        set(), {(None, "meets", "Brazil")}),
    "lawmakers or activists of a people no state is named for are a group named as the text names them": (
        "Kurdish lawmakers condemned the Iraqi strikes. Tamil activists criticised Sri Lanka over the land seizures. "
        "Opposition activists marched in the capital.",
        {("Kurdish lawmakers", "opposes", "Iraq"), ("Tamil activists", "criticizes", "Sri Lanka")},
        {("Opposition activists", None, None)}),
    "a meeting brokered by two go-betweens is no meeting of theirs": (
        "Paul Kagame and Felix Tshisekedi met in Luanda on Saturday. The meeting was brokered by Angola and the "
        "African Union.",
        {("Felix Tshisekedi", "meets", "Paul Kagame")}, {("Angola", "meets", "African Union"),
                                                          ("African Union", "meets", "Angola")}),
    "joint flights, sorties or training with another state's forces are cooperation": (
        "France announced joint air patrol flights with Estonian forces. Italy held joint training with the "
        "Albanian army.",
        {("France", "cooperatesWith", "Estonia"), ("Italy", "cooperatesWith", "Albania")}),
    "closing a route between two states coerces the other, not the closer": (
        "Iran and Azerbaijan traded accusations on Monday. Iran closed the busiest trade route between the two "
        "countries.",
        {("Iran", "coerces", "Azerbaijan")}, {("Iran", "coerces", "Iran")}),
    "what one told must be done, said of 'it' or 'they', is demanded of the one told (not of 'we')": (
        "The European Union told Serbia it must align its foreign policy with the bloc. \"We must act now,\" "
        "Aleksandar Vucic told Viktor Orban.",
        {("European Union", "demands", "Serbia")}, {("Aleksandar Vucic", "demands", None)}),
    "a word with a prefix and a hyphen ('co-sponsored') is one verb, whose subject is its own": (
        "Armenia recalled its ambassador to Georgia on Friday after Tbilisi co-sponsored a U.N. resolution on "
        "refugees. Armenia's president called the vote a stab in the back. Georgia's prime minister Irakli "
        "Kobakhidze defended the decision.",
        {("Armenia", "sanctions", "Georgia")}, {("Irakli Kobakhidze", "supports", "Armenia")}),
    "both sides after talks a third side hosted are the two who held them, not the host": (
        "Bolivian and Chilean officials held talks in Lima hosted by Peru. Both sides agreed to continue "
        "negotiations on the Silala waters.",
        {("Bolivia", "agrees", "Chile"), ("Chile", "agrees", "Bolivia")}, {("Peru", "agrees", None),
                                                                           (None, "agrees", "Peru")}),
    "a capital the model ran into a time ('on Kyiv overnight') is still the place attacked": (
        "Russian forces launched a missile attack on Kyiv overnight, Ukrainian officials said.",
        {("Russia", "attacks", "Ukraine")}, set()),
    "agents loyal to a body act for it": (
        "Fighters loyal to the Taliban attacked a Pakistani border post on Tuesday.",
        {("Taliban", "attacks", "Pakistan")}, set()),
    "harm done by a weapon or an attack is its user's, named by 'by'": (
        "A drone strike by the Ethiopian army killed five Sudanese farmers near the border.",
        {("Ethiopia", "attacks", "Sudan")}, set()),
    "harm done by an attack one claimed is the claimer's": (
        "Boko Haram claimed a suicide bombing that killed nine Cameroonian soldiers on Friday.",
        {("Boko Haram", "attacks", "Cameroon")}, set()),
    "goods of aid handed over are aid, not a concession; land handed over is one": (
        "Kuwait handed 25 tonnes of relief supplies to Sudanese officials in Port Sudan. Nigeria handed over the "
        "oil-rich peninsula to Cameroon.",
        {("Kuwait", "aids", "Sudan"), ("Nigeria", "concedes", "Cameroon")}, {("Nigeria", "aids", None)}),
    "a visit an act still to come is set in is still to come": (
        "Kenyan President William Ruto is expected to sign a trade deal during a visit to Tokyo next month. "
        "Ruto will raise the debt talks at a meeting with Japanese officials.",
        set(), {("William Ruto", "visits", None), ("William Ruto", "meets", None)}),
    "an act dated ahead of the telling ('next week', 'in the coming days') is still to come (not one about a time)": (
        "Gabonese President Brice Oligui Nguema travels to Luanda next week for talks with Angolan President Joao "
        "Lourenco. Chad and Sudan hold border talks in the coming days, a Chadian official said. Kenya and Uganda "
        "held talks on next year's budget.",
        {("Kenya", "meets", "Uganda")}, {("Brice Oligui Nguema", None, "Luanda"),
                                         ("Brice Oligui Nguema", "meets", None), ("Chad", "meets", None)}),
    "an act called a setback, or inadequate, is criticised": (
        "Senegal's government described the coup in Guinea as a setback for the region. Algeria called France's "
        "offer of talks on colonial archives inadequate.",
        {("Senegal", "criticizes", "Guinea"), ("Algeria", "criticizes", "France")}, set()),
    "one said to foment, incite, mastermind or instigate is accused": (
        "Somalia said Ethiopia was fomenting unrest in Puntland. Armenia's premier said Baku had masterminded "
        "the blockade.",
        {("Somalia", "criticizes", "Ethiopia"), ("Armenia", "criticizes", "Azerbaijan")}, set()),
    "a war fought together is fighting between the two; a trade war is sanctions": (
        "Peru and Ecuador fought a brief border war in 1995. Australia fought a trade war with China.",
        {("Peru", "attacks", "Ecuador"), ("Ecuador", "attacks", "Peru"), ("Australia", "sanctions", "China")},
        {("Australia", "attacks", None), ("China", "attacks", None)}),
    "the border no one owns, in a sentence naming no other side, is shared with the state the story names most": (
        "Gambia accused Senegal of harassing its fishermen. Senegalese officials rejected the claim. On Monday "
        "Gambia closed the border.",
        {("Gambia", "coerces", "Senegal")}, set()),
    "a group, union or association of a people's agents acts for their state": (
        "Nigerian traders' associations accused Benin of blocking grain exports.",
        {("Nigeria", "criticizes", "Benin")}, set()),
    "'each other's' owns the object through words between ('each other's senior diplomats')": (
        "Armenia and Azerbaijan expelled each other's senior diplomats on Tuesday.",
        {("Armenia", "sanctions", "Azerbaijan"), ("Azerbaijan", "sanctions", "Armenia")}, set()),
    "a move a clause is set after is its doer's, before any act told in the sentence before": (
        "The African Union urged both sides to show restraint. Somaliland declared independence from Somalia in "
        "1991, a move Mogadishu has never recognised.",
        {("Somalia", "opposes", "Somaliland")}, {("Somalia", "opposes", "African Union")}),
    "financial or humanitarian support given is aid; support voiced is a stance": (
        "Kuwait gave financial support to Jordan. Russia's military voiced support for the Malian junta.",
        {("Kuwait", "aids", "Jordan"), ("Russia", "supports", "Mali")}, {("Kuwait", "supports", None),
                                                                       ("Russia", "aids", None)}),
    "what one will 'no longer' accept is refused, not backed": (
        "Paraguay said it would no longer recognise Nicolas Maduro as Venezuela's president.",
        {("Paraguay", "opposes", "Nicolas Maduro")}, {("Paraguay", "supports", None)}),
    "'this act of …' in quoted words said of an act is that act": (
        '"We condemn this act of aggression against our people," Lebanon said of the Israeli raid.',
        {("Lebanon", "opposes", "Israel")}, set()),
    "an act after 'rather than' is the one not done": (
        "Indonesia abstained rather than vote against Israel.",
        set(), {("Indonesia", None, "Israel")}),
    "talks that ended before they began were never held": (
        "Talks between Guyana and Venezuela collapsed before they began.",
        set(), {("Guyana", "meets", "Venezuela"), ("Venezuela", "meets", "Guyana")}),
    "talks one is open to are not held; open talks are": (
        "Eritrea said it remained open to talks with Ethiopia. Qatar and Oman held open talks in Muscat.",
        {("Oman", "meets", "Qatar")}, {("Eritrea", "meets", None), ("Ethiopia", "meets", "Eritrea")}),
    "an occasion boycotted is its host's": (
        "Morocco boycotted the football tournament in Algeria.",
        {("Morocco", "protests", "Algeria")}, set()),
    "what 'its' names, harmed by another in a clause one says, is the sayer's": (
        "The Vietnamese coast guard said a Chinese ship had rammed one of its patrol boats. Egypt said Sudan had "
        "recalled its ambassador.",
        {("China", "attacks", "Vietnam")}, {("Sudan", None, "Egypt")}),
    "one elected to an office holds it; the state of a person who heads a body is no member by it": (
        "Moussa Faki Mahamat was elected chairperson of the African Union Commission. The Ethiopian doctor who "
        "heads the World Health Organization visited Kinshasa.",
        {("Moussa Faki Mahamat", "holdsPosition", "African Union Commission")}, {("Ethiopia", "memberOf", None)}),
    "engineers sent to one are aid": (
        "Vanuatu sent military engineers to Samoa after the cyclone.",
        {("Vanuatu", "aids", "Samoa")}, set()),
    "border guards put on alert face the other side of the border": (
        "Estonia accused Russia of jamming GPS signals. Estonia put its border guards on alert.",
        {("Estonia", "mobilizes", "Russia")}, set()),
    "goods are theirs where they come from, said after them or hung on the verb": (
        "Peru imposed duties on sugar imported from Colombia. Chile raised tariffs on trucks made in Mexico. Kenya "
        "imposed import duties on rice from Pakistan.",
        {("Peru", "sanctions", "Colombia"), ("Chile", "sanctions", "Mexico"), ("Kenya", "sanctions", "Pakistan")},
        set()),
    "who holds talks with one and then agrees or urges does so with that one": (
        "Ghana held talks with Togo and agreed on a plan to patrol the coast. Uruguay held talks with Paraguay's "
        "foreign minister and urged calm.",
        {("Ghana", "agrees", "Togo"), ("Uruguay", "urges", "Paraguay")}, set()),
    "owners joined by 'and', each with its own 's, each own the noun": (
        "Greece blocked Albania's and Serbia's bid to open accession talks.",
        {("Greece", "opposes", "Albania"), ("Greece", "opposes", "Serbia")}, set()),
    "forces built up near a border face its other side": (
        "Ethiopia has built up troops near Eritrea's border.",
        {("Ethiopia", "mobilizes", "Eritrea")}, set()),
    "money donated to help one is aid to that one": (
        "Norway donated five million dollars to help Malawi recover from the floods.",
        {("Norway", "aids", "Malawi")}, set()),
    "a show of force answers what it is said to be amid, however the phrase hangs": (
        "Kosovo raised the combat readiness of its police to the highest level amid clashes in southern Serbia.",
        {("Kosovo", "mobilizes", "Serbia")}, set()),
    "a place named by a point of the compass lies in the land it is told from": (
        "Japan sent two destroyers into waters west of North Korea. Turkish forces shelled a town south of Kobani.",
        {("Japan", "mobilizes", "North Korea"), ("Turkey", "attacks", "Syria")}, set()),
    "what an attack hits is where the participle describing it puts it": (
        "Saudi jets bombed a clinic treating wounded fighters in Saada.",
        {("Saudi Arabia", "attacks", "Yemen")}, set()),
    "forces sent to a sea of no state face whom they are sent to deter": (
        "France dispatched a frigate to the Gulf of Guinea to deter Nigerian pirates.",
        {("France", "mobilizes", "Nigeria")}, set()),
    "what one keeps closed one has closed": (
        "Chad has kept its border with Sudan closed since the war began. Georgia kept its airspace shut to Russian "
        "airlines.",
        {("Chad", "coerces", "Sudan"), ("Georgia", "coerces", "Russia")}, set()),
    "a minister's counterpart of a state holds the minister's office there, not its president's": (
        "Kenyan President William Ruto called for calm. Uganda said it backed Nairobi. Its foreign minister spoke "
        "by phone with his Kenyan counterpart.",
        {("Uganda", "meets", "Kenya")}, {(None, "meets", "William Ruto")}),
    "a pact between two called a wrong blames both, and is told as made": (
        "Serbia's president called the agreement between Kosovo and Albania a threat to regional stability.",
        {("Serbia", "criticizes", "Kosovo"), ("Serbia", "criticizes", "Albania"), ("Kosovo", "agrees", "Albania")},
        set()),
    "acts told before, said to have broken a rule, accuse their doer": (
        "Iranian gunboats harassed a British tanker in the Gulf. London said the actions violated international law.",
        {("Iran", "coerces", "United Kingdom"), ("United Kingdom", "criticizes", "Iran")}, set()),
    "a government named for a leader is that leader's state's, in office then or not": (
        "The Bill Clinton administration eased sanctions on Vietnam. Donald Trump's government lifted sanctions on "
        "Sudan.",
        {("United States", "concedes", "Vietnam"), ("United States", "concedes", "Sudan")}, set()),
    "a named land sealed off is coerced, the particle read as a preposition or not": (
        "The Armenian army sealed off the Nakhchivan exclave after the shelling.",
        {("Armenia", "coerces", "Azerbaijan")}, set()),
    "aid sent to no one named goes to the state the story is filed from": (
        "PORT VILA, Jan 9 (AFP) - A strong earthquake struck the capital on Tuesday. New Zealand donated tents and "
        "water tanks, its foreign ministry said.",
        {("New Zealand", "aids", "Vanuatu")}, set()),
    "who is met at the airport before heading on is the one who heads on": (
        "Chilean President Gabriel Boric was welcomed by Peru's foreign minister before heading to the palace for "
        "talks with Dina Boluarte.",
        {("Gabriel Boric", "meets", "Dina Boluarte")}, {("Peru", "meets", "Dina Boluarte")}),
    "a state's protest is a complaint, a crowd's a demonstration": (
        "Vietnam rejected a Chinese protest over its fishing fleet near the Paracels. Thousands of Serbian students "
        "joined a protest against the government.",
        {("China", "criticizes", "Vietnam")}, {(None, "protests", "Vietnam")}),
    "ambassadors restored are ties restored": (
        "Qatar and Bahrain restored ambassadors after years of frosty ties. Peru restored its ambassador in Mexico "
        "City.",
        {("Bahrain", "cooperatesWith", "Qatar"), ("Peru", "cooperatesWith", "Mexico")}, set()),
    "a visit being arranged, prepared for or paved the way for is still to come": (
        "Ghana and Togo discussed arrangements for Mahama's visit to Lome. Officials said Mahama's visit to Abuja "
        "was being arranged. The talks paved the way for a visit by Ruto to Kampala.",
        set(), {(None, "visits", None)}),
    "arming a state is military aid; a wrong one acts in a bid to do accuses the doer": (
        "Sudan said the UAE was arming Chad in a bid to destabilise Darfur.",
        {("United Arab Emirates", "aids", "Chad"), ("Sudan", "criticizes", "United Arab Emirates")}, set()),
    "using people or places as weapons or shields is a wrong": (
        "Finland said Russia was using migrants as a weapon. Yemen said the Houthis were using schools as shields "
        "and hostages as bargaining chips. "
        "Kenya said it used the port as a hub for trade.",
        {("Finland", "criticizes", "Russia"), ("Yemen", "criticizes", "Houthis")}, {(None, "criticizes", "Kenya")}),
    "a ceasefire demanded in a state is demanded of that state": (
        "The African Union demanded an immediate ceasefire in South Sudan. Ghana called for a truce in Mali.",
        {("African Union", "demands", "South Sudan"), ("Ghana", "urges", "Mali")}, set()),
    "what a court or an inquiry finds is said by it": (
        "The International Court of Justice found that Serbia was responsible for the massacre. The United Nations "
        "found that Eritrea was behind the attacks.",
        {("International Court of Justice", "criticizes", "Serbia"), ("United Nations", "criticizes", "Eritrea")},
        set()),
    "who leads a body's efforts holds no post in it": (
        "Former Nigerian president Olusegun Obasanjo is leading the African Union's mediation in Ethiopia. Ruto "
        "chairs the EAC.",
        {("William Ruto", "holdsPosition", "East African Community")},
        {("Olusegun Obasanjo", "holdsPosition", "African Union")}),
    "a summit refused is a rejection of its host, talks at a venue none of the venue's": (
        "Nicaraguan President Daniel Ortega refused to attend the summit in San Jose. Belarus declined to attend "
        "the talks in Vienna. Iran boycotted the negotiations in Geneva.",
        {("Daniel Ortega", "opposes", "Costa Rica")}, {("Belarus", None, "Austria"), ("Iran", None, "Switzerland")}),
    "'all' and a plural set off after the subjects describe them, no second subject": (
        "Chile, Peru and Colombia, all Pacific Alliance members bordering the ocean, recalled their envoys from "
        "Caracas.",
        {("Chile", "sanctions", "Venezuela")}, {("Pacific Alliance", "sanctions", None)}),
    "'its' in the subject of a harm one reports is the doers' own, read without end": (
        "Iraq's interior ministry said its commandos had killed two members of the Islamic State group, which has "
        "kept cells in the deserts of western Iraq since 2017.",
        {("Iraq", "attacks", "Islamic State")}, set()),
    "a sanction answered by a sanction was aimed at the one answering": (
        "Nicaragua expelled the Dutch ambassador after the Netherlands downgraded ties. Gabon recalled its envoy "
        "after Cameroon expelled two Gabonese diplomats.",
        {("Netherlands", "sanctions", "Nicaragua"), ("Gabon", "sanctions", "Cameroon")}, set()),
    "aid of one's own sent to no one named goes where the story is filed from, unless sent by a way": (
        "SUVA, May 2 (AFP) - Floods swept the capital on Sunday. Samoa sent tents and a team of engineers to restore "
        "power. Tonga sent a convoy of food across the bridge.",
        {("Samoa", "aids", "Fiji")}, [("Tonga", "aids", "Fiji")]),
    "an act called a wrong is judged, not the land whose rights it broke": (
        "Houthi rebels fired rockets at an Omani port. The Arab League said the attack was a grave violation of "
        "Oman's sovereignty.",
        {("Houthis", "attacks", "Oman"), ("Arab League", "criticizes", "Houthis")}, [("Arab League", None, "Oman")]),
    "an act a relative clause blames on someone is theirs, to those who condemn it too": (
        "Jordan denounced the shelling of a border post, which Syria blamed on Israeli forces. Egypt condemned a "
        "drone attack on a Saudi oil terminal that Riyadh blamed on Yemen's Houthis.",
        {("Jordan", "criticizes", "Israel"), ("Syria", "criticizes", "Israel"), ("Houthis", "attacks", "Saudi Arabia"),
         ("Egypt", "opposes", "Houthis"), ("Saudi Arabia", "criticizes", "Houthis")}, []),
    "what is blamed on someone, itself done on something, is blamed on the one after the second 'on'": (
        "Chad blamed the raid on its garrison on Sudanese rebels. Mali blamed the ambush on its convoy on Algerian "
        "smugglers.",
        {("Chad", "criticizes", "Sudan"), ("Mali", "criticizes", "Algeria")}, [("Mali", None, "Chad")]),
    "a currency swap or a loan extended to help a state aids it": (
        "India extended a $400 million currency swap to help the Maldives avoid a default. Japan extended a loan to "
        "help Sri Lanka pay for fuel. China agreed to extend a currency swap to help Laos avoid a default.",
        {("India", "aids", "Maldives"), ("Japan", "aids", "Sri Lanka"), ("China", "agrees", "Laos")},
        [("China", "aids", "Laos")]),
    "'the island' is an island state named before it, and none when no island state is named": (
        "Greece said Turkish jets held drills in waters near the island. Cuba said the United States held naval "
        "drills in waters near the island.",
        {("United States", "mobilizes", "Cuba")}, [("Turkey", "mobilizes", None)]),
    "forces that cross the border into a state go into it": (
        "Ugandan troops crossed the border into South Sudan on Friday. Rwandan soldiers crossed the frontier into "
        "Congo.",
        {("Uganda", "attacks", "South Sudan"), ("Rwanda", "attacks", "Democratic Republic of the Congo")}, []),
    "missiles fired into waters near a state show force there; fired into a state, they strike it": (
        "North Korea fired two missiles into waters off Japan. China fired rockets into the sea near the Philippines. "
        "Russia fired cruise missiles into Ukraine.",
        {("North Korea", "mobilizes", "Japan"), ("China", "mobilizes", "Philippines"),
         ("Russia", "attacks", "Ukraine")},
        [("North Korea", "attacks", None), ("China", "attacks", None)]),
    "an official of no state named warns for the state whose will the warning tells, an analyst for none": (
        "China will take resolute measures to counter any attempt by the Philippines to occupy the shoal, a senior "
        "military officer warned. Russia will invade Georgia, an analyst warned.",
        {("China", "threatens", "Philippines")}, [("Russia", "threatens", None)]),
    "'it' that a helper helps do something is the one helped, not the helper": (
        "Kenya sent troops to Somalia to help it fight al-Shabaab.",
        {("Kenya", "aids", "Somalia"), ("Somalia", "attacks", "Al-Shabaab")}, [("Kenya", "attacks", None)]),
    "a downing is an attack, which those who judge it answer": (
        "Algeria said it had shot down a Malian drone. Mali called the downing a hostile act. Russia condemned the "
        "downing of a Russian jet by Turkey.",
        {("Algeria", "attacks", "Mali"), ("Mali", "criticizes", "Algeria"), ("Turkey", "attacks", "Russia"),
         ("Russia", "opposes", "Turkey")}, []),
    "what goes 'to and from' a state is its own, as what goes to it is": (
        "Algeria closed its airspace to flights to and from Mali. Kenya suspended flights to and from Somalia.",
        {("Algeria", "coerces", "Mali"), ("Kenya", "sanctions", "Somalia")}, []),
    "'between the neighbours' names the pair told of before, as 'the two neighbours' does": (
        "Guatemala and Belize met in Guatemala City. The OAS, which has mediated between the neighbours since "
        "2000, welcomed the meeting.",
        {("Organization of American States", "meets", "Guatemala"), ("Organization of American States", "meets",
                                                                     "Belize")}, []),
    "'it' after a body acted on is that body, not one the act is set at": (
        "Moscow condemned the sanctions. Kyiv thanked the EU and urged it to seize frozen Russian assets. Ukraine "
        "brought a complaint against Russia before the UN Human Rights Council, charging it with war crimes.",
        {("Ukraine", "praises", "European Union"), ("Ukraine", "urges", "European Union"),
         ("Ukraine", "criticizes", "Russia")},
        [("Ukraine", "urges", "Russia"), ("Ukraine", "criticizes", "United Nations Human Rights Council")]),
    "a package of sanctions approved is sanctions enacted, no aid; an aid package approved is aid": (
        "BRUSSELS, Feb 24 (Reuters) - EU ministers approved a 16th package of sanctions against Russia. The EU "
        "adopted new sanctions on Belarus. Washington approved a $2 billion aid package for Ukraine.",
        {("European Union", "sanctions", "Russia"), ("European Union", "sanctions", "Belarus"),
         ("United States", "aids", "Ukraine")}, [("European Union", "aids", None)]),
    "tribute paid to the victims of an act praises no state the act's phrase names": (
        "Yoon paid tribute to the victims of the bombing of Hiroshima. Modi paid tribute to Japan for its support.",
        {("Narendra Modi", "praises", "Japan")}, [("Yoon Suk Yeol", None, None)]),
    "a coup named again is in the state of the leader its plotters, of no state named, seized next": (
        "Soldiers seized power and detained Prime Minister Ariel Henry. The OAS condemned the coup.",
        {("Organization of American States", "opposes", "Haiti")}, []),
    "forces of no state named who hold a state's leader are that state's own": (
        "Soldiers detained Prime Minister Ariel Henry.",
        {("Haiti", "coerces", "Ariel Henry")}, []),
    "warning that an act would amount to war threatens its doer, who moved against its land, or whom one answers": (
        "Serbia warned that any deployment of Kosovo troops in the north would be seen as an act of aggression. "
        "ECOWAS threatened to use force in Niger. Burkina Faso warned that any intervention in Niger would mean war. "
        "Iran warned that a war would be a disaster. Sudan rejected Egypt's proposal on the canal, warning that any "
        "move to divert the river would amount to aggression.",
        {("Serbia", "threatens", "Kosovo"), ("Burkina Faso", "threatens", "Economic Community of West African States"),
         ("Sudan", "threatens", "Egypt")},
        [("Iran", None, None), ("Burkina Faso", "threatens", "Niger")]),
    "a state's forces who warn its people of what they would do threaten them; advice to take shelter does not": (
        "Zambian police warned opposition organizers that they would be jailed if they staged the rally. The "
        "typhoon led the Philippine government to warn fishermen to stay in port.",
        {("Zambia", "threatens", "Zambia")}, [("Philippines", "threatens", None)]),
    "a sanction that falls on one's own members after urging another falls on the one urged": (
        "The AU pressed Chad's military rulers to set a date for a vote and imposed sanctions on its leaders.",
        {("African Union", "urges", "Chad"), ("African Union", "sanctions", "Chad")}, [("Chad", "sanctions", None)]),
    "an act others demand be stopped goes on; one its doer halted does not": (
        "The EU demanded that Russia stop its bombardment of Kharkiv. Egypt called for an end to the Israeli "
        "offensive in Gaza. Sudan halted its offensive in Darfur.",
        {("Russia", "attacks", "Ukraine"), ("Israel", "attacks", "Palestine"), ("European Union", "demands", "Russia")},
        [("Sudan", "attacks", None)]),
    "an investigation one refuses to cooperate with is under way, into the one refusing unless it says whom": (
        "Belarus refused to cooperate with a UN investigation into abuses committed by its police. Eritrea "
        "refused to cooperate with a UN investigation into alleged abuses.",
        {("United Nations", "investigates", "Belarus"), ("United Nations", "investigates", "Eritrea"),
         ("Belarus", "opposes", "United Nations")}, []),
    "having made a mistake is a wrong, said of whoever made it": (
        "Russia made a grave mistake, Biden said. Lima said it had made no mistake.",
        {("Joe Biden", "criticizes", "Russia")}, [("Peru", None, None)]),
    "a name the parser splits is still the subject who speaks, whom 'he' stands for": (
        "Freeland urged Riyadh to free the activists. Foreign Minister Adel al-Jubeir said on Monday there was "
        "nothing to discuss. \"Sweden made a serious error,\" he told journalists.",
        {("Adel al-Jubeir", "criticizes", "Sweden")}, [("Chrystia Freeland", "criticizes", None)]),
    "one who meets someone while visiting a state is the guest, not the one met": (
        "Nepal's prime minister Pushpa Kamal Dahal made his first trip abroad, visiting India for talks with Modi. "
        "Putin met visiting Kazakh President Kassym-Jomart Tokayev in Moscow.",
        {("Kassym-Jomart Tokayev", "visits", "Moscow")}, [("Narendra Modi", "visits", None)]),
    "going ahead despite pressure from someone answers their pressing": (
        "Despite pressure from Washington, India kept buying Russian oil. Hungary blocked the aid package despite "
        "pressure from Germany.",
        {("United States", "urges", "India"), ("Germany", "urges", "Hungary")}, []),
    "an act that irritates, upsets or alarms a state is one it criticizes; pressure one faces is pressing": (
        "Armenia's decision to join the ICC irritated Moscow. Japan's decision to release the water upset Beijing. "
        "Serbia faces mounting pressure from the EU to align its foreign policy.",
        {("Russia", "criticizes", "Armenia"), ("China", "criticizes", "Japan"), ("European Union", "urges", "Serbia")},
        []),
    "'the decision' that draws a stance from others is the one its maker made before": (
        "Gabon expelled the Congolese ambassador. The decision drew a sharp rebuke from Brazzaville. Bahrain and "
        "Qatar agreed to restore ties. The move won praise from Kuwait.",
        {("Republic of the Congo", "criticizes", "Gabon"), ("Kuwait", "praises", "Bahrain"),
         ("Kuwait", "praises", "Qatar")}, []),
    "an act described in the passive as a wrong is judged by the agent of the passive": (
        "Estonia expelled two Russian diplomats. The expulsions were described by Moscow as a hostile act. Chile's "
        "decision was described as illegal.",
        {("Russia", "criticizes", "Estonia")}, [(None, "criticizes", "Chile")]),
    "'its ally' is no state its own sentence sets the owner against": (
        "China's coast guard blocked a supply boat of the Philippines. China said the boat had entered its waters. "
        "The US ambassador said Washington stood with its ally against China's dangerous actions.",
        {("China", "coerces", "Philippines"), ("United States", "supports", "Philippines")},
        [("United States", "supports", "China")]),
    "'the incident' others answer is the last deed told, not the words told after it": (
        "China's coast guard rammed a Vietnamese fishing boat. Vietnam lodged a protest. Japan expressed concern "
        "over the incident.",
        {("China", "attacks", "Vietnam"), ("Japan", "criticizes", "China")}, [("Japan", None, "Vietnam")]),
    "what is fired toward someone is fired at them": (
        "A Chinese navy ship fired flares toward a Philippine plane. Hezbollah fired rockets toward northern Israel.",
        {("China", "coerces", "Philippines"), ("Hezbollah", "attacks", "Israel")}, []),
    "expecting an apology or a retraction demands it of whom it is owed by": (
        "Milei called Arce a liar. Bolivia said it expected a public retraction. China expects an apology from "
        "Japan. Economists expect an explanation of the data.",
        {("Bolivia", "demands", "Javier Milei"), ("China", "demands", "Japan")}, []),
    "'it' in a letter's words to a body is that body, not the letter's sender": (
        "Egypt sent a letter to the UN Security Council accusing it of bias.",
        {("Egypt", "criticizes", "United Nations Security Council")}, []),
    "facilitating talks between two is a go-between's act; facilitating trade is none": (
        "Norway facilitated negotiations between the Colombian government and the ELN. Turkey facilitated trade "
        "between Iran and Iraq.",
        {("Norway", "meets", "Colombia"), ("Norway", "meets", "National Liberation Army")}, [("Turkey", None, None)]),
    "a clause blaming an act, hung on the place of what was hit, still names the act's doer": (
        "Oman condemned the shelling of a clinic in Kharkiv, which Ukraine blamed on Russian troops.",
        {("Oman", "opposes", "Russia"), ("Ukraine", "criticizes", "Russia")}, []),
    "missiles fired into waters off a state, the place hung on the verb, show force at it": (
        "North Korea fired three missiles into waters off South Korea.", {("North Korea", "mobilizes", "South Korea")},
        [("North Korea", "attacks", None)]),
    "'the incident' is no protest told after a deed whose target the story does not resolve": (
        "Iranian boats seized a tanker flagged in Panama. Panama protested. Britain voiced concern over the incident.",
        set(), [("United Kingdom", "criticizes", "Panama")]),
    "'the generals' are the state told to be under military rule": (
        "Sudan's army chief seized power in a coup. The AU urged the generals to hand power to civilians.",
        {("African Union", "urges", "Sudan")}, []),
    "arms no force moves with, sent to a state, are military aid; forces sent stay a show of force": (
        "Iran sent drones to Russia. The US sent two warships toward Iran.",
        {("Iran", "aids", "Russia"), ("United States", "mobilizes", "Iran")}, [("United States", "aids", None)]),
    "a state's boats act for it, as its vessels and gunboats do": (
        "Iranian speedboats seized a tanker flagged in Liberia. Chinese boats rammed a Philippine boat.",
        {("Iran", "coerces", "Liberia"), ("China", "attacks", "Philippines")}, []),
    "a state hyphened to a demonym owns the act with it": (
        "Beijing condemned the US-Philippine patrols near Scarborough Shoal. Pyongyang criticized the joint "
        "Japan-South Korean naval drills. Moscow condemned the US-Finnish air patrols. Tehran condemned the "
        "US-Israeli air strikes near Isfahan.",
        {("China", "opposes", "United States"), ("China", "opposes", "Philippines"),
         ("North Korea", "criticizes", "Japan"), ("North Korea", "criticizes", "South Korea"),
         ("Russia", "opposes", "United States"), ("Russia", "opposes", "Finland"),
         ("Iran", "opposes", "United States"), ("United States", "attacks", "Iran")}),
    "both leaders one speaks with are the last two leaders named, never the speaker": (
        "Guatemalan President Bernardo Arevalo accused Belize of blocking the survey. Belizean Prime Minister John "
        "Briceno dismissed the charge. Mexican President Claudia Sheinbaum spoke by telephone with both leaders.",
        {("Claudia Sheinbaum", "meets", "Bernardo Arevalo"), ("Claudia Sheinbaum", "meets", "John Briceno")}),
    "what one orders or keeps closed one closes; border crossings with a state are its border": (
        "Burkina Faso's junta ordered the Ivorian embassy closed. Tanzania has kept its border crossings with "
        "Malawi shut since March.",
        {("Burkina Faso", "sanctions", "Ivory Coast"), ("Tanzania", "coerces", "Malawi")}),
    "the attack condemned is by the forces that acted, not on those acted on": (
        "Eritrean troops fired on Ethiopian border guards near Badme. Ethiopian Prime Minister Abiy Ahmed condemned "
        "the attack.",
        {("Abiy Ahmed", "opposes", "Eritrea")}, {("Abiy Ahmed", "opposes", "Ethiopia")}),
    "the shooting judged or condemned is the last deed told": (
        "Venezuelan soldiers fired on a Guyanese patrol boat on the Cuyuni river. Guyana's foreign minister Hugh "
        "Todd called the shooting a reckless provocation. Brazil condemned the shooting.",
        {("Hugh Todd", "criticizes", "Venezuela"), ("Brazil", "opposes", "Venezuela")}),
    "a police raid is by the police of the state where it was done": (
        "Peru condemned the police raid on its consulate in La Paz.",
        {("Bolivia", "attacks", "Peru"), ("Peru", "opposes", "Bolivia")}),
    "an act given as the grounds of an appeal is told as done": (
        "Lithuania urged NATO to punish Minsk over the Belarusian drone strike on its border post near Vilnius.",
        {("Belarus", "attacks", "Lithuania"), ("Lithuania", "urges", "North Atlantic Treaty Organization")}),
    "a breach condemned is no stance on what was broken": (
        "Chile condemned any violation of the Geneva Conventions. Argentina condemned the breach of the Paris "
        "Agreement by Brazil.",
        {("Argentina", "opposes", "Brazil")},
        {(None, "opposes", "Geneva Conventions"), (None, "opposes", "Paris Agreement")}),
    "a resolution that condemns speaks for those who pass it, not for those who block it": (
        "The African Union's Peace and Security Council approved a resolution that condemned Rwanda. Russia vetoed a "
        "resolution which condemned Belarus.",
        {("Peace and Security Council", "opposes", "Rwanda")}, {("Russia", "opposes", "Belarus")}),
    "the actions judged are the last deed done to the judge, whatever kind the word first suggests": (
        "Indonesian patrol boats harassed Malaysian trawlers off Borneo. Kuala Lumpur called the actions a violation "
        "of its sovereign rights.",
        {("Malaysia", "criticizes", "Indonesia")}),
    "a summons in protest is of an envoy, a mission's head or one told before, not of leaders called to talks": (
        "The African Union summoned Tshisekedi and Kagame to Addis Ababa for crisis talks. Kenya summoned the head "
        "of the Ugandan mission in Nairobi.",
        {("Kenya", "criticizes", "Uganda")}, {("African Union", "criticizes", None)}),
    "a meeting next Friday, or one whose time hangs on the one met, is still to come": (
        "Scholz receives Erdogan in Berlin next Friday. Macron hosts Lula in Paris next week.",
        set(), {("Olaf Scholz", "meets", None), ("Emmanuel Macron", "meets", None)}),
    "a state's refusal to recognise another opposes it, whoever backs the refusal": (
        "Spain's refusal to recognise Somaliland angered Hargeisa. Morocco backs Algeria's refusal to attend the "
        "summit in Tunis.",
        {("Spain", "opposes", "Somaliland"), ("Algeria", "opposes", "Tunisia")},
        {("Morocco", "opposes", None)}),
    "'the government' after a leader's government is the state the leader governs, not the speaker's": (
        "Noboa's government ordered police into the Mexican embassy. Brasilia condemned the government's decision.",
        {("Brazil", "opposes", "Ecuador")}),
    "a pact others would extend or uphold is there; a commitment one is urged to uphold is no stance told": (
        "Egypt and Qatar sought to extend the ceasefire between Sudan's army and the RSF. Thailand urged Laos to "
        "uphold its commitments to ASEAN.",
        {("Sudan", "agrees", "Rapid Support Forces")},
        {("Laos", "supports", None)}),
    "one said to deserve trial for a wrong is accused of it": (
        "Iran's foreign minister said Israeli commanders should be tried for war crimes.",
        {("Iran", "criticizes", "Israel")}),
    "trade or visas a state halts in another state are halted to it": (
        "Algeria suspended visa services in France on Monday. Kenya halted fuel exports in Uganda.",
        {("Algeria", "sanctions", "France"), ("Kenya", "sanctions", "Uganda")}),
    "concern over the allegations is over the accused, not the accuser": (
        "Guyana accused Venezuela of massing troops near the Essequibo. Brazil voiced concern over the allegations.",
        {("Brazil", "criticizes", "Venezuela")}, {("Brazil", "criticizes", "Guyana")}),
    "'their countries' are the states of those the pronoun points back to": (
        "The leaders of Chad and the Central African Republic said their countries were leaving ECCAS.",
        {("Chad", "sanctions", "Economic Community of Central African States"),
         ("Central African Republic", "sanctions", "Economic Community of Central African States")}),
    "'the countries' are those of the last list of states named": (
        "Bolivia, Chile and Argentina met in Salta. The countries signed a lithium pact.",
        {("Bolivia", "agrees", "Chile"), ("Chile", "agrees", "Argentina")}),
    "threats two sides trade are threats to each other, no trade": (
        "Eritrea and Ethiopia traded threats over access to the Red Sea.",
        {("Eritrea", "threatens", "Ethiopia"), ("Ethiopia", "threatens", "Eritrea")},
        {(None, "cooperatesWith", None)}),
    "prisoners of a state act for it": (
        "Yemeni prisoners protested against Saudi prison conditions.",
        {("Yemen", "protests", "Saudi Arabia")}),
    "an act a participle tells of those a demand is about is told as done": (
        "Lithuania demanded the return of its citizens detained in Belarus.",
        {("Belarus", "coerces", "Lithuania")}),
    "the release asked of those detained somewhere is asked of the state that holds them": (
        "Estonia demanded the return of its citizens detained in Russia. Japan called for the release of its "
        "nationals jailed in China.",
        {("Estonia", "demands", "Russia"), ("Japan", "urges", "China")}),
    "a leader the dictionary knows, said to be in another state's capital, visits it; not in his own": (
        "Gustavo Petro was in Caracas on Monday. Nicolas Maduro was in Caracas too.",
        {("Gustavo Petro", "visits", "Caracas")}, {("Nicolas Maduro", "visits", None)}),
    "\"it\" of what \"this\" points at in its sentence is no state named before": (
        "Jane Ofori said Ghana would keep its border crossings with Togo shut until the raids stopped. "
        '"This is a provocation, and we will not tolerate it," Ofori said.',
        set(), {(None, "opposes", None)}),
    "what one calls a plan to do something is what one calls the plan, whoever's it is": (
        "Uruguay called Paraguay's plan to dredge the river unacceptable. Kenya branded Somalia's attempt to raise "
        "the dispute at the UN a provocation.",
        {("Uruguay", "criticizes", "Paraguay"), ("Kenya", "criticizes", "Somalia")}),
    "a minister met, named after the title and her state's adjective, is met, not her state": (
        "Kaja Kallas met Ukrainian Foreign Minister Andrii Sybiha on the sidelines of the summit.",
        {("Kaja Kallas", "meets", "Andrii Sybiha")}, {(None, "meets", "Ukraine")}),
    "a second act in a clause of its own does not fall on the first's doer, named by what it did with its own": (
        "Kenya strengthened its forces in the north, and Al-Shabaab fighters seized the town of Kismayo.",
        {("Al-Shabaab", "coerces", "Somalia")}, {(None, "coerces", "Kenya")}),
    "a move condemned answers an act on a body of the condemning state, not the last one told": (
        "The EU imposed new sanctions on Iran's Revolutionary Guards on Monday. Slovakia had threatened to veto the "
        "package but dropped its objections after talks with Italy. Iran's foreign ministry condemned the move.",
        {("Iran", "opposes", "European Union")}, {("Iran", "opposes", "Slovakia")}),
    "the junta is the state where power was seized, and the military those forces, named by a phrase": (
        "Army officers seized power in Burkina Faso. ECOWAS urged the junta to free the president. Later, Ghana "
        "called on the military to return to barracks.",
        {("Economic Community of West African States", "urges", "Burkina Faso"), ("Ghana", "urges", "Burkina Faso")}),
    "a state said to escalate or inflame tensions is accused; agreeing not to is no accusation": (
        "Estonia said Russia was escalating tensions in the Baltic. Vietnam said China's patrols had inflamed "
        "tensions. Chad and Sudan agreed not to escalate tensions.",
        {("Estonia", "criticizes", "Russia"), ("Vietnam", "criticizes", "China")},
        {(None, "criticizes", "Chad"), (None, "criticizes", "Sudan")}),
    "a wrong one's side is said to undergo from others accuses them; none undergone, or told unreported, no one": (
        "Moldova's president said her country had suffered interference and intimidation from Russia for years. "
        "Panama's foreign minister said Panama faced no pressure from Washington. Latvia has faced provocations "
        "from Belarus.",
        {("Moldova", "criticizes", "Russia")},
        {(None, "criticizes", "United States"), (None, "criticizes", "Belarus")}),
    "the junta is the one state its sentence sets something in, when it names no other": (
        "West African leaders urged an end to the unrest in Guinea and called on the junta to free political "
        "prisoners. Senegal urged the junta to hold elections.",
        {("Economic Community of West African States", "urges", "Guinea")}, {("Senegal", "urges", None)}),
    "officials and embassy staff ordered or thrown out are expelled; forces ordered out are not": (
        "Latvia ordered out a Russian official. Poland threw out two Belarusian embassy staffers. Chile ordered "
        "out the army to clear the roads.",
        {("Latvia", "sanctions", "Russia"), ("Poland", "sanctions", "Belarus")}, {("Chile", "sanctions", None)}),
    "accusations no one's prosecutors document are the speaker's, reported": (
        "The Polish prime minister said prosecutors had documented accusations that Belarus organised the crossings.",
        {("Poland", "criticizes", "Belarus")}),
    "being concerned about someone's act is a stance on them, as concern expressed is; not when denied": (
        "Norway said it was deeply concerned about Iran's uranium enrichment. Kenya was not concerned about "
        "Uganda's plans.",
        {("Norway", "criticizes", "Iran")}, {("Kenya", "criticizes", None)}),
    "a people counted by the hundred thousand that a state hosts are a population, not guests met": (
        "Chad hosts about 600,000 Sudanese who fled Darfur. Niger hosted two Malian ministers for talks.",
        {("Niger", "meets", "Mali")}, {("Chad", "meets", None)}),
    "a deal called a model, or a state called one, is praised, its makers with it": (
        "Benin and Togo signed a customs pact. Ghana called the deal a model for West Africa. Senegal said Cape "
        "Verde was a model of good governance.",
        {("Ghana", "praises", "Benin"), ("Ghana", "praises", "Togo"), ("Senegal", "praises", "Cabo Verde")}),
    "a stance named by its holder's nationality or name before the noun is theirs, as one from them is": (
        "Serbia passed the law despite EU warnings. Tonga approved the lease despite Australian objections. "
        "Kosovo won Albanian backing.",
        {("European Union", "threatens", "Serbia"), ("Australia", "opposes", "Tonga"),
         ("Albania", "supports", "Kosovo")}),
    "what is done at someone's request was asked of its doer; not what would be done": (
        "Qatar freed the fishermen at the request of Bahrain. Norway agreed to host the talks at Colombia's behest. "
        "Oman would free the sailors at Iran's request.",
        {("Bahrain", "urges", "Qatar"), ("Colombia", "urges", "Norway")}, {("Iran", "urges", "Oman")}),
    "a closure or an expulsion regretted is a move told before, regretted of its doer": (
        "Togo closed its border with Ghana. Ghana said it regretted the closure. Peru expelled two Bolivian "
        "diplomats. Bolivia regretted the expulsion.",
        {("Ghana", "criticizes", "Togo"), ("Bolivia", "criticizes", "Peru")}),
    "a state called an important or key partner is praised; key partners of no one named are no one": (
        "Chile said Peru was an important partner. Ghana called Togo a key partner. Kenya said key partners had "
        "pledged aid.",
        {("Chile", "praises", "Peru"), ("Ghana", "praises", "Togo")}, {("Kenya", "praises", None)}),
    "opposition leaders are who they are (a phrase of the agent table), no stance told also": (
        "Uganda objected to Kenya's pipeline plan. Tanzania's president also met opposition leaders.",
        {("Uganda", "opposes", "Kenya")}, {("Tanzania", "opposes", None)}),
    "a pronoun heading a clause after the main one is the official its sentence opens with": (
        "Museveni hosted Ruto in Entebbe on Monday. The Kenyan foreign minister later flew to Kigali, where he met "
        "Rwandan President Paul Kagame.",
        {("Kenya", "meets", "Paul Kagame")}, {("Yoweri Museveni", "meets", "Paul Kagame")}),
    "the two countries a third state urges are two others, not the urger's own": (
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed on Monday to expand cooperation "
        "between their navies. Boric also met Peruvian Foreign Minister Javier Gonzalez-Olaechea in Lima. Bolivia's "
        "foreign ministry said Bolivia opposed any pact that harmed its interests. Its spokesman Juan Perez urged the "
        "two countries to avoid actions that raise tension.",
        {("Juan Perez", "urges", "Peru"), ("Juan Perez", "urges", "Chile")}, {("Juan Perez", "urges", "Bolivia")}),
    "a state met through the envoy it posted there did not visit; one met through a minister did": (
        "Kenya's foreign minister met the Ugandan high commissioner in Nairobi. Tanzania's president met the Ugandan "
        "trade minister in Dodoma.",
        {("Uganda", "visits", "Dodoma")}, {("Uganda", "visits", "Nairobi")}),
    "an agreement one refuses to recognise stays its signers' pact; they are not refusing each other": (
        "Guatemala refuses to recognise the border agreement signed by Belize and Honduras.",
        {("Guatemala", "opposes", "Belize"), ("Belize", "agrees", "Honduras")}, {("Belize", "opposes", "Honduras")}),
    "a stand taken against someone opposes them; taking it is a light verb, no seizure": (
        "Benin took a firm stand against Togo. Ghana took a firm stand against Niger's withdrawal from ECOWAS.",
        {("Benin", "opposes", "Togo"), ("Ghana", "opposes", "Niger")}, {("Benin", "coerces", None),
                                                                      ("Ghana", "coerces", None)}),
    "calling a state out criticises it, the verb's own particle deciding over a later preposition; not the army": (
        "Poland called out Hungary for blocking aid to Ukraine. Chile called out Argentina. The government of Peru "
        "called out the army to restore order in Lima.",
        {("Poland", "criticizes", "Hungary"), ("Chile", "criticizes", "Argentina")}, {("Peru", "criticizes", None),
                                                                                     ("Poland", "urges", None)}),
    "a membership denied beside one held is not held: 'an EU member but not a NATO member'": (
        "Austria, an EU member but not a NATO member, stayed neutral. Ireland is a member of the EU but not of NATO.",
        {("Austria", "memberOf", "European Union"), ("Ireland", "memberOf", "European Union")},
        {("Austria", "memberOf", "North Atlantic Treaty Organization"),
         ("Ireland", "memberOf", "North Atlantic Treaty Organization")}),
    "one denied in a list ('but not') takes no part in the act; 'not only … but also' both do": (
        "Kenya praised Uganda but not Tanzania. Biden met Xi but not Putin at the summit. The EU sanctioned Belarus "
        "but not Russia's gas exports. Not only Ghana but also Benin condemned Mali's junta.",
        {("Kenya", "praises", "Uganda"), ("Joe Biden", "meets", "Xi Jinping"),
         ("European Union", "sanctions", "Belarus"), ("Ghana", "opposes", "Mali"), ("Benin", "opposes", "Mali")},
        {("Kenya", "praises", "Tanzania"), ("Joe Biden", "meets", "Vladimir Putin"),
         ("European Union", "sanctions", "Russia")}),
    "what one comes out in support of is the 'of' phrase's, not a 'for' inside it": (
        "South Africa came out in support of Palestine's bid for full UN membership.",
        {("South Africa", "supports", "Palestine")}, {("South Africa", "supports", "United Nations")}),
    "a move told in the sentence before that was done to another dismays those it angers at its maker": (
        "Lithuania allowed Taiwan to open an office in Vilnius. The decision angered Beijing.",
        {("China", "criticizes", "Lithuania")}, {("China", "criticizes", "Taiwan")}),
    "the announcement the sentence before tells is a move, welcomed of its maker": (
        "Malawi recognised Abkhazia. The announcement was welcomed by Russia.",
        {("Russia", "praises", "Malawi")}),
    "a passive joined to one before shares its subject and has its own agent as doer": (
        "Zambia's plan was praised by Botswana but condemned by Namibia. Kenya's decision was welcomed by Uganda but "
        "was criticised by Tanzania.",
        {("Botswana", "praises", "Zambia"), ("Namibia", "opposes", "Zambia"), ("Uganda", "praises", "Kenya"),
         ("Tanzania", "criticizes", "Kenya")}, {("Tanzania", "criticizes", "Uganda")}),
    "members of a body listed by 'including' act themselves, not the body": (
        "Russia annexed four Ukrainian regions. Several EU members, including Hungary, criticised the move. The "
        "annexation was rejected by most UN members, including India.",
        {("Hungary", "criticizes", "Russia"), ("India", "opposes", "Russia")},
        {("European Union", None, None), ("United Nations", "opposes", None)}),
    "an act named again by its noun and judged is its doer's, as one condemned is": (
        "Guatemalan soldiers crossed the border. Honduras said the incursion was a flagrant violation of its "
        "sovereignty.",
        {("Honduras", "criticizes", "Guatemala")}),
    "the neighbouring country is the other state its sentence or the one before names, not its own subject's": (
        "Somalia's president visited Kenya. He thanked the neighbouring country for its support. Chile recalled "
        "its ambassador from Peru. Santiago accused the neighbouring country of spying.",
        {("Somalia", "praises", "Kenya"), ("Chile", "criticizes", "Peru")}),
    "the two leaders are the one holder of the post named lately and the last other holder before": (
        "Thai Prime Minister Srettha Thavisin arrived in Vientiane on Monday. He was welcomed by Lao Deputy Prime "
        "Minister Saleumxay Kommasith and held talks with Prime Minister Sonexay Siphandone. The two leaders "
        "discussed hydropower projects.",
        {("Sonexay Siphandone", "meets", "Srettha Thavisin")},
        {("Saleumxay Kommasith", "meets", "Sonexay Siphandone"),
         ("Sonexay Siphandone", "meets", "Saleumxay Kommasith")}),
    "a guest named by a pronoun who is welcomed is met, not praised": (
        "Ruto arrived in Kampala on Monday. He was welcomed at the airport by Ugandan Vice President Jessica Alupo.",
        {("Jessica Alupo", "meets", "William Ruto")}, {(None, "praises", "William Ruto")}),
    "a move may be told by its noun after a light verb: 'declared a fishing ban … criticised the move'": (
        "Ecuador declared a new fishing ban around the Galapagos. Peru criticised the move.",
        {("Peru", "criticizes", "Ecuador")}),
    "the pair are the two just named, as the two are": (
        "Rodrigo Chaves met Jose Raul Mulino on Thursday. The pair agreed to share data on migrants.",
        {("Rodrigo Chaves", "agrees", "Jose Raul Mulino"), ("Jose Raul Mulino", "agrees", "Rodrigo Chaves")}),
    "an act one's speaker says will not be tolerated or accepted is opposed by the speaker's state": (
        "\"Russia's interference in our elections will not be tolerated,\" Moldova's foreign minister said. Such "
        "behaviour by Serbia will not be accepted, Montenegro's prime minister said.",
        {("Moldova", "opposes", "Russia"), ("Montenegro", "opposes", "Serbia")}, {("Montenegro", "agrees", None)}),
    "a speaker who says what is so and then urges is the one who urges": (
        "Rabuka said the people had a right to decide and urged France to resume dialogue. Kenya said Uganda was a "
        "friend and urged Tanzania to reopen the border.",
        {("Sitiveni Rabuka", "urges", "France"), ("Kenya", "urges", "Tanzania")}, {("Uganda", "urges", None)}),
    "an act its noun names again that irks or angers is held against its doer, whatever its kind": (
        "The Bolivian president visited the Silala springs last week. The visit irked Chile. Kenya sent troops to "
        "Haiti. Cuba was angered by the deployment.",
        {("Chile", "criticizes", "Bolivia"), ("Cuba", "criticizes", "Kenya")}),
    "one put in a post 'as' a title naming no state holds it for the state of whoever put them there": (
        "Ghana's president appointed Kwame Boateng as finance minister. Peru's Congress named Jose Jeri as interim "
        "president. Ruto appointed Peter Otieno as trade minister.",
        {("Kwame Boateng", "holdsPosition", "Ghana"), ("Jose Jeri", "holdsPosition", "Peru"),
         ("Peter Otieno", "holdsPosition", "Kenya")}),
    "a body's name the parser made the head of the title after it still gives the title": (
        "Mark Rutte is NATO secretary-general.",
        {("Mark Rutte", "holdsPosition", "North Atlantic Treaty Organization")}),
    "a titled name after its state's possessive, second in a pair, is one of two who act": (
        "Kenyan President William Ruto and Uganda's President Yoweri Museveni discussed trade.",
        {("William Ruto", "meets", "Yoweri Museveni")}),
    "a name after a phrase's opening gerund is whom it acts on, and the name after the comma the subject": (
        "After meeting Kenyan President William Ruto, Ethiopian Prime Minister Abiy Ahmed flew to Kampala. "
        "After meeting Chilean President Gabriel Boric, Bolivian President Luis Arce said talks would resume.",
        {("Abiy Ahmed", "meets", "William Ruto"), ("Abiy Ahmed", "visits", "Kampala"),
         ("Luis Arce", "meets", "Gabriel Boric")}, [("William Ruto", "visits", None)]),
    "a surname and another run by the model into one title across a comma are two names": (
        "Mozambican President Daniel Chapo flew to Dodoma on Monday. After meeting Samia, Chapo said the two "
        "countries would build a bridge.",
        {("Daniel Chapo", "meets", "Samia Suluhu Hassan")}),
    "accepting a pact with another is one side's act; signing one binds both": (
        "Gabon accepted the border deal with Equatorial Guinea. Uruguay signed a trade pact with Paraguay.",
        {("Gabon", "agrees", "Equatorial Guinea"), ("Uruguay", "agrees", "Paraguay"),
         ("Paraguay", "agrees", "Uruguay")},
        [("Equatorial Guinea", "agrees", None)]),
    "a pact one would not renew or extend is no agreement; one renewed is": (
        "Guinea-Bissau would not renew its fishing agreement with Spain. Cape Verde did not extend the port deal "
        "with Portugal. Mauritania renewed its fisheries pact with Morocco.",
        {("Mauritania", "agrees", "Morocco")},
        [("Guinea-Bissau", "agrees", None), ("Spain", "agrees", None), ("Cabo Verde", "agrees", None),
         ("Portugal", "agrees", None)]),
    "a name the parser hung on its verb piece by piece is one name, and the title after it its title": (
        "Abdel Fattah al-Burhan, Sudan's army chief, flew to Riyadh.",
        {("Abdel Fattah al-Burhan", "holdsPosition", "Sudan"), ("Abdel Fattah al-Burhan", "visits", "Riyadh")}),
    "a stance an act is met or received with is theirs on its doer, and a thing met with one meets no one": (
        "Rwanda's decision was met with condemnation from Burundi. The Zambian proposal was received with praise "
        "by Malawi. Namibia's plan was met with scepticism by Angola.",
        {("Burundi", "opposes", "Rwanda"), ("Malawi", "praises", "Zambia")}, [(None, "meets", None)]),
    "a subject the parser hung on the auxiliary is the verb's: an act that has angered a state": (
        "Kenya's move has angered Uganda.", {("Uganda", "criticizes", "Kenya")}),
    "what one does 'by' doing something to another is the doer's act, not the other's": (
        "Ecuador surprised Colombia by closing the border. Guyana answered Venezuela by expelling the Venezuelan "
        "ambassador.",
        {("Ecuador", "coerces", "Colombia"), ("Guyana", "sanctions", "Venezuela")},
        [("Colombia", None, "Ecuador"), ("Venezuela", None, "Guyana")]),
    "an operation launched, with no target named, is aimed at the state it is launched in": (
        "Kenya launched a military operation in southern Somalia. Chad launched an operation against bandits in "
        "Lake Chad province.",
        {("Kenya", "attacks", "Somalia")}, [("Chad", "attacks", None)]),
    "two who co-chair talks meet, and one who chairs them alone meets no one": (
        "The talks were co-chaired by Mauro Vieira and Ruben Ramirez. Kenya and Uganda co-chaired the meeting. "
        "Tanzania chaired the summit.",
        {("Mauro Vieira", "meets", "Ruben Ramirez"), ("Kenya", "meets", "Uganda")}, [("Tanzania", None, None)]),
    "a plan to do something, its verb read as an adjective, and the use of force are policies opposed": (
        "Lebanon rejects any plan to resettle refugees. Uruguay opposes the use of force.",
        {("Lebanon", "opposes", "plan to resettle refugees"), ("Uruguay", "opposes", "use of force")}),
    "a charge glossed as one its target calls baseless is rejected by it, like one it denies": (
        "Belarus accused Lithuania of smuggling weapons, charges Vilnius called baseless. Iran accused Azerbaijan "
        "of spying, a charge Baku called absurd. Peru accused Chile of meddling, a charge Santiago called serious.",
        {("Lithuania", "opposes", "Belarus"), ("Azerbaijan", "opposes", "Iran")}, [("Chile", "opposes", None)]),
    "a noun of judgement the tagger read as an adjective after a copula still judges": (
        "Petro said what Ecuador is doing on the border is genocide.",
        {("Gustavo Petro", "criticizes", "Ecuador")}),
    "a visit or trip named by the place before it is a visit there": (
        "During his Lusaka visit, Malawian President Lazarus Chakwera met Hakainde Hichilema. Lula's China trip drew "
        "criticism from Washington.",
        {("Lazarus Chakwera", "visits", "Lusaka"), ("Luiz Inacio Lula da Silva", "visits", "China")}),
    "ties mended, repaired or rebuilt are ties restored; a road repaired is none": (
        "Qatar and Bahrain have mended ties. Ecuador moved to repair relations with Mexico. Benin rebuilt ties with "
        "Niger. Gabon repaired the road to Yaounde.",
        {("Bahrain", "cooperatesWith", "Qatar"), ("Ecuador", "cooperatesWith", "Mexico"),
         ("Benin", "cooperatesWith", "Niger")}, [("Gabon", None, None)]),
    "contributions and donations are aid that can be frozen, suspended or cut": (
        "Denmark froze its contributions to the Palestinian Authority. Finland suspended its donations to UNRWA.",
        {("Denmark", "sanctions", "Palestine"),
         ("Finland", "sanctions", "United Nations Relief and Works Agency")}),
    "fighting between two, the gerund opening the sentence, is their fight": (
        "Fighting between Chad and Sudan killed dozens.",
        {("Chad", "attacks", "Sudan"), ("Sudan", "attacks", "Chad")}),
    "a state's envoy to a body acts for the state, not the body": (
        "Chad's U.N. ambassador thanked Qatar. Mali's EU envoy criticized France. The UN envoy thanked Niger.",
        {("Chad", "praises", "Qatar"), ("Mali", "criticizes", "France"), ("United Nations", "praises", "Niger")},
        [("United Nations", None, "Qatar"), ("European Union", None, None)]),
    "a third person tagged as another present keeps its verb's lemma (a headline)": (
        "Ruto hosts Museveni for talks on trade", {("William Ruto", "meets", "Yoweri Museveni")}),
    "a quoted verb the tagger read as a plural noun, with a subject and an object, is the verb": (
        "Chile said Santiago \"firmly rejects\" Bolivia's demands.", {("Chile", "opposes", "Bolivia")}),
    "what a relative clause's last preposition leaves out is the noun it describes, no object of its verb": (
        "Fiji signed a security pact with New Zealand, a deal China had lobbied against.",
        {("Fiji", "agrees", "New Zealand")}, [("China", "urges", None)]),
    "an offer glossed as one the other side declined is rejected by it": (
        "Qatar offered to mediate between Kenya and Somalia, an offer Mogadishu declined.",
        {("Somalia", "opposes", "Qatar")}),
    "a member of two bodies coordinated after a copula is a member of each": (
        "Eswatini is a member of the African Union and SADC.",
        {("Eswatini", "memberOf", "African Union"),
         ("Eswatini", "memberOf", "Southern African Development Community")}),
    "a member named by two bodies before the word is a member of each": (
        "Romania, an EU and NATO member, backed the plan. Bulgaria is an EU and NATO member.",
        {("Romania", "memberOf", "European Union"), ("Romania", "memberOf", "North Atlantic Treaty Organization"),
         ("Bulgaria", "memberOf", "European Union"), ("Bulgaria", "memberOf", "North Atlantic Treaty Organization")}),
    "a charge glossed after its clause is denied by who says so, however the parser read the gloss": (
        "Malawi accused Mozambique of arming the poachers, charges that Maputo rejected. Ghana accused Togo of "
        "spying, claims Lome deemed baseless. Chile accused Peru of sheltering smugglers, allegations Lima denies.",
        {("Mozambique", "opposes", "Malawi"), ("Togo", "opposes", "Ghana"), ("Peru", "opposes", "Chile"),
         ("Chile", "criticizes", "Peru")},
        {("Peru", "criticizes", "Chile"), ("Togo", "criticizes", None), ("Mozambique", "criticizes", None)}),
    "a noun after a plural noun is no clause with the phrase before as its subject": (
        "Norway praised Iceland's handling of the fisheries talks.",
        {("Norway", "praises", "Iceland")}),
    "a move called a positive step or a milestone praises its doer; a major step toward a wrong does not": (
        "Angola described Rwanda's withdrawal as a positive step. Ghana called Togo's decision a welcome move. Oman "
        "described the Saudi initiative as a milestone. Serbia said the Croatian deployment was a major step toward "
        "escalation.",
        {("Angola", "praises", "Rwanda"), ("Ghana", "praises", "Togo"), ("Oman", "praises", "Saudi Arabia")},
        {("Serbia", "praises", None)}),
    "following suit or doing likewise repeats the act before with a new doer; not following suit does nothing": (
        "Nicaragua quit the Organization of American States; Bolivia and Cuba followed suit. Burundi withdrew from "
        "the International Criminal Court, and the Philippines followed suit two years later. Spain recognised "
        "Palestine. Norway and Ireland did likewise. Finland joined NATO in 2023 and Sweden followed suit a year "
        "later. Ghana cut ties with Togo. Benin did not follow suit.",
        {("Bolivia", "sanctions", "Organization of American States"),
         ("Cuba", "sanctions", "Organization of American States"),
         ("Philippines", "sanctions", "International Criminal Court"), ("Norway", "supports", "Palestine"),
         ("Ireland", "supports", "Palestine"), ("Sweden", "memberOf", "North Atlantic Treaty Organization")},
        {("Benin", None, None)}),
    "an exit from a body cuts ties with it; the G5 Sahel is a body": (
        "Mali announced its exit from the G5 Sahel force.",
        {("Mali", "sanctions", "G5 Sahel")}, {("Mali", "concedes", None)}),
    "a guest the model took for a place no gazetteer knows is still welcomed as a guest, not praised": (
        "Scholz welcomed Macron to Berlin for talks on defence.",
        {("Olaf Scholz", "meets", "Emmanuel Macron"), ("Emmanuel Macron", "visits", "Germany")},
        {("Olaf Scholz", "praises", None)}),
    "a guest the model took for a body is still welcomed as a guest when an office holder goes by the name": (
        "Lula welcomed Sanchez to Brasilia for talks on trade. Ghana welcomed Interpol's decision.",
        {("Luiz Inacio Lula da Silva", "meets", "Pedro Sanchez"), ("Ghana", "praises", "Interpol")},
        {("Luiz Inacio Lula da Silva", "praises", None)}),
    "two office holders known by one name each, which the model took for one body, are two people": (
        "Lula and Petro discussed the Amazon summit on Thursday.",
        {("Gustavo Petro", "meets", "Luiz Inacio Lula da Silva")}, {("Lula and Petro", None, None)}),
    "an object hung on the second of two coordinated verbs is the first one's too": (
        "Uganda criticised and rejected the World Bank's decision to suspend loans. Kenya met and thanked Uganda's "
        "president. Mali arrested and later expelled the French diplomat.",
        {("Uganda", "criticizes", "World Bank"), ("Uganda", "opposes", "World Bank"), ("Kenya", "meets", "Uganda"),
         ("Mali", "coerces", "France"), ("Mali", "sanctions", "France")}),
    "a body described by a participle grouping states has them as members": (
        "The Gulf Cooperation Council, comprising Saudi Arabia, Qatar and Oman, met in Doha. The Alliance of Sahel "
        "States, grouping Mali, Burkina Faso and Niger, held its first summit.",
        {("Saudi Arabia", "memberOf", "Gulf Cooperation Council"), ("Qatar", "memberOf", "Gulf Cooperation Council"),
         ("Oman", "memberOf", "Gulf Cooperation Council"), ("Mali", "memberOf", "Alliance of Sahel States"),
         ("Niger", "memberOf", "Alliance of Sahel States")}),
    "a verb after an apposition, read as a participle describing it, is the sentence's verb": (
        "Malaysia, the current ASEAN chair, called for restraint.",
        {("Malaysia", "memberOf", "Association of Southeast Asian Nations")}),
    "two who acted together on a third are one side, not the two sides a bystander addresses": (
        "Chile accused Venezuela of the killing. Argentina and Uruguay expressed solidarity with Chile. Brazil "
        "called for calm on both sides.",
        {("Brazil", "urges", "Chile"), ("Brazil", "urges", "Venezuela")},
        {("Brazil", "urges", "Argentina"), ("Brazil", "urges", "Uruguay")}),
    "a leader the dictionary knows, saying the state will use force, threatens for it": (
        "Erdogan said Turkey would launch a new operation in Syria. Erdogan said Turkey might strike Kurdish "
        "militants in Iraq.",
        {("Turkey", "threatens", "Syria"), ("Turkey", "threatens", "Iraq")}),
    "'their' after a plural object of an actor's is that object's, not the states named most": (
        "The United States blacklisted two Chinese firms over their support for Russia's military.",
        {("United States", "sanctions", "China")}, {("United States", "supports", None)}),
    "a trigger modifying a noun finds its target on that noun": (
        "Switzerland adopted the EU's latest sanctions package against Belarus.",
        {("Switzerland", "sanctions", "Belarus")}),
    "an object described by a passive participle is the verb's object, not a clause's subject": (
        "Thailand released 18 Cambodian fishermen detained last month.",
        {("Thailand", "concedes", "Cambodia")}),
    "what one is jailed or arrested for is that one's alleged act, not the jailer's": (
        "Cuba released a dissident jailed for criticising Fidel Castro. Russia arrested a Ukrainian man for "
        "attacking a Russian soldier.",
        {("Russia", "coerces", "Ukraine")}, {("Cuba", "criticizes", None), ("Ukraine", "attacks", None)}),
    "'its' in an 'of' phrase of the object is the doer's: one defends its own territory, not another's": (
        "Guatemala's congress passed a law claiming the Sapodilla Cayes. Belizean Prime Minister John Briceno said "
        "his government would defend every inch of its territory.",
        {("John Briceno", "holdsPosition", "Belize")},
        {("Belize", "supports", None), ("John Briceno", "supports", None)}),
    "'he said' after a quote is the subject of the sentence before, not a speaker further back": (
        '"We thank President Lula for his patience," Petro told reporters. Venezuelan President Nicolas Maduro '
        'struck a similar tone. "We appreciate Colombia\'s respect for our sovereignty," he said in Caracas.',
        {("Nicolas Maduro", "praises", "Colombia")}),
    "an act that angers, suffered by no one named, is told by its verb before": (
        "Cyprus vetoed the aid package. The veto angered Ankara. Austria vetoed the joint statement. Sofia was "
        "angered by the veto.",
        {("Turkey", "criticizes", "Cyprus"), ("Bulgaria", "criticizes", "Austria")}),
    "a reaction 'to' an act told before by its verb answers whoever did it": (
        "Pakistan tested a new cruise missile. India reacted angrily to the test. Guatemala expelled a Honduran "
        "consul. Tegucigalpa reacted furiously to the expulsion.",
        {("India", "criticizes", "Pakistan"), ("Honduras", "criticizes", "Guatemala")}),
    "a verb read as a word describing the title of the person after it is the sentence's verb": (
        "Kenyan President William Ruto hosted Ugandan leader Yoweri Museveni at State House on Tuesday.",
        {("William Ruto", "meets", "Yoweri Museveni")}),
    "an act a probe looks into is no act of whoever opens the probe": (
        "The United Nations launched an inquiry into the shelling of the hospital in Sudan. Ghana opened an "
        "investigation into the killing of two Togolese traders in Lome.",
        set(), [(None, "attacks", None)]),
    "a meeting during 'that visit' is where the visit told before went, not where the story is filed": (
        "NOUAKCHOTT, May 2 (AP) - Mauritania recalled its envoy from Dakar on Friday. President Mohamed Ould "
        "Ghazouani had visited Dakar in March. During that visit, Ghazouani and Senegal's President Bassirou Diomaye "
        "Faye signed a fisheries pact.",
        {("Mohamed Ould Ghazouani", "visits", "Dakar")}, [("Bassirou Diomaye Faye", "visits", None)]),
    "the 'by' phrase after a passive verb's 'with' phrase is the verb's agent": (
        "Iran was slapped with fresh sanctions by the European Union on Monday. Belarus was hit with new sanctions "
        "by Canada.",
        {("European Union", "sanctions", "Iran"), ("Canada", "sanctions", "Belarus")}),
    "the target after a passive participle's agent is the participle's, not the agent name's": (
        "Sanctions imposed by the EU on Belarus remain in force. The tariffs imposed by Washington on Brazilian "
        "steel were doubled.",
        {("European Union", "sanctions", "Belarus"), ("United States", "sanctions", "Brazil")}),
    "taking part in a meeting is meeting its hosts, named in the sentence or the one before": (
        "Senegal hosted a summit in Dakar on Monday. Mauritania and Gambia took part. Laos hosted the talks, "
        "which were attended by Cambodia. Peru and Chile met in Lima. Bolivia did not attend.",
        {("Mauritania", "meets", "Senegal"), ("Gambia", "meets", "Senegal"), ("Cambodia", "meets", "Laos")},
        [("Bolivia", "meets", None), ("Mauritania", "meets", "Gambia"), ("Gambia", "meets", "Mauritania")]),
    "hosting or chairing a meeting told again is meeting its sides": (
        "Leaders of Benin and Togo met in Cotonou on Monday. The meeting was hosted by Ghanaian President John "
        "Mahama and chaired by Nigeria's president.",
        {("John Mahama", "meets", "Benin"), ("John Mahama", "meets", "Togo"), ("Nigeria", "meets", "Benin"),
         ("Nigeria", "meets", "Togo")}),
    "an account or version of events glossed after a clause, which an actor rejects, is a remark denied": (
        "Turkey said its jets struck only militant targets, a version of events Iraq disputes. Chad said the convoy "
        "had strayed into its territory, an account Sudan rejects.",
        {("Iraq", "opposes", "Turkey"), ("Sudan", "opposes", "Chad")}),
    "an adjective read as the head of the thing it is said of is what the thing is called": (
        "Pakistan tested a ballistic missile. India called the test provocative. Belarus held drills near the "
        "border. Lithuania called the drills dangerous.",
        {("India", "criticizes", "Pakistan"), ("Lithuania", "criticizes", "Belarus")}),
    "a wrong said of an act told before by its verb accuses whoever did it": (
        "Azerbaijan struck targets in Armenia. Yerevan said the strikes violated its sovereignty. Sudanese "
        "troops crossed into Chad. Chad said the incursion violated international law.",
        {("Armenia", "criticizes", "Azerbaijan"), ("Chad", "criticizes", "Sudan")}),
    "a reason given with 'in', hung on the verb's object, is the verb's": (
        "Chile recalled its ambassador in solidarity with Peru. Morocco recalled its envoy in protest at Algeria's "
        "stance.",
        {("Chile", "supports", "Peru"), ("Morocco", "protests", "Algeria")}, [("Chile", "sanctions", "Peru")]),
    "a hyphen joins a name to a nationality of two words, and an act answered is no cooperation with the answerer": (
        "China fired missiles in response to the US-South African drills. Russia staged naval exercises in response "
        "to the US-Norwegian drills.",
        {("South Africa", "cooperatesWith", "United States"), ("Norway", "cooperatesWith", "United States")},
        [(None, "cooperatesWith", "China"), (None, "cooperatesWith", "Russia"), ("South Africa", "mobilizes", None)]),
    "an act decided is done, though the decision is rejected; an act proposed is not": (
        "Vietnam rejected Thailand's decision to impose tariffs on Vietnamese rice. Chile rejected an Argentine "
        "proposal to impose tariffs on Chilean wine.",
        {("Thailand", "sanctions", "Vietnam")}, [("Argentina", "sanctions", "Chile")]),
    "an act said to set a dangerous precedent or pose a threat is judged a wrong": (
        "Uruguay said the Paraguayan tariffs on its beef set a dangerous precedent. Japan said China's military "
        "buildup poses a serious threat to regional peace.",
        {("Uruguay", "criticizes", "Paraguay"), ("Japan", "criticizes", "China")}),
    "a charge denied is no move a decision welcomed after it can name": (
        "Ghana and Togo agreed on Sunday to reopen their border. Togo had accused Ghana of harbouring rebels. "
        "Ghana denied the charge. Benin welcomed the decision.",
        {("Benin", "praises", "Ghana"), ("Benin", "praises", "Togo")}),
    "a headline's opening name read as its verb's modifier is its subject": (
        "Mali expels Ivorian ambassador",
        {("Mali", "sanctions", "Ivory Coast")}),
    "two names a headline opens with, a comma between them, own the plural noun after them": (
        "Laos, Thailand leaders meet in Vientiane",
        {("Laos", "meets", "Thailand")}),
    "a verb read as describing the object's owner, its subject as its adverb, is the sentence's verb": (
        "Brazil's Lula hosted Argentina's Milei in Brasilia.",
        {("Luiz Inacio Lula da Silva", "meets", "Javier Milei")}),
    "disarming another state's guards or soldiers is coercion, not an attack": (
        "Nepalese police disarmed the Indian guards and handed them back.",
        {("Nepal", "coerces", "India")}, [(None, "attacks", None)]),
    "a government the dictionary knows by its leader's name is that leader's state's": (
        "The Clinton administration eased sanctions on Cuba. The Reagan administration imposed sanctions on Libya.",
        {("United States", "concedes", "Cuba"), ("United States", "sanctions", "Libya")}),
    "an envoy declared persona non grata by a state, in the passive, is expelled by that state": (
        "The Bolivian ambassador was declared persona non grata by Paraguay. Chile's consul in Tacna was declared "
        "persona non grata.",
        {("Paraguay", "sanctions", "Bolivia")}, [(None, "sanctions", "Chile")]),
    "a noun an infinitive describes stands for the owner its adjective names, and a move to join is no joining": (
        "Mauritania rejected the Senegalese decision to impose tariffs on Mauritanian fish. Turkey criticised the "
        "Armenian move to join the International Criminal Court.",
        {("Senegal", "sanctions", "Mauritania")}, [("Armenia", "memberOf", None)]),
    "a headline's verb read as a plural noun describing its object is its verb": (
        "Chad expels Beninese ambassador",
        {("Chad", "sanctions", "Benin")}),
    "aid and a proposal head a course of action opposed": (
        "Namibia opposed the proposal to ban ivory sales. Slovenia came out against further military aid to the "
        "region. Albania thanked Italy for its aid.",
        {("Namibia", "opposes", "proposal to ban ivory sales"), ("Slovenia", "opposes", "military aid to the region"),
         ("Albania", "praises", "Italy")}),
    "what one warns against, warning no one, one opposes; and an act on a policy is part of it": (
        "Croatia warned against lifting sanctions on Belarus. Malta cautioned against hasty recognition of the "
        "junta. Estonia objected to easing the embargo on Cuba. Norway warned Iceland against further provocations.",
        {("Croatia", "opposes", "lifting sanctions on Belarus"), ("Malta", "opposes", "hasty recognition of the junta"),
         ("Estonia", "opposes", "easing embargo on Cuba"), ("Norway", "threatens", "Iceland")},
        [(None, "opposes", "provocations"), (None, "opposes", "sanctions on Belarus"), (None, "concedes", None)]),
    "criticism heaped or poured on someone, and reproving, are criticism": (
        "Peru heaped criticism on Bolivia. Chile reproved Argentina for its silence.",
        {("Peru", "criticizes", "Bolivia"), ("Chile", "criticizes", "Argentina")}),
    "a past form after the coordinated nouns that root a sentence is its verb": (
        "Benin's president and Niger's prime minister conferred by video link.",
        {("Benin", "meets", "Niger")}),
    "one's counterpart, coordinated with one, is of the state its nationality names": (
        "Malta's prime minister and his Cypriot counterpart held talks in Nicosia.",
        {("Cyprus", "meets", "Malta")}),
    "one said to be bound to regret an act, or whose act will be met with a reply, is threatened": (
        "Ghana said Togo would regret any move to close the border. Benin said any incursion by Burkina Faso would "
        "be met with a firm reply. Chad said Niger would not regret the deal.",
        {("Ghana", "threatens", "Togo"), ("Benin", "threatens", "Burkina Faso")}, [("Chad", "threatens", None)]),
    "the two governments a third side acts on are the two the text named as a pair, when among the most named": (
        "Ghana and Togo agreed on Monday to reopen their border. Burkina Faso criticised the deal, and its junta said "
        "Burkina Faso had not been consulted. Ouagadougou has long accused Togo of harbouring rebels. Nigeria "
        "praised the two governments for their restraint.",
        {("Nigeria", "praises", "Ghana"), ("Nigeria", "praises", "Togo")}, [("Nigeria", "praises", "Burkina Faso")]),
    "the by phrase after a passive verb's as phrase is its agent": (
        "Togo's vote was rejected as fraudulent by Ghana. Zimbabwe's election was dismissed as a sham by Botswana.",
        {("Ghana", "opposes", "Togo"), ("Botswana", "opposes", "Zimbabwe"), ("Botswana", "criticizes", "Zimbabwe")}),
    "sanctions an act draws or one faces from others are theirs on its doer, when they came": (
        "Laos's crackdown drew sanctions from Australia. Eritrea faced fresh sanctions from Canada. Chad could face "
        "sanctions from the African Union.",
        {("Australia", "sanctions", "Laos"), ("Canada", "sanctions", "Eritrea")}, [(None, "sanctions", "Chad")]),
    "a name and a comma opening a sentence, before a noun set off by commas, are its subject": (
        "Malaysia, this year's ASEAN chair, criticised Thailand. Brunei, the bloc's host, praised Laos.",
        {("Malaysia", "criticizes", "Thailand"), ("Malaysia", "memberOf", "Association of Southeast Asian Nations"),
         ("Brunei", "praises", "Laos")}),
    "one who joins a body as an observer or partner is no member of it": (
        "Turkmenistan joined the Shanghai Cooperation Organisation as an observer. Laos joined ASEAN as a full member.",
        {("Laos", "memberOf", "Association of Southeast Asian Nations")}, [("Turkmenistan", "memberOf", None)]),
    "an act greeted is welcomed, and touching down somewhere is arriving there": (
        "Angola greeted the agreement between Chile and Peru. The Gabonese president touched down in Kinshasa on "
        "Monday.",
        {("Angola", "praises", "Chile"), ("Angola", "praises", "Peru"), ("Gabon", "visits", "Kinshasa")}),
    "a crowd that welcomes or greets a visitor meets no one": (
        "Thousands of Malaysians welcomed the Pope in Kuala Lumpur. Protesters greeted the Chinese premier in "
        "Wellington.",
        set(), [(None, "meets", None)]),
    "what reports or speculation dismissed are about is opposed by no one, unless they name whose they are": (
        "Chile dismissed reports of a rift with Peru. Bolivia dismissed speculation that it would break ties with "
        "Paraguay. Uruguay rejected the claims of Argentina.",
        {("Uruguay", "opposes", "Argentina")}, [("Chile", "opposes", None), ("Bolivia", "opposes", None)]),
    "a relationship or partnership strengthened or deepened is cooperation, as ties are": (
        "Ghana vowed to strengthen its relationship with Togo. Laos and Cambodia agreed to deepen their partnership.",
        {("Ghana", "cooperatesWith", "Togo"), ("Cambodia", "cooperatesWith", "Laos")}),
    "a verb after the comma that ends a relative clause with a time phrase is the sentence's": (
        "Turkmen President Serdar Berdimuhamedov, who has kept close ties with Moscow since Russia's invasion of "
        "Ukraine, spoke by phone with Vladimir Putin on Monday. Egyptian President Abdel Fattah al-Sisi, who has been "
        "in power since the army's overthrow of Mohamed Morsi, hosted Mahmoud Abbas in Cairo.",
        {("Serdar Berdimuhamedov", "meets", "Vladimir Putin"), ("Abdel Fattah al-Sisi", "meets", "Mahmoud Abbas")}),
    "remarks one distances oneself from are one's own side's, and answer no one": (
        "Latvia summoned Estonia's envoy over remarks by an Estonian lawmaker who mocked the Latvian language. "
        "Tallinn distanced itself from the comments.",
        {("Latvia", "criticizes", "Estonia")}, [("Estonia", "opposes", None)]),
    "one who follows another in an act does it too, as one who joins another in it does": (
        "Iceland followed Denmark in expelling Belarusian diplomats.",
        {("Iceland", "sanctions", "Belarus"), ("Denmark", "sanctions", "Belarus")}),
    "appeals one heeds or ignores were made by those who made them, heeded or not": (
        "Laos ignored repeated demands from Vietnam to close the casinos. Guinea heeded Mali's call to reopen the "
        "border. Chad ignored a telephone call from Sudan. Cameroon did not heed appeals from Nigeria.",
        {("Vietnam", "demands", "Laos"), ("Mali", "urges", "Guinea"), ("Nigeria", "urges", "Cameroon")},
        [("Laos", "demands", None), ("Sudan", "urges", None)]),
    "a plea or request made to someone, or one granted, is an appeal to them": (
        "Bolivia made a plea to Chile for access to the sea. Niger granted a request from Benin. Peru extradited the "
        "suspect at Chile's request.",
        {("Bolivia", "urges", "Chile"), ("Benin", "urges", "Niger"), ("Chile", "urges", "Peru")}),
    "a paper sent to someone demanding or calling for an act is an appeal to them": (
        "Serbia sent a note to Croatia demanding compensation. Romania sent Moldova a letter calling for "
        "talks.",
        {("Serbia", "demands", "Croatia"), ("Romania", "urges", "Moldova")}),
    "a past form the tagger read as a name, between two names, is the sentence's verb": (
        "Kenya's Ruto hosted Rwanda's Kagame in Nairobi.",
        {("William Ruto", "meets", "Paul Kagame")}),
    "what one votes in favour of, naming no one, is a policy one supports": (
        "Nepal voted in favour of the resolution on climate finance. Bhutan voted in favour of Nepal's bid.",
        {("Nepal", "supports", "resolution on climate finance"), ("Bhutan", "supports", "Nepal")}),
    "a vote cast in favour of or against something is a stance on it, and a finite verb is no part of its name": (
        "Kenya cast its vote in favour of Ghana's bid for a council seat. Uruguay cast its vote against the resolution "
        "on fisheries. Mexico's vote against the resolution angered Cuba.",
        {("Kenya", "supports", "Ghana"), ("Uruguay", "opposes", "resolution on fisheries")},
        [("Mexico", "opposes", "resolution angered Cuba")]),
    "restraint called for from someone, or urged on them, is asked of them": (
        "ECOWAS called for restraint from both Niger and Benin. Japan urged restraint on Thailand and Cambodia.",
        {("Economic Community of West African States", "urges", "Niger"),
         ("Economic Community of West African States", "urges", "Benin"), ("Japan", "urges", "Thailand"),
         ("Japan", "urges", "Cambodia")}),
    "who adopts or implements others' sanctions imposes them too": (
        "Liechtenstein adopted the EU's latest sanctions against Belarus. Monaco implemented UN sanctions on Libya.",
        {("Liechtenstein", "sanctions", "Belarus"), ("European Union", "sanctions", "Belarus"),
         ("Monaco", "sanctions", "Libya")}),
    "harm a speaker says will be done to others is a threat, said as well as warned": (
        "Myanmar's junta said Arakan Army fighters would be crushed. Mali said it would be attacked.",
        {("Myanmar", "threatens", "Arakan Army")}, [("Mali", "threatens", None)]),
    "a reprisal a speaker says there will be if someone acts threatens them": (
        "Hungary said there would be a harsh response if Slovakia closed the border. Chad said there would be no "
        "reprisals if Niger reopened its embassy.",
        {("Hungary", "threatens", "Slovakia")}, [("Chad", "threatens", None)]),
    "who is helped to do something by a bare infinitive is helped all the same": (
        "Malaysia helped Brunei build a new coast guard base. Iceland helped Norway to map its fisheries.",
        {("Malaysia", "supports", "Brunei"), ("Iceland", "supports", "Norway")}),
    "a pledge to compensate is no complaint": (
        "Laos pledged to compensate Vietnamese farmers for the flood damage. Malta compensated Libyan fishermen.",
        set(), [("Laos", "criticizes", None), ("Malta", "criticizes", None)]),
    "a passive participle in quotes is a verb all the same": (
        "Tonga's prime minister said he was \"deeply disappointed\" by Samoa's decision. Benin's president said he was "
        "\"deeply disappointed\" by Niger's decision.",
        {("Tonga", "criticizes", "Samoa"), ("Benin", "criticizes", "Niger")}),
    "the adjective after what one brands or deems is what it is called": (
        "Lima branded the Chilean port fees discriminatory. Accra deemed Lome's new transit levy unlawful. Quito "
        "branded the Peruvian canal plan reckless.",
        {("Peru", "criticizes", "Chile"), ("Ghana", "criticizes", "Togo"), ("Ecuador", "criticizes", "Peru")}),
    "a state's ministry named by its portfolio acts for the state": (
        "Chile's Mines and Energy Ministry urged Peru to honour the supply contracts.",
        {("Chile", "urges", "Peru")}, [("Mines and Energy Ministry", None, None)]),
    "an act one is accused of, named again, is the accused's": (
        "Bolivia accused Lima of seizing fishing boats on Lake Titicaca. Chile condemned the seizures. Ecuador said "
        "the seizures were a hostile act.",
        {("Bolivia", "criticizes", "Peru"), ("Chile", "opposes", "Peru"), ("Ecuador", "criticizes", "Peru")},
        [("Chile", None, "Bolivia"), ("Ecuador", None, "Bolivia")]),
    "a state that returns to a body is its member again": (
        "Vanuatu returned to the Commonwealth in 1995. The minister returned to Port Vila. Chad returned to the talks.",
        {("Vanuatu", "memberOf", "Commonwealth")}, [("Chad", "memberOf", None), (None, "memberOf", "Port Vila")]),
    "a pair that owns together acts together": (
        "Norway and Iceland's fisheries ministers met in Reykjavik. Uruguay and Paraguay's presidents signed the river "
        "accord.",
        {("Iceland", "meets", "Norway"), ("Uruguay", "agrees", "Paraguay"), ("Paraguay", "agrees", "Uruguay")}),
    "a state that speaks of its fellow members of a body is one itself": (
        "Portugal urged its fellow EU members to back the new fishing quotas. Croatia's prime minister said he would "
        "ask fellow NATO allies to share the costs.",
        {("Portugal", "memberOf", "European Union"), ("Croatia", "memberOf", "North Atlantic Treaty Organization")}),
    "people held in a raid on another state's village are that state's": (
        "Moroccan police raided an Algerian border village, arresting nine smugglers.",
        {("Morocco", "coerces", "Algeria")}, [("Morocco", "coerces", "Morocco")]),
    "a wrong one claims another did is an accusation, as one said": (
        "Honduras claimed Salvadoran soldiers had harassed its farmers near the border. Paraguay contended that "
        "Bolivian troops had violated the truce.",
        {("Honduras", "criticizes", "El Salvador"), ("Paraguay", "criticizes", "Bolivia")}),
    "a treaty or talks concluded were made or held, not spoken of": (
        "Namibia and Angola concluded a treaty delimiting their maritime border. Botswana and Zambia concluded two "
        "days of talks in Lusaka.",
        {("Namibia", "agrees", "Angola"), ("Angola", "agrees", "Namibia"), ("Botswana", "meets", "Zambia")}),
    "visas cancelled and lending frozen are sanctions": (
        "Canada cancelled the visas of three Eritrean diplomats. The African Development Bank froze lending to "
        "Guinea after the coup. Kenya cancelled visa requirements for Ugandan travellers.",
        {("Canada", "sanctions", "Eritrea"), ("African Development Bank", "sanctions", "Guinea")},
        [("Kenya", "sanctions", None)]),
    "what someone should give up is demanded of them": (
        "\"Belize should withdraw its patrol boats immediately,\" Guatemala's president said. Ghana said Togo should "
        "release the detained traders. Ghana said both sides should pull back their troops.",
        {("Guatemala", "demands", "Belize"), ("Ghana", "demands", "Togo")}, [("Ghana", "demands", "Ghana")]),
    "an assassination condemned is no policy opposed": (
        "The OAS condemned the assassination of Haitian President Jovenel Moise. Germany opposed the deportation "
        "of Afghan refugees.",
        {("Germany", "opposes", "deportation of Afghan refugees")}, {("Organization of American States", None, None)}),
    "defying another opposes it; anti-aircraft batteries are a state's forces": (
        "Eritrea defied the African Union and kept its troops in Ethiopia. Syrian anti-aircraft batteries fired at "
        "Turkish jets over Latakia.",
        {("Eritrea", "opposes", "African Union"), ("Syria", "attacks", "Turkey")}),
}


def test_a_stance_demanded_of_another_is_only_requested_and_answers_no_one(run):
    found = run("Serbia demanded that Montenegro recognise the Serbian Orthodox Church. Chile demanded that Bolivia "
                "respect the ruling.")
    recognised = ("Montenegro", "supports", "Serbian Orthodox Church")
    assert recognised in triples(found) and recognised not in facts(found)
    assert not [t for t in triples(found) if t[1] == "praises"], triples(found)


def test_what_one_appeals_or_pleads_to_another_to_do_is_the_other_s_and_only_asked_for(run):
    found = run("Uganda appealed to Kenya to reopen the border crossing at Busia. Tanzania pleaded with Malawi to "
                "lift the ban on Tanzanian milk.")
    for asked in (("Kenya", "concedes", "Uganda"), ("Malawi", "concedes", "Tanzania")):
        assert asked in triples(found) and asked not in facts(found), triples(found)
    assert not {t for t in triples(found) if t[:2] in {("Uganda", "concedes"), ("Tanzania", "concedes")}}


def test_what_one_insists_another_do_is_requested_and_what_one_insists_was_done_is_not(run):
    found = run("Chile insisted that Bolivia withdraw its troops from the border.")
    withdrawal = ("Bolivia", "concedes", "Chile")
    assert withdrawal in triples(found) and withdrawal not in facts(found)
    assert ("Chile", "supports", "Bolivia") in facts(run("Chile insists it supports Bolivia."))


def test_stopping_something_in_a_place_is_no_stop_there(run):
    stopped = triples(run("Albania demanded that Serbia stop the killings in Kosovo."))
    assert not [t for t in stopped if t[:2] == ("Serbia", "visits")], stopped
    assert ("Antony Blinken", "visits", "Vienna") in facts(run("Blinken stopped in Vienna on his way to Kyiv."))


def _fits(fact: tuple, pattern: tuple) -> bool:
    return all(want is None or want == got for got, want in zip(fact, pattern))


@pytest.mark.parametrize("name", list(MORE), ids=list(MORE))  # (the whole name, however long)
def test_more_event_shapes(run, name):
    text, expected, *absent = MORE[name]
    found = facts(run(text))
    assert expected <= found, found
    wrong = {f for f in found for pattern in (absent[0] if absent else ()) if _fits(f, pattern)}
    assert not wrong, wrong


def test_what_a_stance_is_taken_on_is_the_named_ones_and_not_done(run):
    found = run("Greece dropped its objection to Albania joining the EU. Spain opposes Kosovo joining the UN. "
                "China backed Russia, sending arms to Moscow.")
    assert {("Albania", "memberOf", "European Union"), ("Kosovo", "memberOf", "United Nations")} <= triples(found)
    assert not {f for f in facts(found) if f[1] == "memberOf"}
    assert ("China", "aids", "Russia") in facts(found)


def test_what_is_charged_is_alleged_not_done(run):
    charged = run("Armenia has charged that Azerbaijan is backing Hamas.")
    backing = ("Azerbaijan", "supports", "Hamas")
    assert backing in triples(charged) and backing not in facts(charged)


@pytest.mark.parametrize("text", [
    "The government has not allowed Laotian envoys to meet the detained opposition leader Somchai Phan.",
    "Laotian Foreign Minister Saleumxay Kommasith has been unable to meet Somchai Phan.",
    "The army barred Laotian Foreign Minister Saleumxay Kommasith from meeting Somchai Phan.",
    "Laotian Foreign Minister Saleumxay Kommasith renewed her call to be allowed to meet Somchai Phan.",
    "Laotian Foreign Minister Saleumxay Kommasith met Somchai Phan's representatives, but not Somchai himself.",
])
def test_meetings_not_allowed_or_not_had_are_no_facts(run, text):
    assert not [r for r in run(text).relations if r.predicate == "meets" and r.factual], run(text).relations


@pytest.mark.parametrize("text", [
    "Tanzania accused Uganda of arming the rebels.",        # what one accuses another of is alleged
    "Chile hopes to sign a trade agreement with Peru.",     # the tagger's lemma of "hopes" is wrong
    "The leaders will meet again when Ruto visits Kampala.",  # a temporal clause in a future frame
    "If Serbia recognises Kosovo, talks could resume.",     # an act inside a condition
    "Mexico has yet to accept a Guatemalan proposal.",       # "has yet to": not done
    "Ruto's long-awaited visit to Lima has yet to materialise.",  # an occasion still to take place
    "Ghana stressed the importance of holding talks with Togo.",  # an act urged as important
    "Ghana and Togo reaffirmed their commitment to resolving the dispute through dialogue.",  # promised, and its means
    "Ukraine refused to condemn Moldova.",                   # refusing a hostile act rejects nobody
    "Fiji condemned the attacks on fishermen in Tonga.",     # the act judged is not the judge's
    "Chile urged both sides to agree on a ceasefire.",       # a promise asked for is no promise
    "Ethnic Croats clashed with Bosnian police.",            # an ethnic group is no state
    "Norway praised the Geneva talks.",                     # a stance on a city's meeting is none on its country
    "Kenya is not opposed to Uganda's plan.",               # a stance denied with the copula
    "Peru was not against the Chilean proposal.",
    "Peru was not disappointed by Chile's vote.",
])
def test_traps_state_no_fact(run, text):
    found = facts(run(text))
    assert not {p for _, p, _ in found} & {"supports", "agrees", "visits", "opposes", "cooperatesWith", "attacks",
                                           "praises", "meets"}, found
    assert not any(p == "supports" and s == "Uganda" for s, p, _ in found)


@pytest.mark.parametrize(("text", "predicate"), [
    ("Kenya said it was unacceptable that the talks had stalled.", "criticizes"),  # a wrong of nobody named
    ("Chile said the Bolivian proposal was not illegal.", "criticizes"),            # a verdict denied
    ("Peru asked whether the Ecuadorean raid was illegal.", "criticizes"),          # a verdict questioned
    ("Malaysian Foreign Minister Zambry Abdul Kadir did not say whether he had met Thai Prime Minister "
     "Srettha Thavisin.", "meets"),                                  # left open
    ("It was unclear if Kenyan President William Ruto had met Ugandan President Yoweri Museveni.", "meets"),
    ("Oman urged Yemen and Saudi Arabia to find a negotiated settlement.", "meets"),  # only asked for
    ("Russia warned that it would veto any Kosovo bid for United Nations membership.", "opposes"),  # not yet cast
])
def test_verdicts_on_nobody_and_open_future_or_borrowed_acts_are_no_facts(run, text, predicate):
    assert not [f for f in facts(run(text)) if f[1] == predicate], facts(run(text))


def test_a_person_s_family_are_nationals_of_the_person_s_country_not_the_person(run):
    found = facts(run("Argentina granted asylum to the wife and children of Bolivian President Evo Morales."))
    assert ("Argentina", "aids", "Bolivia") in found and ("Argentina", "aids", "Evo Morales") not in found, found
    # (an ousted president holds no office, and his family are no state's: what is done to them is done to him)
    found = facts(run("Argentina granted asylum to the wife and children of ousted Bolivian President Evo Morales."))
    assert [f for f in found if f[1] == "aids"] == [("Argentina", "aids", "Evo Morales")], found


def test_dateline_sentence_is_parsed_from_the_story(run):
    extraction = run("ACCRA, May 2 (Reuters) -- Ghana and Togo agreed on Monday to reopen the border.",
                     published="2022-05-03")
    assert {("Ghana", "agrees", "Togo"), ("Togo", "agrees", "Ghana")} <= facts(extraction)


def test_the_story_s_first_sentence_after_a_dateline_is_parsed_whole(run):
    extraction = run("BISHKEK, Sept 16 (AFP) - Kyrgyz and Tajik troops exchanged fire on Friday. Russia urged calm.",
                     published="2022-09-16")
    assert {("Kyrgyzstan", "attacks", "Tajikistan"), ("Tajikistan", "attacks", "Kyrgyzstan")} <= facts(extraction)


def test_dictionary_organisations_are_named_as_the_text_names_them(run):
    extraction = run("Amnesty International condemned Chad's crackdown on students.")
    assert ("Amnesty International", "opposes", "Chad") in facts(extraction)
    assert any(e.name == "Amnesty International" and e.type == "Organization" for e in extraction.entities)


def test_extract_says_what_it_takes():
    from kg.extract import extract  # noqa: PLC0415

    with pytest.raises(TypeError, match="extract_text"):
        list(extract("Chile praised Peru."))
    with pytest.raises(TypeError, match="Article records"):
        list(extract(["Chile praised Peru."]))


def test_two_ministers_meeting_are_no_country_meeting_its_minister(run):
    found = facts(run("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov "
                      "met in Almaty."))
    assert {t for t in found if t[1] == "meets"} == {("Ararat Mirzoyan", "meets", "Jeyhun Bayramov")}, found


def test_an_ethnic_group_is_no_states_agent(run):
    found = facts(run("Serbian forces launched an offensive against ethnic Albanian guerrillas in Kosovo."))
    assert ("Serbia", "attacks", "Kosovo") in found and not any(o == "Albania" for _, _, o in found), found


def test_the_head_of_a_body_named_in_apposition(run):
    extraction = run("The head of the African Union Commission, Moussa Faki, visited Khartoum.")
    assert ("Moussa Faki", "holdsPosition", "African Union Commission") in triples(extraction)
    assert any(s == "Moussa Faki" and p == "visits" for s, p, _ in facts(extraction))


def test_a_visit_in_the_setting_of_a_promise_is_no_promise(run):
    extraction = run("Malaysia and Brunei agreed to expand energy cooperation during President Prabowo's visit to Bandar Seri Begawan.")
    visits = [r for r in extraction.relations if r.trigger == "visit"]
    assert visits and all(r.predicate == "visits" and r.factual for r in visits)


def test_a_duty_with_no_trade_word_is_no_sanction(run):
    assert not [r for r in run("Brazil said it had a duty to protect the Amazon.").relations if r.predicate == "sanctions"]


def test_force_announced_on_a_condition_is_a_threat(run):
    rel = next(r for r in run("Turkey's army said it would strike PKK positions inside Iraq if the attacks continued.").relations
               if r.predicate == "threatens")
    assert (rel.subject, rel.cameo, rel.factual) == ("Turkey", "138", True)


def test_a_wrong_only_supposed_is_no_accusation(run):
    assert not [r for r in run("Vietnam said it would respond firmly if China attacked its fishing boats.").relations
                if r.predicate == "criticizes"]
    rel = next(r for r in run("Vietnam said China had attacked its fishing boats.").relations if r.predicate == "criticizes")
    assert (rel.subject, rel.object, rel.cameo) == ("Vietnam", "China", "112")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana sent troops to help Liberia restore order.", {("Ghana", "aids", "Liberia")}),
    ("Brazil deployed soldiers to Haiti to help fight gangs.", {("Brazil", "aids", "Haiti")}),
    ("Egypt sent medical supplies to help Sudan.", {("Egypt", "aids", "Sudan")}),
    ("Turkey sent troops to its border with Syria.", {("Turkey", "mobilizes", "Syria")}),
])
def test_forces_or_goods_sent_to_help_are_aid_and_the_help_no_second_act(run, text, expected):
    found = run(text).relations
    assert {(r.subject, r.predicate, r.object) for r in found} == expected
    assert all(r.plover == ("MOBILIZE" if r.predicate == "mobilizes" else "AID") for r in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Uzbekistan closed its border with Tajikistan.", ("Uzbekistan", "coerces", "Tajikistan", "COERCE")),
    ("Belarus shut its airspace to Lithuanian airlines.", ("Belarus", "coerces", "Lithuania", "COERCE")),
    ("Bahrain reopened its airspace and land border with Qatar.", ("Bahrain", "concedes", "Qatar", "RETREAT")),
    # whom a purpose clause lets through is whom the reopening yields to, not the neighbour of the crossing
    ("Eritrea reopened a crossing with Ethiopia to allow UN convoys through.",
     ("Eritrea", "concedes", "United Nations", "RETREAT")),
])
def test_closing_a_border_coerces_and_reopening_it_concedes(run, text, expected):
    assert {(r.subject, r.predicate, r.object, r.plover) for r in run(text).relations} == {expected}


def test_closing_what_is_no_crossing_is_no_coercion(run):
    assert not run("Greece closed the meeting to the press from Turkey.").relations


@pytest.mark.parametrize("text", [
    "Kenya and Uganda issued a joint statement on Friday. Tanzania rejected the statement as meddling.",
    "Kenya and Uganda issued a joint statement, which Tanzania rejected as meddling.",
    "Tanzania rejected the plan that Kenya and Uganda put forward.",
    "Kenya and Uganda issued a joint statement on the fishing dispute, which Tanzania rejected.",
    "Kenya and Uganda issued a joint statement with Rwanda voicing concern over the arrests, which Tanzania rejected.",
])
def test_rejecting_a_statement_or_plan_rejects_its_authors(run, text):
    assert facts(run(text)) >= {("Tanzania", "opposes", "Kenya"), ("Tanzania", "opposes", "Uganda")}


def test_a_policy_a_relative_clause_follows_is_what_is_rejected_not_the_one_calling_for_it(run):
    found = facts(run("Ankara renewed its call for a federal solution, which Athens and Nicosia reject."))
    assert ("Greece", "opposes", "Turkey") not in found and ("Greece", "opposes", "federal solution") in found


def test_an_offer_to_act_is_authored_by_its_by_phrase_not_the_one_turning_it_down(run):
    found = facts(run("The Malian government turned down an offer by the African Union to send troops to Gao."))
    assert found == {("Mali", "opposes", "African Union")}


def test_candidates_to_join_are_no_members(run):
    assert not facts(run("Albania and Moldova are candidates to join the European Union."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Niger ordered the French ambassador out of the country.", {("Niger", "sanctions", "France")}),
    ("Gabon ordered the Cameroonian ambassador to leave within 48 hours.", {("Gabon", "sanctions", "Cameroon")}),
    ("The African Court ordered Tanzania to release the journalist.", {("African Court", "demands", "Tanzania")}),
    ("The president ordered an investigation into the crash.", set()),
])
def test_ordering_an_envoy_out_expels_ordering_a_named_actor_demands(run, text, expected):
    assert {(r.subject, r.predicate, r.object) for r in run(text).relations if r.predicate != "holdsPosition"} \
        == expected


def test_calling_something_a_name_for_someone_is_no_call_for_them(run):
    assert not run("Latvia quit the council in June, calling it divisive for the European Union.").relations


def test_a_name_in_apposition_to_a_title_with_its_brief_is_a_person(run):
    found = run("The special envoy for Syria, Staffan de Mistura, met Assad.")
    assert ("Staffan de Mistura", "Person") in {(e.name, e.type) for e in found.entities}


def test_an_act_named_as_the_reason_for_another_is_not_the_first_actors(run):
    found = facts(run("Kuwait downgraded its ties with Iran, closing ranks with Bahrain a day after the kingdom "
                      "broke off relations with Tehran over an attack on its embassy."))
    assert found == {("Kuwait", "sanctions", "Iran"), ("Bahrain", "sanctions", "Iran")}


def test_condemning_an_execution_is_no_stance_against_the_executed(run):
    found = {(r.subject, r.object) for r in run("Turkey condemned the execution of Ahmed Rahimi.").relations}
    assert ("Turkey", "Ahmed Rahimi") not in found


def test_rejecting_arguments_names_no_policy(run):
    assert not run("The Moroccan foreign ministry rejected the arguments behind it as false.").relations


def test_people_in_apposition_to_a_group_all_take_part(run):
    found = facts(run("The foreign ministers of the three states, Ana Ortiz, Bruno Vega and Carla Duarte, held a call."))
    assert found == {("Ana Ortiz", "meets", "Bruno Vega"), ("Ana Ortiz", "meets", "Carla Duarte"),
                     ("Bruno Vega", "meets", "Carla Duarte")}


def test_talks_between_a_team_led_by_someone_and_officials_of_another_country(run):
    found = facts(run("The accord was signed after talks in Quito between a Chilean team led by Minister Ana Ortiz "
                      "and Peruvian officials."))
    assert ("Chile", "meets", "Peru") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, Ghana called on Togo to reopen the border.", {("Ghana", "urges", "Togo")}),
    ("On Cyprus, Turkey repeated its call for a loose federation, which Athens and Nicosia reject.",
     {("Greece", "opposes", "loose federation"), ("Cyprus", "opposes", "loose federation")}),
])
def test_a_phrase_before_the_trigger_is_no_particle_of_it(run, text, expected):
    assert expected <= facts(run(text))
    assert ("Turkey", "urges", "Cyprus") not in facts(run(text))


def test_a_commissioner_s_title_is_no_part_of_the_name(run):
    found = run("Trade Commissioner Pia Lund called on Norway to lift the ban.")
    assert ("Pia Lund", "urges", "Norway") in facts(found)


def test_a_condition_under_a_participle_names_whom_a_threat_is_aimed_at(run):
    found = facts(run("Brazil threatened to impose a 10% duty from May, rising to 20% by June, unless Paraguay "
                      "curbed smuggling."))
    assert ("Brazil", "threatens", "Paraguay") in found


def test_shelving_a_restriction_concedes_and_is_no_new_restriction(run):
    assert facts(run("Canada shelved its tariffs on Chilean copper.")) == {("Canada", "concedes", "Chile")}


def test_standing_behind_a_country_supports_it(run):
    assert facts(run("Canada said it stood firmly behind Latvia.")) == {("Canada", "supports", "Latvia")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey warned that Greece would face consequences if it armed the islands.", {("Turkey", "threatens", "Greece")}),
    ("Kenya said Somalia would pay a heavy price for the raid.", {("Kenya", "threatens", "Somalia")}),
    ("Officials said the Chilean proposal would meet a warm response.", set()),
])
def test_saying_someone_will_face_reprisals_threatens_them(run, text, expected):
    assert {t for t in facts(run(text)) if t[1] == "threatens"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Algeria recalled its ambassador to Spain on Friday. Spain said it regretted the move.",
     ("Spain", "criticizes", "Algeria")),
    ("Belarus expelled two Latvian diplomats. The European Union condemned the move.",
     ("European Union", "opposes", "Belarus")),
    ("Ghana and Togo signed a border deal. The African Union welcomed the move.", ("African Union", "praises", "Togo")),
])
def test_a_stance_on_the_move_answers_the_act_before_it(run, text, expected):
    assert expected in facts(run(text))


def test_its_ally_is_another_country_than_its_owner(run):
    found = facts(run("Estonia joined NATO in 2004. Canada said it stood in solidarity with its NATO ally."))
    assert ("Canada", "supports", "Estonia") in found


def test_a_view_someone_rejected_is_rejected_for_whoever_voiced_it(run):
    text = ("Chilean President Gabriel Boric received Argentine President Javier Milei in Santiago. Milei "
            "voiced sympathy for the striking miners, a position Boric rejected.")
    assert ("Gabriel Boric", "opposes", "Javier Milei") in facts(run(text))


def test_a_verb_the_parser_cut_off_from_its_subject_keeps_it():
    pytest.importorskip("spacy")
    from kg.extract.model import load_model  # noqa: PLC0415
    from kg.extract.syntax import subjects  # noqa: PLC0415

    nlp = load_model()
    doc = nlp.make_doc("Tunisian President Kais Saied flew to Sfax and then to Gabes, and accused Tripoli of lying.")
    cut = next(t for t in doc if t.lower_ == "and")
    for token in doc[1:]:
        token.is_sent_start = token == cut  # the parser's cut, made where it sometimes makes it
    for _, component in nlp.pipeline:
        doc = component(doc)
    accused = next(t for t in doc if t.lower_ == "accused")
    assert accused.sent.start == cut.i
    assert [t.text for t in subjects(accused)] == ["Saied"]
    assert subjects(doc[0].sent.root) == subjects(next(t for t in doc if t.lower_ == "flew"))


def test_an_offer_to_host_talks_between_two_promises_nothing_of_theirs(run):
    relations = run("Oman offered to host talks between Iran and Bahrain.").relations
    assert relations and not [r for r in relations if r.modality == "asserted"
                              and {r.subject, r.object} == {"Iran", "Bahrain"}], relations


def test_a_dictionary_pattern_word_inside_a_name_codes_nothing(run):
    found = run("Ghana's President Akufo-Addo later awarded him the Order of the Volta, the country's highest honour.").relations
    assert not [r for r in found if r.predicate == "demands"], found


def test_a_verb_coordinated_with_stood_ready_to_does_not_share_the_readiness(run):
    found = run("The African Union said it stood ready to mediate and praised Ghana for its restraint.")
    assert [r.modality for r in found.relations if r.predicate == "praises" and r.object == "Ghana"] == ["asserted"]


def test_what_those_a_participle_accuses_did_is_theirs_and_alleged(run):
    found = run("Canada blacklisted two Iranian firms accused of supplying drones to Russia.").relations
    supplied = [(r.subject, r.modality) for r in found if r.predicate == "aids" and r.object == "Russia"]
    assert supplied == [("Iran", "alleged")], found


def test_applying_or_aspiring_to_join_a_body_is_no_membership_yet(run):
    found = run("Moldova applied to join the European Union. Georgia aspires to join NATO.").relations
    joined = [r for r in found if r.predicate == "memberOf"]
    assert joined and not [r for r in joined if r.factual], joined


def test_what_an_agreement_is_signed_to_do_is_still_to_come(run):
    found = run("Gabon and Cameroon signed an agreement to jointly patrol their border.").relations
    assert {(r.predicate, r.modality) for r in found} == {("agrees", "asserted"), ("cooperatesWith", "intended")}


def test_a_decision_or_request_to_join_a_body_is_no_membership_yet(run):
    found = run("The EU hailed Armenia's decision to join the International Criminal Court. Laos's request to join "
                "BRICS was welcomed.").relations
    joined = [r for r in found if r.predicate == "memberOf"]
    assert len(joined) == 2 and not [r for r in joined if r.factual], joined


def test_an_act_among_measures_called_for_is_asked_for_not_done(run):
    found = run("Malawi called for tougher measures, including a ban on Zambian goods. Kenya demanded steps such as "
                "an embargo on Sudan.").relations
    asked = [(r.subject, r.object, r.modality) for r in found if r.predicate == "sanctions"]
    assert ("Malawi", "Zambia", "called_for") in asked and not [a for a in asked if a[2] == "asserted"], found


def test_an_act_one_is_on_the_verge_or_brink_of_is_still_to_come(run):
    found = run("Paraguay was on the verge of signing a deal with the IMF. Peru is on the brink of expelling the "
                "Mexican ambassador. Armenia shelled Azerbaijani positions.").relations
    modes = {(r.subject, r.predicate, r.object): r.modality for r in found}
    assert modes[("Paraguay", "agrees", "International Monetary Fund")] == "expected"
    assert modes[("Peru", "sanctions", "Mexico")] == "expected"
    assert modes[("Armenia", "attacks", "Azerbaijan")] == "asserted"


def test_what_one_threatens_another_with_doing_is_the_threateners_to_do(run):
    found = triples(run("Turkey threatened Sweden with blocking its bid to join NATO. The EU threatened Hungary with "
                        "cutting its funds."))
    assert {("Turkey", "threatens", "Sweden"), ("European Union", "threatens", "Hungary")} <= found, found
    assert not [t for t in found if t[0] in ("Sweden", "Hungary")], found


def test_the_one_a_condition_of_a_warning_is_about_is_the_one_warned(run):
    found = run("Morocco warned Algeria of consequences if it supplied weapons to Mali. Ethiopia warned Eritrea that "
                "it would respond if it sent troops to Sudan.")
    assert {("Algeria", "aids", "Mali"), ("Eritrea", "mobilizes", "Sudan")} <= triples(found) - facts(found)
    assert not {s for s, p, _ in triples(found) if p in ("aids", "mobilizes")} & {"Morocco", "Ethiopia"}


def test_an_option_retained_to_act_tells_nothing_as_done(run):
    found = run("Uganda retains the option to withdraw its troops from Somalia.").relations
    assert found and all(r.modality != "asserted" for r in found if r.object == "Somalia"), found


def test_an_infinitive_the_parser_made_the_sentence_s_verb_tells_nothing_as_done(run):
    found = run("Latvia's prime minister pressed European Union partners to adopt a new package of sanctions "
                "against Russia.")
    assert not [r for r in found.relations if r.predicate == "sanctions" and r.modality == "asserted"]


def test_an_offer_an_adjective_says_is_a_countrys_is_not_the_rejecters_act(run):
    found = run("Eritrea rejected an Ethiopian offer to withdraw from Somalia. Kenya welcomed a Tanzanian proposal "
                "to reopen the border.")
    assert {("Eritrea", "opposes", "Ethiopia"), ("Kenya", "praises", "Tanzania")} <= triples(found)
    assert not [r for r in found.relations if r.subject in ("Eritrea", "Kenya") and r.predicate == "concedes"]


def test_an_attempt_an_adjective_without_a_det_says_is_a_side_s_is_not_the_critic_s_act(run):
    found = run("Hungary condemned Western attempts to sanction Belarus.")
    assert not [r for r in found.relations if r.subject == "Hungary" and r.predicate == "sanctions"], found.relations


def test_what_a_reprisal_is_vowed_for_is_the_other_side_s_act(run):
    found = run("Pakistan vowed revenge against India for the strike in Kabul.")
    assert ("Pakistan", "threatens", "India") in facts(found)
    assert not [t for t in triples(found) if t[:2] == ("Pakistan", "attacks")], triples(found)


def test_joint_exercises_of_two_allies_are_no_show_of_force(run):
    found = run("Estonian President Alar Karis met Latvian President Edgars Rinkevics in Tallinn. Rinkevics said "
                "Latvia would send more troops to the border and that the two NATO allies would hold joint "
                "exercises in the summer.")
    assert not [t for t in triples(found) if t[1] == "mobilizes"], triples(found)


def test_a_curb_called_for_to_be_lifted_is_no_curb_and_one_called_for_to_be_tightened_is_one(run):
    found = triples(run("Tunisia called for the ban on Libyan trucks to be lifted. Peru called for the embargo on "
                        "Bolivia to be eased. Estonia called for sanctions on Belarus to be tightened."))
    assert ("Estonia", "sanctions", "Belarus") in found
    assert not {t for t in found if t[0] in ("Tunisia", "Peru")}, found


def test_who_call_for_a_pact_are_not_its_parties_unless_the_pact_is_with_another(run):
    found = triples(run("Jordan and Oman called for a ceasefire in Sudan. Norway and Iceland urged a truce in Yemen. "
                        "Chad called for talks with Libya."))
    callers = ("Jordan", "Oman", "Norway", "Iceland")  # (who appeal to the state the fighting is in, no party)
    assert not {t for t in found if t[0] in callers and t[1] != "urges"}, found
    assert ("Chad", "meets", "Libya") in found


def test_an_agent_speaking_for_a_body_a_demonym_names_speaks_for_its_state(run):
    # (the model reads "Ugandan" here as a name qualifying "army", not as an adjective of "spokesman")
    found = facts(run("Sudan is arming the rebels, a Ugandan army spokesman said."))
    assert ("Uganda", "criticizes", "Sudan") in found


def test_a_ministry_told_two_sentences_after_its_state_acted_is_that_state(run):
    found = run("Vietnam protested to China on Monday after Chinese ships fired water cannon at a fishing boat. It was "
                "the second such incident this year. The foreign ministry said the Chinese actions were reckless.")
    judged = {(r.subject, r.object) for r in found.relations if r.rule.startswith("verdict:")}
    assert judged == {("Vietnam", "China")}, judged


def test_a_people_named_before_an_agent_the_parser_read_as_a_verb_is_no_one_conceded_to(run):
    found = run("Pakistan criticised Afghanistan for allowing Baloch separatists to use its territory.")
    conceded = [(r.object, r.object_type) for r in found.relations if r.predicate == "concedes"]
    assert not [o for o in conceded if o[1] == "Person"], conceded  # (not a person the dictionary names "Baloch")


def test_a_counterpart_named_after_the_title_is_the_one_met(run):
    found = run("Czech Foreign Minister Jan Lipavsky met his Slovak counterpart Juraj Blanar in Prague.")
    assert ("Jan Lipavsky", "meets", "Juraj Blanar") in facts(found)


def test_a_lone_surname_two_office_holders_share_is_the_one_in_office_on_the_articles_date(run):
    said = "Orban met Putin in Moscow on Friday."
    assert ("Viktor Orban", "meets", "Vladimir Putin") in facts(run(said, published="2024-07-05"))
    assert not {r.subject for r in run(said, published="2020-06-01").relations} & {"Viktor Orban", "Ludovic Orban"}


def test_one_given_time_to_act_is_the_one_asked_to_act(run):
    found = triples(run("Tehran gave Baku 48 hours to expel the Israeli envoy."))
    assert ("Azerbaijan", "sanctions", "Israel") in found
    assert ("Iran", "sanctions", "Israel") not in found
