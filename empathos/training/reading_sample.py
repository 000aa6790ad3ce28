"""Draws the reading-feelings sample from the GoEmotions dev split (deterministic).

    python -m empathos.training.reading_sample [--data ../shared/data/goemotions]

Writes empathos/practice/reading/goemotions_sample.jsonl: SIZE short comments
whose rater labels are clear (every label maps to the same answer choice, none
neutral) and that carry no slur, obscenity, sexual content or crisis talk (the
word list below). Candidates are ranked by the MD5 of their comment id and taken
in turn from each answer choice, so every feeling is represented as far as the
split allows. Nothing is trained or tuned on these items: they are only shown to
people in `empathos read-feelings`.

GoEmotions (Demszky et al., ACL 2020) is Apache-2.0; see the NOTICE beside the sample.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Final

from empathos.practice.reading.exercise import CHOICE_LABELS, CHOICES, choice_of

SIZE: Final = 300
MIN_CHARS, MAX_CHARS = 15, 110
MIN_WORDS = 4
OUT: Final = (
    Path(__file__).resolve().parent.parent / "practice" / "reading" / "goemotions_sample.jsonl"
)
DEFAULT_DATA: Final = Path(__file__).resolve().parents[3] / "shared" / "data" / "goemotions"

# Left out: obscenity, slurs, sexual content, violence and crisis talk, drugs, and
# topics that need context a short exercise can't give. Word stems, matched at a
# word start, case-insensitive; a wide net, since a good item lost costs nothing.
_BLOCKED: Final = re.compile(
    r"\b(?:fuck|fuk|fck|\w*f\W?ck|mothaf|muthaf|wtf|af\b|goddam|bum\b|butt|crotch|junk|f\*|"
    r"shit|sh\*t|bitch|cunt|dick|cock|puss|ass\b|asshole|arse|bastard|damn|"
    r"crap|piss|whore|slut|hoe\b|thot|wank|twat|prick|douche|fag|dyke|tranny|retard|"
    r"n[i1]gg|negro|chink|spic|kike|wetback|gook|paki|tard|"
    r"sex|porn|nud|naked|boob|tit|penis|vagin|horny|dildo|orgasm|cum\b|blowjob|milf|strip|"
    r"hooker|escort|booty|virgin|erotic|fetish|kink|thong|lingerie|"
    r"rape|molest|pedo|incest|kill|murder|suicid|die\b|died|dead|death|shoot|gun|stab|"
    r"abuse|hang|overdose|cutting|self.?harm|drug|cocaine|heroin|meth|weed|drunk|"
    r"nazi|hitler|terror|isis|trump|obama|biden|hillary|democrat|republican|liberal|"
    r"conservative|abortion|religion|jesus|god\b|muslim|islam|jew|christian|racis|slave|puke|"
    r"vomit|wine|beer|vodka|booze|joint\b|dying|weirdo)",
    re.IGNORECASE,
)
_SKIP_TOKENS: Final = re.compile(r"\[RELIGION\]|\[NAME\]|https?://|www\.|\br/|/u/|\bu/")


def _clear(labels: list[str]) -> bool:
    return (
        bool(labels)
        and all(label in CHOICE_LABELS for label in labels)
        and len({choice_of([label]) for label in labels}) == 1
    )


def _fits(text: str) -> bool:
    return (
        MIN_CHARS <= len(text) <= MAX_CHARS
        and len(text.split()) >= MIN_WORDS
        and not _BLOCKED.search(text)
        and not _SKIP_TOKENS.search(text)
    )


def draw(data: Path, size: int = SIZE) -> list[dict[str, object]]:
    names = (data / "emotions.txt").read_text(encoding="utf-8").split()
    by_choice: dict[str, list[tuple[str, dict[str, object]]]] = defaultdict(list)
    with (data / "dev.tsv").open(encoding="utf-8") as lines:
        for line in lines:
            text, ids, comment_id = line.rstrip("\n").split("\t")
            labels = [names[int(i)] for i in ids.split(",")]
            if not _clear(labels) or not _fits(text):
                continue
            rank = hashlib.md5(comment_id.encode()).hexdigest()
            item: dict[str, object] = {"id": comment_id, "text": text, "labels": labels}
            by_choice[choice_of(labels)].append((rank, item))
    queues = {word: sorted(by_choice[word], key=lambda p: p[0]) for word, _ in CHOICES}
    out: list[dict[str, object]] = []
    while len(out) < size and any(queues.values()):
        for word, _ in CHOICES:
            if queues[word] and len(out) < size:
                out.append(queues[word].pop(0)[1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    items = draw(args.data)
    args.out.write_text(
        "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8"
    )
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[choice_of(item["labels"])] += 1  # type: ignore[arg-type]
    print(f"{len(items)} items -> {args.out}")
    print(", ".join(f"{word} {counts[word]}" for word, _ in CHOICES))


if __name__ == "__main__":
    main()
