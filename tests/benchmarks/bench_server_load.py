"""Load: 50 simulated workstations on loopback against a real `cleanroom-server serve`.

Each workstation is a thread with its own SyncClient. Phases, one after the other, all
workstations at once within a phase:
  login    password (argon2id, deliberately slow) + TOTP + device proof
  sync     list and download its shard, upload 200 labels and 200 journal entries in
           batches of 50
  batch 1  (10 workstations) 20 labels each, one label per request
Prints throughput and p50/p99 per endpoint as a markdown table.

Baselines in the same run: one thread doing GET /v1/health round trips (the floor a request
costs here), and the batch-1 phase against the batches of 50. Client and server share the
machine's cores. For reference, FACTS.md measured Label Studio 1.23.2 on this kind of
machine: annotation submit p50 100 ms with one client, p99 2.2 s with ten.

    .venv/bin/python tests/benchmarks/bench_server_load.py [--workstations 50]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy.orm import sessionmaker

from app.core.journal import ChainState, JournalChain
from app.core.keys import SUITE_HYBRID, DeviceEncryptionKey, SigningKey
from app.core.labels import LabelVersion
from app.core.policy import verify_policy
from app.redaction.inputs import Source
from app.server import totp
from app.server.config import load_config, read_key
from app.server.home import init_home
from app.server.models import ShardItem, make_engine
from app.server.services import assign, devices, ingest, projects, users
from app.workstation.sync import SyncClient, SyncConfig

BATCH = 50
N_LABELS = 200
N_JOURNAL = 200

N_SINGLE = 20
SINGLE_STATIONS = 10

samples: dict[tuple[str, str], list[float]] = defaultdict(list)
walls: dict[str, float] = {}
server_cpu: dict[str, float] = {}
lock = threading.Lock()


def timed(phase: str, name: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    elapsed = time.perf_counter() - start
    with lock:
        samples[(phase, name)].append(elapsed)
    return result


def cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_phase(phase: str, work, stations) -> None:  # type: ignore[no-untyped-def]
    """All stations at once, each in its own thread; record the phase's wall time."""
    errors: list[BaseException] = []

    def guarded(*station) -> None:  # type: ignore[no-untyped-def]
        try:
            work(*station)
        except BaseException as exc:  # reported after the phase: a failed run is no result
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=s) for s in stations]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    walls[phase] = time.perf_counter() - start
    if errors:
        raise RuntimeError(f"{len(errors)} workstations failed in phase {phase}") from errors[0]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workstations", type=int, default=50)
    args = parser.parse_args()
    n = args.workstations
    tmp = Path(tempfile.mkdtemp(prefix="cleanroom-bench-"))
    port = 20000 + os.getpid() % 20000
    url = f"https://127.0.0.1:{port}"
    init_home(tmp / "home", server_url=url)
    home = tmp / "home"
    config = load_config(home)
    engine = make_engine(config.database_url)
    sessions = sessionmaker(engine, expire_on_commit=False)
    org = read_key(home / "org_policy.key").verify_key()
    policy = verify_policy((home / "policy.json").read_bytes(), {org.kid: org})
    sync_config = SyncConfig.from_policy(policy, label_batch=BATCH, journal_batch=BATCH)

    server = subprocess.Popen(
        [sys.executable, "-m", "app.server.cli", "--home", str(home), "serve", "--port", str(port)],
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        probe = SyncClient(sync_config)
        for _ in range(200):
            try:
                probe.health()
                break
            except Exception:
                time.sleep(0.1)
        print(f"setting up {n} users, devices and shards ...", file=sys.stderr)
        stations = []
        with sessions() as db:
            for i in range(n):
                name = f"ws{i:02d}-{uuid.uuid4().hex[:4]}"
                creds = users.add_user(db, config, name, "annotator", password="bench password")
                code = devices.enrol_code(db, config, name)
                enc, sign = DeviceEncryptionKey.generate(SUITE_HYBRID), SigningKey.generate()
                client = SyncClient(sync_config)
                client.enrol(code, f"dev-{name}", enc.public_key(), sign.verify_key())
                stations.append((name, creds, sign, client))
            projects.create_project(
                db, config, "bench", {"kinds": ["class"]}, allow_unredacted=True
            )
            sources = [
                Source("text", "text/plain", f"item {i} text".encode(), f"{i}.txt", None)
                for i in range(n * 20)
            ]
            ingest.ingest(db, config, "bench", sources, ingest.passthrough_redactor)
            assign.assign(db, config, "bench", [s[0] for s in stations], chunk_size=20)

        stations_items: dict[str, tuple[str, list[str]]] = {}

        def log_in(name, creds, sign, client) -> None:  # type: ignore[no-untyped-def]
            code = totp.totp(creds.totp_secret, time.time())
            timed("login", "POST /v1/auth/login", client.login, name, creds.password, code, sign)

        def sync(name, creds, sign, client) -> None:  # type: ignore[no-untyped-def]
            shards = timed("sync", "GET /v1/shards", client.list_shards)
            shard = shards[0]
            timed(
                "sync", "GET /v1/shards/{id}", client.download_shard, shard["shard_id"],
                shard["sha256"],
            )  # fmt: skip
            with sessions() as db:
                items = [
                    r.item_id for r in db.query(ShardItem).filter_by(shard_id=shard["shard_id"])
                ]
            stations_items[name] = (shard["shard_id"], items)
            chain = JournalChain(sign, ChainState.start(client.device_id or ""))
            now = int(time.time() * 1000)
            labels = [
                LabelVersion(f"{name}-{j}", 1, "bench", shard["shard_id"], items[j % len(items)],
                             creds.user_id, "class", {"class": "a", "j": j}, now)
                for j in range(N_LABELS)
            ]  # fmt: skip
            records = [
                chain.append("label.saved", {"j": j}, ts_ms=now + j) for j in range(N_JOURNAL)
            ]
            for k in range(0, N_LABELS, BATCH):
                body = {"labels": [x.to_json() for x in labels[k : k + BATCH]]}
                response = timed(
                    "sync", f"POST /v1/labels ({BATCH})", client._request, "POST", "/v1/labels",
                    json=body,
                )  # fmt: skip
                client._check(*response)
            for k in range(0, N_JOURNAL, BATCH):
                body = {"records": [r.to_line().decode() for r in records[k : k + BATCH]]}
                response = timed(
                    "sync", f"POST /v1/journal ({BATCH})", client._request, "POST",
                    "/v1/journal", json=body,
                )  # fmt: skip
                assert response[0].status_code == 200, response[1][:200]

        def one_by_one(name, creds, sign, client) -> None:  # type: ignore[no-untyped-def]
            shard_id, items = stations_items[name]
            now = int(time.time() * 1000)
            for j in range(N_SINGLE):
                label = LabelVersion(f"{name}-single-{j}", 1, "bench", shard_id,
                                     items[j % len(items)], creds.user_id, "class",
                                     {"class": "b"}, now)  # fmt: skip
                response = timed(
                    "batch 1", "POST /v1/labels (1)", client._request, "POST", "/v1/labels",
                    json={"labels": [label.to_json()]},
                )  # fmt: skip
                client._check(*response)

        # Baseline in the same run: one thread, plain round trips.
        base = SyncClient(sync_config)
        for _ in range(200):
            timed("floor", "GET /v1/health (1 thread)", base.health)
        for phase, work, who in (
            ("login", log_in, stations),
            ("sync", sync, stations),
            ("batch 1", one_by_one, stations[:SINGLE_STATIONS]),
        ):
            before = cpu_s(server.pid)
            run_phase(phase, work, who)
            server_cpu[phase] = cpu_s(server.pid) - before
    finally:
        server.terminate()
        server.wait(timeout=10)
        engine.dispose()
        shutil.rmtree(tmp, ignore_errors=True)  # keys and database of this run only

    print(f"\n{n} workstations on loopback over TLS; server: uvicorn 1 worker, SQLite WAL")
    print("phases run one after the other; throughput = requests / wall time of the phase\n")
    print("| phase | endpoint | requests | throughput (req/s) | p50 (ms) | p99 (ms) |")
    print("|---|---|---:|---:|---:|---:|")
    for (phase, name), values in samples.items():
        span = walls.get(phase, sum(values))
        print(
            f"| {phase} | {name} | {len(values)} | {len(values) / span:.0f} | "
            f"{statistics.median(values) * 1000:.1f} | {pct(values, 99) * 1000:.1f} |"
        )
    for phase, wall in walls.items():
        busy = server_cpu.get(phase, 0.0)
        print(f"\nphase {phase}: wall {wall:.1f} s, server CPU {busy:.1f} s", end="")
    print()
    wall = walls["sync"]
    total = n * (N_LABELS + N_JOURNAL)
    print(f"labels + journal entries stored in phase sync: {total} = {total / wall:.0f}/s")
    single = len(samples[("batch 1", "POST /v1/labels (1)")]) / walls["batch 1"]
    print(
        f"labels/s, batches of {BATCH} vs one per request: "
        f"{n * N_LABELS / wall:.0f} (while journal also uploads) vs {single:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
