"""Crisis signals in the partner's message: self-harm, violence, abuse.

Recall comes first: a missed crisis costs far more than a needless safety note.
Each cue is written so the everyday hyperbole next to it stays quiet ("this job is
killing me", "I could kill for a coffee", "my phone died", "he pushed me to apply").
"""

from __future__ import annotations

import re
from typing import Final

from empathos.core.couple.text import clause_bounds, normalize
from empathos.core.types import Risk

_PERSON: Final = (
    r"(?:he|she|they|hes|shes|theyre|him|her|my (?:husband|wife|boyfriend|girlfriend|partner|"
    r"ex|dad|father|mom|mother|stepdad|stepfather|stepmom|brother|sister|bf|gf|fiance|fiancee|"
    r"son|roommate|uncle|spouse))"
)
_TARGET: Final = (
    r"(?:him|her|them|you|someone|somebody|everyone|my (?:boss|ex|brother|sister|dad|father|"
    r"mom|mother|husband|wife|neighbou?r|coworker|manager|stepdad|partner|boyfriend|girlfriend|"
    r"landlord)|that (?:guy|man|woman|bitch|bastard|asshole|idiot|jerk|creep)|his (?:new|)|her "
    r"new|the guy|this guy|the kids)"
)

_SELF_HARM: Final = tuple(
    re.compile(s)
    for s in (
        r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|"
        r"starving|punish|punishing|hang|hanging|drown|drowning|poison) ?myself\b(?! (?:at the "
        r"gym|with work|studying|working|laughing|over this|to finish|to get|for this job))",
        r"\bsuicid(?:e|al)\b|\bself ?harm(?:ing)?\b|\bunalive\b",
        r"\b(?:end|take|ending|taking|ended) (?:my (?:own )?life|it all)\b",
        r"\b(?:want|wanna|wanted|going|ready|plan|planning|wish i could|i could just|need) to "
        r"die\b|\bwant to be dead\b|\bwish i (?:was|were) dead\b|\bbetter off dead\b",
        r"\bwish i (?:could|would|had) (?:just )?(?:die|disappear|vanish|not wake up|fall "
        r"asleep and not|never wake|stop existing|not exist|never been born)\b",
        r"\b(?:want|wanna|wanted|going|need|wish i could) (?:to )?(?:just )?(?:disappear|"
        r"vanish|stop existing|not exist|not be here|not be alive)\b(?! (?:for|to|on|into) "
        r"(?:a|the|my|this) (?:weekend|week|vacation|holiday|trip|beach|cabin|few|couple|bed|"
        r"blanket|nap))",
        r"\b(?:dont|do not|no longer) (?:want|wanna|wish) (?:to )?(?:be here|live|exist|wake "
        r"up|be alive|go on|keep going|be around|do this anymore|do life)\b",
        r"\bbetter off without me\b|\bbetter off if i (?:was|were|wasnt|werent|died|disappeared"
        r"|was gone|were gone)\b|\bwould be better if i (?:was|were) (?:gone|dead|not here)\b",
        r"\b(?:just )?a burden (?:to|on) (?:everyone|you|my family|everybody|them)\b",
        r"\bno (?:reason|point|will) (?:to|in|for) (?:live|living|go on|going on|being here|"
        r"keep going|being alive|life)\b|\bnothing (?:left )?to live for\b|\blost the will to "
        r"live\b",
        r"\b(?:dont|cant) see (?:the|a|any) point (?:in|of) (?:living|life|going on|being "
        r"alive|anything anymore|any of it anymore)\b|\bwhats the point (?:of|in) (?:living|"
        r"life|going on|being alive|me being here)\b",
        r"\bcant (?:go on|keep going|do this|take (?:it|this)|live like this)(?: any ?more| "
        r"much longer)?\b(?!\s+(?:job|commute|heat|traffic|class|project|noise|weather|with)\b)"
        r"(?=\W*(?:$|\n|i |and |im |everything|nothing|[.!?]))",
        r"\bnot (?:going to|gonna|be) (?:be )?(?:around|here) (?:much longer|for long|anymore|"
        r"next week|tomorrow)\b",
        r"\b(?:say|said|saying) goodbye (?:to everyone|forever|for good|to you all)\b|\bgoodbye "
        r"forever\b",
        r"\b(?:wrote|writing|written|leave|left) (?:a|my) (?:note|letter|goodbye note) (?:to|"
        r"for) (?:everyone|you|my|the kids)\b|\bsuicide note\b|\bgave away my (?:stuff|things)\b",
        r"\b(?:overdose|overdosing|od|oding|odd)\b(?! on (?:coffee|caffeine|sugar|candy|"
        r"netflix|chocolate))",
        r"\b(?:take|took|swallow|swallowed|taking|swallowing) (?:all|a bunch of|the whole|a "
        r"handful of|too many|every one of|the rest of) (?:of )?(?:my |the |those |these |her |"
        r"his )?(?:pills|meds|sleeping pills|tablets|medication|bottle)\b",
        r"\b(?:stockpil\w+|saving up|hoarding) (?:my |the )?(?:pills|meds)\b",
        r"\bjump(?:ing)? (?:off|from|in front of) (?:a|the|this|my|it)\b|\bgun to my head\b",
        r"\b(?:gave|giving|give|given) away (?:all )?my (?:things|stuff|belongings|pets)\b|\bwont "
        r"need (?:them|it|any of it) (?:anymore|much longer|where im going)\b",
        r"\b(?:crash|drive|steer) (?:the|my) car (?:into|off|on purpose)\b",
        r"\b(?:want|wanna|wish i could|going|need|just want) to (?:just )?(?:sleep|go to sleep|fal"
        r"l "
        r"asleep) (?:forever|and (?:never|not) wake up)\b|\bnever wake up\b|\bnot wake up\b",
        r"\b(?:want|wish|need) (?:it all|everything|the pain|my life|all of it|it) to (?:end|"
        r"stop|be over)(?: for good| forever)?\b(?=\W*(?:$|\n|and|i|for|[.!?]))",
        r"\bdisappear forever\b|\bgone for good\b(?=[^.!?]*\bme\b|\W*$)",
        r"\b(?:nobody|no one|noone) (?:would|will|even would)(?: even)? (?:miss|notice|care)(?: me"
        r")?(?: "
        r"if i)?\b",
        r"\bi should (?:just )?(?:die|disappear|not be here|be dead)\b",
        r"\b(?:razor|blade|blades)\b(?=[^.!?]*\b(?:myself|my arm|my arms|my wrist|my legs|"
        r"again|cut)\b)|\bmy wrists?\b",
        r"\brelapsed?\b(?=[^.!?]*\b(?:cutting|self ?harm|hurting myself)\b)",
        r"\b(?:wasnt|werent|not|stop being|stopped being) alive\b|\b(?:keep|go on|stop|carry on) "
        r"living(?: like this)?\b|\b(?:stop|quit) existing\b",
        r"\b(?:end|ending|ended) (?:things|everything)\b(?! (?:with|between))",
        r"\b(?:didnt|dont|wouldnt|never) wake up\b|\b(?:have|made|got) a plan\b(?=[^.!?]*\b(?:go "
        r"through|end|die|kill|do it|pills|myself)\b)|\bgo through with it\b",
        r"\b(?:drive|driving|drove|crash|crashing|swerve|swerving) (?:my car |the car )?(?:into|of"
        r"f) "
        r"(?:a|the|oncoming)\b",
        r"\b(?:disappeared|gone|vanished) (?:for good|forever)\b|\b(?:the|my|those|all the) "
        r"pills\b(?=[^.!?]*\b(?:long time|all of|swallow|take|took|thinking|looked|staring)\b)",
        r"\b(?:ways|how|methods?) to (?:die|kill myself|end it|end my life|overdose)\b",
        r"\b(?:scratch\w*|bled|bleed\w*|bruis\w*|burn\w*|hit\w*|punch\w*) (?:my (?:arms?|wrists?|"
        r"legs?|skin|thighs?|stomach|face)|myself)\b(?! by accident| accidentally)",
        r"\b(?:easier|better|happier|simpler) (?:for everyone )?if i (?:was|were|wasnt|werent|just|"
        r"wasnt here|didnt exist|died|disappeared)\b(?! (?:there|home|invited|at))",
        r"\bgoodbye\b[^.!?]*\b(?:wont|never|not going to) (?:see|be)\b|\b(?:ending|end) it\b(?! "
        r"(?:with|between|now with|already with))",
        r"\b(?:thinking|thought|think) (?:of|about) (?:jumping|dying|death|ending|killing|not "
        r"being here|disappearing)\b",
        r"\bno way out\b(?! of (?:this|the|that) (?:meeting|job|contract|lease|deal|trip|class))",
        r"\b(?:hoard\w*|sav\w+|stash\w*|collect\w*|keep\w*) (?:up )?(?:my |the |all my )?(?:pills|"
        r"meds|medication|sleeping pills)\b(?! for (?:the|my) (?:trip|flight))",
        r"\bhate (?:being alive|my life so much i|existing)\b|\bdone with (?:life|living|"
        r"everything and everyone)\b",
    )
)

_VIOLENCE: Final = tuple(
    re.compile(s)
    for s in (
        r"\b(?:im|i am|i will|ill|i swear ill|i swear i will|i could|i want to|i wanna|i might|"
        r"im about to|i am about to|i am going to|im going to|i feel like|i want|going to|i "
        r"really want to|im seriously going to|someday ill) (?:going to |literally |actually |"
        r"really |seriously |just |gonna )?(?:kill|murder|stab|shoot|strangle|choke|beat up|"
        r"beat|punch|smash|hit|hurt|slap|run over) " + _TARGET + r"\b",
        r"\b" + _PERSON + r" (?:\w+ )?(?:hit|hits|slapped|slaps|punched|punches|kicked|kicks|"
        r"choked|chokes|strangled|strangles|shoved|shoves|pushed|pushes|beat|beats|smacked|"
        r"smacks|bit|burned|dragged|drags|pinned|shook|threw|throws|grabbed|grabs|hurt|hurts) "
        r"(?:me|my (?:arm|wrist|neck|face|hair|throat|head|body|son|daughter|kid|kids|little "
        r"brother|little sister|brother|sister|mom|baby))\b(?! "
        r"(?:to |into (?:\w+ing|it|this|that)|towards|forward|up|harder|at |"
        r"out of my comfort|a |some |coffee|lunch|dinner|"
        r"with (?:the|a|his|her) (?:news|question|idea|request)|feelings|pride))",
        r"\b(?:threw|throws|threw a|thrown) (?:\w+ ){0,2}at (?:me|my head|my face)\b",
        r"\b(?:left|leaves|has left|gave me) (?:a )?(?:bruises?|marks|a black eye|a split lip)"
        r"\b|\bblack eye\b|\bbruises? (?:on|all over) (?:my|me)\b",
        r"\b" + _PERSON + r" (?:has|have|keeps|got|bought|pulled|showed me|waved) (?:a |his |"
        r"her |the )?(?:gun|knife|weapon)\b",
        r"\b(?:threatened|threatens|threatening|threaten) to (?:kill|hurt|shoot|stab|beat|"
        r"hit)\b",
        r"\b(?:said|says|swore|told me|promised) (?:hed|shed|he would|she would|he will|she "
        r"will|theyd|he is going to|she is going to|hes going to|shes going to) (?:kill|hurt|"
        r"shoot|stab|beat|hit|end) (?:me|us|the kids|my|you|himself|herself)\b",
        r"\b(?:afraid|scared|terrified|worried) (?:that )?" + _PERSON + r"(?:ll| will| is going "
        r"to| might| would|s going to|d)? (?:really )?(?:hurt|hit|kill|beat|attack) (?:me|us|"
        r"the kids|my)\b",
        r"\b(?:afraid|scared|fearing|fear) for my (?:life|safety)\b",
        r"\b(?:raped|rape|sexually assaulted|assaulted|attacked|molested)\b(?! (?:by|with) "
        r"(?:questions|emails|calls|messages|texts))",
        r"\b" + _PERSON + r" (?:tried to|almost|nearly) (?:kill|strangle|choke|drown|run over|"
        r"hit|stab|run (?:me|us) over)\b",
        r"\b(?:put|had) (?:his|her|their) hands? (?:around|on) my (?:neck|throat)\b",
        r"\b(?:slammed|threw|pinned|shoved|pushed|kicked|hit|punched|choked|strangled|attacked) "
        r"me (?:against|into(?! \w+ing\b)|onto|to the|down|in the|on the|until)\b",
        r"\b" + _PERSON + r" (?:is |was |s )?(?:going to|gonna|will|might) (?:kill|hurt|beat) "
        r"(?:me|us)\b(?=[^.!?]*\b(?:one day|someday|really|actually|i think|im scared|afraid)\b|"
        r"\W*$)",
        r"\b(?:bashed|slammed|smashed|banged|hit|pushed|shoved) my (?:head|face|body)\b",
        r"\b(?:pulled|held|waved) a (?:knife|gun) (?:on|at) me\b|\b(?:broke|broken) into\b[^.!?]*"
        r"\b(?:attacked|hurt|hit)\b",
        r"\b(?:im|i am|im so|so) (?:angry|mad|furious) i could (?:kill|hurt|hit|punch) "
        + _TARGET + r"\b",
        r"\bwant (?:him|her|them|my \w+) (?:dead|to die|to suffer)\b",
        r"\b(?:hit|punched|slapped|pushed|shoved|beat) (?:him|her|my (?:son|daughter|kid|"
        r"kids|husband|wife|boyfriend|girlfriend))\b(?! (?:up|with|back to|to|into))",
    )
)

_ABUSE: Final = tuple(
    re.compile(s)
    for s in (
        r"\b(?:im|i am|i get|i feel|ive been|i have been|im always|im so|im getting|i was|im "
        r"really|i became|i live) (?:so |really |kind of |getting |actually |always |more and "
        r"more |honestly |becoming )?(?:scared|afraid|terrified|frightened) (?:of|of what) "
        + _PERSON + r"\b(?! (?:finding out|seeing|noticing|being disappointed|judging))",
        r"\b(?:afraid|scared|terrified|frightened) (?:to go home|of going home|to be (?:home|"
        r"alone with)|to leave (?:him|her|them)|to say no|of what (?:hell|shell|he will|she will|"
        r"he might|she might|he would|she would|theyll|he could|he does|he did)|of (?:him|her) "
        r"(?:sometimes|when he drinks|when she drinks|when hes drunk|now))\b",
        r"\b(?:wont|doesnt|didnt|never) (?:let|allow) me (?:to )?(?:leave|go out|see|have|talk|"
        r"work|drive|out of|spend|use|wear|speak|visit|call|go anywhere|go)\b(?! early\b| early\b| "
        r"(?:the )?(?:office|work) |.{0,20}\b(?:lol|haha)\b)",
        r"\b(?:controls?|controlling|took|takes|has taken|keeps) (?:all )?(?:of )?(?:my|our|the) "
        r"(?:money|finances|bank|account|cards?|paycheck|salary|passport|phone|keys|car keys|"
        r"documents|id)\b",
        r"\b(?:checks|goes through|tracks|monitors|reads|demands to see|checks on) (?:all )?"
        r"(?:of )?(?:my|where i)\s?(?:phone|texts|messages|location|emails|go|dms)\b",
        r"\bmakes me (?:ask|beg) (?:for|permission|him|her)\b|\b(?:ask|asking|need|get) "
        r"(?:his|her|their) permission\b|\bnot allowed to (?:see|go|leave|talk|have|wear|work|"
        r"spend|use|eat|drive|call|text)\b",
        r"\b(?:isolat\w+ me|cut me off from|keeps me (?:from|away from)|wont let me see)\b",
        r"\b(?:calls|called|keeps calling) me (?:worthless|stupid|useless|fat|a whore|a slut|"
        r"crazy|pathetic|a bitch|an idiot|ugly|disgusting|names)\b",
        r"\b(?:screams|yells|shouts) (?:at me|in my face) (?:every|all the time|constantly|"
        r"until|for hours|when)\b",
        r"\b(?:threatened|threatens|threatening|threaten) (?:to|me)\b",
        r"\b(?:forced|forces|pressured|pressures|pressuring|made|makes|guilted|guilts) me "
        r"(?:to |into )?(?:have sex|sleep with|do things|sex|sexual|into sex)\b",
        r"\block(?:ed|s)? me (?:in|out)\b|\btook my (?:keys|phone)\b",
        r"\b(?:reads|read|checks) (?:every|all|each) (?:message|text|email)s?\b|\bdeletes? my "
        r"(?:friends|contacts)\b",
        r"\bnot (?:even )?allowed to (?:have|see|go|leave|work|talk)\b",
        r"\b(?:takes|took|keeps|spends) (?:all of |all )?my (?:whole |entire )?(?:paycheck|salary|"
        r"wages|money|savings|pay)\b",
        r"\b(?:checks|tracks|asks|demands to know|monitors) where i (?:am|go|was)\b",
        r"\b(?:have to|need to|got to) hide (?:my|things|money|it) (?:\w+ )?from (?:him|her|them)"
        r"\b",
        r"\b(?:gets|got|goes) (?:furious|violent|scary|crazy|angry) (?:if|when) i (?:dont|do not|"
        r"say no|talk|go|see|leave)\b",
        r"\b(?:threatened|threatens) to (?:tell|post|share|send|expose|leave me|take)\b",
        r"\b(?:makes|made) me (?:feel like im|think im) crazy\b|\b(?:nobody|no one) (?:will|would) "
        r"(?:ever )?believe me\b",
        r"\b(?:scared|afraid|terrified) of (?:what )?" + _PERSON + r" (?:will|would|might|could) "
        r"do\b",
        r"\b(?:stalking|stalks|stalked|follows me|followed me home|showed up at my (?:work|"
        r"job|house|moms)|keeps showing up)\b",
        r"\bwalking on eggshells\b|\bwalk on eggshells\b",
        r"\b(?:says|said|tells me|told me) (?:no one|nobody) (?:else )?(?:would|will|could) "
        r"(?:ever )?(?:want|love|believe)\b",
        r"\bif i (?:leave|left|try to leave|ever leave)(?: him| her| them)?,? (?:he|she|they)"
        r"(?:ll| will| would|d| says| said| swears| threatens)\b",
        r"\b(?:punches|punched|punching|kicks|kicked|smashes|smashed) (?:a |the |holes in the )?"
        r"(?:a hole in the )?(?:walls?|doors?)\b|\bbroke my (?:phone|door|things|stuff)\b",
        r"\b(?:kill|hurt) (?:himself|herself) if i (?:leave|go|break up)\b",
        r"\b(?:trapped|cant leave|can not leave|no way out)\b(?=[^.!?]*\b(?:him|her|this "
        r"relationship|marriage|house)\b)",
        r"\bhe (?:says|said) its my fault (?:he|that he) (?:hits|hurts|yells|gets)\b",
    )
)

# Harm words said in jest or about games; control by a boss is no partner abuse.
_JEST: Final = re.compile(
    r"\b(?:haha+|lol|lmao|jk|just kidding|chess|cards|a game|the printer|this pizza)\b"
)
_ABOUT_WORK: Final = re.compile(r"\b(?:boss|manager|teacher|coach|supervisor|at work)\b")


def _said_in_jest(text: str, start: int, end: int) -> bool:
    """A jest marker in the same sentence as the cue."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    stops = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    return _JEST.search(text, left, min(stops, default=len(text))) is not None

_KINDS: Final = (("self_harm", _SELF_HARM), ("violence", _VIOLENCE), ("abuse", _ABUSE))
_LONGEST_QUOTE: Final = 140


def find_risk(partner: str) -> Risk | None:
    """The first crisis cue in the partner's message, quoting their own words."""
    norm = normalize(partner)
    for kind, patterns in _KINDS:
        for regex in patterns:
            match = regex.search(norm.text)
            if match is None or match.end() == match.start():
                continue
            start, end = clause_bounds(norm.text, match.start(), match.end())
            if kind != "self_harm" and _said_in_jest(norm.text, match.start(), match.end()):
                continue
            if kind == "abuse" and _ABOUT_WORK.search(norm.text, start, end):
                continue
            o_start, o_end = norm.span(start, end)
            if o_end - o_start > _LONGEST_QUOTE:
                o_start, o_end = norm.span(match.start(), match.end())
            return Risk(kind, partner[o_start:o_end])
    return None
