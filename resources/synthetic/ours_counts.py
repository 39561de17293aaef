"""Ours only, split by split: what a tuner checks before and after a change, without
plain Presidio's half of the time.

    python -m resources.synthetic.ours_counts [--docs N] [dev,e,d,...]

For each split: person recall and names left, structured values surviving, kept phrases,
precision, and, for the DEV-side splits, the leaks and false-masked characters by kind
and a SHA-256 of every output (equal hashes: a change altered no output). The held-out
splits of `eval_redaction.HELD_OUT` print their counts only. A split not yet wired into
`eval_redaction.SPLITS` (a held-out split still unseen) is refused by name, so a tuner
cannot run one by mistake.
"""

from __future__ import annotations

import argparse
import hashlib

from resources.synthetic.eval_redaction import HELD_OUT, SPLITS, load_split, our_engine
from resources.synthetic.redaction_eval.generator import Split, corpus
from resources.synthetic.redaction_eval.metrics import Score

DEV_SIDE = ("dev", "e", *(k for k in SPLITS if k != "dev" and k not in HELD_OUT))


def parse_keys(text: str) -> list[str]:
    keys = [k.strip().lower() for k in text.split(",") if k.strip()]
    known = (*DEV_SIDE, *HELD_OUT)
    unknown = [k for k in keys if k not in known]
    if unknown or not keys:
        raise argparse.ArgumentTypeError(
            f"Unknown split {', '.join(unknown) or '(none)'}; use {', '.join(known)}, "
            "separated by commas."
        )
    return keys


def split_of(key: str) -> Split:
    if key == "e":  # DEV E is eval_stress's, not eval_redaction's
        from resources.synthetic.redaction_eval.dev_e_templates import SPLIT  # noqa: PLC0415

        return SPLIT
    return load_split(key)


def count_line(key: str, docs: int | None) -> str:
    engine = our_engine()
    score, digest = Score(), hashlib.sha256()
    for doc in corpus(split_of(key), docs):
        output = engine(doc.text)
        digest.update(output.encode("utf-8"))
        score.add(doc, output)
    person = score.kinds["PERSON"]
    line = (
        f"{key}: person {person.recall:.3f} ({person.leaked} left), structured "
        f"{score.structured_leaks}, kept {score.kept}/{score.kept_total}, precision "
        f"{score.precision:.4f}"
    )
    if key in HELD_OUT:
        return line
    leaks = {k: s.leaked for k, s in score.kinds.items() if s.leaked}
    false = {k: s.false_masked for k, s in score.kinds.items() if s.false_masked}
    return (
        f"{line}, sha {digest.hexdigest()[:12]}\n  leaks {leaks}\n"
        f"  false-masked characters {false}, other {score.other_false}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m resources.synthetic.ours_counts")
    parser.add_argument("splits", nargs="?", type=parse_keys, default=list(DEV_SIDE))
    parser.add_argument("--docs", type=int, default=None, help="documents per split (all)")
    args = parser.parse_args(argv)
    for key in args.splits:
        print(count_line(key, args.docs), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
