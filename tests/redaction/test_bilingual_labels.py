"""The other-language half of a bilingual field label on identity papers and front-desk
forms ("Voornamen / Given names", "여권번호/Passport No.", "Nationality/国籍") stays
readable, and so does the English half beside it (issue 15, session 43, split Y). The
names and numbers after the labels stay masked; a name written over its caption, a
contact list and a form of one pair only keep every finding. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.bilingual_labels import _bilingual_form
from app.redaction.text import redact_text

_DUTCH = (
    "PASPOORT / PASSPORT\n"
    "Naam / Surname: VERHOEVEN\n"
    "Voornamen / Given names: Daan Pieter\n"
    "Geboortedatum / Date of birth: 14 MAR 1979\n"
    "Houder / Holder: zie handtekening\n"
)
_RUSSIAN = (
    "Фамилия / Surname  Лебедев / LEBEDEV\n"
    "Имя / Given names  Тимофей / TIMOFEY\n"
    "Дата рождения / Date of birth  03.04.1988\n"
    "Дата окончания срока / Date of expiry  11.09.2031\n"
)
_JAPANESE = (
    "Type/型 P   Issuing country/発行国 JPN   Passport No./旅券番号 TZ4471902\n"
    "Surname/姓 MORITA\n"
    "Given name/名 KENJI\n"
    "Nationality/国籍 JAPAN   Date of birth/生年月日 02 FEB 1990   Sex/性別 M\n"
    "Date of expiry/有効期間満了日 17 JUN 2034\n"
)
_TURKISH = (
    "T.C. Kimlik No / TR Identity No: 38412290716\n"
    "Soyadı / Surname: KARAKAYA\n"
    "Doğum Tarihi / Date of Birth: 08.08.1984\n"
    "Geçerlilik Tarihi / Valid Until: 21.01.2033\n"
    "Uyruğu / Nationality: T.C./TUR\n"
)
_KOREAN = (
    "종류/Type PM   발행국/Issuing country KOR   여권번호/Passport No. M40718833\n"
    "성/Surname HWANG\n"
    "명/Given names MIN-SEO\n"
    "생년월일/Date of birth 12 DEC 1992   성별/Sex F\n"
)


@pytest.mark.parametrize(
    ("text", "labels", "values"),
    [
        (_DUTCH, ["Voornamen / Given names", "Houder / Holder"], ["VERHOEVEN", "Daan Pieter"]),
        (_RUSSIAN, ["Дата рождения / Date of birth", "Дата окончания срока / Date of expiry"],
         ["Лебедев", "Тимофей", "03.04.1988"]),
        (_JAPANESE, ["Type/型", "Issuing country/発行国", "Passport No./旅券番号",
                     "Nationality/国籍", "Sex/性別", "Date of expiry/有効期間満了日"],
         ["TZ4471902", "17 JUN 2034"]),
        (_TURKISH, ["T.C. Kimlik No / TR Identity No", "Doğum Tarihi / Date of Birth",
                    "Geçerlilik Tarihi / Valid Until", "Uyruğu / Nationality"],
         ["38412290716", "KARAKAYA", "08.08.1984"]),
        (_KOREAN, ["종류/Type", "발행국/Issuing country", "여권번호/Passport No.", "성별/Sex"],
         ["M40718833", "HWANG", "MIN-SEO"]),
    ],
)  # fmt: skip
def test_both_halves_of_a_bilingual_label_stay(
    text: str, labels: list[str], values: list[str]
) -> None:
    out = redact_text(text).text
    for label in labels:
        assert label in out
    for value in values:
        assert value not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name over its caption, nothing after: no form's label
        (_DUTCH + "Kowalczyk / Surname\n", "Kowalczyk"),
        # a name and its English caption then a value, in a form of no other-language labels
        ("Surname / Given names\nBrzęczek / Surname: Zawadzka\n", "Brzęczek"),
        # a contact list: a name, a slash and a phone's label
        ("Grabowski / Tel. 030 5550 1234\nWiśniewska / Tel. 030 5550 9876\n", "Grabowski"),
        # a name in capitals before the slash, even in a bilingual form
        (_DUTCH + "OSTROWSKI / Surname: OSTROWSKI\n", "OSTROWSKI"),
        # a value after a colon, then a slash and a caption, in a bilingual form
        (_DUTCH + "Contactpersoon: Zawadzki / Surname: ZAWADZKI\n", "Zawadzki"),
        # a given name before the slash, even where the form is bilingual
        (_RUSSIAN + "Алина / Given names  КРАСНОВА\n", "Алина"),
        # a run that goes on past a space after "Surname/" holds the value
        (_JAPANESE.replace("Surname/姓 MORITA", "Surname/森田 健二"), "森田"),
    ],
)
def test_names_beside_a_slash_stay_masked(text: str, name: str) -> None:
    assert name not in redact_text(text).text


def test_a_bilingual_form_needs_two_known_pairs() -> None:
    assert not _bilingual_form("Zgłaszający / Reporter: see below\nStan: stabilny\n")
    assert not _bilingual_form("Grabowski / Tel. 030 5550 1234\nNowak / Tel. 030 5550 9876\n")
    assert _bilingual_form(_DUTCH)
    assert _bilingual_form(_TURKISH)
    assert _bilingual_form(_KOREAN)


def test_tab_separated_pairs_on_one_line() -> None:
    text = (
        "Geburtsdatum / Date of birth\t21.06.1977\tVornamen / Given names\tEmil\n"
        "Nachname / Surname\tBRANDSTÄTTER\tAusstellungsbehörde / Authority\tStadt Kiel\n"
    )
    out = redact_text(text).text
    assert "Vornamen / Given names" in out
    assert "BRANDSTÄTTER" not in out
    assert "21.06.1977" not in out
