"""Wire-copy cleaning: title and outlet, boilerplate, datelines, whitespace, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest.clean import (
    clean_wire_text,
    normalise_published,
    split_dateline,
    split_outlet,
    strip_paragraph_credits,
)

DATA = Path(__file__).parent / "data"

CEASEFIRE_TEXT = (
    "Negotiators from Russia and Ukraine met in Vienna on Tuesday for a second round of talks on"
    " a ceasefire, a week after shelling resumed along the southern front.\n\n"
    "Foreign Minister Dmytro Kuleba told reporters that Kyiv would press for a humanitarian"
    " corridor out of the port city and for an exchange of prisoners."
    ' "We came here to stop the killing," he said.\n\n'
    "Russian troops remained massed near the border, the Defense Ministry said.\n\n"
    "A spokesman for the Organization for Security and Co-operation in Europe said the two"
    " delegations had agreed to meet again on Friday if Tuesday's session made progress."
)


def test_wire_fixture_is_cleaned_exactly() -> None:
    cleaned = clean_wire_text((DATA / "ceasefire_wire.txt").read_text(encoding="utf-8"))
    assert (cleaned.title, cleaned.outlet, cleaned.dateline) == (
        "Envoys meet in Vienna as ceasefire talks resume",
        "The Harbor Courier",
        "VIENNA (AP)",
    )
    assert cleaned.text == CEASEFIRE_TEXT


@pytest.mark.parametrize(
    ("line", "title", "outlet"),
    [
        (
            "Troops pull back from border – The Daily Wire",
            "Troops pull back from border",
            "The Daily Wire",
        ),
        ("Troops pull back from border — Reuters", "Troops pull back from border", "Reuters"),
        ("Troops pull back from border - BBC News", "Troops pull back from border", "BBC News"),
        ("Troops pull back | Northern Ledger", "Troops pull back", "Northern Ledger"),
        ("Troops pull back – news.example.com", "Troops pull back", "news.example.com"),
        ("Talks stall - allies worry", "Talks stall - allies worry", None),
        ("Ukraine – what we know so far", "Ukraine – what we know so far", None),
        ("Troops pull back from border", "Troops pull back from border", None),
    ],
)
def test_split_outlet(line: str, title: str, outlet: str | None) -> None:
    assert split_outlet(line) == (title, outlet)


@pytest.mark.parametrize(
    ("raw", "title", "outlet"),
    [
        (
            ", Russia masses troops near border – The Daily Wire\n\nRussia moved.",
            "Russia masses troops near border",
            "The Daily Wire",
        ),
        (
            ". Kremlin rejects talks - Reuters\nKremlin rejects talks\nThe Kremlin said no.",
            "Kremlin rejects talks",
            "Reuters",
        ),
        (
            "Kremlin rejects talks\nKremlin rejects talks\nThe Kremlin said no.",
            "Kremlin rejects talks",
            None,
        ),
        ("Kremlin rejects talks\n\nThe Kremlin said no.", "Kremlin rejects talks", None),
        ("Are talks over?\n\nThe Kremlin said no.", "Are talks over?", None),
        ("Talks resume with U.S.\n\nThe Kremlin said yes.", "Talks resume with U.S.", None),
    ],
)
def test_title_is_taken_when_it_looks_like_one(raw: str, title: str, outlet: str | None) -> None:
    cleaned = clean_wire_text(raw)
    assert (cleaned.title, cleaned.outlet) == (title, outlet)


@pytest.mark.parametrize(
    "raw",
    [
        "Russia said it would pull back troops.\n\nThe move was welcomed.",
        "Troops withdraw\nThe troops withdrew on Monday.\nThey went home.",
        "By JANE DOE, Associated Press\n\nThe troops withdrew on Monday.",
        "Short headline only\n\n",
        ("A" * 200) + "\n\nThe troops withdrew.",
    ],
)
def test_no_title_when_first_line_is_not_one(raw: str) -> None:
    assert clean_wire_text(raw).title is None


def test_text_without_title_is_all_body() -> None:
    raw = "Troops withdraw\nThe troops withdrew on Monday.\nThey went home.\n"
    assert clean_wire_text(raw).text == (
        "Troops withdraw\n\nThe troops withdrew on Monday.\n\nThey went home."
    )


def test_hard_wrapped_lines_without_blank_lines_are_joined() -> None:
    raw = (
        "Ferry strike ends\n"
        "The harbour workers ended their strike on Monday after the port authority agreed to\n"
        "raise wages, a union official said. The ferries will run again from\n"
        "Wednesday.\n"
        "The company said it welcomed the deal.\n"
    )
    assert clean_wire_text(raw).text == (
        "Ferry strike ends\n\n"
        "The harbour workers ended their strike on Monday after the port authority agreed to"
        " raise wages, a union official said. The ferries will run again from Wednesday.\n\n"
        "The company said it welcomed the deal."
    )


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("KYIV, Ukraine (AP) — Russia said.", "KYIV, Ukraine (AP)", "Russia said."),
        (
            "MOSCOW, Feb 14 (Reuters) - The Kremlin said.",
            "MOSCOW, Feb 14 (Reuters)",
            "The Kremlin said.",
        ),
        ("WASHINGTON — Biden spoke.", "WASHINGTON", "Biden spoke."),
        (
            "THE HAGUE, Netherlands (AP) — Judges ruled.",
            "THE HAGUE, Netherlands (AP)",
            "Judges ruled.",
        ),
        ("Kyiv, Ukraine (AFP) - Shelling resumed.", "Kyiv, Ukraine (AFP)", "Shelling resumed."),
        ("(Reuters) - Shelling resumed.", "(Reuters)", "Shelling resumed."),
        ("Russia - and only Russia - said no.", None, "Russia - and only Russia - said no."),
        ("Kyiv (the capital) — was calm.", None, "Kyiv (the capital) — was calm."),
    ],
)
def test_split_dateline(paragraph: str, dateline: str | None, rest: str) -> None:
    assert split_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(
    ("paragraph", "stripped"),
    [
        ("Troops massed. (AP Photo/Efrem Lukatsky)", "Troops massed."),
        ("Troops massed. (AP Photo/Efrem Lukatsky, File)", "Troops massed."),
        ("Troops massed. (Jane Doe/Reuters)", "Troops massed."),
        ("Troops massed. (Reuters)", "Troops massed."),
        ("Troops massed. Photo: Jane Doe", "Troops massed."),
        ("Troops massed on Feb 14. REUTERS/Gleb Garanich", "Troops massed on Feb 14."),
        (
            "The EU agreed. Copyright 2022 The Associated Press. All rights reserved.",
            "The EU agreed.",
        ),
        ("Speeds reached 90 km (56 miles/h) there.", "Speeds reached 90 km (56 miles/h) there."),
        ("Talks went on (in Geneva).", "Talks went on (in Geneva)."),
    ],
)
def test_strip_paragraph_credits(paragraph: str, stripped: str) -> None:
    assert strip_paragraph_credits(paragraph) == stripped


@pytest.mark.parametrize(
    "boilerplate",
    [
        "(Jane Doe/Reuters)",
        "Photo: Jane Doe/Reuters",
        "FILE PHOTO: Troops on parade in Moscow. REUTERS/John Roe",
        "Advertisement",
        "Related: Ukraine live updates",
        "READ MORE: What the sanctions mean",
        "Updated Feb 14, 2022 10:30 AM ET",
        "Reporting by Jane Doe in Kyiv; Editing by John Roe",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Jane Doe in Moscow contributed to this report.",
    ],
)
def test_boilerplate_is_removed_anywhere(boilerplate: str) -> None:
    raw = f"Russia moved troops on Monday.\n\n{boilerplate}\n\nNATO warned Moscow on Tuesday."
    assert clean_wire_text(raw).text == (
        "Russia moved troops on Monday.\n\nNATO warned Moscow on Tuesday."
    )


@pytest.mark.parametrize(
    "tail",
    [
        "Original Source",
        "Copyright 2022 The Associated Press. All rights reserved.",
        "© 2022 Reuters",
        "Jane Doe reported from Moscow; John Roe contributed from Kyiv.",
        "Follow AP's coverage at https://example.com/hub/ukraine",
        "https://example.com/story/123",
    ],
)
def test_tail_boilerplate_is_removed(tail: str) -> None:
    raw = f"Russia moved troops on Monday.\n\n{tail}"
    assert clean_wire_text(raw).text == "Russia moved troops on Monday."


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Monday, the troops had withdrawn.",
        "Fighting was reported from the east on Sunday.",
        "Published reports said 130,000 troops were there.",
        "Source: the Defense Ministry said troops moved.",
    ],
)
def test_body_paragraphs_that_resemble_boilerplate_are_kept(paragraph: str) -> None:
    raw = f"Russia moved troops on Monday.\n\n{paragraph}\n\nNATO warned Moscow."
    assert paragraph in clean_wire_text(raw).text.split("\n\n")


def test_whitespace_inside_paragraphs_is_normalised() -> None:
    raw = "Russia  moved\ttroops\non\u00a0Monday\u200b.\r\n\r\nNATO   warned."
    assert clean_wire_text(raw).text == "Russia moved troops on Monday.\n\nNATO warned."


def test_only_boilerplate_gives_empty_text() -> None:
    assert clean_wire_text("Advertisement\n\n(Reuters)\n\nOriginal Source").text == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-02-14", "2022-02-14"),
        ("2022-02-14T10:00:00Z", "2022-02-14"),
        ("2022-02-14T23:30:00-05:00", "2022-02-14"),
        ("Feb 14, 2022", "2022-02-14"),
        ("Feb. 14, 2022", "2022-02-14"),
        ("Sept. 3, 2022", "2022-09-03"),
        ("14 February 2022", "2022-02-14"),
        ("Mon, 14 Feb 2022 10:00:00 GMT", "2022-02-14"),
        ("2022-02-30", None),
        ("yesterday", None),
        ("Feb 2022", None),
    ],
)
def test_normalise_published(value: str, expected: str | None) -> None:
    assert normalise_published(value) == expected
