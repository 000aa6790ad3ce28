"""TRAIN9: a training batch of 240 couple cases, written blind.

Written from the label definitions only (DATASHEET "Fields" and "Label definitions",
shared/spec/analysis.md and the markup in case_markup.py); no other batch, no product
rule and no earlier author's case was read.

Voices, 40 cases each (each voice writes the partner message in some cases and the
reply in others):
1. a Filipino English texter ("hay nako", "grabe", "naman", "ano ba", "po" to in-laws);
2. a German partner writing English directly and literally ("this is not logical");
3. a PhD student / academic: hedged, long sentences, deadlines, reviewers, supervisor;
4. a small-business owner (a bakery): money stress, early mornings, staff, suppliers;
5. a "Minnesota nice" Midwesterner: indirect, polite on the surface, "oh for cute";
6. a 20-year-old who texts in bursts with emoji and abbreviations (idk, tbh, 😭, 💀).

Topics: work stress, layoffs and reviews, in-laws and family (titas, Oma, Mutti, Aunt
Carol), chores, money and the bakery's margins, health (colds, biopsies, dementia,
panic attacks), parenting and a new baby, friends, homesickness and moving, grief
(a lola, a father, a dog, a hamster), jealousy and exes, the relationship itself,
good news (exams, papers, contracts, internships) and everyday updates. Couples are
married, dating, long-distance (OFW), same-sex, new parents and retired.

Mix (exact):
- 240 cases; 70 without a block, 170 with at least one block, 11 of them with two
  (181 block instances).
- Block instances: minimizing 45, contempt 45, self_focus 20, defensiveness 20,
  hostile_question 15, criticism 12, dismissal 12, advice 12.
- seeks="advice": 12 (two per voice), all answered kindly and without a block.
- 12 cases carry earlier partner turns as context (two per voice).
- needs given on 3 cases.

Hard cases:
- Negatives that look like minimizing: reassurance after the fear is named and taken
  seriously ("of course you're nervous ... whatever happens we face it together"),
  "you did everything you could" after the grief is named and allowed, "can I call
  you in 20? I want to actually hear about it" (not a dismissal), "it's NOT fine,
  hon" (turning a partner's own minimizing around).
- Negatives that look like contempt: affectionate teasing on good news ("Dr. Fancy
  Pants", "cupcake mogul", "ang yabang mo na"), playful emoji on a partner's own
  joke, "ya nut", and anger, name-calling, sarcasm or 🙄 aimed at whoever hurt the
  partner (a manager, a reviewer, a landlord, an ex, a sister), not at the partner.
- Minimizing without "at least": comparisons with worse-off people, "it'll blow
  over", "it's just a cold / just bread / only money", silver linings, "everyone
  goes through that", toxic positivity, "don't let it get to you", "you'll laugh
  about this later", statistics used as comfort, and hurry-ups ("I assumed you were
  over that by now").
- Contempt in many shapes: sarcasm without emoji, mock sympathy ("oh no. the
  tragedy."), name-calling ("Schussel", "space cadet"), "here we go", mocking
  imitation of the partner's words, condescending "sweetie" / "darling", 🙄, "lol"
  used to mock, superiority ("you sell muffins, it's not exactly the ER"), and the
  Minnesota "well. that's different." / sarcastic "oh for cute".
"""

from typing import Any

from case_markup import c

TRAIN9: list[Any] = [
    # --- 1. Filipino English texter ---
    c("love ano ba dapat ibigay ko kay Mama mo for her birthday? im so lost. "
      "should i get her a bag or a massage voucher?",
      "aww thank u for even thinking about it 🥹 get her the massage voucher, she's been "
      "complaining about her back since christmas. add a little card in tagalog, "
      "she'll cry for sure",
      "E", seeks="advice"),
    c("so which one do we go to? u decide na, i cant anymore",
      "ok let's do the wedding on saturday, then drive to batangas sunday morning for "
      "lunch. we can tell tita po we'll come late but we're coming. i'll call her myself "
      "so ur not the bad guy",
      "", seeks="advice",
      context=["hay nako my tita invited us to the fiesta in batangas same weekend as "
               "ur cousin's wedding",
               "both sides will be offended if we skip grabe"]),
    c("my manager took credit for my report in front of the whole team today",
      "ano ba yan!! grabe the nerve of that guy. u stayed up until 1am for that report. "
      "im so mad for u love, u must feel so invisible right now. what did u say?",
      "EIX"),
    c("I PASSED THE NCLEX!!!!",
      "HAY NAKO SI NURSE!! 😭😭 grabe ka, ang yabang mo na for sure 😂 "
      "im so proud of u mahal, dinner's on me tonight",
      "E"),
    c("hay nako im so nervous for my visa interview tomorrow. what if they deny me, "
      "we'll be apart for another year",
      "that's such a scary thing to carry, and of course ur nervous, so much is riding on "
      "it. whatever happens tomorrow we're not giving up on us. call me after?",
      "EIV"),
    c("lola passed this morning. i wasnt there. i was supposed to fly next week 😢",
      "oh love im so so sorry. i know how much u wanted to be there with her, it hurts so "
      "much. u called her every sunday and sent her meds every month, u did everything u "
      "could from here. she knew u loved her",
      "EI"),
    c("i burned the rice again 😭😂 im a disgrace to my ancestors",
      "HAHAHA not the ancestors 😭😂 sige i'll bring home jollibee, we eat like kings "
      "tonight 👑🍗",
      ""),
    c("long day. ang sakit ng ulo ko",
      "aw love 😔 come here, i'll make u salabat",
      "E"),
    c("ur sister said in the family group chat that i 'trapped' u into marrying me",
      "wow, so nice of her naman to share her opinion with 40 people 🙃 love that was so "
      "cruel and so untrue, of course ur hurt. im talking to her tonight. are u ok?",
      "EVX"),
    c("i texted mama 'pasensya na po, i cant make it tonight po' but i still feel so bad",
      "i can hear how guilty u feel, and i love that u care about them that much. u worked "
      "a double, it makes sense ur body is done. i'll tell mama, she'll understand, "
      "promise",
      "IV"),
    c("your mom asked AGAIN when we're having kids. every sunday lunch. i'm so tired of it",
      "ugh im sorry babe, that's so exhausting, every single week. it's not ur job to "
      "answer that, i'll talk to mama. does it make u feel pressured or more just annoyed?",
      "EIX"),
    c("grabe the landlord said he's selling the unit and we have 60 days to leave. i cant "
      "even think straight",
      "hay nako, that's so much to land on u all at once. of course u cant think straight, "
      "it's our home. im coming home early, we'll sit and breathe first. how r u holding up?",
      "EIVX"),
    c("hay nako they cut my hours at the hospital, 3 shifts nalang per week 😩",
      "babe [minimizing:ur cousin in manila lost her whole job last month, 3 shifts is "
      "still something]",
      ""),
    c("I think I'm getting sick, my throat is killing me and I have the big presentation "
      "on friday",
      "[minimizing:sus its just ubo lang yan]\n[advice:drink ur salabat and sleep early, "
      "no more netflix]",
      ""),
    c("i didnt get the promotion. they gave it to the new guy.",
      "aww love. [minimizing:God has something better for u, just claim it and smile! "
      "🙏✨]",
      "E"),
    c("my tita said i got fat in front of everyone at the reunion. ang sakit lang",
      "[minimizing:that's just how titas are, dont let it get to u]",
      ""),
    c("I called your mom by her first name by accident and the whole table went quiet, "
      "I'm mortified",
      "ay love [minimizing:we'll laugh about this next christmas, mama probably forgot na]",
      ""),
    c("i cant sleep thinking about it",
      "[minimizing:love that was sunday pa, sleep na. tomorrow u wont even remember it]",
      "",
      context=["my kuya said at dinner that i'm 'just a housewife' now",
               "it keeps replaying in my head"]),
    c("nakakapagod maging OFW wife. i miss u so much it hurts",
      "[minimizing:all the wives here go through that din, it's normal lang] i'll call u "
      "saturday",
      ""),
    c("I lost my wallet on the jeepney, 3000 pesos and all my cards",
      "hay nako. [minimizing:its only money love, u'll earn it back in a week]",
      ""),
    c("my back is killing me from carrying your mom's balikbayan boxes up the stairs",
      "[contempt:aww kawawa naman the poor baby, 2 boxes lang pala ang katapat mo 🙄]",
      ""),
    c("I feel like your family never includes me when they switch to Tagalog at dinner",
      "[contempt:hay nako here we go na naman]",
      ""),
    c("I cried at work today because the client yelled at me over the phone",
      "[contempt:grabe ka, such an iyakin. crybaby talaga]",
      ""),
    c("I finally cleaned the whole condo today! even the ref!",
      "[contempt:wow after 3 months. alert the media naman]",
      ""),
    c("you promised to call at 9 and u didnt. i waited until 11 😢",
      "[contempt:\"i waited until 11 😢\" lol ok]\n[defensiveness:i was at a client dinner, "
      "i cant just walk out]",
      ""),
    c("my boss said my english is 'cute' in the meeting. i felt so small",
      "[contempt:lol it kinda is tho]",
      ""),
    c("kakapagod ng online selling today, 12 orders lang pero grabe ang pagod",
      "[contempt:try working an actual 9 to 5 then we'll talk]",
      ""),
    c("grabe my feet are so swollen from the 12 hour shift",
      "[self_focus:same!! i walked 15k steps today at the mall, my legs are dead, and my "
      "boss made me do inventory pa]",
      ""),
    c("My dad's surgery got moved again, I'm so worried",
      "hay nako. [self_focus:that reminds me, my papa also has his check up next week, "
      "im so stressed about the bills]",
      ""),
    c("I got an interview with Accenture!!!",
      "nice! [self_focus:i had 3 interviews last month and none called back, grabe ang "
      "market for people like me]",
      ""),
    c("your mom said 'anak, ang alat naman' about my adobo in front of everyone and u "
      "said nothing",
      "[defensiveness:i literally didnt hear her, i was in the kitchen with kuya the "
      "whole time]",
      ""),
    c("I feel like I'm the only one who cleans here",
      "[defensiveness:hala excuse me, who washed the dishes last night? ako diba]",
      ""),
    c("You've been on your phone with your barkada all weekend and I feel alone",
      "[defensiveness:and u were on ur laptop the whole saturday]\n"
      "[dismissal:anyway what do u want for dinner]",
      ""),
    c("mahal i'm kinda sad u forgot our monthsary",
      "[hostile_question:seriously? ur upset about a monthsary?]",
      ""),
    c("I'm hurt you said yes to your parents staying with us for 2 months without "
      "asking me",
      "[hostile_question:ano ba talaga problema mo sa parents ko?]",
      ""),
    c("I'm nervous about meeting your lolas this weekend",
      "[hostile_question:ano ba, why are u so kabado about everything?]",
      ""),
    c("late na naman ako sa work, nakakainis the traffic sa C5",
      "[criticism:if u left before 7 like i told u, u wouldnt be late every day]",
      ""),
    c("my tita keeps borrowing money from me and i feel so used",
      "[criticism:well u keep giving it to her every time, so of course she keeps "
      "asking]",
      ""),
    c("I had a really weird dream about my dad last night and I can't shake it",
      "[dismissal:ok sige. kain na tayo?]",
      ""),
    c("ang sakit ng loob ko, my mama compared me to my sister again",
      "[advice:just tell her straight na it hurts u and mute her on viber for a week]",
      ""),

    # --- 2. German partner, direct and literal ---
    c("My boss offers me the team lead, but I must move to Munich for it. You know the "
      "situation. What would you do?",
      "oh wow, I'm so proud they asked you. honestly? I'd take it. we've talked about "
      "leaving Berlin anyway and I can work remote. let's sit down tonight and make a "
      "list together, but my vote is Munich",
      "E", seeks="advice"),
    c("what should I bring to your parents for Christmas? I really want them to like me",
      "Bring a good wine, my father likes Riesling from the Mosel. For my mother "
      "Lebkuchen from the Christmas market. This is enough. They will like you, you are "
      "very easy to like.",
      "", seeks="advice"),
    c("My landlord just walked into the apartment without knocking. Again.",
      "This is not acceptable. He has no right to do this, it is your home and of course "
      "you feel unsafe. I am very angry for you. Are you ok? Did he say something?",
      "EVX"),
    c("I have passed the driving test. On the third try, but passed.",
      "THIRD TIME'S THE CHARM 🎉 the roads of Hamburg will never be safe again 😂 "
      "so proud of you schatz",
      "E"),
    c("My colleague said today my accent makes me sound angry in meetings. I was not "
      "angry. I was explaining the budget.",
      "oh great, so Kevin is a linguist now. that was a really rude thing to say to you, "
      "babe, no wonder it's still bugging you. how did you feel when he said it?",
      "EVX"),
    c("the vet said we waited too long with Bruno. maybe if I had seen it earlier",
      "I am so sorry. This hurts so much, he was your dog for 14 years. You took him to "
      "the vet the same day he stopped eating. You did everything you could. It is normal "
      "that your head searches for a mistake, but there was none.",
      "EIV"),
    c("rough day, don't want to talk, just wanted to say hi",
      "Hi. I am here. I make you tea when you come home ❤️",
      "E", needs=["space"]),
    c("i feel like i'm failing at learning German, your mom talked so fast and I "
      "understood nothing",
      "That sounds really frustrating, after 6 months of lessons. Sitting at a table and "
      "understanding nothing is lonely. I saw how hard you tried. Next time I translate "
      "more, ok? What was the worst moment?",
      "EIX"),
    c("The Deutsche Bahn was on time today. I think it is a sign of the apocalypse.",
      "😱😱 screenshot it immediately, nobody will believe you",
      ""),
    c("i have my first ultrasound tomorrow and i'm scared something is wrong",
      "I understand that you are scared. It is a big day and we waited long for it. I "
      "will be there, I take the whole day off. Whatever they say, we hear it together.",
      "EIV"),
    c("I am very disappointed. You said you will call at 8 and it is now 10.",
      "you're right, I'm really sorry. the meeting ran over and I didn't even text, that "
      "wasn't fair to you. you must have been waiting the whole evening",
      "IV"),
    c("I do not know what to think.",
      "oh love. that's such a painful thing to hear from your own sister. it makes sense "
      "you don't know what to think, it's a lot. do you want to talk about it or just be "
      "angry together for a bit?",
      "EIVX",
      context=["My sister did not invite us to her wedding.",
               "She invited only 'family', and apparently I am not family since I married "
               "you."]),
    c("I think my boss hates me, she didn't say good morning to me today",
      "[minimizing:This is not logical. One missing good morning is not hate.]",
      ""),
    c("Our flight is cancelled and we lose one day of the holiday in Mallorca. I am so "
      "annoyed.",
      "[minimizing:eh it's one day, we still have six]",
      ""),
    c("I'm so anxious about the results from the biopsy",
      "[minimizing:Statistically most biopsies are benign. There is no reason for worry "
      "before the result.]",
      ""),
    c("I am homesick. I miss real bread and my friends and speaking without thinking.",
      "[minimizing:but you live in California now, people would kill for this weather!]",
      ""),
    c("I didn't get into the master's program",
      "[minimizing:It is only one program.] [advice:You apply again next year and this "
      "time you ask the professor for a meeting first.]",
      ""),
    c("My Oma does not recognise me anymore. Today she asked who I am.",
      "[minimizing:that's just what happens with dementia, it's not personal]",
      ""),
    c("i got a parking ticket, 80 euro, i'm so annoyed",
      "[minimizing:It is 80 Euro, not the end of the world.] [criticism:And honestly, you "
      "parked in front of the fire exit.]",
      ""),
    c("I am tired. I worked 10 hours today.",
      "[contempt:wow 10 whole hours, someone get the man a medal]",
      ""),
    c("Schatz, I have a cold, I feel terrible",
      "[contempt:oh no, the famous german man flu. should I call your mother so she can "
      "say goodbye]",
      ""),
    c("I locked myself out again, I feel so stupid",
      "[contempt:Because you are a Schussel. I say this since years.]",
      ""),
    c("your mom corrected my German grammar at dinner three times",
      "[contempt:And again the Mutti-Drama. Every Sunday the same theatre.]",
      ""),
    c("I do not understand why you laugh when I say 'I become a coffee'. In German it is "
      "correct.",
      "[contempt:sweetie, it's not correct in english tho, that's kind of the point 😂]",
      ""),
    c("I have a question to you. Why do I always have to plan the weekend? I am tired "
      "of it.",
      "[contempt:🙄🙄 ok Mr. Excel Sheet]",
      ""),
    c("I feel you do not listen when I say the second car is not logical. We both take "
      "the S-Bahn.",
      "[contempt:\"it is not logical\" 🤖 beep boop] [defensiveness:I do listen, I just "
      "disagree]",
      ""),
    c("I'm stressed about my shift at the cafe tomorrow, Saturday brunch is chaos",
      "[contempt:Some people have real responsibility at work. You make coffee.]",
      ""),
    c("my knee surgery is scheduled for march",
      "[self_focus:Ah, I had this also in 2015. For me it was much worse, I had two "
      "operations and six months physiotherapy.]",
      ""),
    c("I had a very bad presentation today. My voice was shaking.",
      "[self_focus:omg I know the feeling, I had to present to the board last week and "
      "I nearly threw up, let me tell you what happened]",
      ""),
    c("Our daughter said her first word today!! 'Ball'!",
      "[self_focus:And I was in Stuttgart in a boring meeting. Always I miss everything. "
      "This week is terrible for me.]",
      ""),
    c("You promised to bring the Pfand bottles back and now the balcony is full of them",
      "[defensiveness:I promised it for when I have time. This week I had no time.]",
      ""),
    c("When you made the joke about my English in front of your friends, I felt stupid.",
      "[defensiveness:it was a JOKE, everyone was laughing, I didn't mean anything by "
      "it]",
      ""),
    c("I feel hurt that you told your parents about my job before I was ready",
      "[defensiveness:That is not true, I only told my mother, not my father.]",
      ""),
    c("I feel lonely since we moved here. I have no friends.",
      "[hostile_question:and whose idea was it to move here?]",
      "",
      context=["We are here now 8 months.",
               "At work everybody goes home to their families, nobody asks me for a "
               "beer."]),
    c("I cried in the car after the call with my mom",
      "[hostile_question:Why do you even still call her?]",
      ""),
    c("I am very disappointed that you forgot the appointment at the Buergeramt. It took "
      "me 6 weeks to get it.",
      "[hostile_question:Is this really what we are doing right now? Seriously?]",
      ""),
    c("I feel terrible, the project failed and my team is blaming me",
      "[criticism:You did not plan the timeline properly, I told you this in January.]",
      ""),
    c("Today was hard. The doctor says the heart of my father is weak.",
      "[dismissal:ok. I am in the gym, later]",
      ""),
    c("I think your friend Lukas doesn't like me",
      "[dismissal:Ja ja. What do we eat today?]",
      ""),
    c("I feel like I'm drowning at work, I have 300 unread emails",
      "[advice:You must make a system. Delete everything older than two weeks, then one "
      "hour per day for mails, not more.]",
      ""),

    # --- 3. PhD student / academic ---
    c("I'm torn, and I realise this is probably a question with no clean answer, but "
      "would you take the postdoc in Edinburgh (two years, good lab, far from you) or the "
      "adjunct job here? I'd genuinely like your honest opinion.",
      "honestly? take Edinburgh. it's two years, we've done long distance before, and I'd "
      "rather visit you in Scotland than watch you grade 200 intro essays for no money "
      "and resent it. but I'll back you whichever way you go",
      "", seeks="advice"),
    c("Could you tell me if the first paragraph of my cover letter sounds arrogant? I'm "
      "second-guessing everything at this point.",
      "read it. it doesn't sound arrogant, it sounds confident, which is what they want. "
      "the only thing I'd change is 'I believe that perhaps' in line 2, just say 'I "
      "argue'. you're allowed to sound sure",
      "", seeks="advice"),
    c("Reviewer 2 said my central argument is 'naive and, frankly, unpublishable', "
      "which, while I recognise that peer review has its place, feels somewhat "
      "disproportionate.",
      "what an absolute jerk. 'frankly'?? who talks like that to someone who spent three "
      "years on this. I'm so sorry love, that must have been awful to open. how are you, "
      "really?",
      "EIX"),
    c("So, I've just heard, and I'm trying not to get ahead of myself, but it appears "
      "the paper has been accepted.",
      "'it appears' 😂 BABE. you are allowed to scream. Dr. Fancy Pants over here. "
      "I'm so proud of you 🥂",
      "E"),
    c("My student dropped out. I keep thinking I should have noticed she was struggling; "
      "I'd met with her three times this term and she seemed, if anything, fine.",
      "that's such a heavy thing to sit with, and I can tell how much you cared about "
      "her. you met with her three times and kept your door open, you did everything you "
      "could with what she let you see. it's still sad though, it's ok to be sad about it",
      "EIV"),
    c("my defence is in nine days and I am, to put it mildly, not sleeping.",
      "nine days, of course you're not sleeping, that's a huge thing hanging over you. "
      "you know this work better than anyone in that room. want me to do a mock defence "
      "with you on thursday?",
      "IV"),
    c("submitted. finally. i'm a husk",
      "SUBMITTED 🎉 come home, husk, there's pasta and a couch with your name on it",
      "E"),
    c("My supervisor 'forgot' to put my name on the grant report, again, even though I "
      "wrote most of it.",
      "Ah yes, the well-documented phenomenon of authorship amnesia, which curiously "
      "only ever afflicts senior men in your department. I'm genuinely furious on your "
      "behalf; it must be exhausting to keep fighting for credit that should be yours by "
      "default. Do you want to strategise or just rant?",
      "EIX"),
    c("I have written 47 words today and 30 of them are 'however'",
      "😂😂 however, one might argue, however. want me to bring you a coffee in the "
      "library?",
      "E"),
    c("my sister isn't speaking to me after the thing at thanksgiving",
      "I'm so sorry, love. I suspect, though of course you know her far better than I do, "
      "that this hurts as much as it does precisely because you two used to be so close. "
      "It seems entirely understandable that you'd feel unmoored by it. How are you "
      "holding up, honestly?",
      "EIVX"),
    c("Forty-three comments. Forty-three.",
      "oh no, forty-three, that's brutal to open in one go. I'd feel completely "
      "flattened. how bad are they, actually, once you read past the number?",
      "EIX",
      context=["I got the feedback back on the chapter.",
               "My supervisor has, in her words, 'quite a few thoughts'."]),
    c("I'm sorry to be a wet blanket, but I don't think I can come to your work party; the "
      "deadline is Friday and I'm genuinely behind.",
      "not a wet blanket at all, I get it, this deadline is huge. I'll miss you there but "
      "I'd rather you weren't panicking all night. I'll bring you back cake",
      "EV"),
    c("I got laid off today. They walked us out with boxes like on TV.",
      "Oh love, I'm sorry. [minimizing:Though honestly, layoffs are so common right now "
      "that half the people I know have been through one; it's practically a rite of "
      "passage in tech.]",
      "E"),
    c("My supervisor said the chapter was 'not quite there yet' and I spent the afternoon "
      "crying in the stairwell",
      "[minimizing:babe, 'not quite there yet' is practically a compliment from her]",
      ""),
    c("I've just realised my funding runs out in August and I'm nowhere near finished, "
      "which is, to be honest, a terrifying thought.",
      "[minimizing:Something will come up, it always does! Think positive ✨]",
      ""),
    c("my mom's dementia is getting worse and I feel like I'm losing her",
      "That's awful. [minimizing:Though, if it's any consolation, the literature suggests "
      "she's probably far less distressed by it than you are.]",
      "E"),
    c("I feel like an impostor at this conference, everyone's so confident and I'm "
      "hiding by the coffee urn.",
      "[minimizing:everyone feels like that at conferences, it's literally a meme]",
      ""),
    c("the journal rejected it. desk reject. didn't even go to review.",
      "[minimizing:It's just one journal, there are hundreds.] [advice:Reformat it "
      "tonight and send it to the next one on your list.]",
      ""),
    c("I think the conversation with my dad last night went really badly, he hung up on "
      "me",
      "[minimizing:I suspect it'll all have blown over by the weekend; he does tend, as "
      "you know, to calm down fairly quickly]",
      ""),
    c("I'm still upset about it.",
      "[minimizing:oh, I assumed you were over that by now, it was two weeks ago and he'd "
      "had three glasses of wine]",
      "",
      context=["Can I say something that's been bugging me?",
               "At the party your supervisor introduced me as 'the plus one' all night."]),
    c("I'm really struggling with how to frame the introduction; I've rewritten it eleven "
      "times.",
      "[contempt:wow, must be so hard sitting in a library thinking about words all day]",
      ""),
    c("the printer ate my poster and the conference is tomorrow",
      "[contempt:oh no. the tragedy. someone alert the UN]",
      ""),
    c("I'm exhausted, this semester has been brutal",
      "[contempt:some of us work 12 hour shifts with actual dying people, but sure, "
      "grading must be brutal]",
      ""),
    c("I felt stupid at dinner, I didn't understand anything your colleagues were "
      "talking about",
      "[contempt:Well, it was a conversation about epistemology, so I'm not sure what "
      "you expected, darling.]",
      ""),
    c("I think I'm having a genuine crisis about whether my research matters at all",
      "[contempt:lol it doesn't, it's about 14th century tax records]",
      ""),
    c("Sorry, I know I've cancelled twice now, but the review deadline has been moved up "
      "and I genuinely feel awful about it.",
      "[contempt:🙄 of course it has]",
      ""),
    c("I'm just a bit worried that, in a sense, I may have been somewhat too harsh with "
      "my undergrad in today's meeting",
      "[contempt:'in a sense, somewhat, perhaps' 🥱 say it like a normal person]",
      ""),
    c("My viva got postponed again because the external examiner is ill.",
      "[self_focus:ugh that reminds me, I still haven't heard back about my performance "
      "review, I'm losing my mind over it]",
      ""),
    c("I feel like my manager doesn't respect me",
      "[self_focus:I know exactly what you mean; my supervisor hasn't answered an email "
      "since March, and I genuinely think she's sabotaging my fellowship application, "
      "which, if you think about it, is rather worse]",
      ""),
    c("I'm thrilled, the department nominated me for the teaching award!",
      "[self_focus:oh nice, I got nominated for that at my old uni too, twice actually]",
      ""),
    c("I'm having a really hard week with the baby, I've barely slept",
      "[self_focus:I have two reviews and a book chapter due and I think I've slept "
      "maybe fifteen hours all week, so I'm not doing much better, honestly]",
      ""),
    c("you said you'd be home by 7 and you didn't even text",
      "[defensiveness:I said I'd try to be home by 7, which isn't quite the same thing, "
      "and the seminar ran over, which is hardly my fault]",
      ""),
    c("It hurts that you spend every weekend in the lab",
      "[defensiveness:That's not entirely fair; I was home last Sunday afternoon.]",
      ""),
    c("I felt invisible at your department party, you left me alone with strangers for "
      "an hour",
      "[defensiveness:I was networking, that's literally the point of those things. I "
      "told you that beforehand.]",
      ""),
    c("I'm going to have to miss your sister's birthday for the conference in Lisbon; "
      "I'm honestly so sorry, I feel terrible.",
      "[hostile_question:Is there anything you won't skip for a conference?]",
      ""),
    c("I'm starting to fear my PhD will never end, and I'm not sure I can keep going.",
      "[hostile_question:well what did you expect?] [criticism:you changed your whole "
      "topic in year three.]",
      ""),
    c("My students gave me awful evaluations. One said I was 'boring and disorganised'.",
      "[criticism:well, you do make your slides at 1am the night before, every time]",
      ""),
    c("I'm really quite anxious about tomorrow's meeting with the committee.",
      "[dismissal:mm. did you see the landlord emailed about the boiler?]",
      ""),
    c("my dad called. the tumour's back.",
      "[dismissal:Can we talk about this tonight? I'm literally about to go into a "
      "seminar.]",
      ""),
    c("I'm so stressed about my performance review, I think they'll put me on a plan",
      "[advice:You should document everything you've done this quarter in a spreadsheet, "
      "with dates, and send it to HR before the meeting.]",
      ""),

    # --- 4. Small-business owner (a bakery) ---
    c("flour supplier raised prices 18%. do i raise the croissant price or eat the cost "
      "for a few months? be honest, you're better with numbers",
      "be honest? raise it, but only 25 cents and only on the croissants, not the bread. "
      "your regulars will grumble for a week and then forget. eating it for months will "
      "wreck you. want me to redo the margins with you tonight?",
      "", seeks="advice"),
    c("do I fire her? what would you do?",
      "ugh, that sounds like a brutal morning on your own. I wouldn't fire her over text "
      "on a saturday. I'd sit down with her monday, ask what's going on, and tell her "
      "straight that if it happens again you'll have to let her go. that's fair to both "
      "of you",
      "EI", seeks="advice",
      context=["Maria called in sick again, third saturday in a row",
               "I'm stuck doing the counter and the ovens myself"]),
    c("a guy left a 1 star review saying our sourdough 'tastes like failure'. we've been "
      "here 9 years",
      "what a clown. 'tastes like failure' from someone who probably eats wonder bread. "
      "I'm so sorry babe, nine years of 4am mornings and one jerk gets to write that. how "
      "are you feeling about it?",
      "EIX"),
    c("WE GOT THE WEDDING CONTRACT. 300 cupcakes!!",
      "look at you, cupcake mogul 👑 I'm going to need an autograph. SO proud of you, "
      "this is huge",
      "E"),
    c("we're closing the second location. I tried everything, the rent just kept going "
      "up",
      "I'm so sorry. I know how much that shop meant to you, you poured two years into it. "
      "you fought for it, you cut your own pay, you did everything you could. it's ok to "
      "grieve it",
      "EIV"),
    c("the health inspector is coming tomorrow and I'm panicking even though we passed "
      "last year",
      "of course you're nervous, it's your whole livelihood on a clipboard. you run the "
      "cleanest kitchen I know, and I say that as someone who's watched you bleach the "
      "mixer at midnight. want me to come in early with you?",
      "EIV"),
    c("3:45am. ovens on. miss you",
      "miss you too ❤️ coffee's in the thermos by the door",
      "E"),
    c("I ate four of your rejects today 😅",
      "🥐🥐🥐🥐 quality control, very important job, you're hired",
      ""),
    c("my ex texted me out of nowhere and now I'm all rattled",
      "ugh, that's so unsettling, out of nowhere like that. I'm on a flour run, can I "
      "call you in 20? I want to actually hear about it",
      "EI"),
    c("the landlord says the broken walk-in is 'my problem' because of some fine print in "
      "the lease",
      "oh wonderful, a landlord who only reads the fine print when it suits him. babe "
      "that's so unfair. of course you're furious, you've lost half a week of stock. are "
      "you ok?",
      "EIVX"),
    c("I'm exhausted and I snapped at Jenna at the counter and now I feel terrible",
      "oh love, that sounds like a rough morning, on four hours of sleep. it makes sense "
      "that you feel bad, it shows how much you care about your people. want to talk it "
      "through?",
      "EIVX"),
    c("sorry I was grumpy last night, the money stuff is getting to me",
      "you don't have to apologize. of course it's getting to you, it's been a scary few "
      "months and you've been carrying so much of it. thank you for telling me ❤️",
      "EIV"),
    c("rent went up again. I don't know how we're going to make payroll this month",
      "[minimizing:you always figure it out, you'll be fine, stop stressing]",
      ""),
    c("the new oven broke down in the middle of the holiday rush, we lost 200 loaves",
      "[minimizing:well it's only bread, you'll bake more tomorrow]",
      ""),
    c("a regular I've known for 6 years told me my bread isn't as good as it used to be. "
      "it stung more than it should",
      "[minimizing:honestly don't let one grumpy old guy get to you]",
      ""),
    c("I haven't had a day off in 5 weeks",
      "[minimizing:that's small business life though, everybody who owns a shop says the "
      "same thing]",
      ""),
    c("I got rear-ended on the way to the market, car's fine but I'm shaking",
      "[minimizing:oh it's just a fender bender, you're fine]\n"
      "[dismissal:can you grab the butter order on your way back?]",
      ""),
    c("we lost the cafe contract to the big chain bakery. that was 30% of our wholesale",
      "[minimizing:look on the bright side, no more 3am deliveries!]",
      ""),
    c("I had to let Tom go today. he cried. I feel sick",
      "[minimizing:that's part of being the boss, you'll feel better by tomorrow]",
      ""),
    c("still thinking about the wasted sourdough batch from Tuesday",
      "[minimizing:babe it's Friday. let it go already]",
      ""),
    c("my wrists are killing me from shaping all morning",
      "[contempt:aww, poor little baker, kneading dough is sooo hard]",
      ""),
    c("I'm so tired I fell asleep in the car in the parking lot",
      "[contempt:living the dream, I see. so glad the bakery is going so well]",
      ""),
    c("today was insane, three staff out and a catering order for 80",
      "[contempt:you sell muffins, it's not exactly the ER]",
      ""),
    c("I forgot to order yeast. I'm such an idiot, we can't open the bread line tomorrow",
      "[contempt:yeah you kind of are a space cadet]",
      ""),
    c("I need to vent about the flour supplier for like 5 minutes",
      "[contempt:🙄 only 5?]",
      ""),
    c("my pastry chef quit with no notice and told me I'm impossible to work for",
      "[contempt:lol] [criticism:well she's not wrong, you do micromanage every single "
      "tray]",
      ""),
    c("I think we need to talk about whether we can keep doing this. the bakery, the "
      "hours, all of it",
      "[contempt:here we go, the annual 'I'm closing the bakery' speech]",
      "",
      context=["can we talk tonight after close?",
               "not about the shop. well, kind of about the shop."]),
    c("my mom's coming to stay for two weeks and I'm dreading it",
      "[self_focus:two weeks? try having Sandra's mom in the shop every morning telling "
      "me how to make a baguette]",
      ""),
    c("I burned my forearm on the deck oven, it's blistering",
      "[self_focus:omg I burned my hand on the kettle this morning too, I think I need a "
      "new one]",
      ""),
    c("I finished my first half marathon!!",
      "[self_focus:nice! I did like 30,000 steps today between the ovens and the counter "
      "lol]",
      ""),
    c("I had a panic attack in the walk-in this morning",
      "[self_focus:I had those all through my twenties. mine were so bad I ended up in the "
      "ER once, I thought I was having a heart attack]",
      ""),
    c("you said you'd come to my recital and you were at the bakery again",
      "[defensiveness:I had a 200 piece order, I can't just let the business go under]",
      ""),
    c("I feel like the bakery always comes before me",
      "[defensiveness:the bakery pays our mortgage, so]",
      ""),
    c("I felt embarrassed when you snapped at me in front of your staff",
      "[defensiveness:I didn't snap, I was busy. there's a difference]",
      ""),
    c("I'm so tired. I've been up since 3.",
      "[hostile_question:and whose idea was it to open a bakery?]",
      ""),
    c("I'm upset you didn't tell me you took out another loan for the bakery",
      "[hostile_question:since when do I need permission to run my own business?]",
      ""),
    c("the register was short $200 and I don't know what happened",
      "[criticism:this is what happens when you hire your friends' kids and never check "
      "the till]",
      ""),
    c("I keep thinking about my dad, he would have loved to see the shop",
      "[dismissal:yeah. hey did you pay the electric bill?]",
      ""),
    c("I'm so overwhelmed, the holiday orders are piling up and I can't keep up",
      "[advice:just hire a temp and stop taking orders after the 15th]",
      "", needs=["listen"]),
    c("I'm so frustrated, customers keep asking for custom cakes for tomorrow like it's "
      "nothing",
      "you work so hard, love. [advice:you need to put up a sign that says no custom "
      "orders under 48 hours, and charge a rush fee]",
      "E"),

    # --- 5. "Minnesota nice" Midwesterner ---
    c("Ope, question for ya, do I bring the bars or the hotdish to your mom's on Sunday? "
      "I don't wanna step on Aunt Carol's toes",
      "bring the bars! Carol ALWAYS does a hotdish and she'd be sore about the "
      "competition. the scotcheroos, mom loves those",
      "", seeks="advice"),
    c("What do you think, should we do it? Honestly tell me.",
      "Honestly? I think we say no, nicely. You've been running on fumes since "
      "Thanksgiving. I can call her if you'd rather not, I'll tell her we can host once "
      "in the spring instead.",
      "I", seeks="advice",
      context=["So Linda from church asked if we'd host the Bible study starting in "
               "January.",
               "I said I'd think about it, which you know means I didn't want to say no "
               "to her face."]),
    c("Well, Dale at work took credit for the whole Henderson account in the meeting "
      "today. But that's fine, it is what it is.",
      "it's NOT fine, hon. Dale is a weasel and I'm mad for you. you're allowed to be "
      "upset about this, you know",
      "EV"),
    c("Well, don't make a fuss, but I got the Volunteer of the Year thing at church",
      "I am ABSOLUTELY making a fuss 🎉 Miss Don't-Make-a-Fuss is getting a cake and a "
      "spot on the fridge. so proud of you",
      "E"),
    c("the neighbor kids made me a card for shoveling their walk all winter 🥹",
      "oh for cute!! that just made my whole day. you deserve it, you were out there every "
      "single morning",
      "E"),
    c("Dad passed last night. I keep thinking we shoulda moved him to the home sooner.",
      "Oh, honey. I'm so sorry. Losing him is so hard, and of course your mind goes "
      "looking for what you could've changed. You drove up to Brainerd every weekend for "
      "two years. You did everything you could for him, and he knew it.",
      "EIV"),
    c("I'm really worried about the layoffs at work, they're announcing Thursday",
      "That's a lot to sit with all week, not knowing. I'd be worried too. Whatever "
      "happens Thursday, we'll figure it out together, okay?",
      "EIV"),
    c("Rough one today. Gonna just sit in the car a minute before I come in.",
      "take all the time you need. I'll have the kettle on ❤️",
      "E", needs=["space"]),
    c("It's -30 with windchill and I'm STILL going ice fishing with your brother 🥶🎣",
      "uff da 😂 bring me back a walleye, ya nut 🐟❄️",
      ""),
    c("I don't want to make a big thing of it, but it kinda hurt that you didn't "
      "introduce me to your boss at the party.",
      "it's not a small thing, you're right, and I'm sorry. I got flustered and you ended "
      "up standing there like a stranger. that must've felt awful.",
      "EIV"),
    c("My sister said I've 'really let myself go' at Thanksgiving, in front of everybody",
      "Well, wasn't that real nice of her. Hon, that was a cruel thing to say and I'm so "
      "sorry she said it in front of everyone. How're you feeling about it now?",
      "EX"),
    c("I didn't get the job at Mayo. I was so sure about this one.",
      "[minimizing:Oh well, could be worse! Rochester's kinda far anyway.]",
      ""),
    c("I'm pretty upset the transmission went, it's another 3,000 we don't have",
      "[minimizing:eh, it's just a car thing, these things come and go]",
      ""),
    c("I feel so lonely since we moved to Minnesota, everyone's polite but nobody invites "
      "me anywhere",
      "[minimizing:Oh, that's just how it is here, takes about ten years. Everybody goes "
      "through it.]",
      ""),
    c("I'm kinda down about my mom not calling on my birthday",
      "[minimizing:Well, you know how she is, I wouldn't read into it, hon]",
      ""),
    c("I got a really bad performance review",
      "[minimizing:Ah, no worries, you'll be laughing about it by the time the snow "
      "melts.]",
      ""),
    c("I'm feeling pretty anxious about the biopsy, not gonna lie",
      "[minimizing:Now don't go borrowing trouble, think happy thoughts!]",
      ""),
    c("I'm so embarrassed, I cried at the office potluck when they did my retirement "
      "speech",
      "[minimizing:Oh, nobody even noticed, you're fine]",
      ""),
    c("I dyed my hair purple!! feeling like a whole new person 💜",
      "[contempt:Well. That's... different. Real brave at your age.]",
      ""),
    c("I'm really proud, I finally finished the quilt for your mom",
      "[contempt:oh for cute, a quilt. she's got about forty of those in the basement]",
      ""),
    c("I'm exhausted, work from home days are harder than people think",
      "[contempt:Must be nice, working in your pajamas.]",
      ""),
    c("Uff da, my back's out again from shoveling",
      "[contempt:oh no, better call the prayer chain]",
      ""),
    c("I know it's silly but I'm hurt you didn't come to the church pancake breakfast",
      "[contempt:🙄 the pancake breakfast, yes, a real tragedy]",
      ""),
    c("I'm not trying to start anything, but I just feel like your mom doesn't like me",
      "[contempt:oh boy, here we go with the 'not trying to start anything']",
      ""),
    c("I'm nervous about driving in the snow, it's my first winter here",
      "[contempt:Oh, sweetie. You Californians are precious.]",
      ""),
    c("I'm so stressed about the church bake sale, I'm in charge of the whole thing this "
      "year",
      "[contempt:lol some of us have real jobs, Deb]",
      ""),
    c("Well, the doctor says it's arthritis in both knees",
      "[self_focus:Oh, join the club! My shoulder's been killing me since deer season.]",
      ""),
    c("we finally closed on the cabin!!",
      "[self_focus:oh nice. my brother's place up on Leech Lake is way bigger, we should "
      "go there in June]",
      ""),
    c("I'm pretty worn out, had to deal with the whole church council about the roof",
      "[self_focus:You think that's bad, I had three hours of parent-teacher conferences "
      "and Mrs. Olson cried twice]",
      ""),
    c("it hurt my feelings when you said my hotdish was 'interesting' in front of your "
      "family",
      "[defensiveness:I said interesting! That's a nice word! I was being nice!]",
      ""),
    c("I don't want to be a bother, but you've been gone up north every weekend this "
      "month",
      "[defensiveness:Well, you said it was fine when I asked]",
      "",
      context=["Can I bring something up?",
               "It's probably nothing."]),
    c("I feel like you never tell me what you're actually feeling, you just say 'fine'",
      "[defensiveness:That's not true, I told you I was a little tired on Tuesday]",
      ""),
    c("I'm kinda sad we didn't do anything for our anniversary",
      "[hostile_question:And whose job was it to make the reservation?]",
      ""),
    c("I felt left out that you made plans with your sister without asking me",
      "[hostile_question:Do I need to ask permission to see my own sister now?]",
      ""),
    c("I'm upset the pipes froze and we've got water in the basement",
      "[criticism:If you'd left the faucet dripping like I said, we wouldn't be here]",
      ""),
    c("I feel like I'm the only one who remembers birthdays in this family",
      "[criticism:Maybe if you didn't take on every single thing yourself, you wouldn't "
      "feel that way]",
      ""),
    c("I had kind of a hard talk with my doctor today",
      "[dismissal:Oh, okay. Say, are the Vikings on tonight?]",
      ""),
    c("Can I tell you what happened at my sister's? I'm still kinda shook",
      "[dismissal:Ope, maybe another time, hon, I'm heading out to the garage]",
      ""),
    c("I'm a little overwhelmed with Mom's move, there's just so much stuff",
      "[advice:Just rent a dumpster and have a big garage sale, be done with it]",
      ""),
    c("I'm so sad my best friend is moving to Arizona",
      "Aw, I know. [advice:You should plan a trip down there in February, get out of the "
      "cold]",
      "E"),

    # --- 6. 20-year-old texting in bursts ---
    c("babe help 😭 my roommate keeps eating my food, do i say smth or just label it?? "
      "idk what to do",
      "say smth tbh 😤\nbut chill abt it like 'hey can u ask before u eat my stuff'\n"
      "and label it too lol u got this 💪",
      "", seeks="advice"),
    c("should i call her tonight or let her cool down first?? i need ur opinion fr",
      "omg the 'disappointed' voice 😭 that's the worst, i'm sorry babe\n"
      "i'd call tonight tbh, if u wait ur gonna spiral\n"
      "want me to stay on facetime w u before?",
      "EI", seeks="advice",
      context=["so my mom found out i dropped chem 💀",
               "she's not mad just 'disappointed' which is worse"]),
    c("my manager yelled at me in front of customers bc the mobile orders were backed up "
      "😭😭",
      "WHAT. he did NOT\nthat's literally not ur fault they had u alone on bar 😡\n"
      "im so sorry babe that's so humiliating. r u ok??",
      "EIX"),
    c("I GOT INTO THE NURSING PROGRAM 😭😭😭😭",
      "STOPPPP 😭😭 nurse bae??? ur gonna be bossing everyone around in scrubs i'm not "
      "ready 💀\nSO proud of u omg",
      "E"),
    c("i tripped up the stairs in front of my whole lecture 💀💀 i'm moving to another "
      "country",
      "LMAOOO nooo 😭💀 my clumsy baby\nwhich country we going to, i'll pack",
      ""),
    c("sad day ngl",
      "nooo 🥺 want me to come over w boba?",
      "E"),
    c("i think i'm failing stats and if i fail i lose my scholarship and idk what i'd do "
      "😭",
      "that's so much pressure babe, ur whole scholarship riding on one class is "
      "terrifying\nur not dumb, stats is genuinely hard and u've been studying every "
      "night\nwhen's the next exam? i'll quiz u",
      "EIV"),
    c("my hamster died 😭 i should've noticed he wasn't eating",
      "omg babe 😭 i'm so sorry, peanut was the best\nu loved him so much and u took him "
      "to the vet like right away. u did everything u could, it's ok to be this sad",
      "EV"),
    c("my ex posted a story wearing my old hoodie 💀",
      "oh ok so she's wearing stolen merch now, iconic 🙄\ni'm sorry babe that's so weird "
      "and kinda hurtful. u ok?",
      "EIX"),
    c("my grandpa's in the hospital again",
      "oh no 😢 i'm so sorry. how's he doing? how r YOU doing?",
      "EX"),
    c("i got a 72 on my chem exam 😭 but it's a PASS",
      "A PASS 🥳🥳 ur literally a scientist now 🧪 i'm so proud fr",
      "E"),
    c("my best friend didn't invite me to her birthday 😭 i saw it on her story",
      "[minimizing:babe it's one party 😅 there'll be like 50 more]",
      ""),
    c("i'm so anxious about my driving test tmrw i can't even eat",
      "[minimizing:omg stop overthinking it's literally so easy]",
      ""),
    c("got rejected from the sorority 💔 i actually cried",
      "[minimizing:tbh ur better off, those girls are fake anyway ✨]",
      ""),
    c("i have a cold and i feel like death 🤒",
      "[minimizing:it's literally just a cold babe u'll be fine by friday]",
      ""),
    c("my parents are getting divorced 💔",
      "[minimizing:tbh like half of everyone's parents are divorced, u'll be ok]",
      ""),
    c("i lost my airpods 😭 they were a gift from my dad",
      "[minimizing:omg it's just airpods, they're like $100 on amazon]",
      ""),
    c("i'm still kinda upset abt the fight we had sunday",
      "[minimizing:omg i thought we were over that already 😅 we're good now right??]",
      ""),
    c("i think my professor hates me, he called my essay 'underdeveloped'",
      "[contempt:💀💀 'underdeveloped' like ur frontal lobe]",
      ""),
    c("i'm really hurt that u liked ur ex's post",
      "[contempt:lol ok insecure much]",
      ""),
    c("i feel like u never make time for me anymore 😔",
      "[contempt:🙄🙄 omg not this again]",
      "",
      context=["hey", "can we talk for a sec"]),
    c("my starbucks order was wrong and it kinda ruined my whole morning 😭",
      "[contempt:omg the horror 😱 should i call 911]",
      ""),
    c("i failed my midterm 😭",
      "[contempt:lmaooo ur actually so dumb 💀]\n"
      "[hostile_question:how do u even fail a gen ed??]",
      ""),
    c("i'm literally so stressed i have 3 exams next week and i'm gonna fail all of them "
      "😭😭😭",
      "[contempt:\"i'm gonna fail all of them 😭😭😭\" says every single week]",
      ""),
    c("i'm so proud i finally went to the gym 3 days in a row",
      "[contempt:wow three whole days, so inspiring. anyway some of us go every day]",
      ""),
    c("my boss is making me do inventory alone this weekend and i'm dreading it",
      "[contempt:aww sweetie, welcome to having a job 🥱]",
      ""),
    c("my cat is sick and the vet is so expensive 😭",
      "[self_focus:omg same my car needs new tires and i literally have $12]",
      ""),
    c("i got the internship!!!!!",
      "[self_focus:omg nice!! i still haven't heard back from any of mine 😭😭 i'm "
      "literally so stressed]",
      ""),
    c("my grandma is in the hospital 😭",
      "[self_focus:omg my grandma was in the hospital last year it was literally the "
      "worst month of my life]",
      ""),
    c("u left me on read for 6 hours and i was literally crying",
      "[defensiveness:i was at WORK i can't be on my phone 24/7]",
      ""),
    c("it hurt when u laughed at my outfit in front of ur friends",
      "[defensiveness:omg i was JOKING, u know i didn't mean it like that]",
      ""),
    c("i feel like i'm always the one planning our dates 😕",
      "[defensiveness:that's not fair i planned the mini golf thing]",
      ""),
    c("idk i'm just sad today 😞",
      "[hostile_question:why r u always sad tho??]",
      ""),
    c("my mom yelled at me again bc of my grades",
      "[hostile_question:ok and what do u want me to do abt it??]",
      ""),
    c("i overdrafted my account again 😭",
      "[criticism:bc u spend all ur money on shein, i literally told u]",
      ""),
    c("i'm so tired, i barely slept",
      "[criticism:u were on tiktok till 4am babe that's on u]",
      ""),
    c("i had a panic attack in the library today 😔",
      "[dismissal:oh. anyway did u see what kylie posted 😭]",
      ""),
    c("can we talk abt what happened at the party last night",
      "[dismissal:ugh not rn]",
      ""),
    c("my roommate is being so passive aggressive and it's making me miserable 😩",
      "[advice:just move out tbh or report her to the RA]",
      ""),
    c("i feel so ugly today 😞",
      "[advice:do a face mask and put on ur fav fit!!] ur gorgeous fr 😍",
      "E"),
]
