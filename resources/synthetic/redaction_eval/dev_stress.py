"""A DEV-side stress set: short labelled documents that widen the development split along
the classes where redaction generalised worst (dates, ages over 89, addresses, plates and
licences, names), drawn from every Latin-script Faker locale that has the providers.

Variety comes from sources outside app/redaction: Faker's own localised month and weekday
names (its date_time providers), Faker's addresses, names and plates per locale, and the
date, age and context forms below, written from the classes (numeric dates with / - . and
spaces, 2- and 4-digit years, ordinal and apostrophe years, weekdays; ages in words and
in other languages). It is tuned on like the DEV split; it is not a held-out set.
"""

from __future__ import annotations

import functools
import random
from datetime import date, timedelta

from faker import Faker
from faker.decode import unidecode

from resources.synthetic.redaction_eval.dev_addresses import address_corpus
from resources.synthetic.redaction_eval.kinds import DocBuilder, Entity, LabelledDoc

# Latin-script locales whose Faker has person and address providers (and most, plates).
LOCALES = (
    "en_US", "en_GB", "en_IE", "en_CA", "en_AU", "en_NZ", "en_IN", "en_PH", "en_NG",
    "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CA", "fr_CH", "fr_BE", "es_ES", "es_MX", "es_AR",
    "es_CO", "es_CL", "it_IT", "nl_NL", "nl_BE", "pl_PL", "pt_BR", "pt_PT", "tr_TR", "vi_VN",
    "cs_CZ", "sk_SK", "ro_RO", "sv_SE", "da_DK", "no_NO", "fi_FI", "hu_HU", "hr_HR", "sl_SI",
    "et_EE", "lt_LT", "lv_LV", "id_ID", "fil_PH", "az_AZ", "sq_AL", "ga_IE",
)  # fmt: skip
# Month and weekday names Faker's date_time provider does not localise for these languages.
_OWN_MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november "
    "detsember",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
    "lapkričio gruodžio",
    "lv": "janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris "
    "novembris decembris",
}
# (language tag, Faker locale that localises its month names)
_MONTH_SOURCE = {
    "en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL",
    "pl": "pl_PL", "pt": "pt_BR", "tr": "tr_TR", "cs": "cs_CZ", "sk": "sk_SK", "ro": "ro_RO",
    "da": "da_DK", "no": "no_NO", "hu": "hu_HU", "hr": "hr_HR", "sl": "sl_SI", "id": "id_ID",
    "fil": "fil_PH", "az": "az_AZ", "vi": "vi_VN",
}  # fmt: skip
# Context words before a date of birth or a visit, by language.
_DATE_CUES = {
    "en": ("DOB:", "D.O.B.", "Date of birth:", "born", "Born on", "admitted", "discharged on",
           "seen on", "Visit date:", "Date of admission:", "dob", "d.o.b", "Appointment:"),
    "de": ("Geburtsdatum:", "geboren am", "geb.", "aufgenommen am", "entlassen am", "Termin:"),
    "fr": ("né le", "née le", "Date de naissance :", "admis le", "sortie le", "vu le"),
    "es": ("fecha de nacimiento:", "nacido el", "ingresó el", "alta el", "visita:"),
    "it": ("data di nascita:", "nato il", "nata il", "ricoverato il", "dimesso il"),
    "nl": ("geboortedatum:", "geboren op", "opgenomen op", "ontslagen op"),
    "pl": ("data urodzenia:", "urodzony", "ur.", "przyjęty", "wypisany"),
    "pt": ("data de nascimento:", "nascido em", "internado em", "alta em"),
    "tr": ("doğum tarihi:", "yatış tarihi:", "taburcu:"),
    "cs": ("datum narození:", "narozen", "přijat dne"),
    "sk": ("dátum narodenia:", "narodený"),
    "ro": ("data nașterii:", "născut la", "internat la"),
    "sv": ("födelsedatum:", "född", "inlagd"),
    "da": ("fødselsdato:", "født", "indlagt"),
    "no": ("fødselsdato:", "født", "innlagt"),
    "fi": ("syntymäaika:", "syntynyt", "otettu sisään"),
    "hu": ("születési dátum:", "született", "felvétel:"),
    "vi": ("ngày sinh:", "sinh", "nhập viện"),
}  # fmt: skip
_PLATE_CUES = (
    "plate", "reg. plate", "registration", "licence plate", "license plate no.", "Kennzeichen",
    "immatriculation", "matrícula", "targa", "rejestracja", "nr rej.", "kenteken", "placa",
    "plaka", "SPZ", "registreringsnummer", "reg.nr.", "rekisterinumero", "rendszám",
    "număr de înmatriculare", "biển số",
)  # fmt: skip
_LICENCE_CUES = (
    "driving licence", "driver's license", "DL#", "DL no.", "licence number", "Führerschein",
    "Führerscheinnummer", "permis de conduire", "licencia de conducir", "carnet de conducir",
    "patente", "patente di guida", "prawo jazdy", "rijbewijs", "CNH", "carta de condução",
    "ehliyet", "körkort", "kørekort", "førerkort", "ajokortti", "jogosítvány",
    "řidičský průkaz", "permis de conducere", "medical licence", "state license",
    "registration no.", "GMC number", "licence",
)  # fmt: skip
_LICENCE_SHAPES = (
    "?#######", "??######", "#########", "?###-###-##-###-#", "??-###-###", "########??",
    "?##-##-####", "###?###", "?-####-#####", "##-##-######", "?########?", "#### ####",
    "??? ######", "?.###.###",
)  # fmt: skip
_SIGNOFFS = (
    "Kind regards,", "Best,", "Thanks,", "Mit freundlichen Grüßen", "Viele Grüße,",
    "Cordialement,", "Bien à vous,", "Saludos,", "Atentamente,", "Cordiali saluti,",
    "Pozdrawiam,", "Z poważaniem,", "Met vriendelijke groet,", "Atenciosamente,",
    "Saygılarımla,", "Trân trọng,", "S pozdravem,", "Cu stimă,", "Med vänliga hälsningar,",
    "Med venlig hilsen,", "Med vennlig hilsen,", "Ystävällisin terveisin,", "Üdvözlettel,",
    "Lp,", "S poštovanjem,",
)  # fmt: skip
_ROLE_CUES = (
    "Patient:", "Name:", "Next of kin:", "emergency contact", "Referred by", "Ansprechpartner:",
    "Patientin", "Nom :", "Personne à prévenir :", "Paciente:", "Nombre:", "Paziente:",
    "Nome:", "Naam:", "Pacjent:", "Imię i nazwisko:", "Hasta:", "Adı Soyadı:", "Họ tên:",
    "Pacient:", "Jméno:", "Namn:", "Navn:", "Nimi:", "Név:", "Beteg:", "contact person",
)  # fmt: skip
_PO_BOX = (
    "PO Box {n}", "P.O. Box {n}", "Postfach {n}", "BP {n}", "Boîte postale {n}",
    "Apartado {n}", "Apartado de correos {n}", "Casella postale {n}", "Postbus {n}",
    "Skrytka pocztowa {n}", "Caixa Postal {n}", "Posta kutusu {n}", "Box {n}",
    "Postboks {n}", "PL {n}", "Pf. {n}", "P.O.B. {n}", "Căsuța poștală {n}",
)  # fmt: skip
_KEEP = (
    "chest pain", "metformin 500 mg twice daily", "on Monday", "in 2019", "for 3 days",
    "follow-up in 6 weeks", "blood pressure 130/80", "type 2 diabetes", "Tuesday morning",
    "since 2015", "amoxicillin", "every 2 weeks", "Dr", "the next day",
)  # fmt: skip


@functools.cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


@functools.cache
def months(lang: str) -> tuple[str, ...]:
    if lang in _OWN_MONTHS:
        return tuple(_OWN_MONTHS[lang].split())
    f = _faker(_MONTH_SOURCE[lang])
    provider = f.provider("faker.providers.date_time")
    names = getattr(provider, "MONTH_NAMES", None)
    if isinstance(names, dict):
        return tuple(str(names[f"{i:02d}"]) for i in range(1, 13))
    return tuple(date(2000, i, 1).strftime("%B") for i in range(1, 13))


@functools.cache
def weekdays(lang: str) -> tuple[str, ...]:
    source = _MONTH_SOURCE.get(lang, "en_US")
    provider = _faker(source).provider("faker.providers.date_time")
    names = getattr(provider, "DAY_NAMES", None)
    if isinstance(names, dict):
        return tuple(str(names[str(i)]) for i in range(7))
    return ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def lang_of(locale: str) -> str:
    lang = locale.split("_", maxsplit=1)[0]
    return lang if lang in _MONTH_SOURCE or lang in _OWN_MONTHS else "en"


def _ordinal(n: int) -> str:
    if 10 < n % 100 < 14:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def a_date(rng: random.Random, lang: str) -> str:
    """One date in a numeric or written form of `lang` (or of English)."""
    day = date(1920, 1, 1) + timedelta(days=rng.randint(0, 38000))
    d, m, y, yy = day.day, day.month, day.year, day.year % 100
    if rng.random() < 0.45:  # numeric, any language
        sep = rng.choice(["/", "-", ".", " ", ". "])
        year = str(y) if rng.random() < 0.7 else f"{yy:02d}"
        dd, mm = (f"{d:02d}", f"{m:02d}") if rng.random() < 0.6 else (str(d), str(m))
        return rng.choice(
            [
                f"{dd}{sep}{mm}{sep}{year}",
                f"{mm}{sep}{dd}{sep}{year}",
                f"{y}-{m:02d}-{d:02d}",
                f"{y}/{m:02d}/{d:02d}",
                f"{y}.{m:02d}.{d:02d}.",
                f"{dd}.{mm}.{year}",
            ]
        )
    names = months(lang if rng.random() < 0.7 else "en")
    month = names[m - 1]
    if rng.random() < 0.3:
        month = month.lower() if lang != "en" else month
    short = month[:3]
    wd = weekdays(lang)[(day.weekday() + 1) % 7]
    forms = [
        f"{d} {month} {y}",
        f"{month} {d}, {y}",
        f"{d}. {month} {y}",
        f"{d}-{short}-{y}",
        f"{d:02d}-{short.title()}-{y}",
        f"{d} {short} '{yy:02d}",
        f"{short}. {d}, {y}",
        f"{d}{short.upper()}{y}",
        f"{wd}, {d} {month} {y}",
        f"{wd} {month} {d}, {y}",
    ]
    if lang == "en" or names is months("en"):
        forms += [f"{_ordinal(d)} of {month} {y}", f"the {_ordinal(d)} of {month}, {y}"]
    if lang in ("es", "pt"):
        forms += [f"{d} de {month} de {y}"]
    if lang == "vi":
        forms += [f"ngày {d} tháng {m} năm {y}", f"{d} tháng {m}, {y}"]
    if lang == "hu":
        forms += [f"{y}. {month} {d}.", f"{y}. {month} {d}-én"]
    if lang in ("cs", "sk", "sl", "hr", "da", "no", "de", "fi"):
        forms += [f"{d}. {month} {y}"]
    return rng.choice(forms)


def an_age(rng: random.Random) -> tuple[str, str, str]:
    """(before, age, after): an age over 89 in a common written form."""
    a = str(rng.randint(90, 109))
    return rng.choice(
        [
            ("aged ", a, ""),
            ("", a, "-year-old"),
            ("", a, " y/o"),
            ("", a, "yo"),
            ("", a, " yrs"),
            ("age: ", a, ""),
            ("Age ", a, ""),
            ("(", a, ")"),
            ("", a, " years of age"),
            ("", a, " years old"),
            ("", a, "-yr-old"),
            ("", a, " Jahre alt"),
            ("", a, " ans"),
            ("", a, " años"),
            ("", a, " anni"),
            ("", a, " lat"),
            ("", a, " jaar"),
            ("", a, " anos"),
            ("", a, " yaşında"),
            ("", a, " let"),
            ("", a, " år"),
            ("", a, " vuotta"),
            ("", a, " éves"),
            ("", a, " de ani"),
            ("", a, " tuổi"),
            ("Alter: ", a, ""),
            ("âgé de ", a, " ans"),
            ("edad: ", a, ""),
            ("wiek: ", a, ""),
            ("", a, "y"),
            ("", a, " y.o."),
        ]
    )


def _person(rng: random.Random, f: Faker) -> tuple[str, str]:
    return str(f.first_name()).strip(), str(f.last_name()).strip()


def _address(rng: random.Random, f: Faker) -> str:
    raw = str(f.address()).strip()
    lines = [x.strip() for x in raw.splitlines() if x.strip()]
    return "\n".join(lines) if rng.random() < 0.3 else ", ".join(lines)


def _plate(f: Faker) -> str:
    try:
        return str(f.license_plate())
    except AttributeError:
        return str(_faker("en_US").license_plate())


def render(seed: int) -> LabelledDoc:
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data
    locale = LOCALES[seed % len(LOCALES)]
    lang = lang_of(locale)
    f = _faker(locale)
    f.seed_instance(seed)
    doc = DocBuilder()
    first, last = _person(rng, f)
    first2, last2 = _person(rng, f)
    layout = seed % 5
    if layout == 0:  # clinical note with dates, age, address
        doc.text(f"{rng.choice(_ROLE_CUES)} ")
        doc.entity(f"{first} {last}", "PERSON", "person1")
        doc.text(f"\n{rng.choice(_DATE_CUES.get(lang, _DATE_CUES['en']))} ")
        doc.entity(a_date(rng, lang), "DATE", "dob")
        before, age, after = an_age(rng)
        doc.text(f"\nPatient is {before}")
        doc.entity(age, "AGE", "age1")
        doc.text(f"{after}, presented with ")
        doc.kept(rng.choice(_KEEP))
        doc.text(f".\n{rng.choice(_DATE_CUES['en'])} ")
        doc.entity(a_date(rng, lang), "DATE", "date1")
        doc.text(". Address:\n")
        doc.entity(_address(rng, f), "ADDRESS", "addr1")
        doc.text("\n")
    elif layout == 1:  # letter with sign-off, title + surname, PO box
        doc.text(f"Dear {rng.choice(['Mr', 'Ms', 'Dr', 'Mrs', 'Herr', 'Frau', 'Mme', 'Sr.'])} ")
        doc.entity(last, "PERSON", "person1")
        doc.text(",\nthank you for the visit on ")
        doc.entity(a_date(rng, lang), "DATE", "date1")
        doc.text(". ")
        doc.entity(last, "PERSON", "person1")
        doc.text(" said the ")
        doc.kept(rng.choice(_KEEP))
        doc.text(" had settled. Please reply to ")
        doc.entity(rng.choice(_PO_BOX).format(n=rng.randint(1, 9999)), "ADDRESS", "pobox")
        doc.text(f".\n\n{rng.choice(_SIGNOFFS)}\n")
        doc.entity(f"{first2} {last2}", "PERSON", "person2")
        doc.text("\n")
    elif layout == 2:  # vehicle and licence record
        doc.text("Incident report. Driver ")
        doc.entity(f"{first} {last}", "PERSON", "person1")
        doc.text(f", {rng.choice(_LICENCE_CUES)} ")
        doc.entity(f.bothify(rng.choice(_LICENCE_SHAPES)).upper(), "LICENCE", "licence1")
        doc.text(f", {rng.choice(_PLATE_CUES)}: ")
        doc.entity(_plate(f), "VEHICLE", "plate1")
        doc.text(f". Occurred {rng.choice(['on', 'am', 'le', 'el', 'il'])} ")
        doc.entity(a_date(rng, lang), "DATE", "date1")
        doc.text(" near ")
        doc.entity(_address(rng, f).replace("\n", ", "), "ADDRESS", "addr1")
        doc.text(". Damage ")
        doc.kept(rng.choice(_KEEP))
        doc.text(".\n")
    elif layout == 3:  # chat in lower case
        handle = unidecode(first).lower()
        doc.text("[09:14] agent: hi, who am i speaking with?\n[09:15] ")
        doc.entity(handle, "PERSON", "person1")
        doc.text(": this is ")
        doc.entity(f"{first} {last}".lower(), "PERSON", "person1")
        doc.text(", my dob is ")
        doc.entity(a_date(rng, lang), "DATE", "dob")
        doc.text("\n[09:16] agent: thanks, and your plate? \n[09:16] ")
        doc.entity(handle, "PERSON", "person1")
        doc.text(": ")
        doc.entity(_plate(f), "VEHICLE", "plate1")
        doc.text(", my mother is ")
        before, age, after = an_age(rng)
        doc.text(before)
        doc.entity(age, "AGE", "age1")
        doc.text(f"{after} and lives at ")
        doc.entity(_address(rng, f).replace("\n", ", "), "ADDRESS", "addr1")
        doc.text("\n[09:17] agent: noted, ")
        doc.kept(rng.choice(_KEEP))
        doc.text("\n")
    else:  # HR form
        doc.text("Employee: ")
        doc.entity(f"{last.upper()}, {first}", "PERSON", "person1")
        doc.text("\nLeave from ")
        doc.entity(a_date(rng, lang), "DATE", "date1")
        doc.text(" to ")
        doc.entity(a_date(rng, lang), "DATE", "date2")
        doc.text(f"\nManager: Mr {last2}. ")
        doc.entity(last2, "PERSON", "person2")
        doc.text(" approved; ")
        doc.kept(rng.choice(_KEEP))
        doc.text(".\nHome address:\n")
        doc.entity(_address(rng, f), "ADDRESS", "addr1")
        doc.text("\n")
    doc.entities = _relabel("".join(doc.parts), doc.entities, last2)
    return doc.labelled(
        f"stress-{layout}", seed, split="dev-stress", doc_type="stress", locale=locale
    )


def _relabel(text: str, entities: list[Entity], last2: str) -> list[Entity]:
    """The "Manager: Mr X." surname of the HR layout is a person mention too."""
    out = list(entities)
    i = text.find(f"Mr {last2}.")
    if i >= 0 and last2:
        out.append(Entity(i + 3, i + 3 + len(last2), "PERSON", "person2"))
    return sorted(out, key=lambda e: e.start)


def stress_corpus(n: int = 400, first_seed: int = 1) -> list[LabelledDoc]:
    """`n` stress documents (seed i: locale i mod the locale list, layout i mod 5), then
    `n` // 2 address documents (dev_addresses.py: addresses, towns, postcodes and
    coordinates written the way each country writes them)."""
    return [render(s) for s in range(first_seed, first_seed + n)] + address_corpus(
        n // 2, first_seed
    )
