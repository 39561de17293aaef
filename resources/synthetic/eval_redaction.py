"""`make eval-redaction`: recall, precision and survivors on the synthetic evaluation set.

Definitions (per entity kind):
- recall: share of true spans whose every character lies inside some redaction;
- precision: share of redactions of that kind that overlap a true span (of any kind: a
  date redacted as a phone number is still a correct redaction);
- survivors: true values still present verbatim in the output (text), readable by OCR in
  the output pixels or present in its metadata (images), or present anywhere in the output
  file's bytes (DICOM).
"""

from __future__ import annotations

import io
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from resources.synthetic.text_corpus import KINDS, STRUCTURED, LabelledText, corpus

SECRET = b"eval-project-secret-0123456789ab"


@dataclass
class KindScore:
    true: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    survivors: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.true if self.true else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


@dataclass
class TextEval:
    scores: dict[str, KindScore] = field(default_factory=dict)
    missed: Counter[str] = field(default_factory=Counter)

    def score(self, kind: str) -> KindScore:
        return self.scores.setdefault(kind, KindScore())


def evaluate_text(docs: list[LabelledText]) -> TextEval:
    from app.redaction.text import redact_text  # noqa: PLC0415

    result = TextEval()
    for doc in docs:
        red = redact_text(doc.text)
        for start, end, kind in doc.spans:
            s = result.score(kind)
            s.true += 1
            if all(any(p.start <= i < p.end for p in red.spans) for i in range(start, end)):
                s.found += 1
            else:
                result.missed[kind] += 1
            if doc.text[start:end] in red.text:
                s.survivors += 1
        for p in red.spans:
            s = result.score(p.kind)
            s.predicted += 1
            if any(p.start < end and start < p.end for start, end, _ in doc.spans):
                s.correct += 1
    return result


def evaluate_images(n: int = 6) -> dict[str, int]:
    from PIL import Image  # noqa: PLC0415

    from app.redaction.ocr import ocr_words  # noqa: PLC0415
    from app.redaction.pipeline import redact_item  # noqa: PLC0415
    from resources.synthetic.images import images  # noqa: PLC0415

    values = survivors = metadata = 0
    for sample in images(n):
        item = redact_item("image", sample.png, project_secret=SECRET, settings={})
        out = Image.open(io.BytesIO(item.data))
        read = " ".join(w.text for w in ocr_words(out))
        for _, value in sample.values:
            values += 1
            tokens = [t for t in value.replace("-", " ").split() if len(t) >= 3]
            if any(t in read for t in tokens):
                survivors += 1
            if value.encode() in item.data:
                metadata += 1
    return {"images": n, "values": values, "ocr_survivors": survivors, "byte_survivors": metadata}


def is_overlay_or_curve(group: int) -> bool:
    """Repeating groups 50xx (curves) and 60xx (overlays); not 52xx (functional groups) or
    54xx (waveforms), which are neither."""
    return group % 2 == 0 and (0x5000 <= group <= 0x50FF or 0x6000 <= group <= 0x60FF)


def dicom_violations(original: Any, out: Any) -> list[str]:
    """Profile violations in `out` (a de-identified Dataset) against the `original`."""
    from app.redaction.dicom_profile import ACTIONS_BY_TAG, DUMMY, EMPTY, REMOVE, UID  # noqa: PLC0415

    problems: list[str] = []
    for elem in out.iterall():
        if elem.tag.is_private:
            problems.append(f"private {elem.tag}")
        if is_overlay_or_curve(elem.tag.group):
            problems.append(f"overlay/curve {elem.tag}")
    for elem in original.iterall():
        action = ACTIONS_BY_TAG.get(int(elem.tag))
        if action is None or elem.VR == "SQ" or elem.value in (None, "", b""):
            continue
        after = [e for e in out.iterall() if e.tag == elem.tag]
        for e in after:
            if action == REMOVE:
                problems.append(f"{elem.keyword} not removed")
            elif action == EMPTY and e.value not in (None, "", b""):
                problems.append(f"{elem.keyword} not emptied")
            elif action in (DUMMY, UID) and str(e.value) == str(elem.value):
                problems.append(f"{elem.keyword} not replaced")
    return problems


def evaluate_dicom() -> dict[str, int]:
    import numpy as np  # noqa: PLC0415

    from app.redaction.dicom import decoded_pixels, read_dicom, readable_words  # noqa: PLC0415
    from app.redaction.pipeline import redact_item  # noqa: PLC0415
    from resources.synthetic.dicom_set import dicom_files  # noqa: PLC0415

    totals = Counter[str]()
    for sample in dicom_files():
        item = redact_item("dicom", sample.data, project_secret=SECRET, settings={})
        totals["files"] += 1
        totals["phi_values"] += len(sample.phi)
        totals["phi_survivors"] += sum(1 for v in sample.phi if v.encode() in item.data)
        totals["uid_survivors"] += sum(1 for u in sample.original_uids if u.encode() in item.data)
        out = read_dicom(item.data)
        totals["profile_violations"] += len(dicom_violations(read_dicom(sample.data), out))
        if "PixelData" in out:
            arr = decoded_pixels(out)
            frames = [arr] if arr.ndim == 2 or arr.shape[-1] == 3 else list(np.asarray(arr))
            read = " ".join(w.text for f in frames for w in readable_words(f))
            tokens = {t for line in sample.burned for t in line.split() if len(t) >= 3}
            totals["burned_values"] += len(tokens)
            totals["burned_survivors"] += sum(1 for t in tokens if t in read)
    return dict(totals)


def text_table(result: TextEval) -> str:
    rows = [
        "| kind | true | recall | precision | survivors | structured |",
        "|---|---:|---:|---:|---:|:---:|",
    ]
    for kind in KINDS:
        s = result.scores.get(kind, KindScore())
        rows.append(
            f"| {kind} | {s.true} | {s.recall:.3f} | {s.precision:.3f} | {s.survivors} | "
            f"{'yes' if kind in STRUCTURED else ''} |"
        )
    return "\n".join(rows)


def main() -> int:
    docs = corpus(300)
    text = evaluate_text(docs)
    print(f"## Text ({len(docs)} synthetic documents, {sum(len(d.text) for d in docs)} chars)\n")
    print(text_table(text))
    images = evaluate_images()
    print("\n## Images (rendered identifiers, EXIF and PNG text chunks)\n")
    print("| images | values | survive OCR | survive in file bytes |\n|---:|---:|---:|---:|")
    print(
        f"| {images['images']} | {images['values']} | {images['ocr_survivors']} | "
        f"{images['byte_survivors']} |"
    )
    dicom = evaluate_dicom()
    print("\n## DICOM (pydicom test files with planted PHI)\n")
    print(
        "| files | PHI values | PHI survivors (bytes) | original UIDs left | profile violations "
        "| burned-in words | burned-in words OCR still reads |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {dicom['files']} | {dicom['phi_values']} | {dicom['phi_survivors']} | "
        f"{dicom['uid_survivors']} | {dicom['profile_violations']} | "
        f"{dicom.get('burned_values', 0)} | {dicom.get('burned_survivors', 0)} |"
    )
    structured_left = sum(text.scores[k].survivors for k in STRUCTURED if k in text.scores)
    failed = (
        structured_left
        or text.score("PERSON").recall < 0.95
        or dicom["phi_survivors"]
        or dicom.get("burned_survivors", 0)
    )
    print(f"\nstructured identifiers surviving in text: {structured_left}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
