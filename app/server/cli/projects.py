"""`project create`: a label schema, instructions and redaction settings."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.redaction.settings import KNOWN, RedactionSettings
from app.server.cli.common import session
from app.server.errors import BadRequestError
from app.server.services.projects import create_project


def cmd_project_create(args: argparse.Namespace) -> int:
    try:
        schema = json.loads(Path(args.schema).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise BadRequestError(f"The schema file {args.schema} is not valid JSON; fix it.") from None
    if not isinstance(schema, dict):
        raise BadRequestError("The label schema must be a JSON object; fix the schema file.")
    settings = RedactionSettings()
    if args.redaction_settings:
        settings = RedactionSettings.load(Path(args.redaction_settings))
    with session(args) as (db, config):
        create_project(
            db, config, args.project_id, schema, instructions=args.instructions,
            allow_unredacted=args.allow_unredacted, redaction_settings=settings,
        )  # fmt: skip
    shown = ", ".join(settings.given()) or "pipeline defaults"
    print(f"project {args.project_id} created; redaction settings: {shown}")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    project = sub.add_parser("project", help="projects")
    project_sub = project.add_subparsers(dest="project_command", required=True)
    create = project_sub.add_parser("create")
    create.add_argument("project_id")
    create.add_argument(
        "--schema", required=True,
        help="label schema JSON file (docs/FORMATS.md 6.1; unknown keys are refused)",
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
