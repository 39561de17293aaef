"""`review rescore PROJECT`: recompute a project's materialised review scores from its labels
(the backfill for a database made before `review_scores`, or after a manual repair).
Streamed: progress goes to stderr as items are scored. The queue does the same by itself
for a project never scored; this runs it ahead, outside a lead's request."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import distinct, func, select

from app.server.cli.common import session
from app.server.models import Label
from app.server.services.common import get_project
from app.server.services.members import review_settings
from app.server.services.review_scores import rescore_project


def cmd_rescore(args: argparse.Namespace) -> int:
    with session(args) as (db, config):
        get_project(db, args.project_id)
        total = db.scalar(
            select(func.count(distinct(Label.item_id))).where(Label.project_id == args.project_id)
        )

        def progress(done: int) -> None:
            print(f"\rscored {done:,} of {total or 0:,} items", end="", file=sys.stderr)

        now_ms = int(config.clock_s() * 1000)
        thresholds = review_settings(db, args.project_id)
        count = rescore_project(db, args.project_id, thresholds, now_ms, progress=progress)
        db.commit()
    print(file=sys.stderr)
    print(f"rescored {count} items of project {args.project_id}")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("review", help="the lead's review queue")
    review_sub = parser.add_subparsers(dest="review_command", required=True)
    rescore = review_sub.add_parser(
        "rescore", help="recompute a project's disagreement scores from its labels"
    )
    rescore.add_argument("project_id")
    rescore.set_defaults(handler=cmd_rescore)
