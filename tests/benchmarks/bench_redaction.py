"""Benchmark: redaction throughput against plain Presidio and bare pydicom, in one run.

    .venv/bin/python -m tests.benchmarks.bench_redaction [--docs 300] [--rounds 3]
        [--reps 20] [--text-only]

Text (seconds per round over the synthetic corpus, one document per item; every case runs
in every round, in a rotating order, and the table gives the median and range):
- baseline: plain Presidio: AnalyzerEngine with all its default recognizers at its default
  threshold on the same local spaCy model, then AnonymizerEngine with its default
  `replace` operator (`<PERSON>`);
- ours: `redact_item("text", ...)`: UTF-8 check, the same engine plus the structured
  recognizers, names by position, names in capitals, every other mention, merged spans
  and typed consistent placeholders (`<PERSON_1>`);
- ours + workstation second pass: the above, then `second_pass.mask_text` on its output
  (what a text item costs from ingest to the annotator's screen);
- second pass alone: the structured recognizers the workstation runs before showing text.

DICOM (files/s over the synthetic set: pydicom test files upscaled to 512x512 with PHI in
tags, private tags, sequences, overlays and burned-in text):
- baseline: bare `pydicom.dcmread` + `dcmwrite` of the same bytes;
- ours, OCR off (`dicom_ocr: never`): the tag profile, keyed UIDs, private/overlay removal,
  region rules, re-encoding;
- ours, OCR on (the default for files whose BurnedInAnnotation is not NO): plus tesseract
  on every frame, two views and up to two rounds.

Model load is timed apart and not counted in the throughput. Timings are wall clock on
whatever machine runs this; the table is what to compare, not absolute numbers.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SECRET = b"bench-project-secret-0123456789ab"


@dataclass
class Row:
    case: str
    items: int
    units: float  # characters or files
    seconds: float
    per_item: list[float]

    @property
    def rate(self) -> float:
        return self.units / self.seconds if self.seconds else 0.0

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.per_item) * 1000

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.per_item)
        return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000


def timed(
    case: str, items: list[Any], run: Callable[[Any], object], unit: Callable[[Any], float]
) -> Row:
    per_item: list[float] = []
    start = time.perf_counter()
    for item in items:
        t0 = time.perf_counter()
        run(item)
        per_item.append(time.perf_counter() - t0)
    total = time.perf_counter() - start
    return Row(case, len(items), sum(unit(i) for i in items), total, per_item)


@dataclass
class Rounds:
    """One case timed over the whole corpus in each round (seconds per round)."""

    case: str
    chars: int
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def bench_text(n_docs: int, rounds: int) -> tuple[list[Rounds], float]:
    """Each round runs every case over the same documents, one case after the other, in
    an order that rotates each round, so a slow minute on a shared machine hits all."""
    from presidio_anonymizer import AnonymizerEngine

    from app.redaction.analyzer import build_analyzer, shared_analyzer
    from app.redaction.pipeline import redact_item
    from app.redaction.second_pass import mask_text
    from resources.synthetic.text_corpus import corpus

    docs = [d.text for d in corpus(n_docs)]
    t0 = time.perf_counter()
    shared_analyzer()  # loads the spaCy model once; the baseline below reuses the package
    load_s = time.perf_counter() - t0
    baseline = build_analyzer()  # Presidio's default recognizers, same model
    anonymizer = AnonymizerEngine()

    def presidio(text: str) -> str:
        results = baseline.analyze(text=text, language="en")
        return str(anonymizer.anonymize(text=text, analyzer_results=results).text)

    def ours(text: str) -> bytes:
        return redact_item("text", text.encode(), project_secret=SECRET, settings={}).data

    def ours_and_second_pass(text: str) -> str:
        return mask_text(ours(text).decode())[0]

    cases: list[tuple[str, Callable[[str], object]]] = [
        ("plain Presidio: analyze + anonymize (replace)", presidio),
        ("ours: redact_item text", ours),
        ("ours + workstation second pass", ours_and_second_pass),
        ("second pass alone (structured recognizers)", lambda t: mask_text(t)),
    ]
    for _, run in cases[:2]:  # warm: spaCy pipeline, regex compilation
        for text in docs[:5]:
            run(text)
    chars = sum(len(d) for d in docs)
    results = [Rounds(name, chars, []) for name, _ in cases]
    for r in range(rounds):
        order = list(range(len(cases)))
        order = order[r % len(order) :] + order[: r % len(order)]
        for i in order:
            start = time.perf_counter()
            for text in docs:
                cases[i][1](text)
            results[i].seconds.append(time.perf_counter() - start)
    return results, load_s


def rounds_table(title: str, rows: list[Rounds]) -> str:
    base = rows[0].median
    lines = [
        f"## {title}",
        "",
        "| case | median s per round | range s | chars/s (median) | vs plain Presidio |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r.case} | {r.median:.2f} | {min(r.seconds):.2f}-{max(r.seconds):.2f} | "
            f"{_num(r.chars / r.median)} | {r.median / base:.2f}x time |"
        )
    return "\n".join(lines)


def bench_dicom(reps: int) -> list[Row]:
    import pydicom

    from app.redaction.pipeline import redact_item
    from resources.synthetic.dicom_set import dicom_files

    files = [s.data for s in dicom_files()]

    def bare(data: bytes) -> bytes:
        ds = pydicom.dcmread(io.BytesIO(data))
        buf = io.BytesIO()
        ds.save_as(buf, enforce_file_format=True)
        return buf.getvalue()

    def ours(settings: dict[str, Any]) -> Callable[[bytes], bytes]:
        return lambda data: (
            redact_item("dicom", data, project_secret=SECRET, settings=settings).data
        )

    one: Callable[[bytes], float] = lambda _: 1.0  # noqa: E731
    for data in files:  # warm decoders and the analyzer-free paths
        bare(data)
        ours({"dicom_ocr": "never"})(data)
    return [
        timed("pydicom read + write (bare)", files * reps, bare, one),
        timed("ours, OCR off", files * reps, ours({"dicom_ocr": "never"}), one),
        timed("ours, OCR on (default)", files, ours({}), one),
    ]


def _num(x: float) -> str:
    """Three significant figures at most, thousands separated."""
    return f"{x:,.0f}" if x >= 100 else f"{x:.3g}"


def table(title: str, unit: str, rows: list[Row]) -> str:
    base = rows[0].rate
    lines = [
        f"## {title}",
        "",
        f"| case | items | {unit}/s | p50 per item ms | p95 per item ms | vs baseline |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r.case} | {r.items} | {_num(r.rate)} | {r.p50_ms:.2f} | {r.p95_ms:.2f} | "
            f"{_num(r.rate / base)}x |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="text documents (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="text rounds (default 3, >= 3)")
    parser.add_argument("--text-only", action="store_true", help="skip the DICOM part")
    parser.add_argument("--reps", type=int, default=20, help="DICOM passes, OCR off (default 20)")
    args = parser.parse_args()
    started = time.perf_counter()
    text_rows, load_s = bench_text(args.docs, max(3, args.rounds))
    title = (
        f"Text redaction ({args.docs} documents, {text_rows[0].chars:,} characters, "
        f"{len(text_rows[0].seconds)} interleaved rounds)"
    )
    print(rounds_table(title, text_rows))
    print(f"\nspaCy model + analyzer load (once per process, not counted above): {load_s:.1f} s")
    if args.text_only:
        return
    dicom_rows = bench_dicom(args.reps)
    print()
    print(
        table(
            "DICOM de-identification (synthetic set, 512x512, burned-in text)", "files", dicom_rows
        )
    )
    print(f"\nbenchmark wall time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
