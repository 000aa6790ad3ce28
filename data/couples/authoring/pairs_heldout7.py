"""Held-out batch heldout7: 200 blind couple cases in five new voices, 40 each.

Written fresh for measurement only (never train on it), without reading the product, the
other batches or their labels; only the markup format and the label definitions were used.

Voices (each one sometimes writes the partner message and sometimes the reply):
1. an Australian texter ("reckon", "arvo", "heaps", "no worries", "mate");
2. an Indian English texter ("na", "only", "yaar", "kindly", "what to do");
3. a night-shift nurse (tired, clinical shorthand, 7am handovers);
4. a gamer in their twenties ("gg", "afk", "lowkey", "tilted", discord);
5. an older partner from the US South ("y'all", "bless your heart", "fixin' to", potlucks).

Couples: married, dating, long-distance, same-sex, new parents, retired. Topics: work
stress, in-laws, chores, money, health, parenting, friends, intimacy, grief, jealousy, the
relationship itself, good news and everyday updates.

Mix: 76 replies without a block (warmth, naming the feeling, validation, curious questions,
offers of concrete help, and 14 where the partner asked for advice and gets it kindly);
124 replies with blocks, 18 of each of the eight kinds, 20 of them with two blocks. 15
cases seek advice (one of them answered with a hostile question); 10 carry earlier partner
turns as context: five advice threads (in four the ask sits only in an earlier turn)
and five empathy threads.

Hard cases both ways: blocks behind warmth ("aw babe" then minimizing), sarcasm without
emoji, counter-complaints, hostile questions that look curious, "what to do" used as a sigh
rather than a request, a sincere "bless your heart", and empathic replies that look like
blocks (anger at whoever hurt the partner, "want me to ring him?", "take all the time you
need", "going afk", short "oh no" texts).
"""

from typing import Any

from case_markup import c

HELDOUT7: list[Any] = [
    # --- 1. Australian texter ---
    c(
        "Boss pulled me into a meeting this arvo and basically said my project's getting "
        "binned. Six months of work mate. Heaps gutted.",
        "Oh no, six months?? That's brutal, I'm so sorry love. No wonder you're gutted, "
        "you poured yourself into that thing. Want to tell me what he actually said?",
        "EIVX",
    ),
    c(
        "reckon your mum hates me. she didn't say a single word to me at lunch, just "
        "talked to you the whole time",
        "That sounds so uncomfortable, sitting there being talked around for a whole "
        "lunch. I didn't clock it in the moment and I'm sorry. It makes sense you'd come "
        "away feeling unwelcome.",
        "EIV",
    ),
    c(
        "Some bloke at the servo yelled a slur at us when I was holding Jase's hand. Just "
        "sitting in the car now and my hands won't stop shaking.",
        "What the hell. I'm so angry for you, nobody gets to talk to you like that. Are "
        "you somewhere safe? I can be there in ten if you want me.",
        "EVX",
    ),
    c(
        "didn't get the job. they went with someone internal. no worries I guess",
        "aw mate 😢 that's rubbish. call you at lunch?",
        "E",
    ),
    c(
        "Need a hand deciding - do I take the redundancy package or hang on and hope they "
        "keep me? Reckon you'd know better than me with this stuff",
        "Tough call and I get why it's doing your head in. If it were me I'd take the "
        "package, it's a sure thing and with your skills you'd land somewhere within a "
        "few months. Let's sit down with the numbers tonight before you sign anything "
        "though.",
        "V",
        seeks="advice",
    ),
    c(
        "what do I get Mum for her 70th?? I've got nothing, help",
        "Haha ok, what about a day trip to the Barossa with lunch at that place she raved "
        "about? Or get the old photos scanned into a book, she'd cry happy tears",
        "",
        seeks="advice",
    ),
    c(
        "it's like 9 hours tho. is that mad",
        "Not mad but that's a big drive solo. I'd split it, stay the night in Coffs and "
        "do the rest in the morning so you turn up fresh and not wrecked. Text me at "
        "every stop yeah?",
        "",
        seeks="advice",
        context=[
            "Thinking of driving up to see you on the long weekend instead of flying, thoughts?",
        ],
    ),
    c(
        "I feel like I'm the only one who ever notices the bins need doing. It's "
        "exhausting being the household brain.",
        "Yeah fair, that's heaps of invisible work and I've been leaving it all on you. "
        "Must feel like you're running the place solo. What would take the most off your "
        "plate?",
        "IVX",
    ),
    c(
        "GOT THE MORTGAGE APPROVED!!!",
        "NO WAY!!! Mate that's massive, I'm so proud of you 🥳 how are you feeling?? "
        "celebratory parma tonight??",
        "EX",
    ),
    c(
        "been a year today since Dad. thought I'd be right but I'm not",
        "Oh love. Of course you're not right, a year is nothing. I'm here. Do you want to "
        "talk about him or just have some company?",
        "EVX",
    ),
    c(
        "I can't talk about the miscarriage yet. Sorry.",
        "Don't be sorry. Take all the time you need, I'm not going anywhere ❤️",
        "EV",
    ),
    c(
        "the landlord still hasn't fixed the hot water and I've rung three times, I'm so over it",
        "Three times?? That's ridiculous, no wonder you're over it. Want me to ring him "
        "this arvo and have a crack?",
        "EV",
    ),
    c(
        "I miss us. Like properly. Feels like we're flatmates since the baby came.",
        "I miss us too. It's been such a blur and I reckon we've both been running on "
        "empty. What do you miss most?",
        "EIX",
    ),
    c(
        "ok it's dumb but seeing you laughing with Sarah at the barbie made me feel heaps jealous",
        "It's not dumb. Thanks for telling me instead of sitting on it. What was it about "
        "it that got to you?",
        "VX",
    ),
    c(
        "ugh traffic on the M1 is cooked, gonna be an hour late, sorry",
        "no worries at all, sounds painful. drive safe, tea'll keep 🙂",
        "E",
    ),
    c(
        "reckon the time difference is killing us. I'm asleep when you're free and vice versa",
        "It really is. I feel like I only ever get the tired half-asleep version of you "
        "and I hate it. Does it feel lonely on your end too?",
        "EIX",
    ),
    c(
        "I stuffed up the presentation, forgot half my slides, everyone saw",
        "aw babe 😘 [minimizing:honestly no one would've even noticed, you're overthinking it]",
        "E",
    ),
    c(
        "Sick of my sister borrowing money and never paying it back. Another $200 this arvo.",
        "[advice:Just tell her no next time. Block her number if you have to.]",
        "",
    ),
    c(
        "had a heaps rough day mate, can I vent for a sec",
        "[dismissal:can it wait til after the footy?]",
        "",
    ),
    c(
        "my back's been killing me all week, can barely bend",
        "[self_focus:Mate tell me about it, mine's been rooted since I helped Dazza move. "
        "Couldn't even get my socks on Tuesday.]",
        "",
    ),
    c(
        "I'm upset you forgot our anniversary",
        "[contempt:Oh right, better alert the media]",
        "",
    ),
    c(
        "Kids were feral today and I lost it at them, feel like a rubbish mum",
        "[criticism:Well if you didn't let them have screens all arvo they wouldn't be so wired.]",
        "",
    ),
    c(
        "I said yes to hosting Christmas at ours. Bit nervous tbh",
        "[hostile_question:why would you even say yes to that?]",
        "",
    ),
    c(
        "You said you'd be home by six. It's nine.",
        "[defensiveness:Mate I was working, not at the pub. I can't just leave when I "
        "feel like it.]",
        "",
    ),
    c(
        "feeling heaps anxious about the biopsy results tomorrow",
        "[minimizing:It'll be nothing, they always are.] [advice:Have a wine and get an "
        "early night.]",
        "",
    ),
    c(
        "I don't think you understand how lonely I've been since moving here",
        "[dismissal:yeah ok. anyway what do you want for dinner]",
        "",
    ),
    c(
        "Got my first ever pay rise today!! Only small but still",
        "Nice. [self_focus:I got a bigger one last year tho, remember?]",
        "",
    ),
    c(
        "Max is really crook and the vet's not sure what it is. I'm scared",
        "Aw that's no good. [minimizing:He's a tough old boy tho, he'll be right, stop stressing.]",
        "E",
    ),
    c(
        "Reckon you've been on your phone heaps lately when we're together. Kinda feels "
        "like I'm not there",
        "[defensiveness:That's not true, I was literally just checking the cricket score once.]",
        "",
    ),
    c(
        "Forgot to pay the rego and got fined, I'm such an idiot",
        "[contempt:Classic you 🙄] [criticism:You never check the mail, that's why.]",
        "",
    ),
    c(
        "I want us to see a couples counsellor",
        "[hostile_question:What, so a stranger can tell me I'm the problem? Since when "
        "are we that bad?]",
        "",
    ),
    c(
        "Feel like I'm doing all the night feeds and I'm cooked",
        "[defensiveness:And I'm the one going to work on four hours sleep, it's not like "
        "I'm having a holiday either.]",
        "",
    ),
    c(
        "can we talk about what happened at your brother's",
        "[dismissal:nah not tonight mate]",
        "",
        context=[
            "Your brother said some pretty rough stuff about my job at dinner.",
            "And you just laughed along.",
        ],
    ),
    c(
        "stressing about the move, there's heaps to pack and I'm working every day",
        "[self_focus:When I moved to Perth I did it in two days solo, it was fine.] "
        "[advice:Just chuck it all in boxes and sort it at the other end.]",
        "",
    ),
    c(
        "I'm hurt you didn't back me up in front of your mates",
        "[criticism:You always take everything so personally,] [minimizing:it was just banter.]",
        "",
    ),
    c(
        "Mum's dementia is getting worse, she didn't know who I was on the phone today",
        "Oh no. [advice:You really need to start looking at nursing homes now, don't leave it.]",
        "E",
    ),
    c(
        "Finally finished the marathon!! 4:12, legs are dead",
        "cool. [self_focus:reminds me, I need to get back into running, I've put on heaps "
        "this winter]",
        "",
    ),
    c(
        "I cried at the end of that movie, don't laugh",
        "[contempt:haha sook]",
        "",
    ),
    c(
        "I think I want to quit uni and do a trade. what do you reckon?",
        "[hostile_question:Are you serious? After all the money we've put in?]",
        "",
        seeks="advice",
    ),
    c(
        "I'm still upset about the thing with your ex at the wedding",
        "[dismissal:k]",
        "",
    ),
    # --- 2. Indian English texter ---
    c(
        "Today also manager scolded me in front of everyone yaar. I am so embarrassed, what to do",
        "That's so humiliating, being called out in front of the whole team. I'm sorry "
        "jaan. Of course you're embarrassed. What did he say?",
        "EIVX",
    ),
    c(
        "My mother-in-law is again commenting on my cooking only. Every Sunday same story.",
        "Arre, I know na, it must be so tiring hearing it every single week. You cook so "
        "well and still she finds something. I'm sorry I stay quiet every time.",
        "EIV",
    ),
    c(
        "Kindly suggest which laptop to buy for Riya's college, budget is 60k only",
        "For 60k I'd go for a thin Lenovo with 16GB RAM, it'll last her all four years. "
        "Or the HP one if there's a sale. Want me to check the offers tonight?",
        "",
        seeks="advice",
    ),
    c(
        "Should I tell my parents about us this Diwali or wait one more year? I am very "
        "confused yaar",
        "That's a big one and I can see why you're torn. Honestly I think this Diwali, "
        "your sister will be there for support and waiting another year will only add "
        "more stress. But whatever you decide, I'm with you.",
        "V",
        seeks="advice",
    ),
    c(
        "Pain is going down the leg also now",
        "Ok then please don't wait, go to the doctor today only. Pain going down the leg "
        "can be a nerve thing. I'll book Dr. Mehta's evening slot for you, ok?",
        "E",
        seeks="advice",
        context=[
            "My back is paining since two days, I think it's from the new chair",
            "Should I go to doctor or just take rest?",
        ],
    ),
    c(
        "Missing you too much today. Everyone here is with their families and I'm alone "
        "in the hostel",
        "Oh baby, festival days alone are the worst. It must feel so quiet there with "
        "everyone gone. Can I video call you now? I'll show you the rangoli",
        "EI",
    ),
    c(
        "I cleared the CA final!!!! Finally yaar",
        "Whatttt!!! I'm so so proud of you, after all those nights studying 😭🎉 How does "
        "it feel??",
        "EIX",
    ),
    c(
        "Nani passed away this morning. I can't believe it",
        "I'm so sorry. I know how close you were to her, she was like your second mother. "
        "I'm coming over now, you don't have to handle anything alone.",
        "EI",
    ),
    c(
        "Feeling like I'm failing as a new mom. Baby won't latch and everyone is giving gyaan",
        "You're not failing, you're exhausted and doing everything. So much unasked "
        "advice would make anyone feel small. What's been the hardest part today?",
        "IVX",
    ),
    c(
        "Why you didn't call yesterday? I was waiting till 12 only",
        "I'm really sorry, you waited up and I didn't even message. That's not fair to "
        "you. I fell asleep on the couch, no excuse though. Were you worried?",
        "IVX",
        context=[
            "Are you reaching home?",
            "Hello??",
        ],
    ),
    c(
        "My sister's wedding is next week and I'm so stressed, nothing is ready",
        "Arre, so much on your head only, no wonder you're stressed. What's weighing on "
        "you the most? I can take the caterer and decoration calls, just say.",
        "IVX",
    ),
    c(
        "Parents still don't know about us and I feel like I'm lying every time I talk to them",
        "That sounds so heavy, carrying that on every single call. It makes total sense "
        "you'd feel torn. I'm here whenever you're ready, no pressure from me.",
        "EIV",
    ),
    c(
        "Just wanted to say thanks for handling the kids today, I really needed that nap",
        "Anytime yaar ❤️ you needed it. Feeling better?",
        "EX",
    ),
    c(
        "Feeling bit low today, don't know why only",
        "oh no 🥺 want to talk or want me to just sit with you?",
        "EX",
    ),
    c(
        "I need some space tonight, please don't take it wrongly",
        "ok, no problem at all. I'm here when you want ❤️",
        "E",
    ),
    c(
        "I'm so tense about the visa interview tomorrow yaar",
        "[minimizing:Arre chill, it's just a formality only, nothing to be tense about]",
        "",
    ),
    c(
        "My in-laws are staying with us for a whole month and I already feel suffocated",
        "[advice:Kindly adjust for one month, na. Go for a walk in the evening, take some "
        "time for yourself.]",
        "",
    ),
    c(
        "You again forgot to pick up the medicines for Papa",
        "[defensiveness:I didn't forget, the shop was closed only. Every time it's my fault.]",
        "",
    ),
    c(
        "I'm so tired, I've been up with the baby all night",
        "[criticism:That's because you keep picking him up every time he cries. I told you na.]",
        "",
    ),
    c(
        "I feel you don't give me importance in front of your friends",
        "[contempt:Oho, madam wants importance now. Should I make an announcement?]",
        "",
    ),
    c(
        "Had such a horrible day, client yelled at me for 20 min",
        "[minimizing:20 min is nothing yaar,] [self_focus:my client called me at 11 pm "
        "and shouted for one full hour.]",
        "",
    ),
    c(
        "I've decided to go back to work after maternity leave",
        "[hostile_question:And who will see the baby? Your mother?]",
        "",
    ),
    c(
        "Can we talk about the fight last night? It's still bothering me",
        "[dismissal:Not now yaar, I'm in meeting. Later.]",
        "",
    ),
    c(
        "Lost my purse in the metro, all my cards and Aadhaar were in it 😭",
        "[criticism:How many times I told you to keep it in the front pocket.] "
        "[advice:Block all cards first and file FIR.]",
        "",
    ),
    c(
        "I miss my home town so much, Bangalore still doesn't feel like mine",
        "Aww. [minimizing:It's only been six months, you'll get used to it, everyone does.]",
        "E",
    ),
    c(
        "Finally I got my driving licence!!",
        "Good good. [self_focus:I cleared mine in first attempt itself, you remember?]",
        "",
    ),
    c(
        "It hurt when you laughed at my accent in front of your colleagues",
        "[defensiveness:I was only joking na, you also laugh at my Hindi.]",
        "",
    ),
    c(
        "I'm feeling so fat after the pregnancy, nothing fits",
        "[criticism:You should have kept up the walking like the doctor said.]",
        "",
    ),
    c(
        "I've been feeling anxious a lot lately, I think I should talk to someone",
        "[hostile_question:Therapy? What is there to talk about? Are you mad or what?]",
        "",
    ),
    c(
        "I feel like you care more about cricket than me",
        "[contempt:Haha ok drama queen.] [dismissal:Let me watch the last over na]",
        "",
    ),
    c(
        "My bestie is getting married and I'm not invited. I'm so hurt yaar",
        "[dismissal:hmm. anyway did you pay the electricity bill?]",
        "",
    ),
    c(
        "Papa's reports came, sugar is very high. I'm really worried",
        "[minimizing:Everyone's sugar is high at his age, what to do. Don't take so much tension.]",
        "",
    ),
    c(
        "I'm so nervous about presenting to the board tomorrow",
        "[self_focus:Same here, I have my appraisal tomorrow and my manager hates me. I'm "
        "not even prepared.]",
        "",
    ),
    c(
        "You told your mom about our money problems? That was private",
        "[defensiveness:She is my mother, I can tell her anything.] [hostile_question:Why "
        "you are making it such a big issue?]",
        "",
    ),
    c(
        "The landlord is increasing rent again by 5k, I'm so stressed",
        "[criticism:This is what happens when you sign without reading the agreement properly.]",
        "",
    ),
    c(
        "I'm sad you didn't notice my new haircut",
        "[contempt:Sorry your highness, next time I'll inspect with a magnifying glass]",
        "",
    ),
    c(
        "I spent 8k on a saree for the wedding and now I feel guilty",
        "[hostile_question:8k?? For one saree? What were you thinking?]",
        "",
    ),
    c(
        "My colleague takes credit for my work only, I'm so frustrated",
        "That's so unfair yaar. [advice:You should cc your boss on every email from now on.]",
        "V",
    ),
    c(
        "I didn't like how you spoke to my father today",
        "[defensiveness:I didn't say anything wrong, he started it only. I was just replying.]",
        "",
    ),
    c(
        "My friend said something really mean about my weight today",
        "[self_focus:Ugh people are like that. Even my cousin told me I've become fat, I "
        "was so angry.]",
        "",
    ),
    # --- 3. Night-shift nurse ---
    c(
        "just got off. coded a pt at 0400, didn't make it. handover at 7 and then drove "
        "home in silence",
        "Oh love. I'm so sorry. Losing someone and then having to do handover like "
        "normal, that's so much to hold. I'm here. Do you want to talk or just sleep?",
        "EIX",
    ),
    c(
        "3rd night in a row short 2 RNs, had 8 pts by myself. I'm cooked",
        "Eight patients alone?? That's not safe and it's not fair on you. No wonder "
        "you're wrecked. I've made your bed up and the blackout blinds are down ❤️",
        "EV",
    ),
    c(
        "kids woke me at 11am after a night shift. slept 3 hrs. I know it's not their "
        "fault but I snapped",
        "That sounds miserable, running on 3 hours and then everything's loud. Of course "
        "you snapped, anyone would. I'll take them to the park this afternoon so you can "
        "get back to sleep.",
        "EIV",
    ),
    c(
        "I had a panic attack on the train today, it came out of nowhere",
        "that sounds really scary babe. im on break for 15 min, can I call you? want to "
        "hear what happened",
        "EX",
    ),
    c(
        "do I swap to days? less money but I'd actually see you. need your honest take",
        "Honest take: yes, swap. The money's nice but you're exhausted all the time and I "
        "miss you. We can trim the budget, I'll sit down with you on the numbers this "
        "weekend.",
        "E",
        seeks="advice",
    ),
    c(
        "what can I eat at 3am that won't make me feel gross on shift? vending machine "
        "life is killing me",
        "Pack a thermos of soup and some boiled eggs, plus oat balls for the 3am slump, "
        "I'll make a batch tonight. Skip the sugary stuff, that's what crashes you at 5.",
        "",
        seeks="advice",
    ),
    c(
        "I don't want to make it a whole thing though",
        "I get not wanting the drama. I'd still write it up, just facts, no opinions. It "
        "protects you if she complains later and it doesn't have to become a whole thing.",
        "V",
        seeks="advice",
        context=[
            "Pt's daughter screamed at me tonight. Charge nurse says I should write it "
            "up. Should I?",
        ],
    ),
    c(
        "missed your bday dinner bc of a shift swap. feel like a crap partner",
        "You're not a crap partner, you're a nurse on a roster you don't control. I did "
        "miss you there though. Late breakfast when you're off Thursday?",
        "EIV",
    ),
    c(
        "my mum's scan showed something on her liver. they're doing more tests",
        "Oh sweetheart. The waiting is the worst part. I'm so sorry. Do you want me to "
        "come to the appointment with you? I can swap my shift.",
        "EI",
    ),
    c(
        "got nominated for the DAISY award!!! on 4 hrs sleep but still",
        "WHAT!!! That's huge, you deserve it so much 🌼 we'll celebrate properly when "
        "you've slept, proud of you",
        "E",
    ),
    c(
        "I feel like we're ships in the night. You're asleep when I'm home",
        "I feel it too and I hate it. You must be lonely coming home to a sleeping house "
        "every night. What would help the most, even a little?",
        "EIX",
    ),
    c(
        "consultant made a comment about 'nurses who can't handle pressure' at handover. "
        "in front of the students",
        "Are you kidding me?? What a smug git. You held that ward together all night. I'm "
        "fuming for you. You ok?",
        "EVX",
    ),
    c(
        "rough night. lost one. home at 8",
        "oh no 😢 I'm so sorry. kettle's on when you're in",
        "E",
    ),
    c(
        "scared I'm gonna bring something home to the baby. flu ward is packed",
        "That's such a real fear, especially with her so little. You're careful and you'd "
        "know the signs better than anyone. What's worrying you most?",
        "VX",
    ),
    c(
        "sorry I've been grumpy all week",
        "don't apologise, you've had a brutal week. I get it. want a cuddle and a dumb movie?",
        "EIV",
    ),
    c(
        "I had the worst day, the printer jammed and I had to redo the whole report",
        "[self_focus:try doing CPR for 40 min at 3am then talk to me about bad days]",
        "",
    ),
    c(
        "You fell asleep during my sister's engagement party. People noticed",
        "[defensiveness:I did a 13 hour shift and came straight there. I literally cannot win.]",
        "",
    ),
    c(
        "i think i'm burning out. i cried in the supply closet tonight",
        "[advice:Maybe look into agency work or a clinic job, way less stress.]",
        "",
    ),
    c(
        "i made a med error tonight. caught it in time, pt is fine, but i can't stop shaking",
        "[minimizing:Pt's fine so it's fine! Don't beat yourself up.] [advice:Have a hot "
        "shower and sleep it off.]",
        "",
    ),
    c(
        "I just need you to listen tonight, not fix",
        "[contempt:oh sorry, I forgot I'm supposed to read your mind 🙄]",
        "",
    ),
    c(
        "picked up another extra shift this weekend",
        "[hostile_question:again? do you even want to see us?]",
        "",
    ),
    c(
        "still thinking about that kid from last night. can't shake it",
        "[advice:you need to leave work at work.] [dismissal:anyway I'm going out, back later]",
        "",
    ),
    c(
        "I feel like you never have time for me anymore",
        "[criticism:you knew what my job was when you married me. you're being selfish.]",
        "",
    ),
    c(
        "6 nights in a row done. I feel like a zombie",
        "[minimizing:you'll be fine after one good sleep]",
        "",
    ),
    c(
        "pt's family complained about me to the NUM and I did everything right",
        "[self_focus:ugh I get complaints all the time at the call centre. today one guy "
        "called me useless and I had to keep smiling]",
        "",
    ),
    c(
        "you didn't do any of the washing while I was on nights. came home to a mountain",
        "[defensiveness:I had the kids by myself four nights running, I'm not your maid.]",
        "",
    ),
    c(
        "I'm sorry I'm so tired all the time, I know it's hard for you too",
        "[contempt:Florence Nightingale strikes again.] [criticism:You chose this.]",
        "",
    ),
    c(
        "my chest has been tight all day, kinda scared",
        "[hostile_question:did you actually take your inhaler or are we doing this again?]",
        "",
    ),
    c(
        "dad's going into palliative care next week. I don't know how to feel",
        "[advice:Make sure you ask for a family meeting with the team and get the advance "
        "care directive sorted asap.]",
        "",
    ),
    c(
        "handover went badly, the day nurse basically accused me of hiding stuff",
        "[dismissal:can we do this later, I'm about to leave for work]",
        "",
        context=[
            "day nurse said the pt's bloods weren't done and looked at me like I'm useless",
        ],
    ),
    c(
        "got bitten by a dementia pt tonight. it's bruised",
        "[minimizing:at least it wasn't a needlestick lol]",
        "",
    ),
    c(
        "I'm honestly thinking of leaving nursing",
        "[contempt:lol you say that every week. very dramatic]",
        "",
    ),
    c(
        "forgot to set my alarm and missed school pickup, the office had to call you",
        "[criticism:yeah, third time this term. you can't keep on top of anything when "
        "you're on nights.]",
        "",
    ),
    c(
        "I feel like you talk about work more than you talk to me",
        "[defensiveness:I need to debrief somewhere!] [contempt:Sorry my job is so "
        "inconvenient for you.]",
        "",
    ),
    c(
        "got a promotion to senior at the bank 🎉",
        "nice! [self_focus:wish I'd get recognised like that, I've been acting charge for "
        "2 years and nothing]",
        "",
    ),
    c(
        "I swapped my shift so I can come to your work thing",
        "[hostile_question:why'd you bother if you're just going to be grumpy the whole time?]",
        "",
    ),
    c(
        "I can't sleep, keep thinking about the layoffs",
        "[dismissal:mm. I'm off to bed, got a 7am handover]",
        "",
    ),
    c(
        "haven't had a proper day off in 3 weeks",
        "[minimizing:it's only a couple more weeks till leave, hang in there]",
        "",
    ),
    c(
        "you snapped at me this morning when I asked about dinner",
        "[defensiveness:I'd just done a 12 hour night. You're the one who woke me up.]",
        "",
    ),
    c(
        "I want to go see my ex's mum in hospital, she was like family to me",
        "[hostile_question:and you think that's appropriate?]",
        "",
    ),
    # --- 4. Gamer in their twenties ---
    c(
        "lowkey feeling like shit today. didn't get the internship and everyone in the "
        "discord is posting their offers",
        "ugh that's rough, seeing everyone's offers right when you got the no must sting "
        "so bad. i'm sorry. wanna hop on call later and just talk or play something dumb?",
        "EI",
    ),
    c(
        "my parents are fighting again and I'm hiding in my room",
        "omg that sounds awful, I'm sorry babe. going afk from the match rn, call me? I'm "
        "here as long as you need",
        "E",
    ),
    c(
        "ok need ur opinion. do i tell my mom i'm dropping comp sci or wait till after "
        "the semester",
        "ooh tough. I'd wait till after finals tbh, then you'll have your grades and a "
        "plan to show her and it'll feel less like a bomb. want to practice what you'd "
        "say?",
        "",
        seeks="advice",
    ),
    c(
        "what should we do for our 1 year? I want it to be special but we're broke",
        "ok hear me out: picnic at the lake where we had our first date, I bring snacks, "
        "you bring the speaker, we end with a co-op game night. like $20 total 🥹",
        "",
        seeks="advice",
    ),
    c(
        "like do I text her or say it in person",
        "in person for sure, texts can read way harsher than you mean. maybe like 'hey "
        "can we figure out a quiet-hours thing on weeknights?' keeps it about the "
        "schedule not her",
        "",
        seeks="advice",
        context=[
            "my roommate keeps having people over at 2am and i have class at 8",
            "idk how to bring it up without making it weird",
        ],
    ),
    c(
        "feel like a fraud at my new job, everyone seems so much smarter",
        "that imposter feeling is so real and it makes sense, you're new and everything's "
        "unfamiliar. what happened today that set it off?",
        "IVX",
    ),
    c(
        "ngl it kinda bugs me that you're always duoing with Kai. like I know it's "
        "nothing but still",
        "thank you for telling me instead of stewing on it. I totally get why it'd feel "
        "weird. what part bugs you most? I want to know",
        "VX",
    ),
    c(
        "my grandma died last night",
        "oh no. I'm so sorry. I'm logging off and coming over. you don't have to talk if "
        "you don't want to",
        "E",
    ),
    c(
        "BRO I HIT DIAMOND",
        "LETS GOOOO 🎉🎉 after that losing streak too?? you earned that so hard. how do you feel",
        "EIX",
    ),
    c(
        "i'm so tilted. lost 6 in a row and then someone told me to uninstall. I know "
        "it's dumb to be upset over a game",
        "it's not dumb, you were really looking forward to tonight and people were being "
        "mean on top of it. that'd get to anyone. wanna vent about it?",
        "IVX",
    ),
    c(
        "miss you. discord calls aren't the same as being in the same room",
        "miss you too, so much. it's hard falling asleep to a screen instead of you. 23 days 🥺",
        "EI",
    ),
    c(
        "my anxiety is bad today, didn't leave the house",
        "that sounds really heavy. no pressure to do anything. want me to bring food over "
        "or just hang on call quietly?",
        "EV",
    ),
    c(
        "sry been afk all day, mental health day",
        "no need to say sorry!! glad you took it. how are you feeling now?",
        "VX",
    ),
    c(
        "I bombed my driving test",
        "noooo 😭 that sucks so much after all the practice. you ok?",
        "EX",
    ),
    c(
        "some guy on the team kept calling me slurs in VC the whole game",
        "what?? that's disgusting, nobody gets to talk to you like that. send me his tag "
        "and I'll report him too. are you ok?",
        "EVX",
    ),
    c(
        "can we talk? I'm feeling really disconnected from you lately",
        "[dismissal:in a game rn, brb]",
        "",
    ),
    c(
        "I'm upset you played all night instead of coming to bed",
        "[contempt:ok boomer]",
        "",
    ),
    c(
        "I'm thinking of going to my friend's birthday without you",
        "[hostile_question:why would you even want to go without me lol?]",
        "",
    ),
    c(
        "you promised you'd do the dishes before your raid",
        "[defensiveness:I was GOING to, you literally asked me 5 min ago.] [minimizing:chill]",
        "",
    ),
    c(
        "lost my rent money on a skin gamble. I feel so dumb",
        "[criticism:yeah because you never think before you click.]",
        "",
    ),
    c(
        "I got an A on my thesis!!!",
        "nice. [self_focus:i finally beat the elden ring boss btw, took me 40 tries]",
        "",
    ),
    c(
        "ngl I'm really lonely since moving to the new city",
        "[advice:just join a discord for locals or a club, you'll meet ppl fast]",
        "",
    ),
    c(
        "I'm really scared about the surgery on Thursday",
        "[minimizing:it's a super routine surgery tho, ur gonna be fine lol]",
        "",
    ),
    c(
        "idk I just feel kinda off today",
        "[contempt:lol ok emo.] [hostile_question:what now?]",
        "",
    ),
    c(
        "my dad said he's disappointed in me. kinda wrecked me ngl",
        "[dismissal:damn. gg. wanna get food]",
        "",
    ),
    c(
        "You forgot to call me on my first day at the new job",
        "[defensiveness:you could've called me too?? it goes both ways]",
        "",
    ),
    c(
        "the baby hasn't slept all day and I'm losing it",
        "[criticism:you always let her nap too late,] [dismissal:anyway i'm in a match, "
        "can it wait 20 min]",
        "",
        context=[
            "she's been crying on and off since 2pm",
        ],
    ),
    c(
        "my therapist thinks I might have ADHD",
        "[hostile_question:isn't that just an excuse for not doing stuff?]",
        "",
    ),
    c(
        "I'm so stressed about finals I can't breathe",
        "[minimizing:bro it's just finals,] [self_focus:I literally had 3 in one day last "
        "sem and was fine]",
        "",
    ),
    c(
        "i'm kinda hurt you didn't invite me to the LAN",
        "[contempt:lmao imagine being hurt over a LAN]",
        "",
    ),
    c(
        "My best friend ghosted me after I told her about the breakup",
        "[advice:just unfollow her tbh, not worth it]",
        "",
    ),
    c(
        "didn't finish the assignment, due at midnight, I'm panicking",
        "[criticism:you were playing val for like 6 hours today tho]",
        "",
    ),
    c(
        "I had a weird dream about you leaving me and I woke up crying",
        "[dismissal:ok. gn]",
        "",
    ),
    c(
        "my cat threw up everywhere and I have a migraine",
        "[self_focus:rip. my day was worse, lost 80 LP and my mouse died]",
        "",
    ),
    c(
        "it felt bad when you said my streams are cringe",
        "[defensiveness:I was joking?? you know I was joking. you roast me all the time]",
        "",
    ),
    c(
        "I feel like you don't see me as a priority",
        "[contempt:oh no, not the priority speech again 🙄]",
        "",
    ),
    c(
        "I told my mom we're moving in together",
        "[hostile_question:you told her BEFORE we even signed the lease?? what is wrong with you]",
        "",
    ),
    c(
        "I overslept and missed my exam",
        "[criticism:should've gone to bed instead of staying on discord til 4]",
        "",
    ),
    c(
        "I keep thinking about the breakup with Jules, it's been months",
        "hey that's rough. [advice:have you tried just deleting all her pics? out of "
        "sight out of mind]",
        "E",
    ),
    c(
        "I feel like you only text me when you're bored",
        "[defensiveness:that's not fair, I texted you good morning literally today]",
        "",
    ),
    # --- 5. Older partner from the US South ---
    c(
        "Doc says my knee's got to be replaced. I'm fixin' to cancel the trip to see the "
        "grandbabies and I'm just heartsick over it",
        "Oh, honey, I know how much you were looking forward to holding those babies. "
        "Heartsick is the right word. Want to call Sarah together tonight and tell her?",
        "EIV",
    ),
    c(
        "Ever since I retired I don't know what to do with myself. I feel useless",
        "Well sugar, that's a hard thing, forty years of getting up and going somewhere "
        "and then nothing. Anybody'd feel a little lost. What do you miss most about it?",
        "IVX",
    ),
    c(
        "Forty-two years they were married before Mama passed, and Daddy just sits in her "
        "chair now. I can't stand to see it",
        "That must break your heart every time you walk in. You lost her too, and now "
        "you're watching him grieve on top of it. I'm so sorry, darlin'.",
        "EI",
    ),
    c(
        "Y'all, I need help. What do I bring to the church potluck Sunday? Last time my "
        "casserole sat there untouched and I about died",
        "Oh that's awful, I'd have been mortified too. Bring your peach cobbler, it's the "
        "best thing you make and folks always go back for seconds. I'll pick up the ice "
        "cream.",
        "EV",
        seeks="advice",
    ),
    c(
        "I hate to let him down though",
        "I know you do, you've got the biggest heart in that church. Here's what I think: "
        "tell him yes for the fall, but ask if Martha can co-lead so you're not on your "
        "feet every week. That way you're not letting anybody down, least of all "
        "yourself.",
        "V",
        seeks="advice",
        context=[
            "Pastor asked me to lead the women's Bible study this fall.",
            "I don't know if I've got it in me with my hip and all. What do you think?",
        ],
    ),
    c(
        "I'm nervous about the grandkids staying a whole week",
        "Bless your heart, of course you are, that's a lot of little feet for a week. "
        "What's got you most nervous, sugar?",
        "IVX",
    ),
    c(
        "The cardiologist wants more tests. I told y'all it was nothing but now I'm not so sure",
        "That sounds scary, hon. It's okay to be worried, I would be too. Want me to "
        "drive you to the appointment? I'll take the day.",
        "EV",
    ),
    c(
        "Forty years together and my sister still won't say your name at Thanksgiving. "
        "I'm tired of pretending it don't hurt",
        "It does hurt, and you don't have to pretend with me. Forty years and she still "
        "can't manage that small kindness, that's a real wound. I'm right here, Ray.",
        "EIV",
    ),
    c(
        "Well I'll be, the garden club gave me first prize for my roses!",
        "Oh honey, that's wonderful! All those mornings out there with your coffee and "
        "your clippers, you earned every bit of it. I'm so proud of you.",
        "EI",
    ),
    c(
        "Sorry I've been so quiet. Just missing Buddy",
        "No need to be sorry, darlin'. Fourteen years is a long time to love a dog. Take "
        "all the time you need, and holler if you want company on the porch.",
        "EIV",
    ),
    c(
        "Fell in the yard today. Nothing broke, just shook up",
        "Oh no! You okay? I'm heading home right now.",
        "EX",
    ),
    c(
        "I worry I'm becoming my mother. I snapped at the kids just like she used to",
        "Oh sweetheart, that must've scared you something awful, hearing her voice come "
        "out of you. The fact you're worried about it tells me you're not her. What "
        "happened?",
        "EIX",
    ),
    c(
        "The church board voted it down and not a one of 'em would look me in the eye",
        "That's humiliating, and after all the work you put into it. I'd be hurt too. "
        "Were you able to say anything after?",
        "IVX",
        context=[
            "Went before the church board tonight with the youth choir proposal.",
        ],
    ),
    c(
        "Money's tight since the pension cut and I feel ashamed I can't treat the grandkids",
        "Oh honey, there's no shame in that. You've given those kids more than money "
        "could ever buy. Must sting though, wanting to spoil them and not being able to.",
        "EIV",
    ),
    c(
        "Feel like I'm invisible at Wednesday supper lately. Folks talk right past me.",
        "That sounds so lonely, being in a room full of people you've known for years and "
        "feeling unseen. When did it start feeling that way?",
        "EIX",
    ),
    c(
        "I'm hurt you told the whole Sunday school about my cholesterol",
        "[contempt:Well bless your heart, didn't know it was a state secret.]",
        "",
    ),
    c(
        "I'm just plumb worn out looking after your mother",
        "[advice:You ought to get one of them home-care ladies to come in twice a week.]",
        "",
    ),
    c(
        "My hip's acting up something fierce today",
        "[self_focus:Honey, you think your hip's bad, my back's been on fire since Easter.]",
        "",
    ),
    c(
        "I keep thinking about the argument at Thanksgiving. It's eating at me",
        "[minimizing:That's water under the bridge.] [dismissal:Pass me the remote.]",
        "",
    ),
    c(
        "I burnt the pot roast for the potluck and I'm mortified",
        "[criticism:That's 'cause you never set a timer. Told you a hundred times.]",
        "",
    ),
    c(
        "I've been thinking about going back to school for my nursing degree at 58",
        "[hostile_question:At your age? What on earth for?]",
        "",
    ),
    c(
        "You didn't stand up for me when your brother made that crack",
        "[defensiveness:Now that ain't fair. I can't be policing every word outta Dwayne's mouth.]",
        "",
    ),
    c(
        "I'm just so tired of being the one who does everything around here",
        "[contempt:Yes, Saint Loretta, we all know.]",
        "",
    ),
    c(
        "Finally got my driver's license back after the eye surgery!",
        "That's good. [self_focus:Reminds me I'm fixin' to renew mine next month, the DMV "
        "line's gonna be a nightmare.]",
        "",
    ),
    c(
        "Doctor says it's early-stage diabetes. I'm scared, honey",
        "[minimizing:Shoot, half the church has got sugar. It ain't nothing to fret over.]",
        "",
    ),
    c(
        "I need to talk about the will, it's been weighing on me",
        "[dismissal:Not tonight, Jeopardy's on.]",
        "",
    ),
    c(
        "The grandkids never call. I feel forgotten",
        "[criticism:Well, you did fuss at 'em the last time they were here.] [advice:Send "
        "'em a card with a little money in it, that'll get 'em calling.]",
        "",
    ),
    c(
        "I told the pastor I'd host Bible study at ours this month",
        "[hostile_question:And when exactly were you fixin' to ask me?]",
        "",
    ),
    c(
        "I cried at the reunion when they read Jimmy's name",
        "[contempt:You cry at the Hallmark channel, hon.]",
        "",
    ),
    c(
        "Lost my reading glasses again and missed the whole hymn. I feel like such a fool",
        "[criticism:If you'd put 'em on the chain I bought you like I said, this wouldn't "
        "keep happening.]",
        "",
    ),
    c(
        "I've been feeling real low since the retirement party",
        "[self_focus:You and me both, I can't find a thing to do with my days either.] "
        "[dismissal:Anyhow, y'all coming to the potluck?]",
        "",
    ),
    c(
        "I found Mama's old letters in the attic and it's brought it all back",
        "[dismissal:Mm-hm.]",
        "",
    ),
    c(
        "You left me standing in the parking lot after church for twenty minutes",
        "[defensiveness:I was talking to Pastor Jim, it's not like I was off "
        "gallivanting.] [contempt:Lord, the suffering.]",
        "",
    ),
    c(
        "I can't stop thinking about Earl since the funeral. Forty years of friendship",
        "I know, hon. [advice:You need to get out of the house more, go on down to the VFW.]",
        "E",
    ),
    c(
        "I'm fretting about the biopsy results, can't sleep a wink",
        "[minimizing:The Good Lord won't give you more than you can handle, so quit your "
        "fretting.]",
        "",
    ),
    c(
        "I'm embarrassed I got lost driving to Lisa's new place",
        "[criticism:You never listen when I give directions, that's your trouble.]",
        "",
    ),
    c(
        "Feeling lonesome with you gone on this fishing trip",
        "[self_focus:Caught three bass this morning! Water's perfect, wish you could see "
        "my tan lol]",
        "",
    ),
    c(
        "I spent the afternoon crying over the old photo albums",
        "[hostile_question:What'd you go and dig those out for?]",
        "",
    ),
    c(
        "My sister and I haven't spoken since Daddy's funeral. It grieves me",
        "[advice:Just pick up the phone and call her, life's too short.]",
        "",
    ),
    c(
        "It hurt my feelings when you didn't come to my solo at choir",
        "[defensiveness:I told you I had the men's breakfast, I can't be in two places at "
        "once. I don't see you coming to my ballgames.]",
        "",
    ),
]
