"""Street addresses, postcodes and coordinates in the shapes of about a dozen countries.
Pure `re`, no NLP: the ingest analyzer and the workstation's second pass both run it.

HIPAA Safe Harbor removes every geographic unit smaller than a state: street, house
number, flat, town, postcode, coordinates. The vocabularies below come from the postal
standards (USPS Publication 28 street suffixes and secondary unit designators, the Royal
Mail postcode shapes, each country's street-type words), not from any example text.
A street match is extended over the short place segments that follow it (", Town, AB1 2CD"
or the next lines of an address block), so the town goes with its street.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.address_forms import (
    INDIAN_LANDMARK_WORDS,
    LABELLED_ADDRESS,
    LOCAL_UNIT_WORDS,
    STREETLIKE_WORDS,
    WORLD_STREETS,
    streetlike_chain,
    world_gates,
)
from app.redaction.address_words import (
    ARABIC_LATIN_STREET_TYPES,
    CYRILLIC_SETTLEMENTS,
    CYRILLIC_STREET_TYPES,
    CYRILLIC_UNITS,
    MALTESE_ARTICLES,
    MALTESE_STREET_TYPES,
    ROMANISED_STREET_TYPES,
    ROMANISED_UNITS,
    SWAHILI_STREET_TYPES,
)
from app.redaction.letter_runs import text_words
from app.redaction.record_numbers import WORDS as IDENTIFIER_WORDS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "ADDRESS"
_I = re.IGNORECASE

# USPS Publication 28, appendix C1 (street suffixes) with their standard abbreviations,
# plus the UK and Irish street words that Royal Mail addresses use.
STREET_TYPES = word_list(
    """
    alley aly annex arcade avenue ave av bayou beach bend bluffs bluff bottom
    boulevard blvd branch bridge brook brooks burgs burg bypass camp canyon cape
    causeway center centre ctr circles circle cir cliffs cliff club common corners
    corner course courts court ct coves cove creek crescent cres crest crossing
    crossroad curve dale dam divide drives drive dr estates estate expressway expy
    extensions extension falls fall ferry fields field flats flat fords ford forest
    forges forge forks fork fort freeway fwy gardens garden gdns gateway glens glen
    greens green groves grove harbours harbour harbors harbor haven heights hts
    highway hwy hills hill hollow inlet islands island isle junctions junction keys
    key knolls knoll lakes lake land landing lane ln lights light loaf locks lock
    lodge loop mall manors manor meadows meadow mews mills mill mission motorway
    mount mountains mountain neck orchard oval overpass parks park parkways parkway
    pkwy pass passage path pike pines pine place pl plains plain plaza points point
    ports port prairie radial ramp ranch rapids rapid rest ridges ridge river roads
    road rd route row rue run shoals shoal shores shore skyway springs spring spurs
    spur squares square sq station stravenue stream streets street st summit terrace
    ter throughway trace track trafficway trail trl trailer tunnel turnpike
    underpass unions union valleys valley viaduct views view villages village ville
    vista walks walk wall ways way wells well wharf yard close rise vale parade
    circus gate end broadway embankment quay wynd chase drove croft approach grange
    lea garth brae chowk marg nagar ganj gali bazar bazaar mohalla colony sector
    esplanade quadrant concourse alleyway boardwalk circuit strand outlook reserve
    retreat glade brace boulevarde link nook ramble round amble serviceway crossway access
    straat laan rylaan singel steeg indlela umgwaqo isitrato tsela
    anchorage block byway centreway circlet colonnade copse corso courtyard cruiseway
    cul-de-sac cutting dell driveway fairway firetrail footway foreshore frontage gates
    gully highroad interchange laneway lees lookout meander mew parklands piazza plateau
    promenade quadrangle quays ridgeway riverway riviera roadside roadway ronde rosebowl
    rotary siding subway tarn thoroughfare tollway tor towers trunkway villas wade walkway
    """
)
# (the last lines: the road types of AS/NZS 4819 (rural and urban addressing), as
# Australia Post and New Zealand's addressing standard list them, beyond the ones above;
# not those that are also measurements' and the body's words after a number: "1 Standard
# Deviation", "2 Care Pathway", "Tennis Elbow". "Block" after a clinical word is a heart
# or nerve block, no street: `_CLINICAL_BLOCK`.)
# (the last line: South Africa writes the number first in every official language, SANS
# 1883-1, with the street type of the language of the name: Afrikaans straat, laan, rylaan
# "avenue", singel "crescent", steeg "lane"; isiZulu and isiXhosa indlela "road, way",
# umgwaqo "road", isiXhosa isitrato "street"; Sesotho and Setswana tsela "road")
_US_UK_STREET = trie_pattern(STREET_TYPES)
# USPS Publication 28, appendix C2 (secondary unit designators) and UK flat words.
UNIT_WORDS = word_list(
    """
    apartment apt basement bsmt building bldg department dept floor fl front frnt hangar
    hngr lobby lbby lot lower lowr office ofc penthouse ph pier rear room rm side slip
    space spc stop suite ste trailer trlr unit upper uppr flat studio apto piso puerta
    appartamento interno scala piano wohnung whg etage bâtiment bat escalier esc porte
    lok mieszkanie daire kat blok edif edificio depto dpto dto of oficina local torre
    bodega casa interior int manzana mz lote lt bl sc ap et sala bloco andar loja esc
    appartement résidence level lvl apartamento etapa
    """
)
_UNIT = (
    rf"(?:{trie_pattern(UNIT_WORDS)})\b\.?\s{{0,2}}#?\s{{0,2}}[A-Za-z0-9][\w-]{{0,6}}"
    r"|#\s{0,2}\d[\w-]{0,6}"
)
_WORD = r"[A-Z0-9ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŁŚŻŹĆŃÓĘĄİŞĞÇÑ][\w'’.-]{0,30}"
_LOWER_JOIN = r"(?:of|the|de|la|le|du|des|del|di|da|do|dos|van|von|der|den|y|e)"
# A street's name written in a script without Latin capitals before an English street type
# ("412 西村 Street", "0903 نشأت Rapids", "12 Ленина Road"): Greek, Cyrillic, Hebrew, Arabic,
# the Indic scripts, Thai, kana, Han and Hangul.
_OTHER_SCRIPT_WORD = (
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0e7f\u3005\u3040-\u30ff"
    r"\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3][^\W\d_]{0,20}"
)

# "1600 Pennsylvania Avenue NW, Suite 400" / "12 Acacia road" / "4-6 Long Lane"
US_UK_STREET = fast_regex.compile(
    # (not a time's minutes: "09:00\nWard Round"; a table's house number may end its line)
    rf"(?<![\w/.:-])\d{{1,6}}[A-Za-z]?(?:[-–/]\d{{1,5}}[A-Za-z]?)?,?\s{{1,3}}"
    # (the street's name and its type share a line, USPS Publication 28's delivery line:
    # "18 May 2023\nPlace of death", "8162 Bodø\nDear Dr" are a date and a town, then
    # the next line)
    rf"(?:(?:[NSEW]|N[EW]|S[EW]|North|South|East|West)\.?[ \t]{{1,2}})?"
    rf"(?:(?:{_WORD}|{_LOWER_JOIN}|{_OTHER_SCRIPT_WORD})[ \t]{{1,2}}){{0,4}}"
    rf"(?:{_WORD}|{_OTHER_SCRIPT_WORD})[ \t]{{1,2}}"
    rf"(?i:{_US_UK_STREET})\b\.?(?!(?<=RD)[ ]\d)"  # "Douglas Way RD 8": a NZ rural delivery
    rf"(?:\s{{1,2}}(?:N[EW]?|S[EW]?|E|W)\b\.?)?"
    rf"(?:,?\s{{0,3}}(?i:{_UNIT}))?"
)
# "Flat 3, 12 Acacia Road" / "Studio 7" / "Apt. 4B" leading the street line
UNIT_FIRST = fast_regex.compile(
    r"(?<!\w)(?i:flat|studio|apartment|apt\.?|suite|unit|h\.\s?no\.?|house\s+no\.?)"
    r"\s{0,2}#?\d{1,5}(?:[/-]\d{1,5}){0,2}[A-Za-z]?\b"  # "H.No. 12-3-456" (India)
)

# US military mail: PSC/Unit/CMR with Box, the APO/FPO/DPO line, and ships.
MILITARY = fast_regex.compile(
    r"\b(?:(?:PSC|CMR|Unit)\s{1,3}\d{1,5},?\s{1,3}Box\s{1,3}\d{1,5}"
    r"|(?:USNS|USNV|USS|USCGC)\s{1,3}[A-Z][\w'-]{1,30}(?:\s{1,3}[A-Z][\w'-]{1,30}){0,2})"
    r"(?:,?\s{1,3}(?:APO|FPO|DPO)\s{1,3}(?:AA|AE|AP)\s{1,3}\d{5}(?:-\d{4})?)?"
    r"|\b(?:APO|FPO|DPO)\s{1,3}(?:AA|AE|AP)\s{1,3}\d{5}(?:-\d{4})?\b"
)

_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
    "NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP|"
    "FM|MH|PW|AA|AE|AP"  # freely associated states and military "states" (USPS)
)
# "Springfield, IL 62704" / "Springfield, IL 62704-1234": the town and ZIP (the state stays
# masked with them; Safe Harbor allows a state alone, not its towns).
US_CITY_ZIP = fast_regex.compile(
    rf"\b[A-Z][a-zA-Z.'-]{{1,25}}(?:\s[A-Z][a-zA-Z.'-]{{1,25}}){{0,3}},?\s{{1,2}}"
    rf"(?:{_STATES})\.?\s{{1,2}}\d{{5}}(?:-\d{{4}})?\b"
)
# The state and ZIP Code closing an address line after a comma, whatever script the
# town is written in ("0903 نشأت Rapids وليدchester, GU 88803"): USPS Publication 28's
# last line is "CITY, ST 12345"; the street and town before it are taken back from it.
STATE_ZIP_AFTER_COMMA = fast_regex.compile(
    rf"(?<=,[ ])(?:{_STATES})\.?[ ]{{1,2}}\d{{5}}(?:-\d{{4}})?(?![\w-])"
)
# Mexico: "Nueva Grecia, YUC 04974" / "..., DGO 85065-9050": the state code (Correos de
# México abbreviations) and the five-digit código postal.
_MX_STATES = (
    "AGS|BCS|BC|CAMP|COAH|COL|CHIS|CHIH|CDMX|DF|DGO|GTO|GRO|HGO|JAL|MEX|MICH|MOR|NAY|NL|OAX|"
    "PUE|QRO|Q\\. ?ROO|QROO|SLP|SIN|SON|TAB|TAMPS|TLAX|VER|YUC|ZAC"
)
MX_STATE_ZIP = fast_regex.compile(rf"\b(?:{_MX_STATES})\.?[ \t]{{1,2}}\d{{5}}(?:-\d{{4}})?\b")
# Royal Mail postcode shapes: A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA, GIR 0AA.
# The inward letters are any two: people (and test data) write invalid ones too.
UK_POSTCODE = fast_regex.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b")
# Canada: A1A 1A1.
CA_POSTCODE = fast_regex.compile(
    r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b"
)

# Capital letters of the Latin alphabets of Europe (`re` has no \p{Lu}).
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĢĪĮİĶĹĻĽŁŃŅŇŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽȘȚƏΑ-ΩΆΈΉΊΌΎΏА-ЯЁІЇЄҐ"
_TOWN = (
    r"(?:(?:St|Ste|Mt|Ft)\.[ ])?"  # "St. Albans": the only dots a town name holds
    rf"[{_UPPER}][\w'’-]{{1,30}}(?:[ -](?:[{_UPPER}(][\w'’)-]{{1,30}}|"
    # "Lenart v Slovenskih goricah": a lower-case word after a Slavic particle and its noun
    rf"(?:v|pri|na|nad|pod)[ ][{_UPPER}][\w'’-]{{1,30}}(?:[ ][a-zčšžě]{{4,20}}(?![\w(]))?|"
    # (Mexican towns and colonias: "San Itzel los bajos", "Santa María de la Montaña")
    r"(?:los|las)[ ][a-zà-ÿ]{3,20}|los|las|"
    # (Slovene settlement names keep their common noun in lower case, as the Register of
    # Spatial Units and Slovenski pravopis write them: "Novo mesto", "Nova vas", "Staro selo")
    r"mesto|vas|selo|"
    r"sur|sous|le|la|les|am|an|ob|der|del|de|di|da|do|dos|das|du|des|im|nad|pod|pri|na|u|v|"
    r"ve|bei)(?![^\W\d_])){0,4}"  # (a particle is a whole word: "Wien and" is no "Wien an")
)
# "12345 Stadt" (DE, FR, ES, IT, TR, FI...), "75001 Paris Cedex", "1234 AB Amsterdam" (NL),
# "00-950 Warszawa" (PL), "01310-100 São Paulo" (BR), "1010 Wien" (AT, CH, BE, DK, NO).
POSTCODE_TOWN = fast_regex.compile(
    rf"(?<![\w.,/-])(?:\d{{5}}|\d{{4}}\s?[A-Z]{{2}}|\d{{2}}-\d{{3}}|\d{{5}}-\d{{3}}|\d{{4}}-\d{{3}}|"
    rf"\d{{3}}\s\d{{2}}|\d{{8}}|\d{{6}}|"
    rf"(?:CP|C\.P\.|CAP|PLZ|CEP|D|F|I|E|A|CH|B|NL|PL|H|CZ|SK|S|SE|DK|N|NO|FI|FIN|SF|HR|SI|"
    rf"RO|LT|LV|LLV|EE|GR|P|L|LU)[\s:-]{{1,2}}\d{{3,6}}(?:-\d{{3}})?)"
    rf",?[ \t]{{1,2}}(?:(?:da|do|de|dos|das)[ ])?{_TOWN}"
    r"(?:\s{1,2}(?:Cedex|CEDEX)(?:\s\d{1,2})?|[ ](?:kunta|kaupunki|kommun)"
    # a city's postal district ending the clause: "120 00 Praha 2", "811 06 Bratislava 1"
    r"|[ ]\d{1,2}(?=[ \t]*(?:[,;\n)]|\.(?:\s|$)|$)))?"
    rf"(?:\s{{0,2}}[(/]\s{{0,2}}[A-Z]{{2}}\)?)?"
)
# "1875 Güssing", "8648 Sunds", "NSW 2730": a four-digit postcode (AT, CH, BE, DK, NO, HU,
# SI, AU, NZ, PH...) before its town at the start of a line or after a comma, or after an
# Australian or Canadian state.
POSTCODE4_TOWN = fast_regex.compile(
    rf"(?:^|(?<=,[ \t])|(?<=,))[ \t]{{0,2}}\d{{4}}[ \t]{{1,2}}{_TOWN}"
    r"|\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU)"
    r",?[ \t]{1,2}(?:\d{4}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)\b",
    re.M,
)
# India Post: "Mysuru 570012" / "Pune - 411038", a town and its six-digit PIN ending a
# clause that starts after a comma or at the start of a line.
IN_TOWN_PIN = fast_regex.compile(
    rf"(?:^|(?<=,[ \t])|(?<=,))[ \t]{{0,2}}{_TOWN}(?:[ \t]{{1,2}}(?:-[ \t]{{1,2}})?|-)"
    r"[1-9]\d{5}(?![\w-])",
    re.M,
)
# Post-office boxes in the languages above: "PO Box 12", "Postfach 12 34", "BP 123",
# "Apartado de correos 12", "Casella postale 12", "Postbus 12", "Skrytka pocztowa 12",
# "Caixa Postal 12", "Posta kutusu 12", "Box 12", "Postboks 12", "PL 12", "Pf. 12".
_PO_BOX_WORDS = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        po_box p.o._box p._o._box p.o.box pob p.o.b. post_office_box postfach boîte_postale
        boite_postale apartado apartado_de_correos apartado_postal casilla casilla_postal
        casella_postale postbus postboks postbox skrytka_pocztowa caixa_postal cx._postal
        posta_kutusu căsuța_poștală casuta_postala poštanski_pretinac p.p. p._p. postafiók
        poštovní_přihrádka p.o.b
        """
    )
)
PO_BOX = fast_regex.compile(
    rf"(?<![\w])(?:(?i:{_PO_BOX_WORDS})|Box|BP|B\.P\.|PL|Pf\.|CP|C\.P\.)\.?\s{{0,2}}[:#№]?\s{{0,2}}"
    r"\d{1,6}(?:[ ]\d{2,4}|-\d{5})?(?![\d/.,-]\d|[\w/])",
    word_led=True,
)
# A postcode written after its context word or on its own: "CP 28001", "CEP 01310-100",
# "postcode 75001", "PLZ 10115", "ZIP 94105".
POSTCODE_CONTEXT = fast_regex.compile(
    r"(?i:\b(?:zip(?:\s?code)?|post\s?code|postal\s?code|code\s?postal|c[oó]digo\s?postal|"
    r"cap|cep|c\.p\.|plz|postleitzahl|kod\s?pocztowy|posta\s?kodu|postnummer|mã\s?bưu\s?chính|cp)\b)"
    r"[\s.:#-]{0,3}((?:[A-Z]{1,2}-\d{4,5}|[A-Z0-9]{2,5})(?:[\s-][A-Z0-9]{2,4})?)"
)

# German: "Musterstraße 12a", "Am Markt 3", "Hauptstr. 5", "Lindenallee 7-9".
_DE_TYPED = (
    r"[A-ZÄÖÜ][\wäöüß'-]{1,30}[ -]?(?i:straße|strasse|str\.|weg|gasse|allee|platz|ring|"
    r"damm|ufer|chaussee|steig|pfad|promenade|stieg|markt|hof|berg|graben|kamp|tor)"
)
_DE_LED = (
    r"(?:Am|An der|An den|Auf dem|Auf der|Im|In der|Zum|Zur|Unter den|Alte|Neue)"
    r"\s[A-ZÄÖÜ][\wäöüß-]{1,30}"
)
# (a letter after the number, never the blank before a postcode: "Schwabstrasse 19
# 3603 Wallisellen" goes on to its postcode and town)
_DE_NUMBER = r"\s{1,2}\d{1,4}(?:\s?[a-zA-Z](?![^\W\d_]))?(?:\s?[-/]\s?\d{1,4}[a-z]?)?\b"
DE_STREET = fast_regex.compile(rf"\b(?:{_DE_TYPED}|{_DE_LED}){_DE_NUMBER}", word_led=True)
# The same without its typed half, for texts where no word ends in a German street type.
DE_LED_STREET = fast_regex.compile(rf"\b(?:{_DE_LED}){_DE_NUMBER}", word_led=True)
# Dutch: "Kerkstraat 12", "Jansenlaan 4-b", "Prinsengracht 263 hs", and in the capitals of
# a shipping label ("CASPERLAAN 95", PostNL's machine-readable block).
_NL_TYPES = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|markt|dreef|baan|erf|veld|"
    "wal|kanaal|plantsoen|ring|weide|park|burgwal|haven|boulevard|straatweg|lei|dam"
)
NL_STREET = fast_regex.compile(
    rf"\b(?:[A-Z][\w'-]{{1,30}}(?:{_NL_TYPES})|[A-Z][A-Z'-]{{1,30}}(?:{_NL_TYPES.upper()}))"
    r"\s{1,2}\d{1,5}(?:\s?-?\s?[a-zA-Z]{1,3}\b|-[IVX]{1,4}\b|-\d{1,3})?",
    word_led=True,
)
_FR_TYPE = (
    "rue|avenue|av\\.|boulevard|bd|bld|chemin|ch\\.|impasse|imp\\.|allée|allee|place|pl\\.|"
    "quai|route|rte|cours|passage|square|voie|rond-point|faubourg|fbg|sentier|esplanade|"
    "promenade|parvis|hameau|lieu-dit|cité|cite|villa|résidence|residence|montée|traverse|"
    "ruelle|lotissement|chaussée|quartier|rang|allé|côte|croissant|terrasse|carré|montée"
)
# French: "12, rue de la Paix", "3 bis avenue Foch", "27 boulevard Saint-Michel".
FR_STREET = fast_regex.compile(
    # (the number, the type and the name share a line: "2023\nPlace of death" is a year)
    rf"(?<![\w/.-])\d{{1,5}}(?:[ ]?(?:bis|ter|quater|[A-D])\b)?,?[ \t]{{1,2}}(?i:{_FR_TYPE})"
    r"[ \t]{1,2}"
    r"(?:(?!\.\s)[^\n,;:()]){2,60}"
)
# Street types written before the name, as plain words (a trie: fast to reject).
TYPE_FIRST_WORDS = word_list(
    # Spanish
    "calle c/ avenida avda avda. av. plaza pza pza. paseo pº pasaje camino carretera ctra "
    "ctra. ronda vía glorieta cuesta callejón alameda urbanización urb. travesía rambla "
    "acceso cañada carrer calzada partida pasadizo bulevar "
    # Italian
    "via viale v.le piazza p.za piazzale corso c.so largo vicolo strada contrada borgo "
    "rotonda incrocio vico canale lungomare lungotevere salita piazzetta stretto "
    # Portuguese (Brazil and Portugal)
    "rua travessa tv. praça pç. estrada rodovia rod. vila viela setor quadra "
    "conjunto residencial núcleo trecho ladeira chácara condomínio jardim morro parque "
    "passarela pátio recanto vereda beco viaduto loteamento esplanada trevo sítio favela "
    "vale fazenda "
    # Polish
    "ul. ulica al. aleja aleje pl. plac os. osiedle "
    # Vietnamese
    "đường phố ngõ ngách hẻm số-nhà vial c.-de c/-de "
    # Peru, Bolivia ("Jr. Junín 456", "Psje. Los Olivos 12")
    "jr. jirón jiron psje. pje. "
    # Croatian, Slovenian, Serbian, Czech and Slovak, written before the name too ("Trg
    # Republike 3", "náměstí Míru 12", "nám. Svobody 5", "Bulevar Oslobođenja 7")
    "trg náměstí nám. námestie nábřeží nábrežie třída tř. trieda bulevar "
    # French, written before the name too ("chemin Perret", "rue de la Paix")
    "rue chemin impasse allée boulevard quai faubourg "
    # Romanian, Indonesian, Latin American
    "strada str. bulevardul bd. bdul. calea aleea șoseaua soseaua splaiul intrarea piața "
    "drumul jalan jl. jln. gang gg. privada viaducto cerrada circuito andador retorno "
    "prolongación periférico diagonal transversal carrera cra. cra kra. avenue av "
    "ruta peatonal corredor circunvalación callejón cl. cll. calle "
    # the abbreviations of the postal operators' street-type lists (Spain's INE / Correos
    # "tipo de vía", Catalan and Galician; Portugal's CTT; Poste Italiane's DUG) not above
    "avd. avgda. avinguda passeig pso. p.º plza. plz. glta. gta. trav. trv. rda. cno. cmno. "
    "camí cjón. cjon. polígono barrio bº bda. barriada rbla. plaça pça. carreró rúa "
    "travessera baixada bajada lg. praceta calçada calç. cç. estr. rotunda rot. "
    "urbanização bairro qta. quinta lugar caminho escadinhas azinhaga rampa "
    "p.zza p.le p.tta l.go v.lo vic. c.da loc. località fraz. frazione b.go "
    "circonvallazione circ.ne traversa fondamenta calata viottolo lungarno stradone"
)
_ES_PT_IT_TYPE = trie_pattern(w.replace("-", " ") for w in TYPE_FIRST_WORDS)
# Spanish, Italian, Portuguese, Polish, Vietnamese: the street type comes first and the
# number after the name: "Calle Mayor 5, 3º B", "Via Roma, 10", "Rua Augusta, 1500 - apto 12",
# "ul. Długa 12/4", "Đường Lê Lợi". The name runs to the number or the end of the clause.
TYPE_FIRST_STREET = fast_regex.compile(
    # (a blank after the type, or its abbreviation's dot: "Av.Paulista", not "AVC ischémique")
    rf"(?<![\w/.])(?i:{_ES_PT_IT_TYPE})(?:(?<=\.)\s{{0,2}}|\s{{1,2}})"
    # (one particle or two: "Rua da Glória", "Travessa de da Rocha", a name's own "da")
    r"(?:(?:de|del|de la|de los|de las|dos|das|da|do|di|della|dei|delle|degli)\s){0,2}"
    r"[A-ZÀ-ÞŁŚŻŹĆŃÓĐ](?:(?!\.\s)[^\n,;:()]){1,60}?"
    r"(?:,?\s{0,2}(?i:n[º°o]\.?|núm\.?|nr\.?|no\.?|s/n|#)?\s{0,2}\d{1,5}[A-Za-z]?"
    r"(?:\s?[/-]\s?\d{1,4}[A-Za-z]?)?(?:\s?(?:m\.?|lok\.?)\s?\d{1,4})?\b"
    r"(?:,?\s{0,2}\d{1,2}\s?[º°ªo]?\s?[A-Z]?\b(?![-/]\d)"  # (not a postcode "66-655")
    # a Mexican inner number after the outer one ("Eje Central 983 233", "Calle 5 123 Int. 4")
    r"|\s(?i:int\.?\s?|interior\s)?\d{1,4}[A-Z]?(?=\s{0,2}(?:[,;\n]|\s/\s|\.(?:\s|$)|$)))?"
    r"|(?=[\n,;:()]|\.\s|$))",
    re.MULTILINE,
    word_led=True,
)
# Street types written as one capital letter and a full stop, before the name: Spain's "C."
# (calle; Catalan carrer), Portugal's "R." (rua, CTT), Italy's "V." (via, the DUG list):
# "C. Artemio Rivas 818, Almería, 02557", "R. Augusta, 1500 - 1100-053 Lisboa". An initial
# looks the same ("C. Smith"), so the house number must follow the name and a further
# address segment (a floor, a postcode, a town) or the line's end must follow the number.
LETTER_TYPE_STREET = fast_regex.compile(
    rf"(?<![\w.])[CRV]\.[ ]{{1,2}}(?:(?:de|del|de la|da|do|dos|das|di|della)[ ])?"
    rf"[{_UPPER}][\w'’-]{{1,30}}"
    rf"(?:[ ](?:(?:de|del|la|las|los|da|do|dos|das|di|e|y)[ ])?[{_UPPER}][\w'’.-]{{0,30}}){{0,4}}"
    r",?[ ](?:n[º°o]\.?[ ]?)?(?P<number>\d{1,5})[A-Za-z]?(?:[-/]\d{1,4})?"
    r"(?=[ ]?,[ ]?(?:\d{1,2}[ ]?[º°ª]|\d{4,5}\b|\d{4}-\d{3}"
    rf"|(?P<next>[{_UPPER}][\w'’-]{{2,}}))"
    r"|[ ][-–][ ]|[ \t]*$)",
    re.MULTILINE,
)
# Words after "C. Smith 45, " that make the number an age, not a house number.
_AGE_AFTER: Final = frozenset(
    word_list(
        """
        male female man woman boy girl years yrs yo años anos anni ans jahre masculino
        femenino hombre mujer masculin féminin maschio femmina mann frau
        """
    )
)


def _letter_type_street(m: re.Match[str]) -> bool:
    """Whether a "C. Name 12, ..." match is a street: not a year (a citation, "R. Jones
    1990, Nature") and not an age before a sex or age word ("C. Smith 45, Male")."""
    number = m.group("number")
    if len(number) == 4 and number[:2] in ("19", "20"):
        return False
    following = m.group("next")
    return following is None or following.casefold() not in _AGE_AFTER


# Turkish: "Atatürk Mah. Cumhuriyet Cad. No: 12/3", "Gül Sokak No 5", "Kadıköy/İstanbul".
TR_STREET = fast_regex.compile(
    r"(?:[A-ZÇĞİÖŞÜ0-9][\wçğıöşü.'-]{0,30}\s{1,2}){1,3}"
    r"(?:Mahallesi|Mah\.|Mh\.|Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.|Bulv\.|"
    r"Küme Evler|Meydanı|Yolu|Çıkmazı|Köyü)"
    r"(?:\s{1,2}(?:[A-ZÇĞİÖŞÜ0-9][\wçğıöşü.'-]{0,30}\s{1,2}){0,3}"
    r"(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.))?"
    r"(?:,?\s{0,2}(?:No|Kat|Daire|D)\s?[:.]?\s?\d{1,5}(?:\s?/\s?\d{1,4})?){0,3}"
    # the postcode and "district/province" after the number: "... D: 6 06690 Çankaya/Ankara"
    r"(?:[ ]{1,2}\d{5})?(?:[ ]{1,2}[A-ZÇĞİÖŞÜ][\wçğıöşü]{1,30}/[A-ZÇĞİÖŞÜ][\wçğıöşü]{1,30})?"
)
# Vietnamese administrative units: "Phường 5", "Quận 3", "Xã Tân Phú", "TP. Hồ Chí Minh".
VN_UNIT = fast_regex.compile(
    r"(?<![\w/])(?:\d{1,4}(?:/\d{1,4})?\s)?"
    r"(?i:Số|Phường|Xã|Quận|Huyện|Thị xã|Thị trấn|Tỉnh|Thành phố|TP\.|"
    r"Khu phố|Khu|KP\.|Ấp|Thôn|Hẻm|Ngõ|Ngách|Kiệt|Đường|Phố)\s{1,2}[\wÀ-ỹ0-9]"
    r"(?:TP\.\s|(?!\.\s)[^\n,;:()]){0,60}",
    word_led=True,
)
# Coordinates: "48.8584, 2.2945", "40°26′46″N 79°58′56″W", "lat 51.5 lon -0.12".
COORDINATES = fast_regex.compile(
    r"(?<![\w.])[-+]?\d{1,2}\.\d{3,8}\s{0,2}°?\s{0,2}[NS]?\s{0,2}[,;/]\s{0,3}[-+]?\d{1,3}\.\d{3,8}"
    r"\s{0,2}°?\s{0,2}[EWO]?(?![\w.])"
    r"|\d{1,3}\s?°\s?\d{1,2}\s?['′]\s?(?:\d{1,2}(?:[.,]\d{1,4})?\s?[\"″]\s?)?[NSEWO]"
    r"(?:[\s,]{1,3}\d{1,3}\s?°\s?\d{1,2}\s?['′]\s?(?:\d{1,2}(?:[.,]\d{1,4})?\s?[\"″]\s?)?[NSEWO])?"
    # "N40 9.758 E008 19.040", "N 35° 41.186′ W 42° 25.837′": degrees and decimal minutes
    r"|(?<![\w])[NS][ ]?\d{1,2}°?[ ]{1,2}\d{1,2}\.\d{1,4}['′]?,?[ ]{1,3}[EWO][ ]?\d{1,3}°?[ ]{1,2}"
    r"\d{1,2}\.\d{1,4}['′]?"
    # "lat -44.40735, long 90.49331", "geo:37.70,-47.57", "@40.71,-74.00": words and prefixes
    r"|(?i:(?<![\w])lat(?:itude)?\.?[ ]?[:=]?[ ]{0,2})[-+]?\d{1,2}\.\d{2,8}[ ]?°?[ ]?[NS]?,?[ ]{0,3}"  # noqa: E501
    r"(?i:lon(?:g(?:itude)?)?|lng)\.?[ ]?[:=]?[ ]{0,2}[-+]?\d{1,3}\.\d{2,8}(?:[ ]?°?[ ]?[EW])?"
    r"|(?<![\w])(?i:geo:|@)[-+]?\d{1,2}\.\d{3,8},[ ]?[-+]?\d{1,3}\.\d{3,8}"
)

# Street-type words written after the name as a word of their own or joined to it, in the
# Nordic, Finnish, Hungarian, Slavic, Baltic and Azerbaijani forms: "Gorms Allé 38",
# "Björkvägen 11", "Capellan puistokuja 35", "Kossuth utca 12.", "Janova ulica 46".
_WORD_TYPE_WORDS = word_list(
    """
    allé alle vej gade gata gatan väg vägen veien vei gaten torv plads stræde katu tie
    kuja polku puistokuja puistopolku raitti kaari utca út tér körút köz sor fasor
    sétány ulica cesta trg ulice náměstí nábřeží třída iela gatvė prospektas tänav tee
    maantee puiestee küçəsi küç. prospekti sokak sokağı bulevardi šetalište puistobulevardi
    puistotie puistokatu rinne
    torg torget gränd gränden backe backen stig stigen slingan stien bakken
    plassen svingen vænge vænget ogranak odvojak prilaz obala vijenac nabrežje pot
    rakpart dűlő lépcső liget námestie nábrežie
    dol breg brijeg gaj naselje prolaz stube steza reber trieda alej sady nám tř nábř ul
    """
)
_WORD_TYPES = trie_pattern(_WORD_TYPE_WORDS)
_JOINED_TYPES = (
    "vej|gade|gata|gatan|vägen|väg|veien|vei|gaten|stræde|torv|plads|katu|tie|kuja|polku|"
    "utca|ulica|cesta|iela|gatvė|tänav|tee|bulevardi|rinne|"
    # Nordic joined types: "Kvarnstigen", "Stortorget", "Järnvägsgränd", "Granbacken"
    "stigen|torget|gränd|gränden|backen|leden|slingan|stien|bakken|plassen|svingen|vænget"
)
WORD_TYPE_STREET = fast_regex.compile(
    rf"(?<![\w])[{_UPPER}][\w'’.-]{{1,30}}(?:[ ][\w'’.-]{{2,30}}){{0,2}}[ ](?i:{_WORD_TYPES})"
    r"\.?,?[ ]{1,2}\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?\b\.?"
    rf"|(?<![\w])[{_UPPER}][\w'’-]{{1,30}}(?:{_JOINED_TYPES})[ ]{{1,2}}\d{{1,5}}[A-Za-z]?"
    r"(?:[/-]\d{1,4}[A-Za-z]?)?\b\.?"
)

# Numbered streets of Colombia, Argentina and Chile: "Carrera 68 # 54-4", "Calle 60J # 65-6
# Este", "Av. carrera 115 # 4A-29", "Av. 7 N° 257", "Cl. 197 # 3-43", "Ruta 928-CH",
# "Camino 5 N° 7086", "Boulevard 4 N° 463" (Argentina numbers its rural roads, passages and
# boulevards too: "Bv."/"Bvd." in its addresses, as Correo Argentino writes them): the
# street is a number (with a letter, "bis", a cardinal point), then the plate "# 54-4".
_CARDINAL = r"(?:[ ](?:Sur|Este|Norte|Oeste|Bis|bis))?"
NUMBERED_STREET = fast_regex.compile(
    r"(?<![\w/.])(?i:calle|carrera|cra\.?|kra\.?|cr\.|cl\.?|cll\.?|avenida|av\.?|avda\.?|"
    r"diagonal|dg\.?|transversal|tv\.?|circular|ruta|autopista|camino|pasaje|pje\.?|"
    r"boulevard|bulevar|bv\.|bvd\.?)"
    r"(?:[ ]{1,2}(?i:carrera|calle|diagonal|transversal))?[ ]{1,2}"
    rf"(?:\d{{1,4}}[ ]?[A-Za-zªº]{{0,3}}(?:[ ]?bis)?{_CARDINAL}"
    rf"|(?:[{_UPPER}][\w'’.-]{{1,30}}[ ]){{1,4}})"
    rf"(?:[ ]{{0,2}}(?:\#|N[º°o]\.?|No\.|Nro\.?)[ ]{{0,2}}\d{{1,4}}(?:[ ]?[A-Za-z]\b)?"
    rf"(?:[ ]?-[ ]?\d{{1,4}}[A-Za-z]?)?{_CARDINAL}|-[A-Z]{{1,3}}\b|,?[ ](?i:km)\.?[ ]?\d{{1,4}}\b)",
    word_led=True,
)
# Azerbaijani: "Hacıqabul ray., Daşkəsən qəsəbəsi, ƏHMƏD QASIMOV küçəsi, b. 3, m. 5": a
# district, a settlement, a street, the building (b.) and the flat (m.), comma-separated.
_AZ_NAME = (
    r"[A-ZÇĞİÖŞÜƏ0-9][\w'’.-]{0,30}[ ]"
    r"(?:(?!(?:near|at|in|on|to|from|el|le|la|il|am|and|or|of|the)[ ])[\w'’.-]{1,30}[ ]){0,2}"
)
_AZ_SEGMENT = (
    rf"(?:{_AZ_NAME}(?:ray\.|rayonu|qəs\.|qəsəbəsi|k\.|kəndi|ş\.|şəhəri|"
    r"küçəsi|küç\.|pr\.|prospekti|döngəsi|dalanı|şossesi|meydanı)"
    r"|b\.[ ]?\d{1,4}[A-Za-z]?|m\.[ ]?\d{1,4}[A-Za-z]?)"
)
AZ_ADDRESS = fast_regex.compile(
    rf"(?<![\w.]){_AZ_SEGMENT}(?:,[ ]{{0,2}}{_AZ_SEGMENT}){{1,6}}", word_led=True
)
# Indonesia: "Jl. Moch. Toha No. 42", "Gang W.R. Supratman No. 957": names abbreviated with
# dots, so the street runs to its number.
ID_STREET = fast_regex.compile(
    r"(?<![\w.])(?:Jalan|Jl\.|Jln\.|Gang|Gg\.)[ ]{1,2}[A-Z][\w'.-]{0,30}"
    r"(?:[ ]{1,2}[A-Z][\w'.-]{0,30}){0,5}[ ]{1,2}(?:No\.?|Nomor)[ ]?\d{1,5}[A-Za-z]?\b",
    word_led=True,
)
# Malta: the street type first, the name after it with its article ("Triq il-Kbira",
# "Sqaq San Pawl", "Triq ta' Xbiex"); the house number before it and the locality and
# postcode after it ("21, Triq il-Kbira, Qormi QRM 5185") are taken as the block grows.
_MT_UPPER = f"{_UPPER}ĊĠĦ"
_MT_NAME_WORD = (
    rf"(?:(?i:{trie_pattern(MALTESE_ARTICLES)})-|ta['’][ ])?[{_MT_UPPER}][\w'’]{{1,30}}"
    rf"(?:-[\w'’]{{1,30}})?"
)
MT_STREET = fast_regex.compile(
    rf"(?<![\w'’-])(?i:{trie_pattern(MALTESE_STREET_TYPES)})[ ]{{1,2}}"
    rf"{_MT_NAME_WORD}(?:[ ]{_MT_NAME_WORD}){{0,3}}",
    word_led=True,
)
# Arabic street types in Latin letters after the house number ("153 Sharia El Tahrir",
# "12 Midan al-Tahrir", "7 Shari' Talaat Harb"): a capitalised name follows, its article
# perhaps joined by a hyphen ("el-Gomhuria").
_AR_NAME_WORD = (
    rf"(?:(?i:el|al|an|ar|as|ash|at|ad|az|ed|en|er|es|et|ez)-)?[{_UPPER}][\w'’]{{1,30}}"
    rf"(?:-[{_UPPER}][\w'’]{{1,30}})?"
)
AR_LATIN_STREET = fast_regex.compile(
    r"(?<![\w/.:-])\d{1,5}[A-Za-z]?,?[ ]{1,2}"
    rf"(?i:{trie_pattern(ARABIC_LATIN_STREET_TYPES)})[ ]{{1,2}}"
    rf"{_AR_NAME_WORD}(?:[ ]{_AR_NAME_WORD}){{0,3}}"
)
# Swahili: the street type, its connective, the name ("Mtaa wa Uhuru", "Barabara ya
# Morogoro").
SW_STREET = fast_regex.compile(
    rf"(?<![\w])(?:{'|'.join(w.capitalize() for w in SWAHILI_STREET_TYPES)})[ ](?:wa|ya|la)[ ]"
    rf"[{_UPPER}][\w'’-]{{1,30}}(?:[ ][{_UPPER}][\w'’-]{{1,30}}){{0,3}}",
    word_led=True,
)
# Philippines: "Block 03 Lot 31", "B15 L43", "Blk. 2 Lot 9" (subdivision block and lot), and
# Indian cross and main roads written by number: "12th Cross", "4th Main".
BLOCK_LOT = fast_regex.compile(
    r"\b(?:B|Blk\.?|Block)[ ]?\d{1,3}[A-Z]?,?[ ]{1,2}(?:L|Lt\.?|Lot)[ ]?\d{1,3}[A-Z]?\b"
    r"|\b\d{1,3}(?:st|nd|rd|th)[ ](?:Cross|Main)\b(?:[ ](?:Road|Rd\.?|Street|St\.?))?",
    word_led=True,
)

# Regions, provinces and departments that close an address block in the countries whose
# streets carry no type word ("Las Rosas 2661, Calera, Región de Valparaíso"; "Mendoza
# 5500, Mendoza"; "854150, Trinidad, Casanare"). A region alone is allowed by Safe Harbor;
# it marks the segments before it as an address when one of them holds a number.
_REGIONS = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        amazonas antioquia arauca atlántico bogotá bolívar boyacá caldas caquetá casanare
        cauca cesar chocó córdoba cundinamarca guainía guaviare huila la_guajira magdalena
        meta nariño norte_de_santander putumayo quindío risaralda santander sucre tolima
        valle_del_cauca vaupés vichada buenos_aires catamarca chaco chubut corrientes
        entre_ríos formosa jujuy la_pampa la_rioja mendoza misiones neuquén río_negro salta
        san_juan san_luis santa_cruz santa_fe santiago_del_estero tierra_del_fuego tucumán
        caba metro_manila
        """
    )
)
REGION_END = fast_regex.compile(
    r"[,\n][ \t]{0,3}((?:Región[ ](?:(?:de|del)[ ](?:(?:la|los|las)[ ])?)?"
    rf"[{_UPPER}][\w'’.-]{{1,30}}"
    rf"(?:[ ](?:(?:de|del|y|la|las|los)[ ]){{0,3}}[{_UPPER}][\w'’.-]{{1,30}}){{0,4}}"
    rf"|(?=[{_UPPER}])(?i:{_REGIONS})\b(?:,?[ ]D\.C\.)?))(?=[ \t]*(?:[,\n.;]|$))",
    re.M,
    word_led=True,
)

# A relative's word opens the next person's line, not an address's next line or town
# ("…, 221302\nMother Eftimia Ene (04-Jun-61)"). Not the words that are towns too ("Son",
# "Pai", "Mari", "Madre de Dios").
RELATIVE_WORDS: Final = word_list(
    """
    mother father wife husband daughter sister brother spouse partner parent guardian
    sibling carer caregiver kin mutter vater ehefrau ehemann tochter mère père épouse
    fille fils padre esposa esposo hija hijo mãe
    """
)
# A house number and a street name with a type word in none of the lists above, after
# "at" and ending its clause ("still at 560 Victoria Ithafa?", "lives at 12 Rua Nova."):
# two or three capitalised words, the street's name and its type in the local language.
# (Quantities after "at" are no address: "at 6 Weeks Post", "at 3 Monthly Intervals".)
HOUSE_AFTER_AT = fast_regex.compile(
    r"(?<=(?<![\w])at[ ])\d{1,5}[A-Za-z]?[ ][A-Z][a-z'’-]{2,30}(?:[ ][A-Z][a-z'’-]{2,30}){1,2}"
    r"(?=[ \t]*(?:[,;?!\n)]|\.(?:\s|$)|$))"
)
_NOT_STREET_NAMES: Final = frozenset(
    word_list(
        """
        seconds minutes mins hours hrs days weeks months years times doses tablets units
        percent degrees hourly daily weekly monthly yearly annual
        """
    )
)
# A conduction or anaesthetic block, no street of type "Block" ("Mobitz 2 Heart Block",
# "1 AV Block", "2 Right Bundle Branch Block", "3 Nerve Block").
_CLINICAL_BLOCK = fast_regex.compile(
    r"(?i:(?:heart|av|a-v|atrioventricular|sinoatrial|sa|nerve|branch|fascicular|plexus|field|"
    r"spinal|epidural|caudal|regional|degree|conduction|femoral|sciatic|interscalene|"
    r"paravertebral|stellate|ganglion|facet|neuromuscular|beta|channel)[ \t]{1,2}block)\b"
)
_STREETS: Final = (
    ("address_street", US_UK_STREET),
    ("address_unit", UNIT_FIRST),
    ("address_military", MILITARY),
    ("address_de_street", DE_STREET),
    ("address_nl_street", NL_STREET),
    ("address_fr_street", FR_STREET),
    ("address_type_first", TYPE_FIRST_STREET),
    ("address_letter_type", LETTER_TYPE_STREET),
    ("address_tr_street", TR_STREET),
    ("address_vn_unit", VN_UNIT),
    ("address_word_type", WORD_TYPE_STREET),
    ("address_numbered_street", NUMBERED_STREET),
    ("address_az", AZ_ADDRESS),
    ("address_block_lot", BLOCK_LOT),
    ("address_id_street", ID_STREET),
    ("address_house_after_at", HOUSE_AFTER_AT),
    ("address_mt_street", MT_STREET),
    ("address_ar_latin_street", AR_LATIN_STREET),
    ("address_sw_street", SW_STREET),
)
# A "town" in capitals that is the label of the next value: an identifier word ("NA 4538
# EX, VIN ..." of a plate and a VIN) or a positioning system's name ("87389  GPS 52.1,
# 4.3"). The number before it is no postcode of that town.
_LABEL_TOWNS: Final = frozenset(IDENTIFIER_WORDS) | frozenset(
    word_list("gps gnss glonass galileo gsm lte imei ip url")
)


# The names of the code systems of health records and claims (ICD and its translations
# CIM, CID, MKB; CPT and HCPCS procedure codes of the CMS-1500 and UB-04 forms; DRG; NDC;
# LOINC; SNOMED; ATC; Germany's OPS; France's CCAM; ICPC): "CPT 99214  ICD E11.65" holds
# a procedure code and a diagnosis, never a postcode and its town.
_CODE_SYSTEMS: Final = frozenset(
    word_list("icd cim cid mkb cpt hcpcs drg ndc loinc snomed atc ops ccam icpc")
)
_CODE_SYSTEM_BEFORE = fast_regex.compile(
    rf"(?<![\w-])(?i:{trie_pattern(_CODE_SYSTEMS)})(?:-?\d{{1,2}}(?:-CM|-PCS)?)?[ \t]*[:#]?[ \t]*$"
)


def _label_town(value: str) -> bool:
    words = value.rsplit(maxsplit=1)
    last = words[-1].strip(",.:") if words else ""
    if last.isupper() and last.casefold() in _LABEL_TOWNS:
        return True
    return any(w.isupper() and w.casefold() in _CODE_SYSTEMS for w in value.split()[1:])


def _code_after_system(text: str, start: int) -> bool:
    """The number at `start` follows a code system's name ("CPT 99214", "ICD-10: 12345")."""
    return _CODE_SYSTEM_BEFORE.search(text, max(0, start - 14), start) is not None


_PLACES: Final = (
    ("address_us_city_zip", US_CITY_ZIP),
    ("address_mx_state_zip", MX_STATE_ZIP),
    ("address_state_zip", STATE_ZIP_AFTER_COMMA),
    ("address_uk_postcode", UK_POSTCODE),
    ("address_ca_postcode", CA_POSTCODE),
    ("address_postcode_town", POSTCODE_TOWN),
    ("address_postcode_context", POSTCODE_CONTEXT),
    ("address_postcode4_town", POSTCODE4_TOWN),
    ("address_in_town_pin", IN_TOWN_PIN),
    ("address_po_box", PO_BOX),
)
# A segment after a street that is still the address: a short run of capitalised words
# (a town, a district, a county) or one holding a postcode.
_POSTCODE_SEGMENT = (
    rf"(?:{_TOWN}[ \t]{{1,2}})?(?:{UK_POSTCODE.pattern}|{CA_POSTCODE.pattern}|"
    rf"(?:{_STATES})\s\d{{5}}(?:-\d{{4}})?)|{POSTCODE_TOWN.pattern}|"
    # (a postcode and its town share a line: the word on the next line is the next field's)
    rf"\d{{4}}[ \t]{{1,2}}{_TOWN}|(?:{_TOWN}[ \t]{{0,2}}-?[ \t]{{0,2}})?\d{{4,6}}(?:-\d{{3}})?"
    # a Dutch postcode on its own line ("2264EK", "5012 TD": PostNL, four digits, two
    # letters) and a Polish one ending the street line ("pl. Sikorskiego 236, 66-655")
    r"|[1-9]\d{3}[ ]?[A-Z]{2}|\d{2}-\d{3}"
)
# A segment after a street that is still the address: a flat or unit, a short run of
# capitalised words (a town, a district, a county) that ends its clause, or one holding a
# postcode (which may go on into the sentence: "... 19342-405 Sá / SE on 30.11.2021").
_SEGMENT = fast_regex.compile(
    rf"[ \t]{{0,3}}(?:[,\n]|\s[-–/]\s|[ \t])[ \t]{{0,3}}"
    rf"(?:(?:{_POSTCODE_SEGMENT})(?![\w-])(?:\s{{0,2}}[(/]\s{{0,2}}[A-Z]{{2}}\)?)?"
    rf"|(?i:{_UNIT})"
    # (a town that ends its clause; not the label of the next line, "Tel. +31 ...")
    r"|(?!(?:Tel|Tél|Fax|Phone|Mobile|Email|E-mail|Telefon|Tlf|Tfn)\b)"
    rf"(?!(?i:{trie_pattern(RELATIVE_WORDS)})\b)"
    # (or a dash that opens the next item: "... DT3B 4FY Carolynview — GPS ...")
    rf"{_TOWN}(?=[ \t]*(?:[,\n.;]|$)|[ \t][—–][ \t])"
    r"|as\.[ ]?\d{1,4}\b|RD[ ]\d{1,2}\b)"  # a Finnish flat (asunto), a NZ rural delivery
)
_SEGMENTS_AFTER_STREET = 4


# A line that opens with a form's label: words with no digit, then a colon ("Tel.:",
# "Place of death:", "Access via agent, tel:"); a time ("12:30") is no label.
_LABEL_LINE = fast_regex.compile(r"[ \t]*[^\W\d_][^\n\d:]{0,40}?[.]?[ \t]?[:：](?!\d\d)")


def _extend(text: str, end: int) -> int:
    """The end of the address that starts with a street ending at `end`: up to three
    following place segments (", Town", "\\nAB1 2CD")."""
    for _ in range(_SEGMENTS_AFTER_STREET):
        if _LAST_LINE_END.search(text, max(0, end - 16), end):
            return _after_last_line(text, end)  # (defined below, with the growth it ends)
        m = _SEGMENT.match(text, end)
        if m is None:
            break
        if (line := text.find("\n", end, m.end())) >= 0 and (
            _LABEL_LINE.match(text, line + 1) or _postcode_first_last_line(text, end)
        ):
            break  # the next line is a form's field ("Versichertennr.: ..."), not a segment
        end = m.end()
    return end


# Rules that run only on texts holding one of their words (case-folded substrings, a
# fast test): the Turkish and Vietnamese patterns start at any capitalised word, and
# military mail and coordinates are rare.
_GATES: Final = {
    "address_tr_street": (
        "mah", "mh.", "cad", "cd.", "sok", "sk.", "bulv", "blv.", "küme", "meydan", "yolu",
        "çıkmaz", "köyü",
    ),
    "address_vn_unit": (
        "số", "phường", "xã", "quận", "huyện", "thị", "tỉnh", "thành", "tp.", "kp.", "ấp",
        "thôn",
    ),
    "address_az": (
        "ray.", "rayonu", "qəs", "küç", "kənd", "şəhər", "prospekt", " ş.", "b. ",
    ),
    "address_numbered_street": ("#", "n°", "nº", "no.", "nro", "ruta"),
    "address_id_street": ("jl.", "jln.", "jalan", "gang", "gg."),
    "address_letter_type": ("c. ", "r. ", "v. "),
    "address_house_after_at": ("at ",),
    "address_military": (
        "psc", "cmr", "unit", "apo", "fpo", "dpo", "uss", "usns", "usnv", "uscgc",
    ),
}  # fmt: skip
_COORDINATE_HINT = fast_regex.compile(r"\.\d{3}|°|\.\d{2}")


_LETTER_RUNS = fast_regex.compile(r"[^\W\d_]+")
_DIGIT_RUNS = fast_regex.compile(r"\d+")


def _first_runs(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The first run of letters of each word, folded ("küç." -> "küç", "door_no." ->
    "door"): what `text_words` holds when the word stands in a text between non-letters."""
    return frozenset(m.group() for w in words if (m := _LETTER_RUNS.search(w.casefold())))


# What each rule's match must hold, as facts about the text that cost a set lookup: a run
# of at least so many digits, and one of the text's words (its runs of letters, folded)
# that is one of the rule's type words, or ends with one of its joined type words. Each
# gate is necessary, never sufficient: the rule's pattern puts its type word between
# non-letters (or at the end of a run of letters, for the joined types), so the word is a
# whole run of the text's letters. Rules not listed here run on every text.
_FR_WORDS = tuple(w.replace("\\.", ".") for w in _FR_TYPE.split("|"))
_DE_JOINED = (
    "straße", "strasse", "str", "weg", "gasse", "allee", "platz", "ring", "damm", "ufer",
    "chaussee", "steig", "pfad", "promenade", "stieg", "markt", "hof", "berg", "graben",
    "kamp", "tor",
)  # fmt: skip
_DIGITS_NEEDED: Final = {
    "address_street": 1, "address_unit": 1, "address_de_street": 1, "address_nl_street": 1,
    "address_fr_street": 1, "address_letter_type": 1, "address_word_type": 1,
    "address_numbered_street": 1, "address_block_lot": 1, "address_id_street": 1,
    "address_house_after_at": 1, "address_name_type_number": 1, "address_jp_kr_latin": 1,
    "address_us_city_zip": 5, "address_mx_state_zip": 5, "address_state_zip": 5,
    "address_uk_postcode": 1, "address_ca_postcode": 1, "address_postcode_town": 3,
    "address_postcode4_town": 1, "address_in_town_pin": 6,  # ("ON B8A6P7": a Canadian code)
    "address_po_box": 1, "address_ar_latin_street": 1,
}  # fmt: skip
_TYPE_WORDS: Final = {
    "address_street": _first_runs(STREET_TYPES),
    "address_unit": frozenset(
        ("flat", "studio", "apartment", "apt", "suite", "unit", "h", "house")
    ),
    "address_fr_street": _first_runs(_FR_WORDS),
    "address_word_type": _first_runs(_WORD_TYPE_WORDS),
    "address_block_lot": frozenset(("b", "blk", "block", "cross", "main")),
    "address_designators": _first_runs(tuple(STREETLIKE_WORDS)),
    "address_mt_street": _first_runs(MALTESE_STREET_TYPES),
    "address_ar_latin_street": _first_runs(ARABIC_LATIN_STREET_TYPES),
    "address_sw_street": _first_runs(SWAHILI_STREET_TYPES),
}
_JOINED_WORDS: Final = {
    "address_word_type": tuple(_JOINED_TYPES.split("|")),
    "address_de_street": tuple(w.casefold() for w in _DE_JOINED),
    "address_nl_street": tuple(_NL_TYPES.split("|")),
}


def _longest_digit_run(text: str) -> int:
    return max((len(m) for m in _DIGIT_RUNS.findall(text)), default=0)


def _closed_rules(digits: int, words: set[str], folded: str) -> frozenset[str]:
    """The rules that cannot match in a text whose longest run of digits is `digits`,
    whose folded runs of letters are `words` and whose folded whole is `folded` (see
    `_DIGITS_NEEDED`, `_TYPE_WORDS`, `_GATES`)."""
    closed = {rule for rule, needed in _DIGITS_NEEDED.items() if digits < needed}
    closed.update(rule for rule, hints in _GATES.items() if not any(h in folded for h in hints))
    for rule, types in _TYPE_WORDS.items():
        if rule not in closed and words.isdisjoint(types):
            joined = _JOINED_WORDS.get(rule)
            if joined is None or not any(w.endswith(joined) for w in words):
                closed.add(rule)
    for rule, joined in _JOINED_WORDS.items():
        ends = rule in closed or rule in _TYPE_WORDS or any(w.endswith(joined) for w in words)
        if not ends:
            closed.add(rule)
    return frozenset(closed)


# The line or clause before a postcode that is a street with its house number ("Skolgatan
# 1, 17060 Mölndal", "Na Pěšině 1\n173 51 Kojetín", "Av da Fonte, 242, 6018-610 Paredes"):
# a few words and a number, ending the line or the clause right before the postcode.
_STREET_BEFORE = fast_regex.compile(
    r"(?<![\w])(?:[^\W\d_][\w'’.-]{0,30}[ \t]{1,2}){1,5}(?:(?:No\.?|Nr\.?|N[º°]\.?|#)[ \t]?)?"
    r"\d{1,5}[A-Za-z]?(?:[ \t]?[/-][ \t]?\d{1,5}[A-Za-z]?)?\.?"
    r"(?:,[ \t]{0,2}\d{1,5}[A-Za-z]?)?[ \t]{0,2}[,\n][ \t]{0,3}$"
    r"|(?<![\w])\d{1,5}[A-Za-z]?,?[ \t]{1,2}(?:[^\W\d_][\w'’.-]{0,30}[ \t]{0,2}){1,5}"
    r"[,\n][ \t]{0,3}$"
)
_BACK_REACH = 80


_TOWN_BEFORE = fast_regex.compile(rf"(?<![\w]){_TOWN}[ \t]{{0,2}},[ \t]{{0,3}}$")


# Lower-case words a street name may hold ("aleja Sawickiej", "Rua do Sol", "pl. Wolności");
# any other lower-case word ("lives at", "address to") ends the street going backwards.
_STREET_LOWER: Final = frozenset(
    w.casefold() for w in (*TYPE_FIRST_WORDS, *STREET_TYPES, *UNIT_WORDS, *_WORD_TYPE_WORDS)
) | frozenset(
    word_list(
        """
        de da do dos das di del della van von der den du le la y e i u na v utca út tér
        körút köz sor fasor sétány ulica cesta trg náměstí nábřeží třída iela gatvė
        prospektas tänav tee maantee puiestee küçəsi
        """
    )
)


def _inner_lower_word(words: list[str], i: int) -> bool:
    """Whether the lower-case `words[i]` belongs to the street name around it ("Dózsa
    györgy utca", "Mirna pot 3a", "Perivoj biskupa Stjepana", "Za gasilskim domom 6"):
    not an English word, and after a capitalised word
    of the name with at most two such lower-case words between (the words after it are
    the street's already: `_trim_start` reads from the right)."""
    if i + 1 >= len(words) or words[i].casefold().strip(".,") in _ENGLISH_WORDS:
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        before = words[j]
        if before[:1].isupper():
            return before.casefold().strip(":,.;") not in _NOT_ADDRESS
        if not before[:1].islower() or before.casefold().strip(".,") in _ENGLISH_WORDS:
            return False
    return False


# German street types written joined to the name ("Lindengasse", "Schlossstraße"): such a
# word opens its street's name, so a lower-case word before it is the sentence's.
_JOINED_OPENERS: Final = (
    "straße", "strasse", "gasse", "allee", "platz", "weg", "damm", "ufer", "chaussee", "steig",
    "pfad", "promenade", "stieg", "graben",
)  # fmt: skip


def _joined_street(word: str) -> bool:
    folded = word.casefold()
    return word[:1].isupper() and any(
        folded.endswith(t) and len(folded) > len(t) + 2 for t in _JOINED_OPENERS
    )


def _trim_start(text: str, start: int, end: int) -> int:
    """`start` moved right past lower-case words that are not part of a street name."""
    tokens = list(_TOKEN.finditer(text, start, end))
    keep = len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        if field_key(word):
            break  # "AdrLine Jesperlaan 49": a record's key before the street
        if word.islower() and i + 1 < len(tokens) and _joined_street(tokens[i + 1].group()):
            break  # "Adressänderung auf Lindengasse 7": the joined street word opens the name
        if word[0].isdigit() or word[0].isupper() or word.casefold() in _STREET_LOWER:
            keep = i
            continue
        if _inner_lower_word([t.group() for t in tokens], i):
            keep = i
            continue
        break
    return tokens[keep].start() if keep < len(tokens) else start


def _extend_back(text: str, start: int) -> int:
    """The start of the street line before a postcode at `start` (over one town clause
    between them: "84 Jeffrey Reach, Joshuaburgh, NSW 2730"), if there is one."""
    m = _STREET_BEFORE.search(text, max(0, start - _BACK_REACH), start)
    if m is not None:
        return _trim_start(text, m.start(), start)
    town = _TOWN_BEFORE.search(text, max(0, start - 40), start)
    if town is None:
        return start
    m = _STREET_BEFORE.search(text, max(0, town.start() - _BACK_REACH), town.start())
    return start if m is None else _trim_start(text, m.start(), town.start())


# Lower-case words an address segment may hold besides street and unit words: floor and
# door words, "no.", "s/n", administrative words (Vietnamese, Azerbaijani) and particles.
_SEGMENT_LOWER: Final = (
    _STREET_LOWER
    | frozenset(
        word_list(
            """
        s/n bis ter quater km izq izq. dcha dcha. der. esq esq. dto dto. drcha. étage étg
        escalier bât bât. porte portal escalera planta bajo apto apto. casa sala bloco andar
        lote quadra scala interno piano no no. nº n. n.º nr nr. núm núm. b. m. ray. rayonu
        qəs. qəsəbəsi k. kəndi küç. küçəsi pr. prospekti ş. şəhəri xã phường quận huyện
        thành phố tỉnh đường ngõ hẻm số thị trấn ấp thôn khu c/o r/c cedex los las el sub col
        nad pod pri bei am im an zum zur sur sous lès lez jud. jud județul judetul sector
        et. ap. sc. bl. app. app bureau apto. dpto. depto. of. piso dto. km km. ruta kel.
        kec. kel kec brgy. brgy rt rw as. ob co co.
        y esquina al norte sur este oeste m d. kv. korp. k. g. ul. pr. str. stroenie ap. apt.
        д. дом кв. г. корп. к. стр. ул. пр. обл. р-н пос. с. дер. мкр. ш. бул. пер. наб.
        """
        )
    )
    | LOCAL_UNIT_WORDS
    | frozenset((*CYRILLIC_UNITS, *CYRILLIC_SETTLEMENTS, *CYRILLIC_STREET_TYPES))
    | frozenset((*ROMANISED_UNITS, *ROMANISED_STREET_TYPES))
)
# Landmark words that go on an address forwards ("..., near Hanuman Temple, opp. SBI Bank",
# "..., entre calles Juárez y Morelos"); going backwards they end it ("seen near 12 Main St").
_LANDMARK_WORDS: Final = INDIAN_LANDMARK_WORDS | frozenset(
    word_list("near opp opp. opposite behind beside adjacent landmark entre calles frente")
)
# Words that place an address relative to a road, as Nigerian, Ghanaian, Kenyan and Indian
# addresses do ("Plot 4, Opebi Road, off Allen Avenue", "Ngong Lane, off Ngong Road",
# "along Lagos-Ibadan Expressway", "by Allen Junction"; NIPOST's and Kenya Posta's
# descriptions of an address where plots are numbered along an access road): part of the
# address only before a capitalised road's name with its street type.
ROAD_LANDMARK_WORDS: Final = frozenset(word_list("off along by facing adj adj. adjoining"))
_ROAD_REACH = 6
_STREET_TYPE_SET: Final = frozenset(STREET_TYPES)


def road_follows(words: list[str], i: int) -> bool:
    """Whether `words[i + 1:]` is a road's name: a capitalised word first, and a street
    type ending one of the next few words ("off Ogui Road", not "off work today")."""
    after = words[i + 2 : i + 1 + _ROAD_REACH]
    if i + 1 >= len(words) or not words[i + 1][:1].isupper():
        return False
    return any(w[:1].isupper() and w.strip(".,;:()").casefold() in _STREET_TYPE_SET for w in after)


_LANDMARK_FIRST: Final = (
    _LANDMARK_WORDS | frozenset(w.rstrip(".") for w in _LANDMARK_WORDS) | ROAD_LANDMARK_WORDS
)
# English prepositions that stand before an address and are no part of it ("Ann Lee of
# 12 Birch Lane", the "of <address>" of wills, statements and sponsor forms); written
# without a dot, so "of." (oficina) and "as." (asunto) still lead a unit.
_PREPOSITIONS_BEFORE: Final = frozenset(("of", "at", "in", "on", "from", "to", "for", "with"))
# "Lives (in, at)" and "resident, domiciled" in the languages of Europe, before an address
# as English "lives at" is ("Vive en Alameda …", "Bor i Storgata 5", "wohnhaft
# Lindenweg 4", "woont aan de Kerklaan 2"): not the address, nor is the preposition after
# it. Norwegian and Danish "bor" ("lives") is also a town's name: only before "i"/"på".
RESIDENCE_WORDS: Final = frozenset(
    word_list(
        """
        vive reside residente domiciliado domiciliada mora habite réside demeurant domicilié
        domiciliée abita risiede domiciliato domiciliata wohnt wohnhaft lebt woont woonachtig
        bor bosat bosatt mieszka zamieszkały zamieszkała bydlí býva živi stanuje lakik asuu
        locuiește
        """
    )
)
_BOR_PREPOSITIONS: Final = frozenset(("i", "på"))


def residence_word(words: list[str], i: int) -> bool:
    """Whether `words[i]` says that someone lives at the address after it."""
    bare = words[i].strip(",.:;").casefold()
    if bare not in RESIDENCE_WORDS:
        return False
    return bare != "bor" or (i + 1 < len(words) and words[i + 1].casefold() in _BOR_PREPOSITIONS)


# Words after which one lower-case word may stand in a town name ("San Uriel los altos").
_PARTICLES: Final = frozenset(("los", "las", "de", "del", "da", "do", "sub", "la", "le"))
# Capitalised words that are not part of an address: labels, greetings, pronouns, titles.
_NOT_ADDRESS: Final = frozenset(
    word_list(
        """
        address adresse anschrift domicilio indirizzo adres adresa endereço home patient
        plan note notes diagnosis findings dear thanks thank regards sincerely best tel
        phone telephone fax email e-mail mobile dob re subject date name signed the a an at
        in to from near and or i we he she they it our my his her mr mrs ms miss dr prof
        postcode zip gps send mail reply visit site please previous next seen ref clinic
        ward hospital icu theatre bed bay cpf nhs sin ssn nip pesel iban mrn nif nie dni
        tckn bsn account policy member employee
        miete mietzahlung kaution nebenkosten rent deposit
        العنوان عنوان نشانی آدرس في در از به ساکن يسكن مقيم
        """
    )
    + RELATIVE_WORDS
)
_TOKEN = fast_regex.compile(r"\S+")
# A town's qualifier in brackets after its name, an abbreviation in lower-case letters
# (a capitalised one, "Halle (Saale)", is a name word already): Russian settlement types
# ("г. Внуково (метеост.)", "(р-н)"); a word ("(current)", "(prior)") is a note, not the town's.
_BRACKETED_QUALIFIER = fast_regex.compile(
    r"\([^\W\d_]{1,11}\.\)|\([^\W\d_]{1,5}-[^\W\d_]{1,5}\.?\)"
)
_SWIFT_TAG = fast_regex.compile(r":\d{2}[A-Z]?:")
# ", " / a next line that is not blank / " - " / "/" before a capital ("Çankaya/Konya").
# (" / " is a line break of a block written on one line: "Jadebaan 9 / 5012TD / Cromvoirt")
_SEPARATOR_AFTER = fast_regex.compile(
    rf"[ \t]{{0,3}}(?:,,?|;|[،؛]|\n(?![ \t]*\n)|[ \t][-–/][ \t]|/(?=[ \t]?[{_UPPER}]))[ \t]{{0,3}}"
)
# A cell's edge in a delimited export (RFC 4180 rows with the ";" that locales writing a
# decimal comma use: "CS-759572;MIGUEL PINTO;FR72-...;350.00"): a ";" with no space on
# either side, on a line holding at least two such. An address never crosses one; a
# written address separates its segments with "; " ("Elizastraat 216; 9834AD; Geffen").
_CELL_EDGE = fast_regex.compile(r"(?<=\S);(?=\S)")
# A content line of vCard (RFC 6350) or iCalendar (RFC 5545), "N:Perreault;Simon;;;",
# "ADR;TYPE=work:;;2875 Laurier;Québec": its ";" parts are one value's components.
_CONTENT_LINE = fast_regex.compile(r"[ \t]*[A-Z][A-Z0-9-]*(?:;[A-Za-z-]+=[^:;\n]*)*:")


def _row_edges(text: str, lo: int, hi: int) -> list[int]:
    """The cell edges of the line `lo`..`hi`, or none when it is no delimited row."""
    edges = [m.start() for m in _CELL_EDGE.finditer(text, lo, hi)]
    if len(edges) < 2 or _CONTENT_LINE.match(text, lo, hi):
        return []
    return edges


def cell_edge(text: str, i: int) -> bool:
    """Whether the ";" at `i` is the edge of a cell of a delimited row."""
    if text[i : i + 1] != ";" or _CELL_EDGE.match(text, i) is None:
        return False
    lo = text.rfind("\n", 0, i) + 1
    hi = text.find("\n", i)
    return i in _row_edges(text, lo, len(text) if hi < 0 else hi)


def cell_edges(text: str) -> list[int]:
    """The places of the cell edges of every delimited row of `text` (see `cell_edge`)."""
    if ";" not in text:
        return []
    edges: list[int] = []
    lo = 0
    for line in text.split("\n"):
        if line.count(";") >= 2:
            edges.extend(_row_edges(text, lo, lo + len(line)))
        lo += len(line) + 1
    return edges


def cell_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The line `lo`..`hi` narrowed to the cell holding `start`..`end` when the line is a
    delimited row (see `cell_edge`); the line itself otherwise."""
    if ";" not in text[lo:hi]:
        return lo, hi
    edges = _row_edges(text, lo, hi)
    if not edges:
        return lo, hi
    left = max((e + 1 for e in edges if e < start), default=lo)
    right = min((e for e in edges if e >= end), default=hi)
    return left, right


_SEGMENT_END = fast_regex.compile(r",|;|\n|[ \t][-–/][ \t]|[，；。：|،؛]")  # (full-width: CJK)
# (a doubled comma too: "Palama 8,, TK 52563 Edessa", as forms and exports write them)
_SEPARATOR_BEFORE = fast_regex.compile(r"(?:,,?|;|\n|[ \t][-–/][ \t]|[，；،؛])[ \t]{0,3}$")
_ABBREVIATION_BEFORE = fast_regex.compile(r"(?<![\w.])[^\W\d_]{1,4}$")
_GROW_SEGMENTS = 6
_CJK_WORD = fast_regex.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff9f]")
_SEGMENT_CHARS = 80


# A machine record's field key beside an address: a DICOM data element's tag
# ("(0008,0080)", PS3.6) and the keywords of DICOM, ISO 20022 and JSON exports, written in
# camel case ("InstitutionAddress", "PstlAdr", "AdrLine", "DbtrAcct.IBAN", "/AdrLine"). A
# town's or street's name has a capital inside only after a name's prefix ("McArthur",
# "MacDonald", "FitzRoy", "DeKalb", "LaSalle", "VanDyke", "O'Neil").
_DICOM_TAG = fast_regex.compile(r"\(?[0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\)?")
_CAMEL = fast_regex.compile(r"[A-Z]?([a-z]{2,})[A-Z][a-z]")
_NAME_PREFIXES: Final = frozenset(
    word_list("mc mac fitz de la le di du da van von del des dal della san ter ten")
)


def field_key(token: str) -> bool:
    """Whether `token` is a machine record's field key or tag, not an address word."""
    bare = token.strip("/=.:,;\"'[]{}<>")
    if _DICOM_TAG.fullmatch(bare):
        return True
    for part in bare.split("."):
        m = _CAMEL.match(part)
        if m is not None and part[: m.end(1)].casefold() not in _NAME_PREFIXES:
            return True
    return False


def _address_token(words: list[str], i: int, *, forward: bool = False) -> bool:
    """Whether `words[i]` may be part of an address line (`forward`: after its street)."""
    word = words[i].strip("()[]\"'")
    if field_key(words[i]):
        return False  # "(0008,0080) InstitutionAddress", "AdrLine": the record's keys
    if "|" in word:
        return False  # a table cell's or an HL7 field's edge: the next field is not the address
    if _SWIFT_TAG.match(word):
        return False  # a SWIFT MT field tag (":50K:", ":59:", ISO 15022): the next field
    if not word or words[i].count("(") != words[i].count(")"):
        return False  # half a parenthesis: "(ID 123)," before an address is not the address
    if word.endswith(":") and word.rstrip(":").casefold() not in ("no", "d", "daire", "kat"):
        return False
    if "：" in word or (":" in word and not any(c.isdigit() for c in word)):
        return False  # "氏名：井上結衣", "Name:Li": a label and its value, the next field
    if _CJK_WORD.search(word):
        return False  # CJK_ADDRESS takes a Han/kana address whole; words around it are not it
    bare = word.rstrip(".,").casefold()
    if not forward and (word in _PREPOSITIONS_BEFORE or residence_word(words, i)):
        return False  # "British citizen, of 67 Oak Crescent", "late of Flat 9", "Bor i"
    if any(c.isdigit() for c in word) or word[0] == "#":
        return True
    if forward and i > 0 and _BRACKETED_QUALIFIER.fullmatch(words[i]):
        return True
    if len(bare) == 1 and i > 0 and words[i - 1].casefold().rstrip(",") in _SEGMENT_LOWER:
        return True  # "Bât. A", "Stiege B", "sc. C": a building's or a staircase's letter
    if word[0].isupper() or (word[0].isalpha() and not word[0].islower()):
        return bare not in _NOT_ADDRESS  # capitalised, or a script without capitals
    if word.casefold() in _SEGMENT_LOWER or bare in _SEGMENT_LOWER:
        return True
    if bare in _LANDMARK_WORDS:
        return forward
    if bare in ROAD_LANDMARK_WORDS:  # "..., off Ogui Road": only before a road's name
        return forward and road_follows(words, i)
    prev = words[i - 1].casefold() if i > 0 else ""
    return i > 0 and prev in _PARTICLES


def _landmark_segment(words: list[str]) -> bool:
    """Whether a whole comma segment is a landmark ("near bus stand", "opp. SBI Bank"):
    it goes on an address backwards too, where a landmark word inside a sentence ends it."""
    if not words or words[0].casefold() not in _LANDMARK_FIRST:
        return False
    return all(_address_token(words, k, forward=True) for k in range(len(words)))


def _sentence_end(words: list[str], i: int) -> bool:
    """Whether `words[i]` closes a sentence ("Gdańsk." before "Plan", "2687." before
    "Damage"), not an abbreviation ("Col.") or an ordinal ("3. OG")."""
    word = words[i]
    bare = word.rstrip(".")
    if not word.endswith(".") or bare.casefold() in _SEGMENT_LOWER:
        return False
    if bare.replace("-", "").isdigit():
        after = words[i + 1] if i + 1 < len(words) else ""
        return len(after) > 3 and after[0].isupper() and not after.isupper()
    return len(bare) >= 5 and not any(c.isdigit() for c in bare)


def _taken(words: list[str]) -> int:
    """How many of `words`, from the first, are an address's (to the end of a sentence)."""
    taken = 0
    while taken < len(words) and _address_token(words, taken, forward=True):
        taken += 1
        if _sentence_end(words, taken - 1):
            return -taken  # the address ends here
    if (  # "..., Bogotá, D.C. Damage to": a sentence began after the abbreviation
        1 < taken < len(words)
        and words[taken - 2].endswith(".")
        and words[taken - 1][:1].isupper()
        and words[taken - 1].isalpha()
        and words[taken].islower()
    ):
        return -(taken - 1)
    return taken


# The postcode that closes an address in the formats that write it last: USPS Publication
# 28's "CITY ST 12345-6789", Royal Mail's postcode line, Canada Post's "CITY PROV A1A 1A1",
# Australia Post's "LOCALITY STATE 2600", MaltaPost's "Locality AAA NNNN". What follows it
# is the next field (a country line at most, which Safe Harbor leaves), not more of the
# address.
_LAST_LINE_END = fast_regex.compile(
    rf"(?:\b(?:{_STATES})\.?[ ]{{1,2}}\d{{5}}(?:-\d{{4}})?"
    r"|\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ ]?\d[A-Z]{2}"
    r"|\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]?\d[ABCEGHJ-NPRSTV-Z]\d"
    r"|\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT),?[ ]{1,2}\d{4}"
    r"|(?<=[^\W\d_][ ])[A-Z]{3}[ ]?\d{4})\Z"
)


# The destination country's line after it, in the English names of those countries.
_COUNTRY_LINE = fast_regex.compile(
    r"[ \t]{0,3}[,\n][ \t]{0,3}(?i:usa|u\.s\.a\.|united[ ]states(?:[ ]of[ ]america)?|uk|u\.k\."
    r"|united[ ]kingdom|great[ ]britain|england|scotland|wales|northern[ ]ireland|canada"
    r"|australia)(?![\w])"
)


# A town written after the postcode on its line, ending its clause ("DT3B 4FY Carolynview —",
# the continental order kept with a British postcode).
_TOWN_ON_THE_LINE = fast_regex.compile(
    rf"[ \t]{{1,2}}{_TOWN}(?=[ \t]*(?:[,\n.;]|$)|[ \t][—–|][ \t])"
)


# The last line of the formats that write the postcode first (UPU S42: most of continental
# Europe, the Nordic countries, Iceland, Latin America: "Kirkegata 7, 8162 Bodø",
# "Bergstraße 5\n95051 Hünfeld", "Hverfisgata 14, 101 Reykjavík", "CH-8001 Zürich",
# "1234 AB Plaats"): the postcode and its town close the address, as the postcode does
# in the formats that write it last; the next line is the next field ("Steuer-ID ...",
# "Dear Dr ..."), a country's name at most. Not a house number and its street ("1234
# Main Street": the line ends in a street type).
_POSTCODE_FIRST_LINE = fast_regex.compile(
    rf"(?:[A-Z]{{1,3}}-)?\d{{3,6}}(?:[ ]?[A-Z]{{2}})?[ \t]{{1,2}}{_TOWN}"
)

# The country's line under it, in the country's language: one word alone on its line
# ("Deutschland", "Norge", "España"); the English names are `_COUNTRY_LINE`'s.
_COUNTRY_WORD_LINE = fast_regex.compile(rf"[ \t]{{0,3}}[{_UPPER}][^\W\d_]{{2,20}}[ \t]*(?=\n|\Z)")
_CLOSING_NOT_TOWN: Final = frozenset(STREET_TYPES) | frozenset(_WORD_TYPE_WORDS)


def _postcode_first_last_line(text: str, end: int) -> bool:
    """Whether the address text ending at `end` ends in a postcode-first town line (its
    own line, or the segment after a comma with more of the address before it)."""
    line_start = text.rfind("\n", 0, end) + 1
    comma = text.rfind(",", line_start, end)
    segment = text[(comma + 1 if comma >= 0 else line_start) : end].strip()
    if _POSTCODE_FIRST_LINE.fullmatch(segment) is None:
        return False
    if comma < 0 and (line_start == 0 or not text[: line_start - 1].strip()):
        return False  # a line alone is no block's last line
    last = segment.rsplit(maxsplit=1)[-1].rstrip(".").casefold()
    return last not in _CLOSING_NOT_TOWN


def _after_last_line(text: str, end: int) -> int:
    """The end of an address whose last line ends at `end`: over a town on that line and
    a country line only."""
    town = _TOWN_ON_THE_LINE.match(text, end)
    if town is not None:
        end = town.end()
    country = _COUNTRY_LINE.match(text, end)
    return end if country is None else country.end()


def _grow_forward(text: str, end: int) -> int:
    """`end` moved over the address segments that follow (", Town", "\nAB1 2CD",
    " - Bairro"): each a short run of capitalised words, numbers and address words; the
    first word that is none of these ends the address. The next line is taken whole or
    not at all. An address that already ends in its last line's postcode ends there."""
    abbreviation = _ABBREVIATION_BEFORE.search(text, max(0, end - 5), end)
    if (
        end < len(text)
        and text[end] == "."
        and abbreviation is not None
        and not abbreviation.group().isupper()  # "/ AM. Account": a state, then a sentence
        and abbreviation.group().casefold() in _SEGMENT_LOWER
    ):
        end += 1  # "Col." / "Edif.": an abbreviation the pattern stopped before
        stop = _SEGMENT_END.search(text, end, end + _SEGMENT_CHARS)
        tokens = list(_TOKEN.finditer(text, end, stop.start() if stop else end))
        taken = _taken([t.group() for t in tokens])
        if taken:
            end = tokens[abs(taken) - 1].end()
        if taken < 0 or taken < len(tokens):
            return end
    for _ in range(_GROW_SEGMENTS):
        if _LAST_LINE_END.search(text, max(0, end - 16), end):
            return _after_last_line(text, end)
        sep = _SEPARATOR_AFTER.match(text, end)
        if sep is None or (";" in sep.group() and cell_edge(text, text.index(";", end))):
            break
        stop = _SEGMENT_END.search(text, sep.end(), sep.end() + _SEGMENT_CHARS)
        seg_end = stop.start() if stop else min(len(text), sep.end() + _SEGMENT_CHARS)
        tokens = list(_TOKEN.finditer(text, sep.end(), seg_end))
        words = [t.group() for t in tokens]
        taken = _taken(words)
        whole = abs(taken) == len(words) and taken != 0
        if taken == 0 or ("\n" in sep.group() and not whole):
            break
        if "\n" in sep.group() and _postcode_first_last_line(text, end):
            country = _COUNTRY_WORD_LINE.match(text, sep.end())
            return end if country is None else country.end()
        if "\n" in sep.group() and _LABEL_LINE.match(text, sep.end()):
            break  # the next line is a form's field ("Versichertennr.: ..."), not a segment
        if (
            "," in sep.group()
            and any(c.isdigit() for c in text[sep.end() : seg_end])
            and _postcode_first_last_line(text, end)
        ):
            break  # "Ring 9, 2666 Stockerau, 3 Zimmer": a number after the town line is not it
        end = tokens[abs(taken) - 1].end()
        if taken < 0 or not whole:
            break
    return end


def _grow_backward(text: str, start: int) -> int:
    """`start` moved back over the address segments before it ("Level 3, 12 Garrett
    Break, " before "Greenbury QLD 2918"), as `_grow_forward` does forwards; a blank line,
    a label ("Address:") or a sentence ends it."""
    for _ in range(_GROW_SEGMENTS + 1):
        p = start
        while p > 0 and text[p - 1] in " \t":
            p -= 1
        sep = _SEPARATOR_BEFORE.search(text, max(0, p - 4), p)
        at_separator = sep is not None and sep.end() == p
        if at_separator and sep is not None and cell_edge(text, sep.start()):
            break  # a delimited row's cell: the cell before is another value
        seg_end = sep.start() if at_separator and sep is not None else p
        lo = max(0, seg_end - _SEGMENT_CHARS)
        before = None
        for found in _SEGMENT_END.finditer(text, lo, seg_end):
            before = found
        seg_start = before.end() if before is not None else 0
        if before is not None and "\n" in text[seg_end:p] and cell_edge(text, before.start()):
            break  # the line above is a delimited row: its last cell is another value
        tokens = list(_TOKEN.finditer(text, max(seg_start, lo), seg_end))
        if before is None and lo > 0:
            tokens = tokens[1:]  # a long sentence: its last words only, whole words
        words = [t.group() for t in tokens]
        keep = len(words)
        while keep > 0 and _address_token(words, keep - 1) and not _sentence_end(words, keep - 1):
            keep -= 1
        if keep and at_separator and before is not None and _landmark_segment(words):
            keep = 0  # ", near bus stand, ": a whole segment naming a landmark (India)
        if keep == len(words) or (at_separator and "\n" in text[seg_end:p] and keep > 0):
            break  # the line before is taken whole or not at all
        if 0 < keep < len(words) - 1 and residence_word(words, keep - 1) and words[keep].islower():
            keep += 1  # "Vive en", "Bor i": the preposition after the verb is not it either
        start = tokens[keep].start()
        if keep > 0 or before is None or "\n\n" in text[before.start() : seg_start + 1]:
            break
    return start


# Street words of other languages that English prose uses as words of its own ("paid via
# Revolut", "a route through Sofia"): written in lower case after an English word and with
# no number near, they are not a street.
_ENGLISH_TOO: Final = frozenset(
    word_list("via rue route avenue boulevard passage plaza corso largo strada camino vila")
)
_ENGLISH_BEFORE: Final = frozenset(
    word_list(
        """
        paid pay pays paying sent send sends sending go goes went travel travelled traveled
        fly flew flown drive drove routed referred refer contact contacted reached reach
        reachable available booked book ordered order transferred transfer transfers
        delivered shipped arrived arrive came come comes coming returned flagged reported
        notified informed confirmed submitted received forwarded posted made make done
        both either or and but then also only just directly probably usually is was are
        were be been by to it them him her us me payment payments money funds transfer call
        calls message messages reply replies email emails letter online later travelling
        traveling access accessed accessible connected connect admitted discharged
        takeover takeovers fraud scam scams attack attacks login logins logon refund refunds
        request requests purchase purchases compromise breach phishing
        """
    )
)
_DIGIT_NEAR = 12
_ENGLISH_VERB_FORM = fast_regex.compile(r"[a-z]{2,}(?:ed|ing)")
# English words that end a street name going backwards ("Smith at 12 Main St": "at").
_ENGLISH_WORDS: Final = _ENGLISH_BEFORE | frozenset(
    word_list(
        """
        at in on near of for from with the a an as into onto over under past lives lived
        living resides reside stays stay stayed staying moved address home house his her
        their our my your its who which that this these those said says told seen saw
        today yesterday tomorrow tonight has had have having will would not no yes per
        days weeks months years hours times daily twice once ago since until after before
        """
    )
)


def _english_word_use(text: str, start: int, end: int) -> bool:
    """Whether a type-first street at `start` is an English sentence's "via X": the type
    word in lower case is one English uses, the word before it is English and no number
    is in or near the match."""
    head = text[start : min(end, start + 12)].split(maxsplit=1)
    if not head or head[0] not in _ENGLISH_TOO:
        return False
    if any(c.isdigit() for c in text[start : min(len(text), end + _DIGIT_NEAR)]):
        return False
    before = text[max(0, start - 30) : start].split()
    if not before:
        return False
    word = before[-1].strip(",;")
    # any English verb's past or -ing form too ("recalled via", "escalated via", "booking
    # via"): an Italian or Portuguese word before "in via"/"via" never ends so
    return word.casefold() in _ENGLISH_BEFORE or _ENGLISH_VERB_FORM.fullmatch(word) is not None


def _region_blocks(text: str) -> list[Span]:
    """Address blocks that end in a region ("..., Calera, Región de Valparaíso"), taken
    back over the segments before it when one of them holds a number."""
    spans: list[Span] = []
    for m in REGION_END.finditer(text):
        at = m.start(1)
        start = _grow_backward(text, at)
        if start == at or not any(c.isdigit() for c in text[start:at]):
            continue
        spans.append(Span(start, _grow_forward(text, m.end()), KIND, "address_region", 0.85))
    return spans


# The words that say "the address is" before a Han address run into it (no space between).
_CJK_LABEL = fast_regex.compile(
    r"[^\n]{0,12}?(?:地址|住址|住所|所在地|收件地址|送货地址|送貨地址)(?:是|为|為|在)?[:：]?"
)


def _skip_label_words(text: str, start: int, end: int) -> int:
    """`start` moved right past leading label and English words ("Previous address")."""
    for token in _TOKEN.finditer(text, start, end):
        word = token.group().casefold().strip(":,.")
        if word not in _NOT_ADDRESS and word not in _ENGLISH_WORDS and word != "previous":
            first: int = token.start()
            return first
    return start


def _inside(spans: list[Span], start: int, end: int) -> bool:
    """Whether an address already found holds `start`..`end` with text of it on both
    sides (a second rule's match inside the same block grows to the same block; one that
    shares an edge with it may grow further)."""
    return any(s.start < start and end < s.end for s in spans)


def _form_field(text: str, label: int, value: int) -> bool:
    """Whether a postcode's label is a form field's ("Postcode: ...", "| PLZ 10115",
    a line of its own), not a word inside an address line ("..., postcode 1234 AB")."""
    if ":" in text[label:value]:
        return True
    line = text[text.rfind("\n", 0, label) + 1 : label].strip()
    return not line or line.endswith(("|", ":"))


def _labelled(text: str) -> list[Span]:
    """The rest of the line after an address label ("Address: ...", "住所：..."), when it
    holds a number or a capitalised word (not "Address: see above")."""
    spans = []
    for m in LABELLED_ADDRESS.finditer(text):
        value = m.group("value")
        if any(c.isdigit() for c in value) or any(not c.islower() and c.isalpha() for c in value):
            spans.append(Span(m.start("value"), m.end("value"), KIND, "address_labelled", 0.85))
    return spans


def find_addresses(text: str, words: set[str] | None = None) -> list[Span]:
    """Every street, unit, postcode, town-with-postcode and coordinate in `text`.
    `words` is the text's folded runs of letters when the caller has them."""
    spans: list[Span] = []
    folded = text.casefold()
    if words is None:
        words = text_words(text)
    digits = _longest_digit_run(text)
    closed = _closed_rules(digits, words, folded)
    world = world_gates(text, folded)
    streets = (*_STREETS, *((r, x) for r, x in WORLD_STREETS if r in world))
    for rule, pattern in streets:
        regex = pattern
        if rule in closed:
            if rule != "address_de_street" or digits == 0:
                continue
            regex = DE_LED_STREET  # no word ends in a German street type: "Am Markt 3" only
        for m in regex.finditer(text):
            if m.end() - m.start() < 4 or _inside(spans, m.start(), m.end()):
                continue
            if rule == "address_designators" and not streetlike_chain(m.group()):
                continue  # "Room 4, Bed 12": a place in the hospital, not an address
            if rule == "address_letter_type" and not _letter_type_street(m):
                continue
            if rule == "address_street" and _CLINICAL_BLOCK.search(m.group()):
                continue
            if rule == "address_house_after_at" and (
                m.group().split()[1].casefold() in _NOT_STREET_NAMES
            ):
                continue
            # (a Thai address's pattern takes its components and postcode itself; a Korean
            # one ends with its bracketed reference item, "(성수동)", the standard's last)
            whole = rule == "address_th" or (rule == "address_kr" and m.group().endswith(")"))
            end = m.end() if whole else _grow_forward(text, _extend(text, m.end()))
            start = m.start()
            if rule == "address_type_first" and _english_word_use(text, start, end):
                continue
            if rule == "address_word_type":  # "Previous address Kossuth utca 5": not "address"
                start = _trim_start(text, start, m.end())
            elif rule == "address_az":  # "Previous address Qubadlı ş., ...": the same
                start = _skip_label_words(text, start, m.end())
            elif rule == "address_cjk" and (label := _CJK_LABEL.match(text, start)):
                start = label.end()  # "地址是内蒙古...": the address, not the words before it
            # (a Slavic street's preposition starts it: "Bydlí U Waltrovky 7"; a Thai address
            # starts at its house number or first component, and Thai words around it, which
            # have no capitals to tell them, are the form's label and the lines around)
            if rule not in ("address_slavic", "address_th"):
                start = _grow_backward(text, start)
            spans.append(Span(start, end, KIND, rule, 0.85))
    for rule, regex in _PLACES:
        if rule in closed:
            continue
        for m in regex.finditer(text):
            if _inside(spans, m.start(), m.end()):
                continue
            if rule == "address_postcode_town" and (
                _label_town(m.group()) or _code_after_system(text, m.start())
            ):
                continue
            if rule == "address_in_town_pin" and any(c.isdigit() for c in m.group()[:-6]):
                continue  # "Case OJ65-959328": a town's name holds no digit
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            if rule == "address_postcode_context" and _form_field(text, start, m.start(1)):
                start = m.start(1)  # "Postcode: H-6890", "| PLZ 10115": the value, not its label
            start = _extend_back(text, start) if rule != "address_po_box" else start
            end = _grow_forward(text, m.end())
            if rule != "address_po_box":  # "IBAN PL25 ...": a box number stands alone
                start = _grow_backward(text, start)
            spans.append(Span(start, end, KIND, rule, 0.85))
    if ("," in text or "\n" in text) and digits:
        spans.extend(_region_blocks(text))
    if ":" in text or "-" in text or "[" in text:
        spans.extend(_labelled(text))
    if _COORDINATE_HINT.search(text) is None:
        return spans
    for m in COORDINATES.finditer(text):
        spans.append(Span(m.start(), m.end(), "COORDINATES", "coordinates", 0.85))
    return spans
