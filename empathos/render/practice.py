"""Practice mode in the terminal: the scenario list, the partner's lines, the felt-heard
bar after each reply, and the debrief with its curve.

Reads plain data: scenario summaries (`Scenario.summary()`), turn dicts and the
session dict (`SessionResult.to_dict()`), plus skill names from the curriculum.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from empathos.render.console import pretty

HEARD_AT: Final = 80  # practice.scoring.HEARD_AT: the bar turns green here
BAR_WIDTH: Final = 20
SPARKS: Final = "▁▂▃▄▅▆▇█"

LANDED_WORDS: Final = {
    "emotional_reaction": "warmth",
    "interpretation": "understanding",
    "exploration": "curiosity",
    "validation": "validation",
    "space_offer": "room to breathe",
    "reassurance": "reassurance",
    "plan": "a plan, when they were ready",
    "asks_needs": "asking what they need",
}
BLOCK_WORDS: Final = {
    "advice": "advice they didn't ask for",
    "minimizing": "minimizing",
    "defensiveness": "defensiveness",
    "criticism": "criticism",
    "contempt": "contempt",
    "dismissal": "dismissal",
    "self_focus": "turning it to yourself",
    "hostile_question": "a question with an edge",
    "pressure": "pressure to talk",
}
STATE_WORDS: Final = {
    "opening_up": ("opens up", "green"),
    "guarded": ("stays guarded", "yellow"),
    "withdrawing": ("pulls back", "magenta"),
    "escalating": ("gets sharper", "red"),
    "heard": ("feels heard", "bold green"),
    "gave_up": ("gives up", "bold red"),
}
NEED_WORDS: Final = {
    "to_be_heard": "to be heard",
    "reassurance": "reassurance",
    "a_plan": "a plan, once they feel heard",
    "space": "some space",
}
MAX_QUOTES: Final = 6  # per list in the debrief; beyond that it reads as noise


def _style(level: int) -> str:
    return "green" if level >= HEARD_AT else "yellow" if level >= 40 else "red"


def bar(level: int, width: int = BAR_WIDTH) -> Text:
    filled = max(0, min(width, round(level / 100 * width)))
    return Text("█" * filled + "░" * (width - filled), style=_style(level))


def sparkline(curve: Sequence[int]) -> str:
    return "".join(SPARKS[min(len(SPARKS) - 1, max(0, v) * len(SPARKS) // 101)] for v in curve)


def scenario_table(scenarios: Sequence[Mapping[str, Any]]) -> Table:
    table = Table(title="Practice scenarios", title_justify="left", header_style="bold cyan")
    table.add_column("#", justify="right", style="dim")
    table.add_column("id", style="bold", no_wrap=True)
    table.add_column("title")
    table.add_column("theme")
    table.add_column("skills", style="dim", ratio=1)
    table.add_column("level", justify="center")
    for number, s in enumerate(scenarios, 1):
        skills = ", ".join(pretty(k) for k in s["skills"])  # ids: shorter than the names
        theme = pretty(str(s["theme"]))
        if s.get("direction") == "criticism":
            theme += " (at you)"
        table.add_row(
            str(number), str(s["id"]), str(s["title"]), theme, skills, "●" * int(s["difficulty"])
        )
    return table


def situation_panel(scenario: Mapping[str, Any], names: Mapping[str, str]) -> Panel:
    partner = scenario["partner"]
    body = Text()
    body.append(str(scenario["situation"]) + "\n\n")
    body.append("Your partner: ", style="bold")
    body.append(f"{partner['name']} ({partner['pronouns']})\n")
    body.append("What they need: ", style="bold")
    body.append(NEED_WORDS.get(str(scenario["partner_need"]), str(scenario["partner_need"])))
    body.append("\nYou practise: ", style="bold")
    body.append(", ".join(names.get(k, pretty(k)) for k in scenario["skills"]))
    body.append("\n\nType your reply and press Enter. /hint for an idea, /quit to stop.", "dim")
    return Panel(body, title=str(scenario["title"]), border_style="cyan", padding=(1, 2))


def partner_says(name: str, text: str, state: str | None = None) -> Text:
    line = Text.assemble((f"{name}: ", "bold cyan"), (f"“{text}”", "italic"))
    if state is not None:
        word, style = STATE_WORDS.get(state, (state, "dim"))
        line.append(f"   ({word})", style=style)
    return line


def felt_heard_line(level: int, change: int | None = None) -> Text:
    line = Text.assemble(("Felt heard ", "bold"), bar(level), f" {level:3d}/100")
    if change is not None:
        line.append(f"  ({change:+d})", style="green" if change > 0 else "red" if change else "dim")
    return line


def turn_note(turn: Mapping[str, Any]) -> Text:
    """What landed and what blocked in one reply, from its reasons."""
    reasons: Mapping[str, int] = turn.get("reasons") or {}
    landed = [LANDED_WORDS[k] for k, v in reasons.items() if k in LANDED_WORDS and v > 0]
    blocked = [BLOCK_WORDS[k] for k, v in reasons.items() if k in BLOCK_WORDS and v < 0]
    note = Text()
    if landed:
        note.append("  ✓ ", style="green")
        note.append(", ".join(landed))
    if blocked:
        note.append("   " if landed else "  ")
        note.append("✗ ", style="red")
        note.append(", ".join(blocked))
    if not landed and not blocked:
        note.append("  nothing in particular reached them", style="dim")
    return note


def turn_view(turn: Mapping[str, Any], partner_name: str) -> Group:
    return Group(
        felt_heard_line(int(turn["felt_heard"]), int(turn.get("change", 0))),
        turn_note(turn),
        Text(),
        partner_says(partner_name, str(turn["partner"]), str(turn["state"])),
    )


def curve_chart(curve: Sequence[int]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", justify="right")
    grid.add_column()
    grid.add_column(justify="right")
    grid.add_column()
    for i, level in enumerate(curve):
        change = "" if i == 0 else f"{level - curve[i - 1]:+d}"
        grid.add_row("start" if i == 0 else f"reply {i}", bar(level), str(level), change)
    return grid


def _quotes(items: Sequence[Mapping[str, Any]], words: Mapping[str, str], mark: Text) -> Text:
    """One line per quoted sentence, naming everything it showed."""
    grouped: dict[tuple[Any, str], list[str]] = {}
    for item in items:
        kind = str(item.get("mechanism") or item.get("kind"))
        kinds = grouped.setdefault((item["turn"], str(item["quote"])), [])
        if words.get(kind, pretty(kind)) not in kinds:
            kinds.append(words.get(kind, pretty(kind)))
    out = Text()
    for i, ((turn, quote), kinds) in enumerate(grouped.items()):
        if i == MAX_QUOTES:
            out.append(f"  … and {len(grouped) - MAX_QUOTES} more\n", style="dim")
            break
        out.append_text(mark)
        out.append(f"reply {turn}, {', '.join(kinds)}: ", style="bold")
        out.append(f"“{quote}”\n", style="italic")
    out.rstrip()
    return out


def debrief_view(result: Mapping[str, Any], names: Mapping[str, str]) -> Group:
    debrief: Mapping[str, Any] = result["debrief"]
    curve: Sequence[int] = result["felt_heard"]
    parts: list[RenderableType] = [
        Text(str(debrief["summary"]), style="bold"),
        Text(f"Felt heard {sparkline(curve)}  {' → '.join(str(v) for v in curve)}", "dim"),
        Text(),
        curve_chart(curve),
    ]
    worked: Sequence[Mapping[str, Any]] = debrief.get("worked") or []
    blocked: Sequence[Mapping[str, Any]] = debrief.get("blocked") or []
    if worked:
        parts += [Text(), Text("What worked", style="bold cyan")]
        parts.append(_quotes(worked, LANDED_WORDS, Text("  ✓ ", style="green")))
    if blocked:
        parts += [Text(), Text("What blocked", style="bold cyan")]
        parts.append(_quotes(blocked, BLOCK_WORDS, Text("  ✗ ", style="red")))
    alternative = debrief.get("alternative")
    if alternative:
        body = Text.assemble(
            ("You said: ", "bold"),
            (f"“{alternative['reply']}”\n", "italic"),
            ("Try: ", "bold green"),
            f"“{alternative['suggestion']}”",
        )
        # The weakest reply may have been warm already: then it is another way, not a warmer one.
        warmer = alternative.get("source") == "engine" or int(alternative.get("change", 0)) < 8
        title = f"{'A warmer' if warmer else 'Another'} way to say reply {alternative['turn']}"
        parts += [Text(), Panel(body, title=title, border_style="green")]
    skills: Mapping[str, float] = debrief.get("skills") or {}
    if skills:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        grid.add_column(justify="right")
        for skill, value in skills.items():
            grid.add_row(
                names.get(skill, pretty(skill)), bar(round(value * 100), 10), f"{value:.0%}"
            )
        parts += [Text(), Text("Skills this session", style="bold cyan"), grid]
    return Group(*parts)
