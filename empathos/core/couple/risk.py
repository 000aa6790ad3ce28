"""Crisis signals in the partner's message: self-harm, violence, abuse.

Recall comes first: a missed crisis costs far more than a needless safety note.
Two sources, either one enough:

- phrase patterns, each written so the everyday hyperbole next to it stays quiet
  ("this job is killing me", "I could kill for a coffee", "my phone died", "he
  pushed me to apply"); a pattern quotes its exact words and names the kind;
- the learned risk head (`Signals.risk`), which generalises to wording no pattern
  has seen: it flags when the summed crisis probability reaches the model's
  operating point, names the most probable kind, and quotes the sentence or clause
  with the most crisis cue words. When the only cues are known hyperbole ("dead
  tired", "dying to"), it must be more confident (`HYPERBOLE_BAR`).
"""

from __future__ import annotations

import re
from typing import Final

from empathos.core.couple.text import Normalized, clause_bounds, normalize, sentences
from empathos.core.labels import RISK_KINDS
from empathos.core.types import Risk, Signals

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
        r"gym|with work|studying|working|laughing|over this|to finish|to get|for this job|on "
        r"(?:the|a) (?:oven|stove|pan|grill|kettle|iron)))",
        r"\bsuicid(?:e|al)\b|\bself ?harm(?:ing)?\b|\bunalive\b",
        r"\b(?:end|take|ending|taking|ended) (?:my (?:own )?life|it all)\b",
        r"\b(?:want|wanna|wanted|going|ready|plan|planning|wish i could|i could just|need) to "
        r"die\b|\bwant to be dead\b|\bwish i (?:was|were) dead\b|\bbetter off dead\b",
        r"\bwish i (?:could|would|had) (?:just )?(?:die|disappear|vanish|not wake up|fall "
        r"asleep and not|never wake|stop existing|not exist|never been born)\b(?! (?:for|to|"
        r"on|into|from|under) (?:a|the|my|this|social) ?(?:weekend|week|vacation|holiday|trip|"
        r"beach|cabin|few|couple|bed|blanket|nap|media)?)",
        r"\b(?:want|wanna|wanted|going|need|wish i could) (?:to )?(?:just )?(?:disappear|"
        r"vanish|stop existing|not exist|not be here|not be alive)\b(?! (?:for|to|on|into) "
        r"(?:a|the|my|this) (?:weekend|week|vacation|holiday|trip|beach|cabin|few|couple|bed|"
        r"blanket|nap)| from (?:social media|instagram|facebook|the internet|the group))",
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
        r"for) (?:everyone|you|my|the kids)\b(?! future self)|\bsuicide note\b|\bgave away "
        r"my (?:stuff|things)\b",
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
        r"\b(?:nobody|no one|noone) (?:would|will|even would)(?: even)? (?:miss|notice|care)"
        r"(?!(?: me)?(?: if i)? (?:skipped|missed|left early|didnt (?:go|show|come))|(?: me)? "
        r"at (?:the|my) (?:reunion|party|meeting|wedding|office))(?: me)?(?: if i)?\b",
        r"\bi should (?:just )?(?:die|disappear|not be here|be dead)\b",
        r"\b(?:razor|blade|blades)\b(?=[^.!?]*\b(?:myself|my arm|my arms|my wrist|my legs|"
        r"again|cut|wallet|just in case)\b)|\bmy wrists?\b(?=[^.!?]*\b(?:cut|slit|blade|"
        r"razor|knife|scars?|bleed\w*|bled|again|scratch\w*)\b)|\b(?:cut|slit|scratch\w*) "
        r"my wrists?\b",
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
        r"legs?|skin|thighs?|stomach|face)|myself)\b(?! by accident| accidentally| on (?:the|a) "
        r"(?:oven|stove|pan|grill|kettle|iron))",
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
        # From the train errors of batch extra1.
        r"\b(?:tired|sick) of (?:being alive|living|existing|life itself)\b|\b(?:painless|"
        r"quick|easiest) ways? (?:to go|to die|out)?\b(?! to (?:get|make|save|clean|cook|learn))",
        r"\bhow much \w+ (?:would|it would) (?:be enough|take)\b|\blook like an accident\b|"
        r"\bwhat im (?:about|going) to do\b(?=[^.!?]*\b(?:sorry|hate me|forgive|goodbye)\b|"
        r"(?<=hate me for what im about to do))",
        r"\b(?:took|taken|swallowed|ate) (?:a bunch of|a handful of|the whole (?:pack|box|"
        r"bottle|packet|strip)|all of (?:them|my|the))\b",
        r"\b(?:cut|cutting) (?:deeper|again)\b|\b(?:been|started|start|keep|stop|stopped) "
        r"cutting\b(?! (?:back|down|coupons|carbs|corners|class|out|onions|the|my hair|hair))|"
        r"\b(?:opened|reopened|picking at|pick at) (?:the |my )?(?:scars|wounds|cuts)\b",
        r"\bgoodbye (?:text|message|letter|note|video|email)\b|\bif (?:something|anything) "
        r"(?:happens|should happen|were to happen) to me\b|\bif (?:you|u) find this\b",
        r"\b(?:walk|walking|step|stepping|jump|jumping) (?:into|in front of) (?:the |a )?(?:lake|"
        r"sea|ocean|river|water|traffic|bus|train|truck|car)\b",
        r"\bnot (?:scared|afraid) (?:of|to) (?:dying|die|death)\b|\bdone with (?:me|myself|"
        r"being alive|existing|being here)\b",
        r"\b(?:pills|meds|tablets) (?:lined up|counted out|all ready|ready)\b|\b(?:dont think|"
        r"dont know if) ill (?:be (?:around|here|alive)|make it)\b|\bnot (?:going to|gonna) "
        r"make it (?:through|to)\b",
        r"\bno (?:version of the )?future (?:for me|where (?:im|i am|i) )|\b(?:starv\w+|not "
        r"eating|havent eaten)\b[^.!?]*\b(?:on purpose|deserve)\b",
        r"\b(?:bridge|balcony|roof|rooftop|ledge|railing)\b[^.!?]*\b(?:easy it would|how easy|"
        r"railing|edge|jump|how high|how far down)\b",
        r"\b(?:knife|blade|razor) (?:to|against|on|into) my (?:wrists?|arms?|skin|thighs?)\b|"
        r"\bvoices? (?:say|says|tell|tells|keep telling)\b|\b(?:asleep|sleep|sit) in the "
        r"(?:car|garage) with the engine\b|\basked if im (?:safe|ok|okay)\b[^.!?]*\blied\b",
        r"\b(?:want|wanna|need) to be gone\b|\b(?:take care of|look after|have) my (?:cat|dog|"
        r"kids|plants|babies|stuff)\b[^.!?]*\bif im (?:not here|not around|gone)\b",
        r"\btonight is the night\b|\b(?:dont care|stopped caring|do not care) (?:if|whether) i "
        r"(?:live|die|wake up)\b|\bcome to my funeral\b|\bfeel like dying\b(?! (?:of|from|"
        r"laughing))",
        r"\b(?:tied|put|wrapped) (?:a |the |my )?(?:belt|rope|cord|scarf|noose) (?:around|round) "
        r"my neck\b|\bnoose\b|\bkms\b",
        r"\b(?:punch\w*|bang\w*|hit\w*|slam\w*) (?:the |my )?(?:walls?|head|fists?)\b[^.!?]*\b"
        r"(?:deserve|bled|bleed\w*|feel something|split|til it|until it)\b",
        r"\b(?:relieved|happier|better off|fine|ok|okay|spinning)\b[^.!?]*\bif i (?:stopped|was "
        r"gone|were gone|wasnt here|wasnt around|died|disappeared)\b|\bbetter off not "
        r"(?:existing|being here|alive|living)\b",
        r"\bwont need (?:the|my|this|it|them)\b[^.!?]*\b(?:give|someone)\b|\bmight as well "
        r"(?:make it official|be dead|die|end it)\b|\bno reason to (?:stay|be here|live|keep "
        r"going|wake up)\b",
        r"\blife (?:isnt|is not|aint|isnt even) worth (?:it|living)\b|\b(?:dont|cant) see how i "
        r"(?:get|make it|survive) (?:through )?(?:tonight|the night|this)\b",
    )
)

_VIOLENCE: Final = tuple(
    re.compile(s)
    for s in (
        r"\b(?!(?:im|i am) (?:so |really |just )?hurt\b)"
        r"(?:im|i am|i will|ill|i swear ill|i swear i will|i could|i want to|i wanna|i might|"
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
        r"\b(?:threw|throws|thrown|poured|pours) (?!(?:a |the |my )?(?:pillow|ball|sock|blanket|"
        r"party|frisbee|snowball|kiss|wink|look)\b)(?:\w+ ){0,2}(?:at|on|in) (?:me|my head|"
        r"my face)\b",
        r"\b(?:left|leaves|has left|gave me) (?:a )?(?:bruises?|marks|a black eye|a split lip)"
        r"\b|\bblack eye\b|\bbruises? (?:on|all over) (?:my|me)\b",
        r"\b" + _PERSON + r" (?:has|have|keeps|got|bought|pulled|showed me|waved) (?:a |his |"
        r"her |the )?(?:gun|knife|weapon)\b",
        r"\b(?:threatened|threatens|threatening|threaten) to (?:kill|hurt|shoot|stab|beat|"
        r"hit)\b(?! (?:the|my|our|his|her) (?:cat|dog|pets?|bird|puppy|kitten)\b)",
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
        + _TARGET
        + r"\b",
        r"\bwant (?:him|her|them|my \w+) (?:dead|to die|to suffer)\b",
        r"\b(?:hit|punched|slapped|pushed|shoved|beat) (?:him|her|my (?:son|daughter|kid|"
        r"kids|husband|wife|boyfriend|girlfriend))\b(?! (?:up|with|back to|to|into (?:\w+ing|it|"
        r"this|that)))",
        # From the train errors of batch extra1.
        r"\bsplit my (?:lip|head|eyebrow)\b|\b(?:sat|knelt|kneeling|sitting) on my (?:chest|neck)"
        r"\b|\b(?:he|she|hes|shes|they) (?:\w+ ){0,2}(?:stabbed|headbutted|stomped on|"
        r"scratched|bit|choking|hitting|kicking|beating|strangling|punching|slapping|stabbing) "
        r"me\b|\b(?:him|her) (?:choking|hitting|strangling|punching|beating) me\b",
        r"\bforced (?:me to have sex|me into sex|himself on me|herself on me)\b|\bshook (?:the|"
        r"my|our) (?:baby|kid|son|daughter)\b|\bheld me (?:underwater|under water|under the "
        r"water)\b",
        r"\b(?:held|holding|put|pressed|pointed|points|pointing) (?:a |the |his |her )?(?:knife|"
        r"gun|blade) (?:to|against|at) (?:my|me)\b(?! (?:wrists?|arms?|skin|thighs?)\b)",
        r"\b(?:he|she|my (?:husband|wife|boyfriend|girlfriend|partner|ex|bf|gf)) (?:says|said|"
        r"swears|swore|told me|keeps saying|texted|texts) (?:that )?(?:hed|shed|hell|shell|he "
        r"will|she will|he would|she would|hes going to|shes going to|hes gonna|shes gonna)"
        r"[^.!?]{0,30}\b(?:kill|stab|shoot|bury|hurt|snap my|break my|strangle|choke|beat)\b"
        r"(?! (?:himself|herself|themselves)\b)",
        r"\bto finish what (?:he|she|they) started\b|\b(?:gonna|going to) (?:hurt|kill|beat|"
        r"shoot) my (?:new )?(?:bf|gf|boyfriend|girlfriend|husband|wife|partner|kids|son|"
        r"daughter)\b|\bcrash us both\b",
        r"\bbeat the (?:crap|shit|hell) out of (?:him|her|my|them)\b|\b(?:bought|got|grabbed) a "
        r"(?:bat|gun|knife)\b(?=[^.!?]*\b(?:his|her|their|him) )|\bmake (?:him|her) pay\b|"
        r"\bwont walk again\b",
        r"\b(?:in a cast|stitches|broken (?:arm|rib|ribs|nose|wrist|jaw)|concussion)\b[^.!?]*\b"
        r"(?:because of|from|where) (?:him|her|he|she)\b|\b(?:tried to|almost|nearly) (?:push|"
        r"throw) me (?:off|out|down)\b",
        r"\bthreaten\w* (?:me )?with (?:a|the|his|her) \w+|\b(?:snap|break) my (?:neck|legs?|"
        r"arms?|jaw|face)\b",
        r"\b(?:stepfather|stepdad|uncle|dad|father|coach|teacher|brother|cousin|boss) (?:\w+ )?"
        r"(?:touches|touched|gropes|groped|molests|molested) me\b",
    )
)

_ABUSE: Final = tuple(
    re.compile(s)
    for s in (
        r"\b(?:im|i am|i get|i feel|ive been|i have been|im always|im so|im getting|i was|im "
        r"really|i became|i live) (?:so |really |kind of |getting |actually |always |more and "
        r"more |honestly |becoming )?(?:scared|afraid|terrified|frightened) (?:of|of what) "
        + _PERSON
        + r"\b(?! (?:finding out|seeing|noticing|being disappointed|judging))",
        r"\b(?:afraid|scared|terrified|frightened) (?:to go home|of going home|to be (?:home|"
        r"alone with)|to leave (?:him|her|them)|to say no|of what (?:hell|shell|he will|she will|"
        r"he might|she might|he would|she would|theyll|he could|he does|he did)|of (?:him|her) "
        r"(?:sometimes|when he drinks|when she drinks|when hes drunk|now))\b",
        r"\b(?:wont|doesnt|didnt|never) (?:let|allow) me (?:to )?(?:leave|go out|see|have|talk|"
        r"work|drive|out of|spend|use|wear|speak|visit|call|go anywhere|go|get a job|sleep|eat|"
        r"lock)\b(?! early\b| without (?:taking|a |some |leftovers)| "
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
        # From the train errors of batch extra1.
        r"\b(?:checks|goes through|reads|read|logs into|monitors|watches) (?:all )?(?:of )?my "
        r"(?:receipts|journal|diary|email|emails|account|bank account|browser|history|calls)\b|"
        r"\bmakes me (?:explain|justify|account for)\b|\buses? (?:it|them|that) against me\b",
        r"\b(?:give|hand over|tell) (?:him|her) my (?:pin|passwords?|login)\b|\b(?:put|installed|"
        r"hid|hidden) (?:a |an )?(?:tracker|tracking app|gps|cameras?|spyware)\b",
        r"\bif i (?:hang out|see|talk to|go out with)\b[^.!?]*\b(?:hell|shell|he will|she will)"
        r"\b|\b(?:picks|chooses|decides) (?:out )?(?:my clothes|what i (?:wear|eat)|who i "
        r"(?:see|talk|text))\b",
        r"\bhave to (?:text|call|check in with|report to) (?:him|her) (?:every|each|whenever)\b|"
        r"\bcalls? me (?:a )?(?:useless|worthless|piece of)\b|\blucky (?:anyone|someone) puts? "
        r"up with me\b|\b(?:no one|nobody) else would put up with me\b",
        r"\bmakes fun of (?:my|me)\b[^.!?]*\buntil i cry\b|\b(?:breaks|smashes|smashed|broke) "
        r"(?:my|all my) (?:things|stuff)\b|\bthrew my (?:stuff|things|clothes) out\b|\bchanged "
        r"the locks\b",
        r"\bcontrols (?:when|where|who|what|how) i\b|\b(?:tell|call|report me to) (?:immigration|"
        r"ice|the police|my boss)\b[^.!?]*\bif i\b|\b(?:scared|afraid|terrified) of what mood\b"
        r"|\blive in fear\b|\bprisoner in my own\b",
        r"\b(?:never|not) see (?:my|the|our) (?:son|daughter|kids|children|baby) again\b|\bask"
        r"(?:ing)? permission to\b|\bwent through my phone\b|\bdeleted (?:all )?my (?:\w+ )?"
        r"(?:friends|contacts|numbers)\b",
        r"\bgets violent\b|\bstay out of (?:his|her) way\b|\bblocks the door\b|\bmade me quit "
        r"my job\b|\bno money of my own\b|\bthreatens? to hurt (?:the|my|our) (?:cat|dog|pets?)"
        r"\b|\bkicked (?:our|my|the) (?:dog|cat)\b",
        r"\bor (?:he|she) (?:explodes|loses it|goes off|snaps)\b|\bcontrols my (?:meds|"
        r"medication|food|eating)\b|\bunless i beg\b|\blistens to my calls\b|\bruin my life\b",
        r"\btook my (?:car keys|credit cards|cards)\b|\b(?:cancelled|cut off) my (?:phone|card|"
        r"cards|account)\b|\bnot allowed to lock\b|\bweighs me\b|\bsneak out to\b|\bso i cant "
        r"go anywhere\b",
        r"\bhide (?:money|cash|my phone)\b[^.!?]*\b(?:so|from) (?:he|she|him|her)\b|\balways "
        r"knows where i\b|\bthrows things\b|\bleave me on the street\b|\blocked me in\b",
        r"\b(?:take|taking) (?:the|my|our) (?:kids|children|baby|son|daughter)\b(?=[^.!?]*\b"
        r"(?:never|if i|away from me)\b)|\bcant (?:talk to|see) my (?:sister|brother|mom|dad|"
        r"family|friends) anymore\b[^.!?]*\b(?:he|she) (?:says|checks|wont)\b",
    )
)

# Harm words said in jest or about games; control by a boss is no partner abuse.
_JEST: Final = re.compile(
    r"\b(?:haha+|lol|lmao|jk|just kidding|chess|(?:playing|at|of) cards|a game|the printer|"
    r"this pizza)\b"
)
# Knocks from sport, play and accidents.
_ACCIDENT: Final = re.compile(
    r"\b(?:by accident|accidentally|playing|softball|baseball|volleyball|soccer|football|"
    r"hockey|a ball|the ball|at practice|in the game|rough ?housing|wrestling around)\b"
)
_ABOUT_WORK: Final = re.compile(r"\b(?:boss|manager|teacher|coach|supervisor|at work)\b")


def _said_in_jest(text: str, start: int, end: int, marker: re.Pattern[str] = _JEST) -> bool:
    """A jest marker (or another `marker`) in the same sentence as the cue."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    stops = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    return marker.search(text, left, min(stops, default=len(text))) is not None


_KINDS: Final = (("self_harm", _SELF_HARM), ("violence", _VIOLENCE), ("abuse", _ABUSE))
_LONGEST_QUOTE: Final = 140


def pattern_risk(partner: str) -> Risk | None:
    """The first crisis cue the phrase patterns find, quoting the partner's own words."""
    return _pattern_risk(normalize(partner))


def _pattern_risk(norm: Normalized) -> Risk | None:
    partner = norm.original
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
            if kind == "violence" and _said_in_jest(
                norm.text, match.start(), match.end(), _ACCIDENT
            ):
                continue
            o_start, o_end = norm.span(start, end)
            if o_end - o_start > _LONGEST_QUOTE:
                o_start, o_end = norm.span(match.start(), match.end())
            return Risk(kind, partner[o_start:o_end])
    return None


# Words that tend to carry a crisis, used only to point at the words behind a
# model-only detection (never to decide one). Over normalised text.
_CUE: Final = re.compile(
    r"\b(?:die|dies|died|dying|dead|death|deaths|funeral|grave|end|ends|ending|ended|kill\w*|"
    r"kms|suicid\w*|unalive|murder\w*|hurt\w*|harm\w*|pain|bleed\w*|bled|blood\w*|"
    r"cut|cuts|cutting|scars?|burn\w*|bruis\w*|marks|welts|stitches|hospital|hit|hits|"
    r"hitting|punch\w*|slap\w*|kick\w*|beat|beats|beating|beaten|shov\w*|push\w*|"
    r"grab\w*|chok\w*|strangl\w*|suffocat\w*|smother\w*|hands?|neck|throat|throw|threw|"
    r"thrown|smash\w*|slamm\w*|pinned|held me|dragg\w*|forced?|rap\w*|scared|afraid|"
    r"terrified|fear\w*|flinch\w*|threat\w*|gun|guns|knife|knives|blade|razor|rope|"
    r"belt|weapon|pills?|meds|medication|overdos\w*|insulin|bridge|jump\w*|ledge|edge|"
    r"railing|balcony|drown\w*|wall|crash\w*|leave|leaving|control\w*|money|paycheck|"
    r"allowance|phone|track\w*|permission|allowed|lets? me|keys|passport|locks?|locked|"
    r"trapped|isolat\w*|disappear\w*|vanish\w*|gone|burden|without me|better off|"
    r"worthless|goodbye|forever|permanently|anymore|alive|exist\w*|wake up|live|living|"
    r"life|plan|planned|tonight|last time|nobody|no one|out)\b"
)
# Everyday hyperbole that borrows crisis words (from the train hard negatives).
_HYPERBOLE: Final = re.compile(
    r"\b(?:(?:is|are|was|its|thats|be|been|keeps?|slowly) killing (?:me|my|us)|killing it|"
    r"killed (?:me|it)|kill (?:for|to have)|(?:could|would|gonna|going to) kill for|dying (?:to|"
    r"of|for|here|laughing)|died laughing|(?:to|could|would|id|i would|literally|honestly) die "
    r"for|could (?:just )?die|dead (?:tired|on my feet|serious|inside)|(?:phone|battery|laptop|"
    r"car|earbuds|plant|plants|party|it) (?:is |was |just )?(?:died|dead)|death of me|kill me "
    r"now|murder (?:a|this|that)|(?:is|was) murdering me|end me|(?:mom|moms|mum|dad|dads|"
    r"sister|sisters|brother|brothers|boss|bosses|manager|managers|teacher|coach|commute|job|"
    r"deadline|traffic|kids)(?: is| will| would|s)?(?: going to| gonna)? (?:literally |actually |"
    r"totally )?(?:kill|murder) (?:me|us)|(?:rather|nearly|almost) (?:die|died)|early "
    r"grave|die (?:of|from) (?:embarrassment|boredom|laughter|hunger)|kill(?:ed|ing)? (?:it|"
    r"this (?:exam|presentation|interview|test))|overdos\w* on (?:coffee|caffeine|sugar|candy|"
    r"chocolate|netflix)|(?:choking|drowning|suffocating) (?:on|in|under|at) (?:this|all|the|"
    r"work)|kicked me out)\b"
    r"|(?<!to )(?<!ll )(?<!will )\bshoot me\b(?=\s*[,.!]|\s*$)"
)
# A jest marker makes its whole sentence light-hearted ("kill me now lol").
_JEST_MARK: Final = re.compile(
    r"\b(?:haha+|lol|lmao|jk|just kidding)\b|[\U0001F602\U0001F480\U0001F923\U0001F629]"
)
HYPERBOLE_BAR: Final = 0.8  # model-only flag when hyperbole is the only cue: this sure
_LONGEST_MODEL_QUOTE: Final = 200
_CLAUSE_SPLIT: Final = re.compile(r"[,;:]|\s-+\s|\s(?:but|though|and then|so|because)\s")


def _hyperbole_spans(text: str) -> list[tuple[int, int]]:
    """Where the text is hyperbole: known phrases, and sentences with a jest marker."""
    spans = [m.span() for m in _HYPERBOLE.finditer(text)]
    for start, end in sentences(text):
        if _JEST_MARK.search(text, start, end):
            spans.append((start, end))
    return spans


def _cue_count(text: str, start: int, end: int, hyperbole: list[tuple[int, int]]) -> int:
    """Crisis cue words in text[start:end] that are not part of a hyperbole."""
    return sum(
        1
        for m in _CUE.finditer(text, start, end)
        if not any(a <= m.start() < b for a, b in hyperbole)
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in " ,;:-":
        end -= 1
    return start, end


def _candidates(text: str) -> list[tuple[int, int]]:
    """Each sentence of the text, and each clause of a sentence that has several."""
    spans: list[tuple[int, int]] = []
    for start, end in sentences(text):
        spans.append(_trim(text, start, end))
        left = start
        for cut in _CLAUSE_SPLIT.finditer(text, start, end):
            spans.append(_trim(text, left, cut.start()))
            left = cut.end()
        if left > start:
            spans.append(_trim(text, left, end))
    return [(a, b) for a, b in spans if b > a]


def model_quote(partner: str) -> str:
    """The words behind a model-only detection: the sentence or clause with the most
    crisis cue words (the shortest on a tie), else the message's first 200 characters."""
    norm = normalize(partner)
    hyperbole = _hyperbole_spans(norm.text)
    best: tuple[int, int] | None = None
    best_key = (0, 0)
    for start, end in _candidates(norm.text):
        key = (_cue_count(norm.text, start, end, hyperbole), -(end - start))
        if key[0] > 0 and key > best_key:
            best, best_key = (start, end), key
    if best is not None:
        o_start, o_end = norm.span(*best)
        if o_end - o_start <= _LONGEST_MODEL_QUOTE:
            return partner[o_start:o_end]
    whole = partner.strip()
    return whole[:_LONGEST_MODEL_QUOTE].rstrip() or partner


def _only_hyperbole(norm: Normalized) -> bool:
    """Hyperbole present, and no crisis cue word outside it."""
    hyperbole = _hyperbole_spans(norm.text)
    return bool(hyperbole) and _cue_count(norm.text, 0, len(norm.text), hyperbole) == 0


def model_risk(partner: str, signals: Signals) -> Risk | None:
    """A crisis by the learned risk head alone: sum(risk) at the model's operating
    point (at least HYPERBOLE_BAR when hyperbole is the only cue); kind by argmax."""
    if signals.risk is None or len(signals.risk) != len(RISK_KINDS):
        return None
    bar = signals.risk_threshold
    if _only_hyperbole(normalize(partner)):
        bar = max(bar, HYPERBOLE_BAR)
    if sum(signals.risk) < bar:
        return None
    kind = RISK_KINDS[max(range(len(RISK_KINDS)), key=signals.risk.__getitem__)]
    return Risk(kind, model_quote(partner))


def find_risk(partner: str, signals: Signals | None = None) -> Risk | None:
    """A crisis cue in the partner's message: a phrase pattern (its kind, its exact
    words) or else the learned risk head in `signals` when one ships."""
    found = pattern_risk(partner)
    if found is not None or signals is None:
        return found
    return model_risk(partner, signals)
