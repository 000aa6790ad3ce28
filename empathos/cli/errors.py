"""How the CLI shows problems a user can fix: one red line on stderr, never a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.markup import escape

from empathos.errors import EmpathosError

# Exit statuses: 1 is kept for "some batch lines had errors", so it stays
# distinguishable from a run that could not start at all (2, like click's usage errors).
EXIT_LINE_ERRORS = 1
EXIT_USER_ERROR = 2


def fail(message: str) -> typer.Exit:
    """Prints `message` as an error and returns the Exit to raise."""
    Console(stderr=True).print(
        f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True
    )
    return typer.Exit(EXIT_USER_ERROR)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turns any EmpathosError raised inside into a clean message and exit status 2."""
    try:
        yield
    except EmpathosError as exc:
        raise fail(str(exc)) from None
