"""`empathos analyze`: one message (readable or --json), or a batch of JSON lines."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from empathos.cli.errors import EXIT_LINE_ERRORS, fail, user_errors
from empathos.errors import InputError

if TYPE_CHECKING:
    from empathos.core.pipeline import Pipeline


def get_pipeline() -> Pipeline:
    """The pipeline the commands use; tests replace this function with a fake."""
    from empathos.engine import default_pipeline  # onnxruntime loads only when analyzing

    return default_pipeline()


def analyze_cli(
    partner: Annotated[
        str | None,
        typer.Argument(
            metavar="MESSAGE",
            help="What your partner said (the message your reply answers).",
            show_default=False,
        ),
    ] = None,
    reply: Annotated[
        str | None,
        typer.Option("--reply", "-r", help="Your draft reply, to see how it would land."),
    ] = None,
    context_json: Annotated[
        Path | None,
        typer.Option(
            "--context-json",
            help="JSON file with earlier turns, oldest first: "
            '[{"speaker": "partner" or "me", "text": "..."}].',
        ),
    ] = None,
    partner_needs: Annotated[
        str | None,
        typer.Option(
            "--partner-needs",
            help="What helps your partner when upset, comma-separated: "
            "listen, reassurance, touch, advice, space, distraction.",
        ),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the record as JSON.")] = False,
    jsonl: Annotated[
        str | None,
        typer.Option(
            "--jsonl",
            metavar="IN",
            help="Analyze a file of JSON lines ('-' for stdin), one record out per line in.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="OUT", help="With --jsonl: write here, not stdout."),
    ] = None,
    keep: Annotated[
        bool,
        typer.Option(
            "--keep", help="Keep this analysis and its skill values for `empathos progress`."
        ),
    ] = False,
    suggest_with: Annotated[
        str | None,
        typer.Option(
            "--suggest-with",
            metavar="URL",
            help="An OpenAI-compatible endpoint (e.g. a local llama.cpp or Ollama server, "
            "http://127.0.0.1:8080/v1) to write the suggestion; your partner's message and "
            "your draft are SENT there. Default: $EMPATHOS_SUGGEST_URL, else nothing is sent.",
        ),
    ] = None,
) -> None:
    """Analyze what your partner said and, optionally, your reply."""
    if jsonl is not None:
        one_message_options = (partner, reply, context_json, partner_needs, keep, suggest_with)
        if any(option not in (None, False) for option in one_message_options):
            raise fail("--jsonl reads everything from its lines; leave out the message and options")
        raise typer.Exit(run_batch(jsonl, output))
    if partner is None:
        raise fail('give what your partner said, e.g. empathos analyze "I had an awful day"')
    if output is not None:
        raise fail("-o/--output only applies to --jsonl")
    card_note = None
    if partner_needs is None:
        partner_needs, card_note = partner_card_needs()
    with user_errors():
        record = analyze_one(partner, reply, context_json, partner_needs)
        record = suggest_remotely(record, partner, reply, context_json, partner_needs, suggest_with)
    if "suggestion_source" in record:
        typer.echo(
            f"Your partner's message and your draft were sent to {record['suggestion_url']} "
            "to write the suggestion (you configured it).",
            err=True,
        )
    if json_out:
        if card_note:
            typer.echo(card_note, err=True)
        _write_stdout(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    else:
        from rich.console import Console

        console = Console()
        if card_note:
            console.print(card_note, style="dim", highlight=False)
        heat = None
        if reply and reply.strip():
            with user_errors():
                heat = reply_heat(record, reply)
        for part in _render(record, reply, heat):
            console.print(part)
    if keep:
        with user_errors():
            kept = keep_record(record, partner, reply)
        if not json_out:
            from rich.console import Console

            Console().print(
                f"Kept for your progress (analysis {kept}); see it in: empathos progress",
                style="dim",
                highlight=False,
            )


def keep_record(record: dict[str, Any], partner: str, reply: str | None) -> int:
    """Keeps the analysis and its skill values in the store; returns its id."""
    from empathos.cli.keeping import model_version, open_local
    from empathos.progress.keeping import keep_analysis

    store, user_id = open_local()
    with store:
        return keep_analysis(
            store, user_id, record, partner, reply, model_version=model_version()
        ).analysis_id


def _render(record: dict[str, Any], reply: str | None, heat: str | None = None) -> list[Any]:
    from empathos.render.console import render_record

    return render_record(record, reply if reply and reply.strip() else None, heat)


def partner_card_needs() -> tuple[str | None, str | None]:
    """My partner's needs card as a --partner-needs value, and the line that says so;
    (None, None) without a card. A damaged card file is a warning, not a failed analysis."""
    from empathos.needs import load_cards

    try:
        card = load_cards().get("partner")
    except InputError as exc:
        typer.echo(f"warning: {exc}; analyzing without the needs card", err=True)
        return None, None
    if card is None:
        return None, None
    listed = ", ".join(card.needs)
    return ",".join(card.needs), (
        f"Using your partner's needs card: {listed} (--partner-needs to override)."
    )


def reply_heat(record: dict[str, Any], reply: str) -> str | None:
    """Reflect before reacting: heat in my own reply, from the emotions of its own text
    (the reply analyzed as a message) and the record's blocks; None when it reads calm."""
    from empathos.api import make_request
    from empathos.selfreg.heat import heat_message, read_heat

    own = get_pipeline().analyze([make_request(reply)])[0].to_dict()
    blocks = (record.get("reply") or {}).get("blocks") or []
    heat = read_heat(own["partner"]["emotions"], blocks)
    return None if heat is None else heat_message(heat)


def _read_context(path: Path) -> object:
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"--context-json: cannot read {path}: {exc}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise InputError(f"--context-json: {path} is not valid JSON: {exc}") from None


def analyze_one(
    partner: str, reply: str | None, context_json: Path | None, partner_needs: str | None
) -> dict[str, Any]:
    """Builds the request from command-line values and returns its record."""
    from empathos.api import make_request

    context = None if context_json is None else _read_context(context_json)
    needs = None
    if partner_needs is not None:
        needs = [n.strip() for n in partner_needs.split(",") if n.strip()]
    request = make_request(partner, reply, context, needs)
    return get_pipeline().analyze([request])[0].to_dict()


def suggest_remotely(
    record: dict[str, Any],
    partner: str,
    reply: str | None,
    context_json: Path | None,
    partner_needs: str | None,
    url: str | None,
) -> dict[str, Any]:
    """The record with a generator's suggestion when one is configured; unchanged if not."""
    from empathos.suggest import configured_endpoint, generate_suggestion

    endpoint = configured_endpoint(url)
    if endpoint is None:
        return record
    from empathos.api import make_request

    context = None if context_json is None else _read_context(context_json)
    needs = None if partner_needs is None else [n.strip() for n in partner_needs.split(",")]
    request = make_request(partner, reply, context, [n for n in needs or [] if n] or None)
    out = generate_suggestion(record, request, get_pipeline(), endpoint)
    if "suggestion_source" in out:
        out["suggestion_url"] = endpoint.url
    return out


def _write_stdout(text: str) -> None:
    # Bytes, so non-ASCII text survives whatever encoding the terminal's locale claims.
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
    yield from stream


def run_batch(source: str, output: Path | None) -> int:
    """Runs the batch rules of the spec; returns the exit status (0, or 1 if any line failed)."""
    from empathos.batch import analyze_lines

    with user_errors(), ExitStack() as stack:
        if source == "-":
            stream: IO[bytes] = sys.stdin.buffer
            total = None
        else:
            try:
                stream = stack.enter_context(Path(source).open("rb"))
                total = Path(source).stat().st_size
            except OSError as exc:
                raise InputError(f"--jsonl: cannot read {source}: {exc.strerror or exc}") from None
        if output is None:
            out: IO[bytes] = getattr(sys.stdout, "buffer", None) or sys.stdout  # type: ignore[assignment]
        else:
            try:
                out = stack.enter_context(output.open("wb"))
            except OSError as exc:
                raise InputError(f"-o: cannot write {output}: {exc.strerror or exc}") from None
        pipeline = get_pipeline()  # before the progress bar: a missing model is a clean error
        # The bar would garble records printed to the same terminal, so only with -o or a pipe.
        watched = sys.stderr.isatty() and (output is not None or not sys.stdout.isatty())
        progress = stack.enter_context(_progress(total) if watched else _NoProgress())
        errors = 0
        try:
            for result in analyze_lines(_lines(stream), pipeline):
                out.write(json.dumps(result.record, ensure_ascii=False).encode("utf-8") + b"\n")
                out.flush()
                errors += not result.ok
                progress(result.nbytes)
        except BrokenPipeError:  # `... | head`: the reader has all it wanted
            # Point stdout at devnull so the interpreter's final flush fails silently.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    return EXIT_LINE_ERRORS if errors else 0


class _NoProgress:
    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __call__(self, nbytes: int) -> None:
        return None


def _progress(total: int | None) -> Any:
    """A progress bar on stderr (imported only when one is shown)."""
    from empathos.cli.progress import ByteProgress

    return ByteProgress(total)
