"""`quality PROJECT [--csv FILE]`: a project's quality figures (agreement, accuracy against
adjudicated labels and gold answers, throughput) as JSON on stdout, or as CSV in a file.
Figures only, never a label value."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.server.cli.common import session
from app.server.services.quality import project_quality, quality_csv


def cmd_quality(args: argparse.Namespace) -> int:
    with session(args) as (db, _config):
        figures = project_quality(db, args.project_id)
    if args.csv:
        Path(args.csv).write_text(quality_csv(figures), encoding="utf-8", newline="")
        print(f"wrote {len(figures['annotators'])} annotators' figures to {args.csv}")
    else:
        print(json.dumps(figures, indent=2, sort_keys=True))
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("quality", help="a project's agreement, accuracy and throughput")
    parser.add_argument("project_id")
    parser.add_argument("--csv", metavar="FILE", help="write the figures as CSV to FILE")
    parser.set_defaults(handler=cmd_quality)
