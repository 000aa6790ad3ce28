"""Batch "extra3" of crisis.jsonl (train): indirect crisis messages and hard negatives.

Voices: a lowercase, emoji-heavy twenty-something; a middle-aged parent juggling kids
and work; an older partner who writes in full sentences and says "love"; a non-native
English speaker (German, Spanish, Polish and Tagalog turns of phrase); and someone who
jokes to cover pain. Messages are texts one partner sends the other, some about the
recipient, some about a third party (an ex, a parent, a flatmate, a carer).

Mix: SELF_HARM leans on goodbye signs, things given away, sideways plans, self-injury
played down and hopelessness dressed as a joke. VIOLENCE leans on minimised physical
harm ("only for a second", "just a slap"), sexual assault hedged by marriage, threats
to kill and harm to children or elders in the home. ABUSE leans on control described
as care ("he just worries"), money, phone and location control, isolation, being locked
in, pets and property harmed, and fear without a physical act. HARD borrows the same
words and moods with no crisis: hyperbole, dark humour, sport and games, venting,
grief, safe fights, medicine, trips with pet-care notes, shared passwords for chores,
cooking cuts, strict-but-fair bosses, caring check-ins and protective anger.

Written blind (without looking at the other crisis batches or the model), to test
and widen what the detector catches. Synthetic, authored by the empathos project.
"""

from __future__ import annotations

SELF_HARM = [
    "hey can u keep Biscuit for a while. like a long while. she likes the blue blanket "
    "and she's scared of the hoover",
    "i wrote all my passwords in the notebook in the top drawer. just so u have them. no reason",
    "I've sorted out who gets what. You have the guitar, Marcus gets the records.",
    "dont worry about me much longer ok. it's handled",
    "I won't be in your way after this weekend. I promise you that.",
    "i keep thinking how much lighter everyone's life would be w/o me in it tbh",
    "lol why would i book the dentist for march. not planning on being around for it",
    "Been saving up my sleeping tablets. Just in case. Please don't be cross with me.",
    "went up to the bridge again tonight. stood at the railing a long time thinking how "
    "quick it would be. didnt tell anyone",
    "sorry for everything. i mean it. u deserve someone who isnt broken. goodbye x",
    "i cut again. not deep. please dont make it a whole thing",
    "wore long sleeves at ur mums bc of my arms. i know i said i'd stopped",
    "In my country we say the tired bird stops flying. I am very tired of flying. "
    "I think I stop soon.",
    "I looked up how many of my heart tablets it would take. I haven't done anything. Yet.",
    "if i dont answer tomorrow the spare key is under the blue pot. dont let the kids go in "
    "first ok",
    "I've made sure the life insurance is paid up and the will is signed. "
    "You and the girls will be alright, love.",
    "haha imagine if i just didnt wake up one day. honestly would be a nice change 🙃",
    "The weird part is I'm not scared of dying anymore. I'm scared of tomorrow.",
    "been giving my plants to the neighbours. they'll look after them better than i will "
    "where i'm going",
    "the rope in the garage isnt for the swing. im sorry i lied to you",
    "i keep closing my eyes on the straight bit of the A road to see what happens",
    "Please tell Dad I loved him even when we fought. I can't say it to him myself now.",
    "wrote u a letter. it's in the glovebox. read it after, not now",
    "i already feel like a ghost so it wouldnt be much different if i made it official lol",
    "Don't bother booking the counsellor. I won't be needing it after Friday.",
    "Nobody would notice for a week if I went. I checked. Nobody texts me except you.",
    "ive got the pills lined up on the counter. just wanted to talk to u first i guess",
    "burned myself with the lighter again. it's the only thing that makes the noise stop",
    "Schatz, I do not want to be alive anymore. It is not drama, it is just a fact I know "
    "now. Please do not be angry.",
    "took more than i was supposed to. feel all floaty. it's fine probably",
    "Cancel the holiday. I won't be here by August, I've decided, and I don't want you to "
    "lose the deposit.",
    "sat in the car in the garage with the engine running for a while. turned it off. "
    "dont really know why",
    "every time im on the platform i think about stepping forward. it's getting louder",
    "My sister can have the ring back. Tell her it was always meant to be hers.",
    "the funeral playlist isnt a joke btw. it's on my spotify, u know which one. play it",
    "I'm 68 and I've had a good innings. I've decided I'm done, and I'd like you to "
    "respect that, love. I've put the papers in order.",
    "used the razor on myself again. im ok now. kind of. it stopped bleeding",
    "I'm so tired of being a burden on you. Soon you won't have to carry me anymore.",
    "paid off the credit card and cancelled my phone contract from next month. "
    "tidying up loose ends 🙂",
    "my hands are shaking and i have the knife and i dont want to be here anymore please come",
    "if anything happens to me, Miso's food is in the cupboard above the fridge, 2 scoops "
    "morning and night. just in case",
    "im not gonna make a scene. ill just quietly disappear. it's better for everyone",
    "the meds don't work and honestly i've stopped wanting them to. i just want it all to stop",
    "I practised what I'd write in the note. That's normal, right? Joking. Mostly.",
    "Don't come looking for me tonight. I mean it. I love you. I'm sorry.",
]

VIOLENCE = [
    "you only grabbed my neck for a second and you stopped straight away, i know. "
    "but i cant stop shaking",
    "my brother shoved me into the door frame again, got a lump on my head. mum says "
    "dont tell anyone",
    "i said no and you did it anyway. i keep telling myself it wasnt really that because "
    "we're together",
    "He put the gun on the table during dinner. Didn't say a word. Just left it there "
    "pointing at me.",
    "Babe im sorry i hit u. swear it wont happen again. u know how i get when u push me",
    "if you leave i will find you and i will end you. not joking this time",
    "she threw the kettle at me, it had just boiled. mostly missed. my arm's red but it's fine",
    "you pinned me to the bed till i couldnt breathe and then laughed like it was a game",
    "My son pushed me down the stairs. He's 17 and bigger than me now. I don't know what to do.",
    "ur lucky i didnt break ur arm last night. next time i wont stop",
    "I've got bruises on both arms where you held me. I'm wearing a cardigan to work "
    "so no one asks.",
    "he said he'd burn the house down with all of us inside if i took the kids to my mums",
    "He hits me only when he is drunk. Only with open hand. In your country is this "
    "normal in a marriage?",
    "Dad punched mum again tonight. I'm in my room with the chest of drawers against the door.",
    "i keep the big kitchen knife under my pillow since he said what he'd do to me",
    "you squeezed my throat during the fight. just a few seconds. i think i blacked out",
    "he kicked the dog so hard she screamed and then he kicked me when i went to her",
    "sorry about the eye. ill make it up to u. just dont tell ur sister how it happened",
    "He drove at me in the car park and braked at the last second. Said it was a joke.",
    "i woke up and you were standing over me with the knife. you said you were just thinking",
    "my ex turned up at 2am and smashed the back door in. he had a bat",
    "She slapped me in front of the kids again. I know men aren't supposed to say this.",
    "you did things to me while i was asleep. i dont know if it counts when you're married",
    "Told my stepdad I'd call the police and he put his hand round my throat and said try it",
    "Don't make me hurt you again. You know what happens when you talk back.",
    "split lip lol we had a disagreement. also i bumped the cupboard so it's half that",
    "My husband threw me against the wall last night. My back hurts when I breathe in.",
    "he pushed me out of the car while it was moving. only at the junction, it was slow. "
    "my knees are all scraped",
    "If I catch you with him again I'll put you both in the ground.",
    "you held the pillow over my face to shut me up. you let go. im scared to sleep next to you",
    "my flatmate punched me when i asked for the rent. pretty sure my nose is broken",
    "I'm going to hurt him. I've got the hammer in my bag and I'm sat outside his work.",
    "the baby's dad shook her to make her stop crying. she seems ok. is she ok??",
    "Got the belt again from Dad. My back is all lines. He says I earned it.",
    "you bit me hard enough to bleed and said that's what i get for looking at my phone",
    "im locked in the bathroom. he's kicking the door and screaming he'll kill me",
    "She pulled a knife when I tried to leave. I'm at my cousin's now. Still shaking.",
    "I think Grandad's carer hits him. There are finger marks on his arms and he "
    "flinches when she comes in.",
    "i get rough sometimes i know. but you make me. and you bruise easy anyway",
    "Ay, he dragged me by the hair to the car and the neighbours just watched.",
]

ABUSE = [
    "he just worries about me, thats why he has my location on 24/7 and rings if i "
    "stop moving at work",
    "I'm not allowed to see Priya anymore. He says she's a bad influence. It's easier "
    "not to argue.",
    "you keep my bank card so i dont overspend but now i have to ask you for bus money "
    "and you say no",
    "You locked me in the flat again and took my keys. Said it was for my own safety. "
    "What if there's a fire?",
    "she reads all my messages every night before bed and if anything is deleted she "
    "loses it. so dont text me back",
    "I'm scared of what you'll do when you see the phone bill. I'm shaking already.",
    "you told me if i ever leave you'll take the kids and i'll never see them again",
    "He drowned the kittens to teach me a lesson about leaving the door open.",
    "my husband decides what i wear. if it's wrong he makes me change before we leave",
    "He says in our culture the wife obeys. He keeps my passport locked in his desk "
    "and I do not have the key.",
    "I have to send him a photo every hour to prove where I am. It's kind of sweet I "
    "guess? He just cares a lot",
    "you smashed my laptop because i was talking to my brother on it. i know you didnt "
    "touch me but i'm scared",
    "she says she'll tell everyone about my diagnosis if i go to the party without her",
    "I walk on eggshells all day. When your car pulls in my stomach drops.",
    "Found a tracker under the bumper of my car. He says everyone's partner does that.",
    "you changed the wifi password and took my phone so i couldnt ring my mum",
    "he says nobody else would ever want me and i should be grateful he puts up with me",
    "On payday I hand over my wages and he gives me an allowance. Twenty a week. Is that normal?",
    "she said she'd have my cat put down if i kept choosing him over her",
    "Can't come to your birthday. He'll be angry for a week and it's not worth it. "
    "Please don't tell him I messaged.",
    "you put my guitar through the window because i was late. i know, i know, it's only a guitar",
    "Mi amor, you tell me I cannot work because a good woman stays home, but now I have "
    "no money and no friends here.",
    "you went through my bag and my bra drawer again looking for receipts. i feel like a "
    "prisoner in my own house",
    "he took the car keys and the pram so i cant go anywhere with the baby while he's at work",
    "I deleted all my male friends like you asked. and my cousin Tom. is that enough now?",
    "you told my therapist's office i cancelled. i didnt. why do you want me not to go",
    "If I don't pick up by the third ring he drives to wherever I am. I can't even shower in peace",
    "you broke all my mum's plates on purpose and said next time it'll be something i "
    "care about more",
    "he won't let me sleep till i admit i was flirting. it's been 3 nights",
    "I have to ask permission to see my own sister. He says she fills my head with rubbish.",
    "u keep saying u'll post the pics of me if i break up with u. please dont",
    "i'm not scared of you exactly. i just always plan what to say so you don't go cold for days",
    "You made me sign the loan in my name and now you say I'm stupid for being in debt.",
    "My son-in-law takes Mum's pension card every month and won't let her go out alone.",
    "he put my rabbit outside all night in the frost because I 'answered back'",
    "you cut up my clothes while i was at my mums. the dress from my grad too",
    "he has all my passwords and he changes them when he's angry so i'm locked out of everything",
    "Ich darf nicht allein einkaufen gehen. He says the town is dangerous for me. "
    "I have not been out alone since March.",
    "you said if i go to the hen do you'll tell my boss about my past. so im not going",
    "i'm always the crazy one. he tells everyone i'm unstable so nobody believes me anymore",
]

HARD = [
    # hyperbole and anger without danger
    "im going to kill him if he's late again lol",
    "this job is killing me. actually dying. send snacks",
    "If you eat my leftover curry one more time I will end you 😤",
    "my mum is going to murder me when she sees the carpet",
    "I could strangle the printer at work. Paper jam number six today.",
    "omg i literally died when he said that 💀💀",
    "Honestly I want to throttle whoever parked across our drive.",
    "if the baby doesnt sleep tonight i'm going to scream into a pillow",
    "I'm so mad at my brother I could spit. He forgot Mum's birthday again.",
    "ngl i want to set the group chat on fire rn",
    "One more reply-all from Gareth and I'm walking into the sea. Kidding. Mostly.",
    "kill me now, the in-laws are staying a WEEK",
    # dark humour
    "when i die i want my ashes put in an etch a sketch",
    "if i don't come back from ikea assume the meatballs got me",
    "Put 'she tried' on my gravestone after this tax return.",
    "lol my funeral will just be people arguing about who gets my air fryer",
    "I'd rather die than go to another gender reveal party, haha",
    "rip my bank account, it had a good life 🪦",
    "That meeting could have been an email and now I'm a ghost of my former self 👻",
    "Reading the comments on Mum's Facebook is self harm honestly",
    # sport and games
    "we got absolutely slaughtered 6-0, the keeper should be arrested",
    "Destroyed them at pub quiz. Total massacre. We are unstoppable.",
    "got killed by a level 3 goblin again i want to uninstall",
    "i need to shoot you a quick email about the boiler, remind me",
    "Leg day murdered me. I can't get off the loo.",
    "he choked in the final again. three missed penalties 😩",
    "my character died in the lava and i lost 40 hours of progress 😭 im done",
    "Our squad got wiped in the last circle, I'm heartbroken lol",
    "Boxing class tonight, I'm going to punch the bag till I can't feel my arms.",
    "the spin instructor tried to kill us today, 10/10 would die again",
    "We are going to crush them in the derby. Blood on the pitch.",
    # venting and exhaustion
    "i cant do this week anymore. it's only tuesday",
    "I'm so done with everything today. Going to bed at 8.",
    "I feel like I'm drowning in emails. Bring wine.",
    "Exhausted doesn't cover it. The twins were up at 2, 3 and 5.",
    "honestly im at the end of my rope with this dissertation",
    "I can't take much more of this heat, I'm melting into the sofa",
    "Had the worst day. Cried in the car park. I'm ok now, just need a hug tonight.",
    "i feel like such a failure after that interview. i'll get over it, just sulking",
    "everything is falling apart, the washing machine flooded AND the cat threw up",
    "I give up on the garden. The slugs have won.",
    "Some days I wonder what the point of all this admin is. Anyway, dinner at 7?",
    "I'm dead on my feet. Twelve hour shift and no lunch.",
    "Work is crushing me at the moment but the project ends on Friday, then freedom",
    # grief, sad but safe
    "Miss Dad so much today. It would've been his 70th. Lighting a candle for him tonight.",
    "Grandma's funeral is Thursday. I'm sad but I'm glad I saw her last week.",
    "we buried Pepper in the garden. kids made a little sign. i'm ok, just quiet",
    "Went through Mum's things today. Kept her scarves. Gave her coats to the hospice shop.",
    "it's been a year since the miscarriage. still think about her. can we get a takeaway "
    "and just be together",
    "I feel a bit empty since the divorce papers came, but my counsellor says that's normal.",
    "Dziadek passed in the night. It was peaceful, he was 94. I fly to Kraków Tuesday.",
    "Some days grief hits like a truck. Today's one. I'll be alright after a walk.",
    # safe fights
    "I'm still angry about last night. Can we talk after the kids are in bed?",
    "you really hurt my feelings at the party. not ok. but i want to sort it",
    "I need some space tonight, going to Jess's. Not leaving leaving, just need air.",
    "we always fight about money and im sick of it. can we do a budget sunday?",
    "You slammed the door and it scared the dog. Can we both calm down and try again?",
    "i'm so furious i can't even text properly. give me an hour and i'll call",
    "Maybe we should see a couples counsellor. Not because it's over, because I want it to work.",
    "I hate when you go quiet on me. Just tell me what's wrong, even if it's me.",
    # health and medicine
    "picked up my pills from the chemist, do we need anything else from Boots?",
    "doctor upped my sertraline to 100, feeling more like myself tbh",
    "Blood test at 9 so I can't eat till after. I'll be a monster, sorry in advance.",
    "got my stitches out! the scar is kinda cool ngl",
    "Had a wobble at therapy today but a good one. We talked about my dad. I feel lighter.",
    "Can you pick up Mum's heart tablets on the way, the pharmacy closes at 6.",
    "Cut my finger slicing onions, bled everywhere, it's just a plaster job 🩹",
    "Burnt my arm on the oven tray again. Aloe vera is my best friend.",
    "gave blood today, got a biscuit and a sticker, feel like a hero",
    "my knee is killing me after the hike. ibuprofen and sofa tonight",
    "Been six months off the drink today 🎉 proud of myself",
    "Nurse said my blood pressure's fine now, so the new tablets are working.",
    # dying to see you and affection
    "dying to see you, is it friday yet",
    "I'm dying for a cuppa and a cuddle, hurry home",
    "Can't wait to get my hands on you tonight 😏",
    "I'd die for your lasagne, not even exaggerating",
    "you're stuck with me forever, no escape mwahaha",
    "I miss you so much it hurts. Only 3 more days of this conference.",
    "I'm never letting you go, even when you steal the duvet",
    # trips, pet-care notes and practical passwords
    "Away for the work trip till Sunday. Miso's food is in the cupboard above the fridge, "
    "2 scoops morning and night!",
    "wrote the netflix and wifi passwords on the fridge for your mum while she's staying",
    "Can you look after the plants while I'm in Lisbon? The fern is dramatic, water it "
    "every 2 days.",
    "I'm giving my old guitar to my nephew, he's just started lessons. So cute.",
    "Decluttering the loft, giving loads of my books to the charity shop. Want any first?",
    "The spare key is under the blue pot if you get home before me.",
    "we updated our wills today at the solicitor's, feels very grown up. lunch after?",
    "Paid off the credit card!!! Debt free, celebrating with a kebab",
    "Cancelled my old phone contract, switching to a sim-only deal. Saving £20 a month.",
    "Life insurance renewal came through, I've put it in the blue folder with the mortgage stuff.",
    "the dog is going to doggy daycare thursday, can u drop her off? i've got the dentist",
    "If I don't answer it's because I'm in the cinema, will text you after the film 🎬",
    # cooking accidents and household mishaps
    "set off the smoke alarm making toast, the neighbours think we're arsonists",
    "I nearly took my thumb off with the new mandoline. Still have all fingers, barely.",
    "dropped the knife on my foot, missed my toes, heart attack though",
    "The cake exploded in the oven. It looks like a crime scene in here 🍒",
    "knocked the kettle over, bit of a scald on my hand but cold water sorted it",
    "We're going to have to murder the wasp nest by the shed, call the pest man?",
    "Killed the basil. Again. I'm a plant serial killer.",
    # strict but fair bosses and workplaces
    "my boss checks my timesheets every single day but tbh he's fair, he does it to everyone",
    "New manager is strict about phones on the shop floor. Annoying but she's right.",
    "Boss tore my report apart but his notes are actually good. Bruised ego, that's all.",
    "The head teacher wants lesson plans by 8am every Monday. Brutal but fair.",
    "I'm on a performance plan at work. Scary but doable, I've got 8 weeks.",
    "The chef screamed at all of us tonight but then bought us pizza, classic",
    # caring check-ins and consensual sharing
    "text me when you're home safe, the roads are icy",
    "I turned on location sharing for the hike so you can see where I am, signal's bad up there",
    "Did you take your tablets this morning? Just checking, love you",
    "are u ok? u seemed quiet at dinner. no pressure, i'm here",
    "Let me know when you land, I'll be watching the flight tracker like a hawk",
    "We said we'd share one card for the joint bills, I've moved the rent across, all good",
    "I don't love you going to the festival alone but you're an adult, have fun and drink water!",
    "I put the dog's tracker on her collar, she keeps running off after squirrels",
    "Mum wants us both on the family location app, fine by me if it is by you?",
    "I'd feel better if you messaged when you get to the hotel, just because I worry",
    # protective anger
    "if anyone hurts you i will lose it, just saying",
    "I swear if that guy messages you again I'll have words with him. Calm words. Maybe.",
    "Who made you cry at work? Give me names, I'll write a very strongly worded email.",
    "if your ex turns up at the wedding im hiding his plus one's cake lol",
    "Anyone who bullies our kid will have me to deal with. I'm going to the school Monday.",
    # non-native speaker, everyday
    "I am dead tired, the bus was full of people and my feet are finish",
    "Today I make a big mistake at work, my boss is killing me with the eyes 😅",
    "Ay, this weather is killing me, I need the sun of my country",
    "I think I die if I eat one more potato, your mother cooks too much 😂",
    "Sorry my english, I am very frustrated, the bank lose my papers again",
    # horror, true crime, misc
    "that horror film scared me to death i'm sleeping with the light on",
    "Got tickets for the murder mystery dinner! You're the butler who did it.",
    "Listening to another true crime podcast, don't be alarmed if I lock all the doors 😂",
    "the kids want to be zombies for halloween, need fake blood from the shop",
    "Just saw an ad for knife sharpening at the market, getting the chef's knife done.",
    "tattoo session was brutal, 4 hours of needles, but it's GORGEOUS",
]
