"""Held-out batch 5: 200 message/reply pairs between romantic partners, in five new voices.

Voices (about forty cases each, mixed between who writes the message and who replies):
- a South African English texter ("eish", "shame" as sympathy, "just now", "lekker", "yoh");
- a Singaporean English texter ("lah", "lor", "can or not", "so jialat", "sian", "walao");
- a devout churchgoing partner ("I'll pray on it", "God has a plan", small group, pastor);
- a farmer / tradesperson who is practical and blunt (calves, hay, the co-op, the GC, job sites);
- a partner with ADHD who texts in bursts (several short messages in one string, on new lines).

Couples are married, dating and long-distance, same-sex and not. Topics: work stress, in-laws,
chores, money, health, parenting, friends, intimacy, grief, jealousy, the relationship itself,
good news and everyday updates. About two in five replies are empathic with no block (a few of
them give advice the partner asked for); the rest carry one or two blocks of every kind,
some obvious, some behind warmth, with tricky negatives on both sides.

This batch is held out: it is never used to write or tune rules.
Written blind, for measurement only. Synthetic, authored by the empathos project.
"""

from typing import Any

from case_markup import c

HELDOUT5: list[Any] = [
    # ---- South African English ----
    c("Eish, load shedding hit right when I was presenting to the client. Screen went black "
      "mid-sentence. I wanted to disappear.",
      "Shame, my love, that sounds mortifying. Your whole pitch just cut out in front of them? "
      "How did you get through the rest of it?",
      "EIX"),
    c("Your mom phoned again to ask when we're giving her grandkids. On speaker, by accident, "
      "in front of my colleagues. I'm so embarrassed hey.",
      "[minimizing:Ag, it's just Ma being Ma, nobody at your work even cares.]",
      ""),
    c("I got the promotion!! They told me this afternoon.",
      "Yoh!! Babe that's lekker, I'm so proud of you! You worked so hard for this, all those "
      "late nights. How did they tell you, what did you say?",
      "EIX"),
    c("I'm shattered. Spent the whole day in a queue at Home Affairs and they still didn't "
      "process my passport.",
      "Shame man. [self_focus:That's nothing, I waited six hours there in 2019 and they lost "
      "my forms twice.]",
      "E"),
    c("I feel like you don't even notice when I do the dishes. I do them every single night.",
      "[defensiveness:Ag that's not fair, I thanked you on Sunday. And who takes the bins out "
      "every week hey?]",
      ""),
    c("My gran's memorial is on Saturday. I keep crying in the car at the robots.",
      "Shame, my love. Of course you are, she was your person. I'll drive you on Saturday and "
      "you don't have to hold it together for anyone. Want me to fetch you from work tomorrow too?",
      "EIV"),
    c("The landlord is putting the rent up by 12%. I did the numbers and I don't know how "
      "we're going to manage.",
      "[dismissal:Eish. Let's talk about it just now, I'm watching the rugby.]",
      ""),
    c("I'm so nervous about the biopsy results, they said maybe Thursday.",
      "[minimizing:Don't stress, it's probably nothing.] [advice:Just keep busy and don't "
      "google it.]",
      ""),
    c("Howzit. Just so you know I'm feeling a bit flat today. Nothing happened, just flat.",
      "Thanks for telling me. Flat days are real, you don't need a reason for one. Do you want "
      "company tonight or a bit of quiet?",
      "VX"),
    c("Thabo cancelled on me AGAIN. Third time this month. I'm starting to think he just "
      "doesn't want to be friends.",
      "[hostile_question:So why do you keep making plans with him then?]",
      ""),
    c("My boss wants me to go to the Durban office for three months. Do you think I should "
      "take it? I need your honest opinion.",
      "Ja, I've been thinking about it all day. Honestly, I think you should take it. You've "
      "wanted more responsibility for ages and three months isn't forever. I'll fly down on "
      "the long weekends. Sharp?",
      "I", seeks="advice"),
    c("I spent R900 on that course and the lecturer didn't even pitch. Feeling like such an idiot.",
      "[contempt:Ja well, clever move, genius 🙄]",
      ""),
    c("Your brother made that joke about my accent again at the braai. Everyone laughed.",
      "That's not okay, and I'm sorry I laughed along. You must have felt so alone standing "
      "there. I'll speak to him, but first tell me, how are you feeling now?",
      "EIX"),
    c("Eish I failed my driver's test again. Stalled on the hill start.",
      "[criticism:If you'd practised in the bakkie like I said, you would have passed.]",
      ""),
    c("i miss you. the flat is so quiet without you",
      "Miss you too, so much. It's strange here for me too without you next to me. What's been "
      "the hardest part of the evenings for you?",
      "EX"),
    c("Work is killing me. Three people resigned and they dumped all their stuff on me.",
      "[self_focus:Tell me about it, my team is so short staffed I'm doing the work of four "
      "people.] [dismissal:Anyway, what are we eating tonight?]",
      ""),
    c("Your ma told your aunt she thinks I'm not good enough for you. I heard her say it.",
      "Yoh. I'm so sorry you heard that, it must have cut deep. She's wrong and I'll tell her "
      "so. Are you okay?",
      "EIX"),
    c("I'm scared we're drifting. We don't talk like we used to.",
      "[hostile_question:Where is this coming from now? Can't we just have one lekker weekend?]",
      ""),
    c("I finally finished the marathon!! 4:52, legs are dead.",
      "Lekker!! I'm so proud of you my china. 4:52 after that knee injury is amazing. How are "
      "you feeling, like inside, not just the legs 😂",
      "EIX"),
    c("Sorry I'm quiet, the vet bill for Bongo came in. R6,000. I feel sick.",
      "Shame, that's a big shock on top of worrying about him all week. Want me to phone the "
      "vet tomorrow and ask about a payment plan? We'll sort it together.",
      "EI"),
    c("I told you I was upset about the jol and you just laughed.",
      "[defensiveness:I laughed because you were being funny, I wasn't laughing at you.] "
      "[criticism:You always take things so personally.]",
      ""),
    c("I just need to vent, ok? The taxi driver shouted at me and I just stood there like a "
      "post. Why didn't I say anything?",
      "[advice:Next time take a photo of his number plate and report him.]",
      ""),
    c("Can you help me think? Should we host Christmas this year or let your sister do it? "
      "I'm so tired but I don't want to offend her.",
      "You sound really tired, love. I'd say let Naledi host this year and we bring the "
      "dessert and the salads. She's been hinting anyway, so she won't be offended.",
      "I", seeks="advice"),
    c("Ja so I'm pregnant. I don't know how I feel. Happy? Terrified? Both?",
      "Wow. Both sounds completely fair to me, it's huge. I'm here, whatever you end up "
      "feeling. Can I come home now now so we can sit with it together?",
      "EV"),
    c("Feeling jealous about Lize messaging you so late every night. I know it's probably nothing.",
      "[contempt:Haibo, here comes the jealous girlfriend act again.]",
      ""),
    c("Got pickpocketed at the station. Phone, cards, everything. I just feel so stupid.",
      "[minimizing:At least you weren't hurt, phones can be replaced.]",
      ""),
    c("I'm so tired of always being the one who organises date night.",
      "[dismissal:Ok.]",
      ""),
    c("You didn't even ask how my interview went.",
      "You're right, I didn't, and I'm sorry. That must have stung after how nervous you were "
      "this morning. How did it go? I want to hear all of it.",
      "EIX"),
    c("My dad's sugar is really bad. The doctor says he might lose his toes. I feel useless "
      "being so far away.",
      "Shame, that's really hard. [minimizing:But he's a tough oke, he'll be fine.] "
      "[advice:You should just phone him more.]",
      "E"),
    c("I did the whole house today. Floors, windows, even the oven.",
      "[contempt:Wow, somebody give the domestic goddess a medal 😂🙄]",
      ""),
    c("Eish I'm so lus for a braai but my back is finished from lifting the boxes. Sorry, I'm "
      "moaning.",
      "You're not moaning, you moved a whole office this week, of course your back is sore. "
      "I'll make the fire and bring you a plate on the couch. Ice or heat?",
      "IV"),
    c("My sister hasn't spoken to me since the wedding. Two months now. I miss her so much "
      "it hurts.",
      "[self_focus:I know exactly what that's like, me and my brother didn't speak for a "
      "whole year and it was the worst year of my life, I couldn't sleep, I lost weight, "
      "everything.]",
      ""),
    c("Can we talk about sex? I feel like I'm always the one initiating and it makes me feel "
      "unwanted.",
      "[hostile_question:Seriously? Now?] [dismissal:I'm literally falling asleep, can we do "
      "this another time.]",
      ""),
    c("Lekker day! Got the job at the wine farm, I start Monday!!",
      "[dismissal:Nice. Did you remember to buy bread?]",
      ""),
    c("I feel like your friends don't like me. They all speak Afrikaans when I'm there and "
      "I can't follow.",
      "That sounds really isolating, sitting there while everyone laughs at jokes you can't "
      "follow. I hadn't noticed and I'm sorry. Would it help if I asked them to switch when "
      "you're with us?",
      "EI"),
    c("My chest has been tight all week and I'm scared to go to the doctor.",
      "[minimizing:You're overthinking it, it's just stress.]",
      ""),
    c("Ugh, I was so rude to the waitron today, I was hangry. I feel bad.",
      "[advice:Go back tomorrow and apologise to her, then you'll feel better.]",
      ""),
    c("So what do I do? Do I email HR or talk to her first?",
      "Eish, it's so unfair, no wonder you're fuming. I'd talk to her first, just the two of "
      "you, and keep notes with dates in case you need HR later. Want to practise what you'll "
      "say with me tonight?",
      "EV", seeks="advice",
      context=["My manager keeps giving my ideas to Johan in meetings like they're his."]),
    c("I'm sorry I forgot your birthday dinner. I have no excuse. I feel awful.",
      "[contempt:Ja, clearly I rank somewhere after your fantasy league.] "
      "[hostile_question:What is wrong with you?]",
      ""),
    c("Traffic was a nightmare, two hours on the N1. Home now now.",
      "Shame man, two hours! You must be starving and fried. Supper's warm, come sit.",
      "EI"),

    # ---- Singaporean English ----
    c("Today at work so jialat. Boss scold me in front of the whole team because client "
      "complain. Paiseh until I want to hide under the table.",
      "Aiyo, scolded in front of everyone? That's so humiliating, no wonder you want to hide. "
      "What did the client actually say?",
      "EIX"),
    c("My mum keep asking when we getting BTO. I say we still saving, she say other people "
      "can, why we cannot.",
      "[minimizing:Aiyah, your mum like that one lah, don't need to take it so seriously.]",
      ""),
    c("I got into the masters program!!! Full scholarship!!",
      "Walao!!! Babe you so power! Full scholarship somemore! I'm so proud of you leh. "
      "Tonight I belanja, you choose where to makan.",
      "E"),
    c("I'm exhausted. Baby cried from 2 to 5am and I have a presentation at 9.",
      "[self_focus:Wah you think only you tired, I also never sleep, I was the one carrying "
      "her from 3 to 4 ok.]",
      ""),
    c("You said you'd book the restaurant for our anniversary and you didn't. Now everywhere full.",
      "[defensiveness:I was very busy this week ok, so many deadlines, "
      "not like I purposely forget.]",
      ""),
    c("Can or not we talk tonight? I've been feeling quite lonely lately, even when you're home.",
      "Can, of course. I'm sorry you've been lonely even with me right there, that might feel "
      "worse than being alone. I'll put my phone away tonight. What's been making it feel "
      "that way?",
      "EIX"),
    c("Grandpa passed this morning. The wake is at the void deck from tonight.",
      "I'm so sorry, dear. I know how close you were to him. I'll take leave and come to the "
      "wake tonight, and I'll stay as long as you need me. Have you eaten anything?",
      "EI"),
    c("Sian. Failed my IPPT again. Need to go remedial training.",
      "[contempt:Haha told you all that bubble tea cannot make it one 🤭]",
      ""),
    c("I think your colleague Jasmine likes you. The way she messages you every night makes "
      "me uncomfortable.",
      "[hostile_question:Why you so kiasu about everything one?] [minimizing:She's just a "
      "colleague lah, you overthinking.]",
      ""),
    c("Eh should I take Grab or MRT to the interview? Don't want to be late but also don't "
      "want to spend $25.",
      "Take the MRT lah, it's only three stops and no jam. Leave 15 mins earlier to be safe. "
      "You'll do great!",
      "", seeks="advice"),
    c("I feel like I'm always the one cleaning up after dinner. You just go and play phone.",
      "[criticism:You're the one who always say must do it your way, then now complain.]",
      ""),
    c("So stressed about my dad's operation tomorrow. They said 50-50.",
      "50-50... that's so heavy to carry, dear. No wonder you can't sleep. I'll be at the "
      "hospital with you the whole time. Do you want to talk about what's scaring you most, "
      "or just stay quiet together?",
      "EIX"),
    c("My best friend forgot my birthday. Nobody from the group say anything until 11pm.",
      "[dismissal:Ok lor. Eh, we still going to your cousin's wedding on Sat?]",
      ""),
    c("I think I want to quit my job. I'm so unhappy there, I just feel stuck. I just need "
      "to vent lah, don't need solution.",
      "[advice:Don't anyhow quit, the market now very bad. Just tahan another year then see.]",
      ""),
    c("My back hurts so much I can't even bend to wear socks 😭",
      "Aiyo poor thing 😢 Must be so frustrating when even socks become a mission. I'll help "
      "you wear them tomorrow morning. Want me to buy the heat patch from Guardian on the way "
      "home?",
      "EI"),
    c("Your mum said my cooking too salty in front of everyone at reunion dinner. I spent "
      "two days making it.",
      "[minimizing:Aiyah she say like that only, don't need to be so sensitive.] "
      "[advice:Next year just order from the restaurant, save yourself the trouble.]",
      ""),
    c("Why you never reply my message the whole afternoon? I was worried.",
      "[defensiveness:I was in meetings back to back ok! Not like I go and shake leg.] "
      "[hostile_question:You want me to text you while presenting to the director is it?]",
      ""),
    c("Got my first paycheck from the new company! Not much but I'm so happy 😊",
      "Yay!! So happy for you 🥳 After all those months of applying, this one must feel extra "
      "sweet. Got plans for it or not?",
      "EIX"),
    c("I'm so scared of the driving test tomorrow. Last time I knocked the kerb during parking.",
      "[minimizing:Don't be scared lah, the test damn easy.]",
      ""),
    c("I think we need to talk about money. I feel like I'm paying for more things and it's "
      "making me resentful.",
      "Thank you for telling me instead of keeping it inside. It makes sense to feel "
      "resentful if it's been uneven, I would too. Can we sit down Sunday and go through it "
      "together? What feels most unfair to you right now?",
      "VX"),
    c("The boss say got retrenchment exercise coming. I'm so worried I'm on the list.",
      "[self_focus:Wah mine also, my company freeze hiring already. My manager keep calling "
      "closed-door meetings, I think I also kena.]",
      ""),
    c("Sorry I'm so grumpy tonight. Period cramps damn jialat.",
      "No need sorry. Cramps are awful and you still went to work the whole day. I make you "
      "the hot water bottle and we watch something lazy ok?",
      "EI", needs=["touch"]),
    c("Feeling quite down since the miscarriage. Everyone expect me to move on already.",
      "I'm so sorry dear. [minimizing:But at least we know we can get pregnant, next time "
      "sure can.]",
      "E"),
    c("I need your help ah. My friend ask to borrow $3000. Should I lend or not? I feel bad "
      "saying no.",
      "I know you feel bad, you always want to help your friends. If it were me, I'd lend "
      "only what you're ok never getting back, maybe $500, and tell her honestly that's what "
      "you can do. You're not a bad friend for having limits.",
      "IV", seeks="advice"),
    c("My mother-in-law rearranged our whole kitchen while we were at work.",
      "[contempt:Wah so dramatic, she only help you organise, like your kitchen so precious 🙄]",
      ""),
    c("Walao today I finally confronted my landlord about the aircon and he agreed to fix "
      "it. I'm so proud of myself.",
      "You should be proud! I know how much you hate confrontation, and you still did it. "
      "How did it feel when he said yes?",
      "IVX"),
    c("I'm so tired of my CCA kids not listening. Today one of them threw a chair.",
      "[dismissal:Can we talk about this later, I'm in the middle of my game.]",
      ""),
    c("I don't feel close to you lately. When's the last time we went on a proper date?",
      "[hostile_question:Eh what you mean by that? You saying I don't make effort?]",
      ""),
    c("Sian, I have to work this whole weekend again.",
      "[dismissal:👍]",
      ""),
    c("I cried in the toilet at work today. I don't even know why. Everything just too much.",
      "Oh dear, I'm sorry you had to hold it in until the toilet. It sounds like it's been "
      "piling up for weeks. I'm coming to pick you up, can? We can talk or not talk, up to you.",
      "EI"),
    c("I bought the wrong size sofa. Cannot return. $1200 gone. I'm so stupid.",
      "[criticism:I told you measure first, you never listen one.]",
      ""),
    c("My sister getting married before me and everyone keep asking me 'when your turn'. "
      "Makes me feel like something wrong with me.",
      "Nothing is wrong with you. Those questions would make anyone feel small, especially "
      "at every family gathering. Do you want me to come with you to the next one and "
      "deflect them?",
      "IV"),
    c("Just got home. Long day lah. Nothing special.",
      "Welcome home 🤗 Long in a tiring way or long in a sian way? Dinner's in the fridge if "
      "you want.",
      "EX"),
    c("My dad shouted at me again about not visiting enough. I visit every two weeks! I feel "
      "like nothing I do is enough for him.",
      "[advice:You should just visit every weekend, then he won't complain.]",
      ""),
    c("I'm so excited, tonight my band got a gig at Esplanade!!!",
      "[contempt:Wah famous musician now, next time need to book appointment to see you is it 🙄]",
      ""),
    c("Do you think I should see a GP or just wait a few weeks? What would you do?",
      "That sounds really uncomfortable, and weeks of it is a long time. I'd go see the GP "
      "this week, just to rule things out and for peace of mind. I can go with you if you want.",
      "EI", seeks="advice",
      context=["I've been so bloated and tired after every meal lately."]),
    c("My boss praised me in front of the whole department today! Can't stop smiling.",
      "[self_focus:Nice. My boss also praise me last week, he said I might get promoted, I "
      "was so shiok.]",
      ""),
    c("You keep saying 'later' whenever I want to plan our wedding. It hurts, like you don't care.",
      "[defensiveness:Where got! I care ok, I'm just busy.] [dismissal:Later then we talk.]",
      ""),
    c("I'm nervous to meet your parents tomorrow. What if they don't like me because I'm "
      "not Chinese?",
      "That's a real worry and I'm glad you told me. I can't promise everything will be "
      "smooth, but I'll be right next to you and I won't let anyone make you feel unwelcome. "
      "Which part feels scariest?",
      "VX", needs=["reassurance"]),
    c("Today I found out my visa renewal got rejected. I don't know what will happen to us.",
      "Aiyo that's so scary. [minimizing:But don't worry so much lah, sure can appeal one.]",
      "E"),

    # ---- Devout churchgoing partner ----
    c("Pastor asked me to lead the youth retreat and I said yes, but now I'm panicking. What "
      "if I'm not good enough for those kids?",
      "You said yes because you care about those kids, and that's most of what they need. It "
      "makes sense to panic a bit, it's a big responsibility. What part is scaring you most?",
      "IVX"),
    c("The scan showed the tumor has grown. I don't know how much more of this I can take.",
      "[minimizing:The Lord never hands us more than we can carry, so don't lose heart.]",
      ""),
    c("I lost my job today. 11 years and they walked me out with a box.",
      "Oh love, I'm so sorry. Eleven years, and to be walked out like that, that's humiliating "
      "and cruel. I'm praying for you, and I'm coming home early so you're not alone with it. "
      "How are you doing right this minute?",
      "EIX"),
    c("I felt so judged at small group tonight when I said we've been struggling. Nobody "
      "said anything, they just moved on to the next prayer request.",
      "[dismissal:Hm. Did you grab the casserole dish from the church kitchen?]",
      ""),
    c("I don't want to go to church with your family this Easter. I feel like they judge "
      "me for not believing.",
      "[criticism:If you'd open your heart even a little, you wouldn't feel judged.]",
      ""),
    c("My mom is moving in with us next month and I'm already overwhelmed.",
      "[advice:Pray on it, and maybe start a gratitude journal.]",
      ""),
    c("We've been trying for a baby for two years. Another negative test this morning. I'm "
      "trying to trust God's timing but I'm so tired of waiting.",
      "I know, love. Two years of hoping every month is exhausting, and it's okay to be tired "
      "of it even while you trust. I'm tired with you. Do you want to skip Bible study tonight "
      "and just be together?",
      "EIV"),
    c("I feel like you put the church before me. Every weekend is a committee meeting or a "
      "potluck.",
      "[defensiveness:That's not fair, I'm serving the Lord, not out partying.] "
      "[contempt:Sorry my faith is such an inconvenience for you.]",
      ""),
    c("Praise God!!! The adoption agency called, we're approved!!!",
      "Oh my goodness!!! I'm crying at my desk. You must be so relieved after all that "
      "paperwork and waiting. How are you feeling, tell me everything!",
      "EIX"),
    c("I've been having doubts about my faith lately and it scares me to even say that to you.",
      "[hostile_question:How can you say that after everything God has done for us?]",
      ""),
    c("My brother relapsed again. I keep praying and praying and nothing changes. I'm so "
      "angry, and I feel guilty for being angry.",
      "Anger makes complete sense, you've loved him through so many of these. And feeling "
      "angry doesn't make you any less faithful. Do you want to tell me what happened this time?",
      "IVX"),
    c("Honestly I'm worn out. Work, kids, your mother's calls. I haven't had a minute to "
      "myself in weeks.",
      "[minimizing:We're so blessed though, lots of people would love to have our problems.]",
      ""),
    c("I think Pastor Dave's comments about my dress were out of line. It made me uncomfortable.",
      "[hostile_question:Why were you wearing that dress to church anyway?] "
      "[criticism:You always make everything into a scandal.]",
      ""),
    c("Should we tithe from our gross or net income now that money is tight? I want to do "
      "what's right but I'm anxious about the bills. What do you think?",
      "I can hear how torn you are, wanting to be faithful and responsible at the same time. "
      "I think giving from net for now is honest and still generous, and we can revisit when "
      "things ease. God knows our hearts.",
      "I", seeks="advice"),
    c("Lord help me, the kids have been fighting since 6am and I've got nothing left.",
      "[self_focus:Try having my day, three back-to-back calls and a flat tire on the way "
      "to the site.]",
      ""),
    c("Grandma died last night. I keep thinking about how I didn't call her back last week.",
      "I'm so sorry, sweetheart. That guilt must be sitting so heavy on top of the grief. She "
      "knew how much you loved her, and I believe she's at peace now. Can I come over and "
      "just sit with you?",
      "EI"),
    c("I'm so anxious about the layoffs. I can't stop checking my email.",
      "[criticism:Worrying like that shows a lack of faith, honey.]",
      ""),
    c("Felt the Spirit so strongly at the service this morning, I couldn't stop crying. "
      "Happy tears. Wish you'd been there.",
      "I'm really glad you had that, it sounds like it moved something deep in you. I'm sorry "
      "I wasn't there with you. What was it that got you?",
      "EIX"),
    c("You promised you'd talk to your dad about him calling me 'the heathen'. You didn't.",
      "[defensiveness:I did try, you weren't there, you don't know how hard it is to talk "
      "to him.]",
      ""),
    c("I feel so fat after the holidays. I don't want you to see me naked right now.",
      "[contempt:Vanity is a sin, darling 😂]",
      ""),
    c("My prayer group sister said maybe I'm not healing because I'm not praying hard "
      "enough. It really hurt.",
      "That's a cruel thing to say to someone who's sick, even if she meant well. Of course "
      "it hurt. Your healing isn't a test you're failing. How are you feeling about going "
      "back next week?",
      "IVX"),
    c("The car needs $2,400 of work and I don't know where we'll find it.",
      "[minimizing:The Lord will provide, it's not worth losing sleep over.]",
      ""),
    c("I'm ashamed to say I yelled at the kids today. Not very Christlike of me.",
      "[criticism:Yeah, you've been doing that a lot lately.]",
      ""),
    c("I had an awful day at the hospital. We lost a patient I'd been with for weeks.",
      "Oh no. I'm so sorry. You cared about her so much, that's a real loss, not just a work "
      "thing. I'll light a candle for her at church Sunday if you'd like. Do you want to talk "
      "about her?",
      "EIX"),
    c("I want to talk about how little we touch each other lately. I miss you.",
      "[dismissal:Can we not do this tonight, I have choir at 7.]",
      ""),
    c("How do we support her? I need you to tell me what to do, I'm lost.",
      "You're not lost, you're a loving mom trying to get this right. I think tomorrow we "
      "tell her plainly that we love her and we're on her side, and we let her decide who "
      "else knows. Then we can talk to Pastor Ruth together about what she might face.",
      "I", seeks="advice",
      context=["Our daughter told us she's gay tonight.",
               "I love her so much but I'm scared of how the church will treat her."]),
    c("I'm nervous about meeting your church friends Saturday. I don't know the hymns or anything.",
      "[minimizing:Oh relax, nobody's going to quiz you on hymns.] [self_focus:I was way "
      "more nervous meeting your trivia night friends, remember?]",
      ""),
    c("I've been fasting for Lent and I'm so cranky. Sorry for snapping.",
      "[hostile_question:Then why are you even doing it if it makes you this mean?]",
      ""),
    c("I got the nursing school acceptance!!!",
      "Praise God!!! Baby, I knew it! All those nights studying at the kitchen table, you "
      "earned this. How do you feel??",
      "EIX"),
    c("The anniversary of dad's death is coming up and I'm struggling. Everyone expects me "
      "to be fine because he's 'in a better place'.",
      "I know it's hard, honey. [minimizing:But he IS in a better place, you should be happy "
      "for him.]",
      "E"),
    c("I'll be honest, I'm jealous that your ex was at the church picnic. I know it's petty.",
      "It's not petty, it makes sense that seeing her there stirred something up. Thank you "
      "for telling me instead of stewing. You're the one I'm going home with. What was it "
      "like seeing her?",
      "VX"),
    c("I'm having a hard time with your parents staying with us. Your dad criticizes "
      "everything I cook.",
      "[advice:Just turn the other cheek.] [minimizing:It's only two more weeks, it's nothing.]",
      ""),
    c("I miss you so much it hurts. Six more weeks of deployment.",
      "I miss you too, every single day. Six weeks feels endless, I know. I pray for you "
      "every night and I keep your side of the bed made. What's the hardest part over there "
      "right now?",
      "EIX"),
    c("I feel like God is silent lately. I'm praying and it feels like nobody's listening.",
      "[contempt:Maybe because nobody is 🙄]",
      ""),
    c("I can't believe you told your Bible study about our fight. I felt so exposed.",
      "[defensiveness:I only asked them to pray for us, I didn't tell them details!] "
      "[criticism:You're always so secretive about everything.]",
      ""),
    c("Work update: got the Henderson account finally. Celebrating with pizza?",
      "Yes!! Pizza and I'm buying. You fought hard for that one, I'm so proud. 🍕🙌",
      "EI"),
    c("Our son got suspended for fighting. I feel like a failure as a parent.",
      "[criticism:Well, if you'd let me take him to youth group like I wanted, this wouldn't "
      "have happened.]",
      ""),
    c("Honestly I need your input. Do we go to your sister's wedding even though it's on the "
      "day of my dad's memorial? I can't decide.",
      "That's an awful clash and I'm sorry you're stuck choosing. My honest view: your dad's "
      "memorial comes first. I'll call my sister myself and explain, and we can take her to "
      "dinner when she's back. Does that feel right to you?",
      "E", seeks="advice"),
    c("I feel like I'm carrying this whole household alone.",
      "[defensiveness:I feel that way too sometimes, I'm the one doing all the church stuff "
      "and the yard and nobody thanks me.]",
      ""),
    c("Just a heads up, I'm going to be late, the meeting ran over and I'm starving and grumpy.",
      "[hostile_question:Again? Why does that meeting always run over on our night?]",
      ""),

    # ---- Farmer / tradesperson, practical and blunt ----
    c("Lost two calves last night in the storm. Found em by the creek this morning. Dont "
      "feel like talking much.",
      "I'm so sorry, hon. I know you were out there half the night trying to get them in. "
      "I'll bring coffee out to the barn and won't make you talk.",
      "EI", needs=["space"]),
    c("I'm so stressed about my thesis defense, I can't eat.",
      "[advice:Eat something anyway. Then go over your slides twice and go to bed early.]",
      ""),
    c("Your mom told me I'm 'too soft' for farm life. At Sunday dinner. In front of your brothers.",
      "[self_focus:She told me I was too soft for thirty years. Made me sleep in the barn once "
      "when I was nine.]",
      ""),
    c("GC shorted my invoice again. $1,800. Second time this year. I'm about done with this guy.",
      "That's a lot of money to get stiffed on, and twice is no accident. No wonder you're "
      "done with him. Honestly I'd send him the itemized invoice in writing and say you won't "
      "start the next job till it's paid.",
      "IV", needs=["advice"]),
    c("I feel like you don't listen when I talk about my day. You just stare at the weather app.",
      "[defensiveness:Weather's my paycheck.] [contempt:Real sorry the rain matters to me.]",
      ""),
    c("Auction's Saturday. Do I sell the old Deere or fix it? Want your take, you're better "
      "with numbers.",
      "Thanks for asking me. I ran it: the repair is almost half what a used one costs, and "
      "it's 22 years old. I'd sell it and put the money toward the newer one at Hanson's. I "
      "know you love that tractor though, it's been with you since your dad.",
      "I", seeks="advice"),
    c("My best friend is moving to Denver. I'm going to be so lonely.",
      "[minimizing:Denver's not that far. You'll make new friends.]",
      ""),
    c("Hay prices are killing us. Might have to sell part of the herd. I hate even saying it.",
      "[dismissal:ok]",
      ""),
    c("I'm really proud of myself, I ran my first 5k without stopping!",
      "Hell yeah. That's a real 5k, no walking. Proud of you. What was going through your "
      "head on that last stretch?",
      "EX"),
    c("I had a panic attack at the grocery store today.",
      "[hostile_question:Again? What's there to panic about at the grocery store?]",
      ""),
    c("Fell off the ladder today. Nothing broke. Just my pride and my hip. Boss saw the "
      "whole thing.",
      "Oh no, are you okay? Falling is scary even when nothing breaks, and having the boss "
      "watch is its own kind of sting. I'll run you a bath. Does the hip hurt bad?",
      "EIX"),
    c("I wish we spent more time together. It's always the farm first.",
      "[defensiveness:The farm pays for everything you've got. Cows don't milk themselves.]",
      ""),
    c("My sister said something cruel about my weight at lunch. I can't shake it.",
      "[advice:Quit having lunch with her then.]",
      ""),
    c("Vet says Blue's cancer is everywhere. Gonna have to put him down Tuesday. 14 years "
      "he rode shotgun in that truck.",
      "Oh, babe. Fourteen years. He's been your shadow longer than I have. I'm so sorry. "
      "I'll take Tuesday off and come with you. Want to take him to the pond one more time "
      "this weekend?",
      "EI"),
    c("I finally told my boss I need a raise, and he said he'd think about it. I'm shaking.",
      "[self_focus:Ha, I asked for mine in '09 and he laughed me out of the shop. Took me "
      "three years to get it.]",
      ""),
    c("I hate that we argue about money every month.",
      "[criticism:We wouldn't if you quit buying stuff online every time you're bored.]",
      ""),
    c("Can't sleep. Worried about the rain forecast. If it doesn't come soon the corn's done.",
      "That's a heavy kind of worry, watching the sky and not being able to do a thing about "
      "it. I'm awake too if you want company. Want me to come sit on the porch with you?",
      "EI"),
    c("I'm scared about the surgery on Monday.",
      "[minimizing:It's routine, they do a hundred of these a day.] [advice:Don't read about "
      "it online, just go to bed.]",
      ""),
    c("I think your crew guys are rude to me when I bring lunch out.",
      "[hostile_question:What do you want me to do, fire them for not smiling?]",
      ""),
    c("I feel ugly lately. Nothing fits.",
      "[contempt:Quit whining 🙄] [advice:Walk the fence line with me every morning.]",
      ""),
    c("Got the first good price on beef in four years. Feels good to not be scraping.",
      "[dismissal:Good. Did you call about the propane?]",
      ""),
    c("Your truck's been parked at the Lazy Spur every night this week. I feel like you'd "
      "rather be there than home.",
      "[defensiveness:I work 12 hours, I'm allowed one beer.] [hostile_question:You checking "
      "up on me now?]",
      ""),
    c("Can we talk about my dad's drinking? Thanksgiving was awful.",
      "[dismissal:Not tonight. Got to be up at 4.]",
      ""),
    c("Customer wants me to redo the tile for free, says it's uneven. It isn't. Do I eat "
      "the cost or push back? Tell me straight.",
      "Straight: push back, politely. Send her the photos with the level on it from the day "
      "you finished and offer to come look in person. You did good work and I'd hate to see "
      "you give it away. That's frustrating.",
      "E", seeks="advice"),
    c("My coworker keeps taking credit for my reports and I'm so angry I could scream.",
      "[advice:Put your name in big letters at the top and cc the boss.]",
      ""),
    c("I'm sad today. Dunno why. Just am.",
      "Alright. You don't need a why. I'm here. Want me to come home at lunch?",
      "V"),
    c("Co-op meeting was a mess. Everyone yelling about the new water rules. I just sat there.",
      "[criticism:You never open your mouth at those things.] [contempt:Real leader.]",
      ""),
    c("I tried making your mom's biscuit recipe and they came out like rocks. I wanted to "
      "surprise you.",
      "[contempt:Good thing we got a cement mixer.]",
      ""),
    c("I'm overwhelmed. Kids, work, and now the septic backed up.",
      "That is a brutal pile-up, and the septic on top is just cruel. I'll call Roy about the "
      "tank first thing and take the kids Saturday so you get a breather. How are you holding up?",
      "EIX"),
    c("I've been feeling really disconnected from you. Like we're roommates.",
      "[hostile_question:Roommates? What's that supposed to mean?]",
      ""),
    c("I didn't get the job. They went with someone internal.",
      "[criticism:Told you your resume was a mess.]",
      ""),
    c("Should I build the coop myself or buy a kit? What would you do?",
      "Build it. You've got all that leftover lumber from the shed and you'd enjoy it. I can "
      "help Saturday.",
      "", seeks="advice",
      context=["Thinking about getting chickens again."]),
    c("My migraine is back. I'm lying in the dark.",
      "[self_focus:My back's been killing me too, carried drywall all day.]",
      ""),
    c("I hate how you talk to me when you're stressed about the harvest.",
      "You're right. I get short and I take it out on you, and that's not fair to you. I'm "
      "sorry. What's the worst of it been lately, so I know?",
      "VX"),
    c("My mom's diagnosis came back. It's Parkinson's.",
      "[self_focus:Damn. My uncle had that. Those last years with him were the worst thing "
      "I've been through, I still can't talk about it.]",
      ""),
    c("Stuck behind a combine for 40 minutes and missed my dentist appointment 😤",
      "[self_focus:Ha that was probably Jim. I was out there too, spent my whole morning "
      "fixing his header.]",
      ""),
    c("I feel like you don't respect my job because it's not 'real work'.",
      "[contempt:You sit at a desk answering emails. Real tough.]",
      ""),
    c("I'm worried the bank won't extend the loan.",
      "[dismissal:Whatever. We'll see.]",
      ""),
    c("Sorry I snapped at you. Job site was hell, apprentice cut his hand bad, had to drive "
      "him to the ER.",
      "Oh no, is he okay? That sounds terrifying, and you had to stay calm through all of it. "
      "Thank you for telling me. You're allowed to be rattled.",
      "EIVX"),
    c("Everyone at the reunion had these fancy careers and I felt like such a loser.",
      "[criticism:Well, you're the one who quit college.]",
      ""),

    # ---- ADHD burst texter ----
    c("ok so\nthe meeting\nmy boss said my report was 'sloppy'\nin front of EVERYONE\nand i "
      "know i rushed it but\nugh\ni feel like garbage",
      "Oof, in front of everyone? That's such a gut punch, especially when you already know "
      "you rushed it. You don't sound like garbage to me, you sound embarrassed and tired. "
      "Want to tell me the rest?",
      "EIX"),
    c("I've asked you three times to call the insurance people. It's still not done.",
      "i know i know\nim sorry\n[defensiveness:but you KNOW phone calls are my kryptonite, "
      "its not like im doing it on purpose]",
      ""),
    c("My grandma's in hospice now. They think days, not weeks.",
      "oh no\noh love\nim so sorry\nim coming over right now ok, leaving in 5\ndo you want "
      "me to bring anything? food? your big hoodie?",
      "E"),
    c("GUESS WHAT\nguess\nok i'll tell u\ni passed the bar!!!!!\ni cant breathe",
      "WHAT!!!! 😭😭 I knew it, I KNEW it. After all those 5am flashcard mornings. I'm so "
      "proud of you. How are you feeling, are you crying? I'm crying.",
      "EIX"),
    c("I feel like I'm always the one who remembers everything. Birthdays, bills, the "
      "dentist. It's exhausting.",
      "[hostile_question:wait so is this a 'you're useless' conversation again??]",
      ""),
    c("My therapist is moving away and I have to start over with someone new. I'm really "
      "sad about it.",
      "omg wait\n[self_focus:my therapist did that to me in 2021 and the new one kept "
      "calling me Jen, it was SO bad]",
      ""),
    c("cant sleep\nbrain wont shut up\nkeep replaying the thing i said to your sister\nshe "
      "probably hates me now",
      "Aw, the 2am replay loop is the worst. I can tell it's really eating at you. For what "
      "it's worth she texted me about dinner plans like normal today. Want me to call and "
      "talk about anything else until you're sleepy?",
      "EI", needs=["distraction"]),
    c("I feel hurt that you left the party without me.",
      "[defensiveness:i definitely said bye!! you were talking to marcus and didnt look up]",
      ""),
    c("The landlord won't return the deposit. $1,600. I'm so angry I could cry.",
      "ok\n[advice:screenshot everything and email him today with the move-out photos, then "
      "small claims if he ghosts]",
      ""),
    c("sorry for the 40 texts earlier\ni was spiraling\nim ok now mostly\njust embarrassed",
      "Never apologize for the texts. I'd much rather get 40 than have you spiral alone. I "
      "get why you feel embarrassed, but from my side it just looked like you were hurting. "
      "What set it off, if you want to say?",
      "EVX"),
    c("Ugh, my period is a week late and I'm freaking out.",
      "oh no that's scary\n[minimizing:but dont freak out yet, stress makes it late all the "
      "time, it's probably nothing]",
      "E"),
    c("ok need ur brain\nwhich couch\nthe green one or the grey one\ni've been staring at "
      "them for 2 hrs\nhelp",
      "Haha 2 hours of couch staring, I believe it. Green one! It's the one you keep going "
      "back to in the photos and it goes with the rug. Done, decision made, you're free 💚",
      "", seeks="advice"),
    c("I think I'm depressed again. Everything feels grey.",
      "[dismissal:oh did the package come btw]",
      ""),
    c("I'm nervous about telling my parents we're moving in together.",
      "That makes sense, it's a big conversation and they have opinions about everything. "
      "What are you most worried they'll say?\nalso i can be there if u want\nor not there! "
      "whatever helps",
      "VX"),
    c("soooo i forgot our anniversary dinner reservation\nim the worst\ni set 3 alarms i swear",
      "[contempt:wow 3 whole alarms, what a hero]",
      ""),
    c("I got passed over for the promotion. They gave it to the guy I trained.",
      "WHAT\nthe guy YOU trained??\nthat's so unfair, im actually furious for you\nyou must "
      "feel so disrespected\nwant me to come get you and we go get tacos and be mad together",
      "EIV"),
    c("I wish you'd put your phone down when we eat together. I feel ignored.",
      "[hostile_question:seriously??]\n[defensiveness:ur on ur phone half the time too]",
      ""),
    c("My dad's not answering my calls since the fight. Its been 2 weeks.",
      "[criticism:i mean u did say some pretty harsh stuff to him]",
      ""),
    c("i hate my brain today\nforgot the meeting\nforgot lunch\nforgot the dry cleaning\nwhat "
      "is wrong with me",
      "Nothing is wrong with you, love. Days like this are so demoralizing, and you're being "
      "really hard on yourself. Want me to grab the dry cleaning on my way? And did you eat "
      "anything yet?",
      "EI"),
    c("I feel like your friends are more important to you than me lately.",
      "[defensiveness:thats not true!! i cancelled on jess for you on friday]",
      ""),
    c("I'm exhausted from caring for my mom. I haven't had a day off in a month.",
      "[self_focus:ugh same, work has been insane and im so burnt out]",
      ""),
    c("should i ask dr k about going back to the old dose or try something new?? what do u think",
      "Feeling flat sounds miserable, I'm glad you're noticing it. I'd ask Dr K about going "
      "back to the old dose first, since you felt more like you on it, and see what she says "
      "about other options. Want me to come to the appointment?",
      "EI", seeks="advice",
      context=["ok so im thinking of switching meds", "the new ones make me feel flat"]),
    c("I'm frustrated that you interrupt me constantly.",
      "ok that's fair\ni do that\nim sorry, my brain jumps ahead but that's not your problem "
      "to deal with\ncan you tell me when it's felt worst? i want to get it",
      "VX"),
    c("Our dog got out and got hit by a car. He's in surgery.",
      "[criticism:how did he even get out, did you leave the gate open again??]",
      ""),
    c("My sister got engaged and I'm happy for her but also kind of jealous? Is that bad",
      "Not bad at all. You can be happy for her and have a little pang about your own stuff, "
      "both are true. What's the jealous part about, if you know?",
      "VX"),
    c("I've been really lonely since moving here. I don't know anyone.",
      "aw that's hard\n[advice:join a climbing gym!! or a book club]",
      "E", needs=["listen"]),
    c("ok i know this is random\nbut do u still find me attractive\nbc i feel gross lately\nsorry",
      "Not random and no need for sorry. Yes. Very much. And I hate that you're feeling gross "
      "lately, what's been making you feel that way?",
      "EX", needs=["reassurance"]),
    c("I got a 94 on my final!!",
      "nice!!\n[self_focus:omg i have to tell u what happened at work today, kevin spilled "
      "coffee all over the server]",
      ""),
    c("Sorry I'm being quiet. Work stuff. Don't really want to get into it.",
      "totally ok\nno need to get into it\nim around if that changes 💛\nwant me to just put "
      "on bake off and make noodles",
      "E", needs=["space"]),
    c("I'm hurt that you forgot to pick me up from the airport.",
      "[defensiveness:you know i have adhd]\n[criticism:you should've texted me a reminder "
      "in the morning]",
      ""),
    c("My boss yelled at me today in front of a client.",
      "[hostile_question:ok but what did u DO to set him off?]",
      ""),
    c("i cleaned the whole kitchen!!!\nit took 4 hrs bc i reorganized the spice rack "
      "alphabetically\nand then by color\nand then back",
      "[contempt:lol 4 hours for one kitchen, only you 🙄]",
      ""),
    c("I had a miscarriage scare today. Everything is ok but I'm shaken.",
      "oh my god\nok im so glad everything's ok\nbut that must've been terrifying\nare you "
      "home? can i call? i just want to hear ur voice",
      "EI"),
    c("I want to talk about how we split the chores. I feel like it's 70/30.",
      "[dismissal:can we do this later? im in the middle of something]",
      ""),
    c("My friend said something really racist at dinner and I didn't say anything. I feel "
      "sick about it.",
      "[criticism:yeah u really should've said something]",
      ""),
    c("im so frustrated\nstarted 4 projects this week\nfinished 0\nwhy am i like this",
      "[advice:just pick one and finish it before you start anything else]",
      ""),
    c("I'm scared I'm going to lose my job with the cuts.",
      "[dismissal:k]",
      ""),
    c("ok so ur mom called\nand she asked why we arent coming for the 4th\nand i panicked "
      "and said u had work\nwhich is a lie\nand now i feel bad\nsorry",
      "[contempt:amazing. great lie. love that for us 🙄]",
      ""),
    c("I feel like you never ask about my day.",
      "You're right, I get caught in my own head and forget to ask. That must feel lonely. "
      "I'm asking now and I actually want to know: how was your day?",
      "IX"),
    c("My friend just got diagnosed with MS. I keep crying.",
      "[self_focus:oh my cousin has MS! she got diagnosed in college and had such a rough "
      "time, i went with her to like every appointment]",
      ""),
]
