"""Load on the web app: concurrent clients posting analyses, some of them kept.

    python benchmarks/load_web.py [--clients 20] [--seconds 30] [--workers 1]
                                  [--database-url URL [--throwaway-db]]
                                  [--keep-share 0.1] [--traffic typing|pairs] [--json]

Starts `uvicorn --factory empathos.web.app:served_app` (the shipped models; the
store at --database-url, default a fresh SQLite file) on a free port, waits for
/healthz, then runs --clients threads, each with its own HTTP connection, for
--seconds. The texts come from data/couples (the train and dev splits: 1,810
partner messages and replies written by people), so no cache meets the same few
texts again and again. By default each client drafts replies as a person on the
check page does: a pair is drawn at random, and its reply is analyzed as it grows,
every 3 words and then whole, beside the same partner message (`--traffic pairs`:
a new pair every request). Each request goes to POST /api/analyze, or with
probability --keep-share to POST /api/analyses, which analyzes and writes the
record to the store, so the database back end matters. Prints throughput,
p50/p95/p99 latency per route and overall, the errors, and the verdict against the
target (issue 6, a 2-core machine: no errors, p95 < 150 ms).

The server, PostgreSQL and this script share the machine's cores: on Linux it also
prints the load average before the run and how many cores each used during it
(the server's processes, PostgreSQL's, this script's, and everything else), so a run
slowed by someone else's work shows it.

PostgreSQL with several workers, on a database made for the run and dropped after it
(the URL's role needs CREATEDB):
    python benchmarks/load_web.py --workers 2 --throwaway-db \\
        --database-url postgresql+psycopg://empathos:empathos@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

TARGET_P95_MS = 150.0
TYPING_STEP = 3  # words typed between two analyses of a growing draft
# What partners said and replies people wrote (data/couples, not its held-out split):
# varied texts, as real traffic has, so that no cache sees the same few again and again.
COUPLES = Path(__file__).resolve().parent.parent / "data" / "couples" / "pairs.jsonl"


def load_pairs() -> list[tuple[str, str]]:
    with COUPLES.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [(r["partner"], r["reply"]) for r in rows if r["split"] != "heldout"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(
    port: int, workers: int, database_url: str, warmup: list[tuple[str, str]]
) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATABASE_URL": database_url}
    if workers > 1:  # each process's encoder gets its share of the cores
        env.setdefault("EMPATHOS_ENCODER_THREADS", str(max(1, (os.cpu_count() or 1) // workers)))
    command = [
        sys.executable, "-m", "uvicorn", "--factory", "empathos.web.app:served_app",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    server = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with status {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    else:
        server.terminate()
        raise SystemExit("the server did not answer /healthz within 60 s")
    # Every worker loads the models at startup; a few rounds make sure all have.
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for partner, reply in warmup[: 8 * workers * 2]:
            client.post("/api/analyze", json={"partner": partner, "reply": reply})
    return server


@contextmanager
def throwaway_postgres(server_url: str) -> Iterator[str]:
    """A fresh database on the server of `server_url`, dropped afterwards."""
    from sqlalchemy import create_engine, make_url

    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    name = f"empathos_load_{os.getpid()}_{secrets.token_hex(3)}"
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_ticks(server_pid: int) -> dict[str, int] | None:
    """CPU time so far (clock ticks, Linux /proc) of the whole machine and, per process
    group: the server (uvicorn and its workers), PostgreSQL, this script."""
    try:
        with open("/proc/stat") as stat:
            fields = stat.readline().split()[1:]
        busy = sum(int(f) for f in fields[:8]) - int(fields[3]) - int(fields[4])  # - idle, iowait
        used = {"machine": busy, "server": 0, "postgres": 0, "this script": 0}
        parents: dict[int, int] = {}
        ticks: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat") as stat:
                    raw = stat.read()
            except OSError:
                continue  # gone meanwhile
            name, rest = raw[raw.index("(") + 1 : raw.rindex(")")], raw[raw.rindex(")") + 2 :]
            parts = rest.split()
            pid = int(entry.name)
            parents[pid], ticks[pid] = int(parts[1]), int(parts[11]) + int(parts[12])
            if name == "postgres" or name.startswith("postgres:"):
                used["postgres"] += ticks[pid]
        for pid, own in ticks.items():
            ancestor = pid
            while ancestor > 1 and ancestor != server_pid:
                ancestor = parents.get(ancestor, 0)
            if ancestor == server_pid:
                used["server"] += own
        used["this script"] = ticks.get(os.getpid(), 0)
        return used
    except (OSError, ValueError, IndexError):
        return None  # not Linux: no breakdown


def _requests(
    pairs: list[tuple[str, str]], traffic: str, rng: random.Random
) -> Iterator[tuple[str, str]]:
    """What one client sends. "typing": someone drafting a reply on the check page,
    which analyzes the draft as it grows (every few words, then the whole reply), so
    the partner's message comes back with each draft; "pairs": a new pair every time."""
    while True:
        partner, reply = rng.choice(pairs)
        if traffic == "pairs":
            yield partner, reply
            continue
        words = reply.split()
        for end in range(TYPING_STEP, len(words), TYPING_STEP):
            yield partner, " ".join(words[:end])
        yield partner, reply


def run_clients(
    port: int,
    clients: int,
    seconds: float,
    keep_share: float,
    pairs: list[tuple[str, str]],
    traffic: str,
) -> dict[str, Any]:
    latencies: dict[str, list[float]] = {"analyze": [], "keep": []}
    errors: Counter[str] = Counter()
    lock = threading.Lock()
    start_line = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client_loop(index: int) -> None:
        rng = random.Random(index)
        mine: dict[str, list[float]] = {"analyze": [], "keep": []}
        failed: Counter[str] = Counter()
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            start_line.wait()
            drafts = _requests(pairs, traffic, rng)
            while time.perf_counter() < stop_at[0]:
                partner, reply = next(drafts)
                route = "keep" if rng.random() < keep_share else "analyze"
                path = "/api/analyses" if route == "keep" else "/api/analyze"
                began = time.perf_counter()
                try:
                    response = http.post(path, json={"partner": partner, "reply": reply})
                    ok = response.status_code in (200, 201)
                    if not ok:
                        failed[f"{route} {response.status_code}"] += 1
                except httpx.HTTPError as exc:
                    ok = False
                    failed[f"{route} {type(exc).__name__}"] += 1
                if ok:
                    mine[route].append((time.perf_counter() - began) * 1000)
        with lock:
            for key, values in mine.items():
                latencies[key] += values
            errors.update(failed)

    threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    stop_at[0] = time.perf_counter() + seconds
    start_line.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    every = latencies["analyze"] + latencies["keep"]
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(every),
        "per_second": round(len(every) / elapsed, 1),
        "overall": _percentiles(every),
        "analyze": _percentiles(latencies["analyze"]),
        "keep": _percentiles(latencies["keep"]),
        "errors": dict(errors),
        "error_count": sum(errors.values()),
    }


def _percentiles(values: list[float]) -> dict[str, float | int]:
    if len(values) < 2:
        return {"count": len(values)}
    cuts = statistics.quantiles(values, n=100)
    return {
        "count": len(values),
        "p50_ms": round(statistics.median(values), 1),
        "p95_ms": round(cuts[94], 1),
        "p99_ms": round(cuts[98], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    parser.add_argument(
        "--throwaway-db",
        action="store_true",
        help="with a PostgreSQL --database-url: run on a new database on that server, "
        "dropped after the run",
    )
    parser.add_argument("--keep-share", type=float, default=0.1)
    parser.add_argument(
        "--traffic",
        choices=("typing", "pairs"),
        default="typing",
        help="typing: drafts analyzed as they grow, as the check page sends them "
        "(default); pairs: every request a new pair",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()

    backend = "postgresql" if (args.database_url or "").startswith("postgres") else "sqlite"
    if args.throwaway_db and backend != "postgresql":
        parser.error("--throwaway-db needs a PostgreSQL --database-url")
    with tempfile.TemporaryDirectory(prefix="empathos-load-") as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'load.db'}"
        os.environ.setdefault("EMPATHOS_DATA_DIR", folder)  # kept reports: not the user's
        with throwaway_postgres(url) if args.throwaway_db else _as_is(url) as url:
            pairs = load_pairs()
            port = _free_port()
            server = start_server(port, args.workers, url, pairs)
            try:
                load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
                before = _cpu_ticks(server.pid)
                began = time.perf_counter()
                result = run_clients(
                    port, args.clients, args.seconds, args.keep_share, pairs, args.traffic
                )
                after = _cpu_ticks(server.pid)
                took = time.perf_counter() - began
            finally:
                server.terminate()
                server.wait(timeout=30)
    cores: dict[str, float] = {}
    if before is not None and after is not None:
        cores = {key: round((after[key] - before[key]) / _TICKS / took, 2) for key in before}
        mine = cores["server"] + cores["postgres"] + cores["this script"]
        cores["others"] = round(max(0.0, cores["machine"] - mine), 2)
    result = {
        "backend": backend,
        "traffic": args.traffic,
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "load_before": None if load_before is None else round(load_before, 2),
        "cores_used": cores,
        **result,
    }
    p95 = result["overall"].get("p95_ms")
    result["target_met"] = result["error_count"] == 0 and p95 is not None and p95 < TARGET_P95_MS
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{backend}, {args.workers} worker(s), {result['clients']} clients, "
        f"{args.traffic} traffic, "
        f"{result['seconds']} s on {result['cpus']} CPUs"
    )
    print(f"  {result['requests']} requests, {result['per_second']} per second")
    for name in ("overall", "analyze", "keep"):
        row = result[name]
        if "p50_ms" in row:
            print(
                f"  {name:8} n={row['count']:<6} p50 {row['p50_ms']} ms  "
                f"p95 {row['p95_ms']} ms  p99 {row['p99_ms']} ms"
            )
    print(f"  errors: {result['error_count']} {result['errors'] or ''}")
    if result["load_before"] is not None:
        print(f"  machine load average (1 min) before the run: {result['load_before']}")
    if cores:
        used = ", ".join(f"{name} {value}" for name, value in cores.items())
        print(f"  cores used during the run: {used}")
    verdict = "met" if result["target_met"] else "NOT met"
    print(f"  target (no errors, p95 < {TARGET_P95_MS:g} ms): {verdict}")


@contextmanager
def _as_is(url: str) -> Iterator[str]:
    yield url


if __name__ == "__main__":
    main()
