"""The user names of accounts, where machine records write them, and the names in file and
host names:

- under a key that names an account's user in a JSON / key=value / YAML / XML record or a
  document's properties. The keys are the schemas' own: LDAP and Active Directory (uid,
  sAMAccountName, userPrincipalName), the Windows Security log (TargetUserName,
  SubjectUserName of events 4624/4625), syslog and PAM (user, ruser, login), OAuth 2.0 /
  OpenID Connect claims (preferred_username), audit logs (actor, GitHub's and GitLab's
  audit events; author_username), OOXML core properties (dc:creator, cp:lastModifiedBy),
  the PDF document information dictionary (/Author), ticket trackers (assignee, reporter).
  Under a key for a user account any value but a system account is one; under a key for a
  role (actor, owner, author, agent...) a lower-case value is a person's only in a login's
  form (`name_neighbours`: "j.okafor", or one word the model's vocabulary lacks);
- the account's name in a home directory: C:\\Users\\<user>\\ (Windows Vista on),
  C:\\Documents and Settings\\<user>\\ (Windows XP), /home/<user>/ (the Filesystem Hierarchy
  Standard), /Users/<user>/ (macOS), but the profiles every system has (Public, Default,
  root, the images' stock users);
- a login in brackets right after a found person ("Martine (bouillom)"): the account of
  that person when it is written as Unix sites derive one, with the given name's initial
  before or after the surname ("mmartin", "bouillom" = "bouillo" + "m", cut to 8 letters);
- a person's name in a file name ("Miller_Jennifer_referral.docx", "hassan_tazi.pdf"): a
  dictionary given name beside another name-like part of the same file name's stem, or a
  name-like part beside a date in eight digits, as scanning and records systems name a
  patient's documents by surname and date of birth ("scan_<surname>_<YYYYMMDD>_ecg.pdf").
- the owner in a device's host name, as DHCP and Wi-Fi logs print it: Apple's default
  "<Given>s-iPhone" ("Anna's iPhone"), and the login a laptop or phone is named after
  ("zmelicharekova-iphone", "jsmith-laptop"), but a maker's name ("Lenovo-PC").

Every finder checks a literal before running its regex.
"""

from __future__ import annotations

import functools
import mimetypes
import re
from collections.abc import Callable
from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import is_given_name
from app.redaction.lower_case_names import english_senses, known_word
from app.redaction.name_file_stems import names_in_stem
from app.redaction.name_forms import COMMON
from app.redaction.name_neighbours import column_login
from app.redaction.patterns import COMPACT_DATE, MONTH_WORDS
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "account_handle"
SCORE: Final = 0.7


def _folded_key(key: str) -> str:
    """A key without its namespace prefix, case and separators ("cp:lastModifiedBy" ->
    "lastmodifiedby", "preferred_username" -> "preferredusername")."""
    return key.rsplit(":", 1)[-1].replace("_", "").replace("-", "").replace(".", "").casefold()


# Keys whose value is an account's user name (folded as `_folded_key` folds them).
_ACCOUNT_KEYS: Final = frozenset(
    word_list(
        """
    user username userid uid login loginname logon logonname accountname
    samaccountname userprincipalname upn targetusername subjectusername
    preferredusername ruser suser authorusername ownerusername assigneeusername
    """
    )
)
# Keys whose value is a person in a role, written as a login in machine records.
_ROLE_KEYS: Final = frozenset(
    word_list(
        """
    actor owner creator author lastmodifiedby modifiedby createdby updatedby changedby
    assignee reporter operator reviewer approver requester submitter editor agent
    performer performedby enteredby recordedby
    """
    )
)
_KEY_WORDS: Final = _ACCOUNT_KEYS | _ROLE_KEYS
# The key stems, searched first: a text without any of them has no such record.
_KEY_STEMS: Final = word_list(
    """
    user login logon uid account upn actor owner creator author modified created updated
    changed assignee reporter operator reviewer approver requester submitter editor agent
    perform entered recorded
    """
)
# (a trigger: the pattern runs only on a text whose lowered form holds one of the stems)
_KEY_GATE = fast_regex.Trigger(
    fast_regex.compile(f"(?i:{'|'.join(_KEY_STEMS)})", word_led=True), _KEY_STEMS
)
# A key and its value: JSON's "key": "value", key=value, YAML's key: value, XML's
# <key>value</key> and the PDF information dictionary's /Key (value).
_HANDLE = r"(?P<value>[\w$][\w.$@\\-]{0,63})"
_KEYED = fast_regex.compile(
    r"(?:(?<![\w.:-])[\"']?(?P<key>[A-Za-z][\w:.-]{1,40})[\"']?[ \t]*[:=][ \t]*[\"'\[(]?"
    # the Windows event log's XML: <Data Name="TargetUserName">value</Data>
    r"|<Data[ \t]+Name=[\"'](?P<dkey>\w{1,40})[\"'][ \t]*>"
    r"|<(?P<xkey>[A-Za-z][\w:.-]{1,40})(?:[ \t][^<>\n]{0,200})?>[ \t]*"
    r"|/(?P<pkey>Author|Creator)[ \t]*\()"
    + _HANDLE
    # the value fills its field: a quote, a bracket or a delimiter, the line's end, a
    # column gap, the next key=value, a bracket ("julie_f (julie_f@...)") or a log's "on
    # <date>", "from <host>"; another word after a blank is a sentence ("User: hi all")
    + r"(?=[\"'\])<,;&}|]|[ \t]*(?:\r?\n|$)|[ \t]{2}|\t|[ \t]+[A-Za-z][\w.:-]{0,40}="
    + r"|[ \t]+[(<\[]|[ \t]+(?:on|at|from|via|since)[ \t])"
)
# Accounts that belong to no person: the systems' own, the stock users of OS images and
# the profiles every Windows system has.
_SYSTEM_ACCOUNTS: Final = frozenset(
    word_list(
        """
    root admin administrator administrators system localsystem localservice
    networkservice nobody daemon bin sys sync games man lp mail news uucp proxy backup
    list irc gnats www www-data wwwrun http httpd apache nginx postgres mysql oracle redis
    git jenkins docker ubuntu centos debian ec2-user fedora vagrant pi guest guests user
    users public default defaultuser0 default.migrated all shared anonymous anon
    unknown none null n/a na test tester demo service services svc operator support
    helpdesk sa dba sysadmin superuser su cron scheduler batch bot robot automation api
    noreply no-reply postmaster webmaster hostmaster abuse security auditor audit
    nt authority trustedinstaller dwm umfd
    """
    )
)


# Values of a flag or an outcome that a user key may hold ("login=success").
_NOT_VALUES: Final = frozenset(
    word_list(
        "true false yes no none null nil undefined unknown success successful failure "
        "error timeout ok denied granted locked enabled disabled active inactive required"
    )
)


def _system(value: str) -> bool:
    folded = value.casefold()
    bare = folded.rsplit("\\", 1)[-1].split("@", 1)[0].rstrip("$")
    head = bare.replace("_", "-").split("-", 1)[0]
    return (
        folded in _SYSTEM_ACCOUNTS
        or bare in _SYSTEM_ACCOUNTS
        or head in ("svc", "service", "sys", "system", "app", "srv", "sql", "nt", "dwm", "umfd")
        or value.endswith("$")  # a machine account ("WS042$")
    )


def _account_value(value: str) -> bool:
    """A user name under an account key: any value with a letter that is no system's
    account, and no word of a sentence ("User: the ...", "login: failed")."""
    if not value:
        return False  # a key with nothing after it (an access log's "- [" reached here empty)
    folded = value.casefold()
    letters = sum(c.isalpha() for c in value)
    if not value[0].isalpha() or letters < len(value) - letters:
        return False  # a number or a code ("USER: 7QT7-T12-QP06" of a chat)
    if _system(value) or folded in _NOT_VALUES:
        return False
    return not (value.isalpha() and (folded in COMMON or english_senses(folded)[1]))


def _role_value(value: str, known: Callable[[str], bool]) -> bool:
    """A lower-case login under a role key (see `name_neighbours`)."""
    return value.islower() and not _system(value) and column_login(value, known)


def keyed_handles(text: str, known: Callable[[str], bool]) -> list[Span]:
    """User names under account and role keys (see the module docstring); `known` says
    whether the model's vocabulary holds a word."""
    if _KEY_GATE.search(text) is None:
        return []
    spans = []
    for m in _KEYED.finditer(text):
        key = m.group("key") or m.group("xkey") or m.group("pkey") or m.group("dkey")
        folded = _folded_key(key)
        if folded not in _KEY_WORDS:
            continue
        # the user of DOMAIN\user and user@REALM (Windows' down-level and principal
        # names): the domain or realm is no one's
        start = m.start("value")
        value = m.group("value").split("@", 1)[0].rstrip(".-")
        if "\\" in value:
            domain, value = value.rsplit("\\", 1)
            start += len(domain) + 1
        ok = _account_value(value) if folded in _ACCOUNT_KEYS else _role_value(value, known)
        if value and ok:
            spans.append(Span(start, start + len(value), KIND, RULE, SCORE))
    return spans


_HOME_GATE = fast_regex.compile(r"(?i:\\users\\|\\documents and settings\\|/home/|/users/)")
_HOME = fast_regex.compile(
    r"(?i:(?<![\w])[A-Z]:\\(?:Users|Documents[ ]and[ ]Settings)\\|(?<![\w.-])/(?:export/)?home/"
    r"|(?<![\w.-])/Users/)"
    r"(?P<user>[\w$][\w.$-]{0,31})(?=[\\/\s\"',;)\]]|$)"
)


def home_directory_users(text: str) -> list[Span]:
    """The account name of a home directory path, but a system's own profile."""
    if _HOME_GATE.search(text) is None:
        return []
    return [
        Span(m.start("user"), m.end("user"), KIND, RULE, SCORE)
        for m in _HOME.finditer(text)
        if not _system(m.group("user"))
    ]


# A login in brackets right after a person: ASCII letters (POSIX's portable user names;
# "(перевод)" is a word) and digits after them, no blank.
_BRACKETED_LOGIN = fast_regex.compile(r"[ \t]?\((?P<login>[a-z]{3,12}\d{0,4})\)")


def _derived_login(login: str, words: list[str]) -> bool:
    """`login` is built from the person's name as Unix sites build one: the given name's
    initial before or after (part of) a surname, or a name word with a surname's initial."""
    letters = login.rstrip("0123456789")
    if len(words) == 1:  # only the given name is known: its initial at one end
        initial = words[0][:1].casefold()
        return len(letters) >= 5 and initial in (letters[0], letters[-1])
    folded = [w.casefold() for w in words]
    for given in folded:
        for surname in folded:
            if surname is given or len(surname) < 2:
                continue
            forms = (given[0] + surname, surname + given[0], given + surname[0])
            if letters in forms or any(letters == f[:8] for f in forms):
                return True
    return False


# A signature's transcription reference: the signer, a slash and the login of who typed
# or verified the report, closing the line ("J. Okafor/mbrandt"), as pathology and
# radiology systems print an e-signature (CAP's signed-out report; the "author/typist"
# reference of business letters, "JO/mb", with a login for the typist's initials).
_SLASHED_LOGIN = fast_regex.compile(r"/(?P<login>[a-z]{4,16}\d{0,4})[ \t]*(?=\r?\n|$)")


def handles_beside_persons(text: str, spans: list[Span]) -> list[Span]:
    """A login in brackets right after a found person that is derived from the person's
    name (`_derived_login`), or after a slash closing the person's line (a typist's or
    verifier's login, any person's: `_SLASHED_LOGIN`); no English or common word
    ("(nurse)", "(son)", "/pending" stay)."""
    if "(" not in text and "/" not in text:
        return []
    out = []
    for span in spans:
        if span.kind != KIND:
            continue
        slashed = _SLASHED_LOGIN.match(text, span.end)
        m = slashed or _BRACKETED_LOGIN.match(text, span.end)
        if m is None:
            continue
        login = m.group("login")
        words = [w for w in text[span.start : span.end].split() if w[:1].isalpha()]
        bare = login.rstrip("0123456789")
        if not words or bare in COMMON or _system(bare) or any(english_senses(bare)):
            continue
        if slashed is not None or _derived_login(login, words):
            out.append(Span(m.start("login"), m.end("login"), KIND, RULE, SCORE))
    return out


@functools.cache
def _file_extensions() -> frozenset[str]:
    """File extensions Python's own MIME table knows (built-in defaults only), and the
    office formats it lacks (OOXML, OpenDocument, Outlook, DICOM)."""
    table = mimetypes.MimeTypes()
    known = {*table.types_map[True], *table.types_map[False]}
    return frozenset(e.lstrip(".").casefold() for e in known) | _OFFICE_EXTENSIONS


_OFFICE_EXTENSIONS: Final = frozenset(
    word_list("docx docm dotx xlsx xlsm pptx odt ods odp rtf msg eml dcm heic md log")
)


# A file name: a stem of letters and digits joined by "_", "-" or ".", and an extension.
_FILE_NAME = fast_regex.compile(
    r"(?<![\w.-])(?P<stem>[\p{L}\d]+(?:[_.-][\p{L}\d]+){1,6})\.(?P<ext>[A-Za-z0-9]{2,5})(?![\w])"
)
_PART = fast_regex.compile(r"[\p{L}\d]+")
# Words file names are made of (what the file is), never a surname beside a given name.
_FILE_WORDS: Final = frozenset(
    word_list(
        """
    report referral letter summary scan form note notes draft final copy result results
    invoice receipt statement record records file document doc export import backup
    signed scanned new old updated version rev v copy page pages image photo img pic
    dose plan list log data chart notes consent request order cv resume selfie id
    passport licence license card front back ecg ekg eeg mri xray echo lab labs discharge
    admission consult upload uploads attachment bloods blood bloodwork sicknote fitnote
    contract payslip timesheet appraisal letterhead
    """
    )
)


def _name_part(part: str, given: str) -> bool:
    """`part` stands beside the given name `given` as a surname: written in the same case,
    letters only, and no word of file names; in lower case also no English word."""
    folded = part.casefold()
    if not part.isalpha() or len(part) < 2 or folded in _FILE_WORDS or folded in COMMON:
        return False
    if given.istitle() or given.isupper():
        return part.istitle() if given.istitle() else part.isupper()
    if not part.islower():
        return False
    return is_given_name(folded) or not any(english_senses(folded))


_DATE_PART = fast_regex.compile(COMPACT_DATE)


def _surname_part(part: str) -> bool:
    """`part`, beside a date in a file name's stem, is a surname: letters only, three or
    more, no word of file names, of English or a month's name ("report_march_20240105"),
    unless the name dictionary holds it."""
    folded = part.casefold()
    if not part.isalpha() or len(part) < 3 or folded in _FILE_WORDS or folded in COMMON:
        return False
    if folded in MONTH_WORDS:
        return False
    return is_given_name(folded) or not any(english_senses(folded))


def names_in_file_names(text: str) -> list[Span]:
    """A dictionary given name and the name-like part beside it in a file name's stem
    ("Miller_Jennifer_referral.docx", "otto_kjaer.pdf"), and a surname beside a date of
    eight digits ("scan_kowalczyk_19720314_ecg.pdf"); "max_dose.pdf" stays."""
    if "." not in text:
        return []
    spans = []
    for m in _FILE_NAME.finditer(text):
        if m.group("ext").casefold() not in _file_extensions():
            continue
        base = m.start("stem")
        parts = [(base + p.start(), p.group()) for p in _PART.finditer(m.group("stem"))]
        marked: set[int] = set()
        for i, (_, part) in enumerate(parts):
            if not part.isalpha() or part.casefold() in COMMON or not is_given_name(part):
                continue
            beside = [j for j in (i - 1, i + 1) if 0 <= j < len(parts)]
            names = [j for j in beside if _name_part(parts[j][1], part)]
            if names:
                marked.update([i, *names])
        for i, (_, part) in enumerate(parts):
            if _DATE_PART.fullmatch(part):
                near = (j for j in (i - 1, i + 1) if 0 <= j < len(parts))
                marked.update(j for j in near if _surname_part(parts[j][1]))
        marked |= names_in_stem([p for _, p in parts], _surname_part, _FILE_WORDS.__contains__)
        spans += [
            Span(parts[i][0], parts[i][0] + len(parts[i][1]), KIND, RULE, SCORE)
            for i in sorted(marked)
        ]
    return spans


# A scanned document's name as document management and scanning workflows build it from
# the record: the patient's number, the surname in capitals and the document's type
# ("0045871-OKONJO-referral.pdf", "MRN4471233_O'HARA_consent.tif"). The surname keeps
# its apostrophe ("O'HARA"), which the stem of `_FILE_NAME` does not hold.
_SCAN_STEM = fast_regex.compile(r"[\p{L}\d'’]+(?:[_-][\p{L}\d'’]+){1,6}")
# A file's extension: found first (a dot before a letter is rare in prose), the stem is
# then read back from it.
_EXTENSION = re.compile(r"\.([A-Za-z][A-Za-z0-9]{1,4})(?![\w])")
_STEM_CHARS: Final = frozenset("_-'’")
_SCAN_PART = fast_regex.compile(r"[\p{L}\d'’]+")
_RECORD_PART = fast_regex.compile(r"\p{L}{0,4}\d{5,}")


def _caps_surname(part: str) -> bool:
    """A part in capitals that can be a surname: letters (an apostrophe after a particle's
    letter), three or more, no file, common, heading or abbreviation word, and no English
    word but a noun ("HEAD", "FINAL", "MRI" stay; "KNEE" is masked)."""
    from app.redaction.name_neighbours import plain_word  # noqa: PLC0415
    from app.redaction.names import is_acronym, is_caps_section_word  # noqa: PLC0415

    letters = part.replace("'", "").replace("’", "")
    folded = letters.casefold()
    return (
        len(letters) >= 3
        and letters.isalpha()
        and part.isupper()
        and folded not in _FILE_WORDS
        and folded not in COMMON
        and not plain_word(folded)
        and not is_acronym(letters)
        and not is_caps_section_word(letters)
        and not english_senses(folded)[1]
    )


def surnames_in_scan_names(text: str) -> list[Span]:
    """A surname in capitals in a file name that also holds a record's number (five digits
    or more, perhaps after a few letters) and a word of what the file is (`_FILE_WORDS`),
    in any order: "0045871-OKONJO-referral.pdf"."""
    spans = []
    for ext in _EXTENSION.finditer(text):
        if ext.group(1).casefold() not in _file_extensions():
            continue
        base = ext.start()
        while base > max(0, ext.start() - 120) and (
            text[base - 1].isalnum() or text[base - 1] in _STEM_CHARS
        ):
            base -= 1
        while base < ext.start() and text[base] in _STEM_CHARS:
            base += 1  # a quote or a dash before the name ("'0045871-OKONJO-referral.pdf'")
        stem = text[base : ext.start()]
        if (base > 0 and text[base - 1] == ".") or not _SCAN_STEM.fullmatch(stem):
            continue
        parts = list(_SCAN_PART.finditer(stem))
        words = {p.group().casefold() for p in parts}
        if words.isdisjoint(_FILE_WORDS) or not any(
            _RECORD_PART.fullmatch(p.group()) for p in parts
        ):
            continue
        spans += [
            Span(base + p.start(), base + p.end(), KIND, RULE, SCORE)
            for p in parts
            if _caps_surname(p.group())
        ]
    return spans


# The device word of a host name a device gives itself on a network (the DHCP client's
# host name option, RFC 2132 section 3.14, which DHCP and Wi-Fi controller logs print):
# Apple names a device after its owner ("Anna's iPhone" -> "Annas-iPhone"), and users and
# IT departments name laptops and phones after the login ("jsmith-laptop").
_DEVICE_WORDS: Final = (
    r"(?i:i(?:phone|pad|pod|mac)|macbook|mbp|android|galaxy|pixel|laptop|desktop|pc|"
    r"tablet|surface|thinkpad|notebook|phone|mobile)"
)
_DEVICE_GATE = re.compile(rf"[-_]{_DEVICE_WORDS}(?![A-Za-z])")
# The owner's part before it: a login (letters, perhaps joined by "." or "_", digits after),
# or a given name and a surname joined by a hyphen ("mirek-benes-laptop").
_DEVICE_OWNER = fast_regex.compile(
    r"(?<![\w.@/\\-])(?P<owner>[A-Za-z][A-Za-z]*(?:[._][A-Za-z]+)?\d{0,4}|"
    r"(?P<first>[a-z]{2,})-(?P<second>[a-z]{2,}))\Z"
)
# The owner after the device word and a hyphen, as IT departments name a fleet's machines
# ("LAPTOP-OKAFOR", "PC-Lindqvist"): a surname or a login of letters alone (Windows'
# default names, "DESKTOP-7HQ2K4M", hold digits).
_DEVICE_FIRST = fast_regex.compile(
    rf"(?<![\w.@/\\-]){_DEVICE_WORDS}-(?P<owner>[A-Za-z][a-z]{{2,20}}|[A-Z]{{3,20}})(?![\w.@-])"
)
_VOWEL = fast_regex.compile(r"[aeiouy]")  # a name is spoken; "KQHZTRM" was generated
_DETERMINERS: Final = frozenset(word_list("the a an my our your his her their this that"))
# The owner after the device word, as people name a phone or a laptop in their own words
# ("Galaxy-of-marco", "iPad-of-Ana").
_DEVICE_OF = fast_regex.compile(
    rf"(?<![\w.@/\\-]){_DEVICE_WORDS}[-_]of[-_](?P<owner>[A-Za-z]{{3,}})(?![\w.@-])"
)
# Makers whose name a device takes by default ("Lenovo-PC", "Samsung-Galaxy"): no one's.
_MAKERS: Final = frozenset(
    word_list(
        """
    apple samsung huawei xiaomi redmi oppo vivo oneplus motorola moto nokia sony lg google
    lenovo dell hp asus acer toshiba microsoft honor realme tecno infinix itel zte alcatel
    fujitsu medion msi razer panasonic compaq gateway mac macbook ipad iphone my new old
    work home office personal private corp company ward clinic
    """
    )
)


def _device_owner(owner: str, known: Callable[[str], bool]) -> bool:
    """The owner part of a device's host name is a person's: a login in lower case
    (`name_neighbours.column_login`), or a given name, perhaps with Apple's possessive
    "s" ("Annas"); never a maker, a system account or a word."""
    folded = owner.casefold().rstrip("0123456789")
    if len(folded) < 3 or folded in _MAKERS or _system(folded):
        return False
    if "." in folded or "_" in folded:
        return column_login(folded, known)
    if owner[:1].isupper() and folded.endswith("s") and is_given_name(folded[:-1]):
        return True  # Apple's possessive, even where the letters spell a word ("Annas")
    if _word(folded):
        return False
    return is_given_name(folded) or (owner.islower() and column_login(folded, known))


def _hyphened_owner(first: str, second: str) -> bool:
    """ "mirek-benes": a given name and a surname, not two words ("front-desk") nor a
    maker's or a system's name: one half a dictionary given name, or neither a word."""
    if any(p in _MAKERS or _system(p) for p in (first, second)):
        return False
    return is_given_name(first) or not (_word(first) or _word(second))


def device_owners(text: str, known: Callable[[str], bool]) -> list[Span]:
    """The owner's name or login in a device's host name ("zmelicharekova-iphone",
    "Annas-MacBook-Pro", "Galaxy-of-marco"): see `_DEVICE_GATE` and `_DEVICE_OF`."""
    spans = []
    for gate in _DEVICE_GATE.finditer(text):
        m = _DEVICE_OWNER.search(text, max(0, gate.start() - 40), gate.start())
        if m is None:
            continue
        if m.group("first"):
            found = _hyphened_owner(m.group("first"), m.group("second"))
        else:
            found = _device_owner(m.group("owner"), known)
        if found:
            spans.append(Span(m.start("owner"), m.end("owner"), KIND, RULE, SCORE))
    for m in _DEVICE_FIRST.finditer(text):
        owner = m.group("owner").casefold()
        if owner in _MAKERS or _system(owner) or _word(owner):
            continue
        if _VOWEL.search(owner):
            spans.append(Span(m.start("owner"), m.end("owner"), KIND, RULE, SCORE))
    if "of" in text:
        for m in _DEVICE_OF.finditer(text):
            owner = m.group("owner").casefold()
            # after "of" the owner is named in any words but a maker's, a system's or a
            # function word's ("Galaxy-of-the-...")
            if owner not in _MAKERS and owner not in _DETERMINERS and not _system(owner):
                spans.append(Span(m.start("owner"), m.end("owner"), KIND, RULE, SCORE))
    return spans


# The NCSA Common and Combined Log Formats (Apache's and nginx's access logs) write a
# request's authenticated user third: host, RFC 1413 ident, authuser, [time] ("10.0.0.7 -
# jdoe [10/Oct/2000:13:55:36 -0700] ..."); "-" where there is none. The host holds a digit
# or a dot and the time a digit first, so that a line of prose is no log line.
_CLF_USER = fast_regex.compile(
    r"^(?P<host>[\w.:-]*[\d.:][\w.:-]*)[ ](?:-|[\w.@-]+)[ ](?P<user>[^\s\[\]\"]{2,64})[ ]\[(?=\d)",
    re.M,
)


def access_log_users(text: str) -> list[Span]:
    """The authuser field of a Common or Combined Log Format line, but a system account."""
    if " [" not in text:
        return []
    return [
        Span(m.start("user"), m.end("user"), KIND, RULE, SCORE)
        for m in _CLF_USER.finditer(text)
        if m.group("user") != "-" and not _system(m.group("user"))
    ]


def account_names(text: str, known: Callable[[str], bool]) -> list[Span]:
    """Keyed user names, home directory users, access log users, names in file names and
    device owners."""
    return (
        keyed_handles(text, known)
        + access_log_users(text)
        + home_directory_users(text)
        + names_in_file_names(text)
        + surnames_in_scan_names(text)
        + device_owners(text, known)
    )


def login_forms(words: list[str]) -> set[str]:
    """The logins Unix sites derive from a person's name (lower-case ASCII `words`, given
    name and surname in either order): the given name's initial before or after the
    surname, whole and cut to 8 letters ("cglass", "glassc", "bouillom" of Martine
    Bouillon). Forms that are English or common words ("wards" of S. Ward) are left out."""
    if len(words) < 2:
        return set()
    first, last = words[0], words[-1]
    out: set[str] = set()
    for given, surname in ((first, last), (last, first)):
        if len(surname) < 3 or not given[:1].isalpha():
            continue
        cut = surname[:7]  # eight letters in all, as old Unix systems allowed
        out |= {given[0] + surname, surname + given[0], given[0] + cut, cut + given[0]}
    return {f for f in out if len(f) >= 5 and f.isalpha() and not _word(f)}


# English modal auxiliaries WordNet and spaCy's stop words lack ("shall" = "s" + "hall").
_MODALS: Final = frozenset(word_list("shall shalt ought dare need"))


@functools.lru_cache(maxsize=8192)  # the same names come back in every document
def _word(form: str) -> bool:
    """`form` is a word of English or of the closed classes (`lower_case_names._plain`)."""
    return form in _MODALS or known_word(form)
