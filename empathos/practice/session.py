"""A practice conversation: your replies, the engine's reading of each, the partner's answers.

Pure: the engine comes in as `analyze`, a function from a Request to the analysis
record, so tests hand in made-up records and the CLI hands in the real pipeline.
The partner's lines are picked from the scenario's authored variants in an order
fixed by the seed, never the same line twice in one session.

The result (`SessionResult.to_dict()`) is plain JSON: the seam for storing sessions
and the per-skill values of the debrief later.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from empathos.core.types import Request, Turn
from empathos.errors import InputError
from empathos.practice import scoring
from empathos.practice.debrief import build_debrief
from empathos.practice.types import Outcome, Scenario, State

if TYPE_CHECKING:
    from empathos.core.pipeline import Pipeline

Analyze = Callable[[Request], Mapping[str, Any]]

MAX_REPLY_CHARS: Final = 2_000  # a chat reply, not a letter; keeps the engine quick
# With at least 2 authored + 6 shared lines per open state, 8 turns never repeat a line.
TURN_LIMIT: Final = 8


def pipeline_analyze(pipeline: Pipeline) -> Analyze:
    """The engine as `analyze`: one request in, its contract record out."""

    def analyze(request: Request) -> Mapping[str, Any]:
        return pipeline.analyze([request])[0].to_dict()

    return analyze


class LinePicker:
    """The partner's next line for a state: the scenario's own variants first, then the
    shared ones, each in an order shuffled by the seed; a line said once is never said
    again in the session."""

    def __init__(
        self, scenario: Scenario, common: Mapping[str, tuple[str, ...]], seed: int
    ) -> None:
        self._order: dict[str, list[str]] = {}
        for state, lines in scenario.responses.items():
            # A string seed is hashed with SHA-512 by `random`: the same on every run.
            own = list(lines)
            random.Random(f"{scenario.id}:{seed}:{state}").shuffle(own)
            shared = list(common.get(state, ()))
            random.Random(f"common:{seed}:{state}").shuffle(shared)
            self._order[state] = own + shared
        self.used: set[str] = set()

    def pick(self, state: State) -> str:
        lines = self._order[state]
        for line in lines:
            if line not in self.used:
                self.used.add(line)
                return line
        raise RuntimeError(f"no unused line left for {state!r}")  # TURN_LIMIT prevents this


@dataclass(frozen=True)
class TurnResult:
    number: int  # 1-based
    answered: str  # the partner's words this reply answered
    reply: str
    analysis: Mapping[str, Any]  # the engine's record
    change: scoring.Change
    felt_heard: int  # after this reply
    state: State
    partner: str  # the partner's response

    def to_dict(self) -> dict[str, Any]:
        return {
            "reply": self.reply,
            "analysis": dict(self.analysis),
            "felt_heard": self.felt_heard,
            "change": self.change.delta,
            "reasons": {why: points for why, points in self.change.reasons if points},
            "partner": self.partner,
            "state": self.state,
        }


@dataclass(frozen=True)
class SessionResult:
    """A finished (or stopped) session: what a store would keep."""

    scenario: Scenario
    seed: int
    turns: tuple[TurnResult, ...]
    felt_heard: tuple[int, ...]  # the curve: the start, then after each reply
    outcome: Outcome
    debrief: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario.id,
            "seed": self.seed,
            "turns": [t.to_dict() for t in self.turns],
            "felt_heard": list(self.felt_heard),
            "outcome": self.outcome,
            "debrief": self.debrief,
        }


class Session:
    """One run through a scenario. Call `reply()` until `done`, then `result()`."""

    def __init__(
        self,
        scenario: Scenario,
        analyze: Analyze,
        *,
        common: Mapping[str, tuple[str, ...]],
        seed: int = 0,
        max_turns: int = scoring.MAX_TURNS,
    ) -> None:
        if not 1 <= max_turns <= TURN_LIMIT:
            raise InputError(f"turns must be between 1 and {TURN_LIMIT}; got {max_turns}")
        self.scenario = scenario
        self.seed = seed
        self.max_turns = max_turns
        self.level = scoring.start_level(scenario.difficulty)
        self.curve: list[int] = [self.level]
        self.turns: list[TurnResult] = []
        self.state: State | None = None
        self.outcome: Outcome | None = None
        self._analyze = analyze
        self._lines = LinePicker(scenario, common, seed)

    @property
    def done(self) -> bool:
        return self.outcome is not None

    @property
    def partner_said(self) -> str:
        """The partner's last words: what the next reply answers."""
        return self.turns[-1].partner if self.turns else self.scenario.opening

    def context(self) -> tuple[Turn, ...]:
        """Earlier turns, oldest first, without the partner's last words."""
        turns = [Turn("partner", self.scenario.opening)]
        for turn in self.turns:
            turns += [Turn("me", turn.reply), Turn("partner", turn.partner)]
        return tuple(turns[:-1])

    def request(self, reply: str) -> Request:
        """The engine request for a reply now: in context, with the partner's needs card."""
        return Request(
            partner=self.partner_said,
            reply=reply,
            context=self.context(),
            partner_needs=scoring.engine_needs(self.scenario.need, self.level),
        )

    def reply(self, text: str) -> TurnResult:
        if self.done:
            raise InputError("this practice session is over")
        text = text.strip()
        if not text:
            raise InputError("the reply is empty: write what you would say")
        if len(text) > MAX_REPLY_CHARS:
            raise InputError(f"the reply is {len(text):,} characters; keep it under 2,000")
        request = self.request(text)
        record = self._analyze(request)
        change = scoring.score_reply(
            record, text, self.scenario.need, self.level, [t.reply for t in self.turns]
        )
        self.level = scoring.apply(self.level, change)
        state = scoring.next_state(self.level, change, self.state)
        turn = TurnResult(
            number=len(self.turns) + 1,
            answered=request.partner,
            reply=text,
            analysis=record,
            change=change,
            felt_heard=self.level,
            state=state,
            partner=self._lines.pick(state),
        )
        self.turns.append(turn)
        self.curve.append(self.level)
        self.state = state
        if state in ("heard", "gave_up"):
            self.outcome = state
        elif len(self.turns) >= self.max_turns:
            self.outcome = "turns_out"
        return turn

    def stop(self, outcome: Outcome) -> None:
        """Ends the session early: the answers ran out, or the user quit."""
        if not self.done:
            self.outcome = outcome

    def result(self) -> SessionResult:
        outcome: Outcome = self.outcome or "quit"
        turns = tuple(self.turns)
        return SessionResult(
            scenario=self.scenario,
            seed=self.seed,
            turns=turns,
            felt_heard=tuple(self.curve),
            outcome=outcome,
            debrief=build_debrief(self.scenario, turns, tuple(self.curve), outcome),
        )


def run_replies(
    scenario: Scenario,
    replies: list[str],
    analyze: Analyze,
    *,
    common: Mapping[str, tuple[str, ...]],
    seed: int = 0,
    max_turns: int = scoring.MAX_TURNS,
) -> SessionResult:
    """Plays scripted replies until the partner closes, the turns run out or the replies do."""
    session = Session(scenario, analyze, common=common, seed=seed, max_turns=max_turns)
    for text in replies:
        if session.done:
            break
        session.reply(text)
    session.stop("answers_out")
    return session.result()
