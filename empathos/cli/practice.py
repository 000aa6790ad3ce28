"""`empathos practice`: rehearse a hard conversation with a simulated partner.

empathos practice                          pick a scenario, then talk (interactive)
empathos practice SCENARIO                 start that scenario (id or list number)
empathos practice --list [--json]          the scenarios
empathos practice SCENARIO --answers FILE [--json] [--save]
                                           play one reply per line of FILE ('-': stdin)

A typed session is kept in the store for `empathos progress` (--no-save: not kept);
an --answers run is a script's and is kept only with --save.
"""

from __future__ import annotations

import json
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

from empathos.cli import analyze
from empathos.cli.errors import EXIT_USER_ERROR, fail, user_errors
from empathos.errors import EmpathosError, InputError, StoreError

if TYPE_CHECKING:
    from rich.console import Console

    from empathos.practice import Library, Scenario, Session
    from empathos.store import Store

    KeptIn = tuple[Store, int]

QUIT_WORDS: Final = frozenset({"/quit", "/q", "q", "quit", "/exit", "exit"})
HINT_WORDS: Final = frozenset({"/hint", "/h", "hint"})
DEFAULT_TURNS: Final = 6  # practice.scoring.MAX_TURNS; kept here so --help stays light
MAX_TURNS: Final = 8  # practice.session.TURN_LIMIT


def practice_cli(
    scenario: Annotated[
        str | None,
        typer.Argument(
            metavar="SCENARIO",
            help="The scenario to practise, by id or by its number in --list.",
            show_default=False,
        ),
    ] = None,
    list_: Annotated[
        bool, typer.Option("--list", help="List the scenarios (with --json: as JSON).")
    ] = False,
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers",
            metavar="FILE",
            help="Play your replies from FILE, one per line ('-' for stdin), instead of typing.",
        ),
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="With --list or --answers: print JSON.")
    ] = False,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed",
            min=0,
            help="Picks the partner's lines; the same seed and replies give the same session. "
            "Default: 0 with --answers, random when typing.",
        ),
    ] = None,
    turns: Annotated[
        int,
        typer.Option("--turns", min=1, max=MAX_TURNS, help="Most replies before it ends."),
    ] = DEFAULT_TURNS,
    save: Annotated[
        bool | None,
        typer.Option(
            "--save/--no-save",
            help="Keep the session for `empathos progress`. "
            "Default: kept when typing, not kept with --answers.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Practise a hard conversation: a partner who reacts to how you answer, then a debrief."""
    if list_:
        if scenario is not None or answers is not None:
            raise fail("--list shows every scenario; leave out SCENARIO and --answers")
        with user_errors():
            list_scenarios(json_out)
        return
    if answers is not None:
        if scenario is None:
            raise fail(
                "--answers needs a scenario, e.g. empathos practice chores-never-help "
                "--answers replies.txt (see empathos practice --list)"
            )
        with user_errors():
            saved = play_answers(
                scenario, answers, json_out, 0 if seed is None else seed, turns, bool(save)
            )
        if save and not saved:
            raise typer.Exit(EXIT_USER_ERROR)  # asked to keep it and could not: say so to scripts
        return
    if json_out:
        raise fail("--json works with --list or --answers; typing your replies shows text")
    with user_errors():
        interactive(
            scenario, secrets.randbelow(10_000) if seed is None else seed, turns, save is not False
        )


def _names() -> dict[str, str]:
    from empathos.practice import load_curriculum

    return {entry.id: entry.name for entry in load_curriculum().entries}


def _write_json(data: Any) -> None:
    analyze._write_stdout(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def list_scenarios(json_out: bool) -> None:
    from empathos.practice import load_library

    summaries = [s.summary() for s in load_library().scenarios]
    if json_out:
        _write_json(summaries)
        return
    from rich.console import Console

    from empathos.render.practice import scenario_table

    Console().print(scenario_table(summaries))


def read_answers(source: str) -> list[str]:
    """Replies from a file or stdin: one per line, blank lines skipped."""
    name = "stdin" if source == "-" else source
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputError(f"--answers: cannot read {name}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"--answers: {name} is not UTF-8 text (byte {exc.start}); save it as UTF-8"
        ) from None
    replies = [line.strip() for line in text.splitlines() if line.strip()]
    if not replies:
        raise InputError(f"--answers: {name} has no replies; write one reply per line")
    return replies


def play_answers(
    key: str, source: str, json_out: bool, seed: int, turns: int, save: bool = False
) -> bool:
    """Plays the replies and shows the session; returns whether it was kept."""
    from empathos.practice import load_library, pipeline_analyze, run_replies

    library = load_library()
    scenario = library.find(key)
    replies = read_answers(source)
    engine = pipeline_analyze(analyze.get_pipeline())
    kept_in = _open_for_saving() if save else None
    result = run_replies(
        scenario, replies, engine, common=library.common, seed=seed, max_turns=turns
    ).to_dict()
    session_id = _keep(kept_in, result) if kept_in is not None else None
    if save:
        result["saved"] = None if session_id is None else {"session_id": session_id}
    if json_out:
        _write_json(result)
        return session_id is not None
    from rich.console import Console
    from rich.text import Text

    from empathos.render.practice import (
        debrief_view,
        partner_says,
        situation_panel,
        turn_view,
    )

    console = Console()
    names = _names()
    console.print(situation_panel(scenario.summary(), names))
    console.print(partner_says(scenario.partner.name, scenario.opening))
    for turn in result["turns"]:
        console.print(Text.assemble(("\nYou: ", "bold"), turn["reply"]))
        console.print(turn_view(turn, scenario.partner.name))
    console.print()
    console.print(debrief_view(result, names))
    if session_id is not None:
        console.print(_SAVED_NOTE, style="dim")
    return session_id is not None


_SAVED_NOTE: Final = "Saved to your progress; --no-save to practise without keeping it."


def _open_for_saving() -> KeptIn | None:
    """The store to keep the session in, or None (said on stderr) when it cannot be opened."""
    from empathos.cli.keeping import open_local, warn

    try:
        return open_local()
    except StoreError as exc:
        warn(f"{exc} Practising without saving this session.")
        return None


def _keep(kept_in: KeptIn, result: dict[str, Any]) -> int | None:
    """Keeps a session and its skill values; the id, or None (said on stderr) on failure."""
    from empathos.cli.keeping import model_version, warn
    from empathos.progress.keeping import keep_practice

    store, user_id = kept_in
    try:
        return keep_practice(store, user_id, result, model_version=model_version()).session_id
    except EmpathosError as exc:
        warn(f"this session could not be kept: {exc}")
        return None
    finally:
        store.close()


def interactive(key: str | None, seed: int, turns: int, save: bool = True) -> None:
    from rich.console import Console

    from empathos.practice import Session, load_library, pipeline_analyze
    from empathos.render.practice import partner_says, situation_panel

    console = Console(highlight=False)
    library = load_library()
    names = _names()
    scenario = library.find(key) if key is not None else _choose(console, library, names)
    if scenario is None:
        return
    engine = pipeline_analyze(analyze.get_pipeline())  # a missing model fails before talking
    kept_in = _open_for_saving() if save else None  # a broken store is said before talking
    session = Session(scenario, engine, common=library.common, seed=seed, max_turns=turns)
    console.print(situation_panel(scenario.summary(), names))
    console.print(partner_says(scenario.partner.name, scenario.opening))
    try:
        _converse(console, session, names)
    except KeyboardInterrupt:  # Ctrl-C while the engine works: stop, keep the debrief
        console.print()
    session.stop("quit")
    result = session.result().to_dict()
    _debrief(console, result, names)
    if kept_in is None:
        return
    if not result["turns"]:
        kept_in[0].close()
        console.print("Nothing to keep: there were no replies.", style="dim")
    elif _keep(kept_in, result) is not None:
        console.print(_SAVED_NOTE, style="dim")


def _ask(console: Console, prompt: str) -> str | None:
    """A line from the user; None for Ctrl-D, Ctrl-C or a quit word."""
    try:
        text = console.input(prompt)
    except (EOFError, KeyboardInterrupt):
        console.print()
        return None
    return None if text.strip().lower() in QUIT_WORDS else text


def _choose(console: Console, library: Library, names: dict[str, str]) -> Scenario | None:
    from empathos.render.practice import scenario_table

    console.print(scenario_table([s.summary() for s in library.scenarios]))
    while True:
        picked = _ask(console, "[bold]Pick a scenario[/] (number or id, q to quit): ")
        if picked is None:
            return None
        if not picked.strip():
            continue
        try:
            return library.find(picked)
        except InputError as exc:
            console.print(f"[red]{exc}[/]", highlight=False)


def _converse(console: Console, session: Session, names: dict[str, str]) -> None:
    from empathos.render.practice import turn_view

    while not session.done:
        text = _ask(console, "\n[bold]You:[/] ")
        if text is None:
            return
        if text.strip().lower() in HINT_WORDS:
            console.print(_hint(session, len(session.turns)), style="dim")
            continue
        if not text.strip():
            continue
        try:
            turn = session.reply(text)
        except InputError as exc:
            console.print(f"[red]{exc}[/]", highlight=False)
            continue
        console.print(turn_view(turn.to_dict(), session.scenario.partner.name))
        _reflect(console, text, turn.to_dict())


def _reflect(console: Console, reply: str, turn: dict[str, Any]) -> None:
    """Reflect before reacting: a kind word, and the offer of a pause, when my reply runs hot."""
    from empathos.render.console import heat_notice

    message = analyze.reply_heat(turn["analysis"], reply)
    if message:
        console.print(heat_notice(message))


def _hint(session: Session, index: int) -> str:
    """An example from the curriculum for one of the scenario's skills, in turn."""
    from empathos.practice import load_curriculum

    curriculum = load_curriculum()
    skills = session.scenario.skills
    entry = curriculum.get(skills[index % len(skills)])
    if entry is None:
        return "Reflect what they feel, say it makes sense, and ask one open question."
    example = entry.sounds_like[index // len(skills) % len(entry.sounds_like)]
    return f"{entry.name}: {entry.explanation} For example: “{example}”"


def _debrief(console: Console, result: dict[str, Any], names: dict[str, str]) -> None:
    from rich.rule import Rule

    from empathos.render.practice import debrief_view

    console.print()
    console.print(Rule("Debrief"))
    console.print(debrief_view(result, names))
