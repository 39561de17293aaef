"""Held-out Y's values: identity papers, labels and the paper that moves at a front desk.

Written for held-out Y (session 40) from the identifier classes and each country's
conventions, not from any other split. Every slot starts with "y" (generator.Y_SLOTS).

- People (`yper`) carry their name in the script of their country and in Latin letters
  (Japanese and Korean family-first, Russian patronymics, Spanish and Portuguese double
  surnames, Arabic nasab, Dutch particles, Icelandic patronymics), and write it in many
  forms: natural order, "Last, First", both scripts side by side, an ICAO 9303 MRZ name
  field, an HL7 name, OCR'd look-alikes.
- Dates (`ydob`, `ydate`, `yexp`) are `Dated`: one day written in the form each place
  asks for (visual zone, MRZ, HL7, X12, Japanese, Arabic-Indic digits ...), counted back
  from Y_TODAY (never from the clock).
- National numbers (`ynat`, `yopt`) of 30 countries, each valid under python-stdnum.
- The MRZ check digits and fillers are written by label-only slots (`{ymzn1.label}`):
  text that is no identifier itself, computed from the document's own entities.

No value holds "<" or ">" (the scorer reads "<...>" as a placeholder): the MRZ filler is
written "‹" (U+2039), as OCR of a scanned MRZ often gives it.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import ean, luhn, verhoeff
from stdnum import iban as iban_check

from resources.synthetic.redaction_eval.generator import Ctx, Person, Value

Y_TODAY = date(2026, 11, 20)
FILL = "\u2039"  # the MRZ filler "<" as an OCR'd scan writes it

# --- check digits -----------------------------------------------------------------------


def icao_check_digit(field_text: str) -> str:
    """ICAO 9303 Part 3 check digit: weights 7, 3, 1; digits as themselves, A-Z as
    10-35, the filler as 0."""
    total = 0
    for i, ch in enumerate(field_text):
        if ch.isdigit():
            v = int(ch)
        elif "A" <= ch <= "Z":
            v = ord(ch) - 55
        else:  # "<" or its OCR'd look-alike
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


# --- people -----------------------------------------------------------------------------

KO_FAMILY = (
    ("김", "Kim"),
    ("이", "Lee"),
    ("박", "Park"),
    ("최", "Choi"),
    ("정", "Jung"),
    ("강", "Kang"),
    ("조", "Cho"),
    ("윤", "Yoon"),
    ("장", "Jang"),
    ("임", "Lim"),
    ("한", "Han"),
    ("오", "Oh"),
    ("서", "Seo"),
    ("신", "Shin"),
    ("권", "Kwon"),
    ("황", "Hwang"),
    ("송", "Song"),
)
KO_GIVEN = (
    ("민준", "Min-jun", "M"),
    ("서연", "Seo-yeon", "F"),
    ("도윤", "Do-yun", "M"),
    ("지우", "Ji-woo", "F"),
    ("하준", "Ha-jun", "M"),
    ("서윤", "Seo-yun", "F"),
    ("예준", "Ye-jun", "M"),
    ("하은", "Ha-eun", "F"),
    ("시우", "Si-woo", "M"),
    ("지민", "Ji-min", "F"),
    ("수빈", "Su-bin", "F"),
    ("현우", "Hyun-woo", "M"),
    ("은지", "Eun-ji", "F"),
    ("성민", "Seong-min", "M"),
    ("혜진", "Hye-jin", "F"),
    ("영호", "Young-ho", "M"),
    ("정숙", "Jeong-suk", "F"),
    ("동현", "Dong-hyun", "M"),
)
AR_GIVEN = (
    ("محمد", "Mohammed", "M"),
    ("أحمد", "Ahmed", "M"),
    ("فاطمة", "Fatima", "F"),
    ("عائشة", "Aisha", "F"),
    ("يوسف", "Youssef", "M"),
    ("مريم", "Maryam", "F"),
    ("خالد", "Khaled", "M"),
    ("نورة", "Noura", "F"),
    ("عمر", "Omar", "M"),
    ("ليلى", "Layla", "F"),
    ("حسن", "Hassan", "M"),
    ("سارة", "Sara", "F"),
    ("إبراهيم", "Ibrahim", "M"),
    ("هدى", "Huda", "F"),
    ("طارق", "Tariq", "M"),
    ("رانيا", "Rania", "F"),
    ("سلمان", "Salman", "M"),
    ("زينب", "Zainab", "F"),
)
AR_FAMILY = (
    ("العتيبي", "Al-Otaibi"),
    ("الحربي", "Al-Harbi"),
    ("القحطاني", "Al-Qahtani"),
    ("الشمري", "Al-Shammari"),
    ("المصري", "El-Masry"),
    ("حداد", "Haddad"),
    ("الخطيب", "Al-Khatib"),
    ("النجار", "Al-Najjar"),
    ("منصور", "Mansour"),
    ("عبدالله", "Abdullah"),
    ("الزهراني", "Al-Zahrani"),
    ("السيد", "El-Sayed"),
    ("التميمي", "Al-Tamimi"),
    ("الدوسري", "Al-Dossari"),
    ("الهاشمي", "Al-Hashimi"),
)
HE_GIVEN = (
    ("נועה", "Noa", "F"),
    ("יוסף", "Yosef", "M"),
    ("תמר", "Tamar", "F"),
    ("אברהם", "Avraham", "M"),
    ("שירה", "Shira", "F"),
    ("דוד", "David", "M"),
    ("מיכל", "Michal", "F"),
    ("איתי", "Itai", "M"),
    ("רחל", "Rachel", "F"),
    ("יונתן", "Yonatan", "M"),
    ("אורית", "Orit", "F"),
    ("עמית", "Amit", "M"),
)
HE_FAMILY = (
    ("כהן", "Cohen"),
    ("לוי", "Levi"),
    ("מזרחי", "Mizrahi"),
    ("פרץ", "Peretz"),
    ("ביטון", "Biton"),
    ("דהן", "Dahan"),
    ("פרידמן", "Friedman"),
    ("שפירא", "Shapira"),
    ("גבאי", "Gabay"),
    ("אזולאי", "Azoulay"),
    ("בן דוד", "Ben David"),
    ("קליין", "Klein"),
)

NON_LATIN = {"ja", "ko", "zh", "ar", "he", "ru", "uk", "bg", "el", "hi", "th", "fa", "ka", "hy"}
EASTERN = {"ja", "ko", "zh", "hu", "vi"}  # family name first in the native order
LOCALE_POOL = (
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "es_MX",
    "pt_BR",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "ru_RU",
    "uk_UA",
    "ja_JP",
    "ko_KR",
    "zh_CN",
    "ar_SA",
    "he_IL",
    "el_GR",
    "hi_IN",
    "tr_TR",
    "vi_VN",
    "sv_SE",
    "is_IS",
    "fi_FI",
    "cs_CZ",
    "ro_RO",
    "en_IN",
    "es_AR",
    "fa_IR",
    "th_TH",
)


def _latin(s: str) -> str:
    return " ".join(w.capitalize() if w.islower() else w for w in unidecode(s).split())


@dataclass
class YPerson(Person):
    """A person with the native-script name, its Latin spelling, a patronymic and sex."""

    lat_first: str = ""
    lat_last: str = ""
    lat_middle: str = ""
    lang: str = "en"
    sex: str = "F"
    patro: str = ""  # patronymic (ru, uk, bg) or father's name (Arabic nasab)
    lat_patro: str = ""

    def native(self) -> bool:
        return self.first != self.lat_first or self.last != self.lat_last

    def _natural(self) -> str:
        if self.lang in ("ja",):
            return f"{self.last} {self.first}"
        if self.lang in ("ko", "zh"):
            return f"{self.last}{self.first}"
        if self.lang in ("hu", "vi"):
            return " ".join(w for w in (self.last, self.middle, self.first) if w)
        if self.lang in ("ru", "uk", "bg") and self.patro:
            return f"{self.first} {self.patro} {self.last}"
        if self.lang == "ar" and self.patro:
            return f"{self.first} بن {self.patro} {self.last}"
        return " ".join(w for w in (self.first, self.middle, self.last) if w)

    def _lat_full(self) -> str:
        if self.lang == "ar" and self.lat_patro:
            return f"{self.lat_first} bin {self.lat_patro} {self.lat_last}"
        if self.lang in ("ru", "uk", "bg") and self.lat_patro:
            return f"{self.lat_first} {self.lat_patro} {self.lat_last}"
        return " ".join(w for w in (self.lat_first, self.lat_middle, self.lat_last) if w)

    def _mrz(self, width: int) -> str:
        def clean(s: str) -> str:
            s = unidecode(s).upper().replace("'", "")
            return re.sub(r"[^A-Z]+", FILL, s).strip(FILL)

        last = clean(self.lat_last)
        given = FILL.join(clean(w) for w in (self.lat_first, self.lat_middle) if w)
        text = f"{last}{FILL * 2}{given}" if given else last
        if len(text) > width:  # ICAO truncation: given names cut first
            text = text[:width].rstrip(FILL)
        return text

    def form(self, form: str) -> str:
        form = form.removeprefix("m_").removeprefix("f_")  # the sex hint of the first use
        lf, ll = self.lat_first, self.lat_last
        if form in ("", "full"):
            return self._natural()
        if form == "latin":
            return self._lat_full()
        if form == "both":
            if not self.native():
                return self._natural()
            return f"{self._natural()} ({ll.upper()} {lf})"
        if form == "both_slash":
            if not self.native():
                return f"{self.last.upper()}, {self.first}"
            return f"{self._natural()} / {ll.upper()}, {lf}"
        if form == "last_first":
            if self.lang in EASTERN:
                return self._natural()
            if self.lang in ("ru", "uk", "bg"):
                return " ".join(w for w in (self.last, self.first, self.patro) if w)
            return f"{self.last}, {self.first}"
        if form == "caps_last_first":
            return f"{ll.upper()}, {lf}"
        if form == "lat_last_first":
            return f"{ll}, {lf}"
        if form == "caps":
            return self._lat_full().upper()
        if form == "initials":
            if self.lang in ("ru", "uk", "bg"):
                inits = " ".join(f"{w[0]}." for w in (self.first, self.patro) if w)
                return f"{self.last} {inits}"
            return f"{lf[0]}. {ll}"
        if form == "first":
            return self.first
        if form == "last":
            return self.last
        if form == "given":
            return lf
        if form == "family":
            return ll
        if form == "caps_family":
            return ll.upper()
        if form == "caps_given":
            return lf.upper()
        if form == "mrz":
            return self._mrz(39)
        if form == "mrzid":
            return self._mrz(30)
        if form == "hl7":
            parts = [ll.upper(), lf.upper()] + (
                [self.lat_middle.upper()] if self.lat_middle else []
            )
            return "^".join(parts)
        if form == "handle":
            return re.sub(r"[^a-z0-9.]", "", unidecode(f"{lf}.{ll}").lower())
        if form == "lower":
            return f"{lf} {ll}".lower()
        if form == "nl_sort":  # Dutch: the particle after the given name
            words = ll.split()
            core = [w for w in words if not w.islower()]
            parts = [w for w in words if w.islower()]
            if not parts:
                return f"{ll}, {lf}"
            return f"{' '.join(core)}, {lf} {' '.join(parts)}"
        if form == "ocr":  # a scan read with look-alike characters
            swap = {"O": "0", "I": "1", "S": "5", "B": "8", "l": "1", "o": "0", "e": "c"}
            full = self._lat_full()
            return "".join(swap.get(c, c) if i % 3 == 1 else c for i, c in enumerate(full))
        raise KeyError(form)


def _pair(rng, pool):
    return rng.choice(pool)


def new_person(ctx: Ctx, locale: str, sex: str = "") -> YPerson:
    rng = ctx.rng
    f = ctx.fake(locale)
    lang = locale.split("_", maxsplit=1)[0]
    sex = sex or rng.choice("FM")
    male = sex == "M"

    def fl(kind: str) -> str:
        name = f"{kind}_name_{'male' if male else 'female'}"
        return str(getattr(f, name)() if hasattr(f, name) else getattr(f, f"{kind}_name")())

    if lang == "ja":
        last, _, lat_last = f.last_name_pair()
        first, _, lat_first = f.first_name_male_pair() if male else f.first_name_female_pair()
        return YPerson(first, last, "", lat_first, lat_last, "", "ja", sex)
    if lang == "ko":
        last, lat_last = rng.choice(KO_FAMILY)
        first, lat_first, sex = rng.choice([g for g in KO_GIVEN if g[2] == sex])
        return YPerson(first, last, "", lat_first, lat_last, "", "ko", sex)
    if lang == "ar":
        first, lat_first, sex = rng.choice([g for g in AR_GIVEN if g[2] == sex])
        last, lat_last = rng.choice(AR_FAMILY)
        patro, lat_patro = "", ""
        if rng.random() < 0.5:
            patro, lat_patro, _ = rng.choice([g for g in AR_GIVEN if g[2] == "M"])
        return YPerson(first, last, "", lat_first, lat_last, "", "ar", sex, patro, lat_patro)
    if lang == "he":
        first, lat_first, sex = rng.choice([g for g in HE_GIVEN if g[2] == sex])
        last, lat_last = rng.choice(HE_FAMILY)
        return YPerson(first, last, "", lat_first, lat_last, "", "he", sex)
    if lang == "zh":
        last = str(f.last_name())
        first = fl("first")
        lat_last = _latin(last)
        lat_first = unidecode(first).replace(" ", "").capitalize()
        return YPerson(first, last, "", lat_first, lat_last, "", "zh", sex)
    first, last = fl("first"), fl("last")
    middle = ""
    patro = ""
    if lang in ("ru", "uk"):
        patro = fl("middle")
    elif lang == "bg":
        patro = fl("last")  # Bulgarian middle names are the father's name, -ов/-ова
    elif lang in ("es",):  # paternal then maternal surname
        last = f"{last} {'y ' if rng.random() < 0.1 else ''}{fl('last')}"
    elif lang == "pt":  # maternal then paternal
        particle = rng.choice(["", "", "da ", "dos ", "de "])
        last = f"{fl('last')} {particle}{fl('last')}"
    elif lang in ("en", "de", "fr", "it", "nl", "sv", "pl") and rng.random() < 0.15:
        middle = fl("first")
    if middle == first:
        middle = ""
    if lang in ("de", "nl", "fr", "it") and rng.random() < 0.2 and " " not in last:
        last = (
            rng.choice(
                {"de": ["von", "zu", "von der"], "nl": ["van", "van der", "de"]}.get(
                    lang, ["de", "di", "del", "du"]
                )
            )
            + " "
            + last
        )
    native = lang in ("ru", "uk", "bg", "el", "hi", "th", "fa", "ka", "hy", "mr", "ta", "bn")
    conv = _latin if native else (lambda s: s)
    return YPerson(
        first.strip(),
        last.strip(),
        middle,
        conv(first).strip(),
        conv(last).strip(),
        conv(middle).strip(),
        lang,
        sex,
        patro,
        conv(patro) if patro else "",
    )


# --- dates ------------------------------------------------------------------------------

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
MON_DE_LONG = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
MON_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MON_RU = [
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
]
MON_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass
class Dated(Person):
    """A day written in whichever form the place in the document asks for. (A Person
    subclass only because `render` asks a Person, and no Value, for a form.)"""

    day: date = field(default=Y_TODAY)

    def form(self, form: str) -> str:
        d = self.day
        forms = {
            "": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "us": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(),
            "ymd": d.strftime("%Y%m%d"),
            "mrz": d.strftime("%y%m%d"),
            "hl7": d.strftime("%Y%m%d"),
            "vis": f"{d.day:02d} {MON_EN[d.month - 1]} {d.year}",
            "vis_fr": f"{d.day:02d} {MON_FR[d.month - 1]}/{MON_EN[d.month - 1]} {d.year % 100:02d}",
            "en": f"{d.day} {MON_EN[d.month - 1].capitalize()} {d.year}",
            "en_us": f"{MON_EN[d.month - 1].capitalize()} {d.day}, {d.year}",
            "de": f"{d.day}. {MON_DE_LONG[d.month - 1]} {d.year}",
            "es": f"{d.day} de {MON_ES[d.month - 1]} de {d.year}",
            "pt": f"{d.day} de {MON_PT[d.month - 1]} de {d.year}",
            "ru": f"{d.day} {MON_RU[d.month - 1]} {d.year} г.",
            "jp": f"{d.year}年{d.month}月{d.day}日",
            "jp_era": f"令和{d.year - 2018}年{d.month}月{d.day}日"
            if d.year >= 2019
            else f"平成{d.year - 1988}年{d.month}月{d.day}日"
            if d.year >= 1989
            else f"昭和{d.year - 1925}年{d.month}月{d.day}日",
            "kr": f"{d.year}. {d.month}. {d.day}.",
            "cn": f"{d.year}年{d.month:02d}月{d.day:02d}日",
            "ar": f"{d.day:02d}/{d.month:02d}/{d.year}".translate(ARABIC_INDIC),
            "fa": f"{d.year}/{d.month:02d}/{d.day:02d}".translate(PERSIAN),
            "short": f"{d.day:02d}{MON_EN[d.month - 1]}{d.year % 100:02d}",
            "ymd_dash": f"{d.year}-{d.month}-{d.day}",
            "ymd_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "month": f"{MON_EN[d.month - 1].capitalize()} {d.day}",
        }
        return forms[form]


def new_date(ctx: Ctx, slot: str) -> Dated:
    rng = ctx.rng
    if slot == "ydob":
        day = Y_TODAY - timedelta(days=rng.randint(19 * 366, 88 * 365))
    elif slot == "yexp":
        day = Y_TODAY + timedelta(days=rng.randint(40, 9 * 365))
    else:  # a later date of the document follows the earlier ones ("from ... to ...")
        before = [e.day for k, e in ctx.entities.items() if k.startswith("ydate")]
        if before:
            day = min(Y_TODAY, max(before) + timedelta(days=rng.randint(0, 21)))
        else:
            day = Y_TODAY - timedelta(days=rng.randint(0, 700))
    return Dated("", "", "", day)


def dob_of(ctx: Ctx) -> date:
    for key, e in ctx.entities.items():
        if key.startswith("ydob") and isinstance(e, Dated):
            return e.day
    return Y_TODAY - timedelta(days=ctx.rng.randint(19 * 366, 88 * 365))


def sex_of(ctx: Ctx) -> str:
    for e in ctx.entities.values():
        if isinstance(e, YPerson):
            return e.sex
    return ctx.rng.choice("FM")


# --- national numbers -------------------------------------------------------------------


def _digits(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _search(module: str, make, tail: str = "0123456789", width: int = 1) -> str:
    """A body from `make()` completed with the check characters stdnum accepts."""
    mod = importlib.import_module(f"stdnum.{module}")
    for _ in range(400):
        body = make()
        tails = list(tail) if width == 1 else [a + b for a in tail for b in tail]
        for t in tails:
            if mod.is_valid(body + t):
                return body + t
    raise AssertionError(module)


# country -> (stdnum module, labels); the maker is in `national_number`.
NATIONAL = {
    "DE": ("de.idnr", ("Steuer-IdNr.", "Steuerliche Identifikationsnummer", "IdNr")),
    "FR": ("fr.nir", ("NIR", "N° de sécurité sociale", "n° SS")),
    "ES": ("es.dni", ("DNI", "D.N.I.", "NIF")),
    "IT": ("it.codicefiscale", ("Codice fiscale", "C.F.", "Cod. Fisc.")),
    "NL": ("nl.bsn", ("BSN", "Burgerservicenummer")),
    "BE": ("be.nn", ("Rijksregisternummer", "N° national", "NN")),
    "PL": ("pl.pesel", ("PESEL", "nr PESEL")),
    "SE": ("se.personnummer", ("Personnummer", "Pers.nr")),
    "NO": ("no.fodselsnummer", ("Fødselsnummer", "F.nr.")),
    "FI": ("fi.hetu", ("Henkilötunnus", "HETU", "Hetu")),
    "EE": ("ee.ik", ("Isikukood", "IK")),
    "LT": ("lt.asmens", ("Asmens kodas", "A.k.")),
    "CZ": ("cz.rc", ("Rodné číslo", "R.č.")),
    "RO": ("ro.cnp", ("CNP", "Cod numeric personal")),
    "BG": ("bg.egn", ("ЕГН", "EGN")),
    "BR": ("br.cpf", ("CPF", "CPF nº")),
    "AR": ("ar.cuit", ("CUIL", "CUIT")),
    "CL": ("cl.rut", ("RUT", "RUN")),
    "IN": ("in_.aadhaar", ("Aadhaar", "Aadhaar No.", "आधार संख्या")),
    "CN": ("cn.ric", ("公民身份号码", "身份证号", "ID No.")),
    "KR": ("kr.rrn", ("주민등록번호", "RRN")),
    "JP": ("jp.in_", ("個人番号", "マイナンバー", "My Number")),
    "TR": ("tr.tckimlik", ("T.C. Kimlik No", "TCKN")),
    "IL": ("il.idnr", ("מספר זהות", "Teudat Zehut", "ת.ז.")),
    "ZA": ("za.idnr", ("ID number", "SA ID")),
    "CA": ("ca.sin", ("SIN", "NAS", "Social Insurance Number")),
    "GR": ("gr.amka", ("ΑΜΚΑ", "AMKA")),
    "CH": ("ch.ssn", ("AHV-Nr.", "N° AVS", "AHVN13")),
    "HR": ("hr.oib", ("OIB",)),
    "RU": ("ru.inn", ("ИНН", "INN")),
    "US": ("us.ssn", ("SSN", "Social Security No.")),
    "IE": ("ie.pps", ("PPSN", "PPS No.")),
    "GB": ("gb.nhs", ("NHS No", "NHS number")),
    "IS": ("is_.kennitala", ("Kennitala", "Kt.")),
    "DK": ("dk.cpr", ("CPR-nr.", "Personnummer")),
    "SA": ("luhn", ("رقم الهوية", "National ID", "Iqama")),  # Luhn over 10 digits
    "MX": ("mx.curp", ("CURP", "Clave Única de Registro de Población")),
}


def curp(ctx: Ctx, dob: date, male: bool) -> str:
    """A CURP built from the holder's own names as RENAPO builds it: paternal surname's
    initial and first inner vowel, maternal initial, given initial, birth date, sex,
    state, the three names' first inner consonants, homoclave, check digit."""
    from stdnum.mx import curp as curp_check  # noqa: PLC0415

    rng = ctx.rng
    person = next((e for e in ctx.entities.values() if isinstance(e, YPerson)), None)
    words = unidecode(person.lat_last).upper().split() if person else ["GARCIA", "LOPEZ"]
    words = [w for w in words if w not in ("Y", "DE", "DEL", "LA", "LOS")] or ["X"]
    pat, mat = words[0], words[1] if len(words) > 1 else "X"
    given = unidecode(person.lat_first).upper().split()[0] if person else "JUAN"
    pat, mat, given = (re.sub(r"[^A-Z]", "X", w) for w in (pat, mat, given))

    def vowel(w: str) -> str:
        return next((c for c in w[1:] if c in "AEIOU"), "X")

    def consonant(w: str) -> str:
        return next((c for c in w[1:] if c not in "AEIOU"), "X")

    head = f"{pat[0]}{vowel(pat)}{mat[0]}{given[0]}"
    state = rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "CH", "YN", "MC", "OC"])
    body = f"{head}{dob:%y%m%d}{'H' if male else 'M'}{state}"
    body += consonant(pat) + consonant(mat) + consonant(given)
    body += "0" if dob.year < 2000 else "A"
    raw = body + curp_check.calc_check_digit(body + "0")
    if not curp_check.is_valid(raw):  # a forbidden word: its second letter becomes X
        body = body[0] + "X" + body[2:]
        raw = body + curp_check.calc_check_digit(body + "0")
    return raw


def national_number(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    dob = dob_of(ctx)
    male = sex_of(ctx) == "M"
    yy, mm, dd = f"{dob.year % 100:02d}", f"{dob.month:02d}", f"{dob.day:02d}"
    module = NATIONAL[country][0]
    d = lambda n: _digits(rng, n)  # noqa: E731
    if country == "FR":
        body = f"{'1' if male else '2'}{yy}{mm}{rng.randint(1, 95):02d}{d(3)}{d(3)}"
        return body + f"{97 - int(body) % 97:02d}"
    if country == "ES":
        n = rng.randint(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if country == "IT":
        from stdnum.it import codicefiscale  # noqa: PLC0415

        cons = "BCDFGLMNPRSTVZ"
        letters = "".join(rng.choice(cons) for _ in range(6))
        day = dob.day + (0 if male else 40)
        town = rng.choice(["H501", "F205", "L219", "A944", "G273", "F839", "D612"])
        body = f"{letters}{yy}{'ABCDEHLMPRST'[dob.month - 1]}{day:02d}{town}"
        return body + codicefiscale.calc_check_digit(body)
    if country == "BE":
        body = f"{yy}{mm}{dd}{rng.randint(1, 997):03d}"
        base = int(("2" + body) if dob.year >= 2000 else body)
        return body + f"{97 - base % 97:02d}"
    if country == "PL":
        month = dob.month + (20 if dob.year >= 2000 else 0)
        return _search(
            module, lambda: f"{yy}{month:02d}{dd}{d(3)}{rng.choice('13579' if male else '02468')}"
        )
    if country == "SE":
        return _search(module, lambda: f"{yy}{mm}{dd}-{d(3)}")
    if country == "NO":
        return _search(module, lambda: f"{dd}{mm}{yy}{rng.randint(0, 499):03d}", width=2)
    if country == "FI":
        sign = "A" if dob.year >= 2000 else "-"
        return _search(
            module,
            lambda: f"{dd}{mm}{yy}{sign}{rng.randint(2, 899):03d}",
            tail="0123456789ABCDEFHJKLMNPRSTUVWXY",
        )
    if country in ("EE", "LT"):
        g = ("5" if male else "6") if dob.year >= 2000 else ("3" if male else "4")
        return _search(module, lambda: f"{g}{yy}{mm}{dd}{d(3)}")
    if country == "CZ":
        month = dob.month + (0 if male else 50)
        if dob.year < 1954:
            return f"{yy}{month:02d}{dd}/{d(3)}"
        raw = _search(module, lambda: f"{yy}{month:02d}{dd}{d(3)}")
        return f"{raw[:6]}/{raw[6:]}"
    if country == "RO":
        s = ("5" if male else "6") if dob.year >= 2000 else ("1" if male else "2")
        return _search(module, lambda: f"{s}{yy}{mm}{dd}{rng.randint(1, 46):02d}{d(3)}")
    if country == "BG":
        month = dob.month + (40 if dob.year >= 2000 else 0)
        return _search(
            module, lambda: f"{yy}{month:02d}{dd}{d(2)}{rng.choice('02468' if male else '13579')}"
        )
    if country == "BR":
        from stdnum.br import cpf  # noqa: PLC0415

        raw = _search(module, lambda: d(9), width=2)
        return cpf.format(raw) if rng.random() < 0.7 else raw
    if country == "AR":
        return _search(module, lambda: f"{'20' if male else '27'}{d(8)}")
    if country == "CL":
        from stdnum.cl import rut  # noqa: PLC0415

        raw = _search(module, lambda: str(rng.randint(5_000_000, 26_999_999)), tail="0123456789K")
        return rut.format(raw)
    if country == "IN":
        raw = _search(module, lambda: str(rng.randint(2, 9)) + d(10))
        return f"{raw[:4]} {raw[4:8]} {raw[8:]}" if rng.random() < 0.7 else raw
    if country == "CN":
        area = rng.choice(["110101", "110105", "110108", "310104", "310105", "310110", "120101"])
        return _search(
            module,
            lambda: f"{area}{dob.year}{mm}{dd}{d(2)}{rng.choice('13579' if male else '02468')}",
            tail="0123456789X",
        )
    if country == "KR":
        g = ("3" if male else "4") if dob.year >= 2000 else ("1" if male else "2")
        raw = _search(
            module, lambda: f"{yy}{mm}{dd}{g}{rng.randint(0, 8):01d}{rng.randint(10, 95)}{d(2)}"
        )
        return f"{raw[:6]}-{raw[6:]}"
    if country == "JP":
        raw = _search(module, lambda: d(11))
        return f"{raw[:4]} {raw[4:8]} {raw[8:]}" if rng.random() < 0.5 else raw
    if country == "TR":
        return _search(module, lambda: str(rng.randint(1, 9)) + d(8), width=2)
    if country in ("IL", "CA"):
        first = str(rng.randint(1, 7)) if country == "CA" else str(rng.randint(0, 3))
        raw = _search(module, lambda: first + d(7))
        if country == "CA" and rng.random() < 0.6:
            return f"{raw[:3]} {raw[3:6]} {raw[6:]}"
        return raw
    if country == "ZA":
        return _search(
            module,
            lambda: (
                f"{yy}{mm}{dd}{rng.randint(5000, 9999) if male else rng.randint(0, 4999):04d}"
                f"0{rng.choice('89')}"
            ),
        )
    if country == "GR":
        return _search(module, lambda: f"{dd}{mm}{yy}{d(4)}")
    if country == "CH":
        from stdnum.ch import ssn  # noqa: PLC0415

        return ssn.format(_search(module, lambda: "756" + d(9)))
    if country == "HR":
        return _search(module, lambda: str(rng.randint(1, 9)) + d(9))
    if country == "RU":
        return _search(module, lambda: f"{rng.randint(1, 92):02d}" + d(8), width=2)
    if country == "US":
        area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
        raw = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        return f"{raw[:3]}-{raw[3:5]}-{raw[5:]}" if rng.random() < 0.8 else raw
    if country == "IE":
        return _search(module, lambda: d(7), tail="ABCDEFGHIJKLMNOPQRSTUVW")
    if country == "DE":
        return _search(module, lambda: str(rng.randint(1, 9)) + d(9))
    if country == "GB":
        from stdnum.gb import nhs  # noqa: PLC0415

        raw = _search(module, lambda: str(rng.randint(4, 6)) + d(8))
        return nhs.format(raw) if rng.random() < 0.7 else raw
    if country == "IS":  # DDMMYY, two digits, the check digit, the century
        from stdnum.is_ import kennitala  # noqa: PLC0415

        century = "9" if dob.year < 2000 else "0"
        for _ in range(200):
            body = f"{dd}{mm}{yy}{rng.randint(20, 99)}"
            for c in "0123456789":
                if kennitala.is_valid(body + c + century):
                    return f"{body[:6]}-{body[6:]}{c}{century}"
        raise AssertionError(country)
    if country == "DK":  # no check digit since 2007; the serial's first digit sets the century
        from stdnum.dk import cpr  # noqa: PLC0415

        for _ in range(200):
            raw = f"{dd}{mm}{yy}-{d(4)}"
            if cpr.is_valid(raw) and cpr.get_birth_date(raw) == dob:
                return raw
        raise AssertionError(country)
    if country == "SA":
        return _search(module, lambda: rng.choice("12") + d(8))
    if country == "MX":
        return curp(ctx, dob, male)
    if country == "NL":
        return _search(module, lambda: str(rng.randint(1, 9)) + d(7))
    raise KeyError(country)


# --- addresses, in each country's own order ---------------------------------------------

JP_LATIN = (
    ("Shibuya-ku", "Tokyo", "150"),
    ("Chiyoda-ku", "Tokyo", "100"),
    ("Kita-ku", "Osaka", "530"),
    ("Naka-ku", "Yokohama", "231"),
    ("Chuo-ku", "Sapporo", "060"),
    ("Sakyo-ku", "Kyoto", "606"),
    ("Hakata-ku", "Fukuoka", "812"),
    ("Naka-ku", "Nagoya", "460"),
)
KR_LATIN = (
    ("Teheran-ro", "Gangnam-gu", "Seoul", "06"),
    ("Sejong-daero", "Jung-gu", "Seoul", "04"),
    ("Haeundae-ro", "Haeundae-gu", "Busan", "48"),
    ("Dongseong-ro", "Jung-gu", "Daegu", "41"),
    ("Gyeongin-ro", "Guro-gu", "Seoul", "08"),
)
CN_LATIN = (
    ("Nanjing West Road", "Jing'an District", "Shanghai", "200040"),
    ("Jianguo Road", "Chaoyang District", "Beijing", "100022"),
    ("Shennan Avenue", "Futian District", "Shenzhen", "518000"),
    ("Tianfu Avenue", "Wuhou District", "Chengdu", "610041"),
)
ARAB = (
    ("King Fahd Rd", "Al Olaya Dist.", "Riyadh", "122", "Saudi Arabia"),
    ("Prince Sultan St", "Al Rawdah Dist.", "Jeddah", "234", "Saudi Arabia"),
    ("Sheikh Zayed Rd", "Al Wasl", "Dubai", "", "United Arab Emirates"),
    ("Tahrir St", "Dokki", "Giza", "125", "Egypt"),
    ("Rainbow St", "Jabal Amman", "Amman", "111", "Jordan"),
    ("Hamra St", "Ras Beirut", "Beirut", "", "Lebanon"),
)
ARAB_NATIVE = (
    ("طريق الملك فهد", "حي العليا", "الرياض"),
    ("شارع التحرير", "الدقي", "الجيزة"),
    ("شارع الرينبو", "جبل عمان", "عمّان"),
    ("شارع الحمرا", "رأس بيروت", "بيروت"),
)
IN_CITIES = (
    ("Bengaluru", "Karnataka", "560"),
    ("Mumbai", "Maharashtra", "400"),
    ("Chennai", "Tamil Nadu", "600"),
    ("Hyderabad", "Telangana", "500"),
    ("Pune", "Maharashtra", "411"),
    ("Kolkata", "West Bengal", "700"),
)


# Countries whose Faker address is not written in the country's own way: street, house,
# postcode and town as their post writes them.
LOCAL_ADDRESS = {
    "tr": (
        ("Atatürk Cad.", "Cumhuriyet Cad.", "İnönü Sok.", "Gül Sok.", "Barış Sok."),
        (("34710", "Kadıköy/İstanbul"), ("06690", "Çankaya/Ankara"), ("35250", "Konak/İzmir")),
        "{street} No:{n} D:{m}, {pc} {town}",
    ),
    "is": (
        ("Laugavegur", "Hverfisgata", "Skólavörðustígur", "Bústaðavegur", "Hringbraut"),
        (("101", "Reykjavík"), ("200", "Kópavogur"), ("600", "Akureyri"), ("220", "Hafnarfjörður")),
        "{street} {n}, {pc} {town}",
    ),
    "bg": (
        ("ул. „Граф Игнатиев“", "бул. „Витоша“", "ул. „Шипка“", "бул. „Христо Ботев“"),
        (("1000", "София"), ("4000", "Пловдив"), ("9000", "Варна"), ("8000", "Бургас")),
        "{street} № {n}, ет. {m}, {pc} {town}",
    ),
    "ee": (
        ("Pärnu mnt", "Narva mnt", "Tartu mnt", "Pikk", "Riia"),
        (("10141", "Tallinn"), ("51004", "Tartu"), ("80010", "Pärnu")),
        "{street} {n}-{m}, {pc} {town}",
    ),
    "lt": (
        ("Gedimino pr.", "Laisvės al.", "Savanorių pr.", "Pilies g."),
        (("LT-01103", "Vilnius"), ("LT-44240", "Kaunas"), ("LT-92231", "Klaipėda")),
        "{street} {n}-{m}, {pc} {town}",
    ),
    "lv": (
        ("Brīvības iela", "Elizabetes iela", "Lāčplēša iela", "Krišjāņa Barona iela"),
        (("LV-1010", "Rīga"), ("LV-3001", "Jelgava"), ("LV-5401", "Daugavpils")),
        "{street} {n}-{m}, {town}, {pc}",
    ),
    "ng": (
        ("Adeola Odeku Street", "Awolowo Road", "Ahmadu Bello Way", "Herbert Macaulay Way"),
        (
            ("Victoria Island", "Lagos"),
            ("Ikoyi", "Lagos"),
            ("Garki", "Abuja"),
            ("Bodija", "Ibadan"),
        ),
        "Plot {n}, {street}, {pc}, {town}",
    ),
}


def local_town(ctx: Ctx) -> str | None:
    table = LOCAL_ADDRESS.get(ctx.locale.split("_")[-1].lower())
    return ctx.rng.choice(table[1])[1].split("/")[0] if table else None


def address(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    multi = form.endswith("_l")
    kind = form.removesuffix("_l") or ctx.locale.split("_")[-1].lower()
    sep = "\n" if multi else ", "
    if kind == "jp":  # native: postcode, prefecture, city, block, building
        f = ctx.fake("ja_JP")
        return f"〒{f.postcode()} {f.address()}"
    if kind == "jpl":  # Latin: building, block, ward, city, postcode (reversed)
        ward, city, pc = rng.choice(JP_LATIN)
        block = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        room = f"Room {rng.randint(1, 12)}0{rng.randint(1, 9)}, " if rng.random() < 0.6 else ""
        return sep.join([f"{room}{block}", f"{ward}, {city}", f"{pc}-{rng.randint(0, 9999):04d}"])
    if kind == "kr":
        f = ctx.fake("ko_KR")
        return f"{f.address()} ({f.postcode()})"
    if kind == "krl":
        road, gu, city, pc = rng.choice(KR_LATIN)
        apt = f"{rng.randint(101, 115)}-{rng.randint(101, 2304)}, " if rng.random() < 0.5 else ""
        return sep.join(
            [f"{apt}{rng.randint(1, 600)}, {road}", f"{gu}, {city} {pc}{rng.randint(0, 999):03d}"]
        )
    if kind == "cn":
        f = ctx.fake("zh_CN")
        return str(f.address())
    if kind == "cnl":
        road, dist, city, pc = rng.choice(CN_LATIN)
        return sep.join(
            [
                f"Room {rng.randint(2, 30)}{rng.randint(1, 12):02d}, "
                f"No. {rng.randint(1, 999)} {road}",
                f"{dist}, {city} {pc}",
            ]
        )
    if kind == "ru":  # street, house, flat / town / region / index
        f = ctx.fake("ru_RU")
        lines = [
            f"ул. {f.street_title()}, д. {rng.randint(1, 180)}, кв. {rng.randint(1, 300)}",
            f"г. {f.city_name()}",
            str(f.postcode()),
        ]
        if rng.random() < 0.5:  # the old order: index first
            lines = [lines[2], lines[1], lines[0]]
        return sep.join(lines)
    if kind == "ua":
        f = ctx.fake("uk_UA")
        return str(f.address())
    if kind == "arab":
        road, dist, city, pc, country = rng.choice(ARAB)
        bno = rng.randint(1000, 9999)
        post = f" {pc}{rng.randint(10, 99)}" if pc else ""
        extra = f" - {rng.randint(1000, 9999)}" if country == "Saudi Arabia" else ""
        return sep.join([f"{bno} {road}", dist, f"{city}{post}{extra}", country])
    if kind == "arabn":
        road, dist, city = rng.choice(ARAB_NATIVE)
        return f"{road}، مبنى {rng.randint(1, 99)}، {dist}، {city}"
    if kind == "he":
        f = ctx.fake("he_IL")
        return str(f.address())
    if kind == "mx":
        f = ctx.fake("es_MX")
        interior = f", Int. {rng.randint(1, 40)}" if rng.random() < 0.4 else ""
        return sep.join(
            [
                f"{f.street_name()} {rng.randint(1, 999)}{interior}",
                f"Col. {f.city()}",
                f"{f.postcode()} {f.city()}, {f.state_abbr()}",
            ]
        )
    if kind == "br":
        f = ctx.fake("pt_BR")
        apto = f", apto {rng.randint(11, 1504)}" if rng.random() < 0.5 else ""
        return sep.join(
            [
                f"{f.street_name()}, {rng.randint(1, 3000)}{apto}",
                f"{f.bairro()}, {f.city()} - {f.estado_sigla()}",
                str(f.postcode()),
            ]
        )
    if kind == "ar":
        f = ctx.fake("es_AR")
        piso = (
            f", piso {rng.randint(1, 20)} depto {rng.choice('ABCDEF')}"
            if rng.random() < 0.6
            else ""
        )
        return sep.join([f"{f.street_name()} {rng.randint(100, 9000)}{piso}", f"{f.city()}"])
    if kind == "co":
        f = ctx.fake("es_CO")
        return sep.join(
            [
                f"Calle {rng.randint(1, 170)} # {rng.randint(1, 99)}-{rng.randint(1, 99)}",
                f"{f.city()}",
            ]
        )
    if kind == "uk":
        f = ctx.fake("en_GB")
        flat = f"Flat {rng.randint(1, 40)}{sep}" if rng.random() < 0.4 else ""
        street = f"{f.building_number()} {f.street_name()}"
        return f"{flat}{street}{sep}{f.city().upper()}{sep}{f.postcode()}"
    if kind == "de":
        f = ctx.fake("de_DE")
        co = f"c/o {f.last_name()}{sep}" if rng.random() < 0.15 else ""
        return f"{co}{f.street_name()} {f.building_number()}{sep}{f.postcode()} {f.city()}"
    if kind == "fr":
        f = ctx.fake("fr_FR")
        return f"{f.street_address()}{sep}{f.postcode()} {f.city().upper()}"
    if kind == "in":
        city, state, pc = rng.choice(IN_CITIES)
        f = ctx.fake("en_IN")
        return sep.join(
            [
                f"Flat No. {rng.randint(1, 40)}{rng.randint(1, 12):02d}, {f.last_name()} Residency",
                f"{rng.randint(1, 40)}th Cross, {f.street_name()}",
                f"{city} - {pc}{rng.randint(1, 99):03d}, {state}",
            ]
        )
    if kind == "us":
        f = ctx.fake("en_US")
        return f"{f.street_address()}{sep}{f.city()}, {f.state_abbr()} {f.zipcode()}"
    if kind in LOCAL_ADDRESS:
        streets, towns, pattern = LOCAL_ADDRESS[kind]
        pc, town = rng.choice(towns)
        text = pattern.format(
            street=rng.choice(streets),
            n=rng.randint(1, 140),
            m=rng.randint(1, 40),
            pc=pc,
            town=town,
        )
        return text.replace(", ", sep)
    f = ctx.fake()
    text = str(f.address())
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    return sep.join(lines)


# --- phones -----------------------------------------------------------------------------

SPOKEN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
PHONE_LOCALES = {
    "jp": "ja_JP",
    "kr": "ko_KR",
    "cn": "zh_CN",
    "ru": "ru_RU",
    "de": "de_DE",
    "uk": "en_GB",
    "in": "en_IN",
    "br": "pt_BR",
    "mx": "es_MX",
    "fr": "fr_FR",
    "us": "en_US",
    "il": "he_IL",
    "sa": "ar_SA",
    "tr": "tr_TR",
    "pl": "pl_PL",
    "it": "it_IT",
    "es": "es_ES",
    "nl": "nl_NL",
}


def _valid_phone(raw: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region


def region_phone(ctx: Ctx, region: str) -> str:
    """A valid mobile or fixed number of `region` where Faker writes none of its own:
    the example number's shape with its last digits drawn, as the country writes it."""
    rng = ctx.rng
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        return ""
    national = str(example.national_number)
    for _ in range(50):
        keep = max(2, len(national) - 6)
        digits = national[:keep] + _digits(rng, len(national) - keep)
        num = phonenumbers.parse(f"+{example.country_code}{digits}", None)
        if phonenumbers.is_valid_number(num):
            fmt = phonenumbers.PhoneNumberFormat
            return phonenumbers.format_number(num, rng.choice([fmt.NATIONAL, fmt.INTERNATIONAL]))
    return ""


def phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    region_key = form.split("_", maxsplit=1)[0] if form else ""
    locale = PHONE_LOCALES.get(region_key, ctx.locale)
    region = locale.split("_")[-1].upper()
    try:
        raw = str(ctx.fake(locale).phone_number())
    except AttributeError:
        raw = ""
    if region not in ("US", "CA") and not _valid_phone(raw, region):
        raw = region_phone(ctx, region) or raw or str(ctx.fake("en_GB").phone_number())
    style = form.split("_")[1] if "_" in form else rng.choice(["raw", "intl", "e164", "raw"])
    if style in ("intl", "e164", "spoken"):
        try:
            num = phonenumbers.parse(raw, region)
            fmt = phonenumbers.PhoneNumberFormat
            if phonenumbers.is_valid_number(num):  # else the number as the locale wrote it
                raw = phonenumbers.format_number(
                    num, fmt.E164 if style != "intl" else fmt.INTERNATIONAL
                )
        except phonenumbers.NumberParseException:
            pass
    if style == "spoken":
        digits = [c for c in raw if c.isdigit()]
        return " ".join(SPOKEN[int(c)] for c in digits)
    return raw


# --- other values -----------------------------------------------------------------------


def passport(ctx: Ctx) -> str:
    """A nine-character document number (the MRZ field is nine wide)."""
    rng = ctx.rng
    shape = rng.choice(["??#######", "?########", "#########", "??#####??", "?#######?"])
    return ctx.fake("en_US").bothify(shape, letters="ABCDEFGHJKLMNPRSTUVWXYZ").upper()


SHAPES = {
    "ymrn": ["MRN ########", "########", "H#######", "##-###-###", "E########", "P######-#"],
    "yplan": ["???#########", "W#########", "XJ#########", "#########-01", "MB########"],
    "yclaim": ["CLM-########", "##########", "C-####-######", "#######-##"],
    "ycase": ["FR-####-#####", "KYC-######", "CASE#######", "INC########", "SAR-#######"],
    "yrx": ["Rx ########", "RX#######", "#######-####", "Rp.#######"],
    "yacct": ["##########", "###-######-#", "ACC########", "####-####-####", "##########-##"],
    "ylic": ["???######", "#########", "?###-####-####", "DL ########", "##-##-######"],
    "ybio": ["FPT-##########", "VP-####-####-####", "IRIS-########", "BIO#########"],
    "yref": ["APP-##########", "VFS#########", "BKG-??####", "TKT#########", "R-########"],
    "ydev": ["SN ??########", "##??#####?##", "PUMP-######", "CGM ########", "HA-####-####"],
}


# A clinician's registration number as the document's country writes it.
REGISTRATION = {
    "GB": ["GMC #######", "NMC ##?####?"],
    "IE": ["IMC ######"],
    "DE": ["LANR #########"],
    "AT": ["ÄK-Nr. ######"],
    "FR": ["RPPS ###########"],
    "BE": ["#-#####-##-###"],
    "BR": ["CRM/SP ######", "CRM-RJ ######"],
    "PT": ["#####"],
    "IN": ["NMC ##-#####", "MCI-#####"],
    "AU": ["MED000#######"],
    "NZ": ["MCNZ #####"],
    "NO": ["#######"],
    "CH": ["7601########"],
    "PL": ["#######"],
    "HU": ["#####"],
}


def registration(ctx: Ctx) -> str:
    country = ctx.locale.split("_")[-1]
    if country == "US":  # an NPI: ten digits, Luhn over the 80840 prefix
        body = ctx.rng.choice("12") + _digits(ctx.rng, 8)
        return body + luhn.calc_check_digit("80840" + body)
    shapes = REGISTRATION.get(country, ["REG-#######", "Lic. ######"])
    return ctx.fake("en_US").bothify(ctx.rng.choice(shapes)).upper()


TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A = 10, B = 11, ... (I, O and W out of order)


def tw_id_check(body: str) -> str:
    """The check digit of a Taiwanese national ID: the letter's two-digit code and the
    eight digits, weighted 1, 9, 8, ..., 1."""
    code = TW_LETTERS.index(body[0]) + 10
    digits = [code // 10, code % 10] + [int(c) for c in body[1:]]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1)
    return str((10 - sum(w * d for w, d in zip(weights, digits, strict=True)) % 10) % 10)


# Identity, residence and voter card numbers by the form naming their country.
PERMIT_SHAPES = {
    "vn": ["0########"],  # CCCD: 12 digits, province and sex-century first
    "ge": ["###########"],  # Georgian personal number
    "ng": ["###########"],  # NIN
    "jp": ["??########??"],  # 在留カード
    "mx": ["??????########?###"],  # clave de elector
    "it": ["CA#####??"],  # carta d'identità elettronica
    "fr": ["##########"],  # numéro étranger
    "ae": ["###-####-#######-#"],
    "br": ["##.###.###-#"],  # RG
}


def permit(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    if form == "id":  # NIK: province, regency, district, birth date (+40 women), serial
        dob = dob_of(ctx)
        day = dob.day + (40 if sex_of(ctx) == "F" else 0)
        area = rng.choice(["317404", "327301", "357801", "517102", "737101"])
        return f"{area}{day:02d}{dob:%m%y}{rng.randint(1, 9999):04d}"
    if form == "vn":
        return "0" + rng.choice(["01", "79", "48", "31"]) + _digits(rng, 9)
    if form == "kr":  # foreigner registration number: birth date, 5-8, six digits
        dob = dob_of(ctx)
        return f"{dob:%y%m%d}-{rng.choice('5678')}{_digits(rng, 6)}"
    if form == "tw":  # a letter, the sex digit, seven digits, the check digit
        letter = rng.choice(TW_LETTERS[:20])
        body = f"{letter}{1 if sex_of(ctx) == 'M' else 2}{_digits(rng, 7)}"
        return body + tw_id_check(body)
    if form in PERMIT_SHAPES:
        return f.bothify(rng.choice(PERMIT_SHAPES[form])).upper()
    # nine characters: the MRZ's document number field
    return f.bothify(rng.choice(["??#######", "RP#######", "#########", "?########"])).upper()


def licence(ctx: Ctx, form: str) -> str:
    """A driving licence number; "uk" builds the DVLA shape from the holder's own name and
    birth date (surname, decade, month (+50 for women), day, year, initials, digits)."""
    rng = ctx.rng
    if form == "uk":
        person = next((e for e in ctx.entities.values() if isinstance(e, YPerson)), None)
        dob = dob_of(ctx)
        sur = re.sub(r"[^A-Z]", "", unidecode(person.lat_last).upper()) if person else "SMITH"
        sur = (sur + "99999")[:5]
        month = dob.month + (50 if person is not None and person.sex == "F" else 0)
        inits = (unidecode(person.lat_first)[0].upper() + "9") if person else "J9"
        return (
            f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{inits}"
            f"{rng.choice('0123456789')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
        )
    return ctx.fake("en_US").bothify(rng.choice(SHAPES["ylic"])).upper()


def vehicle(ctx: Ctx, form: str) -> str:
    if form == "vin":
        return str(ctx.fake("en_US").vin())
    loc = {
        "de": "de_DE",
        "uk": "en_GB",
        "jp": "ja_JP",
        "br": "pt_BR",
        "ru": "ru_RU",
        "in": "en_IN",
        "us": "en_US",
        "fr": "fr_FR",
    }.get(form, ctx.locale)
    try:
        return str(ctx.fake(loc).license_plate())
    except AttributeError:
        return str(ctx.fake("en_US").license_plate())


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "imei":
        body = rng.choice(["35", "86", "01"]) + _digits(rng, 12)
        return body + luhn.calc_check_digit(body)
    if form == "udi":
        body = "0" + _digits(rng, 12)
        return f"(01){body}{ean.calc_check_digit(body)}(21){_digits(rng, 8)}"
    return ctx.fake("en_US").bothify(rng.choice(SHAPES["ydev"])).upper()


def mac(ctx: Ctx) -> str:
    raw = str(ctx.fake("en_US").mac_address())
    return rng_style(ctx, raw)


def rng_style(ctx: Ctx, raw: str) -> str:
    style = ctx.rng.randrange(3)
    if style == 1:
        return raw.upper().replace(":", "-")
    if style == 2:
        h = raw.replace(":", "")
        return ".".join(h[i : i + 4] for i in range(0, 12, 4))
    return raw


def card(ctx: Ctx, form: str) -> str:
    kind = form or ctx.rng.choice(["visa16", "mastercard", "amex", "jcb", "discover"])
    raw = str(ctx.fake("en_US").credit_card_number(card_type=kind))
    if ctx.rng.random() < 0.6 and len(raw) == 16:
        return " ".join(raw[i : i + 4] for i in range(0, 16, 4))
    return raw


def iban(ctx: Ctx, form: str) -> str:
    loc = {
        "de": "de_DE",
        "fr": "fr_FR",
        "es": "es_ES",
        "it": "it_IT",
        "nl": "nl_NL",
        "pl": "pl_PL",
        "gb": "en_GB",
        "tr": "tr_TR",
        "sa": "ar_SA",
        "br": "pt_BR",
    }.get(form, ctx.locale)
    try:
        raw = str(ctx.fake(loc).iban())
    except AttributeError:
        raw = ""
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake("de_DE").iban())
    return iban_check.format(raw) if ctx.rng.random() < 0.6 else raw


def email(ctx: Ctx) -> str:
    person = next((e for e in ctx.entities.values() if isinstance(e, YPerson)), None)
    f = ctx.fake("en_US")
    if person is None or ctx.rng.random() < 0.25:
        return str(f.email())
    user = re.sub(
        r"[^a-z0-9._]",
        "",
        unidecode(
            ctx.rng.choice(
                [
                    f"{person.lat_first}.{person.lat_last}",
                    f"{person.lat_first[0]}{person.lat_last}",
                    f"{person.lat_last}_{ctx.rng.randint(1, 99)}",
                ]
            )
        ).lower(),
    )
    domain = ctx.rng.choice(
        [
            "gmail.com",
            "yahoo.co.jp",
            "naver.com",
            "mail.ru",
            "web.de",
            "outlook.com",
            "qq.com",
            "hotmail.fr",
            "uol.com.br",
            str(f.domain_name()),
        ]
    )
    return f"{user}@{domain}"


def url(ctx: Ctx, slot: str) -> str:
    f = ctx.fake("en_US")
    rng = ctx.rng
    if slot == "yphoto":
        return rng.choice(
            [
                f"https://{f.domain_name()}/photos/{f.uuid4()[:12]}.jpg",
                f"https://cdn.{f.domain_name()}/id/{rng.randint(10**7, 10**8)}/face.png",
                f"s3://{f.word()}-kyc/selfies/{f.uuid4()}.jpeg",
            ]
        )
    return rng.choice(
        [
            f"https://{f.domain_name()}/u/{f.user_name()}",
            f"https://portal.{f.domain_name()}/patient/{rng.randint(10000, 999999)}",
            f"www.{f.domain_name()}/~{f.user_name()}",
            f"https://wa.me/{rng.randint(10**10, 10**11)}",
        ]
    )


# --- MRZ pieces (label-only: no span) ---------------------------------------------------


def _get(ctx: Ctx, key: str, form: str) -> str:
    e = ctx.entities.get(key)
    if isinstance(e, Person):
        return e.form(form)
    if isinstance(e, Value):
        return e.text
    return ""


def mrz_piece(ctx: Ctx, slot: str) -> str:
    num = _get(ctx, "ypass1", "") or _get(ctx, "yperm1", "")
    dob = _get(ctx, "ydob1", "mrz")
    exp = _get(ctx, "yexp1", "mrz")
    opt = _get(ctx, "yopt1", "").replace(" ", "").replace("-", "").replace(".", "").replace("/", "")
    opt14 = (opt + "<" * 14)[:14]
    if slot == "ymzn":
        return icao_check_digit(num)
    if slot == "ymzb":
        return icao_check_digit(dob)
    if slot == "ymze":
        return icao_check_digit(exp)
    if slot == "ymzo":  # TD3 personal number: fillers to 14, then its check digit
        return FILL * (14 - len(opt[:14])) + (icao_check_digit(opt14) if opt else FILL)
    if slot == "ymzc":  # TD3 composite
        cd_opt = icao_check_digit(opt14) if opt else "<"
        line = num + icao_check_digit(num) + dob + icao_check_digit(dob)
        line += exp + icao_check_digit(exp) + opt14 + cd_opt
        return icao_check_digit(line)
    if slot == "ymzp":  # TD3 name field fillers to 39
        return FILL * (39 - len(_get(ctx, "yper1", "mrz")))
    if slot == "ymzq":  # TD1 name line fillers to 30
        return FILL * (30 - len(_get(ctx, "yper1", "mrzid")))
    if slot == "ymzi":  # TD1 line 1 optional data (15) after the document number
        return FILL * (15 - len(opt[:15]))
    if slot == "ymzk":  # TD1 composite: line 1 from 6, line 2 dob..exp+cd, optional 2
        opt15 = (opt + "<" * 15)[:15]
        line = num + icao_check_digit(num) + opt15 + dob + icao_check_digit(dob)
        line += exp + icao_check_digit(exp) + "<" * 11
        return icao_check_digit(line)
    if slot == "ymzs":
        return sex_of(ctx)
    raise KeyError(slot)


MRZ_PIECES = ("ymzn", "ymzb", "ymze", "ymzo", "ymzc", "ymzp", "ymzq", "ymzi", "ymzk", "ymzs")

# Slot -> kind, handed to generator.SLOT_KINDS.
Y_KINDS = {
    "yper": "PERSON",
    "ytown": "LOCATION",
    "yaddr": "ADDRESS",
    "ypost": "ADDRESS",
    "ytel": "PHONE",
    "yfax": "PHONE",
    "ymail": "EMAIL",
    "ynat": "NATIONAL_ID",
    "yopt": "NATIONAL_ID",
    "ypass": "NATIONAL_ID",
    "yperm": "NATIONAL_ID",
    "ymrn": "RECORD_NUMBER",
    "yplan": "RECORD_NUMBER",
    "yclaim": "RECORD_NUMBER",
    "ycase": "RECORD_NUMBER",
    "yrx": "RECORD_NUMBER",
    "ybio": "RECORD_NUMBER",
    "yref": "RECORD_NUMBER",
    "yacct": "ACCOUNT",
    "ycard": "CARD",
    "yiban": "IBAN",
    "yip": "IP",
    "yurl": "URL",
    "yphoto": "URL",
    "ydob": "DATE",
    "ydate": "DATE",
    "yexp": "DATE",
    "yage": "AGE",
    "ylic": "LICENCE",
    "yreg": "LICENCE",
    "yveh": "VEHICLE",
    "ydev": "DEVICE_ID",
    "ymac": "MAC",
} | dict.fromkeys(MRZ_PIECES, "NATIONAL_ID")  # label-only: never a span

# HIPAA Safe Harbor's 18 classes (45 CFR 164.514(b)(2)(i)) and the Y slots that carry them.
SAFE_HARBOR = {
    "A names": ("yper",),
    "B geographic subdivisions smaller than a state": ("ytown", "yaddr", "ypost"),
    "C dates (except year) and ages over 89": ("ydob", "ydate", "yexp", "yage"),
    "D telephone numbers": ("ytel",),
    "E fax numbers": ("yfax",),
    "F email addresses": ("ymail",),
    "G social security numbers": ("ynat",),
    "H medical record numbers": ("ymrn",),
    "I health plan beneficiary numbers": ("yplan",),
    "J account numbers": ("yacct", "ycard", "yiban"),
    "K certificate/license numbers": ("ylic", "yreg"),
    "L vehicle identifiers and serial numbers, including license plates": ("yveh",),
    "M device identifiers and serial numbers": ("ydev", "ymac"),
    "N web URLs": ("yurl",),
    "O IP addresses": ("yip",),
    "P biometric identifiers, including finger and voice prints": ("ybio",),
    "Q full-face photographs and any comparable images": ("yphoto",),
    "R any other unique identifying number, characteristic, or code": (
        "yref",
        "ycase",
        "yclaim",
        "yrx",
        "ypass",
        "yperm",
        "yopt",
    ),
}


LOOK_ALIKE = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b", "O": "0", "I": "1"}


def ocr(text: str) -> str:
    """A value as OCR of a poor scan or fax reads it: every third look-alike swapped."""
    out, n = [], 0
    for ch in text:
        swap = ch
        if ch in LOOK_ALIKE:
            n += 1
            if n % 3 == 2:
                swap = LOOK_ALIKE[ch]
        out.append(swap)
    return "".join(out)


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    """A value for slot `slot`; a form ending "_ocr" ("{ynat1.fr_ocr}") reads it through OCR."""
    if slot != "yper" and (form == "ocr" or form.endswith("_ocr")):
        value = draw(ctx, slot, form.removesuffix("ocr").removesuffix("_"))
        assert isinstance(value, Value)
        return Value(ocr(value.text), value.label)
    return draw(ctx, slot, form)


def draw(ctx: Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    if slot in MRZ_PIECES:
        return Value("", mrz_piece(ctx, slot))
    if slot == "yper":
        locale = ctx.locale
        hint = form[0].upper() if form[:2] in ("m_", "f_") else ""
        # A second person from elsewhere; kin named by their sex (a father, a mother)
        # are of the document's own country.
        known = any(isinstance(e, YPerson) for e in ctx.entities.values())
        if known and not hint and rng.random() < 0.35:
            locale = rng.choice(LOCALE_POOL)
        person = new_person(ctx, locale, hint)
        if locale != ctx.locale and ctx.locale.split("_")[0] not in NON_LATIN:
            # a name from another script, in a Latin-script paper: written in Latin letters
            person.first, person.last, person.middle = (
                person.lat_first,
                person.lat_last,
                person.lat_middle,
            )
            person.patro = person.lat_patro
        return person
    if slot in ("ydob", "ydate", "yexp"):
        return new_date(ctx, slot)
    if slot == "ytown":
        town = local_town(ctx)
        if town:
            return Value(town)
        try:
            return Value(str(ctx.fake().city()))
        except AttributeError:
            return Value(str(ctx.fake("en_GB").city()))
    if slot == "yaddr":
        return Value(address(ctx, form))
    if slot == "ypost":
        try:
            return Value(str(ctx.fake().postcode()))
        except AttributeError:
            return Value(str(ctx.fake("en_GB").postcode()))
    if slot in ("ytel", "yfax"):
        return Value(phone(ctx, form))
    if slot == "ymail":
        return Value(email(ctx))
    if slot in ("ynat", "yopt"):
        country = form.upper() if form.upper() in NATIONAL else rng.choice(sorted(NATIONAL))
        number = national_number(ctx, country)
        if slot == "yopt":  # an MRZ's optional data: letters and digits only
            number = re.sub(r"[^0-9A-Z]", "", number.upper())
        return Value(number, rng.choice(NATIONAL[country][1]))
    if slot == "ypass":
        return Value(passport(ctx))
    if slot == "yperm":
        return Value(permit(ctx, form))
    if slot in SHAPES and slot not in ("ylic", "ydev"):
        return Value(ctx.fake("en_US").bothify(rng.choice(SHAPES[slot])).upper())
    if slot == "ylic":
        return Value(licence(ctx, form))
    if slot == "yreg":
        return Value(registration(ctx))
    if slot == "ycard":
        return Value(card(ctx, form))
    if slot == "yiban":
        return Value(iban(ctx, form))
    if slot == "yip":
        f = ctx.fake("en_US")
        return Value(str(f.ipv6() if form == "six" else f.ipv4_public()))
    if slot in ("yurl", "yphoto"):
        return Value(url(ctx, slot))
    if slot == "yage":
        return Value(str(rng.randint(90, 106)))
    if slot == "yveh":
        return Value(vehicle(ctx, form))
    if slot == "ydev":
        return Value(device(ctx, form))
    if slot == "ymac":
        return Value(mac(ctx))
    raise KeyError(slot)


WORKED_EXAMPLES = {
    # ICAO Doc 9303 Part 3/4, the specimen passport of "Anna Maria Eriksson" (Utopia).
    "icao_9303": (("L898902C3", "6"), ("740812", "2"), ("120415", "9")),
    # Verhoeff (Aadhaar), the worked example "236" -> check digit 3.
    "verhoeff": (("236", "3"),),
    # Luhn, the worked example "7992739871" -> check digit 3.
    "luhn": (("7992739871", "3"),),
    # Taiwan's national ID, the example every description of it gives: A123456789.
    "tw_id": (("A12345678", "9"),),
    # ISO 13616 / ISO 7064 mod 97-10, the IBAN example of the standard's annex.
    "iban": (("GB82WEST12345698765432", ""),),
}


def verhoeff_check(body: str) -> str:
    return verhoeff.calc_check_digit(body)
