"""`ingest`, `redaction-report` and `redact-preview`: what the data steward feeds in and
checks. Both ingest and preview read inputs through one reader (app.server.services.sources)
with one table of accepted inputs, so a previewed file gets the verdict ingest will give it.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from app.redaction.item import RedactedItem
from app.redaction.settings import RedactionSettings
from app.server.auth import audit
from app.server.cli.common import EXIT_SOME_REFUSED, counts, session
from app.server.errors import BadRequestError
from app.server.interop.labelstudio_import import project_reading, store_imported
from app.server.models import RedactionReportRow
from app.server.progress import ProgressLine
from app.server.services.common import ADMIN, get_project
from app.server.services.ingest import ingest, passthrough_redactor, redaction_reports
from app.server.services.projects import project_redaction_settings, source_key
from app.server.services.sources import read_folder, read_paths


def cmd_ingest(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        raise BadRequestError(f"The path {folder} is not a folder; give the folder to ingest.")
    media_root = Path(args.media_root) if args.media_root else None
    if media_root is not None and not media_root.is_dir():
        raise BadRequestError(f"The --media-root {media_root} is not a folder; give a folder.")
    with session(args) as (db, config):
        redactor = passthrough_redactor if args.no_redaction else None
        get_project(db, args.project_id)
        reading = project_reading(db, args.project_id, media_root)
        sources = read_folder(folder, reading)
        stored: dict[str, tuple[str, RedactedItem]] = {}
        report = ingest(
            db, config, args.project_id, sources, redactor, progress=ProgressLine("ingest"),
            on_stored=lambda source, item_id, out: stored.__setitem__(source.name, (item_id, out)),
        )  # fmt: skip
        imported = store_imported(db, config, args.project_id, reading, stored)
    failed = len(report.failed)
    print(
        f"ingest {report.ingest_id}: stored {report.stored} items "
        f"({report.unredacted} unredacted), refused {failed}"
    )
    for name_key, message in report.failed:
        print(f"  refused: source {name_key[:16]}: {message}")
    if reading.pending:
        for line in imported.lines():
            print(line)
    print(f"details: redaction-report {args.project_id} --ingest {report.ingest_id}")
    return 0 if not report.failed else EXIT_SOME_REFUSED


def _report_json(row: RedactionReportRow) -> dict[str, object]:
    return {
        "ingest_id": row.ingest_id, "position": row.position, "at_ms": row.at_ms,
        "item_id": row.item_id, "source_key": row.source_key, "kind": row.kind,
        "status": row.status, "redaction": row.redaction, "report": row.report,
    }  # fmt: skip


def _least_view(report: dict[str, object]) -> str:
    view = report.get("least_view")
    if not isinstance(view, dict):
        return "-"
    done = [k if v is True else f"{k}:{v}" for k, v in sorted(view.items()) if v not in (0, False)]
    return " ".join(done) or "-"


def cmd_redaction_report(args: argparse.Namespace) -> int:
    with session(args) as (db, config):
        rows = redaction_reports(db, config, args.project_id, args.ingest)
        settings = project_redaction_settings(db, args.project_id).to_json()
        secret = get_project(db, args.project_id).secret
    if args.json:
        body = {
            "project_id": args.project_id, "settings": settings,
            "items": [_report_json(r) for r in rows],
        }  # fmt: skip
        print(json.dumps(body, indent=1, sort_keys=True))
        return 0
    names: dict[str, str] = {}
    if args.match:
        # Shown only on this console: the database keeps keyed hashes, never the names.
        for found in read_folder(Path(args.match)):
            names[source_key(secret, found.name)] = found.name
    print(f"project {args.project_id}; redaction settings: {json.dumps(settings, sort_keys=True)}")
    print("ingest | # | status | kind | item | source | kinds | rules | least view")
    for row in rows:
        shown = names.get(row.source_key, row.source_key[:16])
        status = f"{row.status} (UNREDACTED)" if row.redaction == "unredacted" else row.status
        if row.status == "refused":
            what = f"{row.report.get('error', '')}: {row.report.get('message', '')}"
        else:
            what = " | ".join(
                (counts(row.report.get("kinds")), counts(row.report.get("rules")),
                 _least_view(row.report))
            )  # fmt: skip
        print(
            f"{row.ingest_id} | {row.position} | {status} | {row.kind} | "
            f"{row.item_id or '-'} | {shown} | {what}"
        )
    refused = sum(1 for r in rows if r.status == "refused")
    print(f"{len(rows)} sources, {len(rows) - refused} stored, {refused} refused")
    return 0


def cmd_redact_preview(args: argparse.Namespace) -> int:
    from app.redaction.preview import write_preview  # noqa: PLC0415

    out = Path(args.out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise BadRequestError(f"The output {out} is not an empty folder; choose a new one.")
    inputs = [Path(p) for p in args.inputs]
    for path in inputs:
        if not path.is_file():
            raise BadRequestError(f"The input {path} is not a file; check the path.")
    settings = RedactionSettings()
    secret = os.urandom(32)  # UIDs are replaced consistently within this preview only
    if args.project:
        with session(args) as (db, config):
            project = get_project(db, args.project)
            settings, secret = project_redaction_settings(db, args.project), project.secret
            audit(db, config, ADMIN, "redact_preview", args.project, inputs=len(inputs))
            db.commit()
    if args.redaction_settings:
        settings = RedactionSettings.load(Path(args.redaction_settings))
    reports = write_preview(read_paths(inputs), out, secret, settings)
    refused = 0
    for entry in reports:
        if entry.get("status") == "ok":
            print(f"{entry['item']}: ok, removed {counts(entry.get('kinds'))}")
        else:
            refused += 1
            print(f"{entry['item']}: refused: {entry.get('error', '')}")
    print(f"preview of {len(reports)} inputs in {out} ({refused} refused); see index.json")
    return 0 if not refused else EXIT_SOME_REFUSED


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "ingest", help="ingest text, image and DICOM files or Label Studio JSON exports"
    )
    parser.add_argument("project_id")
    parser.add_argument("folder")
    parser.add_argument(
        "--no-redaction",
        action="store_true",
        help="skip the redaction pipeline: items are stored as unredacted and `assign` "
        "issues them only in projects created with --allow-unredacted",
    )
    parser.add_argument(
        "--media-root", metavar="DIR",
        help="where the images Label Studio tasks name are (/data/upload/..., "
        "/data/local-files/?d=..., relative paths); default: beside the export",
    )  # fmt: skip
    parser.set_defaults(handler=cmd_ingest)

    report = sub.add_parser("redaction-report", help="what redaction did at each ingest")
    report.add_argument("project_id")
    report.add_argument("--ingest", help="only this ingest id")
    report.add_argument("--json", action="store_true", help="machine-readable output")
    report.add_argument(
        "--match", metavar="FOLDER",
        help="show the names of the files in FOLDER next to their rows (console only)",
    )  # fmt: skip
    report.set_defaults(handler=cmd_redaction_report)

    preview = sub.add_parser(
        "redact-preview", help="write what an annotator would receive, for a data steward"
    )
    preview.add_argument("inputs", nargs="+", metavar="INPUT")
    preview.add_argument("--out", required=True, help="a new or empty folder")
    preview.add_argument("--redaction-settings", metavar="FILE", help="settings JSON file")
    preview.add_argument(
        "--project", help="use this project's settings and UID key (needs the server home)"
    )
    preview.set_defaults(handler=cmd_redact_preview)
