"""Street-type, settlement and unit words of the address formats that `address_forms`
reads in Georgian, Thai and Cyrillic script, one list per country, from the postal
authorities' own descriptions of an address (the Universal Postal Union's country pages of
S42 address data, which each postal operator fills in, and the national registers they
cite): Georgian Post and the National Agency of Public Registry of Georgia (street types
ქუჩა "street", გამზირი "avenue", შესახვევი "lane", ჩიხი "dead end", the settlement ქალაქი
and სოფელი); Thailand Post (เลขที่ house number, หมู่ village number, ซอย lane, ถนน road,
ตำบล/แขวง sub-district, อำเภอ/เขต district, จังหวัด province, each with its dotted
abbreviation); Ukrposhta and the Ukrainian street-naming rules (вулиця, провулок, проспект,
площа, узвіз, набережна, буд., кв.); Bulgarian Posts (ул., бул., ж.к., бл., вх., ет., ап.,
№); the Russian Federal Information Address System (ФИАС) abbreviation table for street
and settlement types (ул, пр-кт, алл., ст-ца, клх, пгт, х.). Also the street types of
Maltese, of Arabic written in Latin letters and of Swahili, which `addresses.py` reads
(sources beside each list).

Each list is a plain word list: nothing here matches text by itself.
"""

from __future__ import annotations

from typing import Final

from app.redaction.wordtrie import word_list

# Georgian: the type follows the street's name in the genitive ("რუსთაველის გამზირი 12",
# "უფლისციხის ქ. 96"); ქ. abbreviates both ქუჩა "street" and ქალაქი "city".
GEORGIAN_STREET_TYPES: Final = word_list(
    """
    ქუჩა ქ. გამზირი გამზ. შესახვევი შეს. ჩიხი მოედანი ხეივანი აღმართი დაღმართი სანაპირო
    გზატკეცილი კვარტალი კვ. მიკრორაიონი მ/რ დასახლება
    """
)
# Armenian (HayPost; the Armenian address register): the settlement written first with its
# abbreviation ("ք. Երևան", քաղաք, city; "գ." գյուղ, village; "ավ." ավան, township), then
# the street with its type and the house, the flat ("բն. 5") and the building ("շ. 3").
ARMENIAN_SETTLEMENTS: Final = word_list("ք. քաղաք գ. գյուղ ավ. ավան")
ARMENIAN_STREET_TYPES: Final = word_list(
    """
    փողոց փ. պողոտա պող. նրբանցք նրբ. նրբափողոց փակուղի խճուղի հրապարակ թաղամաս թաղ.
    զանգված շրջանցիկ մայրուղի
    """
)
ARMENIAN_UNITS: Final = word_list("բն. բնակարան շ. շենք տ. տուն մասնաշենք")
# Thailand Post: the components of a Thai address line, each written before its value
# ("ถนนศรีวงค์", "ต.หนองช้างแล่นใหญ่", "หมู่ 9"), in full and abbreviated.
THAI_COMPONENTS: Final = word_list(
    """
    หมู่ที่ หมู่ ม. หมู่บ้าน ซอย ซ. ถนน ถ. ตำบล ต. แขวง อำเภอ อ. เขต จังหวัด จ. ตรอก
    กิ่งอำเภอ
    """
)
# Components that also name ordinary things (a room, a floor, a building): taken only
# inside an address already begun.
THAI_MINOR: Final = word_list("อาคาร ชั้น ห้อง")
# Street types written before the name (Ukrainian, Bulgarian, Russian, beyond the ones
# `address_forms` had): "площа Ринок", "узвіз Андріївський", "набережна Перемоги",
# "бул. Витоша", "алл. Гвардейская", "пр-кт Мира"; the rest of the ФИАС street-element
# table (сквер с-р, взд., ззд., к-цо, мгстр., пер-д, пл-ка, пр-к, проул., рзд., с-к,
# сзд.), Ukraine's сквер, в'їзд, мікрорайон, квартал, острів; Belarus's (вуліца, праспект,
# завулак, плошча, тупік, праезд, шаша, набярэжная, Belpochta's forms); Serbian and
# Macedonian булевар, трг, плоштад.
CYRILLIC_STREET_TYPES: Final = word_list(
    """
    площа узвіз набережна вулиця провулок пров. бульвар бульв. алея майдан шосе тупик
    проїзд лінія спуск дорога
    булевард площад бул. ж.к. жк
    пр-кт алл. ал. кв-л тракт линия спуск въезд
    сквер с-р в'їзд в’їзд мікрорайон мкрн квартал острів
    взд. заезд ззд. кольцо к-цо магистраль мгстр. переезд пер-д площадка пл-ка просек
    пр-к просека пр-ка проселок проулок проул. разъезд рзд. с-к съезд сзд. шоссе
    вуліца праспект прасп. завулак зав. плошча тупік праезд шаша набярэжная
    булевар трг плоштад
    """
)
# Settlements before their name ("ст. Кущевская", "клх Буденновск", "п. Углич", "м. Київ",
# "гр. Варна", "к. Губаха"; Ukrainian "хутір", Russian "деревня", Belarusian "вёска"):
# taken only before a capitalised name, since several ("ст.",
# "п.", "м.", "к.") are also article, item, metre and building.
CYRILLIC_SETTLEMENTS: Final = word_list(
    """
    ст. ст-ца станица клх колхоз свх совхоз пгт смт п. х. хутор аул рп кп нп с-ще село
    селище місто м. гр. сел. с. к.
    хутір станиця слобода деревня дер. посёлок поселок пос. вёска пасёлак
    """
)
# House, block, entrance, floor and flat words after the street (Ukrainian, Bulgarian,
# Russian), in lower case as written: "буд. 436 кв. 927", "бл. 12, вх. А, ет. 2, ап. 5";
# ФИАС's building words (влд. владение, двлд. домовладение, зд. здание, соор. сооружение,
# пом. помещение, ком. комната, лит. литера) and Serbian бр. (број, the house number).
CYRILLIC_UNITS: Final = word_list(
    """
    буд. будинок кв. квартира корп. корпус під'їзд ет. етаж вх. вход ап. бл. блок № д.
    к. стр. строение офис оф.
    влд. двлд. зд. соор. пом. ком. лит. бр.
    """
)
# The same words in Latin letters, as the national romanisation systems write them:
# Ukraine's Cabinet of Ministers Resolution No. 55 of 2010 (вулиця vulytsia, провулок
# provulok, площа ploshcha, узвіз uzviz, набережна naberezhna, буд. bud., кв. kv.), Russia's
# BGN/PCGN system and the ICAO Doc 9303 passport table (улица ulitsa/ulitca, переулок
# pereulok, площадь ploshchad, набережная naberezhnaya/naberezhnaia, проезд proyezd/proezd,
# дом d., корпус korp., строение str.), Bulgaria's Transliteration Act of 2009 (улица
# ulitsa, булевард bulevard, площад ploshtad, ж.к. zh.k., бл. bl., вх. vh., ет. et., ап.
# ap.) and Belarus's national system of 2007 (вуліца vulica, праспект praspekt, завулак
# zavulak). Spelling variants of the older systems are listed too (the ISO 9 "ulica",
# the GOST "prospekt"), since documents mix them. Street types come before the name.
ROMANISED_STREET_TYPES: Final = word_list(
    """
    vulytsia vulytsya vulitsa vulica vulitsia vul. provulok prov. prospekt prosp. pr-t
    pr-kt ploshcha uzviz naberezhna naberezhnaya naberezhnaia nab. bulvar bul'var bulv.
    shose shosse aleia alleya alleia maidan maydan tupyk tupik proizd proyezd proezd
    ulitsa ulitca ulitsya ulitza pereulok ploshchad ploshchad' ploshad mikrorayon
    mikroraion mkr. kvartal bulevard ploshtad zh.k. praspekt zavulak
    """
)
# House, block, entrance, floor and flat words after the street name, romanised by the
# same systems: "bud. 038 kv. 04", "d. 5, korp. 2, kv. 12", "bl. 12, vh. A, et. 2, ap. 5".
ROMANISED_HOUSE_WORDS: Final = word_list("bud. budynok d. dom bl. blok")
ROMANISED_UNITS: Final = word_list(
    """
    bud. budynok d. dom kv. kvartyra kvartira korp. korpus k. str. stroyeniye stroenie pidizd
    pid'izd poverkh et. etazh vh. vkh. vhod ap. apartament bl. blok of. ofis
    """
)
# Settlement types before the settlement's name, romanised by the same systems ("smt
# Kozyn", "selo Bilohorodka", "pgt Ilyinsky", "stanitsa Kushchevskaya", "khutir Zelenyi"):
# only the unambiguous words (not "g.", "m.", "s.", "p.", which are gram, metre and page too).
ROMANISED_SETTLEMENTS: Final = word_list(
    """
    smt pgt selo selyshche selishche derevnya derevnia stanitsa stanytsia khutir khutor
    aul posyolok poselok posiolok selyshche_miskoho_typu poselok_gorodskogo_tipa
    """
)
# Maltese street types, written before the name ("Triq il-Kbira", "Sqaq San Pawl", "Vjal
# ir-Riħan", "Pjazza San Ġorġ"), as Malta's official street names are written (the Place
# Names Committee's street lists, MaltaPost's addressing guide): triq street, sqaq alley,
# vjal avenue, pjazza and misraħ square, telgħa rise, inżul descent, xatt quay, trejqa
# lane, mogħdija passage, dawra bypass, passaġġ passage, wesgħa open space, kuntrada district.
MALTESE_STREET_TYPES: Final = word_list(
    """
    triq sqaq vjal pjazza misraħ misrah telgħa telgha inżul inzul xatt trejqa mogħdija
    moghdija dawra passaġġ passagg wesgħa wesgha kuntrada
    """
)
# The Maltese definite article and "of the" before a name, joined to it by a hyphen and
# assimilated to its first letter ("il-Kbira", "ir-Repubblika", "iż-Żgħir", "tal-Għajn",
# "ta' Xbiex"), as Maltese orthography writes them (Akkademja tal-Malti's rules).
MALTESE_ARTICLES: Final = word_list(
    """
    il l iċ ic id in ir is it ix iż iz ig tal tad tan tar tas tat tax taż taz taċ tac
    """
)
# Street types of Arabic addresses in the Latin letters Egypt, the Levant, the Gulf and
# the Maghreb write them in (the UPU's address descriptions for Egypt, Jordan and the
# Emirates; the common romanisations of the Arabic words): شارع shāriʿ "street" (Sharia,
# Shari', Shareh), ميدان maydān "square" (Midan, Maidan, Meydan), طريق ṭarīq "road",
# حارة ḥāra "lane" (Haret), عطفة ʿaṭfa "side alley" (Atfet), درب darb "way" (Derb in the
# Maghreb), زقاق zuqāq "alley", سكة sikka "lane" (the Emirates), زنقة zanqa "street"
# (Morocco), كورنيش "corniche". Several are given names too (Tariq), so a house number
# must come first.
ARABIC_LATIN_STREET_TYPES: Final = word_list(
    """
    sharia shari' shari’ sharie shareh share' share’ shari midan maidan meydan tariq
    tarik tareeq haret harat atfet atfa darb derb zuqaq zukak sikka sikkat zanqa zenqa
    kornish corniche
    """
)
# Street words of Swahili, written before the name with their connective ("Mtaa wa
# Uhuru", "Barabara ya Morogoro", "Njia ya Pwani"), as the Tanzania Posts Corporation's
# address system (Anwani za Makazi) and Kenya's street names write them.
SWAHILI_STREET_TYPES: Final = word_list("mtaa barabara njia")
