"""Saving the quality figures' CSV: a dated name in the documents folder, never over another
file, refusing what is not text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.workstation.errors import FiguresSaveError
from app.workstation.figures import figures_file_name, save_figures_csv

DAY = dt.date(2026, 11, 26)


def test_saved_under_a_dated_name_and_never_over_another(tmp_path: Path) -> None:
    first = save_figures_csv(b"annotator,labels\nA1,3\n", "p1", folder=tmp_path, today=DAY)
    second = save_figures_csv(b"annotator,labels\nA1,4\n", "p1", folder=tmp_path, today=DAY)
    assert first.name == "quality-p1-2026-11-26.csv"
    assert second.name == "quality-p1-2026-11-26-2.csv"
    assert first.read_bytes() == b"annotator,labels\nA1,3\n"


def test_project_ids_cannot_leave_the_folder() -> None:
    assert figures_file_name("../../etc", "2026-11-26") == "quality-______etc-2026-11-26.csv"
    assert figures_file_name("", "2026-11-26") == "quality-project-2026-11-26.csv"


def test_binary_or_unwritable_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FiguresSaveError):
        save_figures_csv(b"\xff\xfe\x00", "p1", folder=tmp_path, today=DAY)
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with pytest.raises(FiguresSaveError):
        save_figures_csv(b"a,b\n", "p1", folder=blocker / "sub", today=DAY)
