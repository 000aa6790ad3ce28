"""`empathos express` and the self-care commands' safety notice, as Rich renderables.

Reads the plain `Expressed.to_dict()` record, so it renders whatever made it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from empathos.render.console import highlighted_reply, pretty, safety_panel

_OWN_RISK_WORDS = {
    "self_harm": "Your words suggest you may be thinking about hurting yourself.",
    "violence": "Your words suggest someone may be in danger of violence.",
    "abuse": "Your words suggest you may be experiencing abuse.",
}


def own_safety_panel(risk: Mapping[str, Any]) -> Panel:
    """Safety first, when the crisis words are in the user's own draft."""
    return safety_panel(
        risk,
        _OWN_RISK_WORDS,
        "Your words suggest a crisis.",
        "You matter more than this message. Please reach out to someone you trust now, "
        "or to a helpline.",
    )


def _blocks_lines(blocks: Sequence[Mapping[str, Any]]) -> list[RenderableType]:
    return [
        Text.assemble(
            ("  ✗ ", "bold red"),
            (pretty(str(block.get("kind"))), "bold red"),
            ": ",
            (f'"{block.get("text", "")}"', "italic"),
        )
        for block in blocks
    ]


def express_view(result: Mapping[str, Any]) -> list[RenderableType]:
    """Everything `empathos express` prints, safety first."""
    out: list[RenderableType] = []
    if result.get("risk"):
        out += [own_safety_panel(result["risk"]), Text()]
    blocks: Sequence[Mapping[str, Any]] = result.get("blocks") or []
    text = str(result.get("text", ""))
    out.append(Text("Your message", style="bold cyan"))
    out.append(Panel(highlighted_reply(text, blocks), border_style="dim", expand=False))
    if result.get("already_gentle"):
        out.append(Text("This already sounds like a gentle start-up.", style="bold green"))
        for point in result.get("good") or []:
            out.append(Text.assemble(("  ✓ ", "bold green"), str(point)))
    else:
        if blocks:
            out.append(Text("What may land as blame:", style="bold"))
            out += _blocks_lines(blocks)
        else:
            out.append(Text("Nothing harsh here, and it could say more:", style="bold"))
            for point in result.get("good") or []:
                out.append(Text.assemble(("  ✓ ", "bold green"), str(point)))
        out.append(Text())
        gentle = result.get("gentle") or []
        body = Text()
        for i, line in enumerate(gentle, 1):
            if i > 1:
                body.append("\n\n")
            body.append(f"{i}. ", style="bold")
            body.append(str(line))
        out.append(Panel(body, title="You could say it gently", border_style="green"))
    tips = result.get("tips") or []
    if tips:
        lines = Text()
        for i, tip in enumerate(tips):
            if i:
                lines.append("\n")
            lines.append("• ", style="bold")
            lines.append(str(tip))
        out += [Text(), Group(Text("Tips", style="bold cyan"), lines)]
    return out
