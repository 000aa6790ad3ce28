"""What a complaint is about, and what the writer may need instead (authored).

Each topic has the cue words that point to it, the vulnerable feelings that often
sit under that complaint (words of the feelings vocabulary), a plain description
of the situation that blames no one, and needs said as positive requests: what
*would* help, not what the partner does wrong (Gottman's gentle start-up).
The first matching topic wins, so the more specific come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Topic:
    id: str
    cue: re.Pattern[str]  # over the normalised draft (lower case, no apostrophes)
    feelings: tuple[str, ...]  # most fitting first
    about: str  # "about ...": the situation, with no one to blame
    needs: tuple[tuple[str, str], ...]  # (completes "I need ...", a request)


def _topic(
    id: str,
    cue: str,
    feelings: tuple[str, ...],
    about: str,
    needs: tuple[tuple[str, str], ...],
) -> Topic:
    return Topic(id, re.compile(cue), feelings, about, needs)


TOPICS: Final[tuple[Topic, ...]] = (
    _topic(
        "money",
        r"\$\d|\b(?:money|spen[dt](?:ing)? (?!(?:\w+ )?time\b)|bought|buy\w*|bills?|budget|"
        r"debt|credit card|paycheck|savings|afford|expensive|cost)\b",
        ("worried", "stressed", "insecure"),
        "how we've been handling money lately",
        (
            (
                "us to look at the budget together this weekend, so we're on the same page",
                "Could we look at the budget together this weekend?",
            ),
            (
                "us to check with each other before big purchases, so I feel we're a team",
                "Would you be willing to check with me before big purchases, and I'll do the same?",
            ),
        ),
    ),
    _topic(
        "phone",
        r"\b(?:phone|screen|scrolling|instagram|tiktok|your games?|gaming|video games?|texting|"
        r"netflix|tv|laptop)\b",
        ("lonely", "unheard", "left out"),
        "how much of our time together goes to screens",
        (
            (
                "some time with just us, phones in another room, even for twenty minutes tonight",
                "Could we put our phones in another room for twenty minutes tonight and just talk?",
            ),
            (
                "to know I have your attention when I'm telling you something that matters",
                "When I tell you something important, could you put the screen down for a moment?",
            ),
        ),
    ),
    _topic(
        "listening",
        r"\b(?:listen|listening|listened|hear me|hearing me|heard|interrupt\w*|talk over|"
        r"talking over|tune me out|cut me off|pay attention)\b",
        ("unheard", "lonely", "hurt"),
        "how our conversations have been going lately",
        (
            (
                "a few minutes where I can talk and you just listen, without fixing anything",
                "Could you give me ten minutes tonight where I talk and you just listen?",
            ),
            (
                "to feel heard: could you tell me back what you heard, so I know it landed?",
                "Would you tell me back what you heard, so I know it landed?",
            ),
        ),
    ),
    _topic(
        "chores",
        r"\b(?:dish(?:es)?|laundry|clean\w*|chores?|housework|mess|messy|trash|garbage|"
        r"vacuum\w*|cook\w*|groceries|tidy|bins?|sink)\b",
        ("overwhelmed", "unappreciated", "exhausted"),
        "how the housework has been split lately",
        (
            (
                "us to sit down and split the chores so it feels fair to both of us",
                "Could we sit down this weekend and split the chores so it feels fair to both "
                "of us?",
            ),
            (
                "help with the dishes tonight, so we can both rest afterwards",
                "Would you do the dishes with me tonight, so we can both rest afterwards?",
            ),
        ),
    ),
    _topic(
        "kids",
        r"\b(?:kids?|children|baby|bedtime|school run|homework|parenting|daycare|diapers?|"
        r"nappies)\b",
        ("overwhelmed", "exhausted", "stretched thin"),
        "how the parenting has been shared lately",
        (
            (
                "you to take bedtime a few nights this week, so I get some time to breathe",
                "Could you take bedtime a few nights this week, so I get some time to breathe?",
            ),
            (
                "us to talk about how we share the kids' routines, so I'm not carrying it alone",
                "Could we talk about how we share the kids' routines, so I'm not carrying it "
                "alone?",
            ),
        ),
    ),
    _topic(
        "lateness",
        r"\b(?:late|on time|waiting|waited|wait for you|showed up|show up|cancel\w*|"
        r"last minute|stood me up|bail\w*|flak\w*)\b",
        ("let down", "disappointed", "forgotten"),
        "the plans that changed at the last minute",
        (
            (
                "a quick text when you're running late, so I'm not left wondering",
                "Would you send me a quick text when you're running late?",
            ),
            (
                "to be able to count on our plans; if something changes, tell me as soon as you "
                "know",
                "If plans change, could you tell me as soon as you know?",
            ),
        ),
    ),
    _topic(
        "forgetting",
        r"\b(?:forg[eo]t\w*|birthday|anniversary|remember\w*|promised|promise)\b",
        ("hurt", "forgotten", "let down"),
        "what happened with the thing that mattered to me",
        (
            (
                "to know that the things that matter to me matter to you too",
                "Could we talk about what these days mean to each of us?",
            ),
            (
                "us to put the important dates in a shared calendar, so neither of us has to "
                "carry them alone",
                "Would you put the important dates in a shared calendar with me?",
            ),
        ),
    ),
    _topic(
        "time",
        r"\b(?:time (?:together|with me|for (?:me|us))|date night|go out|going out|anymore|"
        r"spend time|hang out|quality time|always working|work late|working late|busy|"
        r"friends (?:more|over me)|weekends?)\b",
        ("lonely", "left out", "disappointed"),
        "how little time we've had for each other lately",
        (
            (
                "an evening with just the two of us this week; could we plan one together?",
                "Could we plan an evening with just the two of us this week?",
            ),
            (
                "some time together that we protect, even if it's only a walk after dinner",
                "Would you take a walk with me after dinner tonight?",
            ),
        ),
    ),
    _topic(
        "affection",
        r"\b(?:hug|hugs|kiss\w*|cuddl\w*|touch\w*|affection\w*|intimacy|intimate|hold me|"
        r"attracted|romantic|romance)\b",
        ("lonely", "rejected", "insecure"),
        "how close we've been feeling lately",
        (
            (
                "a hug when you come home; it helps me feel close to you",
                "Would you give me a hug when you come home? It helps me feel close to you.",
            ),
            (
                "us to talk about how we can feel close again, at a time that suits us both",
                "Could we find a quiet time to talk about feeling close again?",
            ),
        ),
    ),
    _topic(
        "family",
        r"\b(?:your (?:mom|mother|dad|father|parents|family|sister|brother)|in laws?|mother in "
        r"law|father in law|holidays|christmas|thanksgiving)\b",
        ("left out", "hurt", "torn"),
        "how things went with the family",
        (
            (
                "to know you're on my side when things get tense with the family",
                "Next time things get tense, could you stand beside me?",
            ),
            (
                "us to agree on a plan for family visits before we go",
                "Could we agree on a plan before the next family visit?",
            ),
        ),
    ),
    _topic(
        "tone",
        r"\b(?:yell\w*|shout\w*|tone|snap\w*|rude|talk to me like|speak to me like|mean|"
        r"sarcas\w*|eye ?roll\w*|roll your eyes|disrespect\w*|criticiz\w*|nag\w*)\b",
        ("hurt", "disrespected", "upset"),
        "how we talked to each other earlier",
        (
            (
                "us to take a break when things heat up, and come back when we're both calmer",
                "Could we take a break when things heat up, and come back when we're both calmer?",
            ),
            (
                "to talk about this in a softer voice, so I can really hear you",
                "Could we talk about this again in a softer voice?",
            ),
        ),
    ),
    _topic(
        "trust",
        r"\b(?:lie|lied|lying|liar|ex|cheat\w*|flirt\w*|secret\w*|hid\w*|trust|texting "
        r"(?:her|him|someone))\b",
        ("insecure", "hurt", "scared"),
        "something that's been making me feel unsure of us",
        (
            (
                "us to talk openly about it, so I can feel secure with you again",
                "Could we talk about it openly tonight?",
            ),
            (
                "some reassurance; it would help to hear how you see it",
                "Would you tell me how you see it? Hearing it would help me.",
            ),
        ),
    ),
    _topic(
        "support",
        r"\b(?:help\w*|support\w*|there for me|care|alone|on my own|by myself|all by myself|"
        r"carry\w*|everything myself|do everything)\b",
        ("lonely", "overwhelmed", "unappreciated"),
        "how much I've been carrying on my own lately",
        (
            (
                "to feel that we're a team; could we talk about what would help this week?",
                "Could we talk about what would help this week?",
            ),
            (
                "a little support: even asking how my day went would mean a lot",
                "Would you ask me how my day went tonight? It would mean a lot.",
            ),
        ),
    ),
)

# When no topic fits: the writer's feeling still leads, and the need is asked for.
GENERAL: Final = Topic(
    "general",
    re.compile(r"(?!)"),
    ("hurt", "upset", "frustrated"),
    "what happened between us",
    (
        (
            "us to talk about it calmly, when we both have time",
            "Could we talk about it calmly when we both have time?",
        ),
        (
            "to understand how you see it, and to tell you how it was for me",
            "Would you tell me how you see it, and let me tell you how it was for me?",
        ),
    ),
)


def find_topic(normalised: str) -> Topic:
    for topic in TOPICS:
        if topic.cue.search(normalised):
            return topic
    return GENERAL
