"""Pause, body scan and needs cards as Rich renderables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

BAR_WIDTH = 24


def step_view(title: str, text: str, left: int, seconds: int, position: str) -> Panel:
    """One moment of a timed step: what to do, and a countdown."""
    done = seconds - left
    filled = round(BAR_WIDTH * done / seconds) if seconds else BAR_WIDTH
    body = Group(
        Text(text, style="bold"),
        Text(),
        Text.assemble(
            ("█" * filled + "░" * (BAR_WIDTH - filled), "cyan"),
            (f"  {left}", "bold"),
        ),
    )
    return Panel(
        body,
        title=title,
        subtitle=f"{position}  ·  Ctrl-C to stop",
        border_style="cyan",
        padding=(1, 2),
        width=72,
    )


def needs_view(cards: Mapping[str, Any], meanings: Mapping[str, str]) -> RenderableType:
    """Both cards, or how to write them."""
    table = Table(show_header=True, header_style="bold cyan", box=None, padding=(0, 2))
    table.add_column("Card")
    table.add_column("What helps when upset")
    table.add_column("Note", style="italic")
    titles = {"me": "Mine", "partner": "My partner's"}
    for whose in ("me", "partner"):
        card = cards.get(whose)
        if card is None:
            flag = "--set" if whose == "me" else "--partner"
            table.add_row(
                titles[whose], Text(f"not written yet (empathos needs {flag} ...)", "dim"), ""
            )
            continue
        needs: Sequence[str] = card.get("needs") or []
        table.add_row(
            titles[whose], "\n".join(meanings.get(n, n) for n in needs), str(card.get("note", ""))
        )
    return table
