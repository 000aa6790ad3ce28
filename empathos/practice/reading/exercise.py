"""Reading feelings: guess what the writer of a short message feels, scored against
the GoEmotions raters (pure).

A guess is a choice (its number or word) or any word of the feelings vocabulary,
mapped to GoEmotions labels. It scores 2 when it names a label the raters gave,
1 when it is in the same family (Ekman's six, as GoEmotions groups them: annoyed
for an angry message is close), else 0. Cues explain what in the words points where.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from empathos.practice.feelings import Vocabulary, key

# The answers to pick from: a plain word, and the GoEmotions labels it stands for.
CHOICES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("annoyed", ("annoyance",)),
    ("angry", ("anger",)),
    ("disgusted", ("disgust",)),
    ("sad", ("sadness", "grief")),
    ("disappointed", ("disappointment",)),
    ("scared", ("fear", "nervousness")),
    ("embarrassed", ("embarrassment",)),
    ("sorry", ("remorse",)),
    ("confused", ("confusion",)),
    ("curious", ("curiosity",)),
    ("surprised", ("surprise",)),
    ("happy", ("joy", "excitement")),
    ("amused", ("amusement",)),
    ("grateful", ("gratitude",)),
    ("loving", ("love", "caring")),
    ("admiring", ("admiration",)),
    ("hopeful", ("optimism",)),
    ("proud", ("pride",)),
    ("relieved", ("relief",)),
)
CHOICE_LABELS: Final = frozenset(label for _, labels in CHOICES for label in labels)

# GoEmotions' own grouping of its labels into Ekman's six (ekman_mapping.json).
FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "anger": ("anger", "annoyance", "disapproval"),
    "disgust": ("disgust",),
    "fear": ("fear", "nervousness"),
    "joy": (
        "joy",
        "amusement",
        "approval",
        "excitement",
        "gratitude",
        "love",
        "optimism",
        "relief",
        "pride",
        "admiration",
        "desire",
        "caring",
    ),
    "sadness": ("sadness", "disappointment", "embarrassment", "grief", "remorse"),
    "surprise": ("surprise", "realization", "confusion", "curiosity"),
}
_FAMILY_OF: Final = {label: fam for fam, labels in FAMILIES.items() for label in labels}


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    labels: tuple[str, ...]  # what the raters said the writer feels


def choice_of(labels: Sequence[str]) -> str:
    """The choice word for a set of rater labels (the first label's choice)."""
    for word, covered in CHOICES:
        if labels and labels[0] in covered:
            return word
    raise ValueError(f"no choice for {labels!r}")


def guess_labels(guess: str, vocabulary: Vocabulary) -> tuple[str, tuple[str, ...]]:
    """A typed guess -> (the word understood, its GoEmotions labels).
    Empty labels: the word is unknown, or too broad ("bad")."""
    text = guess.strip()
    if text.isdigit() and 1 <= int(text) <= len(CHOICES):
        word, labels = CHOICES[int(text) - 1]
        return word, labels
    for word, labels in CHOICES:
        if key(text) == word:
            return word, labels
    found = vocabulary.find(text)
    if found is None:
        return text, ()
    return found.word, vocabulary.goemotions(found.word)


# Cue -> (what it is, the labels it points to). Order: more telling first.
_CUES: Final[tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]] = tuple(
    (re.compile(pattern, re.IGNORECASE), what, labels)
    for pattern, what, labels in (
        (r"\bugh+\b|\bargh+\b|\bsmh\b", "'{m}' is a groan", ("annoyance", "anger", "disgust")),
        (r"\b(?:gross|disgusting|yuck|ew+)\b", "'{m}' recoils", ("disgust",)),
        (r"\b(?:hate|furious|angry|pissed|rage)\b", "'{m}' names the feeling outright", ("anger",)),
        (
            r"\b(?:annoying|annoyed|irritating|tired of|sick of)\b",
            "'{m}' says it grates",
            ("annoyance",),
        ),
        (r"\b(?:thanks?|thank you|thx|appreciate)\b", "'{m}' thanks someone", ("gratitude",)),
        (r"\b(?:sorry|my bad|apologi[sz]e|regret)\b", "'{m}' apologizes", ("remorse",)),
        (r"\b(?:lol|lmao|haha\w*|hilarious|funny)\b", "'{m}' laughs", ("amusement",)),
        (r"\b(?:love|adore|<3)\b", "'{m}' says love", ("love",)),
        (
            r"\b(?:beautiful|amazing|awesome|incredible|impressive|great job|well done|"
            r"brilliant)\b",
            "'{m}' praises",
            ("admiration",),
        ),
        (r"\b(?:hope|hopefully|fingers crossed|wish)\b", "'{m}' looks ahead", ("optimism",)),
        (r"\b(?:proud)\b", "'{m}' names the feeling outright", ("pride",)),
        (r"\b(?:phew|relieved|relief|finally)\b", "'{m}' lets a breath out", ("relief",)),
        (r"\b(?:wow|whoa|omg|what\?|no way|holy)\b", "'{m}' is caught off guard", ("surprise",)),
        (
            r"\b(?:scared|afraid|terrified|worried|nervous|anxious|scary)\b",
            "'{m}' names the feeling outright",
            ("fear", "nervousness"),
        ),
        (
            r"\b(?:embarrass\w*|awkward|cringe\w*)\b",
            "'{m}' names the feeling outright",
            ("embarrassment",),
        ),
        (
            r"\b(?:sad|miss|cry|crying|tears|heartbroken|rip)\b",
            "'{m}' names the feeling outright",
            ("sadness", "grief"),
        ),
        (
            r"\b(?:disappoint\w*|let down|shame|too bad|unfortunately)\b",
            "'{m}' sighs at a hope that fell through",
            ("disappointment",),
        ),
        (
            r"\b(?:confus\w*|don'?t understand|no idea|huh|what do you mean)\b",
            "'{m}' can't make sense of it",
            ("confusion",),
        ),
        (
            r"\b(?:wonder|curious|how (?:do|does|did)|why (?:do|does|did)|what is)\b",
            "'{m}' asks to know more",
            ("curiosity",),
        ),
        (
            r"\b(?:yay|excited|can'?t wait|so happy|glad|congrat\w*)\b",
            "'{m}' is glad",
            ("joy", "excitement"),
        ),
        (
            r"\b(?:take care|stay safe|hugs|you'?ll be ok(?:ay)?|here for you)\b",
            "'{m}' looks after someone",
            ("caring",),
        ),
    )
)


def cues(text: str, labels: Sequence[str]) -> list[str]:
    """Why a reader might see what the raters saw: the words and marks that point
    to the raters' labels, most telling first."""
    out: list[str] = []
    wanted = set(labels) | {f for label in labels for f in FAMILIES.get(_FAMILY_OF[label], ())}
    for pattern, what, points_to in _CUES:
        match = pattern.search(text)
        if match is not None and wanted & set(points_to):
            exact = [label for label in points_to if label in labels]
            target = exact[0] if exact else points_to[0]
            out.append(f"{what.format(m=match.group())}, which points to {target}")
    if "!" in text and out:
        out.append("the exclamation point turns the feeling up")
    elif "!" in text:
        out.append("the exclamation point says the feeling is strong")
    if "?" in text and {"confusion", "curiosity", "surprise"} & set(labels):
        out.append("the question mark shows they want to understand")
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        out.append("capital letters are shouting")
    if not out:
        out.append("no single word gives it away; the raters read the tone as a whole")
    return out


@dataclass(frozen=True)
class Scored:
    item: Item
    guess: str
    understood: str
    guess_labels: tuple[str, ...]
    points: int  # 2 a match, 1 the same family, 0 otherwise
    cues: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.item.id,
            "text": self.item.text,
            "guess": self.guess,
            "understood": self.understood,
            "guess_labels": list(self.guess_labels),
            "raters": list(self.item.labels),
            "answer": choice_of(self.item.labels),
            "points": self.points,
            "correct": self.points == 2,
            "close": self.points == 1,
            "cues": list(self.cues),
        }


def score(item: Item, guess: str, vocabulary: Vocabulary) -> Scored:
    understood, labels = guess_labels(guess, vocabulary)
    if set(labels) & set(item.labels):
        points = 2
    elif {_FAMILY_OF[g] for g in labels} & {_FAMILY_OF[g] for g in item.labels}:
        points = 1
    else:
        points = 0
    return Scored(item, guess, understood, labels, points, tuple(cues(item.text, item.labels)))


def pick(items: Sequence[Item], count: int, seed: int) -> list[Item]:
    """`count` items in an order fixed by `seed`, no two in a row with the same answer
    where the sample allows."""
    order = list(items)
    random.Random(f"reading:{seed}").shuffle(order)
    chosen: list[Item] = []
    for item in order:
        if len(chosen) == count:
            break
        if chosen and choice_of(chosen[-1].labels) == choice_of(item.labels):
            continue
        chosen.append(item)
    for item in order:  # a tiny sample: fill up regardless
        if len(chosen) == count:
            break
        if item not in chosen:
            chosen.append(item)
    return chosen


def summary(scored: Sequence[Scored]) -> dict[str, Any]:
    points = sum(s.points for s in scored)
    return {
        "items": len(scored),
        "points": points,
        "max_points": 2 * len(scored),
        "correct": sum(s.points == 2 for s in scored),
        "close": sum(s.points == 1 for s in scored),
    }
