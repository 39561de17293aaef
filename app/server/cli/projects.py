"""`project create`: a label schema, instructions and redaction settings."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.redaction.settings import KNOWN, RedactionSettings
from app.server.cli.common import session
from app.server.errors import BadRequestError
from app.server.interop.labelstudio_config import parse_labeling_config
from app.server.services.projects import create_project


def _read_schema(path: str) -> dict[str, object]:
    try:
        schema = json.loads(Path(path).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise BadRequestError(f"The schema file {path} is not valid JSON; fix it.") from None
    if not isinstance(schema, dict):
        raise BadRequestError("The label schema must be a JSON object; fix the schema file.")
    return schema


def cmd_project_create(args: argparse.Namespace) -> int:
    if bool(args.schema) == bool(args.labeling_config):
        raise BadRequestError(
            "Give the label schema as --schema FILE or --labeling-config FILE (Label Studio "
            "XML), one of the two."
        )
    labeling_config = None
    if args.labeling_config:
        parsed = parse_labeling_config(Path(args.labeling_config).read_bytes())
        schema, labeling_config = parsed.schema(), parsed.xml
    else:
        schema = _read_schema(args.schema)
    settings = RedactionSettings()
    if args.redaction_settings:
        settings = RedactionSettings.load(Path(args.redaction_settings))
    with session(args) as (db, config):
        create_project(
            db, config, args.project_id, schema, instructions=args.instructions,
            allow_unredacted=args.allow_unredacted, redaction_settings=settings,
            labeling_config=labeling_config, preannotation=args.preannotation,
        )  # fmt: skip
    shown = ", ".join(settings.given()) or "pipeline defaults"
    print(f"project {args.project_id} created; redaction settings: {shown}")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    project = sub.add_parser("project", help="projects")
    project_sub = project.add_subparsers(dest="project_command", required=True)
    create = project_sub.add_parser("create")
    create.add_argument("project_id")
    create.add_argument("--schema", help="label schema JSON file")
    create.add_argument(
        "--labeling-config", metavar="FILE",
        help="Label Studio labeling config (XML): stored, and the label schema derived from it",
    )  # fmt: skip
    create.add_argument(
        "--preannotation", action="store_true",
        help="give annotators labels imported from Label Studio as pre-annotations "
        "(default: imported labels are seen by leads only)",
    )  # fmt: skip
    create.add_argument("--instructions", default="")
    create.add_argument(
        "--redaction-settings", metavar="FILE",
        help=f"JSON object with any of: {', '.join(KNOWN)} (see docs/SERVER.md)",
    )  # fmt: skip
    create.add_argument(
        "--allow-unredacted", action="store_true",
        help="allow issuing items the redaction pipeline did not process (not for real data)",
    )  # fmt: skip
    create.set_defaults(handler=cmd_project_create)
