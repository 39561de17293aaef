"""Held-out R's value drawers (slots r...: rper, rtown, raddr, ... rmac).

Written in session 32 by an author barred from the redactor and from every other split's
templates and forms. Values come from Faker in many locales, from names-dataset's world
names, from python-stdnum (national numbers with their check digits, IBANs, Luhn, EAN),
from phonenumbers (numbers its metadata calls valid) and from the published layouts of
each other kind. Every date is counted from R_TODAY, never from the clock.

Check digits written here rather than taken from stdnum (each with a published worked
example in the tests; stdnum validates the national numbers they feed): the North
American VIN check digit (49 CFR 565), the DEA registration check digit, the Australian
Medicare card check digit, the NPI's Luhn over the 80840 prefix, the Finnish HETU check
character and the Spanish DNI letter; and the Open Location Code (plus code) encoding.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import ean, luhn, verhoeff
from stdnum import iban as iban_check
from stdnum.be import nn as be_nn
from stdnum.bg import egn as bg_egn
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.cl import rut as cl_rut
from stdnum.cn import ric as cn_ric
from stdnum.dk import cpr as dk_cpr
from stdnum.ee import ik as ee_ik
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as it_codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fodselsnummer
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp as ro_cnp
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tckimlik
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

from resources.synthetic.redaction_eval.generator import Ctx, Person, Value
from resources.synthetic.redaction_eval.world_names import world_names

R_TODAY = date(2026, 8, 19)

# Locales whose names Faker writes in another script, and how a Latin record spells them.
ROMANIZED_FAKER = ("ja_JP", "zh_CN", "zh_TW")


class RPerson(Person):
    """A person with, where the name is in another script, its Latin spelling too."""

    def __init__(self, first: str, last: str, middle: str = "", latin: tuple[str, str] = ("", "")):
        super().__init__(first, last, middle)
        self.latin = latin if any(latin) else ("", "")

    def _latin(self) -> tuple[str, str]:
        if any(self.latin):
            return self.latin
        first, last = (unidecode(w).strip() for w in (self.first, self.last))
        return first[:1].upper() + first[1:], last[:1].upper() + last[1:]

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        lf, ll = self._latin()
        eastern = any(ord(c) > 0x2E80 for c in first + last)  # family name first
        native = f"{last}{first}" if eastern else f"{first} {last}"
        extra = {
            "hl7": "^".join(w for w in (last.upper(), first.upper(), middle.upper()) if w),
            "dual": f"{native} ({ll.upper()} {lf})" if native != f"{lf} {ll}" else native,
            "latin": f"{lf} {ll}",
            "latin_caps_last_first": f"{ll.upper()}, {lf}",
            "native": native,
            "title_last": last,
            "ocr": _ocr(f"{first} {last}"),
            "spaced_caps": " ".join(f"{first} {last}".upper()),
            "last_dot_first": f"{last}.{first}",
            "mixed_case": f"{first.lower()} {last.upper()}",
        }
        if form in extra:
            return extra[form]
        return super().form(form)


def _ocr(text: str) -> str:
    """A scanned name's usual damage (rn read as m, e as c, a stray dot), no digits."""
    for a, b in (("rn", "m"), ("cl", "d"), ("li", "h")):
        if a in text:
            return text.replace(a, b, 1)
    for a, b in (("e", "c"), ("o", "e"), ("a", "o")):
        if a in text[1:]:
            i = text.index(a, 1)
            return text[:i] + b + text[i + 1 :]
    return text.replace(" ", " .", 1)


def new_person(ctx: Ctx) -> RPerson:
    rng = ctx.rng
    own = bool(ctx.template and ctx.template.locales)  # a document of one country's own
    if rng.random() < (0.15 if own else 0.45):
        country = rng.choice(sorted(world_names()))
        names = world_names()[country]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.2 else ""
        return RPerson(first.strip(), last.strip(), "" if middle == first else middle.strip())
    f = ctx.fake()
    latin = ("", "")
    if ctx.locale == "ja_JP":  # kanji with the romaji the same provider pairs them with
        last, _, last_latin = f.last_name_pair()
        first, _, first_latin = f.first_name_pair()
        return RPerson(str(first), str(last), "", (str(first_latin), str(last_latin)))
    first, last = str(f.first_name()), str(f.last_name())
    if ctx.locale in ROMANIZED_FAKER:  # Hanyu Pinyin, the given name's syllables joined
        given = "".join(unidecode(first).split()).title()
        return RPerson(first, last, "", (given, unidecode(last).strip().title()))
    middle = str(f.first_name()) if rng.random() < 0.12 else ""
    if rng.random() < 0.08:  # a compound surname as Iberian and Latin-American records write
        second = str(f.last_name())
        if second != last:
            last = f"{last}{rng.choice([' ', '-'])}{second}"
    return RPerson(first.strip(), last.strip(), "" if middle == first else middle.strip(), latin)


# --- places --------------------------------------------------------------------------


def town(ctx: Ctx, form: str) -> str:
    city = str(ctx.fake().city())
    return city.upper() if form == "caps" else city


def address(ctx: Ctx, form: str) -> str:
    f, rng = ctx.fake(), ctx.rng
    if form == "street":
        return str(f.street_address()).strip() or str(ctx.fake("en_GB").street_address())
    raw = str(f.address())
    lines = [x.strip() for x in raw.splitlines() if x.strip()]
    if form == "block":
        return "\n".join(lines)
    if form == "caps":
        return ", ".join(lines).upper()
    if form == "pipe":
        return " | ".join(lines)
    return (", " if rng.random() < 0.85 else " ").join(lines)


def postcode(ctx: Ctx, form: str) -> str:
    f = ctx.fake()
    try:
        return str(f.postcode())
    except AttributeError:
        return str(ctx.fake("en_GB").postcode())


def geo(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    lat = round(rng.uniform(-55, 70), 6)
    lon = round(rng.uniform(-170, 178), 6)
    if form == "dms":

        def dms(v: float, pos: str, neg: str) -> str:
            a = abs(v)
            d, m = int(a), int((a - int(a)) * 60)
            s = round(((a - int(a)) * 60 - m) * 60, 1)
            return f"{d}°{m:02d}'{s:04.1f}\"{pos if v >= 0 else neg}"

        return f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"
    if form == "geojson":
        return f"[{lon}, {lat}]"
    if form == "plus":
        return plus_code(lat, lon)
    if form == "short":
        return f"{lat:.4f},{lon:.4f}"
    return f"{lat:.5f}, {lon:.5f}"


def plus_code(lat: float, lon: float) -> str:
    """An Open Location Code (10 digits) as Google Maps shows it."""
    alphabet = "23456789CFGHJMPQRVWX"
    lat, lon = lat + 90, lon + 180
    code = ""
    res = 20.0
    for _ in range(5):
        la, lo = int(lat // res), int(lon // res)
        code += alphabet[la] + alphabet[lo]
        lat -= la * res
        lon -= lo * res
        res /= 20
    return code[:8] + "+" + code[8:]


# --- phones and mail -----------------------------------------------------------------

PHONE_REGIONS = (
    "US", "GB", "DE", "FR", "IT", "ES", "PL", "NL", "BR", "MX", "IN", "JP", "KR", "CN",
    "AU", "NZ", "ZA", "NG", "KE", "EG", "TR", "SE", "NO", "FI", "DK", "IE", "PT", "GR",
    "CZ", "RO", "UA", "IL", "SA", "AE", "PH", "ID", "TH", "VN", "AR", "CL", "CO", "CA",
)  # fmt: skip
LOCALE_REGION = {
    "en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "it_IT": "IT", "es_ES": "ES",
    "pl_PL": "PL", "nl_NL": "NL", "pt_BR": "BR", "es_MX": "MX", "en_IN": "IN", "hi_IN": "IN",
    "ja_JP": "JP", "ko_KR": "KR", "zh_CN": "CN", "en_AU": "AU", "en_NZ": "NZ", "zu_ZA": "ZA",
    "en_NG": "NG", "en_KE": "KE", "ar_EG": "EG", "tr_TR": "TR", "sv_SE": "SE", "no_NO": "NO",
    "fi_FI": "FI", "da_DK": "DK", "en_IE": "IE", "pt_PT": "PT", "el_GR": "GR", "cs_CZ": "CZ",
    "ro_RO": "RO", "uk_UA": "UA", "he_IL": "IL", "ar_SA": "SA", "ar_AE": "AE", "en_PH": "PH",
    "id_ID": "ID", "th_TH": "TH", "vi_VN": "VN", "es_AR": "AR", "es_CL": "CL", "es_CO": "CO",
    "en_CA": "CA", "fr_CA": "CA", "de_AT": "AT", "de_CH": "CH", "fr_BE": "BE", "fr_CH": "CH",
    "nl_BE": "BE", "sk_SK": "SK", "hu_HU": "HU", "hr_HR": "HR", "sl_SI": "SI", "et_EE": "EE",
    "lt_LT": "LT", "lv_LV": "LV", "ru_RU": "RU", "fa_IR": "IR", "zh_TW": "TW", "ka_GE": "GE",
    "bg_BG": "BG", "hy_AM": "AM",
}  # fmt: skip


def phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    region = LOCALE_REGION.get(ctx.locale) or rng.choice(PHONE_REGIONS)
    if form.upper() in PHONE_REGIONS:
        region = form.upper()
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    assert example is not None
    nsn = str(example.national_number)
    number = example
    for _ in range(60):  # keep the prefix, draw the rest until the metadata calls it valid
        keep = max(2, len(nsn) - rng.randint(4, 7))
        digits = nsn[:keep] + "".join(rng.choice(string.digits) for _ in nsn[keep:])
        cand = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(cand) and digits != nsn:
            number = cand
            break
    fmt = phonenumbers.PhoneNumberFormat
    style = (
        form
        if form in ("e164", "intl", "national", "rfc", "bare")
        else rng.choice(["e164", "intl", "intl", "national", "national", "rfc", "bare"])
    )
    if style == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if style == "intl":
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if style == "rfc":
        return phonenumbers.format_number(number, fmt.RFC3966).removeprefix("tel:")
    if style == "bare":
        return "00" + phonenumbers.format_number(number, fmt.E164)[1:]
    return phonenumbers.format_number(number, fmt.NATIONAL)


MAIL_HOSTS = (
    "gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "gmx.at", "orange.fr", "libero.it",
    "wp.pl", "seznam.cz", "yandex.ru", "naver.com", "qq.com", "163.com", "rediffmail.com",
    "uol.com.br", "proton.me", "icloud.com", "t-online.de", "free.fr", "mail.ee",
)  # fmt: skip


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    if people and rng.random() < 0.8:
        p = rng.choice(people)
        first, last = p.first, p.last
        if isinstance(p, RPerson):
            first, last = p._latin()
        first, last = (re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) or "x" for w in (first, last))
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{last}.{first[0]}",
                f"{first}_{last}{rng.randint(1, 99)}",
                f"{last}{first[:3]}",
                f"{first}{rng.randint(1960, 2008)}",
            ]
        )
    else:
        local = str(ctx.fake("en_US").user_name())
    host = rng.choice(MAIL_HOSTS) if rng.random() < 0.6 else str(ctx.fake().free_email_domain())
    if form == "org":
        host = str(ctx.fake("en_US").domain_name())
    if form == "obfuscated":
        h, _, tld = host.rpartition(".")
        return f"{local} [at] {h} [dot] {tld}"
    if form == "caps":
        return f"{local}@{host}".upper()
    return f"{local}@{host}"


# --- national numbers (python-stdnum checks every one) -----------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _born(rng: random.Random, lo: int = 1931, hi: int = 2008) -> date:
    return date(lo, 1, 1) + timedelta(days=rng.randint(0, (date(hi, 12, 31) - date(lo, 1, 1)).days))


def _until(rng: random.Random, draw, ok) -> str:  # type: ignore[no-untyped-def]
    for _ in range(400):
        v = draw()
        if ok(v):
            return v
    raise AssertionError("no valid number drawn")


def _complete(base: str, n: int, valid) -> str:  # type: ignore[no-untyped-def]
    """`base` with the first n-digit suffix stdnum accepts (its check digits)."""
    for k in range(10**n):
        if valid(base + f"{k:0{n}d}"):
            return base + f"{k:0{n}d}"
    raise AssertionError("no check digits fit")


def _complete_or_blank(base: str, n: int, valid) -> str:  # type: ignore[no-untyped-def]
    try:
        return _complete(base, n, valid)
    except AssertionError:
        return ""


def _nat_us(rng: random.Random) -> tuple[str, str]:

    def draw() -> str:
        area = rng.choice([n for n in range(1, 900) if n != 666])
        return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"

    return rng.choice(["SSN", "Social Security No.", "SS#"]), _until(rng, draw, us_ssn.is_valid)


def _nat_gb(rng: random.Random) -> tuple[str, str]:

    v = _until(rng, lambda: _digits(rng, 10), gb_nhs.is_valid)
    return rng.choice(["NHS No.", "NHS number"]), f"{v[:3]} {v[3:6]} {v[6:]}"


def _nat_nl(rng: random.Random) -> tuple[str, str]:

    return "BSN", _until(rng, lambda: _digits(rng, 9), nl_bsn.is_valid)


def _nat_br(rng: random.Random) -> tuple[str, str]:

    v = _until(rng, lambda: _complete_or_blank(_digits(rng, 9), 2, br_cpf.is_valid), bool)
    return "CPF", br_cpf.format(v)


def _nat_tr(rng: random.Random) -> tuple[str, str]:

    base = str(rng.randint(1, 9)) + _digits(rng, 8)
    return rng.choice(["T.C. Kimlik No", "TCKN"]), base + tr_tckimlik.calc_check_digits(base)


def _nat_ca(rng: random.Random) -> tuple[str, str]:

    def draw() -> str:
        base = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _digits(rng, 7)
        return base + luhn.calc_check_digit(base)

    v = _until(rng, draw, ca_sin.is_valid)
    return rng.choice(["SIN", "NAS"]), f"{v[:3]} {v[3:6]} {v[6:]}"


def _nat_in(rng: random.Random) -> tuple[str, str]:

    def draw() -> str:
        base = str(rng.randint(2, 9)) + _digits(rng, 10)
        return base + verhoeff.calc_check_digit(base)

    v = _until(rng, draw, in_aadhaar.is_valid)
    return "Aadhaar", f"{v[:4]} {v[4:8]} {v[8:]}"


def _nat_pl(rng: random.Random) -> tuple[str, str]:

    b = _born(rng)
    month = b.month + (20 if b.year >= 2000 else 0)
    base = f"{b.year % 100:02d}{month:02d}{b.day:02d}{_digits(rng, 4)}"
    return "PESEL", base + pl_pesel.calc_check_digit(base)


def _nat_se(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    base = f"{b:%y%m%d}{_digits(rng, 3)}"
    sep = "+" if R_TODAY.year - b.year >= 100 else "-"
    return "personnummer", f"{base[:6]}{sep}{base[6:]}{luhn.calc_check_digit(base)}"


def _nat_fi(rng: random.Random) -> tuple[str, str]:

    b = _born(rng)
    sep = "A" if b.year >= 2000 else "-"
    ind = f"{rng.randint(2, 899):03d}"
    check = hetu_check(f"{b:%d%m%y}{ind}")
    v = f"{b:%d%m%y}{sep}{ind}{check}"
    assert fi_hetu.is_valid(v)
    return "HETU", v


def hetu_check(digits9: str) -> str:
    """The Finnish henkilötunnus check character: the 9 digits mod 31 in a fixed table."""
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(digits9) % 31]


def dni_letter(n: int) -> str:
    """The Spanish DNI control letter: the number mod 23 in a fixed table."""
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def _nat_es(rng: random.Random) -> tuple[str, str]:
    n = rng.randint(10**6, 10**8 - 1)
    return rng.choice(["DNI", "NIF"]), f"{n:08d}{dni_letter(n)}"


def _nat_fr(rng: random.Random) -> tuple[str, str]:

    b = _born(rng)
    base = f"{rng.choice('12')}{b:%y%m}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}"
    base += f"{rng.randint(1, 999):03d}"
    v = base + fr_nir.calc_check_digits(base)
    return rng.choice(
        ["NIR", "n° sécu"]
    ), f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def _nat_be(rng: random.Random) -> tuple[str, str]:

    b = _born(rng, 1931, 1999)
    base = f"{b:%y%m%d}{rng.randint(1, 997):03d}"
    v = _until(rng, lambda: _complete_or_blank(base, 2, be_nn.is_valid), bool)
    return rng.choice(["Rijksregisternr.", "NN"]), f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def _nat_ro(rng: random.Random) -> tuple[str, str]:

    b = _born(rng, 1931, 1999)
    base = f"{rng.choice('12')}{b:%y%m%d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    return "CNP", base + ro_cnp.calc_check_digit(base)


def _nat_bg(rng: random.Random) -> tuple[str, str]:

    b = _born(rng, 1931, 1999)
    base = f"{b:%y%m%d}{_digits(rng, 3)}"
    return "ЕГН", base + bg_egn.calc_check_digit(base)


def _nat_cn(rng: random.Random) -> tuple[str, str]:

    def draw() -> str:
        b = _born(rng)
        area = rng.choice(["110101", "310104", "440305", "330106", "420102", "320102", "370102"])
        base = f"{area}{b:%Y%m%d}{_digits(rng, 3)}"
        return next((base + c for c in "0123456789X" if cn_ric.is_valid(base + c)), "")

    return rng.choice(["身份证号", "居民身份证"]), _until(rng, draw, bool)


def _nat_kr(rng: random.Random) -> tuple[str, str]:

    def draw() -> str:
        b = _born(rng, 1931, 1999)
        base = f"{b:%y%m%d}{rng.choice('12')}{rng.randint(0, 92):02d}{_digits(rng, 3)}"
        return base + kr_rrn.calc_check_digit(base)

    v = _until(rng, draw, kr_rrn.is_valid)
    return "주민등록번호", f"{v[:6]}-{v[6:]}"


def _nat_za(rng: random.Random) -> tuple[str, str]:

    def draw() -> str:
        b = _born(rng, 1931, 1999)
        base = f"{b:%y%m%d}{_digits(rng, 4)}0{rng.randint(8, 9)}"
        return base + luhn.calc_check_digit(base)

    return "SA ID", _until(rng, draw, za_idnr.is_valid)


def _nat_il(rng: random.Random) -> tuple[str, str]:

    base = str(rng.randint(1, 3)) + _digits(rng, 7)
    v = base + luhn.calc_check_digit(base)
    assert il_idnr.is_valid(v)
    return "ת.ז.", v


def _nat_cl(rng: random.Random) -> tuple[str, str]:

    base = str(rng.randint(5_000_000, 25_999_999))
    return "RUT", cl_rut.format(base + cl_rut.calc_check_digit(base))


def _nat_hr(rng: random.Random) -> tuple[str, str]:
    base = str(rng.randint(1, 9)) + _digits(rng, 9)
    return "OIB", base + mod_11_10.calc_check_digit(base)


def _nat_ee(rng: random.Random) -> tuple[str, str]:

    b = _born(rng)
    century = (3 if b.year < 2000 else 5) + rng.randint(0, 1)
    base = f"{century}{b:%y%m%d}{_digits(rng, 3)}"
    return "isikukood", next(base + c for c in string.digits if ee_ik.is_valid(base + c))


def _nat_pt(rng: random.Random) -> tuple[str, str]:

    base = str(rng.choice([1, 2, 3])) + _digits(rng, 7)
    return "NIF", base + pt_nif.calc_check_digit(base)


def _nat_ch(rng: random.Random) -> tuple[str, str]:
    base = "756" + _digits(rng, 9)
    v = base + ean.calc_check_digit(base)
    return "AHV-Nr.", f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def _nat_jp(rng: random.Random) -> tuple[str, str]:

    base = _digits(rng, 11)
    v = base + jp_in.calc_check_digit(base)
    return "マイナンバー", f"{v[:4]} {v[4:8]} {v[8:]}"


def _nat_th(rng: random.Random) -> tuple[str, str]:

    base = str(rng.randint(1, 8)) + _digits(rng, 11)
    v = base + th_pin.calc_check_digit(base)
    return "เลขประจำตัวประชาชน", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"


def _nat_it(rng: random.Random) -> tuple[str, str]:

    b = _born(rng)
    letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
    day = b.day + (40 if rng.random() < 0.5 else 0)
    base = (
        f"{letters}{b:%y}{'ABCDEHLMPRST'[b.month - 1]}{day:02d}"
        f"{rng.choice('ABCDEFGHLM')}{rng.randint(1, 999):03d}"
    )
    return "codice fiscale", base + it_codicefiscale.calc_check_digit(base)


def _nat_no(rng: random.Random) -> tuple[str, str]:

    def draw() -> str:
        b = _born(rng, 1940, 1999)
        base = f"{b:%d%m%y}{rng.randint(0, 499):03d}"
        c1 = no_fodselsnummer.calc_check_digit1(base)
        c2 = no_fodselsnummer.calc_check_digit2(base + c1)
        return base + c1 + c2

    return "fødselsnummer", _until(rng, draw, no_fodselsnummer.is_valid)


def _nat_dk(rng: random.Random) -> tuple[str, str]:

    def draw() -> str:
        b = _born(rng, 1940, 1999)
        return f"{b:%d%m%y}-{rng.randint(0, 3999):04d}"

    return "CPR-nr.", _until(rng, draw, dk_cpr.is_valid)


NATIONAL = {
    "us": _nat_us, "gb": _nat_gb, "nl": _nat_nl, "br": _nat_br, "tr": _nat_tr, "ca": _nat_ca,
    "in": _nat_in, "pl": _nat_pl, "se": _nat_se, "fi": _nat_fi, "es": _nat_es, "fr": _nat_fr,
    "be": _nat_be, "ro": _nat_ro, "bg": _nat_bg, "cn": _nat_cn, "kr": _nat_kr, "za": _nat_za,
    "il": _nat_il, "cl": _nat_cl, "hr": _nat_hr, "ee": _nat_ee, "pt": _nat_pt, "ch": _nat_ch,
    "jp": _nat_jp, "th": _nat_th, "it": _nat_it, "no": _nat_no, "dk": _nat_dk,
}  # fmt: skip


def national(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    t = ctx.template
    pool = [c.lower() for c in (t.id_countries if t and t.id_countries else ())]
    key = form if form in NATIONAL else rng.choice(pool or sorted(NATIONAL))
    label, number = NATIONAL[key](rng)
    return Value(number, label)


def passport(ctx: Ctx, form: str) -> Value:
    """Passports, visas and residence permits in their issuers' published layouts."""
    rng = ctx.rng
    up = string.ascii_uppercase
    de = "CFGHJKLMNPRTVWXYZ0123456789"
    shapes = [
        ("US passport", lambda: str(rng.randint(5, 6)) + _digits(rng, 8)),
        ("UK passport", lambda: str(rng.randint(1, 9)) + _digits(rng, 8)),
        ("Reisepass", lambda: rng.choice("CFGHJK") + "".join(rng.choice(de) for _ in range(8))),
        ("passeport", lambda: _digits(rng, 2) + rng.choice(up) + rng.choice(up) + _digits(rng, 5)),
        ("Indian passport", lambda: rng.choice("JKLMNPRSTUVWZ") + _digits(rng, 7)),
        ("护照", lambda: "E" + rng.choice("ABCDEFGH") + _digits(rng, 7)),
        ("旅券番号", lambda: rng.choice(["TK", "TR", "MZ", "TZ"]) + _digits(rng, 7)),
        (
            "BRP",
            lambda: rng.choice(["ZU", "ZX", "RE"]) + rng.choice("0123456789X") + _digits(rng, 6),
        ),
        ("permesso di soggiorno", lambda: rng.choice(up) + rng.choice(up) + _digits(rng, 7)),
        ("visa foil", lambda: rng.choice(["Z", "D", "K"]) + _digits(rng, 8)),
        ("Green Card", lambda: rng.choice(["IOE", "SRC", "EAC", "LIN", "WAC"]) + _digits(rng, 10)),
        ("A-Number", lambda: "A" + _digits(rng, 9)),
    ]
    if form == "label_any" or not form or form == "label":
        label, draw = rng.choice(shapes)
    else:
        label, draw = next((s for s in shapes if s[0].lower().startswith(form)), rng.choice(shapes))
    v = draw()
    if label == "A-Number" and rng.random() < 0.5:
        v = f"A{v[1:4]}-{v[4:7]}-{v[7:]}"
    return Value(v, label)


# --- records -------------------------------------------------------------------------


def _luhn_tail(base: str) -> str:
    return base + luhn.calc_check_digit(base)


def mrn(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    makers = [
        lambda: f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        lambda: "E" + _digits(rng, 7),
        lambda: _luhn_tail(str(rng.randint(1, 9)) + _digits(rng, 7)),
        lambda: f"MRN{_digits(rng, 8)}",
        lambda: f"{rng.choice(['RX', 'RJ', 'RM', 'K'])}{_digits(rng, 6)}",
        lambda: f"{R_TODAY.year - rng.randint(0, 9)}-{_digits(rng, 6)}",
        lambda: f"H{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        lambda: f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
        lambda: f"PID-{rng.choice(string.ascii_uppercase)}{_digits(rng, 6)}",
    ]
    if form == "plain":
        return _luhn_tail(str(rng.randint(1, 9)) + _digits(rng, 6))
    return rng.choice(makers)()


def medicare_au(rng: random.Random) -> str:
    """An Australian Medicare card number: 8 digits, a check digit, an issue number."""
    base = str(rng.randint(2, 6)) + _digits(rng, 7)
    return f"{base[:4]} {base[4:]}{medicare_au_check(base)} {rng.randint(1, 9)}"


def medicare_au_check(base: str) -> str:
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return str(sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 10)


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier (CMS layout: C A AN N A AN N A A N N)."""
    an = MBI_LETTERS + string.digits

    def c(pool: str) -> str:
        return rng.choice(pool)

    s = (
        c("123456789") + c(MBI_LETTERS) + c(an) + c(string.digits) + c(MBI_LETTERS) + c(an)
        + c(string.digits) + c(MBI_LETTERS) + c(MBI_LETTERS) + c(string.digits) + c(string.digits)
    )  # fmt: skip
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.5 else s


def plan(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    up = string.ascii_uppercase
    makers = [
        ("Medicare card", lambda: medicare_au(rng)),
        ("MBI", lambda: mbi(rng)),
        ("member ID", lambda: "".join(rng.choice(up) for _ in range(3)) + _digits(rng, 9)),
        ("Versichertennummer", lambda: rng.choice(up) + _digits(rng, 9)),
        ("EHIC", lambda: "80" + rng.choice(["276", "250", "380", "724", "616"]) + _digits(rng, 15)),
        (
            "subscriber no.",
            lambda: f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
        ),
        (
            "OHIP",
            lambda: (
                f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{rng.choice(up)}{rng.choice(up)}"  # noqa: E501
            ),
        ),
        ("policy no.", lambda: f"POL/{_digits(rng, 4)}/{_digits(rng, 6)}"),
        ("CHI", lambda: _until(rng, lambda: _digits(rng, 10), _nhs_ok)),
    ]
    if form == "au":
        return Value(medicare_au(rng), "Medicare card")
    if form == "mbi":
        return Value(mbi(rng), "MBI")
    label, draw = rng.choice(makers)
    return Value(draw(), label)


def _nhs_ok(v: str) -> bool:

    return gb_nhs.is_valid(v)


def ref(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    up = string.ascii_uppercase
    y = R_TODAY.year - rng.randint(0, 2)
    makers = {
        "claim": lambda: f"CLM-{y}-{_digits(rng, 7)}",
        "case": lambda: f"{y}/{rng.choice(['FR', 'AML', 'CHB', 'KYC'])}/{_digits(rng, 5)}",
        "court": lambda: f"{rng.randint(1, 9)}:{y % 100}-cv-{_digits(rng, 5)}",
        "police": lambda: f"{rng.choice(up)}{rng.choice(up)}-{y}-{_digits(rng, 6)}",
        "ticket": lambda: f"INC{_digits(rng, 7)}",
        "uetr": lambda: str(_uuid4(rng)),
        "awb": lambda: f"{_digits(rng, 3)}-{_digits(rng, 8)}",
        "tracking": lambda: (
            f"1Z{''.join(rng.choice(up + string.digits) for _ in range(6))}{_digits(rng, 10)}"
        ),
        "student": lambda: f"S{y % 100}{_digits(rng, 6)}",
        "rx": lambda: f"RX{_digits(rng, 7)}",
        "employee": lambda: f"EMP-{_digits(rng, 5)}",
        "accession": lambda: f"ACC{y}{_digits(rng, 6)}",
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]()


def _uuid4(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def bio(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    h = f"{rng.getrandbits(160):040x}"
    makers = [
        lambda: f"FP-{h[:8].upper()}",
        lambda: f"IRIS:{h[:16]}",
        lambda: f"VP-{_digits(rng, 4)}-{h[:6].upper()}",
        lambda: f"EURODAC {rng.choice(['DE', 'IT', 'GR', 'ES'])}{_digits(rng, 4)}{h[:6].upper()}",
        lambda: f"DNA-{R_TODAY.year % 100}-{_digits(rng, 5)}",
        lambda: f"face-tmpl/{h[:12]}",
    ]
    return rng.choice(makers)()


def account(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    makers = [
        (
            "sort code / account",
            lambda: f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)} {_digits(rng, 8)}",
        ),
        ("acct", lambda: _digits(rng, rng.randint(9, 12))),
        (
            "BSB / account",
            lambda: f"{_digits(rng, 3)}-{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 5)}",
        ),
        ("customer no.", lambda: f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}"),
        ("Kontonummer", lambda: f"{_digits(rng, 4)} {_digits(rng, 6)} {_digits(rng, 2)}"),
        (
            "cuenta",
            lambda: f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)} {_digits(rng, 8)}",
        ),
        ("account no.", lambda: f"ACC-{_digits(rng, 8)}"),
        ("wallet", lambda: f"0x{f'{rng.getrandbits(160):040x}'}"),
    ]
    label, draw = rng.choice(makers)
    return Value(draw(), label)


CARD_PREFIXES = (("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15))
CARD_PREFIXES += (("6011", 16), ("35", 16), ("62", 16), ("4", 19))


def card(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    prefix, n = rng.choice(CARD_PREFIXES)
    base = prefix + _digits(rng, n - len(prefix) - 1)
    v = base + luhn.calc_check_digit(base)
    style = form or rng.choice(["groups", "groups", "plain", "dashes"])
    if style == "plain":
        return v
    parts = [v[:4], v[4:10], v[10:]] if n == 15 else [v[i : i + 4] for i in range(0, n, 4)]
    return ("-" if style == "dashes" else " ").join(parts)


IBAN_LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_PT", "fi_FI")
IBAN_LOCALES += ("de_AT", "de_CH", "nl_BE", "cs_CZ", "sk_SK", "ro_RO", "hu_HU", "el_GR", "no_NO")
IBAN_LOCALES += ("sv_SE", "da_DK", "et_EE", "lt_LT", "lv_LV", "hr_HR", "sl_SI", "bg_BG", "tr_TR")


def iban(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    v = ""
    for _ in range(20):
        f = ctx.fake(rng.choice(IBAN_LOCALES))
        try:
            v = str(f.iban())
        except AttributeError:
            continue
        if iban_check.is_valid(v):
            break
    if not iban_check.is_valid(v):
        v = str(ctx.fake("de_DE").iban())
    if form == "compact" or rng.random() < 0.3:
        return v
    return iban_check.format(v)


def ip(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "v6" or (form not in ("v4", "mapped") and rng.random() < 0.3):
        pre = rng.choice([["2001", "db8"], ["2a02", "8108"], ["2600", "1700"], ["2405", "204"]])
        groups = pre + [f"{rng.getrandbits(16):x}" for _ in range(8 - len(pre))]
        if rng.random() < 0.4:
            groups[2:5] = ["0", "0", "0"]
        return str(ipaddress.ip_address(":".join(groups)))
    if form == "mapped":
        return f"::ffff:{ipaddress.IPv4Address(rng.getrandbits(32))}"
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if not (a.is_multicast or a.is_reserved or a.is_loopback or a.is_unspecified):
            return str(a)


def url(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    handle = "user"
    if people:
        p = people[0]
        first, last = p._latin() if isinstance(p, RPerson) else (p.first, p.last)
        handle = re.sub(r"[^a-z0-9]", "", unidecode(first + last).lower()) or "user"
    dom = str(ctx.fake("en_US").domain_name())
    makers = [
        lambda: f"https://www.linkedin.com/in/{handle}-{rng.randint(10, 999)}",
        lambda: f"https://mychart.{dom}/MyChart/Visit?csn={rng.randint(10**6, 10**7)}",
        lambda: f"https://t.me/{handle}{rng.randint(1, 99)}",
        lambda: f"https://vk.com/id{rng.randint(10**5, 10**8)}",
        lambda: f"https://{handle}.wordpress.com/",
        lambda: f"https://www.facebook.com/profile.php?id={rng.randint(10**9, 10**10)}",
        lambda: f"http://{dom}/~{handle[:8]}",
        lambda: f"https://portal.{dom}/patients/{_uuid4(rng)}",
        lambda: f"https://wa.me/{rng.randint(10**10, 10**11)}",
    ]
    return rng.choice(makers)()


def photo(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    dom = str(ctx.fake("en_US").domain_name())
    h = f"{rng.getrandbits(128):032x}"
    makers = [
        lambda: f"https://cdn.{dom}/staff/photos/{h[:12]}.jpg",
        lambda: f"https://{dom}/kyc/selfie/{_uuid4(rng)}.png",
        lambda: (
            f"https://storage.googleapis.com/{dom.split('.', maxsplit=1)[0]}-ids/face_{h[:10]}.jpeg"
        ),
        lambda: (
            f"https://pacs.{dom}/wado?requestType=WADO&objectUID=1.2.840.{rng.randint(10**5, 10**6)}.{rng.randint(1, 999)}"  # noqa: E501
        ),
        lambda: f"http://intranet.{dom}/badge/{h[:8]}.jpg",
    ]
    return rng.choice(makers)()


# --- dates ---------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # noqa: E501
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # noqa: E501
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # noqa: E501
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}  # fmt: skip


JAPANESE_ERAS = (
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
)


def wareki(d: date) -> str:
    """A date in the Japanese era calendar (the first year of an era written 元)."""
    start, era = next(e for e in JAPANESE_ERAS if d >= e[0])
    year = d.year - start.year + 1
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


def fmt_date(rng: random.Random, d: date, form: str) -> str:
    forms = {
        "iso": d.isoformat,
        "us": lambda: f"{d.month}/{d.day}/{d.year}",
        "us0": lambda: f"{d:%m/%d/%Y}",
        "eu": lambda: f"{d:%d.%m.%Y}",
        "uk": lambda: f"{d:%d/%m/%Y}",
        "hl7": lambda: f"{d:%Y%m%d}",
        "dmy_mon": lambda: f"{d:%d}-{MONTHS['en'].split()[d.month - 1][:3].upper()}-{d:%Y}",
        "long": lambda: f"{MONTHS['en'].split()[d.month - 1]} {d.day}, {d.year}",
        "jp": lambda: f"{d.year}年{d.month}月{d.day}日",
        "reiwa": lambda: wareki(d),
        "roc": lambda: f"{d.year - 1911}/{d:%m/%d}",
        "kr": lambda: f"{d.year}. {d.month}. {d.day}.",
        "short": lambda: f"{d:%d/%m/%y}",
        "swift": lambda: f"{d:%y%m%d}",
        "fhir": lambda: f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
    }
    for lang in MONTHS:
        forms[lang] = lambda lang=lang: f"{d.day} {MONTHS[lang].split()[d.month - 1]} {d.year}"
    key = form if form in forms else rng.choice(["iso", "us", "eu", "uk", "long", "en", "dmy_mon"])
    return forms[key]()


def a_date(ctx: Ctx, form: str) -> str:
    """A document's dates in the order it numbers them (admitted before discharged), the
    first up to two years before R_TODAY, each later one days to weeks after the last."""
    rng = ctx.rng
    before = [k for k in ctx.entities if re.fullmatch(r"rdate\d*", k)]
    last = getattr(ctx, "_r_last_date", None) if before else None
    if last is None:
        d = R_TODAY - timedelta(days=rng.randint(60, 720))
    else:
        d = min(R_TODAY, last + timedelta(days=rng.randint(1, 45)))
    ctx._r_last_date = d  # type: ignore[attr-defined]
    return fmt_date(rng, d, form)


def a_dob(ctx: Ctx, form: str) -> str:
    return fmt_date(ctx.rng, _born(ctx.rng, 1929, 2012), form)


AGE_WORDS = {
    "en": ("ninety", "one hundred"),
    "fr": ("quatre-vingt-dix", "cent"),
    "es": ("noventa", "cien"),
    "de": ("neunzig", "hundert"),
}
UNITS = {
    "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "de": ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
}


def age(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    n = rng.randint(90, 106)
    if form == "words" and n < 100:
        u = n - 90
        return "ninety" + (f"-{UNITS['en'][u - 1]}" if u else "")
    if form == "es" and n < 100:
        u = n - 90
        return "noventa" + (f" y {UNITS['es'][u - 1]}" if u else "")
    if form == "de" and n < 100:
        u = n - 90
        return (f"{UNITS['de'][u - 1]}und" if u else "") + "neunzig"
    if form == "y":
        return f"{n}y"
    if form == "yo":
        return f"{n} y/o"
    if form == "jp":
        return f"{n}歳"
    return str(n)


# --- licences, vehicles, devices ------------------------------------------------------

VIN_VALUES = {
    c: v
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ"])
    for c in cs
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(vin: str) -> str:
    total = sum(
        (int(c) if c.isdigit() else VIN_VALUES[c]) * w
        for c, w in zip(vin, VIN_WEIGHTS, strict=True)
    )
    r = total % 11
    return "X" if r == 10 else str(r)


def vin(rng: random.Random) -> str:
    wmi = rng.choice(
        ["1HG", "1FT", "2T1", "3VW", "JHM", "KMH", "WVW", "WBA", "SAL", "VF1", "ZFA", "YV1", "5YJ"]
    )
    vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    year = rng.choice("EFGHJKLMNPRST123456789")
    plant = rng.choice(VIN_CHARS)
    serial = _digits(rng, 6)
    draft = f"{wmi}{vds}0{year}{plant}{serial}"
    return draft[:8] + vin_check(draft) + draft[9:]


def plate(rng: random.Random, locale: str) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"

    def L(n: int) -> str:
        return "".join(rng.choice(up) for _ in range(n))

    makers = [
        lambda: f"{L(2)}{_digits(rng, 2)} {L(3)}",  # GB
        lambda: (
            f"{rng.choice(['M', 'B', 'HH', 'K', 'S', 'F'])}-{L(2)} {rng.randint(1, 9999)}"
        ),  # DE
        lambda: f"{L(2)}-{_digits(rng, 3)}-{L(2)}",  # FR, IT
        lambda: f"{rng.randint(1, 99)}-{L(3)}-{rng.randint(1, 9)}",  # NL
        lambda: (
            f"{rng.choice(['MH', 'KA', 'DL', 'TN'])} {_digits(rng, 2)} {L(2)} {_digits(rng, 4)}"
        ),
        lambda: (
            f"品川 {rng.randint(300, 599)} {rng.choice('さすせそたちつてと')} {_digits(rng, 2)}-{_digits(rng, 2)}"  # noqa: E501
        ),
        lambda: f"{_digits(rng, 2)}{rng.choice('가나다라마거너더러')} {_digits(rng, 4)}",
        lambda: f"{_digits(rng, 1)}{L(3)}{_digits(rng, 3)}",  # US state style
        lambda: f"{L(3)}{rng.randint(1, 9)}{L(1)}{_digits(rng, 2)}",  # BR Mercosul
        lambda: f"{L(3)} {_digits(rng, 3)}",  # SE
        lambda: f"{_digits(rng, 4)} {L(3)}",  # ES
    ]
    return rng.choice(makers)()


def vehicle(ctx: Ctx, form: str) -> str:
    if form == "vin" or (form != "plate" and ctx.rng.random() < 0.45):
        return vin(ctx.rng)
    return plate(ctx.rng, ctx.locale)


def dea_check(base7: str) -> str:
    d = [int(c) for c in base7[:6]]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def npi(rng: random.Random) -> str:
    base = str(rng.randint(1, 2)) + _digits(rng, 8)
    return base + luhn.calc_check_digit("80840" + base)


def licence(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    up = string.ascii_uppercase

    def dea() -> str:
        six = _digits(rng, 6)
        return f"{rng.choice('ABFGM')}{rng.choice(up)}{six}{dea_check(six)}"

    makers = [
        ("DEA", dea),
        ("NPI", lambda: npi(rng)),
        ("GMC No.", lambda: str(rng.randint(2_000_000, 7_999_999))),
        (
            "NMC PIN",
            lambda: f"{_digits(rng, 2)}{rng.choice(up)}{_digits(rng, 4)}{rng.choice('EOSW')}",
        ),
        ("AHPRA", lambda: f"{rng.choice(['MED', 'NMW', 'PHA'])}000{_digits(rng, 7)}"),
        ("LANR", lambda: _digits(rng, 9)),
        ("RPPS", lambda: "10" + _digits(rng, 9)),
        ("DL", lambda: f"{rng.choice(up)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}"),
        ("driving licence", lambda: _uk_dl(ctx)),
        (
            "Führerschein",
            lambda: (
                f"{rng.choice('BFJN')}{_digits(rng, 2)}{''.join(rng.choice(up + string.digits) for _ in range(7))}{rng.randint(0, 9)}"  # noqa: E501
            ),
        ),
        ("CDL", lambda: f"{_digits(rng, 3)}{rng.choice(up)}{_digits(rng, 5)}"),
        ("licence no.", lambda: f"{rng.choice(['NSW', 'VIC', 'QLD'])} {_digits(rng, 8)}"),
    ]
    pick = {m[0].lower(): m for m in makers}
    label, draw = pick.get(form.lower()) or rng.choice(makers)
    return Value(draw(), label)


def _uk_dl(ctx: Ctx) -> str:
    rng = ctx.rng
    f = ctx.fake("en_GB")
    last = re.sub(r"[^A-Z]", "", unidecode(str(f.last_name())).upper())
    last = (last + "99999")[:5]
    b = _born(rng, 1940, 2005)
    month = b.month + (50 if rng.random() < 0.5 else 0)
    first = re.sub(r"[^A-Z]", "", unidecode(str(f.first_name())).upper())[0]
    return f"{last}{b.year % 100 // 10}{month:02d}{b.day:02d}{b.year % 10}{first}9{rng.choice(up_digits())}{rng.randint(10, 99)}"  # noqa: E501


def up_digits() -> str:
    return string.ascii_uppercase + string.digits


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    up = string.ascii_uppercase

    def imei() -> str:
        base = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
        return base + luhn.calc_check_digit(base)

    def udi() -> str:
        gtin = "0" + _digits(rng, 12)
        gtin += ean.calc_check_digit(gtin)
        lot = "".join(rng.choice(up + string.digits) for _ in range(6))
        return f"(01){gtin}(17){(R_TODAY + timedelta(days=rng.randint(200, 900))):%y%m%d}(21){lot}"

    makers = {
        "imei": imei,
        "udi": udi,
        "pacer": lambda: (
            f"{rng.choice(['PJN', 'RNA', 'CAF'])}{_digits(rng, 6)}{rng.choice(['S', 'H', 'G'])}"
        ),
        "pump": lambda: f"NG{_digits(rng, 7)}H",
        "cgm": lambda: f"{rng.choice(up)}{rng.choice(up)}{_digits(rng, 8)}",
        "serial": lambda: f"SN-{''.join(rng.choice(up + string.digits) for _ in range(10))}",
        "iccid": lambda: _luhn_tail("8944" + _digits(rng, 14)),
        "hearing": lambda: f"{_digits(rng, 2)}{rng.choice(up)}{_digits(rng, 6)}",
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]()


def mac(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    octets = [rng.getrandbits(8) for _ in range(6)]
    octets[0] &= 0xFE
    h = "".join(f"{o:02x}" for o in octets)
    style = form or rng.choice(["colon", "colon", "dash", "cisco", "bare"])
    if style == "dash":
        return "-".join(h[i : i + 2] for i in range(0, 12, 2)).upper()
    if style == "cisco":
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))
    if style == "bare":
        return h.upper()
    return ":".join(h[i : i + 2] for i in range(0, 12, 2))


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    if slot == "rper":
        return new_person(ctx)
    labelled = {
        "rnat": national,
        "rpass": passport,
        "rplan": plan,
        "racct": account,
        "rlic": licence,
    }
    if slot in labelled:
        value = labelled[slot](ctx, form)
        return Value(value.text.strip(), value.label)
    plain = {
        "rtown": town,
        "raddr": address,
        "rpost": postcode,
        "rgeo": geo,
        "rtel": phone,
        "rfax": phone,
        "rmail": email,
        "rmrn": mrn,
        "rref": ref,
        "rbio": bio,
        "rcard": card,
        "riban": iban,
        "rip": ip,
        "rurl": url,
        "rphoto": photo,
        "rdate": a_date,
        "rdob": a_dob,
        "rage": age,
        "rveh": vehicle,
        "rdev": device,
        "rmac": mac,
    }
    return Value(plain[slot](ctx, form).strip())
