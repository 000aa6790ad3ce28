"""The `empathos` app: global options and the list of commands."""

from __future__ import annotations

from typing import Annotated

import typer

from empathos import __version__
from empathos.cli import (
    accounts,
    analyze,
    chats,
    checkin,
    evaluate,
    practice,
    progress_report,
    serve,
)
from empathos.cli.bodyscan import bodyscan_cli
from empathos.cli.express import express_cli
from empathos.cli.feelings import feelings_cli
from empathos.cli.needs import needs_cli
from empathos.cli.pause import pause_cli
from empathos.cli.read_feelings import read_feelings_cli

app = typer.Typer(
    name="empathos",
    help="A local-first empathy coach for couples. Nothing you type leaves this machine.",
    no_args_is_help=True,
    add_completion=False,
    # Our errors are printed as one clean line; anything else is a bug and keeps
    # its plain traceback rather than typer's multi-screen pretty one.
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"empathos {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    """A local-first empathy coach for couples. Nothing you type leaves this machine."""


app.command("analyze")(analyze.analyze_cli)
app.command("eval")(evaluate.eval_cli)
app.add_typer(chats.app, name="chats")
app.command("practice")(practice.practice_cli)
app.command("express")(express_cli)
app.command("pause")(pause_cli)
app.command("bodyscan")(bodyscan_cli)
app.command("feelings")(feelings_cli)
app.command("read-feelings")(read_feelings_cli)
app.command("needs")(needs_cli)
app.command("progress")(progress_report.progress_cli)
app.command("checkin")(checkin.checkin_cli)
app.command("serve")(serve.serve_cli)
app.add_typer(accounts.app, name="accounts")
