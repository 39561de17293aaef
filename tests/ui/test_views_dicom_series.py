"""Series scroll: past the last (or first) frame of a DICOM item, PgDown (PgUp) asks for the
series' next (previous) slice, which the queue finds as the adjacent DICOM item."""

from __future__ import annotations

from app.ui.models.queue import ItemQueue
from app.workstation.workbench import ItemEntry
from tests.ui.test_views_dicom import SCHEMA, dicom_bytes
from tests.ui.views_harness import Env, env_fixture  # noqa: F401


def test_paging_past_the_last_frame_asks_for_the_next_slice(env: Env) -> None:
    env.show("dicom", dicom_bytes("CT_small.dcm"), SCHEMA)  # one frame
    asked: list[int] = []
    env.workspace.series_step.connect(asked.append)
    env.press("PgDown")
    env.press("PgUp")
    assert asked == [1, -1]


def test_a_multiframe_item_pages_its_frames_first(env: Env) -> None:
    env.show("dicom", dicom_bytes("rtdose.dcm"), SCHEMA)  # 15 frames
    view = env.workspace.dicom_view
    asked: list[int] = []
    env.workspace.series_step.connect(asked.append)
    for _ in range(view.frame_count - 1):
        env.press("PgDown")
    assert (view.frame, asked) == (view.frame_count - 1, [])
    env.press("PgDown")
    assert asked == [1]


def test_the_series_neighbour_is_the_adjacent_dicom_item() -> None:
    kinds = ["dicom", "dicom", "text", "dicom"]
    queue = ItemQueue("s", [ItemEntry(f"i{n}", k, "new") for n, k in enumerate(kinds)])
    queue.current = 0
    assert (queue.series_neighbour(1), queue.series_neighbour(-1)) == (1, None)
    queue.current = 1
    assert queue.series_neighbour(1) is None  # a text item ends the series
    queue.current = 2
    assert queue.series_neighbour(1) is None  # not in a DICOM item
