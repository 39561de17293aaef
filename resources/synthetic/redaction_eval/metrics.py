"""Scoring a redacted text against the ground truth, from the output text alone.

Both engines replace what they find with a placeholder in angle brackets (`<PERSON>`,
`<PHONE_2>`) and keep every other character. `align` recovers, from the output, which
input characters were masked and by which placeholder. Most templates never write `<` or
`>`; where a document holds placeholder-shaped text of its own (an XML tag such as
`<IBAN>`), each such token of the output is read as that literal text where the source
allows it, and as a placeholder otherwise.

Definitions (docs/REDACTION.md, "Evaluation"):
- an entity LEAKS when a piece of it that identifies survives unmasked: a run of 3 or
  more consecutive alphanumeric characters of the value (or, for a person, any whole
  name word of 2+ letters other than particles such as "van", "de"). One- and
  two-character remnants of numbers ("+1", "ext") are not counted; a value none of whose
  letters or digits is masked always leaks (an age such as "94"). Recall = entities that
  do not leak / all entities.
- precision (character level) = masked non-space characters that lie inside a true entity
  of any kind / all masked non-space characters. Per kind: characters inside true
  entities of that kind count for that kind; masked characters inside no entity count
  against the kind the engine's placeholder names (mapped by PLACEHOLDER_KINDS, else
  OTHER).
- a kept phrase SURVIVES when every character of it is unmasked (utility).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field

from resources.synthetic.redaction_eval.generator import PARTICLES
from resources.synthetic.redaction_eval.kinds import KINDS, STRUCTURED, LabelledDoc

PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*?)(?:_\d+)?>")

# Placeholder names of Presidio and of ours -> ground-truth kinds (false positives only).
PLACEHOLDER_KINDS = {
    "PERSON": "PERSON",
    "NRP": "PERSON",
    "LOCATION": "ADDRESS",
    "ADDRESS": "ADDRESS",
    "STREET_ADDRESS": "ADDRESS",
    "GPE": "LOCATION",
    "PHONE": "PHONE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL": "EMAIL",
    "EMAIL_ADDRESS": "EMAIL",
    "SSN": "NATIONAL_ID",
    "US_SSN": "NATIONAL_ID",
    "US_ITIN": "NATIONAL_ID",
    "US_PASSPORT": "NATIONAL_ID",
    "UK_NHS": "NATIONAL_ID",
    "NHS": "NATIONAL_ID",
    "NATIONAL_ID": "NATIONAL_ID",
    "MRN": "RECORD_NUMBER",
    "MEDICAL_RECORD_NUMBER": "RECORD_NUMBER",
    "RECORD_NUMBER": "RECORD_NUMBER",
    "ACCOUNT": "ACCOUNT",
    "ACCOUNT_NUMBER": "ACCOUNT",
    "US_BANK_NUMBER": "ACCOUNT",
    "EMPLOYEE_ID": "ACCOUNT",
    "CARD": "CARD",
    "CREDIT_CARD": "CARD",
    "IBAN": "IBAN",
    "IBAN_CODE": "IBAN",
    "IP": "IP",
    "IP_ADDRESS": "IP",
    "URL": "URL",
    "DATE": "DATE",
    "DATE_TIME": "DATE",
    "AGE": "AGE",
    "US_DRIVER_LICENSE": "LICENCE",
    "LICENCE": "LICENCE",
    "MEDICAL_LICENSE": "LICENCE",
    "VEHICLE": "VEHICLE",
    "DEVICE_ID": "DEVICE_ID",
    "MAC": "MAC",
    "MAC_ADDRESS": "MAC",
}


class AlignmentError(ValueError):
    """The output is not the input with some spans replaced by placeholders."""


def align(source: str, output: str) -> list[str | None]:
    """For each character of `source`: None if it survives, else the placeholder label that
    replaced it. Greedy left-to-right: each literal piece of the output is found at its
    earliest place after the previous one (a placeholder covers at least one character)."""
    if PLACEHOLDER.search(source):
        return _align_with_literal_tags(source, output)
    labels: list[str | None] = [None] * len(source)
    pieces = PLACEHOLDER.split(output)  # literal, label, literal, label, ..., literal
    literals, names = pieces[0::2], pieces[1::2]
    if not source.startswith(literals[0]):
        return _align_by_diff(source, output)
    pos = len(literals[0])
    for i, name in enumerate(names):
        literal = literals[i + 1]
        last = i + 1 == len(names)
        if last:
            at = len(source) - len(literal) if source.endswith(literal) else -1
            if at < pos + 1:
                at = -1
        else:
            at = source.find(literal, pos + 1) if literal else pos + 1
        if at < 0 or at > len(source):
            return _align_by_diff(source, output)
        for j in range(pos, at):
            labels[j] = name
        pos = at + len(literal)
    if pos != len(source):
        return _align_by_diff(source, output)
    return labels


def _align_with_literal_tags(source: str, output: str) -> list[str | None]:
    """`align` for a source that itself holds placeholder-shaped text (`<IBAN>` in XML).

    Each placeholder of the output either masks one or more characters or, where the
    source holds the same text at that place, is that literal text. Of the consistent
    readings the one that masks the fewest characters wins (an engine leaves a tag it did
    not mask as it was), found by a forward pass over the output's pieces that keeps, for
    each source position reachable after a piece, the cheapest way there."""
    in_source = {m.group() for m in PLACEHOLDER.finditer(source)}
    pieces: list[tuple[str, str | None]] = []  # (text, None) literal, (text, label) placeholder
    pos = 0
    for m in PLACEHOLDER.finditer(output):
        if m.start() > pos:
            pieces.append((output[pos : m.start()], None))
        pieces.append((m.group(), m.group(1)))
        pos = m.end()
    if pos < len(output):
        pieces.append((output[pos:], None))
    n = len(source)
    # reached[i]: source position after piece i -> (masked so far, position before, masked?)
    reached: list[dict[int, tuple[int, int, bool]]] = []
    frontier = {0: 0}
    for i, (text, label) in enumerate(pieces):
        step: dict[int, tuple[int, int, bool]] = {}
        following = pieces[i + 1][0] if i + 1 < len(pieces) else None
        for start, cost in frontier.items():
            if (label is None or text in in_source) and source.startswith(text, start):
                _offer(step, start + len(text), (cost, start, False))
            if label is None:
                continue
            if following is None:
                ends: list[int] = [n] if n > start else []
            elif pieces[i + 1][1] is None:
                ends = [m.start() for m in re.finditer(re.escape(following), source[start + 1 :])]
                ends = [start + 1 + e for e in ends]
            else:
                ends = list(range(start + 1, n + 1))
            for end in ends:
                _offer(step, end, (cost + end - start, start, True))
        reached.append(step)
        frontier = {end: cost for end, (cost, _, _) in step.items()}
    if n not in frontier:
        return _align_by_diff(source, output)
    labels: list[str | None] = [None] * n
    end = n
    for i in range(len(pieces) - 1, -1, -1):
        _, start, masks = reached[i][end]
        if masks:
            for j in range(start, end):
                labels[j] = pieces[i][1]
        end = start
    return labels


def _offer(step: dict[int, tuple[int, int, bool]], end: int, way: tuple[int, int, bool]) -> None:
    """Keep `way` (masked so far, position before, masked?) to `end` if it is the cheapest."""
    if end not in step or way[0] < step[end][0]:
        step[end] = way


def _align_by_diff(source: str, output: str) -> list[str | None]:
    """Fallback: characters difflib cannot match in the output count as masked."""
    labels: list[str | None] = ["OTHER"] * len(source)
    matcher = difflib.SequenceMatcher(None, source, output, autojunk=False)
    for block in matcher.get_matching_blocks():
        for j in range(block.a, block.a + block.size):
            labels[j] = None
    return labels


def leaked(value: str, masked: list[bool], kind: str) -> bool:
    """Whether an identifying piece of `value` survives (`masked[i]`: character i masked)."""
    if not any(m for c, m in zip(value, masked, strict=True) if c.isalnum()):
        return True  # nothing of it masked (short values such as an age of 94 included)
    for m in re.finditer(r"[^\W_]+", value):
        word = m.group()
        if kind == "PERSON" and word.casefold() in PARTICLES:
            continue
        run = best = 0
        for i in range(m.start(), m.end()):
            run = 0 if masked[i] else run + 1
            best = max(best, run)
        if best >= 3:
            return True
        if kind == "PERSON" and best == len(word) >= 2:
            return True
    return False


@dataclass
class KindScore:
    total: int = 0
    leaked: int = 0
    verbatim: int = 0  # the whole value still appears in the output
    true_masked: int = 0  # masked characters inside entities of this kind
    false_masked: int = 0  # masked characters in no entity, under a placeholder of this kind

    @property
    def recall(self) -> float:
        return (self.total - self.leaked) / self.total if self.total else 1.0

    @property
    def precision(self) -> float:
        masked = self.true_masked + self.false_masked
        return self.true_masked / masked if masked else 1.0


@dataclass
class Score:
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    other_false: int = 0  # false masked characters under placeholders of no known kind
    kept_total: int = 0
    kept: int = 0
    leaks: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, slot, kind, value
    leaks_by_template: Counter[tuple[str, str]] = field(default_factory=Counter)
    damaged: list[tuple[LabelledDoc, int, int]] = field(default_factory=list)  # kept, masked
    false_runs: list[tuple[LabelledDoc, int, int]] = field(default_factory=list)  # in no entity

    def add(self, doc: LabelledDoc, output: str) -> None:
        labels = align(doc.text, output)
        masked = [x is not None for x in labels]
        inside = [False] * len(doc.text)
        for e in doc.entities:
            score = self.kinds[e.kind]
            score.total += 1
            value = doc.value(e)
            if leaked(value, masked[e.start : e.end], e.kind):
                score.leaked += 1
                self.leaks.append((doc.doc_id, e.slot, e.kind, value))
                self.leaks_by_template[(doc.template_id, e.kind)] += 1
            if value in output:
                score.verbatim += 1
            for i in range(e.start, e.end):
                if masked[i] and not doc.text[i].isspace() and not inside[i]:
                    score.true_masked += 1
                inside[i] = True
        run_start = -1
        for i, label in enumerate(labels):
            false = label is not None and not inside[i]
            if false and run_start < 0:
                run_start = i
            elif not false and run_start >= 0:
                self.false_runs.append((doc, run_start, i))
                run_start = -1
            if label is None or inside[i] or doc.text[i].isspace():
                continue
            kind = PLACEHOLDER_KINDS.get(label)
            if kind is None:
                self.other_false += 1
            else:
                self.kinds[kind].false_masked += 1
        if run_start >= 0:
            self.false_runs.append((doc, run_start, len(doc.text)))
        for start, end in doc.keep:
            self.kept_total += 1
            if any(masked[start:end]):
                self.damaged.append((doc, start, end))
            else:
                self.kept += 1

    @property
    def structured_leaks(self) -> int:
        return sum(self.kinds[k].leaked for k in STRUCTURED)

    @property
    def precision(self) -> float:
        true = sum(s.true_masked for s in self.kinds.values())
        false = sum(s.false_masked for s in self.kinds.values()) + self.other_false
        return true / (true + false) if true + false else 1.0

    @property
    def recall(self) -> float:
        total = sum(s.total for s in self.kinds.values())
        return (total - sum(s.leaked for s in self.kinds.values())) / total if total else 1.0

    @property
    def utility(self) -> float:
        return self.kept / self.kept_total if self.kept_total else 1.0
