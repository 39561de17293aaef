"""Identifiers written as URIs and network paths, read by their standards' grammars.

- RFC 3966 `tel:` URIs (and RFC 2806's `fax:` / `modem:`): a global number ("+" then
  digits with the visual separators `-.()`) or a local number (hex digits, `*`, `#`, which
  RFC 3966 makes carry a ";phone-context=") and its parameters (";ext=", ";isub="):
  the whole URI is a phone number, scheme included (the scheme tells a reader what the digits were).
- RFC 3261 `sip:` / `sips:` URIs (and Skype's `callto:`): the user part names a
  person or a phone; the whole URI is masked (a phone kind when the user part is a number,
  as RFC 3261 19.1.6 writes "sip:+1-212-555-1212:1234@gateway.com;user=phone").
- UNC paths (MS-DTYP 2.2.57: `\\\\host\\share\\path`, also written with doubled
  backslashes inside JSON or C strings) and `file:` / `smb:` / `nfs:` / `afp:` URLs: a
  host and a share and a file name of a person's document ("46828_portrait.jpg").
- Object-store and distributed-file-system URIs, by the schemes their clients document:
  Amazon S3 (`s3://bucket/key`, the AWS CLI's form; Hadoop's `s3a:` / `s3n:`), Google
  Cloud Storage (`gs://`, gsutil / gcloud storage), Azure (Hadoop's `wasb[s]:`, `abfs[s]:`
  for ADLS Gen2, `adl:` for Gen1, and `az://` as fsspec writes it), HDFS (`hdfs:`,
  `webhdfs:`, `swebhdfs:`), Alibaba OSS (`oss://`), Tencent COS (`cosn:` / `cos:`), MinIO's
  `minio:`, OpenStack Swift (`swift:`) and Cloudflare R2 (`r2:`): a bucket or host named
  after a person or a case ("s3://hughes-kyc/selfies/fb02.jpeg") and the object's key.

A scheme may follow a letter of a script written without spaces ("请回电tel:+86...").
Gated on the scheme words, "://" or a double backslash before any regex runs. Pure Python.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

_PHONE_SCHEMES: Final = frozenset({"tel", "fax", "modem"})
_SIP_SCHEMES: Final = frozenset({"sip", "sips", "callto"})
_FILE_SCHEMES: Final = frozenset({"file", "smb", "nfs", "afp", "cifs"})

# RFC 3966 telephone-subscriber: global-number-digits / local-number-digits, then par.
_TEL = fast_regex.compile(
    r"(?i)(?<![A-Za-z0-9.+-])(?:tel|fax|modem):(?://)?"
    r"(?:\+[\d().\-]*\d[\d().\-]*\d(?:;[a-z\d\-]+(?:=[\w.!~*'()%+\-\[\]/:&$]+)?)*"
    r"|[\da-f*#().\-]*[\d*#][\da-f*#().\-]*(?:;[a-z\d\-]+(?:=[\w.!~*'()%+\-\[\]/:&$]+)?)*"
    r";phone-context=[\w.+\-]+(?:;[a-z\d\-]+(?:=[\w.!~*'()%+\-\[\]/:&$]+)?)*)"
)
# RFC 3261 SIP-URI: "sip:" [ userinfo "@" ] hostport uri-parameters [ headers ].
_SIP = fast_regex.compile(
    r"(?i)(?<![A-Za-z0-9.+-])(?:sips?|callto):(?://)?"
    r"[\w.!~*'()&=+$,;?/%\-]+(?::[\w.!~*'()&=+$,%\-]*)?"
    r"(?:@[\w.\-]+|\[[\da-f:.]+\])?(?::\d{1,5})?"
    r"(?:;[\w\-]+(?:=[\w.\-]+)?)*(?:\?[\w=&%.\-@]+)?"
)
_SIP_PHONE_USER = fast_regex.compile(r"(?i)^(?:sips?|callto):(?://)?\+?[\d().\-]{6,}(?:[:;@]|$)")
# UNC: two (or, escaped, four) backslashes, a host, then one or more path segments;
# a folder's name may hold spaces ("\\\\fs\\Patient Photos\\x.jpg"), the last segment not
# (the sentence goes on after it).
_UNC = fast_regex.compile(
    r"(?<![\w\\])\\{2}(?:\\{2})?[\w$\-]+(?:\.[\w$\-]+)*"
    r"(?:\\{1,2}(?:[\w$.\-~#@%+=,']+(?: [\w$.\-~#@%+=,']+)+(?=\\)|[\w$.\-~#@%+=,']+))+"
)
_FILE_URL = fast_regex.compile(
    r"(?i)(?<![A-Za-z0-9.+-])(?:file|smb|nfs|afp|cifs):/{1,3}[^\s\"'<>|]+"
)
# The storage schemes always carry "//" and an authority (a bucket, container or host).
_STORAGE_URL = fast_regex.compile(
    r"(?i)(?<![A-Za-z0-9.+-])"
    r"(?:s3[an]?|gs|wasbs?|abfss?|adl|az|hdfs|s?webhdfs|oss|cosn?|minio|swift|r2)"
    r"://[\w.\-@:]*[\w\-][^\s\"'<>|`]*"
)
_URL_KIND: Final = "URL"
_PHONE_KIND: Final = "PHONE_NUMBER"
_TRAILING = ".,;:)]}'\""


def _trimmed(text: str, start: int, end: int) -> int:
    """`end` without closing punctuation that ends the sentence rather than the URI."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _after_letters(text: str, schemes: tuple[str, ...]) -> bool:
    """Whether a scheme may stand glued to the letters before it ("回电tel:"), which the
    word gate does not see (a substring test: cheap)."""
    return any(scheme in text or scheme.upper() in text for scheme in schemes)


def find_uris(text: str, words: set[str]) -> list[Span]:
    """tel:/fax:, sip:/sips:, file:-style and storage URLs and UNC paths in `text`
    (`words`: its folded letter runs, see letter_runs.text_words)."""
    spans: list[Span] = []
    if not words.isdisjoint(_PHONE_SCHEMES) or _after_letters(text, ("tel:", "fax:")):
        for m in _TEL.finditer(text):
            end = _trimmed(text, m.start(), m.end())
            if sum(c.isdigit() for c in text[m.start() : end]) >= 3:
                spans.append(Span(m.start(), end, _PHONE_KIND, "tel_uri", 0.95))
    if not words.isdisjoint(_SIP_SCHEMES) or _after_letters(text, ("sip:", "sips:")):
        for m in _SIP.finditer(text):
            end = _trimmed(text, m.start(), m.end())
            value = text[m.start() : end]
            if len(value.partition(":")[2]) < 3:
                continue
            kind = _PHONE_KIND if _SIP_PHONE_USER.match(value) else _URL_KIND
            spans.append(Span(m.start(), end, kind, "sip_uri", 0.95))
    if not words.isdisjoint(_FILE_SCHEMES):
        for m in _FILE_URL.finditer(text):
            end = _trimmed(text, m.start(), m.end())
            spans.append(Span(m.start(), end, _URL_KIND, "file_url", 0.95))
    if "://" in text:
        for m in _STORAGE_URL.finditer(text):
            end = _trimmed(text, m.start(), m.end())
            spans.append(Span(m.start(), end, _URL_KIND, "storage_url", 0.95))
    if "\\\\" in text:
        for m in _UNC.finditer(text):
            end = _trimmed(text, m.start(), m.end())
            spans.append(Span(m.start(), end, _URL_KIND, "unc_path", 0.95))
    return spans
