"""What to do differently: 1-3 points, each tied to a skill, quoting the reply.

Plain and warm: name the words, say what they do to the partner, offer words to
say instead. The partner is "they": the text rarely tells us more.
"""

from __future__ import annotations

from typing import Final

from empathos.core.couple.feelings import Feeling
from empathos.core.labels import Seeks
from empathos.core.types import Block, Feedback, Risk

SAFETY_MESSAGE: Final = (
    "Before anything else: what your partner wrote sounds serious ({quote}). Take it "
    "seriously, stay with them, and ask plainly whether they are safe. If anyone is in "
    "immediate danger, call your local emergency number. In the US you can call or text 988 "
    "(Suicide & Crisis Lifeline) or call 1-800-799-7233 (National Domestic Violence "
    "Hotline); elsewhere, find your local crisis line at findahelpline.com."
)

_SKILL: Final[dict[str, str]] = {
    "advice": "active_listening",
    "minimizing": "validation",
    "defensiveness": "openness",
    "criticism": "reflect_before_reacting",
    "contempt": "self_regulation",
    "dismissal": "presence",
    "self_focus": "curiosity",
    "hostile_question": "reflect_before_reacting",
}

# {q}: their words; {f}: the partner's likely feeling; {a}: what the situation is like.
_WHY_AND_INSTEAD: Final[dict[str, str]] = {
    "advice": (
        "{q} answers a problem they didn't ask you to solve: you jumped to advice when "
        'they wanted to be heard. Try naming what they felt first: "You must have felt so '
        '{f}." If they want ideas, they can ask.'
    ),
    "minimizing": (
        "{q} shrinks what they feel, so they may end up defending their feeling instead of "
        "feeling understood. Let it be as big as it is for them: \"Of course you're {f}. "
        'That sounds really {a}."'
    ),
    "defensiveness": (
        "{q} protects you instead of hearing them, and turns their moment into a debate. "
        "Put your side on hold for now and reflect theirs: \"You're {f}, and I want to "
        'understand. Tell me more."'
    ),
    "criticism": (
        "{q} points at what they did wrong when they needed you on their side. Save any "
        "lessons for much later, if ever, and start with: \"That sounds really {a}. I'm "
        'sorry."'
    ),
    "contempt": (
        "{q} mocks how they feel, and contempt hurts more than almost anything else you "
        'could say. Take a breath, then take them seriously: "I can see this really got to '
        'you. What happened?"'
    ),
    "dismissal": (
        "{q} closes the door on them. If now is truly a bad moment, say when you can "
        'listen; otherwise stay with them: "I\'m here. What happened?"'
    ),
    "self_focus": (
        "{q} turns the spotlight onto you. Your story can wait; ask about theirs first: "
        '"What was the hardest part for you?"'
    ),
    "hostile_question": (
        "{q} is a question with an edge: it lands as blame, not curiosity. Ask to "
        'understand instead: "What\'s been weighing on you?"'
    ),
}
_NO_CONNECTION: Final = (
    Feedback(
        "resonance",
        "Your reply doesn't yet show that you caught how they feel. Name it out loud, "
        'something like: "That sounds really {a}. You must be so {f}."',
    ),
    Feedback(
        "curiosity",
        'Invite them to say more with one open question, like "What was the hardest part '
        'for you?", and then listen without fixing.',
    ),
)
_ENCOURAGE_VALIDATION: Final = Feedback(
    "validation",
    "This meets them warmly. To go one step further, tell them their feeling makes sense: "
    '"Of course you\'re {f}."',
)
_LONGEST_QUOTE: Final = 80
MAX_ITEMS: Final = 3


def quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _LONGEST_QUOTE:
        text = text[: _LONGEST_QUOTE - 1].rsplit(" ", 1)[0] + "\u2026"
    return f"\u2018{text}\u2019"


def safety_feedback(risk: Risk) -> Feedback:
    return Feedback("presence", SAFETY_MESSAGE.format(quote=quote(risk.text)))


def _fill(item: Feedback, feeling: Feeling) -> Feedback:
    return Feedback(item.skill, item.message.format(f=feeling.person, a=feeling.situation))


def write_feedback(
    *,
    blocks: tuple[Block, ...],
    mechanisms: tuple[str, ...],
    empathic: bool,
    seeks: Seeks,
    feeling: Feeling,
    risk: Risk | None,
) -> tuple[Feedback, ...]:
    items: list[Feedback] = []
    if risk is not None:
        items.append(safety_feedback(risk))
    seen: set[str] = set()
    for block in blocks:
        if block.kind in seen:
            continue
        seen.add(block.kind)
        message = _WHY_AND_INSTEAD[block.kind].format(
            q=quote(block.text), f=feeling.person, a=feeling.situation
        )
        items.append(Feedback(_SKILL[block.kind], message[0].upper() + message[1:]))
    if not blocks and not empathic:
        items.extend(_fill(item, feeling) for item in _NO_CONNECTION)
    elif empathic and "validation" not in mechanisms and seeks == "empathy":
        items.append(_fill(_ENCOURAGE_VALIDATION, feeling))
    return tuple(items[:MAX_ITEMS])
