"""What the pages call the record's labels, and the view of one record the templates draw.

The check page's script gets the same words as JSON (`labels()`), so a reply reads the
same whether the server or the browser drew it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from empathos.render.console import HELP_LINE

RISK: Final = {
    "self_harm": "Your partner's words suggest they may be thinking about hurting themselves.",
    "violence": "Your partner's words suggest someone may be in danger of violence.",
    "abuse": "Your partner's words suggest they may be experiencing abuse.",
}
SAFETY_STEPS: Final = (
    "Put coaching aside: ask them directly how they are, stay with them, and get help together."
)
SEEKS: Final = {
    "empathy": "to feel heard and understood (empathy, not solutions)",
    "advice": "advice: they asked for a suggestion or information",
}
BLOCKS: Final = {
    "advice": "Advice they did not ask for: it fixes instead of hearing them.",
    "minimizing": "Minimizing: it makes what they feel smaller.",
    "defensiveness": "Defensiveness: it protects you instead of hearing them.",
    "criticism": "Criticism: it blames them.",
    "contempt": "Contempt: mockery or sarcasm, the most hurtful of all.",
    "dismissal": "Dismissal: it closes the conversation or changes the subject.",
    "self_focus": "Self-focus: it turns the talk to you.",
    "hostile_question": "A hostile question: a question asked with an edge.",
    "pressure": "Pressure: pushing when they asked for room.",
}
MECHANISMS: Final = {
    "emotional_reaction": "Warmth: you show you care",
    "interpretation": "Understanding: you put their feeling into words",
    "exploration": "Curiosity: you ask about what they feel",
    "validation": "Validation: you say their feeling makes sense",
}
DIMENSIONS: Final = (
    ("emotional_reactions", "Warmth"),
    ("interpretations", "Understanding"),
    ("explorations", "Curiosity"),
)
LEVELS: Final = {0: "none", 1: "weak", 2: "strong"}


def pretty(label: str) -> str:
    return label.replace("_", " ")


def labels() -> dict[str, Any]:
    return {
        "risk": RISK,
        "safety": SAFETY_STEPS,
        "help": HELP_LINE,
        "seeks": SEEKS,
        "blocks": BLOCKS,
        "mechanisms": MECHANISMS,
        "dimensions": DIMENSIONS,
        "levels": LEVELS,
    }


def segments(text: str, blocks: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The reply cut into plain runs and blocked runs (each with its kind and reason);
    overlapping blocks merge into the first."""
    out: list[dict[str, Any]] = []
    at = 0
    for block in sorted(blocks, key=lambda b: (int(b.get("start", 0)), -int(b.get("end", 0)))):
        start = max(at, min(len(text), int(block.get("start", 0))))
        end = max(start, min(len(text), int(block.get("end", 0))))
        if end <= start:
            continue
        if start > at:
            out.append({"text": text[at:start], "kind": None})
        kind = str(block.get("kind", ""))
        out.append({"text": text[start:end], "kind": kind, "why": BLOCKS.get(kind, pretty(kind))})
        at = end
    if at < len(text):
        out.append({"text": text[at:], "kind": None})
    return out


def record_view(record: Mapping[str, Any], reply: str | None) -> dict[str, Any]:
    """What check.html draws for one record."""
    partner: Mapping[str, Any] = record.get("partner") or {}
    risk = partner.get("risk")
    judged: Mapping[str, Any] | None = record.get("reply")
    view: dict[str, Any] = {
        "risk": None,
        "emotions": [
            {"label": pretty(str(e["label"])), "percent": round(float(e["score"]) * 100)}
            for e in (partner.get("emotions") or [])[:5]
        ],
        "seeks": SEEKS.get(str(partner.get("seeks")), pretty(str(partner.get("seeks", "")))),
        "feeling": partner.get("feeling"),
        "reply": None,
        "feedback": [
            {"skill": pretty(str(f.get("skill", ""))), "message": f.get("message", "")}
            for f in record.get("feedback") or []
        ],
        "suggestion": record.get("suggestion"),
    }
    if risk:
        view["risk"] = {
            "words": RISK.get(str(risk.get("kind")), "Your partner's words suggest a crisis."),
            "text": risk.get("text"),
            "steps": SAFETY_STEPS,
            "help": HELP_LINE,
        }
    if judged and reply:
        empathy: Mapping[str, Any] = judged.get("empathy") or {}
        strategy: Mapping[str, Any] = judged.get("strategy") or {}
        view["reply"] = {
            "score": judged.get("score"),
            "empathic": bool(judged.get("empathic")),
            "dimensions": [
                {"name": name, "level": LEVELS.get(int(empathy.get(key, 0)), "none")}
                for key, name in DIMENSIONS
            ],
            "strategy": pretty(str(strategy.get("label", ""))),
            "mechanisms": [MECHANISMS.get(m, pretty(m)) for m in judged.get("mechanisms") or []],
            "segments": segments(reply, judged.get("blocks") or []),
            "blocks": [
                {
                    "kind": pretty(str(b.get("kind"))),
                    "text": b.get("text", ""),
                    "why": BLOCKS.get(str(b.get("kind")), ""),
                }
                for b in judged.get("blocks") or []
            ],
        }
    return view
