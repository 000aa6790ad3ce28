"""`empathos feelings [WORD]`: from "bad" to the word that says what you feel.

empathos feelings              the whole vocabulary, broad words first
empathos feelings bad          the finer words under "bad"
empathos feelings excluded     a word (or a synonym): its meaning, where it sits, what is near
empathos feelings ... --json   the same as JSON
"""

from __future__ import annotations

import difflib
import json
from typing import TYPE_CHECKING, Annotated, Any

import typer

from empathos.cli import analyze
from empathos.cli.errors import user_errors
from empathos.errors import InputError

if TYPE_CHECKING:
    from empathos.practice.feelings import FeelingWord, Vocabulary


def feelings_cli(
    word: Annotated[
        str | None,
        typer.Argument(
            metavar="WORD",
            help='A feeling word, broad ("bad") or precise ("left out").',
            show_default=False,
        ),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A feelings vocabulary: find the precise word for what you (or your partner) feel."""
    with user_errors():
        data = feelings_data(word)
    if json_out:
        analyze._write_stdout(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console

    from empathos.render.feelings import vocabulary_tree, word_view

    console = Console(highlight=False)
    if word is None:
        console.print(vocabulary_tree("Feelings, broad to precise", data["feelings"]))
        console.print("\nempathos feelings WORD shows one word and the finer words under it.")
    else:
        console.print(word_view(data))


def _node(vocabulary: Vocabulary, entry: FeelingWord) -> dict[str, Any]:
    return {
        "word": entry.word,
        "meaning": entry.meaning,
        "also": list(entry.also),
        "goemotions": list(vocabulary.goemotions(entry.word)),
        "children": [_node(vocabulary, child) for child in vocabulary.children(entry.word)],
    }


def feelings_data(word: str | None) -> dict[str, Any]:
    """The whole tree, or one word with its path, synonyms, neighbours and finer words."""
    from empathos.practice.feelings import key, load_vocabulary

    vocabulary = load_vocabulary()
    if word is None:
        return {"feelings": [_node(vocabulary, root) for root in vocabulary.roots()]}
    entry = vocabulary.find(word)
    if entry is None:
        names = [n for w in vocabulary.words for n in (w.word, *w.also)]
        close = difflib.get_close_matches(key(word), names, n=4, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise InputError(
            f"{word!r} is not in the feelings vocabulary{hint} (empathos feelings lists every word)"
        )
    node = _node(vocabulary, entry)
    siblings = [] if entry.parent is None else vocabulary.children(entry.parent)
    node["parent"] = entry.parent
    node["path"] = [w.word for w in vocabulary.path(entry.word)]
    node["siblings"] = [w.word for w in siblings if w.word != entry.word]
    node["asked"] = word
    return node
