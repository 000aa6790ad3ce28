"""`empathos progress`: how your skills have moved, week by week, and your streak.

empathos progress                    skills as weekly sparklines, practice, check-ins, streak
empathos progress --since 30d        only the last 30 days (also 8w, or a date 2025-01-31)
empathos progress --json             the summary as JSON (progress.trends documents its keys)
empathos progress --html FILE        a self-contained HTML page with charts

(The module is not `progress.py`: that name holds the CLI's progress bars.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from empathos.cli import analyze
from empathos.cli.errors import user_errors
from empathos.errors import InputError

EMPTY_NOTE = (
    "Nothing yet: try `empathos practice` to rehearse a hard conversation, or "
    "`empathos checkin` for today's question."
)


def progress_cli(
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="SPAN",
            help="Only this recent stretch: 30d, 8w, or a date such as 2025-01-31.",
        ),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            metavar="FILE",
            help="Also write a self-contained HTML report with charts (no network needed).",
        ),
    ] = None,
) -> None:
    """Your progress: each skill week by week, practice sessions, check-ins and your streak."""
    with user_errors():
        summary = progress_summary(since)
        if html is not None:
            write_html(summary, html)
    if json_out:
        analyze._write_stdout(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console

    console = Console(highlight=False)
    if summary["empty"]:
        if summary["since"] is not None and summary["streak"]["last_active"] is not None:
            console.print(f"Nothing since {summary['since']}: {EMPTY_NOTE}")
        else:
            console.print(EMPTY_NOTE)
        console.print(summary["streak"]["message"], style="italic")
    else:
        from empathos.render.progress import progress_view

        console.print(progress_view(summary, _names()))
    if html is not None:
        console.print(f"Wrote {html}", style="dim")


def progress_summary(since: str | None) -> dict[str, Any]:
    """The summary of `trends.build_summary` from the store and today's date."""
    from empathos.cli.keeping import open_local, today
    from empathos.progress.keeping import read_activity
    from empathos.progress.trends import build_summary, parse_since

    day = today()
    start = None if since is None else parse_since(since, day)
    store, user_id = open_local()
    with store:
        activity = read_activity(store, user_id, since=start)
    return build_summary(
        today=day,
        since=start,
        skills=activity.skills,
        practice=activity.practice,
        checkins=activity.checkins,
        analyses=activity.analyses,
    )


def write_html(summary: dict[str, Any], path: Path) -> None:
    from empathos.progress.report import render_progress_report

    page = render_progress_report(summary, _names())
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"--html: cannot write {path}: {exc.strerror or exc}") from None


def _names() -> dict[str, str]:
    from empathos.practice import load_curriculum

    return {entry.id: entry.name for entry in load_curriculum().entries}
