"""Saving the lead's quality figures: the CSV the server made (`GET /v1/review/quality.csv`:
counts, rates, pseudonyms and label names, never content) written to the user's documents
folder under a dated name. The window never writes files; it calls this and shows the path.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Final

import platformdirs

from app.workstation.errors import FiguresSaveError

MAX_CSV_BYTES: Final = 50 * 1024 * 1024
ENV_DOCUMENTS: Final = "CLEANROOM_DOCUMENTS_DIR"  # managed installs and tests


def documents_dir() -> Path:
    override = os.environ.get(ENV_DOCUMENTS)
    return Path(override) if override else Path(platformdirs.user_documents_dir())


def figures_file_name(project_id: str, day: str) -> str:
    """`quality-<project>-<YYYY-MM-DD>.csv`, the project id reduced to safe characters."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in project_id)[:64] or "project"
    return f"quality-{safe}-{day}.csv"


def save_figures_csv(
    data: bytes, project_id: str, *, folder: Path | None = None, today: dt.date | None = None
) -> Path:
    """Write the CSV as a new file (never over another: `-2`, `-3`... when the name is
    taken) and return its path. Refuses what is not UTF-8 text or is implausibly large."""
    if len(data) > MAX_CSV_BYTES:
        raise FiguresSaveError
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise FiguresSaveError from None
    folder = folder or documents_dir()
    day = (today or dt.datetime.now().astimezone().date()).isoformat()
    name = figures_file_name(project_id, day)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(1, 1000):
            path = folder / (name if n == 1 else name.replace(".csv", f"-{n}.csv"))
            try:
                with path.open("xb") as out:  # exclusive: never replaces a file
                    out.write(data)
            except FileExistsError:
                continue
            return path
    except OSError:
        raise FiguresSaveError from None
    raise FiguresSaveError
