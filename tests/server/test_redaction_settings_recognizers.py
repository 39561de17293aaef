"""A project's own recognizers, end to end: `project create --redaction-settings` refuses an
unsafe one with one line, and ingest masks the project's identifiers with typed placeholders
and counts them by kind and rule in the stored report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.redaction.errors import RedactionSettingsError
from app.server.cli import main
from app.server.models import AuditRow, Item, RedactionReportRow
from tests.server.harness import Harness

BADGE = {"kind": "BADGE_ID", "regex": r"BX\d{5}", "context": ["badge"], "name": "badge"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def create(
    capsys: pytest.CaptureFixture[str],
    harness: Harness,
    tmp_path: Path,
    project: str,
    settings: object,
) -> tuple[int, str, str]:
    schema = tmp_path / f"{project}-schema.json"
    schema.write_text(json.dumps({"kinds": ["class"]}))
    path = tmp_path / f"{project}-redaction.json"
    path.write_text(json.dumps(settings))
    home = ["--home", str(harness.home)]
    return run(
        capsys, *home, "project", "create", project, "--schema", str(schema),
        "--redaction-settings", str(path),
    )  # fmt: skip


def test_project_recognizer_masks_its_ids_at_ingest(
    harness: Harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert create(capsys, harness, tmp_path, "badges", {"recognizers": [BADGE]})[0] == 0
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "n.txt").write_text("The badge BX40213 opened door 3; BX40213 again at noon.")
    assert run(capsys, "--home", str(harness.home), "ingest", "badges", str(folder))[0] == 0
    with harness.db() as db:
        row = db.query(RedactionReportRow).filter_by(project_id="badges").one()
        text = db.get(Item, row.item_id).data.decode()  # type: ignore[union-attr]
    assert "BX40213" not in text
    assert text.count("<BADGE_ID_1>") == 2
    assert row.report["kinds"]["BADGE_ID"] == 2
    assert row.report["rules"]["badge"] >= 1


@pytest.mark.parametrize(
    ("name", "regex", "message"),
    [
        ("nested", r"(\d+)+X", "nested quantifier"),
        ("unbounded", r"BX\d+", "unbounded quantifier"),
        ("broken", r"BX(\d{5}", "does not compile"),
    ],
)
def test_unsafe_recognizer_is_one_error_at_create_and_creates_nothing(
    harness: Harness,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    name: str,
    regex: str,
    message: str,
) -> None:
    project = f"bad-regex-{name}"
    code, _, err = create(
        capsys, harness, tmp_path, project, {"recognizers": [BADGE | {"regex": regex}]}
    )
    assert code == RedactionSettingsError.exit_code == 63
    assert message in err
    assert "recognizers[0].regex" in err
    assert len(err.strip().splitlines()) == 1
    with harness.db() as db:
        assert db.query(AuditRow).filter_by(target=project).count() == 0
