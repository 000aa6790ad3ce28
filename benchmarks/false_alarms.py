"""False alarms on the practice library: text written to be harmless, read by the engine.

    python benchmarks/false_alarms.py [--show]

- Warm answers: every scenario's model answers, each read as the reply to its opening.
  None was written with a block, so each block found is a false alarm that would tell a
  user their best answer was wrong.
- Crisis notices: every opening, scene text and partner line of the library. None is a
  crisis, so each flagged text is a notice the learner would not expect in a practice
  talk (practice pages do not show them, but the debrief falls back to the model answer).
Both are counts to compare between model rounds, not targets: the notices trade off
against crisis recall (benchmarks/eval_couples.py), which matters more.
"""

from __future__ import annotations

import argparse

from rich.progress import track

import empathos
from empathos.practice.library import load_library


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="print each false alarm")
    args = parser.parse_args()
    library = load_library()

    answers = [(s.opening, a) for s in library.scenarios for a in s.model_answers]
    records = empathos.analyze_many(
        [{"partner": p, "reply": r} for p, r in track(answers, description="warm answers")]
    )
    blocked = [
        (reply, [b["kind"] for b in rec["reply"]["blocks"]])
        for (_, reply), rec in zip(answers, records, strict=True)
        if rec["reply"]["blocks"]
    ]
    print(f"warm answers with a block: {len(blocked)} of {len(answers)}")

    texts = sorted(
        {s.opening for s in library.scenarios}
        | {s.situation for s in library.scenarios}
        | {line for s in library.scenarios for lines in s.responses.values() for line in lines}
        | {line for lines in library.common.values() for line in lines}
    )
    flagged = [
        (text, rec["partner"]["risk"]["kind"])
        for text, rec in zip(
            texts,
            empathos.analyze_many(
                [{"partner": t} for t in track(texts, description="crisis notices")]
            ),
            strict=True,
        )
        if rec["partner"]["risk"] is not None
    ]
    print(f"practice texts with a crisis notice: {len(flagged)} of {len(texts)}")
    if args.show:
        for reply, kinds in blocked:
            print(f"  block {kinds}: {reply}")
        for text, kind in flagged:
            print(f"  crisis {kind}: {text[:100]}")


if __name__ == "__main__":
    main()
