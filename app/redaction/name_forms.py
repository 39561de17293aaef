"""Names written the ways the position rules in `names.py` miss: in lower case in a chat
("this is john stephens", "call me ania", a speaker tag "[09:15] john:"), inside an
e-mail address ("bruno.swic@..." names Bruno Swic), and a surname nobody recognised next
to a given name that was found. Pure `re` and small word lists; a doubtful token is
masked rather than passed (a clean room fails towards masking).
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.label_guards import REPORTING_VERBS
from app.redaction.name_initials import (
    initials_alone,
    provider_initial_forms,
    signed_and_dated,
    surname_initial,
)
from app.redaction.name_misreads import misread_name_words
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"

# Common English words: after "i'm" or "this is" they say how someone is, not who.
# Also the words that are never searched for case-insensitively as a name's other mention.
COMMON: Final = frozenset(
    word_list(
        """
    a about above after again against all also am an and any are as at back be because
    been before being below between both but by calling can cannot could did do does
    doing done down during each either else even ever every few for from further get
    getting going gone good got had has have having he her here hers herself him himself
    his how i if in into is it its itself just like made make many may me might more most
    much must my myself need never new no nor not now of off often ok okay on once only
    or other our ours out over own please quite rather really right same see she should
    so some still such sure than thank thanks that the their theirs them then there these
    they this those through to too under until up upon us very was we well were what when
    where which while who whom why will with within without would yes yet you your yours
    fine sorry afraid glad happy sad worried calling writing ringing phoning emailing
    texting trying looking wondering asking waiting unable able available here there
    from with regarding about concerned confused new done ready busy free late early
    home away out off online offline back again currently just only also still already
    the patient customer client agent nurse doctor manager calling speaking
    one two three four five six seven eight nine ten first second last next
    hi hello hey dear thanks cheers bye goodbye morning afternoon evening night today
    tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    your yours call number phone email address account card bank help support team
    unsure aware sorry grateful told having feeling better worse pain ill sick unwell
    hoping going coming leaving moving getting seeing using having needing reporting
    following confirming checking update updating urgent important serious correct
    wrong true false possible impossible great nice lovely terrible awful strange weird
    interesting difficult easy hard ridiculous unacceptable annoying frustrating
    go come let take give keep try wait hold stop sit stay tell ask check send bring
    """
    )
)

# Local parts of e-mail addresses that name a role, not a person.
_MAIL_ROLES: Final = frozenset(
    word_list(
        """
    info admin administrator support noreply no reply donotreply contact contacts office
    sales hr billing accounts account finance mail email team help helpdesk service
    services enquiries enquiry inquiries inquiry marketing webmaster postmaster hostmaster
    hello privacy security legal careers jobs press media news newsletter notifications
    notification alerts alert reception appointments appointment bookings booking records
    patients patient clinic ward desk dept department payroll claims claim fraud
    compliance kyc customer customers care client clients user users test abuse orders
    order shop store invoices invoice payments payment feedback general mailbox inbox
    it ops dev system root bot auto automated mailer daemon registry register portal
    gmail yahoo hotmail outlook example org com net
    """
    )
)

# "my name is ...", "call me ...", "this is ...", "i'm ..." in any case, and the one or two
# lower-case words after them.
_INTRO = fast_regex.compile(
    r"(?i:\b(?P<cue>my[ \t]+name[ \t]+is|my[ \t]+name's|name's|call[ \t]+me|this[ \t]+is|"
    r"i[ \t]+am|i'm|i’m|im|it's|it’s|its|it[ \t]+is|here[ \t]+is))[ \t]{1,3}"
    # a speaker's hesitation before the name, as a voicemail's transcript keeps it
    r"(?:(?:um|umm|uh|uhm|erm|er|ah|eh)[ \t,]{1,3}(?=[^\W\d_]))?"
    r"(?P<first>[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*)"
    r"(?:[ \t](?P<second>(?:(?:ó|o|ní|ni|le|la|de|da|di|del|van|von|dos|du|al|el|bin|ap)"
    r"[ \t]){0,2}[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*))?"
    r"(?![\w@])"
)
# After these cues a single word is a name even where it could be a word ("call me rose").
_NAMING_CUES: Final = frozenset({"my name is", "my name's", "name's", "call me"})


def lower_case_intros(text: str) -> list[Span]:
    """Names in lower case after a self-introduction ("this is john stephens")."""
    spans = []
    for m in _INTRO.finditer(text):
        first, second = m.group("first"), m.group("second")
        if not first.islower() or first.casefold() in COMMON:
            continue
        cue = " ".join(m.group("cue").casefold().split())
        end = m.end("first")
        if second and second.islower() and second.split()[-1].casefold() not in COMMON:
            end = m.end("second")
        elif cue not in _NAMING_CUES and not _ends_clause(text, end):
            # "i'm feeling": one word after "i'm"/"this is" is a name only when the clause
            # stops there ("hi, i'm ania." / "this is marek, from ...").
            continue
        spans.append(Span(m.start("first"), end, KIND, "name_lower_case_intro", 0.6))
    return spans


_CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?;:)\n]|$|[ \t](?:from|at|here|speaking|calling)\b)")


def _ends_clause(text: str, pos: int) -> bool:
    return _CLAUSE_END.match(text, pos) is not None


# A chat line's lower-case speaker: "[09:15] john:", "09:15 - anna k:", "john:"; in bold
# or italics as WhatsApp and Slack exports keep their markup ("*john*:", "_anna k_:"); a
# romanisation's mark inside the name ("nat`o", Georgian; "sa`id", Arabic).
_LOWER_SPEAKER = fast_regex.compile(
    r"^[ \t]{0,4}(?P<stamp>(?:\[[^\]\n]{1,40}\]|\(?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?\)?)[ \t]{0,3}[-–]?[ \t]{0,3})?"
    r"(?P<mark>[*_](?=\p{Ll}))?"
    r"(?P<name>\p{Ll}[\p{Ll}'’`ʼʻ-]{1,30}"
    r"(?:[ \t]\p{Ll}[\p{Ll}'’`ʼʻ.-]{0,30})?)(?(mark)[*_])[ \t]{0,2}:(?!//)",
    re.M,
)


def lower_case_speakers(text: str, roles: frozenset[str]) -> list[Span]:
    """Lower-case speaker tags: with a time stamp, or without one when the text is laid
    out as a chat (two labels or more each starting two lines or more, or one in a chat
    export's bold or italics starting two lines: "*anna*:"). Role words
    ("agent:", "plan:") are no person."""
    every = list(_LOWER_SPEAKER.finditer(text))
    labels = [m.group("name") for m in every]  # roles count towards a chat layout
    repeated = {label for label in labels if labels.count(label) >= 2}
    # A chat: two labels that each start two lines, or three label lines or more taking
    # turns between two labels or more, one of them twice ("anna: / piotr: / anna:").
    turns = len(labels) >= 3 and len(set(labels)) >= 2 and bool(repeated)
    chat = len(repeated) >= 2 or turns or any(m.group("stamp") for m in every)
    # A label in a chat export's markup that starts two lines is a speaker's by itself.
    chat = chat or any(m.group("mark") and m.group("name") in repeated for m in every)
    if turns:
        repeated = set(labels)
    found = [
        m
        for m in every
        if not any(w.rstrip(".") in roles or w in COMMON for w in m.group("name").split())
    ]
    return [
        Span(m.start("name"), m.end("name"), KIND, "chat_speaker_lower", 0.6)
        for m in found
        if m.group("stamp") or (chat and m.group("name") in repeated)
    ]


_LOCAL_SPLIT = re.compile(r"[._\-+\d]+")


def mail_name_values(local: str) -> list[str]:
    """The name words held in an e-mail's local part ("bruno.swic" -> bruno, swic, and the
    whole "bruno.swic"); role mailboxes ("info", "noreply") hold none."""
    parts = [p for p in _LOCAL_SPLIT.split(local) if p]
    words = [
        p
        for p in parts
        if len(p) >= 3
        and p.isalpha()
        and p.casefold() not in _MAIL_ROLES
        and p.casefold() not in COMMON
    ]
    if not words:
        return []
    whole = [local] if len(local) >= 3 and len(parts) >= 2 else []
    return words + whole


# A capitalised word right after a one-word person finding: the surname the model missed.
_NEXT_WORD = fast_regex.compile(r"[ \t](\p{Lu}[\p{Ll}'’-]{1,30})(?![\w])")
_NOT_SURNAMES: Final = frozenset(
    word_list(
        """
    street road avenue lane drive close way court place square hospital clinic ward
    unit centre center house building hall school college university institute trust
    foundation bank group ltd limited inc llc plc gmbh company syndrome disease
    """
    )
)


# A suffix or post-nominal only a person's name takes ("Esq.", "Jr.", "PhD", "MBE").
_POST_NOMINAL = fast_regex.compile(
    r",?[ \t]{1,2}(?:Esq|Jr|Snr|Sr|Jnr|PhD|MD|DO|RN|MBE|OBE|CBE|KC|QC|LCSW|LPC|MSW|"
    r"II|III|IV)\b\.?"
)


def _never_a_surname(word: str) -> bool:
    """A folded word that is no person's surname: a common word, a place or institution
    word, a word that never starts a name, or a title."""
    from app.redaction.names import is_not_name, is_title  # noqa: PLC0415

    return word in COMMON or word in _NOT_SURNAMES or is_not_name(word) or is_title(word)


# What closes a field's value: the line's end, a comma or a bracket, a column gap.
_VALUE_CLOSES = fast_regex.compile(r"[ \t]*(?:$|\r?\n|[,;|()\[\]/])|[ \t]{2}|\t")


def _given_after_caps_surname(text: str, surname: str, given: str, end: int) -> bool:
    """ "BERGLUND Per", "NGUYEN Lan": a surname in capitals, then a given name of the
    dictionary in title case that closes the value. ICAO 9303's visual zone writes the
    primary identifier (the surname) before the secondary, and EU, Nordic and East Asian
    forms and registers keep that order with the surname in capitals; a given name that
    is also a word ("Per") is the name's there."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415
    from app.redaction.names import is_title  # noqa: PLC0415

    surname = surname.strip()
    return (
        len(surname) >= 2
        and surname.isupper()
        and is_given_name(given)
        and not is_title(given)
        and _VALUE_CLOSES.match(text, end) is not None
    )


def surname_after_given(text: str, spans: list[Span]) -> list[Span]:
    """ "Adaeze Okonkwo" where only "Adaeze" was found: the capitalised word after a
    one-word person finding joins it (unless it is a place, an institution or a title)."""
    extra = []
    for span in spans:
        if span.kind != KIND or " " in text[span.start : span.end].strip():
            continue
        m = _NEXT_WORD.match(text, span.end)
        if m is None:
            continue
        word = m.group(1).casefold()
        if _given_after_caps_surname(text, text[span.start : span.end], m.group(1), m.end(1)):
            pass  # "BERGLUND Per": the given name after a surname in capitals
        elif _never_a_surname(word) and not (
            word in _NOT_SURNAMES and _POST_NOMINAL.match(text, m.end(1))
        ):
            continue  # "Victoria Ward", but "Nicola Ward, Esq." names a person
        extra.append(Span(span.start, m.end(1), KIND, "surname_after_given", span.score))
    return extra


# "Rojas faxed notes": a capitalised word as the subject of a reporting verb is a person
# unless it is a department, a role or a kinship word. A short aside in brackets may stand
# between them, as safeguarding and incident logs write a pupil's year group, a person's
# age or role ("Giorgos (Y5) said", "Okafor (54) reported", "Dana (mum) disclosed").
_REPORTER = fast_regex.compile(
    r"(?<![\w.])(?P<name>\p{Lu}[\p{Ll}'’-]{2,30})(?:[ \t]+\([^()\n]{1,16}\))?[ \t]+"
    rf"(?:{'|'.join((*REPORTING_VERBS, 'e-mailed'))})(?![\w])"
)
_NOT_REPORTERS: Final = frozenset(
    word_list(
        """
    customer client caller agent bank team staff manager lab laboratory radiology
    pathology cardiology oncology surgery neurology pharmacy police insurer insurance
    employer company husband wife mother father son daughter brother sister partner
    carer guardian family relative neighbour neighbor relatives hr payroll finance
    security compliance fraud reception triage paramedic paramedics ambulance school
    teacher court solicitor lawyer landlord tenant applicant claimant employee member
    physio physiotherapy dietitian dietician midwife surgeon consultant registrar gp
    everyone someone nobody somebody anyone merchant vendor supplier system portal
    victim witness suspect offender complainant informant pupil student child parent mum
    dad interviewee interviewer interpreter respondent rider driver passenger resident
    visitor patient
    """
    )
)


def reporting_subjects(text: str) -> list[Span]:
    """Capitalised subjects of a reporting verb ("Rojas faxed notes", "Ruy reports")."""
    spans = []
    for m in _REPORTER.finditer(text):
        word = m.group("name").casefold()
        if word in _NOT_REPORTERS or _never_a_surname(word):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, "reporting_subject", 0.55))
    return spans


# "connecting you to Vitor", "I'll put you through to Marta", "you're through to Ines": a
# call transcript (an IVR's or an agent's) hands the caller over to the agent by given
# name. The same words hand over to a department ("transferring you to Billing"): a word
# shaped like one (a plural, an -ology or -ing word, a heading or role word) stays unless
# it is a given name.
_HANDOVER = fast_regex.compile(
    r"(?i:\b(?:connect(?:ing)?[ \t]+you[ \t]+(?:to|with)|"
    r"(?:transfer(?:ring)?|pass(?:ing)?)[ \t]+you[ \t]+(?:(?:back|over|across)[ \t]+)?to|"
    r"put(?:ting)?[ \t]+you[ \t]+through[ \t]+to|hand(?:ing)?[ \t]+you[ \t]+over[ \t]+to|"
    r"you(?:['’]re|[ \t]+are)[ \t]+(?:through|speaking)[ \t]+(?:to|with)))"
    r"[ \t]+"
    r"(?P<name>\p{Lu}\p{Ll}[\p{Ll}'’-]{1,30})(?=[ \t]*(?:[.,;!?)]|$|\n|now\b|shortly\b))"
)
_DEPARTMENT_ENDS: Final = ("s", "ing", "ology", "ics", "ment", "ion", "ery", "ary", "ry")


def handover_names(text: str) -> list[Span]:
    """The agent a call is handed over to by given name (`_HANDOVER`)."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415
    from app.redaction.name_guards import HEADING_WORDS, ROLE_NOUNS  # noqa: PLC0415

    if "you" not in text and "You" not in text:
        return []
    spans = []
    for m in _HANDOVER.finditer(text):
        name = m.group("name")
        folded = name.casefold()
        if _never_a_surname(folded) or folded in HEADING_WORDS or folded in ROLE_NOUNS:
            continue
        if folded.endswith(_DEPARTMENT_ENDS) and not is_given_name(name):
            continue  # "Billing", "Cardiology", "Accounts"
        spans.append(Span(m.start("name"), m.end("name"), KIND, "call_handover", 0.6))
    return spans


# "@ania.k": a chat mention is a person's handle, whatever it spells.
_MENTION = fast_regex.compile(r"(?<![\w.@])@(?P<name>[^\W\d_][\w.-]{0,30}[^\W_])(?![\w@])")

# "Leclerc-Kramer's wife", "Okafor's claim": a capitalised name owning a relative or a
# personal record is a person.
_POSSESSOR = fast_regex.compile(
    r"(?<![\w.])(?P<name>\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2})['’]s[ \t]+"
    r"(?i:wife|husband|partner|son|daughter|mother|father|brother|sister|carer|caregiver|"
    r"friend|girlfriend|boyfriend|fianc[ée]e?|mum|mom|dad|widow|widower|grandson|"
    r"granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|guardian|"
    r"children|kids|baby|twins|employer|landlord|tenant|solicitor|lawyer|"
    r"account|claim|policy|statement|passport|licence|license|phone|car|flat|house)(?![\w])"
)


# Roles that own records too ("Driver's licence", "Owner's phone"): not a person's name.
_ROLES: Final = frozenset(
    word_list(
        """
    driver owner holder keeper user member customer client caller applicant claimant
    employee employer patient doctor nurse tenant landlord insured policyholder sender
    recipient beneficiary guarantor child baby victim suspect witness officer agent
    """
    )
)


# Initials and a surname ("D. Okonkwo", "A. D. Rust", "J.-P. Lefèvre", "Ł. Wójcik-Nowak"),
# and a surname and its initials ("Okonkwo, A.", "Nowak, J. K."): the initials make the
# capitalised word a person's name. The letter before the initials may not be a word's
# (an initial is no "Vitamin D." or "Hepatitis B." closing a sentence); initials written
# closed up ("T.C.", "U.S.") are an abbreviation before a word, not a person's. A surname
# may have two letters, as romanised Chinese, Korean and Vietnamese surnames often do
# ("A. Co", "J. Ng", "T. Vu"); a two-letter abbreviation ("St", "Rd", "Pt") is none.
_INITIALS_SURNAME = fast_regex.compile(
    r"(?<![\p{L}\p{N}.][ \t]?)(?<![\p{L}\p{N}.])"
    r"(?P<name>\p{Lu}\.(?:-\p{Lu}\.)?(?:[ \t]\p{Lu}\.(?:-\p{Lu}\.)?){0,2}[ \t]?"
    r"\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?)(?![\p{L}\p{N}])"
)
_TWO_LETTER_ABBREVIATIONS: Final = frozenset(
    word_list("st rd pt re mt ft hb dr mr ms mx nr vs cf eg ie ca ch fr jr sr av bd tb ty")
)
_SURNAME_INITIALS = fast_regex.compile(
    r"(?<![\p{L}\p{N}])(?P<name>\p{Lu}\p{Ll}[\p{L}'’]+(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?,"
    r"[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,2})(?![\p{L}\p{N}])"
)


# A surgical pathology report letters the parts of a specimen ("A.", "B.": the CAP
# cancer protocols' and the Royal College of Pathologists' datasets) and repeats each
# letter in its diagnosis: "Specimen: A. Sentinel lymph node", "DIAGNOSIS: A. Metastatic
# carcinoma". After such a label the letter and word are a part, not an initial and a
# surname.
_PART_LABEL_BEFORE = fast_regex.compile(
    r"(?<![\w])(?i:specimens?|parts?|diagnos[ie]s|final[ ]diagnosis|gross(?:[ ]description)?|"
    r"microscopic(?:[ ]description)?|frozen[ ]section|source[ ]of[ ]specimen)"
    r"[ \t]*[:.-]?[ \t]*$"
)


def initial_forms(text: str) -> list[Span]:
    """Names written with initials: "A. D. Rust", "Okafor, A." (not a common word after
    the initials: "A. The", and not a label or sign-off before them: "Signed, A.")."""
    from app.redaction.names import is_cue_word  # noqa: PLC0415

    spans: list[Span] = []
    for m in _INITIALS_SURNAME.finditer(text):
        word = m.group("name").rsplit(".", 1)[-1].strip()
        if len(word) == 2 and (
            word.casefold() in _TWO_LETTER_ABBREVIATIONS or text.startswith(".", m.end("name"))
        ):
            continue  # "A. St. James": an abbreviation with its dot
        if _PART_LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Specimen: A. Sentinel lymph node": a specimen part's letter
        if word.casefold() not in COMMON and not _never_a_surname(word.casefold()):
            spans.append(Span(m.start("name"), m.end("name"), KIND, "initials_surname", 0.6))
    for m in _SURNAME_INITIALS.finditer(text):
        word = m.group("name").split(",", 1)[0]
        if is_cue_word(word):
            continue  # "Signed, V. Das": a sign-off before the initials, not a surname
        if word.casefold() not in COMMON and not _never_a_surname(word.casefold()):
            spans.append(Span(m.start("name"), m.end("name"), KIND, "surname_initials", 0.6))
    return spans


def mentions_and_possessors(text: str) -> list[Span]:
    """Chat mentions ("@ania.k"), possessors of a relative or record ("Okafor's wife"),
    and names written with initials (`initial_forms`)."""
    spans = [Span(m.start(), m.end(), KIND, "chat_mention", 0.6) for m in _MENTION.finditer(text)]
    spans += initial_forms(text) + initials_alone(text) + surname_initial(text)
    spans += signed_and_dated(text) + handover_names(text) + provider_initial_forms(text)
    spans += misread_name_words(text)
    for m in _POSSESSOR.finditer(text):
        words = [w.casefold() for w in re.split(r"[ -]", m.group("name"))]
        if any(w in _ROLES or _never_a_surname(w) for w in words):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, "possessor_of_relative", 0.55))
    return spans


# Machine logs and alerts name people as key=value fields: `reviewer=maria.bernal`,
# `assigned_to="Okafor, A."`, `user: k.nowak`. The key says a person follows. Ticket
# systems print the people of a ticket so too: Jira's Assignee and Reporter, ServiceNow's
# Assigned to, Caller, Opened by and Resolved by, Zendesk's Requester and Submitter,
# Bugzilla's Assigned To, RT's Requestors ("Assigned: petrit-fier").
_PERSON_KEY = fast_regex.compile(
    r"(?i)(?<![\w])(?:reviewer|reviewed_by|analyst|agent|user|user_?name|user_?id|login|"
    r"owner|assignee|assigned(?:[ _]to)?|operator|handler|approver|approved_by|author|"
    r"created_by|updated_by|modified_by|closed[ _]by|opened[ _]by|resolved[ _]by|reporter|"
    r"requester|requestors?|submitter|investigator|officer|employee|staff|customer|caller|"
    r"cardholder|holder|name|full_?name)[ ]?[=:][ ]?"
    r"(?:\"(?P<quoted>[^\"\n]{2,60})\"|'(?P<single>[^'\n]{2,60})'|(?P<bare>[^\W\d_][\w.'’-]{1,40}))"
)
_NOBODY: Final = frozenset(
    word_list("system auto automatic bot admin root none null nil n/a na unassigned unknown")
)


def _letters(word: str) -> bool:
    return word.replace("'", "").replace("’", "").isalpha()


def _hyphened_name(value: str) -> bool:
    """Words joined by hyphens that name someone: a double surname ("Zieliński-Kubiak"), or
    a login with a given name among its parts ("petrit-fier"); no common word
    ("self-referral", "in-house" are no one) and no digit ("GM22-FUTE-6P3R" is a code)."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    parts = value.split("-")
    if len(parts) < 2 or any(not _letters(p) or p.casefold() in COMMON for p in parts):
        return False
    return value[:1].isupper() or any(is_given_name(p) for p in parts)


# Any key of a logfmt or syslog line may quote a person's name as its value ("for=\"…\"",
# "on_behalf_of=\"…\"", "patient=\"…\""): a quoted value of two to four capitalised words,
# the first a dictionary given name, is a person whatever the key.
_QUOTED_VALUE = fast_regex.compile(
    r"(?<![\w])[A-Za-z_][\w.-]{0,30}=\"(?P<name>\p{Lu}[\p{L}'’-]{1,30}"
    r"(?:[ ]\p{Lu}[\p{L}'’.-]{0,30}){1,3})\""
)


# ... and under a key that names a person's role, as telehealth and EHR audit logs name a
# session's patient and clinician and claim logs a claim's parties, a quoted value of
# capitalised words is a person whether or not its first word is in the dictionary.
_ROLE_KEY = re.compile(
    r"(?i:patient|patient_name|clinician|physician|doctor|nurse|practitioner|participant|"
    r"guardian|beneficiary|payee|insured|applicant|caregiver|carer|guest|subscriber|tenant|"
    r"account_holder|informant|deceased|executor)$"
)


def _english(word: str) -> bool:
    """A word English holds in some sense ("Stable", "Overnight")."""
    from app.redaction.lower_case_names import english_senses  # noqa: PLC0415

    return any(english_senses(word.casefold()))


def _quoted_names(text: str) -> list[Span]:
    from app.redaction.given_names import is_given_name  # noqa: PLC0415
    from app.redaction.name_neighbours import plain_word  # noqa: PLC0415

    spans = []
    for m in _QUOTED_VALUE.finditer(text):
        words = m.group("name").split()
        key = text[m.start() : m.start("name") - 2]
        first = is_given_name(words[0]) or (
            _ROLE_KEY.match(key) is not None and not all(_english(w) for w in words)
        )
        if first and not any(plain_word(w.casefold()) for w in words):
            spans.append(Span(m.start("name"), m.end("name"), "PERSON", "person_key_value", 0.7))
    return spans


def _speech(value: str) -> bool:
    """A quoted value that reads as a sentence, not a field: a call log or transcript quotes
    what a caller said after "caller:" ('caller: "my husband set it up, his mobile is"').
    A name, however long ("Ana do Carmo van der Berg"), holds at most a particle or two
    that are everyday words too; a sentence holds three or more."""
    words = [w.strip(".,;:!?") for w in value.split()]
    return sum(w.islower() and w in COMMON for w in words) >= 3


def key_value_people(text: str) -> list[Span]:
    """People named as the value of a person key in a log or alert line (`reviewer=...`),
    or as a quoted value with a given name under any key (`_QUOTED_VALUE`)."""
    if "=" not in text and ":" not in text:
        return []
    spans = _quoted_names(text) if '="' in text else []
    for m in _PERSON_KEY.finditer(text):
        group = next(g for g in ("quoted", "single", "bare") if m.group(g) is not None)
        value = m.group(group).strip()
        if not value or value.casefold() in _NOBODY or not any(c.isalpha() for c in value):
            continue
        if group != "bare" and _speech(value):
            continue  # 'caller: "my husband set it up, ..."': a transcript's quoted words
        handle = "." in value or "_" in value or ("-" in value and _hyphened_name(value))
        keyed = "=" in m.group(0)[: m.start(group) - m.start()]
        if group == "bare" and not (handle or (keyed and value[:1].isupper())):
            continue  # "name: Pending": a bare word after a colon needs a handle's shape
        start = m.start(group) + m.group(group).index(value)
        spans.append(Span(start, start + len(value), "PERSON", "person_key_value", 0.7))
    return spans


# Designators: a word a letter or a roman numeral follows as its class, never a surname
# with its initial ("Type A", "Hepatitis B", "Grade II", "Section C", "Vitamin D").
_DESIGNATED: Final = frozenset(
    word_list(
        """
    type group grade class stage phase section part level zone ward bay block room unit
    plan vitamin hepatitis factor schedule appendix annex exhibit form lead category tier
    size model version option item step table figure box line row column sheet page
    pattern mode channel wing floor gate door building tower site area region district
    hall court team cohort arm visit dose series list panel test tube lot batch
    """
    )
)
# The letters a name's initials are never: credentials and abbreviations a capitalised
# word takes after it ("Smith MD", "Ward ICU").
_NOT_INITIALS: Final = frozenset(
    word_list(
        """
    MD DO RN PA NP GP OT PT ST SLP LPN CNA HCA EMT MBBS FRCS FRCP MRCP PHD MSC BSC BA MA
    ICU HDU ED ER OR CT MR MRI IV IM PO SC SL PR PV NG BP HR RR UK US USA EU II III IV VI
    AM PM NA NB OK TV ID QA QC HQ IT HR
    """
    )
)
# A surname and its initials without dots ("Kabanenko A", "Okafor AB"): the Vancouver
# style of reference lists and of staff rosters, rotas and sign-off columns.
_SURNAME_LETTERS = fast_regex.compile(
    r"(?<![\p{L}\p{N}.'’-])(?P<name>(?P<surname>\p{Lu}\p{Ll}[\p{L}'’]+(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?)"
    r"[ \t](?P<letters>\p{Lu}{1,3}))(?![\p{L}\p{N}]|\.\p{L}|[ \t]\p{Lu}\p{Ll})"
)
# Words that lead to a person: a preposition of agency, a role, a title or a label's colon.
_LEADS: Final = frozenset(word_list("by per to from with cc and signed seen reviewed screened"))
# A role written in capitals before initials and a surname ("SW J. Ericsson", "RN M.
# Okafor", "HCA T. Nwosu"): a credential or job abbreviation of two to four letters.
_ROLE_INITIALS = fast_regex.compile(
    r"(?<=[\p{L}][ \t])(?P<name>\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,2}[ \t]?\p{Lu}\p{Ll}[\p{L}'’]+"
    r"(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?)(?![\p{L}\p{N}])"
)
_LEAD_BEFORE = fast_regex.compile(r"(?<![\p{L}\p{N}.])(?P<lead>\p{Lu}{2,4}|\p{L}\p{Ll}+)[ \t]$")
# Initials closed up without dots and a surname, alone in a table cell ("WJ Fuller
# Goodman" in a chart's signature column): the cell's edges (a line's start or end, a
# tab, a pipe or a gap of two spaces) frame it.
_CELL_INITIALS = fast_regex.compile(
    r"(?<![^\n\t| ])(?P<name>(?P<letters>\p{Lu}{2,3})[ \t]"
    r"(?P<surname>\p{Lu}\p{Ll}[\p{L}'’-]+(?:[ ]\p{Lu}\p{Ll}[\p{L}'’-]+)?))"
    r"(?=[ \t]*(?:$|[\t|]|[ ]{2}))",
    re.M,
)
_CELL_START = fast_regex.compile(r"(?:[\t|]|[ ]{2})[ \t]*$")


def _lead_word(text: str, start: int) -> str:
    """The word right before `start` (a label's colon skipped), folded."""
    before = text[max(0, start - 32) : start].rstrip(" \t").rstrip(":").rstrip(" \t")
    return before.rsplit(None, 1)[-1].casefold().rstrip(".") if before.split() else ""


def initials_without_dots(text: str) -> list[Span]:
    """ "radiographer Kabanenko A" (a surname and its initials after a role, a title or a
    word of agency), "SW J. Ericsson" (initials after a role abbreviation) and "WJ Fuller
    Goodman" (initials closed up, alone in a table cell). The surname is no common,
    heading, role or designator word ("Type A", "Hepatitis B", "CT Head")."""
    from app.redaction.name_guards import ROLE_NOUNS  # noqa: PLC0415
    from app.redaction.names import is_acronym, is_cue_word  # noqa: PLC0415

    def plain(words: list[str]) -> bool:
        return any(
            w.casefold() in _DESIGNATED or _never_a_surname(w.casefold()) or is_cue_word(w)
            for w in words
        )

    spans = []
    for m in _SURNAME_LETTERS.finditer(text):
        if m.group("letters") in _NOT_INITIALS or plain(m.group("surname").split("-")):
            continue
        lead = _lead_word(text, m.start())
        if lead in ROLE_NOUNS or lead in _LEADS or _is_title(lead) or is_cue_word(lead):
            spans.append(Span(m.start("name"), m.end("name"), KIND, "surname_letters", 0.6))
    for m in _ROLE_INITIALS.finditer(text) if "." in text else ():
        before = _LEAD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before is None:
            continue
        lead = before.group("lead")
        folded = lead.casefold()
        # A role in capitals ("SW"), a role or agent noun ("Vaccinator B. Robinson"), or a
        # word of agency ("by B. Robinson"; not "and B." of "types A and B. Results").
        role = (
            (lead.isupper() and lead not in _NOT_LEADS)
            or folded in ROLE_NOUNS
            or (lead[0].islower() and folded in _LEADS - {"to", "from", "and"})
            or is_agent_noun(folded)
            # a shift log's signature before its entry ("Frühdienst N. Hug: Insulin 8 IE")
            or (text.startswith(":", m.end()) and folded not in _DESIGNATED)
        )
        surname = m.group("name").rsplit(".", 1)[-1].strip()
        if role and not plain([surname]):
            spans.append(Span(m.start("name"), m.end("name"), KIND, "role_initials", 0.6))
    cells = "  " in text or "\t" in text or "|" in text
    for m in _CELL_INITIALS.finditer(text) if cells else ():
        letters = m.group("letters")
        head = text[text.rfind("\n", 0, m.start()) + 1 : m.start()][-24:]
        if head.strip() and not _CELL_START.search(head):
            continue  # the cell's edge before it: a line start, a tab, a pipe, two spaces
        if letters in _NOT_INITIALS or is_acronym(letters) or plain(m.group("surname").split()):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, "cell_initials", 0.55))
    return spans


# Capitals before initials that are no role: the article and words of a heading.
_NOT_LEADS: Final = frozenset(word_list("A I AN THE AND OR OF TO IN ON AT BY FOR DR NO RE"))


# English agent nouns end in -or, -er, -ist, -ian or -ee ("vaccinator", "audiologist",
# "sonographer", "physician", "assignee"); these words end so and name no one.
_AGENT_ENDS: Final = ("or", "er", "ist", "ian", "ee")
_NOT_AGENTS: Final = frozenset(
    word_list(
        """
    after other under over never ever either neither whether rather however together
    further later earlier number order border corner chapter letter paper water matter
    gender center centre register folder header footer filter counter poster banner
    cancer ulcer liver bladder shoulder finger fever tumor tumour disorder cluster
    chamber diameter parameter meter liter litre quarter semester summer winter weather
    power tower shower answer dinner container computer printer scanner server browser
    monitor sensor motor factor vector sector error color colour floor door mirror
    interior exterior anterior posterior superior inferior major minor prior offer
    transfer wafer blister inhaler catheter pacemaker marker sticker character reminder
    remainder barrier carrier corridor elevator indicator calculator generator
    median meridian agree degree guarantee committee coffee
    """
    )
)


def is_agent_noun(word: str) -> bool:
    """True for a folded English agent noun by its ending ("vaccinator", "audiologist"),
    not a word of a list that ends so ("number", "checklist", "committee")."""
    return (
        len(word) >= 5
        and word.isalpha()
        and word.endswith(_AGENT_ENDS)
        and word not in _NOT_AGENTS
        and word not in COMMON
        and not word.endswith(("list", "wrist"))
        and word not in _DESIGNATED
    )


def _is_title(word: str) -> bool:
    from app.redaction.names import is_title  # noqa: PLC0415

    return bool(word) and is_title(word)


# Arabic names abbreviate Muhammad ("Mohd" in Malaysia, "Md" in Bangladesh, "Med" in the
# Maghreb) and call a parent by the first child's name, the kunya ("Abu Bakr", "Umm
# Kulthum", "Um Mhamad", "Oum Walid"): the abbreviation or kinship word and the name
# after it are one person's name.
_MUHAMMAD = r"(?:M(?:[uo]|ou)?h?['’]?a?m+[ae]d+|Mu?h?ammad|Mehmet|Mahmoud|Mahmud)"
_ARABIC_FORMS = fast_regex.compile(
    r"(?<![\p{L}\p{N}])(?P<name>(?P<head>Mohd|Muhd|Mhd|Md|Med|Abu|Abou|Abū|Umm|Um|Oum|Om|Ummu)"
    r"\.?[ \t-](?P<next>\p{Lu}[\p{Ll}'’]+)(?P<more>(?:[ \t]\p{Lu}[\p{Ll}'’-]+){0,2}))"
    r"(?![\p{L}\p{N}])"
)
_MUHAMMAD_RE = re.compile(_MUHAMMAD + "$")
_UNAMBIGUOUS_HEADS: Final = frozenset({"Mohd", "Muhd", "Mhd"})


def arabic_name_forms(text: str) -> list[Span]:
    """ "Mohd Najib Razak", "Med Mounir Karim", "Um Mhamad": a name after an abbreviation
    of Muhammad or a kunya's Abu/Umm, when the next word is a given name (or a spelling
    of Muhammad); after "Mohd", any name word."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    spans = []
    for m in _ARABIC_FORMS.finditer(text):
        nxt = m.group("next")
        named = is_given_name(nxt) or _MUHAMMAD_RE.match(nxt) is not None
        if not named and not (
            m.group("head") in _UNAMBIGUOUS_HEADS and not _never_a_surname(nxt.casefold())
        ):
            continue
        end = m.end("next")
        for word in m.group("more").split():
            if _never_a_surname(word.casefold()):
                break
            end = text.index(word, end) + len(word)
        spans.append(Span(m.start("name"), end, KIND, "arabic_name_form", 0.6))
    return spans


# A person found inside a field's value, and the words beside it that complete the value
# in a name's written forms: the register's inversion "Surname, Given" ("Vertragspartner:
# Comment, Julie", whatever word the surname also is), initials or a title in capitals
# closed up before the name ("MS Raj", "AR Rahman": South Indian names put the initials of
# the father's name and the place first), and the surname written first ("Torres
# Francisco", as registers, East Asian and Hungarian order write it). The value runs from
# its label's colon (ASCII or full-width) to the line's end, a column gap, an ideographic
# space or a bracket.
_VALUE_LEAD = fast_regex.compile(
    r"\p{L}[ \t)]?[:：][ \t\u3000]*"
    r"(?:(?P<inverted>\p{Lu}[\p{L}'’-]{1,30}),[ \t]"
    r"|(?P<caps>\p{Lu}{2,3})[ \t]"
    r"|(?P<first>\p{Lu}\p{Ll}[\p{L}'’-]{1,30})[ \t])\Z"
)
_VALUE_CLOSE = fast_regex.compile(r"[ \t]*(?:$|\n|[(;|])|[ \t]{2}|\t|\u3000|[ \t]+[-–—]{1,2}[ \t]")
# Closed-up capitals before a name that are no initials: credentials, services, units.
_CAPS_NOT_INITIALS: Final = frozenset(
    word_list(
        """
    gp rn md np pa ot pt ed er icu hdu ccu itu ae dn hca slt cns sho spr st fy ct mri
    us ecg ekg eeg uk usa eu un nhs rip pc dc ds di dci sgt
    """
    )
)


def names_filling_fields(text: str, spans: list[Span]) -> list[Span]:
    """Person findings grown to the whole field value they stand in when the words before
    them complete a name's written form (see `_VALUE_LEAD`): the surname of "Surname,
    Given", initials or a title in capitals, a surname written first before a given name.
    The found name must close the value."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415
    from app.redaction.name_neighbours import plain_word  # noqa: PLC0415
    from app.redaction.names import is_cue_word, is_title  # noqa: PLC0415

    if ":" not in text and "：" not in text:
        return []
    extra = []
    for span in spans:
        value = text[span.start : span.end]
        if span.kind != KIND or " " in value.strip() or not value[:1].isupper():
            continue
        m = _VALUE_LEAD.search(text, max(0, span.start - 40), span.start)
        if m is None or _VALUE_CLOSE.match(text, span.end) is None:
            continue
        if (word := m.group("inverted")) is not None:
            ok = not is_cue_word(word) and not is_title(word.casefold())
        elif (caps := m.group("caps")) is not None:
            ok = not value.isupper() and caps.casefold() not in _CAPS_NOT_INITIALS
        else:
            first = m.group("first").casefold()
            ok = (
                is_given_name(value)
                and not is_given_name(first)
                and not _never_a_surname(first)
                and not plain_word(first)
            )
        if ok:
            lead = next(g for g in ("inverted", "caps", "first") if m.group(g) is not None)
            extra.append(Span(m.start(lead), span.end, KIND, "name_fills_field", span.score))
    return extra
