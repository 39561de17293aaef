"""Atheris target: bytes into the journal record parser and the JSON Lines verifier.

    .venv/bin/python tests/fuzz/fuzz_journal.py -max_total_time=60

Any exception that is not a CleanroomError is a crash; so is an altered vector journal
that verifies as anything but an exact prefix of the original (DESIGN.md §6).
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

with atheris.instrument_imports(include=["app"]):
    from app.core.errors import CleanroomError
    from app.core.journal import parse_record, verify_jsonl

from tests.support.vector_files import EXPECTED, JOURNAL_KEY, read

BASE = read(EXPECTED["journal"]["file"])
LINES = BASE.splitlines(keepends=True)
PREFIXES = {b"".join(LINES[:k]) for k in range(1, len(LINES) + 1)}
PREFIXES |= {p[:-1] for p in PREFIXES}  # the last newline may be cut too


def patched(fdp: atheris.FuzzedDataProvider) -> bytes:
    lines = list(LINES)
    for _ in range(fdp.ConsumeIntInRange(1, 3)):
        op, i = fdp.ConsumeIntInRange(0, 3), fdp.ConsumeIntInRange(0, len(lines) - 1)
        if op == 0 and len(lines) > 1:
            del lines[i]
        elif op == 1:
            lines.insert(fdp.ConsumeIntInRange(0, len(lines)), lines[i])
        elif op == 2 and lines[i]:
            line = bytearray(lines[i])
            line[fdp.ConsumeIntInRange(0, len(line) - 1)] ^= fdp.ConsumeIntInRange(1, 255)
            lines[i] = bytes(line)
        else:
            lines[i] = lines[i][: fdp.ConsumeIntInRange(0, len(lines[i]))]
    return b"".join(lines)


def test_one_input(raw: bytes) -> None:
    if not raw:
        return
    mode, rest = raw[0] % 3, raw[1:]
    try:
        if mode == 0:
            parse_record(rest, line=1)
            return
        candidate = rest if mode == 1 else patched(atheris.FuzzedDataProvider(rest))
        verify_jsonl(candidate, JOURNAL_KEY)
    except CleanroomError:
        return
    if mode == 2 and candidate not in PREFIXES:
        raise AssertionError("an altered journal verified")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
