"""Redaction settings stored before they had versions (a plain object) still load, and the
project's ingest uses them; new projects store `{"version": 1, ...}`."""

from __future__ import annotations

from app.redaction.inputs import Source
from app.redaction.settings import RedactionSettings
from app.server.models import Item, ProjectRedaction
from app.server.services.ingest import ingest
from app.server.services.projects import create_project, project_redaction_settings
from tests.server.harness import Harness


def test_plain_stored_settings_load_as_version_1_and_reach_ingest(harness: Harness) -> None:
    with harness.db() as db:
        settings = RedactionSettings.from_json({"text_format": "json"})
        create_project(db, harness.config, "legacy", {}, redaction_settings=settings)
        row = db.get(ProjectRedaction, "legacy")
        assert row is not None
        assert row.settings == {"version": 1, "text_format": "json"}
        row.settings = {"text_format": "json", "drop_fields": ["name"]}  # as stored before
        db.commit()

        loaded = project_redaction_settings(db, "legacy")
        assert loaded.version == 1
        assert loaded.drop_fields == ("name",)
        record = b'{"name": "somebody", "note": "fine"}'
        source = Source("text", "text/plain; charset=utf-8", record, "r.txt", None)
        report = ingest(db, harness.config, "legacy", [source])
        assert (report.stored, report.failed) == (1, [])
        item = db.query(Item).filter_by(project_id="legacy").one()
    assert b"somebody" not in item.data
    assert b"fine" in item.data
