"""Keeps the model card's metrics table in step with metrics.json.

python -m empathos.training.card    # rewrite the table between the markers
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from empathos.models import METRICS_FILE, MODELS_DIR
from empathos.training.evaluate import summary_rows

CARD = MODELS_DIR / "README.md"
START, END = "<!-- metrics:start -->", "<!-- metrics:end -->"


def render(metrics: dict[str, Any]) -> str:
    lines = ["| task (dev split) | metric | value |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in summary_rows(metrics)]
    if "crossfit_macro_f1" in metrics.get("goemotions", {}):
        value = metrics["goemotions"]["crossfit_macro_f1"]
        lines.append(
            f"| GoEmotions, thresholds cross-fitted on dev halves | macro-F1 | {value:.3f} |"
        )
    return "\n".join(lines)


def card_table(card: Path = CARD) -> str:
    text = card.read_text(encoding="utf-8")
    return text.split(START, 1)[1].split(END, 1)[0].strip()


def write(card: Path = CARD, metrics_file: Path = METRICS_FILE) -> None:
    text = card.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    table = render(json.loads(metrics_file.read_text(encoding="utf-8")))
    card.write_text(f"{head}{START}\n{table}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    write()
