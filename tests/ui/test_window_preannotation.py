"""Pre-annotation in the annotator's window, end to end over TLS: a project created from a
Label Studio config with --preannotation, a Label Studio export ingested with its
annotations (through the real redaction pipeline), assign; the annotator opens the item
and finds the imported labels pre-filled as suggestions, marked on the status line and not
saved; accepting the item saves them as the annotator's own labels. Nothing is mocked."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.server.cli import main
from app.server.models import Item
from app.server.services import assign
from app.ui.models.preannotation import NOTE
from tests.server.harness import Harness
from tests.ui.window_world import World, logged_in_window, open_first_shard, press

CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Labels name="ner" toName="text"><Label value="Finding"/><Label value="Drug"/></Labels>
  <Choices name="urgency" toName="text"><Choice value="routine"/><Choice value="urgent"/></Choices>
</View>"""
TEXT = "Fever since Monday; took aspirin twice."


def _project(harness: Harness, tmp_path: Path, username: str, *flags: str) -> tuple[str, str]:
    """(shard id, item id) of a one-item project whose item carries Label Studio labels."""
    project = f"pre-{uuid.uuid4().hex[:8]}"
    config = tmp_path / f"{project}.xml"
    config.write_text(CONFIG)
    home = ["--home", str(harness.home)]
    argv = [*home, "project", "create", project, "--labeling-config", str(config), *flags]
    assert main(argv) == 0
    start = TEXT.index("aspirin")
    tasks = [{"id": 1, "data": {"text": TEXT}, "annotations": [{"completed_by": 2, "result": [
        {"from_name": "ner", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 5, "labels": ["Finding"]}},
        {"from_name": "ner", "to_name": "text", "type": "labels",
         "value": {"start": start, "end": start + 7, "labels": ["Drug"]}},
        {"from_name": "urgency", "to_name": "text", "type": "choices",
         "value": {"choices": ["urgent"]}},
    ]}]}]  # fmt: skip
    folder = tmp_path / project
    folder.mkdir()
    (folder / "export.json").write_text(json.dumps(tasks))
    assert main([*home, "ingest", project, str(folder)]) == 0
    with harness.db() as db:
        (shard_id,) = assign.assign(db, harness.config, project, [username])
        (item_id,) = [i.id for i in db.query(Item).filter_by(project_id=project)]
    return shard_id, item_id


def _open(qtbot: QtBot, window: Any, shard_id: str) -> Any:
    open_first_shard(qtbot, window, shard_id)
    window.open_next_unlabelled()
    assert window.current_screen == "workspace"
    return window.workspace


def test_the_annotator_starts_from_imported_labels_and_saving_makes_them_theirs(
    qtbot: QtBot,
    world: World,
    harness: Harness,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window, bench = logged_in_window(qtbot, world)
    shard_id, item_id = _project(harness, tmp_path, world.username, "--preannotation")
    capsys.readouterr()
    workspace = _open(qtbot, window, shard_id)

    # Pre-filled, marked as suggested, and nothing saved yet.
    shown = bytes(workspace.item.data).decode()
    spans = {shown[s.start : s.end]: s.label for s in workspace.text_view.spans}
    assert spans == {"Fever": "Finding", "aspirin": "Drug"}  # moved past any placeholder
    assert workspace.labels.classes() == ["urgent"]
    assert workspace.message_line.text().startswith(NOTE)
    assert "3 suggested" in workspace.message_line.text()
    assert bench.labels_for_item(item_id) == []

    # Leaving the item untouched saves nothing; it opens pre-filled again.
    window.show_queue()
    assert bench.labels_for_item(item_id) == []
    workspace = _open(qtbot, window, shard_id)
    assert len(workspace.labels.suggested) == 3

    # Accepting the item (Ctrl+Return) saves the suggestions as the annotator's own labels.
    workspace.text_view.setFocus()
    press(window, "Ctrl+Return")
    saved = bench.labels_for_item(item_id)
    assert sorted((v.kind, v.version) for v in saved) == [("class", 1), ("span", 1), ("span", 1)]
    assert {v.user_id for v in saved} == {bench.account_id}  # the annotator, not the import
    values = sorted(json.dumps(v.value, sort_keys=True) for v in saved)
    assert json.dumps({"labels": ["urgent"]}) in values
    report = bench.pusher()()
    assert report.labels_acked == 3
    bench.close()


def test_without_the_project_setting_the_window_shows_no_imports(
    qtbot: QtBot, world: World, harness: Harness, tmp_path: Path
) -> None:
    window, bench = logged_in_window(qtbot, world)
    shard_id, _ = _project(harness, tmp_path, world.username)
    workspace = _open(qtbot, window, shard_id)
    assert "preannotations" not in workspace.item.meta
    assert workspace.labels.latest == {}
    assert workspace.text_view.spans == []
    assert NOTE not in workspace.message_line.text()
    bench.close()
