"""DEV-only evaluation: the DEV split and the DEV-side stress sets (the dev_*.py modules
beside dev_templates.py), ours beside plain Presidio, with our leaks listed by value. It
never imports a held-out module still unseen, so it is safe to run while tuning. Splits D,
F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z, AA and AB were held out in
sessions 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33, 34, 36, 37, 38, 39, 40, 41, 42,
43, 44 and 45, each run once and reported; from the next session on each is DEV-side (`--d`,
`--f`, ..., `--z`, `--aa`, `--ab`): read, and tuned on, like E.

    python -m resources.synthetic.eval_stress [--docs N] [--leaks N] [--skip-dev] [--damaged N]
        [--stress N] [--names N] [--names2 N] [--ids N] [--contacts N] [--ages N]
        [--vehicles N] [--e N] [--d N] [--f N] [--g N] [--h N] [--i N] [--j N] [--k N]
        [--l N] [--m N] [--n N] [--o N] [--p N] [--q N] [--r N] [--s N] [--t N] [--u N]
        [--v N] [--w N] [--x N] [--y N] [--z N] [--aa N] [--ab N] ...

`--help` lists every stress set; each takes the number of documents (0 skips it).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

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
from resources.synthetic.redaction_eval.heldout_aa_templates import SPLIT as SPLIT_AA
from resources.synthetic.redaction_eval.heldout_ab_templates import SPLIT as SPLIT_AB
from resources.synthetic.redaction_eval.heldout_d_templates import SPLIT as SPLIT_D
from resources.synthetic.redaction_eval.heldout_f_templates import SPLIT as SPLIT_F
from resources.synthetic.redaction_eval.heldout_g_templates import SPLIT as SPLIT_G
from resources.synthetic.redaction_eval.heldout_h_templates import SPLIT as SPLIT_H
from resources.synthetic.redaction_eval.heldout_i_templates import SPLIT as SPLIT_I
from resources.synthetic.redaction_eval.heldout_j_templates import SPLIT as SPLIT_J
from resources.synthetic.redaction_eval.heldout_k_templates import SPLIT as SPLIT_K
from resources.synthetic.redaction_eval.heldout_l_templates import SPLIT as SPLIT_L
from resources.synthetic.redaction_eval.heldout_m_templates import SPLIT as SPLIT_M
from resources.synthetic.redaction_eval.heldout_n_templates import SPLIT as SPLIT_N
from resources.synthetic.redaction_eval.heldout_o_templates import SPLIT as SPLIT_O
from resources.synthetic.redaction_eval.heldout_p_templates import SPLIT as SPLIT_P
from resources.synthetic.redaction_eval.heldout_q_templates import SPLIT as SPLIT_Q
from resources.synthetic.redaction_eval.heldout_r_templates import SPLIT as SPLIT_R
from resources.synthetic.redaction_eval.heldout_s_templates import SPLIT as SPLIT_S
from resources.synthetic.redaction_eval.heldout_t_templates import SPLIT as SPLIT_T
from resources.synthetic.redaction_eval.heldout_u_templates import SPLIT as SPLIT_U
from resources.synthetic.redaction_eval.heldout_v_templates import SPLIT as SPLIT_V
from resources.synthetic.redaction_eval.heldout_w_templates import SPLIT as SPLIT_W
from resources.synthetic.redaction_eval.heldout_x_templates import SPLIT as SPLIT_X
from resources.synthetic.redaction_eval.heldout_y_templates import SPLIT as SPLIT_Y
from resources.synthetic.redaction_eval.heldout_z_templates import SPLIT as SPLIT_Z
from resources.synthetic.redaction_eval.kinds import LabelledDoc

# The DEV-side sets: flag, documents by default (0: only when asked), title, builder.
STRESS_SETS: tuple[tuple[str, int, str, Callable[[int], list[LabelledDoc]]], ...] = (
    ("stress", 400, "DEV stress set", stress_corpus),
    ("names", 400, "DEV name stress set", names_corpus),
    ("names2", 0, "DEV world name-form stress set", world_names_corpus),
    ("ids", 400, "DEV identifier stress set", ids_corpus),
    ("contacts", 0, "DEV contact stress set", contacts_corpus),
    ("ages", 300, "DEV age stress set", ages_corpus),
    ("vehicles", 400, "DEV vehicle/device/record stress set", vehicles_corpus),
    ("e", 0, "DEV split E (written apart)", lambda n: corpus(DEV_E, n)),
    ("d", 0, "split D (held out in session 19, DEV-side since)", lambda n: corpus(SPLIT_D, n)),
    ("f", 0, "split F (held out in session 20, DEV-side since)", lambda n: corpus(SPLIT_F, n)),
    ("g", 0, "split G (held out in session 21, DEV-side since)", lambda n: corpus(SPLIT_G, n)),
    ("h", 0, "split H (held out in session 23, DEV-side since)", lambda n: corpus(SPLIT_H, n)),
    ("i", 0, "split I (held out in session 24, DEV-side since)", lambda n: corpus(SPLIT_I, n)),
    ("j", 0, "split J (held out in session 25, DEV-side since)", lambda n: corpus(SPLIT_J, n)),
    ("k", 0, "split K (held out in session 26, DEV-side since)", lambda n: corpus(SPLIT_K, n)),
    ("l", 0, "split L (held out in session 27, DEV-side since)", lambda n: corpus(SPLIT_L, n)),
    ("m", 0, "split M (held out in session 28, DEV-side since)", lambda n: corpus(SPLIT_M, n)),
    ("n", 0, "split N (held out in session 29, DEV-side since)", lambda n: corpus(SPLIT_N, n)),
    ("o", 0, "split O (held out in session 30, DEV-side since)", lambda n: corpus(SPLIT_O, n)),
    ("p", 0, "split P (held out in session 31, DEV-side since)", lambda n: corpus(SPLIT_P, n)),
    ("q", 0, "split Q (held out in session 33, DEV-side since)", lambda n: corpus(SPLIT_Q, n)),
    ("r", 0, "split R (held out in session 34, DEV-side since)", lambda n: corpus(SPLIT_R, n)),
    ("s", 0, "split S (held out in session 36, DEV-side since)", lambda n: corpus(SPLIT_S, n)),
    ("t", 0, "split T (held out in session 37, DEV-side since)", lambda n: corpus(SPLIT_T, n)),
    ("u", 0, "split U (held out in session 38, DEV-side since)", lambda n: corpus(SPLIT_U, n)),
    ("v", 0, "split V (held out in session 39, DEV-side since)", lambda n: corpus(SPLIT_V, n)),
    ("w", 0, "split W (held out in session 40, DEV-side since)", lambda n: corpus(SPLIT_W, n)),
    ("x", 0, "split X (held out in session 41, DEV-side since)", lambda n: corpus(SPLIT_X, n)),
    ("y", 0, "split Y (held out in session 42, DEV-side since)", lambda n: corpus(SPLIT_Y, n)),
    ("z", 0, "split Z (held out in session 43, DEV-side since)", lambda n: corpus(SPLIT_Z, n)),
    ("aa", 0, "split AA (held out in session 44, DEV-side since)", lambda n: corpus(SPLIT_AA, n)),
    ("ab", 0, "split AB (held out in session 45, DEV-side since)", lambda n: corpus(SPLIT_AB, n)),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.synthetic.eval_stress")
    parser.add_argument("--docs", type=int, default=None, help="DEV documents (all)")
    parser.add_argument("--leaks", type=int, default=40, help="leaks listed with values")
    parser.add_argument("--damaged", type=int, default=0, help="damaged kept phrases listed")
    parser.add_argument("--skip-dev", action="store_true", help="the stress sets only")
    for flag, default, title, _ in STRESS_SETS:
        parser.add_argument(f"--{flag}", type=int, default=default, help=f"{title}: documents")
    args = parser.parse_args(argv)
    engines = {"presidio": presidio_engine(), "ours": our_engine()}
    splits = [] if args.skip_dev else [("DEV split", corpus(DEV, args.docs))]
    for flag, _, title, build in STRESS_SETS:
        if n := getattr(args, flag):
            splits.append((title, build(n)))
    for title, docs in splits:
        runs = run_split(docs, engines)
        print(split_table(title, docs, runs), "\n", flush=True)
        if args.leaks:
            print(leak_listing(runs["ours"].score, args.leaks, title), "\n", flush=True)
        if args.damaged:
            print(damaged_listing(runs["ours"].score, args.damaged), "\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
