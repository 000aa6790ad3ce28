"""A needs card: what helps me when I'm upset (pure).

The needs are the analysis contract's `partner_needs` values; each card adds a
free-text note. `parse_needs` reads "listen, space" as typed on the command line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from empathos.core.labels import PARTNER_NEEDS
from empathos.errors import InputError

Whose = Literal["me", "partner"]
WHOSE: Final[tuple[Whose, ...]] = ("me", "partner")
MAX_NOTE: Final = 500  # a card, not a letter

# What each need means, in the words a partner would use.
MEANINGS: Final[dict[str, str]] = {
    "listen": "to be listened to, without fixing",
    "reassurance": "reassurance that we're okay and that I'm not alone",
    "touch": "a hug, or a hand to hold",
    "advice": "ideas and advice (later, and if I ask)",
    "space": "some space and quiet first",
    "distraction": "distraction: a walk, a film, something else for a while",
}
assert tuple(MEANINGS) == PARTNER_NEEDS


@dataclass(frozen=True)
class NeedsCard:
    needs: tuple[str, ...]  # in PARTNER_NEEDS order, no repeats
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"needs": list(self.needs), "note": self.note}


def parse_needs(text: str) -> tuple[str, ...]:
    """'Listen, space' -> ('listen', 'space'), ordered as the contract lists them."""
    given = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [n for n in given if n not in PARTNER_NEEDS]
    if unknown:
        raise InputError(
            f"unknown need(s) {', '.join(unknown)}; choose from: {', '.join(PARTNER_NEEDS)}"
        )
    if not given:
        raise InputError(f"name at least one need: {', '.join(PARTNER_NEEDS)}")
    return tuple(n for n in PARTNER_NEEDS if n in given)


def make_card(needs: tuple[str, ...], note: str = "") -> NeedsCard:
    note = " ".join(note.split())
    if len(note) > MAX_NOTE:
        raise InputError(f"the note is {len(note)} characters; keep it under {MAX_NOTE}")
    return NeedsCard(tuple(n for n in PARTNER_NEEDS if n in needs), note)


def card_from_dict(raw: object, where: str) -> NeedsCard:
    """A card read back from storage; a damaged one names where it is."""
    if not isinstance(raw, Mapping):
        raise InputError(f"{where}: not a needs card")
    needs, note = raw.get("needs"), raw.get("note", "")
    if not isinstance(needs, list) or not all(n in PARTNER_NEEDS for n in needs):
        raise InputError(f"{where}: 'needs' must be a list of: {', '.join(PARTNER_NEEDS)}")
    if not isinstance(note, str):
        raise InputError(f"{where}: 'note' must be text")
    return make_card(tuple(needs), note)
