"""Street address forms of the countries whose addresses are not a number and a street
type: East Asian administrative chains (Japan's prefecture-city-ward-chōme-banchi-gō,
China's province-city-district-road-number, Korea's road-name addresses), Japanese and
Korean addresses in Latin letters ("1-2-3 Shibuya", "Tenjin 3-chome 14-5", "204
Teheran-ro", "Banpo-daero 22-gil"), Russian and Greek street words ("ул. Ленина, д. 5, кв.
12", "ul. Mira, d. 23", "Οδός Ερμού 25", "Odos Ermou"), Israeli streets ("רחוב הרצל 12",
"Rehov Herzl"), block-street-building chains of the Gulf states, South Asia and Hong Kong
("Building 12, Street 5, Block 3", "House 11, Road 3", "Flat A, 6/F, Tower 5"), rural
routes ("RR 4, Site 16, Comp 21", "HC 68 Box 12"), Central American landmark addresses
("Del Parque Central 200 m al norte") and an address written after its label ("Address:
...", "住所:", "Адрес:"). Written from the postal conventions of those countries (Japan
Post, China Post, Korea Post's road-name system, Russian Post, ELTA, Israel Post, PACI
Kuwait, Bahrain's block-road-building numbering), not from any example text.

`addresses.py` runs these like its own street rules: each match is grown over the place
segments around it (town, district, postcode). Pure `re`/`regex`, no NLP.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.address_words import (
    ARMENIAN_SETTLEMENTS,
    ARMENIAN_STREET_TYPES,
    ARMENIAN_UNITS,
    CYRILLIC_SETTLEMENTS,
    CYRILLIC_STREET_TYPES,
    GEORGIAN_STREET_TYPES,
    ROMANISED_HOUSE_WORDS,
    ROMANISED_STREET_TYPES,
    ROMANISED_UNITS,
    THAI_COMPONENTS,
    THAI_MINOR,
)
from app.redaction.wordtrie import trie_pattern, word_list

# Han, kana and Hangul: scripts without capitals, whose place names carry their unit as a
# suffix character (都 道 府 県 市 区 町 村 郡, 省 市 县 区 镇 路 街 号, 시 도 구 군 동 로 길).
# (々 〆 〇: the iteration and closing marks inside place names, "酒々井町", "市ヶ谷")
_CJK = r"\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f"
_JP_CN_UNIT = "都道府県市区區町村郡省县縣镇鎮乡鄉街路道巷弄里"
_JP_CN_NUMBER_UNIT = r"(?:号|號|番地?|丁目|栋|棟|室|楼|樓|层|層|階|座|弄|巷|F)"
# "〒150-0002 東京都渋谷区渋谷2丁目26番5号 上野桜木クレスト736", "北京市朝阳区建国路88号",
# "上海市徐汇区漕溪北路458号": a run of Han/kana holding a unit character, then numbers with
# their unit characters, and a building name after a space.
# The postcode before it: Japan's "〒150-0002", China's six digits, Taiwan's 3, 3+2 or 3+3
# ("100020 北京市...", "19618 雲林...", "649 太平..."); "號之2", a house's sub-number.
CJK_ADDRESS = fast_regex.compile(
    rf"(?:〒\s?\d{{3}}-?\d{{4}}\s{{0,2}}|(?<![\w.-])\d{{3}}(?:\d{{2,3}})?[ 　]?(?=[{_CJK}]))?"
    rf"[{_CJK}]{{1,12}}[{_JP_CN_UNIT}][{_CJK}0-9０-９A-Za-z\-－]{{0,40}}?"
    # (a block lettered, not numbered: "兴城街B座", "E栋", "A单元")
    rf"(?:[0-9０-９]{{1,5}}\s?{_JP_CN_NUMBER_UNIT}|[A-Za-zＡ-Ｚａ-ｚ](?:座|栋|棟|单元|單元|号楼|號樓))"
    rf"(?:[0-9０-９\-－]{{1,5}}\s?{_JP_CN_NUMBER_UNIT}?){{0,5}}(?:之[0-9０-９]{{1,4}})?"
    rf"(?:[ \t　]{{0,2}}[{_CJK}]{{1,20}}[0-9０-９]{{0,5}}(?:号室|室)?)?"
    # China Post's six-digit postcode written after the address ("...B座 459588")
    r"(?:[ 　]?\d{6}(?!\d))?"
    rf"|〒\s?\d{{3}}-?\d{{4}}"
)
_HANGUL = r"\uac00-\ud7a3"
# "서울특별시 강남구 테헤란로 123, 16층", "광주광역시 강남구 반포대거리 614-64 (정순조읍)":
# units ending in 시 도 구 군 읍 면 동 and a road (로, 길, 대로) with its building number, or
# the lot-number form's neighbourhood (동, 리, 가) with its lot number.
KR_ADDRESS = fast_regex.compile(
    rf"(?:[{_HANGUL}]{{1,10}}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구|읍|면)[ ]){{1,4}}"
    # (가, a numbered section of a neighbourhood in lot addresses, "종로2가 118-87", only
    # before its lot or building number, above or below ground: it is the subject particle too)
    rf"[{_HANGUL}0-9]{{1,15}}(?:로|길|대로|거리|동|리"
    rf"|가(?=[ ]?(?:지하[ ]?)?\d{{1,4}}(?:-\d{{1,4}})?(?![\w-])))"
    # (지하, "underground", before a building number below the road; 산, "mountain", before
    # a lot number in the hills: "테헤란로 지하 123", "산 12-3")
    rf"(?:[ ]?(?:(?:지하|산)[ ]?)?\d{{1,4}}(?:-\d{{1,4}})?(?:번지)?)?"
    rf"(?:,?[ ]?\d{{1,3}}층)?(?:,?[ ]?\d{{1,4}}호)?(?:[ ]?\([{_HANGUL}0-9, ]{{1,20}}\))?"
    r"(?:[ ]?\(\d{5}\))?"  # the postcode in brackets after it ("... (준서김동) (04524)")
)
# "רחוב הרצל 12, תל אביב", "שד' רוטשילד 5": a Hebrew street word, the name, the number.
IL_ADDRESS = fast_regex.compile(
    r"(?:רחוב|רח'|רח׳|שדרות|שד'|שד׳|דרך|סמטת|שכונת|שכ'?|כיכר)[ ][\u0590-\u05ff\"'׳״ -]{1,30}?"
    r"[ ]?\d{1,4}[א-ת]?"
)
# Japanese in Latin letters: "1-2-3 Shibuya", "6-13-19 Ebisu", "Tenjin 3-chome 14-5",
# "Minami-Aoyama 2-chome"; Korean: "204 Teheran-ro", "74 Banpo-daero 22-gil".
JP_KR_LATIN = fast_regex.compile(
    r"(?<![\w/.-])\d{1,2}-\d{1,3}(?:-\d{1,4})?[ ](?=[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?"
    r"(?:,|[ ]\d|\n|[ ][A-Z][a-z]+-(?:ku|shi|cho|machi|gun|ken|to)\b))"
    r"[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?"
    r"|(?<![\w-])[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?[ ]\d{1,2}-ch[oō]me(?:[ ]\d{1,4}(?:-\d{1,4})?)?"
    r"|(?<![\w/.-])\d{1,4}(?:-\d{1,4})?[ ][A-Z][a-z]{1,20}-(?:ro|gil|daero|dong|eup|myeon)"
    r"(?:[ ]\d{1,4}(?:-\d{1,4})?-?(?:gil|ro|beon-gil)?)?\b",
    word_led=True,
)
# "Ben Yehuda St 134", "Herzl Street 12": the name, the type, then the number (Israel and
# much of Europe write it so in English); "227/30 Láng Hạ, P. 6": a Vietnamese house
# number with its alley, the street, then the ward (P., Phường) or district (Q., Quận).
NAME_TYPE_NUMBER = fast_regex.compile(
    r"(?<![\w])[A-Z][\w'’-]{1,30}(?:[ ][A-Z][\w'’-]{1,30}){0,3}[ ]"
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Ln)\.?,?[ ]\d{1,5}[A-Za-z]?\b"
    r"|(?<![\w/])\d{1,4}/\d{1,4}[A-Za-z]?[ ][A-ZÀ-Ỹ][^\W\d_]{0,15}(?:[ ][A-ZÀ-Ỹ][^\W\d_]{0,15}){0,4}"  # noqa: E501
    r",[ ](?:P|Q|F|Phường|Quận)\.?[ ]?\d{1,2}\b"
)
# Russian (Cyrillic and its transliteration), Ukrainian, Bulgarian, Greek street words
# written before the name: "ул. Ленина, д. 5, кв. 12", "ul. Mira, d. 23, kv. 120",
# "пр-т Мира 5", "Οδός Ερμού 25", "Λεωφόρος Τήνου 49", "Odos Ermou 108". (The flat and the
# building, "kv. 12", "korp. 2", follow a house number, `_CYR_AFTER_HOUSE`; alone they start
# no address: "kv. 3 of the report" is a section.)
_RU_GR_TYPES = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        ул. улица пр. пр-т проспект пер. переулок ш. шоссе бул. бульвар б-р наб. набережная
        пл. площадь туп. тупик мкр. мкр-н микрорайон проезд пр-д аллея вул. вулиця просп.
        д. дом г. город пос. с. дер. обл. р-н
        οδός οδος οδ. λεωφόρος λεωφ. πλατεία πλ.
        odos odou leoforos leof. ulitsa prospekt pereulok
        """
    )
    + ROMANISED_STREET_TYPES
)
_CYR_GR_UPPER = "А-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ"
_CYR_TYPES = trie_pattern(CYRILLIC_STREET_TYPES)
_CYR_SETTLEMENTS = trie_pattern(CYRILLIC_SETTLEMENTS)
# The house number after the name: "№ 220" (Bulgaria), "буд. 436" and "д. 5" (Ukraine,
# Russia), "влд. 3", "зд. 7" (ФИАС), "бр. 12" (Serbia), or the number alone.
_CYR_HOUSE = (
    r"(?:№|буд\.|будинок|д\.|дом|бл\.|влд\.|двлд\.|зд\.|бр\.|"
    rf"(?i:{trie_pattern(ROMANISED_HOUSE_WORDS)}))"
)
# A name in quotes, as Bulgarian and Ukrainian addresses write it: "ул. „Шипка“ № 220".
_OPEN_QUOTE = '[„«"“]'
_CLOSE_QUOTE = '[“”»"]'
# The building and flat after the house number: "д. 8/6 к. 75", "д. 5 корп. 2 кв. 12".
_CYR_AFTER_HOUSE = (
    r"(?:,?[ ](?:к\.|корп\.|кв\.|стр\.|пом\.|оф\.|ком\.|лит\.|"
    rf"(?i:{trie_pattern(ROMANISED_UNITS)}))"
    r"[ ]?\d{1,5}[\w/-]{0,5}){0,4}"
)
RU_GR_STREET = fast_regex.compile(
    # a name holding lower-case words ("проспект Куяльницький міст", "узвіз 12-та Лінія
    # 6-й ст. Люстдорфської дороги"), up to its house word
    rf"(?<![\w.])(?:(?i:{_RU_GR_TYPES}|{_CYR_TYPES})[ ]{{1,2}}[^\W_][^\n,;:]{{1,60}}?"
    rf"(?=,?[ ]{_CYR_HOUSE}[ ]?\d)"
    rf"|(?:(?i:{_RU_GR_TYPES})[ ]{{0,2}}{_OPEN_QUOTE}?[{_CYR_GR_UPPER}A-Z0-9]"
    # (these types are ordinary words too, "площа 45 м²" the floor area: a name, not a number)
    rf"|(?i:{_CYR_TYPES})[ ]{{0,2}}{_OPEN_QUOTE}?[{_CYR_GR_UPPER}])[\w'’.-]{{0,30}}"
    rf"(?:[ ][{_CYR_GR_UPPER}A-Z][\w'’.-]{{0,30}}){{0,3}}{_CLOSE_QUOTE}?"
    rf"(?:,?[ ](?:{_CYR_HOUSE}[ ]?)?\d{{1,5}}[\w/-]{{0,5}}{_CYR_AFTER_HOUSE})?"
    # a settlement before its capitalised name ("ст. Кущевская", "клх Буденновск")
    rf"|(?:{_CYR_SETTLEMENTS})[ ]{{0,2}}[{_CYR_GR_UPPER}][\w'’-]{{1,30}}"
    rf"(?:[ -][{_CYR_GR_UPPER}][\w'’-]{{1,30}}){{0,2}})",
    word_led=True,
)
# Persian, Arabic and Urdu street words, written before the name (Iran Post's address
# order, street to plate: "خیابان آزادی، کوچه ۱۲، پلاک ۴"; the Arab states' "شارع الملك
# فهد 12"; Pakistan Post's "گلی نمبر 5"): the street, square, alley, boulevard or road,
# up to three words of its name, then its number (plate, building), in Latin, Arabic-Indic
# or Persian digits; the unit and floor after it ("واحد ۳", "طبقه ۲", "شقة 5").
_AR_LETTER = "\u0621-\u064a\u064b-\u065f\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f"
_AR_WORD = f"[{_AR_LETTER}][{_AR_LETTER}\u200c]{{0,30}}"
_AR_NUMBER = r"[0-9\u0660-\u0669\u06f0-\u06f9]{1,5}(?:[/-][0-9\u0660-\u0669\u06f0-\u06f9]{1,5})?"
_AR_STREET_TYPES = trie_pattern(
    word_list(
        """
        خیابان خ. کوچه ک. میدان بلوار بزرگراه جاده پلاک بن‌بست بنبست کوی شهرک نبش مجتمع
        برج ساختمان شارع طريق زقاق ميدان حي عمارة بناية مبنى شقة جادة دوار گلی سڑک
        """
    )
)
_AR_UNITS = trie_pattern(word_list("واحد طبقه سوئیت پلاک شقة الطابق طابق مبنى نمبر رقم"))
FA_AR_STREET = fast_regex.compile(
    rf"(?<![{_AR_LETTER}])(?:{_AR_STREET_TYPES})[ \u200c]{{1,2}}(?:{_AR_WORD}[ ]){{0,3}}"
    rf"(?:(?:{_AR_UNITS}|No\.?|#)[ ]?)?{_AR_NUMBER}(?![\w])"
    rf"(?:[،,]?[ ](?:{_AR_UNITS})[ ]?{_AR_NUMBER}(?![\w])){{0,3}}"
)


# Georgian: the street's name in the genitive (ending in -ს), its type, the number, and the
# town after a comma ("უფლისციხის ქ. 96, წალენჯიხა", "რუსთაველის გამზირი 12, 0108
# თბილისი", "მე-3 შესახვევი 5"). Mkhedruli has no capitals (Python reads it as lower
# case), so the town is taken here, not by the growth over capitalised words.
_GE = "\u10a0-\u10ff\u1c90-\u1cbf"
_GE_TYPES = "|".join(
    re.escape(w) + ("" if w.endswith(".") else r"(?![\w])")
    for w in sorted(GEORGIAN_STREET_TYPES, key=len, reverse=True)
)
GEORGIAN_STREET = fast_regex.compile(
    rf"(?<![\w-])(?:[{_GE}][{_GE}-]{{1,30}}[ ])?(?:[{_GE}][{_GE}-]{{0,30}}ს|მე-\d{{1,3}})[ ]"
    rf"(?:{_GE_TYPES})[ ]?(?:№[ ]?)?\d{{1,5}}[{_GE}\w/-]{{0,6}}"
    rf"(?:,[ ]{{0,2}}(?:\d{{4}}[ ])?[{_GE}][{_GE}-]{{1,30}}(?:[ ][{_GE}][{_GE}-]{{1,30}})?"
    # (then the line's end, a sign, or a layout gap before the next field: "ხონი   ტელ...")
    r"(?=[ \t]*(?:[,;\n.)]|$)|[ ]{2,}|\t))?",
    word_led=True,
)
# Armenian (HayPost): the settlement with its abbreviation, then the comma-separated
# components that follow it on its line: the four-digit postcode, the province ("Լոռու
# մարզ"), the street with or without its type and the house number, the flat ("ք. Երևան,
# Աբովյան փ. 12, բն. 5", "ք. Գյումրի, 3104, Շիրակացի 7"); or a street with its type and
# number alone ("Մաշտոցի պող. 12"). Armenian has capitals: a name starts with one.
_HY_UPPER = "\u0531-\u0556"
_HY_LOWER = "\u0561-\u0587"
_HY_NAME = rf"[{_HY_UPPER}][{_HY_LOWER}{_HY_UPPER}-]{{0,30}}"
_HY_WORD = rf"[{_HY_UPPER}{_HY_LOWER}][{_HY_LOWER}{_HY_UPPER}-]{{0,30}}"


def _hy_words(words: tuple[str, ...]) -> str:
    return "|".join(
        re.escape(w) + ("" if w.endswith(".") else r"(?![\w])")
        for w in sorted(words, key=len, reverse=True)
    )


_HY_SETTLEMENT = _hy_words(ARMENIAN_SETTLEMENTS)
_HY_TYPE = _hy_words(ARMENIAN_STREET_TYPES)
_HY_UNIT = _hy_words(ARMENIAN_UNITS)
_HY_NUMBER = r"\d{1,5}(?:[/-]\d{1,4})?[\w]{0,2}(?![\w])"
_HY_COMPONENT = (
    rf"(?:\d{{4}}(?![\w])|{_HY_NAME}(?:[ ]{_HY_WORD}){{0,2}}[ ]մարզ(?![\w])"
    rf"|(?:{_HY_UNIT})[ ]?{_HY_NUMBER}"
    rf"|{_HY_NAME}(?:[ ]{_HY_WORD}){{0,2}}(?:[ ](?:{_HY_TYPE}))?[ ]?{_HY_NUMBER}"
    rf"|{_HY_NAME}(?:[ ]{_HY_WORD}){{0,2}}[ ](?:{_HY_TYPE}))"
)
ARMENIAN_ADDRESS = fast_regex.compile(
    # (not after a number: "500 գ." is 500 grams)
    rf"(?<![\w])(?:(?<!\d[ ])(?:{_HY_SETTLEMENT})[ ]?{_HY_NAME}(?:[ -]{_HY_NAME}){{0,2}}"
    rf"(?:,[ ]{{0,2}}{_HY_COMPONENT}){{0,5}}"
    rf"|{_HY_NAME}(?:[ ]{_HY_WORD}){{0,2}}[ ](?:{_HY_TYPE})[ ]?{_HY_NUMBER}"
    rf"(?:,[ ]{{0,2}}{_HY_COMPONENT}){{0,4}})"
)
# Thai (Thailand Post): a house number, then components each led by its word ("หมู่ 90",
# "ถนนศรีวงค์", "ต.หนองช้างแล่นใหญ่", "อ.หนองบัวระเหว"), then the province and the
# five-digit postcode ("นครศรีธรรมราช 64370"). Thai writes no space inside a component
# and one between components. Without a house number, two components at least.
_TH = "\u0e01-\u0e4e"
_TH_DIGIT = "0-9\u0e50-\u0e59"
_TH_COMPONENT = rf"(?:{trie_pattern(THAI_COMPONENTS)})[ ]?(?:[{_TH}]{{2,40}}|[{_TH_DIGIT}]{{1,4}})"
_TH_MINOR = rf"(?:{trie_pattern(THAI_MINOR)})[ ]?(?:[{_TH}]{{2,40}}|[{_TH_DIGIT}]{{1,4}})"
_TH_HOUSE = rf"(?:เลขที่[ ]?)?[{_TH_DIGIT}]{{1,5}}(?:/[{_TH_DIGIT}]{{1,4}})?"
_TH_PROVINCE_POSTCODE = rf"[{_TH}]{{2,40}}ฯ?[ ]{{1,2}}[{_TH_DIGIT}]{{5}}(?![{_TH_DIGIT}])"
# A component may drop its word when the next one keeps its own ("ถ.สุขุมวิท คลองเตย
# จ.กรุงเทพฯ": the subdistrict or district bare between the road and the province), and
# the postcode follows a province written with its word ("จ.เชียงราย 57000").
_TH_KEEPS_WORD = rf",?[ ]{{1,2}}(?:{_TH_COMPONENT}|{_TH_PROVINCE_POSTCODE})"
# (Bare ones may follow each other before it: "... บ่อเทพศิรินทร์ พรเจริญ จันทบุรี 45330", the
# subdistrict and the district without their words, then the province and its postcode.)
_TH_NEXT = (
    rf",?[ ]{{1,2}}(?:{_TH_COMPONENT}|{_TH_MINOR}"
    rf"|[{_TH}]{{2,40}}(?=(?:[ ]{{1,2}}[{_TH}]{{2,40}}){{0,2}}{_TH_KEEPS_WORD}))"
)
THAI_ADDRESS = fast_regex.compile(
    rf"(?<![\w/])(?:{_TH_HOUSE}[ ]{{1,2}}(?:{_TH_COMPONENT}|{_TH_MINOR})"
    rf"|{_TH_COMPONENT}(?={_TH_NEXT}))"
    rf"(?:{_TH_NEXT}){{0,8}}"
    rf"(?:,?[ ]{{1,2}}(?:{_TH_PROVINCE_POSTCODE}|[{_TH_DIGIT}]{{5}}(?![{_TH_DIGIT}])))?"
)
# A street or place name in Greek or Cyrillic capitals followed by its number: "Ανθοχωρίου
# Δωδώνης 81", "Σκούρα 770" (Greek addresses often drop the street word). Not a lab result
# with its unit ("Гемоглобін 128 г/л", "Креатинин 92 мкмоль/л", "Αιμοσφαιρίνη 13 g/dL").
_CYR_GR_UNIT = (
    r"(?:[мкнп]?г|(?:мк|[мн])?моль|[мд]?л|од|ед|мм|см|кг|уд|mg|g|mmol|µmol|umol|ml|dl|l|iu|u)"
)
CYR_GR_NAME_NUMBER = fast_regex.compile(
    rf"(?<![\w])[{_CYR_GR_UPPER}][^\W\d_]{{1,30}}(?:[ ][{_CYR_GR_UPPER}][^\W\d_]{{1,30}}){{0,3}}"
    r"[ ]\d{1,5}(?!\d)(?:[-/]\d{1,4}(?!\d))?(?![.,]\d)"
    rf"(?![ ]?(?i:{_CYR_GR_UNIT})(?:/|(?![^\W\d_]|\.))|[ ]?%)"
)
# Central and South-East European streets named with a preposition or as an adjective,
# with no street word: Czech and Slovak "U Waltrovky 7", "Na Pěšině 1", "K Louži 12", "Pod
# Vyšehradem 5"; Slovenian and Croatian "Pod zidom 7a/7", "Za gasilskim domom 6", "Pot v
# Mlake 5", "Put Supavla 12"; adjectival and place-name streets "Gajeva 5", "Masarykova 12",
# "Ilirska 3", "Jordanovac 110". The house number ends its clause (a comma, a line end, a
# bracket, a full stop before a space) so "Na oddělení 5 dní" stays. Capitalised words
# after a preposition; a lower-case noun only in the instrumental or locative case that
# these street names take ("zidom", "domom", "vrtovima").
_SLAVIC_UPPER = "A-ZČĆĎĐŇŘŠŤŽÁÉÍÓÚÝŮ"
_SLAVIC_LOWER = "a-zčćďđěňřšťžáéíóúýůľĺŕôä"
# (Czech and Slovak letters that no English word holds: a plural place noun with one of
# them is a street's name, "Prídanky", "Hradčany", "Letňany")
_CZ_SK_MARKED = "áéíóúýčďěňřšťžůľĺŕô"
_HOUSE_NUMBER_AT_CLAUSE_END = (
    r"[ ]\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?"
    # the floor or flat written on after the number: "Svibovac 5c/3. kat", "7, 2. sprat"
    r"(?:\.?,?[ ](?:\d{1,2}\.[ ])?(?:kat|sprat|stan|byt|patro|posch\.|nadstropje)"
    r"(?:[ ]\d{1,4})?)?"
    r"(?=[ \t]*(?:[,;\n)]|\.(?:\s|$)|$))"
)
_CASE_NOUN = rf"[{_SLAVIC_LOWER}]{{2,20}}(?:om|em|ima|ama|ami|ah|ih|eh)"
SLAVIC_STREET = fast_regex.compile(
    rf"(?<![\w.-])(?:(?:U|Na|K|Ke|V|Ve|Za|Pod|Nad|Ob|Pri|Pred|Před|Med|Mezi)"
    rf"(?:[ ][{_SLAVIC_UPPER}][{_SLAVIC_LOWER}]{{2,25}}){{1,3}}"
    rf"|(?:Pod|Nad|Za|Ob|Pri|Pred|Med)(?:[ ][{_SLAVIC_LOWER}]{{3,20}})?[ ]{_CASE_NOUN}"
    rf"|(?:Pot|Put)(?:[ ](?:v|na|k|pod|za|ob|pri|do|od|u)[ ][{_SLAVIC_UPPER}{_SLAVIC_LOWER}]"
    rf"[{_SLAVIC_LOWER}]{{1,25}}"
    rf"|[ ][{_SLAVIC_UPPER}][{_SLAVIC_LOWER}]{{1,25}}){{1,3}}"
    # streets named after a titled person: "Kneza Miloša 12", "Kralja Petra 5", "Bulevar
    # kralja Aleksandra 73", "Vojvode Stepe 10"
    rf"|(?:Knez|Kneza|Kralja|Kraljice|Cara|Bana|Sv\.|Svetog|Svetega|Vojvode|Generala|"
    rf"Maršala|Bulevar[ ](?:kralja|cara|vojvode|despota|oslobođenja))"
    rf"(?:[ ][{_SLAVIC_UPPER}][{_SLAVIC_LOWER}]{{2,20}}){{1,2}}"
    rf"|[{_SLAVIC_UPPER}][{_SLAVIC_LOWER}]{{2,20}}(?:ova|eva|ska|čka|ška|ovac|evac)"
    # Czech and Slovak streets with no type word, as their street registers name them: an
    # adjective in the feminine ("Hlavná 12", "Nádražní 5", "Školská 3") or a plural noun
    rf"|[{_SLAVIC_UPPER}][{_SLAVIC_LOWER}]{{2,20}}(?:ná|ní|ká)"
    rf"|[{_SLAVIC_UPPER}](?=[{_SLAVIC_LOWER}]{{0,20}}[{_CZ_SK_MARKED}])[{_SLAVIC_LOWER}]{{1,20}}[kn]y)"
    + _HOUSE_NUMBER_AT_CLAUSE_END,
    word_led=True,
)
_SLAVIC_HINT = re.compile(
    r"(?:\b(?:U|Na|K|Ke|V|Ve|Za|Pod|Nad|Ob|Pri|Pred|Před|Med|Mezi|Pot|Put|Knez|Kneza|Kralja|"
    r"Kraljice|Cara|Bana|Sv\.|Svetog|Svetega|Vojvode|Generala|Maršala|Bulevar) "
    r"|(?:ova|eva|ska|čka|ška|ovac|evac|ná|ní|ká|ky|ny) \d)"
)


# Designator chains: "Building 12, Street 5, Block 3" (Kuwait), "Flat 12, Building 345, Road
# 1234, Block 456" (Bahrain), "Villa 23, Street 14" (UAE), "House 11, Road 3" (Bangladesh),
# "House No. 12, Street 5, Sector F-7/2" (Pakistan), "Flat A, 6/F, Tower 5" (Hong Kong),
# "Plot 12, ..." (Nigeria, India), "RR 4, Site 16, Comp 21" (Canada's rural routes),
# "HC 68 Box 12" (US highway contract routes), "Moo 6, Soi 11" (Thailand): two or more
# designators with their numbers, at least one of them a street, block, house or route.
_DESIGNATORS = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        building bldg bldg. street st st. road rd rd. block blk blk. avenue ave ave. house
        villa flat apt apt. apartment plot sector lane zone jadda sikka way floor door_no.
        door_no h.no. h._no. house_no. plot_no. room unit tower office moo soi rr r.r. hc
        site comp compartment box kompleks complex phase estate area gali mohalla ward_no.
        """
    )
)
STREETLIKE_WORDS: Final = frozenset(
    word_list(
        """
        street st st. road rd rd. block blk blk. avenue ave ave. house villa plot sector lane
        jadda sikka way door moo soi rr r.r. hc site comp h.no. gali mohalla flat apt apt.
        apartment tower
        """
    )
)
_DESIGNATED = (
    rf"(?i:{_DESIGNATORS})\.?[ ]{{0,2}}(?:No\.?[ ]?)?"
    r"(?:[A-Z]-?\d{1,5}(?:/\d{1,3})?|\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?){0,2}|[A-Z])(?![\w])"
)
DESIGNATOR_CHAIN = fast_regex.compile(
    rf"(?<![\w.]){_DESIGNATED}(?:(?:,[ ]{{0,2}}|[ ]{{1,2}}|\n)"
    rf"(?:{_DESIGNATED}|\d{{1,2}}/F\b)){{1,6}}",
    word_led=True,
)


def streetlike_chain(value: str) -> bool:
    """Whether a designator chain names a street, block, house or route (not only "Room 4,
    Bed 12" or "Floor 2, Unit 3")."""
    return any(w.casefold().rstrip(",") in STREETLIKE_WORDS for w in value.split())


# Flat, floor, staircase and door words that follow a street line in the countries'
# own languages (lower case, as written after the house number): Swedish "lgh 1403" (the
# Lantmäteriet flat number), "vån", "tr"; Norwegian "leil", "etg"; Danish "st. tv.", "2. th.",
# "mf", "sal"; Finnish "as.", "krs"; Hungarian "fsz. 1.", "2. em. 5. ajtó", "lph"; Czech and
# Slovak "byt č. 31", "patro", "vchod", "posch."; Slovenian "stanovanje 8", "nadstropje";
# Croatian, Serbian, Bosnian "stan 19", "kat", "sprat", "ulaz"; Polish "m. 5", "lok.",
# "kl.", "p."; German and Austrian "3. OG links", "Stiege 2, Top 14", "Whg. 5", "Tür";
# Romanian "sc. B, et. 3, ap. 12"; Spanish and Mexican "piso 4, depto. 35", "izq.", "pta.";
# French "Appt 10, Bât. A", "esc.", "rdc"; Italian "scala B, int. 5"; Portuguese "r/c esq.".
LOCAL_UNIT_WORDS: Final = frozenset(
    word_list(
        """
        lgh lgh. lägenhet vån vån. våning tr tr. trappa bv leil leil. leilighet etg etg. etasje
        oppg oppg. st st. th th. tv tv. mf mf. sal lejl lejl. lejlighed as as. asunto krs krs.
        kerros rappu fsz fsz. földszint em em. emelet ajtó ajtó. lph lph. lépcsőház
        byt č č. č.p. patro vchod posch posch. poschodie stanovanje stan nadstropje
        nadstr. kat kat. sprat ulaz m m. mieszk. mieszkanie lok lok. lokal kl. klatka p.
        piętro og og. eg ug dg links rechts mitte stiege stg stg. top tür whg whg. wohnung
        ap ap. sc sc. bl bl. et et. etaj piso depto depto. dpto dpto. puerta pta pta. izq
        izq. izda izda. dcha dcha. int int. interior appt appt. bât bât. bâtiment étage esc
        esc. escalier porte rdc scala interno piano andar apto apto. esq esq. dto dto. r/c
        """
    )
)
# Landmark and district words of Indian addresses that an address line goes on over
# ("..., near bus stand, opp. SBI Bank, Dist. Suryapet"), in lower case.
INDIAN_LANDMARK_WORDS: Final = frozenset(
    word_list(
        """
        near nr nr. opp opp. opposite behind beside adjacent landmark bus stand bus-stand
        chowk p.o. dist dist. district tehsil taluk taluka mandal
        """
    )
)


# Central America's landmark addresses: "Del Parque Central 200 m al norte y 50 m al este",
# "de la iglesia 100 varas al sur": metres or varas towards a cardinal point.
LANDMARK_DISTANCE = fast_regex.compile(
    r"(?i:(?<![\w])(?:del?|de la|desde|frente a|costado)[ ](?:[\w.'’-]{1,30}[ ]){1,5}?)?"
    r"\d{2,4}[ ]?(?i:m|mts\.?|metros|varas|km)[ ](?i:al[ ])?(?i:norte|sur|este|oeste)"
    r"(?:[ ](?i:y)[ ]\d{2,4}[ ]?(?i:m|mts\.?|metros|varas)[ ](?i:al[ ])?(?i:norte|sur|este|oeste))?",  # noqa: E501
    word_led=True,
)
# An address after its label, to the end of its line, in the languages above: "Address:",
# "Home address -", "Adresse :", "Anschrift:", "Dirección:", "Endereço:", "Indirizzo:",
# "Adres:", "Adresa:", "Địa chỉ:", "住所:", "주소:", "Адрес:", "Διεύθυνση:", "כתובת:", "العنوان:";
# the Nordic, Central European and Malay words ("Heimilisfang:", "Adress:", "Bopæl:",
# "Naslov:", "Lakcím:", "Alamat:") and a residence card's place of stay ("체류지:", "住居地:").
_ADDRESS_LABELS = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        address home_address postal_address mailing_address residential_address
        current_address permanent_address correspondence_address addr addr. adresse
        anschrift wohnadresse dirección direccion domicilio indirizzo endereço endereco
        morada adres adresa adresas aadress osoite adresse_postale địa_chỉ 住所 地址 주소
        manzil manzili yashash_manzili mekenjay seoladh seoladh_baile cyfeiriad
        адрес адреса διεύθυνση כתובת العنوان نشانی آدرس پتہ ঠিকানা पता ठेगाना 등록기준지
        heimilisfang lögheimili adress hemadress postadress bopæl bostedsadresse naslov
        lakcím bydliště prebivalište alamat domicile domiciliu 체류지 住居地 住址 居住地
        """
    )
)
LABELLED_ADDRESS = fast_regex.compile(
    # at a line's start or after a sentence on the same line ("... 214. Adresa: ...")
    rf"(?im:(?:^|(?<=[.;!?][ \t]))[ \t]{{0,4}}(?:[|][ \t]{{0,2}})?(?:{_ADDRESS_LABELS})[ \t]{{0,2}}(?:\(?[\w ]{{0,12}}\)?)?"  # noqa: E501
    # (or a form's box after the label: "Home address [ 12 Main St ]")
    r"[ \t]{0,2}[:：\[-][ \t]{0,3})"
    # The value ends at its line's end (`$` outside the group above needs its own "m"), or
    # where the line's next field starts: a column gap of two blanks or a tab ("...OR 04569
    #   Housing: Rent"), a spaced dash or a bracket ("... (3 yrs) — landlord ..."), the next
    # label ("... Korinthos. Son: ...", "... 002717. Тел.: ..."; not the house and flat
    # labels of Turkish and other addresses, "No: 12", "D: 5", "Kat: 3"), a time clause
    # after a comma ("..., since 18-Dec-19").
    r"(?P<value>[^\n|]{3,160}?)(?=[ \t]*(?:[|\]]|(?m:$))|[ ]?\t|[ ]{2}|[ ][—–][ ]|[ ]\("
    r"|[.,]?[ ](?!(?i:no|nr|n[º°o]|d|daire|kat|blok|apt|ap)\b)[^\W\d_][\w'’-]{0,25}\.?[ ]?[:：]"
    r"|,[ ](?:since|from|until|till|for|seit|depuis|desde|dal|sinds|od)[ ])",
    word_led=True,
)

# Rules and the (folded) text substrings that gate them: a rule runs only on texts holding
# one, so the scripts and words they need cost a substring test elsewhere.
WORLD_STREETS: Final = (
    ("address_cjk", CJK_ADDRESS),
    ("address_kr", KR_ADDRESS),
    ("address_il", IL_ADDRESS),
    ("address_jp_kr_latin", JP_KR_LATIN),
    ("address_ru_gr", RU_GR_STREET),
    ("address_cyr_gr_number", CYR_GR_NAME_NUMBER),
    ("address_designators", DESIGNATOR_CHAIN),
    ("address_name_type_number", NAME_TYPE_NUMBER),
    ("address_landmark_distance", LANDMARK_DISTANCE),
    ("address_slavic", SLAVIC_STREET),
    ("address_ge", GEORGIAN_STREET),
    ("address_hy", ARMENIAN_ADDRESS),
    ("address_th", THAI_ADDRESS),
    ("address_fa_ar", FA_AR_STREET),
)
# Latin substrings that the romanised street and house words hold (a cheap gate).
_RU_GR_LATIN_HINTS: Final = (
    "ul.", "odos", "leof", "kv.", "d. ", "bud.", "vulyts", "vulits", "vulica", "vul.",
    "provulok", "prov.", "prospekt", "prosp.", "pr-t", "pr-kt", "ploshch", "ploshad",
    "ploshtad", "uzviz", "naberezh", "nab.", "bulvar", "bul'var", "bulv.", "bulevard",
    "shose", "shosse", "aleia", "alleya", "maidan", "maydan", "tupyk", "tupik", "proizd",
    "proyezd", "proezd", "ulits", "ulitca", "ulitza", "pereulok", "mikrora", "mkr.",
    "zh.k.", "zavulak", "praspekt", "kvartal",
)  # fmt: skip
_CJK_CHARS = re.compile(rf"[{_CJK}〒]")
_HANGUL_CHARS = re.compile(rf"[{_HANGUL}]")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_CYR_GR = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_GEORGIAN = re.compile(rf"[{_GE}]")
_ARMENIAN = re.compile(r"[\u0531-\u0587]")
_THAI = re.compile(rf"[{_TH}]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# NAME_TYPE_NUMBER tries every capitalised word; it can match only where a street type
# comes before a number or where two numbers share a slash.
_NAME_TYPE_HINT = re.compile(
    r"(?:St|Rd|Ave|Blvd|Lane|Ln|Street|Road|Avenue|Boulevard)\.?,? \d|\d/\d"
)


_SCRIPT_GATES: Final = (
    ("address_cjk", _CJK_CHARS),
    ("address_kr", _HANGUL_CHARS),
    ("address_il", _HEBREW),
    ("address_cyr_gr_number", _CYR_GR),
    ("address_ge", _GEORGIAN),
    ("address_hy", _ARMENIAN),
    ("address_th", _THAI),
    ("address_fa_ar", _ARABIC_SCRIPT),
)
_DIGIT = re.compile(r"\d")


def world_gates(text: str, folded: str) -> frozenset[str]:
    """The rules of `WORLD_STREETS` that may match in `text` (cheap tests first)."""
    rules = {"address_designators"}
    if not text.isascii():  # (one test rules out every script below for an ASCII text)
        rules.update(rule for rule, chars in _SCRIPT_GATES if chars.search(text))
    if "address_cyr_gr_number" in rules or any(w in folded for w in _RU_GR_LATIN_HINTS):
        rules.add("address_ru_gr")
    if _DIGIT.search(text) is None:
        return frozenset(rules)  # the rules below all end in a house number or a distance
    if "-" in text:
        rules.add("address_jp_kr_latin")
    if _NAME_TYPE_HINT.search(text):
        rules.add("address_name_type_number")
    if _SLAVIC_HINT.search(text):
        rules.add("address_slavic")
    if any(w in folded for w in ("norte", "sur", "este", "oeste")):
        rules.add("address_landmark_distance")
    return frozenset(rules)
