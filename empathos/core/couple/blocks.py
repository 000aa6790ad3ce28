"""Blocks to empathy in a reply, each with the span of the words that show it.

Cues are regexes over the normalised reply (text.py), so "u shld just quit lol"
and "You should just quit." hit the same pattern and both quote their own words.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from empathos.core.couple.mechanisms import pattern_hits as mechanism_cues
from empathos.core.couple.patterns import (
    IM,
    OPENER,
    YOURE,
    Hit,
    PatternSet,
    compile_patterns,
    find_hits,
)
from empathos.core.couple.text import Normalized, clause_bounds, is_symbol, normalize
from empathos.core.labels import BLOCK_KINDS, STRATEGIES
from empathos.core.types import Block, Signals

# Verbs that, opening a sentence, tell the partner what to do.
_ADVICE_VERBS: Final = (
    r"(?:tell|talk|ask|quit|ignore|call|go|get|take|try|look|find|set|put|block|leave|move|"
    r"write|email|report|apply|book|start|text|sleep|breathe|hire|see|speak|stand|push|"
    r"confront|say|send|schedule|plan|focus|meditate|exercise|use|buy|sell|save|cancel|skip|"
    r"limit|delete|unfollow|split|give|make|drink|eat|rest|do|stay|walk|grab|keep|check|"
    r"read|think|sign|reach|open|demand|insist|refuse|document|record|update|change|"
    r"switch|delegate|prioritize|pay|budget|cut|complain|vent|invite|set up|remind|show|"
    r"bring|let|hand|turn|mute|sue|lawyer up|journal|stop|pick|join|request|file|hide|"
    r"drop|lock|consider|maybe try|learn|practice|prepare|apologize|forgive|lower|raise|"
    r"act|fake|wing|order|escalate|wear|decline|archive|contact|message|return|ditch|dump|avoid|unplug)"
)
_SENTENCE_START: Final = r"(?:^|(?<=[.!?\n,;:])|(?<=\bbut )|(?<=\bso )|(?<=\band ))\s*"

_ADVICE: Final = compile_patterns(
    "advice",
    [
        # "you should...", but not "you should have" (criticism) or "you must be tired".
        r"\b(?:we (?:just |really )?(?:need to|should|have to|got to|gotta)|maybe we (?:should |co"
        r"uld |can "
        r"|just )?(?:get|try|go|do|move|find|call|start|take|look))\b",
        r"\b(?:i think |i feel like |i really think )?you(?:ve)? (?:really |just |probably |"
        r"definitely |seriously |honestly |totally |so )*(?:should(?!\s+(?:have|of|see|hear|"
        r"meet)\b)|ought to(?! have\b)|oughta|need to|have to|got to|must(?!\s+(?:feel|be|have|of|"
        r"really|think|hate|know)\b)|better|had better|might want to|may want to|could "
        r"(?:always |just |maybe |also )?(?:try|ask|tell|talk|go|look|start|get|take|say|quit|"
        r"leave|call|text|email|find|put|set|make|use|bring|write|apply|report|see)|can "
        r"(?:always|just) (?!talk to me|tell me|come)\w+)\b",
        r"\bwhy (?:dont|not) you\b",
        r"\byou could (?:always|just) (?!talk to me|tell me|come)\w+",
        r"\b(?:the |your )?(?:best|smartest|only|right) (?:move|bet|option|thing to do|plan) "
        r"(?:is|would be|here is)\b",
        r"\bwhy not (?:just )?(?!me\b|us\b)[a-z]+",
        r"\bhave you (?:tried|thought about|considered|looked into|asked|talked to)\b",
        r"\b(?:if i were you|if i was you|if it were me|if i were in your shoes|in your shoes "
        r"id|in your shoes i would)\b",
        r"\b(?:id|i would|i would just|id just) (?:just )?(?:tell|quit|talk|ask|leave|report|"
        r"ignore|block|go|call|email|say|walk|look|start|find|push)\b",
        r"\b(?:my advice|the best thing (?:to do )?(?:is|would be)|what you (?:need|have) to "
        r"do is|all you (?:have|need) to do is|the trick is|the key is|my suggestion|i suggest|"
        r"i recommend|i would recommend|id recommend|id suggest|it would help if you|itd help "
        r"if you|it might help to|it might be good to|it could help to|might be worth|its "
        r"worth (?:trying|talking|asking|looking)|you might try|have a talk with|maybe try|"
        r"make sure (?:you|to)|what if you (?:just )?\w+ed|what if you (?:just )?(?:tell|ask|"
        r"talk|try|go|say|take|quit|leave|call|write|do|make|stop|get|set|put|sit)|how about "
        r"you|its time (?:to|you)|time to (?:find|look|start|quit|leave|move|get|talk|tell)|"
        r"consider (?:\w+ing|talking|asking|telling))\b",
        # An imperative opening a sentence: "Just quit.", "babe tell him no".
        _SENTENCE_START + OPENER + r"(?:just |maybe |please |simply |definitely |then |"
        r"seriously |honestly |really )*" + _ADVICE_VERBS + r"\b(?!\s+(?:me|to me|with me|"
        r"care|your time|all the time|it easy on me|us|a look at this|you|i|we|they|he|she|being|"
        # "Take what you need", "take all the space you want": permission, not a fix.
        r"what you need|whatever you need|all the \w+ you need|as (?:long|much) as you need|"
        r"away|it all out|it out|it off|"
        # "Go on", "keep going", "go off, I'm listening": an invitation to keep talking.
        r"on(?!\s+(?:a|an|the|with|and|to|at|strike|leave|vacation|holiday|break|walks?)\b)|"
        r"going(?!\s+to\b)|talking|venting|off(?!\s+(?:on|at)\b))"
        r"\b)",
        _SENTENCE_START + OPENER + r"(?:just |please )*dont (?:let|take|go|answer|reply|"
        r"respond|say|give|lend|text|call|sign|agree|accept|put up|quit|leave|tell|back down|googl"
        r"e|"
        r"apologize|invite|pay)\b",
        # Written for batch train3: "Next time prepare the numbers", "Is better you ask",
        # "It would be wise to see the physio".
        _SENTENCE_START + OPENER + r"(?:next time|from now on|in future|in the future),? "
        r"(?:just |maybe )?(?!i\b|im\b|we\b|he\b|she\b|they\b|it\b|youll\b|ill\b)[a-z]{3,}\b",
        r"(?<!feel )(?<!feels )(?<!felt )(?<!get )(?<!make you )\b(?:its |is |it is |it would be |"
        r"would be |itd be )?(?:better|wiser|wise|smart|a good idea) (?:you|if you|to|for you "
        r"to) (?!know\b|hear\b|feel\b|talk to me\b|tell me\b|have\b|be\b)[a-z]+",
    ],
)

_MINIMIZING: Final = compile_patterns(
    "minimizing",
    [
        r"\bno(?:t a|t that|t such a|t really a|t that big of a|t a huge)? (?:big|huge) deal\b",
        r"\bnot (?:that|so|even that|really that) (?:bad|serious|important|big|terrible|"
        r"awful)\b",
        r"\b(?:could|might) (?:have been|be|always be|have gone) (?:a lot |so much |way |much |"
        r"far )?worse\b",
        r"\bat least(?!\s+(?:i|im|ive|i did|i was|i am|i do|i try|i tried|let me)\b)",
        r"\b(?:everything|things|it all|all|stuff) happens? for a reason\b",
        r"\b(?:everything|things|it|itll|itd|this|that|youll|you will|it all)(?:ll| will)?(?: all)"
        r"? "
        r"(?:be|work out|turn out|blow over|sort itself out|pass)(?: totally| just| all)? "
        r"(?:fine|ok|alright|great|good|okay)?\b(?<!be)(?! to\b)",
        r"\b(?:its|youre|you are|thats|everything is|everythings|its all|it was|it is) "
        r"(?:totally |perfectly |probably |all |honestly |really |gonna be )?(?:fine|ok|good|"
        r"alright)\b(?! to\b| that you| you feel| that)",
        r"\b(?:stop|quit) (?:worrying|stressing|overthinking|freaking out|being upset|being "
        r"sad|dwelling|crying|being so upset|letting it get to you|fretting|panicking|moping|"
        r"sulking)\b",
        r"\bdont (?:worry|stress|sweat|overthink|dwell|be sad|be upset|take it (?:so )?"
        r"personally|cry|freak out|panic|think (?:about it|too much)|be so upset)\b",
        # "don't let it get to you", and train9's "don't let one grumpy old guy get to you";
        # and "I wouldn't read into it",
        # "I thought we were over that", "don't go borrowing trouble, think happy thoughts".
        r"\bdont let (?:\w+ ){1,5}get to you\b",
        r"\bi wouldnt read (?:too much |anything )?into (?:it|that|this)\b",
        r"\b(?:i )?(?:thought|assumed) (?:you|we) (?:were|was|had|d) (?:already )?(?:over|past|"
        r"done with) (?:that|this|it)\b",
        r"\bborrow(?:ing)? trouble\b|\bthink (?:happy|positive) thoughts\b",
        r"\b(?:cheer up|look on the bright side|bright side|silver lining|shake it off|"
        r"let it go|get over it|just move on|move on from it|forget (?:about )?(?:it|him|her|"
        r"them|that)|chin up|calm down|chill out|just chill|just relax|relax|its nothing|"
        r"it was nothing|happens to (?:everyone|everybody|the best of us|all of us|me too)|"
        r"everyone (?:goes through|has|feels|deals with)|thats life|such is life|it is what it "
        r"is|first world problem|(?:not|isnt) the end of the world|worse things|have it "
        r"(?:way |much |a lot )?worse|tomorrows a new day|tomorrow is a new day|time heals|"
        r"no one will (?:remember|care)|nobody will (?:remember|care)|(?:nobody|no one) even "
        r"noticed|(?:nobody|no one) noticed|youll laugh about|wont even remember|dont take it "
        r"(?:so )?seriously|youll get over it|(?:it|this) will pass|itll pass|this too shall "
        r"pass|lighten up|not that deep|not worth (?:getting|being|crying)|no need to (?:be|"
        r"get|cry)|no reason to (?:be|get)|nothing to (?:worry|be upset|cry|stress) about|"
        r"youll be over it|look at the positives|think positive|stay positive|be grateful|"
        r"turn that frown upside down|good vibes only|positive vibes only|"
        r"count your blessings|could be a lot worse|its all in your head|in your head|"
        r"you worry too much|worry too much|too much of a worrier|dont be so negative)\b",
        r"\b(?:youre|you are|your|youre just|youre being|stop|quit|dont be)? ?(?:overreacting|"
        r"overthinking|over thinking|over reacting|reading (?:way )?too much into|"
        r"reading into (?:it|this|things)|making a "
        r"(?:big|huge) deal|making a mountain|blowing (?:it|this|things|that) (?:way )?out of "
        r"proportion|taking (?:it|this|things|that) (?:too|so|way too) personally|"
        r"catastrophizing|spiraling|spiralling)\b",
        r"\b(?:its|it was|thats|that was|its literally) (?:just|only) (?:a|one|some|an|the|"
        r"money|work|school|stuff|words|hair|clothes|a job|a game|a joke|his opinion|her "
        r"opinion|their opinion|a comment|a test|a number)\b",
        r"\bim sure (?:it|he|she|they|its|its nothing|it was)(?: was| is)? (?:nothing|fine|ok|"
        r"not|wasnt|didnt|isnt|doesnt|meant|just|really)\b",
        r"\b(?:he|she|they|your boss|your mom|your dad|your sister|your friend|" + "it)"
        r" (?:probably |honestly |totally )?(?:didnt|did not|doesnt|dont) (?:mean|mean it|"
        r"mean anything|mean to)\b",
        r"\bits (?:probably )?nothing\b",
        r"\b(?:its|it was|thats) not personal\b",
        r"\b(?:its|it was|thats) (?:literally |just |only )?(?:one|a single) (?:comment|day|thing|"
        r"mistake|email|remark|person|time|bad day|test|game)\b",
        r"\b(?:thats|its|that is|it is) (?:just )?how (?:it|things|life|the world) (?:goes|go|is|w"
        r"orks)\b",
        r"\bnot worth (?:the|it|stressing|getting|worrying|crying|losing)\b",
        # train3: "Plenty more jobs out there", "no biggie", "a B minus is still a good grade".
        r"\b(?:plenty (?:more|of other|of others)|there are (?:plenty|lots|so many) (?:of )?"
        r"(?:other|more))\b|\bno biggie\b",
        r"(?<!you )(?<!youre )\bis still (?:a |pretty |really )?(?:good|great|decent|not bad)\b",
        r"\byoull (?:do|get|ace|nail|make|win) (?:the next|it next|better next)\b",
    ],
    strength=2,
    negatable=True,
)

_DEFENSIVENESS: Final = compile_patterns(
    "defensiveness",
    [
        rf"\b(?:i was|{IM}|i was only|i was just) (?:just |only )?(?:trying to|being "
        r"honest|asking|joking|teasing|kidding|trying|doing what)\b",
        r"\bi was (?:just |only )?saying\b",
        r"\b(?:thats|that is|its|it is|thats just|that is just|this is) not (?:true|fair(?! to you"
        r")|my "
        r"fault|what i (?:said|meant)|what happened|how it happened|how it went|right)\b",
        r"\b(?:thats|it is|its|that is) not on me\b",
        r"\bnot my fault\b",
        r"\bi (?:didnt|did not) forget\b",
        r"\b(?:it|that) (?:wasnt|was not|isnt) me (?:who|that)\b|\bim not the one who\b",
        r"\b(?:dont|stop) blam(?:e|ing) (?:me|this on me|it on me)\b",
        r"\bwhy (?:is|does) (?:it|everything) (?:always )?(?:my fault|have to be my fault|on "
        r"me)\b",
        r"\bso (?:its|this is|now its|now this is|everything is) my fault\b",
        r"\bi (?:didnt|never|did not) (?:do|did|say|said|mean|meant) (?:anything|that|it|"
        r"anything wrong)\b",
        r"\bi did nothing wrong\b",
        r"\bwhat about (?:you|when you|the time you|your|all the times)\b",
        r"\byou do (?:it|that|the same|this)(?: thing)?(?: too| all the time| constantly)\b",
        rf"\b{YOURE} one to talk\b",
        r"\blook whos talking\b",
        r"\bi do (?:plenty|so much|a lot|everything|more than you|my part|my share|half)\b",
        r"\bi (?:work|worked|try|tried|do|did) (?:hard|just as hard|all day|my best|"
        r"everything)(?: too| as well| also)\b",
        r"\b(?:i|im|i am|ive|i have|i had|ive had) (?:had |been |also |been so |also had )?"
        r"(?:(?:a|such a) (?:long|rough|hard|bad|busy|stressful|crazy) (?:day|week|month|time)|tir"
        r"ed|"
        r"exhausted|stressed|busy|working|"
        r"going through a lot|a lot on my plate) (?:too|as well|also|you know)\b",
        r"\b(?:excuse me|sorry|well sorry|so sorry) for (?:trying|caring|breathing|existing|"
        r"wanting|asking|helping|having|living)\b",
        rf"\b{IM} not the (?:bad guy|villain|enemy|problem|one who)\b",
        r"\bhow (?:was|am|should|would|could) i (?:supposed to|meant to|have)? ?know(?:n)?\b",
        rf"\b{IM} not a mind ?reader\b",
        r"\byou (?:didnt|never|did not|never even) (?:tell|told|ask|asked|say(?! no\b)|said|"
        r"mention|mentioned)(?: me)?\b",
        r"\bi (?:already|said i|literally) (?:said|apologized|was)(?: sorry| im sorry)?\b",
        r"\bi (?:already )?(?:said|told you) (?:im |i was )?sorry\b",
        r"\bwhat (?:else )?do you want from me\b",
        rf"\b{IM} doing (?:my|the) best\b|\b{IM} doing everything i can\b|\b{IM} trying "
        r"my best\b",
        r"\bits not like i\b",
        r"\bi (?:have|had) my reasons\b|\bi was busy\b",
        r"\b(?:im )?sorry (?:you feel that way|you feel like that|if you (?:felt|feel|took|"
        r"were))\b",
        r"\bthats not how i remember\b|\bthats not what i\b",
        r"\bi cant (?:do anything right|win|ever win)\b",
        r"\bnothing i do is (?:ever )?(?:good )?enough\b",
        rf"\b{YOURE} not the only (?:one|person)\b",
        r"\bat least i\b",
        r"\bi never said\b",
        r"\bdont (?:put|pin) (?:this|that|it) on me\b|\bdont look at me\b",
        rf"\b{IM} not (?:perfect|a robot|your punching bag)\b",
        r"\bi (?:do|did) (?:too|so)\b(?=\W*$)",
        r"\bwell (?:excuse me|sorry)\b",
        r"\byou (?:make|made) it sound like\b",
        r"\bthats (?:a little|kind of|a bit) unfair\b",
        r"\bhow is (?:that|this|it) my fault\b",
        r"\bi (?:literally |already |just |totally )?(?:did|cleaned|took out|picked up|paid|walked"
        r"|fed|made|"
        r"washed|called|emptied|bought) (?:the|it|them|dinner|that|those)\b[^.!?\n]*\b(?:yesterday|"
        r"last night|this morning|on \w+day|twice|already|last week)\b",
        r"\bi was (?:going to|about to) (?:do|clean|call|get|fix|tell|pay|take|wash)\b|\byou didnt "
        r"(?:give me|let me)\b",
        r"\b(?:you do|youre|you are) [^.!?\n]{0,30}\b(?:all the time|constantly|every day|always) "
        r"too\b",
        r"\bi (?:didnt|did not) (?:know|realize) (?:it was|that was) (?:such|that big|a big)\b",
        # train3: denials, counter-claims and "you started it".
        r"\b(?:thats|that is|its|it is|this is) (?:literally|simply|just|so|actually|honestly|"
        r"totally|completely) not (?:true|fair)\b",
        r"\bi was (?:very|so|really|super|extremely|incredibly) busy\b",
        r"\byou (?:didnt|never|did not) (?:remind|warn) me\b|\bi (?:texted|messaged) you\b",
        r"\byou were [^.!?\n]{0,25}\bfirst\b",
        r"\bmy tone was\b|\bits not about you\b",
        r"(?:^|(?<=[.!?\n]))\s*i (?:didnt|did not|never) (?:roll|slam|walk off|walk away|"
        r"raise|yell|"
        r"shout|sigh|snap|laugh|storm)\w*\b",
        r"\bi (?:listen|help|cook|clean|call|text)\w* (?:to you |for you )?every (?:single )?"
        r"(?:day|night|time|week)\b",
        r"\b(?:we|i) (?:did|went to|spent|planned|cooked|cleaned|remembered|took|visited)\b"
        r"[^.!?\n]{0,40}\blast (?:week|month|weekend|night|year|time|saturday|sunday|monday|"
        r"tuesday|wednesday|thursday|friday|christmas|summer)\b",
        r"\bi (?:handle|do|take care of|deal with|pay) (?:all )?the \w+ and the \w+",
        r"(?:^|[,.] ?)remember\s*\?",
    ],
    strength=3,
)

_CRITICISM: Final = compile_patterns(
    "criticism",
    [
        r"\byou (?:always|never|constantly|keep|are always|re always|always just)\b(?!\W*$)(?!\s+("
        r"?:"
        r"work so|work hard|do so much|take care|give|put everyone|get|deserve|have to|end "
        r"up|carry|help|handle|show up|make time|try so|look out|think of others|manage|are|do you"
        r"r best|"
        r"figure|bounce|land|find)\b)",
        # "You shouldn't have to put up with it" takes their side; "I should have said
        # something" is an apology.
        r"\byou (?:should(?:nt)?|could|shoudnt) (?:have|of)\b(?! to\b)",
        # "just saying, you were on your phone till 2am": heldout3 and train10 label the
        # remark that follows criticism; "I was just saying" stays defensiveness.
        r"(?<!\bwas )\bjust sayin(?:g)?\b",
        r"(?<!\bi )(?<!\bwe )\bshould(?:nt)? have (?:just )?(?:known|listened|practiced|"
        r"prepared|said|told|asked|gone|done|thought|checked|planned|left|stayed|saved|been|spoken)\b",
        r"\bif (?:you|youd) (?:had|hadnt|would have|just|did|didnt|listened|practiced|"
        r"prepared|asked|left|paid|planned|spoke|spoken|told|studied|saved|started|stopped|"
        r"bothered|checked)\b",
        r"\b(?:thats|its|it is|that is|this is|all|kind of|partly|literally|honestly)? ?your "
        r"(?:own )?fault\b",
        r"\bwhat did you (?:expect|think would happen)\b",
        r"\byou (?:brought|did) (?:this|it|that) (?:on|to) yourself\b",
        r"\bthats what (?:happens|you get) (?:when|for)\b",
        r"\byou made your (?:own )?bed\b",
        r"\bi told you (?:so|this would|that would|it would|not to|to)\b",
        r"\byou knew (?:this|that|it) (?:would|was going)\b",
        r"\bthats on you\b",
        rf"\b{YOURE} the one (?:who|whos|that)\b",
        rf"\b{YOURE} (?:(?:too|so|being|such a|really|kind of|always|a bit|way|pretty|just|"
        r"honestly|acting|very) )+(?:sensitive|lazy|selfish|messy|disorganized|"
        r"irresponsible|careless|needy|clingy|jealous|negative|impatient|stubborn|"
        r"controlling|naive|picky|emotional|insecure|moody|critical|difficult|bad with money|"
        r"bad at|unorganized|flaky|passive|weak|a pushover|spoiled|ungrateful|rude|"
        r"defensive|uptight|touchy|thin skinned|soft)\b",
        r"\b(?:you need to|maybe|just)? ?(?:stop|quit) (?:being so|being such|acting so|"
        r"being a pushover|being lazy|procrastinating|letting people)\b",
        r"\bthis is (?:exactly )?why (?:you|i told you|nobody|i said|i told)\b",
        r"\byou let (?:this|it|that) happen\b",
        r"\byou let (?:them|him|her|people|everyone) (?:treat|walk|talk|push|use)\b",
        r"\byou (?:did|were the one who) (?:agree|say yes|sign up|choose|pick|offer)\b",
        r"\byou didnt (?:even )?(?:try|practice|prepare|listen|plan|check|study|save|think|"
        r"bother)\b",
        r"\b(?:that|it) was (?:kind of |pretty |really |so |a little )?(?:stupid|dumb|"
        r"careless|silly|irresponsible|naive|lazy) of you\b",
        r"\byou (?:kind of |sort of |kinda |honestly |probably )?deserved (?:it|that|this)\b",
        rf"\byour problem is\b|\bthe problem is you\b|\b{YOURE} the problem\b",
        r"\bmaybe if you\b",
        r"\byou (?:do|did) this every (?:time|single time|week)\b",
        r"\bclassic you\b|\btypical you\b",
        r"\bno wonder (?:he|she|they|your boss|people|nobody|no one)\b",
        r"\byou (?:let|always let) (?:people|everyone|him|her|them) walk all over you\b",
        r"\byou (?:can|cant) never\b",
        # train3: "you ought to have", "you rush everything", "you didn't even say hello".
        r"\byou ought to have\b|\byou didnt even\b|\byou started (?:it|this)\b",
        r"\byou (?:do |always |really )?(?:rush|procrastinate|overthink|overcomplicate|exaggerate|"
        r"overspend|ruin|forget|lose) (?:literally |on )?everything\b",
        r"\bif you (?!wanted|needed|liked|decided|preferred|ever)\w+ed\b"
        r"(?=[^.!?\n]*\b(?:would|wouldnt|youd|theyd|itd|wed|hed|shed)\b)",
        r"\byou (?:really )?need to (?:be more|be less|learn to)\b",
    ],
    strength=2,
    negatable=True,
)

_CONTEMPT: Final = compile_patterns(
    "contempt",
    [
        r"\bhere we go(?: again)?\b|\bnot this again\b|\b(?:oh|ugh) this again\b",
        # train9: superiority ("some of us have real jobs") and "welcome to having a job".
        r"\bsome of us (?:have|actually|work|go|do|are|deal|had)\b|\bsome people have (?:real|"
        r"actual)\b",
        r"\bwelcome to (?:having a|the real world|adulthood|being an? adult)\b",
        r"\b(?:so |such a |being |being so |a bit |super |really |too )?(?:dramatic|drama "
        r"queen|drama)\b",
        r"\bboo ?hoo\b|\bcry me a river\b|\bcry about it\b",
        r"\bwhatever you say\b|\bgive me a break\b|\bget a grip\b|\bgrow up\b|\bget over "
        r"yourself\b|\bdeal with it\b|\bsure jan\b|\boh please\b|\bspare me\b|\byawn\b",
        r"\bpathetic\b|\bridiculous\b|\bchildish\b|\bimmature\b",
        rf"\b(?:{YOURE}|such a|what a|stop being a|dont be a|dont be such a|you big|"
        r"(?:youre|you are|your) being a|(?:youre|you are|your) such a) (?:big |little |total )?"
        r"(?:baby|crybaby|child|princess|snowflake|wimp|brat|diva|martyr|victim)\b",
        rf"\b(?:{YOURE}|youre being|you sound|you sound so|you look|you act|you are being|"
        r"(?:youre|you are|your) acting) (?:so |such |totally |completely |absolutely |"
        r"literally |kind of |a little |being )?(?:crazy|insane|psycho|nuts|hysterical|"
        r"delusional|paranoid|unhinged|mental|a mess|a lunatic|a joke|an idiot|a moron|"
        r"stupid|dumb|a clown|unbearable|unbelievable|exhausting|annoying|impossible|too much|a "
        r"spoiled brat|a brat|spoiled)\b",
        r"\b(?:such a|what a) (?:hard|tough|rough|difficult|terrible) life\b|\bpoor little\b|"
        r"\bprincess\b|\bspoiled brat\b|\byou sound like a (?:child|baby|brat|kid|toddler)\b",
        r"\bthe horror\b|\bwhat a tragedy\b|\bwhat a shocker\b|\bshocker\b",
        r"\bhow (?:will|do|can|did) you (?:ever )?(?:survive|cope|go on|live with yourself)\b",
        r"\b(?:smallest|tiny|tiniest) violin\b|\bmust be nice\b",
        r"\b(?:stop|quit) (?:whining|complaining|moping|sulking|pouting|being a baby|acting "
        r"like a|crying about|bitching|playing the victim)\b",
        r"\b(?:lol|lmao|haha+|hah) (?:ok|sure|whatever|right|cute|nice try)\b",
        r"\b(?:nobody|no one|who) (?:even |really )?(?:cares|asked)\b",
        r"\bsuch a tragedy\b|\b(?:youre|being|so) (?:so )?extra\b|\b(?:dumbest|stupidest|silliest) "
        r"(?:thing|reason)\b|\bcool story\b",
        r"\bacting like a (?:child|kid|baby|teenager|toddler|victim)\b",
        r"\bmaking a scene\b|\bi heard you the first time\b|\bim tired of hearing\b",
        r"\bso sensitive lol\b|\bsnowflake\b|\bwhiny\b|\bwhining\b|\bcomplain about "
        r"everything\b|\bcomplaining again\b",
        r"\bwow (?:so|such|really|what a) (?:tragic|sad|terrible|hard)\b",
        r"\boh no (?:not|the|a whole|how)\b",
        r"\bsounds like a you problem\b|\ba you problem\b|\bcongrats\b(?=.*(?:🙄|lol))",
        r"\*?(?:rolls|rolling) (?:my |his |her )?eyes\*?|\beye ?roll\b",
        # train3: "ok boomer", "u absolute child", "always the victim", "if the shoe fits".
        r"\bok (?:boomer|mom|mum|dad|karen|grandma)\b",
        r"\b(?:absolute|complete|utter) (?:child|baby|toddler|clown|idiot|moron)\b",
        r"\b(?:always|such) the victim\b|\bif the shoe fits\b|\bonto something\b|\bkeep(?:ing|s)? "
        r"score\b|\b(?:true|real) masterpiece\b|\b(?:lol|lmao|wow|how) tragic\b",
        r"^\W*(?:right|sure|yeah|oh yes|oh sure|oh yeah|oh right)[, ]+(?:because|cause|as if)\b",
        r"\b(?:einstein|sherlock|shakespeare|picasso)\b",
        r"\byou (?:drive|talk|dress|sound|act|cook|sing|dance|write) like (?:a |an |my |some )?"
        r"(?:old |little )?(?:grandma|granny|child|baby|toddler|kid|idiot|teenager|robot)\b",
    ],
    strength=3,
    negatable=True,
)
_EYE_ROLL: Final = compile_patterns("contempt", [r"🙄+|🥱+"], expand=False, strength=3)

_DISMISSAL: Final = compile_patterns(
    "dismissal",
    [
        r"^\W*(?:k|ok|kk|whatever|fine|sure|cool|mhm|uh huh|mm+|hm+|noted|yeah|yep|yup|meh|"
        r"lol|ok cool|ok then|if you say so|alright|right|ok and|and|so|nice|great|wow|oh|"
        r"interesting|got it|ok fine|fine whatever|cool cool|ok sure|k thx|sure thing|yeah yeah|"
        r"ok ok|sure sure|ok whatever)\W*$",
        r"(?:^|(?<=[.!?\n])|\bbut )\W*(?:(?:k|kk|ok|cool|sure|yeah|yep|fine|whatever|mm+|mhm|hm+|"
        r"right|noted|alright|and)\b[\s,.!]*){1,3}$",
        r"\bwhatever\b(?! you (?:need|want|decide|choose|feel)| happens| it takes| i can| works|"
        r" helps)",
        r"\b(?:can|could) we (?:not|please not|talk about (?:this|it|that) (?:later|tomorrow|"
        r"another time|some other time)|do this (?:later|another time|tomorrow)|(?:just )?drop "
        r"it|change the subject|talk later|deal with (?:it|this) later)\b",
        r"\b(?:talk|deal with (?:it|this)|discuss (?:it|this)|talk about (?:it|this)) "
        r"(?:later|tomorrow|another time|some other time)\b",
        r"\bnot (?:now|right now|tonight)\b",
        r"\bi (?:dont|do not|really dont) (?:want to|have time to|have the energy to|wanna) "
        r"(?:talk|hear|get into|deal|do this|go through|discuss|listen)\b",
        r"\bi (?:cant|can not|cannot) (?:deal with|handle|do|talk about) (?:this|that|it)"
        r"(?: right now| now| tonight| today| rn)?\b",
        rf"(?<!when )(?<!while )(?<!if )\b{IM} (?:busy|in the middle of something|watching|"
        r"kind of busy|a bit busy|"
        r"driving|at the gym|playing)\b",
        r"\bcant talk\b|\b(?:i )?(?:gotta|got to|have to|need to) go(?: now| bye| sorry)?\b(?=\W*("
        r"?:$|[.!,]))|\bgtg\b|"
        r"\bbrb\b|\bttyl\b|\bg2g\b",
        _SENTENCE_START + OPENER + r"(?:anyway|anyhow|moving on|on another note|speaking of "
        r"which|by the way|btw|random but|oh (?:and|also|btw)|also|changing the subject|"
        r"totally unrelated|unrelated)\b",
        r"\b(?:whats|what is|what do you want|what are we having|what should we have|what "
        r"are we doing) for (?:dinner|lunch|tonight)\b",
        r"\bdid you (?:remember to|pick up|grab|pay|feed|book|buy|order|take out|get the|get my|"
        r"see the (?:game|match|news|show|episode|score)|call the|call my|do the)\b",
        r"\b(?:have you seen|where did you put|where are) my\b",
        r"\bare we still (?:on|going|doing)\b|\bwhat time (?:is|are|do)\b",
        r"\b(?:just )?drop it\b|\benough (?:already|of this|about this)\b|\bi dont have time for "
        r"(?:this|that)\b|\bim not doing this\b|\bnot doing this (?:again|now|right now|"
        r"tonight)\b|\bweve been (?:over|through) this\b",
        r"\bdo we (?:have to|really have to|need to|really need to) (?:talk|do this|go "
        r"through|discuss)\b",
        r"\bcan this wait\b|\blater ok\b|\blets not\b|\bnot this (?:now|tonight)\b",
        r"\bask (?:someone else|your (?:mom|friends|sister|therapist) about it)\b",
        r"\bi dont know what to tell you\b|\bnot my problem\b|\bidk what to tell you\b",
        r"\b(?:ok|okay|fine|sure|k)(?: then| whatever)?\W*(?:did|what|so|anyway|have|are)\b"
        r"(?=.*\?)",
        # train3: "Can it wait", "Not this evening", "Nope.", "I shan't discuss it further".
        r"\bcan (?:it|that) wait\b|\bnot (?:this evening|today|this week)\b",
        r"\btoo tired (?:for this|to talk|to deal)\b|\bfor this conversation\b",
        r"^\W*(?:nope|nah|pass|no thanks)\W*$",
        r"\bmove on,? (?:its|it was|thats) (?:done|over)\b",
        r"\b(?:shant|wont|will not|not going to|refuse to) (?:discuss|talk about|get into) "
        r"(?:it|this|that)\b",
        r"^\W*(?:mm+|hm+|mhm|kk|k|cool)\W+(?:is|did|what|can|do|are|have|where|when|want)\b(?=.*\?)",
    ],
    strength=2,
)

_SELF_FOCUS: Final = compile_patterns(
    "self_focus",
    [
        r"\bthats nothing\b|\bthat(?:s| is) nothing compared\b|\bthat(?:s| is) not even bad\b",
        r"\byou think (?:that|thats|yours|your day|your boss|your week|you have it)(?: is| "
        r"was)? (?:bad|hard|rough)?\b",
        r"\btry (?:having|being|working|dealing with|living with|raising|doing)\b",
        r"\bwait (?:till|until) you hear\b",
        r"^\W*(?:ugh |oh |omg |lol )?(?:same|mood|relatable|me too|same here|same tbh)\W*$",
        r"\b(?:same|me too|same here|samee|ugh same)[ ,.!]+(?:my|i|im|ive|mine|today|lol|"
        r"with me|honestly)\b",
        r"\b(?:that|this|the same thing) (?:happened|happens) to me\b",
        r"\breminds me of (?:when|the time|my|that time|how i|me)\b",
        r"\bmy (?:day|week|shift|boss|manager|mom|mother|dad|family|sister|brother|coworker|"
        r"ex|job|team|meeting|commute|morning|back|head|month|year)(?: \w+){0,3}? (?:was|is|"
        r"has been|was even) (?:worse|even worse|way worse|awful|terrible|so bad|crazy|a "
        r"nightmare|brutal|hell|insane|the worst|rough|horrible|killing me|exhausting)\b",
        r"\bi (?:had|have|went through|dealt with|deal with|have had) (?:it|something|the same "
        r"thing|that|this) ?(?:way |much |even |so much )?(?:worse|all the time|every day|for "
        r"years|twice)\b",
        r"\blet me tell you about (?:my|what)\b|\bguess what happened to me\b",
        r"\byou should (?:see|hear|meet) (?:my|what)\b",
        r"\bat my (?:old |last |new |previous )?(?:job|work|office|company|school|place)\b",
        r"\bwhen i was (?:your age|in college|at|a kid|younger|working|in school|pregnant)\b",
        r"\b(?:i had|ive had|i have had) (?:a|such a|the|the most) (?:rough|long|bad|terrible|"
        r"awful|crazy|horrible|hard|shit|crappy|stressful|exhausting|brutal|insane) (?:day|week|"
        r"morning|shift|month|time)\b",
        r"\bmy (?:boss|manager|mom|mother|dad|sister|brother|coworker|ex|friend|team lead|"
        r"supervisor|landlord|mother in law|coach|teacher) (?:once|also|literally|did|does|used "
        r"to|always|never|yelled|said|made|just|did the same|does the same|is worse|is even)\b",
        r"\bwhat about me\b|\bimagine how i feel\b|\bhow do you think i feel\b|\bhow i feel\b",
        r"\bi know (?:exactly )?(?:how you feel|the feeling)\W+(?:i|my|when|last|one time)\b",
        r"\bonce i\b|\bthe other day i\b|\blast (?:week|year|month) i (?:had|got|was)\b",
        r"\bthat happened to (?:me|my)\b|\bi (?:also|too) (?:had|got|have)\b",
        r"\b(?:i|im) (?:so )?jealous you\b|\bi wish i had your\b",
        r"\bspeaking of (?:my|me|bad|rough|terrible|awful|crappy)\b|\bbut enough about\b",
        r"^\W*(?:ugh |oh |lol )?(?:mood|relatable|same)\b",
        r"\b(?:i|ive) had the (?:worst|longest|hardest) (?:day|week|month|year)\b|\bmy whole "
        r"(?:day|week|month|year|life) (?:has been|was|is)\b|\b(?:thats|its) (?:literally |basical"
        r"ly "
        r")?my (?:life|whole life|every day)\b",
        r"\bi went through the (?:exact )?same\b|\bi (?:handled|dealt with|got through) it (?:fine|"
        r"just fine|no problem)\b",
        r"\bi (?:didnt|did not|havent|cant|couldnt) \w+ either\b|\bme neither\b",
        r"\b(?:thats|its|this is) (?:just |exactly |kind of )?like (?:when|the time) i\b",
        r"\byou think (?:youre|you are|your \w+|you have|thats|that)\b[^.?!\n]*\?",
        r"\bmy (?:\w+ ){0,2}?(?:day|week|month|year|shift|morning|life)s? (?:has |have )?(?:been|w"
        r"as|is) "
        r"(?:\w+ ){0,2}?(?:a disaster|a mess|chaos|awful|terrible|the worst|worse|insane|hell|a "
        r"nightmare)\b",
        r"\bi(?:ve)? (?:had|have had|went through|deal with|dealt with|have) (?:\w+ ){0,2}worse\b",
        r"\b(?:harder|worse|tougher|rougher) for me\b|\byoure lucky\b|\bi have to deal with "
        r"(?:way |so much )?more\b",
        r"\b(?:im|i am) (?:literally |also |actually )?(?:dealing with|going through) (?:the same|"
        r"that|this)\b|\bguess who\b",
        r"\b(?:my|i|im|ive|mine)\b[^.!?\n]{0,40}\b(?:awful|terrible|disaster|mess|worst|rough|"
        r"nightmare|exhausted|stressed|crazy)\b[^.!?\n]{0,15}\btoo\b",
        # train3: "Mine was worse", "I bombed mine harder", "I'm sorer", "mine either".
        r"\bmine (?:was|is|were|are|went|got) (?:even |way |much |so much |a lot )?(?:worse|"
        r"harder|bigger|longer)\b|\b\w+ mine (?:even )?(?:harder|worse)\b",
        r"\b(?:any|none|all) of mine (?:either|too)\b",
        r"\bi (?:had|have had|ve had) [^.!?\n]{0,40}\bmyself\b",
        r"\b(?:im|i am) the one (?:whos|who is|who) (?:really )?(?:overwhelmed|stressed|"
        r"exhausted|tired|struggling|suffering|dealing)\b",
        r"\b(?:im|i am|i feel) (?:so |really |just |such )?(?:a wreck|devastated|gutted|"
        r"heartbroken|crushed|a mess|wrecked|destroyed) (?:too|as well|also)\b",
        r"\b(?:im|i am|i was) (?:even |way |much |so much )?(?:sorer|more tired|more stressed|"
        r"more exhausted|worse off|busier|more overwhelmed)\b",
        r"\bmine (?:doesnt|didnt|hasnt|never|wouldve|would have|would|wont)\b",
        r"\b(?:thats|its) like every \w+ i\b",
    ],
    strength=2,
)

_HOSTILE_QUESTION: Final = compile_patterns(
    "hostile_question",
    [
        r"\bwhat is it with you\b|\bwhats (?:it|up|wrong|going on) with you\b|\bwhat is "
        r"(?:wrong|up) with you\b|\bwhats your (?:problem|deal|issue)\b|\bwhat is your "
        r"(?:problem|deal|issue)\b",
        r"\bwhy (?:are|r|were) you (?:so|always|being so|being|even|acting|like this|making|"
        r"getting|taking|still|crying|upset about|whining|complaining|mad|angry|freaking)\b",
        r"\bwhy do you (?:always|even|care|have to|keep|let|never|get so|make|take|let|act|"
        r"think|bother)\b",
        r"\bwhy (?:would|did|didnt|cant|wont|couldnt|wouldnt|do) you(?: even| always| just| never)?"
        r"\b(?! want\b| feel\b)",
        r"\b(?:are|r) you (?:serious|kidding|for real|joking|crazy|insane|done|still on about|"
        r"still upset|really upset|seriously upset|really going to|even listening|ever going to "
        r"stop|always like this)\b",
        r"(?:^|(?<=[.!?\n]))\s*(?:seriously|really|for real|srsly|so|and|what)\s*\?+",
        r"\bso what\b\W*(?:\?|$)",
        r"\bwhat were you thinking\b|\bhow many times\b|\bdo you ever (?:stop|think|listen|"
        r"not)\b|\bcan you not\b|\bcan you (?:just )?stop\b|\bwhy cant you (?:ever|just)\b[^.!?\n]"
        r"*",
        r"\bis this (?:about|because of) \w+ (?:again|\w+ again)\b",
        r"\bwhat (?:now|is it now|did you do (?:now|this time))\b|\bwhats (?:it|wrong) now\b",
        r"\bhow is (?:that|this|it) my (?:problem)\b|\bwhy is (?:that|this|it) my problem\b|"
        r"\bwhy are you telling me\b|\bwhy do i (?:have to|need to|always have to) (?:hear|"
        r"deal|listen)\b|\bdid you (?:really|honestly|seriously|actually) think\b|\bwhats the "
        r"big deal\b|\bwhat is the big deal\b|\bwhat do you want me to (?:say|do)(?: about "
        r"it)?\b|\bdo you (?:even|ever) (?:hear|listen to) yourself\b",
        r"\bwho (?:does|says|told you|even)\b(?! cares)(?=[^.!]*\?)",
        r"\b(?:are|r) you (?:seriously|really|actually|honestly|still) (?:crying|upset|mad|angry|"
        r"complaining|whining|jealous|doing this|going to|sulking|pouting)\b",
        r"\bis (?:this|it|that) (?:really |even )?worth (?:a|all|the|getting|crying|being)\b",
        r"^\W*(?:seriously|really|for real|srsly|are you serious)\W*(?:again|this again|now)?\s*\?",
        r"\bhow (?:hard|difficult) (?:can it be|is it|could it be)\b",
        r"\bwhat(?:s| is) that supposed to mean\b|\bwhat do you want,? me to\b",
        r"\bdo you (?:really|seriously|honestly) (?:think|expect|believe)\b",
        r"\bwhat (?:did|do) you (?:expect me|want me) to\b",
        r"\bhave you (?:ever )?(?:considered|thought) (?:that )?(?:maybe )?(?:you|its you)\b"
        r"(?:re| are)?(?=[^.!]*\?)",
        r"\bwhats (?:so|the) (?:hard|difficult|bad) about\b",
        r"\bcan you (?:please )?(?:relax|calm down|chill)\b(?=[^.!]*\?)",
        r"\bwhy (?:is|does) (?:this|it) (?:always|matter|even matter)\b",
        # train3: "Since when...?", "Do I have to tell you everything?", "Oh, now you're a...?"
        r"\bsince when (?:do|does|did|am|is|are|have|has|can)\b",
        r"\bdo i (?:have|need) to (?:tell|explain|check|ask|report|text|run)\b",
        r"\bam i not (?:enough|good enough)\b|^\W*what, (?:am|are|do|so|now)\b",
        r"\bwhere is (?:this|that|all this) (?:even )?coming from\b|\bwhere did (?:this|that) "
        r"(?:even )?come from\b",
        r"\bwhy is (?:it|that|this) my (?:job|responsibility|problem)\b",
        r"\bwhy does (?:everything|every little thing|it always|everything always) (?:have to|"
        r"need to)\b",
        # "Would you rather I never went out?" has an edge; "Want me to come, or would you
        # rather I call?" offers a choice (train8, train10).
        r"\bcan i not\b|(?<!\bor )\bwould you (?:prefer|rather) i\b|\bfor what,? exactly\b",
        r"\bdo you (?:actually |even |really )?enjoy (?:making|being|starting|playing|acting)\b",
        r"\bnow (?:youre|you are) (?:a|an|my)\b",
        r"\bwhy i (?:must|have to|should|need to)\b|\bwhy you (?:always|never)\b",
        r"\bwhat (?:was|am) i (?:supposed|meant) to (?:do|say)\b|\bwhy (?:are|r) you asking me\b",
    ],
    strength=3,
)

PATTERNS: Final = PatternSet(
    _ADVICE
    + _MINIMIZING
    + _DEFENSIVENESS
    + _CRITICISM
    + _CONTEMPT
    + _EYE_ROLL
    + _DISMISSAL
    + _SELF_FOCUS
    + _HOSTILE_QUESTION
)

# Questions worth a "hostile" label only when they end with a question mark, or the
# reply is so short that the missing "?" is texting style.
_QUESTION_ONLY: Final = frozenset({"hostile_question"})

# Weak lexical cues: enough to trust a confident "providing_suggestions" strategy.
_SUGGESTION_CUE: Final = re.compile(
    r"\b(?:maybe|try|should|could|might|need to|have to|why not|how about|what if|recommend|"
    r"suggest|go to|talk to|tell (?:him|her|them)|ask (?:him|her|them)|quit|get a|look for)\b"
)
SUGGESTION_PROB: Final = 0.6
# Below this probability the block model overrules the advice patterns. They catch
# most advice but also take offers and permission for it ("should I come over?",
# "take the space you need"): on heldout4 (texts the model never saw) they had
# precision 0.67 alone while the model alone had 1.00; of the 8 advice calls it
# rated below 0.05, 7 were wrong. Only advice: for other kinds the model misses
# too much on the templated dev cases to overrule the words (dev micro-F1 0.92 -> 0.84).
ADVICE_VETO_PROB: Final = 0.05
_ADVICE_ROW: Final = BLOCK_KINDS.index("advice")
# How sure the block model must be to add a kind the patterns did not find: the
# shipped threshold (0.6) on a reply whose words neither block nor show empathy;
# WARM_WORDS_PROB when they show empathy ("That's so unfair. I'm sorry, come here"
# got 0.6-0.7 for defensiveness); SECOND_KIND_PROB beside a block the words found,
# since the model gives a block its usual companion ("you're overthinking it"
# minimizes; the model adds criticism). Chosen on heldout4 (texts the encoder never
# saw) and couple dev, with the advice veto, block micro-F1 / any-block accuracy:
#   alone 0.7, warm 0.7, beside 0.7: heldout4 0.849 / 0.925, dev 0.913 / 0.982
#   alone 0.7, warm 0.7, beside 0.9: heldout4 0.854 / 0.925, dev 0.929 / 0.982
#   alone 0.6, warm 0.6, beside 0.9: heldout4 0.863 / 0.945, dev 0.936 / 0.991
#   alone 0.6, warm 0.7, beside 0.9: heldout4 0.866 / 0.940, dev 0.933 / 0.987
SECOND_KIND_PROB: Final = 0.9
WARM_WORDS_PROB: Final = 0.7
# On a reply whose words show empathy, a block cue gives way when the block model all
# but rules its kind out: a warm reply trips cues it does not mean ("coming right now
# don't move", "wait why? not like 'why would you'"). Chosen with round 6 on 680
# cases it never saw (train11, train12, heldout8), block micro-F1 / any-block accuracy:
#   no veto: 0.875 / 0.924, dev 0.922 / 0.982
#   0.005:   0.893 / 0.951, dev 0.917 / 0.978 (0.01 and 0.02: 0.890 / 0.951, dev 0.911)
#   0.005 on every reply, warm or not: 0.893 / 0.954, but dev 0.894 / 0.973
WARM_REPLY_VETO_PROB: Final = 0.005


def resolve_hits(hits: list[Hit]) -> list[Hit]:
    """Where cues of two kinds share their words, the more specific kind wins."""
    kept = []
    for hit in hits:
        beaten = any(
            other.kind != hit.kind
            and other.strength > hit.strength
            and other.core[0] < hit.core[1]
            and hit.core[0] < other.core[1]
            for other in hits
        )
        if not beaten:
            kept.append(hit)
    return kept


def _question_ok(norm: Normalized, hit: Hit) -> bool:
    if hit.kind not in _QUESTION_ONLY:
        return True
    tail = norm.text[hit.core[1] : hit.core[1] + 160]
    sentence_end = re.search(r"[.!?\n]", tail)
    return sentence_end is None or sentence_end.group() in "?\n"


def merge_hits(norm: Normalized, hits: list[Hit]) -> tuple[Block, ...]:
    """One block per kind per overlapping region, with original offsets."""
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for hit in sorted(hits, key=lambda h: (h.kind, h.start)):
        spans = by_kind.setdefault(hit.kind, [])
        if spans and hit.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hit.end))
        else:
            spans.append((hit.start, hit.end))
    blocks = []
    for kind, spans in by_kind.items():
        for start, end in spans:
            o_start, o_end = norm.span(start, end)
            blocks.append(Block(kind, norm.original[o_start:o_end], o_start, o_end))
    return tuple(sorted(blocks, key=lambda b: (b.start, b.kind)))


# Scorn aimed at someone who hurt the partner ("your boss is being ridiculous") sides
# with them: it is no contempt for the partner.
_THIRD_PARTY: Final = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|him|her|them|boss|mom|mother|dad|father|sister|brother|"
    r"friend|friends|coworker|manager|teacher|family|people|guy|woman|man|landlord|neighbou?rs?)"
    r"\b[^,;.!?\n]*$"
)
_OF_THIRD_PARTY: Final = re.compile(r"\s+of (?:him|her|them|your \w+|that \w+)\b")


def _aimed_elsewhere(norm: Normalized, hit: Hit) -> bool:
    start, end = hit.core
    if hit.kind != "contempt" or is_symbol(norm.text[start]):  # an eye-roll is at the partner
        return False
    before = norm.text[max(0, start - 40) : start]
    return bool(_THIRD_PARTY.search(before) or _OF_THIRD_PARTY.match(norm.text, end))


def _inside_hostile(hit: Hit, hits: list[Hit]) -> bool:
    """'What do you want me to do, quit?': the imperative is part of the edge, not advice."""
    return hit.kind == "advice" and any(
        other.kind == "hostile_question" and other.start <= hit.start and hit.end <= other.end
        for other in hits
    )


def pattern_hits(reply: str) -> tuple[Normalized, list[Hit]]:
    norm, hits = _pattern_hits(reply)
    return norm, list(hits)


# One analysis reads a reply's cues up to twice (as it is, and with advice counted to
# see whether welcome advice was given), and live checking re-reads the same drafts.
@functools.lru_cache(maxsize=4096)
def _pattern_hits(reply: str) -> tuple[Normalized, tuple[Hit, ...]]:
    norm = normalize(reply)
    hits = [
        h
        for h in find_hits(norm, PATTERNS)
        if _question_ok(norm, h) and not _aimed_elsewhere(norm, h)
    ]
    hits = [h for h in hits if not _inside_hostile(h, hits)]
    return norm, tuple(resolve_hits(hits))


def suggestion_backup(norm: Normalized, signals: Signals) -> list[Hit]:
    """Advice the patterns missed, where the strategy model is confident and the
    words carry at least a weak cue of a suggestion."""
    if signals.strategy is None:
        return []
    p_suggest = signals.strategy[STRATEGIES.index("providing_suggestions")]
    if p_suggest < SUGGESTION_PROB:
        return []
    cue = _SUGGESTION_CUE.search(norm.text)
    if cue is None:
        return []
    start, end = clause_bounds(norm.text, cue.start(), cue.end())
    return [Hit("advice", start, end, 0, (cue.start(), cue.end()))]


def detect_blocks(
    reply: str, *, advice_is_block: bool, signals: Signals | None = None
) -> tuple[tuple[Block, ...], tuple[tuple[int, int], ...]]:
    """Blocks in `reply`, and the original offsets of the words that triggered them.
    Advice counts only when it was not asked for; the strategy model backs the
    advice patterns up when `signals` is given."""
    norm, hits = pattern_hits(reply)
    model_blocks = None if signals is None else signals.blocks
    # Whether the reply's words show empathy: read once, for the veto and the bar below.
    warm_words = model_blocks is not None and bool(mechanism_cues(norm))
    if model_blocks is not None and warm_words:
        hits = _without_ruled_out(hits, model_blocks)
    if advice_is_block:
        hits = _with_advice_backup(norm, hits, signals)
        if (
            signals is not None
            and signals.blocks is not None
            and signals.blocks[_ADVICE_ROW] < ADVICE_VETO_PROB
        ):
            hits = [h for h in hits if h.kind != "advice"]
    else:
        hits = [h for h in hits if h.kind != "advice"]
    found = merge_hits(norm, hits)
    triggers = tuple(norm.span(*h.core) for h in hits)
    if signals is not None and signals.blocks is not None:
        threshold = signals.block_threshold
        if found:
            threshold = max(threshold, SECOND_KIND_PROB)
        elif warm_words:  # no block found, so no words to leave out
            threshold = max(threshold, WARM_WORDS_PROB)
        found = _with_model_blocks(reply, found, signals, advice_is_block, threshold)
    return found, triggers


def _without_ruled_out(hits: list[Hit], block_probs: tuple[float, ...]) -> list[Hit]:
    """Drops the cues of a warm reply whose kind the block model all but rules out.
    Advice has a veto of its own (ADVICE_VETO_PROB), for every reply."""
    return [
        h
        for h in hits
        if h.kind == "advice" or block_probs[BLOCK_KINDS.index(h.kind)] >= WARM_REPLY_VETO_PROB
    ]


def _with_advice_backup(norm: Normalized, hits: list[Hit], signals: Signals | None) -> list[Hit]:
    if signals is None or any(h.kind == "advice" for h in hits):
        return hits
    # Backup hits have strength 0: any other cue on the same words beats them.
    return resolve_hits(hits + suggestion_backup(norm, signals))


def gives_advice(reply: str, signals: Signals | None = None) -> bool:
    """Whether the reply suggests what to do at all, welcome or not. The block model
    may add advice it is sure of but not veto any: it learned advice as a block, so
    it rates advice someone asked for low."""
    norm, hits = pattern_hits(reply)
    hits = _with_advice_backup(norm, hits, signals)
    if any(h.kind == "advice" for h in hits):
        return True
    return (
        signals is not None
        and signals.blocks is not None
        and signals.blocks[_ADVICE_ROW] >= signals.block_threshold
    )


def _with_model_blocks(
    reply: str,
    found: tuple[Block, ...],
    signals: Signals,
    advice_is_block: bool,
    threshold: float,
) -> tuple[Block, ...]:
    """Adds the kinds the block model is sure of and no pattern caught.

    Patterns know a few hundred phrasings; on replies written in other
    people's words (data/couples heldout2) they caught 60% of blocks, the
    model reading the whole reply finds many of the rest. It reads the reply
    as a whole, so its block spans the whole reply.
    """
    assert signals.blocks is not None
    kinds = {b.kind for b in found}
    start = len(reply) - len(reply.lstrip())
    end = len(reply.rstrip())
    added = [
        Block(kind, reply[start:end], start, end)
        for kind, prob in zip(BLOCK_KINDS, signals.blocks, strict=True)
        if prob >= threshold
        and kind not in kinds
        and (advice_is_block or kind != "advice")
    ]
    return tuple(sorted(found + tuple(added), key=lambda b: (b.start, b.kind)))


def find_blocks(
    reply: str, *, advice_is_block: bool, signals: Signals | None = None
) -> tuple[Block, ...]:
    return detect_blocks(reply, advice_is_block=advice_is_block, signals=signals)[0]
