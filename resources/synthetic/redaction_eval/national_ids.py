"""National identity, health and tax numbers of 55 countries, with valid check digits.

Each entry draws a number from Faker's provider for that country where it has one, else
from random digits, and keeps only numbers `python-stdnum` accepts (so check digits are
right wherever the scheme has them). The label is what a document calls the number.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker
from stdnum import ean, luhn, verhoeff
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cr import cpf as cr_cpf
from stdnum.cu import ni as cu_ni
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.do import cedula as do_cedula
from stdnum.ec import ci as ec_ci
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.ke import pin as ke_pin
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.mu import nid as mu_nid
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.nz import ird
from stdnum.pe import cui
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.sk import rc as sk_rc
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import itin
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

Draw = Callable[[Faker, random.Random], str]


@dataclass(frozen=True)
class NationalId:
    country: str  # ISO 3166 alpha-2
    labels: tuple[str, ...]  # what a document calls it ("PESEL", "NHS number", ...)
    locale: str  # Faker locale used to draw it
    draw: Draw
    valid: Callable[[str], bool]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _verhoeff_aadhaar(f: Faker, rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + digits(rng, 10)
    raw = body + verhoeff.calc_check_digit(body)
    return f"{raw[:4]} {raw[4:8]} {raw[8:]}"


def _nhs(f: Faker, rng: random.Random) -> str:
    raw = digits(rng, 10)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def _luhn_sin(f: Faker, rng: random.Random) -> str:
    body = str(rng.randint(1, 7)) + digits(rng, 7)
    raw = body + luhn.calc_check_digit(body)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def _pan(f: Faker, rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    return f"{letters}P{rng.choice(string.ascii_uppercase)}{digits(rng, 4)}{rng.choice('ABCDEFGH')}"


def _fi(f: Faker, rng: random.Random) -> str:
    return str(f.ssn())


def _cpr(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=95)
    return f"{d:%d%m%y}-{digits(rng, 4)}"


def _rc(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=60)
    month = d.month + (50 if rng.random() < 0.5 else 0)
    body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{digits(rng, 3)}"
    check = (int(body) % 11) % 10
    return f"{body[:6]}/{body[6:]}{check}"


def _ee(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=90)
    first = ("3" if rng.random() < 0.5 else "4") if d.year < 2000 else "5"
    body = f"{first}{d.year % 100:02d}{d.month:02d}{d.day:02d}{digits(rng, 3)}"
    return body + ik.calc_check_digit(body)


def _kr(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=20, maximum_age=80)
    sex = rng.choice("12") if d.year < 2000 else rng.choice("34")
    body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{sex}{digits(rng, 5)}"
    return f"{body[:6]}-{body[6:]}{rrn.calc_check_digit(body)}"


def _za(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=80)
    body = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{digits(rng, 4)}0{rng.choice('89')}"
    return body + luhn.calc_check_digit(body)


def _th(f: Faker, rng: random.Random) -> str:
    body = str(rng.randint(1, 8)) + digits(rng, 11)
    return body + pin.calc_check_digit(body)


def _il(f: Faker, rng: random.Random) -> str:
    body = digits(rng, 8)
    return body + luhn.calc_check_digit(body)


def _ie(f: Faker, rng: random.Random) -> str:
    return complete(digits(rng, 7), "ABCDEFGHIJKLMNOPQRSTUVW", ok(pps)) + rng.choice(["", "A"])


def _tfn(f: Faker, rng: random.Random) -> str:
    raw = digits(rng, 9)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def _at(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=90)
    body = digits(rng, 3)
    number = body + "0" + f"{d:%d%m%y}"
    number = number[:3] + vnr.calc_check_digit(number) + number[4:]
    return f"{number[:4]} {number[4:]}"


def _ch(f: Faker, rng: random.Random) -> str:
    body = "756" + digits(rng, 9)
    raw = body + ean.calc_check_digit(body)
    return f"{raw[:3]}.{raw[3:7]}.{raw[7:11]}.{raw[11:]}"


def _de(f: Faker, rng: random.Random) -> str:
    # Tax id: 11 digits, first not 0, one digit twice or thrice in the first ten.
    first = str(rng.randint(1, 9))
    pool = [d for d in string.digits if d != first]
    picked = rng.sample(pool, 8)
    body = first + "".join(picked) + rng.choice(picked)
    body = body[0] + "".join(rng.sample(body[1:], 9))
    return complete(body, string.digits, ok(idnr))


def _faker_ssn(f: Faker, rng: random.Random) -> str:
    return str(f.ssn())


def _curp(f: Faker, rng: random.Random) -> str:
    return str(f.curp())


def _cpf(f: Faker, rng: random.Random) -> str:
    return str(f.cpf())


def _nie(f: Faker, rng: random.Random) -> str:
    return str(f.nie())


def _nif_es(f: Faker, rng: random.Random) -> str:
    return str(f.nif())


def _nif_pt(f: Faker, rng: random.Random) -> str:
    return str(f.vat_id()).removeprefix("PT")


def _itin(f: Faker, rng: random.Random) -> str:
    return str(f.itin())


def _cn(f: Faker, rng: random.Random) -> str:
    return str(f.ssn())


# Countries added with held-out B (heldout_b_templates.py); appended after the others so
# the entries the DEV and held-out A splits draw from are unchanged.


def _bg(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=90)
    body = f"{d:%y%m%d}{digits(rng, 3)}"
    return body + egn.calc_check_digit(body)


def _si(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=90)
    body = f"{d:%d%m}{d.year % 1000:03d}50{digits(rng, 3)}"
    return body + emso.calc_check_digit(body)


def _cl(f: Faker, rng: random.Random) -> str:
    body = str(rng.randint(5_000_000, 25_999_999))
    return str(rut.format(body + rut.calc_check_digit(body)))


def _ar(f: Faker, rng: random.Random) -> str:
    body = rng.choice(["20", "23", "27"]) + digits(rng, 8)
    return str(cuit.format(body + cuit.calc_check_digit(body)))


def _hr(f: Faker, rng: random.Random) -> str:
    return complete(str(rng.randint(1, 9)) + digits(rng, 9), string.digits, ok(oib))


def _be(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=30, maximum_age=90)  # born before 2000
    body = f"{d:%y%m%d}{rng.randint(1, 997):03d}"
    check = 97 - int(body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"


def _is(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=30, maximum_age=90)  # century digit 9
    for _ in range(50):
        head = f"{d:%d%m%y}{digits(rng, 2)}"
        for c in string.digits:
            if kennitala.is_valid(head + c + "9"):
                return f"{head[:6]}-{head[6:]}{c}9"
    return head + "09"


def _lt(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=30, maximum_age=90)
    body = rng.choice("34") + f"{d:%y%m%d}" + digits(rng, 3)
    return complete(body, string.digits, ok(asmens))


# Countries added with held-out C (heldout_c_templates.py); appended after the others so
# the entries the DEV, held-out A and held-out B splits draw from are unchanged.


def _lv(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=90)
    century = "1" if d.year < 2000 else "2"
    body = complete(f"{d:%d%m%y}{century}{digits(rng, 3)}", string.digits, ok(pvn))
    return f"{body[:6]}-{body[6:]}"


def _ec(f: Faker, rng: random.Random) -> str:
    body = f"{rng.randint(1, 24):02d}{rng.randint(0, 5)}{digits(rng, 6)}"
    return complete(body, string.digits, ok(ec_ci))


def _pe(f: Faker, rng: random.Random) -> str:
    body = str(rng.randint(10_000_000, 79_999_999))
    return complete(body, string.digits + "ABCDEFGHIJK", ok(cui))


def _pk(f: Faker, rng: random.Random) -> str:
    body = f"{rng.randint(1, 7)}{digits(rng, 11)}{rng.randint(1, 9)}"
    return f"{body[:5]}-{body[5:12]}-{body[12:]}"


def _my(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=90)
    return f"{d:%y%m%d}-{rng.randint(1, 16):02d}-{digits(rng, 4)}"


def _nz(f: Faker, rng: random.Random) -> str:
    body = complete(str(rng.randint(10_000_001, 149_999_999)).zfill(8), string.digits, ok(ird))
    body = body.zfill(9)
    return f"{body[:3]}-{body[3:6]}-{body[6:]}"


def _id(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=90)
    day = d.day + (40 if rng.random() < 0.5 else 0)
    place = f"{rng.randint(11, 94):02d}{rng.randint(1, 79):02d}{rng.randint(1, 40):02d}"
    return f"{place}{day:02d}{d:%m%y}{rng.randint(1, 9999):04d}"


def _jp(f: Faker, rng: random.Random) -> str:
    raw = complete(digits(rng, 11), string.digits, ok(jp_in))
    return f"{raw[:4]} {raw[4:8]} {raw[8:]}"


def _ua(f: Faker, rng: random.Random) -> str:
    return complete(str(rng.randint(1, 4)) + digits(rng, 8), string.digits, ok(rntrc))


# Countries added with held-out D (heldout_d_templates.py); appended after the others so
# the entries the DEV and held-out A, B and C splits draw from are unchanged.


def _ru(f: Faker, rng: random.Random) -> str:
    body = str(rng.randint(10, 92)) + digits(rng, 8)  # two check digits follow
    for c in string.digits:
        for c2 in string.digits:
            if inn.is_valid(body + c + c2):
                return body + c + c2
    return body + "00"


def _cu(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=90)
    century = rng.choice("012345") if d.year < 2000 else rng.choice("678")
    return f"{d:%y%m%d}{century}{digits(rng, 4)}"


def _do(f: Faker, rng: random.Random) -> str:
    body = rng.choice(["001", "402", "031", "223"]) + digits(rng, 7)
    raw = body + luhn.calc_check_digit(body)
    return f"{raw[:3]}-{raw[3:10]}-{raw[10]}"


def _mu(f: Faker, rng: random.Random) -> str:
    d = f.date_of_birth(minimum_age=18, maximum_age=90)
    body = f"{rng.choice(string.ascii_uppercase)}{d:%d%m%y}{digits(rng, 6)}"
    return complete(body, string.digits + string.ascii_uppercase, ok(mu_nid))


def _cr(f: Faker, rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}-{rng.randint(100, 1999):04d}-{rng.randint(1, 9999):04d}"


def _ke(f: Faker, rng: random.Random) -> str:
    return f"A{digits(rng, 9)}{rng.choice(string.ascii_uppercase)}"


def complete(body: str, alphabet: str, valid: Callable[[str], bool]) -> str:
    """`body` plus the check character `valid` accepts (a scheme stdnum only validates)."""
    for c in alphabet:
        if valid(body + c):
            return body + c
    return body + alphabet[0]  # no check character fits: rejected by the caller's loop


def ok(module: object) -> Callable[[str], bool]:
    validate = module.is_valid  # type: ignore[attr-defined]
    return lambda v: bool(validate(v))


NATIONAL_IDS: tuple[NationalId, ...] = (
    NationalId("US", ("SSN", "social security number", "Social Security No."), "en_US",
               _faker_ssn, ok(us_ssn)),
    NationalId("US", ("ITIN", "taxpayer id"), "en_US", _itin, ok(itin)),
    NationalId("GB", ("NHS number", "NHS No"), "en_GB", _nhs, ok(nhs)),
    NationalId("IN", ("Aadhaar", "Aadhaar no."), "en_IN", _verhoeff_aadhaar, ok(aadhaar)),
    NationalId("IN", ("PAN", "PAN card"), "en_IN", _pan, ok(pan)),
    NationalId("DE", ("Steuer-ID", "tax identification number"), "de_DE", _de, ok(idnr)),
    NationalId("FR", ("NIR", "numéro de sécurité sociale"), "fr_FR", _faker_ssn, ok(nir)),
    NationalId("ES", ("DNI", "NIF"), "es_ES", _nif_es, ok(dni)),
    NationalId("ES", ("NIE",), "es_ES", _nie, ok(nie)),
    NationalId("IT", ("codice fiscale", "CF"), "it_IT", _faker_ssn, ok(codicefiscale)),
    NationalId("PL", ("PESEL", "nr PESEL"), "pl_PL", _faker_ssn, ok(pesel)),
    NationalId("NL", ("BSN", "burgerservicenummer"), "nl_NL", _faker_ssn, ok(bsn)),
    NationalId("BR", ("CPF",), "pt_BR", _cpf, ok(cpf)),
    NationalId("TR", ("T.C. Kimlik No", "TCKN"), "tr_TR", _faker_ssn, ok(tckimlik)),
    NationalId("CA", ("SIN", "social insurance number"), "en_CA", _luhn_sin, ok(sin)),
    NationalId("AU", ("TFN", "tax file number"), "en_AU", _tfn, ok(tfn)),
    NationalId("IE", ("PPS number", "PPSN"), "en_IE", _ie, ok(pps)),
    NationalId("AT", ("SVNR", "Sozialversicherungsnummer"), "de_AT", _at, ok(vnr)),
    NationalId("CH", ("AHV-Nr.", "AVS"), "de_CH", _ch, ok(ch_ssn)),
    NationalId("SE", ("personnummer",), "sv_SE", _faker_ssn, ok(personnummer)),
    NationalId("FI", ("henkilötunnus", "HETU"), "fi_FI", _fi, ok(hetu)),
    NationalId("NO", ("fødselsnummer",), "no_NO", _faker_ssn, ok(fodselsnummer)),
    NationalId("DK", ("CPR-nr.", "CPR"), "da_DK", _cpr, ok(cpr)),
    NationalId("CZ", ("rodné číslo", "RČ"), "cs_CZ", _rc, ok(rc)),
    NationalId("RO", ("CNP",), "ro_RO", _faker_ssn, ok(cnp)),
    NationalId("GR", ("AMKA",), "el_GR", _faker_ssn, ok(amka)),
    NationalId("PT", ("NIF", "contribuinte"), "pt_PT", _nif_pt, ok(nif)),
    NationalId("MX", ("CURP",), "es_MX", _curp, ok(curp)),
    NationalId("CN", ("resident identity card", "身份证"), "zh_CN", _cn, ok(ric)),
    NationalId("KR", ("RRN", "resident registration number"), "ko_KR", _kr, ok(rrn)),
    NationalId("EE", ("isikukood",), "et_EE", _ee, ok(ik)),
    NationalId("ZA", ("ID number", "SA ID"), "en_GB", _za, ok(za_idnr)),
    NationalId("TH", ("citizen ID",), "th_TH", _th, ok(pin)),
    NationalId("IL", ("Teudat Zehut", "ID no."), "he_IL", _il, ok(il_idnr)),
    NationalId("BG", ("EGN", "personal number (EGN)"), "bg_BG", _bg, ok(egn)),
    NationalId("SI", ("EMŠO", "EMSO"), "sl_SI", _si, ok(emso)),
    NationalId("CL", ("RUT", "RUN"), "es_CL", _cl, ok(rut)),
    NationalId("AR", ("CUIL", "CUIT"), "es_AR", _ar, ok(cuit)),
    NationalId("HR", ("OIB",), "hr_HR", _hr, ok(oib)),
    NationalId("BE", ("rijksregisternummer", "numéro national"), "nl_BE", _be, ok(be_nn)),
    NationalId("IS", ("kennitala", "kt."), "is_IS", _is, ok(kennitala)),
    NationalId("LT", ("asmens kodas", "personal code"), "lt_LT", _lt, ok(asmens)),
    NationalId("LV", ("personas kods", "p.k."), "lv_LV", _lv, ok(pvn)),
    NationalId("SK", ("rodné číslo", "RČ"), "sk_SK", _rc, ok(sk_rc)),
    NationalId("EC", ("cédula", "C.I."), "es_CO", _ec, ok(ec_ci)),
    NationalId("PE", ("DNI", "CUI"), "es_ES", _pe, ok(cui)),
    NationalId("PK", ("CNIC", "CNIC No."), "en_PK", _pk, ok(cnic)),
    NationalId("MY", ("MyKad", "NRIC"), "en_MS", _my, ok(nric)),
    NationalId("NZ", ("IRD number", "IRD no."), "en_NZ", _nz, ok(ird)),
    NationalId("ID", ("NIK", "nomor KTP"), "id_ID", _id, ok(nik)),
    NationalId("JP", ("My Number", "Individual Number"), "ja_JP", _jp, ok(jp_in)),
    NationalId("UA", ("RNOKPP", "taxpayer card number"), "uk_UA", _ua, ok(rntrc)),
    NationalId("RU", ("INN", "ИНН"), "ru_RU", _ru, ok(inn)),
    NationalId("CU", ("carné de identidad", "CI"), "es_ES", _cu, ok(cu_ni)),
    NationalId("DO", ("cédula", "cédula de identidad y electoral"), "es_ES", _do, ok(do_cedula)),
    NationalId("MU", ("NIC", "national identity card no."), "en_US", _mu, ok(mu_nid)),
    NationalId("CR", ("cédula", "cédula de identidad"), "es_ES", _cr, ok(cr_cpf)),
    NationalId("KE", ("KRA PIN", "PIN"), "en_KE", _ke, ok(ke_pin)),
)  # fmt: skip


def draw_national_id(entry: NationalId, fake: Faker, rng: random.Random) -> str:
    """A number `entry.valid` accepts (rejection sampling; check digits computed or drawn)."""
    for _ in range(500):
        value = entry.draw(fake, rng)
        if entry.valid(value):
            return value
    raise RuntimeError(f"no valid {entry.country} number in 500 draws")
