"""A Rich progress bar on stderr, advanced by bytes of input read (stdin has no known total)."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
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
