"""Vehicle identifiers (Safe Harbor (L)): licence plates and VINs, in the forms the
countries issue and people write. Pure `re`/`regex`, no NLP.

A plate has no shape of its own across the world ("AB12 CDE", "B-AB 1234", "AB-123-CD",
"1234 BCD", "12-ABC-3", "WA 12345", "ABC1D23", "34 ABC 123", "MH 12 AB 1234", "51F-123.45",
"京A·12345", "А123ВС 77", "品川 300 あ 12-34"), so what finds it is the word before it: a
word for a plate in one of many languages ("plate", "reg.", "tag", "Kennzeichen",
"immatriculation", "matrícula", "targa", "kenteken", "tablica rejestracyjna", "plaka",
"biển số", "SPZ", "rendszám", "rekisterinumero", "registreringsnummer", "госномер",
"车牌"...), then the first run of short capital/digit groups after it, on the same line or
the next (a chat's answer). After a vehicle word ("car", "Wagen", "voiture", a make such
as "Toyota"), a plate-like run nearby is one too, a model name right after the make
("Ford F-150", "BMW 320d") excepted. The formats that cannot be much else (the UK's
"AB12 CDE", France's "AB-123-CD", the Dutch side codes, India's, Viet Nam's, China's,
Japan's, Russia's Cyrillic plates, Brazil's Mercosul) are masked with no word at all.

A VIN (ISO 3779) is 17 characters without I, O and Q, digits and letters mixed: that
shape alone is masked, in capitals or lower case; after a VIN word ("VIN", "chassis no.",
"Fahrgestellnummer", "FIN", "número de bastidor", "telaio", "numer nadwozia", "şasi no",
"số khung"...) also in groups ("1HG CM826 33A004352", "WVW-ZZZ1K-Z6W123456") and short
(pre-1981 serials of 11 to 16 characters).
"""

from __future__ import annotations

import re
from typing import Any, Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "VEHICLE_ID"

# Words for a plate, in the languages of the countries whose plates are listed above (a
# hyphen in the list is a space).
PLATE_WORDS: Final = word_list(
    """
    plate plates plate-no plate-number number-plate numberplate licence-plate license-plate
    registration-plate registration-mark reg regn rego registration car-reg tag tags
    kennzeichen kfz-kennzeichen kfz-kennz kennz amtl.-kennzeichen nummernschild
    immatriculation immat plaque plaques matrícula matricula matrículas placa placas
    targa targhe kenteken kentekenplaat nummerplaat tablica tablicy rejestracyjna
    rejestracyjny rejestracyjnej nr-rej rej plaka biển-số biển-kiểm-soát bks spz ečv ecv
    evč rz rendszám rendszáma rendszámú rendszámtábla rekisterinumero rek.nro
    rekisterikilpi registreringsnummer reg.nr regnr reg.-nr registreringsnr nummerplade
    registreringsnummeret kjennemerke skilt înmatriculare inmatriculare госномер гос.-номер
    номер-автомобиля номерной-знак госзнак registarska-oznaka registarske-tablice
    registrska-tablica registrska-številka patente dominio chapa matrícula-do-veículo
    vrn vrm lp# lpn nopol nomor-polisi plat-nomor no.-plat nombor-pendaftaran
    skiltnummer registreringsskylt regnummer registrační-značka evidenčné-číslo
    πινακίδα πινακίδας κυκλοφορίας регистрационен-номер номерний-знак держномер
    registreerimismärk registreerimismärgi numbrimärk numbrimärgi reg.-märk numura-zīme
    valsts-numurs valstybinis-numeris valst.-nr skráningarnúmer
    """
)
# Scripts without spaces between words: no word boundary around these.
PLATE_WORDS_CJK: Final = (
    "车牌号码", "车牌号", "车牌", "車牌", "號牌", "车号", "ナンバープレート", "ナンバー",
    "登録番号", "번호판", "차량번호", "ทะเบียน", "رقم اللوحة", "لوحة", "מספר רישוי", "לוחית",
)  # fmt: skip
VIN_WORDS: Final = word_list(
    """
    vin vins vin-no vin-code vin-kód vin-kod vin-код vin-nummer chassis châssis chassi
    chasis chassisnummer chassinummer chassisnr chassis-nr chassisnummeret bastidor telaio
    fahrgestellnummer fahrgestell-nr fahrgestell fahrgestell-nr. fin fahrzeug-ident.-nr
    fahrzeug-identnummer fahrzeugidentifizierungsnummer fahrzeug-identifizierungsnummer
    vehicle-identification-number vehicle-identification-no vehicle-id nadwozia nadwozie
    şasi şase sasi sase số-khung alustanumero alusta karosserinummer номер-кузова кузов
    identificador-do-veículo
    """
)
VIN_WORDS_CJK: Final = ("车架号", "车辆识别代号", "車台番号", "차대번호")
# Vehicle words and makes: a plate-like run shortly after one is a plate. (German rescue
# services name their vehicles by DIN EN 1789 / DIN 75079 type: Rettungswagen RTW,
# Krankentransportwagen KTW, Notarztwagen NAW, Notarzteinsatzfahrzeug NEF, Intensivtransport-
# wagen ITW, Mehrzweckfahrzeug MZF; "RTW: UN-F 94". Police and dispatch (CAD) records
# abbreviate the word: "veh: AB12 CDE", "susp veh 094-XYZ".)
VEHICLE_WORDS: Final = frozenset(
    word_list(
        """
        car cars vehicle vehicles van vans truck trucks lorry lorries motorbike motorcycle
        scooter moped taxi cab ambulance minibus suv pickup pick-up trailer caravan camper
        auto autos wagen fahrzeug pkw lkw voiture véhicule vehicule camion moto coche
        vehículo vehiculo carro automóvil automovel veículo veiculo macchina motorino
        rtw ktw naw nef itw mzf veh vehs
        samochód samochodu pojazd pojazdu araç araba otomobil xe ô-tô bil bilen auton
        vehicul vehiculul autovehicul autovehiculul autoturism autoturismul autoutilitară
        mașină masina
        autó gépjármű vůz vozidlo автомобиль машина voertuig fordon bilen kjøretøy
        køretøj ajoneuvo jármű vozilo όχημα αυτοκίνητο mobil kereta sasakyan
        toyota ford volkswagen vw bmw audi mercedes mercedes-benz renault peugeot citroën
        citroen fiat seat skoda škoda opel vauxhall honda nissan hyundai kia tesla volvo
        dacia chevrolet chevy ram dodge jeep mazda suzuki lada tata maruti mahindra mitsubishi
        subaru lexus porsche jaguar land-rover mini alfa lancia saab yamaha kawasaki ducati
        vespa piaggio byd geely chery
        """
    )
)
_MAKES: Final = frozenset(
    w
    for w in VEHICLE_WORDS
    if w
    in word_list(
        """
        toyota ford volkswagen vw bmw audi mercedes mercedes-benz renault peugeot citroën
        citroen fiat seat skoda škoda opel vauxhall honda nissan hyundai kia tesla volvo
        dacia chevrolet chevy ram dodge jeep mazda suzuki lada tata maruti mahindra
        mitsubishi subaru lexus porsche jaguar land-rover mini alfa lancia saab yamaha
        kawasaki ducati vespa piaggio byd geely chery
        """
    )
)


def _words_pattern(words: tuple[str, ...], cjk: tuple[str, ...]) -> str:
    phrases = sorted({w.replace("-", " ") for w in words})
    return (
        rf"(?<![^\W\d_])(?i:{trie_pattern(phrases)})(?![^\W\d_])\.?"
        rf"|(?:{'|'.join(sorted(cjk, key=len, reverse=True))})"
    )


_PLATE_WORD = fast_regex.compile(_words_pattern(PLATE_WORDS, PLATE_WORDS_CJK), word_led=True)
_VIN_WORD = fast_regex.compile(_words_pattern(VIN_WORDS, VIN_WORDS_CJK), word_led=True)
_VEHICLE_WORD = fast_regex.compile(
    rf"(?<![^\W\d_])(?i:{trie_pattern(sorted(w.replace('-', ' ') for w in VEHICLE_WORDS))})"
    r"(?![^\W\d_])",
    word_led=True,
)
# Cheap first looks: a text none of whose words starts a plate, VIN or vehicle word skips
# those searches (the second pass runs on every view).
_LETTER_RUN = fast_regex.compile(r"[^\W\d_]+", word_led=True)


def _gate(words: tuple[str, ...] | frozenset[str]) -> frozenset[str]:
    return frozenset(_LETTER_RUN.findall(w.casefold())[0] for w in words)


_PLATE_GATE = _gate(PLATE_WORDS)
_VIN_GATE = _gate(VIN_WORDS)
_VEHICLE_GATE = _gate(VEHICLE_WORDS)
_GROUP = fast_regex.compile(r"[^\W_]+")
# Between two groups of one plate: one space, a hyphen, a dot, a middle dot.
_JOIN = frozenset({" ", "-", ".", "·", "・", "•", "∙", " - ", "-\u200b"})
_UNITS = frozenset(
    word_list(
        """
        mg mcg µg ug g kg ml l iu u mmol mol mmhg bpm cm mm m km kmh mph h hr hrs min
        sec s x eur usd gbp chf pln try inr vnd jpy cny rub cfu mm3 ng pg dl units unit
        days day wks weeks yrs years mo kw hp ps cc nm ccm
        """
    )
)
_STOP_WORDS = frozenset(
    word_list(
        """
        is was the a an of on in at to and or for with from by no nr num number it its
        his her their our your my this that which who has had have be been me us up see
        thx pls plz ok ty yes lol btw asap
        """
    )
)
_REACH = 120


def _has_digit(s: str) -> bool:
    return any(c.isdigit() for c in s)


def _uncased(s: str) -> bool:
    """Letters of a script with no case (Chinese, Japanese, Korean)."""
    return any(c.isalpha() and not c.isupper() and not c.islower() for c in s)


def _plate_group(group: str, lower_mode: bool, strict: bool = False) -> bool:
    """Whether `group` can be part of a plate: digits, short capitals, a short group of a
    script without case, or (in a plate written in lower case) a short lower-case group."""
    if _has_digit(group):
        return len(group) <= 8
    if _uncased(group):  # a district's name before the number ("নরসিংদী-ছ ৮৯-৫৭০৩")
        return len(group) <= (4 if strict else 12)
    if group.isupper():
        return len(group) <= 4
    return lower_mode and group.islower() and len(group) <= 4 and group not in _STOP_WORDS


def _lower_plate_start(text: str, groups: list[Any], i: int) -> bool:
    """Whether a plate written in lower case ("ab12 cde", "808 vaz", "lm 025 ga") starts
    at group `i`: no capitals in it, a digit in it or in the group joined to it."""
    g = groups[i].group()
    if any(c.isupper() for c in g):
        return False
    if g.islower() and _has_digit(g):
        return True
    if g.isdigit():
        nxt = _joined(text, groups, i + 1)
        return nxt is not None and nxt.islower() and not _has_digit(nxt) and len(nxt) <= 4
    if not (g.islower() and len(g) <= 4 and g not in _STOP_WORDS):
        return False
    for j in range(i + 1, min(i + 4, len(groups))):  # "lif-gc-7": a digit a few groups on
        nxt = _joined(text, groups, j)
        if nxt is None or any(c.isupper() for c in nxt):
            return False
        if _has_digit(nxt):
            return True
    return False


def _joined(text: str, groups: list[Any], j: int) -> str | None:
    """Group `j` if it is joined to the group before it as a plate's groups are."""
    if j >= len(groups) or text[groups[j - 1].end() : groups[j].start()] not in _JOIN:
        return None
    return str(groups[j].group())


def _plate_ok(groups: list[str], *, strict: bool) -> bool:
    """Whether the joined groups make a plate: a digit, and letters or five digits; not a
    year, a decimal, a dose or a count with its unit."""
    alnum = "".join(groups)
    digits = sum(c.isdigit() for c in alnum)
    letters = len(alnum) - digits
    if digits == 0 or len(alnum) > (20 if _uncased(alnum) else 14):
        return False
    if len(groups) == 2 and groups[1].casefold() in _UNITS and not _uncased(alnum):
        return False  # "150 CFU", "500 mg"
    if letters == 0:  # digits alone: five or more in groups ("914-17-776"), never a year
        return not strict and digits >= 5 and not (len(groups) == 1 and len(alnum) <= 4)
    if strict:
        # one digit is enough in joined groups ("0D-WEVI", "X-ABCD 7"), as a plate's
        # series and number; a single group needs two ("4WD", "V8" are engines)
        return len(alnum) >= 5 and letters >= 1 and (digits >= 2 or len(groups) >= 2)
    return len(alnum) >= 3 or (_uncased(alnum) and len(alnum) >= 2)


_RATIO = fast_regex.compile(r"[/.,:]\d")
_TIME = fast_regex.compile(r"\b\d{1,2}:\d{2}\b")
_BREAK = fast_regex.compile(r"[;,!]|\.\s|\n[ \t]*\n|\?(?![ \t]*\n)")
# After a vehicle word a comma does not end the search ("his Toyota, AB12 CDE, was").
_BREAK_PROSE = fast_regex.compile(r"[;!]|\.\s|\n[ \t]*\n|\?(?![ \t]*\n)")


def _plate_after(text: str, pos: int, *, strict: bool, skip_model: bool = False) -> Span | None:
    """The first plate after `pos` (a plate or vehicle word's end), within the sentence
    or on the next line; None when a number that is no plate comes first."""
    f = _FILLER.match(text, pos, min(len(text), pos + 40))
    pos = f.end() if f is not None else pos
    end = min(len(text), pos + (_REACH if not strict else 60))
    while end < len(text) and text[end].isalnum() and end < pos + _REACH + 20:
        end += 1  # never half a word at the edge of the reach
    brk = (_BREAK_PROSE if strict else _BREAK).search(text, pos, end)
    if brk is not None:
        end = brk.start()
    if strict and "\n" in text[pos:end]:
        end = _line_end(text, pos, end)  # after a vehicle word: the same line only
    if text.count("\n", pos, end) > 1:
        end = text.index("\n", text.index("\n", pos, end) + 1)
    groups = list(_GROUP.finditer(text, pos, end))
    i = 0
    skipped = 0
    while i < len(groups):
        g = groups[i]
        if _TIME.match(text, max(0, g.start() - 3)) or _TIME.match(text, g.start()):
            i += 1  # a time stamp ("[10:02] caller: TR7-WQ")
            continue
        lower_mode = not strict and _lower_plate_start(text, groups, i)
        if not _plate_group(g.group(), lower_mode, strict):
            skipped += 1
            if skipped > 6 or (_has_digit(g.group()) and not strict):
                return None
            i += 1
            continue
        run = [g]
        while i + len(run) < len(groups):
            nxt = groups[i + len(run)]
            if text[run[-1].end() : nxt.start()] not in _JOIN or not _plate_group(
                nxt.group(), lower_mode, strict
            ):
                break
            run.append(nxt)
        # A model name written right after the make ("Ford F-150 (AB12 CDE)").
        if skip_model and i == 0 and text[pos : g.start()] == " " and len(run) <= 2:
            i += len(run)
            continue
        if _RATIO.match(text, run[-1].end()):  # "BP 130/80", "1.6 TDI": a measurement
            if not strict:
                return None
            skipped += 1
            i += len(run)
            continue
        parts = [r.group() for r in run]
        # In brackets right after a vehicle word ("the car (RO-J-1)") any plate counts.
        bracketed = text[g.start() - 1 : g.start()] == "(" and text[run[-1].end() :][:1] == ")"
        loose = strict and not bracketed
        while len(parts) > 1 and not _plate_ok(parts, strict=loose):
            parts.pop()  # "AB12 CDE X" where X belongs to the prose
        if _plate_ok(parts, strict=loose) or (
            loose and not skip_model and i == 0 and _short_plate(text, pos, g)
        ):
            last = run[len(parts) - 1]
            return Span(g.start(), last.end(), KIND, "plate_after_word", 0.7)
        if any(_has_digit(p) for p in parts) and not strict:
            return None  # a number the word was about ("reg. 2019", "plate 3.5 mm")
        skipped += 1
        i += len(run)
    return None


def _line_end(text: str, pos: int, end: int) -> int:
    """Where the search after a vehicle word ends: the line's end, or the bracket's close
    when the next line opens with one ("2014 Ford F-150\n(AB12 CDE) was impounded")."""
    nl = text.index("\n", pos, end)
    close = text.find(")", nl, end)
    return close if text[nl + 1 : nl + 2] == "(" and close > 0 else nl


# A short plate right after the vehicle word ("vehicle 084S", "car 7731K"): one group of
# four, three digits and a letter (an engine's "V8" or "4WD" has fewer digits).
_SHORT_PLATE = fast_regex.compile(r"(?=[A-Z]*\d[A-Z]*\d[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4}")


def _short_plate(text: str, pos: int, group: Any) -> bool:
    return text[pos : group.start()] in (" ", "") and (
        _SHORT_PLATE.fullmatch(group.group()) is not None
        and text[group.end() : group.end() + 1] not in ("-", ".", "/")
    )


# Words that also name other registrations ("GMC registration", "asset tag"): a number
# after them keeps the kind another rule gives it.
_SHARED_WORDS = frozenset({"reg", "reg.", "regn", "registration", "tag", "tags", "rej", "rej."})


# "plates AB12 CDE and XY34 ZZZ", "Kennzeichen B-AB 1234 / B-CD 5678": a list of plates.
_NEXT = fast_regex.compile(r"[ ]?(?:[,/&+(–-]|and|und|et|y|e|i)[ ]?")
_AND = fast_regex.compile(r"[ ]?(?:,|/|&|\+|and|or|und|oder|et|ou|y|o|e|i|ve|và|og|en)[ ]")


def _plates_after_words(text: str, words: set[str]) -> list[Span]:
    if words.isdisjoint(_PLATE_GATE) and not any(w in text for w in PLATE_WORDS_CJK):
        return []
    spans: list[Span] = []
    for m in _PLATE_WORD.finditer(text):
        score = 0.6 if m.group().casefold() in _SHARED_WORDS else 0.7
        span = _plate_after(text, m.end(), strict=False)
        while span is not None and len(spans) < 64:
            spans.append(Span(span.start, span.end, KIND, span.rule, score))
            more = _AND.match(text, span.end)
            span = _plate_after(text, more.end(), strict=False) if more else None
            if span is not None and more is not None and span.start != more.end():
                span = None  # the next plate follows the "and" at once
    return spans


def _plates_after_vehicles(text: str, words: set[str]) -> list[Span]:
    """A plate-like run (a digit and a letter, five characters or more) shortly after a
    vehicle word or a make; only texts that hold one are searched."""
    if words.isdisjoint(_VEHICLE_GATE):
        return []
    spans: list[Span] = []
    for m in _VEHICLE_WORD.finditer(text):
        word = m.group().casefold()
        span = _plate_after(text, m.end(), strict=True, skip_model=word in _MAKES)
        plural = word in _PLURAL_VEHICLES
        while span is not None and len(spans) < 64:
            spans.append(Span(span.start, span.end, KIND, "plate_after_vehicle", 0.6))
            span = _next_listed_plate(text, span.end) if plural else None
    return spans


# Vehicle words in the plural: a list of plates may follow ("vehicles AB12 CDE, XY34 ZZZ").
_PLURAL_VEHICLES: Final = frozenset(
    word_list(
        """
    vehicles cars vans trucks lorries motorcycles motorbikes fahrzeuge autos pkw voitures
    véhicules vehicules coches vehículos vehiculos veicoli voertuigen pojazdy samochody vehs
    """
    )
)


# The end of a list's item: a comma, "and", the sentence's or the line's end.
_ITEM_END = fast_regex.compile(r"[ \t]*(?:[,;)]|\.(?!\w)|\n|$|(?:and|or|und|et|y)[ ])")


def _next_listed_plate(text: str, end: int) -> Span | None:
    """The next plate of a list after a vehicle word's plate ("vehicles RHS-233, 0-24975"):
    right after the "," or "and", read as after a plate word (a plate's other shapes, digits
    alone among them), and the whole item ("vehicles AB12 CDE, 45000 miles" stays)."""
    more = _AND.match(text, end)
    if more is None:
        return None
    span = _plate_after(text, more.end(), strict=False)
    if span is None or span.start != more.end() or not _ITEM_END.match(text, span.end):
        return None
    return span


_RU = "АВЕКМНОРСТУХ"
_CN = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领警学港澳"
# Plate formats distinctive enough to mask with no word before them.
BARE_PLATE = fast_regex.compile(
    # Led by a look-ahead at a character class: `re` skips ahead fast (5x `regex` here).
    rf"(?=[A-ZÄÖÜ0-9{_RU}\u4e00-\u9fff])(?:(?<![\w·-])(?:"
    r"[A-Z]{2}\d{2}[ ]?[A-Z]{3}"  # GB: AB12 CDE
    # GB suffix plates (ABC 12E, 1963-83): the area letters never I, Q or Z, the year
    # letter never I, O, Q, U or Z; the years D, H, M, S, W, Y are left out, as "ICU 24H",
    # "ABC 30D" read as hours and days more often than as plates
    r"|[A-Z][A-HJ-PR-Y]{2}[ ]?\d{1,3}[A-CE-GJ-LNPR-TVX]"
    r"|(?:0[1-9]|[1-7]\d|8[01])[ ][A-PR-VYZ]{3}[ ]\d{2,3}"  # TR: 34 ABC 123 (province 01-81)
    r"|[A-Z]{2}-\d{3}-[A-Z]{2}"  # FR (SIV): AB-123-CD
    r"|[A-Z]{2}[ ]?\d{3}[ ]?[A-Z]{2}"  # IT: AB 123 CD
    r"|\d{1,2}-[A-Z]{3}-\d{1,3}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}"  # NL, BE side codes
    r"|[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}"  # NL, PT
    r"|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}"  # NL, PT
    r"|[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}"  # IN: MH 12 AB 1234
    r"|\d{2}[A-Z][A-Z0-9]?-\d{3}\.\d{2}|\d{2}[A-Z]\d?-\d{4,5}"  # VN: 51F-123.45, 30A-12345
    rf"|[{_RU}][ ]?\d{{3}}[ ]?[{_RU}]{{2}}[ ]?\d{{2,3}}"  # RU: А123ВС 77
    r"|[A-Z]{3}\d[A-Z]\d{2}"  # BR, AR (Mercosul): ABC1D23
    r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]\d{1,4}[EH]?"  # DE: B-AB 1234
    r"|\d{2,3}[가-힣][ ]?\d{4}"  # KR: 12가 3456
    # AT: the district's letters, a hyphen for the arms, number and letters ("SK-813 Y",
    # "W-12345 AB"); not a marker and its unit ("CA-125 U/mL")
    r"|[A-Z]{1,2}-\d{2,5}[ ]?[A-Z]{1,3}(?![\w·/-])"
    # HR, RS, BA: district, number, hyphen, letters ("ZG 1234-AB", "BG 123-AB")
    r"|[A-ZČĆŠŽĐ]{2}[ -]\d{3,4}-[A-ZČĆŠŽĐ]{1,2}"
    r"|[A-Z]{2}-\d{3}[ ]?[A-Z]{2}"  # SK: BA-123AB (the IT shape without the hyphen)
    r"|[A-Z]{2}[ ]\d{2}[ ]\d{3}"  # DK: AB 12 345
    r"|\d[A-Z][A-Z0-9][ ]\d{4}"  # CZ: 1A2 3456, 5AB 1234
    r"|[ABEKMHOPCTYX]{1,2}[ ]\d{4}[ ][ABEKMHOPCTYX]{2}"  # BG (Latin look-alikes): CA 1234 AB
    r")(?![\w·-])"
    # Chinese and Japanese plates: those scripts put no space between words.
    rf"|(?<![A-Za-z0-9])(?:[{_CN}][A-Z][·・ -]?[A-Z0-9]{{5,6}}"  # CN: 京A·12345
    r"|[\u4e00-\u9fff]{1,4}[ ]?\d{2,3}[ ]?[\u3041-\u3096][ ]?(?:\d{1,2}-\d{2}|[・.]{0,3}\d{1,4})"
    r")(?![A-Za-z0-9]))",
    word_led=True,
)


# German compounds whose last part is "vehicle" ("Unfallfahrzeug", "Tatfahrzeug",
# "Fluchtfahrzeug", "Dienstfahrzeug"): vehicle words `_VEHICLE_WORD`'s boundaries miss.
_FAHRZEUG = fast_regex.compile(r"(?<=[^\W\d_])(?i:fahrzeug|fahrzeuge|fahrzeugs)(?![^\W\d_])")
# A plate with the distinguishing sign of its country after it in brackets (the Vienna
# Convention on Road Traffic, 1968, Annex 3; a police report's "CUF 364 (S)").
_SIGNS = word_list(
    """
    A AL AND ARM AUS AZ B BG BIH BY CDN CH CY CZ D DK DZ E EST F FIN FL GB GBA GBG GBJ GBM
    GBZ GE GR H HR I IL IRL IS J L LT LV M MA MC MD MK MNE N NL NZ P PL RO RSM RUS S SK SLO
    SRB TN TR UA USA V ZA
    """
)
_SIGN_AFTER = fast_regex.compile(
    r"(?<![\w-])(?P<p>[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){1,2})[ ]?\((?:"
    + "|".join(sorted(_SIGNS, key=len, reverse=True))
    + r")\)"
)


# An emergency service's vehicle by its unit or call sign ("Unit HAM 719", "call sign
# ABC 123"): a plate of letters then digits right after the word, in the dateless series
# Sweden, Lithuania, Finland, Canada and the UK's 1903-63 plates share ("ABC 123",
# "ABC-123", "KX 4471"). "Unit 4B", "Unit 12 ICU" (a ward, a flat) lead with digits;
# "10 unit SC" is a dose.
_FLEET_PLATE = fast_regex.compile(
    r"(?<![^\W\d_])(?<!\d[ ])(?i:unit|call[ -]?sign|fleet[ ](?:no\.?|number)|appliance)"
    r"[ \t]?[:#]?[ \t]?(?P<p>[A-Z]{2,3}[ -]?\d{3,4}[A-Z]?)(?![\w/-])"
)
_FLEET_GATE = frozenset({"unit", "call", "callsign", "fleet", "appliance"})
# A crash report numbers the vehicles it involves ("Unit 1", "Unit 2", as US police
# crash reports (MMUCC) call each motor vehicle) and writes each one's plate in brackets
# after its number ("Unit 2 (7ABC123)", "Unit 1 (4XYZ552, VIN ...)"): letters and digits,
# five to eight, two digits or more.
_UNIT_NUMBER_PLATE = fast_regex.compile(
    r"(?<![^\W\d_])(?i:unit|vehicle|veh)[ ]?#?\d{1,2}[ ]?\("
    r"(?P<p>(?=[A-Z0-9 -]{0,9}[A-Z])[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4})?)(?=[,;/)]|[ ]-)"
)


_UNIT_NUMBER_GATE = frozenset({"unit", "vehicle", "veh"})


def _unit_number_plates(text: str) -> list[Span]:
    spans = []
    for m in _UNIT_NUMBER_PLATE.finditer(text):
        plate = m["p"]
        alnum = [c for c in plate if c.isalnum()]
        if 5 <= len(alnum) <= 8 and sum(c.isdigit() for c in alnum) >= 2:
            spans.append(Span(m.start("p"), m.end("p"), KIND, "plate_after_unit_number", 0.6))
    return spans


# A driving verb says the run after it is the vehicle the person drove: a witness's "drove
# away in ABC-123", "sped off in 333-GOS", "fled in a red Golf, AB12 CDE", and the same
# in the languages of the plate words ("fuhr davon mit", "s'est enfui à bord de", "huyó
# en", "fugiu em"). Read as after a vehicle word: a plate of five characters or more,
# letters and two digits or more, in the same sentence and line ("drove 150 km" is a
# distance). ("drive" is a street type and "driving" a licence's word: neither.)
_DRIVING_WORDS: Final = word_list(
    """
    drove fled sped speeding reversed parked getaway made_off took_off driven_off
    fuhr flüchtete flüchteten enfui enfuie enfuit huyó huyeron fugiu fugiram fuggito
    fuggita odjechał odjechała uciekł uciekła
    """
)
_DRIVING = fast_regex.compile(
    rf"(?<![^\W\d_])(?i:{trie_pattern(sorted(w.replace('_', ' ') for w in _DRIVING_WORDS))})"
    r"(?![^\W\d_])",
    word_led=True,
)
_DRIVING_GATE = _gate(_DRIVING_WORDS)
# ... not a flight, a train, a bus route or a road after the verb ("drove in on flight BA
# 2490", "drove to the M25 J10": a road's letter and number, as the UK, Ireland, France
# and Germany number theirs, and a junction).
_NOT_A_PLATE_BEFORE = fast_regex.compile(
    r"(?i:(?<![^\W\d_])(?:flight|flt|train|bus|route|road|junction|exit|gate|terminal|"
    r"platform|ward|room|bed|bay)\.?[ \t]?[#:]?[ \t]?)$"
)
_ROAD = fast_regex.compile(r"[AMBNDE]\d{1,4}[ ](?:J\d{1,3}|jct)", re.IGNORECASE)


def _plates_by_compound_or_sign(text: str, words: set[str]) -> list[Span]:
    spans = []
    if not words.isdisjoint(_DRIVING_GATE):
        for m in _DRIVING.finditer(text):
            span = _plate_after(text, m.end(), strict=True)
            if (
                span is not None
                and _NOT_A_PLATE_BEFORE.search(text, max(0, span.start - 16), span.start) is None
                and _ROAD.match(text, span.start, span.end) is None
                # a make or a vehicle word on the way is that rule's ("drove a BMW 320d")
                and _VEHICLE_WORD.search(text, m.end(), span.end) is None
            ):
                spans.append(Span(span.start, span.end, KIND, "plate_after_driving", 0.6))
    if not words.isdisjoint(_FLEET_GATE):
        spans += [
            Span(m.start("p"), m.end("p"), KIND, "plate_after_unit", 0.6)
            for m in _FLEET_PLATE.finditer(text)
        ]
    if "(" in text and not words.isdisjoint(_UNIT_NUMBER_GATE):
        spans += _unit_number_plates(text)
    if "ahrzeug" in text:
        for m in _FAHRZEUG.finditer(text):
            if (span := _plate_after(text, m.end(), strict=True)) is not None:
                spans.append(Span(span.start, span.end, KIND, "plate_after_vehicle", 0.6))
    if "(" in text:
        for m in _SIGN_AFTER.finditer(text):
            plate = m["p"]
            alnum = [c for c in plate if c.isalnum()]
            if len(alnum) >= 5 and _has_digit(plate) and any(c.isalpha() for c in plate):
                spans.append(Span(m.start("p"), m.end("p"), KIND, "plate_with_sign", 0.6))
    return spans


# A strength glued to its unit after a drug's release letters ("ER 500MG", "XR 750MG",
# "SR 200MG", "CR 25MG"): the Italian plate's shape "AB 123CD" read on a label.
_DOSE_TAIL = fast_regex.compile(r"\d(?:MG|ML|MCG|UG|IU|KG)$")


def _bare_plates(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), KIND, "plate_format", 0.6)
        for m in BARE_PLATE.finditer(text)
        if _DOSE_TAIL.search(m.group()) is None
    ]


_VIN_CHARS = "A-HJ-NPR-Za-hj-npr-z0-9"
# A VIN written whole, in capitals or lower case: 17 characters, digits and letters mixed.
BARE_VIN = fast_regex.compile(
    rf"(?<![^\W_])(?=[{_VIN_CHARS}]{{0,16}}\d)(?=[{_VIN_CHARS}]{{0,16}}[A-Za-z])"
    rf"[{_VIN_CHARS}]{{17}}(?![^\W_])"
)
_VIN_RUN = fast_regex.compile(rf"[{_VIN_CHARS}]{{17}}", word_led=True)  # first look
# A VIN in groups (WMI VDS VIS: "1HG CM8263 3A004352", or fours): capitals and digits
# whose groups after the first hold a digit; 17 together.
GROUPED_VIN = fast_regex.compile(
    r"(?=[A-HJ-NPR-Z0-9])(?<![^\W_])[A-HJ-NPR-Z0-9]{2,9}(?:[ -][A-HJ-NPR-Z0-9]{1,9}){1,4}"
    r"(?![^\W_]|-\w)",
    word_led=True,
)
_VIN_GROUPS = fast_regex.compile(r"[^\W_]+")


# The groupings VINs are printed in: maker, descriptor, serial section (3-6-8, 3-5-1-8)
# and fours; any other grouping needs a digit in every group after the first.
_VIN_GROUPINGS = frozenset({(3, 6, 8), (3, 5, 1, 8), (4, 4, 4, 4, 1), (4, 4, 4, 5)})


def _grouped_vin(value: str) -> bool:
    groups = _VIN_GROUPS.findall(value)
    compact = "".join(groups)
    if len(compact) != 17 or sum(c.isdigit() for c in compact) < 3:
        return False
    if tuple(len(g) for g in groups) in _VIN_GROUPINGS:
        return sum(c.isdigit() for c in compact[-8:]) >= 3  # the serial section
    return all(_has_digit(g) for g in groups[1:]) and (len(groups[0]) <= 4 or _has_digit(groups[0]))


_VIN_VALUE = fast_regex.compile(r"[^\W_]{1,17}(?:[ -][^\W_]{1,17}){0,6}")
# (a filler word ends where a letter or a digit does not follow: "veh: DE0 2441" is a
# plate that starts with "DE", no "de")
_FILLER = fast_regex.compile(
    r"(?:[\s:#=.(|–,-]|(?i:no|nr|n[°º]?|number|num|nummer|numer|numéro|número|numero|is|was"
    r"|of|code|de|du|do|del|di|the|car's|vehicle|xe|số|kód)(?![^\W_])){0,12}"
)


def _vin_after(text: str, pos: int) -> Span | None:
    """A VIN after a VIN word: groups of letters and digits, 11 to 17 together."""
    f = _FILLER.match(text, pos, min(len(text), pos + 60))
    start = f.end() if f is not None else pos
    if "\n\n" in text[pos:start]:
        return None
    v = _VIN_VALUE.match(text, start, min(len(text), start + 60))
    if v is None:
        return None
    total = 0
    end = v.start()
    for i, g in enumerate(_VIN_GROUPS.finditer(v.group())):
        word = g.group()
        if (i and not (_has_digit(word) or word.isupper())) or total + len(word) > 17:
            break
        total += len(word)
        end = v.start() + g.end()
    value = text[v.start() : end]
    digits = sum(c.isdigit() for c in value)
    if 11 <= total <= 17 and digits >= 2 and total - digits >= 1:
        return Span(v.start(), end, KIND, "vin_after_word", 0.8)
    return None


def find_vins(text: str, words: set[str] | None = None) -> list[Span]:
    """VINs after a VIN word (grouped, lower case or short), written whole anywhere, and
    in groups of capitals anywhere."""
    if words is None:
        words = set(_LETTER_RUN.findall(text.casefold()))
    spans = (
        [Span(m.start(), m.end(), KIND, "vin_shape", 0.7) for m in BARE_VIN.finditer(text)]
        if _VIN_RUN.search(text)
        else []
    )
    spans += [
        Span(m.start(), m.end(), KIND, "vin_grouped", 0.7)
        for m in GROUPED_VIN.finditer(text)
        if _grouped_vin(m.group())
    ]
    if words.isdisjoint(_VIN_GATE) and not any(w in text for w in VIN_WORDS_CJK):
        return spans
    for m in _VIN_WORD.finditer(text):
        span = _vin_after(text, m.end())
        if span is not None:
            spans.append(span)
    return spans


def find_vehicles(text: str) -> list[Span]:
    """Plates (after a plate word, after a vehicle word, or in a distinctive format) and
    VINs."""
    words = set(_LETTER_RUN.findall(text.casefold()))
    vins = find_vins(text, words)
    # A VIN is a vehicle word too: "VIN 1HGCM82633A004352 / 9122 GPH".
    after_vins = [
        (m.end(), _plate_after(text, m.end(), strict=True))
        for v in vins
        if (m := _NEXT.match(text, v.end))
    ]
    return [
        *_plates_after_words(text, words),
        *_plates_after_vehicles(text, words),
        *_bare_plates(text),
        *_plates_by_compound_or_sign(text, words),
        *vins,
        *(
            Span(p.start, p.end, KIND, "plate_after_vin", 0.6)
            for at, p in after_vins
            if p is not None and p.start == at  # right after it: "VIN … / 9122 GPH"
        ),
    ]
