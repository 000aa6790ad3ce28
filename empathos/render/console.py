"""The record of one analysis as Rich renderables for the terminal.

Reads only the contract record (shared/spec/analysis.md) plus the reply text,
so it works for any engine version, and says something sensible when a key is
empty (the first engine leaves blocks, feedback and suggestion empty).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

HELP_LINE = (
    "If you or they are in danger, call your local emergency number; "
    "in the US call or text 988; elsewhere see findahelpline.com"
)

_RISK_WORDS = {
    "self_harm": "Your partner's words suggest they may be thinking about hurting themselves.",
    "violence": "Your partner's words suggest someone may be in danger of violence.",
    "abuse": "Your partner's words suggest they may be experiencing abuse.",
}

_SEEKS = {
    "empathy": "to feel heard and understood (empathy, not solutions)",
    "advice": "advice: they asked for a suggestion or information",
}

_DIMENSIONS = (
    ("emotional_reactions", "Warmth", "expressing care and concern"),
    ("interpretations", "Understanding", "showing you grasp what they feel"),
    ("explorations", "Curiosity", "asking about what they feel and live"),
)

_LEVELS = {0: ("none", "dim"), 1: ("weak", "yellow"), 2: ("strong", "green")}

MAX_EMOTIONS = 5  # beyond five the list reads as noise


def pretty(label: str) -> str:
    """`providing_suggestions` -> `providing suggestions`."""
    return label.replace("_", " ")


def _heading(title: str) -> Text:
    return Text(title, style="bold cyan")


_PARTNER_ADVICE = (
    "Put coaching aside: ask them directly how they are, stay with them, "
    "and get help together."
)


def safety_panel(
    risk: Mapping[str, Any],
    words: Mapping[str, str] = _RISK_WORDS,
    unknown: str = "Your partner's words suggest a crisis.",
    advice: str = _PARTNER_ADVICE,
) -> Panel:
    """Safety first: what the words suggest, the words themselves, what to do, where to
    get help. The defaults speak of the partner; `empathos express` passes its own."""
    body = Text()
    body.append(words.get(str(risk.get("kind")), unknown) + "\n", style="bold")
    if risk.get("text"):
        body.append("What signals it: ", style="dim")
        body.append(f'"{risk["text"]}"\n')
    body.append(f"\n{advice}\n")
    body.append(HELP_LINE + ".", style="bold")
    return Panel(body, title="SAFETY FIRST", border_style="bold red", padding=(1, 2))


def _bar(score: float, width: int = 20) -> Text:
    filled = max(0, min(width, round(score * width)))
    return Text("█" * filled + "░" * (width - filled), style="magenta")


def partner_section(partner: Mapping[str, Any]) -> RenderableType:
    emotions: Sequence[Mapping[str, Any]] = partner.get("emotions") or []
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", min_width=14)
    grid.add_column()
    grid.add_column(justify="right")
    feeling = partner.get("feeling")
    if emotions:
        for emotion in emotions[:MAX_EMOTIONS]:
            score = float(emotion.get("score", 0.0))
            grid.add_row(pretty(str(emotion.get("label"))), _bar(score), f"{score:.0%}")
    elif not feeling:
        grid.add_row(Text("no clear emotion detected", style="dim"), "", "")
    lines: list[RenderableType] = [_heading("How your partner feels")]
    if feeling:
        lines.append(Text.assemble(("In a word: ", "bold"), f"they likely feel {feeling}"))
    lines.append(grid)
    seeks = partner.get("seeks")
    seeks_line = Text.assemble(("They seem to want: ", "bold"), _SEEKS.get(str(seeks), str(seeks)))
    return Group(*lines, Text(), seeks_line)


def highlighted_reply(reply_text: str, blocks: Sequence[Mapping[str, Any]]) -> Text:
    """The reply with each block's span underlined in red, followed by its kind."""
    text = Text(reply_text)
    for block in blocks:
        start = max(0, min(len(reply_text), int(block.get("start", 0))))
        end = max(start, min(len(reply_text), int(block.get("end", 0))))
        if end > start:
            text.stylize("bold red underline", start, end)
    return text


def _empathy_table(empathy: Mapping[str, Any]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", min_width=14)
    grid.add_column()
    grid.add_column(style="dim")
    for key, name, meaning in _DIMENSIONS:
        level = empathy.get(key)
        word, style = _LEVELS.get(level, ("?", "dim")) if isinstance(level, int) else ("?", "dim")
        grid.add_row(name, Text(word, style=style), meaning)
    return grid


def _score_line(score: Any, empathic: Any) -> Text:
    value = int(score) if isinstance(score, int | float) else 0
    style = "green" if value >= 60 else "yellow" if value >= 35 else "red"
    return Text.assemble(
        ("Empathy score: ", "bold"),
        (f"{value}/100", f"bold {style}"),
        ("   Empathic: ", "bold"),
        ("yes", "bold green") if empathic else ("no", "bold red"),
    )


def reply_section(reply: Mapping[str, Any], reply_text: str) -> RenderableType:
    blocks: Sequence[Mapping[str, Any]] = reply.get("blocks") or []
    parts: list[RenderableType] = [_heading("Your reply")]
    parts.append(Panel(highlighted_reply(reply_text, blocks), border_style="dim", expand=False))
    if blocks:
        for block in blocks:
            parts.append(
                Text.assemble(
                    ("  ✗ ", "bold red"),
                    (pretty(str(block.get("kind"))), "bold red"),
                    ": ",
                    (f'"{block.get("text", "")}"', "italic"),
                )
            )
    else:
        parts.append(Text("  No blocks to empathy found.", style="green"))
    parts += [Text(), _empathy_table(reply.get("empathy") or {}), Text()]

    strategy = reply.get("strategy") or {}
    label = str(strategy.get("label", "others"))
    share = (strategy.get("scores") or {}).get(label)
    share_text = f" ({share:.0%})" if isinstance(share, int | float) else ""
    parts.append(Text.assemble(("Strategy: ", "bold"), pretty(label) + share_text))
    mechanisms = reply.get("mechanisms") or []
    parts.append(
        Text.assemble(
            ("Shows: ", "bold"),
            ", ".join(pretty(str(m)) for m in mechanisms) if mechanisms else ("nothing yet", "dim"),
        )
    )
    parts.append(_score_line(reply.get("score"), reply.get("empathic")))
    return Group(*parts)


def coaching_section(record: Mapping[str, Any]) -> Iterator[RenderableType]:
    feedback: Sequence[Mapping[str, Any]] = record.get("feedback") or []
    if feedback:
        lines = Text()
        for i, item in enumerate(feedback):
            if i:
                lines.append("\n")
            lines.append("• " + pretty(str(item.get("skill"))) + ": ", style="bold")
            lines.append(str(item.get("message", "")))
        yield Group(_heading("What to try"), lines)
    suggestion = record.get("suggestion")
    if suggestion:
        title = "You could say"
        if record.get("suggestion_source") == "generator":
            title += f" (written by {record.get('suggestion_url')}, checked by empathos)"
        yield Panel(Text(str(suggestion)), title=title, border_style="green")
    if record.get("suggestion_note"):
        yield Text(str(record["suggestion_note"]), style="dim")


def heat_notice(message: str) -> Panel:
    """Reflect before reacting: said kindly when my own draft shows heat."""
    return Panel(
        Text(message), title="Reflect before reacting", border_style="yellow", padding=(0, 1)
    )


def render_record(
    record: Mapping[str, Any], reply_text: str | None, heat: str | None = None
) -> list[RenderableType]:
    """Everything to print for one analysis, safety first; `heat` is the reflect-before-
    reacting message when the reply shows heat."""
    partner: Mapping[str, Any] = record.get("partner") or {}
    out: list[RenderableType] = []
    risk = partner.get("risk")
    if risk:
        out += [safety_panel(risk), Text()]
    out += [partner_section(partner), Text()]
    reply = record.get("reply")
    if reply and reply_text is not None:
        out += [reply_section(reply, reply_text), Text()]
        if heat:
            out += [heat_notice(heat), Text()]
    else:
        out += [
            Text('Add --reply "your draft" to see how a reply would land.', style="dim"),
            Text(),
        ]
    for part in coaching_section(record):
        out += [part, Text()]
    return out
