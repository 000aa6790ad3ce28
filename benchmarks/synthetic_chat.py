"""A synthetic WhatsApp export of any size, for benchmarks: two people, realistic mix.

About a third of turns are logistics, a fifth emotional bids, a sixth small bids,
the rest answers and chatter; runs of two or three messages are common. Texts are
assembled from fragments so that nearly every message is distinct (no cache
flatters the numbers). Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

PEOPLE = ("Linda", "Josh")

LOGISTICS = (
    "dinner at {h}?", "can you pick up milk on the way", "on my way", "ok", "yes",
    "the plumber comes {day}", "did you pay the electricity bill?", "traffic, {m} min late",
    "I'll be home around {h}", "kids need picking up at {h}", "👍", "sounds good",
    "where are the car keys", "remember the dentist on {day}", "leaving now",
    "can you book the table for {h}", "we're out of coffee", "parking at the back",
)
BID_OPENERS = ("", "ugh ", "honestly ", "babe ", "so ", "omg ", "")
BIDS = (
    "I had the worst day, my boss yelled at me in front of everyone",
    "I'm so tired of feeling like nobody at work sees me",
    "I'm really worried about the test results on {day}",
    "I GOT THE JOB!!!",
    "I miss you so much today",
    "my mum said something really hurtful again",
    "I feel like you never have time for me lately",
    "can we talk tonight? I'm feeling a bit lost",
    "I'm so stressed about money this month",
    "what if they don't like me at the interview",
    "I passed the exam!! can't believe it",
    "I cried in the car after the meeting",
    "this job is killing me",
    "I'm nervous about seeing my dad on {day}",
)
BID_TAILS = ("", " 😢", " ...", " honestly", " and I don't know what to do with myself", "!!")
SMALL = (
    "look at this {n}", "haha this dog", "<Media omitted>", "how was your day?",
    "good morning ❤️", "the sunset tonight!", "https://example.org/v/{n}", "thinking of you",
)
TOWARD = (
    "oh no, I'm so sorry love. what happened?", "that sounds exhausting, come here ❤️",
    "CONGRATS!!! I'm so proud of you", "aww I miss you too",
    "that must have hurt. want to talk tonight?",
    "of course you're stressed, it's a lot. I'm here", "haha love it", "so cute 😍",
    "I get it, that would worry me too. what did the doctor say?",
)
AWAY = (
    "did you see my charger anywhere", "ok", "what's for dinner", "can you call the bank",
    "I'm at the gym", "anyway, did you book the car service?",
)
AGAINST = (
    "you always make such a drama out of everything", "well it's not my fault you hate your job",
    "oh poor you", "what is it with you lately?", "here we go again",
)


def _fill(text: str, rng: random.Random) -> str:
    return text.format(
        h=f"{rng.randint(5, 10)}:{rng.choice(('00', '15', '30', '45'))}",
        day=rng.choice(("Monday", "Tuesday", "Thursday", "Friday", "the 12th", "next week")),
        m=rng.randint(5, 40),
        n=rng.randint(1, 10_000),
    )


def _unique(text: str, rng: random.Random) -> str:
    # A small distinct tail, as real messages differ: a name, a time, an emoji.
    tails = ("", "", f" ({rng.randint(1, 999)})", " x", " 🙂", f" #{rng.randint(1, 99)}")
    return text + rng.choice(tails)


def turns(rng: random.Random) -> Iterator[list[str]]:
    """Endless turns, each a list of one person's consecutive messages."""
    while True:
        roll = rng.random()
        if roll < 0.35:
            yield [_unique(_fill(rng.choice(LOGISTICS), rng), rng)]
        elif roll < 0.55:
            bid = rng.choice(BID_OPENERS) + _fill(rng.choice(BIDS), rng) + rng.choice(BID_TAILS)
            more = [_unique("and I just feel so alone with it", rng)] if rng.random() < 0.3 else []
            yield [_unique(bid, rng), *more]
            answer = rng.choices((TOWARD, AWAY, AGAINST), weights=(0.7, 0.2, 0.1))[0]
            yield [_unique(rng.choice(answer), rng)]
        elif roll < 0.72:
            small = rng.choice(SMALL)
            yield [small if small.startswith("<") else _unique(_fill(small, rng), rng)]
            yield [_unique(rng.choice(TOWARD[6:] + AWAY[:3]), rng)]
        else:
            yield [_unique(_fill(rng.choice(LOGISTICS), rng), rng), _unique("lol", rng)]


def write_whatsapp(path: Path, messages: int, seed: int = 13) -> int:
    """Writes an Android-style, day-first, 24-hour export with `messages` messages."""
    rng = random.Random(seed)
    when = datetime(2023, 1, 2, 7, 30)
    written = 0
    speaker = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(f"{when:%d/%m/%Y, %H:%M} - Messages and calls are end-to-end encrypted.\n")
        for turn in turns(rng):
            for text in turn:
                if written == messages:
                    return written
                when += timedelta(minutes=rng.choice((1, 2, 3, 5, 8, 15, 40, 90, 300)))
                out.write(f"{when:%d/%m/%Y, %H:%M} - {PEOPLE[speaker]}: {text}\n")
                written += 1
            speaker = 1 - speaker
    return written
