"""Held-out AD's values (session 45): people, places, numbers and dates as AD's documents
write them (utility and telecom bills, travel bookings, deeds, payslips, survey exports,
machine logs). Nothing here reads the clock: every date counts back from AD_TODAY, and
every draw comes from the document's rng or its seeded Faker.

Check digits AD computes itself (each checked against a published worked example and
against python-stdnum in tests/redaction/test_eval_split.py): Luhn, Verhoeff, the PESEL
weights, the Dutch 11-test, the Spanish DNI letter, the NHS modulus 11, the Finnish
HETU modulus 31, the Brazilian CPF pair, the Turkish T.C. Kimlik pair, the Irish PPS
letter, the EAN-13 digit of the Swiss AHV number, the 97-modulus key of the French NIR
and the Belgian national number, the Icelandic kennitala digit and the IBAN's pair. The other
countries' numbers are drawn and kept only when python-stdnum accepts them.
"""

from __future__ import annotations

import datetime
import random
import string
from collections.abc import Callable

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as std_iban
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.is_ import kennitala
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.nz import ird
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

from resources.synthetic.redaction_eval.generator import Ctx, Person, Value

AD_TODAY = datetime.date(2026, 12, 19)


# Locales whose names Faker writes in another script; a name from one of them may be
# written beside its Latin spelling (form "latin").
OTHER_SCRIPT = (
    "ru_RU", "uk_UA", "bg_BG", "el_GR", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "he_IL",
    "th_TH", "hi_IN", "ka_GE", "hy_AM", "fa_IR", "ar_SA", "ne_NP",
)  # fmt: skip
# Names drawn from another locale than the document's (travellers, tenants, respondents).
ELSEWHERE = (
    *OTHER_SCRIPT, "pl_PL", "tr_TR", "vi_VN", "pt_BR", "es_MX", "it_IT", "fr_FR", "de_DE",
    "nl_NL", "sv_SE", "fi_FI", "hu_HU", "ro_RO", "cs_CZ", "id_ID", "fil_PH", "en_NG",
    "sw", "yo_NG", "az_AZ", "et_EE", "lt_LT", "hr_HR", "da_DK", "no_NO", "ga_IE",
)  # fmt: skip
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR")


class AdPerson(Person):
    """A person whose name may be in another script; `latin` is its Latin spelling."""

    def __init__(self, first: str, last: str, middle: str, locale: str, latin: str) -> None:
        super().__init__(first, last, middle)
        self.locale = locale
        self.latin = latin

    def form(self, form: str) -> str:
        cjk = self.locale in CJK
        if form == "latin":
            return self.latin
        if form == "latin_caps":
            return self.latin.upper()
        if form == "mrz":  # surname, two fillers, given name, as a passport's lower zone
            parts = self.latin.upper().split()
            if len(parts) > 1:
                return f"{parts[-1]}  {' '.join(parts[:-1])}"
            return parts[0]
        # Chinese, Japanese and Korean names: family name first, no initials.
        if cjk and (
            form in ("full", "first_last", "caps", "lower", "caps_full") or "initial" in form
        ):
            return f"{self.last}{self.first}"
        if form == "dotted_last":  # "J.-P. DURAND" style initial with the surname in caps
            return f"{self.first[0]}. {self.last.upper()}"
        return super().form(form)


def person(ctx: Ctx) -> AdPerson:
    rng = ctx.rng
    locale = ctx.locale if rng.random() < 0.7 else rng.choice(ELSEWHERE)
    f = ctx.fake(locale)
    female = rng.random() < 0.5
    try:
        first = str(f.first_name_female() if female else f.first_name_male())
        last = str(f.last_name_female() if female else f.last_name_male())
    except AttributeError:
        first, last = str(f.first_name()), str(f.last_name())
    middle = ""
    if locale not in CJK and rng.random() < 0.12:
        middle = str(f.first_name())
        if middle == first:
            middle = ""
    first, last = first.strip(), last.strip()
    if locale == "ja_JP":
        latin = f"{f.first_romanized_name()} {f.last_romanized_name()}"
    elif locale in CJK:
        latin = unidecode(f"{first} {last}").strip().title()
    else:
        latin = unidecode(" ".join(w for w in (first, middle, last) if w)).strip()
    latin = " ".join(latin.split()) or "Ana Lima"
    return AdPerson(first, last, middle, locale, latin)


# --- check digits AD computes itself ----------------------------------------------------


def luhn_digit(body: str) -> str:
    """The Luhn check digit for `body` (digits only)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


_VD = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VP = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip
_VINV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def pesel_digit(body: str) -> str:
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return str((10 - sum(w * int(d) for w, d in zip(weights, body, strict=True)) % 10) % 10)


def bsn_valid(number: str) -> bool:
    """The Dutch 11-test: 9..2 times the first eight digits, minus the ninth, is 0 mod 11."""
    total = sum((9 - i) * int(d) for i, d in enumerate(number[:8])) - int(number[8])
    return len(number) == 9 and total % 11 == 0


def dni_letter(body: str) -> str:
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23]


def nhs_digit(body: str) -> str:
    """NHS modulus 11 on nine digits ("" when the remainder makes 10: no valid number)."""
    check = 11 - sum((10 - i) * int(d) for i, d in enumerate(body)) % 11
    return "" if check == 10 else str(check % 11)


def hetu_char(body: str) -> str:
    """HETU check character: the date's six digits and the three-digit individual number,
    read as one number, modulus 31."""
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31]


def cpf_digits(body: str) -> str:
    first = sum((10 - i) * int(d) for i, d in enumerate(body)) * 10 % 11 % 10
    second = sum((11 - i) * int(d) for i, d in enumerate(body + str(first))) * 10 % 11 % 10
    return f"{first}{second}"


def tckn_digits(body: str) -> str:
    d = [int(c) for c in body]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    eleventh = (sum(d) + tenth) % 10
    return f"{tenth}{eleventh}"


def pps_char(body: str) -> str:
    """Irish PPS check letter: weights 8..2 on seven digits, modulus 23."""
    return "WABCDEFGHIJKLMNOPQRSTUV"[sum((8 - i) * int(d) for i, d in enumerate(body)) % 23]


def ean_digit(body: str) -> str:
    """EAN-13 check digit (the Swiss AHV number's): weights 1, 3, 1, ... from the left."""
    return str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10)


def mod97_key(body: str) -> str:
    """The French NIR key and the Belgian national number's check: 97 - (n mod 97)."""
    return f"{97 - int(body) % 97:02d}"


def kennitala_digit(body: str) -> str:
    """Icelandic kennitala: weights 3, 2, 7, 6, 5, 4, 3, 2, modulus 11 ("" when 10)."""
    check = -sum(w * int(d) for w, d in zip((3, 2, 7, 6, 5, 4, 3, 2), body, strict=True)) % 11
    return "" if check == 10 else str(check)


def iban_digits(country: str, bban: str) -> str:
    """ISO 13616 check digits: 98 - (BBAN + country + "00", letters as 10..35) mod 97."""
    moved = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(moved) % 97:02d}"


# --- dates ----------------------------------------------------------------------------

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTHS_LOCAL = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
           "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
           "sierpnia", "września", "października", "listopada", "grudnia"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
           "Eylül", "Ekim", "Kasım", "Aralık"),
}  # fmt: skip
HIJRI = (
    "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
    "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah",
    "Dhu al-Hijjah",
)  # fmt: skip


def hijri(day: datetime.date) -> tuple[int, int, int]:
    """The tabular (arithmetical) Islamic date: year, month, day."""
    jd = day.toordinal() + 1721425  # Julian day number at noon
    n = jd - 1948440 + 10632
    cycles = (n - 1) // 10631
    n = n - 10631 * cycles + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    dom = n - (709 * month) // 24
    year = 30 * cycles + j - 30
    return year, month, dom


def japanese_era(day: datetime.date) -> str:
    if day >= datetime.date(2019, 5, 1):
        era, year = "令和", day.year - 2018
    elif day >= datetime.date(1989, 1, 8):
        era, year = "平成", day.year - 1988
    else:
        era, year = "昭和", day.year - 1925
    return f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日"


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def hijri_text(day: datetime.date) -> str:
    year, month, dom = hijri(day)
    return f"{dom} {HIJRI[month - 1]} {year} AH"


def suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def write_date(day: datetime.date, style: str) -> str:
    y, m, d = day.year, day.month, day.day
    styles: dict[str, Callable[[], str]] = {
        "iso": day.isoformat,
        "dmy": lambda: f"{d:02d}/{m:02d}/{y}",
        "mdy": lambda: f"{m}/{d}/{y}",
        "dot": lambda: f"{d:02d}.{m:02d}.{y}",
        "short": lambda: f"{d:02d}.{m:02d}.{y % 100:02d}",
        "compact": lambda: f"{y}{m:02d}{d:02d}",
        "long": lambda: f"{d} {MONTHS_EN[m - 1]} {y}",
        "us_long": lambda: f"{MONTHS_EN[m - 1]} {d}, {y}",
        "airline": lambda: f"{d:02d}{MONTHS_EN[m - 1][:3].upper()}{y % 100:02d}",
        "oracle": lambda: f"{d:02d}-{MONTHS_EN[m - 1][:3].upper()}-{y}",
        "stamp": lambda: f"{y}-{m:02d}-{d:02d}T{(d * 7) % 24:02d}:{(m * 13) % 60:02d}:{d:02d}Z",
        "de": lambda: f"{d}. {MONTHS_LOCAL['de'][m - 1]} {y}",
        "fr": lambda: f"{'1er' if d == 1 else d} {MONTHS_LOCAL['fr'][m - 1]} {y}",
        "es": lambda: f"{d} de {MONTHS_LOCAL['es'][m - 1]} de {y}",
        "pt": lambda: f"{d} de {MONTHS_LOCAL['pt'][m - 1]} de {y}",
        "it": lambda: f"{d} {MONTHS_LOCAL['it'][m - 1]} {y}",
        "nl": lambda: f"{d} {MONTHS_LOCAL['nl'][m - 1]} {y}",
        "pl": lambda: f"{d} {MONTHS_LOCAL['pl'][m - 1]} {y} r.",
        "tr": lambda: f"{d} {MONTHS_LOCAL['tr'][m - 1]} {y}",
        "ymd_slash": lambda: f"{y}/{m:02d}/{d:02d}",
        "jp_era": lambda: japanese_era(day),
        "cjk": lambda: f"{y}年{m}月{d}日",
        "ko": lambda: f"{y}년 {m}월 {d}일",
        "thai_be": lambda: f"{d}/{m}/{y + 543}",
        "roc": lambda: f"民國{y - 1911}年{m}月{d}日",
        "hijri": lambda: hijri_text(day),
        "roman": lambda: f"{d}.{ROMAN[m - 1]}.{y}",
        "ordinal": lambda: f"{d}{suffix(d)} of {MONTHS_EN[m - 1]} {y}",
        "spaced": lambda: f"{d:02d} {m:02d} {y}",
    }
    return styles[style]()


DATE_STYLES = (
    "iso", "dmy", "mdy", "dot", "short", "compact", "long", "us_long", "airline", "oracle",
    "ymd_slash", "ordinal", "spaced", "roman",
)  # fmt: skip


def a_day(ctx: Ctx, slot: str) -> datetime.date:
    """A birth date 18 to 95 years before the pinned day, or an event in the five years
    before it; a document's later events follow its first (admitted, then discharged)."""
    if slot == "adborn":
        return AD_TODAY - datetime.timedelta(days=ctx.rng.randint(18 * 366, 95 * 365))
    last = ctx.entities.get("_ad_day")
    if isinstance(last, Value):
        earlier = datetime.date.fromisoformat(last.text)
        latest = AD_TODAY - datetime.timedelta(days=1)
        day = min(earlier + datetime.timedelta(days=ctx.rng.randint(1, 40)), latest)
    else:
        day = AD_TODAY - datetime.timedelta(days=ctx.rng.randint(60, 5 * 365))
    ctx.entities["_ad_day"] = Value(day.isoformat())
    return day


# --- numbers --------------------------------------------------------------------------


def digits(rng: random.Random, n: int, lead: str = "123456789") -> str:
    return rng.choice(lead) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def group(s: str, size: int, sep: str = " ") -> str:
    return sep.join(s[i : i + size] for i in range(0, len(s), size))


def _pl(rng: random.Random) -> str:
    day = AD_TODAY - datetime.timedelta(days=rng.randint(20 * 365, 90 * 365))
    month = day.month + (20 if day.year >= 2000 else 0)
    body = f"{day.year % 100:02d}{month:02d}{day.day:02d}{digits(rng, 4, string.digits)}"
    return body + pesel_digit(body)


def _nl(rng: random.Random) -> str:
    while True:
        body = digits(rng, 8)
        for last in string.digits:
            if bsn_valid(body + last):
                return rng.choice([body + last, f"{body[:4]}.{body[4:6]}.{body[6:]}{last}"])


def _es(rng: random.Random) -> str:
    body = digits(rng, 8, "0123456789")
    return rng.choice([f"{body}{dni_letter(body)}", f"{body}-{dni_letter(body)}"])


def _gb(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9, "4")
        if check := nhs_digit(body):
            number = body + check
            return rng.choice([group(number[:6], 3) + " " + number[6:], number])


def _ca(rng: random.Random) -> str:
    body = digits(rng, 8, "1234567")
    number = body + luhn_digit(body)
    return rng.choice([group(number, 3), group(number, 3, "-")])


def _in(rng: random.Random) -> str:
    while True:
        body = digits(rng, 11, "23456789")
        number = body + verhoeff_digit(body)
        if number != number[::-1]:
            return rng.choice([group(number, 4), number])


def _fi(rng: random.Random) -> str:
    day = AD_TODAY - datetime.timedelta(days=rng.randint(20 * 365, 90 * 365))
    ind = f"{rng.randint(2, 899):03d}"
    dd = f"{day.day:02d}{day.month:02d}{day.year % 100:02d}"
    sign = "-" if day.year < 2000 else "A"
    return f"{dd}{sign}{ind}{hetu_char(dd + ind)}"


def _br(rng: random.Random) -> str:
    body = digits(rng, 9)
    n = body + cpf_digits(body)
    return rng.choice([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}", n])


def _tr(rng: random.Random) -> str:
    body = digits(rng, 9)
    return body + tckn_digits(body)


def _se(rng: random.Random) -> str:
    day = AD_TODAY - datetime.timedelta(days=rng.randint(20 * 365, 90 * 365))
    body = f"{day.year % 100:02d}{day.month:02d}{day.day:02d}{digits(rng, 3, string.digits)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def _retry(make: Callable[[random.Random], str], valid: Callable[[str], bool]) -> Callable:
    def draw(rng: random.Random) -> str:
        for _ in range(2000):
            number = make(rng)
            if valid(number):
                return number
        raise AssertionError("no valid number drawn")

    return draw


def _birth(rng: random.Random) -> datetime.date:
    return AD_TODAY - datetime.timedelta(days=rng.randint(20 * 365, 90 * 365))


def _dk(rng: random.Random) -> str:
    b = _birth(rng)
    year = b.year % 100
    seventh = "0123" if b.year < 2000 else "4"
    return (
        f"{b.day:02d}{b.month:02d}{year:02d}-{rng.choice(seventh)}{digits(rng, 3, string.digits)}"
    )


def _no(rng: random.Random) -> str:
    b = _birth(rng)
    ind = rng.randint(0, 499) if b.year < 2000 else rng.randint(500, 999)
    return f"{b.day:02d}{b.month:02d}{b.year % 100:02d}{ind:03d}{digits(rng, 2, string.digits)}"


def _ro(rng: random.Random) -> str:
    b = _birth(rng)
    s = rng.choice("12") if b.year < 2000 else rng.choice("56")
    body = f"{s}{b.year % 100:02d}{b.month:02d}{b.day:02d}{rng.randint(1, 46):02d}{digits(rng, 3)}"
    return body + cnp.calc_check_digit(body)


def _cz(rng: random.Random) -> str:
    b = _birth(rng)
    month = b.month + (50 if rng.random() < 0.5 else 0)
    body = f"{b.year % 100:02d}{month:02d}{b.day:02d}{digits(rng, 4, string.digits)}"
    return f"{body[:6]}/{body[6:]}"  # kept only when python-stdnum accepts it


def _bg(rng: random.Random) -> str:
    b = _birth(rng)
    month = b.month + (40 if b.year >= 2000 else 0)
    body = f"{b.year % 100:02d}{month:02d}{b.day:02d}{digits(rng, 3, string.digits)}"
    return body + egn.calc_check_digit(body)


def _ee(rng: random.Random) -> str:
    b = _birth(rng)
    s = rng.choice("34") if b.year < 2000 else rng.choice("56")
    body = f"{s}{b.year % 100:02d}{b.month:02d}{b.day:02d}{digits(rng, 3, string.digits)}"
    return body + ik.calc_check_digit(body + "0")


def _lt(rng: random.Random) -> str:
    b = _birth(rng)
    s = rng.choice("34") if b.year < 2000 else rng.choice("56")
    body = f"{s}{b.year % 100:02d}{b.month:02d}{b.day:02d}{digits(rng, 3, string.digits)}"
    return body + ik.calc_check_digit(body + "0")


def _it(rng: random.Random) -> str:
    cons = "BCDFGLMNPRSTVZ"
    b = _birth(rng)
    letters = "".join(rng.choice(cons) for _ in range(6))
    month = "ABCDEHLMPRST"[b.month - 1]
    day = b.day + (40 if rng.random() < 0.5 else 0)
    town = rng.choice("ABCDEFGHL") + f"{rng.randint(1, 999):03d}"
    body = f"{letters}{b.year % 100:02d}{month}{day:02d}{town}"
    return body + codicefiscale.calc_check_digit(body)


def _cn(rng: random.Random) -> str:
    b = _birth(rng)
    region = rng.choice(["110101", "310104", "440106", "510107", "320102", "330106"])
    body = f"{region}{b.year}{b.month:02d}{b.day:02d}{digits(rng, 3, string.digits)}"
    return body + ric.calc_check_digit(body + "0")


def _kr(rng: random.Random) -> str:
    b = _birth(rng)
    s = rng.choice("12") if b.year < 2000 else rng.choice("34")
    body = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{s}{digits(rng, 5, string.digits)}"
    return f"{body[:6]}-{body[6:]}{rrn.calc_check_digit(body)}"


def _za(rng: random.Random) -> str:
    b = _birth(rng)
    body = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{digits(rng, 4, string.digits)}08"
    return body + luhn_digit(body)


def _il(rng: random.Random) -> str:
    body = digits(rng, 8, "0123")
    return body + luhn_digit(body)


def _ch(rng: random.Random) -> str:
    body = "756" + digits(rng, 9, string.digits)
    n = body + ean_digit(body)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def _at(rng: random.Random) -> str:
    b = _birth(rng)
    return _retry(
        lambda r: f"{digits(r, 4)}{b.day:02d}{b.month:02d}{b.year % 100:02d}", vnr.is_valid
    )(rng)


def _fr(rng: random.Random) -> str:
    b = _birth(rng)
    body = (
        f"{rng.choice('12')}{b.year % 100:02d}{b.month:02d}{rng.randint(1, 95):02d}"
        f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    )
    key = mod97_key(body)
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key}"


def _be(rng: random.Random) -> str:
    b = _birth(rng)
    body = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{rng.randint(1, 997):03d}"
    n = body + mod97_key(("2" if b.year >= 2000 else "") + body)
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"


def _is(rng: random.Random) -> str:
    b = _birth(rng)
    while True:
        body = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}{rng.randint(20, 99):02d}"
        check = kennitala_digit(body)
        if check:
            century = "9" if b.year < 2000 else "0"
            return f"{body[:6]}-{body[6:]}{check}{century}"


def _gr(rng: random.Random) -> str:
    b = _birth(rng)
    body = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}{digits(rng, 4, string.digits)}"
    return body + luhn_digit(body)


def _pt(rng: random.Random) -> str:
    body = digits(rng, 8, "123")
    return body + nif.calc_check_digit(body)


def _hr(rng: random.Random) -> str:
    body = digits(rng, 10)
    return body + mod_11_10.calc_check_digit(body)


def _de(rng: random.Random) -> str:
    def make(r: random.Random) -> str:
        ds = [r.choice(string.digits) for _ in range(8)]
        dup = r.choice(ds)
        ds.insert(r.randint(0, 8), dup)
        body = r.choice("123456789") + "".join(ds)
        return body + mod_11_10.calc_check_digit(body)

    return _retry(make, idnr.is_valid)(rng)


def _ie(rng: random.Random) -> str:
    body = digits(rng, 7, string.digits)
    return body + pps_char(body)


def _au(rng: random.Random) -> str:
    n = _retry(lambda r: digits(r, 9), tfn.is_valid)(rng)
    return group(n, 3)


def _nz(rng: random.Random) -> str:
    body = f"{rng.randint(10_000_001, 149_999_999):09d}"[:8]
    return _retry(lambda r: f"{r.randint(10_000_001, 149_999_999)}", ird.is_valid)(rng) or body


def _mx(rng: random.Random) -> str:
    b = _birth(rng)
    letters = "".join(rng.choice("BCDFGHJLMNPRSTVZ") for _ in range(4))
    letters = letters[0] + rng.choice("AEIOU") + letters[2:]
    state = rng.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "CH", "GT"])
    body = (
        f"{letters}{b.year % 100:02d}{b.month:02d}{b.day:02d}{rng.choice('HM')}{state}"
        f"{''.join(rng.choice('BCDFGHJLMNRSTVZ') for _ in range(3))}"
        f"{rng.choice(string.digits) if b.year < 2000 else rng.choice('ABC')}"
    )
    return body + curp.calc_check_digit(body)


def _cl(rng: random.Random) -> str:
    body = str(rng.randint(5_000_000, 25_999_999))
    n = body + rut.calc_check_digit(body)
    return f"{int(body):,}".replace(",", ".") + "-" + n[-1]


def _th(rng: random.Random) -> str:
    body = digits(rng, 12)
    return body + th_pin.calc_check_digit(body)


# Country -> (drawer, python-stdnum validator, local labels).
NATIONAL: dict[
    str, tuple[Callable[[random.Random], str], Callable[[str], bool], tuple[str, ...]]
] = {
    "PL": (_pl, pesel.is_valid, ("PESEL", "nr PESEL", "Pesel")),
    "NL": (_nl, bsn.is_valid, ("BSN", "burgerservicenummer", "BSN-nr.")),
    "ES": (_es, dni.is_valid, ("DNI", "D.N.I.", "NIF")),
    "GB": (_gb, nhs.is_valid, ("NHS No.", "NHS number", "NHS#")),
    "CA": (_ca, sin.is_valid, ("SIN", "NAS", "Social Insurance No.")),
    "IN": (_in, aadhaar.is_valid, ("Aadhaar", "UIDAI no.", "Aadhaar No")),
    "FI": (_fi, hetu.is_valid, ("HETU", "henkilötunnus", "hetu")),
    "BR": (_br, cpf.is_valid, ("CPF", "CPF nº", "C.P.F.")),
    "TR": (_tr, tckimlik.is_valid, ("TC Kimlik No", "T.C. Kimlik", "TCKN")),
    "SE": (_se, personnummer.is_valid, ("personnummer", "pers.nr", "Personnr")),
    "DK": (_dk, cpr.is_valid, ("CPR", "CPR-nummer", "cpr.nr.")),
    "NO": (_retry(_no, fodselsnummer.is_valid), fodselsnummer.is_valid, ("fødselsnr.", "f.nr.")),
    "RO": (_ro, cnp.is_valid, ("CNP", "cod numeric personal")),
    "CZ": (_retry(_cz, rc.is_valid), rc.is_valid, ("rodné číslo", "r.č.")),
    "BG": (_bg, egn.is_valid, ("ЕГН", "EGN")),
    "EE": (_ee, ik.is_valid, ("isikukood", "IK")),
    "LT": (_lt, asmens.is_valid, ("asmens kodas", "a.k.")),
    "IT": (_it, codicefiscale.is_valid, ("codice fiscale", "C.F.", "cod. fisc.")),
    "CN": (_retry(_cn, ric.is_valid), ric.is_valid, ("身份证号", "居民身份证", "ID card no.")),
    "KR": (_retry(_kr, rrn.is_valid), rrn.is_valid, ("주민등록번호", "RRN")),
    "ZA": (_retry(_za, za_idnr.is_valid), za_idnr.is_valid, ("SA ID No.", "ID number")),
    "IL": (_il, il_idnr.is_valid, ("ת.ז.", "Teudat Zehut", "TZ")),
    "CH": (_ch, ch_ssn.is_valid, ("AHV-Nr.", "N° AVS", "AHVN13")),
    "AT": (_at, vnr.is_valid, ("SV-Nummer", "VSNR")),
    "FR": (_retry(_fr, nir.is_valid), nir.is_valid, ("n° de sécu", "NIR", "N° SS")),
    "BE": (_be, be_nn.is_valid, ("rijksregisternummer", "NN", "n° national")),
    "IS": (_retry(_is, kennitala.is_valid), kennitala.is_valid, ("kennitala", "kt.")),
    "GR": (_retry(_gr, amka.is_valid), amka.is_valid, ("ΑΜΚΑ", "AMKA")),
    "PT": (_pt, nif.is_valid, ("NIF", "nº contribuinte")),
    "HR": (_hr, oib.is_valid, ("OIB",)),
    "DE": (_de, idnr.is_valid, ("Steuer-IdNr.", "IdNr", "Steuerliche ID")),
    "IE": (_ie, pps.is_valid, ("PPSN", "PPS No.")),
    "AU": (_au, tfn.is_valid, ("TFN", "tax file no.")),
    "NZ": (_nz, ird.is_valid, ("IRD no.", "IRD number")),
    "MX": (_retry(_mx, curp.is_valid), curp.is_valid, ("CURP",)),
    "CL": (_cl, rut.is_valid, ("RUT", "R.U.T.")),
    "TH": (_retry(_th, th_pin.is_valid), th_pin.is_valid, ("เลขประจำตัวประชาชน", "Thai ID")),
}
COUNTRIES = tuple(NATIONAL)


def national(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    country = form.upper() if form.upper() in NATIONAL else ""
    if not country:
        pool = ctx.template.id_countries if ctx.template and ctx.template.id_countries else ()
        country = rng.choice(pool or COUNTRIES)
    draw, valid, labels = NATIONAL[country]
    number = draw(rng)
    assert valid(number), country
    return Value(number, rng.choice(labels))


def ssn(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    area = rng.choice([n for n in range(1, 900) if n != 666])
    number = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    if form == "plain":
        number = number.replace("-", "")
    elif form == "spaced":
        number = number.replace("-", " ")
    assert us_ssn.is_valid(number)
    return Value(number, rng.choice(["SSN", "Social Security #", "SS No."]))


def card(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    brand = rng.choice(["4", "51", "52", "53", "54", "55", "2221", "37", "6011"])
    length = 15 if brand == "37" else 16
    body = brand + "".join(rng.choice(string.digits) for _ in range(length - 1 - len(brand)))
    number = body + luhn_digit(body)
    if form == "plain":
        return number
    if length == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return group(number, 4, "-" if form == "dashed" else " ")


IBAN_BBAN: dict[str, Callable[[random.Random], str]] = {
    "DE": lambda r: digits(r, 18, string.digits),
    "AT": lambda r: digits(r, 16, string.digits),
    "NL": lambda r: "".join(r.choice("ABNRIG") for _ in range(4)) + digits(r, 10, string.digits),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(r, 14, string.digits),
    "PL": lambda r: digits(r, 24, string.digits),
    "CH": lambda r: digits(r, 17, string.digits),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + digits(r, 14, string.digits),
    "DK": lambda r: digits(r, 14, string.digits),
    "LU": lambda r: digits(r, 16, string.digits),
}


def iban(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    for _ in range(200):
        cc = rng.choice(sorted(IBAN_BBAN))
        bban = IBAN_BBAN[cc](rng)
        number = f"{cc}{iban_digits(cc, bban)}{bban}"
        if std_iban.is_valid(number):
            return number if form == "compact" else group(number, 4)
    raise AssertionError("no IBAN drawn")


def drawn(ctx: Ctx, what: str) -> str:
    """Faker's `what` in the document's locale, or in en_US where that locale has none."""
    try:
        return str(getattr(ctx.fake(), what)()).strip()
    except AttributeError:
        return str(getattr(ctx.fake("en_US"), what)()).strip()


def phone(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if form == "intl":
        region = ctx.locale.split("_")[-1] if "_" in ctx.locale else "US"
        code = phonenumbers.country_code_for_region(region) or 44
        middle, last = digits(rng, 3, string.digits), digits(rng, 4, string.digits)
        return f"+{code} {digits(rng, 3)} {middle} {last}"
    if form == "dots":
        return f"{digits(rng, 3)}.{digits(rng, 3, string.digits)}.{digits(rng, 4, string.digits)}"
    if form == "plain":
        return digits(rng, 10)
    number = drawn(ctx, "phone_number")
    if sum(c.isdigit() for c in number) < 6:
        number = f"0{digits(rng, 9)}"
    return number


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, AdPerson)]
    if people and form != "other":
        latin = people[0].latin.lower().split()
        local = rng.choice([".".join(latin), latin[0][0] + latin[-1], "_".join(latin)])
    else:
        local = str(ctx.fake("en_US").user_name())
    local = "".join(c for c in unidecode(local) if c.isalnum() or c in "._-") or "guest"
    domain = rng.choice(
        [
            "mailbox.example",
            "post.example.org",
            "fastmail.test",
            "inbox.example.net",
            "kabel.example",
            "campus.example.edu",
        ]
    )
    text = f"{local}{rng.randint(1, 99) if rng.random() < 0.3 else ''}@{domain}"
    if form == "spoken":
        return text.replace("@", " at ").replace(".", " dot ")
    return text


def address(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if slot == "adzip":
        return drawn(ctx, "postcode")
    if slot == "adgps":
        lat, lon = rng.uniform(-45, 60), rng.uniform(-120, 150)
        if form == "dms":
            ns, ew = "N" if lat >= 0 else "S", "E" if lon >= 0 else "W"
            la, lo = abs(lat), abs(lon)
            return (
                f"{int(la)}°{int(la * 60 % 60):02d}'{la * 3600 % 60:04.1f}\"{ns} "
                f"{int(lo)}°{int(lo * 60 % 60):02d}'{lo * 3600 % 60:04.1f}\"{ew}"
            )
        return f"{lat:.5f}, {lon:.5f}"
    if form == "street":
        return drawn(ctx, "street_address")
    lines = [line.strip() for line in drawn(ctx, "address").splitlines() if line.strip()]
    if form == "lines":
        return "\n".join(lines)
    if form == "caps":
        return ", ".join(lines).upper()
    return ", ".join(lines)


def record(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    up = string.ascii_uppercase

    def letters(n: int) -> str:
        return "".join(rng.choice(up) for _ in range(n))

    shapes: dict[str, Callable[[], str]] = {
        "admrn": lambda: rng.choice(
            [
                f"{digits(rng, 7)}",
                f"H{digits(rng, 6, string.digits)}",
                f"{digits(rng, 3)}-{digits(rng, 3, string.digits)}-{digits(rng, 2, string.digits)}",
                f"KLN/{digits(rng, 5)}",
            ]
        ),
        "adpol": lambda: rng.choice(
            [
                f"{letters(3)}{digits(rng, 9, string.digits)}",
                f"M{digits(rng, 8)}-0{rng.randint(1, 4)}",
                f"{digits(rng, 4)} {digits(rng, 4, string.digits)} {digits(rng, 2, string.digits)}",
            ]
        ),
        "adclm": lambda: rng.choice(
            [
                f"CLM-{AD_TODAY.year - rng.randint(0, 3)}-{digits(rng, 6, string.digits)}",
                f"{digits(rng, 11)}",
                f"SIN/{letters(2)}/{digits(rng, 5)}",
            ]
        ),
        "adref": lambda: rng.choice(
            [
                f"EMP{digits(rng, 5, string.digits)}",
                f"{letters(2)}-{digits(rng, 6)}",
                f"T{digits(rng, 9, string.digits)}",
                f"RESP-{digits(rng, 4, string.digits)}-{letters(1)}",
            ]
        ),
        "adpnr": lambda: "".join(
            rng.choice(up.replace("O", "").replace("I", "") + "23456789") for _ in range(6)
        ),
        "adbio": lambda: rng.choice(
            [
                f"FP-{''.join(rng.choice('0123456789abcdef') for _ in range(16))}",
                f"IRIS{digits(rng, 8)}",
                f"VOX-{digits(rng, 6)}",
            ]
        ),
        "adface": lambda: rng.choice(
            [
                f"IMG_{digits(rng, 4, string.digits)}.JPG",
                f"photo_{digits(rng, 8)}.png",
                f"FACE-{letters(3)}{digits(rng, 5)}",
            ]
        ),
        "adacct": lambda: rng.choice(
            [
                f"{digits(rng, 4)} {digits(rng, 4, string.digits)} {digits(rng, 4, string.digits)}",
                digits(rng, 10),
                f"{digits(rng, 3)}-{digits(rng, 6, string.digits)}-{digits(rng, 1, string.digits)}",
                f"{letters(2)}{digits(rng, 8)}",
            ]
        ),
        "adlic": lambda: rng.choice(
            [
                f"{letters(1)}{digits(rng, 7, string.digits)}",
                f"{letters(5)}{digits(rng, 6)}{letters(2)}{digits(rng, 2)}",
                f"GMC {digits(rng, 7)}",
                f"RN{digits(rng, 6)}",
                f"{digits(rng, 3)}-{digits(rng, 3, string.digits)}-{digits(rng, 3, string.digits)}",
            ]
        ),
        "adsn": lambda: rng.choice(
            [
                f"SN{digits(rng, 10)}",
                f"{letters(3)}-{digits(rng, 4)}-{letters(2)}{digits(rng, 3)}",
                f"C02{letters(2)}{digits(rng, 5)}{letters(1)}",
                f"MTR{digits(rng, 8)}",
            ]
        ),
        "adpass": lambda: rng.choice(
            [
                f"{letters(2)}{digits(rng, 7, string.digits)}",
                f"{digits(rng, 9)}",
                f"{letters(1)}{digits(rng, 8, string.digits)}",
                f"{letters(1)}{digits(rng, 7, string.digits)}{letters(1)}",
            ]
        ),
        "adveh": lambda: drawn(ctx, "license_plate"),
        "advin": lambda: "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)
        ),
        "adweb": lambda: rng.choice(
            [
                f"https://portal.example.com/u/{digits(rng, 7)}",
                f"https://my.example.net/tenants/{letters(2).lower()}{digits(rng, 5)}",
                f"http://{letters(6).lower()}.example.org/",
                "https://share.example.com/p/" + "".join(rng.choices(string.ascii_letters, k=10)),
            ]
        ),
    }
    return shapes[slot]()


def split_number(ctx: Ctx, slot: str, form: str) -> str | None:
    """Forms "front" and "back": one number broken across two lines, written as two
    entities (the back half is kept for the next slot that asks for it)."""
    if form == "front":
        whole = record(ctx, slot, "") if slot != "adacct" else digits(ctx.rng, 14)
        whole = whole.replace(" ", "")
        cut = len(whole) // 2
        ctx.entities["_ad_back"] = Value(whole[cut:])
        return whole[:cut]
    if form == "back":
        back = ctx.entities.pop("_ad_back", None)
        if isinstance(back, Value):
            return back.text
        return digits(ctx.rng, 6)
    return None


UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def age(ctx: Ctx, form: str) -> str:
    years = ctx.rng.randint(90, 104)
    if form == "words":
        tens, unit = divmod(years, 10)
        if years >= 100:
            return "one hundred" + (f" and {UNITS[unit]}" if unit else "")
        return ("ninety" if tens == 9 else "eighty") + (f"-{UNITS[unit]}" if unit else "")
    if form == "yo":
        return f"{years} y/o"
    return str(years)


def mac(ctx: Ctx, form: str) -> str:
    octets = [ctx.rng.randint(0, 255) for _ in range(6)]
    octets[0] &= 0xFE
    hexed = [f"{o:02x}" for o in octets]
    if form == "cisco":
        joined = "".join(hexed)
        return f"{joined[:4]}.{joined[4:8]}.{joined[8:]}"
    if form == "dash":
        return "-".join(hexed).upper()
    return ":".join(hexed)


def ip(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "six":
        return "2001:db8:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(6))
    if form == "private":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([23, 31, 45, 62, 77, 81, 91, 103, 145, 178, 185, 203, 213])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def imei(ctx: Ctx) -> str:
    body = (
        digits(ctx.rng, 14, "3")
        if ctx.rng.random() < 0.5
        else "35" + digits(ctx.rng, 12, string.digits)
    )
    return body + luhn_digit(body)


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    """Generator hands AD's slots here."""
    if slot == "adpn":
        return person(ctx)
    if slot in ("adacct", "admrn", "adref") and (part := split_number(ctx, slot, form)):
        return Value(part)
    if slot == "adacct" and form == "words":  # read out digit by digit on a call
        spoken = ("zero", *UNITS[1:])
        return Value(" ".join(spoken[int(c)] for c in digits(ctx.rng, 8)))
    if slot == "adtwn":
        return Value(drawn(ctx, "city"))
    if slot in ("adhome", "adzip", "adgps"):
        return Value(address(ctx, slot, form))
    if slot in ("adtel", "adfx"):
        return Value(phone(ctx, slot, form))
    if slot == "admail":
        return Value(email(ctx, form))
    if slot == "adnid":
        return national(ctx, form)
    if slot == "adssn":
        return ssn(ctx, form)
    if slot == "adcard":
        return Value(card(ctx, form))
    if slot == "adiban":
        return Value(iban(ctx, form))
    if slot == "adip":
        return Value(ip(ctx, form))
    if slot in ("adwhen", "adborn"):
        style = form or ctx.rng.choice(DATE_STYLES)
        return Value(write_date(a_day(ctx, slot), style))
    if slot == "adold":
        return Value(age(ctx, form))
    if slot == "admac":
        return Value(mac(ctx, form))
    if slot == "adimei":
        return Value(imei(ctx))
    if slot == "adpass":
        return Value(
            record(ctx, slot, form), ctx.rng.choice(["Passport No.", "Pass-Nr.", "N° passeport"])
        )
    return Value(record(ctx, slot, form))
