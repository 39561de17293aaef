"""Where the workstation keeps its files: one private folder under the platform's data dir.

`CLEANROOM_DATA_DIR` overrides the location (managed installs, the demo and tests).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

import platformdirs

APP_NAME: Final = "Cleanroom"
STORE_FILE: Final = "vault.db"
ENV_DATA_DIR: Final = "CLEANROOM_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` if needed and make it 0700 (owner only)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def store_path(base: Path | None = None) -> Path:
    return ensure_private_dir(base or data_dir()) / STORE_FILE
