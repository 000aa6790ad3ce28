"""Word cues practice reads beside the engine's record: what the partner's need
makes matter (space, reassurance, a plan) and what the curriculum-only skills look like.

Written against the engine's normalised text (lower case, no apostrophes, "u" ->
"you"), like the patterns of the couple layer.
"""

from __future__ import annotations

import re
from typing import Final

from empathos.core.couple.text import normalize

# "I'm here when you want to talk", "take your time", "no pressure".
SPACE_OFFER: Final = re.compile(
    r"\b(?:(?:whenever|when|if) (?:you(?:re)?|youre) (?:ready|want|feel like|need)|take "
    r"(?:all )?(?:your|the) time|no (?:pressure|rush)|(?:give|leave) you (?:some )?"
    r"(?:space|room|time|quiet)|you dont have to (?:talk|say|explain|tell)|in your own time|"
    r"no need to (?:talk|explain)|(?:im|i am|ill be) (?:here|around|nearby|inside|in the next room)"
    r"(?: for you)? (?:when|whenever|if)|(?:only )?if you want to|some (?:space|quiet|time) "
    r"(?:alone|to yourself|on your own))\b"
)

# Pushing someone who asked for room: demands to talk, "why won't you", "come on".
PRESSURE: Final = re.compile(
    r"\b(?:(?:just )?tell me (?:whats wrong|what happened|now|already)|talk to me|we need to "
    r"talk|you (?:have|need|got) to (?:talk|tell|open up|let me)|why (?:wont|dont|cant) you "
    r"(?:talk|tell|just|open|say)|come on|dont shut me out|stop shutting|you cant just "
    r"(?:ignore|shut)|answer me)\b"
)

# Reassurance: "I'm not going anywhere", "we'll get through this", "I love you".
REASSURANCE: Final = re.compile(
    r"\b(?:(?:im|i am) not going anywhere|(?:were|we are) (?:in this together|a team|okay|ok)|"
    r"well (?:get through|figure|work|handle|be ok|be okay)|(?:i|ill) (?:love|am with) you|love "
    r"you|(?:youre|you are) not alone|(?:im|i am) (?:on your side|with you|right here|here)|"
    r"(?:ive|i have|i) got you|(?:youre|you are) (?:enough|a great|a good|so good|doing "
    r"(?:great|well|your best))|nothing (?:changes|is going to change) how|(?:i|ill) (?:always|"
    r"still) (?:choose|love|want) you|you can count on me|(?:it|that) doesnt change)\b"
)

# Asking what they need instead of guessing.
ASKS_NEEDS: Final = re.compile(
    r"\b(?:what (?:do you need|would (?:help|feel good|be most helpful|make (?:it|this|today) "
    r"(?:easier|better))|can i do)|how can i (?:help|support|be there|make)|is there "
    r"(?:anything|something) (?:i can|you need|that would)|(?:do|would) you (?:want|like|"
    r"rather) (?:me to|to talk|some|a|to be|space|company)|do you want me to|would it help "
    r"(?:if|to))\b"
)

# A plan or an idea, offered: "we could", "let's", "what if we".
PLAN_OFFER: Final = re.compile(
    r"\b(?:we could|lets|let us|what if we|how about (?:we|i|if)|maybe (?:we|i) (?:could|can|"
    r"should)|(?:i|we) can (?:take|call|start|ask|make|sit|look|handle|do|split|set)|ill "
    r"(?:take|call|handle|do|ask|make|sort|look|set)|one idea|an idea|a plan|plan (?:it|this))\b"
)


def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(normalize(text).text) is not None


def offers_space(reply: str) -> bool:
    return _has(SPACE_OFFER, reply)


def questions(reply: str) -> int:
    return reply.count("?")


def pressures(reply: str) -> bool:
    """Demands to talk, or a string of questions (two or more is an interview)."""
    return _has(PRESSURE, reply) or questions(reply) >= 2


def reassures(reply: str) -> bool:
    return _has(REASSURANCE, reply)


def asks_needs(reply: str) -> bool:
    return _has(ASKS_NEEDS, reply)


def offers_plan(reply: str) -> bool:
    return _has(PLAN_OFFER, reply)
