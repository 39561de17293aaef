"""Review mode in the real window, end to end over TLS: three annotators label an overlapping
shard; the lead logs in, sees the Review menu (an annotator does not), opens the queue,
opens a disagreeing item (a review shard sealed to the lead's device, shown under the guard
and watermark) with the annotators' layers, adjudicates with the password (and the TOTP code
at the session's first signing), and sees the signed record; the quality panel shows the
figures and saves them as CSV. Nothing is mocked."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.server.models import Signature, User
from app.server.services import members, users
from tests.server.harness import Harness, new_workstation
from tests.server.review_support import text_project, upload
from tests.ui.window_world import PASSWORD, World, enrolled, show_window

SPAN = "span"


@pytest.fixture(scope="module")
def team(harness: Harness) -> dict[str, Any]:
    anns = [new_workstation(harness) for _ in range(3)]
    project = f"rv-{uuid.uuid4().hex[:6]}"
    items = text_project(harness, project, anns, 3)
    votes: list[tuple[str, list[dict[str, Any]]]] = [
        ("class", [{"label": "a"}] * 3),  # agree
        ("class", [{"label": "a"}, {"label": "a"}, {"label": "b"}]),  # class mismatch
        (SPAN, [{"start": 0, "end": 6, "label": "x"}] * 2
         + [{"start": 7, "end": 9, "label": "x"}]),  # spans apart
    ]  # fmt: skip
    for item_id, (kind, values) in zip(items, votes, strict=True):
        for ws, value in zip(anns, values, strict=True):
            upload(harness, ws, project, item_id, kind=kind, value=value)
    return {"project": project, "items": items}


def lead_world(harness: Harness, folder: Path, project: str) -> World:
    username = f"lead-{uuid.uuid4().hex[:8]}"
    with harness.db() as db:
        users.add_user(db, harness.config, username, "lead", password=PASSWORD)
        db.query(User).filter_by(username=username).one().full_name = "Dr. Ada Example"
        db.commit()
        members.add_member(db, harness.config, project, username, "lead")
    folder.mkdir(parents=True, exist_ok=True)
    return World(harness, username, folder)


def idle(qtbot: QtBot, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.background.busy, timeout=30_000)


def test_an_annotator_never_sees_review_mode(qtbot: QtBot, world: World) -> None:
    bench = enrolled(world)
    window: Any = show_window(qtbot, bench)
    idle(qtbot, window)
    assert not window.lead
    assert not window.review_menu.menuAction().isVisible()
    assert not window.review_action.isEnabled()
    window.show_review()
    assert window.current_screen == "queue"


def test_a_lead_reviews_signs_and_sees_the_record(
    qtbot: QtBot, harness: Harness, team: dict[str, Any], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("CLEANROOM_DOCUMENTS_DIR", str(tmp_path / "documents"))
    world = lead_world(harness, tmp_path / "lead", team["project"])
    bench = enrolled(world)
    window: Any = show_window(qtbot, bench)
    idle(qtbot, window)
    assert window.lead
    assert window.review_menu.menuAction().isVisible()

    window.review_action.trigger()  # Alt+R
    assert window.current_screen == "review"
    review = window.review
    qtbot.waitUntil(lambda: len(review.queue.rows) == 2, timeout=30_000)
    idle(qtbot, window)
    queued = [r.item_id for r in review.queue.rows]
    assert set(queued) == set(team["items"][1:])  # exactly the disagreeing items
    class_item = team["items"][1]

    # the item side by side: a review shard sealed to this device, opened through the gate
    review.queue.select_item(class_item)
    review.open_item(class_item)
    qtbot.waitUntil(
        lambda: review.page.currentWidget() is review.item or review.queue.message.text()
        .startswith(("The", "This", "Wrong")), timeout=30_000,
    )  # fmt: skip
    assert review.page.currentWidget() is review.item, review.queue.message.text()
    screen = review.item
    assert [layer.annotator for layer in screen.layers] == ["A1", "A2", "A3"]
    view = screen.view
    assert view is not None
    assert view.text_length > 0
    assert window.guard.is_protected(view)
    assert [d.what for d in screen.diffs] == ["classes differ", "classes differ"]

    # accept one side's class (approved): the signature dialog asks for the password and,
    # at the session's first signing, the TOTP code
    screen.annotator.setCurrentIndex(screen.diffs[0].layers[1])
    dialog = review.start_signing()
    assert dialog is not None, screen.message.text()
    assert dialog.name.text() == "Dr. Ada Example"  # the printed name, before signing
    assert dialog.totp.isVisibleTo(dialog)
    dialog.password.setText("not the password")
    dialog.totp.setText(world.totp())
    dialog.sign.click()
    qtbot.waitUntil(lambda: "nothing was signed" in dialog.message.text(), timeout=30_000)
    dialog.password.setText(PASSWORD)
    dialog.totp.setText(world.totp())
    dialog.sign.click()
    qtbot.waitUntil(lambda: dialog.record.isVisibleTo(dialog), timeout=30_000)
    record = dialog.record.text()
    assert "Signed by Dr. Ada Example" in record
    assert "Meaning: approved" in record
    assert dialog.password.text() == ""
    assert "Signed by Dr. Ada Example" in screen.record.text()
    with harness.db() as db:
        row = db.query(Signature).filter_by(item_id=class_item).one()
        assert (row.meaning, row.printed_name) == ("approved", "Dr. Ada Example")
    dialog.reject()

    # back to the queue: the adjudicated item left it; the next signing needs no TOTP
    window.review_action.trigger()
    qtbot.waitUntil(lambda: [r.item_id for r in review.queue.rows] == [team["items"][2]],
                    timeout=30_000)  # fmt: skip
    assert review.opened is None  # the item's bytes were released
    assert review.signed_this_session

    # the quality panel: figures in tables and charts, and the CSV saved by the workstation
    window.quality_action.trigger()
    qtbot.waitUntil(lambda: review.quality.figures is not None, timeout=30_000)
    assert review.quality.annotators.rowCount() == 3
    review.quality.save_csv.click()
    qtbot.waitUntil(lambda: "Figures saved to" in review.quality.message.text(), timeout=30_000)
    saved = list((tmp_path / "documents").glob("quality-*.csv"))
    assert len(saved) == 1
    assert str(saved[0]) in review.quality.message.text()

    # locking wipes the review screens and asks for the TOTP code at the next signing
    window.lock("Locked by hand.")
    assert not review.signed_this_session
    assert review.item.layers == ()
