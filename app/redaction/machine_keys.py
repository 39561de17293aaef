"""Keys of machine fields written in snake_case ("assigned_mac=", "wifi_mac;", "ultimo_acesso_ip:",
"lat_lon"): the handle rule reads a lower-case "word_word" as a login ("maria_lopez"), but a
key whose last part is a technical field's abbreviation (a MAC or IP address, a device's UDI,
a serial, coordinates, a time stamp) names a field of a log, a configuration or an export,
and no one.

Only where it stands as a key: before "=" or ":" (a quote between, as JSON writes keys), or
in a header row (a line of no digit, as CSV and TSV headers are). A given name in the key
keeps it a handle ("anna_mac"); a key-shaped word among values (a data row, a sentence)
stays a handle too, so a login that happens to end in "_ip" is still masked.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import is_given_name
from app.redaction.wordtrie import word_list

# Abbreviations that end the names of machine fields (network, device, geo, time).
_TECHNICAL_TAILS: Final = frozenset(
    word_list(
        """
    mac ip ipv4 ipv6 udi imei imsi iccid uuid guid sn ssid bssid lat lon lng ts utc url uri
    host hostname port addr
    """
    )
)
_KEY_AFTER = fast_regex.compile(r"[\"']?[ \t]*[=:]")


def machine_key(text: str, start: int, end: int) -> bool:
    """`text[start:end]`, a snake_case word, is a machine field's key: its last part is a
    technical abbreviation, no part before it is a given name, and it stands before "=" or
    ":" or in a line of no digit (a header row)."""
    parts = text[start:end].split("_")
    if len(parts) < 2 or parts[-1] not in _TECHNICAL_TAILS:
        return False
    if any(is_given_name(p) for p in parts[:-1] if p):
        return False
    if _KEY_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not any(c.isdigit() for c in line)
