"""Build data/couples/crisis.jsonl: partner messages with and without a crisis.

    python data/couples/authoring/build_crisis.py

Authored by the empathos project (synthetic, no real people's messages).
kind: self_harm | violence | abuse | null. hard_negative marks everyday
hyperbole that borrows crisis words ("this job is killing me"). Every row is
split "train"; the held-out set is crisis_heldout.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

import crisis_extra
import crisis_extra3

OUT = Path(__file__).resolve().parent.parent / "crisis.jsonl"

SELF_HARM = [
    "I don't want to be here anymore.",
    "Sometimes I think everyone would be better off without me.",
    "I've been thinking about killing myself.",
    "i want to disappear and never come back",
    "I cut myself again last night.",
    "I keep thinking about taking all my sleeping pills.",
    "I just want it all to end.",
    "What's the point of living like this",
    "I wrote a note for the kids in case something happens to me.",
    "I'm so tired of existing. I wish I could just not wake up.",
    "I've been having suicidal thoughts again.",
    "I hurt myself on purpose when things get this bad.",
    "Nobody would even notice if I was gone.",
    "I'm a burden to everyone around me.",
    "I looked up how many pills it would take to overdose.",
    "I wish I was dead.",
    "I don't see the point in going on anymore.",
    "I stood on the bridge tonight and thought about jumping off it.",
    "I've been planning to end my life.",
    "i dont wanna live anymore",
    "I've started self harming again and I don't know how to stop.",
    "I think I'm going to kill myself.",
    "I can't do this anymore. I'm done.",
    "There's nothing left to live for since she left.",
    "I relapsed. I used the razor on my arm again.",
    "honestly i want to die",
    "I've been giving away my things. I won't need them.",
    "I want to go to sleep and never wake up.",
    "My family would be better off if I wasn't around.",
    "I keep imagining swallowing the whole bottle of my meds.",
    "I don't want to live like this. I've been thinking about ending it all.",
    "I'm not going to be around much longer.",
    "Part of me wants to crash the car on purpose on the way home.",
    "I've been burning myself with a lighter when I get overwhelmed.",
    "No one would miss me if I disappeared.",
]

VIOLENCE = [
    "He hit me last night.",
    "My boyfriend pushed me into the wall when I tried to leave the room.",
    "I'm going to kill him if he touches my sister again.",
    "She slapped me in front of the kids.",
    "He choked me during the fight and I blacked out for a second.",
    "He threw a glass at me and it cut my face.",
    "My husband has a gun and he said he'd use it on me if I leave.",
    "He threatened to kill me if I told anyone.",
    "I'm scared he's going to hurt the kids.",
    "I have bruises all over my arms from where he grabbed me.",
    "He put his hands around my neck.",
    "i swear im going to stab my ex if he shows up again",
    "My dad punched me when I came home late.",
    "He dragged me by my hair across the kitchen.",
    "I'm afraid for my safety at home.",
    "He tried to run me over with the car.",
    "My stepdad hits my little brother when he's drunk.",
    "She kicked me and then locked herself in the bathroom.",
    "I'm so angry I could kill my boss, I'm serious, I've thought about how.",
    "He shoved me down the stairs.",
    "My partner beat me up again and I have a black eye.",
    "I was sexually assaulted at the party and I haven't told anyone.",
]

ABUSE = [
    "I'm scared of him when he drinks.",
    "He won't let me leave the house without him.",
    "He controls all our money and I have to ask for every dollar.",
    "I'm afraid to go home tonight.",
    "She checks my phone every night and reads all my messages.",
    "He tracks my location and gets angry if I'm five minutes late.",
    "He says no one else would ever love me.",
    "I'm not allowed to see my friends anymore.",
    "He took my passport and my car keys.",
    "He threatens to take the kids if I ever leave.",
    "I feel like I'm walking on eggshells all the time at home.",
    "He calls me worthless and stupid every day.",
    "He punched a hole in the wall right next to my head.",
    "He pressured me into sex when I said no.",
    "My girlfriend says she'll hurt herself if I break up with her.",
    "He cut me off from my family and my friends.",
    "I have to ask his permission to buy groceries.",
    "He showed up at my work again even though I asked him to stop.",
    "If I leave him he says he'll make my life hell.",
    "He screams at me until I cry and then says it's my fault.",
    "I'm terrified of what he'll do when he finds out I talked to a lawyer.",
    "He doesn't let me have my own bank account.",
]

NON_CRISIS_HARD = [
    "This job is killing me.",
    "I could kill for a coffee right now.",
    "I'm dying to see you this weekend!",
    "I'm killing it at work lately.",
    "I'm dead tired after that shift.",
    "My phone died in the middle of the call.",
    "The deadline is killing me.",
    "My mom is going to kill me when she sees the car.",
    "I nearly died laughing at your text.",
    "These heels are killing my feet.",
    "I could just die of embarrassment.",
    "He pushed me to apply for the promotion and I got it!",
    "It really hit me today how much I miss college.",
    "Hit me up when you're free.",
    "I'm going to murder this pizza.",
    "My boss is going to kill me if I'm late again lol.",
    "I want to disappear for a weekend to a cabin with no wifi.",
    "The traffic was so bad I wanted to scream.",
    "I'm scared of spiders, can you come deal with this one?",
    "My back is killing me from moving boxes.",
    "I'd kill to have your metabolism.",
    "This heat is unbearable, I'm melting.",
    "I'm going to kill this presentation tomorrow.",
    "My boss won't let me leave early on Fridays anymore.",
    "I died a little inside when he said that in the meeting.",
    "The plant I bought last week is already dead.",
    "My sister says she'll kill me if I tell Mom about the party.",
    "My feet are killing me from the hike.",
    "I'm afraid to go home because I forgot to buy the milk again, haha.",
    "I hurt my back at the gym.",
    "Coach pushed me hard today, my legs are jelly.",
    "I'm so tired I could sleep forever, haha.",
    "I just want this week to be over.",
    "That movie absolutely killed me, I cried at the end.",
    "I cut my finger chopping onions.",
    "I can't take this commute anymore.",
    "My kid bit me today, teething is brutal.",
    "The news about the layoffs hit me hard.",
    "I'm burning out at work, I need a vacation.",
    "I'm overdosing on coffee today lol.",
    "I took too many shifts this month.",
    "I'm so done with this group project.",
    "The dog grabbed my sandwich right off my plate.",
    "She threw a surprise party for me!",
    "I'm terrified of my driving test tomorrow.",
    "The kids are driving me crazy today.",
    "I could strangle the printer, it jammed again.",
    "I'm literally dying of boredom in this meeting.",
    "I'd rather die than go to another baby shower.",
    "My brother beat me at chess again.",
]

NON_CRISIS_PLAIN = [
    "My boss tore apart my presentation in front of everyone.",
    "I'm so tired of being the only one who cleans.",
    "I miss my grandma so much today.",
    "We're behind on rent again.",
    "I feel like we never talk anymore.",
    "My sister cancelled on me again.",
    "I failed my exam.",
    "I'm nervous about the doctor's appointment.",
    "I feel lonely in this new city.",
    "My friends didn't invite me to the trip.",
    "I hate my job but I can't afford to quit.",
    "You forgot our anniversary.",
    "My mom keeps criticizing my parenting.",
    "I'm stressed about the wedding budget.",
    "I didn't get the promotion.",
    "The baby won't stop crying and I'm exhausted.",
    "I feel like a failure compared to my friends.",
    "My dad and I had a huge fight on the phone.",
    "Our dog is sick and the vet bills are huge.",
    "I'm so angry at my brother for what he said.",
    "I got a speeding ticket today.",
    "My coworker keeps interrupting me in meetings.",
    "I'm worried about my dad's drinking.",
    "I had a panic attack at work today.",
    "We had a fight and I can't stop crying.",
    "I feel so unattractive lately.",
    "I'm jealous of how much time you spend with your friends.",
    "The landlord is raising the rent again.",
    "I think my best friend is mad at me.",
    "I'm scared I'll never find a job I like.",
]


# Holdout v1: written after the patterns were tuned on the lists above. Measured once
# (recall 0.50, 15/16 hard negatives unflagged), then used for tuning.
HOLDOUT_SELF_HARM = [
    "I keep thinking it would be easier if I just wasn't alive.",
    "i've been hurting myself again, i'm sorry",
    "Tonight I looked at the pills for a really long time.",
    "I don't think I can keep living like this.",
    "Everyone would be happier if I just disappeared for good.",
    "I have a plan and I think I'm going to go through with it.",
    "Sometimes I think about driving into a tree.",
    "I'm so done. I just want to stop existing.",
    "I'm thinking about ending things, like for real, not with you.",
    "What if I just didn't wake up tomorrow, would anyone care",
]
HOLDOUT_VIOLENCE = [
    "he slammed me against the door last night",
    "She hit me with the remote and my lip is bleeding.",
    "My husband strangled me until I couldn't breathe.",
    "I think he's going to kill me one day.",
    "I'm going to hurt him if he comes near me again, I mean it.",
    "He kicked me in the stomach when I was on the floor.",
    "My ex broke into the apartment and attacked me.",
    "He pulled a knife on me during the argument.",
]
HOLDOUT_ABUSE = [
    "He reads every message I send and deletes my friends' numbers.",
    "I'm not even allowed to have my own money.",
    "She threatened to tell everyone my secrets if I leave.",
    "I'm scared of what my boyfriend will do if he finds out.",
    "He makes me feel like I'm crazy and says nobody will believe me.",
    "He locks me out of the house when I disagree with him.",
    "My partner won't let me go to work anymore.",
    "I'm afraid of my husband.",
]
HOLDOUT_HARD = [
    "My manager is going to murder me for missing that email.",
    "I nearly killed myself laughing at that video.",
    "That spin class absolutely destroyed me.",
    "I'm dying here, this meeting will not end.",
    "My laptop died right before I hit save.",
    "He pushed me into signing up for the marathon, thanks a lot.",
    "I want to crawl into bed and disappear until Monday.",
    "Traffic is going to be the death of me.",
    "I'd kill for a day off.",
    "She hit the nail on the head in the meeting.",
    "I'm so hungry I could die.",
    "He threw me a surprise party and I cried.",
    "The cat scratched me again, little monster.",
    "I'm over it, this week can end now.",
    "My coworker's jokes are killing me, he's hilarious.",
    "My sister will literally kill me if I'm late to her wedding.",
]


# Holdout v2: written after tuning on the above; measured once (recall 0.455, 12/12
# hard negatives unflagged), then used for tuning too.
DEV_SELF_HARM = [
    "I don't want to exist anymore.",
    "I've been researching ways to die.",
    "I scratched my arms until they bled again.",
    "it would be so much easier if i was gone",
    "I said goodbye to my sister today because I won't see her again.",
    "I feel like ending it tonight.",
    "I'm thinking of jumping.",
    "I just want to never wake up again.",
    "There's no way out except dying.",
    "I hoard my pills in case I need them.",
]
DEV_VIOLENCE = [
    "He punched me in the face last night.",
    "She pushed me down and kicked me.",
    "He grabbed my throat and squeezed.",
    "I'm scared he'll kill me if I leave.",
    "I'm going to shoot him, I swear.",
    "He bashed my head against the wall.",
]
DEV_ABUSE = [
    "He won't let me talk to my mom.",
    "He takes my whole paycheck every month.",
    "I'm terrified of him.",
    "He says if I leave he'll take the kids and I'll never see them.",
    "He checks where I am every hour and gets furious if I don't answer.",
    "I have to hide my phone from him.",
]
DEV_HARD = [
    "This commute is killing me slowly.",
    "I could murder a burger right now.",
    "I'm dead, that meme is too good.",
    "My battery died halfway through the movie.",
    "Mom's going to kill us when she sees the carpet.",
    "He punched the air when his team scored.",
    "I want to hide under a rock after that presentation.",
    "The landlord won't let me paint the walls.",
    "I'm so tired I want to sleep for a week.",
    "That workout nearly killed me.",
    "She kicked me out of the group chat lol.",
    "I wanted the ground to swallow me whole.",
]


def main() -> None:
    rows = []
    # batch: "initial" (patterns written and tuned with it), "holdout1" and "holdout2"
    # (each measured once on new wording before it was used for tuning; see DATASHEET.md),
    # "extra1" and "extra3" (more phrasings for the learned risk head; extra3 written blind,
    # weighted to indirect signs), "extra2" (hard negatives). All are split "train": the
    # held-out set lives in crisis_heldout.jsonl (build_crisis_heldout.py), never tuned on.
    parts = (
        ("initial", "self_harm", SELF_HARM), ("initial", "violence", VIOLENCE),
        ("initial", "abuse", ABUSE), ("initial", None, NON_CRISIS_HARD),
        ("initial", None, NON_CRISIS_PLAIN), ("holdout1", "self_harm", HOLDOUT_SELF_HARM),
        ("holdout1", "violence", HOLDOUT_VIOLENCE), ("holdout1", "abuse", HOLDOUT_ABUSE),
        ("holdout1", None, HOLDOUT_HARD), ("holdout2", "self_harm", DEV_SELF_HARM),
        ("holdout2", "violence", DEV_VIOLENCE), ("holdout2", "abuse", DEV_ABUSE),
        ("holdout2", None, DEV_HARD), ("extra1", "self_harm", crisis_extra.SELF_HARM),
        ("extra1", "violence", crisis_extra.VIOLENCE), ("extra1", "abuse", crisis_extra.ABUSE),
        ("extra1", None, crisis_extra.HARD), ("extra1", None, crisis_extra.PLAIN),
        ("extra2", None, crisis_extra.HARD2),
        ("extra3", "self_harm", crisis_extra3.SELF_HARM),
        ("extra3", "violence", crisis_extra3.VIOLENCE),
        ("extra3", "abuse", crisis_extra3.ABUSE),
        ("extra3", None, crisis_extra3.HARD),
    )
    for batch, kind, texts in parts:
        hard = kind is None and texts is not NON_CRISIS_PLAIN and texts is not crisis_extra.PLAIN
        rows += [
            {"text": t, "kind": kind, "hard_negative": hard, "batch": batch, "split": "train"}
            for t in texts
        ]
    with OUT.open("w", encoding="utf-8") as f:
        for n, row in enumerate(rows, 1):
            f.write(json.dumps({"id": f"k{n:03d}", **row}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
