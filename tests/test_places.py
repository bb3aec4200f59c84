"""Where places lie: gazetteer positions chosen within the country the text gives."""

from __future__ import annotations

from kg.places import locate, region_country


def test_a_place_is_found_within_its_country_else_the_most_populous_of_its_name():
    moscow = locate("Moscow", "RUS")
    assert moscow.country == "RUS" and round(moscow.latitude) == 56 and round(moscow.longitude) == 38
    assert locate("Moscow") == moscow  # the Russian capital before the town in Idaho
    idaho = locate("Moscow", "USA")
    assert idaho.country == "USA" and idaho.longitude < -100


def test_another_name_of_a_city_finds_it_and_an_unknown_place_has_no_position():
    assert locate("Kiev", "UKR") == locate("Kyiv", "UKR") is not None
    assert locate("Geneva", "FRA") is None  # no Geneva in France: the text's country is kept, not guessed
    assert locate("Nowhere Flats") is None
    assert locate("Noumea", other_names=False) == locate("Nouméa") is not None  # accents aside


def test_a_first_level_region_has_its_country_when_only_one_country_has_one_of_that_name():
    assert region_country("Sindh") == "PAK" and region_country("Cabo Delgado") == "MOZ"
    assert region_country("Punjab") is None  # India's and Pakistan's
    assert region_country("Red Sea") is None  # a sea news means, not Sudan's state of that name
    assert region_country("Nowhere Flats") is None


def test_an_event_s_place_has_its_country_and_position_in_the_event_table(tmp_path):
    from kg.export.events import event_rows
    from kg.graph import open_store
    from kg.records import Article, Entity, Extraction, Relation

    body = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi."
    met = Relation("William Ruto", "Person", "meets", "Yoweri Museveni", "Person", body, 0, len(body),
                   date="2024-05-06", place="Nairobi", cameo="040")
    entities = (Entity("William Ruto", "Person"), Entity("Yoweri Museveni", "Person"),
                Entity("Nairobi", "Place", code="KEN"))
    with open_store(tmp_path) as store:
        store.add(Extraction(Article("a.txt", body, published="2024-05-07", sha256="a"), entities, (), (met,)))
        store.refresh()
        [row] = event_rows(store.dataset)
    assert (row["place_name"], row["place_country"]) == ("Nairobi", "KEN")
    assert round(row["place_lat"]) == -1 and round(row["place_lon"]) == 37

