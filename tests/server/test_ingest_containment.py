"""Issue 13: ingest stays inside its folder: links and non-regular files are refused, one
report row each, and nothing outside the folder is read."""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.server.services.sources import LINK_REFUSED, NOT_REGULAR, read_folder, read_paths

SECRET = b"outside secret text"


def _world(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SECRET)
    (outside / "more.txt").write_bytes(SECRET)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_bytes(b"inside text")
    return folder, outside


def _by_name(folder: Path) -> dict[str, object]:
    sources = read_folder(folder)
    assert all(SECRET not in s.data for s in sources)
    return {s.name: s.refused for s in sources}


def test_a_link_to_a_file_outside_is_refused(tmp_path: Path) -> None:
    folder, outside = _world(tmp_path)
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    (folder / "inner.txt").symlink_to(folder / "ok.txt")  # even a link inside the folder
    rows = _by_name(folder)
    assert rows == {"ok.txt": None, "leak.txt": LINK_REFUSED, "inner.txt": LINK_REFUSED}


def test_a_linked_folder_gets_a_report_row(tmp_path: Path) -> None:
    folder, outside = _world(tmp_path)
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    rows = _by_name(folder)
    assert rows == {"ok.txt": None, "linked": LINK_REFUSED}


def test_link_loops_and_dangling_links_are_refused(tmp_path: Path) -> None:
    folder, _ = _world(tmp_path)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "a").symlink_to(folder / "b")
    (folder / "b").symlink_to(folder / "a")
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    rows = _by_name(folder)
    assert rows == {
        "ok.txt": None, "loop": LINK_REFUSED, "a": LINK_REFUSED, "b": LINK_REFUSED,
        "dangling.txt": LINK_REFUSED,
    }  # fmt: skip


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    folder, _ = _world(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    assert _by_name(folder) == {"ok.txt": None, "pipe.txt": NOT_REGULAR}


def test_a_linked_sidecar_refuses_its_file(tmp_path: Path) -> None:
    folder, outside = _world(tmp_path)
    (outside / "meta.json").write_text(json.dumps({"subject_id": "s"}))
    (folder / "ok.txt.meta.json").symlink_to(outside / "meta.json")
    rows = _by_name(folder)
    assert rows["ok.txt"] is not None
    assert rows["ok.txt.meta.json"] == LINK_REFUSED


def test_label_studio_images_through_links_are_refused(tmp_path: Path) -> None:
    folder, outside = _world(tmp_path)
    (folder / "img").symlink_to(outside, target_is_directory=True)
    tasks = [{"id": 1, "data": {"image": "img/secret.txt"}},
             {"id": 2, "data": {"image": "../outside/secret.txt"}}]  # fmt: skip
    (folder / "export.json").write_text(json.dumps(tasks))
    rows = _by_name(folder)
    assert rows["export.json#1"] is not None
    assert rows["export.json#2"] is not None


def test_preview_paths_refuse_links(tmp_path: Path) -> None:
    folder, outside = _world(tmp_path)
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    (source,) = read_paths([folder / "leak.txt"])
    assert source.refused == LINK_REFUSED
    assert source.data == b""
