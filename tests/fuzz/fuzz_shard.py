"""Atheris target: bytes into the shard parser and opener, with the vector keys.

    .venv/bin/python tests/fuzz/fuzz_shard.py -max_total_time=60

Any exception that is not a CleanroomError is a crash. Three input shapes keep the fuzzer
both at the surface and deep inside: raw bytes, bytes behind a valid magic, and byte
patches and a truncation applied to the checked-in vector shard.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

with atheris.instrument_imports(include=["app"]):
    from app.core.bytesource import BytesSource
    from app.core.errors import CleanroomError
    from app.core.shard import MAGIC, read_signed_header

from tests.support.vector_files import ISSUER_KEYS, SHARDS, SMALL_SHARD, open_and_read_all

VECTOR = SHARDS[SMALL_SHARD]
BASE = VECTOR.data


def patched(fdp: atheris.FuzzedDataProvider) -> bytes:
    data = bytearray(BASE)
    for _ in range(fdp.ConsumeIntInRange(1, 4)):
        data[fdp.ConsumeIntInRange(0, len(data) - 1)] = fdp.ConsumeInt(1) & 0xFF
    if fdp.ConsumeBool():
        del data[fdp.ConsumeIntInRange(0, len(data)) :]
    return bytes(data)


def test_one_input(raw: bytes) -> None:
    if not raw:
        return
    mode, rest = raw[0] % 3, raw[1:]
    candidate = (
        rest
        if mode == 0
        else MAGIC + rest
        if mode == 1
        else patched(atheris.FuzzedDataProvider(rest))
    )
    try:
        read_signed_header(BytesSource(candidate), ISSUER_KEYS)
        open_and_read_all(candidate, VECTOR)
    except CleanroomError:
        return
    if candidate != BASE:
        raise AssertionError("an altered shard opened and every item read back")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
