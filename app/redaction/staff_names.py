"""Names of the people a record says handled it or took part in a transaction, by the
words that stand before them in clerical layouts:

- a handler's or a doctor's label with a colon, in the languages of case and occupational
  health files ("Bearbeiter: …", "Sachbearbeiterin: …", "Lääkäri: …", "Handläggare: …"),
  its name filling the rest of the line; a German or Austrian police rank abbreviation
  between ("Sachbearbeiter: POK …", Polizeioberkommissar) is skipped, as `names.py` skips
  the British ranks;
- an officer named by role without a colon, the surname closing its clause ("Reporting
  officer …, 12/1/2025.", "Officer …" alone on its line); a witness or another party of
  an incident report likewise, by a given name and a surname ("Witness …, contact …");
- the clinician a patient is referred to, the specialty after the name ("Referred to
  Given Surname, ophthalmology");
- the other party of a transfer in a bank statement's booking text ("Überweisung an
  Surname, Given", "ZELLE TO GIVEN SURNAME"), two or three words up to the column's end.

Pure `regex`; each pattern is gated on its words.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import is_given_name
from app.redaction.lower_case_names import english_senses
from app.redaction.names import is_cue_word, is_not_name, is_title
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "name_after_staff_word"
SCORE: Final = 0.8

# Labels of the person who handles a file or sees a patient, as German, Finnish,
# Scandinavian, Dutch, Estonian, Czech, French, Spanish and Italian records print them.
# A German label may carry its feminine ending ("Sachbearbeiterin").
_LABELS: Final = word_list(
    """
    bearbeiter sachbearbeiter sachbearbeitung ermittler ermittlungsführer protokollführer
    gutachter prüfer unterzeichner verantwortlich zuständig
    lääkäri työterveyslääkäri hoitaja sairaanhoitaja työterveyshoitaja käsittelijä
    tutkija virkailija
    handläggare läkare sjuksköterska utredare sagsbehandler læge sygeplejerske
    saksbehandler lege sykepleier behandelaar dossierbehandelaar verpleegkundige
    onderzoeker arst menetleja uurija vyřizuje zpracoval vyřizující lékař
    gestionnaire tramitador tramitadora gestor gestora incaricato incaricata
    """
)
# German and Austrian police ranks as files abbreviate them (Polizei- and Kriminal-
# meister, -kommissar, -hauptkommissar; the Austrian Inspektor grades), with the
# feminine "-in" ("POKin").
_RANKS: Final = word_list(
    """
    PM POM PHM PK POK PHK EPHK KM KOM KHM KK KOK KHK EKHK PR POR KR KOR KD PD
    Insp RevInsp GrInsp BezInsp AbtInsp ChefInsp
    """
)
_WORD = r"\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?"
_INITIAL = r"\p{Lu}\."
# One to three words or initials, or "Surname, Given" (a register's inversion).
_NAME = (
    rf"(?P<name>{_WORD}(?:,[ \t]{{1,2}}{_WORD}|(?:[ \t]{{1,2}}(?:{_INITIAL}[ \t]?)?{_WORD})"
    rf"{{0,2}})|{_INITIAL}[ \t]?{_WORD}(?:[ \t]{{1,2}}{_WORD})?)"
)
_LABELLED = fast_regex.compile(
    rf"(?im:^[ \t]*(?:{trie_pattern(_LABELS)})(?:in)?[ \t]*:[ \t]*"
    rf"(?-i:(?:(?:{trie_pattern(_RANKS)})(?:in)?\.?[ \t]{{1,2}})?{_NAME})[ \t]*$)"
)
# English roles a printed form captions with a dot leader ("Consultant .. B. SARI",
# "Surgeon ....... J. Okafor"), as caption_names reads a surname's caption.
_LEADER_ROLES: Final = word_list(
    """
    consultant physician doctor surgeon gp clinician registrar nurse midwife therapist
    pharmacist radiologist examiner reviewer witness officer author referrer attending
    """
)
_LEADER = fast_regex.compile(
    rf"(?im:^[ \t]*(?:{trie_pattern(_LEADER_ROLES)})[ \t]{{0,2}}[.…·_]{{2,40}}[ \t]*"
    rf"(?-i:{_NAME})[ \t]*$)"
)
# An officer by role, no colon: the surname ends a clause or the line.
_OFFICER = fast_regex.compile(
    r"(?m:(?<![\w])(?i:(?:(?:reporting|investigating|arresting|attending|responding|duty|"
    r"case|police)[ \t]+)?officer)[ \t]+"
    rf"(?P<name>{_WORD})(?=[ \t]*(?:,[ \t]|\.?[ \t]*$)))"
)
# A party of a police or incident report by role at the line's start, no colon, and a
# given name and a surname closing the clause ("Witness Given Surname, contact ...").
_PARTY = fast_regex.compile(
    r"(?m:^[ \t]*(?i:witness|complainant|victim|suspect|informant|passenger|driver|"
    r"reporting[ \t]person|injured[ \t]party)[ \t]+"
    rf"(?P<name>(?P<given>{_WORD})(?:[ \t]{_WORD}){{1,2}})(?=[ \t]*(?:,[ \t]|\.?[ \t]*$)))"
)
# A referral's clinician, then the specialty in lower case ("Referred to Given Surname,
# ophthalmology, ..."): a department would not be followed by its own specialty.
_REFERRED = fast_regex.compile(
    r"(?<![\w])(?i:referred|referral|refer|re-referred)[ \t]+to[ \t]+"
    rf"(?P<name>(?P<given>{_WORD})(?:[ \t]{_WORD}){{1,2}}),[ \t]+"
    r"\p{Ll}+(?:ology|iatry|iatrics|ics|surgery|medicine)(?![\w])"
)
# A person's particulars after the name: what a report writes of a party, not of a thing.
_DETAIL_AFTER = fast_regex.compile(
    r"[ \t]*,[ \t]*(?i:contact|tel|telephone|phone|mobile|dob|d\.o\.b|born|aged|age|"
    r"address|of[ \t]\d)(?![\w])"
)
# A transfer's other party in a statement's booking text: the German booking words and
# the names of the payment schemes banks print before "TO" and "FROM". The name ends at
# the column's end: a quote, a tab, a gap of spaces or the line's end.
_PAYEE = fast_regex.compile(
    r"(?m:(?:(?<![\w-])(?:SEPA-)?(?:Überweisung|Gutschrift|Dauerauftrag|Echtzeitüberweisung)"
    r"[ \t]+(?:an|von)|(?<![\w-])(?:ZELLE|VENMO|PAYPAL|INTERAC|E-TRANSFER|TRANSFER|WIRE|"
    r"FASTER[ \t]PAYMENT|BANK[ \t]TRANSFER|STANDING[ \t]ORDER|BACS|REMITTANCE)"
    r"[ \t]+(?:TO|FROM))[ \t]+"
    rf"(?P<name>{_WORD}(?:,[ \t]{{1,2}}|[ \t])(?:{_INITIAL}[ \t]?)?{_WORD}(?:[ \t]{_WORD})?)"
    r"(?=[ \t]*[\"\t|;]|[ \t]{2,}|[ \t]*$))"
)
# Words that end a company's or an account's name, not a person's.
_NOT_PERSON: Final = frozenset(
    word_list(
        """
    gmbh ag kg ug se ltd limited inc llc plc corp co company bank sparkasse volksbank
    savings checking account card credit loan mortgage rent insurance versicherung
    krankenkasse finanzamt stadtwerke verlag oy ab as sa srl bv nv
    """
    )
)


def _person_words(value: str, *, titled: bool = False) -> bool:
    """Every word of `value` could be a name's: no cue, common or company word, and no
    title unless `titled` (an officer's surname may be one: "Officer MAJOR")."""
    words = [w.strip(".,") for w in value.replace(",", " ").split()]
    return bool(words) and not any(
        w.casefold() in _NOT_PERSON
        or is_not_name(w)
        or is_cue_word(w)
        or (is_title(w) and not titled)
        for w in words
        if len(w) > 1
    )


def _english(word: str) -> bool:
    """An English word ("Royal" of "Royal Infirmary"), not a given name."""
    noun, other = english_senses(word.casefold())
    return (noun or other) and not is_given_name(word)


def _name_shaped(value: str) -> bool:
    """An initial, a surname in capitals, or two words or more: one capitalised word
    after a role's leader may be a specialty ("Consultant ..... Cardiology")."""
    words = value.replace(",", " ").split()
    return len(words) > 1 or value.isupper()


def staff_names(text: str) -> list[Span]:
    """Names after a handler's label, an officer's or a party's role or a transfer's
    booking words."""
    spans: list[Span] = []
    for regex in (_LABELLED, _LEADER, _OFFICER, _PARTY, _REFERRED, _PAYEE):
        for m in regex.finditer(text):
            name = m.group("name")
            if regex is _LEADER and not _name_shaped(name):
                continue
            if regex is _REFERRED and _english(m.group("given")):
                continue
            if regex is _PARTY and not (
                is_given_name(m.group("given")) or _DETAIL_AFTER.match(text, m.end())
            ):
                continue
            if _person_words(name, titled=regex is _OFFICER):
                spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans
