"""Speed and memory of the analysis engine, measured against its targets in one run.

    python benchmarks/bench_analyze.py [--pairs 2000] [--json]

Prints: warm single-analysis latency (p50/p95), batch throughput of the
whole analysis, of the models without the couple layer, and of the bare
encoder on the same texts (the baseline: the whole analysis can't beat it),
the whole-to-bare ratio, cold start of `empathos analyze`, and peak memory of a batch
run through the CLI. Targets (issue 2, on a 2-core machine): p50 <= 25 ms,
>= 150 pairs/s, cold start <= 1.5 s, peak memory <= 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

import empathos
from empathos.api import make_request
from empathos.core.couple import forget_recent
from empathos.engine import default_pipeline

TARGETS = {"p50_ms": 25.0, "pairs_per_s": 150.0, "cold_start_s": 1.5, "peak_mb": 400.0}

OPENINGS = [
    "My boss tore apart my presentation in front of everyone",
    "I feel like you never listen when I talk about my day",
    "Your mom called again and criticised how we raise the kids",
    "I didn't get the job I interviewed for last week",
    "I'm so tired of being the only one who cleans up around here",
    "We're behind on the rent again and I can't sleep",
    "The doctor wants to run more tests on my heart",
    "My best friend forgot my birthday completely",
    "i miss my dad so much today, it's been a year",
    "I saw you texting your ex and it really hurt",
    "Our son got suspended from school today",
    "I finally finished the marathon!!",
]
DETAILS = [
    "and I keep replaying it in my head",
    "and nobody even noticed how hard I tried",
    "and honestly I don't know what to do with myself",
    "and I just needed to tell someone",
    "so I've been crying in the car",
    "and it's the third time this month",
    "and I feel so stupid about it",
    "and I can't stop thinking about it at work",
]
REPLIES = [
    "You should stand up to him.",
    "That sounds humiliating, I'm so sorry. How are you feeling now?",
    "At least you still have a job.",
    "I was just trying to help, why are you attacking me?",
    "whatever",
    "That makes so much sense, anyone would be hurt by that.",
    "Oh that's nothing, my boss screamed at me yesterday.",
    "Can we talk about this later? The game is on.",
    "What happened exactly? I want to understand.",
    "ugh that sucks babe ❤️ want me to come home early?",
]


def make_pairs(n: int) -> list[dict[str, str]]:
    """n distinct, realistic pairs (distinct so that no text is encoded only once for many)."""
    pairs = []
    for i in range(n):
        partner = f"{OPENINGS[i % len(OPENINGS)]} {DETAILS[(i // len(OPENINGS)) % len(DETAILS)]}"
        partner += f" (day {i // (len(OPENINGS) * len(DETAILS)) + 1})" if i >= 96 else ""
        reply = REPLIES[(i * 7) % len(REPLIES)]
        reply += (
            ""
            if i < len(REPLIES)
            else f" {['Really.', 'Honestly.', 'Love you.', 'Ok?'][i % 4]} #{i}"
        )
        pairs.append({"id": str(i), "partner": partner, "reply": reply})
    return pairs


def empathos_command() -> list[str]:
    """The installed `empathos` script beside this Python, as a user runs it."""
    script = Path(sys.executable).parent / "empathos"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "empathos"]


def run_measured(
    args: list[str], stdout: IO[bytes] | int = subprocess.DEVNULL
) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(args, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args[:3])} failed: {child.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def cold_start(runs: int = 3) -> float:
    args = [*empathos_command(), "analyze", OPENINGS[0], "--reply", REPLIES[0], "--json"]
    return statistics.median(run_measured(args)[0] for _ in range(runs))


def batch_peak_mb(pairs: list[dict[str, str]]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text("\n".join(json.dumps(p) for p in pairs) + "\n", encoding="utf-8")
        _, peak = run_measured(
            [*empathos_command(), "analyze", "--jsonl", str(src), "-o", str(dst)]
        )
        with dst.open(encoding="utf-8") as out:
            assert sum(1 for _ in out) == len(pairs)
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--single", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    pipeline = default_pipeline()
    pairs = make_pairs(args.pairs)
    requests = [make_request(p["partner"], p["reply"], id=p["id"]) for p in pairs]
    pipeline.analyze(requests[:8])  # warm up

    def forget() -> None:
        # The engine remembers recent texts (live checking repeats them); every pair
        # here is new, and each timed part starts with nothing remembered.
        pipeline.encoder.forget()  # type: ignore[attr-defined]
        forget_recent()

    forget()
    latencies = []
    for request in requests[: args.single]:
        start = time.perf_counter()
        pipeline.analyze([request])
        latencies.append((time.perf_counter() - start) * 1000)

    forget()
    start = time.perf_counter()
    empathos.analyze_many(pairs, pipeline=pipeline)
    whole = time.perf_counter() - start

    forget()
    start = time.perf_counter()
    for i in range(0, len(requests), 64):
        pipeline.signals(requests[i : i + 64])
    models_only = time.perf_counter() - start

    texts = list(dict.fromkeys(t for p in pairs for t in (p["partner"], p["reply"])))
    forget()
    start = time.perf_counter()
    pipeline.encoder.embed(texts)
    bare = time.perf_counter() - start

    quantiles = statistics.quantiles(latencies, n=20)
    results = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(quantiles[18], 2),
        "pairs": len(pairs),
        "pairs_per_s": round(len(pairs) / whole, 1),
        "models_only_pairs_per_s": round(len(pairs) / models_only, 1),
        "bare_encoder_pairs_per_s": round(len(pairs) / bare, 1),
        "whole_to_bare_ratio": round(whole / bare, 3),
        "cold_start_s": round(cold_start(), 3),
        "peak_mb": round(batch_peak_mb(pairs), 1),
    }
    checks = {
        "p50_ms": results["p50_ms"] <= TARGETS["p50_ms"],
        "pairs_per_s": results["pairs_per_s"] >= TARGETS["pairs_per_s"],
        "cold_start_s": results["cold_start_s"] <= TARGETS["cold_start_s"],
        "peak_mb": results["peak_mb"] <= TARGETS["peak_mb"],
    }
    results["targets"] = {k: {"target": TARGETS[k], "met": v} for k, v in checks.items()}
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for key in (
        "p50_ms",
        "p95_ms",
        "pairs_per_s",
        "models_only_pairs_per_s",
        "bare_encoder_pairs_per_s",
        "whole_to_bare_ratio",
        "cold_start_s",
        "peak_mb",
    ):
        mark = ""
        if key in checks:
            mark = ("  ok  " if checks[key] else "  MISSED ") + f"(target {TARGETS[key]})"
        print(f"{key:>26}: {results[key]}{mark}")


if __name__ == "__main__":
    main()
