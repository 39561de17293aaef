"""Domestic bank account numbers written in digit groups: the national form of an IBAN
country's account, without its country code ("45 5158 7667 5161 6619 4199 9208", Poland's
26-digit NRB), or any long grouped number after an account word in one of many languages
("Kontonummer 1234 5678 9012 3456", "číslo účtu 1234-5678-9012-3456").

A grouped number is an account when one of these holds:
- its first two digits are the IBAN check digits of a country whose basic bank account
  number (BBAN) is all digits and as long as the rest: the number with that country's code
  in front passes python-stdnum's IBAN validation (ISO 13616, ISO 7064 mod 97-10). Poland
  writes its accounts so (NRB); people copying an IBAN often drop the two letters too;
- an account word stands shortly before it on the same line.
Czech and Slovak accounts have a form of their own, "prefix-number/bank code"
("19-2000145399/0800"): kept when python-stdnum's Czech check (weights and bank code)
passes, or after an account word (Slovak banks' codes are not in stdnum's Czech list).
Japanese accounts are written as the Zengin system reads them: branch, deposit type,
seven digits ("250 普通 4583765"). Brazilian accounts as FEBRABAN's layouts (CNAB) and
every bank form write them: the branch (agência, four digits and a check digit) and the
account (conta corrente / poupança, up to twelve digits, then a hyphen and a check digit
that may be X), after "c/c", "conta", "c/p" ("ag. 0412, c/c 06438-1").
Phone numbers have at most 15 digits (ITU-T E.164) and cards 19, so the 20 digits and more
of these numbers read as neither. Pure Python, no NLP.
"""

from __future__ import annotations

from typing import Final

from stdnum import iban as stdnum_iban
from stdnum import numdb
from stdnum.cz import bankaccount as cz_bankaccount

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "ACCOUNT_NUMBER"

# Groups of two to six digits joined by single spaces or hyphens, at least four groups
# (the last may be shorter: "PT50 0002 0123 1234 5678 9015 4"); after the first, a group
# may be a national layout's longer field: Spain's CCC writes bank, branch, check digits
# and the ten digits of the account ("2100-0418-45-0200051332"), Portugal's NIB an
# eleven-digit account between bank, branch and check ("0002 0123 12345678901 54").
CANDIDATE = fast_regex.compile(
    r"(?<![\w+.,/-])\d{2,6}(?:[ -]\d{2,12}){2,7}[ -]\d{1,12}(?![\w-]|[.,/]\d)"
)
_CHEAP_HINT = fast_regex.compile(r"\d{2,6}[ -]\d{2,6}[ -]\d{2,6}[ -]\d{2,6}")
_MIN_DIGITS = 16  # a card or a phone is shorter, or validated by its own rule
_MIN_CHECKED_DIGITS = 18
_MAX_DIGITS = 32


_STRUCTURE_PART = fast_regex.compile(r"(\d+)!([nac])")


def _numeric_bban_countries() -> dict[int, tuple[str, ...]]:
    """Country codes by the length of their all-digit BBAN, from stdnum's copy of the SWIFT
    IBAN registry (the structure "8!n16!n" is digits only)."""
    by_length: dict[int, list[str]] = {}
    for _, code, _, props, _ in numdb.get("iban").prefixes:
        parts = _STRUCTURE_PART.findall(props.get("bban", ""))
        if not parts or any(kind != "n" for _, kind in parts):
            continue
        length = sum(int(n) for n, _ in parts)
        by_length.setdefault(length, []).append(code)
    return {n: tuple(codes) for n, codes in by_length.items()}


_BY_LENGTH: Final = _numeric_bban_countries()


def iban_without_country(digits: str) -> bool:
    """Whether `digits` are an IBAN of some country with its two letters dropped: check
    digits first, then an all-digit BBAN of that country's length."""
    codes = _BY_LENGTH.get(len(digits) - 2, ())
    return any(stdnum_iban.is_valid(code + digits) for code in codes)


# Account words of many languages (a line's words before the number; folded), and the
# names of national account numbers written as labels (Mexico's CLABE, Argentina's CBU and
# CVU, Peru's CCI).
_ACCOUNT_WORDS = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        account accounts acct accts a/c acc bank_account account_no account_number iban bban nrb
        konten comptes cuentas contas conti rekeningen rachunki účty
        bank banking bank_details bankverbindung bankgegevens banque banco banca nib ccc rib
        konto kontonummer kontonr kontonr. kontoen kontot bankkonto bankkonto-nr
        rachunek rachunku rachunkiem nr_rachunku numer_konta
        účet účtu číslo_účtu účtu: bankovní_účet bankový_účet
        számla számlaszám számlaszáma bankszámla bankszámlaszám
        compte numéro_de_compte cuenta número_de_cuenta conta número_da_conta conto
        numero_di_conto rekening rekeningnummer tilinumero tili pankkitili
        račun računa broj_računa žiro-račun tekući_račun transakcijski_račun
        cont contul hesap hesap_no сметка рахунок счёт счет р/с
        clabe cbu cvu cci
        """
    )
)
_ACCOUNT_WORD = fast_regex.compile(rf"(?<![\w])(?i:{_ACCOUNT_WORDS})(?![\w])")
_WORD_REACH = 40


def _after_account_word(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - _WORD_REACH)
    return _ACCOUNT_WORD.search(text, window_start, start) is not None


# "19-2000145399/0800", "2000145399/0800": prefix, number, bank code (Czech, Slovak).
CZ_SK_ACCOUNT = fast_regex.compile(r"(?<![\w/.-])(?:\d{1,6}-)?\d{2,10}/\d{4}(?![\w/-]|[.,]\d)")
_CZ_SK_HINT = fast_regex.compile(r"\d/\d{4}")


def _cz_sk_accounts(text: str) -> list[Span]:
    spans = []
    for m in CZ_SK_ACCOUNT.finditer(text):
        if cz_bankaccount.is_valid(m.group()):
            spans.append(Span(m.start(), m.end(), KIND, "account_cz_sk", 0.85))
        elif _after_account_word(text, m.start()):
            spans.append(Span(m.start(), m.end(), KIND, "account_after_word", 0.8))
    return spans


# A Japanese account as the Zengin (全銀) transfer system writes it: the branch's three
# digits, the deposit type (普通 ordinary, 当座 current, 貯蓄 savings; "預金" may follow),
# the account's seven digits: "250 普通 4583765", "渋谷支店 当座預金 1234567".
JP_ZENGIN = fast_regex.compile(
    r"(?:(?<![\w-])\d{3}[ \u3000]?)?(?:普通|当座|貯蓄)(?:預金)?[ \u3000]?(?:口座)?[ \u3000]?"
    r"\d{7}(?![\w-])"
)
_ZENGIN_HINT = fast_regex.Trigger(
    fast_regex.compile(r"普通|当座|貯蓄"), (), cased=("普通", "当座", "貯蓄")
)


# Brazil (FEBRABAN): "c/c 06438-1", "conta corrente nº 12345-X", "conta: 000123456",
# "C/P 1234-5". The short abbreviations need the account's check digit; the written-out
# word also takes the bare digits. The branch ("ag. 0412-3") names a bank's office, not a
# person, and stays.
BR_ACCOUNT = fast_regex.compile(
    r"(?i:(?<![\w/])(?:c/[cp]|c\.[cp]\.)|(?<![\w])conta(?:[ \t]+(?:corrente|poupan[çc]a|"
    r"sal[áa]rio|pagamento))?)[ \t]*(?:n[º°o.]+[ \t]*)?:?[ \t]*"
    r"(?P<number>\d{3,12}-[\dXx]|(?<=[a-zçº°.: \t])\d{5,12})(?![\w-]|[.,/]\d)"
)
_BR_HINT = fast_regex.compile(r"(?i:c/[cp](?!\w)|c\.[cp]\.|(?<!\w)conta(?!\w))")  # not "contact"


def _br_accounts(text: str) -> list[Span]:
    spans = []
    for m in BR_ACCOUNT.finditer(text):
        number = m.group("number")
        if "-" not in number and not m.group().lower().startswith("conta"):
            continue
        spans.append(Span(m.start("number"), m.end("number"), KIND, "account_br", 0.8))
    return spans


# The same number-and-check-digit form after an account word of any language on its line
# ("Accounts: LN-2767756, 30840-7", "Konto 123456-7"): the convention is the bank's, not
# the language's. A year and a digit ("2024-5") is a span of years.
CHECK_DIGIT_ACCOUNT = fast_regex.compile(r"(?<![\w/.,+-])\d{4,12}-[\dXx](?![\w-]|[.,/]\d)")
_CHECK_DIGIT_HINT = fast_regex.compile(r"\d{4}-[\dXx](?![\w-])")
_YEAR_AND_DIGIT = fast_regex.compile(r"(?:19|20)\d\d-\d")


def _check_digit_accounts(text: str, found: list[Span]) -> list[Span]:
    """The form after any account word; not again where `found` (the Brazilian rule's
    findings) has it."""
    taken = {(s.start, s.end) for s in found}
    return [
        Span(m.start(), m.end(), KIND, "account_check_digit_after_word", 0.8)
        for m in CHECK_DIGIT_ACCOUNT.finditer(text)
        if (m.start(), m.end()) not in taken
        and not _YEAR_AND_DIGIT.fullmatch(m.group())
        and _after_account_word(text, m.start())
    ]


def find_accounts(text: str) -> list[Span]:
    """Every grouped domestic account number in `text`."""
    spans = _cz_sk_accounts(text) if _CZ_SK_HINT.search(text) else []
    if _BR_HINT.search(text):
        spans += _br_accounts(text)
    if "-" in text and _CHECK_DIGIT_HINT.search(text):
        spans += _check_digit_accounts(text, spans)
    if _ZENGIN_HINT.search(text):
        spans += [
            Span(m.start(), m.end(), KIND, "account_jp_zengin", 0.85)
            for m in JP_ZENGIN.finditer(text)
        ]
    if _CHEAP_HINT.search(text) is None:
        return spans
    for m in CANDIDATE.finditer(text):
        digits = "".join(c for c in m.group() if c.isdigit())
        if not _MIN_DIGITS <= len(digits) <= _MAX_DIGITS:
            continue
        checked = len(digits) >= _MIN_CHECKED_DIGITS and iban_without_country(digits)
        if checked:
            spans.append(Span(m.start(), m.end(), KIND, "account_bban_mod97", 0.85))
        elif _after_account_word(text, m.start()):
            spans.append(Span(m.start(), m.end(), KIND, "account_after_word", 0.8))
    return spans
