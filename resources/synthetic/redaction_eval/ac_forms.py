"""Held-out AC's values (session 44): schools, social care, public services and logistics.

Each `ac...` slot is drawn here from the document's own rng and Faker locale. National
numbers are built for one country each (the template's form names it, as `{acnat1.fr}`)
and completed with the check character(s) that python-stdnum accepts; a few schemes are
also written out below (Luhn, Verhoeff, ISO 7064 mod 97-10, NHS mod 11, VIN, ISO 6346)
so that the tests can hold them to published worked examples. Dates count back from the
pinned day AC_TODAY, never from the clock.
"""

from __future__ import annotations

import importlib
import itertools
import string
import types
from datetime import date, timedelta

from faker.decode import unidecode

from resources.synthetic.redaction_eval.generator import Ctx, Person, Value

AC_TODAY = date(2026, 12, 11)


DIGITS = string.digits
UPPER = string.ascii_uppercase


# ---- check-digit schemes written out (held to published worked examples in the tests)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
_VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def mod97_remainder(iban_text: str) -> int:
    """ISO 7064 mod 97-10 as IBAN applies it: 1 for a valid IBAN."""
    s = iban_text.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def nhs_digit(body9: str) -> str:
    """NHS number: weights 10..2, 11 minus the remainder; 11 is 0, 10 never issued."""
    r = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body9)) % 11
    return {11: "0", 10: "X"}.get(r, str(r))


_VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_digit(vin17: str) -> str:
    total = sum(
        (int(ch) if ch.isdigit() else _VIN_VALUES[ch]) * w
        for ch, w in zip(vin17, _VIN_WEIGHTS, strict=True)
    )
    r = total % 11
    return "X" if r == 10 else str(r)


def iso6346_digit(body10: str) -> str:
    values = {}
    v = 10
    for ch in UPPER:
        if v % 11 == 0:
            v += 1
        values[ch] = v
        v += 1
    total = sum((int(ch) if ch.isdigit() else values[ch]) * 2**i for i, ch in enumerate(body10))
    return str(total % 11 % 10)


# ---- national numbers: a body from the rng, completed with what stdnum accepts


def _module(name: str) -> types.ModuleType:
    return importlib.import_module("stdnum." + name)


def _complete(module: str, body: str, n: int = 1, alphabet: str = DIGITS) -> str | None:
    mod = _module(module)
    for tail in itertools.product(alphabet, repeat=n):
        candidate = body + "".join(tail)
        if mod.is_valid(candidate):
            return candidate
    return None


def _digits(ctx: Ctx, n: int, first: str = "123456789") -> str:
    rng = ctx.rng
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def _birth(ctx: Ctx, lo: int = 18, hi: int = 88) -> date:
    return AC_TODAY - timedelta(days=ctx.rng.randint(lo * 365, hi * 365))


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _nat_gb(ctx: Ctx) -> str:
    while True:
        body = _digits(ctx, 9, "4679")
        check = nhs_digit(body)
        if check != "X":
            n = body + check
            return ctx.rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def _nat_fr(ctx: Ctx) -> str:
    b = _birth(ctx)
    body = f"{ctx.rng.choice('12')}{b:%y%m}{ctx.rng.randint(1, 95):02d}"
    if body.endswith("20"):
        body = body[:-2] + "21"
    body += f"{ctx.rng.randint(1, 990):03d}{ctx.rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    n = f"{body}{key:02d}"
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def _nat_de(ctx: Ctx) -> str:
    while True:
        n = _complete("de.idnr", _digits(ctx, 10))
        if n:
            return ctx.rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])


def _nat_es(ctx: Ctx) -> str:
    n = f"{ctx.rng.randint(1000000, 99999999):08d}"
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def _nat_it(ctx: Ctx) -> str:
    rng = ctx.rng
    b = _birth(ctx)
    cons = "BCDFGHLMNPRSTVZ"
    day = b.day + (40 if rng.random() < 0.5 else 0)
    body = (
        "".join(rng.choice(cons) for _ in range(6))
        + f"{b:%y}"
        + "ABCDEHLMPRST"[b.month - 1]
        + f"{day:02d}"
        + rng.choice("ABCDEFGHLM")
        + f"{rng.randint(1, 999):03d}"
    )
    return _complete("it.codicefiscale", body, 1, UPPER) or body


def _nat_nl(ctx: Ctx) -> str:
    while True:
        n = _complete("nl.bsn", _digits(ctx, 8, "1236"))
        if n:
            return ctx.rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}"])


def _nat_be(ctx: Ctx) -> str:
    b = _birth(ctx, 30, 88)
    n = _complete("be.nn", f"{_yymmdd(b)}{ctx.rng.randint(1, 997):03d}", 2)
    assert n
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"


def _nat_pl(ctx: Ctx) -> str:
    b = _birth(ctx, 30, 88)
    return _complete("pl.pesel", f"{_yymmdd(b)}{ctx.rng.randint(0, 9999):04d}") or ""


def _nat_se(ctx: Ctx) -> str:
    b = _birth(ctx)
    body = f"{_yymmdd(b)}{ctx.rng.randint(1, 999):03d}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def _nat_no(ctx: Ctx) -> str:
    while True:
        b = _birth(ctx, 30, 88)
        n = _complete("no.fodselsnummer", f"{b:%d%m%y}{ctx.rng.randint(0, 499):03d}", 2)
        if n:
            return ctx.rng.choice([n, f"{n[:6]} {n[6:]}"])


def _nat_fi(ctx: Ctx) -> str:
    b = _birth(ctx, 30, 88)
    body = f"{b:%d%m%y}{ctx.rng.randint(2, 899):03d}"
    sep = "-" if b.year < 2000 else "A"
    return f"{body[:6]}{sep}{body[6:]}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31]


def _nat_pt(ctx: Ctx) -> str:
    n = _complete("pt.nif", _digits(ctx, 8, "12"))
    assert n
    return ctx.rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def _nat_br(ctx: Ctx) -> str:
    while True:
        n = _complete("br.cpf", _digits(ctx, 9), 2)
        if n:
            return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def _nat_cl(ctx: Ctx) -> str:
    n = _complete("cl.rut", str(ctx.rng.randint(5_000_000, 25_999_999)), 1, DIGITS + "K")
    assert n
    return f"{int(n[:-1]):,}".replace(",", ".") + "-" + n[-1]


def _nat_ar(ctx: Ctx) -> str:
    while True:
        n = _complete("ar.cuit", ctx.rng.choice(["20", "27", "23"]) + _digits(ctx, 8, "123"))
        if n:
            return f"{n[:2]}-{n[2:10]}-{n[10]}"


def _nat_in(ctx: Ctx) -> str:
    while True:
        body = _digits(ctx, 11, "23456789")
        n = body + verhoeff_digit(body)
        if _module("in_.aadhaar").is_valid(n):
            return f"{n[:4]} {n[4:8]} {n[8:]}"


def _nat_cn(ctx: Ctx) -> str:
    while True:
        b = _birth(ctx)
        region = ctx.rng.choice(["110101", "310104", "440106", "330102", "420111", "320102"])
        body = f"{region}{b:%Y%m%d}{ctx.rng.randint(1, 999):03d}"
        n = _complete("cn.ric", body, 1, DIGITS + "X")
        if n:
            return n


def _nat_za(ctx: Ctx) -> str:
    b = _birth(ctx)
    body = f"{_yymmdd(b)}{ctx.rng.randint(0, 9999):04d}0{ctx.rng.choice('89')}"
    return body + luhn_digit(body)


def _nat_il(ctx: Ctx) -> str:
    body = f"{ctx.rng.randint(10_000_000, 39_999_999)}"
    return _complete("il.idnr", body) or ""


def _nat_tr(ctx: Ctx) -> str:
    return _complete("tr.tckimlik", _digits(ctx, 9), 2) or ""


def _nat_kr(ctx: Ctx) -> str:
    while True:
        b = _birth(ctx, 30, 80)
        sex = ctx.rng.choice("12")
        body = f"{_yymmdd(b)}{sex}{ctx.rng.randint(1000, 9599):04d}{ctx.rng.randint(0, 9)}"
        n = _complete("kr.rrn", body)
        if n:
            return f"{n[:6]}-{n[6:]}"


def _nat_ca(ctx: Ctx) -> str:
    body = _digits(ctx, 8, "1234567")
    n = body + luhn_digit(body)
    return ctx.rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def _nat_au(ctx: Ctx) -> str:
    while True:
        n = _complete("au.tfn", _digits(ctx, 8))
        if n:
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def _nat_ee(ctx: Ctx) -> str:
    b = _birth(ctx, 30, 80)
    century = ctx.rng.choice("34") if b.year < 2000 else ctx.rng.choice("56")
    return _complete("ee.ik", f"{century}{_yymmdd(b)}{ctx.rng.randint(0, 999):03d}") or ""


def _nat_ro(ctx: Ctx) -> str:
    b = _birth(ctx, 30, 80)
    sex = ctx.rng.choice("12")
    body = f"{sex}{_yymmdd(b)}{ctx.rng.randint(1, 40):02d}{ctx.rng.randint(1, 999):03d}"
    return _complete("ro.cnp", body) or ""


def _nat_bg(ctx: Ctx) -> str:
    b = _birth(ctx, 30, 80)
    return _complete("bg.egn", f"{_yymmdd(b)}{ctx.rng.randint(0, 999):03d}") or ""


def _nat_hr(ctx: Ctx) -> str:
    return _complete("hr.oib", _digits(ctx, 10)) or ""


def _nat_cz(ctx: Ctx) -> str:
    while True:
        b = _birth(ctx, 30, 80)
        month = b.month + (50 if ctx.rng.random() < 0.5 else 0)
        n = _complete("cz.rc", f"{b:%y}{month:02d}{b:%d}{ctx.rng.randint(0, 999):03d}")
        if n:
            return f"{n[:6]}/{n[6:]}"


def _nat_th(ctx: Ctx) -> str:
    n = _complete("th.pin", _digits(ctx, 12, "1358"))
    assert n
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def _nat_is(ctx: Ctx) -> str:
    while True:
        b = _birth(ctx, 30, 80)
        for _ in range(20):
            body = f"{b:%d%m%y}{ctx.rng.randint(20, 99)}"
            tail = "9" if b.year < 2000 else "0"
            for check in DIGITS:
                n = body + check + tail
                if _module("is_.kennitala").is_valid(n):
                    return f"{n[:6]}-{n[6:]}"


def _nat_jp(ctx: Ctx) -> str:
    n = _complete("jp.in_", _digits(ctx, 11))
    assert n
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _nat_ch(ctx: Ctx) -> str:
    body = "756" + "".join(ctx.rng.choice(DIGITS) for _ in range(9))
    n = _complete("ch.ssn", body)
    assert n
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def _nat_at(ctx: Ctx) -> str:
    while True:
        b = _birth(ctx, 30, 80)
        seq = f"{ctx.rng.randint(100, 999)}"
        for check in DIGITS:
            n = f"{seq}{check}{b:%d%m%y}"
            if _module("at.vnr").is_valid(n):
                return f"{n[:4]} {n[4:]}"


def _nat_ie(ctx: Ctx) -> str:
    n = _complete("ie.pps", _digits(ctx, 7, "123456789"), 1, UPPER)
    assert n
    return n


def _nat_ua(ctx: Ctx) -> str:
    return _complete("ua.rntrc", _digits(ctx, 9, "123")) or ""


def _nat_us(ctx: Ctx) -> str:
    rng = ctx.rng
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        n = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if _module("us.ssn").is_valid(n):
            return n


AC_NATIONAL = {
    # country: (maker, stdnum module that validates it, what documents call it)
    "gb": (_nat_gb, "gb.nhs", ("NHS number", "NHS No.", "NHS no")),
    "fr": (_nat_fr, "fr.nir", ("NIR", "n° de sécurité sociale", "N° INSEE")),
    "de": (_nat_de, "de.idnr", ("Steuer-IdNr.", "Identifikationsnummer", "IdNr")),
    "es": (_nat_es, "es.dni", ("DNI", "NIF", "D.N.I.")),
    "it": (_nat_it, "it.codicefiscale", ("Codice fiscale", "C.F.", "cod. fisc.")),
    "nl": (_nat_nl, "nl.bsn", ("BSN", "burgerservicenummer", "BSN-nummer")),
    "be": (_nat_be, "be.nn", ("Rijksregisternummer", "numéro national", "NN")),
    "pl": (_nat_pl, "pl.pesel", ("PESEL", "nr PESEL")),
    "se": (_nat_se, "se.personnummer", ("Personnummer", "pnr")),
    "no": (_nat_no, "no.fodselsnummer", ("Fødselsnummer", "f.nr.")),
    "fi": (_nat_fi, "fi.hetu", ("Henkilötunnus", "HETU", "hetu")),
    "pt": (_nat_pt, "pt.nif", ("NIF", "Número de contribuinte")),
    "br": (_nat_br, "br.cpf", ("CPF", "C.P.F.")),
    "cl": (_nat_cl, "cl.rut", ("RUT", "RUN", "R.U.T.")),
    "ar": (_nat_ar, "ar.cuit", ("CUIL", "CUIT")),
    "in": (_nat_in, "in_.aadhaar", ("Aadhaar", "Aadhaar No.", "UID")),
    "cn": (_nat_cn, "cn.ric", ("身份证号", "居民身份证号码", "ID card")),
    "za": (_nat_za, "za.idnr", ("ID number", "RSA ID", "ID No.")),
    "il": (_nat_il, "il.idnr", ("מספר זהות", "Teudat Zehut", "ת.ז.")),
    "tr": (_nat_tr, "tr.tckimlik", ("T.C. Kimlik No", "TCKN")),
    "kr": (_nat_kr, "kr.rrn", ("주민등록번호", "RRN")),
    "ca": (_nat_ca, "ca.sin", ("SIN", "NAS", "Social Insurance Number")),
    "au": (_nat_au, "au.tfn", ("TFN", "Tax File Number")),
    "ee": (_nat_ee, "ee.ik", ("Isikukood", "isikukood")),
    "ro": (_nat_ro, "ro.cnp", ("CNP", "cod numeric personal")),
    "bg": (_nat_bg, "bg.egn", ("ЕГН", "EGN")),
    "hr": (_nat_hr, "hr.oib", ("OIB",)),
    "cz": (_nat_cz, "cz.rc", ("rodné číslo", "RČ")),
    "th": (_nat_th, "th.pin", ("เลขประจำตัวประชาชน", "Thai ID")),
    "is": (_nat_is, "is_.kennitala", ("Kennitala", "kt.")),
    "jp": (_nat_jp, "jp.in_", ("個人番号", "マイナンバー", "My Number")),
    "ch": (_nat_ch, "ch.ssn", ("AHV-Nr.", "N° AVS", "AHVN13")),
    "at": (_nat_at, "at.vnr", ("SV-Nummer", "Versicherungsnummer")),
    "ie": (_nat_ie, "ie.pps", ("PPSN", "PPS No.", "PPS number")),
    "ua": (_nat_ua, "ua.rntrc", ("РНОКПП", "ІПН", "RNOKPP")),
    "us": (_nat_us, "us.ssn", ("SSN", "Social Security No.", "SS#")),
}


# ---- people


class ACPerson(Person):
    """A person whose documents may also write the name in its own order and script."""

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        extra = {
            "native": f"{last}{first}",  # CJK order, no space
            "native_space": f"{last} {first}",
            "ocr": _ocr(f"{first} {last}"),
            "ocr_caps": _ocr(f"{last.upper()} {first.upper()}"),
            "hl7": f"{last.upper()}^{first.upper()}^{middle[:1].upper()}".rstrip("^"),
            "x12": f"{last.upper()}*{first.upper()}",
            "edi": f"{last.upper()}:{first.upper()}",
            "ascii": unidecode(f"{first} {last}").strip(),
            "ascii_caps_last": unidecode(f"{last.upper()}, {first}").strip(),
            "dotted": unidecode(f"{first}.{last}").replace(" ", "").lower(),
            "patronymic": " ".join(w for w in (last, first, middle) if w),
            "last_first_nocomma_caps": f"{last.upper()} {first.upper()}",
        }
        if form in extra:
            return extra[form]
        return super().form(form)


_OCR = str.maketrans({"l": "1", "O": "0", "o": "0", "I": "l", "S": "5", "B": "8", "e": "c"})


def _ocr(text: str) -> str:
    """A scan read back with look-alike characters (every other eligible letter)."""
    out = []
    flip = False
    for ch in text:
        mapped = ch.translate(_OCR)
        if mapped != ch:
            flip = not flip
            out.append(mapped if flip else ch)
        else:
            out.append(ch)
    return "".join(out)


_MIDDLE_LOCALES = ("ru_RU", "uk_UA", "bg_BG")


def new_person(ctx: Ctx) -> ACPerson:
    f = ctx.fake()
    rng = ctx.rng
    first = str(f.first_name()).strip()
    last = str(f.last_name()).strip()
    middle = ""
    if ctx.locale in _MIDDLE_LOCALES and rng.random() < 0.6 and hasattr(f, "middle_name"):
        middle = str(f.middle_name()).strip()
    elif rng.random() < 0.12:
        middle = str(f.first_name()).strip()
    if middle in (first, last):
        middle = ""
    return ACPerson(first, last, middle)


# ---- dates


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio "
    "julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno "
    "luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho "
    "julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca "
    "lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}


def _format_date(d: date, form: str) -> str:
    lang = form.split("_", 1)[1] if form.startswith("long_") else ""
    if lang in _MONTHS:
        month = _MONTHS[lang].split()[d.month - 1]
        if lang == "en":
            return f"{d.day} {month} {d.year}"
        if lang == "de":
            return f"{d.day}. {month} {d.year}"
        if lang in ("es", "pt"):
            return f"{d.day} de {month} de {d.year}"
        return f"{d.day} {month} {d.year}"
    formats = {
        "iso": "%Y-%m-%d",
        "dmy": "%d/%m/%Y",
        "dot": "%d.%m.%Y",
        "dash": "%d-%m-%Y",
        "us": "%m/%d/%Y",
        "hl7": "%Y%m%d",
        "mon": "%d-%b-%Y",
        "monup": "%d-%b-%Y",
        "usl": "%B %d, %Y",
        "short": "%d/%m/%y",
        "slash_iso": "%Y/%m/%d",
    }
    if form == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    if form == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if form == "ymd_dot":
        return f"{d.year}. {d.month}. {d.day}."
    if form == "stamp":
        return d.strftime("%Y-%m-%dT") + "09:41:00Z"
    text = d.strftime(formats.get(form, "%d/%m/%Y"))
    return text.upper() if form == "monup" else text


def a_date(ctx: Ctx, slot: str, form: str) -> str:
    if slot == "acdob":
        d = AC_TODAY - timedelta(days=ctx.rng.randint(4 * 365, 92 * 365))
    else:
        d = AC_TODAY - timedelta(days=ctx.rng.randint(1, 800))
    return _format_date(d, form)


# ---- other values


def _shape(ctx: Ctx, shape: str) -> str:
    rng = ctx.rng
    out = []
    for ch in shape:
        if ch == "#":
            out.append(rng.choice(DIGITS))
        elif ch == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "*":
            out.append(rng.choice("0123456789ABCDEF"))
        else:
            out.append(ch)
    return "".join(out)


_SHAPES = {
    "acmrn": ("MRN########", "H#######", "###-##-##", "K########", "RX-#######", "########"),
    "acben": ("?##########", "MBR########", "W#########", "#??#-###-??##", "ZX#########"),
    "acinsclaim": ("CLM-####-######", "#########?", "C#-########", "HB/##/######", "###########"),
    "acfile": ("SC-####-#####", "CP/##/#####", "FOI-####-####", "CASE #######", "LAC/####/##"),
    "acstu": ("?############", "S#######", "########", "ULN ##########", "ST-####-####"),
    "acwb": (
        "1Z###?##########",
        "??#########GB",
        "JD##################",
        "##########",
        "AWB ###-########",
    ),
    "acbio": ("FP-TPL-********", "VP-********-**", "IRIS:************", "bio_########"),
    "acphoto": ("IMG_####.JPG", "photo_#######.jpg", "FACE-########.png", "scan_pp_#####.tif"),
    "acbank": ("########", "##-##-## ########", "####-####-##", "##########", "#### #### ####"),
    "acref": ("CT/########", "MEM-######", "PCN ?#########", "SL-########-?", "##########-?"),
    "aclic": (
        "???##########??",
        "GMC #######",
        "##?####?",
        "SW######",
        "RP##/#####",
        "D###-####-####",
        "RCVS ######",
    ),
    "acdev": ("SN:??########", "TCU-########", "HHT########", "####-****-****", "S/N ##??####"),
    "acpass": ("#########", "??#######", "?########", "###########"),
}


def _ocr_value(text: str) -> str:
    return text.replace("0", "O").replace("1", "l").replace("5", "S")


def _faker(ctx: Ctx, method: str) -> str:
    """A Faker value in the document's locale, or in British English where it has none."""
    try:
        return str(getattr(ctx.fake(), method)()).strip()
    except AttributeError:
        return str(getattr(ctx.fake("en_GB"), method)()).strip()


def _phone(ctx: Ctx) -> str:
    text = _faker(ctx, "phone_number")
    if "x" in text.lower():
        text = text.lower().split("x")[0].strip()
    return text


def _mail(ctx: Ctx) -> str:
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    rng = ctx.rng
    if people and rng.random() < 0.8:
        p = people[0]
        local = unidecode(
            rng.choice(
                [f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.last}{rng.randint(1, 99)}"]
            )
        )
        local = "".join(ch for ch in local.lower() if ch.isalnum() or ch in "._-") or "user"
    else:
        local = str(ctx.fake("en_US").user_name())
    domain = rng.choice(
        [
            "gmail.com",
            "outlook.com",
            "yahoo.co.uk",
            "web.de",
            "orange.fr",
            "libero.it",
            "wp.pl",
            "mail.ru",
            "qq.com",
            "naver.com",
            "proton.me",
            "icloud.com",
        ]
    )
    return f"{local.strip('.') or 'user'}@{domain}"


def _url(ctx: Ctx) -> str:
    rng = ctx.rng
    host = rng.choice(
        [
            "portal.schoolhub.example.org",
            "myaccount.council.example.gov.uk",
            "track.parcelnet.example.com",
            "pets.vetcare.example.net",
            "members.fitclub.example.com",
            "care.example.org",
        ]
    )
    path = rng.choice(["students", "u", "claim", "track", "owner", "member", "case"])
    return (
        f"https://{host}/{path}/{_shape(ctx, rng.choice(['########', '??####??', '**********']))}"
    )


def _ip(ctx: Ctx) -> str:
    f = ctx.fake("en_US")
    r = ctx.rng.random()
    if r < 0.6:
        return str(f.ipv4_public())
    if r < 0.85:
        return str(f.ipv4_private())
    return str(f.ipv6())


def _mac(ctx: Ctx) -> str:
    octets = [ctx.rng.randint(0, 255) for _ in range(6)]
    octets[0] &= 0xFC
    style = ctx.rng.choice(["colon", "dash", "cisco", "upper"])
    if style == "cisco":
        h = "".join(f"{o:02x}" for o in octets)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    text = ("-" if style == "dash" else ":").join(f"{o:02x}" for o in octets)
    return text.upper() if style in ("upper", "dash") else text


def _card(ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.choice(["visa", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice(DIGITS) for _ in range(12))
        n = body + luhn_digit(body)
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    prefix = "4" if kind == "visa" else str(rng.randint(51, 55))
    body = prefix + "".join(rng.choice(DIGITS) for _ in range(15 - len(prefix)))
    n = body + luhn_digit(body)
    sep = rng.choice([" ", "-", ""])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def _iban(ctx: Ctx) -> str:
    loc = ctx.locale if ctx.locale in _IBAN_LOCALES else ctx.rng.choice(_IBAN_LOCALES)
    text = str(ctx.fake(loc).iban())
    if ctx.rng.random() < 0.5:
        return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
    return text


_IBAN_LOCALES = (
    "de_DE",
    "fr_FR",
    "es_ES",
    "nl_NL",
    "it_IT",
    "pl_PL",
    "en_GB",
    "en_IE",
    "pt_PT",
    "fi_FI",
    "de_AT",
    "nl_BE",
)


def _vin(ctx: Ctx) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    rng = ctx.rng
    chars = [rng.choice(alphabet) for _ in range(17)]
    chars[9] = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
    chars[8] = "0"
    chars[8] = vin_digit("".join(chars))
    return "".join(chars)


def _imei(ctx: Ctx) -> str:
    body = ctx.rng.choice(["35", "86", "01", "49"]) + "".join(
        ctx.rng.choice(DIGITS) for _ in range(12)
    )
    n = body + luhn_digit(body)
    return ctx.rng.choice([n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}"])


def _chip(ctx: Ctx) -> str:
    country = ctx.rng.choice(["826", "250", "276", "724", "380", "528", "985", "941", "900"])
    return country + "".join(ctx.rng.choice(DIGITS) for _ in range(12))


def _geo(ctx: Ctx) -> str:
    lat = ctx.rng.uniform(-40, 62)
    lon = ctx.rng.uniform(-10, 140)
    return f"{lat:.5f},{lon:.5f}" if ctx.rng.random() < 0.5 else f"{lat:.6f}, {lon:.6f}"


def _plate(ctx: Ctx) -> str:
    return _faker(ctx, "license_plate")


def _one_line(text: str) -> str:
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    if slot == "acname":
        return new_person(ctx)
    if slot == "acnat":
        country = form if form in AC_NATIONAL else rng.choice(sorted(AC_NATIONAL))
        maker, _module_name, labels = AC_NATIONAL[country]
        return Value(maker(ctx), rng.choice(labels))
    if slot == "acssn":
        return Value(_nat_us(ctx), rng.choice(AC_NATIONAL["us"][2]))
    if slot in ("acdate", "acdob"):
        return Value(a_date(ctx, slot, form))
    makers = {
        "actown": lambda: _faker(ctx, "city"),
        "acaddr": lambda: _one_line(_faker(ctx, "address")),
        "acstreet": lambda: _one_line(_faker(ctx, "street_address")),
        "acpost": lambda: _faker(ctx, "postcode"),
        "acgeo": lambda: _geo(ctx),
        "actel": lambda: _phone(ctx),
        "acfax": lambda: _phone(ctx),
        "acmail": lambda: _mail(ctx),
        "acpan": lambda: _card(ctx),
        "aciban": lambda: _iban(ctx),
        "acip": lambda: _ip(ctx),
        "acurl": lambda: _url(ctx),
        "acage": lambda: str(rng.randint(90, 106)),
        "acplate": lambda: _plate(ctx),
        "acvin": lambda: _vin(ctx),
        "acimei": lambda: _imei(ctx),
        "acrfid": lambda: _chip(ctx),
        "acmac": lambda: _mac(ctx),
    }
    text = makers[slot]() if slot in makers else _shape(ctx, rng.choice(_SHAPES[slot]))
    if form == "ocr":
        text = _ocr_value(text)
    elif form == "lower":
        text = text.lower()
    return Value(text, "")
