"""Values for held-out W's slots (heldout_w_templates.py; written in session 38).

Every slot name starts with "w". A slot's first occurrence in a document draws its value;
later occurrences of the same entity may ask for another written form of it
(`{wdob1.iso}` then `{wdob1.long_de}`). For slots that name a country (`{wnat1.pl}`,
`{wtel1.jp_intl}`) the country is read from the first occurrence only.

Check digits are computed here (Luhn, ISO 7064 mod 97-10 for IBANs, ISO 3779 for VINs,
Verhoeff, GS1 mod 10, the DEA and ICAO 7-3-1 sums) and national numbers are accepted only
when python-stdnum validates them. Dates count back from W_TODAY, never from the clock.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn

from resources.synthetic.redaction_eval.generator import Ctx, Person, Value
from resources.synthetic.redaction_eval.world_names import world_names

W_TODAY = date(2026, 11, 11)

# Locales whose names Faker writes in a non-Latin script.
NON_LATIN = (
    "ru_RU", "uk_UA", "bg_BG", "el_GR", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "ar_SA",
    "ar_EG", "he_IL", "fa_IR", "th_TH", "hi_IN", "ka_GE", "hy_AM",
)  # fmt: skip
# For Latin-script locales, a share of people come from names-dataset's world names.
WORLD: tuple[str, ...] = (
    "PL",
    "NG",
    "IT",
    "DE",
    "IN",
    "PK",
    "BR",
    "MX",
    "TR",
    "VN",
    "PH",
    "ID",
    "EG",
    "MA",
)
WORLD += ("IR", "GH", "KE", "ET", "ZA", "FR", "ES", "PT", "NL", "SE", "HU", "RO", "GR", "HT")


# --------------------------------------------------------------------------- check digits
def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to `body` (ISO/IEC 7812-1)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_digits(country: str, bban: str) -> str:
    """The two IBAN check digits (ISO 13616, ISO 7064 mod 97-10)."""
    moved = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in moved.upper()))
    return f"{98 - number % 97:02d}"


VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_digit(vin: str) -> str:
    """The ninth character of a 17-character VIN (ISO 3779 / 49 CFR 565.15)."""
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


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
    """The Verhoeff check digit to append to `body` (dihedral group D5)."""
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def gs1_digit(body: str) -> str:
    """The GS1 mod-10 check digit (GTIN, SSCC): weights 3,1 from the right."""
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def dea_digit(digits6: str) -> str:
    """The DEA registration check digit: (d1+d3+d5) + 2*(d2+d4+d6), last digit."""
    d = [int(c) for c in digits6]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def icao_digit(field_: str) -> str:
    """ICAO Doc 9303 check digit: weights 7, 3, 1; letters A=10..Z=35, filler 0."""
    total = 0
    for i, ch in enumerate(field_):
        v = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


# --------------------------------------------------------------------------- values
@dataclass
class WPerson(Person):
    """A person with W's extra written forms (HL7, CJK order, OCR, misspelt, romanised)."""

    typo: str = ""
    ocr: str = ""
    cjk: bool = False  # a Chinese, Japanese or Korean name: family name first, no space

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        extra = {
            "cjk": f"{last}{first}",
            "hl7": "^".join(w.upper() for w in (last, first, middle) if w),
            "roman": " ".join(unidecode(f"{first} {last}").split()),
            "native": f"{last}{first}" if self.cjk else f"{first} {last}",
            "roman_last_first": unidecode(f"{last.upper()}, {first}").strip(),
            "roman_caps_last": unidecode(last).strip().upper(),
            "ru": " ".join(w for w in (last, first, middle) if w),
            "ru_init": f"{last} {first[0]}." + (f" {middle[0]}." if middle else ""),
            "typo": self.typo,
            "ocr": self.ocr,
            "last_comma_caps": f"{last.upper()},{first.upper()}",
            "title_case_lower_first": f"{first.lower()} {last}",
        }
        if form in extra:
            return extra[form]
        return super().form(form)


@dataclass
class Multi(Person):
    """A non-person value with several written forms; its form picks one."""

    variants: dict[str, str] = field(default_factory=dict)
    region: str = ""  # a country or kind named by the first occurrence ("pl", "imei")
    hint: str = ""  # the first occurrence's form

    def form(self, form: str) -> str:
        key = form or "full"
        if self.region and key.startswith(self.region + "_"):
            key = key[len(self.region) + 1 :]
        if key not in self.variants and key in (self.hint, self.region):
            key = "full"
        return self.variants[key]


def _typo(rng: random.Random, s: str) -> str:
    """A misspelling a person makes typing a name: a dropped, doubled or swapped letter."""
    idx = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i + 1].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    how = rng.randrange(3)
    if how == 0:
        return s[:i] + s[i + 1 :]
    if how == 1:
        return s[:i] + s[i] + s[i:]
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


OCR_SWAPS = {"l": "1", "I": "l", "O": "0", "o": "0", "e": "c", "S": "5", "B": "8", "a": "o"}
OCR_SWAPS |= {"i": "í", "m": "rn", "u": "ii", "g": "q", "Z": "2", "n": "ri"}


def _ocr(rng: random.Random, s: str) -> str:
    """One or two look-alike characters, as an OCR engine misreads a scan."""
    out = list(s)
    spots = [i for i, c in enumerate(s) if c in OCR_SWAPS]
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 2)))):
        out[i] = OCR_SWAPS[s[i]]
    return "".join(out)


def new_person(ctx: Ctx, locale: str | None = None) -> WPerson:
    rng = ctx.rng
    loc = locale or ctx.locale
    if loc not in NON_LATIN and rng.random() < 0.3:
        names = world_names()[rng.choice([c for c in WORLD if c in world_names()])]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.1 else ""
    else:
        f = ctx.fake(NAME_LOCALE.get(loc, loc))
        first, last = str(f.first_name()), str(f.last_name())
        middle = ""
        if loc in ("ru_RU", "uk_UA") and hasattr(f, "middle_name"):
            middle = str(f.middle_name())
        elif rng.random() < 0.12:
            middle = str(f.first_name())
    first, last, middle = first.strip(), last.strip(), middle.strip()
    if middle == first:
        middle = ""
    full = " ".join(w for w in (first, last) if w)
    cjk = loc in ("ja_JP", "zh_CN", "zh_TW", "ko_KR")
    return WPerson(first, last, middle, typo=_typo(rng, full), ocr=_ocr(rng, full), cjk=cjk)


# Dates --------------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # noqa: E501
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # noqa: E501
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # noqa: E501
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",  # noqa: E501
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}  # fmt: skip
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


def date_forms(d: date, rng: random.Random) -> dict[str, str]:
    m = {k: v.split() for k, v in MONTHS.items()}
    mon = m["en"][d.month - 1]
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    ocr = f"{d.day:02d}.{d.month:02d}.{d.year}"
    ocr = ocr.replace("0", "O", 1) if "0" in ocr else ocr.replace("1", "l", 1)
    return {
        "full": d.isoformat(),
        "iso": d.isoformat(),
        "isot": f"{d.isoformat()}T{hh:02d}:{mm:02d}:00Z",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dmy_short": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "dmy_nopad": f"{d.day}.{d.month}.{d.year}",
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy_nopad": f"{d.month}/{d.day}/{d.year}",
        "mdy_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "ymd_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "ymd_dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "compact": d.strftime("%Y%m%d"),
        "compact_dmy": d.strftime("%d%m%y"),
        "edifact": d.strftime("%y%m%d"),
        "mon": f"{d.day:02d}-{mon[:3].upper()}-{d.year}",
        "mon_space": f"{d.day} {mon[:3]} {d.year}",
        "long_en": f"{mon} {d.day}, {d.year}",
        "long_gb": f"{d.day} {mon} {d.year}",
        "ord_gb": f"{d.day}{_ord(d.day)} {mon} {d.year}",
        "abbr_us": f"{mon[:3]}. {d.day}, {d.year}",
        "long_de": f"{d.day}. {m['de'][d.month - 1]} {d.year}",
        "long_fr": f"{d.day} {m['fr'][d.month - 1]} {d.year}",
        "long_es": f"{d.day} de {m['es'][d.month - 1]} de {d.year}",
        "long_pt": f"{d.day} de {m['pt'][d.month - 1]} de {d.year}",
        "long_it": f"{d.day} {m['it'][d.month - 1]} {d.year}",
        "long_nl": f"{d.day} {m['nl'][d.month - 1]} {d.year}",
        "long_pl": f"{d.day} {m['pl'][d.month - 1]} {d.year}",
        "long_ru": f"{d.day} {m['ru'][d.month - 1]} {d.year} г.",
        "long_sv": f"{d.day} {m['sv'][d.month - 1]} {d.year}",
        "long_tr": f"{d.day} {m['tr'][d.month - 1]} {d.year}",
        "long_id": f"{d.day} {m['id'][d.month - 1]} {d.year}",
        "cjk": f"{d.year}年{d.month}月{d.day}日",
        "ko": f"{d.year}년 {d.month}월 {d.day}일",
        "ko_dot": f"{d.year}. {d.month}. {d.day}.",
        "thai": f"{d.day}/{d.month}/{d.year + 543}",
        "arabic": f"{d.day:02d}/{d.month:02d}/{d.year}".translate(ARABIC_DIGITS),
        "persian": f"{d.year}/{d.month:02d}/{d.day:02d}".translate(PERSIAN_DIGITS),
        "deva": f"{d.day:02d}-{d.month:02d}-{d.year}".translate(DEVANAGARI_DIGITS),
        "ocr": ocr,
        "x12": d.strftime("%Y%m%d"),
        "hl7t": d.strftime("%Y%m%d") + f"{hh:02d}{mm:02d}",
        "log": f"{d.day:02d}/{mon[:3]}/{d.year}:{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d} +0000",
        "rfc2822": f"{d.strftime('%a')}, {d.day} {mon[:3]} {d.year} {hh:02d}:{mm:02d}:17 +0000",
    }


def _ord(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def new_date(ctx: Ctx, slot: str) -> Multi:
    rng = ctx.rng
    ages = [e for k, e in ctx.entities.items() if k.startswith("wage") and isinstance(e, Multi)]
    if slot == "wdob" and ages:  # a birth date that agrees with the age already written
        years = int(ages[0].variants["num"])
        d = W_TODAY.replace(year=W_TODAY.year - years) - timedelta(days=rng.randint(1, 360))
    elif slot == "wdob":
        years = rng.randint(1, 17) if rng.random() < 0.1 else rng.randint(18, 92)
        d = W_TODAY - timedelta(days=years * 365 + rng.randint(0, 364))
    else:
        # A later event date follows the document's latest one (admission, then discharge).
        earlier = [
            date.fromisoformat(e.variants["iso"])
            for k, e in ctx.entities.items()
            if k.startswith("wdate") and isinstance(e, Multi)
        ]
        if earlier:
            d = max(earlier) + timedelta(days=rng.randint(1, 24))
        else:
            d = W_TODAY - timedelta(days=rng.randint(75, 1100))
    return Multi("", "", variants=date_forms(d, rng))


# Ages over 89 ---------------------------------------------------------------------------
EN_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DE_UNITS = ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
ES_UNITS = ("", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
FR_NINETY: tuple[str, ...] = ("quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze")
FR_NINETY += ("quatre-vingt-treize", "quatre-vingt-quatorze", "quatre-vingt-quinze")
FR_NINETY += ("quatre-vingt-seize", "quatre-vingt-dix-sept", "quatre-vingt-dix-huit")
FR_NINETY += ("quatre-vingt-dix-neuf",)


def new_age(ctx: Ctx) -> Multi:
    n = ctx.rng.randint(90, 99) if ctx.rng.random() < 0.85 else ctx.rng.randint(100, 106)
    u = n % 10
    if n < 100:
        en = "ninety" + (f"-{EN_UNITS[u]}" if u else "")
        de = (f"{DE_UNITS[u]}und" if u else "") + "neunzig"
        es = "noventa" + (f" y {ES_UNITS[u]}" if u else "")
        fr = FR_NINETY[u]
    else:
        en = "one hundred" + (f" and {EN_UNITS[u]}" if u else "")
        de = "hundert" + (DE_UNITS[u] + ("s" if u == 1 else "") if u else "")
        es = "cien" if not u else f"ciento {ES_UNITS[u]}"
        fr = "cent" + (f" {FR_UNITS[u]}" if u else "")
    v = {"full": str(n), "num": str(n), "en": en, "de": de, "es": es, "fr": fr}
    v["cap_en"] = en[0].upper() + en[1:]
    v["arabic"] = str(n).translate(ARABIC_DIGITS)
    return Multi("", "", variants=v)


FR_UNITS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")


# Phones ---------------------------------------------------------------------------------
def _locale_region(locale: str) -> str:
    region = locale.rsplit("_", maxsplit=1)[-1].upper()
    return {"AA": "EG", "EN": "US", "SW": "TZ"}.get(region, region)


DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def new_phone(ctx: Ctx, form: str, *, fax: bool = False) -> Multi:
    rng = ctx.rng
    head = form.split("_", maxsplit=1)[0]
    region = head.upper() if len(head) == 2 else _locale_region(ctx.locale)
    region = region if region in phonenumbers.SUPPORTED_REGIONS else "US"
    kinds = [phonenumbers.PhoneNumberType.FIXED_LINE]
    if not fax:
        kinds.insert(0, phonenumbers.PhoneNumberType.MOBILE)
    example = None
    for kind in kinds:
        example = phonenumbers.example_number_for_type(region, kind)
        if example is not None:
            break
    assert example is not None, region
    nsn = str(example.national_number)
    number = example
    for attempt in range(200):
        # Keep only the leading digits of the published example (its area or mobile
        # prefix); fall back to keeping more of it if no valid number turns up.
        keep = 1 if attempt < 150 else max(2, len(nsn) - 4)
        cand = nsn[:keep] + "".join(rng.choice(string.digits) for _ in nsn[keep:])
        trial = phonenumbers.parse(f"+{example.country_code}{cand}")
        if phonenumbers.is_valid_number(trial):
            number = trial
            break
    fmt = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(number, fmt.NATIONAL)
    intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, fmt.E164)
    digits = "".join(c for c in nat if c.isdigit())
    v = {
        "full": nat,
        "nat": nat,
        "intl": intl,
        "e164": e164,
        "digits": digits,
        "dots": intl.replace(" ", ".").replace("-", "."),
        "dashes": intl.replace(" ", "-"),
        "tel": "tel:" + e164,
        "zero": "00" + e164[1:],
        "paren": f"(+{number.country_code}) {nat.lstrip('0')}",
        # As a dictation or a voicemail transcript writes it: one word per digit.
        "spoken": " ".join(DIGIT_WORDS[int(c)] for c in digits),
    }
    return Multi("", "", variants=v, region=head if len(head) == 2 else "")


# E-mail, URLs, photos ---------------------------------------------------------------------
MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "proton.me",
    "gmx.de",
    "web.de",
)
MAIL_DOMAINS += ("orange.fr", "libero.it", "wp.pl", "seznam.cz", "mail.ru", "yandex.ru")
MAIL_DOMAINS += ("naver.com", "qq.com", "163.com", "hotmail.co.uk", "icloud.com", "bol.com.br")
MAIL_DOMAINS += ("t-online.de", "free.fr", "telenet.be", "ziggo.nl", "o2.pl", "rediffmail.com")


def _people(ctx: Ctx) -> list[tuple[str, WPerson]]:
    return [(k, e) for k, e in ctx.entities.items() if isinstance(e, WPerson)]


def _handle_of(ctx: Ctx, form: str) -> str:
    people = _people(ctx)
    chosen = None
    if form.startswith("of_"):
        chosen = dict(people).get(form[3:])
    if chosen is None and people:
        chosen = people[0][1]
    rng = ctx.rng
    if chosen is None:
        return str(ctx.fake("en_US").user_name())
    first = unidecode(chosen.first).lower().replace(" ", "").replace("'", "")
    last = unidecode(chosen.last).lower().replace(" ", "").replace("'", "")
    first = "".join(c for c in first if c.isalnum()) or "x"
    last = "".join(c for c in last if c.isalnum()) or "y"
    pattern = rng.randrange(6)
    if pattern == 0:
        return f"{first}.{last}"
    if pattern == 1:
        return f"{first[0]}{last}"
    if pattern == 2:
        return f"{first}_{last}{rng.randint(1, 99)}"
    if pattern == 3:
        return f"{last}.{first}"
    if pattern == 4:
        return f"{first}{last[0]}{rng.randint(1950, 2010)}"
    return f"{first}-{last}"


def new_email(ctx: Ctx, form: str) -> Value:
    domain = ctx.rng.choice(MAIL_DOMAINS)
    if "work" in form:
        domain = str(ctx.fake("en_US").domain_name())
    return Value(f"{_handle_of(ctx, form)}@{domain}")


def new_url(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    h = _handle_of(ctx, form)
    n = rng.randint(10**6, 10**9)
    choices = (
        f"https://www.facebook.com/{h}",
        f"https://www.linkedin.com/in/{h.replace('.', '-')}-{rng.randint(10, 999)}",
        f"https://instagram.com/{h.replace('-', '_')}",
        f"https://x.com/{h.replace('.', '_').replace('-', '_')[:15]}",
        f"https://vk.com/id{n}",
        f"https://t.me/{h.replace('.', '_').replace('-', '_')}",
        f"https://portal.{ctx.fake('en_US').domain_name()}/patients/{n}/records",
        f"http://{h.replace('.', '').replace('_', '')}.blogspot.com",
        f"https://github.com/{h.replace('.', '-').replace('_', '-')}",
        f"https://www.tiktok.com/@{h.replace('-', '_')}",
    )
    return Value(rng.choice(choices))


def new_photo(ctx: Ctx) -> Value:
    rng = ctx.rng
    h = _handle_of(ctx, "").replace(".", "_").replace("-", "_")
    n = rng.randint(1000, 99999)
    choices = (
        f"https://cdn.{ctx.fake('en_US').domain_name()}/faces/{h}_{n}.jpg",
        f"https://files.{ctx.fake('en_US').domain_name()}/kyc/selfie_{n}_{h}.png",
        f"\\\\fileserver\\photos\\id\\{h}_{n}.jpg",
        f"s3://idv-uploads/liveness/{n}/{h}_face.jpeg",
        f"https://imgur.com/{''.join(rng.choice(string.ascii_letters) for _ in range(7))}.jpg",
    )
    return Value(rng.choice(choices))


# Addresses, places, coordinates ------------------------------------------------------------
# Locales whose Faker addresses fall back to US military ones: W writes their addresses
# from each country's own conventions (street word, house number, postcode shape) and a
# few of its real towns.
LOCAL_ADDR: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "bg_BG": (
        "ул. {last} {n}, {zip} {city}",
        "####",
        ("София", "Пловдив", "Варна", "Бургас", "Русе", "Плевен"),
    ),
    "ar_SA": (
        "{n} شارع {last}، حي {first}، {city} {zip}",
        "#####",
        ("الرياض", "جدة", "الدمام", "الطائف", "المدينة المنورة"),
    ),
    "ar_EG": (
        "{n} شارع {last}، {city}",
        "#####",
        ("القاهرة", "الإسكندرية", "الجيزة", "المنصورة", "طنطا", "أسيوط"),
    ),
    "tr_TR": (
        "{last} Sokak No: {n} D: {m}, {zip} {city}",
        "#####",
        ("İstanbul", "Ankara", "İzmir", "Bursa", "Konya", "Kayseri"),
    ),
    "is_IS": (
        "{first}sgata {n}, {zip} {city}",
        "###",
        ("Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Garðabær"),
    ),
    "lv_LV": (
        "{street} iela {n}-{m}, {city}, LV-{zip}",
        "####",
        ("Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala"),
    ),
    "lt_LT": (
        "{street} g. {n}-{m}, LT-{zip} {city}",
        "#####",
        ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"),
    ),
    "et_EE": (
        "{street} {n}-{m}, {zip} {city}",
        "#####",
        ("Tallinn", "Tartu", "Narva", "Pärnu", "Viljandi"),
    ),
    "en_KE": (
        "House {n}, {street} Road, {city}, P.O. Box {m}-{zip}",
        "#####",
        ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika"),
    ),
    "en_NG": (
        "{n} {last} Street, {street}, {city}",
        "######",
        ("Lagos", "Ibadan", "Abuja", "Kano", "Port Harcourt", "Enugu"),
    ),
    "en_PK": (
        "House {n}, Street {m}, {street}, {city} {zip}",
        "#####",
        ("Lahore", "Karachi", "Islamabad", "Rawalpindi", "Multan", "Peshawar"),
    ),
    "fr_BE": (
        "Rue {last} {n}, {zip} {city}",
        "####",
        ("Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre"),
    ),
    "fil_PH": (
        "{n} {last} St., Brgy. {street}, {city} {zip}",
        "####",
        ("Quezon City", "Manila", "Cebu City", "Davao City", "Pasig"),
    ),
    "yo_NG": (
        "{n} {last} Street, {street}, {city}",
        "######",
        ("Ibadan", "Abeokuta", "Ogbomoso", "Osogbo", "Akure", "Ilorin"),
    ),
    "ha_NG": (
        "No. {n} {last} Road, {street}, {city}",
        "######",
        ("Kano", "Kaduna", "Katsina", "Sokoto", "Zaria", "Bauchi"),
    ),
    "ga_IE": (
        "{n} Bóthar {last}, {city}, {zip}",
        "?## ?#?#",
        ("Gaillimh", "An Daingean", "Leitir Ceanainn", "Corcaigh", "Baile Átha Cliath"),
    ),
    "uz_UZ": (
        "{street} ko'chasi, {n}-uy, {m}-xonadon, {city} {zip}",
        "######",
        ("Toshkent", "Samarqand", "Buxoro", "Namangan", "Andijon", "Farg'ona"),
    ),
    "en_TH": (
        "{n}/{m} Soi {street}, {city} {zip}",
        "#####",
        ("Bangkok", "Chiang Mai", "Phuket", "Pattaya", "Khon Kaen", "Hat Yai"),
    ),
    "sw": (
        "Mtaa wa {last}, Nyumba Na. {n}, {city}",
        "#####",
        ("Dar es Salaam", "Arusha", "Mwanza", "Dodoma", "Zanzibar", "Moshi"),
    ),
}
LOCAL_STREETS = {
    "lv_LV": ("Brīvības", "Elizabetes", "Tērbatas", "Dzirnavu", "Lāčplēša", "Ganību"),
    "lt_LT": ("Savanorių", "Kauno", "Laisvės", "Taikos", "Žirmūnų", "Ukmergės"),
    "et_EE": ("Pärnu mnt", "Narva mnt", "Tartu mnt", "Kalevi tn", "Lille tn", "Vabriku tn"),
    "en_KE": ("Ngong", "Kiambu", "Thika", "Jogoo", "Langata", "Mombasa"),
    "en_NG": ("Surulere", "Ikeja GRA", "Yaba", "Bodija", "Wuse II", "Garki"),
    "en_PK": ("G-9/4", "DHA Phase 5", "Gulberg III", "Model Town", "F-10/2", "Johar Town"),
    "yo_NG": ("Bodija", "Mokola", "Dugbe", "Agodi GRA", "Ring Road"),
    "ha_NG": ("Sabon Gari", "Nassarawa GRA", "Tudun Wada", "Fagge", "Unguwa Uku"),
    "uz_UZ": ("Amir Temur", "Navoiy", "Bobur", "Mustaqillik", "Shota Rustaveli"),
    "en_TH": ("Sukhumvit 11", "Ari", "Nimman 7", "Ratchada 3", "Ekkamai 12"),
    "fil_PH": ("San Isidro", "Bagong Silang", "Poblacion", "Santo Niño", "Malinta"),
}
# Locales whose Faker names fall back to English: names from a sibling locale.
NAME_LOCALE = {"ar_EG": "ar_AA"}


def _local_address(ctx: Ctx, slot: str, form: str) -> Value:
    rng = ctx.rng
    pattern, zip_shape, cities = LOCAL_ADDR[ctx.locale]
    if slot == "wtown":
        return Value(rng.choice(cities))
    postcode = _shape(rng, zip_shape)
    if slot == "wzip":
        return Value(postcode)
    f = ctx.fake(NAME_LOCALE.get(ctx.locale, ctx.locale))
    text = pattern.format(
        last=str(f.last_name()).strip(),
        first=str(f.first_name()).strip(),
        street=rng.choice(LOCAL_STREETS.get(ctx.locale, ("Central",))),
        n=rng.randint(1, 180),
        m=rng.randint(1, 60),
        zip=postcode,
        city=rng.choice(cities),
    )
    if form == "street":
        return Value(text.split(",")[0].split("،")[0].strip())
    if form == "multi":
        return Value(text.replace(", ", "\n").replace("، ", "\n"))
    return Value(text.upper() if form == "caps" else text)


def new_address(ctx: Ctx, slot: str, form: str) -> Value:
    if ctx.locale in LOCAL_ADDR:
        return _local_address(ctx, slot, form)
    f = ctx.fake()
    if slot == "wtown":
        city = str(f.city()).strip()
        return Value(city.upper() if form == "caps" else city)
    if slot == "wzip":
        return Value(str(f.postcode()).strip())
    if form == "street":
        return Value(str(f.street_address()).strip())
    lines = [ln.strip() for ln in str(f.address()).splitlines() if ln.strip()]
    if form == "multi":
        return Value("\n".join(lines))
    text = ", ".join(lines)
    if form == "caps":
        text = text.upper()
    return Value(text)


GEO = {
    "US": (25, 48, -123, -70), "GB": (50.2, 57.5, -5.5, 1.5), "DE": (47.5, 54.5, 6.2, 14.8),
    "FR": (43.3, 50.8, -1.2, 7.4), "BR": (-30, -5, -55, -36), "IN": (9, 28, 73, 88),
    "JP": (31.5, 43.0, 130.5, 141.5), "NG": (5, 12, 3.5, 13), "AU": (-37.8, -19, 115, 152),
    "PL": (49.5, 54.5, 14.5, 23.5), "ES": (37, 43.5, -8.5, 2.5), "MX": (17, 31, -114, -89),
}  # fmt: skip


def new_geo(ctx: Ctx, form: str) -> Multi:
    rng = ctx.rng
    region = _locale_region(ctx.locale)
    lat0, lat1, lon0, lon1 = GEO.get(region, GEO["US"])
    lat, lon = rng.uniform(lat0, lat1), rng.uniform(lon0, lon1)

    def dms(x: float, pos: str, neg: str) -> str:
        h = pos if x >= 0 else neg
        x = abs(x)
        d, rem = int(x), (abs(x) - int(x)) * 60
        return f"{d}°{int(rem):02d}'{(rem - int(rem)) * 60:04.1f}\"{h}"

    v = {
        "full": f"{lat:.5f}, {lon:.5f}",
        "dec": f"{lat:.5f}, {lon:.5f}",
        "dms": f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}",
        "uri": f"geo:{lat:.6f},{lon:.6f}",
        "maps": f"https://maps.google.com/?q={lat:.6f},{lon:.6f}",
        "json": f"{lat:.6f}, {lon:.6f}",
    }
    return Multi("", "", variants=v)


# National numbers ---------------------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# The birth date the document has already written, while a national number is drawn: a
# number that encodes a birth date (PESEL, NIR, personnummer) then agrees with it.
_BORN: list[date] = []


def _born(rng: random.Random, lo: int = 1930, hi: int = 1999) -> date:
    drawn = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    if _BORN and lo <= _BORN[0].year <= hi:
        return _BORN[0]
    return drawn


def _fill(rng: random.Random, body: Callable[[], str], valid: Callable[[str], bool]) -> str:
    """A body completed with the one check character that makes it valid."""
    alphabet = string.digits + string.ascii_uppercase
    for _ in range(400):
        b = body()
        for c in alphabet:
            if valid(b + c):
                return b + c
    raise AssertionError("no valid number drawn")


def _valid(module: str) -> Callable[[str], bool]:
    import importlib  # noqa: PLC0415

    mod = importlib.import_module(f"stdnum.{module}")
    return lambda s: bool(mod.is_valid(s))


def _nat_pl(rng: random.Random) -> tuple[str, str]:
    b = _born(rng, 1930, 2009)
    mm = b.month + (20 if b.year >= 2000 else 0)
    raw = _fill(
        rng, lambda: f"{b.year % 100:02d}{mm:02d}{b.day:02d}{_d(rng, 4)}", _valid("pl.pesel")
    )
    return raw, raw


def _nat_fr(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    body = f"{rng.choice('12')}{b.year % 100:02d}{b.month:02d}{rng.randint(1, 95):02d}"
    body += f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    raw = body + f"{key:02d}"
    return raw, f"{raw[0]} {raw[1:3]} {raw[3:5]} {raw[5:7]} {raw[7:10]} {raw[10:13]} {raw[13:]}"


def _nat_it(rng: random.Random) -> tuple[str, str]:
    from stdnum.it import codicefiscale  # noqa: PLC0415

    cons = "BCDFGHJKLMNPQRSTVZ"
    b = _born(rng)
    day = b.day + (40 if rng.random() < 0.5 else 0)
    body = "".join(rng.choice(cons) for _ in range(6)) + f"{b.year % 100:02d}"
    body += "ABCDEHLMPRST"[b.month - 1] + f"{day:02d}"
    body += rng.choice("ABCDEFGHLMF") + f"{rng.randint(1, 999):03d}"
    raw = body + codicefiscale.calc_check_digit(body)
    return raw, raw


def _nat_es(rng: random.Random) -> tuple[str, str]:
    from stdnum.es import dni, nie  # noqa: PLC0415

    if rng.random() < 0.7:
        body = _d(rng, 8)
        raw = body + dni.calc_check_digit(body)
        return raw, rng.choice((raw, f"{raw[:8]}-{raw[8]}"))
    body = rng.choice("XYZ") + _d(rng, 7)
    raw = body + nie.calc_check_digit(body)
    return raw, f"{raw[0]}-{raw[1:8]}-{raw[8]}"


def _nat_se(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    body = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{_d(rng, 3)}"
    raw = body + luhn_digit(body)
    return raw, f"{raw[:6]}-{raw[6:]}"


def _nat_no(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    pre = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
    v = _valid("no.fodselsnummer")
    for _ in range(200):
        ind = f"{rng.randint(0, 499):03d}"
        for k in range(100):
            cand = f"{pre}{ind}{k:02d}"
            if v(cand):
                return cand, cand
    raise AssertionError


def _nat_fi(rng: random.Random) -> tuple[str, str]:
    b = _born(rng, 1930, 2009)
    sign = "-" if b.year < 2000 else "A"
    n = rng.randint(2, 899)
    body = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{body}{n:03d}") % 31]
    return f"{body}{sign}{n:03d}{c}", f"{body}{sign}{n:03d}{c}"


def _nat_ee(rng: random.Random, country: str = "ee") -> tuple[str, str]:
    b = _born(rng, 1930, 2009)
    g = rng.choice("34") if b.year < 2000 else rng.choice("56")
    pre = f"{g}{b.year % 100:02d}{b.month:02d}{b.day:02d}"
    module = "ee.ik" if country == "ee" else "lt.asmens"
    raw = _fill(rng, lambda: pre + _d(rng, 3), _valid(module))
    return raw, raw


def _nat_ro(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    pre = f"{rng.choice('12')}{b.year % 100:02d}{b.month:02d}{b.day:02d}{rng.randint(1, 46):02d}"
    raw = _fill(rng, lambda: pre + _d(rng, 3), _valid("ro.cnp"))
    return raw, raw


def _nat_bg(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    pre = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}"
    raw = _fill(rng, lambda: pre + _d(rng, 3), _valid("bg.egn"))
    return raw, raw


def _nat_cz(rng: random.Random) -> tuple[str, str]:
    b = _born(rng, 1955, 1999)
    mm = b.month + (50 if rng.random() < 0.5 else 0)
    pre = f"{b.year % 100:02d}{mm:02d}{b.day:02d}"
    raw = _fill(rng, lambda: pre + _d(rng, 3), _valid("cz.rc"))
    return raw, f"{raw[:6]}/{raw[6:]}"


def _nat_be(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    body = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{rng.randint(1, 997):03d}"
    raw = body + f"{97 - int(body) % 97:02d}"
    return raw, f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:]}"


def _nat_za(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    body = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{_d(rng, 4)}08"
    raw = body + luhn_digit(body)
    return raw, raw


def _nat_cn(rng: random.Random) -> tuple[str, str]:
    b = _born(rng, 1940, 2005)
    area = rng.choice(("110101", "110105", "110108", "310104", "310101", "120101"))
    pre = f"{area}{b.year}{b.month:02d}{b.day:02d}"
    raw = _fill(rng, lambda: pre + _d(rng, 3), _valid("cn.ric"))
    return raw, raw


def _nat_kr(rng: random.Random) -> tuple[str, str]:
    b = _born(rng, 1940, 1999)
    pre = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{rng.choice('12')}"
    raw = _fill(rng, lambda: pre + _d(rng, 5), _valid("kr.rrn"))
    return raw, f"{raw[:6]}-{raw[6:]}"


def _nat_mx(rng: random.Random) -> tuple[str, str]:
    from stdnum.mx import curp  # noqa: PLC0415

    b = _born(rng, 1940, 1999)
    up, cons = string.ascii_uppercase, "BCDFGHJKLMNPQRSTVWXYZ"
    v = _valid("mx.curp")
    for _ in range(200):
        body = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(up) + rng.choice(up)
        body += f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{rng.choice('HM')}"
        body += rng.choice(("DF", "JC", "NL", "PL", "VZ", "GT", "MC", "OC"))
        body += "".join(rng.choice(cons) for _ in range(3)) + rng.choice(string.digits)
        raw = body + curp.calc_check_digit(body)
        if v(raw):
            return raw, raw
    raise AssertionError


def _simple(
    module: str, n: int, fmt: Callable[[str], str], first: str | tuple[str, ...] = "123456789"
) -> Callable[[random.Random], tuple[str, str]]:
    def draw(rng: random.Random) -> tuple[str, str]:
        def body() -> str:
            pre = rng.choice(first)
            return pre + _d(rng, n - 1 - len(pre))

        raw = _fill(rng, body, _valid(module))
        return raw, fmt(raw)

    return draw


def _nat_ar(rng: random.Random) -> tuple[str, str]:
    from stdnum.ar import cuit  # noqa: PLC0415

    for _ in range(50):
        body = rng.choice(("20", "27", "23")) + f"{rng.randint(10_000_000, 45_000_000)}"
        check = cuit.calc_check_digit(body)
        if len(check) == 1 and cuit.is_valid(body + check):
            raw = body + check
            return raw, f"{raw[:2]}-{raw[2:10]}-{raw[10]}"
    raise AssertionError


def _nat_cl(rng: random.Random) -> tuple[str, str]:
    from stdnum.cl import rut  # noqa: PLC0415

    body = str(rng.randint(5_000_000, 24_999_999))
    raw = body + rut.calc_check_digit(body)
    return raw, f"{int(body):,}".replace(",", ".") + f"-{raw[-1]}"


def _nat_ie(rng: random.Random) -> tuple[str, str]:
    raw = _fill(rng, lambda: _d(rng, 7), _valid("ie.pps"))
    return raw, raw


def _nat_is(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    pre = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
    v = _valid("is_.kennitala")
    for _ in range(300):
        cand = pre + _d(rng, 2) + rng.choice(string.digits) + "9"
        if v(cand):
            return cand, f"{cand[:6]}-{cand[6:]}"
    raise AssertionError


def _nat_at(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    v = _valid("at.vnr")
    for _ in range(300):
        s = f"{rng.randint(100, 999)}"
        for c in string.digits:
            cand = s + c + f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
            if v(cand):
                return cand, f"{cand[:4]} {cand[4:]}"
    raise AssertionError


def _nat_dk(rng: random.Random) -> tuple[str, str]:
    b = _born(rng, 1937, 1999)
    raw = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}{rng.randint(0, 3)}{_d(rng, 3)}"
    assert _valid("dk.cpr")(raw)
    return raw, f"{raw[:6]}-{raw[6:]}"


def _nat_si(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    pre = f"{b.day:02d}{b.month:02d}{b.year % 1000:03d}50"
    raw = _fill(rng, lambda: pre + _d(rng, 3), _valid("si.emso"))
    return raw, raw


def _nat_gr(rng: random.Random) -> tuple[str, str]:
    b = _born(rng)
    pre = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
    raw = _fill(rng, lambda: pre + _d(rng, 4), _valid("gr.amka"))
    return raw, raw


def _nat_in(rng: random.Random) -> tuple[str, str]:
    for _ in range(50):
        body = str(rng.randint(2, 9)) + _d(rng, 10)
        raw = body + verhoeff_digit(body)
        if _valid("in_.aadhaar")(raw):
            return raw, f"{raw[:4]} {raw[4:8]} {raw[8:]}"
    raise AssertionError


def _nat_us(rng: random.Random) -> tuple[str, str]:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    raw = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return raw, f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"


def _nat_gb(rng: random.Random) -> tuple[str, str]:
    raw = _fill(rng, lambda: rng.choice("4") + _d(rng, 8), _valid("gb.nhs"))
    return raw, f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def _nat_th(rng: random.Random) -> tuple[str, str]:
    raw = _fill(rng, lambda: rng.choice("1234") + _d(rng, 11), _valid("th.pin"))
    return raw, f"{raw[0]}-{raw[1:5]}-{raw[5:10]}-{raw[10:12]}-{raw[12]}"


NATIONAL: dict[str, Callable[[random.Random], tuple[str, str]]] = {
    "us": _nat_us,
    "pl": _nat_pl,
    "fr": _nat_fr,
    "it": _nat_it,
    "es": _nat_es,
    "se": _nat_se,
    "no": _nat_no,
    "fi": _nat_fi,
    "ee": _nat_ee,
    "lt": lambda rng: _nat_ee(rng, "lt"),
    "ro": _nat_ro,
    "bg": _nat_bg,
    "cz": _nat_cz,
    "be": _nat_be,
    "za": _nat_za,
    "cn": _nat_cn,
    "kr": _nat_kr,
    "mx": _nat_mx,
    "ar": _nat_ar,
    "cl": _nat_cl,
    "ie": _nat_ie,
    "is": _nat_is,
    "at": _nat_at,
    "dk": _nat_dk,
    "si": _nat_si,
    "gr": _nat_gr,
    "in": _nat_in,
    "gb": _nat_gb,
    "th": _nat_th,
    "de": _simple("de.idnr", 11, lambda r: f"{r[:2]} {r[2:5]} {r[5:8]} {r[8:]}"),
    "nl": _simple("nl.bsn", 9, lambda r: f"{r[:4]}.{r[4:6]}.{r[6:]}"),
    "hr": _simple("hr.oib", 11, lambda r: r),
    "tr": _simple("tr.tckimlik", 11, lambda r: r),
    "il": _simple("il.idnr", 9, lambda r: r, "0123"),
    "ca": _simple("ca.sin", 9, lambda r: f"{r[:3]} {r[3:6]} {r[6:]}", "1234567"),
    "au": _simple("au.tfn", 9, lambda r: f"{r[:3]} {r[3:6]} {r[6:]}"),
    "nz": _simple("nz.ird", 9, lambda r: f"{r[:3]}-{r[3:6]}-{r[6:]}", "01"),
    "br": _simple("br.cpf", 11, lambda r: f"{r[:3]}.{r[3:6]}.{r[6:9]}-{r[9:]}"),
    "pt": _simple("pt.nif", 9, lambda r: r, "123"),
    "ch": _simple("ch.ssn", 13, lambda r: f"{r[:3]}.{r[3:7]}.{r[7:11]}.{r[11:]}", ("756",)),
    "ua": _simple("ua.rntrc", 10, lambda r: r, "123"),
    "ec": _simple("ec.ci", 10, lambda r: r, "01"),
}
# The stdnum module that validates each country's number (the tests use it).
NATIONAL_MODULES = {
    "us": "us.ssn", "pl": "pl.pesel", "fr": "fr.nir", "it": "it.codicefiscale",
    "es": "es.nif", "se": "se.personnummer", "no": "no.fodselsnummer", "fi": "fi.hetu",
    "ee": "ee.ik", "lt": "lt.asmens", "ro": "ro.cnp", "bg": "bg.egn", "cz": "cz.rc",
    "be": "be.nn", "za": "za.idnr", "cn": "cn.ric", "kr": "kr.rrn", "mx": "mx.curp",
    "ar": "ar.cuit", "cl": "cl.rut", "ie": "ie.pps", "is": "is_.kennitala", "at": "at.vnr",
    "dk": "dk.cpr", "si": "si.emso", "gr": "gr.amka", "in": "in_.aadhaar", "gb": "gb.nhs",
    "th": "th.pin", "de": "de.idnr", "nl": "nl.bsn", "hr": "hr.oib", "tr": "tr.tckimlik",
    "il": "il.idnr", "ca": "ca.sin", "au": "au.tfn", "nz": "nz.ird", "br": "br.cpf",
    "pt": "pt.nif", "ch": "ch.ssn", "ua": "ua.rntrc", "ec": "ec.ci",
}  # fmt: skip


def new_national(ctx: Ctx, form: str) -> Multi:
    head = form.split("_", maxsplit=1)[0]
    country = head if head in NATIONAL else "us"
    births = [
        date.fromisoformat(e.variants["iso"])
        for k, e in ctx.entities.items()
        if k == "wdob1" and isinstance(e, Multi)
    ]
    _BORN[:] = births
    try:
        raw, printed = NATIONAL[country](ctx.rng)
    finally:
        _BORN.clear()
    v = {"full": printed, "print": printed, "plain": raw}
    return Multi("", "", variants=v, region=head if head in NATIONAL else "")


def new_ssn(ctx: Ctx) -> Multi:
    raw, printed = _nat_us(ctx.rng)
    v = {"full": printed, "plain": raw, "spaced": f"{raw[:3]} {raw[3:5]} {raw[5:]}"}
    return Multi("", "", variants=v)


PASSPORT_SHAPES = {
    "us": "#########", "gb": "#########", "de": "C??######", "fr": "##??#####",
    "in": "?#######", "cn": "E########", "jp": "T?#######", "pl": "??#######",
    "ng": "A########", "br": "??######", "ru": "## #######", "ua": "??######",
    "it": "YA#######", "es": "???######", "kr": "M########", "mx": "G########",
}  # fmt: skip


def new_passport(ctx: Ctx, form: str) -> Multi:
    head = form.split("_", maxsplit=1)[0]
    default = ctx.rng.choice(sorted(PASSPORT_SHAPES))
    shape = PASSPORT_SHAPES.get(head, PASSPORT_SHAPES[default])
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    out = "".join(
        ctx.rng.choice(string.digits) if c == "#" else ctx.rng.choice(letters) if c == "?" else c
        for c in shape
    )
    check = icao_digit(out.replace(" ", ""))
    v = {"full": out, "icao": out.replace(" ", "") + check}
    return Multi("", "", variants=v, region=head if head in PASSPORT_SHAPES else "")


# Records, licences, accounts -----------------------------------------------------------------
def _shape(rng: random.Random, shape: str) -> str:
    return "".join(
        rng.choice(string.digits)
        if c == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if c == "?"
        else c
        for c in shape
    )


MRN_SHAPES: tuple[str, ...] = (
    "MRN-#######",
    "########",
    "H#######",
    "KH-2026-######",
    "#######-#",
    "PID######",
)
MRN_SHAPES += ("E-##-#####", "NHC ########", "RM######", "ID#########", "####/##", "??######")
PLAN_SHAPES: tuple[str, ...] = (
    "XH?#########",
    "W#########",
    "ZGP#######-01",
    "###-##-####-A",
    "MEM########",
)
PLAN_SHAPES += ("CIGNA-U#######", "80840#########", "AOK-?#########", "NI-#########")
CLAIM_SHAPES: tuple[str, ...] = (
    "CLM-2026-######",
    "C########",
    "#########-001",
    "SIN/26/######",
    "MT-##-#####",
)
CLAIM_SHAPES += ("DOS######", "ICN ################", "S-###-####-##")
CASE_SHAPES: tuple[str, ...] = (
    "PD-26-######",
    "CR ##/####",
    "SW-######",
    "FR-2026-#####",
    "INC######",
)
CASE_SHAPES += ("AZ ## Js ####/26", "RB/####/2026", "CAS-#######-?#?#", "ZK-#####", "#####/26/?")
EMP_SHAPES = ("E######", "EMP-#####", "P#######", "#####-??", "HR######", "MA-#####")
BIO_SHAPES = ("FP-??########", "VP-########-#", "IRIS-######??", "BIO#########", "FACE-#######")


def new_record(ctx: Ctx, slot: str, form: str) -> Multi:
    rng = ctx.rng
    if slot == "wins" and form.startswith("mbi"):
        return Multi("", "", variants={"full": _mbi(rng), "mbi": _mbi(rng)})
    if slot == "wins" and form.startswith("kvnr"):
        return Multi("", "", variants={"full": _kvnr(rng)})
    if slot == "wins" and form.startswith("ehic"):
        v = "80" + _d(rng, 3) + _d(rng, 15)
        return Multi("", "", variants={"full": v, "ehic": v})
    table = {
        "wmrn": MRN_SHAPES,
        "wins": PLAN_SHAPES,
        "wclaim": CLAIM_SHAPES,
        "wcase": CASE_SHAPES,
        "wemp": EMP_SHAPES,
        "wbio": BIO_SHAPES,
    }[slot]
    v = _shape(rng, rng.choice(table))
    return Multi("", "", variants={"full": v})


def _mbi(rng: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + string.digits
    parts = [
        rng.choice("123456789"), rng.choice(a), rng.choice(an), rng.choice(string.digits),
        rng.choice(a), rng.choice(an), rng.choice(string.digits), rng.choice(a), rng.choice(a),
        rng.choice(string.digits), rng.choice(string.digits),
    ]  # fmt: skip
    return "".join(parts)


def _kvnr(rng: random.Random) -> str:
    """A German health-insurance number: letter, 8 digits, check digit (weights 1,2)."""
    letter = rng.choice(string.ascii_uppercase)
    body = f"{ord(letter) - 64:02d}" + _d(rng, 8)
    total = 0
    for i, c in enumerate(body):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return letter + body[2:] + str(total % 10)


def new_licence(ctx: Ctx, form: str) -> Multi:
    rng = ctx.rng
    kind = form.split("_", maxsplit=1)[0] if form else rng.choice(("dl", "gmc", "npi", "dea"))
    if kind == "npi":
        body = rng.choice("12") + _d(rng, 8)
        v = body + luhn_digit("80840" + body)
    elif kind == "dea":
        digits6 = _d(rng, 6)
        v = rng.choice("ABFM") + rng.choice("ABCDEFGHJKLMNPRSTWZ") + digits6 + dea_digit(digits6)
    elif kind == "gmc":
        v = str(rng.randint(2_000_000, 7_999_999))
    elif kind == "rpps":
        body = "10" + _d(rng, 8)
        v = body + luhn_digit(body)
    elif kind == "ukdl":
        v = _shape(rng, "?????#######??#??")[:16]
    elif kind == "cert":
        v = _shape(rng, rng.choice(("RN-######", "LPN#####", "CERT-####-####", "PE.######")))
    else:
        v = _shape(
            rng, rng.choice(("?#######", "D###-####-####", "##-###-####", "?###-###-##-###-#"))
        )
    return Multi("", "", variants={"full": v, kind: v}, region=kind)


def new_account(ctx: Ctx, form: str) -> Multi:
    rng = ctx.rng
    if form.startswith("uk"):
        v = f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)} {_d(rng, 8)}"
    elif form.startswith("us"):
        v = _d(rng, rng.randint(9, 12))
    elif form.startswith("cust"):
        v = _shape(rng, rng.choice(("ACC-#######", "CU########", "#####-####-##", "KD-######")))
    else:
        v = _shape(rng, rng.choice(("##########", "####-######-##", "###-#######-##", "#########")))
    return Multi("", "", variants={"full": v})


IBAN_BBAN = {
    "de": "##################", "at": "################", "ch": "#################",
    "fr": "#######################", "it": "?######################", "nl": "????##########",
    "be": "############", "es": "####################", "pt": "#####################",
    "pl": "########################", "gb": "????##############", "ie": "????##############",
    "se": "####################", "no": "###########", "dk": "##############",
    "fi": "##############", "ro": "????################", "cz": "####################",
    "hu": "########################", "hr": "#################", "si": "###############",
    "bg": "????##############", "gr": "#######################", "tr": "######################",
    "ee": "################", "lt": "################", "sa": "####################",
    "ae": "###################", "il": "###################", "ua": "#########################",
    "lu": "################", "is": "######################", "sk": "####################",
}  # fmt: skip


def new_iban(ctx: Ctx, form: str) -> Multi:
    rng = ctx.rng
    head = form.split("_", maxsplit=1)[0]
    country = head if head in IBAN_BBAN else rng.choice(("de", "fr", "nl", "gb", "pl", "it"))
    up = country.upper()
    for _ in range(3000):
        bban = "".join(
            rng.choice(string.digits) if c == "#" else rng.choice(string.ascii_uppercase)
            for c in IBAN_BBAN[country]
        )
        raw = up + iban_digits(up, bban) + bban
        if std_iban.is_valid(raw):
            break
    else:
        raise AssertionError(country)
    printed = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    v = {"full": printed, "print": printed, "plain": raw}
    return Multi("", "", variants=v, region=head if head in IBAN_BBAN else "")


CARD_PREFIXES: tuple[tuple[str, str, int], ...] = (
    ("visa", "4", 16),
    ("mc", "5", 16),
    ("amex", "37", 15),
    ("disc", "6011", 16),
)
CARD_PREFIXES += (("jcb", "35", 16), ("unionpay", "62", 16), ("mc2", "2221", 16))


def new_card(ctx: Ctx, form: str) -> Multi:
    rng = ctx.rng
    head = form.split("_", maxsplit=1)[0]
    options = [c for c in CARD_PREFIXES if c[0] == head] or list(CARD_PREFIXES)
    name, prefix, n = rng.choice(options)
    if name == "mc":
        prefix += rng.choice("12345")
    body = prefix + _d(rng, n - len(prefix) - 1)
    raw = body + luhn_digit(body)
    assert std_luhn.is_valid(raw)
    if n == 15:
        grouped = f"{raw[:4]} {raw[4:10]} {raw[10:]}"
    else:
        grouped = " ".join(raw[i : i + 4] for i in range(0, n, 4))
    v = {"full": grouped, "print": grouped, "plain": raw, "dash": grouped.replace(" ", "-")}
    return Multi("", "", variants=v, region=head if head in {c[0] for c in CARD_PREFIXES} else "")


# Vehicles, devices, network ------------------------------------------------------------------
WMI: tuple[str, ...] = (
    "1HG",
    "1FT",
    "2T1",
    "3VW",
    "5YJ",
    "JHM",
    "JTD",
    "KMH",
    "WVW",
    "WBA",
    "WDD",
    "VF1",
)
WMI += ("ZFA", "SAL", "YV1", "TMB", "LFV", "VSS", "W0L", "MA3", "9BW", "XTA")
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin(rng: random.Random) -> str:
    year = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
    body = rng.choice(WMI) + "".join(rng.choice(VIN_CHARS) for _ in range(5))
    tail = year + rng.choice(VIN_CHARS) + _d(rng, 6)
    probe = body + "0" + tail
    return body + vin_digit(probe) + tail


def new_vehicle(ctx: Ctx, form: str) -> Multi:
    if form.startswith("vin"):
        v = make_vin(ctx.rng)
        return Multi("", "", variants={"full": v, "vin": v, "vin_lower": v.lower()})
    plate = str(ctx.fake().license_plate()).strip()
    return Multi(
        "",
        "",
        variants={
            "full": plate,
            "plate": plate,
            "plate_nospace": plate.replace(" ", "").replace("-", ""),
        },
    )


def new_device(ctx: Ctx, form: str) -> Multi:
    rng = ctx.rng
    if form.startswith("imei"):
        body = rng.choice(("35", "86", "01", "49")) + _d(rng, 12)
        raw = body + luhn_digit(body)
        v = {"full": raw, "imei": raw, "dash": f"{raw[:2]}-{raw[2:8]}-{raw[8:14]}-{raw[14]}"}
        return Multi("", "", variants=v, region="imei")
    if form.startswith("udi"):
        body = "0" + _d(rng, 12)
        gtin = body + gs1_digit(body)
        exp = W_TODAY + timedelta(days=rng.randint(100, 1500))
        serial = _shape(rng, "??####??")
        udi = f"(01){gtin}(17){exp.strftime('%y%m%d')}(21){serial}"
        return Multi("", "", variants={"full": udi, "udi": udi}, region="udi")
    shape = rng.choice(("SN ??#######", "PJN######?", "#####-####-##", "??#?####??", "RJX#######H"))
    serial_no = _shape(rng, shape)
    return Multi("", "", variants={"full": serial_no})


def new_mac(ctx: Ctx) -> Multi:
    rng = ctx.rng
    octets = [rng.randrange(256) & 0xFC] + [rng.randrange(256) for _ in range(5)]
    colon = ":".join(f"{o:02x}" for o in octets)
    v = {
        "full": colon,
        "colon": colon,
        "upper": colon.upper(),
        "dash": colon.replace(":", "-").upper(),
        "cisco": ".".join(colon.replace(":", "")[i : i + 4] for i in (0, 4, 8)),
        "bare": colon.replace(":", ""),
    }
    return Multi("", "", variants=v)


def new_ip(ctx: Ctx, form: str) -> Value:
    f = ctx.fake("en_US")
    if form == "v6":
        return Value(str(f.ipv6()))
    if form == "private":
        return Value(str(f.ipv4_private()))
    return Value(str(f.ipv4_public()))


# --------------------------------------------------------------------------- dispatch
def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    entity = _new_entity(ctx, slot, form)
    if isinstance(entity, Multi):
        entity.hint = form
    return entity


def _new_entity(ctx: Ctx, slot: str, form: str) -> object:
    if slot == "wname":
        return new_person(ctx)
    if slot == "wintl":
        return new_person(ctx, ctx.rng.choice(NON_LATIN))
    if slot in ("wtown", "wzip", "waddr"):
        return new_address(ctx, slot, form)
    if slot == "wgeo":
        return new_geo(ctx, form)
    if slot in ("wtel", "wfax"):
        return new_phone(ctx, form, fax=slot == "wfax")
    if slot == "wmail":
        return new_email(ctx, form)
    if slot == "wnat":
        return new_national(ctx, form)
    if slot == "wssn":
        return new_ssn(ctx)
    if slot == "wpass":
        return new_passport(ctx, form)
    if slot in ("wmrn", "wins", "wclaim", "wcase", "wemp", "wbio"):
        return new_record(ctx, slot, form)
    if slot == "wacct":
        return new_account(ctx, form)
    if slot == "wcard":
        return new_card(ctx, form)
    if slot == "wiban":
        return new_iban(ctx, form)
    if slot == "wip":
        return new_ip(ctx, form)
    if slot == "wurl":
        return new_url(ctx, form)
    if slot == "wphoto":
        return new_photo(ctx)
    if slot in ("wdate", "wdob"):
        return new_date(ctx, slot)
    if slot == "wage":
        return new_age(ctx)
    if slot == "wlic":
        return new_licence(ctx, form)
    if slot == "wveh":
        return new_vehicle(ctx, form)
    if slot == "wdev":
        return new_device(ctx, form)
    if slot == "wmac":
        return new_mac(ctx)
    raise KeyError(slot)
