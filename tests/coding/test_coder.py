"""The event coder on short wire-style sentences written for these tests.

Each test states one PLOVER rule or one contract promise and checks the coded events.
"""

from __future__ import annotations

import pytest
from event_checks import codes, only

import eventwire
from eventwire.schema import Document

PUBLISHED = "2022-02-14"  # a Monday


def code(text: str, published: str = PUBLISHED) -> Document:
    return eventwire.extract(text, published=published)


def test_visit_has_visitor_as_actor_and_host_country_as_recipient() -> None:
    event = only(code("Chancellor Olaf Scholz arrived in Kyiv on Monday."), "CONSULT")
    assert event.mode == "visit"
    assert codes(event.actor) == ["DEU"]
    assert codes(event.recipient) == ["UKR"]
    assert event.date == "2022-02-14"
    assert event.actor[0].role == "head of government"


def test_conditional_punishment_is_a_threat_against_the_target() -> None:
    document = code(
        "Scholz warned that Germany would impose sanctions on Russia if its troops invaded Ukraine."
    )
    event = only(document, "THREATEN")
    assert codes(event.actor) == ["DEU"]
    assert codes(event.recipient) == ["RUS"]
    assert event.polarity == "asserted"
    assert not [e for e in document.events if e.type == "SANCTION" and e.status == "actual"]


def test_phone_call_is_reciprocal_consult_phone_dated_from_the_weekday() -> None:
    event = only(
        code("President Joe Biden spoke with Volodymyr Zelensky by phone on Sunday."), "CONSULT"
    )
    assert event.mode == "phone"
    # A call with no host is reciprocal: every party is an actor (contract, PLOVER).
    assert codes(event.actor) == ["USA", "UKR"]
    assert event.recipient == []
    assert event.date == "2022-02-13"
    assert event.date_text == "Sunday"


def test_passive_voice_swaps_agent_into_actor() -> None:
    event = only(
        code("The proposal from Moscow was rejected by the United States on Friday."), "REJECT"
    )
    assert codes(event.actor) == ["USA"]
    assert event.date == "2022-02-11"


def test_negated_event_is_not_asserted() -> None:
    document = code("Germany has not sent weapons to Ukraine, the government said on Monday.")
    aid = [e for e in document.events if e.type == "AID"]
    assert aid, [(e.type, e.evidence.trigger) for e in document.events]
    assert all(e.polarity == "negated" for e in aid)


def test_compound_subject_gives_every_actor() -> None:
    event = only(code("France and Germany sent medical supplies to Ukraine on Tuesday."), "AID")
    assert sorted(codes(event.actor)) == ["DEU", "FRA"]
    assert codes(event.recipient) == ["UKR"]


def test_reciprocal_meeting_lists_both_parties() -> None:
    event = only(code("Talks between Russia and Ukraine took place in Minsk on Monday."), "CONSULT")
    assert sorted(codes(event.actor) + codes(event.recipient)) == ["RUS", "UKR"]


def test_future_cooperation_is_agree() -> None:
    document = code("The United States will send 3,000 troops to Poland next week.")
    assert not [e for e in document.events if e.status == "actual" and e.type == "AID"]


def test_reported_event_is_attributed_to_the_speaker() -> None:
    event = only(
        code("Russia has massed troops near the border, Secretary of State Antony Blinken said."),
        "MOBILIZE",
    )
    assert codes(event.actor) == ["RUS"]
    assert event.recipient == []
    assert event.attributed_to is not None
    assert event.attributed_to.name == "Antony Blinken"


@pytest.mark.parametrize(
    "text",
    [
        "If Russia invades, the European Union will impose sanctions on Moscow.",
        "In the event of an attack, NATO could send more troops to the region.",
    ],
)
def test_conditional_events_are_never_asserted_actual(text: str) -> None:
    for event in code(text).events:
        assert not (
            event.polarity == "asserted"
            and event.status == "actual"
            and event.type not in ("THREATEN",)
        ), event


def test_evidence_spans_point_into_the_text() -> None:
    text = "Lavrov met Truss in Moscow on Thursday. Truss urged Russia to withdraw its troops."
    document = code(text)
    assert document.events
    for event in document.events:
        start, end = event.evidence.span
        assert text[start:end] == event.evidence.sentence
        t_start, t_end = event.evidence.trigger_span
        assert text[t_start:t_end] == event.evidence.trigger
        assert start <= t_start < t_end <= end
        for mention in [*event.actor, *event.recipient]:
            assert text[mention.span[0] : mention.span[1]] == mention.text


def test_request_with_control_verb() -> None:
    event = only(code("Truss urged Russia to withdraw its troops from the border."), "REQUEST")
    assert codes(event.actor) == ["GBR"]
    assert codes(event.recipient) == ["RUS"]


def test_event_ids_are_stable() -> None:
    text = "Lavrov met Truss in Moscow on Thursday."
    assert [e.id for e in code(text).events] == [e.id for e in code(text).events]


def test_threat_is_aimed_at_the_aggressor_not_the_victim() -> None:
    event = only(
        code("Scholz warned that a Russian attack on Ukraine would bring severe sanctions."),
        "THREATEN",
    )
    assert codes(event.actor) == ["DEU"]
    assert codes(event.recipient) == ["RUS"]


def test_a_threat_told_to_a_leader_is_coded_for_the_speaker() -> None:
    document = code(
        "Biden told Putin that Russia would pay a heavy price if its forces crossed into Ukraine."
    )
    event = only(document, "THREATEN")
    assert codes(event.actor) == ["USA"]
    assert codes(event.recipient) == ["RUS"]
    # The invasion in the if-clause is the condition, never an asserted actual event.
    assert not [e for e in document.events if e.type == "ASSAULT" and e.status == "actual"]


def test_reporting_verb_without_a_threat_codes_nothing() -> None:
    document = code("Biden told reporters that the talks with Russia had been useful.")
    assert not [e for e in document.events if e.type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Oxfam said the aid cut would cost lives.",
        "The union said the closure would cost 2,000 jobs.",
    ],
)
def test_a_harm_foretold_is_no_threat(text: str) -> None:
    assert not [e for e in code(text).events if e.type == "THREATEN"]


def test_a_move_that_will_cost_a_party_dearly_is_a_threat() -> None:
    event = only(code("Russia said the move would cost Kyiv dearly."), "THREATEN")
    assert codes(event.actor) == ["RUS"]


def test_role_nouns_and_pronouns_resolve_to_people_named_before() -> None:
    document = code(
        "Russian President Vladimir Putin met German Chancellor Olaf Scholz in Moscow on Tuesday. "
        "The chancellor urged him to pull back the troops."
    )
    event = only(document, "REQUEST")
    assert event.actor[0].name == "Olaf Scholz" and codes(event.actor) == ["DEU"]
    assert codes(event.recipient) == ["RUS"]  # "him" is Putin, not the chancellor himself


def test_a_meeting_in_one_partys_country_is_a_visit() -> None:
    event = only(code("Liz Truss met Sergei Lavrov in Moscow on Thursday."), "CONSULT")
    assert (event.mode, codes(event.actor), codes(event.recipient)) == ("visit", ["GBR"], ["RUS"])


def test_unknown_officials_take_their_country_from_the_title() -> None:
    document = code(
        "Gambian Foreign Minister Ousman Jallow met his Senegalese counterpart in Dakar."
    )
    event = only(document, "CONSULT")
    assert "GMB" in codes(event.actor)
    assert event.actor[0].name == "Ousman Jallow"


def test_first_person_in_a_quote_is_the_speaker() -> None:
    document = code(
        '"We call on Moscow to withdraw its forces," Secretary of State Antony Blinken said.'
    )
    event = only(document, "REQUEST")
    assert codes(event.actor) == ["USA"] and codes(event.recipient) == ["RUS"]


def test_declining_to_comment_is_not_a_rejection() -> None:
    assert not code("The Kremlin declined to comment on the report.").events


def test_readiness_for_talks_is_an_offer() -> None:
    event = only(code('"We are ready for a serious dialogue with Russia," Scholz said.'), "AGREE")
    assert codes(event.actor) == ["DEU"] and codes(event.recipient) == ["RUS"]


def test_the_demand_is_the_last_other_partys_act() -> None:
    document = code(
        "Truss urged Moscow to pull its forces back from the border. "
        "Lavrov rejected the demand on Thursday."
    )
    event = only(document, "REJECT")
    assert codes(event.actor) == ["RUS"] and codes(event.recipient) == ["GBR"]


def test_troops_sent_to_an_ally_have_no_recipient_but_massed_at_a_border_do() -> None:
    sent = only(code("Britain will send 350 more troops to Poland."), "MOBILIZE")
    assert sent.recipient == [] and sent.status == "future"
    massed = only(code("Russia has massed 100,000 troops near Ukraine's border."), "MOBILIZE")
    assert codes(massed.recipient) == ["UKR"]


def test_failing_to_agree_is_a_rejection_and_breaking_off_talks_a_sanction() -> None:
    failed = only(code("Serbia and Kosovo failed to reach agreement on Monday."), "REJECT")
    assert failed.polarity == "asserted"
    ended = only(code("The envoy ended mediation efforts between the two sides."), "SANCTION")
    assert ended.mode == "discontinue"


def test_coordinated_nationalities_are_all_actors() -> None:
    event = only(
        code("Senior Hungarian and Romanian officials agreed to reopen the crossing."), "AGREE"
    )
    assert sorted(codes(event.actor)) == ["HUN", "ROU"]


def test_offering_troops_is_an_offer_and_tightening_a_blockade_a_threat() -> None:
    offer = code("Poland offered its troops to the Baltic states on Monday.")
    assert [e.type for e in offer.events] == ["AGREE"]
    ready = code("Italy is ready to contribute 500 troops to the peacekeeping force in Lebanon.")
    assert [e.type for e in ready.events] == ["AGREE"]
    tighter = only(code("The navy said it would tighten the blockade of the port."), "THREATEN")
    assert tighter.mode == "restrict" and tighter.status == "actual"
    lifted = code("The army lifted the blockade of the port on Friday.")
    assert [e.type for e in lifted.events] == ["RETREAT"]


def test_a_second_verb_shares_the_first_ones_future_and_its_negation_with_or() -> None:
    document = code("Germany will not send troops or supply weapons to the rebels.")
    assert {(e.type, e.polarity, e.status) for e in document.events} == {
        ("MOBILIZE", "negated", "future"),
        ("AID", "negated", "future"),
    }


def test_what_a_resolution_aims_to_do_is_not_the_supporters_threat() -> None:
    document = code(
        "Austria said it will support a resolution that aims to tighten sanctions "
        "and impose a naval blockade against Serbia."
    )
    agree = only(document, "AGREE")
    assert codes(agree.actor) == ["AUT"]
    assert not [
        e for e in document.events if e.type in ("THREATEN", "ACCUSE") and codes(e.actor) == ["AUT"]
    ]
    assert max(document.events, key=lambda e: e.confidence).type == "AGREE"


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        ("Moldova lifted the state of emergency in the capital on Friday.", "CONCEDE", None),
        ("The government accepted the demands of the striking miners.", "CONCEDE", None),
        ("Opposition parties organized a general strike in Tbilisi.", "PROTEST", "strike"),
        (
            "Militia fighters were engaged in ethnic cleansing in the valley.",
            "ASSAULT",
            "unconventional",
        ),
        ("The junta declared a state of siege in the capital.", "COERCE", "martial-law"),
        ("Finnish and Swedish warships began joint war games in the Baltic.", "COOPERATE", None),
        ("The ministry banned two opposition parties on Tuesday.", "COERCE", "restrict"),
        ("The parliament outlawed the nationalist movement.", "COERCE", "restrict"),
        ("Irish peacekeepers arrived in Lebanon on Monday.", "AID", None),
        ("The agency dispatched inspectors to the plant in Iran.", "ACCUSE", "investigate"),
        ("The Chinese embassy protested to Tokyo over the visit.", "ACCUSE", "disapprove"),
    ],
)
def test_plover_categories_told_by_the_object_or_the_subject(
    text: str, event_type: str, mode: str | None
) -> None:
    event = max(code(text).events, key=lambda e: e.confidence)
    assert (event.type, event.mode) == (event_type, mode), event


def test_a_refusal_is_a_rejection_and_a_vow_to_fight_a_threat() -> None:
    for text in (
        "Serbia said it will not accept any more refugees from Kosovo.",
        "The minister said he would not meet the strikers' demands.",
        "Hungary did not allow the convoy to cross the border.",
        "The premier has refused to respond to a demand from Washington.",
    ):
        events = code(text).events
        assert [(e.type, e.polarity) for e in events if e.type == "REJECT"] == [
            ("REJECT", "asserted")
        ], (text, events)
    vow = code("Rebel commanders have sworn to fight until they take the town, officials said.")
    assert [e.type for e in vow.events] == ["THREATEN"]
    assert codes(vow.events[0].actor) != codes(vow.events[0].recipient)


def test_a_description_is_not_an_event() -> None:
    document = code("Protesters rallied against the alleged abuses by the police in Minsk.")
    assert not [e for e in document.events if e.type == "ACCUSE"]
    refusal = code(
        "Refugees went on hunger strike in protest of the government's refusal to accept them."
    )
    assert not [e for e in refusal.events if e.type == "AGREE" and e.polarity == "asserted"]


def test_what_a_party_denies_is_not_asserted() -> None:
    for text in (
        "The ministry denied that its forces had struck the port.",
        "The army dismissed reports that its units had shelled the town and killed two people.",
    ):
        document = code(text)
        assert not [e for e in document.events if e.type == "ASSAULT" and e.polarity == "asserted"]


def test_an_attack_on_a_named_place_is_aimed_at_its_country() -> None:
    invasion = only(
        code("Russian forces launched an invasion of Ukraine, officials in Kyiv said."), "ASSAULT"
    )
    assert codes(invasion.recipient) == ["UKR"]
    shelled = only(code("Russian troops shelled the town of Enerhodar on Thursday."), "ASSAULT")
    assert codes(shelled.recipient) == ["UKR"]
    nearby = only(
        code("Inspectors from the IAEA arrived at the plant despite shelling nearby."), "ASSAULT"
    )
    assert nearby.actor == []


def test_the_parties_an_article_implies() -> None:
    document = code(
        "Russia fired missiles at Ukraine on Monday. Ukraine shelled Russian positions. "
        "Brazil called on both sides to show restraint. Chile condemned the strikes."
    )
    appeal = only(document, "REQUEST")
    assert sorted(codes(appeal.recipient)) == ["RUS", "UKR"]
    condemned = only(document, "ACCUSE")
    assert codes(condemned.recipient) == ["UKR"]  # the last party that struck


def test_refugees_received_are_aid_and_a_promise_goes_to_whom_it_names() -> None:
    received = only(code("Moldova has taken in 90,000 refugees from Ukraine."), "AID")
    assert codes(received.actor) == ["MDA"]
    ready = only(code("Poland said it was ready to receive refugees."), "AGREE")
    assert codes(ready.actor) == ["POL"]
    promise = only(code("Germany promised to send an air defence system to Ukraine."), "AGREE")
    assert codes(promise.recipient) == ["UKR"]


def test_a_date_in_a_description_does_not_date_the_event() -> None:
    event = only(
        code("Russia, whose troops have held the plant since March, accused Kyiv of shelling it."),
        "ACCUSE",
    )
    assert event.date == PUBLISHED and event.date_basis == "published"


def test_retreats_told_with_particles_and_places() -> None:
    pulled = only(code("Russia pulled back some troops from the border with Ukraine."), "RETREAT")
    assert (pulled.mode, codes(pulled.recipient)) == ("withdraw", ["UKR"])
    withdrew = only(code("Syria withdrew its troops from Lebanon on Tuesday."), "RETREAT")
    assert codes(withdrew.recipient) == ["LBN"]
    reduced = code("Russia said it would drastically reduce military activity around Kyiv.")
    assert [e.type for e in reduced.events] == ["CONCEDE"]  # an announced retreat
    denied = code(
        "The ministry denied that its troops had fired on civilians and called the report a lie."
    )
    assert [(e.type, e.polarity) for e in denied.events if e.type == "ACCUSE"] == [
        ("ACCUSE", "asserted")
    ]


def test_parties_found_through_the_parsers_slips() -> None:
    offer = only(code("Washington had offered Moscow talks on missile limits."), "AGREE")
    assert codes(offer.recipient) == ["RUS"]
    loans = code("The bloc approved loans to help Ukraine weather the crisis.").events
    approved = next(e for e in loans if e.evidence.trigger == "approved loans")
    assert codes(approved.recipient) == ["UKR"]
    school = code("Shells struck a school in the village of Vrubivka in Ukraine's Luhansk region.")
    struck = next(e for e in school.events if e.evidence.trigger == "struck")
    assert codes(struck.recipient) == ["UKR"]


def test_a_possibility_is_not_an_act_and_a_noun_keeps_its_own_date() -> None:
    able = code("The attack did not affect the ability of the army to deploy troops.")
    assert not [e for e in able.events if e.type == "MOBILIZE" and e.status == "actual"]
    accused = only(code("Putin accused Kyiv of sabotaging the peace agreements of 2015."), "ACCUSE")
    assert accused.date == PUBLISHED


def test_orders_grants_and_a_climb_down() -> None:
    ordered = only(code("Putin ordered the Russian army to deploy there on Monday."), "MOBILIZE")
    assert codes(ordered.actor) == ["RUS"] and ordered.recipient == []
    status = code("EU leaders granted Ukraine and Moldova the status of candidates on Thursday.")
    assert not [e for e in status.events if e.type == "AID"]
    asylum = only(code("Peru has granted asylum to five Panamanian officers."), "AID")
    assert codes(asylum.recipient) == ["PAN"]
    climb = code("Orban had threatened to block the decision but backed down after talks.")
    assert sorted(e.type for e in climb.events) == ["CONCEDE", "THREATEN"]


def test_a_denied_stop_exchanges_and_jets() -> None:
    shelling = only(code("Officials said the army had not stopped shelling the roads."), "ASSAULT")
    assert shelling.polarity == "asserted"
    stopped = only(code("The army stopped shelling the roads on Monday."), "ASSAULT")
    assert stopped.polarity == "negated"
    swap = only(code("Armenia and Azerbaijan exchanged prisoners on Tuesday."), "RETREAT")
    assert (swap.mode, sorted(codes(swap.actor)), swap.recipient) == ("release", ["ARM", "AZE"], [])
    jets = only(code("The United States will not send fighter jets to Ukraine."), "AID")
    assert (jets.polarity, jets.status) == ("negated", "future")


def test_a_venue_is_not_what_they_stands_for() -> None:
    document = code(
        "Serbia and Kosovo held talks in Brussels on Monday and said they would meet again."
    )
    assert all("EU" not in codes(e.actor) for e in document.events)


def test_they_after_two_coordinated_parties_is_both() -> None:
    document = code("Germany and France sent troops to Mali. They withdrew them in 2022.")
    withdrew = only(document, "RETREAT")
    assert sorted(codes(withdrew.actor)) == ["DEU", "FRA"]
