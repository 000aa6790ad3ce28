"""`empathos bodyscan`: a short guided body scan in the terminal.

empathos bodyscan                        about two minutes, one step at a time
empathos bodyscan --seconds 60           the same steps in a minute
empathos bodyscan --no-wait              print the steps without waiting (for scripts)

Ctrl-C stops it cleanly at any point.
"""

from __future__ import annotations

from typing import Annotated

import typer

from empathos.cli.errors import user_errors
from empathos.cli.pause import MAX_SECONDS, run_exercise


def bodyscan_cli(
    seconds: Annotated[
        int | None,
        typer.Option(
            "--seconds",
            "-s",
            min=1,
            max=MAX_SECONDS,
            help="How long the whole scan takes. Default: about two minutes.",
            show_default=False,
        ),
    ] = None,
    no_wait: Annotated[
        bool, typer.Option("--no-wait", help="Print the steps without waiting (for scripts).")
    ] = False,
) -> None:
    """A guided body scan: notice where the feeling sits, and let go where you can."""
    with user_errors():
        run_exercise("bodyscan", seconds, no_wait)
