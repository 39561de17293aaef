"""A form's label ("Verwiesen von: …", "Médico responsable: …") and a document's title line
in capitals ("ZAPIS WIZYTY KONTROLNEJ") are no person; names in the same places are still
masked (`label_guards.py`, split Q, session 34)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.label_guards import label_head, role_before_name, title_line
from app.redaction.spans import Span
from app.redaction.text import find_spans


def _span(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Anamneza\nOdsyłający lekarz: Jan Nowak\n", "Odsyłający"),
        ("Médico responsable: Ana Ruiz\n", "Médico"),
        ("Kontaktperson under ledigheten: Per Holm\n", "Kontaktperson"),
        ("Адрес проживания: ул. Ленина, д. 5\n", "Адрес"),
        ("  Tempat lahir : Bandung\n", "Tempat"),
    ],
    ids=["polish", "spanish", "swedish-three-words", "russian", "french-spacing"],
)
def test_label_of_a_form_line_is_no_person(text: str, value: str) -> None:
    assert label_head(text, _span(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kowalczyk: dzień dobry\n", "Kowalczyk"),  # a chat's speaker, right before the colon
        ("Okafor wrote: see you at five\n", "Okafor"),  # a report, not a label
        ("Anna pisze: dzień dobry\n", "Anna"),  # a given name
        ("Seen by Okafor today: stable\n", "Okafor"),  # not at the line's start
        ("Okafor et al: see https://example.org\n", "Okafor"),  # no value, a URL
        ("Okafor wants\n: later\n", "Okafor"),  # the colon is on the next line
    ],
    ids=["speaker", "reporting-verb", "given-name", "mid-line", "url", "next-line"],
)
def test_name_before_a_colon_stays_a_person(text: str, value: str) -> None:
    assert not label_head(text, _span(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ZAPIS WIZYTY KONTROLNEJ\nPacjent: Nowak, Jan\n", "ZAPIS WIZYTY KONTROLNEJ"),
        ("\nDISCHARGE RECORD   page 1\nName: Jan Nowak\n", "DISCHARGE RECORD"),
        ("ANMELDUNG PATIENTIN\nName: Nowak\n", "ANMELDUNG PATIENTIN"),
    ],
    ids=["three-words", "heading-word-and-gap", "other-language-word"],
)
def test_title_line_in_capitals_is_no_person(text: str, value: str) -> None:
    assert title_line(text, _span(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("OKAFOR ADEYEMI\n12 Main Road\n", "OKAFOR ADEYEMI"),  # two words: a name as likely
        ("ANNA MARIA NOWAK\nul. Polna 5\n", "ANNA MARIA NOWAK"),  # a given name
        ("Dear Sir\nBIOMETRIC ENROLMENT RECORD\n", "BIOMETRIC ENROLMENT RECORD"),  # line 2
        ("Zapis Wizyty Kontrolnej\n", "Zapis Wizyty Kontrolnej"),  # not in capitals
        ("NWOSU OKAFOR ADEYEMI wrote\n", "NWOSU OKAFOR ADEYEMI"),  # the line goes on
    ],
    ids=["two-word-name", "given-name", "second-line", "title-case", "line-goes-on"],
)
def test_first_line_name_stays_a_person(text: str, value: str) -> None:
    assert not title_line(text, _span(text, value))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="AbcÄé Ж:\n\t-–.'", max_size=40), st.data())
def test_guards_never_crash(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = Span(start, end, "PERSON", "SpacyRecognizer", 0.85)
    assert label_head(text, span) in (True, False)
    assert title_line(text, span) in (True, False)
    after = data.draw(st.integers(0, len(text)))
    persons = {after: Span(after, len(text), "PERSON", "SpacyRecognizer", 0.85)}
    assert role_before_name(text, span, persons) in (True, False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zgłoszenie szkody komunikacyjnej\nPoszkodowany: Jan Nowak\n", "Zgłoszenie"),
        ("Заявление о выдаче справки\nФИО: Иванов\n", "Заявление"),
        ("Kariesbefund notes — Nowak, Jan (01/02/2012)\n", "Kariesbefund"),
    ],
    ids=["polish", "russian", "dash-after"],
)
def test_title_with_lower_case_words_is_no_person(text: str, value: str) -> None:
    assert title_line(text, _span(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Okafor\nwrote to us\n", "Okafor"),  # the words are on the next line
        ("Anna z działu kadr\n", "Anna"),  # a given name
        ("Okafor Adeyemi\n12 Main Road\n", "Okafor Adeyemi"),  # a name alone on line 1
    ],
    ids=["next-line", "given-name", "name-alone"],
)
def test_first_line_name_before_words_stays_a_person(text: str, value: str) -> None:
    assert not title_line(text, _span(text, value))


def _role(text: str, value: str) -> bool:
    persons = {s.start: s for s in find_spans(text) if s.kind == "PERSON"}
    return role_before_name(text, _span(text, value), persons)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Tenant: Anna Nowak, of 4 Main Road\n", "Tenant", True),
        ("Opiekunka: Maria Nowak, tel. 600 100 200\n", "Opiekunka", True),
        ("Kowalczyk: Anna Nowak is here\nKowalczyk: ok\n", "Kowalczyk", False),  # a speaker
        ("Kowalczyk: dzień dobry\n", "Kowalczyk", False),  # no name after the colon
        ("Seen by Okafor: Anna Nowak\n", "Okafor", False),  # not at the line's start
    ],
    ids=["english-role", "polish-role", "speaker-twice", "no-name-after", "mid-line"],
)
def test_role_before_a_name(text: str, value: str, expected: bool) -> None:
    assert _role(text, value) is expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Hasta: Ayşe Kaya   Sicil Defteri No: 12345\n", "Sicil Defteri", True),
        ("Patient: Jan Nowak\tFall Nr.: 778\n", "Fall", True),
        ("Patient: Jan Nowak Okafor No: 778\n", "Okafor", False),  # no column gap
    ],
    ids=["column-gap", "tab", "no-gap"],
)
def test_label_in_a_column(text: str, value: str, expected: bool) -> None:
    assert label_head(text, _span(text, value)) is expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("SOLICITUD DE REEMBOLSO\nNombre: Ana Ruiz\n", "SOLICITUD DE REEMBOLSO", True),
        ("WNIOSEK URLOPOWY PRACOWNIKA\nImię: Jan\n", "WNIOSEK URLOPOWY", True),  # spaCy cut it
        ("DZIENNIK OBSERWACJI (oddział 4)\n", "DZIENNIK OBSERWACJI", False),  # two, no sign
        ("MARIA DE SOUSA\nRua Nova 5\n", "MARIA DE SOUSA", False),  # a given name
    ],
    ids=["connector-word", "line-goes-on-in-capitals", "two-words", "given-name"],
)
def test_title_line_in_capitals(text: str, value: str, expected: bool) -> None:
    assert title_line(text, _span(text, value)) is expected
