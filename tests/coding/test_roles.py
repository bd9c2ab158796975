"""Who the parties are: argument rules on short wire-style sentences written for these tests."""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2022-02-16"  # a Wednesday


def code(text: str) -> Document:
    return eventwire.extract(text, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Germany imposed new sanctions on Belarus on Tuesday.", "SANCTION", "DEU", "BLR"),
        ("Poland gave Ukraine a grant of 40 million euros on Tuesday.", "AID", "POL", "UKR"),
        ("Hungary rejected a Polish proposal on grain quotas.", "REJECT", "HUN", "POL"),
        ("Turkey rejected an offer from Greece for talks on Tuesday.", "REJECT", "TUR", "GRC"),
    ],
)
def test_recipients_of_objects_datives_and_rejected_proposals(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    event = only(code(text), event_type)
    assert codes(event.actor) == [actor]
    assert codes(event.recipient) == [recipient]


def test_a_relative_clause_takes_its_antecedent_as_actor() -> None:
    text = "Kyiv repeated its request for air defences from Berlin, which has refused to send them."
    event = only(code(text), "REJECT")
    assert codes(event.actor) == ["DEU"]


def test_troops_kept_massed_are_moved_by_the_keeper() -> None:
    text = "NATO ministers met in Brussels as Russia kept 100,000 troops massed near Ukraine."
    event = only(code(text), "MOBILIZE")
    assert codes(event.actor) == ["RUS"]


def test_a_purpose_clause_names_whom_aid_is_for() -> None:
    text = "The European Union approved 300 million euros in loans to help Moldova pay for gas."
    event = only(code(text), "AID")
    assert codes(event.actor) == ["EU"]
    assert codes(event.recipient) == ["MDA"]


def test_an_uncoded_group_takes_the_country_it_is_placed_in() -> None:
    event = only(code("Rebels in Mali rejected the peace plan on Tuesday."), "REJECT")
    assert codes(event.actor) == ["MLI"]


def test_some_of_its_units_belong_to_the_country_named_before() -> None:
    text = (
        "Russia said some of its units near the border with Ukraine were returning to their bases."
    )
    event = only(code(text), "RETREAT")
    assert codes(event.actor) == ["RUS"]
    assert codes(event.recipient) == ["UKR"]
    assert event.status == "actual"


def test_an_announced_future_retreat_is_concede_an_offer_to_retreat_is_agree() -> None:
    announced = only(code("Russian units will return to their bases next week."), "CONCEDE")
    assert codes(announced.actor) == ["RUS"]
    offered = code("Armenia said it is willing to withdraw its troops from the border area.")
    assert [e.type for e in offered.events if e.polarity == "asserted"] == ["AGREE"]


def test_paintings_returned_to_a_country_are_still_cooperation() -> None:
    event = only(code("Italy returned two stolen paintings to Greece on Tuesday."), "COOPERATE")
    assert codes(event.recipient) == ["GRC"]


def test_reaffirmed_support_is_support_for_the_one_supported() -> None:
    event = only(code("Canada reaffirmed its support for Moldova on Tuesday."), "SUPPORT")
    assert codes(event.actor) == ["CAN"]
    assert codes(event.recipient) == ["MDA"]


def test_a_call_for_something_is_an_appeal_not_a_phone_call() -> None:
    document = code("Lithuania reiterated its call for more air defences on Tuesday.")
    assert [e.type for e in document.events] == ["REQUEST"]


def test_a_meeting_at_the_kremlin_is_a_visit_to_russia() -> None:
    event = only(code("Macron met Putin at the Kremlin on Monday."), "CONSULT")
    assert event.mode == "visit"
    assert codes(event.actor) == ["FRA"]
    assert codes(event.recipient) == ["RUS"]


def test_forces_sent_to_an_alliance_s_members_have_no_recipient() -> None:
    text = "Spain said it would deploy more forces to NATO's eastern members next month."
    event = only(code(text), "MOBILIZE")
    assert codes(event.actor) == ["ESP"]
    assert event.recipient == []


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Macron's visit to Moscow was seen as a last chance for talks.", "CONSULT", "FRA", "RUS"),
        ("The move was a response to Poland's expulsion of a Belarusian envoy.", "SANCTION",
         "POL", "BLR"),
    ],
)  # fmt: skip
def test_an_owned_event_noun_codes_on_its_own(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    event = only(code(text), event_type)
    assert codes(event.actor) == [actor]
    assert codes(event.recipient) == [recipient]


def test_aid_thanked_for_is_not_a_new_aid_event() -> None:
    document = code("Moldova's president thanked Romania for Romania's assistance on Tuesday.")
    assert "AID" not in [e.type for e in document.events]


def test_an_embassy_that_is_not_closing_is_a_negated_withdrawal() -> None:
    text = "The Dutch embassy in Kyiv is not closing, a foreign ministry spokesman said."
    event = only(code(text), "SANCTION")
    assert event.polarity == "negated"
    assert event.mode == "withdraw"
    assert codes(event.actor) == ["NLD"]
    assert codes(event.recipient) == ["UKR"]


def test_a_promise_told_to_a_leader_is_made_to_his_country() -> None:
    text = "Scholz told Zelensky that Germany was ready to guarantee a loan of 150 million euros."
    event = only(code(text), "AGREE")
    assert codes(event.actor) == ["DEU"]
    assert codes(event.recipient) == ["UKR"]


@pytest.mark.parametrize(
    ("text", "has_party"),
    [
        ("Neither side gave details of any new proposals.", False),
        ("No country has sent troops to Moldova.", False),
        ("None of the allies imposed sanctions on Belarus.", True),
    ],
)
def test_a_subject_that_denies_the_act_negates_it(text: str, has_party: bool) -> None:
    # A denied act with no party at all is not coded (see test_precision.py); one with a
    # party is coded negated.
    document = code(text)
    assert bool(document.events) == has_party
    assert all(e.polarity == "negated" for e in document.events)


def test_calling_something_a_name_is_no_phone_call() -> None:
    text = "Latvia began drills, its minister said, calling them a show of readiness."
    assert "CONSULT" not in [e.type for e in code(text).events]


def test_a_protest_against_a_country_has_it_as_recipient() -> None:
    text = (
        "Hundreds of Georgians marched in Tbilisi, chanting slogans against the Russian occupation."
    )
    event = only(code(text), "PROTEST")
    assert codes(event.actor) == ["GEO"]
    assert codes(event.recipient) == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Britain will impose sanctions on Belarus if it attacks Lithuania, London said.",
        "Talks in Vienna will resume only if Iran does not expel the inspectors.",
        "Warsaw warned that it would close the border in the event of an attack on Lithuania.",
    ],
)
def test_a_condition_is_not_coded_as_an_event(text: str) -> None:
    document = code(text)
    assert not [e for e in document.events if e.type in ("ASSAULT", "SANCTION", "EXPEL")]
    assert not [e for e in document.events if e.evidence.trigger in ("attacks", "expel", "attack")]


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        (
            "Polish Prime Minister Donald Tusk said the situation on the border was serious "
            "and accused Belarus of staging the crisis.",
            "ACCUSE",
            "BLR",
        ),
        (
            "Polish Prime Minister Donald Tusk said the risk of an incident was high "
            "and urged Minsk to pull back its forces.",
            "REQUEST",
            "BLR",
        ),
    ],
)
def test_a_speech_act_after_a_reported_state_of_affairs_is_the_speakers(
    text: str, event_type: str, recipient: str
) -> None:
    event = only(code(text), event_type)
    assert codes(event.actor) == ["POL"]
    assert codes(event.recipient) == [recipient]


def test_a_trip_to_meet_someone_is_one_visit_to_the_person_met() -> None:
    text = "Polish President Andrzej Duda flew to Brussels on Tuesday to meet EU leaders."
    document = code(text)
    event = only(document, "CONSULT")
    assert event.mode == "visit"
    assert codes(event.actor) == ["POL"] and codes(event.recipient) == ["EU"]


def test_an_invitation_to_visit_is_not_a_visit() -> None:
    text = "Lithuania's president invited Duda to visit Vilnius next month."
    document = code(text)
    assert [e.type for e in document.events] == ["AGREE"]
    assert [e for e in document.events if e.mode == "visit"] == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Joe Biden spoke with Vladimir Putin on Saturday. The Russian leader accused NATO "
            "of ignoring his demands. The two leaders agreed to keep talking.",
            ["USA", "RUS"],
        ),
        (
            "Russian and Ukrainian negotiators met in Belarus on Monday. "
            "Both sides agreed to meet again.",
            ["RUS", "UKR"],
        ),
    ],
)
def test_the_two_leaders_are_the_last_two_parties_named(text: str, parties: list[str]) -> None:
    event = only(code(text), "AGREE")
    assert sorted(codes(event.actor)) == sorted(parties)


def test_the_two_with_only_one_party_named_stays_unresolved() -> None:
    event = only(code("Putin spoke on Monday. The two leaders agreed to keep talking."), "AGREE")
    assert [c for c in codes(event.actor) if c] == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Britain will help Ukraine rebuild its air defences.", "UKR"),
        ("Germany helped Moldova with 50 million euros on Tuesday.", "MDA"),
    ],
)
def test_help_codes_when_someone_is_helped(text: str, recipient: str) -> None:
    (event,) = [e for e in code(text).events if e.evidence.trigger.startswith("help")]
    assert codes(event.recipient) == [recipient]


def test_helping_to_prevent_something_is_not_aid() -> None:
    text = (
        "Blinken told Wang that Beijing should use its influence with Moscow to help end the war."
    )
    assert [e for e in code(text).events if e.evidence.trigger.startswith("help")] == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Blinken told Wang that Beijing should use its influence with Moscow.", "USA", "CHN"),
        ("Germany should do more for Kyiv, Zelensky said on Tuesday.", "UKR", "DEU"),
    ],
)
def test_a_reported_obligation_is_the_reporters_request(
    text: str, actor: str, recipient: str
) -> None:
    event = only(code(text), "REQUEST")
    assert codes(event.actor) == [actor] and codes(event.recipient) == [recipient]
    assert (event.polarity, event.status) == ("asserted", "actual")


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the plan should be ready by March.",  # no actor is obliged
        "Germany should do more for Kyiv.",  # nobody reports it
        "Lavrov told Putin that Moscow should keep pursuing talks.",  # advice to its own side
    ],
)
def test_an_obligation_without_a_reporter_or_an_obliged_actor_is_no_request(text: str) -> None:
    assert [e for e in code(text).events if e.type == "REQUEST"] == []


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Japan froze Russian assets after Russia's invasion of Ukraine.", "SANCTION"),
        (
            "Canada expelled two Russian diplomats on Friday following Russia's invasion of "
            "Ukraine.",
            "SANCTION",
        ),
    ],
)
def test_the_background_event_is_less_confident_than_the_reported_one(text: str, main: str) -> None:
    events = code(text).events
    assert max(events, key=lambda e: e.confidence).type == main
    assert [e.type for e in events if e.type != main]  # the background is still coded


def test_a_repeated_request_is_a_request() -> None:
    event = only(code("Kyiv repeated its request for air defences from Berlin."), "REQUEST")
    assert codes(event.actor) == ["UKR"] and codes(event.recipient) == ["DEU"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Hackers attacked the websites of Poland's foreign ministry on Monday.", "POL"),
        ("Russian hackers attacked the servers of Lithuania's energy ministry.", "LTU"),
    ],
)
def test_an_attack_on_websites_is_cyber_coercion_of_their_owner(text: str, recipient: str) -> None:
    event = only(code(text), "COERCE")
    assert event.mode == "cyber" and codes(event.recipient) == [recipient]


def test_an_attack_on_positions_stays_an_assault() -> None:
    event = only(code("Russian forces attacked Ukrainian positions on Monday."), "ASSAULT")
    assert codes(event.recipient) == ["UKR"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Lithuania branded the Belarusian election a sham on Monday.", "LTU", "BLR"),
        ("Poland described the Russian strikes as war crimes.", "POL", "RUS"),
        ("The Czech premier called Lukashenko a dangerous dictator.", "CZE", "BLR"),
    ],
)
def test_a_damning_name_is_an_accusation(text: str, actor: str, recipient: str) -> None:
    event = only(code(text), "ACCUSE")
    assert event.evidence.trigger in ("branded", "described", "called")
    assert codes(event.actor) == [actor] and codes(event.recipient) == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "Macron called the talks a step forward.",
        "Kyiv called the drills a show of readiness rather than a provocation.",
    ],
)
def test_a_neutral_or_denied_name_is_no_accusation(text: str) -> None:
    assert [e for e in code(text).events if e.type == "ACCUSE"] == []


def test_a_name_beside_an_explicit_accusation_is_one_accusation() -> None:
    text = "The Kremlin called the shelling very dangerous and blamed Kyiv for it."
    event = only(code(text), "ACCUSE")
    assert event.evidence.trigger == "blamed"


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Sudan accused Sudanese rebels of shelling a market on Tuesday.", "ACCUSE", "SDN", "SDN"),
        ("Ethiopia imposed a curfew in the town of Gondar on Monday.", "COERCE", "ETH", "ETH"),
        ("Kenya lifted the state of emergency in Mombasa on Friday.", "CONCEDE", "KEN", "KEN"),
        ("Serbia eased the curfew in Kosovo on Sunday.", "CONCEDE", "SRB", "XKX"),
    ],
)
def test_a_country_acts_on_its_own_people(
    text: str, event_type: str, actor: str, recipient: str
) -> None:
    event = only(code(text), event_type)
    assert codes(event.actor) == [actor]
    assert codes(event.recipient) == [recipient]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Protesters marched through Minsk to demand the resignation of President Alexander "
            "Lukashenko.",
            "BLR",
        ),
        ("Teachers staged a hunger strike in protest of the Greek government's cuts.", "GRC"),
        ("Thousands of students demonstrated in Nairobi on Sunday.", "KEN"),
    ],
)
def test_a_protest_addresses_the_authority_it_names_or_the_place_it_is_held(
    text: str, recipient: str
) -> None:
    assert codes(only(code(text), "PROTEST").recipient) == [recipient]


def test_a_march_in_support_of_a_country_is_not_aimed_at_its_venue() -> None:
    event = only(
        code("Thousands marched in Berlin in solidarity with Ukraine on Sunday."), "PROTEST"
    )
    assert "DEU" not in codes(event.recipient)


def test_a_mediator_acts_and_the_parties_it_mediates_between_are_recipients() -> None:
    text = "Qatar launched a mediation effort between Ethiopia and Eritrea on Monday."
    event = only(code(text), "CONSULT")
    assert codes(event.actor) == ["QAT"]
    assert sorted(codes(event.recipient)) == ["ERI", "ETH"]


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        ("Germany welcomed Iran's statement on the nuclear talks.", "SUPPORT", "IRN"),
        ("Albania denounced Serbia's crackdown on ethnic Albanian protesters.", "ACCUSE", "SRB"),
        ("Police seized weapons from Kurdish rebels in Diyarbakir.", "COERCE", None),
    ],
)
def test_the_author_of_a_judged_object_is_the_recipient(
    text: str, event_type: str, recipient: str | None
) -> None:
    event = only(code(text), event_type)
    if recipient is not None:
        assert codes(event.recipient) == [recipient]
    else:
        assert [m.sector for m in event.recipient] == ["REB"]


def test_a_reported_obligation_absorbs_the_act_it_asks_for() -> None:
    text = "Macron said on Friday that Turkey must be ready to mediate between Russia and Ukraine."
    document = code(text)
    event = only(document, "REQUEST")
    assert codes(event.actor) == ["FRA"]
    assert codes(event.recipient) == ["TUR"]
    assert not [e for e in document.events if e.type == "AGREE"]


def test_a_reporter_only_placed_by_where_it_speaks_leaves_the_border_country() -> None:
    import eventwire

    text = "Russia massed 100,000 troops near the border with Ukraine, officials in Kyiv said."
    (event,) = eventwire.extract(text, published="2022-02-01").events
    assert event.type == "MOBILIZE" and [r.code for r in event.recipient] == ["UKR"]
