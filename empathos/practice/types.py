"""Plain value types of practice mode: scenarios, partner lines, the curriculum.

Frozen dataclasses, no I/O: `schema.py` builds them from parsed TOML and
`library.py` reads the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

from empathos.core.labels import SKILLS

# What the partner needs from this conversation. Each maps to the engine's needs card
# (`partner_needs` of the analysis request) in `scoring.engine_needs`.
NEEDS: Final = ("to_be_heard", "reassurance", "a_plan", "space")

# The partner's states. The first four answer a reply and keep the conversation going;
# the last two close it.
STATES: Final = ("opening_up", "guarded", "withdrawing", "escalating", "heard", "gave_up")
OPEN_STATES: Final = ("opening_up", "guarded", "withdrawing", "escalating")
CLOSING_STATES: Final = ("heard", "gave_up")

THEMES: Final = (
    "work",
    "family",
    "in_laws",
    "health",
    "money",
    "chores",
    "parenting",
    "friends",
    "jealousy",
    "grief",
    "relationship",
)

# support: the partner is hurting about something outside the two of you.
# criticism: the partner is upset with *you*; the skill is to hear it without defending.
DIRECTIONS: Final = ("support", "criticism")

GENDERS: Final = ("woman", "man", "nonbinary")

# Curriculum entries beyond the engine's feedback skills (labels.SKILLS). The engine
# never names these in `feedback`; practice scores them from the reply's words.
CURRICULUM_ONLY: Final = (
    "self_other_boundary",  # a component of empathy: their feeling stays theirs
    "asking_needs",  # an everyday skill: asking what they need instead of guessing
)
CURRICULUM_IDS: Final = (*SKILLS, *CURRICULUM_ONLY)

MIN_VARIANTS: Final = {"opening_up": 3}  # every other state needs DEFAULT_MIN_VARIANTS
DEFAULT_MIN_VARIANTS: Final = 2
MIN_MODEL_ANSWERS: Final = 3

Need = Literal["to_be_heard", "reassurance", "a_plan", "space"]
State = Literal["opening_up", "guarded", "withdrawing", "escalating", "heard", "gave_up"]
Direction = Literal["support", "criticism"]
Outcome = Literal["heard", "gave_up", "turns_out", "answers_out", "quit"]


@dataclass(frozen=True)
class Partner:
    name: str
    gender: str  # one of GENDERS
    pronouns: str  # "she/her", "he/him", "they/them"


@dataclass(frozen=True)
class Scenario:
    """One practice conversation. `responses` has every state of STATES."""

    id: str
    title: str
    theme: str
    direction: Direction
    situation: str  # what happened, told to the user
    partner: Partner
    opening: str  # the partner's first message
    emotions: tuple[str, ...]  # GoEmotions labels
    need: Need
    skills: tuple[str, ...]  # CURRICULUM_IDS
    difficulty: int  # 1-3
    responses: dict[str, tuple[str, ...]]  # state -> authored variants
    model_answers: tuple[str, ...]  # warm replies, in order: the good path and the debrief's
    you: str = "any"  # the user's role's gender (GENDERS or "any"): same-sex couples too
    source: str = ""  # the file it came from, for error messages

    def summary(self) -> dict[str, Any]:
        """What `empathos practice --list --json` shows for this scenario."""
        return {
            "id": self.id,
            "title": self.title,
            "theme": self.theme,
            "direction": self.direction,
            "difficulty": self.difficulty,
            "partner": {
                "name": self.partner.name,
                "gender": self.partner.gender,
                "pronouns": self.partner.pronouns,
            },
            "partner_need": self.need,
            "skills": list(self.skills),
            "emotions": list(self.emotions),
            "situation": self.situation,
            "opening": self.opening,
        }


@dataclass(frozen=True)
class CurriculumEntry:
    """A component of empathy or an everyday skill, in plain words."""

    id: str  # CURRICULUM_IDS
    kind: Literal["component", "skill"]
    name: str
    explanation: str
    why: str
    sounds_like: tuple[str, ...]
    not_like: tuple[str, ...]
    exercises: tuple[str, ...]
    engine_skill: bool  # True when the engine's feedback can name it (labels.SKILLS)


@dataclass(frozen=True)
class Curriculum:
    entries: tuple[CurriculumEntry, ...]

    def get(self, skill: str) -> CurriculumEntry | None:
        return next((e for e in self.entries if e.id == skill), None)

    def name(self, skill: str) -> str:
        entry = self.get(skill)
        return entry.name if entry is not None else skill.replace("_", " ")
