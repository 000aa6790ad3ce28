"""TRAIN10: a training batch of 240 labelled couple cases.

Written blind, from the label definitions only (case_markup.py, DATASHEET.md "Fields" and
"Label definitions", shared/spec/analysis.md); no earlier batch, product code, test or
benchmark was read.

Voices, 40 cases each (each voice sometimes writes the partner message, sometimes the
reply):
1. an Irish texter ("grand", "giving out", "sound", "the craic", "yer one", "mortified");
2. a South African English texter ("eish", "lekker", "now now", "shame", "ag", "gatvol");
3. a touring musician (gigs, vans, soundchecks, time away, merch money) and the partner at
   home;
4. a startup software engineer who talks like Slack ("+1", "ack", "blocker", "EOD",
   "ship it");
5. a remarried partner in their sixties (blended family, adult stepchildren, an ex,
   health checks, a late first spouse);
6. a parent of teenagers texting from the car pickup line (hurried, typos, autocorrect:
   "ducking", "patenting", "pick up lion").

Topics: work stress, layoffs and reviews, money and loans, in-laws and stepchildren, an
ex, chores and driving, health scares and tests, grief (parents, first spouse, pets),
parenting teenagers, friends and exclusion, jealousy, time apart on tour, homesickness,
the relationship itself, and good news (a job, a sold-out show, a shipped release, exams,
blood pressure).

Mix (exact counts):
- 240 cases; 80 without a block, 160 with blocks (135 with one, 25 with two: 185 spans).
- Without a block: warmth, naming the feeling, validation, curious questions, concrete
  offers of help, "do you want ideas or do you just want me to listen?"; 15 of them seek
  advice explicitly and get it kindly.
- Blocks: advice 23, minimizing 23, defensiveness 23, criticism 23, contempt 23,
  dismissal 23, self_focus 24, hostile_question 23.
- seeks="advice": 17 (the 15 above plus 2 where solicited advice comes with a criticism or
  contempt block).
- context: 15 cases (5 advice threads where the ask sits only in an earlier turn, 9
  empathy threads, 1 thread that opens with "i just need to vent" and so stays empathy
  although the last turn is a question, answered with an advice block).
- Texting: many lowercase replies without punctuation, "u"/"ur", typos, emoji, and replies
  sent as 2-4 short messages in a row ("\\n").

Hard cases, both ways:
- defensiveness that sounds reasonable ("I did say I'd probably be late though, I texted
  at 6", "there was a sev1, I told u before we left", "I was literally driving");
- self_focus that opens with "same" or "me too" and never comes back to the partner,
  against a brief shared story that does come back with a question (no block);
- dismissal by topic change after one warm word ("ah pet ❤️ did u get the milk btw",
  "Aw. Did you remember to put the bins out?");
- criticism framed as a question ("did u not do the checklist I made u?") or as "I'm just
  saying";
- hostile questions ("are u seriously counting my texts now?") against genuinely curious
  ones ("weird how?"), and "ack"/"+1" used warmly (no block) against a bare "ack 👍";
- advice hidden in "have you tried...?" when the partner only vented, against solicited
  advice given kindly.
"""

from typing import Any

from case_markup import c

TRAIN10: list[Any] = [
    # --- 1. Irish texter ---
    c("I'm after getting a letter from the bank about the mortgage and I'm in bits, honestly. "
      "couldn't even eat the dinner",
      "ah love. that's horrible, no wonder ur in bits\nwhat did the letter actually say? we'll "
      "go through it together tonight x", "EVX"),
    c("my mam said at the table that I've 'let myself go' since the baby. in front of everyone",
      "ah no. that's mortifying, and from yer own mam. you must have wanted the ground to "
      "swallow you. how are you feeling about it now?", "EIX"),
    c("the craic at work is gone since Aoife left. no one to have lunch with, I'm eating at my "
      "desk like a right eejit",
      "that sounds lonely tbh. she was ur person in there. do u miss her more than u thought u "
      "would?", "IX"),
    c("I GOT IT. the job. they rang me at lunch 😭😭",
      "STOP\nI'm so proud of u\nthat's massive\nhow did they tell u?? tell me everything", "EX"),
    c("I'm wrecked. Dad's results are back Friday and I can't stop thinking about it",
      "ah pet. the waiting is the worst part of it. do u want me to distract u or do u just want "
      "to talk about it?", "EIX"),
    c("ok I need your help. do I go to yer one's hen in Galway or not? money's tight and I "
      "barely know her. what would you do?",
      "that's a tough one, I get why ur torn. honestly? I'd give it a miss and send a card and a "
      "nice bottle. ye're not close and the money's real. if ur gonna feel guilty though, go for "
      "the saturday night only?", "V", seeks="advice"),
    c("what do I say to Ciarán about the loan? he still hasn't paid me back and I don't want to "
      "make it weird. give me words",
      "ugh that's awkward with a mate. maybe something like 'hey any chance of sorting that 200 "
      "this month? no stress, just need it for the car'. light but clear. want me to look at it "
      "before u send?", "I", seeks="advice"),
    c("like I'm not able for another one, honestly",
      "I don't blame u one bit after last year. I'd say tell her now, kindly, before she starts "
      "planning: we'll do stephen's day at hers instead and host the day ourselves. shorter "
      "visit, less giving out. want me to be there when u ring her?", "V", seeks="advice",
      context=["can I ask ur opinion on something",
               "should I tell my sister we're not doing christmas at hers this year? last year "
               "she was giving out the whole time"]),
    c("I can't stop crying in the car park",
      "oh love. I'm so sorry. he's your baby\nI'm leaving work now, stay where u are and I'll "
      "come get u ❤️", "EI",
      context=["the vet rang",
               "they think Biscuit has a lump on his liver"]),
    c("whatever. it's grand.",
      "it doesn't sound grand tbh. that would sting anyone, being laughed at by ur own mates. "
      "did u say anything back or did u just sit there with it?", "IVX",
      context=["met the lads for a pint after work",
               "Dec made a crack about me still renting at 34 and they all laughed"]),
    c("I froze in the interview. full on blank. they must think I'm a total eejit",
      "ah no, that's the worst feeling. I blanked on my own job title at a council interview "
      "once so I know that hot-face panic. what were they asking when it happened?", "EIX"),
    c("I know it's stupid to be jealous of my brother getting married but I am",
      "it's not stupid at all. you've wanted that for a long time, course it stirs stuff up. "
      "what part of it gets u the most?", "IVX"),
    c("yer one from upstairs was giving out to me about the bins again",
      "what did she say this time?? are u ok, u sound fed up", "IX"),
    c("mortified. I sent the meme about the boss to the boss.",
      "NOOO 😭\noh love\nare u ok?? what did he say", "EX"),
    c("I'm wrecked. the boss had me in til 8 redoing the whole deck",
      "[self_focus:same, I'm not able. Tadhg dumped the entire audit on me and went home at 4, "
      "I'm going straight to bed after this]", ""),
    c("you said you'd be home for the dinner and I sat there like an eejit til half 9",
      "[defensiveness:I did say I'd probably be late though, I texted at 6.]", ""),
    c("Sorcha didn't invite me to the 40th. everyone else from school is going",
      "[minimizing:ah sure you'd hardly have gone anyway, that crowd's not your scene. it's "
      "grand]", ""),
    c("I'm after crying the whole way home on the bus, the anniversary is always so hard",
      "ah pet ❤️ [dismissal:did u get the milk btw]", "E"),
    c("I'm so stressed about the presentation I can't sleep",
      "[contempt:oh here she is, the drama queen of Dublin 4 🙄] [minimizing:it's a powerpoint]",
      ""),
    c("we're broke again this month and I don't know how",
      "[criticism:I'm just saying, the takeaways every friday aren't helping]", ""),
    c("you didn't text me back all day and I was worried",
      "[hostile_question:are u seriously counting my texts now?]", ""),
    c("can't sleep again. 3am and I'm staring at the ceiling",
      "ah that's rotten. [advice:have u tried the magnesium stuff? and no phone in bed]", "E"),
    c("worst week ever, everything went wrong with the Henderson account",
      "[self_focus:worst week? my car got clamped, Noel was giving out to me all morning AND the "
      "dog ate my sandwich, so]", ""),
    c("I forgot your mam's birthday and she's raging with me now",
      "ah no. [criticism:would it not have been easier to just put it in ur phone like I said?]",
      "E"),
    c("yer one in accounts was giving out to me in front of the whole floor. mortified",
      "[advice:go to HR first thing tomorrow. don't let her away with it]", ""),
    c("I'm scared about the scan tomorrow. like properly scared",
      "[dismissal:grand. talk later]", ""),
    c("I saw the way you were laughing with yer one at the party and it hurt",
      "[contempt:ah lads. the jealousy olympics are back on 🙄]", ""),
    c("you made a joke about my weight in front of your brother and I was mortified",
      "[defensiveness:it was only a bit of craic, everyone was slagging everyone] "
      "[hostile_question:can u not take a joke anymore?]", ""),
    c("the smear came back abnormal, they want me in for a colposcopy",
      "[minimizing:ah sure that happens loads, don't be stressing, it'll be grand]", ""),
    c("I'm really missing home this week. I'd kill for a spice bag and my nan's kitchen",
      "[self_focus:me too, I haven't been home since march. I was looking at flights for the "
      "bank holiday actually, Ryanair has one for 40 quid, I might just go]", ""),
    c("I think I'm getting let go. they've pulled me off the big project",
      "[minimizing:ah ur overthinking it] [advice:just ask your manager straight out monday]", ""),
    c("Dad's not talking to me since the row",
      "[criticism:well u did call him a dinosaur in front of the whole family]", ""),
    c("I'm feeling really low today and I don't know why",
      "[hostile_question:what's wrong with u now?]", ""),
    c("I felt really alone at the wedding, you were off with the lads all night",
      "[defensiveness:sure I came back to check on u like three times]", ""),
    c("can we talk about the money thing tonight? it's been in my head all week",
      "[dismissal:not tonight, the match is on]", ""),
    c("I burnt the dinner again, I'm useless in the kitchen",
      "[contempt:lol gordon ramsay strikes again 🔥🔥] [criticism:maybe if u stayed off ur phone "
      "while ur cooking]", ""),
    c("got a brutal review from my manager, I'm gutted",
      "[self_focus:ugh that reminds me, I still have to do my own review form and it's due "
      "friday, I haven't even started]", ""),
    c("my back is in bits again after the drive",
      "ah no, poor you. [advice:u need to stop carrying the kids' bags and get a physio, "
      "seriously]", "E"),
    c("we didn't get the house. outbid by 5 grand. I'd already pictured the kids' rooms",
      "ah that's gutting. [minimizing:at least u won't be stuck with that tiny garden]", "E"),
    c("I feel like you don't fancy me anymore",
      "[contempt:oh god not this again 🙄🙄]", ""),
    # --- 2. South African English texter ---
    c("eish, my gran went into hospital again this morning. the doctors won't tell us anything",
      "shame my love 💛 that's so scary, not knowing. how's your mom holding up? and you?", "EIX"),
    c("the load shedding killed my whole day, lost all the work I hadn't saved and I'm just so "
      "gatvol",
      "ag no, that's so frustrating. anyone would be gatvol after that. u want to come work at "
      "mine tomorrow, we've got the inverter?", "EIV"),
    c("I passed my board exams!!!! 🎉",
      "WHAT\nlekker!!! I'm so proud of u\nwe're going out tonight, my treat", "E"),
    c("I'm so homesick. first winter in Leeds and it's grey grey grey",
      "shame babe. my first year in London I cried over a packet of Ouma rusks in Sainsbury's, "
      "so I get it. what do u miss most right now?", "EIX"),
    c("my boss is on my case again, I swear I'm going to lose it",
      "ugh that sounds exhausting. do u want ideas or do u just want me to listen? either is fine",
      "IX"),
    c("is it weird that I'm still sad about the dog? it's been 4 months",
      "not weird at all. he was family for 12 years. of course u still miss him", "IV"),
    c("ok help me. should I take the Joburg job or stay in Cape Town? I keep going back and "
      "forth, just tell me what u think",
      "eish big one. honestly I think stay. u love the team and the extra money gets eaten by "
      "the move. but I'll back u whatever u choose 💛", "E", seeks="advice"),
    c("what do I do about my brother asking for money again? I need a plan before he phones "
      "tonight",
      "ok one idea: tell him u can't do cash but u'll pay the taxi to the interview directly. "
      "keeps u kind but not his ATM. does that feel ok for u?", "X", seeks="advice"),
    c("I don't even know what I feel",
      "that's a lot to take in at once 💛 it makes sense u don't know yet. I'm here. want me to "
      "come home early?", "EIV",
      context=["so the specialist finally phoned",
               "it's endometriosis. stage 3"]),
    c("I feel so guilty even hesitating",
      "it's normal to feel torn, u love her and our flat is tiny. what if she stays for the "
      "recovery, like 6 weeks, and we look at the retirement village together after? then it's "
      "not a forever decision right now", "IV", seeks="advice",
      context=["can I ask ur advice about my mom",
               "she wants to move in with us after the hip op, what do u think we should do?"]),
    c("Thandi posted pics from the braai. I wasn't invited.",
      "oof. that hurts. sounds like u felt left out by ur own crew. did something happen between "
      "u two?", "EIX"),
    c("I'm so behind with the wedding admin, I'm drowning",
      "shame love. let me take the florist and the cake lady off ur plate, I'll phone them now "
      "now. u don't have to carry all of it yourself", "EI"),
    c("the session with the counsellor was intense today",
      "how are u feeling after? u don't have to tell me what was said, I just want to know how u "
      "are", "X"),
    c("Ma said something about my weight again at lunch",
      "ag no babe. that's so hurtful, especially from her. u ok? 💛", "EIX"),
    c("I need to talk to u about what happened at ur sister's",
      "[dismissal:ja ja now now, I'm busy]", ""),
    c("eish, traffic on the N1 was a nightmare, 2 hours, I'm finished",
      "[self_focus:same here, the M5 was standstill and then my car made that noise again, I'm "
      "telling u that clutch is going, I'm phoning the garage tomorrow]", ""),
    c("I didn't make the provincial team. I trained so hard",
      "ag shame. [minimizing:there's always next season hey, it's just hockey]", "E"),
    c("I feel like ur mom doesn't like me",
      "[contempt:lol eish here we go, poor little victim 🙄]", ""),
    c("my skin is so bad at the moment, I feel disgusting",
      "[advice:have u tried drinking more water? and maybe cut the sugar]", ""),
    c("u forgot to fetch me from the airport, I waited an hour",
      "[defensiveness:but u only sent the flight number this morning, I had a meeting]", ""),
    c("I'm so stressed about money this month",
      "[criticism:just saying, u did buy those new takkies last week]", ""),
    c("why didn't u say anything when ur friend made that joke about me?",
      "[hostile_question:what, must I fight everyone for u now?]", ""),
    c("I had a panic attack in the meeting today. I had to leave the room",
      "[minimizing:eish but u're fine now hey] [self_focus:I used to get those in varsity, "
      "remember? I was a mess that whole year, I nearly dropped out]", ""),
    c("I'm feeling so low since the miscarriage, I can't explain it",
      "💛 [dismissal:did u see the electricity bill came]", "E"),
    c("I locked my keys in the car again",
      "[criticism:again?? that's the third time this month, u never check ur pockets]", ""),
    c("I'm nervous about meeting ur dad on sunday",
      "[contempt:haha little nervous nelly 🤭] [minimizing:relax he's not the president]", ""),
    c("ag my landlord is ignoring me about the geyser again, I've had cold showers for a week",
      "eish a week of cold showers, that's brutal. [advice:just go to the rental tribunal, don't "
      "even bother phoning him anymore]", "E"),
    c("I don't feel like u're listening to me lately",
      "[hostile_question:what now? what did I do this time?]", ""),
    c("I'm exhausted, the baby was up 5 times last night",
      "[defensiveness:ja well I'm also tired, I've got work at 7]", ""),
    c("eish I'm so stressed about the move, there's boxes everywhere and nothing's packed",
      "[self_focus:me too! I still have to clear my desk at work and hand over to Pieter and I "
      "haven't even told my team yet, it's chaos]", ""),
    c("the biopsy came back benign but I'm still shaking",
      "[minimizing:but it's good news! nothing to shake about]", ""),
    c("I'm really hurt that u told ur friends about our fight",
      "[dismissal:can we not do this over whatsapp]", ""),
    c("my sister says I'm a bad aunt because I missed the party",
      "[criticism:well u did say u'd come and then bailed last minute, so]", ""),
    c("u laughed when I told everyone about my promotion and it made me feel small",
      "[defensiveness:I laughed because I was happy for u!] [contempt:jeez, such drama, "
      "everything's an attack with u]", ""),
    c("I can't stop thinking about the accident, I see it every time I close my eyes",
      "that sounds terrifying 💛 [advice:u should really see someone about it, my cousin's "
      "therapist is lekker]", "EI"),
    c("I cried at work today, I just couldn't anymore",
      "[hostile_question:at work?? who even does that]", ""),
    c("my therapist says I have an anxious attachment style",
      "[contempt:lol ok dr phil 🙄]", ""),
    c("my boss shouted at me in front of the client, I wanted to disappear",
      "[self_focus:pfft that's nothing, my manager threw a stapler last year, remember? I nearly "
      "quit]", ""),
    c("I feel like I'm the only one who cleans in this house",
      "[criticism:u're the one who wanted the white couch] [dismissal:anyway I'm off to gym]", ""),
    c("u didn't stand up for me when ur mom was going on about the wedding",
      "[defensiveness:that's not fair, I did say 'ma, enough']", ""),
    # --- 3. touring musician ---
    c("van broke down outside Leeds, we missed soundcheck and played to like 11 people. I feel "
      "like such a fraud",
      "oh babe, what a rough night 💔 missing soundcheck AND a half empty room, no wonder u feel "
      "flat. what was it like once u were actually up there?", "EVX"),
    c("I know the tour is important but the house is so quiet without you, I keep cooking for two",
      "that got me right in the chest. ur holding everything together at home on ur own and it "
      "sounds lonely as hell. I miss u so much. can I call u after the show, like properly call?",
      "EI"),
    c("WE SOLD OUT MANCHESTER. merch table got cleared out 😭😭",
      "WHAT!!!!\nbabe\nI'm literally screaming in the kitchen\nhow did it feel walking out to "
      "that??", "EX"),
    c("honest opinion: do I take the support slot in Germany? 3 weeks, barely covers costs, but "
      "it's a big act. I need someone outside the band to tell me",
      "I'd take it. the money's thin but that audience is the kind u can't buy, and u'll shift "
      "merch every night. only thing I'd ask is we book a weekend right after, just us. does "
      "that feel right to u?", "X", seeks="advice"),
    c("merch money is a mess and Jonno thinks he should get more bc he designed the shirts. I'm "
      "so sick of being the band mum",
      "ugh that sounds so draining, u always end up being the grown-up in that van. no wonder ur "
      "sick of it. did it turn into a row?", "IVX"),
    c("I feel like I'm letting everyone down just thinking it",
      "of course that feels heavy, u love those guys. but looking after ur family isn't letting "
      "anyone down. I think tell them now rather than in a month, so they've time to get a dep "
      "in. want help figuring out what to say?", "V", seeks="advice",
      context=["hey can I get ur take on something before we leave",
               "should I tell the band I want to skip the Australian leg? I can't do another 6 "
               "weeks away and mum's not well"]),
    c("I'm so tired of fighting for every penny",
      "that's so demoralising, after u played ur heart out. u sound completely done in. are u "
      "safe to sleep now or still driving?", "IX",
      context=["landed. 4 hours sleep in 3 days",
               "the promoter didn't pay us the door split, he says the numbers were off"]),
    c("I haven't had stage fright in years, I don't get it",
      "love. that sounds really scary, especially when it comes out of nowhere. I'm proud of u "
      "for playing anyway. what do u think stirred it up tonight?", "EIX",
      context=["just had a wobble in the green room",
               "like full on shaking hands"]),
    c("today was awful, the kids were feral, I burnt the dinner and you're in Glasgow",
      "ugh love, that sounds like the longest day. I'm sorry I'm not there. do u want me to just "
      "listen or do u want me to help sort tomorrow from here?", "EIX"),
    c("the label meeting was weird",
      "weird how? did they say something about the album?", "X"),
    c("I feel guilty every time I leave, even though this is my job",
      "that makes total sense. u love us and u love this, and they pull in different directions. "
      "I don't think the guilt means ur doing anything wrong", "IV"),
    c("the van smells like feet and I've had a headache since Bristol",
      "noooo my poor thing 😩 I'm getting a pharmacy delivery sent to the hotel, what's the "
      "address tonight?", "E"),
    c("what do I say to the drummer? he's been drunk at the last 3 soundchecks and I'm scared to "
      "bring it up",
      "that's a horrible spot to be in. maybe do it sober, just u two, tomorrow before load-in: "
      "'I'm worried about u, not angry'. lead with the care and the rest follows",
      "I", seeks="advice"),
    c("you missed our anniversary dinner for a gig you booked last week",
      "[defensiveness:it was a paid slot though, u know we need the money for the van]", ""),
    c("I'm so tired, work was chaos and the cat was sick on the bed",
      "[self_focus:same, I'm broken. drove 6 hours, soundcheck ran over, the sound guy was a "
      "nightmare and my voice is gone]", ""),
    c("only 20 people showed up tonight. I wanted to cry on stage",
      "[minimizing:20 is still 20! don't get down about it, it's one night]", ""),
    c("my voice is going again, third night in a row and I'm panicking",
      "[advice:have u tried honey and ginger? and stop talking between sets]", ""),
    c("I miss u so much on tour, it's so hard",
      "[contempt:yeah must be sooo hard partying in a different city every night 🙄]", ""),
    c("I'm skint again, merch barely covered petrol",
      "[criticism:I'm just saying, u did spend half the merch money on the new pedal]", ""),
    c("I need u to not be weird about me going for 8 weeks",
      "[hostile_question:weird? how exactly am I supposed to be about it?]", ""),
    c("I had the scan today and they want to do more tests",
      "ah ok. [dismissal:sorry gotta go, we're on in 5]", ""),
    c("I'm so lonely. I haven't talked to an adult all day",
      "[self_focus:try being in a van with 4 men for 3 weeks, I'd kill for an hour alone]", ""),
    c("I feel like I'm raising the kids by myself",
      "❤️ [dismissal:anyway u should have seen last night] [self_focus:the crowd knew every word, "
      "I signed like 40 shirts]", "E"),
    c("I forgot the in-ear packs in Brighton, we had to borrow",
      "[criticism:did u not do the checklist I made u?]", ""),
    c("the review called our album 'competent and forgettable' and I can't stop reading it",
      "[minimizing:it's one blog, nobody reads those] [advice:delete twitter and go to sleep]",
      ""),
    c("I think I'm burning out",
      "[contempt:lol rock star problems 🎸🙄]", ""),
    c("you didn't call last night. I waited up",
      "[hostile_question:do u have any idea what my day was like??]", ""),
    c("the bassist quit. 2 weeks before the tour. I'm so angry",
      "ugh that's awful timing. [advice:post on the session players group tonight, someone'll "
      "dep]", "E"),
    c("I felt like a single parent at the school play",
      "[defensiveness:I literally asked if they could move it, I tried]", ""),
    c("I'm missing home so bad tonight",
      "[self_focus:me too, this house is freezing, the boiler's acting up again and I had to "
      "ring Mark about the gutters and he never rang back]", ""),
    c("long night. feeling pretty low about everything",
      "[dismissal:k night]", ""),
    c("I'm struggling with u being away so much",
      "[criticism:u knew what u were signing up for when u married a drummer]", ""),
    c("I'm scared nobody will come to the hometown show",
      "[contempt:oh the tortured artist 🙄] [hostile_question:are u gonna be like this the whole "
      "tour?]", ""),
    c("my mum fell again, I'm so worried about her living on her own",
      "[advice:u need to get her one of those alarm pendants, like today]", ""),
    c("I bombed the solo in front of the label people",
      "[minimizing:nobody even noticed, honestly, stop obsessing]", ""),
    c("I think the band is falling apart",
      "[hostile_question:and whose fault would that be?]", ""),
    c("we need to talk about how often you're gone",
      "[dismissal:not now, I'm loading out] [criticism:u always pick the worst moments]", ""),
    c("the dog died this morning. I had to do it on my own",
      "oh no. [self_focus:I'm gutted. I can't believe I wasn't there, I'm going to be a wreck on "
      "stage tonight, I don't know how I'm going to sing]", "E"),
    c("u didn't even come to the london show and it was the biggest one",
      "[defensiveness:I had work the next day! not everyone can stay out til 3]", ""),
    c("we lost money on this leg. again.",
      "[criticism:maybe if u'd booked smaller rooms like I said]", ""),
    # --- 4. startup software engineer (Slack-speak) ---
    c("prod went down for 3 hrs, I was on call and the CEO was in the channel the whole time "
      "watching. I feel sick",
      "oh no, that sounds so stressful, having him watching while ur firefighting. are u off "
      "now? how are u feeling?", "EIX"),
    c("my dad's surgery got moved up to tomorrow and I'm freaking out",
      "ack, that's scary and so sudden ❤️ I'm blocking my calendar tomorrow, I'll drive u. what "
      "are u most worried about?", "EIX"),
    c("WE SHIPPED IT 🚀 v2 is live and no rollbacks",
      "LET'S GOOO\nso proud of u\nu've been grinding on this for months\nhow does it feel??",
      "EIX"),
    c("retro today was a bloodbath. PM blamed eng for the slip in front of everyone",
      "ugh, being blamed in front of the whole team is the worst. do u want ideas for handling "
      "it or do u just want to vent? both fine with me", "IX"),
    c("need a gut check. got an offer from a series B, 30% more, but I'd lose my equity here. "
      "should I take it? genuinely want ur opinion",
      "ok my honest take: take the call and ask them to match the equity in options. u've been "
      "unhappy there since the reorg and I think a fresh start would be good for u. it's ur call "
      "tho and I'm with u either way 💛", "EI", seeks="advice"),
    c("how do I tell my manager I'm burnt out without sounding like I can't hack it? pls help me "
      "word it",
      "that's a really hard convo to start. maybe: 'I want to flag that I'm running on empty and "
      "I'd like to talk about scope before it affects my work.' clear, not apologetic. want to "
      "practise on me tonight?", "I", seeks="advice"),
    c("idk I'm just so tired of being the one who always catches it",
      "that sounds exhausting, ur carrying the whole team's fires on ur own. it makes sense ur "
      "fed up. what would actually help tonight? food, quiet, me?", "IVX",
      context=["standup ran long again",
               "then the founder pinged me at 11pm about the migration"]),
    c("ugh I hate choosing",
      "totally fair, it's a rubbish clash. I think go to Lisbon, it's the one with ur "
      "skip-level, and my sister will understand if we take her to dinner the weekend after. "
      "I'll tell her, no stress", "V", seeks="advice",
      context=["ok question",
               "should I go to the offsite in Lisbon or skip it? it's the same week as ur "
               "sister's thing"]),
    c("my first code review at the new job got 47 comments 😭",
      "oof. my first PR at my old place got torn apart too, I went to the bathroom and stared at "
      "the wall for 10 min. it's such an exposed feeling. how are u doing with it?", "EIX"),
    c("I know it's silly but I was really hurt u didn't ask how my exam went",
      "it's not silly. I got sucked into the deploy and didn't ask, of course that hurt. how did "
      "it go? tell me everything", "VX"),
    c("on call this weekend AND the hackathon. I'm cooked",
      "ugh that's a brutal stack. I'll take the dog and the groceries both days so u only have "
      "to think about code. u don't have to do it all", "EI"),
    c("can we just get takeaway tonight? I've had the worst day with mum",
      "+1 to takeaway. and I'm sorry about ur mum, that sounds really draining. what happened?",
      "EIX"),
    c("got passed over for staff eng. again. they gave it to the guy who joined after me",
      "that's so demoralising. sounds like u feel invisible after everything u've built there. "
      "I'm sorry love", "EI"),
    c("I had a really hard session with my therapist, I talked about my dad for the first time",
      "[dismissal:ack 👍]", ""),
    c("work was so draining, my manager nitpicked everything",
      "[self_focus:same lol. spent 4 hrs on a flaky test that turned out to be a timezone bug, "
      "jira is down and I've got a blocker on the auth service nobody will review]", ""),
    c("I feel like my sister doesn't respect me",
      "[advice:have u tried just setting a boundary and escalating if she ignores it?]", ""),
    c("I pushed a bug to prod and it hit 2k users. I feel like a fraud",
      "[minimizing:lol everyone pushes bugs, it's literally nothing]", ""),
    c("u were on ur laptop the whole dinner with my parents",
      "[defensiveness:there was a sev1, I told u before we left I might have to jump on]", ""),
    c("I'm so behind on the sprint, I'll be working all weekend",
      "[criticism:didn't u say u'd stop overcommitting in planning?]", ""),
    c("the demo crashed in front of investors. I want to crawl into a hole",
      "[contempt:wow tragic, the tech bro had a bad demo 🙄]", ""),
    c("I need u to put ur phone down when I'm talking to u",
      "[hostile_question:why are u being so intense about this?]", ""),
    c("I feel really disconnected from u lately",
      "[dismissal:can we sync on this EOD?] [advice:maybe write down what's bugging u so we can "
      "be efficient about it]", ""),
    c("ugh, my manager moved my deadline up by a week",
      "[self_focus:mine moved the whole launch up a month and cut headcount, so]", ""),
    c("I'm anxious about the wedding speech, I've rewritten it 6 times",
      "[contempt:lmao v6 of a speech. just ship it, it's not a kernel patch 🙄] [minimizing:it's "
      "3 minutes, nobody's listening that hard]", ""),
    c("I think I'm going to get cut in the layoffs",
      "oh no ❤️ [dismissal:btw did u book the car service]", "E"),
    c("I'm so tired, I haven't slept properly in a week",
      "[criticism:just saying, u were on slack til 2am every night]", ""),
    c("my tech lead rewrote my whole PR without asking me. I'm so embarrassed",
      "ugh that's so deflating. [advice:u need to raise it in ur 1:1, don't let it slide]", "EI"),
    c("ur always working. I miss u",
      "[hostile_question:what do u want me to do, quit?]", ""),
    c("u forgot to pick up my prescription",
      "[defensiveness:it wasn't on the shared list, I only do what's on the list]", ""),
    c("the CTO didn't reply to my proposal. pretty sure he hated it",
      "[minimizing:ur overthinking it, he's just busy]", ""),
    c("I'm so stressed about the perf review",
      "[self_focus:me too, mine is thursday and I haven't even written my self-review, I'm gonna "
      "have to pull an all-nighter]", ""),
    c("I cried in the bathroom after the all-hands",
      "[contempt:omg 😂] [criticism:u get way too attached to that company]", ""),
    c("can we talk about whether we're moving to SF? it's been on my mind all week",
      "[dismissal:parking this for now, heads down on the release]", ""),
    c("impostor syndrome is hitting hard this week",
      "[advice:u should keep a brag doc, write down ur wins every friday]", ""),
    c("I'm sorry I've been distant, work is crushing me",
      "[hostile_question:and when is it not crushing u?]", ""),
    c("the PM changed the spec AGAIN. I hate this job",
      "[contempt:ok mr 'I hate my job' on 200k 🙄]", ""),
    c("I felt really alone when I was sick last week, u didn't check on me once",
      "[defensiveness:I was in back to back launches, I literally couldn't] [self_focus:and "
      "honestly I've been a wreck myself, my eye has been twitching for 2 weeks and I'm living "
      "on red bull]", ""),
    c("I froze when they asked me a system design q in the interview",
      "[criticism:u never actually prep, u just wing everything]", ""),
    c("got a mean comment on my open source repo and it's ruining my day",
      "[minimizing:it's one random on the internet, let it go]", ""),
    c("I don't think I'm cut out for this",
      "[dismissal:mm. what do u want for dinner]", ""),
    # --- 5. remarried partner in their sixties ---
    c("The cardiologist wants me back for another echo. I'm trying not to think the worst",
      "Oh love. That waiting is so hard, especially after last year. I'll come with you, I've "
      "already asked for the morning off. What's going through your head tonight?", "EIX"),
    c("Karen's kids still call me 'Dad's wife' after six years. I know it shouldn't sting but it "
      "does",
      "It makes sense that it stings, darling. You've been at every birthday and every hospital "
      "bed. You must feel like you're still on probation with them.", "IV"),
    c("My ex turned up at Emily's graduation with his new wife and I had to sit two seats away "
      "all afternoon",
      "What an afternoon to sit through. I can only imagine how tense you were, smiling for the "
      "photos. How are you feeling now it's over?", "EIX"),
    c("Blood pressure is down! The doctor was actually pleased with me 😊",
      "That's wonderful news!! 🎉 I'm so proud of you. How did it feel hearing her say it?", "EX"),
    c("I feel so out of place at Tom's family lunches. They all have their in-jokes from before "
      "I came along",
      "I felt exactly like that at your sister's for the first few years, laughing a second late "
      "at everything. It's a lonely feeling in a full room. Which bit gets to you most?", "IX"),
    c("Should I tell the kids about the biopsy now or wait for the results? I can't decide and "
      "I'd like your honest view",
      "My honest view: wait for the results, love. Then you can tell them facts rather than "
      "fears. But if keeping it in gets too heavy, we could tell Sarah, she's steady. Whatever "
      "you choose, I'll be right beside you.", "E", seeks="advice"),
    c("I just sat in the car for twenty minutes after",
      "Oh sweetheart. Of course you did, that's an enormous thing to hear. I'm so sorry. Do you "
      "want me to come over, or would you rather I call and just stay on the line?", "EIVX",
      context=["Got back from the memory clinic with Mum",
               "They said it's early Alzheimer's"]),
    c("I thought I was done with him",
      "You must be so tired of him reaching into your life like this. You built something new "
      "and he keeps knocking. It's completely understandable you're rattled. What did the letter "
      "say?", "IVX",
      context=["Richard's solicitor wrote again about the house",
               "after 11 years he still wants to reopen the settlement"]),
    c("I'm worn out just thinking about it",
      "I think two separate days, love. Your lot on the 25th, mine on Boxing Day, and I'll do "
      "the cooking for mine. It's a lot, and you shouldn't have to referee everyone at once.",
      "I", seeks="advice",
      context=["Can I ask your opinion on Christmas?",
               "Do we host both families together this year or do two separate days? I'd like "
               "you to decide"]),
    c("Had a bit of a moment at the grandkids' school play. My first wife used to love these.",
      "Oh, love. Those moments catch you sideways. Do you want to talk about her a bit, or would "
      "you rather I just sat with you?", "EIX"),
    c("Daniel rang. First time in two years.",
      "Goodness. How was it? How are you feeling about it?", "X"),
    c("My knee's so bad I couldn't manage the stairs at Joan's",
      "Oh poor you, that must have been painful and a bit frightening. I'll ring the surgery "
      "first thing and get you in, and I'll drive.", "EI"),
    c("I'm cross with myself for crying at the retirement do",
      "Oh love, you gave that school thirty years. Of course you cried, anyone would. I thought "
      "it was beautiful.", "EV"),
    c("You didn't tell me your ex would be at Lucy's wedding. I walked in and there she was",
      "[defensiveness:I only found out the week before, and I did mention the guest list was big]",
      ""),
    c("I feel like your children will never accept me",
      "[hostile_question:What more do you want them to do, call you Mum?]", ""),
    c("I've not been sleeping since the stent. I keep listening to my own heartbeat",
      "That sounds frightening. [advice:Have you tried the sleep app Margaret uses? And cut out "
      "the evening tea.]", "I"),
    c("The results say pre-diabetic. I'm scared I'll end up like my father",
      "[minimizing:Pre-diabetic is nothing these days, half the golf club has it]", ""),
    c("I felt invisible at Sunday lunch. Your daughter talked over me all afternoon",
      "[contempt:Oh, poor you, the wicked stepdaughter strikes again 🙄]", ""),
    c("I'm dreading the colonoscopy on Thursday",
      "[self_focus:Me too, mine's due in March and after what they found in Geoff I'm not "
      "sleeping either. I keep reading about it online]", ""),
    c("My son hasn't called since I remarried. It breaks my heart",
      "[dismissal:Mm. Are we still doing the garden centre tomorrow?]", ""),
    c("It would have been Helen's 70th today. I miss her, even now.",
      "Aw. [dismissal:Did you remember to put the bins out?]", "E"),
    c("It hurt when you took your ex's call at our anniversary dinner",
      "[defensiveness:It was about the grandchildren, I can't just ignore her] [criticism:and "
      "you've always been funny about her]", ""),
    c("I'd like us to spend Christmas just the two of us for once",
      "[hostile_question:And tell my kids what, exactly? That you don't want them?]", ""),
    c("I'm so sad about selling the old house. Forty years of memories",
      "[minimizing:It's just bricks, love. The memories come with you.]", ""),
    c("Your ex called me a homewrecker at the christening. In front of everyone.",
      "[advice:Just rise above it and don't give her the satisfaction]", ""),
    c("I feel like you put your kids before me every time",
      "[defensiveness:That's not true. I drove you to every one of your appointments this year]",
      ""),
    c("I'm worried about the hearing test, I don't want to be the old man with the beige thing "
      "in his ear",
      "[contempt:Ha! Bit late for vanity, isn't it? 👴]", ""),
    c("My back has been agony since the grandkids visited",
      "[self_focus:Try having my hip. I was up three times in the night and the physio says it's "
      "getting worse]", ""),
    c("Why didn't you back me up when Mark said I was only after your money?",
      "[defensiveness:I did have a word with him afterwards.] [hostile_question:What was I "
      "supposed to do, make a scene at his birthday?]", ""),
    c("I've put on a stone since the wedding and I feel awful about myself",
      "[criticism:Well, do you think the biscuits every night are helping?]", ""),
    c("I'd like to talk about what happens to the house if something happens to me. The kids "
      "keep asking",
      "[dismissal:Let's not get into that tonight, the film's starting]", ""),
    c("The mammogram letter came. They want me back for more pictures. I'm terrified.",
      "[minimizing:They call lots of women back, it's routine.] [advice:Don't go googling, just "
      "phone and book it.]", ""),
    c("You promised we'd see a financial adviser about the pensions and it's been a year",
      "[defensiveness:I've had two operations this year, in case you'd forgotten]", ""),
    c("I just feel like a spare part at your family things",
      "[contempt:Here comes the violin.] [hostile_question:Do you enjoy making everything about "
      "you?]", ""),
    c("I don't like the way your ex still rings you every week",
      "[hostile_question:Are you seriously jealous at 67?]", ""),
    c("What should I do about Jenny? She's asked to borrow money again for the flat. I need your "
      "view.",
      "I'd say no this time, love, and offer to sit down and do a budget with her instead. "
      "[criticism:Though if you'd said no the first time we wouldn't be here.]",
      "", seeks="advice"),
    c("I felt so lonely at the hospital today, waiting on my own for three hours",
      "[self_focus:I know, I had the most awful day too, the car failed its MOT and your son "
      "rang asking for money again]", ""),
    c("I can't keep up with all the grandchildren's birthdays, I feel like a bad step-grandma",
      "[contempt:Oh yes, your Grandma of the Year award is in the post 🙄]", ""),
    c("The doctor said the word 'frail' today. About me.",
      "Oh dear. [advice:You need to start doing those chair exercises every morning then.]", "E"),
    c("I'm nervous about meeting your kids properly this weekend",
      "[minimizing:Nothing to be nervous about, they're grown adults, not a firing squad]", ""),
    # --- 6. parent of teenagers in the car pickup line ---
    c("in pick up line. Maya got in and burst into tears, the girls left her out of the group "
      "chat again. i feel so helpless",
      "oh no, poor Maya 💔 and poor u, watching her hurt and not being able to fix it. is she "
      "talking to u or just crying?", "EIX"),
    c("my boss just told me the restructure is happening and my role is 'under review'",
      "oh love thats so scary\nin pick up lion sorry for typos\nim so sorry. call me in 10 when "
      "im parked?? want to hear everything", "EI"),
    c("JAKE GOT INTO THE ACADEMY 😭😭 he just ran out to the car screaming",
      "WHAT\nomg omg\nso proud of him\nand of u, all those 6am drives!! hows he feeling??", "EX"),
    c("sorry cant talk long, in the line, just feel like a failure as a mum today. yelled at "
      "Ellie over nothing",
      "ur not a failure love. it makes sense u snapped, uve been running on empty all week. want "
      "to talk it through tonight?", "IVX"),
    c("my mom's dementia is getting worse, she didn't know who I was on the phone",
      "oh no babe that must have been heartbraking\nsorry in the car lne\ni love u. how r u "
      "doing rn??", "EIX"),
    c("the school called AGAIN about Liam's phone in class. im so done",
      "ugh thats so wearing, again. do u want ideas or do u just need to get it off ur chest?",
      "IX"),
    c("Sophie said she hates me and slammed the car door. shes 14. i know its normal but it cut "
      "deep",
      "ugh. my mum says I said the exact same at 14 and it still made her cry in the kitchen. "
      "its allowed to hurt even when its 'normal'. how r u feeling now she's calmed down?", "IVX"),
    c("quick q in pickup line, Ava wants to go to a party where the parents r away. do i let "
      "her?? need ur honest opinion before she gets in the car",
      "honest opinion: no to that one, but offer her a sleepover at ours with 2 friends instead "
      "so she's not just hearing no. ur not being the mean mum, ur being the sensible one 💛",
      "E", seeks="advice"),
    c("and the insurance wont cover most of it",
      "oh babe. thats so much landing at once, worry about him AND the money. no wonder ur "
      "reeling. we'll figure it out together. hows he taking it?", "EIVX",
      context=["sitting in the car outside school",
               "just got a call from the orthodontist, Jack needs surgery on his jaw"]),
    c("im so ducking tired of being the taxi service. 4 pickups today and football at 7",
      "thats relentless. I'll do football tonight, u put ur feet up. uve been everywhere all week",
      "I"),
    c("had a weird convo w Noah in the car. he asked if we're getting divorced",
      "oh wow. that must have knocked u sideways. what made him ask? what did u say?", "IX"),
    c("I know ur stressed but I felt really ignored when u were on the phone the whole drive",
      "ur right, ur allowed to feel that. I was half in the car line and half on work calls and "
      "u got none of me. what do u need from me tonight?", "IVX"),
    c("first day dropping Ben at uni. drove home alone in silence. his seat is empty",
      "oh love. that empty seat must feel enormous. 13 years of school runs and suddenly it's "
      "quiet. I'm so sorry, I'm coming home early ❤️", "EI"),
    c("like what am i even supposed to do with that",
      "[advice:u should book a meeting with the teacher and ask for a plan, and take her phone "
      "at night]", "",
      context=["ugh i just need to vent for a sec ok",
               "Mia's teacher emailed again saying she's 'disengaged' and i feel like everyone's "
               "judging my patenting"]),
    c("u forgot to pick up Sam from practice, he waited 40 min in the rain",
      "[defensiveness:I did say this morning I might be late bc of the dentist thing]", ""),
    c("can u pls stop texting me from the pickup line, its not safe and it scares me",
      "[hostile_question:seriously?? r u the phone police now]", ""),
    c("im so burnt out, work is insane and i cant switch off",
      "[self_focus:same omg. 3 pickups, a permission slip i forgot and lily's retainer is lost "
      "AGAIN, im losing my mind]", ""),
    c("Tyler got caught vaping at school, im so ashamed",
      "[minimizing:lol every kid vapes now, its basically nothing]", ""),
    c("my dad's not doing well, hospice came today",
      "oh no ❤️ [dismissal:sorry can u grab milk on the way home, Ella needs it for school]", "E"),
    c("I think Lucy hates me. she wont even look at me in the car",
      "[minimizing:welcome to having a teenager lol] [contempt:stop being such a drama queen 🙄]",
      ""),
    c("Josh failed his maths test and he's devastated",
      "[criticism:did u actually check his homework this week like we agreed?]", ""),
    c("cant get Emma out of bed in the mornings, every day is a fight and im exhausted",
      "[advice:have u tried just taking her phone at 9?? works for my sister]", ""),
    c("I'm sorry I snapped at you earlier, the kids were fighting the whole way home",
      "[hostile_question:so its my fault ur kids fight?]", ""),
    c("i feel like i do all the driving and u never offer",
      "[defensiveness:i literally did 3 pickups today while u were at ur work thing]", ""),
    c("Ella told me she's been feeling really down and I didn't notice. what kind of mum am I",
      "[hostile_question:are u serious rn??] [criticism:maybe if u werent on ur phone every "
      "pickup]", ""),
    c("Chloe didnt make the team and cried the whole way home, my heart is breaking for her",
      "[self_focus:i got cut from every team i ever tried for, always last pick. i still think "
      "about it honestly, i was such a loser at school]", ""),
    c("Ugh. had to tell the kids about grandpa today. in the car. worst conversation of my life",
      "[dismissal:k. home soon?]", ""),
    c("I feel like Im failing all three of them",
      "[contempt:oh here we go, mother of the year pity party 🙄]", ""),
    c("my sister isnt speaking to me after the birthday thing",
      "[advice:just text her sorry and move on] [minimizing:lifes too short for this stuff]", ""),
    c("u promised u'd come to Ava's recital and u weren't there",
      "[defensiveness:I was stuck in pickup for Noah, I can't be in two places at once!]", ""),
    c("i just want one evening where nobody needs anything from me",
      "[hostile_question:whats that supposed to mean? am I included in nobody?]", ""),
    c("the kids were awful at dinner, im so embarrassed about how they behaved at ur parents",
      "[criticism:just sayin, they get it from somewhere 🤷]", ""),
    c("im so worried about Jake's grades, I lie awake",
      "[self_focus:me too tbh, I'm also stressing about the mortgage rate going up and my boss "
      "wants me in 4 days a week now]", ""),
    c("it hurt when u told the kids I was 'being dramatic' in the car",
      "[defensiveness:i was joking, they knew i was joking] [dismissal:can we not do this in the "
      "pick up line]", ""),
    c("i cried in the car after drop off, it's her last first day of school",
      "[contempt:omg ur pathetic 😂😂 crying in a honda]", ""),
    c("Ethan came out to me in the car today. I'm so proud of him but I'm scared for him too",
      "[hostile_question:why am I always the last to know anything in this family?]", ""),
    c("Im worried about Zoe, she's barely eating",
      "[self_focus:ugh i was like that at her age, i lived on diet coke and toast for a whole "
      "year, my mum never even noticed lol]", ""),
    c("Olivia's therapist says she has anxiety. im blaming myself",
      "[advice:u need to stop blaming urself and read that book I sent u] [dismissal:anyway "
      "whats for dinner]", ""),
    c("should I let Max quit piano? he hates it and we fight every week. need ur advice",
      "[contempt:lol the great piano war 🙄] let him quit honestly, its not worth the fights",
      "", seeks="advice"),
    c("u didn't reply all afternoon, i was worried something happened",
      "[defensiveness:i was literally driving all afternoon, i cant text and drive]", ""),
]
