"""Which empathy mechanisms a reply shows: emotional reaction, interpretation,
exploration, validation (labels.MECHANISMS).

Phrase cues decide; a confident EPITOME level can add a mechanism the phrases
missed, but only where the words carry a weak cue of it too, so that a model
that says nothing useful cannot invent warmth.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from empathos.core.couple.patterns import (
    IM,
    YOURE,
    Hit,
    PatternSet,
    compile_patterns,
    find_hits,
)
from empathos.core.couple.text import Normalized, normalize
from empathos.core.labels import EMPATHY_DIMENSIONS, MECHANISMS
from empathos.core.types import Signals

_HARD: Final = (
    r"(?:hard|awful|terrible|rough|tough|painful|horrible|brutal|exhausting|scary|frightening|"
    r"frustrating|stressful|heartbreaking|lonely|unfair|infuriating|upsetting|humiliating|"
    r"embarrassing|hurtful|sad|overwhelming|draining|maddening|miserable|crushing|"
    r"devastating|shitty|crappy|heavy|discouraging|disappointing|insulting|"
    r"demoralizing|nerve wracking|terrifying|annoying|lousy|harsh|cruel|rude|mean|not ok|"
    r"not okay|messed up|so wrong|wrong|gross|disrespectful|unbearable|worrying|hurtful|"
    r"letdown|a letdown|the worst)"
)
_FEELING: Final = (
    r"(?:hurt|humiliated|embarrassed|exhausted|scared|worried|lonely|alone|invisible|"
    r"overwhelmed|blindsided|disrespected|left out|ignored|stuck|drained|frustrated|angry|"
    r"furious|sad|heartbroken|anxious|nervous|stressed|betrayed|let down|disappointed|"
    r"unappreciated|unseen|unheard|small|crushed|devastated|tired|worn out|on edge|helpless|"
    r"powerless|guilty|ashamed|jealous|insecure|rejected|confused|shaken|afraid|terrified|"
    r"fed up|burned out|burnt out|pissed|mad|upset|gutted|torn|trapped|lost|sick|hopeless|"
    r"taken for granted|like an outsider|like a failure|like nobody|like no one|like you|wiped|"
    r"wiped out|gutted|rattled|shaken up)"
)

# "Of course you're upset" validates; it does not also count as an interpretation.
_NOT_AFTER_VALIDATION: Final = (
    r"(?<!of course )(?<!no wonder )(?<!sense that )(?<!sense )(?<!understandable that )"
    r"(?<!normal that )(?<!okay that )(?<!ok that )(?<!fair that )(?<!understandable )"
)

_EMOTIONAL_REACTION: Final = compile_patterns(
    "emotional_reaction",
    [
        rf"\b(?:{IM}|i am) (?:so |really |truly |very |so so )?sorry\b(?! (?:you feel that way|"
        r"you feel like that|if|for trying|for caring|but you))",
        r"\b(?:so|really|very) sorry\b(?! (?:you feel that way|if))",
        r"\boh (?:no|babe|love|honey|hon|sweetheart|sweetie|my love|baby)\b",
        r"^\W*(?:aw+|oof|oh no|noo+|ouch|yikes)\b",
        r"\b(?:thats a|what a|tough|hard) (?:hard|tough|rough) (?:call|one|spot|decision|choice)\b|"
        r"\btough one\b",
        rf"\b(?:that|this|it|which|thats|what a|such a|sounds|sounds like a) (?:sounds |is |"
        rf"was |seems |feels )?(?:so |really |incredibly |truly |"
        rf"super |just |absolutely |honestly |completely |pretty |kind of |very |such a )*"
        rf"{_HARD}\b",
        r"\b(?:that|it) (?:really |totally )?(?:sucks|stinks|blows)\b",
        r"\bmy heart\b|\bi hate (?:that|this|how|it)\b|\bhugs?\b|\bsending (?:you )?(?:love|"
        r"hugs)\b|\bi love you\b|\blove you\b",
        rf"\b{IM} (?:here|right here|always here|with you|on your side|in your corner)\b|"
        r"\bi(?:ve| have) got you\b|\bi got you\b|\bwere in this together\b|\bim not going "
        r"anywhere\b|\byou dont have to (?:go through|do) (?:this|it) alone\b",
        r"\bi feel (?:so bad|terrible|awful|horrible)\b|\bi wish i (?:could|was|were|had been)\b",
        r"\bpoor you\b|\bpoor thing\b|\bbreaks my heart\b|\bmakes me (?:so )?(?:sad|angry|mad|"
        r"furious)\b|\bim so mad for you\b|\bthat makes me\b",
        rf"\b{IM} (?:worried|so worried|concerned) about you\b|\bi care about you\b|\bi "
        r"(?:care|worry) about you\b",
        r"\bwhat a (?:rough|awful|horrible|terrible|long|hard|crappy|shitty|brutal|nightmare|"
        r"mess)\b|\bhow awful\b|\bhow horrible\b|\bhow (?:sad|scary|painful|frustrating)\b",
        r"\b(?:i|im) (?:so )?(?:proud of you|glad you told me|glad you (?:said|shared))\b",
        r"❤|💕|💗|💖|🫂|🥺|😢|😞|😔|💔|🤗|😭|💛|💜|🧡|💙|🤍",
        r"\bthats (?:so |really )?(?:not fair|unfair|wrong|not right|not ok|awful)\b",
        r"\b(?:im|i am) (?:so )?(?:angry|mad|furious|sad|upset|heartbroken) (?:for|on behalf "
        r"of) you\b",
        r"\b(?:come here|holding you|hold you|wish i could hug you|big hug)\b",
    ],
    expand=False,
)

_INTERPRETATION: Final = compile_patterns(
    "interpretation",
    [
        r"\byou must (?:feel|be|have been|have felt|be feeling|really|have)\b",
        r"\byou (?:probably|must have|might have|might|may) (?:felt|feel|be feeling)\b",
        r"\b(?:it )?sounds like (?:you|it|that|youre|your|he|she|they|this|the|nobody|no one)\b",
        r"\bi can (?:only )?(?:imagine|tell|hear|see|feel) (?:how|that|you|what|it|why|the|this)\b",
        rf"\byou sound (?:so |really |pretty |a bit |kind of )?{_FEELING}\b",
        r"\ba lot to (?:carry|hold|deal with|handle)\b|\bon your own\b|\ball by yourself\b",
        r"\bi can only imagine\b|\bi cant imagine\b|\bi (?:can|could) (?:hear|tell) "
        r"(?:it|how|that)\b",
        r"\bi (?:get|understand|see) (?:it|that|how|what|why|you)\b(?! but\b)",
        _NOT_AFTER_VALIDATION + rf"\b{YOURE} (?:feeling|probably feeling|really feeling|"
        r"carrying|holding)\b",
        _NOT_AFTER_VALIDATION + rf"\byou(?:d)? (?:felt|feel|were|are|got|must feel|seem) (?:"
        r"so |really |completely |totally |"
        rf"kind of |pretty |a bit |a little |super )?{_FEELING}\b",
        _NOT_AFTER_VALIDATION + rf"\b(?:youre|you are|your|you were|you have been|youve been|"
        rf"feeling) (?:so |really |"
        rf"completely |totally |kind of |pretty |a bit |a little |super |just )?{_FEELING}\b",
        r"\bthat must (?:have )?(?:felt|been|feel|be|hurt|sting|have stung)\b|\bit must "
        r"(?:have )?(?:felt|been|be|feel|hurt|sting)\b",
        r"\bi bet (?:you|that|it|he|she)\b",
        r"\b(?:feels|felt|feel) like (?:you|nobody|no one|youre|your|everyone|everything|they|"
        r"he|she|its|it|all)\b",
        r"\b(?:its like|like) (?:nobody|no one|everyone|youre|you are|you were|you have|your "
        r"effort|all your)\b",
        r"\byou(?:ve| have) been (?:carrying|dealing|holding|juggling|working|doing|trying|"
        r"putting|going through|through|so patient|waiting|handling)\b",
        rf"\b(?:so )?{YOURE} (?:the one|left|stuck|caught|doing)\b",
        r"\bafter (?:all|everything) you\b|\bafter all (?:that|the|your)\b",
        r"\bespecially (?:after|when|since|with)\b|\band (?:then|now) (?:he|she|they|your)\b",
        r"\bin front of (?:everyone|the whole|all|your|the team|people)\b",
        r"\bthat (?:really |must |so )?(?:hurts|stings|sting|cuts deep)\b|\bit (?:really )?hurts\b",
        r"\b(?:you|youre) (?:wanted|needed|were hoping|hoped|were counting|counted|care so much|"
        r"worked so hard|put so much)\b",
        r"\bso (?:your|he|she|they|the)\b.*\b(?:and|then|now)\b",
        r"\byour (?:boss|mom|mother|dad|sister|brother|friend|manager|team|family|coworker|"
        r"in laws|parents|kid|kids|son|daughter|ex) (?:really )?(?:just|basically|actually|"
        r"totally|completely|went|tore|said|made|did|keeps|didnt|doesnt|never|"
        r"always)\b",
        # train3: "sounds like you've been", "this must feel like", "such a crappy feeling",
        # "so much to juggle", "you really liked him", "over and over".
        r"\bsounds like (?:youve|youd|youll|youre)\b|\bthis must (?:have )?(?:felt|been|feel|be)\b",
        r"\b(?:such a|what a|thats a|its a) (?:\w+ )?feeling\b",
        r"\b(?:so much|a great deal|a lot|too much) to (?:juggle|take in|process|manage|carry|"
        r"hold|deal with|handle)\b",
        r"\byou (?:really |so )?(?:liked|loved|cared about) (?:him|her|them|it|that)\b|\byou two "
        r"(?:are|were) (?:so )?close\b|\byou(?:ve| have) been so (?:ready|excited|patient)\b",
        r"\b(?:over and over|again and again|night after night|day after day)\b",
        r"\byou(?:ve| have) had no\b|\byou havent had (?:a|any) (?:break|rest|minute|day)\b",
        r"\b(?:being|finding out|hearing) [^.!?\n]{0,30}\b(?:stings|hurts)\b",
        r"\bi know (?:how much|its a lot|this is a lot|thats a lot|how hard)\b",
    ],
    expand=False,
)

_EXPLORATION: Final = compile_patterns(
    "exploration",
    [
        r"\bhow (?:are|r|do|did|have|were) you (?:feeling|doing|holding up|coping|taking it|"
        r"handling|feel|been|managing|really)\b",
        r"\bhow (?:is|was|did|does) (?:it|that|this|your|the) (?:feel|feeling|going|go|land|"
        r"sitting|sit|leave you)\b",
        r"\bhow (?:is|are) (?:it|that|things|everything|your) ?\w*\b(?=[^.!]*\?)",
        r"\bwhat (?:happened|happens now|went on|was it like|is it like|was that like|did "
        r"(?:he|she|they|you|your \w+) (?:say|do|mean|tell you|think)|do you (?:need|think|"
        r"feel|want)|would (?:help|feel good|make it|you like)|was (?:the hardest|the worst|going "
        r"through|hardest|worst)|is (?:the hardest|the worst|going on|on your mind|bothering)|"
        r"s (?:going on|on your mind|bothering)|part|stung|hurt|got to you|bothered you|would "
        r"you want|are you (?:feeling|thinking|most)|feels|did it feel|made it|do you wish|"
        r"else)\b",
        r"\bwhats (?:been )?(?:going on|on your mind|bothering you|happening|the hardest|"
        r"the worst|weighing|worrying you|keeping you)\b",
        r"(?:^|(?<=[.!?\n]))\s*(?:(?:oh|so|and|but|ok|hey|babe|love|wait)[ ,]+)*(?!what if|why not"
        r"|how about|what about|have "
        r"you tried|have you thought|should|who wouldnt)"
        r"(?:did|do|does|is|was|are|were|has|have|what|how|when|"
        r"where|who|which|want|wanna|would you)\b[^.!?\n]*\?",
        r"\b(?:do you|would you|you) (?:want|wanna|like) (?:to )?(?:talk|tell me|vent|share|"
        r"get it out)\b",
        r"\btell me (?:more|about|what|how|everything|whats)\b|\bi(?:m| am) (?:all ears|"
        r"listening)\b|\bi want to hear\b|\bwalk me through\b",
        r"\bwhat (?:can i do|do you need)\b|\bhow can i (?:help|support|be there)\b|\bis "
        r"there anything (?:i can|you need)\b|\bwhat would (?:help|be helpful|feel)\b",
        r"\b(?:are|r) you (?:ok|okay|alright|doing ok|doing okay|all right|safe|hurt)\b",
        r"\bwhen did (?:this|that|it|he|she|they)\b|\bhow long has\b|\bhas (?:this|he|she|it) "
        r"been\b(?=[^.!]*\?)",
        r"\bwhich (?:part|bit|moment)\b|\bwhat part\b|\bwhere (?:are you|is your head) at\b",
        r"\b(?:do|did) you (?:feel|think|want|wish|get|have|know)\b(?=[^.!]*\?)",
        r"\b(?:is|was) (?:it|that|this) (?:the|about|more|mostly|because)\b(?=[^.!]*\?)",
        r"\bwhat do you (?:mean|think|make of)\b|\bhow do you (?:feel|see)\b",
        r"\bwant me to (?:just )?(?:listen|come|call|sit)\b|\bdo you want me to\b|\bshould i "
        r"(?:just )?(?:listen|come)\b",
        r"\bwhat are you (?:feeling|thinking|most worried)\b|\bhow are you\b",
        r"\bwhat (?:did|do) you (?:say|do|want to do|end up)\b",
        r"\bhow (?:did|do) (?:you|they|he|she) (?:react|respond|take it)\b",
        r"\bwhat (?:was|is) going through\b|\bwhat went through\b",
        r"\bwhat(?:s| is| was) (?:the|that|it)\b(?=[^.!]*\?)",
        r"\bwhats (?:been )?(?:making you|going through)\b|\bweighing on you\b(?=[^.!]*\?)",
    ],
    expand=False,
)

_VALIDATION: Final = compile_patterns(
    "validation",
    [
        r"\bof course (?:you|your|youre|it|its|that|thats|anyone|this|he|she|they|theyre|today|"
        r"it was|u)\b",
        r"\b(?:it|that|this|which|thats|its|it all) (?:totally |completely |so |really |"
        r"absolutely |perfectly |makes |make )*(?:makes )?(?:total |complete |perfect |so much |"
        r"a lot of |sense)(?:sense)?\b",
        r"\bmakes (?:total |complete |perfect |so much )?sense\b",
        r"\bno wonder (?:you|youre|your|its|it|that|thats)\b",
        r"\b(?:anyone|anybody|everyone|most people|any person|i|who) (?:would|wouldnt|else "
        r"would|would have) (?:be|feel|have been|have felt|get|wouldnt)\b",
        r"\bid (?:want|feel|be|have|probably|totally)\b[^.!?\n]{0,30}\btoo\b|\bwho wouldnt\b|\bid "
        r"(?:be|feel|have been) (?:\w+ )?(?:too|the same)\b|\bi would "
        r"(?:be|feel) (?:\w+ )?(?:too|the same)\b|\bid be (?:so |really |absolutely )?"
        r"(?:upset|furious|hurt|angry|mad|livid|devastated|crushed|anxious|scared|worried|"
        r"exhausted|pissed|gutted|embarrassed|humiliated|heartbroken|sad|stressed|jealous)\b",
        r"\byou have every right\b|\byou(?:re| are) allowed to\b|\byou have (?:a|every) "
        r"(?:right|reason)\b|\byoure right to\b|\byou are right to\b",
        r"\b(?:your|those|these|the|my|all your) (?:feelings|emotions|reaction|concerns?) "
        r"(?:are|is|make|makes) (?:so |totally |completely )?(?:valid|real|understandable|"
        r"legit|fair|sense)\b",
        r"\bits (?:ok|okay|normal|natural|understandable|fine|alright|allowed|human|valid) "
        r"(?:to|that you|if you)\b",
        r"\b(?:thats|that is|its|it is|that was|feeling that way is|that feels) (?:completely |"
        r"totally |so |really |a |entirely |perfectly |very )?(?:understandable|valid|fair|"
        r"reasonable|legit|normal|human|"
        r"natural|a big deal|a real loss|real(?! [a-z]))\b",
        r"\bi (?:can|totally|completely|really|fully) (?:see|understand|get) why\b|\bi see why\b",
        rf"\b{YOURE} not (?:crazy|overreacting|being dramatic|wrong|imagining|too sensitive|"
        r"being unreasonable|being silly|silly|dramatic|being petty|petty|a bad|selfish|"
        r"asking too much|weak|the only one|a terrible|a horrible|an awful|a bad)\b",
        r"\b(?:its|it is|that is|thats|this is|it was|that was) not your fault\b|\byou did "
        r"nothing wrong\b|\byou didnt do anything wrong\b|\byou didnt deserve\b|\byou dont "
        r"deserve\b|\bnone of this is your fault\b|\bnot on you\b",
        r"\b(?:that|it|he|she|they|thats|its|what \w+ did) (?:was |is |were )?(?:so |totally |comp"
        r"letely |"
        r"really |way )?(?:unfair|not ok|not okay|out of line|wrong|messed up|uncalled for|not "
        r"fair|disrespectful|cruel|unacceptable)\b",
        r"\bright to (?:feel|be)\b|\bin your shoes\b|\bin your position\b|\bany(?:one|body) "
        r"in your\b",
        r"\bof course\b(?=.*\b(?:hurt|upset|angry|sad|scared|worried|tired|exhausted|mad|"
        r"frustrated|stung|rattled|nervous|anxious|lonely|jealous)\b)",
        r"\bthat would (?:upset|hurt|scare|frustrate|worry|rattle|crush|get to) (?:anyone|"
        r"anybody|me|most people)\b|\bwould (?:hurt|upset|rattle|get to) anyone\b",
        r"\byou (?:deserve|deserved) (?:better|more|to be|so much)\b",
        r"\bhow could you not\b|\bit would be weird if you (?:werent|didnt)\b",
        r"\byour (?:anger|hurt|sadness|worry|fear|frustration) (?:is|makes)\b",
        r"\b(?:thats|that is|its) a (?:real|big|huge) (?:loss|deal)\b",
        r"\b(?:would|could) (?:\w+ ){0,2}(?:anyone|anybody)\b",
        r"\b(?:totally|completely|fully|so) (?:get|understand|see) why\b",
        r"^\W*(?:youre|you are) (?:totally |so |absolutely )?right\b",
    ],
    expand=False,
)

PATTERNS: Final = PatternSet(
    _EMOTIONAL_REACTION + _INTERPRETATION + _EXPLORATION + _VALIDATION
)

# A weak cue per mechanism that a confident model level may turn into a mechanism.
_WEAK_CUE: Final[dict[str, re.Pattern[str]]] = {
    "emotional_reaction": re.compile(r"\b(?:sorry|sad|hard|love|oh|ugh|awful|hope)\b|!"),
    "interpretation": re.compile(r"\b(?:you|your|youre)\b.*\b(?:feel|felt|must|seem|sounds)\b"),
    "exploration": re.compile(r"\?"),
}
_DIMENSION_OF: Final = {
    "emotional_reaction": "emotional_reactions",
    "interpretation": "interpretations",
    "exploration": "explorations",
}
STRONG_LEVEL_PROB: Final = 0.7


def pattern_hits(norm: Normalized, blocked: tuple[tuple[int, int], ...] = ()) -> list[Hit]:
    """Cues that share no words with `blocked` (original offsets of the words that
    triggered a block: "what is it with you?" is no exploration, "guess what
    happened to me" no curiosity, "sorry you feel that way" no warmth)."""
    return [hit for hit in _cues(norm) if not _overlaps(norm.span(*hit.core), blocked)]


@functools.lru_cache(maxsize=4096)  # the same drafts come back while checking as you type
def _cues(norm: Normalized) -> tuple[Hit, ...]:
    return tuple(find_hits(norm, PATTERNS))


def model_backup(
    norm: Normalized,
    signals: Signals,
    found: set[str],
    blocked: tuple[tuple[int, int], ...] = (),
) -> set[str]:
    """Mechanisms the EPITOME model is confident about (level 2) and the words hint at,
    outside the words that block: the model calls "Have you seen my keys?" a strong
    exploration, but a question that changes the subject explores nothing."""
    if signals.empathy is None:
        return set()
    added = set()
    for mechanism, dimension in _DIMENSION_OF.items():
        if mechanism in found:
            continue
        level2 = signals.empathy[EMPATHY_DIMENSIONS.index(dimension)][2]
        if level2 >= STRONG_LEVEL_PROB and any(
            not _overlaps(norm.span(cue.start(), cue.end()), blocked)
            for cue in _WEAK_CUE[mechanism].finditer(norm.text)
        ):
            added.add(mechanism)
    return added


def _overlaps(span: tuple[int, int], blocked: tuple[tuple[int, int], ...]) -> bool:
    start, end = span
    return any(b_start < end and start < b_end for b_start, b_end in blocked)


def find_mechanisms(
    reply: str,
    signals: Signals | None = None,
    blocked: tuple[tuple[int, int], ...] = (),
    block_spans: tuple[tuple[int, int], ...] = (),
) -> tuple[str, ...]:
    """Mechanisms of `reply`, in labels.MECHANISMS order.

    `blocked` holds the words that triggered a block, `block_spans` the whole
    blocked clauses: word cues only need to avoid the former, but the model,
    which reads no words, may not lean on anything inside the latter."""
    norm = normalize(reply)
    found = {h.kind for h in pattern_hits(norm, blocked)}
    if signals is not None:
        found |= model_backup(norm, signals, found, blocked + block_spans)
        if signals.mechanisms is not None:
            found -= _overruled(signals.mechanisms)
        found |= model_mechanisms(reply, signals, block_spans)
    return tuple(m for m in MECHANISMS if m in found)


# Below this probability the couple model overrules the word cues and the EPITOME
# levels: "Are you serious right now? Over Tolu?" has a question mark, not curiosity.
# With it, mechanism micro-F1 on heldout4 (texts the model never saw) 0.822 -> 0.856,
# on couple dev 0.957 -> 0.976, with no recall lost on either.
MECHANISM_VETO_PROB: Final = 0.02


def _overruled(probs: tuple[float, ...]) -> set[str]:
    return {m for m, prob in zip(MECHANISMS, probs, strict=True) if prob < MECHANISM_VETO_PROB}


def model_mechanisms(
    reply: str, signals: Signals, block_spans: tuple[tuple[int, int], ...]
) -> set[str]:
    """Mechanisms the couple model is sure of, when the reply says something outside
    its blocked clauses: the model reads the whole reply and cannot tell which words
    carry the warmth, so a reply that is all block gets none from it."""
    if signals.mechanisms is None:
        return set()
    gaps, pos = [], 0
    for start, end in sorted(block_spans):
        gaps.append(reply[pos:start])
        pos = max(pos, end)
    gaps.append(reply[pos:])
    if not any(ch.isalnum() for gap in gaps for ch in gap):
        return set()
    return {
        m
        for m, prob in zip(MECHANISMS, signals.mechanisms, strict=True)
        if prob >= signals.mechanism_threshold
    }
