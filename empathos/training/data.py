"""Readers and train/dev splits for the shared public corpora.

The dev splits are fixed hashes so every run, every machine and the model
cards agree on them. The held-out test parts are not in ../shared at all.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from empathos.core.labels import EMOTIONS, EMPATHY_DIMENSIONS, STRATEGIES
from empathos.errors import EmpathosError

DEV_FRACTION_BUCKETS = 5  # one bucket of five goes to dev: a 20% dev split


def shared_data_dir() -> Path:
    """Where the corpora are: $EMPATHOS_SHARED_DATA, else ../shared/data beside the repo."""
    env = os.environ.get("EMPATHOS_SHARED_DATA")
    path = Path(env) if env else Path(__file__).resolve().parents[3] / "shared" / "data"
    if not path.is_dir():
        raise EmpathosError(
            f"corpora not found at {path}: set EMPATHOS_SHARED_DATA to the shared/data folder"
        )
    return path


def is_dev(key: str) -> bool:
    """Our dev rule; salted so it is independent of the held-out rule (md5(key) % 5 == 0)."""
    return (
        int(hashlib.md5(f"empathos-dev:{key}".encode()).hexdigest(), 16) % DEV_FRACTION_BUCKETS == 0
    )


@dataclass(frozen=True)
class EmotionExample:
    text: str
    labels: tuple[int, ...]  # indices into EMOTIONS


def goemotions(split: str) -> list[EmotionExample]:
    """Official GoEmotions `train` or `dev`."""
    path = shared_data_dir() / "goemotions" / f"{split}.tsv"
    examples = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            text, ids, _ = line.rstrip("\n").split("\t")
            examples.append(EmotionExample(text, tuple(int(i) for i in ids.split(","))))
    assert len(EMOTIONS) == 28
    return examples


@dataclass(frozen=True)
class EmpathyExample:
    key: str  # "sp_id/rp_id"
    seeker: str
    response: str
    levels: tuple[int, int, int]  # in EMPATHY_DIMENSIONS order


def _majority(levels: list[int]) -> int:
    """The level given most often; ties go to the higher level."""
    return max(set(levels), key=lambda level: (levels.count(level), level))


def epitome(split: str) -> list[EmpathyExample]:
    """EPITOME rows joined across the three mechanism files, deduplicated by pair.

    A pair that repeats with different levels keeps the level most often given
    (ties: the higher level), so each pair appears once with one label vector.
    """
    folder = shared_data_dir() / "epitome"
    texts: dict[str, tuple[str, str]] = {}
    votes: dict[str, list[list[int]]] = {}
    for d, dim in enumerate(EMPATHY_DIMENSIONS):
        with (folder / f"{dim}.csv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                key = f"{row['sp_id']}/{row['rp_id']}"
                texts.setdefault(key, (row["seeker_post"], row["response_post"]))
                votes.setdefault(key, [[], [], []])[d].append(int(row["level"]))
    out = []
    for key in sorted(texts):
        rp_id = key.split("/", 1)[1]
        if (split == "dev") != is_dev(rp_id):
            continue
        levels = tuple(_majority(v) for v in votes[key])
        seeker, response = texts[key]
        out.append(EmpathyExample(key, seeker, response, (levels[0], levels[1], levels[2])))
    return out


@dataclass(frozen=True)
class StrategyExample:
    dialog_id: int
    partner: str  # the seeker's last turn before the reply ("" at the start)
    context: tuple[tuple[str, str], ...]  # up to four earlier turns: (speaker, text)
    reply: str
    label: int  # index into STRATEGIES


def _strategy_index(name: str) -> int:
    return STRATEGIES.index(name.lower().replace("-", "_").replace(" ", "_"))


def esconv(split: str) -> list[StrategyExample]:
    """Supporter turns with the reading of the spec: partner = the seeker's last turn
    before the reply, context = up to four turns before that."""
    path = shared_data_dir() / "esconv" / "dialogs.jsonl"
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            dialog = json.loads(line)
            if (split == "dev") != is_dev(str(dialog["dialog_id"])):
                continue
            turns = dialog["turns"]
            for i, turn in enumerate(turns):
                if turn["speaker"] != "supporter":
                    continue
                seeker_idx = next(
                    (j for j in range(i - 1, -1, -1) if turns[j]["speaker"] == "seeker"), None
                )
                partner = "" if seeker_idx is None else turns[seeker_idx]["text"]
                before = [] if seeker_idx is None else turns[max(0, seeker_idx - 4) : seeker_idx]
                context = tuple(
                    ("partner" if t["speaker"] == "seeker" else "me", t["text"]) for t in before
                )
                out.append(
                    StrategyExample(
                        dialog["dialog_id"],
                        partner,
                        context,
                        turn["text"],
                        _strategy_index(turn["strategy"]),
                    )
                )
    return out


def iter_all_texts() -> Iterator[str]:
    for split in ("train", "dev"):
        yield from (e.text for e in goemotions(split))
        for ep in epitome(split):
            yield ep.seeker
            yield ep.response
        for es in esconv(split):
            yield es.partner
            yield es.reply


COUPLES_DIR = Path(__file__).resolve().parents[2] / "data" / "couples"
RISK_CLASSES = ("none", "self_harm", "violence", "abuse")


@dataclass(frozen=True)
class RiskExample:
    text: str
    label: int  # index into RISK_CLASSES
    everyday: bool = False  # an ordinary message, not an authored crisis or hard negative


def crisis_train() -> list[RiskExample]:
    """The project's authored crisis messages, training part only (never `heldout`)."""
    out = []
    with (COUPLES_DIR / "crisis.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("split", "train") != "train":
                continue
            out.append(RiskExample(row["text"], RISK_CLASSES.index(row["kind"] or "none")))
    return out


def chat_turns_train() -> list[str]:
    """Everyday chat turns of data/chats/train (bids, small bids, logistics; no crisis),
    without the dev fifth the look-back heads are measured on."""
    from empathos.training.lookback_eval import CHATS, is_dev, read_jsonl

    rows = read_jsonl(CHATS / "train" / "bids.jsonl")
    return sorted({r["text"] for r in rows if not is_dev(r["id"])})


def _couple_rows() -> list[dict[str, Any]]:
    with (COUPLES_DIR / "pairs.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def couple_partner_messages(split: str) -> list[str]:
    """Partner messages of the authored couple pairs: everyday hurt, no crisis."""
    return sorted({r["partner"] for r in _couple_rows() if r["split"] == split})


@dataclass(frozen=True)
class CoupleCase:
    partner: str
    reply: str
    blocks: frozenset[str]
    mechanisms: frozenset[str] = frozenset()
    batch: str | None = None  # the later authoring batches name theirs


def couple_cases(split: str, without_batch: str | None = None) -> list[CoupleCase]:
    """Authored (message, reply) cases of one split: train, dev or heldout.

    `without_batch` leaves one authoring batch out, to measure on it as on new voices.
    """
    return [
        _couple_case(r)
        for r in _couple_rows()
        if r["split"] == split and (without_batch is None or r.get("batch") != without_batch)
    ]


def couple_batch(name: str) -> list[CoupleCase]:
    """One authoring batch, whatever its split."""
    return [_couple_case(r) for r in _couple_rows() if r.get("batch") == name]


def _couple_case(row: dict[str, Any]) -> CoupleCase:
    return CoupleCase(
        row["partner"],
        row["reply"],
        frozenset(b["kind"] for b in row["blocks"]),
        frozenset(row["mechanisms"]),
        row.get("batch"),
    )
