"""Keeps the model card's metrics tables in step with metrics.json and lookback_metrics.json.

python -m empathos.training.card    # rewrite the tables between their markers
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from empathos.models import LOOKBACK_METRICS_FILE, METRICS_FILE, MODELS_DIR
from empathos.training.evaluate import summary_rows

CARD = MODELS_DIR / "README.md"
START, END = "<!-- metrics:start -->", "<!-- metrics:end -->"
LOOKBACK_MARKERS = ("<!-- lookback-metrics:start -->", "<!-- lookback-metrics:end -->")
LOOKBACK_SETS = {
    "dev": "data/chats/train, dev fifth",
    "eval_dev": "data/chats/eval, seen half",
    "eval_test": "data/chats/eval, unseen half",
}


def render(metrics: dict[str, Any]) -> str:
    lines = ["| task (dev split) | metric | value |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in summary_rows(metrics)]
    if "crossfit_macro_f1" in metrics.get("goemotions", {}):
        value = metrics["goemotions"]["crossfit_macro_f1"]
        lines.append(
            f"| GoEmotions, thresholds cross-fitted on dev halves | macro-F1 | {value:.3f} |"
        )
    return "\n".join(lines)


def render_lookback(metrics: dict[str, Any]) -> str:
    lines = [
        "| set | bids: acc / macro-F1 | answers: acc / macro-F1 "
        "| word rules alone: bids / answers acc |",
        "| --- | --- | --- | --- |",
    ]
    for name, label in LOOKBACK_SETS.items():
        heads, rules = metrics["heads"][name], metrics["word_rules"][name]
        lines.append(
            f"| {label} (n={heads['bids']['n']} / {heads['answers']['n']}) "
            f"| {heads['bids']['accuracy']:.3f} / {heads['bids']['macro_f1']:.3f} "
            f"| {heads['answers']['accuracy']:.3f} / {heads['answers']['macro_f1']:.3f} "
            f"| {rules['bids']['accuracy']:.3f} / {rules['answers']['accuracy']:.3f} |"
        )
    return "\n".join(lines)


def card_table(card: Path = CARD, markers: tuple[str, str] = (START, END)) -> str:
    text = card.read_text(encoding="utf-8")
    return text.split(markers[0], 1)[1].split(markers[1], 1)[0].strip()


def _replace(text: str, markers: tuple[str, str], table: str) -> str:
    head, rest = text.split(markers[0], 1)
    _, tail = rest.split(markers[1], 1)
    return f"{head}{markers[0]}\n{table}\n{markers[1]}{tail}"


def write(card: Path = CARD) -> None:
    text = card.read_text(encoding="utf-8")
    text = _replace(text, (START, END), render(_load(METRICS_FILE)))
    text = _replace(text, LOOKBACK_MARKERS, render_lookback(_load(LOOKBACK_METRICS_FILE)))
    card.write_text(text, encoding="utf-8")


def _load(path: Path) -> dict[str, Any]:
    metrics: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return metrics


if __name__ == "__main__":
    write()
