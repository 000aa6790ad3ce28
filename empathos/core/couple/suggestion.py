"""A warmer reply to this very message, written offline from authored pieces.

Shape: a warm opening, a reflection of the feeling and the situation in the
partner's own words (turned to "you"), a validation, and an invitation to say
more (or, when they asked for advice, to think it through together). Each piece
is picked from several authored variants by a hash of the message, so the same
message always gets the same reply and different messages get different ones.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Final

from empathos.core.couple.feelings import Feeling, second_person
from empathos.core.couple.text import sentences
from empathos.core.labels import Seeks

_OPENINGS: Final = (
    "Oh love.",
    "Oh no.",
    "Ugh, I'm so sorry.",
    "I'm so sorry.",
    "Oof, I'm sorry.",
    "Oh, honey.",
    "I'm really sorry.",
    "Oh no, I'm sorry.",
)

# {s}: the situation in their words, second person; {f}: how they feel; {a}: what it is like.
_REFLECTIONS_WITH_SITUATION: Final = (
    "{S}? That sounds really {a}.",
    "It sounds like you felt so {f} when {s}.",
    "{S}. I can only imagine how {f} you must feel.",
    "You must be feeling so {f} after {s}.",
    "{S}, that must have been so {a}.",
    "So {s}. It sounds like that left you feeling {f}.",
)
_REFLECTIONS: Final = (
    "That sounds really {a}.",
    "You must be feeling so {f}.",
    "It sounds like you're feeling really {f}.",
    "I can hear how {f} you are.",
)
_VALIDATIONS: Final = (
    "Of course you feel {f}.",
    "It makes complete sense that you're {f}.",
    "Anyone would feel {f} after that.",
    "You have every right to feel {f}.",
    "That would get to anyone.",
    "Your feelings make total sense.",
    "I'd feel {f} too.",
    "You're not overreacting at all.",
)
_INVITATIONS: Final = (
    "Do you want to tell me what happened?",
    "What was the hardest part for you?",
    "How are you feeling about it now?",
    "Do you want to talk it through, or would you like me to just listen?",
    "What do you need from me right now?",
    "Tell me more, I'm listening.",
    "What's going through your mind about it?",
    "Want to tell me the whole story?",
)
_ADVICE_INVITATIONS: Final = (
    "Want to think it through together? What matters most to you here?",
    "I'm happy to help you figure it out. What options are you weighing?",
    "Let's work it out together. What feels most right to you so far?",
    "I have a few thoughts if you want them, but first, what's your gut telling you?",
    "We can figure this out together. What would a good outcome look like for you?",
)
_SAFETY: Final = (
    "I'm really glad you told me, and I'm worried about you. Are you safe right now? "
    "I'm right here with you, and I want us to get you support tonight, together. "
    "Can you tell me more about what's happening?"
)

_FILLER_START: Final = re.compile(
    r"^(?:(?:ugh|so|omg|honestly|well|lol|okay|ok|um|hey|babe|god|man|and|but|just|"
    r"guess what|you know what|literally|seriously)[\s,.!:-]+)+",
    re.IGNORECASE,
)
_FIRST_PERSON: Final = re.compile(r"\b(?:i|i'm|im|my|me|we|our|us|i've)\b", re.IGNORECASE)
_ASK_OR_VENT: Final = re.compile(
    r"\b(?:should i|what do i|what should|any ideas|help me|need to vent|just listen|don'?t "
    r"fix|rant|advice|what would you)\b",
    re.IGNORECASE,
)
_MAX_WORDS: Final = 14


def _pick(options: tuple[str, ...], digest: bytes, slot: int) -> str:
    return options[digest[slot] % len(options)]


def situation(partner: str) -> str | None:
    """The partner's first telling sentence about what happened, in the second person."""
    for start, end in sentences(partner):
        sentence = partner[start:end].strip()
        if sentence.endswith("?") or _ASK_OR_VENT.search(sentence):
            continue
        if not _FIRST_PERSON.search(sentence):
            continue
        sentence = _FILLER_START.sub("", sentence).strip(" .!,;:-")
        words = sentence.split()
        if len(words) < 3:
            continue
        if len(words) > _MAX_WORDS:
            cut = re.search(r",| and | but | because | so ", " ".join(words[5:]))
            sentence = " ".join(words[5:])[: cut.start()] if cut else " ".join(words[5:_MAX_WORDS])
            sentence = " ".join(words[:5]) + " " + sentence
        turned = second_person(sentence.strip(" ,"))
        return turned[0].lower() + turned[1:] if not turned.startswith("I ") else turned
    return None


def write_suggestion(
    partner: str,
    feeling: Feeling,
    seeks: Seeks,
    *,
    crisis: bool = False,
    is_clean: Callable[[str], bool] = lambda _: True,
) -> str:
    """A reply that reflects, validates and invites. `is_clean` vets a draft (the
    couple layer passes its own analysis) so that their words, echoed back, never
    smuggle in a block ("your mom says you should..." reads as advice)."""
    if crisis:
        return _SAFETY
    digest = hashlib.sha256(partner.strip().lower().encode("utf-8")).digest()
    fill = {"f": feeling.person, "a": feeling.situation}
    invitation = _pick(_ADVICE_INVITATIONS if seeks == "advice" else _INVITATIONS, digest, 3)
    validation = _pick(_VALIDATIONS, digest, 2).format(**fill)
    opening = _pick(_OPENINGS, digest, 0)
    said = situation(partner)
    drafts = []
    if said is not None:
        reflection = _pick(_REFLECTIONS_WITH_SITUATION, digest, 1)
        drafts.append(reflection.format(s=said, S=said[0].upper() + said[1:], **fill))
    drafts.append(_pick(_REFLECTIONS, digest, 4).format(**fill))
    for reflection in drafts:
        draft = " ".join((opening, reflection, validation, invitation))
        if is_clean(draft):
            return draft
    return " ".join((opening, "That sounds really hard.", "Of course you're upset.", invitation))
