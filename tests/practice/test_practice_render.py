"""The terminal pieces of practice mode render plain data without surprises."""

from __future__ import annotations

from rich.console import Console

from empathos.practice import scoring
from empathos.render import practice as render


def _text(renderable: object) -> str:
    console = Console(width=100, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_thresholds_match_scoring() -> None:
    assert render.HEARD_AT == scoring.HEARD_AT


def test_bar_and_sparkline() -> None:
    assert render.bar(0).plain == "░" * 20
    assert render.bar(100).plain == "█" * 20
    assert render.bar(50, width=10).plain == "█████░░░░░"
    assert render.sparkline([0, 50, 100]) == "▁▄█"


def test_turn_note_names_what_landed_and_blocked() -> None:
    note = render.turn_note({"reasons": {"validation": 10, "advice": -8, "score": 2}}).plain
    assert "validation" in note and "advice they didn't ask for" in note
    assert "nothing in particular" in render.turn_note({"reasons": {"score": -2}}).plain


def test_debrief_view_groups_quotes() -> None:
    result = {
        "felt_heard": [20, 0, 30],
        "debrief": {
            "summary": "Maya gave up.",
            "worked": [{"turn": 2, "mechanism": "validation", "quote": "Of course."}],
            "blocked": [
                {"turn": 1, "kind": "advice", "quote": "Relax."},
                {"turn": 1, "kind": "minimizing", "quote": "Relax."},
            ],
            "alternative": {
                "turn": 1,
                "reply": "Relax.",
                "change": -20,
                "suggestion": "Oh no.",
                "source": "engine",
            },
            "skills": {"validation": 0.5},
        },
    }
    out = _text(render.debrief_view(result, {"validation": "Validation"}))
    assert "reply 1, advice they didn't ask for, minimizing: “Relax.”" in out
    assert "A warmer way to say reply 1" in out and "Oh no." in out
    assert "Validation" in out and "50%" in out
    assert "20 → 0 → 30" in out
