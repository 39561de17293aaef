"""The workstation's second pass (`second_pass.mask_text`, run before a text item is shown)
beside the pass it replaced: the fixed-shape patterns alone (`structured.pattern_spans`,
what the second pass ran before issue 15 gave it the structured recognizers).

Two inputs: bench_next_item's 4 KB text items (ward prose, no identifiers) and the 300
synthetic documents of bench_redaction (short, dense with identifiers). Each round runs
both cases over the same items, the order alternating; median and range of the rounds.

    python -m tests.benchmarks.bench_second_pass [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence

from app.redaction.second_pass import mask_text
from app.redaction.structured import pattern_spans
from resources.synthetic.text_corpus import corpus
from tests.benchmarks.bench_next_item import text_item


def _per_item_ms(step: Callable[[str], object], items: Sequence[str]) -> float:
    start = time.perf_counter()
    for item in items:
        step(item)
    return (time.perf_counter() - start) / len(items) * 1000


def table(title: str, items: Sequence[str], rounds: int) -> str:
    cases: list[tuple[str, Callable[[str], object]]] = [
        ("fixed-shape patterns only (what the pass ran before issue 15)", pattern_spans),
        ("second pass (structured recognizers)", mask_text),
    ]
    for _, step in cases:  # warm up: compiled patterns, caches
        step(items[0])
    times: dict[str, list[float]] = {name: [] for name, _ in cases}
    for r in range(rounds):
        for name, step in cases if r % 2 == 0 else cases[::-1]:
            times[name].append(_per_item_ms(step, items))
    chars = sum(len(i) for i in items) / len(items)
    lines = [
        f"### {title} ({len(items)} items, {chars:,.0f} characters each on average, "
        f"{rounds} interleaved rounds)",
        "",
        "| case | ms per item, median | range ms |",
        "|---|---:|---:|",
    ]
    for name, values in times.items():
        lines.append(
            f"| {name} | {statistics.median(values):.2f} | {min(values):.2f}-{max(values):.2f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_second_pass")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    prose = [text_item(i).decode() for i in range(20)]
    documents = [d.text for d in corpus(300)]
    print(table("4 KB ward prose (bench_next_item)", prose, args.rounds), "\n")
    print(table("synthetic documents (bench_redaction)", documents, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
