"""Batch train11: 240 whole authored couple cases (partner message + reply), a training batch.

Written blind, from the label definitions only (case_markup.py, the DATASHEET's "Fields" and
"Label definitions", shared/spec/analysis.md); no other batch, rule or model output was looked at.

Voices, 40 cases each; each voice sometimes writes the partner's message and sometimes the reply:
1. a New Zealander ("sweet as", "chur", "yeah nah", "heaps", "munted", "togs", "arvo");
2. a Polish partner writing second-language English (dropped articles, "kurczę", "kochanie",
   literal idioms: "worked like horse", "here we go with the violin", "nie przesadzaj");
3. a Spanglish code-switcher ("ay no", "mija/mijo", "qué coraje", "neta", "pues", "no exageres");
4. a high-school teacher (marking, parents' evenings, inspections, burnout, summer plans);
5. a long-haul trucker texting from the road (truck stops, dispatch, weather, nights away);
6. a blunt New Yorker (fast, sardonic, without cartoon).

Topics: work stress, in-laws and family, chores, money, health, parenting, friends, intimacy,
grief, jealousy, the relationship itself, good news and everyday updates.

Mix (as printed by check_batch.py): 240 cases.
- 80 without a block: 44 plainly empathic; 20 empathic replies that look like a block but are
  not (teasing on good news, scorn aimed at whoever hurt the partner, offers of help, "take the
  space you need", a brief own story that turns back to the partner with a question, gentle
  humour the partner invited); 16 where the partner asked for advice and gets it kindly.
- 160 with blocks, 25 of them with two different kinds: 185 block spans: minimizing 35,
  contempt 35, criticism 30, defensiveness 25, hostile_question 20, dismissal 15, advice 15,
  self_focus 10.
- 18 cases seek advice (the 16 above, plus one answered with contempt and one with a hostile
  question); 12 cases carry earlier partner turns as context; 6 carry needs.
- Mechanism codes over all cases: E 62, I 35, X 49, V 38.

Hard cases written on purpose:
- teasing on good news ("gonna be insufferable now eh", "oh look at mr. big shot") next to
  contempt on good news ("you? you get puffed walking to the dairy", "hot coffee. stop the
  presses", "my nephew does those in kindergarten");
- scorn and "are you kidding me?" aimed at the boss / shipper / sister, not at the partner;
- offers of help ("want me to sit with you tonight", "let me call my buddy Ray") vs unasked
  fixing ("you need to email him and cc the whole team");
- minimizing in many shapes: silver linings ("at least we've got a nice landlord"), could be
  worse, comparison with others ("some people send 100"), time heals, "it's just a thing,
  she's still in your heart" said warmly, "you'll be fine" to close the subject, "nie
  przesadzaj" / "no exageres", "nothing happened so no point thinking about it";
- contempt in many shapes: mock-sympathy ("aww, is the little intern scared"), sarcasm without
  emoji ("a medal for the laundry"), name-calling ("such a sook", "your highness"),
  superiority ("sitting in air conditioning all day must be rough"), eye-roll words ("here we
  go with the violin", "not this telenovela again"), mocking the feeling;
- questions: curious ones (exploration) vs edged ones ("again? what is it now?", "you're
  really mad about a haircut?"), and contempt phrased as a question;
- brief own stories that turn back with a question vs self_focus one-ups;
- asked-for advice given kindly, with the ask only in an earlier turn in some cases; two
  advice requests answered with a block (contempt, hostile question), not counted as advice.
"""
from typing import Any

from case_markup import c

TRAIN11: list[Any] = [
    # --- 1. a New Zealander ---
    # plainly empathic
    c(
        "absolutely munted after today. boss dumped the whole audit on me at 4pm "
        "and then buggered off to golf",
        "ah babe that's so rough 😩 dumping it on u at 4 and then swanning off is heaps unfair\n"
        "how much of it is left?",
        "EVX",
    ),
    c(
        "I think my mum's getting worse. she called me by my aunty's name twice today",
        "oh love. that must've been such a gut punch hearing that 💔\n"
        "you've been carrying heaps of worry about her for months eh\n"
        "how are you feeling about it right now?",
        "EIX",
    ),
    c(
        "been a year today since koro passed. keep thinking I'll hear his ute pull up",
        "ah my love ❤️ of course today's heavy. he was such a big part of every summer "
        "for you. want to go down the beach where he used to fish this arvo? just us",
        "EIV",
    ),
    c(
        "I'm sick of being the only one who notices the bins. it's every week",
        "yeah that's fair, you shouldn't have to be the bin police. sounds like it's "
        "less about the bins and more feeling like it's all on u to notice stuff?",
        "VIX",
    ),
    c(
        "doc wants more bloods. she didn't say why and now I'm spiralling",
        "oh babe that waiting is the worst 😟 no wonder ur spiralling when she didn't "
        "explain anything. when's the test? I can come with if u want",
        "EVX",
    ),
    c(
        "ok this is gonna sound dumb but seeing you laughing with Jess at the barbie "
        "kinda got to me",
        "it doesn't sound dumb at all. thanks for telling me 🤍 did it feel like I was "
        "leaving you out?",
        "EVX",
    ),
    c(
        "Mia screamed the whole way to kindy and I just sat in the car after and cried",
        "oh love 😢 that is such a hard morning. sounds like you were running on empty "
        "before it even started. how are you now?",
        "EIX",
    ),
    c(
        "feel like we've been flatmates lately. not in a bad way just... not us",
        "yeah I've felt it too and I miss us. really glad you said it out loud\n"
        "what do you miss most?",
        "EVX",
    ),
    # look like a block, are not
    c(
        "GOT THE JOB 😭😭",
        "CHUR!!! knew it. u absolute legend\n"
        "gonna be insufferable now eh 😂\n"
        "so proud of u babe",
        "E",
    ),
    c(
        "my sister just told the whole whānau at dinner that I 'never help with Mum'",
        "what a load of rubbish, she's got a nerve. you're the one driving mum to every "
        "appointment. no wonder you're fuming, are you ok?",
        "IVX",
    ),
    c(
        "yeah nah I can't talk about it tonight. I'm too wound up",
        "sweet as, take the space u need. I'll be here when ur ready ❤️",
        "E",
        needs=["space"],
    ),
    c(
        "first day at the new gym and I had no idea how any of the machines worked, "
        "felt like such an egg",
        "haha I did the exact same at Les Mills, stood at the rowing machine for like "
        "5 mins trying to find the on button 😂 that first day is so awkward. "
        "how'd the rest of the session go?",
        "VX",
    ),
    # asked for advice, given kindly
    c(
        "should I take the Wellington job or stay? need you to just tell me what u reckon",
        "honestly? I reckon go for it. you've been bored stiff for a year. I'll miss you "
        "heaps on the weekdays but we'll make it work. what's the bit that scares you?",
        "IX",
        seeks="advice",
    ),
    c(
        "what do I get dad for his 70th, I'm out of ideas",
        "what about a day out on the boat with the boys? he'd love that. or a framed "
        "photo of the old bach. happy to help sort it",
        "",
        seeks="advice",
    ),
    c(
        "anyway, do you think I should start looking for something else now or wait and see?",
        "ugh that sounds so unsettling. I'd start looking quietly now eh, no harm in it "
        "and you'll feel less stuck. want me to look over ur CV this weekend?",
        "E",
        seeks="advice",
        context=["work's been brutal, they're restructuring the whole team"],
    ),
    # two blocks
    c(
        "my whole presentation went to custard today, laptop died and I just froze in "
        "front of everyone",
        "[minimizing:eh no one will remember it by friday] "
        "[advice:just back up your slides next time and bring a spare charger]",
        "",
    ),
    c(
        "I'm honestly so hurt you forgot our anniversary. again.",
        "[contempt:oh here we go, the anniversary police]\n"
        "[hostile_question:what do you want, a parade?]",
        "",
    ),
    c(
        "u said you'd be home by 6 and it's nearly 9. I had tea ready and everything",
        "[defensiveness:I told you the boys were having a few, don't put this on me]. "
        "[criticism:you never let me have one night without a guilt trip]",
        "",
    ),
    c(
        "the vet rang, Bruno's lump is cancerous. I can't stop crying",
        "[minimizing:aw he's had a good innings eh, he's 12]\n"
        "[dismissal:anyway what do u want for tea]",
        "",
    ),
    # one block
    c(
        "got declined for the mortgage. feel like we'll be renting forever",
        "oh babe. [minimizing:but at least we've got a nice landlord, heaps of people "
        "would kill for this place]",
        "E",
    ),
    c(
        "I feel like my friends don't invite me to stuff anymore",
        "[minimizing:yeah nah you're overthinking it, everyone's just busy]",
        "",
    ),
    c(
        "my back's been munted all week, can barely get my togs on",
        "[minimizing:could be worse, Dave did his whole disc last year] hope it comes right",
        "E",
    ),
    c(
        "still can't believe Nana's gone. I keep picking up the phone to ring her",
        "[minimizing:time heals all that, you'll be right in a few months]",
        "",
    ),
    c(
        "so nervous about the kapa haka performance tmrw, I feel sick",
        "[contempt:oh no, the school concert, however will you cope 🙄]",
        "",
    ),
    c(
        "I think your mum doesn't like me. she only talked to your brother's partner all night",
        "[contempt:aw poor you, did nobody give you enough attention]",
        "",
    ),
    c(
        "I've decided I'm gonna run the half marathon in march!!",
        "[contempt:you? you get puffed walking to the dairy]",
        "",
    ),
    c(
        "I've been feeling really insecure about my body lately",
        "[contempt:mate you're such a sook]",
        "",
    ),
    c(
        "we're short again this week. I don't know how we're gonna pay the power",
        "[criticism:maybe if you didn't get takeaways every second night we wouldn't be]",
        "",
    ),
    c(
        "Leo got stood down for fighting. I'm gutted",
        "[criticism:that's what happens when you let him get away with everything at home]",
        "",
    ),
    c(
        "sorry I'm so flat lately, work is just heaps",
        "[criticism:you've been flat for months and you never do anything about it]",
        "",
    ),
    c(
        "I feel so lonely since we moved down here",
        "[criticism:you're the one who wanted to move to Dunedin, you should've thought "
        "about that]",
        "",
    ),
    c(
        "it hurt when you made that joke about my cooking in front of your mates",
        "[defensiveness:it was a joke! I can't say anything without getting in trouble]",
        "",
    ),
    c(
        "I feel like I do all the planning for us",
        "[defensiveness:that's not true, I booked the bach last summer]",
        "",
    ),
    c(
        "I'm exhausted. baby was up 5 times",
        "[defensiveness:yeah well I was up too and I've got work in an hour]",
        "",
    ),
    c(
        "I can't stop thinking about what Sam said to me at work",
        "[hostile_question:why do you let every little thing get to you?]",
        "",
    ),
    c(
        "I saw you were still messaging your ex",
        "[hostile_question:are you seriously going through my phone now?]",
        "",
        context=["can we talk tonight? something's been bugging me"],
    ),
    c(
        "feeling a bit down about turning 40 ngl",
        "[dismissal:yep. footy's on, talk later]",
        "",
    ),
    c(
        "my boss took credit for my idea in the meeting. I'm fuming",
        "[advice:you need to email him and cc the whole team, sort it out today]",
        "",
    ),
    c(
        "been feeling heaps anxious at night, can't switch off",
        "[advice:you should try magnesium and get off your phone by 9]",
        "",
    ),
    c(
        "the move's really getting to me, everything's in boxes and I can't find anything",
        "[self_focus:tell me about it, I've had the worst week of my life at work, the "
        "whole team's gone to custard and I'm doing three jobs]",
        "",
    ),
    # --- 2. a Polish partner, second-language English ---
    # plainly empathic
    c(
        "I am after call with my mama. she again says I am bad daughter because I don't "
        "come for Easter. kurczę, I feel like I am 12 years old",
        "oh love, that's so painful 😔 going back to feeling 12 with her every time must "
        "be exhausting. what did she say exactly?",
        "EIX",
    ),
    c(
        "I didn't get the promotion. they gave it to the guy who's been there 8 months",
        "kochanie, I am so sorry 😢 you worked for this like horse. of course you are "
        "angry, it is not fair. you want to tell me how they said it to you?",
        "EVX",
    ),
    c(
        "today is 5 years since tata died. nobody from family called. not even my brother",
        "oh babe 💔 that's such a heavy day to feel alone in. you must have been waiting "
        "for that call all day. I'm here. do you want to tell me about him?",
        "EIX",
    ),
    c(
        "I'm really scared about the biopsy results",
        "I know, kochanie. waiting is the worst thing, your head makes horror films\n"
        "it is normal to be scared\n"
        "I will be with you on thursday, ok? what scares you most?",
        "EIVX",
        needs=["listen", "reassurance"],
    ),
    c(
        "I try to speak with neighbours and they look at me like I am from moon",
        "ugh that sounds so isolating, babe. feeling like you're on the outside in your "
        "own street is hard. were they rude or just awkward?",
        "EIX",
    ),
    c(
        "Zosia said she hates me today. I know she's 6 but it got me",
        "ach, this hurts even when you know she doesn't mean it 💔 you are so good mama "
        "to her. how did you answer her?",
        "EVX",
    ),
    c(
        "sometimes I feel you are more excited to see your friends than me",
        "oof, that's hard to hear but I'm really glad you told me. I can see how it looks "
        "like that lately. when did you feel it most?",
        "VX",
    ),
    # look like a block, are not
    c(
        "my manager said in meeting that my accent makes clients 'confused'. "
        "everybody laughed",
        "what an absolute clown. that's not a joke, that's him being a bigot in front of "
        "everyone. I'd be furious and humiliated too. are you ok?",
        "VX",
    ),
    c(
        "I got lost on the tram again and was late for the dentist, I feel so stupid",
        "ach, I know this feeling 🙈 my first year here I took tram 12 to wrong end of "
        "city two times in one week. you are not stupid, the system is crazy. "
        "was the dentist ok with it?",
        "VX",
    ),
    c(
        "I have so much paperwork for the visa, I don't even know where to begin. masakra",
        "that sounds overwhelming, no wonder you're stressed. want me to sit with you "
        "tonight and we go through it together?",
        "V",
    ),
    # asked for advice, given kindly
    c(
        "tell me honestly, I should call my brother first or wait he calls me? "
        "we didn't speak since wedding",
        "honestly I think you call him, but only when you're ready for whatever he says. "
        "you miss him, I can see it. want me to be there when you call?",
        "I",
        seeks="advice",
    ),
    c(
        "what should I bring to your parents' on sunday? I don't want to mess it up",
        "I get you're nervous, first sunday dinner is big deal. bring something sweet, "
        "mama loves sernik. and flowers but not yellow, she thinks they mean jealousy 😅",
        "V",
        seeks="advice",
    ),
    c(
        "do you think I should go to doctor or wait one more week?",
        "ugh I'm sorry it's still hurting. I would go now, it's been two weeks already "
        "and you're limping. want me to book it for you?",
        "E",
        seeks="advice",
        context=["my knee is still bad after football on saturday"],
    ),
    # two blocks
    c(
        "I burned the pierogi for your parents, I wanted so much to make good impression 😞",
        "[contempt:wow, Polish and can't make pierogi, impressive] "
        "[criticism:you always start cooking too late]",
        "",
    ),
    c(
        "I feel homesick today, I miss Kraków so much",
        "[minimizing:you'll get used to it, it's just a phase]\n"
        "[self_focus:I was homesick for like a week when I moved for uni and honestly I "
        "had it way worse, I didn't know anyone]",
        "",
    ),
    c(
        "you didn't even say hello when you came home",
        "[defensiveness:I was on phone with work, I cannot do everything at once]. "
        "[hostile_question:why you always look for problem?]",
        "",
        context=["I made dinner and was waiting for you since 7"],
    ),
    c(
        "I am so stressed about exam for citizenship, I cannot sleep",
        "[minimizing:it's like twenty easy questions, a kid could pass it] "
        "[contempt:you're being such a drama queen about this]",
        "",
    ),
    # one block
    c(
        "my sister-in-law said my christmas food is 'weird'. everybody laughed",
        "[minimizing:oh she didn't mean anything, it's just food]",
        "",
    ),
    c(
        "got a rejection for the 30th job application. I'm so done",
        "[minimizing:no, is not so bad, some people send 100. you will find something]",
        "",
    ),
    c(
        "I had panic attack in supermarket today. everything was too loud",
        "oh no. [minimizing:well at least it happened in supermarket and not at work]",
        "E",
    ),
    c(
        "I think I'm just a bad dad. I yelled at Kuba again",
        "[minimizing:every dad yells, is normal. nie przesadzaj]",
        "",
    ),
    c(
        "I feel nobody here takes me serious because of my accent",
        "[contempt:here we go with the violin again 🎻]",
        "",
    ),
    c(
        "I cried at work today, I'm so embarrassed",
        "[contempt:hahaha of course you did, you cry even on cartoons 😂]",
        "",
    ),
    c(
        "I think your friend Marta flirts with you and I don't like it",
        "[contempt:lol jealous much? that's pathetic]",
        "",
    ),
    c(
        "I'm so proud, I finally finished the 5k!!",
        "[contempt:5 kilometer. wow. olympics are calling]",
        "",
    ),
    c(
        "I'm really struggling with the baby, I feel like I'm failing",
        "[criticism:you don't listen to anybody's advice, this is why is so hard for you]",
        "",
    ),
    c(
        "again we have no money at end of month, I am scared",
        "[criticism:well you keep ordering stuff from the Polish shop every week, what did "
        "you expect]",
        "",
    ),
    c(
        "I forgot Mum's birthday and she's so hurt",
        "[criticism:because you never write anything in calendar, I tell you hundred times]",
        "",
    ),
    c(
        "I feel so tired all the time, I have no energy for nothing",
        "[criticism:you sit all evening on phone, of course you're tired]",
        "",
    ),
    c(
        "you promised to call when you land and you didn't. I was worried like crazy",
        "[defensiveness:my phone was dead, it's not my fault, what was I supposed to do]",
        "",
    ),
    c(
        "it stung when you said I'm 'not practical' in front of your parents",
        "[defensiveness:but I said it as joke! I cannot even speak now]",
        "",
    ),
    c(
        "I feel like I'm always the one apologising first",
        "[defensiveness:and I always cook, I always drive your mother everywhere, so]",
        "",
    ),
    c(
        "I feel little bit sad today, I don't know why",
        "[hostile_question:again? what is it now?]",
        "",
    ),
    c(
        "I wish you'd come to my work party, everyone else's partner was there",
        "[hostile_question:and why I must go to party with people I don't know?]",
        "",
    ),
    c(
        "I think my job is killing me slowly. I come home and I am empty",
        "[dismissal:can we talk about this another time, I'm watching something]",
        "",
    ),
    c(
        "I'm worried about us. we barely talk anymore",
        "[dismissal:ok.]",
        "",
    ),
    c(
        "my babcia is in hospital in Poland and I cannot fly this week",
        "[dismissal:mm. anyway did you buy milk?]",
        "",
    ),
    c(
        "my boss again gave me weekend shift, third time. I am so angry I could explode",
        "[advice:just tell him no, you need to set boundaries]",
        "",
    ),
    c(
        "I feel so lonely since my best friend moved away",
        "[advice:you must join some club, go to gym, meet new people]",
        "",
    ),
    c(
        "my presentation went so badly today, I was shaking",
        "[self_focus:kurczę, me too today, my whole presentation was disaster, slides "
        "didn't work and boss was looking at me like wolf]",
        "",
    ),
    # --- 3. a Spanglish code-switcher ---
    # plainly empathic
    c(
        "ay no, mi abuela fell again y nobody told me until today. qué coraje",
        "oh babe, I'm so sorry 😞 finding out late on top of the scare must feel awful. "
        "is she ok? how are you doing?",
        "EIX",
    ),
    c(
        "I'm so burnt out, I cried in the bathroom at work",
        "ay mi amor 💔 that's so much. you've been holding everything together for weeks, "
        "of course it spilled over. what happened today?",
        "EIVX",
    ),
    c(
        "neta I feel like your family never really accepted me. your tía asked again if I "
        "'speak english at home'",
        "ugh, that's so not ok and I'm sorry you keep getting hit with that. it makes "
        "sense you feel like an outsider with them. how did you answer her?",
        "EIVX",
    ),
    c(
        "the miscarriage was a year ago this week. I don't know why it's hitting me so "
        "hard again",
        "mi amor ❤️ of course it's hitting you, anniversaries do that. I think about it "
        "too\n"
        "I'm right here. ¿quieres hablar de eso or just be close tonight?",
        "EVX",
    ),
    c(
        "pues I finally told my dad I'm not doing engineering. he didn't say anything. "
        "just left the table",
        "oh love, that silence must've been so heavy after you finally said it. you were "
        "so brave. how are you feeling now?",
        "EIX",
    ),
    c(
        "I'm scared I'm going to lose my job in the layoffs",
        "ay no, that fear is so real right now, no wonder you can't sleep. what are they "
        "saying at work?",
        "EVX",
    ),
    c(
        "mija is being bullied at school y she didn't tell me for weeks. I feel like the "
        "worst mom",
        "babe, that's heartbreaking 😢 I can hear how much it hurts that she kept it in. "
        "it doesn't make you a bad mom. how is she doing tonight?",
        "EIX",
    ),
    # look like a block, are not
    c(
        "I PASSED THE BAR 😭😭😭",
        "ABOGADAAAA 🎉🎉 neta I'm so proud of u\n"
        "now u can sue me for leaving dishes in the sink 😂\n"
        "we're celebrating tonight, no excuses",
        "E",
    ),
    c(
        "ok I need you to make me laugh, my day was a disaster. spilled cafecito on my "
        "laptop and my jefe saw",
        "oh no not the cafecito 😭 RIP laptop, it died doing what it loved\n"
        "that sounds like a horrible day tho babe. want me to bring pan dulce home?",
        "E",
    ),
    c(
        "I'm not mad at you, I just need a minute to myself after that call with my mom",
        "of course, take all the time you need. I'll be in the kitchen if you want me 🤍",
        "E",
        needs=["space", "touch"],
    ),
    # asked for advice, given kindly
    c(
        "should I text my ex back about returning her stuff or just mail it? I don't want "
        "drama",
        "ay that's awkward. I'd just mail it, pues less chance of drama. want me to drop "
        "it at the post office?",
        "",
        seeks="advice",
    ),
    c(
        "what do you think, should I ask for a raise now or wait for my review?",
        "honestly I'd ask now, you've been carrying that whole team. but I know it's "
        "nerve-wracking, what are you most worried they'll say?",
        "IX",
        seeks="advice",
    ),
    c(
        "how do I tell her to stop without starting a war?",
        "ay babe that's exhausting, I'm sorry. maybe something like 'mamá, te quiero, "
        "but that's between us and we'll tell you when there's news'? I can be there "
        "when you say it if you want",
        "E",
        seeks="advice",
        context=[
            "my mom keeps calling me every single day asking when we're having kids",
            "it's really getting to me",
        ],
    ),
    # two blocks
    c(
        "qué coraje, I got a parking ticket outside the hospital while I was visiting "
        "my tío",
        "[minimizing:it's like 40 bucks, it's not the end of the world] "
        "[criticism:you should've read the sign]",
        "",
    ),
    c(
        "I don't feel like you're attracted to me anymore",
        "[contempt:ay por favor, not this telenovela again]\n"
        "[hostile_question:what do you want me to say?]",
        "",
        context=["I've been feeling kind of invisible lately"],
    ),
    c(
        "you forgot to pick up mijo from practice and he waited an hour",
        "[defensiveness:I had a meeting that ran over, I can't control that] "
        "[self_focus:you have no idea how bad my day was, my boss yelled at me in front "
        "of everyone]",
        "",
    ),
    c(
        "I think I'm getting depressed again",
        "[contempt:ay sí, the depression of the week]\n"
        "[dismissal:anyway, did you call the plumber?]",
        "",
    ),
    # one block
    c(
        "my grandmother's ring got stolen from the car. it was the only thing I had "
        "from her",
        "[minimizing:it's just a thing babe, she's still in your heart]",
        "",
    ),
    c(
        "I feel like I'm failing at everything, work, being a mom, all of it",
        "[minimizing:ay no exageres, you're doing fine]",
        "",
    ),
    c(
        "my best friend didn't invite me to her wedding",
        "[minimizing:pues it's one day, you'll forget about it by next month]",
        "",
    ),
    c(
        "we lost the house bid again. third time",
        "aw. [minimizing:everything happens for a reason, mija, the right one is out there]",
        "",
    ),
    c(
        "neta I'm so anxious about the flight, turbulence freaks me out",
        "[minimizing:you're overthinking it, it's like a two hour flight]",
        "",
    ),
    c(
        "should I tell my mom we're not going to her house for navidad this year?",
        "[contempt:lol like you'd ever say no to your mom. sure, good luck with that]",
        "",
        seeks="advice",
    ),
    c(
        "I think I might want to go back to school for nursing",
        "[contempt:jaja you? you faint when you see blood]",
        "",
    ),
    c(
        "ay I'm so tired, I did three loads of laundry and cleaned the whole kitchen",
        "[contempt:wow, a medal for the laundry. want a parade too?]",
        "",
    ),
    c(
        "it really hurt when you laughed at my poem",
        "[contempt:ay it was a little cheesy, admit it, Shakespeare 🙄]",
        "",
    ),
    c(
        "the credit card is maxed out again y I don't know how",
        "[criticism:you know exactly how, you can't walk past a Target without buying "
        "something]",
        "",
    ),
    c(
        "I feel like I have no friends here",
        "[criticism:because you never say yes when anyone invites you]",
        "",
    ),
    c(
        "my mom's sick and I feel so guilty I haven't visited",
        "[criticism:well, you've had months to go, you just keep putting it off]",
        "",
    ),
    c(
        "mijo got another F in math, I'm so frustrated",
        "[criticism:you're too soft with him, that's the problem]",
        "",
    ),
    c(
        "it hurt that you didn't defend me when your sister said that",
        "[defensiveness:I stayed out of it, that's not a crime. it was my mom's birthday]",
        "",
    ),
    c(
        "you've been on your phone all dinner",
        "[defensiveness:I was answering my tía about the party, it's for your family too]",
        "",
    ),
    c(
        "I feel like you don't help with the kids at night",
        "[defensiveness:I do bath time every night, that's not fair]",
        "",
    ),
    c(
        "I got really sad when you said you'd rather stay home than come to my prima's "
        "quince",
        "[hostile_question:seriously? you're still on that?]",
        "",
    ),
    c(
        "I think we need to talk about money",
        "[hostile_question:ay, what did I do now?]",
        "",
    ),
    c(
        "I had the worst dream about my dad, like he was alive again",
        "[dismissal:mm ok. night]",
        "",
    ),
    c(
        "I'm really stressed about the kids' school stuff",
        "[dismissal:ok ok. did u see the game last night?]",
        "",
    ),
    c(
        "my coworker keeps taking credit for my work, qué coraje",
        "[advice:you gotta go to HR, like tomorrow]",
        "",
    ),
    c(
        "I've been having such bad headaches this week",
        "ay no pobrecita. [advice:you need to drink more water and cut the coffee]",
        "E",
    ),
    c(
        "I'm nervous about meeting your parents this weekend",
        "[self_focus:ay you're nervous? I'm the one who has to translate everything and "
        "deal with my dad the whole time]",
        "",
    ),
    # --- 4. a high-school teacher ---
    # plainly empathic
    c(
        "marked 94 essays this weekend and I still have 60 to go. I can't feel my brain",
        "oh babe 😩 that's brutal, and you've been at it since friday. you must be so "
        "fried. what can I take off your plate tonight?",
        "EI",
    ),
    c(
        "ofsted called. they're in tomorrow. I'm shaking",
        "oh no, love. that's terrifying notice to get this late in the term. it makes total "
        "sense you're shaking. what's the bit you're most dreading?",
        "EVX",
        needs=["reassurance"],
    ),
    c(
        "my boss told me in front of everyone my report 'lacked rigour'. I wanted the floor "
        "to swallow me",
        "ugh that's humiliating, especially with everyone there. I'm so sorry. you've been "
        "pouring yourself into that report for weeks. how did you get through the rest of "
        "the meeting?",
        "EIX",
    ),
    c(
        "a parent at parents' evening told me I'm 'the reason her son hates school'. "
        "I held it together but I'm gutted",
        "oh love, that's such a cruel thing to hear when you care so much about those "
        "kids 💔 no wonder you're gutted. do you want to tell me about it or just "
        "decompress?",
        "EIVX",
    ),
    c(
        "our son said he doesn't want to go to school anymore because no one sits with "
        "him at lunch",
        "oh that breaks my heart 😔 you must've felt that right in your chest when he said "
        "it. it's such a lonely thing at that age. what else did he say?",
        "EIX",
    ),
    c(
        "I'm thinking of leaving teaching. I just don't have anything left",
        "that's a huge thing to say out loud and I'm really glad you told me. you've been "
        "running on empty for so long. what's making it feel like now?",
        "EIX",
    ),
    c(
        "one of my year 10s lost her mum this week. I keep picturing her sitting in my "
        "class on monday",
        "oh, that poor girl. and you carrying that too, it's so heavy. of course it's on "
        "your mind all weekend. how are you doing with it?",
        "EIVX",
    ),
    c(
        "I miss you. feels like we only see each other to swap kids and say night",
        "I miss you too, so much. you're right, this term has swallowed us whole and I "
        "hate that you've been feeling it on your own. can we steal friday night, just us?",
        "EV",
    ),
    # look like a block, are not
    c(
        "I had to give a talk to 200 people today and my voice cracked on the first line",
        "oh I know that feeling, mine did the same at my first assembly and the year 7s "
        "never let me forget it 😅 how did the rest of it go?",
        "X",
    ),
    c(
        "the head just announced another 'wellbeing initiative'. it's a yoga video we have "
        "to watch in our own time. I could scream",
        "oh for god's sake, that's insulting. they work you into the ground and then hand "
        "you a yoga video 🙄 of course you want to scream. wine and a rant?",
        "V",
    ),
    c(
        "my year 11s got the best results in the department!!!",
        "look at you, miss top of the league 😎 you're never going to shut up about this "
        "are you. so proud of you, those kids were lucky to have you",
        "E",
    ),
    # asked for advice, given kindly
    c(
        "summer plans: camping with your brother or just the two of us somewhere? need a "
        "decision, I'm booking tonight",
        "honestly? just us. you've had the year from hell and you need quiet, not my "
        "brother's ukulele. I'll sort the booking if you want",
        "I",
        seeks="advice",
    ),
    c(
        "should I ask the head of year to sit in or handle it myself?",
        "that sounds like a lot, babe. I'd get the head of year in, honestly, you "
        "shouldn't have to face three of them alone. want to run through what you'll say?",
        "V",
        seeks="advice",
        context=["I've got three parents asking for meetings this week about the same kid"],
    ),
    # two blocks
    c(
        "got a 'requires improvement' on my observation. I've never had that before",
        "[minimizing:it's one observation, nobody cares about those] "
        "[advice:just do the lesson plan exactly how they want it next time]",
        "",
    ),
    c(
        "my mum's coming for the weekend and I'm dreading it",
        "[contempt:oh the tragedy, your mother visiting]. "
        "[criticism:you never even try with her]",
        "",
    ),
    c(
        "you said you'd sort dinner and the kids had cereal",
        "[defensiveness:I was at the gym, I told you this morning]\n"
        "[hostile_question:why is it always a crisis with you?]",
        "",
        context=["I've been on my own with the kids every night this week"],
    ),
    c(
        "I'm so stressed with this deadline",
        "[self_focus:try marking 120 mocks by friday, then we'll talk]. "
        "[minimizing:a deadline at a desk job is a holiday compared to that]",
        "",
    ),
    # one block
    c(
        "I'm not sleeping, I keep lying awake thinking about the inspection",
        "[minimizing:stop worrying, it'll be fine, it always is]",
        "",
    ),
    c(
        "my dad's dementia diagnosis is official now",
        "oh no, I'm sorry. [minimizing:but at least they caught it early, that's a "
        "blessing really]",
        "E",
    ),
    c(
        "I feel like a terrible teacher. three kids walked out of my lesson today",
        "[minimizing:it's teenagers, they walk out of everything, it's not a big deal]",
        "",
    ),
    c(
        "Ella's been crying every night since her best friend moved",
        "[minimizing:she's 8, she'll have a new best friend by half term]",
        "",
    ),
    c(
        "I'm exhausted. parents' evening till 9 again",
        "[contempt:must be so hard, with all those holidays you get]",
        "",
    ),
    c(
        "I think I'm going to try stand-up, there's an open mic next week",
        "[contempt:you? you can't even tell a joke at dinner without explaining it]",
        "",
    ),
    c(
        "I got really upset today when a kid called me fat",
        "[contempt:crying over what a 14 year old said. very professional]",
        "",
    ),
    c(
        "I'm feeling really insecure at the new job, everyone's so smart",
        "[contempt:aww, is the little intern scared of the big grown-ups?]",
        "",
    ),
    c(
        "I want to talk about how we split the housework. I'm drowning",
        "[contempt:here we go, miss has made a rota for me 🙄]",
        "",
    ),
    c(
        "I'm so behind on marking, I haven't even started reports",
        "[criticism:if you didn't leave everything to the last minute you wouldn't be]",
        "",
    ),
    c(
        "I feel like the kids don't listen to me at all",
        "[criticism:because you never follow through on anything you threaten]",
        "",
    ),
    c(
        "we're overdrawn again and it's only the 20th",
        "[criticism:you're the one who booked the summer holiday before we'd even paid "
        "the car off]",
        "",
    ),
    c(
        "I'm really hurt that your mum didn't come to my graduation",
        "[criticism:you didn't exactly make her feel welcome last time, did you]",
        "",
    ),
    c(
        "you've been grumpy with me all week and I don't know why",
        "[defensiveness:because it's inspection week! I'm not grumpy, I'm working]",
        "",
    ),
    c(
        "I felt really alone at the party, you spent the whole time with your colleagues",
        "[defensiveness:I barely see them outside school, I'm allowed to talk to them]",
        "",
    ),
    c(
        "you promised we'd spend half term together and you've booked a golf weekend",
        "[defensiveness:I booked it months ago, you knew about it]",
        "",
    ),
    c(
        "I don't feel like you're listening to me",
        "[hostile_question:what now? what have I done this time?]",
        "",
    ),
    c(
        "I'm really struggling, I don't know if I can face monday",
        "[hostile_question:why do you even stay in that job then?]",
        "",
    ),
    c(
        "awful day. a fight broke out in my class and I had to get between them",
        "[dismissal:👍]",
        "",
    ),
    c(
        "I've been feeling really low lately",
        "[dismissal:can we talk about this in the summer? I literally can't right now]",
        "",
    ),
    c(
        "the deputy head keeps emailing me at 11pm and I feel like I have to answer",
        "[advice:turn off your notifications after 6 and don't answer]",
        "",
    ),
    c(
        "my sister keeps cancelling on me last minute and I'm so hurt",
        "[advice:you should stop making plans with her and let her come to you]",
        "",
    ),
    c(
        "I just found out I didn't get the grant",
        "[self_focus:ugh, I didn't get head of department either, found out at lunch, "
        "I'm gutted. worst day]",
        "",
    ),
    # --- 5. a long-haul trucker texting from the road ---
    # plainly empathic
    c(
        "stuck at a truck stop outside cheyenne, i-80 closed for wind. gonna miss Lily's "
        "recital",
        "oh babe no 😞 I know how much you wanted to be there. that's so hard, being stuck "
        "out there watching the clock. want me to facetime you in from the front row?",
        "EI",
    ),
    c(
        "today was awful. the baby had a fever and I was alone with it all day",
        "aw hon I'm sorry I wasn't there. that must've been scary doing it all by yourself\n"
        "how's she doing now?\n"
        "call me when she's down, I'm parked for the night in amarillo",
        "EIX",
    ),
    c(
        "dispatch screwed my load again. sat at the dock 9 hrs unpaid. I'm so done",
        "ugh that's infuriating, 9 hours of your life for nothing. anyone would be done. "
        "did they even say sorry?",
        "EVX",
    ),
    c(
        "I got the call, Grandpa passed this morning",
        "oh baby. I'm so so sorry ❤️ I wish I was home to hold you right now\n"
        "pulling over so I can call you\n"
        "what do you need tonight?",
        "EX",
    ),
    c(
        "3 weeks out this time. miss you so much it's stupid",
        "it's not stupid at all, I miss you like crazy too 🥺 three weeks is a long time. "
        "how are you holding up out there?",
        "EVX",
    ),
    c(
        "doc at the DOT physical said my blood pressure's too high. could lose my card if "
        "it doesn't come down",
        "oh hon, that's scary, your whole living riding on one number. of course it's "
        "weighing on you. what did he say happens next?",
        "EIVX",
    ),
    c(
        "I feel like I'm raising the kids alone sometimes",
        "you kinda are, and that's not fair on you. I hate being gone so much. I see how "
        "hard you work holding it all together. what's been the hardest part this week?",
        "EIVX",
    ),
    # look like a block, are not
    c(
        "shipper called me a 'dumb trucker' in front of the whole dock cause I asked for "
        "my paperwork",
        "what a jerk. you're literally the reason his stuff gets anywhere. I'd be "
        "seething too babe. you ok?",
        "VX",
    ),
    c(
        "car broke down again and I have to get the kids to school tomorrow, I'm losing it",
        "ugh babe that's the last thing you need. let me call my buddy Ray, he's 10 min "
        "from the house, he can take a look first thing. sounds like you're running on "
        "fumes",
        "EI",
    ),
    c(
        "I finally passed my driving test!!!",
        "look out highways 😂 they'll be putting you on my route next\n"
        "so proud of you babe, knew you'd do it 🚛",
        "E",
    ),
    c(
        "long day. not in a talking mood tonight, don't take it personal",
        "no worries at all, rest up. I'm here tomorrow or whenever. love you",
        "E",
        needs=["space"],
    ),
    # asked for advice, given kindly
    c(
        "dispatch offered me a dedicated route, home every weekend but $200 less a week. "
        "what do you think?",
        "honestly I'd take it. I know the money matters, but having you home every "
        "weekend is worth more to me and the kids. what's your gut saying?",
        "X",
        seeks="advice",
    ),
    c(
        "should I push through to reno or shut down here?",
        "please shut down, babe. I know you're itching to get home but I'd rather have "
        "you a day late. get some sleep ok? ❤️",
        "EI",
        seeks="advice",
        context=["roads look bad up through the pass tonight, snow coming sideways"],
    ),
    # two blocks
    c(
        "I'm so lonely out here. some nights I just sit in the sleeper and stare at the wall",
        "[minimizing:it's only a couple more weeks, it's not that bad] "
        "[hostile_question:what do you want me to do about it from here?]",
        "",
    ),
    c(
        "it hurts that you didn't call on our anniversary",
        "[defensiveness:I was going through the mountains with no signal, I can't help "
        "that]\n"
        "[contempt:but sure, I'm the worst husband in the world]",
        "",
    ),
    c(
        "got a speeding ticket in ohio. $300. just what I needed",
        "[criticism:you're always speeding, it was bound to happen]. "
        "[advice:set the cruise and quit being in such a hurry]",
        "",
    ),
    c(
        "I'm so overwhelmed with the kids and the house and work",
        "[self_focus:try 11 hours on I-40 with a busted AC]\n"
        "[dismissal:anyway gotta go, dispatch calling]",
        "",
    ),
    # one block
    c(
        "got cut off today and almost jackknifed. hands still shaking",
        "[minimizing:well you didn't, so no point thinking about it]",
        "",
    ),
    c(
        "I feel so ugly since the baby",
        "[minimizing:you look fine, I don't know why you worry about that stuff]",
        "",
    ),
    c(
        "my dog died while I was on the road. I didn't even get to say bye",
        "oh no. [minimizing:but he was old, he had a good life, that's what matters]",
        "E",
    ),
    c(
        "I'm scared about my mammogram results",
        "[minimizing:eh you'll be fine hon, they always come back clear. no sense worrying]",
        "",
    ),
    c(
        "I'm really worried about how much you're drinking on your off days",
        "[contempt:oh great, my wife the addiction counselor]",
        "",
    ),
    c(
        "I'm tired of missing everything. birthdays, games, all of it",
        "[contempt:cry me a river, mr. open road]",
        "",
    ),
    c(
        "I think we should go to couples counseling",
        "[contempt:lol yeah let's pay some lady to tell us we argue. genius]",
        "",
    ),
    c(
        "good day today! made it to the yard 2 hours early and they had hot coffee",
        "[contempt:wow, hot coffee. stop the presses]",
        "",
    ),
    c(
        "I cried at work today, my manager's been riding me all week",
        "[contempt:poor thing, sitting in air conditioning all day must be rough]",
        "",
    ),
    c(
        "we can't make the mortgage this month",
        "[criticism:I send you my whole check every week, you're the one spending it on "
        "junk]",
        "",
    ),
    c(
        "behind on my logs and might get fined. stressing",
        "[criticism:you never keep up with your paperwork, this is on you]",
        "",
    ),
    c(
        "Jayden got caught vaping at school",
        "[criticism:because you let him run wild while I'm gone]",
        "",
    ),
    c(
        "I feel like a stranger when I come home. kids barely look up",
        "[criticism:maybe if you put your phone down when you're here they would]",
        "",
    ),
    c(
        "you didn't answer all day, I was worried sick",
        "[defensiveness:I was driving! I can't text and drive, you want me to crash?]",
        "",
    ),
    c(
        "you made plans with your sister on my only weekend home",
        "[defensiveness:I didn't know you'd be back, your schedule changes every week]",
        "",
    ),
    c(
        "it felt like you were somewhere else the whole weekend",
        "[defensiveness:I was exhausted, I just drove 3000 miles]",
        "",
    ),
    c(
        "feeling kinda low tonight, just missing home",
        "[hostile_question:again? you just left tuesday]",
        "",
    ),
    c(
        "your mom said something really hurtful to me at church",
        "[hostile_question:what did you do to set her off this time?]",
        "",
    ),
    c(
        "I need you to call more when you're out",
        "[hostile_question:when exactly am I supposed to do that, while I'm driving?]",
        "",
        context=["haven't heard from you in three days"],
    ),
    c(
        "rough night. wreck on the interstate, saw them pull a guy out. can't shake it",
        "[dismissal:ok. did you see the water bill?]",
        "",
    ),
    c(
        "I think I'm depressed",
        "[dismissal:ok talk when I get home, gotta go]",
        "",
    ),
    c(
        "the neighbors' dog barks all night and I'm losing my mind with you gone",
        "[advice:call animal control in the morning and get some earplugs]",
        "",
    ),
    c(
        "my boss yelled at me today, I'm so upset",
        "[self_focus:yeah well I had a guy pull a knife on me at a fuel stop in memphis, "
        "that's a bad day]",
        "",
    ),
    # --- 6. a blunt New Yorker ---
    # plainly empathic
    c(
        "subway stuck 45 min under the river. missed the whole pitch. I wanna scream",
        "oh no babe 😩 after all that prep? that's so unfair. of course you want to "
        "scream. did they say you can reschedule?",
        "EVX",
    ),
    c(
        "my brother hasn't said a word to me since the funeral",
        "that's brutal. losing your dad and then your brother goes quiet on top of it. "
        "you must feel so alone in this. you wanna talk about what happened with him?",
        "EIX",
    ),
    c(
        "landlord's raising the rent 400. we can't do that. I'm freaking out",
        "ugh that's terrifying, I'd be freaking out too. we'll figure it out together. "
        "what's the scariest part for you right now?",
        "EVX",
    ),
    c(
        "I have a lump. doctor wants an ultrasound next week",
        "ok. I'm here\n"
        "that's scary as hell and I'm not going anywhere\n"
        "I'm coming with you, no arguments. how you holding up?",
        "EVX",
    ),
    c(
        "not gonna lie, seeing you at the bar with your ex's friends made me feel like "
        "garbage",
        "yeah, I get it. I'd feel weird too. thanks for saying it instead of stewing. "
        "what went through your head?",
        "VX",
    ),
    c(
        "your mother called me 'the girlfriend' again. we've been married four years",
        "ugh, I'm sorry. that's so dismissive and you've been patient about it forever. "
        "no wonder you're done. want me to talk to her?",
        "EIV",
    ),
    c(
        "I'm so tired of always being the one who plans date night",
        "fair. you've been carrying that and I've been coasting. that's gotta feel "
        "lonely. what would feel good this week? I'll plan it",
        "VIX",
    ),
    # look like a block, are not
    c(
        "my manager said I'm 'too emotional' for client meetings",
        "are you kidding me? that guy's a dinosaur. you're not too emotional, you care, "
        "and he can't handle it. I'd be livid. what'd you say to him?",
        "VX",
    ),
    c(
        "got promoted. senior manager. whatever. no big deal 😎",
        "oh look at mr. big shot 😂 'no big deal' my ass, I can hear you grinning from "
        "here. so proud of you. drinks are on you tonight",
        "EI",
    ),
    c(
        "tell me something dumb, I need to stop thinking about this biopsy",
        "ok. a pigeon walked into the bodega today like he owned the place and Sal gave "
        "him a piece of bagel. I love you. thursday's gonna suck but I'll be right there",
        "E",
        needs=["distraction"],
    ),
    # asked for advice, given kindly
    c(
        "be honest. is my toast for your brother's wedding too much? I can send it to u",
        "send it, I'll tell you straight. from what you told me I'd cut the college "
        "story, ma's gonna faint. the rest sounds great, you're gonna kill it",
        "",
        seeks="advice",
    ),
    c(
        "should I tell my best friend her boyfriend's on a dating app?",
        "oof that's a rough spot to be in. I'd tell her. if it was me I'd want to know. "
        "you wanna figure out how to say it?",
        "E",
        seeks="advice",
    ),
    c(
        "what do you think, physical therapist or just rest it?",
        "PT. I know you hate sitting still but resting alone hasn't fixed it. I'll find "
        "you someone good near the office",
        "I",
        seeks="advice",
        context=[
            "my knee's been killing me since the marathon",
            "I really don't want to miss the brooklyn half",
        ],
    ),
    # two blocks
    c(
        "my audition went awful. I blanked on the monologue",
        "[minimizing:it's an off-off-broadway thing, who cares] "
        "[contempt:the drama, honestly. fitting for an actor]",
        "",
    ),
    c(
        "you forgot to pick up my prescription and now I'm out",
        "[defensiveness:I've been working twelve-hour days, I'm not your errand boy]. "
        "[criticism:you could've gotten it yourself on the way home]",
        "",
    ),
    c(
        "I'm upset you told your friends about our fight",
        "[hostile_question:seriously? that's what you're upset about?] "
        "[minimizing:it was nothing, they didn't even care]",
        "",
    ),
    c(
        "my sister's moving to LA and I'm kinda gutted",
        "[criticism:you never call her anyway]. "
        "[advice:just go visit, it's a six hour flight]",
        "",
    ),
    c(
        "I've been feeling really disconnected from you",
        "[contempt:oh here we go, did you watch another instagram therapist]\n"
        "[dismissal:I'm not doing this tonight]",
        "",
        context=["I've been trying to tell you this for a while"],
    ),
    # one block
    c(
        "the bodega guy who knew my order since I was 10 died. feels weird how sad I am",
        "[minimizing:babe, you barely knew him, it's a bodega guy]",
        "",
    ),
    c(
        "I lost my job today",
        "[minimizing:eh, jobs come and go, you'll have a new one in a month]",
        "",
    ),
    c(
        "I feel like I'm not good enough for your family",
        "[minimizing:forget it, they're like that with everybody. don't take it personal]",
        "",
    ),
    c(
        "someone keyed my car last night. I saved 3 years for that car",
        "[minimizing:welcome to new york, could've been stolen]",
        "",
    ),
    c(
        "I'm nervous about dinner with your parents",
        "[contempt:you're a grown woman scared of my mother. cute]",
        "",
    ),
    c(
        "I feel like you don't appreciate what I do around the house",
        "[contempt:sorry your highness, shall I write you a thank-you card]",
        "",
    ),
    c(
        "I really want to start therapy",
        "[contempt:sure, pay someone 200 bucks an hour to say it's your mother's fault]",
        "",
    ),
    c(
        "I finally finished my first painting!!",
        "[contempt:very nice. my nephew does those in kindergarten]",
        "",
    ),
    c(
        "missed the deadline on the tax thing. we're getting fined",
        "[criticism:because you procrastinate on literally everything]",
        "",
    ),
    c(
        "I'm so frustrated, the kids won't do their homework",
        "[criticism:because you cave every time they whine]",
        "",
    ),
    c(
        "got chewed out at work for being late again",
        "[criticism:you're late to everything, what did you think would happen]",
        "",
    ),
    c(
        "you were kind of rude to my friend at dinner",
        "[defensiveness:I was being honest, that's not rude. I don't fake it]",
        "",
    ),
    c(
        "it hurt when you didn't come to my dad's birthday",
        "[defensiveness:I told you I had a deadline, I'm not gonna apologize for working]",
        "",
    ),
    c(
        "you've been short with me all week",
        "[defensiveness:I have not. I've been busy, there's a difference]",
        "",
    ),
    c(
        "I wish you'd stand up for me with your mom",
        "[defensiveness:I DO stand up for you. I said something at thanksgiving, remember]",
        "",
    ),
    c(
        "so do I take the Jersey job or not? I need an answer by friday",
        "[hostile_question:why even ask me, you already made up your mind, didn't you?]",
        "",
        seeks="advice",
    ),
    c(
        "I'm just sad today, not sure why",
        "[hostile_question:what is it now?]",
        "",
    ),
    c(
        "you didn't even notice I got my hair cut",
        "[hostile_question:you're really mad about a haircut?]",
        "",
    ),
    c(
        "my dad's surgery is tomorrow and I'm really scared",
        "[dismissal:k. you seen my keys?]",
        "",
    ),
    c(
        "my coworker keeps making comments about my weight",
        "[advice:tell her to mind her business and walk away]",
        "",
    ),
    c(
        "I can't sleep, I keep thinking about the layoffs",
        "[advice:you gotta stop reading the news before bed]",
        "",
    ),
    c(
        "rough day, my presentation totally bombed",
        "[self_focus:join the club. my train broke down, my boss screamed at me and I got "
        "a parking ticket]",
        "",
    ),
]
