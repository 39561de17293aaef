"""Ages over 89 (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C): "all ages over 89" are
folded into "90 or older"), in the forms people write them. Pure `re`/`regex`; the number
is masked, with the unit word written after it ("94 tahun", "92 years old": a form's
value), so "aged <AGE_1>" and "<AGE_1>-year-old" still read as an age.

Each number from 90 to 129 that stands alone (not part of a longer number, a decimal, a
ratio or a range) is read with the words on either side of it. It is an age when:

- a word that says "age" or "aged" comes before it, in about 25 languages, with a
  form's punctuation between ("Age: 92", "| Age | 92", "Age (yrs): 92", "age at entry 92",
  "âgée de 92", "im Alter von 92", "w wieku 92", "ηλικία: 92", "年齢：92");
- a unit that only an age takes follows it ("92-year-old", "92 y/o", "92yoF", "92-jährige",
  "92-letnia", "92 éves", "92 yaşında", "92-vuotias", "92 tuổi", "92歳", "92세", "92enne");
- a word for "years" follows it ("92 years", "92 ans", "92 años", "92 lat", "92 tahun"),
  of every CLDR locale ("102 वर्ष", "94 سال", "95 שנים", "92 ปี": CLDR's "duration-year"
  units, cldr_year_units.py, generated from babel by resources/year_units.py), and
  nothing makes it a span of time ("92 years ago", "vor 92 Jahren", "il y a 92 ans",
  "for 92 years", "92 jaar geleden", "۹۴ سال پیش", "منذ 94 سنة");
- a sex letter stands beside it ("92 F", "92M", "M/92", "Age/Sex: 92/F"), not a
  temperature in Fahrenheit;
- a person is said to be it ("she's 92", "mum is 92", "turned 92", "died at 92"), or it
  is a birthday ("92nd birthday", "92. Geburtstag"), or it stands in brackets after a name
  or a date of birth ("Mrs Okafor (92)", "DOB 01/02/1931 (92)");
- it follows a person's name with a comma, "is" or "approx" between and the clause or the
  line ending after it ("Elin Lind, 90", "Sørensen is 101 now"): the text path passes the
  persons it found, the second pass the first's person placeholders;
- a word for "years" is the form's label before it ("Paziente: Rossi, anni 96").

Digits of every script count as their values ("۹۴", "१०२", "٩٤"), and a label may
end in a printed form's dot leader ("Age.......... 97").

Ages written in words are read the same way, in about 30 languages ("she is ninety-four",
"Alter: sechsundneunzig", "Mrs Okafor, one hundred and three, ...": `spelled_ages.py`,
from num2words), and the words for the decades ("mid-nineties", "centenarian") too.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from app.redaction import fast_regex, spelled_ages
from app.redaction.cldr_year_units import YEAR_UNITS_AFTER, YEAR_UNITS_BEFORE
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

RULE = "age_over_89"


def _words(spaced: str) -> str:
    """A trie of the words ("_" stands for a space)."""
    return trie_pattern(w.replace("_", " ") for w in word_list(spaced))


# A number that may be an age over 89: not part of a longer number or a decimal.
_NUMBER = fast_regex.compile(r"(?<![\d.])(?<!\d,)(?:9\d|1[0-2]\d)(?!\d|[.,]\d)")
# How much text on either side of a number is read.
_BEFORE = 64
_AFTER = 40

# After the number: a measurement, a ratio, a range or a time ("92 mg", "92/60", "92%",
# "90-95", "92 °C"), which no age is.
_MEASURED = fast_regex.compile(
    r"\s?(?:%|‰|°|[-–]\s?\d)|[/:×]\s?\d"
    r"|\s?(?i:mg|mcg|µg|ug|g|kg|lbs?|ml|l|dl|iu|units?|mmol|mmhg|bpm|cm|mm|km|m2|kcal|min)"
    r"(?![^\W\d_])"
)
# Before it: money, a number sign or a running number ("£92", "#92", "No. 92").
_COUNTED = fast_regex.compile(r"(?:[$£€¥₹#№]|\bNo\.?|\bNr\.?|\bn[°º])\s?$")

# Units only an age takes, right after the number (a space or a hyphen between).
_AGE_UNIT = _words(
    """
    year_old years_old year-old years-old yr_old yrs_old yr-old yrs-old y_old y/o y.o. y.o
    yo yoa y-o y-old years_of_age year_of_age yrs_of_age yr_of_age
    jahre_alt jahr_alt jährig jährige jähriger jährigen jährigem jähr. jahrig jahrige
    jaar_oud jarige jarig
    letni letnia letnie letniego letniej letnią letnim latek latka
    letý letá letého leté letou letému ročný ročná ročného ročnej ročnú
    éves évesen
    yaş yaşında yaşındaki yaşındayken yaşlı
    årig åriga årige år_gammal år_gammel år_gamle åring åringen åringar
    vuotias vuotiaana vuotiaan vuotiaalla vuotiaat
    tuổi
    ετών ετων χρονών χρόνων χρονων χρονος χρονη χρονο χρονου
    eton etón chronon chronón xronon
    летний летняя летнего летней летнюю летним летнему
    річний річна річного річної річну річним
    taong_gulang
    """
)
# Words for "years" after the number: an age unless the words around make it a span of
# time (see `_AGO` and `_DURATION`).
# ... and every CLDR locale's words for a number of years ("102 वर्ष", "94 سال", "92 ปี",
# "92 שנים": cldr_year_units.py, generated from babel).
_YEARS = trie_pattern(
    {
        *(
            w.replace("_", " ")
            for w in word_list(
                """
    years year yrs yr y j. jahre jahren jhr. ans años anos anni anno jaar jr jr.
    lat lata let rokov roků rok år vuotta ani de_ani tahun taon godina godine godini
    лет года год роки років рік sana sanah saal varsh varsha miaka metai metų gadi gadus
    aastat عاما عاماً عامًا
    """
            )
        ),
        *YEAR_UNITS_AFTER,
    }
)
_UNIT_AFTER = fast_regex.compile(
    rf"(?:\s{{0,2}}|[-‐–])(?i:(?P<age>{_AGE_UNIT})|(?P<years>{_YEARS}))"
    r"(?:\s?[MFmf])?(?![^\W\d_])"
    # "92enne", "una 92enne" (Italian), the units of Chinese, Japanese and Korean
    r"|-?(?i:enne)(?![^\W\d_])|\s?(?:歳|才|岁|歲|周岁|周歲|週歲|세|살)",
    word_led=True,
)
# A number with an age's unit glued on ("95-åriga", "104yo", "92yoF"): an age, never a
# record number (record_numbers asks).
AGE_WITH_UNIT = fast_regex.compile(rf"\d{{1,3}}(?:{_UNIT_AFTER.pattern})")


# After "years": it was that long ago, or later, or it lasted so long.
_AGO = fast_regex.compile(
    r"\s{1,3}(?i:"
    + _words(
        """
        ago later earlier before after since back previously prior hence from_now of
        geleden terug fa or_sono sedan siden sitten myöhemmin aiemmin temu później
        wcześniej назад тому спустя lalu yang_lalu kemudian önce sonra trước în_urmă
        mai_târziu zuvor davor später danach plus_tard auparavant antes después atrás
        depois dopo prima ezelőtt később zpět předtím později nazad kasnije ранее позже
        پیش قبل بعد مضت خلت پہلے بعد पहले बाद पूर्व আগে পরে முன்பு முன் பின் ก่อน ที่แล้ว
        לפני אחרי
        """
    )
    + r")(?![^\W\d_])(?!\s(?i:age)\b)",
    word_led=True,
)
# Before the number: a word that makes "92 years" a span of time ("for 92 years", "vor 92
# Jahren", "il y a 92 ans", "hace 92 años", "há 92 anos", "acum 92 de ani"), and a lease's
# term as land registers and valuations write it ("leasehold 125 years", "unexpired term
# 112 yrs").
_DURATION = fast_regex.compile(
    r"(?<![^\W\d_])(?i:"
    + _words(
        """
        for in over within after since during vor seit nach binnen innerhalb über hace
        desde durante tras il_y_a depuis pendant durant après en há após acum timp_de după
        de_peste przed od przez po za per da tra fra dopo sedan i om för efter na voor
        sinds před през через за после спустя selama sejak dalam setelah trong sau
        boyunca منذ لمدة خلال طوال مدة طی_مدت به_مدت طی مدت از_مدت במשך לפני מזה
        पिछले पिछली तक लगभग ในรอบ เป็นเวลา
        lease leasehold term unexpired remaining tenure
        """
    )
    + r")\s+(?i:(?:about|almost|nearly|over|more\s+than|the\s+last|the\s+past|the\s+next|"
    r"etwa|fast|mehr\s+als|über|casi|más\s+de|unos|plus\s+de|presque|environ|quasi|oltre|"
    r"circa|ponad|prawie|około|bijna|ruim|meer\s+dan|cerca\s+de|mais\s+de|quase)\s+)?$"
)
# An estimate's hedge before the number, as a clinician, a police officer or a coroner
# writes an age not known for sure ("approx 96", "est. 104", "c. 92", "~95", "ca. 93"),
# in the languages the labels below are in ("etwa", "environ", "aprox.", "około",
# "cirka", "noin", "yaklaşık", "khoảng", "около").
HEDGE: Final = (
    r"approx\.?|approximately|about|around|circa|ca\.?|c\.|~|est\.?|estimated|roughly|"
    r"etwa|ungefähr|ungef\.|zirka|environ|env\.|aprox\.?|aproximadamente|"
    r"około|ok\.|cirka|ungefär|omkring|noin|yaklaşık|khoảng|около|приблизно|"
    r"approssimativamente|ongeveer|ong\.|cca\.?|kb\.|körülbelül"
)
# Before the number: a word for "age" (with a form's labels, units and hedges after it).
_LABEL_WORDS = (
    _words(
        """
    age aged ages âge âgé âgée agé agée âgé_de âgée_de agé_de agée_de à_l'âge_de
    alter im_alter_von alters lebensalter edad de_edad con_edad età di_età all'età_di
    di_anni d'anni d’anni dell'età_di anni:
    wiek w_wieku wieku lat leeftijd op_de_leeftijd_van idade com_idade aos yaş yaşı yaşım
    věk ve_věku vek vo_veku vârsta vârstă în_vârstă_de la_vârsta_de ålder alder
    i_en_alder_af i_en_ålder_av ikä iältään életkor kor umur usia berusia tuổi
    ηλικία ηλικίας возраст возрасте в_возрасте вік віці у_віці umri umri_wa_miaka edat
    umr omr umar umra patientenalter patientalter pasientalder patientålder
    anb alb
    سن السن العمر عمر عمره عمرها גיל בגיל आयु उम्र उमर उमेर वय বয়স வயது వయస్సు
    ವಯಸ್ಸು വയസ്സ് ਉਮਰ ઉંમર อายุ ອາຍຸ ዕድሜ ასაკი տարիք տարիքը տարիքի
    ετών ετων
    """
    )
    + "|"
    + trie_pattern(YEAR_UNITS_BEFORE)
)
_LABEL = fast_regex.compile(
    rf"(?<![^\W\d_])(?i:{_LABEL_WORDS})"
    # "age at entry", "age next birthday", "age on admission", "Age/Sex"; the UK medical
    # certificate of cause of death's "Age as stated to me"
    # (US standard death certificate: "AGE-Last Birthday (Years)")
    r"(?i:[\s-](?:at|on|next|last|nearest|of|in|as|when|upon)\s[^\W\d_]{2,12}(?:\s[^\W\d_]{2,12}){0,3}"
    # "Wiek pacjenta", "Alter des Patienten", "edad del paciente", "âge du patient"
    r"|\s(?:(?:des|der|del|de|du|dello|della|do|da|van|de\sla)\s)?(?:patient(?:en|in|e|a)?|"
    r"paciente|paziente|pacjent(?:a|ki)|pacient(?:a|ky)?|patiënt(?:e)?|hastanın|bệnh\snhân)"
    r"|\s?[/&,]\s?(?:sex|gender|geschlecht|sexe|sexo|sesso|płeć|pohlaví|nem|cinsiyet|dob|"
    r"d\.o\.b\.)"
    # Tagalog's possessive after the word ("Age niya: 97", "edad niya 94": his, her age)
    r"|\s(?:niya|nya|nila|ko|mo))?"
    # "Age (yrs)", "Alter (J.)"
    r"\.?(?:\s?\((?i:in\s)?(?i:y|yrs?|years?|jahre|j\.?|ans|años|anni|anos|lat|let|år)\))?"
    # a form's separator, or the dot leader of a printed form ("Age.......... 97")
    r"(?:\s{0,3}(?:[:：=|–-]\s{0,3})?|[ \t]?[.…·_]{2,}[:：]?[ \t]{0,3}|\t{1,3})(?:\|\s{0,3})?"
    rf"(?i:(?:is|was|of|de|di|von|van|now|{HEDGE}|"
    r"almost|nearly|over|just|only)\s{0,2})?$"
)
# A word for "years" as the label, right after a form's separator or a line's start
# ("Paziente: Rossi Maria, anni 96", "Pacjent: Nowak, lat 92", "Jahre: 92"); not "negli
# anni 90" (the nineties), where an article stands before it.
_YEARS_LABEL = fast_regex.compile(rf"[\n,;:(|]\s{{0,2}}(?i:{_YEARS})\.?\s?[:=]?\s{{0,2}}$")
# Chinese, Japanese and Korean labels ("年齢：92", "나이: 92", "만 92세").
_CJK_LABEL = fast_regex.compile(r"(?:年齢|年龄|年齡|나이|연령|만|享年|享寿)\s?[:：]?\s?$")
# An ambulance handover's mnemonic, its letters the labels: ATMIST (Age, Time of
# incident, Mechanism, Injuries, Signs, Treatment: the UK ambulance services' pre-alert,
# JRCALC) and ASHICE (Age, Sex, History, Injuries, Condition, ETA: the military and
# ambulance casualty report): "A: 105  T: 14:20  M: fall", "A - 96 / S - F". Its "A" is the
# age where the mnemonic is named, or where the next letter's label ("T", "S") follows on
# the line or the next; "A" alone is a grade, a column or a plan.
_MNEMONIC_AGE = fast_regex.compile(r"(?<![^\W\d_])A[ \t]?[:=–-][ \t]{0,3}$")
_MNEMONIC_NEXT = fast_regex.compile(r"[ \t]*[,;|/]?[ \t]*\n?[ \t]*[TS][ \t]?[:=–-]")
_MNEMONIC_NAME = fast_regex.compile(r"(?<![^\W\d_])(?i:at-?mist|ashice)(?![^\W\d_])")
# A sex letter beside the number ("92 F", "92M", "92/F", "M/92", "F, 92").
_SEX_AFTER = fast_regex.compile(
    r"\s?/?\s?[MF](?![^\W\d_])"
    r"|,\s?(?i:male|female|man|woman|m|f|männlich|weiblich|masculin|féminin|masculino|"
    r"femenino|maschio|femmina)(?![^\W\d_])"
)
_SEX_BEFORE = fast_regex.compile(
    # ("w/ 96", a blank after the slash, is English "with": only "w/96" is a sex)
    r"(?<![^\W\d_])(?:(?:[MFW]|(?i:male|female|man|woman|männlich|weiblich|masculin|"
    r"féminin|masculino|femenino|maschio|femmina|mujer|hombre|varón|kobieta|mężczyzna))"
    r"\s?[/,]\s?|[mfw](?:/|,\s?))$"
)
# ... but "Temp 99F", "T max 101 F" are temperatures.
_FAHRENHEIT = fast_regex.compile(
    r"(?i:\btemp|\bt\s?max|\btmp|fever|febrile|pyrex|\bt\s?[:=]?\s?$|°)"
)
# A person is said to be the number ("she's 92", "mum is 92", "turned 92", "died at 92").
_SAID = fast_regex.compile(
    r"(?i:(?<![^\W\d_])(?:(?:i|she|he|mum|mom|mam|mother|dad|father|grandma|grandmother|"
    r"gran|granny|nan|nana|grandpa|grandfather|grandad|granddad|husband|wife|patient|"
    r"pt|who|aunt|uncle|sister|brother|claimant|insured|policyholder|customer|client|"
    r"resident|victim|subject|employee|member|applicant|deceased|decedent|person|man|"
    r"woman|lady|gentleman|widow|widower|lola|lolo)"
    # ... the kin word's name after it ("Grandma Rose is 94", "my aunt Ida's 91")
    r"(?-i:(?:\s\p{Lu}\p{Ll}+){0,2})"
    r"(?:['’]s|['’]ll\s+be|['’]d\s+be|\s(?:is|was|will\s+be|turned|turns|just\s+turned))"
    r"|i['’]m|im|i\s+am|turned|turns|turning|turn|reached|reaching|reaches|celebrated|"
    r"celebrates|celebrating|died\s+aged|"
    r"(?:died|dies|passed\s+away|passed|death|widowed|remarried|still\s+(?:[^\W\d_]+ing|"
    # ... a person's state, not a reading's ("still sharp at 96!", not "sats still low at 92")
    r"sharp|spry|sprightly|active|alert|fit|strong|healthy|lucid|independent|mobile|feisty|"
    r"bright|young|kicking)|"
    r"independent(?:ly)?|even)\b[^.,;\n]{0,25}?\bat)"
    # ... and a speaker's hedge ("she's like 90", "he's maybe 93")
    r"\s+(?:now\s+|just\s+|already\s+|nearly\s+|almost\s+|over\s+|like\s+|maybe\s+|"
    rf"probably\s+|(?:{HEDGE})\s+)?)$"
)
# ... in other languages: a person or a pronoun, a verb "is/was" ("Die Patientin ist 92",
# "elle a 92", "la paciente tiene 92", "pacjentka ma 92", "hon är 92").
_SAID_WORLD = fast_regex.compile(
    r"(?i:(?<![^\W\d_])(?:patientin|patient|patiente|paciente|paziente|pacjent|pacjentka|"
    r"pacient|pacientka|páciens|patiënt|patiënte|hasta|sie|er|elle|il|ella|él|lei|lui|ela|"
    r"ele|zij|hij|ze|ona|on|hon|han|hun|hän|frau|herr|mutter|vater|oma|opa|mère|père|madre|"
    r"padre|abuela|abuelo|nonna|nonno|mãe|pai|avó|avô|moeder|vader|oma|matka|ojciec|babcia|"
    r"dziadek|mor|far|mormor|farmor|morfar|farfar|bestemor|bestefar)"
    r"(?-i:(?:\s\p{Lu}\p{Ll}+){0,2})\s+"  # "Oma Frieda ist 93"
    r"(?:ist|war|wird|wurde|est|était|a|avait|es|era|tiene|tenía|cumplió|è|ha|aveva|compie|"
    r"é|tem|tinha|fez|is|was|wordt|werd|jest|był|była|ma|miał|miała|skończył|skończyła|je|"
    r"byl|byla|má|är|var|blev|fyller|fyllde|er|ble|fylte|on|oli|täytti)"
    r"\s+(?:(?:jetzt|schon|bereits|fast|maintenant|déjà|presque|ya|casi|già|quasi|já|quase|"
    r"nu|al|bijna|już|prawie|teď|už|nyní|redan|nästan|allerede|nesten|jo|melkein)\s+)?)$"
)
# ... and the clause ends there (not "she's 92 kg", not "turned 92 degrees"): a stop, or a
# conjunction, adverb or preposition that no unit or noun of a measure is ("she's 98 for
# gods sake", "he's 91 at least", "mum is 95 or so").
_CLAUSE_END = fast_regex.compile(
    r"\s*(?:$|[.,;!?)\]|\n–—]|-[ \t]|(?i:and|but|now|this|next|last|today|on|in|so|with|soon|"
    r"for|at|or|though|tho|too|yet|since|after|before|because|cos|when|if|omg|"
    r"already|tomorrow|yesterday|lol|haha|und|aber|et|mais|y|pero|e|ma|mas|en|maar|i|ale|"
    r"a|och|men|og|ve|és|ja|jahre|ans|años|anni|anos|jaar|lat|let|år|vuotta|ani)(?![^\W\d_]))"
)
# A unit letter glued to the number, then the sex ("92J, weiblich", "101a, mujer", "92 a.
# F", "99y/M"): "J" (Jahre), "a" (años, anos, ans), "l" (lat, let), "å", "y".
_UNIT_SEX = fast_regex.compile(
    r"\s?(?:[yYjJaAlLå]|yr|yrs|ans)\.?\s?[,/]?\s?(?:[MFWHVKmfwhvk](?![^\W\d_])|"
    r"(?i:male|female|man|woman|männlich|weiblich|masculin|féminin|homme|femme|masculino|"
    r"femenino|mujer|hombre|varón|maschio|femmina|kobieta|mężczyzna|žena|muž|kvinna|kvinde|"
    r"kvinne|mann|frau|nő|férfi|kadın|erkek)(?![^\W\d_]))"
)
# A birthday or a year of life ("92nd birthday", "92. Geburtstag", "im 92. Lebensjahr").
_BIRTHDAY = fast_regex.compile(
    r"(?:st|nd|rd|th|\.|e|ème|º|°|ª|o)?\s?(?i:"
    + _words(
        """
        birthday bday b-day geburtstag lebensjahr lj lj. anniversaire cumpleaños compleanno
        year_of_life year_of_age godini_života godina_života godine_života godini_zivota
        godina_zivota godini_starosti roku_życia rok_życia roku_zycia roce_života rok_života
        roku_života levensjaar életévében életév année_de_vie anno_di_vita año_de_vida
        ano_de_vida år_av_livet leveår elinvuotta году_жизни году_життя
        aniversário aniversario urodziny verjaardag födelsedag fødselsdag bursdag
        syntymäpäivä születésnap születésnapja narozeniny doğum_günü sinh_nhật
        zi_de_naștere день_рождения день_народження
        """
    )
    + r")(?![^\W\d_])",
    word_led=True,
)
# "her 92nd", "in his 101st year"
_POSSESSIVE = fast_regex.compile(r"(?i:(?<![^\W\d_])(?:his|her|their|my|your)\s+)$")
_ORDINAL = fast_regex.compile(r"(?i:st|nd|rd|th)(?![^\W\d_])")
# The year of life an obituary counts in other languages: a possessive (or German "im"),
# the number with its ordinal mark and a word for "year" ("dans sa 100e année", "en su
# 96º año", "im 93. Lebensjahr", "in zijn 92ste levensjaar").
_LIFE_YEAR_OWNER = fast_regex.compile(
    r"(?i:(?<![^\W\d_])(?:sa|son|suo|sua|su|seu|seinem|ihrem|im|zijn|haar)\s+)$"
)
_LIFE_YEAR = fast_regex.compile(
    r"(?i:e|è|ème|eme|er|º|ª|o|a|\.|ste|de)?\s?"
    r"(?i:année|annee|anno|año|ano|lebensjahr|levensjaar|year)(?![^\W\d_])"
)
# In brackets right after a name or a date of birth: "Mrs Okafor (92)", "DOB 1931 (92 y)".
_OPEN_AFTER_NAME = fast_regex.compile(
    r"(?:[^\W\d_]\.?[ \t]|(?<![\d/.-])(?:\d{1,2}[./-]\d{1,2}[./-])?\d{4}[ \t]?)\("
    rf"(?i:(?:now|aged?|{HEDGE}|jetzt|heute|actuellement|ahora|agora|ora|teraz)[ \t]?)?$"
)  # ("DOB 01/09/1914 (now 109)", "Okafor (aged 92)")
_CLOSE = fast_regex.compile(
    r"(?:\s?(?i:y|yrs?|yo|y/o|j|a|l|ans?|años|anni|jahre|lat|let|år|tuổi)|\s?[MF])?\)"
)


# Before the number: a place, a count or a measurement named by a word ("room 92", "bed
# 92", "HR, 92"): the rules below that need no age word do not read it as an age.
_PLACE = fast_regex.compile(
    r"(?i:(?<![^\W\d_])(?:room|rm|bed|ward|bay|unit|floor|level|suite|box|route|bus|page|"
    r"pp?|table|fig|figure|section|chapter|line|item|grade|score|step|stage|gate|platform|"
    r"exit|apt|flat|house|lot|cell|block|building|bldg|hall|seat|row|track|channel|"
    r"version|id|code|ref|case|hr|bp|rr|sats?|spo2|pulse|rate|glucose|bm|hb|temp|"
    # laboratory values and measurements whose figures run from 90 to 129
    r"chloride|cl|sodium|potassium|creatinine|creat|urea|bun|ldl|hdl|cholesterol|chol|"
    r"ferritin|weight|wt|height|ht|sbp|dbp|map|o2|fio2|iq|bmi|mcv|wbc|plt|hct|egfr|gfr)"
    r"\.?[:#,]?\s?)$"
)
# "Adaeze Okafor, 92, was admitted", "the patient, 92, lives alone", "(Smith, 92)": a
# number between commas right after a name or a word for a person.
_APPOSED = fast_regex.compile(
    # ("Okafor (MRN 4471), 92, new admission": a name with its id in brackets; an
    # apostrophe or a backtick inside a romanised name: "O'Neill", "Hrhip`sime")
    # (any capital: "Žofia Nováková, 92", "Łucja Dąbrowska, 95")
    r"(?:(?<![^\W\d_])\p{Lu}[\p{Ll}\p{Lu}](?:[^\W\d_]|['’`](?=[^\W\d_]))*"
    r"(?:\s\([^()\n]{1,24}\))?"
    r"|(?i:(?<![^\W\d_])(?:patient|pt|resident|"
    r"widow|widower|woman|man|lady|gentleman|female|male|mother|father|grandmother|"
    r"grandfather|pensioner|client|customer|claimant|insured|victim|driver|employee|"
    r"homme|femme|mann|frau|hombre|mujer|uomo|donna|kobieta|mężczyzna|vrouw)))\.?,\s?"
    # ... an estimate's hedge after the comma ("Unknown male, approx 96")
    rf"(?:(?i:{HEDGE})\s?)?$"
)
_APPOSED_END = fast_regex.compile(
    r"\s?(?:[,;)]|(?i:\s(?:and|who|with|was|is|has|had|lives|presents|presented|"
    r"presenting|died|of|from)(?![^\W\d_])))"
    # ... or the line or the sentence ends ("Ultimate beneficial owner: Elin Lind, 90"),
    # or a dash closes the apposition as a comma would ("Victim: Trüb, Alida, 105 — minor")
    r"|[ \t]*(?:\n|$)|\.(?:\s|$)|[ \t]?[–—][ \t]?|[ \t]-[ \t]"
)
# A person's pronouns, then the age after a comma, as intake notes and profiles introduce
# someone ("Client: Ana Ruiz, she/her, 94", "pronouns they/them, 101"): the set stands
# where the name's apposition would.
_PRONOUN_SET = fast_regex.compile(
    r"(?i:(?<![^\W\d_])(?:she|he|they|ze|zie|xe|ey|it|per|ve)[ ]?/[ ]?"
    r"(?:her|hers|him|his|them|theirs|they|she|he|hir|zir|xem|em|per|ver|it)"
    r"(?:[ ]?/[ ]?[a-z]{2,6})?),[ \t]?$"
)
_PRONOUN_AGE_END = fast_regex.compile(r"[ \t]?(?:[,;.)?!(]|\n|$)")
# A form's label that names two or more fields, the age the last of them ("Name/Age:",
# "Initials + age:", "Sex, age:", "Name and age:"), its values written in the same order
# on the same line: the age is the last value ("Initials + age: 陈 F., 96"). The values
# before it hold no digit, no colon and no line break.
_AGE_LAST_FIELD = fast_regex.compile(
    rf"(?:[ \t]?[+/&,][ \t]?|[ \t](?i:and|und|et|y|e|i|en|og|och|ve|и)[ \t])(?i:{_LABEL_WORDS})"
    r"\.?[ \t]?[:：=][ \t]{0,3}[^\d:：=\n]{1,40}?(?:,[ \t]?|[ \t]?/[ \t]?|[ \t]{1,3})$"
)
# "in her 90s", "his mid-90s"
_DECADE_OWNER = fast_regex.compile(
    r"(?i:(?<![^\W\d_])(?:his|her|their|my|your)\s+(?:(?:early|mid|late)[- ]?)?)$"
)
_DECADE = fast_regex.compile(r"['’]?s(?![^\W\d_])")
# A table cell under a header cell that says "Age" ("| Name | Age |" ... "| Smith | 92 |").
_CELL_BEFORE = fast_regex.compile(r"[|\t;,][ \t]*$")
_CELL_AFTER = fast_regex.compile(r"[ \t]*(?:[|\t;,\n]|$)")
_HEADER = fast_regex.compile(
    rf"[ \t]*(?i:{_LABEL_WORDS})(?:[ \t]?\([^)\n]{{0,12}}\))?[ \t]*:?[ \t]*"
)
_HEADER_LINES = 12


def _under_age_header(text: str, start: int) -> bool:
    """Whether the number at `start` stands in a table column headed by an age word."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    for sep in "|\t;,":
        if not head.rstrip(" " if sep == "\t" else " \t").endswith(sep):
            continue
        column = head.count(sep)
        end = line_start - 1
        for _ in range(_HEADER_LINES):
            if end <= 0:
                return False
            begin = text.rfind("\n", 0, end) + 1
            line = text[begin:end]
            if not line.strip():
                return False  # a blank line ends the table
            cells = line.split(sep)
            if column < len(cells) and _HEADER.fullmatch(cells[column]):
                return True
            end = begin - 1
        return False
    return False


def _is_age(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] (90 to 129) is an age, from its neighbours."""
    before = text[max(0, start - _BEFORE) : start]
    after = text[end : end + _AFTER]
    if _BIRTHDAY.match(after):
        return True
    if _COUNTED.search(before) or _MEASURED.match(after):
        return False
    if unit := _UNIT_AFTER.match(after):
        if unit.group("years") is None:
            return True
        if not (_AGO.match(after, unit.end()) or _DURATION.search(before)):
            return True
    if _LABEL.search(before) or _CJK_LABEL.search(before) or _YEARS_LABEL.search(before):
        return True
    if _MNEMONIC_AGE.search(before) and (
        _MNEMONIC_NEXT.match(after) or _MNEMONIC_NAME.search(text) is not None
    ):
        return True
    if _PLACE.search(before):
        return False
    if (_SEX_AFTER.match(after) or _SEX_BEFORE.search(before)) and not _FAHRENHEIT.search(
        before[-24:]
    ):
        return True
    if (_SAID.search(before) or _SAID_WORLD.search(before)) and _CLAUSE_END.match(after):
        return True
    if _UNIT_SEX.match(after):
        return True
    if _POSSESSIVE.search(before) and _ORDINAL.match(after):
        return True
    if _LIFE_YEAR_OWNER.search(before) and _LIFE_YEAR.match(after):
        return True
    if _OPEN_AFTER_NAME.search(before) and _CLOSE.match(after):
        return True
    if _APPOSED.search(before) and _APPOSED_END.match(after):
        return True
    if _AGE_LAST_FIELD.search(before) and _APPOSED_END.match(after):
        return True
    if _PRONOUN_SET.search(before) and (_PRONOUN_AGE_END.match(after) or _APPOSED_END.match(after)):
        return True
    if text[start:end] == "90" and _DECADE_OWNER.search(before) and _DECADE.match(after):
        return True
    return bool(
        _CELL_BEFORE.search(before) and _CELL_AFTER.match(after) and _under_age_header(text, start)
    )


def is_span_of_time(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] counts years gone by or to come ("92 years
    ago", "for 92 years", "vor 92 Jahren"), not a person's age."""
    after = text[end : end + _AFTER]
    unit = _UNIT_AFTER.match(after)
    if unit is not None and unit.group("age") is not None:
        return False
    at = unit.end() if unit is not None else 0
    before = text[max(0, start - _BEFORE) : start]
    return bool(_AGO.match(after, at) or _DURATION.search(before))


# Ages in English words: "aged ninety-four", "ninety-one years old", "one hundred and
# two-year-old".
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPELLED = (
    rf"ninety(?:[- ]{_ONES})?"
    rf"|(?:a|one)\s(?:hundred)(?:(?:\sand)?\s(?:twenty(?:[- ]{_ONES})?|{_TEENS}|{_ONES}))?"
)
_SPELLED_AGE = fast_regex.compile(
    rf"(?i:(?<![\w])(?:{_LABEL_WORDS}|turned|turns|turning|reached|at\s+the\s+age\s+of)"
    rf"\s?[:：]?\s{{1,2}}(?:approx\.?\s?|approximately\s|about\s|around\s|nearly\s|almost\s)?"
    rf"(?P<d>{_SPELLED})(?![\w-])"
    rf"|(?<![\w-])(?P<e>{_SPELLED})(?=(?:\s{{1,2}}|-)(?:years?|yrs?|year-old)\b))",
    word_led=True,
)


def _may_hold_spelled(folded: str) -> bool:
    return "ninety" in folded or "hundred" in folded


# Ages from 90 to 99 in the words of other languages, before a word for years or with an
# age's suffix: "zweiundneunzig Jahre", "Zweiundneunzigjährige", "quatre-vingt-douze ans",
# "noventa y dos años", "novantadue anni", "tweeënnegentig jaar", "dziewięćdziesiąt dwa
# lata", "kilencvenkét éves", "doksan iki yaşında", "девяносто два года".
_NINETY_STEMS = (
    "neunzig", "quatre-vingt-", "quatre-vingts-", "nonante", "noventa", "novant",
    "negentig", "dziewięćdziesi", "devadesát", "deväťdesiat", "kilencven", "doksan",
    "nittio", "halvfems", "nitti", "yhdeksänkymmentä", "nouăzeci", "chín mươi",
    "sembilan puluh", "ενενήντα", "девяносто", "дев'яносто", "дев’яносто",
)  # fmt: skip
_OTHER_SPELLED = fast_regex.compile(
    r"(?i:(?<![\w-])(?P<w>[^\W\d_]*?"
    + "(?:"
    + "|".join(st.replace(" ", r"\s") for st in _NINETY_STEMS)
    + r")[^\W\d_]*(?:[ -](?:y|e|et|i|и|і|és|și|og|och|und|a)?[ -]?[^\W\d_]+)?)"
    + r"(?=(?:\s{1,2}|-)(?:"
    + _YEARS
    + "|"
    + _AGE_UNIT
    + r")(?![^\W\d_])|(?<=jährig|jährige|jähriger|jarige|letni|letnia|årig|vuotias)))"
)


def _other_spelled(text: str, folded: str) -> list[Span]:
    if not any(stem in folded for stem in _NINETY_STEMS):
        return []
    spans = []
    for m in _OTHER_SPELLED.finditer(text):
        unit = _UNIT_AFTER.match(text, m.end())
        before = text[max(0, m.start() - _BEFORE) : m.start()]
        if (
            unit
            and unit.group("years")
            and (_AGO.match(text, unit.end()) or _DURATION.search(before))
        ):
            continue  # "vor neunzig Jahren", "il y a quatre-vingt-dix ans"
        spans.append(Span(m.start("w"), m.end("w"), "AGE", RULE, 0.8))
    return spans


# An age over 89 said as a decade or a word: "in her mid-nineties", "a centenarian".
_AGE_WORD = fast_regex.compile(
    r"(?i:(?<![\w-])(?:(?:early|mid|late)[- ]?)?nineties(?![\w])"
    r"|(?<![\w-])(?:super)?centenarians?(?![\w])|(?<![\w-])nonagenarians?(?![\w]))"
)


def _age_words(text: str, folded: str) -> list[Span]:
    if "ninet" not in folded and "centenarian" not in folded and "nonagenarian" not in folded:
        return []
    return [
        Span(m.start(), m.end(), "AGE", "age_word_over_89", 0.7) for m in _AGE_WORD.finditer(text)
    ]


_PUNCTUATION_END = fast_regex.compile(r"[ \t]*(?:$|[.,;!?)\]|\n])")


def _spelled_alone(text: str, start: int, end: int) -> bool:
    """A number 90..129 in words that a punctuation mark or the line's end follows
    ("..., neunundneunzig.", "Now ninety-four!") is masked with no age word: on the
    DEV-side sets every such number was an age, while counts have a noun after them
    ("ninety minutes", "one hundred patients": those stay). Fails toward masking."""
    if end - start < 6:
        return False  # "sto", "cent", "yüz" alone are words of other meanings too
    before = text[max(0, start - _BEFORE) : start]
    return bool(
        _PUNCTUATION_END.match(text, end)
        and not _MEASURED.match(text, end)
        and not _COUNTED.search(before)
        and not is_span_of_time(text, start, end)
    )


# DICOM's Age String (PS3.5 6.2, VR "AS"): three digits and a unit, "096Y", "102Y".
_DICOM_AGE = fast_regex.compile(r"(?<![\w.])(?:09\d|1[0-2]\d)Y(?![\w])")


# A digit of another script ("۹۴", "१०२", "٩٤"): read as its ASCII digit.
_OTHER_DIGIT = fast_regex.compile(r"[^\D0-9]")


def _ascii_digits(text: str) -> str:
    """`text` with every decimal digit of another script as its ASCII digit: one
    character for one, so the offsets found in it hold in `text`."""
    digits = {m.group() for m in _OTHER_DIGIT.finditer(text)}
    return text.translate({ord(d): str(unicodedata.digit(d, 0)) for d in digits})


# A bed, bay, room or ward and its number or letter ("bed 12", "bay 3", "rm 4B", "side
# room 2", "Zimmer 12", "lit 4", "cama 7", "łóżko 3").
_WARD_PLACE = (
    r"(?i:bed|bay|room|rm|ward|cubicle|cube|side[ ]room|sr|bett|zimmer|zi\.|chambre|ch\.|lit|"
    r"cama|habitación|hab\.|letto|stanza|quarto|leito|sala|łóżko|sal[ai]?|kamer|bed[ ]nr\.?)"
    r"\.?[ \t]?(?:no\.?[ \t]?|\#[ \t]?)?[A-Z]?\d{1,4}[A-Za-z]?(?![\w/.:])"
)
# After a person's name: the number is the person's age ("Kabelo Mabaso, 92", "Sindre
# Sørensen is 101 now", "HAMADOU MVONDO (Mvondo, Hamadou), 90", "BAPPA-SHEHU, Aminatu,
# approx 92"): the journalist's and the clinician's apposition. What stands between.
_AFTER_PERSON = fast_regex.compile(
    r"(?:[ \t]?\([^()\n]{1,40}\))?"
    # ... and where the patient lies, as a ward's handover, request or label line puts it
    # between the name and the age ("Okafor bed 12, 96", "OKAFOR, Ada, bay 3 bed 2, 96,
    # MRN ...": ISBAR's "identify" line, name, location, age)
    rf"(?:,?[ \t]{{1,2}}{_WARD_PLACE}){{0,3}}"
    r"(?:,[ \t]?|[ \t]?\([ \t]?|[ \t][–—-][ \t]"
    r"|[ \t](?i:is|was|turned|turns|aged|age|now|jetzt|ist|est|a|es|tiene|è|ha|"
    r"é|tem|is|jest|ma|je|má|är|er|on|oli)[ \t]+)"
    rf"(?i:(?:{HEDGE}|aged|age|now|just|nearly|"
    r"almost|ca)[ \t]?)?"
)
_NUMBER_AT = fast_regex.compile(r"(?:9\d|1[0-2]\d)(?!\d|[.,]\d)")
# A person placeholder of the first pass (the second pass reads redacted text).
_PERSON_PLACEHOLDER = fast_regex.compile(r"<PERSON_[1-9]\d{0,5}>|\[PERSON\]")


def ages_after_persons(text: str, persons: list[tuple[int, int]]) -> list[Span]:
    """Numbers 90..129 right after a person (`persons`: their (start, end)), with only a
    comma, a bracket, "is"/"was" or "approx" between, and the clause or line ending after
    the number (not "Okafor, 92 Main Street", not "Okafor, 92 kg"); with its unit word.
    The text path passes the persons it found, the second pass the first's placeholders."""
    spans = []
    for _, end in persons:
        gap = _AFTER_PERSON.match(text, end)
        if gap is None:
            continue
        number = _NUMBER_AT.match(text, gap.end())
        if number is None:
            continue
        after = text[number.end() : number.end() + _AFTER]
        if is_span_of_time(text, number.start(), number.end()):
            continue  # "Marie, il y a 92 ans", "Jens, for 92 years"
        if _MEASURED.match(after) or not (
            _CLAUSE_END.match(after)
            or _APPOSED_END.match(after)
            or _SEX_AFTER.match(after)
            or _UNIT_AFTER.match(after)
        ):
            continue
        spans.append(Span(number.start(), number.end(), "AGE", "age_after_person", 0.8))
    return spans + ages_with_units(text, spans)


# The unit written after an age as a word of its own or glued on ("94 tahun", "104 года",
# "100 anos", "92 years old", "92yrs"): masked with the number, for a form's value is the
# number and its unit. A hyphen's compound ("92-year-old") keeps its unit readable.
_UNIT_WORD = fast_regex.compile(rf"\s{{0,2}}(?i:{_AGE_UNIT}|{_YEARS})(?![^\W\d_])", word_led=True)


def ages_with_units(text: str, ages: list[Span]) -> list[Span]:
    """Each age of `ages` that a unit word follows, widened over the unit."""
    out = []
    for span in ages:
        if (unit := _UNIT_WORD.match(text, span.end)) and unit.end() > span.end:
            out.append(Span(span.start, unit.end(), "AGE", "age_with_unit", span.score))
    return out


def find_ages(text: str) -> list[Span]:
    """Ages over 89: numbers that their neighbours make an age, ages in English words,
    and the decade and age words ("mid-nineties", "centenarian"); in the digits of any
    script ("۹۴ سال", "१०२ वर्ष")."""
    if not text.isascii():
        text = _ascii_digits(text)
    spans = [
        Span(m.start(), m.end(), "AGE", RULE, 0.8)
        for m in _NUMBER.finditer(text)
        if _is_age(text, m.start(), m.end())
    ]
    if "Y" in text:
        spans += [Span(m.start(), m.end(), "AGE", RULE, 0.8) for m in _DICOM_AGE.finditer(text)]
    folded = text.casefold()
    if spelled_ages.may_hold(folded):
        # 90..129 in the words of ~30 languages, read with the same neighbours as digits
        spans += [
            Span(start, end, "AGE", RULE, 0.8)
            for start, end in spelled_ages.spelled_numbers(text)
            if _is_age(text, start, end) or _spelled_alone(text, start, end)
        ]
    if _may_hold_spelled(folded):
        for m in _SPELLED_AGE.finditer(text):
            group = "d" if m.group("d") else "e"
            if group == "e" and is_span_of_time(text, m.start(group), m.end(group)):
                continue  # "for one hundred years"
            spans.append(Span(m.start(group), m.end(group), "AGE", RULE, 0.8))
    spans += _other_spelled(text, folded) + _age_words(text, folded)
    if "PERSON" in text:  # the second pass: the first pass's person placeholders
        marks = [(m.start(), m.end()) for m in _PERSON_PLACEHOLDER.finditer(text)]
        spans += ages_after_persons(text, marks)
    return list(dict.fromkeys(spans))  # a spelling two rules find, once
