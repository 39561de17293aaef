"""Benchmark: redaction throughput against plain Presidio and bare pydicom, in one run.

    .venv/bin/python -m tests.benchmarks.bench_redaction [--docs 300] [--reps 20]

Text (characters/s over the synthetic corpus, one document per item):
- baseline: Presidio's AnalyzerEngine with its default recognizers on the same local
  spaCy model, then AnonymizerEngine with its default `replace` operator (`<PERSON>`);
- ours: `redact_item("text", ...)`: UTF-8 check, our recognizer set (Presidio's plus the
  project patterns), merged spans and typed consistent placeholders (`<PERSON_1>`);
- ours + workstation second pass: the above, then `second_pass.mask_text` on its output
  (what a text item costs from ingest to the annotator's screen);
- second pass alone: the pattern-only check the workstation runs before showing text.

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


def bench_text(n_docs: int) -> tuple[list[Row], float]:
    from presidio_anonymizer import AnonymizerEngine

    from app.redaction.analyzer import build_analyzer, shared_analyzer
    from app.redaction.pipeline import redact_item
    from app.redaction.second_pass import mask_text
    from resources.synthetic.text_corpus import corpus

    docs = [d.text for d in corpus(n_docs)]
    t0 = time.perf_counter()
    shared_analyzer()  # loads the spaCy model once; the baseline below reuses the package
    load_s = time.perf_counter() - t0
    baseline = build_analyzer()
    anonymizer = AnonymizerEngine()

    def presidio(text: str) -> str:
        results = baseline.analyze(text=text, language="en")
        return str(anonymizer.anonymize(text=text, analyzer_results=results).text)

    def ours(text: str) -> bytes:
        return redact_item("text", text.encode(), project_secret=SECRET, settings={}).data

    def ours_and_second_pass(text: str) -> str:
        return mask_text(ours(text).decode())[0]

    # Warm both paths (first call pays spaCy pipeline and regex compilation).
    for warm in (presidio, ours):
        for text in docs[:5]:
            warm(text)
    size: Callable[[str], float] = len
    rows = [
        timed("presidio analyze + anonymize (replace)", docs, presidio, size),
        timed("ours: redact_item text", docs, ours, size),
        timed("ours + workstation second pass", docs, ours_and_second_pass, size),
        timed("second pass alone (patterns)", docs, lambda t: mask_text(t), size),
    ]
    return rows, load_s


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
    parser.add_argument("--reps", type=int, default=20, help="DICOM passes, OCR off (default 20)")
    args = parser.parse_args()
    started = time.perf_counter()
    text_rows, load_s = bench_text(args.docs)
    chars = int(text_rows[0].units)
    print(
        table(f"Text redaction ({args.docs} documents, {chars:,} characters)", "chars", text_rows)
    )
    print(f"\nspaCy model + analyzer load (once per process, not counted above): {load_s:.1f} s")
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
