"""Batch train12: 240 whole (partner message, reply) couple cases, for training.

Written blind, from the label definitions only (case_markup.py, the DATASHEET's "Fields"
and "Label definitions", shared/spec/analysis.md); no other batch, rule or model output
was looked at.

Voices, 40 cases each (a voice writes the partner's message in some cases and the reply
in others):
1. a Londoner with multicultural London slang ("innit", "bare", "peak", "allow it", "fam");
2. a Korean-American partner with some Korean words ("omo", "aigoo", "jagiya", "umma");
3. a stay-at-home dad (nap schedules, the school gate, feeling invisible, money guilt);
4. a Quebecois partner writing English with French words ("tabarnak", "mon chum",
   "c'est plate", "voyons");
5. a small-business owner (cafe, salon, bakery, tattoo shop: suppliers, staff no-shows,
   rent, slow days, reviews);
6. an older partner using voice-to-text (no punctuation, misheard words, "period" and
   "question mark" spelled out, run-on sentences).
Topics: work stress, in-laws and family, chores, money, health, parenting, friends,
intimacy, grief, jealousy, the relationship itself, good news and everyday updates.

Mix (final counts, as printed by check_batch.py):
- 240 cases; 75 without a block: 45 plainly empathic, 15 empathic replies that look like
  a block but are not, 15 where the partner asked for advice and gets it kindly.
- 165 with blocks, 30 of them with two different kinds; 195 block spans: advice 30,
  minimizing 30, self_focus 25, dismissal 25, defensiveness 25, contempt 25,
  criticism 20, hostile_question 15.
- seeks: advice 17 (the 15 above, plus two answered with contempt), empathy 223.
- 12 cases carry earlier partner turns (context); 6 carry needs, two of them with
  "advice" in needs and no ask in words, answered with unmarked advice.

Hard cases written on purpose:
- anger on the partner's behalf ("allow it, that's a madness. want me to ring him?",
  "who does that. honestly I'm mad for you"), offers and very short present replies
  ("omo. ok. i'm leaving work now", "coming right now don't move");
- blunt-sounding but curious questions ("wait why? not like 'why would you'");
- self-disclosure that hands the turn back ("I did that too ... how are you feeling");
- "voyons, hey" and "honestly? I never liked that sweater" before real attention;
- needs=["distraction"] answered with an outing (not a dismissal), needs=["advice"]
  answered with a suggestion (not a block);
- a sarcastic offer ("aigoo poor baby, want me to call your boss ...") is contempt;
- "I'm so jealous you got to hear it" on good news is playful, not self_focus;
- a hostile question with the spoken "question mark" of voice-to-text, and one in French
  ("c'est quoi ton probleme avec mes parents?");
- venting that only looks like a question ("why does this always happen to me",
  "pourquoi ca m'arrive toujours") stays seeks=empathy;
- indirect asks ("idk what to do", "thoughts?", "would u come with me", "help??",
  "what would you do, honestly", an ask that sits only in context).
"""
from typing import Any

from case_markup import c

TRAIN12: list[Any] = [
    # --- 1. a Londoner (MLE slang) ---
    # no block: plainly empathic
    c(
        "fam my manager pulled me up about my numbers in front of the whole team today. "
        "in front of everyone innit",
        "wait in front of everyone?? that's proper humiliating, I'm sorry babe. "
        "anyone would be fuming\nwhat did he actually say",
        "EIVX",
    ),
    c(
        "my mum's been on at me again about when we're getting married. "
        "every sunday dinner, bare questions",
        "ugh every single sunday? that sounds exhausting, like u can't even eat ur roast "
        "without getting interrogated. no wonder u dread going",
        "EIV",
    ),
    c(
        "I think I'm finally getting the hang of the new job. "
        "my lead said my report was the best one this quarter!!",
        "YESSS that's massive babe 🔥 told u you'd smash it\nhow did it feel hearing that",
        "EX",
    ),
    c(
        "i haven't heard from jordan in like three weeks. i think the friendship's just... done",
        "aw man that's long, three weeks of nothing after how close u lot were. "
        "must feel bare lonely\nu wanna talk about what happened?",
        "EIX",
    ),
    c(
        "it's a year today since grandad passed. woke up and just felt heavy innit",
        "oh love. a year already. course it's heavy today, he was everything to u ❤️ "
        "I'm here. we can go down the cemetery later or just stay in, whatever u need",
        "EIV",
    ),
    c(
        "doctor wants to do more tests on my heart thing. they said it's probably nothing but",
        "the 'but' is doing a lot there innit. waiting is the worst part, course ur scared. "
        "I'm coming with u to the next one, no debate\nhow u feeling right now",
        "EIVX",
    ),
    c(
        "why is ur ex still liking all ur pics fam. it's lowkey getting to me",
        "that's fair to be bothered by, I'd feel weird too if it was the other way round. "
        "what is it about it that gets to u most?",
        "VX",
    ),
    c(
        "i feel like we barely see each other anymore. we're just flatmates who share a bed",
        "oof. that hurts to hear but u ain't wrong, we've both been ships in the night. "
        "u feel like u lost me a bit yeah? I miss u too",
        "EIV",
    ),
    # no block: looks like a block but is not
    c(
        "some guy on the bus just called me a slur and nobody said anything",
        "you're joking. WHO. what bus was it, I swear down I'm ready to ride out 😤\n"
        "are u ok?? where are u now",
        "EX",
    ),
    c(
        "landlord's saying he's keeping the whole deposit for 'wear and tear'",
        "allow it, that's a madness. want me to ring him? I'll do it, I'm not scared of that man. "
        "and I'm sorry, I know u was counting on that money for the move",
        "EI",
    ),
    # no block: asked for advice, given kindly
    c(
        "bro my cousin wants to borrow 500 again and he never paid back the last one. "
        "idk what to do",
        "ugh that's an awkward spot, he's family innit. honestly I'd say no this time but kindly, "
        "like 'I can't right now'. want me to be there when u tell him?",
        "EI",
        seeks="advice",
    ),
    c(
        "should I go to the team drinks friday or is it fine to skip? "
        "everyone's going but I'm so drained",
        "u sound proper drained tbh. I reckon show ur face for one drink then dip, "
        "best of both. but if u can't be bothered that's allowed too",
        "I",
        seeks="advice",
    ),
    c(
        "she's got a 1 to 1 with me on thursday",
        "do it thursday then. go in with the numbers from the campaign, that's ur receipts. "
        "u deserve it fr, I know how much you've carried that team",
        "I",
        seeks="advice",
        context=["thinking of asking for a raise, what would u say to her"],
    ),
    # blocks
    c(
        "work's been killing me, my shift got doubled again and I'm running on 4 hours sleep",
        "[advice:just tell them u can't do it fam, they can't force u]",
        "",
    ),
    c(
        "my sister's moved back in with mum and now it's all drama every time I go round innit",
        "sounds stressful. [advice:maybe u could just go round less for a bit, "
        "let them sort themselves out]",
        "I",
    ),
    c(
        "I put on like a stone since christmas and none of my jeans fit. feel disgusting",
        "[advice:have u tried that couch to 5k app? bare people swear by it]",
        "",
    ),
    c(
        "the kids at the school where i work were proper disrespectful today, "
        "one of them threw a chair. i'm shook still",
        "omg that's scary. [advice:next time u need to get security in straight away, "
        "don't try handle it yourself]",
        "E",
    ),
    c(
        "i got rejected from the flat, the landlord picked someone else",
        "[minimizing:ah it's calm, there's bare flats out there innit]",
        "",
    ),
    c(
        "my nan's gone hospital again, they think it's another stroke",
        "oh no I'm so sorry. [minimizing:at least she's in the right place now, they'll sort her]",
        "E",
    ),
    c(
        "i keep thinking everyone at work thinks i'm useless",
        "[minimizing:u're overthinking it fam, nobody's thinking about u like that]",
        "",
    ),
    c(
        "today was so rough, the client screamed at me down the phone for 20 mins",
        "[self_focus:that's nothing, my gaffer had me doing stock till 11 last night, "
        "my back is in bits]",
        "",
    ),
    c(
        "PASSED MY DRIVING TEST!!! first time!!!",
        "nice. [self_focus:took me three goes to pass mine, the examiner was a proper wasteman. "
        "still remember failing on the roundabout, mad day]",
        "",
    ),
    c(
        "i miss my dad so much today. it's his birthday",
        "[self_focus:I've been thinking about my uncle bare lately as well, "
        "it's been peak for me, I don't even talk about it]",
        "",
    ),
    c(
        "babe can we talk about the rent thing, I'm stressed about it",
        "[dismissal:not now fam, I'm watching the match]",
        "",
    ),
    c(
        "I feel like ur friends don't like me. they barely spoke to me at the party, "
        "I was stood there like a spare part the whole night and then on the way home "
        "u didn't even notice I was quiet",
        "[dismissal:👍]",
        "",
    ),
    c(
        "my therapist said something today that really stuck with me, "
        "about how I never let myself rest",
        "[dismissal:mm. anyway wagwan for food tonight, u want chicken shop?]",
        "",
    ),
    c(
        "u said u'd be back by 8 and u rolled in at 11 without even a text. I was worried sick",
        "[defensiveness:my phone died innit, it's not like I did it on purpose]",
        "",
    ),
    c(
        "you didn't even say hi to my parents properly on sunday, it was so awkward",
        "[defensiveness:I did say hi tho?? that's not what happened]",
        "",
    ),
    c(
        "i'm tired of always being the one to clean the kitchen fam",
        "[defensiveness:and who took the bins out all week? I had a long week too u know]",
        "",
    ),
    c(
        "i think i want to go back to uni and retrain as a nurse",
        "[contempt:lool u? a nurse? u faint when u see blood fam 😂]",
        "",
    ),
    c(
        "need to pick a present for ur mum's 60th, what would she actually like??",
        "[contempt:wow look at u actually trying for once, mark the calendar]",
        "",
        seeks="advice",
    ),
    c(
        "I cried in the toilets at work again today",
        "[contempt:here we go, the waterworks again 🙄]",
        "",
    ),
    c(
        "got a parking ticket AGAIN, 70 quid. why does this always happen to me",
        "[criticism:u never check the signs tho, that's on u]",
        "",
    ),
    c(
        "I didn't get picked for the five-a-side team this season, gutted",
        "[criticism:if u'd actually come to training instead of lying in u would've been picked]",
        "",
    ),
    c(
        "i'm upset u told ur mates about our argument",
        "[hostile_question:why is everything such a big deal with u?]",
        "",
    ),
    c(
        "my boss said my presentation was 'fine'. just fine. after two weeks of work on it",
        "[minimizing:fine is good tho innit, stop reading into it.] "
        "[advice:just ask him for proper feedback]",
        "",
    ),
    c(
        "feel like I'm failing at everything lately. work, gym, being a good friend. "
        "it's just a lot",
        "[self_focus:mad, I've been feeling that too, gym's been long for me "
        "since I did my knee.] "
        "[dismissal:anyway u seen the new series on netflix?]",
        "",
    ),
    c(
        "and now everywhere is fully booked. great",
        "[defensiveness:I was busy at work fam, I can't do everything.] "
        "[criticism:u always leave stuff to the last minute and then blame me]",
        "",
        context=["I asked you three times to book the table for my birthday"],
    ),
    c(
        "i'm nervous about meeting ur family next week, what if they don't like me",
        "[contempt:omg the drama 😂] [hostile_question:why do u make everything about u?]",
        "",
    ),
    c(
        "i messed up at work, sent an email to the wrong client with all the prices in it. "
        "i'm panicking",
        "[minimizing:everyone does that, it's not deep.] "
        "[criticism:u should've double checked tho, u rush everything]",
        "",
        needs=["reassurance"],
    ),
    # --- 2. a Korean-American partner ---
    # no block: plainly empathic
    c(
        "umma called again asking why we haven't visited. "
        "she made me feel like the worst daughter ever 😞",
        "aigoo jagiya 😢 she knows exactly where to hit huh. you're not a bad daughter, "
        "you call her like every day. that guilt trip must feel so heavy",
        "EIV",
    ),
    c(
        "i didn't get the promotion. they gave it to the guy who started after me",
        "omo... i'm so sorry. after everything you put into that team?? that's so unfair, "
        "no wonder you're crushed\ndo you want to talk about it or just eat something greasy "
        "with me",
        "EIVX",
    ),
    c(
        "halmeoni's funeral is next week and i keep forgetting she's gone. "
        "like i reach for my phone to call her",
        "oh love. the reaching for the phone thing... that's grief catching you off guard. "
        "of course it keeps happening, she was part of your every day. i'm right here ❤️",
        "EIV",
    ),
    c(
        "i got my first paycheck from the new job!! it's actually real money lol",
        "omo omo omo!!! jagiya that's huge 🎉 so proud of you\n"
        "how does it feel seeing that number",
        "EX",
    ),
    c(
        "i had a panic attack on the subway today. first one in like two years",
        "oh no, babe. that must've been so scary, especially after so long without one. "
        "are you okay now? where are you?",
        "EIX",
    ),
    c(
        "my friends all went to jeju without me. saw it on insta",
        "ugh that stings so bad. seeing it on insta instead of being asked is the worst way "
        "to find out. you feel left out and kinda blindsided huh",
        "EI",
    ),
    c(
        "i feel like we only talk about logistics now. bills, groceries, your mom's visit. "
        "when did we stop being us",
        "that lands. you're right, it's been all to-do lists lately and i miss us too. "
        "what do you miss most?",
        "EIVX",
    ),
    # no block: looks like a block but is not
    c(
        "my manager said my accent makes me 'hard to understand on calls'",
        "excuse me?? he said WHAT. that's so messed up, i'm actually furious for you. "
        "are you okay? do you want help writing to HR",
        "EX",
    ),
    c(
        "i think i'm going to quit piano lessons. i'm so bad at it and i'm 34",
        "wait why? not like 'why would you', like what's making it feel bad lately? "
        "you were so into it in the spring",
        "X",
    ),
    c(
        "my mom just told me she has a lump and she's getting it checked tuesday",
        "omo. ok. i'm leaving work now, coming home",
        "E",
    ),
    # no block: asked for advice, given kindly
    c(
        "jagiya do you think i should tell umma about the job switch now or after chuseok? "
        "she's gonna freak either way",
        "ugh she's gonna freak regardless, you're right lol. i'd wait till after chuseok, "
        "let everyone enjoy the holiday, then we tell her together?",
        "V",
        seeks="advice",
    ),
    c(
        "would u come with me to the dermatologist? or is that weird. "
        "i'm kinda scared about this mole",
        "not weird at all, of course i'll come. it makes sense you're scared. "
        "maybe write down when it changed so you can tell them everything",
        "EV",
        seeks="advice",
    ),
    # blocks
    c(
        "my coworker keeps taking credit for my ideas in meetings",
        "[advice:you need to email your boss a summary after every meeting "
        "so there's a paper trail]",
        "",
    ),
    c(
        "i can't sleep again, it's 3am and my brain won't shut up about the exam",
        "[advice:put your phone away and try some melatonin]",
        "",
    ),
    c(
        "your mom commented on my cooking again in front of everyone",
        "aigoo sorry babe. [advice:next time maybe you could make the kimchi jjigae with her "
        "so she feels included]",
        "E",
    ),
    c(
        "i feel so disconnected from my korean side. i can barely talk to my grandma",
        "[advice:have you tried duolingo? or a class on weekends?]",
        "",
    ),
    c(
        "my best friend is moving to seattle next month",
        "[minimizing:that's not that far lol, you can facetime]",
        "",
    ),
    c(
        "the vet said mochi's kidneys are failing. she's only 9",
        "oh no. [minimizing:well she had a good life though]",
        "E",
    ),
    c(
        "i'm so embarrassed, i called my boss 'umma' on the zoom",
        "[minimizing:lol nobody will even remember that tomorrow, stop worrying]",
        "",
    ),
    c(
        "today was awful, a patient yelled at me and then my charge nurse blamed me for it",
        "[self_focus:omg same, my whole day was a mess, the printer broke and my boss "
        "made me redo the deck twice]",
        "",
    ),
    c(
        "i'm nervous about my first therapy session tomorrow",
        "[self_focus:oh i remember my first one, i cried the whole time and my therapist "
        "was so awkward. honestly i should go back, i've been so stressed with my own stuff]",
        "",
    ),
    c(
        "i got into the grad program!!!",
        "nice!! [self_focus:that reminds me i need to figure out my own 5 year plan, "
        "i feel so behind]",
        "",
    ),
    c(
        "i feel like you care more about your phone than about me tonight",
        "[dismissal:can we not do this now]",
        "",
    ),
    c(
        "i keep thinking about the miscarriage. "
        "i know it was a year ago but it still hits me some nights",
        "[dismissal:did you pay the electric bill btw?]",
        "",
    ),
    c(
        "i feel so lonely here. i don't have a single friend in this city yet",
        "[dismissal:ok]",
        "",
    ),
    c(
        "you laughed when your friend made that joke about my eyes. that really hurt",
        "[defensiveness:i laughed at everything that night, it wasn't about you]",
        "",
    ),
    c(
        "you forgot to pick up the kids today. the school called me at work",
        "[defensiveness:you never told me it was my day! how was i supposed to know]",
        "",
    ),
    c(
        "i wish you'd stand up for me when umma criticizes me",
        "[defensiveness:i DO stand up for you, you just don't see it]",
        "",
    ),
    c(
        "i've decided i'm gonna start my own kimbap business",
        "[contempt:lol ok ceo 🙄]",
        "",
    ),
    c(
        "i'm scared to drive on the highway, my hands literally shake",
        "[contempt:omo the big scary highway. you're a grown woman jagiya]",
        "",
    ),
    c(
        "i feel like nobody at work respects me",
        "[contempt:aigoo poor baby, want me to call your boss and tell him to be nice to you?]",
        "",
    ),
    c(
        "i'm so broke this month, i don't know how i'm paying my card",
        "[criticism:you literally bought three skincare sets last week]",
        "",
    ),
    c(
        "i think my sister's mad at me and she won't say why",
        "[criticism:you probably said something again, you're always so blunt with her]",
        "",
    ),
    c(
        "i can't believe you told your mom we're thinking about kids before we even decided",
        "[hostile_question:seriously? you're really mad about that?]",
        "",
    ),
    c(
        "i need you to actually be home for dinner this week, i feel like a single parent",
        "[hostile_question:what do you want me to do, quit my job?]",
        "",
    ),
    c(
        "and today she said it at the dinner table in front of my brothers. "
        "i wanted to disappear",
        "[criticism:you should've said something to her right then instead of staying quiet.] "
        "[advice:call her tonight and tell her to stop]",
        "",
        context=["my umma keeps sending me articles about freezing my eggs"],
    ),
    c(
        "my back's been hurting for weeks and now i can barely lift the baby",
        "[minimizing:it's probably just stress, don't worry about it.] "
        "[self_focus:my back's been killing me too, i think it's my desk chair]",
        "",
    ),
    c(
        "you said you'd come to my recital and you left at intermission",
        "[defensiveness:i had a work call, i told you that might happen!] "
        "[hostile_question:why are you making this into a whole thing?]",
        "",
    ),
    c(
        "jagiya can we talk now? i've been waiting all day",
        "[contempt:omg the Big Talk again 🙄] [dismissal:i'm going to bed]",
        "",
        context=["i think i want to bring up the kids thing with you tonight"],
    ),
    c(
        "it really hurt that you didn't notice i cut my hair. "
        "i know it's small but it made me feel invisible",
        "[minimizing:it's just hair babe.] "
        "[defensiveness:and i've had a crazy week, you can't expect me to notice everything]",
        "",
        needs=["listen"],
    ),
    # --- 3. a stay-at-home dad ---
    # no block: plainly empathic
    c(
        "nap schedule is completely shot. she fought it for 90 mins and then slept 20. "
        "I haven't sat down since 6am",
        "oh babe that's brutal. 90 minutes of fighting sleep is exhausting for both of you. "
        "have you even eaten yet?",
        "EIX",
    ),
    c(
        "at pickup the moms all talk to each other and kind of look through me. "
        "I know it's dumb but it gets to me",
        "it's not dumb at all. standing there every day and being treated like you're invisible "
        "would get to anyone. that sounds really lonely",
        "IV",
    ),
    c(
        "felt weird buying myself a coffee with 'your' money today. "
        "like I have to justify a $5 latte",
        "oh love, it's ours, not mine. but I hear you, it must feel strange not bringing a "
        "paycheck in after so many years. what's been making it feel like that?",
        "EIX",
    ),
    c(
        "dad's surgery went okay but he looked so small in that bed",
        "oh hon. seeing your dad like that is so hard, he's always been the big strong one. "
        "I've got the kids all evening, stay at the hospital as long as you need\n"
        "how are you doing?",
        "EIX",
    ),
    c(
        "theo said his first full sentence today!!! 'daddy more banana please'",
        "STOP 😭😭 that's the best sentence ever. I'm so jealous you got to hear it. "
        "you must be beaming",
        "EI",
    ),
    c(
        "had a bit of a low day. love the kids but some days I miss having adults to talk to "
        "and a reason to shave lol",
        "that makes total sense, you gave up a whole world of colleagues and adult convo. "
        "the 'lol' isn't fooling me, sounds like today was heavy. "
        "want me to take bedtime so you can call your brother?",
        "EIV",
    ),
    c(
        "it's been two years since we lost the pregnancy. I still count how old they'd be",
        "oh love ❤️ of course you do. I think about it too. thank you for telling me, "
        "you don't have to carry that one alone",
        "EIV",
    ),
    c(
        "your mom asked me again when I'm 'going back to real work'. in front of the kids",
        "ugh, I'm sorry. that's so hurtful, like what you do all day doesn't count. "
        "it counts. do you want me to talk to her?",
        "EIV",
    ),
    # no block: looks like a block but is not
    c(
        "potty training is a disaster. third accident today and she just laughs at me",
        "oh no, three?? and the laughing on top 😩 you've been so patient with her. "
        "maybe try the timer thing your sister did, every 30 mins, no asking?",
        "EI",
        needs=["advice", "listen"],
    ),
    c(
        "I shrank your good sweater. I'm so sorry, I feel like I can't do anything right lately",
        "honestly? I never liked that sweater lol. but hey, "
        "what's going on that you feel like you can't do anything right?",
        "X",
    ),
    c(
        "the school nurse just called, finn fell off the climbing frame "
        "and they think his arm's broken",
        "oh no. leaving now, meet you at the ER",
        "E",
    ),
    # no block: asked for advice, given kindly
    c(
        "do we sign her up for the montessori or keep her home one more year? thoughts?",
        "big decision, and I know you've been going back and forth all week. "
        "honestly I lean montessori, she's so ready for other kids, and you'd get a few "
        "mornings back. but I'll go with your gut, you know her days better than me",
        "I",
        seeks="advice",
    ),
    c(
        "like when would I even do it. nap time is already laundry time",
        "I love that you want this. what if I take the kids saturday mornings and those hours "
        "are yours, locked in? laundry can wait, it's not going anywhere 😅",
        "E",
        seeks="advice",
        context=[
            "I want to start freelancing again a few hours a week "
            "but I don't know how to fit it in",
        ],
    ),
    # blocks
    c(
        "some days I feel like I'm losing myself. I used to be someone at work",
        "[advice:you should join one of those dads' groups, get out of the house more]",
        "",
    ),
    c(
        "I'm dreading the performance review tomorrow",
        "[advice:just write down three wins tonight and lead with them]",
        "",
    ),
    c(
        "I snapped at lily today and she cried. I feel like the worst dad",
        "[advice:maybe you could try counting to ten before you react]",
        "",
    ),
    c(
        "money's tight and I hate that I'm not contributing anything",
        "[advice:I would look at doing some deliveries in the evenings, that'd help]",
        "",
    ),
    c(
        "the other dad at swim said 'must be nice to have the day off' and I wanted to scream",
        "[minimizing:he was just making conversation, don't let it get to you]",
        "",
    ),
    c(
        "I haven't had a full night's sleep in 14 months. I'm cracking",
        "[minimizing:it's just a phase, it'll pass before you know it]",
        "",
    ),
    c(
        "I think I'm getting passed over because I'm the only woman on the team",
        "hmm. [minimizing:everything happens for a reason, maybe it wasn't meant to be]",
        "",
    ),
    c(
        "my flight got cancelled, I'm stuck in denver overnight. I just want to be home",
        "[self_focus:you're stuck in a hotel? I'd kill for a hotel. I've had both kids "
        "screaming since 4 and no one to hand them to]",
        "",
    ),
    c(
        "I got the grant!!! the big one!!",
        "amazing. [self_focus:wish I had something like that, I can't even remember the last "
        "time anyone said I did good at anything]",
        "",
    ),
    c(
        "work was a nightmare, the client pulled the whole contract",
        "[self_focus:oh man, let me tell you about MY day, the baby blew out two onesies "
        "and the dog ate a crayon]",
        "",
    ),
    c(
        "I need to tell you something that's been bothering me about how we split money",
        "[dismissal:can we talk later, she's finally asleep and I just want to sit]",
        "",
    ),
    c(
        "I don't know, I just feel like nobody sees what I do all day. the house is clean, "
        "the kids are fed, and nobody notices unless something's missing. "
        "and then at dinner your dad asks what I 'did all day'",
        "[dismissal:👍]",
        "",
    ),
    c(
        "found a grey hair in my beard today and had a bit of an existential moment lol",
        "[dismissal:lol anyway what's for dinner]",
        "",
    ),
    c(
        "you walked in and the first thing you said was 'why is it such a mess in here'",
        "[defensiveness:I was just asking! I didn't mean anything by it]",
        "",
    ),
    c(
        "it hurts that you never ask about my day",
        "[defensiveness:that's not true, I asked you on tuesday]",
        "",
    ),
    c(
        "you spent 200 on the kids' party stuff without checking with me",
        "[defensiveness:I'm the one who's home with them all day, I know what they need]",
        "",
    ),
    c(
        "I'm thinking of starting a little blog about being a stay at home dad",
        "[contempt:oh god, a daddy blogger 🙄]",
        "",
    ),
    c(
        "I'm so tired. like bone tired",
        "[contempt:tired from what, peppa pig marathons? 😂]",
        "",
    ),
    c(
        "the baby's got another ear infection, third one this winter",
        "[criticism:you keep taking her to that germy play gym, what did you expect]",
        "",
    ),
    c(
        "we're overdrawn again. I feel sick about it",
        "[criticism:you're the one doing all the online orders]",
        "",
    ),
    c(
        "I need one evening a week that's just mine",
        "[hostile_question:what would you even do with it?]",
        "",
    ),
    c(
        "I'm upset you let the kids have screens all afternoon again",
        "[hostile_question:oh so now you're checking up on me?]",
        "",
    ),
    c(
        "the school gate moms made a whatsapp group and didn't add me",
        "[minimizing:it's probably nothing personal.] [advice:just ask one of them to add you]",
        "",
    ),
    c(
        "like I'm the help or something",
        "[defensiveness:that's not fair, I've never said that.] "
        "[self_focus:and honestly I'm the one carrying all the pressure of being the only income, "
        "nobody asks how I feel about that]",
        "",
        context=["I feel like since I stopped working you see me differently"],
    ),
    c(
        "dinner's late, sorry, the twins were a nightmare today",
        "[contempt:shocker.] [criticism:you always let them run wild and then wonder why]",
        "",
    ),
    c(
        "can I talk to you about something? I've been feeling really down",
        "[hostile_question:is this gonna take long?] [dismissal:I've got calls till 7]",
        "",
    ),
    c(
        "I cried in the car after drop off today. first day of kindergarten",
        "[contempt:aww did daddy need a tissue 😂] "
        "[minimizing:she's going to school, not the army]",
        "",
    ),
    # --- 4. a Quebecois partner ---
    # no block: plainly empathic
    c(
        "tabarnak. my boss moved the deadline up a week. c'est plate, "
        "i had plans with my parents in gaspé",
        "ugh, the gaspé trip?? you've been counting down for weeks. of course you're pissed. "
        "do they even know you had that booked?",
        "EIVX",
    ),
    c(
        "I had to put my dog down this morning",
        "oh mon amour. je suis tellement désolé. I know how much she was your little shadow. "
        "I'm coming over, you shouldn't be alone tonight",
        "EI",
    ),
    c(
        "ma mère keeps calling you 'ton ami' like we haven't been together 6 years. "
        "it makes me feel like she'll never accept us",
        "yeah it stings every time, and I know it's worse for you, it's your mom. "
        "six years and still 'ton ami'... you must feel like you're always waiting for her "
        "to come around. how did it feel tonight?",
        "EIX",
    ),
    c(
        "j'ai eu la job!!! the one at the hospital 😭",
        "QUOI!!! mon amour that's incredible 🎉🎉 you worked so hard for this. "
        "tell me everything, when do you start?",
        "E",
    ),
    c(
        "i'm so anxious about the biopsy results, i keep refreshing the portal",
        "of course you are, waiting like this is torture. I'm here. "
        "want me to sit with you while you refresh? or we can go walk by the canal",
        "EIV",
    ),
    c(
        "my friends all have kids now and our group chat is just pictures of babies. "
        "i feel left behind",
        "that's a hard feeling, like the group moved on to a chapter you're not in. "
        "it makes sense you'd feel left out. do you want to talk to them about it "
        "or more just with me for now?",
        "IVX",
    ),
    c(
        "I think I'm jealous of how close you are with your coworker marc-andré. "
        "I know it's probably nothing",
        "thank you for telling me, I know that's not easy to say. "
        "it's not nothing if it's bugging you. what makes you feel that way, "
        "is there something I do?",
        "VX",
    ),
    # no block: looks like a block but is not
    c(
        "I don't think I'm a good mom. everyone else seems to know what they're doing",
        "voyons, hey. I watch you with léa every day and you're so good with her. "
        "but I get it, that feeling of everyone else having it figured out is so heavy. "
        "what happened today that brought this up?",
        "IX",
    ),
    c(
        "j'ai raté mon examen de conduite encore. third time. i feel like an idiot",
        "ah non 😩 I failed mine twice too, and what helped me was you taking me on those "
        "sunday practice drives. but that's me. how are you feeling about it right now?",
        "EX",
    ),
    # no block: asked for advice, given kindly
    c(
        "my sister's birthday is sunday and I have no idea what to get her. help??",
        "haha ok ok. she talked about that pasta-making class forever, "
        "get her that and a nice bottle? she'd love it",
        "",
        seeks="advice",
    ),
    c(
        "should i call in sick tomorrow? i feel like garbage but we're short staffed",
        "you sound really wiped, babe. I'd call in, honestly, short staffed isn't yours to fix "
        "with a fever. want me to make you soup?",
        "EI",
        seeks="advice",
    ),
    c(
        "how do i even say it without him taking it personally",
        "that's a tough one, he loves that tradition. maybe keep it simple, like you're "
        "exhausted and you'll come see him in may instead? he'll grumble but he'll get it",
        "I",
        seeks="advice",
        context=[
            "i'm thinking of telling my father i'm not coming to the cabane à sucre this year",
        ],
    ),
    # blocks
    c(
        "c'est plate, the neighbours are partying again and it's 1am. i have a shift at 7",
        "[advice:go sleep on the couch, it's quieter on that side]",
        "",
    ),
    c(
        "my mother made a comment about my weight at christmas and I can't stop thinking about it",
        "[advice:you need to tell her it's not ok, sinon she'll keep doing it]",
        "",
    ),
    c(
        "i feel stuck at work. same thing every day for 5 years",
        "[advice:have you tried looking on indeed? there's tons of jobs in laval]",
        "",
    ),
    c(
        "my brother hasn't talked to me since the funeral and it's eating me up",
        "[advice:I would just text him first, someone has to]",
        "",
    ),
    c(
        "tabarnak, somebody hit my car in the IGA parking lot and drove off",
        "[minimizing:ah it's just a scratch, c'est pas grave]",
        "",
    ),
    c(
        "I didn't get into the master's program",
        "oh. [minimizing:at least you still have your job, eh?]",
        "",
    ),
    c(
        "i feel so ugly since the baby",
        "[minimizing:voyons, you look totally fine, stop worrying about it]",
        "",
    ),
    c(
        "my dad's diagnosis came back. it's parkinson's",
        "[self_focus:oh man, my uncle had that. it was so hard on me, I was the one driving him "
        "to all his appointments for years]",
        "",
    ),
    c(
        "I gave my notice today. scary but I did it",
        "[self_focus:wow ok. I've been wanting to quit for months too, I'm so jealous, "
        "maybe I should do it next]",
        "",
    ),
    c(
        "c'était une journée de marde. the metro broke down and i was an hour late "
        "to my presentation",
        "[self_focus:tell me about it, I had to walk from berri in the snow this morning]",
        "",
    ),
    c(
        "i feel like you don't listen when i talk about my job",
        "[dismissal:ok ok, whatever]",
        "",
    ),
    c(
        "the test came back positive. I'm pregnant. I don't know how I feel",
        "[dismissal:on en parle demain ok? I'm wiped]",
        "",
    ),
    c(
        "je sais pas. i just feel like since we moved to toronto i've lost everything, "
        "my friends, my language, my mom's sunday suppers. "
        "some days i talk to nobody but the barista",
        "[dismissal:hmm. did you see the hydro bill came?]",
        "",
    ),
    c(
        "you made fun of my accent in front of your friends",
        "[defensiveness:it was a joke, everybody was laughing, even you]",
        "",
    ),
    c(
        "you've been on your phone all through dinner",
        "[defensiveness:voyons, I was answering my boss, it's not like I was playing games]",
        "",
    ),
    c(
        "i feel like i'm doing all the planning for the wedding",
        "[defensiveness:I booked the DJ! and the photographer!]",
        "",
    ),
    c(
        "do you think i should ask for a raise or wait till after the audit? "
        "need your opinion",
        "[contempt:lol you, asking for a raise 😂 good luck with that]",
        "",
        seeks="advice",
    ),
    c(
        "I'm scared of flying next week",
        "[contempt:tabarnak, you're 40 years old. grow up]",
        "",
    ),
    c(
        "you said i was 'too much' at the party and it really hurt",
        "[contempt:wow and now you're crying about it. proves my point]",
        "",
    ),
    c(
        "j'ai oublié mes clés again and had to wait two hours for the locksmith. "
        "pourquoi ça m'arrive toujours à moi",
        "[criticism:that's the third time this month, you never pay attention]",
        "",
    ),
    c(
        "I'm so stressed about our credit card debt",
        "[criticism:well if you'd stop ordering doordash every night]",
        "",
    ),
    c(
        "i wish you'd asked me before inviting your parents for the whole week",
        "[hostile_question:c'est quoi ton problème avec mes parents?]",
        "",
    ),
    c(
        "I need some space tonight, I'm just overwhelmed",
        "[hostile_question:space from what? from me?]",
        "",
    ),
    c(
        "my thesis advisor tore my chapter apart today",
        "[self_focus:ouf, I remember my advisor doing that to me, I almost quit, "
        "worst year of my life.] [advice:you just need to push through like I did]",
        "",
    ),
    c(
        "last night again. i woke up shaking",
        "[minimizing:it's just dreams, mon amour, they'll stop.] "
        "[dismissal:anyway I gotta go, my meeting is starting]",
        "",
        context=["i keep having nightmares about the accident"],
    ),
    c(
        "you didn't call me when you landed. i was worried",
        "[defensiveness:I was exhausted, I forgot, it happens.] "
        "[criticism:you worry about everything, c'est fatiguant]",
        "",
    ),
    c(
        "I want us to try couples therapy",
        "[contempt:ah oui, therapy, because you read one instagram post.] "
        "[hostile_question:what's next, a life coach?]",
        "",
    ),
    c(
        "j'ai peur. the layoffs are next week and i think i'm on the list",
        "[minimizing:bah, you'll be fine, they need you.] "
        "[self_focus:I'm the one who should be scared, my contract ends in june]",
        "",
        needs=["listen", "reassurance"],
    ),
    # --- 5. a small-business owner ---
    # no block: plainly empathic
    c(
        "two baristas no-showed this morning. I made 140 lattes by myself "
        "and then cried in the walk-in",
        "oh babe. 140?? alone?? that's insane, of course you cried, anyone would. "
        "I'm so sorry. are you still there? I can come help close",
        "EV",
    ),
    c(
        "got a 1-star review saying my salon is 'dirty and overpriced'. "
        "I scrub that place every night",
        "ugh that's so unfair when you literally scrub it every single night. "
        "it makes sense it stings, that place is your baby",
        "IV",
    ),
    c(
        "rent's going up 30% in january. I don't know if we can survive that",
        "30%... that's terrifying. you've poured everything into the café and now this. "
        "I'm scared with you. what's going through your head?",
        "EIX",
    ),
    c(
        "SOLD OUT of croissants by 9am!!! first time ever",
        "WHAT 🥐🥐🥐 that's amazing love!! all those 4am starts paying off. "
        "you must be buzzing",
        "EI",
    ),
    c(
        "my mom's in the hospital again, they don't know what's wrong",
        "oh no. I'm so sorry, love. not knowing is the worst. "
        "I'll get sandra to cover the shop, I'm coming with you. how's she doing right now?",
        "EIX",
    ),
    c(
        "slow day. like 11 customers slow. I keep doing the math in my head",
        "that sounds so stressful, watching the door all day and running numbers in your head. "
        "slow days make everything feel shaky",
        "I",
    ),
    c(
        "I feel like I never see you anymore. the shop eats everything",
        "I miss you too. I know it's not because you don't want to, the shop just takes "
        "everything you have right now. that must feel like being pulled in two",
        "EI",
    ),
    c(
        "my supplier just dropped us. 3 years and a two-line email",
        "three years and two lines?? that's so cold. no wonder you feel blindsided, "
        "you were loyal to them. you ok?",
        "EIVX",
    ),
    # no block: looks like a block but is not
    c(
        "the espresso machine died mid-rush AGAIN. people walking out. "
        "I want to throw it in the river",
        "noooo not mid-rush 😩 worst possible timing. call the guy from metro coffee tech, "
        "he fixed marco's the same day. and I'll bring you dinner at close",
        "EI",
        needs=["advice"],
    ),
    c(
        "staff meeting went badly. kayla basically said I'm a terrible boss in front of everyone",
        "she said that in front of everyone?? who does that. honestly I'm mad for you. "
        "what did she actually say?",
        "EX",
    ),
    # no block: asked for advice, given kindly
    c(
        "should I let go of sam? he's late like every week but the customers love him. "
        "idk what to do",
        "ugh that's such a hard one, you like him. I'd give him one clear warning with a date, "
        "in writing. if it keeps happening at least you know you were fair",
        "I",
        seeks="advice",
    ),
    c(
        "thoughts on raising prices 50 cents? I'm scared people will stop coming",
        "totally get the fear. I think 50 cents is fair, everything costs more and your "
        "regulars love you. maybe put up a little sign about supporting local?",
        "V",
        seeks="advice",
    ),
    c(
        "what would you do, honestly",
        "honestly? I'd wait a year. the first shop is finally steady and you're already "
        "stretched thin. but I'm behind you whatever you pick",
        "I",
        seeks="advice",
        context=["need to decide by friday whether to sign the lease on the second location"],
    ),
    # blocks
    c(
        "the health inspector's coming thursday and I'm so nervous",
        "[advice:just make a checklist and go through it tonight]",
        "",
    ),
    c(
        "another stylist quit. that's three this year. I feel like I'm the problem",
        "[advice:you need to start paying commission, that's why they leave]",
        "",
    ),
    c(
        "my sister called me selfish today and it really hurt",
        "[advice:maybe you could send her a long message explaining your side]",
        "",
    ),
    c(
        "I haven't taken a day off in 6 weeks and I'm losing it",
        "[advice:next time hire a weekend manager before it gets this bad]",
        "",
    ),
    c(
        "someone left a nasty google review about my tattoo shop's 'attitude'",
        "[minimizing:it's one review, nobody reads those]",
        "",
    ),
    c(
        "we did 300 dollars today. three hundred. on a saturday",
        "[minimizing:eh every business has slow days, stop stressing]",
        "",
    ),
    c(
        "I think my friendship with dana is over",
        "oh no. [minimizing:well you guys were never that close anyway]",
        "E",
    ),
    c(
        "I got laid off today",
        "oh no. [self_focus:ugh this week has been the worst for me too, "
        "the flour delivery came short and the oven's acting up]",
        "E",
    ),
    c(
        "finally paid off the loan for the salon chairs!!",
        "[self_focus:nice, I still have like 20k on my student loans lol, don't remind me]",
        "",
    ),
    c(
        "I'm so nervous about my mom's surgery tomorrow",
        "[self_focus:I know, and tomorrow's the day the new menu launches, I haven't slept, "
        "I'm a wreck]",
        "",
    ),
    c(
        "we need to talk about how much time you spend at the café",
        "[dismissal:not tonight, I have the order to place]",
        "",
    ),
    c(
        "honestly I don't know if I can keep the café open. the numbers don't work, "
        "I'm tired all the time, I haven't slept properly in weeks and I keep thinking "
        "about what we'd do if it closes",
        "[dismissal:👍 talk later]",
        "",
    ),
    c(
        "I felt really hurt when you skipped my work dinner for the supplier thing",
        "[dismissal:ok noted]",
        "",
    ),
    c(
        "you promised you'd be home by 7 and it's 9:30",
        "[defensiveness:I had a whole closing to do, it's not like I was out partying]",
        "",
    ),
    c(
        "it feels like the shop always comes before me",
        "[defensiveness:that shop pays our mortgage, I'm doing it for us]",
        "",
    ),
    c(
        "you rolled your eyes when I talked about the shop at dinner with your friends. "
        "it really stung",
        "[defensiveness:I did not roll my eyes, that's not what happened]",
        "",
    ),
    c(
        "I want to open a second location",
        "[contempt:sure, because the first one's going so great 🙄]",
        "",
    ),
    c(
        "I'm so anxious about my presentation, I keep practising in the mirror",
        "[contempt:lol the mirror, very ted talk of you]",
        "",
    ),
    c(
        "I'm so burnt out. I love the shop but I think I hate it too",
        "[contempt:poor you, being your own boss must be sooo hard]",
        "",
    ),
    c(
        "the flour order didn't come and I had to close the bakery at noon",
        "[criticism:you should've had a backup supplier, I told you that months ago]",
        "",
    ),
    c(
        "I overdrew the business account. I feel like such a failure",
        "[criticism:you never look at the books until it's too late]",
        "",
    ),
    c(
        "I had a fight with my mom and now she's not talking to me",
        "[criticism:you always push her buttons]",
        "",
    ),
    c(
        "a guy walked out without paying and yelled at my barista on the way",
        "[contempt:lol welcome to retail, boss lady.] [advice:get a camera and put a sign up]",
        "",
    ),
    c(
        "she's going to the starbucks down the street. for a dollar more an hour",
        "[minimizing:baristas come and go, it's not a big deal.] "
        "[criticism:if you'd paid her properly she'd have stayed]",
        "",
        context=["my best employee just gave notice"],
    ),
    c(
        "I've been feeling really low lately. like nothing's fun anymore",
        "[self_focus:same honestly, the shop's been draining me dry.] "
        "[dismissal:anyway can you do the bank run tomorrow?]",
        "",
    ),
    c(
        "you got to my recital at the very end. I looked for you the whole time",
        "[defensiveness:I had a staff no-show, I couldn't just leave.] "
        "[contempt:sorry I'm not as free as you are with your little hobby]",
        "",
    ),
    c(
        "the bank turned down the loan. I really thought we'd get it",
        "[hostile_question:did you really think they'd say yes?] "
        "[minimizing:it's just one bank]",
        "",
    ),
    # --- 6. an older partner using voice-to-text ---
    # no block: plainly empathic
    c(
        "the doctor says my knee needs replacing and I'm scared of being laid up for months "
        "period I don't want to be a burden on you",
        "oh honey, you could never be a burden. of course you're scared, that's a big surgery "
        "and months is a long time. what scares you most about it?",
        "EVX",
    ),
    c(
        "I was going through mums old recipe box today and found her handwriting on the "
        "lemon cake card and I just sat on the kitchen floor and cried for a while",
        "oh love ❤️ her handwriting... that must have hit you out of nowhere. "
        "I'm so glad you told me. want me to come home early?",
        "EI",
    ),
    c(
        "I finally finished the quilt for our granddaughter!!",
        "oh sweetheart that is wonderful I know how many nights you put into that "
        "she is going to treasure it forever exclamation point",
        "EI",
    ),
    c(
        "our son hasn't called in three weeks and I know he's busy but it makes me feel "
        "like we don't matter to him anymore question mark is that silly",
        "it's not silly at all. three weeks of silence from your own boy would hurt anyone. "
        "you miss him",
        "IV",
    ),
    c(
        "I got lost driving to Margaret's house today a road I've taken a hundred times "
        "and it really frightened me",
        "oh no, that must have been so frightening, on a road you know that well. "
        "I'm so glad you got there safe. how are you feeling now?",
        "EIX",
    ),
    c(
        "I've been feeling a bit useless since I retired. no one needs me for anything",
        "oh darling I understand after 40 years of being needed every day it must feel like "
        "somebody switched off the lights I need you period what has today been like",
        "EIX",
    ),
    c(
        "the anniversary dinner was lovely tonight thank you for remembering the restaurant "
        "where we had our first date I didn't think you would",
        "of course I remembered 😊 seeing your face when we walked in made my whole year. "
        "I love you",
        "E",
    ),
    # no block: looks like a block but is not
    c(
        "the biopsy results come Thursday and I can't stop thinking about it "
        "I just need to not think about it for a bit",
        "of course love. how about we drive out to the garden centre and get those tomato "
        "plants, and a scone? I'm right here if you want to talk about it too",
        "EV",
        needs=["distraction"],
    ),
    c(
        "my sister said at lunch that I was always mum's favorite and it came out so bitter",
        "she said that at lunch?? why would she bring that up now. what did you say back? "
        "that must have stung",
        "IX",
    ),
    c(
        "I fell in the bathroom, I'm ok but I can't get up, can you come",
        "coming right now don't move I'm on my way",
        "E",
    ),
    # no block: asked for advice, given kindly
    c(
        "the bank sent a letter saying something about my pension being moved to a new "
        "a count do I need to do something question mark I don't understand it",
        "that sounds confusing, those letters always are. I don't think you need to do "
        "anything yet, but bring it over tonight and we'll read it together and call them "
        "tomorrow",
        "I",
        seeks="advice",
    ),
    c(
        "I keep going back and forth period the stairs are getting hard but all our "
        "memories are here",
        "I know, love, it's so hard to think about leaving all those memories. "
        "I think it might be time, for your knees and mine. "
        "but we don't have to decide this month",
        "EI",
        seeks="advice",
        context=["what do you think about us selling the house and getting somewhere smaller"],
    ),
    # blocks
    c(
        "I can't sleep I keep waking up at 3 and worrying about the bills",
        "[advice:you should have warm milk before bed and stop looking at the bills at night]",
        "",
    ),
    c(
        "my hip's been aching all week and I'm miserable",
        "[advice:have you tried the heat pad the one in the hall cupboard "
        "just put it on period]",
        "",
    ),
    c(
        "the grandkids didn't come for Easter and I'd made all that food for nothing",
        "[advice:next time just ask them earlier so you know how much to make]",
        "",
    ),
    c(
        "I feel so lonely since Bob next door passed the street is so quiet now",
        "[advice:you need to get out more, join the bowls club]",
        "",
    ),
    c(
        "I burned the roast for the whole family and I was so embarrassed in front of "
        "your brother",
        "[minimizing:it's only a roast, nobody cared]",
        "",
    ),
    c(
        "my eyesight's getting worse, I can't read my books anymore",
        "[minimizing:well at our age that's just what happens]",
        "",
    ),
    c(
        "the dog died this morning I can't stop crying he was 15",
        "oh dear. [minimizing:he had a long life, that's a blessing]",
        "E",
    ),
    c(
        "I'm so tired, the chemo's really knocking me flat this round",
        "[self_focus:I know I've been so tired too I had to mow the whole lawn yesterday "
        "and my back is killing me]",
        "",
    ),
    c(
        "I got a letter from my old pen pal in Scotland after 30 years can you believe it "
        "exclamation point",
        "[self_focus:that's nice, I never had a pen pal, I always wanted one though, "
        "my mother wouldn't let me]",
        "",
    ),
    c(
        "I'm worried about our daughter, she sounded so sad on the phone",
        "[self_focus:she never calls me at all I'm the one who should be upset]",
        "",
    ),
    c(
        "I was thinking about Dad today and how he used to whistle in the garage",
        "[dismissal:mm. is there any more tea]",
        "",
    ),
    c(
        "I'm upset about what your sister said at dinner",
        "[dismissal:can we leave it for tonight I'm going to bed]",
        "",
    ),
    c(
        "I've been thinking a lot about getting old and what happens if one of us goes first "
        "and I don't know how I would manage the house and the money and everything on my own "
        "I get frightened at night",
        "[dismissal:ok dear]",
        "",
    ),
    c(
        "you didn't tell me the doctor called I had to find out from the receptionist",
        "[defensiveness:I was going to tell you, I just forgot, I've had a lot on my mind too]",
        "",
    ),
    c(
        "you keep turning the TV up so loud I can't hear myself think",
        "[defensiveness:well I can't hear it otherwise it's not my fault my ears are going]",
        "",
    ),
    c(
        "you never want to go anywhere anymore I feel like we're just waiting around",
        "[defensiveness:that's not true, we went to the garden centre on saturday]",
        "",
    ),
    c(
        "I've started writing my memoirs",
        "[contempt:oh who's going to read that 🙄]",
        "",
    ),
    c(
        "I'm scared of the new phone, I keep pressing the wrong thing",
        "[contempt:ha ha the great technology wizard strikes again]",
        "",
    ),
    c(
        "I felt really hurt that you didn't hold my hand at the funeral",
        "[contempt:oh here we go with the hand holding business]",
        "",
    ),
    c(
        "I lost my glasses again and missed my bus looking for them",
        "[criticism:if you put them in the same place every time like I keep telling you "
        "this wouldn't happen]",
        "",
    ),
    c(
        "I'm embarrassed, I forgot Jean's name at church",
        "[criticism:you never pay attention when people introduce themselves]",
        "",
    ),
    c(
        "I wish you'd ask me before you give the grandkids money",
        "[hostile_question:since when do I need your permission question mark]",
        "",
    ),
    c(
        "I'm worried about your drinking at the club",
        "[hostile_question:what are you my mother?]",
        "",
    ),
    c(
        "and tonight again I haven't slept properly in a week",
        "[advice:just call the council.] [dismissal:I'm watching my program]",
        "",
        context=["the new neighbors have been playing music until midnight every night"],
    ),
    c(
        "I felt left out when you went to the reunion without me",
        "[defensiveness:you said you didn't want to go.] "
        "[minimizing:it was just a few old fellas talking about work]",
        "",
    ),
    c(
        "the doctor wants me to lose weight for my heart",
        "[criticism:well I have been saying that for years.] "
        "[self_focus:my cholesterol is high too and nobody fusses over me]",
        "",
    ),
    c(
        "I'd like christmas to be just us for once this year",
        "[contempt:oh lovely, and I'll be the one explaining to the whole family why granny's "
        "gone antisocial.] [dismissal:we'll talk about it another time]",
        "",
    ),
    c(
        "I'm nervous about the eye operation Friday they said I'll be awake the whole time",
        "[hostile_question:why do you always get so worked up?] "
        "[minimizing:it's a 20 minute thing]",
        "",
    ),
]
