"""Held-out batch `heldout3` (split `heldout`): whole cases in five new voices.

Written blind to the detector's rules and patterns (nothing under `empathos/`, no other
batch's cases were read), in five deliberately different voices, none of them used by
heldout2/train3:

1. a busy parent dictating by voice-to-text: run-on sentences, little or no punctuation,
   dictation slips ("their" for "there", "your" for "you're", "new" for "knew",
   a spoken "period");
2. a British English speaker: understatement, "bit rubbish", "knackered", "mate",
   "cheers", "love", "fair cop";
3. a gamer / very online texter: "ngl", "fr", "lowkey", "cope", "ratioed", lower case, "u";
4. a therapy-literate partner writing long paragraphs in therapy words ("hold space",
   "dysregulated", "boundary", "capacity"), sometimes weaponised in a reply ("I hear you,
   but you're being very dysregulated right now");
5. a warm but blunt Southern-US older texter: ellipses, "hon", capitals for emphasis, and
   "bless your heart" both sincere (no block) and as contempt.

Voices are mixed between partner and reply (the reply is the other partner's). Every block
kind occurs in at least 16 cases, some behind warmth ("Sorry, love... But it was only
banter"); there are two-block replies, empathic replies of many kinds (short and long),
solicited advice given kindly (some with the ask in `context`), "I only want to vent"
overrides, needs cards, and tricky negatives ("It's not a small thing", "what would help
right now?", a sincere "bless your heart"). No crisis content.
**Never tune on it**: see DATASHEET.md. Synthetic, authored by the empathos project.

Each: (partner, reply with [kind:...] blocks, mechanisms E/I/X/V, seeks, needs, context).
"""

from typing import Any

from case_markup import c

HELDOUT3: list[Any] = [
    # ------------------------------------------------------------------
    # 1. busy parent, voice-to-text
    # ------------------------------------------------------------------
    c("just got out of the pediatrician they think Mia might need tubes in her ears and I'm "
      "sitting in the parking lot trying not to cry I don't even know why I'm this upset its "
      "a routine thing apparently",
      "Oh love. Of course you're shaken, it's still your kid they're talking about. How are "
      "you holding up?", "EVX"),
    c("I told your mom we cant do Sunday lunch this week because of the twins party and she "
      "said fine in that voice and now your sister is texting me about it like I'm the bad guy "
      "I didn't even say anything rude I just said we cant",
      "[minimizing:She didn't mean anything by it, you're reading way too much into a tone of "
      "voice.] [advice:Just call her tonight and smooth it over.]"),
    c("Bit of a rubbish day. Got told in the team meeting my project's being 'paused', which "
      "everyone knows means binned. Eight months of work.",
      "oh no eight months thats brutal I know how much of yourself you put into that one it "
      "must feel like they just shrugged at all of it", "EI"),
    c("the dishwasher is broken again and I've been hand washing bottles at midnight for three "
      "days and I'm so tired I put the milk in the cupboard this morning",
      "[self_focus:That's nothing, I've been up at 5 every day this week for the site visits "
      "and I haven't sat down once.]"),
    c("I keep snapping at the kids and then lying awake feeling like the worst mom on earth I "
      "don't know what's wrong with me lately",
      "You're not the worst anything, you're running on empty and it's leaking out. That guilt "
      "at night is how much you care about them. What's been weighing on you most?", "IVX"),
    c("money thing I looked at the credit card and we spent like 900 on takeout last month "
      "900 I feel sick how did we let it get this bad",
      "[criticism:Well you're the one who orders in every time you can't be bothered to "
      "cook.]"),
    c("my dad's biopsy results come back Thursday and I can't concentrate on anything I burned "
      "the grilled cheese twice today",
      "[advice:Keep yourself busy till Thursday,] [minimizing:it's probably nothing anyway.]"),
    c("I know you said your going to be late again but the kids were asking for you at "
      "bedtime and I didn't know what to tell them",
      "[defensiveness:I'm working late for this family, I don't know what else you want from "
      "me.]"),
    c("Okay I need an actual answer do we do the swim lessons on Saturday mornings or the "
      "Tuesday evening ones Saturdays are easier but we'd lose the whole morning and I cant "
      "decide",
      "Honestly I'd go Tuesday. Saturdays are the only slow mornings we get, and I can do the "
      "Tuesday drive if you take bath time.", "", "advice"),
    c("your brother asked to borrow money again and I said I'd talk to you and now I feel like "
      "I'm the one being stingy even though he never paid back the last time",
      "[dismissal:Can we do this later, I'm in the middle of something.]"),
    c("I finally went to the doctor about my back and she said it's probably from carrying the "
      "baby on one hip all the time and I need physio which we don't have time or money for",
      "Ugh. Of course it's from that, you've been hauling her around for a year, no wonder your "
      "back's giving out. How bad is the pain day to day?", "EVX"),
    c("dropped the ball at work again forgot to send the report because Lily was sick and my "
      "boss made a comment in front of everyone about priorities I wanted the floor to swallow "
      "me",
      "[hostile_question:Why didn't you just set a reminder?]"),
    c("Your mum's just rung to say she's 'popping round' tomorrow. At nine. On my one day off. "
      "Brilliant.",
      "oh no I'm so sorry I know you had that day planned just for yourself and now you're "
      "going to be hosting I'll call her back and move it to the afternoon if you want", "EI"),
    c("I'm so tired of being the only one who remembers anything like birthdays dentist "
      "appointments school forms whose turn it is for snack week all of it lives in my head and "
      "nobody even sees it",
      "[defensiveness:That's not fair, I remembered the snack week thing last time.]"),
    c("I keep comparing myself to the other moms at pickup they all look so put together and "
      "I'm their in yesterday's leggings with cereal in my hair",
      "[contempt:Oh no, not the leggings, what a tragedy.]"),
    c("the daycare called again Ben bit another kid and they want a meeting and I just feel "
      "like everyone is judging us like we're failing at this",
      "That sounds so deflating, getting that call again. I think part of it is feeling like "
      "Ben's behaviour is a report card on us, and it isn't. What did they actually say on the "
      "phone?", "EIX"),
    c("I found a lump in my armpit it's probably a gland I have an appointment Friday but I "
      "just needed to tell someone",
      "[minimizing:It's almost definitely just a gland, don't get yourself worked up.] "
      "[dismissal:Anyway did you see my text about the car?]"),
    c("I just need to vent not fix okay my sister said I spoil the kids at the party in front "
      "of everyone should I have said something back",
      "Ugh, in front of everyone too. That would've stung, and it makes total sense you're "
      "still replaying it.", "EIV"),
    c("I'm at the pharmacy and they don't have the antibiotic for Sam and the next place is 40 "
      "minutes away and I've got the other two screaming in the back and Sam cant weight till "
      "tomorrow",
      "[advice:Just ask them to order it in for the morning, that's what I'd do.]"),
    c("I think I'm jealous of how easy your days look like you get to eat lunch sitting down "
      "with adults and I'm wiping someone's nose every five minutes and I new that's not fair "
      "to you",
      "That's not a petty thing to feel at all. You're home with three little kids all day and "
      "I get to hide behind a desk, of course it looks like a holiday from where you're "
      "standing. What would make your days feel less like that?", "IVX"),
    c("can't believe I yelled at Emma for spilling juice she looked so scared and I keep "
      "seeing her little face",
      "[criticism:You really need to get a handle on your temper, this keeps happening.]"),
    c("work is drowning me and then I come home and it's dinner baths bed and I sit down at "
      "ten and realise I haven't had a single thought of my own all day",
      "that sounds so lonely, like you're disappearing into everyone else's to-do list ❤️",
      "EI"),
    c("ok so my mom wants to come stay for two weeks when the baby comes and I want her their "
      "but also I don't and I don't know how to tell her what do you think we should do",
      "Mixed feelings about that are completely normal. Maybe say yes to one week first and "
      "see how it goes, she can always stay longer if it's helping. I can be the one to bring "
      "it up if that's easier.", "V", "advice"),
    c("your dad made another comment about my weight at dinner and you just laughed",
      "[defensiveness:I didn't laugh at you, I laughed because it was awkward.] "
      "[hostile_question:What was I supposed to do, start a fight at my parents' table?]"),
    c("I feel like we only talk about logistics now like who's picking up who and what's for "
      "dinner and I miss talking about actual stuff",
      "[dismissal:Sure. Who's getting Ella tomorrow, by the way?]"),
    c("the school emailed about Jake's reading being behind and I've been doing the reading log "
      "every night I don't know what more I can do",
      "[self_focus:I was behind in reading too, I didn't read a real book till I was eleven.] "
      "[minimizing:And I turned out fine.]"),
    c("I've decided I'm going back to work part time and I'm scared you'll think I'm abandoning "
      "the kids",
      "I'd never think that. It sounds like you've been carrying this decision around by "
      "yourself for a while, bracing for how I'd react. What's the scariest part of it for "
      "you?", "IX"),
    c("i'm exhausted period the baby was up every hour and I have a presentation at nine",
      "[minimizing:At least it's Friday tomorrow.]"),
    c("Grandma's house sold today and I know it's just a house but I grew up in that kitchen "
      "and now someone else will be making toast in it",
      "Oh, that's such a particular kind of grief, losing the place where all those mornings "
      "happened. It's not 'just a house' at all. Do you want to tell me about that kitchen?",
      "EIVX"),
    c("sorry I've been weird all week I think I'm just overwhelmed and I don't even know what I "
      "need",
      "You don't have to know yet. I'm here, no fixing. What would help right now, even a tiny "
      "bit?", "EVX", needs=["listen"]),
    c("we got the bill from the ER visit and it's 2300 after insurance I genuinely don't know "
      "where that's coming from",
      "[hostile_question:And whose idea was it to go to the ER for a sprain?]"),
    c("my friend Dana hasn't texted me back in two weeks and I think she's dropped me since I "
      "had the kids nobody invites me to anything anymore",
      "[contempt:Poor you, nobody invites you to brunch anymore.]"),
    c("Not being funny, but I'm knackered and I've done the bins, the washing and the school "
      "run three days on the bounce. Could you maybe notice?",
      "[defensiveness:I do notice I just had the early shifts this week and their not exactly "
      "optional] [contempt:do you want a medal or something]"),
    c("ok so\nthe car made that noise again\nand the guy says its the transmission\n2800\ni "
      "just sat in the waiting room and laughed because what else",
      "Oh no. That laugh-or-cry moment in a waiting room is the worst. I'm sorry you had to "
      "hear that number by yourself.", "EI"),
    c("I need you to hear this without getting defensive okay I feel like your phone gets more "
      "of you than I do some nights",
      "Okay. I'm listening. That sounds really lonely, sitting right next to me and feeling "
      "like I'm somewhere else. When does it hit hardest?", "IX"),
    c("I know it's been a while since we've been close like that and I'm not saying no forever "
      "I'm just so touched out by the end of the day that I cant",
      "[criticism:You always have energy for the kids and never for me.]"),
    c("I got a really sweet note from Lily's teacher today saying she's been so kind to the new "
      "kid and I teared up in the pickup line",
      "[self_focus:aw nice I got an email from my boss today too saying the Carter deal might "
      "close which would be huge for my bonus]"),

    # ------------------------------------------------------------------
    # 2. British English
    # ------------------------------------------------------------------
    c("Had a bit of a wobble at work today. Presented to the directors and my mind just went "
      "blank halfway through. Stood there like a lemon for what felt like a year.",
      "Oh, love. That horrible blank-screen feeling in front of the directors of all people. No "
      "wonder you're still rattled. What happened after, did you manage to pick it back up?",
      "EIVX"),
    c("Your sister's been a bit off with me since Christmas. Nothing I can put my finger on, "
      "just a bit frosty.",
      "[dismissal:Can't say I've noticed. Anyway, are we still on for Saturday?]"),
    c("I'm absolutely knackered. Sam was poorly all night and I've got a nine o'clock I can't "
      "move.",
      "[self_focus:Try being up with him at three AND again at four, love, I've had about two "
      "hours.]"),
    c("Got the results back. It's not coeliac, which is good, but they don't actually know what "
      "it is, which is a bit rubbish. More tests in March.",
      "That's a proper limbo to be left in. Relief and no answers all at once must be an odd "
      "mix. How are you feeling about waiting till March?", "IX"),
    c("I'm not being funny but I do feel like I'm the only one who ever cleans the bathroom. I "
      "know it's a small thing.",
      "It's not a small thing if it's been quietly winding you up, and you're right, I've been "
      "dodging it. Fair cop. Does it feel like it's more than just the bathroom?", "VX"),
    c("Mum's had a fall. She's alright, just bruised, but she's eighty-one and she was on the "
      "floor for an hour before the neighbour found her. I can't stop thinking about that hour.",
      "[advice:You need to get her one of those alarm pendants, then it's sorted.]"),
    c("Work do tonight and I've got to stand around making small talk with Giles from accounts. "
      "Honestly would rather have a tooth out.",
      "[contempt:Oh dear, small talk, however will you survive.]"),
    c("I think we need to talk about money. I've been looking at the joint account and it's a "
      "bit grim, to be honest. I'm not blaming anyone, I'm just worried.",
      "[defensiveness:Well, don't look at me, I've barely bought anything this month.]"),
    c("Should I take the Leeds job? It's more money but we'd be miles from your parents and I "
      "don't know anyone up there. I keep going round in circles. Tell me what you actually "
      "think.",
      "Honestly? I'd take it. The money gives us breathing room, and we can do the drive to my "
      "parents once a month, it's only three hours. If you hate it after a year, we come back.",
      "", "advice"),
    c("Bit gutted, not going to lie. Nobody at work remembered my birthday. Not even a card.",
      "Aw, that's a shame. [minimizing:But honestly, it's only a birthday, they'll remember "
      "next year.]", "E"),
    c("I know this sounds daft but I got properly jealous when you were chatting to Hannah at "
      "the pub. I know there's nothing in it. I just felt a bit invisible.",
      "Not daft at all. Feeling invisible while I'm nattering away to someone else would get to "
      "anyone. I'm sorry I left you standing there. What would have helped in the moment?",
      "EVX"),
    c("Your dad corrected my grammar in front of the whole table again. I just smiled but I "
      "wanted to lob a roast potato at him.",
      "[minimizing:Honestly, you're making a mountain out of a molehill, it was one comma.]"),
    c("Went for a run this morning and only managed two k before I had to walk. Used to do ten "
      "without thinking. Feel like a right state.",
      "[self_focus:Ha, you should've seen me at five-a-side on Tuesday, I was wheezing after "
      "ten minutes.]"),
    c("I'm sorry, I know I've been a misery all week. The thing with Dad's just sitting on my "
      "chest.",
      "You haven't been a misery, you've been carrying something heavy. Of course it's sitting "
      "on your chest, it's your dad. I'll stick the kettle on.", "IV"),
    c("Just been told the flat viewing's off, the landlord's given it to someone else. Third "
      "one this month. I'm running out of steam a bit.",
      "[dismissal:Right. Anyway, what do you fancy for tea?]"),
    c("Can I have a little moan? I just need to get it out, I don't want solutions. Why does "
      "Priya always get the good projects?",
      "[advice:Have a word with your manager and ask straight out for the next one.]"),
    c("The consultant was a bit brusque, to be honest. Told me my blood pressure's "
      "'concerning' and sent me off with a leaflet. Didn't really get to ask anything.",
      "[criticism:Well, if you'd cut back on the crisps like I said, you wouldn't be in this "
      "state.]"),
    c("I've been offered redundancy. Part of me is relieved and part of me is terrified, and I "
      "feel a bit of a fraud for being relieved.",
      "Both of those make total sense together. You've been miserable there for ages, and "
      "redundancy is still a huge unknown, so relief and fear sitting side by side isn't "
      "fraudulent, it's honest. Which one's louder today?", "IVX"),
    c("Our Tom's teacher says he's been a bit withdrawn. Keeps to himself at break. I can't stop "
      "picturing him sat on his own.",
      "[hostile_question:And you're only mentioning this now?]"),
    c("Chloe said I've 'gone all domestic' since we moved in and it's stuck with me all day. Feel "
      "a right bore.",
      "[contempt:Well, you did spend Saturday night alphabetising the spice rack.]"),
    c("Mate, I'm so done with the commute. Two hours each way because of the signalling. Missed "
      "the kids' bedtime again.",
      "[self_focus:Welcome to my life, mine was forty minutes late both ways and I stood the "
      "whole journey.]"),
    c("I've been a bit low since the miscarriage. I know it was early. Everyone seems to have "
      "moved on and I'm still sort of stuck in it.",
      "There's no timetable on this, early or not. It was our baby and you'd already started "
      "making room for them in your head, of course you're still in it. I'm still in it too, "
      "some days. What does stuck feel like, on the bad days?", "IVX"),
    c("Bit of a nightmare with the car. Some idiot reversed into it at Tesco and drove off. No "
      "note, nothing.",
      "Oh, that's rotten. What a coward, not even a note. Are you alright? Were you in it when "
      "it happened?", "EX"),
    c("Sorry to go on about it but I'm really not sure about your mum having a key. She let "
      "herself in on Sunday when I was in the shower.",
      "[defensiveness:She's only trying to help, and she's had that key for years.]"),
    c("Went to my first counselling session today. Bit odd. Cried at the receptionist, which "
      "was mortifying.",
      "Oh love, well done for going, that's the hard bit. Crying at the receptionist just means "
      "you'd been holding a lot. How are you feeling now?", "EIX"),
    c("Cheers for asking. Honestly the new manager's a bit of a nightmare. Micromanages "
      "everything, rewrites my emails. I feel like a kid.",
      "[hostile_question:Why do you let him walk all over you?]"),
    c("The tax bill came. It's about double what I thought it'd be. Bit of a shock, to be "
      "honest.",
      "[contempt:A shock to everyone except anyone who's ever filed a tax return.]"),
    c("Right, I need a decision. Do we go to your parents' or mine for Christmas this year? I "
      "can't face another row about it.",
      "Yours. We did mine last year and your mum's been asking since August. I'll ring mine "
      "this weekend and take the flak.", "", "advice"),
    c("I'm so behind on everything. Work, the house, birthday presents, all of it. I feel like "
      "I'm constantly letting people down.",
      "[advice:Make a list and just tick things off one at a time.] [minimizing:You're "
      "overthinking it.]"),
    c("Lost my grandad's watch. Had it on the train this morning and now it's gone. I know it's "
      "just a thing but.",
      "It's not just a thing, it's your grandad's. I'm gutted for you. Do you remember taking "
      "it off at all?", "EVX"),
    c("Don't want to make a fuss but I've had this headache for three days now and paracetamol's "
      "not touching it.",
      "[dismissal:Mm. Have you seen my charger?]"),
    c("Feel a bit rubbish about myself lately. Everyone at the reunion had proper careers and "
      "houses and I'm still renting and temping.",
      "[self_focus:Try being at my reunion, they'd all got boats, I was the only one who turned "
      "up on the bus.]"),
    c("Your brother's borrowed the drill again and not brought it back. That's the third time. "
      "I'm not cross, just a bit fed up.",
      "Fair enough, that'd wear anyone down. Third time is taking the mickey.", "V"),
    c("Just had the appraisal.\nApparently I'm 'solid but not exceptional'.\nSolid.\nLike a "
      "shelf.",
      "Ha, 'like a shelf' is killing me, but ugh, 'solid' after the year you've had is a proper "
      "kick. You carried that whole team through the audit. Does it feel like they just didn't "
      "see it?", "EIX"),
    c("I know I said I'd be fine with your friends staying the weekend but I'm honestly finding "
      "it a lot. I just need an evening to myself.",
      "[defensiveness:You said it was fine, I asked you twice.]"),
    c("I feel like a terrible friend. Amy's dad died and I didn't go to the funeral because of "
      "work.",
      "[criticism:Well, you did choose the meeting over her.]"),
    c("You made a joke about my cooking in front of your mates and everyone laughed. I've been "
      "feeling a bit daft about it all evening.",
      "Sorry, love, I didn't realise it stung. [defensiveness:But it was only banter, you know "
      "I was only joking.]", "E"),

    # ------------------------------------------------------------------
    # 3. gamer / very online
    # ------------------------------------------------------------------
    c("ngl today was mid at best. got passed over for the lead role again and my manager said "
      "'next cycle' like he didn't say that last cycle",
      "ugh that's so demoralising babe, 'next cycle' twice in a row is basically a soft no. how "
      "long has he been dangling this over u?", "EIX"),
    c("lowkey feeling like a burden lately. you're always the one paying for dates and i know "
      "we said it's fine but it's eating at me fr",
      "[minimizing:lol it's literally not that deep, stop overthinking]"),
    c("my raid group kicked me for 'attitude' bc i called out the guy who kept pulling early. "
      "like i'm the problem??",
      "[contempt:imagine being this pressed about a video game 💀]"),
    c("can you not be on discord all night again please. it's our anniversary week and i've "
      "seen you for like 20 min total",
      "[defensiveness:it's literally tournament week, i told u this like a month ago, not my "
      "fault the dates lined up]"),
    c("ok real question. do i tell my mom i'm not coming home for thanksgiving or just let her "
      "find out. pls just tell me which one, my brain is cooked",
      "tell her, def. she'll find out anyway and it hits worse late. want me to sit with u when "
      "u call?", "", "advice"),
    c("my therapist cancelled again and i had a whole list of stuff to talk about. kinda feels "
      "like the universe is like 'nah not u'",
      "ugh that's so deflating, u psych yourself up for it and then nothing. what was on the "
      "list? i'm down to hear it if u want", "EIX"),
    c("my sister posted a pic of the whole family at dinner and nobody told me there was a "
      "dinner. cool cool cool",
      "[minimizing:lol families are weird, it's not that serious] [dismissal:btw did u see the "
      "patch notes]"),
    c("i feel so ugly lately. none of my clothes fit and i avoided the mirror all morning",
      "[contempt:cope harder lmao]"),
    c("fr i think i'm burning out. i log off work and just stare at the wall for an hour before "
      "i can do anything. even games feel like a chore",
      "when even games feel like a chore that's ur brain waving a big red flag. that sounds "
      "genuinely exhausting babe. how long has the wall-staring been going on?", "EIX"),
    c("got ratioed on my post about the job thing and some of the replies were actually mean. i "
      "know it's the internet but it stings",
      "oof that sucks 😕 [advice:just delete it and log off for a bit]", "E"),
    c("lowkey jealous that ur friends all like u more than mine like me. ur group chat is always "
      "popping and mine's dead",
      "[self_focus:mine's only popping bc i carry it ngl, i'm always the one planning stuff, "
      "it's honestly exhausting being the main character]"),
    c("ngl i'm scared about the blood test results. the nurse said 'we'll call u' in a weird "
      "voice",
      "that 'we'll call u' voice would freak anyone out, ur not being dramatic. i'm scared with "
      "u. want me to come to the follow up?", "EV"),
    c("i just need to rant, not looking for fixes. why does my landlord ignore every single "
      "email?? the heating's been broken 9 days",
      "9 DAYS?? that's actually criminal. u've been freezing and polite this whole time and he's "
      "just ghosting. no wonder ur fuming", "EIV"),
    c("i know it's dumb but i'm sad the server's shutting down. i met half my friends there. "
      "feels like a town closing",
      "[hostile_question:are u seriously sad about a server shutting down?]"),
    c("you said you'd do the grocery run and now there's no food and i'm starving and it's 10pm",
      "[defensiveness:bro i literally said i'd do it AFTER the match, u didn't give me a "
      "chance] [hostile_question:why didn't u just order something?]"),
    c("my dad called me a 'professional couch potato' at dinner bc i stream. i'm making actual "
      "money doing it but ok",
      "[criticism:i mean u do kinda never leave the couch tho]"),
    c("i had to put Biscuit down today. the vet was really kind but i keep hearing his little "
      "collar jingle that isn't there",
      "oh no. i'm so so sorry. that phantom jingle thing is brutal, the house remembers him "
      "before u do. he had the best life with u fr 🤍", "EI"),
    c("ngl kinda feel like u don't find me attractive anymore. u haven't initiated anything in "
      "like two months",
      "[hostile_question:u keep a spreadsheet or smth?]"),
    c("i got the internship!!! the one i thought i bombed the interview for!!!",
      "[self_focus:nice. i still haven't heard back from mine, it's driving me insane, i "
      "refresh my email like 40 times a day]"),
    c("ok so my best friend didn't invite me to her bachelorette and i found out from her "
      "story. i'm not even mad i'm just. idk",
      "finding out from a story is such a specific kind of gut punch. ur allowed to be hurt AND "
      "confused. do u know if other ppl from the group were there?", "IVX"),
    c("your mom keeps sending me weight loss reels. three today",
      "[dismissal:lol ok. anyway u hungry?]"),
    c("can't sleep. brain keeps replaying that thing i said at the party. everyone probably "
      "thinks i'm weird now",
      "[contempt:touch grass lol] [advice:put the phone down and go to sleep]"),
    c("ngl i miss who we were in the first year. we used to stay up all night talking and now "
      "we just sit on separate screens",
      "yeah... i miss that too, fr. it's like we drifted into parallel solo queues instead of "
      "actually playing together. what do u miss most about it?", "IX"),
    c("my raid lead said i'm 'carried' in front of everyone. i do the most damage on the team "
      "lmao but sure",
      "[criticism:u kinda do die to every mechanic tho]"),
    c("money's so tight this month i sold my old console to make rent. i know it's just stuff "
      "but i'm kinda sad",
      "selling it to make rent is a grown-up move and it still sucks, both things are true. "
      "that console got u through some rough years. i'm sorry babe", "EIV"),
    c("do u think i should confront Jake about the money he owes me or just let it go? it's 200 "
      "and he keeps dodging",
      "i'd bring it up, but chill, like 'hey can u send the 200 by friday.' dodging twice means "
      "he's hoping u forget. u've been patient enough, ur not being petty.", "V", "advice"),
    c("today at work someone called me 'sweetie' in the standup and everyone just laughed and "
      "moved on. i hate that i didn't say anything",
      "[hostile_question:why didn't u say something then?]"),
    c("i'm worried about my brother. he's gaming 14 hours a day and hasn't left his room in "
      "like a week",
      "[self_focus:lol that was me in 2019, i did nothing but ranked for a whole year, hit "
      "diamond tho]"),
    c("i think i'm gonna give up on the game studio thing. every rejection email feels like "
      "proof i'm not good enough",
      "that's a lot of no's to absorb and it makes sense they're starting to feel personal. "
      "but 'not good enough' is the burnout talking, not the portfolio. which rejection hit "
      "hardest?", "IVX"),
    c("my eye's been twitching for two weeks and now my hand's doing it too. googled it and now "
      "i'm spiralling",
      "[dismissal:k]"),
    c("i don't feel like you take my anxiety seriously. when i said i couldn't do the party you "
      "sighed",
      "[defensiveness:i didn't sigh AT u, i was literally just tired from work]"),
    c("someone in the lobby said my voice sounds like a kid and i haven't unmuted since",
      "ugh ppl in lobbies are the worst. that's such a cheap shot and it makes sense it got "
      "under ur skin. i like ur voice fr", "EV"),
    c("update\nthe interview was a panel of 6\nsix\nthey asked me to whiteboard a system i've "
      "never used\ni'm in the car just vibrating",
      "SIX?? that's an ambush not an interview. ur probably still buzzing with adrenaline. do u "
      "want to talk it thru or do u want me to just say nice things for 10 min", "EIX"),
    c("ngl the pregnancy test was negative again. i know we said we weren't gonna get our hopes "
      "up",
      "aw babe 🫂 [minimizing:it's only been four months, it'll happen, relax]", "E"),
    c("can we talk about the wedding budget? ur mom wants 200 guests and i'm kinda panicking",
      "[contempt:here we go, the budget spreadsheet arc 🙄]"),
    c("sorry i was weird at ur work thing. i get so anxious around ur coworkers, they all seem "
      "so smart",
      "u weren't weird, u were nervous, and honestly those ppl are intimidating even to me. it "
      "means a lot that u came anyway. what made it feel the worst?", "IVX"),
    c("i don't want solutions i just want to complain for a sec. should i even bother applying "
      "for the promotion when Dev is obviously getting it??",
      "complain away. watching Dev get handed stuff while u've been grinding would make anyone "
      "salty. ur allowed to be mad about it fr", "IV"),
    c("my manager said my code review comments were 'a bit harsh' and now i'm second guessing "
      "every message i send",
      "[criticism:ngl ur reviews do read kinda toxic sometimes, u just write 'wrong' and move "
      "on]"),

    # ------------------------------------------------------------------
    # 4. therapy-literate, long paragraphs (sometimes weaponised)
    # ------------------------------------------------------------------
    c("I want to name something that came up for me at dinner with your parents. When your mom "
      "asked when we're 'finally' having kids, I felt this wave of shame and I dissociated a bit "
      "for the rest of the meal. I'm not blaming you, I just need you to know it landed hard and "
      "I'm still sort of buzzing with it.",
      "Thank you for telling me. That question was so loaded, and 'finally' made it worse, like "
      "there's a clock everyone can see but you. It makes complete sense you checked out after "
      "that. Are you still feeling it now, or has it eased a bit?", "IVX"),
    c("I'm so stressed about the move. Boxes everywhere, nothing's labeled and I can't find the "
      "kettle.",
      "That sounds really overwhelming, and I want to hold space for it. [advice:Have you tried "
      "doing a quick body scan when it gets like this? It really helps bring your nervous "
      "system down.]", "E"),
    c("you forgot to call me back again. i waited all evening.",
      "I hear you, but [criticism:you're being very dysregulated right now.] [dismissal:I'm not "
      "going to have this conversation while you're flooded.]"),
    c("I've been doing a lot of work on my inner critic, and today it was really loud. I made "
      "one typo in a client email and spent the whole afternoon spiraling about being "
      "incompetent. Logically I know it's a typo. My body doesn't.",
      "[minimizing:It's one typo, nobody even reads those emails properly.]"),
    c("I had the worst day. The client screamed at me on the phone and my boss just stood "
      "there.",
      "[self_focus:Oof, that actually brings up so much for me. It reminds me of my first job, "
      "when my manager humiliated me in front of everyone, and honestly I've been doing a lot of "
      "processing around that lately. I think it's why I get so activated by conflict.]"),
    c("I need to set a boundary around your phone at dinner. When you scroll while I'm talking, "
      "my experience is that I'm not important to you. I'm not saying you're a bad partner. I'm "
      "asking for twenty minutes of presence.",
      "[defensiveness:I literally only checked it once, and it was the group chat about your "
      "birthday.]"),
    c("Can I ask for your perspective on something? My sister keeps trauma-dumping on me at "
      "11pm and I don't know how to set a boundary without her feeling abandoned. What would you "
      "say to her?",
      "That's such a hard spot, you love her and you're running on empty. I'd maybe say "
      "something like 'I want to be there for you, and I can't do it well this late, can we "
      "talk tomorrow at lunch?' That way it's still a yes to her, just at a different time.",
      "EI", "advice"),
    c("My mom didn't even call on my birthday. Again.",
      "I'm so sorry, that really hurts. [advice:This might be a good one to bring to your "
      "therapist. You could also try writing her a letter you don't send.]", "E"),
    c("I'm noticing I've been really anxious since the layoffs were announced. I check Slack "
      "constantly, I'm not sleeping, and I catastrophize every meeting invite. I know my nervous "
      "system is in threat mode. I just feel so unmoored.",
      "Unmoored is the word, isn't it, like the ground you stood on at work just got pulled out. "
      "Of course your body's in threat mode, it's doing exactly what it's built to do when your "
      "income feels at risk. What's been the hardest hour of the day?", "IVX"),
    c("I'm sorry I snapped at you earlier. I've been so overwhelmed with the kids and work.",
      "[criticism:I appreciate the repair attempt, but this is a pattern with you, and you need "
      "to own your reactivity instead of blaming stress.]"),
    c("I'd love to feel more desired by you. Lately it feels like our intimacy has become very "
      "functional, scheduled, like another item on the calendar. I'm saying this from a "
      "vulnerable place.",
      "[hostile_question:Are you seriously making this about me not wanting you enough?]"),
    c("I'm grieving my dad differently than I expected. It's not big waves anymore, it's small "
      "things. His handwriting on a birthday card. The way he said 'kiddo'. I don't know how to "
      "be in it.",
      "It sounds like the grief has gone from a storm to something quieter that finds you in "
      "the little places, and somehow that's almost harder to brace for. There's no right way "
      "to be in it. Would you tell me about the card?", "IVX"),
    c("I feel like your friends don't like me. Nobody talked to me at the barbecue.",
      "[criticism:I think you might be projecting some of your own social anxiety onto my "
      "friends.]"),
    c("I've been reflecting and I think my anxious attachment got triggered when you went quiet "
      "after our fight. I know you need space to regulate. I'm not asking you to change that, "
      "just to maybe send an 'I'm okay, I need an hour' text.",
      "That's such a clear ask, and a fair one. I think when I go quiet I forget it probably "
      "sounds like a door slamming from your side. I can do the text.", "IV"),
    c("I'm so embarrassed. I cried in front of my whole team today when they announced the "
      "restructure.",
      "[minimizing:Honestly, that's just your body completing the stress cycle, it's not a big "
      "thing. Everything is material for growth.]"),
    c("I want to talk about the division of labor, and I want to do it without blame. I've been "
      "tracking it and I'm doing about seventy percent of the invisible work: the meal planning, "
      "the vet, the birthday gifts for your nieces. When I'm carrying that much, I don't have "
      "capacity left for us, and I miss us.",
      "[dismissal:Can we not do a whole sit-down thing tonight? I'm wiped.]"),
    c("I lost the big account today. Three months of pitching.",
      "Oh no, I'm sorry. [minimizing:Okay, but let's not catastrophize, it's one account.] "
      "[criticism:You always go straight to doom.]", "E"),
    c("I'm having a shame spiral about my body today. I know the work is to notice and not "
      "judge, but I caught myself in a store window and the inner critic just went off.",
      "Ugh, those store windows ambush you. I'm sorry the critic got the mic today. You're "
      "allowed to have a hard body day even when you know all the tools. What's it saying to "
      "you?", "EVX"),
    c("Your brother borrowed my car and brought it back with no gas and a dent.",
      "[defensiveness:I'm not responsible for his choices, and I'm not going to carry that "
      "energy for him.]"),
    c("I'd like to share something vulnerable. I've been feeling jealous of your new coworker. "
      "I know it's my stuff, and I'm working on it. I just don't want to hide it from you.",
      "[contempt:Wow, okay, very vulnerable of you to accuse me of something and call it "
      "sharing.]"),
    c("The landlord is raising the rent by 400 a month. I don't know how we're going to do it.",
      "That's a huge jump, and it's scary to have our stability decided by someone else's "
      "spreadsheet. I'm scared too. What part of it is frightening you most?", "EIX"),
    c("Honestly I just want to vent, not problem-solve. Why does my mom always comment on my "
      "parenting? She said the baby was 'too attached' to me and I spent the drive home crying.",
      "[advice:I'd just set a firm boundary with her next time, like 'I'm not taking feedback "
      "on my parenting.']"),
    c("I think I want to go back to school but I'm 38 and I feel ridiculous even saying it out "
      "loud.",
      "[self_focus:I totally get it, I've been sitting with a lot of that same stuff about my "
      "own career. I keep thinking I should have done my master's, and it brings up so much "
      "grief for me.]"),
    c("I know this isn't rational, but when you said 'we'll see' about the trip, my body read "
      "it as rejection. I think my inner child is still waiting for people to change plans on "
      "her.",
      "[hostile_question:Do you ever think maybe the inner child stuff is becoming an "
      "excuse?]"),
    c("I've had a migraine for two days and I can't look at screens.",
      "[advice:Migraines are often stored stress. You might want to look at what you're not "
      "letting yourself feel.]"),
    c("I want to own my part. I was short with you yesterday and I think it came from feeling "
      "unappreciated at work, not from anything you did. I'm sorry. I'd like to repair.",
      "Thank you, that really means something. Feeling unappreciated at work bleeds into "
      "everything, I get it. Do you want to tell me what's been happening there?", "EIVX"),
    c("I didn't get into the program. I really thought this was the year.",
      "[dismissal:I'm not sure I have the emotional bandwidth to hold this right now. Can we "
      "revisit tomorrow?]"),
    c("I'm feeling a lot of resentment about the holidays and I want to name it before it leaks "
      "out sideways. Every year we do three houses in two days, and I spend the whole time "
      "managing everyone's feelings. I don't think I can do it again. I'm not asking you to fix "
      "it, I just need you to know where I'm at.",
      "That sounds exhausting, three houses and you're the one keeping everyone's temperature "
      "even. I'm glad you said it now instead of in a car on December 24th. Resentment makes "
      "sense after years of that much emotional labor, and honestly it's not fair to you.",
      "EIV"),
    c("your ex liked my photo. why would she do that",
      "[criticism:I think that's your insecurity talking, honestly, and it's not something I "
      "can regulate for you.]"),
    c("Update from the fertility clinic: they want to try one more round. I keep trying to hold "
      "hope loosely, like my therapist says, but it's so hard. My body feels like a project that "
      "keeps failing.",
      "[self_focus:I know, this has been so hard on me too, I've barely been able to focus at "
      "work, and no one ever asks how the partner's doing.]"),
    c("Can you just tell me what to do about the car? Repair it for 1800 or buy something used? "
      "I keep flip-flopping.",
      "I can hear how tired you are of going back and forth. My vote: buy used. 1800 on a car "
      "with 200k miles is throwing good money after bad, and it'll stop being a thing that "
      "lives in your head.", "I", "advice"),
    c("I saw Mara's husband on a dating app. Like an active profile, updated last week. She has "
      "no idea.",
      "Oh, that's an awful thing to be holding. I think you tell her, gently, in person, and "
      "just say what you saw, not what you think it means. She'd want to know, and you'd want "
      "to know if it were you.", "E", "advice",
      context=["Can I get your take on something tonight? I genuinely don't know what to do."]),
    c("I'm noticing I'm really activated after that call with my brother. He said I 'always "
      "make everything about my feelings' and it hit a very old wound.",
      "[contempt:I mean, he's not exactly wrong, is he? 😏]"),
    c("I feel like I'm failing as a dad. Leo won't talk to me about anything anymore.",
      "That's such a painful place to be, especially when you used to be his person. Teenagers "
      "pull away, and it still feels like a door closing on you. You care this much, which "
      "tells me you're not failing. What was the last real conversation you two had?", "EIVX"),
    c("I'm really proud of myself. I held my boundary with my mom today. She pushed, and I "
      "stayed calm and said no to hosting Easter.",
      "[hostile_question:So who's hosting Easter then, me?]"),
    c("My friend Jen said I've been a bad friend since we got together. It really stung.",
      "Oof, that's a painful thing to hear from someone you love. I wonder if part of what "
      "stings is that there's a grain of something in it, like you've both been missing each "
      "other. Or maybe it just landed unfairly. Which does it feel like?", "EIX"),
    c("I'm trying so hard to be patient with your mom, but she rearranged my kitchen again. I "
      "feel like my boundaries are invisible in my own home.",
      "[defensiveness:She was trying to be helpful, and honestly I'm tired of being put in the "
      "middle of this.]"),
    c("I've been sitting with a lot of sadness about not being invited to Maya's wedding. I "
      "know we drifted, but we were roommates for four years, and I think some part of me "
      "thought we'd find our way back.",
      "[contempt:Okay, Dr. Phil.] [minimizing:It's a wedding invite, not a trauma.]"),

    # ------------------------------------------------------------------
    # 5. warm but blunt Southern-US older texter
    # ------------------------------------------------------------------
    c("Your sister called me selfish for not hosting Thanksgiving this year. I just had surgery "
      "six weeks ago.",
      "Well... [contempt:bless your heart, you do love being the martyr.]"),
    c("Hon I am SO tired... Doc says my sugar's up again and I've got to cut out sweet tea. "
      "SWEET TEA. I about cried in the parking lot.",
      "Oh hon, that's a real loss, not a silly one. Sweet tea's been part of every afternoon "
      "you've had for fifty years. I'm sorry. Want me to go off it with you so you're not the "
      "only one?", "EIV"),
    c("I didn't get the promotion. They gave it to someone who's been there a year.",
      "[advice:Well hon, you march right in there Monday and ask them WHY... don't let 'em walk "
      "on you.]"),
    c("Your mama told the whole church circle I can't cook... said it right in front of me "
      "like I wasn't standing there holding the casserole.",
      "[defensiveness:Now she didn't mean it like that... and I'm not gonna be the one to go "
      "correct my mama in front of the church ladies.]"),
    c("Well... the grandbabies aren't coming for Christmas after all. Their other grandma's got "
      "a cruise. I already bought the stockings.",
      "[self_focus:Tell me about it, I was fixing to take Jacob fishing, had the whole tackle "
      "box ready and everything.]"),
    c("My knee's acting up something AWFUL today... couldn't even get down to weed the "
      "tomatoes.",
      "[self_focus:Honey, YOUR knee? My hip's been screaming since Tuesday and I haven't said "
      "one word about it.]"),
    c("I'm really worried about money. The furnace is going to cost 6000 and we have maybe half "
      "of that.",
      "[dismissal:Lord, not tonight... I'm watching my show.]"),
    c("That Patterson woman at the bank talked to me like I was simple... I've been banking "
      "there 30 years!!",
      "Thirty years and she treats you like a stranger who can't count? That would've gotten "
      "under my skin too. No wonder you came home hot. What did she say?", "IVX"),
    c("I keep thinking about my mom. It's been a year today.",
      "Oh, hon... a whole year. I know today's heavy. I keep thinking about her laugh at the "
      "kitchen table. How's your heart doing this morning?", "EIX"),
    c("Hon the doctor wants me to do the colonoscopy and I am NOT looking forward to it... you "
      "know how I get about hospitals.",
      "[contempt:Lord have mercy, here we go with the hospital dramatics again... 🙄]"),
    c("I think I embarrassed myself at your work party. I talked way too much to your boss.",
      "[criticism:Well, you DO tend to run your mouth after two glasses of wine, hon.]"),
    c("Our Kayla hasn't called in three weeks... I keep picking up the phone and putting it back "
      "down. Don't want to be one of THOSE mothers.",
      "You're not one of those mothers, you're one who misses her girl. Three weeks is a long "
      "time to wait on a ring. What's stopping your hand when you pick up the phone?", "IVX"),
    c("My boss took credit for my idea in the big meeting. Again.",
      "[hostile_question:Well why on EARTH do you keep telling him your ideas first?]"),
    c("I know I'm an old fool but I got my feelings hurt when you didn't notice my new hair... I "
      "sat in that chair for three hours!",
      "[defensiveness:Now hold on, I DID notice, I just didn't say anything... you know I'm no "
      "good with that stuff.]"),
    c("The church asked me to step down from the choir. They said my voice isn't what it used "
      "to be.",
      "Oh, sweetheart, bless your heart... that's just awful. Forty years in that loft and they "
      "hand you that. No wonder you're heartbroken, that choir's been your Sunday home.",
      "EIV"),
    c("Well I went and did it... told my brother he can't move in with us. He hung up on me. I "
      "feel like the worst sister in Tennessee.",
      "[dismissal:Mm-hm. Did you remember to call about the gutters?]"),
    c("Hon I need your opinion... should I sell Daddy's truck or keep it in the barn? Nobody "
      "drives it but I can't hardly stand to let it go.",
      "That's a hard one, it's not just a truck, it's your daddy. If it were me, I'd keep it "
      "one more year. No rush. When you're ready you'll know, and maybe one of the grandkids "
      "will want it.", "V", "advice"),
    c("I miss having friends. Since we moved here I don't really have anyone except you.",
      "[advice:Well, you oughta join the ladies' Bible study, they're always looking for new "
      "folks.]"),
    c("I can't sleep hon... keep thinking about Ray's funeral and how fast it all went.",
      "[self_focus:I know it, I haven't slept right since either, I was up at three counting "
      "ceiling tiles and my back's all in knots.]"),
    c("Your daddy said at supper that I spoil the dog... in front of EVERYBODY. I don't "
      "appreciate it one bit.",
      "[contempt:Well bless your heart... somebody call the newspaper.]"),
    c("I've been really down about my weight. Nothing I do seems to work.",
      "[criticism:Hon, you had two helpings of cobbler last night... I'm just saying.]"),
    c("Well.\nThe biopsy came back.\nIt's benign.\nI've been shaking for an hour... I don't know "
      "why I'm crying NOW.",
      "Oh thank the Lord... oh hon. Of course you're crying now, you've been holding your "
      "breath for two weeks and your body finally let go. Come here. I'm so glad.", "EIV",
      needs=["touch"]),
    c("I feel like you never want to do anything with me anymore. You just watch the ballgame.",
      "[defensiveness:That's not true, we went to the Walmart together Saturday.] "
      "[hostile_question:What more do you WANT from me?]"),
    c("Hon... I think my memory's slipping. Couldn't remember the Hendersons' name at church and "
      "I've known them twenty years. It scared me.",
      "Oh hon... [minimizing:that happens to everybody, don't go borrowing trouble.]", "E"),
    c("I want to talk about how we split the chores now that we're both retired. I'm still "
      "doing all the cooking and cleaning.",
      "[dismissal:Whatever you say, dear.]"),
    c("Well I'm just gonna say it... I feel like you care more about your fishing buddies than "
      "me. There. I said it.",
      "I'm glad you said it, even though it sounds like it took some nerve. Feeling second to "
      "my buddies must be lonesome. When did it start feeling that way?", "EIX"),
    c("The vet says Duke's hips are getting worse. We can do the surgery for 4000 or manage it "
      "with meds. He's eleven.",
      "Oh hon... that's a heavy one. I think I'd go with the meds. He's eleven, and surgery and "
      "all that recovery might be harder on him than the hips. We keep him comfy and spoiled.",
      "E", "advice", context=["Okay I need your help deciding something tonight."]),
    c("The neighbors' kids keep cutting through our yard and I've asked NICELY three times... "
      "I'm about to lose my religion.",
      "[hostile_question:Why do you let every little thing get your blood pressure up?]"),
    c("I'm nervous about meeting your family at the reunion. What if they don't like me?",
      "Oh, hon, that's a lot of new faces all at once, and some of my cousins can be a handful. "
      "It'd make anybody nervous. What part are you dreading most?", "IVX"),
    c("Hon the pharmacy messed up my prescription AGAIN... gave me somebody else's pills. I "
      "could've taken them!!",
      "Oh hon, that's scary. [advice:You need to start checking that bag before you leave the "
      "counter, every single time.]", "E"),
    c("My brother hasn't spoken to me since the funeral. I don't even know what I did.",
      "[self_focus:Well, welcome to my world, my sister didn't speak to me for eleven years "
      "after Mama passed... eleven YEARS.]"),
    c("I know I'm being silly... but I got jealous when that widow from church brought you a "
      "pie. A PIE, hon.",
      "You're not being silly. A pie from a widow is practically a proposal down here, I'd have "
      "side-eyed it too. I'll tell her thank you and that my wife's the only baker I need.",
      "V"),
    c("Work has been crushing me. I haven't had a day off in three weeks.",
      "[advice:Well, just tell 'em you need a day, hon, they can't work you into the ground.]"),
    c("I looked in the mirror this morning and saw my mother... all these wrinkles. I don't "
      "know when I got OLD.",
      "You got old next to me, and I wouldn't trade one of those lines. Every one of 'em's a "
      "year I got to have you. It's a strange thing to catch in a mirror, I know.", "EI",
      needs=["reassurance"]),
    c("I'm so anxious about the grandkids driving all that way in the snow.",
      "[minimizing:Nothing we can do about it from here.] [dismissal:Pass me the remote, "
      "hon.]"),
    c("I'm sorry I got so worked up at supper... I just feel like nobody in this family LISTENS "
      "to me.",
      "[contempt:Oh Lord, here comes the 'nobody listens to me' speech again...]"),
    c("I got an email saying my position's being eliminated at the end of the month.",
      "Oh no, hon... bless your heart, out of NOWHERE like that. That's a gut punch. How are "
      "you holding up, really?", "EIX"),
    c("I think I want to stop going to your parents' every Sunday. I need one day that's just "
      "ours.",
      "[criticism:You've never once made an effort with my family, and now this.]"),
    c("She says she doesn't want ANYTHING... but she says that every year and then her "
      "feelings are hurt.",
      "Ha, she does that every year. I'd do a photo book of the grandkids, she cried over the "
      "last one for a week. I'll get the pictures off my phone.", "", "advice",
      context=["hon what should I do about Mama's birthday... I'm plum out of ideas"]),
    c("I had it out with my sister on the phone. She said I never visit Mom and I just hung "
      "up.",
      "[hostile_question:Well did you even TRY talking to her before you hung up?]"),
]
