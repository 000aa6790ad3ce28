"""Batch heldout6: 200 blind held-out couple cases, in five voices not used before.

The voices, forty cases each, mixed between the one who writes the message and the one
who replies: a Jamaican/Caribbean English texter (light patois: "mi", "yuh", "likkle"),
a Canadian hockey parent (early ice, the minivan, Tim's, "eh"), a German partner writing
direct English ("I must say honestly", "since three weeks"), a line cook and sous chef on
late shifts (lowercase, 2am, "in the weeds", "covers"), and a lawyer who argues by habit
("for the record", "objection", "stipulated"). Couples are married, dating, long-distance
and same-sex; topics run across work, in-laws, chores, money, health, parenting, friends,
intimacy, grief, jealousy, the relationship itself, good news and everyday updates.

About three in eight replies carry no block (warmth, naming the feeling, validation,
curious questions, offers of concrete help, and advice to a partner who asked for it);
the rest carry one or two blocks of the eight kinds, some plain and some behind warmth.
The batch is held out: it is for measurement, never for training or for tuning rules.

Written blind, for measurement only. Synthetic, authored by the empathos project.
"""

from typing import Any

from case_markup import c

HELDOUT6: list[Any] = [
    # --- Voice 1: Jamaican/Caribbean English texter ---
    c("Babes mi just reach home from the clinic. Dem say mi pressure high again an mi only 38. "
      "Mi frighten, for real.",
      "Oh love, that's a frightening thing to hear by yourself. I'm so sorry I wasn't there. "
      "How are you feeling right now, and what did the doctor say comes next?",
      "EIX"),
    c("My mother called AGAIN asking when we're giving her grandchildren. Every single Sunday. "
      "I'm so tired of defending us.",
      "[minimizing:Cho, she just old-time, nuh badda tek it to heart.] "
      "[dismissal:Anyway, wah we a eat tonight?]",
      ""),
    c("I got the job!!! The one at the hotel in Montego Bay. They called me twenty minutes ago.",
      "WHAT! Babes mi so proud a yuh, yuh work hard fi dis! 🎉 How yuh feel? "
      "Tell mi everyting dem seh.",
      "EX"),
    c("Mi feel like mi a do all the washing an cooking by myself dis week. Mi tired, babes.",
      "[defensiveness:I cooked Tuesday though, and I did the bins. "
      "It's not like I'm doing nothing.]",
      ""),
    c("Grandma passed this morning. I can't stop crying. She raised me.",
      "Oh mi love. Mi so sorry. She was yuh whole world growing up, mi know how much she mean to "
      "yuh. Mi leaving work now. Yuh nuh haffi be alone wid dis.",
      "EI"),
    c("Yuh see how yuh cousin talk to mi at the party? Like mi a nobody. Mi vex still.",
      "[contempt:Lol here we go, every party is a whole drama with you.]",
      ""),
    c("Work is crushing me. Three people quit and I'm covering all their shifts. "
      "I haven't had a day off in two weeks.",
      "Two weeks straight? Babes, dat a too much fi one person. No wonder yuh drained. "
      "Mi can do the groceries an cook this weekend so yuh can just rest, yeah? ❤️",
      "EIV"),
    c("Mi and Keisha have a big falling out. Twenty years we been friends and she just block mi.",
      "[self_focus:Ugh, that's like me and Danny last year, remember? I didn't talk to him for "
      "months and honestly I was way more cut up than you are.]",
      ""),
    c("Can you help me figure out how to tell my boss I need Fridays off for my mum's dialysis? "
      "I keep rehearsing and it comes out wrong.",
      "Yes man. Mi would keep it short: tell him yuh mother need dialysis Fridays, yuh want fi "
      "keep doing good work, an ask if yuh can make up di hours Saturday. Want fi practise it on "
      "mi tonight? An mi sorry yuh carrying dis, love.",
      "E", seeks="advice"),
    c("Mi period pain bad today, mi cyaan even get off di couch.",
      "[hostile_question:Again? Didn't you just have this like two weeks ago?]",
      ""),
    c("I miss you so much. This long distance thing is harder than I thought. "
      "Kingston feels like another planet from here.",
      "Mi miss yuh too, every day. It hard fi true, di likkle things, like not hearing yuh laugh "
      "in di kitchen. What part hardest fi yuh right now?",
      "EIX"),
    c("Mi feel like yuh friends dem don't like mi. Dem always talk to yuh an just ignore mi.",
      "Aw babe. [minimizing:Yuh reading too much into it, dem stay so wid everybody.]",
      "E"),
    c("I bombed the presentation. My voice was shaking and my manager looked at his phone "
      "the whole time.",
      "[advice:Next time just practise it in front a di mirror a few more times an find one "
      "friendly face fi look at.]",
      ""),
    c("Babes, mi did a likkle crying in the car today. Nothing wrong, just... missing home "
      "and Mammy cooking.",
      "Aw love. That homesick feeling can come out of nowhere, and of course you'd miss her "
      "cooking, it's home on a plate. Want to video call her tonight together? "
      "I'll try the curry goat Saturday.",
      "EIV"),
    c("My ex texted me happy birthday. I didn't reply but it rattled me.",
      "[hostile_question:Why him still have yuh number? Yuh keeping contact or wah?]",
      ""),
    c("Mi nuh waan talk bout it right now but mi day was rough.",
      "Okay, no pressure. I'm here whenever you're ready, and I'll put the kettle on. ❤️",
      "E", needs=["space"]),
    c("I think I'm getting laid off. They moved my whole team to a new 'project' and nobody "
      "will tell us what it is.",
      "[minimizing:Whatever God have fi yuh, nobody can tek it. If dem let yuh go, it mean "
      "something better a come, so nuh fret yuhself.]",
      ""),
    c("Yuh forget mi birthday dinner reservation. Mi sit dere alone an call yuh three times.",
      "[defensiveness:I didn't forget, you never put it in the shared calendar!] "
      "[hostile_question:How was I supposed to know?]",
      ""),
    c("Our son got sent home from school for fighting. I feel like I'm failing him.",
      "Babes, yuh nuh failing him. Yuh di one who sit up wid him every night wid homework. "
      "Any parent woulda feel so when dem pickney in trouble. Mi sorry, love. "
      "Yuh know why him fight?",
      "EVX"),
    c("Mi boss seh mi promotion go to di new guy. Mi train him myself!",
      "[criticism:Well you never really pushed for it though. You always wait for people to "
      "notice you.]",
      ""),
    c("Bills came today. We're short again this month and I'm scared to even look at the "
      "account.",
      "[dismissal:Mi cyaan deal wid money talk tonight, mi tired.]",
      ""),
    c("Mi sister getting married an she never ask mi fi be bridesmaid. Mi feel so small.",
      "Oh love, that stings, especially with how close you two were growing up. It makes sense "
      "you feel left out. Has she said anything to you about it?",
      "EIVX"),
    c("I finally ran the whole 5k without stopping!!",
      "Oh yeah? [self_focus:Mi did a 10k Saturday an never even tired. Mi thinking bout doing di "
      "half marathon next.]",
      ""),
    c("Babes, yuh can tell mi honest: yuh think mi should take di job in Toronto or stay near "
      "family? Mi cyaan decide an it a eat mi up.",
      "Honestly? I think you'd regret not trying Toronto, and your family will still be your "
      "family. But it's your call and I'm behind you either way. What's pulling at you most?",
      "EX", seeks="advice"),
    c("I keep thinking you're texting someone else. You smile at your phone and then put it "
      "face down.",
      "[contempt:Lawd, Inspector Gadget again.] "
      "[hostile_question:Yuh nuh have nutten better fi do than watch mi phone?]",
      ""),
    c("Mi nuh feel pretty anymore since di baby. Mi body different.",
      "You are beautiful to me, and I mean that. But I also hear that you're not feeling like "
      "yourself, and that's real after everything your body did. Do you want to talk about what "
      "feels hardest?",
      "EIVX", needs=["touch", "reassurance"]),
    c("I told you I needed you at the appointment and you went to the match instead.",
      "[defensiveness:Mi did ask yuh if it was alright an yuh seh fine!] "
      "[dismissal:Mi nah go argue bout dis.]",
      ""),
    c("Mi chest a hurt likkle bit since morning, probably nothing.",
      "I don't like the sound of that, love, and I'd rather be safe with you. I'm coming to get "
      "you now and we'll go to urgent care together, okay? Fifteen minutes.",
      "E"),
    c("My dad said I was a disappointment at dinner. In front of everyone.",
      "In front of everybody? Babes, that's cruel, and yuh never deserve it. No wonder yuh so "
      "quiet in di car. How yuh holding up?",
      "EIVX"),
    c("Work a mash mi up. Boss add two more accounts an mi already drowning.",
      "[advice:Just tell him no. Yuh need fi put yuh foot down, seriously.]",
      ""),
    c("I'm feeling really low today. No reason, just heavy.",
      "[minimizing:Cheer up man, tomorrow a nex day!]",
      ""),
    c("Mi get di nursing license! Four years, babes! FOUR!",
      "BABES!!! Mi knew it! Four years of night study an tears an look at yuh now. "
      "Mi so proud mi could cry 😭🎉",
      "EI"),
    c("I overheard your sister say I'm 'not good enough for you'. I can't shake it.",
      "That's hurtful, and you had every right to feel hurt hearing it. She's wrong, and I'll "
      "talk to her. What did you hear exactly?",
      "EVX"),
    c("Why yuh never text back? Mi did worried.",
      "[defensiveness:I was at work, I can't just drop everything to text back.]",
      ""),
    c("Our dog died this morning. I keep looking at her bowl.",
      "[minimizing:She was old, babes, she had a good run. Least she nuh suffer.]",
      ""),
    c("Mi cyaan sleep. Mi keep thinking bout di money fi Mammy surgery.",
      "[contempt:You and your 2am money panic again 🙄]",
      ""),
    c("Can you tell me what time the flight lands? I need to know when to leave for the "
      "airport.",
      "Lands 6:40 evening, terminal 2. Leave by 5:45 wid di traffic. Tanks fi coming fi mi, "
      "love ❤️",
      "E", seeks="advice"),
    c("Mi feel like we just roommates lately. No touching, no nothing.",
      "[hostile_question:So it's my fault now?] "
      "[criticism:You're the one always on your phone in bed.]",
      ""),
    c("I had a really nice day today actually. Lunch with my sister, long walk, felt like "
      "myself again.",
      "Aww that make mi heart happy fi hear. Yuh deserve days like dat. What was di best part?",
      "EX"),
    c("Mi vex wid yuh. Yuh tell yuh mother bout our money problem an she call mi fi lecture.",
      "You're right, that was private and I shouldn't have told her. I'm sorry she came at you. "
      "I get why you're angry. Can we talk tonight about what I say to her going forward?",
      "EV"),

    # --- Voice 2: Canadian hockey parent ---
    c("Up at 4:45 for Ethan's practice again, the rink coffee tastes like a hockey sock and "
      "I'm running on fumes. Sorry, just whining.",
      "Oh hon, don't apologize, you're allowed to whine at 4:45am. You've done the early ice "
      "all month, no wonder you're wrecked. I'll take Thursday's, okay?",
      "EIV"),
    c("Your mom commented on my weight again at Thanksgiving. I smiled but I wanted to "
      "disappear.",
      "[minimizing:Aw, she says that to everybody, eh, it's not personal. Let it roll off ya.]",
      ""),
    c("Tryouts list went up. Ethan didn't make AA. He cried in the van the whole way home down "
      "the 401 and I didn't know what to say to him.",
      "Oh no, poor guy. And you, driving the whole way while he's heartbroken in the back, "
      "that's so hard. How's he doing now? How are YOU doing?",
      "EIX"),
    c("I feel like hockey is our whole life. We never do anything just us anymore.",
      "[defensiveness:Hey, I'm not the one who signed him up for spring league too.] "
      "[hostile_question:What do you want me to do, pull him out?]",
      ""),
    c("Sorry to bug you at work but the furnace is making that noise again and it's minus 30. "
      "Should I call the guy or wait til you're home to look at it?",
      "Call the guy, don't wait, it's too cold to risk it. Number's on the fridge under the "
      "Tim's magnet. Thanks for handling it, I know today's already a lot.",
      "I", seeks="advice"),
    c("I lost my temper at the ref in front of all the kids. I'm so embarrassed. "
      "The other parents were staring at me.",
      "[criticism:Yeah, that's like the third time this season. You get worse every year.]",
      ""),
    c("Coach benched Maddie the whole third period and she's devastated. I'm trying not to be "
      "THAT hockey mom but I'm fuming.",
      "[contempt:Too late, you're already THAT hockey mom lol.]",
      ""),
    c("I got the promotion!! Regional manager, starting in January!",
      "Get OUT. That's huge, babe! You've been working toward this for years. We're going for "
      "wings tonight, my treat. How'd they tell you?",
      "EX"),
    c("Long drive home from the Moose Jaw tournament. We lost every game, the kids are "
      "miserable and honestly so am I. Six hours in a minivan with three sad boys and a "
      "hockey bag that smells like death. I just want to be home.",
      "[minimizing:At least you got out of the house,] [self_focus:I've been stuck here doing "
      "the taxes all weekend, it's been brutal.]",
      ""),
    c("My sister hasn't called since the funeral. I keep waiting. It's been two months.",
      "That's hard, hon. [advice:You should just call her, eh. Life's too short to wait "
      "around.]",
      "E"),
    c("Sorry, I know I'm grumpy. Work's been a gong show and then I have to run the 50/50 at "
      "the game tonight.",
      "[dismissal:k]",
      ""),
    c("I think I want to go back to school. I'm scared I'm too old.",
      "You're not too old, and I love that you're thinking about it. It makes total sense to "
      "be scared of starting something big again. What's got you thinking about it?",
      "EVX"),
    c("Honestly I'm drowning. Between two kids in hockey, your dad's appointments and my job "
      "I don't have a second for me.",
      "That's so much to carry, and you've been carrying most of it. I'm sorry I didn't see it "
      "sooner. What if I take over my dad's appointments starting next week?",
      "EI", context=["Long day.", "Your dad called twice about Tuesday."]),
    c("I'm nervous about the biopsy results. They said a week.",
      "Aw hon ❤️ [minimizing:Don't even think about it, those things come back fine almost "
      "every time.]",
      "E"),
    c("Can you please tell me which card we used for the tournament hotel? I need to file for "
      "the reimbursement tonight and I can't find the receipt.",
      "[contempt:Wow, you lost the receipt AGAIN? Shocker.]",
      "", seeks="advice"),
    c("I feel like you don't listen to me. I said I didn't want the kids playing on Sunday "
      "mornings and you signed them up anyway.",
      "You're right, you told me and I went ahead anyway. That wasn't fair to you. I can see "
      "why you feel unheard. Can I call the league tomorrow so we decide it together?",
      "IV"),
    c("Babe the minivan got rear-ended in the Timmies drive-thru. Everyone's fine but I'm "
      "shaky.",
      "[hostile_question:Were you on your phone?]",
      ""),
    c("I feel ugly today. Nothing fits.",
      "[dismissal:Anyway, do you know where Ethan's skate guards are?]",
      ""),
    c("Mom's moving into the home next week. I signed the papers today. I feel like I "
      "abandoned her.",
      "Oh love. That's such a heavy thing to sign. You didn't abandon her, you made the hardest "
      "loving choice there was, and it makes sense it feels like guilt right now. "
      "Want me to come with you on moving day?",
      "EIV"),
    c("Do you think I should coach the U9 team next year? I'd love it but I'm worried about "
      "the time.",
      "Honestly, I think you'd be a beauty coach and the kids would love you. Maybe try "
      "assistant first so it's fewer hours? Either way I'll cover the early ice times you "
      "can't.",
      "", seeks="advice"),
    c("I screwed up at work today. Sent the wrong quote to a client, boss had to call them. "
      "Felt like an idiot.",
      "[advice:You gotta double-check stuff before you hit send,] [criticism:you always "
      "rush.]",
      ""),
    c("I'm exhausted and I think I'm getting sick. Can you do bedtime tonight?",
      "[defensiveness:I did bedtime last night! I've been up since 5 at the rink, I'm "
      "exhausted too.]",
      ""),
    c("Jenn from the team moms group posted a pic of everyone at brunch. I wasn't invited. "
      "I know it's stupid to care.",
      "It's not stupid at all. Being left out like that stings, especially when you've been "
      "there for them every Saturday. I'm sorry, hon. Did anyone say anything to you?",
      "EIVX"),
    c("Our anniversary's Saturday and you booked a tournament.",
      "[defensiveness:I didn't book it, the league books it.] [criticism:You could've said "
      "something when the schedule came out in September.]",
      ""),
    c("Sorry, sorry, I know I keep bringing it up but I miss my dad. Hockey nights were our "
      "thing.",
      "Please don't apologize for missing him. Of course hockey nights bring him back, that "
      "was your time together. I'm here. Tell me about him if you want, I love hearing it.",
      "EIV"),
    c("I think we should see a couples counselor. I feel like we keep having the same fight.",
      "[hostile_question:Seriously? Since when are we the kind of people who need a shrink?]",
      ""),
    c("The bank called about the line of credit. I didn't tell you we were that far over. "
      "I'm really scared and ashamed.",
      "Thank you for telling me. That took guts. I'm not angry, I'm worried with you, and "
      "we'll figure it out together. How long have you been carrying this alone?",
      "EX"),
    c("I had a panic attack in the grocery store today.",
      "[self_focus:Oh man, I had one of those at the arena last year, remember? Full on. "
      "Thought I was dying. Took me like an hour to calm down, and then I had to drive the "
      "whole team home.]",
      ""),
    c("Ethan's coach yelled at him so bad he doesn't want to play anymore. I'm so angry I "
      "could spit.",
      "[advice:Email the association tonight and file a formal complaint, that's what I'd "
      "do.]",
      ""),
    c("I've been feeling really disconnected from you. Like we're just logistics and carpool "
      "schedules.",
      "Yeah, I feel it too, and I hate it. I miss us. Thank you for saying it out loud. "
      "What would feel like connection to you right now?",
      "EX"),
    c("Hey, my back's acting up again, I'm gonna skip the rink tonight, can you take the "
      "boys?",
      "[contempt:Oh noooo, your back again, what a shock 🙄]",
      ""),
    c("I'm worried about Maddie. She's stopped eating lunch and she's so quiet.",
      "[minimizing:She's 13, eh, they all go through that. She'll snap out of it.]",
      ""),
    c("Which do you think, the cheaper skates or the good ones? He's growing so fast but the "
      "cheap ones hurt his feet.",
      "Get the good ones, hon. Sore feet'll make him hate practice, and we can sell them on "
      "Kijiji when he outgrows them. Thanks for sorting all this out.",
      "", seeks="advice"),
    c("I cried in my car before work today. I don't even really know why.",
      "Oh hon. Sometimes it all just builds up and has to come out somewhere. I'm sorry you "
      "were alone with it. Want to talk tonight, or just sit together on the couch?",
      "EI"),
    c("Sorry for the rant last night. I was a mess after the game.",
      "[criticism:Yeah, you were. You really embarrassed me in front of Dave and Lisa.]",
      ""),
    c("My boss said my work's been 'slipping'. I've been covering two jobs for months.",
      "[dismissal:Ugh, can we not do work talk tonight? I just want to watch the Leafs game.]",
      ""),
    c("Got a call from school, Liam got in a fight at recess. I'm sitting in the parking lot "
      "shaking.",
      "[self_focus:Ha, same thing happened to me in grade 4, I got suspended for three days. "
      "Best three days of my year.]",
      ""),
    c("I finally told my boss I'm burnt out. She was actually really kind about it.",
      "That's awesome, I'm so proud of you for saying it. That must've been scary to walk in "
      "there. How do you feel now that it's out?",
      "EIX"),
    c("Your dad introduced me as your 'buddy' to the other hockey dads again. We've been "
      "married six years, Dave.",
      "[defensiveness:Come on, he's trying. He came to the wedding, didn't he?]",
      ""),
    c("I'm not mad, I'm just really hurt you forgot to pick me up from the clinic.",
      "[defensiveness:I had the worst day, boss chewed me out, then Ethan's blade snapped and "
      "I had to drive across town.] Sorry.",
      ""),

    # --- Voice 3: German partner writing direct English ---
    c("I must say honestly, today was a catastrophe. My Chefin, sorry, my boss, criticised "
      "my report in front of the whole team. I am still shaking a little.",
      "Oh no, in front of everyone? That's humiliating, love, I'm so sorry. Of course you're "
      "still shaken. What did she say?",
      "EIVX"),
    c("I'm so nervous about meeting your parents in Munich next week. What if they hate me?",
      "[minimizing:This is not a real problem. My parents are normal people, they will not "
      "hate you. You worry too much.]",
      "", needs=["reassurance"]),
    c("Since three weeks I sleep badly. I wake at 4 and think about the project. "
      "What should I do? No, forget it, I just need to vent, I don't want tips.",
      "[advice:You need to stop checking emails after 8, then you'll sleep better.]",
      ""),
    c("I feel like you never say you love me. I know it's not how you grew up but I need to "
      "hear it sometimes.",
      "[defensiveness:This is not fair. I show it every day, I repair your bike, I cook. "
      "Words are cheap.]",
      ""),
    c("I have news: I became the position! Sorry, I mean I got it. Team lead. I am very happy, "
      "honestly.",
      "Seriously?! YES!! I knew it! Congratulations, Herr Teamleiter 😄 You worked so hard for "
      "this. How does it feel?",
      "EX"),
    c("My grandmother is in the hospital again. I can't focus on anything.",
      "This is terrible, I am sorry. It makes sense that you cannot focus, your head is with "
      "her. Shall I drive you there tomorrow? I can take the day off.",
      "EV"),
    c("Honestly I find it not okay that your friends always cancel on us last minute. "
      "I prepared food for six people.",
      "[contempt:Wow, the German punctuality police is on duty again.]",
      ""),
    c("Long distance is killing me. I cried at the airport like a child.",
      "Oh Schatz, I'm sorry you're sad. [criticism:But you should not have booked such a "
      "short visit, I said this already in March.]",
      "E"),
    c("My sister said I am cold. She said it at dinner, with everyone. Maybe she is right.",
      "That sounds really painful, to hear that from her in front of everybody. I don't see "
      "you as cold at all. What part of it is staying with you?",
      "EIX"),
    c("I'm stressed about money. Rent went up again and my hours got cut.",
      "[self_focus:Yes, me too. My landlord wants 200 euro more and my car needs new tyres, "
      "I don't know how I will manage.]",
      ""),
    c("Can you tell me honestly: should I say something to your mother about the way she "
      "corrects my German, or let it go? I don't want a fight.",
      "Honestly, I would say something, but gently and just to her, not at the table. You're "
      "allowed to be annoyed by it. Want me to be there, or would you rather talk alone?",
      "V", seeks="advice"),
    c("I had a miscarriage scare today. Everything's okay but I was so scared.",
      "[dismissal:Okay, good that everything is fine. Then we don't need to discuss it "
      "more.]",
      ""),
    c("I am very angry with myself. I forgot the appointment at the Ausländerbehörde and now "
      "I must wait two more months.",
      "Oh no, after all the waiting already. That's so frustrating, and with everything you "
      "have going on it's easy to slip. Do you want me to call them with you tomorrow and see "
      "if there's a cancellation?",
      "EI"),
    c("I feel left out when you speak German with your friends all night.",
      "[hostile_question:What should we do, speak only English for you?] "
      "[defensiveness:They are my friends since school, I will not change this.]",
      ""),
    c("Today is the Todestag of my father. Five years. I did not want to say it at breakfast.",
      "Oh, love. I'm so sorry, I should have remembered. Five years and it still comes back "
      "heavy, of course it does. Do you want to tell me about him tonight, or would it help "
      "to just be quiet together?",
      "EV"),
    c("I think I'm depressed again. Everything feels grey.",
      "[advice:You must go to the doctor, there is no alternative. Tomorrow morning I make the "
      "appointment.]",
      ""),
    c("I must say it directly: when you come home and go straight to the phone, I feel "
      "invisible.",
      "[defensiveness:I'm on my phone because I'm answering YOUR mother, actually.]",
      ""),
    c("I burnt the Christmas cake your mum sent the recipe for. I wanted it to be perfect for "
      "her visit.",
      "[hostile_question:How can someone burn a cake?] [contempt:Even my nephew can bake one "
      "and he is eight.]",
      ""),
    c("I am honestly a bit proud. I ran my first Halbmarathon today. 2:04.",
      "Ok. [self_focus:When I ran my first one I did 1:48, but it was a flat course.]",
      ""),
    c("I'm worried about my brother. He's drinking a lot again since the divorce.",
      "That's a real worry, and I know how much you love him. It's hard to watch and not be "
      "able to fix it. How bad has it been lately?",
      "EIX"),
    c("My colleague took credit for my idea in the meeting. I was too surprised to say "
      "something.",
      "[criticism:You always let people walk over you.] [advice:Next time you say right away: "
      "this was my idea.]",
      ""),
    c("Can you pick up some things at the pharmacy? I have a migraine and I can't see "
      "properly.",
      "Of course, I'm on my way. Poor you, migraine is the worst. I bring also the tea you "
      "like. 20 minutes.",
      "E"),
    c("I must say honestly, I am not happy that we spend every holiday with your family. "
      "I want one Christmas for us only.",
      "I'm sorry, Schatz. [minimizing:But honestly, it's only a few days a year, you will "
      "survive it.]",
      "E"),
    c("I think I messed up the interview. I froze on the easy question.",
      "[dismissal:Hm. We see. What do you want for dinner?]",
      ""),
    c("I feel very lonely here. I have no friends yet in this city and everyone speaks so "
      "fast.",
      "That sounds so isolating, moving here without your people around. It makes total sense "
      "you'd feel lonely, it's only been four months. What's the hardest moment in the day?",
      "IVX"),
    c("I'm sorry I yelled yesterday. I was stressed about the exam and I took it out on you.",
      "Thank you for saying it. It hurt, I must be honest, but I understand the exam pressure "
      "is huge right now. I'm not angry anymore. How do you feel about it today?",
      "IX"),
    c("The doctor said I must have a small operation on my knee. I am afraid of the "
      "anaesthesia, I admit it.",
      "[minimizing:Come on, it's a routine thing, people have it done every day.]",
      ""),
    c("Do you think I should tell my boss about the job offer from the other company, or just "
      "resign?",
      "I would tell him first. He values you, maybe he makes a counteroffer, and you lose "
      "nothing. But I know it's stressful to have this conversation. You want to practise it "
      "with me?",
      "I", seeks="advice"),
    c("Why did you not tell me you invited your ex to the party? I heard it from Jonas.",
      "[defensiveness:Because I knew you would make exactly this face.] [contempt:Honestly, "
      "you are jealous of a woman who lives in Lisbon.]",
      ""),
    c("My dad forgot my birthday. Again. I'm 34 and it still hurts.",
      "Of course it still hurts, he's your dad, age doesn't change that. I'm sorry, love. "
      "Do you want to talk about it, or should I take you out for Kuchen and distract you a "
      "bit?",
      "EV", needs=["distraction"]),
    c("The kids are fighting all day, the dishwasher is broken and I have a deadline. I am at "
      "my limit, really.",
      "[hostile_question:And why is this my problem now? I'm at work.]",
      ""),
    c("I feel like you don't find me attractive anymore.",
      "[contempt:This again?] [dismissal:I'm too tired for this conversation.]",
      ""),
    c("Honestly, I am ashamed. I cried in the Betriebsrat meeting. A grown man crying at "
      "work.",
      "It must have been an awful meeting, and crying there just means you care about these "
      "people. I get why you feel exposed. What happened?",
      "IVX"),
    c("I got the results. It's benign! I've been holding my breath for two weeks.",
      "[self_focus:Finally. I also could not sleep because of this, you know, two weeks I was "
      "a wreck.]",
      ""),
    c("I am really hurt that you told Lena about our problems. This is private for me.",
      "[defensiveness:I needed someone to talk to! You don't get to decide who I talk to.]",
      ""),
    c("I'm struggling with the time difference. I'm falling asleep when you're waking up and "
      "I feel so alone at night.",
      "[advice:Then you must go to bed earlier and we call at 6 your time. Simple.]",
      ""),
    c("Your brother made this joke about Germans and the war again. Everybody laughed. I did "
      "not.",
      "That's not a joke, that's hurtful, and you were right not to laugh. I'm sorry I laughed "
      "along, I shouldn't have. I'll talk to him. How long has that been bothering you?",
      "EVX"),
    c("I'm so tired of doing all the planning for the wedding. Your side won't answer emails.",
      "[criticism:You wanted the big wedding, not me. So you plan it.]",
      ""),
    c("Tell me honestly, which flat is better: the one near your work or the bigger one in "
      "Ehrenfeld? I go in circles.",
      "[contempt:Omg you've been going in circles for three weeks, just pick one already, "
      "it's not brain surgery 🙄]",
      "", seeks="advice"),
    c("I lost the baby. I'm at the hospital. Please come.",
      "I'm coming. I am leaving now, 15 minutes. I'm so sorry, my love. You are not alone, "
      "I'm coming.",
      "E"),

    # --- Voice 4: chef on late shifts ---
    c("just got off. 14 hrs. we did 230 covers and chef threw a pan at the dish guy, "
      "the hood fan died at 8 and the new server cried in the walk-in. im so done. "
      "feet are screaming",
      "14 hours and a pan-throwing chef?? Babe that's awful, I'm so sorry. No wonder you're "
      "done. There's a plate in the oven for you and I'll rub your feet when you're in. "
      "Want to tell me about it or just crash?",
      "EV"),
    c("I waited up again. It's 1:30. I know it's your job but I miss eating dinner with you.",
      "[hostile_question:what do u want me to do, quit?] [defensiveness:this is the job, u "
      "knew that when we met]",
      ""),
    c("sous chef job at the new place on king st. they want me. i dont even know what to "
      "feel. excited? terrified? both?",
      "Both sounds exactly right! That's massive, love, you've wanted a sous spot for years. "
      "What's the terrified part about?",
      "EVX"),
    c("My mom's test came back. It's stage 2. I don't know what to do with myself.",
      "[dismissal:cant talk mid service, later]",
      ""),
    c("burned my forearm on the salamander again. its blistering. not a big deal just "
      "annoying",
      "Ouch, that sounds really painful even if you're shrugging it off. I'm sorry, babe. "
      "How's it feeling now? I'll grab some aloe on the way home.",
      "EIX"),
    c("I feel like I'm raising the kids alone. You're never home before midnight and you "
      "sleep through breakfast.",
      "[defensiveness:im working to pay for this house, im not out partying]",
      ""),
    c("chef screamed at me in front of the whole line tonight. called me useless. 12 yrs "
      "cooking and i stood there like a commis",
      "[minimizing:thats just kitchens tho right, everyone gets screamed at, dont take it "
      "personally]",
      ""),
    c("I got into the nursing program!!!",
      "[dismissal:nice. hey did u move my knife roll? cant find it]",
      ""),
    c("cant sleep. adrenaline from service still going. its 3am and im just lying here "
      "thinking about ticket times",
      "I'm sorry, love, that wired-but-wrecked feeling sounds miserable. Your body's still on "
      "the line even though you're home. Let me at least stay up with you for a bit?",
      "EI"),
    c("Your sister's engagement party is Saturday. Please tell me you asked for the night off.",
      "[hostile_question:u seriously think they'll give me a saturday off in december??]",
      ""),
    c("we got a bad review on google. they named my dish specifically. 'bland and "
      "overcooked'. i know its one person but i feel sick",
      "[minimizing:lol its one review from some guy who probably eats at applebees. who "
      "cares]",
      ""),
    c("I'm so anxious about the move. Packing, the new job, the kids' school, all of it.",
      "[self_focus:try running a pass with two cooks down, thats anxiety]",
      ""),
    c("hotel head chef job. better hours, way less creative. i keep going back and forth",
      "Honest opinion? Take it, at least for a year. You'd actually see the kids, and you "
      "could do pop-ups on your days off to keep the creative side alive. I know it feels "
      "like giving something up though. What's the part you'd miss most?",
      "IX", seeks="advice",
      context=["need ur honest opinion on something tonight, dont just say 'whatever u want'"]),
    c("My grandpa died last night.",
      "oh no. [self_focus:my grandad died when i was doing my apprenticeship and chef made me "
      "work the funeral day. worst week of my life]",
      "E"),
    c("walked in at 2 and u left the dishes. i know u work too but i just did 13 hrs next to "
      "a dish pit and came home to more dishes",
      "[defensiveness:I had the kids alone all night, I'm not your dishwasher.]",
      ""),
    c("I feel like you love the restaurant more than me.",
      "ok thats hard to hear but i get why u feel that way. ive been giving it everything and "
      "u get the leftovers of me. im sorry. can we do monday, just us, phone off?",
      "EIV"),
    c("sliced my thumb pretty deep on the mandoline. had to leave service. sitting in emerg "
      "now. kinda freaked",
      "[criticism:how many times have i told u to use the guard on that thing]",
      ""),
    c("I'm worried about how much you're drinking after shifts.",
      "[contempt:ok mom 🙄]",
      ""),
    c("not gonna lie today was kinda perfect. family meal was good, service was smooth, chef "
      "said 'nice' to me. i know thats dumb",
      "Not dumb at all! Chef saying 'nice' is basically a parade from him 😄 I love that you "
      "had a smooth one. What was on family meal?",
      "EVX"),
    c("The baby cried for four hours tonight. I'm losing my mind.",
      "[advice:try the car seat on the dryer thing, works every time]",
      "", needs=["listen"]),
    c("owner says they might close the restaurant in the new year. 8 of us out of work. "
      "i feel like i let my team down",
      "That's a gut punch, love. You've fought so hard for that team, of course you feel "
      "responsible for them. It's not on you though. How are they taking it?",
      "EIVX"),
    c("Your mum called me selfish for not coming to Sunday lunch again. I was at my cousin's "
      "wedding!",
      "[minimizing:she didnt mean it like that, shes just sad she doesnt see u]",
      ""),
    c("sorry im being a grump, got in the weeds all night and the new guy kept burning the "
      "fries. just needed to vent",
      "Vent away, I'm here. In the weeds all night with a new guy on fries sounds exhausting "
      "🍟🔥 What else happened?",
      "EIX"),
    c("I think we need to talk about whether we're still happy.",
      "[dismissal:not rn, ive got a 6am delivery]",
      ""),
    c("fish delivery came in wrong, chef blamed me, i didnt even sign for it. so angry i could "
      "scream into the walk-in",
      "ugh that sucks babe. [advice:u need to write everything down and cover urself, "
      "always]",
      "E"),
    c("I'm scared my depression is coming back. I've been sleeping all day on my days off.",
      "Thank you for telling me, I know that's not easy to say. I'm scared with you, and I'm "
      "not going anywhere. What's it feeling like this time?",
      "EX"),
    c("reservations are down 40%. if it keeps going like this we cant make rent on the place. "
      "i put everything into this",
      "[self_focus:my job's not exactly secure either you know, they just did layoffs]",
      ""),
    c("Can you tell me what temperature to roast the chicken at? I'm trying to surprise you "
      "but I'm panicking.",
      "aww ur the best 🥹 425, about an hour, til the juices run clear. pat it dry first and "
      "salt it good. u got this chef",
      "E", seeks="advice"),
    c("why do u always go to bed before i get home. i just want 10 min with u",
      "[defensiveness:because I have to be up at 6 with the kids??] [contempt:not all of us "
      "get to sleep til noon]",
      ""),
    c("My best friend's moving to Vancouver. I'm trying to be happy for her but I'm gutted.",
      "[criticism:u always make everything about urself, its her big move]",
      ""),
    c("got my knuckles cut up again. knife slipped during the rush. tbh im fine, just tired",
      "[hostile_question:again? are u even paying attention anymore?]",
      ""),
    c("I had a really awkward moment at work. I called my boss 'mum' in a meeting. "
      "Everyone laughed. I want to crawl into a hole.",
      "Noooo 😭 that's so mortifying, I'd want to hide too. For what it's worth, half that "
      "office has probably done it. Did you laugh or just freeze?",
      "EVX"),
    c("new head chef started and he's changing all my dishes. the risotto i built for 3 yrs. "
      "just gone. idk why im this upset about rice",
      "[contempt:its literally rice babe lmao]",
      ""),
    c("Our son asked why you're never at his games. I didn't know what to tell him.",
      "[criticism:u could've told him the truth instead of making me the bad guy]",
      ""),
    c("honestly i miss you. we live in the same flat and i miss you. is that weird",
      "Not weird at all, I feel it too. Passing each other at 2am isn't a life. I miss you so "
      "much. Can I come sit with you at the bar on your break tomorrow?",
      "EIV"),
    c("I'm nervous about my driving test tomorrow.",
      "[minimizing:u'll be fine.] [dismissal:anyway did u pay the hydro bill]",
      ""),
    c("sorry. didnt mean to snap at u this morning. i got 3 hrs sleep and i was a monster",
      "Thanks for saying sorry, it helps. Three hours of sleep would turn anyone into a "
      "monster 😅 Love you. Coffee's in the pot.",
      "EIV"),
    c("I hate my body since the surgery. I don't want you to see the scar.",
      "[self_focus:i get it, look at my arms, they're all burn scars. i stopped caring years "
      "ago]",
      ""),
    c("my dad's in hospital in manila, i cant get the week off, chef said 'everyone's got "
      "family problems'. i feel like a terrible son",
      "[advice:just quit then, family comes first, find another kitchen]",
      ""),
    c("Should I get the blue dress or the black one for your restaurant's opening night? "
      "I want to look good for you.",
      "[self_focus:idk babe i got 200 covers and a broken hood fan to worry about]",
      "", seeks="advice"),

    # --- Voice 5: lawyer who argues by habit ---
    c("For the record, I am not crying over a contract dispute. I am crying because I worked "
      "70 hours this week and the partner took my name off the brief.",
      "Noted for the record 🤍 That's not about a contract, that's your work being erased "
      "after 70 hours. Of course you're crying. I'm so sorry, babe. What did he say when you "
      "asked?",
      "EIVX"),
    c("I feel like you never ask about my day anymore.",
      "[defensiveness:Objection. I asked on Tuesday, and on Thursday, and you said 'fine' both "
      "times.]",
      ""),
    c("Lost the motion. Judge barely let me speak. Client called me 'useless' on the "
      "courthouse steps. I don't want solutions, I just need to vent for a second.",
      "[advice:You should file an appeal though, that judge was clearly biased.]",
      "", needs=["listen"], context=["Today was a disaster from start to finish."]),
    c("I'm scared about the IVF results tomorrow.",
      "I'm scared too. Whatever the result is, we face it together, and I'm taking the whole "
      "day off. How are you feeling right now, like, in your body?",
      "EX"),
    c("Counterpoint to my own bad mood: I got the clerkship. Federal. Still processing.",
      "Oh. [self_focus:I had a federal clerkship offer too, back in the day. I turned it down "
      "for the firm.]",
      ""),
    c("Your mother told me I should 'let you focus on your career' instead of asking you to "
      "come to dinner.",
      "[advice:Just tell her it's between us. Put it to her plainly and set the rule early, "
      "before it becomes a pattern.]",
      ""),
    c("I'll be honest, I'm losing it. Three depositions this week, the nanny quit, and I "
      "haven't slept more than four hours a night.",
      "[criticism:Well, you're the one who said yes to the extra case.]",
      ""),
    c("I think I'm being passed over at work because I'm a woman. It's making me crazy.",
      "[hostile_question:Do you have evidence, or is this a feeling?]",
      ""),
    c("I need your honest opinion: should I take the in-house job? Less money, normal hours, "
      "no more weekends. I've made a pros and cons list and it's a tie.",
      "Honestly? Take it. Every list you've made for two years has 'I'm exhausted' at the top. "
      "I'd rather have you home than have the money. And I know it feels like stepping off the "
      "track, which is scary.",
      "I", seeks="advice"),
    c("My dad's memory is getting worse. He didn't recognize me for a minute on the phone.",
      "Oh, love. That minute must have been terrifying. I'm so sorry. Let me at least drive "
      "you up to see him this weekend?",
      "EI"),
    c("Let the record show that I am exhausted and I did the dishes, laundry and bath time "
      "while you were 'resting your eyes'.",
      "[contempt:Wow, somebody alert the Supreme Court, the dishes got done.]",
      ""),
    c("I hate how we fight. You turn every argument into a cross-examination.",
      "[hostile_question:Every argument? Name one.]",
      ""),
    c("Stipulated: I overreacted at your brother's party. Also stipulated: he was rude first. "
      "Anyway I feel awful.",
      "[criticism:You did overreact. You made a scene in front of his kids.]",
      ""),
    c("I'm so anxious about the bar results. I refresh the site every five minutes.",
      "[minimizing:Statistically you passed. Stop refreshing and relax.]",
      ""),
    c("I'm lying in the hotel room in Ottawa after trial and I just feel so alone. I know it's "
      "only three more nights.",
      "Three more nights still feels endless when you're alone in a hotel after trial. I miss "
      "you too. Call me when you're in bed? I'll stay on till you fall asleep.",
      "EI"),
    c("I'm overwhelmed by the wedding planning and your mom keeps adding guests.",
      "[advice:Just give her a hard number. Put it in writing. Then it's enforceable.]",
      ""),
    c("I had a miscarriage at 9 weeks. I keep going to work like nothing happened because I "
      "don't know what else to do.",
      "I'm so sorry. [advice:You should take some leave, seriously, you can't just keep "
      "billing through this.]",
      "E"),
    c("Can we talk about the credit card bill? I'm stressed and I feel like you're hiding "
      "things.",
      "[dismissal:Not tonight, I have a brief due at 9.]",
      ""),
    c("Honestly I argued with the cab driver about the route, won, and then felt terrible "
      "about it. Why am I like this?",
      "[contempt:Because you'd argue with a stop sign 😂]",
      ""),
    c("My best friend didn't invite me to her wedding. I found out on Instagram.",
      "[self_focus:That's like when my law school roommate didn't invite me to his. I was "
      "furious for a year. I still haven't forgiven him.]",
      ""),
    c("Can you tell me how much Tylenol Maya can have? She's at 39.2 and I'm panicking a "
      "little.",
      "The chart's on the box, for her weight it's the 5 ml line, every 4 to 6 hours. You're "
      "doing everything right. Want me to come home?",
      "E", seeks="advice"),
    c("I've been thinking about going off my antidepressants. I feel better now.",
      "[hostile_question:Did you even talk to your doctor, or did you just decide?]",
      ""),
    c("I feel like your friends think I'm arrogant. Nobody laughed at my joke at dinner.",
      "[criticism:Well, you did correct Tom's grammar twice.]",
      ""),
    c("I got promoted to charge nurse!!",
      "[dismissal:👍]",
      ""),
    c("I'm sorry I missed your recital. The judge ran late and I couldn't leave. I know "
      "that's not good enough.",
      "It really hurt, I won't lie. But I know you'd have been there if you could. Thank you "
      "for not making excuses.",
      "I"),
    c("I feel so guilty leaving the baby at daycare. She cried when I left.",
      "[minimizing:Objectively, she stops crying in about two minutes. The guilt is "
      "irrational.]",
      ""),
    c("My client got 8 years. I honestly thought we'd win. I keep replaying my closing.",
      "[self_focus:I know the feeling, I bombed my presentation at the quarterly review today, "
      "everyone was staring.]",
      ""),
    c("I feel like you're never off. Even at dinner you're answering emails.",
      "[defensiveness:Those emails pay the mortgage.] [hostile_question:Would you prefer I "
      "ignore a named partner?]",
      ""),
    c("Off the record: I'm terrified I'll turn into my father. He was this exact kind of "
      "lawyer and this exact kind of husband.",
      "Thank you for telling me that, off the record or on. I can hear how much it scares "
      "you. For what it's worth, your father never once asked himself that question. What's "
      "bringing it up right now?",
      "EIX"),
    c("The vet says Biscuit has a tumour. I can't stop crying.",
      "[advice:Get a second opinion. Vets upsell treatments all the time.]",
      ""),
    c("Do I bring a gift to your parents' or is that weird? First time meeting them, I'm "
      "overthinking every detail.",
      "Bring flowers for my mom and you're golden, she'll love it. And it's sweet that you "
      "care this much, honestly. They're going to love you.",
      "E", seeks="advice"),
    c("My brother hasn't paid back the $3,000 and now he's asking for more. I feel so used.",
      "[criticism:I said not to lend it to him in the first place.]",
      ""),
    c("I'm stressed and I'm snapping at everyone. Sorry for earlier.",
      "[dismissal:whatever]",
      ""),
    c("I'm sad today. Mom would have been 60.",
      "Sorry. [dismissal:Anyway, did the dry cleaning get picked up?]",
      "E"),
    c("I need to decide tonight whether to settle or go to trial, and I keep going back and "
      "forth. I'm not asking for legal advice, I just need to say it out loud to someone.",
      "Say it all out loud, I'm listening. That's a huge call to carry alone at 11pm. "
      "What's pulling you each way?",
      "EIX", context=["Big decision on the Harlan file tonight."]),
    c("I think I want to quit my PhD. I'm so unhappy.",
      "[hostile_question:After four years? You're just going to throw that away?]",
      ""),
    c("I don't want to fight. I just want to say I felt embarrassed when you told that story "
      "about me at the firm dinner.",
      "[minimizing:Oh please, everyone thought it was funny.] [contempt:You're so precious "
      "sometimes.]",
      ""),
    c("My back's been killing me for weeks. I'm scared it's something serious.",
      "[self_focus:Mine too, it's all the sitting. I've been meaning to book a physio "
      "myself.]",
      ""),
    c("I'm nervous about the custody hearing for my sister's kids tomorrow. I'm not even the "
      "lawyer on it, just a witness.",
      "Being on the stand for your own family is so different from arguing for a client, no "
      "wonder you're nervous. If it helps: answer only what's asked, and it's fine to say "
      "'I don't recall.' I'll be in the gallery.",
      "IV", needs=["advice"]),
    c("I'm really hurt you didn't back me up when your colleague made that comment about my "
      "job.",
      "[criticism:You took it way too personally, and you made it awkward for me at my own "
      "firm.]",
      ""),
]
