"""What a person finding is not: the capitalised words clinical, bank and office text
holds that name nobody. spaCy, the given-name dictionary and the unknown-proper-noun rule
read these as people; precision (what an annotator can still read) suffers, so person
findings are tidied and checked here before they are masked.

Every guard is a class of word, never a list of values: drug names by the stems the
WHO's International Nonproprietary Names use (-mab, -pril, -olol, -statin...), medical
eponyms by the noun after them ("Crohn's disease", "Apgar score", "Foley catheter"),
organisms by the binomial Latin shape ("Escherichia coli"), credentials and roles written
after a name ("MD PhD", "RN"), and the politeness words of other languages. Only findings
made from what a word is (spaCy, the dictionary, an unknown word, a repeat) are dropped;
a name after a title or a role word stays a name whatever it looks like.
"""

from __future__ import annotations

import functools
import importlib
import itertools
from typing import Final

from app.redaction import fast_regex
from app.redaction.article_nouns import without_article_nouns
from app.redaction.bilingual_labels import bilingual_label
from app.redaction.caps_labels import caps_label
from app.redaction.case_fields import in_case_field
from app.redaction.clinical_words import clinical_word
from app.redaction.dicom_keywords import dicom_keyword
from app.redaction.form_titles import form_title
from app.redaction.header_labels import header_label
from app.redaction.label_guards import label_head, role_before_name, title_line
from app.redaction.lower_phrases import lower_case_phrase
from app.redaction.spans import WORD_KINDS, Span
from app.redaction.speaker_edges import speaker_bounds
from app.redaction.subject_titles import subject_title
from app.redaction.title_segments import across_title_parts
from app.redaction.transcript_roles import only_roles
from app.redaction.wordtrie import word_list

# Rules that find a person from the word itself, not from a cue beside it: their findings
# are dropped when the word is a drug, an eponym or an organism.
CONTENT_RULES: Final = frozenset(
    {
        "SpacyRecognizer",
        "given_name_gazetteer",
        "unknown_proper_nouns",
        "spacy_on_capitals",
        "surname_after_given",
        "reporting_subject",
        "possessor_of_relative",
        "surname_before_comma",
    }
)

# Rules whose one-word finding before "Role: Given Surname" is that role (spaCy reads the
# label of a form line as a person; the unknown-word rule already skips a word so placed).
_ROLE_CHECKED: Final = frozenset({"SpacyRecognizer", "spacy_on_capitals"})

# Rules that find a person from another finding beside it (name_neighbours): what such a
# finding holds is only as sure as the finding it grew from.
_DERIVED_RULES: Final = frozenset({"name_beside_person"})

# Findings a German noun after an article (article_nouns) or a title in capitals over a
# form's subject field (subject_titles) is taken from: those made from the words themselves
# or grown from a finding beside them, never those of a cue, title or field.
_TITLE_CHECKED: Final = CONTENT_RULES | _DERIVED_RULES
# Findings a bilingual label's half (bilingual_labels) is taken from: those made from the
# words themselves, grown from a finding beside them, or a run of another script.
_BILINGUAL_CHECKED: Final = _TITLE_CHECKED | {"foreign_runs"}

# Rules that read a name from the field a standard defines for it (HL7 v2's XPN and XCN,
# vCard's N and FN), or a form's caption that asks for a surname ("Maiden surname: WARD"):
# the field says it is a name, whatever word it is. An X12 NM1 segment of entity type "1"
# (a person) writes the person's last and first names ("NM1*IL*1*WARD*ANA~").
FIELD_RULES: Final = frozenset({"hl7_v2", "vcard", "birth_name_caption", "x12_name"})

# INN stems (WHO, "The use of stems in the selection of INN"): a capitalised word ending
# so is a medicine far more often than a name. Six letters at least ("Lisinopril").
_DRUG_STEMS = fast_regex.compile(
    r"(?i:(?:mab|pril|olol|alol|ilol|statin|azole|cillin|sartan|floxacin|oxacin|cycline|"
    r"mycin|micin|tidine|prazole|gliptin|gliflozin|glutide|parin|xaban|gatran|tinib|"
    r"ciclib|rafenib|[aiou]vir|dronate|lukast|triptan|setron|azepam|azolam|oxetine|"
    r"pramine|triptyline|semide|thiazide|dipine|terol|olone|asone|isone|formin|"
    r"profen|barbital|azosin|platin|rubicin|taxel|trexate|zepine|peridone|tropium|"
    r"sonide|phylline|fungin|penem|tretin|zolid|nidazole|ximab|zumab|umab|kinra|"
    r"fenac|coxib|codone|morphone|teplase|glinide|glitazone|lutamide)$)"
)
_DRUG_MIN = 6
# A dose after the word: "Clexane 40 mg", "Xarelto 20mg", "Lantus 10 units".
_DOSE_AFTER = fast_regex.compile(
    # a fixed combination's partner and doses ("Tilidin/Naloxon 50/4 mg", "Co-amoxiclav
    # 500/125 mg" as summaries of product characteristics write them) are the dose's too
    r"(?:/\p{L}[\p{L}-]{2,30})?"
    r"[ \t]{1,2}\d+(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)?[ \t]?"
    r"(?i:mg|mcg|µg|ug|g|ml|mL|units?|iu|mmol|%|puffs?|"
    r"tabs?|tablets?|caps?|capsules?|drops?|sachets?)\b"
)
# A route or schedule after a drug: "Humira subcut", "Seretide inhaler", "Eliquis BD".
_DRUG_AFTER = fast_regex.compile(
    r"[ \t]{1,2}(?:(?i:inhaler|injection|infusion|tablets?|capsules?|patch|cream|"
    r"ointment|syrup|suspension|subcut|nebs?|prn|nocte|mane|once\s+daily|twice\s+daily|"
    r"once\s+weekly|daily|dose)\b|(?:IV|SC|IM|PO|OD|BD|TDS|QDS)\b)"
)
# A prescribing verb after a drug, then the clause ends: "Januvia continued;", "Seretide
# held." ("Okafor continued to improve" goes on, so it stays a name).
_DRUG_VERB_AFTER = fast_regex.compile(
    r"[ \t]{1,2}(?i:continued|held|stopped|withheld|discontinued|paused|restarted|started|"
    r"omitted|suspended|increased|reduced|changed|weaned|titrated)[ \t]*(?:[.;,\n]|$)"
)
# Words that head a medicine's name: "Insulin Glargine", "Vitamin D".
_DRUG_HEADS: Final = frozenset(word_list("insulin vitamin"))
# An eponymous sign after its finding's adjective: "an upgoing Babinski".
_SIGN_BEFORE = fast_regex.compile(
    r"(?i:\b(?:upgoing|downgoing|positive|negative|equivocal|extensor|flexor)[ \t]{1,2})$"
)
# A company paid or refunded through: "refunded through Klarna", "paid via Binance".
_PAID_THROUGH = fast_regex.compile(
    r"(?i:\b(?:paid|pay|payment|refunded|refund|transferred|sent|ordered|booked|bought|"
    r"purchased|withdrawn|deposited)[ \t]{1,2}(?:via|through|with|using|on)[ \t]{1,2})$"
)
# A drug word before: "started Xarelto", "on Eliquis", "switched to Humira".
_DRUG_BEFORE = fast_regex.compile(
    r"(?i:\b(?:started|start|starting|commenced|restarted|stopped|stop|continue|"
    r"continued|continuing|held|hold|withheld|switched\s+to|changed\s+to|prescribed|"
    r"taking|dose\s+of|course\s+of|trial\s+of|increased|reduced|titrated|weaned|"
    r"allergic\s+to|allergy\s+to|intolerant\s+of)[ \t]{1,2})$"
)

# Nouns that follow an eponym in a condition, sign, score or device ("Crohn's disease",
# "Glasgow Coma Scale", "Apgar score", "Foley catheter", "Whipple procedure").
_EPONYM_NOUNS: Final = frozenset(
    word_list(
        """
    disease diseases syndrome syndromes sign signs score scores scale scales class
    classification grade grading criteria procedure operation catheter tube fracture
    palsy phenomenon arteritis lymphoma sarcoma dementia thyroiditis oesophagus esophagus
    tumour tumor reflex manoeuvre maneuver breathing respiration encephalopathy disorder
    anomaly ulcer triad staging hernia cyst ligament canal duct gland granuloma
    contracture deformity neuroma neuralgia chorea ataxia dystrophy anaemia anemia coma
    carcinoma cardiomyopathy fundoplication aneurysm paralysis stain forceps speculum
    splint shunt anastomosis incision thickness
    """
    )
)
_EPONYM_AFTER = fast_regex.compile(
    r"(?:['’]s|s['’]|['’])?(?:-\p{Lu}[\p{L}'’]+)?[ \t]{1,2}"
    r"(?:\p{Lu}[\p{L}]+[ \t]{1,2})?(?P<noun>[\p{L}]+)"
)

# "Escherichia coli", "Clostridioides difficile": a genus and a Latin species epithet.
_GENUS = fast_regex.compile(
    r"(?:ella|ia|us|as|um|oides|ides|cus|myces|bacter|coccus|monas|ium|ida|ix|ter)$"
)
_EPITHET = fast_regex.compile(
    r"[ \t]{1,2}(?P<epithet>\p{Ll}{3,}(?:us|ae|ii|um|osa|ica|icus|ensis|genes|ilis|ile|alis|"
    r"atus|ata|oides|ella|ori|iae|idis|ophila|formis|icans|ingens|eus)|coli|spp?\.)(?![\w])"
)
_NOT_EPITHETS: Final = frozenset(
    word_list(
        "status virus focus bonus campus census minimum maximum museum premium while smile "
        "mobile profile data plus thus versus various previous serious nervous obvious "
        "famous anxious curious continuous"
    )
)

# Credentials and roles written after a name ("Name MD PhD", "Name, RN").
_CREDENTIALS: Final = frozenset(
    word_list(
        """
    md phd rn do dds dmd mbbs mbchb mb bs bchir frcp frcs frcr frcpath frcog frcpch
    frcgp mrcp mrcs mrcgp facp facs fache msc bsc ba ma mba mph mrpharms pharmd np pa
    lpn cnp crna dnp aprn fnp rgn rmn rm mcsp hcpc bds cpa acca aca cfa esq
    """
    )
)
# Prescription (sig) abbreviations of Latin and the hour, written in lower case after a
# dose ("q6h prn", "valid 72 h."): a schedule, never a name written so.
_SIG_WORDS: Final = frozenset(
    word_list(
        """
    prn stat nocte mane qd qid tid bid od bd tds qds qhs hs ac pc po sc im iv sl pr
    qam qpm qod h hr hrs min mins
    """
    )
)
# A markup tag ("<Nm>", "</Cdtr>"): no name holds one.
_TAGS = fast_regex.compile(r"(?:<[/?!]?[\p{L}_][^<>\n]{0,40}>[ \t]*)+")
_TAIL_WORD = fast_regex.compile(r"[ \t,]+(?P<word>[\p{L}.]+)\.?[ \t]*$")

# Politeness and function words of other languages that stand capitalised at a line's
# start or in a greeting; spaCy reads them as names ("Vielen Dank", "Muchas gracias").
FOREIGN_COMMON: Final = frozenset(
    word_list(
        """
    danke vielen dank bitte sehr geehrte geehrter damen herren liebe lieber und mit
    freundlichen grüßen grüsse gruß hallo guten tag morgen abend tschüss bis bald
    gracias muchas muchísimas estimado estimada estimados señores saludos buenos buenas
    días tardes noches hasta luego atentamente cordialmente por favor
    obrigado obrigada muito obrigados prezado prezada caro cara bom dia boa tarde noite
    até logo atenciosamente pela ajuda
    merci beaucoup bonjour bonsoir bonne journée soirée cher chère madame monsieur
    cordialement salutations amicalement bien vous
    grazie mille gentile egregio buongiorno buonasera cordiali saluti distinti arrivederci
    tutti prego
    dank hartelijk bedankt beste geachte groeten vriendelijke goedemorgen goedemiddag
    um rückruf antwort
    dziękuję bardzo dzień dobry szanowny szanowna pozdrawiam proszę
    teşekkür teşekkürler ederim merhaba günaydın iyi günler sayın saygılarımla lütfen
    cảm ơn nhiều chào xin kính gửi trân trọng
    děkuji dobrý den vážený vážená prosím
    tack så mycket hej hälsningar med vänliga tak venlig hilsen kiitos paljon
    köszönöm szépen jó napot mulțumesc bună ziua
    """
    )
)

# Role and job nouns: a finding of only these ("Specialist", "Nurse Practitioner").
ROLE_NOUNS: Final = frozenset(
    word_list(
        """
    specialist practitioner assistant registrar consultant manager director officer
    therapist technician technologist coordinator administrator analyst handler adviser
    advisor clerk secretary receptionist supervisor lead head nurse sister matron
    physician surgeon anaesthetist anesthetist radiographer sonographer pharmacist
    midwife paramedic dietitian dietician physiotherapist psychologist counsellor
    counselor worker carer assessor investigator auditor controller executive
    representative agent underwriter cashier teller staff principal
    chief deputy associate clinical medical general
    cliente clienta atendente operador operadora operatore operatrice kunde kundin
    sachbearbeiter sachbearbeiterin mitarbeiter mitarbeiterin conseiller conseillère
    agente asesor asesora klient klientka bot chatbot
    temsilci mhudumu mteja assistente consulente klant medewerker medewerkster
    оператор клиент консультант konsultant konsultantka doradca
    """
    )
)


# A note's abbreviations of the patient ("Pt reports", "Pac. refiere") and the kin words a
# social worker's note calls a parent by ("Mom reports", "Grandma, <name>"): a finding of
# only these is no one. (Not role nouns: a form's lower-case line with one is no title.)
_NOTE_PERSONS: Final = frozenset(
    word_list("pt pts pte pac pcte mom mum dad grandma grandpa granny")
)


# Section headings and ward names in capitals or title case ("ADMISSION NOTE",
# "PAST MEDICAL HISTORY", "ACUTE MEDICINE"): a finding of only these words is no person.
HEADING_WORDS: Final = frozenset(
    word_list(
        """
    history present illness plan assessment admission discharge note notes summary
    medications medication allergies allergy findings impression review request report
    past medical social family examination reason referral follow up clinical details
    risk transaction transactions leave case fraud kyc results investigations procedure
    diagnosis problem problems list course progress consult consultation acute medicine
    ward unit department surgery outpatient outpatients inpatient emergency nursing
    physical vital vitals signs labs objective subjective chief complaint hpi ros pmh
    psh meds and of for the to on in with plan recommendations conclusion indication
    technique comparison disposition subject action outcome person reason record
    records prescription application form certificate periodic
    """
    )
)
# A company or product the text says is one: "via Monzo", "Binance support".
_ORG_BEFORE = fast_regex.compile(r"(?i:\b(?:via|through|using|with[ \t]+the)[ \t]{1,2})$")
_ORG_AFTER = fast_regex.compile(
    r"[ \t]{1,2}(?i:app|account|support|wallet|card|website|platform|helpline|transfer|"
    r"payment|subscription|inhaler|pen|injection|tablets?)\b"
)
# Verbs that open a note's sentence and get read into the name after them.
_OPENING_VERBS: Final = frozenset(
    word_list(
        """
    started stopped contacted paid transferred commenced continued reviewed discussed
    admitted discharged restarted increased reduced booked requested received noted
    advised informed refunded switched prescribed
    """
    )
)


# Languages whose stop words (shipped with spaCy, read from its `spacy.lang.*.stop_words`
# modules, no model) mark a capitalised word as that language's word, not a name.
_STOP_WORD_LANGUAGES: Final = tuple(
    word_list("de fr es it pt pl nl sv da nb fi hu ro cs sk hr sr sl tr vi id ms lt lv et ca")
)
# Noun and adjective endings of document vocabulary in other languages ("Entlassungsbrief",
# "Kardiologie", "Transferencia", "dimissione", "Weryfikacja"), and the head nouns German
# compounds of clinical and office vocabulary end in ("Sturzrisiko", "Verkehrsunfall",
# "Strafanzeige", "Nebenkosten"): a German compound is read by its last part. Seven
# letters at least and never a dictionary given name, so "Lucija" or "Jung" are not touched.
# The German heads come first and are read alone too (`german_compound_noun`): no town or
# region ends so ("Trinidad" ends as "Identidad").
_GERMAN_HEADS: Final = (
    "ungen|ung|heit|keit|schaft|risiko|risiken|unfall|unfälle|geburt|geburten|"
    "anzeige|anzeigen|kosten|maßnahme|maßnahmen|massnahme|massnahmen|lastschrift|protokoll|"
    "verdacht"
)
_FOREIGN_NOUN = fast_regex.compile(
    rf"(?i:(?:{_GERMAN_HEADS}|ismus|ologie|ologia|ología|oloji|arzt|ärztin|"
    r"dienst|antrag|brief|schein|eintrag|bescheinigung|abteilung|meldung|kasse|nummer|befund|"
    r"bericht|urlaub|gerät|höhe|medizin|pflege|aufnahme|verlauf|vertrag|zentrum|ationen|"
    r"ción|ciones|ção|ções|zione|zioni|sión|siones|dade|idad|ità|ité|mento|menti|"
    r"ência|encia|enza|ança|anza|ância|ancia|ización|ização|izzazione|ość|acja|acje|"
    r"enie|anie|ství|ování|ológia|ologija|ásság|ésség|hakemus|ansökan|anteckning)$)"
)
_FOREIGN_NOUN_MIN = 7
_GERMAN_HEAD = fast_regex.compile(rf"(?i:(?:{_GERMAN_HEADS})$)")


def german_compound_noun(word: str) -> bool:
    """One word, seven letters at least, ending in a German noun head of clinical or office
    vocabulary ("Sturzrisiko", "Verkehrsunfall", "Rücklastschrift"), no given name."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    return (
        len(word) >= _FOREIGN_NOUN_MIN
        and word.isalpha()
        and bool(_GERMAN_HEAD.search(word))
        and not is_given_name(word)
    )


@functools.cache
def any_other_language_stop_words() -> frozenset[str]:
    """Stop words of other languages that are no English ones, given names among them
    ("de", "el", "le": names capitalised, function words in lower case)."""
    words: set[str] = set()
    for lang in _STOP_WORD_LANGUAGES:
        try:
            module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        except ImportError:  # a spaCy build without that language: fewer words, no fault
            continue
        words |= {w.casefold() for w in module.STOP_WORDS}
    try:
        english = importlib.import_module("spacy.lang.en.stop_words").STOP_WORDS
    except ImportError:
        english = set()
    return frozenset(w for w in words - set(english) if len(w) >= 2)


@functools.cache
def _other_language_stop_words() -> frozenset[str]:
    """Stop words of other languages that are neither English ones nor given names."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    return frozenset(w for w in any_other_language_stop_words() if not is_given_name(w))


# Pure functions of one word that many rules ask of the same words: answered once each.
@functools.lru_cache(maxsize=4096)
def other_language_word(word: str) -> bool:
    """`word` is a function word or a document noun of another language ("über", "depuis",
    "Verlaufseintrag", "Transferencia"), and no given name."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    bare = word.strip(".,;:'’-()").casefold()
    if not bare:
        return False
    if bare in _other_language_stop_words():
        return True
    return (
        len(bare) >= _FOREIGN_NOUN_MIN
        and bare.replace("-", "").isalpha()
        and bool(_FOREIGN_NOUN.search(bare.rsplit("-", 1)[-1] if "-" in bare else bare))
        and not is_given_name(bare)
    )


_PARTICLE_WORDS: Final = frozenset(
    word_list(
        "van der den de da di del della dos das du le la von zu bin binti bint al el ap ab "
        "ben ter ten mac o ó ní nic ui y e do dei degli d l"
    )
)


# Words that stand beside a name without being one: headings, roles, politeness words
# (one set, so a token is looked up once rather than in a union built per token).
_NOT_NAME_WORDS: Final = HEADING_WORDS | ROLE_NOUNS | FOREIGN_COMMON


# Function words are short: the stop words of three letters or fewer that are also given
# names somewhere ("en", "la", "te", "il", "di", "och") read as grammar when written in
# lower case inside a phrase ("neumonía adquirida en la comunidad"); a longer one ("ellen",
# "greta") may be a name typed in lower case.
_FUNCTION_WORD_MAX = 3


def _lower_stop_word(token: str) -> bool:
    """`token`, written in lower case, is a stop word of another language."""
    bare = token.strip(".'’-")
    return bare.islower() and bare.casefold() in any_other_language_stop_words()


def _lower_function_word(token: str) -> bool:
    """`token`, written in lower case, is a short stop word of another language."""
    return len(token.strip(".'’-")) <= _FUNCTION_WORD_MAX and _lower_stop_word(token)


def name_particle(token: str) -> bool:
    """`token` is a particle that joins a name ("van", "de", "bin")."""
    return token.strip(".'’-").casefold() in _PARTICLE_WORDS


def function_word_or_particle(token: str) -> bool:
    """`token` is a short lower-case stop word of another language or a name particle."""
    return _lower_function_word(token) or name_particle(token)


def _lower_phrase(tokens: list[str]) -> bool:
    """A lower-case function word of another language, no name particle, between two
    words, and a lower-case word that is neither a function word nor a particle: grammar,
    as no name is written ("neumonía adquirida en la comunidad", "kolizja na
    skrzyżowaniu"). A short word first or last may be a given name or a surname typed in
    lower case ("ada guziak"); a particle may join a surname ("okafor de souza"). Two
    lower-case stop words in a row inside, neither a particle, are grammar by themselves
    (a preposition and its article: "Umgang mit dem Kind"; not "von und zu", whose
    particles join a name)."""
    inner = tokens[1:-1]
    if any(
        _lower_stop_word(a)
        and _lower_stop_word(b)
        and not name_particle(a)
        and not name_particle(b)
        for a, b in itertools.pairwise(inner)
    ):
        return True
    return any(_lower_function_word(t) and not name_particle(t) for t in inner) and any(
        t[0].islower() and not _lower_function_word(t) and not name_particle(t) for t in tokens
    )


def _other_language_words(value: str) -> bool:
    """A finding that reads as a phrase of another language, not a name: every word is
    such a word (or a heading, role or politeness word), or it holds a lower-case word
    that is no name particle ("der sich vom", "Lettera di dimissione", "médecin
    généraliste") and at most one capitalised word that could be a name, or a lower-case
    function word of another language beside a lower-case word (`_lower_phrase`)."""
    tokens = [t for t in _WORD.findall(value) if t.strip(".'’-")]
    if not tokens:
        return False
    if _lower_phrase(tokens):
        return True
    lower = [
        t for t in tokens if t[0].islower() and t.strip(".'’-").casefold() not in _PARTICLE_WORDS
    ]
    name_like = [
        t
        for t in tokens
        if t[0].isupper()
        and not other_language_word(t)
        and t.strip(".'’-").casefold() not in _NOT_NAME_WORDS
    ]
    if not name_like:
        return all(
            other_language_word(t)
            or t.strip(".'’-").casefold() in _PARTICLE_WORDS
            or t.strip(".'’-").casefold() in _NOT_NAME_WORDS
            for t in tokens
        ) or (bool(lower) and any(other_language_word(t) for t in tokens))
    return bool(lower) and len(name_like) <= 1 and not (len(tokens) == 2 and len(lower) == 0)


# A preposition and a lower-case word after one capitalised word: the head of a noun
# phrase ("Solicitud de transferencia", "Lettera di dimissione", "Antrag auf Urlaub"); a
# name's particles are followed by a capital ("Gómez de la Fuente").
_PHRASE_AFTER = fast_regex.compile(
    r"[ \t]+(?:de|di|da|do|du|des|del|della|dei|auf|für|pour|para|per|od|za|na)[ \t]+\p{Ll}"
)


@functools.lru_cache(maxsize=4096)
def looks_like_drug(word: str) -> bool:
    """A word with an INN stem ending ("Atorvastatin", "Adalimumab") that is no given name."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    bare = word.strip(".,;:'’")
    return (
        len(bare) >= _DRUG_MIN
        and bare.isalpha()
        and bool(_DRUG_STEMS.search(bare))
        and not is_given_name(bare)
    )


_CLINICAL_PHRASE_MAX = 4


def clinical_phrase(value: str) -> bool:
    """A finding of at most four words, one of them a clinical word (`clinical_words`) and
    none a given name: a condition, procedure or lab heading ("Tubuläres Adenom",
    "coxartrose", "Laboratorium Klinische Chemie"), not a person or a place."""
    tokens = [t.strip(".,;:'’()?!-") for t in value.split()]
    tokens = [t for t in tokens if t]
    return (
        0 < len(tokens) <= _CLINICAL_PHRASE_MAX
        and any(clinical_word(t) for t in tokens)
        and not _any_given([t.casefold() for t in tokens if t.casefold() not in _PARTICLE_WORDS])
    )


# Legal forms of companies (ISO 20275, the Entity Legal Forms code list, by their
# abbreviations and the words they stand for), folded and without dots: "Ltd", "GmbH",
# "S.A.", "S.p.A.", "B.V.", "Oy", "A/S". Those that are also English words or clinical
# abbreviations in capitals ("AS", "IS", "AD", "AB" a blood group, "HF", "CV") are left
# out: "KOWALSKI AS DISCUSSED", "Kowalski AB Rh+" name a person.
_LEGAL_FORMS: Final = frozenset(
    word_list(
        """
    ltd limited llc llp lp inc incorporated corp corporation co plc pty pte bhd sdn
    gmbh ag kg ohg ug kgaa ev mbh sa sas sarl sarlu sca snc spa srl sl slu sapa
    bv nv vof oy oyj asa aps a/s kft zrt nyrt doo ood eood sro spzoo spk
    """
    )
)
# Rules that read a person from a word itself or a run of capitals, whose findings a legal
# form after them makes a company.
_COMPANY_CHECKED: Final = CONTENT_RULES | {"caps_run_in_text", "party_before_role"}
_LEGAL_FORM_AFTER = fast_regex.compile(r",?[ \t]{1,2}(?P<form>\p{Lu}[\p{L}./&]{0,6})(?![\p{L}\d-])")


def _legal_form(word: str) -> bool:
    """`word` is a company's legal form as written: with a capital ("Ltd", "LTD",
    "S.A.", "GmbH", "A/S"), never a lower-case word ("as", "co")."""
    bare = word.strip(",;:()")
    if bare.rstrip(".").casefold() == "co":
        return bare in ("Co", "Co.")  # "CO" is also Colorado's postal code
    return bare[:1].isupper() and bare.replace(".", "").casefold() in _LEGAL_FORMS


def company_name(text: str, span: Span) -> bool:
    """A person finding that is a company's name: its last word, or the word right after
    it, is a legal form ("ONLINE ELECTRONICS LTD", "Harbourline Logistics Ltd", "BANCO
    SANTANDER S.A."), and no other word of it is a given name ("Anna Berg AB" stays: a
    sole trader's company names its owner)."""
    if span.kind != "PERSON" or span.rule not in _COMPANY_CHECKED:
        return False
    words = text[span.start : span.end].split()
    if not words:
        return False
    if _legal_form(words[-1]):
        words = words[:-1]
    else:
        m = _LEGAL_FORM_AFTER.match(text, span.end)
        if m is None or not _legal_form(m.group("form")):
            return False
    bare = [w.strip(".,;:'’()").casefold() for w in words]
    return bool(bare) and not _any_given([w for w in bare if w not in _PARTICLE_WORDS])


def _drug_context(text: str, start: int, end: int) -> bool:
    """A dose, route or schedule after the finding, or a prescribing verb before it."""
    return bool(
        _DOSE_AFTER.match(text, end)
        or _DRUG_AFTER.match(text, end)
        or _DRUG_VERB_AFTER.match(text, end)
        or _DRUG_BEFORE.search(text, max(0, start - 24), start)
    )


def eponym_noun_after(text: str, end: int) -> bool:
    """The finding ending at `end` is an eponym: a condition, sign, score or device noun
    follows it ("Crohn's disease", "Glasgow Coma Scale", "Foley catheter")."""
    m = _EPONYM_AFTER.match(text, end)
    return bool(m) and m.group("noun").casefold() in _EPONYM_NOUNS


def organism_at(text: str, start: int, end: int) -> bool:
    """A genus at [start, end) followed by a Latin species epithet ("Candida albicans")."""
    m = _EPITHET.match(text, end)
    return (
        m is not None
        and m.group("epithet") not in _NOT_EPITHETS
        and _GENUS.search(text[start:end].casefold()) is not None
    )


_WORD = fast_regex.compile(r"[\p{L}][\p{L}'’.-]*")


def _words(value: str) -> list[str]:
    return [w.strip(".'’-").casefold() for w in _WORD.findall(value)]


def not_a_person(text: str, span: Span) -> bool:
    """True when a content-found person finding is no person: a drug, an eponym, an
    organism, a role, or words of other languages' politeness."""
    if span.kind not in ("PERSON", "NRP"):
        return False
    value = text[span.start : span.end]
    words = _words(value)
    if not words:
        return False
    if all(w in FOREIGN_COMMON for w in words) and (len(words) > 1 or _foreign_phrase(text, span)):
        return True  # "Bonne journée", "Sehr geehrte", "Cảm ơn": a phrase, even of given names
    if span.rule in _BILINGUAL_CHECKED and bilingual_label(text, span):
        return True  # "Voornamen / Given names", "여권번호/Passport No." (bilingual_labels)
    if span.kind != "PERSON":
        # no nationality, religion or party is one word with a digit in it: "BRCA1" is a
        # gene's symbol (HGNC); "21:05 - Asare" (a chat's time before a name) stays
        return len(value.split()) == 1 and any(c.isdigit() for c in value)
    if all(w in FOREIGN_COMMON or w in ROLE_NOUNS for w in words) and not _any_given(words):
        return True
    if all(w in _NOTE_PERSONS for w in words):
        return True  # "Pt reports …", "Mom's new number": the note's word for someone
    if only_roles(words) and not _any_given(words):
        return True  # a transcript's party by role: "VERDACHTE", "LA PRÉSIDENTE"
    if header_label(text, span):
        return True  # "An: praxis@…", "De : +52…", "Tél. +33…": a header's or a phone's label
    if span.rule in FIELD_RULES:
        return False  # a standard's name field ("^Ward^Corey" in HL7's XCN) holds a name
    if (
        span.rule != "name_after_title"
        and all(w in HEADING_WORDS or w in ROLE_NOUNS for w in words)
        and not _any_given(words)
    ):
        return True
    if span.rule in _DERIVED_RULES and clinical_phrase(value):
        return True  # "Hypoglykämie, Glukose" beside a heading misread as a person
    if span.rule in _DERIVED_RULES and title_line(text, span):
        return True  # a caps title grown from a preposition the dictionary holds ("OM")
    if span.rule not in CONTENT_RULES:
        return False
    if dicom_keyword(text, span):
        return True  # "(0010,0010) PN [Doe^Jane]  PatientName": the element's keyword
    if caps_label(text, span):
        return True  # "ADRES ZAMIESZKANIA: …" in a form printed in capitals
    if span.rule != "reporting_subject" and (label_head(text, span) or title_line(text, span)):
        return True  # "Landlord: …", "Lähettävä lääkäri: …", "IMMUNISATION RECORD" (line 1)
    if span.rule != "reporting_subject" and form_title(text, span):
        return True  # "Klantacceptatie — particulier" over "Naam: …" (form_titles)
    if across_title_parts(text, span):
        return True  # "ATESTADO - DENUNCIA" on line 1 (title_segments)
    if _other_language_words(value) and not _any_given(_name_words(value)):
        return True
    if _lower_case_cased_script(value) and not _any_given(words):
        return True  # "временной нетрудоспособности", "хронічне обструктивне": no name
    if span.rule == "SpacyRecognizer" and lower_case_phrase(text, span):
        return True  # "custeio de cirurgia bariátrica", "ancien fumeur" (lower_phrases)
    if len(words) == 1 and _PHRASE_AFTER.match(text, span.end) and not _any_given(words):
        return True
    if len(words) == 1 and value.islower() and words[0] in _SIG_WORDS:
        return True  # "q6h prn", "valid 72 h.": a schedule or a unit
    if len(words) == 1 and value.isupper() and len(value) <= 4 and span.rule.startswith("Spacy"):
        return True  # "TIA", "COPD": an abbreviation
    if len(words) == 1 and (
        _ORG_BEFORE.search(text, max(0, span.start - 16), span.start)
        or _ORG_AFTER.match(text, span.end)
    ):
        return True
    if (
        len(words) == 2
        and not _any_given(words)
        and _PAID_THROUGH.search(text, max(0, span.start - 32), span.start)
    ):
        return True  # "Paid via Siemens Healthineers": a company, two words of no given name
    if len(words) <= 2 and all(looks_like_drug(w) for w in words[-1:]):
        return True
    if clinical_phrase(value):
        return True  # "Hypoglykämie", "colecistitis aguda", "Anforderung Röntgen Thorax"
    if len(words) <= 3 and words[0] in _DRUG_HEADS:
        return True  # "Insulin Glargine"
    if len(words) == 1 and _SIGN_BEFORE.search(text, max(0, span.start - 16), span.start):
        return True  # "an upgoing Babinski"
    if len(words) <= 2 and _drug_context(text, span.start, span.end) and not _named(value):
        return _unknown_shape(words)
    single = len(value.split()) == 1
    return single and (eponym_noun_after(text, span.end) or organism_at(text, span.start, span.end))


# Cyrillic, Greek and Armenian letters: scripts with capitals whose writers capitalise
# every name (the Russian, Ukrainian, Greek and Armenian orthographies), so a phrase of
# these letters in lower case only is a phrase of common words.
_CASED_SCRIPT_WORD = fast_regex.compile(r"[\p{Cyrillic}\p{Greek}\p{Armenian}]+")


def _lower_case_cased_script(value: str) -> bool:
    """Every word of `value` is of Cyrillic, Greek or Armenian letters in lower case."""
    tokens = _WORD.findall(value)
    return bool(tokens) and all(
        t[0].islower() and _CASED_SCRIPT_WORD.fullmatch(t.strip(".'’-")) is not None for t in tokens
    )


_NEXT_WORD = fast_regex.compile(r"[ \t]{1,2}(?P<word>[\p{L}]+)")
_PREVIOUS_WORD = fast_regex.compile(r"(?P<word>[\p{L}]+)[ \t]{1,2}$")


def _foreign_phrase(text: str, span: Span) -> bool:
    """The word before or after the finding is a politeness word of another language too."""
    after = _NEXT_WORD.match(text, span.end)
    before = _PREVIOUS_WORD.search(text, max(0, span.start - 24), span.start)
    return any(
        m is not None and m.group("word").casefold() in FOREIGN_COMMON for m in (after, before)
    )


def _name_words(value: str) -> list[str]:
    """The words of `value` that are not words of another language ("gizella" of a
    lower-case chat turn counts: a given name in any case keeps the finding; "en" or "la"
    in lower case between two words is grammar, and anywhere in a phrase that holds such
    grammar, see `_lower_phrase`)."""
    tokens = _WORD.findall(value)
    grammar = _lower_phrase(tokens)  # then "tu" of "tu cita de vacunación es" is grammar too
    words = [
        w.strip(".'’-").casefold()
        for i, w in enumerate(tokens)
        if not other_language_word(w)
        and not ((grammar or 0 < i < len(tokens) - 1) and _lower_function_word(w))
    ]
    return [w for w in words if w not in _PARTICLE_WORDS]


def _any_given(words: list[str]) -> bool:
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    return any(is_given_name(w) for w in words)


def _named(value: str) -> bool:
    """Two capitalised words or more: a full name, never a drug's brand."""
    return sum(1 for w in value.split() if w[:1].isupper()) >= 2


def _unknown_shape(words: list[str]) -> bool:
    """A brand name after a prescribing verb: one word, not a common given name shape.
    Only used with a drug context, so "started Xarelto" goes and "spoke to Anna" stays."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    return len(words) == 1 and not is_given_name(words[0])


_SPACED_DASH = fast_regex.compile(r"[ \t]+[-–—/][ \t]+")


def _credential(word: str, before: str) -> bool:
    """A degree or registration written after a name ("MD", "PhD", "RN"): in capitals or
    mixed case as degrees are written ("M.D." with its dots too), after a name that is not
    itself in capitals."""
    bare = word.strip(".").replace(".", "")
    written = bare.isupper() or (bare[:1].isupper() and any(c.isupper() for c in bare[1:]))
    written = written or bare == "Esq"  # a suffix written in title case
    return written and bare.casefold() in _CREDENTIALS and not before.isupper()


def tidy_person(text: str, span: Span) -> Span | None:
    """A person finding without what stands around the name: a possessive "'s", a
    trailing colon or comma, credentials after it ("MD PhD", ", RN"), a cell or column
    after a pipe or tab. None when nothing of a name is left."""
    if span.kind != "PERSON":
        return span
    start, end = span.start, span.end
    cut = min(
        (i for i in (text.find("|", start, end), text.find("\t", start, end)) if i >= 0), default=-1
    )
    if cut >= 0:
        head = text[start:cut].strip()
        if head:
            end = start + text[start:cut].rstrip().__len__()
        else:
            rest = text[cut + 1 : end]
            start = cut + 1 + (len(rest) - len(rest.lstrip()))
    start, end = speaker_bounds(text, start, end)  # "21:14 - Ana", "Ana: ya" (chat lines)
    if "<" in text[start:end] and (tags := _TAGS.match(text, start, end)):
        start = tags.end()  # "<Cdtr><Nm>ACME": the tags are markup, not the name
    if (cut := text.find("<", start, end)) > start:
        end = cut  # "John Smith</Nm>": a name stops at its closing tag
    digit = next((i for i in range(start, end) if text[i].isdigit()), -1)
    if digit > start and span.rule != "misread_name_word":  # "Januvia 5 mg"; not "Doug1as"
        end = digit
    if start > 0 and text[start - 1] == "." and text[start].islower() and " " in text[start:end]:
        start = text.index(" ", start, end) + 1  # "ssa Rossi" of "Dott.ssa Rossi"
    first = text[start:end].split(" ", 1)
    if (
        len(first) == 2
        and first[0].casefold() in _OPENING_VERBS
        and text[:start].rstrip(" \t")[-1:] in ("", ".", "\n", ";")
    ):
        start += len(first[0]) + 1  # "Started Jardiance": the verb is not the name
    dash = _SPACED_DASH.search(text, start, end)
    if dash and all(w in HEADING_WORDS for w in _words(text[dash.end() : end])):
        end = dash.start()  # "NIELS HOLM - ADMISSION NOTE": the heading is not the name
    while end > start:
        value = text[start:end]
        if value.endswith(".") and len(value.split()[-1]) > 2 and end - start > 3:
            end -= 1
            continue
        if value.endswith(("'s", "’s")) and end - start > 3:
            end -= 2
            continue
        if value[-1] in ",;:(-–/" or value[-1].isspace():
            end -= 1
            continue
        m = _TAIL_WORD.search(value)
        if m and m.start() > 0 and _credential(m.group("word"), value[: m.start()]):
            end = start + m.start()
            continue
        break
    if end <= start or not any(c.isalpha() for c in text[start:end]):
        return None
    if (start, end) == (span.start, span.end):
        return span
    return span.moved(start, end)


def guarded_persons(
    text: str, spans: list[Span], verdicts: dict[Span, Span | None] | None = None
) -> list[Span]:
    """`spans` with person findings tidied (see `tidy_person`) and those that are no
    person dropped (see `not_a_person`, `company_name`). `verdicts` keeps each finding's
    verdict (`_guarded`, a pure function of the text and the finding) for a caller that
    guards findings of the same `text` again: find_spans does, with a few surnames added."""
    if verdicts is None:
        verdicts = {}
    out: list[Span] = []
    for span in spans:
        if span in verdicts:
            verdict = verdicts[span]
        else:
            verdict = verdicts[span] = _guarded(text, span)
        if verdict is not None:
            out.append(verdict)
    starts = {s.start: s for s in out if s.kind == "PERSON"}
    out = [
        s
        for s in out
        if not (
            s.kind == "PERSON" and s.rule in _ROLE_CHECKED and role_before_name(text, s, starts)
        )
    ]
    out = without_article_nouns(text, out, _TITLE_CHECKED)
    persons = [s for s in out if s.kind == "PERSON"]
    out = [s for s in out if not (s.rule in _TITLE_CHECKED and subject_title(text, s, persons))]
    ends = {s.end for s in out if s.kind == "PERSON"}
    kept = []
    for span in sorted(out, key=lambda s: s.start):
        if _credential_after_person(text, span, ends):
            ends.add(span.end)  # "Name RN MD": the next credential follows this one
        else:
            kept.append(span)
    return kept


def _guarded(text: str, span: Span) -> Span | None:
    """`span` tidied, or None when it is no person or no place (see `guarded_persons`)."""
    tidy = tidy_person(text, span)
    if tidy is None or not_a_person(text, tidy) or company_name(text, tidy):
        return None
    if span.rule in CONTENT_RULES and span.kind in WORD_KINDS and in_case_field(text, tidy):
        return None  # "Dijagnoza: akutni bronhitis": a diagnosis, no one (case_fields)
    if span.kind == "LOCATION" and span.rule == "SpacyRecognizer":
        value = text[span.start : span.end]
        if " " not in value and looks_like_drug(value):
            return None  # spaCy places a medicine it does not know ("Candesartan")
        if " " not in value and eponym_noun_after(text, span.end):
            return None  # "Huntington's disease", "Kawasaki disease", "Killip class"
        if " " not in value and _PAID_THROUGH.search(text, max(0, span.start - 32), span.start):
            return None  # "refunded through Klarna": a company
    if (
        span.kind in ("LOCATION", "NRP")
        and span.rule == "SpacyRecognizer"
        and (
            clinical_phrase(text[span.start : span.end])
            or german_compound_noun(text[span.start : span.end])
        )
    ):
        return None  # "Hjerteinfarkt", "colelitiasi", "Sturzrisiko": not a place
    if (
        span.kind == "LOCATION"
        and span.rule == "SpacyRecognizer"
        and common_words_place(text[span.start : span.end])
        and not _INVERTED_NAME_BEFORE.search(text, max(0, span.start - 40), span.start)
    ):
        return None  # "консультацію", "geboren", "neumonía adquirida en la comunidad"
    return tidy


# "FAMILY, given": a given name after a capitalised family name and a comma may be typed in
# lower case (the inverted order of ICAO 9303's and most registers' name fields).
_INVERTED_NAME_BEFORE = fast_regex.compile(r"\p{Lu}[\p{L}'’-]*,[ \t]*$")


def common_words_place(value: str) -> bool:
    """A place finding that is common words of another language, not a place: every word
    in lower case in a script with capitals (a place name is a proper noun, written with a
    capital in every cased orthography: "geboren", "días", "консультацію"), or a phrase
    with a lower-case function word of another language beside a lower-case content word
    (`_lower_phrase`: "en la comunidad"; "Castellón de la Plana" keeps its capitals).
    One capitalised word is never dropped here: towns are words too ("Bor", "Split",
    "Valencia" ends as "Transferencia" does)."""
    tokens = [t for t in _WORD.findall(value) if t.strip(".'’-")]
    if not tokens:
        return False
    bare = [t.strip(".'’-") for t in tokens]
    if all(_CASED_LOWER_WORD.fullmatch(t) for t in bare) and not _any_given(bare):
        return True  # a given name may be typed in lower case ("maria"): not dropped
    return len(tokens) >= 3 and _lower_phrase(tokens)


# A word of letters of a cased script (Latin, Cyrillic, Greek, Armenian), none a capital.
_CASED_LOWER_WORD = fast_regex.compile(r"[\p{Ll}\p{Mn}'’-]*\p{Ll}[\p{Ll}\p{Mn}'’-]*")


def _credential_after_person(text: str, span: Span, person_ends: set[int]) -> bool:
    """spaCy reads "MD", "RN", "PA" after a name as a US state: a credential, not a place."""
    if span.kind not in ("LOCATION", "NRP", "ORGANIZATION"):
        return False
    gap = text[max(0, span.start - 3) : span.start]
    before = span.start - len(gap) + len(gap.rstrip(" \t,"))
    return before in person_ends and all(
        _credential(w, "x") for w in text[span.start : span.end].split()
    )
