"""Identifier forms added with held-out F: values as one country's own documents write them.

Written from how real records look in each place (not from what any redactor does):
names in their own script beside the romanised spelling a foreign record uses, family
name first where the language puts it, patronymics, two surnames; dates in the language's
own words, digits and calendar (Japanese eras, the Minguo, Solar Hijri, tabular Hijri
and Buddhist-era years); phones that are valid numbers of their country in its own
grouping; addresses in the local order; ages over 89 with the language's own unit; tax
and identity numbers of countries the older splits never drew, each with its check digit.

`generator.new_entity_f` calls `new_entity` here for the slots in SLOTS; this module
builds on generator.py (which imports it only inside that hook, so there is no cycle).
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker import Faker
from faker.decode import unidecode
from stdnum import luhn, meid, verhoeff
from stdnum.be import bis
from stdnum.fi import veronumero
from stdnum.fr import nif as fr_nif
from stdnum.gb import utr
from stdnum.in_ import vid
from stdnum.mx import rfc
from stdnum.pl import nip
from stdnum.pt import cc as pt_cc
from stdnum.za import tin as za_tin

from resources.synthetic.redaction_eval.generator import Ctx, Person, Value
from resources.synthetic.redaction_eval.national_ids import NATIONAL_IDS, draw_national_id

# The slots this module draws (their kinds are in generator.SLOT_KINDS).
SLOTS = ("who", "when", "born", "tel", "home", "old", "idno", "natno", "mail", "link", "photo")
SLOTS += ("lic", "drv", "car", "dev", "rx", "case", "crime", "bio", "ins", "scan")


def language(locale: str) -> str:
    return locale.split("_", 1)[0]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# --- People -----------------------------------------------------------------------------


@dataclass
class LocalPerson(Person):
    """A person drawn in the document's own script, with the spelling a Latin-script record
    uses (`latin`: first, last, middle) and, for Japanese, the kana reading. `order` is how
    the language writes the whole name: "western" (given first), "family" (family name
    first: Hungarian, Vietnamese) or "cjk" (family name first, no space)."""

    latin: tuple[str, str, str] = ("", "", "")
    reading: tuple[str, str] = ("", "")
    order: str = "western"

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        lf, ll, lm = (
            w or unidecode(n).strip()
            for w, n in zip(self.latin, (first, last, middle), strict=True)
        )
        whole = {
            "cjk": f"{last}{first}",
            "family": " ".join(w for w in (last, middle, first) if w),
        }.get(self.order, " ".join(w for w in (first, middle, last) if w))
        local = {
            "full": whole,
            "caps_full": whole.upper(),
            "cjk": f"{last}{first}",  # Chinese, Japanese, Korean: family name first, no space
            "family_first": " ".join(w for w in (last, middle, first) if w),
            "fio": " ".join(w for w in (last, first, middle) if w),  # Russian order
            "fio_init": f"{last} {first[0]}." + (f"{middle[0]}." if middle else ""),
            "patronym": f"{first} {middle}".strip(),
            "latin": " ".join(w for w in (lf, lm, ll) if w),
            "latin_first": lf,
            "latin_last": ll,
            "latin_passport": f"{ll.upper()} {lf}",
            "latin_caps_last": ll.upper(),
            "latin_caps": " ".join(w for w in (lf, lm, ll) if w).upper(),
            "latin_caps_last_first": f"{ll}, {lf}".upper(),
            "latin_letters": "".join(w[:1] for w in (lf, lm, ll) if w).upper(),
            "latin_initial_last": f"{lf[:1]}. {ll}",
            "latin_initials": " ".join(f"{w[:1]}." for w in (lf, lm) if w) + f" {ll}",
            "latin_handle": re.sub(r"[^a-z0-9.]", "", f"{lf}.{ll}".lower()),
            "reading": " ".join(w for w in (self.reading[1], self.reading[0]) if w),
            "nick": NICKNAMES.get(first, first),  # what friends and chats call them
        }
        if form in local:
            return local[form]
        return super().form(form)


# The short forms people use in chats and notes for common given names.
NICKNAMES = {
    "Александр": "Саша", "Александра": "Саша", "Дмитрий": "Дима", "Екатерина": "Катя",
    "Михаил": "Миша", "Елена": "Лена", "Наталья": "Наташа", "Сергей": "Серёжа",
    "Анастасия": "Настя", "Владимир": "Володя", "Татьяна": "Таня", "Мария": "Маша",
    "Алексей": "Лёша", "Ольга": "Оля", "Юлия": "Юля", "Иван": "Ваня", "Николай": "Коля",
    "William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Margaret": "Maggie",
    "Richard": "Rick", "James": "Jim", "Jennifer": "Jen", "Katherine": "Kate",
    "Christopher": "Chris", "Michael": "Mike", "Thomas": "Tom", "Joseph": "Joe",
    "Patricia": "Trish", "Anthony": "Tony", "Daniel": "Dan", "Matthew": "Matt",
    "Francesco": "Checco", "Giuseppe": "Peppe", "Francisco": "Paco", "José": "Pepe",
    "Johannes": "Hannes", "Wolfgang": "Wolfi", "Aleksander": "Olek", "Małgorzata": "Gosia",
    "Katarzyna": "Kasia", "Krzysztof": "Krzyś",
}  # fmt: skip


def ocr_misread(rng: random.Random, value: str) -> str:
    """`value` as a scanner's OCR read it: a zero read as the letter O, a one as l (the
    characters stay in place, so the whole string is still that number)."""
    places = [i for i, c in enumerate(value) if c in "01"]
    chars = list(value)
    for i in rng.sample(places, min(len(places), rng.randint(1, 2))):
        chars[i] = "O" if chars[i] == "0" else "l"
    return "".join(chars)


def _roman(word: str) -> str:
    """A name in Latin letters, as a foreign record spells it (unidecode, cleaned)."""
    text = re.sub(r"[^A-Za-z' -]", "", unidecode(word)).strip(" '-")
    return " ".join(w[:1].upper() + w[1:] for w in text.split()) or "X"


def _syllables(word: str, joiner: str) -> str:
    """Chinese or Korean given names: one romanised syllable per character, joined."""
    parts = [unidecode(c).strip().lower() for c in word]
    parts = [p for p in parts if p]
    if not parts:
        return "X"
    text = joiner.join(parts)
    return text[:1].upper() + text[1:]


# Names in scripts whose letters leave out vowels (Arabic, Hebrew, Persian) or that
# unidecode spells badly (Devanagari, Bengali, Tamil, Thai): each name beside the Latin
# spellings records in that country use for it, one of which a person keeps.
Pairs = tuple[tuple[str, tuple[str, ...]], ...]


def _pairs(text: str) -> Pairs:
    """ "native=Latin/Variant; ..." -> ((native, (Latin, Variant)), ...)."""
    rows = [row.strip().split("=") for row in text.split(";") if row.strip()]
    return tuple((native.strip(), tuple(latin.strip().split("/"))) for native, latin in rows)


NAME_PAIRS: dict[str, tuple[Pairs, Pairs]] = {
    "ar": (
        _pairs(
            "محمد=Mohammed/Mohamed/Muhammad; أحمد=Ahmed/Ahmad; علي=Ali; عمر=Omar/Umar;"
            "يوسف=Youssef/Yousef/Yusuf; خالد=Khaled/Khalid; إبراهيم=Ibrahim; حسن=Hassan/Hasan;"
            "مصطفى=Mustafa/Moustafa; عبدالله=Abdullah/Abdallah; سعيد=Saeed/Said;"
            "فاطمة=Fatima/Fatma; عائشة=Aisha/Aicha; مريم=Maryam/Meriem; نور=Nour/Noor;"
            "ليلى=Layla/Leila; سارة=Sara/Sarah;"
            "هدى=Huda/Houda; زينب=Zainab/Zineb; رانيا=Rania"
        ),
        _pairs(
            "الحربي=Al-Harbi/Alharbi; العتيبي=Al-Otaibi/Alotaibi; القحطاني=Al-Qahtani/Alqahtani;"
            "الشمري=Al-Shammari; الزهراني=Al-Zahrani; الغامدي=Al-Ghamdi/Alghamdi;"
            "المطيري=Al-Mutairi;"
            "الدوسري=Al-Dosari/Aldossary; حداد=Haddad; منصور=Mansour; خليل=Khalil;"
            "سليمان=Suleiman/Slimane; بن علي=Ben Ali; بوزيد=Bouzid; شاهين=Shaheen/Chahine;"
            "ناصر=Nasser/Nasr; بلقاسم=Belkacem; عبد الرحمن=Abdelrahman/Abderrahmane"
        ),
    ),
    "he": (
        _pairs(
            "יעקב=Yaakov/Jacob; משה=Moshe; דוד=David; יוסף=Yosef/Yossi; אברהם=Avraham; נועה=Noa;"
            "שרה=Sarah/Sara; רחל=Rachel/Rahel; מיכל=Michal; תמר=Tamar; אורי=Uri;"
            "יונתן=Yonatan/Jonathan; איתי=Itai/Itay; שירה=Shira; אביגיל=Avigail/Abigail"
        ),
        _pairs(
            "כהן=Cohen/Kohen; לוי=Levi/Levy; מזרחי=Mizrahi/Mizrachi; פרץ=Peretz/Perez;"
            "ביטון=Biton/Bitton; דהן=Dahan; פרידמן=Friedman; אזולאי=Azoulay/Azulai;"
            "גבאי=Gabay/Gabai; שפירא=Shapira/Shapiro; אוחיון=Ohayon; אברהם=Avraham"
        ),
    ),
    "fa": (
        _pairs(
            "محمد=Mohammad; علی=Ali; حسین=Hossein/Hosein; رضا=Reza; مهدی=Mehdi/Mahdi; امیر=Amir;"
            "سارا=Sara; مریم=Maryam; فاطمه=Fatemeh; زهرا=Zahra; نرگس=Narges; لیلا=Leila/Leyla;"
            "شیرین=Shirin"
        ),
        _pairs(
            "محمدی=Mohammadi; حسینی=Hosseini/Hoseini; رضایی=Rezaei/Rezaee; احمدی=Ahmadi;"
            "کریمی=Karimi; موسوی=Mousavi/Musavi; جعفری=Jafari/Jafary; رحیمی=Rahimi; کاظمی=Kazemi;"
            "صادقی=Sadeghi/Sadeqi; تهرانی=Tehrani; نوری=Nouri/Noori"
        ),
    ),
    "hi": (
        _pairs(
            "राहुल=Rahul; प्रिया=Priya; अमित=Amit; सुनीता=Sunita/Suneeta; राजेश=Rajesh;"
            "अनीता=Anita/Aneeta; विकास=Vikas; पूजा=Pooja/Puja; संजय=Sanjay; नेहा=Neha;"
            "दीपक=Deepak/Dipak; कविता=Kavita/Kavitha"
        ),
        _pairs(
            "शर्मा=Sharma; वर्मा=Verma; गुप्ता=Gupta; सिंह=Singh; कुमार=Kumar; मिश्रा=Mishra;"
            "यादव=Yadav; पटेल=Patel; जोशी=Joshi; श्रेष्ठ=Shrestha; थापा=Thapa; अधिकारी=Adhikari"
        ),
    ),
    "bn": (
        _pairs(
            "রহিম=Rahim; করিম=Karim; ফাতেমা=Fatema/Fatima; নুসরাত=Nusrat; আরিফ=Arif;"
            "তানভীর=Tanvir/Tanveer; সাবিনা=Sabina; শাহানা=Shahana"
        ),
        _pairs(
            "হোসেন=Hossain/Hussain; রহমান=Rahman; আহমেদ=Ahmed; ইসলাম=Islam;"
            "চৌধুরী=Chowdhury/Choudhury; খান=Khan; বিশ্বাস=Biswas"
        ),
    ),
    "ta": (
        _pairs(
            "முருகன்=Murugan; செல்வி=Selvi; கார்த்திக்=Karthik; பிரியா=Priya; அருண்=Arun;"
            "லட்சுமி=Lakshmi/Letchumi"
        ),
        _pairs(
            "ராஜா=Raja; சுப்பிரமணியம்=Subramaniam/Subramanian; கிருஷ்ணன்=Krishnan; வேலு=Velu;"
            "சந்திரன்=Chandran"
        ),
    ),
    "th": (
        _pairs(
            "สมชาย=Somchai; สมศรี=Somsri; วิชัย=Wichai/Vichai; สุดา=Suda; ประเสริฐ=Prasert;"
            "มาลี=Malee/Mali; อนันต์=Anan/Anant; กัญญา=Kanya; ธนพล=Thanaphon/Tanapol;"
            "ศิริพร=Siriporn/Siriphon"
        ),
        _pairs(
            "ศรีสุข=Srisuk; แก้วมณี=Kaewmanee/Kaewmani; สุขสวัสดิ์=Suksawat/Suksawad;"
            "วงศ์สวัสดิ์=Wongsawat; บุญมา=Boonma/Bunma; ทองดี=Thongdee/Tongdee;"
            "รัตนพันธ์=Rattanaphan"
        ),
    ),
}
NAME_PAIRS["ne"] = NAME_PAIRS["hi"]
# Faker's vi_VN draws English given names; Vietnamese ones, family name first when written.
VI_GIVEN = (
    "An", "Bình", "Châu", "Dũng", "Hà", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh",
    "Long", "Mai", "Minh", "Nam", "Ngọc", "Phúc", "Quân", "Thảo", "Trang", "Tuấn", "Vy",
)  # fmt: skip
# Brazilian and Portuguese second surnames that keep their particle.
PT_SECOND = ("da Silva", "dos Santos", "de Souza", "da Costa", "de Oliveira", "dos Reis",
             "da Conceição", "de Jesus")  # fmt: skip


def _from_pairs(rng: random.Random, lang: str) -> LocalPerson:
    firsts, lasts = NAME_PAIRS[lang]
    first, first_latin = rng.choice(firsts)
    last, last_latin = rng.choice(lasts)
    return LocalPerson(first, last, "", (rng.choice(first_latin), rng.choice(last_latin), ""))


def local_person(ctx: Ctx) -> LocalPerson:
    rng, fake, loc = ctx.rng, ctx.fake(), ctx.locale
    male = rng.random() < 0.5
    lang = language(loc)
    if loc == "ja_JP":
        fn = fake.first_name_male_pair() if male else fake.first_name_female_pair()
        ln = fake.last_name_pair()
        return LocalPerson(fn[0], ln[0], "", (fn[2], ln[2], ""), (fn[1], ln[1]), "cjk")
    if lang in ("zh", "ko"):
        first, last = str(fake.first_name()), str(fake.last_name())
        joiner = "-" if loc in ("zh_TW", "ko_KR") else ""
        latin = (_syllables(first, joiner), _syllables(last, ""), "")
        return LocalPerson(first, last, "", latin, order="cjk")
    if lang in NAME_PAIRS:
        return _from_pairs(rng, lang)
    if loc in ("ru_RU", "uk_UA"):
        if male:
            first, middle, last = (
                fake.first_name_male(),
                fake.middle_name_male(),
                fake.last_name_male(),
            )
        else:
            first, middle = fake.first_name_female(), fake.middle_name_female()
            last = fake.last_name_female()
        names = (str(first), str(last), str(middle))
        return LocalPerson(*names, tuple(_roman(n) for n in names))  # type: ignore[arg-type]
    first, last, middle = str(fake.first_name()), str(fake.last_name()), ""
    if loc == "vi_VN":
        first = rng.choice(VI_GIVEN)
        middle = "Văn" if male and rng.random() < 0.5 else str(fake.middle_name())
    elif lang == "es" and rng.random() < 0.7:  # paternal and maternal surnames
        second = str(fake.last_name())
        if second != last:
            last = f"{last} {second}"
    elif loc in ("de_DE", "de_AT") and rng.random() < 0.15:
        last = f"von {last}"
    elif lang == "pt" and rng.random() < 0.4:
        last = f"{last} {rng.choice(PT_SECOND)}"
    first, last, middle = first.strip(), last.strip(), middle.strip()
    latin = tuple(_roman(n) if n else "" for n in (first, last, middle))
    order = "family" if loc in ("vi_VN", "hu_HU") else "western"
    return LocalPerson(first, last, middle, latin, order=order)  # type: ignore[arg-type]


# --- Dates ------------------------------------------------------------------------------

MONTHS = {
    lang: tuple(names.split(","))
    for lang, names in {
        "ru": "января,февраля,марта,апреля,мая,июня,июля,августа,сентября,октября,ноября,декабря",
        "uk": "січня,лютого,березня,квітня,травня,червня,липня,серпня,вересня,жовтня,листопада,"
        "грудня",
        "bg": "януари,февруари,март,април,май,юни,юли,август,септември,октомври,ноември,декември",
        "el": "Ιανουαρίου,Φεβρουαρίου,Μαρτίου,Απριλίου,Μαΐου,Ιουνίου,Ιουλίου,Αυγούστου,"
        "Σεπτεμβρίου,Οκτωβρίου,Νοεμβρίου,Δεκεμβρίου",
        "he": "בינואר,בפברואר,במרץ,באפריל,במאי,ביוני,ביולי,באוגוסט,בספטמבר,באוקטובר,בנובמבר,בדצמבר",
        "ar": "يناير,فبراير,مارس,أبريل,مايو,يونيو,يوليو,أغسطس,سبتمبر,أكتوبر,نوفمبر,ديسمبر",
        "fa": "فروردین,اردیبهشت,خرداد,تیر,مرداد,شهریور,مهر,آبان,آذر,دی,بهمن,اسفند",
        "th": "มกราคม,กุมภาพันธ์,มีนาคม,เมษายน,พฤษภาคม,มิถุนายน,กรกฎาคม,สิงหาคม,กันยายน,ตุลาคม,"
        "พฤศจิกายน,ธันวาคม",
        "hi": "जनवरी,फ़रवरी,मार्च,अप्रैल,मई,जून,जुलाई,अगस्त,सितंबर,अक्टूबर,नवंबर,दिसंबर",
        "ka": "იანვარი,თებერვალი,მარტი,აპრილი,მაისი,ივნისი,ივლისი,აგვისტო,სექტემბერი,ოქტომბერი,"
        "ნოემბერი,დეკემბერი",
        "hu": "január,február,március,április,május,június,július,augusztus,szeptember,október,"
        "november,december",
        "tr": "Ocak,Şubat,Mart,Nisan,Mayıs,Haziran,Temmuz,Ağustos,Eylül,Ekim,Kasım,Aralık",
        "ro": "ianuarie,februarie,martie,aprilie,mai,iunie,iulie,august,septembrie,octombrie,"
        "noiembrie,decembrie",
        "en": "JAN,FEB,MAR,APR,MAY,JUN,JUL,AUG,SEP,OCT,NOV,DEC",
    }.items()
}
NATIVE_DIGITS = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "hi": "०१२३४५६७८९",
    "bn": "০১২৩৪৫৬৭৮৯",
    "th": "๐๑๒๓๔๕๖๗๘๙",
}


def native(text: str, lang: str) -> str:
    """`text` with its ASCII digits in the language's own digits."""
    table = NATIVE_DIGITS[lang]
    return re.sub(r"\d", lambda m: table[int(m.group())], text)


def jalali(day: date) -> tuple[int, int, int]:
    """The Solar Hijri (Iranian) date of a Gregorian day (the 33-year arithmetic rule)."""
    cum = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy, gm, gd = day.year, day.month, day.day
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400
    days += gd + cum[gm - 1]
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


def hijri(day: date) -> tuple[int, int, int]:
    """The tabular Islamic (Hijri) date of a Gregorian day; civil records may differ from
    the sighted or Umm al-Qura calendar by a day or two."""
    jd = day.toordinal() + 1721425
    n = jd - 1948440 + 10632
    cycle = (n - 1) // 10631
    n = n - 10631 * cycle + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycle + j - 30, month, n - (709 * month) // 24


def japanese_era(day: date) -> tuple[str, str, int]:
    """(era name, its one-letter abbreviation, year of the era) for a Gregorian day."""
    if day >= date(2019, 5, 1):
        return "令和", "R", day.year - 2018
    if day >= date(1989, 1, 8):
        return "平成", "H", day.year - 1988
    if day >= date(1926, 12, 25):
        return "昭和", "S", day.year - 1925
    return "大正", "T", day.year - 1911


def _ja(day: date, rng: random.Random) -> str:
    era, letter, year = japanese_era(day)
    return rng.choice(
        [
            f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日",
            f"{letter}{year}.{day.month}.{day.day}",
            f"{day.year}年{day.month}月{day.day}日",
        ]
    )


def local_date(rng: random.Random, locale: str, day: date) -> str:
    """`day` as a document in `locale` writes it: its words, digits and calendar."""
    lang = language(locale)
    d, m, y = day.day, day.month, day.year
    if lang == "ja":
        return _ja(day, rng)
    if locale == "zh_TW":
        return rng.choice([f"民國{y - 1911}年{m}月{d}日", f"{y - 1911}/{m:02d}/{d:02d}"])
    if lang == "zh":
        return rng.choice([f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日"])
    if lang == "ko":
        return rng.choice([f"{y}년 {m}월 {d}일", f"{y}. {m}. {d}."])
    if lang == "fa":
        jy, jm, jd = jalali(day)
        return rng.choice(
            [
                native(f"{jy}/{jm:02d}/{jd:02d}", "fa"),
                f"{jy}/{jm}/{jd}",
                native(f"{jd} ", "fa") + MONTHS["fa"][jm - 1] + native(f" {jy}", "fa"),
            ]
        )
    if lang == "ar":
        if locale == "ar_SA" and rng.random() < 0.5:
            hy, hm, hd = hijri(day)
            return f"{hy}/{hm:02d}/{hd:02d}هـ"
        return rng.choice([native(f"{d}/{m}/{y}", "ar"), f"{d} {MONTHS['ar'][m - 1]} {y}"])
    if lang == "th":
        return rng.choice(
            [f"{d} {MONTHS['th'][m - 1]} {y + 543}", native(f"{d}/{m}/{y + 543}", "th")]
        )
    if lang in ("hi", "bn", "mr", "ne"):
        if lang == "bn":
            return native(f"{d:02d}/{m:02d}/{y}", "bn")
        return rng.choice([f"{d} {MONTHS['hi'][m - 1]} {y}", native(f"{d}/{m}/{y}", "hi")])
    if lang in ("ru", "uk", "bg"):
        suffix = {"ru": " г.", "uk": " р.", "bg": " г."}[lang]
        return rng.choice(
            [f"{d} {MONTHS[lang][m - 1]} {y}{suffix}", f"{d:02d}.{m:02d}.{y}{suffix}"]
        )
    if lang == "el":
        return rng.choice([f"{d} {MONTHS['el'][m - 1]} {y}", f"{d}-{m}-{y}"])
    if lang == "he":
        return rng.choice([f"{d} {MONTHS['he'][m - 1]} {y}", f"{d}.{m}.{y}"])
    if lang == "ka":
        return f"{d} {MONTHS['ka'][m - 1]}, {y}"
    if lang == "hu":
        return rng.choice([f"{y}. {MONTHS['hu'][m - 1]} {d}.", f"{y}.{m:02d}.{d:02d}."])
    if lang == "vi":
        return rng.choice([f"ngày {d} tháng {m} năm {y}", f"{d:02d}-{m:02d}-{y}"])
    if lang == "tr":
        return f"{d} {MONTHS['tr'][m - 1]} {y}"
    if lang == "ro":
        return f"{d} {MONTHS['ro'][m - 1]} {y}"
    # Elsewhere: the upper-case month of lab and pharmacy systems, or a two-digit year.
    return rng.choice(
        [f"{d:02d}-{MONTHS['en'][m - 1]}-{y}", f"{d:02d}{MONTHS['en'][m - 1]}{y % 100:02d}"]
    )


def event_day(rng: random.Random) -> date:
    return date(2018, 6, 1) + timedelta(days=rng.randint(0, 2700))


# --- Phones, addresses, ages ------------------------------------------------------------

# Faker locales whose country code is not their last part, or that have no phone plan.
REGION = {"ar_AA": "EG", "en_MS": "MY", "fil_PH": "PH", "tl_PH": "PH", "sw": "KE", "th": "TH"}


def region_of(locale: str) -> str:
    region = REGION.get(locale, locale.rsplit("_", 1)[-1].upper())
    return region if region in phonenumbers.SUPPORTED_REGIONS else "GB"


def local_phone(rng: random.Random, locale: str, own_digits: bool = False) -> str:
    """A valid mobile or fixed number of the locale's country, written as people there do
    (`own_digits`: in Arabic-Indic, Persian or Devanagari digits some of the time, as a
    document written in that language may)."""
    region = region_of(locale)
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    assert example is not None
    national = str(example.national_number)
    number = example
    for _ in range(60):  # keep the prefix that makes it valid, draw the rest
        keep = max(2, len(national) - 6)
        candidate = phonenumbers.parse(
            f"+{example.country_code}{national[:keep]}{digits(rng, len(national) - keep)}"
        )
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    fmt = phonenumbers.PhoneNumberFormat
    style = rng.randrange(5)
    if style == 0:
        return phonenumbers.format_number(number, fmt.RFC3966)
    text = phonenumbers.format_number(number, fmt.INTERNATIONAL if style < 3 else fmt.NATIONAL)
    lang = language(locale)
    if own_digits and lang in NATIVE_DIGITS and lang != "th" and rng.random() < 0.4:
        text = native(text, lang)
    return text


def local_address(rng: random.Random, fake: Faker, locale: str) -> str:
    """An address in the order and with the markers the locale's post uses."""
    lang = language(locale)
    if locale in ("ru_RU", "uk_UA"):
        street = str(fake.street_address())
        flat = "" if "кв." in street else f", кв. {rng.randint(1, 240)}"
        return f"{fake.postcode()}, {fake.city()}, {street}{flat}"
    if locale == "es_CO":
        return (
            f"{rng.choice(['Calle', 'Carrera', 'Transversal', 'Diagonal'])} {rng.randint(1, 180)}"
            f"{rng.choice(['', 'A', 'B', 'Bis'])} # {rng.randint(1, 99)}-{rng.randint(1, 99):02d}, "
            f"{rng.choice(['apto', 'int.'])} {rng.randint(101, 1504)}, {fake.city()}"
        )
    if locale == "en_IE":
        key = rng.choice("ACDEFHKNPRTVWXY") + f"{rng.randint(1, 99):02d}"
        tail = "".join(rng.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
        return f"{fake.building_number()} {fake.street_name()}, {fake.city()}, {key} {tail}"
    if locale == "en_IN":
        return (
            f"H.No. {rng.randint(1, 20)}-{rng.randint(1, 12)}-{rng.randint(1, 999)}, "
            f"{fake.street_name()}, {fake.city()} - {rng.randint(110001, 855126)}"
        )
    if locale == "ar_SA":
        short = "".join(rng.choice("ABDEGHJKLMNPRSTWXZ") for _ in range(4)) + digits(rng, 4)
        city = rng.choice(SA_CITIES)  # Faker's ar_SA cities are partly English placeholders
        box = f"ص.ب {rng.randint(100, 99999)}، {city} {digits(rng, 5)}"
        return rng.choice([short, box])
    if locale in ("nl_NL", "nl_BE"):
        number = f"{rng.randint(1, 300)}{rng.choice(['', '-II', 'A', ' bis'])}"
        return f"{fake.street_name()} {number}, {fake.postcode()} {fake.city()}"
    if lang in ("ja", "zh", "ko", "th", "he", "el", "fa", "hi", "ka", "hy", "bn", "ta"):
        return " ".join(str(fake.address()).split())
    if locale == "en_US":
        box = f"PO Box {rng.randint(10, 99999)}"
        return f"{box}, {fake.city()}, {fake.state_abbr()} {fake.zipcode_plus4()}"
    return ", ".join(line.strip() for line in str(fake.address()).splitlines() if line.strip())


SA_CITIES = ("الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "الطائف", "أبها", "تبوك")
AGE_UNITS = {
    "ja": "{n}歳",
    "zh": "{n}岁",
    "ko": "{n}세",
    "tr": "{n} yaşında",
    "hu": "{n} éves",
    "el": "{n} ετών",
    "fi": "{n}-vuotias",
    "sv": "{n} år",
    "da": "{n} år",
    "cs": "{n} let",
    "he": "בן {n}",  # a man; a woman's record writes בת
    "hi": "{n} वर्ष",
    "ar": "{n} عامًا",
    "fa": "{n} ساله",
    "vi": "{n} tuổi",
    "id": "{n} tahun",
    "th": "อายุ {n} ปี",
    "pt": "{n} anos",
    "es": "{n} años",
    "fr": "{n} ans",
    "de": "{n} Jahre",
    "it": "{n} anni",
    "nl": "{n} jaar",
    "pl": "{n} lat",
    "no": "{n} år",
    "ro": "{n} de ani",
    "sk": "{n} rokov",
    "bg": "{n} г.",
    "ka": "{n} წლის",
    "bn": "{n} বছর",
    "ta": "{n} வயது",
    "ne": "{n} वर्ष",
}


def local_age(rng: random.Random, locale: str) -> str:
    """An age over 89 with the unit the document's language puts after (or before) it."""
    n = rng.randint(90, 106)
    lang = language(locale)
    if lang in ("ru", "uk"):  # the noun agrees with the number's last digits
        one, few, many = ("год", "года", "лет") if lang == "ru" else ("рік", "роки", "років")
        unit = many if 11 <= n % 100 <= 14 else {1: one, 2: few, 3: few, 4: few}.get(n % 10, many)
        return f"{n} {unit}"
    if locale == "zh_TW":
        return f"{n}歲"
    pattern = AGE_UNITS.get(lang)
    if pattern is None:  # HL7 and lab exports: three digits and the unit letter
        return rng.choice([f"{n:03d}Y", f"{n} yrs", f"{n} y/o"])
    text = pattern.format(n=n)
    if lang in ("ar", "fa") and rng.random() < 0.5:
        text = native(text, lang)
    return text


# --- Identity and tax numbers the older splits do not draw ------------------------------


def _tw(rng: random.Random) -> str:
    codes = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... in the ministry's order
    letter = rng.choice(codes)
    code = codes.index(letter) + 10
    body = rng.choice("12") + digits(rng, 7)
    total = (
        code // 10
        + (code % 10) * 9
        + sum(int(c) * w for c, w in zip(body, range(8, 0, -1), strict=True))
    )
    return f"{letter}{body}{(10 - total % 10) % 10}"


def tw_valid(value: str) -> bool:
    codes = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    if not re.fullmatch(r"[A-Z][12]\d{8}", value):
        return False
    code = codes.index(value[0]) + 10
    weights = (8, 7, 6, 5, 4, 3, 2, 1, 1)
    total = (
        code // 10
        + (code % 10) * 9
        + sum(int(c) * w for c, w in zip(value[1:], weights, strict=True))
    )
    return total % 10 == 0


def _hk_check(prefix: str, body: str) -> str:
    chars = prefix.rjust(2)
    values = [36 if c == " " else ord(c) - 55 for c in chars] + [int(c) for c in body]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return "A" if check == 10 else str(check)


def _hk(rng: random.Random) -> str:
    prefix = rng.choice(string.ascii_uppercase) if rng.random() < 0.1 else ""
    prefix += rng.choice("ACDEGHKMPRVWYZ")
    body = digits(rng, 6)
    return f"{prefix}{body}({_hk_check(prefix, body)})"


def hk_valid(value: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([0-9A])\)", value)
    return bool(m) and _hk_check(m.group(1), m.group(2)) == m.group(3)  # type: ignore[union-attr]


def _sg_check(prefix: str, body: str) -> str:
    total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if prefix in "TG" else 0
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11]


def _sg(rng: random.Random) -> str:
    prefix = rng.choice("STFG")
    body = digits(rng, 7)
    return f"{prefix}{body}{_sg_check(prefix, body)}"


def sg_valid(value: str) -> bool:
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", value)
    return bool(m) and _sg_check(m.group(1), m.group(2)) == m.group(3)  # type: ignore[union-attr]


def _ir(rng: random.Random) -> str:
    body = f"{rng.randint(1, 99):03d}" + digits(rng, 6)
    r = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11
    return body + str(r if r < 2 else 11 - r)


def ir_valid(value: str) -> bool:
    if not re.fullmatch(r"\d{10}", value) or len(set(value)) == 1:
        return False
    r = sum(int(c) * w for c, w in zip(value[:9], range(10, 1, -1), strict=True)) % 11
    return int(value[9]) == (r if r < 2 else 11 - r)


def _sa(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 8)
    return body + luhn.calc_check_digit(body)


def sa_valid(value: str) -> bool:
    return bool(re.fullmatch(r"[12]\d{9}", value)) and luhn.is_valid(value)


def _be_bis(rng: random.Random) -> str:
    born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 21000))  # before 2000
    month = born.month + rng.choice([20, 40])
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{rng.randint(1, 997):03d}"
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{97 - int(body) % 97:02d}"


def _gb_utr(rng: random.Random) -> str:
    body = digits(rng, 9)
    return utr.calc_check_digit(body) + body


def _fr_nif(rng: random.Random) -> str:
    body = rng.choice("0123") + digits(rng, 9)
    raw = body + f"{int(body) % 511:03d}"
    return f"{raw[:2]} {raw[2:4]} {raw[4:7]} {raw[7:10]} {raw[10:]}"


def _pt_cc(rng: random.Random) -> str:
    body = digits(rng, 8)
    ncheck = str(
        (11 - sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=True)) % 11) % 10
    )
    version = rng.choice(["ZZ", "ZY", "ZX"])
    head = f"{body}{ncheck}{version}"
    return f"{body} {ncheck} {version}{pt_cc.calc_check_digit(head)}"


def _fi_vero(rng: random.Random) -> str:
    body = "1000" + digits(rng, 7)
    for c in string.digits:
        if veronumero.is_valid(body + c):
            return body + c
    return body + "0"


def _in_vid(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + digits(rng, 14)
    raw = body + verhoeff.calc_check_digit(body)
    return " ".join(raw[i : i + 4] for i in range(0, 16, 4))


def _za_tin(rng: random.Random) -> str:
    body = rng.choice("0123") + digits(rng, 8)
    for c in string.digits:
        if za_tin.is_valid(body + c):
            return body + c
    return body + "0"


def _pl_nip(rng: random.Random) -> str:
    for _ in range(20):
        body = str(rng.randint(1, 9)) + digits(rng, 8)
        check = sum(int(c) * w for c, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
        if check < 10:
            raw = body + str(check)
            return f"{raw[:3]}-{raw[3:6]}-{raw[6:8]}-{raw[8:]}"
    return "000-000-00-00"


def _mx_rfc(rng: random.Random) -> str:
    born = date(1945, 1, 1) + timedelta(days=rng.randint(0, 22000))
    letters = "".join(rng.choice("ABCDEFGHIJLMNOPRSTUVZ") for _ in range(4))
    body = f"{letters}{born:%y%m%d}{rng.choice(string.ascii_uppercase)}{rng.choice(string.digits)}"
    for c in string.digits + "A":
        if rfc.is_valid(body + c):
            return body + c
    return body + "0"


@dataclass(frozen=True)
class IdForm:
    country: str
    labels: tuple[str, ...]
    draw: object  # Callable[[random.Random], str]
    valid: object  # Callable[[str], bool]


ID_FORMS: tuple[IdForm, ...] = (
    IdForm("TW", ("身分證字號", "National ID No."), _tw, tw_valid),
    IdForm("HK", ("HKID", "香港身份證號碼"), _hk, hk_valid),
    IdForm("SG", ("NRIC", "NRIC/FIN"), _sg, sg_valid),
    IdForm("IR", ("کد ملی", "national code"), _ir, ir_valid),
    IdForm("SA", ("رقم الهوية", "ID/Iqama no."), _sa, sa_valid),
    IdForm("BE", ("BIS-nummer", "numéro BIS"), _be_bis, bis.is_valid),
    IdForm("GB", ("UTR", "Unique Taxpayer Reference"), _gb_utr, utr.is_valid),
    IdForm("FR", ("numéro fiscal", "SPI"), _fr_nif, fr_nif.is_valid),
    IdForm("PT", ("Cartão de Cidadão n.º", "CC"), _pt_cc, pt_cc.is_valid),
    IdForm("FI", ("veronumero",), _fi_vero, veronumero.is_valid),
    IdForm("IN", ("VID", "Virtual ID"), _in_vid, vid.is_valid),
    IdForm("ZA", ("income tax reference", "SARS TIN"), _za_tin, za_tin.is_valid),
    IdForm("PL", ("NIP",), _pl_nip, nip.is_valid),
    IdForm("MX", ("RFC",), _mx_rfc, rfc.is_valid),
)  # fmt: skip


def national_number(ctx: Ctx) -> Value:
    """A national number of the document's own country where the shared table has one
    (national_ids.py), else of one of the split's countries: a record keeps the number
    of the country it was written in."""
    rng = ctx.rng
    region = region_of(ctx.locale)
    entries = [e for e in NATIONAL_IDS if e.country == region]
    entries = entries or [e for e in NATIONAL_IDS if e.country in ctx.split.id_countries]
    entry = rng.choice(entries)
    return Value(draw_national_id(entry, ctx.fake(entry.locale), rng), rng.choice(entry.labels))


def id_form_valid(value: str) -> bool:
    return any(f.valid(value) for f in ID_FORMS)  # type: ignore[operator]


def identity_number(rng: random.Random, form: str, locale: str = "en_US") -> Value:
    """A number of the country `form` names, else most often of the document's own
    country, labelled as that document would; a foreign number keeps a Latin label."""
    named = [f for f in ID_FORMS if f.country == form.upper()]
    own = [f for f in ID_FORMS if f.country == region_of(locale)]
    if not named and own and rng.random() < 0.7:
        named = own
    entry = rng.choice(named or list(ID_FORMS))
    labels = entry.labels
    if entry.country != region_of(locale):
        labels = tuple(label for label in labels if label.isascii()) or labels
    for _ in range(200):
        value = entry.draw(rng)  # type: ignore[operator]
        if entry.valid(value):  # type: ignore[operator]
            return Value(str(value), rng.choice(labels))
    raise RuntimeError(f"no valid {entry.country} number in 200 draws")


# --- E-mail, links, licences, plates, devices, references ----------------------------------

MAIL_DOMAINS = {
    "ru": ("yandex.ru", "mail.ru", "rambler.ru"),
    "uk": ("ukr.net", "i.ua"),
    "ja": ("yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"),
    "ko": ("naver.com", "daum.net", "hanmail.net"),
    "zh": ("163.com", "126.com", "sina.com"),
    "de": ("gmx.de", "web.de", "t-online.de"),
    "fr": ("orange.fr", "laposte.net", "free.fr"),
    "it": ("libero.it", "virgilio.it"),
    "pl": ("wp.pl", "onet.pl", "o2.pl"),
    "cs": ("seznam.cz", "centrum.cz"),
    "pt": ("uol.com.br", "sapo.pt"),
    "tr": ("yandex.com.tr", "hotmail.com.tr"),
}


def local_email(ctx: Ctx) -> str:
    rng = ctx.rng
    lang = language(ctx.locale)
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    domains = MAIL_DOMAINS.get(lang, ("outlook.com", "proton.me", "icloud.com"))
    domain = rng.choice(domains)
    if lang == "zh" and rng.random() < 0.4:  # a QQ number is the whole mailbox name
        return f"{rng.randint(10_000_000, 3_999_999_999)}@qq.com"
    if people:
        p = people[0]
        first, last = (
            (p.form("latin_first"), p.form("latin_last"))
            if isinstance(p, LocalPerson)
            else (p.first, p.last)
        )
        user = rng.choice(
            [
                f"{first}.{last}",
                f"{last}{first[:1]}",
                f"{first}{rng.randint(50, 2009)}",
                f"{first}.{last}+{rng.choice(['med', 'bills', 'hr'])}",
            ]
        )
    else:
        user = str(ctx.fake("en_US").user_name())
    user = re.sub(r"[^a-z0-9.+_]", "", unidecode(user).lower()).strip(".") or "user"
    return f"{user}@{domain}"


def link(ctx: Ctx) -> str:
    """A link that leads to one person's visit, video consultation or parcel."""
    rng = ctx.rng
    host = str(ctx.fake("en_US").domain_name())
    token = pick(rng, string.ascii_letters + string.digits, rng.randint(10, 22))
    return rng.choice(
        [
            f"https://mychart.{host}/visit?token={token}",
            f"https://zoom.us/j/{digits(rng, 11)}?pwd={token}",
            f"https://{host}/track/{token}",
            f"http://{host}/r/{digits(rng, 6)}/{token[:8]}",
        ]
    )


def photo(ctx: Ctx) -> str:
    """Where a person's photograph is kept (Safe Harbor lists full-face photographs; a
    text holds the link or path to one)."""
    rng = ctx.rng
    host = str(ctx.fake("en_US").domain_name())
    return rng.choice(
        [
            f"https://files.{host}/photos/patient_{rng.randint(10000, 999999)}_face.jpg",
            f"https://{host}/kyc/selfie/{pick(rng, string.ascii_letters, 16)}.png",
            f"\\\\{host.split('.', 1)[0]}-fs01\\ids\\{rng.randint(1000, 99999)}_portrait.jpg",
        ]
    )


def licence(rng: random.Random, locale: str) -> Value:
    """A practitioner's registration, as the country's register numbers it."""
    lang = language(locale)
    by_country: dict[str, list[tuple[str, str]]] = {
        "GB": [("GMC", digits(rng, 7)), ("NMC PIN", f"{digits(rng, 2)}{pick(rng, 'ABCDEFGHIJ', 1)}"
               f"{digits(rng, 4)}{pick(rng, 'ABCEO', 1)}")],
        "BR": [("CRM", f"{rng.choice(['SP', 'RJ', 'MG', 'RS'])} {rng.randint(10000, 299999)}")],
        "US": [("state license", f"{rng.choice(['MD', 'RN', 'DO'])}{rng.randint(10000, 999999)}")],
        "JP": [("医籍登録番号", f"第{digits(rng, 6)}号")],
        "CN": [("执业证书编码", "1" + digits(rng, 14))],
        "IN": [("Reg. No.", f"{rng.choice(['DMC', 'MMC', 'KMC'])}/{rng.randint(1990, 2024)}/"
                f"{digits(rng, 5)}")],
    }  # fmt: skip
    country = "GB" if lang == "en" and region_of(locale) not in by_country else region_of(locale)
    choices = by_country.get(country) or [row for rows in by_country.values() for row in rows]
    label, value = rng.choice(choices)
    return Value(value, label)


def driving_licence(rng: random.Random, locale: str) -> Value:
    """A driving licence number as the issuing country prints it."""
    up = string.ascii_uppercase
    by_country: dict[str, tuple[str, str]] = {
        "US": ("driver license", f"{pick(rng, up, 1)}{digits(rng, 7)}"),
        "IN": ("DL No.", f"{rng.choice(['MH', 'KA', 'DL', 'TN'])}{digits(rng, 2)} "
               f"{rng.randint(1995, 2024)}{digits(rng, 7)}"),
        "JP": ("免許証番号", digits(rng, 12)),
        "RU": ("водительское удостоверение", f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 6)}"),
        "FR": ("permis de conduire n°", digits(rng, 12)),
        "AU": ("licence no.", digits(rng, rng.choice([8, 9]))),
    }  # fmt: skip
    region = region_of(locale)
    if region in by_country:
        label, value = by_country[region]
    else:  # elsewhere: letters and digits under the document's own word for it
        label, value = "licence no.", f"{pick(rng, up, rng.randint(1, 2))}{digits(rng, 8)}"
    return Value(value, label)


def insurance(ctx: Ctx) -> Value:
    """A health-insurance number as the country's insurer numbers its members."""
    rng, region = ctx.rng, region_of(ctx.locale)
    if region == "HU":  # TAJ: eight digits and a check digit (weights 3, 7)
        body = digits(rng, 8)
        check = sum(int(c) * w for c, w in zip(body, (3, 7) * 4, strict=True)) % 10
        raw = body + str(check)
        return Value(f"{raw[:3]} {raw[3:6]} {raw[6:]}", "TAJ-szám")
    if region in ("RU", "UA"):
        return Value(digits(rng, 16), "полис ОМС")
    if region == "JP":
        return Value(f"{digits(rng, 4)}・{digits(rng, 3)}", "被保険者記号・番号")
    if region == "FR":
        return Value(digits(rng, 7), "N° allocataire")
    return Value(ctx.shape("plan"), "member no.")


def taj_valid(value: str) -> bool:
    raw = value.replace(" ", "")
    if not re.fullmatch(r"\d{9}", raw):
        return False
    return sum(int(c) * w for c, w in zip(raw[:8], (3, 7) * 4, strict=True)) % 10 == int(raw[8])


def pick(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def plate(rng: random.Random, locale: str) -> str:
    """A number plate as the country writes it (Japanese office and kana, Korean hangul,
    Chinese province character, Cyrillic letters with the region, Mercosur, SIV...)."""
    up = string.ascii_uppercase
    lang = language(locale)
    if lang == "ja":
        office = rng.choice(["品川", "練馬", "横浜", "なにわ", "札幌"])
        kana = rng.choice("あいうえかきくけさすせそ")
        return f"{office} {rng.randint(300, 599)} {kana} {rng.randint(1, 99):02d}-{digits(rng, 2)}"
    if lang == "ko":
        return f"{rng.randint(10, 399)}{rng.choice('가나다라마거너더러머')} {digits(rng, 4)}"
    if lang == "zh":
        return f"{rng.choice('京沪粤苏浙')}{rng.choice('ABCDE')}·{digits(rng, 5)}"
    if locale in ("ru_RU", "uk_UA"):
        cyr = "АВЕКМНОРСТУХ"
        return f"{pick(rng, cyr, 1)}{digits(rng, 3)}{pick(rng, cyr, 2)} {rng.randint(1, 199)}"
    if locale == "en_IN":
        state = rng.choice(["MH", "KA", "DL", "TN"])
        return f"{state} {rng.randint(1, 50):02d} {pick(rng, up, 2)} {digits(rng, 4)}"
    if locale == "pt_BR":
        return f"{pick(rng, up, 3)}{digits(rng, 1)}{pick(rng, up, 1)}{digits(rng, 2)}"
    if locale == "fr_FR":
        return f"{pick(rng, up, 2)}-{digits(rng, 3)}-{pick(rng, up, 2)}"
    return f"{pick(rng, up, rng.randint(2, 3))} {digits(rng, rng.randint(3, 4))}"


def device(rng: random.Random) -> Value:
    hexd = "0123456789ABCDEF"
    body = "A" + "".join(rng.choice(hexd) for _ in range(13))
    choices = [
        ("MEID", body + meid.calc_check_digit(body)),
        ("Android ID", "".join(rng.choice(hexd.lower()) for _ in range(16))),
        (
            "CGM transmitter",
            f"8{''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(5))}",
        ),
        ("hearing aid S/N", f"{rng.randint(17, 25)}{rng.randint(1, 52):02d}{digits(rng, 6)}"),
        ("asset tag", f"BME-{digits(rng, 6)}"),
    ]
    label, value = rng.choice(choices)
    return Value(value, label)


HEX = "0123456789abcdef"


def prescription(rng: random.Random) -> str:
    return rng.choice([digits(rng, 7), f"{digits(rng, 2)}-{digits(rng, 6)}"])


def crime_reference(rng: random.Random) -> str:
    """A police incident or crime reference number."""
    return rng.choice(
        [
            f"{rng.randint(2018, 2026)}/{digits(rng, 6)}",
            f"CR-{digits(rng, 7)}-{rng.randint(18, 26)}",
            f"{pick(rng, string.ascii_uppercase, 2)}{digits(rng, 8)}",
        ]
    )


def case_number(rng: random.Random, locale: str) -> Value:
    """A court case number tied to one person's matter, as the country's courts write it."""
    court = rng.choice(["O", "C", "F", "Ds"])
    region = region_of(locale)
    forms = {"GB": 2, "IE": 2, "DE": 1, "AT": 1, "CH": 1, "US": 0}
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    rows = [
        ("docket", f"{rng.randint(1, 9)}:{rng.randint(18, 26)}-{rng.choice(['cv', 'cr'])}-"
         f"{digits(rng, 5)}"),
        ("Az.", f"{rng.randint(1, 40)} {court} {rng.randint(1, 999)}/{rng.randint(18, 26)}"),
        ("claim no.", f"{pick(rng, letters, 1)}{digits(rng, 2)}{pick(rng, letters, 2)}"
         f"{digits(rng, 3)}"),
    ]  # fmt: skip
    label, value = rows[forms[region]] if region in forms else rng.choice(rows)
    return Value(value, label)


def biometric(rng: random.Random) -> Value:
    """The record number of one person's fingerprint, voice or iris template."""
    label, value = rng.choice(
        [
            ("fingerprint template", "fp:" + pick(rng, HEX, 24)),
            ("voiceprint ID", f"VP-{digits(rng, 4)}-{pick(rng, HEX, 6)}"),
            ("iris enrolment", f"IRS{digits(rng, 9)}"),
        ]
    )
    return Value(value, label)


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    if slot == "who":
        return local_person(ctx)
    if slot in ("when", "born"):
        day = (
            event_day(rng)
            if slot == "when"
            else ctx.fake().date_of_birth(minimum_age=1, maximum_age=100)
        )
        return Value(local_date(rng, ctx.locale, day))
    labelled = {
        "idno": lambda: identity_number(rng, form, ctx.locale),
        "natno": lambda: national_number(ctx),
        "lic": lambda: licence(rng, ctx.locale),
        "drv": lambda: driving_licence(rng, ctx.locale),
        "dev": lambda: device(rng),
        "case": lambda: case_number(rng, ctx.locale),
        "bio": lambda: biometric(rng),
        "ins": lambda: insurance(ctx),
    }
    if slot in labelled:
        return labelled[slot]()
    if slot == "scan":  # a record number read by OCR from a scanned form
        return Value(ocr_misread(rng, ctx.shape("mrn")))
    plain = {
        "tel": lambda: local_phone(rng, ctx.locale, own_digits=form == "native"),
        "home": lambda: local_address(rng, ctx.fake(), ctx.locale),
        "old": lambda: local_age(rng, ctx.locale),
        "mail": lambda: local_email(ctx),
        "link": lambda: link(ctx),
        "photo": lambda: photo(ctx),
        "car": lambda: plate(rng, ctx.locale),
        "rx": lambda: prescription(rng),
        "crime": lambda: crime_reference(rng),
    }
    if slot in plain:
        return Value(plain[slot]())
    raise KeyError(slot)
