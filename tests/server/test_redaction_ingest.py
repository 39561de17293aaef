"""Ingest runs every source through the redaction pipeline with the project's settings and
keeps a report per source: malformed sources are refused with their message, the rest are
stored, and the report holds kinds, counts and rules, never a value or a file name."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image
from pydicom.data import get_testdata_file

from app.redaction.errors import RedactionSettingsError
from app.server.cli import EXIT_SOME_REFUSED, main
from app.server.models import AuditRow, Item, RedactionReportRow
from tests.server.harness import Harness

GOOD_TEXT = "Patient Jane Doe wrote from jane.doe@example.org about the results."
SECRETS = ("Jane", "jane.doe@example.org", "jane-doe", "Müller", "Caf")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def truncated_dicom() -> bytes:
    """CT_small cut in the middle of its pixel data."""
    return Path(get_testdata_file("CT_small.dcm")).read_bytes()[:20_000]  # type: ignore[arg-type]


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 180, 160)).save(out, format="PNG")
    return out.getvalue()


def create(
    capsys: pytest.CaptureFixture[str],
    harness: Harness,
    tmp_path: Path,
    project: str,
    settings: object | None = None,
) -> tuple[int, str, str]:
    schema = tmp_path / f"{project}-schema.json"
    schema.write_text(json.dumps({"kinds": ["class", "box"]}))
    argv = ["--home", str(harness.home), "project", "create", project, "--schema", str(schema)]
    if settings is not None:
        path = tmp_path / f"{project}-redaction.json"
        path.write_text(json.dumps(settings))
        argv += ["--redaction-settings", str(path)]
    return run(capsys, *argv)


def test_malformed_sources_are_refused_and_reported_the_rest_stored(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = ["--home", str(harness.home)]
    assert create(capsys, harness, tmp_path, "redact-mixed", {"dicom_ocr": "never"})[0] == 0
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-jane-doe-note.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "b-broken.dcm").write_bytes(truncated_dicom())
    (folder / "c-latin1.txt").write_bytes("Café Müller, room 4".encode("latin-1"))
    (folder / "d-tasks.json").write_bytes(b'[{"data": {"text": "unterminated')

    code, out, _ = run(capsys, *home, "ingest", "redact-mixed", str(folder))

    assert code == EXIT_SOME_REFUSED
    assert "stored 1 items (0 unredacted), refused 3" in out
    with harness.db() as db:
        items = db.query(Item).filter_by(project_id="redact-mixed").all()
        rows = (
            db.query(RedactionReportRow)
            .filter_by(project_id="redact-mixed")
            .order_by(RedactionReportRow.position)
            .all()
        )
    assert len(items) == 1
    assert items[0].redaction == "redacted"
    assert b"Jane" not in items[0].data
    assert b"jane.doe@example.org" not in items[0].data
    # Label Studio exports are read before the folder walk (the files their tasks name are
    # then not ingested twice), so the export comes first.
    assert [(r.position, r.kind, r.status) for r in rows] == [
        (1, "labelstudio", "refused"),
        (2, "text", "stored"),
        (3, "dicom", "refused"),
        (4, "text", "refused"),
    ]
    tasks, good, dicom, latin1 = rows
    assert good.item_id == items[0].id
    assert good.report["kinds"].get("EMAIL_ADDRESS") == 1
    assert good.report["total"] >= 2
    assert good.report["rules"]
    assert dicom.item_id is None
    assert dicom.report["error"] == "DicomReadError"
    assert "truncated" in dicom.report["message"]
    assert latin1.report["error"] == "TextDecodeError"
    assert "not valid UTF-8" in latin1.report["message"]
    assert "JSON" in tasks.report["message"]
    assert len({r.ingest_id for r in rows}) == 1
    stored = json.dumps([[r.source_key, r.report] for r in rows], ensure_ascii=False)
    for secret in SECRETS:
        assert secret not in stored, secret
        assert secret not in out, secret

    # The admin reads it back, as JSON and as a table; reading it is audited.
    code, out, _ = run(capsys, *home, "redaction-report", "redact-mixed", "--json")
    assert code == 0
    body = json.loads(out)
    assert body["settings"] == {"version": 1, "dicom_ocr": "never"}
    assert [i["status"] for i in body["items"]] == ["refused", "stored", "refused", "refused"]
    code, out, _ = run(capsys, *home, "redaction-report", "redact-mixed")
    assert code == 0
    assert "4 sources, 1 stored, 3 refused" in out
    assert "DicomReadError" in out
    assert "EMAIL_ADDRESS:1" in out
    assert "jane-doe" not in out
    code, out, _ = run(capsys, *home, "redaction-report", "redact-mixed", "--match", str(folder))
    assert "b-broken.dcm" in out  # names only on the console, from the admin's own folder
    with harness.db() as db:
        reads = db.query(AuditRow).filter_by(action="redaction_report.read").count()
        ingest_audit = db.query(AuditRow).filter_by(action="ingest", target="redact-mixed").one()
    assert reads == 3
    assert ingest_audit.detail["refused"] == 3


def test_project_settings_reach_the_pipeline_at_ingest(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = {"crop": {"left": 0, "top": 0, "right": 10, "bottom": 8}, "ocr": False,
                "faces": False}  # fmt: skip
    code, out, _ = create(capsys, harness, tmp_path, "redact-crop", settings)
    assert code == 0
    assert "crop, faces, ocr" in out
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "a-scan.png").write_bytes(png(64, 48))
    # An item's own region of interest, from its sidecar, replaces the project's crop.
    (folder / "b-roi.png").write_bytes(png(64, 48))
    window = {"crop_window": {"cx": 32, "cy": 24, "width": 20, "height": 12}}
    (folder / "b-roi.png.meta.json").write_text(json.dumps(window))
    # A misspelt sidecar key refuses the item rather than showing all of it.
    (folder / "c-typo.png").write_bytes(png(64, 48))
    (folder / "c-typo.png.meta.json").write_text(json.dumps({"crop_windw": {}}))
    code, _, _ = run(capsys, "--home", str(harness.home), "ingest", "redact-crop", str(folder))
    assert code == EXIT_SOME_REFUSED
    with harness.db() as db:
        rows = (
            db.query(RedactionReportRow)
            .filter_by(project_id="redact-crop")
            .order_by(RedactionReportRow.position)
            .all()
        )
        sizes = [
            Image.open(io.BytesIO(db.get(Item, r.item_id).data)).size  # type: ignore[union-attr]
            for r in rows[:2]
        ]
    assert sizes == [(10, 8), (20, 12)]
    assert rows[0].report["least_view"]["cropped"] is True
    assert rows[0].report["least_view"]["metadata_stripped"] is True
    assert rows[2].status == "refused"
    assert "sidecar" in rows[2].report["message"]


def test_no_redaction_is_reported_as_unredacted(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert create(capsys, harness, tmp_path, "redact-none")[0] == 0
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "n.txt").write_text("a note")
    home = ["--home", str(harness.home)]
    assert run(capsys, *home, "ingest", "redact-none", str(folder), "--no-redaction")[0] == 0
    with harness.db() as db:
        row = db.query(RedactionReportRow).filter_by(project_id="redact-none").one()
    assert (row.status, row.redaction, row.report) == ("stored", "unredacted", {"pipeline": "none"})
    _, out, _ = run(capsys, *home, "redaction-report", "redact-none")
    assert "stored (UNREDACTED)" in out


@pytest.mark.parametrize(
    ("name", "settings", "message"),
    [
        ("unknown key", {"crop_windw": {}}, "Unknown redaction setting 'crop_windw'"),
        ("bad choice", {"dicom_ocr": "sometimes"}, "dicom_ocr must be one of"),
        ("not an object", ["ocr"], "must be a JSON object"),
        ("crop field missing", {"crop": {"left": 0, "top": 0, "right": 5}}, "exactly left"),
        ("both crops", {"crop": {}, "crop_window": {}}, "not both"),
        ("bool as int", {"max_text_bytes": True}, "whole number"),
        ("limit too high", {"max_image_pixels": 10**12}, "between"),
        ("private tag", {"private_tag_allowlist": ["0008,ACME,10"]}, "odd group"),
    ],
)
def test_invalid_settings_are_one_clear_error_and_create_nothing(
    harness: Harness,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    name: str,
    settings: object,
    message: str,
) -> None:
    project = "bad-" + name.replace(" ", "-")
    code, _, err = create(capsys, harness, tmp_path, project, settings)
    assert code == RedactionSettingsError.exit_code == 63
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    with harness.db() as db:
        assert db.query(AuditRow).filter_by(target=project).count() == 0


def test_redact_preview_needs_no_server_home(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLEANROOM_SERVER_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scan.png").write_bytes(png(32, 24))
    (tmp_path / "latin1.txt").write_bytes("Müller".encode("latin-1"))
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"ocr": False, "faces": False}))
    out_dir = tmp_path / "preview"
    code, out, err = run(
        capsys, "redact-preview", str(tmp_path / "scan.png"), str(tmp_path / "latin1.txt"),
        "--out", str(out_dir), "--redaction-settings", str(settings),
    )  # fmt: skip
    assert code == EXIT_SOME_REFUSED, err
    assert "item-001: ok" in out
    assert "item-002: refused: TextDecodeError" in out
    assert Image.open(out_dir / "item-001.png").size == (32, 24)
    refused = json.loads((out_dir / "item-002.report.json").read_text())
    assert refused["status"] == "refused"
    assert not (tmp_path / "server-home").exists()

    code, _, err = run(capsys, "redact-preview", str(tmp_path / "scan.png"), "--out", str(out_dir))
    assert code == 50
    assert "not an empty folder" in err


def test_redact_preview_with_a_project_uses_its_settings_and_is_audited(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = {"crop": {"left": 0, "top": 0, "right": 6, "bottom": 5}, "ocr": False,
                "faces": False}  # fmt: skip
    assert create(capsys, harness, tmp_path, "preview-proj", settings)[0] == 0
    (tmp_path / "scan.png").write_bytes(png(40, 30))
    out_dir = tmp_path / "preview"
    code, _, err = run(
        capsys, "--home", str(harness.home), "redact-preview", str(tmp_path / "scan.png"),
        "--out", str(out_dir), "--project", "preview-proj",
    )  # fmt: skip
    assert code == 0, err
    assert Image.open(out_dir / "item-001.png").size == (6, 5)
    with harness.db() as db:
        assert db.query(AuditRow).filter_by(action="redact_preview", target="preview-proj").count()
