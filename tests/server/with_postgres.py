"""Run the server and sync tests on a throwaway PostgreSQL cluster instead of SQLite.

    .venv/bin/python -m tests.server.with_postgres [pytest arguments]

Needs PostgreSQL's `initdb` and `pg_ctl` (on PATH or under /usr/lib/postgresql/*/bin) and
the psycopg driver (`pip install "psycopg[binary]"`). Run as root, the cluster runs as the
`postgres` user (PostgreSQL refuses root). The cluster listens on 127.0.0.1 only, trusts
local connections, and is deleted afterwards.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.server.harness import free_port


def _tool(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if found is None:
        sys.exit(f"{name} not found; install PostgreSQL (Debian: apt-get install postgresql)")
    return found


@contextmanager
def cluster() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on 127.0.0.1; yields its SQLAlchemy URL, deletes it
    afterwards. Also used by tests/benchmarks/bench_review.py."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        sys.exit('psycopg is missing; pip install "psycopg[binary]"')
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    as_user: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="cleanroom-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", free_port()
    subprocess.run([*as_user, initdb, "-D", str(data), "-A", "trust", "-U", "cleanroom"],
                   check=True, capture_output=True)  # fmt: skip
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    start = [*as_user, pg_ctl, "-D", str(data), "-o", options, "-l", str(root / "pg.log"), "-w"]
    subprocess.run([*start, "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://cleanroom@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "fast", "stop"], check=False)
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str]) -> int:
    with cluster() as url:
        env = {**os.environ, "CLEANROOM_TEST_DATABASE_URL": url}
        args = argv or ["-q", "-p", "no:cacheprovider", "tests/server", "tests/workstation/sync"]
        return subprocess.run([sys.executable, "-m", "pytest", *args], env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
