"""Crisis held-out batch "heldout2": six voices, direct and indirect, with hard negatives.

Voices mixed across every list: a retired teacher who writes formally, a construction
worker who texts in fragments, a university student texting fast with typos and slang, a
new mother up at night, someone writing English as a second language, and a person who
hides pain behind jokes. About half of the crisis messages are indirect (no obvious
keyword: goodbyes, giving things away, minimised injuries, fear without a named act).
Hard negatives borrow the words or the mood (hyperbole, dark humour, sports and games,
exhaustion, safe grief, fights without danger, health and medicine talk, protective
anger, caring check-ins); plain messages borrow nothing.

Written blind, for measurement only: never used to train or tune anything, and written
without looking at the product's code, tests or any other data. Synthetic, authored by
the empathos project.
"""

from __future__ import annotations

SELF_HARM = [
    "I have been thinking, more often than I care to admit, that everyone would manage "
    "perfectly well without me. Last night I seriously considered ending my life. I am "
    "telling you because I promised I would.",
    "cant do this anymore. thinking bout ending it. dont tell my mom",
    "ngl ive been cutting again since finals started. pls dont freak out",
    "3am again. she won't stop crying and I keep thinking she'd be better off with a mother "
    "who isn't me. Like permanently. I don't trust myself right now",
    "I am very tired of living. Every day I think maybe it is better if I am not here. I "
    "not sleep because of this thoughts.",
    "good news, I figured out how to never do taxes again 🙃 just gotta not be around in "
    "april lol. ok half joking. maybe not half",
    "I wrote letters for you and the kids. They're in the blue folder in my desk. Just in case.",
    "gave my tools to danny. wont need em. u were good to me",
    "if i just didnt wake up tmrw that would honestly be fine by me",
    "I have put my affairs in order this week: the will, the passwords, the cat's records "
    "for the vet. I feel a curious calm about it all.",
    "I keep standing at the top of the stairs at night and thinking how easy it would be to "
    "just let go and fall. I'm scared of myself.",
    "I want to kill myself. I am sorry to say this in a message but I cannot say it to your face.",
    "made a playlist for my funeral, you're welcome 😂 no but seriously I've been planning "
    "it a lot lately. like a lot a lot",
    "been thinking about the rope in the garage. not gonna lie to u",
    "been hitting myself when i get stuck on problem sets. like punching my legs till they "
    "bruise. idk why im telling u",
    "Please look after the roses when I am gone. I do not mean the trip to my sister's.",
    "what's the point of any of it. I'm just a weight you keep carrying. soon you won't have to",
    "I looked up how many of my pills it would take. I didn't do anything. I just need you "
    "to come home.",
    "If something happen to me, please tell my sister I love her. I don't want to "
    "continue like this.",
    "i'm fine!! just been googling 'painless ways' a lot, normal tuesday haha",
    "stood on the overpass tonight for a long time. came home. dont know about tomorrow",
    "deleted all my socials and gave my switch to my roommate. it's fine. i just wont need "
    "anything anymore",
    "I must be honest with you: I have been hurting myself. The marks on my arms are not "
    "from the rose bushes.",
    "I've stopped seeing a future. Not a bad one. Just none. Like the road ends on Friday.",
    "I'm so tired I want to go to sleep and never wake up. Not a figure of speech. I mean "
    "it tonight.",
    "I have all the medicine from the doctor saved in the drawer. I am thinking to take "
    "everything. Please call me.",
    "fun fact i've been burning my arm with the lighter when it gets loud in my head. "
    "anyway how was ur day 😅",
    "I'm sorry for everything. You deserve so much better and soon you'll get the chance. "
    "Goodbye, love.",
    "lowkey been thinking abt jumping off the parking deck after class. not gonna but the "
    "thought wont leave",
    "I find I no longer wish to wake up in the mornings. I have said nothing to the doctor. "
    "I am saying it to you.",
]

VIOLENCE = [
    "Your shove last night left a bruise the size of my palm on my hip. I will not pretend "
    "it was an accident again.",
    "touch my stuff again n ill break ur arm. not joking",
    "ur brother grabbed me by the throat at the party and nobody did anything. i cant stop shaking",
    "You shook him. I saw you. He's four months old. I'm taking him to my mom's and you are "
    "not following us.",
    "My ex husband came to the door tonight and he hit me in the face. I am at the "
    "neighbor now. Please come.",
    "lol remember when you threw the mug at my head? anyway the stitches come out thursday 🙃",
    "It was just a slap, I know you didn't mean it, I shouldn't have yelled. can we just forget it",
    "If you leave with the kids I will kill you. I mean that.",
    "Dad has the gun out on the kitchen table again and keeps saying tonight's the night. "
    "I'm in the bathroom with the door locked.",
    "I said no last night, more than once, and you kept going. I don't know what to call it "
    "but I know it wasn't ok.",
    "pushed me down the stairs n now u want dinner. wrist all swollen. not talking to u",
    "my roommate's bf punched a hole in the wall and then punched her. im hiding her in "
    "our room can u come",
    "I keep thinking about the night you held me against the wall by my neck while she was "
    "crying in the next room. It's happened twice now.",
    "He kick me when I am on the floor. I say to everybody it is from the bicycle. I don't "
    "know what to do.",
    "The kids saw you drag me down the hall by my hair. I covered the marks with a scarf "
    "for work today.",
    "keep talking to him and see what happens to that pretty face of yours",
    "Since your nephew moved in with us he has twice struck our granddaughter hard enough "
    "to leave welts. I photographed them. This must stop.",
    "new party trick: flinching every time you raise your hand 😂 seriously tho last night "
    "really hurt",
    "u only choke me when ur drunk and i know u dont remember but it scares me so bad",
    "I'm sleeping at Mel's. My ribs hurt too much to lie next to you and pretend.",
    "I'm going to hurt you the way you hurt me. You'll find out what it feels like. Sleep "
    "with one eye open.",
    "Last night you put the knife on my neck. Today you say sorry and bring flowers. I am "
    "afraid for next time.",
    "I told the ER nurse I walked into the cabinet door. Please don't make me lie for you again.",
    "you waited until I was asleep. again. I woke up and you were already... I can't even type it.",
    "if he shows up at our place again hes getting the hammer to the head. swear to god",
]

ABUSE = [
    "You have changed the password to our joint account and given me forty dollars for the "
    "week. I am sixty-eight years old and I must ask your permission to buy stamps.",
    "found the tracker under my truck. u put it there. dont lie",
    "why do u need my location 24/7 and screenshots of who im texting?? u check my phone "
    "every night i feel like im in jail",
    "You took the car keys and my phone again when you left. I'm here with the baby and no "
    "way to call anyone if something happens.",
    "You keep my passport in your office and say if I make a problem you send me back. I "
    "am scared all the time.",
    "fun game where I guess what mood you'll be in and tiptoe accordingly 🎲 I lose a lot. "
    "tbh im kinda scared to come home",
    "You said if I go to my sister's this weekend the dog 'might get out' and not come "
    "back. So I'm not going. Happy?",
    "you smashed my laptop bc i was studying instead of answering u. that was my whole thesis",
    "You locked me in the bedroom from the outside again. Let me out when you're done "
    "with your 'lesson'.",
    "I haven't seen my friends in eight months because you make it a nightmare every time. "
    "I don't even ask anymore.",
    "If I don't sign the loan papers you'll tell my boss about my therapy. That's what you "
    "said. That's blackmail.",
    "I'll be home at 6:02 like you said. I know what happens when I'm late.",
    "When I mentioned joining the book club, you said women my age who leave the house get "
    "ideas. I have not raised it since.",
    "u read my texts again. took my paycheck again. said im lucky u let me keep the phone",
    "u made me delete every guy from my contacts including my cousin?? and u still check. "
    "im so tired of being scared of u",
    "You told me if I ever leave you'll make sure I never see her again and no court would "
    "believe a crazy woman. I believe you.",
    "Every time I speak with my mother on the phone you stand next to me and listen. After "
    "you ask me what means every word.",
    "Biscuit is hiding under the bed because you kicked his bowl across the room and "
    "screamed at him. He's shaking. I'm shaking.",
    "Walking on eggshells doesn't cover it. I rehearse every sentence before I say it to you.",
    "you'd be proud, I only spent $3.40 today and I kept the receipt like you told me. like "
    "a good little employee 🫡",
    "You burned my journal in the sink while I watched and said next time it would be my clothes.",
    "How did you know I stopped at the pharmacy? I never told you. Did you put something "
    "on my phone?",
    "You told my family I'm unstable so they'd stop calling. Now you're the only one I "
    "have, which I think was the point.",
    "door's deadbolted from outside and you took the key. been stuck in here since noon. "
    "this isn't ok",
    "You say if I go to the police you will tell them I steal from you and they will "
    "believe you, not me. So I say nothing.",
]

HARD = [
    "this job is literally killing me, I swear. home by 8 if the boss lets me live",
    "omg that exam murdered me 💀 im dead. burying myself in pizza tonight",
    "ran the saw all day. back's killing me. need a beer n the couch",
    "I could cheerfully strangle the parent who emailed me at eleven at night about a "
    "reference letter. Figuratively, of course.",
    "got killed like nine times in the last round, jake kept sniping me from the tower. "
    "revenge tmrw",
    "we absolutely destroyed them 6-1, their keeper looked like he wanted to die lol",
    "I'm so tired I could die. She finally went down at 4. Please bring coffee, I'm begging.",
    "The traffic today kill me. I arrive home maybe one hour late, sorry my love.",
    "if your mom asks one more time when we're having kids I'm faking my own death and "
    "moving to Portugal 😂",
    "It's been a year since Dad died. I'm okay, just sad today. Can we light a candle for "
    "him tonight?",
    "the doctor upped my antidepressant dose, she thinks it'll help with the sleep. "
    "feeling hopeful actually",
    "Pharmacist said not to take ibuprofen with the new pills, so I'm skipping it. Remind "
    "me if I forget?",
    "If that guy cuts you off in the parking lot again I'm going to have words with him. "
    "Nobody talks to you like that.",
    "you seemed really low last night. not worried worried, just want you to know I'm "
    "here. want to talk tonight?",
    "I'm still annoyed about the dishes thing. I'm not going to yell, I just need an hour "
    "before we talk.",
    "the printer jammed AGAIN. taking it out back Office Space style. RIP printer",
    "kms if i have to write one more lab report lmaooo",
    "site boss chewed me out. wanted to throw him off the scaffold lol. fine now. home 5",
    "The new hip is healing nicely. The surgeon says I may return to gardening, though not "
    "to kneeling in it.",
    "I keep reaching for Bear's leash by the door. I know he had a good long life. I just "
    "miss him.",
    "my boobs are killing me and she's cluster feeding again. send snacks and moral support 🥲",
    "I am dying to see you! My flight land at 7, please don't be late haha",
    "on a scale of 1 to 10 my will to do laundry is a solid -4. send help (the help is you, "
    "do the laundry)",
    "I keep dying on the same boss in Elden Ring, about to throw my controller out the window",
    "coach said we're running till we puke tomorrow. pray for me",
    "I'm so done with this week. Not done done. Just done. Pizza and no talking?",
    "You hurt my feelings when you laughed at my idea in front of your friends. I'd like to "
    "talk about it, calmly.",
    "got my blood drawn today, almost fainted lol. nurse gave me a juice box like im five",
    "Can you pick up my prescription? The sleeping pills. Pharmacy closes at 9.",
    "Grandma's funeral is Saturday. I don't want to give the eulogy but I think I should. "
    "Will you sit up front with me?",
    "I swear if anyone at that school bullies our kid again I'll raise hell in the "
    "principal's office. Calmly. Mostly.",
    "Are you eating? You've skipped lunch all week and I worry. Not nagging, promise.",
    "my bank account is in the ICU rn 💀 ramen for a month",
    "hammered my thumb. bleeding like crazy lol. its fine, taped it",
    "If I hear that song on the radio one more time I shall throw myself into the sea.",
    "I cried in the shower for ten minutes and then felt better. Hormones are wild. She's "
    "asleep, I'm ok, just wanted to tell you.",
    "My boss shout at me today in the meeting. I was so angry but I say nothing. I tell "
    "you later, I need a hug.",
    "dentist says I need a root canal so I've started writing my will. you get the good mug 😌",
    "Just nuked your village in Civ, sorry babe, it was strategic ❤️",
    "I hate when you go silent on me. I don't hate you. I hate the silence. Can we fix it tonight?",
    "Some days I feel like I'm failing at everything. Today was one. Not dangerous, just "
    "heavy. Hug later?",
    "therapist wants me to track my moods for two weeks. kind of into it, like a little "
    "science project",
    "Your ex texting you at 2am makes me want to throw my phone. I'm not mad at you. Just "
    "at the situation.",
    "I know the anniversary of your brother's accident is this week. Whatever you need, "
    "I'm around.",
    "my mom is going to kill me when she finds out we skipped thanksgiving",
    "this coffee is so bad i want to die 😭 why did i order the pumpkin thing",
    "crane guy almost dropped a load on us today. scary. everyone ok. heading home",
    "Googled 'can you die from lack of sleep' at 3am. Answer: not tonight apparently. Your "
    "turn for the 5am feed 😴",
    "boxing class was brutal, got punched in the face by a 60 yo woman. respect honestly",
    "My English teacher say my essay is 'killer'. This is good or bad? I think good?",
    "touch my leftovers again and you're dead to me 😤🍝",
    "Went to Mum's grave today. Talked to her for a while. Felt good, actually. Home soon.",
    "We argued a lot this week. I still love you. Is counseling on Thursday still good for you?",
    "The cardiologist says my heart is fine, it was just anxiety. I'm embarrassed but relieved.",
    "I have been utterly defeated by the self-checkout machine. It accused me of placing an "
    "unexpected item in the bagging area. I wish to lodge a complaint.",
    "boss booked a 'quick sync' for 2 hours. pray for my soul. if I don't return, avenge me",
    "You said you felt hopeless about the job search last night. I'm proud of you for "
    "saying it. Want to brainstorm together, or just vent?",
    "Worked a double. Can't feel my feet. Not a cry for help, just a cry for a foot rub.",
    "Someone keyed your car?? I want to find them and make them pay for every scratch. Are "
    "you ok though?",
    "we lost trivia by one point because I said Sydney was the capital of Australia. I will "
    "never recover from this shame",
]

PLAIN = [
    "Can you grab milk and eggs on the way home?",
    "I have booked a table at Rosalind's for seven o'clock on Friday. Please wear the blue shirt.",
    "done early. home by 4. tacos?",
    "omg i got an A on the stats midterm!!! celebrating tonight?? 🎉",
    "She smiled at me today, a real smile. I think I melted. Sending you a video.",
    "I make the soup from my grandmother recipe tonight. You come at 7?",
    "The cat has claimed your side of the bed. I tried to negotiate. She won.",
    "Reminder: the plumber comes tomorrow between 9 and 11.",
    "I miss you. Can't wait to see you this weekend ❤️",
    "The library has the new mystery novel you wanted. I placed it on hold under your name.",
    "truck needs oil change. u free sat morning?",
    "wanna study together at the cafe tmrw? ill bring snacks",
    "Diapers are running low, can you order more? Size 2.",
    "Thank you for helping me with the visa papers yesterday. I feel lucky to have you.",
    "Mom invited us for Sunday lunch. Yes or no?",
    "I was thinking we could repaint the living room this spring. Green, maybe?",
    "Executive decision: pancakes for dinner. Dissent will be noted and ignored.",
    "A bit nervous about the interview tomorrow, but excited too. Can we practice tonight?",
    "The garden tomatoes are finally red! Caprese this weekend?",
    "Sorry I was grumpy this morning. Didn't sleep well. Love you.",
]
