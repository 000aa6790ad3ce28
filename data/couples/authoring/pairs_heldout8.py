"""heldout8: a held-out batch of 200 couple cases, kept for measurement only.

Written blind, from the label definitions only (case_markup.py, the DATASHEET's "Fields" and
"Label definitions", shared/spec/analysis.md); no other batch, rule or model output was
looked at.

Voices, 40 cases each, each voice sometimes writing the partner's message and sometimes
the reply:
1. a Scottish texter ("wee", "aye", "dinnae", "och", "pure raging", "gutted");
2. a Nigerian English speaker ("abeg", "wahala", "o", "my dear", "no vex", "e don do");
3. a military spouse during a deployment (time zones, patchy video calls, base life, solo
   parenting, comms blackouts, PCS moves);
4. a line cook / restaurant worker (late nights after close, "86'd", "in the weeds", the
   pass, walk-ins, write-ups, shorted paychecks);
5. a retiree in their seventies writing full formal sentences, some with a sign-off.

Topics: work stress, in-laws and family, chores, money, health and scans, parenting and
babies, friends and loneliness, intimacy, grief, jealousy, the relationship itself, good
news (tests passed, visas, promotions, a dish on the specials board) and everyday updates.
Couples: married, dating, long-distance, same-sex, new parents, second marriages, retired.

Mix (exact):
- 200 cases; 76 without a block: 62 empathic replies (warmth, naming the feeling,
  validation, curious questions, offers of concrete help) and 14 where the partner asked
  for advice and gets it kindly.
- 124 with blocks, 20 of them with two: 144 block spans, 18 of each kind (advice,
  minimizing, defensiveness, criticism, contempt, dismissal, self_focus, hostile_question).
- 15 cases seek advice: the 14 above plus one answered with a hostile question.
- 10 cases carry earlier partner turns as context: 5 advice threads where the ask sits
  only in an earlier turn, 5 empathy threads.
- 4 cases carry partner_needs.
- Mechanisms over all cases: E 73, I 45, V 34, X 23.

Hard cases, blocks: warmth then a block ("aw love" then "he's a man of his generation",
"aww love" then "it's just an exam", "I know love" then "he won't remember", "Oh, my
love" then "Christmas is only one day"); sarcasm without emoji ("thoughts and prayers",
"the great playgroup conspiracy", "great job, really", "a grave injustice"); counter-
complaints ("I've been at work 12 hours", "I'm sleeping in a tent getting rocketed");
an apology followed by a defence; hostile questions that look curious ("lonely? how can
ye be lonely", "low how?", "what stuff?", "Burnt out ke? From doing what exactly?");
reassurance that shrinks ("it'll be nothing", "I'm basically in an office", "they're
just slow for january", "At our age something is always wrong"); one-ups disguised as
sharing ("I know exactly how ye feel, when I did ma ACL...", "I know the feeling, when I
defended my masters...", the blood pressure and fryer-burn one-ups).
Hard cases, empathic: anger at whoever hurt the partner ("what a snake", "who does she
think she is", "what a creep", "How dare he"); offers to step in ("want me to call him?",
"call my CO", "Shall I ring him?"); "take all the time you need"; short "oh no" texts;
a brief similar story that turns back to the partner with a question.
"""

from typing import Any

from case_markup import c

HELDOUT8: list[Any] = [
    # --- 1. Scottish texter ---
    c(
        "och I'm pure gutted, didnae get the job at the council. thought the interview went "
        "well an all",
        "ah no babe 😞 that's gutting, especially when ye came oot of it feeling good. what did "
        "they say?",
        "EIX",
    ),
    c(
        "ma boss took credit for ma whole report in front of everyone the day. sat there like "
        "a numpty",
        "he did WHAT?? what a snake. ye worked two weekends on that thing. no wonder ye're "
        "fuming",
        "EIV",
    ),
    c(
        "just got a call, grandad's been taken into hospital, they think it's his heart",
        "och no\nwhere are ye\nI'm coming",
        "E",
    ),
    c(
        "aye so the landlord's upping the rent by 150 a month. do I fight it or just start "
        "looking?? I dinnae ken what tae do",
        "that's a horrible thing tae land on ye. I'd check if it's even fair first, ye can ask "
        "for a rent review, I'll find the form. if ye'd rather move I'll help ye look, we can "
        "go through listings the night",
        "E", seeks="advice",
    ),
    c(
        "I know it's silly but I cried at the vet today. she's only getting her teeth done",
        "it's no silly at all, she's yer wee pal and she's getting put under. course ye're "
        "worried. want me tae come wi ye tae pick her up?",
        "IV",
    ),
    c(
        "had a weird one wi yer mum the day. she said a thing aboot the wedding and I've no "
        "stopped thinking aboot it since",
        "oh no, what did she say? and how are ye feeling aboot it, hen?",
        "EX",
    ),
    c(
        "first week in the new job and I feel like a total fraud, everyone knows what they're "
        "doing except me",
        "aw I felt exactly like that ma first month on the wards, pure imposter, it was "
        "horrible. what bits are making ye feel it most?",
        "EVX",
    ),
    c(
        "I cannae talk aboot the miscarriage yet. I ken ye want tae. I just cannae",
        "that's okay. take all the time ye need, I'm no going anywhere. I love you",
        "EV", needs=["space"],
    ),
    c(
        "the mechanic's charged me £400 for something he said wid be £80 and now he's no "
        "answering",
        "that is absolutely not ok. you must be raging. want me to call him tomorrow? I'm very "
        "happy to be the annoying one",
        "IV",
    ),
    c(
        "PASSED MA DRIVING TEST!!! fourth time lucky ya beauty",
        "YESSSS!! so proud of you 😭🎉 after all that, you must be buzzing. how did it feel when "
        "he told you??",
        "EIX",
    ),
    c(
        "he likes fishing n the fitba n that's aboot it tbh",
        "aw yer da 😂 what aboot a day oot on a loch wi a proper guide? or tickets for the cup "
        "final if ye can get them, I'd go halfers",
        "", seeks="advice",
        context=[
            "whit should I get ma da for his 60th? ideas pls",
            "he says he wants nothing but he aye says that",
        ],
    ),
    c(
        "my sister announced her pregnancy at dinner. I'm happy for her. I am. I went home and "
        "couldn't stop crying",
        "oh love. ye can be happy for her and still have it cut right through ye, after the "
        "year we've had trying. both are true. I'm here 💛",
        "EIV",
    ),
    c(
        "wean's been up since 4 wi croup and I've a shift at 8, I'm pure done in",
        "oh you poor thing, that's brutal. I'll take her the morra night so ye get a proper "
        "sleep, and I'll drop a coffee roond before yer shift",
        "E",
    ),
    c(
        "ma pal Kirsty keeps cancelling on me last minute. should I say something or just let "
        "it go? honestly askin",
        "that would do ma head in too. I'd say something but gently, like 'I miss ye and it "
        "stings when plans fall through'. she might no even realise",
        "V", seeks="advice",
    ),
    c(
        "she asked for me the last time and I said next week",
        "och sweetheart. that's a heavy thing tae carry. ye loved her, and that's why this "
        "hurts so much. how are ye doing the night, really?",
        "EIX",
        context=[
            "the funeral's Thursday",
            "I keep thinking I should've visited more",
        ],
    ),
    c(
        "the boss has me on every weekend again this month. pure sick of it",
        "[advice:email HR n cc him, get it in writing]",
        "",
    ),
    c(
        "I feel so disconnected from everyone since we moved up here. I don't know a soul",
        "aw hen that's hard 😔 [advice:get yersel doon the parkrun on a Saturday, folk are pure "
        "friendly]",
        "E",
    ),
    c(
        "had a panic attack in Tesco. in the middle of the cereal aisle. mortified",
        "[minimizing:naebody would've even noticed tbh] [advice:ye need tae start doing that "
        "breathing app again]",
        "",
    ),
    c(
        "I hate my body right now. nothing fits since the baby",
        "aw babe 💕 [advice:mon we'll get ye new stuff at the weekend and ye can bin the old "
        "jeans]",
        "E",
    ),
    c(
        "got a parking ticket at the hospital while visiting ma gran. £60. I'm raging",
        "[minimizing:och it's sixty quid, no worth getting het up aboot]",
        "",
    ),
    c(
        "my dad forgot my birthday again. 34 years and he still can't remember it",
        "aw love ❤️ [minimizing:he's a man of his generation but, they're aw like that]",
        "E",
    ),
    c(
        "the scan results come back Friday and I cannae stop thinking the worst",
        "[minimizing:it'll be nothing, stop torturing yersel]",
        "",
    ),
    c(
        "you didn't text me all night. I was worried sick",
        "[defensiveness:I was oot wi the boys, I'm no gonnae text ye every five minutes] "
        "[dismissal:going tae bed. night]",
        "",
    ),
    c(
        "ye laughed when I said I wanted tae go back tae uni. that stung",
        "[defensiveness:I didnae laugh AT ye, ye're taking it the wrong way]",
        "",
    ),
    c(
        "I'm exhausted, I've done the whole hoose masel again",
        "[defensiveness:and I've been at work 12 hours, I'm no exactly lying aboot on the "
        "couch]",
        "",
    ),
    c(
        "it hurt that you went to the match instead of my work do",
        "I'm sorry it hurt ye. [defensiveness:but I did ask if ye minded and ye said aye on ye "
        "go]",
        "E",
    ),
    c(
        "lost ma purse again. bank cards, the lot. pure raging at masel",
        "[criticism:that's the third time this year, ye never zip yer bag]",
        "",
    ),
    c(
        "I missed my flight, I'm stuck at Glasgow airport till tomorrow",
        "och no. [criticism:if ye'd left when I told ye, ye wouldnae be in this mess]",
        "E",
    ),
    c(
        "I burnt the dinner AGAIN. I'm useless",
        "[criticism:ye're aye on yer phone while it's cooking] [contempt:Gordon Ramsay would "
        "be proud 😂]",
        "",
    ),
    c(
        "I'm so stressed about money, I don't know how we'll cover the council tax this month",
        "[criticism:maybe if ye didnae order a takeaway every Friday]",
        "",
    ),
    c(
        "I'm pure heartbroken, they've cancelled ma show after one season",
        "[contempt:aye, a real tragedy that. thoughts and prayers]",
        "",
    ),
    c(
        "I think your friends don't like me. nobody talked to me at the party",
        "[contempt:och here we go, poor wee you]",
        "",
    ),
    c(
        "I'm feeling a bit low the day, dunno why",
        "[contempt:ye're aye low aboot something] [dismissal:anyway whit's for tea]",
        "",
    ),
    c(
        "I've been thinking a lot aboot us lately and I'm no sure we're happy",
        "[dismissal:no the now, I'm watching the fitba]",
        "",
    ),
    c(
        "had the worst day, got shouted at by a customer for ten minutes straight",
        "[self_focus:ugh tell me about it, mine tried to throw a chair at me today]",
        "",
    ),
    c(
        "my knee's been killing me since the run",
        "aw naw. [self_focus:I know exactly how ye feel, when I did ma ACL I couldnae walk for "
        "three month, had tae get carried up the stairs, the physio said it was the worst "
        "she'd ever seen]",
        "E",
    ),
    c(
        "got ma first payslip fae the new job!!",
        "[self_focus:nice. I got a bonus the day actually, 2 grand]",
        "",
    ),
    c(
        "I'm no coming tae yer work night oot, I'm just no up for it",
        "[hostile_question:whit is it wi you and ma pals eh?]",
        "",
    ),
    c(
        "I've been feeling really lonely in this relationship lately",
        "[hostile_question:lonely? how can ye be lonely, I'm here every night?]",
        "",
    ),
    c(
        "I'm greetin again ower the dog. it's been a month",
        "[hostile_question:how long are ye gonnae keep this up?]",
        "",
    ),
    # --- 2. Nigerian English speaker ---
    c(
        "My dear, this Lagos traffic has finished me today o. 4 hours on Third Mainland "
        "bridge. I'm so tired I could cry",
        "Ahh sorry o my love 😩 four hours?? your back must be paining you. come home let me "
        "rub your feet, I've warmed the jollof",
        "EI",
    ),
    c(
        "I didn't get the promotion. they gave it to the guy who's been there six months",
        "Ah, sorry o my dear, this one pain me sef. After all those extra hours you put in? "
        "You have every right to be vexed. How are you taking it?",
        "EIVX",
    ),
    c(
        "my aunty said in front of everybody that I'm 34 and still no husband, that my career "
        "won't hold me at night",
        "wow. that is so out of line, I'm angry for you. in front of everyone too. you must "
        "have felt so humiliated",
        "EIV",
    ),
    c(
        "They've said the flight is cancelled. I'll miss mum's burial",
        "Oh no. Jesus. I'm calling you now",
        "E",
    ),
    c(
        "that landlord don start again o. he came to knock my door at 11pm shouting about "
        "light bill. my heart was beating well well",
        "at 11pm?? that's not ok, no wonder you were shaken. want me to come over and talk to "
        "him tomorrow? you shouldn't have to deal with him alone",
        "IV",
    ),
    c(
        "Abeg, which one should I buy for my mum's birthday, the gold earrings or the wrapper? "
        "I want her to feel special",
        "Aww, you're so thoughtful. I'd go with the earrings, she can wear them to every "
        "owambe and remember you",
        "E", seeks="advice",
    ),
    c(
        "my manager wants me to relocate to Abuja for a year. should I take it? what would you "
        "do?",
        "Omo. If it were me I'd take it, that kind of experience will carry you far. But let's "
        "sit down this weekend and list everything, I'm with you whichever way",
        "", seeks="advice",
    ),
    c(
        "I'm missing home so much today. everybody is at my cousin's wedding in Enugu and I'm "
        "here in Manchester staring at the rain",
        "oh babe 💔 I remember feeling like that my first Christmas away from home, it's such a "
        "specific ache. what are you missing most right now?",
        "EIX",
    ),
    c(
        "I need a few days to think about what you said. I'm not leaving, I just need space",
        "I understand my dear. Take all the time you need, it makes sense after how heavy that "
        "talk was. I'm here when you're ready. I love you",
        "EV",
    ),
    c(
        "I GOT THE VISA!!! after three refusals!! God is good o 🙌🏾",
        "WAHALA DON END!!! 😭🎉 Congratulations my love, after everything you went through? You "
        "must be over the moon. Tell me everything, what did the officer say?",
        "EIX",
    ),
    c(
        "something happened at work today. I don't even know how to explain it",
        "I'm listening, no rush. what happened? and how are you feeling right now?",
        "X",
    ),
    c(
        "I feel like your family will never accept me because I'm not Yoruba",
        "That fear makes sense, my love. You've been trying so hard and you keep coming away "
        "from every gathering feeling like an outsider. That's painful. I see it, and I'm on "
        "your side.",
        "EIV",
    ),
    c(
        "This baby no gree sleep o. I've been carrying her since 2am, my hands are shaking",
        "oh love, you must be running on nothing. I'll take her the minute I'm in so you can "
        "sleep. leaving work now",
        "EI",
    ),
    c(
        "he's calling me now sef",
        "ugh, that's such a tough spot to be in. I'd tell him kindly that you can't this time, "
        "and maybe offer something small you'd be ok never seeing again. you don't owe him a "
        "long explanation",
        "E", seeks="advice",
        context=[
            "my brother wants to borrow 500k naira again. he never paid back the last one",
            "what would you do? I don't want wahala with family",
        ],
    ),
    c(
        "I don't even want to talk about it",
        "Okay, we don't have to talk about it. I'm just going to sit here with you. You've "
        "been so brave through all of it and I know you're tired",
        "EI", needs=["space", "touch"],
        context=[
            "the doctor said the fibroids are back",
            "I'm so tired of hospitals",
        ],
    ),
    c(
        "these people at work are stressing me. they keep giving me extra work because I'm the "
        "only one who doesn't complain",
        "[advice:You need to start saying no o, just tell them you're busy]",
        "",
    ),
    c(
        "I feel so useless since I got laid off. I just sit at home all day",
        "Ah my dear, sorry ehn. [advice:Start applying to ten jobs every morning and register "
        "for gym, idleness is not good for you]",
        "E",
    ),
    c(
        "My dear, my hair is falling out from stress. I'm only 29",
        "[minimizing:babe everyone's hair thins, it's normal] [advice:just get some of that "
        "rosemary oil]",
        "",
    ),
    c(
        "Mama called again to ask when we're having a baby. I almost cried on the phone",
        "[criticism:you keep picking up when she calls, that's the problem] [advice:let it "
        "ring next time]",
        "",
    ),
    c(
        "I failed the ICAN exam again. Third time",
        "aww love 🥺 [minimizing:it's just an exam though, loads of people fail it]",
        "E",
    ),
    c(
        "I'm scared about the biopsy results. I can't sleep",
        "[minimizing:Stop worrying yourself, God is in control, it's nothing]",
        "",
    ),
    c(
        "the wedding planner just ghosted us with our deposit. £3k gone. I feel so stupid",
        "[minimizing:E don do. Money dey come and go, no need to cry over it]",
        "",
    ),
    c(
        "you forgot to pick me up from the station. I waited an hour in the cold",
        "No vex. [defensiveness:But you didn't remind me this morning, I have a hundred things "
        "on my head]",
        "",
    ),
    c(
        "I'm tired o. I cooked, I cleaned, I bathed the children and you just sat there",
        "[defensiveness:I've been working since 6am, I'm also tired abeg]",
        "",
    ),
    c(
        "it really hurt when you made that joke about my cooking in front of your friends",
        "[defensiveness:Haba, it was a joke. Everybody laughed, even you]",
        "",
    ),
    c(
        "Chai, I've been scammed. I sent the money for the phone and the guy blocked me",
        "[criticism:you always fall for these things, I told you that page looked fake]",
        "",
    ),
    c(
        "I'm so embarrassed, I forgot the presentation slides at home and had to wing it",
        "Eya. [criticism:You should have packed your bag last night like I said]",
        "E",
    ),
    c(
        "I'm so hurt you didn't post me on my birthday. everyone's boyfriend posted them",
        "[contempt:oh no, the instagram tragedy. somebody call the police]",
        "",
    ),
    c(
        "I think I need to talk to a therapist about my anxiety",
        "[contempt:Therapist ke? Na oyinbo sickness be that.] [hostile_question:What exactly "
        "are you anxious about sef?]",
        "",
    ),
    c(
        "I feel like nobody in this house appreciates me",
        "[contempt:here comes the nollywood performance 🙄]",
        "",
    ),
    c(
        "My dear, I'm worried about my dad. he's not picking calls since yesterday",
        "[dismissal:ok. did you transfer the rent?]",
        "",
    ),
    c(
        "I had such a weird dream about my grandma last night, I woke up crying",
        "[dismissal:Abeg, tell me in the morning, I'm sleeping]",
        "",
    ),
    c(
        "I'm scared this long distance thing isn't working. we barely talk anymore",
        "[dismissal:I'm at the match. later]",
        "",
    ),
    c(
        "I'm still upset about what your sister said at the naming ceremony",
        "[hostile_question:are we seriously still on this?] [dismissal:I'm not discussing it "
        "again]",
        "",
    ),
    c(
        "work was brutal, my manager tore my report apart in front of the whole team",
        "[self_focus:Welcome to my life. My oga did worse to me last week, he called me a goat "
        "in the meeting]",
        "",
    ),
    c(
        "My dear, I'm so nervous for my defence tomorrow",
        "[self_focus:omg I know the feeling, when I defended my masters I literally threw up "
        "before and then the external examiner grilled me for two hours and I still got a "
        "distinction lol]",
        "",
    ),
    c(
        "I got the job o!!! 🎉",
        "[self_focus:oh same day as mine! I'm up for promotion too, my boss told me this "
        "morning]",
        "",
    ),
    c(
        "I feel so alone since my best friend moved to Canada",
        "[self_focus:Me too I miss Tunde since he japa'd, that guy was my padi, I have nobody "
        "to watch ball with now]",
        "",
    ),
    c(
        "Why didn't you come to my dad's 60th? I looked for you everywhere",
        "[hostile_question:So because of one party you want to start wahala?]",
        "",
    ),
    c(
        "should I tell my boss I'm burnt out or just push through till December? I really "
        "don't know",
        "[hostile_question:Burnt out ke? From doing what exactly?]",
        "", seeks="advice",
    ),
    # --- 3. military spouse during a deployment ---
    c(
        "video call froze again right when Ella was showing you her lost tooth. she cried for "
        "20 min after. I'm so tired of this",
        "oh babe. that breaks my heart, for her and for you having to pick up the pieces alone "
        "again. I'm so sorry. can you tell her I saw the gap before it froze?",
        "EI",
    ),
    c(
        "rough day here. can't say much. just needed to hear from you",
        "I'm here. I love you so much. you don't have to say anything, I'm just glad you "
        "reached out 💙",
        "E",
    ),
    c(
        "the FRG leader made a comment at the meeting that 'some of us' can't handle "
        "deployment. she looked right at me",
        "wow. who does she think she is. you're holding down two kids and a full time job "
        "solo. I'd be furious too",
        "EIV",
    ),
    c(
        "the housing office lost our maintenance request AGAIN. heat's been out 3 days and "
        "it's 20 degrees at night",
        "3 days with no heat and the kids?? that's unacceptable. want me to call my CO and get "
        "someone on it? I will, today",
        "IV",
    ),
    c(
        "lost a guy from the other company today. didn't know him well",
        "oh no. I'm so sorry, love",
        "E",
    ),
    c(
        "I know I've been distant since I got back. I don't know how to explain it yet",
        "you don't have to explain it yet. take all the time you need. I'm just glad you're "
        "home, and I'm not going anywhere",
        "EV",
    ),
    c(
        "okay I need your help deciding. do I drive the 12 hours to my mom's for thanksgiving "
        "with both kids solo or stay here on base? I keep going back and forth",
        "that's a lot to weigh by yourself. honestly I'd stay, 12 hours solo with a 2yo and a "
        "5yo sounds brutal and the chapel does that big dinner. but if you need your mom, go, "
        "and stop at a hotel halfway on me",
        "I", seeks="advice",
    ),
    c(
        "everyone here is getting mail and I got nothing again this week. stupid but it stung",
        "not stupid at all. I remember at basic when everyone got letters but me and I "
        "pretended I didn't care. I'm so sorry babe, a box went out tuesday. how are you doing "
        "otherwise?",
        "EVX",
    ),
    c(
        "HE SAID DADA. on the video call. he looked right at the screen and said dada",
        "I'm literally crying in the comms tent. are you serious?? that's the best thing "
        "that's happened out here. how did he sound??",
        "EX",
    ),
    c(
        "today was one of those days. the kind where I sat in the car in the commissary "
        "parking lot for a while",
        "I wish I could be there with you. what was going on in your head sitting there? what "
        "made today one of those days?",
        "EX",
    ),
    c(
        "I feel guilty I'm missing her first day of kindergarten. I chose this job",
        "of course you feel guilty, you love her. choosing the job doesn't mean you don't get "
        "to be sad about what it costs you",
        "IV",
    ),
    c(
        "it's getting louder 😬",
        "ugh, car stuff on top of everything else. don't wait, take it to Mike's off Route 9, "
        "he did our brakes and didn't rip us off. tell him it's my truck",
        "I", seeks="advice",
        context=[
            "the car's making that grinding noise again",
            "should I take it to the place off base or wait for the guy you trust? I have no "
            "idea about cars",
        ],
    ),
    c(
        "someone asked me at the PX how I 'do it' and I smiled and said coffee. I wanted to "
        "scream",
        "it sounds like you're so tired of performing fine for everyone when you're actually "
        "running on empty. you don't have to perform with me",
        "IV",
    ),
    c(
        "my buddy's wife wants me to tell him she's leaving him when he's back from patrol. I "
        "don't know if I should get in the middle. what do you think?",
        "oof that's a heavy thing to be handed out there. I don't think it's yours to tell, "
        "babe. I'd gently tell her it needs to come from her, maybe on a call with the chaplain",
        "I", seeks="advice",
    ),
    c(
        "I'm fine. I'm being dramatic",
        "you're not being dramatic. 4 months is a long time and you've already done 5 on your "
        "own. I'd sit on the floor too. I'm counting every day with you",
        "EIV",
        context=[
            "4 more months",
            "I looked at the calendar and just sat on the floor",
        ],
    ),
    c(
        "the toddler's been screaming for an hour and I haven't showered in 3 days",
        "[advice:put him in the stroller and go walk the track]",
        "",
    ),
    c(
        "I'm struggling to sleep out here. the generators, the heat, my head",
        "baby I hate that for you ❤️ [advice:you need to ask medical for melatonin and quit "
        "the monsters after 1600]",
        "E", needs=["listen"],
    ),
    c(
        "you promised you'd call on my birthday and you didn't. I waited up until 2am",
        "[defensiveness:we were on comms blackout, it's not like I chose that] [advice:next "
        "time just go to bed, don't wait up]",
        "",
    ),
    c(
        "I'm terrified every time the doorbell rings. I know it's irrational",
        "[minimizing:babe nothing's gonna happen to me, I'm basically in an office. don't even "
        "think about it]",
        "",
    ),
    c(
        "missed the birth. I watched my son be born on a phone screen",
        "I know love 😢 [minimizing:but you'll be home for everything else, he won't remember]",
        "E",
    ),
    c(
        "the baby has another ear infection, third one. doctor wants tubes. I feel like I'm "
        "failing her",
        "[minimizing:tubes are super routine, you're overthinking it]",
        "",
    ),
    c(
        "I'm drowning here. the dog is sick, the washer broke and your mom keeps calling to "
        "criticize",
        "[defensiveness:and I'm sleeping in a tent getting rocketed, so]",
        "",
    ),
    c(
        "you sounded annoyed on the call. I only get 15 minutes, I don't want to spend it "
        "feeling like a burden",
        "[defensiveness:I wasn't annoyed, I was tired. I've been up since 5 with both kids, I "
        "can't be perfect on every call]",
        "",
    ),
    c(
        "you didn't tell me about the ER visit until a week later. I found out from Jenkins' "
        "wife",
        "I'm sorry you found out that way. [defensiveness:but I didn't want to worry you over "
        "there, I was protecting you]",
        "E",
    ),
    c(
        "got chewed out by the first sergeant today, in front of my guys",
        "[criticism:well you did say you were going to mouth off to him eventually]",
        "",
    ),
    c(
        "I forgot to submit the DEERS paperwork and now the kids' insurance is messed up. I'm "
        "such an idiot",
        "[criticism:I literally left you a checklist before I left.] [contempt:great job, "
        "really]",
        "",
    ),
    c(
        "I cried in front of the kids tonight. they saw me lose it",
        "[criticism:that's not fair to them, you're the adult there]",
        "",
    ),
    c(
        "I'm lonely. the other wives have each other and I just don't fit",
        "[criticism:you never even try with them] [dismissal:anyway gotta go, there's a line "
        "for the phone]",
        "",
    ),
    c(
        "I think the neighbors on base are talking about me because I don't go to the "
        "playgroups",
        "[contempt:ah yes, the great playgroup conspiracy]",
        "",
    ),
    c(
        "the guys were ribbing me about the care package with the hearts all over it, kinda "
        "embarrassing",
        "[contempt:poor baby, too tough for hearts now 🙄]",
        "",
    ),
    c(
        "I had to call the chaplain tonight. I just needed someone to talk to",
        "[hostile_question:the chaplain? really?] [contempt:what's next, a support group with "
        "candles]",
        "",
    ),
    c(
        "I need to tell you something about Lily's school, it's been weighing on me",
        "[dismissal:not now, save it for when I'm home]",
        "",
    ),
    c(
        "one of my guys got hurt today. he's going to be ok but I keep seeing it",
        "[dismissal:ok glad he's ok. did you get the pics of the new couch?]",
        "",
    ),
    c(
        "the 2 year old broke my glasses and I cried harder than he did",
        "[dismissal:k. gotta run]",
        "",
    ),
    c(
        "I'm so burnt out. solo parenting 3 kids for 7 months",
        "[self_focus:you think you're burnt out, I've had 4 hours of sleep a night for a week "
        "straight]",
        "",
    ),
    c(
        "I'm nervous about the board next week",
        "[self_focus:omg that reminds me, I had my interview for that GS job today and I was "
        "so nervous I called the colonel ma'am, and then the panel asked about my five year "
        "plan and I totally blanked, so now I'm just sitting here replaying it]",
        "",
    ),
    c(
        "I finally got a job on base!! first one in 3 PCS moves",
        "[self_focus:nice. I made the promotion list btw, E-7 baby]",
        "",
    ),
    c(
        "it's my mom's birthday and she's not here to have one. first one since she passed",
        "[self_focus:I know, I've been thinking about my dad all day too, his anniversary is "
        "next month and I honestly don't know how I'm going to handle it]",
        "",
    ),
    c(
        "I don't want to PCS to Fort Hood. I finally have friends here",
        "[hostile_question:what did you think marrying a soldier meant?]",
        "",
    ),
    c(
        "I've been talking to the mental health guy here about some stuff",
        "[hostile_question:what stuff? stuff you can't tell your own wife?]",
        "",
    ),
    # --- 4. line cook / restaurant worker ---
    c(
        "got in the weeds so bad tonight, 40 covers in 20 min, chef screamed at me in front of "
        "the whole line. home now. shaking",
        "oh babe, that sounds like hell. getting screamed at in front of everyone after "
        "holding it together through that rush, no wonder you're shaking. I'm up, want me to "
        "make you toast?",
        "EIV", needs=["reassurance", "touch"],
    ),
    c(
        "new sous chef called me sweetheart and told me to smile more while I was breaking "
        "down a case of chickens",
        "excuse me?? what a creep. that's so gross and you shouldn't have to put up with that "
        "at work. how'd you respond?",
        "EVX",
    ),
    c(
        "owner shorted my paycheck again, 11 hours missing. says it's a 'system glitch'",
        "11 hours?! that's half your rent. you must be so fed up with him. want me to sit with "
        "you tonight and write it up for the labor board? or I'll call him myself lol",
        "EI",
    ),
    c(
        "cut myself bad on the mandoline. at urgent care getting stitches",
        "oh nooo 😣\nwhich urgent care",
        "E",
    ),
    c(
        "I bombed the first day at the new job. dropped a tray of glasses in front of the "
        "manager",
        "oof. I did that my first night at Luca's, a whole bus tub, the entire dining room "
        "clapped. you must've wanted the floor to swallow you. how are you feeling about going "
        "back tomorrow?",
        "EIX",
    ),
    c(
        "I can't do date night tonight. I just need to be alone after the news about my dad",
        "of course. take all the time you need. I'll leave family meal leftovers at your door, "
        "no need to answer. love you",
        "EV",
    ),
    c(
        "got an offer from the new place, 2 bucks more an hour but it's across town and they "
        "do brunch. take it or stay? I need a second brain",
        "congrats on the offer!! honestly I'd stay unless the 2 bucks is life changing. you "
        "love your crew and brunch will eat every sunday we have. but ask them about the "
        "schedule first",
        "E", seeks="advice",
    ),
    c(
        "my sister's wedding is in 3 weeks and I have to do a toast, I'm terrified of public "
        "speaking. any tips?",
        "I get why that's scary. keep it under 2 min, one story, one line to each of them, and "
        "practice it on me after close tonight. I'll be your whole audience",
        "V", seeks="advice",
    ),
    c(
        "CHEF PUT MY DISH ON THE SPECIALS BOARD. my braised short rib. on the board.",
        "WHAT!!! babe that's huge 😭 you've been working toward that for two years, you must be "
        "over the moon. what did he say when he tasted it??",
        "EIX",
    ),
    c(
        "rough service. not the rush. just something with the dish guy, I'll tell you later "
        "maybe",
        "ok no pressure, I'm up whenever. are you ok though? you sound shaken",
        "IX",
    ),
    c(
        "I feel like I never see you. you're gone 2pm to 2am, sleeping when I'm up, and we "
        "haven't had sex in like a month",
        "you're right, and it makes sense you feel lonely and kind of unwanted. it's like we "
        "live in different time zones in the same apartment. I miss you too, all of you. what "
        "would help most?",
        "EIVX",
    ),
    c(
        "86'd my whole night, kitchen flooded, they sent everyone home. that's a whole shift "
        "of tips gone",
        "ugh, that's so stressful, especially with rent due friday. I've got groceries this "
        "week, I mean it",
        "EI",
    ),
    c(
        "like I said yes already but now I'm freaking out",
        "that makes sense, it's a big step. I'd treat the first saturday as practice, ask him "
        "to stand next to you for the first hour, and fire tickets in order like you do at "
        "home lol. you got picked for a reason",
        "V", seeks="advice",
        context=[
            "chef wants me to run the pass on saturdays now",
            "idk if I'm ready. what would you do?",
        ],
    ),
    c(
        "it's like losing family honestly",
        "it IS losing family. 8 years of those people, that kitchen, every holiday you worked "
        "together. I'm so sorry, love. what's the part that hurts the most right now?",
        "EIVX",
        context=[
            "found out today the restaurant is closing end of the month",
            "8 years I've been there",
        ],
    ),
    c(
        "my hands are wrecked, back's shot, and I'm 34 still working the line. feel like I'm "
        "going nowhere",
        "that sounds like it's been building for a while, like your body is saying out loud "
        "what your head's been worried about. I'm so proud of how hard you work. talk on your "
        "day off?",
        "EI",
    ),
    c(
        "burned my forearm on the salamander again, it's blistering",
        "[advice:run it under cold water for 20 min and get some burn gel]",
        "",
    ),
    c(
        "chef keeps giving the good stations to his buddy. I've been there longer",
        "that sucks babe 😕 [advice:you gotta go talk to the GM about it, like tomorrow]",
        "E",
    ),
    c(
        "woke up at 3pm again and the whole day's gone. I feel like a vampire, I never see the "
        "sun",
        "[criticism:maybe don't go drinking with the line every night after close] [advice:set "
        "an alarm for 11 and go for a walk]",
        "",
    ),
    c(
        "I'm so anxious about my performance review tomorrow, I can't eat",
        "[minimizing:it's just a review, they do them for everyone] [advice:eat something and "
        "go to bed early]",
        "",
    ),
    c(
        "health inspector gave us a B. I was on the line, it feels like my fault",
        "aw no 😟 [minimizing:a B's not bad though, lots of places get Bs]",
        "E",
    ),
    c(
        "my best friend didn't invite me to her birthday dinner. I saw it on her story",
        "[minimizing:maybe it was a small thing, probably not that deep]",
        "",
    ),
    c(
        "I think I'm getting let go. they cut me down to 2 shifts",
        "[minimizing:nah they're just slow for january, you'll be fine, don't stress it]",
        "",
    ),
    c(
        "you said you'd be home by midnight and it's 2:30. I waited up",
        "[defensiveness:we got slammed, I can't just walk off the line. I've been on my feet "
        "12 hours]",
        "",
    ),
    c(
        "you didn't come to the pop-up. it was my first time cooking my own menu",
        "[defensiveness:I told you I had my sister's thing, it's not like I forgot]",
        "",
    ),
    c(
        "it hurts that you always bring me leftovers instead of actually cooking for me",
        "[defensiveness:I cook ALL day. I'm not coming home to cook more, that's not fair]",
        "",
    ),
    c(
        "I felt embarrassed when you yelled 'behind' at me in our own kitchen in front of my "
        "parents",
        "[defensiveness:it's a habit, I wasn't yelling at you] [hostile_question:why does "
        "everything have to be a whole thing?]",
        "",
    ),
    c(
        "got written up for being late. third time. I'm so done with this place",
        "[criticism:well you keep hitting snooze]",
        "",
    ),
    c(
        "I messed up the risotto you taught me, it's glue",
        "aw noo. [criticism:you stopped stirring, didn't you. I told you twice]",
        "E",
    ),
    c(
        "my knife roll got stolen out of the locker. 900 bucks of knives",
        "[criticism:I told you to take them home every night]",
        "",
    ),
    c(
        "so tired of everyone at the bar acting like cooks are second class",
        "[contempt:yeah the plight of the line cook, truly the most oppressed people of our "
        "time]",
        "",
    ),
    c(
        "my manager said my email tone was 'abrupt' and I've been stressed about it all day",
        "[contempt:an email tone? 🙄] [self_focus:try getting called a donkey by chef every "
        "night]",
        "",
    ),
    c(
        "I think I want to go to culinary school. like actually",
        "[contempt:lol ok Gordon Ramsay]",
        "",
    ),
    c(
        "I keep having dreams I'm in the weeds and can't find my tickets. wake up sweating",
        "[dismissal:hm. hey can u grab milk on the way home]",
        "",
    ),
    c(
        "I feel like you care more about that restaurant than about us",
        "[dismissal:not doing this at 2am. night]",
        "",
    ),
    c(
        "the guy on grill walked out mid service tonight, I had to run both stations alone",
        "[dismissal:👍]",
        "",
    ),
    c(
        "we did 300 covers tonight. I can't feel my feet",
        "[self_focus:I had 14 meetings today, my brain is fried, I literally didn't eat lunch]",
        "",
    ),
    c(
        "I burnt myself on the oven door making your birthday cake 😭",
        "oh no! [self_focus:ha welcome to the club, look at my arms, I've got like 40 of "
        "these, the worst one was when the fryer basket flipped on me at the steakhouse]",
        "E",
    ),
    c(
        "I'm not going to your cousin's thing sunday, it's my only day off and I'm wrecked",
        "[hostile_question:so your day off is more important than my family?]",
        "",
    ),
    c(
        "I've been feeling kind of low since I stopped working",
        "[hostile_question:low how? you're home all day, what is there to be low about?]",
        "",
    ),
    c(
        "I cried in the walk-in today. just for a sec",
        "[hostile_question:why are you crying at work though?]",
        "",
    ),
    # --- 5. retiree in their seventies, formal sentences ---
    c(
        "Dearest, I was told today that I must give up my driving licence. I feel rather as "
        "though a door has closed. Yours, Harold",
        "Oh Harold, I am so sorry. Fifty years behind the wheel, and your independence along "
        "with it; of course it feels like a door closing. What did Dr Patel say exactly?",
        "EIVX",
    ),
    c(
        "I found my late wife's recipe box in the loft today. I hope it does not upset you "
        "that I sat with it for an hour.",
        "It does not upset me in the least, my love. She was part of your life for thirty "
        "years; of course you needed to sit with it. I should like to see them with you "
        "whenever you are ready.",
        "IV",
    ),
    c(
        "The young man at the bank spoke to me as though I were simple. He explained online "
        "banking three times, very slowly, and then he sighed.",
        "How dare he. You managed a bank branch for twenty years! I am cross on your behalf. "
        "That must have been humiliating, dear.",
        "EI",
    ),
    c(
        "Margaret, the builder has not come again. That is the third Tuesday running. I am at "
        "my wits' end.",
        "Oh, Joan, how maddening after all the waiting. Shall I ring him? I can be very stern "
        "when required.",
        "EI",
    ),
    c(
        "I fell on the ice outside the post office. Nothing is broken, but I am rather shaken.",
        "Oh no, my poor darling. Stay put; I am on my way with the car.",
        "E",
    ),
    c(
        "I am not ready to sort through my brother's things yet. I know the flat must be "
        "cleared by the end of the month.",
        "Then we shall not do it yet. Take all the time you need; I will speak to the landlord "
        "about an extension. You have only just lost him.",
        "IV",
    ),
    c(
        "I should value your opinion. Ought we to sell the house and move nearer to Susan and "
        "the grandchildren, or stay where our friends are? I confess I cannot decide.",
        "It is a hard choice, and I understand why you are torn. My own feeling is that we "
        "should stay for now, while we are both well, and think again next spring. But I will "
        "not decide without you.",
        "V", seeks="advice",
    ),
    c(
        "I have pressed everything, I think.",
        "Poor love, they do make these things fiddly. Go into Settings, then Display, and "
        "slide the Text Size bar to the right. I shall show you properly after lunch.",
        "E", seeks="advice",
        context=[
            "The new tablet is quite beyond me.",
            "Could you tell me how one makes the writing bigger? My eyes are not what they "
            "were.",
        ],
    ),
    c(
        "You will never guess. My watercolour of the harbour has been accepted for the village "
        "exhibition. I am quite beside myself. Love, E.",
        "Edith, that is wonderful! I am so proud of you. After all those mornings at the easel "
        "you must be thrilled. How did it feel to open the letter?",
        "EIX",
    ),
    c(
        "I had a peculiar feeling at the reunion today. I cannot quite put my finger on it.",
        "Tell me about it, darling. Who was there, and when did the feeling first come over "
        "you?",
        "X",
    ),
    c(
        "I suppose it is foolish to feel jealous of the attention you give the new neighbour. "
        "At our age.",
        "It is not foolish at all, at any age. Feelings do not retire. I am glad you told me, "
        "and I am sorry I have made you feel that way.",
        "EV",
    ),
    c(
        "The doctor now speaks to our daughter rather than to me. As if I were not in the room.",
        "That must make you feel invisible, as though you have been quietly demoted in your "
        "own life. I shall say something at the next appointment, if you would like me to.",
        "I",
    ),
    c(
        "My hip is very bad today and the garden is going to ruin. I cannot bear to look at it.",
        "I am sorry, my dear. It must be so frustrating to watch it and not be able to get out "
        "there. I will telephone young Tom about coming on Saturdays.",
        "EI",
    ),
    c(
        "I forgot Jean's name at church this morning. Forty years I have known her. I am "
        "frightened it is starting.",
        "Oh, sweetheart. I did the very same with the vicar last spring, and I remember how "
        "frightening it felt. It is a horrid fear to carry. Shall we talk about what worries "
        "you most?",
        "EIVX",
    ),
    c(
        "Robert's speech at the dinner was rather unkind about my bowls. I have thought of "
        "little else since.",
        "I could see it wounded you, dear. It was thoughtless of him, and you have every right "
        "to feel stung. What part of it keeps coming back to you?",
        "IVX",
    ),
    c(
        "I find I am more frightened than I expected to be. Forgive me for being silly.",
        "There is nothing to forgive, and you are not being silly. It is a great deal to take "
        "in so suddenly. I am right here, and I will be with you at every step. Ever yours, M.",
        "EIV",
        context=[
            "The cardiologist telephoned.",
            "They wish to do the procedure next week rather than in March.",
        ],
    ),
    c(
        "I have been feeling rather low since the bowls club closed. The days are very long.",
        "[advice:You ought to join the U3A, dear. They have a walking group on Wednesdays.]",
        "",
    ),
    c(
        "My sister and I have had words again over Mother's silver. I am most upset.",
        "Oh dear, I am sorry. [advice:Give her the wretched silver and have done with it.]",
        "E",
    ),
    c(
        "I was quite breathless walking up from the harbour today. It gave me a fright.",
        "[criticism:Well, you will insist on carrying all the shopping yourself.] [advice:Ring "
        "the surgery on Monday, and take the bus next time.]",
        "",
    ),
    c(
        "I cannot sleep for thinking about the test results. Yours, Frank",
        "[minimizing:At our age, Frank, something is always wrong. There is no sense losing "
        "sleep over it.]",
        "",
    ),
    c(
        "I am heartbroken that Daniel and the children will not come for Christmas after all.",
        "Oh, my love. [minimizing:But they will come at Easter, and Christmas is only one day, "
        "after all.]",
        "E",
    ),
    c(
        "I feel I have no purpose since I retired from the surgery. Nobody needs me any more.",
        "[minimizing:Nonsense, you have the garden.] [dismissal:Now, what shall we have for "
        "supper?]",
        "",
    ),
    c(
        "You were rather short with me in front of the Hendersons. I felt quite foolish.",
        "[defensiveness:I was short because you interrupted me four times. I am entitled to "
        "finish a sentence.]",
        "",
    ),
    c(
        "It hurt me that you spoke to Susan about my memory before you spoke to me.",
        "[defensiveness:I only did it because I was concerned. I was not going behind your "
        "back.]",
        "",
    ),
    c(
        "You forgot our anniversary. Fifty-one years.",
        "I am sorry, darling. [defensiveness:But you know I have had a great deal on my mind "
        "with all the hospital appointments.]",
        "E",
    ),
    c(
        "I have lost my reading glasses yet again and I feel such a fool.",
        "[criticism:If you put them back in the drawer as I have asked, you would not lose "
        "them.] G.",
        "",
    ),
    c(
        "I feel lonely, to be frank. You are forever at the golf club.",
        "[criticism:You might have made some friends of your own had you joined anything when "
        "we moved here.]",
        "",
    ),
    c(
        "I am dreadfully upset that the vicar did not mention me in the thank-yous at the fete.",
        "[contempt:Yes, a grave injustice. I shall write to the Bishop at once.]",
        "",
    ),
    c(
        "I wept at the television programme about the dogs' home. I do not know what came over "
        "me.",
        "[contempt:Good heavens, blubbing over a television programme. You are becoming "
        "ridiculous.]",
        "",
    ),
    c(
        "I have decided I should like to learn Italian before our trip. I am nervous that I am "
        "too old.",
        "[hostile_question:Italian? At seventy-six?] [contempt:You can barely manage the "
        "remote control.]",
        "",
    ),
    c(
        "I felt very slighted that you laughed when I spoke about my poetry at dinner.",
        "[contempt:Oh, do spare me the wounded poet routine 🙄]",
        "",
    ),
    c(
        "I should like to talk about what we want if one of us goes first. It has been on my "
        "mind.",
        "[dismissal:Not tonight, please. I am doing the crossword.]",
        "",
    ),
    c(
        "I had a dreadful afternoon with your brother. He was very unkind about my cooking.",
        "[dismissal:Hm. Did the paper come?]",
        "",
    ),
    c(
        "My old friend Alice has died. I only learned of it from the parish newsletter.",
        "[self_focus:That reminds me, my old school friend Peter died last year and nobody "
        "told me for months either.] [dismissal:Anyway, shall we have the fish tonight?]",
        "",
    ),
    c(
        "I have been so tired since the chemotherapy began. Even the stairs defeat me.",
        "[self_focus:My arthritis has been terrible all week as well. The doctor says I may "
        "need injections in both knees.]",
        "",
    ),
    c(
        "I am so pleased, my blood pressure is finally down to normal.",
        "[self_focus:Splendid. Mine was 118 over 75 this morning; the nurse said she had never "
        "seen better in a man of my age.]",
        "",
    ),
    c(
        "I miss teaching terribly. I dreamt last night that I was back in my old classroom.",
        "[self_focus:I dream of the Navy all the time. Did I ever tell you about the night on "
        "the Ark Royal when the boiler went? We were three days without hot water, and the "
        "captain...]",
        "",
    ),
    c(
        "I have been feeling rather anxious about the drive to Edinburgh.",
        "[hostile_question:Anxious? Why must you make everything into an ordeal?]",
        "",
    ),
    c(
        "I miss being close to you at night. Since your operation you have slept in the spare "
        "room and I feel rather shut out.",
        "[hostile_question:Would you prefer I kept you awake all night with my snoring, then?]",
        "",
    ),
    c(
        "I felt very hurt that you did not ask how my appointment went.",
        "[hostile_question:Did it never occur to you simply to tell me?]",
        "",
    ),
]
