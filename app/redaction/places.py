"""Towns and cities named alone after a word that says where someone lives or comes from
("lives in Tarnów", "resident of East Pauline", "domiciliée à Saint-Malo", "wohnhaft in
Bad Tölz", "residente en Las Palmas"). Safe Harbor removes every geographic unit smaller
than a state, a town alone included; spaCy misses unfamiliar and foreign town names.
Pure `re`, no NLP: the workstation's second pass runs it too.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.address_words import ROMANISED_SETTLEMENTS
from app.redaction.clinical_words import clinical_word
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "LOCATION"

# Residence and origin cue words, by language (phrases; a space matches any blanks).
_CUES = (
    # English
    "lives in", "living in", "lived in", "resident of", "resident in", "resides in",
    "residing in", "moved to", "moved from", "relocated to", "relocated from", "born in",
    "originally from", "comes from", "came from", "is from", "was from", "hometown",
    "home town", "transferred from", "currently in", "based in", "native of", "town of",
    "city of", "village of", "travelled to", "traveled to", "returned from",
    # where someone travels or heads, in any tense ("confirmed travel to Salta", "left in
    # a car toward Burgos", "was heading for Leeds"), as police and fraud reports write it
    "travel to", "travelling to", "traveling to", "trip to", "journey to", "flew to",
    "flying to", "flight to", "drove to", "driving to", "heading to", "headed to",
    "heading for", "headed for", "bound for", "en route to", "left for", "fled to",
    "toward", "towards",
    # (and by what, as expense claims and mileage logs write it: "Taxi to Leeds  38.50")
    "taxi to", "taxi from", "cab to", "cab from", "train to", "train from", "bus to",
    "bus from", "mileage to", "fare to",
    # where an event happened, by its nearness ("collision near Pimenta do Campo")
    "near", "close to", "cerca de", "perto de", "près de", "vicino a", "in der nähe von",
    # where a card or an account was used, as fraud and dispute reports name it ("a
    # merchant in Leeds", "un comercio de Córdoba", "uma loja em Braga")
    "merchant in", "shop in", "store in", "branch in", "atm in", "outlet in",
    "comercio de", "comercio en", "tienda de", "tienda en", "sucursal de", "sucursal en",
    "cajero de", "cajero en", "establecimiento de", "establecimiento en", "loja em",
    # (and the terminal that declined or took the card: "a terminal at Leeds")
    "terminal at", "terminal in", "atm at", "merchant at",
    "loja de", "agência de", "estabelecimento em", "commerce à", "magasin à",
    "agence de", "negozio a", "negozio di", "filiale di", "geschäft in", "filiale in",
    # where someone was treated, the town after the hospital or clinic word and its
    # locative preposition ("treated at a hospital in Leeds", "Hospital en Guadalajara",
    # "ricoverato all'ospedale di Bari", "Krankenhaus in Fulda", "szpital w Radomiu")
    "hospital in", "hospital en", "hospital em", "clinic in", "clínica en", "clínica em",
    "sanatorio en", "hôpital à", "clinique à", "krankenhaus in", "klinik in",
    # (the primary care centre by its town, as Spanish and Portuguese reminders name it:
    # "centro de salud de Lugo", "centro de saúde de Braga")
    "centro de salud de", "centro de salud en", "centro de saúde de", "centro de saúde em",
    "posto de saúde de", "posto de saúde em",
    "klinikum in", "ospedale di", "ospedale a", "clinica a", "ziekenhuis in",
    # (and a parish's registers by its town: "Księga chrztów parafii w Radomiu")
    "parafii w", "parafia w", "parish in",
    "ziekenhuis te", "szpital w", "nemocnice v", "nemocnici v", "sjukhus i", "sykehus i",
    "vårdcentralen i", "vårdcentral i", "hälsocentralen i", "legevakten i", "legekontoret i",
    "lægehuset i",
    "sygehus i", "hastane", "hastanesi",
    # ... and after a doctor's practice, as referrals and reports name the sender's town
    # ("Praxis in Zug", "Ordination in Melk", "cabinet médical à Rodez")
    "praxis in", "arztpraxis in", "hausarztpraxis in", "gemeinschaftspraxis in",
    "ordination in", "spital in", "cabinet médical à", "cabinet à", "consultorio en",
    "consultório em", "ambulatorio a", "studio medico a",
    # ... and with "at", as English names the place of an institution and of what was done
    # there ("hospital at Bhuj", "the vaccination centre at Kisumu", "vaccinated at Lodwar":
    # the IHR (2005) certificate's "official stamp of the administering centre")
    "hospital at", "clinic at", "centre at", "center at", "vaccinated at", "vaccinated in",
    "immunised at", "immunized at",
    # ... and where a patient joins a video or telephone consultation from ("joined from
    # Leeds via video", "calling from Braga")
    "joined from", "joining from", "calling from", "called from", "dialled in from",
    "dialed in from", "connected from",
    # ... and where a course of treatment was given, as claims and referrals name the town
    # of the provider ("6 sessions at Tarragona", "physiotherapy in Leeds", "sesiones en
    # Lleida", "séances à Rodez")
    "treated at", "sessions at", "sessions in", "session at", "therapy at",
    "physiotherapy at", "physiotherapy in", "rehabilitation at", "rehabilitation in",
    "sesiones en", "sessões em", "séances à", "sitzungen in", "sedute a",
    # ... and where care was given, as travel-insurance claims and transfer letters say it
    # ("atendimento em Castro", "hospitalised in Faro", "ingresado en Lugo")
    "treated in", "hospitalised in", "hospitalized in", "taken ill in", "fell ill in",
    "atendimento em", "atendido em", "atendida em", "internado em", "internada em",
    "hospitalizado em", "hospitalizada em", "tratado em", "tratada em", "atendido en",
    "atendida en", "ingresado en", "ingresada en", "hospitalizado en", "hospitalizada en",
    "hospitalisé à", "hospitalisée à", "soigné à", "soignée à", "behandelt in",
    "ricoverato a", "ricoverata a",
    # where an accident happened, as claims and accident reports name its town ("caída en
    # Tepic", "accidente ocurrido en León", "queda em Braga", "caduta a Lecco", "chute à
    # Rodez"); a noun after these takes its article ("caída en la ducha")
    "caída en", "caído en", "caída de bicicleta en", "accidente en", "accidentado en",
    "accidentada en", "ocurrido en", "ocurrida en", "sucedido en", "queda em",
    "acidente em", "ocorrido em", "ocorrida em", "caduta a", "incidente a", "infortunio a",
    "chute à", "accident à", "survenu à", "survenue à",
    # where someone works, after the verb or the job ("works in Leeds", "enfermera en
    # Sevilla", "infirmière à Rodez", "Krankenschwester in Fulda"), as interviews, podcasts
    # and statements introduce a person; a department after it is no place ("works in Sales")
    "works in", "worked in", "working in", "employed in", "nurse in", "doctor in",
    "midwife in", "paramedic in", "teacher in", "pharmacist in", "carer in", "gp in",
    "trabaja en", "trabajaba en", "trabajo en", "enfermera en", "enfermero en", "médico en",
    "médica en", "matrona en", "maestra en", "maestro en", "profesora en", "profesor en",
    "trabalha em", "trabalhava em", "enfermeira em", "enfermeiro em", "médico em",
    "médica em", "professora em", "professor em", "travaille à", "travaillait à",
    "infirmière à", "infirmier à", "médecin à", "sage-femme à", "lavora a", "lavorava a",
    "infermiera a", "infermiere a", "medico a", "arbeitet in", "arbeitete in",
    "krankenschwester in", "krankenpfleger in", "pflegerin in", "ärztin in", "arzt in",
    "hebamme in", "lehrerin in", "werkt in", "werkt te", "verpleegkundige in",
    "verpleegkundige te", "pracuje w", "pielęgniarka w", "lekarz w",
    # German
    "wohnhaft in", "wohnt in", "wohnte in", "zugezogen aus", "geboren in", "stammt aus",
    "kommt aus", "wohnort", "ansässig in",
    # French
    "domicilié à", "domiciliée à", "domicilie a", "habite à", "habite a", "né à", "née à",
    "résidant à", "résidant a", "résidente à", "originaire de", "demeurant à", "vit à",
    # Spanish
    "residente en", "reside en", "vive en", "vecino de", "vecina de", "natural de",
    "domiciliado en", "domiciliada en", "nacido en", "nacida en", "procedente de",
    # Italian
    "residente a", "abita a", "nato a", "nata a", "domiciliato a", "domiciliata a",
    "proveniente da",
    # Portuguese
    "residente em", "mora em", "morador de", "moradora de", "domiciliado em",
    "domiciliada em", "nascido em", "nascida em",
    # Dutch
    "woonachtig te", "woonachtig in", "woont in", "wonende te", "afkomstig uit",
    "geboren te",
    # Polish, Czech, Turkish, Romanian, Scandinavian
    "zamieszkały w", "zamieszkała w", "zam. w", "mieszka w", "urodzony w", "urodzona w",
    "bydliště", "bytem", "ikamet", "ikametgah", "doğum yeri", "domiciliat în", "domiciliat in",
    "bor i", "bosatt i", "bosat i", "asuu", "kotipaikka",
)  # fmt: skip
# A place: capitalised words, with the particles town names hold ("Týn nad Vltavou",
# "Poienile de sub Munte", "San Uriel los altos", "Henley-on-Thames").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĢĪĮİĶĹĻĽŁŃŅŇŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽȘȚƏ"
_PARTICLE = (
    r"(?:de|del|de la|di|da|do|dos|das|du|des|la|le|les|los|las|el|al|am|an|der|im|bei|"
    r"sur|sous|en|on|upon|nad|pod|sub|pe|na|u|v|ve|y|e|i|et|of|the|van|von|ter|aan|den)"
)
_CAP_WORD = rf"(?:(?:St|Ste|Mt|Ft)\.[ ])?[{_UPPER}][\w'’-]{{1,30}}"
# "from Paris on Monday": a day or a month after a particle is the sentence's, not the town's.
_TIME_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
PLACE = (
    rf"{_CAP_WORD}(?:[ -](?:{_CAP_WORD}|{_PARTICLE}(?:[ ]{_PARTICLE})?[ -](?!{_TIME_WORD})"
    rf"{_CAP_WORD}|"
    rf"(?:los|las|de)[ ][a-zà-ÿ]{{3,20}}(?:[ ]{_CAP_WORD})?)){{0,4}}"
)
# Capitalised words after a cue that are not places (a person, a time, an institution word).
_NOT_PLACES = frozenset(
    word_list(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march
        april may june july august september october november december today yesterday
        home work hospital the a an his her their my our dr mr mrs ms prof icu er ed a&e
        surgery ward clinic school abroad overseas christmas easter ramadan eid diwali
        thanksgiving hanukkah noon midnight normal baseline term target miss misses fatal
        death drowning infrared
        intensive emergency critical casualty accident outpatients inpatients isolation
        theatre recovery labour maternity general care
        uti uci cti upa ps urgência urgencia urgencias enfermaria réanimation rianimazione
        cardiology cardiologie cardiología cardiologia oncology oncologie oncología
        radiology radiologie radiología pediatrics pédiatrie pediatría pediatria
        neurology neurologie neurología neurologia surgery chirurgie cirugía chirurgia
        site centre center centro
        ip vpn
        sales marketing finance accounts accounting it hr admin administration retail
        logistics hospitality pharmacy research education healthcare construction
        """
    )
)
CUE_PLACE = fast_regex.compile(
    rf"(?i:(?<![\w])(?:{trie_pattern(_CUES)}))[ \t]{{0,2}}:?[ \t]{{1,3}}({PLACE})",
    word_led=True,
)


# The scripts other than Latin that place names are written in here (Greek, Cyrillic,
# Armenian, Hebrew, Arabic, the Indic scripts, Thai, Georgian, kana, Han, Hangul).
_OTHER_SCRIPTS = (
    "\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"
    "\u0900-\u0d7f\u0e00-\u0e7f\u10a0-\u10ff\u3005\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7a3"
)


# Form labels that name a place, with their colon or leader ("Unfallort: Mayen", "Place of
# birth: Leeds", "Lieu de naissance : Rodez", "出生地：大阪"): the value is the town.
_LABELS = (
    "place of birth", "birthplace", "place of accident", "accident location",
    "place of incident", "incident location", "place of death", "town", "city",
    "geburtsort", "unfallort", "schadenort", "ereignisort", "tatort", "sterbeort", "ort",
    "lieu de naissance", "lieu de l'accident", "lieu de l’accident", "lieu du sinistre",
    "ville", "lugar de nacimiento", "lugar del accidente", "lugar del siniestro", "ciudad",
    "localidad", "municipio", "luogo di nascita", "luogo del sinistro", "comune", "città",
    "local de nascimento", "local do acidente", "cidade", "naturalidade", "geboorteplaats",
    "plaats", "woonplaats", "plaats van het ongeval", "miejsce urodzenia",
    "miejsce zdarzenia", "miejscowość", "miasto", "místo narození", "obec", "doğum yeri",
    "şehir", "nơi sinh", "quê quán", "syntymäpaikka", "paikkakunta", "födelseort", "ort",
    "fødested", "születési hely", "település",
    # place of death and of residence, as civil-registration forms name them (the WHO
    # international form of medical certificate of cause of death and its translations)
    "place of residence", "lugar de fallecimiento", "lugar del fallecimiento",
    "lugar de defunción", "lugar de la defunción", "lugar de residencia", "lieu de décès",
    "lieu du décès", "lieu de résidence", "luogo di morte", "luogo del decesso",
    "luogo di residenza", "local do óbito", "local de óbito", "local de falecimento",
    "local de residência", "overlijdensplaats", "plaats van overlijden", "miejsce zgonu",
    "miejsce zamieszkania", "místo úmrtí", "místo bydliště", "dödsort", "dødssted",
    "kuolinpaikka", "halálozás helye", "lakóhely", "ölüm yeri", "wohnsitz",
    # the town of birth or residence as registration and consular forms word it, in the
    # languages of the forms that carry it (the Schengen visa application and its
    # translations, GP and hospital registration, civil registers)
    "town of birth", "city of birth", "birth town", "birth city", "town/city",
    "city/town", "suburb", "locality", "municipality", "village", "home town", "hometown",
    "geburtsstadt", "gemeinde", "stadt", "ville de naissance", "commune de naissance",
    "commune", "ciudad de nacimiento", "città di nascita", "cidade de nascimento",
    "município", "miasto urodzenia", "miejscowość urodzenia", "tempat lahir",
    "lugar ng kapanganakan", "місце народження", "место рождения", "място на раждане",
    "населений пункт", "населённый пункт", "населенный пункт", "місто", "город", "град",
    "τόπος γέννησης", "πόλη", "出生地", "出生地点", "出生地點", "出身地", "籍贯", "籍貫",
    "출생지", "สถานที่เกิด", "ที่เกิด", "مكان الولادة", "مكان الميلاد", "محل الولادة",
    "محل تولد", "جای تولد", "מקום לידה", "जन्म स्थान", "जन्मस्थान",
    # the units below a state that forms ask for by name (HIPAA's "county"; India's
    # district, tehsil and taluk; the German Kreis and Bezirk, the Polish powiat and gmina,
    # the Czech and Slovak okres)
    "county", "district", "borough", "parish", "tehsil", "taluk", "taluka", "mandal",
    "kreis", "landkreis", "bezirk", "powiat", "gmina", "okres",
    # the centre of a multicentre study, by its town ("Centre : Rennes", ICH E6's
    # "trial site"), as case report forms and their translations label it
    "centre", "study centre", "study center", "trial centre", "centre investigateur",
    "centro", "centro de estudio", "centro sperimentale", "prüfzentrum", "studienzentrum",
    # a bank's branch, named for its town on account-opening and KYC forms ("Branch: Kano")
    "branch", "branch name", "home branch",
    # a police, fire or ambulance station, named for its town on custody records, crime
    # and incident reports ("Station: Halesowen", "Custody suite: Wigan"; a bare
    # "Station" only in such a text: `_STATION_TEXT`)
    "station", "police station", "custody suite", "fire station", "ambulance station",
)  # fmt: skip
# A bare "Station:" names a police, fire or ambulance station only in a text about one;
# elsewhere it is a hospital's ward ("Station: Kardiologie", German and Dutch).
_STATION_TEXT: Final = (
    "police", "custody", "arrest", "detained", "constable", "sergeant", "fire and rescue",
    "ambulance", "policía", "polícia", "paramedic",
)  # fmt: skip
# Between the label and the value: a colon (the full-width one of CJK forms), a printed
# form's leader of underscores or dots ("Town of birth ___ Leeds", "Ort ....... Fulda"),
# or a tab (a table's cells).
_LABEL_SEPARATOR = (
    r"(?:[ \t]{0,2}:[ \t]{1,3}|[ \t]{0,2}：[ \t]{0,3}|[ \t]{0,2}[._…·]{2,40}[:：]?[ \t]{1,3}"
    r"|\t{1,3})"
)
# A place in a script without Latin capitals, the field's whole value: words of another
# script up to the field's end (a comma, a slash, a bracket, two blanks, the line's end).
_OTHER_SCRIPT_VALUE = (
    rf"[{_OTHER_SCRIPTS}][{_OTHER_SCRIPTS}\u200c\u200d-]{{0,40}}"
    rf"(?:[ ][{_OTHER_SCRIPTS}][{_OTHER_SCRIPTS}\u200c\u200d-]{{0,40}}){{0,2}}"
    r"(?=[ \t]?(?:[,;/)|\n]|[ \t][ \t]|$))"
)
LABEL_PLACE = fast_regex.compile(
    rf"(?i:(?<![\w])(?:{trie_pattern(sorted(set(_LABELS)))}))(?![\w])"
    rf"{_LABEL_SEPARATOR}({PLACE}|{_OTHER_SCRIPT_VALUE})",
    word_led=True,
)
_LABEL_SEPARATOR_HINT: Final = (":", "：", "__", "..", "…", "\t")
# The same label with a gap of three blanks or more and no colon, as an identity card's
# or a passport's fields read after OCR ("PLACE OF BIRTH     LEEDS", "Lieu de naissance
# RODEZ"): the gap is the card's column, so the value may be in capitals too. Labels of
# two words or more and the words for birthplace: a table's header row ("CITY     STATE")
# has one-word columns.
_GAP_LABELS = sorted(
    {w for w in _LABELS if " " in w or w in ("birthplace", "geburtsort", "hometown")}
)
# The next field's label where a card's field is empty ("PLACE OF BIRTH   DATE OF ISSUE").
_CARD_FIELD_WORDS: Final = frozenset(
    word_list("date sex nationality authority document expiry height surname given name no")
)
GAP_LABEL_PLACE = fast_regex.compile(
    rf"(?<![\w])(?i:{trie_pattern(_GAP_LABELS)})(?![\w])[ ]{{3,40}}({PLACE})"
    r"(?=[ \t]*(?:\n|$)|[ ]{3})"
)
# A town after a birth date with its preposition ("born 3 March 1950 in Leeds", "geboren
# 26/12/1962 te Thon", "né le 3 mars 1950 à Rodez", "nato il 2.3.1925 a Bari").
BORN_ON_IN = fast_regex.compile(
    r"(?i:(?<![\w])(?:born|geboren|geb\.|né|née|nato|nata|nacido|nacida|nascido|nascida|"
    # (the date in any order: "1950", "1980/11/04", "3rd", "26.12.")
    r"urodzony|urodzona|narozen|narozena|doğum))[^\n]{0,40}?\d(?:st|nd|rd|th|\.)?[ \t]{1,3}"
    rf"(?:in|at|te|à|a|en|em|w|v|ve|i)[ \t]{{1,3}}({PLACE})",
    word_led=True,
)
# A town after a numeric date and a locative preposition of French, Spanish, Portuguese or
# Dutch, where claims and forms say where something happened on that day ("soins reçus le
# 13.07.2023 à Rodez", "atendido el 03/04/2023 en Lugo", "op 3-4-2023 te Thon"): after a
# date these prepositions take a place or a time, and a time is digits.
DATE_THEN_PLACE = fast_regex.compile(
    r"(?<![\d])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})[ \t]{1,3}(?:à|en|em|te)[ \t]{1,3}"
    rf"({PLACE})"
)
_DATE_THEN_PLACE_HINT = fast_regex.compile(r"\d[ \t]{1,3}(?:à|en|em|te)[ \t]")
# A town written before the institution it names, as English names a branch, clinic,
# airport or crematorium by its town ("review at the Leeds clinic", "Service at Murcia
# crematorium", "KYC check – Bergen branch", "Pick-up — Gatwick airport"): a capitalised
# word, after "at/in/to/from (the)" or a heading's dash, before the lower-case noun. (The
# postposed form, "clinic at Bhuj", is `_CUES`'.) The services a clinic or an office is
# named by ("Diabetes clinic", "Post office", "Police station") are no towns.
_FACILITIES = (
    "clinic", "hospital", "branch", "crematorium", "cemetery", "airport", "station",
    "office", "practice", "surgery", "pharmacy", "campus", "terminal", "depot",
)  # fmt: skip
FACILITY = fast_regex.compile(rf"(?<![\w-])(?:{'|'.join(_FACILITIES)})(?![\w-])")
# (a service word may stand between the town and the noun: "from Leeds ambulance station")
_BEFORE_FACILITY = fast_regex.compile(
    r"(?:(?<![\w])(?:at|in|to|from|of|near)[ ](?:the[ ])?|(?<![\w])the[ ]|[–—-][ ])"
    rf"({_CAP_WORD}(?:[ ]{_CAP_WORD})?)[ ]"
    r"(?:(?:ambulance|fire|police|bus|coach|railway|train|ferry|lifeboat|coastguard)[ ])?$"
)
_FACILITY_WINDOW = 70
_NOT_FACILITY_TOWNS: Final = frozenset(
    word_list(
        """
        outpatient outpatients antenatal postnatal prenatal diabetes diabetic fracture memory
        pain eye eyes dental dermatology skin fertility sexual health mental travel vaccine
        vaccination flu asthma copd heart cardiac renal kidney liver stroke falls wound
        vascular breast sleep weight obesity smoking anticoagulation warfarin lipid
        hypertension blood transfusion allergy hearing audiology foot podiatry fracture
        orthopaedic orthopedic rheumatology urology gynaecology gynecology obstetric
        obstetrics colposcopy endoscopy epilepsy headache migraine movement parkinson's
        continence incontinence menopause contraception family planning gum hiv ent
        main central head post police fire bus railway rail train tube metro underground
        petrol gas charging ambulance coach nurses nursing international regional local
        district county city town village community private public walk-in urgent day
        night general specialist mobile virtual online satellite pop-up registry register
        booking ticket box sorting service services customer customers home foreign tax
        our your this that same new old next previous nearest closest other another each
        every any front back medical doctor doctor's doctors gp gp's vet veterinary dentist
        optician opticians chemist pharmacist hospital clinic university college school
        summary review update draft confidential copy final page report letter note notes
        referral follow-up followup results plan attendance discharge admission
        respiratory chest lung thoracic paediatric pediatric surgical psychiatric geriatric
        cancer haematology hematology chemotherapy dialysis spinal trauma rehab physio
        physiotherapy occupational speech nutrition dietetic dietetics bariatric sports
        wellbeing well-being wellness men's women's children's child baby youth adult
        senior elderly
        """
    )
)
# A town in a document's title after its spaced dash, where the title names a clinic, a
# branch or an office ("Clinic note - Durban", "Branch report – Bergen"): the line's end.
TITLE_PLACE = fast_regex.compile(
    r"(?m)^[ \t]*(?i:clinic|hospital|branch|office|practice|surgery|pharmacy|station)"
    rf"(?:[ ][a-z]{{2,20}}){{0,3}}[ ][-–—][ ]({_CAP_WORD}(?:[ ]{_CAP_WORD})?)[ \t]*$"
)


# A town by its shape alone, wherever it stands: a name joined to another by a particle
# that only place names carry ("Hoarau-sur-Maury", "Stratford-upon-Avon", "Châlons-en-
# Champagne", "Frankfurt-am-Main", "Meix-devant-Virton", "Marchienne-au-Pont"); people's
# double names join with "de" or nothing.
HYPHEN_TOWN = fast_regex.compile(
    rf"(?<![\w-])(?:(?:St|Ste|Saint|Sainte)-)?[{_UPPER}][\w'’]{{1,30}}"
    r"[ ]?-(?:sur|sous|lès|lez|upon|on|under|en|am|an|ob|bei|le|la|devant|derrière|près|aux?)-"
    rf"[{_UPPER}][\w'’]{{1,30}}(?:-[{_UPPER}][\w'’]{{1,30}})?(?![\w-])",
    word_led=True,
)


# Towns named for the river or the land they stand by, as German, Austrian, English and
# French municipality names are ("Spittal an der Drau", "Raabs an der Thaya", "Frankfurt am
# Main", "Kingston upon Thames", "Stoke on Trent", "Boulogne sur Mer"): the rivers and
# lands of those official names (the municipality registers of Statistik Austria and
# Destatis, the ONS place names, INSEE's communes), since "an der" and "am" before a
# capitalised noun is ordinary German ("Schmerzen an der Hand").
_RIVERS = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        Donau Drau Thaya Ybbs Mur Enns Traun Isar Lahn Oder Saale Elbe Mosel Ruhr Weser
        Fulda Iller Lech Naab Vils Leitha Pielach Erlauf Krems Kamp Rhein Main Neckar Havel
        Spree Ilm Elster Weißen_Elster Schwarzen_Elster Unstrut Werra Ems Aller Leine Tauber
        Jagst Kocher Rems Murr Enz Dill Sieg Lippe Ahr Nahe Saar Inn Salzach Raab Lafnitz
        Pinka Triesting Schwechat Fischa Zaya Pulkau Lainsitz Gölsen Traisen Rott Wiese
        Wutach Glems Würm Amper Ilz Regen Altmühl Wörnitz Zusam Mindel Günz Wertach Ammer
        Loisach Mangfall Alz Ilmenau Oste Hunte Hase Vechte Eder Schwalm Nidda Kinzig Murg
        Rench Elz Kyll Prüm Lauter Queich Pegnitz Rednitz Regnitz Aisch Orla Schwarza Gera
        Helme Wipper Bode Ohre Uecker Peene Tollense Warnow Dosse Dahme Neiße Mulde Zschopau
        Pleiße Weißeritz Müglitz Sulm Kainach Feistritz Gurk Gail Glan Lavant Mürz Ager
        Steyr Url Melk Wien Brenz Fils Mürz See Wechsel Gebirge Harz Allgäu Mühlkreis
        Innkreis Hausruck Rottal Oberpfalz Oberlausitz Ammersee Chiemsee Bodensee
        Wörthersee Attersee Mondsee Wolfgangsee Traunsee Walde Schwarzwald Odenwald
        Westerwald Taunus Spessart Rhön Vogtland Erzgebirge Fichtelgebirge Steinfeld
        Marchfeld Weinstraße Thames Tyne Avon Trent Hull Severn Tees Wye Soar Sea Mer Seine
        Loire Marne Saône Rhône Oise Aisne Meuse Moselle Garonne Dordogne Tarn Allier Cher
        Indre Vienne Yonne Aube Sarthe Mayenne Orne Somme Meurthe Durance Isère Drôme
        Ardèche Hérault Aude Adour Charente Vilaine
        Aare Reuss Limmat Thur Emme Saane Sihl Glatt Birs Töss Albis Rhone Zürichsee
        Thunersee Brienzersee Bielersee Walensee Irchel
        """
    )
)
RIVER_TOWN = fast_regex.compile(
    rf"(?<![\w-])(?:(?:Bad|Sankt|St\.|Markt|Neu|Alt|Groß|Klein|Hohen)[ ])?"
    rf"[{_UPPER}][\w'’]{{1,30}}(?:-[{_UPPER}][\w'’]{{1,30}})?"
    r"[ ](?:an[ ]der|an[ ]den|am|an|ob[ ]der|im|in[ ]der|upon|on|sur|sous|lès)[ ]"
    rf"(?:{_RIVERS})(?![\w-])",
    word_led=True,
)
_RIVER_HINT = fast_regex.compile(r" (?:an|am|ob|im|in|upon|on|sur|sous|lès) (?:der |den )?[A-ZÄÖÜ]")

# A Japanese town or village with its district, the form every rural municipality is
# written in (Japan Post; "夷隅郡御宿町", "千葉県夷隅郡御宿町"): the prefecture, a name
# with 郡 (district), a name with 町 or 村.
_HAN = "\u3005\u4e00-\u9fff\u30f6"
JP_DISTRICT_TOWN = fast_regex.compile(
    rf"(?:[{_HAN}]{{2,3}}[都道府県])?[{_HAN}]{{1,5}}郡[{_HAN}]{{1,5}}[町村]"
)

# A place written in Han or katakana with its administrative unit as the last character,
# standing as a word of its own (a field, a cell, a phrase in a Latin-script line: "Location:
# Radiology, 宁德市", "住所：京都府", "(福建省宁德市)"): China's 省 市 州 盟 县 縣 旗 区 區 镇 鎮 乡
# 鄉 村 (and 地区, 自治州, 自治县, 街道), Japan's 都 道 府 県 (only the four of each, 東京都
# 北海道 大阪府 京都府, and any 県) and 市 区 町 村 郡 (the Japan Post and the GB/T 2260
# administrative-division names). A chain of units ("福建省宁德市", "東京都港区") is one
# place. The first name has two characters at least before its unit; a run of more than
# a place name is prose, not matched. Common words built with a unit character ("城市",
# "超市", "社区", "市町村", "自治区", "开发区"), and "this/our/every" + unit ("本市", "这个村",
# "各县"), are no place.
_HAN_NAME = r"[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]"
_CN_JP_UNITS = (
    r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|[省市州盟县縣旗区區镇鎮乡鄉村県町郡])"
)
_JP_TOP = "(?:東京都|东京都|北海道|大阪府|京都府)"
_CJK_EDGE = r"\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# ... or the place names the hospital or clinic written right after it ("横浜市都筑区市民病院",
# "宁德市人民医院"): the facility's word is no part of the place, and is kept.
_CJK_FACILITY = (
    r"(?:市民病院|市立病院|総合病院|病院|医院|醫院|クリニック|診療所|医療センター|"
    r"人民医院|中医院|卫生院|衛生院|保健所)"
)
# ... or a Japanese case particle after it, then a word in Han ("横浜市の出身", "台東区の病院",
# "富津市で勤務"): the place ends where the particle joins it to the sentence.
_JP_PARTICLE = r"(?:の|に|で|へ|から|まで|より)"
_HAN_ONLY = r"\u3005\u4e00-\u9fff"
CJK_UNIT_PLACE = fast_regex.compile(
    rf"(?<![{_CJK_EDGE}])(?:{_JP_TOP}|{_HAN_NAME}{{2,4}}?{_CN_JP_UNITS})"
    rf"(?:{_HAN_NAME}{{1,4}}?{_CN_JP_UNITS}){{0,3}}"
    rf"(?:(?![{_CJK_EDGE}])|(?={_CJK_FACILITY})|(?={_JP_PARTICLE}[{_HAN_ONLY}、。])"
    # ... or the head of its office after it, a register's signer ("受理 横浜市泉区長",
    # "宁德市市长"): the place is the office's
    rf"|(?=[市区县鎮镇]?[長长](?![{_CJK_EDGE}])))"
)
_CJK_UNIT_HINT = fast_regex.compile(r"[省市州盟县縣旗区區镇鎮乡鄉村県町郡都道府]")
# Korean (Hangul): a metropolitan or special city or province ("부산광역시", "세종특별자치시"),
# or a city or county with its district ("안산시 단원구", "양평군 양서면"), each name two
# syllables at least (one-syllable words end in these too: "다시", "친구"), a particle
# after it allowed.
_HANGUL = r"\uac00-\ud7a3"
KR_UNIT_PLACE = fast_regex.compile(
    rf"(?<![{_HANGUL}])(?:[{_HANGUL}]{{2,4}}(?:특별시|광역시|특별자치시|특별자치도)"
    rf"(?:[ ][{_HANGUL}]{{2,4}}(?:구|군))?"
    rf"|[{_HANGUL}]{{2,3}}(?:시|군)[ ][{_HANGUL}]{{2,3}}(?:구|읍|면))"
    rf"(?=(?:에서|에|의|은|는|으로|로|과|와|이|가)?(?![{_HANGUL}]))"
)
_NOT_CJK_PLACES: Final = frozenset(
    word_list(
        """
        城市 都市 超市 股市 夜市 集市 上市 门市 黑市 菜市 早市 闹市 楼市 车市 债市 汇市 开市
        休市 罢市 街市 地区 社区 园区 景区 病区 院区 城区 市区 郊区 山区 灾区 辖区 误区 禁区
        专区 特区 校区 时区 小区 片区 分区 农村 乡村 山村 城镇 乡镇 村镇 市镇 故乡 家乡 老乡
        下乡 城乡 水乡 他乡 大城市 直辖市 地级市 县级市 自治区 自治州 自治县 服务区 工业区
        开发区 住宅区 商业区 风景区 保护区 居民区 经济区 试验区 行政区 示范区 生活区 办公区
        休息区 等候区 候诊区 隔离区 污染区 清洁区 管辖区 新农村 度假村 地球村 养老村 市町村
        区市町村 政令市 中核市 特別区 都道府県 自治体 城中村 贫困县 少数民族地区 农村地区
        大都市 中都市 小都市 地方都市 大都会 周辺地区 該当地区
        """
    )
)
# The common words that end a run which is then no place ("心内科病区", a ward; "沃尔玛超市",
# a shop): facilities and zones, not the words that end district names too ("南山区",
# "东城区").
_NOT_PLACE_ENDINGS: Final = tuple(
    w
    for w in _NOT_CJK_PLACES
    if len(w) > 2
    or w
    in word_list(
        "病区 院区 校区 园区 景区 社区 小区 片区 分区 禁区 时区 误区 "
        "超市 股市 夜市 集市 菜市 门市 黑市 楼市"
    )
)
_NOT_PLACE_FIRST = "本该該全各外此每同邻鄰这這那我你他她其某当當各"


_PREPOSITIONS = "在从從到去来來于於住回往向自"


def _cjk_unit_place(value: str) -> bool:
    """Not a common word, nor one ending the run ("心内科病区", a ward), nor "this city"
    ("本市", "在本市")."""
    if value in _NOT_CJK_PLACES or value.endswith(_NOT_PLACE_ENDINGS):
        return False
    first, second = value[0], value[1]
    return first not in _NOT_PLACE_FIRST and not (
        first in _PREPOSITIONS and second in _NOT_PLACE_FIRST
    )


# A name in a script other than Latin after an English place preposition, ending its
# clause ("Enrolled 28 Sept 2024 at جدة", "born in अलीगढ", "moved from 大阪"): in an English
# line a word of another script there is a proper noun, and after "at", "in" or "from" a
# place.
# (and after the residence words that name a place without a preposition: "Lives पाल्पा.",
# "last known রাজবাড়ী", "resides ...", "moved to ...")
FOREIGN_SCRIPT_PLACE = fast_regex.compile(
    r"(?<![\w])(?:at|in|from|near|(?i:lives|lived|living|resides|resided|residing|last[ ]known"
    r"|last[ ]seen|currently|based|moved[ ]to|relocated[ ]to|travelled[ ]to|traveled[ ]to|"
    r"returned[ ]to|village|town|district))[ ]{1,2}"
    rf"([{_OTHER_SCRIPTS}][{_OTHER_SCRIPTS}\u200c\u200d-]{{0,40}}"
    rf"(?:[ ][{_OTHER_SCRIPTS}][{_OTHER_SCRIPTS}\u200c\u200d-]{{0,40}}){{0,2}})"
    r"(?=[ \t]*(?:[,.;)\n]|$))",
    word_led=True,
)
_OTHER_SCRIPT = fast_regex.compile(rf"[{_OTHER_SCRIPTS}]")
# A segment in a script other than Latin after a comma that follows a Latin word, ending
# its field (the line, a form's closing bracket): the town after a name, in address
# position ("Previous GP [ Dr Karjalainen, شرق محدثه ]", "Dr Rao, ঢাকা").
FOREIGN_SCRIPT_AFTER_COMMA = fast_regex.compile(
    rf"(?<=[A-Za-z.)]),[ ]{{1,2}}"
    rf"([{_OTHER_SCRIPTS}][{_OTHER_SCRIPTS}\u200c\u200d-]{{0,40}}"
    rf"(?:[ ][{_OTHER_SCRIPTS}][{_OTHER_SCRIPTS}\u200c\u200d-]{{0,40}}){{0,2}})"
    r"(?=[ \t]*(?:[\])\n]|$))"
)
# The town an IPv4 address was located in, written after it in brackets, as session and
# fraud logs do ("from 139.62.57.24 (Chandigarh)", "189.64.180.112 (안산시 단원구)"): a
# capitalised name or one in a script without capitals.
IP_PLACE = fast_regex.compile(
    r"(?<![\w.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}[ ]?\("
    r"((?![a-z])[^\W\d_][^\W\d_'’. -]{0,30}(?:[ -][^\W\d_][^\W\d_'’.-]{0,30}){0,3})\)"
)


# A town after a Romance hospital word and the adjective that follows it there (Spanish,
# Portuguese, Italian and French put the adjective after the noun: "Hospital tratante en
# Tepic", "clínica privada em Braga", "ospedale civile a Lecco", "hôpital privé à Nantes").
# Each language's word with its own preposition ("a" only after Italian words: "the
# hospital ordered a CT" is English).
_ROMANCE_ADJECTIVES = r"[ ][a-zà-ÿ]{3,20}(?:[ ][a-zà-ÿ]{3,20})?[ ]"
ROMANCE_INSTITUTION_PLACE = fast_regex.compile(
    r"(?<![\w])(?:(?i:hospital|clínica|sanatorio|centro[ ]médico)"
    rf"{_ROMANCE_ADJECTIVES}(?:en|em)"
    rf"|(?i:hôpital|clinique){_ROMANCE_ADJECTIVES}à"
    rf"|(?i:ospedale|clinica|casa[ ]di[ ]cura){_ROMANCE_ADJECTIVES}a)"
    rf"[ ]({PLACE})",
    word_led=True,
)
_ROMANCE_INSTITUTION_HINT: Final = (
    "hospital", "clínica", "clinica", "sanatorio", "hôpital", "clinique", "ospedale",
    "casa di cura", "centro m",
)  # fmt: skip
# A hospital named by its town, as the official names of Czech and Slovak hospitals ("v
# nemocnici Jihlava", "Nemocnice Rychnov nad Kněžnou") and of German, Austrian and Swiss
# county, state and canton hospitals ("Kantonsspital Aarau", "Landesklinikum Scheibbs",
# "Kreiskrankenhaus Lörrach") put it after the word.
TOWN_HOSPITAL = fast_regex.compile(
    r"(?<![\w])(?i:nemocnice|nemocnici|nemocnicí|nemocnica|nemocnicu|kantonsspital|"
    r"kantonsspitals|landesklinikum|landeskrankenhaus|kreiskrankenhaus|kreisklinik|"
    r"kreisklinikum|kreisspital|regionalspital|stadtspital|bezirkskrankenhaus|bezirksspital)"
    rf"[ ]({PLACE})",
    word_led=True,
)
_TOWN_HOSPITAL_HINT: Final = ("nemocnic", "spital", "klinik", "krankenhaus")
# A town where a claim's event happened, between the event word and its date, as German
# and Austrian claims write it ("Behandlung in Mank am 17.08.2021", "Unfall in Bad Ischl
# vom 3.4."): before a date, "in" and a capitalised word are a place. (A German noun after
# "in" takes its article, "in der Ambulanz"; the few that do not are listed below.)
EVENT_PLACE_DATE = fast_regex.compile(
    r"(?<![\w])(?i:behandlung|behandelt|unfall|sturz|erkrankung|erkrankt|aufenthalt|"
    r"notfall|vorfall|ereignis|schadenfall|schaden|operation|operiert|aufnahme|untersuchung|"
    r"untersucht|verletzung|verletzt)"
    rf"[ ]in[ ]({PLACE})[ ](?:am|vom|seit|bis|ab)[ ]\d",
    word_led=True,
)
_EVENT_PLACE_HINT: Final = (
    "behandl", "unfall", "sturz", "erkrank", "aufenthalt", "notfall", "vorfall", "ereignis",
    "schaden", "operati", "operiert", "aufnahme", "untersuch", "verletz",
)  # fmt: skip
_NOT_GERMAN_PLACES: Final = frozenset(
    word_list(
        """
        narkose vollnarkose allgemeinnarkose teilnarkose kurznarkose lokalanästhesie
        lokalanaesthesie regionalanästhesie sedierung analgosedierung rückenlage bauchlage
        seitenlage ruhe absprache abwesenheit vertretung kombination folge höhe notaufnahme
        ambulanz praxis klinik rehabilitation reha quarantäne isolation intensivstation
        """
    )
)
# A Czech, Slovak or Polish town named for its river or hill with "nad" (above) or "pod"
# (below), as the Czech Statistical Office's and GUS's registers of municipalities write
# them ("Ústí nad Labem", "Rychnov u Jablonce nad Nisou", "Nové Mesto nad Váhom",
# "Kazimierz nad Wisłą", "Rožnov pod Radhoštěm"): lower-case "nad"/"pod" between two
# capitalised words is no phrase of these languages (their nouns are lower case).
SLAVIC_RIVER_TOWN = fast_regex.compile(
    rf"(?<![\w-])[{_UPPER}][a-zà-ÿā-ž'’-]{{1,30}}(?:[ ][{_UPPER}][a-zà-ÿā-ž'’-]{{1,30}})?"
    rf"(?:[ ]u[ ][{_UPPER}][a-zà-ÿā-ž'’-]{{1,30}})?"
    rf"[ ](?:nad|pod)[ ][{_UPPER}][a-zà-ÿā-ž'’-]{{1,30}}(?![\w-])",
    word_led=True,
)


# A Spanish town named for its saint and qualified by what it stands by, as INEGI's and
# INE's catalogues of localities write them ("San Juan de los Lagos", "Santa María del
# Tule", "Santo Domingo de la Calzada", "San Pedro los Altos"): "San"/"Santa"/"Santo", a
# capitalised name, and a particle before the qualifier. (A saint alone, "San Pedro", or
# with a capitalised surname is no town by its shape.)
SAINT_TOWN = fast_regex.compile(
    rf"(?<![\w-])(?:San|Santa|Santo)[ ][{_UPPER}][a-zà-ÿ]{{1,20}}"
    r"[ ](?:de[ ]la|de[ ]las|de[ ]los|del|de|los|las)[ ]"
    rf"(?:[{_UPPER}][a-zà-ÿ]{{2,20}}|(?<=los[ ])[a-zà-ÿ]{{3,20}}|(?<=las[ ])[a-zà-ÿ]{{3,20}})"
    r"(?![\w-])",
)
# (the saints' own epithets: "San Juan de Dios", "San Francisco de Asís")
_NOT_SAINT_TOWNS: Final = frozenset(
    word_list("dios asís asis paula paúl loyola padua porres jesús cruz")
)


# A town named by its English, Dutch or German settlement suffix after a place preposition
# ("given ... at Peterville", "moved to Jamesborough", "from East Carolynview"): the Old
# English burh/tūn/ford/feld/worþ/mūþa and the Latin castra (-borough, -bury, -ton, -ford,
# -field, -worth, -mouth, -chester), the French and American -ville, the German and Dutch
# -burg, -stadt, -dorf, -hausen, -furt, and the American -view, -port, -haven, -town (the
# English Place-Name Society's elements; the US Geological Survey's names), with the
# prefixes that go before them ("North", "Lake", "Port"). The common English words that
# end so ("button", "support", "review", "afford", "airfield") are not towns.
SETTLEMENT_SUFFIXES = (
    "ville|burgh|burg|borough|brough|bury|chester|cester|mouth|haven|stadt|furt|dorf|hausen|"
    "shire|town|ton|view|port|ford|field|worth"
)
SUFFIX_TOWN = fast_regex.compile(
    r"(?<![\w])(?:at|in|from|near|to|towards|outside|around)[ ]{1,2}"
    r"((?:(?:North|South|East|West|New|Port|Lake|Mount|Fort|Saint|St\.)[ ])?"
    rf"[A-Z][a-z]{{1,20}}(?:{SETTLEMENT_SUFFIXES}))(?![\w'’-])",
    word_led=True,
)
_SUFFIX_HINT = fast_regex.compile(rf"[a-z](?:{SETTLEMENT_SUFFIXES})\b")
NOT_TOWNS: Final = frozenset(
    word_list(
        """
        badmouth bigmouth loudmouth blabbermouth motormouth cottonmouth largemouth
        smallmouth goalmouth vermouth unshaven cleanshaven safehaven downtown uptown
        midtown hometown boomtown crosstown button baton carton cotton skeleton piston
        proton photon automaton badminton mutton wanton canton crouton singleton simpleton
        megaton kiloton phaeton briton breton interview review preview overview purview
        worldview rearview support report passport transport airport import export sport
        deport rapport purport teleport carport seaport heliport spaceport davenport
        comport motorsport esport multisport afford airfield backfield battlefield
        coalfield cornfield infield outfield midfield minefield oilfield snowfield icefield
        subfield forcefield brownfield greenfield leftfield rightfield centerfield
        playfield networth pennyworth selfworth
        """
    )
)
# A place in the Nguni languages (isiZulu, isiXhosa, siSwati, isiNdebele) with its
# locative or noun-class prefix in lower case before the capitalised stem, as South
# Africa's Geographical Names Council and the Municipal Demarcation Board write them
# ("uMgungundlovu", "eThekwini", "iLembe", "oThongathi", "KwaZulu", "eMalahleni"): a
# Bantu stem ends in a vowel. (Brand names built the same way, "iPhone", are not places.)
NGUNI_PLACE = fast_regex.compile(
    r"(?<![\w-])(?:[uieo]|[Kk]wa|ko)[A-Z][a-z]{2,30}[aeiou](?:-[A-Z][a-z]{2,30})?(?![\w])",
    word_led=True,
)
_NGUNI_HINT = fast_regex.compile(r"(?<![\w])(?:[uieo]|[Kk]wa|ko)[A-Z][a-z]")
_NOT_NGUNI: Final = frozenset(
    word_list(
        """
        iphone imovie imessage ilife iwave ishare istore ephone emule esignature ecommerce
        eservice emedicine ecare icare escience iscience einvoice eprescribe eprocure
        eprescribing ebike escooter eticket evoice eclinic
        """
    )
)


# A settlement after its romanised type word ("smt Kozyn", "selo Bilohorodka"; see
# `address_words.ROMANISED_SETTLEMENTS`), a capitalised name after it.
ROMANISED_SETTLEMENT = fast_regex.compile(
    rf"(?<![\w.])(?i:{trie_pattern(w.replace('_', ' ') for w in ROMANISED_SETTLEMENTS)})"
    rf"[ ]{{1,2}}((?:{_CAP_WORD})(?:[ ](?:{_CAP_WORD})){{0,2}})",
    word_led=True,
)
_SETTLEMENT_HINT: Final = (
    "smt",
    "pgt",
    "selo",
    "selyshche",
    "selishche",
    "derevn",
    "stani",
    "stany",
    "khut",
    "aul",
    "pos",
)


def _institution_and_event_places(text: str, folded: str, found: list[Span]) -> list[Span]:
    """Towns after a Romance hospital word and its adjective, hospitals named by their
    town, towns between a German claim's event and its date, Spanish saints' towns with
    their qualifier and Slavic "nad"/"pod" towns (each run only when the text holds its
    words)."""
    spans: list[Span] = []

    def add(start: int, end: int, rule: str) -> None:
        if not any(s.start <= start and end <= s.end for s in (*found, *spans)):
            spans.append(Span(start, end, KIND, rule, 0.6))

    if any(w in folded for w in _ROMANCE_INSTITUTION_HINT):
        for m in ROMANCE_INSTITUTION_PLACE.finditer(text):
            if m.group(1).split()[0].casefold() not in _NOT_PLACES:
                add(m.start(1), m.end(1), "place_after_institution")
    if any(w in folded for w in _TOWN_HOSPITAL_HINT):
        for m in TOWN_HOSPITAL.finditer(text):
            if m.group(1).split()[0].casefold() not in _NOT_PLACES:
                add(m.start(1), m.end(1), "place_hospital_town")
    if " in " in text and any(w in folded for w in _EVENT_PLACE_HINT):
        for m in EVENT_PLACE_DATE.finditer(text):
            first = m.group(1).split()[0].casefold()
            if first not in _NOT_PLACES and first not in _NOT_GERMAN_PLACES:
                add(m.start(1), m.end(1), "place_event_before_date")
    if "San" in text:
        for m in SAINT_TOWN.finditer(text):
            if m.group().split()[-1].casefold() not in _NOT_SAINT_TOWNS:
                add(m.start(), m.end(), "place_saint_town")
    if " nad " in text or " pod " in text:
        for m in SLAVIC_RIVER_TOWN.finditer(text):
            add(m.start(), m.end(), "place_river_town")
    return spans


_NEW_OLD: Final = frozenset({"New", "Old"})


def _facility_town(value: str) -> bool:
    """Whether the capitalised words before a facility noun may be its town: no service,
    rank or common word, no acronym ("HIV clinic"), no clinical word."""
    words = value.split()
    if len(words) == 2 and words[0] in _NEW_OLD:
        words = words[1:]  # "New Dawn", "Old Basing": the town's own first word
    return not any(
        w.isupper()
        or w.casefold() in _NOT_FACILITY_TOWNS
        or w.casefold() in _NOT_PLACES
        or clinical_word(w)
        for w in words
    )


# An organisation's name in an X12 NM1 segment of entity type "2" (not a person) that is a
# town and a facility noun ("NM1*1P*2*Port Ellery CLINIC*****XX*...~", a provider named for
# its town): the town is masked when `_facility_town` takes it (no capitals-only word,
# so "VALLEY FAMILY PRACTICE" stays a name).
X12_FACILITY_TOWN = fast_regex.compile(
    r"(?<![A-Z0-9])NM1(?P<sep>[*|^])[A-Z0-9]{2,3}(?P=sep)2(?P=sep)"
    rf"(?P<town>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,2}})[ ]"
    r"(?i:clinic|hospital|medical[ ]cent(?:er|re)|health[ ]cent(?:er|re)|pharmacy|surgery|"
    r"practice|infirmary|urgent[ ]care)(?![\w])"
)


def _date_and_facility_places(text: str, folded: str) -> list[Span]:
    """Towns after a date and its preposition, before a facility noun and in a clinic's
    or branch's title after its dash (each run only when the text holds its words)."""
    spans: list[Span] = []
    if _DATE_THEN_PLACE_HINT.search(text):
        for m in DATE_THEN_PLACE.finditer(text):
            if m.group(1).split()[0].casefold() not in _NOT_PLACES:
                spans.append(Span(m.start(1), m.end(1), KIND, "place_after_date", 0.6))
    if any(w in folded for w in _FACILITIES):
        for f in FACILITY.finditer(text):
            lo = max(0, f.start() - _FACILITY_WINDOW)
            m = _BEFORE_FACILITY.search(text, lo, f.start())
            if m is not None and _facility_town(m.group(1)):
                spans.append(Span(m.start(1), m.end(1), KIND, "place_before_facility", 0.6))
        for m in TITLE_PLACE.finditer(text):
            if _facility_town(m.group(1)):
                spans.append(Span(m.start(1), m.end(1), KIND, "place_in_title", 0.6))
    return spans


def _station_holds(text: str, label: re.Match[str]) -> bool:
    """False for a bare "Station" label in a text about no police, fire or ambulance."""
    head = label.group()[:8].casefold()
    if not head.startswith("station") or head[7:8].isalpha():
        return True
    folded = text.casefold()
    return any(w in folded for w in _STATION_TEXT)


def find_places(text: str) -> list[Span]:
    """Towns named after a residence or origin cue word, and towns by their shape."""
    spans: list[Span] = []
    for m in CUE_PLACE.finditer(text):
        first = m.group(1).split()[0].casefold()
        if first in _NOT_PLACES:
            continue
        spans.append(Span(m.start(1), m.end(1), KIND, "place_after_cue", 0.6))
    if any(c in text for c in _LABEL_SEPARATOR_HINT):
        for m in LABEL_PLACE.finditer(text):
            if m.group(1).split()[0].casefold() not in _NOT_PLACES and _station_holds(text, m):
                spans.append(Span(m.start(1), m.end(1), KIND, "place_after_label", 0.6))
    if "   " in text:
        for m in GAP_LABEL_PLACE.finditer(text):
            first = m.group(1).split()[0].casefold()
            if first not in _NOT_PLACES and first not in _CARD_FIELD_WORDS:
                spans.append(Span(m.start(1), m.end(1), KIND, "place_after_gap_label", 0.6))
    for m in BORN_ON_IN.finditer(text):
        if m.group(1).split()[0].casefold() not in _NOT_PLACES:
            spans.append(Span(m.start(1), m.end(1), KIND, "place_after_birth_date", 0.6))
    folded = text.casefold()
    spans += _institution_and_event_places(text, folded, spans)
    spans += _date_and_facility_places(text, folded)
    if "NM1" in text:
        for m in X12_FACILITY_TOWN.finditer(text):
            if _facility_town(m.group("town")):
                spans.append(Span(m.start("town"), m.end("town"), KIND, "x12_facility_town", 0.6))
    if _SUFFIX_HINT.search(text):
        for m in SUFFIX_TOWN.finditer(text):
            inside = any(s.start <= m.start(1) and m.end(1) <= s.end for s in spans)
            if not inside and m.group(1).split()[-1].casefold() not in NOT_TOWNS:
                spans.append(Span(m.start(1), m.end(1), KIND, "place_settlement_suffix", 0.6))
    if _NGUNI_HINT.search(text):
        for m in NGUNI_PLACE.finditer(text):
            inside = any(s.start <= m.start() and m.end() <= s.end for s in spans)
            if not inside and m.group().split("-")[0].casefold() not in _NOT_NGUNI:
                spans.append(Span(m.start(), m.end(), KIND, "place_nguni_prefix", 0.6))
    if any(w in folded for w in _SETTLEMENT_HINT):
        for m in ROMANISED_SETTLEMENT.finditer(text):
            spans.append(Span(m.start(1), m.end(1), KIND, "place_romanised_settlement", 0.6))
    if "(" in text and "." in text:
        for m in IP_PLACE.finditer(text):
            spans.append(Span(m.start(1), m.end(1), KIND, "place_after_ip", 0.6))
    if _RIVER_HINT.search(text):
        for m in RIVER_TOWN.finditer(text):
            if not any(s.start <= m.start() and m.end() <= s.end for s in spans):
                spans.append(Span(m.start(), m.end(), KIND, "place_river_town", 0.6))
    if _OTHER_SCRIPT.search(text):
        if "郡" in text:
            for m in JP_DISTRICT_TOWN.finditer(text):
                spans.append(Span(m.start(), m.end(), KIND, "place_jp_district_town", 0.6))
        for m in FOREIGN_SCRIPT_PLACE.finditer(text):
            spans.append(Span(m.start(1), m.end(1), KIND, "place_other_script", 0.6))
        if "," in text:
            for m in FOREIGN_SCRIPT_AFTER_COMMA.finditer(text):
                spans.append(Span(m.start(1), m.end(1), KIND, "place_other_script_segment", 0.6))
        if _CJK_UNIT_HINT.search(text):
            spans += [
                Span(m.start(), m.end(), KIND, "place_cjk_unit", 0.6)
                for m in CJK_UNIT_PLACE.finditer(text)
                if _cjk_unit_place(m.group())
            ]
        if any(w in text for w in ("시", "군", "특별", "광역")):
            spans += [
                Span(m.start(), m.end(), KIND, "place_kr_unit", 0.6)
                for m in KR_UNIT_PLACE.finditer(text)
            ]
    if "-" not in text:
        return spans
    after_cue = list(spans)
    for m in HYPHEN_TOWN.finditer(text):
        if not any(s.start <= m.start() and m.end() <= s.end for s in after_cue):
            spans.append(Span(m.start(), m.end(), KIND, "place_hyphen_town", 0.6))
    return spans
