"""Training batch `train4` (split `train`): whole cases in six new voices.

Written fresh, with its own sentences, so that the engine meets wordings it has
not seen. Six voices, about forty cases each, mixed between the partner and the
reply (the reply is always from the other partner):

1. a nurse on night shifts, clipped and tired ("Home. 13 hrs. Can't switch off.");
2. an Indian English speaker ("do the needful", "she is like that only",
   "Sunday itself", "na?", "yaar");
3. an anxious college student ("like", "literally", run-on worry);
4. a dad who answers in one-liners, thumbs-up and other emoji ("👍", "Pizza's on me 🍕");
5. a corporate speaker who talks like a meeting ("let's circle back", "action
   items", "bandwidth", "take it offline", "level-set");
6. a Gen-Z texter ("ngl", "fr", "idc", "it's giving", "bffr", "rent free").

Every block kind (subtle and obvious, behind warmth, one-word dismissals, long
rambling self-focus), two-block replies, 90+ empathic replies of many kinds,
solicited advice given kindly (not a block), "I just need to vent" overrides, the
ask in an earlier turn (`context`), needs cards, and tricky negatives (replies that
sound like a block but are not, warm-sounding replies that block). Topics: work,
in-laws and family, chores, money, health, parenting, friends, intimacy, grief,
jealousy, the relationship itself, self-doubt. No crisis content.
Synthetic, authored by the empathos project.

Each: (partner, reply with [kind:...] blocks, mechanisms E/I/X/V, seeks, needs, context).
"""

from typing import Any

from case_markup import c

TRAIN4: list[Any] = [
    # =====================================================================
    # 1. Night-shift nurse: clipped, tired
    # =====================================================================
    # --- blocks
    c("Home.\n13 hrs.\nBed 4 coded at 5am. Got him back. Barely.\nCan't switch off.",
      "[advice:Take a melatonin and put the blackout curtains up, you'll sleep fine.]"),
    c("Charge nurse gave me the heavy assignment again. Third night running. Feels personal.",
      "[minimizing:Eh, someone has to take it, it's probably nothing personal.]"),
    c("Missed your mum's birthday dinner. Got called in. Sorry. Wiped.",
      "[criticism:You always pick the hospital over my family.]"),
    c("Doc yelled at me in front of the family. Wasn't even my error. Pharmacy's.",
      "Ugh, that's humiliating. [advice:You should write him up first thing tomorrow.]", "E"),
    c("Can't remember the last time we ate dinner at the same time. Miss you.",
      "[defensiveness:Hey, I'm not the one who chose nights.]"),
    c("Back's wrecked. Lifted a 140 kilo patient with no lift team. Again.",
      "[self_focus:My back's been killing me too, I think it's this chair at work, I've been "
      "meaning to get a standing desk, honestly my whole posture is shot since I started "
      "working from the spare room.]"),
    c("Sleeping 2pm to 9pm is wrecking me. Foggy all the time.",
      "[contempt:Poor little night owl 🙄]"),
    c("Lost a patient tonight. Young. Keep seeing her mum's face.",
      "[dismissal:ok. there's leftovers in the fridge btw]"),
    c("Days didn't restock the crash cart. Found out mid-code.",
      "[hostile_question:And you didn't check it at the start of your shift?]"),
    c("Picked up an extra shift Saturday. We need the money. Don't be mad.",
      "[hostile_question:Seriously? Without even asking me?]"),
    c("I had the worst day, my presentation totally flopped and my boss went quiet for the "
      "whole meeting.",
      "[self_focus:Try running a code with no crash cart.] [dismissal:Gotta sleep.]"),
    c("Can you please not leave your scrubs on the bathroom floor? It's every single morning.",
      "[defensiveness:Worked 12 hours. Sorry I'm not tidy at 8am.]"),
    c("I feel like we're roommates now. You sleep when I'm up. We never actually talk.",
      "[dismissal:Not now. Post-call.]"),
    c("My sister said some nasty stuff about us at lunch today, I'm still shaking about it.",
      "[minimizing:She says stuff. Let it go.]"),
    c("Patient's daughter says she's going to sue me. Over a bruise from an IV. Can't stop "
      "thinking about it.",
      "Oh no. [minimizing:But that happens all the time, nobody actually sues.]", "E"),
    c("Cried in the supply closet tonight. First time in years.",
      "[contempt:Wow, the tough nurse finally cracks, alert the press.]"),
    c("Manager denied my Christmas leave. Again. Four years straight.",
      "[criticism:If you'd put the request in back in September like I said, you'd have it.]"),
    c("Feel like I'm failing at everything. Work, us, sleep.",
      "[minimizing:You're just tired, you'll feel different after a nap.]"),
    c("New grad almost gave the wrong dose. I caught it. Heart still pounding.",
      "Yikes, your poor heart. [advice:You need to report her tonight so it doesn't happen "
      "again.]", "E"),
    c("Drove home half asleep. Woke up at the lights. Scared myself.",
      "[hostile_question:Why would you even get behind the wheel like that?] [advice:Take an "
      "Uber next time.]"),
    c("Wish you'd wait up for me sometimes. Even once a week.",
      "[defensiveness:I do wait up, you just get home at 8am.] [hostile_question:What do you "
      "want from me?]"),
    c("Patient's wife hugged me and said thank you. Sat in the car twenty minutes after. "
      "Don't know why I'm crying.",
      "[dismissal:Cool. Did you get milk?]"),
    c("Think I'm burning out. Dread every shift.",
      "[contempt:Here it comes, the weekly burnout speech.]"),
    c("Your mum texted asking if I've found a 'real job' yet. I work 60 hours.",
      "[minimizing:She didn't mean it like that, she was just asking.]"),
    c("Two call-outs. Ran the floor with three nurses for thirty patients.",
      "[self_focus:Honestly I get it, we were down two people in accounts today and I had to "
      "cover Mark's invoices on top of mine.]"),
    c("Float pool sent me to peds. Haven't done peds in 6 years. Terrified all night.",
      "[self_focus:Ha, that's like when they moved me to the Leeds office, I didn't know "
      "anyone, I had to learn a whole new system, it took me months to feel normal.]"),
    # --- empathic, advice given when asked, needs cards
    c("Home. Long one. Don't want to talk. Just need sleep.",
      "Okay love. Curtains are shut, fan's on, I'll keep the house quiet. 💙", "E",
      needs=["space"]),
    c("Lost a patient tonight. Four years on the unit and it still guts me.",
      "It guts you because you care about them as people, not bed numbers. I'm so sorry, "
      "love.", "EI"),
    c("Doc snapped at me again. In front of the patient.",
      "In front of the patient? No wonder you're fuming. What did he say?", "VX"),
    c("Can't sleep. 3pm. Sun's out. Brain keeps replaying the night.",
      "Sounds like your body's home but your head's still on the ward. Want me to lie down "
      "with you for a bit?", "IX"),
    c("Second night with no break. Ate a granola bar standing up at 4am.",
      "Twelve hours on one granola bar, that's brutal. You're allowed to be wrecked.", "EV"),
    c("Sorry I was short with you this morning. Post-shift brain.",
      "No apology needed. You'd been up for twenty hours, anyone would be short. ❤️", "VE"),
    c("Family screamed at me over visiting hours. Not my rule. Just my face.",
      "So you got all their fear thrown at you for a policy you didn't even write. How are "
      "you holding up?", "IX"),
    c("Feel like I'm missing the kids growing up. Asleep for every school pickup.",
      "You're carrying a lot of guilt about that, I can hear it. Which part hurts most?", "IX"),
    c("Night manager offered me a days position. Less pay. More sleep. Should I take it?",
      "Honestly, I think your health wins this one, and we can tighten the budget a bit. "
      "What does your gut say?", "X", seeks="advice"),
    c("Worst shift of my life. Don't even know where to start.",
      "I'm here. What would help most right now, talking or just being held?", "EX"),
    c("Charge nurse called me 'too slow'. Eight years in.",
      "That's not fair to you. You've kept people alive for eight years, slow is not the "
      "word.", "V"),
    c("I just need to vent. Is it normal to hate this job at 3am and love it at 7am?",
      "3am you is running on fumes and 7am you just saved someone, of course you swing. "
      "Keep going, I'm listening.", "VI"),
    c("Coffee's the only thing keeping me upright.",
      "Aw babe ☕️ [self_focus:I'm on my fourth cup too, quarter-end numbers are due and I've "
      "been at my desk since seven.]", "E"),
    c("Sorry. Half asleep. Just don't know what to do.",
      "You sound completely spent. I'd tell her, love. Three more nights on empty is risky "
      "for you and your patients, and she'd rather know now. I can help you word the text.",
      "I", seeks="advice",
      context=["Should I tell my manager I'm not ok or just push through the last 3 nights?"]),
    c("I feel like I'm always alone on weekends since you started nights.",
      "I know. Must feel lonely, coming home to an empty house. Miss you too.", "IE"),

    # =====================================================================
    # 2. Indian English
    # =====================================================================
    # --- blocks
    c("My mother-in-law is again saying I don't know how to make proper dal. In front of "
      "everyone itself she said it. I felt so small yaar.",
      "[minimizing:Arre, she is like that only, don't take tension.]"),
    c("Boss gave me weekend work again. Third Saturday this month itself. I am so tired na.",
      "[advice:Just tell him clearly you are not available, simple.]"),
    c("You didn't call me even once when I was at my parents' place. Five days.",
      "[defensiveness:I was busy with office work only, what to do? You know my schedule.]"),
    c("Why you didn't tell your mother we are not coming for Diwali? Now she is calling me "
      "and crying.",
      "[hostile_question:Why I should be the one to tell her always?]"),
    c("I am feeling very low since Nani passed. Everything is reminding me of her.",
      "[minimizing:She lived a full life na, at least she didn't suffer.]"),
    c("My cousin's wedding photos came and I am looking so fat in all of them. I don't want "
      "to go for the reception.",
      "[contempt:Okay Miss Universe, nobody is looking at you only.]"),
    c("Dishes are again sitting from morning. I did yesterday and day before also.",
      "[defensiveness:I did the needful on Sunday itself, you are forgetting.]"),
    c("I'm stressed about the EMI, salary got delayed and rent is due on the 5th.",
      "[criticism:This is why I told you not to take that phone on EMI, you never listen.]"),
    c("My friend Priya didn't invite me to her baby shower. All our batch went except me.",
      "[self_focus:Same thing happened to me with my college group na, they all went to Goa "
      "without me, I was so upset, I didn't talk to Rohit for one full year, and even now "
      "when I see the photos I feel bad.]"),
    c("Today in the meeting my manager took my idea and said it was his. I was just sitting "
      "there like a fool.",
      "[hostile_question:Then why you didn't say anything there itself?]"),
    c("Your brother keeps borrowing money and not returning. It's 40k now.",
      "[dismissal:Let's not discuss this now, I'm watching the match.]"),
    c("I cried in the washroom at office today. Everything is too much.",
      "[contempt:Again crying? Yaar, you are too soft for corporate.]"),
    c("I feel like you don't prioritise me anymore, you're always on your phone.",
      "[defensiveness:You also are on Instagram full day only, first see yourself.]"),
    c("I'm nervous about my thyroid report, doctor said results will come Monday.",
      "[minimizing:Nothing will be there, don't think too much.]"),
    c("My dad is not talking to me since I told him we are moving to Pune.",
      "[advice:Just go and touch his feet and say sorry, he will melt.]"),
    c("You forgot our anniversary. Even your mother remembered.",
      "[defensiveness:I didn't forget, I was planning something for the weekend only.] "
      "[hostile_question:Why you are always thinking the worst of me?]"),
    c("Feeling very homesick. Missing Amma's cooking and all the noise of home.",
      "[self_focus:I also miss home yaar, I was just thinking I haven't seen my school "
      "friends in three years and my cousin's wedding is coming and I can't even go, my "
      "leave is not getting approved.]"),
    c("The maid didn't come again and I had to do everything before office. I was late and "
      "got scolded.",
      "[dismissal:Okay. What's for dinner?]"),
    c("Your sister told everyone at the function that I can't cook. I was so embarrassed.",
      "Aww sorry baba. [minimizing:But she was only joking na, everyone knows that.]", "E"),
    c("I'm thinking I am not good enough for this promotion. Everyone else is smarter.",
      "[contempt:Oho, full Bollywood scene for one promotion.]"),
    c("I need to vent only, don't give solutions. Why is my team lead like this?",
      "[advice:You should escalate to his manager, that is the only way.]"),
    c("My cousins were comparing salaries at lunch and I felt so small.",
      "[criticism:You should have done the MBA when Papa told you.]"),
    # --- empathic, advice given when asked, needs cards
    c("MIL again commented on my cooking in front of guests. I smiled but inside I was "
      "boiling.",
      "Smiling through that must have taken so much out of you. Anyone would be boiling, "
      "yaar.", "IV"),
    c("Missing Nani so much today. It's her birthday itself.",
      "Oh baby. Her birthday makes it so much heavier. Will you tell me your favourite "
      "thing about her?", "EIX"),
    c("My manager shouted at me in front of the whole team. I am still shaking.",
      "Shouting in front of everyone? That is not okay at all. What happened exactly?", "VX"),
    c("Rent, EMI, Papa's medicines, all this month itself. I am not sleeping from tension.",
      "That's so much landing at once, no wonder you can't sleep. I'm right here, we will "
      "face it together only.", "VE"),
    c("Should I tell your mother directly that we are not staying with them for one month, "
      "or you will tell? Tell me what to do na.",
      "I'll tell her, it should come from me. You've been handling so much already, it's "
      "not fair if this also falls on you.", "V", seeks="advice"),
    c("Which gift should I take for your Bua's housewarming? I don't want to go empty "
      "handed and get judged.",
      "Take a silver diya set, she loves those. Sounds like you're a bit nervous about "
      "facing them? I'll be right next to you.", "I", seeks="advice"),
    c("I cooked for three hours and your father didn't even taste it.",
      "Three hours of effort and not even one bite? That would sting anyone. I'm sorry "
      "yaar.", "VE"),
    c("Sometimes I feel I am not a good daughter, I am so far from them.",
      "It sounds like the distance is making you feel guilty for something you can't help. "
      "What's bringing it up today?", "IX"),
    c("Are we okay? You were very quiet after the party.",
      "We are okay, promise. I was just tired. Were you worrying about it all evening?",
      "X", needs=["reassurance"]),
    c("I just need to vent na, but why does your mother always call when I am in office?",
      "Vent away, I'm listening. Being pulled out of work every single day is really "
      "frustrating.", "V"),
    c("My friend got engaged and I am happy for her but also feeling left behind.",
      "Both can be true together, happy for her and a bit left behind. That's so human. ❤️",
      "VE"),
    c("Not able to focus on anything. Office, home, nothing.",
      "Do you want to talk about it or shall I just sit with you for some time?", "X"),
    c("Nobody at office wished me for my birthday. Not even my own team.",
      "[self_focus:Arre, that is nothing, last year my whole family itself forgot mine, even "
      "Mummy called at night only.]"),
    c("Your parents are coming for one month and I am already feeling stressed.",
      "[criticism:You are always making a problem when my family comes.]"),
    c("Papa's surgery went well!! Finally I can breathe.",
      "Thank god!! 🙏 You've been holding your breath for weeks, you must be so relieved.",
      "EI"),
    c("I'm confused only. He is asking daily.",
      "I think we should say not now, the loan rates are too high. But I know saying no to "
      "him feels very hard for you. Shall we talk to him together?", "I", seeks="advice",
      context=["Papa wants us to invest in that plot in Nashik. What do you think? Should "
               "we?"]),
    c("Feeling jealous of how close you are with your colleague Neha. I know it's silly.",
      "It's not silly. If I felt left out I would feel the same. What part bothers you "
      "the most?", "VX"),
    c("I'm so anxious about the interview tomorrow, I can't stop pacing.",
      "Arre, of course you are anxious, it's your dream company itself. Shall we sit "
      "together for two minutes?", "V"),

    # =====================================================================
    # 3. Anxious college student ("like", "literally")
    # =====================================================================
    # --- blocks
    c("I literally failed my orgo midterm like I got a 42\nand I studied for like two weeks "
      "straight\nI'm gonna throw up",
      "[minimizing:It's one midterm, it's literally not that deep.]"),
    c("my roommate has her bf over like every single night and I can't sleep and I'm too "
      "scared to say anything",
      "[advice:Just put a no-overnight-guests rule in the roommate agreement.]"),
    c("you didn't text me back for like 6 hours and I was literally spiraling",
      "[defensiveness:I was in lab, I can't be on my phone 24/7, that's not on me.]"),
    c("I feel like everyone in my friend group is like secretly annoyed with me",
      "[contempt:Lol the main character energy is strong today.]"),
    c("my mom called and was like asking why I'm not on the dean's list like my cousin",
      "[self_focus:Ugh my mom does that too, literally last week she compared me to my "
      "brother for like an hour and I had to pretend my phone died.]"),
    c("I have three papers due Friday and I haven't started any of them and I literally "
      "can't breathe",
      "[criticism:Maybe if you didn't rewatch the same show all weekend you'd be done.]"),
    c("I think I'm like not smart enough for this major, everyone else gets it instantly",
      "[hostile_question:Why do you always do this to yourself?]"),
    c("I'm literally so anxious about meeting your parents this weekend like what if they "
      "hate me",
      "[minimizing:Stop worrying, they'll be fine.]"),
    c("the girl from your lab keeps liking all your pics and like idk it's making me feel "
      "weird",
      "[hostile_question:Are you seriously jealous of a like?]"),
    c("I got waitlisted for the study abroad program and it was literally my whole plan",
      "[dismissal:oh rip. anyway are we still getting tacos]"),
    c("I like cried in my TA's office hours and it was so embarrassing",
      "[contempt:omg you cried in front of a TA 😂😂]"),
    c("I spent like 80 dollars on textbooks I literally don't need and now I'm broke until "
      "the 1st",
      "[criticism:You never check the syllabus before buying stuff.] [advice:Return them.]"),
    c("I feel like we only ever hang out when it's convenient for you",
      "[defensiveness:That's literally not true, I drove to your dorm twice this week.]"),
    c("My professor said my thesis idea is like too ambitious and I kind of feel crushed",
      "[advice:Just pick a smaller topic, problem solved.]"),
    c("I had a panic attack in the library. Like a real one. I had to leave.",
      "[hostile_question:Wait, again? Didn't you say you were seeing someone about that?]"),
    c("I'm so stressed about money for spring break, everyone's going to Cancun and I "
      "literally can't afford it",
      "[minimizing:At least you get a week off, some people have to work through it.]"),
    c("I got passed over for the team lead spot today. I'm gutted.",
      "[self_focus:Omg that's like literally what happened with my RA application, I was "
      "SO sure I'd get it and then they picked Madison and I literally cried for two days "
      "and I still have to see her every morning in the hall like???]"),
    c("I miss you so much, long distance is literally the worst",
      "[dismissal:ya]"),
    c("I think I want to switch majors but I'm scared my dad will like freak out",
      "[contempt:Sure, switch again, that'll be what, the third time?]"),
    c("I haven't slept more than 4 hours all week and I feel like a zombie",
      "Aw noo 😢 [criticism:but you literally stay up on TikTok till 3, you did this to "
      "yourself]", "E"),
    c("I feel like you and your friends like always make plans without me",
      "[defensiveness:I'm doing my best to include you, I don't know what else you want.]"),
    c("my therapist is going on maternity leave and I literally don't know how I'll cope",
      "aw that's hard. [self_focus:honestly I've been thinking I need a therapist too, like "
      "this semester has been SO much for me, I can't even]", "E"),
    c("I overslept and missed my 8am again and now I'm like so behind",
      "[criticism:You literally set your alarm for 7:58 every time, what did you think would "
      "happen.]"),
    c("my best friend hasn't texted back in like four days and I'm literally convinced she "
      "hates me",
      "[advice:Just text her and ask, like, directly.]"),
    # --- empathic, advice given when asked
    c("I literally failed the exam I studied hardest for and I feel so stupid",
      "You studied harder for that one than anything. Feeling stupid after that is so "
      "understandable, but it doesn't make it true. What happened in there?", "VX"),
    c("my roommate like ate my food again and I know it's small but I'm so annoyed",
      "It's not small when it keeps happening. Of course you're annoyed. 😤", "VE"),
    c("I'm so anxious about the internship interview I literally can't eat",
      "Your stomach's in knots because this one really matters to you. What's the scariest "
      "part?", "IX"),
    c("I like don't know if I'm good enough for you sometimes",
      "Hey. It hurts to hear you feel that way. What's making you feel like that lately?",
      "EX"),
    c("ok I need actual advice, should I email the prof about the grade or is that like "
      "annoying",
      "Email her! Ask politely what you could do differently, profs usually respect that. "
      "You've clearly been stressing about it, huh?", "I", seeks="advice"),
    c("should I go home for the weekend or stay and study, I literally can't decide",
      "Honestly? Go home. You sound so drained, and your mom's cooking will fix like half "
      "of it. You can study on the train.", "I", seeks="advice"),
    c("I just need to vent, but like why does group work always end with me doing "
      "everything??",
      "Ugh, carrying the whole group again 😩 that's exhausting. I'm all ears.", "EI"),
    c("my grandpa passed this morning\nand I have a midterm tomorrow\nand I literally don't "
      "know what to feel",
      "Oh love, I'm so sorry. Not knowing what to feel is okay, it's so much at once. Can I "
      "come over?", "EV"),
    c("I finally spoke up in seminar today!! like my voice shook but I did it",
      "YES. You did it even with your voice shaking, that's real courage. So proud 🥹", "EI"),
    c("I keep comparing myself to everyone on LinkedIn and I feel literally behind in life",
      "Comparing your behind-the-scenes to everyone's highlight reel would make anyone feel "
      "behind. 💛", "VE"),
    c("my friend said I'm 'too much' and it's literally all I can think about",
      "Oof, 'too much' is such a heavy thing to hear from a friend. Makes sense it's stuck "
      "on loop. Did she say why?", "EVX"),
    c("I feel guilty spending money on anything because my parents are paying tuition",
      "That's a lot of pressure to carry around with every coffee. It sounds like you "
      "really don't want to let them down.", "I"),
    c("I'm literally losing it, three exams in two days",
      "Oh no. What would make the next two days even a little easier?", "EX"),
    c("like I'm at a D and the drop deadline is friday and I'm freaking out",
      "Okay, breathe. I think drop it, a W looks way better than a D and you can retake it "
      "in summer. This is so stressful, I get why you're panicking.", "V", seeks="advice",
      context=["wait actually can you help me figure out if I should drop stats or not"]),
    c("I like had the best day? I got coffee with the girl from my bio class and we talked "
      "for three hours",
      "Three hours?? 🥰 Sounds like you finally found your person in that class. What'd you "
      "talk about?", "EIX"),
    c("I keep thinking you'll like get bored of me",
      "I'm not going anywhere. That fear sounds really loud right now though. When did it "
      "start creeping in?", "EIX"),
    c("I told my roommate how I felt about the noise and she actually listened??",
      "Seriously? That's huge! You were so nervous about it, you must feel so much "
      "lighter.", "EI"),
    c("I'm so overwhelmed I literally cried over a vending machine eating my dollar",
      "The vending machine was just the last straw, huh. It's been such a heavy week for "
      "you. 🫂", "IE"),

    # =====================================================================
    # 4. Dad: one-liners, thumbs-up and emoji
    # =====================================================================
    # --- blocks (dad replies)
    c("The kids fought the entire car ride, Maya threw up, I yelled at all of them, and now "
      "I feel like the worst mother alive.",
      "[dismissal:👍]"),
    c("Your mother called again to tell me how to load the dishwasher.",
      "[minimizing:Ha. She means well 👍]"),
    c("I feel like I do all the parenting admin. Forms, dentist, birthday presents, all of "
      "it.",
      "[defensiveness:I did the permission slip last week 🤷‍♂️]"),
    c("I'm so stressed about the credit card bill this month.",
      "[advice:Cut up the card ✂️]"),
    c("Work was awful. My director presented my deck to the VP like it was his.",
      "[self_focus:Story of my life 😂 mine did that twice this quarter]"),
    c("I cried in the car after drop-off. Leo didn't even look back.",
      "[contempt:😂😂 big girls don't cry]"),
    c("I feel like you never ask about my day.",
      "[hostile_question:Where's this coming from?] [contempt:🙄]"),
    c("My back has been killing me for three days and I can barely lift the baby.",
      "[advice:Ibuprofen and a heating pad 👍]"),
    c("I feel like I lost myself since the twins were born. I don't know who I am outside "
      "of being mom.",
      "[dismissal:Ok. Game's on at 7 btw]"),
    c("It's been a year since Dad died and nobody in your family even mentioned it.",
      "[defensiveness:Hey I mentioned it at dinner ☝️]"),
    c("Sophie's teacher says she's behind in reading and I keep thinking it's my fault.",
      "[minimizing:She's 6. Relax 😎]"),
    c("I'm really hurt you went golfing on the morning of my birthday.",
      "[defensiveness:Tee time was booked months ago ⛳] [hostile_question:What was I "
      "supposed to do?]"),
    c("I feel so unattractive lately. You haven't touched me in weeks.",
      "[dismissal:Tired. Tomorrow 👍]"),
    c("My sister's getting all the attention for her engagement and I feel invisible at "
      "family stuff.",
      "[contempt:Jealous much? 😜]"),
    c("The house is a mess and I'm the only one who ever notices.",
      "[criticism:Maybe if you didn't buy so much stuff 🤔]"),
    c("I got a bad review at work. First one in ten years. I feel sick about it.",
      "[minimizing:Eh, reviews are a joke anyway 🤷]"),
    c("I'm worried about my mammogram callback. They want more images.",
      "[minimizing:Happens all the time. Don't worry 👍]"),
    c("I feel like you side with your mom every single time.",
      "[contempt:Not this again.] [dismissal:Night 😴]"),
    c("Had to put the cat down today. I held her the whole time.",
      "Rough. [self_focus:Still remember when we lost Buster 😢 worst day of my life]", "E"),
    c("I forgot the twins' dentist appointment. I feel awful.",
      "[criticism:Calendar's right there on the fridge 🤦‍♂️]"),
    # --- blocks (dad writes, partner replies)
    c("Got laid off. 🙁",
      "[criticism:I told you that company was going under, you should've left last year.]"),
    c("Back's out again. Couldn't get off the floor. 😬",
      "[contempt:Maybe stop pretending you're 25 on the trampoline, grandpa.]"),
    c("Miss my dad today. 🎣",
      "[dismissal:Can you grab the kids at 3?]"),
    c("Kinda felt left out at your work thing. 🤷‍♂️",
      "[hostile_question:Seriously?] [criticism:You barely talked to anyone all night.]"),
    # --- empathic (dad one-liners and replies to dad), advice when asked, needs cards
    c("Leo said his first full sentence today and you missed it because of work. I know it's "
      "not your fault but I'm sad you weren't there.",
      "Oof. Gutted I missed it. Hate that you had that moment alone ❤️", "EI"),
    c("Long day. Kids were feral. I'm done.",
      "Sounds rough 😬 Pizza's on me tonight 🍕", "E"),
    c("I got the promotion!!!",
      "🎉🎉 Knew it. Proud of you 👏", "E"),
    c("My mom's diagnosis has me so scared. I keep googling at 2am.",
      "Course you're scared. Wake me up next time ❤️", "VE"),
    c("I snapped at the kids and now I feel terrible.",
      "You've been running on empty all week. Makes sense. You ok? 🤗", "IVX"),
    c("Should we get Emma the phone for her birthday or wait till 13? I keep going back and "
      "forth.",
      "Wait till 13 👍 Flip phone till then. You're not the bad guy for waiting.", "V",
      seeks="advice"),
    c("Car's making that grinding noise again. Do I take it to Dave's or the dealer?",
      "Dave's. Cheaper, honest 👍 Sorry it's acting up again, you don't need that this week.",
      "EI", seeks="advice"),
    c("The school wants Max tested for ADHD. I don't even know where to start.",
      "Big stuff. I know it's a lot 🫂 Start with Dr. Patel, she'll refer. I'll call Monday 📞",
      "EI", needs=["advice"]),
    c("Feeling really down about turning 40.",
      "40's a big one, no shame in that. What's weighing on you most? 🤔", "VX"),
    c("Your brother was so rude to me at Thanksgiving.",
      "Not ok. I'll talk to him. You alright? ❤️", "VEX"),
    c("Honestly I can't even explain how tired I am.",
      "Don't have to. Couch, blanket, me. What do you need? 🛋️", "EX"),
    c("I think I'm bad at this mom thing.",
      "Sounds like today really got to you. Best mom I know though ❤️", "IE"),
    c("Thinking about my dad a lot today. Would've been his 70th. 🎣",
      "His 70th, oof. I'm so sorry, love. Want to go sit by the lake later, at his spot?",
      "E"),
    c("Didn't get the job. 👎",
      "Oh no, I know how much you wanted that one. How are you feeling?", "EIX"),
    c("Tough day. Don't wanna talk. 👍",
      "Got it. I'm around when you want me ❤️", "E", needs=["space"]),
    c("I just need to vent. Why is the HOA like this??",
      "Vent away 👂 HOA's a nightmare. You're not crazy.", "V"),
    c("Kids are finally asleep. I feel like I haven't had a single thought of my own all "
      "day.",
      "Whole day for everyone but you. 😮‍💨 Wine? 🍷", "I"),
    c("Doc says blood pressure's up. Need meds. 😕",
      "That's scary to hear, even if you're playing it cool. Want me to come to the "
      "follow-up?", "EI"),

    # =====================================================================
    # 5. Corporate speaker: talks like a meeting
    # =====================================================================
    # --- blocks
    c("I feel like you don't see me anymore. I'm just a logistics partner to you.",
      "[dismissal:Let's circle back on this after my 4pm.]"),
    c("My mom's health is getting worse and I'm scared I'm going to lose her.",
      "[advice:Action items: get her a second opinion, loop in your brother, and set up a "
      "shared calendar.]"),
    c("You missed Ava's recital. She kept looking for you in the audience.",
      "[defensiveness:To level-set, I had a hard conflict with the board call, I flagged it "
      "last week.]"),
    c("I'm exhausted. I did the laundry, the groceries and the vet run while you were at the "
      "offsite.",
      "[self_focus:Honestly the offsite was a lot too, we had back-to-back breakouts, the "
      "facilitator was a disaster, the hotel wifi was down and I was presenting on two hours "
      "of sleep.]"),
    c("Can we talk about your work party? I felt really ignored the whole night.",
      "[dismissal:I don't have the bandwidth for this tonight.]"),
    c("I feel like you talk to me like I'm one of your direct reports.",
      "[contempt:Noted. I'll add it to the parking lot. 🙄]"),
    c("I'm worried about money. We keep saying we'll budget and then we don't.",
      "[criticism:Per our last conversation, you're the one who keeps blowing the grocery "
      "line.]"),
    c("I'm so sad the trip got cancelled. I was really looking forward to it.",
      "[minimizing:Net-net it's fine, we'll reschedule in Q2.]"),
    c("I'm really hurt you told your coworkers about our fight.",
      "[hostile_question:Are we really doing this right now?]"),
    c("I got passed over for the promotion and I can't stop crying.",
      "[advice:Let's do a deep dive on your gaps and build a 90-day plan.]"),
    c("Quick flag: I'm feeling really under-resourced emotionally. My bandwidth is at zero.",
      "[contempt:Did you just send me a status update about your feelings? 😂]"),
    c("Need to escalate: I feel unsupported at home. I'm the only one driving the household "
      "roadmap.",
      "[defensiveness:That's not a fair read, I do plenty, I just don't make a slide deck "
      "about it.]"),
    c("Honestly, I'm burnt out. Back-to-backs all day, no lunch, and my skip-level pinged me "
      "at 9pm.",
      "[self_focus:Welcome to my world, I had eleven meetings today and my skip-level is in "
      "Singapore so I get pinged at midnight.]"),
    c("I'm feeling so lonely since we moved here. I don't have any friends yet.",
      "[advice:Low-hanging fruit: join a running club. Easy win.]"),
    c("Your dad made a comment about my weight at dinner again.",
      "[minimizing:Let's not overindex on one comment, he's old school.]"),
    c("I feel like I'm failing as a parent. Noah's grades are slipping and he won't talk to "
      "me.",
      "[criticism:Well, you've owned the school workstream, so that's on your side of the "
      "org chart.]"),
    c("I really need you to hear me right now, not fix it.",
      "[hostile_question:Okay, so what's the actual ask here?]"),
    c("I just feel off lately. Kind of flat. Don't know why.",
      "[dismissal:Let's take it offline, I'm on a call.]"),
    c("Your sister keeps asking when we're having kids and it really gets to me.",
      "Ugh, sorry. [minimizing:But let's not boil the ocean over one question.]", "E"),
    c("I'm jealous of how much time you spend with your new cofounder.",
      "[contempt:Wow, okay, jealous of a business partner, very mature.] [defensiveness:I'm "
      "building this company for us.]"),
    c("Can you please stop checking Slack during dinner? It makes me feel like an "
      "afterthought.",
      "[defensiveness:I'm on call this week, it's not optional.] [hostile_question:Do you "
      "want me to get fired?]"),
    c("My best friend is moving to London and I'm gutted.",
      "[self_focus:Oof, I know the feeling, when Raj left the team last year it tanked my "
      "whole quarter, I'm honestly still rebuilding that bench.]"),
    c("I can't stop thinking about what my dad said about my job.",
      "[advice:You need to set some boundaries with him, put it on the agenda for Sunday.]"),
    c("I forgot to book the restaurant for your mom's birthday and now everything's full. I "
      "feel awful.",
      "[criticism:You had one action item.] [self_focus:I've been juggling three launches "
      "this month and I still remembered.]"),
    # --- empathic, advice given when asked, needs cards
    c("Circling back on last night: I was out of line. Also, I'm just really overwhelmed.",
      "Thanks for saying that. Overwhelmed how, work or everything at once?", "X"),
    c("Can't lie, my bandwidth is shot.\nBoard deck due Friday.\nAnd Mom's in the hospital.",
      "That's two huge things pulling on you at the exact same time. No wonder you're "
      "running on fumes. ❤️", "IVE"),
    c("Action item for me: stop crying in the parking garage. Third time this week.",
      "Oh honey. Three times means something's really hurting. What's going on in there?",
      "EIX"),
    c("I feel like I'm disappearing into this baby. I love her but I miss me.",
      "Hearing you. Loving her and missing yourself can both be true, that's not a "
      "contradiction. What do you miss most?", "VX"),
    c("Need your input: do I take the VP offer in Austin or stay put? Decision due Monday.",
      "My honest take: stay. You light up talking about your team here and Austin means "
      "starting from scratch. I know this is weighing on you though, how are you sleeping?",
      "IX", seeks="advice"),
    c("How do I tell my boss I need to go part-time without looking uncommitted? Please "
      "help, I'm dreading this.",
      "Lead with what you'll still deliver, then the ask, and frame it as a three-month "
      "trial. Dreading it is fair, it's a big conversation.", "V", seeks="advice"),
    c("My team's morale is in the gutter and I don't know how to fix it.",
      "Sounds like you're carrying everyone's mood on top of your own work. Maybe start "
      "with one-on-ones, just listening, no agenda.", "I", needs=["advice"]),
    c("Honestly not sure what I need from you right now. Just a lot.",
      "Totally fine not to know. Do you want me to listen, distract you, or just hang out?",
      "VX"),
    c("I'm scared about the biopsy results.",
      "Of course you are. I've cleared my calendar Thursday, I'm coming with you. Not "
      "negotiable. ❤️", "VE"),
    c("I miss how we used to be before the startup. We used to laugh.",
      "I miss that too, a lot. It sounds like you've been feeling really alone in this. "
      "Can you tell me more?", "EIX"),
    c("FYI, rough 1:1 today. My manager said I'm 'not exec material'.",
      "Ouch. That's a gut punch, especially after how hard you've pushed this year. How did "
      "you respond?", "EIX"),
    c("I just need to vent, not solve. But why does every meeting with Legal turn into a "
      "three-hour blocker?",
      "Ugh, Legal again. Three hours of going in circles would drain anyone. Go on, get it "
      "all out.", "EV"),
    c("Ugh, sorry, I know it's small. I'm just so tired of the politics.",
      "Not small at all. I'd let Mom host, it saves you a week of stress, and I'll handle "
      "the conversation with her. The politics are exhausting, I get it.", "V",
      seeks="advice",
      context=["Quick q, I need help deciding. Do we host Thanksgiving this year or let "
               "your mom do it?"]),
    c("I feel like you're always half here. Even when you're home.",
      "You're right, I've been half somewhere else. That must feel really lonely. Phone's "
      "away, tell me more.", "VIX"),
    c("I'm so angry at my brother for not helping with Dad.",
      "You've been doing every appointment alone for months. Angry is fair.", "IV"),
    c("I'm honestly drowning this week.",
      "Everything else can wait and we'll circle back to it. Right now, what's the heaviest "
      "part?", "X"),
    c("Low-key dreading the holidays with your family. Your aunt's 'feedback' on my career "
      "is a lot.",
      "Her 'feedback' is exhausting, you're not wrong to dread it. Want a code word for when "
      "you need rescuing? 😅", "V"),

    # =====================================================================
    # 6. Gen-Z texter
    # =====================================================================
    # --- blocks (Gen-Z replies)
    c("I'm really hurt you didn't come to my grandma's funeral.",
      "[defensiveness:ngl I had a shift, I literally told you.]"),
    c("I feel like you never say I love you first.",
      "[contempt:it's giving needy 💀]"),
    c("My boss said my work was sloppy and I've been stewing about it all day.",
      "[dismissal:idc abt ur boss tbh]"),
    c("I'm scared I'm going to fail my driving test again.",
      "[minimizing:bffr it's a driving test, ur gonna be fine]"),
    c("I saw you liked your ex's post and I feel kind of sick about it.",
      "[hostile_question:bffr are we fr doing this over a like??]"),
    c("My parents are getting divorced and I don't know how to feel.",
      "[self_focus:omg mine split when i was 12 and it was sooo messy, my dad moved to ohio "
      "and i had to switch schools and my mom dated this guy named kyle who was so weird "
      "and honestly i'm still not over it]"),
    c("I've been feeling really down and unmotivated lately.",
      "[advice:u should get off ur phone and go outside more ngl]"),
    c("You forgot to pick me up and I waited an hour in the rain.",
      "[defensiveness:my phone was dead, that's not my fault]"),
    c("I spent all my savings on the car repair and now I'm broke.",
      "[criticism:ur the one who bought a 2009 jetta off marketplace lol]"),
    c("My best friend ghosted me after eight years.",
      "[dismissal:k]"),
    c("I failed my stats final.",
      "[dismissal:ok and?]"),
    c("I'm kind of insecure about how much you game with your friends instead of hanging "
      "out with me.",
      "[contempt:the ick is real rn 😬]"),
    c("I feel like you don't take my anxiety seriously.",
      "[hostile_question:why is everything a whole thing with u?]"),
    c("I'm so stressed about rent, we're short like 300.",
      "[minimizing:it's literally 300 bucks we'll figure it out, chill]"),
    c("My sister said I'm the reason mom's always stressed.",
      "[criticism:i mean... u do kinda start stuff with her ngl]"),
    c("Can you please stop leaving dishes in the sink? I keep doing them.",
      "[defensiveness:i did them tuesday??] [contempt:u act like ur a maid 🙄]"),
    c("I had a really bad day at work. I messed up an order and the manager yelled at me.",
      "[self_focus:sameee my manager was so mid today, he made me close alone and i didn't "
      "get out till midnight fr]"),
    c("I'm nervous about meeting your friends. What if they don't like me?",
      "[minimizing:ur overthinking it fr]"),
    c("my manager put me on the schedule for my birthday and i'm so upset",
      "aw babe 🥺 [minimizing:but like it's just one day, ur kinda overreacting ngl]", "E"),
    c("work was a lot today. i don't even want solutions i just want to talk",
      "[advice:have u thought abt just quitting? like fr]", needs=["listen"]),
    c("I'm so tired of always being the responsible one in my family.",
      "[self_focus:literally me, i'm the eldest daughter of all eldest daughters, i've been "
      "raising my siblings since i was like 9 no cap]"),
    c("i got a parking ticket and i'm so annoyed",
      "[criticism:u literally never read the signs]"),
    # --- blocks (Gen-Z writes, partner replies)
    c("ngl today was so bad, my manager called me out in front of everyone and i lowkey "
      "wanted to cry",
      "[criticism:You should've just owned the mistake instead of arguing with him.]"),
    c("ok so i failed my test. again. i'm so done fr",
      "[hostile_question:Did you even study this time?]"),
    c("i miss my dog so much\nit's been a month\nand it still hits every single morning 😭",
      "[minimizing:At least you had him for twelve good years.] [advice:Maybe it's time to "
      "look at shelters.]"),
    c("the energy at that party was NOT it. ur friends lowkey ignored me all night",
      "[defensiveness:They're just shy.] [criticism:And you didn't exactly try either.]"),
    c("idk why but i'm so sad today. nothing even happened",
      "[advice:Go for a run, fresh air always helps.]"),
    c("ur mom said my outfit was 'interesting' and it's living rent free in my head",
      "[hostile_question:Oh my god, you're still on that?] [minimizing:It was one word.]"),
    c("ngl i feel so behind, everyone from high school has their life together",
      "[self_focus:Try being 29 and still paying off my degree.]"),
    c("ngl i'm jealous of how much u text ur coworker",
      "[dismissal:Not doing this tonight.]"),
    # --- empathic, advice given when asked
    c("I got rejected from the job I really wanted.",
      "nooo 😭 that's so unfair, u were perfect for it fr. how u feeling?", "EX"),
    c("My grandma is in the hospital and I can't stop thinking about it.",
      "omg im so sorry 🥺 that's so scary. want me to come over? no pressure", "E"),
    c("I finally told my dad I'm switching majors and he hung up on me.",
      "wait he HUNG UP?? that's so not ok. u were so brave to even say it. u ok? 🫂", "EVX"),
    c("I feel like I'm always the one who plans stuff for us.",
      "ngl ur right, u carry all the planning and that's not fair to u. i'm taking next "
      "weekend fr", "V"),
    c("my anxiety's been so bad i can't even answer texts",
      "that sounds so heavy fr. no pressure to reply to me either, i'm just here 💛", "IE"),
    c("i just need to vent ok. why is my roommate like this??",
      "vent mode activated 🎧 go off, i'm listening. what'd she do now", "X"),
    c("ok real question, do i text my ex-bestie back or leave her on read? i need a decision",
      "leave her on read ngl, she's been flaky for weeks and u deserve better. sounds like u "
      "already kinda know tho?", "I", seeks="advice"),
    c("what should i get my mom for her birthday, i'm broke and i'm panicking",
      "a photo book of u two! cheap and she'd cry happy tears fr. also panicking about gifts "
      "when ur broke is so valid 😭", "V", seeks="advice"),
    c("i feel ugly today ngl",
      "🥺 u are literally my favorite face. what's making u feel that way today?", "EX"),
    c("i can't stop crying and i don't even know why",
      "that's ok, u don't have to know why. what do u need rn, hugs or snacks or quiet?",
      "VX"),
    c("my ex cheated and sometimes i still get scared it'll happen again",
      "that makes so much sense after what he did. i get why ur brain goes there. can u "
      "tell me when it shows up?", "VIX"),
    c("i got the internship!!! 😭😭",
      "STOPPP 🎉🎉 u worked so hard for this, im so proud of u fr", "E"),
    c("like i want to see everyone but i'm lowkey dead",
      "stay home fr, ur running on zero and there'll be other parties. movie night instead? "
      "🍿 sounds like u need rest more than people rn", "I", seeks="advice",
      context=["help me decide, should i go to jake's party or stay home, i'm so tired"]),
    c("ngl i feel like a burden sometimes",
      "hey, u could never be a burden to me. what's been making u feel like that? 🫂", "EX"),
    c("i keep replaying that fight with my best friend",
      "it's living rent free bc she matters so much to u. wanna talk it through?", "IX"),
]
