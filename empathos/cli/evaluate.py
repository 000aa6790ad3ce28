"""`empathos eval`: scores the shipped models on the shared dev corpora."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from empathos.cli.errors import fail, user_errors


class Corpus(StrEnum):
    goemotions = "goemotions"
    epitome = "epitome"
    esconv = "esconv"


def eval_cli(
    corpus: Annotated[
        Corpus | None,
        typer.Option(help="Evaluate on one corpus only (default: all of them)."),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="Use only the first N items of each corpus (a quick check)."),
    ] = None,
) -> None:
    """Measure the models on the dev corpora (reads ../shared/data)."""
    try:
        # Imported here: the training code pulls in heavy libraries the CLI must not load at start.
        from empathos.training.evaluate import main
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] == "empathos":
            raise
        raise fail(
            f"`empathos eval` needs the 'train' extra (missing module {exc.name!r}): "
            "pip install -e '.[train]'"
        ) from None
    with user_errors():
        main(corpus=None if corpus is None else corpus.value, json_out=json_out, limit=limit)
