"""Reflect before reacting: heat in my own draft."""

from __future__ import annotations

from empathos.selfreg.heat import HEAT_PROB, heat_message, read_heat


def test_calm_draft_has_no_heat() -> None:
    assert read_heat([{"label": "sadness", "score": 0.9}], [{"kind": "advice"}]) is None
    assert read_heat([{"label": "anger", "score": HEAT_PROB - 0.01}]) is None


def test_hot_emotions_and_blocks() -> None:
    heat = read_heat(
        [{"label": "annoyance", "score": 0.6}, {"label": "anger", "score": 0.9}],
        [{"kind": "criticism"}, {"kind": "criticism"}, {"kind": "contempt"}],
    )
    assert heat is not None
    assert heat.emotions == ("anger", "annoyance")
    assert heat.blocks == ("criticism", "contempt")
    message = heat_message(heat)
    assert "anger, annoyance, criticism and contempt" in message
    assert "empathos pause" in message


def test_a_block_alone_is_heat() -> None:
    heat = read_heat([], [{"kind": "hostile_question"}])
    assert heat is not None and "a question with an edge" in heat_message(heat)
