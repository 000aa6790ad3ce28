"""`empathos pause`: a short timed breathing step before you react, then a second look.

empathos pause                           box breathing, about a minute
empathos pause --pattern 478             4-7-8 breathing
empathos pause --draft "..."             show the draft again afterwards, for a second look
empathos pause --seconds 20 --no-wait    any length; --no-wait prints the steps without waiting

Ctrl-C stops the exercise cleanly at any point: skipping is always fine.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Final

import typer

from empathos.cli.errors import fail, user_errors

if TYPE_CHECKING:
    from rich.console import Console

    from empathos.selfreg.exercises import Step

PATTERNS: Final = ("box", "478")
MAX_SECONDS: Final = 1800  # exercises.MAX_SECONDS; here so --help stays light


def pause_cli(
    pattern: Annotated[
        str,
        typer.Option(
            "--pattern",
            "-p",
            help="box (in 4, hold 4, out 4, hold 4) or 478 (in 4, hold 7, out 8).",
        ),
    ] = "box",
    seconds: Annotated[
        int | None,
        typer.Option(
            "--seconds",
            "-s",
            min=1,
            max=MAX_SECONDS,
            help="How long to breathe. Default: about a minute (box 64 s, 4-7-8 76 s).",
            show_default=False,
        ),
    ] = None,
    draft: Annotated[
        str | None,
        typer.Option("--draft", "-d", help="The message you were about to send, to look at again."),
    ] = None,
    no_wait: Annotated[
        bool, typer.Option("--no-wait", help="Print the steps without waiting (for scripts).")
    ] = False,
) -> None:
    """Take a breath before you react: a short timed breathing exercise, then a second look."""
    if pattern not in PATTERNS:
        raise fail(f"unknown --pattern {pattern!r}; choose box or 478")
    with user_errors():
        finished = run_exercise(pattern, seconds, no_wait)
    second_look(draft, finished)


def run_exercise(exercise_id: str, seconds: int | None, no_wait: bool) -> bool:
    """Runs one exercise in the terminal; True when it ran to the end."""
    from rich.console import Console
    from rich.text import Text

    from empathos.selfreg import timer
    from empathos.selfreg.exercises import load_exercises, timeline

    exercise = load_exercises()[exercise_id]
    steps = timeline(exercise, seconds)
    console = Console(highlight=False)
    console.print(Text(exercise.name, style="bold cyan"))
    console.print(exercise.intro)
    console.print()
    if no_wait or not console.is_terminal:
        # One line per step: readable in a log, and nothing to redraw.
        def show_line(index: int, step: Step, left: int) -> None:
            if left == step.seconds:
                console.print(f"  {step.text} ({step.seconds} s)")

        finished = timer.run_steps(steps, show_line, timer.no_wait if no_wait else timer.sleep)
    else:
        finished = _run_live(console, exercise.name, steps)
    console.print()
    if finished:
        console.print(exercise.outro, style="green")
    else:
        console.print("Stopped. That's fine: even a few slow breaths help.", style="yellow")
    return finished


def _run_live(console: Console, name: str, steps: Sequence[Step]) -> bool:
    from rich.live import Live

    from empathos.render.selfcare import step_view
    from empathos.selfreg import timer

    with Live(console=console, refresh_per_second=4, transient=True) as live:

        def show(index: int, step: Step, left: int) -> None:
            position = f"step {index + 1} of {len(steps)}"
            live.update(step_view(name, step.text, left, step.seconds, position))

        return timer.run_steps(steps, show, timer.sleep)


def second_look(draft: str | None, finished: bool) -> None:
    """The prompt to look at the draft again, with the commands that help."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    console = Console(highlight=False)
    console.print()
    if draft and draft.strip():
        console.print(Panel(Text(draft), title="Your draft, a second look", border_style="dim"))
    questions = Text()
    questions.append("Before you send it, ask yourself:\n", style="bold")
    questions.append("  • Does it say what I feel, and what I need?\n")
    questions.append("  • Is anything in it about who they are, rather than what happened?\n")
    questions.append("  • Would I want to receive it, said this way?\n")
    questions.append("\nTry: ", style="dim")
    questions.append('empathos express "your message"', style="bold")
    questions.append(" for a gentler way to say it.", style="dim")
    console.print(questions)
