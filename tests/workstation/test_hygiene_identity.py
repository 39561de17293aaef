"""Process hygiene (in a child process, so the test runner keeps its own limits) and the
device identity round trip through the keyring."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.encoding import b64u_encode
from app.core.keys import SUITE_HYBRID
from app.workstation.errors import IdentityError, OfflineUnlockError
from app.workstation.identity import SIGNING_ENTRY, create_identity, load_identity
from app.workstation.keystore import KeyStore
from app.workstation.session import Verifier
from tests.support.memkeyring import MemoryKeyring

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import os, resource, sys
from app.workstation.hygiene import harden_process
result = harden_process()
open(sys.argv[1], "w").write("x")
status = open("/proc/self/status").read()
print(result.core_dumps_disabled, result.umask_private, result.not_dumpable,
      resource.getrlimit(resource.RLIMIT_CORE), oct(os.stat(sys.argv[1]).st_mode & 0o777))
"""


def test_harden_process(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "f")],
        cwd=REPO, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert out[:3] == ["True", "True", "True"]
    assert " ".join(out[3:5]) == "(0, 0)"
    assert out[5] == "0o600"


def test_hybrid_identity_round_trip() -> None:
    keys = KeyStore("cleanroom-test", MemoryKeyring(), allow_demo=True)
    made = create_identity(keys, suite=SUITE_HYBRID)
    loaded = load_identity(keys)
    assert loaded.device_id == made.device_id
    assert loaded.db_key == made.db_key
    assert loaded.encryption_key.public_key() == made.encryption_key.public_key()
    assert loaded.signing_key.verify_key() == made.signing_key.verify_key()
    assert made.db_key.hex() not in repr(loaded)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_keyring_value_loads_or_fails_cleanly(untrusted: str) -> None:
    keys = KeyStore("cleanroom-test", MemoryKeyring(), allow_demo=True)
    made = create_identity(keys, device_id="dev-h", suite="hpke-x25519-sha256-aes256gcm")
    keys.set(SIGNING_ENTRY, untrusted)
    try:
        loaded = load_identity(keys)
    except IdentityError:
        return
    assert loaded.signing_key.verify_key() == made.signing_key.verify_key()


SCALARS = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=30)
VERIFIER_OBJECTS = st.fixed_dictionaries(
    {
        "alg": st.sampled_from(["scrypt", "pbkdf2"]) | SCALARS,
        "n": st.sampled_from([2, 16, 1024, 3, 2**21]) | SCALARS,
        "r": st.integers(-1, 40) | SCALARS,
        "p": st.integers(-1, 5) | SCALARS,
        "salt": st.binary(max_size=20).map(b64u_encode) | SCALARS,
        "hash": st.binary(min_size=31, max_size=33).map(b64u_encode) | SCALARS,
    }
).map(lambda obj: json.dumps(obj))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200) | VERIFIER_OBJECTS)
def test_any_stored_verifier_text_parses_or_fails_cleanly(untrusted: str) -> None:
    try:
        verifier = Verifier.from_text(untrusted)
    except OfflineUnlockError:
        return
    assert verifier.matches("pw") in (True, False)  # parsed means usable, never a ValueError
