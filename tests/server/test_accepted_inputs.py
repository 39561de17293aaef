"""ingest and redact-preview read inputs through one reader and one table of accepted
inputs: every file gets the same verdict from both, and nothing is skipped without a
report row (a steward never previews a file that ingest then drops)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image
from pydicom.data import get_testdata_file

from app.core.protocol import ITEM_KINDS
from app.redaction.inputs import ACCEPTED
from app.redaction.preview import write_preview
from app.server.cli import EXIT_SOME_REFUSED, main
from app.server.models import Project, RedactionReportRow
from app.server.services.projects import source_key
from app.server.services.sources import read_folder, read_paths
from tests.server.harness import Harness


def image(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 12), (90, 120, 150)).save(out, format=fmt)
    return out.getvalue()


FILES: dict[str, bytes] = {
    "a-note.md": b"# Visit\nA short note without names.",
    "b-table.csv": b"ward,beds\nnorth,12\n",
    "c-scan.tif": image("TIFF"),
    "d-anim.gif": image("GIF"),
    "e-photo.webp": image("WEBP"),
    "f-tasks.json": json.dumps([{"id": 7, "data": {"text": "a task text"}}]).encode(),
    "g-scan-without-suffix": Path(get_testdata_file("CT_small.dcm")).read_bytes(),  # type: ignore[arg-type]
    "h-slides.pptx": b"PK\x03\x04 not for ingest",
}
VERDICTS = {
    "a-note.md": "stored",
    "b-table.csv": "stored",
    "c-scan.tif": "stored",
    "d-anim.gif": "stored",
    "e-photo.webp": "stored",
    "f-tasks.json#7": "stored",
    "g-scan-without-suffix": "stored",
    "h-slides.pptx": "refused",
}


def test_every_accepted_suffix_has_a_kind_and_a_media_type() -> None:
    for suffix, (kind, media_type) in ACCEPTED.items():
        assert suffix == suffix.lower()
        assert suffix.startswith(".")
        assert kind in ITEM_KINDS
        assert media_type


def test_ingest_and_preview_give_each_file_the_same_verdict(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"dicom_ocr": "never", "ocr": False, "faces": False}))
    schema = tmp_path / "schema.json"
    schema.write_text("{}")
    home = ["--home", str(harness.home)]
    project = ["project", "create", "inputs", "--schema", str(schema)]
    assert main([*home, *project, "--redaction-settings", str(settings)]) == 0

    assert main([*home, "ingest", "inputs", str(folder)]) == EXIT_SOME_REFUSED == 61
    with harness.db() as db:
        secret = db.get(Project, "inputs").secret  # type: ignore[union-attr]
        rows = db.query(RedactionReportRow).filter_by(project_id="inputs").all()
    names = {source_key(secret, s.name): s.name for s in read_folder(folder)}
    ingested = {names[r.source_key]: r.status for r in rows}
    assert ingested == VERDICTS

    out = tmp_path / "preview"
    paths = [folder / name for name in FILES]
    reports = write_preview(read_paths(paths), out, b"p" * 32, json.loads(settings.read_text()))
    previewed = {r["input"]: "stored" if r["status"] == "ok" else "refused" for r in reports}
    assert previewed == VERDICTS
    refused = next(r for r in reports if r["input"] == "h-slides.pptx")
    assert refused["error"].startswith("SourceRefusedError: The file is not of an accepted type")

    capsys.readouterr()
    code = main(["redact-preview", *map(str, paths), "--out", str(tmp_path / "cli-preview")])
    assert code == EXIT_SOME_REFUSED
    assert "preview of 8 inputs" in capsys.readouterr().out
