"""The user before a peer's "address:port" in an OpenVPN log line (session 41,
vpn_log_peers); OpenVPN's "UNDEF" of a peer not yet known stays."""

from __future__ import annotations

from app.redaction.text import redact_text
from app.redaction.vpn_log_peers import vpn_log_peers

LOG = (
    "Mar  3 22:41:09 gw2 openvpn[918]: marta.quiroga/198.51.100.23:40112 "
    "MULTI: Learn: 10.8.0.6 -> marta.quiroga/198.51.100.23:40112\n"
    "Mar  3 22:41:12 gw2 openvpn[918]: UNDEF/198.51.100.77:40999 TLS: Initial packet\n"
)


def test_the_common_name_before_the_address_is_the_user() -> None:
    found = [LOG[s.start : s.end] for s in vpn_log_peers(LOG)]
    assert found == ["marta.quiroga"]  # the second mention follows "-> ", no log prefix
    out = redact_text(LOG).text
    assert "quiroga" not in out
    assert "UNDEF" in out


def test_a_path_with_an_address_is_no_user() -> None:
    assert vpn_log_peers("see docs/10.0.0.1:80 for the proxy") == []
