"""`empathos read-feelings`: read the feeling behind a short message.

empathos read-feelings                       five messages; type a number, a choice or any
                                             feeling word (q to stop)
empathos read-feelings --count 10 --seed 3   more messages, a different set
empathos read-feelings --answers FILE --json one guess per line of FILE ('-': stdin)

The messages are real comments from the GoEmotions corpus (Apache-2.0; see
empathos/practice/reading/NOTICE); each guess is scored against what its human
raters said, and the cues in the words are explained.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

from empathos.cli import analyze
from empathos.cli.errors import fail, user_errors
from empathos.cli.practice import QUIT_WORDS, read_answers

if TYPE_CHECKING:
    from rich.console import Console

    from empathos.practice.reading import Item

MAX_COUNT: Final = 50


def read_feelings_cli(
    count: Annotated[
        int, typer.Option("--count", "-n", min=1, max=MAX_COUNT, help="How many messages.")
    ] = 5,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed",
            min=0,
            help="Picks the messages: the same seed gives the same ones. "
            "Default: 0 with --answers, random when typing.",
        ),
    ] = None,
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers",
            metavar="FILE",
            help="Your guesses from FILE, one per line ('-' for stdin), instead of typing.",
        ),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="With --answers: print JSON.")] = False,
) -> None:
    """Read the feeling behind a short message, and see what human raters read."""
    if json_out and answers is None:
        raise fail("--json works with --answers; typing your guesses shows text")
    if answers is not None:
        with user_errors():
            result = play_guesses(read_answers(answers), count, 0 if seed is None else seed)
        if json_out:
            analyze._write_stdout(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        else:
            _show_result(result)
        return
    import secrets

    with user_errors():
        interactive(count, secrets.randbelow(10_000) if seed is None else seed)


def _items(count: int, seed: int) -> list[Item]:
    from empathos.practice.reading import load_sample, pick

    return pick(load_sample(), count, seed)


def play_guesses(guesses: list[str], count: int, seed: int) -> dict[str, Any]:
    """Scores one guess per message, in order; extra guesses are an error."""
    from empathos.errors import InputError
    from empathos.practice.feelings import load_vocabulary
    from empathos.practice.reading import score, summary

    items = _items(min(count, len(guesses)), seed)
    if len(guesses) > len(items):
        raise InputError(
            f"--answers has {len(guesses)} guesses for {len(items)} messages; "
            f"give one per message (--count up to {MAX_COUNT})"
        )
    vocabulary = load_vocabulary()
    scored = [score(item, guess, vocabulary) for item, guess in zip(items, guesses, strict=True)]
    return {
        "seed": seed,
        "results": [s.to_dict() for s in scored],
        "summary": summary(scored),
        "source": "GoEmotions dev split (Demszky et al. 2020), Apache-2.0",
    }


def _choices() -> list[str]:
    from empathos.practice.reading import CHOICES

    return [word for word, _ in CHOICES]


def _show_result(result: dict[str, Any]) -> None:
    from rich.console import Console

    from empathos.render.feelings import message_panel, scored_view, summary_line

    console = Console(highlight=False)
    results = result["results"]
    for i, scored in enumerate(results, 1):
        console.print(message_panel(scored["text"], i, len(results)))
        console.print(f"Your guess: {scored['guess']}")
        console.print(scored_view(scored))
        console.print()
    console.print(summary_line(result["summary"]))


def _ask(console: Console, prompt: str) -> str | None:
    try:
        text = console.input(prompt)
    except (EOFError, KeyboardInterrupt):
        console.print()
        return None
    return None if text.strip().lower() in QUIT_WORDS else text


def interactive(count: int, seed: int) -> None:
    from rich.console import Console

    from empathos.practice.feelings import load_vocabulary
    from empathos.practice.reading import score, summary
    from empathos.render.feelings import choices_table, message_panel, scored_view, summary_line

    console = Console(highlight=False)
    vocabulary = load_vocabulary()
    items = _items(count, seed)
    console.print(
        "What does the writer feel? Type a number, a word from the list, or any feeling "
        "word (q to stop).\n"
    )
    scored = []
    for i, item in enumerate(items, 1):
        console.print(message_panel(item.text, i, len(items)))
        console.print(choices_table(_choices()))
        while True:
            guess = _ask(console, "[bold]Your guess:[/] ")
            if guess is None:
                break
            if not guess.strip():
                continue
            result = score(item, guess, vocabulary)
            if not result.guess_labels:
                console.print(
                    f"[yellow]'{guess.strip()}' is too broad or not a feeling word I know; "
                    "try a finer one (empathos feelings lists them).[/]"
                )
                continue
            break
        if guess is None:
            break
        scored.append(result)
        console.print(scored_view(result.to_dict()))
        console.print()
    if scored:
        console.print(summary_line(summary(scored)))
