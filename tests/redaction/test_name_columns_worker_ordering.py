"""Person columns of CSV exports: an HR export's "worker" column, whose quoted cell holds
"Last, First" (RFC 4180), and a lab export's "ordering" column (the ordering clinician's
login, in lower case). Invented values; a "worker" or "ordering" column of numbers or
sort words in a file with no person field stays readable."""

from __future__ import annotations

from app.redaction.text import redact_text


def test_worker_column_quoted_last_first() -> None:
    text = (
        "staff_no,worker,leave_type,start,status\n"
        'EMP-11223,"Okonjo, Ifeoma",Annual,2025-01-02,Approved\n'
    )
    out = redact_text(text).text
    assert "Okonjo" not in out
    assert "Ifeoma" not in out
    assert "Annual" in out
    assert "Approved" in out


def test_ordering_login_column() -> None:
    text = (
        "sample_id,patient_name,dob,test,result,ordering\n"
        "ACC2024000111,Brandt, K.,1990-02-03,Ferritin,40,tkowalczyk\n"
    )
    out = redact_text(text).text
    assert "tkowalczyk" not in out
    assert "Ferritin" in out


def test_columns_of_no_person() -> None:
    text = "pool,worker,state\nmain,3,idle\nmain,4,busy\n\nid,ordering,total\n1,asc,3\n"
    assert redact_text(text).text == text
