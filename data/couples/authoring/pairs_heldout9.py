"""Batch heldout9: 200 whole couple cases (partner message + reply), a held-out measurement batch.

Written blind, from the label definitions only (case_markup.py, the DATASHEET's "Fields" and
"Label definitions", shared/spec/analysis.md); no other batch, rule or model output was looked at.

Voices, 40 cases each (a voice writes the partner's message in some cases, the reply in others):
1. a Welsh texter ("cariad", "tidy", "now in a minute", "lush", "mun", "where to is it");
2. a Kenyan English speaker ("sasa", "pole sana", "eish", "si you", "manze", "ata", "kwani");
3. a Brazilian partner writing second-language English with Portuguese ("nossa", "saudade",
   "meu amor", "tá bom", "gente", "kkkk", literal phrasing);
4. a firefighter / paramedic on 24-hour shifts (bad calls, station life, overtime, sleep debt,
   crew dark humour), and their partner;
5. a Gen-Z texter ("no bc", "it's giving", "lowkey", "be so fr", "not me", "💀", "the way i").

Topics: work stress, in-laws and family, chores, money, health, parenting and babies, friends
and loneliness, intimacy, grief, jealousy, the relationship itself, good news and everyday
updates. Couples: married, dating, long-distance, same-sex, new parents, older.

Mix (checked with check_batch.py):
- 200 cases; 76 without a block: 62 empathic replies and 14 where the partner asked for advice
  and gets it kindly.
- 124 with blocks, 20 of them with two different kinds: 144 block spans, 18 of each kind
  (advice, minimizing, defensiveness, criticism, contempt, dismissal, self_focus,
  hostile_question).
- 15 cases seek advice: the 14 above plus one answered with a hostile question.
- 10 cases carry earlier partner turns: 5 advice threads (the ask only in an earlier turn),
  5 empathy threads.
- 4 cases carry needs (space; listen; touch + reassurance; distraction).
- Mechanism codes: E 65, I 52, X 41, V 33.

Hard cases written on purpose:
- blocks behind warmth: "aw cariad I know, waiting is horrible 💛" then unasked advice;
  "meu amor, I'm so sorry 💔" then "everything happens for a reason"; "aw that's sad babe" then
  "but you also never call them";
- reassurance that shrinks: "it's probably nothing, 90% are cysts" from a paramedic, "u're
  overthinking it, it's all in ur head", "she was just in shock, don't take it personally";
- sarcasm without emoji: "wow, a medal for you then", "again. what a surprise", "must be so
  exhausting sleeping at the station", "truly a tragedy";
- one-ups disguised as sharing: a panic attack story that outdoes the partner's, "it's worse for
  me tho", first-day-at-work anecdotes that take over the turn;
- questions with an edge that look curious: "what's the point in paying for it then, out of
  interest?", "ok, and what exactly do you think I tell them?", "hm, and who will pay the rent";
- unasked advice to a partner whose needs card says listen;
- empathic replies that look like blocks: owning the fault on chores ("you're right, that's on
  me"), "go back to bed, I'll do the next feeds", "kwani we're not a team?", "be so fr 😭 u could
  never", anger at the tutting lady / the mother-in-law, teasing on good news ("FOURTH time
  lucky", "Ana Maria Braga??", "not u becoming a functional adult 💀"), joining crew dark
  humour, "I miss you like mad too", a changed subject the partner asked for (needs
  distraction), "take the space you need".
"""

from typing import Any

from case_markup import c

HELDOUT9: list[Any] = [
    # --- 1. a Welsh texter ---
    c(
        "had the worst day in work cariad, Gareth took credit for my whole report in front of "
        "the regional manager",
        "oh cariad no 😡 that was YOUR work, you were up till gone midnight on it\n"
        "no wonder you're fuming\nwhat did the regional manager say?",
        "EIVX",
    ),
    c(
        "GOT THE JOB!!! starting in september, lush isn't it",
        "WHAT 🎉🎉 I knew it, tidy mun!! so proud of you. how did they tell you, was it a phone "
        "call?",
        "EX",
    ),
    c(
        "it's mam's anniversary tomorrow. don't know what's wrong with me, I keep snapping at "
        "everyone",
        "nothing's wrong with you love, it's the anniversary, of course you're raw ❤️ I'll be "
        "home early tomorrow, we can go up to the grave together if you want, or just sit in. "
        "whatever you need",
        "EIV",
    ),
    c(
        "I'm so tired of being the only one who sees the washing up",
        "you're right, and I've been leaving it. that's not fair on you. I'll do the dishes "
        "every night this week, no reminders",
        "IV",
    ),
    c(
        "doctor wants more bloods done, they found something on the scan but won't say what yet",
        "oh cariad 💔 that waiting is the worst bit isn't it, your head goes everywhere. when's "
        "the appointment? I'm coming with you, no arguments",
        "EIX",
    ),
    c(
        "miss you so much it's stupid. the flat is so quiet without you",
        "not stupid at all, I miss you like mad too. 3 weeks now in a minute and I'm home 🥺 "
        "want to facetime tonight and eat tea 'together'?",
        "EV",
    ),
    c(
        "passed my driving test on the 4th go 😅",
        "FOURTH time lucky 😂 the roads of Carmarthen will never be safe again. seriously tho "
        "cariad I'm dead proud, you didn't give up",
        "EI",
    ),
    c(
        "your mam made a comment about my cooking again. in front of everyone",
        "ugh, I'm sorry love. that's embarrassing and it's not on. did it get to you all "
        "evening? I'll have a word with her, she's my mam to deal with not yours",
        "EVX",
    ),
    c(
        "the baby's been up every hour, I'm crying in the kitchen at 4am",
        "oh love\nI'm coming down now\ngo back to bed, I'll do the next feeds - you've done "
        "every night this week, you're running on nothing",
        "EI",
    ),
    c(
        "just need to be quiet tonight, work was a lot",
        "course, take the space you need cariad. I'll be downstairs, tea's in the pot when you "
        "want it 💛",
        "EV",
        needs=["space"],
    ),
    c(
        "nobody from the rugby club asked me to the do saturday. 40 years old and I feel like "
        "I'm back in school",
        "that's horrible, being left out stings at any age, no wonder it's taken you back there. "
        "do you know if it was on purpose or just someone being useless with the group chat?",
        "EIVX",
    ),
    c(
        "maybe she's right",
        "oh love. that must've really hurt coming from her. what makes you think she might be "
        "right?",
        "EIX",
        context=["had a row with our Sioned today", "she said I never show up for her"],
    ),
    c(
        "where to is it best to book for our anniversary, that place in Cardiff or somewhere in "
        "Tenby? can't decide",
        "ooh tough one. I'd go Tenby honestly, make a night of it by the sea, Cardiff always "
        "feels like work. but whatever you pick will be lush",
        "",
        seeks="advice",
    ),
    c(
        "should I tell Mam we're not coming for Christmas this year or just go and grin and "
        "bear it? honestly",
        "that's a tough one cariad, I know how much she means to you. I'd tell her now, soon as, "
        "so she's not planning for us. want me to be there when you ring her?",
        "EI",
        seeks="advice",
    ),
    c(
        "it's killing me mun",
        "aw love, that sounds agony. I'd get the physio booked now, don't wait - last time "
        "resting it did nothing. I'll ring them first thing if you want",
        "E",
        seeks="advice",
        context=["my back's gone again lifting the boxes in work",
                 "what do you reckon, physio or just rest it a few days?"],
    ),
    c(
        "I feel like such a failure, didn't get the promotion again",
        "aw cariad, that's rough. [minimizing:there'll be other promotions, it's not the end of "
        "the world] [advice:just ask them what you need to do for next time and crack on]",
        "E",
    ),
    c(
        "you promised you'd be home for bath time and you weren't. again",
        "[defensiveness:I was stuck on the M4, it's not like I was in the pub] [criticism:and "
        "you could've done bath time yourself for once without making it a thing]",
        "",
    ),
    c(
        "I think I want to go back to uni and do nursing",
        "[contempt:oh here we go, another grand plan 🙄] [hostile_question:what happened to the "
        "baking business, then?]",
        "",
    ),
    c(
        "feeling really low today, don't even know why",
        "[self_focus:tell me about it, I've been shattered all week, work's been murder for me "
        "too]\n[dismissal:anyway what we having for tea?]",
        "",
    ),
    c(
        "Rhys is being so off with me since the wedding, I don't know what I did",
        "[advice:just text him and ask him what's up, now in a minute, then it's sorted]",
        "",
    ),
    c(
        "I'm so anxious about the scan on monday",
        "aw cariad I know, waiting is horrible 💛 [advice:you should try that breathing app "
        "before bed, and maybe cut the coffee]",
        "EI",
    ),
    c(
        "work was awful, the new manager humiliated me in the team meeting",
        "that's out of order love. [advice:you need to go to HR tomorrow and put it in writing]",
        "V",
        needs=["listen"],
    ),
    c(
        "I think I'm getting fat, none of my jeans fit",
        "[minimizing:you look lush, it's only a few pounds, not worth getting upset about] 😘",
        "",
    ),
    c(
        "still can't believe Nan's gone",
        "I know love, I'm sorry 💛 [minimizing:she had a good long innings though, 94 is a good "
        "age]",
        "E",
    ),
    c(
        "my best mate moved to Australia and I'm gutted",
        "[minimizing:it's not like she's dead mun, you've got whatsapp]",
        "",
    ),
    c(
        "you didn't even ask how my interview went",
        "[defensiveness:I was going to! you didn't give me a chance, you came in moaning about "
        "the traffic]",
        "",
    ),
    c(
        "I feel like I'm doing all the planning for the wedding on my own",
        "[defensiveness:that's not fair, I sorted the DJ and the cars]",
        "",
    ),
    c(
        "it hurt when you laughed at me in front of your mates",
        "sorry cariad, didn't mean it like that. [defensiveness:but in fairness you started it, "
        "you took the mick out of my dancing first]",
        "",
    ),
    c(
        "stressed about money again, the car needs a new clutch",
        "[criticism:well if you didn't ride the clutch like a learner we wouldn't be here]",
        "",
    ),
    c(
        "the kids were a nightmare today, I lost my temper with them",
        "[criticism:you always shout first and think after, that's why they don't listen to you]",
        "",
    ),
    c(
        "I'm exhausted, I did the big shop AND hoovered",
        "[contempt:wow, a medal for you then. hoovered. alert the papers]",
        "",
    ),
    c(
        "I cried in the car after the meeting, I felt so stupid",
        "[contempt:aww diddums. did the big bad meeting make you cry]",
        "",
    ),
    c(
        "I want us to try counselling",
        "[contempt:oh lush, let's pay a stranger to tell us you're always right]",
        "",
    ),
    c(
        "can we talk about what happened at your sister's? it's still bothering me",
        "[dismissal:not now mun, the rugby's on]",
        "",
    ),
    c(
        "I've been feeling really lonely since we moved up here",
        "[dismissal:right ok. did you remember the milk?]",
        "",
    ),
    c(
        "I had a panic attack on the train this morning",
        "oh no cariad. [self_focus:I know exactly what that's like, I had one at Sophie's wedding "
        "and honestly mine was so bad they nearly called an ambulance, I couldn't feel my arms]",
        "E",
    ),
    c(
        "my boss shouted at me in front of the whole office",
        "[self_focus:that's nothing, mine threw a stapler at the wall last week]",
        "",
    ),
    c(
        "I'm so nervous about meeting your parents sunday",
        "[self_focus:you think you're nervous, I'm the one who has to sit next to my dad all "
        "night listening to his jokes]",
        "",
    ),
    c(
        "didn't go to the gym again, I just couldn't face it",
        "[hostile_question:what's the point in paying for it then, out of interest?]",
        "",
    ),
    c(
        "I think your brother doesn't like me",
        "[hostile_question:why do you always have to make everything about you?]",
        "",
    ),
    # --- 2. a Kenyan English speaker ---
    c(
        "eish, my manager has added me another project. I'm already drowning manze",
        "pole sana babe 😔 that's too much for one person, no wonder you're drowning. what's the "
        "deadline looking like?",
        "EIVX",
    ),
    c(
        "sasa. mum called again asking when we're having kids. ata I'm tired of explaining",
        "pole love, that must be so draining, every call becomes the same interrogation. you "
        "don't owe anyone a timeline. want me to be the one who answers next time?",
        "EIV",
    ),
    c(
        "it's one year since baba passed. I keep hearing his voice telling me to wear a jacket 😢",
        "pole sana my love 🤍 that's such a him thing to say, I can almost hear it too. how are "
        "you feeling today, really?",
        "EX",
    ),
    c(
        "NIMEPATA! they approved the loan for the shop!!!",
        "WEEEEH 🎉🎉\nmanze you did it! all those nights doing the business plan\ntell me "
        "everything, what did the bank say?",
        "EIX",
    ),
    c(
        "I feel bad that I can't contribute as much to rent since I lost the job",
        "babe, kwani we're not a team? you're not less because of a job. I know it's weighing on "
        "you though. how are you holding up with the job search?",
        "IX",
    ),
    c(
        "I saw you laughing with Wanjiru at the party and I felt so insecure. I know it's silly",
        "it's not silly, you felt left out and that's real. thank you for telling me instead of "
        "keeping it inside. what would help you feel more secure when we're out?",
        "IVX",
    ),
    c(
        "the asthma has been bad this week, I had to use the inhaler like 5 times today",
        "eish, that sounds scary babe, struggling to breathe is no joke. is it worse at night? "
        "I'm coming over with soup after work",
        "EIX",
    ),
    c(
        "the baby won't latch and I feel like I'm failing her",
        "oh love you're not failing her. this is so hard, and so many mums go through exactly "
        "this, it's not you. how are you feeling in your body, are you getting any rest?",
        "EIVX",
    ),
    c(
        "it's 3am here and I can't sleep, missing home and missing you",
        "pole my love, those 3am thoughts are the loneliest. I'm here, si you call me? I'll stay "
        "on the line till you sleep",
        "EI",
    ),
    c(
        "my friends all went to Naivasha without telling me. I saw it on insta",
        "manze that hurts, finding out on insta is the worst way. of course you feel left out. "
        "did anyone say anything to you after?",
        "EIVX",
    ),
    c(
        "I feel like we haven't really been close lately, like we're just roommates",
        "I've felt it too, and I'm really glad you said it. I miss us. what do you miss most?",
        "EVX",
    ),
    c(
        "ata I don't know why I'm surprised",
        "pole babe. being left out by your own sister cuts deep, especially for something so "
        "big. it sounds like this isn't the first time she's done this?",
        "EIX",
        context=["my sister didn't invite us to the ruracio",
                 "she invited all her friends from work"],
    ),
    c(
        "should we do the pre-wedding dinner at home or hire a place? I need to tell mum by "
        "friday",
        "I'd say hire a place, sasa you won't be cooking for 40 people the day before the "
        "wedding. but if your mum feels strongly let's hear her out",
        "",
        seeks="advice",
    ),
    c(
        "which school do you think for Amani, the one near home or the boarding one in Nakuru? "
        "honestly tell me what you think",
        "I know this is a big one for you. I'd go with the one near home for now, she's still so "
        "small and you'd miss her so much. we can revisit in form one?",
        "I",
        seeks="advice",
    ),
    c(
        "I'm so stressed about it",
        "pole sana, that's a big jump. I'd negotiate first, we've paid on time for 3 years, that "
        "counts. I can draft the message with you tonight",
        "E",
        seeks="advice",
        context=["the landlord wants to raise rent by 20%",
                 "kwani what do we do, negotiate or start looking?"],
    ),
    c(
        "I burnt the ugali again 😩",
        "[criticism:because you're always on your phone while cooking] [contempt:master chef "
        "Kenya everyone 👏]",
        "",
    ),
    c(
        "I'm scared about the surgery next week",
        "[minimizing:eish it's a small operation, people do it every day] [advice:just pray and "
        "sleep early]",
        "",
    ),
    c(
        "we need to talk about your mum staying with us",
        "[hostile_question:kwani what is it now?] [dismissal:I'm tired, not today]",
        "",
    ),
    c(
        "you forgot our anniversary. I waited at the restaurant for an hour",
        "[defensiveness:I told you work was crazy this week, it's not like I did it on purpose] "
        "[self_focus:I've been under so much pressure, nobody even asks how I'm doing]",
        "",
    ),
    c(
        "my cousin keeps borrowing money and never pays back, I feel used",
        "[advice:stop giving him money, simple. block his number if you have to]",
        "",
    ),
    c(
        "I feel so lonely in this new city",
        "pole babe ❤️ [advice:you should join a church group or a chama, that's how you meet "
        "people]",
        "E",
    ),
    c(
        "I got a B in the exam, I really wanted an A",
        "[minimizing:a B is still good babe, don't stress about it]",
        "",
    ),
    c(
        "I think I said something stupid at the interview",
        "[minimizing:aki I'm sure you were fine! everyone says stupid things, they won't even "
        "remember]",
        "",
    ),
    c(
        "work is crushing me, I haven't had a day off in 3 weeks",
        "[minimizing:at least you have a job, so many people are tarmacking out there]",
        "",
    ),
    c(
        "I felt embarrassed when you corrected me in front of your friends",
        "[defensiveness:but you were wrong though. I was just helping]",
        "",
    ),
    c(
        "I've been doing all the night feeds alone",
        "[defensiveness:I'm the one working all day so we can pay the bills]",
        "",
    ),
    c(
        "I missed the deadline for the KRA returns and now there's a penalty",
        "[criticism:you always leave everything to the last minute, this one is on you]",
        "",
    ),
    c(
        "I'm tired of cooking every day",
        "[criticism:if you planned the meals properly on sunday you wouldn't be so tired]",
        "",
    ),
    c(
        "my friends forgot my birthday",
        "aw that's sad babe. [criticism:but you also never call them, ata you forgot Njeri's "
        "last month]",
        "E",
    ),
    c(
        "I'm thinking of starting a YouTube channel about cooking",
        "[contempt:hahaha you, cooking on youtube. the one who burns chai 😂]",
        "",
    ),
    c(
        "I've had such a long day, I'm so tired",
        "[contempt:yes because sitting in an office is so exhausting]",
        "",
    ),
    c(
        "I cried at work today, my boss said my report was poor",
        "[contempt:manze you cry for everything, such a drama queen]",
        "",
    ),
    c(
        "I need to tell you something that's been bothering me",
        "[dismissal:sawa, later]",
        "",
    ),
    c(
        "my dad said he's disappointed in me for leaving law",
        "[dismissal:👍]",
        "",
    ),
    c(
        "I feel like you don't listen to me anymore",
        "[dismissal:mmh. anyway did you buy the KPLC tokens?]",
        "",
    ),
    c(
        "the matatu driver was so rude to me today, I was almost in tears",
        "[self_focus:eish me too, today a boda guy almost knocked me and then insulted me, can "
        "you imagine?]",
        "",
    ),
    c(
        "I'm so nervous about my first day at the new job",
        "[self_focus:haha wait till you hear mine. on my first day at Safaricom I got lost, "
        "spilled tea on the CEO and nearly cried in the lift, it was a whole movie]",
        "",
    ),
    c(
        "should I tell my boss I'm pregnant now or wait until after probation?",
        "[hostile_question:kwani you didn't think about probation before?]",
        "",
        seeks="advice",
    ),
    c(
        "I'm worried about my mum's health",
        "[hostile_question:again? how many times will we talk about this?]",
        "",
    ),
    c(
        "I want to take a break from my friends for a while",
        "[hostile_question:interesting. and which friends will you have left, exactly?]",
        "",
    ),
    # --- 3. a Brazilian partner, second-language English ---
    c(
        "meu amor, today was so hard. the boss speak to me like I am a child in front of everyone",
        "nossa, I'm so sorry amor. that is humiliating, especially when you are working in "
        "second language and trying so hard. what did he say?",
        "EIX",
    ),
    c(
        "I have so much saudade of my mãe today. 3 years I don't see her",
        "ah meu amor 🥺 three years is so long. of course you miss her, she is your mãe. you want "
        "to call her together tonight? I can say oi too",
        "EIV",
    ),
    c(
        "I PASSED THE CELPIP!!! now I can apply for the residency 😭😭",
        "GENTE!!! 🎉🎉\nI knew it amor, you studied every night after work\nI'm so proud of "
        "you. how you feel??",
        "EIX",
    ),
    c(
        "I am feeling very insecure today, like you will get tired of me",
        "come here meu amor 🤗 I'm not going anywhere. I love you, the tired version, the crying "
        "version, all of you. what made today feel like this?",
        "EX",
        needs=["touch", "reassurance"],
    ),
    c(
        "your mother corrected my english again at dinner. I wanted to disappear",
        "babe I'm so sorry. that must have felt so small-making, you speak two languages and she "
        "speaks one. I'll talk to her. do you want to tell me how it felt?",
        "EIX",
    ),
    c(
        "amor you leave the towels on the floor every day, I am not your empregada",
        "ok that's fair, you're right. I've been lazy with it and it's not your job. sorry, I "
        "fix it",
        "V",
    ),
    c(
        "the dentist say I need canal, I'm very afraid, in Brazil I had bad experience",
        "ai amor, makes total sense you're afraid after what happened there. I'll come with you "
        "and hold your hand the whole time. what happened in Brazil, was very painful?",
        "EVX",
    ),
    c(
        "the baby has fever 38.5 and I'm so nervous, tá?",
        "oh no amor, that's so scary, I know how you worry. I'm leaving work now. did you give "
        "the paracetamol already?",
        "EIX",
    ),
    c(
        "sometimes I feel I don't have friends here, only you. it's heavy",
        "that sounds really lonely, amor, building a life from zero in another country. I can "
        "only imagine. have you felt like this for a while?",
        "EIX",
    ),
    c(
        "my avó died this morning. I can't go to the funeral, the flight is too expensive and "
        "too far 😭",
        "meu amor... I'm so so sorry. not being able to be there to say goodbye, that's a double "
        "pain. I'm here. you want to tell me about her?",
        "EIX",
    ),
    c(
        "I saw you still follow your ex on insta. I know it's stupid but I got jealous",
        "it's not stupid, I'd probably feel the same. I'll unfollow, she's not part of my life "
        "anyway. is there something else that's worrying you?",
        "VX",
    ),
    c(
        "amor I made pão de queijo from zero and they are PERFECT",
        "stop it 😂 who are you, Ana Maria Braga?? save me five, I'm serious, I'm coming home "
        "now",
        "E",
    ),
    c(
        "I don't know how many more times I can do this",
        "ai amor, I'm so sorry. after all that work, to hear no again... you must be exhausted "
        "in the soul. I'm here. what do you need right now?",
        "EIX",
        context=["amor the visa was denied again", "they said the documents were not enough"],
    ),
    c(
        "amor what you think, I accept the job in São Paulo or stay here? I need your honest "
        "opinion",
        "honestly? I think you should take it, it's the job you always talked about. we make the "
        "distance work. but I know it's scary, so we decide together tá bom?",
        "I",
        seeks="advice",
    ),
    c(
        "how do I say to your mom politely that we don't want her to stay 3 weeks?? help",
        "haha ok, I think it comes better from me, she's my mom. I'll tell her one week is "
        "perfect for us with the baby. you don't have to be the bad guy",
        "",
        seeks="advice",
    ),
    c(
        "I'm so confused with all this papers",
        "it's a lot of papers, I know, it would confuse anyone. I'd apply now, don't wait for "
        "the contract, they take ages. we sit this weekend and do it together?",
        "IV",
        seeks="advice",
        context=["gente, my visa expires in 2 months",
                 "you think I apply for the renewal now or wait the new job contract?"],
    ),
    c(
        "I'm so tired, learning english and working, sometimes my head hurts",
        "[minimizing:ah but your english is already good, no need to stress] [self_focus:try "
        "learning portuguese, that's the real pain, I still can't do the nasal sounds]",
        "",
    ),
    c(
        "you didn't defend me when your cousin made that joke about Brazilians",
        "[defensiveness:it was a joke, I didn't think you'd take it so personal] "
        "[hostile_question:do I have to fight everyone now?]",
        "",
    ),
    c(
        "I forgot the passport at home and we missed the flight 😭",
        "[criticism:nossa, you are so desorganizada, always the same thing]\n[dismissal:I don't "
        "want to talk, I'm going to sleep]",
        "",
    ),
    c(
        "I cried today in the supermarket because I couldn't find feijão and I felt so far from "
        "home",
        "[contempt:crying for beans kkkk 😂 so dramatic] [advice:just buy it on amazon next "
        "time]",
        "",
    ),
    c(
        "meu amor, my sister is not talking to me since I moved and it hurts me so much",
        "[advice:you have to call her and explain everything again, don't wait for her]",
        "",
    ),
    c(
        "I had a nightmare about my father again, I wake up crying",
        "ai amor, come here 🤍 [advice:you need to stop watching the news before sleep, it's "
        "making this worse]",
        "E",
    ),
    c(
        "I feel fat after the baby, nothing fits me",
        "[advice:gente, start the academia with me, 3 times a week and you will feel better]",
        "",
    ),
    c(
        "amor I failed the driving test again",
        "[minimizing:tá, it's just a test, next time you pass, relax]",
        "",
    ),
    c(
        "I lost the baby",
        "meu amor, I'm so sorry 💔 [minimizing:God knows what he does, everything happens for a "
        "reason]",
        "E",
    ),
    c(
        "you promised to call me yesterday and you didn't, I waited until 1am",
        "[defensiveness:amor, the time difference is 4 hours, is not my fault]",
        "",
    ),
    c(
        "I feel you don't like my friends",
        "[defensiveness:that's not true, I went to the churrasco last week didn't I]",
        "",
    ),
    c(
        "I had a horrible day, the kids were impossible",
        "[defensiveness:my day was not a party either, I also worked 10 hours]",
        "",
    ),
    c(
        "I spent too much on the credit card this month 😬",
        "[criticism:you never control yourself with money, it's always this]",
        "",
    ),
    c(
        "the neighbor complained about the noise from the party",
        "[criticism:because you always put the music too loud, I told you]",
        "",
    ),
    c(
        "I want to try to be a model, my friend say I have the face",
        "[contempt:kkkkk a model. tá bom, Gisele]",
        "",
    ),
    c(
        "I'm feeling homesick again",
        "[contempt:again. what a surprise]",
        "",
    ),
    c(
        "amor I'm worried about the wedding budget, can we talk?",
        "[dismissal:depois, I'm watching the game]",
        "",
    ),
    c(
        "I had a bad feeling all day, like something is wrong with me",
        "[dismissal:tá. what's for dinner?]",
        "",
    ),
    c(
        "my boss said maybe they will cut my hours",
        "[dismissal:ok.]",
        "",
    ),
    c(
        "I'm so sad my best friend isn't coming to the wedding",
        "[self_focus:nossa, imagine me, my whole family can't come because of the visa]",
        "",
    ),
    c(
        "the baby didn't sleep, I'm destroyed",
        "[self_focus:ahh I know how it is amor, I was up at 3 too with my back pain and then the "
        "alarm at 6, I'm dead, I don't know how I survive this meeting]",
        "",
    ),
    c(
        "I got a promotion today!!",
        "[self_focus:nice! I also have news, my boss said I'm going to lead the new project]",
        "",
    ),
    c(
        "I don't want to go to your family's christmas this year",
        "[hostile_question:and what is the problem with my family now?]",
        "",
    ),
    c(
        "I'm thinking to quit the job at the restaurant",
        "[hostile_question:hm, and who will pay the rent, you have a plan this time?]",
        "",
    ),
    # --- 4. a firefighter / paramedic on 24-hour shifts ---
    c(
        "bad one tonight. kid, 4 years old. we worked him for 40 min. didn't get him back",
        "oh love\nI'm so sorry\nthat's the kind of call that stays with you. I'm here whenever "
        "you're home, no need to talk if you don't want. did the crew get a debrief?",
        "EIX",
    ),
    c(
        "the guys have started calling me 'the black cloud' bc every shift I'm on we get a "
        "working fire lol",
        "😂 the black cloud. honestly tho that's a lot of fires in a row, you must be running on "
        "fumes. how many calls was it this shift?",
        "EIX",
    ),
    c(
        "24 on, got toned out 7 times overnight, slept maybe 40 min total. I'm a zombie",
        "ugh babe, 7 call outs, no wonder. come home, curtains are shut and I'll keep the kids "
        "out till 2 ❤️",
        "EV",
    ),
    c(
        "they're forcing mandatory overtime again. I'm missing Lily's recital",
        "that's so unfair, you fought for that night off. missing her recital must be gutting. "
        "I'll film the whole thing for you, front row. how are you feeling about it?",
        "EIVX",
    ),
    c(
        "I feel like I'm raising the kids alone half the week",
        "you're right, you basically are, and I don't say thank you enough. that's a lot to "
        "carry while I'm at the station. what's been the hardest bit lately?",
        "IVX",
    ),
    c(
        "my knee's swollen from ladder drills, doc says maybe meniscus",
        "oh no, that sounds painful babe, and scary for the job. how bad is it when you walk on "
        "it?",
        "EIX",
    ),
    c(
        "Mike from C shift died last night. heart attack at 46. he trained me",
        "oh my god. I'm so sorry love. he meant so much to you. do you want me to come pick you "
        "up from the station?",
        "EI",
    ),
    c(
        "I PASSED MY MEDIC EXAM 🚑🚑",
        "YESSSS paramedic!!! after all those night classes on no sleep. so proud of you. "
        "celebration tacos tonight??",
        "EI",
    ),
    c(
        "when you get home from shift you're just… not there. you're in the house but not with me",
        "yeah. you're right and I hate that. sometimes I bring the calls home in my head and shut "
        "down, and that's not fair on you. can we talk tonight about what would help?",
        "IV",
    ),
    c(
        "can't get her face out of my head",
        "oh love. that's heartbreaking. you got the whole family out and it still hurts that the "
        "dog didn't make it. of course her face is stuck with you. want me to come sit with you?",
        "EIV",
        context=["rough night. structure fire, family of 4 got out, the dog didn't",
                 "the little girl kept asking about him"],
    ),
    c(
        "someone puked on my boots, then someone else bled on them. new boots. day 2.",
        "NOT THE NEW BOOTS 😭 that's disgusting, I'm so sorry. what a shift. want me to run a "
        "bath for when you're home?",
        "E",
    ),
    c(
        "missed another bbq with the gang. feels like my friends stopped inviting me since I "
        "started 24s",
        "that sounds really isolating, love. the shifts eat your whole life. have you told any "
        "of them how it's been feeling?",
        "IX",
    ),
    c(
        "should I put in for the station across town? more money, longer drive. be honest",
        "I'd go for it honestly. the drive's rough after a 24 but the money sorts the mortgage, "
        "and I know you've outgrown your captain. whatever you pick I'm behind you",
        "I",
        seeks="advice",
    ),
    c(
        "how do I tell the kids I'll miss Christmas this year cos of the rota? any ideas",
        "oof, that's a hard one. maybe do 'firefighter christmas' the day before, presents and "
        "all, and tell them santa does a special stop for crews. they'll love it, I'll help",
        "E",
        seeks="advice",
    ),
    c(
        "I'm scared I'll take on too much",
        "that makes sense, you already carry a lot. I think say yes but ask for a co-lead so "
        "it's not all on you. you're the one the crew already calls anyway",
        "IV",
        seeks="advice",
        context=["captain asked me to be peer support lead", "do I say yes? what do you think"],
    ),
    c(
        "tough shift. car crash, teenager. I keep seeing it",
        "[self_focus:I had a horrible day too, the school called about Jake again and I had to "
        "leave work] [advice:you should just take a sleeping pill and try to switch off]",
        "",
    ),
    c(
        "I get so scared every time you go on shift and I see fires on the news",
        "[minimizing:babe stop worrying, it's literally my job, we're trained]\n[dismissal:"
        "anyway gotta go, roll call]",
        "",
    ),
    c(
        "you missed the parent-teacher meeting and didn't even text",
        "[defensiveness:I was literally pulling someone out of a car] [hostile_question:what do "
        "you want me to do, leave them there?]",
        "",
    ),
    c(
        "I froze on scene today, couldn't remember the dose. my partner had to step in",
        "[criticism:you should have studied the protocols instead of scrolling tiktok] "
        "[contempt:great medic you are]",
        "",
    ),
    c(
        "had to tell a mum her son didn't make it. I can't shake it",
        "[advice:you need to book in with the counsellor tomorrow, that's what they're there "
        "for]",
        "",
    ),
    c(
        "I'm so tired of the night shifts, my body can't do this anymore",
        "I know babe, you're wiped out 💙 [advice:you should put in for days, or look at that "
        "hospital job Sam mentioned]",
        "EI",
    ),
    c(
        "I feel like you care more about the crew than me",
        "[advice:you should come to the station barbecue and meet everyone, you'd feel "
        "different]",
        "",
    ),
    c(
        "the patient's wife screamed at me, said I killed him",
        "[minimizing:she was just in shock, don't take it personally, you did everything right]",
        "",
    ),
    c(
        "I found a lump in my breast",
        "[minimizing:it's probably nothing, I see this stuff all the time, 90% are cysts]",
        "",
    ),
    c(
        "you were on your phone the whole dinner with my parents",
        "[defensiveness:I was on call, I told you that before we went]",
        "",
    ),
    c(
        "you snapped at me this morning for no reason",
        "[defensiveness:I'd been awake 26 hours, cut me some slack]",
        "",
    ),
    c(
        "it scares me when you don't text after a big fire",
        "sorry babe. [defensiveness:but it's not like I'm sitting around, there's no time to "
        "text in the middle of a fire]",
        "",
    ),
    c(
        "I'm struggling. I keep having a few beers after bad shifts",
        "[criticism:yeah well you've always used beer to avoid everything]",
        "",
    ),
    c(
        "I burned the kids' tea and the smoke alarm went off lol",
        "[criticism:you leave the pan on and walk off every single time]",
        "",
    ),
    c(
        "I didn't make the promotion list",
        "[criticism:if you'd done the leadership course when I told you to you'd be on it]",
        "",
    ),
    c(
        "I'm so stressed about the fitness test friday",
        "[contempt:oh no, the big strong firefighter scared of a few push ups]",
        "",
    ),
    c(
        "I need a night off, I'm exhausted",
        "[contempt:sure. must be so exhausting sleeping at the station and playing cards all "
        "night]",
        "",
    ),
    c(
        "I keep thinking about the fire on Elm st",
        "[dismissal:can we not do work stuff tonight]",
        "",
    ),
    c(
        "I want to talk about you changing to 48/96 shifts, it worries me",
        "[dismissal:nothing to talk about, it's decided]",
        "",
    ),
    c(
        "worst call of my career today",
        "[self_focus:ugh same, we had three codes in the ED and I didn't even get lunch]",
        "",
    ),
    c(
        "I miss you when you're on 24s, the house is so empty",
        "aw I miss you too babe. [self_focus:honestly it's worse for me tho, at least you're in "
        "a real bed, I'm on a plastic mattress next to Dave's snoring]",
        "E",
    ),
    c(
        "I got stuck in traffic for 2 hours and missed my appointment",
        "[self_focus:try cutting someone out of a car at 3am and then talk to me about a bad "
        "day]",
        "",
    ),
    c(
        "you promised we'd go away this weekend",
        "[hostile_question:do you think I choose when the fires happen?]",
        "",
    ),
    c(
        "I feel like you tell the crew more than you tell me",
        "[hostile_question:ok, and what exactly do you think I tell them?]",
        "",
    ),
    c(
        "I can't sleep, I'm jumping at every noise since the shooting call",
        "[hostile_question:why did you take the job then, if it messes you up this much?]",
        "",
    ),
    # --- 5. a Gen-Z texter ---
    c(
        "no bc my manager said my work was 'fine' in that tone. i'm spiralling",
        "the 'fine' tone is SO real and so unsettling 😭 like just say the thing. of course ur "
        "spiralling. what did she say after?",
        "EVX",
    ),
    c(
        "got into the masters program 😭😭😭 i'm crying",
        "STOP\ni'm crying with u\nu deserve this so much after the year u had. how r u "
        "celebrating?? be so fr",
        "EIX",
    ),
    c(
        "lowkey feel like i don't have real friends, just group chats",
        "that's such a lonely feeling, surrounded by people online but nobody to call. i get why "
        "it's hitting u. has something happened recently?",
        "IVX",
    ),
    c(
        "my parents are fighting again. can u just distract me pls",
        "ofc 🫶 ok mandatory content: my cat just fell off the couch trying to look cool. also "
        "wanna watch the bake off final on call tonight?",
        "E",
        needs=["distraction"],
    ),
    c(
        "i parallel parked first try today 😤",
        "not u becoming a functional adult 💀 so proud of u honestly, the growth",
        "E",
    ),
    c(
        "got my adhd diagnosis today. idk how i feel, kind of relieved kind of sad",
        "that's so much to take in at once. relieved AND sad makes total sense, like finally an "
        "answer but also grieving the years without one? what's feeling biggest rn?",
        "IVX",
    ),
    c(
        "it's been a year since Nana died and no one in the family even mentioned it today",
        "oh babe 💔 that's so lonely, carrying it when nobody else says her name. i remember her "
        "laugh. wanna tell me a favourite Nana story?",
        "EIX",
    ),
    c(
        "the way i got jealous when u liked her post. i know it's not deep but",
        "hey it's okay to feel that, thank u for telling me instead of sitting on it. wanna talk "
        "about what it brought up?",
        "VX",
    ),
    c(
        "i think i'm annoying u lately, be honest",
        "be so fr 😭 u could never. but i can tell u've been feeling insecure, what's been "
        "making u feel that way?",
        "IX",
    ),
    c(
        "rent went up again i'm so stressed. it's giving broke era forever",
        "ugh that's so stressful, it feels like everything goes up except pay. i'm sorry babe. "
        "want me to sit with u this weekend and go through the numbers? no pressure",
        "EI",
    ),
    c(
        "the baby screamed the whole bus ride and a lady tutted at me. i felt like the worst mum "
        "alive",
        "ugh the tutting lady can get lost honestly\nu are NOT the worst mum. babies scream, u "
        "were handling it alone on a bus. that sounds so stressful. are u home now?",
        "EIVX",
    ),
    c(
        "like am i crazy??",
        "u are not crazy, labelling ur food is literally normal. being called petty for it would "
        "make anyone mad. how did u leave it with her?",
        "VX",
        context=["my roommate ate my leftovers AGAIN",
                 "and then said i was being 'petty' for labelling them"],
    ),
    c(
        "i've asked u 3 times to take the bins out and i feel like a nag",
        "u're not a nag, u shouldn't have to ask 3 times. i'm sorry, that's on me. doing it now",
        "V",
    ),
    c(
        "ok which outfit for the interview, the black blazer or the green one? pls decide for me",
        "green. 100%. it's giving competent but fun. u're gonna eat",
        "",
        seeks="advice",
    ),
    c(
        "i feel so guilty",
        "the guilt makes sense, u love her. i'd be honest about the money and offer to help in "
        "other ways, like doing her hair or planning the hen. a real friend will get it 🫶",
        "IV",
        seeks="advice",
        context=["my friend wants me to be her maid of honour but i genuinely can't afford it",
                 "how do i say no without ruining everything? help"],
    ),
    c(
        "i think i want to go vegan",
        "[contempt:it's giving phase 💀] [dismissal:anyway did u see what Jade posted]",
        "",
    ),
    c(
        "i'm so anxious about my presentation tmrw",
        "[minimizing:u'll be fine, it's literally 10 min] [self_focus:not me having to present "
        "to the whole department on friday, i'm actually dying]",
        "",
    ),
    c(
        "u didn't reply to me all day and i was worried",
        "[defensiveness:i was literally busy, i can't be on my phone 24/7] [criticism:u always "
        "get like this when i don't reply in 5 min]",
        "",
    ),
    c(
        "i feel so behind everyone my age, they all have careers and i'm still at the café",
        "[hostile_question:ok but what are u actually doing about it?] [advice:apply to some "
        "grad schemes this week]",
        "",
    ),
    c(
        "my situationship left me on read for 3 days. i feel so stupid",
        "[advice:block him. delete the number. next]",
        "",
    ),
    c(
        "lowkey struggling with my body image rn",
        "aw babe no 🥺 u're so pretty. [advice:u need to unfollow all those fitness girls asap]",
        "E",
    ),
    c(
        "i'm crying bc i got a 2:2 on my essay",
        "[minimizing:omg it's one essay, nobody will care in a year]",
        "",
    ),
    c(
        "i think my friends are talking about me behind my back",
        "babe 🫶 [minimizing:u're overthinking it, they love u, it's all in ur head]",
        "E",
    ),
    c(
        "my cat is sick and the vet bill is £600 😭",
        "[minimizing:at least it's treatable tho]",
        "",
    ),
    c(
        "it hurt when u made fun of my music in front of ur friends",
        "[defensiveness:it was a joke, u literally roast my playlists all the time]",
        "",
    ),
    c(
        "i feel like i'm always the one planning our dates",
        "[defensiveness:not true, i planned the cinema last month]",
        "",
    ),
    c(
        "overslept and missed my lecture again 😩",
        "[criticism:bc u stay up til 4am on tiktok every night, obviously u overslept]",
        "",
    ),
    c(
        "i spent all my money on the concert and now i can't pay rent",
        "[criticism:u literally do this every month, u have zero self control]",
        "",
    ),
    c(
        "i feel like my boss hates me",
        "aw that sucks. [criticism:tbh tho u are late like every other day, i'd be annoyed too]",
        "E",
    ),
    c(
        "i'm so stressed about uni, i might need an extension",
        "[contempt:the way u stress about everything 💀 main character energy]",
        "",
    ),
    c(
        "i had the worst day, the barista got my order wrong and then i missed the bus",
        "[contempt:wow. truly a tragedy. someone call the news]",
        "",
    ),
    c(
        "i think i might be depressed tbh",
        "[contempt:everyone's 'depressed' on tiktok these days lol]",
        "",
    ),
    c(
        "can we talk about last night? i'm still upset",
        "[dismissal:not rn]",
        "",
    ),
    c(
        "my mum said something really hurtful about my weight",
        "[dismissal:lol ok. anyway are we still going to Maya's]",
        "",
    ),
    c(
        "i feel like we're drifting apart",
        "[dismissal:k]",
        "",
    ),
    c(
        "i got rejected from the internship 😔",
        "[self_focus:same energy as me getting ghosted by 12 companies last summer, i literally "
        "cried in primark]",
        "",
    ),
    c(
        "i've been feeling so lonely since moving to uni",
        "[self_focus:omg that was literally me. when i moved to leeds i didn't talk to anyone for "
        "like 3 weeks and only ate pot noodles, it was my villain origin story tbh]",
        "",
    ),
    c(
        "i want to dye my hair pink",
        "[hostile_question:why tho? for who?]",
        "",
    ),
    c(
        "i've been thinking about going to therapy",
        "[hostile_question:oh? and what's wrong with u now?]",
        "",
    ),
    c(
        "i'm tired of always being the one who texts first",
        "[hostile_question:is that seriously what ur upset about rn?]",
        "",
    ),
]
