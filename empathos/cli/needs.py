"""`empathos needs`: ask for what you need. Write your needs card, and your partner's.

empathos needs                                 write my card (interactive)
empathos needs --set listen,reassurance --note "..."   write my card
empathos needs --partner listen,space [--note "..."]   write my partner's card
empathos needs --show [--json]                 both cards

Cards are kept in needs.json in the data folder. `empathos analyze` uses my
partner's card when --partner-needs is not given.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

from empathos.cli import analyze
from empathos.cli.errors import fail, user_errors
from empathos.errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from empathos.needs import NeedsCard, Whose

NEEDS_HELP: Final = "listen, reassurance, touch, advice, space, distraction"


def needs_cli(
    set_: Annotated[
        str | None,
        typer.Option("--set", metavar="NEEDS", help=f"My card, comma-separated: {NEEDS_HELP}."),
    ] = None,
    partner: Annotated[
        str | None,
        typer.Option(
            "--partner",
            metavar="NEEDS",
            help="My partner's card, as they told me, comma-separated (same needs).",
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", help="A note for the card being written, in your own words."),
    ] = None,
    show: Annotated[bool, typer.Option("--show", help="Show both cards.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the cards as JSON.")] = False,
) -> None:
    """Ask for what you need: a needs card for each of you (what helps when upset)."""
    if set_ is not None and partner is not None:
        raise fail("write one card at a time: --set for yours, --partner for your partner's")
    if note is not None and set_ is None and partner is None:
        raise fail('--note goes with --set or --partner, e.g. --set listen --note "..."')
    if show and (set_ is not None or partner is not None):
        raise fail("--show only shows the cards; leave out --set and --partner")
    with user_errors():
        if set_ is not None or partner is not None:
            whose: Whose = "me" if set_ is not None else "partner"
            write_card(whose, set_ if set_ is not None else partner or "", note or "")
            _show(json_out, saved=whose)
        elif show or json_out:
            _show(json_out)
        else:
            interactive()


def write_card(whose: Whose, needs: str, note: str) -> NeedsCard:
    from empathos.needs import make_card, parse_needs, save_card

    card = make_card(parse_needs(needs), note)
    save_card(whose, card)
    return card


def cards_data() -> dict[str, Any]:
    from empathos.needs import load_cards, needs_path

    cards = load_cards()
    return {
        "me": cards["me"].to_dict() if "me" in cards else None,
        "partner": cards["partner"].to_dict() if "partner" in cards else None,
        "file": str(needs_path()),
    }


def _show(json_out: bool, saved: str | None = None) -> None:
    data = cards_data()
    if json_out:
        analyze._write_stdout(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console

    from empathos.needs import MEANINGS
    from empathos.render.selfcare import needs_view

    console = Console(highlight=False)
    if saved is not None:
        whose = "Your" if saved == "me" else "Your partner's"
        console.print(f"[green]{whose} needs card is saved.[/]")
        if saved == "partner":
            console.print(
                "[dim]empathos analyze now uses it when you leave out --partner-needs.[/]"
            )
        console.print()
    console.print(needs_view({k: v for k, v in data.items() if k != "file"}, MEANINGS))


def interactive() -> None:
    from rich.console import Console

    from empathos.core.labels import PARTNER_NEEDS
    from empathos.needs import MEANINGS

    console = Console(highlight=False)
    console.print("[bold cyan]Ask for what you need[/]")
    console.print(
        "When I'm upset, what helps me most? Knowing it, and telling your partner, saves "
        "you both from guessing.\n"
    )
    for i, need in enumerate(PARTNER_NEEDS, 1):
        console.print(f"  {i}. {need:<12} {MEANINGS[need]}")
    console.print()
    picked = _pick(console, PARTNER_NEEDS)
    if picked is None:
        return
    note = _line(console, "[bold]A note in your own words[/] (Enter to skip): ")
    if note is None:
        return
    write_card("me", ",".join(picked), note)
    _show(False, saved="me")
    console.print(
        "\n[dim]Share it with your partner, and ask for theirs: "
        "empathos needs --partner listen,space[/]"
    )


def _line(console: Console, prompt: str) -> str | None:
    try:
        return console.input(prompt)
    except (EOFError, KeyboardInterrupt):
        console.print()
        return None


def _pick(console: Console, needs: tuple[str, ...]) -> list[str] | None:
    while True:
        raw = _line(console, "[bold]Which help you?[/] Numbers or names, comma-separated: ")
        if raw is None:
            return None
        picked: list[str] = []
        try:
            for part in (p.strip().lower() for p in raw.split(",") if p.strip()):
                if part.isdigit() and 1 <= int(part) <= len(needs):
                    picked.append(needs[int(part) - 1])
                elif part in needs:
                    picked.append(part)
                else:
                    raise InputError(f"{part!r} is not one of 1-{len(needs)} or {NEEDS_HELP}")
        except InputError as exc:
            console.print(f"[red]{exc}[/]")
            continue
        if picked:
            return picked
