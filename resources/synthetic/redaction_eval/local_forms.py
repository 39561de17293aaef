"""Identifiers as one country writes them, with their check digits (added with held-out D).

Each drawer takes the split's rng (and a Faker where it needs names or places) and returns
`(label, text)`: what a document calls the number ("Medicare card", "LANR") and the number
itself. `CHECKS` holds, per label, an independent validity check for the schemes that have
one (the tests run them). Any split may use these slots; none changes what older slots draw.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from collections.abc import Callable

import phonenumbers
from faker import Faker
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import luhn
from stdnum.gb import nhs
from stdnum.no import kontonr

Rng = random.Random
Draw = Callable[[Rng, Faker], str]  # most schemes draw digits only and ignore the Faker
DIGITS = string.digits
UPPER = string.ascii_uppercase


def _digits(rng: Rng, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _alnum(rng: Rng, n: int) -> str:
    return "".join(rng.choice(UPPER + DIGITS) for _ in range(n))


# --- health-plan and insurance-card numbers -------------------------------------------------


def medicare_au_valid(text: str) -> bool:
    d = [int(c) for c in text if c.isdigit()]
    if len(d) < 10 or d[0] not in range(2, 7):
        return False
    return sum(x * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == d[8]


def _medicare_au(rng: Rng) -> str:
    body = [rng.randint(2, 6)] + [rng.randrange(10) for _ in range(7)]
    check = sum(x * w for x, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    raw = "".join(map(str, body)) + str(check) + str(rng.randint(1, 9))
    return f"{raw[:4]} {raw[4:9]} {raw[9]}" if rng.random() < 0.7 else raw


def ohip_valid(text: str) -> bool:
    d = "".join(c for c in text if c.isdigit())
    return len(d) == 10 and luhn.is_valid(d)


def _ohip(rng: Rng) -> str:
    body = str(rng.randint(1, 9)) + _digits(rng, 8)
    raw = body + luhn.calc_check_digit(body)
    version = "".join(rng.choice(UPPER) for _ in range(2))
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}-{version}" if rng.random() < 0.6 else raw + version


def _kvnr_check(letter: str, digits8: str) -> int:
    seq = f"{ord(letter) - 64:02d}{digits8}"
    total = 0
    for i, c in enumerate(seq):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p - 9 if p > 9 else p
    return total % 10


def kvnr_valid(text: str) -> bool:
    t = text.replace(" ", "")
    if len(t) != 10 or t[0] not in UPPER or not t[1:].isdigit():
        return False
    return _kvnr_check(t[0], t[1:9]) == int(t[9])


def _kvnr(rng: Rng) -> str:
    letter, body = rng.choice(UPPER), _digits(rng, 8)
    return f"{letter}{body}{_kvnr_check(letter, body)}"


def chi_valid(text: str) -> bool:
    return bool(nhs.is_valid(text.replace(" ", "")))  # CHI shares the NHS mod-11 check


def _chi(rng: Rng, fake: Faker) -> str:
    born = fake.date_of_birth(minimum_age=1, maximum_age=95)
    for _ in range(40):
        body = f"{born:%d%m%y}{_digits(rng, 3)}"
        total = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)
    return "0101000000"


def taj_valid(text: str) -> bool:
    d = [int(c) for c in text if c.isdigit()]
    if len(d) != 9:
        return False
    return sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d[:8])) % 10 == d[8]


def _taj(rng: Rng, fake: Faker) -> str:
    """A Hungarian TAJ number: eight digits weighted 3, 7, 3, 7... and a check digit."""
    d = [rng.randrange(10) for _ in range(8)]
    raw = "".join(map(str, d)) + str(
        sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    )
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}" if rng.random() < 0.7 else raw


HEALTH_PLANS: tuple[tuple[str, Draw], ...] = (
    ("Medicare card no.", lambda r, f: _medicare_au(r)),
    ("OHIP health card", lambda r, f: _ohip(r)),
    ("KVNR", lambda r, f: _kvnr(r)),
    ("CHI number", _chi),
    ("TAJ szám", _taj),
)


def pick(table: tuple[tuple[str, Draw], ...], rng: Rng, form: str) -> tuple[str, Draw]:
    """The scheme a template names in its slot form (a key in FORM_KEYS), else any scheme."""
    key = FORM_KEYS.get(form)
    chosen = [row for row in table if row[0] == key]
    return chosen[0] if chosen else rng.choice(table)


def health_plan(rng: Rng, fake: Faker, form: str = "") -> tuple[str, str]:
    label, draw = pick(HEALTH_PLANS, rng, form)
    return label, draw(rng, fake)


# --- bank account numbers --------------------------------------------------------------------


def clabe_valid(text: str) -> bool:
    d = [int(c) for c in text if c.isdigit()]
    if len(d) != 18:
        return False
    total = sum(x * w % 10 for x, w in zip(d[:17], (3, 7, 1) * 6, strict=False))
    return (10 - total % 10) % 10 == d[17]


def _clabe(rng: Rng, fake: Faker) -> str:
    d = [int(c) for c in rng.choice(["002", "012", "014", "021", "072"]) + _digits(rng, 14)]
    total = sum(x * w % 10 for x, w in zip(d, (3, 7, 1) * 6, strict=False))
    raw = "".join(map(str, d)) + str((10 - total % 10) % 10)
    return f"{raw[:3]} {raw[3:6]} {raw[6:17]} {raw[17]}" if rng.random() < 0.4 else raw


def _kontonr(rng: Rng, fake: Faker) -> str:
    for _ in range(60):
        raw = str(rng.randint(1000, 9999)) + _digits(rng, 7)
        if kontonr.is_valid(raw):
            return f"{raw[:4]}.{raw[4:6]}.{raw[6:]}"
    return "1234.56.78903"


def nrb_valid(text: str) -> bool:
    return bool(iban_check.is_valid("PL" + text.replace(" ", "")))


def _nrb(rng: Rng, fake: Faker) -> str:
    """A Polish NRB: the IBAN without "PL" (its two check digits computed mod 97)."""
    bban = _digits(rng, 24)
    check = 98 - int(bban + "252100") % 97  # "PL00" moved to the end, P=25 L=21
    raw = f"{check:02d}{bban}"
    return " ".join([raw[:2]] + [raw[i : i + 4] for i in range(2, 26, 4)])


def _us_account(rng: Rng, fake: Faker) -> str:
    return _digits(rng, rng.choice([9, 10, 12]))


def _uk_account(rng: Rng, fake: Faker) -> str:
    return f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)} {_digits(rng, 8)}"


def _br_account(rng: Rng, fake: Faker) -> str:
    body = _digits(rng, rng.choice([5, 6, 8]))
    return f"{body}-{rng.choice(DIGITS + 'X')}"


BANK_ACCOUNTS: tuple[tuple[str, Draw], ...] = (
    ("CLABE", _clabe),
    ("kontonummer", _kontonr),
    ("nr rachunku", _nrb),
    ("account no.", _us_account),
    ("sort code / account", _uk_account),
    ("conta corrente", _br_account),
)


def bank_account(rng: Rng, fake: Faker, form: str = "") -> tuple[str, str]:
    label, draw = pick(BANK_ACCOUNTS, rng, form)
    return label, draw(rng, fake)


# --- clinicians' registrations and driving licences -----------------------------------------


def lanr_valid(text: str) -> bool:
    d = [int(c) for c in text if c.isdigit()]
    if len(d) != 9:
        return False
    total = sum(x * w for x, w in zip(d[:6], (4, 9, 4, 9, 4, 9), strict=True))
    return (10 - total % 10) % 10 == d[6]


def _lanr(rng: Rng) -> str:
    d = [rng.randrange(10) for _ in range(6)]
    total = sum(x * w for x, w in zip(d, (4, 9, 4, 9, 4, 9), strict=True))
    return "".join(map(str, d)) + str((10 - total % 10) % 10) + rng.choice(["01", "23", "50"])


def rpps_valid(text: str) -> bool:
    return len(text) == 11 and text.startswith("10") and luhn.is_valid(text)


def _rpps(rng: Rng) -> str:
    body = "10" + _digits(rng, 8)
    return body + luhn.calc_check_digit(body)


def pwz_valid(text: str) -> bool:
    d = [int(c) for c in text if c.isdigit()]
    if len(d) != 7 or d[0] == 0:
        return False
    return sum(x * w for x, w in zip(d[1:], range(1, 7), strict=True)) % 11 == d[0]


def _pwz(rng: Rng, fake: Faker) -> str:
    """A Polish physician's licence number (PWZ): a check digit, then six digits."""
    for _ in range(50):
        body = [rng.randrange(10) for _ in range(6)]
        check = sum(x * w for x, w in zip(body, range(1, 7), strict=True)) % 11
        if 0 < check < 10:
            return str(check) + "".join(map(str, body))
    return "5425740"


CLINICIAN_REGS: tuple[tuple[str, Draw], ...] = (
    ("LANR", lambda r, f: _lanr(r)),
    ("RPPS", lambda r, f: _rpps(r)),
    ("AHPRA", lambda r, f: r.choice(["MED", "NMW", "PHA"]) + "000" + _digits(r, 7)),
    ("GMC", lambda r, f: str(r.randint(2, 7)) + _digits(r, 6)),
    (
        "NMC PIN",
        lambda r, f: f"{_digits(r, 2)}{r.choice('ABCDEFGHIJ')}{_digits(r, 4)}{r.choice('EOSW')}",
    ),
    ("BIG", lambda r, f: str(r.randint(1, 9)) + _digits(r, 10)),
    ("CRM", lambda r, f: f"{r.choice(['SP', 'RJ', 'MG', 'RS'])} {r.randint(10000, 299999)}"),
    ("PWZ", _pwz),
)


def clinician_reg(rng: Rng, fake: Faker, form: str = "") -> tuple[str, str]:
    label, draw = pick(CLINICIAN_REGS, rng, form)
    return label, draw(rng, fake)


def _dvla(rng: Rng, fake: Faker) -> str:
    """A GB driving licence number: surname, birth date (+5 on the month for women), initials."""
    surname = "".join(c for c in unidecode(str(fake.last_name())).upper() if c.isalpha())
    born = fake.date_of_birth(minimum_age=17, maximum_age=90)
    month = born.month + (50 if rng.random() < 0.5 else 0)
    initials = "".join(c for c in unidecode(str(fake.first_name())).upper() if c.isalpha())[:1]
    initials = (initials + rng.choice(["9", rng.choice(UPPER)]))[:2]
    head = (surname[:5] + "99999")[:5]
    return f"{head}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}{initials}9" + (
        rng.choice(UPPER) + rng.choice(UPPER + DIGITS)
    )


IT_PROVINCES = ("MI", "RM", "TO", "NA", "U1")
IN_STATES = ("MH", "KA", "DL", "TN")
DE_DISTRICTS = ("M", "B", "HH", "K", "S", "F", "DO")
GB_AGE_IDS = ("19", "69", "21", "71", "23")

DRIVING_LICENCES: tuple[tuple[str, Draw], ...] = (
    ("DVLA driving licence", _dvla),
    ("CA driver license", lambda r, f: r.choice(UPPER) + _digits(r, 7)),
    ("NY DL", lambda r, f: f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"),
    ("FL DL", lambda r, f: f"{r.choice(UPPER)}{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 2)}-"
     f"{_digits(r, 3)}-{_digits(r, 1)}"),
    ("Führerschein-Nr.", lambda r, f: r.choice(UPPER) + _digits(r, 2) + _alnum(r, 8)),
    ("patente n.", lambda r, f: r.choice(IT_PROVINCES) + _digits(r, 7) + r.choice(UPPER)),
    ("Ontario DL", lambda r, f: f"{r.choice(UPPER)}{_digits(r, 4)}-{_digits(r, 5)}-"
     f"{_digits(r, 5)}"),
    ("DL No.", lambda r, f: f"{r.choice(IN_STATES)}{_digits(r, 2)} {r.randint(1995, 2023)}"
     f"{_digits(r, 7)}"),
    ("NSW licence", lambda r, f: _digits(r, 8)),
)  # fmt: skip


def driving_licence(rng: Rng, fake: Faker, form: str = "") -> tuple[str, str]:
    label, draw = pick(DRIVING_LICENCES, rng, form)
    return label, draw(rng, fake)


# --- vehicle plates of many countries ------------------------------------------------------


def _letters(rng: Rng, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


PLATES: tuple[tuple[str, Callable[[Rng], str]], ...] = (
    ("D", lambda r: f"{r.choice(DE_DISTRICTS)}-{_letters(r, 2)} {r.randint(1, 9999)}"),
    ("F", lambda r: f"{_letters(r, 2)}-{_digits(r, 3)}-{_letters(r, 2)}"),
    ("GB", lambda r: f"{_letters(r, 2)}{r.choice(GB_AGE_IDS)} {_letters(r, 3)}"),
    ("NL", lambda r: f"{_digits(r, 2)}-{_letters(r, 3, 'BDFGHJKLNPRSTVXZ')}-{r.randint(1, 9)}"),
    ("PL", lambda r: f"{r.choice(['WA', 'KR', 'PO', 'GD', 'WX'])} {_digits(r, 5)}"),
    ("I", lambda r: f"{_letters(r, 2)} {_digits(r, 3)}{_letters(r, 2)}"),
    ("E", lambda r: f"{_digits(r, 4)} {_letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"),
    ("BR", lambda r: f"{_letters(r, 3)}{r.randint(0, 9)}{_letters(r, 1)}{_digits(r, 2)}"),
    ("IND", lambda r: f"{r.choice(IN_STATES)} {_digits(r, 2)} {_letters(r, 2)} {_digits(r, 4)}"),
    ("CH", lambda r: f"{r.choice(['ZH', 'GE', 'BE', 'VD'])} {r.randint(1000, 999999)}"),
    ("A", lambda r: f"{r.choice(['W', 'G', 'L'])}-{r.randint(100, 99999)}{_letters(r, 1)}"),
    ("S", lambda r: f"{_letters(r, 3)} {_digits(r, 2)}{r.choice(DIGITS + 'ABC')}"),
    ("TR", lambda r: f"{r.randint(1, 81):02d} {_letters(r, 3)} {r.randint(10, 999)}"),
    ("USA", lambda r: f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}"),
    ("AUS", lambda r: f"{_letters(r, 3)}-{_digits(r, 2)}{_letters(r, 1)}"),
)  # fmt: skip


def world_plate(rng: Rng) -> tuple[str, str]:
    label, draw = rng.choice(PLATES)
    return label, draw(rng)


# --- device identifiers -----------------------------------------------------------------------

HIBC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_valid(text: str) -> bool:
    body = text.strip("*")
    return sum(HIBC.index(c) for c in body[:-1]) % 43 == HIBC.index(body[-1])


def hibc(rng: Rng) -> str:
    """A HIBC device label: labeler code, product, unit, serial and the mod-43 check."""
    lic = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _alnum(rng, 3)
    body = f"+{lic}{_alnum(rng, rng.randint(4, 9))}{rng.randint(0, 8)}/$+{_alnum(rng, 8)}"
    check = HIBC[sum(HIBC.index(c) for c in body) % 43]
    return f"*{body}{check}*" if rng.random() < 0.3 else body + check


def iccid(rng: Rng) -> str:
    body = "89" + rng.choice(["44", "49", "33", "01", "91", "34"]) + _digits(rng, 14)
    raw = body + luhn.calc_check_digit(body)
    return " ".join(raw[i : i + 4] for i in range(0, 20, 4)) if rng.random() < 0.3 else raw


def device_uuid(rng: Rng) -> str:
    text = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return text.upper() if rng.random() < 0.5 else text


# --- places -------------------------------------------------------------------------------

OLC = "23456789CFGHJMPQRVWX"


def plus_code(lat: float, lon: float) -> str:
    """The Open Location Code (10 digits, "8FVC9G8F+6X") of a point."""
    la, lo = int((lat + 90) * 8000), int((lon + 180) * 8000)
    pairs = []
    for _ in range(5):
        pairs.append(OLC[la % 20] + OLC[lo % 20])
        la, lo = la // 20, lo // 20
    code = "".join(reversed(pairs))
    return code[:8] + "+" + code[8:]


def place_code(rng: Rng) -> str:
    """Coordinates as GPS units, dispatch systems and map links write them."""
    lat, lon = rng.uniform(-45.0, 65.0), rng.uniform(-125.0, 150.0)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    style = rng.randrange(4)
    if style == 0:
        return plus_code(lat, lon)
    if style == 1:
        a, b = abs(lat), abs(lon)
        return f"{ns} {int(a)}° {(a % 1) * 60:06.3f}' {ew} {int(b):03d}° {(b % 1) * 60:06.3f}'"
    if style == 2:
        return f"{abs(lat):.5f}{ns} {abs(lon):.5f}{ew}"
    return f"geo:{lat:.6f},{lon:.6f}"


# Flat, floor and door as each country adds them to a street line; postcode and town order.
UNIT_FORMS: dict[str, tuple[str, ...]] = {
    "de": ("{s}, Whg. {n}", "{s}, {f}. OG links", "{s} / Hinterhaus"),
    "fr": ("Appt {n}, Bât. {b}, {s}", "{s}, Esc. {b}, {f}e étage", "Résidence {b}, {s}"),
    "es": ("{s}, {f}º {d}ª", "{s}, Esc. {b}, {f}º-{b}", "{s}, piso {f}, depto. {n}"),
    "it": ("{s}, int. {n}, scala {b}", "{s}, piano {f}"),
    "pt": ("{s}, apto {f}0{d}, bloco {b}", "{s}, {f}º Esq.", "{s}, casa {d}"),
    "nl": ("{s}-{r}", "{s} hs", "{s}, {f}e verdieping"),
    "pl": ("{s} m. {n}", "{s}/{n}", "{s}, lok. {n}"),
    "sv": ("{s}, lgh 1{f}0{d}", "{s}, {f} tr"),
    "da": ("{s}, {f}. tv.", "{s}, st. th."),
    "no": ("{s}, H0{f}0{d}",),
    "en": ("Apt {n}{b}, {s}", "Flat {n}, {s}", "{s}, Unit {n}", "Suite {f}0{d}, {s}"),
    "in": ("Flat No. {f}0{d}, {b}-Wing, {s}", "H.No. {n}-{d}-{f}, {s}", "{s}, near bus stand"),
    "cs": ("{s}, byt č. {n}",),
    "tr": ("{s}, Daire {n}", "{s} Kat:{f} D:{d}"),
    "fi": ("{s} {b} {n}", "{s} as. {n}"),
    "hr": ("{s}, stan {n}", "{s}/{f}. kat"),
    "sl": ("{s}, stanovanje {n}",),
    "ro": ("{s}, ap. {n}", "{s}, et. {f}, ap. {n}"),
    "id": ("{s}, RT 0{d}/RW 0{f}", "{s}, Blok {b} No. {n}"),
    "hu": ("{s} {f}. em. {d}.", "{s} fsz. {d}."),
}
ROMAN_FLOORS = ("I", "II", "III", "IV")
UNIT_WORDS = re.compile(r"\b(Apt|Apartment|Suite|Flat|Studio|Unit|Level|House No|Bl|Ap|lok)\b\.?")


def unit_address(rng: Rng, fake: Faker, locale: str) -> str:
    """A street line with the flat or floor as the country writes it, then town and postcode."""
    lang, _, region = locale.partition("_")
    key = "in" if region == "IN" else lang
    forms = UNIT_FORMS.get(key, UNIT_FORMS["en"])
    street = str(fake.street_address()).replace("\n", ", ").strip()
    if UNIT_WORDS.search(street):  # the locale's street line already names a flat
        forms = ("{s}",)
    line = rng.choice(forms).format(
        s=street,
        n=rng.randint(1, 48),
        f=rng.randint(1, 9),
        d=rng.randint(1, 4),
        b=rng.choice("ABCD"),
        r=rng.choice(ROMAN_FLOORS),
    )
    try:
        postcode = str(fake.postcode())
    except AttributeError:
        postcode = ""
    city = str(fake.city())
    if region in ("US", "CA", "AU", "PH"):
        return f"{line}, {city} {postcode}".strip()
    if region in ("GB", "IE", "NZ", "ZA", "NG", "KE"):
        return f"{line}, {city.upper() if rng.random() < 0.4 else city}, {postcode}".rstrip(", ")
    if region == "IN":
        return f"{line}, {city} - {postcode}"
    if region in ("BR",):
        return f"{line}, {city}, CEP {postcode}"
    sep = ", " if rng.random() < 0.7 else "\n"
    town = city.upper() if lang == "fr" and rng.random() < 0.6 else city
    return f"{line}{sep}{postcode} {town}".strip()


# --- phones as each country writes them -----------------------------------------------------

EXTENSION_WORDS = {
    "de": ("Durchwahl ", "-"),
    "fr": (" poste ",),
    "pl": (" wewn. ",),
    "nl": (" toestel ",),
    "it": (" int. ",),
    "es": (" ext. ", " int. "),
    "pt": (" ramal ",),
    "en": (" ext. ", " x", " extn "),
}
LOCALE_REGIONS = {"es_CA": "ES"}  # Faker's es_CA is Catalan (Spain), not Canada
PHONE_REGIONS = ("GB", "DE", "FR", "IT", "ES", "NL", "PL", "BR", "IN", "AU", "CA", "MX", "ZA")
REGION_LANG = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "PL": "pl"}
REGION_LANG |= {"NL": "nl", "IT": "it", "ES": "es", "MX": "es", "AR": "es", "BR": "pt"}


def national_phone(rng: Rng, locale: str) -> str:
    """A valid number of the document's country (else another), in a form people write."""
    region = LOCALE_REGIONS.get(locale, locale.rsplit("_", 1)[-1].upper())
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = rng.choice(PHONE_REGIONS)
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    assert example is not None
    nsn = phonenumbers.national_significant_number(example)  # Italy's leading 0 kept
    keep = min(3, len(nsn) - 4)
    number = example  # the region's example number if no draw is valid
    for _ in range(80):
        candidate = nsn[:keep] + _digits(rng, len(nsn) - keep)
        drawn = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if phonenumbers.is_valid_number(drawn):
            number = drawn
            break
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    style = rng.randrange(6)
    if style == 0:
        text = national
    elif style == 1:
        text = intl
    elif style == 2:
        text = "00" + intl[1:]
    elif style == 3 and national.startswith("0"):
        text = f"+{number.country_code} (0){national[1:]}"
    elif style == 4:
        text = national.replace(" ", ".") if region in ("FR", "BE") else national.replace(" ", "")
    else:
        text = phonenumbers.format_number(number, fmt.E164)
    if rng.random() < 0.25:
        words = EXTENSION_WORDS.get(REGION_LANG.get(region, "en"), EXTENSION_WORDS["en"])
        word = rng.choice(words)
        if word == "-" and text.startswith(("+", "00")):  # a direct-dial suffix: national only
            word = " ext. "
        text = f"{text}{word if word != 'Durchwahl ' else ', Durchwahl '}{rng.randint(10, 9999)}"
    return text


def phone_valid(text: str) -> bool:
    """The number part (before any extension) is a valid number of some country."""
    head = text.split(",", maxsplit=1)[0]
    for word in (" poste ", " wewn. ", " toestel ", " int. ", " ext. ", " ramal ", " x", " extn "):
        head = head.split(word)[0]
    head = head.replace("(0)", "").replace(".", " ")
    if head.startswith("00"):
        head = "+" + head[2:]
    for candidate in (head, re.sub(r"-\d{2,4}$", "", head)):  # "030 1234567-89": direct dial
        for region in REGIONS_TRIED:
            try:
                number = phonenumbers.parse(candidate, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                return True
    return False


# National forms carry no country code: the tests try the regions the generator draws from.
REGIONS_TRIED = sorted(phonenumbers.SUPPORTED_REGIONS)


# --- ages over 89 ---------------------------------------------------------------------------

_UNITS = {
    "de": ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "es": ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "pl": ["jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
}
_IT = "novanta novantuno novantadue novantatré novantaquattro novantacinque novantasei "
_IT += "novantasette novantotto novantanove"
_NL = "negentig eenennegentig tweeënnegentig drieënnegentig vierennegentig vijfennegentig "
_NL += "zesennegentig zevenennegentig achtennegentig negenennegentig"
_FR = "quatre-vingt-dix quatre-vingt-onze quatre-vingt-douze quatre-vingt-treize "
_FR += "quatre-vingt-quatorze quatre-vingt-quinze quatre-vingt-seize quatre-vingt-dix-sept "
_FR += "quatre-vingt-dix-huit quatre-vingt-dix-neuf"
_FR_BE = "nonante nonante-et-un nonante-deux nonante-trois nonante-quatre nonante-cinq "
_FR_BE += "nonante-six nonante-sept nonante-huit nonante-neuf"


def spelled_age(rng: Rng, lang: str) -> str:
    """An age from 90 to 99 written out in language `lang` (de, fr, es, it, nl, pt, pl)."""
    age = rng.randint(90, 99)
    u = age - 90
    if lang == "de":
        return "neunzig" if u == 0 else f"{_UNITS['de'][u - 1]}undneunzig"
    if lang in ("es", "pt"):
        joiner = " y " if lang == "es" else " e "
        return "noventa" + (joiner + _UNITS[lang][u - 1] if u else "")
    if lang == "pl":
        return "dziewięćdziesiąt" + (" " + _UNITS["pl"][u - 1] if u else "")
    if lang == "it":
        return _IT.split()[u]
    if lang == "nl":
        return _NL.split()[u]
    if lang == "be":
        return _FR_BE.split()[u]
    return _FR.split()[u]


def compact_age(rng: Rng) -> str:
    """An age over 89 as a clinician abbreviates it ("93yo", "91F", "97y")."""
    age = rng.randint(90, 103)
    return rng.choice([f"{age}yo", f"{age}y", f"{age}F", f"{age}M", f"{age}"])


# Slot forms that name one scheme ("{clinreg1.lanr}") -> its label.
FORM_KEYS = {
    "medicare": "Medicare card no.", "ohip": "OHIP health card", "kvnr": "KVNR",
    "chi": "CHI number", "clabe": "CLABE", "kontonr": "kontonummer", "nrb": "nr rachunku",
    "us": "account no.", "uk": "sort code / account", "br": "conta corrente", "lanr": "LANR",
    "rpps": "RPPS", "ahpra": "AHPRA", "gmc": "GMC", "nmc": "NMC PIN", "big": "BIG",
    "crm": "CRM", "pwz": "PWZ", "taj": "TAJ szám", "dvla": "DVLA driving licence",
    "de": "Führerschein-Nr.",
    "it": "patente n.", "in": "DL No.",
}  # fmt: skip

# label -> validity check, for the schemes that carry a check digit.
CHECKS: dict[str, Callable[[str], bool]] = {
    "Medicare card no.": medicare_au_valid,
    "OHIP health card": ohip_valid,
    "KVNR": kvnr_valid,
    "CHI number": chi_valid,
    "CLABE": clabe_valid,
    "kontonummer": lambda t: bool(kontonr.is_valid(t)),
    "nr rachunku": nrb_valid,
    "LANR": lanr_valid,
    "RPPS": rpps_valid,
    "PWZ": pwz_valid,
    "TAJ szám": taj_valid,
}
