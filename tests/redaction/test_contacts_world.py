"""Addresses, phones and dates of birth in the forms of more countries (issue 15), written
from each country's postal, numbering and date conventions, with the numbers beside them
that are none of these (doses, scores, versions, amounts) and must stay readable."""

from __future__ import annotations

import pytest

from app.redaction.addresses import find_addresses
from app.redaction.phones import find_phones
from app.redaction.structured import find_structured, pattern_spans


def _covered(text: str, value: str, spans: list) -> bool:  # type: ignore[type-arg]
    at = text.index(value)
    return any(s.start <= at and at + len(value) <= s.end for s in spans) or all(
        any(s.start <= i < s.end for s in spans)
        for i in range(at, at + len(value))
        if not text[i].isspace()
    )


ADDRESSES = [
    ("japan chome-banchi-go", "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002"),
    ("japan chome word", "Tenjin 3-chome 14-5, Chuo-ku, Fukuoka"),
    ("japan kanji", "〒150-0002 東京都渋谷区渋谷2丁目26番5号"),
    ("china hanzi", "北京市朝阳区建国路88号15栋972室"),
    ("korea hangul", "서울특별시 강남구 테헤란로 123, 16층"),
    ("korea road name latin", "204 Teheran-ro, Seocho-gu, Seoul 06234"),
    ("korea gil", "Apt 101-1203, 74 Banpo-daero 22-gil, Seocho-gu"),
    ("vietnam alley", "số 12 ngõ 34 phố Hàng Bạc, phường Hàng Đào, quận Hoàn Kiếm, Hà Nội"),
    ("vietnam ward abbreviations", "227/30 Láng Hạ, P. 6, Q. 1, TP.HCM"),
    ("turkey district city", "Atatürk Mah. Cumhuriyet Cad. No: 12 D: 5 Çankaya/Ankara"),
    ("kuwait block street building", "Building 12, Street 5, Block 3, Salmiya"),
    ("bahrain flat road block", "Flat 12, Building 345, Road 1234, Block 456, Manama"),
    ("uae villa", "Villa 23, Street 14, Al Barsha 2, Dubai"),
    ("bangladesh house road", "House 11, Road 3, Dhanmondi, Dhaka 1205"),
    ("russia cyrillic", "ул. Ленина, д. 5, кв. 12, г. Москва, 101000"),
    ("russia latin", "ul. Mira, d. 23, kv. 120, Moscow"),
    ("greece odos", "Οδός Ερμού 25, 105 63 Αθήνα"),
    ("greece latin", "Odos Ermou 108, Thessaloniki 445 36"),
    ("israel hebrew", "רחוב הרצל 12, תל אביב"),
    (
        "india landmarks",
        "H.No. 7-8-707, near SBI Bank, opp. Government School, Ameerpet, Pune 411038",
    ),
    (
        "mexico entre calles",
        "Calle Juárez 271, entre calles Segovia y Gallardo, Col. Centro, C.P. 06000",
    ),
    ("costa rica landmark", "Del Parque Central 200 m al norte y 50 m al este, San José"),
    ("peru jiron", "Jr. Junín 456, Dpto. 887, Cercado de Lima"),
    ("kenya po box", "P.O. Box 69075-00100, Nairobi"),
    ("canada rural route", "RR 4, Site 16, Comp 21, Murphy AB"),
]


@pytest.mark.parametrize(("name", "value"), ADDRESSES, ids=[a[0] for a in ADDRESSES])
def test_an_address_in_a_sentence_is_masked_whole(name: str, value: str) -> None:
    text = f"Home visit to {value} on Tuesday. Plan: metformin 500 mg twice daily."
    spans = find_addresses(text)
    assert _covered(text, value, spans), name
    found = " ".join(text[s.start : s.end] for s in spans)
    assert "metformin" not in found and "Tuesday" not in found and "Home" not in found  # noqa: PT018


def test_an_address_after_its_label_is_masked_to_the_end_of_its_line() -> None:
    text = "Address: Building 7, Jadda 4, Mishref\nPlan: review in 6 weeks."
    assert _covered(text, "Building 7, Jadda 4, Mishref", find_addresses(text))
    assert not any("Plan" in text[s.start : s.end] for s in find_addresses(text))


@pytest.mark.parametrize(
    "value",
    ["N40 9.758 E008 19.040", "N 35° 41.186′ W 42° 25.837′", "lat -44.40735, long 90.49331",
     "geo:37.701515,-47.576391"],
)  # fmt: skip
def test_coordinates_in_degree_minute_and_labelled_forms(value: str) -> None:
    text = f"Site (GPS): {value} |"
    assert _covered(text, value, find_addresses(text))


@pytest.mark.parametrize(
    "text",
    ["Room 4, Bed 12 at 10:30.", "Floor 2, Room 3 handles the referrals.",
     "Seen near the Level 2 trauma centre, ward 7.", "Pain score 3/10, BP 120/80."],
)  # fmt: skip
def test_hospital_places_and_measurements_are_not_addresses(text: str) -> None:
    assert find_addresses(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("or Tel. 52436. Noted", "52436"),
        ("bleep 0215 for the registrar", "0215"),
        ("Durchwahl 12171.", "12171"),
        ("Fax: 1-800-GO-FEDEX poste 157", "1-800-GO-FEDEX poste 157"),
        ("Tel.: 0 6 12 34 56 78", "0 6 12 34 56 78"),
        ("Tel +44 (0)20 7946 0958 ext. 214", "+44 (0)20 7946 0958 ext. 214"),
        ("Telefax +48 22 123 45 67 wew. 12", "+48 22 123 45 67 wew. 12"),
    ],
)
def test_phones_short_vanity_and_with_extensions(text: str, value: str) -> None:
    assert _covered(text, value, find_phones(text))


@pytest.mark.parametrize(
    "text",
    ["Results: 1 120 000 IU daily", "x 12 tablets", "phone 2 times a day", "int. 3 mg",
     "amount EUR 1 234 567 paid", "pain score 3/10", "version 2.9.44"],
)  # fmt: skip
def test_amounts_counts_and_doses_are_not_phones(text: str) -> None:
    assert find_phones(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DOB: the 26th of May 1982.", "the 26th of May 1982"),
        ("born February the 8th, 2009", "February the 8th, 2009"),
        ("生年月日: 1957年8月26日", "1957年8月26日"),
        ("생년월일: 1946년 4월 20일", "1946년 4월 20일"),
        ("born 18 Dhu al-Hijjah 1420 AH.", "18 Dhu al-Hijjah 1420 AH"),
        ("DOB 28 January B.E. 2548", "28 January B.E. 2548"),
    ],
)
def test_dates_of_birth_in_more_forms(text: str, value: str) -> None:
    assert _covered(text, value, pattern_spans(text))


@pytest.mark.parametrize(
    "text",
    ["version 2.9.44 installed", "build 10.0.19045", "in Ramadan 2020 the clinic closed",
     "for 3 days", "every 8 hours"],
)  # fmt: skip
def test_versions_seasons_and_durations_are_not_dates(text: str) -> None:
    assert [s for s in find_structured(text) if s.kind == "DATE_TIME"] == []


# CJK forms put one field per line behind a full-width colon ("住所："): the address is the
# value after its label, never the lines around it (names, numbers and phrases of the form).
CJK_FORMS = [
    ("住所：", "大阪府大阪市北区梅田3丁目1番1号", "確認書類：運転免許証の原本を照合済み"),
    ("联系地址：", "430 台北市中正區重慶南路一段122號之3", "风险等级：低风险，资金来源：工资收入"),
    ("地址：", "上海市徐汇区漕溪北路458号", "主诉：反复咳嗽两周"),
]


@pytest.mark.parametrize(("label", "address", "after"), CJK_FORMS)
def test_a_cjk_address_stays_inside_its_labelled_line(label: str, address: str, after: str) -> None:
    text = f"客户身份识别表\n姓名：某某\n{label}{address}\n{after}"
    spans = find_addresses(text)
    assert _covered(text, address, spans)
    start, end = text.index(address), text.index(address) + len(address)
    assert all(start <= s.start and s.end <= end for s in spans), [
        text[s.start : s.end] for s in spans
    ]
