"""Needs cards: parsing, and the JSON file round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from empathos.errors import InputError
from empathos.needs import load_cards, make_card, needs_path, parse_needs, save_card


def test_parse_needs_orders_and_checks() -> None:
    assert parse_needs("Space, listen,listen") == ("listen", "space")
    with pytest.raises(InputError, match=r"unknown need.*hugs.*choose from"):
        parse_needs("listen,hugs")
    with pytest.raises(InputError, match="at least one"):
        parse_needs(" , ")


def test_round_trip_keeps_the_other_card() -> None:
    assert load_cards() == {}
    save_card("me", make_card(("reassurance",), "  a hug   helps "))
    path = save_card("partner", make_card(("listen", "space")))
    assert path == needs_path() and path.parent.is_dir()
    cards = load_cards()
    assert cards["me"].needs == ("reassurance",) and cards["me"].note == "a hug helps"
    assert cards["partner"].needs == ("listen", "space")


def test_damaged_file_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "needs.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"damaged.*delete the file"):
        load_cards(path)
    path.write_text('{"partner": {"needs": ["hugs"]}}', encoding="utf-8")
    with pytest.raises(InputError, match="partner"):
        load_cards(path)


def test_note_length_is_limited() -> None:
    with pytest.raises(InputError, match="keep it under"):
        make_card(("listen",), "x" * 600)
