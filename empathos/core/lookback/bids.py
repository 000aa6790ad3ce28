"""Which turns of a chat are bids for connection (Gottman), read from the words alone.

An emotional bid shares a feeling, a worry, a need or good news, complains, or
reaches for closeness; a small bid reaches lightly (a photo, a joke, "how was
your day?"); logistics ("dinner at 8?") are no bid. This runs on every turn of a
chat, so it is word patterns only; the engine then reads the bids it finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from empathos.core.couple.text import is_symbol, normalize
from empathos.core.lookback.turns import ChatTurn

BidLevel = Literal["bid", "small_bid"]

_FEELING_WORDS: Final = (
    r"sad|feeling down|so down|depressed|miserable|lonely|alone|empty|hurt|heartbroken|devastated|"
    r"gutted|crushed|upset|angry|mad|furious|pissed(?: off)?|livid|annoyed|irritated|frustrated|"
    r"fed up|sick of|tired of|over it|exhausted|tired|drained|knackered|"
    r"wiped(?: out)?|burn(?:ed|t) out|stressed(?: out)?|overwhelmed|swamped|scared|afraid|"
    r"terrified|frightened|worried|anxious|nervous|panicking|freaking out|on edge|uneasy|"
    r"insecure|jealous|embarrassed|ashamed|humiliated|guilty|awful|terrible|horrible|shit|"
    r"crap|rubbish|useless|worthless|stupid|ugly|fat|invisible|ignored|unappreciated|unwanted|"
    r"unloved|rejected|left out|confused|torn|stuck|trapped|homesick|sick|ill|unwell|in pain|"
    r"happy|so happy|excited|thrilled|over the moon|ecstatic|proud|relieved|grateful|thankful|"
    r"blessed|lucky|in love|loved|calm|at peace|hopeful|nostalgic|emotional|a mess|a wreck|"
    r"not ok|not okay|not fine|not good|not great|not well|crying|in tears|shaking"
)

# Each: what kind of bid, and its cue. Checked in this order; the first match names the kind.
EMOTIONAL_KINDS: Final = ("need", "worry", "good_news", "complaint", "feeling", "attention")
SMALL_KINDS: Final = ("share", "joke", "question", "attention")

_EMOTIONAL: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            "need",
            r"\b(?:i (?:really )?need (?:you|a hug|to talk|to see you|some|help|a break|a minute)|"
            r"can we (?:talk|have a talk|chat later|speak)|we need to talk|(?:could|can) you "
            r"(?:call|ring|phone|come home|hold me|hug me|be here)|call me(?: when| please| asap|"
            r"\W*$)|i (?:could|can) (?:really )?use (?:a|some|you)|please (?:come|call|talk)|"
            r"i wish you (?:were|was|could)|wish you were here|hold me|need (?:a )?hugs?|"
            r"i just want (?:you|to)|are you (?:mad|angry|upset) (?:at|with) me|do you (?:still )?"
            r"(?:love|want|like|find) me|are we (?:ok|okay|good|alright))\b",
        ),
        (
            "worry",
            r"\b(?:what if|im (?:so |really |a bit |kinda |quite )?(?:worried|scared|afraid|"
            r"nervous|anxious|terrified|freaking out|panicking)|i (?:keep|cant stop) (?:thinking|"
            r"worrying)|(?:worried|scared|afraid|nervous|anxious) (?:about|that|of|for)|"
            r"(?:test |scan |blood |biopsy )?results|biopsy|the (?:doctor|hospital|gp|vet) "
            r"(?:said|called|wants)|lump|diagnos|cant sleep|couldnt sleep|panic attack)\b",
        ),
        (
            "good_news",
            r"\b(?:i got (?:the |a |my )?(?:job|offer|promotion|raise|place|house|flat|apartment|"
            r"results?|grade|scholarship|visa|tickets)|got promoted|(?:good|great|amazing|big|"
            r"exciting|best) news|guess what|i (?:passed|did it|won|made it|finished)|we (?:got|"
            r"did it|won|made it)|(?:got|been) (?:accepted|approved|hired|offered)|(?:im|were) "
            r"(?:pregnant|engaged)|(?:so|really|super) (?:happy|excited|proud|stoked|pumped)|"
            r"cant wait|finally (?:did|got|finished|done|sold|signed)|yay+|woo+h?o+|"
            r"omg (?:yes|i|we))\b",
        ),
        (
            "complaint",
            r"\b(?:(?:worst|awful|terrible|horrible|shit|crap|rough|hard|long|bad|tough|crazy|"
            r"stressful|horrendous|exhausting|brutal|miserable) (?:day|week|night|morning|"
            r"shift|meeting|time)|(?:my|the) (?:boss|manager|mum|mom|dad|mother|father|sister|"
            r"brother|mother in law|teacher|colleague|coworker|landlord|ex|friend) (?:is|was|"
            r"keeps|just|yelled|shouted|said|did|made|called|criticised|criticized|ignored|blamed|"
            r"snapped|told)|i hate (?:my|this|it|when|that|how|everything|myself)|"
            r"(?:is|are) killing me|(?:this|that|it) (?:sucks|is shit|is awful)|so unfair|"
            r"fml|ugh+|why does (?:this|everything|it) always|nobody (?:cares|listens|helps|"
            r"noticed)|no one (?:cares|listens|helps|noticed)|you (?:never|always|dont even|didnt "
            r"even|forgot)|you (?:didnt|dont) (?:care|listen|notice|ask|call|text)|"
            r"i feel like you|why (?:dont|didnt|cant|wont) you (?:ever )?)\b",
        ),
        (
            "feeling",
            r"\b(?:i(?:m| am| feel| felt| was| have been| ve been|ve been| get| got| just feel) "
            r"(?:so |really |very |super |a bit |a little |kinda |kind of |pretty |quite |"
            r"completely |totally |just |feeling |soo |sooo |too |literally |honestly )*"
            rf"(?:{_FEELING_WORDS})|i feel|feeling (?:{_FEELING_WORDS})|"
            r"i (?:cried|have been crying|started crying|cant stop crying|miss (?:you|him|her|"
            r"them|home|my)|love you|hate (?:it|this))|miss you|missing you|love you|"
            r"heart (?:is )?(?:broken|breaking|hurts)|my heart|(?:what a|such a) (?:day|week|"
            r"relief|mess|nightmare)|this is (?:so )?(?:hard|too much|a nightmare)|"
            r"(?:its|it is|everything is|its all) (?:too much|falling apart|so hard|a mess)|"
            r"cant (?:do this|cope|take (?:it|this|much more)|handle|breathe|stop thinking))\b",
        ),
        (
            "attention",
            r"\b(?:are you there|you there|where are you|why arent you (?:answering|replying)|"
            r"please answer|talk to me|i need you|thinking (?:about|of) you|wish i was with you|"
            r"come (?:home|over|back) (?:soon|early|please)|xx+|hug|kiss(?:es)?|cuddle)\b",
        ),
    )
)

_SMALL: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            "share",
            r"(?:https?://|www\.|\b(?:look at (?:this|that|him|her|them|these)|look\W*$|"
            r"check (?:this|it) out|you have to see|have you seen|did you see|you wont believe|"
            r"just saw|saw this|this reminded me of you|reminds me of you|"
            r"(?:the )?(?:sunset|sky|view|snow|rain|moon) (?:is|tonight|today)|"
            r"omg|wow|oh my god|oh my gosh))\b",
        ),
        ("joke", r"\b(?:haha+|hehe+|lol|lmao|rofl|joke|funny|hilarious)\b"),
        (
            "question",
            r"\b(?:how (?:was|is|has|did) (?:your|ur|the) (?:day|night|morning|shift|meeting|"
            r"interview|exam|test|trip|lunch|appointment|thing)|how are (?:you|u)|hows (?:your|"
            r"it going|things|the)|how did it go|hows it going|what are you (?:up to|doing)|"
            r"wyd|you ok|are you ok(?:ay)?|everything ok|hows work)\b",
        ),
        (
            "attention",
            r"\b(?:good ?morning|morning|good ?night|night night|nighty|sweet dreams|"
            r"sleep well|have a (?:good|great|nice|lovely) (?:day|night|one)|"
            r"hey (?:you|babe|baby|love|handsome|gorgeous|beautiful)|thinking of you|"
            r"miss u|love u|babe|baby|honey|sweetie|darling)\b",
        ),
    )
)

_LOGISTICS_ONLY: Final = re.compile(
    r"^\W*(?:ok(?:ay)?|k|kk|yes|yeah|yep|yup|no|nope|sure|fine|cool|done|thanks|thank you|"
    r"thx|ty|np|noted|got it|will do|on my way|omw|here|coming|leaving now|see you|see u|cu|"
    r"bye|sounds good|perfect|great|alright|right)\W*$"
)
_AFFECTION_SYMBOLS: Final = frozenset("\u2764\U0001f495\U0001f496\U0001f497\U0001f498"
                                      "\U0001f499\U0001f49a\U0001f49b\U0001f49c\U0001f5a4"
                                      "\U0001f60d\U0001f618\U0001f970\U0001f917\U0001f48b")
_SAD_SYMBOLS: Final = frozenset("\U0001f622\U0001f62d\U0001f614\U0001f61e\U0001f625\U0001f630"
                                "\U0001f61f\U0001f494\U0001f97a\U0001f629\U0001f62b\U0001f621"
                                "\U0001f620\U0001f624")
_HAPPY_NEWS_SYMBOLS: Final = frozenset("\U0001f389\U0001f973\U0001f38a\U0001f37e\U0001f3c6")


@dataclass(frozen=True, slots=True)
class Bid:
    level: BidLevel
    kind: str  # feeling, worry, need, good_news, complaint, attention, share, joke, question


@dataclass(frozen=True, slots=True)
class Cues:
    """What the words of a turn show; the rules and the learned bid head both read these."""

    emotional: str | None  # the first emotional cue's kind
    small: str | None  # the first small-bid cue's kind
    sad_symbol: bool
    happy_symbol: bool
    affection_symbol: bool
    logistics_only: bool
    exclamations: int
    question: bool
    words: int
    media: int


def cues(turn: ChatTurn) -> Cues:
    text = turn.text
    symbols = {c for c in text if is_symbol(c)}
    norm = normalize(text).text if text else ""
    emotional = next((kind for kind, p in _EMOTIONAL if p.search(norm)), None) if norm else None
    small = next((kind for kind, p in _SMALL if p.search(norm)), None) if norm else None
    return Cues(
        emotional=emotional,
        small=small,
        sad_symbol=bool(symbols & _SAD_SYMBOLS),
        happy_symbol=bool(symbols & _HAPPY_NEWS_SYMBOLS),
        affection_symbol=bool(symbols & _AFFECTION_SYMBOLS),
        logistics_only=bool(norm and _LOGISTICS_ONLY.match(norm)),
        exclamations=norm.count("!"),
        question="?" in norm,
        words=len(norm.split()),
        media=turn.media,
    )


def find_bid(turn: ChatTurn) -> Bid | None:
    """The bid the word rules see in this turn, if any: emotional cues first, then small ones."""
    c = cues(turn)
    if c.emotional:
        return Bid("bid", c.emotional)
    if c.sad_symbol:
        return Bid("bid", "feeling")
    if c.happy_symbol or c.exclamations >= 3:
        return Bid("bid", "good_news")
    if c.logistics_only and not c.affection_symbol:
        return None
    if c.small:
        return Bid("small_bid", c.small)
    if c.media:
        return Bid("small_bid", "share")
    if c.affection_symbol:
        return Bid("small_bid", "attention")
    return None
