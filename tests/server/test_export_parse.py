"""verify-export reads outside files: any bytes give an ExportError, never a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.keys import SigningKey
from app.server.errors import ExportError
from app.server.services.export import MANIFEST, verify_export

KEY = SigningKey.generate().verify_key()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(
    raw=st.binary(max_size=200)
    | json_values.map(lambda v: __import__("json").dumps(v).encode())
    | st.fixed_dictionaries(
        {"manifest": json_values, "kid": st.just(KEY.kid), "sig": st.text(max_size=90)}
    ).map(lambda v: __import__("json").dumps(v).encode())
)
@settings(max_examples=150, deadline=None)
def test_any_manifest_bytes_give_export_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / MANIFEST).write_bytes(raw)
        try:
            verify_export(Path(folder), {KEY.kid: KEY})
        except ExportError:
            return
        raise AssertionError("a random manifest verified")
