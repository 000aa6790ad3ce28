"""Plain feeling words for what the partner likely feels, and their own words
turned round to the second person ("my boss" -> "your boss").

The emotion model proposes; the text checks: a model label is used only when the
message's own cues agree with it or give no hint at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from empathos.core.couple.text import normalize
from empathos.core.labels import EMOTIONS
from empathos.core.types import Signals


@dataclass(frozen=True)
class Feeling:
    person: str  # how they feel: "humiliated"
    situation: str  # what it is like: "humiliating"
    family: str  # a coarse group to compare model and text: "shame", "hurt", ...


_FEELINGS: Final[dict[str, Feeling]] = {
    f.person: f
    for f in (
        Feeling("humiliated", "humiliating", "shame"),
        Feeling("embarrassed", "embarrassing", "shame"),
        Feeling("hurt", "hurtful", "hurt"),
        Feeling("left out", "lonely", "hurt"),
        Feeling("lonely", "lonely", "sad"),
        Feeling("exhausted", "exhausting", "tired"),
        Feeling("overwhelmed", "overwhelming", "tired"),
        Feeling("worried", "worrying", "fear"),
        Feeling("scared", "scary", "fear"),
        Feeling("anxious", "nerve-wracking", "fear"),
        Feeling("frustrated", "frustrating", "anger"),
        Feeling("angry", "infuriating", "anger"),
        Feeling("fed up", "maddening", "anger"),
        Feeling("heartbroken", "heartbreaking", "grief"),
        Feeling("sad", "sad", "sad"),
        Feeling("let down", "disappointing", "sad"),
        Feeling("stressed", "stressful", "tired"),
        Feeling("unappreciated", "thankless", "hurt"),
        Feeling("insecure", "unsettling", "fear"),
        Feeling("guilty", "heavy", "sad"),
        Feeling("confused", "confusing", "fear"),
        Feeling("upset", "upsetting", "hurt"),
    )
}

# Message cues -> the feeling they point to, most specific first.
_TEXT_CUES: Final[tuple[tuple[str, str], ...]] = (
    (
        r"\bin front of (?:everyone|the whole|all|the team|people|my)|laughed at me|"
        r"humiliat|made fun of me|mocked",
        "humiliated",
    ),
    (r"\bembarrass|awkward|cringe", "embarrassed"),
    (
        r"passed away|\bdied\b|funeral|\bdeath\b|miscarriage|lost (?:my|the) (?:baby|mom|dad|"
        r"grandma|grandpa|dog|cat)|put (?:him|her) down|grief|grieving|anniversary of",
        "heartbroken",
    ),
    (
        r"\b(?:left out|not invited|wasnt invited|didnt invite|excluded|without me|forgot my|"
        r"forgot about me|ignored me|ignores me|ignoring me)\b",
        "left out",
    ),
    (r"\b(?:lonely|alone|no friends|nobody|no one (?:calls|cares|asks))\b", "lonely"),
    (r"\b(?:scared|terrified|afraid|frightened|biopsy|lump|test results|scan)\b", "scared"),
    (r"\b(?:worried|worry|worrying|what if|nervous|anxious|panic|interview|exam)\b", "worried"),
    (
        r"\b(?:thank(?:s|ed)? me|unappreciated|taken for granted|notice(?:d)? (?:anything|what i)|"
        r"credit)\b",
        "unappreciated",
    ),
    (
        r"\b(?:jealous|flirting|his ex|her ex|texting (?:his|her|some)|other (?:girl|guy|woman|"
        r"man))\b",
        "insecure",
    ),
    (
        r"\b(?:always|again|every (?:single )?time|never (?:helps|does|listens|cleans)|keeps|"
        r"third time|still hasnt)\b",
        "fed up",
    ),
    (r"\b(?:furious|angry|pissed|mad|livid|unfair|rude|disrespect)\b", "angry"),
    (
        r"\b(?:tired|exhausted|drained|no sleep|burn(?:ed|t)? out|long day|double shift|up all "
        r"night|so much to do)\b",
        "exhausted",
    ),
    (r"\b(?:too much|overwhelm|cant keep up|drowning)\b", "overwhelmed"),
    (r"\b(?:bills|rent|debt|money|broke|budget|deadline|stress)\w*", "stressed"),
    (r"\b(?:tore apart|criticiz|yelled|snapped|said i was|called me|hurt|mean to me)\w*", "hurt"),
    (
        r"\b(?:cancel(?:l)?ed|bailed|flaked|let me down|disappoint|fell through|didnt get|"
        r"rejected|turned down)\w*",
        "let down",
    ),
    (r"\b(?:sad|crying|cried|down|low|miss (?:him|her|them|home))\b", "sad"),
    (r"\b(?:guilty|my fault|i messed up|i screwed up|i forgot)\b", "guilty"),
    (r"\b(?:confused|dont understand|mixed signals|no idea why)\b", "confused"),
)

# GoEmotions label -> plain feeling (positive and neutral labels have none).
_EMOTION_FEELING: Final[dict[str, str]] = {
    "anger": "angry",
    "annoyance": "frustrated",
    "disappointment": "let down",
    "disapproval": "frustrated",
    "disgust": "fed up",
    "embarrassment": "embarrassed",
    "fear": "scared",
    "grief": "heartbroken",
    "nervousness": "worried",
    "remorse": "guilty",
    "sadness": "sad",
    "confusion": "confused",
}
MODEL_PROB: Final = 0.3
# What coaching names when the message shows no feeling: it still needs a word.
UNNAMED: Final = _FEELINGS["upset"]


def text_feelings(partner: str) -> list[Feeling]:
    norm = normalize(partner).text
    return [_FEELINGS[f] for cue, f in _TEXT_CUES if re.search(cue, norm)]


def model_feeling(signals: Signals) -> Feeling | None:
    if len(signals.emotions) != len(EMOTIONS):
        return None
    ranked = sorted(zip(EMOTIONS, signals.emotions, strict=True), key=lambda p: -p[1])
    for label, prob in ranked:
        if prob < MODEL_PROB:
            break
        if label in _EMOTION_FEELING:
            return _FEELINGS[_EMOTION_FEELING[label]]
    return None


def named_feeling(partner: str, signals: Signals) -> Feeling | None:
    """The feeling the message shows: the text's own cue, sharpened by the model when
    they agree; None when neither the words nor the model point at one."""
    from_text = text_feelings(partner)
    from_model = model_feeling(signals)
    if from_model is not None and (
        not from_text or any(f.family == from_model.family for f in from_text)
    ):
        # Prefer the text's more specific word inside the agreeing family.
        for feeling in from_text:
            if feeling.family == from_model.family:
                return feeling
        return from_model
    return from_text[0] if from_text else None


_SWAP: Final[dict[str, str]] = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "im": "you're",
    "ive": "you've",
    "id": "you'd",
    "ill": "you'll",
    "am": "are",
    "was": "were",
    "wasnt": "weren't",
    "we": "you two",
    "our": "your",
    "us": "you two",
    "you": "I",
    "your": "my",
    "yours": "mine",
    "youre": "I'm",
    "youve": "I've",
    "yourself": "myself",
}
_OBJECT_BEFORE: Final = frozenset(
    {
        "to",
        "at",
        "with",
        "for",
        "about",
        "from",
        "of",
        "like",
        "than",
        "without",
        "tell",
        "told",
        "ask",
        "asked",
        "call",
        "called",
        "text",
        "texted",
        "help",
        "helped",
        "need",
        "needed",
        "want",
        "wanted",
        "love",
        "hate",
        "see",
        "saw",
        "hear",
        "heard",
        "on",
        "by",
        "give",
        "gave",
        "show",
        "showed",
        "let",
        "make",
        "made",
        "thank",
        "thanked",
    }
)
_WORD: Final = re.compile(r"[A-Za-z'\u2019]+|[^A-Za-z'\u2019]+")


def second_person(clause: str) -> str:
    """'my boss tore apart my presentation' -> 'your boss tore apart your presentation'.
    'You' becomes 'I' or 'me', so the reply owns its part."""
    words = _WORD.findall(clause)
    out: list[str] = []
    subject_i = False
    subject_you = False
    previous = ""
    for word in words:
        if not word[0].isalpha():
            out.append(word)
            continue
        key = word.lower().replace("'", "").replace("\u2019", "")
        swapped = _SWAP.get(key)
        if key == "you" and previous in _OBJECT_BEFORE:
            swapped = "me"
        if key in {"am", "was", "wasnt"} and not subject_i:
            swapped = None
        if subject_you and key in {"are", "were", "arent", "werent"}:
            swapped = {"are": "am", "were": "was", "arent": "am not", "werent": "wasn't"}[key]
        if swapped is None:
            out.append(word)
        else:
            out.append(swapped)
        subject_i = key == "i"
        subject_you = key == "you" and swapped == "I"
        previous = key
    return "".join(out)
