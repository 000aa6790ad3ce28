"""Reading feelings in text: a short exercise in cognitive empathy.

    exercise.py               choices, scoring against the raters, cues (pure)
    goemotions_sample.jsonl   300 short GoEmotions dev comments with clear labels
    NOTICE, LICENSE-APACHE-2.0  where the sample comes from, and its licence

The sample is drawn by `python -m empathos.training.reading_sample` (deterministic);
it is only ever shown to people, never trained or tuned on.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Final

from empathos.practice.reading.exercise import (
    CHOICE_LABELS,
    CHOICES,
    Item,
    Scored,
    choice_of,
    cues,
    guess_labels,
    pick,
    score,
    summary,
)
from empathos.practice.schema import PracticeDataError

SAMPLE_FILE: Final = "goemotions_sample.jsonl"


def parse_sample(text: str, name: str = SAMPLE_FILE) -> tuple[Item, ...]:
    """Checks each line: an id, a text and rater labels that map to one choice."""
    items = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            raw = json.loads(line)
        except ValueError as exc:
            raise PracticeDataError(f"{where}: not JSON: {exc}") from None
        if not isinstance(raw, dict):
            raise PracticeDataError(f"{where}: not an object")
        id_, body, labels = raw.get("id"), raw.get("text"), raw.get("labels")
        if not isinstance(id_, str) or not id_ or id_ in seen:
            raise PracticeDataError(f"{where}: 'id' must be a new non-empty string")
        if not isinstance(body, str) or not body.strip():
            raise PracticeDataError(f"{where}: 'text' must be non-empty")
        if (
            not isinstance(labels, list)
            or not labels
            or not all(label in CHOICE_LABELS for label in labels)
            or len({choice_of([label]) for label in labels}) != 1
        ):
            raise PracticeDataError(f"{where}: 'labels' must name one choice's GoEmotions labels")
        seen.add(id_)
        items.append(Item(id_, body, tuple(labels)))
    if not items:
        raise PracticeDataError(f"{name}: no items")
    return tuple(items)


@functools.cache
def load_sample() -> tuple[Item, ...]:
    file = resources.files("empathos.practice.reading").joinpath(SAMPLE_FILE)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PracticeDataError(f"{SAMPLE_FILE}: cannot read: {exc}") from None
    return parse_sample(text)


__all__ = [
    "CHOICES",
    "Item",
    "Scored",
    "choice_of",
    "cues",
    "guess_labels",
    "load_sample",
    "parse_sample",
    "pick",
    "score",
    "summary",
]
