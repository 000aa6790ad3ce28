"""Speed and memory of `empathos chats analyze` on synthetic WhatsApp exports.

    python benchmarks/bench_lookback.py [--sizes 10000,50000,100000] [--json]

For each size it writes an export (benchmarks/synthetic_chat.py), runs the
installed command on it as a user would (`--json`, progress bar off the
terminal), and prints wall time, messages per second and the child's peak
memory. The baseline in the same run is the import alone (parse, turns, bids;
no engine), which bounds what the engine adds. Targets (issue 4, 2 cores):
100,000 messages in <= 180 s, and memory flat as the file grows: peak at the
largest size within 15% (or 30 MB) of the peak at the smallest.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from bench_analyze import empathos_command, run_measured
from synthetic_chat import write_whatsapp

from empathos.chats.importers import open_chat
from empathos.core.lookback.bids import find_bid
from empathos.core.lookback.skips import SkipLog
from empathos.core.lookback.turns import group_turns

TARGET_SECONDS_100K = 180.0
FLAT_RATIO, FLAT_SLACK_MB = 1.15, 30.0


def import_only(path: Path) -> tuple[float, int, int]:
    """Seconds to parse, group and find bids, with the counts of turns and bids."""
    from empathos.chats.lookback import DEFAULT_WINDOW

    start = time.perf_counter()
    turns = bids = 0
    for turn in group_turns(open_chat(path).messages(SkipLog()), DEFAULT_WINDOW):
        turns += 1
        bids += find_bid(turn) is not None
    return time.perf_counter() - start, turns, bids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            export, out = Path(tmp) / f"chat-{size}.txt", Path(tmp) / f"summary-{size}.json"
            write_whatsapp(export, size)
            parse_s, turns, bids = import_only(export)
            with out.open("wb") as stdout:
                seconds, peak = run_measured(
                    [*empathos_command(), "chats", "analyze", str(export), "--json"], stdout
                )
            summary = json.loads(out.read_text(encoding="utf-8"))
            assert summary["messages"] == size, (summary["messages"], size)
            emotional = sum(p["bids_made"] for p in summary["people"].values())
            rows.append(
                {
                    "messages": size,
                    "seconds": round(seconds, 1),
                    "messages_per_s": round(size / seconds),
                    "peak_mb": round(peak),
                    "import_only_s": round(parse_s, 2),
                    "turns": turns,
                    "bids_found": bids,
                    "emotional_bids": emotional,
                }
            )
    largest, smallest = rows[-1], rows[0]
    per_100k = largest["seconds"] * 100_000 / largest["messages"]
    checks = {
        "100k_seconds": per_100k <= TARGET_SECONDS_100K,
        "flat_memory": largest["peak_mb"]
        <= max(smallest["peak_mb"] * FLAT_RATIO, smallest["peak_mb"] + FLAT_SLACK_MB),
    }
    if args.json:
        print(json.dumps({"rows": rows, "seconds_per_100k": per_100k, "met": checks}, indent=2))
        return
    print(f"{'messages':>9} {'seconds':>8} {'msg/s':>7} {'peak MB':>8} {'import s':>9} "
          f"{'turns':>7} {'bids':>6} {'emotional':>9}")
    for r in rows:
        print(f"{r['messages']:>9,} {r['seconds']:>8} {r['messages_per_s']:>7,} {r['peak_mb']:>8} "
              f"{r['import_only_s']:>9} {r['turns']:>7,} {r['bids_found']:>6,} "
              f"{r['emotional_bids']:>9,}")
    print(f"\n100,000 messages: {per_100k:.0f} s (target <= {TARGET_SECONDS_100K:.0f} s) "
          f"{'ok' if checks['100k_seconds'] else 'MISSED'}")
    print(f"peak memory {smallest['peak_mb']} MB at {smallest['messages']:,} -> "
          f"{largest['peak_mb']} MB at {largest['messages']:,} "
          f"(flat: within {FLAT_RATIO - 1:.0%} or {FLAT_SLACK_MB:.0f} MB) "
          f"{'ok' if checks['flat_memory'] else 'MISSED'}")
    sys.exit(0 if all(checks.values()) else 1)


if __name__ == "__main__":
    main()
