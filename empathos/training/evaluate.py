"""Dev-split evaluation of a pipeline, read the way outside evaluation reads the record.

    empathos eval [--corpus goemotions|epitome|esconv] [--json] [--limit N]

Needs ../shared/data (or $EMPATHOS_SHARED_DATA); runs on the shipped models
with no torch or scikit-learn.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from empathos.api import make_request
from empathos.core.labels import EMOTIONS, EMPATHY_DIMENSIONS, STRATEGIES
from empathos.core.pipeline import Pipeline
from empathos.core.types import Request
from empathos.training import data

CORPORA = ("goemotions", "epitome", "esconv")
BATCH = 128


def f1_scores(gold: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """F1 per column of two boolean matrices (0 where a label is never gold nor predicted)."""
    tp = (gold & pred).sum(axis=0)
    denom = gold.sum(axis=0) + pred.sum(axis=0)
    return np.where(denom > 0, 2 * tp / np.maximum(denom, 1), 0.0)


def class_metrics(gold: npt.ArrayLike, pred: npt.ArrayLike, n: int) -> dict[str, Any]:
    g, p = np.asarray(gold), np.asarray(pred)
    per_class = f1_scores(np.eye(n, dtype=bool)[g], np.eye(n, dtype=bool)[p])
    return {
        "accuracy": round(float((g == p).mean()), 4),
        "macro_f1": round(float(per_class.mean()), 4),
        "f1_per_class": [round(float(x), 4) for x in per_class],
        "n": len(g),
    }


def _run(
    pipeline: Pipeline, requests: list[Request], progress: Callable[[int], None] | None
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for start in range(0, len(requests), BATCH):
        out += [a.to_dict() for a in pipeline.analyze(requests[start : start + BATCH])]
        if progress:
            progress(len(requests[start : start + BATCH]))
    return out


def evaluate_goemotions(
    pipeline: Pipeline, limit: int | None = None, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    examples = data.goemotions("dev")[:limit]
    records = _run(pipeline, [make_request(e.text) for e in examples], progress)
    gold = np.zeros((len(examples), len(EMOTIONS)), dtype=bool)
    pred = np.zeros_like(gold)
    for i, (e, r) in enumerate(zip(examples, records, strict=True)):
        gold[i, list(e.labels)] = True
        pred[i, [EMOTIONS.index(x["label"]) for x in r["partner"]["emotions"]]] = True
    per_label = f1_scores(gold, pred)
    return {
        "macro_f1": round(float(per_label.mean()), 4),
        "f1_per_label": {k: round(float(v), 4) for k, v in zip(EMOTIONS, per_label, strict=True)},
        "n": len(examples),
    }


def evaluate_epitome(
    pipeline: Pipeline, limit: int | None = None, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    examples = data.epitome("dev")[:limit]
    records = _run(pipeline, [make_request(e.seeker, e.response) for e in examples], progress)
    return {
        dim: class_metrics(
            [e.levels[d] for e in examples],
            [r["reply"]["empathy"][dim] for r in records],
            3,
        )
        for d, dim in enumerate(EMPATHY_DIMENSIONS)
    }


def evaluate_esconv(
    pipeline: Pipeline, limit: int | None = None, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    examples = data.esconv("dev")[:limit]
    requests = [
        make_request(e.partner, e.reply, [{"speaker": s, "text": t} for s, t in e.context])
        for e in examples
    ]
    records = _run(pipeline, requests, progress)
    return class_metrics(
        [e.label for e in examples],
        [STRATEGIES.index(r["reply"]["strategy"]["label"]) for r in records],
        len(STRATEGIES),
    )


EVALUATORS = {
    "goemotions": evaluate_goemotions,
    "epitome": evaluate_epitome,
    "esconv": evaluate_esconv,
}


def evaluate(
    pipeline: Pipeline, corpora: Sequence[str] = CORPORA, limit: int | None = None
) -> dict[str, Any]:
    from rich.progress import Progress

    results: dict[str, Any] = {}
    with Progress(transient=True) as bar:
        for name in corpora:
            task = bar.add_task(f"dev {name}", total=None)
            results[name] = EVALUATORS[name](pipeline, limit, functools.partial(bar.advance, task))
    return results


def summary_rows(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    rows = []
    if "goemotions" in results:
        rows.append(
            ("GoEmotions (28 labels)", "macro-F1", f"{results['goemotions']['macro_f1']:.3f}")
        )
    for dim in EMPATHY_DIMENSIONS:
        if "epitome" in results:
            m = results["epitome"][dim]
            rows.append(
                (f"EPITOME {dim}", "acc / macro-F1", f"{m['accuracy']:.3f} / {m['macro_f1']:.3f}")
            )
    if "esconv" in results:
        m = results["esconv"]
        rows.append(
            ("ESConv strategy", "acc / macro-F1", f"{m['accuracy']:.3f} / {m['macro_f1']:.3f}")
        )
    return rows


def main(
    corpus: str | None = None, json_out: bool = False, limit: int | None = None
) -> dict[str, Any]:
    from rich.console import Console
    from rich.table import Table

    from empathos.engine import default_pipeline

    corpora = CORPORA if corpus is None else (corpus,)
    results = evaluate(default_pipeline(), corpora, limit)
    if json_out:
        print(json.dumps(results, indent=2))
    else:
        table = Table(title="empathos dev-split metrics")
        for col in ("task", "metric", "value"):
            table.add_column(col)
        for row in summary_rows(results):
            table.add_row(*row)
        Console().print(table)
    return results
