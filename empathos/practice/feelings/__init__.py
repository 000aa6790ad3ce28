"""The feelings vocabulary: broad words ("bad") refined into precise ones
("left out", "overwhelmed"), each with a one-line meaning.

    vocabulary.toml   the authored words (the data; see its header)

`parse_vocabulary` checks parsed TOML and builds the tree (pure);
`load_vocabulary` reads the shipped file. Words are found by name or by one of
their everyday synonyms (`also`), case and spacing ignored.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

from empathos.core.labels import EMOTIONS
from empathos.practice.schema import PracticeDataError

VOCABULARY_FILE: Final = "vocabulary.toml"


@dataclass(frozen=True)
class FeelingWord:
    word: str
    meaning: str
    parent: str | None = None
    also: tuple[str, ...] = ()
    goemotions: tuple[str, ...] = ()  # empty: inherit the parent's


@dataclass(frozen=True)
class Vocabulary:
    words: tuple[FeelingWord, ...]  # in file order: roots, then each branch

    @functools.cached_property
    def _by_key(self) -> dict[str, FeelingWord]:
        index: dict[str, FeelingWord] = {}
        for entry in self.words:
            for name in (entry.word, *entry.also):
                index.setdefault(key(name), entry)
        return index

    def roots(self) -> list[FeelingWord]:
        return [w for w in self.words if w.parent is None]

    def find(self, word: str) -> FeelingWord | None:
        """The entry for `word` or for one of its synonyms."""
        return self._by_key.get(key(word))

    def get(self, word: str) -> FeelingWord:
        found = self.find(word)
        if found is None:
            raise KeyError(word)
        return found

    def children(self, word: str) -> list[FeelingWord]:
        return [w for w in self.words if w.parent == word]

    def descendants(self, word: str) -> Iterator[FeelingWord]:
        for child in self.children(word):
            yield child
            yield from self.descendants(child.word)

    def path(self, word: str) -> list[FeelingWord]:
        """From the root down to `word`: bad > hurt > left out."""
        out = [self.get(word)]
        while out[0].parent is not None:
            out.insert(0, self.get(out[0].parent))
        return out

    def goemotions(self, word: str) -> tuple[str, ...]:
        """The GoEmotions labels of a word, inherited from the nearest ancestor that has
        some; empty for a root ("bad" is a start, not an answer)."""
        for entry in reversed(self.path(word)):
            if entry.goemotions:
                return entry.goemotions
        return ()


def key(word: str) -> str:
    """How words are compared: case, apostrophe style and extra spaces ignored."""
    return " ".join(word.lower().replace("\u2019", "'").replace("-", " ").split())


def _strings(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
        raise PracticeDataError(f"{where}: must be a list of non-empty strings")
    return tuple(s.strip() for s in raw)


def _entry(raw: Mapping[str, Any], where: str) -> FeelingWord:
    unknown = set(raw) - {"word", "meaning", "parent", "also", "goemotions"}
    if unknown:
        raise PracticeDataError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    word, meaning, parent = raw.get("word"), raw.get("meaning"), raw.get("parent")
    if not isinstance(word, str) or not word.strip():
        raise PracticeDataError(f"{where}: 'word' must be a non-empty string")
    where = f"{where} ({word})"
    if not isinstance(meaning, str) or not meaning.strip():
        raise PracticeDataError(f"{where}: 'meaning' must be a non-empty string")
    if parent is not None and (not isinstance(parent, str) or not parent.strip()):
        raise PracticeDataError(f"{where}: 'parent' must be a word of the vocabulary")
    labels = _strings(raw.get("goemotions", []), f"{where}.goemotions")
    bad = [label for label in labels if label not in EMOTIONS or label == "neutral"]
    if bad:
        raise PracticeDataError(f"{where}: not GoEmotions feeling labels: {', '.join(bad)}")
    return FeelingWord(
        word.strip(),
        meaning.strip(),
        parent.strip() if isinstance(parent, str) else None,
        _strings(raw.get("also", []), f"{where}.also"),
        labels,
    )


def parse_vocabulary(data: Mapping[str, Any], name: str = VOCABULARY_FILE) -> Vocabulary:
    """Checks parsed TOML: unique words and synonyms, parents that exist and come first."""
    raw = data.get("feeling")
    if not isinstance(raw, list) or not raw:
        raise PracticeDataError(f"{name}: no [[feeling]] entries")
    words: list[FeelingWord] = []
    seen: dict[str, str] = {}
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise PracticeDataError(f"{name}: feeling {i} is not a table")
        entry = _entry(item, f"{name}: feeling {i}")
        for spelling in (entry.word, *entry.also):
            if key(spelling) in seen:
                raise PracticeDataError(
                    f"{name}: {spelling!r} (feeling {entry.word!r}) is already "
                    f"used by {seen[key(spelling)]!r}"
                )
            seen[key(spelling)] = entry.word
        if entry.parent is not None and key(entry.parent) not in {key(w.word) for w in words}:
            raise PracticeDataError(
                f"{name}: {entry.word!r} has parent {entry.parent!r}, which must be a word "
                "defined above it"
            )
        words.append(entry)
    return Vocabulary(tuple(words))


@functools.cache
def load_vocabulary() -> Vocabulary:
    """The shipped vocabulary (read once per process)."""
    file = resources.files("empathos.practice.feelings").joinpath(VOCABULARY_FILE)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PracticeDataError(f"{VOCABULARY_FILE}: cannot read: {exc}") from None
    return parse_vocabulary(data)


__all__ = [
    "FeelingWord",
    "Vocabulary",
    "key",
    "load_vocabulary",
    "parse_vocabulary",
]
