"""DEV-only evaluation: the DEV split and the DEV-side stress sets (the dev_*.py modules
beside dev_templates.py), ours beside plain Presidio, with our leaks listed by value. It
never imports a held-out module, so it is safe to run while tuning.

    python -m resources.synthetic.eval_stress [--docs N] [--leaks N] [--skip-dev] [--damaged N]
        [--stress N] [--names N] [--names2 N] [--ids N] [--contacts N] [--ages N]
        [--vehicles N] [--e N] ...

`--help` lists every stress set; each takes the number of documents (0 skips it).
"""

from __future__ import annotations

import argparse
import sys

from resources.synthetic.eval_redaction import (
    damaged_listing,
    leak_listing,
    our_engine,
    presidio_engine,
    run_split,
    split_table,
)
from resources.synthetic.redaction_eval.dev_ages import ages_corpus
from resources.synthetic.redaction_eval.dev_contacts import contacts_corpus
from resources.synthetic.redaction_eval.dev_e_templates import SPLIT as DEV_E
from resources.synthetic.redaction_eval.dev_identifiers import ids_corpus
from resources.synthetic.redaction_eval.dev_names import names_corpus
from resources.synthetic.redaction_eval.dev_names_world import world_names_corpus
from resources.synthetic.redaction_eval.dev_stress import stress_corpus
from resources.synthetic.redaction_eval.dev_templates import SPLIT as DEV
from resources.synthetic.redaction_eval.dev_vehicles import vehicles_corpus
from resources.synthetic.redaction_eval.generator import corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.synthetic.eval_stress")
    parser.add_argument("--docs", type=int, default=None, help="DEV documents (all)")
    parser.add_argument("--stress", type=int, default=400, help="stress documents")
    parser.add_argument("--leaks", type=int, default=40, help="leaks listed with values")
    parser.add_argument("--names", type=int, default=400, help="name stress documents")
    parser.add_argument("--names2", type=int, default=0, help="world name-form documents")
    parser.add_argument("--ids", type=int, default=400, help="identifier stress documents")
    parser.add_argument("--contacts", type=int, default=0, help="contact stress documents")
    parser.add_argument("--ages", type=int, default=300, help="age stress documents")
    parser.add_argument(
        "--vehicles", type=int, default=400, help="vehicle, device and record stress documents"
    )
    parser.add_argument("--e", type=int, default=0, help="DEV split E documents")
    parser.add_argument("--damaged", type=int, default=0, help="damaged kept phrases listed")
    parser.add_argument("--skip-dev", action="store_true", help="the stress sets only")
    args = parser.parse_args(argv)
    engines = {"presidio": presidio_engine(), "ours": our_engine()}
    splits = [] if args.skip_dev else [("DEV split", corpus(DEV, args.docs))]
    if args.stress:
        splits.append(("DEV stress set", stress_corpus(args.stress)))
    if args.names:
        splits.append(("DEV name stress set", names_corpus(args.names)))
    if args.names2:
        splits.append(("DEV world name-form stress set", world_names_corpus(args.names2)))
    if args.ids:
        splits.append(("DEV identifier stress set", ids_corpus(args.ids)))
    if args.contacts:
        splits.append(("DEV contact stress set", contacts_corpus(args.contacts)))
    if args.ages:
        splits.append(("DEV age stress set", ages_corpus(args.ages)))
    if args.vehicles:
        splits.append(("DEV vehicle/device/record stress set", vehicles_corpus(args.vehicles)))
    if args.e:
        splits.append(("DEV split E (written apart)", corpus(DEV_E, args.e)))
    for title, docs in splits:
        runs = run_split(docs, engines)
        print(split_table(title, docs, runs), "\n", flush=True)
        if args.leaks:
            print(leak_listing(runs["ours"].score, args.leaks), "\n", flush=True)
        if args.damaged:
            print(damaged_listing(runs["ours"].score, args.damaged), "\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
