"""Running totals of a chat's bids and answers, per person and per month.

Memory stays flat however long the chat: counters, a response-time histogram
and a few quoted moments, never the messages themselves.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from empathos.core.lookback.answers import Answer
from empathos.core.lookback.bids import Bid
from empathos.core.lookback.turns import ChatTurn
from empathos.core.types import Analysis

# Gottman & Levenson; Driver & Gottman (2004), the newlywed "love lab" study: couples
# still married six years on had turned toward 86% of bids, those who divorced 33%.
TURNING_TOWARD_STABLE: Final = 0.86
TURNING_TOWARD_DIVORCED: Final = 0.33
POSITIVE_TO_NEGATIVE: Final = 5.0  # Gottman: about five positive moments per negative in conflict
MOMENTS_KEPT: Final = 5
QUOTE_CHARS: Final = 600
TOP_EMOTIONS: Final = 5


@dataclass
class PersonTally:
    messages: int = 0
    bids_made: int = 0
    small_bids_made: int = 0
    answers: Counter[str] = field(default_factory=Counter)  # to the other's emotional bids
    small_bid_answers: Counter[str] = field(default_factory=Counter)
    blocks: Counter[str] = field(default_factory=Counter)
    score_total: float = 0.0
    scored: int = 0
    response_minutes: Counter[int] = field(default_factory=Counter)  # whole minutes
    partner_emotions: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        answered = sum(self.answers[d] for d in ("toward", "away", "against"))
        positive = self.answers["toward"] + self.small_bid_answers["toward"]
        negative = self.answers["against"] + self.small_bid_answers["against"]
        return {
            "messages": self.messages,
            "bids_made": self.bids_made,
            "small_bids_made": self.small_bids_made,
            "answers": _directions(self.answers),
            "turning_toward_rate": (
                round(self.answers["toward"] / answered, 4) if answered else None
            ),
            "small_bid_answers": _directions(self.small_bid_answers),
            "positive": positive,
            "negative": negative,
            "positive_to_negative": round(positive / negative, 2) if negative else None,
            "blocks": dict(sorted(self.blocks.items())),
            "empathy_mean": round(self.score_total / self.scored, 1) if self.scored else None,
            "response_minutes_median": _median(self.response_minutes),
            "partner_emotions": [
                {"label": label, "count": count}
                for label, count in self.partner_emotions.most_common(TOP_EMOTIONS)
            ],
        }


def _directions(counts: Counter[str]) -> dict[str, int]:
    return {d: counts[d] for d in ("toward", "away", "against")}


def _median(histogram: Counter[int]) -> float | None:
    total = sum(histogram.values())
    if not total:
        return None
    seen = 0
    for minute in sorted(histogram):
        seen += histogram[minute]
        if seen * 2 >= total:
            return float(minute)
    raise AssertionError("unreachable: the loop covers every count")


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "\u2026"


_Moment = tuple[float, int, dict[str, Any]]  # (rank, -arrival, moment): ties keep the earlier


@dataclass
class Tally:
    """What the look back has seen so far; `to_dict` is the summary record."""

    people: dict[str, PersonTally] = field(default_factory=dict)
    months: dict[str, dict[str, PersonTally]] = field(default_factory=dict)
    first: datetime | None = None
    last: datetime | None = None
    _warmest: list[_Moment] = field(default_factory=list)
    _hurt: list[_Moment] = field(default_factory=list)
    _order: itertools.count[int] = field(default_factory=itertools.count)

    def _tallies(self, person: str, when: datetime) -> tuple[PersonTally, PersonTally]:
        month = self.months.setdefault(when.strftime("%Y-%m"), {})
        return (
            self.people.setdefault(person, PersonTally()),
            month.setdefault(person, PersonTally()),
        )

    def add_turn(self, turn: ChatTurn, bid: Bid | None) -> None:
        self.first = turn.started_at if self.first is None else min(self.first, turn.started_at)
        self.last = turn.ended_at if self.last is None else max(self.last, turn.ended_at)
        for tally in self._tallies(turn.sender, turn.started_at):
            tally.messages += turn.messages
            if bid is not None and bid.level == "bid":
                tally.bids_made += 1
            elif bid is not None:
                tally.small_bids_made += 1

    def add_answer(
        self,
        bid_turn: ChatTurn,
        bid: Bid,
        answerer: str,
        answer_turn: ChatTurn | None,
        answer: Answer,
        analysis: Analysis | None,
    ) -> None:
        emotional = bid.level == "bid"
        for tally in self._tallies(answerer, bid_turn.started_at):
            (tally.answers if emotional else tally.small_bid_answers)[answer.direction] += 1
            tally.blocks.update(b.kind for b in answer.blocks)
            if analysis is not None:
                tally.partner_emotions.update(
                    e.label for e in analysis.partner.emotions if e.label != "neutral"
                )
            # A clock that went backwards (a phone's time zone change) gives no waiting time.
            if answer.waited is not None and answer.waited >= timedelta(0):
                tally.response_minutes[int(answer.waited.total_seconds() // 60)] += 1
            if emotional and analysis is not None and analysis.reply is not None:
                tally.score_total += analysis.reply.score
                tally.scored += 1
        if emotional and answer_turn is not None and analysis is not None:
            self._keep_moment(bid_turn, answer_turn, answer, analysis)

    def add_person(self, name: str) -> None:
        """Lists a participant even if they never wrote in the analyzed span."""
        self.people.setdefault(name, PersonTally())

    def _keep_moment(
        self, bid_turn: ChatTurn, answer_turn: ChatTurn, answer: Answer, analysis: Analysis
    ) -> None:
        reply = analysis.reply
        if reply is None:
            return
        moment = {
            "sent_at": bid_turn.started_at.isoformat(timespec="minutes"),
            "bidder": bid_turn.sender,
            "bid": _quote(bid_turn.text),
            "answerer": answer_turn.sender,
            "answer": answer_turn.text,
            "score": reply.score,
            "mechanisms": list(reply.mechanisms),
            "blocks": [
                {"kind": b.kind, "start": b.start, "end": b.end, "text": b.text}
                for b in answer.blocks
            ],
        }
        order = next(self._order)
        if answer.direction == "toward" and not answer.blocks:
            _keep_top(self._warmest, (reply.score, -order, moment))
        elif answer.direction == "against":
            _keep_top(self._hurt, (-reply.score + 10 * len(answer.blocks), -order, moment))

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": {
                "start": self.first.isoformat(timespec="minutes") if self.first else None,
                "end": self.last.isoformat(timespec="minutes") if self.last else None,
            },
            "benchmarks": {
                "turning_toward_stable": TURNING_TOWARD_STABLE,
                "turning_toward_divorced": TURNING_TOWARD_DIVORCED,
                "positive_to_negative": POSITIVE_TO_NEGATIVE,
            },
            "people": {name: tally.to_dict() for name, tally in self.people.items()},
            "months": [
                {
                    "month": month,
                    "people": {name: tally.to_dict() for name, tally in people.items()},
                }
                for month, people in sorted(self.months.items())
            ],
            "moments": {
                "warmest": [m for *_, m in sorted(self._warmest, reverse=True)],
                "hurt": [m for *_, m in sorted(self._hurt, reverse=True)],
            },
        }


def _keep_top(heap: list[_Moment], item: _Moment) -> None:
    if len(heap) < MOMENTS_KEPT:
        heapq.heappush(heap, item)
    else:
        heapq.heappushpop(heap, item)
