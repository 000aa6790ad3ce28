"""The look back's short summary in the terminal (the HTML report has the charts)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

BLOCK_WORDS = {
    "advice": "unasked-for advice",
    "minimizing": "minimizing",
    "defensiveness": "defensiveness",
    "criticism": "criticism",
    "contempt": "contempt",
    "dismissal": "dismissal",
    "self_focus": "turning it to oneself",
    "hostile_question": "hostile questions",
}


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


def _minutes(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    return f"{minutes:.0f} min" if minutes < 90 else f"{minutes / 60:.1f} h"


def _ratio(person: dict[str, Any]) -> str:
    ratio = person.get("positive_to_negative")
    if ratio is None:
        return "no negative moments" if person.get("positive") else "—"
    return f"{ratio:.1f} : 1"


def _answers(person: dict[str, Any]) -> str:
    return " / ".join(str(person["answers"][d]) for d in ("toward", "away", "against"))


def _blocks(person: dict[str, Any]) -> str:
    top = sorted(person["blocks"].items(), key=lambda kv: -kv[1])[:3]
    return ", ".join(f"{BLOCK_WORDS.get(kind, kind)} {count}" for kind, count in top) or "none"


def _empathy(person: dict[str, Any]) -> str:
    mean = person["empathy_mean"]
    return "—" if mean is None else f"{mean:.0f}"


_ROWS: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
    ("emotional bids made", lambda p: f"{p['bids_made']:,}"),
    ("small bids made", lambda p: f"{p['small_bids_made']:,}"),
    ("answers: toward / away / against", _answers),
    ("turned toward (86% stable, 33% divorced)", lambda p: _percent(p["turning_toward_rate"])),
    ("positive to negative (5 : 1)", _ratio),
    ("mean empathy of answers (0-100)", _empathy),
    ("typical time to answer", lambda p: _minutes(p["response_minutes_median"])),
    ("most frequent blocks", _blocks),
)


def render_summary(summary: dict[str, Any], report: Path | None = None) -> RenderableType:
    people: dict[str, dict[str, Any]] = summary["people"]
    names = list(people)
    period = summary.get("period") or {}
    start, end = (period.get("start") or "")[:10], (period.get("end") or "")[:10]
    header = Text.from_markup(
        f"[bold]{escape(summary['source'])}[/] · {summary['messages']:,} messages"
        f" · {start} to {end} · {escape(' and '.join(names))}"
    )
    table = Table(title="How each of you answered the other's bids", title_justify="left")
    table.add_column("")
    for name in names:
        table.add_column(escape(name), justify="right")

    for label, cell in _ROWS:
        table.add_row(label, *(cell(people[name]) for name in names))
    parts: list[RenderableType] = [header, table]
    skipped = summary["skipped"]
    if skipped["total"]:
        reasons = ", ".join(f"{reason} {count:,}" for reason, count in skipped["by_reason"].items())
        parts.append(Text(f"Left out: {skipped['total']:,} lines ({reasons})", style="dim"))
    parts.append(
        Text(
            "A look back is a mirror for growing together, not a verdict. "
            "It ran on this computer; nothing was sent anywhere.",
            style="italic",
        )
    )
    if report is not None:
        parts.append(Text(f"Report with charts: {report} (it quotes private messages)"))
    else:
        hint = "Add --report report.html for charts and the moments worth a look."
        parts.append(Text(hint, style="dim"))
    return Group(*parts)
