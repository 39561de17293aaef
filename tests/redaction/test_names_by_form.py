"""Names written by form and layout rather than as plain words (session 27): initials
alone where a person signs or acts, a surname and its initial in a roster, a "Last,
First" cell broken over a line, FHIR HumanName.text, names damaged by OCR and letters
spaced one per box. Each case comes from the convention that defines the form; the
negatives are the abbreviations and words the same shapes also write."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.name_initials import initials_alone, surname_initial
from app.redaction.name_layouts import caption_names, wrapped_cell_names
from app.redaction.name_misreads import misread_name_words
from app.redaction.structured import text_words
from app.redaction.tables import find_field_values


def _initials(text: str) -> list[str]:
    return [text[s.start : s.end] for s in initials_alone(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("checked by K.M. at 10:00", ["K.M."], id="checked by agency"),
        pytest.param("Balance: 112. Checked: K.M.", ["K.M."], id="label and whole value"),
        pytest.param("Approver: Ann Lee       HRBP: S.M.", ["S.M."], id="role label in a row"),
        pytest.param("Callback arranged. — K.T.", ["K.T."], id="sign-off dash"),
        pytest.param("/s/ A.B.", ["A.B."], id="slash signature"),
        pytest.param("np O.C.", ["O.C."], id="role abbreviation signs"),
        pytest.param("or the minor child W.B. (DOB 2010)", ["W.B."], id="minor child"),
        pytest.param("in the presence of witness R.T., the patient", ["R.T."], id="witness"),
        pytest.param("Wristband checked by A.Š. and D.M.", ["A.Š.", "D.M."], id="joined initials"),
        pytest.param("checked by J.M.W. and S.A.", ["J.M.W.", "S.A."], id="three initials"),
        pytest.param("Countersigned: J. K.", ["J. K."], id="spaced initials"),
        pytest.param("sonographer P.L. noted", ["P.L."], id="agent noun"),
        pytest.param("Plan as above.\nR.E.", ["R.E."], id="alone on the last line"),
        pytest.param("phoned to the ward by I.M. at 14:12", ["I.M."], id="route-like but acting"),
    ],
)
def test_initials_where_a_person_acts(text: str, expected: list[str]) -> None:
    assert _initials(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "given 1 g I.V. at 10:00 P.M. in the U.S.",
        "paracetamol 1 g P.O. Q.D.S.; Route: P.O.",
        "diclofenac 75 mg by I.M. injection",
        "N.B. see above.\nP.S. thanks",
        "Frequency: B.D.",
        "Freq: T.D.S.",
        "Country: U.S.",
        "Acme S.A. and Foo N.V. signed the lease",
        "Vitamin D. Hepatitis B. Types A and B. Results follow",
        "Dr. A. D. Rust saw the patient",
        "left R.L. lobe",
        "seen by Jane Roe, M.D.",
        "a.m. p.m. e.g. i.e. q.d. p.o. i.v. s.c.",
        "The U.K. and the E.U. agreed",
        "lesion at 10 o'clock, A.C. joint tender",
    ],
)
def test_abbreviations_stay(text: str) -> None:
    assert _initials(text) == []


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="AKMŠ. \n:—/-by&andchecked", max_size=80))
def test_initials_alone_spans_are_initials(text: str) -> None:
    for span in initials_alone(text):
        value = text[span.start : span.end]
        assert value.endswith(".")
        assert value[0].isupper()
        assert 0 <= span.start < span.end <= len(text)


def _surname_initial(text: str) -> list[str]:
    return [text[s.start : s.end] for s in surname_initial(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Crew: Gibson, P. / Parsons J.", ["Parsons J."], id="crew after a slash"),
        pytest.param("Bed 1: McLean J. (82), post-op", ["McLean J."], id="bed label"),
        pytest.param("Rota | O'Brien K. | Smith A. B.", ["O'Brien K.", "Smith A. B."], id="cells"),
        pytest.param("Checked by Nowak A., then filed", ["Nowak A."], id="by"),
        pytest.param("Diagnosis: Vitamin D. (low)", [], id="vitamin"),
        pytest.param("Type: Hepatitis B.", [], id="hepatitis"),
        pytest.param("see Appendix C. Then more", [], id="appendix mid-sentence"),
        pytest.param("Result: Positive A.", [], id="result word"),
        pytest.param("Plan: Review B.", [], id="heading word"),
        pytest.param("Ward: Ward C.", [], id="designator"),
        pytest.param("Note: Patient A.", [], id="role"),
    ],
)
def test_surname_and_initial_in_a_field(text: str, expected: list[str]) -> None:
    assert _surname_initial(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(" 4  | King,\nDana | Baker J. | 23/11/2025", ["King,\nDana"], id="pipe"),
        pytest.param("12\tNozaze,\nMaria\tTBC", ["Nozaze,\nMaria"], id="tab"),
        pytest.param("| Notes,\nFollow-up |", [], id="heading words"),
        pytest.param("| Falls risk,\nConfused |", [], id="board words"),
        pytest.param("King,\nDana went home", [], id="no cell"),
    ],
)
def test_last_first_wrapped_in_a_cell(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in wrapped_cell_names(text)] == expected


def _field_people(text: str) -> list[str]:
    return [
        text[s.start : s.end]
        for s in find_field_values(text, text_words(text))
        if s.kind == "PERSON"
    ]


def test_iso20022_party_columns_name_people() -> None:
    # pain.001 / SEPA exports head the parties' columns by their ISO 20022 roles
    # (Dbtr, Cdtr, UltmtDbtr); the IBAN beside them is the strong field.
    text = (
        "EndToEndId;Debtor;DebtorIBAN;Creditor;CreditorIBAN;Amount\n"
        "E2E-1;NELSON CRUZ;GB47 DBCX 9441 9631 6043 18;Kaliciak, Juliusz;"
        "GB07 MZPJ 9273 1760 1260 82;350.00\n"
    )
    assert _field_people(text) == ["NELSON CRUZ", "Kaliciak, Juliusz"]


def test_payment_words_alone_stay() -> None:
    text = "Amount;Currency;Remittance\n350.00;EUR;Rent May\n"
    assert _field_people(text) == []


def test_fhir_name_text_wrapped_by_a_viewer() -> None:
    # A viewer that wraps minified JSON at its width breaks a string value over a line.
    text = '{"contact":[{"name":{"text":"Mehran Hashemi\n"},"relationship":[{"text":"spouse"}]}]}'
    assert _field_people(text) == ["Mehran Hashemi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("RE: Doug1as, Derrick", ["Doug1as"], id="reads as a given name"),
        pytest.param("to her attorney, Sarah Ca1dwell.", ["Ca1dwell"], id="beside a given name"),
        pytest.param("Patient Toro Garay, Gracie1a DOB", ["Gracie1a"], id="1 for l inside"),
        pytest.param("Firma: Marcia1 Ferrándiz", ["Marcia1"], id="1 for l at the end"),
        pytest.param("Signed: Nico1e 0'Brien", ["Nico1e"], id="one word only"),
        pytest.param("Covid19 Room10 B12 Lot5 Vitamin B12", [], id="codes and units"),
        pytest.param("Tab1e 5 and Ward5 and Mode1 X", [], id="words that are no names"),
        pytest.param("Ca1cium 2.1 mmol/L", [], id="a misread ordinary word"),
    ],
)
def test_name_words_misread_by_ocr(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in misread_name_words(text)] == expected


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="DougasCrkSh105 ,.\n", max_size=60))
def test_misread_name_words_spans_are_words(text: str) -> None:
    for span in misread_name_words(text):
        value = text[span.start : span.end]
        assert value[0].isupper()
        assert any(c in "015" for c in value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("SURNAME / NOM   M A R I C\n", ["M A R I C"], id="bilingual caption"),
        pytest.param("Surname   R A M\nGiven names   MOHAMAD", ["R A M", "MOHAMAD"], id="boxes"),
        pytest.param("Surname: N O N E\n", [], id="a word spelt out"),
    ],
)
def test_names_spaced_one_letter_to_a_box(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in caption_names(text)] == expected


def test_iso20022_xml_party_names() -> None:
    text = (
        "<Dbtr><Nm>OKONKWO CHIDI</Nm></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000"
        "</IBAN></Id></DbtrAcct>\n<Cdtr><Nm>Joanna Wiśniewska</Nm></Cdtr>"
    )
    assert _field_people(text) == ["OKONKWO CHIDI", "Joanna Wiśniewska"]


def test_fhir_xml_name_text() -> None:
    text = '<Patient><name><text value="Ayşe Yılmaz"/></name><birthDate value="1970-01-01"/>'
    assert _field_people(text) == ["Ayşe Yılmaz"]


def test_xml_text_outside_a_name_stays() -> None:
    text = '<Patient><code><text value="Type 2 diabetes"/></code><birthDate value="1970-01-01"/>'
    assert _field_people(text) == []


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet='<>/NmDbtr ="a\n', max_size=80))
def test_xml_records_never_raise(text: str) -> None:
    for span in find_field_values(text + "</Nm>", text_words(text + " nm dbtr")):
        assert 0 <= span.start < span.end <= len(text) + 5


@pytest.mark.parametrize(
    "text",
    [
        "Beneficiary bank: BANCO SANTANDER S.A.   SWIFT BSCHESMM",
        "Lic. en Enfermería N. Coetzee, M.P. 8-20457",
        "Salariat: EFTIMIE Lucian, C.N.P. 2501026313414",
        "checked by Acme N.V.",
    ],
)
def test_company_forms_and_number_labels_stay(text: str) -> None:
    assert _initials(text) == []
