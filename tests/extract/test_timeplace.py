"""Dates of events resolved against the article's date; meeting modes."""

from __future__ import annotations

import pytest

from kg.extract.timeplace import meeting_mode, resolve_date


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Thursday", "2022-10-28", "2022-10-27"),       # the Thursday before a Friday paper
    ("on Tuesday", "2020-12-23", "2020-12-22"),
    ("Sunday", "2022-12-25", "2022-12-25"),         # "said on Sunday" in a Sunday paper
    ("September 18", "2023-09-20", "2023-09-18"),
    ("September 18", None, None),                   # no year anywhere: no valid date to give
    ("December 23, 2020", None, "2020-12-23"),
    ("Thursday", None, None),                       # nothing to count from
    ("earlier this month", "2022-10-28", None),     # not precise to the day
    ("next year", "2022-10-28", None),
])
def test_resolve_date(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Wang talked with Lavrov via phone.", "phone"),
    ("In a telephone conversation, they agreed.", "phone"),
    ("The leaders met by video link.", "video"),
    ("Wang met Lavrov in Moscow.", "in_person"),
    ("Lula called Boric on Thursday.", "phone"),
    ("Macron and Scholz met in Paris and called for unity.", "in_person"),   # an appeal, no call
    ("Modi and Putin held a virtual summit.", "video"),
    ("In a call with Zelensky, Duda promised more aid.", "phone"),
    ("Lula telephoned Orsi to congratulate him.", "phone"),
    ("Ruto spoke of the calls for calm with Abiy.", "in_person"),  # appeals, no call
])
def test_meeting_mode(sentence, mode):
    assert meeting_mode(sentence) == mode


def test_a_year_or_a_month_of_a_year_is_a_partial_iso_date():
    from kg.extract.timeplace import period_date  # noqa: PLC0415

    assert period_date("2021") == "2021"
    assert period_date("September 2019") == "2019-09"
    assert period_date("Jan. 1998") == "1998-01"
    assert period_date("September") is None
    assert period_date("the 1990s") is None


def test_a_month_named_alone_is_the_last_such_month_up_to_the_publication():
    from kg.extract.timeplace import past_month  # noqa: PLC0415

    assert past_month("October", "2023-12-31") == "2023-10"
    assert past_month("December", "2023-12-31") == "2023-12"
    assert past_month("Oct.", "2023-05-02") is None  # (an abbreviation with a stop is not read as one)
    assert past_month("October", "2023-05-02") == "2022-10"
    assert past_month("October", None) is None
    assert past_month("October 2019", "2023-05-02") is None


def test_an_act_told_as_done_in_a_month_named_alone_is_dated_to_that_month(run):
    relations = run("Lula visited Luanda in August. Lula will visit Tokyo in May.", published="2024-03-15").relations
    dates = {r.object: (r.date, r.date_source) for r in relations if r.predicate == "visits"}
    assert dates["Luanda"] == ("2023-08", "sentence")
    assert dates["Tokyo"] == ("2024-03-15", "published")


def test_a_period_told_relative_to_the_publication_is_a_partial_iso_date():
    from kg.extract.timeplace import relative_period  # noqa: PLC0415

    assert relative_period("last month", "2024-01-10") == "2023-12"
    assert relative_period("earlier this month", "2024-01-10") == "2024-01"
    assert relative_period("last year", "2024-01-10") == "2023"
    assert relative_period("earlier this year", "2024-01-10") == "2024"
    assert relative_period("three days ago", "2024-01-10") == "2024-01-07"
    assert relative_period("last week", "2024-01-10") is None  # (a week is no ISO period)
    assert relative_period("last month", None) is None


def test_an_act_told_as_done_in_a_relative_period_is_dated_to_it(run):
    relations = run("Ruto visited Addis Ababa last month. Ruto will visit Cairo next month.",
                    published="2024-01-10").relations
    dates = {r.object: (r.date, r.date_source) for r in relations if r.predicate == "visits"}
    assert dates["Addis Ababa"] == ("2023-12", "sentence")
    assert dates["Cairo"] == ("2024-01-10", "published")
