"""Texting-tolerant normalisation that remembers where every character came from.

Patterns in this package are written once, against a normalised form: lower case,
no apostrophes ("don't" -> "dont"), texting shorthands spelled out ("u" -> "you"),
letter runs squeezed ("sooo" -> "soo"). A match in the normalised text maps back
to exact character offsets of the original, so blocks can quote the user's words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

# Shorthand and frequent typos -> the spelling the patterns expect (apostrophes removed).
TEXTING: Final[dict[str, str]] = {
    "u": "you",
    "ya": "you",
    "yu": "you",
    "yah": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "n": "and",
    "k": "k",
    "kk": "k",
    "kay": "k",
    "okay": "ok",
    "okey": "ok",
    "okie": "ok",
    "oki": "ok",
    "okk": "ok",
    "bc": "because",
    "bcuz": "because",
    "becuase": "because",
    "becasue": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "shoud": "should",
    "shld": "should",
    "shud": "should",
    "sould": "should",
    "shouldve": "should have",
    "cud": "could",
    "wud": "would",
    "couldve": "could have",
    "wouldve": "would have",
    "whatevs": "whatever",
    "watever": "whatever",
    "whatev": "whatever",
    "wtv": "whatever",
    "wtvr": "whatever",
    "whatevr": "whatever",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "rn": "right now",
    "idk": "i dont know",
    "tho": "though",
    "thx": "thanks",
    "nvm": "never mind",
    "gonna": "going to",
    "gona": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "prolly": "probably",
    "sry": "sorry",
    "srry": "sorry",
    "sory": "sorry",
    "sowwy": "sorry",
    "soo": "so",
    "realy": "really",
    "rly": "really",
    "b4": "before",
    "luv": "love",
    "hun": "hon",
    "bae": "babe",
    "abt": "about",
    "thru": "through",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "dat": "that",
    "sux": "sucks",
    "def": "definitely",
    "definately": "definitely",
    "obv": "obviously",
    "ngl": "not going to lie",
    "dunno": "dont know",
    "cmon": "come on",
    "urself": "yourself",
    "yourselves": "yourself",
    "tryin": "trying",
    "sayin": "saying",
    "doin": "doing",
    "goin": "going",
    "talkin": "talking",
    "nothin": "nothing",
    "feelin": "feeling",
    "somethin": "something",
    "im": "im",
    "ud": "youd",
    "ull": "youll",
    "ure": "youre",
    "uve": "youve",
    "yall": "you all",
    "aint": "isnt",
    "hav": "have",
    "wen": "when",
    "wit": "with",
    "bout": "about",
    "gud": "good",
    "alot": "a lot",
    "tbh": "to be honest",
    "hbu": "how about you",
    "wyd": "what are you doing",
    "smth": "something",
    "sth": "something",
    "ofc": "of course",
    "ofcourse": "of course",
    "everytime": "every time",
    "anyways": "anyway",
}

_TOKEN = re.compile(r"[a-z0-9']+|\s+|.", re.DOTALL)
_RUN = re.compile(r"(.)\1{2,}")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})


@dataclass(frozen=True)
class Normalized:
    """The normalised text and, per normalised character, its original [start, end)."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised slice [start, end)."""
        return self.starts[start], self.ends[end - 1]


@functools.lru_cache(maxsize=4096)
def normalize(original: str) -> Normalized:
    """Texting-tolerant lower-cased text with a map back to `original`'s offsets.

    Cached: every component of the couple layer normalises the same message
    and reply (about eight calls per analysis, half the layer's time).
    """
    # One-to-one character swaps first, so offsets stay those of `original`.
    lowered = original.translate(_APOSTROPHES).lower()
    if len(lowered) != len(original):  # a few characters change length when lowered
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in original)
        lowered = lowered.translate(_APOSTROPHES)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(piece: str, start: int, end: int) -> None:
        out.append(piece)
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))

    for match in _TOKEN.finditer(lowered):
        token, start, end = match.group(), match.start(), match.end()
        if token.isspace():
            emit("\n" if "\n" in token else " ", start, end)
        elif token[0].isalnum() or token[0] == "'":
            word = _RUN.sub(r"\1\1", token.replace("'", ""))
            if not word:
                continue
            word = "we will" if token == "we'll" else TEXTING.get(word, word)
            if word == token:  # unchanged: keep per-character offsets
                for i, char in enumerate(token):
                    emit(char, start + i, start + i + 1)
            else:
                emit(word, start, end)
        else:
            emit(token, start, end)
    return Normalized(original, "".join(out), tuple(starts), tuple(ends))


def is_symbol(char: str) -> bool:
    """Emoji and pictographs end a texting 'sentence' the way a full stop does."""
    return unicodedata.category(char) in {"So", "Sk", "Cs"} or 0x1F000 <= ord(char) <= 0x1FAFF


_SENTENCE_END: Final = frozenset(".!?\n")
_CLAUSE_START = re.compile(r"(?:[,;:()\"]|\s-+\s|\b(?:but|though|however|although|and then)\b)")
_CLAUSE_END = re.compile(r"(?:;|\s-+\s|\s(?:but|though|however|although|lol|haha+|lmao)\b|\s*\n)")


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the clause it sits in: back to the clause start, on to
    the end of the sentence, so a block quotes the whole responsible words."""
    left = start
    while left > 0 and text[left - 1] not in _SENTENCE_END and not is_symbol(text[left - 1]):
        left -= 1
    for clause in _CLAUSE_START.finditer(text, left, start):
        left = clause.end()
    right = end
    while right < len(text) and text[right] not in _SENTENCE_END and not is_symbol(text[right]):
        right += 1
    stop = _CLAUSE_END.search(text, end, right)
    if stop is not None:
        right = stop.start()
    else:
        while right < len(text) and text[right] in ".!?":
            right += 1
    while left < right and not text[left].isalnum():
        left += 1
    while right > left and text[right - 1] in " ,-":
        right -= 1
    return left, max(right, end)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each sentence, treating emoji and line breaks as full stops."""
    start = 0
    for i, char in enumerate(text):
        if char in _SENTENCE_END or is_symbol(char):
            if text[start : i + 1].strip():
                yield start, i + 1
            start = i + 1
    if text[start:].strip():
        yield start, len(text)
