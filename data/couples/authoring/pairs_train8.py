"""Couple cases, batch train8: a blind training batch from a new contributor.

Written fresh, without reading the product's rules or earlier batches, from the field and
label definitions only. 240 (partner message, reply) cases in six voices that earlier
batches did not use, forty each, and each voice sometimes writes the message and sometimes
the reply:

1. a Spanish-English code-switcher ("ay", "mija/mijo", "pues", "qué onda", "otra vez");
2. a primary-school teacher: organised, numbered lists, gentle but worn out;
3. a Texan rancher's spouse: plain words, dry humour, cattle, hay and the well pump;
4. a partner whose messages are voice-to-text transcriptions: run-on, no punctuation,
   homophones ("where the blue dress", "I new you would", "their" for "there");
5. a stoic engineer who writes in short declaratives;
6. a Gen-Z texter: emoji, "💀", "bestie", "not me crying", "ick", lowercase.

Topics run across work, in-laws, chores, money, health, parenting, friends, intimacy,
grief, jealousy, the relationship itself, good news and everyday updates.

The mix is weighted to the blocks that are hardest to recognise:
- 70 replies without a block: 12 where the partner explicitly asks for a suggestion or a
  decision and gets it kindly (seeks="advice"), and many tricky negatives that only look
  like blocks: anger at whoever hurt the partner, "want me to call him?", "take the space
  you need", a gentle "what do you think made her say that?", short warm texts, an
  affectionate "pobrecita" or "💀", a brief similar story that turns back to the partner;
- 170 replies with a block, 30 of them with two: defensiveness 34, hostile_question 34,
  minimizing 33, contempt 33, advice 17, self_focus 17, criticism 16, dismissal 16.
Replies run from one word ("k", "cool") to long paragraphs, with typos, no punctuation,
emoji and a few sent as several short messages in a row. Twelve cases carry earlier
partner turns as context.
"""

from typing import Any

from case_markup import c

TRAIN8: list[Any] = [
    # 1. Spanish-English code-switcher
    c("ay dios, my tía asked AGAIN when we're having babies, right in front of everybody at "
      "the carne asada. quería desaparecer",
      "In front of everyone? I'm sorry, love, that sounds mortifying. No wonder you wanted "
      "to vanish. How are you feeling now that we're home?",
      "EIVX"),
    c("My manager took credit for my slides at the all-hands. Said 'we' the whole time and "
      "then thanked himself.",
      "Qué descarado. Mijo, those were YOUR slides, I watched you build them until midnight. "
      "I'm so mad for you. How did it feel sitting there listening to him?",
      "EVX"),
    c("ok pues I need your opinion. my mom wants us for Nochebuena and your parents want "
      "Christmas Day but that means driving four hours in one night. qué hacemos?",
      "What if we do Nochebuena with your mom, sleep over, and drive out the morning of the "
      "25th? Then nobody's racing down the highway at midnight. Would that work for you?",
      "", seeks="advice"),
    c("just landed. so tired I could cry",
      "ay pobrecita 💛 coming to get you, I'll have caldo on the stove",
      "E"),
    c("The landlord still hasn't fixed the heater. Third week. I'm freezing and I feel "
      "completely ignored.",
      "Three weeks?? Eso no está bien. You have every right to be fed up. Want me to call "
      "him tomorrow, or would you rather I stay out of it?",
      "EV"),
    c("hoy would have been my abuelo's birthday. I keep reaching for my phone to call him",
      "Oh love. Of course you do, he was the one you called for everything. I'm here. Do you "
      "want to tell me about him, or just sit together for a bit?",
      "EIVX"),
    c("Failed my driving test again. The examiner barely looked at me.",
      "Ay, I'm sorry babe. I failed mine twice too and I remember feeling so small "
      "afterwards. How are you feeling about it right now?",
      "EX"),
    c("I got the grant!!!",
      "¡NO MAMES! Babe!!! I knew it. You worked so hard for this, I'm so proud of you. How "
      "do you feel??",
      "EX"),
    c("Should I tell Dani her boyfriend is still on a dating app? I can't decide and it's "
      "eating at me. What would you do?",
      "Ay, that's a heavy thing to hold. If it were me, I'd tell her privately, just what "
      "you saw, no judging, and let her decide what to do with it. I think she'd want to "
      "know. But what's your gut saying?",
      "IX", seeks="advice"),
    c("no quiero hablar right now. I'm still upset about last night and I don't want to say "
      "something I regret",
      "Okay. Take the time you need. I'm not going anywhere, and when you're ready I want to "
      "hear all of it.",
      "E"),
    c("me. on my only free Saturday. otra vez.",
      "Again, on the one day that's yours. That's a lot, and it sounds like it keeps landing "
      "on you. Do you want to go, or do you feel like you have to?",
      "IX",
      context=[
          "mi hermana is moving back in with my parents",
          "and guess who's expected to help carry all her stuff",
      ]),
    c("My dad said I was 'wasting my degree' teaching yoga. He said it like a joke but it "
      "wasn't one.",
      "Ouch. That stings, especially coming from him. What do you think made him say it like "
      "that?",
      "EIX"),
    c("You told your mom about our money problems. I asked you not to.",
      "[defensiveness:She asked me directly and I wasn't going to lie to my own mother, "
      "that's just how we are in my family.]",
      "",
      context=["We agreed to keep the credit card stuff between us until we had a plan."]),
    c("ay, you forgot to pick up the cake for mi prima's shower. I had to explain to "
      "everybody why there was no cake",
      "[defensiveness:I already said sorry like three times. I don't know what else you want "
      "from me.]",
      ""),
    c("I had the worst day, my car died on the freeway and I waited two hours for the tow",
      "[self_focus:Ay, that's nothing, mi carro broke down twice last year and I had to walk "
      "a mile in the rain, remember?]",
      ""),
    c("you laughed when your friend called me 'la dramática' and that really hurt",
      "[defensiveness:That's not what happened. I laughed at something else he said, not at "
      "you.]",
      ""),
    c("I feel like I'm the only one who ever cleans the bathroom.",
      "[defensiveness:Pues I cook every single night and nobody counts that.]",
      ""),
    c("It hurt that you didn't come to my recital.",
      "I'm sorry, mi amor. [defensiveness:But I told you weeks ago I had the double shift, I "
      "can't just skip work.]",
      "E"),
    c("I bought us concert tickets for Saturday!! $200, my treat 😊",
      "[hostile_question:¿Doscientos? Are you serious? Why would you even do that without "
      "asking me?]",
      ""),
    c("mi jefe yelled at me in front of the whole team today y no sé, I just froze",
      "[hostile_question:Why didn't you say anything back?]",
      ""),
    c("I'm scared about the biopsy results tomorrow.",
      "[hostile_question:Ay, why do you always have to think the worst?]",
      ""),
    c("I saw you liked your ex's photo. qué onda with that? no sé, it made me feel some type "
      "of way",
      "[hostile_question:Seriously? You're checking my likes now?]",
      ""),
    c("You didn't text me all night, I was worried sick.",
      "[hostile_question:Qué, am I supposed to report to you every hour?] [defensiveness:I "
      "was at my brother's, my phone died, it happens.]",
      ""),
    c("My best friend didn't invite me to her bachelorette.",
      "[minimizing:Ay, it's just a party, mija. You'll forget about it by next week.]",
      ""),
    c("We lost the house. The other offer was higher.",
      "[minimizing:Diosito has a plan, babe. Everything happens for a reason.]",
      ""),
    c("me siento fatal, I yelled at the kids this morning and I keep replaying it",
      "[self_focus:Same, I snapped at my whole team today, let me tell you what Rogelio did "
      "this time.]",
      ""),
    c("My mom's results came back. It's stage 2.",
      "Ay no, I'm so sorry. [minimizing:Pero at least it's not stage 4, they caught it "
      "early. Todo va a estar bien.]",
      "E"),
    c("I got rejected from the master's program. the one I really really wanted",
      "[minimizing:Could be worse! There's always next year.]",
      ""),
    c("my friend Lupe hasn't talked to me in two weeks and I don't know what I did",
      "[minimizing:She's probably just busy, don't overthink it.] [dismissal:Anyway, what do "
      "you want for dinner?]",
      "",
      context=["Lupe left me on read again.", "that's like the fifth time"]),
    c("I finally organized the garage!! took me all day",
      "[contempt:Wow, a whole garage. Alguien call the newspapers.]",
      ""),
    c("I'm exhausted, I had back-to-back meetings all day.",
      "[contempt:Ay, pobrecito, sitting in a chair all day, must be so hard.]",
      ""),
    c("pues I'm upset that you made plans with your friends on our anniversary weekend",
      "[contempt:Here we go. The telenovela starts.]",
      ""),
    c("Can we talk about how we split the bills? I feel like I'm paying more than my share.",
      "[contempt:Oh, la contadora is here.] [hostile_question:What, you've been keeping a "
      "spreadsheet on me?]",
      ""),
    c("I'm nervous about meeting your parents, qué tal si no les caigo bien",
      "[contempt:lol you're so dramatic 🙄]",
      ""),
    c("I'm so stressed about the presentation tomorrow.",
      "[advice:Pues just practice it tonight in front of the mirror and go to bed early.]",
      ""),
    c("ay, mi suegra criticized my cooking again. said the rice was 'interesting'",
      "Ugh, that's so annoying, I'm sorry. [advice:Next time just tell her to cook it "
      "herself.]",
      "E"),
    c("I feel so lonely since we moved here. I don't know anybody.",
      "[minimizing:It's normal, it takes time.] [advice:You should join a gym or a church "
      "group, that's how you meet people.]",
      ""),
    c("My team lead said my report was sloppy.",
      "[criticism:Well mijo, you did rush it the night before, like you always do.]",
      ""),
    c("you forgot my sister's birthday otra vez. she noticed",
      "[defensiveness:It's your sister, not mine, I can't keep track of everyone.] "
      "[criticism:And you never remind me of anything, you just expect me to know.]",
      ""),
    c("I think I might want to change careers. I've been feeling stuck for months.",
      "[dismissal:Ay, can we talk about this another day? The game's on.]",
      ""),
    # 2. Primary-school teacher
    c("Today's tally: 1) fire drill during reading, 2) Mason bit someone, 3) a parent "
      "emailed the principal about me over a spelling test. I'm so tired I can barely think.",
      "That's a brutal day, and the parent email on top of everything must feel so unfair. "
      "I'm sorry. Want to tell me about the email, or do you just want the couch and some "
      "quiet?",
      "EIX"),
    c("Need a decision from you because my brain is done: a) pizza, b) leftovers, c) cereal. "
      "I cannot choose one more thing today.",
      "Pizza. I'll order it, you put your feet up. Rough one?",
      "X", seeks="advice"),
    c("My brother said I'm 'only' a nurse's aide so I shouldn't complain about being tired.",
      "Only?? I'm honestly cross on your behalf. You're on your feet twelve hours and you "
      "still come home and help with homework. You're allowed to be tired. What did you say "
      "to him?",
      "EVX"),
    c("How do I tell my mom she can't drop by unannounced anymore without hurting her? I "
      "need actual words.",
      "Okay, here's a script I'd try: 1) start with what you love ('I love seeing you'), 2) "
      "the ask ('can you text before you come?'), 3) the reason ('so I can actually be "
      "present with you'). Short and warm. Want to practise it on me?",
      "", seeks="advice"),
    c("Report cards are DONE. All 27. I'm lying on the floor of my classroom.",
      "YES. So proud of you. Stay on the floor, I'm bringing snacks 🍫",
      "E"),
    c("My friend said I've changed since we got together and I don't know what she means.",
      "Oof, that's a confusing thing to hear from a friend. What do you think made her say "
      "that?",
      "IX"),
    c("I need tonight alone. It's not you, it's just been a lot with my dad.",
      "Of course. Take the space you need tonight. I'll leave tea on the counter, and I'm "
      "here tomorrow if you want to talk about your dad.",
      "EV"),
    c("I keep setting out his bowl. Habit. The kids asked where he went and I had to explain "
      "it three times.",
      "Oh, love. You've been holding everyone's grief today, the kids' included, while "
      "carrying your own. That's so much. How are you doing, just you?",
      "EIX",
      context=["We had to put Biscuit down this morning."]),
    c("I got asked to lead the new project!",
      "Amazing! When I got the grade-level lead job I was half thrilled, half terrified. How "
      "are you feeling about it, mostly excited?",
      "EX"),
    c("I feel like we haven't had a real conversation in weeks. Just logistics.",
      "You're right, and I hate it too. It's been pickups, lunches, bills, and not much us. "
      "I miss you. Dinner on the porch tonight, phones inside?",
      "EIV"),
    c("I know we haven't been close lately. I'm not rejecting you, I'm just so touched-out "
      "after 25 kids all day.",
      "Thank you for telling me. That makes sense, being needed by 25 little people all day "
      "would drain anyone. I don't feel rejected. What would feel good for you right now?",
      "IVX"),
    c("the district changed my schedule AGAIN without asking, and now I can't do pickup on "
      "Thursdays",
      "Again, without asking? That's so disrespectful of your time. I'm sorry. Want me to "
      "ask my mom about Thursdays so it's one less thing on your plate?",
      "EV"),
    c("You graded papers through our whole date night.",
      "[defensiveness:I had 54 essays due back Monday. It's not like I wanted to.]",
      ""),
    c("I asked you for three things this morning: 1) trash out, 2) sign the permission slip, "
      "3) call the dentist. None happened.",
      "[defensiveness:I was running late, I did the trash, and the dentist doesn't even open "
      "till nine.]",
      ""),
    c("It still bothers me that you told your colleagues about our fight.",
      "[defensiveness:I already apologised for that on Sunday. I don't know why we're doing "
      "this again.]",
      ""),
    c("You seemed annoyed with me all weekend.",
      "[defensiveness:I wasn't annoyed, I was tired, there's a difference.] "
      "[hostile_question:Do you have any idea what my week looked like?]",
      ""),
    c("I feel like I carry all the mental load. Lunches, forms, birthday gifts, "
      "appointments. I'm tired of being the list.",
      "[defensiveness:I mow, I do the cars, I handle the taxes. My stuff just doesn't count "
      "apparently.]",
      ""),
    c("I want to go back to school for my master's.",
      "[hostile_question:With what time? And who's paying for it?]",
      ""),
    c("the principal put me on a 'support plan.' I'm humiliated.",
      "[hostile_question:What did you do?]",
      ""),
    c("I cried in the car after the parent-teacher conference.",
      "[hostile_question:Why do you let them get to you like that?]",
      ""),
    c("I'm upset you invited your brother to stay for a week without checking with me first.",
      "[hostile_question:So it's my fault now that he got evicted?]",
      "",
      context=[
          "Your brother just texted me 'see you Friday!'",
          "What is happening on Friday?",
      ]),
    c("I think I want to get a tattoo.",
      "[hostile_question:At 41?] [contempt:Sure, and maybe a nose ring to match the midlife "
      "crisis.]",
      ""),
    c("my classroom aide quit and I have to run centres alone with 26 kids until they find "
      "someone. I'm scared I'm going to drown",
      "[minimizing:You'll be fine, you always figure it out! Positive vibes only!]",
      ""),
    c("My grandmother doesn't recognise me anymore.",
      "[minimizing:At least she's still here and comfortable. That's a blessing.]",
      ""),
    c("I didn't get the promotion. They gave it to someone who started after me.",
      "I'm sorry, sweetheart. [minimizing:But honestly, you'll laugh about this in a year, "
      "it's one job.]",
      "E"),
    c("Conferences this week: 27 families, 3 nights, and I'm losing my voice. I'm overwhelmed.",
      "[minimizing:It's three nights, it'll be over before you know it.]",
      ""),
    c("I'm worried about money. The car repair wiped out our savings.",
      "[minimizing:Money comes and goes, don't stress.] [advice:Just make a budget "
      "spreadsheet tonight and we'll be fine.]",
      ""),
    c("I cleaned the kitchen!",
      "[contempt:Gold star. Shall I add it to the sticker chart?]",
      ""),
    c("I'm hurt that you forgot our anniversary.",
      "[contempt:Oh here we go, Mrs. Lesson Plan has a rubric for anniversaries too.]",
      ""),
    c("I'm nervous about my first day at the new job.",
      "[contempt:Aww, does someone need a name tag and a buddy to hold hands with at recess?]",
      ""),
    c("I'd really like you to help with bedtime more. I'm running on empty.",
      "[contempt:Yes, teacher. 🙄]",
      ""),
    c("Spent the whole Saturday at my mom's, I'm wiped.",
      "[contempt:Poor thing, a whole day of being waited on.] [criticism:You always make "
      "visiting your family sound like a chore.]",
      ""),
    c("My friend cancelled on me for the third time. I feel like I'm not a priority to her.",
      "[advice:Here's what you do: 1) stop initiating, 2) wait a week, 3) see if she reaches "
      "out.]",
      ""),
    c("I feel like a bad mom. I missed the spring concert for a staff meeting.",
      "[advice:You need to tell your principal no next time. Set boundaries.]",
      ""),
    c("I'm upset you didn't tell me you'd lost your job until a week later.",
      "[criticism:Because you overreact to everything. I knew you'd make it a huge thing.]",
      ""),
    c("I burned the casserole for your parents' dinner. I feel awful.",
      "[criticism:You should have set a timer. I always tell you to set a timer.]",
      ""),
    c("I've been feeling really low lately, like everything's grey.",
      "[dismissal:Can we talk later? I have 30 reading journals to mark.]",
      ""),
    c("My best friend is moving to Seattle. I'm gutted.",
      "[dismissal:Mm.] [self_focus:Did I tell you Lily's mom complained about me again? You "
      "won't believe what she said this time.]",
      ""),
    c("I finally finished my first half-marathon!",
      "Nice. [self_focus:I ran one in college, under two hours actually, and my knee has "
      "never been the same since.]",
      ""),
    c("I'm anxious about the layoffs at work.",
      "[self_focus:Tell me about it, the district is cutting three positions at my school "
      "and I'm lowest on seniority. I haven't slept in days.]",
      ""),
    # 3. Texan rancher's spouse
    c("Lost two calves in the storm last night. Found 'em by the creek this morning. Just "
      "sat in the truck a while.",
      "Oh hon, I'm so sorry. Finding them like that must have knocked the wind right out of "
      "you. I'm glad you let yourself sit. Want me to come out, or do you need the quiet?",
      "EIX"),
    c("I got the job in Abilene!!",
      "Well I'll be. Guess I'm married to a big shot now. Proud of you, darlin', real proud. "
      "When do you start?",
      "E"),
    c("Should we sell the heifers now or wait for prices to come up? I keep going back and "
      "forth and I need you to just decide with me.",
      "I'd sell half now and hold half. Feed's too high to carry all of 'em through winter, "
      "but I'd hate to dump them all at the bottom of the market. That split sit right with "
      "you?",
      "", seeks="advice"),
    c("The guy at the feed store talked to me like I didn't know what I was buying. Asked if "
      "my husband sent me.",
      "He what? That man's got some nerve. You know more about feed than he ever will. I'm "
      "sorry he treated you that way, that'd make my blood boil too.",
      "EV"),
    c("Your brother borrowed the trailer again and brought it back with a flat. Didn't say "
      "one word. I'm fed up.",
      "That's not right, and you've got every reason to be fed up. Want me to call him, or "
      "would you rather be the one to tell him?",
      "V"),
    c("Long day. Miss you.",
      "Miss you too. Porch light's on.",
      "E"),
    c("I don't want casseroles. I want my daddy back.",
      "I know you do. Nothing anybody brings is gonna fill that. I'm so sorry, darlin'. I'll "
      "handle the casserole folks, you just be his daughter this week.",
      "EIV",
      context=[
          "Daddy's funeral is Saturday.",
          "Everybody keeps asking me what they can bring.",
      ]),
    c("My mother said I'm 'letting myself go' since we moved out here.",
      "That's a mean thing to hear from your own mama. What do you reckon made her say it?",
      "IX"),
    c("Hon, the well pump's making that noise again. Do I call Ray or try and fix it myself? "
      "Don't want to waste the money.",
      "Call Ray. Last time we tried it ourselves it cost us a whole weekend and a part we "
      "didn't need. Worth it for the peace of mind.",
      "", seeks="advice"),
    c("I froze up during my speech at the Rotary lunch. Total blank.",
      "Happened to me at the 4-H banquet back in '09, stood there like a fence post. It's an "
      "awful feeling. You doing okay? Were folks decent about it?",
      "IX"),
    c("Saw you talking with Becky at the rodeo a good long while. I know it's probably "
      "nothing but it stuck with me.",
      "I appreciate you telling me instead of stewing on it. Makes sense that'd stick with "
      "you. I'd a whole lot rather you ask me than wonder. What about it felt off to you?",
      "VX"),
    c("I need a day. I'm not mad at you, I'm just plumb tapped out.",
      "Take it. I'll do the feeding tonight and tomorrow. Holler if you need anything.",
      "E"),
    c("You missed our son's game again for the cattle auction.",
      "[defensiveness:Those cattle pay for his cleats. Somebody's got to run this place.]",
      ""),
    c("It stung when you laughed at my idea to start selling eggs.",
      "[defensiveness:I wasn't laughing at you, I was laughing at the way you put it.]",
      ""),
    c("You told your dad I'm the one who wanted to sell the north pasture.",
      "[defensiveness:That ain't what happened. He asked and I said we'd talked about it. "
      "That's all.]",
      ""),
    c("I'm still sore you left the gate open and we spent all Sunday chasing cows.",
      "[defensiveness:I already said I was sorry. Can't un-open a gate.]",
      ""),
    c("I feel like you never ask about my day.",
      "[defensiveness:I'm out there from five in the morning, I'm beat when I come in.] "
      "[criticism:And if you'd talk at supper instead of scrolling your phone, maybe I'd "
      "know.]",
      ""),
    c("I feel lonely out here. You're gone all day and there's nobody for miles.",
      "[defensiveness:You knew what ranch life was when you married me. I never hid it.]",
      ""),
    c("Doc says my blood pressure's up and I need to cut back on salt. I'm worried.",
      "[hostile_question:What'd you think was gonna happen, eating brisket five days a week?]",
      ""),
    c("I told my sister about our money trouble. I needed somebody to talk to.",
      "[hostile_question:You did what? Why would you go airing our business to her?]",
      ""),
    c("I want us to take a real vacation this year. Somewhere with no cows.",
      "[hostile_question:And who's supposed to feed the cattle while we're gone, the "
      "neighbor's kids?]",
      ""),
    c("I'm scared the drought's going to finish us this year.",
      "[hostile_question:You say that every summer, don't you?] [minimizing:We always pull "
      "through.]",
      ""),
    c("Your mama rearranged my kitchen again while I was at church.",
      "[hostile_question:Is that really worth getting worked up over?]",
      ""),
    c("I didn't place at the county fair. Worked on that quilt all winter.",
      "[minimizing:Aw, it's just a ribbon. The quilt's still warm.]",
      ""),
    c("The bank turned us down for the loan. I feel like a failure.",
      "[minimizing:It's a bank, they turn down everybody. Shake it off.]",
      ""),
    c("My best friend from high school passed. We hadn't talked in years.",
      "Oh no, I'm sorry hon. [minimizing:Well, the Lord calls us all home when it's time, "
      "and y'all weren't close anymore anyhow.]",
      "E"),
    c("the baby's been up every two hours for a week. I'm so tired I put the coffee in the "
      "fridge",
      "[minimizing:They grow out of it. Don't sweat it.]",
      ""),
    c("I tried fixing the fence by myself today. Took me four hours.",
      "[contempt:Well bless your heart. Four hours for one post.]",
      ""),
    c("I'd like you to thank me sometimes. For the books, the meals, the kids. I feel "
      "invisible.",
      "[contempt:Thank you, your majesty. Want a parade down Main Street too?]",
      ""),
    c("I'm thinking of going back to school for nursing.",
      "[contempt:Sure, Florence Nightingale. Right after you finish that scrapbooking class "
      "you started.]",
      ""),
    c("I'm hurt you didn't come to my mama's birthday supper.",
      "[contempt:Here we go again. Somebody fetch the fiddle.]",
      ""),
    c("My back is wrecked from stacking hay all day.",
      "[contempt:Poor baby.] [self_focus:I stacked four hundred bales last week with a bum "
      "shoulder and didn't say a word about it.]",
      ""),
    c("I've been thinking about us. We don't laugh like we used to and it scares me some.",
      "[contempt:Oh Lord, you been watching Dr. Phil again?] [dismissal:I got calves to "
      "check.]",
      "",
      context=["You got a minute tonight?"]),
    c("My boss keeps scheduling me for Sundays even though I asked for them off.",
      "[advice:Just quit. Plenty of places hiring in town.]",
      ""),
    c("Feeling low. Missing my folks back in Amarillo.",
      "[advice:Call 'em up then. Or drive up this weekend.]",
      ""),
    c("The kids won't listen to me, it's chaos every morning before the bus.",
      "[criticism:You're too soft on 'em, that's the problem.] [advice:Take the phones away "
      "and they'll listen.]",
      ""),
    c("Forgot the tractor payment. Late fee. I feel stupid.",
      "[criticism:You always leave things to the last minute.]",
      ""),
    c("I keep having nightmares about the accident.",
      "[dismissal:Hm. Anyway, did you call the vet about the mare?]",
      ""),
    c("I got to say something. It bothers me you spend every Friday night at the VFW.",
      "[dismissal:Not tonight.]",
      ""),
    c("Finally got my GED results back. Passed!",
      "Good. [self_focus:I never finished mine, you know. Always figured I'd go back. Lord "
      "knows I'm smarter than half them fellas at the co-op.]",
      ""),
    # 4. Voice-to-text transcriptions
    c("hey so I'm sitting in the parking lot at the hospital and they said mom has to stay "
      "another night for observation and I just don't know I'm so tired and I haven't eaten "
      "and I'm trying to hold it together for my brother",
      "Oh love, that's so much to hold at once, your mom, your brother, and you running on "
      "empty. I'm so sorry. Can I bring you food there? How are you doing, really?",
      "EIX"),
    c("OK question do you think I should where the blue dress or the black one to the "
      "wedding I need an answer I'm leaving in 10 minutes",
      "The blue one. You light up in it. Have fun!",
      "", seeks="advice"),
    c("so the guy at the dealership basically called me stupid in front of everyone said I "
      "didn't know what a lease was and laughed like it was a joke I'm so embarrassed",
      "What a jerk. He had no right to talk down to you like that, and in front of people "
      "too. No wonder you're embarrassed. Are you okay?",
      "EVX"),
    c("I passed my boards!!!",
      "oh my gosh babe I new you would I'm so proud of you were celebrating tonight no "
      "arguments",
      "E"),
    c("My coworker got the promotion I was going for. I'm trying to be happy for her but I'm "
      "just deflated.",
      "ugh that's so hard I had that happen with the Henderson account remember and I felt "
      "invisible for like a week so I get it a little but how are you feeling about it like "
      "right now",
      "EIX"),
    c("I need a little time to cool off before we talk about this.",
      "OK that's fair take all the time you need I'll be hear when your ready and I love you",
      "EV"),
    c("My sister still hasn't paid back the $800. I feel used and I don't know how to bring "
      "it up.",
      "that's not OK she new you were counting on that money and you have every rite to feel "
      "used do you want me to be there when you talk to her",
      "IV"),
    c("Do you think I should go to the doctor about this cough or wait it out? It's been two "
      "weeks.",
      "two weeks is long enough I'd go I can drive you tomorrow morning if you want I'm a "
      "little worried about you",
      "E", seeks="advice"),
    c("my dad said something so weird at dinner he said I'm turning into my mother and then "
      "just left the table and I don't know if that's good or bad and I can't stop thinking "
      "about it",
      "That's such a strange thing to leave hanging, I'd be turning it over too. What do you "
      "think made him say it?",
      "IVX"),
    c("I don't know how to say this without it coming out wrong but I miss when we used to "
      "kiss hello like actually kiss not a peck I miss feeling wanted",
      "I'm really glad you said it, and it didn't come out wrong. I miss that too. Feeling "
      "wanted matters, and I want you to feel it. Come here?",
      "EIV"),
    c("she didn't make it through the surgery I wasn't even their I was at work",
      "Oh no. Oh love, I'm so sorry. Being at work doesn't change how much Pepper knew she "
      "was loved, every single day. I'm coming home right now.",
      "EI",
      context=["the vet called", "it's about Pepper"]),
    c("just got done with the groceries and I forgot the milk again of course and the cart "
      "had that one wheel and I almost cried in the cereal aisle not really but kind of",
      "The wobbly-wheel cart AND no milk, that's a cursed trip 😩 I'll grab milk on my way "
      "home. Sit down, you earned it.",
      "EI"),
    c("You forgot to pick me up from the airport. I waited an hour.",
      "[defensiveness:I told you my phone was on do not disturb and I didn't see the text "
      "till late it's not like I did it on purpose]",
      ""),
    c("I felt really hurt when you joked about my weight in front of your friends I didn't "
      "say anything then but I'm saying it now",
      "[defensiveness:It was a joke. Everybody was joking. I wasn't singling you out.]",
      ""),
    c("You've been on your phone every night this week.",
      "[defensiveness:and you've been on your laptop every night so I don't know what to "
      "tell you]",
      ""),
    c("I'm upset you didn't tell me your ex was going to be at the party.",
      "[defensiveness:I didn't know she was coming either] [hostile_question:are you really "
      "going to make this a thing]",
      ""),
    c("you told my mom I'm lazy I heard you on the phone",
      "[defensiveness:That's not what I said. I said you've been tired lately. Totally "
      "different.]",
      ""),
    c("I got a speeding ticket on the way to work and now I'm late and my hole day is ruined",
      "[hostile_question:Again? How fast were you even going this time?]",
      ""),
    c("I don't feel like going to your parents' this weekend. I need a break.",
      "[hostile_question:are you serious right now we planned this a month ago]",
      ""),
    c("I feel like you don't find me attractive anymore",
      "[hostile_question:Where on earth is this coming from now? What did I do this time?]",
      ""),
    c("I spent too much at target again I feel so guilty I know we said we'd be careful",
      "[hostile_question:How much this time?] [criticism:You say that every single month.]",
      ""),
    c("I told my boss I'm pregnant and he looked disappointed.",
      "[hostile_question:why would you tell him already were not even out of the first "
      "trimester]",
      ""),
    c("my best friend just told me she's moving to London and I know I should be happy for "
      "her but it feels like losing her",
      "[minimizing:London's not that far, there's FaceTime. You'll barely notice.]",
      ""),
    c("My anxiety's been really bad this week. I can't shut my brain off.",
      "[minimizing:just don't think about it so much you're overthinking everything babe]",
      ""),
    c("the mechanic said the transmission is gone it's going to be like three grand and we "
      "just paid the vet bill I'm freaking out",
      "[minimizing:Everything happens for a reason. Money's just money.]",
      ""),
    c("I got laid off today.",
      "oh no babe I'm so sorry [minimizing:but honestly this is a blessing in disguise you "
      "hated that place anyway]",
      "E"),
    c("I feel like my family only calls when they need something.",
      "[minimizing:eh that's just families] [dismissal:anyway did you see the game last night]",
      ""),
    c("I had a panic attack in the grocery store today in the checkout line and people were "
      "staring I felt so stupid",
      "[minimizing:It happens to lots of people, it's no big deal. Nobody even remembers.]",
      ""),
    c("I made dinner from scratch tonight the whole thing even the sauce",
      "[contempt:Wow. A sauce. Somebody alert the Food Network.]",
      ""),
    c("I'm nervous about my first therapy appointment tomorrow.",
      "[contempt:lol ok mr feelings]",
      ""),
    c("can we talk about the chores thing I feel like I'm doing most of it and I'm getting "
      "resentful",
      "[contempt:Here we go, the chore chart speech. Let me get popcorn.]",
      ""),
    c("I think my boss is going to put me on a performance plan.",
      "[contempt:oh no poor you having to actually work for once] [self_focus:I've been on "
      "three of those and nobody felt bad for me]",
      ""),
    c("I'm really hurt you didn't say happy birthday until like 4 pm",
      "[contempt:Oh no, a whole four hours. How did you survive.]",
      ""),
    c("My sister and I had a big fight and now she's not answering.",
      "[advice:you should text her first and just apologise even if it wasn't your fault]",
      ""),
    c("I'm so tired of my commute it's like 2 hours every day and I get home and I'm useless",
      "[advice:You should move closer or ask to work from home two days a week.]",
      ""),
    c("I locked my keys in the car again. Waiting on the locksmith.",
      "[criticism:again?? you never pay attention to anything babe]",
      ""),
    c("I feel bad about snapping at you last night I was just so overwhelmed with work",
      "[criticism:You always take work out on me.]",
      ""),
    c("so I talked to my mom today and she said some stuff about us getting married to fast "
      "and it kind of got in my head and I don't know",
      "[dismissal:k]",
      "",
      context=["ok so weird day"]),
    c("I've been feeling kind of disconnected from my friends lately.",
      "[dismissal:hmm yeah] [self_focus:me and Jake are going fishing Saturday btw, first "
      "time in like a year, I'm so pumped]",
      ""),
    c("I'm proud of myself, I finally said no to extra shifts.",
      "[self_focus:that's good I wish I could do that but my manager would never let me I've "
      "worked six Saturdays in a row and I'm so done]",
      ""),
    # 5. Stoic engineer
    c("Project cancelled. Eight months of work. Told this morning.",
      "Eight months, gone in one meeting. That's a real loss, and I'm so sorry. How are you "
      "taking it?",
      "EIX"),
    c("I'm having a really rough day and I don't even know why.",
      "I'm here. You don't need a reason. Company or quiet?",
      "EV"),
    c("Two offers. A pays 15% more. B has the better team. Need your input by tonight.",
      "I'd take B. You were miserable on a bad team before, and the money gap isn't "
      "life-changing. But you know the teams better. Which way are you leaning?",
      "", seeks="advice"),
    c("My professor called my thesis idea 'cute' in front of the whole seminar.",
      "That was condescending. You did not deserve it. I'm angry on your behalf. How did you "
      "respond?",
      "EVX"),
    c("The contractor left the bathroom half torn up and isn't returning calls. I'm at my "
      "limit.",
      "That's unacceptable. You're right to be at your limit. I can call him from work "
      "tomorrow. Want me to?",
      "V"),
    c("I can't talk about the miscarriage right now. Maybe not for a while.",
      "Okay. Take the time you need. I'm grieving too, and I'll be right here whenever you "
      "want to talk. Or not talk.",
      "E"),
    c("My brother said I only call when I need something. That's not true. Is it?",
      "That hurt. I can tell. What do you think made him say it?",
      "IX"),
    c("What should I tell my mom about why we're not coming for Thanksgiving? I don't want "
      "to hurt her.",
      "Tell her the truth, kindly. We need a quiet year. We'll visit in December. Offer a "
      "date. She'll take it better with a plan.",
      "", seeks="advice"),
    c("Dad's been gone a year today. Fine mostly. Went to the garage. His tools are still "
      "there.",
      "A year. And his tools still there, waiting. Walking in must have hit hard. I'm sorry, "
      "love. Want to sit out in the garage together tonight?",
      "EI"),
    c("Patent approved.",
      "WHAT. That's huge!! I'm so proud of you. How does it feel after all that waiting?",
      "EX"),
    c("First week at the new job. Everyone already knows each other. I feel like the odd one "
      "out.",
      "I felt that at my first job. Lunches were the worst. It's lonely. How has this week "
      "felt for you?",
      "IX"),
    c("You didn't say anything when your mom criticised my cooking.",
      "[defensiveness:I didn't hear her say anything critical. I was watching the game.]",
      ""),
    c("Noticed you took money from savings. Didn't tell me.",
      "[defensiveness:It was for your birthday present. I was trying to do something nice.]",
      ""),
    c("You promised you'd come to my work party and then bailed last minute.",
      "[defensiveness:Deployment failed. Servers were down. I had no choice.]",
      ""),
    c("I'm still upset about what you said in the car.",
      "[defensiveness:I apologised. Twice. Not sure what else there is.]",
      ""),
    c("I feel like you don't really listen when I talk about my day.",
      "[defensiveness:I listen. I just don't comment on everything.] [dismissal:Can we drop "
      "it.]",
      "",
      context=["Tried to tell you about the meeting at dinner.", "You just nodded."]),
    c("Said I'd handle the taxes. You did them anyway. Felt undermined.",
      "[defensiveness:You were taking forever and the deadline was Friday, I was just trying "
      "to help!]",
      ""),
    c("I want to redo the kitchen, it's so dark in there.",
      "[hostile_question:With what money?]",
      ""),
    c("Your friend was flirting with me at the barbecue and it made me uncomfortable.",
      "[hostile_question:Dave? Are you serious?]",
      ""),
    c("I crashed the car. Nobody's hurt but the bumper's wrecked.",
      "[hostile_question:How?] [criticism:You were on your phone again.]",
      ""),
    c("Rejected for the lead role. Third time.",
      "[self_focus:I know how that goes. I was passed over four times before I got mine. Let "
      "me tell you about the last one.]",
      ""),
    c("I'm not feeling up for sex tonight.",
      "[hostile_question:Again? What's the reason this time?]",
      ""),
    c("My dog is really sick and the vet doesn't know what's wrong.",
      "[minimizing:Dogs get sick. He'll be fine.]",
      ""),
    c("Layoffs announced. My team's on the list. Probably me.",
      "[minimizing:Don't stress! Think positive, the universe has a plan for you ✨]",
      ""),
    c("I'm scared about my mammogram callback.",
      "[minimizing:Callbacks are common. Statistically it's almost always nothing. No point "
      "worrying.]",
      ""),
    c("I feel like I'm failing at everything. Work, home, all of it.",
      "[minimizing:You're not failing. You're overthinking.] [advice:Make a list. "
      "Prioritize. Execute.]",
      ""),
    c("Mom's in the hospital again. Heart. Stable, they say.",
      "[minimizing:Stable is good! Look on the bright side, she's in the best place she "
      "could be.]",
      ""),
    c("My best friend didn't show up to my birthday and didn't even text.",
      "That's disappointing. [minimizing:But it's one birthday. You'll have others.]",
      "I"),
    c("I finally went to the gym today!",
      "[contempt:Once. Incredible. Alert the press.]",
      ""),
    c("Feel ignored. You were on the phone with your sister for two hours.",
      "[contempt:Oh no, Mr. Robot has feelings now?]",
      ""),
    c("I'm upset you forgot to call me on your lunch break like you said you would.",
      "[contempt:Sure. Let me log a ticket. Severity one.]",
      ""),
    c("I think we should see a couples therapist.",
      "[contempt:Great. Pay someone to tell us to use I-statements.] [hostile_question:Since "
      "when do you believe in that stuff?]",
      ""),
    c("I cried at the end of the movie, don't laugh.",
      "[contempt:Of course you did. You cry at dog food commercials. Pathetic.]",
      ""),
    c("I'm nervous about the speech at my sister's wedding.",
      "[advice:Write it out. Rehearse it five times. Time it. Done.]",
      ""),
    c("Your mom keeps sending me articles about weight loss. It makes me feel awful.",
      "[advice:Block her emails.]",
      ""),
    c("I forgot to pay the electric bill and they added a late fee. I feel dumb.",
      "[criticism:You should have set up autopay like I told you.]",
      ""),
    c("I keep thinking about my old friend who stopped talking to me. It still hurts.",
      "[self_focus:I lost touch with all my college friends. Never think about it.] "
      "[dismissal:Anyway. Did you order the furnace filters?]",
      ""),
    c("Can I tell you about the weird dream I had? It kind of shook me.",
      "[dismissal:Later. Busy.]",
      ""),
    c("I got a B on the exam, I'm honestly relieved.",
      "[self_focus:I got an A in that course. The curve was easy back then.]",
      ""),
    c("I'm exhausted. The baby was up all night.",
      "[self_focus:Me too. Had a 6 a.m. standup and a prod incident. Slept three hours.]",
      ""),
    # 6. Gen-Z texter
    c("not me crying in the target parking lot bc my manager said my work was 'fine' 😭 like "
      "FINE??",
      "Oh no, after how hard you've been working, 'fine' must have felt like a slap. I'm "
      "sorry. Want me to come sit in the car with you?",
      "EI"),
    c("I walked into the glass door at the office in front of the new VP.",
      "NOOO 💀\nbabe are u ok??\ndid u hurt ur face\nthat's so embarrassing im sorry 🥺",
      "EIX"),
    c("should i text my friend back after she ghosted me for 3 weeks or let it go? genuinely "
      "need ur take",
      "ok honestly i'd text her once, smth like 'hey i missed u, everything ok?' and see "
      "what she says. if she's weird then u have ur answer. but being hurt by the ghosting "
      "is so valid fr",
      "V", seeks="advice"),
    c("bestie help 😭 what do i get ur mom for her birthday i have $40 and zero ideas",
      "She's been talking nonstop about that lavender hand cream from the farmers market. "
      "Get that plus a card, she'll cry. You're sweet for worrying about it.",
      "", seeks="advice"),
    c("My coworker said my accent makes me hard to take seriously.",
      "excuse me??? that is so not ok, who does she think she is 😤 ur accent is literally "
      "perfect and ur smarter than her. how are u feeling rn?",
      "EVX"),
    c("I finally told my dad I'm proud of how far he's come since rehab. He hugged me for "
      "like a full minute.",
      "not me crying at my desk 😭😭 that's so beautiful. how did it feel to finally say it?",
      "EX"),
    c("my landlord keeps texting me at 11pm about random stuff and it's giving weird ngl 😬",
      "That's not okay, and your gut is right to flag it. Want me to answer him next time? "
      "Or we can figure out what to say together.",
      "V"),
    c("I need a night to myself. Nothing's wrong, I'm just peopled out.",
      "totally get it 🫶 take the space u need, text me whenever or don't, ily",
      "EV"),
    c("my mom said i'm 'too much' today and idk it's living in my head rent free 🙃",
      "That would stick with me too, especially coming from your mom. I'm sorry. What do you "
      "think made her say it?",
      "EVX"),
    c("home in 10",
      "yay 🥹 missed u",
      "E"),
    c("I think my best friend and I are drifting apart and it makes me so sad.",
      "ugh that's the worst feeling. same thing happened w me and maya in college and it "
      "lowkey broke my heart. what's been making it feel like ur drifting?",
      "EIX"),
    c("You left me on read for 5 hours and then posted a story. That hurt.",
      "[defensiveness:i literally posted that from earlier it wasn't even live 💀 i was busy]",
      ""),
    c("ngl it kinda hurt that u didn't hype me up when i got the internship 😕",
      "[defensiveness:I did! I said congrats at dinner. I'm not going to post about it "
      "everywhere.]",
      ""),
    c("You called me boring in front of Jess.",
      "[defensiveness:that's not what happened i said the PARTY was boring not u]",
      ""),
    c("I feel like you spend more time with your friends than with me.",
      "[defensiveness:i literally saw u 4 days this week] [hostile_question:like what more "
      "do u want?? 😭]",
      "",
      context=["so u went to trivia again?", "that's 3 times this week"]),
    c("u forgot our 6 month 🙃",
      "[defensiveness:I didn't forget, I just didn't think we were doing months anymore. We "
      "never agreed on that.]",
      ""),
    c("I'm thinking about dropping out of my bootcamp. It's too much.",
      "[hostile_question:wait what?? after we spent all that money??]",
      ""),
    c("i saw u liked sarah's thirst trap 😐 kinda gave me the ick tbh",
      "[hostile_question:So I can't like pictures now? Are you serious?]",
      ""),
    c("My therapist thinks I might have ADHD.",
      "[hostile_question:wait doesn't literally everyone think they have adhd now?]",
      ""),
    c("i feel so behind everyone my age. no job no apartment 😞",
      "[hostile_question:ok but have u actually applied to anything this month?] "
      "[criticism:u spend all day on tiktok tbh]",
      ""),
    c("I'm upset you told your mom I'm struggling with money.",
      "[hostile_question:so i can't talk to my own mom now??]",
      ""),
    c("babe the doctor said i need more tests and i'm lowkey freaking out 😭",
      "[self_focus:Ugh, doctors. I had to redo bloodwork three times last year, remember? "
      "Worst month of my life.]",
      ""),
    c("failed my driving test AGAIN 💀 at this point i'm a professional failure",
      "[minimizing:lol it's literally just a test u'll laugh about this in a week]",
      ""),
    c("My grandpa's in hospice.",
      "[minimizing:omg ok but he lived a long life tho 🙏 everything happens for a reason]",
      ""),
    c("i'm so anxious about the group project, nobody's doing anything and it's due friday "
      "and i'm gonna be the one carrying it again",
      "[minimizing:Don't stress, good vibes only! It'll work out.]",
      ""),
    c("I got into a fight with my sister and she said I'm selfish.",
      "aw babe 🥺 [minimizing:siblings say stuff like that all the time it'll blow over]",
      "E"),
    c("feeling rly lonely lately idk everyone's busy 😔",
      "[minimizing:That's just your early twenties, everybody feels that.] [advice:Download "
      "Bumble BFF and put yourself out there.]",
      ""),
    c("I made a budget spreadsheet for us!",
      "[contempt:omg look at u, little miss excel 🙄]",
      ""),
    c("can we talk abt how u always pick the restaurant? i never get a say 😕",
      "[contempt:here we go. the restaurant trauma.]",
      ""),
    c("I'm nervous about my first day of work tomorrow.",
      "[contempt:awww is the baby scared 🥺 so cute]",
      ""),
    c("i'm so proud of myself i meal prepped for the whole week 🥗",
      "[contempt:Congrats on doing what adults do.]",
      ""),
    c("I've been so stressed with finals.",
      "[contempt:oh poor u, 4 exams]\n[self_focus:i have SIX plus my shifts plus my sister's "
      "drama, i'm actually losing it]",
      ""),
    c("It hurts when you make jokes about my family.",
      "[contempt:ok boomer 💀 it's called humor]",
      ""),
    c("My roommate keeps eating my food and I'm so annoyed.",
      "[advice:just label everything or get a mini fridge for ur room fr]",
      ""),
    c("my boss yelled at me in front of everyone today and i went to the bathroom and cried 😭",
      "[advice:You need to go to HR tomorrow. Document everything.]",
      ""),
    c("I overdrafted my account again.",
      "[criticism:babe u literally have no self control with money]",
      ""),
    c("i feel like u don't find me funny anymore 😕",
      "[criticism:Maybe because you keep doing the same bits.]",
      ""),
    c("I've been thinking a lot about my mom lately. I miss her.",
      "[dismissal:mhm. wait did u see what taylor posted 😭]",
      ""),
    c("ok i need to say smth. it bothered me that u didn't invite me to hang w ur friends "
      "saturday",
      "[dismissal:Can we not do this over text.]",
      "",
      context=["hey", "u up?"]),
    c("I got the apartment!!! 🏠",
      "[dismissal:cool]\n[self_focus:i got a new phone today btw, the camera is insane 📸]",
      ""),
]
