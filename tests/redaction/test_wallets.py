"""Crypto-currency wallet addresses (wallets.py), from the specifications' own test vectors:
EIP-55's examples, BIP-173/BIP-350's segwit addresses, Bitcoin's and Ripple's Base58Check;
and stdnum's Bitcoin validator. Negatives: hashes in logs, colours, short hex, long words."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import bitcoin as stdnum_bitcoin

from app.redaction import wallets
from app.redaction.structured import find_structured
from tests.redaction.conftest import second_pass_covers, second_pass_leaves

# EIP-55's examples (ethereum/EIPs, EIPS/eip-55.md).
EIP55_EXAMPLES = (
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
)
# BIP-350's valid v0-v16 segwit addresses (bitcoin/bips, bip-0350.mediawiki), those long
# enough to be read (25 characters and more).
SEGWIT_VALID = (
    "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
    "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
    "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
    "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
)
# ... and two of its invalid ones whose checksum fails outright.
SEGWIT_BAD_CHECKSUM = (
    "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",  # 'o' not in charset
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq",  # mixed case
)
BASE58CHECK_VALID = (
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",  # Bitcoin's genesis block (P2PKH)
    "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",  # P2SH, the Bitcoin wiki's example
    "1NEDqZPvTWRaoho48qXuLLsrYomMXPABfD",  # stdnum's doctest
    "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",  # Ripple's genesis account (Ripple alphabet)
)


@pytest.mark.parametrize("address", EIP55_EXAMPLES)
def test_evm_addresses_in_any_case_are_read_and_hex_of_other_lengths_is_not(
    address: str,
) -> None:
    for written in (address, address.lower(), "0x" + address[2:].upper()):
        assert wallets.find_wallets(f"to {written} today")
    assert not wallets.find_wallets(f"to {address[:-1]} today")  # 39 hex digits
    assert wallets.find_wallets(f"to {address[2:]} today")  # EIP-55's mixed case, no 0x
    assert not wallets.find_wallets(f"commit {address[2:].lower()} merged")


@pytest.mark.parametrize("address", SEGWIT_VALID)
def test_bip350_segwit_addresses_pass(address: str) -> None:
    assert wallets.bech32_valid(address)


@pytest.mark.parametrize("address", SEGWIT_BAD_CHECKSUM)
def test_bip350_broken_addresses_fail(address: str) -> None:
    assert not wallets.bech32_valid(address)


# BIP-173's P2WPKH example with its last character mistyped (the checksum then fails).
MISTYPED_P2WPKH = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("withdrawal", f"requested withdrawal to {MISTYPED_P2WPKH}", True),
        ("German payout", f"Auszahlung an {MISTYPED_P2WPKH.upper()} erfolgt", True),
        ("wallet word", f"BTC wallet {MISTYPED_P2WPKH}", True),
        ("no payment word", f"build {MISTYPED_P2WPKH} done", False),
        ("one character short", f"withdrawal to {MISTYPED_P2WPKH[:-1]}", False),
        ("a letter outside the charset", f"withdrawal to {MISTYPED_P2WPKH[:-1]}b", False),
        ("mixed case", f"withdrawal to {MISTYPED_P2WPKH[:-1]}T", False),
        ("unregistered prefix", f"withdrawal to xy{MISTYPED_P2WPKH[2:]}", False),
    ],
)  # fmt: skip
def test_segwit_shape_with_failed_checksum_needs_a_payment_word(
    name: str, text: str, found: bool
) -> None:
    assert not wallets.bech32_valid(MISTYPED_P2WPKH)
    rules = [s.rule for s in wallets.find_wallets(text)]
    assert ("wallet_segwit_shape" in rules) is found, name


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["bc1q", "tb1q", "ltc1q"]),
    st.text(alphabet=wallets.BECH32_CHARSET, min_size=38, max_size=38),
    st.sampled_from(["withdrawal to ", "payout: ", "build ", ""]),
)
def test_any_segwit_shaped_run_is_read_after_a_payment_word_only(
    prefix: str, data: str, before: str
) -> None:
    text = f"{before}{prefix}{data} ok"
    spans = wallets.find_wallets(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    if wallets.bech32_valid(prefix + data):  # (a random run's checksum holds 1 in 2**30)
        return
    shaped = [s for s in spans if s.rule == "wallet_segwit_shape"]
    assert bool(shaped) is (before in ("withdrawal to ", "payout: "))


@pytest.mark.parametrize("address", BASE58CHECK_VALID)
def test_base58check_addresses_pass(address: str) -> None:
    assert wallets.base58check_valid(address)
    assert not wallets.base58check_valid(address[:-1] + ("X" if address[-1] != "X" else "Y"))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=wallets.BITCOIN_ALPHABET, min_size=25, max_size=36))
def test_base58check_agrees_with_stdnum(token: str) -> None:
    # stdnum reads Bitcoin's "1"/"3" addresses; for those both must agree.
    if token[0] in "13":
        assert not stdnum_bitcoin.is_valid(token) or wallets.base58check_valid(token)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_finder_takes_any_text(text: str) -> None:
    # A parser of outside text: any text in, spans inside it out, nothing raised.
    for span in wallets.find_wallets(text):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("eth lower case, no word", "Off-ramp to 0x7c63bf09561c99d4b9db621bb40c3d3fee194194.",
         "0x7c63bf09561c99d4b9db621bb40c3d3fee194194"),
        ("eth EIP-55", f"Beneficiary: {EIP55_EXAMPLES[1]} (ERC-20)", EIP55_EXAMPLES[1]),
        ("eth EIP-55 without 0x", f"sent to {EIP55_EXAMPLES[0][2:]} yesterday",
         EIP55_EXAMPLES[0][2:]),
        ("eth in a URL", f"etherscan.io/address/{EIP55_EXAMPLES[2]}", EIP55_EXAMPLES[2]),
        ("bitcoin P2PKH", "BTC received from 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa on 3 May",
         "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
        ("bitcoin URI", "bitcoin:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy?amount=0.2",
         "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
        ("taproot", f"Auszahlung an {SEGWIT_VALID[-1]}", SEGWIT_VALID[-1]),
        ("ripple", "XRP dest rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh tag 1234",
         "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"),
        ("solana after a word", "Solana wallet: 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV",
         "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV"),
        ("wallet word, French", "portefeuille 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV",
         "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV"),
        ("transaction hash", "TxID: " + "ab" * 32, "ab" * 32),
        ("UPI, Google Pay's handle", "refund to rahul.k@oksbi today", "rahul.k@oksbi"),
        ("UPI, PhonePe's handle", "paid via 9876543210@ybl.", "9876543210@ybl"),
        ("UPI after its word", "UPI ID: priya@superbank", "priya@superbank"),
    ],
)  # fmt: skip
def test_addresses_are_masked(name: str, text: str, value: str) -> None:
    assert second_pass_covers(text, value), name


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("git commit", "commit 7c63bf09561c99d4b9db621bb40c3d3fee194194 (HEAD)",
         "7c63bf09561c99d4b9db621bb40c3d3fee194194"),
        ("sha-256 in a log", "sha256=" + hashlib.sha256(b"log").hexdigest(),
         hashlib.sha256(b"log").hexdigest()),
        ("colour", "background: #ff00aa; border 0xDEADBEEF", "#ff00aa"),
        ("short hex", "register 0xDEADBEEF set", "0xDEADBEEF"),
        ("long word", "Donaudampfschifffahrtsgesellschaftskapitän resigned",
         "Donaudampfschifffahrtsgesellschaftskapitän"),
        ("an @-mention", "ping @here please", "@here"),
        ("a host name", "ssh user@localhost now", "user@localhost"),
        ("long code after no wallet word", "build id 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV",
         "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV"),
    ],
)  # fmt: skip
def test_ordinary_hex_and_words_stay(name: str, text: str, value: str) -> None:
    wallet_rules = [s for s in find_structured(text) if s.rule.startswith(("wallet", "upi"))]
    assert not wallet_rules, name
    if name == "long word":  # (other recognizers may take a hex run; not a wallet rule)
        assert second_pass_leaves(text, value), name
