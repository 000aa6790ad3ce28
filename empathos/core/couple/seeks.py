"""What the partner is after: to be heard ("empathy") or a suggestion ("advice").

Empathy is the default: most upset messages are sharing, even when they end in a
rhetorical question ("why does this always happen to me?"). Only an explicit ask
makes it advice, and "I just need to vent" overrides any ask.
"""

from __future__ import annotations

import re
from typing import Final

from empathos.core.couple.text import normalize
from empathos.core.labels import Seeks
from empathos.core.types import Request

_VENT: Final = re.compile(
    r"\b(?:(?:just |only |really )?(?:need|needed|want|wanted|have|had|got) to (?:vent|rant|"
    r"complain|get (?:this|it) (?:off my chest|out)|be heard|tell (?:you|someone|somebody))|"
    r"need you to (?:just )?(?:listen|hear me)|"
    r"dont (?:try to |need you to |want you to )?(?:fix|solve)|(?:no|not looking for|dont need|"
    r"dont want|not asking for|not after) (?:any )?(?:advice|solutions?|fixing|suggestions|"
    r"tips|lectures?)|(?:just|please just|can you just|could you just) (?:listen|hear me out|"
    r"let me (?:vent|rant|talk))|let me (?:vent|rant)|vent (?:for a (?:sec|second|minute|"
    r"bit)|session)|rant (?:incoming|time|alert)|need a (?:hug|rant|vent)|"
    r"(?:this is|its) (?:just )?a rant|dont (?:tell|give) me (?:what to do|advice))\b"
)

_ASK: Final = re.compile(
    r"\b(?:what (?:should|shall|do|would|could|can) (?:i|we) (?:do|say|tell|get|choose|"
    r"pick|write|text|reply|answer|bring|wear|make|cook|buy)|what would you (?:do|say|suggest|"
    r"recommend|tell)|what do you (?:think|suggest|recommend) (?:i|we) (?:should|do)|"
    r"any (?:ideas|advice|suggestions|tips|thoughts on (?:how|what|whether))|(?:give|got|have) "
    r"(?:me )?(?:any |some )?(?:advice|ideas|suggestions|tips)|(?:do you|would you) have "
    r"(?:any )?(?:ideas|advice|suggestions|tips)|(?:(?:i )?need|i want|i could use|can i get) "
    r"(?:your |some |an )?(?:advice|ideas|suggestions|opinion|input|second opinion|help "
    r"(?:deciding|figuring|choosing|with))|(?:can|could|would) you help me (?:decide|figure|"
    r"think|choose|pick|plan|work out|write|find|with|word|phrase|draft|reply|respond|answer)|"
    r"help me (?:decide|figure out|choose|pick|think (?:this |it )?through|work out)|"
    r"how would you (?:approach|handle|tackle|go about|play|deal with) (?:it|this|that)|"
    r"which (?:one )?(?:do|should) (?:i|we) (?:go with|go for|pick|choose|get|take)|"
    r"tell me which\b|(?:can|could) you tell me (?:if|whether)\b|"
    r"(?:should|shall) (?:i|we)\b(?! (?:even|just) bother)|do you think (?:i|we) "
    r"(?:should|ought)|would you advise|what you think,? (?:i|we) "
    r"should|(?:is it|would it be) (?:ok|okay|rude|wrong|weird|"
    r"bad|better|smart|crazy|fine|a good idea|too much|selfish) (?:if|to|for me)|how (?:do|"
    r"should|can|would) (?:i|we) (?!even\b|ever\b)(?:\w+)|which (?:one )?(?:should|"
    r"would you|do you think)|is it better to|tell me what to do|what are my options|what "
    r"are (?:the|our) options|would you (?:rather|go with|pick|choose)|can you (?:recommend|"
    r"suggest)|(?:whats|what is) the best way to|where (?:should|do|can) (?:i|we) (?:start|go|"
    r"find|look)|(?:do|would) you know (?:a|any|how|where|if)|who should (?:i|we)|when should "
    r"(?:i|we)|i (?:cant|can not|cannot) decide (?:whether|if|between|what|which)|"
    r"(?:i dont|dont) know (?:whether|if) (?:i should|to)\b(?! laugh)|thoughts\W*$|"
    r"what do you think\W*$|your (?:advice|opinion|take|thoughts)\b(?=[^.!]*\?)|"
    # A choice put to the partner: "do I text her back or leave her on read?", "would you
    # go for the lead job or stay where I am?"
    r"\b(?:do i|do we|would you|i should|we should) [^.!?\n]{2,60} or (?!what\b|not\b)"
    r"[^.!?\n]{2,60}\?|(?:ought|should) (?:i|we) [^.!?\n]{2,80} or [^.!?\n]{2,60}\?|"
    r"(?:do|should|shall) (?:i|we) [^.!?\n]{2,60} or not\b|"
    r"(?:^|[.!?\n:] *)(?:take|keep|sell|buy|stay|go|call|tell|text|pick|book|quit|accept|move|"
    r"wait)\b[^.!?\n]{0,50} or [^.!?\n]{2,50}\?|"
    # Handing the choice over: "need a decision", "thoughts on raising prices?", "help??",
    # "what do you think about us selling the house"
    r"(?:need|want) (?:a|your) (?:decision|second brain|verdict)|thoughts on\b[^.!\n]{0,80}\?|"
    r"(?:^|[.!?\n] *)help\W*\?|what do you think (?:about|of) (?:us|me|my|our|\w+ing)\b|"
    # Asking for a hand with a piece of work: "can you review my CV?"
    r"(?:can|could|would) you (?:please )?(?:review|look over|read over|proofread|check over|"
    r"put together|draft|sketch out)\b|i (?:want|need|would like|wanna) to know (?:if|whether)"
    r"\b(?=[^.!?\n]*\b(?:too|enough|ok|okay|good|right|better|worth)\b))"
)

# "how do I even..." / "what do I do with a boss like that" are sighs, not asks.
_RHETORICAL: Final = re.compile(
    r"\b(?:how (?:do|am|can) i (?:even|ever|supposed)|what (?:do|am) i (?:even|supposed to) "
    r"do|what (?:do|can) you (?:even )?do with|what am i supposed to|why (?:do|does|is|am|"
    r"cant|wont|would))\b"
)


def partner_words(request: Request) -> str:
    """The partner's message with their earlier turns, newest last."""
    earlier = [t.text for t in request.context if t.speaker == "partner"]
    return "\n".join([*earlier[-3:], request.partner])


def asks_for_advice(text: str) -> bool:
    norm = normalize(text).text
    if _VENT.search(norm):
        return False
    for ask in _ASK.finditer(norm):
        sentence_start = max(norm.rfind(c, 0, ask.start()) for c in ".!?\n") + 1
        if not _RHETORICAL.search(norm, sentence_start, ask.end()):
            return True
    return False


def find_seeks(request: Request) -> Seeks:
    """'advice' when the partner explicitly asks for it, now or in an earlier turn
    that is still open (no reply since); a later "just let me vent" wins over an
    earlier ask."""
    if _VENT.search(normalize(partner_words(request)).text):
        return "empathy"
    if asks_for_advice(request.partner):
        return "advice"
    # An ask stays open over the partner's later turns until the reply-writer speaks:
    # "Can you help me think through whether to quit?" / "I've been miserable there".
    for turn in reversed(request.context):
        if turn.speaker != "partner":
            break
        if asks_for_advice(turn.text):
            return "advice"
    return "empathy"
