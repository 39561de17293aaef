"""Crypto-currency wallet addresses, from the specifications that define them. A wallet
address names one person's account as surely as an IBAN does. Pure Python, no NLP.

A run of 25 or more letters and digits is an address when:
- it is an EVM address (Ethereum and the chains that copy it: the Yellow Paper's 160-bit
  address, written "0x" and 40 hex digits) in any case. 40 hex digits without "0x" (a
  git commit, a SHA-1 in a log) only in EIP-55's mixed case, or after a wallet word.
  EIP-55's checksum itself is not checked: it needs Keccak-256, which neither hashlib
  (FIPS SHA-3 pads differently) nor `cryptography` offers, and we write no hash of our
  own; an address whose checksum fails still names an account;
- it is Base58Check (Bitcoin's P2PKH "1…" and P2SH "3…", and every chain that kept the
  encoding: Litecoin, Dogecoin, Dash, Tron "T…", Zcash "t1…") whose four-byte double
  SHA-256 checksum holds; Ripple's "r…" addresses the same with Ripple's alphabet;
- it is Bech32 (BIP-173) or Bech32m (BIP-350), "bc1q…", "bc1p…", "ltc1…", "tb1…",
  "cosmos1…", whose 30-bit checksum holds; a Bitcoin or Litecoin segwit address whose
  checksum fails (a mistyped character) when it has BIP-173's exact shape (its registered
  prefix, witness version and program length) and a payment or wallet word stands before
  it on its line ("withdrawal to bc1q…", "Auszahlung an …");
- it is shaped as a Monero address (95 or 106 characters of Monero's block Base58, "4…"
  or "8…", every block within its byte count; its Keccak-256 checksum is not checked);
- a wallet word stands shortly before it on the same line ("wallet", "BTC", "USDT (TRC-20)",
  "Solana", "portefeuille", "кошелёк"): Solana's and other keys carry no checksum. After
  a transaction word ("TxID", "tx hash") a 64-hex-digit transaction hash too.

India's UPI payment addresses ("rahul.k@oksbi", "9876543210@ybl") are masked when the
handle after the "@" is a payment app's or bank's, or a UPI word stands before them.

Each checksum lets a random string through about once in a billion, so no word is needed
for those. The unchecked shapes (EVM, Monero) are masked too: a random run passes
Monero's block test about once in 17, and a 95-character key is a secret anyway.
Colours ("#ff00aa"), short hex ("0xDEADBEEF"), SHA-256 digests and base64 blobs stay.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "ACCOUNT_NUMBER"

# A run of letters and digits long enough to be an address (bech32 allows 90 characters,
# Cardano's and Monero's integrated addresses run longer), looked for only inside runs of
# 25 characters without a blank (`re` finds those several times faster than letter runs).
_CHUNK = re.compile(r"\S{25,}")
_TOKEN = re.compile(r"[0-9A-Za-z]{25,}")
_MAX_TOKEN = 120

# --- Ethereum and the chains that copy its addresses ---

_HEX: Final = frozenset("0123456789abcdefABCDEF")


def _evm(token: str) -> bool:
    """An EVM address: "0x" and 40 hex digits, in any case (a checksum that fails still
    names an account; EIP-55's check needs Keccak-256, which no installed library offers,
    and we write no hash of our own)."""
    return len(token) == 42 and token[:2] in ("0x", "0X") and _HEX.issuperset(token[2:])


def _mixed_case_hex40(token: str) -> bool:
    """40 hex digits in both cases: EIP-55's writing of an address without its "0x".
    Digests and commits are printed in one case."""
    return (
        len(token) == 40
        and _HEX.issuperset(token)
        and token.lower() != token
        and token.upper() != token
    )


# --- Base58Check (Bitcoin and the chains that kept its encoding; Ripple) ---

BITCOIN_ALPHABET: Final = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
RIPPLE_ALPHABET: Final = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
_B58_INDEX: Final = {c: i for i, c in enumerate(BITCOIN_ALPHABET)}
_RIPPLE_INDEX: Final = {c: i for i, c in enumerate(RIPPLE_ALPHABET)}


def _b58_value(s: str, index: dict[str, int]) -> int | None:
    """The number Base58 `s` writes, None when a character is outside the alphabet."""
    value = 0
    for c in s:
        digit = index.get(c)
        if digit is None:
            return None
        value = value * 58 + digit
    return value


def b58decode(s: str, index: dict[str, int]) -> bytes | None:
    """Base58 `s` as bytes (each leading zero digit is a zero byte), None when a
    character is outside the alphabet."""
    value = _b58_value(s, index)
    if value is None:
        return None
    zeros = len(s) - len(s.lstrip(next(iter(index))))
    body = value.to_bytes((value.bit_length() + 7) // 8, "big") if value else b""
    return b"\x00" * zeros + body


def _double_sha256_check(raw: bytes) -> bool:
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def base58check_valid(token: str) -> bool:
    """A Base58Check address: one or two version bytes, a 20-byte hash, and the first four
    bytes of the double SHA-256 of those (Bitcoin's P2PKH/P2SH, Litecoin, Dogecoin,
    Tron, Zcash's transparent addresses; Ripple with its own alphabet)."""
    if not 25 <= len(token) <= 36:
        return False
    for index in (_B58_INDEX, _RIPPLE_INDEX):
        raw = b58decode(token, index)
        if raw is not None and len(raw) in (25, 26) and _double_sha256_check(raw):
            return True
    return False


# --- Bech32 (BIP-173) and Bech32m (BIP-350) ---

BECH32_CHARSET: Final = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_INDEX: Final = {c: i for i, c in enumerate(BECH32_CHARSET)}
_GENERATOR: Final = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
BECH32_CONST: Final = 1
BECH32M_CONST: Final = 0x2BC830A3


def bech32_polymod(values: list[int]) -> int:
    """BIP-173's checksum polynomial over GF(32)."""
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(_GENERATOR):
            chk ^= g if (top >> i) & 1 else 0
    return chk


def bech32_valid(token: str) -> bool:
    """A Bech32 or Bech32m string: a human-readable part, "1", data in the Bech32
    alphabet ending in a six-character checksum; one case only."""
    if token.lower() != token and token.upper() != token:
        return False
    s = token.lower()
    sep = s.rfind("1")
    if sep < 1 or len(s) - sep - 1 < 6:
        return False
    hrp, data = s[:sep], s[sep + 1 :]
    values = [_BECH32_INDEX.get(c, -1) for c in data]
    if -1 in values:
        return False
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return bech32_polymod(expanded + values) in (BECH32_CONST, BECH32M_CONST)


# A segwit address by its shape (BIP-173 and BIP-141), the checksum aside: a mainnet or
# testnet prefix registered for segwit (SLIP-173: Bitcoin "bc"/"tb"/"bcrt", Litecoin
# "ltc"/"tltc"), "1", the witness version ("q" for v0, "p" for v1), then the program and
# the six-character checksum: v0's 20-byte key hash (32 characters) or 32-byte script hash
# (52), v1's 32-byte key (52). A random text has this shape only by being an address.
_SEGWIT_SHAPE = re.compile(
    r"(?:bc|tb|bcrt|ltc|tltc)1(?:q(?:[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{38}|"
    r"[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58})|p[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58})"
)


def segwit_shaped(token: str) -> bool:
    """BIP-173's shape of a v0 or v1 segwit address (in one case), checksum unchecked."""
    if token.lower() != token and token.upper() != token:
        return False
    return _SEGWIT_SHAPE.fullmatch(token.lower()) is not None


# --- Monero (block Base58) ---

_MONERO_LENGTHS: Final = (95, 106)  # standard/subaddress, integrated
# Characters per block by the block's byte count (Monero's base58 encodes 8-byte blocks).
_MONERO_BLOCK_CHARS: Final = {0: 0, 1: 2, 2: 3, 3: 5, 4: 6, 5: 7, 6: 9, 7: 10, 8: 11}
_MONERO_CHARS_TO_BYTES: Final = {n: b for b, n in _MONERO_BLOCK_CHARS.items()}


def monero_valid(token: str) -> bool:
    """A Monero address: 8-byte blocks in 11 Base58 characters each (the last shorter),
    decoding to a network byte, two 32-byte keys (and an 8-byte payment id when
    integrated) and a four-byte checksum. The checksum is Keccak-256's, which no installed
    library offers, so only the blocks' structure is checked: every block must decode
    within its byte count (a random run of the alphabet passes about once in 17)."""
    if len(token) not in _MONERO_LENGTHS or token[0] not in "48":
        return False
    # (95 and 106 characters are 8 and 9 whole blocks and a 7-character one: 69 and 77 bytes)
    for at in range(0, len(token), 11):
        block = token[at : at + 11]
        size = _MONERO_CHARS_TO_BYTES.get(len(block))
        value = _b58_value(block, _B58_INDEX)
        if size is None or value is None or value >= 1 << (8 * size):
            return False
    return True


# --- Wallet and transaction words (a line's words shortly before the address; folded) ---

_WALLET_WORDS = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        wallet wallets wallet_address deposit_address receiving_address public_key pubkey
        xpub crypto cryptocurrency crypto-currency blockchain on-chain onchain
        bitcoin btc ethereum eth ether erc20 erc-20 usdt usdc tether trc20 trc-20 bep20
        bep-20 solana sol spl xrp ripple litecoin ltc dogecoin doge monero xmr cardano ada
        tron trx polygon matic bnb avalanche avax polkadot dot tezos xtz stellar xlm
        cosmos atom metamask
        krypto kryptowährung kryptowaehrung cripto criptomoneda criptomonedas
        crypto-monnaie cryptomonnaie kryptowaluta kryptoměna kryptomena kriptovaluta
        kripto криптовалюта криптовалюты криптовалюту
        portefeuille monedero billetera cartera carteira portafoglio portfel portfela
        peněženka peněženky peňaženka tárca cüzdan кошелёк кошелек кошелька гаманець
        plånbok tegnebog lommebok lompakko dompet ví_điện_tử 钱包 錢包 ウォレット 지갑
        محفظة ארנק
        """
    )
)
_WALLET_WORD = fast_regex.compile(rf"(?<![\w])(?i:{_WALLET_WORDS})(?![\w])")
_TX_WORD = fast_regex.compile(
    r"(?<![\w])(?i:txid|tx_?id|tx\s?hash|txn|tx|transaction\s(?:hash|id))(?![\w])"
)
# Payment words that send funds to an address, for a segwit-shaped address whose
# checksum fails ("withdrawal to", "payout address", "Auszahlung an", "retiro a").
_PAYMENT_WORD = fast_regex.compile(
    r"(?<![\w])(?i:withdrawal|withdrawals|withdraw|withdrew|withdrawn|payout|pay-out|paid|"
    r"pay|send|sent|deposit|deposited|transfer|transferred|address|recipient|beneficiary|"
    r"destination|auszahlung|einzahlung|überweisung|empfänger|retiro|retirada|depósito|"
    r"retrait|dépôt|virement|prelievo|versamento|wypłata|výběr|opname|uttag|вывод|перевод)"
    r"(?![\w])"
)
_WORD_REACH = 48


def _word_before(text: str, start: int, word: fast_regex.Pattern) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return word.search(text, max(line_start, start - _WORD_REACH), start) is not None


def _after_wallet_word(text: str, start: int, token: str) -> bool:
    """A long key without a checksum (Solana's, a hex key) after a wallet word: it needs
    both letters and digits, so a long word is never taken."""
    if not (any(c.isdigit() for c in token) and any(c.isalpha() for c in token)):
        return False
    return _word_before(text, start, _WALLET_WORD)


def _rule(text: str, start: int, token: str) -> str | None:
    """The rule that makes `token` (at `start`) an address, or None."""
    if _evm(token):
        return "wallet_evm"
    if _mixed_case_hex40(token):
        return "wallet_evm_mixed_case"
    if len(token) in (64, 66) and _HEX.issuperset(token.removeprefix("0x")):
        if _word_before(text, start, _TX_WORD) or _word_before(text, start, _WALLET_WORD):
            return "wallet_transaction"
        return None  # a SHA-256 digest in a log
    if base58check_valid(token):
        return "wallet_base58check"
    if bech32_valid(token):
        return "wallet_bech32"
    if segwit_shaped(token) and (
        _word_before(text, start, _PAYMENT_WORD) or _word_before(text, start, _WALLET_WORD)
    ):
        return "wallet_segwit_shape"
    if monero_valid(token):
        return "wallet_monero"
    if _after_wallet_word(text, start, token):
        return "wallet_after_word"
    return None


# --- UPI virtual payment addresses (India's NPCI: "name@handle", the handle a payment
# app's or bank's, with no dot after the "@" as an e-mail has) ---

_UPI_HANDLES: Final = frozenset(
    word_list(
        """
        upi ybl ibl axl okhdfcbank okicici oksbi okaxis paytm ptyes ptaxis pthdfc ptsbi
        apl yapl rapl icici hdfcbank sbi axisbank kotak idfcbank idfcfirst fbl pnb
        barodampay aubank waicici wahdfcbank wasbi waaxis jupiteraxis fam slc freecharge
        airtel airtelpaymentsbank jio ikwik abfspay yesbank yesbankltd indus kbl federal
        boi cnrb unionbank unionbankofindia mahb allbank centralbank indianbank iob ucobank
        dbs hsbc sc citi citigold rbl equitas ujjivan dlb tjsb cub kvb tmb csbpay
        nsdl postbank ippb timecosmos axisb axisbank niyoicici superyes naviaxis
        """
    )
)
_UPI = fast_regex.compile(
    r"(?<![\w.@+-])[A-Za-z0-9][A-Za-z0-9._-]{1,63}@(?P<h>[A-Za-z]{2,32})(?![\w@-]|\.\w)"
)
_UPI_WORD = fast_regex.compile(
    r"(?<![\w])(?i:upi|vpa|upi\sid|upi\shandle|bhim|gpay|google\spay|phonepe|paytm)(?![\w])"
)


def _upi_addresses(text: str) -> list[Span]:
    spans = []
    for m in _UPI.finditer(text):
        if m["h"].lower() in _UPI_HANDLES or _word_before(text, m.start(), _UPI_WORD):
            spans.append(Span(m.start(), m.end(), KIND, "upi_address", 0.8))
    return spans


def find_wallets(text: str) -> list[Span]:
    """Every crypto-currency address (and transaction hash after its word) in `text`,
    and UPI payment addresses."""
    spans = _upi_addresses(text) if "@" in text else []
    for chunk in _CHUNK.finditer(text):
        # (a greedy run from the left is always a whole run: no look-around needed)
        for m in _TOKEN.finditer(text, chunk.start(), chunk.end()):
            if len(m.group()) <= _MAX_TOKEN and (rule := _rule(text, m.start(), m.group())):
                spans.append(Span(m.start(), m.end(), KIND, rule, 0.85))
    return spans
