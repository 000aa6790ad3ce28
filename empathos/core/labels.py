"""The fixed label sets of the analysis contract (shared/spec/analysis.md).

Outside evaluation reads these names: never rename or reorder them.
"""

from __future__ import annotations

from typing import Final, Literal

EMOTIONS: Final = (
    "admiration",
    "amusement",
    "anger",
    "annoyance",
    "approval",
    "caring",
    "confusion",
    "curiosity",
    "desire",
    "disappointment",
    "disapproval",
    "disgust",
    "embarrassment",
    "excitement",
    "fear",
    "gratitude",
    "grief",
    "joy",
    "love",
    "nervousness",
    "optimism",
    "pride",
    "realization",
    "relief",
    "remorse",
    "sadness",
    "surprise",
    "neutral",
)

EMPATHY_DIMENSIONS: Final = ("emotional_reactions", "interpretations", "explorations")
EMPATHY_LEVELS: Final = (0, 1, 2)

STRATEGIES: Final = (
    "question",
    "restatement_or_paraphrasing",
    "reflection_of_feelings",
    "self_disclosure",
    "affirmation_and_reassurance",
    "providing_suggestions",
    "information",
    "others",
)

MECHANISMS: Final = ("emotional_reaction", "interpretation", "exploration", "validation")

BLOCK_KINDS: Final = (
    "advice",
    "minimizing",
    "defensiveness",
    "criticism",
    "contempt",
    "dismissal",
    "self_focus",
    "hostile_question",
)

SKILLS: Final = (
    "resonance",
    "cognitive_empathy",
    "self_regulation",
    "active_listening",
    "validation",
    "openness",
    "presence",
    "nonverbal_cues",
    "reflect_before_reacting",
    "compassionate_action",
    "curiosity",
)

RISK_KINDS: Final = ("self_harm", "violence", "abuse")

PARTNER_NEEDS: Final = ("listen", "reassurance", "touch", "advice", "space", "distraction")

Seeks = Literal["empathy", "advice"]
Speaker = Literal["partner", "me"]
