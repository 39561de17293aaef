"""Peak extra memory of opening a 256 MiB shard and reading one 1 MiB item.

    .venv/bin/python tests/benchmarks/bench_shard_memory.py [--mib 256]

Seals a shard of 1 MiB items to a temporary file with `seal_chunks` (streaming), then in a
FRESH subprocess per measurement opens it and reads one item, two ways:

- lazy (ours): `open_shard(FileSource(file))` + `read_item` of one item;
- baseline: read the whole file into memory and decrypt every chunk (the naive opener).

Peak extra memory is the rise of the process's peak RSS (VmHWM, reset through
/proc/self/clear_refs just before the measured step) over its RSS before it; tracemalloc's
peak is shown beside it. Acceptance (issue #2): lazy open + one 1 MiB item < 32 MiB extra.
Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.bytesource import FileSource
from app.core.keys import SUITE_HYBRID, DeviceEncryptionKey, SigningKey, VerifyKey
from app.core.shard import DEFAULT_CHUNK_SIZE, ItemInput, build_payload, open_shard, seal_chunks

MIB = 1024 * 1024
LIMIT_MIB = 32
NOW = 1_800_000_000


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


def _reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS


def measure(mode: str, shard_path: str, secret_path: str, issuer_b64u: str, item_id: str) -> None:
    """Runs in a fresh process; prints one JSON line."""
    issuer = VerifyKey.from_b64u(issuer_b64u)
    device = DeviceEncryptionKey.from_secret_bytes(Path(secret_path).read_bytes())
    keys = {issuer.kid: issuer}
    with Path(shard_path).open("rb") as fh:
        tracemalloc.start()
        rss_before = _status_kib("VmRSS")
        _reset_peak()
        tracemalloc.reset_peak()
        t0 = time.perf_counter()
        if mode == "lazy":
            shard = open_shard(
                FileSource(fh), issuer_keys=keys, device_key=device, device_id="d-1", now=NOW
            )
            t1 = time.perf_counter()
            data = shard.read_item(item_id)
        else:
            whole = fh.read()
            shard = open_shard(whole, issuer_keys=keys, device_key=device, device_id="d-1", now=NOW)
            t1 = time.perf_counter()
            plain = shard.read_payload(0, shard.header.payload_length)  # every chunk
            blob = shard.item(item_id).blob
            start = shard._blob_base + blob.offset
            data = plain[start : start + blob.length]
        t2 = time.perf_counter()
        peak_kib = _status_kib("VmHWM")
        _, traced_peak = tracemalloc.get_traced_memory()
    assert len(data) == MIB
    print(
        json.dumps(
            {
                "extra_rss_mib": (peak_kib - rss_before) / 1024,
                "traced_peak_mib": traced_peak / MIB,
                "open_ms": (t1 - t0) * 1000,
                "read_ms": (t2 - t1) * 1000,
            }
        )
    )


def seal_to_file(path: Path, mib: int) -> tuple[str, str, str, float]:
    issuer = SigningKey.generate()
    device = DeviceEncryptionKey.generate(SUITE_HYBRID)
    block = os.urandom(MIB)
    items = [
        ItemInput(f"item-{n:04d}", "image", "image/png", n.to_bytes(4, "big") + block[4:])
        for n in range(mib)
    ]
    payload = build_payload(items, {"classes": ["a"]})
    t0 = time.perf_counter()
    with path.open("wb") as out:
        for piece in seal_chunks(
            payload,
            shard_id="bench",
            project_id="p",
            user_id="u",
            device_id="d-1",
            device_public=device.public_key(),
            issuer=issuer,
            issued_at=NOW - 60,
            not_after=NOW + 3600,
        ):
            out.write(piece)
    seal_s = time.perf_counter() - t0
    secret = path.with_suffix(".secret.json")
    secret.write_bytes(device.to_secret_bytes())
    return str(secret), issuer.verify_key().b64u(), items[len(items) // 2].item_id, seal_s


def run_fresh(mode: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", mode, *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=256)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--measure", nargs=5, metavar="ARG")
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.crshard"
        secret, issuer, item_id, seal_s = seal_to_file(path, args.mib)
        size = path.stat().st_size
        rows = {}
        for mode in ("lazy", "baseline"):
            runs = [run_fresh(mode, str(path), secret, issuer, item_id) for _ in range(args.runs)]
            rows[mode] = {k: sorted(r[k] for r in runs)[len(runs) // 2] for k in runs[0]}
    print(f"\nshard: {size / MIB:.1f} MiB on disk, {DEFAULT_CHUNK_SIZE // 1024} KiB chunks, "
          f"hybrid suite; one 1 MiB item; median of {args.runs} fresh processes\n")  # fmt: skip
    print("| opener | peak extra RSS (MiB) | tracemalloc peak (MiB) | open (ms) | item read (ms) |")
    print("|---|---:|---:|---:|---:|")
    names = {
        "lazy": "lazy: open_shard(FileSource) + read_item",
        "baseline": "baseline: read file + decrypt all",
    }
    for mode, r in rows.items():
        print(f"| {names[mode]} | {r['extra_rss_mib']:.1f} | {r['traced_peak_mib']:.1f} | "
              f"{r['open_ms']:.1f} | {r['read_ms']:.1f} |")  # fmt: skip
    print(f"\nseal (seal_chunks streamed to a file): {size / MIB / seal_s:.0f} MiB/s "
          f"({seal_s:.2f} s for {size / MIB:.0f} MiB)")  # fmt: skip
    ok = rows["lazy"]["extra_rss_mib"] < LIMIT_MIB
    print(f"acceptance (lazy peak extra < {LIMIT_MIB} MiB): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
