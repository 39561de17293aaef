"""Held-out AB's values (session 43): civil registration, property and inheritance,
recruitment and telecoms, as the documents of many countries write them.

Every value is drawn from the document's rng and Faker (seeded per document by the
generator); dates count back from AB_TODAY, never from the clock. National numbers carry
valid check digits (python-stdnum validates each draw); phone numbers are valid for their
region (phonenumbers); IMEI and ICCID carry Luhn digits.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Callable
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import verhoeff

from resources.synthetic.redaction_eval.generator import MONTHS, Ctx, Person, Value

AB_TODAY = date(2026, 12, 4)

# HIPAA Safe Harbor's 18 identifier classes (45 CFR 164.514(b)(2)(i)) -> AB slots drawing them.
HIPAA_CLASSES = {
    "A names": ("abname",),
    "B geographic subdivisions smaller than a state": ("abaddr", "abtown", "abpost", "abgeo"),
    "C dates (except year) and ages over 89": ("abdate", "abdob", "abage"),
    "D telephone numbers": ("abtel", "abmsisdn"),
    "E fax numbers": ("abfax",),
    "F electronic mail addresses": ("abmail",),
    "G social security numbers": ("abssn",),
    "H medical record numbers": ("abmrn",),
    "I health plan beneficiary numbers": ("abplan",),
    "J account numbers": ("abacct", "abcard", "abiban"),
    "K certificate/license numbers": ("abcert", "ablic"),
    "L vehicle identifiers and serial numbers, including license plates": ("abveh",),
    "M device identifiers and serial numbers": ("abdev", "abimei", "abiccid", "abimsi"),
    "N web universal resource locators": ("aburl",),
    "O internet protocol addresses": ("abip",),
    "P biometric identifiers": ("abbio",),
    "Q full-face photographs and comparable images": ("abphoto",),
    "R any other unique identifying number, characteristic, or code": (
        "abclaim",
        "abcase",
        "abtitle",
        "abref",
    ),
}


# ---------------------------------------------------------------- check-digit schemes


def luhn_digit(body: str) -> str:
    """The Luhn check digit of a digit string (ISO/IEC 7812-1)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def verhoeff_digit(body: str) -> str:
    """The Verhoeff check digit (Aadhaar numbers)."""
    return str(verhoeff.calc_check_digit(body))


def iban_digits(country: str, bban: str) -> str:
    """The two ISO 13616 check digits of an IBAN (ISO 7064 MOD 97-10)."""
    moved = bban + country + "00"
    number = "".join(str(int(c, 36)) for c in moved.upper())
    return f"{98 - int(number) % 97:02d}"


def dni_letter(number: str) -> str:
    """The Spanish DNI control letter (number mod 23)."""
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


# ---------------------------------------------------------------- helpers


def _fake(ctx: Ctx, attr: str, fallback: str = "en_US") -> str:
    try:
        return str(getattr(ctx.fake(), attr)())
    except AttributeError:
        return str(getattr(ctx.fake(fallback), attr)())


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(str(ctx.rng.randrange(10)) for _ in range(n))


def _region(ctx: Ctx) -> str:
    tail = ctx.locale.rsplit("_", 1)[-1].upper()
    return {"EN": "US", "TH": "TH", "SW": "KE", "LA": "IT", "AA": "SA", "DE": "DE"}.get(tail, tail)


LOOKALIKE = {"0": "O", "1": "l", "5": "S", "8": "B", "O": "0", "I": "1", "l": "1", "S": "5"}


def ocr(ctx: Ctx, text: str) -> str:
    """A value as an OCR'd scan reads it: some characters swapped for look-alikes."""
    out = [LOOKALIKE[c] if c in LOOKALIKE and ctx.rng.random() < 0.35 else c for c in text]
    return "".join(out)


class ABPerson(Person):
    """A person with the forms AB's documents add: GEDCOM, CJK order, OCR'd capitals."""

    def form(self, form: str) -> str:
        first, last = self.first, self.last
        if form == "gedcom":
            return f"{first} /{last}/"
        if form == "cjk":
            return f"{last}{first}"
        if form == "cjk_space":
            return f"{last} {first}"
        if form == "caps_ocr":
            return f"{first} {last}".upper().replace("O", "0").replace("I", "1")
        if form == "last_comma_caps":
            return f"{last.upper()},{first.upper()}"
        if form == "hl7":
            return f"{last}^{first}" + (f"^{self.middle}" if self.middle else "")
        return super().form(form)


def person(ctx: Ctx) -> ABPerson:
    f = ctx.fake()
    try:
        first, last = str(f.first_name()), str(f.last_name())
    except AttributeError:
        f = ctx.fake("en_US")
        first, last = str(f.first_name()), str(f.last_name())
    middle = str(f.first_name()) if ctx.rng.random() < 0.12 else ""
    if middle == first:
        middle = ""
    return ABPerson(first.strip(), last.strip(), middle.strip())


# ---------------------------------------------------------------- dates

RU_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
EN_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
EN_MONTH = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def fmt_date(ctx: Ctx, day: date, form: str) -> str:
    base = form.removesuffix("_ocr")
    simple = {
        "iso": "%Y-%m-%d",
        "dmy": "%d/%m/%Y",
        "mdy": "%m/%d/%Y",
        "dots": "%d.%m.%Y",
        "dash": "%d-%m-%Y",
        "hl7": "%Y%m%d",
        "compact": "%Y%m%d",
        "ymd_slash": "%Y/%m/%d",
        "hl7ts": "%Y%m%d%H%M",
    }
    if base == "hl7ts":
        text = f"{day:%Y%m%d}{ctx.rng.randint(0, 23):02d}{ctx.rng.randint(0, 59):02d}"
    elif base in simple:
        text = day.strftime(simple[base])
    elif base == "gedcom":
        text = f"{day.day} {EN_MON[day.month - 1]} {day.year}"
    elif base == "us_long":
        text = f"{EN_MONTH[day.month - 1]} {day.day}, {day.year}"
    elif base == "en_long":
        text = f"{day.day} {EN_MONTH[day.month - 1]} {day.year}"
    elif base in ("jp", "zh"):
        text = f"{day.year}年{day.month}月{day.day}日"
    elif base == "ko":
        text = f"{day.year}년 {day.month}월 {day.day}일"
    elif base == "ru_long":
        text = f"{day.day} {RU_MONTHS[day.month - 1]} {day.year}"
    elif base == "th_be":
        text = f"{day.day}/{day.month}/{day.year + 543}"
    elif base.startswith("long_"):
        text = f"{day.day} {MONTHS[base[5:]][day.month - 1]} {day.year}"
    elif base.startswith("de_long"):
        text = f"{day.day}. {MONTHS['de'][day.month - 1]} {day.year}"
    else:
        pool = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y")
        text = day.strftime(ctx.rng.choice(pool))
    return ocr(ctx, text) if form.endswith("_ocr") else text


def event_day(ctx: Ctx, form: str) -> date:
    if form.startswith("old"):  # a parish register or an old certificate
        return AB_TODAY - timedelta(days=ctx.rng.randint(60 * 365, 160 * 365))
    return AB_TODAY - timedelta(days=ctx.rng.randint(0, 9 * 365))


def birth_day(ctx: Ctx) -> date:
    return AB_TODAY - timedelta(days=ctx.rng.randint(17 * 365, 99 * 365))


# ---------------------------------------------------------------- national numbers


def _yymmdd(d: date) -> str:
    return f"{d:%y%m%d}"


def _ddmmyy(d: date) -> str:
    return f"{d:%d%m%y}"


def _pesel(ctx: Ctx, d: date) -> str:
    month = d.month + (20 if d.year >= 2000 else 0)
    body = f"{d:%y}{month:02d}{d:%d}" + _digits(ctx, 4)
    return body + _mod("pl.pesel").calc_check_digit(body)


def _hetu(ctx: Ctx, d: date) -> str:
    sign = "A" if d.year >= 2000 else "-"
    return (
        _ddmmyy(d)
        + sign
        + f"{ctx.rng.randint(2, 899):03d}"
        + ctx.rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY")
    )


def _fnr(ctx: Ctx, d: date) -> str:
    m = _mod("no.fodselsnummer")
    indiv = ctx.rng.randint(0, 499) if d.year < 2000 else ctx.rng.randint(500, 999)
    body = _ddmmyy(d) + f"{indiv:03d}"
    body += m.calc_check_digit1(body)
    return body + m.calc_check_digit2(body)


def _ee(ctx: Ctx, d: date, module: str) -> str:
    sex = ctx.rng.choice("34" if d.year < 2000 else "56")
    body = sex + _yymmdd(d) + _digits(ctx, 3)
    return body + _mod(module).calc_check_digit(body)


def _cn(ctx: Ctx, d: date) -> str:
    area = ctx.rng.choice(["110101", "310104", "440106", "510107", "330106", "420102"])
    body = area + f"{d:%Y%m%d}" + _digits(ctx, 3)
    return body + _mod("cn.ric").calc_check_digit(body)


def _cnp(ctx: Ctx, d: date) -> str:
    sex = ctx.rng.choice("12" if d.year < 2000 else "56")
    body = sex + _yymmdd(d) + f"{ctx.rng.randint(1, 40):02d}" + f"{ctx.rng.randint(1, 999):03d}"
    return body + _mod("ro.cnp").calc_check_digit(body)


def _egn(ctx: Ctx, d: date) -> str:
    month = d.month + (40 if d.year >= 2000 else 0)
    body = f"{d:%y}{month:02d}{d:%d}" + _digits(ctx, 3)
    return body + _mod("bg.egn").calc_check_digit(body)


def _cf(ctx: Ctx, d: date) -> str:
    cons = "BCDFGHLMNPRSTVZ"
    letters = "".join(ctx.rng.choice(cons) for _ in range(6))
    day = d.day + (40 if ctx.rng.random() < 0.5 else 0)
    town = ctx.rng.choice("ABCDEFGHLM") + f"{ctx.rng.randint(1, 999):03d}"
    body = letters + f"{d:%y}" + "ABCDEHLMPRST"[d.month - 1] + f"{day:02d}" + town
    return body + _mod("it.codicefiscale").calc_check_digit(body)


def _nir(ctx: Ctx, d: date) -> str:
    dept = f"{ctx.rng.randint(1, 95):02d}".replace("20", "21")
    body = ctx.rng.choice("12") + f"{d:%y%m}" + dept + f"{ctx.rng.randint(1, 990):03d}"
    body += f"{ctx.rng.randint(1, 999):03d}"
    return body + _mod("fr.nir").calc_check_digits(body)


def _curp(ctx: Ctx, d: date) -> str:
    up = string.ascii_uppercase
    r = ctx.rng
    head = r.choice("BCGHLMPRSTV") + r.choice("AEIOU") + r.choice(up) + r.choice(up)
    states = ["AS", "BC", "CL", "DF", "JC", "NL", "PL", "VZ", "YN", "GT"]
    body = head + _yymmdd(d) + r.choice("HM") + r.choice(states)
    body += "".join(r.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3))
    body += r.choice("0123456789") if d.year < 2000 else r.choice("ABCD")
    return body + _mod("mx.curp").calc_check_digit(body)


def _za(ctx: Ctx, d: date) -> str:
    body = _yymmdd(d) + f"{ctx.rng.randint(0, 9999):04d}" + ctx.rng.choice("01") + "8"
    return body + luhn_digit(body)


def _tc(ctx: Ctx, d: date) -> str:
    body = str(ctx.rng.randint(1, 9)) + _digits(ctx, 8)
    return body + _mod("tr.tckimlik").calc_check_digits(body)


def _rrn(ctx: Ctx, d: date) -> str:
    sex = ctx.rng.choice("12" if d.year < 2000 else "34")
    body = _yymmdd(d) + sex + f"{ctx.rng.randint(0, 8):02d}" + _digits(ctx, 3)
    return body + _mod("kr.rrn").calc_check_digit(body)


def _amka(ctx: Ctx, d: date) -> str:
    body = _ddmmyy(d) + _digits(ctx, 4)
    return body + luhn_digit(body)


def _aadhaar(ctx: Ctx, d: date) -> str:
    body = str(ctx.rng.randint(2, 9)) + _digits(ctx, 10)
    return body + verhoeff_digit(body)


def _kennitala(ctx: Ctx, d: date) -> str:
    return _ddmmyy(d) + _digits(ctx, 3) + ("9" if d.year < 2000 else "0")


def _random(n: int, first: str = "123456789") -> Callable[[Ctx, date], str]:
    def make(ctx: Ctx, d: date) -> str:
        return ctx.rng.choice(first) + _digits(ctx, n - 1)

    return make


def _dated(fmt: Callable[[date], str], n: int) -> Callable[[Ctx, date], str]:
    def make(ctx: Ctx, d: date) -> str:
        return fmt(d) + _digits(ctx, n)

    return make


def _mod(name: str):
    return importlib.import_module("stdnum." + name)


# country -> (stdnum module, maker(ctx, birth day) -> a candidate, formatter)
NATIONAL: dict[str, tuple[str, Callable[[Ctx, date], str], Callable[[str], str]]] = {
    "pl": ("pl.pesel", _pesel, str),
    "se": ("se.personnummer", _dated(_yymmdd, 4), lambda s: f"{s[:6]}-{s[6:]}"),
    "fi": ("fi.hetu", _hetu, str),
    "no": ("no.fodselsnummer", _fnr, lambda s: f"{s[:6]} {s[6:]}"),
    "be": ("be.nn", _dated(_yymmdd, 5), lambda s: f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"),
    "ee": ("ee.ik", lambda c, d: _ee(c, d, "ee.ik"), str),
    "lt": ("lt.asmens", lambda c, d: _ee(c, d, "lt.asmens"), str),
    "cn": ("cn.ric", _cn, str),
    "ro": ("ro.cnp", _cnp, str),
    "bg": ("bg.egn", _egn, str),
    "cz": ("cz.rc", _dated(_yymmdd, 4), lambda s: f"{s[:6]}/{s[6:]}"),
    "it": ("it.codicefiscale", _cf, str),
    "fr": (
        "fr.nir",
        _nir,
        lambda s: " ".join((s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])),
    ),
    "es": ("es.dni", _random(8, "0123456789"), lambda s: s),
    "pt": ("pt.nif", _random(9, "123"), lambda s: f"{s[:3]} {s[3:6]} {s[6:]}"),
    "br": ("br.cpf", _random(11), lambda s: f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"),
    "cl": (
        "cl.rut",
        _random(8, "12"),
        lambda s: f"{int(s[:-1]):,}".replace(",", ".") + "-" + s[-1],
    ),
    "ar": ("ar.cuit", _random(11, "2"), lambda s: f"{s[:2]}-{s[2:10]}-{s[10:]}"),
    "mx": ("mx.curp", _curp, str),
    "in": ("in_.aadhaar", _aadhaar, lambda s: f"{s[:4]} {s[4:8]} {s[8:]}"),
    "za": ("za.idnr", _za, str),
    "il": ("il.idnr", _random(9, "0123"), str),
    "tr": ("tr.tckimlik", _tc, str),
    "kr": ("kr.rrn", _rrn, lambda s: f"{s[:6]}-{s[6:]}"),
    "ca": ("ca.sin", _random(9, "1234567"), lambda s: f"{s[:3]} {s[3:6]} {s[6:]}"),
    "au": ("au.tfn", _random(9), lambda s: f"{s[:3]} {s[3:6]} {s[6:]}"),
    "nz": ("nz.ird", _random(9, "01"), lambda s: f"{s[:3]}-{s[3:6]}-{s[6:]}"),
    "gr": ("gr.amka", _amka, str),
    "hr": ("hr.oib", _random(11), str),
    "th": (
        "th.pin",
        _random(13, "12345678"),
        lambda s: f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}",
    ),
    "nl": ("nl.bsn", _random(9, "12345678"), lambda s: f"{s[:4]}.{s[4:6]}.{s[6:]}"),
    "gb": ("gb.nhs", _random(10, "4"), lambda s: f"{s[:3]} {s[3:6]} {s[6:]}"),
    "is": ("is_.kennitala", _kennitala, lambda s: f"{s[:6]}-{s[6:]}"),
    "ch": (
        "ch.ssn",
        lambda c, d: "756" + _digits(c, 10),
        lambda s: f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}",
    ),
    "de": ("de.idnr", _random(11), lambda s: f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"),
    "ru": ("ru.inn", _random(12, "1234567"), str),
    "ua": ("ua.rntrc", _random(10, "123"), str),
    "ie": ("ie.pps", lambda c, d: _digits(c, 7) + c.rng.choice("WABCDEFGHIJKLMNOPQRSTUV"), str),
    "jp": ("jp.in_", _random(12), lambda s: f"{s[:4]} {s[4:8]} {s[8:]}"),
}


def national_number(ctx: Ctx, country: str) -> str:
    """A number of `country` that python-stdnum accepts, written as that country does."""
    module_name, make, show = NATIONAL[country]
    module = _mod(module_name)
    born = birth_day(ctx)
    for _ in range(5000):
        raw = make(ctx, born)
        if country == "es":
            raw += dni_letter(raw)
        if country == "fi" and not module.is_valid(raw):
            continue
        if module.is_valid(raw):
            return show(raw)
    raise AssertionError(country)


def ssn(ctx: Ctx) -> str:
    r = ctx.rng
    area = r.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


# ---------------------------------------------------------------- telecoms


def phone_number(ctx: Ctx, form: str) -> str:
    region = form.upper() if len(form) == 2 else _region(ctx)
    kind = phonenumbers.PhoneNumberType
    for _ in range(200):
        ptype = ctx.rng.choice([kind.MOBILE, kind.FIXED_LINE])
        example = phonenumbers.example_number_for_type(region, ptype)
        if example is None:
            region = "GB"
            continue
        nsn = str(example.national_number)
        keep = max(2, len(nsn) - 5)
        candidate = nsn[:keep] + _digits(ctx, len(nsn) - keep)
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if phonenumbers.is_valid_number(number):
            fmt = phonenumbers.PhoneNumberFormat
            if form == "e164":
                return phonenumbers.format_number(number, fmt.E164)
            if form == "msisdn":
                return phonenumbers.format_number(number, fmt.E164)[1:]
            style = ctx.rng.choice([fmt.INTERNATIONAL, fmt.NATIONAL, fmt.E164, fmt.INTERNATIONAL])
            return phonenumbers.format_number(number, style)
    raise AssertionError(region)


def imei(ctx: Ctx) -> str:
    body = ctx.rng.choice(["35", "86", "01", "49"]) + _digits(ctx, 12)
    return body + luhn_digit(body)


def iccid(ctx: Ctx) -> str:
    cc = ctx.rng.choice(["44", "49", "33", "34", "39", "48", "7", "1", "81", "91"])
    body = "89" + cc + _digits(ctx, 17 - len(cc))
    return body + luhn_digit(body)


def imsi(ctx: Ctx) -> str:
    mccmnc = ctx.rng.choice(["23410", "26201", "20801", "21407", "22210", "26002", "310260"])
    return mccmnc + _digits(ctx, 15 - len(mccmnc))


def mac(ctx: Ctx, form: str) -> str:
    parts = [f"{ctx.rng.randrange(256):02x}" for _ in range(6)]
    if form == "cisco":
        h = "".join(parts)
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))
    if form == "dash":
        return "-".join(parts).upper()
    return ":".join(parts) if ctx.rng.random() < 0.5 else ":".join(parts).upper()


# ---------------------------------------------------------------- money


def card(ctx: Ctx, form: str) -> str:
    prefix = ctx.rng.choice(["4", "51", "52", "55", "2221", "6011"])
    body = prefix + _digits(ctx, 15 - len(prefix))
    raw = body + luhn_digit(body)
    if form == "masked":
        return raw[:6] + "******" + raw[-4:]
    sep = ctx.rng.choice(["", " ", "-", " "])
    return sep.join(raw[i : i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {
    "DE": "########" + "##########",
    "FR": "##########" + "#" * 11 + "##",
    "ES": "#" * 20,
    "IT": "?" + "#" * 10 + "#" * 12,
    "NL": "????" + "#" * 10,
    "BE": "#" * 12,
    "PL": "#" * 24,
    "GB": "????" + "#" * 14,
    "PT": "#" * 21,
    "AT": "#" * 16,
    "IE": "????" + "#" * 14,
    "SE": "#" * 20,
    "CZ": "#" * 20,
    "RO": "????" + "#" * 16,
    "TR": "#" * 5 + "0" + "#" * 16,
    "GR": "#" * 23,
    "HR": "#" * 17,
    "FI": "#" * 14,
    "NO": "#" * 11,
    "DK": "#" * 14,
}


def iban(ctx: Ctx, form: str) -> str:
    country = form.upper() if form.upper() in IBAN_BBAN else ctx.rng.choice(sorted(IBAN_BBAN))
    for _ in range(20000):  # some countries add national check digits inside the BBAN
        bban = "".join(
            str(ctx.rng.randrange(10))
            if c == "#"
            else ctx.rng.choice(string.ascii_uppercase)
            if c == "?"
            else c
            for c in IBAN_BBAN[country]
        )
        raw = country + iban_digits(country, bban) + bban
        if iban_check.is_valid(raw):
            break
    else:
        raise AssertionError(country)
    if ctx.rng.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


# ---------------------------------------------------------------- shapes


def _shape(ctx: Ctx, pattern: str) -> str:
    out = []
    for c in pattern:
        if c == "#":
            out.append(str(ctx.rng.randrange(10)))
        elif c == "?":
            out.append(ctx.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


SHAPES = {
    "abmrn": ("MRN########", "#######", "H##-###-###", "RX######", "##########"),
    "abplan": ("???#########", "W#########", "XG#######-##", "#########A", "MBR########"),
    "abclaim": ("CLM-####-#######", "#############", "?##########", "SIN/####/######"),
    "abcase": ("##-?-#####", "# O ###/##", "RG ##/#####", "####/##", "?##??###", "CV-##-######"),
    "abtitle": ("???######", "??######", "Blatt ####", "####/####/##", "T#######"),
    "abref": ("##########", "REF-######-##", "??/#####/##", "#########?", "####-####-####"),
    "abbio": ("FP-########", "BIO?#######", "IRIS-####-####", "VP-#####-?"),
    "abacct": ("########", "##-####-########", "ACC#########", "#########-##", "############"),
    "abcert": ("???######", "??? ######", "#######", "CRT-##-#####", "N° ########"),
    "ablic": ("?#######", "###-###-###", "#######", "??######", "??-####-##", "??###??##"),
    "abdev": ("SN-?##########", "???#######", "##??-####-####", "C#######?", "S/N ##########"),
    "abpass": ("??#######", "#########", "?########", "??#######"),
}


def shaped(ctx: Ctx, slot: str, form: str) -> str:
    text = _shape(ctx, ctx.rng.choice(SHAPES[slot]))
    return ocr(ctx, text) if form.endswith("ocr") else text


def email(ctx: Ctx) -> str:
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    domain = ctx.rng.choice(
        ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "mail.ru", "qq.com"]
        + [str(ctx.fake("en_US").domain_name())] * 3
    )
    if people and ctx.rng.random() < 0.75:
        p = ctx.rng.choice(people)
        user = ctx.rng.choice(
            [f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.last}{ctx.rng.randint(1, 99)}"]
        )
        user = "".join(c for c in unidecode(user).lower() if c.isalnum() or c == ".")
        if len(user.strip(".")) >= 3:
            return f"{user.strip('.')}@{domain}"
    return f"{ctx.fake('en_US').user_name()!s}{ctx.rng.randint(1, 999)}@{domain}"


def web_url(ctx: Ctx, slot: str) -> str:
    f = ctx.fake("en_US")
    host = str(f.domain_name())
    if slot == "abphoto":
        return f"https://{host}/photos/{f.hexify('^^^^^^^^^^')}.jpg"
    return ctx.rng.choice(
        [
            f"https://{host}/profile/{f.user_name()}",
            f"https://www.linkedin.com/in/{f.user_name()}-{f.hexify('^^^^^^')}",
            f"https://{host}/case/{ctx.rng.randint(10000, 999999)}",
            f"http://{host}/~{f.user_name()}",
        ]
    )


def coordinates(ctx: Ctx) -> str:
    lat, lon = ctx.rng.uniform(-50.0, 65.0), ctx.rng.uniform(-120.0, 150.0)
    if ctx.rng.random() < 0.5:
        return f"{lat:.5f}, {lon:.5f}"
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    return f"{abs(lat):.4f}{ns} {abs(lon):.4f}{ew}"


def vehicle(ctx: Ctx, form: str) -> str:
    if form == "vin" or (form != "plate" and ctx.rng.random() < 0.4):
        return str(ctx.fake("en_US").vin())
    return _fake(ctx, "license_plate")


def ip(ctx: Ctx, form: str) -> str:
    f = ctx.fake("en_US")
    if form == "v6" or (form != "v4" and ctx.rng.random() < 0.25):
        return str(f.ipv6())
    return str(f.ipv4_public())


def address(ctx: Ctx, form: str) -> str:
    text = _fake(ctx, "address")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if form == "lines":
        return "\n".join(lines)
    text = ", ".join(lines)
    return ocr(ctx, text) if form == "ocr" else text


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    if slot == "abname":
        return person(ctx)
    if slot == "abnat":
        return Value(national_number(ctx, form), form)
    if slot == "abssn":
        return Value(ssn(ctx))
    if slot in ("abtel", "abfax", "abmsisdn"):
        return Value(phone_number(ctx, "msisdn" if slot == "abmsisdn" else form))
    if slot == "abdate":
        return Value(fmt_date(ctx, event_day(ctx, form), form.removeprefix("old_")))
    if slot == "abdob":
        if form.startswith("aged_"):  # the birth date of someone over 89
            born = AB_TODAY - timedelta(days=ctx.rng.randint(90 * 365 + 30, 104 * 365))
            return Value(fmt_date(ctx, born, form.removeprefix("aged_")))
        return Value(fmt_date(ctx, birth_day(ctx), form))
    if slot == "abage":
        return Value(str(ctx.rng.randint(90, 104)))
    if slot in SHAPES:
        return Value(shaped(ctx, slot, form))
    makers: dict[str, Callable[[], str]] = {
        "abtown": lambda: _fake(ctx, "city"),
        "abaddr": lambda: address(ctx, form),
        "abpost": lambda: _fake(ctx, "postcode"),
        "abgeo": lambda: coordinates(ctx),
        "abmail": lambda: email(ctx),
        "abcard": lambda: card(ctx, form),
        "abiban": lambda: iban(ctx, form),
        "abip": lambda: ip(ctx, form),
        "aburl": lambda: web_url(ctx, slot),
        "abphoto": lambda: web_url(ctx, slot),
        "abveh": lambda: vehicle(ctx, form),
        "abimei": lambda: imei(ctx),
        "abiccid": lambda: iccid(ctx),
        "abimsi": lambda: imsi(ctx),
        "abmac": lambda: mac(ctx, form),
    }
    return Value(makers[slot]().strip())
