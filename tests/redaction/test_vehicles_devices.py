"""Safe Harbor (L) vehicle identifiers and plates, (M) device identifiers and serial
numbers, and (H)/(I)/(R) record, health-plan and other unique numbers, in the forms
people write them (issue 15). Every case is written from its class (a country's plate
format, ISO 3779, GS1/HIBCC, the IMEI's groups, a record word of a health system), not
copied from any generated document, and the codes that must stay readable stand beside
them: model numbers, product names, ICD-10/LOINC/CPT codes, lab values, TNM stages,
times, versions, rooms, wards, beds, years. These run without spaCy: the workstation's
second pass finds them too."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.devices import find_devices
from app.redaction.structured import find_structured
from app.redaction.text import merge_spans
from app.redaction.vehicles import find_vehicles


def _masked(text: str, value: str) -> bool:
    """True when every character of `value` (its first occurrence) lies in a finding."""
    start = text.index(value)
    spans = merge_spans(find_structured(text))
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)))


def _touched(text: str, value: str) -> bool:
    """True when any character of `value` lies in a finding."""
    start = text.index(value)
    spans = merge_spans(find_structured(text))
    return any(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)))


# (country, text, plate): the country's own format after a plate word of its language.
PLATES = [
    ("us-ny", "Vehicle tag ABC-1234 (NY) was run.", "ABC-1234"),
    ("us-ca", "CA license plate 7ABC123, white sedan.", "7ABC123"),
    ("gb", "Reg: AB12 CDE, silver hatchback.", "AB12 CDE"),
    ("de", "Kennzeichen: B-AB 1234 (Berlin).", "B-AB 1234"),
    ("de-short", "amtl. Kennzeichen M AB 123; Halter unbekannt.", "M AB 123"),
    ("fr", "Véhicule immatriculation AB-123-CD stationné.", "AB-123-CD"),
    ("it", "targa AB 123 CD, colore grigio.", "AB 123 CD"),
    ("es", "matrícula 1234 BCD del turismo.", "1234 BCD"),
    ("nl", "kenteken 12-ABC-3 op naam van de patiënt.", "12-ABC-3"),
    ("pl", "nr rej. WA 12345, samochód osobowy.", "WA 12345"),
    ("pl-long", "tablica rejestracyjna: KR 4567C", "KR 4567C"),
    ("br", "placa ABC1D23 (Mercosul).", "ABC1D23"),
    ("tr", "plaka no: 34 ABC 123 olan araç.", "34 ABC 123"),
    ("in", "Vehicle no. MH 12 AB 1234 was involved.", "MH 12 AB 1234"),
    ("vn", "biển số 51F-123.45 của xe máy.", "51F-123.45"),
    ("jp", "ナンバー 品川 300 あ 12-34 の車両", "品川 300 あ 12-34"),
    ("cn", "车牌号：京A·12345", "京A·12345"),
    ("ru", "госномер А123ВС 77 принадлежит", "А123ВС 77"),
    ("se", "registreringsnummer ABC 123, personbil.", "ABC 123"),
    ("no", "kjennemerke AB 12345 (personbil).", "AB 12345"),
    ("dk", "nummerplade AB 12 345 på bilen.", "AB 12 345"),
    ("fi", "rekisterinumero ABC-123 ajoneuvolle.", "ABC-123"),
    ("cz", "SPZ 1A2 3456, osobní automobil.", "1A2 3456"),
    ("hu", "rendszám: ABC-123 személygépkocsi.", "ABC-123"),
    ("ro", "număr de înmatriculare B 123 ABC", "B 123 ABC"),
    ("pt", "matrícula 12-AB-34 do veículo.", "12-AB-34"),
    ("be", "plaque 1-ABC-234 de la voiture.", "1-ABC-234"),
    ("ch", "Kennzeichen ZH 123456 (Zürich).", "ZH 123456"),
    ("at", "Kennzeichen W-12345A des PKW.", "W-12345A"),
    ("au", "rego ABC-123 on the ute.", "ABC-123"),
    ("ca", "licence plate ABCD 123 (Ontario).", "ABCD 123"),
    ("mx", "placas ABC-123-D del vehículo.", "ABC-123-D"),
    ("za", "registration CA 123-456 (Cape Town).", "CA 123-456"),
    ("ie", "car reg. 12-D-12345, blue.", "12-D-12345"),
    ("kr", "번호판 12가 3456 차량", "12가 3456"),
    ("bd", "Vehicle reg. নরসিংদী-ছ ৮৯-৫৭০৩ seen.", "নরসিংদী-ছ ৮৯-৫৭০৩"),
    ("bullet", "licence plate 43L•231, parked", "43L•231"),
    ("gr", "πινακίδα ΙΚΒ-1234 του οχήματος", "ΙΚΒ-1234"),
    ("id", "nomor polisi B 1234 ABC milik pasien", "B 1234 ABC"),
    ("th", "ทะเบียน กข 1234 กรุงเทพ", "กข 1234"),
    ("us-lp", "LP# 7ABC123 (CA)", "7ABC123"),
    ("chat-lower", "customer: my reg is ab12 cde thanks", "ab12 cde"),
    ("next-line", "agent: and the car's plate?\ncustomer: 42-FC-51", "42-FC-51"),
    ("table", "| Plate | 8QZ 0042 |\n| Colour | red |", "8QZ 0042"),
    ("chat-digits-first", "pls send ur targa n. for the pass\nvisitor: 808 vaz thx", "808 vaz"),
    ("chat-letters-first", "your plate?\nvisitor: lm 025 ga", "lm 025 ga"),
    ("time-stamped", "[10:01] agent: and your plate?\n[10:02] caller: TR7-WQ, thanks", "TR7-WQ"),
]


@pytest.mark.parametrize(("text", "plate"), [p[1:] for p in PLATES], ids=[p[0] for p in PLATES])
def test_plates_of_many_countries_after_their_word_are_masked_whole(text: str, plate: str) -> None:
    assert _masked(text, plate)


# Plates in prose with no plate word: after a vehicle word or a make, or in a format that
# can hardly be anything else.
PROSE_PLATES = [
    ("make-brackets", "Claimant's Maruti Swift (CI-854-LM) was stolen.", "CI-854-LM"),
    ("make-model-brackets", "He drove a Ford F-150 (ABC-1234) to work.", "ABC-1234"),
    ("make-comma", "His Toyota Corolla, 8QZ 0042, was parked outside.", "8QZ 0042"),
    ("noun", "Parking permit issued for car 8-DLS-083 today.", "8-DLS-083"),
    ("noun-brackets", "The car (RO-J-1) was towed.", "RO-J-1"),
    ("digits-brackets", "The car (58-1390) was towed.", "58-1390"),
    ("after-vin", "VIN 1HGCM82633A004352 / 9122 GPH recorded.", "9122 GPH"),
    ("gb-bare", "Seen getting into AB12 CDE outside the ward.", "AB12 CDE"),
    ("fr-bare", "Stationnée devant l'entrée: AB-123-CD.", "AB-123-CD"),
    ("in-bare", "Dropped off by KA-01-MJ-2345 at 10 pm.", "KA-01-MJ-2345"),
    ("vn-bare", "Người nhà đi xe 30A-123.45 đến viện.", "30A-123.45"),
    ("cn-bare", "家属驾驶粤B 12345到医院", "粤B 12345"),
    ("ru-bare", "Родственник на машине Е777КХ 99 приехал.", "Е777КХ 99"),
]


@pytest.mark.parametrize(
    ("text", "plate"), [p[1:] for p in PROSE_PLATES], ids=[p[0] for p in PROSE_PLATES]
)
def test_plates_in_prose_after_a_vehicle_or_in_a_distinctive_format_are_masked(
    text: str, plate: str
) -> None:
    assert _masked(text, plate)


def test_a_list_of_plates_after_one_word_is_masked_whole() -> None:
    text = "Witness: the plates were QA 610 OI and HI 05928. Nothing else."
    assert _masked(text, "QA 610 OI")
    assert _masked(text, "HI 05928")
    assert not _touched(text, "Nothing else")


VINS = [
    ("label", "VIN: 1HGCM82633A004352", "1HGCM82633A004352"),
    ("lower", "vin 1hgcm82633a004352 (from the photo)", "1hgcm82633a004352"),
    ("groups", "VIN 1HG CM826 33A004352", "1HG CM826 33A004352"),
    ("dashes", "chassis no. WVW-ZZZ1K-Z6W123456", "WVW-ZZZ1K-Z6W123456"),
    ("fours", "VIN # 5YJ3 E1EA 7JF1 2345 6", "5YJ3 E1EA 7JF1 2345 6"),
    ("de", "Fahrgestellnummer WVWZZZ1KZ6W123456", "WVWZZZ1KZ6W123456"),
    ("de-fin", "FIN: WDD2050421F123456", "WDD2050421F123456"),
    ("fr", "numéro de série/VIN VF1RFB00X12345678", "VF1RFB00X12345678"),
    ("es", "número de bastidor/chasis VSSZZZ6JZ9R123456", "VSSZZZ6JZ9R123456"),
    ("it", "numero di telaio ZFA31200000123456", "ZFA31200000123456"),
    ("pl", "numer VIN/nadwozia: TMBJJ7NE5K0123456", "TMBJJ7NE5K0123456"),
    ("tr", "şasi no NMTBB0JE00R123456", "NMTBB0JE00R123456"),
    ("vn", "số khung RLHJC4510LY123456", "RLHJC4510LY123456"),
    ("old-short", "Chassis number 3F05H123456 (1979).", "3F05H123456"),
    ("bare", "The car 5YJ3E1EA7JF123456 was towed.", "5YJ3E1EA7JF123456"),
    ("bare-wmi-vds-vis", "stamped 1HG VUDXWX BG318778 on the frame", "1HG VUDXWX BG318778"),
    ("bare-fours", "stamped TRU3 HZBT 46G9 9403 1 on the frame", "TRU3 HZBT 46G9 9403 1"),
    ("bare-lower", "photo of the dash: 5yj3e1ea7jf123456", "5yj3e1ea7jf123456"),
]


@pytest.mark.parametrize(("text", "vin"), [v[1:] for v in VINS], ids=[v[0] for v in VINS])
def test_vins_with_or_without_their_word_in_any_writing_are_masked(text: str, vin: str) -> None:
    assert _masked(text, vin)


DEVICES = [
    ("sn", "Pacemaker S/N: RNB123456S", "RNB123456S"),
    ("serial-no", "Serial No. 12-3456-789 on the pump.", "12-3456-789"),
    ("de", "Seriennummer 4711-0815-42", "4711-0815-42"),
    ("fr", "n° de série: 12AB34567", "12AB34567"),
    ("es", "número de serie ABC12345", "ABC12345"),
    ("it", "numero di serie 2024X00123", "2024X00123"),
    ("pl", "numer seryjny SN20231234", "SN20231234"),
    ("hearing-aid", "hearing aid serial 2145XK9 (left)", "2145XK9"),
    ("asset", "Asset tag AT-004512 on the monitor.", "AT-004512"),
    ("lot", "Lot No. 2304A17, expiry 2026-01.", "2304A17"),
    ("lot-de", "| Ch.-B. AY-6382 |", "AY-6382"),
    ("lower-serial", "Device: s/n vg69802y; checked.", "vg69802y"),
    ("imei-label", "IMEI: 352099001761481", "352099001761481"),
    ("imei-groups", "Lost phone, 35-209900-176148-1, reported.", "35-209900-176148-1"),
    ("imei-spaces", "handset 35 209900 176148 1 blocked", "35 209900 176148 1"),
    ("iccid", "SIM 8944 5000 1234 5678 909 swapped.", "8944 5000 1234 5678 909"),
    ("meid", "MEID A0000012345678", "A0000012345678"),
    (
        "udi-gs1",
        "UDI (01)00844588003288(17)141120(10)7654321D(21)10987654d321",
        "(01)00844588003288(17)141120(10)7654321D(21)10987654d321",
    ),
    (
        "udi-gs1-plain",
        "Implant 0100844588003288172411201012345 logged",
        "0100844588003288172411201012345",
    ),
    (
        "udi-gs1-spaced",
        "UDI 01 00844588003288 17 261120 21 A1B2C3 logged",
        "01 00844588003288 17 261120 21 A1B2C3",
    ),
    ("udi-hibcc", "Label +H123PROD1231/$$3123456LOT1X scanned", "+H123PROD1231/$$3123456LOT1X"),
]


@pytest.mark.parametrize(("text", "value"), [d[1:] for d in DEVICES], ids=[d[0] for d in DEVICES])
def test_device_identifiers_and_serials_are_masked(text: str, value: str) -> None:
    assert _masked(text, value)


RECORDS = [
    ("mrn-dashes", "MRN 123-456-78", "123-456-78"),
    ("patient-id", "patient ID PX-12345", "PX-12345"),
    ("ur", "UR 1234567, admitted via ED", "1234567"),
    ("urn", "URN: 00123456", "00123456"),
    ("nhi", "NHI ZAB1234", "ZAB1234"),
    ("hospital-no", "Hospital no. K123456", "K123456"),
    ("de", "Fallnummer 2024/004711", "2024/004711"),
    ("fr", "numéro de dossier 24-00123", "24-00123"),
    ("es", "número de historia clínica 12.345.678", "12.345.678"),
    ("it", "cartella clinica n. 2024/1234", "2024/1234"),
    ("pl", "numer historii choroby 1234/2024", "1234/2024"),
    ("tr", "dosya no 2024-123456", "2024-123456"),
    ("claim", "Claim # CLM-2024-000123", "CLM-2024-000123"),
    ("policy", "Policy No. ABC/2024/0099", "ABC/2024/0099"),
    ("member", "Member ID XYZ 123 456 789", "XYZ 123 456 789"),
    ("group", "Group # 0012345", "0012345"),
    ("beneficiary", "Beneficiary ID 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("mbi", "MBI 1EG4TE5MK73", "1EG4TE5MK73"),
    ("encounter", "Encounter # ENC-2024-00123", "ENC-2024-00123"),
    ("accession", "Accession No. ACC-2024-00123", "ACC-2024-00123"),
    ("specimen", "Specimen ID S24-012345", "S24-012345"),
    ("cell", "| MRN | 123 456 789 |\n| Ward | 7 |", "123 456 789"),
    ("line-break", "MRN:\n12345678", "12345678"),
    ("word-after", "Seen under AB-1234 (MRN) today.", "AB-1234"),
    ("word-after-serial", "replaced unit 4411-X7 (S/N) on site", "4411-X7"),
]


@pytest.mark.parametrize(("text", "value"), [r[1:] for r in RECORDS], ids=[r[0] for r in RECORDS])
def test_record_numbers_written_other_ways_are_masked(text: str, value: str) -> None:
    assert _masked(text, value)


# (text, phrase that must stay readable)
NEGATIVES = [
    ("Pacemaker model W1DR01, serial RNB123456S.", "model W1DR01"),
    ("Tesla Model 3, plate AB12 CDE.", "Tesla Model 3"),
    ("Patient uses an iPhone 15 Pro and a Galaxy S23.", "iPhone 15 Pro"),
    ("Dexcom G7 sensor; Omnipod 5 pump.", "Dexcom G7"),
    ("Diagnoses: I21.4 and E11.9; history of I10.", "I21.4 and E11.9"),
    ("LOINC 2345-7 glucose; CPT 99213.", "LOINC 2345-7"),
    ("HbA1c 48 mmol/mol, eGFR 67, K+ 4.1.", "HbA1c 48 mmol/mol"),
    ("Staging pT2 N0 M0, T3 N1 M0 on CT.", "pT2 N0 M0"),
    ("Seen at 14:30 in Room 204, Ward 4B, bed 12.", "Room 204, Ward 4B, bed 12"),
    ("Firmware 4.2.1 installed in 2019.", "Firmware 4.2.1"),
    ("metformin 500 mg, ramipril 5 mg.", "metformin 500 mg"),
    ("The car was doing 120 km/h on the A1.", "120 km/h"),
    ("A Euro 6 diesel, 1.6 TDI.", "1.6 TDI"),
    ("Bone plate 3.5 mm fixed with six screws.", "3.5 mm"),
    ("Registration pending since 2019.", "since 2019"),
    ("He drove a BMW 320d and a Mazda CX-5 before.", "BMW 320d"),
    ("He drove a Ford F-150 to the clinic.", "Ford F-150"),
    ("Coded in ICD-10-CM as E11.9.", "ICD-10-CM"),
    ("Hit by a car at 14:30 near the school.", "at 14:30"),
    ("Her car was in the car park, level 2.", "level 2"),
    ("Implanted 2019 (model), revised in 2021.", "2019"),
    ("Seen 3 times (ID clinic) this year.", "3 times"),
    ("LP opening pressure 22 cmH2O, clear fluid.", "22 cmH2O"),
    ("Skin tag 3 mm removed; reg insulin 10 units.", "10 units"),
]


@pytest.mark.parametrize(("text", "phrase"), NEGATIVES, ids=[n[1] for n in NEGATIVES])
def test_codes_and_measurements_beside_them_stay_readable(text: str, phrase: str) -> None:
    assert not _touched(text, phrase)


@pytest.mark.parametrize(
    "text",
    ["Device: model W1DR01, serial RNB123456S.", "Model No. W1DR01; S/N RNB123456S"],
)
def test_a_model_number_stays_and_the_serial_beside_it_goes(text: str) -> None:
    assert _masked(text, "RNB123456S")
    assert not _touched(text, "W1DR01")


def test_a_vehicle_finding_is_named_as_one_and_a_device_finding_as_one() -> None:
    plate = find_vehicles("Kennzeichen: B-AB 1234")
    assert {s.kind for s in plate} == {"VEHICLE_ID"}
    device = find_devices("IMEI 35-209900-176148-1")
    assert {s.kind for s in device} == {"DEVICE_ID"}


def test_imei_and_iccid_groups_need_their_check_digit() -> None:
    assert find_devices("35-209900-176148-2") == []  # Luhn fails: a number, not an IMEI
    assert find_devices("8944 5000 1234 5678 901") == []


_PIECES = st.sampled_from(
    [
        "plate", "Kennzeichen", "VIN", "car", "Toyota", "(", ")", " ", "\n", "-", ".", "·",
        ":", "?", "AB12", "CDE", "12", "345", "ab", "京A", "あ", "А123ВС", "(01)", "+H12",
        "1HGCM82633A004352", "35-209900-176148-1", "10:02", "/",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30))
def test_the_vehicle_and_device_rules_take_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for span in find_vehicles(text) + find_devices(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
