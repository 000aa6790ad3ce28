"""`empathos express "You never listen to me"`: say it gently, before you send it.

Flags blame and criticism in a message I'm about to send (with spans) and offers
gentle start-ups built from its own words. The engine reads the draft's own
emotions and crisis cues: the draft is analyzed as a message, not as a reply.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Final

import typer

from empathos.cli import analyze
from empathos.cli.errors import fail, user_errors


def express_cli(
    message: Annotated[
        str,
        typer.Argument(
            metavar="MESSAGE",
            help="What you want to say to your partner, when you're hurt or need something.",
            show_default=False,
        ),
    ],
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Say it gently: spot blame in a message before you send it, and try a gentle start-up."""
    if not message.strip():
        raise fail('write the message you want to send, e.g. empathos express "You never listen"')
    with user_errors():
        result = express_message(message)
    if json_out:
        analyze._write_stdout(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console

    from empathos.render.express import express_view

    console = Console()
    for part in express_view(result):
        console.print(part)


def express_message(message: str) -> dict[str, Any]:
    """The engine's reading of the draft, then the pure look at it."""
    from empathos.api import make_request
    from empathos.express import express
    from empathos.practice.feelings import key, load_vocabulary

    pipeline = analyze.get_pipeline()
    record = pipeline.analyze([make_request(message)])[0].to_dict()
    partner = record["partner"]
    vocabulary = frozenset(key(w.word) for w in load_vocabulary().words)

    def judge(candidates: list[str]) -> list[bool]:
        """Each start-up read by the engine as a reply to the draft: clean of harsh blocks."""
        analyses = pipeline.analyze([make_request(message, reply=c) for c in candidates])
        return [
            not any(b.kind in HARSH for b in (a.reply.blocks if a.reply else ())) for a in analyses
        ]

    return express(
        message,
        emotions=partner["emotions"],
        risk=partner["risk"],
        vocabulary=vocabulary,
        judge=judge,
    ).to_dict()


HARSH: Final = frozenset({"criticism", "contempt", "defensiveness", "hostile_question"})
