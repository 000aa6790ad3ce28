"""Reflect before reacting: does a draft of *mine* show heat?

Pure. Reads contract-shaped data: the emotions the engine reads in the draft's own
text (`[{"label", "score"}]`, as in `record["partner"]["emotions"]` when the draft is
analyzed as a message) and the blocks found in it (`[{"kind", ...}]`). Heat is the
Four Horsemen showing up (criticism, contempt, defensiveness, or a question with an
edge) or anger, annoyance or disgust read with high probability.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

HEAT_EMOTIONS: Final = ("anger", "annoyance", "disgust")
# High: a draft that merely mentions a problem reads near 0.3 for annoyance; the
# emotion thresholds the engine ships sit between 0.2 and 0.5, so heat asks for more.
HEAT_PROB: Final = 0.5
HEAT_BLOCKS: Final = ("criticism", "contempt", "defensiveness", "hostile_question")


@dataclass(frozen=True)
class Heat:
    emotions: tuple[str, ...]  # heated emotion labels, strongest first
    blocks: tuple[str, ...]  # heated block kinds, in the order found

    def to_dict(self) -> dict[str, Any]:
        return {"emotions": list(self.emotions), "blocks": list(self.blocks)}


def read_heat(
    emotions: Iterable[Mapping[str, Any]], blocks: Iterable[Mapping[str, Any]] = ()
) -> Heat | None:
    """The heat in a draft, or None when it reads calm."""
    hot = sorted(
        (e for e in emotions if e.get("label") in HEAT_EMOTIONS and _score(e) >= HEAT_PROB),
        key=lambda e: -_score(e),
    )
    kinds: list[str] = []
    for block in blocks:
        kind = str(block.get("kind"))
        if kind in HEAT_BLOCKS and kind not in kinds:
            kinds.append(kind)
    if not hot and not kinds:
        return None
    return Heat(tuple(str(e["label"]) for e in hot), tuple(kinds))


def _score(emotion: Mapping[str, Any]) -> float:
    score = emotion.get("score")
    return float(score) if isinstance(score, int | float) else 0.0


_WORDS: Final = {
    "anger": "anger",
    "annoyance": "annoyance",
    "disgust": "disgust",
    "criticism": "criticism",
    "contempt": "contempt",
    "defensiveness": "defensiveness",
    "hostile_question": "a question with an edge",
}


def heat_message(heat: Heat) -> str:
    """A kind, plain sentence: what was noticed, and that a pause is an option."""
    seen = [_WORDS[k] for k in (*heat.emotions, *heat.blocks)]
    listed = seen[0] if len(seen) == 1 else ", ".join(seen[:-1]) + " and " + seen[-1]
    return (
        f"This draft carries some heat ({listed}). That makes sense when you're hurt "
        "or stirred up, and it's also when words land hardest. A short pause before "
        "sending can help: try `empathos pause`, then take a second look."
    )
