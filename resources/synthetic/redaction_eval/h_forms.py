"""Value makers for held-out split H (heldout_h_templates.py): identifiers as regulated
industries' own systems, forms and people write them.

Sources of variety, none chosen by the redactor: Faker's providers in the document's
locale (names, streets, postcodes, phones, plates, IBANs, domains), `names-dataset`'s world
names (world_names.py), `phonenumbers`' metadata (valid numbers of each region, formatted
as that region writes them), `python-stdnum` (every national, tax and health number below
passes its check), Luhn, ISO 7064 and the registries' own check rules (NPI, DEA, Australian
Medicare, German KVNR), and GS1 for device identifiers. Slot names are H's own
(`generator.H_SLOTS`); nothing here is drawn for any other split.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import luhn
from stdnum.fr import nif as fr_nif
from stdnum.gb import utr
from stdnum.mx import rfc
from stdnum.pl import nip

from resources.synthetic.redaction_eval import generator as gen
from resources.synthetic.redaction_eval.national_ids import NATIONAL_IDS, draw_national_id
from resources.synthetic.redaction_eval.world_names import latin

# Locales whose people are drawn from Faker in some other locale than the document's: a
# clinic in Leeds treats people named in Yoruba, Vietnamese and Polish.
NAME_LOCALES = (
    "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "tw_GH", "ga_IE", "vi_VN", "tl_PH", "pl_PL", "cs_CZ",
    "hu_HU", "tr_TR", "id_ID", "pt_BR", "es_MX", "it_IT", "de_DE", "nl_NL", "fi_FI", "lt_LT",
    "lv_LV", "sq_AL", "az_AZ", "ro_RO", "hr_HR", "sk_SK", "sl_SI", "et_EE", "en_IN", "en_PK",
    "el_GR", "ru_RU", "uk_UA", "bg_BG", "ka_GE", "hy_AM", "fa_IR", "ar_EG", "he_IL", "ko_KR",
)  # fmt: skip


@dataclass
class HPerson(gen.Person):
    """A person with H's extra written forms (table cells, sign-offs, registers)."""

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        inits = ".".join(w[0] for w in (first, middle) if w) + "."
        extra = {
            "caps_last_inits": f"{last.upper()}, {inits}",
            "last_comma_nospace": f"{last},{first}",
            "caps_last_caps_first": f"{last.upper()} {first.upper()}",
            "first_last_initial_nodot": f"{first} {last[0]}",
            "last_first_caps": f"{last}, {first}".upper(),
            "inits_last_nospace": f"{inits}{last}",
            "hl7": f"{last}^{first}^{middle}".rstrip("^"),
            "title_case_last": f"{first} {last.title()}",
            "first_middle": " ".join(w for w in (first, middle) if w),
            "last_semicolon_first": f"{last};{first}",  # two cells of a ';' export
        }
        if form in extra:
            return extra[form]
        return super().form(form)


def _roman(text: str) -> str:
    if latin(text) or not text:
        return text
    return " ".join(w[:1].upper() + w[1:] for w in unidecode(text).split())


def person(ctx: gen.Ctx) -> HPerson:
    rng = ctx.rng
    if rng.random() < 0.3:
        f = ctx.fake(rng.choice(NAME_LOCALES))
        first = _roman(str(f.first_name()).strip())
        last = _roman(str(f.last_name()).strip())
        middle = _roman(str(f.first_name()).strip()) if rng.random() < 0.2 else ""
        if not first or not last:
            base = gen.new_person(ctx)
            return HPerson(base.first, base.last, base.middle)
        return HPerson(first, last, "" if middle == first else middle)
    base = gen.new_person(ctx)
    return HPerson(base.first, base.last, base.middle)


def people(ctx: gen.Ctx) -> list[gen.Person]:
    return [e for e in ctx.entities.values() if isinstance(e, gen.Person)]


# Dates -------------------------------------------------------------------------------

DATE_FORMATS = (
    "%m/%d/%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%b-%Y", "%b %d, %Y", "%B %d, %Y",
    "%d %B %Y", "%Y%m%d", "%d/%m/%y", "%m-%d-%Y", "{dd} {month} %Y", "%Y/%m/%d", "%d %b %Y",
    "{ord} {B} %Y", "%d-%b-%y", "{m}/{d}/%Y", "%d.%m.%y", "{d}. {month} %Y", "%Y.%m.%d.",
    "%d %b %Y", "%A, %B {d}, %Y", "{DMY}",
)  # fmt: skip


def _lang(locale: str) -> str:
    return locale.split("_", maxsplit=1)[0]


def format_date(day: date, fmt: str, locale: str, rng: random.Random) -> str:
    months = gen.MONTHS.get(_lang(locale))
    if fmt == "{DMY}":  # uppercase month abbreviation, as lab systems print it
        return day.strftime("%d-%b-%Y").upper()
    text = day.strftime(fmt) if "%" in fmt else fmt
    name = months[day.month - 1] if months else day.strftime("%B")
    return (
        text.replace("{month}", name)
        .replace("{B}", day.strftime("%B"))
        .replace("{dd}", f"{day.day:02d}")
        .replace("{d}", str(day.day))
        .replace("{m}", str(day.month))
        .replace("{ord}", gen.ordinal(day.day))
    )


def a_date(ctx: gen.Ctx, birth: bool, form: str) -> str:
    rng = ctx.rng
    if birth and form == "child":
        day = date(2008, 1, 1) + timedelta(days=rng.randint(0, 5000))
    elif birth:
        day = date(1921, 1, 1) + timedelta(days=rng.randint(0, 31000))
    else:
        day = date(2018, 6, 1) + timedelta(days=rng.randint(0, 2700))
    fmts = {"iso": ("%Y-%m-%d",), "us": ("%m/%d/%Y", "{m}/{d}/%Y"), "hl7": ("%Y%m%d",)}
    return format_date(day, rng.choice(fmts.get(form, DATE_FORMATS)), ctx.locale, rng)


# Phones ------------------------------------------------------------------------------

PHONE_REGIONS = (
    "US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "IN", "NG", "KE", "ZA", "AU", "CA",
    "IE", "MX", "TR", "VN", "PH", "SE", "NO", "DK", "FI", "CZ", "PT", "AT", "CH", "BE", "JP",
)  # fmt: skip


def phone(ctx: gen.Ctx, form: str) -> str:
    rng = ctx.rng
    region = ctx.locale.rsplit("_", 1)[-1].upper() if "_" in ctx.locale else ""
    if form == "us":
        region = "US"
    if region == "US" and rng.random() < 0.35:
        return gen.phone(ctx, "usphone")
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = rng.choice(PHONE_REGIONS)
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind)
    text = ""
    if example is not None:
        digits = str(example.national_number)
        for _ in range(40):
            keep = max(2, len(digits) - 5)
            tail = "".join(rng.choice(string.digits) for _ in range(len(digits) - keep))
            candidate = phonenumbers.parse(f"+{example.country_code}{digits[:keep]}{tail}")
            if phonenumbers.is_valid_number(candidate):
                fmt = phonenumbers.PhoneNumberFormat
                style = rng.choice(
                    [fmt.NATIONAL, fmt.INTERNATIONAL, fmt.E164, fmt.NATIONAL, fmt.RFC3966]
                )
                text = phonenumbers.format_number(candidate, style).removeprefix("tel:")
                if rng.random() < 0.15 and style == fmt.INTERNATIONAL:
                    text = "00" + text[1:]
                break
    if not text:
        text = gen.phone(ctx, "usphone")
    if form == "ext" or (form == "" and rng.random() < 0.12):
        ext = str(rng.randint(2, 9999))
        text += rng.choice([f" ext. {ext}", f" x{ext}", f" ext {ext}", f" #{ext}", f"-{ext}"])
    return text


# E-mail, web ----------------------------------------------------------------------------


def _ascii(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unidecode(word).lower())


def email(ctx: gen.Ctx) -> str:
    rng = ctx.rng
    f = ctx.fake()
    found = people(ctx)
    domain = rng.choice(
        [str(f.free_email_domain()), str(f.domain_name()), f"mail.{f.domain_name()}"]
    )
    if not found or rng.random() < 0.25:
        return unidecode(str(f.email())).lower()
    p = found[-1] if rng.random() < 0.5 else found[0]
    first, last = _ascii(p.first) or "x", _ascii(p.last) or "y"
    user = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{first}{last[0]}",
            f"{first}.{last}+{rng.choice(['claims', 'hr', 'portal'])}",
            f"{last}{first[0]}{rng.randint(1960, 2005)}",
        ]
    )
    text = f"{user}@{domain}"
    return text if rng.random() < 0.85 else text.replace(user, user.title(), 1)


def web(ctx: gen.Ctx, photo: bool) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    n = rng.randint(10**5, 10**9)
    if photo:
        return rng.choice(
            [
                f"https://cdn.{f.domain_name()}/kyc/{n}/selfie_front.jpg",
                f"https://{f.domain_name()}/uploads/id-photos/{n}.png",
                f"s3://{f.word()}-onboarding/liveness/{n}/face.jpeg",
                f"https://photos.{f.domain_name()}/p/{f.uuid4()[:13]}",
            ]
        )
    return rng.choice(
        [
            f"https://mychart.{f.domain_name()}/patient/{n}",
            f"https://{f.domain_name()}/claims/status?member={n}",
            f"https://telehealth.{f.domain_name()}/j/{n}",
            f"http://{f.domain_name()}/~{f.user_name()}",
            gen.social_url(ctx),
            f"https://{f.domain_name()}/profile/{_ascii(f.user_name())}",
            f"www.{f.domain_name()}/case/{n}",
        ]
    )


# National, tax and health numbers ---------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _fr_nif(rng: random.Random) -> str:
    body = rng.choice("0123") + _digits(rng, 9)
    return f"{body}{int(body) % 511:03d}"


def _pl_nip(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 9)) + _digits(rng, 8)
        for c in string.digits:
            if nip.is_valid(body + c):
                return body + c


def _gb_utr(rng: random.Random) -> str:
    while True:
        value = _digits(rng, 10)
        if utr.is_valid(value):
            return value


def _mx_rfc(rng: random.Random) -> str:
    while True:
        born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 19000))
        letters = "".join(rng.choice("ABCDEFGHIJLMNOPRSTUVZ") for _ in range(4))
        body = (
            letters
            + born.strftime("%y%m%d")
            + "".join(rng.choice(string.ascii_uppercase[:10] + string.digits) for _ in range(2))
        )
        for c in string.digits + "A":
            if rfc.is_valid(body + c):
                return body + c


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(value: str) -> bool:
    """HMRC's rules for a National Insurance number (no check digit: prefix letters)."""
    v = value.replace(" ", "").upper()
    return bool(
        re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v)
        and v[0] in NINO_FIRST
        and v[1] in NINO_SECOND
        and v[:2] not in NINO_BANNED
    )


def _nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if prefix not in NINO_BANNED:
            d = _digits(rng, 6)
            return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


@dataclass(frozen=True)
class Scheme:
    country: str
    labels: tuple[str, ...]
    draw: Callable[[gen.Ctx], str]
    valid: Callable[[str], bool]
    key: str = ""  # a template names it ("{gov1.gb_nhs}") where its label is fixed text


def _from_table(country: str, index: int = 0) -> tuple[Callable[[gen.Ctx], str], Callable]:
    entry = [e for e in NATIONAL_IDS if e.country == country][index]

    def draw(ctx: gen.Ctx) -> str:
        return draw_national_id(entry, ctx.fake(entry.locale), ctx.rng)

    return draw, entry.valid


def _scheme(country: str, labels: tuple[str, ...], index: int = 0, key: str = "") -> Scheme:
    draw, valid = _from_table(country, index)
    return Scheme(country, labels, draw, valid, key)


# H's labels are its own: what a form in that country prints beside the number.
SCHEMES: tuple[Scheme, ...] = (
    _scheme("US", ("SSN", "Soc. Sec. #", "social security no", "SS#"), key="us_ssn"),
    _scheme("US", ("ITIN", "Individual Taxpayer Identification Number"), 1),
    _scheme("GB", ("NHS No.", "NHS number", "NHS #"), key="gb_nhs"),
    Scheme("GB", ("NI number", "National Insurance No.", "NINO"),
           lambda c: _nino(c.rng), nino_valid, "gb_nino"),
    Scheme("GB", ("UTR", "Unique Taxpayer Reference"), lambda c: _gb_utr(c.rng),
           lambda v: bool(utr.is_valid(v))),
    _scheme("IN", ("Aadhaar No", "UIDAI number"), key="in_aadhaar"),
    _scheme("IN", ("PAN", "Permanent Account Number"), 1),
    _scheme("DE", ("Steuer-IdNr.", "steuerliche Identifikationsnummer")),
    _scheme("FR", ("n° de sécurité sociale", "NIR", "numéro INSEE"), key="fr_nir"),
    Scheme("FR", ("numéro fiscal", "SPI"), lambda c: _fr_nif(c.rng),
           lambda v: bool(fr_nif.is_valid(v))),
    _scheme("ES", ("DNI", "D.N.I.")),
    _scheme("ES", ("NIE", "N.I.E.")),
    _scheme("IT", ("C.F.", "codice fiscale")),
    _scheme("PL", ("PESEL", "nr PESEL"), key="pl_pesel"),
    Scheme("PL", ("NIP",), lambda c: _pl_nip(c.rng), lambda v: bool(nip.is_valid(v))),
    _scheme("NL", ("BSN", "Burgerservicenummer")),
    _scheme("BR", ("CPF", "CPF nº")),
    _scheme("TR", ("TC Kimlik No", "T.C. No")),
    _scheme("CA", ("SIN", "NAS")),
    _scheme("AU", ("TFN", "Tax File No.")),
    _scheme("IE", ("PPSN", "PPS No.")),
    _scheme("AT", ("SV-Nummer", "VSNR")),
    _scheme("CH", ("AHV-Nummer", "AVS n°")),
    _scheme("SE", ("personnr", "personnummer")),
    _scheme("FI", ("HETU", "henkilötunnus")),
    _scheme("NO", ("fødselsnr.", "fnr.")),
    _scheme("DK", ("CPR nr.", "CPR-nummer")),
    _scheme("CZ", ("r.č.", "rodné číslo")),
    _scheme("RO", ("CNP", "cod numeric personal")),
    _scheme("MX", ("CURP", "Clave Única")),
    Scheme("MX", ("RFC",), lambda c: _mx_rfc(c.rng), lambda v: bool(rfc.is_valid(v))),
    _scheme("ZA", ("SA ID No.", "identity number")),
    _scheme("KR", ("RRN", "주민등록번호")),
    _scheme("CL", ("RUT", "R.U.T.")),
    _scheme("AR", ("CUIL", "C.U.I.L.")),
    _scheme("BE", ("rijksregisternr.", "NISS")),
    _scheme("PK", ("CNIC", "CNIC #")),
    _scheme("MY", ("NRIC", "No. K/P")),
    _scheme("NZ", ("IRD no.", "IRD number")),
    _scheme("ID", ("NIK", "No. KTP")),
    _scheme("IL", ("ת.ז.", "Teudat Zehut no.")),
    _scheme("PT", ("NIF", "nº contribuinte")),
    _scheme("HR", ("OIB",)),
    _scheme("KE", ("KRA PIN",)),
)  # fmt: skip
SCHEME_COUNTRIES = tuple(dict.fromkeys(s.country for s in SCHEMES))


def national_number(ctx: gen.Ctx, form: str) -> gen.Value:
    rng = ctx.rng
    keyed = [s for s in SCHEMES if s.key and s.key == form]
    if keyed:
        return gen.Value(keyed[0].draw(ctx), rng.choice(keyed[0].labels))
    named = form.upper() if len(form) == 2 else ""
    if named not in SCHEME_COUNTRIES:
        countries = (ctx.template.id_countries if ctx.template else ()) or ctx.split.id_countries
        named = rng.choice(countries)
    scheme = rng.choice([s for s in SCHEMES if s.country == named])
    return gen.Value(scheme.draw(ctx), rng.choice(scheme.labels))


def valid_national_number(value: str) -> bool:
    """Whether some scheme of H's accepts `value` (the tests' check)."""
    return any(s.valid(value) for s in SCHEMES)


def passport(ctx: gen.Ctx) -> str:
    rng = ctx.rng
    try:
        text = str(ctx.fake().passport_number())
    except AttributeError:
        text = ""
    if len(text) < 6 or not any(c.isdigit() for c in text):
        text = rng.choice(string.ascii_uppercase) + _digits(rng, 8)
    return text


# Records, members, accounts ------------------------------------------------------------

RECORD_SHAPES = {
    "mrn": ("MRN-#######", "########", "###-###-##", "E########", "##-##-####-#", "??-#####"),
    "enc": ("V########", "ENC-##########", "#########", "##########", "A##-######"),
    "acc": ("ACC#########", "RAD-####-#####", "##########", "CT##-######"),
    "lab": ("S##-#####", "SP-##-######", "##-???-#####", "L########"),
    "claim": ("CLM-####-#######", "##########-##", "???##########", "W##-########"),
    "case": ("FRD-####-######", "CASE/##/#####", "SAR-#######", "INC########"),
    "rx": ("RX#######", "########", "ERX-#########"),
    "emp": ("EMP-#####", "E#######", "##-#####", "HR######"),
    "cust": ("CUST-########", "C##########", "KYC-######-#", "CIF#########"),
    "ticket": ("TKT-#######", "#####-#####", "CRM########"),
    "trial": ("###-###-####", "SUBJ-####-###", "S####-###"),
    "bio": ("BIO-?#########", "FP-########", "IRIS-######-##"),
}


def record(ctx: gen.Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = RECORD_SHAPES.get(form) or RECORD_SHAPES[rng.choice(list(RECORD_SHAPES))]
    return ctx.fake("en_US").bothify(rng.choice(shapes)).upper()


def _au_medicare(rng: random.Random) -> str:
    """An Australian Medicare card number: 8 digits, a weighted check digit, an issue."""
    body = str(rng.randint(2, 6)) + _digits(rng, 7)
    check = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body[:4]} {body[4:]}{check} {rng.randint(1, 9)}"


def kvnr(rng: random.Random) -> str:
    """A German health-insurance number (KVNR): a letter, 8 digits and a check digit."""
    letter = rng.choice(string.ascii_uppercase)
    body = f"{ord(letter) - 64:02d}" + _digits(rng, 8)
    total = 0
    for i, d in enumerate(body):
        p = int(d) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return f"{letter}{body[2:]}{total % 10}"


def member(ctx: gen.Ctx, form: str) -> str:
    rng = ctx.rng
    makers = {
        "mbi": lambda: gen.mbi(ctx),
        "medicare": lambda: _au_medicare(rng),
        "kvnr": lambda: kvnr(rng),
        "us": lambda: ctx.fake("en_US").bothify(rng.choice(["???#########", "W#########"])),
        "policy": lambda: ctx.fake("en_US").bothify(rng.choice(["POL-####-######", "##-###-###"])),
        "ehic": lambda: "80" + _digits(rng, 18),
        "group": lambda: ctx.fake("en_US").bothify("GRP-#####"),
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]().upper()


def account(ctx: gen.Ctx, form: str) -> str:
    rng = ctx.rng
    makers = {
        "us": lambda: _digits(rng, rng.randint(8, 12)),
        "uk": lambda: _digits(rng, 8),
        "br": lambda: f"{_digits(rng, rng.randint(5, 8))}-{rng.randint(0, 9)}",
        "loan": lambda: f"LN-{_digits(rng, 4)}-{_digits(rng, 6)}",
        "broker": lambda: (
            f"{rng.randint(1, 9)}{rng.choice('RTXZ')}{rng.choice('ABCD')}-" + _digits(rng, 5)
        ),
        "in": lambda: _digits(rng, rng.randint(11, 16)),
        "wallet": lambda: "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40)),
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]()


def card(ctx: gen.Ctx) -> str:
    rng = ctx.rng
    kind = rng.choice(["visa16", "mastercard", "amex", "diners", "maestro", "visa19", "jcb16"])
    raw = str(ctx.fake("en_US").credit_card_number(card_type=kind))
    assert luhn.is_valid(raw)
    sep = rng.choice(["", " ", "-", " ", " "])
    if not sep or len(raw) not in (14, 15, 16):
        return raw
    if len(raw) in (14, 15):
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, 16, 4))


IBAN_LOCALES = (
    "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_GB", "en_IE", "de_AT",
    "de_CH", "fi_FI", "sv_SE", "da_DK", "no_NO", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR",
    "tr_TR", "nl_BE", "lt_LT", "lv_LV", "et_EE", "sl_SI", "el_GR", "bg_BG", "pt_BR", "fr_CH",
)  # fmt: skip


def iban(ctx: gen.Ctx) -> str:
    rng = ctx.rng
    loc = ctx.locale if ctx.locale in IBAN_LOCALES else rng.choice(IBAN_LOCALES)
    raw = str(ctx.fake(loc).iban())
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake("de_DE").iban())
    style = rng.randrange(3)
    if style == 0:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def ip(ctx: gen.Ctx) -> str:
    f = ctx.fake("en_US")
    style = ctx.rng.randrange(5)
    if style == 3:
        return str(f.ipv6())
    if style == 4:
        return str(f.ipv6()).split(":")[0] + "::" + ":".join(str(f.ipv6()).split(":")[-2:])
    return str(f.ipv4_public() if style < 2 else f.ipv4_private())


# Places -------------------------------------------------------------------------------


def address(ctx: gen.Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake()
    if form == "us":
        return gen.address(ctx, "usaddr", "")
    if form == "street":
        return str(f.street_address()).strip()
    if form == "mil" or (form == "" and rng.random() < 0.04):
        return gen.address(ctx, "miladdr", "")
    if form == "ukflat":
        return gen.address(ctx, "ukflat", "")
    if form == "pobox":
        g = ctx.fake("en_US")
        box = rng.choice(["P.O. Box", "PO Box", "POB", "Post Office Box"])
        return f"{box} {rng.randint(10, 99999)}, {g.city()}, {g.state_abbr()} {g.zipcode()}"
    text = str(f.address()).strip()
    if form == "lines":
        return text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return rng.choice([", ", " ", "; ", ", "]).join(lines)


OLC = "23456789CFGHJMPQRVWX"


def geo(ctx: gen.Ctx) -> str:
    rng = ctx.rng
    style = rng.randrange(3)
    if style == 0:  # an Open Location Code ("plus code")
        head = rng.choice("3456789C") + rng.choice("CFGHJMPQRV")
        head += "".join(rng.choice(OLC) for _ in range(6))
        return f"{head}+{rng.choice(OLC)}{rng.choice(OLC)}"
    if style == 1:
        lat, lon = rng.uniform(-45.0, 65.0), rng.uniform(-125.0, 150.0)
        return f"{lat:.5f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.5f}° {'E' if lon >= 0 else 'W'}"
    return gen.coordinates(ctx)


# Licences, vehicles, devices -------------------------------------------------------------


def _nmc_pin(rng: random.Random) -> str:
    return f"{rng.randint(0, 99):02d}{rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXY')}{_digits(rng, 4)}" + (
        rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
    )


AU_PROVIDER_LOCATION = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
AU_PROVIDER_CHECK = "YXWTLKJHFBA"


def _au_provider(rng: random.Random) -> str:
    """An Australian Medicare provider number (stem, location character, check letter)."""
    stem = str(rng.randint(2, 6)) + _digits(rng, 5)
    loc = rng.choice(AU_PROVIDER_LOCATION)
    weights = (3, 5, 8, 4, 2, 1)
    total = sum(int(d) * w for d, w in zip(stem, weights, strict=True))
    total += AU_PROVIDER_LOCATION.index(loc) * 6
    return f"{stem}{loc}{AU_PROVIDER_CHECK[total % 11]}"


def credential(ctx: gen.Ctx, form: str) -> str:
    rng = ctx.rng
    fake = ctx.fake("en_US")
    makers = {
        "npi": lambda: gen.npi(ctx),
        "dea": lambda: gen.dea(ctx),
        "state": lambda: fake.bothify(rng.choice(["??-#######", "MD######", "G####", "RN#######"])),
        "gmc": lambda: _digits(rng, 7),
        "nmc": lambda: _nmc_pin(rng),
        "dl": lambda: fake.bothify(
            rng.choice(["?#######", "???-##-####", "#########", "?###-####-####"])
        ),
        "cert": lambda: fake.bothify(rng.choice(["###-####-######", "BC-####-#####"])),
        "bar": lambda: fake.bothify(rng.choice(["######", "#######"])),
        # Australia's Medicare provider number: 6 digits, a practice location, a check letter.
        "medprov": lambda: _au_provider(rng),
        "cedprof": lambda: _digits(rng, rng.choice([7, 8])),
        "lanr": lambda: _digits(rng, 9),  # Germany: 6-digit doctor number, check, 2 speciality
        "rpps": lambda: "10" + _digits(rng, 9),  # France: 11 digits, "10" for persons
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]().upper()


def vehicle(ctx: gen.Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "vin" or (form == "" and rng.random() < 0.4):
        return str(ctx.fake("en_US").vin())
    plate = str(ctx.fake().license_plate()).strip()
    return unidecode(plate) if not latin(plate.replace("-", "").replace(" ", "") + "AA") else plate


def device(ctx: gen.Ctx, form: str) -> str:
    rng = ctx.rng
    fake = ctx.fake("en_US")
    makers = {
        "imei": lambda: gen.imei(ctx),
        "udi": lambda: gen.udi(ctx),
        "serial": lambda: fake.bothify(
            rng.choice(["SN-??######", "###-####-###", "??#######?", "PJN######H", "#?##-####"])
        ),
        "pump": lambda: fake.bothify("NG########?"),
        "asset": lambda: fake.bothify("AST-######"),
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]().upper() if key not in ("imei", "udi") else makers[key]()


def new_entity(ctx: gen.Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    if slot == "pat":
        return person(ctx)
    if slot == "gov":
        return national_number(ctx, form)
    makers: dict[str, Callable[[], str]] = {
        "burg": lambda: str(ctx.fake().city()).strip(),
        "spot": lambda: address(ctx, form),
        "zip": lambda: str(ctx.fake().postcode()).strip(),
        "gps": lambda: geo(ctx),
        "ring": lambda: phone(ctx, form),
        "mbox": lambda: email(ctx),
        "pp": lambda: passport(ctx),
        "hosp": lambda: record(ctx, form),
        "member": lambda: member(ctx, form),
        "uniq": lambda: record(ctx, form or rng.choice(["emp", "cust", "ticket", "trial"])),
        "acct": lambda: account(ctx, form),
        "cc": lambda: card(ctx),
        "ibn": lambda: iban(ctx),
        "net": lambda: ip(ctx),
        "web": lambda: web(ctx, photo=False),
        "face": lambda: web(ctx, photo=True),
        "dt": lambda: a_date(ctx, False, form),
        "bday": lambda: a_date(ctx, True, form),
        "aged": lambda: gen.age_words(ctx) if form == "words" else str(rng.randint(90, 107)),
        "cred": lambda: credential(ctx, form),
        "auto": lambda: vehicle(ctx, form),
        "gadget": lambda: device(ctx, form),
        "nic": lambda: gen.mac(ctx),
    }
    return gen.Value(makers[slot]())
