"""A DEV-side stress set for person names: names from many cultures in the places prose
puts them without a cue word (sentence starts, objects of verbs, possessives, lists, "cc:"
lines, table cells, family-name-first order, hyphenated and particle surnames, capitals).

Names come from the evaluation's own sources (`world_names.py`, a names-dataset snapshot,
and Faker's person providers), never from the redactor's gazetteer, so a recognizer that
reads the redactor's lists cannot pass here by construction. The frames below were written
from the ways notes, letters, claims and chats mention people. It is tuned on like the DEV
split; it is not a held-out set.
"""

from __future__ import annotations

import random

from faker import Faker

from resources.synthetic.redaction_eval.dev_stress import LOCALES
from resources.synthetic.redaction_eval.kinds import Entity, LabelledDoc
from resources.synthetic.redaction_eval.world_names import world_names

# {P}/{Q}/{R}: full names; {F}/{G}: given names alone; {L}: P's surname alone;
# {LF}: "SURNAME Given" (family name first); {PC}: P in capitals; {I}/{J}: initials +
# surname; {f}: the given name in lower case.
FRAMES = (
    "{P} was reviewed in clinic today; [[bloods unremarkable]].",
    "Seen together with {Q}, who drove the patient in. [[No acute distress]].",
    "{P}'s daughter phoned to say [[the rash has settled]].",
    "Plan discussed with {P} and {Q} at the bedside.",
    "Spoke to {F} this morning; [[eating and drinking well]].",
    "cc: {P}, {Q}",
    "Attendees: {P}; {Q}; {R}",
    "| {P} | [[annual leave]] | approved |",
    "{LF} presented with [[chest tightness]] overnight.",
    "Per {P}, the claim [[was filed late]].",
    "I asked {F} whether the [[pain had eased]].",
    "{PC} - [[fall at home]]",
    "The customer, {P}, disputed the [[card transaction]].",
    "Transferred to the ward under {P}.",
    "Witness statement of {P} regarding the [[water damage]].",
    "Message from {F}: [[running late]], sorry",
    "Mother {P}. Father {Q}.",
    "Her GP, {P}, was informed of the [[biopsy result]].",
    "Both {F} and {G} agreed to the [[revised rota]].",
    "Discussed with the family ({P}, {Q}).",
    "Consultant {I} will see her on Thursday.",
    "Interpreted for {P} by {Q}.",
    "Flagged by {P} on review; [[no further action]].",
    "{L} reports [[intermittent headaches]].",
    "Patient {P} is a [[retired teacher]].",
    "{P} and I met at the branch about the [[overdraft]].",
    "Account opened by {P} in trust for {Q}.",
    "{Q} (sister) will collect the [[discharge medication]].",
    "Callback requested: {F} {L}, [[re: invoice]].",
    "Next of kin details confirmed with {P} by phone.",
    "From: {P}\nTo: {Q}\nSubject: [[leave request]]",
    "{P} ({F} to friends) [[works nights]].",
    "Handed over to {P} at 19:00; [[obs stable]].",
    "Reference provided by {P}, line manager.",
    "{F}: hi, is the [[appointment]] still on?\nagent: yes, {F}.",
    "Signed,\n{P}",
    "Approvals: {I} (finance), {P} (HR).",
    "Lives with partner {P}; [[independent with ADLs]].",
    "Fraud team notes that {P} used the [[same device]] as {Q}.",
    "Room booked for {P} and guest {Q}.",
    "From: {P} <noreply@example.org>\nSent: Monday\nSubject: [[shift swap]]",
    "Dear Ms. {L},\nyour [[repeat prescription]] is ready.",
    "Name:\t{P}\nWard:\t[[orthopaedics]]",
    "Pt: {P}, [[stable overnight]]",
    "c/o {P}, [[flat above the shop]]",
    "{P} (patient) and {Q} (carer) attended.",
    "ok thanks {f}, [[see you tuesday]]",
    "Reviewed jointly by {I} and {J}.",
    "{L}, {F} - [[query re statement]]",
    "Invoice addressed to {PC}; [[paid in full]].",
    "Also present: {F} ({L}'s wife).",
    "Mr {P} Jr. and Mrs {Q} were both [[vaccinated]].",
    "Ask for {F} at reception.",
    "Photo ID matched {P}; [[no concerns]].",
    "Complaint from {P} about {Q}'s [[conduct]].",
    "@{f}: [[bloods back?]]",
    "Emergency: call {F} on the [[ward phone]].",
    "Prescriber: Dr {P} | Dispensed by: {Q}",
    "{P}, {Q} and {R} were interviewed.",
    "The account of {P} was [[frozen]] after {Q} reported it.",
)

_PARTICLES = ("van", "van der", "de", "da", "di", "del", "von", "bin", "al-", "ap", "dos", "ter")


def _name(rng: random.Random, f: Faker | None) -> tuple[str, str]:
    """(given, family): from world_names (two in three) or the locale's Faker."""
    if f is None or rng.random() < 0.67:
        table = world_names()
        country = rng.choice(sorted(table))
        given, family = rng.choice(table[country]["first"]), rng.choice(table[country]["last"])
    else:
        given, family = str(f.first_name()).strip(), str(f.last_name()).strip()
    shape = rng.random()
    if shape < 0.12:  # double-barrelled
        family = f"{family}-{rng.choice(world_names()[rng.choice(sorted(world_names()))]['last'])}"
    elif shape < 0.2:  # with a particle
        particle = rng.choice(_PARTICLES)
        family = f"{particle}{'' if particle.endswith('-') else ' '}{family}"
    return given, family


def render(seed: int) -> LabelledDoc:
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data
    locale = LOCALES[seed % len(LOCALES)]
    f = Faker(locale)
    f.seed_instance(seed)
    (fp, lp), (fq, lq), (fr, lr) = (_name(rng, f) for _ in range(3))
    values = {
        "P": f"{fp} {lp}",
        "Q": f"{fq} {lq}",
        "R": f"{fr} {lr}",
        "F": fp,
        "G": fq,
        "L": lp,
        "LF": f"{lp.upper() if rng.random() < 0.5 else lp} {fp}",
        "PC": f"{fp} {lp}".upper(),
        "I": f"{fp[0]}. {lp}" if rng.random() < 0.5 else f"{fp[0]}. {fq[0]}. {lp}",
        "J": f"{fq[0]}. {lq}",
        "f": fp.lower(),
    }
    frame = FRAMES[seed % len(FRAMES)]
    parts: list[str] = []
    entities: list[Entity] = []
    keep: list[tuple[int, int]] = []
    pos = 0
    i = 0
    while i < len(frame):
        if frame.startswith("[[", i):
            j = frame.index("]]", i)
            phrase = frame[i + 2 : j]
            keep.append((pos, pos + len(phrase)))
            parts.append(phrase)
            pos += len(phrase)
            i = j + 2
        elif frame[i] == "{":
            j = frame.index("}", i)
            key = frame[i + 1 : j]
            value = values[key]
            entities.append(Entity(pos, pos + len(value), "PERSON", key))
            parts.append(value)
            pos += len(value)
            i = j + 1
        else:
            parts.append(frame[i])
            pos += 1
            i += 1
    return LabelledDoc(
        doc_id=f"names-{seed % len(FRAMES)}/{seed}",
        split="dev-names",
        template_id=f"names-{seed % len(FRAMES)}",
        doc_type="names",
        locale=locale,
        text="".join(parts),
        entities=tuple(entities),
        keep=tuple(keep),
    )


def names_corpus(n: int = 400, first_seed: int = 1) -> list[LabelledDoc]:
    """`n` name stress documents (seed i: frame i mod the frames, locale i mod the list)."""
    return [render(s) for s in range(first_seed, first_seed + n)]
