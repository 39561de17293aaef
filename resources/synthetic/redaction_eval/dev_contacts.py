"""DEV-side contact stress documents: street addresses, places, phones and dates of birth in
the forms of many more countries than dev_addresses.py, with the numbers that look like
them but are not (doses, blood pressures, scores, versions, ranges, lab values, times).

The shapes come from national conventions (Universal Postal Union address formats, Japan
Post's chōme-banchi-gō, Korea's road-name addresses, China Post, VNPost, PTT, Kuwait and
Bahrain block-street-building addresses, Saudi Post's national address, Russian Post,
ELTA, Israel Post, India Post's landmark lines, Latin American "entre calles", ITU-T
E.123/E.164 phone writing, ISO 8601 and national date writing); names, towns and streets
come from Faker's locales and from short lists of common street and district names. It is
tuned on like the DEV split; it is not a held-out set.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from faker import Faker

from resources.synthetic.redaction_eval.kinds import DocBuilder, LabelledDoc
from resources.synthetic.text_corpus import MONTHS

_Rng = random.Random


def _n(rng: _Rng, hi: int = 250, lo: int = 1) -> int:
    return rng.randint(lo, hi)


def _digits(rng: _Rng, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def _join(rng: _Rng, lines: list[str]) -> str:
    lines = [x for x in lines if x]
    return "\n".join(lines) if rng.random() < 0.4 else ", ".join(lines)


# --- addresses -----------------------------------------------------------------------

_JP_WARDS = ("Shibuya", "Minato", "Shinjuku", "Chuo", "Setagaya", "Naka", "Kita", "Nishi")
_JP_TOWNS = ("Tokyo", "Osaka", "Yokohama", "Nagoya", "Sapporo", "Fukuoka", "Kobe", "Sendai")
_JP_AREAS = ("Shibuya", "Ebisu", "Minami-Aoyama", "Jingumae", "Sakae", "Tenjin", "Umeda")


def _jp(rng: _Rng, f: Faker) -> str:
    pc = f"{_n(rng, 999, 100)}-{_n(rng, 9999, 1000)}"
    cbg = f"{_n(rng, 9)}-{_n(rng, 30)}-{_n(rng, 20)}"
    area, ward, town = rng.choice(_JP_AREAS), rng.choice(_JP_WARDS), rng.choice(_JP_TOWNS)
    return rng.choice(
        [
            lambda: f"{cbg} {area}, {ward}-ku, {town} {pc}",
            lambda: _join(rng, [f"Room {_n(rng, 900, 101)}, {cbg} {area}", f"{ward}-ku, {town}"]),
            lambda: f"〒{pc} 東京都渋谷区渋谷{cbg.replace('-', '丁目', 1).replace('-', '番', 1)}号",
            lambda: f"{area} {_n(rng, 9)}-chome {_n(rng, 30)}-{_n(rng, 20)}, {ward}-ku, {town}",
            lambda: str(f.address()).replace("\n", " "),
        ]
    )()


_KR_ROADS = ("Teheran-ro", "Sejong-daero", "Gangnam-daero", "Banpo-daero 22-gil", "Olympic-ro")
_KR_GU = ("Gangnam-gu", "Seocho-gu", "Jongno-gu", "Mapo-gu", "Haeundae-gu", "Suseong-gu")


def _kr(rng: _Rng, f: Faker) -> str:
    road, gu = rng.choice(_KR_ROADS), rng.choice(_KR_GU)
    pc = f"{_n(rng, 63999, 1000):05d}"
    return rng.choice(
        [
            lambda: f"{_n(rng, 500)} {road}, {gu}, Seoul {pc}",
            lambda: f"Apt {_n(rng, 120, 101)}-{_n(rng, 2000, 101)}, {_n(rng, 99)} {road}, {gu}",
            lambda: f"서울특별시 강남구 테헤란로 {_n(rng, 500)}, {_n(rng, 20)}층",
            lambda: str(f.address()),
        ]
    )()


_CN_ROADS = ("Jianguo", "Nanjing", "Huaihai", "Zhongshan", "Renmin", "Jiefang", "Xinhua")
_CN_DISTRICTS = ("Chaoyang", "Haidian", "Xuhui", "Pudong New Area", "Tianhe", "Wuhou")


def _cn(rng: _Rng, f: Faker) -> str:
    road, dist = rng.choice(_CN_ROADS), rng.choice(_CN_DISTRICTS)
    return rng.choice(
        [
            lambda: f"No. {_n(rng, 300)} {road} Road, {dist} District, Beijing {_digits(rng, 6)}",
            lambda: f"Room {_n(rng, 2500, 101)}, Building {_n(rng, 12)}, {_n(rng)} {road} Rd",
            lambda: f"北京市朝阳区建国路{_n(rng, 300)}号{_n(rng, 20)}栋{_n(rng, 2000, 101)}室",
            lambda: (
                f"上海市徐汇区{rng.choice(['淮海中路', '漕溪北路', '天钥桥路'])}{_n(rng, 900)}号"
            ),
            lambda: str(f.address()),
        ]
    )()


_VN_STREETS = ("Hàng Bạc", "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Kim Mã", "Láng Hạ")


def _vn(rng: _Rng, f: Faker) -> str:
    st = rng.choice(_VN_STREETS)
    return rng.choice(
        [
            lambda: (
                f"số {_n(rng, 99)} ngõ {_n(rng, 200)} phố {st}, phường Hàng Đào, "
                f"quận Hoàn Kiếm, Hà Nội"
            ),
            lambda: (
                f"{_n(rng, 300)}/{_n(rng, 40)} {st}, P. {_n(rng, 15)}, Q. {_n(rng, 12)}, TP.HCM"
            ),
            lambda: f"Số {_n(rng, 99)}, ngách {_n(rng, 40)}/{_n(rng, 20)}, đường {st}, Hà Nội",
        ]
    )()


_TR_MAH = ("Atatürk", "Cumhuriyet", "Yenimahalle", "Bahçelievler", "Fatih", "Kocatepe")


def _tr(rng: _Rng, f: Faker) -> str:
    return rng.choice(
        [
            lambda: (
                f"{rng.choice(_TR_MAH)} Mah. {f.last_name()} Cad. No: {_n(rng)} D: {_n(rng, 30)} "
                f"Çankaya/Ankara"
            ),
            lambda: (
                f"{rng.choice(_TR_MAH)} Mh. {_n(rng, 3000)}. Sk. No:{_n(rng)}/{_n(rng, 20)} "
                f"{_n(rng, 81):02d}{_n(rng, 999):03d} Kadıköy/İstanbul"
            ),
            lambda: f"{f.last_name()} Sokak No: {_n(rng)} Kat: {_n(rng, 9)} Daire: {_n(rng, 30)}",
        ]
    )()


_KW_AREAS = ("Salmiya", "Hawalli", "Jabriya", "Mishref", "Fahaheel", "Rumaithiya")
_AE_AREAS = ("Al Barsha 2", "Jumeirah 1", "Al Nahda", "Al Qusais", "Khalifa City A")


def _gulf(rng: _Rng, f: Faker) -> str:
    return rng.choice(
        [
            lambda: (
                f"Building {_n(rng, 99)}, Street {_n(rng, 40)}, Block {_n(rng, 12)}, "
                f"{rng.choice(_KW_AREAS)}"
            ),
            lambda: (
                f"Block {_n(rng, 12)}, Street {_n(rng, 40)}, Avenue {_n(rng, 9)}, "
                f"House {_n(rng, 99)}, {rng.choice(_KW_AREAS)}"
            ),
            lambda: (
                f"Flat {_n(rng, 40)}, Building {_n(rng, 2500)}, Road {_n(rng, 4000)}, "
                f"Block {_n(rng, 900, 100)}, Manama"
            ),
            lambda: f"Villa {_n(rng, 99)}, Street {_n(rng, 40)}, {rng.choice(_AE_AREAS)}, Dubai",
            lambda: (
                f"{_n(rng, 9999, 1000)} King Fahd Rd, Al Olaya Dist., Riyadh "
                f"{_n(rng, 14999, 11000)} - {_n(rng, 9999, 1000)}"
            ),
            lambda: f"P.O. Box {_n(rng, 99999, 100)}, Dubai, UAE",
            lambda: f"{_n(rng, 60)} El Tahrir St., Dokki, Giza",
        ]
    )()


_RU_STREETS = ("Ленина", "Пушкина", "Гагарина", "Советская", "Мира", "Тверская")
_RU_LATIN = ("Lenina", "Pushkina", "Tverskaya", "Gagarina", "Mira", "Sadovaya")


def _ru(rng: _Rng, f: Faker) -> str:
    return rng.choice(
        [
            lambda: (
                f"ул. {rng.choice(_RU_STREETS)}, д. {_n(rng, 120)}, кв. {_n(rng, 300)}, "
                f"г. Москва, {_n(rng, 199999, 101000)}"
            ),
            lambda: f"ul. {rng.choice(_RU_LATIN)}, d. {_n(rng, 120)}, kv. {_n(rng, 300)}, Moscow",
            lambda: f"{_n(rng, 120)} {rng.choice(_RU_LATIN)} St, apt {_n(rng, 300)}, St Petersburg",
            lambda: str(f.address()),
        ]
    )()


_GR_STREETS = ("Ερμού", "Σταδίου", "Πανεπιστημίου", "Αιόλου", "Πατησίων")
_GR_LATIN = ("Ermou", "Stadiou", "Panepistimiou", "Aiolou", "Patision")


def _gr(rng: _Rng, f: Faker) -> str:
    pc = f"{_n(rng, 851, 101)} {_n(rng, 99):02d}"
    return rng.choice(
        [
            lambda: f"Οδός {rng.choice(_GR_STREETS)} {_n(rng, 120)}, {pc} Αθήνα",
            lambda: f"{rng.choice(_GR_LATIN)} {_n(rng, 120)}, {pc} Athens",
            lambda: f"Odos {rng.choice(_GR_LATIN)} {_n(rng, 120)}, Thessaloniki {pc}",
            lambda: str(f.address()),
        ]
    )()


def _il(rng: _Rng, f: Faker) -> str:
    st = rng.choice(("Herzl", "Dizengoff", "Allenby", "Ben Yehuda", "Jabotinsky", "Weizmann"))
    return rng.choice(
        [
            lambda: f"{st} St {_n(rng, 200)}, Tel Aviv {_digits(rng, 7)}",
            lambda: f"{_n(rng, 200)} Rehov {st}, Apt {_n(rng, 40)}, Haifa",
            lambda: f"רחוב הרצל {_n(rng, 200)}, תל אביב",
            lambda: str(f.address()),
        ]
    )()


_IN_LANDMARKS = ("Hanuman Temple", "SBI Bank", "Bus Stand", "Government School", "Water Tank")


def _in(rng: _Rng, f: Faker) -> str:
    town = rng.choice(("Hyderabad", "Pune", "Lucknow", "Jaipur", "Bhopal", "Nagpur"))
    pin = f"{_n(rng, 8)}{_digits(rng, 5)}"
    lm = rng.sample(_IN_LANDMARKS, 2)
    return rng.choice(
        [
            lambda: (
                f"H.No. {_n(rng, 20)}-{_n(rng, 9)}-{_n(rng, 900)}, near {lm[0]}, opp. {lm[1]}, "
                f"Ameerpet, {town} {pin}"
            ),
            lambda: _join(
                rng, [f"Plot {_n(rng)}, behind {lm[0]}", f"Sector {_n(rng, 60)}", f"{town} - {pin}"]
            ),
            lambda: f"Door No. {_n(rng, 40)}/{_n(rng, 300)}, opposite {lm[0]}, {town} {pin}",
            lambda: f"Flat {_n(rng, 900, 101)}, {f.last_name()} Residency, {town}, PIN {pin}",
        ]
    )()


def _latam(rng: _Rng, f: Faker) -> str:
    a, b = f.last_name(), f.last_name()
    return rng.choice(
        [
            lambda: (
                f"Calle {f.last_name()} {_n(rng, 900)}, entre calles {a} y {b}, Col. Centro, "
                f"C.P. {_n(rng, 99999, 1000):05d}"
            ),
            lambda: f"Av. {f.last_name()} {_n(rng, 4000)}, entre {a} y {b}, Buenos Aires",
            lambda: f"Del Parque Central {_n(rng, 5) * 100} m al norte y 50 m al este, San José",
            lambda: f"Jr. {f.last_name()} {_n(rng, 900)}, Dpto. {_n(rng, 900)}, Cercado de Lima",
            lambda: f"Calle {_n(rng, 60)} #{_n(rng, 900)}, Reparto {a}, Managua",
        ]
    )()


def _asia(rng: _Rng, f: Faker) -> str:
    return rng.choice(
        [
            lambda: (
                f"{_n(rng, 300)}/{_n(rng, 99)} Moo {_n(rng, 12)}, Sukhumvit Soi {_n(rng, 71)}, "
                f"Khlong Toei Nuea, Watthana, Bangkok {_n(rng, 10999, 10100)}"
            ),
            lambda: f"No. {_n(rng, 99)}, Jalan SS {_n(rng, 9)}/{_n(rng, 30)}, 47300 Petaling Jaya",
            lambda: (
                f"Blk {_n(rng, 700, 100)} Ang Mo Kio Ave {_n(rng, 10)}, #{_n(rng, 20):02d}-"
                f"{_n(rng, 300):02d}, Singapore {_digits(rng, 6)}"
            ),
            lambda: (
                f"Flat {rng.choice('ABCDE')}, {_n(rng, 40)}/F, Tower {_n(rng, 5)}, "
                f"{_n(rng, 200)} Nathan Road, Tsim Sha Tsui, Kowloon"
            ),
            lambda: (
                f"House No. {_n(rng, 99)}, Street {_n(rng, 40)}, Sector F-{_n(rng, 11)}/2, Islamabad"  # noqa: E501
            ),
            lambda: (
                f"House {_n(rng, 99)}, Road {_n(rng, 30)}, Dhanmondi, Dhaka {_n(rng, 1230, 1000)}"
            ),
        ]
    )()


def _africa(rng: _Rng, f: Faker) -> str:
    return rng.choice(
        [
            lambda: f"Plot {_n(rng, 99)}, {f.last_name()} Street, Victoria Island, Lagos",
            lambda: f"P.O. Box {_n(rng, 99999)}-00100, Nairobi",
            lambda: f"{_n(rng, 300)} Long St, Gardens, Cape Town, {_n(rng, 8099, 8000)}",
            lambda: f"{_n(rng, 99)} Ring Road East, Osu, Accra",
        ]
    )()


def _west(rng: _Rng, f: Faker) -> str:
    name = f"{f.first_name()} {f.last_name()}"
    st = f"{_n(rng, 3000)} {f.last_name()} {rng.choice(['St', 'Ave', 'Rd', 'Blvd', 'Lane'])}"
    town = f"{f.last_name()}ville, {rng.choice(['OH', 'TX', 'KS', 'MT'])} {_digits(rng, 5)}"
    return rng.choice(
        [
            lambda: _join(rng, [f"Attn: {name}", st, town]),
            lambda: _join(rng, [f"c/o {name}", st, town]),
            lambda: _join(rng, [f"RR {_n(rng, 9)} Box {_n(rng, 400)}", town]),
            lambda: _join(rng, [f"HC {_n(rng, 80)} Box {_n(rng, 900)}", town]),
            lambda: _join(rng, [f"{st}, Fl {_n(rng, 40)}", town]),
            lambda: f"Storgata {_n(rng, 90)}, {_n(rng, 9999):04d} Oslo",
            lambda: (
                f"Nørregade {_n(rng, 90)}, {_n(rng, 5)}. th., {_n(rng, 2999, 1000)} København K"
            ),
            lambda: f"Bahnhofstrasse {_n(rng, 90)}, {_n(rng, 9999, 1000)} Zürich",
            lambda: f"Václavské náměstí {_n(rng, 90)}, 110 00 Praha 1",
            lambda: f"RR {_n(rng, 9)}, Site {_n(rng, 20)}, Comp {_n(rng, 60)}, {f.last_name()} AB",
        ]
    )()


_ADDRESS_FORMS: tuple[tuple[str, Callable[[_Rng, Faker], str]], ...] = (
    ("ja_JP", _jp), ("ko_KR", _kr), ("zh_CN", _cn), ("vi_VN", _vn), ("tr_TR", _tr),
    ("ar_AE", _gulf), ("ru_RU", _ru), ("el_GR", _gr), ("he_IL", _il), ("en_IN", _in),
    ("es_MX", _latam), ("en_US", _asia), ("en_US", _africa), ("en_US", _west),
)  # fmt: skip

# --- postcodes, places, coordinates ---------------------------------------------------


def _postcode(rng: _Rng) -> tuple[str, str]:
    """A postcode alone with the word before it."""
    return rng.choice(
        [
            ("PIN ", f"{_n(rng, 8)}{_digits(rng, 5)}"),
            ("PIN code: ", f"{_n(rng, 8)}{_digits(rng, 2)} {_digits(rng, 3)}"),
            ("PLZ ", f"{_n(rng, 99999, 1000):05d}"),
            ("Postleitzahl: ", f"{_n(rng, 99999, 1000):05d}"),
            ("CP ", f"{_n(rng, 52999, 1000):05d}"),
            ("CEP: ", f"{_digits(rng, 5)}-{_digits(rng, 3)}"),
            ("〒", f"{_digits(rng, 3)}-{_digits(rng, 4)}"),
            ("postal code ", f"{_n(rng, 63999, 1000):05d}"),
            ("Eircode: ", f"D{_n(rng, 24):02d} {rng.choice('ACDEFHKNPRTVWXY')}{_digits(rng, 3)}"),
            ("zip: ", f"{_digits(rng, 5)}-{_digits(rng, 4)}"),
            ("Postcode ", f"{rng.choice(['SW1A', 'M1', 'B33', 'EH8'])} {_n(rng, 9)}AA"),
            ("código postal ", f"{_n(rng, 52999, 1000):05d}"),
            ("TK ", f"{_n(rng, 851, 101)} {_digits(rng, 2)}"),
            ("индекс ", f"{_n(rng, 199999, 101000)}"),
        ]
    )


_PLACE_CUES = (
    "lives in", "resides in", "resident of", "moved to", "currently living in",
    "originally from", "born in", "wohnhaft in", "domicilié à", "residente en", "vive en",
)  # fmt: skip
_SMALL_PLACES = (
    "Shibuya-ku", "Gangnam-gu", "Koramangala", "Dharavi", "Palermo Soho", "Kadıköy",
    "Miraflores", "Salmiya", "Jumeirah", "Tsim Sha Tsui", "Dhanmondi", "Kreuzberg",
    "Montmartre", "Trastevere", "Vila Madalena", "Colonia Roma", "Nørrebro", "Södermalm",
    "Praga-Południe", "Ermoupoli", "Neve Tzedek", "Soweto", "Kibera", "Hoàn Kiếm",
)  # fmt: skip


def _coordinates(rng: _Rng) -> str:
    lat, lon = rng.uniform(-60, 70), rng.uniform(-170, 170)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    a, o = abs(lat), abs(lon)
    return rng.choice(
        [
            f"lat {lat:.5f}, long {lon:.5f}",
            f"{a:.4f}° {ns}, {o:.4f}° {ew}",
            f"{ns} {int(a)}° {(a % 1) * 60:.3f}′ {ew} {int(o)}° {(o % 1) * 60:.3f}′",
            f"{ns}{int(a)} {(a % 1) * 60:.3f} {ew}{int(o):03d} {(o % 1) * 60:.3f}",
            f"geo:{lat:.6f},{lon:.6f}",
            f"@{lat:.6f},{lon:.6f}",
            f"{int(a)}°{int((a % 1) * 60)}'{int((a * 3600) % 60)}\"{ns} "
            f"{int(o)}°{int((o % 1) * 60)}'{int((o * 3600) % 60)}\"{ew}",
        ]
    )


# --- phones ----------------------------------------------------------------------------


def _phone(rng: _Rng) -> str:
    """A phone or fax number as people write them across 40-odd regions."""
    d = lambda k: _digits(rng, k)  # noqa: E731
    ext = rng.choice(
        ["", "", "", f" ext. {d(3)}", f" x{d(4)}", f" Durchwahl {d(2)}", f" poste {d(3)}",
         f" int. {d(3)}", f" wew. {d(2)}", f" ext {d(4)}", f" dahili {d(3)}"]
    )  # fmt: skip
    forms = [
        f"+44 (0)20 {d(4)} {d(4)}", f"(020) {d(4)} {d(4)}", f"07{d(3)} {d(6)}",
        f"0 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        f"030/{d(7)}", f"089 {d(4)}-{d(3)}", f"+49 (0) 89 {d(3)} {d(4)}",
        f"+39 06 {d(4)} {d(4)}", f"02 {d(8)}", f"+34 9{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(3)} {d(3)}",  # noqa: E501
        f"+48 22 {d(3)} {d(2)} {d(2)}", f"+31 (0)20 {d(3)} {d(4)}", f"0{d(2)}-{d(7)}",
        f"+7 (495) {d(3)}-{d(2)}-{d(2)}", f"8 (812) {d(3)}-{d(2)}-{d(2)}",
        f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}",
        f"+82 2-{d(3)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"+86 10 {d(4)} {d(4)}",
        f"138 {d(4)} {d(4)}", f"(02) {d(4)}-{d(4)}", f"+852 {d(4)} {d(4)}", f"+65 {d(4)} {d(4)}",
        f"+60 12-{d(3)} {d(4)}", f"+66 2 {d(3)} {d(4)}", f"+62 21 {d(4)} {d(4)}",
        f"+63 917 {d(3)} {d(4)}", f"+91 98{d(3)} {d(5)}", f"0{d(2)}-{d(8)}",
        f"+92 300 {d(7)}", f"+880 1{d(3)}-{d(6)}", f"+971 4 {d(3)} {d(4)}", f"+966 5{d(1)} {d(3)} {d(4)}",  # noqa: E501
        f"+965 {d(4)} {d(4)}", f"+20 2 {d(4)} {d(4)}", f"+972 3-{d(3)}-{d(4)}", f"05{d(1)}-{d(3)}-{d(4)}",  # noqa: E501
        f"+90 (212) {d(3)} {d(2)} {d(2)}", f"0 (532) {d(3)} {d(2)} {d(2)}", f"+30 210 {d(3)} {d(4)}",  # noqa: E501
        f"+234 803 {d(3)} {d(4)}", f"+254 7{d(2)} {d(6)}", f"+27 21 {d(3)} {d(4)}",
        f"+55 (11) 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+52 55 {d(4)} {d(4)}",
        f"+54 9 11 {d(4)}-{d(4)}", f"+57 601 {d(3)} {d(4)}", f"+1 (416) {d(3)}-{d(4)}",
        f"1-800-{rng.choice(['FLOWERS', 'CALL-NOW', 'GO-FEDEX', 'DOCTORS'])}",
        f"+61 (0)2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"+64 9 {d(3)} {d(4)}",
        f"+353 (0)1 {d(3)} {d(4)}", f"+41 44 {d(3)} {d(2)} {d(2)}", f"+43 1 {d(7)}",
        f"+46 8-{d(3)} {d(2)} {d(2)}", f"+45 {d(2)} {d(2)} {d(2)} {d(2)}", f"+47 {d(3)} {d(2)} {d(3)}",  # noqa: E501
        f"+358 9 {d(3)} {d(4)}", f"+420 {d(3)} {d(3)} {d(3)}", f"+36 1 {d(3)} {d(4)}",
        f"+40 21 {d(3)} {d(4)}", f"+84 28 {d(4)} {d(4)}", f"0{d(2)} {d(3)} {d(4)}",
    ]  # fmt: skip
    return rng.choice(forms) + ext


_PHONE_WORDS = (
    "Tel.:", "Phone:", "Mobile", "Fax:", "Telefax", "Télécopie :", "Tél. :", "Tel", "Handy:",
    "Cell", "ph", "Telefone:", "Tlf.", "電話:", "전화", "Тел.:", "Τηλ.:", "call", "WhatsApp",
)  # fmt: skip
_SHORT_WORDS = ("ext.", "bleep", "pager", "Tel.", "phone", "Durchwahl")

# --- dates -----------------------------------------------------------------------------

_MONTHS_EN = MONTHS
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_HIJRI = ("Muharram", "Safar", "Rajab", "Sha'ban", "Shawwal", "Dhu al-Hijjah", "Jumada al-Ula")


def _date(rng: _Rng) -> str:
    y, m, day = _n(rng, 2010, 1925), _n(rng, 12), _n(rng, 28)
    mon = _MONTHS_EN[m - 1]
    o = f"{day}{_ORD.get(day, 'th')}"
    return rng.choice(
        [
            f"the {o} of {mon} {y}", f"{o} {mon} '{y % 100:02d}", f"{mon[:3]}. {day}, {y}",
            f"{mon[:3]}. {day}", f"{y}-{m:02d}-{day:02d}T{_n(rng, 23):02d}:{_n(rng, 59):02d}:00Z",
            f"{y}-{m:02d}-{day:02d} {_n(rng, 23):02d}:{_n(rng, 59):02d}",
            f"{day:02d}.{_ROMAN[m - 1]}.{y}", f"{rng.choice(_WEEKDAYS)}, {mon} {day}, {y}",
            f"{rng.choice(_WEEKDAYS)[:3]} {day} {mon[:3]} {y}", f"{y}年{m}月{day}日",
            f"{y}년 {m}월 {day}일", f"{day} {rng.choice(_HIJRI)} {_n(rng, 1440, 1340)} AH",
            f"{day} {mon} B.E. {y + 543}", f"{mon} the {o}, {y}", f"{o} of {mon}",
            f"{day}/{m}/{y % 100:02d}", f"{y}/{m:02d}/{day:02d}",
        ]
    )  # fmt: skip


_DATE_CUES = (
    "DOB:", "born", "Date of birth:", "admitted on", "seen on", "Geburtsdatum:",
    "生年月日:", "생년월일:", "discharged", "d.o.b.", "Appointment:", "date of injury",
)  # fmt: skip

# --- negatives: numbers that are none of these ----------------------------------------


def _negatives(rng: _Rng) -> list[str]:
    d = rng.randint
    pool = [
        f"BP {d(100, 160)}/{d(60, 99)}", f"pain score {d(1, 9)}/10", f"version {d(1, 9)}.{d(0, 20)}.{d(0, 99)}",  # noqa: E501
        f"range {d(10, 40)}-{d(50, 90)}", f"glucose {d(3, 9)}.{d(0, 9)} mmol/L",
        f"HbA1c {d(30, 90)} mmol/mol", "from 10:30 to 11:45", f"amount EUR 1,{d(100, 999)}.{d(10, 99)}",  # noqa: E501
        "ref. range 3.5-5.1", f"platelets {d(150, 400)} x 10^9/L", f"for {d(2, 14)} days",
        f"every {d(4, 12)} hours", f"metformin {d(5, 10)}00 mg twice daily", "Apgar 8/9",
        "ISO 9001:2015", "ICD-10 E11.9", f"page {d(2, 9)} of {d(10, 40)}", f"INR 2.{d(0, 9)}",
        f"1 {d(100, 999)} 000 IU", f"heart rate 72-{d(80, 110)} bpm", f"weight {d(50, 110)}.{d(0, 9)} kg",  # noqa: E501
        f"CD4 count {d(200, 900)} cells/mm3", "score 3 of 5", f"aged {d(30, 80)}",
        f"build 10.0.{d(10000, 22999)}", f"dose 0.{d(1, 9)} mL/kg", f"12 x {d(1, 5)}50 mg tablets",
        f"visual acuity 6/{rng.choice([6, 9, 12, 18])}", "GCS 15/15", f"PEFR {d(200, 600)} L/min",
    ]  # fmt: skip
    return rng.sample(pool, 3)


# --- documents ---------------------------------------------------------------------------


def _address(rng: _Rng, f: Faker, form: Callable[[_Rng, Faker], str]) -> str:
    return form(rng, f).replace(",,", ",").replace(" ,", ",").strip()


def render_contact_doc(seed: int) -> LabelledDoc:
    """A short record with an address, a place or postcode or coordinates, phones and a
    date of birth, among numbers that are none of these (kept phrases)."""
    rng = random.Random(seed * 7919 + 5)  # noqa: S311 - fixed-seed test data
    locale, form = _ADDRESS_FORMS[seed % len(_ADDRESS_FORMS)]
    f = Faker(locale if locale != "ar_AE" else "en_US")
    f.seed_instance(seed)
    doc = DocBuilder()
    layout = (seed // len(_ADDRESS_FORMS)) % 4
    neg = _negatives(rng)
    if layout == 0:  # registration record, one field a line
        doc.text("Patient registration\nAddress: ")
        doc.entity(_address(rng, f, form).replace("\n", ", "), "ADDRESS", "addr1")
        doc.text(f"\n{rng.choice(_PHONE_WORDS)} ")
        doc.entity(_phone(rng), "PHONE", "phone1")
        doc.text(f"\n{rng.choice(_DATE_CUES)} ")
        doc.entity(_date(rng), "DATE", "date1")
        doc.text("\nVitals: ")
        doc.kept(neg[0])
        doc.text(", ")
        doc.kept(neg[1])
        doc.text(".\n")
    elif layout == 1:  # letter with an address block and a fax line
        doc.text("To:\n")
        doc.entity(_address(rng, f, form), "ADDRESS", "addr1")
        doc.text(f"\n\n{rng.choice(['Fax:', 'Telefax', 'Télécopie :', 'Fax No.'])} ")
        doc.entity(_phone(rng), "PHONE", "phone1")
        doc.text(f"\nRe: review, {rng.choice(_DATE_CUES)} ")
        doc.entity(_date(rng), "DATE", "date1")
        doc.text(". Results: ")
        doc.kept(neg[0])
        doc.text("; ")
        doc.kept(neg[1])
        doc.text(f". The patient {rng.choice(_PLACE_CUES)} ")
        doc.entity(rng.choice(_SMALL_PLACES), "LOCATION", "town1")
        doc.text(".\n")
    elif layout == 2:  # contact table
        word, pc = _postcode(rng)
        doc.text("| field | value |\n|---|---|\n| phone | ")
        doc.entity(_phone(rng), "PHONE", "phone1")
        doc.text(" |\n| mobile | ")
        doc.entity(_phone(rng), "PHONE", "phone2")
        doc.text(f" |\n| postcode | {word}")
        doc.entity(pc, "ADDRESS", "pc1")
        doc.text(" |\n| GPS | ")
        doc.entity(_coordinates(rng), "ADDRESS", "gps1")
        doc.text(" |\n| notes | ")
        doc.kept(neg[0])
        doc.text(" |\n")
    else:  # narrative, one line
        doc.text("Home visit to ")
        doc.entity(_address(rng, f, form).replace("\n", ", "), "ADDRESS", "addr1")
        doc.text(" on ")
        doc.entity(_date(rng), "DATE", "date1")
        doc.text(f". {rng.choice(['Reachable on', 'Call back on', 'Son can be reached at'])} ")
        doc.entity(_phone(rng), "PHONE", "phone1")
        doc.text(f" or {rng.choice(_SHORT_WORDS)} ")
        doc.entity(_digits(rng, rng.choice([4, 5])), "PHONE", "phone2")
        doc.text(". Noted ")
        doc.kept(neg[0])
        doc.text(" and ")
        doc.kept(neg[2])
        doc.text(".\n")
    return doc.labelled(
        f"contact-{layout}", seed, split="dev-stress", doc_type="stress", locale=locale
    )


def contacts_corpus(n: int = 200, first_seed: int = 1) -> list[LabelledDoc]:
    return [render_contact_doc(s) for s in range(first_seed, first_seed + n)]
