"""What the partner needs (empathy or advice), and crisis signals in their words."""

from __future__ import annotations

import pytest

from empathos.core.couple.risk import find_risk
from empathos.core.couple.seeks import find_seeks
from empathos.core.types import Request, Turn


@pytest.mark.parametrize(
    "partner",
    [
        "Should I take the job in Denver?",
        "what should i do about my sister",
        "Any ideas for his birthday?",
        "Can you help me decide between the two apartments?",
        "how do i tell my mom we're not coming",
        "I need your advice on something.",
        "Need your input: do I take the offer in Austin or stay put?",
        "ok real question, do i text her back or leave her on read?",
        "Do we go to your parents' or mine for Christmas this year?",
        "two formulas are fine, so which one do i go with",
        "Claire asked me to help with his reading. How would you approach it?",
        "Can you help me word a message to the landlord about the mould?",
        "can you tell me if this email sounds too rude?",
        "just tell me which one, my brain is cooked",
        "Ought we to sell the house, or stay where our friends are?",
        "so do i take the job or not?",
        "new place pays more but it's across town. take it or stay?",
        "camping or a city break this summer? need a decision by tonight",
        "thoughts on raising prices 50 cents?",
        "no idea what to get her for her birthday. help??",
        "what do you think about us moving somewhere smaller",
    ],
)
def test_explicit_asks_seek_advice(partner: str) -> None:
    assert find_seeks(Request(partner)) == "advice"


@pytest.mark.parametrize(
    "partner",
    [
        "My boss tore apart my presentation in front of everyone.",
        "Why does this always happen to me?",
        "how do i even deal with people like that",
        "I'm so worried about the test results.",
        "You forgot our anniversary.",
        "do i look like i care or what?",
        "is it me or is he being rude?",
        "help, I can't stop crying",
        "what do you think I am, your maid?",
    ],
)
def test_sharing_and_rhetorical_questions_seek_empathy(partner: str) -> None:
    assert find_seeks(Request(partner)) == "empathy"


@pytest.mark.parametrize(
    "partner",
    [
        "I just need to vent. What should I do with a boss like that?",
        "Don't fix it, just listen. Should I even bother anymore?",
        "not looking for advice but should i text him??",
    ],
)
def test_venting_overrides_any_question(partner: str) -> None:
    assert find_seeks(Request(partner)) == "empathy"


def test_needs_card_does_not_change_seeks() -> None:
    request = Request("I had an awful day.", partner_needs=("advice", "listen"))
    assert find_seeks(request) == "empathy"


def test_an_earlier_turn_can_carry_the_ask() -> None:
    context = (Turn("partner", "Should I take the Berlin transfer?"),)
    assert find_seeks(Request("I'd be far from my family.", context=context)) == "advice"
    vent = (*context, Turn("partner", "actually, I just need to vent"))
    assert find_seeks(Request("I'd be far from my family.", context=vent)) == "empathy"


def test_an_ask_stays_open_over_later_turns_until_the_reply_writer_speaks() -> None:
    asked = Turn("partner", "Can you help me think through whether to quit?")
    more = Turn("partner", "I've been miserable there for a year.")
    partner = "I keep going around in circles."
    assert find_seeks(Request(partner, context=(asked, more))) == "advice"
    answered = (asked, Turn("me", "Of course. What's the worst part?"), more)
    assert find_seeks(Request(partner, context=answered)) == "empathy"


@pytest.mark.parametrize(
    ("partner", "kind"),
    [
        ("I don't want to be here anymore.", "self_harm"),
        ("sometimes i think everyone would be better off without me", "self_harm"),
        ("I want to disappear.", "self_harm"),
        ("I cut myself again last night", "self_harm"),
        ("I've been thinking about an overdose.", "self_harm"),
        ("He hit me last night.", "violence"),
        ("he pushed me into the wall", "violence"),
        ("I'm going to kill him.", "violence"),
        ("I'm scared of him.", "abuse"),
        ("He won't let me leave the house.", "abuse"),
        ("He controls my money and checks my phone.", "abuse"),
        ("I'm afraid to go home.", "abuse"),
    ],
)
def test_crisis_is_flagged_with_the_partners_own_words(partner: str, kind: str) -> None:
    risk = find_risk(partner)
    assert risk is not None
    assert risk.kind == kind
    assert risk.text and risk.text in partner


@pytest.mark.parametrize(
    "partner",
    [
        "This job is killing me.",
        "I could kill for a coffee.",
        "I'm dying to see you!",
        "I'm killing it at work lately.",
        "dead tired after that shift",
        "My phone died.",
        "The deadline is killing me.",
        "He pushed me to apply for the promotion.",
        "My mom is going to kill me when she sees the car.",
        "Hit me up when you're free.",
        "My boss won't let me leave early on Fridays.",
        "I could just die of embarrassment.",
    ],
)
def test_everyday_hyperbole_is_not_a_crisis(partner: str) -> None:
    assert find_risk(partner) is None
