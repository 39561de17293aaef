"""redact-preview: a mixed batch with malformed items writes what annotators would get,
refuses the bad items one by one, and never stops."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.redaction.preview import read_inputs, write_preview
from resources.synthetic.dicom_set import dicom_files, truncated_dicom
from resources.synthetic.images import decompression_bomb

from .conftest import SECRET


def test_mixed_batch_with_malformed_items(tmp_path: Path, analyzer: Any) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    files = {
        "a_note.txt": b"Patient Eleanor Rigby, MRN 00123456, phone (555) 010-4477.",
        "b_latin1.txt": "caf\xe9".encode("latin-1"),
        "c_huge.txt": b"x" * (50 * 1024 * 1024),
        "d_bomb.png": decompression_bomb(),
        "e_truncated.dcm": truncated_dicom(),
        "f_scan.dcm": dicom_files()[1].data,
        "g_unknown.xyz": b"whatever",
    }
    for name, data in files.items():
        (inputs / name).write_bytes(data)
    out = tmp_path / "out"
    sources = read_inputs(sorted(inputs.iterdir()))
    reports = write_preview(sources, out, SECRET, settings={"dicom_ocr": "never"})
    status = {r["input"]: r["status"] for r in reports}
    assert status == {
        "a_note.txt": "ok",
        "b_latin1.txt": "refused",
        "c_huge.txt": "refused",
        "d_bomb.png": "refused",
        "e_truncated.dcm": "refused",
        "f_scan.dcm": "ok",
        "g_unknown.xyz": "refused",
    }
    errors = {r["input"]: r.get("error", "") for r in reports}
    assert "TextDecodeError" in errors["b_latin1.txt"]
    assert "TextTooLargeError" in errors["c_huge.txt"]
    assert "ImageBombError" in errors["d_bomb.png"]
    assert "DicomReadError" in errors["e_truncated.dcm"]
    assert "SourceRefusedError" in errors["g_unknown.xyz"]

    text = (out / "item-001.txt").read_text("utf-8")
    assert "Rigby" not in text
    assert "<MRN_1>" in text
    assert (out / "item-006.dcm").read_bytes()[128:132] == b"DICM"
    assert (out / "item-006.frame-001.png").read_bytes().startswith(b"\x89PNG")
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert [r["item"] for r in index] == [f"item-{n:03d}" for n in range(1, 8)]
    on_disk = json.loads((out / "item-001.report.json").read_text("utf-8"))
    assert on_disk["kinds"]["MEDICAL_RECORD_NUMBER"] == 1
    assert "Rigby" not in json.dumps(index)
