"""The lead's review at scale: the disagreement queue and the quality figures of a project
with 1,000,000 labels (100,000 items x 10 annotators) on SQLite and on PostgreSQL, time and
peak memory, beside a plain SQL `GROUP BY item_id` over the same rows (the baseline: the
least any per-item pass must do — read every label row once in the database).

    .venv/bin/python -m tests.benchmarks.bench_review [--labels 1000000] [--annotators 10]
        [--rounds 3] [--backends sqlite,postgres] [--kind class|box] [--skip quality,...]

Calls: the queue page as a lead gets it (read from the materialised `review_scores`), the
same queue computed from the labels (`compute_queue_scores`, what the queue did before),
the backfill (`rescore_project`: every item rescored and written), and upload batches
through `store_labels` (each rolled back) with the share of the score refresh in them:
the cost materialising adds to every upload. The scores are filled once, untimed, before
the rounds.

Data: class labels (4 classes; 80 % of items are easy, where an annotator picks the item's
true class 95 % of the time, 20 % hard at 60 %) or boxes (jittered around a true box, a
wrong label or a missed box now and then); label times spread over 30 days; 1 % of the
items adjudicated by the lead and 1 % with gold answers. The generated SQLite database is
cached under the temp folder keyed by the parameters; PostgreSQL gets the same rows by COPY
into a throwaway cluster (tests/server/with_postgres.py; needs initdb and pg_ctl).

Memory: the peak resident set of this process during the call, above its resident set
before it (Linux: /proc/self/clear_refs resets the peak), so it counts the driver's and
SQLite's C memory too, not only Python objects. PostgreSQL's own processes are not counted.
Each call runs in a fresh interpreter (so memory an earlier call left to the process hides
nothing); rounds interleave the three calls, rotating their order; the table gives median
and range.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.core.encoding import canonical_json, sha256_hex
from app.core.labels import LabelVersion
from app.server.auth import Principal
from app.server.config import ServerConfig, read_key
from app.server.home import init_home
from app.server.models import GoldAnswer, Item, make_engine
from app.server.sealing import load_sealer, register_sealer
from app.server.services import members, projects, users
from app.server.services.labels import ADJUDICATION_SHARD, store_labels
from app.server.services.members import review_settings
from app.server.services.quality import project_quality
from app.server.services.review import review_queue
from app.server.services.review_scores import compute_queue_scores, refresh_items, rescore_project

PROJECT = "bench"
CLASSES = ("normal", "benign", "malignant", "unclear")
DAY_MS = 86_400_000
START_MS = 1_780_000_000_000
LABEL_COLUMNS = (
    "annotation_id", "version", "project_id", "shard_id", "item_id", "user_id", "device_id",
    "kind", "value", "value_sha256", "created_ms", "received_at",
)  # fmt: skip
CACHE_VERSION = 2  # 2: the same rows as 1, plus the review_scores table (filled by rescore)
UPLOAD_ITEMS = 50  # items per upload batch in the upload measurement
UPLOAD_BATCHES = 10


# --------------------------------------------------------------------------- data


def label_rows(
    n_items: int, annotators: list[str], lead: str, kind: str, seed: int = 7
) -> Iterator[tuple[Any, ...]]:
    """Every label row, deterministic for a seed (both databases hold the same rows)."""
    rng = random.Random(seed)
    digests: dict[str, str] = {}

    def row(annotation: str, shard: str, item: str, user: str, value: dict[str, Any], ms: int):  # type: ignore[no-untyped-def]  # noqa: PLR0917
        body = json.dumps(value, separators=(",", ":"), sort_keys=True)
        digest = digests.get(body)
        if digest is None:
            digest = digests[body] = sha256_hex(canonical_json(value))
            if len(digests) > 100_000:
                digests.clear()
        return (annotation, 1, PROJECT, shard, item, user, f"dev-{user}", kind, body, digest,
                ms, ms // 1000)  # fmt: skip

    for i in range(n_items):
        item = f"it-{i:07d}"
        hard = rng.random() < 0.2
        truth = _truth(rng, kind)
        day = rng.randrange(30)
        for user in annotators:
            ms = START_MS + day * DAY_MS + rng.randrange(DAY_MS)
            yield row(f"{item}-{user}", f"sh-{user}", item, user, _answer(rng, truth, hard), ms)
        if i % 100 == 50:  # 1 % adjudicated by the lead
            yield row(f"{item}-adj", ADJUDICATION_SHARD, item, lead, truth, START_MS + 31 * DAY_MS)


def _truth(rng: random.Random, kind: str) -> dict[str, Any]:
    if kind == "class":
        return {"labels": [rng.choice(CLASSES)]}
    return {"x": rng.randrange(400), "y": rng.randrange(400), "w": 20 + rng.randrange(80),
            "h": 20 + rng.randrange(80), "label": rng.choice(CLASSES)}  # fmt: skip


def _answer(rng: random.Random, truth: dict[str, Any], hard: bool) -> dict[str, Any]:
    right = rng.random() < (0.6 if hard else 0.95)
    if "labels" in truth:
        return truth if right else {"labels": [rng.choice(CLASSES)]}
    jitter = 2 if right else 15
    return {
        "x": max(0, truth["x"] + rng.randint(-jitter, jitter)),
        "y": max(0, truth["y"] + rng.randint(-jitter, jitter)),
        "w": max(1, truth["w"] + rng.randint(-jitter, jitter)),
        "h": max(1, truth["h"] + rng.randint(-jitter, jitter)),
        "label": truth["label"] if right or rng.random() < 0.5 else rng.choice(CLASSES),
    }


def populate(engine: Engine, config: ServerConfig, n_items: int, n_annotators: int, kind: str):  # type: ignore[no-untyped-def]
    """Project, users, items and gold answers through the ORM; labels in bulk (executemany
    on SQLite, COPY on PostgreSQL)."""
    started = time.perf_counter()
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions() as db:
        schema = {"kinds": [kind], "classes": list(CLASSES)}
        if kind != "class":
            schema = {f"{kind}_labels": list(CLASSES)}
        projects.create_project(db, config, PROJECT, schema, allow_unredacted=True)
        annotators = [
            users.add_user(db, config, f"annotator{n:02d}", "annotator", "bench pass 123").user_id
            for n in range(n_annotators)
        ]
        lead = users.add_user(db, config, "lead", "lead", "bench pass 123").user_id
        members.add_member(db, config, PROJECT, "lead", "lead")
        items = [
            {"id": f"it-{i:07d}", "project_id": PROJECT, "kind": "image",
             "media_type": "image/png", "data": b"", "meta": {}, "subject_id": None,
             "redaction": "redacted", "source_name_sha256": "0" * 64}
            for i in range(n_items)
        ]  # fmt: skip
        db.execute(insert(Item), items)
        del items
        rng = random.Random(11)
        gold = [
            {"project_id": PROJECT, "item_id": f"it-{i:07d}", "kind": kind,
             "value": _truth(rng, kind), "value_sha256": "0" * 64, "created_ms": START_MS}
            for i in range(0, n_items, 100)
        ]  # fmt: skip
        db.execute(insert(GoldAnswer), gold)
        db.commit()
    rows = label_rows(n_items, annotators, lead, kind)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        columns = ", ".join(LABEL_COLUMNS)
        if engine.dialect.name == "postgresql":
            with cursor.copy(f"COPY labels ({columns}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for r in rows:
                    copy.write_row(r)
        else:
            marks = ", ".join("?" * len(LABEL_COLUMNS))
            sql = f"INSERT INTO labels ({columns}) VALUES ({marks})"
            while chunk := [r for _, r in zip(range(50_000), rows, strict=False)]:
                cursor.executemany(sql, chunk)
        raw.commit()
        cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    print(f"  generated in {time.perf_counter() - started:.0f} s", flush=True)


def bench_config(home: Path, url: str) -> ServerConfig:
    register_sealer(url, load_sealer(home))
    return ServerConfig(database_url=url, signing_key=read_key(home / "server_signing.key"))


def cached_sqlite(n_items: int, n_annotators: int, kind: str) -> tuple[Path, str]:
    """(server home, SQLite URL) of the generated database, made once per parameters."""
    folder = (
        Path(tempfile.gettempdir())
        / "cleanroom-bench-review"
        / (f"v{CACHE_VERSION}-{kind}-{n_items}x{n_annotators}")
    )
    home, db = folder / "home", folder / "cleanroom.db"
    url = f"sqlite:///{db}"
    if (folder / "complete").exists():
        print(f"  cached: {db}", flush=True)
        bench_config(home, url)
        return home, url
    shutil.rmtree(folder, ignore_errors=True)
    older = folder.with_name(folder.name.replace(f"v{CACHE_VERSION}-", "v1-", 1))
    if (older / "complete").exists():  # the same label rows: copy rather than generate
        shutil.copytree(older, folder)
        (folder / "complete").unlink()
        bench_config(home, url)
        make_engine(url).dispose()  # adds the tables made since
        (folder / "complete").write_text("ok")
        print(f"  copied from {older}", flush=True)
        return home, url
    folder.mkdir(parents=True)
    init_home(home)
    config = bench_config(home, url)
    engine = make_engine(url)
    populate(engine, config, n_items, n_annotators, kind)
    engine.dispose()
    (folder / "complete").write_text("ok")
    return home, url


# --------------------------------------------------------------------------- measuring


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(seconds, peak RSS above the start in MB, result)."""
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
    before = _status_kb("VmRSS")
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    peak = _status_kb("VmHWM")
    return elapsed, max(0, peak - before) / 1024, result


def baseline(db: Session) -> int:
    """A plain SQL GROUP BY over the project's labels, every group read by the client."""
    query = text(
        "SELECT item_id, count(*), count(DISTINCT user_id), min(created_ms) FROM labels "
        "WHERE project_id = :p GROUP BY item_id"
    )
    return sum(1 for _ in db.execute(query.execution_options(yield_per=2000), {"p": PROJECT}))


def queue(db: Session) -> Any:
    """The page a lead opens: one indexed query on the materialised scores."""
    return review_queue(db, PROJECT, limit=50, offset=0)["total"]


def queue_from_scratch(db: Session) -> Any:
    """The queue computed from the labels alone (before the scores were materialised)."""
    thresholds = review_settings(db, PROJECT)
    return compute_queue_scores(db, PROJECT, thresholds, limit=50, offset=0)[1]


def rescore(db: Session) -> Any:
    """The backfill (`cleanroom-server review rescore`): every item rescored, committed."""
    done = rescore_project(db, PROJECT, review_settings(db, PROJECT), START_MS)
    db.commit()
    return done


def upload(db: Session) -> Any:
    """Upload batches of new label versions through `store_labels` (which refreshes the
    items' scores), rolled back after each; the answer holds the per-batch medians of the
    whole store and of the score refresh alone, timed again on the same items."""
    user_id = db.scalar(text("SELECT id FROM users WHERE username = 'annotator00'"))
    caller = Principal(user_id, "annotator00", "annotator", f"dev-{user_id}")
    config = ServerConfig(database_url="", signing_key=None)  # type: ignore[arg-type]
    rng = random.Random(5)
    n_items = db.scalar(text("SELECT count(*) FROM items")) or 1
    whole, refresh = [], []
    for _ in range(UPLOAD_BATCHES):
        items = [f"it-{rng.randrange(n_items):07d}" for _ in range(UPLOAD_ITEMS)]
        labels = [
            LabelVersion(f"{item}-{user_id}", 2, PROJECT, f"sh-{user_id}", item, user_id,
                         "class", {"labels": [rng.choice(CLASSES)]}, START_MS + 40 * DAY_MS)
            for item in dict.fromkeys(items)
        ]  # fmt: skip
        started = time.perf_counter()
        store_labels(db, config, caller, labels)
        whole.append(time.perf_counter() - started)
        started = time.perf_counter()
        refresh_items(db, PROJECT, {x.item_id for x in labels}, review_settings(db, PROJECT), 0)
        refresh.append(time.perf_counter() - started)
        db.rollback()
    return {"store_ms": round(statistics.median(whole) * 1000, 1),
            "refresh_ms": round(statistics.median(refresh) * 1000, 1)}  # fmt: skip


def quality(db: Session) -> Any:
    return project_quality(db, PROJECT)["overall"]["items"]


CALLS: dict[str, Callable[[Session], Any]] = {
    "SQL GROUP BY item_id (baseline)": baseline,
    "review queue (page of 50, total)": queue,
    "queue from scratch (compute_queue_scores)": queue_from_scratch,
    "rescore (backfill, every item)": rescore,
    f"upload {UPLOAD_BATCHES} batches of {UPLOAD_ITEMS} labels": upload,
    "quality figures (project_quality)": quality,
}


def measure_once(home: Path, url: str, name: str) -> tuple[float, float, Any]:
    """One call in a fresh interpreter (`--one`), so that its peak memory is not hidden by
    memory an earlier call left to this process."""
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_review", "--one", name,
         "--home", str(home), "--url", url],
        check=True, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    seconds, mb, answer = json.loads(out.stdout.strip().splitlines()[-1])
    return seconds, mb, answer


def one(home: Path, url: str, name: str) -> None:
    """The child's side: engine ready and a first query made, then measure the call."""
    bench_config(home, url)
    engine = make_engine(url)
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions() as db:
        db.execute(text("SELECT 1")).all()
        print(json.dumps(measure(lambda: CALLS[name](db))))
    engine.dispose()


def run_rounds(
    home: Path, url: str, rounds: int, names: list[str], answers: dict[str, list[Any]]
) -> dict[str, list[tuple[float, float]]]:
    """Each call `rounds` times, interleaved, rotating the order. The scores are filled
    first (untimed) so that no queue call does the backfill."""
    seconds, _, done = measure_once(home, url, "rescore (backfill, every item)")
    print(f"  scores filled: {done} items in {seconds:.1f} s", flush=True)
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            seconds, mb, answer = measure_once(home, url, name)
            results[name].append((seconds, mb))
            answers.setdefault(name, []).append(answer)
            print(f"  round {r + 1}: {name}: {seconds:.2f} s, {mb:.1f} MB -> {answer}", flush=True)
    return results


def table(backend: str, labels: int, results: dict[str, list[tuple[float, float]]]) -> str:
    lines = [
        f"| {backend}, {labels:,} labels | time median (range) s | peak RSS median (range) MB |",
        "| --- | --- | --- |",
    ]
    for name, samples in results.items():
        secs = [s for s, _ in samples]
        mbs = [m for _, m in samples]
        lines.append(
            f"| {name} | {statistics.median(secs):.2f} ({min(secs):.2f}-{max(secs):.2f}) "
            f"| {statistics.median(mbs):.1f} ({min(mbs):.1f}-{max(mbs):.1f}) |"
        )
    return "\n".join(lines)


def upload_table(backend: str, answers: list[dict[str, float]]) -> str:
    """Per upload batch: the whole `store_labels` and the score refresh inside it."""
    store = [a["store_ms"] for a in answers]
    refresh = [a["refresh_ms"] for a in answers]
    return "\n".join([
        f"| {backend}, one batch of {UPLOAD_ITEMS} labels | median of round medians (range) ms |",
        "| --- | --- |",
        f"| store_labels, with the score refresh | {statistics.median(store):.1f} "
        f"({min(store):.1f}-{max(store):.1f}) |",
        f"| of which the score refresh (added cost) | {statistics.median(refresh):.1f} "
        f"({min(refresh):.1f}-{max(refresh):.1f}) |",
    ])  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=int, default=1_000_000, help="annotators' labels")
    parser.add_argument("--annotators", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--kind", default="class", choices=("class", "box"))
    parser.add_argument(
        "--skip", default="", help="comma-separated words; calls whose name holds one are left out"
    )
    parser.add_argument("--one", choices=list(CALLS), help=argparse.SUPPRESS)
    parser.add_argument("--home", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        one(Path(args.home), args.url, args.one)
        return 0
    n_items = args.labels // args.annotators
    labels = n_items * args.annotators
    tables = []
    skip = [w for w in args.skip.split(",") if w]
    names = [n for n in CALLS if not any(w in n for w in skip)]
    home, sqlite_url = cached_sqlite(n_items, args.annotators, args.kind)
    for backend in args.backends.split(","):
        print(f"{backend}: {n_items:,} items x {args.annotators} annotators ({args.kind})")
        if backend == "sqlite":
            answers: dict[str, list[Any]] = {}
            results = run_rounds(home, sqlite_url, args.rounds, names, answers)
        elif backend == "postgres":
            from tests.server.with_postgres import cluster

            with cluster() as url:
                config = bench_config(home, url)
                engine = make_engine(url)
                populate(engine, config, n_items, args.annotators, args.kind)
                engine.dispose()
                answers = {}
                results = run_rounds(home, url, args.rounds, names, answers)
        else:
            parser.error(f"unknown backend {backend!r}")
        tables.append(table(backend, labels, results))
        uploads = next((a for n, a in answers.items() if n.startswith("upload")), None)
        if uploads:
            tables.append(upload_table(backend, uploads))
    print()
    print("\n\n".join(tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
