"""Happy news answered warmly is not a block.

The couple cases were long all about a partner who is upset, and the block head
learned that a short bright reply ("Impressive.", "Cute.") is mockery. Answering good
news with "aww so cute" or "so proud of you" is the opposite, and the look back reads
these answers to small bids every day. Batch train7 taught the difference; this keeps
it learned. Several of these phrases are also in train7 (its brief listed them), so
this is a guard against forgetting, not a measure of how well the head generalises.
"""

from __future__ import annotations

import pytest

import empathos

pytestmark = pytest.mark.models

GOOD_NEWS = [
    "look at this little guy I saw on my walk",
    "I finally finished the painting!",
    "got the promotion!!",
    "made dinner for us tonight",
    "my sister had her baby",
]
WARM = [
    "aww so cute",
    "haha so cute",
    "cute!",
    "omg adorable",
    "so proud of you",
    "nice!",
    "congrats!!",
    "that's awesome",
    "lol love it",
    "so sweet",
    "wow beautiful",
    "yay!!",
    "that's amazing babe",
    "you're the best",
    "aww I love that",
    "can't wait to see it",
    "that made my day",
    "gorgeous 😍",
]


def test_warm_answers_to_good_news_are_rarely_blocked() -> None:
    flagged = [
        (news, reply)
        for news in GOOD_NEWS
        for reply in WARM
        if empathos.analyze(news, reply=reply)["reply"]["blocks"]
    ]
    # Round 3's models flagged 55 of 100 such answers, mostly as contempt.
    assert len(flagged) <= len(GOOD_NEWS) * len(WARM) // 10, flagged


def test_mockery_of_good_news_is_still_a_block() -> None:
    for news, reply in [
        ("got the promotion!!", "wow, a promotion, alert the press 🙄"),
        ("I ran my first 5k today!", "oh congrats, you jogged. groundbreaking."),
        ("my painting got into the local show", "k. did you pay the gas bill?"),
    ]:
        assert empathos.analyze(news, reply=reply)["reply"]["blocks"], reply
