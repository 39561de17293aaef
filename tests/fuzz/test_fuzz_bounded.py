"""A bounded fuzz run in CI: each atheris target for 20 s, both at once, must end cleanly.

A crash (any exception other than CleanroomError, or an altered input accepted) makes
libFuzzer exit non-zero and write the input to a crash-* file, which the failure shows.
`make fuzz` runs the same targets for longer.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

HERE = Path(__file__).resolve().parent
TARGETS = ("fuzz_shard.py", "fuzz_journal.py")


@pytest.mark.slow
def test_fuzz_targets_run_20_seconds_without_a_crash(tmp_path: Path) -> None:
    procs = {
        name: subprocess.Popen(
            [sys.executable, str(HERE / name), "-max_total_time=20", "-timeout=10", "-seed=1",
             "-rss_limit_mb=1024", f"-artifact_prefix={tmp_path}/{name}-"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for name in TARGETS
    }  # fmt: skip
    results = {}
    for name, proc in procs.items():
        out, _ = proc.communicate(timeout=120)
        results[name] = (proc.returncode, out.decode(errors="replace"))
    for name, (code, out) in results.items():
        assert code == 0, f"{name} exited {code}:\n{out[-3000:]}"
        assert "Done " in out, f"{name} did not run:\n{out[-3000:]}"
    assert not list(tmp_path.glob("*crash-*"))
