"""`empathos chats analyze`: look back at a chat export, privately, on this machine."""

from __future__ import annotations

import json
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from empathos.cli import analyze
from empathos.cli.errors import fail, user_errors
from empathos.errors import InputError

if TYPE_CHECKING:
    from empathos.core.lookback.classify import LookbackModels

app = typer.Typer(
    help="Look back at a chat history between partners (WhatsApp, Telegram, CSV, JSONL).",
    no_args_is_help=True,
)


def _open_details(path: Path) -> IO[str]:
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"--details: cannot write {path}: {exc.strerror}") from None


def get_lookback_models() -> LookbackModels | None:
    """The shipped look-back heads; tests replace this function to use the word rules."""
    from empathos.models import load_lookback_models

    return load_lookback_models()


@app.command("analyze")
def analyze_chat(
    export: Annotated[
        Path,
        typer.Argument(
            metavar="EXPORT",
            help="The chat export: WhatsApp .txt or .zip, Telegram result.json, CSV or JSONL.",
            show_default=False,
        ),
    ],
    me: Annotated[
        str | None,
        typer.Option("--me", help="Your name as the chat shows it; the report speaks to you."),
    ] = None,
    pair: Annotated[
        str | None,
        typer.Option("--pair", help="In a group chat: the two people to look at, 'NAME,NAME'."),
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option("--report", help="Write the report, with charts, to this HTML file."),
    ] = None,
    details: Annotated[
        Path | None,
        typer.Option(
            "--details",
            metavar="OUT.jsonl",
            help="Also write every bid and its answer, with the engine's analysis, one JSON "
            "line each (private: it quotes your messages).",
        ),
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON instead of text.")
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", help="The export's text encoding when not UTF-8 (cp1252...)."),
    ] = None,
    chat: Annotated[
        str | None,
        typer.Option("--chat", help="In a Telegram export of all chats: the chat to look at."),
    ] = None,
    dayfirst: Annotated[
        bool | None,
        typer.Option(
            "--dayfirst/--monthfirst",
            help="WhatsApp dates: day or month first (default: read from the file).",
            show_default=False,
        ),
    ] = None,
    window_hours: Annotated[
        float,
        typer.Option(
            "--window-hours",
            min=0.1,
            max=24 * 14,
            help="A bid with no answer within this many hours counts as turned away from.",
        ),
    ] = 6.0,
) -> None:
    """How each of you answered the other's bids for connection, month by month."""
    from empathos.chats.importers import open_chat
    from empathos.chats.lookback import look_back, take_census
    from empathos.cli.progress import MessageProgress

    names = [name.strip() for name in pair.split(",")] if pair else None
    with user_errors():
        if not export.is_file():
            raise InputError(f"{export}: no such file")
        source = open_chat(export, encoding=encoding, dayfirst=dayfirst, chat=chat)
        stderr = Console(stderr=True)
        with stderr.status(f"reading {export.name}"):
            census = take_census(source)
        with ExitStack() as stack:
            on_answer = None
            if details is not None:
                out = stack.enter_context(_open_details(details))

                def on_answer(record: dict[str, Any]) -> None:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")

            advance = stack.enter_context(MessageProgress(stderr, census.messages))
            summary = look_back(
                source,
                analyze.get_pipeline(),
                get_lookback_models(),
                me=me,
                pair=names,
                window=timedelta(hours=window_hours),
                census=census,
                progress=advance,
                on_answer=on_answer,
            )
    if report is not None:
        from empathos.chats.report import render_report

        try:
            report.write_text(render_report(summary), encoding="utf-8")
        except OSError as exc:
            raise fail(f"could not write the report to {report}: {exc.strerror}") from None
    if json_out:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    from empathos.render.lookback import render_summary

    Console().print(render_summary(summary, report))
