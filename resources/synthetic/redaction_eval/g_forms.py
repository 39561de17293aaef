"""Held-out G's value forms. DO NOT OPEN THIS FILE when working on app/redaction/.

Written for held-out G (session 21) by an author who never opened the redactor, its tests
or the other splits' form modules. Every form here is taken from an independent source
rather than from a guess about a redactor:

- people: Faker's own locale tables (native script), Faker's Japanese reading pairs, and
  hand-paired Latin spellings for scripts whose transliteration drops vowels;
- dates: CLDR patterns of each locale (babel), plus the Japanese era and Thai Buddhist
  year that Japanese and Thai forms print, plus machine forms (HL7, ISO 8601);
- phones: phonenumbers' example numbers of each region, redrawn and kept only if valid;
- addresses: Faker's per-locale address formats (already in local order) and postal-label
  conventions (capitals, country line);
- identity and tax numbers: python-stdnum modules (check digits computed by rejection);
- spelled ages: num2words in the document's language;
- court file numbers: each country's published numbering scheme (Brazil's CNJ number with
  its ISO 7064 mod 97 check digits).
"""

from __future__ import annotations

import importlib
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from babel.dates import format_date
from faker.decode import unidecode
from num2words import num2words

from resources.synthetic.redaction_eval.generator import G_KINDS, Ctx, Person, Value
from resources.synthetic.redaction_eval.national_ids import NATIONAL_IDS, draw_national_id

# Slot -> ground-truth kind (generator.G_KINDS, where each slot's form is described).
SLOTS = G_KINDS

# Digits of other scripts, for forms that print them (Persian, Arabic, Devanagari, Bengali).
NATIVE_DIGITS = {
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "hi": "०१२३४५६७८९",
    "mr": "०१२३४५६७८९",
    "ne": "०१२३४५६७८९",
    "bn": "০১২৩৪৫৬৭৮৯",
    "th": "๐๑๒๓๔๕๖๗๘๙",
}


def to_native(text: str, lang: str) -> str:
    digits = NATIVE_DIGITS.get(lang)
    if not digits:
        return text
    return text.translate(str.maketrans("0123456789", digits))


# What OCR reads a printed digit as, where the shapes are alike.
OCR_LOOKALIKE = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr_noise(rng: random.Random, text: str) -> str:
    """The value as a scanned form's OCR read it: one or two digits taken for the letter
    they look like. Reading each letter back as its digit gives the value again."""
    places = [i for i, c in enumerate(text) if c in OCR_LOOKALIKE]
    chars = list(text)
    for i in rng.sample(places, min(len(places), rng.randint(1, 2))):
        chars[i] = OCR_LOOKALIKE[chars[i]]
    return "".join(chars)


def ocr_restore(text: str) -> str:
    back: dict[str, str | int | None] = {v: k for k, v in OCR_LOOKALIKE.items()}
    return text.translate(str.maketrans(back))


def lang_of(locale: str) -> str:
    return locale.split("_", maxsplit=1)[0]


def region_of(locale: str) -> str:
    part = locale.rsplit("_", 1)[-1]
    return part.upper() if len(part) == 2 else {"sw": "KE", "th": "TH"}.get(locale, "US")


# --- people ----------------------------------------------------------------------------

# Scripts whose letter-by-letter transliteration drops the vowels a passport spells: given
# and family names paired with their usual Latin spelling.
NAME_PAIRS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]] = {
    "ar": (
        (("محمد", "Mohamed"), ("أحمد", "Ahmed"), ("فاطمة", "Fatma"), ("مريم", "Mariam"),
         ("يوسف", "Youssef"), ("خالد", "Khaled"), ("نور", "Nour"), ("سارة", "Sara"),
         ("عمر", "Omar"), ("هدى", "Hoda")),
        (("عبد الرحمن", "Abdel Rahman"), ("السيد", "El Sayed"), ("حسن", "Hassan"),
         ("إبراهيم", "Ibrahim"), ("منصور", "Mansour"), ("الشريف", "El Sherif"),
         ("عثمان", "Osman"), ("سليمان", "Soliman"), ("فهمي", "Fahmy"), ("رزق", "Rizk")),
    ),
    "fa": (
        (("علی", "Ali"), ("زهرا", "Zahra"), ("رضا", "Reza"), ("مریم", "Maryam"),
         ("حسین", "Hossein"), ("نگار", "Negar"), ("کوروش", "Kourosh"), ("شیرین", "Shirin")),
        (("محمدی", "Mohammadi"), ("حسینی", "Hosseini"), ("رضایی", "Rezaei"),
         ("کریمی", "Karimi"), ("جعفری", "Jafari"), ("صادقی", "Sadeghi"),
         ("موسوی", "Mousavi"), ("تهرانی", "Tehrani")),
    ),
    "he": (
        (("נועה", "Noa"), ("יוסף", "Yosef"), ("אביגיל", "Avigail"), ("דוד", "David"),
         ("תמר", "Tamar"), ("איתי", "Itai"), ("מיכל", "Michal"), ("אורי", "Ori")),
        (("כהן", "Cohen"), ("לוי", "Levi"), ("מזרחי", "Mizrahi"), ("פרץ", "Peretz"),
         ("ביטון", "Biton"), ("אברהם", "Avraham"), ("פרידמן", "Friedman"),
         ("שפירא", "Shapira")),
    ),
    "hi": (
        (("राजेश", "Rajesh"), ("सुनीता", "Sunita"), ("अमित", "Amit"), ("प्रिया", "Priya"),
         ("विकास", "Vikas"), ("अंजलि", "Anjali"), ("संजय", "Sanjay"), ("कविता", "Kavita")),
        (("शर्मा", "Sharma"), ("वर्मा", "Verma"), ("गुप्ता", "Gupta"), ("सिंह", "Singh"),
         ("यादव", "Yadav"), ("मिश्रा", "Mishra"), ("त्रिपाठी", "Tripathi"),
         ("चौहान", "Chauhan")),
    ),
    "th": (
        (("สมชาย", "Somchai"), ("สุภาพร", "Supaporn"), ("ประเสริฐ", "Prasert"),
         ("วิภาวดี", "Wipawadee"), ("อนุชา", "Anucha"), ("กาญจนา", "Kanjana")),
        (("ศรีสุข", "Srisuk"), ("วงศ์สวัสดิ์", "Wongsawat"), ("แก้วมณี", "Kaewmanee"),
         ("บุญมา", "Boonma"), ("สุขประเสริฐ", "Sukprasert"), ("ทองดี", "Thongdee")),
    ),
}  # fmt: skip
# Korean surnames as their bearers spell them in Latin letters (passports, cards), not as
# the letter-by-letter transliteration would.
KOREAN_SURNAMES = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang",
    "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo",
    "신": "Shin", "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu",
    "전": "Jeon", "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son",
}  # fmt: skip
# Locales Faker has no names for: the names of the same language's main country.
PERSON_DONOR = {"el_CY": "el_GR", "sr_BA": "hr_HR"}
# Latin-script languages whose Faker table lacks given names: (given names, family names).
LATIN_NAMES = {
    "vi": (
        ("Minh Anh", "Thu Hà", "Quốc Bảo", "Ngọc Lan", "Văn Hùng", "Thị Mai", "Đức Thắng",
         "Hoàng Nam", "Thanh Hương", "Gia Huy"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"),
    ),
}  # fmt: skip
FAMILY_FIRST = frozenset({"ja", "zh", "ko", "hu", "vi"})  # whole name written surname first


@dataclass
class GPerson(Person):
    """A person in the document's own script (`first`, `last`) and in Latin letters
    (`roman_first`, `roman_last`): forms prefixed `r_` write the Latin spelling."""

    roman_first: str = ""
    roman_last: str = ""
    patronymic: str = ""  # Russian, Ukrainian: the father's name, in the script
    lang: str = "en"

    def form(self, form: str) -> str:
        roman = form.startswith("r_")
        base = form.removeprefix("r_") or "full"
        first = self.roman_first if roman else self.first
        last = self.roman_last if roman else self.last
        middle = unidecode(self.patronymic) if roman else self.patronymic
        cjk = self.lang in ("ja", "zh", "ko") and not roman
        if base == "whole":  # the whole name in the language's own order
            if cjk:
                return f"{last}{first}"
            if self.lang in FAMILY_FIRST:
                return f"{last} {first}"
            return " ".join(w for w in (first, middle, last) if w)
        if base == "fio":  # Russian documents: surname, given name, patronymic
            return " ".join(w for w in (last, first, middle) if w)
        if base == "fio_short":  # "Surname I. O."
            inits = " ".join(f"{w[0]}." for w in (first, middle) if w)
            return f"{last} {inits}"
        if base == "given_middle":  # how a colleague addresses them: name and patronymic
            return " ".join(w for w in (first, middle) if w)
        if base == "passport":  # machine-readable zone style: SURNAME<<GIVEN
            clean = re.sub(r"[^A-Z]+", "<", unidecode(f"{self.roman_last}").upper()).strip("<")
            given = re.sub(r"[^A-Z]+", "<", unidecode(self.roman_first).upper()).strip("<")
            return f"{clean}<<{given}"
        text = Person(first, last).form(base)
        if self.lang == "el" and "caps" in base:  # Greek capitals are written without accents
            text = "".join(
                c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
            )
            text = unicodedata.normalize("NFC", text)
        return text


def _latin_name(word: str) -> str:
    latin = re.sub("['`]", "", unidecode(word))
    return " ".join(p.capitalize() for p in latin.split())


def local_person(ctx: Ctx) -> GPerson:
    """A person of the document's locale, drawn from Faker's table for that locale."""
    rng, locale = ctx.rng, ctx.locale
    lang = lang_of(locale)
    if lang in NAME_PAIRS:
        firsts, lasts = NAME_PAIRS[lang]
        (nf, rf), (nl, rl) = rng.choice(firsts), rng.choice(lasts)
        return GPerson(nf, nl, roman_first=rf, roman_last=rl, lang=lang)
    if lang in LATIN_NAMES:
        firsts_, lasts_ = LATIN_NAMES[lang]
        first_, last_ = rng.choice(firsts_), rng.choice(lasts_)
        return GPerson(
            first_, last_, roman_first=_latin_name(first_), roman_last=_latin_name(last_), lang=lang
        )
    fake = ctx.fake(PERSON_DONOR.get(locale, locale))
    if lang == "ja":
        nf, _, rf = fake.first_name_pair()
        nl, _, rl = fake.last_name_pair()
        return GPerson(nf, nl, roman_first=rf, roman_last=rl, lang=lang)
    first, last = str(fake.first_name()).strip(), str(fake.last_name()).strip()
    patronymic = ""
    if lang in ("ru", "uk") and rng.random() < 0.8:
        male = rng.random() < 0.5
        first = str(fake.first_name_male() if male else fake.first_name_female())
        last = str(fake.last_name_male() if male else fake.last_name_female())
        patronymic = str(fake.middle_name_male() if male else fake.middle_name_female())
    if lang in ("zh", "ko"):
        rf, rl = _latin_name(first), KOREAN_SURNAMES.get(last) or _latin_name(last)
        if locale == "zh_TW":  # Wade-Giles style, as Taiwanese passports hyphenate it
            rf = rf.replace(" ", "-")
        elif lang == "zh":  # pinyin: a two-character given name is written as one word
            rf = rf.replace(" ", "").capitalize()
        return GPerson(first, last, roman_first=rf, roman_last=rl, patronymic=patronymic, lang=lang)
    return GPerson(
        first,
        last,
        roman_first=_latin_name(first),
        roman_last=_latin_name(last),
        patronymic=patronymic,
        lang=lang,
    )


# --- dates -----------------------------------------------------------------------------

# Faker locale -> the CLDR locale babel knows it by (Norwegian Bokmål).
BABEL_LOCALE = {"no_NO": "nb_NO"}
JP_ERAS = ((date(2019, 5, 1), "令和"), (date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和"))


def japanese_era(day: date) -> str:
    for start, name in JP_ERAS:
        if day >= start:
            year = day.year - start.year + 1
            return f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def thai_date(day: date, rng: random.Random) -> str:
    """Thai forms print the Buddhist-era year (Gregorian + 543) after CLDR's month."""
    month = format_date(day, rng.choice(["d MMMM", "d MMM"]), locale="th_TH")
    return f"{month} {day.year + 543}"


def local_date(rng: random.Random, locale: str, day: date, form: str = "", style: str = "") -> str:
    """The date as a document of `locale` prints it: a CLDR pattern of that locale, or a
    machine form the template asks for (`compact` as HL7 writes it, `iso`, `stamp`)."""
    if form == "compact":  # HL7 v2 DT / DTM
        return day.strftime("%Y%m%d") + rng.choice(
            ["", f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"]
        )
    if form == "iso":
        return day.isoformat()
    if form == "stamp":
        moment = datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(0, 59))
        return moment.isoformat() + rng.choice(["Z", "+02:00", ".000Z", "+05:30"])
    lang = lang_of(locale)
    if lang == "ja" and rng.random() < 0.5:
        return japanese_era(day)
    if lang == "th" and rng.random() < 0.6:
        return thai_date(day, rng)
    style = style or rng.choice(["short", "medium", "long", "full", "long"])
    text = format_date(day, style, locale=BABEL_LOCALE.get(locale, locale))
    text = text.replace("\u200f", "")  # right-to-left marks babel puts in Arabic short dates
    if lang in NATIVE_DIGITS and rng.random() < 0.4:
        text = to_native(text, lang)
    return text.strip()


def a_day(ctx: Ctx, slot: str, form: str) -> str:
    """A birth date, or an event date: a document's events follow one another (admission
    before discharge) and share one CLDR style, as one writer's dates do."""
    rng = ctx.rng
    doc = random.Random(ctx.seed * 7907 + 3)  # noqa: S311 - per-document, not secret
    if slot == "natal":
        day = date(1920, 1, 1) + timedelta(days=rng.randint(0, 32000))
    else:
        earlier = sum(1 for k in ctx.entities if re.fullmatch(r"on\d+", k))
        day = date(2018, 6, 1) + timedelta(days=doc.randint(0, 2400))
        day += timedelta(days=earlier * rng.randint(2, 40))
    style = doc.choice(["short", "medium", "long", "full", "long"]) if rng.random() < 0.8 else ""
    text = local_date(rng, ctx.locale, day, "" if form == "ocr" else form, style)
    return ocr_noise(rng, text) if form == "ocr" else text


# --- phones ----------------------------------------------------------------------------

PHONE_TYPES = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE,
)


def local_phone(rng: random.Random, locale: str, form: str = "") -> str:
    """A valid number of the locale's region: its example number with the last digits
    redrawn until phonenumbers accepts it, printed national, international or E.164."""
    region = region_of(locale)
    example = phonenumbers.example_number_for_type(region, rng.choice(PHONE_TYPES))
    if example is None:
        example = phonenumbers.example_number_for_type("GB", PHONE_TYPES[0])
        region = "GB"
    assert example is not None
    digits = str(example.national_number)
    keep = max(2, len(digits) - 5)
    number = example
    for _ in range(200):
        tail = "".join(str(rng.randrange(10)) for _ in range(len(digits) - keep))
        candidate = phonenumbers.parse(f"+{example.country_code}{digits[:keep]}{tail}")
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    fmt = phonenumbers.PhoneNumberFormat
    style = {"intl": fmt.INTERNATIONAL, "plus": fmt.E164, "national": fmt.NATIONAL}.get(
        form, rng.choice([fmt.NATIONAL, fmt.INTERNATIONAL, fmt.E164, fmt.NATIONAL])
    )
    text = phonenumbers.format_number(number, style)
    lang = lang_of(locale)
    if lang in NATIVE_DIGITS and not form and rng.random() < 0.3:
        text = to_native(text, lang)
    return text


# --- addresses -------------------------------------------------------------------------

COUNTRY_LINE = {
    "DE": "DEUTSCHLAND", "FR": "FRANCE", "JP": "JAPAN", "PL": "POLSKA", "IT": "ITALIA",
    "ES": "ESPAÑA", "RU": "РОССИЯ", "BR": "BRASIL", "NL": "NEDERLAND", "KR": "KOREA",
    "GR": "ΕΛΛΑΔΑ", "CZ": "ČESKÁ REPUBLIKA", "TR": "TÜRKİYE", "MX": "MÉXICO",
}  # fmt: skip


def own_provider(ctx: Ctx, method: str) -> bool:
    """Whether Faker has `method` for the document's locale itself (not the en_US default
    it falls back to, which would put a US street into a Bulgarian letter)."""
    module = getattr(ctx.fake(), method).__self__.__module__.rsplit(".", 1)[-1]
    return module in (ctx.locale, lang_of(ctx.locale)) or ctx.locale.startswith("en_")


# Countries Faker has no addresses for: (format, streets, (district, city) pairs, postcode
# shape), in the order and with the words that country's post uses.
LOCAL_ADDRESSES: dict[str, tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], str]] = {
    "TR": ("{street} No: {n} Daire: {d}\n{pc} {district}/{city}",
           ("Atatürk Cad.", "Cumhuriyet Mah. Gazi Sok.", "İnönü Bulvarı", "Fevzi Çakmak Cad."),
           (("Kadıköy", "İstanbul"), ("Çankaya", "Ankara"), ("Konak", "İzmir"),
            ("Nilüfer", "Bursa")), "#####"),
    "BG": ("ул. „{street}“ № {n}, ет. {d}\n{pc} {city}",
           ("Шипка", "Граф Игнатиев", "Цар Симеон", "Георги Раковски"),
           (("", "София"), ("", "Пловдив"), ("", "Варна"), ("", "Бургас")), "####"),
    "EG": ("{n} شارع {street}، {district}\n{city}",
           ("التحرير", "الجمهورية", "الهرم", "صلاح سالم"),
           (("الدقي", "الجيزة"), ("مصر الجديدة", "القاهرة"), ("سموحة", "الإسكندرية")), ""),
    "SA": ("{n} طريق {street}، حي {district}\n{city} {pc}",
           ("الملك فهد", "الأمير سلطان", "العليا"),
           (("الملز", "الرياض"), ("الروضة", "جدة"), ("الفيصلية", "الدمام")), "#####"),
    "AE": ("فيلا {n}، شارع {street}، {district}\n{city}",
           ("الوصل", "الشيخ زايد", "الكورنيش"),
           (("جميرا", "دبي"), ("الخالدية", "أبوظبي"), ("النهدة", "الشارقة")), ""),
    "JO": ("{n} شارع {street}، {district}\n{city} {pc}",
           ("الملكة رانيا", "مكة", "وصفي التل"),
           (("الشميساني", "عمّان"), ("الحصن", "إربد")), "#####"),
    "KE": ("P.O. Box {n}-{pc}\n{city}",
           ("",), (("", "Nairobi"), ("", "Mombasa"), ("", "Kisumu"), ("", "Nakuru")), "#####"),
    "NG": ("{n} {street}, {district}\n{city}",
           ("Adeola Odeku Street", "Awolowo Road", "Ahmadu Bello Way", "Allen Avenue"),
           (("Victoria Island", "Lagos"), ("Ikeja", "Lagos"), ("Garki", "Abuja"),
            ("Bodija", "Ibadan")), ""),
    "PK": ("House No. {n}, Street {d}, {street}\n{city} {pc}",
           ("Sector F-7/2", "Gulberg III", "DHA Phase 5", "Satellite Town"),
           (("", "Islamabad"), ("", "Lahore"), ("", "Karachi"), ("", "Rawalpindi")), "#####"),
    "EE": ("{street} {n}-{d}\n{pc} {city}",
           ("Pärnu mnt", "Tartu mnt", "Rüütli tn", "Pikk tn"),
           (("", "Tallinn"), ("", "Tartu"), ("", "Pärnu")), "#####"),
    "LT": ("{street} {n}-{d}\nLT-{pc} {city}",
           ("Gedimino pr.", "Savanorių pr.", "Laisvės al.", "Taikos pr."),
           (("", "Vilnius"), ("", "Kaunas"), ("", "Klaipėda")), "#####"),
    "LV": ("{street} {n}-{d}\n{city}, LV-{pc}",
           ("Brīvības iela", "Elizabetes iela", "Krišjāņa Barona iela"),
           (("", "Rīga"), ("", "Daugavpils"), ("", "Liepāja")), "####"),
    "BE": ("{street} {n}\n{pc} {city}",
           ("Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue Saint-Gilles"),
           (("", "Bruxelles"), ("", "Liège"), ("", "Namur"), ("", "Charleroi")), "####"),
    "CY": ("{street} {n}\n{pc} {city}",
           ("Λεωφόρος Μακαρίου Γ΄", "Αρχιεπισκόπου Κυπριανού", "Οδός Ληδρας"),
           (("", "Λευκωσία"), ("", "Λεμεσός"), ("", "Λάρνακα")), "####"),
}  # fmt: skip


def _local_address(ctx: Ctx) -> tuple[str, str]:
    """(address lines, city) for a country Faker has no addresses for."""
    rng = ctx.rng
    fmt, streets, places, shape = LOCAL_ADDRESSES[region_of(ctx.locale)]
    district, city = rng.choice(places)
    pc = "".join(str(rng.randint(1 if i == 0 else 0, 9)) for i, _ in enumerate(shape))
    text = fmt.format(
        street=rng.choice(streets), n=rng.randint(1, 240), d=rng.randint(1, 40),
        pc=pc, district=district, city=city,
    )  # fmt: skip
    return re.sub(r" +", " ", text).replace(" ،", "،"), city


def town(ctx: Ctx) -> str:
    if region_of(ctx.locale) in LOCAL_ADDRESSES and not own_provider(ctx, "city"):
        return _local_address(ctx)[1]
    return str(ctx.fake().city())


def postal_address(ctx: Ctx, form: str) -> str:
    """The locale's address in its own order (Faker's format, or LOCAL_ADDRESSES where
    Faker has none), as a letter's lines, a postal label or one line."""
    rng = ctx.rng
    if region_of(ctx.locale) in LOCAL_ADDRESSES and not own_provider(ctx, "address"):
        raw = _local_address(ctx)[0]
    else:
        raw = str(ctx.fake().address())
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    if form == "lines":
        return "\n".join(lines)
    if form == "postal":  # a postal label: capitals, and the country line on the last line
        country = COUNTRY_LINE.get(region_of(ctx.locale), "")
        return "\n".join([*(ln.upper() for ln in lines), *([country] if country else [])])
    sep = rng.choice([", ", ", ", " / ", "; "])
    return sep.join(lines)


# --- identity, tax and bank numbers ----------------------------------------------------

# Country -> (stdnum module that formats its identity number, labels in its own language).
CITIZEN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "US": ("stdnum.us.ssn", ("SSN#", "Soc. Sec. #")),
    "GB": ("stdnum.gb.nhs", ("NHS no.", "NHS Number")),
    "IN": ("stdnum.in_.aadhaar", ("आधार संख्या", "UID")),
    "DE": ("stdnum.de.idnr", ("Identifikationsnummer", "IdNr.")),
    "FR": ("stdnum.fr.nir", ("n° INSEE", "N° de sécu")),
    "ES": ("stdnum.es.dni", ("D.N.I.", "DNI/NIF")),
    "IT": ("stdnum.it.codicefiscale", ("Cod. Fisc.", "C.F.")),
    "PL": ("stdnum.pl.pesel", ("numer PESEL", "PESEL")),
    "NL": ("stdnum.nl.bsn", ("BSN-nummer", "Burgerservicenr.")),
    "BR": ("stdnum.br.cpf", ("CPF nº", "C.P.F.")),
    "TR": ("stdnum.tr.tckimlik", ("TC Kimlik", "T.C. No")),
    "CA": ("stdnum.ca.sin", ("NAS", "SIN #")),
    "SE": ("stdnum.se.personnummer", ("Personnr", "Pnr")),
    "FI": ("stdnum.fi.hetu", ("Hetu", "Henkilötunnus")),
    "NO": ("stdnum.no.fodselsnummer", ("Fødselsnr.", "Fnr.")),
    "DK": ("stdnum.dk.cpr", ("CPR nr", "Personnummer (CPR)")),
    "CZ": ("stdnum.cz.rc", ("r.č.", "Rodné č.")),
    "RO": ("stdnum.ro.cnp", ("C.N.P.", "Cod numeric personal")),
    "GR": ("stdnum.gr.amka", ("Α.Μ.Κ.Α.", "ΑΜΚΑ")),
    "MX": ("stdnum.mx.curp", ("Clave CURP", "CURP")),
    "CN": ("stdnum.cn.ric", ("公民身份号码", "身份证号")),
    "KR": ("stdnum.kr.rrn", ("주민등록번호", "주민번호")),
    "ZA": ("stdnum.za.idnr", ("ID No.", "Identity number")),
    "TH": ("stdnum.th.pin", ("เลขประจำตัวประชาชน", "เลขบัตรประชาชน")),
    "IL": ("stdnum.il.idnr", ("מספר זהות", "ת.ז.")),
    "BG": ("stdnum.bg.egn", ("ЕГН", "ЕГН №")),
    "CL": ("stdnum.cl.rut", ("R.U.N.", "Rut")),
    "AR": ("stdnum.ar.cuit", ("C.U.I.L.", "Cuil")),
    "HR": ("stdnum.hr.oib", ("OIB", "Osobni identifikacijski broj")),
    "BE": ("stdnum.be.nn", ("Rijksregisternr.", "N° registre national")),
    "JP": ("stdnum.jp.in_", ("個人番号", "マイナンバー")),
    "UA": ("stdnum.ua.rntrc", ("РНОКПП", "ІПН")),
    "ID": ("stdnum.id.nik", ("NIK", "No. Induk Kependudukan")),
    "PK": ("stdnum.pk.cnic", ("شناختی کارڈ نمبر", "CNIC #")),
    "MY": ("stdnum.my.nric", ("No. K/P", "No. Kad Pengenalan")),
    "IS": ("stdnum.is_.kennitala", ("Kennitala", "Kt.")),
    "EE": ("stdnum.ee.ik", ("Isikukood", "isikukood")),
}
LOCALE_COUNTRY_OVERRIDE = {"sw": "KE", "th": "TH", "en_MS": "MY", "zh_TW": "CN"}


def _module(name: str) -> Any:
    return importlib.import_module(name)


def citizen_number(ctx: Ctx, form: str) -> tuple[str, str]:
    """(label, number): the identity number of the country the form names, or of the
    document's country, printed as stdnum's `format` writes it or compact."""
    rng = ctx.rng
    country = form.upper() if len(form) == 2 else ""
    if country not in CITIZEN_FORMS:
        country = LOCALE_COUNTRY_OVERRIDE.get(ctx.locale, region_of(ctx.locale))
    if country not in CITIZEN_FORMS:
        country = rng.choice(sorted(CITIZEN_FORMS))
    module_name, labels = CITIZEN_FORMS[country]
    entries = [e for e in NATIONAL_IDS if e.country == country]
    module = _module(module_name)
    for _ in range(200):  # a country may have several numbers (SSN, ITIN): keep the module's
        entry = rng.choice(entries)
        raw = draw_national_id(entry, ctx.fake(entry.locale), rng)
        if module.is_valid(raw):
            break
    else:
        raise RuntimeError(f"no valid {country} identity number in 200 draws")
    text = raw
    if hasattr(module, "format") and rng.random() < 0.6:
        text = module.format(raw)
    elif rng.random() < 0.5:
        text = module.compact(raw)
    return rng.choice(labels), text


@dataclass(frozen=True)
class TaxForm:
    country: str
    module: str
    labels: tuple[str, ...]
    draw: Callable[[random.Random], str]


def _digits(n: int) -> Callable[[random.Random], str]:
    return lambda rng: (
        str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
    )


TAX_FORMS = (
    TaxForm("PL", "stdnum.pl.nip", ("NIP", "nr NIP"), _digits(10)),
    TaxForm("BR", "stdnum.br.cnpj", ("CNPJ", "CNPJ/MF"), _digits(14)),
    TaxForm("FR", "stdnum.fr.siren", ("SIREN", "n° SIREN"), _digits(9)),
    TaxForm("IT", "stdnum.it.iva", ("P.IVA", "Partita IVA"), _digits(11)),
    TaxForm("AU", "stdnum.au.abn", ("ABN",), _digits(11)),
    TaxForm("GB", "stdnum.gb.utr", ("UTR", "Unique Taxpayer Reference"), _digits(10)),
    TaxForm("RU", "stdnum.ru.inn", ("ИНН",), _digits(12)),
    TaxForm("TR", "stdnum.tr.vkn", ("VKN", "Vergi No"), _digits(10)),
    TaxForm("KR", "stdnum.kr.brn", ("사업자등록번호",), _digits(10)),
    TaxForm("JP", "stdnum.jp.cn", ("法人番号",), _digits(13)),
    TaxForm("NO", "stdnum.no.orgnr", ("Org.nr.", "organisasjonsnummer"), _digits(9)),
    TaxForm("EE", "stdnum.ee.ik", ("isikukood",), _digits(11)),
    TaxForm("IE", "stdnum.ie.pps", ("PPSN",), lambda rng: _digits(7)(rng) + "A"),
    TaxForm("CZ", "stdnum.cz.dic", ("DIČ",), _digits(8)),
    TaxForm(
        "ES",
        "stdnum.es.nie",
        ("N.I.E.",),
        lambda rng: "XYZ"[rng.randrange(3)] + _digits(7)(rng) + "A",
    ),
)


def _valid_by_rejection(form: TaxForm, rng: random.Random) -> str:
    module = _module(form.module)
    calc = getattr(module, "calc_check_digit", None)
    for _ in range(3000):
        raw = form.draw(rng)
        if module.is_valid(raw):
            return str(module.format(raw)) if hasattr(module, "format") else raw
        if calc is not None and form.country in ("PL", "FR"):
            try:
                fixed = raw[:-1] + str(calc(raw[:-1]))
            except Exception:  # noqa: S112 - some prefixes have no check digit
                continue
            if module.is_valid(fixed):
                return str(module.format(fixed)) if hasattr(module, "format") else fixed
    raise RuntimeError(f"no valid {form.country} tax number")


def tax_number(rng: random.Random, locale: str, form: str = "") -> tuple[str, str]:
    country = form.upper() if len(form) == 2 else region_of(locale)
    choices = [t for t in TAX_FORMS if t.country == country] or list(TAX_FORMS)
    entry = rng.choice(choices)
    return rng.choice(entry.labels), _valid_by_rejection(entry, rng)


def tax_valid(value: str) -> bool:
    return any(_module(t.module).is_valid(value) for t in TAX_FORMS)


def aba_routing(rng: random.Random) -> str:
    body = f"{rng.choice(['0', '1', '2', '3'])}{rng.randint(1, 9)}" + "".join(
        str(rng.randrange(10)) for _ in range(6)
    )
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    check = (10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check)


def domestic_account(rng: random.Random, locale: str) -> str:
    """A bank account as the locale's own statements print it (no IBAN)."""
    region = region_of(locale)

    def digits(n: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(n))

    forms: dict[str, Callable[[], str]] = {
        "GB": lambda: f"{digits(2)}-{digits(2)}-{digits(2)} {digits(8)}",
        "US": lambda: f"{aba_routing(rng)} {digits(rng.randint(9, 12))}",
        "AU": lambda: f"{digits(3)}-{digits(3)} {digits(rng.randint(6, 9))}",
        "CA": lambda: f"{digits(5)}-{digits(3)} {digits(7)}",
        "JP": lambda: f"{digits(3)} 普通 {digits(7)}",
        "IN": lambda: f"{digits(rng.randint(11, 16))}",
        "BR": lambda: f"{digits(4)}-{digits(1)} / {digits(5)}-{digits(1)}",
        "RU": lambda: f"40817810{digits(12)}",
        "CZ": lambda: f"{digits(6)}-{digits(10)}/{rng.choice(['0100', '0300', '0800', '2010'])}",
        "NO": lambda: _kontonr(rng),
        "MX": lambda: clabe(rng),
        "AR": lambda: _by_rejection(rng, "stdnum.ar.cbu", 22),
        "CL": lambda: f"{digits(2)}-{digits(3)}-{digits(5)}-{digits(2)}",
    }
    return forms.get(region, forms[rng.choice(sorted(forms))])()


def _by_rejection(rng: random.Random, module_name: str, length: int) -> str:
    """Random digits until the stdnum module accepts them, in its printed format."""
    module = _module(module_name)
    for _ in range(5000):
        raw = "".join(str(rng.randrange(10)) for _ in range(length))
        if module.is_valid(raw):
            return str(module.format(raw)) if hasattr(module, "format") else raw
    raise RuntimeError(f"no valid {module_name} number")


def _kontonr(rng: random.Random) -> str:
    return _by_rejection(rng, "stdnum.no.kontonr", 11)


def clabe(rng: random.Random) -> str:
    """A Mexican CLABE: bank, branch and account (17 digits) and a check digit, the sum
    of the digits weighted 3, 7, 1 (each product mod 10) taken from 10."""
    body = "".join(str(rng.randrange(10)) for _ in range(17))
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def bban_iban(rng: random.Random, country: str) -> str:
    """An IBAN of `country` built from the BBAN structure in stdnum's IBAN registry
    ("4!a4!n2!n8!c": letters, digits, letters-or-digits) with its mod 97 check digits."""
    from stdnum import iban, numdb  # noqa: PLC0415

    structure = dict(numdb.get("iban").info(country + "00")[0][1])["bban"]
    # "c" places hold letters or digits; banks fill most of them with digits.
    alphabet = {"a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "n": "0123456789"}
    alphabet["c"] = alphabet["a"] + alphabet["n"] * 12
    bban = "".join(
        "".join(rng.choice(alphabet[kind]) for _ in range(int(count)))
        for count, kind in re.findall(r"(\d+)!([anc])", structure)
    )
    return country + iban.calc_check_digits(country + "00" + bban) + bban


def giro(ctx: Ctx) -> str:
    """An IBAN of the document's country: Faker's where Faker draws that country's, else
    one built from the registry's structure."""
    from stdnum import iban, numdb  # noqa: PLC0415

    region = region_of(ctx.locale)
    try:
        raw = str(ctx.fake().iban())
    except AttributeError:
        raw = ""
    if not raw.startswith(region) or not iban.is_valid(raw):
        known = len(numdb.get("iban").info(region + "00")[0][1]) > 0
        raw = bban_iban(ctx.rng, region if known else ctx.rng.choice(["FR", "NL", "PL", "PT"]))
    return str(iban.format(raw)) if ctx.rng.random() < 0.6 else raw


def plastic(ctx: Ctx) -> str:
    kind = ctx.rng.choice(["maestro", "diners", "mastercard", "visa13", "visa19", "jcb15"])
    raw = str(ctx.fake("en_US").credit_card_number(card_type=kind))
    if ctx.rng.random() < 0.5:
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


# --- ages, links, records ---------------------------------------------------------------

N2W_LANGS = {
    "ja", "ar", "fa", "he", "ru", "pl", "de", "ko", "th", "tr", "vi", "id", "uk", "cs", "fr",
    "es", "it", "pt", "nl", "en", "da", "fi", "hu", "ro", "sl", "sv", "no", "lt", "lv",
}  # fmt: skip


def senior_age(rng: random.Random, locale: str, form: str = "") -> str:
    age = rng.randint(90, 108)
    lang = lang_of(locale)
    if form == "words" and lang in N2W_LANGS:
        return str(num2words(age, lang=lang))
    text = str(age)
    if lang in NATIVE_DIGITS and rng.random() < 0.5:
        text = to_native(text, lang)
    return text


def portal_link(ctx: Ctx, photo: bool) -> str:
    rng = ctx.rng
    domain = str(ctx.fake("en_US").domain_name())
    ident = "".join(rng.choice("abcdef0123456789") for _ in range(rng.choice([8, 12, 16])))
    if photo:
        return rng.choice(
            [
                f"https://cdn.{domain}/ids/{ident}/portrait.jpg",
                f"https://{domain}/media/badge_{ident}.png",
                f"s3://{domain.split('.', maxsplit=1)[0]}-kyc/selfies/{ident}.jpeg",
            ]
        )
    return rng.choice(
        [
            f"https://{domain}/mychart/encounter?id={rng.randint(10**5, 10**9)}",
            f"https://intranet.{domain}/hr/staff/{ident}",
            f"http://{domain}:8080/case/{rng.randint(1000, 99999)}/view",
        ]
    )


def biometric_record(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    return rng.choice(
        [f"AFIS-{body[:6]}-{body[6:]}", f"IRIS/{rng.randint(2015, 2025)}/{body}", f"FP{body}"]
    )


def cnj_number(rng: random.Random) -> str:
    """A Brazilian court case number (CNJ resolution 65/2008): NNNNNNN-DD.AAAA.J.TR.OOOO,
    DD the ISO 7064 mod 97-10 check digits over the other fields."""
    seq = rng.randint(1, 9999999)
    year = rng.randint(2015, 2025)
    branch, court, origin = rng.choice([8, 5, 4]), rng.randint(1, 26), rng.randint(1, 9999)
    tail = f"{year}{branch}{court:02d}{origin:04d}"
    check = 98 - (int(f"{seq:07d}{tail}") * 100) % 97
    return f"{seq:07d}-{check:02d}.{year}.{branch}.{court:02d}.{origin:04d}"


def cnj_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) != 20:
        return False
    reordered = digits[:7] + digits[9:] + digits[7:9]
    return int(reordered) % 97 == 1


def court_number(rng: random.Random, locale: str) -> str:
    """A court or police file number in the scheme of the document's country."""
    region = region_of(locale)
    yy, year = rng.randint(18, 25), rng.randint(2018, 2025)
    n = rng.randint(1, 9999)
    forms: dict[str, Callable[[], str]] = {
        "US": lambda: f"{rng.randint(1, 4)}:{yy}-{rng.choice(['cv', 'cr', 'mj'])}-{n:05d}",
        "DE": lambda: f"{rng.randint(1, 40)} {rng.choice(['O', 'C', 'Ls', 'Js'])} {n}/{yy}",
        "FR": lambda: f"{yy}/{n:05d}",
        "PL": lambda: (
            f"{rng.choice(['I', 'II', 'III', 'XV'])} {rng.choice(['C', 'K', 'Ns'])} {n}/{yy}"
        ),
        "BR": lambda: cnj_number(rng),
        "JP": lambda: f"令和{year - 2018}年(ワ)第{n}号",
        "GB": lambda: f"{rng.choice(['KB', 'CH', 'FD'])}-{year}-{rng.randint(1, 999999):06d}",
        "IN": lambda: f"{rng.choice(['W.P.(C)', 'CRL.A.', 'O.S.'])} No. {n}/{year}",
        "ES": lambda: f"{n}/{year}",
        "IT": lambda: f"R.G. n. {n}/{year}",
    }
    return forms.get(region, forms[rng.choice(sorted(forms))])()


# --- the hook --------------------------------------------------------------------------


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    """The entity for one of G's slots (generator.new_entity hands them here)."""
    rng, locale = ctx.rng, ctx.locale
    if slot == "kin":
        return local_person(ctx)
    if slot in ("on", "natal"):
        return Value(a_day(ctx, slot, form))
    if slot in ("dial", "telefax"):
        if form == "ocr":
            return Value(ocr_noise(rng, local_phone(rng, locale, "national")))
        return Value(local_phone(rng, locale, form))
    if slot == "abode":
        return Value(postal_address(ctx, form))
    if slot == "town":
        return Value(town(ctx))
    if slot == "inbox":
        return Value(_inbox(ctx))
    if slot == "citizen":
        label, text = citizen_number(ctx, form)
        return Value(text, label)
    if slot == "taxref":
        label, text = tax_number(rng, locale, form)
        return Value(text, label)
    plain: dict[str, Callable[[], str]] = {
        "bankno": lambda: domestic_account(rng, locale),
        "giro": lambda: giro(ctx),
        "plastic": lambda: plastic(ctx),
        "tag": lambda: _plate(ctx),
        "senior": lambda: senior_age(rng, locale, form),
        "site": lambda: portal_link(ctx, photo=False),
        "selfie": lambda: portal_link(ctx, photo=True),
        "biokey": lambda: biometric_record(rng),
        "docket": lambda: court_number(rng, locale),
        "host": lambda: _host(ctx, form),
    }
    return Value(plain[slot]())


def _inbox(ctx: Ctx) -> str:
    people = [e for e in ctx.entities.values() if isinstance(e, GPerson)]
    rng = ctx.rng
    domain = rng.choice([str(ctx.fake("en_US").free_email_domain()), str(ctx.fake().domain_name())])
    domain = unidecode(domain).lower()
    if not people:
        return f"{unidecode(str(ctx.fake().user_name())).lower()}@{domain}"
    p = people[0]
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (p.roman_first, p.roman_last)
    )
    user = rng.choice(
        [
            f"{first}.{last}",
            f"{last}.{first[:1]}",
            f"{first}{rng.randint(70, 99)}",
            f"{last}-{first}",
        ]
    )
    return f"{user}@{domain}"


# Plate shapes of countries Faker has none for ('#' digit, '?' letter), from each
# country's current registration scheme.
PLATES = {
    "AU": ("???-###", "#??-#??"), "IE": ("###-D-#####", "##-C-####", "###-G-###"),
    "CZ": ("#?# ####",), "TR": ("## ??? ###", "## ? ####"), "CL": ("????-##",),
    "AR": ("?? ### ??",), "CO": ("??? ###",), "BG": ("?? #### ??",), "IN": ("??-##-??-####",),
    "HR": ("ZG ####-??", "ST ###-?"), "SI": ("LJ ??-###",), "GE": ("??-###-??",),
    "EE": ("### ???",), "LV": ("??-####",), "LT": ("??? ###",), "BE": ("#-???-###",),
}  # fmt: skip


def _plate(ctx: Ctx) -> str:
    region = region_of(ctx.locale)
    if region in PLATES and not own_provider(ctx, "license_plate"):
        return str(ctx.fake("en_US").bothify(ctx.rng.choice(PLATES[region]))).upper()
    if region in PLATES and ctx.locale.startswith("en_"):
        return str(ctx.fake("en_US").bothify(ctx.rng.choice(PLATES[region]))).upper()
    return str(ctx.fake().license_plate()).strip()


def _host(ctx: Ctx, form: str) -> str:
    fake = ctx.fake("en_US")
    if form == "six":
        return str(fake.ipv6())
    return str(fake.ipv4_public())
