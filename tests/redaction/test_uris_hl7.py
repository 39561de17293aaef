"""URIs and HL7 v2 messages, by their standards (issue 15, session 21).

The URIs are the examples of the RFCs themselves (RFC 3966 section 6, RFC 3261 section
19.1.3, RFC 8089 appendix B) and a UNC path of MS-DTYP 2.2.57's shape; the HL7 message is
written from the v2.5 field tables (PID, NK1, PV1, ORC, OBR, OBX, GT1, IN1), with the
clinical fields beside them that must stay readable. No spaCy: the workstation's second
pass finds all of these too.
"""

from __future__ import annotations

import pytest

from app.redaction.hl7 import find_hl7
from app.redaction.structured import text_words
from app.redaction.uris import find_uris

from .conftest import second_pass_covers as _covered
from .conftest import second_pass_leaves as _untouched


def _uris(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_uris(text, text_words(text))]


RFC_URIS = [
    # RFC 3966 section 6
    ("tel:+1-201-555-0123", "PHONE_NUMBER"),
    ("tel:7042;phone-context=example.com", "PHONE_NUMBER"),
    ("tel:863-1234;phone-context=+1-914-555", "PHONE_NUMBER"),
    ("tel:+1-212-555-0101;ext=1234", "PHONE_NUMBER"),
    ("fax:+358.555.1234567", "PHONE_NUMBER"),  # RFC 2806's fax: scheme
    # RFC 3261 section 19.1.3
    ("sip:alice@atlanta.com", "URL"),
    ("sip:alice:secretword@atlanta.com;transport=tcp", "URL"),
    ("sips:alice@atlanta.com?subject=project%20x&priority=urgent", "URL"),
    ("sip:+1-212-555-1212:1234@gateway.com;user=phone", "PHONE_NUMBER"),
    ("sips:1212@gateway.com", "URL"),
    ("sip:alice@192.0.2.4", "URL"),
    ("sip:alice;day=tuesday@atlanta.com", "URL"),
    # RFC 8089 appendix B; a UNC path
    ("file:///path/to/file", "URL"),
    ("file://host.example.com/path/to/file", "URL"),
    ("file:///c:/path/to/file", "URL"),
    ("smb://fileserver/scans/0042_consent.pdf", "URL"),
    ("\\\\records-fs02\\photos\\46828_portrait.jpg", "URL"),
]


@pytest.mark.parametrize(("uri", "kind"), RFC_URIS)
def test_rfc_uris_are_masked_whole_with_their_scheme(uri: str, kind: str) -> None:
    text = f"Contact: {uri}. Seen today."
    assert (uri, kind) in _uris(text)
    assert _covered(text, uri)
    assert _untouched(text, "Seen today")


# Object-store URIs as each client's documentation writes them: the AWS CLI (s3),
# gsutil (gs), Hadoop's hadoop-azure and hadoop-aws modules (wasbs, abfss, adl, s3a),
# Hadoop HDFS and WebHDFS, fsspec / adlfs (az), Alibaba ossutil (oss).
STORAGE_URIS = [
    "s3://mybucket/myprefix/myobject",
    "s3a://bucket-name/path/to/data.parquet",
    "gs://my-bucket/images/0042_face.jpg",
    "wasbs://container@account.blob.core.windows.net/dir/file.txt",
    "abfss://filesystem@account.dfs.core.windows.net/path/to/file",
    "adl://account.azuredatalakestore.net/clusters/data.csv",
    "az://container/scans/consent.pdf",
    "hdfs://namenode:8020/user/hadoop/file.txt",
    "webhdfs://namenode:9870/user/alice/notes",
    "oss://examplebucket/exampledir/exampleobject.txt",
]


@pytest.mark.parametrize("uri", STORAGE_URIS)
def test_storage_uris_are_masked_whole(uri: str) -> None:
    text = f"Stored at {uri}, reviewed today."
    assert (uri, "URL") in _uris(text)
    assert _covered(text, uri)
    assert _untouched(text, "reviewed today")


def test_unc_paths_escaped_inside_json_are_masked() -> None:
    text = '{"photo": "\\\\\\\\records-fs02\\\\ids\\\\0042_portrait.jpg", "ok": true}'
    assert _covered(text, "records-fs02")
    assert _covered(text, "0042_portrait.jpg")


@pytest.mark.parametrize(
    "prose",
    [
        "Take small sips: every 10 minutes of water.",
        "File: discharge summary attached. Tel: see chart.",
        "Ratio 3:1, the file is in the ward office.",
        "Pathway\\guideline v2 (see intranet) and a single \\ backslash.",
        "The telemetry (tel) lead was moved; sip feeds held.",
        "S3 heard at the apex; GS 12 of 15; OSS and HDFS are not on this ward.",
        "See https://example.org/guide for the s3 protocol.",
    ],
)
def test_prose_with_scheme_words_is_no_uri(prose: str) -> None:
    assert _uris(prose) == []


MSG = "\n".join(
    [
        "MSH|^~\\&|LABSYS|NORTH HOSPITAL|EHR|NORTH HOSPITAL|20250301083000||ORU^R01|MSG00042|P|2.5",
        "PID|1||PAT004211^^^NORTH^MR~9434765919^^^NHS^NH||LINDQVIST^ASTRID^MARIA^^^^L|"
        "BERG^INGRID|19470211|F|||Storgatan 12^^Uppsala^^75320^SE^H||"
        "^PRN^PH^^46^18^4711234~^NET^Internet^astrid@example.org|^WPN^PH^^46^18^4719999|sv|W"
        "||ACC556677|||||Stockholm",
        "NK1|1|LINDQVIST^ERIK|SPO|Storgatan 12^^Uppsala^^75320^SE|+46-70-123-4567",
        "PV1|1|I|WARD3^301^2|||||4421^OKAFOR^CHIDI^^^DR|||MED||||||5511^NAKAMURA^YUKI",
        "ORC|RE|ORD1001|FIL2002||CM||||20250301|||7788^GARCIA^LUCIA^^^DR",
        "OBR|1|ORD1001|FIL2002|2345-7^Glucose^LN|||20250301080000|||||||||7788^GARCIA^LUCIA"
        "||||||||F||||||||3300&PETERSEN&ANNA",
        "OBX|1|NM|2345-7^Glucose^LN||6.1|mmol/L|3.9-5.5|H|||F",
        "OBX|2|ST|8867-4^Heart rate^LN||72|/min|60-100|N|||F",
        "GT1|1||LINDQVIST^ERIK||Storgatan 12^^Uppsala^^75320^SE|+46-18-555-0100",
        "IN1|1|PLAN01|INS77|Folksam|||||||||||LINDQVIST^ASTRID|SEL|19470211",
    ]
)


@pytest.mark.parametrize(
    "value",
    [
        "PAT004211",  # PID-3 CX id
        "9434765919",
        "LINDQVIST",  # PID-5 XPN
        "ASTRID",
        "MARIA",
        "BERG",  # PID-6 mother's maiden name
        "INGRID",
        "19470211",  # PID-7
        "Storgatan 12",  # PID-11 XAD street
        "Uppsala",  # city
        "75320",  # zip
        "4711234",  # PID-13 XTN local number
        "astrid@example.org",  # PID-13 e-mail
        "4719999",  # PID-14
        "ACC556677",  # PID-18 account
        "Stockholm",  # PID-23 birth place
        "ERIK",  # NK1-2
        "+46-70-123-4567",  # NK1-5
        "OKAFOR",  # PV1-7 XCN
        "CHIDI",
        "NAKAMURA",  # PV1-17
        "GARCIA",  # ORC-12 / OBR-16
        "LUCIA",
        "PETERSEN",  # OBR-32 NDL's CNN subcomponents
        "+46-18-555-0100",  # GT1-6
    ],
)
def test_hl7_identifying_components_are_masked(value: str) -> None:
    assert _covered(MSG, value)


@pytest.mark.parametrize(
    "kept",
    [
        "ORU^R01",
        "2345-7^Glucose^LN",
        "|6.1|mmol/L|",
        "8867-4^Heart rate^LN",
        "|72|/min|",
        "^^^NORTH^MR",  # assigning authority and id type code
        "^SE^H",  # country and address type
        "^PRN^PH^",  # XTN use and equipment codes
        "|SPO|",  # NK1-3 relationship
        "WARD3",  # PV1-3 location
        "Folksam",  # IN1-4 insurer
        "LABSYS|NORTH HOSPITAL",  # MSH-3/4 application and facility
        "|sv|W",
    ],
)
def test_hl7_clinical_and_coded_fields_stay(kept: str) -> None:
    spans = find_hl7(MSG)
    start = MSG.index(kept)
    end = start + len(kept)
    assert not any(s.start < end and start < s.end for s in spans)


def test_hl7_separators_come_from_msh2_and_segments_end_at_cr() -> None:
    # MSH-2 "*~\\&": "*" separates components; segments end with a carriage return.
    msg = "MSH|*~\\&|APP|FAC\rPID|1||77001***MR||ROSSI*MARIO**^||19600101|M"
    found = {msg[s.start : s.end]: s.kind for s in find_hl7(msg)}
    assert found == {
        "77001": "RECORD_NUMBER",
        "ROSSI": "PERSON",
        "MARIO": "PERSON",
        "19600101": "DATE_TIME",
    }


def test_hl7_pipe_table_of_lab_values_is_no_message() -> None:
    text = "Analyte|Value|Unit\nGlucose|6.1|mmol/L\nPID is a pelvic infection (PID), treated."
    assert find_hl7(text) == []
