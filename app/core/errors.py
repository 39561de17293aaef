"""The one exception hierarchy of Cleanroom.

Every error a person can meet carries a message that says what happened and what to do;
the command line prints that one line, never a traceback. Parsers of outside bytes raise
only these classes (tests prove that no ValueError or KeyError escapes).

    CleanroomError
    ├── EncodingError                 bad canonical JSON / base64url / key bytes
    │   └── LabelValueError           a label value that breaks FORMATS.md §6.2 or the schema
    ├── KeyMaterialError              a key or device secret is missing or malformed
    ├── ShardError                    one class per opening check, in DESIGN.md §5 order
    │   ├── ShardMagicError
    │   ├── ShardHeaderError
    │   ├── ShardFormatError
    │   ├── ShardIssuerError
    │   ├── ShardSignatureError
    │   ├── ShardRecipientError
    │   ├── ShardSuiteError
    │   ├── ShardNotYetValidError
    │   ├── ShardExpiredError
    │   ├── ShardUnwrapError
    │   ├── ShardTruncatedError
    │   ├── ShardChunkError
    │   ├── ShardManifestError
    │   ├── ShardBlobError
    │   └── ShardItemNotFoundError
    ├── JournalError                  a journal line that does not verify (carries the line)
    │   ├── JournalParseError
    │   ├── JournalHashError
    │   ├── JournalSignatureError
    │   ├── JournalDeviceError
    │   ├── JournalSequenceError
    │   ├── JournalLinkError
    │   ├── JournalClockError
    │   └── ReceiptError              the server's journal receipt does not verify
    └── PolicyError
        ├── PolicyParseError
        ├── PolicyKeyError
        ├── PolicySignatureError
        └── PolicyValueError

Other packages (workstation, server, redaction) derive their own areas from CleanroomError.
"""

from __future__ import annotations


class CleanroomError(Exception):
    """Base of every error Cleanroom raises on purpose.

    The class docstring's first paragraph is the default message; a caller may give a more
    specific one. `exit_code` is what the command line returns for this kind of error.
    """

    exit_code: int = 1

    def __init__(self, message: str | None = None) -> None:
        if message is None:
            message = self.default_message()
        super().__init__(message)

    @classmethod
    def default_message(cls) -> str:
        """The first paragraph of the class docstring, on one line."""
        doc = (cls.__doc__ or cls.__name__).strip().split("\n\n")[0]
        return " ".join(doc.split())

    @property
    def message(self) -> str:
        return str(self.args[0])

    def clause(self) -> str:
        """The message as part of another sentence (see `as_clause`)."""
        return as_clause(self.message)

    def diagnostics(self) -> str:
        """One line for a person: the error's name and what to do."""
        return f"{type(self).__name__}: {self.message}"


def as_clause(message: str) -> str:
    """A message as part of another sentence: without its final full stop, and with a
    lower-case first letter unless the first word is an acronym (JSON, IT)."""
    text = message.strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return text


class UsageError(CleanroomError):
    """The command was called the wrong way; see its --help."""

    exit_code = 2


class EncodingError(CleanroomError):
    """The data is not in the expected encoding (canonical JSON, base64url or raw key)."""

    exit_code = 3


class LabelValueError(EncodingError):
    """A label value does not fit the label format or the project's schema; fix the label."""


class KeyMaterialError(CleanroomError):
    """A key or device secret is missing or malformed; ask IT to re-enrol this device."""

    exit_code = 4


# --- shards (DESIGN.md §5) ---------------------------------------------------------------


class ShardError(CleanroomError):
    """The shard cannot be opened; ask the data steward to issue it again."""

    exit_code = 10


class ShardMagicError(ShardError):
    """This is not a Cleanroom shard (wrong magic bytes); check that the right file was chosen."""


class ShardHeaderError(ShardError):
    """The shard header is damaged or not canonical; download the shard again."""


class ShardFormatError(ShardError):
    """The shard has an unknown format version; update Cleanroom or ask for a cleanroom-shard/1."""


class ShardIssuerError(ShardError):
    """The shard was issued by a server key this workstation does not trust; check the policy."""


class ShardSignatureError(ShardError):
    """The shard header signature does not verify; the file was altered. Download it again."""


class ShardRecipientError(ShardError):
    """The shard was sealed to another device; ask for a shard issued to this workstation."""


class ShardSuiteError(ShardError):
    """The shard uses a key-wrapping suite the policy does not allow; ask for a new shard."""


class ShardNotYetValidError(ShardError):
    """The shard is not valid yet; check this workstation's clock."""


class ShardExpiredError(ShardError):
    """The shard has expired; sync to receive a fresh one."""


class ShardUnwrapError(ShardError):
    """The shard's file key cannot be unwrapped with this device's key; ask for a new shard."""


class ShardTruncatedError(ShardError):
    """The shard is truncated or has bytes appended; download it again."""


class ShardChunkError(ShardError):
    """A shard chunk fails authentication; the file was altered. Download it again."""


class ShardManifestError(ShardError):
    """The shard's manifest is malformed; ask the data steward to issue it again."""


class ShardBlobError(ShardError):
    """An item's content does not match its recorded SHA-256; ask for the shard again."""


class ShardItemNotFoundError(ShardError):
    """The shard holds no item with that id; check the item id or ask for the shard again."""


# --- journal (DESIGN.md §6) --------------------------------------------------------------


class JournalError(CleanroomError):
    """The journal does not verify; keep the file and report it to security."""

    exit_code = 20

    def __init__(self, message: str | None = None, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line

    def diagnostics(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{type(self).__name__}: {where}{self.message}"


class JournalParseError(JournalError):
    """The line is not a journal record (canonical JSON with entry, hash and sig); keep the
    file and report it to security."""


class JournalHashError(JournalError):
    """The recorded hash does not match the entry, so the entry was edited; report it to
    security."""


class JournalSignatureError(JournalError):
    """The signature does not verify with the device key; report it to security."""


class JournalDeviceError(JournalError):
    """The entry belongs to another device; check that the right journal file was chosen."""


class JournalSequenceError(JournalError):
    """The sequence number does not follow the previous entry (removed, reordered or
    replayed); report it to security."""


class JournalLinkError(JournalError):
    """The entry does not link to the previous entry's hash (a fork or a splice); report it
    to security."""


class JournalClockError(JournalError):
    """The timestamp goes back further than the allowed clock step; report it to security."""


class ReceiptError(JournalError):
    """The server's journal receipt does not verify; do not trust this server answer."""


# --- policy (DESIGN.md §7) ---------------------------------------------------------------


class PolicyError(CleanroomError):
    """The managed policy cannot be used; ask IT to reinstall the signed policy."""

    exit_code = 30


class PolicyParseError(PolicyError):
    """The policy file is not a signed Cleanroom policy; ask IT to reinstall it."""


class PolicyKeyError(PolicyError):
    """The policy is signed by a key this build does not trust; ask IT for the right policy."""


class PolicySignatureError(PolicyError):
    """The policy signature does not verify; the policy was altered. Ask IT to reinstall it."""


class PolicyValueError(PolicyError):
    """The policy holds a missing or invalid setting; ask IT to fix and re-sign it."""


# --- label schema (docs/FORMATS.md, "Label schema and label values") ---------------------


class LabelSchemaError(ShardManifestError):
    """The shard's label schema is malformed; ask the data steward to fix the project's schema."""
