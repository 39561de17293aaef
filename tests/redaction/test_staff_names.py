"""Names of the people who handled a record, by the words before them (session 37,
staff_names): a handler's or doctor's label with a colon in the languages of case and
occupational health files, a German police rank skipped; an English role with a dot
leader; an officer by role without a colon; a transfer's other party in a statement's
booking text. Negatives: specialties, companies, accounts, officers in running prose."""

from __future__ import annotations

import pytest

from app.redaction.staff_names import staff_names
from app.redaction.text import redact_text


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in staff_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Vorgang 12\nBearbeiter: KLOSTERMANN\n", "KLOSTERMANN", id="de caps"),
        pytest.param("Sachbearbeiterin: Wiebke Aalders\n", "Wiebke Aalders", id="de feminine"),
        pytest.param("Sachbearbeiter: PHK Tarnowski\n", "Tarnowski", id="de rank"),
        pytest.param("Sachbearbeiter: KOKin Ulla Brenz", "Ulla Brenz", id="de rank feminine"),
        pytest.param("Käynti 3.2.2025\nLääkäri: Ilmari Vesterinen\n", "Ilmari Vesterinen", id="fi"),
        pytest.param("Handläggare: Sune Björkqvist\n", "Sune Björkqvist", id="sv"),
        pytest.param("Saksbehandler: Oddvar Rønningen\n", "Oddvar Rønningen", id="no"),
        pytest.param("Consultant .. K. OYELARAN\nDiagnosis: x\n", "K. OYELARAN", id="leader"),
        pytest.param("Surgeon ....... Aino Mertala\n", "Aino Mertala", id="leader two"),
        pytest.param("Reporting officer Quenneville, 3/4/2025.\n", "Quenneville", id="officer"),
        pytest.param("Narrative ends.\nOfficer BRAMLEY\n", "BRAMLEY", id="officer alone"),
        pytest.param(
            "Witness Marisol Teague, contact 0161 555 0199\n",
            "Marisol Teague",
            id="witness with contact",
        ),
        pytest.param("Complainant Hannah Vetch.\n", "Hannah Vetch", id="party given name"),
        pytest.param(
            "Referred to Ketut Wirawan, dermatology, Denpasar\n", "Ketut Wirawan", id="referred to"
        ),
        pytest.param(
            "12.05.2025  Überweisung an Voskuijlen, Hedda     -40,00\n",
            "Voskuijlen, Hedda",
            id="überweisung",
        ),
        pytest.param(
            '2024-02-01,"ZELLE TO ORLA FENNIMORE",-60.00,900.00\n', "ORLA FENNIMORE", id="zelle"
        ),
        pytest.param(
            "2024-02-01\tFASTER PAYMENT FROM Idris Okonkwo\t50.00\n",
            "Idris Okonkwo",
            id="faster payment",
        ),
    ],
)
def test_names_after_staff_words_are_found(text: str, name: str) -> None:
    assert name in _values(text)
    assert name not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Consultant ..... Haematology\n", id="specialty after leader"),
        pytest.param('2024-02-01,"TRANSFER TO SAVINGS ACCOUNT",-60.00\n', id="own account"),
        pytest.param("01.02.2025  Überweisung an Stadtwerke GmbH     -80,00\n", id="company"),
        pytest.param("The officer said the road was closed.\n", id="prose"),
        pytest.param("Bearbeiter: Patient\n", id="common word"),
        pytest.param("Prepared by the team, BSA officer.\n", id="role after"),
        pytest.param("Witness Statement Form, page 2\n", id="party heading"),
        pytest.param("Referred to Royal Infirmary, cardiology clinic\n", id="hospital"),
    ],
)
def test_no_name_after_staff_words(text: str) -> None:
    assert staff_names(text) == []
