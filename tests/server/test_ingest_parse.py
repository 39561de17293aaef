"""Ingest reads outside files: any bytes in a Label Studio export or a `.meta.json` sidecar
give sources or refused sources, never an exception that would stop the whole ingest."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.server.services.sources import read_folder

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
tasks = st.lists(
    st.fixed_dictionaries(
        {"data": st.dictionaries(st.sampled_from(["text", "image", "subject_id"]), json_values)},
        optional={"id": json_values, "meta": json_values},
    ),
    max_size=4,
)
outside = (
    st.binary(max_size=200)
    | json_values.map(lambda v: json.dumps(v).encode())
    | tasks.map(lambda v: json.dumps(v).encode())
)


@given(export=outside, sidecar=outside)
@settings(max_examples=200, deadline=None)
def test_any_export_or_sidecar_bytes_give_sources(export: bytes, sidecar: bytes) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "tasks.json").write_bytes(export)
        (folder / "note.txt").write_bytes(b"a note")
        (folder / "note.txt.meta.json").write_bytes(sidecar)
        sources = read_folder(folder)
    note = [s for s in sources if s.name == "note.txt"]
    assert len(note) == 1  # the text file is read or refused, whatever its neighbours hold
    for source in sources:
        if source.refused is None:  # what goes on to redaction is a typed item
            assert source.kind in ("text", "image", "dicom")
            assert source.media_type
            assert source.subject_id is None or isinstance(source.subject_id, str)
        else:
            assert source.refused  # a refusal always says why


def test_nul_byte_in_a_task_image_path_is_a_refused_task(tmp_path: Path) -> None:
    """Regression: Path.resolve raised ValueError (embedded null byte) and stopped ingest."""
    (tmp_path / "tasks.json").write_text(json.dumps([{"data": {"image": "a\u0000b.png"}}]))
    (sources,) = read_folder(tmp_path)
    assert sources.refused == (
        "Task 0 image is not a file under --media-root or beside the export; copy it there."
    )
