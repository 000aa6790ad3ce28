"""Fit the look-back heads: is a turn a bid, and which way did the answer turn.

Training data: data/chats/train (authored turns and answers), with one fifth
held back as dev by the usual hash of the id, plus the couple dev cases as
extra answers to emotional bids (the couple *train* cases taught the block
head, so their block flags would look better than they are). Features are
those the look back computes at run time (core/lookback/classify.py), through
the shipped engine. The C of each logistic regression is chosen by 5-fold
cross-validation on train; dev is measured once, after. The data/chats/eval
set is reported beside it and never used for a choice.

    python -m empathos.training.lookback
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from empathos.core.heads import LinearHead
from empathos.core.lookback.classify import DIRECTIONS, LookbackModels
from empathos.core.lookback.reader import Reader
from empathos.engine import default_pipeline
from empathos.models import (
    LOOKBACK_FILE,
    LOOKBACK_METRICS_FILE,
    LOOKBACK_VERSION,
    load_lookback_models,
    save_lookback_models,
)
from empathos.training.evaluate import class_metrics
from empathos.training.lookback_eval import (
    BID_NAMES,
    CHATS,
    ROOT,
    WINDOW,
    AnswerCase,
    answer_cases,
    as_turn,
    is_dev,
    measure,
    pending,
    read_jsonl,
    rows,
)

COUPLES = ROOT / "data" / "couples" / "pairs.jsonl"
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
SEED = 13
HOSTILE = frozenset({"criticism", "contempt", "defensiveness", "hostile_question"})


def couple_answers() -> list[AnswerCase]:
    """Couple dev cases as answers to emotional bids, labelled by their blocks."""
    cases = []
    for row in read_jsonl(COUPLES):
        if row["split"] != "dev":
            continue
        kinds = {b["kind"] for b in row["blocks"]}
        if kinds & HOSTILE:
            label = "against"
        elif kinds & {"dismissal", "self_focus"} and not row["mechanisms"]:
            label = "away"
        elif row["mechanisms"] or row["empathic"] or kinds & {"advice", "minimizing"}:
            label = "toward"
        else:
            continue  # no signal either way
        cases.append(AnswerCase(row["id"], row["partner"], "bid", row["reply"], label))
    return cases


def bid_matrix(reader: Reader, texts: Sequence[str]) -> np.ndarray:
    turns = [as_turn(t, "A", 0) for t in texts]
    out: list[np.ndarray] = []
    for start in range(0, len(turns), 256):
        out.append(reader.bid_features(turns[start : start + 256]))
    return np.vstack(out)


def answer_matrix(reader: Reader, cases: Sequence[AnswerCase]) -> np.ndarray:
    out: list[np.ndarray] = []
    for start in range(0, len(cases), 64):
        items = [pending(c) for c in cases[start : start + 64]]
        out.append(reader.answer_features(items, reader.engine_reads(items)))
    return np.vstack(out)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[LinearHead, float]:
    """Standardise, choose C by 5-fold CV macro-F1, refit on all, fold the scaling in."""
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / std
    folds = StratifiedKFold(5, shuffle=True, random_state=SEED)
    best_c, best_f1 = C_GRID[0], -1.0
    n = int(y.max()) + 1
    for c in C_GRID:
        model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        pred = cross_val_predict(model, z, y, cv=folds)
        f1 = class_metrics(y, pred, n)["macro_f1"]
        if f1 > best_f1:
            best_c, best_f1 = c, f1
    model = LogisticRegression(C=best_c, max_iter=3000, class_weight="balanced").fit(z, y)
    dense = model.coef_ / std
    bias = model.intercept_ - dense @ mean
    return LinearHead(dense.astype(np.float32), bias.astype(np.float32)), best_c


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--measure-only", action="store_true", help="re-measure the saved heads")
    args = parser.parse_args(argv)
    pipeline = default_pipeline()

    def reader_of(models: LookbackModels | None) -> Reader:
        return Reader(pipeline, models, WINDOW)

    if not args.measure_only:
        reader = reader_of(None)
        bids = [r for r in read_jsonl(CHATS / "train" / "bids.jsonl") if not is_dev(r["id"])]
        x_bids = bid_matrix(reader, [r["text"] for r in bids])
        y_bids = np.asarray([BID_NAMES.index(r["label"]) for r in bids])
        bid_head, bid_c = fit(x_bids, y_bids)
        answers = [
            c for c in answer_cases(CHATS / "train" / "answers.jsonl") if not is_dev(c.id)
        ] + couple_answers()
        x_answers = answer_matrix(reader, answers)
        y_answers = np.asarray([DIRECTIONS.index(c.label) for c in answers])  # type: ignore[arg-type]
        answer_head, answer_c = fit(x_answers, y_answers)
        save_lookback_models(LookbackModels(LOOKBACK_VERSION, bid_head, answer_head))
        print(f"bids: n={len(bids)} C={bid_c}; answers: n={len(answers)} C={answer_c}")
    metrics: dict[str, Any] = {
        "version": LOOKBACK_VERSION,
        "heads": measure(reader_of, load_lookback_models(LOOKBACK_FILE)),
        "word_rules": measure(reader_of, None),
    }
    LOOKBACK_METRICS_FILE.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    for source in ("heads", "word_rules"):
        print(source)
        print("\n".join(rows(metrics[source])))


if __name__ == "__main__":
    main()
