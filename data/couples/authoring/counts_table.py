"""Print the DATASHEET's counts table from pairs.jsonl: one row per split and batch.

    python data/couples/authoring/counts_table.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from empathos.core.labels import BLOCK_KINDS, MECHANISMS

PAIRS = Path(__file__).resolve().parent.parent / "pairs.jsonl"
SHORT = {"hostile_question": "hostile q.", "emotional_reaction": "emo. reaction",
         "interpretation": "interpret.", "exploration": "explor.", "validation": "valid."}


def row(name: str, cases: list[dict]) -> str:
    kinds = Counter(k for c in cases for k in {b["kind"] for b in c["blocks"]})
    mechanisms = Counter(m for c in cases for m in c["mechanisms"])
    advice = sum(c["seeks"] == "advice" for c in cases)
    cells = [name, str(len(cases)), f"{len(cases) - advice} / {advice}",
             str(sum(c["empathic"] for c in cases))]
    cells += [str(kinds[k]) for k in BLOCK_KINDS] + [str(mechanisms[m]) for m in MECHANISMS]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    cases = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    head = ["", "cases", "seeks empathy / advice", "empathic"]
    head += [SHORT.get(k, k) for k in BLOCK_KINDS + MECHANISMS]
    print("| " + " | ".join(head) + " |")
    print("|" + " --- |" * len(head))
    for split in ("train", "dev", "heldout"):
        in_split = [c for c in cases if c["split"] == split]
        print(row(f"**{split}**", in_split))
        batches = dict.fromkeys(c.get("batch") for c in in_split if c.get("batch"))
        for batch in batches:
            print(row(f"… {batch}", [c for c in in_split if c.get("batch") == batch]))


if __name__ == "__main__":
    main()
