"""How a bid was answered: turning toward, away or against (Gottman).

Toward engages with the bid: it reacts, asks, comforts, shares the joy, even
clumsily (unasked-for advice still engages). Away ignores it, changes the
subject, or leaves it without an answer for longer than the window. Against
meets it with hostility: criticism, contempt, defensiveness, a hostile question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Final, Literal

from empathos.core.couple.text import is_symbol, normalize
from empathos.core.lookback.turns import ChatTurn
from empathos.core.types import Analysis, Block

Direction = Literal["toward", "away", "against"]

AGAINST_KINDS: Final = frozenset({"criticism", "contempt", "defensiveness", "hostile_question"})
# Advice and minimizing miss the feeling but still engage with the bid.
AWAY_KINDS: Final = frozenset({"dismissal", "self_focus"})

_ENGAGES: Final = re.compile(
    r"\b(?:oh no|oh ?no+|aw+|oh (?:babe|baby|love|honey|sweetie|darling|hun|man|god|my god|wow)|"
    r"(?:im |i am )?(?:so |really )?sorry|poor (?:you|thing|baby|love)|that sucks|that sounds|"
    r"sounds (?:awful|hard|rough|horrible|terrible|amazing|great|lovely|fun|stressful|scary)|"
    r"(?:thats|that is|how) (?:awful|horrible|terrible|great|amazing|wonderful|brilliant|"
    r"fantastic|awesome|exciting|scary|hard|rough|unfair|so cool|cool|cute|funny|beautiful|"
    r"lovely|gorgeous|sad)|congrat|well done|so proud|proud of you|yay+|wo+w|omg|haha+|hehe+|"
    r"lol|lmao|love (?:it|this|that|you)|miss you too|love you too|me too|here for you|"
    r"im here|i got you|what happened|what did (?:he|she|they|the doctor|the boss) say|"
    r"are you (?:ok|okay|alright|feeling)|how are you (?:feeling|doing|holding up)|"
    r"do you want to talk|want to talk|(?:tell|talk to) me|i understand|i get it|makes sense|"
    r"of course you|no wonder|(?:ill|i will|let me) (?:call|come|be there|bring|pick|get|"
    r"help)|hug|kiss|cuddle|xx+|cute|adorable|beautiful|gorgeous|amazing|awesome|brilliant|"
    r"fantastic|incredible|hilarious|wonderful|lovely|nice|great|good luck|fingers crossed|"
    r"you (?:can|will|got this|deserve)|youre (?:amazing|the best|so)|thats (?:so )?(?:big|"
    r"huge)|tell me (?:more|everything|about))\b"
)
WARM_SYMBOLS: Final = frozenset("\u2764\U0001f495\U0001f496\U0001f497\U0001f60d\U0001f618"
                                 "\U0001f970\U0001f917\U0001f602\U0001f923\U0001f62e\U0001f631"
                                 "\U0001f389\U0001f973\U0001f44f\U0001f64c\U0001f622\U0001f62d"
                                 "\U0001f97a\U0001f494\U0001f606\U0001f604\U0001f60a")
_STOPWORD_TEXT: Final = (
    "the a an and or but so to of in on at for with is are was were be been it its this that "
    "i im me my you your we our he she they them his her their just really very not no yes "
    "what when how why do did dont have has had can cant will would could should about like "
    "get got go going today tonight now all more some there then than too also ok okay"
)
_STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())
_WORD: Final = re.compile(r"[a-z][a-z']{3,}")


@dataclass(frozen=True, slots=True)
class Answer:
    direction: Direction
    reason: str
    blocks: tuple[Block, ...] = ()
    waited: timedelta | None = None  # from the end of the bid to the answer, when answered


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(normalize(text).text) if w not in _STOPWORDS}


def content_overlap(bid: ChatTurn, answer: ChatTurn) -> bool:
    """The answer takes up a word of the bid's subject ("interview" -> "how was the interview")."""
    return bool(_content_words(bid.text) & _content_words(answer.text))


def engages(bid: ChatTurn, answer: ChatTurn) -> bool:
    """Words that react to the bid, or that take up its subject."""
    text = normalize(answer.text).text
    if _ENGAGES.search(text) or {c for c in answer.text if is_symbol(c)} & WARM_SYMBOLS:
        return True
    if answer.media and not text:
        return bid.media > 0  # a photo answered with a photo
    return content_overlap(bid, answer)


def in_window(bid: ChatTurn, answer: ChatTurn | None, window: timedelta) -> ChatTurn | None:
    """The answer when it came within `window` of the bid's last message, else None."""
    if answer is None or answer.started_at - bid.ended_at > window:
        return None
    return answer


def reason(direction: Direction, blocks: tuple[Block, ...]) -> str:
    """A few words on why, for a direction the learned head chose."""
    kinds = {b.kind for b in blocks}
    if direction == "against":
        return sorted(kinds & AGAINST_KINDS)[0] if kinds & AGAINST_KINDS else "a hostile edge"
    if direction == "away":
        return sorted(kinds & AWAY_KINDS)[0] if kinds & AWAY_KINDS else "does not take it up"
    return "responds to it"


def classify_answer(
    bid: ChatTurn,
    answer: ChatTurn | None,
    window: timedelta,
    analysis: Analysis | None = None,
    blocks: tuple[Block, ...] = (),
) -> Answer:
    """Toward, away or against, with the reason shown to the user.

    `analysis` is the engine's record of (bid, answer) when the engine read it;
    for small bids only the block patterns (`blocks`) are given.
    """
    answer = in_window(bid, answer, window)
    if answer is None:
        hours = window.total_seconds() / 3600
        return Answer("away", f"no answer within {hours:g} h")
    waited = answer.started_at - bid.ended_at
    reply = analysis.reply if analysis is not None else None
    if reply is not None:
        blocks = reply.blocks
    kinds = {b.kind for b in blocks}
    if kinds & AGAINST_KINDS:
        return Answer("against", sorted(kinds & AGAINST_KINDS)[0], blocks, waited)
    if reply is not None and (reply.mechanisms or reply.empathic):
        return Answer("toward", "engages with the feeling", blocks, waited)
    if kinds & AWAY_KINDS:
        return Answer("away", sorted(kinds & AWAY_KINDS)[0], blocks, waited)
    if kinds & {"advice", "minimizing"}:
        return Answer("toward", "takes it up, with " + sorted(kinds)[0], blocks, waited)
    if engages(bid, answer):
        return Answer("toward", "responds to it", blocks, waited)
    return Answer("away", "does not take it up", blocks, waited)
