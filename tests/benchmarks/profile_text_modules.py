"""Where our text path spends its own time: `cProfile` over bench_redaction's documents,
summed per module of app/redaction (own time, ms per round), everything else (spaCy,
Presidio, the regex engine) as one line. Run it on two checkouts to see what a change
costs module by module, which the interleaved ratio of bench_redaction cannot separate
from the machine's phases.

    python -m tests.benchmarks.profile_text_modules [--docs 300] [--rounds 2] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from collections import defaultdict

from tests.benchmarks.bench_redaction import SECRET


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    from app.redaction.analyzer import shared_analyzer
    from app.redaction.pipeline import redact_item
    from resources.synthetic.text_corpus import corpus

    docs = [d.text.encode() for d in corpus(args.docs)]
    shared_analyzer()
    for data in docs[:20]:  # warm the caches the first documents fill
        redact_item("text", data, project_secret=SECRET, settings={})
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.rounds):
        for data in docs:
            redact_item("text", data, project_secret=SECRET, settings={})
    profile.disable()
    own: dict[str, float] = defaultdict(float)
    for (path, _line, _name), (_cc, _nc, tottime, _ct, _callers) in pstats.Stats(
        profile
    ).stats.items():  # type: ignore[attr-defined]
        module = path.split("app/redaction/")[1] if "app/redaction/" in path else "(other)"
        own[module] += tottime
    ours = sum(v for k, v in own.items() if k != "(other)")
    print(f"| module | own ms per round ({args.docs} documents, {args.rounds} rounds) |")
    print("|---|---:|")
    print(f"| app/redaction, all | {ours / args.rounds * 1000:.1f} |")
    for module, seconds in sorted(own.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"| {module} | {seconds / args.rounds * 1000:.1f} |")


if __name__ == "__main__":
    main()
