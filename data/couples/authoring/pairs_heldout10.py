"""Batch heldout10: 200 whole (partner message, reply) cases, a held-out measurement batch.

Written blind, from the label definitions only (case_markup.py, the DATASHEET's "Fields" and
"Label definitions", shared/spec/analysis.md); no other batch, rule or model output was looked
at.

Voices, 40 cases each; each voice writes the partner's message in some cases and the reply in
others:
1. a Ghanaian English speaker ("chale", "herh", "ei", "my dear", "paa", "you dey feel me",
   "by force", jollof, waakye, Kumasi, Accra);
2. a Dutch partner writing very direct second-language English ("ach", "gezellig", "lekker",
   "schat", "gefeliciteerd", literal phrasing; bluntness that is sometimes kind, sometimes not);
3. a hospital resident doctor on call and their partner (nights, bleeps, post-call, MRCP,
   OSCE, a patient who died, rota swaps, medical shorthand: pt, obs, qds, PE, resus);
4. a Russian partner writing second-language English (dropped articles, "nu", "davai",
   "my sun", proverbs translated literally, babushka, dacha, pelmeni);
5. an electrician on site texting terse lines ("on the tools", "boss on my back", ladders,
   stitches, MOT, digs working away, 18th edition).
Topics: work stress, in-laws and family, chores, money, health, parenting and babies
(including a miscarriage and IVF), friends and loneliness, intimacy, grief, jealousy, the
relationship itself, good news and everyday updates; married, dating, long-distance,
same-sex, new-parent and older couples.

Mix (checked with check_batch.py):
- 200 cases; 76 without a block: 62 empathic replies and 14 kind replies to asked-for advice.
- 124 with blocks, 20 of them with two different kinds: 144 block spans, 18 of each kind
  (advice, minimizing, defensiveness, criticism, contempt, dismissal, self_focus,
  hostile_question).
- 15 cases seek advice: the 14 above plus one answered with a hostile question.
- 10 cases carry earlier partner turns: 5 advice threads whose ask sits only in an earlier
  turn, 5 empathy threads.
- 4 cases carry needs (touch, listen, space, reassurance).

Hard cases written on purpose:
- blocks behind warmth: "ei sorry my dear ... next time just tell her", "oh no love ❤️ but
  this is what happens when...", "ach lieverd 💕 let's not make a thing of it", "love u ❤️
  leave it for now eh, footy's on", a non-apology "I'm sorry you feel hurt" then a defence;
- unasked advice where the needs card says listen, and a doctor's unasked prescription;
- reassurance that shrinks: "statistically it's almost always nothing", "it was caught
  though! no harm done", "you'll see her in summer, only 4 months";
- sarcasm without emoji: "big conspiracy. call BBC", "burnt out. from typing. right",
  "the great persecution of Natasha continues";
- one-ups disguised as sharing: "I feel you", "I know the feeling!", "I get it, I really do"
  followed by the replier's own story; good news turned to the replier's news;
- questions with an edge that look curious: "and how exactly do you think we pay the
  mortgage?", "what exactly would you have talked about with a room full of surgeons?",
  "you? doing your own invoices and tax returns?";
- cultural directness used as a defence ("in Holland we say what we think");
- empathic replies that look like blocks: caring bluntness ("you are not fine, and you don't
  have to pretend", "nu, you yelled, yes, not good. but..."), terse but present replies
  ("leaving site now. 20 min. I love you"), anger on the partner's behalf ("what an arse",
  "I am angry with her"), offers of help, "take the space", playful teasing on good news.
"""

from typing import Any

from case_markup import c

HELDOUT10: list[Any] = [
    # --- 1. a Ghanaian English speaker ---
    c(
        "chale my boss shouted at me in front of everybody today. herh. I wanted the ground to "
        "swallow me",
        "ei, in front of everybody?? my dear I'm so sorry. that is pure disgrace, he had no "
        "right to do that to you. how are you feeling now?",
        "EVX",
    ),
    c(
        "my mother called again asking when we will give her grandchild. by force she wants it "
        "this year",
        "herh, that pressure paa. I can hear how tired you are of defending us every time she "
        "calls. it's not fair on you",
        "EIV",
    ),
    c(
        "I didn't get the visa. again.",
        "oh my dear 😢 after all that paperwork and the waiting. I know how much you wanted to be "
        "with your family at Christmas.\nI'm here. call me when you can",
        "EI",
    ),
    c(
        "my dad is in the hospital in Kumasi. they said stroke",
        "ei.\nI'm coming home now.\nwhat did the doctors say?",
        "EX",
    ),
    c(
        "I feel like I have no friends here since we moved. weekends are so quiet",
        "chale that loneliness is real, you left your whole people behind in Accra. of course "
        "the weekends feel empty. what do you miss the most?",
        "IVX",
    ),
    c(
        "I PASSED!!! chartered accountant finally",
        "EIIII 🎉🎉 my dear!!! I knew it! all those late nights paa. we are going out tonight, "
        "jollof is on me",
        "E",
    ),
    c(
        "the baby hasn't slept more than 2 hours at once all week. I'm losing my mind",
        "herh, two hours?? that is punishing. you've been carrying the nights alone. tonight I "
        "take the first shift and you sleep. you dey feel me?",
        "EI",
    ),
    c(
        "today is one year since grandma passed. I keep hearing her voice",
        "my dear... one year already. she was your heart. it makes sense you hear her today of "
        "all days. do you want to talk about her or should I just sit with you?",
        "EIVX",
    ),
    c(
        "I saw that message from your ex and I'm not going to lie, it shook me",
        "thank you for telling me instead of keeping it inside. I understand why it shook you, I "
        "would feel the same. ask me anything, I will show you the whole chat",
        "EV",
    ),
    c(
        "I'm tired of being the only one who cleans in this house. I'm not your housemaid",
        "you're right, and I'm sorry. you've been doing everything and I've been pretending not "
        "to see. that must feel like you're alone in this home",
        "EIV",
    ),
    c(
        "I can't sleep chale",
        "herh, of course you can't sleep with that hanging over you. it's the not knowing that "
        "eats you. come, let me make you tea, we talk or we don't talk, your choice",
        "EIV",
        context=[
            "they announced restructuring at work today",
            "my whole team might be cut",
        ],
    ),
    c(
        "I sent money home again and now we're short for rent. I feel so stupid",
        "you're not stupid my dear, your family needed you and you answered. that's a heavy "
        "place to stand, between them and us. how short are we?",
        "IVX",
    ),
    c(
        "everything is just too much today. work, your mum, the car",
        "come here. no talking, just hug. I've got you ❤️",
        "E",
        needs=["touch"],
    ),
    c(
        "should I tell my sister she can't stay with us for 3 months? I don't want palava but I "
        "can't do it",
        "herh, that's a tough one, family is family. but I think you should tell her, kindly. "
        "maybe offer one month and help her look for a place. want me to be there when you talk "
        "to her?",
        "E",
        seeks="advice",
    ),
    c(
        "it's worse this morning",
        "ei, worse? then no more waiting my dear, go to the clinic today. I'll drive you after "
        "work if you want. does it hurt to stand?",
        "EX",
        seeks="advice",
        context=[
            "my knee has been swelling since football on saturday",
            "should I go to the doctor or just rest it?",
        ],
    ),
    c(
        "which one should I wear for your parents' dinner, the kente or the simple dress? I'm "
        "nervous paa",
        "the kente, you look like a queen in it. and I understand the nerves, first dinner with "
        "them is big. I'll be right beside you the whole time",
        "EV",
        seeks="advice",
    ),
    c(
        "my manager gave the promotion to the guy who joined after me. I'm so hurt",
        "[advice:chale just go and ask HR for the criteria, then update your cv and start "
        "looking]",
        "",
    ),
    c(
        "my mum said I've gained weight in front of everyone at the naming ceremony",
        "ei sorry my dear, that wasn't nice of her. [advice:next time just tell her straight "
        "that it's rude, don't keep quiet]",
        "E",
    ),
    c(
        "I'm so stressed with this thesis, my supervisor keeps rejecting my chapter",
        "herh sorry. [advice:you should book a meeting with him and ask exactly what he wants, "
        "write it down point by point]",
        "E",
        needs=["listen"],
    ),
    c(
        "I feel like my friends have forgotten me since the baby came",
        "[self_focus:it happened to me too when I started night shift, nobody called me for "
        "months, I was so lonely] [advice:just create a group chat and invite them over, by "
        "force they'll come]",
        "",
    ),
    c(
        "the doctor said my blood pressure is high. I'm scared",
        "[minimizing:ah it's common paa, half of Ghana has high BP. don't stress yourself]",
        "",
    ),
    c(
        "I failed the driving test for the second time. I'm so embarrassed",
        "my dear it's ok ❤️ [minimizing:it's just a driving test, it's not like you failed life. "
        "by next month you'll forget it]",
        "E",
    ),
    c(
        "your brother made fun of my accent at the party and everyone laughed",
        "[minimizing:ei he was only joking, that's how we play in my family. don't take it to "
        "heart]",
        "",
    ),
    c(
        "I miss my dad so much today. it's his birthday",
        "[minimizing:at least he's resting now, God knows best] [dismissal:anyway have you "
        "eaten? I'm buying waakye]",
        "",
    ),
    c(
        "you promised to call yesterday and you didn't. I waited till midnight",
        "[defensiveness:herh, I was at work till 10! I'm not sitting idle here, you know I'm "
        "busy]",
        "",
    ),
    c(
        "I feel like you take your mother's side every single time",
        "[defensiveness:that's not true at all. I'm the one always defending you when you're not "
        "there]",
        "",
    ),
    c(
        "it hurt when you forgot our anniversary",
        "[defensiveness:I didn't forget, I was planning something for the weekend] "
        "[hostile_question:why do you always assume the worst of me?]",
        "",
    ),
    c(
        "I'm broke again before month end, I don't know where the money goes",
        "[criticism:you know where it goes. you buy everything you see online, every week a new "
        "parcel]",
        "",
    ),
    c(
        "I was late to the interview because of traffic and they didn't even see me",
        "ah sorry my dear, that's painful. [criticism:but you know Accra traffic, you should "
        "have left by 6 instead of sleeping in]",
        "E",
    ),
    c(
        "my friends didn't invite me to Ama's wedding. I'm so hurt",
        "[criticism:maybe it's because you're always cancelling on them. you haven't been a good "
        "friend lately]",
        "",
    ),
    c(
        "I feel alone doing all the school runs",
        "[defensiveness:I also pay the school fees, it's not like I'm sitting down] "
        "[criticism:and you're the one who chose the school that's 40 minutes away]",
        "",
    ),
    c(
        "I think my colleague is trying to get me fired. she keeps reporting small things",
        "[contempt:oh yes, the whole office is planning against you. big conspiracy. call BBC]",
        "",
    ),
    c(
        "I'm really anxious about presenting tomorrow. my hands are already shaking",
        "[contempt:chale, the big CEO. shaking for a 10 minute presentation. drama queen paa]",
        "",
    ),
    c(
        "I need us to talk about how you spoke to me in front of your friends",
        "[contempt:here we go again, madam sensitive] [dismissal:I'm watching the match, later]",
        "",
    ),
    c(
        "I had a terrible day, the client screamed at me on the phone",
        "[dismissal:ok. did you buy the bread?]",
        "",
    ),
    c(
        "I'm so tired, I worked 12 hours today",
        "I feel you my dear. [self_focus:me too herh, I did 14 and my boss made me redo the "
        "whole report, my back is finished]",
        "",
    ),
    c(
        "I got the job offer in London!! I start in March",
        "[self_focus:wow. and me? I'll be here alone, my own job is going nowhere, what will I "
        "do]",
        "",
    ),
    c(
        "my grandma is sick and I can't travel to see her",
        "ei sorry. [self_focus:when my grandma was sick I couldn't go either, it was the worst "
        "time of my life, I still dream about it, I cried every day for a month]",
        "E",
    ),
    c(
        "I felt ignored at your family's party, nobody spoke to me",
        "[hostile_question:so what did you want them to do, carry you on their heads?]",
        "",
    ),
    c(
        "I'm thinking of quitting the church choir, it's too much pressure",
        "[hostile_question:and what will you tell Pastor? that you're too tired to sing for God?]",
        "",
    ),

    # --- 2. a Dutch partner writing direct second-language English ---
    c(
        "I keep saying I'm fine but I'm not fine. the miscarriage is still everywhere in my head",
        "you are not fine, and you don't have to pretend for me. it was only 8 weeks ago. of "
        "course it's still everywhere. I'm here, also when it's ugly.",
        "EIV",
    ),
    c(
        "Oma died this morning",
        "ach schat. I'm so sorry.\nI'm coming home. 20 minutes",
        "E",
    ),
    c(
        "my landlord came in the apartment without asking again. my underwear was on the bed",
        "what?! that is completely not okay. he has no right, that is your home. you must feel "
        "so violated. I am angry for you",
        "EIV",
    ),
    c(
        "the daycare called again, Sem bit another kid. I feel like a failing mother",
        "ach, that call is horrible to get. but a 2 year old who bites is not a failing mother, "
        "it's a 2 year old. it makes sense you feel judged though. how did they talk to you?",
        "EVX",
    ),
    c(
        "6 more weeks until I see you. today it feels like 6 years",
        "I know. today I also counted. the waiting is heavy and it's okay to be fed up with it. "
        "shall we eat dinner together on video tonight? I cook the same as you",
        "EIV",
    ),
    c(
        "I feel like I'm the only one who notices when things need doing",
        "you are right. I don't see it until you say it, and then you are the manager of the "
        "house, that is tiring. I understand you are fed up. what would help you most this week?",
        "IVX",
    ),
    c(
        "got into the master's programme in Utrecht!!!",
        "WAT! gefeliciteerd!! 🎉 I knew it. tonight we go out, lekker eten, I pay",
        "E",
    ),
    c(
        "it bothers me how much you text with Jeroen. I know it's stupid",
        "it is not stupid. if it bothers you, it matters. thank you for saying it direct. what "
        "part bothers you most, how much or when?",
        "EVX",
    ),
    c(
        "I checked our account and I'm panicking. we can't pay the car repair",
        "ok. I hear you are panicking and that is logical, it's a lot of money. we look at it "
        "together tonight, not you alone. what is the amount?",
        "IVX",
    ),
    c(
        "the MRI results come on Thursday. I can't think of anything else",
        "of course you can't. Thursday is so far away when you wait for something like this. "
        "shall I take Thursday off and come with you?",
        "IV",
    ),
    c(
        "I don't even know why I still care what he thinks",
        "because he is your father. of course you care. that he said 'ashamed' is cruel, and it "
        "is his shame, not yours. I love you. how are you now, really?",
        "EVX",
        context=[
            "had the talk with my dad today",
            "he said he's ashamed that I'm marrying a woman",
        ],
    ),
    c(
        "I need some time alone tonight, I'm just overwhelmed with everything",
        "okay, take the space. I go to the gym and then I read in the bedroom. I'm here when you "
        "want me. no pressure 💛",
        "E",
        needs=["space"],
    ),
    c(
        "I must decide before Friday, the job in Rotterdam or stay. what do you think, honestly?",
        "honestly? take Rotterdam. you light up when you talk about it, and we can make the "
        "commute work. but I know it's scary to leave your team",
        "IV",
        seeks="advice",
    ),
    c(
        "she is calling now",
        "say no, kindly but clear. you can say you love her but the money from last time comes "
        "first. I'm next to you if you want",
        "E",
        seeks="advice",
        context=[
            "my sister asks again to borrow 2000 euro",
            "do I say yes or no? she never paid back last time",
        ],
    ),
    c(
        "what do I bring for your mother's birthday? I want her to like me, I'm nervous for it",
        "bring tulips and stroopwafels, she is simple like that. and it's sweet that you are "
        "nervous, it means you care about this",
        "EI",
        seeks="advice",
    ),
    c(
        "my colleague took credit for my idea in the meeting. I was so angry I couldn't talk",
        "[advice:then you go to your manager tomorrow and say it was your idea. simple. no need "
        "to sit with it]",
        "",
    ),
    c(
        "I can't sleep since the move, everything here is strange",
        "ach schatje, that's annoying. [advice:you must stop with the phone in bed and take "
        "melatonin, it works]",
        "E",
    ),
    c(
        "your mother made a comment about my cooking again. 'interesting' she called it",
        "[advice:just cook Dutch food when she comes, stamppot, then there is no discussion]",
        "",
    ),
    c(
        "I feel so fat after the pregnancy. nothing fits",
        "[minimizing:it's normal, every woman has this, it goes away.] [advice:start with "
        "walking every day with the pram, that helps]",
        "",
    ),
    c(
        "the dog has to be put down next week. I can't stop crying",
        "[minimizing:he is 14, he had a long lekker life. it's a dog, not a person, you will be "
        "fine]",
        "",
    ),
    c(
        "I'm scared the lump is something bad",
        "I understand you are scared. [minimizing:but statistically it's almost always nothing, "
        "so really no need to worry now]",
        "I",
    ),
    c(
        "you said my paintings are 'nice for a hobby'. that really hurt",
        "[defensiveness:I was only honest. in Holland we say what we think, you know that. I "
        "can't help that you take it personal]",
        "",
    ),
    c(
        "I feel like you don't make time for me anymore",
        "[defensiveness:that is not fair. I work 40 hours and I do the groceries, the bike "
        "repair, everything]",
        "",
    ),
    c(
        "when you laughed about my Dutch at dinner I felt stupid",
        "[defensiveness:everybody laughed, not only me, it was a joke.] [contempt:ach, you and "
        "your thin skin again]",
        "",
    ),
    c(
        "I'm hurt you didn't come to my graduation",
        "I'm sorry you feel hurt, really. [defensiveness:but I told you weeks ago I had the "
        "deadline, it was not a surprise]",
        "",
    ),
    c(
        "I forgot the passports, we missed the flight. I feel like an idiot",
        "[criticism:well yes. I said three times check the passports. you never listen to me]",
        "",
    ),
    c(
        "I'm stressed, the thesis is due in 3 days and I have 10 pages",
        "[criticism:you had 4 months. you watched series every night, so this is your own choice]",
        "",
    ),
    c(
        "I got a parking fine again, 95 euro",
        "[hostile_question:again? how many times must I explain the blue zone?] [criticism:you "
        "are so chaotic with these things]",
        "",
    ),
    c(
        "I had a panic attack in the supermarket today",
        "[contempt:in the Albert Heijn? scared of the bread aisle? haha]",
        "",
    ),
    c(
        "I think I need a day off, I'm exhausted from this week",
        "[contempt:wow, exhausted from 4 days working at home in pyjamas. poor you]",
        "",
    ),
    c(
        "my friends went to Ibiza without me, I saw it on insta",
        "[contempt:ach, the drama queen of Amsterdam is sad again]",
        "",
    ),
    c(
        "can we talk about the fight yesterday? it's still in my stomach",
        "[dismissal:no. done is done. gezellig evening now ok?]",
        "",
    ),
    c(
        "I'm nervous for the IVF results tomorrow",
        "[dismissal:ok.]",
        "",
    ),
    c(
        "work was horrible, my boss yelled at me in front of the team",
        "[self_focus:pff, mine was also a crap day, the trains were cancelled and I stood 1 hour "
        "in Utrecht.] [dismissal:anyway what do we eat?]",
        "",
    ),
    c(
        "I feel like your friends don't like me",
        "ach lieverd 💕 [dismissal:let's not make a thing of it, the film starts]",
        "E",
    ),
    c(
        "I'm so homesick, I miss my mum's cooking",
        "I know the feeling! [self_focus:when I lived in Canada I was homesick for 2 years, I "
        "even flew back one weekend only for kroketten. that was the hardest time of my life "
        "really]",
        "",
    ),
    c(
        "I didn't get the part in the play",
        "[self_focus:ah, that reminds me, I never told you I also auditioned for theatre school "
        "once and they rejected me, I was 19, I was devastated for a whole summer]",
        "",
    ),
    c(
        "I feel like you care more about your bike than about me",
        "[hostile_question:are you serious now? you are jealous of a bike?]",
        "",
    ),
    c(
        "I quit my job today. I couldn't take it anymore",
        "[hostile_question:and how exactly do you think we pay the mortgage next month?]",
        "",
    ),
    c(
        "should I call my dad back? he was drunk again when he called",
        "[hostile_question:why do you even ask me? you do what you want anyway]",
        "",
        seeks="advice",
    ),

    # --- 3. a hospital resident doctor on call ---
    c(
        "lost a patient on the ward tonight. 34 years old. PE. we coded him for 40 minutes",
        "oh love. I'm so so sorry. 40 minutes of fighting for him... that's going to sit in your "
        "body for a while. I'm awake whenever you get out, call me",
        "EI",
    ),
    c(
        "post-call, 28 hours up, just got told I'm covering Saturday too",
        "WHAT. after a 28?? that's inhumane. you must be running on fumes. I'll come pick you up",
        "EI",
    ),
    c(
        "my dad fell, we're in A&E at St Mary's, they're saying hip",
        "on my way. 15 min.\nis he in pain? has anyone given him analgesia yet?\nyou ok?",
        "EX",
    ),
    c(
        "failed MRCP part 1. by 3 marks.",
        "3 marks. that is brutal, after every single evening on the question bank. I'm gutted "
        "for you. you're allowed to be furious about it tonight",
        "EIV",
    ),
    c(
        "the consultant tore me apart on the ward round in front of the patient and the students",
        "what an arse. there's no reason to do that in front of a patient. you must've felt so "
        "small. what did he say?",
        "EIVX",
    ),
    c(
        "I keep going back over the obs",
        "of course you do, that question would stay with anyone who cares like you do. it sounds "
        "like you're carrying the family's grief and your own. want to walk me through it, or do "
        "you need me to just hold you?",
        "EIVX",
        context=[
            "pt I admitted on monday died this afternoon",
            "family asked me if we could have caught it earlier",
        ],
    ),
    c(
        "I haven't seen you awake in 9 days. I miss you. I know it's the rota",
        "I miss you too, so much. it's not fair on you, living with a ghost. you're not being "
        "needy for saying it. breakfast after my last night on thursday, just us?",
        "EIV",
    ),
    c(
        "cried in the sluice room today. first time since F1",
        "oh sweetheart. sounds like today finally broke through. what happened?",
        "EIX",
    ),
    c(
        "GOT MY FIRST CHOICE ST1 JOB. anaesthetics. in London!!!",
        "AHHH!!! dr gas-woman!! so proud of you 🥳 champagne is in the fridge already",
        "E",
    ),
    c(
        "I'm missing everything with the baby. she rolled over and I was on nights",
        "oh love, that's such a painful thing to miss. I filmed it, but I know it's not the same "
        "as being there. she lit up when you walked in this morning",
        "EIV",
    ),
    c(
        "the pain in my side is back and I'm scared. I know you'll say it's nothing",
        "I'm not going to say it's nothing. you're scared and that matters more than my guesses. "
        "where exactly and since when? I'll take you to get it looked at tomorrow",
        "EVX",
    ),
    c(
        "I feel like I'm always second to the hospital",
        "you're not second. you're the reason I get through the shifts. I hear how lonely it's "
        "been, and it's fair to be fed up. I've put in for the swap so we have your birthday "
        "weekend",
        "EIV",
        needs=["reassurance"],
    ),
    c(
        "the reg told me I was 'too emotional for medicine' because I was upset after the paeds "
        "arrest",
        "that is such a cruel thing to say to someone who just watched a child arrest. being "
        "upset about that is being human. you don't need to toughen up for him",
        "EV",
    ),
    c(
        "need to answer by 5",
        "take it, honestly. christmas with your family matters to you way more than sleep in "
        "january, and I'll do all the food and driving while you're on nights. you okay with "
        "that?",
        "E",
        seeks="advice",
        context=[
            "got offered the rota swap for christmas day but it means 4 nights in a row after",
            "should I take it?",
        ],
    ),
    c(
        "mum's ankle is still swollen a week after she twisted it, do you think she needs an "
        "x-ray?",
        "yeah, still swollen after a week I'd get it x-rayed, especially at her age, could be a "
        "small fracture. urgent care today is fine. how's she coping, is she walking on it?",
        "X",
        seeks="advice",
    ),
    c(
        "should I do the revision course in Manchester or save the £600? we're tight this month",
        "I'd go. a resit costs more than the course, and you've been so stressed about this "
        "exam. we'll tighten elsewhere, I can pick up a weekend shift",
        "I",
        seeks="advice",
    ),
    c(
        "had a patient's family scream at me today because the scan was delayed. wasn't even my "
        "fault",
        "[advice:you need to escalate that to your consultant and write an incident report]",
        "",
    ),
    c(
        "I've had this headache for 3 days and I'm so fed up, I just want to cry",
        "[advice:drink 2 litres of water, 1g paracetamol qds and get off the screen]",
        "",
    ),
    c(
        "I'm so anxious about the smear results",
        "aw babe. [minimizing:honestly I see these all day, 90% are nothing.] [advice:just don't "
        "google anything till they call]",
        "E",
    ),
    c(
        "made a drug error today. caught before it reached the patient but I'm shaking",
        "[minimizing:it was caught though! no harm done, so it doesn't really count]",
        "",
    ),
    c(
        "your mum told me I'm 'just a teacher' compared to you",
        "[minimizing:she didn't mean it like that, she's old school. don't let it get to you]",
        "",
    ),
    c(
        "I'm exhausted, the baby was up 5 times",
        "[minimizing:5 times isn't bad for 4 months.] [self_focus:I had 3 admissions and an "
        "arrest between 2 and 6 and didn't sit down once]",
        "",
    ),
    c(
        "you promised you'd be at the scan and you weren't",
        "[defensiveness:I was literally scrubbed in, what was I supposed to do, walk out of a "
        "laparotomy?]",
        "",
    ),
    c(
        "you snapped at me when you got home. I was only asking how your shift was",
        "[defensiveness:you have no idea what my night was like. I'm allowed to be tired]",
        "",
    ),
    c(
        "I felt abandoned at my sister's wedding when you left for the bleep",
        "[defensiveness:I was on call, I told you I might have to leave.] [criticism:and you "
        "knew you were marrying a doctor]",
        "",
    ),
    c(
        "failed the OSCE station on breaking bad news. of all things",
        "[criticism:well you do come across a bit cold sometimes, you do it with me too]",
        "",
    ),
    c(
        "so tired I fell asleep in the car park for an hour",
        "oh no love ❤️ [criticism:but this is what happens when you stay up revising after "
        "nights, I keep telling you]",
        "E",
    ),
    c(
        "overdrawn again and payday is 10 days away",
        "[criticism:you earn decent money now, you just spend it like a student]",
        "",
    ),
    c(
        "I think I'm burning out. I dread every shift",
        "[contempt:oh here we go, the martyr doctor speech again]",
        "",
    ),
    c(
        "I feel like you care more about your patients than me",
        "[contempt:right, because you're clearly dying. let me bleep the crash team for your "
        "feelings]",
        "",
    ),
    c(
        "I think I'm going to cry, the nurses were so rude to me today",
        "[hostile_question:nurses? you're crying over nurses?] [contempt:big bad doctor can't "
        "handle a ward sister]",
        "",
    ),
    c(
        "I'm thinking of going back to uni to do nursing",
        "[contempt:lol nursing. you faint at blood tests]",
        "",
    ),
    c(
        "I've been feeling really low lately. work, friends, everything",
        "[dismissal:can we do this tomorrow? I'm on at 8]",
        "",
    ),
    c(
        "pt died on my shift. first one that was mine",
        "[dismissal:k. u still picking up milk?]",
        "",
    ),
    c(
        "I need to talk about us, I'm not happy",
        "[dismissal:getting bleeped, whatever it is it'll keep]",
        "",
    ),
    c(
        "my shift at the café was hell, a guy threw coffee at me",
        "[self_focus:ha try getting punched by a drunk in resus at 3am, that was my tuesday]",
        "",
    ),
    c(
        "I'm struggling with mum's dementia diagnosis",
        "I get it, I really do. [self_focus:I see it all the time on the geris ward, it's "
        "honestly the part of the job that wrecks me most, I had a lady last week who thought I "
        "was her son]",
        "",
    ),
    c(
        "got my exam result. PASSED!!",
        "amazing!! well done. [self_focus:I found out today I didn't get the promotion, so at "
        "least one of us had a good day]",
        "E",
    ),
    c(
        "they swapped me onto nights again without asking",
        "[hostile_question:and you just said yes? do you ever say no to anyone?]",
        "",
    ),
    c(
        "I felt really left out when you went to the mess party without me",
        "[hostile_question:what exactly would you have talked about with a room full of "
        "surgeons?]",
        "",
    ),

    # --- 4. a Russian partner writing second-language English ---
    c(
        "mama called from Samara, papa is in hospital with heart. I cannot fly, no visa. I feel "
        "useless",
        "oh my love, I'm so sorry. being so far away when your papa is sick is the worst kind of "
        "helpless. what did the doctors tell your mama?",
        "EIX",
    ),
    c(
        "I got fired today. they gave me a box and 10 minutes",
        "my sun... 10 minutes, like you are criminal. this is humiliating, of course you are "
        "shaking. come home, I make pelmeni and we think tomorrow, not today",
        "EIV",
    ),
    c(
        "I'm scared I'm a bad father. I yelled at Misha today and he cried",
        "nu, you yelled, yes, not good. but bad father does not lie awake worrying about it. you "
        "are tired and you love him, I see it every day. what happened before you yelled?",
        "IX",
    ),
    c(
        "today is 9 days since babushka died. in our tradition we remember her today. nobody "
        "here understands this",
        "I want to understand. tell me what you do on the ninth day, and I'll do it with you. "
        "I'm sorry you feel so alone with it here",
        "EIX",
    ),
    c(
        "positive test. two lines",
        "WHAT\nmy sun\nI am coming home now\nhow are you feeling??",
        "EX",
    ),
    c(
        "I saw how you looked at that girl at party. I know maybe is nothing but it eats me",
        "thank you for telling me and not just going quiet. I get why it ate at you, and I'm "
        "sorry I made you feel that way. what did you see that worried you?",
        "EVX",
    ),
    c(
        "your mother said something about me in Russian and everyone laughed. I felt so stupid",
        "I am angry with her. she did it on purpose because you don't understand, this is not "
        "ok. you were not stupid, you were outside of the joke, it's different. I will talk to "
        "her, this is mine to do",
        "EIV",
    ),
    c(
        "I counted, we don't have enough for mortgage this month. I am ashamed, it's my bonus "
        "that was cut",
        "you have nothing to be ashamed of, they cut it, not you. I know how much you hate "
        "feeling like you let us down. we'll work it out together. how much are we short?",
        "VIX",
    ),
    c(
        "I'm tired of feeling like I'm the only one planning our weekends",
        "you are right, I let you do all. this is tiring, to always be the one who thinks. this "
        "weekend I plan, and you just come. davai?",
        "VI",
    ),
    c(
        "I passed the citizenship test!!!",
        "ура!!! my sun, I knew!!! tonight we drink the good cognac 🥂",  # noqa: RUF001 (Russian, on purpose)
        "E",
    ),
    c(
        "maybe I am bad friend. maybe everybody leaves me finally",
        "oh love, that silence hurts, especially from someone so close. it makes sense your head "
        "goes to the worst. you're not a bad friend, you're the one who remembers everyone's "
        "birthday. do you know if something's going on with her?",
        "EVX",
        context=[
            "my friend Lena stopped answering my messages",
            "three weeks now",
        ],
    ),
    c(
        "I feel we are like neighbours now. we don't touch, only talk about bills",
        "that hurts to read, and I think you're right. I miss you too. I'm glad you said it. "
        "when did it start feeling like this for you?",
        "EVX",
    ),
    c(
        "I cannot sleep from this",
        "I think you should take it, honestly. it's your dream project, and yes, I'll come, or "
        "we do long distance and I visit every month. I can see it's keeping you up, let's go "
        "through it properly tomorrow",
        "I",
        seeks="advice",
        context=[
            "my boss offered me to move to Berlin office for one year",
            "what you think, I take it or no? you will come?",
        ],
    ),
    c(
        "how do I tell my parents we are not coming for New Year? they will be so offended",
        "I'd call your mum, not text, and tell her we'll come for Orthodox Christmas instead, so "
        "it's a 'later' not a 'no'. I know how much their disappointment weighs on you",
        "I",
        seeks="advice",
    ),
    c(
        "my back is killing me after moving the boxes. heat or ice?? help",
        "ice first, first 2 days, then heat. and no more boxes, I carry rest. poor my sun, lie "
        "down, I bring you ice now",
        "E",
        seeks="advice",
    ),
    c(
        "I feel so lonely in this city, I have no friends here",
        "[advice:you must go to Russian community centre, they have evenings on Thursday. also "
        "sign up for gym]",
        "",
    ),
    c(
        "I'm so nervous about the job interview tomorrow",
        "[advice:nu, morning is wiser than evening. go sleep now and don't think about it]",
        "",
    ),
    c(
        "my sister said I'm a terrible aunt because I missed the recital",
        "my poor sun, this is not fair from her. [advice:you should buy the girl a gift and call "
        "your sister, make peace first]",
        "EV",
    ),
    c(
        "I failed my driving test again",
        "[criticism:because you drive like in computer game.] [advice:take 10 more lessons with "
        "normal instructor, not this cheap one]",
        "",
    ),
    c(
        "I got a rejection from the 20th company. I feel worthless",
        "[minimizing:nu, what does not kill us makes us stronger. it's only job, there are "
        "thousands]",
        "",
    ),
    c(
        "I miss my mama so much, I cried in shower",
        "[minimizing:babe you'll see her in summer, that's only 4 months, it'll fly by]",
        "",
    ),
    c(
        "I think your friends don't respect me because of my accent",
        "[minimizing:you're overthinking, nobody even notices your accent.] [dismissal:anyway "
        "are we still going to Tom's tonight?]",
        "",
    ),
    c(
        "you didn't defend me when your brother made that joke",
        "[defensiveness:what I had to do, fight with him at table? I said nothing bad, I only "
        "sat]",
        "",
    ),
    c(
        "you forgot to call when you landed. I was worried all night",
        "[defensiveness:my phone died, it's not like I did it on purpose. I hate these trips too "
        "you know]",
        "",
    ),
    c(
        "it hurts when you criticise my cooking in front of guests",
        "I love you, you know. [defensiveness:but I only said borscht needs more salt, it's "
        "truth, in my family we say truth]",
        "E",
    ),
    c(
        "I feel like you never ask about my day",
        "[defensiveness:I ask every day! and you answer 'fine'.] [contempt:maybe I should make "
        "form for you to fill, like in Soviet office]",
        "",
    ),
    c(
        "my manager said my reports are not clear. I work so hard on them",
        "[criticism:well your English in emails is pretty hard to follow sometimes, I've told "
        "you]",
        "",
    ),
    c(
        "I'm so stressed, the house is a mess and the kids are screaming",
        "[criticism:because you let them do everything. with me they listen]",
        "",
    ),
    c(
        "I think I need to see a therapist",
        "[contempt:therapist, ha. in my country we had vodka and a kitchen, and we survived]",
        "",
    ),
    c(
        "I feel nobody at work takes me seriously because I'm foreign",
        "[contempt:ah yes, the great persecution of Natasha continues]",
        "",
    ),
    c(
        "I'm upset you booked the trip without asking me",
        "[contempt:oh, princess is upset. I bought her holiday and she is upset]",
        "",
    ),
    c(
        "I need to talk about your mother. she comes every weekend and I have no rest",
        "[dismissal:can we not do this tonight. I'm going to bed]",
        "",
    ),
    c(
        "I am very sad today, I don't know why. just heavy",
        "[dismissal:👍]",
        "",
    ),
    c(
        "my boss humiliated me in the meeting",
        "[self_focus:my boss is idiot too, today he put me on weekend shift without asking, I "
        "almost quit on the spot.] [dismissal:davai, what we eat tonight?]",
        "",
    ),
    c(
        "I can't believe my dog died. he was with me 15 years",
        "I understand you so much. [self_focus:when my cat Murka died I was 12, I cried for one "
        "month, my father buried her at dacha and I still cannot sit at that table]",
        "",
    ),
    c(
        "got the promotion!!! senior designer 🎉",
        "[self_focus:nice. I also have news, my company maybe sends me to Moscow office for 3 "
        "months, I must decide this week]",
        "",
    ),
    c(
        "I felt hurt that you didn't come to my dad's birthday",
        "[hostile_question:and why I must come? your father did not even say hello to me at "
        "Christmas]",
        "",
    ),
    c(
        "I am thinking to start my own business, I'm so tired of this office",
        "[hostile_question:with what money exactly? and who will pay the nursery, your business?]",
        "",
    ),
    c(
        "I'm so hurt you read my messages",
        "[hostile_question:what you are hiding that you are so hurt?]",
        "",
    ),
    c(
        "my back hurts again, I couldn't go to work",
        "[hostile_question:again? are you sure it's back and not that you don't want to go?]",
        "",
    ),

    # --- 5. an electrician / construction worker texting from site ---
    c(
        "fell off the step ladder. wrist swollen like a balloon. foreman says crack on",
        "WHAT. crack on?? no way. that wrist is your livelihood. I'm coming to get you for an "
        "x-ray, where are you?",
        "EI",
    ),
    c(
        "I lost the baby. at the clinic now",
        "leaving site now.\n20 min.\nI love you. I'm so sorry",
        "E",
    ),
    c(
        "bad day. really bad",
        "here. on break in 10, I'll ring u. what happened love",
        "EX",
    ),
    c(
        "boss on my back all week. says im too slow. been on the tools since 6 every day",
        "since 6 every day and he's calling you slow? that's a joke. you must be wrecked and fed "
        "up to the back teeth. proper unfair",
        "EIV",
    ),
    c(
        "Dave from the crew died at the weekend. heart attack. 52",
        "oh no. I'm so sorry love. you worked with him for years. how are the lads taking it? "
        "how are YOU taking it?",
        "EIX",
    ),
    c(
        "job fell through. no work for 2 weeks. cant pay the van",
        "oh babe that's such a stress, I know how much you hate not being able to provide. we'll "
        "manage, we've been here before. want to go through the numbers tonight?",
        "EI",
    ),
    c(
        "3 weeks in these digs in Aberdeen. lads go pub every night. just me and the telly. miss "
        "u",
        "miss you so much too. that sounds so lonely, being surrounded by people and still on "
        "your own. ring me tonight and we'll watch the same thing together?",
        "EI",
    ),
    c(
        "passed my 18th edition. first go 💪",
        "YESSS get in!!! so proud of u. chippy tea on me tonight",
        "E",
    ),
    c(
        "I'm scared to go to the GP about the lump",
        "I know. I'd be bricking it too. I'll book it and come with you, day off, don't care "
        "what the boss says. you're not doing this on your own",
        "EV",
    ),
    c(
        "I can't keep driving over there every night",
        "course you can't. you're knackered and you're doing it all. that's a lot on one pair of "
        "shoulders. I'll do thurs and sat. how you holding up?",
        "VIX",
        context=[
            "mum's had another fall",
            "she's refusing carers again",
        ],
    ),
    c(
        "feels like we just pass each other. you're asleep by 9",
        "yeah. you're right and I hate it too. early starts are killing us. I miss you. sunday, "
        "no phones, just us?",
        "EV",
    ),
    c(
        "not gonna lie it got to me seeing u dancing with ur ex at the do",
        "I'm glad you told me. I get it, I'd feel the same if it was the other way round. it "
        "meant nothing but your feeling makes sense. want to talk about it tonight?",
        "EVX",
    ),
    c(
        "gotta tell him by tonight",
        "I'd say take it for a month and see, we could do with the cash for christmas. but if "
        "your back's playing up it's not worth it, your body comes first. how's it feeling this "
        "week?",
        "X",
        seeks="advice",
        context=[
            "lad on site offered me a cash job saturdays",
            "should I take it or is it not worth the hassle",
        ],
    ),
    c(
        "bathroom light keeps flickering. is that dangerous or can it wait till the weekend?",
        "don't touch it babe, switch it off and leave it. prob a loose connection, I'll sort it "
        "tonight when I'm back. good shout asking",
        "",
        seeks="advice",
    ),
    c(
        "boss had a go at me in front of the new apprentice. felt like a mug",
        "[advice:just tell him where to go and get a job with Mark's firm, they're always hiring]",
        "",
    ),
    c(
        "I'm so stressed with the kids and work. I'm drowning",
        "[advice:get ur mum to have them sat.]",
        "",
    ),
    c(
        "wrist still killing me from the fall. can't grip the drill",
        "aw love 😔 [criticism:told u that ladder was knackered, u never listen]",
        "E",
    ),
    c(
        "got laid off. 8 of us. just like that",
        "[minimizing:at least it wasn't just you, and sparkies are always needed, you'll have "
        "something by monday]",
        "",
    ),
    c(
        "cut my hand bad on site. 6 stitches",
        "[minimizing:could be worse, could've been a finger 😅]",
        "",
    ),
    c(
        "I feel so ugly since the baby",
        "ur gorgeous babe ❤️ [minimizing:stop being daft, nobody cares about a bit of belly]",
        "E",
    ),
    c(
        "my best mate's moved to Spain, I feel so lonely",
        "[minimizing:it's only spain, 2 hr flight.] [advice:book a ryanair and go see her]",
        "",
    ),
    c(
        "you didn't text all day. I was worried something happened on site",
        "[defensiveness:I'm on a roof all day, can't exactly be texting up there can I. not my "
        "fault]",
        "",
    ),
    c(
        "muddy boots on the carpet again. I feel like nobody respects this house",
        "[defensiveness:I work 10 hrs in the rain so we can have the house. sorry for having a "
        "job]",
        "",
    ),
    c(
        "you promised you'd be at parents evening",
        "[defensiveness:boss kept us back, I can't just walk off a job.] [hostile_question:what "
        "do u want me to do, lose the contract?]",
        "",
    ),
    c(
        "van failed its MOT. another 600 quid",
        "[criticism:because you never get anything checked till it breaks]",
        "",
    ),
    c(
        "back's gone again. can barely stand",
        "[criticism:that's what happens when you carry 2 boards at once instead of asking for "
        "help]",
        "",
    ),
    c(
        "I'm nervous about meeting your mates on saturday",
        "[criticism:you get like this before everything.] [contempt:proper little drama queen]",
        "",
    ),
    c(
        "I think I need a break from work, I'm burnt out",
        "[contempt:burnt out. from typing. right]",
        "",
    ),
    c(
        "lads were taking the piss out of my new haircut all day, bit gutted tbh",
        "[contempt:aww did the big tough electrician get his feelings hurt 🥺]",
        "",
    ),
    c(
        "bit down today. not sure why. just flat",
        "[dismissal:k. what time u back]",
        "",
    ),
    c(
        "can we talk about money tonight, I'm worried about the bills",
        "[dismissal:not tonight, knackered. whatever it is it can wait]",
        "",
    ),
    c(
        "I'm upset about what your sister said at lunch",
        "love u ❤️ [dismissal:leave it for now eh, footy's on]",
        "E",
    ),
    c(
        "nearly got a shock today. lad left a circuit live. still shaking",
        "[dismissal:oh. anyway did u get the tickets for saturday?]",
        "",
    ),
    c(
        "the baby's teething and I haven't slept",
        "[self_focus:tell me about it, I was up at 5 and then 9 hrs in the rain on a roof, my "
        "knees are done]",
        "",
    ),
    c(
        "missing my dad today. 2 years",
        "I know how that feels. [self_focus:my nan's anniversary is next week and I've been a "
        "mess about it all month, I keep dreaming about her house]",
        "",
    ),
    c(
        "got the foreman job!!!",
        "[self_focus:nice. I had my review today, they want me on more hours for the same money, "
        "I'm fuming]",
        "",
    ),
    c(
        "I'm so anxious about the redundancy meeting tomorrow",
        "[self_focus:me too tbh, site might be shutting after xmas, I've been stressing all week "
        "about the mortgage]",
        "",
    ),
    c(
        "I feel like you don't listen to me when you're home",
        "[hostile_question:what's that supposed to mean?]",
        "",
    ),
    c(
        "thinking of going self employed. fed up of making the boss rich",
        "[hostile_question:you? doing your own invoices and tax returns?]",
        "",
    ),
    c(
        "I'm hurt you went to the pub instead of coming to my work do",
        "[hostile_question:seriously? you're having a go at me for one pint with the lads?]",
        "",
    ),
]
