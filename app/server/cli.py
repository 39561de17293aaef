"""`cleanroom-server`: the data steward's and admin's command line.

Subcommands register themselves in `build_parser`; each handler takes the parsed args and
returns an exit code. Errors print one line (see app.core.cli for the exit codes).
Commands other than `init` and `verify-journal` work on a server home (`--home`, default
$CLEANROOM_SERVER_HOME or ./server-home) and its database (`--database-url` overrides it,
e.g. postgresql+psycopg://user@db/cleanroom). Every admin action is written to the audit table.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.core.cli import run_cli
from app.core.journal import DEFAULT_MAX_CLOCK_STEP_S, verify_jsonl
from app.core.keys import VerifyKey
from app.server import admin, redaction_settings
from app.server.auth import audit
from app.server.config import ServerConfig, load_config, read_key
from app.server.errors import BadRequestError
from app.server.models import AuditRow, Project, RedactionReportRow, make_engine
from app.server.progress import ProgressLine

# Some sources or preview inputs were refused; the others were processed.
EXIT_SOME_REFUSED = 60


def cmd_verify_journal(args: argparse.Namespace) -> int:
    device_key = VerifyKey.from_b64u(args.device_key)
    state = verify_jsonl(
        Path(args.file).read_bytes(), device_key, max_clock_step_s=args.max_clock_step
    )
    print(f"ok: {state.seq} entries from device {state.device_id}, last hash {state.hash}")
    return 0


def _home(args: argparse.Namespace) -> Path:
    return Path(args.home or os.environ.get("CLEANROOM_SERVER_HOME") or "server-home")


@contextmanager
def _session(args: argparse.Namespace) -> Iterator[tuple[Session, ServerConfig]]:
    config = load_config(_home(args), args.database_url)
    engine = make_engine(config.database_url)
    try:
        with sessionmaker(engine, expire_on_commit=False)() as db:
            yield db, config
    finally:
        engine.dispose()


def cmd_init(args: argparse.Namespace) -> int:
    from app.server.home import init_home  # noqa: PLC0415

    result = init_home(
        Path(args.dir),
        server_url=args.server_url,
        hosts=tuple(h.strip() for h in args.hosts.split(",") if h.strip()),
        database_url=args.database_url,
    )
    print(f"server home: {result.home}")
    print(f"CA certificate SHA-256 (pin this): {result.ca_fingerprint}")
    print(f"server signing key id (pin this):  {result.server_kid}")
    print(f"organisation policy key id:        {result.org_kid}")
    print(f"signed workstation policy:         {result.home / 'policy.json'}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from app.server.api import create_app  # noqa: PLC0415
    from app.server.home import uvicorn_server  # noqa: PLC0415

    home = _home(args)
    app = create_app(load_config(home, args.database_url))
    uvicorn_server(app, args.host, args.port, home / "server.pem", home / "server.key").run()
    return 0


def _print_credentials(creds: admin.Credentials) -> None:
    print(f"user {creds.username} ({creds.user_id})")
    print(f"password (shown once): {creds.password}")
    print(f"TOTP secret (shown once): {creds.totp_secret}")
    print(f"TOTP URI: {creds.otpauth_uri}")


def cmd_user(args: argparse.Namespace) -> int:
    with _session(args) as (db, config):
        if args.user_command == "add":
            _print_credentials(admin.add_user(db, config, args.username, args.role))
        elif args.user_command == "disable":
            admin.disable_user(db, config, args.username)
            print(f"user {args.username} disabled")
        else:
            _print_credentials(admin.reset_user(db, config, args.username))
    return 0


def cmd_enrol_code(args: argparse.Namespace) -> int:
    with _session(args) as (db, config):
        code = admin.enrol_code(db, config, args.username, ttl_s=args.ttl)
    print(f"one-time enrolment code for {args.username} (valid {args.ttl} s): {code}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with _session(args) as (db, config):
        admin.revoke_device(db, config, args.device_id)
    print(f"device {args.device_id} revoked")
    return 0


def cmd_project_create(args: argparse.Namespace) -> int:
    try:
        schema = json.loads(Path(args.schema).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise BadRequestError(f"{args.schema} is not valid JSON") from None
    if not isinstance(schema, dict):
        raise BadRequestError("the label schema must be a JSON object")
    settings = {}
    if args.redaction_settings:
        settings = redaction_settings.load(Path(args.redaction_settings))
    with _session(args) as (db, config):
        admin.create_project(
            db, config, args.project_id, schema, instructions=args.instructions,
            allow_unredacted=args.allow_unredacted, redaction_settings=settings,
        )  # fmt: skip
    shown = ", ".join(sorted(settings)) or "pipeline defaults"
    print(f"project {args.project_id} created; redaction settings: {shown}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        raise BadRequestError(f"{folder} is not a folder")
    with _session(args) as (db, config):
        redactor = admin.passthrough_redactor if args.no_redaction else None
        sources = admin.read_folder(folder)
        report = admin.ingest(
            db, config, args.project_id, sources, redactor, progress=ProgressLine("ingest")
        )
    failed = len(report.failed)
    print(
        f"ingest {report.ingest_id}: stored {report.stored} items "
        f"({report.unredacted} unredacted), refused {failed}"
    )
    for name_key, message in report.failed:
        print(f"  refused: source {name_key[:16]}: {message}")
    print(f"details: redaction-report {args.project_id} --ingest {report.ingest_id}")
    return 0 if not report.failed else EXIT_SOME_REFUSED


def _report_json(row: RedactionReportRow) -> dict[str, object]:
    return {
        "ingest_id": row.ingest_id, "position": row.position, "at_ms": row.at_ms,
        "item_id": row.item_id, "source_key": row.source_key, "kind": row.kind,
        "status": row.status, "redaction": row.redaction, "report": row.report,
    }  # fmt: skip


def _counts(mapping: object) -> str:
    if not isinstance(mapping, dict) or not mapping:
        return "-"
    return " ".join(f"{k}:{v}" for k, v in sorted(mapping.items()))


def _least_view(report: dict[str, object]) -> str:
    view = report.get("least_view")
    if not isinstance(view, dict):
        return "-"
    done = [k if v is True else f"{k}:{v}" for k, v in sorted(view.items()) if v not in (0, False)]
    return " ".join(done) or "-"


def cmd_redaction_report(args: argparse.Namespace) -> int:
    with _session(args) as (db, config):
        rows = admin.redaction_reports(db, config, args.project_id, args.ingest)
        settings = admin.project_redaction_settings(db, args.project_id)
        project = db.get(Project, args.project_id)
        secret = project.secret if project is not None else b""
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
        for found in admin.read_folder(Path(args.match)):
            names[admin.source_key(secret, found.name)] = found.name
    print(f"project {args.project_id}; redaction settings: {json.dumps(settings, sort_keys=True)}")
    print("ingest | # | status | kind | item | source | kinds | rules | least view")
    for row in rows:
        shown = names.get(row.source_key, row.source_key[:16])
        status = f"{row.status} (UNREDACTED)" if row.redaction == "unredacted" else row.status
        if row.status == "refused":
            what = f"{row.report.get('error', '')}: {row.report.get('message', '')}"
        else:
            what = " | ".join(
                (_counts(row.report.get("kinds")), _counts(row.report.get("rules")),
                 _least_view(row.report))
            )  # fmt: skip
        print(
            f"{row.ingest_id} | {row.position} | {status} | {row.kind} | "
            f"{row.item_id or '-'} | {shown} | {what}"
        )
    refused = sum(1 for r in rows if r.status == "refused")
    print(f"{len(rows)} sources, {len(rows) - refused} stored, {refused} refused")
    return 0


def cmd_audit_log(args: argparse.Namespace) -> int:
    with _session(args) as (db, config):
        query = db.query(AuditRow).order_by(AuditRow.id.desc())
        if args.action:
            query = query.filter(AuditRow.action == args.action)
        rows = list(reversed(query.limit(args.limit).all()))
        audit(db, config, admin.ADMIN, "audit.read", "admin_audit", rows=len(rows))
        db.commit()
    for row in rows:
        entry = {"id": row.id, "at_ms": row.at_ms, "actor": row.actor, "action": row.action,
                 "target": row.target, "detail": row.detail}  # fmt: skip
        if args.json:
            print(json.dumps(entry, sort_keys=True))
        else:
            detail = " ".join(f"{k}={v}" for k, v in sorted(row.detail.items()))
            print(f"{row.id} {row.at_ms} {row.actor} {row.action} {row.target} {detail}".rstrip())
    return 0


def cmd_redact_preview(args: argparse.Namespace) -> int:
    from app.redaction.preview import write_preview  # noqa: PLC0415

    out = Path(args.out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise BadRequestError(f"{out} is not an empty folder; choose a new one")
    inputs = [Path(p) for p in args.inputs]
    for path in inputs:
        if not path.is_file():
            raise BadRequestError(f"{path} is not a file")
    settings: dict[str, object] = {}
    secret = os.urandom(32)  # UIDs are replaced consistently within this preview only
    if args.project:
        with _session(args) as (db, config):
            project = db.get(Project, args.project)
            if project is None:
                raise BadRequestError(f"no project {args.project!r}")
            settings, secret = admin.project_redaction_settings(db, args.project), project.secret
            audit(db, config, admin.ADMIN, "redact_preview", args.project, inputs=len(inputs))
            db.commit()
    if args.redaction_settings:
        settings = redaction_settings.load(Path(args.redaction_settings))
    reports = write_preview(inputs, out, secret, settings)
    refused = 0
    for entry in reports:
        if entry.get("status") == "ok":
            print(f"{entry['item']}: ok, removed {_counts(entry.get('kinds'))}")
        else:
            refused += 1
            print(f"{entry['item']}: refused: {entry.get('error', '')}")
    print(f"preview of {len(reports)} inputs in {out} ({refused} refused); see index.json")
    return 0 if not refused else EXIT_SOME_REFUSED


def cmd_assign(args: argparse.Namespace) -> int:
    annotators = [a.strip() for a in args.annotators.split(",") if a.strip()]
    with _session(args) as (db, config):
        policy = None
        home = _home(args)
        if (home / "policy.json").exists():
            policy = {"policy_sha256": _sha256_file(home / "policy.json")}
        shards = admin.assign(
            db, config, args.project_id, annotators, overlap=args.overlap,
            chunk_size=args.chunk_size, ttl_s=args.ttl, policy=policy,
        )  # fmt: skip
    print(f"issued {len(shards)} shards")
    return 0


def _sha256_file(path: Path) -> str:
    from app.core.encoding import sha256_hex  # noqa: PLC0415

    return sha256_hex(path.read_bytes())


def cmd_export(args: argparse.Namespace) -> int:
    from app.server.export import export  # noqa: PLC0415

    with _session(args) as (db, config):
        manifest = export(db, config, args.project_id, args.format, Path(args.out))
    print(f"exported to {manifest.parent}; manifest {manifest.name}")
    return 0


def cmd_verify_export(args: argparse.Namespace) -> int:
    from app.server.export import verify_export  # noqa: PLC0415

    if args.server_key:
        key = VerifyKey.from_b64u(args.server_key)
    else:
        key = read_key(_home(args) / "server_signing.key").verify_key()
    manifest = verify_export(Path(args.dir), {key.kid: key})
    print(f"ok: {len(manifest['files'])} files, project {manifest['project_id']}")
    return 0


def cmd_erase_subject(args: argparse.Namespace) -> int:
    with _session(args) as (db, config):
        done = admin.erase_subject(db, config, args.subject_id)
    print(f"erased {done.items} items, {done.labels} labels, {done.shards} shards")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleanroom-server", description=__doc__)
    parser.add_argument("--home", help="server home (default $CLEANROOM_SERVER_HOME)")
    parser.add_argument("--database-url", help="SQLAlchemy URL; overrides server.json")
    sub = parser.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init", help="create a server home: CA, TLS cert, keys, database")
    init.add_argument("dir")
    init.add_argument("--server-url", default="https://127.0.0.1:8443")
    init.add_argument("--hosts", default="localhost,127.0.0.1", help="names in the TLS cert")
    init.set_defaults(handler=cmd_init)

    serve = sub.add_parser("serve", help="run the API over HTTPS (TLS 1.2+; no plain HTTP)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.set_defaults(handler=cmd_serve)

    user = sub.add_parser("user", help="add, disable or reset a user")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add")
    add.add_argument("username")
    add.add_argument("--role", default="annotator", choices=("annotator", "lead", "admin"))
    for name in ("disable", "reset"):
        user_sub.add_parser(name).add_argument("username")
    user.set_defaults(handler=cmd_user)

    device = sub.add_parser("device", help="device enrolment")
    device_sub = device.add_subparsers(dest="device_command", required=True)
    code = device_sub.add_parser("enrol-code", help="one-time enrolment code for a user")
    code.add_argument("username")
    code.add_argument("--ttl", type=int, default=900, help="seconds (default 900)")
    code.set_defaults(handler=cmd_enrol_code)

    revoke = sub.add_parser("revoke", help="revoke a device at once")
    revoke.add_argument("device_id")
    revoke.set_defaults(handler=cmd_revoke)

    project = sub.add_parser("project", help="projects")
    project_sub = project.add_subparsers(dest="project_command", required=True)
    create = project_sub.add_parser("create")
    create.add_argument("project_id")
    create.add_argument("--schema", required=True, help="label schema JSON file")
    create.add_argument("--instructions", default="")
    create.add_argument(
        "--redaction-settings", metavar="FILE",
        help="JSON object: crop/crop_window, drop_fields, private_tag_allowlist, dicom_ocr, "
        "ocr, faces, text_format, max_text_bytes, max_image_pixels (see docs/SERVER.md)",
    )  # fmt: skip
    create.add_argument(
        "--allow-unredacted", action="store_true",
        help="allow issuing items the redaction pipeline did not process (not for real data)",
    )  # fmt: skip
    create.set_defaults(handler=cmd_project_create)

    ingest = sub.add_parser("ingest", help="ingest .txt/.png/.jpg/.dcm or Label Studio JSON")
    ingest.add_argument("project_id")
    ingest.add_argument("folder")
    ingest.add_argument(
        "--no-redaction",
        action="store_true",
        help="skip the redaction pipeline: items are stored as unredacted and `assign` "
        "issues them only in projects created with --allow-unredacted",
    )
    ingest.set_defaults(handler=cmd_ingest)

    log = sub.add_parser("audit-log", help="the admin audit table, newest last")
    log.add_argument("--limit", type=int, default=100, help="last N rows (default 100)")
    log.add_argument("--action", help="only this action, e.g. subject.erased")
    log.add_argument("--json", action="store_true", help="one JSON object per line")
    log.set_defaults(handler=cmd_audit_log)

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

    assign = sub.add_parser("assign", help="seal shards of items to annotators' devices")
    assign.add_argument("project_id")
    assign.add_argument("--annotators", required=True, help="comma-separated user names")
    assign.add_argument("--overlap", type=int, default=1)
    assign.add_argument("--chunk-size", type=int, default=50, help="items per shard")
    assign.add_argument("--ttl", type=int, default=7 * 86_400, help="shard lifetime, seconds")
    assign.set_defaults(handler=cmd_assign)

    exp = sub.add_parser("export", help="export final labels with a signed manifest")
    exp.add_argument("project_id")
    exp.add_argument("--format", default="jsonl", choices=("jsonl", "coco", "labelstudio"))
    exp.add_argument("--out", required=True)
    exp.set_defaults(handler=cmd_export)

    vexp = sub.add_parser("verify-export", help="check an export folder against its manifest")
    vexp.add_argument("dir")
    vexp.add_argument("--server-key", help="server Ed25519 public key, b64u (default: home)")
    vexp.set_defaults(handler=cmd_verify_export)

    erase = sub.add_parser("erase-subject", help="remove all data of one data subject")
    erase.add_argument("subject_id")
    erase.set_defaults(handler=cmd_erase_subject)

    verify = sub.add_parser(
        "verify-journal", help="check a device's JSON Lines journal offline, from seq 1"
    )
    verify.add_argument("file", help="the journal, one record per line")
    verify.add_argument("--device-key", required=True, help="device Ed25519 public key, b64u")
    verify.add_argument(
        "--max-clock-step",
        type=int,
        default=DEFAULT_MAX_CLOCK_STEP_S,
        metavar="S",
        help="largest step back in time allowed between entries, seconds (default 300)",
    )
    verify.set_defaults(handler=cmd_verify_journal)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_cli(lambda: int(args.handler(args)))


if __name__ == "__main__":
    sys.exit(main())
