"""Held-out N's values: identifiers as the documents of many countries' regulated work write them.

Written in session 28 by an author barred from the redactor, from its results and from every
other split's templates and forms. The generator hands every slot of `SLOTS` here
(`generator.new_entity_n`); the `form` after the dot picks a scheme, a country or a style
("{nnat1.sg}" a Singapore NRIC, "{ndate2.jalali}" a Solar Hijri date). Nothing here reads
today's date: every date is drawn from the seed, so a document renders the same on any day.

Check digits are computed, never assumed: python-stdnum's schemes where it has one
(national_ids.NATIONAL_IDS), and the published rules of the schemes it lacks (Singapore
NRIC, Hong Kong HKID, Taiwan national ID, Emirates ID, Saudi national ID, Uruguay cédula,
Brazil's CNS health card, Mexico's IMSS number, Japan's health-insurer number).
"""

from __future__ import annotations

import hashlib
import random
import re
import string
import uuid
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import luhn

from resources.synthetic.redaction_eval import generator
from resources.synthetic.redaction_eval.generator import Ctx, Person, Value
from resources.synthetic.redaction_eval.national_ids import NATIONAL_IDS, draw_national_id
from resources.synthetic.redaction_eval.world_names import world_names

SLOTS = {s: generator.SLOT_KINDS[s] for s in sorted(generator.N_SLOTS)}

# Locales whose Faker names are in their own script and have a Latin spelling anyone writes:
# Faker's own romanisation (Japanese, Chinese) or `unidecode` (Korean, Cyrillic, Greek,
# Georgian, Armenian). Scripts whose `unidecode` drops the vowels (Arabic, Hebrew, Persian,
# the Brahmic scripts) keep their Faker names in their own script in every form.
NATIVE_SCRIPT = frozenset(
    {"ja_JP", "zh_CN", "zh_TW", "ko_KR", "ru_RU", "uk_UA", "bg_BG", "mk_MK", "el_GR"}
    | {"ka_GE", "hy_AM"}
)
# Locales whose Faker names are American: the names of the country meant (names-dataset).
WORLD_FOR = {
    "am_ET": "ET", "ar_EG": "EG", "mt_MT": "IT", "fil_PH": "PH", "tl_PH": "PH", "en_PH": "PH",
    "en_MS": "MY", "en_BD": "BD", "lb_LU": "BE", "ar_AE": "SA", "ar_JO": "IQ", "sq_AL": "AL",
}  # fmt: skip
# Locales whose Faker addresses are another country's: the address of the country meant.
ADDRESS_LOCALE = {
    "ga_IE": "en_IE", "lb_LU": "de_LU", "de": "de_DE", "ar_JO": "ar_AE", "ar_BH": "ar_AE",
    "sw": "en_KE", "fil_PH": "fil_PH", "tl_PH": "fil_PH", "en_PH": "fil_PH",
    "ar_PS": "ar_AE", "ar_DZ": "fr_DZ",
}  # fmt: skip
# Countries whose addresses are written by hand below (Faker has none of their own).
HAND_ADDRESS = {
    "en_NG": "NG", "yo_NG": "NG", "ha_NG": "NG", "ig_NG": "NG", "en_KE": "KE", "tw_GH": "GH",
    "am_ET": "ET", "ar_EG": "EG", "uz_UZ": "UZ", "mt_MT": "MT", "en_MS": "MY", "en_PK": "PK",
    "en_BD": "BD", "en_TH": "TH", "ar_SA": "SA", "ar_AE": "AE", "si_LK": "LK", "ne_NP": "NP",
    "fa_IR": "IR", "ta_IN": "IN", "mr_IN": "IN", "gu_IN": "IN", "or_IN": "IN", "hi_IN": "IN",
    "zu_ZA": "ZA", "sq_AL": "AL", "sw": "KE", "tr_TR": "TR", "bg_BG": "BG", "lt_LT": "LT",
    "lv_LV": "LV", "et_EE": "EE", "is_IS": "IS",
}  # fmt: skip
OCR_SWAPS = (("m", "rn"), ("O", "0"), ("l", "1"), ("e", "c"), ("S", "5"), ("i", "í"), ("a", "o"))


def _clean(word: str) -> str:
    return re.sub(r"\s+", " ", word).strip()


def _latin(word: str) -> str:
    return " ".join(w.capitalize() for w in re.sub(r"[`']", "", unidecode(word)).split())


class NPerson(Person):
    """A person with a spelling in their own script (`native_*`, empty for Latin names)
    and a Japanese reading where one was drawn, beside the generator's forms."""

    def __init__(
        self,
        first: str,
        last: str,
        middle: str = "",
        *,
        native: tuple[str, str, str] = ("", "", ""),
        kana: tuple[str, str] = ("", ""),
        family_first: bool = False,
    ) -> None:
        super().__init__(first, last, middle)
        self.native = native
        self.kana = kana
        self.family_first = family_first

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        nf, nl, nm = self.native
        own = {
            "caret": "^".join(w for w in (last, first, middle) if w),
            "caret_caps": "^".join(w for w in (last, first, middle) if w).upper(),
            "boxed_last": " ".join(c for c in last.upper() if c != " "),
            "boxed_first": " ".join(c for c in first.upper() if c != " "),
            "fio": " ".join(w for w in (last, first, middle) if w),
            "ocr": _ocr(f"{first} {last}"),
            "ocr_caps": _ocr(f"{last}, {first}".upper()),
            "wrapped": _wrapped(first, last),
            "chart": f"{last.upper()}, {first}" + (f" {middle[0]}." if middle else ""),
            "semi": f"{last};{first};{middle};;",
            "dotted": unidecode(f"{first}.{last}").replace(" ", "."),
            "native": self._native(),
            "native_first": nf or first,
            "native_last": nl or last,
            "native_np": f"{nf} {nm}".strip() if nm else (nf or first),
            "kana": " ".join(self.kana) if self.kana[0] else f"{last} {first}".upper(),
            "own_order": f"{last} {first}" if self.family_first else f"{first} {last}",
            "latin_caps_last": f"{last.upper()} {first}",
        }
        if form in own:
            return own[form]
        return super().form(form)

    def _native(self) -> str:
        nf, nl, nm = self.native
        if not nf:
            return f"{self.first} {self.last}"
        if self.family_first and re.match(r"[\u3040-\u9fff\uac00-\ud7af]", nl):
            return f"{nl}{nf}" if len(nl) + len(nf) <= 4 else f"{nl} {nf}"
        if nm:
            return f"{nl} {nf} {nm}"
        return f"{nf} {nl}"


def _ocr(name: str) -> str:
    """The name with one letter misread as a scan reads it (the same misreading every time)."""
    for old, new in OCR_SWAPS:
        at = name.find(old, 1)
        if at > 0:
            return name[:at] + new + name[at + len(old) :]
    return name.replace(" ", "  ", 1)


def _wrapped(first: str, last: str) -> str:
    """The name broken over two lines where a narrow column hyphenates the surname."""
    if len(last) < 6 or " " in last:
        return f"{first}\n{last}"
    cut = len(last) // 2
    return f"{first} {last[:cut]}-\n{last[cut:]}"


# --- People -------------------------------------------------------------------------------


def new_person(ctx: Ctx) -> NPerson:
    rng, locale = ctx.rng, ctx.locale
    if locale in NATIVE_SCRIPT and rng.random() < 0.8:
        return _native_person(ctx)
    own = WORLD_FOR.get(locale)
    if locale in NATIVE_SCRIPT or own or rng.random() < 0.45:  # a Latin name: names-dataset's
        country = own if own and rng.random() < 0.75 else rng.choice(ctx.split.name_countries)
        names = world_names()[country]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.12 else ""
    else:
        f = ctx.fake()
        first, last = _clean(str(f.first_name())), _clean(str(f.last_name()))
        middle = ""
        if locale in ("ru_RU", "uk_UA", "bg_BG") and hasattr(f, "middle_name"):
            middle = _clean(str(f.middle_name()))
        elif rng.random() < 0.12:
            middle = _clean(str(f.first_name()))
        if locale.startswith("es_") and rng.random() < 0.6:  # two surnames, father's first
            second = _clean(str(f.last_name()))
            last = f"{last} {second}" if second != last else last
        if locale == "is_IS" and rng.random() < 0.7:  # a patronymic, as Icelanders are named
            father = _clean(str(f.first_name_male()))
            last = father.rstrip("i").rstrip("u") + rng.choice(["sson", "sdóttir"])
    first, last, middle = _clean(first), _clean(last), _clean(middle)
    if middle == first:
        middle = ""
    family_first = locale in ("hu_HU", "vi_VN")
    if not first or not last:
        return NPerson("Amara", "Okonkwo-Reyes")
    return NPerson(first, last, middle, family_first=family_first)


def _native_person(ctx: Ctx) -> NPerson:
    f, locale = ctx.fake(), ctx.locale
    nf, nl = _clean(str(f.first_name())), _clean(str(f.last_name()))
    nm = ""
    if locale in ("ru_RU", "uk_UA", "bg_BG") and hasattr(f, "middle_name"):
        nm = _clean(str(f.middle_name()))
    kana: tuple[str, str] = ("", "")
    if locale == "ja_JP":  # written, read and romanised forms of one name
        nf, kana_first, first = f.first_name_pair()
        nl, kana_last, last = f.last_name_pair()
        kana = (kana_last, kana_first)
    elif locale in ("zh_CN", "zh_TW"):  # pinyin of the characters (Taiwan: hyphenated)
        syllables = [unidecode(c).strip().lower() for c in nf]
        first = ("-" if locale == "zh_TW" else "").join(syllables).capitalize()
        last = "".join(unidecode(c).strip().lower() for c in nl).capitalize()
    else:
        first, last = _latin(nf), _latin(nl)
    middle = _latin(nm) if nm else ""
    family_first = locale in ("ja_JP", "zh_CN", "zh_TW", "ko_KR")
    return NPerson(first, last, middle, native=(nf, nl, nm), kana=kana, family_first=family_first)


def _first_person(ctx: Ctx) -> NPerson:
    people = [e for e in ctx.entities.values() if isinstance(e, NPerson)]
    return people[0] if people else new_person(ctx)


# --- Places -------------------------------------------------------------------------------

HAND_STREETS = {
    "NG": ("Adeola Odeku Street", "Awolowo Road", "Bode Thomas Street", "Ogui Road",
           "Ahmadu Bello Way", "Opebi Road", "Agodi Gate Road", "Herbert Macaulay Way"),
    "KE": ("Moi Avenue", "Ngong Road", "Kenyatta Avenue", "Jogoo Road", "Oginga Odinga St"),
    "GH": ("Oxford Street", "Kwame Nkrumah Avenue", "Ring Road East", "Liberation Road"),
    "ET": ("Bole Road", "Churchill Avenue", "Haile Gebreselassie Road", "Africa Avenue"),
    "EG": ("Sharia El Tahrir", "Sharia Gamal Abdel Nasser", "Sharia El Haram", "Corniche El Nil"),
    "UZ": ("Amir Temur ko'chasi", "Navoiy ko'chasi", "Mustaqillik ko'chasi", "Bobur ko'chasi"),
    "MT": ("Triq il-Kbira", "Triq San Pawl", "Triq ir-Repubblika", "Triq il-Mithna"),
    "MY": ("Jalan Ampang", "Jalan Tun Razak", "Lorong Maarof", "Jalan SS 2/24"),
    "PK": ("Shahrah-e-Faisal", "Jail Road", "Mall Road", "Street 14, G-9/1"),
    "BD": ("Road 27, Dhanmondi", "Mirpur Road", "Road 11, Banani", "Green Road"),
    "TH": ("Soi Sukhumvit 31", "Thanon Ratchadamnoen", "Soi Ari 4", "Thanon Charoen Krung"),
    "SA": ("King Fahd Road", "Olaya Street", "Prince Sultan Street", "Tahlia Street"),
    "AE": ("Al Wasl Road", "Sheikh Zayed Road", "Hamdan Street", "Al Khaleej Road"),
    "LK": ("Galle Road", "Duplication Road", "Havelock Road", "Baseline Road"),
    "NP": ("Durbar Marg", "Lazimpat Marg", "Jawalakhel Road", "Pulchowk Road"),
    "IR": ("Valiasr Street", "Enghelab Street", "Shariati Street", "Mirdamad Boulevard"),
    "IN": ("MG Road", "Linking Road", "100 Feet Road", "Anna Salai", "FC Road"),
    "ZA": ("Jan Smuts Avenue", "Long Street", "Florida Road", "Church Street"),
    "AL": ("Rruga e Kavajës", "Rruga Myslym Shyri", "Bulevardi Zogu I", "Rruga e Durrësit"),
    "TR": ("Atatürk Cd.", "Bağdat Cd.", "İnönü Sk.", "Cumhuriyet Blv.", "Gazi Mustafa Kemal Blv."),
    "BG": ("ul. Rakovski", "bul. Vitosha", "ul. Shipka", "zh.k. Mladost 1, bl. 12"),
    "LT": ("Gedimino pr.", "Savanorių pr.", "Laisvės al.", "Vilniaus g."),
    "LV": ("Brīvības iela", "Elizabetes iela", "Krišjāņa Valdemāra iela", "Lāčplēša iela"),
    "EE": ("Narva mnt", "Pärnu mnt", "Tartu mnt", "Sõpruse pst"),
    "IS": ("Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hringbraut"),
}  # fmt: skip
HAND_TOWNS = {
    "NG": ("Lagos", "Ibadan", "Enugu", "Abeokuta", "Kano", "Ikeja", "Port Harcourt"),
    "KE": ("Nairobi", "Kisumu", "Mombasa", "Nakuru", "Eldoret"),
    "GH": ("Accra", "Kumasi", "Tamale", "Cape Coast"),
    "ET": ("Addis Ababa", "Bahir Dar", "Hawassa", "Mekelle"),
    "EG": ("Cairo", "Giza", "Alexandria", "Mansoura", "Asyut"),
    "UZ": ("Toshkent", "Samarqand", "Buxoro", "Namangan"),
    "MT": ("Birkirkara", "Mosta", "Qormi", "Żabbar", "Sliema"),
    "MY": ("Petaling Jaya", "Shah Alam", "Johor Bahru", "Ipoh"),
    "PK": ("Karachi", "Lahore", "Islamabad", "Peshawar"),
    "BD": ("Dhaka", "Chattogram", "Sylhet", "Khulna"),
    "TH": ("Bangkok", "Chiang Mai", "Khon Kaen", "Hat Yai"),
    "SA": ("Riyadh", "Jeddah", "Dammam", "Khobar"),
    "AE": ("Dubai", "Abu Dhabi", "Sharjah", "Al Ain"),
    "LK": ("Colombo", "Kandy", "Galle", "Jaffna"),
    "NP": ("Kathmandu", "Lalitpur", "Pokhara", "Biratnagar"),
    "IR": ("Tehran", "Isfahan", "Shiraz", "Tabriz"),
    "IN": ("Pune", "Chennai", "Bengaluru", "Ahmedabad", "Bhubaneswar", "Lucknow"),
    "ZA": ("Johannesburg", "Durban", "Gqeberha", "Polokwane"),
    "AL": ("Tiranë", "Durrës", "Shkodër", "Vlorë"),
    "TR": ("Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir", "Nilüfer/Bursa"),
    "BG": ("Sofia", "Plovdiv", "Varna", "Burgas"),
    "LT": ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai"),
    "LV": ("Rīga", "Daugavpils", "Liepāja", "Jelgava"),
    "EE": ("Tallinn", "Tartu", "Pärnu", "Narva"),
    "IS": ("Reykjavík", "Kópavogur", "Akureyri", "Hafnarfjörður"),
}  # fmt: skip


def _hand_address(rng: random.Random, country: str) -> str:
    street, town = rng.choice(HAND_STREETS[country]), rng.choice(HAND_TOWNS[country])
    n = rng.randint(1, 240)
    if country == "NG":
        return f"Plot {n}, {street}, off {rng.choice(HAND_STREETS['NG'])}, {town}"
    if country == "KE":
        return f"{street}, P.O. Box {rng.randint(100, 99999)}-{rng.randint(1, 900):05d}, {town}"
    if country == "GH":
        return f"House No. {n}, {street}, {town}, GPS {rng.choice('GAK')}A-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"  # noqa: E501
    if country == "IN":
        return f"Flat {rng.randint(101, 1204)}, {street}, {town} {rng.randint(110001, 855117)}"
    if country == "MY":
        return f"No. {n}, {street}, {rng.randint(10000, 98859)} {town}"
    if country in ("SA", "AE"):
        return f"Villa {n}, {street}, {town}, PO Box {rng.randint(1000, 99999)}"
    if country == "MT":
        return f"{n}, {street}, {town} {rng.choice(['BKR', 'MST', 'QRM', 'ZBR', 'SLM'])} {rng.randint(1000, 9999)}"  # noqa: E501
    if country == "TR":
        return f"{street} No: {n} D: {rng.randint(1, 24)}, {rng.randint(1000, 81999):05d} {town}"
    if country in ("LT", "LV", "EE", "IS", "BG"):
        prefix = {"LT": "LT-", "LV": "LV-"}.get(country, "")
        width = {"IS": 3, "LT": 5, "EE": 5}.get(country, 4)
        return f"{street} {n}-{rng.randint(1, 80)}, {prefix}{_digits(rng, width)} {town}"
    return f"{n} {street}, {town}"


def home_address(ctx: Ctx, form: str) -> str:
    rng, locale = ctx.rng, ctx.locale
    if form == "po":
        return f"PO Box {rng.randint(10, 99999)}, {town(ctx, '')}"
    if locale in HAND_ADDRESS and form != "faker":
        return _hand_address(rng, HAND_ADDRESS[locale])
    f = ctx.fake(ADDRESS_LOCALE.get(locale, locale))
    try:
        text = str(f.address())
    except AttributeError:
        text = str(ctx.fake("en_GB").address())
    lines = [line.strip().rstrip(",") for line in text.splitlines() if line.strip()]
    if form == "lines":
        return "\n".join(lines)
    if form == "street":
        return lines[0]
    return ", ".join(lines)


def town(ctx: Ctx, form: str) -> str:
    locale = ctx.locale
    if locale in HAND_ADDRESS:
        name = ctx.rng.choice(HAND_TOWNS[HAND_ADDRESS[locale]])
    else:
        try:
            name = str(ctx.fake(ADDRESS_LOCALE.get(locale, locale)).city())
        except AttributeError:
            name = str(ctx.fake("en_GB").city())
    return name.upper() if form == "caps" else name


def postcode(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "zip4":
        return f"{rng.randint(1001, 99950):05d}-{rng.randint(1, 9999):04d}"
    if form == "nl":
        return f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"  # noqa: E501
    if form == "ca":
        a, d = "ABCEGHJKLMNPRSTVXY", string.digits
        return f"{rng.choice(a)}{rng.choice(d)}{rng.choice(a)} {rng.choice(d)}{rng.choice(a)}{rng.choice(d)}"  # noqa: E501
    if form == "jp":
        return f"〒{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"
    if form == "in":
        return f"{rng.randint(110, 855)} {rng.randint(1, 999):03d}"
    if form == "br":
        return f"{rng.randint(1000, 99999):05d}-{rng.randint(0, 999):03d}"
    f = ctx.fake(ADDRESS_LOCALE.get(ctx.locale, ctx.locale))
    try:
        return str(f.postcode())
    except AttributeError:
        return str(ctx.fake("en_GB").postcode())


GRID_LETTERS = ("SD", "SE", "SJ", "SK", "SO", "SP", "ST", "SU", "TQ", "TL", "NZ", "NT", "NS")


def spot(ctx: Ctx, form: str) -> str:
    """A point fine enough to find a house: coordinates, a grid reference or three words."""
    rng = ctx.rng
    lat, lon = rng.uniform(-45.0, 64.0), rng.uniform(-120.0, 150.0)
    form = form or rng.choice(["dec", "dms", "osgb", "w3w", "mgrs", "dec_tight"])
    if form == "dec":
        return f"{lat:.5f}, {lon:.5f}"
    if form == "dec_tight":
        return f"{lat:.6f},{lon:.6f}"
    if form == "dms":
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")

        def dms(x: float) -> str:
            sec = round(abs(x) * 3600)
            return f"{sec // 3600}°{sec // 60 % 60}′{sec % 60}″"

        return f"{dms(lat)}{ns} {dms(lon)}{ew}"
    if form == "osgb":
        return f"{rng.choice(GRID_LETTERS)} {rng.randint(0, 99999):05d} {rng.randint(0, 99999):05d}"
    if form == "mgrs":
        zone = f"{rng.randint(10, 55)}{rng.choice('CDEFGHJKLMNPQRSTUVWX')}"
        square = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPQRSTUV")
        return f"{zone}{square} {rng.randint(0, 99999):05d} {rng.randint(0, 99999):05d}"
    words = ctx.fake("en_US").words(3, unique=True)
    return ".".join(w.lower() for w in words)


# --- Phones and mail ------------------------------------------------------------------------

EXTENSION_WORDS = {
    "fr": "poste", "de": "Durchwahl", "ja": "内線", "tr": "dahili", "pl": "wew.", "es": "ext.",
    "pt": "ramal", "it": "int.", "nl": "toestel", "sv": "anknytning", "ko": "내선",
}  # fmt: skip


def _region(ctx: Ctx) -> str:
    region = ctx.locale.rsplit("_", 1)[-1].upper()
    return region if len(region) == 2 and region in phonenumbers.SUPPORTED_REGIONS else "GB"


def _valid_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    """A valid number of the region: its example number with the last digits redrawn."""
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    assert example is not None
    national = str(example.national_number)
    for _ in range(40):
        tail = "".join(rng.choice(string.digits) for _ in range(min(5, len(national) - 2)))
        candidate = phonenumbers.parse(
            f"+{example.country_code}{national[: len(national) - len(tail)]}{tail}"
        )
        if phonenumbers.is_valid_number(candidate):
            return candidate
    return example


def phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    region = _region(ctx)
    number = _valid_number(rng, region)
    fmt = phonenumbers.PhoneNumberFormat
    style = form or rng.choice(["intl", "national", "e164", "intl", "national", "dotted"])
    if style == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if style == "national":
        return phonenumbers.format_number(number, fmt.NATIONAL)
    if style == "dotted":
        text = phonenumbers.format_number(number, fmt.INTERNATIONAL)
        return re.sub(r"[ -]", ".", text)
    if style == "idd":  # dialled from abroad with the international prefix "00"
        return "00" + phonenumbers.format_number(number, fmt.E164)[1:]
    if style == "ext":
        word = EXTENSION_WORDS.get(ctx.locale[:2], "ext.")
        return f"{phonenumbers.format_number(number, fmt.NATIONAL)} {word} {rng.randint(10, 9999)}"
    return phonenumbers.format_number(number, fmt.INTERNATIONAL)


def mail(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    person = _first_person(ctx)
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (person.first, person.last)
    )
    first, last = first or "info", last or "office"
    f = ctx.fake(ADDRESS_LOCALE.get(ctx.locale, ctx.locale))
    try:
        domain = str(rng.choice([f.free_email_domain(), f.domain_name()]))
    except AttributeError:
        domain = str(ctx.fake("en_GB").free_email_domain())
    domain = unidecode(domain).lower()
    user = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{last}.{first}",
            f"{first}{last}{rng.randint(60, 99)}",
            f"{last}_{first[0]}",
            f"{first}{rng.randint(1, 999)}",
        ]
    )
    if form == "obf":
        name, dot, tld = domain.rpartition(".")
        return f"{user} [at] {name} [dot] {tld}" if dot else f"{user} [at] {domain}"
    if form == "role":  # a shared inbox that still names the person
        return f"{first[0]}{last}+{rng.choice(['claims', 'hr', 'intake'])}@{domain}"
    return f"{user}@{domain}"


# --- National and travel numbers ------------------------------------------------------------

SG_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}
TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... O=35, the ROC's published order


def nric_valid(value: str) -> bool:
    """Singapore NRIC/FIN: weights 2,7,6,5,4,3,2; T and G add 4."""
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", value)
    if not m:
        return False
    total = sum(int(d) * w for d, w in zip(m.group(2), (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if m.group(1) in "TG" else 0
    return SG_LETTERS[m.group(1)][total % 11] == m.group(3)


def hkid_valid(value: str) -> bool:
    """Hong Kong identity card: letters 10-35 (a blank first letter 36), weights 9 to 2,
    check digit (A for 10) making the sum a multiple of 11."""
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([0-9A])\)", value)
    if not m:
        return False
    letters = m.group(1).rjust(2, " ")
    values = [36 if c == " " else ord(c) - 55 for c in letters] + [int(d) for d in m.group(2)]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = 10 if m.group(3) == "A" else int(m.group(3))
    return (total + check) % 11 == 0


def tw_valid(value: str) -> bool:
    """Taiwan national ID: the letter's two digits, then weights 1,9,8,...,1,1; sum % 10 == 0."""
    if not re.fullmatch(r"[A-Z][12]\d{8}", value):
        return False
    code = TW_LETTERS.index(value[0]) + 10
    digits = [code // 10, code % 10] + [int(d) for d in value[1:]]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def uy_valid(value: str) -> bool:
    """Uruguay cédula: seven digits weighted 2,9,8,7,6,3,4; check (10 - sum % 10) % 10."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 8:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:7], (2, 9, 8, 7, 6, 3, 4), strict=True))
    return (10 - total % 10) % 10 == int(digits[7])


def emirates_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return len(digits) == 15 and digits.startswith("784") and luhn.is_valid(digits)


def saudi_valid(value: str) -> bool:
    return bool(re.fullmatch(r"[12]\d{9}", value)) and luhn.is_valid(value)


def _sg(rng: random.Random) -> str:
    prefix = rng.choice("STFG")
    body = "".join(rng.choice(string.digits) for _ in range(7))
    return next(v for c in string.ascii_uppercase if nric_valid(v := f"{prefix}{body}{c}"))


def _hk(rng: random.Random) -> str:
    prefix = rng.choice(["", "", "", "X", "W"]) + rng.choice("ACDEFGHKPRVYZ")
    body = "".join(rng.choice(string.digits) for _ in range(6))
    return next(v for c in "0123456789A" if hkid_valid(v := f"{prefix}{body}({c})"))


def _tw(rng: random.Random) -> str:
    body = rng.choice(TW_LETTERS[:22]) + rng.choice("12")
    body += "".join(rng.choice(string.digits) for _ in range(7))
    return next(v for c in string.digits if tw_valid(v := body + c))


def _uy(rng: random.Random) -> str:
    body = str(rng.randint(1000000, 6999999))
    value = next(v for c in string.digits if uy_valid(v := body + c))
    return f"{value[0]}.{value[1:4]}.{value[4:7]}-{value[7]}"


def _ae(rng: random.Random) -> str:
    body = f"784{rng.randint(1950, 2005)}{rng.randint(0, 9999999):07d}"
    raw = body + luhn.calc_check_digit(body)
    return f"{raw[:3]}-{raw[3:7]}-{raw[7:14]}-{raw[14]}"


def _sa(rng: random.Random) -> str:
    body = rng.choice("12") + "".join(rng.choice(string.digits) for _ in range(8))
    return body + luhn.calc_check_digit(body)


OWN_IDS = {
    "SG": (("NRIC", "NRIC No.", "FIN"), _sg, nric_valid),
    "HK": (("HKID", "HKIC No.", "身份證號碼"), _hk, hkid_valid),
    "TW": (("身分證字號", "National ID No."), _tw, tw_valid),
    "UY": (("cédula de identidad", "C.I."), _uy, uy_valid),
    "AE": (("Emirates ID", "EID No.", "رقم الهوية"), _ae, emirates_valid),
    "SA": (("National ID", "Iqama No.", "رقم الهوية الوطنية"), _sa, saudi_valid),
}
# Countries whose numbers N draws: stdnum's schemes (national_ids) and the ones above.
ID_COUNTRIES = tuple(sorted({e.country for e in NATIONAL_IDS} | set(OWN_IDS)))
# What a document in the country's own language calls the number, beside national_ids' labels.
LOCAL_LABELS = {
    "PL": ("numer PESEL",), "NL": ("BSN-nummer", "sofinummer"), "SE": ("personnr",),
    "NO": ("personnummer", "f.nr."), "DK": ("personnummer",), "FI": ("sotu",),
    "KR": ("주민등록번호",), "JP": ("個人番号", "マイナンバー"), "CN": ("公民身份号码",),
    "TR": ("TC Kimlik",), "RO": ("cod numeric personal",), "BG": ("ЕГН",), "IT": ("C.F.",),
    "FR": ("n° SS", "NIR"), "BE": ("NISS", "INSZ"), "CZ": ("r.č.",), "IS": ("kennitala",),
    "TH": ("เลขประจำตัวประชาชน",), "ZA": ("RSA ID",), "IL": ("מספר זהות",), "MX": ("CURP",),
    "BR": ("CPF nº",), "CL": ("RUN",), "AR": ("CUIL",), "IN": ("UIDAI no.",),
}  # fmt: skip


# N's documents are written as of this day: a number that encodes a birth date draws it
# from the seed and this day, never from today (so a document renders the same any day).
PINNED_DAY = date(2026, 6, 1)
CURP_STATES = ("AS", "BC", "CL", "CS", "DF", "GT", "JC", "MC", "NL", "OC", "PL", "VZ", "YN")


class PinnedFaker:
    """A document's Faker whose birth dates are drawn as of PINNED_DAY, from the seed."""

    def __init__(self, fake: object, rng: random.Random) -> None:
        self._fake = fake
        self._rng = rng

    def __getattr__(self, name: str) -> object:
        return getattr(self._fake, name)

    def date_of_birth(self, minimum_age: int = 0, maximum_age: int = 115) -> date:
        end = PINNED_DAY.replace(year=PINNED_DAY.year - minimum_age)
        start = PINNED_DAY.replace(year=PINNED_DAY.year - maximum_age - 1) + timedelta(days=1)
        return start + timedelta(days=self._rng.randint(0, (end - start).days))


def _born(rng: random.Random) -> date:
    return date(1935, 1, 1) + timedelta(days=rng.randint(0, 24000))


def _pesel(rng: random.Random) -> str:
    d = _born(rng)
    month = d.month + (20 if d.year >= 2000 else 0)
    return f"{d:%y}{month:02d}{d:%d}{_digits(rng, 4)}"


def _amka(rng: random.Random) -> str:
    return f"{_born(rng):%d%m%y}{_digits(rng, 4)}"


def _curp(rng: random.Random) -> str:
    consonants = "BCDFGHJKLMNPQRSTVWXZ"
    head = (
        rng.choice(consonants) + rng.choice("AEIOU") + rng.choice(consonants) + rng.choice("AEIOU")
    )
    tail = "".join(rng.choice(consonants) for _ in range(3))
    d = _born(rng)
    homoclave = rng.choice(string.digits) if d.year < 2000 else rng.choice("ABCDEFGH")
    return f"{head}{d:%y%m%d}{rng.choice('HM')}{rng.choice(CURP_STATES)}{tail}{homoclave}"


# Schemes whose Faker draw reads today's date inside Faker: N writes their body itself.
OWN_BODIES = {"PL": _pesel, "GR": _amka, "MX": _curp}


def _stdnum_number(ctx: Ctx, entry: object) -> str:
    from resources.synthetic.redaction_eval.national_ids import NationalId, complete  # noqa: PLC0415

    assert isinstance(entry, NationalId)
    if entry.country in OWN_BODIES:
        for _ in range(500):
            body = OWN_BODIES[entry.country](ctx.rng)
            number = complete(body, string.digits, entry.valid)
            if entry.valid(number):
                return number
        raise RuntimeError(f"no valid {entry.country} number in 500 draws")
    fake = PinnedFaker(ctx.fake(entry.locale), ctx.rng)
    return draw_national_id(entry, fake, ctx.rng)  # type: ignore[arg-type]


def national(ctx: Ctx, form: str) -> Value:
    """A national identity, health or tax number of the country the form names (else one
    of the template's or split's countries), with what a document there calls it."""
    rng = ctx.rng
    country = form.upper() if len(form) == 2 else ""
    if country not in ID_COUNTRIES:
        countries = (ctx.template.id_countries if ctx.template else ()) or ctx.split.id_countries
        country = rng.choice(countries)
    if country in OWN_IDS:
        labels, draw, _ = OWN_IDS[country]
        return Value(draw(rng), rng.choice(labels))
    entry = rng.choice([e for e in NATIONAL_IDS if e.country == country])
    number = _stdnum_number(ctx, entry)
    compact = re.sub(r"[ ]", "", number)
    if compact != number and rng.random() < 0.4 and entry.valid(compact):
        number = compact
    labels = entry.labels + LOCAL_LABELS.get(country, ())
    return Value(number, rng.choice(labels))


def national_valid(value: str) -> bool:
    """A number some scheme N draws from accepts (stdnum's or one of OWN_IDS)."""
    return any(e.valid(value) for e in NATIONAL_IDS) or any(
        ok(value) for _, _, ok in OWN_IDS.values()
    )


def travel(ctx: Ctx, form: str) -> Value:
    """A passport, visa, residence-permit or alien-registration number."""
    rng = ctx.rng
    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    letters = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    makers = {
        "passport": lambda: ("passport", _passport(ctx)),
        "anumber": lambda: ("A-Number", f"A{digits(3)}-{digits(3)}-{digits(3)}"),
        "brp": lambda: ("BRP", f"{letters(2)}{rng.choice('X0123456789')}{digits(6)}"),
        "schengen": lambda: (
            "visa sticker",
            f"{rng.choice(['FRA', 'DEU', 'ITA', 'ESP', 'NLD'])}{digits(9)}",
        ),
        "zairyu": lambda: ("在留カード番号", f"{letters(2)}{digits(8)}{letters(2)}"),
        "oci": lambda: ("OCI card", f"A{digits(7)}"),
        "uscis": lambda: (
            "receipt number",
            f"{rng.choice(['IOE', 'EAC', 'WAC', 'LIN', 'SRC'])}{digits(10)}",
        ),
        "iqama": lambda: ("border number", f"3{digits(9)}"),
        "travel_doc": lambda: ("travel document", f"{letters(1)}{digits(7)}"),
    }
    key = form if form in makers else rng.choice(sorted(makers))
    label, text = makers[key]()
    return Value(text, label)


def _passport(ctx: Ctx) -> str:
    try:
        return str(ctx.fake().passport_number())
    except AttributeError:
        return str(ctx.fake("en_GB").passport_number())


# --- Record numbers ---------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def mrn(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "grouped": lambda: f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        "dotted": lambda: f"{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
        "padded": lambda: f"000{_digits(rng, 6)}",
        "year": lambda: f"{rng.randint(2015, 2024)}-{_digits(rng, 6)}",
        "thai": lambda: f"{rng.randint(1, 99999)}/{rng.randint(55, 67)}",  # HN number/BE year
        "letter": lambda: f"{_letters(rng, 1)}{_digits(rng, 7)}",
        "luhn": lambda: (b := _digits(rng, 8)) + luhn.calc_check_digit(b),
        "site": lambda: f"{_letters(rng, 3)}-{_digits(rng, 6)}-{rng.randint(1, 9)}",
        "slash": lambda: f"{_digits(rng, 2)}/{_digits(rng, 5)}",
        "kr": lambda: _digits(rng, 8),
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return shapes[key]()


def cns_valid(value: str) -> bool:
    """Brazil's Cartão Nacional de Saúde: 15 digits weighted 15 to 1, sum % 11 == 0."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 15 or digits[0] not in "12789":
        return False
    return sum(int(d) * w for d, w in zip(digits, range(15, 0, -1), strict=True)) % 11 == 0


def imss_valid(value: str) -> bool:
    """Mexico's IMSS número de seguridad social: 11 digits, the last a Luhn check."""
    digits = re.sub(r"\D", "", value)
    return len(digits) == 11 and luhn.is_valid(digits)


def jp_insurer_valid(value: str) -> bool:
    """Japan's 保険者番号: eight digits, the last a Luhn check over the seven before it."""
    return bool(re.fullmatch(r"\d{8}", value)) and luhn.is_valid(value)


def plan(ctx: Ctx, form: str) -> str:
    """A health-plan or beneficiary number (the insurer's, not the state's)."""
    rng = ctx.rng
    if form == "cns":
        while True:
            body = rng.choice("789") + _digits(rng, 13)
            for c in string.digits:
                if cns_valid(body + c):
                    raw = body + c
                    return f"{raw[:3]} {raw[3:7]} {raw[7:11]} {raw[11:]}"
    if form == "imss":
        body = _digits(rng, 10)
        return body + luhn.calc_check_digit(body)
    if form == "jp":
        body = rng.choice(["06", "01", "31", "32", "34", "39", "67"]) + _digits(rng, 5)
        return body + luhn.calc_check_digit(body)
    shapes = {
        "member": lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
        "group": lambda: f"{_digits(rng, 6)}-{_digits(rng, 2)}",
        "bupa": lambda: f"{_digits(rng, 8)}-{rng.randint(1, 4):02d}",
        "nhif": lambda: _digits(rng, 8),
        "philhealth": lambda: f"{_digits(rng, 2)}-{_digits(rng, 9)}-{_digits(rng, 1)}",
        "abha": lambda: f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return shapes[key]()


def ref(ctx: Ctx, form: str) -> str:
    """Any other number that points at one person's case, claim, ticket or payment."""
    rng = ctx.rng
    year = rng.randint(2019, 2025)
    shapes = {
        "claim": lambda: f"CLM{year}{_digits(rng, 7)}",
        "case": lambda: f"{year}/{_digits(rng, 5)}/{_letters(rng, 2)}",
        "ticket": lambda: f"INC{_digits(rng, 7)}",
        "jira": lambda: f"{rng.choice(['HRS', 'PRIV', 'KYC', 'OPS'])}-{rng.randint(1000, 99999)}",
        "court": lambda: f"{rng.randint(1, 9)}:{year % 100}-cv-{_digits(rng, 5)}",
        "police": lambda: f"CR/{year}/{_digits(rng, 6)}",
        "uetr": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "swift20": lambda: f"FT{year % 100}{_digits(rng, 3)}{_letters(rng, 4)}{_digits(rng, 4)}",
        "alert": lambda: f"ALRT-{year}-{_digits(rng, 6)}",
        "sar": lambda: f"SAR{_digits(rng, 10)}",
        "order": lambda: f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
        "loan": lambda: f"{_digits(rng, 10)}",
        "session": lambda: f"{rng.getrandbits(64):016x}",
        "protocol": lambda: (
            f"{rng.choice(['SUBJ', 'PT', 'S'])}-{_digits(rng, 3)}-{_digits(rng, 4)}"
        ),
        "staff": lambda: f"{rng.choice('EPS')}{_digits(rng, 6)}",
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return shapes[key]()


def bio(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "afis": lambda: f"AFIS-{_digits(rng, 9)}",
        "iris": lambda: f"IRT{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}",
        "voice": lambda: f"VP-{rng.getrandbits(40):010x}",
        "dna": lambda: f"{_letters(rng, 2)}{_digits(rng, 8)}{_letters(rng, 1)}",
        "face": lambda: f"FT-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return shapes[key]()


# --- Money ----------------------------------------------------------------------------------

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def account(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "gb": lambda: _digits(rng, 8),
        "us": lambda: _digits(rng, rng.choice([10, 11, 12])),
        "in": lambda: _digits(rng, rng.choice([11, 14, 15, 16])),
        "br": lambda: f"{_digits(rng, 5)}-{rng.randint(0, 9)}",
        "jp": lambda: _digits(rng, 7),
        "au": lambda: f"{_digits(rng, 3)}-{_digits(rng, 3)} {_digits(rng, 8)}",
        "ca": lambda: f"{_digits(rng, 5)}-{_digits(rng, 3)}-{_digits(rng, 7)}",
        "ng": lambda: _digits(rng, 10),
        "ru": lambda: f"40817810{_digits(rng, 12)}",  # a personal rouble account
        "btc": lambda: base58check(b"\0" + rng.getrandbits(160).to_bytes(20, "big")),
        "eth": lambda: f"0x{rng.getrandbits(160):040x}",
        "wallet": lambda: f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return shapes[key]()


CARD_PREFIXES = {
    "visa": ("4",), "mc": ("51", "52", "53", "54", "55", "2221", "2720"), "amex": ("34", "37"),
    "unionpay": ("62",), "jcb": ("3528", "3589"), "rupay": ("60", "65", "8172"),
    "mir": ("2200", "2202", "2204"), "troy": ("9792",), "elo": ("636368", "504175"),
}  # fmt: skip


def card(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    brand = form if form in CARD_PREFIXES else rng.choice(sorted(CARD_PREFIXES))
    length = {"amex": 15, "unionpay": rng.choice([16, 19])}.get(brand, 16)
    body = rng.choice(CARD_PREFIXES[brand])
    body += _digits(rng, length - 1 - len(body))
    raw = body + luhn.calc_check_digit(body)
    sep = rng.choice(["", " ", "-", " "])
    if not sep or length == 19:
        return raw
    if length == 15:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, 16, 4))


IBAN_LOCALES = (
    "de_AT", "nl_NL", "fr_FR", "es_ES", "it_IT", "pl_PL", "pt_PT", "fi_FI", "no_NO", "sk_SK",
    "cs_CZ", "ro_RO", "el_GR", "tr_TR", "az_AZ", "de_CH", "da_DK", "en_GB", "en_IE", "uk_UA",
    "pt_BR", "mk_MK", "de_DE",
)  # fmt: skip


# Countries whose Faker IBANs come out British: the BBAN's layout from the IBAN registry
# ('n' digit, 'a' letter, 'c' either; N fills 'c' with digits), checked by stdnum.
BBAN_LAYOUTS = {
    "HU": "24n", "BG": "4a6n8c", "LT": "16n", "LV": "4a13c", "EE": "16n", "HR": "17n",
    "SI": "15n", "GE": "2a16n", "SA": "2n18c", "AE": "3n16n", "BE": "12n", "SE": "20n",
    "IS": "22n", "MT": "4a5n18c", "LU": "3n13c", "JO": "4a4n18c", "AL": "8n16c", "BA": "16n",
    "LI": "5n12c", "PS": "4a21c",
}  # fmt: skip


def built_iban(rng: random.Random, country: str) -> str:
    """An IBAN of the country: a BBAN in its layout and the ISO 7064 check digits."""
    from stdnum import iban as iban_check  # noqa: PLC0415

    for _ in range(400):
        bban = "".join(
            (_letters if kind == "a" else _digits)(rng, int(count))
            for count, kind in re.findall(r"(\d+)([nac])", BBAN_LAYOUTS[country])
        )
        value = country + iban_check.calc_check_digits(country + "00" + bban) + bban
        if iban_check.is_valid(value):
            return value
    raise RuntimeError(f"no valid {country} IBAN in 400 draws")


def an_iban(ctx: Ctx, form: str) -> str:
    """An IBAN of the document's country where N knows its layout or Faker draws it."""
    from stdnum import iban as iban_check  # noqa: PLC0415

    country = ctx.locale[-2:].upper()
    if country in BBAN_LAYOUTS:
        raw = built_iban(ctx.rng, country)
    else:
        loc = ctx.locale if ctx.locale in IBAN_LOCALES else ctx.rng.choice(IBAN_LOCALES)
        raw = str(ctx.fake(loc).iban())
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake("de_AT").iban())
    if form == "compact" or (not form and ctx.rng.random() < 0.4):
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


# --- Network, web, devices --------------------------------------------------------------------


def ip(ctx: Ctx, form: str) -> str:
    f = ctx.fake("en_US")
    if form == "v6" or (not form and ctx.rng.random() < 0.25):
        return str(f.ipv6())
    if form == "private":
        return str(f.ipv4_private())
    return str(f.ipv4_public())


def web(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    person = _first_person(ctx)
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (person.first, person.last)
    )
    domain = ctx.fake("en_US").domain_name()
    token = f"{rng.getrandbits(72):018x}"
    shapes = {
        "portal": lambda: f"https://mychart.{domain}/patient/{rng.randint(10**5, 10**8)}",
        "drive": lambda: f"https://drive.google.com/file/d/1{token}{_letters(rng, 6)}/view",
        "meet": lambda: f"https://us0{rng.randint(2, 6)}web.zoom.us/j/{_digits(rng, 11)}",
        "social": lambda: f"https://www.facebook.com/{first}.{last}.{rng.randint(1, 999)}",
        "tiktok": lambda: f"https://www.tiktok.com/@{first}{last[:3]}{rng.randint(1, 99)}",
        "vk": lambda: f"https://vk.com/id{_digits(rng, 9)}",
        "blog": lambda: f"https://{first}{last}.wordpress.com",
        "track": lambda: f"https://{domain}/track?u={token}",
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return shapes[key]()


def photo(ctx: Ctx, form: str) -> str:
    """Where a full-face photograph of the person is kept."""
    rng = ctx.rng
    person = _first_person(ctx)
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (person.first, person.last)
    )
    domain = ctx.fake("en_US").domain_name()
    return rng.choice(
        [
            f"https://cdn.{domain}/staff/{first}-{last}.jpg",
            f"https://{domain}/kyc/selfie/{rng.getrandbits(48):012x}.png",
            f"https://files.{domain}/badge/{_digits(rng, 6)}_{last}.jpeg",
        ]
    )


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "pacer": lambda: f"{_letters(rng, 3)}{_digits(rng, 6)}{rng.choice('HRS')}",
        "pump": lambda: f"NG{_digits(rng, 7)}{_letters(rng, 1)}",
        "cgm": lambda: (
            _digits(rng, 1)
            + _letters(rng, 1)
            + _digits(rng, 1)
            + _letters(rng, 3)
            + _digits(rng, 2)
        ),
        "hearing": lambda: f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
        "imei": lambda: generator.imei(ctx),
        "udi": lambda: generator.udi(ctx),
        "asset": lambda: f"{rng.choice(['LT', 'PC', 'MB'])}-{_digits(rng, 6)}",
        "imsi": lambda: (
            f"{rng.choice(['234', '262', '404', '621', '639', '440'])}{_digits(rng, 12)}"
        ),
        "sn": lambda: f"SN{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}",
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return shapes[key]()


def a_mac(ctx: Ctx, form: str) -> str:
    raw = [f"{ctx.rng.randrange(256):02x}" for _ in range(6)]
    style = form or ctx.rng.choice(["colon", "dash", "cisco", "bare", "colon_up"])
    if style == "dash":
        return "-".join(raw).upper()
    if style == "cisco":
        joined = "".join(raw)
        return ".".join(joined[i : i + 4] for i in range(0, 12, 4))
    if style == "bare":
        return "".join(raw).upper()
    if style == "colon_up":
        return ":".join(raw).upper()
    return ":".join(raw)


# --- Licences and vehicles --------------------------------------------------------------------


def soundex(name: str) -> str:
    codes = {c: str(d) for d, group in enumerate(
        ["", "BFPV", "CGJKQSXZ", "DT", "L", "MN", "R"]) for c in group}  # fmt: skip
    letters = [c for c in unidecode(name).upper() if c.isalpha()]
    if not letters:
        return "Z000"
    out, last = letters[0], codes.get(letters[0], "")
    for c in letters[1:]:
        code = codes.get(c, "")
        if code and code != last:
            out += code
        if c not in "HW":
            last = code
    return (out + "000")[:4]


def dvla(person: Person, born: date, rng: random.Random) -> str:
    """A GB driving licence number, built as DVLA builds it from the holder's name and birth."""
    surname = re.sub(r"[^A-Z]", "", unidecode(person.last).upper())
    surname = (surname[:5] if not surname.startswith("MAC") else "MC" + surname[3:6]).ljust(5, "9")
    month = born.month + (50 if rng.random() < 0.5 else 0)
    initials = re.sub(r"[^A-Z]", "", unidecode(person.first + " " + person.middle).upper())
    initials = (initials[0] + (unidecode(person.middle)[:1].upper() or "9"))[:2]
    return (
        f"{surname}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}"
        f"{initials}9{rng.choice(string.ascii_uppercase)}{rng.choice(string.digits)}"
    )


def licence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    person = _first_person(ctx)
    born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 22000))
    shapes = {
        "gmc": lambda: _digits(rng, 7),
        "nmc": lambda: f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 1)}",
        "ahpra": lambda: f"{rng.choice(['MED', 'NMW', 'PHA', 'DEN'])}{_digits(rng, 10)}",
        "dvla": lambda: dvla(person, born, rng),
        "fl": lambda: (
            f"{soundex(person.last)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-"
            f"{rng.randint(0, 9)}"
        ),
        "ca": lambda: f"{_letters(rng, 1)}{_digits(rng, 7)}",
        "ny": lambda: f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        "in": lambda: (
            f"{rng.choice(['MH', 'KA', 'TN', 'DL', 'UP'])}{_digits(rng, 2)} "
            f"{rng.randint(1995, 2023)}{_digits(rng, 7)}"
        ),
        "crm": lambda: f"{_digits(rng, 6)}",
        "cedula": lambda: _digits(rng, rng.choice([7, 8])),
        "gphc": lambda: f"20{_digits(rng, 5)}",
        "npi": lambda: generator.npi(ctx),
        "dea": lambda: generator.dea(ctx),
        "cert": lambda: (
            f"{rng.choice(['BC', 'DC', 'MC'])}-{rng.randint(2000, 2024)}-{_digits(rng, 6)}"
        ),
        "firearm": lambda: f"FAC/{_digits(rng, 5)}/{rng.randint(18, 25)}",
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return shapes[key]()


def vehicle(ctx: Ctx, form: str) -> str:
    if form == "vin" or (not form and ctx.rng.random() < 0.35):
        return str(ctx.fake("en_US").vin())
    loc = ADDRESS_LOCALE.get(ctx.locale, ctx.locale)
    try:
        return str(ctx.fake(loc).license_plate())
    except AttributeError:
        return str(ctx.fake("en_GB").license_plate())


# --- Dates and ages ------------------------------------------------------------------------

MONTHS_EN = [
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
]
OWN_MONTHS = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
    "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "vi": "1 2 3 4 5 6 7 8 9 10 11 12",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი "
    "ნოემბერი დეკემბერი",
}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def jalali(day: date) -> tuple[int, int, int]:
    """The Solar Hijri (Iranian) date of a Gregorian day: the arithmetic conversion Iranian
    software uses (jdf.scr.ir's), which agrees with the calendar's observed years."""
    cumulative = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = day.year + 1 if day.month > 2 else day.year
    days = (
        355666 + 365 * day.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400
        + day.day + cumulative[day.month - 1]
    )  # fmt: skip
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def ethiopian(day: date) -> tuple[int, int, int]:
    """The Ethiopian calendar's date of a Gregorian day (JDN arithmetic; epoch JDN 1724221)."""
    jdn = day.toordinal() + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    year = 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460
    return year, n // 30 + 1, n % 30 + 1


def write_date(day: date, style: str) -> str:
    d, m, y = day.day, day.month, day.year
    mon = MONTHS_EN[m - 1]
    styles = {
        "iso": day.isoformat,
        "us": lambda: f"{m}/{d}/{y}",
        "eu": lambda: f"{d:02d}/{m:02d}/{y}",
        "dot": lambda: f"{d:02d}.{m:02d}.{y}",
        "dot_short": lambda: f"{d}.{m}.{y % 100:02d}",
        "ymd_dot": lambda: f"{y}.{m:02d}.{d:02d}",
        "mon": lambda: f"{d:02d}-{mon[:3].upper()}-{y}",
        "compact": lambda: f"{y}{m:02d}{d:02d}",
        "aviation": lambda: f"{d:02d}{mon[:3].upper()}{y % 100:02d}",
        "long": lambda: f"{d} {mon} {y}",
        "us_long": lambda: f"{mon} {d}, {y}",
        "stamp": lambda: f"{y}-{m:02d}-{d:02d}T{(d * 7) % 24:02d}:{(m * 13) % 60:02d}:00Z",
        "ja": lambda: f"{y}年{m}月{d}日",
        "ko": lambda: f"{y}. {m}. {d}.",
        "roc": lambda: f"{y - 1911}/{m:02d}/{d:02d}",
        "be": lambda: f"{d}/{m}/{y + 543}",
        "ru": lambda: f"{d} {OWN_MONTHS['ru'].split()[m - 1]} {y} г.",
        "el": lambda: f"{d} {OWN_MONTHS['el'].split()[m - 1]} {y}",
        "vi": lambda: f"ngày {d} tháng {m} năm {y}",
        "ka": lambda: f"{d} {OWN_MONTHS['ka'].split()[m - 1]}, {y}",
        "jalali": lambda: "{}/{:02d}/{:02d}".format(*jalali(day)),
        "jalali_fa": lambda: "{}/{:02d}/{:02d}".format(*jalali(day)).translate(PERSIAN_DIGITS),
        "ethiopic": lambda: "{2}/{1}/{0} E.C.".format(*ethiopian(day)),
    }
    return styles[style]()


def draw_day(ctx: Ctx, slot: str, number: int) -> date:
    """A birth day (1922-2012) or an event day; a document's later event dates fall on or
    after its earlier ones (the seed decides, never today's date)."""
    rng = ctx.rng
    if slot == "ndob":
        return date(1922, 1, 1) + timedelta(days=rng.randint(0, 33000))
    earlier = [
        v.day for k, v in ctx.entities.items() if k.startswith("ndate") and isinstance(v, NDate)
    ]
    start = max(earlier) if earlier else date(2019, 1, 1) + timedelta(days=rng.randint(0, 2200))
    return start + timedelta(days=rng.randint(0, 40) if earlier else 0)


class NDate(Value):
    """A date, with the day it writes (for ordering a document's events)."""

    def __init__(self, text: str, day: date) -> None:
        super().__init__(text)
        self.day = day


def a_date(ctx: Ctx, slot: str, form: str) -> NDate:
    day = draw_day(ctx, slot, 0)
    style = form or ctx.rng.choice(["iso", "eu", "dot", "mon", "long", "us_long"])
    return NDate(write_date(day, style), day)


NUMBER_WORDS = ("ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four",
                "ninety-five", "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine",
                "one hundred", "one hundred and one", "one hundred and two")  # fmt: skip


def age(ctx: Ctx, form: str) -> str:
    years = ctx.rng.randint(90, 102)
    if form == "dicom":
        return f"{years:03d}Y"
    if form == "words":
        return NUMBER_WORDS[years - 90]
    if form == "yo":
        return f"{years}yo"
    if form == "cjk":
        return f"{years}歳"
    return str(years)


# --- Dispatch ---------------------------------------------------------------------------


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    assert slot in SLOTS, slot
    if slot == "nname":
        return new_person(ctx)
    if slot in ("ndate", "ndob"):
        return a_date(ctx, slot, form)
    if slot == "nnat":
        return national(ctx, form)
    if slot == "ntravel":
        return travel(ctx, form)
    makers = {
        "nplace": town,
        "nhome": home_address,
        "npost": postcode,
        "nspot": spot,
        "nphone": phone,
        "nfax": phone,
        "nmail": mail,
        "nmrn": mrn,
        "nplan": plan,
        "nref": ref,
        "nbio": bio,
        "nacct": account,
        "ncard": card,
        "niban": an_iban,
        "nip": ip,
        "nurl": web,
        "nphoto": photo,
        "nage": age,
        "nlic": licence,
        "nveh": vehicle,
        "ndev": device,
        "nmac": a_mac,
    }
    return Value(makers[slot](ctx, form))
