"""`project create` (a label schema, instructions and redaction settings), `project add-lead`,
`project members`, `project review-settings`, and `gold add` (known answers)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.redaction.settings import KNOWN, RedactionSettings
from app.server.cli.common import session
from app.server.errors import BadRequestError
from app.server.interop.labelstudio_config import parse_labeling_config
from app.server.services import gold, members
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


def cmd_add_lead(args: argparse.Namespace) -> int:
    with session(args) as (db, config):
        members.add_member(db, config, args.project_id, args.username, "lead")
    print(f"{args.username} leads project {args.project_id}")
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    with session(args) as (db, _config):
        rows = members.members(db, args.project_id)
    for username, role in rows:
        print(f"{username}\t{role}")
    if not rows:
        print("no members; add a lead with `project add-lead`")
    return 0


def cmd_review_settings(args: argparse.Namespace) -> int:
    pseudonymous = None if args.pseudonymous is None else args.pseudonymous == "on"
    with session(args) as (db, config):
        settings = members.set_review_settings(
            db, config, args.project_id, min_span_f1=args.min_span_f1, min_iou=args.min_iou,
            double_label_fraction=args.double_label_fraction, pseudonymous=pseudonymous,
        )  # fmt: skip
    print(" ".join(f"{k}={v}" for k, v in sorted(settings.items())))
    return 0


def cmd_gold_add(args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).read_bytes()
    except OSError:
        raise BadRequestError(f"The file {args.file} cannot be read; check the path.") from None
    answers = gold.parse_gold(data)
    with session(args) as (db, config):
        count = gold.add_gold(db, config, args.project_id, answers)
    print(f"{count} gold answers added to project {args.project_id}")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    project = sub.add_parser("project", help="projects")
    project_sub = project.add_subparsers(dest="project_command", required=True)
    create = project_sub.add_parser("create")
    create.add_argument("project_id")
    create.add_argument(
        "--schema",
        help="label schema JSON file (docs/FORMATS.md 6.1; unknown keys are refused)",
    )  # fmt: skip
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

    lead = project_sub.add_parser("add-lead", help="let a lead review this project")
    lead.add_argument("project_id")
    lead.add_argument("username")
    lead.set_defaults(handler=cmd_add_lead)
    listing = project_sub.add_parser("members", help="list the project's members")
    listing.add_argument("project_id")
    listing.set_defaults(handler=cmd_members)
    review = project_sub.add_parser(
        "review-settings", help="disagreement thresholds, double labelling, pseudonyms"
    )
    review.add_argument("project_id")
    review.add_argument("--min-span-f1", type=float, help="spans agree at this F1 (0..1)")
    review.add_argument("--min-iou", type=float, help="boxes and polygons match at this IoU")
    review.add_argument(
        "--double-label-fraction", type=float, help="share of items labelled twice (0..1)"
    )
    review.add_argument(
        "--pseudonymous", choices=("on", "off"), help="show annotators to leads as A1, A2 ..."
    )
    review.set_defaults(handler=cmd_review_settings)

    gold_parser = sub.add_parser("gold", help="gold items (known answers)")
    gold_sub = gold_parser.add_subparsers(dest="gold_command", required=True)
    gold_add = gold_sub.add_parser("add", help="add known answers from a JSON-lines file")
    gold_add.add_argument("project_id")
    gold_add.add_argument(
        "--file", required=True, help='one {"item_id", "kind", "value"} object per line'
    )
    gold_add.set_defaults(handler=cmd_gold_add)
