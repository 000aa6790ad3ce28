"""Evaluate the couple layer on data/couples: blocks, mechanisms, empathic, seeks, crisis.

    python benchmarks/eval_couples.py                 # dev split
    python benchmarks/eval_couples.py --split train
    python benchmarks/eval_couples.py --split heldout # never tuned on: aggregates only
    python benchmarks/eval_couples.py --batch train6  # one authoring batch
    python benchmarks/eval_couples.py --json

Uses the shipped models' signals when `empathos.engine.default_engine` is
available; otherwise neutral signals (uniform probabilities), which measures the
rules alone. The output says which.

Crisis detection is reported per split of the crisis messages: `train`
(crisis.jsonl, which the patterns and the risk head are tuned on) and `heldout`
(crisis_heldout.jsonl, never tuned on: the honest number), each for the patterns
alone and for patterns + the real signals when the shipped models have a risk head.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from empathos.core.couple import assess  # noqa: E402
from empathos.core.couple.blocks import SUGGESTION_PROB, find_blocks  # noqa: E402
from empathos.core.couple.mechanisms import find_mechanisms  # noqa: E402
from empathos.core.couple.risk import pattern_risk  # noqa: E402
from empathos.core.labels import BLOCK_KINDS, EMOTIONS, MECHANISMS, STRATEGIES  # noqa: E402
from empathos.core.types import Request, Signals, Turn  # noqa: E402

DATA = ROOT / "data" / "couples"
SignalsFn = Callable[[Request], Signals]


def neutral_signals(request: Request) -> Signals:
    if not request.reply:
        return Signals(tuple([1 / len(EMOTIONS)] * len(EMOTIONS)))
    return Signals(
        tuple([1 / len(EMOTIONS)] * len(EMOTIONS)),
        ((1 / 3, 1 / 3, 1 / 3),) * 3,
        tuple([1 / len(STRATEGIES)] * len(STRATEGIES)),
    )


def model_signals() -> tuple[SignalsFn, str]:
    """The engine's signals if it is installed with its models, else neutral ones."""
    try:
        from empathos import engine

        factory = getattr(engine, "default_engine", None) or engine.default_pipeline
        pipeline = factory()

        def signals_of(request: Request) -> Signals:
            result: Signals = pipeline.signals([request])[0]
            return result

        signals_of(Request("test", "test"))
        return signals_of, f"model signals (empathos.engine.{factory.__name__})"
    except Exception as error:  # any failure means: no models here
        return neutral_signals, f"NEUTRAL signals (no models: {type(error).__name__}: {error})"


def load(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def request_of(row: dict[str, Any]) -> Request:
    context = tuple(Turn(t["speaker"], t["text"]) for t in row.get("context", []))
    return Request(
        partner=row["partner"],
        reply=row.get("reply"),
        context=context,
        partner_needs=tuple(row.get("partner_needs", [])),
        id=row.get("id"),
    )


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "support": tp + fn}


def set_scores(gold: list[set[str]], pred: list[set[str]], kinds: Iterable[str]) -> dict[str, Any]:
    per: dict[str, Any] = {}
    total = [0, 0, 0]
    for kind in kinds:
        tp = sum(kind in g and kind in p for g, p in zip(gold, pred, strict=True))
        fp = sum(kind not in g and kind in p for g, p in zip(gold, pred, strict=True))
        fn = sum(kind in g and kind not in p for g, p in zip(gold, pred, strict=True))
        per[kind] = prf(tp, fp, fn)
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
    return {"micro": prf(*total), "per_kind": per}


def evaluate_pairs(rows: list[dict[str, Any]], signals_of: SignalsFn) -> dict[str, Any]:
    gold_blocks, pred_blocks, gold_mech, pred_mech = [], [], [], []
    empathic_ok = seeks_ok = any_ok = 0
    suggestion_bad: list[str] = []
    errors: list[dict[str, Any]] = []
    for row in rows:
        request = request_of(row)
        result = assess(request, signals_of(request))
        gold_b = {b["kind"] for b in row["blocks"]}
        pred_b = {b.kind for b in result.blocks}
        gold_blocks.append(gold_b)
        pred_blocks.append(pred_b)
        gold_mech.append(set(row["mechanisms"]))
        pred_mech.append(set(result.mechanisms))
        any_ok += bool(gold_b) == bool(pred_b)
        empathic_ok += result.empathic == row["empathic"]
        seeks_ok += result.seeks == row["seeks"]
        if gold_b != pred_b or set(row["mechanisms"]) != set(result.mechanisms):
            errors.append(
                {
                    "id": row["id"],
                    "reply": row["reply"],
                    "gold": sorted(gold_b) + sorted(row["mechanisms"]),
                    "pred": sorted(pred_b) + list(result.mechanisms),
                }
            )
        if result.suggestion is not None:
            check = Request(
                row["partner"], result.suggestion, request.context, request.partner_needs
            )
            judged = assess(check, neutral_signals(check))
            if judged.blocks or not judged.empathic:
                suggestion_bad.append(f"{row['id']}: {result.suggestion}")
    n = len(rows)
    return {
        "cases": n,
        "blocks": set_scores(gold_blocks, pred_blocks, BLOCK_KINDS),
        "any_block_accuracy": round(any_ok / n, 3),
        "mechanisms": set_scores(gold_mech, pred_mech, MECHANISMS),
        "empathic_accuracy": round(empathic_ok / n, 3),
        "seeks_accuracy": round(seeks_ok / n, 3),
        "suggestions_not_clean": suggestion_bad,
        "errors": errors,
    }


def ablation(rows: list[dict[str, Any]], signals_of: SignalsFn) -> dict[str, Any]:
    """Which is stronger: phrase patterns, the model alone, or both (as shipped)?"""
    advice: dict[str, list[int]] = {k: [0, 0, 0] for k in ("patterns", "model", "combined")}
    mech: dict[str, list[int]] = {k: [0, 0, 0] for k in ("patterns", "model", "combined")}
    suggest = STRATEGIES.index("providing_suggestions")

    def tally(counts: list[int], gold: set[str], pred: set[str]) -> None:
        counts[0] += len(gold & pred)
        counts[1] += len(pred - gold)
        counts[2] += len(gold - pred)

    for row in rows:
        request = request_of(row)
        signals = signals_of(request)
        reply = row["reply"]
        if signals.strategy is None or signals.empathy is None:
            continue
        if row["seeks"] == "empathy" and "advice" not in row.get("partner_needs", []):
            gold = {"advice"} & {b["kind"] for b in row["blocks"]}
            by_model = signals.strategy[suggest] >= SUGGESTION_PROB
            preds = {
                "patterns": find_blocks(reply, advice_is_block=True),
                "combined": find_blocks(reply, advice_is_block=True, signals=signals),
            }
            for name, blocks in preds.items():
                tally(advice[name], gold, {b.kind for b in blocks} & {"advice"})
            tally(advice["model"], gold, {"advice"} if by_model else set())
        gold_m = set(row["mechanisms"])
        levels = {
            m: max(range(3), key=signals.empathy[d].__getitem__)
            for d, m in enumerate(("emotional_reaction", "interpretation", "exploration"))
        }
        tally(mech["patterns"], gold_m, set(find_mechanisms(reply)))
        tally(mech["model"], gold_m, {m for m, level in levels.items() if level >= 1})
        tally(mech["combined"], gold_m, set(find_mechanisms(reply, signals)))
    return {
        "advice": {k: prf(*v) for k, v in advice.items()},
        "mechanisms": {k: prf(*v) for k, v in mech.items()},
    }


CRISIS_SPLITS = (("train", "crisis.jsonl"), ("heldout", "crisis_heldout.jsonl"))


def evaluate_crisis(rows: list[dict[str, Any]], signals_of: SignalsFn) -> dict[str, Any]:
    crisis = [r for r in rows if r["kind"] is not None]
    calm = [r for r in rows if r["kind"] is None]
    found = kind_ok = unflagged = hard_unflagged = by_model = 0
    misses, false_flags = [], []
    for row in rows:
        request = Request(row["text"])
        risk = assess(request, signals_of(request)).risk
        by_model += risk is not None and pattern_risk(row["text"]) is None
        if row["kind"] is None:
            unflagged += risk is None
            hard_unflagged += risk is None and row["hard_negative"]
            if risk is not None:
                false_flags.append(f"{row['text']}  [{risk.kind}: {risk.text}]")
        else:
            found += risk is not None
            kind_ok += risk is not None and risk.kind == row["kind"]
            if risk is None:
                misses.append(row["text"])
    hard = sum(r["hard_negative"] for r in calm)
    return {
        "crisis": len(crisis),
        "non_crisis": len(calm),
        "hard_negatives": hard,
        "recall": round(found / len(crisis), 3),
        "kind_accuracy": round(kind_ok / len(crisis), 3),
        "non_crisis_unflagged": round(unflagged / len(calm), 3),
        "hard_negatives_unflagged": round(hard_unflagged / hard, 3) if hard else None,
        "flagged_by_model_only": by_model,
        "misses": misses,
        "false_flags": false_flags,
    }


def has_risk_head(signals_of: SignalsFn) -> bool:
    return signals_of(Request("I don't want to be here anymore.")).risk is not None


def evaluate_crisis_splits(signals_of: SignalsFn) -> dict[str, Any]:
    """Per split: the patterns alone, and patterns + the real signals when a risk head
    ships (None otherwise, with `risk_head` saying why)."""
    with_head = signals_of is not neutral_signals and has_risk_head(signals_of)
    if signals_of is neutral_signals:
        head = "not measured: neutral signals"
    else:
        head = "shipped" if with_head else "absent: the shipped models have no risk head"
    out: dict[str, Any] = {"risk_head": head}
    for split, name in CRISIS_SPLITS:
        if not (DATA / name).exists():
            continue
        rows = load(name)
        parts = {split: rows}
        batches = sorted({r["batch"] for r in rows})
        if split == "heldout" and len(batches) > 1:  # each blind batch on its own, too
            parts |= {f"heldout {b}": [r for r in rows if r["batch"] == b] for b in batches}
        for part, part_rows in parts.items():
            out[part] = {
                "patterns": evaluate_crisis(part_rows, neutral_signals),
                "patterns_and_signals": (
                    evaluate_crisis(part_rows, signals_of) if with_head else None
                ),
            }
    return out


def print_report(
    source: str, split: str, pairs: dict[str, Any], crisis: dict[str, Any], verbose: bool
) -> None:
    print(f"signals: {source}")
    print(f"couple cases, split={split}: {pairs['cases']}")
    b = pairs["blocks"]["micro"]
    print(f"block micro-F1 {b['f1']:.3f} (P {b['p']:.3f} R {b['r']:.3f})")
    for kind, s in pairs["blocks"]["per_kind"].items():
        print(f"  {kind:<17} P {s['p']:.3f} R {s['r']:.3f} F1 {s['f1']:.3f} (n={s['support']})")
    print(f"any-block accuracy {pairs['any_block_accuracy']:.3f}")
    m = pairs["mechanisms"]["micro"]
    print(f"mechanism micro-F1 {m['f1']:.3f} (P {m['p']:.3f} R {m['r']:.3f})")
    for kind, s in pairs["mechanisms"]["per_kind"].items():
        print(f"  {kind:<17} P {s['p']:.3f} R {s['r']:.3f} F1 {s['f1']:.3f} (n={s['support']})")
    print(f"empathic accuracy {pairs['empathic_accuracy']:.3f}")
    print(f"seeks accuracy {pairs['seeks_accuracy']:.3f}")
    bad = pairs["suggestions_not_clean"]
    print(f"suggestions that are not empathic or carry a block: {len(bad)}")
    for line in bad[:10]:
        print(f"  {line}")
    print_crisis(crisis, verbose)
    if verbose:
        for error in pairs["errors"]:
            gold, pred = error["gold"], error["pred"]
            print(f"  {error['id']}: gold {gold} pred {pred} | {error['reply']!r}")


def print_crisis(crisis: dict[str, Any], verbose: bool) -> None:
    print(f"crisis (risk head: {crisis['risk_head']}):")
    for split, results in crisis.items():
        if split == "risk_head":
            continue
        for source, result in results.items():
            if result is None:
                print(f"  {split:<7} {source:<20} n/a (no risk head)")
                continue
            print(
                f"  {split:<7} {source:<20} recall {result['recall']:.3f}, kind accuracy "
                f"{result['kind_accuracy']:.3f}, non-crisis unflagged "
                f"{result['non_crisis_unflagged']:.3f} (hard negatives "
                f"{result['hard_negatives_unflagged']}); {result['crisis']} crisis, "
                f"{result['non_crisis']} non-crisis; {result['flagged_by_model_only']} "
                "flagged by the model only"
            )
            # Train errors are listed to fix rules; held-out ones only with --errors.
            if split == "train" or verbose:
                for text in result["misses"]:
                    print(f"    missed: {text}")
                for text in result["false_flags"]:
                    print(f"    false flag: {text}")


def _chosen(row: dict[str, Any], split: str, batch: str | None) -> bool:
    if batch:
        return row.get("batch") == batch
    return split == row["split"] or (split == "all" and row["split"] in ("train", "dev"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        choices=["dev", "train", "heldout", "all"],
        default="dev",
        help="all = train + dev; heldout (never tuned on) only when asked for by name",
    )
    parser.add_argument(
        "--batch", help="only this authoring batch (e.g. train6, heldout4), whatever --split"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--neutral", action="store_true", help="ignore the models")
    parser.add_argument("--errors", action="store_true", help="list every wrong case")
    args = parser.parse_args(argv)
    signals_of: SignalsFn
    if args.neutral:
        signals_of, source = neutral_signals, "NEUTRAL signals (--neutral)"
    else:
        signals_of, source = model_signals()
    rows = [r for r in load("pairs.jsonl") if _chosen(r, args.split, args.batch)]
    if not rows:
        parser.error(f"no cases in batch {args.batch!r}")
    pairs = evaluate_pairs(rows, signals_of)
    # train: tuned on; heldout: never tuned on (DATASHEET.md).
    crisis = evaluate_crisis_splits(signals_of)
    compared = None if signals_of is neutral_signals else ablation(rows, signals_of)
    if args.json:
        pairs.pop("errors")
        record = {"signals": source, "split": args.split, "batch": args.batch, "pairs": pairs}
        print(json.dumps({**record, "crisis": crisis, "ablation": compared}, indent=2))
        return 0
    print_report(source, args.batch or args.split, pairs, crisis, args.errors)
    if compared is None:
        print("ablation (patterns vs model): needs the shipped models, skipped")
        return 0
    for part, results in compared.items():
        print(
            f"ablation, {part}: "
            + ", ".join(
                f"{name} F1 {r['f1']:.3f} (P {r['p']:.3f} R {r['r']:.3f})"
                for name, r in results.items()
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
