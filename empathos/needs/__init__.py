"""Needs cards: "what helps me when I'm upset", mine and my partner's.

    card.py   the card, its needs (the contract's partner_needs values) and note (pure)
    file.py   the JSON file in the data folder that keeps them

`empathos analyze` uses my partner's card when no --partner-needs is given.
"""

from empathos.needs.card import MEANINGS, NeedsCard, Whose, make_card, parse_needs
from empathos.needs.file import load_cards, needs_path, save_card

__all__ = [
    "MEANINGS",
    "NeedsCard",
    "Whose",
    "load_cards",
    "make_card",
    "needs_path",
    "parse_needs",
    "save_card",
]
