"""Synthetic labelled text: documents from templates, with the span of every identifier.

Fixed seed; every value is invented (names from common-name lists, numbers random but
well-formed: Luhn-valid cards, mod-97-valid IBANs). Each template is a kind of document a
hospital, bank or HR department would ingest. Spans cover the identifying value only
(not a prefix such as "MRN").
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

SEED = 20261123

FIRST = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Daniel",
    "Nancy",
    "Matthew",
    "Lisa",
    "Anthony",
    "Margaret",
    "Mark",
    "Sandra",
    "Steven",
    "Ashley",
    "Paul",
    "Emily",
    "Andrew",
    "Donna",
    "Joshua",
    "Michelle",
    "Maria",
    "Jose",
    "Carlos",
    "Sofia",
    "Ahmed",
    "Fatima",
    "Priya",
    "Rahul",
    "Wei",
    "Mei",
    "Oluwaseun",
    "Chidi",
    "Hans",
    "Greta",
    "Olga",
    "Dmitri",
    "Aisha",
    "Kenji",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Patel",
    "Sharma",
    "Chen",
    "Wang",
    "Okafor",
    "Adeyemi",
    "Schmidt",
    "Muller",
    "Ivanova",
    "Petrov",
    "Khan",
    "Tanaka",
    "Novak",
]
CITIES = [
    "Boston",
    "Chicago",
    "Houston",
    "Phoenix",
    "Seattle",
    "Denver",
    "Atlanta",
    "Miami",
    "London",
    "Manchester",
    "Berlin",
    "Munich",
    "Paris",
    "Lyon",
    "Madrid",
    "Toronto",
    "Sydney",
    "Dublin",
    "Amsterdam",
    "Zurich",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Placeholders in templates: {KIND} or {KIND:n} for a second value of the same kind.
TEMPLATES = [
    "Patient {PERSON} (MRN {MRN}) was admitted on {DATE} with chest pain. Date of birth "
    "{DATE:2}. Contact phone {PHONE}. Referred by Dr. {PERSON:2} of {LOCATION}.",
    "Discharge summary for {PERSON}. Medical record number {MRN}. The patient lives in "
    "{LOCATION} and can be reached at {EMAIL} or {PHONE}. SSN on file: {SSN}.",
    "Dear {PERSON}, your account number {ACCOUNT} was debited on {DATE}. The payment used "
    "card {CARD}. If this was not you, call us on {PHONE}.",
    "Wire transfer request from {PERSON} to IBAN {IBAN}, reference invoice 4471. Requested "
    "from IP address {IP} on {DATE}. Confirmation sent to {EMAIL}.",
    "HR note: employee ID {EMPLOYEE} ({PERSON}) moved to the {LOCATION} office on {DATE}. "
    "Manager: {PERSON:2}. Personnel file at {URL}.",
    "Support ticket: {PERSON} reported a login failure from {IP}. Their profile is at {URL} "
    "and their work e-mail is {EMAIL}. Badge number {EMPLOYEE}.",
    "Insurance claim for {PERSON}, born {DATE}, social security number {SSN}. Card on "
    "file {CARD}. Please call {PERSON:2} at {PHONE} about chart {MRN}.",
    "Radiology report. Patient: {PERSON}. MRN: {MRN}. Exam date {DATE}. Findings discussed "
    "with {PERSON:2} by telephone ({PHONE}).",
    "Bank statement for {PERSON}, {LOCATION}. Account {ACCOUNT}, IBAN {IBAN}. Statement "
    "date {DATE}. Questions: {EMAIL}.",
    "{PERSON} called from {PHONE} to update her address to {LOCATION}. She confirmed her "
    "SSN {SSN} and date of birth {DATE}. Staff member {PERSON:2} (employee {EMPLOYEE}) "
    "handled the call.",
]

SLOT_KIND = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "DATE": "DATE_TIME",
    "PHONE": "PHONE_NUMBER",
    "EMAIL": "EMAIL_ADDRESS",
    "SSN": "US_SSN",
    "CARD": "CREDIT_CARD",
    "IBAN": "IBAN_CODE",
    "IP": "IP_ADDRESS",
    "URL": "URL",
    "MRN": "MEDICAL_RECORD_NUMBER",
    "ACCOUNT": "ACCOUNT_NUMBER",
    "EMPLOYEE": "EMPLOYEE_ID",
}
KINDS = tuple(SLOT_KIND.values())
# Identifiers with a fixed shape: none may survive redaction.
STRUCTURED = set(KINDS) - {"PERSON", "LOCATION", "DATE_TIME"}


@dataclass(frozen=True)
class LabelledText:
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, kind)

    def values(self) -> list[tuple[str, str]]:
        return [(kind, self.text[s:e]) for s, e, kind in self.spans]


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in string.digits:
        digits = [int(c) for c in body + check]
        total = 0
        for i, d in enumerate(reversed(digits)):
            dd = d * 2 if i % 2 == 1 else d
            total += dd - 9 if dd > 9 else dd
        if total % 10 == 0:
            return body + check
    raise AssertionError("unreachable")


def iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def make_value(slot: str, rng: random.Random) -> str:
    if slot == "PERSON":
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if slot == "LOCATION":
        return rng.choice(CITIES)
    if slot == "DATE":
        y, m, d = rng.randint(1940, 2025), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice(
            [
                f"{MONTHS[m - 1]} {d}, {y}",
                f"{d} {MONTHS[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{m:02d}/{d:02d}/{y}",
            ]
        )
    if slot == "PHONE":
        a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
        return rng.choice(
            [
                f"({a}) {b}-{c:04d}",
                f"{a}-{b}-{c:04d}",
                f"+1 {a} {b} {c:04d}",
                f"+44 20 {rng.randint(7000, 8999)} {c:04d}",
            ]
        )
    if slot == "EMAIL":
        user = f"{rng.choice(FIRST)}.{rng.choice(LAST)}".lower()
        domain = rng.choice(["example.org", "mail.example.com", "clinic.example.net"])
        return f"{user}{rng.randint(1, 99)}@{domain}"
    if slot == "SSN":
        if rng.random() < 0.15:
            return "078-05-1120"  # Presidio's invalid list: must still be caught
        return f"{rng.randint(100, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    if slot == "CARD":
        prefix, length = rng.choice(
            [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("23", 16), ("37", 15)]
        )
        number = luhn_complete(prefix, length, rng)
        if length == 16:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number
    if slot == "IBAN":
        country, length = rng.choice([("GB", 18), ("DE", 18), ("FR", 23), ("NL", 14)])
        if country in ("GB", "NL"):
            bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
            bban += "".join(rng.choice(string.digits) for _ in range(length - 4))
        else:
            bban = "".join(rng.choice(string.digits) for _ in range(length))
        return iban(country, bban)
    if slot == "IP":
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    if slot == "URL":
        host = rng.choice(["portal.example-clinic.org", "hr.example.com", "files.example.net"])
        return f"https://{host}/people/{rng.randint(1000, 99999)}"
    if slot == "MRN":
        return rng.choice([f"{rng.randint(0, 99999999):08d}", f"H-{rng.randint(1000000, 9999999)}"])
    if slot == "ACCOUNT":
        return f"{rng.randint(10**9, 10**11 - 1)}"
    if slot == "EMPLOYEE":
        return rng.choice(
            [f"E{rng.randint(100000, 999999)}", f"EMP-{rng.randint(1000, 99999):05d}"]
        )
    raise KeyError(slot)


def render(template: str, rng: random.Random) -> LabelledText:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    values: dict[str, str] = {}
    pos = 0
    cursor = 0
    while True:
        start = template.find("{", cursor)
        if start < 0:
            out.append(template[cursor:])
            break
        end = template.index("}", start)
        out.append(template[cursor:start])
        pos += start - cursor
        key = template[start + 1 : end]
        slot = key.split(":")[0]
        if key not in values:
            values[key] = make_value(slot, rng)
        value = values[key]
        spans.append((pos, pos + len(value), SLOT_KIND[slot]))
        out.append(value)
        pos += len(value)
        cursor = end + 1
    return LabelledText("".join(out), tuple(spans))


def corpus(n: int = 300, seed: int = SEED) -> list[LabelledText]:
    """`n` labelled documents, cycling through the templates."""
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data, not secrets
    return [render(TEMPLATES[i % len(TEMPLATES)], rng) for i in range(n)]
