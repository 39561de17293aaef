"""Account user names in machine records, home directories, logins after a person and names
in file names (app/redaction/user_handles.py). Keys come from the schemas that define them
(LDAP/AD attributes, Windows Security log fields, OIDC claims, OOXML core properties, the
PDF information dictionary); negatives are the systems' own accounts, sentences after a
speaker label, bank accounts, and file names made of ordinary words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.spans import Span
from app.redaction.user_handles import (
    access_log_users,
    handles_beside_persons,
    home_directory_users,
    keyed_handles,
    login_forms,
    names_in_file_names,
)


def _unknown(word: str) -> bool:
    """A stand-in for the model's vocabulary: only these words are known."""
    return word in {"pending", "thank", "hello", "chart", "view"}


def _values(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('{"actor":"muxtarop","action":"chart.view"}', ["muxtarop"], id="json actor"),
        pytest.param('{"preferred_username": "jdoe42"}', ["jdoe42"], id="oidc claim"),
        pytest.param("TargetUserName=kowalskp SubjectUserName=SYSTEM", ["kowalskp"], id="4624"),
        pytest.param("sAMAccountName: okaforA\n", ["okaforA"], id="ldap"),
        pytest.param("<cp:lastModifiedBy>haddadr</cp:lastModifiedBy>", ["haddadr"], id="ooxml"),
        pytest.param("<dc:creator>b.larsen</dc:creator>", ["b.larsen"], id="dublin core"),
        pytest.param(
            "pam_unix(sshd:auth): ruser= rhost=10.0.0.2 user=vnguyen", ["vnguyen"], id="pam"
        ),
        pytest.param("Last user login: seoyeon.oh on 2023-10-01", ["seoyeon.oh"], id="on date"),
        pytest.param("Reporter: julie_frim (julie_frim@example.org)", ["julie_frim"], id="bracket"),
        pytest.param("/Author (mwanjiku)", ["mwanjiku"], id="pdf info"),
        pytest.param("Reporter: christopher-reed@corp   P3", ["christopher-reed"], id="realm"),
        pytest.param("user=CORP\\jdoe action=logon", ["jdoe"], id="down-level name"),
        pytest.param(
            '<Data Name="SubjectUserName">WS042$</Data><Data Name="TargetUserName">okeke.c</Data>',
            ["okeke.c"],
            id="windows event xml",
        ),
    ],
)
def test_keyed_user_names_are_found(text: str, expected: list[str]) -> None:
    assert _values(text, keyed_handles(text, _unknown)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"actor":"system","action":"backup.run"}', id="system actor"),
        pytest.param("user=root uid=0", id="root"),
        pytest.param('{"user": "svc-backup"}', id="service account"),
        pytest.param("TargetUserName=WS042$", id="machine account"),
        pytest.param("SubjectUserName: NT AUTHORITY", id="nt authority"),
        pytest.param("owner=www-data group=www-data", id="www-data"),
        pytest.param("USER: hi there, I lost my card\n", id="chat speaker"),
        pytest.param("USER: 7QT7-T12-QP06\n", id="policy number in chat"),
        pytest.param("Debit account: nr rachunku 66 4735\n", id="bank account"),
        pytest.param('{"actor":"pending"}', id="known word under a role"),
        pytest.param("Author: Christopher Glass\n", id="a capitalised name is another rule's"),
        pytest.param("login: failed\n", id="an event"),
        pytest.param("login=success user=timeout\n", id="outcomes"),
        pytest.param('{"user_agent": "Mozilla"}', id="not a user key"),
    ],
)
def test_no_person_in_system_accounts_or_sentences(text: str) -> None:
    assert keyed_handles(text, _unknown) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"File: C:\Users\glassc\Documents\a.docx", ["glassc"]),
        (r"C:\Documents and Settings\mhassan\Desktop", ["mhassan"]),
        ("/home/okoro/.bashrc", ["okoro"]),
        ("open /Users/anna.berg/Downloads/x.pdf", ["anna.berg"]),
        (r"C:\Users\Public\Documents and C:\Users\Default\NTUSER.DAT", []),
        ("/home/ubuntu/app and /home/root and /usr/home", []),
    ],
)
def test_home_directory_users(text: str, expected: list[str]) -> None:
    assert _values(text, home_directory_users(text)) == expected


def _person(text: str, name: str) -> list[Span]:
    at = text.index(name)
    return [Span(at, at + len(name), "PERSON", "test", 0.9)]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("AGENT: Martine (bouillom)", "Martine", ["bouillom"]),  # surname cut to 7 + initial
        ("AGENT: Randy (moralesr)", "Randy", ["moralesr"]),
        ("Seen by Ana Ruiz (aruiz2)", "Ana Ruiz", ["aruiz2"]),
        ("Seen by Ana Ruiz (nurse)", "Ana Ruiz", []),
        ("Called Tom Baker (son)", "Tom Baker", []),
        ("Met Ana Ruiz (bkowalski)", "Ana Ruiz", []),  # no part of her name
        ("Martine (admin)", "Martine", []),
        ("Пётр (перевод)", "Пётр", []),  # a word of another script, no login
    ],
)
def test_logins_in_brackets_after_a_person(text: str, name: str, expected: list[str]) -> None:
    assert _values(text, handles_beside_persons(text, _person(text, name))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"\Referrals\Miller_Jennifer_referral.docx", ["Miller", "Jennifer"]),
        ('"target":"hassan_tazi.pdf"', ["hassan", "tazi"]),
        ("attached otto_kjaer.pdf", ["otto", "kjaer"]),
        ("see max_dose.pdf", []),
        ("Discharge_Summary_Final.pdf and report_2021-03.xlsx", []),
        ("John_Report.docx", []),
        ("the module app.main_loop.py", []),
        ("scan_kowalczyk_19720314_consent.pdf uploaded", ["kowalczyk"]),
        ("Okonkwo_14031972_ECG.pdf", ["Okonkwo"]),
        ("report_march_20240105.pdf", []),
        ("backup_20240105_ecg.pdf", []),
        ("Discharge_20240105_final.pdf", []),
        ("insulin_20240105.csv", []),
        ("kowalczyk_123456789.pdf", []),
    ],
)
def test_names_in_file_names(text: str, expected: list[str]) -> None:
    assert _values(text, names_in_file_names(text)) == expected


_PIECES = st.sampled_from(
    [
        '"actor":"',
        '"user": "',
        "user=",
        "uid=",
        "/home/",
        "C:\\Users\\",
        "<dc:creator>",
        "(",
        ")",
        "_",
        ".pdf",
        ".docx",
        " ",
        "\n",
        "\\",
        "/",
        '"',
        "=",
        ":",
        "$",
        "10.0.0.7 - ",
        " [1",
        "Anna",
        "kjaer",
        "19720314",
        "é",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=24))
def test_finders_return_spans_inside_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    persons = [Span(0, min(len(text), 4), "PERSON", "test", 0.9)] if text else []
    found = (
        keyed_handles(text, _unknown)
        + home_directory_users(text)
        + names_in_file_names(text)
        + handles_beside_persons(text, persons)
        + access_log_users(text)
    )
    for span in found:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]


@pytest.mark.parametrize(
    ("words", "inside", "outside"),
    [
        (["christopher", "john", "glass"], {"glassc", "cglass"}, {"glass", "john"}),
        (["martine", "bouillon"], {"bouillom", "mbouillo", "bouillonm"}, {"bouillon"}),
        (["martin", "ward"], {"mward", "wardm"}, {"wards"}),  # not an English word
        (["ana"], set(), {"ana"}),
        (["samuel", "hall"], set(), {"shall", "halls"}),  # a modal verb, a plural
    ],
)
def test_login_forms_of_a_name(words: list[str], inside: set[str], outside: set[str]) -> None:
    forms = login_forms(words)
    assert inside <= forms
    assert not outside & forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('10.0.0.7 - m.rautio [10/Oct/2024:13:55:36 +0300] "GET / HTTP/1.1" 200', ["m.rautio"]),
        ("2001:db8::5 - okoye_c [2024-05-01T08:00:00Z] GET", ["okoye_c"]),
        ('127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0"', []),
        ("10.0.0.1 - root [10/Oct/2000:13:55:36 -0700]", []),
        ("3 - note [see below]", []),
    ],
)
def test_the_authuser_of_an_access_log_line(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in access_log_users(text)] == expected
