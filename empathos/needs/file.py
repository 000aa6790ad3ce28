"""Keeps the needs cards in one small JSON file in the data folder (the I/O edge).

    {"version": 1, "me": {"needs": [...], "note": "..."}, "partner": {...}}

Written whole to a temporary file and moved into place, so a crash never leaves
half a card; the folder is created owner-only, like the store's.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Final

from empathos.errors import InputError
from empathos.needs.card import WHOSE, NeedsCard, Whose, card_from_dict
from empathos.settings import data_dir

NEEDS_FILE: Final = "needs.json"
VERSION: Final = 1


def needs_path() -> Path:
    return data_dir() / NEEDS_FILE


def load_cards(path: Path | None = None) -> dict[Whose, NeedsCard]:
    """The saved cards (none saved: empty). A damaged file is an InputError naming it."""
    path = needs_path() if path is None else path
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the needs cards in {path}: {exc}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(
            f"the needs cards in {path} are damaged ({exc}); delete the file and set them again"
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            f"the needs cards in {path} are damaged; delete the file and set them again"
        )
    return {
        whose: card_from_dict(data[whose], f"{path}: {whose}") for whose in WHOSE if whose in data
    }


def save_card(whose: Whose, card: NeedsCard, path: Path | None = None) -> Path:
    """Saves one card, keeping the other; returns the file written."""
    path = needs_path() if path is None else path
    cards = load_cards(path)
    cards[whose] = card
    data: dict[str, object] = {"version": VERSION}
    data.update({w: cards[w].to_dict() for w in WHOSE if w in cards})
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise InputError(f"cannot save the needs card to {path}: {exc.strerror or exc}") from None
    return path
