"""`empathos checkin`: today's question for the two of you, a small thing to do together,
and ten minutes of presence.

empathos checkin                          ask today's question; type an answer and a mood
empathos checkin --answer TEXT [--mood N] answer without typing
empathos checkin --presence               only today's ten-minute presence prompt
empathos checkin --json                   today's picks and the streak as JSON (with --answer:
                                          the kept check-in too)

The picks come from authored lists (empathos/progress/daily/*.toml), by the date: the
same day gives the same question on every machine.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from empathos.cli import analyze
from empathos.cli.errors import fail, user_errors

if TYPE_CHECKING:
    from rich.console import Console

    from empathos.progress import Daily
    from empathos.store import Store

MOOD_PROMPT = "[bold]Mood[/], 1 (low) to 5 (great), Enter to skip: "


def checkin_cli(
    answer: Annotated[
        str | None,
        typer.Option("--answer", "-a", help="Your answer to today's question (no typing)."),
    ] = None,
    mood: Annotated[
        int | None,
        typer.Option("--mood", "-m", min=1, max=5, help="Your mood today, 1 (low) to 5 (great)."),
    ] = None,
    presence: Annotated[
        bool,
        typer.Option("--presence", help="Show only today's ten-minute presence prompt."),
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Today's check-in question, one small thing to do together, and ten minutes of presence."""
    if presence and (answer is not None or mood is not None):
        raise fail("--presence shows only the presence prompt; leave out --answer and --mood")
    if mood is not None and answer is None and json_out:
        raise fail("--mood goes with --answer, e.g. empathos checkin --answer '...' --mood 4")
    if answer is not None and not answer.strip():
        raise fail("--answer is empty: write a sentence, or leave --answer out to type it")
    with user_errors():
        if presence:
            show_presence(json_out)
        elif json_out:
            _write_json(checkin_json(answer, mood))
        else:
            checkin(answer, mood)


def _write_json(data: Any) -> None:
    analyze._write_stdout(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _today() -> tuple[date, Daily]:
    from empathos.cli.keeping import today
    from empathos.progress import load_daily

    return today(), load_daily()


def picks(day: date, daily: Daily) -> dict[str, Any]:
    """Today's question, idea and presence prompt, as `--json` shows them."""
    question, idea, prompt = daily.question(day), daily.idea(day), daily.presence_prompt(day)
    return {
        "day": day.isoformat(),
        "question": {"id": question.id, "text": question.text},
        "together": {"id": idea.id, "text": idea.text},
        "presence": {"id": prompt.id, "title": prompt.title, "text": prompt.text},
    }


def show_presence(json_out: bool) -> None:
    day, daily = _today()
    prompt = picks(day, daily)["presence"]
    if json_out:
        _write_json({"day": day.isoformat(), "presence": prompt})
        return
    from rich.console import Console

    from empathos.render.progress import presence_panel

    Console().print(presence_panel(prompt))


def _streak(store: Store, user_id: int, day: date) -> dict[str, Any]:
    from empathos.progress import compute_streak
    from empathos.progress.keeping import read_activity

    # Only the days matter here: skill events from tomorrow on are none at all.
    activity = read_activity(store, user_id, since=day)
    return compute_streak(activity.days, day).to_dict()


def _keep(
    store: Store, user_id: int, day: date, question: str, answer: str, mood: int | None
) -> int:
    return store.add_checkin(user_id, question, answer, mood=mood, day=day).id


def checkin_json(answer: str | None, mood: int | None) -> dict[str, Any]:
    from empathos.cli.keeping import open_local

    day, daily = _today()
    data = picks(day, daily)
    store, user_id = open_local()
    with store:
        if answer is not None:
            kept_id = _keep(store, user_id, day, data["question"]["text"], answer, mood)
            data["checkin"] = {"id": kept_id, "answer": answer.strip(), "mood": mood}
        data["streak"] = _streak(store, user_id, day)
    return data


def checkin(answer: str | None, mood: int | None) -> None:
    from rich.console import Console

    from empathos.cli.keeping import open_local
    from empathos.render.progress import (
        kept_line,
        presence_panel,
        question_panel,
        streak_line,
        together_line,
    )

    day, daily = _today()
    data = picks(day, daily)
    console = Console(highlight=False)
    store, user_id = open_local()  # before asking: a broken store is said before you type
    with store:
        console.print(question_panel(data["question"], day))
        earlier = [c for c in store.checkins(user_id) if c.day == day]
        if earlier and answer is None:
            console.print(f"Earlier today you said: “{earlier[0].answer}”", style="dim")
        if answer is None:
            answer, mood = _ask(console, mood)
        if answer:
            _keep(store, user_id, day, data["question"]["text"], answer, mood)
            console.print(kept_line(mood))
        else:
            console.print("Nothing kept today, and that's fine: the question keeps.", style="dim")
        console.print()
        console.print(streak_line(_streak(store, user_id, day)))
    console.print()
    console.print(together_line(data["together"]))
    console.print()
    console.print(presence_panel(data["presence"]))


def _ask(console: Console, mood: int | None) -> tuple[str | None, int | None]:
    """An answer and a mood typed at the prompt. No answer (blank, Ctrl-D, Ctrl-C) keeps
    nothing; an answer without a mood is kept without one."""
    try:
        text = console.input("[bold]Your answer[/] (Enter to skip): ").strip()
    except (EOFError, KeyboardInterrupt):
        console.print()
        return None, None
    if not text:
        return None, None
    while mood is None:
        try:
            raw = console.input(MOOD_PROMPT).strip()
        except (EOFError, KeyboardInterrupt):
            console.print()
            break
        if not raw:
            break
        if raw in {"1", "2", "3", "4", "5"}:
            mood = int(raw)
        else:
            console.print("[red]a number from 1 to 5, please[/]")
    return text, mood
