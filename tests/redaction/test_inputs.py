"""The accepted-input table reads outside files: any name and bytes give a source of an
accepted kind or a refused source that says why, never an exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.protocol import ITEM_KINDS
from app.redaction.inputs import ACCEPTED, DICOM_MAGIC, read_media

suffixes = st.sampled_from([*ACCEPTED, ".json", ".xyz", "", ".DCM", ".Png"])


@given(
    stem=st.text("abc-_1", min_size=1, max_size=8), suffix=suffixes, data=st.binary(max_size=300)
)
@settings(max_examples=150, deadline=None)
def test_any_file_gives_a_source_or_a_reason(stem: str, suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (stem + suffix)
        path.write_bytes(data)
        source = read_media(path, path.name)
    if source.refused is None:
        assert source.kind in ITEM_KINDS
        assert source.media_type
        assert source.data == data
    else:
        assert source.refused.endswith(".")
        assert source.data == b""


def test_a_dicom_without_a_suffix_is_read_as_dicom(tmp_path: Path) -> None:
    offset, magic = DICOM_MAGIC
    path = tmp_path / "IM0001"
    path.write_bytes(b"\0" * offset + magic + b"rest")
    assert read_media(path, "IM0001").kind == "dicom"
    other = tmp_path / "IM0002"
    other.write_bytes(b"not dicom")
    assert read_media(other, "IM0002").refused is not None
