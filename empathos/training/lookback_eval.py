"""Measure the look back's bid and answer judgements on the authored chat sets.

Needs no training extra, so the model-card test can re-measure in CI.

    python -m empathos.training.lookback_eval    # prints the metrics of the shipped heads

Sets: `dev`, one fifth of data/chats/train held back by the hash of each id;
`eval_dev` and `eval_test`, the two halves of data/chats/eval (written by
someone who never saw the detector). The word rules were tuned looking at
eval_dev's misses; eval_test is only ever counted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from empathos.core.lookback.bids import Bid
from empathos.core.lookback.classify import DIRECTIONS, LookbackModels
from empathos.core.lookback.reader import Pending, Reader
from empathos.core.lookback.turns import ChatTurn
from empathos.training.evaluate import class_metrics

ROOT = Path(__file__).resolve().parents[2]
CHATS = ROOT / "data" / "chats"
WINDOW = timedelta(hours=6)
T0 = datetime(2024, 5, 1, 18, 0)
BID_NAMES = ("bid", "small_bid", "none")


def is_dev(item_id: str) -> bool:
    return int(hashlib.md5(f"empathos-dev:{item_id}".encode()).hexdigest(), 16) % 5 == 0


def eval_half(item_id: str) -> str:
    digest = hashlib.md5(f"empathos-lookback:{item_id}".encode()).hexdigest()
    return "eval_dev" if int(digest, 16) % 2 == 0 else "eval_test"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def as_turn(text: str, sender: str, minutes: int) -> ChatTurn:
    """An authored line as a chat turn: '<Media omitted>' lines are a shared photo."""
    lines = text.split("\n")
    media = sum(1 for line in lines if line.strip() == "<Media omitted>")
    words = "\n".join(line for line in lines if line.strip() != "<Media omitted>").strip()
    when = T0 + timedelta(minutes=minutes)
    return ChatTurn(sender, words, when, when, 1, len(lines), media)


@dataclass(frozen=True)
class AnswerCase:
    id: str
    bid: str
    bid_level: str
    answer: str
    label: str


def answer_cases(path: Path) -> list[AnswerCase]:
    return [
        AnswerCase(r["id"], r["bid"], r["bid_label"], r["answer"], r["label"])
        for r in read_jsonl(path)
    ]


def pending(case: AnswerCase) -> Pending:
    bid = Bid("bid", "feeling") if case.bid_level == "bid" else Bid("small_bid", "share")
    return Pending(as_turn(case.bid, "A", 0), bid, as_turn(case.answer, "B", 5))


def sets() -> dict[str, tuple[list[dict[str, Any]], list[AnswerCase]]]:
    train = CHATS / "train"
    out = {
        "dev": (
            [r for r in read_jsonl(train / "bids.jsonl") if is_dev(r["id"])],
            [c for c in answer_cases(train / "answers.jsonl") if is_dev(c.id)],
        )
    }
    for part in ("eval_dev", "eval_test"):
        out[part] = (
            [r for r in read_jsonl(CHATS / "eval" / "bids.jsonl") if eval_half(r["id"]) == part],
            [c for c in answer_cases(CHATS / "eval" / "answers.jsonl") if eval_half(c.id) == part],
        )
    return out


def _named(metrics: dict[str, Any], names: Sequence[str]) -> dict[str, Any]:
    metrics["f1_per_class"] = dict(zip(names, metrics["f1_per_class"], strict=True))
    return metrics


def predictions(
    reader: Reader, bids: list[dict[str, Any]], answers: list[AnswerCase]
) -> tuple[list[str], list[str]]:
    turns = [as_turn(r["text"], "A", 0) for r in bids]
    found: list[Bid | None] = []
    for start in range(0, len(turns), 256):
        found += reader.bids(turns[start : start + 256])
    judged: list[str] = []
    for start in range(0, len(answers), 64):
        items = [pending(c) for c in answers[start : start + 64]]
        judged += [a.direction for a, _ in reader.answers(items)]
    return [b.level if b else "none" for b in found], judged


ReaderOf = Callable[[LookbackModels | None], Reader]


def measure(reader_of: ReaderOf, models: LookbackModels | None) -> dict[str, Any]:
    """Metrics per set of the given heads, or of the word rules alone when None."""
    reader = reader_of(models)
    out: dict[str, Any] = {}
    for name, (bids, answers) in sets().items():
        levels, directions = predictions(reader, bids, answers)
        out[name] = {
            "bids": _named(
                class_metrics(
                    [BID_NAMES.index(r["label"]) for r in bids],
                    [BID_NAMES.index(level) for level in levels],
                    3,
                ),
                BID_NAMES,
            ),
            "answers": _named(
                class_metrics(
                    [DIRECTIONS.index(c.label) for c in answers],  # type: ignore[arg-type]
                    [DIRECTIONS.index(d) for d in directions],  # type: ignore[arg-type]
                    3,
                ),
                DIRECTIONS,
            ),
        }
    return out


def rows(results: dict[str, Any]) -> list[str]:
    return [
        f"{name:>9}: bids acc {r['bids']['accuracy']:.3f} macro-F1 {r['bids']['macro_f1']:.3f} | "
        f"answers acc {r['answers']['accuracy']:.3f} macro-F1 {r['answers']['macro_f1']:.3f}"
        for name, r in results.items()
    ]


def main() -> None:
    from empathos.engine import default_pipeline
    from empathos.models import load_lookback_models

    pipeline = default_pipeline()
    results = measure(lambda m: Reader(pipeline, m, WINDOW), load_lookback_models())
    print("\n".join(rows(results)))


if __name__ == "__main__":
    main()
