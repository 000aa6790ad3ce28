"""The feelings vocabulary and the reading-feelings exercise as Rich renderables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree


def vocabulary_tree(title: str, nodes: Sequence[Mapping[str, Any]]) -> Tree:
    """Words with their meanings and the finer words under them (`children`, nested)."""
    tree = Tree(Text(title, style="bold cyan"))

    def add(branch: Tree, node: Mapping[str, Any]) -> None:
        label = Text.assemble((str(node["word"]), "bold"), ("  " + str(node["meaning"]), "dim"))
        child = branch.add(label)
        for sub in node.get("children") or []:
            add(child, sub)

    for node in nodes:
        add(tree, node)
    return tree


def word_view(entry: Mapping[str, Any]) -> RenderableType:
    """One word: its meaning, where it sits, its synonyms and finer words."""
    parts: list[RenderableType] = [
        Text.assemble((str(entry["word"]), "bold cyan"), ": ", str(entry["meaning"]))
    ]
    if len(entry.get("path") or []) > 1:
        parts.append(Text("  " + " > ".join(entry["path"]), style="dim"))
    if entry.get("also"):
        parts.append(Text.assemble(("  also: ", "dim"), ", ".join(entry["also"])))
    if entry.get("siblings"):
        parts.append(Text.assemble(("  near it: ", "dim"), ", ".join(entry["siblings"])))
    children = entry.get("children") or []
    if children:
        parts += [Text(), vocabulary_tree("Finer words", children)]
    return Group(*parts)


def choices_table(choices: Sequence[str]) -> Table:
    table = Table.grid(padding=(0, 3))
    columns = 4
    for _ in range(columns):
        table.add_column()
    rows = (len(choices) + columns - 1) // columns
    for r in range(rows):
        cells = []
        for c in range(columns):
            i = c * rows + r
            cells.append(f"{i + 1:>2}. {choices[i]}" if i < len(choices) else "")
        table.add_row(*cells)
    return table


def message_panel(text: str, number: int, count: int) -> Panel:
    return Panel(Text(text), title=f"Message {number} of {count}", border_style="cyan")


def scored_view(scored: Mapping[str, Any]) -> RenderableType:
    points = int(scored["points"])
    verdict = (
        Text("✓ Yes", style="bold green")
        if points == 2
        else Text("≈ Close", style="bold yellow")
        if points == 1
        else Text("✗ Not quite", style="bold red")
    )
    raters = ", ".join(str(label) for label in scored["raters"])
    lines = [
        Text.assemble(verdict, f"  The raters read: {scored['answer']} ({raters})."),
    ]
    if not scored.get("guess_labels"):
        lines.append(
            Text(
                f"  '{scored['guess']}' is a start, but too broad (or not a word I know) to "
                "score; empathos feelings shows finer ones.",
                style="yellow",
            )
        )
    for cue in scored.get("cues") or []:
        lines.append(Text("  • " + str(cue)[:1].upper() + str(cue)[1:] + ".", style="dim"))
    return Group(*lines)


def summary_line(summary: Mapping[str, Any]) -> Text:
    return Text.assemble(
        ("Score: ", "bold"),
        (f"{summary['points']}/{summary['max_points']}", "bold cyan"),
        f"  ({summary['correct']} right, {summary['close']} close, of {summary['items']})",
    )
