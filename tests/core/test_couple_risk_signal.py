"""Crisis from the learned risk head (Signals.risk) next to the phrase patterns."""

from __future__ import annotations

import pytest

from empathos.core.couple import assess
from empathos.core.couple.risk import HYPERBOLE_BAR, find_risk, model_quote, pattern_risk
from empathos.core.labels import EMOTIONS, RISK_KINDS
from empathos.core.types import Request, Signals

NEUTRAL = tuple([1 / len(EMOTIONS)] * len(EMOTIONS))


def signals(self_harm: float, violence: float, abuse: float, threshold: float = 0.3) -> Signals:
    return Signals(NEUTRAL, risk=(self_harm, violence, abuse), risk_threshold=threshold)


# Worded so that no pattern fires: only the model can see these.
UNSEEN = "ok so. i sorted out who gets my records and my guitar. just so its done"


def test_unseen_wording_is_missed_by_patterns() -> None:
    assert pattern_risk(UNSEEN) is None
    assert find_risk(UNSEEN) is None
    assert find_risk(UNSEEN, Signals(NEUTRAL)) is None  # no risk model shipped


def test_model_above_threshold_flags_with_argmax_kind() -> None:
    risk = find_risk(UNSEEN, signals(0.6, 0.05, 0.1))
    assert risk is not None
    assert risk.kind == "self_harm"
    assert risk.text and risk.text in UNSEEN


def test_model_below_threshold_stays_quiet() -> None:
    assert find_risk(UNSEEN, signals(0.1, 0.05, 0.1)) is None


def test_the_bar_is_the_summed_probability() -> None:
    # No kind alone reaches 0.3, together they do: any crisis counts.
    risk = find_risk(UNSEEN, signals(0.12, 0.08, 0.14))
    assert risk is not None
    assert risk.kind == "abuse"


@pytest.mark.parametrize(
    ("probs", "kind"),
    [((0.1, 0.7, 0.1), "violence"), ((0.05, 0.2, 0.6), "abuse"), ((0.5, 0.1, 0.2), "self_harm")],
)
def test_kind_is_the_argmax(probs: tuple[float, float, float], kind: str) -> None:
    risk = find_risk(UNSEEN, signals(*probs))
    assert risk is not None and risk.kind == kind
    assert RISK_KINDS.index(kind) == max(range(3), key=probs.__getitem__)


def test_patterns_win_on_kind_and_words_when_they_fire() -> None:
    partner = "He hit me last night."
    risk = find_risk(partner, signals(0.8, 0.05, 0.05))
    assert risk is not None
    assert risk.kind == "violence"  # not the model's argmax, self_harm
    assert risk == pattern_risk(partner)


def test_patterns_fire_without_a_model_and_below_threshold() -> None:
    partner = "I've been thinking about killing myself."
    for s in (Signals(NEUTRAL), signals(0.0, 0.0, 0.0)):
        risk = find_risk(partner, s)
        assert risk is not None and risk.kind == "self_harm"


@pytest.mark.parametrize(
    ("partner", "expected"),
    [
        (
            "work was long. anyway i counted the pills in the cabinet again, all of them. night",
            "anyway i counted the pills in the cabinet again",
        ),
        (
            "Dinner was fine. He grabbed my neck in the car and I couldn't breathe.",
            "He grabbed my neck in the car and I couldn't breathe.",
        ),
        ("nobody gets it lol, whatever, see u sunday", None),
    ],
)
def test_model_quote_points_at_the_cue_words(partner: str, expected: str | None) -> None:
    quote = model_quote(partner)
    assert quote and quote in partner
    if expected is not None:
        assert quote == expected


def test_model_quote_falls_back_to_the_first_200_characters() -> None:
    partner = "   " + "blah " * 80
    quote = model_quote(partner)
    assert quote in partner
    assert quote == partner.strip()[:200].rstrip()
    assert model_quote("hmm ok") == "hmm ok"


@pytest.mark.parametrize("partner", ["this job is killing me", "dead tired lol", "my phone died"])
def test_hyperbole_alone_needs_a_confident_model(partner: str) -> None:
    below = HYPERBOLE_BAR - 0.05
    assert find_risk(partner, signals(below, 0.0, 0.0, threshold=0.3)) is None
    risk = find_risk(partner, signals(HYPERBOLE_BAR, 0.0, 0.0, threshold=0.3))
    assert risk is not None and risk.text in partner


def test_hyperbole_next_to_a_real_cue_keeps_the_model_threshold() -> None:
    partner = "this job is killing me. and i keep thinking about the bridge"
    risk = find_risk(partner, signals(0.4, 0.0, 0.0, threshold=0.3))
    assert risk is not None
    assert risk.text == "and i keep thinking about the bridge"


def test_a_higher_model_threshold_is_kept_for_hyperbole() -> None:
    assert find_risk("dead tired lol", signals(0.85, 0.0, 0.0, threshold=0.9)) is None


def test_assess_uses_the_risk_head_and_puts_safety_first() -> None:
    result = assess(Request(UNSEEN), signals(0.7, 0.0, 0.1))
    assert result.risk is not None and result.risk.kind == "self_harm"
    assert result.feedback  # the safety note comes even without a reply
    assert assess(Request(UNSEEN), Signals(NEUTRAL)).risk is None
