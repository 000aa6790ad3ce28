"""Runs a timeline second by second: the clock and the display are handed in.

`run_steps` calls `show(index, step, left)` once a second (`left` counting down
from the step's seconds) and `wait(1)` between; Ctrl-C (KeyboardInterrupt) ends
the run cleanly and is reported, not raised: skipping a pause is always fine.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from empathos.selfreg.exercises import Step

Show = Callable[[int, Step, int], None]
Wait = Callable[[float], None]


def sleep(seconds: float) -> None:
    """The real clock (tests replace it)."""
    time.sleep(seconds)


def no_wait(seconds: float) -> None:
    """For --no-wait: every step is shown, no time passes."""


def run_steps(steps: Sequence[Step], show: Show, wait: Wait) -> bool:
    """True when the run finished, False when it was stopped with Ctrl-C."""
    try:
        for index, step in enumerate(steps):
            for left in range(step.seconds, 0, -1):
                show(index, step, left)
                wait(1)
    except KeyboardInterrupt:
        return False
    return True
