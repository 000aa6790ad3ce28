"""`empathos express` on the shipped models: blame flagged, and the gentle start-ups it
offers read clean to the whole engine (patterns and the learned block head)."""

from __future__ import annotations

import pytest

from empathos.api import make_request
from empathos.cli.express import express_message
from empathos.express import find_harsh

pytestmark = pytest.mark.models
HARSH = {"criticism", "contempt", "defensiveness", "hostile_question"}


@pytest.mark.parametrize(
    "draft",
    [
        "You never listen to me",
        "Why do you always leave your dishes everywhere?!",
        "You're so selfish, you forgot my birthday",
    ],
)
def test_real_models(draft: str) -> None:
    from empathos.engine import default_pipeline

    result = express_message(draft)
    assert result["blocks"] and not result["already_gentle"]
    assert result["risk"] is None
    # Each suggestion, read by the engine as a reply to the draft's complaint.
    records = default_pipeline().analyze(
        [make_request(draft, reply=line) for line in result["gentle"]]
    )
    for line, record in zip(result["gentle"], records, strict=True):
        assert not find_harsh(line), line
        kinds = {b.kind for b in record.reply.blocks} if record.reply else set()
        assert not kinds & HARSH, (line, kinds)


def test_real_models_see_a_gentle_start_up() -> None:
    result = express_message("I feel hurt when plans change last minute. Could you text me?")
    assert result["already_gentle"] and not result["blocks"]
