"""Rich progress bars on stderr: a batch by bytes read (stdin has no total), a chat by messages."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)


class ByteProgress:
    def __init__(self, total: int | None):
        self.lines = 0
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("analyzing"),
            BarColumn(),
            DownloadColumn(),
            TextColumn("{task.fields[lines]} lines"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._progress.add_task("analyze", total=total, lines=0)

    def __enter__(self) -> ByteProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def __call__(self, nbytes: int) -> None:
        self.lines += 1
        self._progress.update(self._task, advance=nbytes, lines=self.lines)


class MessageProgress:
    """A bar on stderr counting messages; transient, so the summary stands alone."""

    def __init__(self, console: Console, total: int):
        self._bar = Progress(
            TextColumn("analyzing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("messages"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self._task = self._bar.add_task("messages", total=total)

    def __enter__(self) -> MessageProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def __call__(self, messages: int) -> None:
        self._bar.advance(self._task, messages)
