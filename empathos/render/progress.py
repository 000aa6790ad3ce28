"""Progress and daily habits in the terminal: skill sparklines per week, practice outcomes,
the streak, and the daily check-in with its idea and presence prompt.

Reads plain data: the summary of `progress.trends.build_summary` and the daily picks as
dicts (`empathos checkin --json` shows the same keys), plus skill names from the curriculum.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Final

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from empathos.render.console import pretty
from empathos.render.practice import SPARKS

TERMINAL_WEEKS: Final = 12  # a sparkline a glance can read; --html and --json show all
MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
GAP: Final = "·"  # a week with nothing measured
OUTCOME_WORDS: Final = {
    "heard": "felt heard",
    "turns_out": "ran out of turns",
    "gave_up": "partner gave up",
    "quit": "stopped early",
}
MOOD_WORDS: Final = {1: "low", 2: "a bit low", 3: "okay", 4: "good", 5: "great"}


def short_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]}"


def long_day(day: date) -> str:
    return f"{day:%A} {day.day} {MONTHS[day.month - 1]}"


def week_sparkline(values: Sequence[float | None]) -> Text:
    """One character per week: higher is better; a dot for a week with no measure."""
    text = Text()
    for value in values:
        if value is None:
            text.append(GAP, style="dim")
        else:
            level = min(len(SPARKS) - 1, int(max(0.0, value) * len(SPARKS)))
            text.append(SPARKS[level], style=_style(value))
    return text


def _style(value: float) -> str:
    return "green" if value >= 0.7 else "yellow" if value >= 0.4 else "red"


def _change(value: Any) -> Text:
    if not isinstance(value, int | float):
        return Text("—", style="dim")
    points = round(value * 100)
    if points > 0:
        return Text(f"+{points}", style="green")
    return Text(str(points), style="dim" if points == 0 else "yellow")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def streak_line(streak: Mapping[str, Any]) -> Text:
    current, longest = int(streak.get("current") or 0), int(streak.get("longest") or 0)
    line = Text("Streak: ", style="bold")
    line.append(f"{_plural(current, 'day')} in a row", style="bold green" if current else "")
    if longest > current:
        line.append(f" · longest {_plural(longest, 'day')}", style="dim")
    line.append("\n")
    line.append(str(streak.get("message") or ""), style="italic")
    return line


def skills_table(summary: Mapping[str, Any], names: Mapping[str, str]) -> Table | None:
    skills: Mapping[str, Mapping[str, Any]] = summary.get("skills") or {}
    if not skills:
        return None
    weeks: Sequence[str] = summary.get("weeks") or []
    shown = weeks[-TERMINAL_WEEKS:]
    span = f"weeks of {short_day(shown[0])} → {short_day(shown[-1])}" if shown else ""
    table = Table(
        title="Skills, week by week", title_justify="left", header_style="bold cyan", box=None
    )
    table.add_column("skill", style="bold", no_wrap=True)
    table.add_column(span, no_wrap=True)
    table.add_column("latest", justify="right")
    table.add_column("change", justify="right")
    table.add_column("times", justify="right", style="dim")
    for skill, row in skills.items():
        values: Sequence[float | None] = (row.get("values") or [])[-len(shown) :]
        latest = row.get("latest")
        table.add_row(
            names.get(skill, pretty(skill)),
            week_sparkline(values),
            Text(f"{latest:.0%}", style=_style(latest)) if isinstance(latest, float) else "—",
            _change(row.get("change")),
            str(row.get("events", 0)),
        )
    return table


def progress_view(summary: Mapping[str, Any], names: Mapping[str, str]) -> Group:
    """The whole of `empathos progress` in the terminal."""
    parts: list[RenderableType] = []
    since = summary.get("since")
    title = Text("Your progress", style="bold cyan")
    if since:
        title.append(f" since {short_day(str(since))}", style="cyan")
    parts += [title, streak_line(summary.get("streak") or {}), Text()]
    practice = summary.get("practice") or {}
    outcomes = practice.get("outcomes") or {}
    line = Text("Practice: ", style="bold")
    line.append(_plural(int(practice.get("sessions") or 0), "session"))
    ended = [f"{n} {OUTCOME_WORDS.get(o, pretty(o))}" for o, n in outcomes.items() if n]
    if ended:
        line.append(" — " + ", ".join(ended), style="dim")
    parts.append(line)
    checkins = summary.get("checkins") or {}
    line = Text("Check-ins: ", style="bold")
    line.append(str(int(checkins.get("count") or 0)))
    mood = checkins.get("mood_mean")
    if isinstance(mood, int | float):
        line.append(f" (average mood {mood:.1f} of 5)", style="dim")
    line.append("   Kept analyses: ", style="bold")
    line.append(str(int((summary.get("analyses") or {}).get("kept") or 0)))
    parts.append(line)
    table = skills_table(summary, names)
    if table is not None:
        parts += [Text(), table]
        parts.append(
            Text(
                "Each mark is a week: the share of your replies that showed the skill. "
                f"{GAP} = not measured that week.",
                style="dim",
            )
        )
    return Group(*parts)


def presence_panel(prompt: Mapping[str, Any]) -> Panel:
    body = Text(str(prompt["text"]))
    body.append(
        "\n\nSet a timer for ten minutes, phones out of reach. Nothing needs solving.", "dim"
    )
    return Panel(
        body,
        title=f"Ten minutes of presence: {prompt['title']}",
        title_align="left",
        border_style="magenta",
        padding=(1, 2),
    )


def question_panel(question: Mapping[str, Any], day: date) -> Panel:
    body = Text(str(question["text"]), style="bold")
    body.append(
        "\n\nEach of you answers; the other listens to the end and says back what they heard.",
        "dim",
    )
    return Panel(
        body,
        title=f"Today's check-in · {long_day(day)}",
        title_align="left",
        border_style="cyan",
        padding=(1, 2),
    )


def together_line(idea: Mapping[str, Any]) -> Text:
    return Text.assemble(
        ("Something small to do together today: ", "bold green"), str(idea["text"])
    )


def kept_line(mood: int | None) -> Text:
    line = Text("Kept your answer", style="green")
    if mood is not None:
        line.append(f" and your mood ({mood}/5, {MOOD_WORDS.get(mood, '')})", style="green")
    line.append(".", style="green")
    return line
