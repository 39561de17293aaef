"""Month and era names of the calendars other than the Gregorian one, copied from CLDR's
calendar data (Unicode's locale data as published in unicode-org/cldr-json,
`cldr-cal-<calendar>-full/main/<locale>/ca-<calendar>.json`, format and stand-alone,
wide and abbreviated): babel 2.19 reads only CLDR's Gregorian calendar, so these are
copied by hand from those files, not generated. Each list names its calendar and
locales; the English transliterations are CLDR's `en` names with the spellings writers
use beside them (those of the `convertdate` package too: "Teveth", "Vaishākha").

Used by cldr_dates.py (month names: a date needs a day and a year beside them) and
calendar_dates.py (eras: Japanese, Republic of China).
"""

from __future__ import annotations

from typing import Final

from app.redaction.wordtrie import word_list

# Month words of the Persian (Solar Hijri) calendar: fa, ps, ckb/ku ("۴ دی ۱۴۰۱"), and
# the transliterations of CLDR's en ("Farvardin", "Dey").
PERSIAN_MONTHS: Final = word_list(
    """
    فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند
    وری غویی غبرگولی چنگاښ زمری وږی تله لړم لیندۍ مرغومی سلواغه کب
    خاکەلێوە گوڵان جۆزەردان پووشپەڕ گەلاوێژ خەرمانان ڕەزبەر خەزەڵوەر سەرماوەز بەفرانبار
    ڕێبەندان ڕەشەمە
    farvardin ordibehesht khordad tir mordad shahrivar mehr aban azar dey bahman esfand
    """
)
# The Islamic (Hijri) calendar: ar, fa, ur, ms/id, tr and en ("15 رمضان 1445",
# "12 Rabiulawal 1446"). Arabic month names of two words keep their second word as a
# qualifier (`MONTH_QUALIFIERS`).
ISLAMIC_MONTHS: Final = word_list(
    """
    محرم صفر ربيع جمادى رجب شعبان رمضان شوال ذو القعدة الحجة
    ربیع جمادی ذیقعده ذیحجه ذی‌القعده ذی‌الحجه ربیع‌الاول ربیع‌الثانی جمادی‌الاول
    جمادی‌الثانی رمضان
    muharram muharam safar rabiulawal rabiulakhir jamadilawal jamadilakhir rejab syaaban
    syawal zulkaedah zulhijjah rabi jumada rajab shaban shaʻban ramadan ramazan shawwal
    dhuʻl-qiʻdah dhuʻl-hijjah dhul-qidah dhul-hijjah zilkade zilhicce cemaziyelevvel
    cemaziyelahir rebiülevvel rebiülahir şaban şevval
    muḥarram ṣafar rabīʿ jumādā shaʿbān ramaḍān shawwāl zū qaʿdah ḥijjah
    """
)
# The Hebrew calendar: he, and en ("15 בתשרי 5784", "3 Tishri 5784").
HEBREW_MONTHS: Final = word_list(
    """
    תשרי חשון חשוון מרחשוון כסלו טבת שבט אדר ניסן אייר סיון סיוון תמוז אב אלול
    tishri tishrei heshvan cheshvan marcheshvan kislev tevet teveth shevat adar nisan iyar
    iyyar sivan tamuz tammuz elul
    """
)
# The Ethiopian (Ethiopic) calendar: am, ti, and en ("3 መስከረም 2016", "3 Meskerem 2016").
ETHIOPIC_MONTHS: Final = word_list(
    """
    መስከረም ጥቅምት ኅዳር ህዳር ታኅሣሥ ታህሳስ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜን ጳጉሜ
    meskerem tekemt tikimt hedar hidar tahsas tahesas ter tir yekatit megabit miazia
    miyazya genbot ginbot sene hamle nehasse nehase pagumen pagume
    """
)
# The Indian national (Saka) calendar: hi, mr, bn, and en ("3 चैत्र 1945").
INDIAN_MONTHS: Final = word_list(
    """
    चैत्र वैशाख ज्येष्ठ आषाढ़ आषाढ श्रावण भाद्रपद आश्विन अश्विन कार्तिक अग्रहायण मार्गशीर्ष पौष माघ फाल्गुन
    চৈত্র বৈশাখ জ্যৈষ্ঠ আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন
    chaitra vaisakha vaishakha jyaistha jyeshtha asadha ashadha sravana shravana bhadra
    bhadrapada asvina ashwin ashvina kartika agrahayana margashirsha pausa pausha magha
    phalguna vaishākha jyēshtha āshādha shrāvana bhādrapada āshwin kārtika mārgashīrsha
    māgha phālguna
    """
)
# Words that complete a month's name of two words ("ربيع الأول", "جمادى الآخرة",
# "אדר א׳", "Adar II"): a date may run through them, they make none.
MONTH_QUALIFIERS: Final = word_list(
    """
    الأول الاول الأولى الاولى الآخر الاخر الآخرة الاخرة الثاني الثانی الثانية الاول
    i ii א ב bet al ath ʾawwal awwal thānī thani thāniyah thaniyah akhir akhirah ula
    """
)
# Era names written before a year: Japanese (CLDR ca-japanese, ja: the eras since 1868,
# wide and narrow, with the last year each era had) and the Republic of China (ca-roc,
# zh_Hant / zh: "民國", "民國前").
JAPANESE_ERAS: Final = {
    "明治": ("M", 45),
    "大正": ("T", 15),
    "昭和": ("S", 64),
    "平成": ("H", 31),
    "令和": ("R", 30),  # (the era runs on: its last year is not known)
}
ROC_ERAS: Final = ("民國", "民国", "中華民國", "中华民国")

# Every month word above, folded: cldr_dates.py's month words of other calendars.
CALENDAR_MONTHS: Final = frozenset(
    w.casefold()
    for w in (
        *PERSIAN_MONTHS,
        *ISLAMIC_MONTHS,
        *HEBREW_MONTHS,
        *ETHIOPIC_MONTHS,
        *INDIAN_MONTHS,
        # Hebrew glues "in" to the month ("15 בתשרי"), as CLDR's pattern "d בMMMM y" writes
        *("ב" + m for m in HEBREW_MONTHS if not m.isascii()),
    )
)
