"""Practice mode: scenarios with a simulated partner who reacts to how you answer.

    types.py       Scenario, Partner, the curriculum; the fixed sets (needs, states, themes)
    schema.py      parsed TOML -> types, with errors that name the file and field
    library.py     reads the shipped files (the only I/O here)
    cues.py        word cues for needs (space, reassurance, a plan) and asking what they need
    scoring.py     felt-heard: how each reply moves it, and the partner's next state
    session.py     a conversation: engine in, partner lines out; SessionResult.to_dict()
    debrief.py     the curve, what worked, what blocked, a warmer alternative, skill values
    scenarios/     one TOML file per theme
    curriculum/    the components of empathy and the everyday skills, in plain words

Everything but library.py is pure: the engine is handed to a Session as a function
from a Request to the analysis record.
"""

from empathos.practice.library import Library, load_curriculum, load_library
from empathos.practice.schema import PracticeDataError
from empathos.practice.session import (
    Session,
    SessionResult,
    TurnResult,
    pipeline_analyze,
    run_replies,
)
from empathos.practice.types import Curriculum, CurriculumEntry, Partner, Scenario

__all__ = [
    "Curriculum",
    "CurriculumEntry",
    "Library",
    "Partner",
    "PracticeDataError",
    "Scenario",
    "Session",
    "SessionResult",
    "TurnResult",
    "load_curriculum",
    "load_library",
    "pipeline_analyze",
    "run_replies",
]
