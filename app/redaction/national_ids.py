"""National identity, health and tax numbers, decided by their check digits (python-stdnum).

A number of the right shape is masked without any context word when one of the country
validators below accepts it (its check digit, date or range is right); a number of the same
shape whose check fails is left to the context rules (`record_numbers.py`), which mask it
when an identifier word stands near. Pure Python, no NLP.

Countries (25) and numbers:
    US  SSN, ITIN                 GB  NHS number, National Insurance number (shape)
    CA  SIN                       AU  TFN
    DE  Steuer-IdNr               FR  NIR (sécurité sociale)
    ES  DNI, NIE                  IT  codice fiscale
    NL  BSN                       PL  PESEL, NIP
    PT  NIF, Cartão de Cidadão    BR  CPF, CNPJ
    TR  T.C. Kimlik No            IN  Aadhaar, PAN
    BE  national number           SE  personnummer
    DK  CPR                       FI  HETU
    NO  fødselsnummer             CH  AHV/AVS (756...)
    AT  SVNR                      IE  PPS
    MX  CURP                      CN  resident identity card
    ZA  ID number                 RO  CNP
    BG  EGN                       CL  RUT / RUN
    KR  resident registration     MY  MyKad (NRIC)
    SG  NRIC / FIN                HK  HKID
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from stdnum.at import vnr as at_vnr
from stdnum.au import tfn as au_tfn
from stdnum.be import nn as be_nn
from stdnum.bg import egn as bg_egn
from stdnum.br import cnpj as br_cnpj
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut as cl_rut
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.ie import pps as ie_pps
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.my import nric as my_nric
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import cc as pt_cc
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp as ro_cnp
from stdnum.se import personnummer as se_pnr
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import itin as us_itin
from stdnum.za import idnr as za_idnr

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "NATIONAL_ID"
Validator = Callable[[str], bool]

# Validators by the number of digits of a purely numeric candidate.
_BY_DIGITS: Final[dict[int, tuple[tuple[str, Validator], ...]]] = {
    9: (
        ("ca_sin", ca_sin.is_valid),
        ("nl_bsn", nl_bsn.is_valid),
        ("au_tfn", au_tfn.is_valid),
        ("us_itin", us_itin.is_valid),
        ("pt_nif", pt_nif.is_valid),
    ),
    10: (
        ("gb_nhs", gb_nhs.is_valid),
        ("at_svnr", at_vnr.is_valid),
        ("pl_nip", pl_nip.is_valid),
        ("dk_cpr", dk_cpr.is_valid),
        ("se_personnummer", se_pnr.is_valid),
        ("bg_egn", bg_egn.is_valid),
    ),
    11: (
        ("de_steuer_id", de_idnr.is_valid),
        ("pl_pesel", pl_pesel.is_valid),
        ("tr_tc_kimlik", tr_tck.is_valid),
        ("br_cpf", br_cpf.is_valid),
        ("no_fodselsnummer", no_fnr.is_valid),
        ("be_nn", be_nn.is_valid),
    ),
    12: (("in_aadhaar", in_aadhaar.is_valid), ("se_personnummer", se_pnr.is_valid)),
    13: (("za_id", za_idnr.is_valid), ("ch_ahv", ch_ssn.is_valid), ("ro_cnp", ro_cnp.is_valid)),
    14: (("br_cnpj", br_cnpj.is_valid),),
    15: (("fr_nir", fr_nir.is_valid),),
    18: (("cn_ric", cn_ric.is_valid),),
}
# Numbers in groups: "123.456.789-09", "756.1234.5678.97", "1 85 05 78 006 084 91".
NUMERIC = fast_regex.compile(r"(?<![\w.,/-])\d(?:\d|[ .\-/](?=\d)){7,22}[\dX](?![\w-]|[.,/]\d)")


def sg_nric_ok(value: str) -> bool:
    """Singapore NRIC / FIN: S, T, F, G or M, seven digits, a weighted mod-11 letter."""
    first, body, last = value[0], value[1:8], value[8]
    total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += {"S": 0, "T": 4, "F": 0, "G": 4, "M": 3}[first]
    letters = "JZIHGFEDCBA" if first in "ST" else "XWUTRQPNMLK"
    if first == "M":
        letters = "KLJNPQRTUWX"
    return letters[total % 11] == last


def hkid_ok(value: str) -> bool:
    """Hong Kong identity card: one or two letters, six digits, a mod-11 check in brackets."""
    compact = value.replace("(", "").replace(")", "")
    head, body, check = compact[:-7], compact[-7:-1], compact[-1]
    letters = [36] * (2 - len(head)) + [ord(c) - 55 for c in head]
    total = sum(v * w for v, w in zip(letters, (9, 8), strict=True))
    total += sum(int(c) * w for c, w in zip(body, range(7, 1, -1), strict=True))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


# Numbers with letters, each checked by its own validator.
LETTERED: Final[tuple[tuple[str, fast_regex.Pattern, Validator], ...]] = (
    ("es_dni", fast_regex.compile(r"\b\d{8}-?[A-Z]\b"), es_dni.is_valid),
    ("es_nie", fast_regex.compile(r"\b[XYZ]-?\d{7}-?[A-Z]\b"), es_nie.is_valid),
    (
        "it_codice_fiscale",
        fast_regex.compile(r"\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b"),
        it_cf.is_valid,
    ),
    ("in_pan", fast_regex.compile(r"\b[A-Z]{5}\d{4}[A-Z]\b"), in_pan.is_valid),
    ("mx_curp", fast_regex.compile(r"\b[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d\b"), mx_curp.is_valid),
    ("fi_hetu", fast_regex.compile(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b"), fi_hetu.is_valid),
    ("ie_pps", fast_regex.compile(r"\b\d{7}[A-W][A-IW]?\b"), ie_pps.is_valid),
    ("se_personnummer", fast_regex.compile(r"\b(?:\d{2})?\d{6}[-+]\d{4}\b"), se_pnr.is_valid),
    ("dk_cpr", fast_regex.compile(r"\b\d{6}-\d{4}\b"), dk_cpr.is_valid),
    ("cn_ric", fast_regex.compile(r"\b\d{17}[\dX]\b"), cn_ric.is_valid),
    ("kr_rrn", fast_regex.compile(r"\b\d{6}-\d{7}\b"), kr_rrn.is_valid),
    ("my_nric", fast_regex.compile(r"\b\d{6}-\d{2}-\d{4}\b"), my_nric.is_valid),
    (
        "cl_rut",
        fast_regex.compile(r"(?<![\w.])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w-])"),
        cl_rut.is_valid,
    ),
    ("sg_nric", fast_regex.compile(r"\b[STFGM]\d{7}[A-Z]\b"), sg_nric_ok),
    # Portugal's Cartão de Cidadão document number as the card prints it: the civil
    # identification number, its check digit, a version of two letters and a check digit
    # ("00000000 0 ZZ4"; Lei 7/2007 and the AMA's validation note, python-stdnum pt.cc).
    (
        "pt_cc",
        fast_regex.compile(r"(?<![\w-])\d{7,8}[ ]?\d[ ]?[A-Z]{2}\d(?![\w-])"),
        pt_cc.is_valid,
    ),
    ("hk_hkid", fast_regex.compile(r"\b[A-Z]{1,2}\d{6}\(?[\dA]\)?(?![\w)])"), hkid_ok),
)
# Shapes masked without a check digit: a UK National Insurance number has none, and a
# spaced SSN is masked whatever its area, like the dashed one in patterns.py.
SHAPES: Final[tuple[tuple[str, fast_regex.Pattern], ...]] = (
    (
        "gb_nino",
        fast_regex.compile(r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"),
    ),
    ("us_ssn_spaced", fast_regex.compile(r"(?<![\d-])\d{3} \d{2} \d{4}(?![\d-])")),
)
_SEPARATORS = fast_regex.compile(r"[ .\-/]")
# Cheap looks for any lettered shape above; most texts hold none and skip them all. Each
# shape is its own search: `regex` skips ahead to a single shape's first character, but
# tries an alternation of them at every capital and digit.
_LETTERED_HINTS: Final = tuple(
    fast_regex.compile(shape)
    for shape in (
        *(r"\d{6}[-+A-Z]", r"[A-Z]\d{6}", r"\.\d{3}-[\dkK]", r"[A-Z]\d\d[A-Z]\d\d[A-Z]"),
        *(r"[A-Z]\d{4}[A-Z]", r"[A-Z]-\d{7}", r"\d{7}[A-W]", r"\d{8}-?[A-Z]", r"\d{17}"),
        r"\d[ ]?[A-Z]{2}\d",
    )
)


def _accepts(valid: Validator, value: str) -> bool:
    """`valid(value)`, False on any fault: a validator's table may lack a code the text
    holds (cn.ric raises KeyError on an unknown county), and text is never trusted."""
    try:
        return bool(valid(value))
    except Exception:  # any fault of a validator means "not this number"
        return False


def _weighted(d: list[int], weights: tuple[int, ...]) -> int:
    return sum(a * b for a, b in zip(d, weights, strict=False))


def _luhn(d: list[int]) -> bool:
    total = 0
    for i, digit in enumerate(reversed(d)):
        doubled = digit * 2 if i % 2 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


def _mod11_10(d: list[int]) -> bool:
    """ISO 7064 MOD 11,10 (German Steuer-IdNr)."""
    check = 5
    for digit in d:
        check = (((check or 10) * 2) % 11 + digit) % 10
    return check == 1


def _two_mod11(d: list[int], w1: tuple[int, ...], w2: tuple[int, ...], n: int) -> bool:
    first = (_weighted(d, w1) * 10 % 11) % 10
    second = (_weighted([*d[:n], first], w2) * 10 % 11) % 10
    return d[n] == first and d[n + 1] == second


def _cnp_check(d: list[int]) -> int:
    check = _weighted(d, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11
    return 1 if check == 10 else check


# Necessary conditions of each country's check, in plain integer arithmetic: most numbers
# of a text fail every check, and these reject them quickly; a number that passes one is
# then decided by python-stdnum's full validator (ranges, dates, special cases).
_QUICK: Final[dict[str, Callable[[list[int]], bool]]] = {
    "ca_sin": _luhn,
    "nl_bsn": lambda d: (_weighted(d, (9, 8, 7, 6, 5, 4, 3, 2)) - d[8]) % 11 == 0,
    "au_tfn": lambda d: _weighted(d, (1, 4, 3, 7, 5, 8, 6, 9, 10)) % 11 == 0,
    "us_itin": lambda d: d[0] == 9,
    "pt_nif": lambda d: (11 - _weighted(d, (9, 8, 7, 6, 5, 4, 3, 2)) % 11) % 11 % 10 == d[8],
    "gb_nhs": lambda d: (11 - _weighted(d, (10, 9, 8, 7, 6, 5, 4, 3, 2)) % 11) % 11 == d[9],
    "at_svnr": lambda d: _weighted(d, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)) % 11 == d[3],
    "pl_nip": lambda d: _weighted(d, (6, 5, 7, 2, 3, 4, 5, 6, 7)) % 11 == d[9],
    "dk_cpr": lambda d: 1 <= d[0] * 10 + d[1] <= 31 and 1 <= d[2] * 10 + d[3] <= 12,
    "se_personnummer": lambda d: _luhn(d[-10:]),
    "de_steuer_id": lambda d: d[0] != 0 and _mod11_10(d),
    "pl_pesel": lambda d: (10 - _weighted(d, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10) % 10 == d[10],
    "tr_tc_kimlik": lambda d: d[0] != 0 and sum(d[:10]) % 10 == d[10],
    "br_cpf": lambda d: _two_mod11(d, tuple(range(10, 1, -1)), tuple(range(11, 1, -1)), 9),
    "no_fodselsnummer": lambda d: _weighted(d, (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)) % 11 == 0,
    "bg_egn": lambda d: (
        _weighted(d, (2, 4, 8, 5, 10, 9, 7, 3, 6)) % 11 % 10 == d[9] and 1 <= d[4] * 10 + d[5] <= 31
    ),
    "ro_cnp": lambda d: d[0] != 0 and _cnp_check(d) == d[12],
    "be_nn": lambda d: (
        (97 - int("".join(map(str, d[:9]))) % 97 == d[9] * 10 + d[10])
        or (97 - int("2" + "".join(map(str, d[:9]))) % 97 == d[9] * 10 + d[10])
    ),
}


def check(compact: str) -> str | None:
    """The rule name of the first validator that accepts the all-digit `compact`."""
    rules = _BY_DIGITS.get(len(compact), ())
    digits = [int(c) for c in compact] if compact.isdigit() else None
    for rule, valid in rules:
        quick = _QUICK.get(rule)
        if quick is not None and digits is not None and not quick(digits):
            continue
        if _accepts(valid, compact):
            return rule
    return None


# A date and the hour of a time after it ("2021-06-05 00:33", "21/03/2020 17:17"): a
# timestamp, whose ten digits may pass an NHS or a CPR check by chance.
_DATE_THEN_HOUR = fast_regex.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})[ ]{1,2}\d{1,2}"
)
_MINUTES = fast_regex.compile(r"[:h][0-5]\d(?!\d)")


def find_national_ids(text: str) -> list[Span]:
    """Every national id whose check passes, plus the shapes that have no check."""
    spans: list[Span] = []
    for m in NUMERIC.finditer(text):
        if _DATE_THEN_HOUR.fullmatch(m.group()) and _MINUTES.match(text, m.end()):
            continue  # a date and a time of day
        compact = _SEPARATORS.sub("", m.group())
        rule = check(compact)
        if rule is not None:
            spans.append(Span(m.start(), m.end(), KIND, rule, 0.9))
    lettered = any(hint.search(text) for hint in _LETTERED_HINTS)
    for rule, regex, valid in LETTERED if lettered else ():
        for m in regex.finditer(text):
            if _accepts(valid, m.group()):
                spans.append(Span(m.start(), m.end(), KIND, rule, 0.9))
    for rule, regex in SHAPES:
        for m in regex.finditer(text):
            spans.append(Span(m.start(), m.end(), KIND, rule, 0.8))
    return spans
