"""The ground-truth vocabulary: entity kinds, and a labelled document."""

from __future__ import annotations

from dataclasses import dataclass

# Every kind the generator labels (HIPAA Safe Harbor's identifier categories, grouped).
KINDS = (
    "PERSON",
    "LOCATION",  # a town or city alone (a geographic unit smaller than a state)
    "ADDRESS",  # a street, flat or military address, postcode included
    "PHONE",  # phone and fax
    "EMAIL",
    "NATIONAL_ID",  # SSN, national identity, health and tax numbers, passports
    "RECORD_NUMBER",  # medical record, patient, health-plan, beneficiary, claim numbers
    "ACCOUNT",
    "CARD",
    "IBAN",
    "IP",
    "URL",
    "DATE",  # dates tied to a person (birth, admission, leave, transaction)
    "AGE",  # ages over 89
    "LICENCE",  # driving licence, certificate, clinician registration numbers
    "VEHICLE",  # VINs and plates
    "DEVICE_ID",  # device serial numbers
    "MAC",
)
# Kinds with a fixed shape or a fixed place: none may survive.
STRUCTURED = tuple(k for k in KINDS if k not in ("PERSON", "LOCATION"))


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    kind: str
    slot: str  # the template's entity name ("person1"), for the leak listing


@dataclass(frozen=True)
class LabelledDoc:
    doc_id: str  # template id / seed
    split: str  # "dev" or "heldout"
    template_id: str
    doc_type: str
    locale: str
    text: str
    entities: tuple[Entity, ...]
    keep: tuple[tuple[int, int], ...]  # phrases that must survive (utility)

    def value(self, entity: Entity) -> str:
        return self.text[entity.start : entity.end]


class DocBuilder:
    """A labelled document written left to right: plain text, entities and kept phrases,
    each recorded at its offset (the DEV-side stress sets build their documents so)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[Entity] = []
        self.keep: list[tuple[int, int]] = []

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def entity(self, s: str, kind: str, slot: str) -> None:
        self.entities.append(Entity(self.pos, self.pos + len(s), kind, slot))
        self.text(s)

    def kept(self, s: str) -> None:
        self.keep.append((self.pos, self.pos + len(s)))
        self.text(s)

    def labelled(
        self, template_id: str, seed: int, *, split: str, doc_type: str, locale: str
    ) -> LabelledDoc:
        """The finished document, its id the template's and the seed's."""
        return LabelledDoc(
            doc_id=f"{template_id}/{seed}",
            split=split,
            template_id=template_id,
            doc_type=doc_type,
            locale=locale,
            text="".join(self.parts),
            entities=tuple(self.entities),
            keep=tuple(self.keep),
        )
