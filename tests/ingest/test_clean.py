"""Page furniture is removed and metadata found, on made-up pages shaped like real news sites."""

from __future__ import annotations

import pytest

from kg.ingest import clean_text

STORY = [
    "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fisheries.",
    "Both sides agreed to expand scientific cooperation, the ministry said in a statement.",
]


def page(*lines: str) -> str:
    return "\n".join(lines)


def test_plain_story_keeps_every_paragraph_and_takes_the_headline_as_title():
    clean = clean_text(page("Norway and Chile talk fish", "", *STORY))
    assert clean.title == "Norway and Chile talk fish"
    assert clean.paragraphs == tuple(STORY)


@pytest.mark.parametrize("credit", [
    "Photo: AFP",
    "Ministers in Oslo Photo: Reuters",
    "Photo credit: Getty Images",
    "Image: Ministry of Foreign Affairs",
    "File photo: Xinhua/Li Wei",
    "(Photo by Anna Berg/NTB)",
])
def test_photo_credits_are_dropped(credit):
    clean = clean_text(page("Norway and Chile talk fish", credit, "", STORY[0], credit, STORY[1]))
    assert clean.paragraphs == tuple(STORY)


def test_off_the_wire_headline_list_is_dropped_but_the_title_after_it_is_kept():
    clean = clean_text(page(
        "Off the wire",
        "Markets rally in Asia \u00a0 \u2022 Floods hit coastal towns \u00a0 \u2022 New bridge opens \u00a0 \u2022 Team wins cup",
        "You are here: News/",
        "",
        "Norway and Chile talk fish",
        "",
        *STORY,
    ))
    assert clean.title == "Norway and Chile talk fish"
    assert clean.paragraphs == tuple(STORY)


def test_related_list_with_bullet_lines_ends_at_the_first_sentence():
    clean = clean_text(page(
        "Norway and Chile talk fish", STORY[0],
        "Related", "\u2022 Salmon prices climb", "\u2022 Oslo hosts summit",
        STORY[1],
    ))
    assert clean.paragraphs == tuple(STORY)


def test_bullet_run_anywhere_is_dropped():
    bullets = "Trade up | Rain expected | Elections called | Strike ends"
    clean = clean_text(page("Norway and Chile talk fish", STORY[0], bullets, STORY[1]))
    assert clean.paragraphs == tuple(STORY)


@pytest.mark.parametrize("crumb", ["You are here: Home > World", "Home > World > Europe", "News / Politics /"])
def test_breadcrumbs_are_dropped(crumb):
    assert clean_text(page(crumb, "Norway and Chile talk fish", *STORY)).paragraphs == tuple(STORY)


def test_adjust_font_size_is_stripped_from_the_dateline():
    clean = clean_text(page("Norway and Chile talk fish", "NTB,March 3, 2021 Adjust font size:", "", *STORY))
    assert clean.published == "2021-03-03"
    assert clean.source == "NTB"
    assert clean.paragraphs == tuple(STORY)


def test_read_more_teaser_and_its_repeated_headline_are_dropped():
    teaser = "\u2018Salmon is our future,\u2019 Chile says"
    clean = clean_text(page("Norway and Chile talk fish", "", STORY[0], "", teaser, "", "Read more", "",
                            teaser, "", STORY[1]))
    assert clean.paragraphs == tuple(STORY)


def test_read_more_teaser_shown_once_is_dropped():
    clean = clean_text(page("Norway and Chile talk fish", STORY[0], "Read more:", "Salmon prices climb", STORY[1]))
    assert clean.paragraphs == tuple(STORY)


def test_inline_read_more_is_dropped():
    clean = clean_text(page("Norway and Chile talk fish", STORY[0], "Read more: Salmon prices climb", STORY[1]))
    assert clean.paragraphs == tuple(STORY)


def test_leave_a_reply_cuts_the_comment_section():
    clean = clean_text(page(
        "Norway and Chile talk fish", *STORY, "", "Leave a Reply", "",
        "Your email address will not be published. Required fields are marked *", "Name", "Great article!",
    ))
    assert clean.paragraphs == tuple(STORY)


def test_a_comments_heading_before_the_story_does_not_cut_it():
    clean = clean_text(page("Comments", "Norway and Chile talk fish", *STORY))
    assert clean.paragraphs == tuple(STORY)


def test_enditem_is_stripped():
    clean = clean_text(page("Norway and Chile talk fish", STORY[0], STORY[1] + " Enditem"))
    assert clean.paragraphs == tuple(STORY)


@pytest.mark.parametrize(("footer", "source"), [
    ("Source: Newsroom", "Newsroom"),
    ("(Source: NTB)", "NTB"),
    ("Global Times", "Global Times"),
    ("Via: Reuters", "Reuters"),
])
def test_outlet_footer_becomes_the_source(footer, source):
    clean = clean_text(page("Norway and Chile talk fish", *STORY, footer))
    assert clean.source == source
    assert clean.paragraphs == tuple(STORY)


def test_explicit_source_footer_beats_the_dateline_outlet_but_a_bare_name_does_not():
    dated = ("Norway and Chile talk fish", "NTB, March 3, 2021 \u2014 " + STORY[0], STORY[1])
    assert clean_text(page(*dated, "Source: Newsroom")).source == "Newsroom"
    assert clean_text(page(*dated, "Global Times")).source == "NTB"


def test_editor_and_copyright_lines_are_dropped():
    clean = clean_text(page("Norway and Chile talk fish", *STORY, "Source: NTB", "Editor: Kari Nordmann"))
    assert (clean.source, clean.paragraphs) == ("NTB", tuple(STORY))
    clean = clean_text(page("Norway and Chile talk fish", *STORY, "\u00a9 2021 NTB. All rights reserved."))
    assert clean.paragraphs == tuple(STORY)


@pytest.mark.parametrize("byline", ["By Staff Reporter", "By Kari Nordmann and Ola Hansen", "BY KARI NORDMANN, NTB"])
def test_a_byline_is_dropped_and_the_dateline_after_it_opens_the_story(byline):
    clean = clean_text(page("Norway and Chile talk fish", byline, "", "OSLO (NTB) -- " + STORY[0], STORY[1]))
    assert clean.paragraphs == ("OSLO (NTB) -- " + STORY[0], STORY[1])
    kept = clean_text(page("Norway and Chile talk fish", "By Monday, both sides had agreed.", *STORY))
    assert kept.paragraphs == ("By Monday, both sides had agreed.", *STORY)  # (a sentence, not a byline)


@pytest.mark.parametrize(("dateline", "published", "source"), [
    ("Published: Oct 28, 2022 02:04 AM", "2022-10-28", None),
    ("Updated: 2021-03-05 10:12", "2021-03-05", None),
    ("Published on 5 March 2021", "2021-03-05", None),
    ("Xinhua,December 23, 2020", "2020-12-23", "Xinhua"),
    ("Reuters, Jan. 5, 2021", "2021-01-05", "Reuters"),
])
def test_dateline_lines(dateline, published, source):
    clean = clean_text(page("Norway and Chile talk fish", dateline, "", *STORY))
    assert (clean.published, clean.source) == (published, source)
    assert clean.title == "Norway and Chile talk fish"
    assert clean.paragraphs == tuple(STORY)


def test_dateline_followed_by_text_keeps_the_text():
    clean = clean_text(page("Norway and Chile talk fish", "", "RT, December 25, 2022 \u2014 " + STORY[0], STORY[1]))
    assert (clean.published, clean.source) == ("2022-12-25", "RT")
    assert clean.paragraphs == tuple(STORY)


def test_wire_dateline_without_year_gives_the_source_and_stays_in_the_story():
    # (extraction reads its place and date as the events' defaults, and keeps it out of their actors)
    clean = clean_text(page("Norway and Chile talk fish", "OSLO, March 3 (NTB) -- " + STORY[0], STORY[1]))
    assert (clean.published, clean.source) == (None, "NTB")
    assert clean.paragraphs == ("OSLO, March 3 (NTB) -- " + STORY[0], STORY[1])


def test_a_towns_dateline_with_a_year_and_no_agency_stays_in_the_story_and_dates_it():
    clean = clean_text(page("Norway and Chile talk fish", "OSLO, March 3, 2021 - " + STORY[0], STORY[1]))
    assert (clean.published, clean.source) == ("2021-03-03", None)
    assert clean.paragraphs == ("OSLO, March 3, 2021 - " + STORY[0], STORY[1])


def test_a_sentence_starting_like_a_dateline_is_not_one():
    line = "Updated figures: exports to Chile rose by a third in 2020, the statistics office said."
    clean = clean_text(page("Norway and Chile talk fish", line, *STORY))
    assert clean.published is None
    assert clean.paragraphs == (line, *STORY)


def test_no_title_when_the_text_starts_with_a_sentence():
    assert clean_text(page(*STORY)).title is None


def test_windows_and_old_mac_line_ends_and_invisible_characters():
    raw = "Norway and Chile\u00adtalk fish\r\n\r\n" + STORY[0].replace("met", "me\u200bt") + "\r" + STORY[1]
    clean = clean_text(raw)
    assert clean.title == "Norway and Chiletalk fish"
    assert clean.paragraphs == tuple(STORY)


def test_nothing_but_furniture_leaves_no_paragraphs():
    assert clean_text(page("Photo: AFP", "Read more", "Share")).paragraphs == ()
